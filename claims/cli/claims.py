"""`flask claims`: import, extract, evaluate and load the demo data."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup
from tqdm import tqdm

from claims.errors import ValidationError
from claims.extensions import db
from claims.ingest import IngestError, list_files, read_file
from claims.models import Outlet
from claims.serialize import article_record, claim_record
from claims.services.articles import build_article, outlet_name_for
from claims.services.imports import import_paths
from claims.services.users import ensure_demo_user

claims_group = AppGroup("claims", help="Import articles, extract and evaluate claims.")

SEEDS_DIR = "seeds"


def _err(message: str) -> None:
    """One line on stderr."""
    click.echo(message, err=True)


def _bar(files: list[Path]) -> Iterable[Path]:
    """A progress bar over the files, on stderr."""
    return tqdm(files, desc="importing", unit="file", file=sys.stderr, disable=len(files) < 2)


@claims_group.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", help="Outlet for documents that do not name one.")
@click.option("--story", help="Story for documents that do not name one.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON on stdout.")
def import_command(paths: tuple[str, ...], outlet: str | None, story: str | None, as_json: bool) -> None:
    """Import articles from files or folders (.txt, .md, .html, .json, .jsonl, .csv)."""
    show_bar = any(Path(p).is_dir() for p in paths)
    report = import_paths(paths, default_outlet=outlet, default_story=story, progress=_bar if show_bar else None)
    imported, duplicates, errors = report.imported, report.duplicates, report.errors
    for line in errors:
        _err(f"error: {line}")
    if as_json:
        click.echo(
            json.dumps(
                {
                    "imported": [asdict(o) for o in imported],
                    "duplicates": [asdict(o) for o in duplicates],
                    "errors": errors,
                }
            )
        )
    else:
        for o in imported:
            click.echo(f"imported {o.origin}: article {o.article_id}, {o.claims} claims")
        for o in duplicates:
            click.echo(f"skipped {o.origin}: duplicate ({o.reason})")
    _err(report.summary())
    if errors:
        sys.exit(1)


@claims_group.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="text",
    show_default=True,
    help="json: the contract's JSON on stdout; text: one claim per line.",
)
def extract_command(file: str, fmt: str) -> None:
    """Run one article through the pipeline and print its claims; nothing is stored."""
    try:
        items = list(read_file(Path(file)))
    except IngestError as exc:
        raise click.ClickException(str(exc)) from None
    if not items:
        raise click.ClickException(f"{file}: no article found")
    if isinstance(items[0], IngestError):
        raise click.ClickException(str(items[0]))
    doc = items[0]
    try:
        article = build_article(doc, Outlet(name=outlet_name_for(doc)))
    except ValidationError as exc:
        raise click.ClickException(f"{doc.origin}: {exc.reason}") from None
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "article": article_record(article),
                    "claims": [claim_record(c, article) for c in article.claims],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(f"{article.title or '(untitled)'} — {article.outlet.name}, {article.published or 'undated'}")
    for claim in article.claims:
        source = claim.source_name or "-"
        click.echo(f"[{claim.start}:{claim.end}] {claim.text}  ({claim.source_type}: {source})")


@claims_group.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON on stdout.")
def evaluate_command(gold: str, as_json: bool) -> None:
    """Score the extraction engine against a gold file (format: dev-corpus README)."""
    from claims.evaluation.corpus import GoldFileError, evaluate_gold_file

    try:
        report = evaluate_gold_file(Path(gold))
    except GoldFileError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    else:
        click.echo(report.format_text())


@claims_group.command("seed")
def seed_command() -> None:
    """Load the demo articles from seeds/ (idempotent) and create the demo reviewer."""
    seeds = Path(current_app.root_path) / SEEDS_DIR
    # The folder's README describes the demo; it is not an article.
    files = [str(p) for p in list_files([seeds]) if p.name.lower() != "readme.md"]
    report = import_paths(files)
    for line in report.errors:
        _err(f"error: {line}")
    username, password = ensure_demo_user(current_app.instance_path)
    db.session.commit()
    click.echo(f"demo data: {len(report.imported)} new articles, {len(report.duplicates)} already there")
    click.echo(f"demo login: {username} / {password}")
    if report.errors:
        sys.exit(1)
