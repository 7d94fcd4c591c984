"""Matcher quality on the dev-corpus gold links, the scoring of links, and the evaluation runner."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from claims.matching import ConflictField, LinkSuggestion, Relation
from claims.matching.evaluation import GoldLink, evaluate_gold, main, refs_from_gold, score_links
from claims.matching.index import ClaimIndex
from claims.matching.scoring import in_scope, is_short, score_pair

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"
HELDOUT = Path(__file__).resolve().parent / "data" / "matching-heldout" / "gold.json"
# Written blind after the matcher's rules were set; first run: precision 0.699, recall 0.796 (see its build_gold.py).
HELDOUT_2 = Path(__file__).resolve().parent / "data" / "linking-heldout-2" / "gold.json"
HELDOUT_4 = Path(__file__).resolve().parent / "data" / "linking-heldout-4" / "gold.json"
HELDOUT_5 = Path(__file__).resolve().parent / "data" / "linking-heldout-5" / "gold.json"
HELDOUT_6 = Path(__file__).resolve().parent / "data" / "linking-heldout-6" / "gold.json"
HELDOUT_7 = Path(__file__).resolve().parent / "data" / "linking-heldout-7" / "gold.json"
HELDOUT_8 = Path(__file__).resolve().parent / "data" / "linking-heldout-8" / "gold.json"
HELDOUT_9 = Path(__file__).resolve().parent / "data" / "linking-heldout-9" / "gold.json"
HELDOUT_10 = Path(__file__).resolve().parent / "data" / "linking-heldout-10" / "gold.json"
HELDOUT_11 = Path(__file__).resolve().parent / "data" / "linking-heldout-11" / "gold.json"
needs_gold = pytest.mark.skipif(not GOLD.exists(), reason="dev corpus not present")


@pytest.fixture(scope="module")
def gold():
    """The dev-corpus gold file."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


@needs_gold
def test_gold_figures_hold(gold):
    """Figures reached on the gold claims (defaults chosen there) do not regress."""
    scores = evaluate_gold(gold)
    assert scores.precision >= 0.9
    assert scores.recall >= 0.73
    assert scores.relation_accuracy >= 0.95
    assert scores.conflict_field_recall >= 0.8


# (gold file, precision, recall, relation accuracy, conflicts with the right field) reached on held-out stories.
HELDOUT_FLOORS = [
    (HELDOUT, 0.99, 0.74, 0.95, 0.95),
    (HELDOUT_2, 0.91, 0.78, 0.95, 0.76),
    (HELDOUT_4, 0.78, 0.86, 0.95, 0.72),  # first-run figures: no change was made after reading its output
    (HELDOUT_5, 0.57, 0.84, 0.9, 0.63),  # read to find faults since 2026-11-29
    (HELDOUT_6, 0.83, 0.8, 0.97, 0.65),  # first-run figures; its extraction misses read on 2026-11-29
    (HELDOUT_7, 0.7, 0.74, 0.95, 0.62),  # first-run figures; its output was read once
    (HELDOUT_8, 0.7, 0.78, 0.92, 0.65),  # blind: its output unread
    (HELDOUT_9, 0.51, 0.68, 0.94, 0.43),  # blind, first-run figures: its output unread
    (HELDOUT_10, 0.74, 0.87, 0.94, 0.57),  # blind first-run figures: its link output unread
    (HELDOUT_11, 0.86, 0.78, 0.96, 0.62),  # blind first-run figures: its output unread
]


@pytest.mark.parametrize(
    ("path", "precision", "recall", "relation", "conflicts"),
    HELDOUT_FLOORS,
    ids=[f[0].parent.name for f in HELDOUT_FLOORS],
)
def test_heldout_figures_hold(path, precision, recall, relation, conflicts):
    """Figures on our own held-out stories (written before tuning) do not regress."""
    scores = evaluate_gold(json.loads(path.read_text(encoding="utf-8")))
    assert scores.precision >= precision
    assert scores.recall >= recall
    assert scores.relation_accuracy >= relation
    assert scores.conflict_field_recall >= conflicts


@needs_gold
@pytest.mark.xfail(strict=True, reason="issue 4 recall target not reached yet: recall 0.73 (precision, conflicts met)")
def test_gold_meets_issue_targets(gold):
    """Issue 4: precision >= 0.85, recall >= 0.80, conflict recall with the right field >= 0.80."""
    scores = evaluate_gold(gold)
    assert scores.precision >= 0.85
    assert scores.recall >= 0.80
    assert scores.conflict_field_recall >= 0.80


