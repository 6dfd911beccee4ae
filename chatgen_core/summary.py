"""A plan as text for people, shared by the command line and the Show Plan node."""
from __future__ import annotations

from .types import Plan


def describe(plan: Plan) -> str:
    """A plan as text for people: prompt, model, settings, alternatives and why."""
    a = plan.arguments
    lines = [f"Prompt:   {plan.positive}", f"Negative: {plan.negative}",
             f"Model:    {plan.model.name} [{plan.model.file_name}] ({plan.model.baseline})",
             f"Settings: {a.width}x{a.height}, {a.steps} steps, cfg {a.cfg:g}, {a.sampler_name}/"
             f"{a.scheduler}, seed {a.seed}" + (f", clip skip {a.clip_skip}" if a.clip_skip else ""),
             "Also:     " + ", ".join(f"{c.name} ({c.score:.2f})" for c in plan.alternatives[1:]),
             "Why:"]
    lines += [f"  - {note}" for note in plan.rationale]
    return "\n".join(lines)
