"""Annotations, evidence, agreement and adjudication: how a claim becomes verified or rejected.

A claim is settled (`verified` / `rejected`) only by full agreement of the required number of
independent annotations, or by a lead's adjudication. An adjudicated claim stays as the lead left
it: a late annotation is stored (and counts in agreement figures) but does not reopen it. A claim
settled by agreement is re-evaluated when an annotation arrives or changes, since the agreement it
rested on may no longer hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from claims.agreement import Agreement, measure_agreement
from claims.errors import ValidationError
from claims.extensions import db
from claims.extraction.types import SourceType
from claims.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    Claim,
    ClaimStatus,
    Evidence,
    EvidenceKind,
    Role,
    Story,
    User,
    Verdict,
)
from claims.services.audit import record_event

DEFAULT_ANNOTATIONS_REQUIRED = 2
SETTLED = frozenset({ClaimStatus.VERIFIED.value, ClaimStatus.REJECTED.value})
AGREEMENT_FIELDS = ("source_type", "verdict", "source_name")
# Agreement labels for an annotation that says "not a claim at all", so it counts as a disagreement.
NOT_A_CLAIM_LABEL = "(not a claim)"
MAX_SOURCE_NAME = 300
MAX_CUE = 100
_SPACES = re.compile(r"\s+")


class ForbiddenError(PermissionError):
    """The user's role does not allow this action (adapters answer 403)."""

    def __init__(self, action: str, user: User) -> None:
        super().__init__(f"{action}: not allowed for role {user.role!r}")
        self.action = action
        self.role = user.role


class StaleClaimError(Exception):
    """Someone else saved the claim since it was opened: `current` holds what is stored now."""

    def __init__(self, claim_id: int, version: int, current: dict[str, Any], changed_by: str | None) -> None:
        who = f" by {changed_by}" if changed_by else ""
        super().__init__(f"claim {claim_id} was changed{who} while you were editing it (now version {version})")
        self.claim_id = claim_id
        self.version = version
        self.current = current
        self.changed_by = changed_by


@dataclass(frozen=True)
class AnnotationValues:
    """What a reviewer (or an adjudicating lead) says about a claim."""

    source_type: str | None = None
    source_name: str | None = None
    cue: str | None = None
    direct_quote: bool = False
    hedged: bool = False
    verdict: str | None = None
    confidence: float | None = None  # 0.0 (a guess) to 1.0 (certain)
    note: str | None = None
    not_a_claim: bool = False
    quantities: Sequence[Mapping[str, Any]] | None = None  # None: no correction to the suggestions
    dates: Sequence[Mapping[str, Any]] | None = None


def require_role(user: User, action: str, *roles: Role) -> None:
    """Raise ForbiddenError unless the user is active and has one of `roles` (admins always pass)."""
    if not user.active or not user.has_role(*roles):
        raise ForbiddenError(action, user)


def normalize_name(name: str | None) -> str:
    """A source name compared case- and space-insensitively; no name is the empty string."""
    return _SPACES.sub(" ", name or "").strip().casefold()


