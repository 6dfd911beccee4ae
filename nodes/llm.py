"""LLM planning in ComfyUI: the settings node, the planner it builds, and progress and Cancel.

The API key never sits in a widget (workflows are shared as JSON with their widget values): the
settings name the environment variable that holds it, which must be CHATGEN_API_KEY or
CHATGEN_API_KEY_<SUFFIX>, and the key stored from the chat sidebar is the other one there may be.
Each key goes only to the server it is bound to (chatgen_core/llm/credentials.py), whatever URL a
workflow sets.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folder_paths
from comfy_api.latest import io

from ..chatgen_core import Cancelled, ChatGenError
from ..chatgen_core.library import Library
from ..chatgen_core.llm.credentials import KEY_VARIABLE, Credential, check_variable, environment_credential
from .common import CATEGORY, LLMSettingsType, show_text, user_errors
from .key_store import default_store

SERVER, LOCAL = "server", "local model"
LLM_FOLDER = "LLM"
"""ComfyUI's folder name for chat models: models/LLM, plus any `LLM:` entries of extra_model_paths.yaml."""
TEXT_EVERY = 0.25
"""Seconds between updates of the streamed text on the node: each one is a websocket message."""
SHOWN_CHARS = 1500
"""The streamed text on the node is the answer's tail, so each update stays small however long it grows."""


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
                io.String.Input("auth_variable", default=KEY_VARIABLE,
                                tooltip="The NAME of the environment variable that holds the server's "
                                        "API key (not the key itself): CHATGEN_API_KEY or "
                                        "CHATGEN_API_KEY_<SUFFIX>, no other. That key goes only to the "
                                        "URLs in <NAME>_URL, or without it to servers on this machine; "
                                        "the key stored from the chat sidebar goes only to the server "
                                        "it was stored for. Local servers need none."),
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
        if backend == SERVER:
            with user_errors():
                check_variable(auth_variable or KEY_VARIABLE)
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

        backend = ChatClient(llm.base_url, llm.model, credentials=server_keys(llm.api_key_env or KEY_VARIABLE),
                             timeout=llm.timeout)
    return LLMPlanner(backend, library, encoder=encoder, bank_path=state / "modeltokens.safetensors",
                      top_k=top_k, structured=llm.structured, max_tokens=llm.max_tokens)


def server_keys(variable: str) -> Callable[[], list[Credential]]:
    """The keys there are, read at each request (a key stored after the planner was built counts):
    the named variable's first, as it was set for this ComfyUI, then the one stored from the sidebar."""
    check_variable(variable)
    store = default_store()

    def credentials() -> list[Credential]:
        return [key for key in (environment_credential(variable, os.environ), store.credential()) if key]

    return credentials


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
    answer = _Tail(SHOWN_CHARS)
    shown = [0.0]

    def on_token(piece: str) -> None:
        answer.add(piece)
        bar.update(1)
        if time.monotonic() - shown[0] >= TEXT_EVERY:
            shown[0] = time.monotonic()
            show_text(node_id, answer.shown())

    planner.on_token, planner.cancelled = on_token, comfy.model_management.processing_interrupted
    try:
        yield
    except Cancelled:
        # ComfyUI's own signal, so the run ends as "interrupted" rather than as an error.
        raise comfy.model_management.InterruptProcessingException() from None
    finally:
        planner.on_token = planner.cancelled = None
        if answer.text:
            show_text(node_id, answer.shown())


class _Tail:
    """The last `size` characters of a growing text; "…" starts it once earlier ones were dropped."""

    def __init__(self, size: int):
        self.size, self.text, self.cut = size, "", False

    def add(self, piece: str) -> None:
        joined = self.text + piece[-self.size:]
        self.cut = self.cut or len(joined) > self.size or len(piece) > self.size
        self.text = joined[-self.size:]

    def shown(self) -> str:
        return "…" + self.text[1 - self.size:] if self.cut else self.text
