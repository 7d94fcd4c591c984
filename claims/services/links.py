"""Linking claims across outlets: the matcher engine over the database, links decided by people kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, delete, insert, or_, select, update

from claims.errors import ValidationError
from claims.extensions import db
from claims.matching import (
    ClaimIndex,
    ClaimRef,
    LinkSuggestion,
    MatchSettings,
    clusters,
    link_all,
    link_new,
    make_ref,
    suggest_stories,
)
from claims.models import Article, Claim, ClaimLink, LinkRelation, LinkStatus, Outlet, Role, Story, User
from claims.services.annotations import require_role
from claims.services.audit import record_event

DECIDED = (LinkStatus.CONFIRMED.value, LinkStatus.REJECTED.value)
CONFLICT_FIELDS = ("quantity", "date", "attribution", "fact")


@dataclass(frozen=True)
class LinkReport:
    """What a linking pass did."""

    claims: int
    suggested: int
    updated: int
    kept_decided: int
    clusters: int


def _ref_query() -> Select:
    """The columns a ClaimRef is built from, for live claims (reviewed attribution wins)."""
    return (
        select(
            Claim.id,
            Claim.article_id,
            Outlet.name,
            Claim.text,
            Story.name,
            Article.published,
            Claim.quantities,
            Claim.dates,
            Claim.final_source_type,
            Claim.source_type,
            Claim.final_source_name,
            Claim.source_name,
        )
        .join(Article, Article.id == Claim.article_id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Story, Story.id == Article.story_id)
        .where(Claim.deleted_at.is_(None))
    )


def _refs(query: Select) -> list[ClaimRef]:
    """ClaimRefs for the rows of a _ref_query."""
    refs = []
    for row in db.session.execute(query):
        cid, aid, outlet, text, story, published, quantities, dates, final_type, suggested_type = row[:10]
        final_name, suggested_name = row[10:]
        refs.append(
            make_ref(
                cid,
                aid,
                outlet,
                text,
                story=story,
                published=published,
                quantities=quantities or (),
                dates=dates or (),
                source_type=final_type or suggested_type,
                source_name=final_name if final_type else suggested_name,
            )
        )
    return refs


def scope_refs(article: Article, settings: MatchSettings) -> list[ClaimRef]:
    """The claims a new article's claims may link to: its story's, else those published in the date window."""
    query = _ref_query().where(Claim.article_id != article.id)
    if article.story_id is not None:
        query = query.where(Article.story_id == article.story_id)
    elif article.published is not None:
        window = dt.timedelta(days=settings.date_window_days)
        query = query.where(
            Article.story_id.is_(None),
            Article.published.between(article.published - window, article.published + window),
        )
    else:
        query = query.where(Article.story_id.is_(None), Article.published.is_(None))
    return _refs(query)


def decided_pairs(claim_ids: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """Pairs a person confirmed or rejected (never re-suggested), optionally only those touching claim_ids."""
    query = select(ClaimLink.claim_a_id, ClaimLink.claim_b_id).where(ClaimLink.status.in_(DECIDED))
    if claim_ids is not None:
        ids = list(claim_ids)
        query = query.where(or_(ClaimLink.claim_a_id.in_(ids), ClaimLink.claim_b_id.in_(ids)))
    return {(a, b) for a, b in db.session.execute(query)}


def _store(links: Sequence[LinkSuggestion], decided: set[tuple[int, int]]) -> tuple[int, int]:
    """Insert new suggestions and refresh existing suggested ones; decided pairs are left alone."""
    pairs = {(min(s.a, s.b), max(s.a, s.b)): s for s in links}
    pairs = {p: s for p, s in pairs.items() if p not in decided}
    if not pairs:
        return 0, 0
    existing: dict[tuple[int, int], int] = {}
    ids = sorted({i for p in pairs for i in p})
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for link_id, a, b in db.session.execute(
            select(ClaimLink.id, ClaimLink.claim_a_id, ClaimLink.claim_b_id).where(ClaimLink.claim_a_id.in_(chunk))
        ):
            existing[(a, b)] = link_id
    new_rows, updates = [], []
    for (a, b), s in pairs.items():
        values = {"relation": str(s.relation), "field": str(s.field) if s.field else None, "score": round(s.score, 4)}
        if (a, b) in existing:
            updates.append({"id": existing[(a, b)], **values})
        else:
            new_rows.append(
                {"claim_a_id": a, "claim_b_id": b, "status": LinkStatus.SUGGESTED.value, "origin": "matcher", **values}
            )
    if new_rows:
        db.session.execute(insert(ClaimLink), new_rows)
    if updates:
        db.session.execute(update(ClaimLink), updates)
    return len(new_rows), len(updates)


def link_article(article: Article, settings: MatchSettings | None = None) -> list[LinkSuggestion]:
    """Link a newly imported article's claims against the claims in its scope and store the suggestions."""
    settings = settings or MatchSettings()
    new_refs = _refs(_ref_query().where(Claim.article_id == article.id))
    if not new_refs:
        return []
    index = ClaimIndex(settings)
    index.add(scope_refs(article, settings))
    decided = decided_pairs(r.id for r in new_refs)
    links = link_new(index, new_refs, settings, exclude=lambda a, b: (min(a, b), max(a, b)) in decided)
    _store(links, decided)
    update_clusters({i for s in links for i in (s.a, s.b)})
    return links


