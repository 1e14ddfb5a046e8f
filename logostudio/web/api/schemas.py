"""What the API answers and takes, declared once: its OpenAPI schema, its answers, and the CLI's
``result`` (the same JSON) are made from these. Each answer is built from a studio view here."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from logostudio.briefs import MAX_SEED, MAX_VARIANTS
from logostudio.design.layouts import LAYOUTS
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.fields import BUSINESS_NAME, BUSINESS_TYPE, COLOR, ICON, SLOGAN
from logostudio.studio import JobFiles, JobView, Progress

Status = Literal["queued", "processing", "done", "error"]


class Problem(BaseModel):
    """Why a request was refused, in words a person can act on; ``errors`` maps each field of a
    refused brief to the same message the app's form shows next to it."""

    detail: str
    errors: dict[str, str] | None = None


class Accepted(BaseModel):
    job_id: str = Field(examples=["0b7f2c9e-4a51-4a5e-9d43-1c2f6a7b8e90"])
    status: Literal["queued"] = "queued"


class FileLink(BaseModel):
    s3_key: str
    url: str = Field(
        description="Fetchable as it is: presigned S3, or a /files/ link starting with the server's PUBLIC_URL; expires"
    )


class VariantResult(BaseModel):
    index: int
    palette: dict[str, Any]
    svg: FileLink
    png: FileLink
    meta: dict[str, Any]


class Counts(BaseModel):
    done: int
    total: int


class JobResult(BaseModel):
    job_id: str
    status: Status
    error: str | None
    progress: Counts
    variants: list[VariantResult]

    @classmethod
    def from_view(cls, found: JobFiles) -> JobResult:
        job, urls = found.job, found.urls
        return cls(
            job_id=job.id,
            status=job.status.value,
            error=job.error,
            progress=Counts(done=job.progress, total=job.total),
            variants=[
                VariantResult(
                    index=v.index,
                    palette=v.palette,
                    svg=FileLink(s3_key=v.svg_key, url=urls[v.svg_key]),
                    png=FileLink(s3_key=v.png_key, url=urls[v.png_key]),
                    meta=v.meta,
                )
                for v in job.variants
            ],
        )


class JobSummary(BaseModel):
    job_id: str
    status: Status
    business_type: str
    business_name: str | None
    slogan: str | None
    progress: Counts
    created_at: datetime

    @classmethod
    def from_view(cls, job: JobView) -> JobSummary:
        return cls(
            job_id=job.id,
            status=job.status.value,
            business_type=job.business_type,
            business_name=job.business_name,
            slogan=job.slogan,
            progress=Counts(done=job.progress, total=job.total),
            created_at=job.created_at,
        )


class ProgressEvent(BaseModel):
    """The `data` of each /progress event."""

    status: Status
    progress: int = Field(ge=0, le=100, description="Per cent done")
    done: int = Field(ge=0, description="Variants made")
    total: int = Field(ge=1, description="Variants asked for")
    error: str | None = Field(description="Why the job failed, when it did")

    @classmethod
    def from_view(cls, now: Progress) -> ProgressEvent:
        return cls(status=now.status.value, progress=now.percent, done=now.done, total=now.total, error=now.error)


class JobPage(BaseModel):
    jobs: list[JobSummary]
    page: int
    per_page: int
    total: int


# The request body as the seed's API took it; checked by parse_brief, not by FastAPI, so a refusal
# is the form's per-field messages.
_TEXT_OR_NULL = {"type": ["string", "null"]}
GENERATE_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["business_type"],
    "additionalProperties": False,
    "properties": {
        "business_type": {"type": "string", **BUSINESS_TYPE.schema(), "examples": ["coffee shop"]},
        "business_name": {**_TEXT_OR_NULL, **BUSINESS_NAME.schema(), "examples": ["Blue Bean"]},
        "slogan": {**_TEXT_OR_NULL, **SLOGAN.schema(), "examples": ["Brewed slowly"]},
        "preferences": {
            "type": ["object", "null"],
            "additionalProperties": False,
            "properties": {
                "style": {"enum": [*STYLE_NAMES, None]},
                "theme": {"enum": [*THEMES, None]},
                "color": {
                    **_TEXT_OR_NULL,
                    **COLOR.schema(),
                    "description": "A CSS colour name, a colour word like amber, or a hex code like #6F4E37",
                    "examples": ["teal"],
                },
                "icon": {**_TEXT_OR_NULL, **ICON.schema()},
                "layout": {"enum": [*LAYOUTS, None]},
            },
            "examples": [{"style": "playful", "theme": "light", "color": "#6F4E37"}],
        },
        "variants": {"type": ["integer", "null"], "minimum": 1, "maximum": MAX_VARIANTS, "examples": [6]},
        "seed": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_SEED},
        "icon": {
            **_TEXT_OR_NULL,
            **ICON.schema(),
            "description": "An icon keyword or name (coffee, rocket-launch) instead of the automatic match",
        },
    },
}
