"""Claim extraction engine: cleaned article body in, atomic claims out (no Flask, no database)."""

from __future__ import annotations

from claims.extraction.pipeline import extract_claims
from claims.extraction.types import (
    Attribution,
    ClaimKind,
    DateMention,
    ExtractedClaim,
    Quantity,
    QuantityKind,
    SourceType,
)

__all__ = [
    "Attribution",
    "ClaimKind",
    "DateMention",
    "ExtractedClaim",
    "Quantity",
    "QuantityKind",
    "SourceType",
    "extract_claims",
]
