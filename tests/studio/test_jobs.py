"""The use cases on real parts: PostgreSQL, Redis with an `rq worker` process, an S3 endpoint; and
on the embedded default."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline.queue import get_queue
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, User, utcnow
from logostudio.studio.identity import Caller
from tests.helpers import BRIEF, assert_complete, stored_job, wait_for_job
from tests.services import free_port


def job_count(settings: Settings) -> int:
    with session_scope(settings) as session:
        return session.scalar(select(func.count()).select_from(Job)) or 0


def test_job_through_rq_worker_ends_done_with_rows_and_objects(prod_settings, rq_worker):
    start = time.monotonic()
    job_id = studio.submit(BRIEF, prod_settings)
    seen_progress = set()
    while True:
        job = studio.get_job(job_id, prod_settings)
        seen_progress.add(job.progress)
        if job.finished or time.monotonic() - start > 90:
            break
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    assert_complete(job, prod_settings)
    # Progress advanced per variant, so the gallery can fill live.
    assert len(seen_progress) >= 3, seen_progress
    print(f"\nRQ: submit → last variant in {elapsed:.2f} s")


@pytest.mark.parametrize(
    "brief, field",
    [
        ({"business_type": ""}, "business_type"),
        ({"business_type": "cafe", "preferences": {"theme": "neon"}}, "theme"),
        ({"business_type": "cafe", "variants": 6.5}, "variants"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored_or_enqueued(prod_settings, brief, field):
    depth = get_queue(prod_settings).stats().depth
    before = job_count(prod_settings)
    with pytest.raises(studio.InvalidBrief) as err:
        studio.submit(brief, prod_settings)
    assert field in err.value.errors
    assert job_count(prod_settings) == before
    assert get_queue(prod_settings).stats().depth == depth


def test_redis_down_at_submit_keeps_the_job_and_says_it_waits(prod_env, prod_settings):
    dead = Settings(**{**prod_env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    before = job_count(prod_settings)
    submission = studio.submit_job(BRIEF, dead)
    assert not submission.enqueued and submission.notice == studio.QUEUE_DOWN
    assert "will start as soon as it is back" in submission.notice
    assert job_count(prod_settings) == before + 1
    job = studio.get_job(submission.job_id, prod_settings)
    # The gallery (and the API) say so until the reconciler hands it to the queue.
    assert job.status == "queued" and studio.status_line(job) == studio.QUEUE_DOWN


def test_database_down_at_submit_is_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(studio.ServiceUnavailable, match="database is not answering"):
        studio.submit(BRIEF, dead)


def test_unknown_or_malformed_job_id(prod_settings):
    assert studio.get_job("nope", prod_settings) is None
    assert studio.get_job("00000000-0000-0000-0000-000000000000", prod_settings) is None
    with pytest.raises(studio.NoSuchJob):
        studio.result("'; drop table jobs; --", prod_settings)
    with pytest.raises(studio.NoSuchJob):
        studio.retry_job("00000000-0000-0000-0000-000000000000", prod_settings)


def test_more_like_this_and_new_variations(prod_settings, rq_worker):
    job_id = studio.submit({**BRIEF, "seed": 5, "variants": 3}, prod_settings)
    job = wait_for_job(job_id, prod_settings)
    v = job.variants[1]
    more = wait_for_job(studio.more_like_this(job_id, 1, prod_settings), prod_settings)
    assert more.status == "done" and more.total == 3
    assert more.prefs["layout"] == v.meta["layout"] and more.prefs["palette"] == v.palette
    assert all(m.meta["layout"] == v.meta["layout"] and m.palette == v.palette for m in more.variants)
    again = wait_for_job(studio.new_variations(job_id, prod_settings), prod_settings)
    assert again.seed != job.seed and again.business_name == job.business_name and again.status == "done"
    assert again.prefs == job.prefs and again.total == job.total
    with pytest.raises(studio.NoSuchJob):
        studio.more_like_this(job_id, 7, prod_settings)


def test_result_lists_every_variant_with_fetchable_urls(prod_settings, rq_worker):
    import urllib.request

    job_id = studio.submit({**BRIEF, "seed": 8, "variants": 2}, prod_settings)
    wait_for_job(job_id, prod_settings)
    found = studio.result(job_id, prod_settings)
    assert found.job.status == "done" and (found.job.progress, found.job.total) == (2, 2)
    for v in found.job.variants:
        # The words on each logo, as drawn: the brief's and nothing else.
        assert " ".join(v.meta["text"]["name"]).casefold() == BRIEF["business_name"].casefold()
        assert " ".join(v.meta["text"]["slogan"]).casefold() in ("", BRIEF["slogan"].casefold())
        for key in (v.svg_key, v.png_key):
            body = urllib.request.urlopen(found.urls[key], timeout=10).read()
            assert body == studio.read_object(key, prod_settings)


def test_history_lists_newest_first_with_paging(embedded_settings):
    ids = [studio.submit({"business_type": f"shop {i}", "variants": 1}, embedded_settings) for i in range(3)]
    for job_id in ids:
        wait_for_job(job_id, embedded_settings)
    jobs, total = studio.list_jobs(1, 2, embedded_settings)
    assert total == 3 and [j.id for j in jobs] == ids[::-1][:2]
    page2, _ = studio.list_jobs(2, 2, embedded_settings)
    assert [j.id for j in page2] == [ids[0]]
    assert jobs[0].variants and jobs[0].variants[0].index == 0


def test_embedded_default_runs_the_same_task(embedded_settings):
    start = time.monotonic()
    job_id = studio.submit(BRIEF, embedded_settings)
    job = wait_for_job(job_id, embedded_settings)
    elapsed = time.monotonic() - start
    assert_complete(job, embedded_settings)
    files = sorted(Path(embedded_settings.objects_dir, "jobs", job_id).iterdir())
    assert len(files) == 12
    assert Path(embedded_settings.data_dir, "logostudio.db").exists()
    print(f"\nembedded: submit → last variant in {elapsed:.2f} s")


def test_embedded_jobs_interrupted_by_a_restart_are_resumed(embedded_settings):
    with session_scope(embedded_settings) as session:
        queued = stored_job(status="queued", error_message=None)
        # Left by the previous app process, its lease not yet run out: no run of it lives any more.
        running = stored_job(
            business_type="florist",
            status="processing",
            error_message=None,
            lease_token=uuid.uuid4(),
            lease_expires_at=utcnow() + timedelta(seconds=60),
            attempts=1,
        )
        done = stored_job(business_type="baker", status="done", progress=1, error_message=None)
        session.add_all([queued, running, done])
    assert studio.recover_jobs(embedded_settings) == 2
    for job in (queued, running):
        assert wait_for_job(str(job.id), embedded_settings).status == "done"
    assert studio.get_job(str(done.id), embedded_settings).variants == []  # a finished job is not run again


def test_reads_with_the_database_down_are_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(studio.ServiceUnavailable, match="database is not answering"):
        studio.get_job("00000000-0000-0000-0000-000000000001", dead)
    with pytest.raises(studio.ServiceUnavailable, match="database is not answering"):
        studio.list_jobs(1, settings=dead)
    with pytest.raises(studio.ServiceUnavailable, match="database is not answering"):
        studio.result("00000000-0000-0000-0000-000000000001", dead)


# ---------------------------------------------------------------- people, ownership and keys


def test_each_identity_lists_only_its_own_sets_and_only_the_owner_reruns(any_settings):
    settings = any_settings
    alice, bob = Caller(anon_id=uuid.uuid4()), Caller(anon_id=uuid.uuid4())
    mine = studio.submit({**BRIEF, "variants": 1}, settings, alice)
    theirs = studio.submit({**BRIEF, "variants": 1, "business_name": "Bob's"}, settings, bob)
    assert [j.id for j in studio.list_jobs(1, 50, settings, alice)[0]] == [mine]
    assert [j.id for j in studio.list_jobs(1, 50, settings, bob)[0]] == [theirs]
    assert studio.list_jobs(1, 50, settings, Caller())[1] == 0
    # A link is for viewing by anyone; rerunning and deriving are the owner's.
    job = studio.get_job(theirs, settings)
    assert job is not None and not studio.may_change(job, alice) and studio.may_change(job, bob)
    for attempt in (
        lambda: studio.new_variations(theirs, settings, alice),
        lambda: studio.more_like_this(theirs, 0, settings, alice),
        lambda: studio.retry_job(theirs, settings, alice),
    ):
        with pytest.raises(studio.NotYours, match="Only the person who made this set"):
            attempt()
    wait_for_job(theirs, settings)
    again = studio.new_variations(theirs, settings, bob)
    assert {j.id for j in studio.list_jobs(1, 50, settings, bob)[0]} == {theirs, again}
    wait_for_job(again, settings)
    wait_for_job(mine, settings)


def test_signing_in_claims_the_browsers_sets_and_follows_the_person(any_settings):
    settings = any_settings
    laptop, phone = uuid.uuid4(), uuid.uuid4()
    email = f"Person-{uuid.uuid4().hex[:6]}@Example.com"
    before = studio.submit({**BRIEF, "variants": 1}, settings, Caller(anon_id=laptop))
    _, laptop_key = studio.create_api_key(Caller(anon_id=laptop), "laptop script", settings)
    user_id = studio.sign_in(email, laptop, settings)
    assert studio.sign_in(email.lower(), phone, settings) == user_id  # one users row per e-mail
    with session_scope(settings) as session:
        assert session.scalar(select(User.email).where(User.id == user_id)) == email.lower()
    person_on_phone = Caller(user_id=user_id, anon_id=phone)
    after = studio.submit({**BRIEF, "variants": 1}, settings, person_on_phone)
    job = studio.get_job(after, settings)
    assert job is not None and job.user_id == user_id and job.anon_id is None
    listed = [j.id for j in studio.list_jobs(1, 50, settings, Caller(user_id=user_id, anon_id=laptop))[0]]
    assert listed == [after, before]
    # Signed out again, the laptop's browser no longer lists what is now the person's.
    assert studio.list_jobs(1, 50, settings, Caller(anon_id=laptop))[1] == 0
    # The key made anonymously now belongs to the person too.
    key_caller = studio.authenticate(laptop_key, settings)
    assert key_caller is not None and key_caller.user_id == user_id
    assert [k.name for k in studio.list_api_keys(settings, person_on_phone)] == ["laptop script"]
    for job_id in (before, after):
        wait_for_job(job_id, settings)


def test_api_keys_are_made_found_and_revoked(any_settings):
    settings = any_settings
    owner = studio.operator_caller(f"keys-{uuid.uuid4().hex[:6]}@example.com", settings)
    view, key = studio.create_api_key(owner, "  website   builder ", settings)
    assert view.name == "website builder" and view.prefix == key[:10] and view.active
    found = studio.authenticate(key, settings, "192.0.2.1")
    assert found is not None and found.user_id == owner.user_id and found.key_id == view.id
    assert found.address == "192.0.2.1" and found.email == owner.email
    assert studio.authenticate(key + "x", settings) is None
    assert studio.authenticate("not-a-key", settings) is None
    assert studio.list_api_keys(settings, Caller(anon_id=uuid.uuid4())) == []
    with pytest.raises(studio.NoSuchKey):  # another's key cannot be revoked
        studio.revoke_api_key(str(view.id), settings, Caller(anon_id=uuid.uuid4()))
    revoked = studio.revoke_api_key(view.prefix, settings, owner)
    assert not revoked.active and studio.authenticate(key, settings) is None
    for name in ("id", "key"):  # a key is named by its id, its prefix or itself
        other, other_key = studio.create_api_key(owner, name, settings)
        assert not studio.revoke_api_key(str(other.id) if name == "id" else other_key, settings, owner).active
        assert studio.authenticate(other_key, settings) is None
    with pytest.raises(studio.NoSuchKey, match="No active key"):
        studio.revoke_api_key(str(view.id), settings, owner)
    with pytest.raises(ValueError, match="at most 60"):
        studio.create_api_key(owner, "x" * 61, settings)
    # A key's jobs are its owner's.
    _, key2 = studio.create_api_key(owner, None, settings)
    program = studio.authenticate(key2, settings)
    assert program is not None
    job_id = studio.submit({**BRIEF, "variants": 1}, settings, program)
    assert [j.id for j in studio.list_jobs(1, 50, settings, owner)[0]] == [job_id]
    wait_for_job(job_id, settings)


def test_embedded_urls_are_this_servers_signed_links(embedded_settings):
    job_id = studio.submit({**BRIEF, "variants": 1}, embedded_settings)
    wait_for_job(job_id, embedded_settings)
    found = studio.result(job_id, embedded_settings, base_url="http://127.0.0.1:9999")
    variant = found.job.variants[0]
    key = variant.png_key
    url = found.urls[key]
    assert url.startswith(f"http://127.0.0.1:9999/files/{key}?token=")
    token = url.split("token=")[1]
    assert studio.linked_object(key, token, embedded_settings) == studio.read_object(key, embedded_settings)
    with pytest.raises(KeyError):
        studio.linked_object(variant.svg_key, token, embedded_settings)
    # Without a request to go by, PUBLIC_URL is in front (the CLI's result).
    assert (
        studio.result(job_id, embedded_settings).urls[variant.svg_key].startswith("http://localhost:8501/files/jobs/")
    )


def test_a_long_name_of_wide_letters_is_drawn(embedded_settings):
    """60 W's passed every check of the brief, was counted, and failed in the worker: "no layout
    fitted". The last attempts at a variant let a long name take more lines at the same sizes."""
    job_id = studio.submit(
        {"business_type": "bakery", "business_name": "W" * 60, "variants": 3, "seed": 4},
        embedded_settings,
        Caller(anon_id=uuid.uuid4(), address="192.0.2.61"),
    )
    job = wait_for_job(job_id, embedded_settings)
    assert job.status == "done", job.error
    assert all(v.meta["text"]["name"] and "".join(v.meta["text"]["name"]) == "W" * 60 for v in job.variants)


