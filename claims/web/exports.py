"""The Export page: pick filters and a format, download the dataset (a plain GET: reading changes nothing).

Any logged-in user may export, viewers included: exporting is reading. Downloads are GET requests
without side effects, so they need no CSRF token and a link can be bookmarked or shared; blind review
still holds, because records show others' annotations only where the workbench would (serialize.py).
"""

from __future__ import annotations

import datetime as dt
import tempfile

from flask import Blueprint, Response, current_app, render_template, request, send_file, stream_with_context
from flask_login import current_user
from sqlalchemy import select
from wtforms import BooleanField, DateField, FloatField, Form, SelectField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from claims.errors import ValidationError
from claims.export import EXTENSIONS, FORMATS, MEDIA_TYPES
from claims.export.card import DatasetStats
from claims.extensions import db
from claims.extraction.types import SourceType
from claims.models import ClaimStatus, Outlet, Story, Verdict
from claims.services.exports import (
    DEFAULT_STATUSES,
    ExportFilters,
    card_for,
    check_filters,
    claimreview_publisher,
    export_chunks,
    export_claims,
    iter_claim_records,
)

bp = Blueprint("exports", __name__, url_prefix="/exports")

FORMAT_LABELS = {
    "jsonl": "JSONL (one record per line)",
    "csv": "CSV (spreadsheets, pandas)",
    "parquet": "Parquet (typed, nested)",
    "claimreview": "ClaimReview JSON-LD (schema.org)",
}


class _Checkboxes(SelectMultipleField):
    """A multiple choice shown as a list of checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ExportForm(Form):
    """The export's format and filters, read from the query string (GET: no CSRF token)."""

    format = SelectField("Format", choices=[SelectChoice(f, FORMAT_LABELS[f]) for f in FORMATS], default="jsonl")
    status = _Checkboxes("Status", choices=[SelectChoice(s.value, s.value.replace("_", " ")) for s in ClaimStatus])
    all_statuses = BooleanField("Every status")
    story = SelectField("Story", validators=[Optional()])
    outlet = SelectField("Outlet", validators=[Optional()])
    verdict = _Checkboxes("Verdict", choices=[SelectChoice(v.value, v.value.replace("_", " ")) for v in Verdict])
    source_type = _Checkboxes(
        "Source type", choices=[SelectChoice(t.value, t.value.replace("_", " ")) for t in SourceType]
    )
    since = DateField("Published on or after", validators=[Optional()])
    until = DateField("Published on or before", validators=[Optional()])
    min_agreement = FloatField("Minimum agreement (0-1)", validators=[Optional(), NumberRange(min=0.0, max=1.0)])

    def filters(self) -> ExportFilters:
        """The filters the form describes (no status ticked: verified only)."""
        statuses = () if self.all_statuses.data else tuple(self.status.data or DEFAULT_STATUSES)
        return ExportFilters(
            statuses=statuses,
            story=self.story.data or None,
            outlet=self.outlet.data or None,
            verdicts=tuple(self.verdict.data or ()),
            source_types=tuple(self.source_type.data or ()),
            since=self.since.data,
            until=self.until.data,
            min_agreement=self.min_agreement.data,
        )


def _form() -> ExportForm:
    """The form bound to the query string, with the stories and outlets to choose from."""
    form = ExportForm(request.args)
    form.story.choices = [
        SelectChoice("", "any story"),
        *(SelectChoice(n, n) for n in db.session.scalars(select(Story.name).order_by(Story.name))),
    ]
    form.outlet.choices = [
        SelectChoice("", "any outlet"),
        *(SelectChoice(n, n) for n in db.session.scalars(select(Outlet.name).order_by(Outlet.name))),
    ]
    if not request.args:
        form.status.data = list(DEFAULT_STATUSES)
    return form


def _checked(form: ExportForm) -> ExportFilters | None:
    """The filters when the form and the rules accept them; else None with the errors on the form."""
    if not form.validate():
        return None
    filters = form.filters()
    try:
        check_filters(filters)
    except ValidationError as exc:
        field = getattr(form, exc.field, None)
        target = field if field is not None else form.format
        target.errors = [*target.errors, exc.reason]
        return None
    return filters


@bp.get("")
def index():
    """The filters form and the download buttons."""
    return render_template("exports/index.html", form=_form())


@bp.get("/download")
def download():
    """The dataset as a file download: streamed for text formats, from a temporary file for Parquet."""
    form = _form()
    filters = _checked(form)
    if filters is None:
        return render_template("exports/index.html", form=form), 400
    fmt = form.format.data
    name = f"claims-{dt.date.today().isoformat()}.{EXTENSIONS[fmt]}"
    viewer = current_user._get_current_object()
    publisher = claimreview_publisher(current_app.config)
    if fmt == "parquet":
        # Parquet's footer comes last, so the file is built first (on disk, not in memory) and then sent.
        spool = tempfile.TemporaryFile(prefix="claims-export-")  # noqa: SIM115 (send_file closes it)
        export_claims(fmt, filters, spool, viewer=viewer, publisher=publisher)
        spool.seek(0)
        return send_file(spool, mimetype=MEDIA_TYPES[fmt], as_attachment=True, download_name=name)
    body = export_chunks(fmt, filters, DatasetStats(), viewer=viewer, publisher=publisher)
    response = Response(stream_with_context(body), mimetype=MEDIA_TYPES[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/card")
def card():
    """The dataset card of the export the form describes, as Markdown."""
    form = _form()
    filters = _checked(form)
    if filters is None:
        return render_template("exports/index.html", form=form), 400
    stats = DatasetStats()
    for record in iter_claim_records(filters, current_user._get_current_object()):
        stats.add(record)
    fmt = form.format.data
    text = card_for(
        stats,
        fmt,
        filters,
        file=f"claims-{dt.date.today().isoformat()}.{EXTENSIONS[fmt]}",
        exported_by=current_user.username,
    )
    response = Response(text, mimetype="text/markdown")
    response.headers["Content-Disposition"] = 'attachment; filename="claims.card.md"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
