"""The application factory: small named steps."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from claims.config import load_config
from claims.extensions import csrf, db, login_manager, migrate


def create_app(overrides: Mapping[str, Any] | None = None, instance_path: str | None = None) -> Flask:
    """Build the app from the environment; `overrides` replaces config keys (tests)."""
    app = Flask(
        "claims",
        instance_path=instance_path,
        instance_relative_config=True,
        root_path=_project_root(),
        template_folder="templates",
    )
    app.config.from_mapping(load_config(app.instance_path))
    if overrides:
        app.config.from_mapping(overrides)
    _init_extensions(app)
    _register_blueprints(app)
    _register_cli(app)
    return app


def _project_root() -> str:
    """The repository root, where templates/, static/ and migrations/ live."""
    return str(Path(__file__).resolve().parent.parent)


def _init_extensions(app: Flask) -> None:
    """Attach the database, migrations and CSRF protection."""
    import claims.models  # noqa: F401  (register the models on the metadata)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(app.root_path) / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)


def _register_blueprints(app: Flask) -> None:
    """Mount the web areas."""
    from claims.web import (
        access,
        admin,
        api,
        articles,
        auth,
        errors,
        exports,
        imports,
        search,
        security,
        stories,
        warmup,
        workbench,
    )

    app.register_blueprint(auth.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(imports.bp)
    app.register_blueprint(workbench.bp)
    app.register_blueprint(stories.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(exports.bp)
    access.register(app)
    errors.register(app)
    security.register(app)
    warmup.register(app)


def _register_cli(app: Flask) -> None:
    """Add the `flask claims` and `flask users` command groups."""
    from claims.cli import claims_group, users_group

    app.cli.add_command(claims_group)
    app.cli.add_command(users_group)
