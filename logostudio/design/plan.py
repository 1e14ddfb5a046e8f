"""Planning: every choice of a variant (layout, typefaces, case, symbol, palette, colour roles)
decided from the brief and the seed before any geometry is made.

Deterministic: each choice comes from a ``random.Random`` seeded with the brief, the seed and the
variant's index, so variant ``i`` does not depend on how many variants are asked for.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict
from typing import Any

from logostudio.design.brief import Brief
from logostudio.design.icons import load_icon
from logostudio.design.layouts import LAYOUTS, SHAPES, SYMBOL_LAYOUTS, Plan
from logostudio.design.palettes import DEFAULT_PALETTES, derived_palettes, parse_color
from logostudio.design.scripts import is_cjk
from logostudio.design.shaping import drawable_text
from logostudio.design.styles import DEFAULT_STYLE, STYLES, read_theme, style_of
from logostudio.design.symbols import spread, symbol_candidates

_MINOR_WORDS = frozenset({"&", "and", "the", "of", "a", "an", "et", "und", "+"})
MAX_ATTEMPTS = 8  # later attempts trade layout, face and size for room


def initials(name: str) -> str:
    """The first letter of the first two words, in the name's own script ("Blue Bean" → BB,
    "योग शाला" → यश); a Chinese, Japanese or Korean name, which has no initials, gives its first
    character."""
    if is_cjk(name):
        return next((c for c in name if c.isalnum()), "?")
    words = [w for w in name.split() if w.lower() not in _MINOR_WORDS and w[:1].isalnum()]
    if not words:
        words = [w for w in name.split() if any(c.isalnum() for c in w)]
    letters = "".join(_first_letter(w) for w in words[:2]) if words else "?"
    return letters.upper() if len(letters.upper()) == len(letters) else letters


def _first_letter(word: str) -> str:
    """A word's first letter, without the vowel signs and tone marks that follow it (a nukta,
    which makes another consonant, stays); Thai vowels written before the consonant are skipped."""
    start = next((i for i, c in enumerate(word) if c.isalnum() and not "\u0e40" <= c <= "\u0e44"), 0)
    return word[start] + ("\u093c" if word[start + 1 : start + 2] == "\u093c" else "")


CASES: tuple[str, ...] = ("asis", "upper", "lower", "title")


def apply_case(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "title":
        return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return text


def _palettes(brief: Brief) -> tuple[list[dict[str, Any]], bool]:
    """(palettes to cycle, is the default set)."""
    if brief.palette and isinstance(brief.palette.get("colors"), list) and len(brief.palette["colors"]) >= 4:
        return [brief.palette], False
    base = parse_color(brief.color)
    if base is None:
        return [dict(p, colors=list(p["colors"])) for p in DEFAULT_PALETTES], True
    return [dict(p, colors=list(p["colors"])) for p in derived_palettes(base)], False


def seed_key(brief: Brief, seed: int) -> str:
    """The string every random choice of a job is seeded from: the seed and every field of the brief."""
    return json.dumps([seed, asdict(brief)], sort_keys=True, ensure_ascii=False)


class Planner:
    """Choices shared by the variants of one brief and seed; ``plan`` decides one variant."""

    def __init__(self, brief: Brief, seed: int) -> None:
        self.brief = brief
        self.key = seed_key(brief, seed)
        rng = random.Random(self.key)
        self.style = style_of(brief.style) or DEFAULT_STYLE
        self.mode, hints, self.tint = read_theme(brief.theme)
        if self.style == "vintage":
            self.tint = True
        self.styles = [self.style] + [h for h in hints if h != self.style]
        self.raw_name = brief.display_name
        self.palettes, self.default_palettes = _palettes(brief)
        self.layout_lock = brief.layout if brief.layout in LAYOUTS else None
        # Icons: an exact slug in brief.icon locks it; a word overrides the industry match.
        slug = (brief.icon or "").strip().lower()
        self.icon_lock = slug if slug and load_icon(slug) is not None else None
        if self.icon_lock:
            self.icons: tuple[str, ...] = (self.icon_lock,)
            self.icon_sure: tuple[bool, ...] = (True,)
        else:
            found = symbol_candidates(brief.business_type, brief.business_name or "", brief.icon)
            self.icons = tuple(s.slug for s in found)
            self.icon_sure = tuple(s.sure for s in found)
        if self.layout_lock:
            self.layouts = [self.layout_lock]
        else:
            pool = [x for x in LAYOUTS if x in SYMBOL_LAYOUTS] if self.icon_lock else list(LAYOUTS)
            rng.shuffle(pool)
            if self.icons and pool[0] not in SYMBOL_LAYOUTS:  # the first variant shows the best symbol
                first = next(i for i, x in enumerate(pool) if x in SYMBOL_LAYOUTS)
                pool[0], pool[first] = pool[first], pool[0]
            self.layouts = pool
        self.font_rot = rng.randrange(4)
        # Where an anchored set (one layout) starts each cycle of composition and colour roles.
        self.turns = [rng.randrange(4) for _ in range(5)]

    def plan(self, index: int, attempt: int, nudge: int = 0) -> tuple[Plan, dict[str, Any], dict[str, Any]]:
        """(plan, palette, meta) of variant ``index``; later attempts change layout, face and size.

        ``nudge`` > 0 moves every free choice on to its next option, for a variant that would
        otherwise look like one the person already has (see ``engine.look``)."""
        base = random.Random(f"{self.key}|{index}" + (f"|{nudge}" if nudge else ""))
        # A nudge counts in mixed radix over the choices, so 16 nudges reach 16 different looks.
        n_type, n_form = nudge % 4, nudge // 4
        style = self.styles[index % len(self.styles)] if len(self.styles) > 1 and index % 3 == 2 else self.style
        table = STYLES[style]
        layout = self.layouts[(index + (attempt + 1) // 2) % len(self.layouts)]
        if attempt >= 6 and not self.layout_lock:
            layout = "wordmark" if not self.icon_lock else "horizontal"  # the roomiest for text
        cycle = index // len(LAYOUTS)  # later cycles of a long run shift the typeface and symbol
        pair = table["pairs"][(self.font_rot + index + cycle + attempt // 2 + n_type) % len(table["pairs"])]
        case = table["cases"][(index + base.randrange(3) + n_form) % len(table["cases"])]
        if attempt >= 4:
            pair, case = ("roboto-b", "roboto-r"), "asis"
        tracking = base.choice(table["track"].get(case, [0.0]))
        s_case, s_track = table["slogan"]
        name, name_face = self._name(case, pair[0])
        slogan, slogan_face, descriptor = None, pair[1], False
        if self.brief.slogan and self.brief.slogan.strip() and attempt < 6:  # last resorts drop it
            slogan, slogan_face = _drawable_or_none(apply_case(self.brief.slogan, s_case), pair[1])
        if (
            slogan is None
            and layout == "badge"
            and attempt < 6
            and self.brief.business_name
            and len(self.brief.business_type) <= 24
        ):
            # A seal reads better with a descriptor line: the business type in spaced capitals.
            slogan, slogan_face = _drawable_or_none(self.brief.business_type.upper(), pair[1])
            s_track, descriptor = 0.16, slogan is not None
        icon = None
        # A name without initials (Chinese, Japanese, Korean) shows its symbol in a monogram too.
        symbol_match = None
        if self.icons and (layout in SYMBOL_LAYOUTS or (layout == "monogram" and is_cjk(name))):
            # The best symbol on the first symbol-carrying variant, the next best spread over the rest.
            slot = sum(self.layouts[j % len(self.layouts)] in SYMBOL_LAYOUTS for j in range(index))
            pick = spread(slot, len(self.icons))
            slug = self.icons[pick]
            if self.layout_lock and (index // 2 + n_form + self.turns[4]) % 2 == 1:
                slug = _restyled(slug)  # an anchored set also shows the symbol's other style
            icon = load_icon(slug)
            symbol_match = "sure" if self.icon_sure[pick] else "guess"
        letters, initials_face = drawable_text(initials(name), [name_face])
        if self.default_palettes:
            palette = self.palettes[(index // 2) % len(self.palettes)]
        else:
            palette = self.palettes[index % len(self.palettes)]
        # Half the variants draw the symbol in the palette's second colour, so palettes show.
        if self.default_palettes or len(self.palettes) == 1:
            mark_role = "accent_mark" if index % 2 == 1 else "mark"
        else:
            mark_role = "accent_mark" if palette["name"] == "analogous" else "mark"
        if self.layout_lock:
            # An anchored set (More like this) keeps layout, symbol and palette and walks through the
            # compositions and colour roles in turn, so no two of its variants differ only in type.
            t = self.turns
            shape = SHAPES[(t[0] + index + n_type + n_form) % len(SHAPES)]
            name_role = ("ink", "brand_text")[(t[1] + index // 2 + n_form) % 2]
            accent = ("bar", "overline")[(t[2] + index + n_form) % 2]
            framed = (t[3] + index + n_form // 2) % 2 == 0
            ring = framed
        else:
            shape = base.choice(SHAPES)
            name_role = "brand_text" if base.random() < 0.4 else "ink"
            accent = base.choice(["bar", "overline"])
            framed = base.random() < 0.6
            ring = True
        plan = Plan(
            layout=layout,
            icon=icon,
            name=name,
            name_face=name_face,
            name_tracking=tracking,
            slogan=slogan,
            slogan_face=slogan_face,
            slogan_tracking=s_track,
            initials=letters or "?",
            initials_face=initials_face,
            shape=shape,
            name_role=name_role,
            accent=accent,
            framed=framed,
            ring=ring,
            scale=0.85 ** (attempt % 2 + (attempt >= 4)),
            roomy=attempt >= MAX_ATTEMPTS - 2,  # the last resorts: the name may take more lines
            mark_role=mark_role,
            descriptor=descriptor,
        )
        meta = {
            "case": case,
            "letter_spacing": tracking,
            "style": style,
            "shape": plan.shape,
            "mark_color": mark_role,
            "name_color": name_role,
            "framed": framed,
            "accent": accent,
            "ring": ring,
            "symbol_match": symbol_match if icon is not None else None,
        }
        if nudge:
            meta["nudge"] = nudge
        return plan, palette, meta

    def _name(self, case: str, face: str) -> tuple[str, str]:
        """The name as drawn: the business name, else the business type, else "Logo"."""
        for text in (self.raw_name, self.brief.business_type.title()):
            drawn, drawn_face = drawable_text(apply_case(text, case), [face])
            if any(c.isalnum() for c in drawn):
                return drawn, drawn_face
        return "Logo", face


def _restyled(slug: str) -> str:
    """The icon's other style (outline or filled) when the pack has it, else the icon itself."""
    other = slug.removesuffix("-outline") if slug.endswith("-outline") else f"{slug}-outline"
    return other if load_icon(other) is not None else slug


def _drawable_or_none(text: str, face: str) -> tuple[str | None, str]:
    drawn, drawn_face = drawable_text(text, [face])
    return (drawn if any(c.isalnum() for c in drawn) else None), drawn_face
