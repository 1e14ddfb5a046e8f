"""Who is calling: every route but /health wants ``Authorization: Bearer <key>``, and what a key
makes belongs to its owner and counts against the key's and the owner's limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from logostudio import studio
from logostudio.config import get_settings
from logostudio.errors import Unauthorized
from logostudio.studio.identity import Caller

bearer = HTTPBearer(auto_error=False, description="An API key: make one on the app's API keys page")


def caller(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise Unauthorized(
            "Send an API key as 'Authorization: Bearer <key>'. Make one on the app's API keys page, "
            "or with: python -m logostudio keys create --email EMAIL"
        )
    found = studio.authenticate(
        credentials.credentials, get_settings(), request.client.host if request.client else None
    )
    if found is None:
        raise Unauthorized("This API key is unknown or was revoked. Make a new one on the app's API keys page.")
    return found


Authorized = Annotated[Caller, Depends(caller)]
