"""Engine, sessions and migrations for PostgreSQL (psycopg 3) or the embedded SQLite file."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from logostudio.config import Settings, get_settings

if TYPE_CHECKING:  # alembic is imported only where migrations run, not in every work horse
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_MIGRATE_LOCK_ID = 7_265_501  # any constant: pg_advisory_lock key shared by every migrating process


_engines: dict[str, Engine] = {}  # one per database URL, for the life of the process
_engines_lock = threading.Lock()


def _engine_for(url: str) -> Engine:
    with _engines_lock:
        if url not in _engines:
            _engines[url] = _new_engine(url)
        return _engines[url]


def _new_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _private_file(Path(url.removeprefix("sqlite:///")))
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, connect_args={"connect_timeout": 5})


def _private_file(path: Path) -> None:
    """The embedded database holds e-mail addresses and key hashes: readable by its owner only
    (0600, like DATA_DIR/secret_key), made so before SQLite first opens it, and tightened when an
    older version left it open to all. SQLite gives its -wal and -shm files the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if part.stat().st_mode & 0o077:
                part.chmod(0o600)


def forget_engines() -> None:
    """In a process just forked: leave the engines it inherited (and their open connections) to
    the process that made them, and make its own from now on (SQLAlchemy's advice for os.fork)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose(close=False)
        _engines.clear()
    _session_factory.cache_clear()


def get_engine(settings: Settings | None = None) -> Engine:
    return _engine_for((settings or get_settings()).sqlalchemy_url)


@lru_cache(maxsize=8)
def _session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(_engine_for(url), expire_on_commit=False)


@contextlib.contextmanager
def session_scope(settings: Settings | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = _session_factory((settings or get_settings()).sqlalchemy_url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def migrate(settings: Settings | None = None) -> None:
    """Bring the schema to head. Safe when several processes run it at once:
    PostgreSQL serialises them with an advisory lock, SQLite with a file lock."""
    from alembic import command

    settings = settings or get_settings()
    engine = get_engine(settings)
    cfg = alembic_config()
    if settings.is_postgres:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATE_LOCK_ID})
            conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATE_LOCK_ID})
                conn.commit()
        return
    lock_path = Path(engine.url.database or "data/logostudio.db").with_suffix(".migrate.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            with engine.connect() as conn:
                # Batch migrations copy a table and drop the old one: with foreign keys on, that
                # drop would cascade to the rows that point at it.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def current_revision(settings: Settings | None = None) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with get_engine(settings).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(settings: Settings | None = None) -> None:
    """Embedded default: create or upgrade the SQLite schema on first use. Production runs
    `python -m logostudio migrate` itself (compose's one-shot `migrate` service)."""
    settings = settings or get_settings()
    if not settings.is_postgres:
        migrate(settings)
