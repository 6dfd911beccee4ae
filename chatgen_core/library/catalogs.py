"""Model catalogs: files that describe many checkpoints at once, read into `ModelCard`s.

Rule: a catalog is recognised by its content, never by its name, and only checkpoints become
cards. LoRAs and entries whose base model is not one of `types.BASELINES` are left out, on
purpose: the library answers "which checkpoint", nothing else. A catalog that cannot be read
or whose shape is unknown raises `ChatGenError` naming the file and the fix.

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
  Unknown fields are errors, so a typo does not pass silently.

This module also holds the vocabulary every source shares: `canonical_baseline` for the many
spellings of a base model, `style_from_tags`, and `readable_name` for bare file stems.
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ChatGenError
from ..types import BASELINES, CASCADE, FLUX, SD1, SD2, SD3, SDXL, Example, ModelCard, Recommended, to_dict

FORMAT = "chatgen-catalog/1"
STYLES = ("anime", "realistic", "artistic", "generalist", "furry", "other")
CHECKPOINT_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".pth", ".sft")


@dataclass(frozen=True)
class CatalogEntry:
    """A catalog's card and every file name the catalog ties to it (for matching files on disk)."""
    card: ModelCard
    files: tuple[str, ...] = ()


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

def load_catalog(path: str | os.PathLike[str]) -> tuple[CatalogEntry, ...]:
    """Every checkpoint a catalog file describes, whichever of the three shapes it has."""
    path = Path(path)
    data = _read_json(path)
    if isinstance(data, dict) and str(data.get("format", "")).startswith("chatgen-catalog/"):
        return _load_own(data, path)
    if isinstance(data, dict) and data and all(
            isinstance(v, dict) and "baseline" in v for v in data.values()):
        return _load_horde(data, path)
    if isinstance(data, list) and data and all(
            isinstance(v, dict) and "model_name" in v for v in data):
        return _load_diffusiongpt(data, path)
    raise ChatGenError(
        f"{path}: not a model catalog this pack knows. Use an AI Horde model reference, a "
        f"DiffusionGPT model_data file, or a {{\"format\": \"{FORMAT}\", \"models\": [...]}} file "
        "(see chatgen_core/library/catalogs.py).")


def _read_json(path: Path) -> Any:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ChatGenError(f"{path}: cannot read the catalog ({exc.strerror or exc}); check "
                           "the path and its permissions.") from exc
    except UnicodeDecodeError as exc:
        raise ChatGenError(f"{path}: the catalog is not UTF-8 text (byte {exc.start}); save it "
                           "as UTF-8 JSON.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ChatGenError(f"{path}: the catalog is not valid JSON (line {exc.lineno}, column "
                           f"{exc.colno}: {exc.msg}); fix the file or remove it.") from exc


def _load_own(data: Mapping[str, Any], path: Path) -> tuple[CatalogEntry, ...]:
    if data["format"] != FORMAT:
        raise ChatGenError(f"{path}: catalog format {data['format']!r} is not supported; this "
                           f"version of the pack reads {FORMAT!r}.")
    models = data.get("models")
    if not isinstance(models, list):
        raise ChatGenError(f"{path}: \"models\" must be a list of model cards.")
    entries = []
    for i, item in enumerate(models):
        where = f"{path}: models[{i}]"
        card = dataclasses.replace(card_from_dict(item, where), source=f"catalog {path.name}")
        if not card.name:
            raise ChatGenError(f"{where}: \"name\" is required.")
        if card.baseline not in BASELINES:
            raise ChatGenError(f"{where}: baseline {card.baseline!r} is not one of "
                               f"{', '.join(BASELINES)}.")
        entries.append(CatalogEntry(card, (card.file_name,) if card.file_name else ()))
    return tuple(entries)


def _load_horde(data: Mapping[str, Mapping[str, Any]], path: Path) -> tuple[CatalogEntry, ...]:
    entries = []
    for key, item in data.items():
        baseline = canonical_baseline(str(item.get("baseline", "")))
        if not baseline or item.get("type", "ckpt") != "ckpt":
            continue
        files = tuple(str(f["path"]) for f in _config_files(item) if is_checkpoint_file(f["path"]))
        req = item.get("requirements") or {}
        card = ModelCard(
            name=str(item.get("name") or key),
            baseline=baseline,
            file_name=files[0] if files else "",
            style=_style(item.get("style")),
            description=text_of(item.get("description")),
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
        entries.append(CatalogEntry(card, files))
    return tuple(entries)


def _config_files(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    config = item.get("config")
    files = config.get("files") if isinstance(config, dict) else None
    return [f for f in files or () if isinstance(f, dict) and isinstance(f.get("path"), str)]


def _load_diffusiongpt(data: Sequence[Mapping[str, Any]], path: Path) -> tuple[CatalogEntry, ...]:
    entries = []
    for item in data:
        model_name = text_of(item.get("model_name"))
        baseline = canonical_baseline(text_of(item.get("base_model")))
        if not model_name or not baseline or not text_of(item.get("model_type")).lower().startswith(
                "checkpoint"):
            continue
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
        entries.append(CatalogEntry(card, (model_name,)))
    return tuple(entries)


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
        raise ChatGenError(f"{where}: unknown field(s) {', '.join(unknown)}; the fields are "
                           f"{', '.join(known)}.")
    out = {}
    for name, value in data.items():
        check = _CHECKS.get(str(known[name]))
        out[name] = check(value, f"{where}.{name}") if check else value
    return out


def _expect(ok: Callable[[Any], bool], what: str, convert: Callable[[Any], Any] = lambda v: v):
    def check(value: Any, where: str) -> Any:
        if not ok(value):
            raise ChatGenError(f"{where}: expected {what}, found {value!r}.")
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
    "float | None": _expect(lambda v: v is None or _is_number(v), "a number or null",
                            lambda v: None if v is None else float(v)),
    "tuple[str, ...]": _expect(lambda v: isinstance(v, list) and all(isinstance(s, str) for s in v),
                               "a list of texts", tuple),
}


# --- lenient readers for third-party values ---------------------------------------------------

def text_of(value: Any) -> str:
    """A value as stripped text; anything not a text is ""."""
    return value.strip() if isinstance(value, str) else ""


def strings_kept(value: Any) -> list[str]:
    """Texts of a list, position kept: "None" placeholders and non-texts become ""."""
    items = value if isinstance(value, list) else []
    return [t if t.lower() not in ("none", "null") else "" for t in map(text_of, items)]


def strings_of(value: Any) -> tuple[str, ...]:
    """Distinct non-empty texts of a list (or of one text), in order."""
    items = [value] if isinstance(value, str) else strings_kept(value)
    return tuple(dict.fromkeys(t for t in map(text_of, items) if t and t.lower() != "none"))


def _style(value: Any) -> str:
    style = text_of(value).lower()
    return style if style in STYLES else ("other" if style else "generalist")


def int_of(value: Any) -> int | None:
    """A whole number from a number or numeric text ("2", 2.0), else None."""
    number = float_of(value)
    return int(number) if number is not None and number.is_integer() else None


def float_of(value: Any) -> float | None:
    """A finite number from a number or numeric text, else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
