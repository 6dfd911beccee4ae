"""Stage 1, writing: a Brief becomes the positive and negative prompt in the chosen model's syntax.

Anime checkpoints of the SD1 era and Pony/Illustrious SDXL finetunes were trained on booru tags;
SDXL, SD3 and Flux read natural language; a Dreambooth finetune needs its trigger words. The user's
exclusions always lead the negative prompt and never reach the positive one.
"""
from __future__ import annotations

import re
from collections import Counter

from .brief import EXCLUSION_SYNONYMS
from .types import CASCADE, FLUX, SD1, SD2, SD3, SDXL, Brief, ModelCard

BOORU, PONY, ILLUSTRIOUS, NATURAL, PLAIN_NATURAL, TAGS = (
    "booru", "pony", "illustrious", "natural", "plain natural", "tags")

_QUALITY = {
    BOORU: "masterpiece, best quality, highly detailed",
    ILLUSTRIOUS: "masterpiece, best quality, very aesthetic, absurdres",
    PONY: "score_9, score_8_up, score_7_up",
}
_QUALITY_BY_STYLE = {
    "realistic": "photo, highly detailed, sharp focus, natural lighting",
    "anime": "masterpiece, best quality, highly detailed",
    "artistic": "highly detailed, intricate details, best quality",
    "furry": "highly detailed, best quality",
}
_PONY_SOURCE = {"anime": "source_anime", "furry": "source_furry", "realistic": "realistic, photo"}

_NEGATIVE = {
    BOORU: ("lowres, bad anatomy, bad hands, text, error, missing fingers, extra digit, fewer digits, "
            "cropped, worst quality, low quality, jpeg artifacts, signature, watermark, blurry"),
    ILLUSTRIOUS: "worst quality, low quality, lowres, bad anatomy, bad hands, signature, watermark",
    PONY: "score_6, score_5, score_4, worst quality, low quality, blurry, watermark",
    PLAIN_NATURAL: "",  # Flux-class models run at cfg 1, where a negative prompt has no effect
}
_NEGATIVE_BY_STYLE = {
    "realistic": ("cartoon, anime, drawing, painting, 3d render, deformed, disfigured, bad anatomy, "
                  "blurry, lowres, watermark, text"),
    "anime": _NEGATIVE[BOORU],
}
_NEGATIVE_DEFAULT = ("lowres, blurry, deformed, disfigured, bad anatomy, worst quality, low quality, "
                     "watermark, signature, text")
_NSFW_NEGATIVE = ("nsfw", "nude", "nudity")

# Trigger words that would make an SFW request explicit; a card listing several gets another.
_EXPLICIT = re.compile(r"\b(?:penis|nude|naked|nsfw|sex|hentai|breasts?|nipples?|pussy|erect)\b")

_COUNT_TAGS = (
    (re.compile(r"\b(?:girl|woman|lady|princess|queen|heroine|superheroine|witch)\b"), "1girl"),
    (re.compile(r"\b(?:boy|man|guy|gent|prince|king|knight|hero|wizard)\b"), "1boy"),
)


def syntax_of(card: ModelCard) -> str:
    """How a model wants its prompt written."""
    text = " ".join((card.name, card.description, " ".join(card.tags))).lower()
    if "pony" in text and card.baseline == SDXL:
        return PONY
    if re.search(r"illustrious|noob", text) and card.baseline == SDXL:
        return ILLUSTRIOUS
    if card.baseline in (FLUX, SD3):
        return PLAIN_NATURAL
    if card.baseline in (SDXL, CASCADE):
        return NATURAL
    if card.baseline in (SD1, SD2) and (card.style == "anime" or "booru" in card.tags):
        return BOORU
    return TAGS


