"""The brief a person (or a program) may ask for: one shape, its validation, its conversions.

Every door (the form, the CLI, the API) hands a mapping to :func:`parse_brief` and gets a
:class:`LogoBrief` or an :class:`InvalidBrief` whose ``errors`` map each field to a message a
person can act on. The vocabulary (styles, themes, layouts, colour words) is the design engine's.
A new preference is one field with its check below, and one field of the engine's ``Brief``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from logostudio.design import FAMILIES, Brief, Overrides
from logostudio.design.icons import usable
from logostudio.design.layouts import LAYOUTS
from logostudio.design.palettes import read_color
from logostudio.design.plan import CASES
from logostudio.design.shaping import undrawable
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.errors import InvalidBrief
from logostudio.fields import (
    BUSINESS_NAME,
    BUSINESS_TYPE,
    COLOR,
    EDIT_NAME,
    EDIT_SLOGAN,
    ICON,
    LAYOUT,
    PALETTE_NAME,
    SET_NAME,
    SLOGAN,
    STYLE,
    THEME,
    FieldRule,
)

MAX_VARIANTS = 24
MAX_SEED = 2**31 - 1
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_ICON = re.compile(rf"^[a-z0-9][a-z0-9 -]{{0,{ICON.max_length - 1}}}$")
_DIGITS = re.compile(r"[0-9]{1,18}")


# Format characters that are part of words: joiners (Persian ZWNJ, emoji ZWJ) and variation selectors.
_TEXT_FORMAT = frozenset("\u200c\u200d\ufe0e\ufe0f")


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in _TEXT_FORMAT for ch in text)


def _text(value: Any, rule: FieldRule) -> str | None:
    """Text with runs of white space made single, within ``rule``'s limits; None when empty and
    not required."""
    label = rule.label
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValueError(f"{label} must be text.")
    if _has_control_chars(value):
        raise ValueError(f"{label} contains control characters; use plain letters, digits and punctuation.")
    value = " ".join(value.split())
    if not value:
        if rule.required:
            raise ValueError(rule.missing())
        return None
    if len(value) > rule.max_length:
        raise ValueError(rule.too_long(len(value)))
    if missing := undrawable(value):
        raise ValueError(
            f"{label} has characters no typeface here can draw: {' '.join(missing)}. "
            "Remove them (emoji cannot be part of a logo) and try again."
        )
    return value


# A palette's name is shown as a button's label and in the brand kit: words only, so no Markdown
# (![](…), [](…), **) or HTML can be written with it.
_NAME_PUNCTUATION = frozenset(" -'’&.,")


def _palette_name(value: Any) -> str:
    name = _text(value, PALETTE_NAME) or ""
    if not all(ch in _NAME_PUNCTUATION or unicodedata.category(ch)[0] in "LMN" for ch in name):
        raise ValueError(
            f"{PALETTE_NAME.label}: use letters, digits, spaces and - ' & . , only "
            f"(up to {PALETTE_NAME.max_length} characters)."
        )
    return name


def _choice(value: Any, rule: FieldRule, choices: tuple[str, ...]) -> str | None:
    text = _text(value, rule)
    if text is None:
        return None
    if text.lower() not in choices:
        raise ValueError(f"{rule.label} {text!r} is not one of: {', '.join(choices)}.")
    return text.lower()


def _whole_number(value: Any, message: str) -> int | None:
    """An int, an integral float (6.0) or a string of digits; never a bool or 6.5."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(message)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):  # not isdigit(): "²" is a digit to it
        return int(value.strip())
    raise ValueError(message)


