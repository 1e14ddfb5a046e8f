"""The engine's own picture of a logo: every element with its exact box and colour role.

Layouts build a :class:`Scene`; it is rendered once per colour scheme (main, transparent, dark)
and checked from these boxes, which come from real glyph and path bounds, not estimates.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from logostudio.design.fonts import get_face
from logostudio.design.shaping import ShapedLine, line_path, shape_line

CANVAS = 512.0
MARK = "\x00"  # colour placeholder in element templates


def fmt(v: float) -> str:
    """Short decimal for coordinates: at most two decimals, no trailing zeros."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def intersects(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )


@dataclass(frozen=True)
class Region:
    """Where content drawn on a shape must stay: a circle or a rectangle."""

    kind: str  # "circle" | "rect"
    cx: float
    cy: float
    r: float = 0.0
    box: Box | None = None

    def contains(self, b: Box) -> bool:
        if self.kind == "circle":
            return all(
                math.hypot(x - self.cx, y - self.cy) <= self.r + 0.01 for x in (b.x0, b.x1) for y in (b.y0, b.y1)
            )
        assert self.box is not None
        return (
            b.x0 >= self.box.x0 - 0.01
            and b.y0 >= self.box.y0 - 0.01
            and b.x1 <= self.box.x1 + 0.01
            and b.y1 <= self.box.y1 + 0.01
        )


@dataclass
class Item:
    """One drawn element. ``tpl`` holds the markup with MARK where its colour goes.

    kind: "shape" (a backdrop for other items), "text", "symbol", "decor".
    backdrop: index of the shape it sits on (None = the canvas background).
    inside: indexes of hollow decorations (rings) it sits inside, so they don't count as overlap.
    """

    kind: str
    role: str
    tpl: str
    color_role: str
    box: Box
    backdrop: int | None = None
    region: Region | None = None
    inside: tuple[int, ...] = ()
    min_contrast: float = 0.0
    lines: tuple[str, ...] = ()  # a text item's lines, as drawn


@dataclass
class Scene:
    layout: str
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> int:
        self.items.append(item)
        return len(self.items) - 1


# ---------------------------------------------------------------- text


@dataclass
class TextBlock:
    """Shaped lines at one size, measured from real glyph bounds."""

    face_key: str
    lines: list[ShapedLine]
    size: float
    leading: float  # baseline to baseline, px

    @property
    def scale(self) -> float:
        return self.size / get_face(self.face_key).upem

    def line_ink(self, i: int) -> tuple[float, float, float, float]:
        ink = self.lines[i].ink
        return ink if ink is not None else (0.0, 0.0, 0.0, 0.0)

    @property
    def rtl(self) -> bool:
        """Whether the text reads right to left."""
        return any(line.rtl for line in self.lines)

    @property
    def texts(self) -> tuple[str, ...]:
        """Each line's text as drawn."""
        return tuple(line.text for line in self.lines)

    @property
    def width(self) -> float:
        s = self.scale
        return max((self.line_ink(i)[2] - self.line_ink(i)[0]) * s for i in range(len(self.lines)))

    def _extent(self) -> tuple[float, float]:
        """(top, bottom) of the ink relative to the first baseline (y down)."""
        s = self.scale
        n = len(self.lines)
        top = min(i * self.leading - self.line_ink(i)[3] * s for i in range(n))
        bottom = max(i * self.leading - self.line_ink(i)[1] * s for i in range(n))
        return top, bottom

    @property
    def top(self) -> float:
        """Distance from the block's top ink edge to the first baseline."""
        return -self._extent()[0]

    @property
    def height(self) -> float:
        top, bottom = self._extent()
        return bottom - top

    def place(self, x: float, y_top: float, align: str = "center") -> tuple[str, Box]:
        """Markup template and exact box with the ink top at ``y_top``.

        ``x`` is the centre (align="center"), the left ink edge (align="left") or the right one
        (align="right", where right-to-left text starts).
        """
        face = get_face(self.face_key)
        s = self.scale
        q = max(40, min(400, round(self.size * 2.6)))  # steps per em: ~0.4 px precision
        unit = face.upem / q
        k = self.size / q
        first_base = y_top + self.top
        box: Box | None = None
        origins: list[tuple[float, float]] = []
        for i in range(len(self.lines)):
            xmin, ymin, xmax, ymax = self.line_ink(i)
            ox = {"center": x - (xmin + xmax) / 2 * s, "left": x - xmin * s, "right": x - xmax * s}[align]
            base = first_base + i * self.leading
            origins.append((ox, base))
            b = Box(ox + xmin * s, base - ymax * s, ox + xmax * s, base - ymin * s)
            box = b if box is None else box.union(b)
        ox0, base0 = origins[0]
        parts = []
        for (ox, base), line in zip(origins, self.lines, strict=True):
            parts.append(line_path(line, unit, (ox - ox0) / s, -(base - base0) / s))
        d = "".join(parts)
        tpl = f'<path fill="{MARK}" transform="matrix({fmt(k)} 0 0 {fmt(-k)} {fmt(ox0)} {fmt(base0)})" d="{d}"/>'
        assert box is not None
        # Rounding to whole steps moves points by up to half a step: widen the box by that.
        pad = k * 0.5 * 2
        return tpl, Box(box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)


