"""The logo on a shop: a fascia sign above a striped awning, a window decal of the symbol and a
projecting blade sign with the icon."""

from __future__ import annotations

from logostudio.artwork.mockups.brand import Brand, draw_icon, logo_for, mark_for
from logostudio.artwork.mockups.drawing import WHITE, glow, linear, num, place, radial, rrect, shadow
from logostudio.artwork.typeset import text
from logostudio.design.palettes import mix


def storefront(b: Brand) -> str:
    frame = b.dark
    wall, wall2 = "#E9E3D8", "#DCD4C6"
    defs = (
        "<defs>"
        + linear("wall", [(0, wall, 1), (1, wall2, 1)])
        + linear("glass", [(0, "#3C4A55", 1), (0.55, "#26313A", 1), (1, "#1D252C", 1)])
        + linear("reflect", [(0, WHITE, 0), (0.5, WHITE, 0.13), (1, WHITE, 0)], 0, 0, 1, 0)
        + linear("pave", [(0, "#B9B4AC", 1), (1, "#9D978E", 1)])
        + linear("fascia", [(0, WHITE, 0.10), (0.5, WHITE, 0), (1, "#000000", 0.18)])
        + radial("lamp", [(0, "#FFF6DC", 0.3), (0.5, "#FFF6DC", 0.12), (1, "#FFF6DC", 0)])
        + linear("awn-shade", [(0, "#000000", 0), (1, "#000000", 0.22)])
        + '<clipPath id="awning"><path d="M190 440H1410L1450 520H150Z"/></clipPath>'
        + "</defs>"
    )
    p = [defs, '<rect width="1600" height="1000" fill="url(#wall)"/>']
    # Stone courses on the wall.
    for y in range(60, 860, 64):
        p.append(f'<rect x="0" y="{y}" width="1600" height="2" fill="#000000" fill-opacity="0.05"/>')
    # Upper-floor windows, cut by the top edge.
    for wx in (230, 690, 1150):
        p.append(rrect(wx, -40, 220, 200, 4, "#C9C1B3"))
        p.append(rrect(wx + 14, -40, 192, 186, 2, "url(#glass)"))
        p.append(f'<rect x="{wx + 108}" y="-40" width="4" height="186" fill="#C9C1B3"/>')
        p.append(f'<rect x="{wx - 10}" y="160" width="240" height="14" fill="#D2CABD"/>')
    # Shopfront: frame, fascia, awning, windows and door.
    p.append(shadow(180, 250, 1240, 612, 0, 18, 0.25, dy=6))
    p.append(rrect(180, 250, 1240, 612, 0, frame))
    p.append(
        rrect(180, 250, 1240, 190, 0, frame) + '<rect x="180" y="250" width="1240" height="190" fill="url(#fascia)"/>'
    )
    p.append(
        f'<rect x="196" y="264" width="1208" height="162" fill="none" stroke="{WHITE}" '
        'stroke-opacity="0.18" stroke-width="2"/>'
    )
    logo, _ = place(logo_for(b, frame), 240, 272, 1120, 146)
    p.append(logo)
    for lx in (420, 800, 1180):  # gooseneck lamps and their light on the fascia
        p.append(glow(lx, 262, 200, 70, "lamp"))
        p.append(f'<path d="M{lx} 250V228Q{lx} 206 {lx + 22} 206" fill="none" stroke="{frame}" stroke-width="6"/>')
        p.append(f'<path d="M{lx + 10} 200H{lx + 44}L{lx + 36} 214H{lx + 18}Z" fill="{frame}"/>')
    # Striped awning in the brand colour.
    stripe_b, stripe_w = b.brand, mix(b.brand, WHITE, 0.88)
    stripes = "".join(
        f'<rect x="{150 + i * 65}" y="440" width="65" height="80" fill="{stripe_b if i % 2 == 0 else stripe_w}"/>'
        for i in range(20)
    )
    p.append(
        f'<g clip-path="url(#awning)">{stripes}<rect x="150" y="440" width="1300" height="80" '
        'fill="url(#awn-shade)"/></g>'
    )
    scallops = "".join(f"A32.5 20 0 0 0 {150 + (i + 1) * 65} 520" for i in range(20))
    p.append(f'<path d="M150 520{scallops}Z" fill="{stripe_b}"/>')
    p.append('<rect x="150" y="520" width="1300" height="26" fill="#000000" fill-opacity="0.12"/>')
    for gx, gw in ((220, 540), (1040, 350)):
        p.append(rrect(gx, 560, gw, 280, 0, "url(#glass)"))
        for start, band in ((0.15, 0.28), (0.6, 0.1)):  # reflections: slanted bands of light
            p.append(
                f'<path d="M{num(gx + gw * start)} 560h{num(gw * band)}l{num(-gw * 0.3)} 280h{num(-gw * band)}z" '
                'fill="url(#reflect)"/>'
            )
    decal = mark_for(b, "#26313A")
    if decal is not None:
        p.append(f'<g opacity="0.85">{place(decal, 430, 640, 120, 110)[0]}</g>')
    # Door with a glass panel, a handle and an "open" sign.
    p.append(rrect(800, 540, 200, 322, 0, mix(frame, "#000000", 0.25)))
    p.append(rrect(822, 566, 156, 200, 0, "url(#glass)"))
    p.append('<path d="M850 566h40l-46 200h-22z" fill="url(#reflect)"/>')
    p.append(f'<rect x="956" y="700" width="8" height="70" rx="4" fill="{mix(b.brand, "#C8C8C8", 0.7)}"/>')
    p.append(f'<path d="M868 588L900 570L932 588" fill="none" stroke="{WHITE}" stroke-opacity="0.7" stroke-width="2"/>')
    p.append(rrect(852, 588, 96, 40, 6, WHITE))
    p.append(text("OPEN", ["roboto-b"], 900, 600, 17, b.ink, "center", tracking=0.12).markup)
    # Projecting blade sign with the icon.
    p.append(f'<rect x="1440" y="302" width="110" height="8" fill="{frame}"/>')
    p.append(f'<rect x="1440" y="290" width="8" height="32" fill="{frame}"/>')
    p.append(f'<path d="M1475 310v16M1525 310v16" stroke="{frame}" stroke-width="3"/>')
    p.append(shadow(1440, 326, 120, 120, 60, 10, 0.18, dy=6))
    p.append(f'<circle cx="1500" cy="386" r="64" fill="{frame}"/>')
    p.append(draw_icon(b, 1444, 330, 112, 0.5))
    # Pavement, kerb and two planters.
    p.append('<rect x="0" y="862" width="1600" height="138" fill="url(#pave)"/>')
    p.append('<rect x="0" y="862" width="1600" height="6" fill="#000000" fill-opacity="0.12"/>')
    for x in range(0, 1600, 160):
        p.append(f'<rect x="{x}" y="868" width="2" height="132" fill="#000000" fill-opacity="0.06"/>')
    for px in (120, 1060):
        p.append(f'<ellipse cx="{px + 60}" cy="905" rx="80" ry="12" fill="#000000" fill-opacity="0.18"/>')
        for cx, cy, r in ((px + 30, 800, 44), (px + 90, 796, 46), (px + 60, 770, 50)):
            p.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#3E5B3A"/>')
            p.append(f'<circle cx="{num(cx - r * 0.25)}" cy="{num(cy - r * 0.3)}" r="{num(r * 0.55)}" fill="#4E7148"/>')
        p.append(f'<path d="M{px} 820H{px + 120}L{px + 106} 904H{px + 14}Z" fill="{frame}"/>')
        p.append(f'<rect x="{px - 4}" y="816" width="128" height="14" fill="{mix(frame, WHITE, 0.15)}"/>')
    return "".join(p)
