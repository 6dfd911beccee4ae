"""ChatGen-Base (InternVL2) as a local planner that reads reference images, without running remote code.

A ChatGen-Base folder is converted once into transformers' built-in InternVL layout
(`internvl_convert.convert`, into `<name>-chatgen-hf/` beside it unless a cache folder is given) and
loaded with the built-in classes. Reference images go through InternVL's dynamic 448-px tiling and
enter the prompt as `<img>` + `<IMG_CONTEXT>` × 256 per tile + `</img>`, where the checkpoint's own
`chat()` puts them. Running the folder's own Python code instead is an explicit opt-in: an empty file
named `chatgen-trust-remote-code` in the model folder.
"""
from __future__ import annotations

import base64
import io
import json
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import Cancelled, ChatGenError
from .internvl_convert import IMG_CONTEXT, IMG_END, IMG_START, TEMPLATES, convert, is_remote_code_layout
from .local import LocalChatModel, generate
from .openai_compat import Completion

REMOTE_CODE_MARKER = "chatgen-trust-remote-code"
"""An empty file of this name in a model folder lets that folder's own Python code run (never the default)."""

IMAGE_SIZE = 448
IMAGENET_MEAN, IMAGENET_STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)


def is_internvl(path: str | Path) -> bool:
    """True for an InternVL folder: the remote-code layout (ChatGen-Base as released) or a converted one."""
    folder = Path(path).expanduser()
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and (config.get("model_type") == "internvl" or is_remote_code_layout(folder))


def tiles(image, max_num: int = 6, size: int = IMAGE_SIZE, thumbnail: bool = True):
    """InternVL's dynamic tiling: `size`-px tiles on the grid (1..max_num tiles) nearest the image's shape,
    plus a whole-image thumbnail when there is more than one tile; ImageNet-normalised, (n, 3, size, size)."""
    import numpy as np
    import torch

    image = image.convert("RGB")
    width, height = image.size
    columns, rows = _grid(width, height, max_num, size)
    resized = image.resize((columns * size, rows * size), _bicubic())
    pieces = [resized.crop((c * size, r * size, (c + 1) * size, (r + 1) * size))
              for r in range(rows) for c in range(columns)]
    if thumbnail and len(pieces) > 1:
        pieces.append(image.resize((size, size), _bicubic()))
    array = np.stack([np.asarray(p, dtype=np.float32) / 255.0 for p in pieces])
    array = (array - np.array(IMAGENET_MEAN, np.float32)) / np.array(IMAGENET_STD, np.float32)
    return torch.from_numpy(array).permute(0, 3, 1, 2).contiguous()


def _grid(width: int, height: int, max_num: int, size: int) -> tuple[int, int]:
    # The grid whose shape is nearest the image's; between grids of one shape, the larger wins only when
    # the image has more than half the pixels the larger grid holds (InternVL's rule, kept exactly).
    grids = sorted({(c, r) for c in range(1, max_num + 1) for r in range(1, max_num + 1) if c * r <= max_num},
                   key=lambda g: g[0] * g[1])
    aspect, best, best_diff = width / height, (1, 1), float("inf")
    for columns, rows in grids:
        diff = abs(aspect - columns / rows)
        if diff < best_diff:
            best, best_diff = (columns, rows), diff
        elif diff == best_diff and width * height > 0.5 * size * size * columns * rows:
            best = (columns, rows)
    return best


def _bicubic():
    from PIL import Image

    return Image.Resampling.BICUBIC


def image_from_url(url: str):
    """A PIL image from a data: URL (the form the planner sends reference images in)."""
    from PIL import Image, UnidentifiedImageError

    if not url.startswith("data:") or ";base64," not in url:
        raise ChatGenError("A local InternVL model reads reference images from data: URLs only; "
                           f"got {url[:40]!r}.")
    try:
        image = Image.open(io.BytesIO(base64.b64decode(url.split(";base64,", 1)[1])))
        image.load()
        return image
    except (ValueError, OSError, UnidentifiedImageError) as error:
        raise ChatGenError(f"A reference image could not be read ({error}): pass PNG or JPEG images.") from None


def image_tokens(tile_count: int, per_tile: int = 256) -> str:
    """The text an image becomes in the prompt: its context tokens, one block of `per_tile` per tile."""
    return IMG_START + IMG_CONTEXT * (per_tile * tile_count) + IMG_END


def split_messages(messages: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, str]], list[Any]]:
    """Chat messages with each image part replaced by an `<image>` line (InternVL's placeholder), and the
    images in the order they appear."""
    chat, images = [], []
    for message in messages:
        content = message.get("content")
        if isinstance(content, list):
            parts = [p for p in content if isinstance(p, dict)]
            found = [image_from_url(p["image_url"]["url"]) for p in parts if p.get("type") == "image_url"]
            text = "\n".join(p.get("text", "") for p in parts if p.get("type") == "text")
            images += found
            content = "<image>\n" * len(found) + text
        chat.append({"role": message.get("role", "user"), "content": content or ""})
    return chat, images


