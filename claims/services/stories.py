"""Stories: grouping articles, picking reviewers, spreading claims over them, and each reviewer's queue."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, delete, func, select

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Annotation, Article, Assignment, Claim, Outlet, Role, Story, StoryReviewer, User
from claims.services.annotations import SETTLED, refresh_claim_status, require_role
from claims.services.audit import record_event

MAX_ANNOTATIONS_REQUIRED = 10
MAX_STORY_NAME = 200
DEFAULT_QUEUE_LIMIT = 200
# Roles that may be picked to annotate a story's claims.
ANNOTATOR_ROLES = (Role.REVIEWER, Role.LEAD)


@dataclass(frozen=True)
class QueueItem:
    """One claim waiting for the user's annotation."""

    claim_id: int
    article_id: int
    story_id: int | None
    story_name: str | None
    article_title: str | None
    outlet: str
    text: str
    start: int
    status: str


@dataclass(frozen=True)
class ReviewQueue:
    """The user's next pending claims in queue order (at most `limit`) and the user's totals.

    An assignment is done once the reviewer annotated the claim, or once the claim was settled or
    deleted without them (closed, see close_assignments), so `pending` counts only real work.
    """

    items: tuple[QueueItem, ...]
    assigned: int
    done: int
    pending: int


def story_record(story: Story) -> dict[str, object]:
    """A story's settings as a JSON-ready dict (audit before/after)."""
    return {
        "name": story.name,
        "description": story.description,
        "annotations_required": story.annotations_required,
    }


def _clean_name(name: str, story: Story | None = None) -> str:
    """A stripped, unused story name; ValidationError otherwise."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", "a story needs a name")
    if len(name) > MAX_STORY_NAME:
        raise ValidationError("name", f"at most {MAX_STORY_NAME} characters")
    clash = db.session.scalar(select(Story.id).where(Story.name == name))
    if clash is not None and (story is None or clash != story.id):
        raise ValidationError("name", f"a story named {name!r} already exists")
    return name


def _check_required(annotations_required: int) -> int:
    """The number of annotations per claim, checked to be 1..MAX_ANNOTATIONS_REQUIRED."""
    if isinstance(annotations_required, bool) or not isinstance(annotations_required, int):
        raise ValidationError("annotations_required", "must be a whole number")
    if not 1 <= annotations_required <= MAX_ANNOTATIONS_REQUIRED:
        raise ValidationError("annotations_required", f"must be from 1 to {MAX_ANNOTATIONS_REQUIRED}")
    return annotations_required


def create_story(name: str, lead: User, annotations_required: int = 2, description: str | None = None) -> Story:
    """Create a story led by `lead`, needing `annotations_required` independent annotations per claim."""
    require_role(lead, "create stories", Role.LEAD)
    story = Story(
        name=_clean_name(name),
        annotations_required=_check_required(annotations_required),
        description=(description or "").strip() or None,
    )
    db.session.add(story)
    db.session.flush()
    record_event("create", "story", story.id, user=lead, after=story_record(story))
    return story


def update_story(
    story: Story,
    user: User,
    *,
    name: str | None = None,
    description: str | None = None,
    annotations_required: int | None = None,
) -> Story:
    """Rename, describe or change how many annotations a story needs (claim statuses follow the new number)."""
    require_role(user, "edit stories", Role.LEAD)
    before = story_record(story)
    if name is not None:
        story.name = _clean_name(name, story)
    if description is not None:
        story.description = description.strip() or None
    if annotations_required is not None:
        story.annotations_required = _check_required(annotations_required)
    if story_record(story) == before:
        return story
    db.session.flush()
    record_event("update", "story", story.id, user=user, before=before, after=story_record(story))
    if story.annotations_required != before["annotations_required"]:
        annotated = db.session.scalars(
            select(Claim)
            .join(Article, Article.id == Claim.article_id)
            .where(Article.story_id == story.id, Claim.deleted_at.is_(None))
            .where(select(Annotation.id).where(Annotation.claim_id == Claim.id).exists())
        )
        for claim in annotated:
            refresh_claim_status(claim, user)
        db.session.flush()
    return story


def add_articles_to_story(story: Story, articles: Iterable[Article], user: User) -> int:
    """Put articles into the story (moving them from another one); returns how many changed."""
    require_role(user, "add articles to stories", Role.LEAD)
    changed = 0
    for article in articles:
        if article.story_id == story.id:
            continue
        before = {"story_id": article.story_id}
        article.story = story
        db.session.flush()
        record_event("set_story", "article", article.id, user=user, before=before, after={"story_id": story.id})
        changed += 1
    return changed


def story_reviewers(story: Story) -> list[User]:
    """The story's reviewers, by username."""
    return list(
        db.session.scalars(
            select(User)
            .join(StoryReviewer, StoryReviewer.user_id == User.id)
            .where(StoryReviewer.story_id == story.id)
            .order_by(User.username)
        )
    )


