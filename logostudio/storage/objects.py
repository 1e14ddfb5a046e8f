"""Where logo files live: S3 (boto3) in production, a local folder in the embedded default."""

from __future__ import annotations

import mimetypes
import os
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from botocore.exceptions import BotoCoreError, ClientError

from logostudio.config import Settings, get_settings
from logostudio.errors import StorageError
from logostudio.filenames import slugify


class Storage(Protocol):
    name: str

    def put(self, key: str, data: bytes, content_type: str | None = None) -> None: ...
    def get(self, key: str) -> bytes: ...
    def url(self, key: str, expires: int = 3600) -> str: ...
    def list(self, prefix: str) -> list[str]: ...
    def ping(self) -> None: ...
    def delete(self, keys: Sequence[str]) -> None: ...


def variant_key(job_id: object, index: int, palette_name: str, ext: str) -> str:
    """The seed's object key of one variant's file: jobs/{job_id}/v{index:02d}_{palette}.{ext}."""
    return f"jobs/{job_id}/v{index:02d}_{slugify(palette_name, fallback='palette')}.{ext}"


def kit_key(job_id: object, index: int, tag: str) -> str:
    """Where a variant's brand kit is kept once made: jobs/{job_id}/kit/v{index:02d}-{tag}.zip.
    ``tag`` names what else the bytes depend on (the set's title, the kit's revision), so a renamed
    set gets a kit with its new name; everything under jobs/{job_id}/ goes with the set."""
    return f"jobs/{job_id}/kit/v{index:02d}-{tag}.zip"


def mockup_key(job_id: object, index: int, tag: str, mockup_id: str, ext: str) -> str:
    """Where a variant's mock-up (its preview .svg or its .png) is kept once made:
    jobs/{job_id}/mockups/v{index:02d}-{tag}/{mockup_id}.{ext} (``tag`` as for :func:`kit_key`)."""
    return f"jobs/{job_id}/mockups/v{index:02d}-{tag}/{slugify(mockup_id, fallback='mockup')}.{ext}"


def _content_type(key: str) -> str:
    return mimetypes.guess_type(key)[0] or "application/octet-stream"


class LocalStorage:
    """Objects as files under a folder; keys map to relative paths."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root):
            raise StorageError(f"Refusing a key outside the storage folder: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str | None = None) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as exc:
            raise KeyError(key) from exc

    def url(self, key: str, expires: int = 3600) -> str:
        return self._path(key).as_uri()

    def list(self, prefix: str) -> list[str]:
        base = self._path(prefix) if prefix else self.root
        folder = base if base.is_dir() else base.parent
        if not folder.exists():
            return []
        keys = (p.relative_to(self.root).as_posix() for p in folder.rglob("*") if p.is_file())
        return sorted(k for k in keys if k.startswith(prefix) and not Path(k).name.startswith(".part-"))

    def ping(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if not os.access(self.root, os.W_OK):
            raise StorageError(f"Storage folder {self.root} is not writable")

    def delete(self, keys: Sequence[str]) -> None:
        """Remove these objects (missing ones are fine), and the folders they leave empty (a set's
        kept kits and mock-ups sit in folders of their own under its folder)."""
        for key in keys:
            path = self._path(key)
            path.unlink(missing_ok=True)
            folder = path.parent
            while folder != self.root and folder.is_relative_to(self.root):
                try:
                    folder.rmdir()
                except OSError:  # not empty, or already gone
                    break
                folder = folder.parent


class S3Storage:
    """Private objects in one bucket; browsers get presigned GET URLs."""

    name = "s3"

    def __init__(self, settings: Settings) -> None:
        # boto3 is imported here, not with the module: processes that never store a file (the
        # reconciler beside the workers) do without its weight.
        import boto3
        from botocore.client import Config as BotoConfig

        self.bucket = settings.s3_bucket
        common: dict[str, Any] = {
            "region_name": settings.aws_region,
            "aws_access_key_id": settings.aws_access_key_id,
            "aws_secret_access_key": settings.aws_secret_access_key,
            "config": BotoConfig(
                signature_version="s3v4",
                connect_timeout=5,
                read_timeout=30,
                retries={"max_attempts": 3, "mode": "standard"},
                s3={"addressing_style": "path"},
            ),
        }
        self.client = boto3.client("s3", endpoint_url=settings.s3_endpoint_url, **common)
        # Presigned URLs are signed for the host the browser will use.
        public = settings.s3_public_base or settings.s3_endpoint_url
        self.public_client = (
            boto3.client("s3", endpoint_url=public, **common) if public != settings.s3_endpoint_url else self.client
        )
        self._bucket_ready = False

    def _ensure_bucket(self) -> None:
        if self._bucket_ready:
            return
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code not in ("404", "NoSuchBucket", "NotFound"):
                raise StorageError(f"Cannot reach bucket {self.bucket!r}: {exc}") from exc
            try:
                self.client.create_bucket(Bucket=self.bucket)
            except ClientError as create_exc:
                if create_exc.response.get("Error", {}).get("Code") not in (
                    "BucketAlreadyOwnedByYou",
                    "BucketAlreadyExists",
                ):
                    raise StorageError(f"Cannot create bucket {self.bucket!r}: {create_exc}") from create_exc
        except BotoCoreError as exc:
            raise StorageError(f"S3 storage is not answering: {exc}") from exc
        self._bucket_ready = True

    def put(self, key: str, data: bytes, content_type: str | None = None) -> None:
        self._ensure_bucket()
        try:
            self.client.put_object(
                Bucket=self.bucket, Key=key, Body=data, ContentType=content_type or _content_type(key)
            )
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"Could not upload {key}: {exc}") from exc

    def get(self, key: str) -> bytes:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise KeyError(key) from exc
            raise StorageError(f"Could not download {key}: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"Could not download {key}: {exc}") from exc

    def url(self, key: str, expires: int = 3600) -> str:
        return self.public_client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )

    def list(self, prefix: str) -> list[str]:
        keys: list[str] = []
        try:
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix):
                keys.extend(obj["Key"] for obj in page.get("Contents", []))
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(str(exc)) from exc
        return sorted(keys)

    def ping(self) -> None:
        self._bucket_ready = False
        self._ensure_bucket()

    def delete(self, keys: Sequence[str]) -> None:
        """Remove these objects (missing ones are fine), up to 1000 a request."""
        try:
            for start in range(0, len(keys), 1000):
                chunk = [{"Key": k} for k in keys[start : start + 1000]]
                self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": chunk, "Quiet": True})
        except (BotoCoreError, ClientError) as exc:
            raise StorageError(f"Could not delete objects: {exc}") from exc


@lru_cache(maxsize=8)
def _storage_for(settings: Settings) -> Storage:
    if settings.uses_s3:
        return S3Storage(settings)
    return LocalStorage(settings.objects_dir)


def get_storage(settings: Settings | None = None) -> Storage:
    return _storage_for(settings or get_settings())
