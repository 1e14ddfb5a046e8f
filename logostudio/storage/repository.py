"""The one place that reads and writes the tables (`jobs`, `logo_variants`, `users`, `api_keys`).

The service and the task both come here; nothing else writes SQL. Reads return frozen views
(:class:`JobView`, :class:`VariantView`, :class:`KeyView`), never ORM objects, so no caller holds
a session. An owner is ``(user_id, anon_id)``: a signed-in person's, or an anonymous browser's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, delete, false, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from logostudio.config import Settings
from logostudio.storage.db import get_engine, session_scope
from logostudio.storage.models import ApiKey, Job, JobStatus, LogoVariant, SetInfo, ShortlistEntry, User, utcnow

Owner = tuple[uuid.UUID | None, uuid.UUID | None]

if TYPE_CHECKING:  # the design engine behind briefs is loaded where a job is read, not by the reconciler
    from logostudio.studio.briefs import LogoBrief


@dataclass(frozen=True)
class VariantView:
    index: int
    palette: dict[str, Any]
    svg_key: str
    png_key: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class SetInfoView:
    """A set's own name and where it came from (see :class:`~logostudio.storage.models.SetInfo`)."""

    name: str | None = None
    origin: str | None = None  # "more" | "variations" | "edit"
    source_job_id: str | None = None
    source_index: int | None = None
    source_title: str | None = None
    edits: dict[str, Any] | None = None
    base_index: int | None = None
    nudge: int = 0


@dataclass(frozen=True)
class JobView:
    id: str
    brief: LogoBrief
    seed: int
    status: JobStatus
    progress: int
    total: int
    error: str | None
    created_at: datetime
    updated_at: datetime
    variants: list[VariantView] = field(default_factory=list)
    user_id: uuid.UUID | None = None
    anon_id: uuid.UUID | None = None
    info: SetInfoView | None = None  # attached by the service (set_infos); None where nobody asked

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.done, JobStatus.error)

    @property
    def title(self) -> str:
        """The set's name: the one its owner gave it, else the business name, else the type."""
        return (self.info and self.info.name) or self.brief.business_name or self.brief.business_type.title()

    @property
    def shown_brief(self) -> LogoBrief:
        """The brief as the set's logos show it. For a set saved from the editor, the name, slogan,
        theme and symbol the person chose are laid over the brief it was made from; ``brief`` stays
        what the worker re-creates the edited logo from."""
        edits = self.info.edits if self.info and self.info.origin == "edit" and self.info.edits else None
        if not edits:
            return self.brief
        update: dict[str, Any] = {}
        if edits.get("name"):
            update["business_name"] = edits["name"]
        if "slogan" in edits:
            update["slogan"] = edits["slogan"] or None
        if edits.get("theme"):
            update["theme"] = edits["theme"]
        if edits.get("icon"):
            update["icon"] = edits["icon"]
        return self.brief.model_copy(update=update)

    @property
    def business_type(self) -> str:
        return self.brief.business_type

    @property
    def business_name(self) -> str | None:
        return self.shown_brief.business_name

    @property
    def slogan(self) -> str | None:
        return self.shown_brief.slogan

    @property
    def prefs(self) -> dict[str, Any]:
        return self.brief.preferences()


