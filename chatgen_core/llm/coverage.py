"""The LLM's prompt held against the embedded reading of the request, and repaired where it falls short.

A weak or careless LLM drops what the user asked for, copies their filler, writes "no people" into
the positive prompt, answers a Chinese request in Chinese, or talks about the task instead of
writing a prompt. The embedded Brief knows what the request holds, in English. The rule here: only
what is missing or wrong is touched, so a good prompt passes through unchanged. Words are compared
loosely (case, plurals, hyphens, British spellings, a few synonyms an image request uses), requested
content that is missing is added in the brief's English words, and a prompt that carries too little
of the request is replaced by the embedded one. Every repair is a note for the plan's rationale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import glossary
from ..brief import EXCLUSION_SYNONYMS, FILLER, planner_instructions
from ..glossary_data import IRREGULAR_PLURALS
from ..types import Brief

MOSTLY = 0.5
"""An LLM prompt that carries less than this share of the request's content words is replaced."""

STOPWORDS = frozenset("""
a an the of in on at to for from with without by into onto over under near behind beside between
through across around up down out off and or but nor so as is are was were be been being it its this
that these those there here my your our his her their them they we you i me he she him us very more
most some any kind sort type style look looks looking like vibe vibes picture image pic shot front
side seen then now same just also too one something thing things stuff while who which what where
when how make made doing do does get got let will would can could should
sd sd1 sd2 sd3 sd15 sdxl
""".split())

# Words an image request and a prompt use for the same thing. A word matches itself in any
# inflection already; these are the paraphrases a translating LLM writes most.
SYNONYMS = (
    ("man", "guy", "gentleman", "male"), ("woman", "lady", "female"), ("child", "kid"),
    ("cabin", "hut", "cottage", "lodge", "wooden house", "log house"),
    ("star", "starry", "starlit"), ("snow", "snowy", "snowfall", "snowing", "snowcapped", "snow covered"),
    ("night", "nighttime", "nocturnal"), ("rain", "rainy", "raining", "rainfall"), ("dusk", "twilight"),
    ("sea", "ocean"), ("autumn", "fall", "autumnal"), ("harbor", "port"),
    ("photo", "photograph", "photography", "photographic"),
    ("realistic", "photorealistic", "photoreal", "hyperrealistic", "lifelike"),
    ("sketch", "sketchy", "sketched", "drawing", "drawn"), ("art", "artwork"), ("armor", "armored"), ("dog", "puppy", "doggy", "hound"),
    ("cat", "kitten", "kitty"), ("flower", "blossom", "bloom"), ("game", "gaming"),
    ("watercolor", "aquarelle"), ("boat", "sailboat", "ship"), ("tiny", "small", "little", "miniature"),
    ("giant", "huge", "enormous", "colossal", "gigantic", "massive"), ("cute", "adorable", "kawaii"),
    ("old", "aged", "elderly"), ("forest", "woods", "woodland"), ("house", "home"),
    ("robot", "android", "droid", "automaton"), ("sunglasses", "shades"), ("mansion", "villa", "manor"),
    ("colorful", "vibrant", "multicolored"), ("glowing", "shining", "luminous"),
    ("city", "urban"), ("above", "overhead", "top view", "top down", "aerial"), ("skyline", "cityscape"), ("rocket", "spaceship"),
)

# Words that speak to the user or about the task: a picture prompt never holds them.
_TALK = re.compile(
    r"(?i)\b(?:the user|user's|users?|you|your|here is|here's|here are|i|i'm|i'll|i've|i'd|let me|"
    r"as an ai|text-to-image|prompts?|negativeprompt|convert(?:ed|ing)?|requested|request|the task|"
    r"sure|certainly|of course|hope this)\b")

# Words of a sentence about the picture rather than of the picture ("an example of how it can be used").
_PROSE = re.compile(r"\b(?:can|could|will|would|should|must|requires?|needs?|used|example|approach|"
                    r"process|help|ensure|content|task|version)\b")

# Filler that is talk wherever it stands, and filler that can be picture words ("super", "like").
_ALWAYS_TALK = ("pls", "plz", "please", "can you", "could you", "would you", "can u", "could u",
                "i want", "i need", "i'd like", "i would like", "i wanna", "gimme", "give me",
                "y'know", "you know", "ya know", "make me", "draw me", "lol", "lmao", "kinda", "sorta",
                "hmm", "let's", "whip up", "i don't care", "anyway", "anyways", "thanks", "thank you",
                "thx", "yo", "imagine", "just need", "just want", "i guess", "i think")
_MEANINGFUL = frozenset(("like", "so", "well", "some", "right", "just", "super", "really", "a bit",
                         "kind of", "sort of", "maybe", "perhaps", "absolutely", "totally", "an image of",
                         "a picture of", "a pic of", "an illustration of", "something like", "somehow"))

