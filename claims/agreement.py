"""Inter-annotator agreement: Cohen's kappa (two raters) and Krippendorff's alpha (nominal, any raters, gaps).

Pure Python on plain data, no Flask or database. Written here rather than taken from PyPI's
`krippendorff` because that package is GPL-3.0-or-later and pulls numpy into an engine for a
formula of a dozen lines; both measures are checked against published worked examples in
tests/engines/test_agreement.py. Degenerate data (fewer than two units, a single category, so
that chance agreement is total) gives None rather than a division by zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

Label = Hashable
# One unit (e.g. a claim) rated by raters (e.g. reviewers): rater -> label; a missing rating is absent or None.
Ratings = Mapping[Hashable, Mapping[Hashable, Label | None]]


def cohen_kappa(rater_a: Sequence[Label | None], rater_b: Sequence[Label | None]) -> float | None:
    """Cohen's kappa of two raters' labels for the same units; units either left unrated (None) are skipped."""
    if len(rater_a) != len(rater_b):
        raise ValueError("both raters need one entry per unit (None for a missing rating)")
    pairs = [(a, b) for a, b in zip(rater_a, rater_b, strict=True) if a is not None and b is not None]
    n = len(pairs)
    if n < 2:
        return None
    observed = sum(a == b for a, b in pairs) / n
    count_a = Counter(a for a, _ in pairs)
    count_b = Counter(b for _, b in pairs)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected >= 1.0:
        return None  # both raters used one and the same category: kappa is undefined
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(units: Iterable[Iterable[Label | None]]) -> float | None:
    """Krippendorff's alpha for nominal data: each unit is the labels its raters gave (None = missing)."""
    pairable = [values for unit in units if len(values := [v for v in unit if v is not None]) >= 2]
    if len(pairable) < 2:
        return None
    # Disagreeing pairs within units, each unit weighted 1 / (m_u - 1): the off-diagonal of the coincidence matrix.
    disagreement = 0.0
    totals: Counter[Label] = Counter()
    for values in pairable:
        counts = Counter(values)
        totals.update(counts)
        same = sum(c * (c - 1) for c in counts.values())
        disagreement += (len(values) * (len(values) - 1) - same) / (len(values) - 1)
    n = sum(totals.values())
    expected = n * (n - 1) - sum(c * (c - 1) for c in totals.values())
    if expected == 0:
        return None  # one category only: no variation to agree about
    return 1.0 - (n - 1) * disagreement / expected


def units_from_rows(rows: Sequence[Sequence[Label | None]]) -> list[list[Label | None]]:
    """Turn reliability data laid out one row per rater (Krippendorff's layout) into one list per unit."""
    if not rows:
        return []
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        raise ValueError("every rater row needs one entry per unit (None for a missing rating)")
    return [[row[i] for row in rows] for i in range(width)]


@dataclass(frozen=True)
class Agreement:
    """Agreement on one field: kappa (exactly two raters), alpha, and what they were computed from."""

    alpha: float | None
    kappa: float | None
    units: int  # units with at least two ratings (the pairable ones)
    raters: int  # distinct raters with at least one rating
    ratings: int  # ratings given, pairable or not
    percent_agreement: float | None  # share of pairable units on which every rater gave the same label


def measure_agreement(ratings: Ratings) -> Agreement:
    """Alpha always, kappa when exactly two raters took part, percent agreement and counts."""
    cleaned = {unit: {r: v for r, v in by_rater.items() if v is not None} for unit, by_rater in ratings.items()}
    raters = list(dict.fromkeys(r for by_rater in cleaned.values() for r in by_rater))
    pairable = [by_rater for by_rater in cleaned.values() if len(by_rater) >= 2]
    kappa = None
    if len(raters) == 2:
        first, second = raters
        kappa = cohen_kappa(
            [by_rater.get(first) for by_rater in cleaned.values()],
            [by_rater.get(second) for by_rater in cleaned.values()],
        )
    agreeing = sum(all(a == b for a, b in combinations(by_rater.values(), 2)) for by_rater in pairable)
    return Agreement(
        alpha=krippendorff_alpha(list(by_rater.values()) for by_rater in cleaned.values()),
        kappa=kappa,
        units=len(pairable),
        raters=len(raters),
        ratings=sum(len(by_rater) for by_rater in cleaned.values()),
        percent_agreement=agreeing / len(pairable) if pairable else None,
    )
