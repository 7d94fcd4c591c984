"""The cross-outlet comparison report of one story, built from plain data (no Flask, no database)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations


class Coverage(StrEnum):
    """What one outlet does with one cluster's fact."""

    STATES = "states it"
    DIFFERS = "states it differently"
    ABSENT = "absent"


@dataclass(frozen=True)
class ArticleInfo:
    """An article of the story."""

    id: int
    outlet: str
    title: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class ClaimInfo:
    """A live claim of the story with the fields the report reads."""

    id: int
    article_id: int
    text: str
    source_type: str
    source_name: str | None
    cluster_id: int | None


@dataclass(frozen=True)
class LinkInfo:
    """A link that counts (suggested or confirmed), between two of the story's claims."""

    a: int
    b: int
    relation: str
    field: str | None


@dataclass(frozen=True)
class Row:
    """One cluster: a fact stated by several articles."""

    cluster_id: int
    label: str
    cells: dict[str, Coverage]
    claims: dict[str, list[int]]
    first_seen: dt.date | None
    first_outlets: list[str]
    conflict_fields: list[str]


@dataclass(frozen=True)
class Derivation:
    """Two articles sharing facts, in publication order."""

    earlier: int
    later: int
    shared: int
    share_of_later: float
    days_apart: int | None


@dataclass
class Report:
    """Everything the comparison shows."""

    story: str
    outlets: list[str]
    articles: list[ArticleInfo]
    rows: list[Row]
    unique: dict[str, list[ClaimInfo]]
    sourcing: dict[str, dict[str, int]]
    shared_sourcing: dict[str, dict[str, int]]
    derivations: list[Derivation]
    claims: dict[int, ClaimInfo] = field(repr=False)
    article_by_id: dict[int, ArticleInfo] = field(repr=False)

    def firsts(self, outlet: str) -> int:
        """How many shared facts this outlet reported first (ties count for each)."""
        return sum(outlet in row.first_outlets for row in self.rows)

    @property
    def conflicts(self) -> list[Row]:
        """Clusters where outlets differ on a number, date, source or fact."""
        return [r for r in self.rows if r.conflict_fields]

    def to_dict(self) -> dict:
        """JSON-ready."""

        def day(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "story": self.story,
            "outlets": self.outlets,
            "articles": [
                {"id": a.id, "outlet": a.outlet, "title": a.title, "url": a.url, "published": day(a.published)}
                for a in self.articles
            ],
            "coverage": [
                {
                    "cluster_id": r.cluster_id,
                    "fact": r.label,
                    "cells": {o: str(c) for o, c in r.cells.items()},
                    "claims": {o: [self.claims[i].text for i in ids] for o, ids in r.claims.items()},
                    "first_seen": day(r.first_seen),
                    "first_outlets": r.first_outlets,
                    "conflict_fields": r.conflict_fields,
                }
                for r in self.rows
            ],
            "unique": {o: [c.text for c in cs] for o, cs in self.unique.items()},
            "sourcing": self.sourcing,
            "shared_sourcing": self.shared_sourcing,
            "derivations": [
                {
                    "earlier": self.article_by_id[d.earlier].outlet,
                    "later": self.article_by_id[d.later].outlet,
                    "earlier_article": d.earlier,
                    "later_article": d.later,
                    "shared": d.shared,
                    "share_of_later": round(d.share_of_later, 3),
                    "days_apart": d.days_apart,
                }
                for d in self.derivations
            ],
        }


