"""Importing articles: clean, deduplicate, store, and run the claim extractor."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from sqlalchemy import select

from claims.errors import ValidationError
from claims.extensions import db
from claims.extraction import extract_claims
from claims.ingest import CleanResult, SourceDocument, clean_body, content_hash
from claims.models import Article, Outlet, Story
from claims.services.audit import record_event
from claims.services.claims import build_claims
from claims.services.links import link_article
from claims.services.stories import assign_claims

UNKNOWN_OUTLET = "Unknown outlet"


class ImportStatus(StrEnum):
    """What happened to one document."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ImportOutcome:
    """The result of importing one document."""

    origin: str
    status: ImportStatus
    article_id: int
    title: str | None
    claims: int
    reason: str | None = None


def outlet_name_for(doc: SourceDocument, default: str | None = None) -> str:
    """The document's outlet, else the given default, else the URL's host, else a placeholder."""
    if doc.outlet and doc.outlet.strip():
        return doc.outlet.strip()
    if default:
        return default
    host = urlsplit(doc.url).hostname if doc.url else None
    if host:
        return host.removeprefix("www.")
    return UNKNOWN_OUTLET


def build_article(
    doc: SourceDocument, outlet: Outlet, story: Story | None = None, cleaned: CleanResult | None = None
) -> Article:
    """A new, unsaved Article with its cleaned body and suggested claims."""
    cleaned = cleaned or clean_body(doc.text, title=doc.title)
    if not cleaned.body.strip():
        raise ValidationError(doc.origin, "no article text left after removing boilerplate")
    article = Article(
        outlet=outlet,
        story=story,
        title=doc.title,
        url=doc.url,
        published=doc.published,
        author=doc.author,
        language=doc.language,
        credit=cleaned.credit,
        raw=doc.raw,
        body=cleaned.body,
        content_hash=content_hash(cleaned.body),
        removed=[list(span) for span in cleaned.removed],
        source=doc.origin,
    )
    article.claims = build_claims(extract_claims(article.body, article.published, article.title))
    return article


def get_or_create_outlet(name: str) -> Outlet:
    """The outlet with this name, created when new."""
    outlet = db.session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name)
        db.session.add(outlet)
        db.session.flush()
    return outlet


def get_or_create_story(name: str) -> Story:
    """The story with this name, created when new."""
    story = db.session.scalar(select(Story).where(Story.name == name))
    if story is None:
        story = Story(name=name)
        db.session.add(story)
        db.session.flush()
    return story


def find_duplicate(outlet_name: str, url: str | None, body_hash: str) -> tuple[Article, str] | None:
    """An existing article with the same outlet and URL, or the same cleaned text, and why."""
    if url:
        same_url = db.session.scalar(select(Article).join(Outlet).where(Outlet.name == outlet_name, Article.url == url))
        if same_url is not None:
            return same_url, f"same outlet and URL as article {same_url.id}"
    same_text = db.session.scalar(select(Article).where(Article.content_hash == body_hash))
    if same_text is not None:
        return same_text, f"same text as article {same_text.id}"
    return None


def import_document(
    doc: SourceDocument, *, default_outlet: str | None = None, default_story: str | None = None
) -> ImportOutcome:
    """Store one document as an Article with its claims, or report the duplicate it is."""
    outlet_name = outlet_name_for(doc, default_outlet)
    cleaned = clean_body(doc.text, title=doc.title)
    duplicate = find_duplicate(outlet_name, doc.url, content_hash(cleaned.body))
    if duplicate is not None:
        existing, reason = duplicate
        return ImportOutcome(doc.origin, ImportStatus.DUPLICATE, existing.id, existing.title, 0, reason)
    story_name = (doc.story or default_story or "").strip()
    story = get_or_create_story(story_name) if story_name else None
    article = build_article(doc, get_or_create_outlet(outlet_name), story, cleaned)
    db.session.add(article)
    db.session.flush()
    if story is not None:  # a story with reviewers spreads the new claims at once
        assign_claims(story, claims=article.claims)
    link_article(article)  # the same claims in other outlets' articles, at once
    record_event(
        "import",
        "article",
        article.id,
        after={"source": doc.origin, "outlet": outlet_name, "claims": len(article.claims)},
    )
    return ImportOutcome(doc.origin, ImportStatus.IMPORTED, article.id, article.title, len(article.claims))
