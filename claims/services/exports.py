"""Exports: which claims (filters), read in streamed batches, written in a dataset format with its card.

Memory stays flat whatever the number of claims: the claims are read with one streamed query
(`yield_per`: a server-side cursor on PostgreSQL), and each batch's annotations, evidence and links
are loaded in three queries for the whole batch (claims.serialize.iter_records_from_rows), never per
claim. The CLI and the Export page both call `export_claims` / `export_chunks`.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import Select, func, select

import claims
from claims.errors import ValidationError
from claims.export import FORMATS
from claims.export.card import DatasetStats, build_card
from claims.export.claimreview import Publisher, claimreview_chunks
from claims.export.csvfile import csv_chunks
from claims.export.jsonl import jsonl_byte_chunks, jsonl_chunks
from claims.extensions import db
from claims.extraction.types import SourceType
from claims.models import Article, Claim, ClaimStatus, Outlet, Story, User, Verdict
from claims.serialize import CLAIM_COLUMNS, iter_records_from_rows, raw_column

# Claims per batch. Small batches are faster, not slower: what a batch holds (rows, provenance, records
# waiting for the card's counts) is alive while Python's cyclic garbage collector runs, and at 1000 it
# was promoted to the oldest generation and set off a full collection every few batches (a quarter of
# an export's time). Three provenance queries per 100 claims cost less.
BATCH_SIZE = 100
DEFAULT_STATUSES = (ClaimStatus.VERIFIED.value,)

Record = dict[str, Any]


@dataclass(frozen=True)
class ExportFilters:
    """Which claims to export; `statuses` empty means every status. Dates bound the article's publication."""

    statuses: tuple[str, ...] = DEFAULT_STATUSES
    story: str | None = None
    outlet: str | None = None
    verdicts: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    min_agreement: float | None = None

    def describe(self) -> dict[str, Any]:
        """The filters for the dataset card, named like the command's options (every status is `all`)."""
        return {
            "status": list(self.statuses) or "all",
            "story": self.story,
            "outlet": self.outlet,
            "verdict": list(self.verdicts),
            "source_type": list(self.source_types),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "min_agreement": self.min_agreement,
        }


def check_filters(filters: ExportFilters) -> None:
    """ValidationError for an unknown story, outlet, status, verdict or source type, or a bad range."""
    for name in filters.statuses:
        if name not in set(ClaimStatus):
            raise ValidationError("status", f"unknown status {name!r} (choose {', '.join(ClaimStatus)})")
    for name in filters.verdicts:
        if name not in set(Verdict):
            raise ValidationError("verdict", f"unknown verdict {name!r} (choose {', '.join(Verdict)})")
    for name in filters.source_types:
        if name not in set(SourceType):
            raise ValidationError("source_type", f"unknown source type {name!r} (choose {', '.join(SourceType)})")
    if filters.story is not None and db.session.scalar(select(Story.id).where(Story.name == filters.story)) is None:
        raise ValidationError("story", f"no story named {filters.story!r}")
    if filters.outlet is not None and db.session.scalar(select(Outlet.id).where(Outlet.name == filters.outlet)) is None:
        raise ValidationError("outlet", f"no outlet named {filters.outlet!r}")
    if filters.since and filters.until and filters.since > filters.until:
        raise ValidationError("since", f"{filters.since} is after --until {filters.until}")
    if filters.min_agreement is not None and not 0.0 <= filters.min_agreement <= 1.0:
        raise ValidationError("min_agreement", "must be a number from 0 to 1")


def _where(query: Select, filters: ExportFilters) -> Select:
    """The filters that SQL can apply (minimum agreement needs the annotations: applied per batch)."""
    query = (
        query.join(Article, Article.id == Claim.article_id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Story, Story.id == Article.story_id)
        .where(Claim.deleted_at.is_(None))
    )
    if filters.statuses:
        query = query.where(Claim.status.in_(filters.statuses))
    if filters.verdicts:
        query = query.where(Claim.verdict.in_(filters.verdicts))
    if filters.source_types:
        # The record's attribution type: the reviewed value once settled, else the engine's suggestion.
        query = query.where(func.coalesce(Claim.final_source_type, Claim.source_type).in_(filters.source_types))
    if filters.story is not None:
        query = query.where(Story.name == filters.story)
    if filters.outlet is not None:
        query = query.where(Outlet.name == filters.outlet)
    if filters.since is not None:
        query = query.where(Article.published >= filters.since)
    if filters.until is not None:
        query = query.where(Article.published <= filters.until)
    return query


def count_claims(filters: ExportFilters) -> int:
    """How many claims the SQL filters select (before the minimum-agreement filter): for progress bars."""
    return db.session.scalar(_where(select(func.count(Claim.id)), filters)) or 0


