"""Every mock-up of a few logos on one PNG page, for looking at them as a customer would
(``docs/mockups.png``, made by ``python -m logostudio.artwork.mockups``)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from logostudio.artwork.mockups.brand import brand_of
from logostudio.artwork.mockups.catalogue import list_mockups, render_mockup
from logostudio.design import Design
from logostudio.design.fonts import FACES

SHEET_ROWS: tuple[tuple[str, ...], ...] = (
    ("business-cards", "storefront", "app-icon"),
    ("card-front", "card-back", "mug", "tshirts"),
    ("letterhead", "social-profile", "on-dark", "on-photo"),
    ("cover-x", "open-graph", "avatar"),
    ("cover-linkedin", "cover-facebook"),
)


def contact_sheet(items: list[tuple[Design, str]], width: int = 1400) -> bytes:
    """Every mock-up of each (design, name) as a PNG page: one captioned block per logo, rows justified
    to ``width``. For looking at the mock-ups as a customer would (docs/mockups.png)."""

    def font(key: str, size: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(FACES[key].path), size)

    gap, margin, label_h, head_h = 14, 28, 26, 64
    head_font, label_font = font("roboto-b", 26), font("roboto-r", 15)
    by_id = {m.id: m for m in list_mockups()}
    blocks: list[Image.Image] = []
    for design, name in items:
        b = brand_of(design, name)
        rows = []
        for ids in SHEET_ROWS:
            sizes = [by_id[i] for i in ids]
            inner = width - 2 * margin - gap * (len(ids) - 1)
            h = inner / sum(m.width / m.height for m in sizes)
            row = Image.new("RGB", (width, round(h) + label_h), (236, 236, 238))
            draw = ImageDraw.Draw(row)
            x = float(margin)
            for m in sizes:
                w = m.width * h / m.height
                png = Image.open(io.BytesIO(render_mockup(design, name, m.id, b))).convert("RGB")
                row.paste(png.resize((round(w), round(h)), Image.Resampling.LANCZOS), (round(x), 0))
                draw.text(
                    (round(x), round(h) + 5),
                    f"{m.title}  ·  {m.width}×{m.height}",
                    fill=(80, 80, 88),
                    font=label_font,
                )
                x += w + gap
            rows.append(row)
        block = Image.new("RGB", (width, head_h + sum(r.height + gap for r in rows)), (236, 236, 238))
        ImageDraw.Draw(block).text(
            (margin, 22),
            f"{b.name or 'Logo'}  —  {design.layout} logo, {design.font}",
            fill=(30, 30, 34),
            font=head_font,
        )
        y = head_h
        for row in rows:
            block.paste(row, (0, y))
            y += row.height + gap
        blocks.append(block)
    sheet = Image.new("RGB", (width, sum(bl.height for bl in blocks) + margin), (236, 236, 238))
    y = 0
    for block in blocks:
        sheet.paste(block, (0, y))
        y += block.height
    out = io.BytesIO()
    sheet.save(out, format="PNG", optimize=True)
    return out.getvalue()
