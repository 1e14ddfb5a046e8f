"""Typefaces from the installed font packages, shaped with HarfBuzz and outlined with fontTools.

Every letter of a logo is an outline ``<path>`` (no ``<text>``), so the SVG looks the same
everywhere and no user string ever reaches the markup. Outlines are cached per glyph and per
quantisation step, so a job only pays for shaping and string joins after warm-up.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont


@dataclass(frozen=True)
class FaceSpec:
    """One packaged font file: ``family`` is what the UI shows, ``package``/``file`` find it."""

    key: str
    family: str
    package: str
    file: str

    @property
    def path(self) -> Path:
        return _package_dir(self.package) / "files" / self.file


_FACES: tuple[FaceSpec, ...] = (
    FaceSpec("manrope-xb", "Manrope", "font_manrope", "Manrope-ExtraBold.ttf"),
    FaceSpec("manrope-b", "Manrope", "font_manrope", "Manrope-Bold.ttf"),
    FaceSpec("manrope-m", "Manrope", "font_manrope", "Manrope-Medium.ttf"),
    FaceSpec("manrope-l", "Manrope", "font_manrope", "Manrope-Light.ttf"),
    FaceSpec("rhd-blk", "Red Hat Display", "font_rhd", "RedHatDisplay-Black.ttf"),
    FaceSpec("rhd-b", "Red Hat Display", "font_rhd", "RedHatDisplay-Bold.ttf"),
    FaceSpec("rhd-m", "Red Hat Display", "font_rhd", "RedHatDisplay-Medium.ttf"),
    FaceSpec("hanken-sb", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-SemiBold.otf"),
    FaceSpec("hanken-l", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-Light.otf"),
    FaceSpec("hanken-r", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-Regular.otf"),
    FaceSpec("lato-blk", "Lato", "font_lato", "Lato-Black.ttf"),
    FaceSpec("lato-b", "Lato", "font_lato", "Lato-Bold.ttf"),
    FaceSpec("lato-r", "Lato", "font_lato", "Lato-Regular.ttf"),
    FaceSpec("lato-l", "Lato", "font_lato", "Lato-Light.ttf"),
    FaceSpec("roboto-blk", "Roboto", "font_roboto", "Roboto-Black.ttf"),
    FaceSpec("roboto-b", "Roboto", "font_roboto", "Roboto-Bold.ttf"),
    FaceSpec("roboto-m", "Roboto", "font_roboto", "Roboto-Medium.ttf"),
    FaceSpec("roboto-r", "Roboto", "font_roboto", "Roboto-Regular.ttf"),
    FaceSpec("fjalla", "Fjalla One", "font_fjallaone", "FjallaOne-Regular.ttf"),
    FaceSpec("fredoka", "Fredoka One", "font_fredoka_one", "FredokaOne-Regular.ttf"),
    FaceSpec("amatic-b", "Amatic SC", "font_amatic_sc", "AmaticSC-Bold.ttf"),
    FaceSpec("serif-blk", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Black.ttf"),
    FaceSpec("serif-b", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Bold.ttf"),
    FaceSpec("serif-sb", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Semibold.ttf"),
    FaceSpec("serif-r", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Regular.ttf"),
    FaceSpec("serif-it", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-It.ttf"),
    FaceSpec("caladea-b", "Caladea", "font_caladea", "Caladea-Bold.ttf"),
    FaceSpec("caladea-r", "Caladea", "font_caladea", "Caladea-Regular.ttf"),
    FaceSpec("caladea-it", "Caladea", "font_caladea", "Caladea-Italic.ttf"),
)
FACES: dict[str, FaceSpec] = {f.key: f for f in _FACES}

# Faces with the widest coverage, tried in order when a name has letters a face cannot draw.
FALLBACK_CHAIN: tuple[str, ...] = ("roboto-b", "roboto-r", "manrope-b", "serif-sb", "lato-b")


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"font package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


class _RecordingPen(BasePen):
    """Collects an outline as absolute M/L/Q/C/Z commands in font units."""

    def __init__(self, glyph_set: object) -> None:
        super().__init__(glyph_set)
        self.ops: list[tuple[str, tuple[float, ...]]] = []

    def _moveTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(("M", pt))

    def _lineTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(("L", pt))

    def _qCurveToOne(self, pt1: tuple[float, float], pt2: tuple[float, float]) -> None:
        self.ops.append(("Q", (*pt1, *pt2)))

    def _curveToOne(self, pt1: tuple[float, float], pt2: tuple[float, float], pt3: tuple[float, float]) -> None:
        self.ops.append(("C", (*pt1, *pt2, *pt3)))

    def _closePath(self) -> None:
        self.ops.append(("Z", ()))

    def _endPath(self) -> None:
        self.ops.append(("Z", ()))


def _num_join(nums: list[int]) -> str:
    """Shortest SVG number list: a minus sign separates as well as a space does."""
    out: list[str] = []
    for i, n in enumerate(nums):
        s = str(n)
        if i and n >= 0:
            out.append(" ")
        out.append(s)
    return "".join(out)


class Face:
    """A loaded font: HarfBuzz for shaping, fontTools for outlines and coverage."""

    def __init__(self, spec: FaceSpec) -> None:
        self.spec = spec
        path = spec.path
        self.tt = TTFont(str(path), lazy=True)
        self.cmap: dict[int, str] = self.tt.getBestCmap()
        self.upem: int = self.tt["head"].unitsPerEm
        self.glyph_order = self.tt.getGlyphOrder()
        self.glyph_set = self.tt.getGlyphSet()
        hb_face = hb.Face(hb.Blob.from_file_path(str(path)))
        self.hb_font = hb.Font(hb_face)
        self._bounds: dict[int, tuple[float, float, float, float] | None] = {}
        self._ops: dict[int, list[tuple[str, tuple[float, ...]]]] = {}
        self._strings: dict[tuple[int, float], tuple[int, int, str] | None] = {}

    @property
    def family(self) -> str:
        return self.spec.family

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.cmap

    def shape(self, text: str, tracking: float = 0.0) -> list[tuple[int, float, float, float]]:
        """(glyph id, x, y, advance) in font units; ``tracking`` is extra space per letter in em."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        features = {"kern": True, "liga": tracking == 0.0}
        hb.shape(self.hb_font, buf, features)
        extra = tracking * self.upem
        x = 0.0
        out: list[tuple[int, float, float, float]] = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            out.append((info.codepoint, x + pos.x_offset, float(pos.y_offset), pos.x_advance + extra))
            x += pos.x_advance + extra
        return out

    def _glyph_ops(self, gid: int) -> list[tuple[str, tuple[float, ...]]]:
        ops = self._ops.get(gid)
        if ops is None:
            pen = _RecordingPen(self.glyph_set)
            self.glyph_set[self.glyph_order[gid]].draw(pen)
            ops = self._ops[gid] = pen.ops
        return ops

    def bounds(self, gid: int) -> tuple[float, float, float, float] | None:
        """Exact ink bounds of a glyph in font units (None for spaces)."""
        if gid not in self._bounds:
            pen = BoundsPen(self.glyph_set)
            self.glyph_set[self.glyph_order[gid]].draw(pen)
            self._bounds[gid] = pen.bounds
        return self._bounds[gid]

    def glyph_string(self, gid: int, unit: float) -> tuple[int, int, str] | None:
        """A glyph as (first x, first y, relative path rest) in integer steps of ``unit`` font units.

        Everything after the first moveto is relative, so the string can be reused at any pen
        position: only the first point is shifted when a line is assembled.
        """
        key = (gid, unit)
        if key in self._strings:
            return self._strings[key]
        ops = self._glyph_ops(gid)
        if not ops:
            self._strings[key] = None
            return None
        parts: list[str] = []
        first: tuple[int, int] | None = None
        cx = cy = 0
        sx = sy = 0
        for op, pts in ops:
            q = [round(v / unit) for v in pts]
            if op == "M":
                x, y = q
                if first is None:
                    first = (x, y)
                else:
                    parts.append("m" + _num_join([x - sx, y - sy]))
                cx, cy, sx, sy = x, y, x, y
            elif op == "Z":
                parts.append("z")
                cx, cy = sx, sy
            else:
                rel: list[int] = []
                for i in range(0, len(q), 2):
                    rel += [q[i] - cx, q[i + 1] - cy]
                if op == "L":
                    if rel[0] == 0 and rel[1] == 0:
                        continue
                    if rel[1] == 0:
                        parts.append("h" + str(rel[0]))
                    elif rel[0] == 0:
                        parts.append("v" + str(rel[1]))
                    else:
                        parts.append("l" + _num_join(rel))
                else:
                    parts.append(op.lower() + _num_join(rel))
                cx, cy = q[-2], q[-1]
        assert first is not None
        result = (first[0], first[1], "".join(parts))
        self._strings[key] = result
        return result


