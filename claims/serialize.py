"""The one serializer of the CLAIM record (contracts.md): API, JSONL export and `claims extract` use it.

A record's provenance (annotations, evidence, links to other outlets' versions, agreement) comes
from other tables. `load_extras` reads it for many claims at once (three queries per batch, never
one per claim); `claim_record` reads it for a single stored claim when it is not given, and leaves
it empty for an unsaved claim (`claims extract`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from flask import has_request_context
from sqlalchemy import CompoundSelect, Select, String, bindparam, literal_column, select, type_coerce, union_all
from sqlalchemy.dialects import sqlite

from claims.export.agreement import claim_agreement
from claims.export.jsonl import json_loads
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
# Columns read without SQLAlchemy's result processing in bulk (`raw_column`): JSON stays text and
# timestamps stay SQLite's stored text, converted by `json_value` / `raw_time` / `raw_date` (PostgreSQL's
# driver hands back decoded values, which those pass through). SQLAlchemy's own SQLite processors parse
# timestamps with a regular expression and JSON with the standard library: a third of an export's time.
RAW_TYPES = ("attribution_chain", "quantities", "dates", "updated_at", "submitted_at", "created_at", "published")
_SQLITE_DATETIME = sqlite.DATETIME().result_processor(sqlite.dialect(), None)
_SQLITE_DATE = sqlite.DATE().result_processor(sqlite.dialect(), None)
_RAW = String()


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


def raw_column(column: Any) -> Any:
    """`column` read as the driver gives it (no result processing) where it is one of RAW_TYPES."""
    return type_coerce(column, _RAW).label(column.name) if column.name in RAW_TYPES else column


def json_value(value: Any) -> Any:
    """A JSON column's value from its stored text (SQLite), or as the driver decoded it (PostgreSQL)."""
    return json_loads(value) if type(value) is str else value


def raw_time(value: Any) -> str | None:
    """`iso_time` of a timestamp read raw: SQLite's stored text (naive UTC) or a datetime.

    SQLAlchemy stores SQLite timestamps as "YYYY-MM-DD HH:MM:SS.ffffff"; that text becomes the ISO form
    by string slicing (datetime.isoformat leaves out zero microseconds, so does this). Any other text is
    parsed as SQLAlchemy would parse it.
    """
    if type(value) is str:
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            if value.endswith(".000000"):
                return f"{value[:10]}T{value[11:19]}+00:00"
            return f"{value[:10]}T{value[11:]}+00:00"
        return iso_time(_SQLITE_DATETIME(value))
    return iso_time(value)


def raw_date(value: Any) -> str | None:
    """A date read raw as ISO text: SQLite's stored "YYYY-MM-DD" as it is, a date object formatted."""
    if value is None:
        return None
    if type(value) is str:
        return value if len(value) == 10 else _SQLITE_DATE(value).isoformat()
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
    annotations, evidence, links = _load_provenance(ids)
    extras = {}
    for claim_id, status in status_by_id.items():
        mine, proofs = annotations.get(claim_id) or [], evidence.get(claim_id) or []
        if viewer is not None and not _sees_all(viewer, status, mine):
            mine, proofs = _own(mine, viewer), _own(proofs, viewer)
        extras[claim_id] = ClaimExtras(mine, proofs, links.get(claim_id) or [], claim_agreement(mine))
    return extras


def _own(items: list[dict[str, Any]], viewer: User) -> list[dict[str, Any]]:
    """The annotations or evidence items `viewer` made."""
    return [item for item in items if item["user_id"] == viewer.id]


Provenance = dict[int, list[dict[str, Any]]]


