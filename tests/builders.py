"""make_* builders that write article files, so tests read like specs."""

from __future__ import annotations

import json
from pathlib import Path

BODY = (
    "The city council approved a budget of $12 million on Tuesday, the mayor said.\n\n"
    "Officials said the new bridge will open in 2025 and cost about $40 million.\n"
)


def make_text_article(
    folder: Path,
    name: str = "article.txt",
    *,
    outlet: str = "The Example Times",
    url: str | None = "https://example.org/a",
    title: str = "Council approves budget",
    published: str = "2024-03-07",
    body: str = BODY,
    story: str | None = None,
) -> Path:
    """A .txt article with YAML front matter, a title line and a body."""
    meta = {"outlet": outlet, "url": url, "published": published, "title": title, "story": story}
    front = "".join(f"{k}: {json.dumps(v)}\n" for k, v in meta.items() if v is not None)
    path = folder / name
    path.write_text(f"---\n{front}---\n{title}\n\n{body}", encoding="utf-8")
    return path


def make_jsonl(folder: Path, records: list[dict | str], name: str = "batch.jsonl") -> Path:
    """A JSONL file; str records are written as given (to plant malformed lines)."""
    path = folder / name
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_article(
    body: str = BODY,
    *,
    outlet: str = "The Example Times",
    title: str = "Council approves budget",
    url: str | None = None,
    story=None,
    claims: list[str | tuple[str, int, int]] | None = None,
):
    """A flushed Article made without the extractor; `claims`: substrings or (text, start, end), one per line."""
    import hashlib
    import uuid

    from claims.extensions import db
    from claims.models import Article, Claim, Outlet

    publisher = db.session.query(Outlet).filter_by(name=outlet).one_or_none() or Outlet(name=outlet)
    article = Article(
        outlet=publisher,
        story=story,
        title=title,
        url=url,
        raw=body,
        body=body,
        content_hash=hashlib.sha256(f"{body}\0{uuid.uuid4()}".encode()).hexdigest(),
    )
    specs = claims if claims is not None else [line.strip() for line in body.splitlines() if line.strip()]
    for spec in specs:
        text, start, end = spec if isinstance(spec, tuple) else (spec, body.index(spec), body.index(spec) + len(spec))
        article.claims.append(Claim(text=text, start=start, end=end, sentence=body[start:end]))
    db.session.add(article)
    db.session.flush()
    return article


def make_story_with_reviewers(name: str, lead, reviewers, *, required: int = 2, articles=()):
    """A story led by `lead` with its reviewers picked and `articles` added (through the services)."""
    from claims.services.stories import add_articles_to_story, create_story, set_story_reviewers

    story = create_story(name, lead, annotations_required=required)
    set_story_reviewers(story, reviewers, lead)
    add_articles_to_story(story, articles, lead)
    return story