@needs_gold
def test_candidates_cover_brute_force_on_gold(gold):
    """Every pair that brute-force scoring would link is among the index candidates (recall >= 0.95)."""
    refs = refs_from_gold(gold)
    index = ClaimIndex()
    index.add(refs)
    found = total = 0
    for x in refs:
        px = index.get(x.id)
        weight = index.weight_for(px)
        mine = set(index.candidates(px))
        for y in refs:
            if y.id == x.id or not in_scope(x, y, index.settings):
                continue
            if score_pair(px, index.get(y.id), index.settings, weight) is None:
                continue
            total += 1
            found += y.id in mine or x.id in index.candidates(index.get(y.id))
    assert total > 0
    assert found / total >= 0.95


def s(a, b, relation=Relation.SAME, field=None):
    """A suggestion for the scoring table."""
    return LinkSuggestion(a, b, relation, field, 0.9)


@pytest.mark.parametrize(
    ("predicted", "precision", "recall", "relation_accuracy", "conflict_field_recall"),
    [
        ([], 1.0, 0.0, 1.0, 0.0),
        ([s("a", "b"), s("c", "d", Relation.CONFLICT, ConflictField.QUANTITY)], 1.0, 1.0, 1.0, 1.0),
        ([s("b", "a"), s("c", "d", Relation.CONFLICT, ConflictField.DATE)], 1.0, 1.0, 1.0, 0.0),
        ([s("a", "b"), s("c", "d")], 1.0, 1.0, 0.5, 0.0),
        ([s("a", "b"), s("a", "c"), s("a", "d"), s("b", "c")], 0.25, 0.5, 1.0, 0.0),
    ],
)
def test_score_links(predicted, precision, recall, relation_accuracy, conflict_field_recall):
    """Pairs are unordered; relation and field are judged on matched pairs."""
    gold = [GoldLink("a", "b", "same", None), GoldLink("c", "d", "conflict", "quantity")]
    scores = score_links(predicted, gold)
    assert (scores.precision, scores.recall, scores.relation_accuracy, scores.conflict_field_recall) == (
        precision,
        recall,
        relation_accuracy,
        conflict_field_recall,
    )


@needs_gold
def test_runner_prints_figures_and_misses(capsys):
    """The runner prints the figures as JSON on the first line, then the misses."""
    assert main([str(GOLD)]) == 0
    out = capsys.readouterr().out.splitlines()
    figures = json.loads(out[0])
    assert {"precision", "recall", "relation_accuracy", "conflict_recall"} <= figures.keys()
    assert any(line.startswith("MISSED") for line in out)


def test_runner_bad_file(tmp_path, capsys):
    """A missing gold file is a one-line error and exit status 1."""
    assert main([str(tmp_path / "nope.json")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.json" in err[0]


@needs_gold
def test_the_cut_off_changes_no_outcome(gold):
    """Stopping early on pairs that cannot reach the bar gives the same links as scoring them in full."""
    refs = refs_from_gold(gold)
    index = ClaimIndex()
    index.add(refs)
    settings = index.settings
    full = dataclasses.replace(settings, threshold=-1.0, short_claim_margin=0.0)
    checked = 0
    for i, x in enumerate(refs):
        px = index.get(x.id)
        weight, aliases, wording = index.weight_for(px), index.aliases_for(px), index.wording_for(px)
        for y in refs[i + 1 :]:
            if not in_scope(x, y, settings):
                continue
            py = index.get(y.id)
            cut = score_pair(px, py, settings, weight, aliases, wording=wording)
            whole = score_pair(px, py, full, weight, aliases, wording=wording)
            if whole is None:  # a rule tells two facts apart whatever the score (periods, begin and end)
                assert cut is None
                continue
            bar = settings.threshold + (
                settings.short_claim_margin if is_short(px, settings) or is_short(py, settings) else 0
            )
            if abs(whole.score - bar) < 1e-3:
                continue  # scores are rounded to 4 places: too close to the bar to tell
            assert (cut is not None) == (whole.score >= bar), (x.text, y.text)
            if cut is not None:
                assert (cut.score, cut.relation, cut.field) == (whole.score, whole.relation, whole.field)
            checked += 1
    assert checked > 1000
