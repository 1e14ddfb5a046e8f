"""Settings: one object from the environment; blanks mean unset; URLs normalised for psycopg 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from logostudio.config import Settings, normalise_database_url


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u@h/db",
        "postgres://u@h/db",
        "postgresql+asyncpg://u@h/db",
        "postgresql+psycopg2://u@h/db",
        "postgresql+psycopg://u@h/db",
    ],
)
def test_every_postgres_url_is_driven_by_psycopg3(url: str) -> None:
    assert normalise_database_url(url) == "postgresql+psycopg://u@h/db"
    assert Settings(DATABASE_URL=url).is_postgres


def test_nothing_set_is_the_embedded_default(tmp_path: Path) -> None:
    s = Settings(DATA_DIR=str(tmp_path), DATABASE_URL="", REDIS_URL="  ", S3_ENDPOINT_URL="")
    assert s.database_url is None and s.redis_url is None and s.s3_endpoint_url is None
    assert s.sqlalchemy_url == f"sqlite:///{(tmp_path / 'logostudio.db').resolve()}"
    assert not s.is_postgres and not s.uses_s3 and s.objects_dir == tmp_path / "objects"


def test_the_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://example:6379/1")
    monkeypatch.setenv("LOGO_VARIANTS", "9")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    s = Settings()
    assert s.redis_url == "redis://example:6379/1" and s.default_variants == 9 and s.uses_s3


def test_out_of_range_values_are_refused() -> None:
    with pytest.raises(ValueError):
        Settings(LOGO_VARIANTS=25)
    with pytest.raises(ValueError):
        Settings(PNG_SIZE=10)


def test_who_may_frame_the_app_must_be_one_header_value() -> None:
    """FRAME_ANCESTORS goes into a header of every answer: a line break or a second directive in
    it is refused at start-up with a message, not sent to every browser."""
    assert Settings(FRAME_ANCESTORS="'self'  https://intranet.example.com").frame_ancestors == (
        "'self' https://intranet.example.com"
    )
    for bad in ("'self'\r\nSet-Cookie: x=1", "'self'; script-src *", "", "'self',https://a.example"):
        with pytest.raises(ValueError, match="FRAME_ANCESTORS"):
            Settings(FRAME_ANCESTORS=bad)


def test_links_start_at_public_url_or_at_the_port_this_server_listens_on() -> None:
    """A server run on another port (`streamlit run app.py --server.port 8600`) hands out links that
    reach it without PUBLIC_URL being set too."""
    from streamlit import config as streamlit_config

    assert Settings(PUBLIC_URL="https://logos.example.com/").public_base == "https://logos.example.com"
    before = streamlit_config.get_option("server.port")
    streamlit_config.set_option("server.port", 8600)
    try:
        assert Settings(PUBLIC_URL="").public_base == "http://localhost:8600"
    finally:
        streamlit_config.set_option("server.port", before)
