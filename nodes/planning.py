"""The conversation side: a planner over the user's checkpoints, a request → a plan, the next turn."""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import folder_paths
from comfy_api.latest import io

from ..chatgen_core import ChatGenError, Plan, ReferenceImage, Request, Turn
from ..chatgen_core.encoder import TextEncoder
from ..chatgen_core.history import next_history
from ..chatgen_core.library import Library, build_library
from ..chatgen_core.planner import EmbeddedPlanner
from ..chatgen_core.types import plan_from_dict
from .common import CATEGORY, History, LLMSettingsType, Planner, PlanType, plan_input, show_text, user_errors
from .llm import LLMSettings, live_progress, llm_planner


def _embedded(library: Library, top_k: int, state: Path, llm: LLMSettings | None = None, *,
              encoder: TextEncoder | None = None) -> EmbeddedPlanner:
    return EmbeddedPlanner(library, encoder=encoder, bank_path=state / "modeltokens.safetensors", top_k=top_k)


PLANNERS: dict[str, Callable[..., Any]] = {"embedded": _embedded, "llm": llm_planner}
"""Planner builders by the name the combo shows: (library, top_k, state, llm, *, encoder)."""


@functools.cache
def shared_encoder() -> TextEncoder:
    """The pack's one text encoder. ChatGen Planner runs again whenever a checkpoint is added or a
    widget changes; a new encoder each time would cost seconds of loading for the same frozen weights."""
    return TextEncoder()


def state_dir() -> Path:
    """Where the pack keeps its scan cache and ModelToken bank: ComfyUI's user folder."""
    return Path(folder_paths.get_user_directory()) / "chatgen"


def catalog_paths(text: str) -> list[Path]:
    """The catalog files listed one a line; a relative one is looked up in the user, then the models folder."""
    bases = (Path(folder_paths.get_user_directory()), Path(folder_paths.models_dir))
    paths = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line or line.startswith("#"):
            continue
        given = Path(line).expanduser()
        tried = [given] if given.is_absolute() else [base / given for base in bases]
        found = next((path for path in tried if path.is_file()), None)
        if found is None:
            raise ChatGenError(f"Catalog '{line}' not found (looked for {' and '.join(map(str, tried))}). "
                               "Fix the path in ChatGen Planner's catalogs box, one file a line.")
        paths.append(found)
    return paths


def _catalog_stamps(text: str) -> list[str]:
    try:
        return [f"{path}:{path.stat().st_size}:{path.stat().st_mtime_ns}" for path in catalog_paths(text)]
    except (ChatGenError, OSError):
        return [text]  # execute reports what is wrong with the list


def library_summary(library: Library) -> str:
    lines = [f"{len(library.installed())} checkpoints in the library"]
    lines += [f"skipped: {reason}" for reason in library.skipped]
    return "\n".join(lines)


def reference_images(images: Any) -> tuple[ReferenceImage, ...]:
    """A ComfyUI IMAGE batch ([B, H, W, C] floats in 0..1) as 8-bit RGB references."""
    if images is None:
        return ()
    rgb = images[..., :3] if images.shape[-1] >= 3 else images[..., :1].expand(-1, -1, -1, 3)
    pixels = rgb.mul(255).round().clamp(0, 255).byte().cpu().contiguous()
    return tuple(ReferenceImage(width=int(image.shape[1]), height=int(image.shape[0]),
                                rgb=image.numpy().tobytes()) for image in pixels)


class ChatGenPlanner(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenPlanner",
            display_name="ChatGen Planner",
            category=CATEGORY,
            description="Reads your installed checkpoints (and any catalogs) into a model library and "
                        "builds the planner that turns requests into plans. Re-reads the library "
                        "when the checkpoint list changes.",
            inputs=[
                io.Combo.Input("planner", options=list(PLANNERS), default="embedded",
                               tooltip="Which planner writes the plans. 'embedded' runs offline on "
                                       "the CPU with no language model; 'llm' asks the language "
                                       "model of the connected ChatGen LLM Settings, and the "
                                       "embedded stages repair its answer."),
                io.String.Input("catalogs", multiline=True, default="",
                                placeholder="optional: model catalog JSON files, one a line",
                                tooltip="Extra descriptions of your checkpoints (AI Horde reference, "
                                        "DiffusionGPT data or ChatGen catalogs), one path a line. "
                                        "Relative paths are looked up in ComfyUI's user folder, "
                                        "then its models folder."),
                io.Int.Input("top_k", default=5, min=1, max=20,
                             tooltip="How many candidate models each plan lists, best first."),
                LLMSettingsType.Input("llm", optional=True,
                                      tooltip="For the 'llm' planner: the model from ChatGen LLM Settings."),
            ],
            outputs=[
                Planner.Output("planner_out", display_name="planner",
                               tooltip="The planner: connect it to ChatGen FreeStyle → Prompt."),
            ],
            hidden=[io.Hidden.unique_id],
        )

    @classmethod
    def fingerprint_inputs(cls, catalogs: str = "", **_: Any) -> str:
        # A new or removed checkpoint, or an edited catalog, must re-read the library.
        stamp = [*folder_paths.get_filename_list("checkpoints"), *_catalog_stamps(catalogs)]
        return hashlib.sha256("\n".join(stamp).encode("utf-8")).hexdigest()

    @classmethod
    def execute(cls, planner: str, catalogs: str, top_k: int, llm: LLMSettings | None = None) -> io.NodeOutput:
        state = state_dir()
        with user_errors():
            library = build_library(catalogs=catalog_paths(catalogs),
                                    checkpoint_dirs=folder_paths.get_folder_paths("checkpoints"),
                                    cache_path=state / "scan-cache.json")
            if not library.installed():
                raise ChatGenError("No checkpoints found: put one in ComfyUI's models/checkpoints "
                                   "(or a folder extra_model_paths.yaml lists), then run again.")
            built = PLANNERS[planner](library, top_k, state, llm, encoder=shared_encoder())
        show_text(cls.hidden.unique_id, library_summary(library))
        return io.NodeOutput(built)


