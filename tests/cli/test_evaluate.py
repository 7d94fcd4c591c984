"""`flask claims evaluate`: extraction and end-to-end linking figures against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

from flask.testing import FlaskCliRunner

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"


def test_json_has_extraction_and_linking_figures(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["claims", "evaluate", str(GOLD), "--json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["counts"]["recall"]["total"] == 149 and 0 <= figures["figures"]["recall"] <= 1
    linking = figures["linking"]
    assert 0 < linking["gold"] <= 71 and linking["matched"] <= linking["predicted"]
    assert linking["relation_accuracy"] >= 0.8


def test_text_report_names_misses(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["claims", "evaluate", str(GOLD)])
    assert result.exit_code == 0
    assert "recall" in result.stdout and "links      recall" in result.stdout


def test_bad_gold_file_is_one_line(runner: FlaskCliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json")
    result = runner.invoke(args=["claims", "evaluate", str(bad)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "gold.json" in result.stderr
