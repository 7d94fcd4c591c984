"""JSONL: one CLAIM record per line, UTF-8."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def jsonl_line(record: Mapping[str, Any]) -> str:
    """One record as one line of JSON (non-ASCII kept as UTF-8, newline-terminated).

    U+2028 / U+2029 are escaped: they are legal inside JSON strings, but line splitters such as
    Python's str.splitlines treat them as line ends and would cut a record in two.
    """
    line = _dumps(record)
    if "\u2028" in line or "\u2029" in line:
        line = line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return line + "\n"


def jsonl_chunks(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The JSONL text, one line per record (an empty export is an empty file)."""
    for record in records:
        yield jsonl_line(record)
