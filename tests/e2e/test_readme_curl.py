"""The README's REST API walkthrough, run as written: each `curl` command of its bash block against
the running server (on both deployments), with only the address, the key and the job id filled in."""

from __future__ import annotations

import json
import os
import re
import subprocess

import httpx

from tests.e2e.conftest import Deployment
from tests.services import REPO


def readme_curls() -> list[str]:
    """The `curl` commands of the README's "The REST API" bash block, each with its continuation lines."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## The REST API", 1)[1]
    block = section.split("```bash\n", 1)[1].split("\n```", 1)[0]
    commands: list[list[str]] = []
    current: list[str] | None = None
    for line in block.splitlines():
        if line.startswith("curl "):
            current = [line]
            commands.append(current)
        elif line.startswith(("#", "KEY=")) or not line.strip():
            current = None  # a comment (what the command answers) or the key's own line
        elif current is not None:
            current.append(line)  # a continuation: after "\" or inside the quoted JSON
    return ["\n".join(c) for c in commands]


def run(command: str, deployment: Deployment, key: str, job_id: str = "") -> str:
    command = command.replace("http://localhost:8501", deployment.url).replace("JOB_ID", job_id)
    done = subprocess.run(
        ["bash", "-c", command],
        env={**os.environ, "KEY": key},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_the_readme_walkthrough_works_with_curl(deployment: Deployment) -> None:
    commands = readme_curls()
    assert [re.search(r"/(api/\w+|health)", c).group(1) for c in commands] == [  # type: ignore[union-attr]
        "api/generate",
        "api/progress",
        "api/result",
        "api/jobs",
        "health",
    ]
    key = deployment.api_key()
    accepted = json.loads(run(commands[0], deployment, key))
    assert accepted["status"] == "queued" and accepted["job_id"]
    job_id = accepted["job_id"]
    stream = run(commands[1], deployment, key, job_id)  # ends when the job is done
    events = [json.loads(line[5:]) for line in stream.splitlines() if line.startswith("data:")]
    assert events and events[-1]["status"] == "done" and events[-1]["done"] == events[-1]["total"] == 4
    result = json.loads(run(commands[2], deployment, key, job_id))
    assert result["status"] == "done" and len(result["variants"]) == 4
    for variant in result["variants"]:
        for kind in ("svg", "png"):
            got = httpx.get(variant[kind]["url"], timeout=30)  # every url can be fetched as it is
            assert got.status_code == 200 and got.content, (kind, variant[kind]["url"])
    listed = json.loads(run(commands[3], deployment, key))
    assert job_id in [j["job_id"] for j in listed["jobs"]]
    health = json.loads(run(commands[4], deployment, key))
    assert health["status"] == "ok"
