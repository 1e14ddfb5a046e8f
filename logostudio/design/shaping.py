"""Text to outlines: a line cut into runs by script and face, shaped, and drawn as path data.

Each run is shaped on its own (right-to-left runs right to left) and the runs are put in visual
order, so "مطعم Jasmine" or "東京 Sushi" is drawn whole. Every letter of a logo is an outline
``<path>`` (no ``<text>``), so the SVG looks the same everywhere and no user string ever reaches
the markup.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from logostudio.design.fonts import FACES, FALLBACK_CHAIN, Face, available, get_face, script_face_key
from logostudio.design.scripts import is_rtl, scripts_in

# ---------------------------------------------------------------- which faces draw a text


def face_chain(preferred: list[str], text: str) -> list[str]:
    """Faces to draw ``text`` with, best first: the preferred ones, the Noto faces of its scripts
    (in the weight and serif-ness of the first preferred face), then wide Latin fallbacks."""
    lead = FACES[preferred[0]]
    scripted = [script_face_key(s, lead.bold, lead.serif) for s in scripts_in(text)]
    return [k for k in dict.fromkeys([*preferred, *scripted, *FALLBACK_CHAIN]) if available(k)]


# ---------------------------------------------------------------- what can be drawn

# Characters that are part of the text but draw nothing themselves: joiners and variation selectors.
_JOINERS = frozenset("\u200c\u200d\ufe0e\ufe0f")


def _drawable(ch: str, chain: list[str]) -> bool:
    return ch.isspace() or ch in _JOINERS or any(get_face(k).covers(ch) for k in chain)


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` that no installed face draws (emoji, rare scripts), each once."""
    chain = face_chain(list(FALLBACK_CHAIN[:1]), text)
    return list(dict.fromkeys(ch for ch in text if not _drawable(ch, chain)))


