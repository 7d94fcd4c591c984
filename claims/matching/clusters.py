"""Groups built on links: claim clusters (connected components) and story suggestions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from claims.matching.scoring import sort_key
from claims.matching.types import ClaimId, LinkSuggestion, StorySuggestion


class _DisjointSet:
    """Union-find over hashable ids."""

    def __init__(self) -> None:
        """An empty forest."""
        self.parent: dict[ClaimId, ClaimId] = {}

    def find(self, x: ClaimId) -> ClaimId:
        """The root of x, compressing the path."""
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: ClaimId, b: ClaimId) -> None:
        """Join the sets of a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if sort_key(rb) < sort_key(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


def clusters(links: Iterable[LinkSuggestion | tuple[ClaimId, ClaimId]]) -> dict[ClaimId, ClaimId]:
    """Connected components of same/conflict links: claim id -> cluster id (the smallest claim id in it)."""
    forest = _DisjointSet()
    for link in links:
        a, b = (link.a, link.b) if isinstance(link, LinkSuggestion) else link
        forest.union(a, b)
    members: dict[ClaimId, list[ClaimId]] = {}
    for claim_id in forest.parent:
        members.setdefault(forest.find(claim_id), []).append(claim_id)
    out: dict[ClaimId, ClaimId] = {}
    for group in members.values():
        cluster_id = min(group, key=sort_key)
        for claim_id in group:
            out[claim_id] = cluster_id
    return dict(sorted(out.items(), key=lambda kv: sort_key(kv[0])))


def suggest_stories(
    links: Iterable[LinkSuggestion],
    article_of: Mapping[ClaimId, ClaimId] | Callable[[ClaimId], ClaimId],
    min_links: int = 3,
    story_of: Mapping[ClaimId, str | None] | None = None,
) -> list[StorySuggestion]:
    """Articles joined by at least `min_links` linked claims, grouped transitively, proposed as one story.

    `story_of` (article id -> story) leaves out article pairs that already share a story.
    """
    lookup = article_of.__getitem__ if isinstance(article_of, Mapping) else article_of
    pair_links: Counter[tuple[ClaimId, ClaimId]] = Counter()
    for link in links:
        x, y = lookup(link.a), lookup(link.b)
        if x == y:
            continue
        if story_of is not None and story_of.get(x) is not None and story_of.get(x) == story_of.get(y):
            continue
        pair_links[(x, y) if sort_key(x) <= sort_key(y) else (y, x)] += 1
    strong = [(pair, n) for pair, n in pair_links.items() if n >= min_links]
    forest = _DisjointSet()
    for (x, y), _ in strong:
        forest.union(x, y)
    groups: dict[ClaimId, list[ClaimId]] = {}
    counts: Counter[ClaimId] = Counter()
    for (x, _), n in strong:
        counts[forest.find(x)] += n
    for article in forest.parent:
        groups.setdefault(forest.find(article), []).append(article)
    out = []
    for root, articles in groups.items():
        articles.sort(key=sort_key)
        pairs = len(articles) * (len(articles) - 1) / 2
        out.append(StorySuggestion(tuple(articles), counts[root], round(counts[root] / pairs, 4)))
    out.sort(key=lambda s: (-s.links, [sort_key(a) for a in s.articles]))
    return out
