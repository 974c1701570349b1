"""The operator's bearer token, required by the endpoints that run the pipeline or write."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# declared through FastAPI's security scheme so /openapi.json says these endpoints need it
bearer = HTTPBearer(auto_error=False, description="the token given to eventwire serve --token")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]


def require_token(request: Request, credentials: Credentials) -> None:
    """Refuse unless the request carries ``Authorization: Bearer <the server's token>``."""
    token = request.app.state.token
    if not token:
        raise HTTPException(
            403,
            "this endpoint is disabled: the server was started without a token "
            "(eventwire serve --token T, or set EVENTWIRE_TOKEN)",
        )
    given = credentials.credentials.strip() if credentials else ""
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401,
            "missing or wrong token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
