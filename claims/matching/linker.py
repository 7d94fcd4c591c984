"""Linking claims across outlets: incremental (new claims against the index) and batch."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

from claims.matching.index import ClaimIndex, collector_paused
from claims.matching.scoring import score_pair, sort_key
from claims.matching.types import ClaimId, ClaimRef, LinkSuggestion, MatchSettings

Progress = Callable[[int, int], None]


def _order(links: Iterable[LinkSuggestion]) -> list[LinkSuggestion]:
    """Deterministic order: by first id, then second id (as `sort_key` orders them).

    Ids all of one plain kind are sorted as they are, in two stable passes: a key made per link took 250 bytes
    a link at the end of a batch (about 360 MB for 1M claims).
    """
    out = list(links)
    kinds = {type(x) for s in out for x in (s.a, s.b)}
    if kinds == {str} or (kinds == {int} and all(s.a >= 0 and s.b >= 0 for s in out)):
        out.sort(key=attrgetter("b"))
        out.sort(key=attrgetter("a"))
        return out
    return sorted(out, key=lambda s: (sort_key(s.a), sort_key(s.b)))


OtherFact = Callable[[ClaimId, ClaimId, ClaimId], bool]


def keep_mutual_best(
    links: Sequence[LinkSuggestion],
    article_of: Callable[[ClaimId], ClaimId],
    margin: float,
    sure: float = 2.0,
    other_fact: OtherFact | None = None,
    other_fact_score: float = 2.0,
) -> list[LinkSuggestion]:
    """Keep a link only if, for both claims, it is within `margin` of their best link into the other's article.

    A link scoring `sure` or more stays whatever else the claims link to: an article may state one fact twice.
    So does one scoring `other_fact_score` or more where `other_fact(claim, linked, best)` tells that the claim
    meets the two claims on different words: a claim stating two facts links to the claim of each.

    Claims are taken one at a time, through the links' ends sorted by claim: a table of every claim's best link
    per article, held at once, took more memory than the links themselves (about 500 MB for 1M claims).
    """
    claims = [c for s in links for c in (s.a, s.b)]  # end 2i is link i's claim a, end 2i + 1 its claim b
    ends = _grouped(claims)
    kept = bytearray(len(links))  # per link: 1 kept by its claim a, 2 by its claim b
    start, total = 0, len(ends)
    while start < total:
        mine = claims[ends[start]]
        stop = start + 1
        while stop < total and claims[ends[stop]] == mine:
            stop += 1
        group = [(end, links[end >> 1], claims[end ^ 1]) for end in ends[start:stop]]
        best: dict[ClaimId, tuple[float, ClaimId]] = {}
        for _, s, other in group:
            article = article_of(other)
            if article not in best or s.score > best[article][0]:
                best[article] = (s.score, other)
        for end, s, other in group:
            top, top_id = best[article_of(other)]
            if s.score >= top - margin or (
                other_fact is not None and s.score >= other_fact_score and other_fact(mine, other, top_id)
            ):
                kept[end >> 1] |= 1 << (end & 1)
        start = stop
    return [s for i, s in enumerate(links) if s.score >= sure or kept[i] == 3]


def _grouped(claims: list[ClaimId]) -> list[int]:
    """Positions in `claims`, those of one claim together, in their order within a claim."""
    positions = range(len(claims))
    try:
        return sorted(positions, key=claims.__getitem__)
    except TypeError:  # ids of mixed types
        return sorted(positions, key=lambda i: sort_key(claims[i]))


def link_new(
    index: ClaimIndex,
    new_refs: Iterable[ClaimRef],
    settings: MatchSettings | None = None,
    exclude: Callable[[ClaimId, ClaimId], bool] | None = None,
    forms: Mapping[ClaimId, str | None] | None = None,
) -> list[LinkSuggestion]:
    """Add new claims (whole articles) to the index and link them against everything indexed.

    `exclude(a, b)` tells pairs a person has already confirmed or rejected: they are not suggested again.
    `forms` are the new claims' stored analyses (see ClaimIndex.add).
    """
    settings = settings or index.settings
    added = index.add(list(new_refs), forms)
    new_ids = {p.ref.id for p in added}
    seen: set[frozenset[ClaimId]] = set()
    links: list[LinkSuggestion] = []
    for prepared in added:
        weight = index.weight_for(prepared)
        wording = index.wording_for(prepared)
        norm = index.norm_for(prepared)
        aliases = index.aliases_for(prepared)
        rates = index.rates_for(prepared)
        for slot in index.candidate_slots(prepared):
            other = index.prepared_at(slot)
            assert other is not None
            if other.ref.id in new_ids:
                pair = frozenset((prepared.ref.id, other.ref.id))
                if pair in seen:
                    continue
                seen.add(pair)
            if exclude is not None and exclude(prepared.ref.id, other.ref.id):
                continue
            link = score_pair(prepared, other, settings, weight, aliases, rates, wording, norm)
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

        def other_fact(mine: ClaimId, other: ClaimId, rival: ClaimId) -> bool:
            """`mine` shares words with `other` that it does not share with `rival`."""
            claim, linked, best = index.get(mine), index.get(other), index.get(rival)
            assert claim is not None and linked is not None and best is not None
            shared = claim.content_set & linked.content_set
            return len(shared - best.content_set) >= settings.other_fact_words

        links = keep_mutual_best(
            links, article_of, settings.best_margin, settings.sure_score, other_fact, settings.other_fact_score
        )
    return _order(links)


def _link_slots(
    index: ClaimIndex, lookups: list[tuple[str, ...] | None], slots: range
) -> tuple[list[LinkSuggestion], int]:
    """Score the candidate pairs of some slots, each pair once; returns the links and the pairs scored.

    `lookups[s]` is the keys slot s looks up, None when its query takes every claim it reaches. A pair is
    scored from its smaller slot when that slot's query finds it, else from the larger one.
    """
    settings = index.settings
    links: list[LinkSuggestion] = []
    scored = 0
    for x in slots:
        px = index.prepared_at(x)
        if px is None:
            continue
        keys_x = index.keys_at(x)
        lookup_x = lookups[x]
        weight = index.weight_for(px)
        wording = index.wording_for(px)
        norm = index.norm_for(px)
        aliases = index.aliases_for(px)
        rates = index.rates_for(px)
        if lookup_x is None:
            # Every claim x reaches finds x too (it reaches x's small scope): pairs are scored from below.
            ys = index.candidate_slots(px, keys_x, (), above=x)
        else:
            # y < x: skipped when y's own query finds x (then the pair is scored from y's side).
            ys = [y for y in index.candidate_slots(px, keys_x, lookup_x) if y > x or not _finds(lookups[y], keys_x)]
        for y in ys:
            py = index.prepared_at(y)
            assert py is not None
            scored += 1
            link = score_pair(px, py, settings, weight, aliases, rates, wording, norm)
            if link is not None:
                links.append(link)
    return links, scored


def _finds(lookup: tuple[str, ...] | None, keys: frozenset[str]) -> bool:
    """Whether a query looking up `lookup` (None: taking every claim it reaches) finds a claim with `keys`.

    Only asked of pairs in scope that passed the cheap filter, which is the same from either side.
    """
    return lookup is None or not keys.isdisjoint(lookup)


_WORKER_STATE: tuple[ClaimIndex, list[tuple[str, ...] | None]] | None = None


def _worker(bounds: tuple[int, int]) -> tuple[list[LinkSuggestion], int]:
    """Link one chunk of slots in a forked worker (the index is inherited, not pickled)."""
    assert _WORKER_STATE is not None
    index, lookups = _WORKER_STATE
    return _link_slots(index, lookups, range(*bounds))


def _lookups(index: ClaimIndex) -> list[tuple[str, ...] | None]:
    """The keys each slot's query looks up; None for claims whose query takes every claim it reaches."""
    out: list[tuple[str, ...] | None] = []
    for slot in range(index.slot_count()):
        prepared = index.prepared_at(slot)
        if prepared is None or index.is_exhaustive(prepared.ref):
            out.append(None)
        else:
            # Tuples, not sets: a million small sets cost a few hundred MB more.
            out.append(tuple(index.prefix(prepared, index.keys_at(slot))))
    return out


