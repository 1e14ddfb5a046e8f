"""Brand kits and mock-ups: made once per variant and kept with the set's files, and each one made
(not kept yet) counted against the caller's fair share.

Before, anyone holding a set's link could have its brand kit rebuilt on every download (about a
second of rendering) and its sixteen mock-up PNGs on every press, without limit.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from pathlib import Path

import pytest

from logostudio import studio
from logostudio.artwork import brandkit, mockups
from logostudio.config import Settings
from logostudio.design import Brief, design_variant
from logostudio.storage.db import ensure_schema
from logostudio.storage.objects import get_storage
from logostudio.studio.identity import Caller
from tests.helpers import wait_for_job

BAKERY = {"business_type": "bakery", "business_name": "Golden Crust", "variants": 2, "seed": 4}


def _settings(tmp_path: Path, **limits: int) -> Settings:
    settings = Settings(DATA_DIR=str(tmp_path / "data"), **limits)  # type: ignore[arg-type]
    ensure_schema(settings)
    return settings


def _set(settings: Settings) -> str:
    job_id = studio.submit(BAKERY, settings)
    assert wait_for_job(job_id, settings).status == "done"
    return job_id


def _no_making(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, anything made again instead of read from storage fails the test."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("made again instead of read from storage")

    monkeypatch.setattr(brandkit, "build_brand_kit", refuse)
    monkeypatch.setattr(mockups, "render_mockup", refuse)
    monkeypatch.setattr(mockups, "mockup_svg", refuse)


def test_a_variants_kit_and_mockups_are_made_once_and_kept_with_the_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(tmp_path)
    job_id = _set(settings)
    caller = Caller(anon_id=uuid.uuid4(), address="192.0.2.81")
    kit = studio.brand_kit(job_id, 0, settings, caller=caller)
    previews = studio.variant_mockups(job_id, 0, settings, caller=caller)
    png = studio.variant_mockup_png(job_id, 0, "storefront", settings, caller=caller)
    storage = get_storage(settings)
    kept = [k for k in storage.list(f"jobs/{job_id}/") if "/kit/" in k or "/mockups/" in k]
    assert len([k for k in kept if k.startswith(f"jobs/{job_id}/kit/v00-") and k.endswith(".zip")]) == 1
    assert len([k for k in kept if f"jobs/{job_id}/mockups/v00-" in k and k.endswith(".svg")]) == len(previews) == 16
    assert [k for k in kept if k.endswith(".png")] == [k for k in kept if k.endswith("/storefront.png")]

    _no_making(monkeypatch)  # a second download, by anyone with the link, reads what was kept
    stranger = Caller(anon_id=uuid.uuid4(), address="198.51.100.81")
    assert studio.brand_kit(job_id, 0, settings, caller=stranger) == kit
    assert studio.variant_mockups(job_id, 0, settings, caller=stranger) == previews
    assert studio.variant_mockup_png(job_id, 0, "storefront", settings, caller=stranger) == png
    assert zipfile.ZipFile(io.BytesIO(kit)).namelist()[0].startswith("golden-crust-01-brand-kit/")


def test_a_second_download_of_a_kit_is_read_not_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    job_id = _set(settings)
    kit = studio.brand_kit(job_id, 0, settings)
    _no_making(monkeypatch)
    assert studio.brand_kit(job_id, 0, settings) == kit


def test_on_s3_too_what_is_kept_goes_with_the_set(prod_settings: Settings, rq_worker: object) -> None:
    owner = Caller(anon_id=uuid.uuid4(), address="192.0.2.85")
    job_id = studio.submit({**BAKERY, "variants": 1}, prod_settings, owner)
    assert wait_for_job(job_id, prod_settings).status == "done"
    kit = studio.brand_kit(job_id, 0, prod_settings, caller=owner)
    studio.variant_mockups(job_id, 0, prod_settings, caller=owner)
    assert studio.brand_kit(job_id, 0, prod_settings, caller=owner) == kit
    storage = get_storage(prod_settings)
    assert len(storage.list(f"jobs/{job_id}/")) == 2 + 1 + 16  # SVG, PNG, kit, previews
    studio.delete_set(job_id, prod_settings, owner)
    assert storage.list(f"jobs/{job_id}/") == []


def test_what_is_kept_goes_with_the_set_and_follows_its_name(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    owner = Caller(anon_id=uuid.uuid4(), address="192.0.2.82")
    job_id = studio.submit(BAKERY, settings, owner)
    wait_for_job(job_id, settings)
    studio.brand_kit(job_id, 1, settings, caller=owner)
    studio.variant_mockups(job_id, 1, settings, caller=owner)
    studio.variant_mockup_png(job_id, 1, "mug", settings, caller=owner)
    # A renamed set's kit carries its new name (what was kept under the old one is not handed out).
    studio.rename_set(job_id, "Crust & Crumb", settings, owner)
    kit = zipfile.ZipFile(io.BytesIO(studio.brand_kit(job_id, 1, settings, caller=owner)))
    assert kit.namelist()[0].startswith("crust-crumb-02-brand-kit/")
    assert "Crust & Crumb" in kit.read("crust-crumb-02-brand-kit/brand.txt").decode()

    studio.delete_set(job_id, settings, owner)
    assert get_storage(settings).list(f"jobs/{job_id}/") == []
    assert not (settings.objects_dir / "jobs" / job_id).exists()  # no empty folders left behind


def test_each_kit_or_mockups_made_counts_against_the_callers_share(tmp_path: Path) -> None:
    """Three made in a minute at most (JOBS_PER_MINUTE=3): a fourth is refused with when to ask
    again; what is kept still downloads, and making logos is counted apart."""
    settings = _settings(tmp_path, JOBS_PER_MINUTE=3, ADDRESS_JOBS_PER_MINUTE=5)
    job_id = _set(settings)
    me = Caller(anon_id=uuid.uuid4(), address="192.0.2.83")
    studio.brand_kit(job_id, 0, settings, caller=me)
    studio.variant_mockups(job_id, 0, settings, caller=me)
    studio.variant_mockup_png(job_id, 0, "mug", settings, caller=me)
    assert studio.build_refusal(me, settings) is not None
    with pytest.raises(studio.LimitReached, match=r"^Brand kits and mock-ups are made the first time") as refused:
        studio.brand_kit(job_id, 1, settings, caller=me)
    assert "you have asked for 3 new ones in the last minute" in str(refused.value)
    assert "those made already download at once" in str(refused.value)
    assert 1 <= refused.value.retry_after <= 60
    # Kept ones cost nothing.
    studio.brand_kit(job_id, 0, settings, caller=me)
    studio.variant_mockups(job_id, 0, settings, caller=me)
    studio.variant_mockup_png(job_id, 0, "mug", settings, caller=me)
    # Downloading took nothing from making logos.
    job = studio.submit({**BAKERY, "variants": 1}, settings, me)
    # New browsers on the same network share its count (5 a minute).
    studio.brand_kit(job_id, 1, settings, caller=Caller(anon_id=uuid.uuid4(), address="192.0.2.83"))
    studio.variant_mockups(job_id, 1, settings, caller=Caller(anon_id=uuid.uuid4(), address="192.0.2.83"))
    with pytest.raises(studio.LimitReached, match="this network has asked for 5 new ones"):
        studio.variant_mockup_png(job_id, 1, "mug", settings, caller=Caller(anon_id=uuid.uuid4(), address="192.0.2.83"))
    # The operator at a terminal has no limits.
    studio.variant_mockup_png(job_id, 1, "mug", settings)
    wait_for_job(job, settings)


def test_an_unsaved_designs_mockups_are_kept_a_while_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor's logo is not stored: its mock-ups are kept in memory, keyed by the design."""
    settings = _settings(tmp_path, JOBS_PER_MINUTE=2)
    me = Caller(anon_id=uuid.uuid4(), address="192.0.2.84")
    design = design_variant(Brief("bakery", "Golden Crust"), 4, 0)
    previews = studio.mockup_previews(design, "Golden Crust", me, settings)
    png = studio.mockup_png(design, "Golden Crust", "mug", me, settings)
    assert len(previews) == 16 and png.startswith(b"\x89PNG")
    _no_making(monkeypatch)
    assert studio.mockup_previews(design, "Golden Crust", me, settings) == previews
    assert studio.mockup_png(design, "Golden Crust", "mug", me, settings) == png
    # Another design (an edit) is made again, and counted: the caller's two are used up.
    with pytest.raises(studio.LimitReached):
        studio.mockup_previews(design_variant(Brief("bakery", "Golden Crust"), 4, 1), "Golden Crust", me, settings)
    with pytest.raises(KeyError):
        studio.mockup_png(design, "Golden Crust", "no-such-mockup", me, settings)
