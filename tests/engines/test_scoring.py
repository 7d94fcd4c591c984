"""The scoring rule, on plain data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.evaluation.scoring import (
    ArticleForScoring,
    ClaimForScoring,
    DateForScoring,
    QuantityForScoring,
    score_articles,
    source_matches,
)

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"


def make_claim(id_: str, text: str, start: int, end: int, **kw) -> ClaimForScoring:
    return ClaimForScoring(id=id_, text=text, start=start, end=end, **kw)


def test_overlap_and_threshold() -> None:
    gold = (
        make_claim("g1", "Dortmund get 103 million euros.", 0, 30),
        make_claim("g2", "The sky is blue today.", 40, 60),
    )
    system = (
        make_claim("s1", "Dortmund get a guaranteed 103 million euros.", 5, 35),
        make_claim("s2", "Dortmund get 103 million euros.", 100, 120),  # same text, no overlap
        make_claim("s3", "Completely unrelated words here.", 45, 50),  # overlap, low score
    )
    report = score_articles([ArticleForScoring("a", gold, system)])
    assert (report.recall.hits, report.recall.total) == (1, 2)
    assert (report.precision.hits, report.precision.total) == (1, 3)
    assert [c.id for c in report.articles[0].missed] == ["g2"]


def test_one_to_one_highest_first() -> None:
    gold = (
        make_claim("g1", "Bellingham scored 24 goals.", 0, 50),
        make_claim("g2", "Bellingham provided 25 assists.", 0, 50),
    )
    system = (
        make_claim("s1", "Bellingham provided 25 assists.", 0, 50),
        make_claim("s2", "Bellingham scored 24 goals.", 0, 50),
    )
    report = score_articles([ArticleForScoring("a", gold, system)])
    pairs = {p.gold.id: p.system.id for p in report.articles[0].pairs}
    assert pairs == {"g1": "s2", "g2": "s1"}


def test_attribution_quantities_dates_on_matched_pairs() -> None:
    q = QuantityForScoring("money", 3e9, 3e9, "USD", "$3bn")
    d = DateForScoring("2023-06-29", "2023-06-29", "on Thursday")
    gold = (
        make_claim(
            "g1", "Pakistan gets $3bn.", 0, 20, type="named_person", source="Nathan Porter", quantities=(q,), dates=(d,)
        ),
    )
    system = (
        make_claim(
            "s1",
            "Pakistan gets $3bn.",
            0,
            20,
            type="named_person",
            source="nathan porter",
            quantities=(QuantityForScoring("money", 3e9, 3e9, "USD", "3bn dollars"),),
            dates=(DateForScoring("2023-06-30", "2023-06-30", "Friday"),),
        ),
    )
    report = score_articles([ArticleForScoring("a", gold, system)])
    assert report.attribution_type.value == 1.0
    assert report.source_name.value == 1.0
    assert report.quantities.value == 1.0
    assert report.dates.value == 0.0
    text = report.format_text()
    assert "date 'on Thursday'" in text


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (None, None, True),
        ("", None, True),
        ("IMF", "IMF", True),
        ("Porter", "Nathan Porter", False),
        ("IMF", None, False),
    ],
)
def test_source_matches(a: str | None, b: str | None, ok: bool) -> None:
    assert source_matches(a, b) is ok


def test_noise_claims_counted() -> None:
    gold = (make_claim("g1", "A real claim here.", 0, 18),)
    system = (make_claim("s1", "A real claim here.", 0, 18), make_claim("s2", "READ: something", 20, 35))
    report = score_articles([ArticleForScoring("a", gold, system, noise=((20, 35),))])
    assert report.noise_claims == 1


def test_unlocated_gold_is_reported() -> None:
    gold = (make_claim("g1", "Not in body.", -1, -1),)
    report = score_articles([ArticleForScoring("a", gold, ())])
    assert report.unlocated_gold == 1
    assert report.recall.total == 1


def test_report_is_json_able() -> None:
    gold = (make_claim("g1", "A real claim here.", 0, 18),)
    report = score_articles([ArticleForScoring("a", gold, (make_claim("s1", "Other thing.", 30, 40),))])
    json.dumps(report.to_dict())
    assert "MISSED" in report.format_text()
    assert "SPURIOUS" in report.format_text()


@pytest.mark.skipif(not GOLD.exists(), reason="dev corpus not present")
def test_dev_corpus_runs_end_to_end() -> None:
    from claims.evaluation.corpus import evaluate_gold_file

    report = evaluate_gold_file(GOLD)
    assert report.recall.total == 149
    assert report.noise_claims == 0
    assert report.unlocated_gold == 0
