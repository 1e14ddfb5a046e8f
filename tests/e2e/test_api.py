"""The REST API over HTTP against the running server, on the embedded default and on the production
parts: every route, as a program (httpx) calls it, on the same port as the app."""

from __future__ import annotations

import io
import itertools
import json
import re
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from logostudio import studio
from logostudio.briefs import parse_brief
from logostudio.errors import InvalidBrief
from logostudio.studio.identity import COOKIE
from tests.e2e.conftest import Deployment

SEED_BODY = {
    "business_type": "coffee shop",
    "business_name": "Blue Bean",
    "slogan": "Brewed slowly",
    "preferences": {"style": "playful", "theme": "light", "color": "#6F4E37"},
    "variants": 3,
    "seed": 7,
}


def client(dep: Deployment, key: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=dep.url, headers=headers, timeout=30)


@pytest.fixture()
def api(deployment: Deployment) -> Iterator[httpx.Client]:
    with client(deployment, deployment.api_key()) as c:
        yield c


def events(api: httpx.Client, job_id: str, timeout: float = 90) -> list[dict[str, Any]]:
    """Every `data:` of /api/progress until the server closes the stream."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    with api.stream("GET", f"/api/progress/{job_id}", timeout=timeout) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            assert time.monotonic() < deadline, "the stream did not end"
            if line.startswith("data:"):
                seen.append(json.loads(line.removeprefix("data:").strip()))
    return seen


def test_health_docs_and_schema_are_served_beside_the_app(deployment: Deployment) -> None:
    with client(deployment) as anyone:
        health = anyone.get("/health")
        assert health.status_code == 200, health.text
        body = health.json()
        assert body["status"] == "ok"
        assert {name: d["status"] for name, d in body["dependencies"].items()} == {
            "database": "ok",
            "queue": "ok",
            "storage": "ok",
        }
        assert all(d["latency_ms"] >= 0 for d in body["dependencies"].values())
        expected = "PostgreSQL" if deployment.name == "production" else "SQLite"
        assert body["dependencies"]["database"]["backend"] == expected
        schema = anyone.get("/api/openapi.json").json()
        assert set(schema["paths"]) == {"/generate", "/result/{job_id}", "/progress/{job_id}", "/jobs"}
        assert schema["servers"] == [{"url": "/api"}]
        assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
        docs = anyone.get("/api/docs")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
        # Swagger UI's script and styles come from this server (offline, behind a firewall), not a CDN.
        assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', docs.text)
        assert len(assets) == 2 and all(a.startswith("/api/docs-assets/") for a in assets), assets
        for asset in assets:
            got = anyone.get(asset)
            assert got.status_code == 200 and len(got.content) > 10_000, asset
        # The app still answers at / on the same port, and gives a browser its identity.
        page = anyone.get("/")
        assert page.status_code == 200 and COOKIE in page.headers.get("set-cookie", "")
        assert COOKIE not in health.headers.get("set-cookie", "")


def test_every_route_wants_a_live_key(deployment: Deployment) -> None:
    key = deployment.api_key()
    job_id = str(uuid.uuid4())
    routes = [("POST", "/api/generate"), ("GET", f"/api/result/{job_id}"), ("GET", f"/api/progress/{job_id}")]
    routes.append(("GET", "/api/jobs"))
    with client(deployment) as anonymous, client(deployment, "ls_not-a-real-key") as forged:
        for method, path in routes:
            for c in (anonymous, forged):
                r = c.request(method, path, json=SEED_BODY)
                assert r.status_code == 401, (method, path, r.text)
                assert r.headers["www-authenticate"] == "Bearer" and "API key" in r.json()["detail"]
    with client(deployment, key) as program:
        assert program.get("/api/jobs").status_code == 200
        studio.revoke_api_key(key, deployment.settings)
        refused = program.get("/api/jobs")
        assert refused.status_code == 401 and "revoked" in refused.json()["detail"]


def test_generate_follow_and_fetch_every_file(deployment: Deployment, api: httpx.Client) -> None:
    accepted = api.post("/api/generate", json=SEED_BODY)
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert body["status"] == "queued" and set(body) == {"job_id", "status"}
    job_id = body["job_id"]

    seen = events(api, job_id)
    # One event per change, in order, ending with the job done; the server closed the stream.
    assert seen[-1] == {"status": "done", "progress": 100, "done": 3, "total": 3, "error": None}
    assert all(a != b for a, b in itertools.pairwise(seen)), seen
    assert [e["done"] for e in seen] == sorted(e["done"] for e in seen)
    assert all(0 <= e["progress"] <= 100 and e["total"] == 3 for e in seen)
    assert events(api, job_id) == [seen[-1]]  # a finished job: one event, then the end

    result = api.get(f"/api/result/{job_id}")
    assert result.status_code == 200, result.text
    data = result.json()
    assert data["job_id"] == job_id and data["status"] == "done" and data["progress"] == {"done": 3, "total": 3}
    assert len(data["variants"]) == 3
    with httpx.Client(timeout=30) as anyone:  # links need no key: they are signed and expire
        for v in data["variants"]:
            assert {"layout", "icon", "font", "checks"} <= set(v["meta"]) and len(v["palette"]["colors"]) == 4
            svg = anyone.get(v["svg"]["url"])
            png = anyone.get(v["png"]["url"])
            assert svg.status_code == png.status_code == 200
            assert svg.content == studio.read_object(v["svg"]["s3_key"], deployment.settings)
            assert ET.fromstring(svg.content).tag == "{http://www.w3.org/2000/svg}svg"
            assert Image.open(io.BytesIO(png.content)).size == (1024, 1024)
            if deployment.name == "production":
                assert "X-Amz-Signature" in v["png"]["url"]
            else:
                assert v["png"]["url"].startswith(f"{deployment.url}/files/jobs/{job_id}/")
    # The set is the key owner's, as their History would list it.
    job = studio.get_job(job_id, deployment.settings)
    assert job is not None and job.user_id is not None and job.anon_id is None


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"business_type": ""},
        {"business_type": "x" * 81, "business_name": "n" * 61},
        {"business_type": "bakery", "preferences": {"color": "blurple", "style": "gothic"}},
        {"business_type": "bakery", "variants": 25, "seed": -1},
        {"business_type": "bakery", "preferences": {"mood": "happy"}, "extra": 1},
        {"business_type": "bakery\u0007"},
        ["not", "an", "object"],
    ],
)
def test_a_refused_brief_gets_the_forms_messages(deployment: Deployment, api: httpx.Client, bad: Any) -> None:
    with pytest.raises(InvalidBrief) as expected:
        parse_brief(bad)
    r = api.post("/api/generate", json=bad)
    assert r.status_code == 422, r.text
    assert r.json()["errors"] == expected.value.errors
    assert r.json()["detail"].startswith("The brief was refused: ")


def test_a_body_that_is_not_json_is_refused(api: httpx.Client) -> None:
    r = api.post("/api/generate", content=b"{business_type: bakery", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "not JSON" in r.json()["errors"]["brief"]
    huge = api.post("/api/generate", json={"business_type": "bakery", "slogan": "x" * 20_000})
    assert huge.status_code == 413 and "a brief fits in 16384" in huge.json()["detail"]


def test_unknown_and_malformed_ids_are_404(api: httpx.Client) -> None:
    for job_id in (str(uuid.uuid4()), "not-a-job", "'; drop table jobs; --"):
        for path in (f"/api/result/{job_id}", f"/api/progress/{job_id}"):
            r = api.get(path)
            assert r.status_code == 404, (path, r.text)
            assert r.json()["detail"].startswith("No such job")


def test_jobs_lists_the_callers_own_sets_page_by_page(deployment: Deployment) -> None:
    email = f"owner-{uuid.uuid4().hex[:8]}@example.com"
    mine = [deployment.api_key(email), deployment.api_key(email)]
    with (
        client(deployment, mine[0]) as first,
        client(deployment, mine[1]) as second,
        client(deployment, deployment.api_key()) as stranger,
    ):
        theirs = stranger.post("/api/generate", json={"business_type": "florist", "variants": 1}).json()["job_id"]
        made = []
        for i, program in enumerate((first, second, first)):
            r = program.post("/api/generate", json={"business_type": f"bakery {i}", "variants": 1})
            assert r.status_code == 202, r.text
            made.append(r.json()["job_id"])
        page1 = first.get("/api/jobs", params={"per_page": 2}).json()
        page2 = second.get("/api/jobs", params={"per_page": 2, "page": 2}).json()
        # Both keys are the same person's: one list, newest first, without the stranger's.
        assert page1["total"] == page2["total"] == 3
        assert [j["job_id"] for j in page1["jobs"] + page2["jobs"]] == made[::-1]
        assert page1["jobs"][0]["business_type"] == "bakery 2" and page1["jobs"][0]["progress"]["total"] == 1
        assert [j["job_id"] for j in stranger.get("/api/jobs").json()["jobs"]] == [theirs]
        bad = first.get("/api/jobs", params={"per_page": 0})
        assert bad.status_code == 422 and "per_page" in bad.json()["errors"]
        # Anyone with a key and a set's id can read it, as anyone with its link can view it.
        assert stranger.get(f"/api/result/{made[0]}").status_code == 200
