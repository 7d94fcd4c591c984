"""Accounts and roles."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from claims.extensions import db
from claims.models._columns import utcnow


class Role(StrEnum):
    """What a user may do: admin (users), lead (stories, adjudication), reviewer (annotate), viewer (read)."""

    ADMIN = "admin"
    LEAD = "lead"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


class User(UserMixin, db.Model):
    """A person using the workbench; the password is stored hashed only."""

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default=Role.REVIEWER.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Consecutive failed logins and when the last one happened: repeated failures are slowed down.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_login: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def is_active(self) -> bool:  # Flask-Login: deactivated accounts cannot log in
        """Whether the account may log in."""
        return self.active

    def has_role(self, *roles: Role | str) -> bool:
        """True when the user's role is one of `roles` (admin passes every check)."""
        return self.role == Role.ADMIN or self.role in {str(r) for r in roles}


class ApiToken(db.Model):
    """A token for the read-only JSON API; only its SHA-256 is stored (the token itself is shown once)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
