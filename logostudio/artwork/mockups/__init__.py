"""See it in use: one logo on business cards, a shop sign, T-shirts, a mug, a phone, social profiles...

Every mock-up is an SVG scene drawn here (no stock photos, no network) with the logo's own SVG
inlined as a transformed group, and text as glyph outlines, so no user string becomes markup.
One module per kind of scene; :mod:`.catalogue` lists them and draws any of them by id.
"""

from logostudio.artwork.mockups.brand import Brand, brand_of
from logostudio.artwork.mockups.catalogue import REVISION, Mockup, list_mockups, mockup_svg, render_mockup, social_files
from logostudio.artwork.mockups.social import SOCIAL_FILES

__all__ = [
    "REVISION",
    "SOCIAL_FILES",
    "Brand",
    "Mockup",
    "brand_of",
    "list_mockups",
    "mockup_svg",
    "render_mockup",
    "social_files",
]