class LogoBrief(BaseModel):
    """A checked brief. Unknown keys are refused by name; text is single-spaced and trimmed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    business_type: str
    business_name: str | None = None
    slogan: str | None = None
    # Preferences (the seed's `preferences` object).
    style: str | None = None
    theme: str | None = None
    color: str | None = None
    icon: str | None = None
    layout: str | None = None
    palette: dict[str, Any] | None = None
    # How many and which.
    variants: int | None = None
    seed: int | None = None

    @field_validator("business_type", mode="before")
    @classmethod
    def _type(cls, v: Any) -> str | None:
        return _text(v, BUSINESS_TYPE)

    @field_validator("business_name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str | None:
        return _text(v, BUSINESS_NAME)

    @field_validator("slogan", mode="before")
    @classmethod
    def _slogan(cls, v: Any) -> str | None:
        return _text(v, SLOGAN)

    @field_validator("style", mode="before")
    @classmethod
    def _style(cls, v: Any) -> str | None:
        return _choice(v, STYLE, STYLE_NAMES)

    @field_validator("theme", mode="before")
    @classmethod
    def _theme(cls, v: Any) -> str | None:
        return _choice(v, THEME, THEMES)

    @field_validator("layout", mode="before")
    @classmethod
    def _layout(cls, v: Any) -> str | None:
        return _choice(v, LAYOUT, LAYOUTS)

    @field_validator("color", mode="before")
    @classmethod
    def _color(cls, v: Any) -> str | None:
        text = _text(v, COLOR)
        if text is None:
            return None
        try:
            found = read_color(text)
        except ValueError:
            raise ValueError(
                f"Colour {text!r} is not a CSS colour name, a colour word like amber, or a hex code like #3366ff."
            ) from None
        return found[0] if found else None

    @field_validator("icon", mode="before")
    @classmethod
    def _icon(cls, v: Any) -> str | None:
        text = _text(v, ICON)
        if text is not None and not _ICON.match(text.lower()):
            raise ValueError(f"{ICON.label}: use a word or an icon name like 'coffee' or 'rocket-launch'.")
        return text.lower() if text else None

    @field_validator("palette", mode="before")
    @classmethod
    def _palette(cls, v: Any) -> dict[str, Any] | None:
        if v is None:
            return None
        if not (
            isinstance(v, dict)
            and set(v) == {"name", "colors"}
            and isinstance(v["colors"], list)
            and len(v["colors"]) == 4
            and all(isinstance(c, str) and _HEX.match(c) for c in v["colors"])
        ):
            raise ValueError('Palette must be {"name": …, "colors": [4 hex codes like #3366FF]}.')
        return {"name": _palette_name(v["name"]), "colors": list(v["colors"])}

    @field_validator("variants", mode="before")
    @classmethod
    def _variants(cls, v: Any) -> int | None:
        n = _whole_number(v, f"Variants must be a whole number from 1 to {MAX_VARIANTS}.")
        if n is not None and not 1 <= n <= MAX_VARIANTS:
            got = str(n) if len(str(n)) <= 6 else "a number that long"
            raise ValueError(f"Variants must be from 1 to {MAX_VARIANTS} (got {got}).")
        return n

    @field_validator("seed", mode="before")
    @classmethod
    def _seed(cls, v: Any) -> int | None:
        n = _whole_number(v, "Seed must be a whole number.")
        if n is not None and not 0 <= n <= MAX_SEED:
            raise ValueError(f"Seed must be from 0 to {MAX_SEED}.")
        return n

    # ------------------------------------------------------------ conversions

    @property
    def display_name(self) -> str:
        """The name the brief goes by (a set's title, the editor's words): the engine's rule."""
        return self.design_brief().display_name

    def preferences(self) -> dict[str, Any]:
        """The preferences that were given, as the job row stores them (`jobs.prefs`)."""
        return {k: getattr(self, k) for k in PREFERENCES if getattr(self, k) is not None}

    def design_brief(self) -> Brief:
        """What the engine designs from."""
        return Brief(**{f.name: getattr(self, f.name) for f in fields(Brief)})

    def request(self) -> dict[str, Any]:
        """The seed's request shape (nested `preferences`), e.g. to submit the brief again."""
        top = self.model_dump(exclude=set(PREFERENCES), exclude_none=True)
        return {**top, "preferences": self.preferences()}

    @classmethod
    def stored(
        cls,
        business_type: str,
        business_name: str | None,
        slogan: str | None,
        prefs: Mapping[str, Any],
        variants: int,
        seed: int,
    ) -> LogoBrief:
        """A brief as a job row holds it (checked when it was stored, so not checked again)."""
        known = {k: prefs[k] for k in PREFERENCES if k in prefs}
        return cls.model_construct(
            business_type=business_type,
            business_name=business_name,
            slogan=slogan,
            variants=variants,
            seed=seed,
            **known,
        )


_TOP_LEVEL = ("business_type", "business_name", "slogan", "variants", "seed")
PREFERENCES: tuple[str, ...] = tuple(k for k in LogoBrief.model_fields if k not in _TOP_LEVEL)


