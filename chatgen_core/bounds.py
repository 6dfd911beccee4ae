"""The range each sampler setting must lie in, whoever proposed it: a card, an example, an LLM.

Rule: ComfyUI does not range-check a linked input, so a plan's settings reach KSampler and
Empty Latent Image exactly as planned. Three checks keep them sane, all with these ranges:
what a card or catalog recommends is checked when it is read (`sane_recommended`: a value out of
range is ignored, as if the card were silent on it); every plan's arguments are clamped when the
plan is made (`within_bounds`, with a note for the rationale); and the Arg Configurator node
refuses a plan that is still out of range (`out_of_bounds`), which only a plan made outside the
core can be.

Every range lies inside what ComfyUI 0.3.75's nodes accept (KSampler, EmptyLatentImage,
CLIPSetLastLayer) and is narrower where no model needs more.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from .types import Arguments, Recommended


@dataclass(frozen=True)
class Bound:
    """An inclusive range; `whole` when only integers are allowed."""
    low: int | float
    high: int | float
    whole: bool = False

    def __str__(self) -> str:
        return f"{self.low:g}..{self.high:g}" if self.high < 2**53 else f"{self.low}..{self.high}"

    def holds(self, value: Any) -> bool:
        number = _number(value)
        return (number is not None and self.low <= number <= self.high
                and (not self.whole or isinstance(number, int)))


# KSampler takes 1..10,000; distilled models need 1-8 and no model gains past 150.
STEPS = Bound(1, 150, whole=True)
# KSampler takes 0..100. At 1 ComfyUI skips the negative pass, which is what Flux, turbo, LCM and
# lightning models want; below 1 nothing is gained, and past 30 every model burns the image.
CFG = Bound(1.0, 30.0)
# CLIPSetLastLayer takes -24..-1 (A1111's clip skip 1..24); CLIP-L, SD1's encoder, has 12 layers.
CLIP_SKIP = Bound(1, 12, whole=True)
# EmptyLatentImage takes 16..16,384 in steps of 8. 4096 is four times SDXL's side: past it a
# model draws tiles of repeats, and the latent alone would not fit most GPUs.
SIDE = Bound(64, 4096, whole=True)
SIDE_STEP = 8  # one latent pixel is 8 image pixels
DENOISE = Bound(0.0, 1.0)
SEED = Bound(0, 2**64 - 1, whole=True)  # KSampler's own range

# The fields of Arguments that must be numbers, each with its range and what stands in for a
# value that is no number at all (a NaN, a text), which only a plan made outside the core can hold.
_NUMBERS = (("steps", STEPS, 20), ("cfg", CFG, 7.0), ("width", SIDE, 512), ("height", SIDE, 512),
            ("denoise", DENOISE, 1.0), ("seed", SEED, 0))


def within_bounds(arguments: Arguments) -> tuple[Arguments, tuple[str, ...]]:
    """`arguments` with every setting moved into its range, and a note for each one moved."""
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for name, bound, usual in _NUMBERS:
        value = getattr(arguments, name)
        fixed, problem = _fixed(name, value, bound, usual)
        if problem:
            changes[name] = fixed
            notes.append(f"{problem}; used {fixed}.")
    fixed, problem = _fixed_clip_skip(arguments.clip_skip)
    if fixed != arguments.clip_skip:
        changes["clip_skip"] = fixed
        if problem:
            notes.append(f"{problem}; used {fixed or 'none'}.")
    return (replace(arguments, **changes) if changes else arguments), tuple(notes)


def out_of_bounds(arguments: Arguments) -> tuple[str, ...]:
    """What is out of range in `arguments`, one phrase a setting; () when all is in range."""
    problems = [_fixed(name, getattr(arguments, name), bound, usual)[1]
                for name, bound, usual in _NUMBERS]
    problems.append(_fixed_clip_skip(arguments.clip_skip)[1])
    return tuple(p for p in problems if p)


def sane_recommended(recommended: Recommended) -> tuple[Recommended, tuple[str, ...]]:
    """A card's recommended settings with out-of-range values dropped and swapped ranges put
    right, and a note for each change. A value out of range is no real recommendation (100,000
    steps, cfg -5): the card is taken as silent on it, so the model's usual defaults apply."""
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for name, bound in (("min_steps", STEPS), ("max_steps", STEPS), ("cfg", CFG),
                        ("min_cfg", CFG), ("max_cfg", CFG), ("clip_skip", CLIP_SKIP)):
        value = getattr(recommended, name)
        if value is not None and not bound.holds(value):
            changes[name] = None
            notes.append(f"{name} {_show(value)} is outside {bound}: ignored")
    checked = replace(recommended, **changes)
    for low, high in (("min_steps", "max_steps"), ("min_cfg", "max_cfg")):
        a, b = getattr(checked, low), getattr(checked, high)
        if a is not None and b is not None and a > b:
            changes.update({low: b, high: a})
            notes.append(f"{low} {_show(a)} is above {high} {_show(b)}: swapped")
    return (replace(recommended, **changes) if changes else recommended), tuple(notes)


def _fixed(name: str, value: Any, bound: Bound, usual: int | float) -> tuple[Any, str]:
    """(the value in range, "" when it already was, else what is wrong with it)."""
    number = _number(value)
    if number is None:
        return usual, f"{name} {_show(value)} is not a number"
    if bound is SEED:
        fixed = int(number) % (SEED.high + 1)  # a seed only names a noise: wrapping keeps seeds apart
    else:
        fixed = min(max(number, bound.low), bound.high)
        if bound is SIDE:
            fixed = min(max(round(fixed / SIDE_STEP) * SIDE_STEP, SIDE.low), SIDE.high)
        elif bound.whole:
            fixed = round(fixed)
    if fixed == number and (isinstance(number, int) or not bound.whole):
        return value, ""
    return fixed, f"{name} {_show(value)} is {_wrong(number, bound)}"


def _fixed_clip_skip(value: Any) -> tuple[int | None, str]:
    if value is None:
        return None, ""
    if CLIP_SKIP.holds(value):
        return (value if value > 1 else None), ""  # 1 is "no skip", as None says
    number = _number(value)
    if number is None:
        return None, f"clip_skip {_show(value)} is not a number"
    fixed = None if number < CLIP_SKIP.low else min(round(number), CLIP_SKIP.high)
    return fixed, f"clip_skip {_show(value)} is {_wrong(number, CLIP_SKIP)}"


def _wrong(number: int | float, bound: Bound) -> str:
    if not bound.low <= number <= bound.high:
        return f"outside {bound}"
    if bound is SIDE and isinstance(number, int):
        return f"not a multiple of {SIDE_STEP}"
    return "not a whole number"


def _number(value: Any) -> int | float | None:
    """An int or a finite float; None for anything else (bools, texts, NaN, infinities)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 24 else text[:21] + "..."
