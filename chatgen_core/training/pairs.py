"""Training pairs for the model tokens: (request or prompt → model), each traced to its source.

Sources, all of them things a user already has:

* the library's own example prompts (DiffusionGPT's database, Civitai sidecars' images[].meta);
* a gallery of PNGs: ComfyUI writes the executed graph into text chunks ("prompt" is the API
  graph, "workflow" the UI graph), A1111 and Forge write a "parameters" text;
* ComfyUI workflow files (UI graphs, the official templates among them);
* ChatGenBench-format JSONL (a freestyle input or prompt, the model, the arguments).

A pair keeps the generation settings when the source has them: they become argument priors.
Only pairs whose model is in the library are kept: the bank can only rank what is installed.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..library import Library
from ..library.sidecars import float_of, int_of, text_of
from ..types import Example, ModelCard


@dataclass(frozen=True)
class Pair:
    """One training pair: the text a user wrote, the model it was made with, and where from."""
    text: str
    model: str  # the library card's name
    source: str
    settings: Example = Example()  # sampler, steps, cfg and size, where the source says


# A model as a graph names it: checkpoint loaders (file names), or A1111's "Model:" field.
_LOADERS = {"CheckpointLoaderSimple": "ckpt_name", "CheckpointLoader": "ckpt_name",
            "UNETLoader": "unet_name", "ImageOnlyCheckpointLoader": "ckpt_name"}
_SAMPLERS = ("KSampler", "KSamplerAdvanced", "SamplerCustom", "SamplerCustomAdvanced")
# Text encoders: CLIPTextEncode and its SDXL/SD3/Flux variants, and the newer TextEncode* nodes.
_TEXT_NODES = ("CLIPTextEncode", "TextEncode")


def _is(node: Mapping[str, Any], kinds: tuple[str, ...]) -> bool:
    kind = str(node.get("class_type", ""))
    return kind in _LOADERS if kinds == tuple(_LOADERS) else kind.startswith(kinds)


def _prompt_of(encoder: Mapping[str, Any], value: Any) -> str:
    """The prompt an encoder node holds: its text input, else its longest text widget."""
    inputs = encoder.get("inputs", {})
    for key in ("text", "prompt", "text_g", "clip_l", "t5xxl", "tags"):
        if text_of(value(inputs.get(key))):
            return text_of(value(inputs[key]))
    texts = [w for w in inputs.get("widgets", ()) if isinstance(w, str) and " " in w.strip()]
    return max(texts, key=len, default="").strip()


def library_pairs(library: Library) -> list[Pair]:
    """The example prompts the library's cards carry."""
    return [Pair(e.prompt, card.name, f"{card.source or card.name}: example {i + 1}", e)
            for card in library for i, e in enumerate(card.examples) if e.prompt.strip()]


def api_graph_examples(graph: Mapping[str, Any]) -> list[tuple[str, Example]]:
    """(model file, example) for each KSampler of an API-format graph ({id: {class_type, inputs}})."""
    return [(model, example) for model, example in _graph_examples(graph) if model]


def _graph_examples(graph: Mapping[str, Any]) -> list[tuple[str, Example]]:
    """Like `api_graph_examples`, with "" as the model of a sampler that has no loader upstream."""
    def node(ref: Any) -> Mapping[str, Any] | None:
        # An input linked to another node is [node_id, output_index].
        if isinstance(ref, list) and ref and isinstance(graph.get(str(ref[0])), Mapping):
            return graph[str(ref[0])]
        return None

    def upstream(ref: Any, wanted: tuple[str, ...], depth: int = 8) -> Mapping[str, Any] | None:
        # Follow the main line back through LoRA loaders, guidance, ControlNets and the like:
        # the conditioning or model input first, then any other linked input.
        found = node(ref)
        while found is not None and depth > 0:
            if _is(found, wanted):
                return found
            inputs = found.get("inputs", {})
            linked = sorted((k for k, v in inputs.items() if node(v)),
                            key=lambda k: (k not in ("model", "conditioning", "positive", "samples"), k))
            found, depth = (node(inputs[linked[0]]) if linked else None), depth - 1
        return None

    def value(ref: Any) -> Any:
        linked = node(ref)
        if linked is None:
            return ref
        inputs = linked.get("inputs", {})
        return next((inputs[k] for k in ("value", "text", "string", "int", "float") if k in inputs), None)

    def sampler_inputs(sampler: Mapping[str, Any]) -> dict[str, Any]:
        # The custom samplers spread KSampler's inputs over the nodes feeding them: the guider holds
        # model, conditioning and cfg, the sampler node its name, the sigmas node scheduler and steps.
        inputs = dict(sampler.get("inputs", {}))
        guider = node(inputs.get("guider")) or {}
        parts = [guider.get("inputs", {}), *((node(inputs.get(k)) or {}).get("inputs", {}) for k in ("sampler", "sigmas"))]
        for part in parts:
            for key, value_ in part.items():
                inputs.setdefault(key, value_)
        inputs.setdefault("positive", inputs.get("conditioning"))  # BasicGuider: one conditioning
        return inputs

    found = []
    for sampler in graph.values():
        if not isinstance(sampler, Mapping) or sampler.get("class_type") not in _SAMPLERS:
            continue
        inputs = sampler_inputs(sampler)
        loader = upstream(inputs.get("model"), tuple(_LOADERS))
        encoder = upstream(inputs.get("positive"), _TEXT_NODES)
        if encoder is None:
            continue
        text = _prompt_of(encoder, value)
        latent = upstream(inputs.get("latent_image"), ("Empty",), 1)
        size = latent.get("inputs", {}) if latent else {}
        negative = upstream(inputs.get("negative"), _TEXT_NODES)
        model = text_of(value(loader["inputs"].get(_LOADERS[loader["class_type"]]))) if loader else ""
        found.append((model, Example(
            prompt=text, negative=_prompt_of(negative, value) if negative else "",
            sampler=text_of(value(inputs.get("sampler_name"))),
            scheduler=text_of(value(inputs.get("scheduler"))),
            steps=int_of(value(inputs.get("steps"))), cfg=float_of(value(inputs.get("cfg"))),
            width=int_of(value(size.get("width"))), height=int_of(value(size.get("height"))))))
    return [(model, example) for model, example in found if example.prompt]


