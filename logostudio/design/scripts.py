"""Writing systems: which script a letter belongs to, and which way it reads.

A name in Latin, Greek or Cyrillic is drawn by the Latin faces; a letter of another script needs a
Noto face of its own (:data:`logostudio.design.fonts.SCRIPTS`), so these are the scripts told apart.
"""

from __future__ import annotations

import unicodedata


def script_of(ch: str) -> str | None:
    """The script of a letter that needs a face of its own; None for Latin, Greek, Cyrillic and
    for what belongs to no script (spaces, digits, punctuation, marks)."""
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF or 0xFB1D <= o <= 0xFB4F:
        return "hebrew"
    if (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x08A0 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    ):
        return "arabic"
    if 0x0900 <= o <= 0x097F or 0xA8E0 <= o <= 0xA8FF:
        return "devanagari"
    if 0x0E00 <= o <= 0x0E7F:
        return "thai"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3FFFF
        or 0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF60
    ):
        return "han"
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