def _aware(dt: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; every stored time is UTC."""
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _variant_view(v: LogoVariant) -> VariantView:
    return VariantView(v.index, dict(v.palette), v.svg_key, v.png_key, dict(v.meta or {}))


def _job_view(job: Job, variants: Iterable[LogoVariant] = ()) -> JobView:
    from logostudio.studio.briefs import LogoBrief

    brief = LogoBrief.stored(
        job.business_type, job.business_name, job.slogan, job.prefs or {}, job.variant_count, job.seed
    )
    return JobView(
        id=str(job.id),
        brief=brief,
        seed=job.seed,
        status=JobStatus(job.status),
        progress=job.progress,
        total=job.variant_count,
        error=job.error_message,
        created_at=_aware(job.created_at),
        updated_at=_aware(job.updated_at),
        variants=[_variant_view(v) for v in variants],
        user_id=job.user_id,
        anon_id=job.anon_id,
    )


def parse_job_id(job_id: str | uuid.UUID | None) -> uuid.UUID | None:
    """The id as a UUID, or None when it is not one (so a bad link is just "no such job")."""
    if isinstance(job_id, uuid.UUID):
        return job_id
    try:
        return uuid.UUID(str(job_id).strip())
    except (ValueError, AttributeError, TypeError):
        return None


# ---------------------------------------------------------------- reads


def get_job(settings: Settings, job_id: uuid.UUID, with_variants: bool = True) -> JobView | None:
    with session_scope(settings) as session:
        job = session.get(Job, job_id)
        if job is None:
            return None
        variants = (
            session.scalars(select(LogoVariant).where(LogoVariant.job_id == job_id).order_by(LogoVariant.index))
            if with_variants
            else ()
        )
        return _job_view(job, variants)


def get_variant(settings: Settings, job_id: uuid.UUID, index: int) -> VariantView | None:
    with session_scope(settings) as session:
        row = session.scalar(select(LogoVariant).where(LogoVariant.job_id == job_id, LogoVariant.index == index))
        return None if row is None else _variant_view(row)


def _owned_by(model: type[Job] | type[ApiKey], owner: Owner) -> ColumnElement[bool]:
    """Rows of a signed-in person, or an anonymous browser's rows that no account has claimed."""
    user_id, anon_id = owner
    if user_id is not None:
        return model.user_id == user_id
    if anon_id is not None:
        return (model.anon_id == anon_id) & model.user_id.is_(None)
    return false()


def list_jobs(settings: Settings, page: int, per_page: int, owner: Owner | None = None) -> tuple[list[JobView], int]:
    """One page of ``owner``'s jobs (everyone's when None), newest first, each with its first
    variant (for a thumbnail); and the total."""
    return _page(settings, [] if owner is None else [_owned_by(Job, owner)], page, per_page)


def _page(settings: Settings, where: list[Any], page: int, per_page: int) -> tuple[list[JobView], int]:
    """One page of the jobs that match ``where``, newest first, each with its first variant; and
    how many match."""
    with session_scope(settings) as session:
        total = session.scalar(select(func.count()).select_from(Job).where(*where)) or 0
        jobs = list(
            session.scalars(
                select(Job)
                .where(*where)
                .order_by(Job.created_at.desc(), Job.id)
                .offset((max(1, page) - 1) * per_page)
                .limit(per_page)
            )
        )
        firsts = {
            v.job_id: v
            for v in session.scalars(
                select(LogoVariant).where(LogoVariant.job_id.in_([j.id for j in jobs]), LogoVariant.index == 0)
            )
        }
        return [_job_view(j, [firsts[j.id]] if j.id in firsts else []) for j in jobs], total


def count_by_status(settings: Settings) -> dict[str, int]:
    with session_scope(settings) as session:
        return {
            str(status): n for status, n in session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
        }


def count_waiting_for_queue(settings: Settings) -> int:
    """Jobs recorded but not handed to the queue yet (it did not answer): the reconciler's outbox."""
    with session_scope(settings) as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Job)
                .where(Job.status == JobStatus.queued.value, Job.enqueued_at.is_(None))
            )
            or 0
        )


# ---------------------------------------------------------------- writes


class LeaseLost(RuntimeError):
    """The job was taken over by another run (its lease ran out): this run must write nothing more."""


