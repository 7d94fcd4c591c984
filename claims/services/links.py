"""Linking claims across outlets: the matcher engine over the database, links decided by people kept."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from flask import current_app, has_app_context
from sqlalchemy import Row, Select, bindparam, delete, event, insert, inspect, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, SessionTransaction

from claims.errors import ValidationError
from claims.extensions import db
from claims.matching import (
    ClaimIndex,
    ClaimRef,
    LinkSuggestion,
    MatchSettings,
    clusters,
    collector_paused,
    form_is_for,
    form_of,
    link_all,
    link_new,
    make_ref,
    suggest_stories,
)
from claims.models import Article, Claim, ClaimLink, LinkRelation, LinkStatus, Outlet, Role, User
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
    analyses_stored: int = 0  # claims whose stored text analysis was missing or stale, written now


def _ref_query() -> Select:
    """The columns a ClaimRef is built from, for live claims (reviewed attribution wins).

    The story is given to the matcher by id (a renamed story stays one scope).
    """
    return (
        select(
            Claim.id,
            Claim.article_id,
            Outlet.name,
            Claim.text,
            Article.story_id,
            Article.published,
            Claim.quantities,
            Claim.dates,
            Claim.final_source_type,
            Claim.source_type,
            Claim.final_source_name,
            Claim.source_name,
            Claim.source_affiliation,
            Claim.version,
            Claim.match_form,
        )
        .join(Article, Article.id == Claim.article_id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .where(Claim.deleted_at.is_(None))
    )


def _refs(
    query: Select, seen: dict[int, tuple[int, Part]] | None = None, forms: dict[int, str | None] | None = None
) -> list[ClaimRef]:
    """ClaimRefs for the rows of a _ref_query; `seen` receives each claim's version and scope part, `forms` its
    stored match form."""
    refs = []
    for row in _rows(query):
        cid, aid, outlet, text, story_id, published, quantities, dates, final_type, suggested_type = row[:10]
        final_name, suggested_name, affiliation, version, form = row[10:]
        if seen is not None:
            seen[cid] = (version, _part(story_id, published))
        if forms is not None:
            forms[cid] = form
        refs.append(
            make_ref(
                cid,
                aid,
                outlet,
                text,
                story=None if story_id is None else str(story_id),
                published=published,
                quantities=quantities or (),
                dates=dates or (),
                source_type=final_type or suggested_type,
                source_name=final_name if final_type else suggested_name,
                # where the suggested person works, while the reviewed source is still that person
                source_affiliation=affiliation if not final_type or final_name == suggested_name else None,
            )
        )
    return refs


def _rows(query: Select) -> Iterable[Row]:
    """The rows of a plain column query, read through Core (the ORM's row handling is not needed), fetched
    a few thousand at a time (row by row the driver's per-row call cost as much as building the claims)."""
    for rows in db.session.connection().execute(query).partitions(2000):
        yield from rows


def _in_scope_of(query: Select, article: Article, settings: MatchSettings, *, own: bool = False) -> Select:
    """`query` (joined to Article) narrowed to the claims a new article's claims may link to.

    Its story's claims, else those of loose articles published in the date window; its own only if `own`.
    """
    query = query.where(Claim.deleted_at.is_(None))
    if not own:
        query = query.where(Claim.article_id != article.id)
    if article.story_id is not None:
        return query.where(Article.story_id == article.story_id)
    if article.published is not None:
        window = dt.timedelta(days=settings.date_window_days)
        return query.where(
            Article.story_id.is_(None),
            Article.published.between(article.published - window, article.published + window),
        )
    return query.where(Article.story_id.is_(None), Article.published.is_(None))


def scope_refs(article: Article, settings: MatchSettings) -> list[ClaimRef]:
    """The claims a new article's claims may link to: its story's, else those published in the date window."""
    return _refs(_in_scope_of(_ref_query(), article, settings))


Part = tuple[str, object]  # ("story", story id) | ("day", date) | ("undated", None): where a claim lies


def _part(story_id: int | None, published: dt.date | None) -> Part:
    """The piece of a scope a claim lies in."""
    if story_id is not None:
        return ("story", story_id)
    return ("day", published) if published is not None else ("undated", None)


def _parts_of(article: Article, settings: MatchSettings) -> list[Part]:
    """The pieces of the scope a new article links against."""
    if article.story_id is not None or article.published is None:
        return [_part(article.story_id, article.published)]
    days = settings.date_window_days
    return [("day", article.published + dt.timedelta(days=d)) for d in range(-days, days + 1)]


class KeptIndex:
    """The matcher's index kept between imports (one per app process and settings), in step with the database.

    Each import asks the database which claims its scope holds, with their versions (one indexed query of
    small columns; a claim's version rises with every change to it), and refreshes only the difference:
    claims new to the scope or changed since, and claims gone (deleted, moved to another story or date).
    A scope is loaded the first time an import needs it. Claims indexed in a transaction that is rolled
    back are forgotten again (their ids may be reused). Beyond `max_claims` the parts of scopes used least
    recently are let go (they load again when an import needs them): memory stays bounded in a long-running
    process.
    """

    def __init__(self, settings: MatchSettings, max_claims: int = 500_000) -> None:
        """Empty: scopes load on demand."""
        self.settings = settings
        self.max_claims = max_claims
        self.index = ClaimIndex(settings)
        self.lock = threading.RLock()
        self._seen: dict[int, tuple[int, Part]] = {}  # claim id -> (version, part) as indexed
        self._members: dict[Part, set[int]] = {}
        self._used: dict[Part, None] = {}  # parts, least recently used first
        self._pending: dict[int, set[int]] = {}  # id(session) -> claims indexed in its open transaction

    def refresh(self, article: Article, coming: Collection[int] = (), unformed: list[ClaimRef] | None = None) -> int:
        """Bring the article's scope up to date with the database; returns how many claims were (re)loaded.

        The article's own claims are part of its scope here: those the index holds are kept in step too. Claims
        in `coming` are left out: the caller indexes them itself right after (an import's new claims, which
        would otherwise be read and prepared twice, the second time replacing the first). `unformed` receives the
        claims loaded without a usable stored analysis.
        """
        parts = _parts_of(article, self.settings)
        for part in parts:
            self._used.pop(part, None)
            self._used[part] = None
        whole = _in_scope_of(_ref_query(), article, self.settings, own=True)
        with collector_paused():  # the kept index is many objects: collections now would walk them all
            if not any(self._members.get(p) for p in parts):  # a scope seen for the first time: one query
                seen: dict[int, tuple[int, Part]] = {}
                forms: dict[int, str | None] = {}
                refs = [r for r in _refs(whole, seen, forms) if r.id not in coming]
                self.index.add(refs, forms)
                _unformed(refs, forms, unformed)
                self._note({r.id: seen[r.id] for r in refs})
                _settle()
                return len(refs)
            query = select(Claim.id, Claim.version, Article.story_id, Article.published).join(
                Article, Article.id == Claim.article_id
            )
            current = {
                cid: (version, _part(story_id, published))
                for cid, version, story_id, published in _rows(_in_scope_of(query, article, self.settings, own=True))
            }
            held = set().union(*(self._members.get(p, set()) for p in parts))
            self._forget(held - current.keys())
            stale = sorted(
                cid for cid, seen_as in current.items() if self._seen.get(cid) != seen_as and cid not in coming
            )
            forms = {}
            if len(stale) > 500:  # much of the scope is new (a window that moved): read all of it
                wanted = set(stale)
                refs = [r for r in _refs(whole, forms=forms) if r.id in wanted]
            else:
                refs = _refs(_ref_query().where(Claim.id.in_(stale)), forms=forms) if stale else []
            self.index.add(refs, forms)
            _unformed(refs, forms, unformed)
            self._note({r.id: current[r.id] for r in refs})
            if len(refs) > 500:
                _settle()
            return len(refs)

    def trim(self) -> int:
        """Let go of the least recently used parts while the index holds more than `max_claims`; returns how many."""
        let_go = 0
        while len(self.index) > self.max_claims and len(self._used) > 1:
            part = next(iter(self._used))
            del self._used[part]
            ids = list(self._members.get(part, ()))
            self._forget(ids)
            self._members.pop(part, None)
            let_go += len(ids)
        return let_go

    def note_new(self, seen: dict[int, tuple[int, Part]]) -> None:
        """Record claims link_new just added to the index (the importing article's), until their transaction ends."""
        self._note(seen)
        self._pending.setdefault(id(db.session()), set()).update(seen)
        self.trim()

    def transaction_ended(self, session: object, committed: bool) -> None:
        """Keep what a committed transaction indexed; forget what a rolled-back or abandoned one did."""
        ids = self._pending.pop(id(session), set())
        if not committed and ids:
            with self.lock:
                self._forget(ids)

    def _note(self, seen: dict[int, tuple[int, Part]]) -> None:
        for cid, (version, part) in seen.items():
            old = self._seen.get(cid)
            if old is not None and old[1] != part:
                self._members[old[1]].discard(cid)
            self._seen[cid] = (version, part)
            self._members.setdefault(part, set()).add(cid)

    def _forget(self, ids: Iterable[int]) -> None:
        ids = [cid for cid in ids if cid in self._seen]
        self.index.remove(ids)
        for cid in ids:
            self._members[self._seen.pop(cid)[1]].discard(cid)


def _unformed(refs: list[ClaimRef], forms: dict[int, str | None], out: list[ClaimRef] | None) -> None:
    """Add to `out` the claims among `refs` whose stored analysis was missing or stale."""
    if out is not None:
        out.extend(r for r in refs if not form_is_for(forms.get(r.id), r.text))


def _settle() -> None:
    """Move what a scope load made to the collector's oldest generation without walking it (freeze, then unfreeze).

    Thousands of claims just indexed are young objects: the next collections would walk them all, in the middle
    of linking (measured on 1M claims: 7-47 ms of a first import into a 2,400-5,400-claim window, 0.2 ms after).
    """
    gc.freeze()
    gc.unfreeze()


def kept_index(settings: MatchSettings) -> KeptIndex:
    """This app's kept index for these settings (made on first use)."""
    kept: dict[MatchSettings, KeptIndex] = current_app.extensions.setdefault("claims.kept_index", {})
    if settings not in kept:
        kept[settings] = KeptIndex(settings, current_app.config.get("KEPT_INDEX_CLAIMS", 500_000))
    return kept[settings]


def warm_kept_index(day: dt.date | None = None, settings: MatchSettings | None = None) -> int:
    """Load the date window around `day` (today by default) into the kept index; returns how many claims it read.

    An article published that day or near it without a story links against this window: its import then finds
    the window loaded instead of reading and indexing thousands of claims first. Analyses it had to redo are
    stored (see _warm).
    """
    settings = settings or match_settings()
    return _warm(kept_index(settings), Article(published=day or dt.date.today()))


def _warm(kept: KeptIndex, scope: Article) -> int:
    """Load a scope into the kept index (under its lock); returns how many claims it read.

    Claims it had to analyse (stored before their analysis was, or by a version whose text analysis differs) get
    it stored, committed at once: the next process reads it. A form stored for a text since changed is harmless
    (its checksum no longer matches, so it is not used).
    """
    unformed: list[ClaimRef] = []
    with kept.lock:
        read = kept.refresh(scope, unformed=unformed)  # `scope` is never added to the session
    if unformed:
        try:
            store_forms(unformed, {})
            db.session.commit()
        except SQLAlchemyError:  # a database this app cannot write to: the claims stay loaded, only slower next time
            db.session.rollback()
            current_app.logger.warning("could not store the text analyses of %d claims", len(unformed), exc_info=True)
    return read


def warm_loose_windows(day: dt.date | None = None, settings: MatchSettings | None = None) -> tuple[int, int]:
    """Load the date windows of the other articles without a story, newest first, while the kept index holds less
    than half its bound (the rest is room for stories and imports); returns (claims read, windows loaded).

    After today's window (warm_kept_index) this leaves a loose article of any other day finding its window loaded
    too, on all but the largest databases. Each window is loaded under the lock on its own: imports go on between.
    """
    settings = settings or match_settings()
    kept = kept_index(settings)
    window = dt.timedelta(days=settings.date_window_days)
    today = day or dt.date.today()
    days = db.session.scalars(
        select(Article.published)
        .where(Article.story_id.is_(None), Article.published.is_not(None))
        .group_by(Article.published)
        .order_by(Article.published.desc())
    ).all()
    read = windows = 0
    loaded_from = None  # the days from this one on are loaded (besides today's window)
    for published in days:
        if today - window <= published <= today + window or (loaded_from is not None and published >= loaded_from):
            continue
        if len(kept.index) >= kept.max_claims // 2:
            break
        # The window ending on this day takes in the most days not loaded yet (the days come newest first).
        centre = published - window
        read += _warm(kept, Article(published=centre))
        windows += 1
        loaded_from = centre - window
    return read, windows


@event.listens_for(Claim, "before_insert")
def _form_on_insert(mapper: object, connection: object, claim: Claim) -> None:
    """A new claim is stored with the matcher's analysis of its text: loading it into the kept index then reads
    the analysis instead of redoing it (most of a load's cost)."""
    if not form_is_for(claim.match_form, claim.text):
        claim.match_form = form_of(claim.text)


@event.listens_for(Claim, "before_update")
def _form_on_update(mapper: object, connection: object, claim: Claim) -> None:
    """A claim whose text changes gets the analysis of its new text."""
    if inspect(claim).attrs.text.history.has_changes():
        claim.match_form = form_of(claim.text)


@event.listens_for(Session, "after_commit")
def _kept_committed(session: Session) -> None:
    _transaction_ended(session, committed=True)


@event.listens_for(Session, "after_transaction_end")
def _kept_ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost: rolled back or closed (a commit told us first)
        _transaction_ended(session, committed=False)


def _transaction_ended(session: Session, committed: bool) -> None:
    """Tell the kept indexes of the app in use that a session's transaction ended."""
    if not has_app_context():
        return
    for kept in current_app.extensions.get("claims.kept_index", {}).values():
        kept.transaction_ended(session, committed)


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
    if new_rows:  # one statement for all rows: None fields written as NULL, not a statement of their own
        db.session.execute(insert(ClaimLink).execution_options(render_nulls=True), new_rows)
    if updates:
        db.session.execute(update(ClaimLink), updates)
    return len(new_rows), len(updates)


def match_settings() -> MatchSettings:
    """The matcher settings of this app: defaults with the configured ones (CLAIMS_MATCH_* variables) applied."""
    return MatchSettings(**current_app.config.get("MATCH_SETTINGS", {}))


def link_article(article: Article, settings: MatchSettings | None = None) -> list[LinkSuggestion]:
    """Link a newly imported article's claims against the claims in its scope and store the suggestions."""
    settings = settings or match_settings()
    seen: dict[int, tuple[int, Part]] = {}
    forms: dict[int, str | None] = {}
    new_refs = _refs(_ref_query().where(Claim.article_id == article.id), seen, forms)
    if not new_refs:
        return []
    decided = decided_pairs(r.id for r in new_refs)
    kept = kept_index(settings)
    with kept.lock:
        kept.refresh(article, coming=seen.keys())
        links = link_new(
            kept.index, new_refs, settings, exclude=lambda a, b: (min(a, b), max(a, b)) in decided, forms=forms
        )
        kept.note_new(seen)
    _store(links, decided)
    merge_clusters((s.a, s.b) for s in links)
    return links


def relink_all(
    settings: MatchSettings | None = None,
    *,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
    forms_progress: Callable[[int, int], None] | None = None,
) -> LinkReport:
    """Link every live claim; `rebuild` first drops the matcher's suggestions (people's decisions stay).

    Claims without a usable stored analysis get one (`forms_progress` follows the writing).
    """
    settings = settings or match_settings()
    if rebuild:
        db.session.execute(delete(ClaimLink).where(ClaimLink.status == LinkStatus.SUGGESTED.value))
    forms: dict[int, str | None] = {}
    refs = _refs(_ref_query(), forms=forms)
    stored = store_forms(refs, forms, progress=forms_progress)  # first: the index then reads them, not the texts
    links = link_all(refs, settings, progress=progress, workers=workers, forms=forms)
    decided = decided_pairs()
    added, refreshed = _store(links, decided)
    count = rebuild_clusters()
    return LinkReport(len(refs), added, refreshed, len(decided), count, stored)


def store_forms(
    refs: Sequence[ClaimRef], forms: dict[int, str | None], progress: Callable[[int, int], None] | None = None
) -> int:
    """Store the matcher's analysis of the claims whose stored one is missing or stale (claims written before
    analyses were stored, or by a version whose text analysis differs); returns how many were written. `forms`
    (claim id -> stored form) gets the forms written.

    Storing an analysis is no change to the claim: its version and update time stay.
    """
    todo = [r for r in refs if not form_is_for(forms.get(r.id), r.text)]
    table = Claim.__table__
    statement = (
        table.update()
        .where(table.c.id == bindparam("claim"))
        .values(match_form=bindparam("form"), updated_at=table.c.updated_at)
    )
    for start in range(0, len(todo), 1000):
        chunk = todo[start : start + 1000]
        for r in chunk:
            forms[r.id] = form_of(r.text)
        db.session.execute(statement, [{"claim": r.id, "form": forms[r.id]} for r in chunk])
        if progress:
            progress(start + len(chunk), len(todo))
    return len(todo)


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
    current = dict(db.session.execute(select(Claim.id, Claim.cluster_id).where(Claim.id.in_(members))).all())
    _write_clusters(current, _components(edges), members)


def merge_clusters(edges: Iterable[tuple[int, int]]) -> None:
    """The clusters after links were only added or confirmed (an import's suggestions, a link made by hand): the
    clusters of the linked claims merge along the new links. Each cluster is connected already and nothing splits,
    so no link is walked: two reads and a write, where `update_clusters` (for a rejected link) walks every link of
    the clusters it meets."""
    edges = list(edges)
    if not edges:
        return
    seeds = {i for edge in edges for i in edge}
    current = dict(db.session.execute(select(Claim.id, Claim.cluster_id).where(Claim.id.in_(seeds))).all())
    old = {c for c in current.values() if c is not None}
    if old:
        current.update(db.session.execute(select(Claim.id, Claim.cluster_id).where(Claim.cluster_id.in_(old))).all())
    # A cluster's id is its smallest member: joining each member to it joins the cluster as a whole.
    joined = [*edges, *((i, c) for i, c in current.items() if c is not None)]
    _write_clusters(current, _components(joined), seeds | current.keys())


def _write_clusters(current: dict[int, int | None], mapping: dict[int, int], members: Iterable[int]) -> None:
    """Store the clusters of `members` (`mapping`, None for none) where they differ from `current`, in one
    statement (not one per cluster)."""
    changed = [{"claim": i, "cluster": mapping.get(i)} for i in members if current.get(i) != mapping.get(i)]
    if changed:
        table = Claim.__table__
        db.session.execute(  # a cluster is no change to the claim: its update time stays (queues and exports use it)
            table.update()
            .where(table.c.id == bindparam("claim"))
            .values(cluster_id=bindparam("cluster"), updated_at=table.c.updated_at),
            changed,
        )


def rebuild_clusters() -> int:
    """Recompute every claim's cluster from all links; returns how many clusters there are."""
    mapping = _components(_live_edges())
    db.session.execute(
        update(Claim)
        .where(Claim.cluster_id.is_not(None))
        .values(cluster_id=None, updated_at=Claim.updated_at)
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
                .values(cluster_id=cluster_id, updated_at=Claim.updated_at)
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
    if status == LinkStatus.REJECTED.value:
        update_clusters({link.claim_a_id, link.claim_b_id})  # a link gone may split its cluster
    else:
        merge_clusters([(link.claim_a_id, link.claim_b_id)])
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
    merge_clusters([(low, high)])
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
