"""Brand kits and mock-ups: made the first time they are asked for, counted against the caller's
limits then (see quota.take_build), and kept, so a set's link cannot have them rebuilt without end.
A stored variant's are kept with the set's files; an unsaved edit's a while in this process."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from logostudio.artwork import mockups
from logostudio.artwork.mockups import Mockup, list_mockups
from logostudio.config import Settings, get_settings
from logostudio.design import Design
from logostudio.errors import LimitReached, ServiceUnavailable, StorageError
from logostudio.pipeline import variants
from logostudio.storage.objects import get_storage, kit_key, mockup_key
from logostudio.storage.repository import JobView
from logostudio.studio import quota
from logostudio.studio.identity import Caller
from logostudio.studio.lookup import existing_job, variant_of

log = logging.getLogger(__name__)


def variant_design(job: JobView | str, index: int, settings: Settings | None = None) -> Design:
    """A stored variant as a Design, re-created from its recipe (for its kit, mock-ups and the
    editor); the stored SVG stays the reference. The design is deterministic, so the extra
    sources (dark, transparent, symbol) come from designing the variant again."""
    settings = settings or get_settings()
    job = job if isinstance(job, JobView) else existing_job(job, settings)
    variant_of(job, index)
    return variants.variant_design(job, index, settings)


def build_refusal(caller: Caller, settings: Settings | None = None) -> LimitReached | None:
    """Why a brand kit or mock-up not made yet would be refused for ``caller`` now (None when it
    would not): a page says so beside its downloads, whose bytes are made only when pressed."""
    return quota.build_refusal(caller, settings or get_settings())


# ---------------------------------------------------------------- a stored variant's, kept with its set


def brand_kit(job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None) -> bytes:
    """A zip of the files a business needs for one variant, in a folder named after the set and
    the variant (cafe-joy-03-brand-kit). Made the first time it is asked for (about a second of
    rendering), counted against that caller's limits, and kept with the set's files: anyone with
    the set's link gets the kept one after that.

    Raises NoSuchJob, LimitReached (a kit not made yet, and the caller has had as many made as a
    minute allows) or ServiceUnavailable (storage does not answer)."""
    from logostudio.artwork import brandkit

    settings = settings or get_settings()
    job = existing_job(job_id, settings)
    variant_of(job, index)
    key = kit_key(job.id, index, _made_for(brandkit.REVISION, job.title))
    return _kept_or_made(
        key,
        lambda: brandkit.build_brand_kit(variant_design(job, index, settings), name=job.title, index=index),
        settings,
        caller,
    )


def mockup_list() -> list[Mockup]:
    """Every mock-up (see it in use), in the order to show them."""
    return list_mockups()


def variant_mockups(
    job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None
) -> list[tuple[Mockup, str]]:
    """Every mock-up of a stored variant, each with its SVG preview, in the order to show them.
    Made the first time they are asked for (counted once against that caller's limits) and kept
    with the set's files, like :func:`brand_kit`."""
    settings = settings or get_settings()
    job = existing_job(job_id, settings)
    variant_of(job, index)
    made_for = _made_for(mockups.REVISION, job.title)
    items = [(m, mockup_key(job.id, index, made_for, m.id, "svg")) for m in list_mockups()]
    kept = _kept([key for _, key in items], settings)
    missing = [(m, key) for m, key in items if key not in kept]
    if missing:
        _count_build(caller, settings)
        try:
            design = variant_design(job, index, settings)
        except StorageError as exc:
            raise _storage_down(exc) from exc
        brand = mockups.brand_of(design, job.title)
        storage = get_storage(settings)
        for m, key in missing:
            kept[key] = mockups.mockup_svg(design, job.title, m.id, brand).encode()
            try:
                storage.put(key, kept[key])
            except StorageError as exc:
                log.warning("could not keep %s: %s", key, exc)
    return [(m, kept[key].decode()) for m, key in items]


def variant_mockup_png(
    job_id: str, index: int, mockup_id: str, settings: Settings | None = None, caller: Caller | None = None
) -> bytes:
    """One mock-up of a stored variant as a PNG at its native size: made the first time it is
    asked for (counted against that caller's limits) and kept, like :func:`brand_kit`."""
    settings = settings or get_settings()
    mockup = _mockup(mockup_id)
    job = existing_job(job_id, settings)
    variant_of(job, index)
    key = mockup_key(job.id, index, _made_for(mockups.REVISION, job.title), mockup.id, "png")
    return _kept_or_made(
        key, lambda: mockups.render_mockup(variant_design(job, index, settings), job.title, mockup.id), settings, caller
    )


def _mockup(mockup_id: str) -> Mockup:
    found = next((m for m in list_mockups() if m.id == mockup_id), None)
    if found is None:
        raise KeyError(f"no mock-up {mockup_id!r}")
    return found


def _made_for(revision: int, title: str) -> str:
    """What kept bytes depend on besides the variant: the code's revision and the set's title."""
    return hashlib.sha256(f"{revision}\n{title}".encode()).hexdigest()[:12]


def _count_build(caller: Caller | None, settings: Settings) -> None:
    """A brand kit or mock-ups made (not kept yet) are counted like the caller's sets (see
    quota.take_build); the operator has no limits."""
    if caller is not None:
        quota.take_build(caller, settings)


def _storage_down(exc: StorageError) -> ServiceUnavailable:
    return ServiceUnavailable(f"Storage is not answering ({exc}). Try again in a moment.")


def _kept_or_made(key: str, make: Callable[[], bytes], settings: Settings, caller: Caller | None) -> bytes:
    """The object kept under ``key``; else made (counted for ``caller``) and kept. Keeping is best
    effort: bytes made are returned even when storage does not take them."""
    storage = get_storage(settings)
    try:
        return storage.get(key)
    except KeyError:
        pass
    except StorageError as exc:
        raise _storage_down(exc) from exc
    _count_build(caller, settings)
    try:
        data = make()
    except StorageError as exc:
        raise _storage_down(exc) from exc
    try:
        storage.put(key, data)
    except StorageError as exc:
        log.warning("could not keep %s: %s", key, exc)
    return data


def _kept(keys: list[str], settings: Settings) -> dict[str, bytes]:
    """The objects kept under ``keys`` (missing ones left out), read side by side: a dialog's
    sixteen previews cost one round trip to S3, not sixteen."""
    storage = get_storage(settings)

    def read(key: str) -> tuple[str, bytes | None]:
        try:
            return key, storage.get(key)
        except KeyError:
            return key, None

    try:
        with ThreadPoolExecutor(max_workers=min(8, max(1, len(keys)))) as pool:
            return {key: data for key, data in pool.map(read, keys) if data is not None}
    except StorageError as exc:
        raise _storage_down(exc) from exc


# ---------------------------------------------------------------- an unsaved edit's, kept in this process


class _Recent:
    """What was made lately for designs that are not stored (the editor's unsaved edits), up to
    ``max_bytes`` in this process; the least recently used goes first."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key][0]

    def put(self, key: str, value: Any, size: int) -> None:
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            self._items[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes and len(self._items) > 1:
                self._bytes -= self._items.popitem(last=False)[1][1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


# About 70 dialogs' previews, or 100 mock-up PNGs, of designs no one has saved.
_RECENT = _Recent(16 * 1024 * 1024)


def _design_key(design: Design, name: str) -> str:
    """A digest of everything a mock-up is drawn from: the design's sources, colours, type, name."""
    parts = [
        mockups.REVISION,
        name,
        design.svg,
        design.transparent_svg,
        design.dark_svg,
        design.symbol_svg,
        design.palette,
        design.font,
        design.layout,
        design.icon,
        design.extra,
    ]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def mockup_previews(
    design: Design, name: str, caller: Caller | None = None, settings: Settings | None = None
) -> list[tuple[Mockup, str]]:
    """Every mock-up of a design that is not stored (an edit in the editor), each with its SVG
    preview: made once (counted against the caller's limits, like a stored variant's) and kept a
    while in this process, keyed by the design itself."""
    key = f"previews:{_design_key(design, name)}"
    found = _RECENT.get(key)
    if found is None:
        _count_build(caller, settings or get_settings())
        brand = mockups.brand_of(design, name)
        found = [(m, mockups.mockup_svg(design, name, m.id, brand)) for m in list_mockups()]
        _RECENT.put(key, found, sum(len(svg) for _, svg in found))
    return list(found)


def mockup_png(
    design: Design, name: str, mockup_id: str, caller: Caller | None = None, settings: Settings | None = None
) -> bytes:
    """A mock-up of a design that is not stored as a PNG at its native size, to download: made
    once (counted) and kept a while in this process, like :func:`mockup_previews`."""
    mockup = _mockup(mockup_id)
    key = f"png:{mockup.id}:{_design_key(design, name)}"
    found = _RECENT.get(key)
    if found is None:
        _count_build(caller, settings or get_settings())
        found = mockups.render_mockup(design, name, mockup.id)
        _RECENT.put(key, found, len(found))
    return bytes(found)
