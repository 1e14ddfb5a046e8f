"""Every API route and field with generated input (hypothesis), in process against the embedded
default: whatever is sent, the answer is a 2xx or a 4xx, never a 5xx, and a 4xx is JSON with a
`detail` a person can read."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from logostudio.briefs import MAX_SEED, MAX_VARIANTS
from logostudio.config import get_settings
from logostudio.design.layouts import LAYOUTS
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.studio.identity import Caller
from logostudio.web import server as web
from tests.helpers import wait_for_job

FIELDS = ["business_type", "business_name", "slogan", "preferences", "variants", "seed", "icon"]
PREFERENCES = ["style", "theme", "color", "icon", "layout"]
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str], str]]:
    """The server's routes and middleware, a key, and a finished set; few sets may be made (each is
    drawn in this process), so most valid briefs meet the limit's 429."""
    from starlette.applications import Starlette

    from logostudio import studio

    with pytest.MonkeyPatch.context() as env:
        for name, value in {
            "DATA_DIR": str(tmp_path_factory.mktemp("fuzz") / "data"),
            "JOBS_PER_MINUTE": "3",
            "VARIANTS_PER_HOUR": "4",
        }.items():
            env.setenv(name, value)
        get_settings.cache_clear()
        app = Starlette(routes=web.routes(), middleware=web.middleware(), lifespan=web.lifespan)
        with TestClient(app, raise_server_exceptions=False) as client:
            key = studio.create_api_key(Caller(anon_id=uuid.uuid4()), "fuzz")[1]
            auth = {"Authorization": f"Bearer {key}"}
            job_id = client.post("/api/generate", json={"business_type": "bakery", "variants": 1}, headers=auth).json()
            wait_for_job(job_id["job_id"])
            yield client, auth, job_id["job_id"]
        get_settings.cache_clear()


def long_text(max_size: int = 20_000) -> st.SearchStrategy[str]:
    """Very long strings, cheaply: one character many times, or a few characters repeated."""
    return st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=3), st.integers(0, max_size // 3))


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.sampled_from([0, 1, MAX_VARIANTS, MAX_VARIANTS + 1, MAX_SEED, MAX_SEED + 1, -1, 2**63, 2**64 + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(st.characters(codec="utf-8"), max_size=100),
    st.sampled_from([*STYLE_NAMES, *THEMES, *LAYOUTS, "coffee", "#6F4E37", "teal", "rocket-launch", ""]),
    long_text(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
BRIEFS = st.fixed_dictionaries(
    {},
    optional={
        **dict.fromkeys(FIELDS, VALUES),
        "preferences": st.one_of(VALUES, st.fixed_dictionaries({}, optional=dict.fromkeys(PREFERENCES, VALUES))),
        "business_type": st.one_of(VALUES, st.sampled_from(["bakery", "coffee shop", "tech startup"])),
    },
)
BODIES = st.one_of(
    BRIEFS.map(lambda b: json.dumps(b).encode()),
    VALUES.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.text(max_size=20), VALUES, max_size=6).map(lambda b: json.dumps(b).encode()),
    st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 3000).map(lambda n: b'{"business_type": ' * n + b"1" + b"}" * n),
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
# What a URL can carry: any text but lone surrogates, which no encoding of a URL has.
URL_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.sampled_from(["", "0", "-1", "1e3", "²", "9" * 400, "99999999999999999999", "%", "../..", "null"]),
    st.uuids().map(str),
)


def assert_answered(response: httpx.Response) -> Any:
    """A 2xx or a 4xx; a 4xx is JSON with a detail. Returns the JSON body, when it is JSON."""
    assert response.status_code < 500, (response.url, response.status_code, response.text[:500])
    assert 200 <= response.status_code < 300 or 400 <= response.status_code < 500, response.status_code
    if response.headers.get("content-type", "").startswith("text/event-stream"):
        assert response.status_code == 200
        for line in response.text.splitlines():
            if line.startswith("data:"):
                json.loads(line.removeprefix("data:"))
        return None
    assert response.headers["content-type"].startswith("application/json"), (response.url, response.text[:200])
    body = response.json()
    if response.status_code >= 400:
        assert isinstance(body, dict) and isinstance(body.get("detail"), str) and body["detail"], body
    return body


@FAST
@given(body=BODIES, content_type=st.sampled_from(["application/json", "text/plain", ""]), chunked=st.booleans())
@example(body=b"[" * 8000 + b"]" * 8000, content_type="application/json", chunked=False)
@example(body=b'{"business_type": "bakery", "variants": 1}', content_type="application/json", chunked=True)
def test_generate_answers_any_body(
    api: tuple[TestClient, dict[str, str], str], body: bytes, content_type: str, chunked: bool
) -> None:
    client, auth, _ = api
    headers = {**auth, **({"Content-Type": content_type} if content_type else {})}
    content: Any = iter([body[: len(body) // 2], body[len(body) // 2 :]]) if chunked else body
    response = client.post("/api/generate", content=content, headers=headers)
    answered = assert_answered(response)
    event(f"status {response.status_code}")
    assert response.status_code in (202, 413, 422, 429), (response.status_code, answered)
    if response.status_code == 202:
        assert set(answered) == {"job_id", "status"}


@FAST
@given(job_id=URL_TEXT, route=st.sampled_from(["result", "progress"]))
@example(job_id="\n0", route="result")
def test_result_and_progress_answer_any_id(
    api: tuple[TestClient, dict[str, str], str], job_id: str, route: str
) -> None:
    client, auth, _ = api
    response = client.get(f"/api/{route}/{quote(job_id, safe='')}", headers=auth)
    assert_answered(response)
    assert response.status_code in (404, 422) or job_id == "", (response.status_code, job_id)


@FAST
@given(
    page=st.one_of(st.none(), URL_TEXT, st.integers().map(str)),
    per_page=st.one_of(st.none(), URL_TEXT, st.integers().map(str)),
)
def test_jobs_answers_any_page(
    api: tuple[TestClient, dict[str, str], str], page: str | None, per_page: str | None
) -> None:
    client, auth, _ = api
    params = {k: v for k, v in {"page": page, "per_page": per_page}.items() if v is not None}
    response = client.get("/api/jobs", params=params, headers=auth)
    body = assert_answered(response)
    assert response.status_code in (200, 422), response.status_code
    if response.status_code == 200:
        assert body["total"] >= 1 and 1 <= body["per_page"] <= 100


@FAST
@given(
    authorization=URL_TEXT, route=st.sampled_from(["/api/generate", "/api/jobs", "/api/result/x", "/api/progress/x"])
)
def test_any_authorization_is_answered(
    api: tuple[TestClient, dict[str, str], str], authorization: str, route: str
) -> None:
    client, _, _ = api
    header = authorization.encode("utf-8")
    response = client.request(
        "POST" if route == "/api/generate" else "GET", route, headers={"Authorization": header}, json={}
    )
    assert_answered(response)
    assert response.status_code == 401, response.text


def test_a_finished_sets_result_and_progress(api: tuple[TestClient, dict[str, str], str]) -> None:
    client, auth, job_id = api
    result = assert_answered(client.get(f"/api/result/{job_id}", headers=auth))
    assert result["status"] == "done" and len(result["variants"]) == 1
    assert_answered(client.get(f"/api/progress/{job_id}", headers=auth))
