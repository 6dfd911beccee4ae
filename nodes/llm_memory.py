"""Local chat models under ComfyUI's model management: released after the plan, or kept until ComfyUI frees memory.

ComfyUI frees memory through the models listed in `comfy.model_management.current_loaded_models`:
before a model loads on a GPU (`free_memory`, from `load_models_gpu`) and when the user presses
"Unload models" (`unload_all_models`). It does so by moving a model's weights to its offload
device, which on a CPU-only machine is the CPU itself: that would free nothing. The patcher here
drops the weights instead (`LocalChatModel.release`), so an eviction frees them on any machine,
and the next answer loads them again.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import comfy.model_management as mm
import torch
from comfy.model_patcher import ModelPatcher

from ..chatgen_core.llm.local import LocalChatModel, open_chat_model
from ..chatgen_core.llm.openai_compat import Completion

log = logging.getLogger(__name__)

RESIDENT: dict[tuple[str, str], LLMPatcher] = {}
"""One patcher per model file and device, shared by every planner that uses that model.

Module state on purpose: ChatGen Planner runs again whenever a checkpoint appears or a widget
changes, and ComfyUI then drops the old planner with its cached output. Kept here, the weights a
user asked to keep loaded survive that, and two planners on one file share one copy and one entry
in ComfyUI's list. An entry whose weights were released holds only a path.
"""


class ChatGenLLM(torch.nn.Module):
    """What ComfyUI's bookkeeping and log see as the model; it never holds the weights."""


class LLMPatcher(ModelPatcher):
    """A local chat model as ComfyUI's model management sees it; unloading it drops the weights."""

    def __init__(self, chat: LocalChatModel, device: torch.device):
        super().__init__(ChatGenLLM(), load_device=device, offload_device=device)
        self.chat = chat

    def model_size(self) -> int:
        # Before the first answer, the files' size on disk stands in so a GPU can make room for them.
        module = self.chat.loaded_module
        return mm.module_size(module) if module is not None else _size_on_disk(self.chat.path)

    def loaded_size(self) -> int:
        module = self.chat.loaded_module
        return mm.module_size(module) if module is not None else 0

    def current_loaded_device(self) -> torch.device:
        return self.load_device

    def partially_load(self, device_to, extra_memory=0, force_patch_weights=False) -> int:
        return 0  # the weights load on the first answer, inside LocalChatModel

    def partially_unload(self, device_to, memory_to_free=0, force_patch_weights=False) -> int:
        # Half a language model answers nothing: free all of it.
        freed = self.loaded_size()
        self.release()
        return freed

    def detach(self, unpatch_all: bool = True) -> Any:
        # ComfyUI detaches with unpatch_all=False when it only re-registers a model (load_models_gpu)
        # or drops a patcher; only a real unload (model_unload) asks for the memory back.
        if unpatch_all:
            self.release()
        return super().detach(unpatch_all)

    def release(self) -> None:
        """Drops the weights now; a message in the log says how much was freed."""
        freed = self.loaded_size()
        self.chat.release()
        if freed:
            _return_to_os()
            log.info("ChatGen: released the chat model %s (%.0f MB)", self.chat.path.name, freed / 2**20)

    def unload(self) -> None:
        """Takes the model off ComfyUI's list and drops its weights."""
        for index, loaded in enumerate(mm.current_loaded_models):
            if loaded.model is self:
                mm.current_loaded_models.pop(index).model_unload()
                return
        self.release()


class ManagedChatModel:
    """A local chat model for the LLM planner, registered with ComfyUI while it answers.

    With `keep_loaded` off the weights are released as soon as the answer is written, so the
    KSampler never runs beside them; with it on they stay for the next plan until ComfyUI frees
    memory or the user presses "Unload models".
    """

    def __init__(self, patcher: LLMPatcher, keep_loaded: bool):
        self.patcher, self.keep_loaded = patcher, keep_loaded
        self.model, self.where = patcher.chat.model, patcher.chat.where
        self.takes_images = patcher.chat.takes_images

    def __repr__(self) -> str:
        return f"ManagedChatModel({self.where!r}, keep_loaded={self.keep_loaded})"

    def complete(self, messages: Sequence[Mapping[str, Any]], **options: Any) -> Completion:
        """`LocalChatModel.complete`, with the model on ComfyUI's list while it answers."""
        # On a GPU this first frees room for the model; everywhere it lists the model for eviction.
        mm.load_models_gpu([self.patcher])
        try:
            return self.patcher.chat.complete(messages, **options)
        finally:
            if not self.keep_loaded:
                self.patcher.unload()


def local_chat_model(path: Path, keep_loaded: bool) -> ManagedChatModel:
    """The chat model at `path` on ComfyUI's device, the loaded copy if there is one."""
    device = mm.get_torch_device()
    key = (str(path.resolve()), str(device))
    if key not in RESIDENT:
        RESIDENT[key] = LLMPatcher(open_chat_model(path, device=device), device)
    return ManagedChatModel(RESIDENT[key], keep_loaded)


def _return_to_os() -> None:
    # glibc keeps freed memory for the process; measured with SmolLM2, trimming hands the OS another
    # ~200 MB (of ~790 MB loaded) that would otherwise stay in ComfyUI's RSS. Elsewhere: a no-op.
    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass


def _size_on_disk(path: Path) -> int:
    files = [path] if path.is_file() else path.glob("*.safetensors")
    return sum(file.stat().st_size for file in files)
