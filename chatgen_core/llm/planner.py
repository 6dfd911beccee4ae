"""The LLM planner: ChatGen's system prompt and the request to a chat model, its answer to a plan.

The model sees what ChatGen-Base was trained on: SYS_SINGLEMODAL + request as one user turn (or
SYS_MULTIMODAL with the reference images), earlier turns of the conversation before it. Models
other than ChatGen's do not know its answer format or the user's checkpoints, so they also get a
system message that shows the format, names the installed models that fit the request best and
gives one answer built from those models' documented examples (few-shot).
"""
from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from ..encoder import TextEncoder
from ..errors import Cancelled, ChatGenError
from ..library import Library
from ..planner import EmbeddedPlanner
from ..types import Plan, ReferenceImage, Request
from .answer import parse_answer
from .openai_compat import Completion
from .prompts import SYS_MULTIMODAL, SYS_SINGLEMODAL
from .repair import Selection, plan_from_answer, select_for

PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "prompt": {"type": "string"},
        "negative_prompt": {"type": "string"},
        "model": {"type": "string"},
        "arguments": {"type": "object", "properties": {
            "sampler": {"type": "string"}, "steps": {"type": "integer"},
            "cfg_scale": {"type": "number"}, "width": {"type": "integer"},
            "height": {"type": "integer"}}},
    },
    "required": ["prompt", "negative_prompt", "model", "arguments"],
}
"""The answer as JSON, for servers that constrain output to a schema."""

FORMAT_HINT = (
    "Answer in exactly this format, nothing else:\n"
    "Prompt: <the professional prompt>\nNegative prompt: <the professional negative prompt>\n"
    "Model: <one of the installed models below>. <one sentence on why>\n"
    "Arguments: {'sampler': 'DPM++ 2M Karras', 'steps': 28, 'cfg_scale': 7, 'width': 512, 'height': 768}\n"
    "Installed models that fit this request best:\n")


class ChatBackend(Protocol):
    """A chat model to plan with: `ChatClient` (a server) or `LocalChatModel` (a folder or GGUF file)."""

    model: str
    takes_images: bool

    @property
    def where(self) -> str: ...

    def complete(self, messages: Sequence[Mapping[str, Any]], *, max_tokens: int = 1024,
                 temperature: float | None = None, schema: Mapping[str, Any] | None = None,
                 stream: bool = False, on_token: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Completion: ...


class LLMPlanner:
    """Plans with a chat model, on a server or local; the embedded stages repair its answer."""

    def __init__(self, client: ChatBackend, library: Library, *, encoder: TextEncoder | None = None,
                 bank_path: str | Path | None = None, top_k: int = 5, format_hint: bool | None = None,
                 structured: bool = False, stream: bool = True, max_tokens: int = 1024,
                 temperature: float | None = None):
        self.client = client
        self.embedded = EmbeddedPlanner(library, encoder=encoder, bank_path=bank_path, top_k=top_k)
        # ChatGen-Base knows its format; any other model is shown it.
        self.format_hint = ("chatgen" not in client.model.lower()) if format_hint is None else format_hint
        self.structured, self.stream = structured, stream
        self.max_tokens, self.temperature = max_tokens, temperature
        self.name = f"llm {client.model}"
        self.on_token: Callable[[str], None] | None = None
        self.cancelled: Callable[[], bool] | None = None

    def messages(self, request: Request, with_images: bool = True,
                 selection: Selection | None = None) -> list[dict[str, Any]]:
        """The chat as the model receives it; `selection` is `self.selection(request)` when known."""
        messages: list[dict[str, Any]] = []
        if self.format_hint:
            messages.append({"role": "system", "content": self._hint(selection or self.selection(request))})
        messages += [{"role": turn.role, "content": turn.content} for turn in request.history]
        images = [_data_url(image) for image in request.images] if with_images else []
        if images:
            parts: list[dict[str, Any]] = [{"type": "image_url", "image_url": {"url": url}} for url in images]
            parts.append({"type": "text", "text": SYS_MULTIMODAL + request.text})
            messages.append({"role": "user", "content": parts})
        else:
            messages.append({"role": "user", "content": SYS_SINGLEMODAL + request.text})
        return messages

    def plan(self, request: Request) -> Plan:
        """A plan for the request, or ChatGenError (Cancelled when the user cancels)."""
        notes: list[str] = []
        sees_images = self.client.takes_images
        if request.images and not sees_images:
            notes.append(f"{self.client.model} does not read images; the LLM planned from the text alone.")
        selection = self.selection(request) if self.format_hint else None  # once, for hint and repair
        try:
            completion = self._complete(self.messages(request, sees_images, selection))
        except Cancelled:
            raise
        except ChatGenError as error:
            if not (request.images and sees_images):
                raise
            # A text-only model behind the server: the request still deserves a plan.
            completion = self._complete(self.messages(request, False, selection))
            notes.append(f"The server did not take the reference images ({error}); planned from the text.")
        answer = parse_answer(completion.text)
        plan = plan_from_answer(answer, request, self.embedded,
                                planner=f"{self.name} at {self.client.where}", selection=selection)
        notes.append(f"{self.client.model} answered {completion.tokens} tokens in {completion.seconds:.1f} s.")
        if completion.finish_reason == "length":
            notes.append(f"The LLM's answer was cut off at {self.max_tokens} tokens.")
        notes += completion.notes
        return replace(plan, rationale=plan.rationale + tuple(notes))

    def _complete(self, messages: list[dict[str, Any]]) -> Completion:
        return self.client.complete(messages, max_tokens=self.max_tokens, temperature=self.temperature,
                                    schema=PLAN_SCHEMA if self.structured else None, stream=self.stream,
                                    on_token=self.on_token, cancelled=self.cancelled)

    def selection(self, request: Request) -> Selection | None:
        """The embedded stages' brief and candidates, or None when their rules refuse the request."""
        try:
            return select_for(request, self.embedded)
        except ChatGenError:
            return None

    def _hint(self, selection: Selection | None) -> str:
        """The answer format, the installed models that fit, and a few-shot answer from their docs."""
        library = self.embedded.library
        cards = ([library.get(c.name) for c in selection.candidates] if selection
                 else list(library)[: self.embedded.top_k])  # the rules refused it; the LLM may not
        hint = FORMAT_HINT + "\n".join(f"- {card.name}" for card in cards)
        shot = next(((card, e) for card in cards for e in card.examples if e.prompt), None)
        if shot:
            card, example = shot
            arguments = {key: value for key, value in (
                ("sampler", example.sampler), ("steps", example.steps), ("cfg_scale", example.cfg),
                ("width", example.width), ("height", example.height)) if value}
            hint += (f"\nAn example answer, from {card.name}'s documentation:\nPrompt: {example.prompt[:300]}\n"
                     + (f"Negative prompt: {example.negative[:200]}\n" if example.negative else "")
                     + f"Model: {card.name}. {card.description[:150]}\nArguments: {arguments!r}")
        return hint


def _data_url(image: ReferenceImage) -> str:
    """The image as a PNG data URL: the form OpenAI-compatible servers take images in."""
    width, height, rgb = image.width, image.height, image.rgb
    if width <= 0 or height <= 0 or len(rgb) != width * height * 3:
        raise ChatGenError(f"A reference image of {width}x{height} holds {len(rgb)} bytes, not "
                           f"{width * height * 3}: pass 8-bit RGB images.")
    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
