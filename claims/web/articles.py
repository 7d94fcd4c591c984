"""Front page (articles with claim counts) and the article page (body with claim spans)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import Article, Claim
from claims.serialize import article_record, claim_records
from claims.services.claims import live_claims
from claims.web.forms import MergeForm, NewClaimForm
from claims.web.highlight import segment_body

bp = Blueprint("articles", __name__)


@bp.get("/")
def index():
    """Articles, newest first, with their claim counts."""
    per_page = current_app.config["ARTICLES_PER_PAGE"]
    page = max(request.args.get("page", 1, type=int), 1)
    total = db.session.scalar(select(func.count(Article.id)))
    articles = db.session.scalars(
        select(Article)
        .options(selectinload(Article.outlet), selectinload(Article.story))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    # Count only this page's claims: one indexed query, not a scan of every claim.
    counts = dict(
        db.session.execute(
            select(Claim.article_id, func.count(Claim.id))
            .where(Claim.article_id.in_([a.id for a in articles]), Claim.deleted_at.is_(None))
            .group_by(Claim.article_id)
        ).all()
    )
    rows = [(a, counts.get(a.id, 0)) for a in articles]
    pages = max((total + per_page - 1) // per_page, 1)
    return render_template("articles/index.html", rows=rows, page=page, pages=pages, total=total)


def _load_article(article_id: int) -> Article:
    """The article with its claims and outlet, or 404."""
    article = db.session.get(Article, article_id, options=[selectinload(Article.claims), selectinload(Article.outlet)])
    if article is None:
        abort(404, description=f"article {article_id} not found")
    return article


@bp.get("/articles/<int:article_id>")
def show(article_id: int):
    """The cleaned body with every claim span highlighted, and the claim list."""
    article = _load_article(article_id)
    claims = live_claims(article)
    segments = segment_body(article.body, ((c.id, c.start, c.end) for c in claims))
    return render_template(
        "articles/show.html",
        article=article,
        claims=claims,
        by_id={c.id: c for c in claims},
        segments=segments,
        new_claim_form=NewClaimForm(),
        merge_form=MergeForm(),
    )


@bp.get("/articles/<int:article_id>.json")
def show_json(article_id: int):
    """The article page's JSON twin."""
    article = _load_article(article_id)
    return {"article": article_record(article), "claims": claim_records(live_claims(article), article)}
