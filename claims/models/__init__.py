"""Database models, one module per aggregate."""

from __future__ import annotations

from claims.models.article import Article, Outlet, Story, StoryReviewer
from claims.models.audit import AuditEvent
from claims.models.claim import (
    Annotation,
    Assignment,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    Evidence,
    EvidenceKind,
    Verdict,
)
from claims.models.link import ClaimLink, LinkRelation, LinkStatus
from claims.models.user import ApiToken, Role, User

__all__ = [
    "Annotation",
    "ApiToken",
    "Article",
    "Assignment",
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
    "StoryReviewer",
    "User",
    "Verdict",
]