_PIECE = re.compile(r"[,;\n]+|:(?!\d)|(?<!\d)[.!?]+(?=\s|$)")  # not inside 16:9 or (tag:1.2)
_TOKEN = re.compile(r"[a-z0-9]+")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
_SFW_EXCLUSIONS = ("nsfw", "nude", "nudity")


@dataclass(frozen=True)
class Repaired:
    """The prompts after the check, and one plain note a repair."""
    positive: str
    negative: str
    notes: tuple[str, ...]


def cover(positive: str, negative: str, brief: Brief, embedded_positive: str,
          embedded_negative: str) -> Repaired:
    """Hold the LLM's `positive` and `negative` against `brief` and repair what falls short.

    `embedded_positive`/`embedded_negative` are the embedded stages' prompts for the same model,
    used when the LLM's carry too little of the request or are not in English.
    """
    notes: list[str] = []
    pieces = [p.strip() for p in _PIECE.split(positive) if p.strip()]
    # A rambling answer repeats itself and quotes what it means.
    kept = list(dict.fromkeys(p.strip(" \"“”") for p in pieces))
    kept = _strip_filler([p for p in kept if p], brief, notes)
    kept = _drop(kept, _is_talk, notes, "talk about the task, not the picture")
    kept = _drop(kept, lambda p: not _english(p, brief.language), notes, "not English, which CLIP reads")
    injected = _injected_words(brief)
    kept = _drop(kept, lambda p: bool(injected & set(map(stem, _TOKEN.findall(p.lower())))), notes,
                 "from an instruction to the planner in the request, which is ignored")
    excluded = _exclusions(brief)
    kept = _strip_excluded(kept, excluded, notes)

    changed = kept != pieces or "\n" in positive.strip()  # a prompt is one line
    text = positive.strip() if not changed else ", ".join(kept)
    missing, share = _missing(text, brief)
    if not kept or share < MOSTLY:
        asked = ", ".join(brief.subject)
        notes.append(f"The LLM's prompt carried {share:.0%} of what was asked ('{asked[:200]}'); "
                     "used the embedded prompt instead.")
        text = embedded_positive
    elif missing:
        text = text.rstrip(" ,.;") + ", " + ", ".join(missing)
        notes.append("Added " + ", ".join(f"'{m}'" for m in missing) + ", which the request asked for "
                     "and the LLM's prompt left out.")

    if not _english(negative, brief.language):
        negative = embedded_negative
        notes.append("The LLM's negative prompt was not in English; used the embedded one.")
    negative, negative_notes = _negative_holds(negative, excluded)
    return Repaired(text, negative, tuple(notes + negative_notes))


def stem(word: str) -> str:
    """A word's comparable form: lower case, singular, American spelling."""
    word = word.lower()
    if word in _SINGULAR:
        return _SINGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and re.search(r"(?:ss|x|z|ch|sh)es$", word):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return re.sub(r"(?<=\w{3})our(ful|ed|ing|less|ite)?$", r"or\1", word)


_SINGULAR = {plural: single for single, plural in IRREGULAR_PLURALS.items() if plural != single}
_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _group in SYNONYMS:
    _forms = tuple(tuple(stem(w) for w in entry.split()) for entry in _group)
    for _form in _forms:
        if len(_form) == 1:
            _GROUPS[_form[0]] = _forms


def _drop(pieces: list[str], wrong, notes: list[str], why: str) -> list[str]:
    dropped = [p for p in pieces if wrong(p)]
    if dropped:
        notes.append(f"Left {_quote(dropped)} out of the LLM's prompt: {why}.")
    return [p for p in pieces if p not in dropped]


def _is_talk(piece: str) -> bool:
    return bool(_TALK.search(piece.replace("’", "'"))) or len(_PROSE.findall(piece.lower())) >= 2


def _english(text: str, request_language: str) -> bool:
    """Mostly Latin letters, and English where the request was not: what CLIP reads."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(bool(_LATIN_LETTER.match(ch)) for ch in letters) < len(letters) / 2:
        return False
    return request_language == "en" or not text.strip() or glossary.detect_language(text) == "en"


def _injected_words(brief: Brief) -> set[str]:
    """The words of the request's instructions to the planner that are not also picture content."""
    wanted = {stem(w) for phrase in brief.subject for w in _TOKEN.findall(phrase)}
    words = {stem(w) for sentence in planner_instructions(brief.text) for w in _TOKEN.findall(sentence.lower())}
    return {w for w in words if w not in STOPWORDS and w not in wanted}


