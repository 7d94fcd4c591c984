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
