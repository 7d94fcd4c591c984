"""Who may see and do what: login for every page, roles enforced per view."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, abort, request
from flask_login import current_user

from claims.extensions import db, login_manager
from claims.models import Role, User

# Endpoints reachable without logging in.
PUBLIC_ENDPOINTS = {"auth.login", "static"}


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The logged-in user, if the account still exists."""
    return db.session.get(User, int(user_id))


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
