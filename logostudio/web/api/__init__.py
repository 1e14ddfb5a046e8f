"""The REST API: the application in :mod:`~logostudio.web.api.app`, who is calling in
:mod:`~logostudio.web.api.deps`, the routes in :mod:`~logostudio.web.api.routes` and what they
answer in :mod:`~logostudio.web.api.schemas`."""

from __future__ import annotations

from logostudio.web.api.app import api
from logostudio.web.api.schemas import GENERATE_BODY

__all__ = ["GENERATE_BODY", "api"]
