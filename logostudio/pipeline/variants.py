"""What a set's variants are made from: its brief and seed, the logos its owner already has from
that business (never repeated), or, for a set saved from the editor, a person's edits laid over
the variant they were made on.

:func:`designs_for` is what the worker designs for a job; :func:`variant_design` re-creates one
stored variant (for its brand kit, its mock-ups and the editor), byte for byte: each variant's
meta records its ``nudge``, and an edited set's `set_info` its edits and the variant under them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from logostudio.config import Settings, get_settings
from logostudio.design import Brief, Design, Overrides, design_variant, iter_variants, look
from logostudio.pipeline import retry
from logostudio.storage import repository
from logostudio.storage.objects import get_storage
from logostudio.storage.views import JobView, SetInfoView


@dataclass(frozen=True)
class Recipe:
    """Everything that re-creates one logo: ``design_variant(brief, seed, index, edits, nudge)``."""

    brief: Brief
    seed: int
    index: int
    nudge: int = 0
    edits: dict[str, Any] | None = None

    def design(self, more: Overrides | None = None) -> Design:
        """The logo; with ``more``, those changes laid over its own edits."""
        edits = {**(self.edits or {}), **(more.as_dict() if more else {})}
        overrides = Overrides.from_dict(edits) if edits else None
        return design_variant(self.brief, self.seed, self.index, overrides, self.nudge)


def _info(job: JobView, settings: Settings) -> SetInfoView | None:
    return job.info if job.info is not None else repository.set_infos(settings, [job.id]).get(job.id)


def looks_to_avoid(job: JobView, settings: Settings) -> frozenset[str]:
    """The looks of every logo the job's owner already has from the same business (earlier sets)."""
    if job.owner.nobody:
        return frozenset()
    earlier = repository.earlier_variants(
        settings,
        job.owner,
        job.brief.business_type,
        job.brief.business_name,
        job.created_at,
        uuid.UUID(str(job.id)),
    )
    return frozenset(look(meta, palette) for meta, palette in earlier)


def designs_for(job: JobView, settings: Settings | None = None) -> Iterator[Design]:
    """The variants the worker makes for ``job``, in order: an edited set's one logo, or the
    brief's variants, none like a logo its owner already has from that business."""
    settings = settings or get_settings()
    info = retry.POLICY.call("reading where the set came from", lambda: _info(job, settings))
    if info is not None and info.origin == "edit":
        yield recipe_of(job, 0, info).design()
        return
    # A database that does not answer here is a passing fault like any other write of the job's.
    avoid = retry.POLICY.call("reading the logos its owner has", lambda: looks_to_avoid(job, settings))
    yield from iter_variants(job.brief.design_brief(), job.total, job.seed, avoid=avoid)


def recipe_of(job: JobView, index: int, info: SetInfoView | None = None, meta: dict[str, Any] | None = None) -> Recipe:
    """How variant ``index`` of ``job`` was made (``meta``: its stored meta, for its nudge)."""
    brief = job.brief.design_brief()
    if info is not None and info.origin == "edit":
        return Recipe(brief, job.seed, info.base_index or 0, info.nudge, dict(info.edits or {}))
    return Recipe(brief, job.seed, index, int((meta or {}).get("nudge") or 0))


def variant_design(job: JobView, index: int, settings: Settings | None = None) -> Design:
    """Stored variant ``index`` of ``job`` as a :class:`Design` (with its transparent, dark and
    symbol sources). The stored SVG stays the reference: a variant an earlier engine drew keeps it."""
    settings = settings or get_settings()
    variant = next((v for v in job.variants if v.index == index), None)
    if variant is None:
        raise KeyError(index)
    design = recipe_of(job, index, _info(job, settings), variant.meta).design()
    stored = get_storage(settings).get(variant.svg_key).decode()
    if design.svg != stored:
        design = Design(
            svg=stored,
            palette=design.palette,
            layout=design.layout,
            icon=design.icon,
            font=design.font,
            checks=design.checks,
            extra=design.extra,
        )
    return design


__all__ = ["Recipe", "designs_for", "looks_to_avoid", "recipe_of", "variant_design"]
