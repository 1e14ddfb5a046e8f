"""Symbols from the installed Material Design Icons pack, matched to the business.

Order of preference: the industry lexicon's candidates, then icon slugs that match words of the
business type and name, then nothing (the engine draws a monogram instead). Nothing is fetched.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import material_design_icons_pack as mdi
from fontTools.pens.boundsPen import BoundsPen
from fontTools.svgLib.path import parse_path

from logostudio.design.lexicon import match_industries

_PATH_D = re.compile(r'<path[^>]*\sd="([^"]+)"')
_WORD = re.compile(r"[a-z0-9]+")
# Words that say nothing about what to draw.
_STOP = frozenset(
    """a an and the of for & co company inc ltd llc shop store service services studio agency
group club center centre house place hub labs lab firm the my our your new best pro plus one two
solutions consulting consultancy business local home auto repair""".split()
)
# Slug words that name interface controls, not things a business would put in its logo.
_UI_WORDS = frozenset(
    """view open format account file folder text arrow chevron menu alert window table card
border cellphone content database form page order sort filter format-list close minus plus remove search
checkbox radiobox toggle cursor selection vector code application apps dots label note bio""".split()
)


@dataclass(frozen=True)
class IconShape:
    """An icon's path and its exact ink bounds in its 24×24 space (y down)."""

    slug: str
    d: str
    bounds: tuple[float, float, float, float]


@cache
def all_slugs() -> frozenset[str]:
    """Slugs the pack exports (module constants are the slugs upper-cased with underscores)."""
    names = getattr(mdi, "__all__", None) or dir(mdi)
    return frozenset(n.lower().replace("_", "-") for n in names if n.isupper() or (n[:1].isupper() and "_" in n))


@lru_cache(maxsize=2048)
def load_icon(slug: str) -> IconShape | None:
    """The icon's single path and its bounds (None for unknown slugs or non-path icons)."""
    icon = _get(slug)
    if icon is None:
        return None
    m = _PATH_D.search(icon.svg)
    if not m:
        return None
    d = m.group(1)
    pen = BoundsPen(None)
    parse_path(d, pen)
    if pen.bounds is None:
        return None
    return IconShape(slug, d, tuple(float(v) for v in pen.bounds))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def deprecated_slugs() -> frozenset[str]:
    """Deprecated icons, read from the pack's stub file: asking get_icon for one prints a warning."""
    stub = Path(mdi.__file__).with_name("__init__.pyi")
    found: set[str] = set()
    try:
        lines = stub.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for prev, line in pairwise(lines):
        if prev.startswith("# DEPRECATED") and ":" in line:
            found.add(line.split(":", 1)[0].strip().lower().replace("_", "-"))
    return frozenset(found)


def _get(slug: str) -> mdi.Icon | None:
    """get_icon for icons we may use: deprecated ones (brand logos, mostly) are never drawn."""
    if slug in deprecated_slugs():
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return mdi.get_icon(slug)


def _usable(slug: str) -> bool:
    icon = _get(slug)
    return icon is not None and not icon.deprecated and load_icon(slug) is not None


@lru_cache(maxsize=1)
def _slug_index() -> dict[str, list[str]]:
    """First word of a slug → slugs, so a word finds "coffee", "coffee-maker", ..."""
    index: dict[str, list[str]] = {}
    for slug in sorted(all_slugs()):
        for part in set(slug.split("-")):
            index.setdefault(part, []).append(slug)
    return index


def _word_candidates(text: str) -> list[str]:
    """Slugs matching words of ``text``: exact slug, then slugs made of that word plus a qualifier."""
    index = _slug_index()
    slugs = all_slugs()
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if len(word) < 3 or word in _STOP or word in _UI_WORDS:
            continue
        forms = [word]
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
        elif word.endswith("es"):
            forms += [word[:-2], word[:-1]]
        elif word.endswith("s"):
            forms.append(word[:-1])
        for form in forms:
            if form in slugs:
                out.append(form)
            related = [
                s
                for s in index.get(form, [])
                if s.startswith(form + "-") and not any(part in _UI_WORDS or part == "off" for part in s.split("-")[1:])
            ]
            related.sort(
                key=lambda s: (("outline" in s) + ("remove" in s or "minus" in s or "alert" in s) * 2, len(s), s)
            )
            out += related[:3]
    return [s for s in dict.fromkeys(out) if _usable(s)]


@lru_cache(maxsize=1024)
def icon_candidates(business_type: str, business_name: str, keyword: str | None = None) -> tuple[str, ...]:
    """Best icon slugs for a business, best first (empty → draw a monogram).

    ``keyword`` overrides the match: an exact slug, or a word looked up like the business type.
    """
    if keyword:
        kw = keyword.strip().lower().replace(" ", "-").replace("_", "-")
        if kw in all_slugs() and load_icon(kw) is not None:
            return (kw,)
        phrase = keyword.replace("-", " ")
        found = _lexicon_candidates(phrase) + _word_candidates(phrase)
        if found:
            return tuple(dict.fromkeys(found))
    type_hits = _lexicon_candidates(business_type)
    name_hits = _lexicon_candidates(business_name) if business_name else []
    words = _word_candidates(business_type) + (_word_candidates(business_name) if business_name else [])
    return tuple(dict.fromkeys(type_hits + name_hits + words))


def _lexicon_candidates(text: str) -> list[str]:
    out: list[str] = []
    for industry in match_industries(text):
        out += [s for s in industry.icons if _usable(s)]
    return out
