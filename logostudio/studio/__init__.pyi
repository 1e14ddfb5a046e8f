"""The names :mod:`logostudio.studio` exports and where each comes from (read by ``logostudio.exports``)."""

from logostudio.briefs import LogoBrief, parse_brief
from logostudio.design import Design
from logostudio.errors import (
    InvalidBrief,
    InvalidInput,
    LimitReached,
    LogoStudioError,
    NoSuchJob,
    NoSuchKey,
    NotYours,
    ServiceUnavailable,
)
from logostudio.pipeline.health import Health
from logostudio.pipeline.health import check as health
from logostudio.pipeline.variants import Recipe
from logostudio.storage.db import ensure_schema
from logostudio.storage.models import JobStatus
from logostudio.storage.repository import JobView, KeyView, SetInfoView, VariantView
from logostudio.studio.builds import (
    brand_kit,
    build_refusal,
    mockup_list,
    mockup_png,
    mockup_previews,
    variant_design,
    variant_mockup_png,
    variant_mockups,
)
from logostudio.studio.errors import database_down
from logostudio.studio.files import linked_object, object_url, read_object
from logostudio.studio.identity import Caller
from logostudio.studio.jobs import (
    QUEUE_DOWN,
    JobFiles,
    Progress,
    Submission,
    get_job,
    list_jobs,
    more_like_this,
    new_variations,
    progress,
    recover_jobs,
    result,
    retry_job,
    status_line,
    submit,
    submit_job,
)
from logostudio.studio.lookup import may_change
from logostudio.studio.people import (
    authenticate,
    create_api_key,
    list_api_keys,
    operator_caller,
    revoke_api_key,
    sign_in,
)
from logostudio.studio.sets import (
    delete_set,
    edit_recipe,
    preview_edit,
    rename_set,
    save_edit,
    search_symbols,
    set_shortlisted,
    shortlist,
    shortlisted,
)

__all__ = [
    "QUEUE_DOWN",
    "Caller",
    "Design",
    "Health",
    "InvalidBrief",
    "InvalidInput",
    "JobFiles",
    "JobStatus",
    "JobView",
    "KeyView",
    "LimitReached",
    "LogoBrief",
    "LogoStudioError",
    "NoSuchJob",
    "NoSuchKey",
    "NotYours",
    "Progress",
    "Recipe",
    "ServiceUnavailable",
    "SetInfoView",
    "Submission",
    "VariantView",
    "authenticate",
    "brand_kit",
    "build_refusal",
    "create_api_key",
    "database_down",
    "delete_set",
    "edit_recipe",
    "ensure_schema",
    "get_job",
    "health",
    "linked_object",
    "list_api_keys",
    "list_jobs",
    "may_change",
    "mockup_list",
    "mockup_png",
    "mockup_previews",
    "more_like_this",
    "new_variations",
    "object_url",
    "operator_caller",
    "parse_brief",
    "preview_edit",
    "progress",
    "read_object",
    "recover_jobs",
    "rename_set",
    "result",
    "retry_job",
    "revoke_api_key",
    "save_edit",
    "search_symbols",
    "set_shortlisted",
    "shortlist",
    "shortlisted",
    "sign_in",
    "status_line",
    "submit",
    "submit_job",
    "variant_design",
    "variant_mockup_png",
    "variant_mockups",
]
