"""A person's edits (:class:`Overrides`) laid over the engine's own plan of one variant.

The plan a variant was shipped with is the anchor; each override replaces one choice and keeps
the rest, so changing the typeface does not reshuffle the colours. Pure, like the rest.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from logostudio.design.brief import Overrides
from logostudio.design.fonts import FACES
from logostudio.design.icons import load_icon
from logostudio.design.layouts import SYMBOL_LAYOUTS, Plan
from logostudio.design.plan import Planner, apply_case, initials
from logostudio.design.scene import Scene
from logostudio.design.scripts import is_cjk
from logostudio.design.shaping import drawable_text
from logostudio.errors import DoesNotFit

FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(spec.family for spec in FACES.values()))


def family_face(family: str, bold: bool) -> str:
    """A face of ``family``: its boldest for a name, its plainest for a slogan."""
    faces = [k for k, spec in FACES.items() if spec.family == family]
    if not faces:
        raise KeyError(family)
    matching = [k for k in faces if FACES[k].bold == bold] or faces
    return matching[0] if bold else matching[-1]


def apply(
    planner: Planner,
    plan: Plan,
    palette: dict[str, Any],
    meta: dict[str, Any],
    edits: Overrides,
) -> tuple[Plan, dict[str, Any], dict[str, Any], str]:
    """(plan, palette, meta, background mode) with ``edits`` laid over the engine's choices."""
    name_face, slogan_face = plan.name_face, plan.slogan_face
    if edits.family:
        name_face, slogan_face = family_face(edits.family, True), family_face(edits.family, False)
    case = edits.case or meta["case"]
    words = edits.name if edits.name is not None else planner.raw_name
    name, name_face = drawable_text(apply_case(words, case), [name_face])
    if not any(ch.isalnum() for ch in name):
        raise DoesNotFit("The name has nothing that can be drawn.")
    slogan = plan.slogan
    if edits.slogan is not None:
        slogan = None
        if edits.slogan.strip():
            slogan, slogan_face = drawable_text(edits.slogan, [slogan_face])
    elif edits.family and plan.slogan:
        slogan, slogan_face = drawable_text(plan.slogan, [slogan_face])
    layout = edits.layout or plan.layout
    icon = plan.icon
    symbol_match = meta.get("symbol_match")
    if edits.icon is not None:
        icon = load_icon(edits.icon) if edits.icon else None
        symbol_match = "sure" if edits.icon else None  # picked by the person: not a guess
    elif icon is None and planner.icons and (layout in SYMBOL_LAYOUTS or (layout == "monogram" and is_cjk(name))):
        icon = load_icon(planner.icons[0])  # the layout now has room for the symbol the brief asks for
        symbol_match = "sure" if planner.icon_sure[0] else "guess"
    letters, initials_face = drawable_text(initials(name), [name_face])
    tracking = plan.name_tracking if edits.letter_spacing is None else edits.letter_spacing
    edited = replace(
        plan,
        layout=layout,
        icon=icon,
        name=name,
        name_face=name_face,
        name_tracking=tracking,
        slogan=slogan,
        slogan_face=slogan_face,
        initials=letters or "?",
        initials_face=initials_face,
        descriptor=plan.descriptor and edits.slogan is None,
        symbol_scale=edits.symbol_scale or 1.0,
    )
    palette = edits.palette or palette
    meta = {**meta, "case": case, "letter_spacing": tracking, "edited": edits.as_dict()}
    meta["symbol_match"] = symbol_match if icon is not None else None
    return edited, palette, meta, edits.theme or planner.mode


def item_colors(scene: Scene, edits: Overrides) -> dict[int, str]:
    """The colours a person chose, by the index of the item they paint."""
    out: dict[int, str] = {}
    for i, item in enumerate(scene.items):
        chosen = None
        if item.kind == "symbol":
            chosen = edits.symbol_color
        elif item.kind == "text":
            chosen = edits.name_color if item.role == "name" else edits.slogan_color
        elif item.kind == "shape":
            chosen = edits.shape_color
        if chosen:
            out[i] = chosen
    return out


# The parts of a logo a person can colour, by the kind of item that draws them.
_PART_OF_KIND = {"symbol": "symbol", "shape": "shape"}


def used_colors(scene: Scene, colors: dict[str, str], chosen: dict[int, str], background: str) -> dict[str, str]:
    """The colour each part of the logo is drawn in — background, symbol, name, slogan, shape —
    for the parts it has (an editor's colour pickers start from these)."""
    out = {"background": background}
    for i, item in enumerate(scene.items):
        part = item.role if item.kind == "text" else _PART_OF_KIND.get(item.kind)
        if part in ("symbol", "shape", "name", "slogan"):
            out.setdefault(part, chosen.get(i) or colors[item.color_role])
    return out
