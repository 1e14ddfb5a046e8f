"""What the engine is asked to design, and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Brief:
    """A business description, already validated by the service layer.

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