class ChatGenFreeStyle(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenFreeStyle",
            display_name="ChatGen FreeStyle → Prompt",
            category=CATEGORY,
            description="Turns a request in your own words into a plan: a professional prompt and "
                        "negative prompt, the best installed checkpoint and sampler settings.",
            inputs=[
                Planner.Input("planner", tooltip="The planner from ChatGen Planner."),
                io.String.Input("request", multiline=True, default="",
                                placeholder="e.g. a cosy cabin in the snow at night, no people",
                                tooltip="What you want to see, in your own words. Say what to leave "
                                        "out ('no text'), the shape ('portrait') or 'quick draft'."),
                io.Int.Input("seed", default=0, min=0, max=0xFFFFFFFFFFFFFFFF,
                             control_after_generate=True,
                             tooltip="Seeds the plan and the sampler. The same request and seed "
                                     "reuse the last plan; a new seed plans again."),
                io.Image.Input("images", optional=True,
                               tooltip="Reference images (a batch). The embedded planner takes the "
                                       "picture's shape from the first one."),
                History.Input("history", optional=True,
                              tooltip="Earlier turns from ChatGen History, to refine an earlier "
                                      "picture ('now at night')."),
            ],
            outputs=[
                PlanType.Output("plan", display_name="plan", tooltip="The whole plan: connect it to the other ChatGen nodes."),
                io.String.Output("positive", display_name="positive",
                                 tooltip="The prompt written for the chosen model."),
                io.String.Output("negative", display_name="negative",
                                 tooltip="The negative prompt, including what you asked to leave out."),
            ],
            hidden=[io.Hidden.unique_id],
        )

    @classmethod
    def execute(cls, planner: Any, request: str, seed: int, images: Any = None,
                history: tuple[Turn, ...] | None = None) -> io.NodeOutput:
        if not request.strip():
            raise ValueError("The request is empty: type what you want to see in the request box "
                             "of ChatGen FreeStyle → Prompt.")
        with user_errors(), live_progress(planner, getattr(cls.hidden, "unique_id", None)):
            plan = planner.plan(Request(request, reference_images(images), tuple(history or ()), seed))
        return io.NodeOutput(plan, plan.positive, plan.negative)


class ChatGenHistory(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenHistory",
            display_name="ChatGen History",
            category=CATEGORY,
            description="Carries a conversation to the next turn: adds this plan to the history and "
                        "passes your next message on, for a second ChatGen FreeStyle → Prompt.",
            inputs=[
                plan_input(),
                io.String.Input("message", multiline=True, default="",
                                placeholder="e.g. now at night, with lanterns",
                                tooltip="Your next message. Link the 'request' output to the next "
                                        "ChatGen FreeStyle → Prompt's request."),
                History.Input("history", optional=True,
                              tooltip="The turns before this plan, from an earlier ChatGen History."),
            ],
            outputs=[
                History.Output("conversation", display_name="history",
                               tooltip="The turns so far, this plan's included: connect it to the "
                                       "next ChatGen FreeStyle → Prompt."),
                io.String.Output("request", display_name="request",
                                 tooltip="Your next message, unchanged."),
            ],
        )

    @classmethod
    def execute(cls, plan: Plan, message: str,
                history: tuple[Turn, ...] | None = None) -> io.NodeOutput:
        return io.NodeOutput(next_history(tuple(history or ()), plan), message)


def conversation(plans: str) -> tuple[Turn, ...]:
    """The history after the plans (a JSON list of `Plan.to_json` objects, oldest first)."""
    try:
        answered = [plan_from_dict(data) for data in json.loads(plans or "[]")]
    except (ValueError, TypeError, KeyError) as error:
        raise ChatGenError(f"ChatGen Conversation's plans are not a JSON list of plans ({error}): "
                           "clear the box or paste Show Plan's 'chatgen_plan' output.") from None
    turns: tuple[Turn, ...] = ()
    for plan in answered:
        turns = next_history(turns, plan)
    return turns


class ChatGenConversation(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenConversation",
            display_name="ChatGen Conversation",
            category=CATEGORY,
            description="A conversation's earlier turns from the plans they produced, as JSON. The "
                        "chat sidebar adds this node to the graph it queues.",
            inputs=[
                io.String.Input("plans", multiline=True, default="[]",
                                tooltip="The earlier plans, oldest first, as the JSON list Show "
                                        "Plan's 'chatgen_plan' output holds."),
            ],
            outputs=[
                History.Output("conversation", display_name="history",
                               tooltip="The turns so far: connect it to ChatGen FreeStyle → "
                                       "Prompt's history."),
            ],
        )

    @classmethod
    def execute(cls, plans: str) -> io.NodeOutput:
        with user_errors():
            return io.NodeOutput(conversation(plans))