def relink_all(
    settings: MatchSettings | None = None,
    *,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> LinkReport:
    """Link every live claim; `rebuild` first drops the matcher's suggestions (people's decisions stay)."""
    settings = settings or MatchSettings()
    if rebuild:
        db.session.execute(delete(ClaimLink).where(ClaimLink.status == LinkStatus.SUGGESTED.value))
    refs = _refs(_ref_query())
    links = link_all(refs, settings, progress=progress, workers=workers)
    decided = decided_pairs()
    added, refreshed = _store(links, decided)
    count = rebuild_clusters()
    return LinkReport(len(refs), added, refreshed, len(decided), count)


def _live_edges(claim_ids: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """Pairs joined by a link that counts for clusters (suggested or confirmed, same or conflict)."""
    query = select(ClaimLink.claim_a_id, ClaimLink.claim_b_id).where(ClaimLink.status != LinkStatus.REJECTED.value)
    if claim_ids is not None:
        ids = list(claim_ids)
        query = query.where(or_(ClaimLink.claim_a_id.in_(ids), ClaimLink.claim_b_id.in_(ids)))
    return [(a, b) for a, b in db.session.execute(query)]


def _components(edges: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Each claim in `edges` mapped to the smallest claim id of its connected group."""
    return dict(clusters(edges))


def update_clusters(seeds: set[int]) -> None:
    """Recompute the clusters around `seeds` (and the clusters they were in), walking the links."""
    if not seeds:
        return
    old = set(db.session.scalars(select(Claim.cluster_id).where(Claim.id.in_(seeds), Claim.cluster_id.is_not(None))))
    members = set(seeds)
    if old:
        members |= set(db.session.scalars(select(Claim.id).where(Claim.cluster_id.in_(old))))
    frontier, edges = set(members), set()
    while frontier:
        found = _live_edges(frontier)
        edges.update(found)
        reached = {i for e in found for i in e} - members
        members |= reached
        frontier = reached
    mapping = _components(edges)
    for cluster_id in set(mapping.values()):
        ids = [i for i, c in mapping.items() if c == cluster_id]
        db.session.execute(
            update(Claim)
            .where(Claim.id.in_(ids))
            .values(cluster_id=cluster_id)
            .execution_options(synchronize_session=False)
        )
    alone = [i for i in members if i not in mapping]
    if alone:
        db.session.execute(
            update(Claim)
            .where(Claim.id.in_(alone))
            .values(cluster_id=None)
            .execution_options(synchronize_session=False)
        )


def rebuild_clusters() -> int:
    """Recompute every claim's cluster from all links; returns how many clusters there are."""
    mapping = _components(_live_edges())
    db.session.execute(
        update(Claim)
        .where(Claim.cluster_id.is_not(None))
        .values(cluster_id=None)
        .execution_options(synchronize_session=False)
    )
    by_cluster: dict[int, list[int]] = {}
    for claim_id, cluster_id in mapping.items():
        by_cluster.setdefault(cluster_id, []).append(claim_id)
    for cluster_id, ids in by_cluster.items():
        for start in range(0, len(ids), 500):
            db.session.execute(
                update(Claim)
                .where(Claim.id.in_(ids[start : start + 500]))
                .values(cluster_id=cluster_id)
                .execution_options(synchronize_session=False)
            )
    return len(by_cluster)


def links_of(claim: Claim) -> list[tuple[ClaimLink, Claim]]:
    """The claim's links (rejected ones too, so a person sees them) with the claim at the other end."""
    rows = db.session.execute(
        select(ClaimLink, Claim)
        .join(
            Claim,
            or_(
                (ClaimLink.claim_a_id == claim.id) & (Claim.id == ClaimLink.claim_b_id),
                (ClaimLink.claim_b_id == claim.id) & (Claim.id == ClaimLink.claim_a_id),
            ),
        )
        .where(Claim.deleted_at.is_(None))
        .order_by(ClaimLink.status == LinkStatus.REJECTED.value, ClaimLink.score.desc())
    )
    return [(link, other) for link, other in rows]


def decide_link(link: ClaimLink, user: User, status: str) -> ClaimLink:
    """A person confirms or rejects a link; the matcher never changes it afterwards."""
    require_role(user, "decide links", Role.REVIEWER, Role.LEAD)
    if status not in DECIDED:
        raise ValidationError("status", f"choose {' or '.join(DECIDED)}")
    before = {"status": link.status}
    link.status = status
    link.decided_by_id = user.id
    link.decided_at = dt.datetime.now(dt.UTC)
    db.session.flush()
    record_event("decide_link", "claim_link", link.id, user=user, before=before, after={"status": status})
    update_clusters({link.claim_a_id, link.claim_b_id})
    return link


def link_claims(a: Claim, b: Claim, user: User, relation: str, field: str | None = None) -> ClaimLink:
    """A person links two claims of different articles by hand (confirmed at once)."""
    require_role(user, "link claims", Role.REVIEWER, Role.LEAD)
    if a.id == b.id or a.article_id == b.article_id:
        raise ValidationError("claim", "link claims of two different articles")
    if relation not in set(LinkRelation):
        raise ValidationError("relation", f"choose {' or '.join(LinkRelation)}")
    if relation == LinkRelation.CONFLICT and field not in CONFLICT_FIELDS:
        raise ValidationError("field", f"a conflict needs a field: {', '.join(CONFLICT_FIELDS)}")
    low, high = sorted((a.id, b.id))
    link = db.session.scalar(select(ClaimLink).where(ClaimLink.claim_a_id == low, ClaimLink.claim_b_id == high))
    before = {"status": link.status, "relation": link.relation, "field": link.field} if link else None
    if link is None:
        link = ClaimLink(claim_a_id=low, claim_b_id=high, origin="manual", score=1.0)
        db.session.add(link)
    link.relation = relation
    link.field = field if relation == LinkRelation.CONFLICT else None
    link.status = LinkStatus.CONFIRMED.value
    link.decided_by_id = user.id
    link.decided_at = dt.datetime.now(dt.UTC)
    db.session.flush()
    record_event(
        "link",
        "claim_link",
        link.id,
        user=user,
        before=before,
        after={"a": low, "b": high, "relation": relation, "field": link.field},
    )
    update_clusters({low, high})
    return link


def suggested_stories(min_links: int = 3) -> list[tuple[list[Article], int]]:
    """Groups of articles outside any story that share at least `min_links` linked claims, most linked first."""
    rows = db.session.execute(
        select(ClaimLink.claim_a_id, ClaimLink.claim_b_id, ClaimLink.relation, ClaimLink.field, ClaimLink.score)
        .join(Claim, Claim.id == ClaimLink.claim_a_id)
        .join(Article, Article.id == Claim.article_id)
        .where(ClaimLink.status != LinkStatus.REJECTED.value, Article.story_id.is_(None))
    ).all()
    claim_ids = {i for a, b, *_ in rows for i in (a, b)}
    article_of = dict(
        db.session.execute(
            select(Claim.id, Claim.article_id)
            .join(Article, Article.id == Claim.article_id)
            .where(Claim.id.in_(claim_ids), Article.story_id.is_(None), Claim.deleted_at.is_(None))
        ).all()
    )
    links = [
        LinkSuggestion(a, b, relation, field, score)
        for a, b, relation, field, score in rows
        if a in article_of and b in article_of
    ]
    groups = suggest_stories(links, article_of, min_links=min_links)
    articles = {
        a.id: a
        for a in db.session.scalars(select(Article).where(Article.id.in_({i for g in groups for i in g.articles})))
    }
    return [([articles[i] for i in group.articles], group.links) for group in groups]
