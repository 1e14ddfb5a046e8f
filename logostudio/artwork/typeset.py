"""Words set as glyph outlines at a place on a page (mock-ups, contact sheets): no ``<text>``, so
no typed character ever becomes markup, and every script the engine draws is drawn here too."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from logostudio.design.scene import fit_text
from logostudio.design.shaping import drawable_text

FILL_ATTR = re.compile(r'fill="[^"]*"')


def one_line(text: str) -> str:
    """``text`` on one line: NFC, unprintable characters as spaces, runs of space as one."""
    text = unicodedata.normalize("NFC", text or "")
    return " ".join("".join(c if c.isprintable() or c in "\u200c\u200d" else " " for c in text).split())


@dataclass(frozen=True)
class Typeset:
    """Outlined text: markup and the ink box (x, y, w, h); empty markup when nothing fits."""

    markup: str
    box: tuple[float, float, float, float]

    @property
    def bottom(self) -> float:
        return self.box[1] + self.box[3]


def text(
    words: str,
    keys: list[str],
    x: float,
    y_top: float,
    size: float,
    color: str,
    align: str = "left",
    max_w: float = 1e5,
    min_size: float | None = None,
    max_lines: int = 1,
    tracking: float = 0.0,
    max_h: float | None = None,
) -> Typeset:
    """``words`` as glyph outlines, its ink top at ``y_top``; ``x`` is the left, centre or right edge."""
    line, key = drawable_text(one_line(words), keys)
    empty = Typeset("", (x, y_top, 0.0, 0.0))
    if not line:
        return empty
    block = fit_text(
        line,
        key,
        tracking,
        max_w,
        size,
        min_size if min_size is not None else size * 0.45,
        max_lines=max_lines,
        max_h=max_h,
    )
    if block is None:
        return empty
    tpl, box = block.place(x, y_top, align)
    return Typeset(FILL_ATTR.sub(f'fill="{color}"', tpl, count=1), (box.x0, box.y0, box.w, box.h))
