"""The files people keep beside a checkpoint, read into one partial `ModelCard`.

Rule: a sidecar never stops a scan. One that cannot be read, is not UTF-8, or is not what its
name promises is skipped, and the reason goes into the card's `source`.

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

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..types import Example, ModelCard, Recommended
from .catalogs import canonical_baseline, float_of, int_of, strings_of, style_from_tags, text_of

# Priority order: what the owner wrote beats what a helper downloaded.
SIDECAR_SUFFIXES = (".json", ".txt", ".civitai.info", ".metadata.json")
# A Civitai page can hold dozens of images; a few examples tell a model's habits just as well.
MAX_EXAMPLES = 10


def sidecar_names(stem: str) -> tuple[str, ...]:
    """The file names, in priority order, of the sidecars a checkpoint named `stem` may have."""
    return tuple(stem + suffix for suffix in SIDECAR_SUFFIXES)


def read_sidecars(paths: Iterable[Path]) -> ModelCard:
    """The merged partial card of the given sidecar files (pass them in priority order)."""
    return merge_cards([read_sidecar(p) for p in paths])


def read_sidecar(path: Path) -> ModelCard:
    """One sidecar as a partial card; a broken one gives an empty card saying why."""
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return _skipped(name, f"unreadable: {exc.strerror or exc}")
    except UnicodeDecodeError:
        return _skipped(name, "not UTF-8")
    if name.endswith(".txt"):
        return _free_text(text, name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return _skipped(name, f"not valid JSON ({exc.msg}, line {exc.lineno})")
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
    return replace(card, source=f"sidecar {name}")


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


def html_to_text(html: str) -> str:
    """Civitai's HTML descriptions as plain text: tags dropped, blocks on their own lines."""
    if "<" not in html:
        return _tidy(html)
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.parts))


class _TextParser(HTMLParser):
    _BLOCKS = {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "pre", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


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
    images = info.get("images") if isinstance(info.get("images"), list) else []
    examples = [_example(i.get("meta")) for i in images if isinstance(i, dict)]
    return _partial(
        # The version's own "name" is a label like "v8", no name for the model.
        name=text_of(model.get("name")),
        baseline=canonical_baseline(text_of(info.get("baseModel"))),
        style=style_from_tags(tags),
        description=html_to_text(text_of(model.get("description"))
                                 or text_of(info.get("description"))),
        tags=tuple(dict.fromkeys(tags)),
        triggers=strings_of(info.get("trainedWords")),
        examples=tuple(dict.fromkeys(e for e in examples if e))[:MAX_EXAMPLES],
        nsfw=model.get("nsfw") is True,
    )


def _tag_names(value: Any) -> tuple[str, ...]:
    # Civitai lists tags as texts in some answers and as {"name": ...} objects in others.
    items = value if isinstance(value, list) else []
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
    description = "\n\n".join(filter(None, (text_of(data.get("notes")),
                                            html_to_text(text_of(data.get("modelDescription"))))))
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
        description="\n\n".join(filter(None, (text_of(data.get("description")),
                                              text_of(data.get("notes"))))),
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
    for line in filter(None, (line.strip() for line in text.splitlines())):
        label, colon, rest = line.partition(":")
        if colon and _TRIGGER_LABEL.search(label):
            triggers += _split(rest)
        else:
            notes.append(line)
    # A lone short line without a full stop is how people jot trigger words down.
    if not triggers and len(notes) == 1 and len(notes[0]) <= 200 and not notes[0].endswith("."):
        triggers, notes = _split(notes[0]), []
    return _partial(description="\n".join(notes), triggers=tuple(dict.fromkeys(triggers)),
                    source=f"sidecar {name}")
