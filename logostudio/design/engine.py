"""The logo design engine: brief in, checked SVG variants out.

Pure and deterministic: :mod:`plan` decides every choice from the brief and the seed, a layout
turns the plan into a scene, :mod:`render` writes it in three colour schemes, and :mod:`checks`
must pass before a variant is returned. The only I/O is reading package data (fonts, icons) once
per process.
"""

from __future__ import annotations

from collections.abc import Iterator

from logostudio.design.brief import Brief, Design
from logostudio.design.checks import run_checks
from logostudio.design.fonts import get_face
from logostudio.design.layouts import BUILDERS
from logostudio.design.palettes import WHITE, scheme_for
from logostudio.design.plan import MAX_ATTEMPTS, Planner
from logostudio.design.render import render_svg, render_symbol, role_colors, safe_title


def _design(planner: Planner, index: int) -> Design:
    title = safe_title(planner.raw_name)
    problems: list[str] | str = "no layout fitted"
    for attempt in range(MAX_ATTEMPTS):
        plan, palette, meta = planner.plan(index, attempt)
        scene = BUILDERS[plan.layout](plan)
        if scene is None:
            continue
        colors = tuple(palette["colors"][:4])
        main = scheme_for(colors, planner.mode, planner.tint)
        light = scheme_for(colors, "light", planner.tint)
        dark = scheme_for(colors, "dark", False)
        light_c = role_colors(light)
        svg = render_svg(scene, role_colors(main), main.bg, title)
        transparent = render_svg(scene, light_c, None, title)
        dark_svg = render_svg(scene, role_colors(dark), dark.bg, title)
        symbol = render_symbol(scene, light_c, title)
        checks = run_checks(
            scene,
            {
                "main": (svg, main, main.bg),
                "transparent": (transparent, light, WHITE),
                "dark": (dark_svg, dark, dark.bg),
            },
            symbol,
        )
        problems = checks.pop("problems")
        if checks["passed"]:
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
                    "slogan_text": plan.slogan,
                    "slogan_font": get_face(plan.slogan_face).family,
                },
            )
    raise RuntimeError(f"no variant passed the checks for {planner.raw_name!r}: {problems}")


def design_variant(brief: Brief, seed: int, index: int) -> Design:
    """Variant ``index`` of the set ``design_variants(brief, n, seed)`` for any n > index."""
    return _design(Planner(brief, seed), index)


def iter_variants(brief: Brief, count: int = 6, seed: int = 0) -> Iterator[Design]:
    """The variants of ``design_variants`` one at a time, each designed when it is asked for."""
    planner = Planner(brief, seed)
    for i in range(max(0, count)):
        yield _design(planner, i)


def design_variants(brief: Brief, count: int = 6, seed: int = 0) -> list[Design]:
    """``count`` checked, visibly different logo variants for ``brief`` (same seed → same SVGs)."""
    return list(iter_variants(brief, count, seed))
