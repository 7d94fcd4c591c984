"""Front page and article page: counts, highlighted spans, escaping of untrusted text."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select

from claims.extensions import db
from claims.models import Article
from tests.builders import make_text_article

HOSTILE = (
    "The mayor said <script>alert('owned')</script> the budget is $12 million.\n\n"
    'Officials said <img src=x onerror="alert(1)"> the bridge will cost about $40 million.\n'
)


def test_front_page_lists_articles_with_claim_counts(
    reader: FlaskClient, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    runner.invoke(args=["claims", "import", str(make_text_article(tmp_path))])
    article = db.session.scalar(select(Article))
    page = reader.get("/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Council approves budget" in html
    assert f'<td class="num">{len(article.claims)}</td>' in html
    assert len(article.claims) >= 1


def test_empty_front_page_says_how_to_import(reader: FlaskClient) -> None:
    assert "flask claims import" in reader.get("/").get_data(as_text=True)


def test_article_page_highlights_spans_and_escapes_article_text(
    reader: FlaskClient, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    runner.invoke(args=["claims", "import", str(make_text_article(tmp_path, body=HOSTILE))])
    article = db.session.scalar(select(Article))
    assert "<script>" in article.body  # kept as text, it is what the outlet printed
    html = reader.get(f"/articles/{article.id}").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html
    assert html.count('class="claim-span') >= 1
    for claim in article.claims:
        assert f'id="claim-{claim.id}"' in html


def test_json_twin_and_json_errors(reader: FlaskClient, runner: FlaskCliRunner, tmp_path: Path) -> None:
    runner.invoke(args=["claims", "import", str(make_text_article(tmp_path))])
    article = db.session.scalar(select(Article))
    payload = reader.get(f"/articles/{article.id}.json").get_json()
    assert payload["article"]["body"] == article.body
    assert len(payload["claims"]) == len(article.claims)
    missing = reader.get("/articles/999999.json")
    assert missing.status_code == 404
    assert missing.get_json() == {"error": {"status": 404, "message": "article 999999 not found"}}
    assert reader.get("/articles/999999").status_code == 404


def test_every_page_sends_security_headers(reader: FlaskClient) -> None:
    for path in ("/", "/articles/1", "/static/claims.css"):
        with reader.get(path) as response:
            headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
