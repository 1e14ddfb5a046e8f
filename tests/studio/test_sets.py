"""The studio's use cases on real parts: an edited logo saved as a set of its own (through the
worker, byte for byte), sets that never repeat a logo the person has, derived sets marked as such,
the shortlist, renaming, deleting and searching sets."""

from __future__ import annotations

import io
import uuid
import zipfile

import pytest

from logostudio import studio
from logostudio.config import Settings
from logostudio.design import Brief, design_variant, design_variants, look
from logostudio.storage.objects import get_storage
from logostudio.studio.identity import Caller
from logostudio.web.ui.copy import derived_line
from tests.helpers import BRIEF, GOLDEN, wait_for_job


def _done(job_id: str, settings: Settings) -> studio.JobView:
    job = wait_for_job(job_id, settings)
    assert job.status == "done", job.error
    return job


def test_an_edited_logo_is_saved_as_a_set_the_worker_makes_byte_for_byte(any_settings):
    settings = any_settings
    maker, editor = Caller(anon_id=uuid.uuid4()), Caller(anon_id=uuid.uuid4())
    source = _done(studio.submit({**GOLDEN, "seed": 4, "variants": 3}, settings, maker), settings)
    # Anyone who can view a set may edit its logos; the saved set is theirs.
    _, recipe = studio.edit_recipe(source.id, 2, settings)
    assert recipe.design().svg == studio.read_object(source.variants[2].svg_key, settings).decode()
    edits = {
        "name": "Crust & Crumb",
        "family": "Caladea",
        "layout": "stacked",
        "icon": "food-croissant",
        "name_color": "#3B2F2F",
        "letter_spacing": 0.08,
    }
    preview = studio.preview_edit(recipe, edits)
    assert preview.layout == "stacked" and preview.icon == "food-croissant" and preview.font == "Caladea"
    saved_id = studio.save_edit(source.id, 2, edits, settings, editor)
    saved = _done(saved_id, settings)
    assert saved.total == 1 and len(saved.variants) == 1
    assert studio.read_object(saved.variants[0].svg_key, settings).decode() == preview.svg
    assert saved.title == "Crust & Crumb" and saved.anon_id == editor.anon_id
    assert saved.info is not None and saved.info.origin == "edit"
    assert (saved.info.source_job_id, saved.info.source_index, saved.info.source_title) == (
        source.id,
        2,
        "Golden Crust",
    )
    assert derived_line(saved.info.origin, saved.info.source_title, saved.info.source_index) == (
        "Edited from #3 of Golden Crust"
    )
    # It is a set like any other: in its maker's History (not the source's owner's), with a kit.
    assert [j.id for j in studio.list_jobs(1, 50, settings, editor)[0]] == [saved_id]
    assert saved_id not in {j.id for j in studio.list_jobs(1, 50, settings, maker)[0]}
    kit = zipfile.ZipFile(io.BytesIO(studio.brand_kit(saved_id, 0, settings)))
    assert kit.read("crust-crumb-01-brand-kit/logo.svg").decode() == preview.svg
    # Its own logo opens in the editor again, with its edits under the new ones.
    _, again = studio.edit_recipe(saved_id, 0, settings)
    assert again.design().svg == preview.svg
    assert " ".join(studio.preview_edit(again, {"case": "upper"}).meta()["text"]["name"]) == "CRUST & CRUMB"
    # The set's brief, as it is shown and listed, is what the logo now says.
    assert (saved.business_name, saved.slogan) == ("Crust & Crumb", GOLDEN["slogan"])
    assert saved.shown_brief.icon == "food-croissant" and saved.brief.business_name == "Golden Crust"


def test_new_variations_of_an_edited_logo_keep_its_words_symbol_and_theme(embedded_settings):
    settings = embedded_settings
    source = _done(studio.submit({**GOLDEN, "seed": 4, "variants": 2}, settings), settings)
    edits = {"name": "Skyhunter Hawks", "slogan": "", "icon": "bird", "theme": "dark"}
    saved = _done(studio.save_edit(source.id, 1, edits, settings), settings)
    assert (saved.business_name, saved.slogan, saved.shown_brief.theme) == ("Skyhunter Hawks", None, "dark")
    more = _done(studio.new_variations(saved.id, settings), settings)
    assert more.total == settings.default_variants  # a full set, not one logo
    assert (more.brief.business_name, more.brief.slogan, more.brief.icon, more.brief.theme) == (
        "Skyhunter Hawks",
        None,
        "bird",
        "dark",
    )
    assert {v.meta["icon"] for v in more.variants if v.meta.get("icon")} == {"bird"}
    assert all(" ".join(v.meta["text"]["name"]).lower() == "skyhunter hawks" for v in more.variants)


