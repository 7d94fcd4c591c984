"""Links between claims of different articles that state the same fact."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from claims.extensions import db
from claims.models._columns import utcnow


class LinkRelation(StrEnum):
    """Same fact, or the same fact with a differing value, date or source."""

    SAME = "same"
    CONFLICT = "conflict"


class LinkStatus(StrEnum):
    """Suggested by the matcher, or decided by a person."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class ClaimLink(db.Model):
    """An unordered pair of claims (claim_a_id < claim_b_id) with relation, field and score."""

    __table_args__ = (
        UniqueConstraint("claim_a_id", "claim_b_id"),
        CheckConstraint("claim_a_id < claim_b_id", name="ordered_pair"),
        Index("ix_claim_link_b", "claim_b_id"),
        Index("ix_claim_link_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_a_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    claim_b_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(10), default=LinkRelation.SAME.value)
    field: Mapped[str | None] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(10), default=LinkStatus.SUGGESTED.value)
    origin: Mapped[str] = mapped_column(String(10), default="matcher")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
