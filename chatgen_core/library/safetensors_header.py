"""What a .safetensors checkpoint says about itself, read from its header alone.

Rule: read the 8-byte little-endian header length and that many bytes of JSON, nothing more;
tensor data is never read, so a 7 GB checkpoint costs one small read. Pickled checkpoints
(.ckpt, .pt, .pth) are never opened here: unpickling runs arbitrary code. A header is outside
data: one over `MAX_HEADER_BYTES`, nested too deeply, holding numbers of thousands of digits or
tensors without whole-number shapes and offsets is a `HeaderError` (the file is skipped with
the reason), and its texts come out with lone surrogates cleaned and cut to card sizes.

The baseline comes from the tensors first (their names and shapes are what ComfyUI loads, so
they cannot be wrong), then from metadata: `modelspec.architecture` or kohya's
`ss_base_model_version`. Other `modelspec.*` keys (title, description, trigger_phrase, tags,
resolution) and kohya's `ss_output_name`, `ss_training_comment` and `ss_tag_frequency` fill the
card; `modelspec.resolution` becomes an `Example` with only a width and a height.
"""
from __future__ import annotations

import io
import os
import struct
from collections import Counter
from collections.abc import Mapping

from ..errors import ChatGenError
from ..types import CASCADE, FLUX, SD1, SD2, SD3, SDXL, Example, ModelCard
from ..untrusted import UntrustedInputError, load_json
from .catalogs import (
    MAX_DESCRIPTION_CHARS,
    MAX_ITEMS,
    MAX_TEXT_CHARS,
    canonical_baseline,
    style_from_tags,
    text_of,
)

SAFETENSORS_MAX_HEADER_BYTES = 100 * 1024 * 1024
"""The safetensors library refuses a longer header: past it the file is no safetensors file."""
MAX_HEADER_BYTES = 8 * 1024 * 1024
"""What is read. A real checkpoint's header is under 1 MB; kohya's tag frequencies and embedded
thumbnails make a few reach a few MB. Parsing a hostile 8 MB header costs seconds once (the
result is cached); one of 100 MB would cost a minute and gigabytes, so a longer one is skipped."""

Shapes = Mapping[str, tuple[int, ...]]

# Checkpoints prefix the UNet/DiT with this; bare diffusion models do not.
_PREFIXES = ("model.diffusion_model.", "")
_CONTEXT_DIM = {768: SD1, 1024: SD2, 2048: SDXL}
_SDXL_ADM = 2816  # SDXL base's label_emb input; the refiner's (2560) is no text-to-image model
_INT = {int}  # the types a shape's dimensions may have (a bool is no dimension)


class HeaderError(ChatGenError):
    """The file is not a readable safetensors file; the message says why."""


def read_header(path: str | os.PathLike[str]) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """(metadata, {tensor name: shape}) of a safetensors file; raises `HeaderError`."""
    # Unbuffered, so that exactly the header's bytes are read and no read-ahead of tensor data.
    with open(path, "rb", buffering=0) as f:
        size = os.fstat(f.fileno()).st_size
        prefix = f.read(8)
        if len(prefix) < 8:
            raise HeaderError(f"{path}: truncated: {size} bytes is too short for a safetensors "
                              "file; download it again.")
        (length,) = struct.unpack("<Q", prefix)
        if length > SAFETENSORS_MAX_HEADER_BYTES or prefix.startswith(b"PK"):
            raise HeaderError(f"{path}: not a safetensors file{_guess(prefix)}; rename or "
                              "convert it, or move it out of the checkpoints folder.")
        if length > MAX_HEADER_BYTES:
            raise HeaderError(f"{path}: its header is {length:,} bytes; ChatGen reads headers of "
                              f"at most {MAX_HEADER_BYTES:,} (real ones are under 1 MB). Strip its "
                              "metadata, or describe it in a catalog under another file name.")
        if 8 + length > size:
            raise HeaderError(f"{path}: truncated: the header needs {length} bytes, the file "
                              f"has {size - 8}; download it again.")
        raw = _read_exactly(f, length)
    return _parse(raw, size - 8 - length, path)


def _guess(prefix: bytes) -> str:
    if prefix.startswith(b"PK"):
        return " (it is a zip, like a pickled PyTorch checkpoint; use the .ckpt extension)"
    if prefix.lstrip().startswith((b"<", b"{")):
        return " (it is text, perhaps an error page saved in place of the download)"
    return ""


def _read_exactly(f: io.RawIOBase, count: int) -> bytes:
    chunks, left = [], count
    while left:
        chunk = f.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _parse(raw: bytes, data_length: int, path: object) -> tuple[dict[str, str], dict[str, tuple]]:
    try:
        # Only known keys are read below, so no depth walk: a header has thousands of entries.
        header = load_json(raw, "its header", max_depth=None)
    except UntrustedInputError as exc:
        raise HeaderError(f"{path}: not a safetensors file ({exc}); download it again.") from None
    if not isinstance(header, dict):
        raise HeaderError(f"{path}: not a safetensors file (its header is not a JSON object).")
    raw_meta = header.pop("__metadata__", None)
    metadata = ({k: v for k, v in raw_meta.items() if isinstance(v, str)}
                if isinstance(raw_meta, dict) else {})
    shapes, end = {}, 0
    # Only what is used is checked here, by type (a bool is no offset): this loop runs for each of
    # a header's thousands of tensors. `_find` checks the dimensions of the few shapes it reads.
    for name, entry in header.items():
        try:
            shape, stop = entry["shape"], entry["data_offsets"][1]
        except (TypeError, KeyError, IndexError):
            shape = stop = None
        if type(shape) is not list or type(stop) is not int:
            raise HeaderError(f"{path}: corrupt safetensors header (tensor {name[:80]!r} has no "
                              "valid shape and data_offsets); download it again.")
        shapes[name] = tuple(shape)
        end = max(end, stop)
    if end > data_length:
        raise HeaderError(f"{path}: truncated: its tensors need {end} bytes of data, the file "
                          f"has {data_length}; download it again.")
    return metadata, shapes


