"""Linking over the database: suggestions stored, people's decisions kept, clusters maintained."""

from __future__ import annotations

import json
from pathlib import Path

from flask.testing import FlaskCliRunner
from sqlalchemy import select

from claims.extensions import db
from claims.models import Claim, ClaimLink, LinkStatus
from claims.services.links import decide_link, link_claims, relink_all
from tests.builders import make_text_article

GAZETTE = (
    "The city council approved a $12 million budget for the new bridge on Tuesday.\n\n"
    "Construction of the bridge is expected to take 18 months, the mayor said.\n"
)
HERALD = (
    "The city council voted on Tuesday to approve a $15 million budget for the new bridge.\n\n"
    "Mayor Ellen Park said construction of the bridge would take 18 months.\n"
)


def import_pair(runner: FlaskCliRunner, tmp_path: Path) -> None:
    make_text_article(
        tmp_path,
        "gazette.txt",
        outlet="Gazette",
        url="https://g.example/1",
        body=GAZETTE,
        title="Bridge budget approved",
        story="bridge",
    )
    make_text_article(
        tmp_path,
        "herald.txt",
        outlet="Herald",
        url="https://h.example/1",
        body=HERALD,
        title="Council backs bridge",
        story="bridge",
    )
    result = runner.invoke(args=["claims", "import", str(tmp_path)])
    assert result.exit_code == 0, result.stderr


def claim_with(text: str) -> Claim:
    return db.session.scalar(select(Claim).where(Claim.text.contains(text)))


def test_import_links_the_same_claim_across_outlets_and_flags_the_number(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    import_pair(runner, tmp_path)
    links = db.session.scalars(select(ClaimLink)).all()
    assert links, "the second import links against the first"
    conflicts = [link for link in links if link.relation == "conflict" and link.field == "quantity"]
    assert conflicts, [(link.relation, link.field) for link in links]
    a, b = db.session.get(Claim, conflicts[0].claim_a_id), db.session.get(Claim, conflicts[0].claim_b_id)
    assert {a.article.outlet.name, b.article.outlet.name} == {"Gazette", "Herald"}
    assert a.cluster_id is not None and a.cluster_id == b.cluster_id == min(a.id, b.id)


def test_people_decide_and_the_matcher_respects_it(runner: FlaskCliRunner, tmp_path: Path, make_user) -> None:
    import_pair(runner, tmp_path)
    ana = make_user("ana", "reviewer")
    links = db.session.scalars(select(ClaimLink).order_by(ClaimLink.id)).all()
    rejected, confirmed = links[0], links[-1] if len(links) > 1 else None
    decide_link(rejected, ana, LinkStatus.REJECTED.value)
    if confirmed is not None:
        decide_link(confirmed, ana, LinkStatus.CONFIRMED.value)
    db.session.commit()
    relink_all(rebuild=True)
    db.session.commit()
    again = db.session.get(ClaimLink, rejected.id)
    assert again is not None and again.status == "rejected"
    assert (
        len(
            db.session.scalars(
                select(ClaimLink).where(
                    ClaimLink.claim_a_id == rejected.claim_a_id, ClaimLink.claim_b_id == rejected.claim_b_id
                )
            ).all()
        )
        == 1
    )
    if confirmed is not None:
        assert db.session.get(ClaimLink, confirmed.id).status == "confirmed"


def test_manual_link_joins_clusters_and_rejecting_splits_them(
    runner: FlaskCliRunner, tmp_path: Path, make_user
) -> None:
    import_pair(runner, tmp_path)
    ana = make_user("ana", "reviewer")
    db.session.execute(ClaimLink.__table__.delete())
    db.session.execute(Claim.__table__.update().values(cluster_id=None))
    a, b = (
        claim_with("18 months"),
        db.session.scalar(
            select(Claim).where(
                Claim.text.contains("18 months"), Claim.article_id != claim_with("18 months").article_id
            )
        ),
    )
    link = link_claims(a, b, ana, "same")
    db.session.commit()
    assert link.status == "confirmed" and link.origin == "manual"
    assert db.session.get(Claim, a.id).cluster_id == db.session.get(Claim, b.id).cluster_id == min(a.id, b.id)
    decide_link(link, ana, "rejected")
    db.session.commit()
    assert db.session.get(Claim, a.id).cluster_id is None and db.session.get(Claim, b.id).cluster_id is None


def test_link_command_json_is_pure(runner: FlaskCliRunner, tmp_path: Path) -> None:
    import_pair(runner, tmp_path)
    result = runner.invoke(args=["claims", "link", "--rebuild", "--json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["claims"] >= 4 and payload["suggested"] >= 1 and payload["clusters"] >= 1
