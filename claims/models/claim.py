"""Claims and what reviewers say about them: annotations and evidence."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models._columns import utcnow

if TYPE_CHECKING:
    from claims.models.article import Article
    from claims.models.user import User


class ClaimStatus(StrEnum):
    """Workflow status, separate from the verdict."""

    NEW = "new"
    IN_REVIEW = "in_review"
    NEEDS_ADJUDICATION = "needs_adjudication"
    VERIFIED = "verified"
    REJECTED = "rejected"


class Verdict(StrEnum):
    """Whether a claim holds up."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    MISLEADING = "misleading"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    NOT_CHECKABLE = "not_checkable"


class ClaimOrigin(StrEnum):
    """Who made the claim: the extraction engine or a person."""

    AUTO = "auto"
    MANUAL = "manual"


class EvidenceKind(StrEnum):
    """What an evidence item is."""

    PRIMARY_DOCUMENT = "primary_document"
    OFFICIAL_STATEMENT = "official_statement"
    OTHER_OUTLET = "other_outlet"
    DATASET = "dataset"
    LINKED_CLAIM = "linked_claim"


class Claim(db.Model):
    """One checkable statement with its span in the article body, suggestions and final values."""

    __table_args__ = (
        Index("ix_claim_article_start", "article_id", "start"),
        Index("ix_claim_status", "status"),
        Index("ix_claim_cluster", "cluster_id"),
        Index("ix_claim_final_source_type", "final_source_type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text, default="")
    sentence_index: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(10), default=ClaimOrigin.AUTO.value)
    kind: Mapped[str] = mapped_column(String(20), default="event")
    # The engine's suggestions.
    source_type: Mapped[str] = mapped_column(String(20), default="unattributed")
    source_name: Mapped[str | None] = mapped_column(String(300))
    # Where the named person source works, as the article says ("Martin Esker" -> "THG"): the matcher compares
    # it with an institution another outlet credits.
    source_affiliation: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(String(100))
    attribution_chain: Mapped[list] = mapped_column(JSON, default=list)
    quantities: Mapped[list] = mapped_column(JSON, default=list)
    dates: Mapped[list] = mapped_column(JSON, default=list)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    direct_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    # Workflow and the values settled by agreement or adjudication.
    status: Mapped[str] = mapped_column(String(20), default=ClaimStatus.NEW.value)
    final_source_type: Mapped[str | None] = mapped_column(String(20))
    final_source_name: Mapped[str | None] = mapped_column(String(300))
    final_cue: Mapped[str | None] = mapped_column(String(100))
    final_hedged: Mapped[bool | None] = mapped_column(Boolean)
    final_direct_quote: Mapped[bool | None] = mapped_column(Boolean)
    verdict: Mapped[str | None] = mapped_column(String(30))
    verdict_rationale: Mapped[str | None] = mapped_column(Text)
    cluster_id: Mapped[int | None] = mapped_column(Integer)
    # The matcher's analysis of the text, stored when the text is written (see claims.matching.prepared).
    match_form: Mapped[str | None] = mapped_column(Text, deferred=True)
    # Soft delete, so a deletion can be undone; deleted claims are hidden everywhere.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship(back_populates="claims")
    annotations: Mapped[list[Annotation]] = relationship(back_populates="claim", cascade="all, delete-orphan")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", foreign_keys="Evidence.claim_id"
    )

    __mapper_args__ = {"version_id_col": version}


class Annotation(db.Model):
    """One reviewer's judgement of one claim."""

    __table_args__ = (UniqueConstraint("claim_id", "user_id"), Index("ix_annotation_user", "user_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    source_type: Mapped[str | None] = mapped_column(String(20))
    source_name: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(String(100))
    direct_quote: Mapped[bool | None] = mapped_column(Boolean)
    hedged: Mapped[bool | None] = mapped_column(Boolean)
    quantities: Mapped[list | None] = mapped_column(JSON)
    dates: Mapped[list | None] = mapped_column(JSON)
    # The reviewer says this is not a checkable claim at all (an extraction mistake).
    not_a_claim: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    verdict: Mapped[str | None] = mapped_column(String(30))
    confidence: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="annotations")
    user: Mapped[User] = relationship()


class Assignment(db.Model):
    """A claim given to a reviewer to annotate; done once that reviewer has submitted."""

    __table_args__ = (
        UniqueConstraint("claim_id", "user_id"),
        Index("ix_assignment_user_done", "user_id", "done_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Evidence(db.Model):
    """A piece of evidence for or against a claim: a URL and passage, or a linked claim."""

    __table_args__ = (Index("ix_evidence_claim", "claim_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    annotation_id: Mapped[int | None] = mapped_column(ForeignKey("annotation.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(30), default=EvidenceKind.OTHER_OUTLET.value)
    url: Mapped[str | None] = mapped_column(String(2000))
    passage: Mapped[str | None] = mapped_column(Text)
    linked_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="evidence", foreign_keys=[claim_id])