def test_words_no_layout_can_set_are_refused_before_they_are_counted(tmp_path):
    """A brief the engine can never draw is refused with a message on its field, before it takes
    a place from the caller's limits."""
    from logostudio.storage.db import ensure_schema

    settings = Settings(DATA_DIR=str(tmp_path / "data"), JOBS_PER_MINUTE=1)
    ensure_schema(settings)
    caller = Caller(anon_id=uuid.uuid4(), address="192.0.2.62")
    # No name: the business type is drawn as the name, and 80 characters of capital W do not fit.
    wide_type = " ".join(["W" * 12] * 6 + ["WW"])
    with pytest.raises(studio.InvalidBrief) as refused:
        studio.submit({"business_type": wide_type, "seed": 1}, settings, caller)
    assert set(refused.value.errors) == {"business_type"}
    assert "too long to set legibly in a logo" in refused.value.errors["business_type"]
    assert job_count(settings) == 0
    # A locked layout is named as a way out.
    with pytest.raises(studio.InvalidBrief, match="or choose another layout"):
        studio.submit({"business_type": wide_type, "seed": 1, "preferences": {"layout": "badge"}}, settings, caller)
    # Nothing was counted: the caller's one set a minute is still there.
    job_id = studio.submit({"business_type": "bakery", "business_name": "W" * 60, "variants": 1}, settings, caller)
    wait_for_job(job_id, settings)