def parse_brief(data: Mapping[str, Any]) -> LogoBrief:
    """Check a brief, flat or in the seed's shape (preferences nested under `preferences`).

    Raises InvalidBrief with a message per field; unknown keys are refused with the known ones.
    """
    if not isinstance(data, Mapping):
        raise InvalidBrief({"brief": 'A brief must be an object of fields, e.g. {"business_type": "bakery"}.'})
    flat = dict(data)
    prefs = flat.pop("preferences", None)
    if prefs is None:
        prefs = {}
    errors: dict[str, str] = {}
    if not isinstance(prefs, Mapping):
        raise InvalidBrief({"preferences": "Preferences must be a mapping of names to values."})
    for key, value in prefs.items():
        if key not in PREFERENCES:
            errors[str(key)] = f"Unknown preference {key!r}; known ones are: {', '.join(PREFERENCES)}."
        else:
            flat[key] = value
    try:
        brief = LogoBrief.model_validate(flat)
    except ValidationError as exc:
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else "brief"
            if err["type"] == "extra_forbidden":
                errors[key] = f"Unknown field {key!r}."
            else:
                errors.setdefault(key, str(err["msg"]).removeprefix("Value error, "))
        raise InvalidBrief(errors) from None
    if errors:
        raise InvalidBrief(errors)
    return brief


# ---------------------------------------------------------------- the editor's changes

LETTER_SPACING = (-0.05, 0.5)  # em; some typefaces are set a little tight
SYMBOL_SCALE = (0.6, 1.4)  # × the layout's own symbol size
EDIT_THEMES = ("light", "dark")
COLOR_FIELDS = ("background", "symbol_color", "name_color", "slogan_color", "shape_color")
_COLOR_LABELS = {
    "background": "Background colour",
    "symbol_color": "Symbol colour",
    "name_color": "Name colour",
    "slogan_color": "Slogan colour",
    "shape_color": "Shape colour",
}


def _hex_color(value: Any, label: str) -> str:
    if not isinstance(value, str) or not _HEX.match(value.strip()):
        raise ValueError(f"{label} must be a hex code like #3366FF.")
    return value.strip().upper()


def _number(value: Any, label: str, bounds: tuple[float, float]) -> float:
    """A finite number within ``bounds``: a 400-digit int (too large for a float), inf and NaN
    are refused like any other number out of bounds."""
    low, high = bounds
    refused = ValueError(f"{label} must be a number from {low:g} to {high:g}.")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refused
    try:
        number = float(value)
    except OverflowError:
        raise refused from None
    if not (math.isfinite(number) and low <= number <= high):
        raise refused
    return round(number, 3)


def _edit_field(name: str, value: Any) -> Any:
    """One checked field of :class:`Overrides`; ValueError with a message a person can act on."""
    if name == "name":
        return _text(value, EDIT_NAME)
    if name == "slogan":  # "" takes the slogan away
        return _text(value, EDIT_SLOGAN) or ""
    if name == "case":
        if value not in CASES:
            raise ValueError(f"Letter case must be one of: {', '.join(CASES)}.")
        return value
    if name == "family":
        if value not in FAMILIES:
            raise ValueError(f"Typeface {str(value)[:40]!r} is not one of this studio's typefaces.")
        return value
    if name == "letter_spacing":
        return _number(value, "Letter spacing", LETTER_SPACING)
    if name == "symbol_scale":
        return _number(value, "Symbol size", SYMBOL_SCALE)
    if name == "layout":
        if value not in LAYOUTS:
            raise ValueError(f"Layout must be one of: {', '.join(LAYOUTS)}.")
        return value
    if name == "theme":
        if value not in EDIT_THEMES:
            raise ValueError("Theme must be light or dark.")
        return value
    if name == "palette":
        return LogoBrief._palette(value)
    if name in COLOR_FIELDS:
        return _hex_color(value, _COLOR_LABELS[name])
    if name == "icon":  # "" takes the symbol away
        if value == "":
            return ""
        if not isinstance(value, str) or not _ICON.match(value) or not usable(value):
            raise ValueError("Symbol: pick one of the icons the search shows, or none.")
        return value
    raise ValueError(f"Unknown change {name!r}.")


def parse_edits(data: Any) -> Overrides:
    """Check a person's changes to a logo (the editor's, or a saved set's), field by field.

    Raises InvalidBrief mapping each refused field to a message; unknown fields are refused."""
    if not isinstance(data, Mapping):
        raise InvalidBrief({"edits": 'Changes must be an object of fields, e.g. {"layout": "badge"}.'})
    known = {f.name for f in fields(Overrides)}
    errors: dict[str, str] = {}
    checked: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            errors[str(key)] = f"Unknown change {str(key)[:40]!r}; known ones are: {', '.join(sorted(known))}."
            continue
        if value is None:
            continue
        try:
            checked[key] = _edit_field(key, value)
        except ValueError as exc:
            errors[key] = str(exc)
    if errors:
        raise InvalidBrief(errors)
    return Overrides.from_dict(checked)


def parse_set_name(value: Any) -> str | None:
    """A set's own name (History's Rename), within SET_NAME; empty gives the business name back."""
    try:
        return _text(value, SET_NAME)
    except ValueError as exc:
        raise InvalidBrief({"name": str(exc)}) from None
