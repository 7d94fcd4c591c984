"""Story pages: a lead creates a story, adds articles, picks reviewers, assigns; agreement is shown."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import func, select

from claims.extensions import db
from claims.models import Assignment, Story
from tests.builders import make_article
from tests.conftest import csrf_token, login


def test_lead_sets_up_a_story_and_reviewers_get_queues(client: FlaskClient, make_user) -> None:
    make_user("lee", "lead")
    ana, bob = make_user("ana", "reviewer"), make_user("bob", "reviewer")
    article = make_article("One fact here.\nAnother fact there.\n")
    db.session.commit()
    login(client, "lee")
    token = csrf_token(client, "/stories")
    response = client.post("/stories", data={"csrf_token": token, "name": "Bridge vote", "annotations_required": 2})
    story = db.session.scalar(select(Story))
    assert response.headers["Location"] == f"/stories/{story.id}"
    client.post(f"/stories/{story.id}/articles", data={"csrf_token": token, "articles": [article.id]})
    client.post(f"/stories/{story.id}/reviewers", data={"csrf_token": token, "reviewers": [ana.id, bob.id]})
    client.post(f"/stories/{story.id}/assign", data={"csrf_token": token})
    assert db.session.scalar(select(func.count()).select_from(Assignment)) == 4
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "Krippendorff" in page and "ana" in page and "bob" in page
    reviewer = client.application.test_client()
    login(reviewer, "ana")
    assert "One fact here." in reviewer.get("/queue").get_data(as_text=True)


def test_story_warns_when_it_has_fewer_reviewers_than_needed(client: FlaskClient, make_user) -> None:
    make_user("lee", "lead")
    login(client, "lee")
    client.post("/stories", data={"csrf_token": csrf_token(client, "/stories"), "name": "S", "annotations_required": 3})
    story = db.session.scalar(select(Story))
    assert "has 0 reviewers" in client.get(f"/stories/{story.id}").get_data(as_text=True)


def test_duplicate_story_name_is_refused(client: FlaskClient, make_user) -> None:
    make_user("lee", "lead")
    login(client, "lee")
    token = csrf_token(client, "/stories")
    client.post("/stories", data={"csrf_token": token, "name": "Same", "annotations_required": 2})
    again = client.post("/stories", data={"csrf_token": token, "name": "Same", "annotations_required": 2})
    assert again.status_code == 400 and "already exists" in again.get_data(as_text=True)


def test_reviewers_cannot_manage_stories(client: FlaskClient, make_user) -> None:
    make_user("ana", "reviewer")
    login(client, "ana")
    token = csrf_token(client, "/stories")
    assert client.post("/stories", data={"csrf_token": token, "name": "Mine"}).status_code == 403
    assert db.session.scalar(select(Story)) is None


def test_articles_linked_outside_stories_are_suggested_and_accepted(
    client: FlaskClient, runner, make_user, tmp_path
) -> None:
    from claims.models import Article
    from tests.builders import make_text_article

    shared = (
        "The city council approved a $12 million budget for the new Harbour Bridge on Tuesday.\n\n"
        "Construction of the Harbour Bridge is expected to take 18 months, Mayor Ellen Park said.\n\n"
        "The Harbour Bridge will carry 40,000 vehicles a day, the transport office said.\n"
    )
    make_text_article(tmp_path, "a.txt", outlet="Gazette", url="https://g.example/1", body=shared)
    make_text_article(
        tmp_path,
        "b.txt",
        outlet="Herald",
        url="https://h.example/1",
        body=shared.replace("approved", "backed").replace("expected to take", "set to last"),
    )
    assert runner.invoke(args=["claims", "import", str(tmp_path)]).exit_code == 0
    make_user("lee", "lead")
    login(client, "lee")
    page = client.get("/stories").get_data(as_text=True)
    assert "Suggested stories" in page and "Gazette" in page and "Herald" in page
    ids = ",".join(str(i) for i in db.session.scalars(select(Article.id).order_by(Article.id)))
    response = client.post(
        "/stories/from-suggestion",
        data={"csrf_token": csrf_token(client, "/stories"), "name": "Harbour Bridge", "articles": ids},
    )
    story = db.session.scalar(select(Story).where(Story.name == "Harbour Bridge"))
    assert response.headers["Location"] == f"/stories/{story.id}"
    assert {a.story_id for a in db.session.scalars(select(Article))} == {story.id}
    assert "Suggested stories" not in client.get("/stories").get_data(as_text=True)
