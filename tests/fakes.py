"""Test doubles for unit tests: a deterministic bag-of-words encoder, a user who presses Cancel."""
import hashlib
import re
import time

import numpy as np


class BagOfWordsEncoder:
    """Unit vectors from hashed words: texts sharing words score high, as a real encoder would."""

    name = "bag-of-words-test"
    dim = 256

    def __init__(self):
        self.calls = []

    def encode(self, texts):
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


class CancelAfter:
    """A `cancelled` callback that turns true once `pieces` streamed pieces have arrived, and
    remembers when, so a test can measure how long generation ran on after Cancel."""

    def __init__(self, pieces: int):
        self.pieces, self.needed, self.at = [], pieces, None

    def __call__(self) -> bool:
        if self.at is None and len(self.pieces) >= self.needed:
            self.at = time.monotonic()
        return self.at is not None

    def seconds_since(self) -> float:
        return time.monotonic() - self.at
