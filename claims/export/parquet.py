"""Parquet via pyarrow: typed columns, nested lists and structs, written one row group per batch.

The schema is fixed (SCHEMA), so every export, empty or not, has the same columns and types:
dates as date32, timestamps as UTC microseconds, quantities/dates/annotations/evidence/links as
lists of structs. Memory holds one batch of rows at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

BATCH_ROWS = 5000

_str = pa.string()
_ts = pa.timestamp("us", tz="UTC")
QUANTITY = pa.struct([("kind", _str), ("low", pa.float64()), ("high", pa.float64()), ("unit", _str), ("text", _str)])
DATE = pa.struct([("start", pa.date32()), ("end", pa.date32()), ("text", _str)])
FRAME = pa.struct([("type", _str), ("source", _str), ("cue", _str)])
SCHEMA = pa.schema(
    [
        ("id", _str),
        ("text", _str),
        ("article_id", pa.int64()),
        ("outlet", _str),
        ("url", _str),
        ("published", pa.date32()),
        ("story", _str),
        ("span", pa.struct([("start", pa.int32()), ("end", pa.int32())])),
        ("sentence", _str),
        ("origin", _str),
        ("attribution", pa.struct([("type", _str), ("source", _str), ("cue", _str), ("origin", _str)])),
        ("quantities", pa.list_(QUANTITY)),
        ("dates", pa.list_(DATE)),
        ("kind", _str),
        ("hedged", pa.bool_()),
        ("direct_quote", pa.bool_()),
        ("attribution_chain", pa.list_(FRAME)),
        ("status", _str),
        ("verdict", _str),
        ("verdict_rationale", _str),
        (
            "evidence",
            pa.list_(
                pa.struct(
                    [
                        ("id", pa.int64()),
                        ("kind", _str),
                        ("url", _str),
                        ("passage", _str),
                        ("linked_claim_id", _str),
                        ("user_id", pa.int64()),
                        ("created_at", _ts),
                    ]
                )
            ),
        ),
        (
            "annotations",
            pa.list_(
                pa.struct(
                    [
                        ("user_id", pa.int64()),
                        ("source_type", _str),
                        ("source_name", _str),
                        ("cue", _str),
                        ("direct_quote", pa.bool_()),
                        ("hedged", pa.bool_()),
                        ("verdict", _str),
                        ("confidence", pa.float64()),
                        ("note", _str),
                        ("not_a_claim", pa.bool_()),
                        ("quantities", pa.list_(QUANTITY)),
                        ("dates", pa.list_(DATE)),
                        ("submitted_at", _ts),
                    ]
                )
            ),
        ),
        (
            "agreement",
            pa.struct(
                [
                    ("annotations", pa.int32()),
                    ("overall", pa.float64()),
                    ("source_type", pa.float64()),
                    ("verdict", pa.float64()),
                    ("source_name", pa.float64()),
                ]
            ),
        ),
        ("cluster_id", pa.int64()),
        (
            "links",
            pa.list_(
                pa.struct(
                    [
                        ("id", _str),
                        ("outlet", _str),
                        ("url", _str),
                        ("relation", _str),
                        ("field", _str),
                        ("score", pa.float64()),
                        ("status", _str),
                        ("link_id", pa.int64()),
                    ]
                )
            ),
        ),
        ("updated_at", _ts),
    ]
)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _dates(items: Iterable[Mapping[str, Any]] | None) -> list[dict[str, Any]] | None:
    if items is None:
        return None
    return [{**d, "start": _day(d.get("start")), "end": _day(d.get("end"))} for d in items]


def parquet_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """A CLAIM record with its ISO dates and timestamps turned into Python values for pyarrow."""
    row = dict(record)
    row["published"] = _day(record.get("published"))
    row["updated_at"] = _time(record.get("updated_at"))
    row["dates"] = _dates(record.get("dates"))
    row["evidence"] = [{**e, "created_at": _time(e.get("created_at"))} for e in record.get("evidence") or []]
    row["annotations"] = [
        {**a, "dates": _dates(a.get("dates")), "submitted_at": _time(a.get("submitted_at"))}
        for a in record.get("annotations") or []
    ]
    return row


def write_parquet(records: Iterable[Mapping[str, Any]], sink: str | BinaryIO, batch_rows: int = BATCH_ROWS) -> int:
    """Write the records to a Parquet file (a path or a binary file object); returns the row count."""
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(sink, SCHEMA, compression="zstd") as writer:
        for record in records:
            batch.append(parquet_row(record))
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                count += len(batch)
                batch = []
        if batch or count == 0:
            # An empty export still writes the schema: a valid file with zero rows.
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
