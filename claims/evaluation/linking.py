"""End-to-end linking quality: the extractor's claims, linked by the matcher, scored on the gold links.

System claims are aligned to gold claims by the extraction scorer (span overlap and wording); a
suggested link between two aligned system claims stands for the link between their gold claims.
Figures are over aligned claims only: a gold link counts when both of its claims were found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claims.evaluation.scoring import ClaimForScoring, EvalReport
from claims.matching import LinkSuggestion, MatchSettings, link_all, make_ref
from claims.matching.evaluation import LinkScores, gold_links, score_links


def _system_claims(report: EvalReport) -> dict[str, list[ClaimForScoring]]:
    """Every system claim of each article (matched, spurious or noise), by article id."""
    found: dict[str, list[ClaimForScoring]] = {}
    for article in report.articles:
        claims = [p.system for p in article.pairs] + list(article.spurious) + list(article.noise_claims)
        found[article.id] = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)
    return found


def evaluate_linking(gold: Mapping[str, Any], report: EvalReport, settings: MatchSettings | None = None) -> LinkScores:
    """Link the extracted claims of the gold file's articles and score the links against the gold links."""
    meta = {a["id"]: a for a in gold["articles"]}
    refs = []
    for article_id, claims in _system_claims(report).items():
        info = meta[article_id]
        for claim in claims:
            refs.append(
                make_ref(
                    f"{article_id}/{claim.id}",
                    article_id,
                    info.get("outlet") or article_id,
                    claim.text,
                    story=info.get("story"),
                    published=info.get("published"),
                    quantities=claim.quantities,
                    dates=claim.dates,
                    source_type=claim.type,
                    source_name=claim.source,
                )
            )
    to_gold = {f"{article.id}/{pair.system.id}": pair.gold.id for article in report.articles for pair in article.pairs}
    predicted = [
        LinkSuggestion(to_gold[s.a], to_gold[s.b], s.relation, s.field, s.score, s.differences)
        for s in link_all(refs, settings)
        if s.a in to_gold and s.b in to_gold and to_gold[s.a] != to_gold[s.b]
    ]
    aligned = set(to_gold.values())
    wanted = [g for g in gold_links(gold) if g.a in aligned and g.b in aligned]
    return score_links(predicted, wanted)


def format_linking(scores: LinkScores, total_gold_links: int) -> str:
    """The linking figures as readable lines."""
    return (
        f"links      recall {scores.recall:.3f} ({scores.matched}/{scores.gold} aligned of {total_gold_links} gold)"
        f"   precision {scores.precision:.3f} ({scores.matched}/{scores.predicted})\n"
        f"relation accuracy {scores.relation_accuracy:.3f}   conflict recall {scores.conflict_recall:.3f}"
        f"   with the right field {scores.conflict_field_recall:.3f}"
        f" ({scores.conflicts_right_field}/{scores.conflicts})"
    )
