"""Any link at all: hypothesis writes the query parameters of every page that reads one (the Create
page's job; the editor's job, v, edits and focus; History's page) from hostile text — Unicode digits,
huge numbers, deep brackets, Markdown and HTML, control characters, nothing — and each page still
runs to its end: no exception, and no Markdown from the link in what it shows."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from tests.helpers import to_page
from tests.services import REPO

APP = str(REPO / "logostudio/web/ui/main.py")
EDIT_FIELDS = (
    "name",
    "slogan",
    "case",
    "family",
    "letter_spacing",
    "symbol_scale",
    "layout",
    "theme",
    "palette",
    "background",
    "name_color",
    "icon",
    "wobble",
)
# Each run of a page takes 0.1–1 s: enough examples to meet each kind of input, in well under a minute.
BOUNDED = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

hostile_text = st.one_of(
    st.text(max_size=60),  # any characters, control characters included
    st.sampled_from(["", " ", "²", "٣", "３", "-1", "0", "1", "2", "24", "1.0", "1e400", "NaN", "Infinity", "0x10"]),
    st.integers(min_value=3, max_value=500).map(lambda n: "9" * n),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=1, max_value=3000).map(lambda n: "[" * n + "]" * n),
    st.integers(min_value=1, max_value=3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.sampled_from(
        [
            "![x](http://evil.example/p.png)",
            "[a](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "**bold** _it_ `code` ~~s~~ $x^2$ :material/home: :red[x]",
            "\x00\x1b[31m\u202e\u200b",
            "x" * 5000,
        ]
    ),
)
json_value: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**400), max_value=10**400),
        st.floats(allow_nan=True, allow_infinity=True),
        hostile_text,
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)
edits_json = st.one_of(
    st.dictionaries(st.sampled_from(EDIT_FIELDS), json_value, max_size=4).map(json.dumps),
    st.builds(
        lambda name, colors: json.dumps({"palette": {"name": name, "colors": colors}}),
        hostile_text,
        st.lists(st.sampled_from(["#112233", "#445566", "#ABCDEF", "red", ""]), min_size=4, max_size=4),
    ),
    hostile_text,
)


def visit(page: str, params: dict[str, str]) -> AppTest:
    """A first visit to the page at address ``page`` ("" for Create logos) through a link with ``params``."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    return to_page(at, page).run()


def assert_ran_cleanly(at: AppTest, params: dict[str, str]) -> None:
    assert not at.exception, (params, at.exception)
    shown = [e.value for e in (*at.error, *at.warning, *at.info, *at.caption, *at.header, *at.markdown)]
    shown += [b.proto.label for b in at.button] + [p.proto.label for p in at.get("page_link")]
    for text in shown:
        assert "](" not in text and "![" not in text, (params, text)


@BOUNDED
@given(job=hostile_text)
def test_the_create_page_takes_any_job_link(job: str) -> None:
    params = {"job": job}
    at = visit("", params)
    assert_ran_cleanly(at, params)
    if job.strip():
        assert any(e.value.startswith("No such job.") for e in at.error), params


@BOUNDED
@given(page=hostile_text)
def test_history_takes_any_page_link(page: str) -> None:
    params = {"page": page}
    at = visit("history", params)
    assert_ran_cleanly(at, params)
    assert not at.error
    assert any(c.value.endswith("page 1 of 1") for c in at.caption), params


@settings(BOUNDED, max_examples=50)
@given(
    real_job=st.booleans(),
    job=hostile_text,
    v=st.one_of(st.sampled_from(["0", "1", "2"]), hostile_text),
    edits=st.one_of(st.none(), edits_json),
    focus=st.one_of(st.none(), st.just("symbol"), hostile_text),
)
def test_the_editor_takes_any_link(
    job_id: str, real_job: bool, job: str, v: str, edits: str | None, focus: str | None
) -> None:
    params = {"job": job_id if real_job else job, "v": v}
    params.update({k: x for k, x in (("edits", edits), ("focus", focus)) if x is not None})
    at = visit("editor", params)
    assert_ran_cleanly(at, params)
    opened = bool(at.header) and at.header[0].value.startswith("Edit logo #")
    refused = any(e.value.startswith("No such logo to edit.") for e in at.error)
    assert opened != refused, (params, [e.value for e in at.error])
