"""Outlets, stories and articles: what was published, by whom, about which event."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, WriteOnlyMapped, mapped_column, relationship

from claims.extensions import db
from claims.models._columns import utcnow

if TYPE_CHECKING:
    from claims.models.claim import Claim


class Outlet(db.Model):
    """A publisher."""

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # Write-only: an outlet may have many thousands of articles; never load them all by accident.
    articles: WriteOnlyMapped[Article] = relationship(back_populates="outlet", passive_deletes=True)


class Story(db.Model):
    """Articles of several outlets about one event; reports compare outlets within a story."""

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    annotations_required: Mapped[int] = mapped_column(Integer, default=2)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    articles: WriteOnlyMapped[Article] = relationship(back_populates="story", passive_deletes=True)


class StoryReviewer(db.Model):
    """A reviewer picked by a lead to annotate a story's claims."""

    story_id: Mapped[int] = mapped_column(ForeignKey("story.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Article(db.Model):
    """One outlet's text: the raw original, the cleaned body claims point into, and metadata."""

    __table_args__ = (
        UniqueConstraint("outlet_id", "url"),
        Index("ix_article_story_published", "story_id", "published"),
        Index("ix_article_published", "published"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlet.id", ondelete="RESTRICT"), index=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("story.id", ondelete="SET NULL"))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[dt.date | None] = mapped_column(Date)
    author: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(20))
    credit: Mapped[str | None] = mapped_column(String(300))
    raw: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Offsets of boilerplate dropped from `raw`'s text, so body offsets can be traced back.
    removed: Mapped[list] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(String(1000))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    outlet: Mapped[Outlet] = relationship(back_populates="articles")
    story: Mapped[Story | None] = relationship(back_populates="articles")
    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", order_by="(Claim.start, Claim.id)", cascade="all, delete-orphan"
    )
