"""Engine: dataset file formats (JSONL, CSV, Parquet, ClaimReview JSON-LD) and the dataset card.

Pure functions over iterables of CLAIM records (plain dicts, contracts.md): no Flask, no SQLAlchemy,
no database. The services query and build the records; these modules only write them.
pyarrow is imported by claims.export.parquet alone, so the other formats stay light.
"""

from __future__ import annotations

FORMATS = ("jsonl", "csv", "parquet", "claimreview")
# File name endings per format, for downloads and default names.
EXTENSIONS = {"jsonl": "jsonl", "csv": "csv", "parquet": "parquet", "claimreview": "jsonld"}
MEDIA_TYPES = {
    "jsonl": "application/jsonl; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "claimreview": "application/ld+json; charset=utf-8",
}

__all__ = ["EXTENSIONS", "FORMATS", "MEDIA_TYPES"]
