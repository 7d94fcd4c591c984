"""The web app loads today's date window into the matcher's kept index after its first request, in the background,
then the windows of the other days with articles outside stories, newest first, while the index has room.

Without it, the first import of a loose article after a restart reads and indexes its whole date window
(thousands of claims on a large database) before it can link. Commands (`flask claims ...`) never warm:
only a served request starts it.
"""

from __future__ import annotations

import threading
import time

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from claims.extensions import db
from claims.services.links import warm_kept_index, warm_loose_windows

THREAD = "claims.warm_up"  # app.extensions key: the warming thread, once started


def register(app: Flask) -> None:
    """Start warming on the first request when KEPT_INDEX_WARM is set."""
    if not app.config.get("KEPT_INDEX_WARM"):
        return
    lock = threading.Lock()

    @app.before_request
    def warm_once() -> None:
        if THREAD in app.extensions:
            return
        with lock:
            if THREAD in app.extensions:
                return
            thread = threading.Thread(target=_warm, args=(app,), name="claims-warm-index", daemon=True)
            app.extensions[THREAD] = thread
        thread.start()


def _warm(app: Flask) -> None:
    """Load today's window, then the other days' windows newest first, in an app context of its own; a failure only
    leaves windows to load on demand."""
    with app.app_context():
        started = time.perf_counter()
        try:
            loaded = warm_kept_index()
            ms = (time.perf_counter() - started) * 1000
            app.logger.info("matcher index warmed: %d claims of today's date window in %.0f ms", loaded, ms)
            more, windows = warm_loose_windows()
        except SQLAlchemyError:
            app.logger.exception("could not warm the matcher's index; date windows will load on first import")
            return
        finally:
            db.session.remove()
        ms = (time.perf_counter() - started) * 1000
        app.logger.info(
            "matcher index warmed: %d more claims of %d other date windows, %.0f ms in all", more, windows, ms
        )
