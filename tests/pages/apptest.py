"""What the page tests share: the served script and small steps through AppTest (fill the form,
read a page link's parameter, open a set)."""

from __future__ import annotations

import uuid

from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job
from tests.helpers import stored_job
from tests.services import REPO

APP = str(REPO / "logostudio/web/ui/main.py")


def one_page(name: str) -> None:
    """Page module ``name`` alone (its render(), without the app's navigation around it)."""
    import importlib

    importlib.import_module(f"pages.{name}").render()


def fill(at: AppTest, **values: object) -> None:
    keys = {"type": "f_type", "name": "f_name", "slogan": "f_slogan", "color": "f_color"}
    for name, value in values.items():
        at.text_input(key=keys[name]).input(value)


def failed_job(settings, anon_id: uuid.UUID) -> Job:
    with session_scope(settings) as session:
        job = stored_job(
            anon_id=anon_id,
            business_name="Crumb",
            variant_count=2,
            progress=1,
            error_message="Storage did not answer while uploading a logo.",
        )
        session.add(job)
    return job


def param(at: AppTest, name: str) -> str:
    value = at.query_params[name]
    return value[0] if isinstance(value, list) else value


def session_caller(at: AppTest) -> studio.Caller:
    """The identity of the AppTest session (no cookie reaches it: the session is its own browser)."""
    return studio.Caller(anon_id=at.session_state["_anonymous_session_id"])


def open_set(at: AppTest, job_id: str) -> AppTest:
    at.query_params["job"] = job_id
    at.run()
    assert not at.exception, at.exception
    return at


def sets(settings, anon_id: uuid.UUID, count: int) -> list[Job]:
    with session_scope(settings) as session:
        jobs = [
            stored_job(anon_id=anon_id, business_name=f"Crust {i:02d}" if i % 2 else f"Bean {i:02d}", seed=i)
            for i in range(count)
        ]
        session.add_all(jobs)
    return jobs
