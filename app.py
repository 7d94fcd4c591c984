"""Entry point for the `flask` command: `flask run`, `flask db upgrade`, `flask claims ...`."""

from claims.config import ConfigError
from claims.factory import create_app

try:
    app = create_app()
except ConfigError as exc:  # one line naming the variable, not a traceback
    raise SystemExit(f"configuration error: {exc}") from None
