"""Test doubles for unit tests: a deterministic bag-of-words encoder."""
import hashlib
import re

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