def iter_claim_records(
    filters: ExportFilters, viewer: User | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Record]:
    """CLAIM records of the selected claims in id order, streamed in batches.

    `viewer` None (the command line) sees every annotation; a web user sees what the workbench shows them.
    """
    query = _where(
        select(
            *[raw_column(Claim.__table__.c[name]) for name in CLAIM_COLUMNS],
            Article.url.label("article_url"),
            raw_column(Article.published).label("article_published"),
            Outlet.name.label("outlet_name"),
            Story.name.label("story_name"),
        ),
        filters,
    ).order_by(Claim.id)
    # Core execution (not the ORM's row processing), JSON and timestamps read raw: plain rows are all a
    # record needs (claims.serialize.iter_records_from_rows), and much cheaper.
    result = db.session.connection().execute(query, execution_options={"yield_per": batch_size})
    minimum = filters.min_agreement
    for rows in result.partitions():
        if minimum is None:
            yield from iter_records_from_rows(rows, viewer)
        else:
            yield from (r for r in iter_records_from_rows(rows, viewer) if _agrees(r, minimum))


def _agrees(record: Record, minimum: float) -> bool:
    """The record's overall agreement reaches `minimum` (a claim without a figure does not)."""
    overall = record["agreement"]["overall"] if record["agreement"] else None
    return overall is not None and overall >= minimum


def claimreview_publisher(config: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> Publisher:
    """The ClaimReview publisher: config key CLAIMREVIEW_PUBLISHER (name, url, review_url), then environment."""
    default = Publisher()
    given = dict(config.get("CLAIMREVIEW_PUBLISHER") or {})
    return Publisher(
        name=given.get("name") or environ.get("CLAIMREVIEW_PUBLISHER_NAME") or default.name,
        url=given.get("url") or environ.get("CLAIMREVIEW_PUBLISHER_URL") or default.url,
        review_url=given.get("review_url") or environ.get("CLAIMREVIEW_REVIEW_URL") or default.review_url,
    )


def text_chunks(fmt: str, records: Iterable[Record], publisher: Publisher | None = None) -> Iterator[str]:
    """The text of a JSONL, CSV or ClaimReview export, piece by piece."""
    if fmt == "jsonl":
        return jsonl_chunks(records)
    if fmt == "csv":
        return csv_chunks(records)
    if fmt == "claimreview":
        return claimreview_chunks(records, publisher or Publisher())
    raise ValidationError("format", f"{fmt!r} is not a text format (choose jsonl, csv or claimreview)")


def export_claims(
    fmt: str,
    filters: ExportFilters,
    out: BinaryIO,
    *,
    viewer: User | None = None,
    publisher: Publisher | None = None,
    progress: Callable[[Iterable[Record]], Iterable[Record]] | None = None,
) -> DatasetStats:
    """Write the selected claims to `out` (a binary file) in `fmt`; returns the counts for the card."""
    if fmt not in FORMATS:
        raise ValidationError("format", f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    check_filters(filters)
    stats = DatasetStats()
    records: Iterable[Record] = iter_claim_records(filters, viewer)
    if progress is not None:
        records = progress(records)
    records = stats.track(records)
    if fmt == "parquet":
        from claims.export.parquet import write_parquet

        write_parquet(records, out)
        return stats
    if fmt == "jsonl":  # bytes straight from the encoder: no text layer
        for chunk in jsonl_byte_chunks(records):
            out.write(chunk)
        out.flush()
        return stats
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        for piece in text_chunks(fmt, records, publisher):
            text.write(piece)
        text.flush()
    finally:
        text.detach()  # leave `out` open: it belongs to the caller
    return stats


def export_chunks(
    fmt: str,
    filters: ExportFilters,
    stats: DatasetStats,
    *,
    viewer: User | None = None,
    publisher: Publisher | None = None,
    chunk_bytes: int = 64 * 1024,
) -> Iterator[bytes]:
    """A text export as UTF-8 byte chunks of about `chunk_bytes`, for a streamed HTTP response."""
    check_filters(filters)
    if fmt == "jsonl":
        yield from _byte_chunks(jsonl_byte_chunks(stats.track(iter_claim_records(filters, viewer))), chunk_bytes)
        return
    pending: list[str] = []
    size = 0
    for piece in text_chunks(fmt, stats.track(iter_claim_records(filters, viewer)), publisher):
        pending.append(piece)
        size += len(piece)
        if size >= chunk_bytes:
            yield "".join(pending).encode("utf-8")
            pending, size = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")


def _byte_chunks(pieces: Iterable[bytes], chunk_bytes: int) -> Iterator[bytes]:
    """The pieces joined into chunks of about `chunk_bytes`."""
    pending: list[bytes] = []
    size = 0
    for piece in pieces:
        pending.append(piece)
        size += len(piece)
        if size >= chunk_bytes:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


def card_for(
    stats: DatasetStats,
    fmt: str,
    filters: ExportFilters,
    *,
    file: str | None = None,
    exported_by: str | None = None,
) -> str:
    """The dataset card of an export that just ran."""
    provenance = {
        "file": file,
        "format": fmt,
        "tool": "claims (flask claims export)",
        "tool_version": claims.__version__,
        "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "database": db.engine.dialect.name,
        "exported_by": exported_by,
        "filters": filters.describe(),
    }
    return build_card(stats, provenance)