def set_story_reviewers(story: Story, users: Iterable[User], user: User) -> list[User]:
    """Make `users` the story's reviewers; a dropped reviewer's unfinished assignments there are withdrawn."""
    require_role(user, "pick reviewers", Role.LEAD)
    wanted = {u.id: u for u in users}
    for reviewer in wanted.values():
        if not reviewer.active:
            raise ValidationError("reviewers", f"{reviewer.username} is deactivated")
        if not reviewer.has_role(*ANNOTATOR_ROLES):
            raise ValidationError("reviewers", f"{reviewer.username} is a {reviewer.role} and cannot annotate")
    current = set(db.session.scalars(select(StoryReviewer.user_id).where(StoryReviewer.story_id == story.id)))
    if current == set(wanted):
        return story_reviewers(story)
    dropped = current - set(wanted)
    if dropped:
        db.session.execute(
            delete(StoryReviewer).where(StoryReviewer.story_id == story.id, StoryReviewer.user_id.in_(dropped))
        )
        story_claims = (
            select(Claim.id).join(Article, Article.id == Claim.article_id).where(Article.story_id == story.id)
        )
        db.session.execute(
            delete(Assignment).where(
                Assignment.user_id.in_(dropped), Assignment.done_at.is_(None), Assignment.claim_id.in_(story_claims)
            )
        )
    db.session.add_all(StoryReviewer(story_id=story.id, user_id=uid) for uid in sorted(set(wanted) - current))
    db.session.flush()
    record_event(
        "set_reviewers",
        "story",
        story.id,
        user=user,
        before={"reviewers": sorted(current)},
        after={"reviewers": sorted(wanted)},
    )
    return story_reviewers(story)


def assign_claims(story: Story, *, user: User | None = None, claims: Sequence[Claim] | None = None) -> int:
    """Give every open claim of the story (or just `claims`) enough distinct reviewers; returns assignments made.

    Each claim gets `annotations_required` reviewers (all of them when the story has fewer),
    counting those already assigned or who already annotated it; new assignments go to the
    reviewers with the least work in this story. Running it again adds nothing.
    """
    reviewer_ids = sorted(
        db.session.scalars(
            select(StoryReviewer.user_id)
            .join(User, User.id == StoryReviewer.user_id)
            .where(StoryReviewer.story_id == story.id, User.active.is_(True))
        )
    )
    if not reviewer_ids:
        return 0
    required = min(story.annotations_required, len(reviewer_ids))
    story_claims = (
        select(Claim.id)
        .join(Article, Article.id == Claim.article_id)
        .where(Article.story_id == story.id, Claim.deleted_at.is_(None))
    )
    targets = story_claims.where(Claim.status.not_in(SETTLED)).order_by(Article.id, Claim.start, Claim.id)
    if claims is not None:
        targets = targets.where(Claim.id.in_([c.id for c in claims]))
    claim_ids = list(db.session.scalars(targets))
    if not claim_ids:
        return 0
    covered: dict[int, set[int]] = defaultdict(set)
    load: Counter[int] = Counter({uid: 0 for uid in reviewer_ids})
    for claim_id, user_id in db.session.execute(
        select(Assignment.claim_id, Assignment.user_id).where(Assignment.claim_id.in_(story_claims))
    ):
        covered[claim_id].add(user_id)
        if user_id in load:
            load[user_id] += 1
    for claim_id, user_id in db.session.execute(
        select(Annotation.claim_id, Annotation.user_id).where(Annotation.claim_id.in_(claim_ids))
    ):
        covered[claim_id].add(user_id)
    made = 0
    for claim_id in claim_ids:
        need = required - len(covered[claim_id])
        if need <= 0:
            continue
        candidates = sorted((uid for uid in reviewer_ids if uid not in covered[claim_id]), key=lambda uid: load[uid])
        for uid in candidates[:need]:
            db.session.add(Assignment(claim_id=claim_id, user_id=uid))
            covered[claim_id].add(uid)
            load[uid] += 1
            made += 1
    if made:
        db.session.flush()
        record_event("assign", "story", story.id, user=user, after={"assignments": made, "reviewers": reviewer_ids})
    return made


