"""Model catalogs: files that describe many checkpoints at once, read into `ModelCard`s.

Rule: a catalog is recognised by its content, never by its name, and only checkpoints become
cards. LoRAs and entries whose base model is not one of `types.BASELINES` are left out, on
purpose: the library answers "which checkpoint", nothing else. A catalog that cannot be read,
is larger than `MAX_CATALOG_BYTES`, or whose shape is unknown raises `ChatGenError` naming the
file and the fix: the user named it and must fix it. One bad entry inside a catalog is skipped
with a reason (in `Catalog.skipped`), never fatal for the rest. Recommended settings out of
range are dropped when read (see `bounds.sane_recommended`), and noted in the card's `source`.

Three shapes are understood:

* AI Horde model reference (`stable_diffusion.json`): an object of `{name: {baseline, style,
  description, trigger, tags, nsfw, inpainting, requirements, config: {files: [{path}]}}}`.
  A card's `file_name` is the first `.ckpt`/`.safetensors` of `config.files`.
* DiffusionGPT model data: a list of `{model_name, model_type, tag, trigger_words, base_model,
  example_prompts, negtive_prompts}`; the n-th example prompt goes with the n-th negative.
* The pack's own format, for hand-written catalogs (write one with `save_catalog`)::

      {"format": "chatgen-catalog/1",
       "models": [
         {"name": "DreamShaper 8", "baseline": "sd1", "file_name": "dreamshaper_8.safetensors",
          "style": "generalist", "description": "All-round model.", "tags": ["3d", "fantasy"],
          "triggers": [], "nsfw": false, "inpainting": false,
          "examples": [{"prompt": "a castle at dusk", "negative": "blurry", "sampler":
                        "DPM++ 2M Karras", "steps": 25, "cfg": 7, "width": 512, "height": 768}],
          "recommended": {"min_steps": 20, "max_steps": 30, "cfg": 7, "clip_skip": 2}}]}

  `name` and `baseline` (one of sd1 sd2 sdxl sd3 cascade flux) are required; every other field
  of `ModelCard`, `Example` and `Recommended` is optional and means what it means there.
  A card with an unknown field is skipped with a reason, so a typo does not pass silently.

This module also holds the vocabulary every source shares: `canonical_baseline` for the many
spellings of a base model, `style_from_tags`, `readable_name` for bare file stems, and the
lenient readers of third-party values (`text_of`, `int_of`, ...), which never raise and cut
texts and lists to sizes no real card needs.
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..bounds import sane_recommended
from ..errors import ChatGenError
from ..types import BASELINES, CASCADE, FLUX, SD1, SD2, SD3, SDXL, Example, ModelCard, Recommended, to_dict
from ..untrusted import UntrustedInputError, load_json, read_capped

FORMAT = "chatgen-catalog/1"
STYLES = ("anime", "realistic", "artistic", "generalist", "furry", "other")
CHECKPOINT_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".pth", ".sft")
MAX_CATALOG_BYTES = 32 * 1024 * 1024
"""The AI Horde reference of every model it serves is 0.2 MB; a catalog of many thousands of
hand-described models stays under a few MB. Past 32 MB parsing alone would cost seconds."""
MAX_TEXT_CHARS = 4_000
"""Longer than any real name, prompt or trigger; what a third-party text is cut to."""
MAX_DESCRIPTION_CHARS = 32_768
"""A model description is cut to this before it is parsed (HTML) or used: the model token reads
its first few hundred words, and a real description is a few thousand characters."""
MAX_ITEMS = 100
"""Tags, trigger words or example prompts kept from one list; real cards have a few dozen."""


@dataclass(frozen=True)
class CatalogEntry:
    """A catalog's card and every file name the catalog ties to it (for matching files on disk)."""
    card: ModelCard
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """What one catalog file describes: its usable entries, and each entry left out with why."""
    entries: tuple[CatalogEntry, ...] = ()
    skipped: tuple[str, ...] = ()


# --- vocabulary shared by catalogs, sidecars and headers ------------------------------------

def canonical_baseline(spelling: str) -> str:
    """The canonical baseline a source's spelling names ("SDXL 1.0" → "sdxl"), or ""."""
    s = re.sub(r"[^a-z0-9]", "", spelling.lower())
    if not s:
        return ""
    if "flux" in s:
        return FLUX
    if "cascade" in s:
        return CASCADE
    if "sd3" in s or re.match(r"stablediffusionv?3", s):
        return SD3
    # Pony, Illustrious and NoobAI are SDXL fine-tunes that Civitai lists as base models.
    if any(cue in s for cue in ("sdxl", "stablediffusionxl", "pony", "illustrious", "noobai")):
        return SDXL
    if re.match(r"(sd|stablediffusion)v?2", s):
        return SD2
    if re.match(r"(sd|stablediffusion)v?1", s):
        return SD1
    return ""


