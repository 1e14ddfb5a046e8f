"""Finding the set a use case acts on, its variant, and whether the caller may change it: every
use case that takes a job id starts here, so each refuses an unknown one the same way."""

from __future__ import annotations

import dataclasses
import uuid

from logostudio.config import Settings
from logostudio.errors import NoSuchJob, NotYours
from logostudio.storage import repository
from logostudio.storage.repository import JobView, SetInfoView, VariantView
from logostudio.studio.errors import reads_database
from logostudio.studio.identity import Caller


def checked_id(job_id: str | uuid.UUID | None) -> uuid.UUID:
    """The job id as a UUID; NoSuchJob for one that cannot be a job's."""
    jid = repository.parse_job_id(job_id)
    if jid is None:
        raise NoSuchJob(str(job_id))
    return jid


@reads_database
def find_job(job_id: str | uuid.UUID | None, settings: Settings) -> JobView | None:
    """The job with its variants and its `set_info`, or None for an unknown or malformed id."""
    jid = repository.parse_job_id(job_id)
    if jid is None:
        return None
    job = repository.get_job(settings, jid)
    return with_infos([job], settings)[0] if job is not None else None


def with_infos(jobs: list[JobView], settings: Settings) -> list[JobView]:
    """The jobs with their `set_info` attached (a name of their own, where they came from)."""
    infos = repository.set_infos(settings, [j.id for j in jobs])
    return [dataclasses.replace(j, info=infos.get(j.id, SetInfoView())) for j in jobs]


def existing_job(job_id: str, settings: Settings) -> JobView:
    job = find_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    return job


def may_change(job: JobView, caller: Caller | None) -> bool:
    """Whether ``caller`` may rerun the set or derive from it (anyone with the link may view it)."""
    return caller is None or caller.owns(job.user_id, job.anon_id)


def owned_job(job_id: str, settings: Settings, caller: Caller | None) -> JobView:
    job = existing_job(job_id, settings)
    if not may_change(job, caller):
        raise NotYours()
    return job


def variant_of(job: JobView, index: int) -> VariantView:
    variant = next((v for v in job.variants if v.index == index), None)
    if variant is None:
        raise NoSuchJob(f"{job.id} has no variant {index}")
    return variant
