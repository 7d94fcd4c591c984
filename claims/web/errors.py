"""One error handler answering HTML or JSON as the client asks."""

from __future__ import annotations

from flask import Flask, render_template, request
from werkzeug.exceptions import Forbidden, HTTPException

from claims.services.annotations import ForbiddenError


def wants_json() -> bool:
    """True when the client prefers JSON (API paths, or an Accept header asking for it)."""
    if request.path.startswith("/api/") or request.path.endswith(".json"):
        return True
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


def register(app: Flask) -> None:
    """Install the handler for every HTTP error."""

    @app.errorhandler(ForbiddenError)
    def handle_forbidden(exc: ForbiddenError):
        return handle_http_error(Forbidden(description=str(exc)))

    @app.errorhandler(HTTPException)
    def handle_http_error(exc: HTTPException):
        if wants_json():
            return {"error": {"status": exc.code, "message": exc.description}}, exc.code
        return render_template("error.html", error=exc), exc.code