def ui_graph_examples(workflow: Mapping[str, Any]) -> list[tuple[str, Example]]:
    """(model file, example) for each KSampler of a UI-format graph, subgraphs included.

    The UI graph is turned into the API shape (widget values by their position) so one reader
    serves both; a sampler inside a subgraph whose loader sits outside it takes the file's only
    loader, when there is exactly one.
    """
    scopes = [workflow, *((workflow.get("definitions") or {}).get("subgraphs") or [])]
    found, loaders = [], []
    for scope in scopes:
        graph = _as_api(scope)
        loaders += [n for n in graph.values() if n["class_type"] in _LOADERS]
        found += _graph_examples(graph)
    files = {text_of(n["inputs"].get(_LOADERS[n["class_type"]])) for n in loaders} - {""}
    only = next(iter(files)) if len(files) == 1 else None
    return [(model or only, e) for model, e in found if model or only]


# widgets_values by position for the nodes the readers need.
_WIDGETS = {"KSampler": ("seed", "control", "steps", "cfg", "sampler_name", "scheduler", "denoise"),
            "KSamplerAdvanced": ("add_noise", "seed", "control", "steps", "cfg", "sampler_name",
                                 "scheduler", "start", "end", "return_noise"),
            "KSamplerSelect": ("sampler_name",), "BasicScheduler": ("scheduler", "steps", "denoise"),
            "Flux2Scheduler": ("steps", "width", "height"), "CFGGuider": ("cfg",),
            "SamplerCustom": ("add_noise", "seed", "control", "cfg"),
            "CLIPTextEncode": ("text",),
            **{t: (field,) for t, field in _LOADERS.items()},
            "PrimitiveStringMultiline": ("value",), "PrimitiveString": ("value",)}