# Checked tag by tag, first hit wins, so a source's own ordering of its tags decides.
_STYLE_WORDS = {
    "generalist": {"base model", "universal", "general", "generalist", "all-round"},
    "artistic": {"art", "artstyle", "art style", "artistic", "painting", "oil painting",
                 "illustration", "watercolor", "concept art", "digital art", "sketch"},
}
_STYLE_STEMS = (("anime", ("anime", "manga", "cartoon", "hentai", "booru", "waifu")),
                ("furry", ("furry", "anthro")),
                ("realistic", ("realistic", "photoreal", "photograph", "realism", "photo")))


def style_from_tags(tags: Iterable[str]) -> str:
    """The style the first telling tag names, or "" when no tag tells."""
    for tag in tags:
        t = tag.strip().lower()
        if t in STYLES:
            return t
        for style, words in _STYLE_WORDS.items():
            if t in words:
                return style
        for style, stems in _STYLE_STEMS:
            if any(stem in t for stem in stems):
                return style
    return ""


def readable_name(stem: str) -> str:
    """A file stem as a name a person would write: separators become spaces."""
    return " ".join(re.sub(r"[_\-]+", " ", stem).split()) or stem


def normalised(text: str) -> str:
    """A key for loose matching: lower case, extension and punctuation removed."""
    base = text.replace("\\", "/").rsplit("/", 1)[-1].lower()
    for suffix in CHECKPOINT_SUFFIXES:
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    return re.sub(r"[^a-z0-9]", "", base)


def is_checkpoint_file(name: str) -> bool:
    return name.lower().endswith(CHECKPOINT_SUFFIXES)


# --- loading --------------------------------------------------------------------------------

def load_catalog(path: str | os.PathLike[str]) -> Catalog:
    """Every checkpoint a catalog file describes, whichever of the three shapes it has."""
    path = Path(path)
    data = _read_json(path)
    if isinstance(data, dict) and str(data.get("format", "")).startswith("chatgen-catalog/"):
        return _load_own(data, path)
    if isinstance(data, dict) and _mostly(data.values(),
                                          lambda v: isinstance(v, dict) and "baseline" in v):
        return _each(path, ((f"{path}: {_short(key)}", (key, item)) for key, item in data.items()),
                     _horde_entry)
    if isinstance(data, list) and _mostly(data, lambda v: isinstance(v, dict) and "model_name" in v):
        return _each(path, ((f"{path}: [{i}]", item) for i, item in enumerate(data)),
                     _diffusiongpt_entry)
    raise ChatGenError(
        f"{path}: not a model catalog this pack knows. Use an AI Horde model reference, a "
        f"DiffusionGPT model_data file, or a {{\"format\": \"{FORMAT}\", \"models\": [...]}} file "
        "(see chatgen_core/library/catalogs.py).")


def _mostly(items: Iterable[Any], shaped: Callable[[Any], bool]) -> bool:
    # Most, not all: one stray entry must not make a whole catalog unknown, and one entry of the
    # right shape must not make an unrelated file a catalog.
    items = list(items)
    return sum(map(shaped, items)) * 2 > len(items)


def _read_json(path: Path) -> Any:
    try:
        raw = read_capped(path, MAX_CATALOG_BYTES, "the catalog")
    except OSError as exc:
        raise ChatGenError(f"{path}: cannot read the catalog ({exc.strerror or exc}); check "
                           "the path and its permissions.") from exc
    try:
        return load_json(raw, f"{path}: the catalog")
    except UntrustedInputError as exc:
        raise ChatGenError(f"{exc} Fix the file or remove it.") from exc


def _each(path: Path, items: Iterable[tuple[str, Any]],
          entry: Callable[[Any, str, Path], CatalogEntry | None]) -> Catalog:
    """The entries `entry` makes of each item; an item it cannot read is skipped with a reason."""
    entries, skipped = [], []
    for where, item in items:
        try:
            made = entry(item, where, path)
        except ChatGenError as exc:
            skipped.append(f"{_short(str(exc), 300)} The entry was skipped.")
        # Entries are outside data: an error no check here foresaw must cost this entry, not the
        # catalog. Exception on purpose (BaseException would swallow Ctrl-C and exits).
        except Exception as exc:  # noqa: BLE001
            skipped.append(f"{where}: skipped ({type(exc).__name__}: {_short(str(exc), 200)}).")
        else:
            if made:
                entries.append(made)
    return Catalog(tuple(entries), tuple(skipped))


def _load_own(data: Mapping[str, Any], path: Path) -> Catalog:
    if data["format"] != FORMAT:
        raise ChatGenError(f"{path}: catalog format {_short(data['format'])!r} is not supported; "
                           f"this version of the pack reads {FORMAT!r}.")
    models = data.get("models")
    if not isinstance(models, list):
        raise ChatGenError(f"{path}: \"models\" must be a list of model cards.")
    return _each(path, ((f"{path}: models[{i}]", item) for i, item in enumerate(models)), _own_entry)


