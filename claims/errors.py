"""The one exception family for rule violations, mapped onto form errors, CLI lines and JSON."""

from __future__ import annotations


class ValidationError(Exception):
    """A rule was broken: `field` names what, `reason` says why, in one line."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
