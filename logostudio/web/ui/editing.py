"""The editor's state in the session: the changes made so far (``ed_edits``), the reasons a change
was refused (``ed_errors``, shown next to its field) and the widgets that show them. Every change
is checked by designing the logo with it before it is kept."""

from __future__ import annotations

from typing import Any

import streamlit as st

from logostudio import studio
from logostudio.errors import BadLink
from logostudio.studio import Recipe
from logostudio.web.ui.session import link_json, literal

# Each part's colour picker and the change it makes.
COLOR_OF_PART = {
    "background": "background",
    "symbol": "symbol_color",
    "name": "name_color",
    "slogan": "slogan_color",
    "shape": "shape_color",
}
WIDGETS = ("name", "slogan", "case", "letter_spacing", "theme", "symbol_scale", *COLOR_OF_PART.values())


def clear_widgets() -> None:
    ss = st.session_state
    for name in WIDGETS:
        ss.pop(f"ed_{name}", None)
    ss["ed_errors"] = {}


def linked_edits(recipe: Recipe) -> dict[str, Any]:
    """The changes in the link (?edits=…), checked against this logo; {} with a warning saying
    why when there are none it can take."""
    try:
        linked = link_json("edits")
        if linked is None:
            return {}
        if not isinstance(linked, dict):
            raise BadLink("The link’s “edits” part is not a set of fields.")
        studio.preview_edit(recipe, linked)
    except BadLink as exc:
        reason = str(exc)
    except studio.InvalidBrief as exc:
        reason = "; ".join(exc.errors.values())
    else:
        return dict(linked)
    st.warning(
        f"The changes in this link could not be used, so the logo opens as it was made. ({literal(reason)})",
        icon=":material/link_off:",
    )
    return {}


def _commit(recipe: Recipe, changes: dict[str, Any], drop: tuple[str, ...] = ()) -> None:
    """Lay ``changes`` over the current ones if the logo can take them; otherwise keep the logo
    as it was and say why, next to the field."""
    ss = st.session_state
    edits = {k: v for k, v in ss["ed_edits"].items() if k not in drop}
    edits.update(changes)
    errors = dict(ss.get("ed_errors", {}))
    for field in changes:
        errors.pop(field, None)
    errors.pop("edits", None)
    try:
        studio.preview_edit(recipe, edits)
    except studio.InvalidBrief as exc:
        errors.update(exc.errors)
        ss["ed_errors"] = errors
        return
    ss["ed_errors"] = errors
    ss["ed_edits"] = edits


def from_widget(recipe: Recipe, field: str) -> None:
    value = st.session_state.get(f"ed_{field}")
    if value is None:  # a segmented control pressed twice deselects: keep what is there
        return
    if field == "symbol_scale":
        value = round(float(value) / 100, 2)
    elif field == "slogan":
        value = " ".join(str(value).split())
    _commit(recipe, {field: value})


def set_field(recipe: Recipe, field: str, value: Any) -> None:
    _commit(recipe, {field: value})


def use_palette(recipe: Recipe, palette: dict[str, Any]) -> None:
    _commit(recipe, {"palette": palette}, drop=tuple(COLOR_OF_PART.values()))  # a new palette recolours everything


def reset_colours() -> None:
    ss = st.session_state
    ss["ed_edits"] = {k: v for k, v in ss["ed_edits"].items() if k not in ("palette", *COLOR_OF_PART.values())}
    for field in COLOR_OF_PART.values():
        ss.pop(f"ed_{field}", None)


def start_over() -> None:
    st.session_state["ed_edits"] = {}
    clear_widgets()


def field_error(field: str) -> None:
    errors: dict[str, str] = st.session_state.get("ed_errors", {})
    if field in errors:
        st.error(literal(errors[field]), icon=":material/error:")
