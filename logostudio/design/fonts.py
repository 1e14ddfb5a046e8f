"""Typefaces: the catalogue of faces the engine sets text in, and loading them.

Latin, Greek and Cyrillic come from the installed Python font packages; Arabic, Hebrew,
Devanagari, Thai, Chinese, Japanese and Korean from Noto (Debian's `fonts-noto-core` and
`fonts-noto-cjk`, found in the system's font folders). A loaded :class:`Face` shapes with HarfBuzz
and outlines with fontTools; outlines are cached per glyph and per quantisation step, so a job
only pays for shaping and string joins after warm-up.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

from logostudio.design.scripts import script_of

# Where system fonts live (Debian and Ubuntu first; also the usual folders on other systems).
SYSTEM_FONT_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"),
    Path.home() / "Library/Fonts",
)


@dataclass(frozen=True)
class FaceSpec:
    """One font file: ``family`` is what the UI shows. ``package`` names the Python package that
    holds ``files/<file>``; without one, ``file`` is a system font (``index``: face in a .ttc)."""

    key: str
    family: str
    package: str | None
    file: str
    bold: bool = False
    serif: bool = False
    index: int = 0

    @property
    def path(self) -> Path:
        if self.package is None:
            found = _system_fonts().get(self.file)
            if found is None:
                raise LookupError(f"font {self.file} is not installed (Debian: fonts-noto-core, fonts-noto-cjk)")
            return found
        return _package_dir(self.package) / "files" / self.file


def _latin(key: str, family: str, package: str, file: str, bold: bool = False, serif: bool = False) -> FaceSpec:
    return FaceSpec(key, family, package, file, bold, serif)


_FACES: tuple[FaceSpec, ...] = (
    _latin("manrope-xb", "Manrope", "font_manrope", "Manrope-ExtraBold.ttf", bold=True),
    _latin("manrope-b", "Manrope", "font_manrope", "Manrope-Bold.ttf", bold=True),
    _latin("manrope-m", "Manrope", "font_manrope", "Manrope-Medium.ttf"),
    _latin("manrope-l", "Manrope", "font_manrope", "Manrope-Light.ttf"),
    _latin("rhd-blk", "Red Hat Display", "font_rhd", "RedHatDisplay-Black.ttf", bold=True),
    _latin("rhd-b", "Red Hat Display", "font_rhd", "RedHatDisplay-Bold.ttf", bold=True),
    _latin("rhd-m", "Red Hat Display", "font_rhd", "RedHatDisplay-Medium.ttf"),
    _latin("hanken-sb", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-SemiBold.otf", bold=True),
    _latin("hanken-l", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-Light.otf"),
    _latin("hanken-r", "Hanken Grotesk", "font_hanken_grotesk", "HankenGrotesk-Regular.otf"),
    _latin("lato-blk", "Lato", "font_lato", "Lato-Black.ttf", bold=True),
    _latin("lato-b", "Lato", "font_lato", "Lato-Bold.ttf", bold=True),
    _latin("lato-r", "Lato", "font_lato", "Lato-Regular.ttf"),
    _latin("lato-l", "Lato", "font_lato", "Lato-Light.ttf"),
    _latin("roboto-blk", "Roboto", "font_roboto", "Roboto-Black.ttf", bold=True),
    _latin("roboto-b", "Roboto", "font_roboto", "Roboto-Bold.ttf", bold=True),
    _latin("roboto-m", "Roboto", "font_roboto", "Roboto-Medium.ttf"),
    _latin("roboto-r", "Roboto", "font_roboto", "Roboto-Regular.ttf"),
    _latin("fjalla", "Fjalla One", "font_fjallaone", "FjallaOne-Regular.ttf", bold=True),
    _latin("fredoka", "Fredoka One", "font_fredoka_one", "FredokaOne-Regular.ttf", bold=True),
    _latin("amatic-b", "Amatic SC", "font_amatic_sc", "AmaticSC-Bold.ttf", bold=True),
    _latin("serif-blk", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Black.ttf", True, True),
    _latin("serif-b", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Bold.ttf", True, True),
    _latin("serif-sb", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Semibold.ttf", True, True),
    _latin("serif-r", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Regular.ttf", serif=True),
    _latin("serif-it", "Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-It.ttf", serif=True),
    _latin("caladea-b", "Caladea", "font_caladea", "Caladea-Bold.ttf", bold=True, serif=True),
    _latin("caladea-r", "Caladea", "font_caladea", "Caladea-Regular.ttf", serif=True),
    _latin("caladea-it", "Caladea", "font_caladea", "Caladea-Italic.ttf", serif=True),
)

# Scripts the Latin faces do not draw, each with a sans and a serif Noto family in two weights.
# CJK families are faces of one collection: 0 Japanese, 1 Korean, 2 Simplified and 3 Traditional
# Chinese, so each draws the forms its readers expect.
SCRIPTS: dict[str, tuple[tuple[str, str, int], tuple[str, str, int]]] = {
    # script: ((sans family, file stem, ttc index), (serif family, file stem, ttc index))
    "arabic": (("Noto Sans Arabic", "NotoSansArabic", -1), ("Noto Naskh Arabic", "NotoNaskhArabic", -1)),
    "hebrew": (("Noto Sans Hebrew", "NotoSansHebrew", -1), ("Noto Serif Hebrew", "NotoSerifHebrew", -1)),
    "devanagari": (
        ("Noto Sans Devanagari", "NotoSansDevanagari", -1),
        ("Noto Serif Devanagari", "NotoSerifDevanagari", -1),
    ),
    "thai": (("Noto Sans Thai", "NotoSansThai", -1), ("Noto Serif Thai", "NotoSerifThai", -1)),
    "japanese": (("Noto Sans CJK JP", "NotoSansCJK", 0), ("Noto Serif CJK JP", "NotoSerifCJK", 0)),
    "korean": (("Noto Sans CJK KR", "NotoSansCJK", 1), ("Noto Serif CJK KR", "NotoSerifCJK", 1)),
    "chinese": (("Noto Sans CJK SC", "NotoSansCJK", 2), ("Noto Serif CJK SC", "NotoSerifCJK", 2)),
    "chinese-traditional": (("Noto Sans CJK TC", "NotoSansCJK", 3), ("Noto Serif CJK TC", "NotoSerifCJK", 3)),
}


def script_face_key(script: str, bold: bool, serif: bool) -> str:
    return f"{script}-{'serif' if serif else 'sans'}-{'b' if bold else 'r'}"


def _script_faces() -> tuple[FaceSpec, ...]:
    out = []
    for script, styles in SCRIPTS.items():
        for serif, (family, stem, index) in zip((False, True), styles, strict=True):
            for bold in (False, True):
                weight = "Bold" if bold else "Regular"
                file = f"{stem}-{weight}.ttc" if index >= 0 else f"{stem}-{weight}.ttf"
                out.append(
                    FaceSpec(script_face_key(script, bold, serif), family, None, file, bold, serif, max(index, 0))
                )
    return tuple(out)


FACES: dict[str, FaceSpec] = {f.key: f for f in (*_FACES, *_script_faces())}
LATIN_FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(f.family for f in _FACES))

# Faces with the widest Latin, Greek and Cyrillic coverage, tried when a face cannot draw a letter.
FALLBACK_CHAIN: tuple[str, ...] = ("roboto-b", "roboto-r", "manrope-b", "serif-sb", "lato-b")


@cache
def _system_fonts() -> dict[str, Path]:
    """File name → path of every font file in the system's font folders (looked up once)."""
    found: dict[str, Path] = {}
    for folder in SYSTEM_FONT_DIRS:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".otf", ".ttc")):
                    found.setdefault(name, Path(root) / name)
    return found


