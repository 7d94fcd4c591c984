"""Creating accounts; passwords are hashed with Werkzeug's scrypt."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Role, User
from claims.services.audit import record_event

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{2,80}$")
MIN_PASSWORD_LENGTH = 8
DEMO_USERNAME = "demo"


def create_user(username: str, role: str, password: str) -> User:
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
    record_event("create", "user", user.id, after={"username": username, "role": role})
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
