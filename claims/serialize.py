"""The one serializer of the CLAIM record (contracts.md): API, JSONL export and `claims extract` use it.

A record's provenance (annotations, evidence, links to other outlets' versions, agreement) comes
from other tables. `load_extras` reads it for many claims at once (three queries per batch, never
one per claim); `claim_record` reads it for a single stored claim when it is not given, and leaves
it empty for an unsaved claim (`claims extract`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from flask import has_request_context
from sqlalchemy import String, select, type_coerce
from sqlalchemy.dialects import sqlite

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
# Columns read without SQLAlchemy's result processing in bulk (`raw_column`): JSON stays text and
# timestamps stay SQLite's stored text, converted by `json_value` / `raw_time` / `raw_date` (PostgreSQL's
# driver hands back decoded values, which those pass through). SQLAlchemy's own SQLite processors parse
# timestamps with a regular expression and JSON with the standard library: a third of an export's time.
RAW_TYPES = ("attribution_chain", "quantities", "dates", "updated_at", "submitted_at", "created_at", "published")
_SQLITE_DATETIME = sqlite.DATETIME().result_processor(sqlite.dialect(), None)
_SQLITE_DATE = sqlite.DATE().result_processor(sqlite.dialect(), None)
_RAW = String()
_json_loads = orjson.loads


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
    if type(value) is not str:
        return value
    try:
        return _json_loads(value)
    except orjson.JSONDecodeError:  # what only the standard library reads (NaN, huge numbers)
        return json.loads(value)


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
    return {
        claim_id: ClaimExtras(annotations=a, evidence=e, links=links, agreement=agreement)
        for claim_id, (a, e, links, agreement) in _load_extra_parts(status_by_id, viewer).items()
    }


Parts = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]


def _load_extra_parts(status_by_id: Mapping[int, str], viewer: User | None) -> dict[int, Parts]:
    """`load_extras` as plain tuples (annotations, evidence, links, agreement): no object per claim."""
    ids = list(status_by_id)
    if not ids:
        return {}
    match = _id_matcher(ids)
    connection = db.session.connection()  # Core rows, raw JSON and timestamps: cheaper than the ORM's
    annotations: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    rows = connection.execute(
        select(*[raw_column(Annotation.__table__.c[name]) for name in ANNOTATION_COLUMNS])
        .where(match(Annotation.claim_id), Annotation.submitted_at.is_not(None))
        .order_by(Annotation.claim_id, Annotation.submitted_at, Annotation.id)
    ).all()
    for claim_id, user_id, stype, sname, cue, quote, hedged, verdict, conf, note, nac, qs, ds, submitted in rows:
        if (found := annotations.get(claim_id)) is not None:
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
    evidence: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    rows = connection.execute(
        select(*[raw_column(Evidence.__table__.c[name]) for name in EVIDENCE_COLUMNS])
        .where(match(Evidence.claim_id))
        .order_by(Evidence.claim_id, Evidence.id)
    ).all()
    for evidence_id, claim_id, user_id, kind, url, passage, linked, created in rows:
        if (found := evidence.get(claim_id)) is not None:
            found.append(
                {
                    "id": evidence_id,
                    "kind": kind,
                    "url": url,
                    "passage": passage,
                    "linked_claim_id": str(linked) if linked is not None else None,
                    "user_id": user_id,
                    "created_at": raw_time(created),
                }
            )
    links = _load_links(match, status_by_id)
    parts: dict[int, Parts] = {}
    for claim_id, status in status_by_id.items():
        mine, proofs = annotations[claim_id], evidence[claim_id]
        if not _sees_all(viewer, status, mine):
            mine = [a for a in mine if a["user_id"] == viewer.id]
            proofs = [e for e in proofs if e["user_id"] == viewer.id]
        parts[claim_id] = (mine, proofs, links.get(claim_id, []), claim_agreement(mine))
    return parts


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
    other = Claim.__table__.alias("other")  # Core tables: cheaper to build per batch than ORM aliases
    link, article, outlet = ClaimLink.__table__.c, Article.__table__, Outlet.__table__
    found: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for mine, theirs in ((link.claim_a_id, link.claim_b_id), (link.claim_b_id, link.claim_a_id)):
        rows = db.session.connection().execute(
            select(
                mine, theirs, link.id, link.relation, link.field, link.score, link.status, outlet.c.name, article.c.url
            )
            .join_from(ClaimLink.__table__, other, other.c.id == theirs)
            .join(article, article.c.id == other.c.article_id)
            .join(outlet, outlet.c.id == article.c.outlet_id)
            .where(match(mine), other.c.deleted_at.is_(None))
        )
        for claim_id, other_id, link_id, relation, field_, score, status, outlet_name, url in rows.all():
            if claim_id not in wanted:
                continue
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
            if (mine_found := found.get(claim_id)) is None:
                found[claim_id] = [(link_id, item)]
            else:
                mine_found.append((link_id, item))
    # Ordered by link id; a claim's one link (the common case) needs no sorting.
    return {
        claim_id: [items[0][1]] if len(items) == 1 else [item for _, item in sorted(items, key=_first)]
        for claim_id, items in found.items()
    }


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


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
        (
            article.id,
            article.outlet.name if article.outlet else None,
            article.url,
            article.published.isoformat() if article.published else None,
            story.name if story is not None else None,
        ),
        (extras.annotations, extras.evidence, extras.links, extras.agreement),
        list(claim.attribution_chain or []),
        list(claim.quantities or []),
        list(claim.dates or []),
        iso_time(claim.updated_at),
    )


def _assemble(
    row: Sequence[Any],
    article: tuple[Any, str | None, str | None, str | None, str | None],
    extras: Parts,
    chain: list[Any],
    quantities: list[Any],
    dates: list[Any],
    updated_at: str | None,
) -> dict[str, Any]:
    """THE layout of a CLAIM record (contracts.md), for `claim_record` and the bulk `claim_records_from_rows`.

    `row`: the claim's values in CLAIM_COLUMNS order (more values after them are ignored; the JSON and
    timestamp columns come converted in `chain`, `quantities`, `dates`, `updated_at`); `article`: its id,
    outlet name, URL, ISO publication date and story name; `extras`: (annotations, evidence, links, agreement).
    """
    (
        claim_id, _, text, start, end, sentence, origin, kind, source_type, source_name, cue, _, _, _, hedged,
        direct_quote, status, final_type, final_name, final_cue, final_hedged, final_quote, verdict, rationale,
        cluster_id, *_,
    ) = row  # fmt: skip
    article_id, outlet, url, published, story = article
    annotations, evidence, links, agreement = extras
    reviewed = final_type is not None
    return {
        "id": str(claim_id) if claim_id is not None else None,
        "text": text,
        "article_id": article_id,
        "outlet": outlet,
        "url": url,
        "published": published,
        "story": story,
        "span": {"start": start, "end": end},
        "sentence": sentence,
        "origin": origin,
        "attribution": {
            "type": final_type if reviewed else source_type,
            "source": final_name if reviewed else source_name,
            "cue": final_cue if reviewed else cue,
            "origin": "reviewed" if reviewed else "suggested",
        },
        "quantities": quantities,
        "dates": dates,
        "kind": kind,
        "hedged": final_hedged if final_hedged is not None else bool(hedged),
        "direct_quote": final_quote if final_quote is not None else bool(direct_quote),
        "attribution_chain": chain,
        "status": status,
        "verdict": verdict,
        "verdict_rationale": rationale,
        "evidence": evidence,
        "annotations": annotations,
        "agreement": agreement,
        "cluster_id": cluster_id,
        "links": links,
        "updated_at": updated_at,
    }


def _json_list(value: Any) -> list[Any]:
    """`list(value or [])` of a JSON column read raw (see `json_value`)."""
    if value == "[]" or value is None:
        return []
    value = json_value(value)
    return value if type(value) is list else list(value or [])


_STATUS, _CHAIN, _QUANTITIES, _DATES, _UPDATED = (
    CLAIM_COLUMNS.index(name) for name in ("status", "attribution_chain", "quantities", "dates", "updated_at")
)


def claim_records_from_rows(rows: Iterable[Sequence[Any]], viewer: User | None = None) -> list[dict[str, Any]]:
    """CLAIM records of one batch of bulk-read rows, provenance loaded for the batch (three queries).

    Each row: the CLAIM_COLUMNS (the RAW_TYPES ones read through `raw_column`), then the article's URL,
    publication date (raw), outlet name and story name. The same records as `claim_record` gives for
    those claims (the tests compare them), built without ORM objects or per-claim queries.
    """
    rows = list(rows)
    parts = _load_extra_parts({row[0]: row[_STATUS] for row in rows}, viewer)
    records = []
    append = records.append
    for row in rows:
        chain, quantities, dates, updated = row[_CHAIN], row[_QUANTITIES], row[_DATES], row[_UPDATED]
        url, published, outlet, story = row[len(CLAIM_COLUMNS) :]
        append(
            _assemble(
                row,
                (row[1], outlet, url, raw_date(published), story),
                parts[row[0]],
                [] if chain == "[]" else _json_list(chain),
                [] if quantities == "[]" else _json_list(quantities),
                [] if dates == "[]" else _json_list(dates),
                raw_time(updated),
            )
        )
    return records


def claim_records(claims: Sequence[Any], article: Any | None = None) -> list[dict[str, Any]]:
    """Many stored claims as CLAIM records, their provenance loaded in one batch (not per claim)."""
    extras = load_extras({c.id: c.status for c in claims}, _current_viewer())
    return [claim_record(c, article, extras[c.id]) for c in claims]
