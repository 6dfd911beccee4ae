"""Stage 1, reading: a freestyle request becomes a Brief, with nothing the user asked for lost.

The embedded reader is rules over words, not a language model. It removes what is talk rather
than picture ("can you", "y'know", "whip up"), turns "no pink" into an exclusion (CLIP does not
understand "no"), reads shape and quality cues for stage 3, applies a follow-up turn to the earlier
request, and refuses text that is empty or too long with a message that says what to do.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

from . import glossary
from .errors import ChatGenError
from .types import Brief, Request, Turn

MAX_REQUEST_CHARS = 4000
"""Longer requests are refused: CLIP reads ~75 tokens a chunk, and a wall of text is usually a paste
by mistake. The user's text stays in their widget, so nothing is lost."""

# Talk that carries no picture. Longest first so "can you please" goes before "please".
FILLER = sorted([
    "pls", "plz", "please", "can you", "could you", "would you", "will you", "can u", "could u",
    "i want", "i need", "i'd like", "i would like", "i wanna", "i'm aiming for", "we're aiming for",
    "i am aiming for", "aiming for", "gimme", "give me", "get me", "y'know", "you know", "ya know",
    "make me", "yo", "lol", "lmao", "kinda", "sorta", "kind of", "sort of", "hmm", "hm", "uh", "um",
    "er", "just need", "just want", "draw me", "let's", "let us", "imagine", "picture this",
    "whip up", "i don't care", "anyway", "anyways", "well", "ok", "okay", "so", "like", "maybe",
    "perhaps", "thoughts", "what about", "how about", "go for", "going for", "something like",
    "for me", "thanks", "thank you", "thx", "hey", "hi", "hello", "basically", "honestly",
    "absolutely", "totally", "really", "super", "a bit", "somehow", "i guess", "i think",
    "if possible", "if you can", "would be nice", "would be cool", "wouldn't it be cool if",
    "i've been dreaming of", "dreaming of", "gotta", "got to", "you see", "right",
    "an image of", "a picture of", "a pic of", "an illustration of", "some", "just", "ya",
], key=len, reverse=True)

# A clause that starts with one of these is an order to the image maker: the verb goes.
_ORDER = re.compile(
    r"^(?:(?:and|then|now)\s+)?(?:draw|create|generate|make|render|paint|show|design|produce|"
    r"depict|illustrate|do|get|give|whip up|come up with|cook up)(?:\s+(?:me|us|up))?"
    r"(?:\s+(?:a|an|the))?\s+(?=\w)")

# Instructions aimed at the planner rather than the picture.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:above|previous|prior|earlier|instructions?|"
    r"rules?|prompt)\b|\b(?:system prompt|jailbreak|you are now|act as|pretend to be|developer mode)\b|"
    r"^\s*(?:say|print|output|reply|respond|repeat|reveal|write)\b", re.I)

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")

# "no pink", "without people", "NOT green", "don't want any text".
_NEGATION = re.compile(
    r"\b(?:no|not|without|w/o|never|avoid|minus|except|excluding|nor|none of|lose the|"
    r"get rid of|free of|(?:do not|don't|dont)\s+(?:want|include|add|show|put|use|need)(?:\s+any)?)"
    r"\s+(?:any\s+|more\s+|the\s+|a\s+|an\s+)?"
    r"(?P<what>[a-z][a-z0-9' -]*?)"
    r"(?=\s*(?:[,.;:!?()]|$|\b(?:and|but|please|pls|instead|maybe|in (?:the|this) "
    r"(?:picture|image|photo|shot|scene))\b))")

# What an exclusion also means in a negative prompt.
EXCLUSION_SYNONYMS = {
    "people": ("people", "person", "humans", "crowd"),
    "humans": ("humans", "people", "person", "crowd"),
    "human": ("humans", "people", "person"),
    "person": ("person", "people", "humans"),
    "persons": ("person", "people", "humans"),
    "text": ("text", "watermark", "signature", "letters"),
    "words": ("text", "words", "letters", "watermark"),
    "letters": ("text", "letters", "watermark"),
    "watermark": ("watermark", "text", "signature"),
    "watermarks": ("watermark", "text", "signature"),
    "logo": ("logo", "watermark", "text"),
    "logos": ("logo", "watermark", "text"),
    "blur": ("blurry", "blur"),
    "nsfw": ("nsfw", "nude", "nudity"),
    "nudity": ("nsfw", "nude", "nudity"),
}

