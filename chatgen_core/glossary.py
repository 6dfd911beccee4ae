"""An offline, word-level English gloss of non-English image requests.

The rule: this is a gloss, not a translation. Each word (for Chinese and Japanese, each longest
run of characters the glossary knows) becomes the English it most often means in an image
request, in the user's order. Grammar words are dropped, numbers kept, and words the glossary
does not know are kept as written and reported, so a caller can say honestly how much was
understood. Only two local fixes make the result read as a prompt: Romance adjectives go before
their noun, and Chinese/Japanese/Korean postpositions before their object ("cabin under snowy
mountain"). Real translation is the job of an LLM planner.

The vocabulary lives in glossary_data; a language is parsed on first use and cached, and nothing
parsed is changed afterwards.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from . import glossary_data as data


@dataclass(frozen=True)
class Gloss:
    """An English gloss of a request.

    `unknown` holds the source words kept as written; `coverage` is the share of content words
    (characters, for Chinese and Japanese) the glossary knew, 1.0 when there was nothing to gloss.
    """
    text: str
    unknown: tuple[str, ...] = ()
    coverage: float = 1.0


class _Item(NamedTuple):
    """A glossary entry, or a unit of a request once glossed."""
    en: str
    pos: str  # n noun, a adjective, v verb, p adposition, q quantity, x other,
    #           ^ 的-like link, | 在-like boundary, ? a word kept as written
    plural: bool = False
    weight: int = 0  # source units it stands for in the coverage count
    source: str = ""


class _Lexicon(NamedTuple):
    lang: str
    exact: dict[str, _Item]
    folded: dict[str, _Item]  # the same keys without accents
    longest: int  # words in the longest key (characters, for Chinese and Japanese)
    rules: tuple[tuple[str, str, bool], ...]  # inflected ending, dictionary ending, plural?
    particles: tuple[tuple[str, str], ...]  # Korean endings and what they leave, longest first


_UNSPACED = ("zh", "ja")
_CHUNK = re.compile(r"[,;:!?¿¡()\[\]{}<>\"“”„«»‹›、。・，；：！？（）【】「」『』…|/\n\r\t]+|(?<!\d)\.|\.(?!\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’-][^\W_]+)*")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]+")
_LATIN_RUN = re.compile(r"[0-9A-Za-zÀ-ɏ]+(?:['’-][0-9A-Za-zÀ-ɏ]+)*")
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")
_SCRIPTS = (  # compiled on first use by re's own cache, to keep the import cheap
    ("zh", r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u9fff\uf900-\ufaff]"),  # one unit per character
    ("ko", r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    ("th", r"[\u0e00-\u0e7f]"),
    ("ru", r"[\u0400-\u04ff]+"),  # one unit per word
    ("ar", r"[\u0600-\u06ff\u0750-\u077f]+"),
    ("he", r"[\u0590-\u05ff]+"),
    ("el", r"[\u0370-\u03ff\u1f00-\u1fff]+"),
    ("hi", r"[\u0900-\u097f]+"),
)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the request's language: by script, then by word evidence; "en" when unsure."""
    latin = [word.lower() for word in _LATIN_WORD.findall(text)]
    code, units = max(((code, len(re.findall(p, text))) for code, p in _SCRIPTS), key=lambda cu: cu[1])
    if units and units >= len(latin):
        if code == "zh" and re.search(r"[\u3040-\u30ff]", text):
            return "ja"
        return "uk" if code == "ru" and re.search(r"[іїєґІЇЄҐ]", text) else code
    best, score = "en", 0.0
    for lang in data.LATIN:
        hits = sum(1 for word in latin if word not in data.ENGLISH_FUNCTION and _native(word, lang))
        hits += 0.5 * any(ch in data.DIACRITICS.get(lang, "") for word in latin for ch in word)
        if hits > score:
            best, score = lang, hits
    # A foreign word or two inside an English request must not flip it.
    english = sum(map(_is_english, latin))
    return best if score >= len(latin) / 3 and score > english / 2 else "en"


