"""The import subsystem shared by the CLI and the browser: files in, one transaction per article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from claims.errors import ValidationError
from claims.extensions import db
from claims.ingest import IngestError, SourceDocument, list_files, read_file
from claims.services.articles import ImportOutcome, ImportStatus, import_document

log = logging.getLogger(__name__)


@dataclass
class ImportReport:
    """What a batch did: outcomes per document and one line per error."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def imported(self) -> list[ImportOutcome]:
        """The documents stored as new articles."""
        return [o for o in self.outcomes if o.status is ImportStatus.IMPORTED]

    @property
    def duplicates(self) -> list[ImportOutcome]:
        """The documents skipped because the article was already there."""
        return [o for o in self.outcomes if o.status is ImportStatus.DUPLICATE]

    def summary(self) -> str:
        """One line: imported, claims, duplicates, errors."""
        return (
            f"{len(self.imported)} imported ({sum(o.claims for o in self.imported)} claims), "
            f"{len(self.duplicates)} duplicates skipped, {len(self.errors)} errors"
        )


def files_in(paths: Iterable[str | Path], report: ImportReport) -> list[Path]:
    """The article files under `paths`; a path that does not exist goes to the report."""
    files: list[Path] = []
    for path in paths:
        try:
            files.extend(list_files([path]))
        except IngestError as exc:
            report.errors.append(str(exc))
    return files


def import_documents(
    items: Iterable[SourceDocument | IngestError],
    report: ImportReport,
    *,
    default_outlet: str | None = None,
    default_story: str | None = None,
) -> ImportReport:
    """Import each document in its own transaction (committed here: the contract is one per article)."""
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(str(item))
            continue
        try:
            outcome = import_document(item, default_outlet=default_outlet, default_story=default_story)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            report.errors.append(f"{item.origin}: {exc.reason}")
        except SQLAlchemyError as exc:
            db.session.rollback()
            report.errors.append(f"{item.origin}: database error ({type(exc).__name__})")
        except Exception as exc:  # an engine bug on one article must not sink the batch
            db.session.rollback()
            log.exception("import of %s failed", item.origin)
            report.errors.append(f"{item.origin}: internal error ({type(exc).__name__}: {exc})")
        else:
            report.outcomes.append(outcome)
    return report


def read_all(files: Iterable[Path]) -> Iterator[SourceDocument | IngestError]:
    """Every document and error in `files`, in order."""
    for path in files:
        yield from read_file(path)


def import_paths(
    paths: Iterable[str | Path],
    *,
    default_outlet: str | None = None,
    default_story: str | None = None,
    progress: Callable[[list[Path]], Iterable[Path]] | None = None,
) -> ImportReport:
    """Import every document in the files and folders `paths`; `progress` may wrap the file list."""
    report = ImportReport()
    files = files_in(paths, report)
    wrapped = progress(files) if progress else files
    return import_documents(read_all(wrapped), report, default_outlet=default_outlet, default_story=default_story)
