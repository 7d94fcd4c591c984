"""The comparison report of a story: gather its articles, claims and links, then build and render it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from flask import current_app, render_template
from markupsafe import Markup
from sqlalchemy import or_, select

from claims.errors import ValidationError
from claims.extensions import db
from claims.matching.diffmark import mark_differences
from claims.models import Article, Claim, ClaimLink, LinkStatus, Outlet, Story
from claims.reporting import ArticleInfo, ClaimInfo, LinkInfo, Report, build_report

FORMATS = ("html", "json", "csv")


def find_story(name: str) -> Story:
    """The story with this name; ValidationError when there is none."""
    story = db.session.scalar(select(Story).where(Story.name == name))
    if story is None:
        raise ValidationError("story", f"no story named {name!r}")
    return story


def story_report(story: Story) -> Report:
    """Build the story's report from the database."""
    articles = [
        ArticleInfo(aid, outlet, title, url, published)
        for aid, outlet, title, url, published in db.session.execute(
            select(Article.id, Outlet.name, Article.title, Article.url, Article.published)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(Article.story_id == story.id)
        )
    ]
    ids = [a.id for a in articles]
    claims = [
        ClaimInfo(cid, aid, text, final_type or source_type, final_name if final_type else source_name, cluster)
        for cid, aid, text, final_type, source_type, final_name, source_name, cluster in db.session.execute(
            select(
                Claim.id,
                Claim.article_id,
                Claim.text,
                Claim.final_source_type,
                Claim.source_type,
                Claim.final_source_name,
                Claim.source_name,
                Claim.cluster_id,
            )
            .where(Claim.article_id.in_(ids), Claim.deleted_at.is_(None), Claim.status != "rejected")
            .order_by(Claim.article_id, Claim.start)
        )
    ]
    claim_ids = select(Claim.id).where(Claim.article_id.in_(ids))
    links = [
        LinkInfo(a, b, relation, field)
        for a, b, relation, field in db.session.execute(
            select(ClaimLink.claim_a_id, ClaimLink.claim_b_id, ClaimLink.relation, ClaimLink.field).where(
                ClaimLink.status != LinkStatus.REJECTED.value,
                or_(ClaimLink.claim_a_id.in_(claim_ids), ClaimLink.claim_b_id.in_(claim_ids)),
            )
        )
    ]
    return build_report(story.name, articles, claims, links)


def conflict_views(report: Report) -> list[dict]:
    """Each conflict with every outlet's wording; words missing from the other outlets' wording are marked."""
    views = []
    for row in report.conflicts:
        texts = {o: [report.claims[i].text for i in ids] for o, ids in row.claims.items()}
        wordings = {}
        for outlet, own in texts.items():
            others = " ".join(t for o, ts in texts.items() if o != outlet for t in ts)
            wordings[outlet] = [mark_differences(text, others) for text in own]
        views.append({"row": row, "wordings": wordings})
    return views


def render_report(report: Report, fmt: str, standalone: bool = True) -> str:
    """The report as a self-contained HTML page, JSON or CSV (the coverage matrix)."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["cluster_id", "fact", *report.outlets, "conflict_fields", "first_seen", "first_outlets"])
        for row in report.rows:
            writer.writerow(
                [
                    row.cluster_id,
                    row.label,
                    *(str(row.cells[o]) for o in report.outlets),
                    ";".join(row.conflict_fields),
                    row.first_seen.isoformat() if row.first_seen else "",
                    ";".join(row.first_outlets),
                ]
            )
        return out.getvalue()
    if fmt != "html":
        raise ValidationError("format", f"choose one of {', '.join(FORMATS)}")
    if not standalone:
        return render_template("reports/story.html", report=report, conflicts=conflict_views(report))
    # The file must stand alone (mail it, print it): the stylesheet goes inside.
    css = Markup((Path(current_app.static_folder) / "report.css").read_text(encoding="utf-8"))
    return render_template("reports/standalone.html", report=report, conflicts=conflict_views(report), report_css=css)
