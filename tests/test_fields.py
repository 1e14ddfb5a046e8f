"""Each text field's limits are written once (logostudio.fields): the brief's checks and their
messages, the API's request schema, the widgets' max_chars and their help all say the same number."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.briefs import InvalidBrief, LogoBrief, parse_brief, parse_edits, parse_set_name
from logostudio.fields import (
    BRIEF_FIELDS,
    BUSINESS_NAME,
    BUSINESS_TYPE,
    COLOR,
    EDIT_NAME,
    EDIT_SLOGAN,
    ICON,
    KEY_NAME,
    PALETTE_NAME,
    RULES,
    SET_NAME,
    SET_SEARCH,
    SLOGAN,
    SYMBOL_SEARCH,
    FieldRule,
)
from logostudio.storage.db import ensure_schema, session_scope
from logostudio.storage.models import JobStatus
from logostudio.storage.views import JobView, SetInfoView
from logostudio.studio.people import _key_name
from logostudio.web.api.schemas import GENERATE_BODY
from tests.helpers import stored_job, to_page, wait_for_job
from tests.pages.apptest import APP, one_page

# Where each field of the brief sits in the request body (preferences are nested).
_IN_BODY = {"business_type": (), "business_name": (), "slogan": (), "color": ("preferences",), "icon": ("preferences",)}


def _brief_with(rule: FieldRule, value: str) -> dict[str, Any]:
    body: dict[str, Any] = {"business_type": "bakery"}
    place = body.setdefault("preferences", {}) if _IN_BODY[rule.name] else body
    place[rule.name] = value
    return body


def _schema_of(rule: FieldRule) -> dict[str, Any]:
    properties = GENERATE_BODY["properties"]
    for step in _IN_BODY[rule.name]:
        properties = properties[step]["properties"]
    return dict(properties[rule.name])


def test_every_rule_has_a_limit_its_minimum_fits_under() -> None:
    for rule in RULES:
        assert 0 <= rule.min_length <= rule.max_length, rule
        assert str(rule.max_length) in rule.too_long(rule.max_length + 1)


@pytest.mark.parametrize("rule", BRIEF_FIELDS, ids=lambda r: r.name)
def test_the_api_schema_declares_the_rules_limits(rule: FieldRule) -> None:
    schema = _schema_of(rule)
    assert schema["maxLength"] == rule.max_length
    assert schema.get("minLength", 0) == rule.min_length
    assert (rule.name in GENERATE_BODY["required"]) == rule.required


def test_the_flat_icon_of_the_api_has_the_icons_limit() -> None:
    assert GENERATE_BODY["properties"]["icon"]["maxLength"] == ICON.max_length


@pytest.mark.parametrize("rule", BRIEF_FIELDS, ids=lambda r: r.name)
def test_a_brief_one_character_over_a_limit_is_refused_with_the_rules_message(rule: FieldRule) -> None:
    too_long = "a" * (rule.max_length + 1)
    with pytest.raises(InvalidBrief) as err:
        parse_brief(_brief_with(rule, too_long))
    assert err.value.errors == {rule.name: rule.too_long(rule.max_length + 1)}


@pytest.mark.parametrize("rule", [BUSINESS_TYPE, BUSINESS_NAME, SLOGAN], ids=lambda r: r.name)
def test_words_at_the_limit_are_taken(rule: FieldRule) -> None:
    brief = parse_brief(_brief_with(rule, "a" * rule.max_length))
    assert getattr(brief, rule.name) == "a" * rule.max_length


def test_a_required_field_left_empty_says_the_rules_limits() -> None:
    with pytest.raises(InvalidBrief) as err:
        parse_brief({"business_type": " "})
    assert err.value.errors == {"business_type": BUSINESS_TYPE.missing()}
    assert BUSINESS_TYPE.missing() == "Business type is required (1–80 characters)."


def test_the_editors_set_names_and_keys_limits_are_their_rules() -> None:
    for rule in (EDIT_NAME, EDIT_SLOGAN):
        with pytest.raises(InvalidBrief) as err:
            parse_edits({rule.name: "a" * (rule.max_length + 1)})
        assert err.value.errors == {rule.name: rule.too_long(rule.max_length + 1)}
        assert parse_edits({rule.name: "a" * rule.max_length}).as_dict()[rule.name] == "a" * rule.max_length
    with pytest.raises(InvalidBrief) as err:
        parse_edits({"name": ""})
    assert err.value.errors == {"name": EDIT_NAME.missing()}
    with pytest.raises(InvalidBrief) as err:
        parse_set_name("a" * (SET_NAME.max_length + 1))
    assert err.value.errors == {"name": SET_NAME.too_long(SET_NAME.max_length + 1)}
    assert parse_set_name("a" * SET_NAME.max_length) == "a" * SET_NAME.max_length
    with pytest.raises(ValueError, match=KEY_NAME.too_long(KEY_NAME.max_length + 1)):
        _key_name("a" * (KEY_NAME.max_length + 1))
    assert _key_name("a" * KEY_NAME.max_length) == "a" * KEY_NAME.max_length
    palette = {"name": "a" * (PALETTE_NAME.max_length + 1), "colors": ["#112233"] * 4}
    with pytest.raises(InvalidBrief) as err:
        parse_brief({"business_type": "bakery", "preferences": {"palette": palette}})
    assert err.value.errors == {"palette": PALETTE_NAME.too_long(PALETTE_NAME.max_length + 1)}


def test_the_help_texts_read_as_they_did() -> None:
    assert BUSINESS_TYPE.help == "What the business does, in 1–80 characters."
    assert BUSINESS_NAME.help == "Up to 60 characters; without one, the business type is used."
    assert SLOGAN.help == "Up to 80 characters."


# ---------------------------------------------------------------- the widgets


def test_the_create_form_shows_each_rules_help_and_the_rules_refusal(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    for key, rule in (("f_type", BUSINESS_TYPE), ("f_name", BUSINESS_NAME), ("f_slogan", SLOGAN), ("f_color", COLOR)):
        assert at.text_input(key=key).help == rule.help
        # No max_chars: a browser would cut the words short without a word; the check says why.
        assert not at.text_input(key=key).max_chars
    at.text_input(key="f_type").input("a" * (BUSINESS_TYPE.max_length + 1))
    at.button[0].click().run()
    said = [html.unescape(e.value) for e in at.error]
    assert BUSINESS_TYPE.too_long(BUSINESS_TYPE.max_length + 1) in said, said


def test_the_keys_page_takes_a_names_worth(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema()
    at = AppTest.from_function(one_page, args=("keys",), default_timeout=60).run()
    assert not at.exception, at.exception
    assert at.text_input(key="key_name").max_chars == KEY_NAME.max_length


def test_history_takes_a_set_names_worth(use_env, tmp_path):
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    at = AppTest.from_file(APP, default_timeout=60).run()
    with session_scope(settings) as session:
        session.add(stored_job(anon_id=at.session_state["_anonymous_session_id"]))
    to_page(at, "history").run()
    assert not at.exception, at.exception
    assert at.text_input(key="history_search").max_chars == SET_SEARCH.max_length
    (rename,) = [t for t in at.text_input if t.label == "Name of this set"]
    assert rename.max_chars == SET_NAME.max_length and rename.help == SET_NAME.help


def test_the_editor_takes_a_logos_words_worth(use_env, tmp_path):
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job = wait_for_job(studio.submit({"business_type": "bakery", "business_name": "Crust", "variants": 1, "seed": 4}))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["job"] = job.id
    at.query_params["v"] = "0"
    to_page(at, "editor").run()
    assert not at.exception, at.exception
    assert at.text_input(key="ed_name").max_chars == EDIT_NAME.max_length
    assert at.text_input(key="ed_slogan").max_chars == EDIT_SLOGAN.max_length
    assert at.text_input(key="ed_slogan").help == EDIT_SLOGAN.help


# ---------------------------------------------------------------- a set's title


def test_a_sets_title_is_its_own_name_else_the_name_its_brief_goes_by() -> None:
    now = datetime.now(UTC)

    def view(brief: LogoBrief, name: str | None = None) -> JobView:
        return JobView("j", brief, 1, JobStatus.done, 1, 1, None, now, now, info=SetInfoView(name=name))

    typed = LogoBrief(business_type="coffee shop")
    named = LogoBrief(business_type="coffee shop", business_name="Blue Bean")
    assert typed.display_name == "Coffee Shop" and view(typed).title == "Coffee Shop"
    assert named.display_name == "Blue Bean" and view(named).title == "Blue Bean"
    assert view(named, "Autumn ideas").title == "Autumn ideas"


def test_the_tables_text_columns_are_as_wide_as_their_fields(use_env, tmp_path) -> None:
    """The migrated database (not only the models) holds a field's longest value."""
    from sqlalchemy import inspect

    from logostudio.storage.db import get_engine

    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    inspector = inspect(get_engine(settings))

    def width(table: str, column: str) -> int:
        return next(c["type"].length for c in inspector.get_columns(table) if c["name"] == column)

    for table, column, rule in (
        ("jobs", "business_type", BUSINESS_TYPE),
        ("jobs", "business_name", BUSINESS_NAME),
        ("jobs", "slogan", SLOGAN),
        ("api_keys", "name", KEY_NAME),
        ("set_info", "name", SET_NAME),
        ("set_info", "source_title", SET_NAME),
    ):
        assert width(table, column) == rule.max_length, (table, column)


def test_the_symbol_search_takes_a_few_words_and_no_more() -> None:
    long = "croissant " * 20
    assert studio.search_symbols(long) == studio.search_symbols(long[: SYMBOL_SEARCH.max_length])
    assert studio.search_symbols("croissant")
