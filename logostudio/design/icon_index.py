"""The icons the symbol matcher ranks: every drawable icon with its words, stems, category tags and
vectors, read from ``data/mdi-meta.json.gz`` and the curated lexicon."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from logostudio.design.icons import all_slugs, deprecated_slugs
from logostudio.design.lexicon import INDUSTRIES
from logostudio.design.wordforms import DECOR, GENERIC, INTERFACE, STOP, UI_STATE, WORD, stem
from logostudio.design.wordvec import word_vectors

DATA = Path(__file__).with_name("data") / "mdi-meta.json.gz"

# Categories of interface glyphs: an icon tagged with these only is a control, not a thing.
UI_TAGS = frozenset(
    {
        "Alert / Error",
        "Arrange",
        "Arrow",
        "Form",
        "Text / Content / Format",
        "Edit / Modify",
        "View",
        "Vector",
        "Tooltip",
        "Settings",
        "Notification",
        "Alpha / Numeric",
        "Files / Folders",
        "Math",
        "Geographic Information System",
    }
)


class IconIndex:
    """The icons the pack can draw, with their words, stems, tags and vectors.

    The credits it bakes in are passed in, so the matcher's tuning weights stay together in
    :mod:`.symbols`.
    """

    def __init__(self, alias_credit: float, untagged_credit: float, lexicon_decay: float) -> None:
        meta = json.loads(gzip.decompress(DATA.read_bytes()))
        drawable = all_slugs() - deprecated_slugs()
        tags = meta["tags"]
        self.slugs: list[str] = []
        self.names: list[tuple[str, ...]] = []
        self.tags: list[tuple[str, ...]] = []
        by_stem: dict[str, list[tuple[int, float]]] = {}
        by_word: dict[str, list[tuple[int, float]]] = {}
        context_words: list[list[str]] = []
        for slug, (aliases, tag_ids) in sorted(meta["icons"].items()):
            if slug not in drawable:
                continue
            i = len(self.slugs)
            self.slugs.append(slug)
            name = tuple(slug.split("-"))
            self.names.append(name)
            self.tags.append(tuple(tags[t] for t in tag_ids))
            seen: dict[str, float] = {}
            exact = 1.0 if aliases or tag_ids else untagged_credit
            for word in name:
                if len(word) > 1 and word not in STOP:
                    seen[word] = exact
            for alias in aliases:
                for word in alias.split("-"):
                    if len(word) > 2 and word not in STOP and word not in DECOR and word not in seen:
                        seen[word] = alias_credit
            for word, credit in seen.items():
                by_word.setdefault(word, []).append((i, credit))
                by_stem.setdefault(stem(word), []).append((i, credit))
            tag_words = [w for t in self.tags[i] for w in WORD.findall(t.lower())]
            context_words.append(
                [w for w in name if w not in DECOR and w not in UI_STATE] * 2
                + [w for w in seen if w not in name]
                + tag_words
            )
        self.by_stem = by_stem
        self.stems = frozenset(by_stem)
        self.position = {s: i for i, s in enumerate(self.slugs)}
        vecs = word_vectors()
        # Icon words that have vectors, for similarity lookups.
        self.vocab = sorted(w for w in by_word if w in vecs and len(w) > 2)
        self.vocab_icons = [by_word[w] for w in self.vocab]
        self.vocab_matrix = vecs.rows([r for w in self.vocab if (r := vecs.row(w)) is not None])
        dim = vecs.dim
        ctx = np.zeros((len(self.slugs), dim), dtype=np.float32)
        for i, words in enumerate(context_words):
            v = vecs.mean(words)
            if v is not None:
                ctx[i] = v
        self.context = ctx
        # The lexicon's keywords as more vocabulary: a word like one of them credits its industry's icons.
        keyword_rows: list[np.ndarray] = []
        self.keyword_icons: list[list[tuple[int, float]]] = []
        for industry in INDUSTRIES:
            icons = [
                (self.position[slug], 1.0 - lexicon_decay * pos)
                for pos, slug in enumerate(industry.icons)
                if slug in self.position
            ]
            for keyword in industry.keywords:
                words = [w for w in WORD.findall(keyword) if w not in GENERIC]
                v = vecs.mean(words) if words and all(w in vecs for w in words) else None
                if v is not None:
                    keyword_rows.append(v)
                    self.keyword_icons.append(icons)
        self.keyword_matrix = np.array(keyword_rows, dtype=np.float32).reshape(-1, dim)
        self.ui = np.array(
            [
                (bool(t) and set(t) <= UI_TAGS) or any(w in INTERFACE for w in n)
                for t, n in zip(self.tags, self.names, strict=True)
            ]
        )
