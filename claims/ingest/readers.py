"""Read article files (txt, md, html, json, jsonl, csv) into SourceDocuments, one error per bad input."""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from claims.ingest.documents import IngestError, SourceDocument

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"})
MAX_FILE_BYTES = 20 * 1024 * 1024
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".yaml", ".yml")
MAX_SIDECAR_BYTES = 1024 * 1024

_TEXT_FIELDS = ("title", "outlet", "url", "author", "language", "story")
_BOM = b"\xef\xbb\xbf"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_WS = re.compile(r"\s+")
_LEADING_BLANK_LINES = re.compile(r"(?:[^\S\r\n]*(?:\r\n|\r|\n))*")
_FIRST_LINE = re.compile(r"^[^\S\r\n]*(\S[^\r\n]*)(?=\r|\n|\Z)", re.M)

# Article text can be far larger than the csv module's 128 KiB default field limit.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))


def list_files(paths: Iterable[str | Path]) -> list[Path]:
    """Return the given files plus every supported file below the given folders, sorted."""
    found: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise IngestError(str(given), "no such file or directory")
        if not path.is_dir():
            found.add(path)
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if name.startswith(".") or name.lower().endswith((".meta.yaml", ".meta.yml")):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    found.add(Path(dirpath) / name)
    return sorted(found)


def read_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Iterator[SourceDocument | IngestError]:
    """Yield the documents in one file, and an IngestError for each bad file or record."""
    path = Path(path)
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise IngestError(
                origin, f"unsupported file type '{suffix}'" if suffix else "unsupported file type (no suffix)"
            )
        text = _read_text(path, max_bytes)
        if suffix in (".txt", ".md"):
            yield _read_plain(path, text)
        elif suffix in (".html", ".htm"):
            meta = _sidecar(path)
            doc = _document_from_html(origin, text, text, {})
            yield _with_defaults(doc, meta)
        elif suffix == ".json":
            yield from _read_json(path, text)
        elif suffix == ".jsonl":
            yield from _read_jsonl(path, text)
        else:
            yield from _read_csv(path, text)
    except IngestError as err:
        yield err


# --- bytes to text -----------------------------------------------------------------------