_DANGLING = frozenset({"&", "and", "of", "the", "+", "a", "et", "de", "la", "le"})


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" " + _GLUE, "").replace(_GLUE, "")


def _split_balanced(words: list[str], n: int, measure: Callable[[str], float]) -> list[str] | None:
    """Split words into ``n`` lines minimising the widest line."""
    if len(words) < n:
        return None
    if n == 1:
        return [_join(words)]
    best: tuple[float, list[str]] | None = None
    if n == 2:
        for i in range(1, len(words)):
            lines = [_join(words[:i]), _join(words[i:])]
            # A line should not end on "&" or "of": weigh such breaks as if they were wider.
            w = max(measure(line) for line in lines) * (1.35 if words[i - 1].lower() in _DANGLING else 1.0)
            if best is None or w < best[0]:
                best = (w, lines)
    elif n == 3:
        for i in range(1, len(words) - 1):
            for j in range(i + 1, len(words)):
                lines = [_join(words[:i]), _join(words[i:j]), _join(words[j:])]
                w = max(measure(line) for line in lines)
                if best is None or w < best[0]:
                    best = (w, lines)
    else:
        return _split_many(words, n, measure)
    return best[1] if best else None


def _split_many(words: list[str], n: int, measure: Callable[[str], float]) -> list[str]:
    """Split words into ``n`` > 3 lines minimising the widest line (a last resort for a long
    name): each line's width is measured once, the best split of every prefix is kept."""
    m = len(words)
    widths: dict[tuple[int, int], float] = {}

    def width(i: int, j: int) -> float:
        if (i, j) not in widths:
            widths[i, j] = measure(_join(words[i:j]))
        return widths[i, j]

    # best[k][j]: (widest line, where its last line starts) for words[:j] in k lines
    best: list[dict[int, tuple[float, int]]] = [{}, {j: (width(0, j), 0) for j in range(1, m - n + 2)}]
    for k in range(2, n + 1):
        row: dict[int, tuple[float, int]] = {}
        for j in range(k, m - (n - k) + 1):
            row[j] = min((max(best[k - 1][i][0], width(i, j)), i) for i in range(k - 1, j))
        best.append(row)
    lines, j = [], m
    for k in range(n, 0, -1):
        i = best[k][j][1]
        lines.append(_join(words[i:j]))
        j = i
    return lines[::-1]


def fit_text(
    text: str,
    face_key: str,
    tracking: float,
    max_w: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    max_h: float | None = None,
    leading: float = 1.18,
    line_penalty: float = 0.22,
) -> TextBlock | None:
    """The largest block of ``text`` that fits ``max_w`` × ``max_h`` (None if below ``min_size``).

    Wrapping is chosen when it buys a clearly bigger size; widths are real ink widths.
    """
    face = get_face(face_key)
    upem = face.upem

    def measure(line: str) -> float:
        ink = shape_line(face_key, line, tracking).ink
        return 0.0 if ink is None else (ink[2] - ink[0]) / upem

    words = text.split()
    if not words:
        return None
    block = _fit_words(
        words, face_key, tracking, max_w, max_size, min_size, max_lines, max_h, leading, line_penalty, measure
    )
    if block is None and any(len(w) > 12 for w in words):
        # A single very long word (no spaces to wrap at) is broken into pieces rather than overflow.
        pieces: list[str] = []
        for w in words:
            n = max(1, -(-len(w) // 12))
            step = -(-len(w) // n)
            pieces += [w[:step]] + [_GLUE + w[i : i + step] for i in range(step, len(w), step)]
        block = _fit_words(
            pieces, face_key, tracking, max_w, max_size, min_size, max_lines, max_h, leading, line_penalty, measure
        )
    return block


RAGGED = 0.4  # how much a very short line costs a wrapped name
_GLUE = "\x01"  # marks a piece that continues the previous one (no space between them)


def _fit_words(
    words: list[str],
    face_key: str,
    tracking: float,
    max_w: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    max_h: float | None,
    leading: float,
    line_penalty: float,
    measure: Callable[[str], float],
) -> TextBlock | None:
    best: tuple[float, TextBlock] | None = None
    for n in range(1, max_lines + 1):
        lines = _split_balanced(words, n, measure)
        if lines is None:
            break
        widest = max(measure(line) for line in lines) or 1.0
        size = min(max_size, max_w / widest)
        block = TextBlock(face_key, [shape_line(face_key, line, tracking) for line in lines], size, size * leading)
        if max_h is not None and block.height > max_h:
            size *= max_h / block.height
            block = TextBlock(face_key, block.lines, size, size * leading)
        if size < min_size:
            continue
        score = size * (1 - line_penalty * (n - 1))
        if n > 1:  # a line far shorter than the widest (a lone "DA" over "CAPO", "SCORES") reads as ragged
            short = min(measure(line) for line in lines) / widest
            score *= 1 - RAGGED * max(0.0, 0.5 - short)
        if best is None or score > best[0]:
            best = (score, block)
    return best[1] if best else None
