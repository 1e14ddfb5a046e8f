"""The schema: migrations bring any database to head and keep what is stored."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from logostudio.config import Settings
from logostudio.storage.db import alembic_config, current_revision, get_engine, migrate
from logostudio.storage.models import utcnow

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
# The tables as revision 0002 left them (only the columns these rows fill).
JOBS = sa.table(
    "jobs",
    *(
        sa.column(n, t)
        for n, t in (
            ("id", sa.Uuid()),
            ("business_type", sa.String()),
            ("prefs", sa.JSON()),
            ("seed", sa.Integer()),
            ("variant_count", sa.Integer()),
            ("status", sa.String()),
            ("progress", sa.Integer()),
            ("result_svg_key", sa.String()),
            ("created_at", sa.DateTime(timezone=True)),
            ("updated_at", sa.DateTime(timezone=True)),
        )
    ),
)
VARIANTS = sa.table(
    "logo_variants",
    *(
        sa.column(n, t)
        for n, t in (
            ("id", sa.Uuid()),
            ("job_id", sa.Uuid()),
            ("index", sa.Integer()),
            ("palette", sa.JSON()),
            ("svg_key", sa.String()),
            ("png_key", sa.String()),
            ("meta", sa.JSON()),
            ("created_at", sa.DateTime(timezone=True)),
        )
    ),
)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path) -> Settings:
    if request.param == "sqlite":
        return Settings(DATA_DIR=str(tmp_path))
    url: str = request.getfixturevalue("postgres_url")
    name = f"migrate_{uuid.uuid4().hex[:8]}"
    with get_engine(Settings(DATABASE_URL=url)).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    return Settings(DATABASE_URL=url.rsplit("/", 1)[0] + "/" + name)


def test_upgrading_a_database_with_rows_keeps_every_row(empty_database: Settings) -> None:
    settings = empty_database
    cfg = alembic_config()
    with get_engine(settings).connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.commit()
    job_id, now = uuid.uuid4(), utcnow()
    with get_engine(settings).begin() as conn:
        conn.execute(
            JOBS.insert().values(
                id=job_id,
                business_type="bakery",
                prefs={},
                seed=1,
                variant_count=1,
                status="done",
                progress=1,
                result_svg_key="k",
                created_at=now,
                updated_at=now,
            )
        )
        conn.execute(
            VARIANTS.insert().values(
                id=uuid.uuid4(),
                job_id=job_id,
                index=0,
                palette={},
                svg_key="a.svg",
                png_key="a.png",
                meta={},
                created_at=now,
            )
        )
    migrate(settings)
    assert current_revision(settings) == HEAD
    with get_engine(settings).connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM jobs")).scalar() == 1
        # SQLite rebuilds a table to drop a column; the variants that point at it must survive.
        assert conn.execute(sa.text("SELECT count(*) FROM logo_variants")).scalar() == 1
        assert "result_svg_key" not in {c["name"] for c in sa.inspect(conn).get_columns("jobs")}
        # 0005: owners (jobs.anon_id) and api_keys; existing sets belong to nobody.
        assert {"user_id", "anon_id"} <= {c["name"] for c in sa.inspect(conn).get_columns("jobs")}
        assert conn.execute(sa.text("SELECT count(*) FROM jobs WHERE anon_id IS NULL")).scalar() == 1
        assert "api_keys" in sa.inspect(conn).get_table_names()


def test_owners_and_keys_migration_goes_down_and_up_again(empty_database: Settings) -> None:
    settings = empty_database
    migrate(settings)
    cfg = alembic_config()
    with get_engine(settings).connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005-1")
        conn.commit()
        assert "api_keys" not in sa.inspect(conn).get_table_names()
        assert "anon_id" not in {c["name"] for c in sa.inspect(conn).get_columns("jobs")}
    migrate(settings)
    assert current_revision(settings) == HEAD


def test_studio_migration_goes_down_and_up_again(empty_database: Settings) -> None:
    settings = empty_database
    migrate(settings)
    with get_engine(settings).connect() as conn:
        assert {"set_info", "shortlist"} <= set(sa.inspect(conn).get_table_names())
    cfg = alembic_config()
    with get_engine(settings).connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        conn.commit()
        assert not {"set_info", "shortlist"} & set(sa.inspect(conn).get_table_names())
    migrate(settings)
    assert current_revision(settings) == HEAD == "0006"


def test_the_embedded_database_is_readable_by_its_owner_only(tmp_path) -> None:
    """It holds e-mail addresses and API key hashes: 0600 from its first byte, like secret_key,
    with its write-ahead log; a file an older version left 0644 is tightened on the next start."""
    import os

    settings = Settings(DATA_DIR=str(tmp_path / "new"))
    os.umask(0o022)
    migrate(settings)
    with get_engine(settings).begin() as conn:
        conn.execute(sa.text("SELECT count(*) FROM jobs"))
        files = sorted(p.name for p in (tmp_path / "new").iterdir() if p.name.startswith("logostudio.db"))
        assert "logostudio.db" in files and "logostudio.db-wal" in files
        for name in files:
            assert (tmp_path / "new" / name).stat().st_mode & 0o777 == 0o600, name

    old = tmp_path / "old"
    old.mkdir()
    (old / "logostudio.db").touch(mode=0o644)
    (old / "logostudio.db").chmod(0o644)
    migrate(Settings(DATA_DIR=str(old)))
    assert (old / "logostudio.db").stat().st_mode & 0o777 == 0o600