def test_changes_the_editor_cannot_take_are_refused_with_reasons(embedded_settings):
    settings = embedded_settings
    source = _done(studio.submit({**GOLDEN, "seed": 4, "variants": 1}, settings), settings)
    _, recipe = studio.edit_recipe(source.id, 0, settings)
    with pytest.raises(studio.InvalidBrief) as refused:
        studio.preview_edit(recipe, {"family": "Comic Sans", "name_color": "red", "symbol_scale": 5})
    assert set(refused.value.errors) == {"family", "name_color", "symbol_scale"}
    with pytest.raises(studio.InvalidBrief, match="do not fit"):
        studio.save_edit(source.id, 0, {"layout": "badge", "name": "W" * 60, "letter_spacing": 0.5}, settings)
    with pytest.raises(studio.NoSuchJob):
        studio.edit_recipe(source.id, 5, settings)
    assert studio.list_jobs(1, 50, settings)[1] == 1  # nothing was saved


def test_a_new_set_never_repeats_a_logo_the_person_has_from_that_business(embedded_settings):
    """New variations of a More like this set used to repeat the parent's logos byte for byte."""
    settings = embedded_settings
    person = Caller(anon_id=uuid.uuid4())
    # What More like this asks for: a badge with this symbol and palette (GOLDEN's colour is #c9a227).
    keep = {
        "layout": "badge",
        "icon": "bread-slice",
        "palette": {"name": "analogous", "colors": ["#C9A227", "#94B64D", "#E98D4A", "#232303"]},
    }
    anchored = {**GOLDEN, "variants": 6, "preferences": {**GOLDEN["preferences"], **keep}}
    brief = Brief("bakery", "Golden Crust", "Baked every morning", "vintage", "light", "#c9a227", **keep)
    # Without the person's earlier logos to avoid, seed 14 repeats three of seed 11's looks and one
    # of its SVGs byte for byte (the engine alone).
    alone = design_variants(brief, 6, 11)
    first_alone = {look(d.meta(), d.palette) for d in alone}
    repeats = design_variants(brief, 6, 14)
    assert sum(look(d.meta(), d.palette) in first_alone for d in repeats) == 3
    assert {d.svg for d in repeats} & {d.svg for d in alone}

    first = _done(studio.submit({**anchored, "seed": 11}, settings, person), settings)
    second = _done(studio.submit({**anchored, "seed": 14}, settings, person), settings)
    storage = get_storage(settings)

    def looks_and_svgs(job: studio.JobView) -> tuple[set[str], set[bytes]]:
        return {look(v.meta, v.palette) for v in job.variants}, {storage.get(v.svg_key) for v in job.variants}

    (looks1, svgs1), (looks2, svgs2) = looks_and_svgs(first), looks_and_svgs(second)
    assert len(looks2) == 6 and len(svgs2) == 6  # six different logos in the set
    assert not looks1 & looks2 and not svgs1 & svgs2
    # Someone else's set of the same business may look like anything: only one's own are avoided.
    other = _done(studio.submit({**anchored, "seed": 14}, settings, Caller(anon_id=uuid.uuid4())), settings)
    assert looks_and_svgs(other)[0] & looks1
    # Each variant is still re-created from what it records (its nudge) for its kit and mock-ups.
    for v in second.variants:
        assert studio.variant_design(second, v.index, settings).svg == storage.get(v.svg_key).decode()
        assert design_variant(brief, 14, v.index, nudge=v.meta.get("nudge", 0)).svg == storage.get(v.svg_key).decode()


def test_more_like_this_and_new_variations_are_marked_as_derived(embedded_settings):
    settings = embedded_settings
    person = Caller(anon_id=uuid.uuid4())
    source = _done(studio.submit({**GOLDEN, "variants": 3}, settings, person), settings)
    more = studio.get_job(studio.more_like_this(source.id, 2, settings, person), settings)
    again = studio.get_job(studio.new_variations(source.id, settings, person), settings)
    assert more is not None and again is not None and more.info is not None and again.info is not None
    assert derived_line(more.info.origin, more.info.source_title, more.info.source_index) == (
        "More like #3 of Golden Crust"
    )
    assert derived_line(again.info.origin, again.info.source_title, again.info.source_index) == (
        "New variations of Golden Crust"
    )
    listed = {j.id: j for j in studio.list_jobs(1, 50, settings, person)[0]}
    assert listed[more.id].info.origin == "more" and listed[source.id].info.origin is None  # type: ignore[union-attr]
    for job in (more, again):
        _done(job.id, settings)


