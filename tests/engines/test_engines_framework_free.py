"""Engines import neither Flask nor SQLAlchemy (checked in a clean interpreter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "module",
    [
        "claims.extraction",
        "claims.evaluation.scoring",
        "claims.evaluation",
        "claims.evaluation.linking",
        "claims.ingest",
        "claims.matching",
        "claims.reporting",
        "claims.agreement",
        "claims.export.jsonl",
        "claims.export.csvfile",
        "claims.export.card",
    ],
)
def test_engine_imports_no_framework(module: str) -> None:
    code = (
        "import sys, importlib\n"
        f"importlib.import_module({module!r})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'flask', 'sqlalchemy', 'flask_sqlalchemy'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"
