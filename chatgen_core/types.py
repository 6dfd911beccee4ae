"""The values that flow through the pipeline: request → brief → model → arguments → plan.

Everything here is a frozen dataclass of plain Python values, so a plan can be written to JSON,
read back, compared, and handed between ComfyUI nodes without surprises.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

# Canonical baseline names. Library loaders map their own spellings onto these.
SD1, SD2, SDXL, SD3, CASCADE, FLUX = "sd1", "sd2", "sdxl", "sd3", "cascade", "flux"
BASELINES = (SD1, SD2, SDXL, SD3, CASCADE, FLUX)

# Pixel area each baseline was trained at; sizes are planned around it.
NATIVE_AREA = {SD1: 512 * 512, SD2: 768 * 768, SDXL: 1024 * 1024, SD3: 1024 * 1024,
               CASCADE: 1024 * 1024, FLUX: 1024 * 1024}


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""
    role: str  # "user" or "assistant"
    content: str


@dataclass(frozen=True)
class ReferenceImage:
    """A reference image as 8-bit RGB bytes, row-major; kept free of PIL and torch."""
    width: int
    height: int
    rgb: bytes = field(repr=False)


@dataclass(frozen=True)
class Request:
    """What the user asked for: freestyle text, optional reference images and earlier turns."""
    text: str
    images: tuple[ReferenceImage, ...] = ()
    history: tuple[Turn, ...] = ()
    seed: int | None = None


@dataclass(frozen=True)
class Example:
    """One example generation from a model's documentation (prompt and, where known, settings)."""
    prompt: str = ""
    negative: str = ""
    sampler: str = ""  # as written by the source: "DPM++ 2M Karras", "k_euler_a", "dpmpp_2m", ...
    scheduler: str = ""
    steps: int | None = None
    cfg: float | None = None
    width: int | None = None
    height: int | None = None
    clip_skip: int | None = None


@dataclass(frozen=True)
class Recommended:
    """Settings a model's card asks for. Empty fields mean the card is silent."""
    min_steps: int | None = None
    max_steps: int | None = None
    cfg: float | None = None
    min_cfg: float | None = None
    max_cfg: float | None = None
    samplers: tuple[str, ...] = ()  # source spellings; mapped to ComfyUI names in stage 3
    schedulers: tuple[str, ...] = ()
    clip_skip: int | None = None


@dataclass(frozen=True)
class ModelCard:
    """What the pack knows about one checkpoint, from whichever library described it."""
    name: str
    baseline: str
    file_name: str = ""  # the ckpt_name CheckpointLoaderSimple takes; "" when not on disk
    style: str = "generalist"  # anime, realistic, artistic, generalist, furry, other
    description: str = ""
    tags: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    recommended: Recommended = Recommended()
    nsfw: bool = False
    inpainting: bool = False
    source: str = ""  # where this card was read from, for rationales and debugging

    def content_hash(self) -> str:
        """A stable hash of everything that shapes the model's token."""
        import hashlib
        payload = json.dumps(to_dict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Brief:
    """Stage 1's reading of a request, before any model is chosen.

    `subject` holds the content phrases in the user's order, filler and negations removed;
    `exclusions` what the user does not want; `styles` style cues ("anime", "pixel art");
    `framing` shot cues ("waist up", "full body"); `aspect` the width/height ratio asked for.
    """
    text: str
    subject: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()
    aspect: float | None = None
    orientation: str | None = None  # portrait, landscape, square
    draft: bool = False
    sfw: bool = False
    language: str = "en"
    notes: tuple[str, ...] = ()  # what stage 1 decided, for the rationale


@dataclass(frozen=True)
class Candidate:
    """A model the selector considered, with its score: model-token similarity plus metadata priors."""
    name: str
    file_name: str
    score: float


@dataclass(frozen=True)
class ChosenModel:
    name: str
    file_name: str
    baseline: str


@dataclass(frozen=True)
class Arguments:
    """Sampler settings in ComfyUI's own names (KSampler's inputs, EmptyLatentImage's size)."""
    steps: int
    cfg: float
    sampler_name: str
    scheduler: str
    width: int
    height: int
    seed: int
    denoise: float = 1.0
    clip_skip: int | None = None  # A1111 convention: 2 means CLIPSetLastLayer(-2)


@dataclass(frozen=True)
class Plan:
    """Everything needed to render the request with ComfyUI's native graph, and why."""
    request: str
    positive: str
    negative: str
    model: ChosenModel
    arguments: Arguments
    alternatives: tuple[Candidate, ...] = ()
    rationale: tuple[str, ...] = ()
    planner: str = "embedded"

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(to_dict(self), ensure_ascii=False, **kwargs)

    @classmethod
    def from_json(cls, text: str) -> Plan:
        return plan_from_dict(json.loads(text))


def to_dict(value: Any) -> Any:
    """A dataclass as nested dicts and lists (tuples become lists, bytes are dropped)."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_dict(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not isinstance(getattr(value, f.name), bytes)}
    if isinstance(value, (list, tuple)):
        return [to_dict(v) for v in value]
    return value


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """The inverse of `to_dict` for a plan."""
    return Plan(
        request=data["request"],
        positive=data["positive"],
        negative=data["negative"],
        model=ChosenModel(**data["model"]),
        arguments=Arguments(**data["arguments"]),
        alternatives=tuple(Candidate(**c) for c in data.get("alternatives", ())),
        rationale=tuple(data.get("rationale", ())),
        planner=data.get("planner", "embedded"),
    )
