"""Claims: building them from the engine's suggestions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from claims.extensions import db
from claims.extraction import Attribution, DateMention, ExtractedClaim, Quantity
from claims.models import Article, Claim, ClaimOrigin, ClaimStatus


def quantity_record(q: Quantity) -> dict[str, Any]:
    """A quantity as the contract writes it."""
    return {"kind": str(q.kind), "low": q.low, "high": q.high, "unit": q.unit, "text": q.text}


def date_record(d: DateMention) -> dict[str, Any]:
    """A date mention as the contract writes it (ISO days, or null when unresolved)."""

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {"start": iso(d.start), "end": iso(d.end), "text": d.text}


def attribution_record(a: Attribution) -> dict[str, Any]:
    """An attribution frame as the contract writes it."""
    return {"type": str(a.type), "source": a.source, "cue": a.cue}


def build_claims(extracted: Iterable[ExtractedClaim]) -> list[Claim]:
    """Unsaved Claim rows holding the engine's suggestions."""
    return [
        Claim(
            text=c.text,
            start=c.start,
            end=c.end,
            sentence=c.sentence,
            sentence_index=c.sentence_index,
            origin=ClaimOrigin.AUTO.value,
            kind=str(c.kind),
            source_type=str(c.attribution.type),
            source_name=c.attribution.source,
            source_affiliation=c.attribution.affiliation,
            cue=c.attribution.cue,
            attribution_chain=[attribution_record(a) for a in c.chain],
            quantities=[quantity_record(q) for q in c.quantities],
            dates=[date_record(d) for d in c.dates],
            hedged=c.hedged,
            direct_quote=c.direct_quote,
            status=ClaimStatus.NEW.value,
        )
        for c in extracted
    ]


def live_claims(article: Article) -> list[Claim]:
    """The article's claims that are not deleted, in body order."""
    return list(
        db.session.scalars(
            select(Claim)
            .where(Claim.article_id == article.id, Claim.deleted_at.is_(None))
            .order_by(Claim.start, Claim.id)
        )
    )