def _own_entry(item: Any, where: str, path: Path) -> CatalogEntry:
    card = card_from_dict(item, where)
    if not card.name:
        raise ChatGenError(f"{where}: \"name\" is required.")
    if card.baseline not in BASELINES:
        raise ChatGenError(f"{where}: baseline {_short(card.baseline)!r} is not one of "
                           f"{', '.join(BASELINES)}.")
    card = checked_recommended(dataclasses.replace(card, source=f"catalog {path.name}"))
    return CatalogEntry(card, (card.file_name,) if card.file_name else ())


def checked_recommended(card: ModelCard) -> ModelCard:
    """The card with its recommended settings in range; what was dropped is noted in `source`.

    Every reader of cards (catalogs, sidecars) passes its cards through this once.
    """
    recommended, notes = sane_recommended(card.recommended)
    if not notes:
        return card
    return dataclasses.replace(card, recommended=recommended,
                               source=f"{card.source} (recommended {'; '.join(notes)})")


def _horde_entry(key_item: tuple[str, Any], where: str, path: Path) -> CatalogEntry | None:
    key, item = key_item
    if not isinstance(item, dict):
        raise ChatGenError(f"{where}: expected a model object, found {type(item).__name__}.")
    baseline = canonical_baseline(text_of(item.get("baseline")))
    if not baseline or item.get("type", "ckpt") != "ckpt":
        return None
    files = tuple(text_of(f["path"]) for f in _config_files(item) if is_checkpoint_file(f["path"]))
    req = item.get("requirements")
    req = req if isinstance(req, dict) else {}
    card = ModelCard(
        name=text_of(item.get("name")) or text_of(key),
        baseline=baseline,
        file_name=files[0] if files else "",
        style=_style(item.get("style")),
        description=text_of(item.get("description"), MAX_DESCRIPTION_CHARS),
        tags=strings_of(item.get("tags")),
        triggers=strings_of(item.get("trigger")),
        recommended=Recommended(
            min_steps=int_of(req.get("min_steps")), max_steps=int_of(req.get("max_steps")),
            cfg=float_of(req.get("cfg_scale")), min_cfg=float_of(req.get("min_cfg_scale")),
            max_cfg=float_of(req.get("max_cfg_scale")), samplers=strings_of(req.get("samplers")),
            schedulers=strings_of(req.get("schedulers")), clip_skip=int_of(req.get("clip_skip"))),
        nsfw=item.get("nsfw") is True,
        inpainting=item.get("inpainting") is True,
        source=f"catalog {path.name}",
    )
    return CatalogEntry(checked_recommended(card), files[:MAX_ITEMS])


