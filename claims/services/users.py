"""Creating accounts; passwords are hashed with Werkzeug's scrypt."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from pathlib import Path

from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import ApiToken, Role, User
from claims.services.audit import record_event

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{2,80}$")
MIN_PASSWORD_LENGTH = 8
DEMO_USERNAME = "demo"


def create_user(username: str, role: str, password: str, actor: User | None = None) -> User:
    """Add a user with a hashed password; raises ValidationError for a bad name, role or password."""
    if not USERNAME_RE.match(username):
        raise ValidationError("username", "use 2-80 letters, digits, '.', '_' or '-'")
    if role not in set(Role):
        raise ValidationError("role", f"unknown role {role!r} (choose {', '.join(Role)})")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"must be at least {MIN_PASSWORD_LENGTH} characters")
    if db.session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError("username", f"user {username!r} already exists")
    user = User(username=username, role=role, password_hash=generate_password_hash(password))
    db.session.add(user)
    db.session.flush()
    record_event("create", "user", user.id, user=actor, after={"username": username, "role": role})
    return user


def verify_password(user: User, password: str) -> bool:
    """True when `password` matches the stored hash."""
    return check_password_hash(user.password_hash, password)


def ensure_demo_user(instance_path: str) -> tuple[str, str]:
    """Create (once) the demo reviewer; its password is kept in the instance folder. Returns the login."""
    secret_file = Path(instance_path) / "demo-login.txt"
    password = secret_file.read_text().strip() if secret_file.exists() else secrets.token_urlsafe(9)
    user = db.session.scalar(select(User).where(User.username == DEMO_USERNAME))
    if user is None:
        create_user(DEMO_USERNAME, Role.REVIEWER.value, password)
    elif not verify_password(user, password):
        user.password_hash = generate_password_hash(password)
    secret_file.write_text(password + "\n")
    secret_file.chmod(0o600)
    return DEMO_USERNAME, password


# After this many consecutive failures, each further attempt must wait 2**(n - FREE_ATTEMPTS) seconds.
FREE_ATTEMPTS = 3
MAX_LOGIN_DELAY = 300
# Checked against when the username is unknown, so both paths cost one hash check.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


class LoginThrottled(Exception):
    """Too many recent failures for this account: try again after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed attempts; try again in {retry_after} s")
        self.retry_after = retry_after


def login_delay(failures: int) -> int:
    """Seconds an account must wait after `failures` consecutive failed logins."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_LOGIN_DELAY)


def authenticate(username: str, password: str, now: dt.datetime | None = None) -> User | None:
    """The active user with these credentials, else None; raises LoginThrottled while an account waits."""
    now = now or dt.datetime.now(dt.UTC)
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if user.last_failed_login is not None:
        last = user.last_failed_login
        last = last if last.tzinfo else last.replace(tzinfo=dt.UTC)  # SQLite drops the zone
        wait = login_delay(user.failed_logins) - int((now - last).total_seconds())
        if wait > 0:
            raise LoginThrottled(wait)
    if not verify_password(user, password) or not user.active:
        user.failed_logins += 1
        user.last_failed_login = now
        return None
    user.failed_logins = 0
    user.last_failed_login = None
    return user


def update_user(user: User, *, actor: User, role: str | None = None, active: bool | None = None) -> User:
    """Change a user's role or active flag; an admin cannot demote or deactivate themself."""
    if role is not None and role not in set(Role):
        raise ValidationError("role", f"unknown role {role!r} (choose {', '.join(Role)})")
    if user.id == actor.id and ((role is not None and role != Role.ADMIN) or active is False):
        raise ValidationError("user", "you cannot demote or deactivate your own account")
    before = {"role": user.role, "active": user.active}
    if role is not None:
        user.role = role
    if active is not None:
        user.active = active
    after = {"role": user.role, "active": user.active}
    if after != before:
        db.session.flush()
        record_event("update", "user", user.id, user=actor, before=before, after=after)
    return user


def _token_digest(token: str) -> str:
    """What is stored of an API token: its SHA-256 (tokens are random, so a plain hash is enough)."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_api_token(user: User, label: str | None = None) -> tuple[ApiToken, str]:
    """A new API token for the user; returns the row and the token, which is shown this once."""
    if not user.active:
        raise ValidationError("user", f"{user.username} is deactivated")
    token = "clm_" + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=_token_digest(token), label=(label or "").strip() or None)
    db.session.add(row)
    db.session.flush()
    record_event("create", "api_token", row.id, user=user, after={"label": row.label})
    return row, token


def user_for_token(token: str) -> User | None:
    """The active user an API token belongs to, else None; notes when the token was last used."""
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_digest(token)))
    if row is None:
        return None
    user = db.session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    row.last_used_at = dt.datetime.now(dt.UTC)
    return user
