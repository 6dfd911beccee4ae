"""The files people keep beside a checkpoint, read into one partial `ModelCard`.

Rule: a sidecar never stops a scan. One that cannot be read, is larger than `MAX_SIDECAR_BYTES`,
is not UTF-8, is hostile JSON (nested too deep, numbers of thousands of digits) or is not what
its name promises is skipped, and the reason goes into the card's `source`. Descriptions are cut
to `catalogs.MAX_DESCRIPTION_CHARS` before their HTML is stripped, in one linear pass; lone
surrogates are cleaned as the JSON is read; recommended settings out of range are dropped.

For a checkpoint `<stem>.safetensors` (or .ckpt ...) these are read, the owner's own notes first:

* `<stem>.json`, A1111's user metadata: description, "sd version", "activation text" (the
  triggers), "negative text", notes, and preferred settings when present (steps, cfg scale,
  sampler, scheduler, clip skip, width, height; at the top level or under "preferred settings").
* `<stem>.txt`, free text: "Trigger words: a, b" lines, or a single comma list, are triggers;
  every other line is description.
* `<stem>.civitai.info`, Civitai Helper's copy of the Civitai model version: name, baseModel,
  trainedWords, description (HTML), model.name/type/tags/nsfw, and images[].meta as examples.
* `<stem>.metadata.json`, as ComfyUI-Lora-Manager and similar helpers write it: model_name,
  base_model, tags, modelDescription, notes, and the Civitai version under "civitai".

In a partial card, name, baseline and style are "" where the sidecars are silent.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from ..types import Example, ModelCard, Recommended
from ..untrusted import UntrustedInputError, clean_text, load_json, read_capped
from .catalogs import (
    MAX_DESCRIPTION_CHARS,
    MAX_ITEMS,
    canonical_baseline,
    checked_recommended,
    float_of,
    int_of,
    strings_of,
    style_from_tags,
    text_of,
)

# Priority order: what the owner wrote beats what a helper downloaded.
SIDECAR_SUFFIXES = (".json", ".txt", ".civitai.info", ".metadata.json")
# A Civitai page can hold dozens of images; a few examples tell a model's habits just as well.
MAX_EXAMPLES = 10
MAX_SIDECAR_BYTES = 2 * 1024 * 1024
"""A Civitai version with a hundred images' settings is about 0.2 MB; past 2 MB a sidecar is no
description of one model, and parsing it would cost more than the whole scan."""


def sidecar_names(stem: str) -> tuple[str, ...]:
    """The file names, in priority order, of the sidecars a checkpoint named `stem` may have."""
    return tuple(stem + suffix for suffix in SIDECAR_SUFFIXES)


def read_sidecars(paths: Iterable[Path]) -> ModelCard:
    """The merged partial card of the given sidecar files (pass them in priority order)."""
    return merge_cards([read_sidecar(p) for p in paths])


def read_sidecar(path: Path) -> ModelCard:
    """One sidecar as a partial card; a broken one gives an empty card saying why."""
    try:
        return _read(path)
    # A sidecar is outside data: an error no check foresaw must cost this sidecar, not the
    # checkpoint or the scan. Exception on purpose (BaseException would swallow Ctrl-C).
    except Exception as exc:  # noqa: BLE001
        return _skipped(path.name, f"unreadable ({type(exc).__name__}: {clean_text(str(exc))[:200]})")


def _read(path: Path) -> ModelCard:
    name = path.name
    try:
        raw = read_capped(path, MAX_SIDECAR_BYTES, "sidecar")
    except OSError as exc:
        return _skipped(name, f"unreadable: {exc.strerror or exc}")
    except UntrustedInputError as exc:
        return _skipped(name, str(exc))
    if name.endswith(".txt"):
        try:
            return _free_text(raw.decode("utf-8-sig"), name)
        except UnicodeDecodeError:
            return _skipped(name, "not UTF-8")
    try:
        data = load_json(raw, "it")
    except UntrustedInputError as exc:
        return _skipped(name, str(exc))
    if not isinstance(data, dict):
        return _skipped(name, "not a JSON object")
    if name.endswith(".civitai.info"):
        card = _civitai_version(data)
    elif name.endswith(".metadata.json"):
        card = _metadata_json(data)
    elif _A1111_KEYS & set(data):
        card = _a1111(data)
    else:
        return _skipped(name, "not A1111 user metadata")
    return checked_recommended(replace(card, source=f"sidecar {name}"))


def merge_cards(cards: Sequence[ModelCard]) -> ModelCard:
    """One card from several descriptions of one model, the most trusted first.

    Texts take the first non-empty value; tags, triggers and examples are pooled without
    repeats; each recommended setting comes from the first card that has it; nsfw and
    inpainting hold if any card says so; sources are joined.
    """
    def first(attr: str) -> str:
        return next((getattr(c, attr) for c in cards if getattr(c, attr)), "")

    def pooled(attr: str) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for card in cards:
            for item in getattr(card, attr):
                seen.setdefault(item.lower(), item)
        return tuple(seen.values())

    settings = {}
    for f in fields(Recommended):
        values = (getattr(c.recommended, f.name) for c in cards)
        settings[f.name] = next((v for v in values if v not in (None, ())), f.default)
    return ModelCard(
        name=first("name"), baseline=first("baseline"), file_name=first("file_name"),
        style=first("style"), description=first("description"),
        tags=pooled("tags"), triggers=pooled("triggers"),
        examples=tuple(dict.fromkeys(e for c in cards for e in c.examples)),
        recommended=Recommended(**settings),
        nsfw=any(c.nsfw for c in cards), inpainting=any(c.inpainting for c in cards),
        source="; ".join(c.source for c in cards if c.source))


_BLOCKS = frozenset({"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "hr"})
_TAG_NAME = re.compile(r"/?([a-zA-Z][a-zA-Z0-9]*)")


def html_to_text(markup: str) -> str:
    """Civitai's HTML descriptions as plain text: tags dropped, blocks on their own lines.

    One pass of `str.find`, so the time is linear in the input whatever it holds; html.parser
    is quadratic on runs of unclosed tags and raises AssertionError on some malformed markup.
    The input is cut to MAX_DESCRIPTION_CHARS first.
    """
    text = markup[:MAX_DESCRIPTION_CHARS]
    parts: list[str] = []
    pos = 0
    while (start := text.find("<", pos)) >= 0:
        parts.append(text[pos:start])
        after = text[start + 1:start + 2]
        if not after or not (after.isascii() and after.isalpha() or after in "/!?"):
            parts.append("<")  # "a < b" is text, as a browser reads it
            pos = start + 1
            continue
        close = "-->" if text.startswith("<!--", start) else ">"
        end = text.find(close, start + 1)
        if end < 0:
            pos = len(text)  # an unclosed tag swallows the rest, as a browser reads it
            break
        name = _TAG_NAME.match(text, start + 1, end)
        if name and name[1].lower() in _BLOCKS:
            parts.append("\n")
        pos = end + len(close)
    parts.append(text[pos:])
    # Entities after the tags are gone, so "&lt;b&gt;" stays text; &#xD800; becomes U+FFFD.
    return _tidy(clean_text(html.unescape("".join(parts))))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# --- the four kinds ---------------------------------------------------------------------------

def _partial(**values: Any) -> ModelCard:
    return ModelCard(**{"name": "", "baseline": "", "style": "", **values})


def _skipped(name: str, reason: str) -> ModelCard:
    return _partial(source=f"sidecar {name} skipped: {reason}")


def _civitai_version(info: Mapping[str, Any]) -> ModelCard:
    """A Civitai model version, as the API returns it and helpers save it."""
    model = info.get("model") if isinstance(info.get("model"), dict) else {}
    tags = _tag_names(model.get("tags")) + _tag_names(info.get("tags"))
    images = info.get("images")[:MAX_ITEMS] if isinstance(info.get("images"), list) else []
    examples = [_example(i.get("meta")) for i in images if isinstance(i, dict)]
    return _partial(
        # The version's own "name" is a label like "v8", no name for the model.
        name=text_of(model.get("name")),
        baseline=canonical_baseline(text_of(info.get("baseModel"))),
        style=style_from_tags(tags),
        description=html_to_text(text_of(model.get("description"), MAX_DESCRIPTION_CHARS)
                                 or text_of(info.get("description"), MAX_DESCRIPTION_CHARS)),
        tags=tuple(dict.fromkeys(tags)),
        triggers=strings_of(info.get("trainedWords")),
        examples=tuple(dict.fromkeys(e for e in examples if e))[:MAX_EXAMPLES],
        nsfw=model.get("nsfw") is True,
    )


def _tag_names(value: Any) -> tuple[str, ...]:
    # Civitai lists tags as texts in some answers and as {"name": ...} objects in others.
    items = value[:MAX_ITEMS] if isinstance(value, list) else []
    return strings_of([t.get("name") if isinstance(t, dict) else t for t in items])


def _example(meta: Any) -> Example | None:
    if not isinstance(meta, dict) or not text_of(meta.get("prompt")):
        return None
    size = _size(meta.get("Size"))
    return Example(
        prompt=text_of(meta.get("prompt")),
        negative=text_of(meta.get("negativePrompt")),
        sampler=text_of(meta.get("sampler")),
        scheduler=text_of(meta.get("Schedule type")) or text_of(meta.get("scheduler")),
        steps=int_of(meta.get("steps")),
        cfg=float_of(meta.get("cfgScale")),
        width=size[0] if size else None,
        height=size[1] if size else None,
        clip_skip=int_of(meta.get("Clip skip", meta.get("clipSkip"))),
    )


def _size(value: Any) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[x×]\s*(\d{2,5})\s*", text_of(value))
    return (int(match[1]), int(match[2])) if match else None


def _metadata_json(data: Mapping[str, Any]) -> ModelCard:
    civitai = data.get("civitai")
    tags = strings_of(data.get("tags"))
    description = "\n\n".join(filter(None, (
        text_of(data.get("notes"), MAX_DESCRIPTION_CHARS),
        html_to_text(text_of(data.get("modelDescription"), MAX_DESCRIPTION_CHARS)))))
    own = _partial(name=text_of(data.get("model_name")),
                   baseline=canonical_baseline(text_of(data.get("base_model"))),
                   style=style_from_tags(tags), description=description, tags=tags,
                   triggers=strings_of(data.get("trainedWords")))
    return merge_cards([own, _civitai_version(civitai)] if isinstance(civitai, dict) else [own])


_A1111_KEYS = {"description", "sd version", "activation text", "negative text", "notes",
               "preferred weight"}
_SETTING_ALIASES = {"steps": "steps", "cfg": "cfg", "cfgscale": "cfg", "sampler": "sampler",
                    "samplername": "sampler", "scheduler": "scheduler", "scheduletype":
                    "scheduler", "clipskip": "clip_skip", "width": "width", "height": "height"}


def _a1111(data: Mapping[str, Any]) -> ModelCard:
    settings = _settings(data)
    nested = data.get("preferred settings")
    if isinstance(nested, dict):
        settings.update(_settings(nested))
    activation = text_of(data.get("activation text"))
    negative = text_of(data.get("negative text"))
    width, height = int_of(settings.get("width")), int_of(settings.get("height"))
    steps = int_of(settings.get("steps"))
    sampler, scheduler = text_of(settings.get("sampler")), text_of(settings.get("scheduler"))
    example = (Example(prompt=activation, negative=negative, width=width, height=height)
               if negative or width or height else None)
    return _partial(
        baseline=canonical_baseline(text_of(data.get("sd version"))),
        description="\n\n".join(filter(None, (text_of(data.get("description"), MAX_DESCRIPTION_CHARS),
                                              text_of(data.get("notes"), MAX_DESCRIPTION_CHARS)))),
        triggers=strings_of(_split(activation)),
        examples=(example,) if example else (),
        recommended=Recommended(
            min_steps=steps, max_steps=steps, cfg=float_of(settings.get("cfg")),
            samplers=(sampler,) if sampler else (), schedulers=(scheduler,) if scheduler else (),
            clip_skip=int_of(settings.get("clip_skip"))),
    )


def _settings(data: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        alias = _SETTING_ALIASES.get(re.sub(r"[^a-z]", "", str(key).lower()))
        if alias and value not in (None, ""):
            out[alias] = value
    return out


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


_TRIGGER_LABEL = re.compile(r"trigger|activation|trained words|keywords", re.IGNORECASE)


def _free_text(text: str, name: str) -> ModelCard:
    triggers: list[str] = []
    notes: list[str] = []
    for line in filter(None, (line.strip() for line in text[:MAX_DESCRIPTION_CHARS].splitlines())):
        label, colon, rest = line.partition(":")
        if colon and _TRIGGER_LABEL.search(label):
            triggers += _split(rest)
        else:
            notes.append(line)
    # A lone short line without a full stop is how people jot trigger words down.
    if not triggers and len(notes) == 1 and len(notes[0]) <= 200 and not notes[0].endswith("."):
        triggers, notes = _split(notes[0]), []
    return _partial(description="\n".join(notes), triggers=tuple(dict.fromkeys(triggers))[:MAX_ITEMS],
                    source=f"sidecar {name}")
