"""The one serializer of the CLAIM record (contracts.md): API, JSONL export and `claims extract` use it.

A record's provenance (annotations, evidence, links to other outlets' versions, agreement) comes
from other tables. `load_extras` reads it for many claims at once (three queries per batch, never
one per claim); `claim_record` reads it for a single stored claim when it is not given, and leaves
it empty for an unsaved claim (`claims extract`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import has_request_context
from sqlalchemy import select
from sqlalchemy.orm import aliased

from claims.export.agreement import claim_agreement
from claims.extensions import db
from claims.models import Annotation, Article, Claim, ClaimLink, ClaimStatus, Evidence, Outlet, Role, User
from claims.services.annotations import annotation_record

SETTLED = frozenset({ClaimStatus.VERIFIED.value, ClaimStatus.REJECTED.value})
# The columns a record uses: reading fewer columns (timestamps above all) keeps bulk exports fast.
CLAIM_COLUMNS = (
    "id", "article_id", "text", "start", "end", "sentence", "origin", "kind", "source_type", "source_name", "cue",
    "attribution_chain", "quantities", "dates", "hedged", "direct_quote", "status", "final_source_type",
    "final_source_name", "final_cue", "final_hedged", "final_direct_quote", "verdict", "verdict_rationale",
    "cluster_id", "updated_at",
)  # fmt: skip
ANNOTATION_COLUMNS = (
    "claim_id", "user_id", "source_type", "source_name", "cue", "direct_quote", "hedged", "verdict", "confidence",
    "note", "not_a_claim", "quantities", "dates", "submitted_at",
)  # fmt: skip
EVIDENCE_COLUMNS = ("id", "claim_id", "user_id", "kind", "url", "passage", "linked_claim_id", "created_at")


@dataclass(frozen=True)
class ClaimExtras:
    """What other tables say about one claim, as JSON-ready lists."""

    annotations: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    agreement: dict[str, Any] | None = None


def iso_time(value: dt.datetime | None) -> str | None:
    """A timestamp in ISO 8601 with its offset; SQLite hands back naive UTC values, so they are marked UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.isoformat() + "+00:00"  # cheaper than replace(tzinfo=...) on every row of a bulk export
    return value.isoformat()


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


def annotation_item(annotation: Any) -> dict[str, Any]:
    """A submitted annotation inside a CLAIM record: reviewers appear by user id, not by name."""
    item = annotation_record(annotation)
    del item["claim_id"]
    item["submitted_at"] = iso_time(annotation.submitted_at)
    return item


def evidence_item(evidence: Any) -> dict[str, Any]:
    """An evidence item inside a CLAIM record."""
    return {
        "id": evidence.id,
        "kind": evidence.kind,
        "url": evidence.url,
        "passage": evidence.passage,
        "linked_claim_id": str(evidence.linked_claim_id) if evidence.linked_claim_id is not None else None,
        "user_id": evidence.user_id,
        "created_at": iso_time(evidence.created_at),
    }


def _sees_all(viewer: User | None, status: str, annotations: list[dict[str, Any]]) -> bool:
    """The workbench's blind-review rule: leads, settled claims, or a reviewer who submitted their own."""
    if viewer is None or viewer.has_role(Role.LEAD) or status in SETTLED:
        return True
    return any(a["user_id"] == viewer.id for a in annotations)


def load_extras(status_by_id: Mapping[int, str], viewer: User | None = None) -> dict[int, ClaimExtras]:
    """Annotations, evidence, links and agreement of the given claims (claim id -> status), in three queries.

    `viewer` None (the command line) sees everything; a web user sees others' annotations and evidence
    only where the workbench would show them (see `_sees_all`).
    """
    ids = list(status_by_id)
    if not ids:
        return {}
    match = _id_matcher(ids)
    annotations: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    columns = [Annotation.__table__.c[name] for name in ANNOTATION_COLUMNS]
    connection = db.session.connection()  # Core rows: cheaper than the ORM's row processing
    rows = connection.execute(
        select(*columns)
        .where(match(Annotation.claim_id), Annotation.submitted_at.is_not(None))
        .order_by(Annotation.claim_id, Annotation.submitted_at, Annotation.id)
    )
    for row in rows:
        if (found := annotations.get(row.claim_id)) is not None:
            found.append(annotation_item(row))
    evidence: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for row in connection.execute(
        select(*[Evidence.__table__.c[name] for name in EVIDENCE_COLUMNS])
        .where(match(Evidence.claim_id))
        .order_by(Evidence.claim_id, Evidence.id)
    ):
        if (found := evidence.get(row.claim_id)) is not None:
            found.append(evidence_item(row))
    links = _load_links(match, status_by_id)
    extras = {}
    for claim_id, status in status_by_id.items():
        mine, proofs = annotations[claim_id], evidence[claim_id]
        if not _sees_all(viewer, status, mine):
            mine = [a for a in mine if a["user_id"] == viewer.id]
            proofs = [e for e in proofs if e["user_id"] == viewer.id]
        extras[claim_id] = ClaimExtras(
            annotations=mine, evidence=proofs, links=links.get(claim_id, []), agreement=claim_agreement(mine)
        )
    return extras


