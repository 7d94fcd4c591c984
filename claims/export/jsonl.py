"""JSONL: one CLAIM record per line, UTF-8.

Encoded with orjson (several times the standard library's speed: JSON encoding was a sixth of a
large export's time). The bytes are those of the standard library's `json.dumps(record,
ensure_ascii=False, separators=(",", ":"))`, except the spelling of floats below 1e-4 (`0.00001` for
`1e-05`: the same number) and NaN/Infinity, which orjson writes as null (the standard library writes
`NaN`, which is not JSON). What orjson refuses (integers beyond 64 bits, lone surrogates) goes through
the standard library (`_stdlib_line`), lone surrogates as backslash-u escapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import orjson

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_orjson_dumps = orjson.dumps
_LS, _PS = "\u2028".encode(), "\u2029".encode()
_LS_ESCAPED, _PS_ESCAPED = b"\\u2028", b"\\u2029"
_E2 = _LS[0]
_NEWLINE = orjson.OPT_APPEND_NEWLINE


_DIGITS_AS_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_NINETEEN_DIGITS = b"0" * 19


def json_loads(text: str | bytes) -> Any:
    """The standard library's json.loads, done by orjson where it gives the same value (several times faster).

    orjson refuses NaN and numbers beyond a double, and reads integers beyond 64 bits as floats; those
    need 19 digits in a row, so text with such a run goes to the standard library. The app's database
    engine decodes JSON columns with this (SQLite and PostgreSQL).
    """
    data = text.encode() if isinstance(text, str) else bytes(text)
    if _NINETEEN_DIGITS in data.translate(_DIGITS_AS_ZEROS):
        return json.loads(data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def _stdlib_line(record: Mapping[str, Any]) -> bytes:
    """One record through the standard library's encoder (the fallback and the reference)."""
    try:
        return _dumps(record).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not UTF-8, so the record is written ASCII-escaped
        return json.dumps(record, separators=(",", ":")).encode("ascii")


def jsonl_bytes(record: Mapping[str, Any]) -> bytes:
    """One record as one line of UTF-8 JSON, newline-terminated (non-ASCII kept as UTF-8).

    U+2028 / U+2029 are escaped: they are legal inside JSON strings, but line splitters such as
    Python's str.splitlines treat them as line ends and would cut a record in two.
    """
    try:
        line = _orjson_dumps(record, option=_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError: a value outside what orjson encodes
        line = _stdlib_line(record) + b"\n"
    # Both separators start with the byte E2: one memchr rules them out for most lines, where two
    # substring searches cost as much as a tenth of the encoding.
    if _E2 in line and (_LS in line or _PS in line):
        line = line.replace(_LS, _LS_ESCAPED).replace(_PS, _PS_ESCAPED)
    return line


def jsonl_line(record: Mapping[str, Any]) -> str:
    """One record as one line of JSON text (see `jsonl_bytes`)."""
    return jsonl_bytes(record).decode("utf-8")


def jsonl_byte_chunks(records: Iterable[Mapping[str, Any]], batch: int = 256) -> Iterator[bytes]:
    """The JSONL file as UTF-8 bytes, several records per chunk (an empty export yields nothing)."""
    pending: list[bytes] = []
    for record in records:
        pending.append(jsonl_bytes(record))
        if len(pending) >= batch:
            yield b"".join(pending)
            pending = []
    if pending:
        yield b"".join(pending)


def jsonl_chunks(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The JSONL text, one line per record (an empty export is an empty file)."""
    for record in records:
        yield jsonl_line(record)
