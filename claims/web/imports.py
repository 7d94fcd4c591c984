"""Adding articles from the browser: paste text or upload files, through the same importer as the CLI."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from flask import Blueprint, render_template
from flask_wtf import FlaskForm
from werkzeug.utils import secure_filename
from wtforms import DateField, MultipleFileField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from claims.ingest import SourceDocument
from claims.models import Role
from claims.services.imports import ImportReport, import_documents, import_paths
from claims.web.access import require_role

bp = Blueprint("imports", __name__)
PASTED = "pasted text"


class ImportForm(FlaskForm):
    """Either pasted text (with optional metadata) or files."""

    files = MultipleFileField("Files (.txt, .md, .html, .json, .jsonl, .csv)")
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    text = TextAreaField("Article text", validators=[Optional(), Length(max=2_000_000)])
    outlet = StringField("Outlet", validators=[Optional(), Length(max=200)])
    url = StringField("URL", validators=[Optional(), Length(max=2000)])
    published = DateField("Published", validators=[Optional()])
    story = StringField("Story", validators=[Optional(), Length(max=200)])

    def validate(self, extra_validators=None) -> bool:
        """The fields, then: something must be given, text or at least one file."""
        if not super().validate(extra_validators):
            return False
        if not (self.text.data or "").strip() and not _uploads(self.files.data):
            self.text.errors = [*self.text.errors, "paste an article or choose files to upload"]
            return False
        return True


def _uploads(data: list | None) -> list:
    """The uploaded files that carry a name (browsers send an empty part when none was chosen)."""
    return [f for f in data or [] if getattr(f, "filename", "")]


@bp.route("/articles/new", methods=["GET", "POST"])
@require_role(Role.LEAD)
def new():
    """The form, and after a POST the outcome: claims found, duplicates skipped, errors named."""
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("imports/new.html", form=form), 400 if form.is_submitted() else 200
    outlet = (form.outlet.data or "").strip() or None
    story = (form.story.data or "").strip() or None
    report = ImportReport()
    if (form.text.data or "").strip():
        doc = SourceDocument(
            origin=PASTED,
            title=(form.title.data or "").strip() or None,
            text=form.text.data.replace("\r\n", "\n"),
            raw=form.text.data,
            url=(form.url.data or "").strip() or None,
            published=form.published.data,
        )
        import_documents([doc], report, default_outlet=outlet, default_story=story)
    uploads = _uploads(form.files.data)
    if uploads:
        with tempfile.TemporaryDirectory(prefix="claims-upload-") as tmp:
            for i, upload in enumerate(uploads):
                name = secure_filename(upload.filename) or f"upload-{i}"
                upload.save(Path(tmp) / name)
            uploaded = import_paths([tmp], default_outlet=outlet, default_story=story)
        # Name uploads as the user knows them, not by the temporary folder they passed through.
        prefix = tmp + "/"
        report.outcomes += [replace(o, origin=o.origin.removeprefix(prefix)) for o in uploaded.outcomes]
        report.errors += [e.replace(prefix, "") for e in uploaded.errors]
    return render_template("imports/result.html", report=report)
