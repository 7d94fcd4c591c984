"""Linking claims across outlets: incremental (new claims against the index) and batch."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence

from claims.matching.index import ClaimIndex
from claims.matching.scoring import score_pair, sort_key
from claims.matching.types import ClaimId, ClaimRef, LinkSuggestion, MatchSettings

Progress = Callable[[int, int], None]


def _order(links: Iterable[LinkSuggestion]) -> list[LinkSuggestion]:
    """Deterministic order: by first id, then second id."""
    return sorted(links, key=lambda s: (sort_key(s.a), sort_key(s.b)))


def keep_mutual_best(
    links: Sequence[LinkSuggestion], article_of: Callable[[ClaimId], ClaimId], margin: float, sure: float = 2.0
) -> list[LinkSuggestion]:
    """Keep a link only if, for both claims, it is within `margin` of their best link into the other's article.

    A link scoring `sure` or more stays whatever else the claims link to: an article may state one fact twice.
    """
    best: dict[tuple[ClaimId, ClaimId], float] = {}
    for s in links:
        for mine, other in ((s.a, s.b), (s.b, s.a)):
            key = (mine, article_of(other))
            if s.score > best.get(key, -1.0):
                best[key] = s.score
    return [
        s
        for s in links
        if s.score >= sure
        or (s.score >= best[(s.a, article_of(s.b))] - margin and s.score >= best[(s.b, article_of(s.a))] - margin)
    ]


def link_new(
    index: ClaimIndex,
    new_refs: Iterable[ClaimRef],
    settings: MatchSettings | None = None,
    exclude: Callable[[ClaimId, ClaimId], bool] | None = None,
) -> list[LinkSuggestion]:
    """Add new claims (whole articles) to the index and link them against everything indexed.

    `exclude(a, b)` tells pairs a person has already confirmed or rejected: they are not suggested again.
    """
    settings = settings or index.settings
    added = index.add(list(new_refs))
    new_ids = {p.ref.id for p in added}
    seen: set[frozenset[ClaimId]] = set()
    links: list[LinkSuggestion] = []
    for prepared in added:
        weight = index.weight_for(prepared)
        aliases = index.aliases_for(prepared)
        for slot in index.candidate_slots(prepared):
            other = index.prepared_at(slot)
            assert other is not None
            pair = frozenset((prepared.ref.id, other.ref.id))
            if other.ref.id in new_ids:
                if pair in seen:
                    continue
                seen.add(pair)
            if exclude is not None and exclude(prepared.ref.id, other.ref.id):
                continue
            link = score_pair(prepared, other, settings, weight, aliases)
            if link is not None:
                links.append(link)
    return _finish(links, index, settings)


def _finish(links: list[LinkSuggestion], index: ClaimIndex, settings: MatchSettings) -> list[LinkSuggestion]:
    """Apply the mutual-best rule and sort."""
    if settings.mutual_best:

        def article_of(claim_id: ClaimId) -> ClaimId:
            prepared = index.get(claim_id)
            assert prepared is not None
            return prepared.ref.article_id

        links = keep_mutual_best(links, article_of, settings.best_margin, settings.sure_score)
    return _order(links)


def _link_slots(index: ClaimIndex, prefixes: list[tuple[str, ...]], slots: range) -> tuple[list[LinkSuggestion], int]:
    """Score the candidate pairs of some slots, each pair once; returns the links and the pairs scored."""
    settings = index.settings
    links: list[LinkSuggestion] = []
    scored = 0
    for x in slots:
        px = index.prepared_at(x)
        if px is None:
            continue
        keys_x = index.keys_at(x)
        weight = index.weight_for(px)
        aliases = index.aliases_for(px)
        for y in index.candidate_slots(px, keys_x, prefixes[x]):
            # y < x: skip when y's own query finds x (then the pair is scored from y's side).
            if y < x and not keys_x.isdisjoint(prefixes[y]):
                continue
            py = index.prepared_at(y)
            assert py is not None
            scored += 1
            link = score_pair(px, py, settings, weight, aliases)
            if link is not None:
                links.append(link)
    return links, scored


_WORKER_STATE: tuple[ClaimIndex, list[tuple[str, ...]]] | None = None


def _worker(bounds: tuple[int, int]) -> tuple[list[LinkSuggestion], int]:
    """Link one chunk of slots in a forked worker (the index is inherited, not pickled)."""
    assert _WORKER_STATE is not None
    index, prefixes = _WORKER_STATE
    return _link_slots(index, prefixes, range(*bounds))


def link_index(
    index: ClaimIndex,
    progress: Progress | None = None,
    workers: int = 1,
    chunk: int = 20000,
    stats: dict[str, int] | None = None,
) -> list[LinkSuggestion]:
    """Link every indexed claim against the others (the batch pass); `stats` receives candidate_pairs."""
    global _WORKER_STATE
    total = len(index._slots)
    # Tuples, not sets: a million small sets cost a few hundred MB more.
    prefixes = [tuple(index.prefix(p)) if p is not None else () for p in (index.prepared_at(s) for s in range(total))]
    bounds = [(start, min(total, start + chunk)) for start in range(0, total, chunk)]
    links: list[LinkSuggestion] = []
    scored = 0
    use_fork = workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods()
    if use_fork:
        _WORKER_STATE = (index, prefixes)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for done, (part, count) in enumerate(pool.imap(_worker, bounds), 1):
                    links.extend(part)
                    scored += count
                    if progress:
                        progress(bounds[done - 1][1], total)
        finally:
            _WORKER_STATE = None
    else:
        for lo, hi in bounds:
            part, count = _link_slots(index, prefixes, range(lo, hi))
            links.extend(part)
            scored += count
            if progress:
                progress(hi, total)
    if stats is not None:
        stats["candidate_pairs"] = scored
        stats["scored_links"] = len(links)
    return _finish(links, index, index.settings)


def link_all(
    refs: Iterable[ClaimRef],
    settings: MatchSettings | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[LinkSuggestion]:
    """Batch: index all claims, then link each pair of candidates once; `workers` defaults to 1."""
    index = ClaimIndex(settings)
    index.add(refs)
    return link_index(index, progress=progress, workers=workers or 1)


def default_workers() -> int:
    """Processes for a batch relink on this machine."""
    return max(1, os.cpu_count() or 1)
