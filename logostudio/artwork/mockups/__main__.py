"""``python -m logostudio.artwork.mockups [out.png]``: redraw the README's contact sheet
(``docs/mockups.png``), every mock-up of three logos of different layouts and themes."""

from __future__ import annotations

import sys

from logostudio.artwork.mockups.sheet import contact_sheet
from logostudio.design import Brief, design_variants


def docs_sheet(out: str = "docs/mockups.png") -> None:
    """Write the contact sheet to ``out``."""
    items = [
        (
            design_variants(Brief("coffee shop", "Blue Bean", "Brewed slowly", "playful", "light", "#6F4E37"), 6, 3)[1],
            "Blue Bean",
        ),
        (design_variants(Brief("law firm", "Hart & Vale", None, "elegant", "dark", "navy"), 6, 1)[0], "Hart & Vale"),
        (
            design_variants(
                Brief("bakery", "Golden Crust Artisan Bakery", "Since 1952", "vintage", "warm", "mustard"), 6, 2
            )[4],
            "Golden Crust Artisan Bakery",
        ),
    ]
    with open(out, "wb") as f:
        f.write(contact_sheet(items))


if __name__ == "__main__":
    docs_sheet(*sys.argv[1:2])
