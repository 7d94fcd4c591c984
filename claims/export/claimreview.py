"""ClaimReview (schema.org) JSON-LD: one ClaimReview per verified claim with a verdict.

The rating scale is ours, higher = truer, and is published in the dataset card: supported 5,
misleading 3, refuted 1 (bestRating 5, worstRating 1). not_enough_evidence and not_checkable are not
points on a truth scale, so they carry only the textual `alternateName`, no number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

BEST_RATING = 5
WORST_RATING = 1
# verdict -> (ratingValue or None, alternateName)
RATINGS: dict[str, tuple[int | None, str]] = {
    "supported": (5, "Supported"),
    "misleading": (3, "Misleading"),
    "refuted": (1, "Refuted"),
    "not_enough_evidence": (None, "Not enough evidence"),
    "not_checkable": (None, "Not checkable"),
}
# Source types whose source is a speaker schema.org can name as the claim's author; anonymous and
# unattributed claims (and documents, which are not a Person or Organization) get no author rather
# than an invented one.
AUTHOR_TYPES = {"named_person": "Person", "organization": "Organization", "media_outlet": "Organization"}

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Publisher:
    """The organization publishing the reviews, and where each review lives."""

    name: str = "claims"
    url: str | None = "http://127.0.0.1:5000"
    # Formatted with the record's fields and {base} (the publisher URL without a trailing slash).
    review_url: str = "{base}/articles/{article_id}/claims/{id}"

    def review_url_for(self, record: Record) -> str | None:
        """The URL of one claim's review, or None when no base URL is configured."""
        base = (self.url or "").rstrip("/")
        if "{base}" in self.review_url and not base:
            return None
        return self.review_url.format(base=base, id=record["id"], article_id=record["article_id"])

    def organization(self) -> dict[str, Any]:
        """The publisher as a schema.org Organization."""
        org: dict[str, Any] = {"@type": "Organization", "name": self.name}
        if self.url:
            org["url"] = self.url
        return org


def is_reviewable(record: Record) -> bool:
    """Whether the record becomes a ClaimReview: verified (by agreement or adjudication) with a verdict."""
    return record.get("status") == "verified" and record.get("verdict") in RATINGS


def review_rating(verdict: str) -> dict[str, Any]:
    """The schema.org Rating for a verdict."""
    value, name = RATINGS[verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return rating


def _appearance(url: str | None, outlet: str | None, published: str | None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    if published:
        work["datePublished"] = published
    return work


def claim_review(record: Record, publisher: Publisher) -> dict[str, Any]:
    """One verified record as a ClaimReview (without @context: the document carries it)."""
    claim: dict[str, Any] = {"@type": "Claim"}
    attribution = record.get("attribution") or {}
    author_type = AUTHOR_TYPES.get(attribution.get("type") or "")
    if author_type and attribution.get("source"):
        claim["author"] = {"@type": author_type, "name": attribution["source"]}
    if record.get("published"):
        claim["datePublished"] = record["published"]
    appearances = [_appearance(record.get("url"), record.get("outlet"), record.get("published"))]
    # Other outlets carrying the same claim, as confirmed by a reviewer.
    appearances += [
        _appearance(link.get("url"), link.get("outlet"), None)
        for link in record.get("links") or []
        if link.get("relation") == "same" and link.get("status") == "confirmed" and link.get("url")
    ]
    claim["appearance"] = appearances
    review: dict[str, Any] = {"@type": "ClaimReview"}
    url = publisher.review_url_for(record)
    if url:
        review["url"] = url
    review["claimReviewed"] = record["text"]
    if record.get("updated_at"):
        review["datePublished"] = record["updated_at"][:10]
    review["author"] = publisher.organization()
    review["reviewRating"] = review_rating(record["verdict"])
    review["itemReviewed"] = claim
    review["identifier"] = record["id"]
    return review


def _json(item: Mapping[str, Any]) -> str:
    """JSON safe to paste into an HTML <script type="application/ld+json">: <, > and & escaped in strings."""
    text = json.dumps(item, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def claimreview_chunks(records: Iterable[Record], publisher: Publisher) -> Iterator[str]:
    """A JSON-LD document whose @graph holds one ClaimReview per reviewable record, written as it goes."""
    yield '{"@context": "https://schema.org", "@graph": ['
    first = True
    for record in records:
        if not is_reviewable(record):
            continue
        yield ("\n" if first else ",\n") + _json(claim_review(record, publisher))
        first = False
    yield "\n]}\n"