def gloss(text: str, language: str | None = None) -> Gloss:
    """Gloss `text` into English word by word; `language` defaults to detect_language(text).

    English and blank requests come back untouched, and so does a language without a glossary
    (with every word reported unknown).
    """
    language = language or detect_language(text)
    if language == "en" or not text.strip():
        return Gloss(text)
    glossary = data.FALLBACK.get(language, language)
    if glossary not in data.COLUMNS:
        return Gloss(text, tuple(dict.fromkeys(_CHUNK.sub(" ", text).split())), 0.0)
    lex = _lexicon(glossary)
    chunks, items = [], []
    for chunk in _CHUNK.split(unicodedata.normalize("NFKC", text)):
        found = _segment(chunk, lex) if glossary in _UNSPACED else _words(chunk, lex)
        found = _reorder(_number_plurals(found, glossary), glossary)
        rendered = " ".join(_plural(i.en) if i.plural and i.pos == "n" else i.en for i in found if i.en)
        chunks += [rendered] if rendered else []
        items += found
    known = sum(i.weight for i in items if i.pos != "?")
    total = sum(i.weight for i in items)
    unknown = tuple(dict.fromkeys(i.source for i in items if i.pos == "?"))
    return Gloss(", ".join(chunks), unknown, round(known / total, 3) if total else 1.0)


def _words(chunk: str, lex: _Lexicon) -> list[_Item]:
    """Longest phrase first, then word by word, for languages written with spaces."""
    tokens = [_strip_elision(token, data.ELISIONS.get(lex.lang, ())) for token in _WORD.findall(chunk)]
    folded = [_fold(token.lower()) for token in tokens]
    items, i = [], 0
    while i < len(tokens):
        for n in range(min(lex.longest, len(tokens) - i), 1, -1):
            phrase = " ".join(folded[i:i + n])
            # A Korean phrase may end in a particle: 우주 비행사가.
            suffix, value = next(((s, v) for s, v in (("", ""), *lex.particles)
                                  if phrase.endswith(s) and phrase[:len(phrase) - len(s)] in lex.folded), ("", None))
            if value is not None:
                entry = lex.folded[phrase[:len(phrase) - len(suffix)]]
                items += [entry._replace(weight=n, source=" ".join(tokens[i:i + n]))] + _particle(suffix, value)
                i += n
                break
        else:
            items += _word(tokens[i], lex)
            i += 1
    return [item for item in items if item.en or item.pos in "^|"]


def _word(token: str, lex: _Lexicon) -> list[_Item]:
    low = token.lower()
    if _NUMBER.fullmatch(low):
        return [_Item(token, "q", source=token)]
    entry = _lookup(low, lex) or _compound(low, lex)
    if entry:
        return [entry._replace(weight=1, source=token)]
    for suffix, value in lex.particles:
        if low.endswith(suffix) and len(low) > len(suffix):
            items = _word(token[:-len(suffix)], lex)
            if value == "+":
                return [i._replace(plural=True) if i.pos == "n" else i for i in items]
            return items + _particle(suffix, value)
    if "-" in token:
        return [item for part in token.split("-") if part for item in _word(part, lex)]
    return [_Item(token, "x" if _is_english(low) else "?", weight=1, source=token)]


def _particle(suffix: str, value: str) -> list[_Item]:
    """What a Korean particle leaves: a link, a boundary, an English word, or nothing."""
    if not suffix:
        return []
    return [_Item("", value or "x", source=suffix) if value in ("", "^", "|") else _Item(value, "x")]


