"""Reviewers fixing the claim list: edit, split, merge, add by hand, delete and undo; each change audited.

Split and merge never rewrite a claim in place: the originals are soft-deleted (so undo_delete
brings them back) and new manual claims are made, which inherit the originals' reviewers as fresh
pending assignments. Annotations, evidence and links stay with the claim they were made on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select

from claims.errors import ValidationError
from claims.extensions import db
from claims.extraction.sentences import split_sentences
from claims.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    Evidence,
    Role,
    User,
)
from claims.services.annotations import (
    SETTLED,
    check_version,
    close_assignments,
    flush_claim,
    reopen_assignments,
    require_role,
)
from claims.services.audit import record_event
from claims.services.stories import assign_claims

EDITOR_ROLES = (Role.REVIEWER, Role.LEAD)
# A part of a split: (text, start, end); text None means the body slice.
Part = tuple[str | None, int, int]


def editable_record(claim: Claim) -> dict[str, Any]:
    """The editable parts of a claim as a JSON-ready dict (audit before/after)."""
    return {
        "article_id": claim.article_id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "origin": claim.origin,
        "deleted_at": claim.deleted_at.isoformat() if claim.deleted_at else None,
    }


def validate_span(article: Article, start: int, end: int) -> None:
    """ValidationError unless start..end is a non-empty span inside the article body."""
    body_length = len(article.body)
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise ValidationError("span", "start and end must be whole numbers")
    if not 0 <= start < end <= body_length:
        raise ValidationError("span", f"{start}-{end} is not inside the article body (0-{body_length})")
    if not article.body[start:end].strip():
        raise ValidationError("span", f"{start}-{end} covers only white space")


def trim_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """A valid span narrowed to exclude white space at either end (selections often catch a space)."""
    validate_span(article, start, end)
    piece = article.body[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def clean_claim_text(text: str | None, article: Article, start: int, end: int) -> str:
    """The claim text given, or the body slice when none is given, spaces collapsed; ValidationError when blank."""
    if text is None:
        return " ".join(article.body[start:end].split())
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("text", "the claim text must not be empty")
    return " ".join(text.split())


def sentence_for(article: Article, start: int, end: int) -> tuple[str, int]:
    """The body sentence(s) a span falls in, and the index of the first."""
    sentences = [s for s in split_sentences(article.body) if s.start < end and s.end > start]
    if not sentences:
        return article.body[start:end].strip(), 0
    return article.body[sentences[0].start : sentences[-1].end], sentences[0].index


def _require_open(claim: Claim) -> None:
    """ValidationError when the claim was deleted."""
    if claim.deleted_at is not None:
        raise ValidationError("claim", f"claim {claim.id} was deleted")


def edit_claim(
    claim: Claim,
    user: User,
    *,
    text: str | None = None,
    start: int | None = None,
    end: int | None = None,
    expected_version: int,
) -> Claim:
    """Change a claim's text and/or span; StaleClaimError when it changed since the user opened it."""
    require_role(user, "edit claims", *EDITOR_ROLES)
    _require_open(claim)
    check_version(claim, expected_version)
    article = claim.article
    new_start = claim.start if start is None else start
    new_end = claim.end if end is None else end
    if (new_start, new_end) != (claim.start, claim.end):
        new_start, new_end = trim_span(article, new_start, new_end)
    new_text = claim.text if text is None else clean_claim_text(text, article, new_start, new_end)
    before = editable_record(claim)
    if (new_text, new_start, new_end) == (claim.text, claim.start, claim.end):
        return claim
    if (new_start, new_end) != (claim.start, claim.end):
        claim.sentence, claim.sentence_index = sentence_for(article, new_start, new_end)
    claim.text, claim.start, claim.end = new_text, new_start, new_end
    flush_claim(claim)
    record_event("edit", "claim", claim.id, user=user, before=before, after=editable_record(claim))
    return claim


def _new_claim(article: Article, text: str, start: int, end: int, like: Claim | None = None) -> Claim:
    """An unsaved manual claim; `like` lends its engine suggestions (attribution, kind, values in the text)."""
    sentence, sentence_index = sentence_for(article, start, end)
    claim = Claim(
        article=article,
        text=text,
        start=start,
        end=end,
        sentence=sentence,
        sentence_index=sentence_index,
        origin=ClaimOrigin.MANUAL.value,
        status=ClaimStatus.NEW.value,
    )
    if like is not None:
        claim.kind = like.kind
        claim.source_type = like.source_type
        claim.source_name = like.source_name
        claim.cue = like.cue
        claim.attribution_chain = list(like.attribution_chain or [])
        claim.hedged = like.hedged
        claim.direct_quote = like.direct_quote
        # Keep the suggested numbers and dates whose surface form is in the new text.
        claim.quantities = [q for q in like.quantities or [] if q.get("text") and q["text"] in text]
        claim.dates = [d for d in like.dates or [] if d.get("text") and d["text"] in text]
    return claim


def _copy_assignees(sources: Sequence[Claim], targets: Sequence[Claim]) -> None:
    """Give each target claim a fresh pending assignment for every reviewer assigned to any source claim."""
    user_ids = sorted(
        set(db.session.scalars(select(Assignment.user_id).where(Assignment.claim_id.in_([c.id for c in sources]))))
    )
    for target in targets:
        for user_id in user_ids:
            db.session.add(Assignment(claim_id=target.id, user_id=user_id))


def _soft_delete(claims: Sequence[Claim], when: dt.datetime) -> list[dict[str, Any]]:
    """Mark claims deleted and close their open assignments; returns their records as they were."""
    before = [editable_record(c) for c in claims]
    for claim in claims:
        claim.deleted_at = when
        close_assignments(claim, when)
    return before


