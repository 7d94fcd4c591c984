"""Configuration from the environment, with development defaults in the instance folder."""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from claims.export.jsonl import json_loads
from claims.matching import MatchSettings


class ConfigError(RuntimeError):
    """The environment does not give a usable configuration."""


def normalize_database_url(url: str) -> str:
    """Accept the common `postgres://` spelling and default PostgreSQL to the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _development_secret(instance: Path) -> str:
    """Generate a secret key once and keep it in the instance folder."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    secret = secrets.token_hex(32)
    path.write_text(secret)
    path.chmod(0o600)
    return secret


MATCH_PREFIX = "CLAIMS_MATCH_"


def match_settings_from(environ: Mapping[str, str]) -> dict[str, object]:
    """Matcher settings given as CLAIMS_MATCH_<SETTING> variables (CLAIMS_MATCH_THRESHOLD=0.5), checked and typed."""
    fields = {f.name: type(f.default) for f in dataclasses.fields(MatchSettings)}
    found: dict[str, object] = {}
    for key, raw in environ.items():
        if not key.startswith(MATCH_PREFIX):
            continue
        name = key[len(MATCH_PREFIX) :].lower()
        kind = fields.get(name)
        if kind is None:
            raise ConfigError(f"{key}: no such matcher setting (known: {', '.join(sorted(fields))})")
        value = raw.strip().lower()
        if kind is bool:
            if value not in _BOOLEANS:
                raise ConfigError(_not_a_flag(key, raw))
            found[name] = _BOOLEANS[value]
            continue
        try:
            number = kind(value)
        except ValueError:
            raise ConfigError(f"{key}: {raw!r} is not {'a whole number' if kind is int else 'a number'}") from None
        if number < 0 or (name == "threshold" and number > 1):
            raise ConfigError(f"{key}: {raw!r} is out of range")
        found[name] = number
    return found


def _whole_number(environ: Mapping[str, str], key: str, default: int) -> int:
    """A positive whole number from the environment, or the default when the variable is not set."""
    raw = environ.get(key)
    if raw is None or not raw.strip():
        return default
    try:
        number = int(raw.strip().replace("_", ""))
    except ValueError:
        raise ConfigError(f"{key}: {raw!r} is not a whole number") from None
    if number < 1:
        raise ConfigError(f"{key}: {raw!r} is out of range (at least 1)")
    return number


_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def _flag(environ: Mapping[str, str], key: str, default: bool) -> bool:
    """A yes/no value from the environment, or the default when the variable is not set."""
    raw = environ.get(key)
    if raw is None or not raw.strip():
        return default
    value = _BOOLEANS.get(raw.strip().lower())
    if value is None:
        raise ConfigError(_not_a_flag(key, raw))
    return value


def _not_a_flag(key: str, raw: str) -> str:
    return f"{key}: {raw!r} is not a yes/no value (1, 0, true, false, yes, no)"


def load_config(instance_path: str) -> dict[str, object]:
    """Build the Flask config from DATABASE_URL, SECRET_KEY and CLAIMS_ENV."""
    instance = Path(instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    env = os.environ.get("CLAIMS_ENV", "development")
    secret = os.environ.get("SECRET_KEY")
    if not secret:
        if env == "production":
            raise ConfigError("SECRET_KEY must be set when CLAIMS_ENV=production")
        secret = _development_secret(instance)
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{instance / 'claims.db'}"
    return {
        "CLAIMS_ENV": env,
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": normalize_database_url(url),
        "MATCH_SETTINGS": match_settings_from(os.environ),
        # Claims the matcher keeps in memory between imports (per process); beyond it, scopes used least lately go.
        "KEPT_INDEX_CLAIMS": _whole_number(os.environ, "CLAIMS_KEPT_INDEX_CLAIMS", 500_000),
        # The web app loads today's date window into that index after its first request, in the background (the
        # first import of the day then finds its scope loaded), then the other days' windows while there is room.
        "KEPT_INDEX_WARM": _flag(os.environ, "CLAIMS_KEPT_INDEX_WARM", True),
        # JSON columns decoded by orjson where it reads the same as the standard library (claims.export.jsonl).
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "json_deserializer": json_loads},
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "ARTICLES_PER_PAGE": 50,
        # Uploads from the browser: a few files of up to 20 MB each.
        "MAX_CONTENT_LENGTH": 64 * 1024 * 1024,
    }
