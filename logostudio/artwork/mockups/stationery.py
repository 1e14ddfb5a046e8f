"""Printed stationery: business cards (front, back, and both on a desk) and an A4 letterhead.

Contact lines and letter text are obvious placeholders, the same for every business, drawn as
glyph outlines like the name, so no user string ever becomes markup.
"""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand, initials, mark_for
from logostudio.artwork.mockups.drawing import WHITE, linear, num, place, radial, rrect, shadow
from logostudio.artwork.typeset import FILL_ATTR, text
from logostudio.design.palettes import contrast, luminance, mix
from logostudio.design.scene import fit_text
from logostudio.design.shaping import drawable_text

# Placeholder details: obviously examples, the same for every business.
PERSON, ROLE = "Alex Morgan", "Founder"
CONTACT = ("+1 (555) 010-0199", "hello@example.com", "www.example.com")
ADDRESS = "12 Example Street, Springfield"
LOREM = (
    (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis "
        "dapibus posuere velit aliquet. Cras mattis consectetur purus sit amet fermentum, donec ullamcorper "
        "nulla non metus auctor fringilla."
    ),
    (
        "Maecenas faucibus mollis interdum. Nullam quis risus eget urna mollis ornare vel eu leo. Vestibulum "
        "id ligula porta felis euismod semper. Aenean lacinia bibendum nulla sed consectetur, sed posuere "
        "consectetur est at lobortis."
    ),
    (
        "Donec sed odio dui. Curabitur blandit tempus porttitor. Etiam porta sem malesuada magna mollis "
        "euismod, nullam id dolor id nibh ultricies vehicula ut id elit."
    ),
)


def _paragraph(
    words: str, keys: list[str], x: float, y_top: float, size: float, leading: float, width: float, color: str
) -> tuple[str, float]:
    """Left-aligned wrapped text (greedy, by real ink widths); returns markup and the next line's top."""
    _, key = drawable_text(words, keys)
    lines: list[str] = []
    current = ""
    for word in words.split():
        trial = f"{current} {word}".strip()
        block = fit_text(trial, key, 0.0, 1e5, size, 1.0, max_lines=1)
        if current and block is not None and block.width > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    parts = []
    for i, line in enumerate(lines):
        # Top of the line box: a fixed baseline grid, whatever letters the line has.
        block = fit_text(line, key, 0.0, 1e5, size, 1.0, max_lines=1)
        if block is None:
            continue
        base = y_top + i * leading + size * 0.75
        tpl, _ = block.place(x, base - block.top, "left")
        parts.append(FILL_ATTR.sub(f'fill="{color}"', tpl, count=1))
    return "".join(parts), y_top + len(lines) * leading


CARD_W, CARD_H = 1050, 600  # 3.5 × 2 in at 300 dpi


def card_front(b: Brand) -> str:
    logo, _ = place(b.own, (CARD_W - 640) / 2, (CARD_H - 300) / 2, 640, 300)
    return rrect(0, 0, CARD_W, CARD_H, 0, b.own_bg) + logo


def _card_back_colors(b: Brand) -> tuple[str, str, str, str]:
    """(background, main text, secondary text, rule) of the card back: the opposite of the front."""
    if b.own_is_dark:
        return WHITE, b.ink, b.muted, b.brand
    bg = b.brand if contrast(WHITE, b.brand) >= 4.5 else b.dark
    return bg, WHITE, mix(WHITE, bg, 0.22), mix(WHITE, bg, 0.55)


def card_back(b: Brand) -> str:
    bg, main, soft, rule = _card_back_colors(b)
    parts = [rrect(0, 0, CARD_W, CARD_H, 0, bg)]
    x = 96
    name = text(b.name, b.name_keys, x, 96, 58, main, max_w=560, min_size=26, max_lines=2, max_h=150)
    parts.append(name.markup)
    y = max(name.bottom, 150) + 30
    person = text(PERSON, b.body_bold_keys, x, y, 30, main)
    parts.append(person.markup)
    parts.append(text(ROLE, b.body_keys, x, person.bottom + 14, 24, soft).markup)
    for i, line in enumerate(CONTACT):
        top = 398 + i * 46
        parts.append(f'<circle cx="{x + 7}" cy="{top + 10}" r="6" fill="{rule}"/>')
        parts.append(text(line, b.body_keys, x + 30, top, 24, main).markup)
    parts.append(f'<rect x="700" y="96" width="2" height="408" fill="{rule}" fill-opacity="0.6"/>')
    mark = mark_for(b, bg)
    if mark is not None:
        parts.append(place(mark, 760, 180, 220, 240)[0])
    else:
        letters = text(initials(b), b.name_keys, 875, 220, 150, main, "center", max_w=230)
        parts.append(letters.markup)
    return "".join(parts)


