"""What the engine is asked to design, and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Brief:
    """A business description, already validated by the studio (logostudio/briefs.py).

    ``icon``, ``layout`` and ``palette`` lock those choices (used by "More like this");
    everything else is free for the engine to vary.
    """

    business_type: str
    business_name: str | None = None
    slogan: str | None = None
    style: str | None = None
    theme: str | None = None
    color: str | None = None
    icon: str | None = None
    layout: str | None = None
    palette: dict[str, Any] | None = None

    @property
    def display_name(self) -> str:
        """The name the business goes by where no other is given: its name, else its type in title
        case (the name a logo draws, a set's title, a contact sheet's caption)."""
        return (self.business_name or "").strip() or self.business_type.strip().title()


@dataclass(frozen=True)
class Overrides:
    """A person's edits to one variant, applied on top of the engine's own choices for it.

    Every field left None keeps the engine's choice; colours are used as given (the checks report
    poor contrast, they do not correct it). ``slogan=""`` removes the slogan and ``icon=""`` the
    symbol (the layout then carries the initials).
    """

    name: str | None = None
    slogan: str | None = None
    case: str | None = None  # "asis" | "upper" | "lower" | "title"
    family: str | None = None  # a typeface family of the engine's (fonts.FACES)
    letter_spacing: float | None = None  # em
    layout: str | None = None
    theme: str | None = None  # "light" | "dark"
    palette: dict[str, Any] | None = None  # {"name": str, "colors": [4 hex]}
    background: str | None = None  # "#RRGGBB" of each colour role
    symbol_color: str | None = None
    name_color: str | None = None
    slogan_color: str | None = None
    shape_color: str | None = None
    icon: str | None = None  # an icon slug, or "" for none
    symbol_scale: float | None = None  # × the layout's own symbol size

    def as_dict(self) -> dict[str, Any]:
        """The fields that were set, as JSON-ready data (a job stores them to redo the design)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Overrides:
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


@dataclass
class Design:
    """One logo variant: its SVG and what it says about itself."""

    svg: str
    palette: dict[str, Any]  # {"name": str, "colors": [4 hex strings]}
    layout: str
    icon: str | None
    font: str
    checks: dict[str, Any] = field(default_factory=dict)
    # Brand-kit sources: same logo on a transparent background, on a dark background,
    # and the symbol alone (None when the layout has no symbol).
    transparent_svg: str | None = None
    dark_svg: str | None = None
    symbol_svg: str | None = None
    # Further design choices worth recording (case, letter_spacing, style, shape, palette_role...).
    extra: dict[str, Any] = field(default_factory=dict)

    def meta(self) -> dict[str, Any]:
        return {**self.extra, "layout": self.layout, "icon": self.icon, "font": self.font, "checks": self.checks}