def create_job(
    settings: Settings,
    brief: LogoBrief,
    seed: int,
    variant_count: int,
    owner: Owner = (None, None),
    info: dict[str, Any] | None = None,
) -> uuid.UUID:
    """A `queued` job of ``owner``'s, marked as handed to the queue now: the caller enqueues it next
    (the outbox; if that fails the caller calls :func:`not_enqueued`, and the reconciler enqueues it
    later). ``info`` (where the set came from, an edited set's recipe) lands in the same transaction,
    so no worker ever sees the job without it."""
    job_id = uuid.uuid4()
    with session_scope(settings) as session:
        session.add(
            Job(
                id=job_id,
                user_id=owner[0],
                anon_id=owner[1],
                business_type=brief.business_type,
                business_name=brief.business_name,
                slogan=brief.slogan,
                prefs=brief.preferences(),
                seed=seed,
                variant_count=variant_count,
                status=JobStatus.queued.value,
                progress=0,
                enqueued_at=utcnow(),
                attempts=0,
            )
        )
        if info:
            session.flush()
            session.add(SetInfo(job_id=job_id, **{"nudge": 0, **info}))
    return job_id


def _set(settings: Settings, job_id: uuid.UUID, *conditions: Any, **values: Any) -> bool:
    """Update one job's row (where ``conditions`` hold); True when a row changed."""
    values.setdefault("updated_at", utcnow())
    with session_scope(settings) as session:
        result = session.execute(update(Job).where(Job.id == job_id, *conditions).values(**values))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def _held(token: uuid.UUID | None) -> tuple[Any, ...]:
    """The condition that a run still holds its lease (no condition for a write outside a run)."""
    return () if token is None else (Job.lease_token == token,)


_RELEASED = {"lease_token": None, "lease_expires_at": None}


def queue_again(settings: Settings, job_id: uuid.UUID) -> bool:
    """Try again: a job in `error` goes back to `queued` from the start, marked as handed to the
    queue now (the caller enqueues it). False when the job is not in `error` (or unknown)."""
    return _set(
        settings,
        job_id,
        Job.status == JobStatus.error.value,
        status=JobStatus.queued.value,
        error_message=None,
        progress=0,
        attempts=0,
        enqueued_at=utcnow(),
        **_RELEASED,
    )


def not_enqueued(settings: Settings, job_id: uuid.UUID, message: str) -> None:
    """Handing the job to the queue failed: it waits in the outbox (``enqueued_at`` NULL) with
    ``message`` until the reconciler enqueues it."""
    _set(settings, job_id, Job.status == JobStatus.queued.value, enqueued_at=None, error_message=message)


def claim_job(
    settings: Settings, job_id: uuid.UUID, token: uuid.UUID, lease: timedelta, redo_done: bool = False
) -> JobView | None:
    """Start a run: one statement that loads the job, marks it `processing` and gives run ``token``
    its lease. Only a `queued` job, or a `processing` one whose lease ran out or is ``token``'s own
    (or ``redo_done``: a `done` one), can be claimed; None otherwise, so two runs of one job never
    overlap."""
    now = utcnow()
    claimable = [
        Job.status == JobStatus.queued.value,
        and_(
            Job.status == JobStatus.processing.value,
            or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now, Job.lease_token == token),
        ),
    ]
    if redo_done:
        claimable.append(Job.status == JobStatus.done.value)
    stmt = (
        update(Job)
        .where(Job.id == job_id, or_(*claimable))
        .values(
            status=JobStatus.processing.value,
            lease_token=token,
            lease_expires_at=now + lease,
            attempts=Job.attempts + 1,
            error_message=None,
            updated_at=now,
        )
        .returning(Job)
        .execution_options(synchronize_session=False)
    )
    with session_scope(settings) as session:
        job = session.scalars(stmt).one_or_none()
        return None if job is None else _job_view(job)


def renew_lease(settings: Settings, job_id: uuid.UUID, token: uuid.UUID, lease: timedelta) -> bool:
    """Extend run ``token``'s lease; False when another run has taken the job over."""
    return _set(settings, job_id, Job.lease_token == token, lease_expires_at=utcnow() + lease)


def note_retry(settings: Settings, job_id: uuid.UUID, reason: str, token: uuid.UUID | None = None) -> None:
    """The job failed on a passing fault and waits in the queue for its next attempt."""
    _set(
        settings,
        job_id,
        *_held(token),
        status=JobStatus.queued.value,
        error_message=f"{reason} Retrying…",
        **_RELEASED,
    )


