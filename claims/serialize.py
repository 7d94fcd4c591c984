"""The one serializer of the CLAIM record (contracts.md): API, JSONL export and `claims extract` use it."""

from __future__ import annotations

from typing import Any

from claims.models import Article, Claim


def article_record(article: Article) -> dict[str, Any]:
    """The article part of `claims extract` output."""
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet.name if article.outlet else None,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "credit": article.credit,
        "body": article.body,
    }


def claim_record(claim: Claim, article: Article | None = None) -> dict[str, Any]:
    """A claim as the CLAIM record; works for stored and for unsaved (transient) claims."""
    article = article or claim.article
    reviewed = claim.final_source_type is not None
    return {
        "id": str(claim.id) if claim.id is not None else None,
        "text": claim.text,
        "article_id": article.id,
        "outlet": article.outlet.name if article.outlet else None,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "span": {"start": claim.start, "end": claim.end},
        "sentence": claim.sentence,
        "origin": claim.origin,
        "attribution": {
            "type": claim.final_source_type if reviewed else claim.source_type,
            "source": claim.final_source_name if reviewed else claim.source_name,
            "cue": claim.final_cue if reviewed else claim.cue,
            "origin": "reviewed" if reviewed else "suggested",
        },
        "quantities": list(claim.quantities or []),
        "dates": list(claim.dates or []),
        "kind": claim.kind,
        "hedged": claim.final_hedged if claim.final_hedged is not None else bool(claim.hedged),
        "direct_quote": (
            claim.final_direct_quote if claim.final_direct_quote is not None else bool(claim.direct_quote)
        ),
        "attribution_chain": list(claim.attribution_chain or []),
        "status": claim.status,
        "verdict": claim.verdict,
        "evidence": [],
        "annotations": [],
        "agreement": None,
        "cluster_id": claim.cluster_id,
        "links": [],
    }