def _card_in_scene(body: str, x: float, y: float, angle: float, scale: float, light_edge: bool, gid: str) -> str:
    w, h = CARD_W, CARD_H
    drop = shadow(0, 0, w, h, 6, 34, 0.34, dy=18) + shadow(0, 0, w, h, 6, 5, 0.2, dy=3, layers=3)
    sheen = f'<rect width="{w}" height="{h}" fill="url(#{gid})"/>'
    edge = (
        f'<rect x="0.75" y="0.75" width="{w - 1.5}" height="{h - 1.5}" fill="none" stroke="#000000" '
        f'stroke-opacity="{0.10 if light_edge else 0.2}" stroke-width="1.5"/>'
    )
    return (
        f'<g transform="translate({num(x)} {num(y)}) rotate({num(angle)}) scale({num(scale)})">'
        f'{drop}<g clip-path="url(#card-clip)">{body}{sheen}</g>{edge}</g>'
    )


def business_cards(b: Brand) -> str:
    back_bg = _card_back_colors(b)[0]
    defs = (
        "<defs>"
        + linear("desk", [(0, "#EEEBE6", 1), (1, "#D8D3CC", 1)], 0, 0, 0.4, 1)
        + radial("vignette", [(0.55, "#000000", 0), (1, "#000000", 0.16)])
        + linear("sheen", [(0, WHITE, 0.16), (0.45, WHITE, 0), (1, "#000000", 0.05)], 0, 0, 1, 1)
        + f'<clipPath id="card-clip"><rect width="{CARD_W}" height="{CARD_H}"/></clipPath></defs>'
    )
    return (
        defs
        + '<rect width="1600" height="1000" fill="url(#desk)"/>'
        + '<rect x="-400" y="-300" width="2400" height="1600" fill="url(#vignette)"/>'
        + _card_in_scene(card_back(b), 170, 170, -8, 0.68, luminance(back_bg) > 0.5, "sheen")
        + _card_in_scene(card_front(b), 700, 380, 4, 0.68, not b.own_is_dark, "sheen")
    )


A4_W, A4_H = 1240, 1754  # 210 × 297 mm at 150 dpi


def letterhead(b: Brand) -> str:
    p = [f'<rect width="{A4_W}" height="{A4_H}" fill="#FFFFFF"/>']
    logo, drawn = place(b.light, 110, 110, 440, 170, align="left")
    p.append(logo)
    for i, line in enumerate(CONTACT):
        p.append(text(line, b.body_keys, 1130, 130 + i * 36, 20, b.muted, "right").markup)
    rule_y = max(320, drawn[1] + drawn[3] + 50)
    p.append(f'<rect x="110" y="{num(rule_y)}" width="1020" height="3" fill="{b.brand}"/>')
    y = rule_y + 80
    p.append(text("1 March 2025", b.body_keys, 110, y, 21, b.muted).markup)
    y += 80
    p.append(text("Dear Sam,", b.body_keys, 110, y, 22, b.body).markup)
    y += 64
    for para in LOREM:
        markup, y = _paragraph(para, b.body_keys, 110, y, 22, 38, 1000, b.body)
        p.append(markup)
        y += 26
    y += 20
    p.append(text("Kind regards,", b.body_keys, 110, y, 22, b.body).markup)
    y += 110
    p.append(text(PERSON, b.body_bold_keys, 110, y, 24, b.ink).markup)
    p.append(
        text(
            f"{ROLE}, {b.name}" if b.name else ROLE, b.body_keys, 110, y + 40, 20, b.muted, max_w=700, min_size=10
        ).markup
    )
    p.append(f'<rect x="110" y="1620" width="1020" height="1.5" fill="{b.muted}" fill-opacity="0.4"/>')
    footer = text(
        f"{b.name}  ·  {ADDRESS}" if b.name else ADDRESS,
        b.body_keys,
        A4_W / 2,
        1650,
        18,
        b.muted,
        "center",
        max_w=1020,
        min_size=9,
    )
    p.append(footer.markup)
    p.append(f'<rect y="{A4_H - 28}" width="{A4_W}" height="28" fill="{b.brand}"/>')
    return "".join(p)
