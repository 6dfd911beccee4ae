"""The plan into ComfyUI's native graph: checkpoint name, sampler settings, conditioning, and a view.

The checkpoint, sampler and scheduler outputs are typed "*" rather than as combos. ComfyUI
checks a combo link by comparing the output's option list, frozen when the pack loads, with the
input's list read at queue time; any checkpoint added later (or a sampler another pack adds)
would then fail the link, and V3 combo inputs (KSamplerSelect) reject list-typed outputs outright.
The values are checked against the live lists at run time instead.
"""
from __future__ import annotations

from typing import Any

import comfy.samplers
import folder_paths
from comfy_api.latest import io, ui

from ..chatgen_core import Arguments, Plan
from ..chatgen_core.bounds import out_of_bounds
from ..chatgen_core.summary import describe
from .common import CATEGORY, plan_input, show_text


def installed_name(file_name: str) -> str:
    """The plan's checkpoint as ComfyUI spells it, or an error saying what to do."""
    wanted = file_name.replace("\\", "/")
    for name in folder_paths.get_filename_list("checkpoints"):
        if name.replace("\\", "/") == wanted:
            return name
    raise ValueError(f"The plan chose '{file_name}', which is not among ComfyUI's checkpoints now. "
                     "Run again so ChatGen Planner re-reads the library.")


def offered(value: str, options: list[str], what: str) -> str:
    if value not in options:
        raise ValueError(f"The plan's {what} '{value}' is not one this ComfyUI's KSampler offers. "
                         "Update ComfyUI, or plan again with another model.")
    return value


def in_range(arguments: Arguments) -> Arguments:
    """The arguments, or an error: ComfyUI does not range-check what is linked into KSampler."""
    problems = out_of_bounds(arguments)
    if problems:
        raise ValueError("The plan's settings are out of range: " + "; ".join(problems) + ". ChatGen "
                         "Planner never makes such a plan: plan again with it, or fix the plan's source.")
    return arguments


def ranking(plan: Plan) -> str:
    return "\n".join(f"{i}. {c.name} [{c.file_name}] {c.score:.3f}"
                     for i, c in enumerate(plan.alternatives, 1))


def encode(clip: Any, text: str) -> Any:
    # As CLIPTextEncode does, so prompt weighting and scheduled conditioning behave the same.
    return clip.encode_from_tokens_scheduled(clip.tokenize(text))


class ChatGenModelTokenSelector(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenModelTokenSelector",
            display_name="ChatGen ModelToken Selector",
            category=CATEGORY,
            description="The checkpoint the plan chose, ready for Load Checkpoint, with the other "
                        "candidates it weighed.",
            inputs=[plan_input()],
            outputs=[
                io.AnyType.Output("ckpt_name", display_name="ckpt_name",
                                  tooltip="The chosen checkpoint's file: link it to Load "
                                          "Checkpoint's ckpt_name."),
                io.String.Output("model_name", display_name="model_name",
                                 tooltip="The chosen model's name."),
                io.String.Output("top_k", display_name="top_k",
                                 tooltip="The candidate models, best first, with their scores."),
            ],
        )

    @classmethod
    def execute(cls, plan: Plan) -> io.NodeOutput:
        return io.NodeOutput(installed_name(plan.model.file_name), plan.model.name, ranking(plan))


class ChatGenArgConfigurator(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenArgConfigurator",
            display_name="ChatGen Arg Configurator",
            category=CATEGORY,
            description="The plan's sampler settings and image size, to link into KSampler and "
                        "Empty Latent Image. A plan with settings out of range is refused, since "
                        "ComfyUI does not check what is linked into them.",
            inputs=[plan_input()],
            outputs=[
                io.Int.Output("seed", display_name="seed", tooltip="KSampler's seed."),
                io.Int.Output("steps", display_name="steps", tooltip="KSampler's steps."),
                io.Float.Output("cfg", display_name="cfg", tooltip="KSampler's cfg."),
                io.AnyType.Output("sampler_name", display_name="sampler_name",
                                  tooltip="KSampler's sampler_name."),
                io.AnyType.Output("scheduler", display_name="scheduler",
                                  tooltip="KSampler's scheduler."),
                io.Int.Output("width", display_name="width", tooltip="Empty Latent Image's width."),
                io.Int.Output("height", display_name="height", tooltip="Empty Latent Image's height."),
                io.Float.Output("denoise", display_name="denoise", tooltip="KSampler's denoise."),
            ],
        )

    @classmethod
    def execute(cls, plan: Plan) -> io.NodeOutput:
        a = in_range(plan.arguments)
        sampler = offered(a.sampler_name, comfy.samplers.KSampler.SAMPLERS, "sampler")
        scheduler = offered(a.scheduler, comfy.samplers.KSampler.SCHEDULERS, "scheduler")
        return io.NodeOutput(a.seed, a.steps, a.cfg, sampler, scheduler, a.width, a.height, a.denoise)


class ChatGenEncode(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenEncode",
            display_name="ChatGen Encode",
            category=CATEGORY,
            description="Encodes the plan's prompt and negative prompt with the checkpoint's CLIP, "
                        "skipping the last CLIP layers when the model asks for clip skip.",
            inputs=[
                io.Clip.Input("clip", tooltip="The CLIP of the checkpoint the plan chose."),
                plan_input(),
            ],
            outputs=[
                io.Conditioning.Output("positive", display_name="positive",
                                       tooltip="The prompt's conditioning, for KSampler's positive."),
                io.Conditioning.Output("negative", display_name="negative",
                                       tooltip="The negative prompt's conditioning, for KSampler's "
                                               "negative."),
            ],
        )

    @classmethod
    def execute(cls, clip: Any, plan: Plan) -> io.NodeOutput:
        if clip is None:
            raise ValueError("The checkpoint has no CLIP text encoder: load one that does, or link "
                             "a CLIP loader's output to ChatGen Encode's clip.")
        skip = in_range(plan.arguments).clip_skip  # CLIPSetLastLayer's range is not checked on a link either
        if skip and skip >= 2:
            clip = clip.clone()  # as CLIPSetLastLayer does: the loader's CLIP stays untouched
            clip.clip_layer(-skip)
        return io.NodeOutput(encode(clip, plan.positive), encode(clip, plan.negative))


class ChatGenShowPlan(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenShowPlan",
            display_name="ChatGen Show Plan",
            category=CATEGORY,
            description="Shows the plan on the node: prompt, negative prompt, model, settings, the "
                        "other candidates and why they were chosen.",
            inputs=[plan_input()],
            outputs=[io.String.Output("text", display_name="text", tooltip="The same text.")],
            hidden=[io.Hidden.unique_id],
            is_output_node=True,
        )

    @classmethod
    def execute(cls, plan: Plan) -> io.NodeOutput:
        text = describe(plan)
        show_text(cls.hidden.unique_id, text)
        # The plan as JSON beside the text: the chat sidebar reads it from the `executed` event.
        return io.NodeOutput(text, ui={**ui.PreviewText(text).as_dict(), "chatgen_plan": (plan.to_json(),)})
