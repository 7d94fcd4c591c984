"""Fixtures: the app on each database backend (SQLite always, PostgreSQL when reachable), client, runner."""

from __future__ import annotations

import contextvars
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.globals import _cv_app
from flask.testing import FlaskClient, FlaskCliRunner

from claims.extensions import db
from claims.factory import create_app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = bool(os.environ.get("CLAIMS_REQUIRE_POSTGRES") or os.environ.get("CI"))


def _backends() -> list[str]:
    """Which databases the database tests run on; TEST_DATABASE_URL pins a single one."""
    return ["env"] if os.environ.get("TEST_DATABASE_URL") else ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    """A throw-away PostgreSQL database for this run, dropped at the end."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"claims_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        message = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc.orig}"
        if REQUIRE_PG:
            pytest.fail(message)
        pytest.skip(message)
    yield admin.url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A file SQLite database for this run (a file, so the CLI and the web share it)."""
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'claims.db'}"


_upgraded: set[str] = set()


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest) -> str:
    """Each database test runs once per backend."""
    if request.param == "env":
        return os.environ["TEST_DATABASE_URL"]
    return request.getfixturevalue(f"{request.param}_url")


class IsolatedClient(FlaskClient):
    """A test client whose requests each get their own app context, as in production.

    The `app` fixture keeps an app context open for the test body; without this, requests would
    share its `g` (the logged-in user) and database session with the test and with each other.
    """

    def open(self, *args, **kwargs):
        def fresh():
            _cv_app.set(None)
            return super(IsolatedClient, self).open(*args, **kwargs)

        response = contextvars.copy_context().run(fresh)
        if _cv_app.get(None) is not None and not db.session.dirty:
            db.session.expire_all()  # the test's own session now reads what the request committed
        return response


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    """The app on a migrated, empty database; every table is emptied after the test."""
    app = create_app(
        {"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": database_url, "KEPT_INDEX_WARM": False},
        instance_path=str(tmp_path / "instance"),
    )
    app.test_client_class = IsolatedClient
    with app.app_context():
        if database_url not in _upgraded:
            from flask_migrate import upgrade

            upgrade()
            _upgraded.add(database_url)
        yield app
        db.session.remove()
        with db.engine.begin() as conn:
            for table in reversed(db.metadata.sorted_tables):
                conn.execute(table.delete())
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the app."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """A CLI runner for the app's `flask` commands."""
    return app.test_cli_runner()


PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One scrypt hash for every fixture user (hashing is deliberately slow)."""
    from werkzeug.security import generate_password_hash

    return generate_password_hash(PASSWORD)


@pytest.fixture
def make_user(app: Flask, password_hash: str):
    """Builder: make_user("ana", "lead") adds a committed user whose password is PASSWORD."""
    from claims.models import User

    def make(username: str, role: str = "reviewer", active: bool = True) -> User:
        user = User(username=username, role=role, password_hash=password_hash, active=active)
        db.session.add(user)
        db.session.commit()
        return user

    return make


def csrf_token(client: FlaskClient, path: str = "/login") -> str:
    """The session's CSRF token, read from a page's form."""
    import re

    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def login(client: FlaskClient, username: str, password: str = PASSWORD):
    """Log `client` in through the real form (CSRF token included)."""
    token = csrf_token(client)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


@pytest.fixture
def reader(client: FlaskClient, make_user) -> FlaskClient:
    """A client logged in as a viewer."""
    make_user("reader", "viewer")
    login(client, "reader")
    return client
