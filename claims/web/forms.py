"""WTForms for the workbench: they check fields; rules across records live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FloatField,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, InputRequired, Length, NumberRange, Optional

from claims.extraction import SourceType
from claims.models import EvidenceKind, Verdict

SOURCE_TYPE_CHOICES = [SelectChoice(t.value, t.value.replace("_", " ")) for t in SourceType]
VERDICT_CHOICES = [SelectChoice(v.value, v.value.replace("_", " ")) for v in Verdict]
CONFIDENCE_CHOICES = [
    SelectChoice("", "—"),
    SelectChoice("0.25", "a guess"),
    SelectChoice("0.5", "fairly sure"),
    SelectChoice("0.75", "sure"),
    SelectChoice("1.0", "certain"),
]
EVIDENCE_CHOICES = [SelectChoice(k.value, k.value.replace("_", " ")) for k in EvidenceKind]


class PlainNumberField(FloatField):
    """A number shown as people write it: 135000000, not 135000000.0 (nor 1.35e+08)."""

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        if self.data is None:
            return ""
        if self.data.is_integer() and abs(self.data) < 1e21:
            return str(int(self.data))
        return repr(self.data)  # the shortest text that reads back as the same number


class QuantityRow(Form):
    """One suggested number, as the reviewer confirms or corrects it."""

    kind = SelectField("Kind", choices=[SelectChoice(k) for k in ("money", "count", "percent", "other")])
    low = PlainNumberField("Low", validators=[Optional()])
    high = PlainNumberField("High", validators=[Optional()])
    unit = StringField("Unit", validators=[Optional(), Length(max=20)])
    text = HiddenField()


class DateRow(Form):
    """One suggested date range, as the reviewer confirms or corrects it."""

    start = DateField("From", validators=[Optional()])
    end = DateField("To", validators=[Optional()])
    text = HiddenField()


class AnnotationForm(FlaskForm):
    """One reviewer's judgement of one claim (the engine's suggestions pre-filled)."""

    source_type = RadioField("Source type", choices=SOURCE_TYPE_CHOICES, validators=[Optional()])
    source_name = StringField("Source name", validators=[Optional(), Length(max=300)])
    cue = StringField("Reporting cue", validators=[Optional(), Length(max=100)])
    direct_quote = BooleanField("Direct quote")
    hedged = BooleanField("Hedged")
    verdict = RadioField("Verdict", choices=VERDICT_CHOICES, validators=[Optional()])
    confidence = SelectField("Confidence", choices=CONFIDENCE_CHOICES, validators=[Optional()])
    note = TextAreaField("Note", validators=[Optional(), Length(max=10_000)])
    not_a_claim = BooleanField("Not a checkable claim")
    quantities = FieldList(FormField(QuantityRow), max_entries=50)
    dates = FieldList(FormField(DateRow), max_entries=50)
    save = SubmitField("Save")
    save_next = SubmitField("Save and next")


class AdjudicationForm(AnnotationForm):
    """A lead's final values, with the reason and the version the lead saw."""

    rationale = TextAreaField("Rationale", validators=[DataRequired(), Length(max=10_000)])
    version = HiddenField(validators=[DataRequired()])
    save = SubmitField("Adjudicate")


class EvidenceForm(FlaskForm):
    """An evidence item: a URL and passage, or a claim in another article."""

    kind = SelectField("Kind", choices=EVIDENCE_CHOICES)
    url = StringField("URL", validators=[Optional(), URL(require_tld=False), Length(max=2000)])
    passage = TextAreaField("Quoted passage", validators=[Optional(), Length(max=10_000)])
    linked_claim_id = IntegerField("Linked claim id", validators=[Optional(), NumberRange(min=1)])


class ClaimEditForm(FlaskForm):
    """Fix a claim's text or span."""

    text = TextAreaField("Claim text", validators=[DataRequired(), Length(max=5000)])
    start = IntegerField("Start", validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField("End", validators=[InputRequired(), NumberRange(min=1)])
    version = HiddenField(validators=[DataRequired()])


class SplitForm(FlaskForm):
    """Split one claim into two at a text position, each part keeping its own text."""

    first = TextAreaField("First claim", validators=[DataRequired(), Length(max=5000)])
    second = TextAreaField("Second claim", validators=[DataRequired(), Length(max=5000)])


class NewClaimForm(FlaskForm):
    """A claim added by selecting text in the article."""

    start = IntegerField(validators=[NumberRange(min=0)])
    end = IntegerField(validators=[NumberRange(min=1)])
    text = TextAreaField("Claim text", validators=[Optional(), Length(max=5000)])


class ActionForm(FlaskForm):
    """A bare POST with only the CSRF token (delete, undo, assign)."""


class LinkForm(FlaskForm):
    """Link this claim by hand to a claim of another article."""

    other_claim_id = IntegerField("Other claim id", validators=[InputRequired(), NumberRange(min=1)])
    relation = SelectField("Relation", choices=[SelectChoice("same"), SelectChoice("conflict")])
    field = SelectField(
        "Differs in",
        choices=[SelectChoice("", "—"), *(SelectChoice(f) for f in ("quantity", "date", "attribution", "fact"))],
        validators=[Optional()],
    )


class MergeForm(FlaskForm):
    """Merge the claims ticked in an article's list (their ids come as repeated `claim` fields)."""
