"""Static word vectors for word similarity, read from package data (no model runs, nothing is fetched).

``data/word-vectors.bin.gz`` holds ~100,500 English words, each a 64-dimensional 4-bit vector distilled
from all-MiniLM-L6-v2 by ``scripts/build_word_vectors.py`` (see ``data/WORD-VECTORS.md``). The table
is loaded once per process, on first use (~3 MB file, about 0.1 s; kept as float16, ~13 MB).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).with_name("data") / "word-vectors.bin.gz"


class WordVectors:
    """Unit vectors by word; ``vectors`` rows follow ``words``."""

    def __init__(self, words: list[str], vectors: np.ndarray) -> None:
        self.words = words
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors

    def __contains__(self, word: str) -> bool:
        return word in self.index

    def get(self, word: str) -> np.ndarray | None:
        i = self.index.get(word)
        return None if i is None else self.vectors[i].astype(np.float32)

    def mean(self, words: list[str], weights: list[float] | None = None) -> np.ndarray | None:
        """Unit-length weighted mean of the known words' vectors (None when none is known)."""
        rows, ws = [], []
        for k, word in enumerate(words):
            i = self.index.get(word)
            if i is not None:
                rows.append(i)
                ws.append(1.0 if weights is None else weights[k])
        if not rows:
            return None
        v = np.asarray(ws, dtype=np.float32) @ self.vectors[rows].astype(np.float32)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else None


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    raw = gzip.decompress(DATA.read_bytes())
    head, rest = raw.split(b"\n", 1)
    header = json.loads(head)
    words_blob, table = rest.split(b"\n\0", 1)
    words = words_blob.decode("utf-8").split("\n")
    count, dim, bits = header["count"], header["dim"], header.get("bits", 8)
    if len(words) != count or len(table) != count * dim * bits // 8:
        raise ValueError(f"{DATA.name}: expected {count} words x {dim} dims x {bits} bits")
    if bits == 4:  # two levels a byte, high nibble first: 0..15 -> -7.5..7.5
        packed = np.frombuffer(table, dtype=np.uint8)
        levels = np.empty(packed.size * 2, dtype=np.float32)
        levels[0::2] = packed >> 4
        levels[1::2] = packed & 15
        vectors = levels.reshape(count, dim) - 7.5
    else:
        vectors = np.frombuffer(table, dtype=np.int8).reshape(count, dim).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return WordVectors(words, vectors.astype(np.float16))  # half the memory; rows are upcast in use