def _queue_key() -> tuple[ColumnElement, ...]:
    """Queue order: the order the claims were assigned in (assign_claims goes story, article, position).

    Ordering by assignment lets the (user, done) index hand out the first pending rows without sorting
    every assignment the user has: the queue stays fast with 100,000 claims.
    """
    return (Assignment.id,)


def _pending(user: User, story: Story | None) -> ColumnElement[bool]:
    """The user's unfinished assignments on claims still open (not deleted, not settled)."""
    condition = and_(
        Assignment.user_id == user.id,
        Assignment.done_at.is_(None),
        Claim.deleted_at.is_(None),
        Claim.status.not_in(SETTLED),
    )
    return and_(condition, Article.story_id == story.id) if story is not None else condition


def _through_assignments(query: Select) -> Select:
    """`query` reading from assignments joined to their claim, article and (optional) story."""
    return (
        query.select_from(Assignment)
        .join(Claim, Claim.id == Assignment.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Story, Story.id == Article.story_id)
    )


def review_queue(user: User, story: Story | None = None, limit: int = DEFAULT_QUEUE_LIMIT) -> ReviewQueue:
    """The user's pending claims ordered by story, article and position, with progress counts."""
    rows = db.session.execute(
        select(
            Claim.id,
            Claim.article_id,
            Article.story_id,
            Story.name,
            Article.title,
            Outlet.name,
            Claim.text,
            Claim.start,
            Claim.status,
        )
        .select_from(Assignment)
        .join(Claim, Claim.id == Assignment.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Story, Story.id == Article.story_id)
        .where(_pending(user, story))
        .order_by(*_queue_key())
        .limit(limit)
    )
    items = tuple(QueueItem(*row) for row in rows)
    # Two plain counts over the (user, done) index: count(*) reads no row, done ones are a short range.
    mine = select(func.count()).select_from(Assignment).where(Assignment.user_id == user.id)
    if story is not None:
        mine = mine.where(Assignment.claim_id.in_(_story_claim_ids(story)))
    assigned = db.session.scalar(mine)
    done = db.session.scalar(mine.where(Assignment.done_at.is_not(None)))
    return ReviewQueue(items=items, assigned=assigned, done=done, pending=assigned - done)


def _story_claim_ids(story: Story) -> Select:
    """The ids of a story's claims, as a subquery."""
    return select(Claim.id).join(Article, Article.id == Claim.article_id).where(Article.story_id == story.id)


def next_claim_for(user: User, after_claim_id: int | None = None, story: Story | None = None) -> Claim | None:
    """The user's next pending claim in queue order after `after_claim_id` (wrapping round), else the first."""
    pending = _through_assignments(select(Claim)).where(_pending(user, story)).order_by(*_queue_key()).limit(1)
    if after_claim_id is not None:
        after = db.session.scalar(
            select(Assignment.id).where(Assignment.user_id == user.id, Assignment.claim_id == after_claim_id)
        )
        if after is not None:
            following = db.session.scalar(pending.where(Assignment.id > after))
            if following is not None:
                return following
    return db.session.scalar(pending)


def enlist_reviewer(story: Story, reviewer: User) -> int:
    """Add one reviewer to a story without a lead (the demo data does this) and assign; returns assignments."""
    exists = db.session.get(StoryReviewer, (story.id, reviewer.id))
    if exists is None:
        db.session.add(StoryReviewer(story_id=story.id, user_id=reviewer.id))
        db.session.flush()
    return assign_claims(story)
