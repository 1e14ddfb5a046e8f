"""The studio in a person's words: what the engine calls "signature", "analogous" or
"name contrast 2.1 < 4.5 on light", said the way a customer would say it.

Pure functions of what a variant records about itself (its meta, palette and SVG), so the cards,
the editor and the shortlist say the same things.
"""

from __future__ import annotations

import re
from typing import Any

from logostudio.studio.choices import MIN_SYMBOL_CONTRAST, MIN_TEXT_CONTRAST

LAYOUT_NAMES: dict[str, str] = {
    "emblem": "Emblem",
    "horizontal": "Side by side",
    "stacked": "Stacked",
    "monogram": "Initials",
    "wordmark": "Name only",
    "badge": "Badge",
}
LAYOUT_HINTS: dict[str, str] = {
    "emblem": "the symbol in a shape, the name below",
    "horizontal": "the symbol beside the name",
    "stacked": "the symbol above the name",
    "monogram": "the initials in a shape, the name below",
    "wordmark": "the name on its own",
    "badge": "the symbol and the name inside a round seal",
}
CASE_NAMES: dict[str, str] = {"asis": "As typed", "upper": "UPPER", "lower": "lower", "title": "Title"}
THEME_NAMES: dict[str, str] = {"light": "Light background", "dark": "Dark background"}
PALETTE_NAMES: dict[str, str] = {
    "warm": "Warm",
    "cool": "Cool",
    "mono": "Black and white",
    "signature": "Your colour",
    "analogous": "Your colour and its neighbours",
    "complementary": "Your colour and its opposite",
    "neutral": "Your colour with greys",
}
PART_NAMES: dict[str, str] = {
    "background": "Background",
    "symbol": "Symbol",
    "name": "Name",
    "slogan": "Slogan",
    "shape": "Shape",
}
_DECOR = frozenset({"outline", "variant", "alt", "multiple"})
_HEX = re.compile(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"')


def layout_name(layout: object) -> str:
    return LAYOUT_NAMES.get(str(layout), str(layout).replace("-", " ").capitalize())


def palette_name(name: object) -> str:
    """A palette's name as a person would say it ("analogous" → "Your colour and its neighbours")."""
    text = str(name or "").strip()
    return PALETTE_NAMES.get(text.lower(), text[:1].upper() + text[1:] if text else "Your own colours")


def symbol_name(slug: str | None) -> str:
    """An icon's name in words: "kettle-pour-over" → "kettle pour over", "bread-slice-outline" → "bread slice"."""
    if not slug:
        return "no symbol"
    words = [w for w in slug.split("-") if w not in _DECOR] or slug.split("-")
    if len(words) > 1 and words[0] in _CLASSIFIERS:
        words = words[1:]  # "food-apple" is an apple
    return " ".join(words)


# Leading words of icon names that only sort the icon into a group.
_CLASSIFIERS = frozenset({"food", "fruit"})


def with_article(words: str) -> str:
    """ "a symbol name" or "an …" by how it sounds: an airplane, an hourglass, a unicorn."""
    w = words.lower()
    vowel = w[:1] in "aeiou" and not w.startswith(("uni", "use", "usu", "eu", "one", "once"))
    return f"{'an' if vowel or w.startswith(('hour', 'honest', 'honor', 'honour')) else 'a'} {words}"


def describe(meta: dict[str, Any]) -> str:
    """One line on what a logo is: "Emblem: a croissant symbol, the name in Caladea"."""
    layout = str(meta.get("layout") or "")
    font = str(meta.get("font") or "")
    icon = meta.get("icon")
    if layout == "wordmark":
        what = "the name on its own"
    elif layout == "monogram" and not icon:
        what = "the initials in a shape"
    elif icon:
        what = f"{with_article(symbol_name(str(icon)))} symbol"
    else:
        what = "the initials as the symbol"
    return f"{layout_name(layout)}: {what}, the name in {font}" if font else f"{layout_name(layout)}: {what}"


def colors_in_svg(svg: str) -> list[str]:
    """The colours a logo is really drawn in, from its SVG: the background first, each once."""
    return list(dict.fromkeys(c.upper() for c in _HEX.findall(svg)))


def readability(checks: dict[str, Any]) -> tuple[bool, str]:
    """(reads well, a sentence): how easily the name and the symbol stand out from their background."""
    text, symbol = checks.get("contrast_text"), checks.get("contrast_symbol")
    faint = []
    if text is not None and text < MIN_TEXT_CONTRAST:
        faint.append("the lettering")
    if symbol is not None and symbol < MIN_SYMBOL_CONTRAST:
        faint.append("the symbol")
    if faint:
        return False, f"Hard to read: {' and '.join(faint)} barely stand{'s' if len(faint) == 1 else ''} out."
    strong = text is not None and text >= 7
    return True, "Easy to read, even small" if strong else "Easy to read"


def contrast_line(part: str, ratio: float | None, minimum: float, on: str = "background") -> tuple[bool, str]:
    """(good enough, a sentence) on how one part stands out: "Name: 7.5 : 1, reads well". ``on`` is
    what the part sits on: "background", or "shape" (a badge's disc, an emblem's tile)."""
    label = PART_NAMES.get(part, part.title())
    if ratio is None:
        return True, f"{label}: not on this logo"
    if ratio >= minimum:
        return True, f"{label} stands out: {ratio:.1f} : 1 (at least {minimum:g} : 1 reads well)"
    behind = "the shape it sits on" if on == "shape" else "the background"
    other = "another shape colour" if on == "shape" else "another background"
    return False, (
        f"{label} is hard to read: {ratio:.1f} : 1 against {behind}, below the {minimum:g} : 1 "
        f"that reads well for everyone. Pick a lighter or darker {label.lower()} colour, or {other}."
    )


_PROBLEM_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:\w+: )?(name|slogan) contrast"), "The {0} is hard to read on its background."),
    (re.compile(r"^(?:\w+: )?symbol contrast"), "The symbol is hard to see on its background."),
    (re.compile(r"^(?:\w+: )?accent contrast"), "The decoration almost disappears into the background."),
    (re.compile(r"^(\w+) overlaps (\w+)"), "The {0} touches the {1}: try a smaller symbol or shorter words."),
    (re.compile(r"spills|edge|crosses"), "Something runs too close to the edge: try shorter words or a smaller symbol"),
)


