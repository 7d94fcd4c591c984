"""Plain data read from input files: one SourceDocument per article, IngestError per bad input."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceDocument:
    """One article as read from a file or record, before cleaning."""

    origin: str
    title: str | None
    text: str
    raw: str
    outlet: str | None = None
    url: str | None = None
    published: datetime.date | None = None
    author: str | None = None
    language: str | None = None
    story: str | None = None


def _one_line(s: str) -> str:
    """Join the lines of s so a message never spans lines (other whitespace is kept)."""
    return " ".join(part.strip() for part in str(s).splitlines() if part.strip()) if s else ""


class IngestError(Exception):
    """A bad file or record: str(err) == f"{origin}: {reason}" (one line)."""

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = _one_line(origin)
        self.reason = _one_line(reason)
        super().__init__(f"{self.origin}: {self.reason}")

    def __reduce__(self):  # keep pickling (multiprocessing) working with two arguments
        return (type(self), (self.origin, self.reason))