def drawable_text(text: str, preferred: list[str]) -> tuple[str, str]:
    """(text, face key): ``text`` single-spaced and without what no face draws, and the face to
    set it in: the first preferred (or script) face that draws all of it, else the first preferred
    one, whose line then borrows the letters it lacks from the script faces."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    chain = face_chain(preferred, text)
    kept = "".join(ch for ch in text if _drawable(ch, chain))
    # A joiner or selector left beside a dropped emoji would join nothing.
    kept = "".join(ch for i, ch in enumerate(kept) if ch not in _JOINERS or _between_letters(kept, i))
    kept = " ".join(kept.split())
    for key in chain:
        face = get_face(key)
        if all(ch.isspace() or ch in _JOINERS or face.covers(ch) for ch in kept):
            return kept, key
    return kept, chain[0] if chain else preferred[0]


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and not text[i - 1].isspace() and not text[i + 1].isspace()


# ---------------------------------------------------------------- lines

# A glyph of a line: (face, glyph id, x, y, advance), positions in the line's face units.
Glyph = tuple[Face, int, float, float, float]


@dataclass
class ShapedLine:
    """A shaped line with its exact ink box, in the units of ``face`` (its reference face)."""

    face: Face
    glyphs: list[Glyph]
    advance: float
    ink: tuple[float, float, float, float] | None  # xmin, ymin, xmax, ymax (y up)
    text: str = ""
    rtl: bool = False  # the line reads right to left


def _runs(text: str, chain: list[Face]) -> tuple[int, list[tuple[Face, int, str]]]:
    """(base level, ``text`` cut into (face, bidi level, text) runs in logical order).

    The face of a letter is the first in ``chain`` that has it; spaces, joiners and marks stay
    with the letter before them. Levels follow the Unicode bidi algorithm for one paragraph with
    no explicit embeddings: 0 left to right, 1 right to left, 2 left-to-right text (Latin, digits)
    inside a right-to-left line; a neutral between two runs of one direction takes it.
    """
    first = next((ch for ch in text if unicodedata.bidirectional(ch) in ("L", "R", "AL")), "")
    base = 1 if first and is_rtl(first) else 0
    strong: list[int | None] = []
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            strong.append(1)
        elif kind in ("L", "EN", "AN"):
            strong.append(2 if base else 0)
        else:
            strong.append(None)
    levels: list[int] = []
    for i, level in enumerate(strong):
        if level is None:
            before = next((x for x in reversed(strong[:i]) if x is not None), base)
            after = next((x for x in strong[i + 1 :] if x is not None), base)
            level = before if before == after else base
        levels.append(level)
    faces: list[Face] = []
    for ch in text:
        attached = ch.isspace() or ch in _JOINERS or unicodedata.category(ch).startswith("M")
        if attached and faces and (not unicodedata.category(ch).startswith("M") or faces[-1].covers(ch)):
            owner = faces[-1]
        else:
            owner = next((f for f in chain if f.covers(ch)), faces[-1] if faces else chain[0])
        faces.append(owner)
    runs: list[tuple[Face, int, str]] = []
    for ch, face, level in zip(text, faces, levels, strict=True):
        if runs and runs[-1][0] is face and runs[-1][1] == level:
            runs[-1] = (face, level, runs[-1][2] + ch)
        else:
            runs.append((face, level, ch))
    return base, runs


def _visual(runs: list[tuple[Face, int, str]]) -> list[tuple[Face, int, str]]:
    """Runs in the order they are drawn left to right (rule L2 of the bidi algorithm, per run)."""
    out = list(runs)
    for level in range(max((r[1] for r in out), default=0), 0, -1):
        i = 0
        while i < len(out):
            if out[i][1] >= level:
                j = i
                while j < len(out) and out[j][1] >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


@lru_cache(maxsize=4096)
def shape_line(face_key: str, text: str, tracking: float) -> ShapedLine:
    """``text`` as one line in face ``face_key``, letters it lacks taken from the script faces."""
    ref = get_face(face_key)
    chain = [get_face(k) for k in face_chain([face_key], text)] or [ref]
    if ref not in chain:
        chain.insert(0, ref)
    glyphs: list[Glyph] = []
    x = 0.0
    base, runs = _runs(text, chain)
    for face, level, chunk in _visual(runs):
        k = ref.upem / face.upem
        shaped = face.shape(chunk, tracking, rtl=level % 2 == 1)
        for gid, gx, gy, adv in shaped:
            glyphs.append((face, gid, x + gx * k, gy * k, adv * k))
        x += sum(adv for *_, adv in shaped) * k
    xmin = ymin = float("inf")
    xmax = ymax = float("-inf")
    for face, gid, gx, gy, _adv in glyphs:
        b = face.bounds(gid)
        if b is None:
            continue
        k = ref.upem / face.upem
        xmin, ymin = min(xmin, gx + b[0] * k), min(ymin, gy + b[1] * k)
        xmax, ymax = max(xmax, gx + b[2] * k), max(ymax, gy + b[3] * k)
    advance = sum(g[4] for g in glyphs) - (tracking * ref.upem if glyphs else 0.0)
    ink = None if xmin == float("inf") else (xmin, ymin, xmax, ymax)
    return ShapedLine(ref, glyphs, advance, ink, text, rtl=base == 1)


def line_path(line: ShapedLine, unit: float, x0: float, y0: float) -> str:
    """Path data for a line whose origin sits at (x0, y0) font units, in steps of ``unit``."""
    parts: list[str] = []
    ox, oy = round(x0 / unit), round(y0 / unit)
    ref = line.face.upem
    for face, gid, x, y, _adv in line.glyphs:
        g = face.glyph_string(gid, unit * face.upem / ref)
        if g is None:
            continue
        px, py = ox + round(x / unit), oy + round(y / unit)
        parts.append(f"M{px + g[0]} {py + g[1]}{g[2]}")
    return "".join(parts)
