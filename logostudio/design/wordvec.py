"""Static word vectors for word similarity, read from package data (no model runs, nothing is fetched).

``data/word-vectors.bin.gz`` holds ~100,500 English words, each a 64-dimensional 4-bit vector distilled
from all-MiniLM-L6-v2 by ``scripts/build_word_vectors.py`` (see ``data/WORD-VECTORS.md``). The table
is loaded once per process, on first use (~3 MB file, about 0.1 s). It stays packed in memory — the
4-bit codes, a scale per word and the sorted words as one fixed-width array, about 6 MB — and a word's
vector is unpacked when it is asked for.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).with_name("data") / "word-vectors.bin.gz"


class WordVectors:
    """Unit vectors by word. ``words`` is sorted; row ``i`` of the table belongs to ``words[i]``."""

    def __init__(self, words: np.ndarray, codes: np.ndarray, bits: int) -> None:
        self.words = words  # fixed-width ASCII bytes, sorted, for binary search
        self._codes = codes  # count x (dim * bits / 8) bytes
        self._bits = bits
        self.dim = codes.shape[1] * 8 // bits
        # One scale per word makes each row unit length; computed a block at a time, so loading
        # leaves no large temporary behind in the heap.
        self._scale = np.empty(len(words), dtype=np.float32)
        for start in range(0, len(words), 4096):
            block = slice(start, start + 4096)
            self._scale[block] = 1.0 / np.linalg.norm(self._levels(block), axis=1)
        self._get = lru_cache(maxsize=1 << 14)(self._unpack)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def row(self, word: str) -> int | None:
        """The table row of ``word``, or None for a word the table does not hold."""
        if not word.isascii() or len(word) > self.words.dtype.itemsize:
            return None
        key = word.encode("ascii")
        i = int(np.searchsorted(self.words, key))
        return i if i < len(self.words) and self.words[i] == key else None

    def _levels(self, rows: slice | list[int]) -> np.ndarray:
        packed = self._codes[rows]
        if self._bits == 8:
            return packed.view(np.int8).astype(np.float32)
        levels = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.float32)
        levels[:, 0::2] = packed >> 4  # two levels a byte, high nibble first: 0..15 -> -7.5..7.5
        levels[:, 1::2] = packed & 15
        return levels - 7.5

    def rows(self, rows: list[int]) -> np.ndarray:
        """The unit vectors of these rows (float32, rounded to half precision as the table keeps them)."""
        unit = self._levels(rows) * self._scale[rows, None]
        return unit.astype(np.float16).astype(np.float32)

    def get(self, word: str) -> np.ndarray | None:
        """The unit vector of ``word`` (None for a word the table does not hold); the words asked
        for most recently are kept unpacked."""
        return self._get(word)

    def _unpack(self, word: str) -> np.ndarray | None:
        i = self.row(word)
        return None if i is None else self.rows([i])[0]

    def mean(self, words: list[str], weights: list[float] | None = None) -> np.ndarray | None:
        """Unit-length weighted mean of the known words' vectors (None when none is known)."""
        vectors, ws = [], []
        for k, word in enumerate(words):
            v = self.get(word)
            if v is not None:
                vectors.append(v)
                ws.append(1.0 if weights is None else weights[k])
        if not vectors:
            return None
        v = np.asarray(ws, dtype=np.float32) @ np.array(vectors)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else None


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    raw = gzip.decompress(DATA.read_bytes())
    head_end = raw.index(b"\n")
    header = json.loads(raw[:head_end])
    split = raw.index(b"\n\0", head_end + 1)
    count, dim, bits = header["count"], header["dim"], header.get("bits", 8)
    data = np.frombuffer(raw, dtype=np.uint8)
    words = _fixed_width(data[head_end + 1 : split], count)
    table = data[split + 2 :]
    if words is None or table.size != count * dim * bits // 8:
        raise ValueError(f"{DATA.name}: expected {count} words x {dim} dims x {bits} bits")
    if np.any(words[1:] <= words[:-1]):
        raise ValueError(f"{DATA.name}: the words are not sorted")
    return WordVectors(words, table.reshape(count, -1).copy(), bits)


def _fixed_width(blob: np.ndarray, count: int) -> np.ndarray | None:
    """Newline-separated words as one array of fixed-width byte strings, without making a Python
    object per word (None when the count is not ``count``)."""
    ends = np.flatnonzero(blob == ord("\n"))
    if len(ends) != count - 1:
        return None
    ends = np.append(ends, blob.size)
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    width = int(lengths.max())
    chars = np.zeros((count, width), dtype=np.uint8)
    for j in range(width):
        has = lengths > j
        chars[has, j] = blob[starts[has] + j]
    return chars.view(f"S{width}").ravel()