def _clean_text(value: str | None, field: str, limit: int | None = None) -> str | None:
    """Stripped text, None when blank; ValidationError when over `limit` characters."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    value = _SPACES.sub(" ", value).strip() if limit else value.strip()
    if limit and len(value) > limit:
        raise ValidationError(field, f"at most {limit} characters")
    return value or None


def _clean_records(records: Sequence[Mapping[str, Any]] | None, field: str) -> list[dict[str, Any]] | None:
    """Quantity or date records as plain dicts, or None when not given."""
    if records is None:
        return None
    if isinstance(records, str | bytes | Mapping) or not all(isinstance(r, Mapping) for r in records):
        raise ValidationError(field, "must be a list of records")
    return [dict(r) for r in records]


def validate_values(values: AnnotationValues) -> AnnotationValues:
    """The values cleaned (text stripped, blanks to None); ValidationError on an unknown label or bad number."""
    source_type = values.source_type or None
    verdict = values.verdict or None
    if source_type is not None and source_type not in set(SourceType):
        raise ValidationError("source_type", f"unknown source type {source_type!r} (choose {', '.join(SourceType)})")
    if verdict is not None and verdict not in set(Verdict):
        raise ValidationError("verdict", f"unknown verdict {verdict!r} (choose {', '.join(Verdict)})")
    if not values.not_a_claim:
        if source_type is None:
            raise ValidationError("source_type", "choose a source type (or mark it as not a claim)")
        if verdict is None:
            raise ValidationError("verdict", "choose a verdict (or mark it as not a claim)")
    confidence = values.confidence
    if confidence is not None:
        if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0.0 <= confidence <= 1.0:
            raise ValidationError("confidence", "must be a number from 0 to 1")
        confidence = float(confidence)
    return AnnotationValues(
        source_type=source_type,
        source_name=_clean_text(values.source_name, "source_name", MAX_SOURCE_NAME),
        cue=_clean_text(values.cue, "cue", MAX_CUE),
        direct_quote=bool(values.direct_quote),
        hedged=bool(values.hedged),
        verdict=verdict,
        confidence=confidence,
        note=_clean_text(values.note, "note"),
        not_a_claim=bool(values.not_a_claim),
        quantities=_clean_records(values.quantities, "quantities"),
        dates=_clean_records(values.dates, "dates"),
    )


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    """An annotation's values as a JSON-ready dict (audit entries, API)."""
    return {
        "claim_id": annotation.claim_id,
        "user_id": annotation.user_id,
        "source_type": annotation.source_type,
        "source_name": annotation.source_name,
        "cue": annotation.cue,
        "direct_quote": annotation.direct_quote,
        "hedged": annotation.hedged,
        "verdict": annotation.verdict,
        "confidence": annotation.confidence,
        "note": annotation.note,
        "not_a_claim": annotation.not_a_claim,
        "quantities": annotation.quantities,
        "dates": annotation.dates,
    }


def final_values(claim: Claim) -> dict[str, Any]:
    """A claim's workflow status and settled values as a JSON-ready dict (audit entries, stale-save reports)."""
    return {
        "status": claim.status,
        "final_source_type": claim.final_source_type,
        "final_source_name": claim.final_source_name,
        "final_cue": claim.final_cue,
        "final_hedged": claim.final_hedged,
        "final_direct_quote": claim.final_direct_quote,
        "verdict": claim.verdict,
        "verdict_rationale": claim.verdict_rationale,
        "quantities": claim.quantities,
        "dates": claim.dates,
    }


def annotations_required(claim: Claim) -> int:
    """How many independent annotations the claim needs: its story's setting, else the default."""
    story = claim.article.story
    return (
        story.annotations_required if story is not None and story.annotations_required else DEFAULT_ANNOTATIONS_REQUIRED
    )


def is_adjudicated(claim: Claim) -> bool:
    """True when a lead settled the claim (adjudication always leaves a rationale; agreement never does)."""
    return claim.status in SETTLED and claim.verdict_rationale is not None


def _check_open(claim: Claim) -> None:
    """ValidationError when the claim was deleted."""
    if claim.deleted_at is not None:
        raise ValidationError("claim", f"claim {claim.id} was deleted")


def submit_annotation(claim: Claim, user: User, values: AnnotationValues) -> Annotation:
    """Create or update the user's annotation of the claim, mark their assignment done, update the claim's status."""
    require_role(user, "annotate", Role.REVIEWER, Role.LEAD)
    values = validate_values(values)
    # PostgreSQL: lock the claim row first, so simultaneous submissions for one claim (two reviewers, or
    # one reviewer's double click) run one after the other and each sees the annotations saved before it.
    db.session.flush()
    db.session.refresh(claim, with_for_update=True)
    _check_open(claim)
    annotation = db.session.scalar(
        select(Annotation).where(Annotation.claim_id == claim.id, Annotation.user_id == user.id)
    )
    before = annotation_record(annotation) if annotation is not None else None
    if annotation is None:
        annotation = Annotation(claim=claim, user_id=user.id)
        db.session.add(annotation)
    annotation.source_type = None if values.not_a_claim else values.source_type
    annotation.source_name = None if values.not_a_claim else values.source_name
    annotation.cue = None if values.not_a_claim else values.cue
    annotation.direct_quote = values.direct_quote
    annotation.hedged = values.hedged
    annotation.verdict = None if values.not_a_claim else values.verdict
    annotation.confidence = values.confidence
    annotation.note = values.note
    annotation.not_a_claim = values.not_a_claim
    annotation.quantities = list(values.quantities) if values.quantities is not None else None
    annotation.dates = list(values.dates) if values.dates is not None else None
    annotation.submitted_at = dt.datetime.now(dt.UTC)
    db.session.flush()
    after = annotation_record(annotation)
    if after != before:
        record_event(
            "annotate" if before is None else "update_annotation",
            "annotation",
            annotation.id,
            user=user,
            before=before,
            after=after,
        )
    assignment = db.session.scalar(
        select(Assignment).where(Assignment.claim_id == claim.id, Assignment.user_id == user.id)
    )
    if assignment is not None and assignment.done_at is None:
        assignment.done_at = annotation.submitted_at
    db.session.flush()
    # SQLite ignores FOR UPDATE: re-read the claim now that this transaction holds the write lock, so a
    # submission committed in between is seen instead of failing on a stale version.
    db.session.refresh(claim)
    refresh_claim_status(claim, user)
    db.session.flush()
    return annotation


