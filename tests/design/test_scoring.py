"""How the words of a business type weigh before any icon is scored."""

from __future__ import annotations

from logostudio.design.scoring import words_of
from logostudio.design.symbols import rank_symbols


def _slugs(business_type: str) -> list[str]:
    return [s.slug for s in rank_symbols(business_type)]


def test_known_words_are_not_split() -> None:
    # "carpet" is a word of its own, not car + pet.
    assert not any(w.text in ("car", "pet") for w in words_of("carpet cleaning"))
    assert [w.text for w in words_of("bookbinding")] == ["book", "binding"]


def test_generic_words_weigh_less_than_the_word_that_says_what_the_business_is() -> None:
    words = {w.text: w.weight for w in words_of("circus school")}
    assert words["school"] < words["circus"]
    assert _slugs("blood bank")[0] == "blood-bag"
    assert "school" not in _slugs("circus school")[0]
    assert "bank" not in _slugs("blood bank")[:3]
    # ... while a common type keeps its curated symbols.
    assert _slugs("coffee shop")[:3] == ["coffee", "coffee-maker", "coffee-to-go"]