def _read_text(path: Path, max_bytes: int) -> str:
    """Read and decode one file as UTF-8, refusing huge, binary, undecodable and empty files."""
    origin = str(path)
    try:
        if path.is_dir():
            raise IngestError(origin, "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(origin, f"file too large ({size / 1e6:.1f} MB, limit {max_bytes / 2**20:g} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {exc.strerror or exc}") from None
    return _decode(origin, data)


def _decode(origin: str, data: bytes) -> str:
    """Decode UTF-8 (BOM allowed) and tell binary data and other encodings apart."""
    if b"\x00" in data[:65536]:
        raise IngestError(origin, "binary file, not text")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        sample = data[:8192]
        controls = len(_CONTROL.findall(sample.decode("latin-1")))
        if controls > 0.1 * len(sample):
            raise IngestError(origin, "binary file, not text") from None
        offset = skip + exc.start
        raise IngestError(origin, f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})") from None
    if len(_CONTROL.findall(text[:8192])) > 0.1 * min(len(text), 8192):
        raise IngestError(origin, "binary file, not text")
    if not text.strip():
        raise IngestError(origin, "empty")
    return text


# --- metadata ------------------------------------------------------------------------------


def _parse_date(origin: str, value: Any, where: str) -> datetime.date | None:
    """Accept a date, a datetime or an ISO string; anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return datetime.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(s).date()
        except ValueError:
            pass
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    raise IngestError(origin, f"{where}bad 'published' date {shown} (expected YYYY-MM-DD)")


def _metadata(origin: str, fields: Mapping[Any, Any], where: str = "") -> dict[str, Any]:
    """Pick the known fields out of a mapping; unknown fields are ignored."""
    meta: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        value = fields.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list, tuple, set, bool)):
            kind = type(value).__name__
            raise IngestError(origin, f"{where}field '{key}' must be text, not {kind}")
        text = _WS.sub(" ", str(value)).strip()
        if text:
            meta[key] = text
    published = _parse_date(origin, fields.get("published"), where)
    if published is not None:
        meta["published"] = published
    return meta


def _yaml_error(exc: yaml.YAMLError, line_offset: int) -> str:
    """One-line description of a YAML error with its file line and column."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        return f"{problem} (line {mark.line + 1 + line_offset}, column {mark.column + 1})"
    return str(problem)


def _sidecar(path: Path) -> dict[str, Any]:
    """Metadata from a.meta.yaml (or a.yaml) beside a.txt, if there is one."""
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if side.is_file():
            break
    else:
        return {}
    origin = str(side)
    text = _read_text(side, MAX_SIDECAR_BYTES)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise IngestError(origin, f"bad sidecar metadata: {_yaml_error(exc, 0)}") from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise IngestError(origin, f"bad sidecar metadata: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IngestError(origin, f"bad sidecar metadata: expected a mapping of fields, got {_kind(data)}")
    return _metadata(origin, data, "sidecar metadata: ")


def _with_defaults(doc: SourceDocument, defaults: Mapping[str, Any]) -> SourceDocument:
    """Fill fields the document left empty from defaults (sidecar metadata)."""
    if not defaults:
        return doc
    changes = {k: v for k, v in defaults.items() if getattr(doc, k) is None}
    return replace(doc, **changes) if changes else doc


def _kind(value: Any) -> str:
    return {
        list: "a list",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "a boolean",
        type(None): "null",
    }.get(type(value), type(value).__name__)


# --- txt / md ---------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _read_plain(path: Path, text: str) -> SourceDocument:
    """A .txt/.md article: optional front matter, a title line, then the text."""
    origin = str(path)
    meta: dict[str, Any] = {}
    rest = text
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            data = yaml.safe_load(m.group(1) or "")
        except yaml.YAMLError as exc:
            raise IngestError(origin, f"bad front matter: {_yaml_error(exc, 1)}") from None
        except (ValueError, TypeError, RecursionError) as exc:  # e.g. a timestamp like 2023-02-30
            raise IngestError(origin, f"bad front matter: {exc}") from None
        if data is not None and not isinstance(data, dict):
            raise IngestError(origin, f"bad front matter: expected a mapping of fields, got {_kind(data)}")
        meta = _metadata(origin, data or {}, "front matter: ")
        rest = text[m.end() :]
    elif _FRONT_MATTER_OPEN.match(text):
        raise IngestError(origin, "bad front matter: no closing '---' line")

    sidecar = _sidecar(path)
    title = meta.get("title") or sidecar.get("title")
    body_start = 0
    first = _FIRST_LINE.search(rest)
    if first:
        line = first.group(1).strip()
        if path.suffix.lower() == ".md" and line.startswith("#"):
            line = line.lstrip("#").strip() or line  # a Markdown heading is the title line
        end = first.end()
        if title is not None:
            if _norm(line) == _norm(title):
                body_start = end
        elif len(line) <= 200 and not line.endswith("."):
            meta["title"] = line
            body_start = end
    body = rest[body_start:]
    body = body[_LEADING_BLANK_LINES.match(body).end() :].rstrip()
    if not body.strip():
        where = "the title line" if body_start else "front matter"
        raise IngestError(origin, f"no article text after {where}")
    merged = {**sidecar, **meta}
    return SourceDocument(origin=origin, text=body, raw=text, **{"title": None, **merged})


# --- html -------------------------------------------------------------------------------------


def _document_from_html(origin: str, html: str, raw: str, fields: Mapping[str, Any]) -> SourceDocument:
    """Main text and metadata of an HTML page via trafilatura; fields given explicitly win."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise IngestError(origin, "no article text found in HTML")
    language = (tree.get("lang") or "").strip() or None
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_images=False)
    lines = [ln.strip() for ln in ((doc.text or "") if doc is not None else "").splitlines()]
    lines = [ln for ln in lines if ln]
    title = (doc.title or None) if doc is not None else None
    if lines and title and _norm(lines[0]) == _norm(title):
        lines = lines[1:]
    if not lines:
        raise IngestError(origin, "no article text found in HTML")
    found: dict[str, Any] = {
        "title": title,
        "outlet": doc.sitename or None,
        "url": doc.url or None,
        "author": doc.author or None,
        "language": doc.language or language,
    }
    meta = _metadata(origin, {k: v for k, v in found.items() if v})
    if doc.date:
        with contextlib.suppress(ValueError):
            meta["published"] = datetime.date.fromisoformat(doc.date[:10])
    meta.update(fields)
    return SourceDocument(origin=origin, text="\n\n".join(lines), raw=raw, **{"title": None, **meta})


# --- json / jsonl / csv -------------------------------------------------------------------------


def _document_from_record(origin: str, record: Any, raw: str) -> SourceDocument:
    """One JSON object or CSV row with a 'text' or 'html' field."""
    if not isinstance(record, dict):
        raise IngestError(origin, f"record is not an object (got {_kind(record)})")
    meta = _metadata(origin, record)
    text, html = record.get("text"), record.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise IngestError(origin, f"field '{name}' must be a string, not {_kind(value)}")
    if text is not None and text.strip():
        return SourceDocument(origin=origin, text=text.strip(), raw=raw, **{"title": None, **meta})
    if html is not None and html.strip():
        return _document_from_html(origin, html, raw, meta)
    if text is None and html is None:
        raise IngestError(origin, "missing 'text' (or 'html') field")
    raise IngestError(origin, "empty")


def _json_error(exc: json.JSONDecodeError, line: bool = True) -> str:
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"not valid JSON: {exc.msg} ({where})"


def _read_json(path: Path, text: str) -> Iterator[SourceDocument | IngestError]:
    """A .json file: one object, or a list of objects."""
    origin = str(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(origin, _json_error(exc)) from None
    except RecursionError:
        raise IngestError(origin, "not valid JSON: nested too deeply") from None
    if isinstance(data, dict):
        yield _document_from_record(origin, data, text)
        return
    if not isinstance(data, list):
        raise IngestError(origin, f"expected an object or a list of objects, got {_kind(data)}")
    if not data:
        raise IngestError(origin, "no records")
    for n, record in enumerate(data, 1):
        rec_origin = f"{origin}:{n}"
        try:
            yield _document_from_record(rec_origin, record, json.dumps(record, ensure_ascii=False))
        except IngestError as err:
            yield err


def _read_jsonl(path: Path, text: str) -> Iterator[SourceDocument | IngestError]:
    """A .jsonl file: one object per line, blank lines skipped; origins use line numbers."""
    origin = str(path)
    seen = False
    # Split on \n only: str.splitlines would also split inside strings holding U+2028.
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        seen = True
        rec_origin = f"{origin}:{n}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(rec_origin, _json_error(exc, line=False)) from None
            except RecursionError:
                raise IngestError(rec_origin, "not valid JSON: nested too deeply") from None
            yield _document_from_record(rec_origin, record, line)
        except IngestError as err:
            yield err
    if not seen:
        raise IngestError(origin, "no records")


def _read_csv(path: Path, text: str) -> Iterator[SourceDocument | IngestError]:
    """A .csv file with a header row; origins use 1-based data row numbers."""
    origin = str(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise IngestError(origin, f"bad CSV: {exc}") from None
    if not header:
        raise IngestError(origin, "empty")
    columns = [h.strip().lower() for h in header]
    if "text" not in columns and "html" not in columns:
        shown = ", ".join(h.strip() for h in header)
        raise IngestError(origin, f"CSV has no 'text' or 'html' column (columns: {shown})")
    n = 0
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise IngestError(f"{origin}:{n + 1}", f"bad CSV: {exc}") from None
        if row is None:
            break
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        record: dict[str, str] = {}
        for i, name in enumerate(columns):
            if name and name not in record:
                record[name] = row[i] if i < len(row) else ""
        try:
            yield _document_from_record(f"{origin}:{n}", record, json.dumps(record, ensure_ascii=False))
        except IngestError as err:
            yield err
    if n == 0:
        raise IngestError(origin, "no records")