def mark_error(settings: Settings, job_id: uuid.UUID, message: str, token: uuid.UUID | None = None) -> None:
    _set(settings, job_id, *_held(token), status=JobStatus.error.value, error_message=message, **_RELEASED)


def mark_error_unless_running(settings: Settings, job_id: uuid.UUID, message: str) -> bool:
    """Record a failure the job's own handling did not see (a lost work horse on its last try):
    only for a job not finished and not held by a live run."""
    return _set(
        settings,
        job_id,
        Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]),
        or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < utcnow()),
        status=JobStatus.error.value,
        error_message=message,
        **_RELEASED,
    )


def save_variant(
    settings: Settings,
    job_id: uuid.UUID,
    index: int,
    palette: dict[str, Any],
    svg_key: str,
    png_key: str,
    meta: dict[str, Any],
    token: uuid.UUID | None = None,
    lease: timedelta | None = None,
) -> None:
    """Upsert variant ``index`` and count it in the job's progress, in one transaction. With run
    ``token``, only while it holds the lease (which ``lease`` extends); LeaseLost otherwise."""
    now = utcnow()
    values = {
        "id": uuid.uuid5(job_id, str(index)),
        "job_id": job_id,
        "index": index,
        "palette": palette,
        "svg_key": svg_key,
        "png_key": png_key,
        "meta": meta,
        "created_at": now,
    }
    dialect = postgresql if get_engine(settings).dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(LogoVariant).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["job_id", "index"],
        set_={k: stmt.excluded[k] for k in ("palette", "svg_key", "png_key", "meta")},
    )
    progress: dict[str, Any] = {"progress": index + 1, "updated_at": now}
    if lease is not None:
        progress["lease_expires_at"] = now + lease
    with session_scope(settings) as session:
        counted = session.execute(update(Job).where(Job.id == job_id, *_held(token)).values(**progress))
        if token is not None and not counted.rowcount:  # type: ignore[attr-defined]
            raise LeaseLost(str(job_id))
        session.execute(stmt)


def finish_job(settings: Settings, job_id: uuid.UUID, count: int, token: uuid.UUID | None = None) -> None:
    """`done` with ``count`` variants; rows beyond them (from a longer earlier run) go. With run
    ``token``, only while it holds the lease; LeaseLost otherwise."""
    with session_scope(settings) as session:
        done = session.execute(
            update(Job)
            .where(Job.id == job_id, *_held(token))
            .values(status=JobStatus.done.value, progress=count, error_message=None, updated_at=utcnow(), **_RELEASED)
        )
        if token is not None and not done.rowcount:  # type: ignore[attr-defined]
            raise LeaseLost(str(job_id))
        session.execute(delete(LogoVariant).where(LogoVariant.job_id == job_id, LogoVariant.index >= count))


# ---------------------------------------------------------------- the reconciler's reads and writes


@dataclass(frozen=True)
class UnfinishedJob:
    """What the reconciler needs to know of a `queued` or `processing` job."""

    id: uuid.UUID
    status: JobStatus
    enqueued_at: datetime | None
    lease_token: uuid.UUID | None
    lease_expires_at: datetime | None
    attempts: int
    updated_at: datetime

    def lease_live(self, now: datetime) -> bool:
        return self.lease_expires_at is not None and self.lease_expires_at >= now


def unfinished_jobs(settings: Settings, limit: int = 1000) -> list[UnfinishedJob]:
    """Every `queued` and `processing` job, oldest first (at most ``limit``)."""
    cols = (Job.id, Job.status, Job.enqueued_at, Job.lease_token, Job.lease_expires_at, Job.attempts, Job.updated_at)
    with session_scope(settings) as session:
        rows = session.execute(
            select(*cols)
            .where(Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]))
            .order_by(Job.created_at)
            .limit(limit)
        ).all()
    return [
        UnfinishedJob(
            r[0],
            JobStatus(r[1]),
            None if r[2] is None else _aware(r[2]),
            r[3],
            None if r[4] is None else _aware(r[4]),
            r[5] or 0,
            _aware(r[6]),
        )
        for r in rows
    ]


