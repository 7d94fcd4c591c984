"""Who may see and do what: login for every page, roles enforced per view."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Request, abort, request
from flask_login import current_user

from claims.extensions import db, login_manager
from claims.models import Role, User
from claims.services.users import user_for_token

# Endpoints reachable without logging in.
PUBLIC_ENDPOINTS = {"auth.login", "static", "api.openapi"}


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The logged-in user, if the account still exists."""
    return db.session.get(User, int(user_id))


@login_manager.request_loader
def load_user_from_token(req: Request) -> User | None:
    """API clients authenticate with `Authorization: Bearer <token>` instead of a session."""
    header = req.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    user = user_for_token(token.strip())
    if user is not None:
        db.session.commit()  # keep last_used_at
    return user


def require_role(*roles: Role) -> Callable:
    """Decorator: the view answers 403 unless the user has one of `roles` (admins always pass)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(*roles):
                abort(403, description="your role does not allow this")
            return view(*args, **kwargs)

        return wrapped

    return decorator


def register(app: Flask) -> None:
    """Require a login for every endpoint but the public ones."""

    @app.before_request
    def require_login():
        if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
            return None
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return None
