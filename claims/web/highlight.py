"""Splitting an article body into segments tagged with the claims covering them (overlaps allowed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Segment:
    """A run of body text and the ids of the claims whose spans cover all of it."""

    text: str
    claim_ids: tuple[int, ...]


def segment_body(body: str, spans: Iterable[tuple[int, int, int]]) -> list[Segment]:
    """Cut `body` at every span boundary; `spans` are (claim_id, start, end), clipped to the body."""
    clipped = [(cid, max(0, s), min(len(body), e)) for cid, s, e in spans if e > s]
    cuts = sorted({0, len(body), *(s for _, s, _ in clipped), *(e for _, _, e in clipped)})
    segments = []
    for left, right in pairwise(cuts):
        covering = tuple(sorted(cid for cid, s, e in clipped if s <= left and right <= e))
        segments.append(Segment(body[left:right], covering))
    return segments