def build_report(story: str, articles: list[ArticleInfo], claims: list[ClaimInfo], links: list[LinkInfo]) -> Report:
    """Coverage matrix, conflicts, sourcing, unique claims, derivation and timeline of a story."""
    article_by_id = {a.id: a for a in articles}
    outlets = sorted({a.outlet for a in articles})
    by_id = {c.id: c for c in claims}
    clustered: dict[int, list[ClaimInfo]] = defaultdict(list)
    for claim in claims:
        if claim.cluster_id is not None:
            clustered[claim.cluster_id].append(claim)
    disputes: dict[int, set[frozenset[str]]] = defaultdict(set)  # cluster -> pairs of outlets in conflict
    conflict_fields: dict[int, set[str]] = defaultdict(set)
    for link in links:
        if link.relation != "conflict" or link.a not in by_id or link.b not in by_id:
            continue
        cluster = by_id[link.a].cluster_id
        if cluster is None:
            continue
        conflict_fields[cluster].add(link.field or "fact")
        pair = frozenset(article_by_id[by_id[i].article_id].outlet for i in (link.a, link.b))
        if len(pair) == 2:
            disputes[cluster].add(pair)
    rows = []
    for cluster_id, members in clustered.items():
        per_outlet: dict[str, list[int]] = defaultdict(list)
        for claim in members:
            per_outlet[article_by_id[claim.article_id].outlet].append(claim.id)
        if len(per_outlet) < 2:
            continue
        dates = [(article_by_id[c.article_id].published, article_by_id[c.article_id].outlet) for c in members]
        differs = _differing(per_outlet, disputes[cluster_id], dates)
        cells = {
            o: (Coverage.DIFFERS if o in differs else Coverage.STATES) if o in per_outlet else Coverage.ABSENT
            for o in outlets
        }
        known = [d for d, _ in dates if d is not None]
        first = min(known) if known else None
        label = min((c.text for c in members), key=len)
        rows.append(
            Row(
                cluster_id=cluster_id,
                label=label,
                cells=cells,
                claims=dict(per_outlet),
                first_seen=first,
                first_outlets=sorted({o for d, o in dates if d == first}) if first else [],
                conflict_fields=sorted(
                    conflict_fields[cluster_id], key=["quantity", "date", "attribution", "fact"].index
                ),
            )
        )
    rows.sort(key=lambda r: (-sum(c is not Coverage.ABSENT for c in r.cells.values()), r.first_seen or dt.date.max))
    in_rows = {i for r in rows for ids in r.claims.values() for i in ids}
    unique: dict[str, list[ClaimInfo]] = {o: [] for o in outlets}
    sourcing: dict[str, Counter] = {o: Counter() for o in outlets}
    shared: dict[str, Counter] = {o: Counter() for o in outlets}
    for claim in claims:
        outlet = article_by_id[claim.article_id].outlet
        sourcing[outlet][_sourcing_kind(claim.source_type)] += 1
        if claim.id in in_rows:
            shared[outlet][_sourcing_kind(claim.source_type)] += 1
        else:
            unique[outlet].append(claim)
    return Report(
        story=story,
        outlets=outlets,
        articles=sorted(articles, key=lambda a: (a.published or dt.date.max, a.id)),
        rows=rows,
        unique=unique,
        sourcing={o: dict(c) for o, c in sourcing.items()},
        shared_sourcing={o: dict(c) for o, c in shared.items()},
        derivations=_derivations(articles, claims, rows),
        claims=by_id,
        article_by_id=article_by_id,
    )


def _differing(
    per_outlet: dict[str, list[int]], disputes: set[frozenset[str]], dates: list[tuple[dt.date | None, str]]
) -> set[str]:
    """The outlets that state a fact differently from its reference version.

    The reference is the outlet most of the others agree with (fewest conflicts), the first to publish on a tie;
    an outlet in conflict with it states the fact differently. Who is right is for a reviewer to say.
    """
    if not disputes:
        return set()
    first: dict[str, dt.date] = {}
    for day, outlet in dates:
        if day is not None and (outlet not in first or day < first[outlet]):
            first[outlet] = day
    against = {o: sum(o in pair for pair in disputes) for o in per_outlet}
    reference = min(per_outlet, key=lambda o: (against[o], first.get(o, dt.date.max), o))
    return {o for o in per_outlet if frozenset((o, reference)) in disputes}


SOURCING_KINDS = ("named", "anonymous", "another outlet", "document", "unattributed")


def _sourcing_kind(source_type: str) -> str:
    """The report's coarser sourcing classes."""
    return {
        "named_person": "named",
        "organization": "named",
        "anonymous": "anonymous",
        "media_outlet": "another outlet",
        "document": "document",
    }.get(source_type, "unattributed")


def _derivations(articles: list[ArticleInfo], claims: list[ClaimInfo], rows: list[Row]) -> list[Derivation]:
    """Article pairs sharing facts, most shared first: how much of the later one repeats the earlier."""
    per_article = Counter(c.article_id for c in claims)
    article_clusters: dict[int, set[int]] = defaultdict(set)
    by_id = {c.id: c for c in claims}
    for row in rows:
        for ids in row.claims.values():
            for claim_id in ids:
                article_clusters[by_id[claim_id].article_id].add(row.cluster_id)
    found = []
    ordered = sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))
    for earlier, later in combinations(ordered, 2):
        shared = len(article_clusters[earlier.id] & article_clusters[later.id])
        if not shared or earlier.outlet == later.outlet:
            continue
        days = (later.published - earlier.published).days if earlier.published and later.published else None
        found.append(Derivation(earlier.id, later.id, shared, shared / max(per_article[later.id], 1), days))
    return sorted(found, key=lambda d: (-d.share_of_later, -d.shared))