# --- what the header says -------------------------------------------------------------------

def _find(shapes: Shapes, suffix: str) -> tuple[int, ...] | None:
    """The shape of the tensor with this name (after a known prefix), if its dimensions are ints."""
    for prefix in _PREFIXES:
        shape = shapes.get(prefix + suffix)
        if shape is not None:
            return shape if set(map(type, shape)) <= _INT else None
    return None


def baseline_from_tensors(shapes: Shapes) -> str:
    """The baseline whose architecture these tensors are, or "" when none matches."""
    if _find(shapes, "double_blocks.0.img_attn.norm.key_norm.scale") is not None:
        return FLUX
    if _find(shapes, "joint_blocks.0.context_block.attn.qkv.weight") is not None:
        return SD3
    # Stable Cascade: stage C maps the text embedding, stage B the CLIP pooled one.
    if _find(shapes, "clip_txt_mapper.weight") or _find(shapes, "clip_mapper.weight"):
        return CASCADE
    adm = _find(shapes, "label_emb.0.0.weight")
    if adm and adm[-1] == _SDXL_ADM:
        return SDXL
    context = _find(shapes, "input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight")
    if context and len(context) == 2 and context[1] in _CONTEXT_DIM:
        return _CONTEXT_DIM[context[1]]
    return _scan(shapes)


def _scan(shapes: Shapes) -> str:
    """The slow path for layouts the known keys miss (other prefixes, pruned or quantised)."""
    for key, shape in shapes.items():
        if "double_blocks." in key:
            return FLUX
        if "joint_blocks." in key:
            return SD3
        if key.startswith("conditioner.embedders.1."):
            return SDXL
        if (key.endswith("attn2.to_k.weight") and len(shape) == 2 and type(shape[1]) is int
                and shape[1] in _CONTEXT_DIM):
            return _CONTEXT_DIM[shape[1]]
    return ""


def baseline_from_metadata(metadata: Mapping[str, str]) -> str:
    """The baseline modelspec or kohya metadata names, or ""."""
    for key in ("modelspec.architecture", "ss_base_model_version"):
        baseline = canonical_baseline(metadata.get(key, ""))
        if baseline:
            return baseline
    return SD2 if metadata.get("ss_v2", "").lower() == "true" else ""


def is_inpainting(shapes: Shapes) -> bool:
    """UNet inpainting models take 9 input channels: latent, mask and masked image."""
    first = _find(shapes, "input_blocks.0.0.weight")
    return bool(first and len(first) == 4 and first[1] == 9)


def header_card(metadata: Mapping[str, str], shapes: Shapes) -> ModelCard:
    """A partial card from a header: fields the header is silent on stay empty ("")."""
    from_tensors = baseline_from_tensors(shapes)
    baseline = from_tensors or baseline_from_metadata(metadata)
    how = "tensors" if from_tensors else "metadata" if baseline else ""
    tags = _split(metadata.get("modelspec.tags", "")) + _top_tags(metadata.get("ss_tag_frequency"))
    size = _resolution(metadata.get("modelspec.resolution", ""))
    return ModelCard(
        name=_first(metadata, "modelspec.title", "ss_output_name"),
        baseline=baseline,
        style=style_from_tags(tags),
        description=_first(metadata, "modelspec.description", "modelspec.usage_hint",
                           "ss_training_comment", limit=MAX_DESCRIPTION_CHARS),
        tags=tuple(dict.fromkeys(tags))[:MAX_ITEMS],
        triggers=tuple(_split(metadata.get("modelspec.trigger_phrase", ""))),
        examples=(Example(width=size[0], height=size[1]),) if size else (),
        inpainting=is_inpainting(shapes),
        source=f"header (baseline {baseline} from {how})" if how else "header (baseline unknown)",
    )


def _first(metadata: Mapping[str, str], *keys: str, limit: int = MAX_TEXT_CHARS) -> str:
    for key in keys:
        value = text_of(metadata.get(key), limit)
        if value and value.lower() != "none":
            return value
    return ""


def _split(text: str) -> list[str]:
    """The comma-separated parts of a text, at most MAX_ITEMS of them, each cut to a card's size."""
    parts = text.split(",", MAX_ITEMS)[:MAX_ITEMS]
    return [t for t in map(text_of, parts) if t]


def _top_tags(frequency: str | None, limit: int = 10) -> list[str]:
    """The captions' most frequent tags, from kohya's {dataset: {tag: count}} JSON.

    Nothing when it is no such JSON (nested too deep, huge numbers): tags only enrich a card.
    """
    if not frequency:
        return []
    try:
        datasets = load_json(frequency, "ss_tag_frequency")
    except UntrustedInputError:
        return []
    counts: Counter[str] = Counter()
    for tags in datasets.values() if isinstance(datasets, dict) else ():
        for tag, count in tags.items() if isinstance(tags, dict) else ():
            if isinstance(count, (int, float)) and not isinstance(count, bool):
                counts[text_of(tag, 200)] += count
    return [tag for tag, _ in counts.most_common(limit) if tag]


def _resolution(text: str) -> tuple[int, int] | None:
    parts = text.lower().replace(" ", "").split("x")
    # ASCII digits, five at most: int() raises on "²" and on thousands of digits.
    if len(parts) == 2 and all(p.isascii() and p.isdigit() and len(p) <= 5 and 0 < int(p) <= 16384
                               for p in parts):
        return int(parts[0]), int(parts[1])
    return None