def problems_in_words(problems: list[str]) -> list[str]:
    """The checks' findings as sentences a person can act on, each once."""
    out: list[str] = []
    for problem in problems:
        for pattern, sentence in _PROBLEM_WORDS:
            found = pattern.search(problem)
            if found:
                out.append(sentence.format(*(g.replace("_", " ") for g in found.groups())))
                break
        else:
            out.append("Something in the drawing needs another look: try another layout.")
    return list(dict.fromkeys(out))


def derived_line(origin: str | None, source_title: str | None, source_index: int | None) -> str | None:
    """Where a set came from, as its heading and History say it ("More like #3 of Golden Crust")."""
    of = source_title or "an earlier set"
    number = f"#{source_index + 1} of " if source_index is not None else ""
    if origin == "more":
        return f"More like {number}{of}"
    if origin == "variations":
        return f"New variations of {of}"
    if origin == "edit":
        return f"Edited from {number}{of}"
    return None


SYMBOL_GUESS = (
    "We guessed this symbol: nothing in our icon library clearly shows “{business}”. "
    "Pick one that fits better by searching for a word."
)


def symbol_guess(business_type: str) -> str:
    return SYMBOL_GUESS.format(business=business_type)


__all__ = [
    "CASE_NAMES",
    "LAYOUT_HINTS",
    "LAYOUT_NAMES",
    "PALETTE_NAMES",
    "PART_NAMES",
    "THEME_NAMES",
    "colors_in_svg",
    "contrast_line",
    "derived_line",
    "describe",
    "layout_name",
    "palette_name",
    "problems_in_words",
    "readability",
    "symbol_guess",
    "symbol_name",
]
