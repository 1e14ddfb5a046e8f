"""The Streamlit app driven through AppTest: the form submits, the gallery fills, bad input is shown."""

from __future__ import annotations

import uuid

from streamlit.testing.v1 import AppTest

from logostudio import service
from logostudio.config import get_settings
from logostudio.db import ensure_schema, session_scope
from logostudio.models import Job
from tests.helpers import wait_for_job
from tests.services import REPO

APP = str(REPO / "streamlit_app.py")


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
    assert service.list_jobs(1, 10, get_settings())[1] == 0


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
    assert service.list_jobs(1, 10, get_settings())[1] == 1
    status = AppTest.from_file(str(REPO / "pages" / "status.py"), default_timeout=60).run()
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
    assert service.list_jobs(1, 10, settings, caller=service.Caller(anon_id=uuid.uuid4()))[1] == 0


def test_a_name_that_cannot_be_drawn_is_refused_before_the_job_starts(use_env, tmp_path):
    use_env({"DATA_DIR": str(tmp_path / "data")})
    at = AppTest.from_file(APP, default_timeout=60).run()
    _fill(at, type="party shop", name="🎉 Party Time")
    at.button[0].click().run()
    assert not at.exception
    assert any("no typeface here can draw" in e.value and "🎉" in e.value for e in at.error)
    assert "job" not in at.query_params
    assert service.list_jobs(1, 10, get_settings())[1] == 0
