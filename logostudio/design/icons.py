"""Access to the installed Material Design Icons pack: which slugs it has, which of them can be
drawn, and an icon's path with its exact bounds. Nothing is fetched; which icon fits a business
is :mod:`logostudio.design.symbols`.
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

_PATH_D = re.compile(r'<path[^>]*\sd="([^"]+)"')


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


def usable(slug: str) -> bool:
    """The pack draws this slug: it exists, is not deprecated and is a single path."""
    icon = _get(slug)
    return icon is not None and not icon.deprecated and load_icon(slug) is not None
