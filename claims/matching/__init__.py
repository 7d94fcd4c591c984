"""Cross-outlet claim matcher: candidates from an index, rapidfuzz scoring with values, clusters. No I/O."""

from __future__ import annotations

from claims.matching.clusters import clusters, suggest_stories
from claims.matching.index import ClaimIndex, collector_paused
from claims.matching.linker import keep_mutual_best, link_all, link_index, link_new
from claims.matching.prepared import PreparedClaim, form_is_for, form_of, prepare
from claims.matching.scoring import score_pair, text_similarity
from claims.matching.types import (
    ClaimId,
    ClaimRef,
    ConflictField,
    DateRange,
    LinkSuggestion,
    MatchSettings,
    QuantityValue,
    Relation,
    StorySuggestion,
    make_ref,
)

__all__ = [
    "ClaimId",
    "ClaimIndex",
    "ClaimRef",
    "ConflictField",
    "DateRange",
    "LinkSuggestion",
    "MatchSettings",
    "PreparedClaim",
    "QuantityValue",
    "Relation",
    "StorySuggestion",
    "clusters",
    "collector_paused",
    "form_is_for",
    "form_of",
    "keep_mutual_best",
    "link_all",
    "link_index",
    "link_new",
    "make_ref",
    "prepare",
    "score_pair",
    "suggest_stories",
    "text_similarity",
]
