"""A conversation as ChatGen's models see it: each user message, then the plan as the answer.

The answer is written the way ChatGen-Base answers (`Prompt: ...`, `Model: ...`,
`Arguments: {...}`), so a follow-up turn ("now at night") can be read against the earlier
picture by the embedded planner and by an LLM planner alike.
"""
from __future__ import annotations

from .types import Plan, Turn


def answer(plan: Plan) -> str:
    """The plan as the assistant's turn."""
    a = plan.arguments
    arguments = {"sampler_name": a.sampler_name, "scheduler": a.scheduler, "steps": a.steps,
                 "cfg_scale": a.cfg, "width": a.width, "height": a.height}
    return "\n".join([f"Prompt: {plan.positive}", f"Negative prompt: {plan.negative}",
                      f"Model: {plan.model.name}", f"Arguments: {arguments}"])


def next_history(history: tuple[Turn, ...], plan: Plan) -> tuple[Turn, ...]:
    """The turns the next request is planned with: `history`, then the turn `plan` answered."""
    return (*history, Turn("user", plan.request), Turn("assistant", answer(plan)))
