"""The checks module catches what it is meant to catch."""

from __future__ import annotations

from logostudio.design.checks import check_contrast, check_geometry, check_markup
from logostudio.design.palettes import scheme_for
from logostudio.design.scene import MARK, Box, Item, Scene

OK = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">'
    '<rect id="bg" width="512" height="512" fill="#FFFFFF"/><path fill="#000000" d="M0 0h1v1z"/></svg>'
)


def test_markup_accepts_clean_svg() -> None:
    assert check_markup(OK) == []


def test_markup_rejects_unsafe_or_invalid() -> None:
    for bad in (
        OK.replace("</svg>", "<text>x</text></svg>"),
        OK.replace("</svg>", "<script>x</script></svg>"),
        OK.replace('fill="#000000"', 'fill="#000000" onload="x"'),
        OK.replace("</svg>", '<image href="http://x/y.png"/></svg>'),
        OK.replace("</svg>", "<foreignObject/></svg>"),
        OK.replace('fill="#000000"', 'fill="url(http://x)"'),
        OK[:-3],
        OK.replace('id="bg"', ""),
        OK.replace("</svg>", "<!--" + "x" * 21000 + "--></svg>"),
    ):
        assert check_markup(bad) != [], bad


def _text(box: Box, backdrop: int | None = None) -> Item:
    return Item("text", "name", f'<path fill="{MARK}" d="M0 0"/>', "ink", box, backdrop=backdrop, min_contrast=4.5)


def test_geometry_catches_edges_and_overlaps() -> None:
    scene = Scene("test", [_text(Box(5, 100, 200, 150))])
    assert any("edge" in p for p in check_geometry(scene)[0])
    scene = Scene(
        "test",
        [_text(Box(50, 100, 200, 150)), Item("symbol", "symbol", "", "mark", Box(150, 120, 250, 200), min_contrast=3)],
    )
    assert any("overlaps" in p for p in check_geometry(scene)[0])
    scene = Scene(
        "test",
        [_text(Box(50, 100, 200, 150)), Item("symbol", "symbol", "", "mark", Box(250, 120, 350, 200), min_contrast=3)],
    )
    assert check_geometry(scene)[0] == []


def test_contrast_is_checked_against_the_backdrop() -> None:
    scheme = scheme_for(("#FF6B6B", "#FFD93D", "#FFA552", "#2C2C2C"), "light")
    scene = Scene("test", [_text(Box(50, 100, 200, 150))])
    problems, text_min, _ = check_contrast(scene, scheme, "#FFFFFF")
    assert problems == [] and text_min is not None and text_min >= 4.5
    problems, _, _ = check_contrast(scene, scheme, scheme.ink)  # ink on ink
    assert problems