def _segment(chunk: str, lex: _Lexicon) -> list[_Item]:
    """Greedy longest match over the glossary keys, for scripts written without spaces."""
    chunk += " "  # a last separator flushes the last unknown run
    keyed = chunk.translate(data.TRADITIONAL) if lex.lang == "zh" else chunk
    items: list[_Item] = []
    run, i, after_match = "", 0, False
    while i < len(chunk):
        latin = _LATIN_RUN.match(chunk, i)
        n = 0 if latin else next((n for n in range(min(lex.longest, len(chunk) - i), 0, -1)
                                  if keyed[i:i + n] in lex.exact), 0)
        # Kana left over right after a known word is its inflection or a particle, not content.
        if run and (latin or n or not chunk[i].isalnum()):
            if not (lex.lang == "ja" and after_match and _HIRAGANA.fullmatch(run)):
                items.append(_Item(run, "?", weight=len(run), source=run))
            run = ""
        if latin:
            items += _word(latin.group(), lex)
            i, after_match = latin.end(), False
        elif n:
            items.append(lex.exact[keyed[i:i + n]]._replace(weight=n, source=chunk[i:i + n]))
            i, after_match = i + n, True
        else:  # spaces and symbols (—, ~, ♪) only separate
            run += chunk[i] if chunk[i].isalnum() else ""
            after_match = after_match and chunk[i].isalnum()
            i += 1
    return [item for item in items if item.en or item.pos in "^|"]


def _lookup(word: str, lex: _Lexicon) -> _Item | None:
    """The entry for one lowercase word: as written, without accents, then by inflection rules."""
    entry = lex.exact.get(word) or lex.folded.get(_fold(word))
    if entry:
        return entry
    fleeting = data.FLEETING.get(lex.lang, "")
    for form, table, fold in ((word, lex.exact, str), (_fold(word), lex.folded, _fold)):
        for suffix, repl, plural in lex.rules:
            suffix, repl = fold(suffix), fold(repl)
            stem = form[:len(form) - len(suffix)]
            if form.endswith(suffix) and len(stem) >= 2:
                for candidate in [stem] + [stem[:-1] + v + stem[-1] for v in fleeting]:
                    entry = table.get(candidate + repl)
                    if entry and entry.en:
                        return entry._replace(plural=plural or entry.plural)
    return None


def _compound(word: str, lex: _Lexicon) -> _Item | None:
    """Split a closed compound (Schneeberg, 밤하늘) into a known modifier and a known head."""
    shortest = data.COMPOUND_MIN.get(lex.lang)
    for cut in range(shortest, len(word) - shortest + 1) if shortest else ():
        head = _lookup(word[cut:], lex)
        modifier = head and head.en and _lookup(word[:cut], lex)
        if modifier and modifier.en:
            # 숲속 is "forest-inside": an adposition head goes first, "in forest".
            parts = (head.en, modifier.en) if head.pos == "p" else (modifier.en, head.en)
            return head._replace(en=" ".join(parts))
    return None


def _reorder(items: list[_Item], lang: str) -> list[_Item]:
    out: list[_Item] = []
    if lang in data.ADJECTIVE_AFTER_NOUN:
        noun_at = None  # where the adjectives after a noun go
        for item in items:
            if item.pos == "a" and noun_at is not None:
                out.insert(noun_at, item)
                noun_at += 1
            else:
                out.append(item)
                noun_at = len(out) - 1 if item.pos == "n" else None
        return out
    if lang not in data.POSTPOSITIONS:
        return items
    start, i, inside = 0, 0, False  # start: where the current object began; inside: after 在
    while i < len(items):
        item = items[i]
        if item.pos == "p":
            obj, out[start:], inside = out[start:], [], False
            if i + 1 < len(items) and items[i + 1].pos == "^":
                # "X 下 的 Y" describes Y: "Y under X".
                end = next((j for j in range(i + 2, len(items)) if items[j].pos in "pv|"), len(items))
                out += [h for h in items[i + 2:end] if h.pos != "^"] + [item] + obj
                i, start = end, len(out)
                continue
            out += [item] + obj
            start = len(out)
        elif item.pos in "^|v":
            out += [item] if item.pos == "v" else []
            inside = item.pos == "|" or inside and item.pos == "^"
            # The 的 of 在公园的长椅上 stays inside the object, and so does の before 中.
            if not (item.pos == "^" and (inside or i + 1 < len(items) and items[i + 1].pos == "p")):
                start = len(out)
        else:
            out.append(item)
        i += 1
    return out


def _number_plurals(items: list[_Item], lang: str) -> list[_Item]:
    """"两只猫" and "trois chats" both mean more than one: the noun by a number is plural."""
    after = lang in data.NUMERAL_AFTER_NOUN
    out, counting = [], False
    for item in reversed(items) if after else items:
        if item.pos == "n" and counting:
            item = item._replace(plural=True)
        counting = item.en not in ("", "one", "1") if item.pos == "q" else counting and item.pos == "a"
        out.append(item)
    return out[::-1] if after else out


