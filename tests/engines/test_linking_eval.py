"""End-to-end linking evaluation: extracted claims aligned to gold claims, linked, scored on the gold links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.evaluation.corpus import evaluate_gold_file
from claims.evaluation.linking import _as_gold, _stands_for, evaluate_linking
from claims.evaluation.scoring import ArticleReport, ClaimForScoring, MatchedPair, QuantityForScoring
from claims.matching import ConflictField, LinkSuggestion, Relation
from claims.matching.evaluation import GoldLink

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"


def claim(cid: str, text: str, start: int, end: int) -> ClaimForScoring:
    """A claim with its span."""
    return ClaimForScoring(id=cid, text=text, start=start, end=end)


def test_a_merged_claim_stands_for_every_gold_fact_it_states() -> None:
    """A system claim stating two gold facts stands for both; a claim elsewhere in the body stands for neither."""
    fee = claim("g1", "The deal is worth £115m.", 0, 30)
    upfront = claim("g2", "£88.5m of the fee is paid upfront.", 32, 60)
    other = claim("g3", "Liverpool were keen on the player.", 70, 100)
    merged = claim("s1", "The £115m deal includes £88.5m paid upfront.", 0, 60)
    elsewhere = claim("s2", "Liverpool were keen on the player.", 70, 100)
    pair = MatchedPair(fee, merged, 90.0, True, True, 0, 0, (), ())
    report = ArticleReport(
        id="a",
        gold_count=3,
        system_count=2,
        pairs=(pair, MatchedPair(other, elsewhere, 100.0, True, True, 0, 0, (), ())),
        missed=(upfront,),
        spurious=(),
        noise_claims=(),
        unlocated=(),
    )
    assert _stands_for(report) == {"s1": ["g1", "g2"], "s2": ["g3"]}


def test_a_merged_claim_stands_for_a_gold_fact_whose_figures_it_gives() -> None:
    """Wording too far apart for the scorer's bar, but every figure of the gold claim is in the system claim of its
    span: it states that fact too. A gold claim with a figure the system claim lacks is not stated by it."""
    pct = QuantityForScoring("percent", 4.0, 4.0, "%")
    refused = claim("g1", "The CTA refused to improve its pay offer.", 0, 80)
    offered = ClaimForScoring("g2", "The CTA has offered a 4% pay rise for 2025.", 0, 80, quantities=(pct,))
    other = QuantityForScoring("percent", 3.0, 3.0, "%")
    later = ClaimForScoring("g3", "The CTA has offered a 3% pay rise for 2026.", 0, 80, quantities=(other,))
    merged = ClaimForScoring(
        "s1", "The CTA refused to improve its offer of 4% this year.", 0, 80, quantities=(pct,)
    )
    pair = MatchedPair(refused, merged, 90.0, True, True, 0, 0, (), ())
    report = ArticleReport(
        id="a",
        gold_count=3,
        system_count=1,
        pairs=(pair,),
        missed=(offered, later),
        spurious=(),
        noise_claims=(),
        unlocated=(),
    )
    assert _stands_for(report) == {"s1": ["g1", "g2"]}


DATA = Path(__file__).resolve().parent / "data"


# (gold file, precision, recall, relation accuracy, conflicts with the right field): figures reached so far.
FLOORS = [
    (GOLD, 0.88, 0.54, 0.95, 0.66),
    (DATA / "linking-heldout" / "gold.json", 0.93, 0.57, 0.75, 0.58),
    (DATA / "linking-heldout-2" / "gold.json", 0.88, 0.63, 0.95, 0.61),
    (DATA / "linking-heldout-3" / "gold.json", 0.86, 0.54, 0.97, 0.5),
    (DATA / "linking-heldout-4" / "gold.json", 0.86, 0.67, 0.94, 0.42),  # its output unread
    (DATA / "linking-heldout-5" / "gold.json", 0.79, 0.61, 0.92, 0.42),  # read to find faults since 2026-11-29
    (DATA / "linking-heldout-6" / "gold.json", 0.9, 0.66, 0.99, 0.66),  # its extraction misses read on 2026-11-29
    (DATA / "linking-heldout-7" / "gold.json", 0.82, 0.45, 0.97, 0.4),  # first-run figures; its output was read once
    (DATA / "linking-heldout-8" / "gold.json", 0.87, 0.52, 0.89, 0.45),  # blind; its claims shown once by mistake
    (DATA / "linking-heldout-9" / "gold.json", 0.82, 0.44, 0.9, 0.31),  # blind, first-run figures; claims shown once
    (DATA / "linking-heldout-10" / "gold.json", 0.88, 0.64, 0.94, 0.41),  # blind first-run figures; claims shown once
    (DATA / "linking-heldout-11" / "gold.json", 0.87, 0.65, 0.92, 0.47),  # blind first-run figures: output unread
]


@pytest.mark.parametrize(
    ("path", "precision", "recall", "relation", "conflicts"), FLOORS, ids=[f[0].parent.name for f in FLOORS]
)
def test_end_to_end_figures_hold(
    path: Path, precision: float, recall: float, relation: float, conflicts: float
) -> None:
    """Extraction + matcher, dev corpus and held-out stories: the figures reached do not regress (issue 4 open)."""
    if not path.exists():
        pytest.skip(f"{path} not present")
    gold = json.loads(path.read_text(encoding="utf-8"))
    scores = evaluate_linking(gold, evaluate_gold_file(path))
    assert scores.precision >= precision
    assert scores.recall >= recall
    assert scores.relation_accuracy >= relation
    assert scores.conflict_field_recall >= conflicts


def test_a_merged_pair_counts_for_the_gold_link_of_its_own_field() -> None:
    """Two system claims each standing for a date fact and a depth fact: a quantity conflict between them is the
    gold quantity conflict, not the date one (which would make its field look wrong)."""
    date_link = GoldLink("a1", "b1", "conflict", "date")
    depth_link = GoldLink("a2", "b2", "conflict", "quantity")
    by_pair = {frozenset(("a1", "b1")): date_link, frozenset(("a2", "b2")): depth_link}
    link = LinkSuggestion("sa", "sb", Relation.CONFLICT, ConflictField.QUANTITY, 0.6, ())
    restated = _as_gold(link, ["a1", "a2"], ["b1", "b2"], by_pair)
    assert (restated.a, restated.b) == ("a2", "b2")
