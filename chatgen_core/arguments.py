"""Stage 3, the Arg Configurator: KSampler settings and the image size for the chosen model.

Settings come from the model's card first (what its author asks for), then from its examples
(what its images were made with), then from sound defaults for its baseline. With learned
argument priors the examples are those nearest to this request (ChatGen-Evo's in-context
examples) rather than all of the card's, and their usual size is kept when the request names none. The size keeps the
baseline's native pixel area in the orientation the request asks for, both sides a multiple of 64.
Whatever the sources say, the arguments end inside `bounds`' ranges, with a note when moved.
"""
from __future__ import annotations

import hashlib
import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import samplers
from .bounds import CFG, CLIP_SKIP, SIDE, STEPS, sane_recommended, within_bounds
from .types import CASCADE, FLUX, NATIVE_AREA, SD1, SD2, SD3, SDXL, Arguments, Brief, Example, ModelCard


@dataclass(frozen=True)
class _Defaults:
    steps: int
    cfg: float
    sampler: str
    scheduler: str
    clip_skip: int | None = None


_BY_BASELINE = {
    SD1: _Defaults(25, 7.0, "dpmpp_2m", "karras"),
    SD2: _Defaults(25, 7.0, "dpmpp_2m", "karras"),
    SDXL: _Defaults(30, 6.0, "dpmpp_2m", "karras"),
    SD3: _Defaults(28, 4.5, "dpmpp_2m", "sgm_uniform"),
    CASCADE: _Defaults(20, 4.0, "euler_ancestral", "simple"),
    FLUX: _Defaults(20, 1.0, "euler", "simple"),
}
# Families whose names say they need other settings: distilled models break at ordinary step
# counts, and Pony finetunes were trained with clip skip 2. (pattern, baselines it applies to, defaults)
_BY_KIND = (
    (re.compile(r"schnell"), (FLUX,), _Defaults(4, 1.0, "euler", "simple")),
    (re.compile(r"\blcm\b"), (SD1, SDXL), _Defaults(6, 1.5, "lcm", "sgm_uniform")),
    (re.compile(r"turbo|lightning|hyper"), (SD1, SDXL), _Defaults(6, 2.0, "dpmpp_sde", "karras")),
    (re.compile(r"pony"), (SDXL,), _Defaults(25, 7.0, "euler_ancestral", "normal", clip_skip=2)),
)
DRAFT_FACTOR = 0.5
MIN_DRAFT_STEPS = 4