def _plural(phrase: str) -> str:
    head, of, tail = phrase.partition(" of ")  # "cups of coffee"
    before, _, last = head.rpartition(" ")
    if last in data.IRREGULAR_PLURALS:
        last = data.IRREGULAR_PLURALS[last]
    elif last not in data.UNCOUNTABLE and not re.search(r"[^s]s$", last):  # stairs, clothes
        last = re.sub(r"([^aeiou])y$", r"\1ie", last) + ("es" if re.search(r"(s|x|z|ch|sh)$", last) else "s")
    return f"{before} {last}".strip() + of + tail


def _strip_elision(token: str, elisions: frozenset[str] | tuple[()]) -> str:
    prefix, mark, rest = token.replace("’", "'").partition("'")
    return rest if mark and rest and prefix.lower() in elisions else token


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("ß", "ss").replace("ё", "е"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _native(word: str, lang: str) -> bool:
    """Whether `word` is evidence for `lang`: a function word, or a glossed word that is not a loan."""
    if lang not in data.COLUMNS:
        return word in data.STOPWORDS.get(lang, ())
    lex = _lexicon(lang)
    entry = _lookup(word, lex) or _compound(word, lex)
    return entry is not None and _fold(entry.en.lower()) not in _forms(_fold(word))


def _is_english(word: str) -> bool:
    return any(form in _english_vocabulary() for form in _forms(word))


def _forms(word: str) -> list[str]:
    """The word and, if it may be an English plural, its possible singulars."""
    return [word, word[:-1], word[:-2], word[:-3] + "y"] if word.endswith("s") else [word]


@cache
def _english_vocabulary() -> frozenset[str]:
    return data.ENGLISH_FUNCTION | {word.lower() for _, cells in _rows() for word in re.split(r"[ -]", cells[0])}


@cache
def _rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows, pos = [], "x"
    for line in data.TABLE.splitlines():
        if line.startswith("@"):
            pos = line[1]
        elif "|" in line:
            rows.append((pos, tuple(cell.strip() for cell in line.split("|"))))
    return tuple(rows)


@cache
def _lexicon(lang: str) -> _Lexicon:
    exact: dict[str, _Item] = {}
    elisions = data.ELISIONS.get(lang, ())

    def add(key: str, entry: _Item) -> None:
        # Keys are split as requests are, so "peinture à l'huile" meets "peinture à huile".
        key = " ".join(_strip_elision(word, elisions) for word in key.lower().split())
        if key not in ("", "-"):
            exact.setdefault(key.rstrip("*"), entry._replace(plural=key.endswith("*")))

    column = data.COLUMNS.index(lang)
    for pos, cells in _rows():
        for form in cells[column].split("/"):
            add(form, _Item(cells[0], pos))
    for key, _, value in (pair.partition("=") for pair in data.EXTRAS.get(lang, "").split(";")):
        value = value.strip()
        add(key, _Item("", value) if value in ("^", "|") else _Item(value, "x"))
    numerals, counters = data.COUNTERS.get(lang, ("", ""))
    for numeral, _, value in (pair.partition("=") for pair in numerals.split()):
        for counter in counters.split():
            add(numeral + counter, _Item(value, "q"))
    folded: dict[str, _Item] = {}
    for key, entry in exact.items():
        folded.setdefault(_fold(key), entry)
    longest = max(len(key) if lang in _UNSPACED else key.count(" ") + 1 for key in exact)
    rules = tuple((suffix, repl.rstrip("*"), repl.endswith("*"))
                  for suffix, _, repl in (rule.partition(">") for rule in data.RULES.get(lang, "").split()))
    particles = sorted((tuple(p.partition("=")[::2]) for p in data.PARTICLES.get(lang, "").split()),
                       key=lambda particle: -len(particle[0]))
    return _Lexicon(lang, exact, folded, longest, rules, tuple(particles))