def _id_matcher(ids: list[int]) -> Callable[[Any], Any]:
    """A WHERE clause builder for "claim id is one of `ids`".

    A batch of an export is a run of ascending ids, usually dense: then a range (two bound values, an
    index range scan) replaces an IN list of a thousand parameters; callers drop rows outside `ids`.
    """
    low, high = min(ids), max(ids)
    if high - low + 1 <= 2 * len(ids):
        return lambda column: column.between(low, high)
    return lambda column: column.in_(ids)


def _load_links(match: Callable[[Any], Any], wanted: Mapping[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Links from the given claims to live claims of other articles, with the other side's outlet and URL."""
    other = aliased(Claim)
    found: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for mine, theirs in ((ClaimLink.claim_a_id, ClaimLink.claim_b_id), (ClaimLink.claim_b_id, ClaimLink.claim_a_id)):
        rows = db.session.connection().execute(
            select(
                mine.label("claim_id"),
                theirs.label("other_id"),
                ClaimLink.id,
                ClaimLink.relation,
                ClaimLink.field,
                ClaimLink.score,
                ClaimLink.status,
                Outlet.name.label("outlet"),
                Article.url,
            )
            .join(other, other.id == theirs)
            .join(Article, Article.id == other.article_id)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(match(mine), other.deleted_at.is_(None))
        )
        for row in rows:
            if row.claim_id not in wanted:
                continue
            item = {
                "id": str(row.other_id),
                "outlet": row.outlet,
                "url": row.url,
                "relation": row.relation,
                "field": row.field,
                "score": float(row.score),
                "status": row.status,
                "link_id": row.id,
            }
            found.setdefault(row.claim_id, []).append((row.id, item))
    return {claim_id: [item for _, item in sorted(items, key=lambda p: p[0])] for claim_id, items in found.items()}


def _current_viewer() -> User | None:
    """The logged-in user inside a web request (blind review applies), None on the command line."""
    if not has_request_context():
        return None
    from flask_login import current_user

    return current_user if current_user.is_authenticated else None


def claim_record(claim: Any, article: Any | None = None, extras: ClaimExtras | None = None) -> dict[str, Any]:
    """A claim as the CLAIM record; works for stored and for unsaved (transient) claims.

    `claim` is a Claim or a row with the same attribute names; `article` an Article or any object with
    `id`, `url`, `published`, `outlet.name` and `story.name`. Without `extras`, a stored claim's are loaded
    (one claim's worth of queries: pass `extras` from `load_extras` when serializing many).
    """
    article = article or claim.article
    if extras is None:
        if claim.id is None:
            extras = ClaimExtras()
        else:
            extras = load_extras({claim.id: claim.status}, _current_viewer())[claim.id]
    reviewed = claim.final_source_type is not None
    story = getattr(article, "story", None)
    return {
        "id": str(claim.id) if claim.id is not None else None,
        "text": claim.text,
        "article_id": article.id,
        "outlet": article.outlet.name if article.outlet else None,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "story": story.name if story is not None else None,
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
        "verdict_rationale": claim.verdict_rationale,
        "evidence": extras.evidence,
        "annotations": extras.annotations,
        "agreement": extras.agreement,
        "cluster_id": claim.cluster_id,
        "links": extras.links,
        "updated_at": iso_time(claim.updated_at),
    }


def claim_records(claims: Sequence[Any], article: Any | None = None) -> list[dict[str, Any]]:
    """Many stored claims as CLAIM records, their provenance loaded in one batch (not per claim)."""
    extras = load_extras({c.id: c.status for c in claims}, _current_viewer())
    return [claim_record(c, article, extras[c.id]) for c in claims]
