"""Every mock-up a UI can offer, and the one way to draw any of them: ``mockup_svg`` wraps a
scene in a titled SVG at the mock-up's native size, ``render_mockup`` makes it one cairosvg PNG.
Pure: the same design and name always give the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from logostudio.artwork.mockups.apparel import mug, tshirts
from logostudio.artwork.mockups.backgrounds import on_dark, on_photo
from logostudio.artwork.mockups.brand import Brand, brand_of
from logostudio.artwork.mockups.drawing import svg_doc
from logostudio.artwork.mockups.screens import app_icon, social_profile
from logostudio.artwork.mockups.signage import storefront
from logostudio.artwork.mockups.social import COVER_SIZES, SOCIAL_FILES, avatar, cover, open_graph
from logostudio.artwork.mockups.stationery import (
    A4_H,
    A4_W,
    CARD_H,
    CARD_W,
    business_cards,
    card_back,
    card_front,
    letterhead,
)
from logostudio.artwork.raster import svg_to_png
from logostudio.design import Design


@dataclass(frozen=True)
class Mockup:
    """One mock-up a UI can offer: ``id`` for :func:`render_mockup`, a title, its PNG size."""

    id: str
    title: str
    width: int
    height: int
    description: str


def _cover_builder(mockup_id: str) -> Callable[[Brand], str]:
    w, h = COVER_SIZES[mockup_id]
    return lambda b: cover(b, w, h, 0.56 if h >= 400 else 0.6, 0.5)


_MOCKUPS: tuple[tuple[Mockup, Callable[[Brand], str]], ...] = (
    (Mockup("business-cards", "Business cards", 1600, 1000, "Front and back lying on a desk"), business_cards),
    (Mockup("card-front", "Business card, front", CARD_W, CARD_H, "3.5 × 2 in at 300 dpi"), card_front),
    (Mockup("card-back", "Business card, back", CARD_W, CARD_H, "Name and contact details, 3.5 × 2 in"), card_back),
    (
        Mockup("storefront", "Shop sign", 1600, 1000, "The logo on a shop's fascia, with an awning and a blade sign"),
        storefront,
    ),
    (Mockup("tshirts", "T-shirts", 1200, 900, "A white and a dark T-shirt"), tshirts),
    (Mockup("mug", "Mug", 1000, 800, "A white mug"), mug),
    (Mockup("app-icon", "Phone app icon", 1200, 1000, "On a home screen among other apps, and at its sizes"), app_icon),
    (
        Mockup("social-profile", "Social profile", 1500, 1200, "Header, round avatar, a post, and the crops"),
        social_profile,
    ),
    (Mockup("avatar", "Social avatar", 400, 400, "Profile picture, safe for a circular crop"), avatar),
    (Mockup("cover-x", "X (Twitter) header", 1500, 500, "1500 × 500"), _cover_builder("cover-x")),
    (Mockup("cover-linkedin", "LinkedIn banner", 1584, 396, "1584 × 396"), _cover_builder("cover-linkedin")),
    (Mockup("cover-facebook", "Facebook cover", 820, 312, "820 × 312"), _cover_builder("cover-facebook")),
    (
        Mockup("open-graph", "Link preview (Open Graph)", 1200, 630, "1200 × 630, shown when a link is shared"),
        open_graph,
    ),
    (Mockup("letterhead", "Letterhead", A4_W, A4_H, "A4 at 150 dpi"), letterhead),
    (Mockup("on-dark", "On a dark background", 1200, 800, "The dark version of the logo"), on_dark),
    (Mockup("on-photo", "On a photo", 1200, 800, "Over a soft, out-of-focus scene"), on_photo),
)
_BY_ID = {m.id: (m, build) for m, build in _MOCKUPS}


# Change this when what a mock-up looks like changes, so mock-ups kept in storage are made again.
REVISION = 1


def list_mockups() -> list[Mockup]:
    """Every mock-up, in the order a UI should show them."""
    return [m for m, _ in _MOCKUPS]


def mockup_svg(design: Design, name: str, mockup_id: str, brand: Brand | None = None) -> str:
    """The mock-up ``mockup_id`` of ``design`` as an SVG string (KeyError for an unknown id)."""
    mockup, build = _BY_ID[mockup_id]
    b = brand or brand_of(design, name)
    title = f"{b.name} — {mockup.title}" if b.name else mockup.title
    return svg_doc(mockup.width, mockup.height, build(b), title)


def render_mockup(design: Design, name: str, mockup_id: str, brand: Brand | None = None) -> bytes:
    """PNG bytes of the mock-up at its native size (see :func:`list_mockups`)."""
    mockup = _BY_ID[mockup_id][0]
    return svg_to_png(mockup_svg(design, name, mockup_id, brand), mockup.width, mockup.height)


def social_files(design: Design, name: str) -> list[tuple[str, bytes]]:
    """The social images for the brand kit as (path, PNG bytes)."""
    b = brand_of(design, name)
    return [(path, render_mockup(design, name, mockup_id, b)) for path, mockup_id in SOCIAL_FILES]
