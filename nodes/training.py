"""Learning from the user's own data: train the planner's ModelToken bank and argument priors."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import folder_paths
from comfy_api.latest import io

from ..chatgen_core import ChatGenError
from ..chatgen_core.planner import EmbeddedPlanner
from ..chatgen_core.training.learn import collect_pairs, learn
from .common import CATEGORY, Planner, show_text, user_errors


def _lines(text: str) -> list[Path]:
    return [Path(line.strip()).expanduser() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def _gallery_stamp(gallery: str) -> str:
    folders = _lines(gallery) or [Path(folder_paths.get_output_directory())]
    return "\n".join(f"{p}:{p.stat().st_size}" for folder in folders if folder.is_dir()
                     for p in sorted(folder.rglob("*.png")))


class ChatGenTrainModelTokens(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenTrainModelTokens",
            display_name="ChatGen Train ModelTokens",
            category=CATEGORY,
            description="Teaches the planner which of your checkpoints you use for what: trains its "
                        "model tokens on the pictures you made (ComfyUI or A1111 PNGs), your "
                        "workflows and the library's example prompts, and learns the sampler "
                        "settings you use with each model. Saved beside the library.",
            inputs=[
                Planner.Input("planner", tooltip="The planner from ChatGen Planner (embedded)."),
                io.String.Input("gallery", multiline=True, default="",
                                placeholder="empty: ComfyUI's output folder",
                                tooltip="Folders of PNGs to learn from, one a line. ComfyUI's PNGs "
                                        "carry the graph they were made with; A1111's their "
                                        "parameters. Empty reads ComfyUI's output folder."),
                io.String.Input("workflows", multiline=True, default="",
                                tooltip="Workflow JSON files or folders of them, one a line "
                                        "(optional)."),
                io.String.Input("bench", multiline=True, default="",
                                tooltip="ChatGenBench-format JSONL files, one a line (optional)."),
                io.Boolean.Input("templates", default=False,
                                 tooltip="Also learn from ComfyUI's official workflow templates "
                                         "(needs the comfyui-workflow-templates-json package)."),
                io.Int.Input("epochs", default=20, min=1, max=200,
                             tooltip="Passes over the pairs; 20 is plenty for a few thousand."),
            ],
            outputs=[
                Planner.Output("trained", display_name="planner",
                               tooltip="The same planner, now choosing with the trained bank."),
                io.String.Output("report", display_name="report",
                                 tooltip="How many pairs and models were learned, and the bank version."),
            ],
            hidden=[io.Hidden.unique_id],
        )

    @classmethod
    def fingerprint_inputs(cls, gallery: str = "", **_: Any) -> str:
        # New pictures in the gallery mean something new to learn.
        return hashlib.sha256(_gallery_stamp(gallery).encode("utf-8")).hexdigest()

    @classmethod
    def execute(cls, planner: Any, gallery: str, workflows: str, bench: str, templates: bool,
                epochs: int) -> io.NodeOutput:
        from comfy.utils import ProgressBar  # ComfyUI's own; imported where it is used

        with user_errors():
            if not isinstance(planner, EmbeddedPlanner) or planner.bank_path is None:
                raise ChatGenError("ChatGen Train ModelTokens needs the embedded planner: set "
                                   "ChatGen Planner's planner to 'embedded'.")
            pairs = collect_pairs(planner.library, galleries=_lines(gallery) or
                                  [folder_paths.get_output_directory()], workflows=_lines(workflows),
                                  benches=_lines(bench), templates=templates)
            if not pairs:
                raise ChatGenError("Nothing to learn from: no picture, workflow or example names a "
                                   "checkpoint of your library. Generate a few images first.")
            bar = ProgressBar(epochs, node_id=cls.hidden.unique_id)
            learned = learn(planner.library, planner.encoder, planner.bank_path, pairs, epochs=epochs,
                            progress=lambda done, total: bar.update_absolute(done, total))
        show_text(cls.hidden.unique_id, learned.summary())
        trained = EmbeddedPlanner(planner.library, encoder=planner.encoder,
                                  bank_path=planner.bank_path, top_k=planner.top_k)
        return io.NodeOutput(trained, learned.summary())
