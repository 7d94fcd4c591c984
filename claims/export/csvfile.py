"""CSV: one row per claim, nested fields flattened, for spreadsheets and pandas.

Choices, and why:
- UTF-8 with a byte-order mark. Excel reads a CSV without one in the machine's legacy code page and
  mangles every non-ASCII letter; with the mark Excel, LibreOffice and Numbers all pick UTF-8, and
  pandas (`read_csv`) and Python's csv module (`encoding="utf-8-sig"`) skip it.
- RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled), CRLF rows.
- Nested lists (quantities, dates, evidence, annotations, links, attribution chain) as JSON text in
  `*_json` columns, with the first quantity and first date also in plain columns for filtering.
- Formula injection: a text cell that begins with = + - @, a tab or a carriage return is prefixed
  with an apostrophe, which spreadsheets show as text instead of evaluating (OWASP's advice). Only
  text cells are touched: numbers stay numbers. JSONL and Parquet keep the exact text.
- Booleans as true/false, missing values as empty cells.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Record = Mapping[str, Any]


def neutralize(text: str | None) -> str | None:
    """A text cell made safe to open in a spreadsheet (see the module docstring)."""
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _first(record: Record, key: str, field: str) -> Any:
    items = record.get(key) or []
    return items[0].get(field) if items else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _agreement(record: Record, field: str) -> Any:
    agreement = record.get("agreement") or {}
    return agreement.get(field)


# (column, value, is_text): is_text cells go through `neutralize`.
COLUMNS: list[tuple[str, Callable[[Record], Any], bool]] = [
    ("id", lambda r: r["id"], False),
    ("text", lambda r: r["text"], True),
    ("article_id", lambda r: r["article_id"], False),
    ("outlet", lambda r: r["outlet"], True),
    ("story", lambda r: r.get("story"), True),
    ("url", lambda r: r["url"], True),
    ("published", lambda r: r["published"], False),
    ("span_start", lambda r: r["span"]["start"], False),
    ("span_end", lambda r: r["span"]["end"], False),
    ("sentence", lambda r: r["sentence"], True),
    ("kind", lambda r: r["kind"], False),
    ("attribution_type", lambda r: r["attribution"]["type"], False),
    ("attribution_source", lambda r: r["attribution"]["source"], True),
    ("attribution_cue", lambda r: r["attribution"]["cue"], True),
    ("attribution_origin", lambda r: r["attribution"]["origin"], False),
    ("hedged", lambda r: r["hedged"], False),
    ("direct_quote", lambda r: r["direct_quote"], False),
    ("status", lambda r: r["status"], False),
    ("verdict", lambda r: r["verdict"], False),
    ("verdict_rationale", lambda r: r.get("verdict_rationale"), True),
    ("quantity_count", lambda r: len(r["quantities"]), False),
    ("quantity_kind", lambda r: _first(r, "quantities", "kind"), False),
    ("quantity_low", lambda r: _first(r, "quantities", "low"), False),
    ("quantity_high", lambda r: _first(r, "quantities", "high"), False),
    ("quantity_unit", lambda r: _first(r, "quantities", "unit"), True),
    ("quantity_text", lambda r: _first(r, "quantities", "text"), True),
    ("quantities_json", lambda r: _json(r["quantities"]), False),
    ("date_count", lambda r: len(r["dates"]), False),
    ("date_start", lambda r: _first(r, "dates", "start"), False),
    ("date_end", lambda r: _first(r, "dates", "end"), False),
    ("date_text", lambda r: _first(r, "dates", "text"), True),
    ("dates_json", lambda r: _json(r["dates"]), False),
    ("attribution_chain_json", lambda r: _json(r["attribution_chain"]), False),
    ("annotation_count", lambda r: len(r["annotations"]), False),
    ("agreement", lambda r: _agreement(r, "overall"), False),
    ("agreement_source_type", lambda r: _agreement(r, "source_type"), False),
    ("agreement_verdict", lambda r: _agreement(r, "verdict"), False),
    ("agreement_source_name", lambda r: _agreement(r, "source_name"), False),
    ("annotations_json", lambda r: _json(r["annotations"]), False),
    ("evidence_count", lambda r: len(r["evidence"]), False),
    ("evidence_json", lambda r: _json(r["evidence"]), False),
    ("cluster_id", lambda r: r["cluster_id"], False),
    ("link_count", lambda r: len(r["links"]), False),
    ("links_json", lambda r: _json(r["links"]), False),
    ("updated_at", lambda r: r.get("updated_at"), False),
]
HEADER = [name for name, _, _ in COLUMNS]


def _cell(value: Any, is_text: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if is_text:
        return neutralize(value)
    return value


def csv_row(record: Record) -> list[Any]:
    """One record as the CSV cells, in HEADER order."""
    return [_cell(get(record), is_text) for _, get, is_text in COLUMNS]


def csv_chunks(records: Iterable[Record], *, bom: bool = True) -> Iterator[str]:
    """The CSV text: the byte-order mark and header, then one row per record."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    yield (BOM if bom else "") + buffer.getvalue()
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(csv_row(record))
        yield buffer.getvalue()
