"""Editing claims: edit, split, merge, add, delete and undo, each audited with before and after."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Assignment, Claim
from claims.services.annotations import AnnotationValues, ForbiddenError, StaleClaimError, submit_annotation
from claims.services.claim_edits import (
    add_manual_claim,
    claim_history,
    delete_claim,
    edit_claim,
    merge_claims,
    split_claim,
    undo_delete,
)
from claims.services.stories import assign_claims
from tests.builders import make_article, make_story_with_reviewers

BODY = (
    "The council approved a $12 million budget and hired 40 teachers on Tuesday, the mayor said.\n\n"
    "The bridge will open in 2025.\n"
)
FIRST = BODY.splitlines()[0]
BRIDGE = "The bridge will open in 2025."
QUANTITIES = [
    {"kind": "money", "low": 12e6, "high": 12e6, "unit": "USD", "text": "$12 million"},
    {"kind": "count", "low": 40, "high": 40, "unit": None, "text": "40 teachers"},
]


@pytest.fixture
def ana(make_user):
    return make_user("ana", "reviewer")


@pytest.fixture
def article():
    article = make_article(body=BODY)
    first = article.claims[0]
    first.source_type, first.source_name, first.cue = "named_person", "the mayor", "said"
    first.quantities = QUANTITIES
    db.session.commit()
    return article


def stored(claim_id: int) -> Claim:
    db.session.expire_all()
    return db.session.get(Claim, claim_id)


def live_claims(article) -> list[Claim]:
    return list(
        db.session.scalars(
            select(Claim).where(Claim.article_id == article.id, Claim.deleted_at.is_(None)).order_by(Claim.start)
        )
    )


def test_edit_text_and_span_is_audited(ana, article) -> None:
    claim = article.claims[1]
    version = claim.version
    edit_claim(claim, ana, text="  The bridge   opens in 2025. ", start=claim.start + 4, expected_version=version)
    db.session.commit()
    claim = stored(claim.id)
    assert claim.text == "The bridge opens in 2025." and claim.start == BODY.index(BRIDGE) + 4
    assert claim.version == version + 1
    (event,) = claim_history(claim)
    assert event.action == "edit" and event.user_id == ana.id
    assert event.before["text"] == BRIDGE and event.after["text"] == "The bridge opens in 2025."
    assert event.before["start"] == BODY.index(BRIDGE) and event.after["start"] == BODY.index(BRIDGE) + 4


def test_edit_without_change_writes_nothing(ana, article) -> None:
    claim = article.claims[1]
    edit_claim(claim, ana, text=claim.text, expected_version=claim.version)
    assert claim_history(claim) == []


def test_edit_with_a_stale_version_is_refused(ana, article, make_user) -> None:
    bo = make_user("bo", "reviewer")
    claim = article.claims[1]
    opened = claim.version
    edit_claim(claim, bo, text="The bridge opens in 2025.", expected_version=opened)
    db.session.commit()
    with pytest.raises(StaleClaimError) as caught:
        edit_claim(claim, ana, text="The bridge will open next year.", expected_version=opened)
    assert caught.value.current["text"] == "The bridge opens in 2025." and caught.value.changed_by == "bo"
    assert stored(claim.id).text == "The bridge opens in 2025."


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"text": "   "}, "text", "must not be empty"),
        ({"start": -1}, "span", "not inside the article body"),
        ({"end": len(BODY) + 5}, "span", "not inside the article body"),
        ({"start": 10, "end": 10}, "span", "not inside the article body"),
        ({"start": 20, "end": 5}, "span", "not inside the article body"),
        ({"start": len(FIRST), "end": len(FIRST) + 2}, "span", "only white space"),
        ({"start": "3"}, "span", "whole numbers"),
    ],
)
def test_bad_edits_are_refused_with_a_one_line_reason(ana, article, kwargs: dict, field: str, words: str) -> None:
    claim = article.claims[1]
    with pytest.raises(ValidationError) as caught:
        edit_claim(claim, ana, expected_version=claim.version, **kwargs)
    assert caught.value.field == field and words in caught.value.reason and "\n" not in str(caught.value)
    assert stored(claim.id).text == BRIDGE and claim_history(claim) == []


def test_split_replaces_a_claim_by_its_parts(ana, make_user, article) -> None:
    lead, bo = make_user("lea", "lead"), make_user("bo", "reviewer")
    story = make_story_with_reviewers("Council", lead, [ana, bo], articles=[article])
    assign_claims(story)
    original = article.claims[0]
    budget = FIRST.index("The council approved a $12 million budget")
    teachers = FIRST.index("hired 40 teachers")
    parts = split_claim(
        original,
        ana,
        [
            ("The council approved a $12 million budget.", budget, budget + 41),
            ("The council hired 40 teachers.", teachers, teachers + 17),
        ],
    )
    db.session.commit()
    assert stored(original.id).deleted_at is not None
    assert [p.text for p in live_claims(article)] == [
        "The council approved a $12 million budget.",
        "The council hired 40 teachers.",
        BRIDGE,
    ]
    first, second = parts
    assert first.origin == second.origin == "manual" and first.source_name == "the mayor"
    assert [q["text"] for q in first.quantities] == ["$12 million"]
    assert [q["text"] for q in second.quantities] == ["40 teachers"]
    assert first.sentence == FIRST
    # The original's reviewers now have the parts to annotate.
    for part in parts:
        assert set(db.session.scalars(select(Assignment.user_id).where(Assignment.claim_id == part.id))) == {
            ana.id,
            bo.id,
        }
    (split,) = claim_history(original)
    assert split.action == "split" and split.before["deleted_at"] is None
    assert split.after["split_into"] == [first.id, second.id] and split.after["deleted_at"] is not None
    created = claim_history(first)[0]
    assert created.action == "create" and created.before is None and created.after["split_from"] == original.id


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        ([("Only one part.", 0, 10)], "parts"),
        ([("A part.", 0, 10), ("Outside.", 5, len(BODY) + 1)], "span"),
        ([("A part.", 0, 10), ("", 12, 20)], "text"),
        ([("A part.", 0, 10), ("A part.", 0, 10)], "parts"),
    ],
)
def test_bad_splits_are_refused(ana, article, parts, field: str) -> None:
    original = article.claims[0]
    with pytest.raises(ValidationError) as caught:
        split_claim(original, ana, parts)
    assert caught.value.field == field
    db.session.rollback()
    assert len(live_claims(article)) == 2 and stored(original.id).deleted_at is None


def test_merge_spans_the_union_and_can_be_undone(ana, article) -> None:
    first, second = article.claims
    merged = merge_claims([second, first], ana)
    db.session.commit()
    assert (merged.start, merged.end) == (first.start, second.end)
    assert merged.text == " ".join(BODY[first.start : second.end].split()) and merged.origin == "manual"
    assert merged.quantities == QUANTITIES
    assert [c.id for c in live_claims(article)] == [merged.id]
    (event,) = claim_history(first)
    assert event.action == "merge" and event.after["merged_into"] == merged.id and event.before["deleted_at"] is None
    assert claim_history(merged)[0].after["merged_from"] == [first.id, second.id]
    undo_delete(first, ana)
    assert {c.id for c in live_claims(article)} == {merged.id, first.id}


def test_merge_refuses_claims_of_different_articles_deleted_ones_and_singletons(ana, article) -> None:
    other = make_article(body="Elsewhere something else happened.\n", outlet="Other")
    first, second = article.claims
    with pytest.raises(ValidationError, match="same article"):
        merge_claims([first, other.claims[0]], ana)
    with pytest.raises(ValidationError, match="at least two"):
        merge_claims([first, first], ana)
    delete_claim(second, ana)
    with pytest.raises(ValidationError, match="deleted"):
        merge_claims([first, second], ana)


def test_add_manual_claim_defaults_to_the_selected_text_and_gets_assigned(ana, make_user) -> None:
    lead = make_user("lea", "lead")
    article = make_article(body=BODY, claims=[BRIDGE])
    story = make_story_with_reviewers("Council", lead, [ana], required=1, articles=[article])
    assign_claims(story)
    start = BODY.index("the mayor said")
    claim = add_manual_claim(article, ana, start - 1, start + len("the mayor said") + 3)
    db.session.commit()
    assert claim.text == "the mayor said." and claim.origin == "manual" and claim.status == "new"
    assert (claim.start, claim.end) == (start, start + 15) and claim.sentence == FIRST
    assert db.session.scalar(select(Assignment.user_id).where(Assignment.claim_id == claim.id)) == ana.id
    (event,) = claim_history(claim)
    assert event.action == "create" and event.after["text"] == "the mayor said." and event.after["start"] == start
    given = add_manual_claim(article, ana, 0, 11, text="The council met.")
    assert given.text == "The council met."


@pytest.mark.parametrize(
    ("start", "end", "text", "field"),
    [
        (0, len(BODY) + 1, None, "span"),
        (-3, 4, None, "span"),
        (7, 7, None, "span"),
        (len(FIRST), len(FIRST) + 2, None, "span"),
        (0, 10, "  ", "text"),
    ],
)
def test_bad_manual_claims_are_refused(ana, article, start: int, end: int, text, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_manual_claim(article, ana, start, end, text)
    assert caught.value.field == field
    assert len(live_claims(article)) == 2


def test_delete_and_undo_are_audited(ana, article) -> None:
    claim = article.claims[1]
    delete_claim(claim, ana)
    db.session.commit()
    assert [c.id for c in live_claims(article)] == [article.claims[0].id]
    with pytest.raises(ValidationError, match="deleted"):
        delete_claim(claim, ana)
    with pytest.raises(ValidationError, match="deleted"):
        submit_annotation(claim, ana, AnnotationValues(not_a_claim=True))
    with pytest.raises(ValidationError, match="deleted"):
        edit_claim(claim, ana, text="x", expected_version=claim.version)
    undo_delete(claim, ana)
    db.session.commit()
    assert len(live_claims(article)) == 2
    with pytest.raises(ValidationError, match="not deleted"):
        undo_delete(claim, ana)
    deleted, restored = claim_history(claim)
    assert (deleted.action, deleted.before["deleted_at"]) == ("delete", None) and deleted.after["deleted_at"]
    assert restored.action == "undo_delete" and restored.before["deleted_at"] and restored.after["deleted_at"] is None


def test_history_includes_annotations_only_when_asked(ana, article) -> None:
    claim = article.claims[1]
    values = AnnotationValues(source_type="unattributed", verdict="not_enough_evidence")
    submit_annotation(claim, ana, values)
    edit_claim(claim, ana, text="The bridge opens in 2025.", expected_version=claim.version)
    assert [e.action for e in claim_history(claim)] == ["status", "edit"]
    assert [e.action for e in claim_history(claim, include_annotations=True)] == ["annotate", "status", "edit"]


def test_viewers_cannot_edit(make_user, article) -> None:
    viewer = make_user("vi", "viewer")
    claim = article.claims[0]
    for attempt in (
        lambda: edit_claim(claim, viewer, text="x", expected_version=claim.version),
        lambda: split_claim(claim, viewer, [("a", 0, 3), ("b", 4, 8)]),
        lambda: merge_claims(article.claims, viewer),
        lambda: add_manual_claim(article, viewer, 0, 5),
        lambda: delete_claim(claim, viewer),
        lambda: undo_delete(claim, viewer),
    ):
        with pytest.raises(ForbiddenError):
            attempt()
    assert claim_history(claim) == []