def _submitted(claim: Claim) -> list[Annotation]:
    """The claim's submitted annotations, oldest first."""
    return list(
        db.session.scalars(
            select(Annotation)
            .where(Annotation.claim_id == claim.id, Annotation.submitted_at.is_not(None))
            .order_by(Annotation.submitted_at, Annotation.id)
        )
    )


def _most_common(values: Sequence[Any], tie: Any = None) -> Any:
    """The most frequent value; `tie` when the top two are equally frequent; values are non-empty."""
    ranked = Counter(values).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return tie
    return ranked[0][0]


def _single(values: Sequence[Any]) -> Any:
    """The one value all given (non-None) values share, else None."""
    present = [v for v in values if v is not None]
    return present[0] if present and all(v == present[0] for v in present) else None


def refresh_claim_status(claim: Claim, user: User | None = None) -> str:
    """Recompute the status from the submitted annotations (adjudicated claims are left alone); returns it."""
    if claim.deleted_at is not None or is_adjudicated(claim):
        return claim.status
    before = final_values(claim)
    annotations = _submitted(claim)
    if not annotations:
        return claim.status
    if len(annotations) < annotations_required(claim):
        _set_outcome(claim, ClaimStatus.IN_REVIEW)
    elif not _agree(annotations):
        _set_outcome(claim, ClaimStatus.NEEDS_ADJUDICATION)
    elif annotations[0].not_a_claim:
        _set_outcome(claim, ClaimStatus.REJECTED)
    else:
        first = annotations[0]
        # Surface form of the agreed name: the most used spelling, the earliest on a tie.
        names = [a.source_name for a in annotations]
        cues = [a.cue for a in annotations if a.cue]
        _set_outcome(
            claim,
            ClaimStatus.VERIFIED,
            source_type=first.source_type,
            source_name=_most_common(names, tie=first.source_name),
            cue=_most_common(cues, tie=cues[0]) if cues else None,
            # Not part of the agreement test: the majority, the engine's suggestion on a tie.
            hedged=_most_common([bool(a.hedged) for a in annotations], tie=bool(claim.hedged)),
            direct_quote=_most_common([bool(a.direct_quote) for a in annotations], tie=bool(claim.direct_quote)),
            verdict=first.verdict,
        )
        # Corrected quantities/dates replace the suggestions only when every reviewer who corrected agrees.
        quantities = _single([a.quantities for a in annotations])
        dates = _single([a.dates for a in annotations])
        if quantities is not None:
            claim.quantities = quantities
        if dates is not None:
            claim.dates = dates
    after = final_values(claim)
    if after != before:
        db.session.flush()
        record_event("status", "claim", claim.id, user=user, before=before, after=after)
    return claim.status


def _agree(annotations: Sequence[Annotation]) -> bool:
    """Full agreement on not-a-claim, and (for claims) on source type, source name and verdict."""
    first = annotations[0]
    if any(a.not_a_claim != first.not_a_claim for a in annotations):
        return False
    if first.not_a_claim:
        return True
    return all(
        a.source_type == first.source_type
        and a.verdict == first.verdict
        and normalize_name(a.source_name) == normalize_name(first.source_name)
        for a in annotations
    )


def _set_outcome(
    claim: Claim,
    status: ClaimStatus,
    *,
    source_type: str | None = None,
    source_name: str | None = None,
    cue: str | None = None,
    hedged: bool | None = None,
    direct_quote: bool | None = None,
    verdict: str | None = None,
) -> None:
    """Set the status and the settled values (cleared for claims not settled)."""
    if status.value in SETTLED and claim.status not in SETTLED:
        close_assignments(claim)
    claim.status = status.value
    claim.final_source_type = source_type
    claim.final_source_name = source_name
    claim.final_cue = cue
    claim.final_hedged = hedged
    claim.final_direct_quote = direct_quote
    claim.verdict = verdict


