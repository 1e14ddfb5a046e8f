"""Schemathesis against the OpenAPI schema the running server serves, on both deployments: generated
requests (valid and not, every phase, the stateful one following POST /generate to its job) must
meet no server error and no response that breaks the schema (status codes, headers, bodies and the
progress stream's events alike).

Every check schemathesis offers is on (`--checks all`), `max_response_time` too (no answer, and no
progress stream, may hang past MAX_RESPONSE_SECONDS; generous, as the machine may be busy). One is
left out, on purpose: `positive_data_acceptance` wants every request the schema allows to be
accepted, but free text is checked past what a schema can say (a colour is any CSS colour, text may
hold no control characters, a name must fit a logo), and those briefs get a documented 422 with the
form's message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import ARTIFACTS, Deployment

SEED = os.environ.get("SCHEMATHESIS_SEED", "1")
MAX_EXAMPLES = os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "25")
MAX_RESPONSE_SECONDS = "30"


def test_schemathesis_finds_no_server_error_and_no_schema_violation(deployment: Deployment) -> None:
    reports = ARTIFACTS / "schemathesis" / deployment.name
    reports.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            f"{deployment.url}/api/openapi.json",
            "--header",
            f"Authorization: Bearer {deployment.api_key()}",
            "--checks",
            "all",
            "--exclude-checks",
            "positive_data_acceptance",
            "--max-response-time",
            MAX_RESPONSE_SECONDS,
            "--seed",
            SEED,
            "--max-examples",
            MAX_EXAMPLES,
            "--workers",
            "2",
            "--report",
            "junit",
            "--report-dir",
            str(reports),
            "--no-color",
        ],
        cwd=reports,  # its cache (.schemathesis/) lands with the reports, not in the repository
        capture_output=True,
        text=True,
        timeout=300,
    )
    (reports / "output.txt").write_text(run.stdout + run.stderr)
    summary = run.stdout[run.stdout.find("SUMMARY") :] if "SUMMARY" in run.stdout else run.stdout[-3000:]
    print(f"\nschemathesis [{deployment.name}]:\n{summary}")
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Tested: 4" in run.stdout and " passed" in run.stdout
