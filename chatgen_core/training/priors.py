"""Argument priors for stage 3: the settings each model was really used with, per request.

ChatGen-Evo's Arg Configurator reads in-context examples of the chosen model; here they are the
training pairs that carry settings (gallery PNGs, workflows, Civitai image metadata, bench
arguments). At plan time the examples of the chosen model nearest to the request (cosine of the
frozen encoder's vectors) stand in for one global default. Saved as safetensors beside the bank.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..arrayfile import read_array, write_array
from ..types import Example, to_dict
from .pairs import Pair

PRIORS_FORMAT = "chatgen-argpriors/1"
NEAREST = 5
MARGIN = 0.15
"""Examples this much less similar than the nearest one are left out: a request like one kind of
a model's work should get that kind's settings, not the median of everything the model made."""


@dataclass(frozen=True)
class ArgumentPriors:
    """Example settings per model, with the encoded text each was made for."""
    models: tuple[str, ...]
    examples: tuple[Example, ...]
    queries: np.ndarray  # (examples, dim) float32, unit rows

    def count(self, model: str) -> int:
        return sum(1 for m in self.models if m == model)

    def nearest(self, model: str, query: np.ndarray, k: int = NEAREST,
                margin: float = MARGIN) -> tuple[Example, ...]:
        """Up to k of the model's examples most similar to the request, most similar first."""
        rows = np.flatnonzero(np.array(self.models, dtype=object) == model) if self.models else []
        if not len(rows):
            return ()
        similarity = self.queries[rows] @ query.astype(np.float32, copy=False)
        order = np.argsort(-similarity, kind="stable")[:k]
        order = order[similarity[order] >= similarity[order[0]] - margin]
        return tuple(self.examples[rows[i]] for i in order)


def has_settings(example: Example) -> bool:
    return bool(example.sampler or example.steps or example.cfg or (example.width and example.height))


def build_priors(pairs: Sequence[Pair], queries: np.ndarray) -> ArgumentPriors:
    """Priors from the pairs (and their cached encodings) that carry any setting."""
    keep = [i for i, p in enumerate(pairs) if has_settings(p.settings)]
    dim = queries.shape[1] if queries.ndim == 2 else 0
    return ArgumentPriors(tuple(pairs[i].model for i in keep), tuple(pairs[i].settings for i in keep),
                          queries[keep].astype(np.float32) if keep else np.zeros((0, dim), np.float32))


def priors_path(bank_path: str | Path) -> Path:
    """The priors file beside a bank: modeltokens.safetensors → modeltokens.priors.safetensors."""
    bank_path = Path(bank_path)
    return bank_path.with_name(bank_path.stem + ".priors" + bank_path.suffix)


def save_priors(priors: ArgumentPriors, path: str | Path) -> None:
    rows = [[m, {k: v for k, v in to_dict(e).items() if k not in ("prompt", "negative") and v}]
            for m, e in zip(priors.models, priors.examples, strict=True)]
    write_array(path, "queries", priors.queries, {"format": PRIORS_FORMAT, "rows": json.dumps(rows)})


def load_priors(path: str | Path) -> ArgumentPriors | None:
    """The priors saved at `path`, or None when there are none or they cannot be read."""
    stored = read_array(path, "queries", PRIORS_FORMAT)
    if stored is None:
        return None
    queries, metadata = stored
    try:
        rows = json.loads(metadata["rows"])
        examples = tuple(Example(**fields) for _, fields in rows)
    except Exception:  # damaged priors mean card defaults, never a failed plan
        return None
    return ArgumentPriors(tuple(m for m, _ in rows), examples, queries.astype(np.float32))