def _unchanged(seen: UnfinishedJob) -> tuple[Any, ...]:
    """The job is still as the reconciler saw it (so of several reconcilers only one acts)."""
    return (
        Job.status == seen.status.value,
        Job.enqueued_at.is_not_distinct_from(seen.enqueued_at),
        Job.lease_token.is_not_distinct_from(seen.lease_token),
    )


def take_for_enqueue(
    settings: Settings, seen: UnfinishedJob, message: str | None = None, take_over: bool = False
) -> datetime | None:
    """The reconciler takes a job it found not in the queue (or its run dead) to enqueue it: back to
    `queued`, lease released, ``enqueued_at`` now (returned). None when the job changed meanwhile.
    A `processing` job is taken only once its lease ran out, unless ``take_over`` (no run lives)."""
    now = utcnow()
    conditions = list(_unchanged(seen))
    if seen.status == JobStatus.processing and not take_over:
        conditions.append(or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now))
    # The message says why it runs again (None: nothing to say; a "queue is down" notice is stale).
    values: dict[str, Any] = {
        "status": JobStatus.queued.value,
        "enqueued_at": now,
        "error_message": message,
        "updated_at": now,
        **_RELEASED,
    }
    with session_scope(settings) as session:
        result = session.execute(update(Job).where(Job.id == seen.id, *conditions).values(**values))
        return now if result.rowcount else None  # type: ignore[attr-defined]


def record_enqueued(settings: Settings, seen: UnfinishedJob) -> None:
    """A job the queue already holds, though the database had not noted it handed over (and may
    still show the notice that the queue was down)."""
    with session_scope(settings) as session:
        session.execute(
            update(Job).where(Job.id == seen.id, *_unchanged(seen)).values(enqueued_at=utcnow(), error_message=None)
        )


def give_up(settings: Settings, seen: UnfinishedJob, message: str) -> bool:
    """End a job that cannot run in `error` with ``message`` (unless it changed meanwhile)."""
    now = utcnow()
    conditions = list(_unchanged(seen))
    if seen.status == JobStatus.processing:
        conditions.append(or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now))
    return _set(
        settings, seen.id, *conditions, status=JobStatus.error.value, error_message=message, updated_at=now, **_RELEASED
    )


# ---------------------------------------------------------------- people


def user_for_email(settings: Settings, email: str) -> uuid.UUID:
    """The `users` row of ``email`` (lower-cased), made on first sign-in."""
    email = email.strip().lower()
    with session_scope(settings) as session:
        found = session.scalar(select(User.id).where(User.email == email))
        if found is not None:
            return found
    try:
        with session_scope(settings) as session:
            user = User(id=uuid.uuid4(), email=email)
            session.add(user)
        return user.id
    except IntegrityError:  # signed in on two devices at the same moment: the other made it
        with session_scope(settings) as session:
            return session.scalars(select(User.id).where(User.email == email)).one()


def email_of(settings: Settings, user_id: uuid.UUID) -> str | None:
    with session_scope(settings) as session:
        return session.scalar(select(User.email).where(User.id == user_id))


def claim_anonymous(settings: Settings, anon_id: uuid.UUID, user_id: uuid.UUID) -> int:
    """Sets and keys an anonymous browser made become the person's who signed in on it."""
    with session_scope(settings) as session:
        jobs = session.execute(update(Job).where(Job.anon_id == anon_id, Job.user_id.is_(None)).values(user_id=user_id))
        session.execute(
            update(ApiKey).where(ApiKey.anon_id == anon_id, ApiKey.user_id.is_(None)).values(user_id=user_id)
        )
        return int(jobs.rowcount)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- API keys


@dataclass(frozen=True)
class KeyView:
    id: uuid.UUID
    name: str
    prefix: str
    user_id: uuid.UUID | None
    anon_id: uuid.UUID | None
    email: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def owner(self) -> Owner:
        return (self.user_id, None) if self.user_id is not None else (None, self.anon_id)