def split_claim(claim: Claim, user: User, parts: Sequence[Part]) -> list[Claim]:
    """Replace a claim by two or more new claims, each (text, start, end); the original is soft-deleted."""
    require_role(user, "split claims", *EDITOR_ROLES)
    _require_open(claim)
    if len(parts) < 2:
        raise ValidationError("parts", "a split needs at least two parts")
    article = claim.article
    new_claims = []
    for text, part_start, part_end in parts:
        start, end = trim_span(article, part_start, part_end)
        new_claims.append(_new_claim(article, clean_claim_text(text, article, start, end), start, end, like=claim))
    if len({(c.text, c.start, c.end) for c in new_claims}) < len(new_claims):
        raise ValidationError("parts", "two parts are the same")
    db.session.add_all(new_claims)
    (before,) = _soft_delete([claim], dt.datetime.now(dt.UTC))
    flush_claim(claim)
    _copy_assignees([claim], new_claims)
    ids = [c.id for c in new_claims]
    record_event(
        "split", "claim", claim.id, user=user, before=before, after={**editable_record(claim), "split_into": ids}
    )
    for new in new_claims:
        record_event("create", "claim", new.id, user=user, after={**editable_record(new), "split_from": claim.id})
    db.session.flush()
    return new_claims


def merge_claims(claims: Sequence[Claim], user: User, text: str | None = None) -> Claim:
    """Replace claims of one article by one claim spanning them all; the originals are soft-deleted."""
    require_role(user, "merge claims", *EDITOR_ROLES)
    originals = sorted({c.id: c for c in claims}.values(), key=lambda c: (c.start, c.id))
    if len(originals) < 2:
        raise ValidationError("claims", "pick at least two claims to merge")
    for claim in originals:
        _require_open(claim)
    if len({c.article_id for c in originals}) > 1:
        raise ValidationError("claims", "only claims of the same article can be merged")
    article = originals[0].article
    start, end = min(c.start for c in originals), max(c.end for c in originals)
    merged = _new_claim(article, clean_claim_text(text, article, start, end), start, end, like=originals[0])
    # The merged text holds every original's numbers and dates: keep all suggestions, once each.
    merged.quantities = _unique([q for c in originals for q in c.quantities or []])
    merged.dates = _unique([d for c in originals for d in c.dates or []])
    db.session.add(merged)
    befores = _soft_delete(originals, dt.datetime.now(dt.UTC))
    for claim in originals:
        flush_claim(claim)
    _copy_assignees(originals, [merged])
    ids = [c.id for c in originals]
    for claim, before in zip(originals, befores, strict=True):
        record_event(
            "merge",
            "claim",
            claim.id,
            user=user,
            before=before,
            after={**editable_record(claim), "merged_into": merged.id},
        )
    record_event("create", "claim", merged.id, user=user, after={**editable_record(merged), "merged_from": ids})
    db.session.flush()
    return merged


def _unique(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records without repeats, first occurrence kept."""
    seen: list[dict[str, Any]] = []
    for record in records:
        if record not in seen:
            seen.append(record)
    return seen


def add_manual_claim(article: Article, user: User, start: int, end: int, text: str | None = None) -> Claim:
    """Add a claim a reviewer selected in the article body; text defaults to the selected slice."""
    require_role(user, "add claims", *EDITOR_ROLES)
    start, end = trim_span(article, start, end)
    claim = _new_claim(article, clean_claim_text(text, article, start, end), start, end)
    db.session.add(claim)
    db.session.flush()
    record_event("create", "claim", claim.id, user=user, after=editable_record(claim))
    if article.story is not None:
        assign_claims(article.story, user=user, claims=[claim])
    return claim


def delete_claim(claim: Claim, user: User) -> Claim:
    """Soft-delete a claim: hidden everywhere, kept with its annotations so undo_delete can restore it."""
    require_role(user, "delete claims", *EDITOR_ROLES)
    _require_open(claim)
    (before,) = _soft_delete([claim], dt.datetime.now(dt.UTC))
    flush_claim(claim)
    record_event("delete", "claim", claim.id, user=user, before=before, after=editable_record(claim))
    return claim


def undo_delete(claim: Claim, user: User) -> Claim:
    """Bring a soft-deleted claim back."""
    require_role(user, "restore claims", *EDITOR_ROLES)
    if claim.deleted_at is None:
        raise ValidationError("claim", f"claim {claim.id} is not deleted")
    before = editable_record(claim)
    claim.deleted_at = None
    flush_claim(claim)
    if claim.status not in SETTLED:
        reopen_assignments(claim)
    record_event("undo_delete", "claim", claim.id, user=user, before=before, after=editable_record(claim))
    return claim


def claim_history(claim: Claim, include_annotations: bool = False) -> list[AuditEvent]:
    """The claim's audit trail, oldest first; with `include_annotations`, its annotations' and evidence's too.

    Annotation entries carry the reviewers' values: pass include_annotations only for a user who may
    see them (annotations.sees_all_annotations).
    """
    condition = (AuditEvent.entity_type == "claim") & (AuditEvent.entity_id == claim.id)
    if include_annotations:
        annotation_ids = select(Annotation.id).where(Annotation.claim_id == claim.id)
        evidence_ids = select(Evidence.id).where(Evidence.claim_id == claim.id)
        condition = or_(
            condition,
            (AuditEvent.entity_type == "annotation") & AuditEvent.entity_id.in_(annotation_ids),
            (AuditEvent.entity_type == "evidence") & AuditEvent.entity_id.in_(evidence_ids),
        )
    return list(db.session.scalars(select(AuditEvent).where(condition).order_by(AuditEvent.created_at, AuditEvent.id)))