def _config_files(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    config = item.get("config")
    files = config.get("files") if isinstance(config, dict) else None
    files = files if isinstance(files, list) else []
    return [f for f in files if isinstance(f, dict) and isinstance(f.get("path"), str)]


def _diffusiongpt_entry(item: Any, where: str, path: Path) -> CatalogEntry | None:
    if not isinstance(item, dict):
        raise ChatGenError(f"{where}: expected a model object, found {type(item).__name__}.")
    model_name = text_of(item.get("model_name"))
    baseline = canonical_baseline(text_of(item.get("base_model")))
    if not model_name or not baseline or not text_of(item.get("model_type")).lower().startswith(
            "checkpoint"):
        return None
    tags = strings_of(item.get("tag"))
    prompts, negatives = strings_kept(item.get("example_prompts")), strings_kept(
        item.get("negtive_prompts"))
    examples = tuple(Example(prompt=p, negative=negatives[i] if i < len(negatives) else "")
                     for i, p in enumerate(prompts) if p)
    file_name = model_name if is_checkpoint_file(model_name) else ""
    card = ModelCard(
        name=readable_name(Path(model_name).stem if file_name else model_name),
        baseline=baseline, file_name=file_name, style=style_from_tags(tags) or "generalist",
        tags=tags, triggers=strings_of(item.get("trigger_words")), examples=examples,
        source=f"catalog {path.name}")
    return CatalogEntry(card, (model_name,))


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- the pack's own format -------------------------------------------------------------------

def save_catalog(path: str | os.PathLike[str], cards: Iterable[ModelCard]) -> None:
    """Write cards as a chatgen-catalog/1 file that `load_catalog` reads back."""
    payload = {"format": FORMAT, "models": [card_to_dict(c, keep_source=False) for c in cards]}
    Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")


def card_to_dict(card: ModelCard, keep_source: bool = True) -> dict[str, Any]:
    """A card as JSON-ready dict without the fields left at their defaults."""
    full = to_dict(card)
    out: dict[str, Any] = {"name": full["name"], "baseline": full["baseline"]}
    for f in dataclasses.fields(ModelCard):
        value = full[f.name]
        if f.name in out or (f.name == "source" and not keep_source):
            continue
        if f.name == "examples":
            value = [_compact(e, Example()) for e in value]
        elif f.name == "recommended":
            value = _compact(value, to_dict(Recommended()))
        if value != to_dict(f.default) and value not in ([], {}):
            out[f.name] = value
    return out


def _compact(value: Mapping[str, Any], default: Any) -> dict[str, Any]:
    defaults = default if isinstance(default, dict) else to_dict(default)
    return {k: v for k, v in value.items() if v != defaults[k]}


def card_from_dict(data: Any, where: str) -> ModelCard:
    """A card from a dict as `card_to_dict` writes it; wrong types raise `ChatGenError`."""
    fields = _checked_fields(ModelCard, data, where)
    for required in ("name", "baseline"):
        if required not in fields:
            raise ChatGenError(f"{where}: \"{required}\" is required.")
    if "examples" in fields:
        if not isinstance(fields["examples"], list):
            raise ChatGenError(f"{where}: \"examples\" must be a list.")
        fields["examples"] = tuple(Example(**_checked_fields(Example, e, f"{where}.examples[{i}]"))
                                   for i, e in enumerate(fields["examples"]))
    if "recommended" in fields:
        fields["recommended"] = Recommended(
            **_checked_fields(Recommended, fields["recommended"], f"{where}.recommended"))
    return ModelCard(**fields)


def _checked_fields(cls: type, data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ChatGenError(f"{where}: expected an object, found {type(data).__name__}.")
    known = {f.name: f.type for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ChatGenError(f"{where}: unknown field(s) {_short(', '.join(map(str, unknown)))}; the "
                           f"fields are {', '.join(known)}.")
    out = {}
    for name, value in data.items():
        check = _CHECKS.get(str(known[name]))
        out[name] = check(value, f"{where}.{name}") if check else value
    return out


def _expect(ok: Callable[[Any], bool], what: str, convert: Callable[[Any], Any] = lambda v: v):
    def check(value: Any, where: str) -> Any:
        if not ok(value):
            raise ChatGenError(f"{where}: expected {what}, found {_short(repr(value))}.")
        return convert(value)
    return check


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# Keyed by the annotation text in types.py, which `from __future__ import annotations` keeps as
# a string; the nested dataclasses (Example, Recommended) are converted by `card_from_dict`.
_CHECKS = {
    "str": _expect(lambda v: isinstance(v, str), "text"),
    "bool": _expect(lambda v: isinstance(v, bool), "true or false"),
    "int | None": _expect(lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool)),
                          "a whole number or null"),
    "float | None": _expect(lambda v: v is None or (_is_number(v) and float_of(v) is not None),
                            "a number or null", lambda v: None if v is None else float(v)),
    "tuple[str, ...]": _expect(lambda v: isinstance(v, list) and all(isinstance(s, str) for s in v),
                               "a list of texts", tuple),
}


# --- lenient readers for third-party values ---------------------------------------------------

def text_of(value: Any, limit: int = MAX_TEXT_CHARS) -> str:
    """A value as stripped text of at most `limit` characters; anything not a text is ""."""
    return value[: limit * 2].strip()[:limit] if isinstance(value, str) else ""


def strings_kept(value: Any) -> list[str]:
    """Texts of a list (at most MAX_ITEMS), position kept: "None" placeholders and non-texts become ""."""
    items = value[:MAX_ITEMS] if isinstance(value, list) else []
    return [t if t.lower() not in ("none", "null") else "" for t in map(text_of, items)]


def strings_of(value: Any) -> tuple[str, ...]:
    """Distinct non-empty texts of a list (or of one text), in order; at most MAX_ITEMS."""
    items = [value] if isinstance(value, str) else strings_kept(value)
    return tuple(dict.fromkeys(t for t in map(text_of, items) if t and t.lower() != "none"))


def _style(value: Any) -> str:
    style = text_of(value).lower()
    return style if style in STYLES else ("other" if style else "generalist")


# Whole numbers past this are not exact as floats, and no setting a card can hold comes near it.
_LARGEST_WHOLE = 2**53


def int_of(value: Any) -> int | None:
    """A whole number from a number or numeric text ("2", 2.0), else None; never raises."""
    number = float_of(value)
    if number is None or not number.is_integer() or abs(number) > _LARGEST_WHOLE:
        return None
    return int(number)


def float_of(value: Any) -> float | None:
    """A finite number from a number or numeric text, else None; never raises."""
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    if isinstance(value, str) and len(value) > 64:
        return None  # no setting is written with that many characters
    try:
        number = float(value)
    except (ValueError, OverflowError):  # OverflowError: float(10**400)
        return None
    return number if math.isfinite(number) else None