def visible_annotations(claim: Claim, user: User) -> list[Annotation]:
    """The annotations the user may see: leads all; others only their own until they submitted theirs."""
    annotations = _submitted(claim)
    if sees_all_annotations(claim, user, annotations):
        return annotations
    return [a for a in annotations if a.user_id == user.id]


def sees_all_annotations(claim: Claim, user: User, annotations: Sequence[Annotation] | None = None) -> bool:
    """Leads/admins always; anyone once they submitted their own annotation or once the claim is settled."""
    if user.has_role(Role.LEAD) or claim.status in SETTLED:
        return True
    annotations = _submitted(claim) if annotations is None else annotations
    return any(a.user_id == user.id for a in annotations)


def visible_evidence(claim: Claim, user: User) -> list[Evidence]:
    """Evidence items under the same rule as annotations: one's own always, the others' after submitting."""
    items = sorted(claim.evidence, key=lambda e: e.id)
    if sees_all_annotations(claim, user):
        return items
    return [e for e in items if e.user_id == user.id]


def adjudicate_claim(
    claim: Claim, lead: User, values: AnnotationValues, rationale: str, expected_version: int
) -> Claim:
    """Set the claim's final values, verdict and rationale (verified, or rejected when not a claim).

    Raises StaleClaimError when the claim changed since the lead opened it (`expected_version`).
    """
    require_role(lead, "adjudicate", Role.LEAD)
    _check_open(claim)
    values = validate_values(values)
    rationale = (rationale or "").strip()
    if not rationale:
        raise ValidationError("rationale", "say why these are the final values")
    check_version(claim, expected_version)
    before = final_values(claim)
    if values.not_a_claim:
        _set_outcome(claim, ClaimStatus.REJECTED)
    else:
        _set_outcome(
            claim,
            ClaimStatus.VERIFIED,
            source_type=values.source_type,
            source_name=values.source_name,
            cue=values.cue,
            hedged=values.hedged,
            direct_quote=values.direct_quote,
            verdict=values.verdict,
        )
        if values.quantities is not None:
            claim.quantities = list(values.quantities)
        if values.dates is not None:
            claim.dates = list(values.dates)
    claim.verdict_rationale = rationale
    flush_claim(claim)
    record_event("adjudicate", "claim", claim.id, user=lead, before=before, after=final_values(claim))
    return claim


def check_version(claim: Claim, expected_version: int) -> None:
    """StaleClaimError when the claim's version is not the one the user saw."""
    if claim.version != expected_version:
        raise _stale(claim)


def flush_claim(claim: Claim) -> None:
    """Flush the claim's changes; a concurrent save caught by the version column becomes StaleClaimError.

    The failed flush leaves the transaction unusable, so it is rolled back here and the stored claim
    reloaded to show what the other person saved.
    """
    claim_id = claim.id
    try:
        db.session.flush()
    except StaleDataError:
        db.session.rollback()
        current = db.session.get(Claim, claim_id)
        if current is None:
            raise ValidationError("claim", f"claim {claim_id} no longer exists") from None
        raise _stale(current) from None


def _stale(claim: Claim) -> StaleClaimError:
    """The error describing the stored state of a claim someone else changed."""
    last = db.session.scalar(
        select(User.username)
        .join(AuditEvent, AuditEvent.user_id == User.id)
        .where(AuditEvent.entity_type == "claim", AuditEvent.entity_id == claim.id)
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
        .limit(1)
    )
    current = {**final_values(claim), "text": claim.text, "start": claim.start, "end": claim.end}
    current["deleted"] = claim.deleted_at is not None
    return StaleClaimError(claim.id, claim.version, current, last)


