"""Agreement figures for exported claims: per claim (pairwise) and over a whole export (alpha, streamed).

The labels follow the workflow's agreement rule (services/annotations.py): source type, verdict and
source name (compared case- and space-insensitively), with "not a claim" a label of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations
from typing import Any

FIELDS = ("source_type", "verdict", "source_name")
NOT_A_CLAIM_LABEL = "(not a claim)"
_SPACES = re.compile(r"\s+")


def normalize_name(name: str | None) -> str:
    """A source name compared case- and space-insensitively (the rule of services.annotations.normalize_name)."""
    return _SPACES.sub(" ", name or "").strip().casefold()


@lru_cache(maxsize=16384)
def _normalized(name: str) -> str:
    """normalize_name, remembered: an export meets the same few source names again and again."""
    return normalize_name(name)


def label_tuple(annotation: Mapping[str, Any]) -> tuple[str, str, str]:
    """One annotation's labels as a tuple in FIELDS order (what `labels_of` says, without a dict)."""
    if annotation.get("not_a_claim"):
        return _NOT_A_CLAIM_LABELS
    name = annotation.get("source_name")
    return (annotation.get("source_type") or "", annotation.get("verdict") or "", _normalized(name) if name else "")


_NOT_A_CLAIM_LABELS = (NOT_A_CLAIM_LABEL,) * len(FIELDS)


def labels_of(annotation: Mapping[str, Any]) -> dict[str, str]:
    """One annotation's label per agreement field."""
    if annotation.get("not_a_claim"):
        return dict.fromkeys(FIELDS, NOT_A_CLAIM_LABEL)
    return {
        "source_type": annotation.get("source_type") or "",
        "verdict": annotation.get("verdict") or "",
        "source_name": normalize_name(annotation.get("source_name")),
    }


def _pairwise(labels: Sequence[Any]) -> float | None:
    """Share of rater pairs giving the same label; None with fewer than two raters."""
    pairs = list(combinations(labels, 2))
    if not pairs:
        return None
    return sum(a == b for a, b in pairs) / len(pairs)


def claim_agreement(annotations: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One claim's agreement: how many annotations, the share of reviewer pairs agreeing per field and on all."""
    n = len(annotations)
    if n < 2:  # no pair to compare: the common case of an export, kept cheap
        return {"annotations": n, "overall": None, "source_type": None, "verdict": None, "source_name": None}
    labels = [label_tuple(a) for a in annotations]
    if n == 2:  # one pair: each share is 1.0 or 0.0 (what _pairwise gives for a single pair)
        a, b = labels
        return {
            "annotations": 2,
            "overall": 1.0 if a == b else 0.0,
            "source_type": 1.0 if a[0] == b[0] else 0.0,
            "verdict": 1.0 if a[1] == b[1] else 0.0,
            "source_name": 1.0 if a[2] == b[2] else 0.0,
        }
    return {
        "annotations": n,
        "overall": _pairwise(labels),
        **{field: _pairwise([lab[i] for lab in labels]) for i, field in enumerate(FIELDS)},
    }


class AlphaAccumulator:
    """Krippendorff's alpha (nominal) fed one unit at a time, so an export of any size keeps little state.

    Same formula as claims.agreement.krippendorff_alpha: the disagreement sum is additive over units and
    the label totals are bounded by the vocabulary, not by the number of units.
    """

    def __init__(self) -> None:
        self.disagreement = 0.0
        self.totals: Counter[Any] = Counter()
        self.units = 0
        self.agreeing = 0

    def add(self, labels: Iterable[Any]) -> None:
        """Add one unit: the labels its raters gave (None = missing)."""
        self.add_times(labels, 1)

    def add_times(self, labels: Iterable[Any], times: int) -> None:
        """Add `times` units that have the same labels (a streamed export counts repeated units once)."""
        values = [v for v in labels if v is not None]
        if len(values) < 2:
            return
        self.units += times
        first = values[0]
        if all(v == first for v in values):
            # The common case, full agreement: no disagreement to add.
            self.totals[first] += len(values) * times
            self.agreeing += times
            return
        counts = Counter(values)
        for value, count in counts.items():
            self.totals[value] += count * times
        same = sum(c * (c - 1) for c in counts.values())
        self.disagreement += times * ((len(values) * (len(values) - 1) - same) / (len(values) - 1))

    @property
    def alpha(self) -> float | None:
        """Alpha, or None for degenerate data (fewer than two units, or one category only)."""
        if self.units < 2:
            return None
        n = sum(self.totals.values())
        expected = n * (n - 1) - sum(c * (c - 1) for c in self.totals.values())
        if expected == 0:
            return None
        return 1.0 - (n - 1) * self.disagreement / expected

    @property
    def percent_agreement(self) -> float | None:
        """Share of units with two or more ratings on which every rater gave the same label."""
        return self.agreeing / self.units if self.units else None
