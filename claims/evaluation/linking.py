"""End-to-end linking quality: the extractor's claims, linked by the matcher, scored on the gold links.

System claims are aligned to gold claims by the extraction scorer (span overlap and wording). A system
claim that states several gold facts (the extractor kept two gold claims in one) also stands for every
other gold claim whose span its span overlaps and whose wording it matches as well as the scorer asks
of a pair, or whose every figure it gives. A suggested link between two system claims is right when
it joins two gold claims they stand for that the gold links; it counts for that gold link.
Figures are over aligned claims only: a gold link counts when both of its claims were found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from claims.evaluation.scoring import MATCH_THRESHOLD, ArticleReport, ClaimForScoring, EvalReport
from claims.matching import LinkSuggestion, MatchSettings, link_all, make_ref
from claims.matching.evaluation import GoldLink, LinkScores, gold_links, score_links


def _system_claims(article: ArticleReport) -> list[ClaimForScoring]:
    """Every system claim of an article (matched, spurious or noise), by id."""
    claims = [p.system for p in article.pairs] + list(article.spurious) + list(article.noise_claims)
    return sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)


def _stands_for(article: ArticleReport) -> dict[str, list[str]]:
    """System claim id -> the gold claim ids it states: its aligned one first, then others it covers."""
    stands: dict[str, list[str]] = {p.system.id: [p.gold.id] for p in article.pairs}
    located = [p.gold for p in article.pairs] + list(article.missed)
    for claim in _system_claims(article):
        mine = stands.setdefault(claim.id, [])
        for gold in located:
            if (
                gold.id not in mine
                and gold.overlaps(claim.start, claim.end)
                and (fuzz.token_set_ratio(claim.text, gold.text) >= MATCH_THRESHOLD or _states_values(claim, gold))
            ):
                mine.append(gold.id)
    return {claim_id: gold_ids for claim_id, gold_ids in stands.items() if gold_ids}


def _states_values(claim: ClaimForScoring, gold: ClaimForScoring) -> bool:
    """The claim gives every figure of the gold claim: "The CTA refused to improve its offer of 4% this year and 3%
    next year" states "The CTA has offered a 4% pay rise for 2025" in other words than the scorer's bar asks."""
    return bool(gold.quantities) and all(any(g.same_value(q) for q in claim.quantities) for g in gold.quantities)


def _as_gold(
    link: LinkSuggestion, a: list[str], b: list[str], by_pair: Mapping[frozenset[str], GoldLink]
) -> LinkSuggestion:
    """The suggestion restated between gold claims: a linked pair with the same relation and field first, then one
    with the same relation, then any linked pair."""
    pairs = [(x, y) for x in a for y in b if x != y]
    linked = [p for p in pairs if frozenset(p) in by_pair]
    same_relation = [p for p in linked if by_pair[frozenset(p)].relation == link.relation]
    same_field = [p for p in same_relation if by_pair[frozenset(p)].field == (link.field and str(link.field))]
    x, y = (same_field or same_relation or linked or pairs)[0]
    return LinkSuggestion(x, y, link.relation, link.field, link.score, link.differences)


def evaluate_linking(gold: Mapping[str, Any], report: EvalReport, settings: MatchSettings | None = None) -> LinkScores:
    """Link the extracted claims of the gold file's articles and score the links against the gold links."""
    meta = {a["id"]: a for a in gold["articles"]}
    refs = []
    stands: dict[str, list[str]] = {}
    for article in report.articles:
        info = meta[article.id]
        stands.update({f"{article.id}/{sid}": gids for sid, gids in _stands_for(article).items()})
        for claim in _system_claims(article):
            refs.append(
                make_ref(
                    f"{article.id}/{claim.id}",
                    article.id,
                    info.get("outlet") or article.id,
                    claim.text,
                    story=info.get("story"),
                    published=info.get("published"),
                    quantities=claim.quantities,
                    dates=claim.dates,
                    source_type=claim.type,
                    source_name=claim.source,
                    source_affiliation=claim.affiliation,
                )
            )
    aligned = {g for gids in stands.values() for g in gids}
    wanted = [g for g in gold_links(gold) if g.a in aligned and g.b in aligned]
    by_pair = {frozenset((g.a, g.b)): g for g in wanted}
    predicted = [
        _as_gold(s, stands[s.a], stands[s.b], by_pair)
        for s in link_all(refs, settings)
        if s.a in stands and s.b in stands
    ]
    return score_links([p for p in predicted if p.a != p.b], wanted)


def format_linking(scores: LinkScores, total_gold_links: int) -> str:
    """The linking figures as readable lines."""
    return (
        f"links      recall {scores.recall:.3f} ({scores.matched}/{scores.gold} aligned of {total_gold_links} gold)"
        f"   precision {scores.precision:.3f} ({scores.matched}/{scores.predicted})\n"
        f"relation accuracy {scores.relation_accuracy:.3f}   conflict recall {scores.conflict_recall:.3f}"
        f"   with the right field {scores.conflict_field_recall:.3f}"
        f" ({scores.conflicts_right_field}/{scores.conflicts})"
    )
