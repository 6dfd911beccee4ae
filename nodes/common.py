"""What every ChatGen node shares: the socket types between them and how errors reach the user."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from comfy_api.latest import io

from ..chatgen_core import ChatGenError

CATEGORY = "ChatGen"

Planner = io.Custom("CHATGEN_PLANNER")
PlanType = io.Custom("CHATGEN_PLAN")
History = io.Custom("CHATGEN_HISTORY")
LLMSettingsType = io.Custom("CHATGEN_LLM_SETTINGS")


def plan_input() -> io.Input:
    return PlanType.Input("plan", tooltip="The plan from ChatGen FreeStyle → Prompt.")


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a ChatGenError as a plain node error: its message is the whole story.

    Re-raised as ValueError without its chain, so the error names no module of the pack and
    carries no second traceback for a mistake the message already explains.
    """
    try:
        yield
    except ChatGenError as error:
        raise ValueError(str(error)) from None


def show_text(node_id: str | None, text: str) -> None:
    """Text on the node: the stock frontend draws progress text on any node."""
    if node_id is None:
        return
    # Imported here: `server` is the running ComfyUI's, and unit tests have none.
    from server import PromptServer

    PromptServer.instance.send_progress_text(text, node_id)
