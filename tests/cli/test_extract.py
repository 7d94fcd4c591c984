"""`flask claims extract`: one article through the pipeline, nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from claims.extensions import db
from claims.models import Article
from tests.builders import make_text_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "algeria-us-security.txt"


def test_json_follows_the_contract_and_spans_point_into_the_body(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["claims", "extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    article = payload["article"]
    assert set(article) >= {"title", "outlet", "url", "published", "body"}
    assert article["published"] == "2023-06-12"
    assert article["credit"] == "Arab World/Maghrebi"
    body = article["body"]
    for noise in ("READ:", "Leave a Reply", "Subscribe To Our Newsletter", "mc4wp", "Arab World/Maghrebi"):
        assert noise not in body
    assert payload["claims"], "the seed article has claims"
    for claim in payload["claims"]:
        span = claim["span"]
        assert 0 <= span["start"] < span["end"] <= len(body)
        assert claim["attribution"]["origin"] == "suggested"
        assert claim["status"] == "new"
        assert set(claim) >= {"text", "sentence", "quantities", "dates", "kind", "hedged", "attribution_chain"}
    assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_text_format_lists_claims(runner: FlaskCliRunner, tmp_path: Path) -> None:
    result = runner.invoke(args=["claims", "extract", str(make_text_article(tmp_path))])
    assert result.exit_code == 0
    assert "Council approves budget" in result.stdout
    assert "$12 million" in result.stdout


def test_bad_file_is_one_line_on_stderr(runner: FlaskCliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01binary")
    result = runner.invoke(args=["claims", "extract", str(bad), "--format", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0]
