"""The read-only JSON API: claims, articles, stories, links, report. Token authentication (Bearer)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, request, send_file
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from claims.extensions import csrf, db, login_manager
from claims.models import Article, Claim, ClaimLink, Outlet, Story
from claims.serialize import article_record, claim_records
from claims.services.claims import live_claims
from claims.services.reports import story_report

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # read-only and token-authenticated: nothing here changes state
login_manager.blueprint_login_views["api"] = None  # no login page: a missing token is a JSON 401
MAX_PER_PAGE = 500
DEFAULT_PER_PAGE = 100
OPENAPI = Path(__file__).resolve().parent.parent / "openapi.yaml"


def _page() -> tuple[int, int]:
    """page and per_page from the query string, checked."""
    try:
        page = int(request.args.get("page", 1))
        per_page = int(request.args.get("per_page", DEFAULT_PER_PAGE))
    except ValueError:
        abort(400, description="page and per_page must be whole numbers")
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        abort(400, description=f"page must be >= 1 and per_page between 1 and {MAX_PER_PAGE}")
    return page, per_page


def _paged(items: Any, page: int, per_page: int, total: int) -> dict[str, Any]:
    """The list envelope."""
    return {"items": items, "page": page, "per_page": per_page, "total": total}


def _count(query: Select) -> int:
    """Rows a query would return."""
    return db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))


def _story_id(name: str | None) -> int | None:
    """The id of a story named in a filter; 404 when unknown."""
    if not name:
        return None
    story_id = db.session.scalar(select(Story.id).where(Story.name == name))
    if story_id is None:
        abort(404, description=f"no story named {name!r}")
    return story_id


@bp.get("/claims")
def claims():
    """Claims with filters: status, verdict, source_type, story, outlet; paged."""
    page, per_page = _page()
    query = select(Claim).join(Article, Article.id == Claim.article_id).where(Claim.deleted_at.is_(None))
    for name, column in (("status", Claim.status), ("verdict", Claim.verdict)):
        if request.args.get(name):
            query = query.where(column == request.args[name])
    if request.args.get("source_type"):
        query = query.where(func.coalesce(Claim.final_source_type, Claim.source_type) == request.args["source_type"])
    story_id = _story_id(request.args.get("story"))
    if story_id is not None:
        query = query.where(Article.story_id == story_id)
    if request.args.get("outlet"):
        query = query.join(Outlet, Outlet.id == Article.outlet_id).where(Outlet.name == request.args["outlet"])
    total = _count(query)
    rows = db.session.scalars(
        query.options(selectinload(Claim.article).selectinload(Article.outlet))
        .order_by(Claim.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return _paged(claim_records(rows), page, per_page, total)


@bp.get("/claims/<int:claim_id>")
def claim(claim_id: int):
    """One claim as the CLAIM record."""
    found = db.session.get(Claim, claim_id)
    if found is None or found.deleted_at is not None:
        abort(404, description=f"claim {claim_id} not found")
    return claim_records([found])[0]


@bp.get("/articles")
def articles():
    """Articles (without bodies) with filters: story, outlet; paged."""
    page, per_page = _page()
    query = select(Article).join(Outlet, Outlet.id == Article.outlet_id)
    story_id = _story_id(request.args.get("story"))
    if story_id is not None:
        query = query.where(Article.story_id == story_id)
    if request.args.get("outlet"):
        query = query.where(Outlet.name == request.args["outlet"])
    total = _count(query)
    rows = db.session.scalars(
        query.options(selectinload(Article.outlet), selectinload(Article.story))
        .order_by(Article.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    items = [{k: v for k, v in article_record(a).items() if k != "body"} | _article_extra(a) for a in rows]
    return _paged(items, page, per_page, total)


def _article_extra(article: Article) -> dict[str, Any]:
    """Fields the list shows beside the article record."""
    return {"story": article.story.name if article.story else None, "author": article.author}


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    """One article with its body and claims."""
    found = db.session.get(Article, article_id)
    if found is None:
        abort(404, description=f"article {article_id} not found")
    claims = claim_records(live_claims(found), found)
    return {**article_record(found), **_article_extra(found), "claims": claims}


@bp.get("/stories")
def stories():
    """Every story with its article count."""
    rows = db.session.execute(
        select(Story, func.count(Article.id))
        .outerjoin(Article, Article.story_id == Story.id)
        .group_by(Story.id)
        .order_by(Story.id)
    ).all()
    return {"items": [_story(s, n) for s, n in rows]}


def _story(story: Story, articles: int) -> dict[str, Any]:
    """A story as JSON."""
    return {
        "id": story.id,
        "name": story.name,
        "description": story.description,
        "annotations_required": story.annotations_required,
        "articles": articles,
    }


@bp.get("/stories/<int:story_id>")
def story(story_id: int):
    """One story."""
    found = db.session.get(Story, story_id) or abort(404, description=f"story {story_id} not found")
    count = db.session.scalar(select(func.count(Article.id)).where(Article.story_id == found.id))
    return _story(found, count)


@bp.get("/stories/<int:story_id>/report")
def report(story_id: int):
    """The story's cross-outlet comparison as JSON."""
    found = db.session.get(Story, story_id) or abort(404, description=f"story {story_id} not found")
    return story_report(found).to_dict()


@bp.get("/links")
def links():
    """Links between claims with filters: status, relation, claim; paged."""
    page, per_page = _page()
    query = select(ClaimLink)
    for name, column in (("status", ClaimLink.status), ("relation", ClaimLink.relation)):
        if request.args.get(name):
            query = query.where(column == request.args[name])
    if request.args.get("claim"):
        try:
            claim_id = int(request.args["claim"])
        except ValueError:
            abort(400, description="claim must be a claim id")
        query = query.where((ClaimLink.claim_a_id == claim_id) | (ClaimLink.claim_b_id == claim_id))
    total = _count(query)
    rows = db.session.scalars(query.order_by(ClaimLink.id).limit(per_page).offset((page - 1) * per_page)).all()
    items = [
        {
            "id": link.id,
            "a": str(link.claim_a_id),
            "b": str(link.claim_b_id),
            "relation": link.relation,
            "field": link.field,
            "score": link.score,
            "status": link.status,
            "origin": link.origin,
        }
        for link in rows
    ]
    return _paged(items, page, per_page, total)


@bp.get("/openapi.yaml")
def openapi():
    """The API's OpenAPI description."""
    return send_file(OPENAPI, mimetype="application/yaml", max_age=current_app.get_send_file_max_age(str(OPENAPI)))
