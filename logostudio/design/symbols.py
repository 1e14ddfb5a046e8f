"""The symbol matcher: the best icons for a business type from :mod:`.scoring`, with a confidence,
kept varied, and the icon search box."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from logostudio.design.icons import usable
from logostudio.design.scoring import rank_icons
from logostudio.design.wordforms import DECOR

# Which candidates are offered (tuned on bench/data/longtail-dev.json only).
SURE = 0.6  # scores at or above this are a confident match
SAME_KIND = 0.25  # runners-up sharing a word with a symbol already shown wait by this much
KEEP = 0.7  # candidates kept: score >= KEEP * best
FLOOR = 0.12  # nothing below this is offered
TOP_UP, TOP_UP_SHARE = 4, 0.45  # fewer than TOP_UP kept: add runners-up down to this share of the best


@dataclass(frozen=True)
class Symbol:
    """One ranked candidate: its slug, score (0..~1.3), confidence (0..1) and whether it is sure."""

    slug: str
    score: float
    confidence: float
    sure: bool


def _diverse(ranked: list[tuple[str, float, bool]], limit: int) -> list[tuple[str, float, bool]]:
    """Best first, skipping restyles of an icon already taken (coffee-outline after coffee)."""
    seen: set[frozenset[str]] = set()
    out = []
    for entry in ranked:
        key = frozenset(p for p in entry[0].split("-") if p not in DECOR)
        if key in seen or not usable(entry[0]):
            continue
        seen.add(key)
        out.append(entry)
        if len(out) >= limit:
            break
    return out


def _symbols(ranked: list[tuple[str, float, bool]], share: float) -> tuple[Symbol, ...]:
    """Confidence: the score, scaled by how much of the text was understood; sure when it is high
    and the icon depicts a telling word outright (by name, alias or the lexicon), not by likeness."""
    out = []
    for slug, score, exact in ranked:
        confidence = max(0.0, min(1.0, score * share))
        out.append(Symbol(slug, round(score, 4), round(confidence, 3), exact and confidence >= SURE))
    return tuple(out)


@lru_cache(maxsize=1024)
def rank_symbols(
    business_type: str, business_name: str = "", keyword: str | None = None, limit: int = 12
) -> tuple[Symbol, ...]:
    """Candidates for a business, best first; empty when nothing fits (the engine draws a monogram).

    Only candidates within reach of the best are returned (score >= 0.7 x best), so every one of
    them is worth drawing. ``keyword`` (a word, or an exact slug) replaces the business type.
    ``business_name`` is used when the type finds nothing confident.
    """
    if keyword and keyword.strip():
        kw = keyword.strip().lower().replace(" ", "-").replace("_", "-")
        if usable(kw):
            return (Symbol(kw, 1.0, 1.0, True),)
        found, share = rank_icons(keyword.replace("-", " "))
        kept = _keep(found, limit)
        if kept:
            return _symbols(kept, share)
    found, share = rank_icons(business_type)
    result = _symbols(_keep(found, limit), share)
    if business_name and (not result or not result[0].sure):
        by_name, name_share = rank_icons(business_name, linked=False)
        named = _symbols(_keep(by_name, limit), name_share * 0.8)
        if named and (not result or named[0].confidence > result[0].confidence):
            result = named
    return result


def _keep(ranked: list[tuple[str, float, bool]], limit: int) -> list[tuple[str, float, bool]]:
    if not ranked or ranked[0][1] < FLOOR:
        return []
    best = ranked[0][1]
    kept = _varied(_diverse([r for r in ranked if r[1] >= max(FLOOR, KEEP * best)], limit))
    if len(kept) < TOP_UP and not (ranked[0][2] and best >= SURE):
        # A guess with too few candidates for the symbol layouts of a set: the next distinct
        # runners-up, rather than one weak candidate drawn four times.
        more = _diverse([r for r in ranked if max(FLOOR, TOP_UP_SHARE * best) <= r[1]], limit)
        taken = {r[0] for r in kept}
        kept += [r for r in more if r[0] not in taken][: TOP_UP - len(kept)]
    return kept


def _varied(kept: list[tuple[str, float, bool]]) -> list[tuple[str, float, bool]]:
    """Order the runners-up so the first few differ: a candidate sharing a word with one already
    placed (glass-mug after glass-wine) waits behind one that shows something else (palette).
    The lexicon's curated lead (scores above 1) keeps its order."""
    fixed = [r for r in kept if r[1] > 1.0]
    rest = [r for r in kept if r[1] <= 1.0]
    placed = [set(r[0].split("-")) - DECOR for r in fixed]
    out = list(fixed)
    while rest:

        def value(r: tuple[str, float, bool]) -> float:
            words = set(r[0].split("-")) - DECOR
            return r[1] * (1.0 - SAME_KIND if any(words & p for p in placed) else 1.0)

        pick = max(rest, key=value)
        rest.remove(pick)
        out.append(pick)
        placed.append(set(pick[0].split("-")) - DECOR)
    return out


def search_icons(query: str, limit: int = 24) -> list[str]:
    """Icon slugs for a search box, best first ("croissant" finds bakery icons)."""
    q = query.strip().lower()
    if not q:
        return []
    exact = q.replace(" ", "-")
    ranked, _share = rank_icons(q)
    if ranked:
        best = ranked[0][1]
        ranked = [r for r in ranked if r[1] >= max(FLOOR / 2, 0.3 * best)]
    out = [r[0] for r in _diverse(ranked, limit)]
    if usable(exact) and exact not in out:
        out = [exact, *out][:limit]
    return out


# Abstract marks drawn, as guesses, when nothing fits a business type: a symbol layout still shows a
# symbol, and the person is told it is a guess and offered the icon search.
ABSTRACT = ("star-four-points", "hexagon-multiple", "rhombus-split")


def fallback_symbols() -> tuple[Symbol, ...]:
    return tuple(Symbol(slug, 0.0, 0.0, False) for slug in ABSTRACT if usable(slug))


def symbol_candidates(business_type: str, business_name: str = "", keyword: str | None = None) -> tuple[Symbol, ...]:
    """Ranked symbols with scores and confidence, best first.

    ``keyword`` overrides the match: an exact slug, or words matched like a business type. When
    nothing fits, a few abstract marks come back as guesses (``sure`` False), so symbol layouts
    still carry a symbol; empty only for a blank type.
    """
    found = rank_symbols(business_type, business_name or "", keyword)
    if found or not any(c.isalnum() for c in business_type + (business_name or "")):
        return found
    return fallback_symbols()


def icon_candidates(business_type: str, business_name: str, keyword: str | None = None) -> tuple[str, ...]:
    """Icon slugs that fit a business, best first (empty when nothing fits: no abstract guesses)."""
    return tuple(s.slug for s in rank_symbols(business_type, business_name or "", keyword))


def spread(slot: int, count: int, width: int = 4) -> int:
    """Which of ``count`` ranked candidates the ``slot``-th symbol-carrying variant of a job draws:
    the best first, then the next best in turn (up to ``width`` distinct symbols), twice round;
    a larger set then goes on down the ranking and round again, so 24 variants are not four symbols
    six times."""
    if count <= 0:
        raise ValueError("no candidates")
    top = min(width, count)
    if slot < 2 * top or count <= top:
        return slot % top
    return (slot - top) % count
