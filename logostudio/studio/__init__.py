"""Use cases: the only thing the app, the API and the CLI call, as ``studio.submit(...)`` and so on.

Jobs are submitted and read in :mod:`~logostudio.studio.jobs`; a person's sets are edited,
shortlisted, named and deleted in :mod:`~logostudio.studio.sets`; brand kits and mock-ups are made
and kept in :mod:`~logostudio.studio.builds`; people and their API keys are in
:mod:`~logostudio.studio.people`; stored files and their signed links in
:mod:`~logostudio.studio.files`. Briefs are checked in :mod:`~logostudio.briefs` and limits
counted in :mod:`~logostudio.studio.quota`.

Who asks is a :class:`~logostudio.studio.identity.Caller`: the app passes the browser's (or the
signed-in person's), the API its key's. ``caller=None`` is the operator at a terminal (the CLI,
tests): no limits, no ownership, every job.
"""

from logostudio.exports import lazy_exports

# Each name is imported when first used; the names and their modules are in __init__.pyi.
__getattr__, __dir__, __all__ = lazy_exports(__name__, __file__)
