"""`flask claims import`: good files land, bad ones are named, duplicates are skipped."""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from claims.extensions import db
from claims.models import Article, Claim, Outlet, Story
from tests.builders import BODY, make_jsonl, make_text_article


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def mixed_folder(root: Path) -> Path:
    """A folder of good and bad files, nested."""
    folder = root / "batch"
    (folder / "sub").mkdir(parents=True)
    make_text_article(folder, "good.txt")
    make_text_article(
        folder / "sub",
        "other.md",
        outlet="Daily Planet",
        url="https://planet.example/b",
        body="The port handled 27 ships last month, the harbour authority said.\n",
    )
    make_jsonl(
        folder,
        [
            {
                "title": "One",
                "text": "Prices rose 4.5 percent in May, the statistics office said.",
                "outlet": "Wire",
                "url": "https://wire.example/1",
            },
            "{not json",
            {"title": "No text here", "outlet": "Wire"},
        ],
    )
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nTitle\n\nBody text here.\n")
    (folder / "table.csv").write_text("headline,body\nA,B\n")
    with open(folder / "huge.txt", "wb") as fh:  # sparse: 50 MB on paper, nothing read
        fh.truncate(50 * 1024 * 1024)
    return folder


def test_mixed_folder_imports_the_good_and_names_each_bad(runner: FlaskCliRunner, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    result = runner.invoke(args=["claims", "import", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    named = {Path(line.split(": ")[1].split(":")[0]).name for line in errors}
    assert named == {"batch.jsonl", "empty.txt", "binary.txt", "latin1.txt", "broken.md", "table.csv", "huge.txt"}
    assert len([e for e in errors if "batch.jsonl" in e]) == 2  # the malformed line and the record without text
    assert "Traceback" not in result.output + result.stderr
    assert count(Article) == 3
    assert count(Claim) > 0
    assert "3 imported" in result.stderr


def test_second_import_adds_nothing_and_says_so(runner: FlaskCliRunner, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    runner.invoke(args=["claims", "import", str(folder)])
    before = (count(Article), count(Claim), count(Outlet))
    result = runner.invoke(args=["claims", "import", "--json", str(folder)])
    payload = json.loads(result.stdout)
    assert payload["imported"] == []
    assert len(payload["duplicates"]) == 3
    assert (count(Article), count(Claim), count(Outlet)) == before


def test_same_text_under_another_url_is_a_duplicate(runner: FlaskCliRunner, tmp_path: Path) -> None:
    make_text_article(tmp_path, "a.txt", url="https://example.org/a")
    make_text_article(tmp_path, "b.txt", url="https://example.org/b-syndicated", outlet="Other")
    result = runner.invoke(args=["claims", "import", "--json", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    payload = json.loads(result.stdout)
    assert len(payload["imported"]) == 1
    assert "same text" in payload["duplicates"][0]["reason"]


def test_json_output_is_pure_json(runner: FlaskCliRunner, tmp_path: Path) -> None:
    path = make_text_article(tmp_path)
    result = runner.invoke(args=["claims", "import", "--json", str(path)])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["imported"][0]["claims"] >= 1
    assert payload["errors"] == []


def test_options_fill_missing_outlet_and_story(runner: FlaskCliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bare.txt"
    path.write_text(f"Council approves budget\n\n{BODY}")
    result = runner.invoke(args=["claims", "import", "--outlet", "Gazette", "--story", "budget-2024", str(path)])
    assert result.exit_code == 0, result.stderr
    article = db.session.scalar(select(Article))
    assert article.outlet.name == "Gazette"
    assert article.story.name == "budget-2024"
    assert article.title == "Council approves budget"


def test_article_of_only_boilerplate_leaves_nothing_behind(runner: FlaskCliRunner, tmp_path: Path) -> None:
    make_text_article(
        tmp_path,
        "noise.txt",
        outlet="New Outlet",
        story="new-story",
        body="READ: Something else entirely\n\nSubscribe To Our Newsletter\n",
    )
    result = runner.invoke(args=["claims", "import", str(tmp_path / "noise.txt")])
    assert result.exit_code == 1
    assert "noise.txt" in result.stderr
    assert (count(Article), count(Outlet), count(Story)) == (0, 0, 0)


def test_missing_path_is_named(runner: FlaskCliRunner, tmp_path: Path) -> None:
    good = make_text_article(tmp_path)
    result = runner.invoke(args=["claims", "import", str(tmp_path / "nope"), str(good)])
    assert result.exit_code == 1
    assert "nope" in result.stderr
    assert count(Article) == 1


def test_hostile_html_is_imported_as_text(runner: FlaskCliRunner, app: Flask, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Port strike ends</title><script>alert('x')</script></head><body><article>"
        "<h1>Port strike ends</h1><p>Dock workers ended a 10-day strike on Monday after the port "
        "authority agreed to a 7 percent raise, union leaders said.</p>"
        '<p><img src=x onerror="alert(1)">The port handles 3 million containers a year, '
        "according to the authority.</p></article></body></html>"
    )
    result = runner.invoke(args=["claims", "import", "--outlet", "Harbour News", str(page)])
    assert result.exit_code == 0, result.stderr
    article = db.session.scalar(select(Article))
    assert "Dock workers" in article.body
    assert "alert" not in article.body and "onerror" not in article.body
