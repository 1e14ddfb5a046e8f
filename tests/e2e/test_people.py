"""Two people and a program share one server (in Chromium, two browser contexts, and httpx): each sees
only their own History; a shared link shows a set to anyone but lets only its owner make more; one
signs in against a real OpenID Connect provider, keeps the sets made before, and finds them again on
another device; keys made on the API keys page work until they are revoked there."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from logostudio import studio
from logostudio.web.ui.session import WORD_JOINER
from tests.e2e.conftest import IDLE, Deployment
from tests.helpers import wait_for


@pytest.fixture()
def people(browser: Any, embedded_deployment: Deployment) -> Iterator[Any]:
    """New browser contexts on demand: each is a person with a browser of their own."""
    contexts: list[Any] = []
    embedded_deployment.artifacts.mkdir(parents=True, exist_ok=True)

    def person() -> Any:
        context = browser.new_context(viewport={"width": 1280, "height": 1100})
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    try:
        yield person
    finally:
        for context in contexts:
            context.close()


def make_set(page: Any, dep: Deployment, name: str) -> str:
    """Fill the form with one variant of ``name`` and wait for the finished gallery; the job id."""
    page.goto(dep.url)
    page.get_by_role("textbox", name="Business type", exact=True).fill("bakery")
    page.get_by_role("textbox", name="Business name (optional)", exact=True).fill(name)
    page.get_by_role("spinbutton", name="Variants").fill("1")
    page.get_by_role("button", name="Generate logos").click()
    page.wait_for_url(re.compile(r"[?&]job=[0-9a-f-]{36}"))
    page.get_by_text("The logo is ready").wait_for(timeout=60_000)
    return re.search(r"job=([0-9a-f-]{36})", page.url).group(1)


def history(page: Any) -> str:
    """The History page's text once every listed set is drawn."""
    page.get_by_role("link", name="History").click()
    page.get_by_role("heading", name="History", exact=True).wait_for()
    count = page.get_by_text(re.compile(r"\d+ logo sets? · page"))
    count.wait_for()
    listed = int(count.inner_text().split()[0])
    wait_for(lambda: page.get_by_role("button", name="Open").count() == listed, 30, f"{listed} sets listed")
    return shown(page)


def provider_knows(dep: Deployment, sub: str, claims: dict[str, Any]) -> None:
    """The provider's record of a person (what its ID tokens will say about them)."""
    httpx.put(f"{dep.issuer}/users/{sub}", json=claims, timeout=10).raise_for_status()