# Cues for the image's shape, strongest first: (pattern, orientation, aspect w/h).
_SHAPE_CUES = [
    (r"\b(?:phone|mobile|iphone|android|lock ?screen)\s*(?:wallpaper|background)s?\b|\b(?:instagram|ig) stor(?:y|ies)\b|\btiktok\b|\bstory format\b", "portrait", 9 / 16),
    (r"\b(?:desktop|pc|monitor|computer|laptop)\s*(?:wallpaper|background)s?\b|\byoutube thumbnail\b", "landscape", 16 / 9),
    (r"\b(?:profile pic(?:ture)?|pfp|avatar|app icon|icon|logo|album cover|instagram post|sticker|emoji)\b", "square", 1.0),
    (r"\b(?:banner|header|twitter header|panorama|panoramic|ultra ?wide|widescreen)\b", "landscape", 2.0),
    (r"\b(?:square|1:1)\b", "square", 1.0),
    (r"\b(?:tall|vertical|portrait|full[- ]body|waist[- ]up|upper body|cowboy shot|standing|poster|book cover|pinterest)\b", "portrait", 2 / 3),
    (r"\b(?:wide|horizontal|landscape|cinematic|scenery|vista|wallpaper|establishing shot)\b", "landscape", 3 / 2),
]
_RATIO = re.compile(r"\b(\d{1,4})\s*(?::|x|×|by)\s*(\d{1,4})\b")

# Shape words that only say what the frame is for: CLIP would draw them ("banner" → cloth banner).
_FORMAT_ONLY = re.compile(
    r"\b(?:(?:phone|mobile|iphone|android|desktop|pc|monitor|computer|laptop)\s+)?"
    r"(?:wallpaper|background image|banner|header|thumbnail|pfp|profile pic(?:ture)?)s?\b"
    r"(?:\s+(?:of|with|showing|for))?|\b(?:aspect ratio|in|at)?\s*\d{1,4}\s*[:×]\s*\d{1,4}\b|"
    r"\b\d{2,4}\s*x\s*\d{2,4}\b|\b(?:in\s+)?(?:tall|vertical|horizontal|wide|square)\s+(?:format|orientation|aspect)\b|"
    r"\b(?:tall|vertical|horizontal|wide|square)(?=\s+(?:(?:phone|mobile|desktop)\s+)?(?:wallpaper|banner|header|image|picture|pic|format)s?\b)")

# "for my D&D group": who the picture is for is talk, the genre words in between are content.
_FOR_WHOM = re.compile(
    r"\bfor (?:my|our|a|the|his|her) (?P<genre>[a-z0-9&' -]*?)\s*\b(?:group|campaign|party|club|channel|"
    r"blog|website|site|class|project|presentation|friends?|mom|dad|kids?|son|daughter|wife|husband|"
    r"boss|team|game|stream|server|book|story|novel)\b")

_DRAFT = re.compile(
    r"\b(?:(?:quick|rough|fast)\s+)?(?:sketch|draft|low|preview)[- ]quality(?:\s+(?:preview|draft|version|image))?\b|"
    r"\b(?:quick|rough|fast|speedy|low[- ]effort)\s+(?:draft|preview|sketch|test|version|look|one)\b|"
    r"\bdraft\b|\bpreview\b|\bspeed over quality\b|\bquickly\b|\bfast\b(?! food| car| boat)")

_SFW = re.compile(r"\b(?:sfw|safe for work|family[- ]friendly|kid[- ]friendly|for kids|pg)\b")

STYLE_WORDS = (
    "anime", "manga", "pixel art", "16 bit", "16-bit", "8 bit", "8-bit", "photo", "photograph",
    "photorealistic", "realistic", "hyperrealistic", "watercolor", "watercolour", "oil painting",
    "painting", "pencil", "sketch", "ink", "inkpunk", "comic", "comic book", "cartoon", "3d",
    "3d render", "render", "unreal engine", "vector", "flat", "minimal", "minimalist", "ghibli",
    "cyberpunk", "steampunk", "fantasy", "sci-fi", "furry", "anthro", "retro", "80s", "90s",
    "double exposure", "concept art", "low poly", "isometric", "film", "35mm", "analog", "pastel",
    "art nouveau", "impressionist", "surreal", "chibi", "gta", "mtg", "card art", "icon",
    "poster", "illustration", "digital art", "lineart", "line art", "cinematic",
)

FRAMING_WORDS = ("waist up", "waist-up", "upper body", "full body", "full-body", "close-up",
                 "close up", "portrait", "headshot", "from above", "from below", "wide shot",
                 "cowboy shot", "profile", "bird's eye view", "aerial view")

# Follow-up turns: "now make it snowy", "same but anime style", "and at night".
_FOLLOW_UP = re.compile(
    r"^(?:now|same|and|also|but|then|instead|again|this time|make it|make them|make her|make him|"
    r"change|add|remove|more|less|keep|try|redo|what if|can you make|could you make|turn it|"
    r"let's make|put|give it|give her|give him|with)\b|\b(?:same|it|instead|again|too|as well|"
    r"this time|the previous|that one)\b")

