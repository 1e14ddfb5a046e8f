"""Signing in: a person's account is found by the e-mail address their provider vouches for."""

from __future__ import annotations

from typing import Any

import pytest

from logostudio.web.ui.session import verified_email


@pytest.mark.parametrize(
    ("claims", "email"),
    [
        ({"email": "Ann@Example.com", "email_verified": True}, "ann@example.com"),
        ({"email": "ann@example.com", "email_verified": "true"}, "ann@example.com"),
        # Not vouched for: anyone could have typed it at the provider, and would get Ann's sets and keys.
        ({"email": "ann@example.com", "email_verified": False}, None),
        ({"email": "ann@example.com", "email_verified": "false"}, None),
        ({"email": "ann@example.com"}, None),
        ({"sub": "ann@example.com"}, None),  # a subject is the provider's id, not an address
        ({"email": "", "email_verified": True}, None),
    ],
)
def test_an_account_follows_only_an_address_the_provider_verified(claims: dict[str, Any], email: str | None) -> None:
    assert verified_email(claims) == email
