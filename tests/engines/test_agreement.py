"""Agreement engine against published worked examples, and its degenerate cases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claims.agreement import cohen_kappa, krippendorff_alpha, measure_agreement, units_from_rows

N = None


def table(cells: dict[tuple[str, str], int]) -> tuple[list[str], list[str]]:
    """Two raters' label lists from a contingency table {(label_a, label_b): count}."""
    a: list[str] = []
    b: list[str] = []
    for (label_a, label_b), count in cells.items():
        a += [label_a] * count
        b += [label_b] * count
    return a, b


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Wikipedia, "Cohen's kappa", simple example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4.
        ({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15}, 0.4),
        # Wikipedia, "same percentages but different numbers": 0.1304 and 0.2593.
        ({("yes", "yes"): 45, ("yes", "no"): 15, ("no", "yes"): 25, ("no", "no"): 15}, 0.1304),
        ({("yes", "yes"): 25, ("yes", "no"): 35, ("no", "yes"): 5, ("no", "no"): 35}, 0.2593),
    ],
)
def test_cohen_kappa_matches_published_examples(cells: dict[tuple[str, str], int], expected: float) -> None:
    assert cohen_kappa(*table(cells)) == pytest.approx(expected, abs=5e-5)


# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", one row per observer.
KRIPPENDORFF_C = [  # C: nominal data, four observers, missing values -> alpha 0.743
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
KRIPPENDORFF_A = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]  # A: binary -> 0.095
KRIPPENDORFF_B = [list("aabbdcccedda"), list("babbbccceddd")]  # B: nominal, two observers -> 0.692


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(KRIPPENDORFF_C, 0.743), (KRIPPENDORFF_A, 0.095), (KRIPPENDORFF_B, 0.692)],
    ids=["C-nominal-missing", "A-binary", "B-nominal"],
)
def test_krippendorff_alpha_matches_published_examples(rows: list[list[object]], expected: float) -> None:
    assert krippendorff_alpha(units_from_rows(rows)) == pytest.approx(expected, abs=5e-4)


def test_alpha_for_two_raters_without_gaps_is_scotts_pi_corrected_for_sample_size() -> None:
    a, b = table({("yes", "yes"): 45, ("yes", "no"): 15, ("no", "yes"): 25, ("no", "no"): 15})
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pooled_yes = (a.count("yes") + b.count("yes")) / (2 * n)
    expected = pooled_yes**2 + (1 - pooled_yes) ** 2
    scotts_pi = (observed - expected) / (1 - expected)
    alpha = krippendorff_alpha(zip(a, b, strict=True))
    assert alpha == pytest.approx(1 - (1 - scotts_pi) * (2 * n - 1) / (2 * n))
    assert krippendorff_alpha([["x", "x"], ["y", "y"], ["x", "x"]]) == pytest.approx(1.0)
    assert cohen_kappa(["x", "y", "x"], ["x", "y", "x"]) == pytest.approx(1.0)


@pytest.mark.parametrize(
    "units",
    [
        [],  # nothing rated
        [["a", "b"]],  # one unit only
        [["a"], ["b"], ["a", N]],  # no unit has two ratings
        [["a", "a"], ["a", "a", "a"]],  # one category only
    ],
)
def test_alpha_is_none_when_undefined(units: list[list[object]]) -> None:
    assert krippendorff_alpha(units) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [([], []), (["x"], ["y"]), (["x", N, "y"], [N, "y", N]), (["x", "x", "x"], ["x", "x", "x"])],
)
def test_kappa_is_none_when_undefined(a: list[object], b: list[object]) -> None:
    assert cohen_kappa(a, b) is None


def test_kappa_skips_units_either_rater_left_out_and_refuses_ragged_input() -> None:
    a, b = table({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15})
    assert cohen_kappa([*a, "yes", N], [*b, N, "no"]) == pytest.approx(0.4)
    with pytest.raises(ValueError, match="one entry per unit"):
        cohen_kappa(["a"], ["a", "b"])
    with pytest.raises(ValueError, match="one entry per unit"):
        units_from_rows([[1, 2], [1]])


def test_measure_agreement_gives_kappa_only_for_exactly_two_raters() -> None:
    two = {1: {"ana": "x", "bo": "x"}, 2: {"ana": "y", "bo": "y"}, 3: {"ana": "x", "bo": "y"}, 4: {"ana": "z"}}
    result = measure_agreement(two)
    assert result.raters == 2 and result.units == 3 and result.ratings == 7
    assert result.kappa is not None and result.alpha is not None
    assert result.percent_agreement == pytest.approx(2 / 3)
    three = {1: {"ana": "x", "bo": "x"}, 2: {"bo": "y", "cy": "y"}, 3: {"ana": "x", "cy": "y"}}
    assert measure_agreement(three).kappa is None
    assert measure_agreement(three).alpha is not None
    empty = measure_agreement({})
    assert (empty.alpha, empty.kappa, empty.units, empty.raters, empty.percent_agreement) == (N, N, 0, 0, N)


def test_agreement_engine_imports_no_framework() -> None:
    code = (
        "import sys, claims.agreement\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'flask', 'sqlalchemy', 'numpy'}))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {"PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"
