"""ChatGen-Evo stage 2 training: the encoder frozen, only model tokens learned.

Each pair's text is encoded once (the frozen encoder, cached); a token row is trained with
cross-entropy over the whole bank, logits = query · token / temperature. Only the rows of models
that have pairs (or the ones named in `only`) move; every other row is a fixed competitor, so a
new checkpoint joins by training its row alone. Each trained row is pulled back toward its
metadata init (an L2 term), which keeps a model with one or two examples from collapsing onto
them, and rows are kept at unit length, so a trained score is a cosine like a zero-shot one and
the selector's priors keep their meaning.

Plain numpy with Adam: no torch, and 10,000 pairs over a few thousand models train in seconds.
"""
from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..brief import analyse
from ..modeltoken import TokenBank, model_text
from ..selector import query_text
from ..types import ModelCard, Request
from .pairs import Pair

TEMPERATURE = 0.05
"""Sharpens cosines (about -0.2..0.8) into logits a softmax can separate."""
PRIOR_PAIRS = 2.0
"""The metadata init weighs as much as this many pairs: a model with one or two examples stays
near what its card says, one with hundreds goes where its examples lead."""


@dataclass(frozen=True)
class TrainReport:
    pairs: int
    models: int  # rows trained
    epochs: int
    seconds: float
    loss_before: float
    loss_after: float


def pair_query(text: str) -> str:
    """What the encoder reads for a pair: the same brief subject the planner encodes for a request."""
    return query_text(analyse(Request(text))) or text


def encode_pairs(pairs: Sequence[Pair], encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """The frozen encoder's vectors for the pairs' texts, one row each (the cache training reuses)."""
    return encode([pair_query(p.text) for p in pairs])


def fit_tokens(tokens: np.ndarray, anchors: np.ndarray, trainable: np.ndarray, queries: np.ndarray,
               labels: np.ndarray, *, epochs: int = 20, lr: float = 0.02, batch: int = 1024,
               prior_pairs: float = PRIOR_PAIRS, temperature: float = TEMPERATURE, seed: int = 0,
               progress: Callable[[int, int], None] | None = None) -> tuple[np.ndarray, float, float]:
    """Trained token rows (a copy) and the mean cross-entropy before and after.

    `trainable` holds the row indices that may move and `anchors` their metadata init rows, in
    the same order; `labels` the row of each query's model.
    """
    with _one_blas_thread():
        # An L2 pull of this strength, against the mean cross-entropy of N pairs, has the pull
        # of `prior_pairs` pairs at the init (the logits' scale is 1 / temperature).
        pull = prior_pairs / (max(len(labels), 1) * temperature)
        return _fit(tokens, anchors, trainable, queries, labels, epochs, lr, batch, pull,
                    temperature, seed, progress)


def _fit(tokens, anchors, trainable, queries, labels, epochs, lr, batch, pull, temperature, seed,
         progress):
    tokens = tokens.astype(np.float32, copy=True)
    anchors = anchors.astype(np.float32, copy=False)
    queries = queries.astype(np.float32, copy=False)
    rng = np.random.default_rng(seed)
    m, v = np.zeros_like(anchors), np.zeros_like(anchors)
    before = _loss(tokens, queries, labels, temperature)
    step = 0
    for epoch in range(epochs):
        order = rng.permutation(len(labels))
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            q, y = queries[idx], labels[idx]
            probs = _softmax(q @ tokens.T / temperature)
            probs[np.arange(len(y)), y] -= 1.0
            # d(mean CE)/d(token) for the trainable rows only; the others stay fixed competitors.
            grad = probs[:, trainable].T @ q / (temperature * len(y))
            grad += 2 * pull * (tokens[trainable] - anchors)
            step += 1
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            update = lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
            rows = tokens[trainable] - update
            tokens[trainable] = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-8)
        if progress:
            progress(epoch + 1, epochs)
    return tokens, before, _loss(tokens, queries, labels, temperature)


def train_bank(bank: TokenBank, cards: Sequence[ModelCard], pairs: Sequence[Pair],
               encode: Callable[[list[str]], np.ndarray], *, queries: np.ndarray | None = None,
               only: Sequence[str] | None = None, epochs: int = 20,
               progress: Callable[[int, int], None] | None = None) -> tuple[TokenBank, TrainReport]:
    """The bank with the rows of the pairs' models trained (or only those named in `only`).

    `queries` are the pairs' cached encodings (see `encode_pairs`); encoded here when not given.
    """
    start = time.perf_counter()
    rows = {name: i for i, name in enumerate(bank.names)}
    usable = [i for i, p in enumerate(pairs) if p.model in rows]
    pairs = [pairs[i] for i in usable]
    if queries is None:
        queries = encode_pairs(pairs, encode)
    else:
        queries = queries[usable]
    wanted = set(only) if only is not None else {p.model for p in pairs}
    names = sorted({p.model for p in pairs} & wanted, key=rows.__getitem__)
    if not names:
        return bank, TrainReport(len(pairs), 0, 0, time.perf_counter() - start, 0.0, 0.0)
    by_name = {card.name: card for card in cards}
    anchors = encode([model_text(by_name[name]) for name in names])
    trainable = np.array([rows[name] for name in names])
    labels = np.array([rows[p.model] for p in pairs])
    tokens, before, after = fit_tokens(bank.tokens, anchors, trainable, queries, labels,
                                       epochs=epochs, progress=progress)
    flags = list(bank.trained or (False,) * len(bank.names))
    for i in trainable:
        flags[i] = True
    report = TrainReport(len(pairs), len(names), epochs, time.perf_counter() - start, before, after)
    return replace(bank, tokens=tokens, trained=tuple(flags)), report


def pair_counts(pairs: Sequence[Pair]) -> Counter:
    """Pairs per model, for telling frequent models from rare ones."""
    return Counter(p.model for p in pairs)


def _one_blas_thread():
    """BLAS limited to one thread while training: these small products run several times
    slower when OpenBLAS threads compete with a busy CPU (ComfyUI, other jobs)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    np.exp(logits, out=logits)
    return logits / logits.sum(axis=1, keepdims=True)


def _loss(tokens: np.ndarray, queries: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    if not len(labels):
        return 0.0
    total = 0.0
    for start in range(0, len(labels), 4096):
        q, y = queries[start:start + 4096], labels[start:start + 4096]
        probs = _softmax(q @ tokens.T / temperature)
        total += float(-np.log(np.maximum(probs[np.arange(len(y)), y], 1e-12)).sum())
    return total / len(labels)
