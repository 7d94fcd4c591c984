"""Entry point for the `flask` command: `flask run`, `flask db upgrade`, `flask claims ...`."""

from claims.factory import create_app

app = create_app()
