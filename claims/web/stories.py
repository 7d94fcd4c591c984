"""Stories: a lead groups articles, picks reviewers and how many annotations each claim needs, assigns."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from werkzeug.utils import secure_filename
from wtforms import HiddenField, IntegerField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Article, Claim, Role, Story, User
from claims.services.annotations import agreement_for_story
from claims.services.links import suggested_stories
from claims.services.reports import FORMATS, render_report, story_report
from claims.services.stories import (
    ANNOTATOR_ROLES,
    MAX_ANNOTATIONS_REQUIRED,
    add_articles_to_story,
    assign_claims,
    create_story,
    set_story_reviewers,
    story_reviewers,
    update_story,
)
from claims.web.access import require_role
from claims.web.forms import ActionForm

bp = Blueprint("stories", __name__, url_prefix="/stories")
# How many story-less articles the "add articles" picker offers, newest first.
UNASSIGNED_ARTICLE_LIMIT = 200


class StoryForm(FlaskForm):
    """A story's name, description and annotations per claim."""

    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)])
    annotations_required = IntegerField(
        "Independent annotations per claim",
        default=2,
        validators=[DataRequired(), NumberRange(min=1, max=MAX_ANNOTATIONS_REQUIRED)],
    )


class FromSuggestionForm(FlaskForm):
    """A story made from a suggested group of articles."""

    name = StringField("Story name", validators=[DataRequired(), Length(max=200)])
    articles = HiddenField(validators=[DataRequired()])


class ReviewersForm(FlaskForm):
    """Which users annotate the story's claims."""

    reviewers = SelectMultipleField("Reviewers", coerce=int)


class AddArticlesForm(FlaskForm):
    """Articles to put into the story."""

    articles = SelectMultipleField("Articles", coerce=int)


def _story(story_id: int) -> Story:
    """The story, or 404."""
    return db.session.get(Story, story_id) or abort(404, description=f"story {story_id} not found")


def _annotators() -> list[User]:
    """Active users who may annotate."""
    return list(
        db.session.scalars(
            select(User)
            .where(User.active.is_(True), User.role.in_([r.value for r in (*ANNOTATOR_ROLES, Role.ADMIN)]))
            .order_by(User.username)
        )
    )


def _loose_articles() -> list[Article]:
    """Recent articles not yet in any story."""
    return list(
        db.session.scalars(
            select(Article)
            .options(selectinload(Article.outlet))
            .where(Article.story_id.is_(None))
            .order_by(Article.imported_at.desc(), Article.id.desc())
            .limit(UNASSIGNED_ARTICLE_LIMIT)
        )
    )


def _status_counts(story: Story) -> dict[str, int]:
    """How many of the story's live claims are in each workflow status."""
    rows = db.session.execute(
        select(Claim.status, func.count(Claim.id))
        .join(Article, Article.id == Claim.article_id)
        .where(Article.story_id == story.id, Claim.deleted_at.is_(None))
        .group_by(Claim.status)
    )
    return dict(rows.all())


def _forms(story: Story) -> dict[str, FlaskForm]:
    """The story page's forms, filled with the current state."""
    reviewers = ReviewersForm(reviewers=[u.id for u in story_reviewers(story)])
    reviewers.reviewers.choices = [(u.id, f"{u.username} ({u.role})") for u in _annotators()]
    add = AddArticlesForm()
    add.articles.choices = [
        (a.id, f"{a.outlet.name} · {a.published or 'undated'} · {a.title or '(untitled)'}") for a in _loose_articles()
    ]
    settings = StoryForm(
        name=story.name, description=story.description, annotations_required=story.annotations_required
    )
    return {"reviewers_form": reviewers, "add_form": add, "settings_form": settings, "action_form": ActionForm()}


@bp.get("")
def index():
    """Every story with its article and claim counts."""
    rows = db.session.execute(
        select(Story, func.count(func.distinct(Article.id)), func.count(Claim.id))
        .outerjoin(Article, Article.story_id == Story.id)
        .outerjoin(Claim, (Claim.article_id == Article.id) & Claim.deleted_at.is_(None))
        .group_by(Story.id)
        .order_by(Story.created_at.desc())
    ).all()
    suggestions = [
        (articles, links, FromSuggestionForm(articles=",".join(str(a.id) for a in articles)))
        for articles, links in suggested_stories()
    ]
    return render_template("stories/index.html", rows=rows, form=StoryForm(), suggestions=suggestions)


@bp.post("")
@require_role(Role.LEAD)
def create():
    """Create a story."""
    form = StoryForm()
    if form.validate_on_submit():
        try:
            story = create_story(form.name.data, current_user, form.annotations_required.data, form.description.data)
        except ValidationError as exc:
            db.session.rollback()
            form.name.errors = [exc.reason]
        else:
            db.session.commit()
            flash(f"Story {story.name!r} created. Add articles and pick reviewers.")
            return redirect(url_for("stories.show", story_id=story.id))
    return render_template("stories/index.html", rows=[], form=form), 400


