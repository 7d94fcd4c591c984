"""Configuration from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.config import ConfigError, load_config, match_settings_from, normalize_database_url
from claims.matching import MatchSettings


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_url_is_normalized(given: str, expected: str) -> None:
    assert normalize_database_url(given) == expected


def test_development_defaults_to_sqlite_in_instance_and_keeps_its_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("CLAIMS_ENV", raising=False)
    first = load_config(str(tmp_path))
    second = load_config(str(tmp_path))
    assert first["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'claims.db'}"
    assert first["SECRET_KEY"] == second["SECRET_KEY"]
    assert len(str(first["SECRET_KEY"])) >= 32


def test_production_requires_a_secret_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_config(str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "s3cret")
    assert load_config(str(tmp_path))["SECRET_KEY"] == "s3cret"


def test_matcher_settings_come_from_the_environment() -> None:
    """CLAIMS_MATCH_<SETTING> sets one matcher setting, typed like its default."""
    given = {
        "CLAIMS_MATCH_THRESHOLD": "0.5",
        "CLAIMS_MATCH_DATE_WINDOW_DAYS": "10",
        "CLAIMS_MATCH_ALLOW_SAME_OUTLET": "yes",
        "PATH": "/usr/bin",
    }
    assert match_settings_from(given) == {"threshold": 0.5, "date_window_days": 10, "allow_same_outlet": True}
    assert MatchSettings(**match_settings_from(given)).date_window_days == 10


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("CLAIMS_MATCH_TRESHOLD", "0.5", "no such matcher setting"),
        ("CLAIMS_MATCH_THRESHOLD", "high", "is not a number"),
        ("CLAIMS_MATCH_THRESHOLD", "1.5", "out of range"),
        ("CLAIMS_MATCH_DATE_WINDOW_DAYS", "7.5", "is not a whole number"),
        ("CLAIMS_MATCH_DATE_WINDOW_DAYS", "-1", "out of range"),
        ("CLAIMS_MATCH_ALLOW_SAME_OUTLET", "maybe", "is not a yes/no value"),
    ],
)
def test_bad_matcher_settings_name_the_variable(key: str, value: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=f"^{key}: .*{reason}"):
        match_settings_from({key: value})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, 500_000),
        ("2000000", 2_000_000),
        ("1_000", 1000),
        ("lots", "is not a whole number"),
        ("0", "out of range"),
    ],
)
def test_kept_index_size_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int | str
) -> None:
    """CLAIMS_KEPT_INDEX_CLAIMS bounds the claims the matcher keeps in memory; a bad value names the variable."""
    if value is None:
        monkeypatch.delenv("CLAIMS_KEPT_INDEX_CLAIMS", raising=False)
    else:
        monkeypatch.setenv("CLAIMS_KEPT_INDEX_CLAIMS", value)
    if isinstance(expected, int):
        assert load_config(str(tmp_path))["KEPT_INDEX_CLAIMS"] == expected
    else:
        with pytest.raises(ConfigError, match=f"^CLAIMS_KEPT_INDEX_CLAIMS: .*{expected}"):
            load_config(str(tmp_path))


@pytest.mark.parametrize(
    ("value", "expected"), [(None, True), ("", True), ("no", False), ("Off", False), ("yes", True), ("maybe", None)]
)
def test_warming_the_kept_index_is_a_yes_no_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool | None
) -> None:
    """CLAIMS_KEPT_INDEX_WARM is on unless turned off; a value that is not yes or no names the variable."""
    if value is None:
        monkeypatch.delenv("CLAIMS_KEPT_INDEX_WARM", raising=False)
    else:
        monkeypatch.setenv("CLAIMS_KEPT_INDEX_WARM", value)
    if expected is None:
        with pytest.raises(ConfigError, match=r"^CLAIMS_KEPT_INDEX_WARM: 'maybe' is not a yes/no value"):
            load_config(str(tmp_path))
    else:
        assert load_config(str(tmp_path))["KEPT_INDEX_WARM"] is expected


def test_bad_configuration_is_one_line_from_the_command_line(tmp_path: Path) -> None:
    """`flask` with a bad setting exits 1 with one line naming the variable, not a traceback."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "CLAIMS_MATCH_THRESHOLD": "high", "FLASK_APP": str(root / "app.py")}
    result = subprocess.run(
        [sys.executable, "-m", "flask", "claims", "--help"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "configuration error: CLAIMS_MATCH_THRESHOLD: 'high' is not a number"
