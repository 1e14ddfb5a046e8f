"""Identity: the signed anonymous cookie, the kept secret, API keys stored as hashes, file links."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

from logostudio.config import Settings
from logostudio.studio import identity
from logostudio.studio.identity import Caller
from tests.services import REPO


def test_a_cookie_carries_its_id_and_nothing_else_passes(tmp_path: Path) -> None:
    settings = Settings(DATA_DIR=str(tmp_path))
    anon_id, value = identity.new_anonymous_cookie(settings)
    assert identity.read_anonymous_cookie(value, settings) == anon_id
    forged = identity.URLSafeSerializer("not the secret", salt="logostudio.anonymous-id").dumps(uuid.uuid4().hex)
    for bad in (None, "", "garbage", value[:-2] + "xx", forged, value.replace(".", "a", 1)):
        assert identity.read_anonymous_cookie(bad, settings) is None
    # Another server with the same SECRET_KEY reads it; one with another key does not.
    keyed = Settings(DATA_DIR=str(tmp_path / "a"), SECRET_KEY="s" * 32)
    _, signed = identity.new_anonymous_cookie(keyed)
    assert identity.read_anonymous_cookie(signed, Settings(DATA_DIR=str(tmp_path / "b"), SECRET_KEY="s" * 32))
    assert identity.read_anonymous_cookie(signed, Settings(DATA_DIR=str(tmp_path / "b"), SECRET_KEY="t" * 32)) is None


def test_the_embedded_secret_is_made_once_and_kept_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # Several processes at once agree on one secret.
    code = (
        "from logostudio.studio import identity; from logostudio.config import Settings; "
        "print(identity.secret_key(Settings()))"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=REPO,
            env={**os.environ, "DATA_DIR": str(data)},
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    secrets = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert len(secrets) == 1 and len(secrets.pop()) >= 40
    assert stat.S_IMODE((data / "secret_key").stat().st_mode) == 0o600
    assert identity.secret_key(Settings(DATA_DIR=str(data), SECRET_KEY="x" * 20)) == "x" * 20


def test_api_keys_are_random_and_stored_as_hashes() -> None:
    keys = {identity.new_api_key() for _ in range(100)}
    assert len(keys) == 100 and all(k.startswith("ls_") and len(k) == 46 for k in keys)
    key = keys.pop()
    assert identity.hash_api_key(key) == identity.hash_api_key(f" {key}\n") != key
    assert len(identity.hash_api_key(key)) == 64 and identity.key_prefix(key) == key[:10]


def test_file_links_name_one_object(tmp_path: Path) -> None:
    settings = Settings(DATA_DIR=str(tmp_path))
    token = identity.sign_file_link("jobs/a/v00_x.png", settings)
    assert identity.file_link_allows(token, "jobs/a/v00_x.png", settings)
    assert not identity.file_link_allows(token, "jobs/b/v00_x.png", settings)
    assert not identity.file_link_allows(token + "x", "jobs/a/v00_x.png", settings)


def test_who_owns_what() -> None:
    me, other, user = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    browser = Caller(anon_id=me)
    assert browser.owns(None, me) and not browser.owns(None, other) and not browser.owns(user, me)
    assert browser.owner() == (None, me) and browser.anonymous
    person = Caller(user_id=user, anon_id=me)
    assert person.owns(user, None) and person.owns(user, other) and not person.owns(None, None)
    assert person.owner() == (user, None) and not person.anonymous
    # A key a browser made is as anonymous as the browser (its address is counted); a person's is not.
    assert Caller(anon_id=me, key_id=uuid.uuid4()).anonymous
    assert not Caller(user_id=user, key_id=uuid.uuid4()).anonymous
    assert not Caller().owns(None, None)
