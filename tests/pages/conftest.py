"""What the page tests share: visitors get no error details (.streamlit/config.toml), but a failing
test here shows them all; and a finished set to open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit import config

from logostudio import studio
from logostudio.storage.db import ensure_schema
from tests.helpers import GOLDEN, wait_for_job


@pytest.fixture(autouse=True)
def _error_details() -> Iterator[None]:
    before = config.get_option("client.showErrorDetails")
    config.set_option("client.showErrorDetails", "full")
    yield
    config.set_option("client.showErrorDetails", before)


@pytest.fixture(scope="module")
def job_id() -> str:
    """A finished set of three logos in the embedded default (tests/conftest.py's DATA_DIR)."""
    ensure_schema()
    return wait_for_job(studio.submit(GOLDEN)).id