def _key_view(key: ApiKey, email: str | None) -> KeyView:
    return KeyView(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        user_id=key.user_id,
        anon_id=key.anon_id,
        email=email,
        created_at=_aware(key.created_at),
        last_used_at=_aware(key.last_used_at) if key.last_used_at else None,
        revoked_at=_aware(key.revoked_at) if key.revoked_at else None,
    )


def _keys_with_email() -> Any:
    return select(ApiKey, User.email).outerjoin(User, User.id == ApiKey.user_id)


def create_api_key(settings: Settings, owner: Owner, name: str, prefix: str, key_hash: str) -> KeyView:
    key_id = uuid.uuid4()
    with session_scope(settings) as session:
        session.add(ApiKey(id=key_id, user_id=owner[0], anon_id=owner[1], name=name, prefix=prefix, key_hash=key_hash))
    found = api_key(settings, key_id)
    assert found is not None
    return found


def api_key(settings: Settings, key_id: uuid.UUID) -> KeyView | None:
    with session_scope(settings) as session:
        row = session.execute(_keys_with_email().where(ApiKey.id == key_id)).first()
        return None if row is None else _key_view(*row)


def api_keys(settings: Settings, owner: Owner | None = None) -> list[KeyView]:
    """``owner``'s keys (everyone's when None), newest first, revoked ones included."""
    query = _keys_with_email().order_by(ApiKey.created_at.desc(), ApiKey.id)
    if owner is not None:
        query = query.where(_owned_by(ApiKey, owner))
    with session_scope(settings) as session:
        return [_key_view(key, email) for key, email in session.execute(query).all()]


def active_api_key_by_hash(settings: Settings, key_hash: str) -> KeyView | None:
    with session_scope(settings) as session:
        row = session.execute(
            _keys_with_email().where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
        ).first()
        return None if row is None else _key_view(*row)


def note_api_key_used(settings: Settings, key_id: uuid.UUID, every: timedelta = timedelta(minutes=1)) -> None:
    """`last_used_at`, written at most once a minute per key, so a busy program costs no write each call."""
    now = utcnow()
    with session_scope(settings) as session:
        session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - every))
            .values(last_used_at=now)
        )


def revoke_api_key(settings: Settings, key_id: uuid.UUID, owner: Owner | None = None) -> bool:
    """Revoke ``owner``'s key (any key when None); False when there is no such active key."""
    where = [ApiKey.id == key_id, ApiKey.revoked_at.is_(None)]
    if owner is not None:
        where.append(_owned_by(ApiKey, owner))
    with session_scope(settings) as session:
        return bool(session.execute(update(ApiKey).where(*where).values(revoked_at=utcnow())).rowcount)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- the studio: set names and origins


def _info_view(row: SetInfo) -> SetInfoView:
    return SetInfoView(
        name=row.name,
        origin=row.origin,
        source_job_id=None if row.source_job_id is None else str(row.source_job_id),
        source_index=row.source_index,
        source_title=row.source_title,
        edits=dict(row.edits) if row.edits is not None else None,
        base_index=row.base_index,
        nudge=row.nudge or 0,
    )


def record_set_info(settings: Settings, job_id: uuid.UUID, **values: Any) -> None:
    """Write fields of a set's `set_info` row (made if missing): its name, or where it came from."""
    with session_scope(settings) as session:
        row = session.get(SetInfo, job_id)
        if row is None:
            row = SetInfo(job_id=job_id, nudge=0)
            session.add(row)
        for key, value in values.items():
            setattr(row, key, value)


def set_infos(settings: Settings, job_ids: Iterable[uuid.UUID | str]) -> dict[str, SetInfoView]:
    """The `set_info` of each of these sets that has one, by job id (as text)."""
    ids = [i for i in (parse_job_id(j) for j in job_ids) if i is not None]
    if not ids:
        return {}
    with session_scope(settings) as session:
        return {str(r.job_id): _info_view(r) for r in session.scalars(select(SetInfo).where(SetInfo.job_id.in_(ids)))}


