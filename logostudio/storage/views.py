"""What the repository hands out: frozen views of rows, never ORM objects, so no caller holds a
session; and the rules read off them (whose a thing is, a set's title, the brief its logos show).

:class:`Owner` lives here, below the studio, so the repository's SQL filter and the studio's
:class:`~logostudio.studio.identity.Caller` share the one rule of ownership.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from logostudio.storage.models import JobStatus

if TYPE_CHECKING:  # the design engine behind briefs is loaded where a job is read, not by the reconciler
    from logostudio.briefs import LogoBrief


class Owner(NamedTuple):
    """Whose a job, key or shortlist entry is: a signed-in person's (``user_id``), else an anonymous
    browser's (``anon_id``, until that browser signs in). ``Owner()`` is nobody: the operator's
    things, which no caller owns."""

    user_id: uuid.UUID | None = None
    anon_id: uuid.UUID | None = None

    @classmethod
    def of(cls, user_id: uuid.UUID | None, anon_id: uuid.UUID | None) -> Owner:
        """The owner of what (user_id, anon_id) makes or holds: the person when signed in, else the browser."""
        return cls(user_id, None) if user_id is not None else cls(None, anon_id)

    @property
    def nobody(self) -> bool:
        return self.user_id is None and self.anon_id is None

    def owns(self, user_id: uuid.UUID | str | None, anon_id: uuid.UUID | str | None) -> bool:
        """Whether a thing stored with (user_id, anon_id) is this owner's: the same person's, or a
        browser's that no account has claimed. The repository's ``owned_by`` is this rule in SQL."""
        if self.user_id is not None:
            return user_id is not None and str(user_id) == str(self.user_id)
        if self.anon_id is None or user_id is not None or anon_id is None:
            return False
        return str(anon_id) == str(self.anon_id)


NOBODY = Owner()  # the operator's things, which no caller owns


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
    info: SetInfoView | None = None  # attached by the studio (set_infos); None where nobody asked

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.done, JobStatus.error)

    @property
    def owner(self) -> Owner:
        return Owner.of(self.user_id, self.anon_id)

    @property
    def title(self) -> str:
        """The set's name: the one its owner gave it, else the name its brief goes by."""
        return (self.info and self.info.name) or self.brief.display_name

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
        return Owner.of(self.user_id, self.anon_id)


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


__all__ = ["NOBODY", "JobView", "KeyView", "Owner", "SetInfoView", "UnfinishedJob", "VariantView"]
