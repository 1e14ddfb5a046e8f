"""Use cases: the only thing the app and the CLI call. No Streamlit, no SQL outside this layer."""

from __future__ import annotations

import random
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from logostudio.config import Settings, get_settings
from logostudio.db import session_scope
from logostudio.models import Job, JobStatus, LogoVariant, utcnow
from logostudio.queue import QueueUnavailable, get_queue
from logostudio.storage import StorageError, get_storage

STYLES = ("modern", "minimalist", "playful", "elegant", "bold", "vintage", "tech")
THEMES = ("light", "dark")
LAYOUTS = ("emblem", "horizontal", "stacked", "monogram", "wordmark", "badge")
PREF_KEYS = ("style", "theme", "color", "icon", "layout", "palette")
MAX_VARIANTS = 24
PAGE_SIZE = 50

_HEX = re.compile(r"^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_ICON = re.compile(r"^[a-z0-9][a-z0-9 -]{0,39}$")


class InvalidBrief(ValueError):
    """The brief was refused; `errors` maps each field to a message a person can act on."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class ServiceUnavailable(RuntimeError):
    """A dependency did not answer; nothing was stored."""


class NoSuchJob(LookupError):
    pass


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text)


def _clean_text(value: Any, label: str, max_len: int, required: bool) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValueError(f"{label} must be text.")
    if _has_control_chars(value):
        raise ValueError(f"{label} contains control characters; use plain letters, digits and punctuation.")
    value = " ".join(value.split())
    if not value:
        if required:
            raise ValueError(f"{label} is required (1–{max_len} characters).")
        return None
    if len(value) > max_len:
        raise ValueError(f"{label} is too long: {len(value)} characters, at most {max_len}.")
    return value


def normalise_color(value: str) -> str:
    """A CSS colour name or hex code, returned as lower-case name or #rrggbb."""
    from coloraide.css import color_names

    text = value.strip().lower().replace(" ", "")
    if _HEX.match(text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        return "#" + text
    if color_names.has_name(text):
        return text
    raise ValueError(f"Colour {value!r} is not a CSS colour name or a hex code like #3366ff.")


class BriefInput(BaseModel):
    """What a person (or a script) may ask for. Unknown keys are refused by name."""

    model_config = ConfigDict(extra="forbid")

    business_type: Any = None
    business_name: Any = None
    slogan: Any = None
    style: Any = None
    theme: Any = None
    color: Any = None
    icon: Any = None
    layout: Any = None
    palette: Any = None
    variants: Any = None
    seed: Any = None

    @field_validator("business_type")
    @classmethod
    def _type(cls, v: Any) -> str:
        return _clean_text(v, "Business type", 80, required=True)  # type: ignore[return-value]

    @field_validator("business_name")
    @classmethod
    def _name(cls, v: Any) -> str | None:
        return _clean_text(v, "Business name", 60, required=False)

    @field_validator("slogan")
    @classmethod
    def _slogan(cls, v: Any) -> str | None:
        return _clean_text(v, "Slogan", 80, required=False)

    @field_validator("style")
    @classmethod
    def _style(cls, v: Any) -> str | None:
        v = _clean_text(v, "Style", 40, required=False)
        if v is not None and v.lower() not in STYLES:
            raise ValueError(f"Style {v!r} is not one of: {', '.join(STYLES)}.")
        return v.lower() if v else None

    @field_validator("theme")
    @classmethod
    def _theme(cls, v: Any) -> str | None:
        v = _clean_text(v, "Theme", 40, required=False)
        return v.lower() if v else None

    @field_validator("color")
    @classmethod
    def _color(cls, v: Any) -> str | None:
        v = _clean_text(v, "Colour", 40, required=False)
        return normalise_color(v) if v else None

    @field_validator("icon")
    @classmethod
    def _icon(cls, v: Any) -> str | None:
        v = _clean_text(v, "Icon keyword", 40, required=False)
        if v is not None and not _ICON.match(v.lower()):
            raise ValueError("Icon keyword: use a word or an icon name like 'coffee' or 'rocket-launch'.")
        return v.lower() if v else None

    @field_validator("layout")
    @classmethod
    def _layout(cls, v: Any) -> str | None:
        v = _clean_text(v, "Layout", 20, required=False)
        if v is not None and v not in LAYOUTS:
            raise ValueError(f"Layout {v!r} is not one of: {', '.join(LAYOUTS)}.")
        return v

    @field_validator("palette")
    @classmethod
    def _palette(cls, v: Any) -> dict[str, Any] | None:
        if v is None:
            return None
        if not (isinstance(v, dict) and isinstance(v.get("name"), str) and isinstance(v.get("colors"), list)
                and len(v["colors"]) == 4 and all(isinstance(c, str) and _HEX.match(c) for c in v["colors"])):
            raise ValueError('Palette must be {"name": …, "colors": [4 hex codes]}.')
        return {"name": _clean_text(v["name"], "Palette name", 40, True), "colors": list(v["colors"])}

    @field_validator("variants")
    @classmethod
    def _variants(cls, v: Any) -> int | None:
        if v is None or v == "":
            return None
        try:
            n = int(v)
        except (TypeError, ValueError):
            raise ValueError(f"Variants must be a whole number from 1 to {MAX_VARIANTS}.") from None
        if not 1 <= n <= MAX_VARIANTS:
            raise ValueError(f"Variants must be from 1 to {MAX_VARIANTS} (got {n}).")
        return n

    @field_validator("seed")
    @classmethod
    def _seed(cls, v: Any) -> int | None:
        if v is None or v == "":
            return None
        try:
            n = int(v)
        except (TypeError, ValueError):
            raise ValueError("Seed must be a whole number.") from None
        if not 0 <= n < 2**31:
            raise ValueError("Seed must be from 0 to 2147483647.")
        return n

    def prefs(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in PREF_KEYS if getattr(self, k) is not None}


def validate_brief(data: dict[str, Any]) -> BriefInput:
    """Check a brief; unknown preference keys are refused with the list of known ones."""
    flat = dict(data)
    prefs = flat.pop("preferences", None) or flat.pop("prefs", None) or {}
    if not isinstance(prefs, dict):
        raise InvalidBrief({"preferences": "Preferences must be a mapping of names to values."})
    errors: dict[str, str] = {}
    for key, value in prefs.items():
        if key not in PREF_KEYS:
            errors[key] = f"Unknown preference {key!r}; known ones are: {', '.join(PREF_KEYS)}."
        else:
            flat[key] = value
    try:
        parsed = BriefInput.model_validate(flat)
    except ValidationError as exc:
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else "brief"
            if err["type"] == "extra_forbidden":
                errors[key] = f"Unknown field {key!r}."
            else:
                errors.setdefault(key, str(err["msg"]).removeprefix("Value error, "))
        raise InvalidBrief(errors) from None
    if errors:
        raise InvalidBrief(errors)
    return parsed


# ---------------------------------------------------------------- views


@dataclass(frozen=True)
class VariantView:
    index: int
    palette: dict[str, Any]
    svg_key: str
    png_key: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class JobView:
    id: str
    business_type: str
    business_name: str | None
    slogan: str | None
    prefs: dict[str, Any]
    seed: int
    status: str
    progress: int
    total: int
    error: str | None
    created_at: datetime
    updated_at: datetime
    variants: list[VariantView] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.done.value, JobStatus.error.value)

    @property
    def title(self) -> str:
        return self.business_name or self.business_type.title()

    def brief(self) -> dict[str, Any]:
        return {"business_type": self.business_type, "business_name": self.business_name,
                "slogan": self.slogan, "preferences": dict(self.prefs)}


def _variant_view(v: LogoVariant) -> VariantView:
    return VariantView(v.index, dict(v.palette), v.svg_key, v.png_key, dict(v.meta or {}))


def _job_view(job: Job, variants: list[LogoVariant] | None) -> JobView:
    return JobView(
        id=str(job.id), business_type=job.business_type, business_name=job.business_name,
        slogan=job.slogan, prefs=dict(job.prefs or {}), seed=job.seed, status=job.status,
        progress=job.progress, total=job.variant_count, error=job.error_message,
        created_at=_aware(job.created_at), updated_at=_aware(job.updated_at),
        variants=[_variant_view(v) for v in (variants or [])],
    )


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def parse_job_id(job_id: str | uuid.UUID | None) -> uuid.UUID | None:
    if isinstance(job_id, uuid.UUID):
        return job_id
    try:
        return uuid.UUID(str(job_id).strip())
    except (ValueError, AttributeError, TypeError):
        return None


# ---------------------------------------------------------------- use cases


def _reads_database(fn):  # noqa: ANN001, ANN202 - keeps the wrapped signature for callers
    """A database that does not answer becomes ServiceUnavailable with a message, not a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        try:
            return fn(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise ServiceUnavailable(
                f"The database is not answering ({type(exc).__name__}). "
                "Check DATABASE_URL or try again in a moment.") from exc

    return wrapper


def _db_down(exc: Exception) -> ServiceUnavailable:
    return ServiceUnavailable(
        f"The database is not answering ({type(exc).__name__}); nothing was submitted. "
        "Check DATABASE_URL or try again in a moment.")


def submit(data: dict[str, Any], settings: Settings | None = None) -> str:
    """Validate, store the job (queued) and enqueue it. Returns the job id.

    Raises InvalidBrief (nothing stored) or ServiceUnavailable (nothing stored)."""
    settings = settings or get_settings()
    brief = validate_brief(data)
    queue = get_queue(settings)
    try:
        queue.ping()
    except QueueUnavailable as exc:
        raise ServiceUnavailable(
            f"The job queue is not answering ({exc}); nothing was submitted. "
            "Check that Redis is running (REDIS_URL) and try again.") from exc
    job_id = uuid.uuid4()
    try:
        with session_scope(settings) as session:
            session.add(Job(
                id=job_id, business_type=brief.business_type, business_name=brief.business_name,
                slogan=brief.slogan, prefs=brief.prefs(),
                seed=brief.seed if brief.seed is not None else random.SystemRandom().randrange(2**31),
                variant_count=brief.variants or settings.default_variants,
                status=JobStatus.queued.value, progress=0))
    except SQLAlchemyError as exc:
        raise _db_down(exc) from exc
    try:
        queue.enqueue(str(job_id))
    except QueueUnavailable as exc:
        _forget(job_id, settings)
        raise ServiceUnavailable(
            f"The job queue stopped answering ({exc}); nothing was submitted. Try again.") from exc
    return str(job_id)


def _forget(job_id: uuid.UUID, settings: Settings) -> None:
    try:
        with session_scope(settings) as session:
            job = session.get(Job, job_id)
            if job is not None:
                session.delete(job)
    except SQLAlchemyError:
        pass


@_reads_database
def get_job(job_id: str | uuid.UUID | None, settings: Settings | None = None) -> JobView | None:
    """The job with its variants, or None for an unknown or malformed id."""
    settings = settings or get_settings()
    jid = parse_job_id(job_id)
    if jid is None:
        return None
    with session_scope(settings) as session:
        job = session.get(Job, jid)
        if job is None:
            return None
        _expire_if_stale(job, settings)
        variants = list(session.scalars(
            select(LogoVariant).where(LogoVariant.job_id == jid).order_by(LogoVariant.index)))
        return _job_view(job, variants)


def _expire_if_stale(job: Job, settings: Settings) -> None:
    """A job `processing` with no progress for longer than the job timeout lost its worker."""
    if job.status != JobStatus.processing.value:
        return
    if utcnow() - _aware(job.updated_at) > timedelta(seconds=settings.job_timeout + 60):
        job.status = JobStatus.error.value
        job.error_message = (f"The worker stopped answering (no progress for over {settings.job_timeout} s). "
                             "Press Try again.")
        job.updated_at = utcnow()


@_reads_database
def list_jobs(page: int = 1, per_page: int = PAGE_SIZE,
              settings: Settings | None = None) -> tuple[list[JobView], int]:
    """Jobs newest first, one page at a time, with the first variant of each for a thumbnail."""
    settings = settings or get_settings()
    page = max(1, page)
    with session_scope(settings) as session:
        total = session.scalar(select(func.count()).select_from(Job)) or 0
        jobs = list(session.scalars(
            select(Job).order_by(Job.created_at.desc(), Job.id).offset((page - 1) * per_page).limit(per_page)))
        firsts = {v.job_id: v for v in session.scalars(
            select(LogoVariant).where(LogoVariant.job_id.in_([j.id for j in jobs]), LogoVariant.index == 0))}
        return [_job_view(j, [firsts[j.id]] if j.id in firsts else []) for j in jobs], total


def read_object(key: str, settings: Settings | None = None) -> bytes:
    return get_storage(settings or get_settings()).get(key)


def object_url(key: str, settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    return get_storage(settings).url(key, settings.url_expiry)


def variant_file(job_id: str, index: int, kind: str, settings: Settings | None = None) -> bytes:
    job = get_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    for v in job.variants:
        if v.index == index:
            return read_object(v.svg_key if kind == "svg" else v.png_key, settings)
    raise NoSuchJob(f"{job_id} has no variant {index}")


def result(job_id: str, settings: Settings | None = None) -> dict[str, Any]:
    """The seed's result JSON, with each variant's meta."""
    settings = settings or get_settings()
    job = get_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    return {
        "job_id": job.id,
        "status": job.status,
        "error": job.error,
        "progress": {"done": job.progress, "total": job.total},
        "variants": [
            {"index": v.index, "palette": v.palette,
             "svg": {"s3_key": v.svg_key, "url": object_url(v.svg_key, settings)},
             "png": {"s3_key": v.png_key, "url": object_url(v.png_key, settings)},
             "meta": v.meta}
            for v in job.variants
        ],
    }


def retry_job(job_id: str, settings: Settings | None = None) -> str:
    """Run a failed job again (same id, same brief and seed)."""
    settings = settings or get_settings()
    jid = parse_job_id(job_id)
    if jid is None:
        raise NoSuchJob(job_id)
    queue = get_queue(settings)
    try:
        queue.ping()
        with session_scope(settings) as session:
            job = session.get(Job, jid)
            if job is None:
                raise NoSuchJob(job_id)
            job.status, job.error_message, job.progress = JobStatus.queued.value, None, 0
        queue.enqueue(str(jid))
    except QueueUnavailable as exc:
        raise ServiceUnavailable(f"The job queue is not answering ({exc}). Try again in a moment.") from exc
    except SQLAlchemyError as exc:
        raise _db_down(exc) from exc
    return str(jid)


def new_variations(job_id: str, settings: Settings | None = None) -> str:
    """A new job with the same brief and a new seed."""
    job = get_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    brief = job.brief()
    brief["variants"] = job.total
    return submit(brief, settings)


def more_like_this(job_id: str, index: int, settings: Settings | None = None) -> str:
    """A new job that keeps this variant's layout, symbol and palette and varies the rest."""
    job = get_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    variant = next((v for v in job.variants if v.index == index), None)
    if variant is None:
        raise NoSuchJob(f"{job_id} has no variant {index}")
    brief = job.brief()
    prefs = brief["preferences"]
    prefs["layout"] = variant.meta.get("layout")
    prefs["palette"] = variant.palette
    if variant.meta.get("icon"):
        prefs["icon"] = variant.meta["icon"]
    brief["preferences"] = {k: v for k, v in prefs.items() if v is not None and k in PREF_KEYS}
    brief["variants"] = job.total
    return submit(brief, settings)


@_reads_database
def brand_kit(job_id: str, index: int, settings: Settings | None = None) -> bytes:
    """A zip of the files a business needs for one variant (made on request)."""
    from logostudio.brandkit import build_brand_kit
    from logostudio.design import design_variants
    from logostudio.tasks import brief_for

    settings = settings or get_settings()
    jid = parse_job_id(job_id)
    with session_scope(settings) as session:
        job = session.get(Job, jid) if jid else None
        if job is None:
            raise NoSuchJob(job_id)
        variant = session.scalar(select(LogoVariant).where(LogoVariant.job_id == jid, LogoVariant.index == index))
        if variant is None:
            raise NoSuchJob(f"{job_id} has no variant {index}")
        brief, seed, svg_key = brief_for(job), job.seed, variant.svg_key
        title = job.business_name or job.business_type.title()
    # The design is deterministic and variant i does not depend on how many follow it, so the
    # kit's extra sources (dark, transparent, symbol) come from designing variants 0..i again;
    # the stored SVG stays the reference.
    design = design_variants(brief, index + 1, seed)[index]
    stored_svg = read_object(svg_key, settings).decode()
    if design.svg != stored_svg:
        from logostudio.design import Design

        design = Design(svg=stored_svg, palette=design.palette, layout=design.layout, icon=design.icon,
                        font=design.font, checks=design.checks)
    return build_brand_kit(design, name=title)


# ---------------------------------------------------------------- health


@dataclass(frozen=True)
class DependencyHealth:
    name: str
    backend: str
    ok: bool
    latency_ms: float
    detail: str


@dataclass(frozen=True)
class Health:
    dependencies: list[DependencyHealth]
    queue_depth: int | None
    workers: int | None
    running: int | None
    failed_jobs: int | None
    jobs_by_status: dict[str, int]


def _probe(name: str, backend: str, fn: Any) -> DependencyHealth:
    start = time.perf_counter()
    try:
        detail = fn() or "answering"
        return DependencyHealth(name, backend, True, (time.perf_counter() - start) * 1000, detail)
    except Exception as exc:  # any failure is a state to show, not a crash
        return DependencyHealth(name, backend, False, (time.perf_counter() - start) * 1000,
                                f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")


def health(settings: Settings | None = None) -> Health:
    settings = settings or get_settings()
    from sqlalchemy import text

    from logostudio.db import current_revision, get_engine

    def db() -> str:
        with get_engine(settings).connect() as conn:
            conn.execute(text("SELECT 1"))
        return f"schema {current_revision(settings) or 'not migrated'}"

    queue = get_queue(settings)
    storage = get_storage(settings)
    deps = [
        _probe("Database", "PostgreSQL" if settings.is_postgres else "SQLite", db),
        _probe("Queue", "Redis + RQ" if queue.backend == "rq" else "in-process runner", queue.ping),
        _probe("Storage", f"S3 bucket {settings.s3_bucket}" if storage.name == "s3" else "local folder",
               storage.ping),
    ]
    depth = workers = running = failed = None
    if deps[1].ok:
        try:
            stats = queue.stats()
            depth, workers, running, failed = stats.depth, stats.workers, stats.running, stats.failed
        except Exception:
            pass
    by_status: dict[str, int] = {}
    if deps[0].ok:
        try:
            with session_scope(settings) as session:
                by_status = dict(session.execute(select(Job.status, func.count()).group_by(Job.status)).all())
        except SQLAlchemyError:
            pass
    return Health(deps, depth, workers, running, failed, by_status)


def ensure_schema(settings: Settings | None = None) -> None:
    """Embedded default: create the SQLite schema on first use. Production runs `migrate` itself."""
    from logostudio.db import migrate

    settings = settings or get_settings()
    if not settings.is_postgres:
        migrate(settings)


def recover_embedded_jobs(settings: Settings | None = None) -> int:
    """Embedded default: jobs left queued/processing by a previous app process are run again."""
    settings = settings or get_settings()
    queue = get_queue(settings)
    if queue.backend != "in-process":
        return 0
    with session_scope(settings) as session:
        ids = list(session.scalars(select(Job.id).where(
            Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]))))
    for jid in ids:
        queue.enqueue(str(jid))
    return len(ids)


__all__ = [
    "InvalidBrief", "ServiceUnavailable", "NoSuchJob", "JobView", "VariantView", "Health",
    "submit", "get_job", "list_jobs", "read_object", "object_url", "variant_file", "result",
    "retry_job", "new_variations", "more_like_this", "brand_kit", "health", "validate_brief",
    "ensure_schema", "recover_embedded_jobs", "StorageError", "STYLES", "THEMES", "LAYOUTS",
    "MAX_VARIANTS", "PAGE_SIZE",
]
