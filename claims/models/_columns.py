"""Column helpers shared by the model modules."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Timezone-aware now, the default for every timestamp column."""
    return dt.datetime.now(dt.UTC)