def _strip_filler(pieces: list[str], brief: Brief, notes: list[str]) -> list[str]:
    request = brief.text.lower().replace("’", "'")
    phrases = [f for f in FILLER if f not in _MEANINGFUL and (f in _ALWAYS_TALK or _has(request, f))]
    out, stripped = [], []
    for piece in pieces:
        new = piece.replace("’", "'")
        for phrase in phrases:
            if _has(new.lower(), phrase):
                stripped.append(phrase)
                new = re.sub(r"(?i)(?<![\w'-])" + re.escape(phrase) + r"(?![\w'-])", " ", new)
        if new == piece.replace("’", "'"):
            out.append(piece)
        elif new := re.sub(r"\s+", " ", new).strip(" -"):
            out.append(new)
    if stripped:
        notes.append(f"Took {_quote(list(dict.fromkeys(stripped)))} out of the LLM's prompt: talk, not picture.")
    return out


def _exclusions(brief: Brief) -> dict[str, tuple[str, ...]]:
    """Each thing the user excluded, with the words that mean it in a prompt."""
    excluded = {x: tuple(dict.fromkeys((x, *EXCLUSION_SYNONYMS.get(x, ())))) for x in brief.exclusions}
    if brief.sfw:
        excluded["nsfw"] = _SFW_EXCLUSIONS
    return excluded


def _strip_excluded(pieces: list[str], excluded: dict[str, tuple[str, ...]], notes: list[str]) -> list[str]:
    words = sorted({w for synonyms in excluded.values() for w in synonyms}, key=len, reverse=True)
    if not words:
        return pieces
    pattern = re.compile(r"(?i)(?:\b(?:no|not|without|never|avoid|any|with|and)\s+)*(?<![a-z0-9])(?:"
                         + "|".join(re.escape(w) for w in words) + r")(?:e?s)?(?![a-z0-9])")
    out, removed = [], []
    for piece in pieces:
        found = pattern.findall(piece)
        if not found:
            out.append(piece)
            continue
        removed += [f.strip() for f in found]
        rest = re.sub(r"\s+", " ", pattern.sub(" ", piece))
        rest = re.sub(r"^(?:(?:and|with|or)\s+)+|(?:\s+(?:and|with|or|of|a|an|the))+$", "", rest.strip())
        if any(t not in STOPWORDS for t in _TOKEN.findall(rest.lower())):
            out.append(rest)
    if removed:
        notes.append(f"Took {_quote(list(dict.fromkeys(removed)))} out of the LLM's prompt: the request keeps "
                     "it out of the picture, and the text encoder does not read 'no'.")
    return out


def _negative_holds(negative: str, excluded: dict[str, tuple[str, ...]]) -> tuple[str, list[str]]:
    """The negative prompt with every exclusion the LLM put nowhere added at its front."""
    low = negative.lower()
    added = [w for x, synonyms in excluded.items() if not any(_has(low, s) for s in synonyms)
             for w in synonyms]
    if not added:
        return negative, []
    return (", ".join([*added, negative]) if negative.strip() else ", ".join(added),
            [f"Added {_quote(added)} to the negative prompt: the request excluded "
             f"{'it' if len(added) == 1 else 'them'} and the LLM's negative prompt did not."])


def _missing(text: str, brief: Brief) -> tuple[list[str], float]:
    """The request's content the prompt lacks, as phrases in the brief's words, and the share it has."""
    seq = [stem(w) for w in _TOKEN.findall(text.lower().replace("'s ", " "))]
    have = set(seq) | {a + b for a, b in zip(seq, seq[1:], strict=False)}
    joined = " " + " ".join(seq) + " "
    missing: list[str] = []
    seen: dict[str, bool] = {}
    for phrase in brief.subject:
        tokens = list(_TOKEN.finditer(phrase.lower()))
        stems = [stem(t.group()) for t in tokens]
        present = [s in STOPWORDS or len(s) < 2 and not s.isdigit() or _present(s, have, joined) for s in stems]
        for i in range(len(stems) - 1):  # "tea house" in the brief, "teahouse" in the prompt
            if stems[i] + stems[i + 1] in have:
                present[i] = present[i + 1] = True
        for s, p in zip(stems, present, strict=True):
            if s not in STOPWORDS and (len(s) > 1 or s.isdigit()):
                seen[s] = seen.get(s, False) or p
        start = None
        for i, tok in enumerate(tokens + [None]):
            gap = tok is None or present[i] and stems[i] not in STOPWORDS
            if start is None and tok is not None and not present[i]:
                start = i
            elif start is not None and gap:
                end = max(j for j in range(start, i) if not present[j])
                missing.append(phrase[tokens[start].start():tokens[end].end()])
                start = None
    share = sum(seen.values()) / len(seen) if seen else 1.0
    return list(dict.fromkeys(missing)), share


def _present(word: str, have: set[str], joined: str) -> bool:
    if word in have:
        return True
    return any(" " + " ".join(form) + " " in joined for form in _GROUPS.get(word, ()))


def _has(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w'-])" + re.escape(phrase) + r"(?![\w'-])", text) is not None


def _quote(items: list[str]) -> str:
    return ", ".join(f"'{item[:60]}'" for item in items[:6]) + (" and more" if len(items) > 6 else "")
