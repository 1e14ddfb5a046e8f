"""A black-box look at a running server, as an attacker would take it: prints what each probe got.

Start the README's server with a low address limit, then point this at it (same machine: it reads
the server's memory from /proc):

    ADDRESS_JOBS_PER_MINUTE=4 DATA_DIR=/tmp/probe ./scripts/run --server.port 8599 &
    .venv/bin/python bench/hardening.py --url http://127.0.0.1:8599

Each line: the probe, what came back, and the goal. Nothing here changes the server but the sets
and keys the probes make under fresh anonymous identities.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
IDLE = """() => !document.querySelector('[data-stale="true"]')"""
TRACEBACK = re.compile(r"Traceback|File \"/|\.py\", line \d+|RecursionError|OverflowError|ValueError:")


def server_pid(port: int) -> int:
    """The process listening on ``port`` (``ss`` names it)."""
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"pid=(\d+)", out)
    if not found:
        raise SystemExit(f"nothing listens on port {port}")
    return int(found.group(1))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def chunks(total: int, size: int = 1 << 20) -> Iterator[bytes]:
    block = b"[" * size
    for _ in range(total // size):
        yield block


def report(probe: str, got: str, goal: str) -> None:
    print(f"{probe:<58} {got:<40} goal: {goal}")


def browser_key(browser: Any, url: str) -> str:
    """A fresh anonymous browser makes an API key on the API keys page and reads it off the page."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{url}/keys")
    page.get_by_label("Key name").fill("probe")
    page.get_by_role("button", name="Create key").click()
    code = page.locator("code").filter(has_text=re.compile(r"^ls_")).first
    try:
        code.wait_for(timeout=20_000)
        key = code.inner_text().strip()
    except Exception:
        key = ""
        text = page.locator("body").inner_text()
        print("   key page said:", " ".join(text.split())[-200:])
    context.close()
    return key