def _owns_job(session: Any, job_id: uuid.UUID, owner: Owner | None) -> bool:
    """Whether the job exists and is ``owner``'s (any job for the operator, ``owner`` None)."""
    where = [Job.id == job_id] + ([] if owner is None else [_owned_by(Job, owner)])
    return session.scalar(select(func.count()).select_from(Job).where(*where)) == 1


def rename_set(settings: Settings, job_id: uuid.UUID, name: str | None, owner: Owner | None = None) -> bool:
    """Give ``owner``'s set a name of its own (None: back to the business name); False when there
    is no such set of theirs."""
    with session_scope(settings) as session:
        if not _owns_job(session, job_id, owner):
            return False
        row = session.get(SetInfo, job_id)
        if row is None:
            session.add(SetInfo(job_id=job_id, name=name, nudge=0))
        else:
            row.name = name
    return True


def delete_set(settings: Settings, job_id: uuid.UUID, owner: Owner | None = None) -> bool:
    """Delete ``owner``'s set with its variants, its `set_info` and every shortlist entry of it
    (the rows cascade); the sets made from it keep their record of it by its title. False when
    there is no such set of theirs."""
    with session_scope(settings) as session:
        if not _owns_job(session, job_id, owner):
            return False
        session.execute(update(SetInfo).where(SetInfo.source_job_id == job_id).values(source_job_id=None))
        session.execute(delete(ShortlistEntry).where(ShortlistEntry.job_id == job_id))
        session.execute(delete(SetInfo).where(SetInfo.job_id == job_id))
        session.execute(delete(LogoVariant).where(LogoVariant.job_id == job_id))
        session.execute(delete(Job).where(Job.id == job_id))
    return True


def find_sets(
    settings: Settings, page: int, per_page: int, owner: Owner | None, text: str
) -> tuple[list[JobView], int]:
    """Like :func:`list_jobs`, only the sets whose business name, type or own name contains
    ``text`` (any case; ``%`` and ``_`` are plain characters)."""
    needle = text.strip().lower()
    named = select(SetInfo.job_id).where(func.lower(SetInfo.name).contains(needle, autoescape=True))
    where = [
        or_(
            func.lower(Job.business_name).contains(needle, autoescape=True),
            func.lower(Job.business_type).contains(needle, autoescape=True),
            Job.id.in_(named),
        )
    ]
    if owner is not None:
        where.append(_owned_by(Job, owner))
    return _page(settings, where, page, per_page)


def earlier_variants(
    settings: Settings,
    owner: Owner,
    business_type: str,
    business_name: str | None,
    before: datetime,
    exclude: uuid.UUID,
    max_sets: int = 40,
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(meta, palette) of every variant in ``owner``'s sets of the same business (type and name,
    any case) made before ``before``, newest ``max_sets`` sets: the logos the person already has,
    so a new set can avoid them."""
    if owner == (None, None):
        return []
    same_name = (
        Job.business_name.is_(None)
        if not business_name
        else func.lower(Job.business_name) == business_name.strip().lower()
    )
    with session_scope(settings) as session:
        ids = list(
            session.scalars(
                select(Job.id)
                .where(
                    _owned_by(Job, owner),
                    func.lower(Job.business_type) == business_type.strip().lower(),
                    same_name,
                    Job.created_at <= before,
                    Job.id != exclude,
                )
                .order_by(Job.created_at.desc())
                .limit(max_sets)
            )
        )
        if not ids:
            return []
        rows = session.execute(select(LogoVariant.meta, LogoVariant.palette).where(LogoVariant.job_id.in_(ids)))
        return [(dict(meta or {}), dict(palette or {})) for meta, palette in rows]


# ---------------------------------------------------------------- the studio: shortlists


def shortlist_add(settings: Settings, owner: Owner, job_id: uuid.UUID, index: int) -> bool:
    """Put variant ``index`` of a set on ``owner``'s shortlist (once); False for no such variant."""
    user_id, anon_id = owner
    with session_scope(settings) as session:
        found = select(LogoVariant.id).where(LogoVariant.job_id == job_id, LogoVariant.index == index)
        if session.scalar(found) is None:
            return False
    try:
        with session_scope(settings) as session:
            session.add(
                ShortlistEntry(id=uuid.uuid4(), user_id=user_id, anon_id=anon_id, job_id=job_id, variant_index=index)
            )
    except IntegrityError:  # already on it (a double click, two tabs)
        pass
    return True


