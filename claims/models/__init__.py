"""Database models, one module per aggregate."""

from __future__ import annotations

from claims.models.article import Article, Outlet, Story
from claims.models.audit import AuditEvent
from claims.models.claim import (
    Annotation,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    Evidence,
    EvidenceKind,
    Verdict,
)
from claims.models.link import ClaimLink, LinkRelation, LinkStatus
from claims.models.user import Role, User

__all__ = [
    "Annotation",
    "Article",
    "AuditEvent",
    "Claim",
    "ClaimLink",
    "ClaimOrigin",
    "ClaimStatus",
    "Evidence",
    "EvidenceKind",
    "LinkRelation",
    "LinkStatus",
    "Outlet",
    "Role",
    "Story",
    "User",
    "Verdict",
]
