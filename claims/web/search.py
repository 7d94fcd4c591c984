"""Finding claims: text, outlet, story, status, source type, verdict, reviewer."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask_wtf import FlaskForm
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload
from wtforms import SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from claims.extensions import db
from claims.extraction import SourceType
from claims.models import Annotation, Article, Claim, ClaimStatus, Outlet, Story, User, Verdict

bp = Blueprint("search", __name__)


def _choices(values: list[str]) -> list[SelectChoice]:
    """An "any" choice followed by the values."""
    return [SelectChoice("", "any"), *(SelectChoice(v, v.replace("_", " ")) for v in values)]


class SearchForm(FlaskForm):
    """Filters over claims (GET: no CSRF needed, nothing changes)."""

    class Meta:
        csrf = False

    q = StringField("Text", validators=[Optional(), Length(max=200)])
    outlet = SelectField("Outlet", validators=[Optional()])
    story = SelectField("Story", validators=[Optional()])
    status = SelectField("Status", choices=_choices([s.value for s in ClaimStatus]), validators=[Optional()])
    source_type = SelectField("Source type", choices=_choices([t.value for t in SourceType]), validators=[Optional()])
    verdict = SelectField("Verdict", choices=_choices([v.value for v in Verdict]), validators=[Optional()])
    reviewer = SelectField("Reviewer", validators=[Optional()])


def _filtered(form: SearchForm) -> Select:
    """Live claims matching the form's filters."""
    query = select(Claim).join(Article, Article.id == Claim.article_id).where(Claim.deleted_at.is_(None))
    if form.q.data:
        words = form.q.data.replace("%", r"\%").replace("_", r"\_")
        query = query.where(Claim.text.ilike(f"%{words}%", escape="\\"))
    if form.outlet.data:
        query = query.where(Article.outlet_id == int(form.outlet.data))
    if form.story.data:
        query = query.where(Article.story_id == int(form.story.data))
    if form.status.data:
        query = query.where(Claim.status == form.status.data)
    if form.source_type.data:
        query = query.where(func.coalesce(Claim.final_source_type, Claim.source_type) == form.source_type.data)
    if form.verdict.data:
        query = query.where(Claim.verdict == form.verdict.data)
    if form.reviewer.data:
        query = query.where(
            select(Annotation.id)
            .where(Annotation.claim_id == Claim.id, Annotation.user_id == int(form.reviewer.data))
            .exists()
        )
    return query


@bp.get("/claims")
def index():
    """Claims matching the filters, 50 a page."""
    form = SearchForm(request.args)
    form.outlet.choices = [SelectChoice("", "any")] + [
        SelectChoice(str(i), n) for i, n in db.session.execute(select(Outlet.id, Outlet.name).order_by(Outlet.name))
    ]
    form.story.choices = [SelectChoice("", "any")] + [
        SelectChoice(str(i), n) for i, n in db.session.execute(select(Story.id, Story.name).order_by(Story.name))
    ]
    form.reviewer.choices = [SelectChoice("", "any")] + [
        SelectChoice(str(i), n) for i, n in db.session.execute(select(User.id, User.username).order_by(User.username))
    ]
    per_page = current_app.config["ARTICLES_PER_PAGE"]
    page = max(request.args.get("page", 1, type=int), 1)
    claims, total = [], 0
    if form.validate():
        query = _filtered(form)
        total = db.session.scalar(select(func.count()).select_from(query.subquery()))
        claims = db.session.scalars(
            query.options(selectinload(Claim.article).selectinload(Article.outlet))
            .order_by(Claim.id.desc())
            .limit(per_page)
            .offset((page - 1) * per_page)
        ).all()
    pages = max((total + per_page - 1) // per_page, 1)
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template(
        "search/index.html", form=form, claims=claims, total=total, page=page, pages=pages, args=args
    )