def page_shows(browser: Any, url: str) -> tuple[bool, str]:
    """Whether the page at ``url`` shows a traceback, and its first error line if any."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
    time.sleep(1.5)
    page.wait_for_function(IDLE, timeout=30_000)
    text = page.locator("body").inner_text()
    exceptions = page.locator('[data-testid="stException"]').count()
    context.close()
    alert = next((line for line in text.splitlines() if TRACEBACK.search(line)), "")
    return bool(exceptions or alert), alert[:60]


def wait_for(http: httpx.Client, url: str, auth: dict[str, str], job_id: str) -> dict[str, Any]:
    """The job's result once it is done or failed (or after a minute)."""
    result: dict[str, Any] = {}
    for _ in range(120):
        result = http.get(f"{url}/api/result/{job_id}", headers=auth).json()
        if result.get("status") in ("done", "error"):
            break
        time.sleep(0.5)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8501")
    parser.add_argument("--body-mb", type=int, default=64)
    args = parser.parse_args()
    url = args.url.rstrip("/")
    port = urlsplit(url).port or 80
    pid = server_pid(port)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, httpx.Client(timeout=120) as http:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        keys = [browser_key(browser, url) for _ in range(3)]
        report("3 anonymous browsers make a key each", f"{sum(bool(k) for k in keys)} keys", "keys are limited")
        key = next(k for k in keys if k)
        auth = {"Authorization": f"Bearer {key}"}

        # 2. An oversize body, streamed.
        for path in ("/api/generate", "/", "/health"):
            before = rss_mb(pid)
            try:
                r = http.post(
                    f"{url}{path}",
                    headers={**auth, "Content-Type": "application/json"},
                    content=chunks(args.body_mb << 20),
                )
                status = str(r.status_code)
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            time.sleep(0.5)
            grew = rss_mb(pid) - before
            report(
                f"{args.body_mb} MB chunked body to {path}",
                f"{status}, server grew {grew:.0f} MB",
                "413, grows < 32 MB",
            )

        # 3. Deeply nested JSON.
        r = http.post(
            f"{url}/api/generate",
            headers={**auth, "Content-Type": "application/json"},
            content=b"[" * 8000 + b"]" * 8000,
        )
        report("8000-deep nested JSON to /api/generate", str(r.status_code), "4xx")

        # 11. A name that was once accepted and could never be drawn.
        r = http.post(
            f"{url}/api/generate",
            headers=auth,
            json={"business_type": "bakery", "business_name": "W" * 60, "variants": 1},
        )
        got = f"{r.status_code} {r.text[:30]!r}"
        if r.status_code == 202:
            got = f"202, then {wait_for(http, url, auth, r.json()['job_id']).get('status')}"
        report("60-character name of W", got, "4xx with a message, or 202 then done")

        # A set to look at: its files, its editor.
        r = http.post(
            f"{url}/api/generate",
            headers=auth,
            json={"business_type": "bakery", "business_name": "**b** ![i](http://127.0.0.1:1/t.png)", "variants": 1},
        )
        job_id = r.json().get("job_id") if r.status_code == 202 else None
        result = wait_for(http, url, auth, job_id) if job_id else {}
        if result.get("variants"):
            variant = result["variants"][0]
            # 10. The Host header is not echoed into links.
            evil = http.get(f"{url}/api/result/{job_id}", headers={**auth, "Host": "evil.example"}).json()
            link = evil["variants"][0]["svg"]["url"]
            report("/api/result with Host: evil.example", link[:40], "not evil.example")
            # 9. Security headers on a served SVG and on the API.
            svg = http.get(variant["svg"]["url"])
            report("served SVG: X-Content-Type-Options", svg.headers.get("x-content-type-options", "(none)"), "nosniff")
            report(
                "served SVG: Content-Security-Policy",
                svg.headers.get("content-security-policy", "(none)")[:40],
                "a CSP",
            )
            api = http.get(f"{url}/api/jobs", headers=auth)
            report("API: X-Content-Type-Options", api.headers.get("x-content-type-options", "(none)"), "nosniff")
            # 4 and 5. Links that once showed tracebacks, and Markdown through a link.
            deep = "[" * 3000 + "]" * 3000
            palette = {**variant["palette"], "name": "![](http://127.0.0.1:1/evil.png)"}
            links = {
                "editor v=²": f"/editor?job={job_id}&v=%C2%B2",
                "editor v=400 digits": f"/editor?job={job_id}&v={'9' * 400}",
                "history page=²": "/history?page=%C2%B2",
                "history page=99999999999999999999": "/history?page=99999999999999999999",
                "editor letter spacing of 400 digits": f"/editor?job={job_id}&v=0&edits="
                + quote(json.dumps({"letter_spacing": int("9" * 400)})),
                "editor edits nested 3000 deep": f"/editor?job={job_id}&v=0&edits={quote(deep)}",
            }
            for name, path in links.items():
                shown, line = page_shows(browser, url + path)
                report(f"page {name}", f"traceback: {line}" if shown else "no traceback", "no traceback")
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{url}/editor?job={job_id}&v=0&edits=" + quote(json.dumps({"palette": palette})))
            page.wait_for_selector('[data-testid="stPageLink"]', timeout=30_000)
            page.get_by_role("tab", name="Colours").click()
            time.sleep(1.5)
            page.wait_for_function(IDLE, timeout=30_000)
            images = page.locator('img[src*="127.0.0.1:1"]').count()
            bold = page.locator('[data-testid="stPageLink"] strong').count()
            context.close()
            report("editor: Markdown images in a set title and a palette name", f"{images} images, {bold} bold", "0, 0")

        # 1. The address limit follows keys made by browsers that are not signed in (last: the sets
        # above took their share of this minute too, so at most the limit in all is accepted).
        accepted = 0
        for i in range(9):
            r = http.post(
                f"{url}/api/generate",
                headers={"Authorization": f"Bearer {keys[i % 3]}"},
                json={"business_type": "bakery", "variants": 1},
            )
            accepted += r.status_code == 202
        report(
            "9 submits with those 3 keys, one address, one minute",
            f"{accepted} accepted",
            "no more than one browser gets (ADDRESS_JOBS_PER_MINUTE)",
        )

        # 8. Behind a proxy on the same machine (the client is ::ffff:127.0.0.1 on a dual-stack bind).
        r = http.get(f"{url}/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
        cookie = r.headers.get("set-cookie", "")
        report("GET / through a local proxy saying https", "Secure" if "Secure" in cookie else "not Secure", "Secure")
        browser.close()
    print(f"probe id {uuid.uuid4().hex[:8]} done")


if __name__ == "__main__":
    main()
