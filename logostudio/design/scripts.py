"""Writing systems: which script a letter belongs to, and which way it reads.

A name in Latin, Greek or Cyrillic is drawn by the Latin faces; a letter of another script needs a
Noto face of its own (:data:`logostudio.design.fonts.SCRIPTS`), so these are the scripts told apart.
"""

from __future__ import annotations

import functools
import unicodedata

# The letters that need a face of their own, by script: Unicode blocks (with their presentation
# forms and extensions). Latin, Greek and Cyrillic are in every Latin face here.
_BLOCKS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("hebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    ("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("devanagari", ((0x0900, 0x097F), (0xA8E0, 0xA8FF))),
    ("thai", ((0x0E00, 0x0E7F),)),
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("hangul", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    (
        "han",
        ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF), (0x3000, 0x303F), (0xFF01, 0xFF60)),
    ),
)


@functools.lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    """The script of a letter that needs a face of its own; None for Latin, Greek, Cyrillic and
    for what belongs to no script (spaces, digits, punctuation, marks)."""
    o = ord(ch)
    for script, blocks in _BLOCKS:
        if any(low <= o <= high for low, high in blocks):
            return script
    return None


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def scripts_in(text: str) -> list[str]:
    """The face scripts ``text`` needs, in order of first use: CJK is told apart by its letters
    (kana → Japanese, hangul → Korean, Han alone → Chinese, Traditional when GB2312 lacks it)."""
    seen = list(dict.fromkeys(s for s in map(script_of, text) if s))
    out: list[str] = []
    for s in seen:
        if s in ("kana", "han", "hangul"):
            if "kana" in seen:
                s = "japanese"
            elif "hangul" in seen:
                s = "korean"
            else:
                han = "".join(ch for ch in text if script_of(ch) == "han")
                try:
                    han.encode("gb2312")
                    s = "chinese"
                except UnicodeEncodeError:
                    s = "chinese-traditional"
        out.append(s)
    return list(dict.fromkeys(out))


def is_cjk(text: str) -> bool:
    """Whether the letters of ``text`` are Chinese, Japanese or Korean (no initials exist there)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(script_of(ch) in ("han", "kana", "hangul") for ch in letters)