def sign_in(page: Any, dep: Deployment, email: str, *, verified: bool = True) -> None:
    """Through the provider's own page, as a person does: Sign in, say who, Authorize."""
    provider_knows(dep, email, {"email": email, "email_verified": verified})
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{dep.issuer}/**")
    page.locator('input[name="sub"]').fill(email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{dep.url}/**")
    if verified:
        page.get_by_text("Signed in as").wait_for()
        assert f"Signed in as {email}" in shown(page)


def shown(page: Any) -> str:
    """What a person reads (without the invisible joiners that keep e-mail addresses unlinked)."""
    return page.get_by_test_id("stMain").inner_text().replace(WORD_JOINER, "")


def test_two_people_and_a_signed_in_person_on_two_devices(people: Any, embedded_deployment: Deployment) -> None:
    dep = embedded_deployment
    shots = dep.artifacts
    ann, ben = people(), people()
    tag = uuid.uuid4().hex[:6]
    ann_set = make_set(ann, dep, f"Ann's Loaves {tag}")
    ben_set = make_set(ben, dep, f"Ben's Buns {tag}")

    # Each History lists that person's set and not the other's.
    ann_history = history(ann)
    ann.screenshot(path=shots / "people-1-ann-history.png")
    ben_history = history(ben)
    ben.screenshot(path=shots / "people-2-ben-history.png")
    assert f"Ann's Loaves {tag}" in ann_history and f"Ben's Buns {tag}" not in ann_history
    assert f"Ben's Buns {tag}" in ben_history and f"Ann's Loaves {tag}" not in ben_history
    assert "1 logo set · page 1 of 1" in ann_history and "1 logo set · page 1 of 1" in ben_history

    # Ann's link works for Ben: he sees and can download it, but cannot make more from it.
    ben.goto(f"{dep.url}/?job={ann_set}")
    ben.get_by_text("The logo is ready").wait_for()
    ben.get_by_text("Someone shared this set with you").wait_for()
    expect(ben.get_by_role("button", name="New variations")).to_be_disabled()
    ben.locator(f".st-key-more-menu-{ann_set}-0").get_by_role("button", name="More").click()
    expect(ben.get_by_role("button", name="More like this")).to_be_disabled()
    ben.keyboard.press("Escape")
    ben.locator(f".st-key-dl-{ann_set}-0").get_by_role("button", name="Download").click()
    expect(ben.get_by_role("button", name="SVG")).to_be_enabled()
    ben.keyboard.press("Escape")
    # Editing is anyone's: the editor opens on Ann's logo, and what Ben saves would be his.
    expect(ben.locator(f".st-key-edit-{ann_set}-0").get_by_role("button", name="Edit").first).to_be_enabled()
    ben.screenshot(path=shots / "people-3-ben-views-anns-link.png")
    assert f"Ann's Loaves {tag}" not in history(ben)

    # Ann signs in: her set stays hers, now her account's.
    email = f"ann-{tag}@example.com"
    ann.goto(dep.url)
    sign_in(ann, dep, email)
    ann.screenshot(path=shots / "people-4-ann-signed-in.png")
    assert f"Ann's Loaves {tag}" in history(ann)
    job = studio.get_job(ann_set, dep.settings)
    assert job is not None and job.user_id is not None and job.anon_id is not None
    assert studio.list_jobs(1, 10, dep.settings, studio.Caller(user_id=job.user_id))[1] == 1

    # On another device (a new browser), signing in as Ann brings the same History.
    tablet = people()
    tablet.goto(dep.url)
    tablet.get_by_role("textbox", name="Business type", exact=True).wait_for()
    assert f"Ann's Loaves {tag}" not in history(tablet)
    sign_in(tablet, dep, email)
    tablet_history = history(tablet)
    tablet.screenshot(path=shots / "people-5-ann-on-another-device.png")
    assert f"Ann's Loaves {tag}" in tablet_history and f"Ben's Buns {tag}" not in tablet_history
    # There she may make more from her own set.
    tablet.goto(f"{dep.url}/?job={ann_set}")
    tablet.get_by_text("The logo is ready").wait_for()
    expect(tablet.get_by_role("button", name="New variations")).to_be_enabled()
    assert tablet.get_by_text("Someone shared this set with you").count() == 0

    # Ben still sees only his own; Ann, signed out, is an anonymous browser again.
    assert f"Ann's Loaves {tag}" not in history(ben)
    ann.get_by_role("button", name="Sign out").click()
    ann.wait_for_url(f"{dep.issuer}/**")  # the provider ends its session too, then sends her back
    ann.get_by_role("button", name="End session").click()
    ann.wait_for_url(f"{dep.url}/**")
    ann.get_by_role("button", name="Sign in").wait_for()
    assert f"Ann's Loaves {tag}" not in history(ann)
    assert studio.get_job(ben_set, dep.settings).user_id is None


def test_an_address_the_provider_has_not_verified_opens_no_account(
    people: Any, embedded_deployment: Deployment
) -> None:
    """Someone who typed Ann's address at a provider that does not check it gets neither her sets
    nor a new account under her address: they stay an anonymous browser, told why."""
    dep = embedded_deployment
    tag = uuid.uuid4().hex[:6]
    email = f"ann-{tag}@example.com"
    ann = people()
    ann_set = make_set(ann, dep, f"Ann's Rolls {tag}")
    ann.goto(dep.url)
    sign_in(ann, dep, email)
    assert f"Ann's Rolls {tag}" in history(ann)

    mallory = people()
    mallory.goto(dep.url)
    sign_in(mallory, dep, email, verified=False)
    mallory.get_by_text("has not confirmed an e-mail address").wait_for()
    mallory.screenshot(path=dep.artifacts / "people-6-unverified-address.png")
    assert "Signed in as" not in shown(mallory)
    assert f"Ann's Rolls {tag}" not in history(mallory)
    job = studio.get_job(ann_set, dep.settings)
    assert job is not None and job.user_id is not None  # still Ann's account's, and only hers


def test_the_api_keys_page_makes_a_key_that_works_until_revoked(people: Any, embedded_deployment: Deployment) -> None:
    dep = embedded_deployment
    page = people()
    page.goto(dep.url)
    page.get_by_role("link", name="API keys").click()
    page.get_by_role("heading", name="API keys", exact=True).wait_for()
    page.get_by_role("textbox", name="Key name").fill("[site](https://evil.example) builder")
    page.get_by_role("button", name="Create key").click()
    page.get_by_text("Copy it now: it is shown only once").wait_for()
    key = page.get_by_test_id("stCode").first.inner_text().strip()
    assert re.fullmatch(r"ls_[A-Za-z0-9_-]{43}", key), key
    page.screenshot(path=dep.artifacts / "keys-1-new-key.png", full_page=True)
    assert page.locator('a[href*="evil.example"]').count() == 0  # the name is shown as typed

    with httpx.Client(base_url=dep.url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as program:
        made = program.post("/api/generate", json={"business_type": "bookshop", "variants": 1})
        assert made.status_code == 202, made.text
        job_id = made.json()["job_id"]
        # What the program made is this browser's: it is in its History.
        wait_for(lambda: (j := studio.get_job(job_id, dep.settings)) and j.finished, 60, "the program's set")
        assert "Bookshop" in history(page)

        page.get_by_role("link", name="API keys").click()
        done = page.get_by_role("button", name="Done, I have copied it")
        done.wait_for()
        page.wait_for_function(IDLE)  # a click on a page still being drawn can be lost
        done.click()
        expect(page.get_by_text("Copy it now")).to_have_count(0)
        page.get_by_role("button", name="Revoke").click()
        page.get_by_text("revoked", exact=True).wait_for()
        page.screenshot(path=dep.artifacts / "keys-2-revoked.png", full_page=True)
        assert key not in page.get_by_test_id("stMain").inner_text()  # never shown again
        refused = program.get("/api/jobs")
        assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