def configure(brief: Brief, card: ModelCard, seed: int | None, seed_text: str,
              nearest: Sequence[Example] = ()) -> tuple[Arguments, tuple[str, ...]]:
    """KSampler arguments for this brief on this model, with notes on where each came from.

    `nearest` are learned examples of this model nearest to the request; they replace the card's.
    """
    notes = []
    # Cards read from files were checked when read; cards built in code are checked here.
    rec, rec_notes = sane_recommended(card.recommended)
    if rec_notes:
        notes.append(f"{card.name}'s card: " + "; ".join(rec_notes) + ".")
    base = _defaults(card)
    source = "defaults for " + card.baseline
    steps, cfg, sampler, scheduler, clip_skip = base.steps, base.cfg, base.sampler, base.scheduler, base.clip_skip

    examples = [e for e in (nearest or card.examples) if e.steps or e.cfg or e.sampler]
    if examples:
        steps = _median_int([e.steps for e in examples], steps)
        cfg = _median_float([e.cfg for e in examples], cfg)
        mapped = Counter(samplers.to_comfy(e.sampler, e.scheduler) for e in examples if e.sampler)
        mapped.pop(None, None)
        if mapped:
            sampler, scheduler = mapped.most_common(1)[0][0]
        skips = Counter(e.clip_skip for e in examples if CLIP_SKIP.holds(e.clip_skip))
        if skips:
            clip_skip = skips.most_common(1)[0][0]
        source = (f"the {len(examples)} learned example(s) of {card.name} nearest to this request"
                  if nearest else f"{len(examples)} example generation(s) of {card.name}")

    if rec.samplers:
        pair = samplers.to_comfy(rec.samplers[0], rec.schedulers[0] if rec.schedulers else "")
        if pair:
            sampler, scheduler = pair
    elif rec.schedulers:
        scheduler = samplers.to_comfy(sampler, rec.schedulers[0])[1]
    if rec.cfg is not None:
        cfg = rec.cfg
    cfg = _clamp(cfg, rec.min_cfg, rec.max_cfg)
    if rec.min_steps is not None and rec.max_steps is not None and not rec.min_steps <= steps <= rec.max_steps:
        steps = round((rec.min_steps + rec.max_steps) / 2)
    steps = int(_clamp(steps, rec.min_steps, rec.max_steps))
    if rec.clip_skip is not None:
        clip_skip = rec.clip_skip
    if rec != type(rec)():
        source = f"{card.name}'s card" + (f" and {source}" if examples else "")
    notes.append(f"Settings from {source}: {steps} steps, cfg {cfg:g}, {sampler}/{scheduler}.")

    if brief.draft:
        draft_steps = max(MIN_DRAFT_STEPS, rec.min_steps or 1, round(steps * DRAFT_FACTOR))
        if draft_steps < steps:
            notes.append(f"Quick draft: {draft_steps} steps instead of {steps}.")
            steps = draft_steps

    width, height = size_for(card.baseline, brief.aspect, _example_aspect(card.examples))
    usual = _usual_size(nearest) if brief.aspect is None else None
    if usual:
        width, height = usual
        notes.append(f"Size {width}x{height}: the size of most of those nearest examples.")
    elif brief.aspect is not None:
        notes.append(f"Size {width}x{height}: {brief.orientation or 'as asked'}, at "
                     f"{card.baseline}'s native area.")
    if seed is None:
        seed = int.from_bytes(hashlib.sha256(seed_text.encode("utf-8", "surrogatepass")).digest()[:4], "little")
    arguments, bound_notes = within_bounds(Arguments(
        steps=int(steps), cfg=float(cfg), sampler_name=sampler, scheduler=scheduler, width=width,
        height=height, seed=int(seed), clip_skip=clip_skip if clip_skip and clip_skip > 1 else None))
    return arguments, (*notes, *bound_notes)


def size_for(baseline: str, aspect: float | None, fallback_aspect: float | None = None) -> tuple[int, int]:
    """Width and height at the baseline's native area for this aspect, multiples of 64."""
    area = NATIVE_AREA.get(baseline, NATIVE_AREA[SD1])
    ratio = aspect or fallback_aspect or 1.0
    ratio = min(max(ratio, 1 / 3), 3.0)
    width = max(64, round(math.sqrt(area * ratio) / 64) * 64)
    height = max(64, round(math.sqrt(area / ratio) / 64) * 64)
    # Rounding must not flip or flatten the shape that was asked for.
    if ratio > 1.05 and width <= height:
        width = height + 64
    elif ratio < 0.95 and height <= width:
        height = width + 64
    elif 0.95 <= ratio <= 1.05:
        width = height = round(math.sqrt(area) / 64) * 64
    return int(width), int(height)


def _defaults(card: ModelCard) -> _Defaults:
    text = f"{card.name} {card.description}".lower()
    for pattern, baselines, defaults in _BY_KIND:
        if card.baseline in baselines and pattern.search(text):
            return defaults
    return _BY_BASELINE.get(card.baseline, _BY_BASELINE[SD1])


def _usual_size(examples: Sequence[Example]) -> tuple[int, int] | None:
    """The exact size most examples share, when most agree and it is a sane latent size."""
    sizes = Counter((e.width, e.height) for e in examples if SIDE.holds(e.width) and SIDE.holds(e.height))
    if not sizes:
        return None
    size, count = sizes.most_common(1)[0]
    return (int(size[0]) // 8 * 8, int(size[1]) // 8 * 8) if count * 2 > sum(sizes.values()) else None


def _example_aspect(examples: Sequence[Example]) -> float | None:
    """The shape most of the model's examples were made in, when they agree."""
    shapes = Counter(round(e.width / e.height, 2) for e in examples if e.width and e.height)
    if not shapes:
        return None
    shape, count = shapes.most_common(1)[0]
    return shape if count * 2 > sum(shapes.values()) else None


def _median_int(values, fallback: int) -> int:
    values = [v for v in values if STEPS.holds(v)]
    return int(round(statistics.median(values))) if values else fallback


def _median_float(values, fallback: float) -> float:
    values = [v for v in values if CFG.holds(v)]
    return float(statistics.median(values)) if values else fallback


def _clamp(value: float, low: float | None, high: float | None) -> float:
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    return value
