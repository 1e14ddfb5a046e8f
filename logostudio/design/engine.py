"""The logo design engine: brief in, checked SVG variants out.

Pure and deterministic: :mod:`plan` decides every choice from the brief and the seed, a layout
turns the plan into a scene, :mod:`render` writes it in three colour schemes, and :mod:`checks`
must pass before a variant is returned. The only I/O is reading package data (fonts, icons) once
per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from logostudio.design import edit
from logostudio.design.brief import Brief, Design, Overrides
from logostudio.design.checks import run_checks
from logostudio.design.edit import item_colors, used_colors
from logostudio.design.fonts import get_face
from logostudio.design.layouts import BUILDERS, Plan
from logostudio.design.palettes import WHITE, scheme_for
from logostudio.design.plan import MAX_ATTEMPTS, Planner
from logostudio.design.render import render_svg, render_symbol, role_colors, safe_title
from logostudio.design.scene import Scene


def _realise(
    planner: Planner,
    plan: Plan,
    palette: dict[str, Any],
    meta: dict[str, Any],
    mode: str,
    attempt: int,
    edits: Overrides | None = None,
) -> Design | None:
    """The plan drawn in its three colour schemes and checked (None when the layout does not fit)."""
    scene = BUILDERS[plan.layout](plan)
    if scene is None:
        return None
    title = safe_title(plan.name if edits and edits.name else planner.raw_name)
    colors = tuple(palette["colors"][:4])
    main = scheme_for(colors, mode, planner.tint)
    light = scheme_for(colors, "light", planner.tint)
    dark = scheme_for(colors, "dark", False)
    chosen = item_colors(scene, edits) if edits else {}
    background = (edits.background if edits else None) or main.bg
    light_c, main_c = role_colors(light), role_colors(main)
    svg = render_svg(scene, main_c, background, title, chosen)
    transparent = render_svg(scene, light_c, None, title, chosen)
    dark_svg = render_svg(scene, role_colors(dark), dark.bg, title)
    symbol = render_symbol(scene, light_c, title)
    renders = {
        "main": (svg, main, background),
        "transparent": (transparent, light, WHITE),
        "dark": (dark_svg, dark, dark.bg),
    }
    checks = run_checks(scene, renders, symbol, chosen)
    checks["attempts"] = attempt + 1
    return Design(
        svg=svg,
        palette={"name": palette["name"], "colors": list(palette["colors"])},
        layout=plan.layout,
        icon=plan.icon.slug if plan.icon is not None else None,
        font=get_face(plan.name_face).family,
        checks=checks,
        transparent_svg=transparent,
        dark_svg=dark_svg,
        symbol_svg=symbol,
        extra={
            **meta,
            "palette_role": main.mode,
            "name_text": plan.name,
            "text": drawn_text(scene, plan),
            "slogan_font": get_face(plan.slogan_face).family,
            "colors": used_colors(scene, main_c, chosen, background),
        },
    )


# What a person sees of each layout besides its layout, symbol, typeface, case and palette: two
# variants alike in all of these look alike, whatever else differs underneath.
_VISIBLE: dict[str, tuple[str, ...]] = {
    "emblem": ("shape", "name_color"),
    "horizontal": ("framed", "shape", "name_color", "mark_color"),
    "stacked": ("name_color", "mark_color"),
    "monogram": ("shape", "name_color"),
    "wordmark": ("accent", "name_color", "mark_color"),
    "badge": ("ring",),
}
MAX_NUDGES = 16


def look(meta: dict[str, Any], palette: dict[str, Any]) -> str:
    """A key for how a variant looks, from what it records about itself (``Design.meta()`` and its
    palette, as stored): equal keys are the same logo to a person's eye."""
    layout = str(meta.get("layout"))
    parts = [
        layout,
        meta.get("icon"),
        meta.get("font"),
        meta.get("case"),
        palette.get("name"),
        *palette.get("colors", []),
        *(meta.get(k) for k in _VISIBLE.get(layout, ())),
    ]
    return "|".join(str(p) for p in parts)


def _design(planner: Planner, index: int, nudge: int = 0) -> tuple[Design, int]:
    """The first attempt at variant ``index`` that passes every check, and its number."""
    problems: list[str] | str = "no layout fitted"
    for attempt in range(MAX_ATTEMPTS):
        plan, palette, meta = planner.plan(index, attempt, nudge)
        design = _realise(planner, plan, palette, meta, planner.mode, attempt)
        if design is None:
            continue
        problems = design.checks.pop("problems")
        if design.checks["passed"]:
            return design, attempt
    raise RuntimeError(f"no variant passed the checks for {planner.raw_name!r}: {problems}")


