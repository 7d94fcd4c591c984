"""Load a gold file and its articles, run the extractor, score the result."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claims.evaluation.scoring import (
    ArticleForScoring,
    ClaimForScoring,
    DateForScoring,
    EvalReport,
    QuantityForScoring,
    score_articles,
)
from claims.extraction import ExtractedClaim, extract_claims

Extractor = Callable[..., list[ExtractedClaim]]

_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)


class GoldFileError(ValueError):
    """The gold file or one of its articles cannot be read."""


@dataclass(frozen=True)
class LoadedArticle:
    """One gold article with its raw and cleaned body."""

    id: str
    raw_body: str
    body: str
    title: str | None
    published: dt.date | None
    gold: dict
    to_input_offset: Callable[[int], int]


def evaluate_gold_file(path: Path, extractor: Extractor = extract_claims) -> EvalReport:
    """Score `extractor` on every article of the gold file at `path`."""
    articles = load_gold_file(Path(path))
    items = [score_input(article, extractor) for article in articles]
    return score_articles(items)


def load_gold_file(path: Path) -> list[LoadedArticle]:
    """Read the gold JSON and each article file it names (paths relative to the gold file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFileError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise GoldFileError(f"{path}: no 'articles' list")
    return [_load_article(path.parent, entry) for entry in data["articles"]]


def score_input(article: LoadedArticle, extractor: Extractor = extract_claims) -> ArticleForScoring:
    """Run the extractor on one article and pair its output with the located gold."""
    system = extractor(article.body, published=article.published, title=article.title)
    return ArticleForScoring(
        id=article.id,
        gold=tuple(_locate_gold(article)),
        system=tuple(system_claim(i, c) for i, c in enumerate(system)),
        noise=tuple(_noise_ranges(article)),
        body=article.body,
    )


def system_claim(index: int, claim: ExtractedClaim) -> ClaimForScoring:
    """An extracted claim as scoring data."""
    return ClaimForScoring(
        id=f"sys-{index:03d}",
        text=claim.text,
        start=claim.start,
        end=claim.end,
        type=str(claim.attribution.type),
        source=claim.attribution.source,
        cue=claim.attribution.cue,
        affiliation=claim.attribution.affiliation,
        quantities=tuple(QuantityForScoring(str(q.kind), q.low, q.high, q.unit, q.text) for q in claim.quantities),
        dates=tuple(
            DateForScoring(d.start.isoformat() if d.start else None, d.end.isoformat() if d.end else None, d.text)
            for d in claim.dates
        ),
    )


def _load_article(base: Path, entry: dict) -> LoadedArticle:
    try:
        file = base / entry["file"]
        text = file.read_text(encoding="utf-8")
    except (KeyError, TypeError, OSError) as exc:
        raise GoldFileError(f"article {entry.get('id', '?')}: {exc}") from exc
    meta, raw_body = _split_front_matter(text)
    title = meta.get("title") or None
    published = _parse_date(entry.get("published") or meta.get("published"))
    body, to_input = _clean(raw_body, title)
    return LoadedArticle(
        id=str(entry.get("id", file.stem)),
        raw_body=raw_body,
        body=body,
        title=title,
        published=published,
        gold=entry,
        to_input_offset=to_input,
    )


def _clean(raw_body: str, title: str | None) -> tuple[str, Callable[[int], int]]:
    """Cleaned body and its offset map back to the raw body (ingest's cleaner when present)."""
    try:
        from claims.ingest import clean_body
    except ImportError:  # ingest lands separately; score the raw body until then
        return raw_body, lambda i: i
    result = clean_body(raw_body, title=title)
    return result.body, result.to_input_offset


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        key, _, value = line.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, text[match.end() :]


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle)
    while needle and i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def _locate_gold(article: LoadedArticle) -> list[ClaimForScoring]:
    """Gold claims with their span located in the cleaned body (-1 when it is not there)."""
    located: list[ClaimForScoring] = []
    raw_cursor = 0
    for claim in article.gold.get("claims", []):
        span = claim.get("span", "")
        raw_hits = _occurrences(article.raw_body, span)
        # Repeated spans: take the first occurrence at or after the previous claim.
        raw_pos = next((p for p in raw_hits if p >= raw_cursor), raw_hits[0] if raw_hits else -1)
        if raw_pos >= 0:
            raw_cursor = raw_pos
        hits = _occurrences(article.body, span)
        start = -1
        if hits:
            start = min(hits, key=lambda p: abs(article.to_input_offset(p) - raw_pos)) if raw_pos >= 0 else hits[0]
        att = claim.get("attribution") or {}
        located.append(
            ClaimForScoring(
                id=str(claim.get("id", "")),
                text=claim.get("text", ""),
                start=start,
                end=start + len(span) if start >= 0 else -1,
                type=att.get("type") or "unattributed",
                source=att.get("source"),
                cue=att.get("cue"),
                quantities=tuple(
                    QuantityForScoring(q["kind"], q.get("low"), q.get("high"), q.get("unit"), q.get("text", ""))
                    for q in claim.get("quantities", [])
                ),
                dates=tuple(
                    DateForScoring(d.get("start"), d.get("end"), d.get("text", "")) for d in claim.get("dates", [])
                ),
            )
        )
    return located


def _noise_ranges(article: LoadedArticle) -> list[tuple[int, int]]:
    """Where the gold noise strings still occur in the cleaned body."""
    ranges = []
    for noise in article.gold.get("noise", []):
        ranges += [(p, p + len(noise)) for p in _occurrences(article.body, noise)]
    return ranges
