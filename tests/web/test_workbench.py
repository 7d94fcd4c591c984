"""The workbench pages: annotate, next, visibility, adjudicate with version check, edits, roles."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy import select

from claims.extensions import db
from claims.models import Annotation, AuditEvent, Claim, ClaimStatus
from tests.builders import make_article, make_story_with_reviewers
from tests.conftest import csrf_token, login

BODY = (
    "The council approved a budget of $12 million on Tuesday.\n"
    "The mayor said the bridge will cost $40 million.\n"
    "Officials expect 3,000 jobs from the plan.\n"
)


def setup_story(make_user, required: int = 2):
    lead = make_user("lee", "lead")
    ana = make_user("ana", "reviewer")
    bob = make_user("bob", "reviewer")
    article = make_article(BODY)
    story = make_story_with_reviewers("budget", lead, [ana, bob], required=required, articles=[article])
    from claims.services.stories import assign_claims

    assign_claims(story, user=lead)
    db.session.commit()
    return article, [c.id for c in article.claims]


def annotate(client: FlaskClient, claim_id: int, **fields):
    data = {"csrf_token": csrf_token(client, "/queue"), "source_type": "unattributed", "verdict": "supported"}
    data.update(fields)
    return client.post(f"/claims/{claim_id}/annotation", data=data)


def panel(client: FlaskClient, article_id: int, claim_id: int) -> str:
    return client.get(f"/articles/{article_id}/claims/{claim_id}").get_data(as_text=True)


def test_panel_prefills_the_engine_suggestion_and_saves_my_annotation(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    claim = db.session.get(Claim, ids[1])
    claim.source_type, claim.source_name = "named_person", "the mayor"
    db.session.commit()
    login(client, "ana")
    html = panel(client, article.id, ids[1])
    assert re.search(r'<input checked[^>]*value="named_person"', html) and 'value="the mayor"' in html
    response = annotate(client, ids[1], source_type="named_person", source_name="Mayor Jones", note="checked")
    assert response.status_code == 302
    mine = db.session.scalar(select(Annotation).where(Annotation.claim_id == ids[1]))
    assert (mine.source_name, mine.verdict, mine.note) == ("Mayor Jones", "supported", "checked")
    assert db.session.get(Claim, ids[1]).status == ClaimStatus.IN_REVIEW


def test_panel_says_where_the_suggested_person_works(client: FlaskClient, make_user) -> None:
    """The employer the article gives for a person source is shown beside the name, as text."""
    article, ids = setup_story(make_user)
    claim = db.session.get(Claim, ids[1])
    claim.source_type, claim.source_name = "named_person", "Martin Esker"
    claim.source_affiliation = "<b>THG</b>"
    db.session.commit()
    login(client, "ana")
    html = panel(client, article.id, ids[1])
    assert 'Martin Esker <span class="muted">(&lt;b&gt;THG&lt;/b&gt;)</span>' in html


def test_save_and_next_goes_to_my_next_pending_claim(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "ana")
    response = annotate(client, ids[0], save_next="1")
    follow = client.get(response.headers["Location"])
    assert follow.status_code == 302
    assert follow.headers["Location"].endswith(f"/articles/{article.id}/claims/{ids[1]}")
    queue = client.get("/queue").get_data(as_text=True)
    assert "<strong>1</strong> of 3 done" in queue


def test_others_annotations_stay_hidden_until_i_submit(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "bob")
    annotate(client, ids[0], note="bob-secret-note")
    client.get("/logout")
    other = client.application.test_client()
    login(other, "ana")
    assert "bob-secret-note" not in panel(other, article.id, ids[0])
    annotate(other, ids[0])
    assert "bob-secret-note" in panel(other, article.id, ids[0])


def test_disagreement_goes_to_the_lead_who_adjudicates(client: FlaskClient, make_user) -> None:
    _article, ids = setup_story(make_user)
    for name, verdict in (("ana", "supported"), ("bob", "refuted")):
        c = client.application.test_client()
        login(c, name)
        annotate(c, ids[0], verdict=verdict)
    assert db.session.get(Claim, ids[0]).status == ClaimStatus.NEEDS_ADJUDICATION
    lead = client.application.test_client()
    login(lead, "lee")
    assert db.session.get(Claim, ids[0]).text in lead.get("/adjudication").get_data(as_text=True)
    claim = db.session.get(Claim, ids[0])
    response = lead.post(
        f"/claims/{ids[0]}/adjudication",
        data={
            "csrf_token": csrf_token(lead, "/queue"),
            "adj-source_type": "unattributed",
            "adj-verdict": "refuted",
            "adj-rationale": "budget documents say $10 million",
            "adj-version": str(claim.version),
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    claim = db.session.get(Claim, ids[0])
    assert (claim.status, claim.verdict, claim.verdict_rationale) == (
        ClaimStatus.VERIFIED,
        "refuted",
        "budget documents say $10 million",
    )


def test_second_adjudication_on_a_stale_version_is_told_and_overwrites_nothing(client: FlaskClient, make_user) -> None:
    _article, ids = setup_story(make_user)
    make_user("lia", "lead")
    version = db.session.get(Claim, ids[0]).version
    first, second = client.application.test_client(), client.application.test_client()
    login(first, "lee")
    login(second, "lia")
    data = {"adj-source_type": "unattributed", "adj-version": str(version)}
    ok = first.post(
        f"/claims/{ids[0]}/adjudication",
        data={**data, "csrf_token": csrf_token(first, "/queue"), "adj-verdict": "supported", "adj-rationale": "first"},
    )
    assert ok.status_code == 302
    late = second.post(
        f"/claims/{ids[0]}/adjudication",
        data={**data, "csrf_token": csrf_token(second, "/queue"), "adj-verdict": "refuted", "adj-rationale": "second"},
    )
    assert late.status_code == 409
    html = late.get_data(as_text=True)
    assert "while you were editing" in html and "supported" in html
    db.session.expire_all()
    assert db.session.get(Claim, ids[0]).verdict_rationale == "first"


def test_viewer_reads_but_cannot_write(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    html = panel(client, article.id, ids[0])
    assert "annotation-form" not in html
    token = csrf_token(client, "/queue")
    for path, data in (
        (f"/claims/{ids[0]}/annotation", {"source_type": "unattributed", "verdict": "supported"}),
        (f"/claims/{ids[0]}/delete", {}),
        (f"/claims/{ids[0]}/split", {"first": "a", "second": "b"}),
        (f"/articles/{article.id}/claims", {"start": "0", "end": "10"}),
        (f"/claims/{ids[0]}/adjudication", {"adj-rationale": "x", "adj-version": "1"}),
    ):
        assert client.post(path, data={**data, "csrf_token": token}).status_code == 403, path
    assert db.session.scalar(select(Annotation)) is None
    assert db.session.get(Claim, ids[0]).deleted_at is None


def test_delete_then_undo(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "ana")
    token = csrf_token(client, "/queue")
    response = client.post(f"/claims/{ids[2]}/delete", data={"csrf_token": token})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"/claims/{ids[2]}/undo-delete" in page
    assert client.get(f"/articles/{article.id}/claims/{ids[2]}").status_code == 404
    client.post(f"/claims/{ids[2]}/undo-delete", data={"csrf_token": token})
    assert client.get(f"/articles/{article.id}/claims/{ids[2]}").status_code == 200
    actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == ids[2])).all()
    assert "delete" in actions and "undo_delete" in actions


def test_add_claim_from_selection_and_refuse_a_bad_span(client: FlaskClient, make_user) -> None:
    article, _ids = setup_story(make_user)
    login(client, "ana")
    token = csrf_token(client, "/queue")
    start = BODY.index("3,000 jobs")
    response = client.post(
        f"/articles/{article.id}/claims", data={"csrf_token": token, "start": start, "end": start + len("3,000 jobs")}
    )
    assert response.status_code == 302
    added = db.session.scalar(select(Claim).where(Claim.origin == "manual"))
    assert added.text == "3,000 jobs" and (added.start, added.end) == (start, start + 10)
    bad = client.post(f"/articles/{article.id}/claims", data={"csrf_token": token, "start": 5, "end": 99999})
    assert "not inside the article body" in client.get(bad.headers["Location"]).get_data(as_text=True)


def test_split_makes_two_claims(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "ana")
    response = client.post(
        f"/claims/{ids[0]}/split",
        data={
            "csrf_token": csrf_token(client, "/queue"),
            "first": "The council approved a budget.",
            "second": "The budget is $12 million.",
        },
    )
    assert response.status_code == 302
    live = db.session.scalars(
        select(Claim.text).where(Claim.article_id == article.id, Claim.deleted_at.is_(None))
    ).all()
    assert "The council approved a budget." in live and "The budget is $12 million." in live
    assert db.session.get(Claim, ids[0]).deleted_at is not None


def test_hostile_annotation_text_is_escaped(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "ana")
    annotate(client, ids[0], note="<img src=x onerror=alert(1)>", source_name="<b>x</b>")
    html = panel(client, article.id, ids[0])
    assert "<img src=x onerror" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_panel_lists_links_with_differences_marked_and_people_decide(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    other = make_article("The council approved a budget of $15 million on Tuesday.\n", outlet="Herald")
    from claims.models import ClaimLink

    low, high = sorted((ids[0], other.claims[0].id))
    db.session.add(ClaimLink(claim_a_id=low, claim_b_id=high, relation="conflict", field="quantity", score=0.9))
    db.session.commit()
    login(client, "ana")
    other.claims[0].source_type, other.claims[0].source_name = "organization", "<i>City Hall</i>"
    db.session.commit()
    html = panel(client, article.id, ids[0])
    assert "Herald" in html and "conflict: quantity" in html
    assert "source: &lt;i&gt;City Hall&lt;/i&gt;" in html  # whose word the other outlet reports, as text
    assert '$<mark class="diff">15</mark>' in html
    link = db.session.scalar(select(ClaimLink))
    token = csrf_token(client, "/queue")
    response = client.post(f"/links/{link.id}/reject?from={ids[0]}", data={"csrf_token": token})
    assert response.status_code == 302
    assert db.session.get(ClaimLink, link.id).status == "rejected"
    viewer = client.application.test_client()
    make_user("vic", "viewer")
    login(viewer, "vic")
    assert (
        viewer.post(f"/links/{link.id}/confirm", data={"csrf_token": csrf_token(viewer, "/queue")}).status_code == 403
    )
    assert db.session.get(ClaimLink, link.id).status == "rejected"


def test_merge_ticked_claims_into_one(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    login(client, "ana")
    response = client.post(
        f"/articles/{article.id}/merge",
        data={"csrf_token": csrf_token(client, "/queue"), "claim": [str(ids[0]), str(ids[1])]},
    )
    assert response.status_code == 302
    live = db.session.scalars(select(Claim).where(Claim.article_id == article.id, Claim.deleted_at.is_(None))).all()
    merged = [c for c in live if c.origin == "manual"]
    assert len(live) == 2 and len(merged) == 1
    assert merged[0].start == BODY.index("The council") and "$40 million" in BODY[merged[0].start : merged[0].end]
    one = client.post(
        f"/articles/{article.id}/merge", data={"csrf_token": csrf_token(client, "/queue"), "claim": [str(merged[0].id)]}
    )
    assert "at least two" in client.get(one.headers["Location"]).get_data(as_text=True)


def test_reviewer_corrects_a_suggested_number(client: FlaskClient, make_user) -> None:
    article, ids = setup_story(make_user)
    claim = db.session.get(Claim, ids[0])
    claim.quantities = [
        {"kind": "money", "low": 12e6, "high": 12e6, "unit": "USD", "text": "$12 million"},
        {"kind": "percent", "low": None, "high": 2.25, "unit": "%", "text": "up to 2.25%"},
    ]
    claim.dates = [{"start": "2024-03-05", "end": "2024-03-05", "text": "on Tuesday"}]
    db.session.commit()
    login(client, "ana")
    html = panel(client, article.id, ids[0])
    # Numbers read as people write them: no trailing ".0", no exponent.
    assert re.search(r'name="quantities-0-low"[^>]*value="12000000"', html)
    assert re.search(r'name="quantities-1-high"[^>]*value="2.25"', html) and "e+07" not in html
    assert 'name="dates-0-start"' in html and 'value="2024-03-05"' in html
    same_date = {"dates-0-start": "2024-03-05", "dates-0-end": "2024-03-05", "dates-0-text": "on Tuesday"}
    second = {"quantities-1-kind": "percent", "quantities-1-high": "2.25", "quantities-1-unit": "%"}
    second["quantities-1-text"] = "up to 2.25%"
    annotate(
        client,
        ids[0],
        **{
            "quantities-0-kind": "money",
            "quantities-0-low": "12000000",
            "quantities-0-high": "12000000",
            "quantities-0-unit": "USD",
            "quantities-0-text": "$12 million",
            **second,
        },
        **same_date,
    )
    unchanged = db.session.scalar(select(Annotation).where(Annotation.claim_id == ids[0]))
    assert unchanged.quantities is None and unchanged.dates is None  # confirming is not a correction
    annotate(
        client,
        ids[0],
        **{
            "quantities-0-kind": "money",
            "quantities-0-low": "12000000",
            "quantities-0-high": "15000000",
            "quantities-0-unit": "USD",
            "quantities-0-text": "$12 million",
            **second,
        },
        **same_date,
    )
    db.session.expire_all()
    corrected = db.session.scalar(select(Annotation).where(Annotation.claim_id == ids[0]))
    assert corrected.quantities == [
        {"kind": "money", "low": 12e6, "high": 15e6, "unit": "USD", "text": "$12 million"},
        {"kind": "percent", "low": None, "high": 2.25, "unit": "%", "text": "up to 2.25%"},
    ]