class InternVLChatModel(LocalChatModel):
    """ChatGen-Base / InternVL2 on this machine; answers like `ChatClient.complete` and reads images."""

    takes_images = True

    def __init__(self, path: str | Path, *, device: str = "cpu", cache_dir: str | Path | None = None,
                 max_tiles: int = 6):
        super().__init__(path, device=device)
        self.cache_dir = Path(cache_dir).expanduser() if cache_dir else self.path.parent
        self.max_tiles = max_tiles
        self.remote_code = (self.path / REMOTE_CODE_MARKER).is_file()
        self._per_tile = 256
        self._stop: int | None = None
        self._system: str | None = None

    def __repr__(self) -> str:
        return f"InternVLChatModel({self.where!r})"

    @property
    def converted_path(self) -> Path:
        """Where the built-in-classes copy of a remote-code folder lives."""
        return self.cache_dir / f"{self.path.name}-chatgen-hf"

    def _load(self) -> None:
        if self._model is not None:
            return
        if self.remote_code:
            return self._load_remote()
        from transformers import AutoTokenizer, InternVLForConditionalGeneration

        folder = self.path
        if is_remote_code_layout(self.path):
            try:
                folder = convert(self.path, self.converted_path)
            except OSError as error:
                raise ChatGenError(f"Could not write the converted copy of {self.path.name} to {self.converted_path} "
                                   f"({error.strerror or error}): make {self.cache_dir} writable.") from None
        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model, info = InternVLForConditionalGeneration.from_pretrained(str(folder), local_files_only=True, dtype="auto",
                                                                       output_loading_info=True)
        if info["missing_keys"]:
            missing = sorted(info["missing_keys"])
            raise ChatGenError(f"{self.path.name} lacks {len(missing)} weights (first: {missing[0]}): the download is "
                               "incomplete. Download the model again.")
        self._per_tile = model.config.image_seq_length
        self._stop = model.generation_config.eos_token_id
        self._tokenizer, self._model = tokenizer, model.to(self.device).eval()

    def _load_remote(self) -> None:
        from transformers import AutoModel, AutoTokenizer

        config = json.loads((self.path / "config.json").read_text(encoding="utf-8"))
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(self.path), trust_remote_code=True, use_fast=False,
                                                      local_files_only=True)
            model = AutoModel.from_pretrained(str(self.path), trust_remote_code=True, local_files_only=True,
                                              dtype="auto")
        except Exception as error:  # the folder's own code, under whatever transformers is installed
            raise ChatGenError(f"The own code of {self.path.name} failed to load ({type(error).__name__}: {error}); "
                               f"delete {REMOTE_CODE_MARKER} from the folder to use the built-in conversion.") from None
        self._stop = tokenizer.convert_tokens_to_ids(TEMPLATES[config["template"]]["sep"])
        self._system = getattr(model, "system_message", None)  # restored when a chat brings none
        self._tokenizer, self._model = tokenizer, model.to(self.device).eval()

    def prompt(self, messages: Sequence[Mapping[str, Any]]):
        """The prompt text with every image's tokens in place, and the images' tiles (or None)."""
        import torch

        self._load()
        chat, images = split_messages(messages)
        text = self._tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        stacks = [tiles(image, self.max_tiles) for image in images]
        for stack in stacks:
            text = text.replace("<image>", image_tokens(len(stack), self._per_tile), 1)
        return text, (torch.cat(stacks) if stacks else None)

    def _answer(self, messages: Sequence[Mapping[str, Any]], *, max_tokens: int, temperature: float | None,
                on_token: Callable[[str], None] | None, cancelled: Callable[[], bool] | None,
                started: float) -> Completion:
        # Image parts (data: URLs) are seen through the vision tower.
        if self.remote_code:
            return self._complete_remote(messages, max_tokens, temperature, on_token, cancelled, started)
        text, pixel_values = self.prompt(messages)
        inputs = self._tokenizer(text, return_tensors="pt", add_special_tokens=False).to(self.device)
        if pixel_values is not None:
            inputs["pixel_values"] = pixel_values.to(self.device, self._model.dtype)
        return generate(self._model, self._tokenizer, inputs, max_tokens=max_tokens, temperature=temperature,
                        on_token=on_token, cancelled=cancelled, started=started, eos_token_id=self._stop)

    def _complete_remote(self, messages, max_tokens, temperature, on_token, cancelled, started) -> Completion:
        # The checkpoint's own chat(): the call ChatGen documents, fed the same turns and tiles.
        import torch

        from .local import _Relay, generation_options

        chat, images = split_messages(messages)
        system = [m["content"] for m in chat if m["role"] == "system"]
        turns = [m for m in chat if m["role"] != "system"]
        self._model.system_message = system[0] if system else self._system
        history = [(q["content"], a["content"]) for q, a in zip(turns[:-1:2], turns[1::2], strict=False)] or None
        stacks = [tiles(image, self.max_tiles) for image in images]
        pixel_values = torch.cat(stacks).to(self.device, self._model.dtype) if stacks else None
        relay = _Relay(self._tokenizer, 0, on_token)  # the remote generate returns new tokens only
        options = generation_options(relay, max_tokens, temperature, cancelled)
        with torch.inference_mode():
            answer = self._model.chat(self._tokenizer, pixel_values, turns[-1]["content"], options, history=history,
                                      num_patches_list=[len(s) for s in stacks] or None)
        if cancelled and cancelled():
            raise Cancelled("Planning was cancelled.")
        tokens = len(self._tokenizer(answer, add_special_tokens=False)["input_ids"])
        return Completion(answer, "stop", tokens, time.monotonic() - started)
