"""Scoring suggested links against gold links; runner: python -m claims.matching.evaluation GOLD.json."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.matching.linker import link_all
from claims.matching.types import ClaimId, ClaimRef, LinkSuggestion, MatchSettings, make_ref


@dataclass(frozen=True, slots=True)
class GoldLink:
    """One gold link between two claims."""

    a: ClaimId
    b: ClaimId
    relation: str
    field: str | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class LinkScores:
    """Link quality figures plus the pairs behind them."""

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    relation_accuracy: float  # among matched pairs, share with the gold relation
    conflicts: int  # gold conflict links
    conflicts_found: int  # ... suggested as conflict
    conflicts_right_field: int  # ... suggested as conflict with the gold field
    conflict_recall: float
    conflict_field_recall: float
    missed: tuple[GoldLink, ...]
    false_links: tuple[LinkSuggestion, ...]
    wrong_relation: tuple[tuple[GoldLink, LinkSuggestion], ...]

    def figures(self) -> dict[str, float | int]:
        """The numbers only, for JSON output and tests."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if f.name not in {"missed", "false_links", "wrong_relation"}
        }


def refs_from_gold(gold: Mapping[str, Any]) -> list[ClaimRef]:
    """ClaimRefs from the gold claims themselves (text, values, attribution) and their articles' metadata."""
    refs = []
    for article in gold["articles"]:
        for claim in article["claims"]:
            attribution = claim.get("attribution") or {}
            refs.append(
                make_ref(
                    claim["id"],
                    article["id"],
                    article["outlet"],
                    claim["text"],
                    story=article.get("story"),
                    published=article.get("published"),
                    quantities=claim.get("quantities", ()),
                    dates=claim.get("dates", ()),
                    source_type=attribution.get("type"),
                    source_name=attribution.get("source"),
                )
            )
    return refs


def gold_links(gold: Mapping[str, Any]) -> list[GoldLink]:
    """The gold file's links."""
    return [
        GoldLink(link["a"], link["b"], link["relation"], link.get("field"), link.get("note", ""))
        for link in gold.get("links", [])
    ]


def _ratio(num: int, den: int) -> float:
    """num/den rounded, 1.0 when there is nothing to count."""
    return round(num / den, 4) if den else 1.0


def score_links(predicted: Iterable[LinkSuggestion], gold: Sequence[GoldLink]) -> LinkScores:
    """Precision and recall over unordered claim pairs, relation accuracy, conflict recall and field."""
    by_pair = {frozenset((g.a, g.b)): g for g in gold}
    suggested = {s.pair: s for s in predicted}
    matched = [(by_pair[p], s) for p, s in suggested.items() if p in by_pair]
    right_relation = sum(1 for g, s in matched if s.relation == g.relation)
    conflicts = [g for g in gold if g.relation == "conflict"]
    found = [g for g in conflicts if (s := suggested.get(frozenset((g.a, g.b)))) and s.relation == "conflict"]
    right_field = [g for g in found if suggested[frozenset((g.a, g.b))].field == g.field]
    return LinkScores(
        gold=len(by_pair),
        predicted=len(suggested),
        matched=len(matched),
        precision=_ratio(len(matched), len(suggested)),
        recall=_ratio(len(matched), len(by_pair)),
        relation_accuracy=_ratio(right_relation, len(matched)),
        conflicts=len(conflicts),
        conflicts_found=len(found),
        conflicts_right_field=len(right_field),
        conflict_recall=_ratio(len(found), len(conflicts)),
        conflict_field_recall=_ratio(len(right_field), len(conflicts)),
        missed=tuple(g for p, g in by_pair.items() if p not in suggested),
        false_links=tuple(s for p, s in suggested.items() if p not in by_pair),
        wrong_relation=tuple((g, s) for g, s in matched if s.relation != g.relation or s.field != g.field),
    )


def evaluate_gold(gold: Mapping[str, Any], settings: MatchSettings | None = None) -> LinkScores:
    """Link the gold claims with the matcher and score the result against the gold links."""
    return score_links(link_all(refs_from_gold(gold), settings), gold_links(gold))


def _report(scores: LinkScores, texts: Mapping[ClaimId, str]) -> str:
    """Figures and the misses as readable lines."""
    lines = [json.dumps(scores.figures())]
    for g in scores.missed:
        lines.append(f"MISSED  {g.relation}/{g.field}  {g.a}: {texts[g.a]}\n                {g.b}: {texts[g.b]}")
    for s in scores.false_links:
        lines.append(
            f"FALSE   {s.relation}/{s.field} {s.score}  {s.a}: {texts[s.a]}\n                {s.b}: {texts[s.b]}"
        )
    for g, s in scores.wrong_relation:
        lines.append(
            f"WRONG   gold {g.relation}/{g.field} got {s.relation}/{s.field} {s.differences}"
            f"  {g.a}: {texts[g.a]} | {g.b}: {texts[g.b]}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print link figures and misses for a gold file; --sweep tries thresholds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path, help="gold.json (dev-corpus format)")
    parser.add_argument("--threshold", type=float, help="override MatchSettings.threshold")
    parser.add_argument("--sweep", action="store_true", help="print figures over a range of thresholds")
    parser.add_argument("--json", action="store_true", help="print the figures only, as JSON")
    args = parser.parse_args(argv)
    try:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{args.gold}: cannot read gold file: {exc}", file=sys.stderr)
        return 1
    settings = MatchSettings()
    if args.threshold is not None:
        settings = dataclasses.replace(settings, threshold=args.threshold)
    if args.sweep:
        for step in range(40, 91, 5):
            trial = dataclasses.replace(settings, threshold=step / 100)
            print(step / 100, json.dumps(evaluate_gold(gold, trial).figures()))
        return 0
    scores = evaluate_gold(gold, settings)
    if args.json:
        print(json.dumps(scores.figures()))
        return 0
    texts = {r.id: r.text for r in refs_from_gold(gold)}
    print(_report(scores, texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
