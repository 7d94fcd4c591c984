"""Adding articles from the browser: paste or upload, then see what happened."""

from __future__ import annotations

import io

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from claims.extensions import db
from claims.models import Article
from tests.builders import BODY
from tests.conftest import csrf_token, login


@pytest.fixture
def lead(client: FlaskClient, make_user) -> FlaskClient:
    make_user("lee", "lead")
    login(client, "lee")
    return client


def articles() -> int:
    return db.session.scalar(select(func.count()).select_from(Article))


def test_pasted_article_is_imported_with_its_claims(lead: FlaskClient) -> None:
    response = lead.post(
        "/articles/new",
        data={
            "csrf_token": csrf_token(lead, "/articles/new"),
            "title": "Council approves budget",
            "text": BODY,
            "outlet": "Gazette",
            "published": "2024-03-07",
            "story": "budget",
        },
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "1 imported" in html and "Council approves budget" in html
    article = db.session.scalar(select(Article))
    assert article.outlet.name == "Gazette" and article.story.name == "budget"
    assert str(article.published) == "2024-03-07"
    assert f"{len(article.claims)} claims" in html and article.claims


def test_uploads_report_good_duplicate_and_bad_files_by_their_names(lead: FlaskClient) -> None:
    good = ("---\noutlet: Wire\nurl: https://wire.example/1\n---\nTitle\n\n" + BODY).encode()
    files = [
        (io.BytesIO(good), "good.md"),
        (io.BytesIO(good), "copy.md"),
        (io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00binary"), "photo.txt"),
        (io.BytesIO(b"headline\nx\n"), "sheet.csv"),
    ]
    response = lead.post(
        "/articles/new",
        data={"csrf_token": csrf_token(lead, "/articles/new"), "files": files},
        content_type="multipart/form-data",
    )
    html = response.get_data(as_text=True)
    assert "1 imported" in html and "1 duplicates skipped" in html and "2 errors" in html
    assert "photo.txt: binary file" in html
    assert "sheet.csv: CSV has no" in html
    assert "claims-upload-" not in html
    assert articles() == 1


def test_empty_submission_is_refused(lead: FlaskClient) -> None:
    response = lead.post("/articles/new", data={"csrf_token": csrf_token(lead, "/articles/new"), "text": "   "})
    assert response.status_code == 400
    assert "paste an article or choose files" in response.get_data(as_text=True)
    assert articles() == 0


def test_hostile_pasted_text_is_escaped_in_the_result(lead: FlaskClient) -> None:
    response = lead.post(
        "/articles/new",
        data={
            "csrf_token": csrf_token(lead, "/articles/new"),
            "title": "<script>alert(1)</script>",
            "text": BODY,
            "outlet": "X",
        },
    )
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("role", ["reviewer", "viewer"])
def test_reviewers_and_viewers_cannot_import(client: FlaskClient, make_user, role: str) -> None:
    make_user("someone", role)
    login(client, "someone")
    assert client.get("/articles/new").status_code == 403
    assert client.post("/articles/new", data={"text": BODY}).status_code in (400, 403)
    assert articles() == 0