def _shortlist_of(owner: Owner) -> ColumnElement[bool]:
    user_id, anon_id = owner
    if user_id is not None:
        return ShortlistEntry.user_id == user_id
    if anon_id is not None:
        return (ShortlistEntry.anon_id == anon_id) & ShortlistEntry.user_id.is_(None)
    return false()


def shortlist_remove(settings: Settings, owner: Owner, job_id: uuid.UUID, index: int) -> None:
    with session_scope(settings) as session:
        session.execute(
            delete(ShortlistEntry).where(
                _shortlist_of(owner), ShortlistEntry.job_id == job_id, ShortlistEntry.variant_index == index
            )
        )


def shortlisted_indexes(settings: Settings, owner: Owner, job_id: uuid.UUID) -> set[int]:
    """Which variants of this set are on ``owner``'s shortlist."""
    with session_scope(settings) as session:
        return set(
            session.scalars(
                select(ShortlistEntry.variant_index).where(_shortlist_of(owner), ShortlistEntry.job_id == job_id)
            )
        )


def shortlist(settings: Settings, owner: Owner, limit: int = 60) -> list[tuple[JobView, VariantView]]:
    """``owner``'s shortlist, most recently added first: each logo with its set."""
    with session_scope(settings) as session:
        rows = session.execute(
            select(Job, LogoVariant)
            .join(ShortlistEntry, ShortlistEntry.job_id == Job.id)
            .join(
                LogoVariant,
                (LogoVariant.job_id == ShortlistEntry.job_id) & (LogoVariant.index == ShortlistEntry.variant_index),
            )
            .where(_shortlist_of(owner))
            .order_by(ShortlistEntry.created_at.desc(), ShortlistEntry.id)
            .limit(limit)
        ).all()
        return [(_job_view(job), _variant_view(variant)) for job, variant in rows]


def claim_shortlist(settings: Settings, anon_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """The hearts an anonymous browser gave become the person's who signed in on it (those the
    person has already are dropped)."""
    with session_scope(settings) as session:
        have: set[tuple[uuid.UUID, int]] = {
            (job_id, index)
            for job_id, index in session.execute(
                select(ShortlistEntry.job_id, ShortlistEntry.variant_index).where(ShortlistEntry.user_id == user_id)
            )
        }
        for entry in session.scalars(
            select(ShortlistEntry).where(ShortlistEntry.anon_id == anon_id, ShortlistEntry.user_id.is_(None))
        ):
            if (entry.job_id, entry.variant_index) in have:
                session.delete(entry)
            else:
                entry.user_id, entry.anon_id = user_id, None
                have.add((entry.job_id, entry.variant_index))


__all__ = [
    "JobView",
    "KeyView",
    "LeaseLost",
    "Owner",
    "SetInfoView",
    "UnfinishedJob",
    "VariantView",
    "active_api_key_by_hash",
    "api_key",
    "api_keys",
    "claim_anonymous",
    "claim_job",
    "claim_shortlist",
    "count_by_status",
    "count_waiting_for_queue",
    "create_api_key",
    "create_job",
    "delete_set",
    "earlier_variants",
    "email_of",
    "find_sets",
    "finish_job",
    "get_job",
    "get_variant",
    "give_up",
    "list_jobs",
    "mark_error",
    "mark_error_unless_running",
    "not_enqueued",
    "note_api_key_used",
    "note_retry",
    "parse_job_id",
    "queue_again",
    "record_enqueued",
    "record_set_info",
    "rename_set",
    "renew_lease",
    "revoke_api_key",
    "save_variant",
    "set_infos",
    "shortlist",
    "shortlist_add",
    "shortlist_remove",
    "shortlisted_indexes",
    "take_for_enqueue",
    "unfinished_jobs",
    "user_for_email",
]