def _distinct(planner: Planner, index: int, taken: set[str]) -> Design:
    """Variant ``index``, its free choices moved on until it looks like none in ``taken``."""
    design = _design(planner, index)[0]
    for nudge in range(1, MAX_NUDGES + 1):
        if look(design.meta(), design.palette) not in taken:
            break
        design = _design(planner, index, nudge)[0]
    return design


def _edited(planner: Planner, index: int, edits: Overrides, nudge: int = 0) -> Design:
    """Variant ``index`` as shipped, with a person's edits on top; smaller if the words need room.

    The checks' verdict is returned with it (``checks["passed"]``, ``checks["problems"]``): a person
    may keep a colour that reads poorly, after being told so.
    """
    _shipped, attempt = _design(planner, index, nudge)
    plan, palette, meta = planner.plan(index, attempt, nudge)
    plan, palette, meta, mode = edit.apply(planner, plan, palette, meta, edits)
    first: Design | None = None
    for scale in (1.0, 0.88, 0.76, 0.64):
        design = _realise(planner, replace(plan, scale=plan.scale * scale), palette, meta, mode, attempt, edits)
        if design is not None and design.checks["passed"]:
            return design
        first = first or design
        if design is not None and not any(
            "overlap" in p or "spills" in p or "edge" in p or "crosses" in p for p in design.checks["problems"]
        ):
            break  # smaller type would not mend what the checks found (contrast, say)
    if first is None:
        raise edit.DoesNotFit(
            "The words do not fit this layout at a legible size: shorten them, or pick another layout."
        )
    return first


def words_fit(brief: Brief, seed: int, count: int = 1) -> bool:
    """Whether each of the first ``count`` variants sets the brief's words in some layout, as
    :func:`design_variant` would (scenes only: nothing is drawn or checked, so it is quick). The
    roomiest attempts are tried first, so words that fit cost one scene a variant. A brief this
    refuses fails with "no layout fitted" in the worker whatever the seed's other choices are."""
    planner = Planner(brief, seed)
    for index in range(max(0, count)):
        for attempt in reversed(range(MAX_ATTEMPTS)):
            plan = planner.plan(index, attempt)[0]
            if BUILDERS[plan.layout](plan) is not None:
                break
        else:
            return False
    return True


def drawn_text(scene: Scene, plan: Plan) -> dict[str, list[str]]:
    """The words on the logo exactly as drawn, line by line: {"name": [...], "slogan": [...]},
    and "descriptor" where a seal carries the business type instead of a slogan."""
    out: dict[str, list[str]] = {"name": [], "slogan": []}
    for item in scene.items:
        if item.kind == "text":
            key = "descriptor" if item.role == "slogan" and plan.descriptor else item.role
            out.setdefault(key, []).extend(item.lines)
    return out


def design_variant(brief: Brief, seed: int, index: int, edits: Overrides | None = None, nudge: int = 0) -> Design:
    """Variant ``index`` of a set ``design_variants(brief, n, seed)`` (n > index), whose meta says
    its ``nudge``; with ``edits``, that variant as a person changed it. Same inputs, same SVG."""
    planner = Planner(brief, seed)
    return _edited(planner, index, edits, nudge) if edits else _design(planner, index, nudge)[0]


def iter_variants(brief: Brief, count: int = 6, seed: int = 0, avoid: frozenset[str] = frozenset()) -> Iterator[Design]:
    """The variants of ``design_variants`` one at a time, each designed when it is asked for."""
    planner = Planner(brief, seed)
    taken = set(avoid)
    for i in range(max(0, count)):
        design = _distinct(planner, i, taken)
        taken.add(look(design.meta(), design.palette))
        yield design


def design_variants(brief: Brief, count: int = 6, seed: int = 0, avoid: frozenset[str] = frozenset()) -> list[Design]:
    """``count`` checked logo variants for ``brief`` (same seed → same SVGs), no two alike and none
    like a ``look`` in ``avoid`` (the logos a person already has from this brief)."""
    return list(iter_variants(brief, count, seed, avoid))