@cache
def get_face(key: str) -> Face:
    """Fonts are package data: load each once per process."""
    return Face(FACES[key])


def renderable(text: str, face: Face) -> bool:
    return all(ch.isspace() or face.covers(ch) for ch in text)


def drawable_text(text: str, preferred: list[str]) -> tuple[str, str]:
    """(text, face key): the first face that draws every letter, else drop what no face can draw.

    A name in a script no packaged font has (e.g. CJK) keeps its drawable part; never tofu.
    """
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    chain = list(dict.fromkeys([*preferred, *FALLBACK_CHAIN]))
    for key in chain:
        if renderable(text, get_face(key)):
            return text, key
    # Keep only characters the preferred face (or the widest fallback) can draw.
    for key in chain:
        face = get_face(key)
        kept = "".join(ch if (ch.isspace() or face.covers(ch)) else " " for ch in text)
        kept = " ".join(kept.split())
        if any(ch.isalnum() for ch in kept):
            return kept, key
    return "", preferred[0]


@dataclass
class ShapedLine:
    """A shaped line in font units with its exact ink box."""

    face: Face
    glyphs: list[tuple[int, float, float, float]]
    advance: float
    ink: tuple[float, float, float, float] | None  # xmin, ymin, xmax, ymax (y up)


@lru_cache(maxsize=4096)
def shape_line(face_key: str, text: str, tracking: float) -> ShapedLine:
    face = get_face(face_key)
    glyphs = face.shape(text, tracking)
    xmin = ymin = float("inf")
    xmax = ymax = float("-inf")
    for gid, x, y, _adv in glyphs:
        b = face.bounds(gid)
        if b is None:
            continue
        xmin, ymin = min(xmin, x + b[0]), min(ymin, y + b[1])
        xmax, ymax = max(xmax, x + b[2]), max(ymax, y + b[3])
    advance = sum(g[3] for g in glyphs) - (tracking * face.upem if glyphs else 0.0)
    ink = None if xmin == float("inf") else (xmin, ymin, xmax, ymax)
    return ShapedLine(face, glyphs, advance, ink)


def line_path(line: ShapedLine, unit: float, x0: float, y0: float) -> str:
    """Path data for a line whose origin sits at (x0, y0) font units, in steps of ``unit``."""
    parts: list[str] = []
    ox, oy = round(x0 / unit), round(y0 / unit)
    for gid, x, y, _adv in line.glyphs:
        g = line.face.glyph_string(gid, unit)
        if g is None:
            continue
        px, py = ox + round(x / unit), oy + round(y / unit)
        parts.append(f"M{px + g[0]} {py + g[1]}{g[2]}")
    return "".join(parts)