def link_index(
    index: ClaimIndex,
    progress: Progress | None = None,
    workers: int = 1,
    chunk: int = 20000,
    stats: dict[str, int] | None = None,
) -> list[LinkSuggestion]:
    """Link every indexed claim against the others (the batch pass); `stats` receives candidate_pairs.

    The cyclic collector is paused throughout (forked workers inherit the pause): scoring makes no cycles, and
    a collection would walk the whole index (in a forked worker, copying every page it touches).
    """
    with collector_paused():
        return _link_index(index, progress, workers, chunk, stats)


def _link_index(
    index: ClaimIndex, progress: Progress | None, workers: int, chunk: int, stats: dict[str, int] | None
) -> list[LinkSuggestion]:
    """`link_index` with the collector paused."""
    global _WORKER_STATE
    total = index.slot_count()
    lookups = _lookups(index)
    bounds = [(start, min(total, start + chunk)) for start in range(0, total, chunk)]
    links: list[LinkSuggestion] = []
    scored = 0
    use_fork = workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods()
    if use_fork:
        _WORKER_STATE = (index, lookups)
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
            part, count = _link_slots(index, lookups, range(lo, hi))
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
    forms: Mapping[ClaimId, str | None] | None = None,
) -> list[LinkSuggestion]:
    """Batch: index all claims (with their stored `forms`, see ClaimIndex.add), then link each pair of candidates
    once; `workers` defaults to 1."""
    index = ClaimIndex(settings)
    index.add(refs, forms)
    return link_index(index, progress=progress, workers=workers or 1)


def default_workers() -> int:
    """Processes for a batch relink on this machine."""
    return max(1, os.cpu_count() or 1)
