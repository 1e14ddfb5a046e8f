"""Text from a link or a person reaches labels (page links, buttons) only as literal text: Streamlit
renders Markdown in labels, so `![](http://…)` there would fetch an image from anywhere."""

from __future__ import annotations

import html
import json
import uuid

import pytest
from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.storage.db import ensure_schema, session_scope
from logostudio.storage.models import Job
from logostudio.web.ui.copy import palette_name
from logostudio.web.ui.session import WORD_JOINER
from tests.helpers import GOLDEN, to_page, wait_for_job
from tests.services import REPO

APP = str(REPO / "logostudio/web/ui/main.py")
PICTURE = "![x](http://evil.example/pixel.png)"
TITLE = f"{PICTURE} [Call us](http://evil.example) **now**"
OWN_COLOURS = ["#112233", "#445566", "#778899", "#AABBCC"]


@pytest.fixture(scope="module")
def hostile_set() -> str:
    """A finished set whose name (History's Rename) is Markdown, and whose stored palette preference
    has a Markdown name (as one made through the API before palette names were checked could)."""
    ensure_schema()
    job_id = wait_for_job(studio.submit(GOLDEN)).id
    assert studio.rename_set(job_id, TITLE) == TITLE
    with session_scope() as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert job is not None
        job.prefs = {**job.prefs, "palette": {"name": PICTURE, "colors": OWN_COLOURS}}
    return job_id


def editor(job_id: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"job": job_id, "v": "0", **params})
    to_page(at, "editor").run()
    assert not at.exception, at.exception
    return at


def labels(at: AppTest) -> list[str]:
    """Every label on the page that Streamlit renders as Markdown: buttons and page links."""
    return [b.proto.label for b in at.button] + [p.proto.label for p in at.get("page_link")]


def shown(label: str) -> str:
    """What a person reads in ``label`` (character references decoded, invisible joiners gone)."""
    return html.unescape(label).replace(WORD_JOINER, "")


def assert_literal(label: str, text: str) -> None:
    """``label`` shows ``text`` as typed, and no Markdown link, image or emphasis can start in it."""
    assert text in shown(label), (label, text)
    for markup in ("![", "](", "**", "[", "http:"):
        assert markup not in label, (label, markup)


def test_the_editors_back_link_shows_the_sets_name_as_typed(hostile_set: str) -> None:
    at = editor(hostile_set)
    back = [p.proto.label for p in at.get("page_link")]
    assert len(back) == 1 and shown(back[0]) == f"Back to {TITLE}", back
    assert_literal(back[0], TITLE)


def test_a_palette_button_shows_a_stored_palette_name_as_typed(hostile_set: str) -> None:
    at = editor(hostile_set)
    own = [b.proto.label for b in at.button if (b.key or "").endswith("-".join(OWN_COLOURS))]
    assert len(own) == 1, labels(at)
    assert_literal(own[0], palette_name(PICTURE))


def test_an_editor_link_cannot_put_markdown_in_a_palette_name(hostile_set: str) -> None:
    """A crafted link (edits={"palette": {"name": "![](http://…)"}}) used to show the picture as
    the palette button's label; the name is refused and the logo opens as it was made."""
    edits = {"palette": {"name": "![](http://evil.example/p.png)", "colors": ["#010203", *OWN_COLOURS[1:]]}}
    at = editor(hostile_set, edits=json.dumps(edits))
    warnings = [html.unescape(w.value) for w in at.warning]
    assert any("could not be used" in w and "Palette name" in w for w in warnings), warnings
    assert at.session_state["ed_edits"] == {}
    assert not any("evil.example/p.png" in shown(label) for label in labels(at))


def test_no_label_of_the_editor_or_the_create_page_holds_markdown_from_the_set(hostile_set: str) -> None:
    at = editor(hostile_set)
    for label in labels(at):
        if "evil" in shown(label):
            assert_literal(label, "evil.example")
    create = AppTest.from_file(APP, default_timeout=60)
    create.query_params["job"] = hostile_set
    create.run()
    assert not create.exception, create.exception
    for label in labels(create):
        if "evil" in shown(label):
            assert_literal(label, "evil.example")