def render(brief: Brief, card: ModelCard) -> tuple[str, str, tuple[str, ...]]:
    """(positive, negative, notes) for this brief written for this model."""
    syntax = syntax_of(card)
    notes = []
    trigger = choose_trigger(card, brief)
    terms = [trigger] if trigger else []
    if trigger:
        notes.append(f"Added {card.name}'s trigger word '{trigger}'.")
    if syntax == PONY:
        terms += _split(_QUALITY[PONY]) + _split(_PONY_SOURCE.get(card.style, ""))
    elif syntax in (BOORU, ILLUSTRIOUS):
        terms += _split(_QUALITY[syntax])
    subject = _booru_tags(brief.subject) if syntax in (BOORU, PONY, ILLUSTRIOUS) else list(brief.subject)
    terms += subject
    if syntax in (TAGS, NATURAL):
        terms += _split(_QUALITY_BY_STYLE.get(card.style, "highly detailed, best quality"))
    negative_terms = []
    for excluded in brief.exclusions:
        negative_terms += list(EXCLUSION_SYNONYMS.get(excluded, (excluded,)))
    positive_terms = [t for t in _dedupe(terms) if not _mentions_any(t, tuple(negative_terms))]
    if brief.sfw or card.nsfw:
        negative_terms += list(_NSFW_NEGATIVE)
    subject_words = set(re.findall(r"[a-z0-9]+", " ".join(brief.subject).lower()))
    for term in _split(_card_negative(card) or _NEGATIVE.get(syntax)
                       or _NEGATIVE_BY_STYLE.get(card.style, _NEGATIVE_DEFAULT)):
        # A default "text" or "anime" must not fight what the user asked for.
        if not set(re.findall(r"[a-z0-9]+", term.lower())) & subject_words:
            negative_terms.append(term)
    if syntax == PLAIN_NATURAL and brief.exclusions:
        notes.append(f"{card.name} runs at cfg 1, where the negative prompt has little effect; "
                     "the exclusions are recorded there anyway.")
    return ", ".join(positive_terms), ", ".join(_dedupe(negative_terms)), tuple(notes)


def choose_trigger(card: ModelCard, brief: Brief) -> str:
    """The card's trigger word that best fits the request; never an explicit one for an SFW ask."""
    # A trigger entry is used as written: "dublex style, dublex" is one entry of its card.
    explicit_ask = _EXPLICIT.search(brief.text.lower())
    options = [t.strip() for t in card.triggers
               if t.strip() and (explicit_ask or not _EXPLICIT.search(t.lower()))]
    if not options:
        return ""
    words = set(re.findall(r"[a-z0-9]+", " ".join(brief.subject + brief.styles).lower()))
    return max(options, key=lambda t: len(set(re.findall(r"[a-z0-9]+", t.lower())) & words))


def _card_negative(card: ModelCard) -> str:
    """The negative prompt the model's own examples use most."""
    negatives = Counter(e.negative.strip() for e in card.examples if e.negative.strip())
    return negatives.most_common(1)[0][0] if negatives else ""


def _booru_tags(subject: tuple[str, ...]) -> list[str]:
    tags = []
    joined = " ".join(subject)
    for pattern, tag in _COUNT_TAGS:
        if len(pattern.findall(joined)) == 1:
            tags.append(tag)
    if tags:
        tags.append("solo")
    for phrase in subject:
        for part in re.split(r"\s+(?:with|and|wearing)\s+|\s+(?=(?:at|in) (?:night|the rain|dusk|dawn)\b)", phrase):
            part = re.sub(r"^(?:a|an|the|at|in|on)\s+", "", part.strip())
            if part:
                tags.append(part)
    return tags


def _split(text: str) -> list[str]:
    return [t.strip() for t in re.split(r",(?![^()]*\))", text or "") if t.strip()]


def _dedupe(terms: list[str]) -> list[str]:
    seen, out = set(), []
    for term in terms:
        key = re.sub(r"[^a-z0-9]+", " ", term.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            out.append(term)
    return out


def _mentions_any(term: str, words: tuple[str, ...]) -> bool:
    low = term.lower()
    return any(re.search(r"(?<![a-z0-9])" + re.escape(w.lower()) + r"(?![a-z0-9])", low) for w in words)
