"""Any local chat model, a transformers folder or a GGUF file, behind the same `complete` as a server.

`open_chat_model` picks the backend: ChatGen-Base (InternVL2) folders open as
`internvl.InternVLChatModel`, which reads reference images; anything else as `LocalChatModel`.

transformers reads GGUF itself (with the `gguf` package) and dequantises it, so one code path runs
both kinds. torch and transformers load on the first answer, never at import. Each new token is
handed to `on_token` and checks `cancelled`, so Cancel lands within one token's time.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import Cancelled, ChatGenError
from .openai_compat import Completion


def open_chat_model(path: str | Path, *, device: str = "cpu") -> LocalChatModel:
    """The local backend for a model folder or GGUF file; nothing is loaded until the first answer."""
    from .internvl import InternVLChatModel, is_internvl

    return (InternVLChatModel if is_internvl(path) else LocalChatModel)(path, device=device)


class LocalChatModel:
    """A chat model on this machine's CPU or GPU; answers like `ChatClient.complete`."""

    takes_images = False

    def __init__(self, path: str | Path, *, device: str = "cpu"):
        self.path = Path(path).expanduser()
        self.model = self.path.name
        self.where = str(self.path)
        self.device = device
        self._model = None
        self._tokenizer = None

    def __repr__(self) -> str:
        return f"LocalChatModel({self.where!r})"

    @property
    def loaded_module(self) -> Any:
        """The torch module holding the weights, or None while they are not loaded."""
        return self._model

    def release(self) -> None:
        """Drops the weights and tokenizer so their memory can be freed; the next answer loads them again."""
        self._model = self._tokenizer = None

    def _load(self) -> None:
        if self._model is not None:
            return
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if self.path.is_file() and self.path.suffix.lower() == ".gguf":
            folder, options = self.path.parent, {"gguf_file": self.path.name}
        elif (self.path / "config.json").is_file():
            folder, options = self.path, {}
        else:
            raise ChatGenError(f"No chat model at {self.path}: give a transformers folder (with "
                               "config.json) or a .gguf file.")
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True, **options)
            model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True, **options)
        except ImportError as error:
            raise ChatGenError(f"Loading {self.path.name} needs a package that is missing ({error}); "
                               "for GGUF files: pip install gguf.") from None
        if tokenizer.chat_template is None:
            raise ChatGenError(f"{self.path.name} has no chat template: use an instruct/chat model.")
        self._tokenizer, self._model = tokenizer, model.to(self.device).eval()

    def complete(self, messages: Sequence[Mapping[str, Any]], *, max_tokens: int = 1024,
                 temperature: float | None = None, schema: Mapping[str, Any] | None = None,
                 stream: bool = False, on_token: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Completion:
        """The model's answer; `schema` is not enforced locally (the tolerant parser reads any answer)."""
        if cancelled and cancelled():
            raise Cancelled("Planning was cancelled.")
        started = time.monotonic()
        self._load()
        return self._answer(messages, max_tokens=max_tokens, temperature=temperature,
                            on_token=on_token if stream or on_token else None, cancelled=cancelled, started=started)

    def _answer(self, messages: Sequence[Mapping[str, Any]], *, max_tokens: int, temperature: float | None,
                on_token: Callable[[str], None] | None, cancelled: Callable[[], bool] | None,
                started: float) -> Completion:
        # The loaded model's answer; a backend that builds its prompt differently overrides this alone.
        tokenizer = self._tokenizer
        inputs = tokenizer.apply_chat_template([_text_only(m) for m in messages], add_generation_prompt=True,
                                               return_tensors="pt", return_dict=True).to(self.device)
        return generate(self._model, tokenizer, inputs, max_tokens=max_tokens, temperature=temperature,
                        on_token=on_token, cancelled=cancelled, started=started)


def generate(model, tokenizer, inputs: Mapping[str, Any], *, max_tokens: int, temperature: float | None,
             on_token: Callable[[str], None] | None, cancelled: Callable[[], bool] | None,
             started: float, eos_token_id: int | None = None) -> Completion:
    """Generates after the prompt in `inputs`, streaming each token's text and stopping on cancel."""
    import torch

    prompt_length = inputs["input_ids"].shape[1]
    relay = _Relay(tokenizer, prompt_length, on_token)
    eos = tokenizer.eos_token_id if eos_token_id is None else eos_token_id
    options = {} if eos_token_id is None else {"eos_token_id": eos_token_id}
    with torch.inference_mode():
        output = model.generate(**inputs, **generation_options(relay, max_tokens, temperature, cancelled),
                                pad_token_id=tokenizer.pad_token_id or eos, **options)
    if cancelled and cancelled():
        raise Cancelled("Planning was cancelled.")
    new = output[0, prompt_length:]
    text = tokenizer.decode(new, skip_special_tokens=True)
    relay.finish(text)
    finish = "length" if len(new) >= max_tokens and int(new[-1]) != eos else "stop"
    return Completion(text, finish, int(len(new)), time.monotonic() - started)


def generation_options(relay: _Relay, max_tokens: int, temperature: float | None,
                       cancelled: Callable[[], bool] | None) -> dict[str, Any]:
    """`generate()` options: the length, greedy or sampled, and a stop check that streams each token."""
    from transformers import StoppingCriteria, StoppingCriteriaList

    class Stop(StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            relay.step(input_ids[0])
            return bool(cancelled and cancelled())

    sampling = {"do_sample": True, "temperature": temperature} if temperature else {"do_sample": False}
    return {"max_new_tokens": int(max_tokens), "stopping_criteria": StoppingCriteriaList([Stop()]), **sampling}


class _Relay:
    """Hands the text of each new token to the callback: decoded whole, so multi-byte pieces come out right."""

    def __init__(self, tokenizer, prompt_length: int, on_token: Callable[[str], None] | None):
        self.tokenizer, self.start, self.on_token = tokenizer, prompt_length, on_token
        self.sent = ""

    def step(self, ids) -> None:
        if self.on_token is None or len(ids) <= self.start:
            return
        text = self.tokenizer.decode(ids[self.start:], skip_special_tokens=True)
        if len(text) > len(self.sent) and not text.endswith("\ufffd"):
            piece, self.sent = text[len(self.sent):], text
            self.on_token(piece)

    def finish(self, text: str) -> None:
        """Sends what was held back waiting for the rest of a character the answer never completed."""
        if self.on_token is not None and len(text) > len(self.sent) and text.startswith(self.sent):
            piece, self.sent = text[len(self.sent):], text
            self.on_token(piece)


def _text_only(message: Mapping[str, Any]) -> dict[str, Any]:
    # A text model's chat template takes strings; image parts have no meaning to it.
    content = message.get("content")
    if isinstance(content, list):
        content = "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return {"role": message.get("role", "user"), "content": content or ""}