def test_the_shortlist_keeps_logos_from_several_sets_per_identity(any_settings):
    settings = any_settings
    laptop = Caller(anon_id=uuid.uuid4())
    a = _done(studio.submit({**BRIEF, "variants": 2}, settings, laptop), settings)
    b = _done(studio.submit({**GOLDEN, "variants": 2}, settings, Caller(anon_id=uuid.uuid4())), settings)
    studio.set_shortlisted(a.id, 1, True, laptop, settings)
    studio.set_shortlisted(b.id, 0, True, laptop, settings)  # a shared set's logo too
    studio.set_shortlisted(b.id, 0, True, laptop, settings)  # twice is once
    assert [(j.id, v.index) for j, v in studio.shortlist(laptop, settings)] == [(b.id, 0), (a.id, 1)]
    assert studio.shortlisted(a.id, laptop, settings) == {1}
    assert studio.shortlist(Caller(anon_id=uuid.uuid4()), settings) == []
    with pytest.raises(studio.NoSuchJob):
        studio.set_shortlisted(a.id, 9, True, laptop, settings)
    studio.set_shortlisted(a.id, 1, False, laptop, settings)
    assert [(j.id, v.index) for j, v in studio.shortlist(laptop, settings)] == [(b.id, 0)]
    # Signing in takes the hearts along, to every device.
    email = f"hearts-{uuid.uuid4().hex[:6]}@example.com"
    user_id = studio.sign_in(email, laptop.anon_id, settings)
    phone = Caller(user_id=user_id, anon_id=uuid.uuid4())
    assert [(j.id, v.index) for j, v in studio.shortlist(phone, settings)] == [(b.id, 0)]
    assert studio.shortlist(laptop, settings) == []


def test_sets_can_be_renamed_found_and_deleted_by_their_owner(any_settings):
    settings = any_settings
    owner, stranger = Caller(anon_id=uuid.uuid4()), Caller(anon_id=uuid.uuid4())
    golden = _done(studio.submit({**GOLDEN, "variants": 2}, settings, owner), settings)
    acme = _done(studio.submit({**BRIEF, "variants": 1}, settings, owner), settings)
    assert studio.rename_set(golden.id, "  Crust   ideas ", settings, owner) == "Crust ideas"
    assert studio.get_job(golden.id, settings).title == "Crust ideas"  # type: ignore[union-attr]
    with pytest.raises(studio.NotYours):
        studio.rename_set(golden.id, "Mine now", settings, stranger)
    with pytest.raises(studio.InvalidBrief, match="at most 80"):
        studio.rename_set(golden.id, "x" * 81, settings, owner)
    for words, found in (("crust", [golden.id]), ("BAKERY", [golden.id]), ("acme", [acme.id]), ("%", [])):
        assert [j.id for j in studio.list_jobs(1, 50, settings, owner, search=words)[0]] == found, words
    assert studio.list_jobs(1, 50, settings, stranger, search="crust")[1] == 0
    # A set made from it keeps its record of where it came from after it is gone.
    more = _done(studio.more_like_this(golden.id, 0, settings, owner), settings)
    studio.set_shortlisted(golden.id, 0, True, owner, settings)
    keys = get_storage(settings).list(f"jobs/{golden.id}/")
    assert len(keys) == 4
    with pytest.raises(studio.NotYours):
        studio.delete_set(golden.id, settings, stranger)
    studio.delete_set(golden.id, settings, owner)
    assert studio.get_job(golden.id, settings) is None
    assert get_storage(settings).list(f"jobs/{golden.id}/") == []
    assert studio.shortlist(owner, settings) == []
    kept = studio.get_job(more.id, settings)
    assert kept is not None and kept.info is not None and kept.info.source_job_id is None
    assert derived_line(kept.info.origin, kept.info.source_title, kept.info.source_index) == (
        "More like #1 of Crust ideas"
    )
    assert studio.rename_set(more.id, "", settings, owner) == "Golden Crust"  # empty: the business name again
