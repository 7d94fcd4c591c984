"""`flask claims report` and the story's comparison page."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select

from claims.extensions import db
from claims.models import Story
from tests.services.test_links import import_pair


def test_report_in_three_formats(runner: FlaskCliRunner, tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    import_pair(runner, tmp_path / "articles")
    out = tmp_path / "report.html"
    result = runner.invoke(args=["claims", "report", "--story", "bridge", "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text()
    assert "<svg" in html and "Gazette" in html and "Herald" in html and "<style>" in html
    assert "<link" not in html and "<script" not in html  # self-contained, prints offline
    data = json.loads(runner.invoke(args=["claims", "report", "--story", "bridge", "--format", "json"]).stdout)
    assert data["outlets"] == ["Gazette", "Herald"] and data["coverage"]
    assert any(row["conflict_fields"] == ["quantity"] for row in data["coverage"])
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(args=["claims", "report", "--story", "bridge", "--format", "csv"]).stdout)
        )
    )
    assert rows and set(rows[0]) >= {"fact", "Gazette", "Herald", "conflict_fields"}


def test_unknown_story_is_one_line(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["claims", "report", "--story", "nope"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no story named 'nope'"


def test_story_page_and_downloads(runner: FlaskCliRunner, reader: FlaskClient, tmp_path: Path) -> None:
    import_pair(runner, tmp_path)
    story = db.session.scalar(select(Story))
    page = reader.get(f"/stories/{story.id}/report")
    assert page.status_code == 200 and "Coverage" in page.get_data(as_text=True)
    download = reader.get(f"/stories/{story.id}/report?format=json")
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert json.loads(download.get_data(as_text=True))["story"] == "bridge"
    assert reader.get(f"/stories/{story.id}/report?format=pdf").status_code == 400
