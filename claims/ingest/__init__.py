"""Ingest engine: read article files into SourceDocuments and strip page boilerplate from bodies.

Framework-free: no Flask, no SQLAlchemy, and no I/O beyond reading the files asked for.
"""

from __future__ import annotations

from claims.ingest.cleaning import CleanResult, clean_body, content_hash
from claims.ingest.documents import IngestError, SourceDocument
from claims.ingest.readers import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, list_files, read_file

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "CleanResult",
    "IngestError",
    "SourceDocument",
    "clean_body",
    "content_hash",
    "list_files",
    "read_file",
]
