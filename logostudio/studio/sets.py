"""A person's sets: the editor (a logo's recipe, its preview, saving it as a new set), the
shortlist across sets, naming and deleting a set, and the symbols the editor offers."""

from __future__ import annotations

import contextlib
import functools
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from logostudio.briefs import parse_edits, parse_set_name
from logostudio.config import Settings, get_settings
from logostudio.design import Design
from logostudio.errors import (
    DoesNotFit,
    InvalidBrief,
    InvalidInput,
    NoSuchJob,
    ServiceUnavailable,
    StorageError,
)
from logostudio.fields import SYMBOL_SEARCH
from logostudio.pipeline import variants
from logostudio.pipeline.variants import Recipe
from logostudio.storage import repository
from logostudio.storage.objects import get_storage
from logostudio.storage.repository import JobView, VariantView
from logostudio.studio.errors import database_down, reads_database
from logostudio.studio.identity import Caller
from logostudio.studio.jobs import submit_brief
from logostudio.studio.lookup import checked_id, existing_job, owned_job, variant_of, with_infos

# ---------------------------------------------------------------- the editor


def edit_recipe(job_id: str, index: int, settings: Settings | None = None) -> tuple[JobView, Recipe]:
    """The set and how its variant ``index`` was made, for the editor: anyone who can view a set
    may open its logos in the editor (what they save is theirs)."""
    settings = settings or get_settings()
    job = existing_job(job_id, settings)
    variant = variant_of(job, index)
    return job, variants.recipe_of(job, index, job.info, variant.meta)


def preview_edit(recipe: Recipe, edits: Mapping[str, Any]) -> Design:
    """The edited logo, designed in process (a few milliseconds): checked changes over ``recipe``.
    Raises InvalidBrief for a change it cannot take, with a message per field."""
    overrides = parse_edits(edits)
    try:
        return recipe.design(overrides)
    except DoesNotFit as exc:
        raise InvalidBrief({"edits": str(exc)}) from None


def save_edit(
    job_id: str,
    index: int,
    edits: Mapping[str, Any],
    settings: Settings | None = None,
    caller: Caller | None = None,
) -> str:
    """Store the edited logo as a new set of one variant, the caller's, like any job: the worker
    re-creates it from the stored recipe (brief, seed, the variant under the edits, its nudge, the
    edits), byte for byte what the editor showed. The set records which variant it came from.

    Raises InvalidBrief (a change it cannot take), NoSuchJob, LimitReached or ServiceUnavailable."""
    settings = settings or get_settings()
    job, recipe = edit_recipe(job_id, index, settings)
    overrides = parse_edits(edits)
    preview_edit(recipe, overrides.as_dict())  # words that do not fit are refused here, not by the worker
    combined = {**(recipe.edits or {}), **overrides.as_dict()}
    info = {
        "origin": "edit",
        "source_job_id": uuid.UUID(job.id),
        "source_index": index,
        "source_title": job.title,
        "edits": combined,
        "base_index": recipe.index,
        "nudge": recipe.nudge,
        "name": combined.get("name") or (job.info.name if job.info else None),
    }
    brief = job.brief.model_copy(update={"variants": 1, "seed": job.seed})
    return submit_brief(brief, settings, caller, info).job_id


@functools.lru_cache(maxsize=512)
def _search_symbols(query: str, limit: int) -> tuple[str, ...]:
    from logostudio.design.symbols import search_icons

    return tuple(search_icons(query, limit))


def search_symbols(query: str, limit: int = 24) -> list[str]:
    """Icons for a word, best first, by the matcher the engine uses ("croissant" finds bakery icons)."""
    return list(_search_symbols(" ".join(str(query).split())[: SYMBOL_SEARCH.max_length].lower(), limit))


# ---------------------------------------------------------------- the shortlist


def _owner_or_refuse(caller: Caller) -> repository.Owner:
    owner = caller.owner()
    if owner.nobody:
        raise InvalidInput("A shortlist belongs to a browser or a person; this request has neither.")
    return owner


@reads_database
def shortlisted(job_id: str, caller: Caller, settings: Settings | None = None) -> set[int]:
    """Which variants of this set are on the caller's shortlist."""
    jid = repository.parse_job_id(job_id)
    if jid is None or caller.owner().nobody:
        return set()
    return repository.shortlisted_indexes(settings or get_settings(), caller.owner(), jid)


@reads_database
def set_shortlisted(job_id: str, index: int, on: bool, caller: Caller, settings: Settings | None = None) -> None:
    """Put a logo on the caller's shortlist, or take it off (any set the caller can view)."""
    settings = settings or get_settings()
    owner = _owner_or_refuse(caller)
    jid = checked_id(job_id)
    if not on:
        repository.shortlist_remove(settings, owner, jid, index)
    elif not repository.shortlist_add(settings, owner, jid, index):
        raise NoSuchJob(f"{job_id} has no logo {index + 1}")


@reads_database
def shortlist(caller: Caller, settings: Settings | None = None) -> list[tuple[JobView, VariantView]]:
    """The caller's shortlist, most recently added first, each logo with its set (across sets)."""
    settings = settings or get_settings()
    if caller.owner().nobody:
        return []
    entries = repository.shortlist(settings, caller.owner())
    jobs = {j.id: j for j in with_infos(list({j.id: j for j, _ in entries}.values()), settings)}
    return [(jobs[j.id], v) for j, v in entries]


# ---------------------------------------------------------------- naming and deleting


@reads_database
def rename_set(job_id: str, name: Any, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """Give the caller's set a name of its own (empty: the business name again). Returns the title.
    Raises InvalidBrief for a name it cannot take, NotYours for someone else's set."""
    settings = settings or get_settings()
    jid = checked_id(job_id)
    checked = parse_set_name(name)
    owned_job(job_id, settings, caller)
    if not repository.rename_set(settings, jid, checked, None if caller is None else caller.owner()):
        raise NoSuchJob(job_id)
    job = existing_job(job_id, settings)
    return job.title


def delete_set(job_id: str, settings: Settings | None = None, caller: Caller | None = None) -> None:
    """Delete the caller's set: its rows and its files. Sets made from it stay (they keep its title)."""
    settings = settings or get_settings()
    jid = checked_id(job_id)
    owned_job(job_id, settings, caller)
    storage = get_storage(settings)
    try:
        keys = storage.list(f"jobs/{jid}/")
    except StorageError as exc:
        raise ServiceUnavailable(f"Storage is not answering ({exc}); nothing was deleted. Try again.") from exc
    try:
        if not repository.delete_set(settings, jid, None if caller is None else caller.owner()):
            raise NoSuchJob(job_id)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was deleted") from exc
    with contextlib.suppress(StorageError):  # the rows are gone: left-over files are unreachable
        storage.delete(keys)
