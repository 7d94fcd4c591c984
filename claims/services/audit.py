"""Writing the audit trail."""

from __future__ import annotations

from typing import Any

from claims.extensions import db
from claims.models import AuditEvent, User


def record_event(
    action: str,
    entity_type: str,
    entity_id: int,
    *,
    user: User | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit entry to the session (flushed with the change it records)."""
    event = AuditEvent(
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        user_id=user.id if user else None,
        before=before,
        after=after,
    )
    db.session.add(event)
    return event