@bp.post("/from-suggestion")
@require_role(Role.LEAD)
def create_from_suggestion():
    """Accept a suggested group: a new story holding those articles."""
    form = FromSuggestionForm()
    if not form.validate_on_submit():
        flash("Not created: give the story a name.")
        return redirect(url_for("stories.index"))
    try:
        ids = [int(i) for i in form.articles.data.split(",")]
    except ValueError:
        abort(400, description="articles must be article ids")
    try:
        story = create_story(form.name.data, current_user)
    except ValidationError as exc:
        db.session.rollback()
        flash(f"Not created: {exc.reason}.")
        return redirect(url_for("stories.index"))
    add_articles_to_story(story, db.session.scalars(select(Article).where(Article.id.in_(ids))).all(), current_user)
    db.session.commit()
    flash(f"Story {story.name!r} created from {len(ids)} suggested articles. Pick its reviewers next.")
    return redirect(url_for("stories.show", story_id=story.id))


@bp.get("/<int:story_id>")
def show(story_id: int):
    """A story: its articles, reviewers, settings, progress and agreement."""
    story = _story(story_id)
    articles = db.session.scalars(
        select(Article)
        .options(selectinload(Article.outlet))
        .where(Article.story_id == story.id)
        .order_by(Article.published.nulls_last(), Article.id)
    ).all()
    reviewers = story_reviewers(story)
    return render_template(
        "stories/show.html",
        story=story,
        articles=articles,
        reviewers=reviewers,
        statuses=_status_counts(story),
        agreement=agreement_for_story(story),
        too_few=len(reviewers) < story.annotations_required,
        **_forms(story),
    )


@bp.post("/<int:story_id>/settings")
@require_role(Role.LEAD)
def settings(story_id: int):
    """Rename the story or change how many annotations a claim needs."""
    story = _story(story_id)
    form = StoryForm()
    if not form.validate_on_submit():
        flash("Not saved: " + "; ".join(f"{k}: {v[0]}" for k, v in form.errors.items()))
        return redirect(url_for("stories.show", story_id=story_id))
    try:
        update_story(
            story,
            current_user,
            name=form.name.data,
            description=form.description.data or "",
            annotations_required=form.annotations_required.data,
        )
    except ValidationError as exc:
        db.session.rollback()
        flash(f"Not saved: {exc.reason}.")
    else:
        db.session.commit()
        flash("Story saved.")
    return redirect(url_for("stories.show", story_id=story_id))


@bp.post("/<int:story_id>/reviewers")
@require_role(Role.LEAD)
def reviewers(story_id: int):
    """Set the story's reviewers."""
    story = _story(story_id)
    form = ReviewersForm()
    form.reviewers.choices = [(u.id, u.username) for u in _annotators()]
    if not form.validate_on_submit():
        abort(400, description="pick reviewers from the list")
    users = db.session.scalars(select(User).where(User.id.in_(form.reviewers.data))).all()
    try:
        set_story_reviewers(story, users, current_user)
    except ValidationError as exc:
        db.session.rollback()
        flash(f"Not saved: {exc.reason}.")
    else:
        db.session.commit()
        flash(f"{len(users)} reviewers. Assign the claims to spread them.")
    return redirect(url_for("stories.show", story_id=story_id))


@bp.post("/<int:story_id>/articles")
@require_role(Role.LEAD)
def add_articles(story_id: int):
    """Put the chosen articles into the story."""
    story = _story(story_id)
    form = AddArticlesForm()
    form.articles.choices = [(a.id, "") for a in _loose_articles()]
    if not form.validate_on_submit():
        abort(400, description="pick articles from the list")
    articles = db.session.scalars(select(Article).where(Article.id.in_(form.articles.data))).all()
    added = add_articles_to_story(story, articles, current_user)
    db.session.commit()
    flash(f"{added} articles added.")
    return redirect(url_for("stories.show", story_id=story_id))


@bp.post("/<int:story_id>/assign")
@require_role(Role.LEAD)
def assign(story_id: int):
    """Spread the story's claims over its reviewers."""
    story = _story(story_id)
    if not ActionForm().validate_on_submit():
        abort(400, description="the form expired; reload the page")
    made = assign_claims(story, user=current_user)
    db.session.commit()
    flash(f"{made} assignments made.")
    return redirect(url_for("stories.show", story_id=story_id))


@bp.get("/<int:story_id>/report")
def report(story_id: int):
    """The cross-outlet comparison; ?format=html|json|csv downloads it as a file."""
    story = _story(story_id)
    built = story_report(story)
    fmt = request.args.get("format")
    if fmt is None:
        return render_report(built, "html", standalone=False)
    if fmt not in FORMATS:
        abort(400, description=f"format must be one of {', '.join(FORMATS)}")
    mimetypes = {"html": "text/html", "json": "application/json", "csv": "text/csv"}
    filename = f"{secure_filename(story.name) or 'story'}-comparison.{fmt}"
    return Response(
        render_report(built, fmt),
        mimetype=mimetypes[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