@cache
def available(key: str) -> bool:
    """Whether face ``key``'s file is installed."""
    try:
        return FACES[key].path.is_file()
    except LookupError:
        return False


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"font package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


# ---------------------------------------------------------------- loaded faces


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
        self.tt = TTFont(str(path), lazy=True, fontNumber=spec.index)
        self.cmap: dict[int, str] = self.tt.getBestCmap()
        self.upem: int = self.tt["head"].unitsPerEm
        self.glyph_order = self.tt.getGlyphOrder()
        self.glyph_set = self.tt.getGlyphSet()
        hb_face = hb.Face(hb.Blob.from_file_path(str(path)), spec.index)
        self.hb_font = hb.Font(hb_face)
        self._bounds: dict[int, tuple[float, float, float, float] | None] = {}
        self._ops: dict[int, list[tuple[str, tuple[float, ...]]]] = {}
        self._strings: dict[tuple[int, float], tuple[int, int, str] | None] = {}

    @property
    def family(self) -> str:
        return self.spec.family

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.cmap

    def shape(self, text: str, tracking: float = 0.0, rtl: bool = False) -> list[tuple[int, float, float, float]]:
        """(glyph id, x, y, advance) in font units, in visual order; ``tracking`` is extra space
        per letter in em (never inside joined or stacked scripts: Arabic, Devanagari, Thai)."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        if any(script_of(ch) in ("arabic", "devanagari", "thai") for ch in text):
            tracking = 0.0  # joined or stacked scripts are not letter-spaced
        features = {"kern": True, "liga": tracking == 0.0}
        hb.shape(self.hb_font, buf, features)
        extra = tracking * self.upem
        x = 0.0
        out: list[tuple[int, float, float, float]] = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            spaced = pos.x_advance + (extra if pos.x_advance else 0.0)  # a mark stays on its letter
            out.append((info.codepoint, x + pos.x_offset, float(pos.y_offset), spaced))
            x += spaced
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
    """Fonts are read once per process, when first used."""
    return Face(FACES[key])