def _as_api(scope: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    links = {}
    for link in scope.get("links") or []:
        if isinstance(link, list) and len(link) >= 4:
            links[link[0]] = [str(link[1]), link[2]]
        elif isinstance(link, Mapping) and "id" in link:
            links[link["id"]] = [str(link.get("origin_id")), link.get("origin_slot", 0)]
    graph = {}
    for n in scope.get("nodes") or []:
        if not isinstance(n, Mapping):
            continue
        kind = str(n.get("type", ""))
        widgets = n.get("widgets_values")
        inputs: dict[str, Any] = {}
        if isinstance(widgets, list):
            # Empty*Latent* nodes of images and videos (SD3, Flux, Hunyuan, ...) start with width
            # and height; audio latents start with seconds.
            names = _WIDGETS.get(kind) or (("width", "height") if kind.startswith("Empty") and "Latent" in kind
                                           and "Audio" not in kind else ())
            inputs.update(zip(names, widgets, strict=False))
            inputs["widgets"] = widgets
        elif isinstance(widgets, Mapping):
            inputs.update(widgets)
        for socket in n.get("inputs") or []:
            if isinstance(socket, Mapping) and socket.get("link") in links:
                inputs[str(socket.get("name"))] = links[socket["link"]]
        graph[str(n.get("id"))] = {"class_type": kind, "inputs": inputs}
    return graph


_A1111_FIELD = re.compile(r"\s*([A-Za-z][A-Za-z0-9 ]*):\s*(\"[^\"]*\"|[^,]*)(?:,|$)")


def a1111_example(parameters: str) -> tuple[str, Example] | None:
    """(model name, example) from an A1111/Forge "parameters" text, or None without a model."""
    lines = parameters.strip().split("\n")
    settings_line = lines.pop() if lines and re.match(r"\s*Steps:", lines[-1]) else ""
    prompt, negative, into_negative = [], [], False
    for line in lines:
        if line.startswith("Negative prompt:"):
            into_negative, line = True, line[len("Negative prompt:"):]
        (negative if into_negative else prompt).append(line.strip())
    fields = {k.strip().lower(): v.strip().strip('"') for k, v in _A1111_FIELD.findall(settings_line)}
    size = re.match(r"(\d+)x(\d+)", fields.get("size", ""))
    example = Example(prompt=" ".join(prompt).strip(), negative=" ".join(negative).strip(),
                      sampler=fields.get("sampler", ""), scheduler=fields.get("schedule type", ""),
                      steps=int_of(fields.get("steps")), cfg=float_of(fields.get("cfg scale")),
                      width=int(size.group(1)) if size else None,
                      height=int(size.group(2)) if size else None,
                      clip_skip=int_of(fields.get("clip skip")))
    model = fields.get("model", "")
    return (model, example) if model and example.prompt else None


def png_examples(path: str | Path) -> list[tuple[str, Example]]:
    """What a PNG's text chunks say it was made with: ComfyUI's API graph first, then its UI graph, then A1111's."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            chunks = dict(getattr(image, "text", None) or image.info)
    except (OSError, ValueError):
        return []
    for key, reader in (("prompt", api_graph_examples), ("workflow", ui_graph_examples)):
        graph = _json(chunks.get(key))
        if isinstance(graph, Mapping) and (found := reader(graph)):
            return found
    if isinstance(chunks.get("parameters"), str):
        found = a1111_example(chunks["parameters"])
        return [found] if found else []
    return []


def gallery_pairs(folder: str | Path, library: Library) -> list[Pair]:
    """Pairs from every PNG under `folder` whose model is in the library."""
    folder = Path(folder)
    return [pair for path in sorted(folder.rglob("*.png"))
            for pair in _known(library, png_examples(path), str(path.relative_to(folder)))]


def workflow_pairs(paths: Iterable[str | Path], library: Library) -> list[Pair]:
    """Pairs from ComfyUI workflow JSON files (UI graphs, as the official templates are)."""
    pairs = []
    for path in paths:
        graph = _json(Path(path).read_text(encoding="utf-8", errors="replace"))
        if isinstance(graph, Mapping):
            pairs += _known(library, ui_graph_examples(graph), Path(path).name)
    return pairs


def bench_pairs(path: str | Path, library: Library) -> list[Pair]:
    """Pairs from ChatGenBench-format JSONL: freestyle input (or prompt), model and arguments."""
    pairs = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        item = _json(line)
        if not isinstance(item, Mapping):
            continue
        given = item.get("input") if isinstance(item.get("input"), Mapping) else {}
        text = text_of(item.get("freestyle_input") or given.get("text") or item.get("text")
                       or item.get("prompt"))
        models = (item.get("expect") or {}).get("models") or [item.get("model")]
        card = find_card(library, text_of(models[0])) if models and models[0] else None
        if not text or card is None:
            continue
        args = item.get("arguments") or {}
        settings = Example(prompt=text_of(item.get("prompt")) or text, sampler=text_of(args.get("sampler")),
                           steps=int_of(args.get("steps")),
                           cfg=float_of(args.get("cfg_scale", args.get("cfg"))),
                           width=int_of(args.get("width")), height=int_of(args.get("height")))
        pairs.append(Pair(text, card.name, f"{Path(path).name}:{number}", settings))
    return pairs


def dedupe(pairs: Iterable[Pair]) -> list[Pair]:
    """One pair per (text, model), any case and spacing; the first source is kept and the others named."""
    kept: dict[tuple[str, str], Pair] = {}
    for pair in pairs:
        key = (" ".join(pair.text.lower().split()), pair.model)
        if key in kept:
            first = kept[key]
            if pair.source not in first.source:
                kept[key] = replace(first, source=f"{first.source}; {pair.source}")
        else:
            kept[key] = pair
    return list(kept.values())


def find_card(library: Library, model: str) -> ModelCard | None:
    """The card a graph's or A1111's model name means: as written, else its bare file stem."""
    base = model.replace("\\", "/").rsplit("/", 1)[-1]
    return library.get(model) or library.get(base) or library.get(base.rsplit(".", 1)[0])


def _known(library: Library, found: list[tuple[str, Example]], source: str) -> Iterator[Pair]:
    for i, (model, example) in enumerate(found):
        card = find_card(library, model)
        if card is not None:
            yield Pair(example.prompt, card.name, source + (f"#{i + 1}" if len(found) > 1 else ""), example)


def _json(text: Any) -> Any:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