# Words of a follow-up that point back at the earlier turn and draw nothing.
_REFERENCE = re.compile(r"\b(?:now|same|again|also|too|instead|as well|this time|but|"
                        r"(?:the )?same (?:thing|one|picture|image|scene)|just)\b")

# Attributes where a new value replaces the old one in a follow-up.
CONFLICTS = (
    ("morning", "noon", "daytime", "day", "afternoon", "sunset", "dusk", "twilight", "evening",
     "night", "nighttime", "midnight", "dawn", "sunrise", "golden hour", "blue hour"),
    ("spring", "summer", "autumn", "fall", "winter"),
    ("clear sky", "sunny", "sunshine", "cloudy", "overcast", "rain", "rainy", "storm", "stormy",
     "snow", "snowy", "fog", "foggy", "misty"),
    ("photo", "photograph", "photorealistic", "realistic", "anime", "manga", "cartoon", "watercolor",
     "oil painting", "pixel art", "sketch", "3d render", "comic", "natural light"),
)


def analyse(request: Request) -> Brief:
    """Read a request (and its earlier turns) into a Brief, or raise ChatGenError."""
    text = clean_text(request.text)
    if not text:
        raise ChatGenError("The request is empty: describe the picture you want, e.g. "
                           "'a cosy cabin in the snow at night, wide'.")
    if len(text) > MAX_REQUEST_CHARS:
        raise ChatGenError(f"The request is {len(text):,} characters long; the planner reads up to "
                           f"{MAX_REQUEST_CHARS:,}. Shorten it to the picture itself (a few sentences).")
    brief = _read_any_language(text)
    earlier = _earlier_brief(request.history)
    if earlier and _is_follow_up(brief.text, brief):
        brief = _merge(earlier, brief)
    if not brief.subject:
        raise ChatGenError("The request names nothing to draw once filler and exclusions are "
                           "removed: say what should be in the picture.")
    if request.images and brief.aspect is None:
        image = request.images[0]
        if image.width > 0 and image.height > 0:
            aspect = image.width / image.height
            brief = _with(brief, aspect=aspect, orientation=_orientation_of(aspect),
                          notes=brief.notes + ("The frame follows the reference image's shape; the "
                                               "embedded planner does not read image content.",))
    return brief


