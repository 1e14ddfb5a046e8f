"""The seed's tables (`jobs`, `logo_variants`, `users`, seed column names kept), `api_keys`,
`set_info` and `shortlist`.

A job belongs to a signed-in person (`user_id`) or, until that browser signs in, to an anonymous
browser (`anon_id`, the id in its signed cookie); an API key belongs to one of the two likewise.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from logostudio.fields import BUSINESS_NAME, BUSINESS_TYPE, KEY_NAME, SET_NAME, SLOGAN
from logostudio.timestamps import utcnow

# jsonb on PostgreSQL (so `palette->>'name'` works as the seed's monitoring query expects),
# plain JSON elsewhere.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class JobStatus(enum.StrEnum):
    queued = "queued"
    processing = "processing"
    done = "done"
    error = "error"


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id", ondelete="SET NULL"), index=True)
    anon_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    # Text columns are as wide as their fields allow (logostudio/fields.py); a wider field needs a migration.
    business_type: Mapped[str] = mapped_column(String(BUSINESS_TYPE.max_length))
    business_name: Mapped[str | None] = mapped_column(String(BUSINESS_NAME.max_length))
    slogan: Mapped[str | None] = mapped_column(String(SLOGAN.max_length))
    prefs: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    variant_count: Mapped[int] = mapped_column(Integer, default=6)
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.queued.value, index=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    # The outbox and the lease (migration 0004): when the job was last handed to the queue (None:
    # not yet, the reconciler will), which run holds it and until when, and how many runs began.
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_token: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    variants: Mapped[list[LogoVariant]] = relationship(
        back_populates="job", order_by="LogoVariant.index", cascade="all, delete-orphan"
    )


class LogoVariant(Base):
    __tablename__ = "logo_variants"
    __table_args__ = (UniqueConstraint("job_id", "index", name="uq_logo_variants_job_index"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    job_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    palette: Mapped[dict[str, Any]] = mapped_column(JSONType)
    svg_key: Mapped[str] = mapped_column(String(512))
    png_key: Mapped[str] = mapped_column(String(512))
    meta: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    job: Mapped[Job] = relationship(back_populates="variants")


class ApiKey(Base):
    """A program's key: only its SHA-256 is stored; `prefix` (its first characters) names it in lists."""

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    anon_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(KEY_NAME.max_length))
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SetInfo(Base):
    """What the studio knows of a set beyond its brief (migration 0006): the name its owner gave it,
    and where it came from — More like this, New variations or the editor (its edits, and the
    variant they were laid over, so the worker re-creates the edited logo byte for byte)."""

    __tablename__ = "set_info"

    job_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(SET_NAME.max_length))
    origin: Mapped[str | None] = mapped_column(String(16))  # "more" | "variations" | "edit"
    source_job_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jobs.id", ondelete="SET NULL"), index=True
    )
    source_index: Mapped[int | None] = mapped_column(Integer)
    source_title: Mapped[str | None] = mapped_column(String(SET_NAME.max_length))
    edits: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    base_index: Mapped[int | None] = mapped_column(Integer)
    nudge: Mapped[int] = mapped_column(Integer, default=0)


class ShortlistEntry(Base):
    """A logo someone put on their shortlist (the heart on a card): one row per owner and variant."""

    __tablename__ = "shortlist"
    __table_args__ = (
        UniqueConstraint("user_id", "job_id", "variant_index", name="uq_shortlist_user_variant"),
        UniqueConstraint("anon_id", "job_id", "variant_index", name="uq_shortlist_anon_variant"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    anon_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    job_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    variant_index: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
