"""Command line: `flask claims ...` and `flask users ...` (thin: parse, call a service, commit, print)."""

from __future__ import annotations

from claims.cli.claims import claims_group
from claims.cli.users import users_group

__all__ = ["claims_group", "users_group"]
