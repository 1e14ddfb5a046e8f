"""The Streamlit app driven through AppTest: the form submits, the gallery fills, bad input is shown."""

from __future__ import annotations

import ast
import html
import re
import uuid
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.config import get_settings
from logostudio.storage.db import ensure_schema, session_scope
from logostudio.storage.models import Job
from logostudio.web.ui.copy import colors_in_svg, describe
from tests.helpers import GOLDEN, to_page, wait_for_job
from tests.services import REPO

APP = str(REPO / "logostudio/web/ui/main.py")


def one_page(name: str) -> None:
    """Page module ``name`` alone (its render(), without the app's navigation around it)."""
    import importlib

    importlib.import_module(f"pages.{name}").render()


def _fill(at: AppTest, **values: object) -> None:
    keys = {"type": "f_type", "name": "f_name", "slogan": "f_slogan", "color": "f_color"}
    for name, value in values.items():
        at.text_input(key=keys[name]).input(value)


def test_form_submits_and_gallery_shows_every_logo(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    _fill(at, type="coffee shop", name="Blue Bean", slogan="Brewed slowly", color="#6F4E37")
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
    _fill(at, type="x" * 80, name="n" * 60, color="blurple")
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


def _failed_job(settings, anon_id: uuid.UUID) -> Job:
    with session_scope(settings) as session:
        job = Job(
            anon_id=anon_id,
            business_type="bakery",
            business_name="Crumb",
            prefs={},
            seed=1,
            variant_count=2,
            status="error",
            progress=1,
            error_message="Storage did not answer while uploading a logo.",
        )
        session.add(job)
    return job


def test_failed_job_shows_its_reason_and_try_again_finishes_it(use_env, tmp_path):
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    at = AppTest.from_file(APP, default_timeout=60).run()
    # Without a browser's cookie, the session is its own anonymous identity; the set is its own.
    job = _failed_job(settings, at.session_state["_anonymous_session_id"])
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
    _fill(at, type="coffee shop", name="Blue Bean")
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
    job = _failed_job(settings, uuid.uuid4())
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
    _fill(at, type="party shop", name="🎉 Party Time")
    at.button[0].click().run()
    assert not at.exception
    assert any("no typeface here can draw" in e.value and "🎉" in e.value for e in at.error)
    assert "job" not in at.query_params
    assert studio.list_jobs(1, 10, get_settings())[1] == 0


# ---------------------------------------------------------------- what tried-as-a-new-user found


def _param(at: AppTest, name: str) -> str:
    value = at.query_params[name]
    return value[0] if isinstance(value, list) else value


def _session_caller(at: AppTest) -> studio.Caller:
    """The identity of the AppTest session (no cookie reaches it: the session is its own browser)."""
    return studio.Caller(anon_id=at.session_state["_anonymous_session_id"])


def _open(at: AppTest, job_id: str) -> AppTest:
    at.query_params["job"] = job_id
    at.run()
    assert not at.exception, at.exception
    return at


def test_opening_a_set_from_a_link_fills_the_form_with_its_brief(use_env, tmp_path):
    """The form used to stay empty when a set was opened from History or a link."""
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job_id = studio.submit(GOLDEN)
    wait_for_job(job_id)
    at = _open(AppTest.from_file(APP, default_timeout=60), job_id)
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
    _fill(at, type="bakery", name="Golden Crust")
    at.number_input(key="f_variants").set_value(2)
    at.button[0].click().run()
    job_id = _param(at, "job")
    wait_for_job(job_id)
    to_page(at, "history").run()
    assert not at.exception and any(m.value.startswith("**Golden Crust**") for m in at.markdown)
    at.query_params.clear()  # what the "Create logos" link does to the address
    to_page(at, "Create logos").run()
    assert not at.exception, at.exception
    assert _param(at, "job") == job_id
    assert at.subheader[0].value == "Golden Crust" and len(at.get("image")) == 2
    assert at.text_input(key="f_name").value == "Golden Crust" and at.number_input(key="f_variants").value == 2


def test_a_refused_brief_is_still_in_the_form_after_a_visit_to_other_pages(use_env, tmp_path):
    """The form's fields outlive a page switch (they are kept for the session), so a person who
    looks at Status or History before fixing a refused brief finds it as they left it."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    _fill(at, type="saddlery", name="Hide & Horn", color="blurple")
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
    job = studio.get_job(_param(at, "job"), get_settings())
    assert job is not None and (job.business_type, job.business_name, job.total) == ("saddlery", "Hide & Horn", 4)


def test_variants_out_of_range_says_so_and_old_errors_clear(use_env, tmp_path):
    """Variants = 25 used to turn the field red while Generate silently did nothing, leaving an
    old colour error on screen."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    _fill(at, type="bakery", color="blurple")
    at.button[0].click().run()
    assert any("not a CSS colour name" in e.value for e in at.error)
    _fill(at, color="teal")
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
    wait_for_job(_param(at, "job"))


def test_a_derived_set_says_where_it_came_from(use_env, tmp_path):
    """More like this used to make a set that looked like any other in its heading and History."""
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    source = studio.submit(GOLDEN, caller=_session_caller(at))
    wait_for_job(source)
    more = studio.more_like_this(source, 2, caller=_session_caller(at))
    wait_for_job(more)
    _open(at, more)
    assert at.subheader[0].value == "Golden Crust"
    assert any("More like #3 of Golden Crust" in html.unescape(m.value) for m in at.markdown)
    to_page(at, "history").run()
    assert any("More like #3 of Golden Crust" in html.unescape(c.value) for c in at.caption)


def test_cards_speak_plainly_and_show_the_colours_the_logo_uses(use_env, tmp_path):
    """Cards used to say "signature", "analogous", "checks passed · contrast 7.5:1 text" and show
    palette swatches that were not in the logo."""
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    job = wait_for_job(studio.submit(GOLDEN))
    at = _open(AppTest.from_file(APP, default_timeout=60), job.id)
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
    at = _open(AppTest.from_file(APP, default_timeout=60), job.id)
    said = [m.value for m in at.markdown if "We guessed this symbol" in m.value]
    assert len(said) == len(guessed) and "zorbing" in said[0]
    pick = [b for b in at.button if b.label == "Pick a symbol"]
    assert len(pick) == len(guessed)
    pick[0].click().run()
    assert not at.exception, at.exception
    # The editor opens on that logo with its symbol search.
    assert _param(at, "focus") == "symbol" and _param(at, "v") == str(guessed[0].index)
    assert at.text_input(key="ed_search") is not None


def _sets(settings, anon_id: uuid.UUID, count: int) -> list[Job]:
    with session_scope(settings) as session:
        jobs = [
            Job(
                anon_id=anon_id,
                business_type="bakery",
                business_name=f"Crust {i:02d}" if i % 2 else f"Bean {i:02d}",
                prefs={},
                seed=i,
                variant_count=1,
                status="error",
                progress=0,
                error_message="Not made in this test.",
            )
            for i in range(count)
        ]
        session.add_all(jobs)
    return jobs


def test_history_has_a_pager_at_the_top_a_search_box_rename_and_delete(use_env, tmp_path):
    """History used to be one long page with its pager at the bottom only, no search, no delete,
    and no way to rename a set."""
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    at = AppTest.from_file(APP, default_timeout=60).run()
    _sets(settings, at.session_state["_anonymous_session_id"], 25)
    to_page(at, "history").run()
    assert not at.exception, at.exception
    labels = [b.label for b in at.button]
    assert labels.index("Older →") < labels.index("Open")  # a pager above the first set…
    assert labels.count("Older →") == 2  # …and one below the last
    assert labels.count("Open") == 20
    at.text_input(key="history_search").input("crust").run()
    assert sum(b.label == "Open" for b in at.button) == 12
    assert any("12 logo sets found" in c.value for c in at.caption)
    # Rename the first one listed.
    at.text_input(key="history_search").input("Crust 23").run()
    names = [t for t in at.text_input if t.label == "Name of this set"]
    assert len(names) == 1
    names[0].input("My best crust")
    next(b for b in at.button if b.label == "Save name").click().run()
    assert not at.exception, at.exception
    at.text_input(key="history_search").input("best").run()
    assert any(m.value.startswith("**My best crust**") for m in at.markdown)
    # Delete it.
    next(b for b in at.button if b.label == "Delete this set").click().run()
    assert not at.exception, at.exception
    assert sum(b.label == "Open" for b in at.button) == 0
    assert studio.list_jobs(1, 50, settings, studio.Caller(anon_id=at.session_state["_anonymous_session_id"]))[1] == 24


def test_the_editor_opens_on_a_logo_whose_letters_are_set_tight(use_env, tmp_path):
    # Some typefaces are set with slightly negative tracking: the letter-spacing control takes it.
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    tight = []
    for seed in range(1, 6):
        brief = {"business_type": "restaurant", "business_name": "مطعم الياسمين", "seed": seed}
        job = wait_for_job(studio.submit(brief))
        tight = [v for v in job.variants if float(v.meta.get("letter_spacing") or 0) < 0]
        if tight:
            break
    assert tight, "no variant with tight letters to open"
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["job"] = job.id
    at.query_params["v"] = str(tight[0].index)
    to_page(at, "editor").run()
    assert not at.exception, at.exception
    assert at.slider(key="ed_letter_spacing").value == tight[0].meta["letter_spacing"]


def test_history_keeps_a_right_to_left_slogan_in_its_place(use_env, tmp_path):
    # Without bidi isolation an Arabic slogan pulls the " · 1/1 logos" after it into its own order.
    use_env({"DATA_DIR": str(tmp_path / "data")})
    slogan = "أطيب المأكولات الشامية"
    at = AppTest.from_file(APP, default_timeout=60).run()
    _fill(at, type="restaurant", slogan=slogan)
    at.number_input(key="f_variants").set_value(1)
    at.button[0].click().run()
    wait_for_job(_param(at, "job"))
    to_page(at, "history").run()
    assert not at.exception, at.exception
    line = next(html.unescape(c.value) for c in at.caption if "1/1 logos" in html.unescape(c.value))
    assert f"“\u2068{slogan}\u2069” · 1/1 logos" in line and line.startswith("restaurant · ")  # LTR as it is


def test_the_api_keys_page_says_when_the_hours_keys_are_made(use_env, tmp_path):
    """Making keys has a limit of its own: past it, the page says so and how long to wait."""
    use_env({"DATA_DIR": str(tmp_path / "data"), "KEYS_PER_HOUR": "1"})
    ensure_schema()
    at = AppTest.from_function(one_page, args=("keys",), default_timeout=60).run()
    for attempt in range(2):
        at.text_input(key="key_name").input(f"site {attempt}")
        at.button[0].click().run()
        assert not at.exception, at.exception
    assert len(studio.list_api_keys(get_settings())) == 1
    refusal = " ".join(e.value for e in at.error)
    assert "1 API key" in refusal and "in the last hour" in refusal, refusal


def _served_script() -> Path:
    """The script app.py's st.App serves, read from app.py (importing it would set Streamlit's
    process-wide main script path, where its config and secrets are looked for, for every test)."""
    tree = ast.parse((REPO / "app.py").read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "st.App"]
    assert len(calls) == 1 and isinstance(calls[0].args[0], ast.Constant)
    return REPO / str(calls[0].args[0].value)


def test_streamlit_finds_no_pages_folder_to_run_a_page_from_alone() -> None:
    """A `pages/` folder beside the served script makes Streamlit run its files as pages of their
    own (multipage apps of old), without the script's navigation: a fresh server's first visitor
    to /editor got the editor alone. The pages are functions in the top-level `pages` package,
    and the script Streamlit looks beside is the one app.py serves, not app.py."""
    served = _served_script()
    assert served == Path(APP) and served.is_file()
    assert not (served.parent / "pages").exists()
    PagesManager.uses_pages_directory = None
    try:
        PagesManager(str(served))  # how the server's first session decides, once per process
        assert PagesManager.uses_pages_directory is False
    finally:
        PagesManager.uses_pages_directory = None
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    registered = {info["url_pathname"]: info for info in at._registered_pages.values()}
    assert sorted(registered) == ["", "editor", "history", "keys", "shortlist", "status"]
    assert all(not info["script_path"] for info in registered.values())  # functions, not files to run
