"""Storage: the local folder and S3 (an S3 HTTP endpoint) behave alike; keys follow the seed."""

from __future__ import annotations

import urllib.request
import uuid

import pytest

from logostudio.config import Settings
from logostudio.errors import StorageError
from logostudio.storage.objects import LocalStorage, S3Storage, get_storage, variant_key
from tests.services import free_port


@pytest.fixture(params=["local", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path) -> LocalStorage | S3Storage:
    if request.param == "local":
        return LocalStorage(tmp_path / "objects")
    url: str = request.getfixturevalue("s3_url")
    return S3Storage(
        Settings(
            S3_ENDPOINT_URL=url,
            AWS_ACCESS_KEY_ID="testing",
            AWS_SECRET_ACCESS_KEY="testing",
            S3_BUCKET=f"storage-test-{uuid.uuid4().hex[:8]}",
        )
    )


def test_put_get_list_and_url(storage) -> None:
    storage.put("jobs/a/v00_x.svg", b"<svg/>", "image/svg+xml")
    storage.put("jobs/a/v01_x.png", b"\x89PNG")
    storage.put("jobs/b/v00_x.svg", b"other")
    assert storage.get("jobs/a/v00_x.svg") == b"<svg/>"
    assert storage.list("jobs/a/") == ["jobs/a/v00_x.svg", "jobs/a/v01_x.png"]
    storage.put("jobs/a/v00_x.svg", b"<svg>new</svg>")  # overwrite: the same key, new bytes
    assert storage.get("jobs/a/v00_x.svg") == b"<svg>new</svg>"
    with pytest.raises(KeyError):
        storage.get("jobs/a/missing.svg")
    assert urllib.request.urlopen(storage.url("jobs/b/v00_x.svg", 60), timeout=10).read() == b"other"
    storage.ping()


def test_local_keys_stay_inside_the_folder(tmp_path) -> None:
    local = LocalStorage(tmp_path / "objects")
    with pytest.raises(StorageError):
        local.put("../escape.txt", b"x")
    assert not (tmp_path / "escape.txt").exists()


def test_s3_that_does_not_answer_is_a_storage_error() -> None:
    dead = S3Storage(
        Settings(S3_ENDPOINT_URL=f"http://127.0.0.1:{free_port()}", AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="x")
    )
    with pytest.raises(StorageError):
        dead.put("k", b"x")
    with pytest.raises(StorageError):
        dead.ping()


def test_settings_choose_the_backend(tmp_path) -> None:
    assert get_storage(Settings(DATA_DIR=str(tmp_path))).name == "local"
    assert (
        get_storage(
            Settings(S3_ENDPOINT_URL="http://127.0.0.1:1", AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="x")
        ).name
        == "s3"
    )
    assert (
        get_storage(
            Settings(S3_ENDPOINT_URL="http://127.0.0.1:1", STORAGE_BACKEND="local", DATA_DIR=str(tmp_path))
        ).name
        == "local"
    )


def test_variant_keys_follow_the_seed() -> None:
    job = uuid.UUID(int=5)
    assert variant_key(job, 3, "Signature", "svg") == f"jobs/{job}/v03_signature.svg"
    assert variant_key(job, 12, "my palette!", "png") == f"jobs/{job}/v12_my-palette.png"
    assert variant_key(job, 0, "", "png") == f"jobs/{job}/v00_palette.png"