def add_evidence(
    claim: Claim,
    user: User,
    kind: str,
    url: str | None = None,
    passage: str | None = None,
    linked_claim_id: int | None = None,
) -> Evidence:
    """Attach an evidence item (URL and/or quoted passage, or a claim in another article) to the claim."""
    require_role(user, "add evidence", Role.REVIEWER, Role.LEAD)
    _check_open(claim)
    if kind not in set(EvidenceKind):
        raise ValidationError("kind", f"unknown evidence kind {kind!r} (choose {', '.join(EvidenceKind)})")
    url = _clean_text(url, "url")
    passage = _clean_text(passage, "passage")
    if url is not None:
        # Only web addresses: a javascript: or data: URL would run when a reader clicks it.
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
            raise ValidationError("url", "must be an http:// or https:// address")
        if len(url) > 2000:
            raise ValidationError("url", "at most 2000 characters")
    if kind == EvidenceKind.LINKED_CLAIM:
        if linked_claim_id is None:
            raise ValidationError("linked_claim_id", "name the claim this evidence links to")
        linked = db.session.get(Claim, linked_claim_id)
        if linked is None or linked.deleted_at is not None:
            raise ValidationError("linked_claim_id", f"no claim {linked_claim_id}")
        if linked.article_id == claim.article_id:
            raise ValidationError("linked_claim_id", "must be a claim in another article")
    elif linked_claim_id is not None:
        raise ValidationError("linked_claim_id", f"only evidence of kind {EvidenceKind.LINKED_CLAIM} links a claim")
    elif url is None and passage is None:
        raise ValidationError("url", "give a URL or a quoted passage")
    annotation_id = db.session.scalar(
        select(Annotation.id).where(Annotation.claim_id == claim.id, Annotation.user_id == user.id)
    )
    evidence = Evidence(
        claim=claim,
        annotation_id=annotation_id,
        user_id=user.id,
        kind=kind,
        url=url,
        passage=passage,
        linked_claim_id=linked_claim_id if kind == EvidenceKind.LINKED_CLAIM else None,
    )
    db.session.add(evidence)
    db.session.flush()
    after = {
        "claim_id": claim.id,
        "kind": kind,
        "url": url,
        "passage": passage,
        "linked_claim_id": evidence.linked_claim_id,
    }
    record_event("add_evidence", "evidence", evidence.id, user=user, after=after)
    return evidence


def adjudication_queue(story: Story | None = None) -> list[Claim]:
    """Claims waiting for a lead: disagreements, oldest change first; one story's or all."""
    query = (
        select(Claim)
        .where(Claim.status == ClaimStatus.NEEDS_ADJUDICATION.value, Claim.deleted_at.is_(None))
        .order_by(Claim.updated_at, Claim.id)
    )
    if story is not None:
        query = query.join(Article, Article.id == Claim.article_id).where(Article.story_id == story.id)
    return list(db.session.scalars(query))


def _label(annotation: Annotation, field: str) -> str:
    """The annotation's label for one agreement field ("not a claim" is a label of its own)."""
    if annotation.not_a_claim:
        return NOT_A_CLAIM_LABEL
    if field == "source_name":
        return normalize_name(annotation.source_name)
    return getattr(annotation, field) or ""


def agreement_for_story(story: Story) -> dict[str, Agreement]:
    """Agreement per field (source_type, verdict, source_name) over the story's claims and submitted annotations."""
    rows = db.session.execute(
        select(Annotation)
        .join(Claim, Claim.id == Annotation.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .where(Article.story_id == story.id, Claim.deleted_at.is_(None), Annotation.submitted_at.is_not(None))
    ).scalars()
    by_field: dict[str, dict[int, dict[int, str]]] = {field: {} for field in AGREEMENT_FIELDS}
    for annotation in rows:
        for field in AGREEMENT_FIELDS:
            by_field[field].setdefault(annotation.claim_id, {})[annotation.user_id] = _label(annotation, field)
    return {field: measure_agreement(ratings) for field, ratings in by_field.items()}


def close_assignments(claim: Claim, when: dt.datetime | None = None) -> None:
    """Mark the claim's open assignments done: it was settled or deleted, nobody needs to annotate it."""
    db.session.execute(
        update(Assignment)
        .where(Assignment.claim_id == claim.id, Assignment.done_at.is_(None))
        .values(done_at=when or dt.datetime.now(dt.UTC))
        .execution_options(synchronize_session=False)
    )


def reopen_assignments(claim: Claim) -> None:
    """Reopen the assignments of reviewers who have not annotated the claim (after an undo)."""
    annotated = select(Annotation.user_id).where(Annotation.claim_id == claim.id, Annotation.submitted_at.is_not(None))
    db.session.execute(
        update(Assignment)
        .where(Assignment.claim_id == claim.id, Assignment.user_id.not_in(annotated))
        .values(done_at=None)
        .execution_options(synchronize_session=False)
    )
