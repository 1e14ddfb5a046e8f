"""The Create logos page driven through AppTest: the form submits, the gallery fills, bad input is shown."""

from __future__ import annotations

import html
import re
import uuid

from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.config import get_settings
from logostudio.storage.db import ensure_schema
from logostudio.web.ui.copy import colors_in_svg, describe
from tests.helpers import GOLDEN, to_page, wait_for_job
from tests.pages.apptest import APP, failed_job, fill, one_page, open_set, param, session_caller


def test_form_submits_and_gallery_shows_every_logo(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    fill(at, type="coffee shop", name="Blue Bean", slogan="Brewed slowly", color="#6F4E37")
    at.selectbox(key="f_style").select("playful")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    job_id = at.query_params["job"][0] if isinstance(at.query_params["job"], list) else at.query_params["job"]
    job = wait_for_job(job_id)
    assert job.status == "done" and job.prefs["style"] == "playful" and job.prefs["color"] == "#6f4e37"
    at.run()
    assert not at.exception
    assert at.subheader[0].value == "Blue Bean"
    assert any("All 6 logos ready" in (p.proto.text or "") for p in at.get("progress"))
    assert len(at.get("image")) == 6
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("SVG") == 6 and labels.count("PNG") == 6 and labels.count("Brand kit") == 6
    # The form keeps its last values.
    assert at.text_input(key="f_name").value == "Blue Bean"


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_stored(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.button[0].click().run()
    assert not at.exception
    assert any("Business type is required" in e.value for e in at.error)
    fill(at, type="x" * 80, name="n" * 60, color="blurple")
    at.button[0].click().run()
    assert any("not a CSS colour name" in e.value for e in at.error)
    assert "job" not in at.query_params
    assert studio.list_jobs(1, 10, get_settings())[1] == 0


def test_unknown_job_link_says_no_such_job(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["job"] = "not-a-real-id"
    at.run()
    assert not at.exception
    assert any("No such job" in e.value for e in at.error)


def test_failed_job_shows_its_reason_and_try_again_finishes_it(use_env, tmp_path):
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    at = AppTest.from_file(APP, default_timeout=60).run()
    # Without a browser's cookie, the session is its own anonymous identity; the set is its own.
    job = failed_job(settings, at.session_state["_anonymous_session_id"])
    at.query_params["job"] = str(job.id)
    at.run()
    assert not at.exception
    assert any("could not be made" in e.value and "Storage did not answer" in e.value for e in at.error)
    retry = next(b for b in at.button if b.label == "Try again")
    assert not retry.disabled
    retry.click().run()
    assert not at.exception
    done = wait_for_job(str(job.id))
    assert done.status == "done" and len(done.variants) == 2 and done.error is None
    at.run()
    assert not any("could not be made" in e.value for e in at.error)
    assert len(at.get("image")) == 2


def test_with_the_queue_down_a_job_is_accepted_and_the_pages_say_it_waits(use_env, tmp_path):
    from tests.services import free_port

    use_env({"DATA_DIR": str(tmp_path / "data"), "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="coffee shop", name="Blue Bean")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert not at.error  # accepted, not refused
    assert at.query_params["job"]
    assert any("will start as soon as it is back" in (p.proto.text or "") for p in at.get("progress"))
    assert studio.list_jobs(1, 10, get_settings())[1] == 1
    status = AppTest.from_function(one_page, args=("status",), default_timeout=60).run()
    assert not status.exception
    assert any("start as soon as the queue answers again" in w.value for w in status.warning)
    assert any("1 logo set(s) wait for the queue" in i.value for i in status.info)


def test_someone_elses_set_can_be_viewed_but_not_rerun(use_env, tmp_path):
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    job = failed_job(settings, uuid.uuid4())
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["job"] = str(job.id)
    at.run()
    assert not at.exception
    assert any("could not be made" in e.value for e in at.error)
    assert any("Someone shared this set with you" in i.value for i in at.info)
    assert next(b for b in at.button if b.label == "Try again").disabled
    assert next(b for b in at.button if b.label == "New variations").disabled
    # History lists this session's sets only: none.
    assert studio.list_jobs(1, 10, settings, caller=studio.Caller(anon_id=uuid.uuid4()))[1] == 0


def test_a_name_that_cannot_be_drawn_is_refused_before_the_job_starts(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="party shop", name="🎉 Party Time")
    at.button[0].click().run()
    assert not at.exception
    assert any("no typeface here can draw" in e.value and "🎉" in e.value for e in at.error)
    assert "job" not in at.query_params
    assert studio.list_jobs(1, 10, get_settings())[1] == 0


# ---------------------------------------------------------------- what tried-as-a-new-user found


def test_opening_a_set_from_a_link_fills_the_form_with_its_brief(use_env, tmp_path):
    """The form used to stay empty when a set was opened from History or a link."""
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job_id = studio.submit(GOLDEN)
    wait_for_job(job_id)
    at = open_set(AppTest.from_file(APP, default_timeout=60), job_id)
    assert at.text_input(key="f_type").value == "bakery"
    assert at.text_input(key="f_name").value == "Golden Crust"
    assert at.text_input(key="f_slogan").value == "Baked every morning"
    assert at.text_input(key="f_color").value == "#c9a227"
    assert at.selectbox(key="f_style").value == "vintage" and at.selectbox(key="f_theme").value == "light"
    assert at.number_input(key="f_variants").value == 3
    # The form folds away once a set is on screen; the gallery is what the person came for.
    assert at.session_state["form_open"] is False
    assert at.expander[0].label == "Change the brief and make a new set"


def test_coming_back_to_create_logos_keeps_the_set_just_made(use_env, tmp_path):
    """History → Create logos used to lose the set just made (the page link drops ?job=)."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="bakery", name="Golden Crust")
    at.number_input(key="f_variants").set_value(2)
    at.button[0].click().run()
    job_id = param(at, "job")
    wait_for_job(job_id)
    to_page(at, "history").run()
    assert not at.exception and any(m.value.startswith("**Golden Crust**") for m in at.markdown)
    at.query_params.clear()  # what the "Create logos" link does to the address
    to_page(at, "Create logos").run()
    assert not at.exception, at.exception
    assert param(at, "job") == job_id
    assert at.subheader[0].value == "Golden Crust" and len(at.get("image")) == 2
    assert at.text_input(key="f_name").value == "Golden Crust" and at.number_input(key="f_variants").value == 2


def test_a_refused_brief_is_still_in_the_form_after_a_visit_to_other_pages(use_env, tmp_path):
    """The form's fields outlive a page switch (they are kept for the session), so a person who
    looks at Status or History before fixing a refused brief finds it as they left it."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="saddlery", name="Hide & Horn", color="blurple")
    at.number_input(key="f_variants").set_value(4)
    at.button[0].click().run()
    assert any("not a CSS colour name" in e.value for e in at.error)
    for page in ("status", "history"):
        to_page(at, page).run()
        assert not at.exception, at.exception
        assert "f_type" not in [t.key for t in at.text_input]  # the form is not on these pages
    to_page(at, "Create logos").run()
    assert not at.exception, at.exception
    got = {k: at.text_input(key=k).value for k in ("f_type", "f_name", "f_color")}
    assert got == {"f_type": "saddlery", "f_name": "Hide & Horn", "f_color": "blurple"}, got
    assert at.number_input(key="f_variants").value == 4
    at.text_input(key="f_color").set_value("saddlebrown")
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    job = studio.get_job(param(at, "job"), get_settings())
    assert job is not None and (job.business_type, job.business_name, job.total) == ("saddlery", "Hide & Horn", 4)


def test_variants_out_of_range_says_so_and_old_errors_clear(use_env, tmp_path):
    """Variants = 25 used to turn the field red while Generate silently did nothing, leaving an
    old colour error on screen."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="bakery", color="blurple")
    at.button[0].click().run()
    assert any("not a CSS colour name" in e.value for e in at.error)
    fill(at, color="teal")
    at.number_input(key="f_variants").set_value(25)
    at.button[0].click().run()
    assert not at.exception, at.exception
    errors = [html.unescape(e.value) for e in at.error]
    assert any("Variants must be from 1 to 24 (got 25)" in e for e in errors), errors
    assert not any("colour" in e for e in errors), errors
    assert "job" not in at.query_params and studio.list_jobs(1, 10, get_settings())[1] == 0
    at.number_input(key="f_variants").set_value(2)
    at.button[0].click().run()
    assert not at.error and "job" in at.query_params
    wait_for_job(param(at, "job"))


def test_a_derived_set_says_where_it_came_from(use_env, tmp_path):
    """More like this used to make a set that looked like any other in its heading and History."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    source = studio.submit(GOLDEN, caller=session_caller(at))
    wait_for_job(source)
    more = studio.more_like_this(source, 2, caller=session_caller(at))
    wait_for_job(more)
    open_set(at, more)
    assert at.subheader[0].value == "Golden Crust"
    assert any("More like #3 of Golden Crust" in html.unescape(m.value) for m in at.markdown)
    to_page(at, "history").run()
    assert any("More like #3 of Golden Crust" in html.unescape(c.value) for c in at.caption)


def test_cards_speak_plainly_and_show_the_colours_the_logo_uses(use_env, tmp_path):
    """Cards used to say "signature", "analogous", "checks passed · contrast 7.5:1 text" and show
    palette swatches that were not in the logo."""
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job = wait_for_job(studio.submit(GOLDEN))
    at = open_set(AppTest.from_file(APP, default_timeout=60), job.id)
    cards_html = "\n".join(m.value for m in at.markdown)
    said = html.unescape("\n".join([cards_html, *(c.value for c in at.caption)])).lower()
    for jargon in ("signature", "analogous", "complementary", "checks passed", "contrast 7"):
        assert jargon not in said, jargon
    for v in job.variants:
        svg = studio.read_object(v.svg_key).decode()
        assert describe(v.meta) in cards_html
        assert all(f'title="{c}"' in cards_html for c in colors_in_svg(svg)[:8])
    # No swatch shows a colour that none of the logos is drawn in.
    drawn = {c for v in job.variants for c in colors_in_svg(studio.read_object(v.svg_key).decode())}
    assert set(re.findall(r'title="(#[0-9A-F]{6})"', cards_html)) <= drawn


def test_a_guessed_symbol_says_so_and_offers_the_icon_search(use_env, tmp_path):
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job = wait_for_job(studio.submit({"business_type": "zorbing", "business_name": "Zorbo", "seed": 1}))
    guessed = [v for v in job.variants if v.meta.get("symbol_match") == "guess"]
    assert guessed
    at = open_set(AppTest.from_file(APP, default_timeout=60), job.id)
    said = [m.value for m in at.markdown if "We guessed this symbol" in m.value]
    assert len(said) == len(guessed) and "zorbing" in said[0]
    pick = [b for b in at.button if b.label == "Pick a symbol"]
    assert len(pick) == len(guessed)
    pick[0].click().run()
    assert not at.exception, at.exception
    # The editor opens on that logo with its symbol search.
    assert param(at, "focus") == "symbol" and param(at, "v") == str(guessed[0].index)
    assert at.text_input(key="ed_search") is not None
