"""LLM planning in ComfyUI: the settings node, the planner it builds, and progress and Cancel.

The API key never sits in a widget (workflows are shared as JSON with their widget values): the
settings name the environment variable that holds it, and the key stored from the chat sidebar
stands in when that variable is unset.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folder_paths
from comfy_api.latest import io

from ..chatgen_core import Cancelled, ChatGenError
from ..chatgen_core.library import Library
from ..chatgen_core.llm.openai_compat import DEFAULT_KEY_ENV
from .common import CATEGORY, LLMSettingsType, show_text

SERVER, LOCAL = "server", "local model"
LLM_FOLDER = "LLM"
"""ComfyUI's folder name for chat models: models/LLM, plus any `LLM:` entries of extra_model_paths.yaml."""
TEXT_EVERY = 0.25
"""Seconds between updates of the streamed text on the node: each one is a websocket message."""


@dataclass(frozen=True)
class LLMSettings:
    backend: str
    base_url: str
    model: str
    api_key_env: str
    structured: bool
    max_tokens: int
    timeout: float
    keep_loaded: bool = False


class ChatGenLLMSettings(io.ComfyNode):
    @classmethod
    def define_schema(cls) -> io.Schema:
        return io.Schema(
            node_id="ChatGenLLMSettings",
            display_name="ChatGen LLM Settings",
            category=CATEGORY,
            description="Which language model writes the plans when ChatGen Planner is set to 'llm': "
                        "an OpenAI-compatible server (vLLM, SGLang, Ollama, LM Studio, llama.cpp, "
                        "transformers serve) or a local chat model folder or GGUF file.",
            inputs=[
                io.Combo.Input("backend", options=[SERVER, LOCAL], default=SERVER,
                               tooltip="'server': an OpenAI-compatible chat-completions server. "
                                       "'local model': a transformers folder or .gguf file run here."),
                io.String.Input("base_url", default="http://127.0.0.1:8000/v1",
                                tooltip="The server's address, usually ending in /v1. Unused for a local model."),
                io.String.Input("model", default="",
                                # Text, not a list: the same box takes a server's model names.
                                tooltip="The server's model name (GET /v1/models lists them), or for a "
                                        "local model its folder or .gguf file; a relative path is "
                                        "looked up in ComfyUI's models/LLM and the LLM folders of "
                                        "extra_model_paths.yaml. A wrong name lists what is there."),
                # Named so that no widget looks like it wants a secret typed in.
                io.String.Input("auth_variable", default=DEFAULT_KEY_ENV,
                                tooltip="The NAME of the environment variable that holds the server's "
                                        "API key (not the key itself). Local servers need none."),
                io.Boolean.Input("structured", default=False,
                                 tooltip="Ask the server for JSON-schema output; a server that refuses "
                                         "is asked again without it."),
                io.Int.Input("max_tokens", default=1024, min=16, max=8192,
                             tooltip="The longest answer the model may write."),
                io.Float.Input("timeout", default=120.0, min=1.0, max=3600.0,
                               tooltip="Seconds to wait for the server before giving up."),
                # Optional, so API-format workflows written before it existed still validate.
                io.Boolean.Input("keep_loaded", default=False, optional=True,
                                 tooltip="For a local model: keep its weights in memory between runs, "
                                         "so the next plan starts at once. ComfyUI still frees them "
                                         "when it needs the memory or you press 'Unload models'. Off: "
                                         "they are released as soon as the plan is written."),
            ],
            outputs=[LLMSettingsType.Output("settings", display_name="llm",
                                            tooltip="Connect to ChatGen Planner's llm input.")],
        )

    @classmethod
    def execute(cls, backend: str, base_url: str, model: str, auth_variable: str, structured: bool,
                max_tokens: int, timeout: float, keep_loaded: bool = False) -> io.NodeOutput:
        return io.NodeOutput(LLMSettings(backend, base_url, model, auth_variable, structured,
                                         max_tokens, timeout, keep_loaded))


def llm_planner(library: Library, top_k: int, state: Path, llm: LLMSettings | None = None, *,
                encoder: Any = None) -> Any:
    """The LLM planner the settings describe; the embedded stages repair its answers."""
    from ..chatgen_core.llm.planner import LLMPlanner

    if llm is None:
        raise ChatGenError("The 'llm' planner needs a ChatGen LLM Settings node connected to "
                           "ChatGen Planner's llm input.")
    if llm.backend == LOCAL:
        from .llm_memory import local_chat_model

        backend: Any = local_chat_model(_local_path(llm.model), llm.keep_loaded)
    else:
        from ..chatgen_core.llm.openai_compat import ChatClient
        from .routes import read_key

        variable = llm.api_key_env or DEFAULT_KEY_ENV
        # The key stored from the chat sidebar stands in only when the named variable is unset.
        environ = None if os.environ.get(variable, "").strip() else {variable: read_key(state)}
        backend = ChatClient(llm.base_url, llm.model, api_key_env=llm.api_key_env, timeout=llm.timeout,
                             environ=environ)
    return LLMPlanner(backend, library, encoder=encoder, bank_path=state / "modeltokens.safetensors",
                      top_k=top_k, structured=llm.structured, max_tokens=llm.max_tokens)


def register_llm_folder() -> None:
    """Registers models/LLM with ComfyUI, beside any `LLM:` folders extra_model_paths.yaml added."""
    folder_paths.add_model_folder_path(LLM_FOLDER, str(Path(folder_paths.models_dir) / LLM_FOLDER))


def _local_path(text: str) -> Path:
    given = Path(text.strip()).expanduser()
    if not text.strip():
        raise ChatGenError("No local model given: set its folder or .gguf file on ChatGen LLM Settings.")
    if given.is_absolute():
        if not given.exists():
            raise ChatGenError(f"No chat model at {given}: check the path on ChatGen LLM Settings.")
        return given
    folders = [Path(folder) for folder in folder_paths.get_folder_paths(LLM_FOLDER)]
    found = next((folder / given for folder in folders if (folder / given).exists()), None)
    if found is None:
        there = sorted({entry.name for folder in folders if folder.is_dir() for entry in folder.iterdir()
                        if entry.is_dir() or entry.suffix.lower() == ".gguf"})
        raise ChatGenError(f"No chat model '{text.strip()}' in {' or '.join(map(str, folders))}: put the "
                           "folder or .gguf file in ComfyUI's models/LLM (or an LLM folder of "
                           "extra_model_paths.yaml), or give an absolute path. "
                           + (f"Found there: {', '.join(there)}." if there else "Those folders are empty."))
    return found


@contextmanager
def live_progress(planner: Any, node_id: str | None) -> Iterator[None]:
    """Per-token progress bar, streamed text on the node, and ComfyUI's Cancel, for an LLM planner."""
    if not hasattr(planner, "on_token"):
        yield
        return
    import comfy.model_management
    import comfy.utils

    bar = comfy.utils.ProgressBar(planner.max_tokens, node_id=node_id)
    pieces: list[str] = []
    shown = [0.0]

    def on_token(piece: str) -> None:
        pieces.append(piece)
        bar.update(1)
        if time.monotonic() - shown[0] >= TEXT_EVERY:
            shown[0] = time.monotonic()
            show_text(node_id, "".join(pieces))

    planner.on_token, planner.cancelled = on_token, comfy.model_management.processing_interrupted
    try:
        yield
    except Cancelled:
        # ComfyUI's own signal, so the run ends as "interrupted" rather than as an error.
        raise comfy.model_management.InterruptProcessingException() from None
    finally:
        planner.on_token = planner.cancelled = None
        if pieces:
            show_text(node_id, "".join(pieces))
