"""The reviewer's workbench: claim panel, annotate, adjudicate, evidence, claim edits, queue, search."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from claims.errors import ValidationError
from claims.extensions import db
from claims.matching.diffmark import mark_differences
from claims.models import Annotation, Article, Claim, ClaimLink, ClaimStatus, LinkStatus, Role
from claims.services import annotations as annotation_service
from claims.services import claim_edits
from claims.services.annotations import AnnotationValues, StaleClaimError
from claims.services.claims import live_claims
from claims.services.links import decide_link, link_claims, links_of
from claims.services.stories import next_claim_for, review_queue
from claims.web.access import require_role
from claims.web.forms import (
    ActionForm,
    AdjudicationForm,
    AnnotationForm,
    ClaimEditForm,
    EvidenceForm,
    LinkForm,
    MergeForm,
    NewClaimForm,
    SplitForm,
)
from claims.web.highlight import segment_body

bp = Blueprint("workbench", __name__)
# The lead's form sits on the same page as the reviewer's: its fields get their own names and ids.
ADJUDICATION_PREFIX = "adj"


def get_claim(claim_id: int, *, include_deleted: bool = False) -> Claim:
    """The claim, or 404 (deleted claims are gone unless asked for, for undo)."""
    claim = db.session.get(Claim, claim_id, options=[selectinload(Claim.article)])
    if claim is None or (claim.deleted_at is not None and not include_deleted):
        abort(404, description=f"claim {claim_id} not found")
    return claim


def _quantity_rows(form: AnnotationForm) -> list[dict]:
    """The quantity rows as contract records."""
    return [
        {"kind": r.kind.data, "low": r.low.data, "high": r.high.data, "unit": r.unit.data or None, "text": r.text.data}
        for r in form.quantities
    ]


def _date_rows(form: AnnotationForm) -> list[dict]:
    """The date rows as contract records (ISO days)."""
    return [
        {
            "start": r.start.data.isoformat() if r.start.data else None,
            "end": r.end.data.isoformat() if r.end.data else None,
            "text": r.text.data,
        }
        for r in form.dates
    ]


def _same_values(rows: list[dict], suggested: list[dict]) -> bool:
    """True when the reviewer left the suggested values as they were (compared on the form's fields)."""
    if len(rows) != len(suggested):
        return False

    # Numbers come back from the form as floats (12e6), stored ones may be ints (12000000): compare as floats.
    def same(a: object, b: object) -> bool:
        numeric = (int, float)
        if isinstance(a, numeric) and isinstance(b, numeric) and not isinstance(a, bool):
            return float(a) == float(b)
        return a == b

    return all(
        same(value, old.get(key)) for row, old in zip(rows, suggested, strict=True) for key, value in row.items()
    )


def values_from(form: AnnotationForm, claim: Claim) -> AnnotationValues:
    """The form's fields as the service's values; unchanged numbers and dates are not a correction."""
    quantities, dates = _quantity_rows(form), _date_rows(form)
    return AnnotationValues(
        source_type=form.source_type.data or None,
        source_name=form.source_name.data,
        cue=form.cue.data,
        direct_quote=form.direct_quote.data,
        hedged=form.hedged.data,
        verdict=form.verdict.data or None,
        confidence=float(form.confidence.data) if form.confidence.data else None,
        note=form.note.data,
        not_a_claim=form.not_a_claim.data,
        quantities=None if _same_values(quantities, claim.quantities or []) else quantities,
        dates=None if _same_values(dates, claim.dates or []) else dates,
    )


def prefilled_annotation(claim: Claim) -> AnnotationForm:
    """The user's own annotation if any, else the engine's suggestions."""
    mine = db.session.scalar(
        select(Annotation).where(Annotation.claim_id == claim.id, Annotation.user_id == current_user.id)
    )
    if mine is not None:
        return AnnotationForm(
            source_type=mine.source_type,
            source_name=mine.source_name,
            cue=mine.cue,
            direct_quote=mine.direct_quote,
            hedged=mine.hedged,
            verdict=mine.verdict,
            confidence=str(mine.confidence) if mine.confidence is not None else "",
            note=mine.note,
            not_a_claim=mine.not_a_claim,
            quantities=mine.quantities if mine.quantities is not None else claim.quantities,
            dates=_date_data(mine.dates if mine.dates is not None else claim.dates),
        )
    return AnnotationForm(
        source_type=claim.source_type,
        source_name=claim.source_name,
        cue=claim.cue,
        direct_quote=claim.direct_quote,
        hedged=claim.hedged,
        quantities=claim.quantities,
        dates=_date_data(claim.dates),
    )


def _date_data(records: list[dict] | None) -> list[dict]:
    """Date records with real dates, as the form's date fields want them."""
    out = []
    for record in records or []:
        row = dict(record)
        for key in ("start", "end"):
            row[key] = dt.date.fromisoformat(row[key]) if row.get(key) else None
        out.append(row)
    return out


def prefilled_adjudication(claim: Claim) -> AdjudicationForm:
    """The current final values, else the suggestions; with the version the lead is looking at."""
    settled = claim.final_source_type is not None
    return AdjudicationForm(
        prefix=ADJUDICATION_PREFIX,
        source_type=claim.final_source_type if settled else claim.source_type,
        source_name=claim.final_source_name if settled else claim.source_name,
        cue=claim.final_cue if settled else claim.cue,
        direct_quote=claim.final_direct_quote if settled else claim.direct_quote,
        hedged=claim.final_hedged if settled else claim.hedged,
        verdict=claim.verdict,
        quantities=claim.quantities,
        dates=_date_data(claim.dates),
        rationale=claim.verdict_rationale,
        version=str(claim.version),
    )


def render_panel(claim: Claim, status: int = 200, **forms):
    """The article with this claim's panel open."""
    article = claim.article
    claims = live_claims(article)
    segments = segment_body(article.body, ((c.id, c.start, c.end) for c in claims))
    user = current_user._get_current_object()
    context = {
        "article": article,
        "claims": claims,
        "by_id": {c.id: c for c in claims},
        "claim": claim,
        "segments": segments,
        "annotations": annotation_service.visible_annotations(claim, user),
        "sees_all": annotation_service.sees_all_annotations(claim, user),
        "evidence": annotation_service.visible_evidence(claim, user),
        "required": annotation_service.annotations_required(claim),
        "history": claim_edits.claim_history(
            claim, include_annotations=annotation_service.sees_all_annotations(claim, user)
        ),
        "form": forms.get("form") or prefilled_annotation(claim),
        "adjudication": forms.get("adjudication") or prefilled_adjudication(claim),
        "evidence_form": forms.get("evidence_form") or EvidenceForm(),
        "edit_form": forms.get("edit_form")
        or ClaimEditForm(text=claim.text, start=claim.start, end=claim.end, version=str(claim.version)),
        "split_form": forms.get("split_form") or SplitForm(first=claim.text, second=""),
        "action_form": ActionForm(),
        "new_claim_form": NewClaimForm(),
        "stale": forms.get("stale"),
        "links": [(link, other, mark_differences(other.text, claim.text)) for link, other in links_of(claim)],
        "link_form": forms.get("link_form") or LinkForm(),
    }
    return render_template("workbench/claim.html", **context), status


def panel_url(claim: Claim) -> str:
    """Where a claim's panel lives."""
    return url_for("workbench.claim", article_id=claim.article_id, claim_id=claim.id)


@bp.get("/articles/<int:article_id>/claims/<int:claim_id>")
def claim(article_id: int, claim_id: int):
    """The article with one claim's panel: suggestions, my annotation, evidence, history."""
    found = get_claim(claim_id)
    if found.article_id != article_id:
        return redirect(panel_url(found))
    return render_panel(found)


@bp.post("/claims/<int:claim_id>/annotation")
@require_role(Role.REVIEWER, Role.LEAD)
def annotate(claim_id: int):
    """Save my annotation; "save and next" goes on to my next pending claim."""
    found = get_claim(claim_id)
    form = AnnotationForm()
    if not form.validate_on_submit():
        return render_panel(found, 400, form=form)
    try:
        annotation_service.submit_annotation(found, current_user, values_from(form, found))
    except ValidationError as exc:
        getattr(form, exc.field, form.note).errors = [exc.reason]
        db.session.rollback()
        return render_panel(found, 400, form=form)
    back = panel_url(found)  # before the commit expires the claim
    db.session.commit()
    flash("Annotation saved.")
    if form.save_next.data:
        return redirect(url_for("workbench.next_claim", after=claim_id))
    return redirect(back)


@bp.post("/claims/<int:claim_id>/adjudication")
@require_role(Role.LEAD)
def adjudicate(claim_id: int):
    """Set the final values with a rationale; a concurrent change is shown, never overwritten."""
    found = get_claim(claim_id)
    form = AdjudicationForm(prefix=ADJUDICATION_PREFIX)
    if not form.validate_on_submit():
        return render_panel(found, 400, adjudication=form)
    try:
        annotation_service.adjudicate_claim(
            found, current_user, values_from(form, found), form.rationale.data, int(form.version.data)
        )
    except StaleClaimError as exc:
        db.session.rollback()
        form.version.data = str(exc.version)
        return render_panel(get_claim(claim_id), 409, adjudication=form, stale=exc)
    except ValidationError as exc:
        db.session.rollback()
        getattr(form, exc.field, form.rationale).errors = [exc.reason]
        return render_panel(found, 400, adjudication=form)
    db.session.commit()
    flash(f"Claim adjudicated: {found.status}.")
    return redirect(panel_url(found))


@bp.post("/claims/<int:claim_id>/evidence")
@require_role(Role.REVIEWER, Role.LEAD)
def add_evidence(claim_id: int):
    """Attach an evidence item to the claim."""
    found = get_claim(claim_id)
    form = EvidenceForm()
    if not form.validate_on_submit():
        return render_panel(found, 400, evidence_form=form)
    try:
        annotation_service.add_evidence(
            found,
            current_user,
            form.kind.data,
            form.url.data or None,
            form.passage.data or None,
            form.linked_claim_id.data,
        )
    except ValidationError as exc:
        db.session.rollback()
        getattr(form, exc.field, form.url).errors = [exc.reason]
        return render_panel(found, 400, evidence_form=form)
    db.session.commit()
    flash("Evidence added.")
    return redirect(panel_url(found) + "#evidence")


@bp.post("/claims/<int:claim_id>/edit")
@require_role(Role.REVIEWER, Role.LEAD)
def edit(claim_id: int):
    """Fix the claim's text or span."""
    found = get_claim(claim_id)
    form = ClaimEditForm()
    if not form.validate_on_submit():
        return render_panel(found, 400, edit_form=form)
    try:
        claim_edits.edit_claim(
            found,
            current_user,
            text=form.text.data,
            start=form.start.data,
            end=form.end.data,
            expected_version=int(form.version.data),
        )
    except StaleClaimError as exc:
        db.session.rollback()
        return render_panel(get_claim(claim_id), 409, edit_form=form, stale=exc)
    except ValidationError as exc:
        db.session.rollback()
        form.text.errors = [exc.reason]
        return render_panel(found, 400, edit_form=form)
    db.session.commit()
    flash("Claim updated.")
    return redirect(panel_url(found))


@bp.post("/claims/<int:claim_id>/split")
@require_role(Role.REVIEWER, Role.LEAD)
def split(claim_id: int):
    """Split a claim into two claims over the same span, each with its own text."""
    found = get_claim(claim_id)
    form = SplitForm()
    if not form.validate_on_submit():
        return render_panel(found, 400, split_form=form)
    parts = [(form.first.data, found.start, found.end), (form.second.data, found.start, found.end)]
    try:
        first, _ = claim_edits.split_claim(found, current_user, parts)
    except ValidationError as exc:
        db.session.rollback()
        form.second.errors = [exc.reason]
        return render_panel(found, 400, split_form=form)
    db.session.commit()
    flash("Claim split in two.")
    return redirect(panel_url(first))


@bp.post("/claims/<int:claim_id>/delete")
@require_role(Role.REVIEWER, Role.LEAD)
def delete(claim_id: int):
    """Delete a claim (it can be restored from the flash message or with the u key)."""
    found = get_claim(claim_id)
    if not ActionForm().validate_on_submit():
        abort(400, description="the form expired; reload the page")
    claim_edits.delete_claim(found, current_user)
    db.session.commit()
    flash("Claim deleted.")
    flash(str(found.id), "undo")
    return redirect(url_for("articles.show", article_id=found.article_id))


@bp.post("/claims/<int:claim_id>/undo-delete")
@require_role(Role.REVIEWER, Role.LEAD)
def undo_delete(claim_id: int):
    """Restore a deleted claim."""
    found = get_claim(claim_id, include_deleted=True)
    if not ActionForm().validate_on_submit():
        abort(400, description="the form expired; reload the page")
    try:
        claim_edits.undo_delete(found, current_user)
    except ValidationError as exc:
        flash(exc.reason)
        return redirect(panel_url(found))
    db.session.commit()
    flash("Claim restored.")
    return redirect(panel_url(found))


@bp.post("/articles/<int:article_id>/claims")
@require_role(Role.REVIEWER, Role.LEAD)
def add_claim(article_id: int):
    """Add a claim from a text selection in the article body."""
    article = db.session.get(Article, article_id) or abort(404, description=f"article {article_id} not found")
    form = NewClaimForm()
    if not form.validate_on_submit():
        abort(400, description="select some article text first")
    try:
        created = claim_edits.add_manual_claim(article, current_user, form.start.data, form.end.data, form.text.data)
    except ValidationError as exc:
        db.session.rollback()
        flash(f"Not added: {exc.reason}.")
        return redirect(url_for("articles.show", article_id=article_id))
    db.session.commit()
    flash("Claim added.")
    return redirect(panel_url(created))


@bp.get("/queue")
def queue():
    """The claims assigned to me, by story and article, with progress."""
    queue = review_queue(current_user)
    # Consecutive groups keep the queue's own order (Jinja's groupby would sort them).
    groups = [
        (story, [(article, list(items)) for article, items in groupby(rows, key=lambda i: (i.outlet, i.article_title))])
        for story, rows in groupby(queue.items, key=lambda i: i.story_name)
    ]
    return render_template("workbench/queue.html", queue=queue, groups=groups)


@bp.get("/queue/next")
def next_claim():
    """Go to my next claim that needs my annotation."""
    found = next_claim_for(current_user, request.args.get("after", type=int))
    if found is None:
        flash("Nothing left in your queue.")
        return redirect(url_for("workbench.queue"))
    return redirect(panel_url(found))


@bp.get("/adjudication")
@require_role(Role.LEAD)
def adjudication():
    """Claims where reviewers disagree, waiting for a lead."""
    claims = annotation_service.adjudication_queue()
    return render_template("workbench/adjudication.html", claims=claims, status=ClaimStatus)


@bp.post("/links/<int:link_id>/<any(confirm, reject):decision>")
@require_role(Role.REVIEWER, Role.LEAD)
def decide(link_id: int, decision: str):
    """Confirm or reject a suggested link; the matcher leaves it alone from then on."""
    link = db.session.get(ClaimLink, link_id) or abort(404, description=f"link {link_id} not found")
    if not ActionForm().validate_on_submit():
        abort(400, description="the form expired; reload the page")
    status = LinkStatus.CONFIRMED if decision == "confirm" else LinkStatus.REJECTED
    decide_link(link, current_user, status.value)
    db.session.commit()
    back = get_claim(int(request.args.get("from", link.claim_a_id)))
    flash(f"Link {status.value}.")
    return redirect(panel_url(back) + "#links")


@bp.post("/claims/<int:claim_id>/links")
@require_role(Role.REVIEWER, Role.LEAD)
def add_link(claim_id: int):
    """Link this claim to a claim of another article by hand."""
    found = get_claim(claim_id)
    form = LinkForm()
    if not form.validate_on_submit():
        return render_panel(found, 400, link_form=form)
    other = db.session.get(Claim, form.other_claim_id.data)
    if other is None or other.deleted_at is not None:
        form.other_claim_id.errors = [f"no claim {form.other_claim_id.data}"]
        return render_panel(found, 400, link_form=form)
    try:
        link_claims(found, other, current_user, form.relation.data, form.field.data or None)
    except ValidationError as exc:
        db.session.rollback()
        form.other_claim_id.errors = [exc.reason]
        return render_panel(found, 400, link_form=form)
    db.session.commit()
    flash("Claims linked.")
    return redirect(panel_url(found) + "#links")


@bp.post("/articles/<int:article_id>/merge")
@require_role(Role.REVIEWER, Role.LEAD)
def merge(article_id: int):
    """Merge the ticked claims of an article into one claim spanning them."""
    form = MergeForm()
    if not form.validate_on_submit():
        abort(400, description="the form expired; reload the page")
    ids = request.form.getlist("claim", type=int)
    chosen = db.session.scalars(
        select(Claim).where(Claim.id.in_(ids), Claim.article_id == article_id, Claim.deleted_at.is_(None))
    ).all()
    try:
        merged = claim_edits.merge_claims(chosen, current_user)
    except ValidationError as exc:
        db.session.rollback()
        flash(f"Not merged: {exc.reason}.")
        return redirect(url_for("articles.show", article_id=article_id))
    db.session.commit()
    flash(f"{len(chosen)} claims merged.")
    return redirect(panel_url(merged))
