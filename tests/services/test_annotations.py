"""Annotations, agreement, adjudication, evidence and visibility, on each database backend."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Annotation, Assignment, AuditEvent, Claim, Evidence, User
from claims.services.annotations import (
    AnnotationValues,
    ForbiddenError,
    StaleClaimError,
    add_evidence,
    adjudicate_claim,
    adjudication_queue,
    agreement_for_story,
    submit_annotation,
    visible_annotations,
    visible_evidence,
)
from claims.services.stories import assign_claims
from tests.builders import make_article, make_story_with_reviewers

NAMED = AnnotationValues(
    source_type="named_person",
    source_name="the Mayor",
    cue="said",
    hedged=False,
    direct_quote=False,
    verdict="supported",
    confidence=0.8,
)


@pytest.fixture
def team(make_user):
    """A lead and three reviewers."""
    return {name: make_user(name, role) for name, role in [("lea", "lead"), ("ana", "reviewer"), ("bo", "reviewer")]}


@pytest.fixture
def claim(team) -> Claim:
    """The first claim of an article in a story needing two annotations, assigned to ana and bo."""
    article = make_article()
    story = make_story_with_reviewers("Budget", team["lea"], [team["ana"], team["bo"]], articles=[article])
    assign_claims(story)
    return article.claims[0]


def events(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def test_two_agreeing_annotations_verify_the_claim_with_final_values(team, claim: Claim) -> None:
    first = submit_annotation(claim, team["ana"], NAMED)
    assert claim.status == "in_review" and claim.final_source_type is None
    # Same name up to case and spacing, a different cue: still agreement.
    submit_annotation(claim, team["bo"], replace(NAMED, source_name="  THE   mayor ", cue="told reporters"))
    db.session.commit()
    assert claim.status == "verified"
    assert (claim.final_source_type, claim.final_source_name) == ("named_person", "the Mayor")
    assert claim.verdict == "supported"
    assert claim.final_cue in {"said", "told reporters"} and claim.final_hedged is False
    assert claim.verdict_rationale is None
    assert first.submitted_at is not None
    done = db.session.scalars(select(Assignment.done_at).where(Assignment.claim_id == claim.id)).all()
    assert len(done) == 2 and all(done)
    status = events("status")[-1]
    assert status.before["status"] == "in_review" and status.after["status"] == "verified"
    assert status.user_id == team["bo"].id
    created = events("annotate")[0]
    assert created.before is None and created.after["verdict"] == "supported"


def test_disagreement_goes_to_the_adjudication_queue(team, claim: Claim) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="misleading"))
    assert claim.status == "needs_adjudication" and claim.verdict is None
    assert adjudication_queue() == [claim]
    assert adjudication_queue(claim.article.story) == [claim]
    other = make_article(body="Another text entirely.\n", outlet="Other")
    submit_annotation(other.claims[0], team["ana"], NAMED)
    assert adjudication_queue() == [claim]


@pytest.mark.parametrize(
    "change",
    [{"source_type": "organization"}, {"source_name": "the governor"}, {"not_a_claim": True}],
)
def test_any_differing_key_field_is_a_disagreement(team, claim: Claim, change: dict) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], replace(NAMED, **change))
    assert claim.status == "needs_adjudication"


def test_all_saying_not_a_claim_rejects_it(team, claim: Claim) -> None:
    for name in ("ana", "bo"):
        submit_annotation(claim, team[name], AnnotationValues(not_a_claim=True, note="page furniture"))
    assert claim.status == "rejected" and claim.verdict is None and claim.final_source_type is None


def test_resubmitting_updates_the_own_annotation_and_can_settle_a_disagreement(team, claim: Claim) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="refuted"))
    assert claim.status == "needs_adjudication"
    submit_annotation(claim, team["bo"], NAMED)
    db.session.commit()
    assert db.session.scalars(select(Annotation).where(Annotation.claim_id == claim.id)).all().__len__() == 2
    assert claim.status == "verified"
    update_event = events("update_annotation")[0]
    assert update_event.before["verdict"] == "refuted" and update_event.after["verdict"] == "supported"


def test_a_late_annotation_does_not_reopen_an_adjudicated_claim(team, claim: Claim, make_user) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="refuted"))
    adjudicate_claim(claim, team["lea"], NAMED, "The council minutes confirm it.", claim.version)
    late = make_user("cy", "reviewer")
    submit_annotation(claim, late, replace(NAMED, verdict="misleading"))
    assert claim.status == "verified" and claim.verdict == "supported"


def test_a_claim_verified_by_agreement_is_reopened_when_an_annotation_changes(team, claim: Claim) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], NAMED)
    assert claim.status == "verified"
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="refuted"))
    assert claim.status == "needs_adjudication" and claim.verdict is None and claim.final_source_type is None


def test_article_without_story_needs_two_annotations(team) -> None:
    claim = make_article().claims[0]
    submit_annotation(claim, team["ana"], NAMED)
    assert claim.status == "in_review"
    submit_annotation(claim, team["bo"], NAMED)
    assert claim.status == "verified"


def test_agreed_corrections_of_quantities_replace_the_suggestions(team, claim: Claim) -> None:
    fixed = [{"kind": "money", "low": 12e6, "high": 12e6, "unit": "USD", "text": "$12 million"}]
    submit_annotation(claim, team["ana"], replace(NAMED, quantities=fixed))
    submit_annotation(claim, team["bo"], NAMED)  # no correction: does not veto ana's
    assert claim.status == "verified" and claim.quantities == fixed


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        (replace(NAMED, verdict="true-ish"), "verdict", "unknown verdict"),
        (replace(NAMED, source_type="blogger"), "source_type", "unknown source type"),
        (replace(NAMED, verdict=None), "verdict", "choose a verdict"),
        (replace(NAMED, source_type=""), "source_type", "choose a source type"),
        (replace(NAMED, confidence=1.5), "confidence", "from 0 to 1"),
        (replace(NAMED, source_name="x" * 301), "source_name", "at most 300"),
        (replace(NAMED, quantities="12 million"), "quantities", "list of records"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(team, claim: Claim, values, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        submit_annotation(claim, team["ana"], values)
    assert caught.value.field == field and words in caught.value.reason
    assert "\n" not in str(caught.value)
    assert db.session.scalars(select(Annotation)).all() == []
    assert claim.status == "new"


def test_viewers_cannot_annotate_and_reviewers_cannot_adjudicate(team, claim: Claim, make_user) -> None:
    viewer = make_user("vi", "viewer")
    with pytest.raises(ForbiddenError):
        submit_annotation(claim, viewer, NAMED)
    with pytest.raises(ForbiddenError):
        adjudicate_claim(claim, team["ana"], NAMED, "because", claim.version)
    with pytest.raises(ForbiddenError):
        add_evidence(claim, viewer, "dataset", url="https://data.example.org/x")
    assert isinstance(ForbiddenError("x", viewer), PermissionError)


def test_a_reviewer_sees_others_annotations_only_after_submitting(team, claim: Claim, make_user) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    add_evidence(claim, team["ana"], "official_statement", url="https://city.example.gov/budget", passage="approved")
    assert visible_annotations(claim, team["bo"]) == []
    assert visible_evidence(claim, team["bo"]) == []
    assert [a.user_id for a in visible_annotations(claim, team["ana"])] == [team["ana"].id]
    assert len(visible_annotations(claim, team["lea"])) == 1
    assert len(visible_evidence(claim, team["lea"])) == 1
    admin = make_user("root", "admin")
    assert len(visible_annotations(claim, admin)) == 1
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="refuted"))
    assert {a.user_id for a in visible_annotations(claim, team["bo"])} == {team["ana"].id, team["bo"].id}
    assert len(visible_evidence(claim, team["bo"])) == 1


def test_adjudication_sets_final_values_with_rationale_and_audit(team, claim: Claim) -> None:
    submit_annotation(claim, team["ana"], NAMED)
    submit_annotation(claim, team["bo"], replace(NAMED, verdict="refuted"))
    version = claim.version
    adjudicate_claim(claim, team["lea"], replace(NAMED, verdict="misleading"), "  Half true: see minutes.  ", version)
    db.session.commit()
    stored = db.session.get(Claim, claim.id)
    assert stored.status == "verified" and stored.verdict == "misleading"
    assert stored.verdict_rationale == "Half true: see minutes."
    assert stored.final_source_type == "named_person" and stored.final_source_name == "the Mayor"
    assert stored.version == version + 1
    entry = events("adjudicate")[-1]
    assert entry.user_id == team["lea"].id and entry.entity_id == claim.id
    assert entry.before["status"] == "needs_adjudication" and entry.before["verdict"] is None
    assert entry.after["verdict"] == "misleading" and entry.after["verdict_rationale"] == "Half true: see minutes."
    assert adjudication_queue() == []


def test_adjudicating_as_not_a_claim_rejects(team, claim: Claim) -> None:
    adjudicate_claim(claim, team["lea"], AnnotationValues(not_a_claim=True), "A headline.", claim.version)
    assert claim.status == "rejected" and claim.verdict is None


def test_adjudication_needs_a_rationale(team, claim: Claim) -> None:
    with pytest.raises(ValidationError, match="rationale"):
        adjudicate_claim(claim, team["lea"], NAMED, "   ", claim.version)


def test_stale_version_is_refused_and_shows_the_other_change(team, claim: Claim, make_user) -> None:
    other_lead = make_user("lou", "lead")
    opened = claim.version
    adjudicate_claim(claim, other_lead, NAMED, "First decision.", opened)
    db.session.commit()
    with pytest.raises(StaleClaimError) as caught:
        adjudicate_claim(claim, team["lea"], replace(NAMED, verdict="refuted"), "Second decision.", opened)
    assert caught.value.current["verdict"] == "supported"
    assert caught.value.current["verdict_rationale"] == "First decision."
    assert caught.value.changed_by == "lou" and caught.value.version == opened + 1
    db.session.rollback()
    stored = db.session.get(Claim, claim.id)
    assert stored.verdict == "supported" and stored.verdict_rationale == "First decision."
    assert len(events("adjudicate")) == 1


def test_concurrent_save_caught_at_flush_is_a_stale_claim_error(app, team, claim: Claim, make_user) -> None:
    """Both opened version v; the other's save commits between our load and our flush."""
    db.session.commit()
    opened = claim.version
    assert claim.status == "new"  # loaded into our session before the other save
    with Session(db.engine) as other:
        other.execute(
            update(Claim)
            .where(Claim.id == claim.id)
            .values(verdict="refuted", verdict_rationale="Other lead.", status="verified", version=opened + 1)
        )
        other.commit()
    with pytest.raises(StaleClaimError) as caught:
        adjudicate_claim(claim, team["lea"], NAMED, "Mine.", opened)
    assert caught.value.current["verdict_rationale"] == "Other lead."
    assert caught.value.version == opened + 1
    db.session.rollback()
    assert db.session.get(Claim, claim.id).verdict == "refuted"
    assert events("adjudicate") == []


