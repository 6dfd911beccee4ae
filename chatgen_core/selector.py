"""Stage 2, the ModelToken Selector: the best installed checkpoint for a brief.

Scores come from the model tokens (one matrix product); a few explicit wishes of the user win
over them, and each such decision is named in the notes: a model named in the request, a baseline
asked for ("sdxl", "flux"), and inpainting checkpoints kept out of text-to-image.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .errors import ChatGenError
from .modeltoken import TokenBank
from .types import CASCADE, FLUX, SD1, SD2, SD3, SDXL, Brief, Candidate, ModelCard

_BASELINE_CUES = (
    (re.compile(r"\bsd ?xl\b|\bxl\b"), SDXL), (re.compile(r"\bflux\b"), FLUX),
    (re.compile(r"\bsd ?1(?:\.5|5)?\b|\bstable diffusion 1(?:\.5)?\b"), SD1),
    (re.compile(r"\bsd ?2(?:\.1)?\b|\bstable diffusion 2(?:\.1)?\b"), SD2),
    (re.compile(r"\bsd ?3(?:\.5)?\b"), SD3), (re.compile(r"\b(?:stable )?cascade\b"), CASCADE),
)
_EXPLICIT = re.compile(r"\b(?:nsfw|nude|naked|hentai|explicit|lewd|erotic)\b")

# Zero-shot token scores of similar models sit within a few hundredths of each other, so these
# metadata priors decide close calls; a trained bank makes them matter less.
NSFW_PENALTY = 0.1
"""Models made for explicit content drop this much unless the request is explicit."""
STYLE_BONUS = 0.06
"""For a model whose library style is the one the request's words ask for."""
VERSATILE_BONUS = 0.04
"""For a generalist model when the request asks for no style at all."""
NAME_WORD_BONUS = 0.06
"""Per distinctive word of a model's name or trigger words found in the request (at most two)."""

MAX_NAME_WORDS = 8
RULE_WEIGHT = 100.0
"""Far above any score (unit vectors give similarities in [-1, 1]), so a hard rule always wins."""

# Words that ask for a library style.
STYLE_INTENT = {
    "realistic": ("photo", "photograph", "photography", "photorealistic", "photoreal", "realistic",
                  "hyperrealistic", "realism", "raw photo", "dslr", "35mm", "film still", "lifelike"),
    "anime": ("anime", "manga", "chibi", "waifu", "booru", "cel shaded", "visual novel"),
    "furry": ("furry", "anthro", "fursona"),
    "artistic": ("painting", "oil painting", "watercolor", "watercolour", "illustration", "comic",
                 "concept art", "ink", "art style", "artwork", "poster"),
}
# Library styles that contradict a wish: a photo is not an anime picture, and the reverse.
CLASHES = {"realistic": ("anime", "furry"), "anime": ("realistic",)}
# Name words too common to point at one model.
_GENERIC = frozenset("""diffusion model mix merge xl sdxl sd style art anime v1 v2 v3 v4 v5 the of
and a an by in realistic real photo pony illustrious il noob version base 1 2 3 4 5 0 ai""".split())


def query_text(brief: Brief) -> str:
    """What the encoder reads for selection: the content and style phrases of the brief."""
    return ", ".join(brief.subject)


@dataclass(frozen=True)
class LibraryIndex:
    """What selection needs from the cards, computed once per library rather than per request."""
    cards: tuple[ModelCard, ...]
    names: tuple[str, ...]
    styles: np.ndarray
    baselines: np.ndarray
    nsfw: np.ndarray
    inpainting: np.ndarray
    by_word: dict[str, tuple[int, ...]]  # distinctive name/trigger word → card positions
    by_name: dict[str, int]  # a model's full name as words ("dan mumford style") → position

    @classmethod
    def build(cls, cards: list[ModelCard]) -> LibraryIndex:
        by_word: dict[str, list[int]] = {}
        for i, card in enumerate(cards):
            for word in _distinctive(card):
                by_word.setdefault(word, []).append(i)
        # Two words at least, so that a common word such as "Deliberate" does not name a model.
        by_name = {key: i for i, card in enumerate(cards)
                   if len(key := " ".join(_words(card.name))) > 0 and " " in key}
        return cls(tuple(cards), tuple(c.name for c in cards), np.array([c.style for c in cards]),
                   np.array([c.baseline for c in cards]), np.array([c.nsfw for c in cards]),
                   np.array([c.inpainting for c in cards]),
                   {w: tuple(ix) for w, ix in by_word.items()}, by_name)


