"""One numpy array and its bookkeeping in a safetensors file: the model-token bank, the argument
priors and the training pairs' encoding cache are all stored this way.

safetensors loads lazily so that importing the pack stays light.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np


def write_array(path: str | Path, name: str, array: np.ndarray, metadata: dict[str, str]) -> None:
    """Write `array` under `name` with string `metadata`; a reader never sees a half-written file."""
    from safetensors.numpy import save_file

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    save_file({name: np.ascontiguousarray(array)}, str(tmp), metadata=metadata)
    tmp.replace(path)


def read_array(path: str | Path, name: str, file_format: str) -> tuple[np.ndarray, dict[str, str]] | None:
    """The array and metadata at `path`, or None when the file is absent, unreadable or of another format."""
    from safetensors import safe_open

    path = Path(path)
    if not path.is_file():
        return None
    try:
        with safe_open(str(path), framework="numpy") as f:
            metadata = f.metadata() or {}
            if metadata.get("format") != file_format:
                return None
            return f.get_tensor(name), metadata
    except Exception:  # a damaged file is treated as missing: the callers rebuild what it held
        return None
