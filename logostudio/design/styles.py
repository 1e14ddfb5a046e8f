"""The engine's vocabulary of styles and themes: typeface pairs, letter cases and spacing per style.

What a person may ask for (``STYLE_NAMES``, ``THEMES``) is read from here by the brief's
validation, so the form, the API and the engine never disagree about the words.
"""

from __future__ import annotations

from typing import Any

# style → (name face, slogan face) pairs, best first; cases and letter-spacing (em) per case.
STYLES: dict[str, dict[str, Any]] = {
    "modern": {
        "pairs": [("manrope-xb", "manrope-m"), ("rhd-b", "rhd-m"), ("hanken-sb", "hanken-r"), ("lato-blk", "lato-r")],
        "cases": ["asis", "asis", "upper"],
        "track": {"asis": [-0.01, 0.0], "upper": [0.06, 0.1]},
        "slogan": ("asis", 0.01),
    },
    "minimalist": {
        "pairs": [("manrope-l", "manrope-m"), ("lato-l", "lato-r"), ("hanken-l", "hanken-r"), ("rhd-m", "rhd-m")],
        "cases": ["lower", "upper", "asis"],
        "track": {"asis": [0.0, 0.02], "lower": [0.0, 0.03], "upper": [0.16, 0.22]},
        "slogan": ("upper", 0.16),
    },
    "playful": {
        "pairs": [("fredoka", "rhd-m"), ("rhd-blk", "rhd-m"), ("amatic-b", "rhd-b"), ("manrope-xb", "manrope-m")],
        "cases": ["asis", "asis", "lower"],
        "track": {"asis": [0.0, 0.02], "lower": [0.0, 0.02]},
        "slogan": ("asis", 0.01),
    },
    "elegant": {
        "pairs": [
            ("serif-r", "lato-r"),
            ("caladea-r", "caladea-it"),
            ("serif-sb", "serif-it"),
            ("caladea-b", "lato-r"),
        ],
        "cases": ["upper", "asis", "upper"],
        "track": {"asis": [0.0, 0.01], "upper": [0.12, 0.18]},
        "slogan": ("upper", 0.18),
    },
    "bold": {
        "pairs": [("fjalla", "roboto-m"), ("lato-blk", "lato-b"), ("rhd-blk", "rhd-b"), ("roboto-blk", "roboto-m")],
        "cases": ["upper", "upper", "asis"],
        "track": {"asis": [-0.01, 0.0], "upper": [0.01, 0.04]},
        "slogan": ("upper", 0.1),
    },
    "vintage": {
        "pairs": [
            ("serif-blk", "caladea-it"),
            ("caladea-b", "serif-it"),
            ("fjalla", "serif-it"),
            ("amatic-b", "caladea-r"),
        ],
        "cases": ["upper", "asis", "upper"],
        "track": {"asis": [0.0, 0.01], "upper": [0.05, 0.1]},
        "slogan": ("asis", 0.02),
    },
    "tech": {
        "pairs": [
            ("rhd-b", "roboto-r"),
            ("hanken-sb", "hanken-r"),
            ("roboto-m", "roboto-r"),
            ("manrope-b", "manrope-m"),
        ],
        "cases": ["upper", "lower", "asis"],
        "track": {"asis": [0.0, 0.01], "lower": [0.02, 0.04], "upper": [0.12, 0.18]},
        "slogan": ("upper", 0.14),
    },
}
STYLE_NAMES: tuple[str, ...] = tuple(STYLES)
DEFAULT_STYLE = "modern"
# The two background modes a brief may ask for; the engine also reads free theme words (below).
THEMES: tuple[str, ...] = ("light", "dark")

_STYLE_WORDS: dict[str, str] = {
    "retro": "vintage",
    "classic": "elegant",
    "luxury": "elegant",
    "luxurious": "elegant",
    "fun": "playful",
    "clean": "minimalist",
    "simple": "minimalist",
    "minimal": "minimalist",
    "futuristic": "tech",
    "techy": "tech",
    "technology": "tech",
    "digital": "tech",
    "strong": "bold",
    "corporate": "modern",
    "professional": "modern",
    "friendly": "playful",
    "cute": "playful",
    "rustic": "vintage",
    "handmade": "vintage",
    "sophisticated": "elegant",
    "loud": "bold",
    "sleek": "modern",
}
_DARK_WORDS = frozenset({"dark", "night", "black", "neon", "midnight", "noir"})
_TINT_WORDS = frozenset({"pastel", "soft", "warm", "cream", "tinted", "paper", "earthy", "natural"})


def style_of(word: str | None) -> str | None:
    """A style name for a style word ("retro" → vintage), or None."""
    w = (word or "").strip().lower()
    return w if w in STYLES else _STYLE_WORDS.get(w)


def read_theme(theme: str | None) -> tuple[str, list[str], bool]:
    """(mode, style hints, tinted background) from free theme words."""
    words = (theme or "").lower().replace(",", " ").replace("-", " ").split()
    mode = "dark" if any(w in _DARK_WORDS for w in words) else "light"
    hints = [s for s in (style_of(w) for w in words) if s]
    return mode, hints, any(w in _TINT_WORDS for w in words)
