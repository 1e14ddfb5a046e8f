"""The one place that reads the environment (and `.env`).

With nothing set, everything points at the embedded default: SQLite and a local
folder under ``./data/`` and an in-process runner. Setting ``DATABASE_URL``,
``REDIS_URL`` and the S3 variables switches each part to its production peer.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def normalise_database_url(url: str) -> str:
    """Drive every PostgreSQL URL with psycopg 3, whatever driver the URL names."""
    for prefix in (
        "postgresql+asyncpg://",
        "postgresql+psycopg2://",
        "postgresql+psycopg://",
        "postgresql://",
        "postgres://",
    ):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True)

    # Where the embedded default keeps its SQLite file and objects.
    data_dir: Path = Field(default=Path("data"), alias="DATA_DIR")

    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
    queue_name: str = Field(default="logo.requests", alias="LOGO_QUEUE")

    s3_endpoint_url: str | None = Field(default=None, alias="S3_ENDPOINT_URL")
    aws_region: str = Field(default="us-east-1", alias="AWS_REGION")
    aws_access_key_id: str | None = Field(default=None, alias="AWS_ACCESS_KEY_ID")
    aws_secret_access_key: str | None = Field(default=None, alias="AWS_SECRET_ACCESS_KEY")
    s3_bucket: str = Field(default="ai-logo-studio", alias="S3_BUCKET")
    s3_public_base: str | None = Field(default=None, alias="S3_PUBLIC_BASE")
    # "auto" picks S3 when an endpoint or AWS credentials are configured.
    storage_backend: str = Field(default="auto", alias="STORAGE_BACKEND")

    default_variants: int = Field(default=6, alias="LOGO_VARIANTS", ge=1, le=24)
    job_timeout: int = Field(default=600, alias="JOB_TIMEOUT", ge=10)
    png_size: int = Field(default=1024, alias="PNG_SIZE", ge=64, le=4096)
    url_expiry: int = Field(default=3600, alias="URL_EXPIRY", ge=60)
    # A running job's lease: renewed every third of it; a job whose lease ran out lost its worker
    # and the reconciler runs it again.
    job_lease: int = Field(default=10, alias="JOB_LEASE", ge=3, le=600)
    # Seconds between two passes of the reconciler.
    reconcile_interval: float = Field(default=2.0, alias="RECONCILE_INTERVAL", gt=0, le=300)
    # Worker processes `python worker.py` starts (0: one per CPU core).
    worker_processes: int = Field(default=1, alias="WORKER_PROCESSES", ge=0, le=256)
    # A worker process runs every job in itself; after this many it is replaced by a fresh one, so
    # whatever the engine's caches gather stays bounded (0: never).
    worker_max_jobs: int = Field(default=1000, alias="WORKER_MAX_JOBS", ge=0)
    # PNGs one process renders at once (0: the cores it may use; `python worker.py` gives each of
    # its processes cores ÷ processes).
    render_threads: int = Field(default=0, alias="RENDER_THREADS", ge=0, le=64)

    # Signs the anonymous identity cookie and the embedded default's file links. Unset: a random
    # key is made once and kept in DATA_DIR/secret_key (set it when several app servers share a
    # database, so a browser's cookie holds on each of them).
    secret_key: str | None = Field(default=None, alias="SECRET_KEY", min_length=16)
    # Where people and programs reach this server: the embedded default's file links (the API's
    # and the CLI's result JSON) start with it, never with a request's Host header. Unset: this
    # machine at the port the server listens on (see `public_base`).
    public_url: str | None = Field(default=None, alias="PUBLIC_URL")

    # Requests: the most bytes a request body may carry on any route (refused with 413 while it
    # streams in), and who may say who the client is. A reverse proxy on one of these addresses has
    # its X-Forwarded-For / X-Forwarded-Proto believed (comma-separated addresses or networks, "*"
    # for any; IPv4-mapped IPv6 addresses count as their IPv4 address).
    max_request_bytes: int = Field(default=65_536, alias="MAX_REQUEST_BYTES", ge=1024, le=64 * 1024 * 1024)
    forwarded_allow_ips: str = Field(default="127.0.0.1,::1", alias="FORWARDED_ALLOW_IPS")
    # Who may show the app in a frame: a CSP frame-ancestors value ("'self'", "'none'", or origins
    # such as "https://intranet.example.com").
    frame_ancestors: str = Field(default="'self'", alias="FRAME_ANCESTORS")

    # Fair limits per identity (a browser, a signed-in person, an API key and its owner), and per
    # client address for anonymous browsers; 0 turns a limit off. Counted in Redis when REDIS_URL
    # is set (every app server shares one count), in this process's memory otherwise.
    jobs_per_minute: int = Field(default=10, alias="JOBS_PER_MINUTE", ge=0)
    variants_per_hour: int = Field(default=300, alias="VARIANTS_PER_HOUR", ge=0)
    address_jobs_per_minute: int = Field(default=30, alias="ADDRESS_JOBS_PER_MINUTE", ge=0)
    address_variants_per_hour: int = Field(default=900, alias="ADDRESS_VARIANTS_PER_HOUR", ge=0)
    # API keys a browser or person may make in an hour (and an address, for browsers not signed in).
    keys_per_hour: int = Field(default=10, alias="KEYS_PER_HOUR", ge=0)
    address_keys_per_hour: int = Field(default=30, alias="ADDRESS_KEYS_PER_HOUR", ge=0)

    @field_validator(
        "database_url",
        "redis_url",
        "s3_endpoint_url",
        "s3_public_base",
        "aws_access_key_id",
        "aws_secret_access_key",
        "secret_key",
        "public_url",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("frame_ancestors")
    @classmethod
    def _one_header_value(cls, value: str) -> str:
        """It goes into a header of every answer: sources separated by spaces, nothing else."""
        if not value.strip() or any(ch in value for ch in ";,\r\n") or not value.isprintable():
            raise ValueError(
                "FRAME_ANCESTORS takes CSP sources separated by spaces, e.g. 'self' or "
                "'self' https://intranet.example.com (no commas, semicolons or line breaks)"
            )
        return " ".join(value.split())

    @property
    def public_base(self) -> str:
        """PUBLIC_URL without its trailing slash; unset, http://localhost and the port this process
        serves on (Streamlit's ``server.port`` inside the server, its default 8501 elsewhere)."""
        if self.public_url:
            return self.public_url.rstrip("/")
        port = 8501
        streamlit_config = sys.modules.get("streamlit.config")  # loaded in the server, not in the CLI
        if streamlit_config is not None:
            port = int(streamlit_config.get_option("server.port"))
        return f"http://localhost:{port}"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{(self.data_dir / 'logostudio.db').resolve()}"

    @property
    def is_postgres(self) -> bool:
        return self.sqlalchemy_url.startswith("postgresql")

    @property
    def uses_s3(self) -> bool:
        if self.storage_backend in ("s3", "local"):
            return self.storage_backend == "s3"
        return bool(self.s3_endpoint_url or self.aws_access_key_id)

    @property
    def objects_dir(self) -> Path:
        return self.data_dir / "objects"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
