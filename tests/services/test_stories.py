"""Stories, reviewers, assignment spreading and the review queue."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Assignment, AuditEvent, Claim
from claims.services.annotations import AnnotationValues, ForbiddenError, adjudicate_claim, submit_annotation
from claims.services.claim_edits import delete_claim, undo_delete
from claims.services.stories import (
    add_articles_to_story,
    assign_claims,
    create_story,
    next_claim_for,
    review_queue,
    set_story_reviewers,
    story_reviewers,
    update_story,
)
from tests.builders import make_article, make_story_with_reviewers

VALUES = AnnotationValues(source_type="unattributed", verdict="supported")


def lines(n: int, prefix: str = "Claim") -> str:
    return "".join(f"{prefix} number {i} was made.\n" for i in range(n))


@pytest.fixture
def lead(make_user):
    return make_user("lea", "lead")


@pytest.fixture
def reviewers(make_user):
    return [make_user(name, "reviewer") for name in ("ana", "bo", "cy")]


def assignments() -> Counter[int]:
    """Assignments per user."""
    rows = db.session.execute(select(Assignment.user_id, func.count()).group_by(Assignment.user_id))
    return Counter({user_id: count for user_id, count in rows})


def per_claim() -> dict[int, set[int]]:
    result: dict[int, set[int]] = {}
    for claim_id, user_id in db.session.execute(select(Assignment.claim_id, Assignment.user_id)):
        result.setdefault(claim_id, set()).add(user_id)
    return result


def test_create_story_is_audited_and_validated(lead, reviewers) -> None:
    story = create_story("  Algeria   security ", lead, annotations_required=3, description=" talks ")
    assert (story.name, story.annotations_required, story.description) == ("Algeria security", 3, "talks")
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "story"))
    assert event.action == "create" and event.after["annotations_required"] == 3 and event.user_id == lead.id
    bad = [("Algeria security", 2, "name"), ("", 2, "name"), ("Other", 0, "annotations_required")]
    for name, required, field in bad:
        with pytest.raises(ValidationError) as caught:
            create_story(name, lead, annotations_required=required)
        assert caught.value.field == field
    with pytest.raises(ForbiddenError):
        create_story("Mine", reviewers[0])


def test_assignment_gives_each_claim_distinct_reviewers_balanced_and_is_idempotent(lead, reviewers) -> None:
    articles = [make_article(body=lines(4, f"A{i}"), outlet=f"Outlet {i}") for i in range(3)]
    story = make_story_with_reviewers("Spread", lead, reviewers, required=2, articles=articles)
    made = assign_claims(story, user=lead)
    assert made == 12 * 2
    assert all(len(users) == 2 for users in per_claim().values()) and len(per_claim()) == 12
    assert sorted(assignments().values()) == [8, 8, 8]
    assert assign_claims(story) == 0
    assert sum(assignments().values()) == 24
    # New claims arrive: only they are assigned, still evenly.
    late = make_article(body=lines(3, "Late"), outlet="Late Outlet")
    add_articles_to_story(story, [late], lead)
    assert assign_claims(story) == 6
    assert sorted(assignments().values()) == [10, 10, 10]
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "assign")).first()
    assert event.after["assignments"] == 24 and event.user_id == lead.id


def test_assignment_keeps_existing_ones_and_skips_deleted_and_settled_claims(lead, reviewers) -> None:
    ana, bo, cy = reviewers
    article = make_article(body=lines(4))
    story = make_story_with_reviewers("Keep", lead, reviewers, required=2, articles=[article])
    first, second, third, fourth = article.claims
    db.session.add(Assignment(claim_id=first.id, user_id=cy.id))
    delete_claim(second, ana)
    adjudicate_claim(third, lead, VALUES, "Obvious.", third.version)
    submit_annotation(fourth, bo, VALUES)  # annotated without an assignment: bo counts as one of the two
    assign_claims(story)
    assignment_map = per_claim()
    assert cy.id in assignment_map[first.id] and len(assignment_map[first.id]) == 2
    assert second.id not in assignment_map and third.id not in assignment_map
    assert bo.id not in assignment_map[fourth.id] and len(assignment_map[fourth.id]) == 1


def test_fewer_reviewers_than_required_gives_each_claim_all_of_them(lead, reviewers) -> None:
    story = make_story_with_reviewers("Small", lead, reviewers[:2], required=3, articles=[make_article(body=lines(2))])
    assert assign_claims(story) == 4
    assert assign_claims(create_story("No reviewers", lead)) == 0


def test_set_story_reviewers_withdraws_unfinished_work_of_dropped_reviewers(lead, reviewers, make_user) -> None:
    ana, bo, cy = reviewers
    article = make_article(body=lines(2))
    story = make_story_with_reviewers("Swap", lead, [ana, bo], required=2, articles=[article])
    assign_claims(story)
    submit_annotation(article.claims[0], bo, VALUES)
    set_story_reviewers(story, [ana, cy], lead)
    assert [u.username for u in story_reviewers(story)] == ["ana", "cy"]
    remaining = per_claim()
    assert remaining[article.claims[0].id] == {ana.id, bo.id}  # bo's finished assignment stays
    assert remaining[article.claims[1].id] == {ana.id}
    assert assign_claims(story) == 1
    assert per_claim()[article.claims[1].id] == {ana.id, cy.id}
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "set_reviewers")).all()[-1]
    assert event.before["reviewers"] == sorted([ana.id, bo.id]) and event.after["reviewers"] == sorted([ana.id, cy.id])
    with pytest.raises(ValidationError, match="cannot annotate"):
        set_story_reviewers(story, [make_user("vi", "viewer")], lead)
    with pytest.raises(ValidationError, match="deactivated"):
        set_story_reviewers(story, [make_user("gone", "reviewer", active=False)], lead)


def test_add_articles_moves_them_and_audits(lead) -> None:
    first, second = create_story("First", lead), create_story("Second", lead)
    article = make_article(story=first)
    assert add_articles_to_story(second, [article], lead) == 1
    assert add_articles_to_story(second, [article], lead) == 0
    assert article.story_id == second.id
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "set_story"))
    assert event.before == {"story_id": first.id} and event.after == {"story_id": second.id}


def test_raising_annotations_required_reopens_claims_verified_by_agreement(lead, reviewers) -> None:
    ana, bo, _ = reviewers
    article = make_article(body=lines(1))
    story = make_story_with_reviewers("Raise", lead, reviewers, required=2, articles=[article])
    claim = article.claims[0]
    submit_annotation(claim, ana, VALUES)
    submit_annotation(claim, bo, VALUES)
    assert claim.status == "verified"
    update_story(story, lead, annotations_required=3)
    assert claim.status == "in_review" and claim.verdict is None
    assert assign_claims(story) == 1


def test_review_queue_follows_assignment_order_with_totals(lead, reviewers) -> None:
    ana = reviewers[0]
    zulu_article = make_article(body=lines(2, "Zulu"), outlet="Z")
    alpha_first = make_article(body=lines(2, "Alpha"), outlet="A")
    alpha_second = make_article(body=lines(1, "Beta"), outlet="B")
    zulu = make_story_with_reviewers("Zulu", lead, [ana], required=1, articles=[zulu_article])
    alpha = make_story_with_reviewers("Alpha", lead, [ana], required=1, articles=[alpha_first, alpha_second])
    # The queue follows the order of assignment: story by story as assigned, then article, then position.
    # Beta's claim starts at 0, before Alpha's second claim: the article comes before the position.
    assign_claims(zulu)
    assign_claims(alpha)
    queue = review_queue(ana)
    assert [item.text for item in queue.items] == [
        "Zulu number 0 was made.",
        "Zulu number 1 was made.",
        "Alpha number 0 was made.",
        "Alpha number 1 was made.",
        "Beta number 0 was made.",
    ]
    assert queue.items[2].story_name == "Alpha" and queue.items[2].outlet == "A"
    assert (queue.assigned, queue.done, queue.pending) == (5, 0, 5)
    submit_annotation(alpha_first.claims[0], ana, VALUES)
    queue = review_queue(ana)
    assert (queue.assigned, queue.done, queue.pending) == (5, 1, 4)
    assert len(queue.items) == 4
    only_zulu = review_queue(ana, story=zulu)
    assert (only_zulu.assigned, only_zulu.pending) == (2, 2) and len(only_zulu.items) == 2
    assert len(review_queue(ana, limit=2).items) == 2
    assert review_queue(reviewers[1]).items == ()


def test_next_claim_follows_the_queue_and_wraps_round(lead, reviewers) -> None:
    ana = reviewers[0]
    article = make_article(body=lines(3))
    story = make_story_with_reviewers("Next", lead, [ana], required=1, articles=[article])
    assign_claims(story)
    first, second, third = article.claims
    assert next_claim_for(ana) == first
    assert next_claim_for(ana, after_claim_id=first.id) == second
    submit_annotation(second, ana, VALUES)
    assert next_claim_for(ana, after_claim_id=second.id) == third
    assert next_claim_for(ana, after_claim_id=third.id) == first  # wraps round
    assert next_claim_for(ana, after_claim_id=987654) == first  # unknown claim: start at the top
    delete_claim(first, ana)
    submit_annotation(third, ana, VALUES)
    assert next_claim_for(ana, after_claim_id=third.id) is None
    assert next_claim_for(reviewers[1]) is None


def test_claims_outside_stories_queue_in_assignment_order_too(lead, reviewers) -> None:
    ana = reviewers[0]
    storied = make_article(body=lines(1, "Storied"), outlet="S")
    assign_claims(make_story_with_reviewers("S", lead, [ana], required=1, articles=[storied]))
    loose = make_article(body=lines(1, "Loose"), outlet="L")
    db.session.add(Assignment(claim_id=loose.claims[0].id, user_id=ana.id))
    db.session.flush()
    assert [i.text for i in review_queue(ana).items] == ["Storied number 0 was made.", "Loose number 0 was made."]
    assert next_claim_for(ana, after_claim_id=storied.claims[0].id) == db.session.get(Claim, loose.claims[0].id)
    assert review_queue(ana).items[-1].story_id is None


def test_settled_or_deleted_claims_leave_the_queue_counts(lead, reviewers) -> None:
    ana = reviewers[0]
    article = make_article(body=lines(3))
    story = make_story_with_reviewers("Counts", lead, [ana], required=1, articles=[article])
    assign_claims(story)
    first, second, _third = article.claims
    delete_claim(first, ana)
    adjudicate_claim(second, lead, VALUES, "settled by the lead", second.version)
    queue = review_queue(ana)
    assert (queue.assigned, queue.done, queue.pending, len(queue.items)) == (3, 2, 1, 1)
    undo_delete(first, ana)
    queue = review_queue(ana)
    assert (queue.pending, len(queue.items)) == (2, 2)


def test_only_leads_manage_stories(lead, reviewers) -> None:
    story = create_story("Guarded", lead)
    ana = reviewers[0]
    for attempt in (
        lambda: add_articles_to_story(story, [make_article()], ana),
        lambda: set_story_reviewers(story, [ana], ana),
        lambda: update_story(story, ana, name="Mine"),
    ):
        with pytest.raises(ForbiddenError):
            attempt()