def clean_text(text: str) -> str:
    """NFC text without control characters, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def planner_instructions(text: str) -> list[str]:
    """The sentences of `text` aimed at the planner rather than the picture ("ignore the above...")."""
    return [sentence.strip() for sentence in _SENTENCE.split(text) if _INJECTION.search(sentence)]


def _read(text: str, notes: list[str]) -> Brief:
    kept = []
    for sentence in _SENTENCE.split(text):
        if _INJECTION.search(sentence):
            notes.append(f"Ignored an instruction aimed at the planner: {sentence.strip()!r}.")
            continue
        kept.append(sentence)
    low = " ".join(kept).lower().replace("’", "'")
    low = re.sub(r"[\"“”]|(?<!\w)'|'(?!\w)", " ", low)

    orientation, aspect = _shape(low)
    draft = bool(_DRAFT.search(low))
    sfw = bool(_SFW.search(low))

    exclusions = []
    for match in _NEGATION.finditer(low):
        for part in re.split(r"\s+(?:or|nor)\s+|,\s*", match.group("what")):
            part = _strip_filler(part).strip(" -'")
            if part and part not in exclusions:
                exclusions.append(part)
    low = re.sub(r"(?:\b(?:but|and|with|absolutely|definitely|really|please|just|maybe|any)\s+)*"
                 + _NEGATION.pattern,
                 " , ", low)
    low = _DRAFT.sub(" ", low)
    low = _SFW.sub(" ", low)
    low = _FORMAT_ONLY.sub(" , ", low)
    low = _FOR_WHOM.sub(lambda m: ", " + m.group("genre"), low)
    subject = []
    for clause in re.split(r"[,;:!?()]|\.(?!\d)|\s+-\s+|\n", low):
        phrase = _tidy(clause)
        if phrase and phrase not in subject:
            subject.append(phrase)
    if exclusions:
        notes.append("Kept out of the picture (negative prompt): " + ", ".join(exclusions) + ".")
    return Brief(
        text=text, subject=tuple(subject), exclusions=tuple(exclusions),
        styles=tuple(w for w in STYLE_WORDS if _has_word(low, w)),
        framing=tuple(w for w in FRAMING_WORDS if _has_word(low, w)),
        aspect=aspect, orientation=orientation, draft=draft, sfw=sfw, notes=tuple(notes))


def _tidy(clause: str) -> str:
    phrase = _strip_filler(clause)
    previous = None
    while phrase != previous:  # "make it a quick one of a boat" peels in several passes
        previous = phrase
        phrase = _ORDER.sub("", phrase.strip())
        phrase = re.sub(r"^(?:it|them|that|this)\s+(?:look|looks|looking)?\s*(?:like\s+)?", "", phrase)
        phrase = re.sub(r"^(?:a|an|the|of|with|and|but|or|to|for|in|on)\s+(?=\w)", "", phrase)
    phrase = re.sub(r"\s+(?:and|or|but|with|of|the|a|an|to|in|on|at|for|it|is|be)$", "", phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip(" -'&")
    if phrase in {"a", "an", "the", "it", "and", "of", "with", "me", "one", "something", "stuff",
                  "thing", "picture", "image", "pic"}:
        return ""
    return phrase


def _strip_filler(text: str) -> str:
    for phrase in FILLER:
        text = re.sub(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _has_word(text: str, word: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def _shape(low: str) -> tuple[str | None, float | None]:
    ratio = _RATIO.search(low)
    if ratio:
        w, h = int(ratio.group(1)), int(ratio.group(2))
        if w > 0 and h > 0 and 1 / 4 <= w / h <= 4:
            return _orientation_of(w / h), w / h
    for pattern, orientation, aspect in _SHAPE_CUES:
        if re.search(pattern, low):
            return orientation, aspect
    return None, None


def _orientation_of(aspect: float) -> str:
    return "square" if 0.9 <= aspect <= 1.1 else "landscape" if aspect > 1 else "portrait"


def _read_any_language(text: str) -> Brief:
    notes: list[str] = []
    language = glossary.detect_language(text)
    if language != "en":
        gloss = glossary.gloss(text, language)
        notes.append(f"The request is in '{language}'; the embedded planner glossed it word by word "
                     f"({gloss.coverage:.0%} of words known). An LLM planner translates it properly.")
        text = gloss.text or text
    return _with(_read(text, notes), language=language)


def _earlier_brief(history: tuple[Turn, ...]) -> Brief | None:
    """The picture the conversation had reached before this turn.

    Built from the user's own turns, each follow-up applied to the one before, because an
    assistant's prompt is written for its model (trigger words, score tags) and would carry them
    to whichever model this turn chooses. An assistant prompt is used only when no user turn is known.
    """
    brief = None
    for turn in history:
        text = clean_text(turn.content) if turn.role == "user" else ""
        if not text or len(text) > MAX_REQUEST_CHARS:
            continue
        current = _read_any_language(text)
        if brief is not None and _is_follow_up(current.text, current):
            current = _merge(brief, current)
        if current.subject:
            brief = current
    if brief is None:
        for turn in reversed(history):
            match = re.search(r"(?im)^\s*(?:positive\s+)?prompt\s*:\s*(.+)$", turn.content)
            if turn.role == "assistant" and match:
                return _read(clean_text(match.group(1)), [])
    return brief


def _is_follow_up(text: str, brief: Brief) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(_FOLLOW_UP.search(text.lower())) or len(words) <= 4 or not brief.subject


def _merge(earlier: Brief, new: Brief) -> Brief:
    """Apply a follow-up turn: new values replace conflicting old ones; everything else stays."""
    new_words = " " + " ".join(new.subject) + " "
    replaced = {w for group in CONFLICTS if any(_has_word(new_words, x) for x in group) for w in group}
    kept = []
    for phrase in earlier.subject:
        if any(_has_word(phrase, w) for w in replaced):
            stripped = phrase
            for w in sorted(replaced, key=len, reverse=True):
                stripped = re.sub(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", " ", stripped)
            phrase = _tidy(stripped)
        if phrase and phrase not in kept and not any(_has_word(phrase, x) for x in new.exclusions):
            kept.append(phrase)
    fresh = [_tidy(_REFERENCE.sub(" ", p)) for p in new.subject]
    subject = kept + [p for p in fresh if p and p not in kept]
    styles = tuple(s for s in earlier.styles if s not in replaced) + tuple(
        s for s in new.styles if s not in earlier.styles)
    return Brief(
        text=new.text, subject=tuple(subject),
        exclusions=tuple(dict.fromkeys(earlier.exclusions + new.exclusions)),
        styles=styles, framing=tuple(dict.fromkeys(earlier.framing + new.framing)),
        aspect=new.aspect if new.aspect is not None else earlier.aspect,
        orientation=new.orientation or earlier.orientation,
        draft=new.draft, sfw=new.sfw or earlier.sfw, language=new.language,
        notes=new.notes + ("Applied this turn to the earlier request: kept "
                           + (", ".join(kept) or "nothing") + ".",))


def _with(brief: Brief, **changes) -> Brief:
    return dataclasses.replace(brief, **changes)
