"""Stage 2's memory: one vector per model (a "model token") over a frozen text encoder.

As in ChatGen-Evo, a model is scored by the dot product of its token with the encoded request, so
the whole library is scored with one matrix product. A token starts as the encoding of the model's
own metadata (name, description, style, tags, trigger words, example prompts), which makes
selection work zero-shot on any library; training (a later stage) moves tokens away from that
start. The bank records the encoder and a content hash per model, so a new or changed model
refreshes only its own row and learned rows of unchanged models survive.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .arrayfile import read_array, write_array
from .types import CASCADE, FLUX, SD1, SD2, SD3, SDXL, ModelCard

BANK_FORMAT = "chatgen-modeltoken/1"

BASELINE_NAMES = {SD1: "Stable Diffusion 1.5", SD2: "Stable Diffusion 2.1", SDXL: "SDXL",
                  SD3: "Stable Diffusion 3", CASCADE: "Stable Cascade", FLUX: "Flux"}


def model_text(card: ModelCard) -> str:
    """The metadata sentence a model's token is initialised from."""
    name = card.name.replace("_", " ").replace("-", " ")
    parts = [f"{name}.", f"A {card.style} {BASELINE_NAMES.get(card.baseline, card.baseline)} model.",
             card.description.strip()]
    if card.tags:
        parts.append("Tags: " + ", ".join(card.tags) + ".")
    if card.triggers:
        parts.append("Trigger words: " + ", ".join(card.triggers[:6]) + ".")
    for example in card.examples[:2]:
        if example.prompt:
            parts.append("Example: " + example.prompt[:200])
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class TokenBank:
    """Model tokens, one row per model, with what they were computed from."""
    encoder: str
    names: tuple[str, ...]
    hashes: tuple[str, ...]
    tokens: np.ndarray  # (models, dim) float32
    trained: tuple[bool, ...] = ()

    @property
    def version(self) -> str:
        """A short id of this bank's contents, recorded in plans."""
        digest = hashlib.sha256(self.tokens.tobytes())
        digest.update("\0".join(self.names).encode("utf-8"))
        return digest.hexdigest()[:12]

    def scores(self, query: np.ndarray) -> np.ndarray:
        """One score per model for an encoded request (a single matrix product)."""
        return self.tokens @ query.astype(np.float32, copy=False)

    def row(self, name: str) -> int | None:
        try:
            return self.names.index(name)
        except ValueError:
            return None


def refresh_bank(cards: list[ModelCard], encode, encoder_name: str,
                 previous: TokenBank | None = None) -> TokenBank:
    """A bank for exactly these cards, re-encoding only new or changed ones.

    `encode` maps a list of texts to unit vectors. Rows of the previous bank are reused when the
    encoder and the card's content hash are unchanged (trained rows included).
    """
    hashes = [card.content_hash() for card in cards]
    reusable = {}
    if previous is not None and previous.encoder == encoder_name:
        trained = previous.trained or (False,) * len(previous.names)
        for i, (name, digest) in enumerate(zip(previous.names, previous.hashes, strict=True)):
            reusable[(name, digest)] = (previous.tokens[i], trained[i])
    missing = [i for i, (card, digest) in enumerate(zip(cards, hashes, strict=True))
               if (card.name, digest) not in reusable]
    fresh = encode([model_text(cards[i]) for i in missing]) if missing else None
    rows, flags = [], []
    fresh_index = {i: j for j, i in enumerate(missing)}
    for i, (card, digest) in enumerate(zip(cards, hashes, strict=True)):
        if i in fresh_index:
            rows.append(fresh[fresh_index[i]])
            flags.append(False)
        else:
            row, was_trained = reusable[(card.name, digest)]
            rows.append(row)
            flags.append(was_trained)
    dim = fresh.shape[1] if fresh is not None else (previous.tokens.shape[1] if previous else 0)
    tokens = np.stack(rows).astype(np.float32) if rows else np.zeros((0, dim), np.float32)
    return TokenBank(encoder_name, tuple(c.name for c in cards), tuple(hashes), tokens, tuple(flags))


def save_bank(bank: TokenBank, path: str | Path) -> None:
    """Write the bank as safetensors (tokens) with its bookkeeping in the header metadata."""
    trained = bank.trained or (False,) * len(bank.names)
    rows = [list(row) for row in zip(bank.names, bank.hashes, trained, strict=True)]
    write_array(path, "tokens", bank.tokens,
                {"format": BANK_FORMAT, "encoder": bank.encoder, "models": json.dumps(rows)})


def load_bank(path: str | Path) -> TokenBank | None:
    """The bank saved at `path`, or None when there is none or it cannot be read."""
    stored = read_array(path, "tokens", BANK_FORMAT)
    if stored is None:
        return None
    tokens, metadata = stored
    try:
        rows = json.loads(metadata["models"])
        if len(rows) != tokens.shape[0]:
            return None
        return TokenBank(metadata["encoder"], tuple(r[0] for r in rows), tuple(r[1] for r in rows),
                         tokens.astype(np.float32), tuple(bool(r[2]) for r in rows))
    except Exception:  # a damaged bank is rebuilt from metadata, never fatal
        return None
