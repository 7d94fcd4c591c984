"""`flask claims`: import, extract, evaluate, export and load the demo data."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, replace
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select
from tqdm import tqdm

from claims.errors import ValidationError
from claims.export import FORMATS
from claims.extensions import db
from claims.extraction.types import SourceType
from claims.ingest import IngestError, list_files, read_file
from claims.models import Article, ClaimStatus, Outlet, Story, User, Verdict
from claims.serialize import article_record, claim_record
from claims.services.articles import build_article, outlet_name_for
from claims.services.exports import (
    ExportFilters,
    card_for,
    check_filters,
    claimreview_publisher,
    count_claims,
    export_claims,
)
from claims.services.imports import import_paths
from claims.services.links import match_settings, relink_all
from claims.services.reports import FORMATS as REPORT_FORMATS
from claims.services.reports import find_story, render_report, story_report
from claims.services.stories import enlist_reviewer
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
    """Score extraction, and linking end to end, against a gold file (format: dev-corpus README)."""
    from claims.evaluation.corpus import GoldFileError, evaluate_gold_file
    from claims.evaluation.linking import evaluate_linking, format_linking

    try:
        report = evaluate_gold_file(Path(gold))
        gold_data = json.loads(Path(gold).read_text(encoding="utf-8"))
    except GoldFileError as exc:
        raise click.ClickException(str(exc)) from None
    linking = evaluate_linking(gold_data, report)
    if as_json:
        click.echo(json.dumps({**report.to_dict(), "linking": linking.figures()}))
    else:
        click.echo(report.format_text())
        click.echo("\n" + format_linking(linking, len(gold_data.get("links", []))))


def _follow(bar: tqdm) -> Callable[[int, int], None]:
    """A progress callback (done, total) that moves `bar`."""

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    return progress


@claims_group.command("link")
@click.option("--threshold", type=click.FloatRange(0, 100), help="Score a pair needs (0-1, or 0-100).")
@click.option("--rebuild", is_flag=True, help="Drop the matcher's suggestions first; links people decided stay.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes to use.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON on stdout.")
def link_command(threshold: float | None, rebuild: bool, workers: int, as_json: bool) -> None:
    """Link the same claim across outlets and update the clusters."""
    settings = match_settings()
    if threshold is not None:
        settings = replace(settings, threshold=threshold / 100 if threshold > 1 else threshold)
    storing = tqdm(total=0, desc="storing text analyses", unit="claim", file=sys.stderr, disable=None, delay=0.5)
    bar = tqdm(total=0, desc="linking", unit="claim", file=sys.stderr, disable=None)
    report = relink_all(
        settings, rebuild=rebuild, progress=_follow(bar), workers=workers, forms_progress=_follow(storing)
    )
    storing.close()
    bar.close()
    db.session.commit()
    if as_json:
        click.echo(json.dumps(asdict(report)))
    else:
        click.echo(
            f"{report.claims} claims: {report.suggested} new links, {report.updated} refreshed, "
            f"{report.kept_decided} decided by people kept, {report.clusters} clusters"
            + (f", text analyses stored for {report.analyses_stored} claims" if report.analyses_stored else "")
        )


@claims_group.command("report")
@click.option("--story", "story_name", required=True, help="Name of the story to compare.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="html",
    show_default=True,
    help="html: a self-contained page; json; csv: the coverage matrix.",
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of stdout.")
def report_command(story_name: str, fmt: str, out: str | None) -> None:
    """Cross-outlet comparison report of one story."""
    try:
        story = find_story(story_name)
    except ValidationError as exc:
        raise click.ClickException(exc.reason) from None
    text = render_report(story_report(story), fmt)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        _err(f"wrote {out}")
    else:
        click.echo(text, nl=False)


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
    demo = db.session.scalar(select(User).where(User.username == username))
    for story in db.session.scalars(
        select(Story).join(Article).where(Article.source.startswith(str(seeds))).distinct()
    ):
        enlist_reviewer(story, demo)  # so the demo reviewer's queue has work in it
    db.session.commit()
    click.echo(f"demo data: {len(report.imported)} new articles, {len(report.duplicates)} already there")
    click.echo(f"demo login: {username} / {password}")
    if report.errors:
        sys.exit(1)


# Below this many claims an export finishes too fast for a progress bar to help.
PROGRESS_THRESHOLD = 10_000


@claims_group.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), required=True, help="jsonl, csv, parquet or claimreview (JSON-LD)."
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in ClaimStatus]),
    help="Only claims in this workflow status (repeatable). Default: verified.",
)
@click.option("--all", "all_statuses", is_flag=True, help="Claims in every workflow status, not only verified ones.")
@click.option("--story", help="Only claims of this story's articles.")
@click.option("--outlet", help="Only claims of this outlet's articles.")
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    type=click.Choice([v.value for v in Verdict]),
    help="Only this verdict (repeatable).",
)
@click.option(
    "--source-type",
    "source_types",
    multiple=True,
    type=click.Choice([t.value for t in SourceType]),
    help="Only claims whose attribution has this source type (repeatable).",
)
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after DATE (YYYY-MM-DD)."
)
@click.option(
    "--until", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or before DATE (YYYY-MM-DD)."
)
@click.option(
    "--min-agreement",
    type=click.FloatRange(0.0, 1.0),
    help="Only claims whose reviewers agree at least this much (share of agreeing pairs, 0-1).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE (and the dataset card to FILE.card.md) instead of stdout; required for parquet.",
)
@click.option(
    "--card",
    "card_path",
    type=click.Path(dir_okay=False),
    help="Where to write the dataset card (default FILE.card.md).",
)
def export_command(
    fmt: str,
    statuses: tuple[str, ...],
    all_statuses: bool,
    story: str | None,
    outlet: str | None,
    verdicts: tuple[str, ...],
    source_types: tuple[str, ...],
    since,
    until,
    min_agreement: float | None,
    out: str | None,
    card_path: str | None,
) -> None:
    """Export claims as a dataset (verified claims by default) with a dataset card beside it."""
    if all_statuses and statuses:
        raise click.ClickException("use --status or --all, not both")
    if fmt == "parquet" and not out:
        raise click.ClickException("--format parquet needs --out FILE (Parquet is a binary file, not for stdout)")
    filters = ExportFilters(
        statuses=() if all_statuses else (statuses or ExportFilters.statuses),
        story=story,
        outlet=outlet,
        verdicts=verdicts,
        source_types=source_types,
        since=since.date() if since else None,
        until=until.date() if until else None,
        min_agreement=min_agreement,
    )
    try:
        check_filters(filters)
    except ValidationError as exc:
        raise click.ClickException(str(exc)) from None
    total = count_claims(filters)

    def progress(records):
        return tqdm(
            records, total=total, desc="exporting", unit="claim", file=sys.stderr, disable=total < PROGRESS_THRESHOLD
        )

    publisher = claimreview_publisher(current_app.config)
    if out is None:
        sys.stdout.flush()  # UTF-8 bytes go straight to the binary stream below the text one
        stats = export_claims(fmt, filters, sys.stdout.buffer, publisher=publisher, progress=progress)
        sys.stdout.buffer.flush()
    else:
        partial = f"{out}.part"
        try:
            with open(partial, "wb") as sink:
                stats = export_claims(fmt, filters, sink, publisher=publisher, progress=progress)
            os.replace(partial, out)
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or out}: {exc.strerror}") from None
        finally:
            if os.path.exists(partial):
                os.remove(partial)
    card_file = card_path or (f"{out}.card.md" if out else None)
    if card_file:
        try:
            Path(card_file).write_text(
                card_for(stats, fmt, filters, file=os.path.basename(out or "-")), encoding="utf-8"
            )
        except OSError as exc:
            raise click.ClickException(f"{card_file}: {exc.strerror}") from None
    where = out or "stdout"
    _err(f"exported {stats.records} claims ({fmt}) to {where}" + (f"; dataset card: {card_file}" if card_file else ""))