def test_evidence_items(team, claim: Claim) -> None:
    other = make_article(body="The council set a $12 million budget.\n", outlet="Other Outlet")
    item = add_evidence(claim, team["ana"], "primary_document", url="https://city.example.gov/minutes.pdf")
    link = add_evidence(claim, team["ana"], "linked_claim", linked_claim_id=other.claims[0].id)
    db.session.commit()
    assert [e.id for e in db.session.scalars(select(Evidence).order_by(Evidence.id))] == [item.id, link.id]
    assert link.linked_claim_id == other.claims[0].id and item.user_id == team["ana"].id
    entry = events("add_evidence")[0]
    assert entry.after["url"] == "https://city.example.gov/minutes.pdf" and entry.after["claim_id"] == claim.id


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "rumour", "url": "https://x.example"}, "kind"),
        ({"kind": "dataset", "url": "javascript:alert(1)"}, "url"),
        ({"kind": "dataset", "url": "example.org/data"}, "url"),
        ({"kind": "dataset"}, "url"),
        ({"kind": "linked_claim"}, "linked_claim_id"),
        ({"kind": "linked_claim", "linked_claim_id": 987654}, "linked_claim_id"),
        ({"kind": "dataset", "url": "https://x.example", "linked_claim_id": 1}, "linked_claim_id"),
    ],
)
def test_bad_evidence_is_refused(team, claim: Claim, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_evidence(claim, team["ana"], **kwargs)
    assert caught.value.field == field


def test_evidence_cannot_link_a_claim_of_the_same_article(team, claim: Claim) -> None:
    sibling = claim.article.claims[1]
    with pytest.raises(ValidationError, match="another article"):
        add_evidence(claim, team["ana"], "linked_claim", linked_claim_id=sibling.id)


def test_agreement_for_story_per_field(team, make_user) -> None:
    body = "".join(f"Claim number {i} was made.\n" for i in range(6))
    article = make_article(body=body)
    story = make_story_with_reviewers("Agree", team["lea"], [team["ana"], team["bo"]], articles=[article])
    verdicts = {
        "ana": ["supported", "supported", "refuted", "refuted", "misleading", "supported"],
        "bo": ["supported", "supported", "refuted", "supported", "misleading", "refuted"],
    }
    for name, labels in verdicts.items():
        for claim, verdict in zip(article.claims, labels, strict=True):
            submit_annotation(claim, team[name], replace(NAMED, verdict=verdict))
    result = agreement_for_story(story)
    assert set(result) == {"source_type", "verdict", "source_name"}
    verdict = result["verdict"]
    assert verdict.units == 6 and verdict.raters == 2 and verdict.ratings == 12
    assert verdict.percent_agreement == pytest.approx(4 / 6)
    # Both used supported 3x, refuted 2x, misleading 1x: kappa = (24/36 - 14/36) / (22/36); alpha = 1 - 11 * 4 / 88.
    assert verdict.kappa == pytest.approx(10 / 22)
    assert verdict.alpha == pytest.approx(0.5)
    # Everyone said the same source type: no variation, so kappa and alpha are undefined, not an error.
    assert result["source_type"].alpha is None and result["source_type"].kappa is None
    assert result["source_type"].percent_agreement == 1.0
    third = make_user("cy", "reviewer")
    submit_annotation(article.claims[0], third, replace(NAMED, verdict="refuted"))
    result = agreement_for_story(story)
    assert result["verdict"].raters == 3 and result["verdict"].kappa is None and result["verdict"].alpha is not None


def test_agreement_for_an_empty_story(team) -> None:
    story = make_story_with_reviewers("Empty", team["lea"], [team["ana"]])
    result = agreement_for_story(story)
    assert all(r.alpha is None and r.kappa is None and r.units == 0 for r in result.values())


def test_simultaneous_submissions_both_count(app, team, claim: Claim) -> None:
    """bo's submission lands (committed elsewhere) after ana's page loaded the claim: ana's still settles it."""
    db.session.commit()
    assert claim.status == "new"  # loaded before bo's save
    with Session(db.engine) as other:
        other.add(
            Annotation(
                claim_id=claim.id,
                user_id=team["bo"].id,
                source_type="named_person",
                source_name="The mayor",
                verdict="supported",
                submitted_at=dt.datetime.now(dt.UTC),
            )
        )
        other.execute(update(Claim).where(Claim.id == claim.id).values(status="in_review", version=claim.version + 1))
        other.commit()
    submit_annotation(claim, team["ana"], NAMED)
    db.session.commit()
    assert claim.status == "verified" and claim.final_source_name in {"the Mayor", "The mayor"}


def test_two_reviewers_submitting_at_the_same_moment(app, team, claim: Claim) -> None:
    """Real threads, own sessions: the first holds its transaction open while the second submits."""
    db.session.commit()
    claim_id, first_saved, release = claim.id, threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def submit(username: str, hold: bool) -> None:
        try:
            with app.app_context():
                user = db.session.scalar(select(User).where(User.username == username))
                submit_annotation(db.session.get(Claim, claim_id), user, NAMED)
                if hold:
                    first_saved.set()
                    release.wait(5)
                db.session.commit()
                db.session.remove()
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)
            first_saved.set()

    first = threading.Thread(target=submit, args=("ana", True))
    second = threading.Thread(target=submit, args=("bo", False))
    first.start()
    assert first_saved.wait(5)
    second.start()
    second.join(0.3)  # the second is now waiting for the first's lock
    release.set()
    first.join(10)
    second.join(10)
    assert errors == []
    db.session.expire_all()
    stored = db.session.get(Claim, claim_id)
    assert len(stored.annotations) == 2 and stored.status == "verified"