def select(brief: Brief, index: LibraryIndex, bank: TokenBank, query: np.ndarray,
           k: int = 5) -> tuple[list[Candidate], tuple[str, ...]]:
    """The top-k models for this brief, best first, with notes on any rule that overrode scores."""
    cards = index.cards
    if not cards:
        raise ChatGenError("No checkpoints to choose from: put a model in ComfyUI/models/checkpoints "
                           "(or pass a model library), then queue again.")
    notes = []
    scores = bank.scores(query)
    if bank.names == index.names:  # the usual case: the bank was built for this library
        similarity = scores
    else:
        rows = [bank.row(card.name) for card in cards]
        similarity = np.array([scores[r] if r is not None else -1.0 for r in rows], dtype=np.float32)
    score = similarity.copy()  # the model-token similarity moved by the metadata priors below
    # Hard rules rank before any score: +1 for the model the user names, -1 for models ruled out.
    rule = np.zeros(len(cards), dtype=np.float32)
    low = brief.text.lower()

    if "inpaint" not in low and not index.inpainting.all():
        rule[index.inpainting] = -1
    if not _EXPLICIT.search(low):
        score[index.nsfw] -= NSFW_PENALTY

    intents = [style for style, cues in STYLE_INTENT.items()
               if any(re.search(r"(?<![a-z])" + re.escape(c) + r"(?![a-z])", low) for c in cues)]
    if intents:
        score[np.isin(index.styles, intents)] += STYLE_BONUS
        clashing = {s for style in intents for s in CLASHES.get(style, ())} - set(intents)
        score[np.isin(index.styles, list(clashing))] -= STYLE_BONUS
    else:
        score[index.styles == "generalist"] += VERSATILE_BONUS
    hits = np.zeros(len(cards), dtype=np.float32)
    for word in set(re.findall(r"[a-z0-9]+", " ".join(brief.subject).lower())):
        for i in index.by_word.get(word, ()):
            hits[i] += 1
    score += NAME_WORD_BONUS * np.minimum(hits, 2)

    wanted = sorted({baseline for pattern, baseline in _BASELINE_CUES if pattern.search(low)})
    if wanted:
        match = np.isin(index.baselines, wanted)
        if match.any():
            rule[~match] = -1
            notes.append("Kept to " + "/".join(wanted) + " models, as the request asks.")
        else:
            notes.append("The request asks for " + "/".join(wanted) + ", but no such model is installed.")

    said = _words(low)
    named = [index.by_name[key] for n in range(2, MAX_NAME_WORDS + 1) for i in range(len(said) - n + 1)
             if (key := " ".join(said[i:i + n])) in index.by_name]
    if named:
        best = max(named, key=lambda i: len(cards[i].name))
        rule[best] = 1
        notes.append(f"The request names {cards[best].name}.")

    key = rule * RULE_WEIGHT + score
    k = min(k, len(cards))
    top = np.argpartition(-key, k - 1)[:k]  # a full sort of 10,000 scores costs more than the product
    order = top[np.argsort(-key[top], kind="stable")]
    candidates = [Candidate(cards[i].name, cards[i].file_name, round(float(score[i]), 4)) for i in order]
    return candidates, tuple(notes)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _distinctive(card: ModelCard) -> set[str]:
    """Words of a model's name and trigger words that single it out ('ghibli', 'inkpunk')."""
    text = " ".join((card.name,) + card.triggers)
    # "ModernArt" is also "modern art": file-style names glue their words together.
    text = (text + " " + re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)).lower()
    return {w for w in re.findall(r"[a-z0-9]{3,}", text) if w not in _GENERIC and not w.isdigit()}
