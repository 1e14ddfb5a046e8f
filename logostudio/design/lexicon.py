"""Industry lexicon: business words and synonyms -> candidate Material Design Icons slugs."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Industry:
    key: str                    # "coffee shop"
    category: str               # "food and drink"
    keywords: tuple[str, ...]   # words or phrases that identify it, lower case
    icons: tuple[str, ...]      # MDI slugs, best first; every one exists in material-design-icons-pack


INDUSTRIES: tuple[Industry, ...] = (
    Industry("coffee shop", "food and drink", ("coffee", "cafe", "espresso", "barista", "roastery"),
             ("coffee", "coffee-outline", "coffee-maker")),
    Industry("bakery", "food and drink", ("bakery", "baker", "bread", "pastry", "patisserie"),
             ("baguette", "bread-slice", "muffin")),
    Industry("tech startup", "tech", ("tech", "startup", "software", "saas", "app"),
             ("rocket-launch", "chip", "code-braces")),
)

_WORD = re.compile(r"[a-z0-9]+")


def match_industries(text: str) -> list[Industry]:
    """Industries whose keywords occur in ``text``, best match first (longest keyword wins)."""
    lowered = " ".join(_WORD.findall(text.lower()))
    scored: list[tuple[int, int, Industry]] = []
    for order, industry in enumerate(INDUSTRIES):
        best = 0
        for keyword in industry.keywords:
            if re.search(rf"\b{re.escape(keyword)}s?\b", lowered):
                best = max(best, len(keyword))
        if best:
            scored.append((-best, order, industry))
    return [industry for _, _, industry in sorted(scored, key=lambda t: (t[0], t[1]))]
