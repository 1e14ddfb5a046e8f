"""Links anyone can write: every query parameter of every page is read within bounds, and a bad one
gets a message a person can act on (or a sane default), never a traceback."""

from __future__ import annotations

import html

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from tests.helpers import to_page
from tests.services import REPO

APP = str(REPO / "logostudio/web/ui/main.py")


def visit(where: str, **params: str) -> AppTest:
    """A first visit to page ``where`` (its address: "" for Create logos, "editor", "history")
    through a link with ``params``."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    return to_page(at, where).run()


def said(at: AppTest, kind: str) -> list[str]:
    return [html.unescape(e.value) for e in getattr(at, kind)]


@pytest.mark.parametrize(
    "v",
    [
        "²",  # "²".isdigit() is True and int("²") fails
        "٣",  # an Arabic-Indic 3: isdigit() and int() both take it
        pytest.param("9" * 400, id="400-digits"),
        "-1",
        "24",
        "1.0",
        "",
    ],
)
def test_an_editor_link_with_a_bad_logo_number_says_so(job_id: str, v: str) -> None:
    at = visit("editor", job=job_id, v=v)
    assert not at.exception, at.exception
    if v == "":  # no number: the first logo
        assert not at.error and at.header[0].value.startswith("Edit logo #1 of")
        return
    errors = said(at, "error")
    assert len(errors) == 1 and errors[0].startswith("No such logo to edit."), errors
    assert (
        "logo number (“v”) must be a whole number from 0 to 23" in errors[0]
        and "Open a set and press Edit" in errors[0]
    )
    assert [p.proto.label for p in at.get("page_link")] == ["Back to Create logos"]


@pytest.mark.parametrize(
    "job",
    [
        "not-a-real-id",
        "00000000-0000-0000-0000-000000000000",
        pytest.param("x" * 5000, id="5000-characters"),
        "[a](http://evil.example)",
        "\x00\x1b[31m",
    ],
)
def test_a_link_to_no_set_says_no_such_set_on_the_create_page_and_the_editor(job: str) -> None:
    create = visit("", job=job)
    assert not create.exception, create.exception
    errors = said(create, "error")
    assert len(errors) == 1 and errors[0].startswith("No such job.") and "History page" in errors[0], errors
    assert "evil.example" not in "".join(e.value for e in create.error)  # quoted, but never a link
    editor = visit("editor", job=job, v="0")
    assert not editor.exception, editor.exception
    assert said(editor, "error")[0].startswith("No such logo to edit.")


@pytest.mark.parametrize(
    "page", ["²", "0", "-3", "abc", "99999999999999999999", pytest.param("9" * 400, id="400-digits")]
)
def test_a_history_link_with_a_bad_page_number_opens_the_first_page(page: str) -> None:
    """`page=²` raised ValueError in int(); `page=99999999999999999999` OverflowError in the database."""
    at = visit("history", page=page)
    assert not at.exception, at.exception
    assert not at.error, said(at, "error")
    assert any(c.value.endswith("page 1 of 1") for c in at.caption), [c.value for c in at.caption]


def test_a_history_link_past_the_last_page_opens_the_last_page() -> None:
    at = visit("history", page="50")
    assert not at.exception, at.exception
    assert any(c.value.endswith("page 1 of 1") for c in at.caption)


@pytest.mark.parametrize(
    "edits, reason",
    [
        pytest.param(
            '{"letter_spacing":' + "9" * 400 + "}", "Letter spacing must be a number", id="400-digit-letter-spacing"
        ),
        pytest.param('{"letter_spacing":1e400}', "Letter spacing must be a number", id="letter-spacing-1e400"),
        pytest.param('{"letter_spacing":NaN}', "not readable JSON", id="NaN"),
        pytest.param("[" * 3000 + "]" * 3000, "characters long", id="3000-deep-array"),
        pytest.param("[" * 990 + "]" * 990, "nests more than 4 levels", id="990-deep-array"),
        pytest.param('{"a":' * 3000 + "1" + "}" * 3000, "characters long", id="3000-deep-object"),
        pytest.param("[" * 10 + "]" * 10, "nests more than 4 levels", id="10-deep"),
        pytest.param('{"palette":' * 5 + "1" + "}" * 5, "nests more than 4 levels", id="5-deep"),
        pytest.param("x" * 5000, "characters long", id="5000-characters"),
        pytest.param("{not json", "not readable JSON", id="not-json"),
        pytest.param("[1, 2]", "not a set of fields", id="a-list"),
        pytest.param('{"wobble": 1}', "Unknown change", id="unknown-field"),
        pytest.param('{"layout": "spiral"}', "Layout must be one of", id="bad-layout"),
    ],
)
def test_an_editor_link_with_changes_it_cannot_read_opens_the_logo_as_it_was_made(
    job_id: str, edits: str, reason: str
) -> None:
    at = visit("editor", job=job_id, v="1", edits=edits)
    assert not at.exception, at.exception
    warnings = said(at, "warning")
    assert any(w.startswith("The changes in this link could not be used") and reason in w for w in warnings), warnings
    assert at.header[0].value.startswith("Edit logo #2 of") and at.session_state["ed_edits"] == {}


def test_an_editor_link_with_changes_it_can_take_opens_with_them(job_id: str) -> None:
    at = visit("editor", job=job_id, v="0", edits='{"layout":"badge","letter_spacing":0.1}', focus="symbol")
    assert not at.exception, at.exception
    assert not at.warning and at.session_state["ed_edits"] == {"layout": "badge", "letter_spacing": 0.1}


@pytest.mark.parametrize("focus", ["symbol", "²", "[x](http://evil.example)", pytest.param("f" * 5000, id="long")])
def test_the_editor_takes_any_focus(job_id: str, focus: str) -> None:
    at = visit("editor", job=job_id, v="0", focus=focus)
    assert not at.exception, at.exception
    assert not at.error and not at.warning


def test_visitors_get_no_error_details(monkeypatch: pytest.MonkeyPatch) -> None:
    """The type, message and traceback of an uncaught error (server paths, names, values) go to the
    server's log; the page says only that something went wrong."""
    monkeypatch.chdir(REPO)  # where .streamlit/config.toml is read from
    config.get_config_options(force_reparse=True)
    assert config.get_option("client.showErrorDetails") == "none"
    at = AppTest.from_string("raise RuntimeError('/srv/logostudio/secret.py: token=abc')").run()
    assert len(at.exception) == 1
    shown = at.exception[0]
    assert not shown.stack_trace and "RuntimeError" not in shown.proto.type
    assert "secret" not in shown.message and "/srv" not in shown.message