def _load_provenance(ids: Sequence[int]) -> tuple[Provenance, Provenance, Provenance]:
    """Annotation, evidence and link items of the given claims, by claim id (claims without any are absent).

    Three queries for the whole batch, built once (`_provenance_queries`), read as Core rows with raw JSON
    and timestamps; SQL gives each claim's items in record order, so nothing is sorted here.
    """
    if not ids:
        return {}, {}, {}
    connection = db.session.connection()
    low, high = min(ids), max(ids)
    # A batch of an export is a run of ascending ids, usually dense: then a range (two bound values, an
    # index range scan) replaces an IN list of a thousand parameters, and rows outside `ids` are dropped.
    if high - low + 1 <= 2 * len(ids):
        queries, params = _provenance_queries("range"), {"low": low, "high": high}
        wanted: Container[int] = frozenset(ids) if high - low + 1 != len(ids) else range(low, high + 1)
    else:
        queries, params = _provenance_queries("list"), {"ids": list(ids)}
        wanted = range(low, high + 1)  # the IN list selects exactly
    annotations_query, evidence_query, links_query = queries
    annotations: Provenance = {}
    current = None
    found: list[dict[str, Any]] = []
    rows = connection.execute(annotations_query, params).all()
    for claim_id, user_id, stype, sname, cue, quote, hedged, verdict, conf, note, nac, qs, ds, submitted in rows:
        if claim_id != current:  # rows come grouped by claim
            if claim_id not in wanted:
                continue
            current, found = claim_id, []
            annotations[claim_id] = found
        # annotation_item's record (services.annotations.annotation_record without claim_id), inlined
        found.append(
            {
                "user_id": user_id,
                "source_type": stype,
                "source_name": sname,
                "cue": cue,
                "direct_quote": quote,
                "hedged": hedged,
                "verdict": verdict,
                "confidence": conf,
                "note": note,
                "not_a_claim": nac,
                "quantities": json_value(qs),
                "dates": json_value(ds),
                "submitted_at": raw_time(submitted),
            }
        )
    evidence: Provenance = {}
    rows = connection.execute(evidence_query, params).all()
    for evidence_id, claim_id, user_id, kind, url, passage, linked, created in rows:
        if claim_id in wanted:
            item = {
                "id": evidence_id,
                "kind": kind,
                "url": url,
                "passage": passage,
                "linked_claim_id": str(linked) if linked is not None else None,
                "user_id": user_id,
                "created_at": raw_time(created),
            }
            if (found := evidence.get(claim_id)) is None:
                evidence[claim_id] = [item]
            else:
                found.append(item)
    links: Provenance = {}
    rows = connection.execute(links_query, params).all()
    for claim_id, other_id, link_id, relation, field_, score, status, outlet_name, url in rows:
        if claim_id in wanted:
            item = {
                "id": str(other_id),
                "outlet": outlet_name,
                "url": url,
                "relation": relation,
                "field": field_,
                "score": float(score),
                "status": status,
                "link_id": link_id,
            }
            if (found := links.get(claim_id)) is None:
                links[claim_id] = [item]
            else:
                found.append(item)
    return annotations, evidence, links


@cache
def _provenance_queries(kind: str) -> tuple[Select, Select, CompoundSelect]:
    """The annotation, evidence and link queries of `_load_provenance`, built once per kind of id match.

    `kind` "range": claim ids from :low to :high; "list": claim ids in :ids (an expanding IN list).
    Links: a link seen from either of its claims (one UNION ALL), to live claims only, with the other
    claim's outlet and URL, by claim and then link id.
    """

    def match(column: Any) -> Any:
        if kind == "range":
            return column.between(bindparam("low"), bindparam("high"))
        return column.in_(bindparam("ids", expanding=True))

    annotation = Annotation.__table__
    annotations = (
        select(*[raw_column(annotation.c[name]) for name in ANNOTATION_COLUMNS])
        .where(match(annotation.c.claim_id), annotation.c.submitted_at.is_not(None))
        .order_by(annotation.c.claim_id, annotation.c.submitted_at, annotation.c.id)
    )
    evidence_table = Evidence.__table__
    evidence = (
        select(*[raw_column(evidence_table.c[name]) for name in EVIDENCE_COLUMNS])
        .where(match(evidence_table.c.claim_id))
        .order_by(evidence_table.c.claim_id, evidence_table.c.id)
    )
    link, article, outlet = ClaimLink.__table__, Article.__table__, Outlet.__table__
    other = Claim.__table__.alias("other")
    directions = [
        select(
            mine.label("claim_id"),
            theirs.label("other_id"),
            link.c.id.label("link_id"),
            link.c.relation,
            link.c.field,
            link.c.score,
            link.c.status,
            outlet.c.name.label("outlet_name"),
            article.c.url,
        )
        .join_from(link, other, other.c.id == theirs)
        .join(article, article.c.id == other.c.article_id)
        .join(outlet, outlet.c.id == article.c.outlet_id)
        .where(match(mine), other.c.deleted_at.is_(None))
        for mine, theirs in ((link.c.claim_a_id, link.c.claim_b_id), (link.c.claim_b_id, link.c.claim_a_id))
    ]
    # (claim, link id) is unique: a link joins two different claims (claim_a_id < claim_b_id).
    links = union_all(*directions).order_by(literal_column("claim_id"), literal_column("link_id"))
    return annotations, evidence, links


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
    story = getattr(article, "story", None)
    return _assemble(
        tuple([getattr(claim, name) for name in CLAIM_COLUMNS]),
        article.id,
        article.outlet.name if article.outlet else None,
        article.url,
        article.published.isoformat() if article.published else None,
        story.name if story is not None else None,
        extras.annotations,
        extras.evidence,
        extras.links,
        extras.agreement,
        list(claim.attribution_chain or []),
        list(claim.quantities or []),
        list(claim.dates or []),
        iso_time(claim.updated_at),
    )


