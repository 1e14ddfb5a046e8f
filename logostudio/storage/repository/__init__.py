"""The one place that reads and writes the tables (`jobs`, `logo_variants`, `users`, `api_keys`,
`set_info`, `shortlist`): one module per area, all of it reachable as ``repository.<name>``.

The studio and the pipeline both come here; nothing else writes SQL. Reads return the frozen
views of :mod:`logostudio.storage.views`, never ORM objects, so no caller holds a session. Every
query that keeps to one owner's rows does so through :func:`~._common.owned_by`.
"""

from __future__ import annotations

from logostudio.errors import LeaseLost
from logostudio.storage.repository._common import parse_job_id
from logostudio.storage.repository.jobs import (
    claim_job,
    count_by_status,
    count_waiting_for_queue,
    create_job,
    finish_job,
    get_job,
    list_jobs,
    mark_error,
    mark_error_unless_running,
    not_enqueued,
    note_retry,
    queue_again,
    renew_lease,
    save_variant,
)
from logostudio.storage.repository.keys import (
    active_api_key_by_hash,
    api_key,
    api_keys,
    create_api_key,
    note_api_key_used,
    revoke_api_key,
)
from logostudio.storage.repository.people import claim_anonymous, user_for_email
from logostudio.storage.repository.sets import delete_set, earlier_variants, find_sets, rename_set, set_infos
from logostudio.storage.repository.shortlist import (
    claim_shortlist,
    shortlist,
    shortlist_add,
    shortlist_remove,
    shortlisted_indexes,
)
from logostudio.storage.repository.unfinished import give_up, record_enqueued, take_for_enqueue, unfinished_jobs
from logostudio.storage.views import JobView, KeyView, Owner, SetInfoView, UnfinishedJob, VariantView

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
    "find_sets",
    "finish_job",
    "get_job",
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