def _assemble(
    row: Sequence[Any],
    article_id: Any,
    outlet: str | None,
    url: str | None,
    published: str | None,
    story: str | None,
    annotations: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    links: list[dict[str, Any]],
    agreement: dict[str, Any] | None,
    chain: list[Any],
    quantities: list[Any],
    dates: list[Any],
    updated_at: str | None,
) -> dict[str, Any]:
    """THE layout of a CLAIM record (contracts.md), for `claim_record` and the bulk `iter_records_from_rows`.

    `row`: the claim's values in CLAIM_COLUMNS order (more values after them are ignored; the JSON and
    timestamp columns come converted in `chain`, `quantities`, `dates`, `updated_at`); then the article's
    id, outlet name, URL, ISO publication date and story name, and the claim's provenance.
    """
    final_type = row[_FINAL_TYPE]
    final_hedged, final_quote = row[_FINAL_HEDGED], row[_FINAL_QUOTE]
    reviewed = final_type is not None
    claim_id = row[0]
    return {
        "id": str(claim_id) if claim_id is not None else None,
        "text": row[_TEXT],
        "article_id": article_id,
        "outlet": outlet,
        "url": url,
        "published": published,
        "story": story,
        "span": {"start": row[_START], "end": row[_END]},
        "sentence": row[_SENTENCE],
        "origin": row[_ORIGIN],
        "attribution": {
            "type": final_type if reviewed else row[_SOURCE_TYPE],
            "source": row[_FINAL_NAME] if reviewed else row[_SOURCE_NAME],
            "cue": row[_FINAL_CUE] if reviewed else row[_CUE],
            "origin": "reviewed" if reviewed else "suggested",
        },
        "quantities": quantities,
        "dates": dates,
        "kind": row[_KIND],
        "hedged": final_hedged if final_hedged is not None else bool(row[_HEDGED]),
        "direct_quote": final_quote if final_quote is not None else bool(row[_DIRECT_QUOTE]),
        "attribution_chain": chain,
        "status": row[_STATUS],
        "verdict": row[_VERDICT],
        "verdict_rationale": row[_RATIONALE],
        "evidence": evidence,
        "annotations": annotations,
        "agreement": agreement,
        "cluster_id": row[_CLUSTER],
        "links": links,
        "updated_at": updated_at,
    }


# Where `_assemble` finds each field in a row (CLAIM_COLUMNS order).
(
    _TEXT, _START, _END, _SENTENCE, _ORIGIN, _KIND, _SOURCE_TYPE, _SOURCE_NAME, _CUE, _CHAIN, _QUANTITIES, _DATES,
    _HEDGED, _DIRECT_QUOTE, _STATUS, _FINAL_TYPE, _FINAL_NAME, _FINAL_CUE, _FINAL_HEDGED, _FINAL_QUOTE, _VERDICT,
    _RATIONALE, _CLUSTER, _UPDATED,
) = map(CLAIM_COLUMNS.index, (
    "text", "start", "end", "sentence", "origin", "kind", "source_type", "source_name", "cue", "attribution_chain",
    "quantities", "dates", "hedged", "direct_quote", "status", "final_source_type", "final_source_name", "final_cue",
    "final_hedged", "final_direct_quote", "verdict", "verdict_rationale", "cluster_id", "updated_at",
))  # fmt: skip
# A bulk row: CLAIM_COLUMNS, then these (see `iter_records_from_rows`).
_URL, _PUBLISHED, _OUTLET, _STORY = range(len(CLAIM_COLUMNS), len(CLAIM_COLUMNS) + 4)


def _json_list(value: Any) -> list[Any]:
    """`list(value or [])` of a JSON column read raw (see `json_value`)."""
    if value == "[]" or value is None:
        return []
    value = json_value(value)
    return value if type(value) is list else list(value or [])


def iter_records_from_rows(rows: Sequence[Sequence[Any]], viewer: User | None = None) -> Iterator[dict[str, Any]]:
    """CLAIM records of one batch of bulk-read rows, one at a time, provenance loaded for the batch (three queries).

    Each row: the CLAIM_COLUMNS (the RAW_TYPES ones read through `raw_column`), then the article's URL,
    publication date (raw), outlet name and story name. The same records as `claim_record` gives for
    those claims (the tests compare them), built without ORM objects or per-claim queries. Records are
    made as they are asked for, so a batch's records need not all be alive at once.
    """
    annotations, evidence, links = _load_provenance([row[0] for row in rows])
    json_list, agreement_of = _json_list, claim_agreement
    for row in rows:
        claim_id = row[0]
        mine, proofs = annotations.get(claim_id) or [], evidence.get(claim_id) or []
        if viewer is not None and not _sees_all(viewer, row[_STATUS], mine):
            mine, proofs = _own(mine, viewer), _own(proofs, viewer)
        chain, quantities, dates = row[_CHAIN], row[_QUANTITIES], row[_DATES]
        yield _assemble(
            row,
            row[1],
            row[_OUTLET],
            row[_URL],
            raw_date(row[_PUBLISHED]),
            row[_STORY],
            mine,
            proofs,
            links.get(claim_id) or [],
            agreement_of(mine),
            [] if chain == "[]" else json_list(chain),
            [] if quantities == "[]" else json_list(quantities),
            [] if dates == "[]" else json_list(dates),
            raw_time(row[_UPDATED]),
        )


def claim_records(claims: Sequence[Any], article: Any | None = None) -> list[dict[str, Any]]:
    """Many stored claims as CLAIM records, their provenance loaded in one batch (not per claim)."""
    extras = load_extras({c.id: c.status for c in claims}, _current_viewer())
    return [claim_record(c, article, extras[c.id]) for c in claims]
