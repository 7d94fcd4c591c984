"""Plain data of the matching engine: frozen dataclasses and str enums, no I/O."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

ClaimId = int | str


class Relation(StrEnum):
    """How two linked claims relate."""

    SAME = "same"
    CONFLICT = "conflict"


class ConflictField(StrEnum):
    """Which part of two claims differs; order of the members is the reporting priority."""

    QUANTITY = "quantity"
    DATE = "date"
    ATTRIBUTION = "attribution"
    FACT = "fact"


FIELD_PRIORITY: tuple[ConflictField, ...] = tuple(ConflictField)

# Source types that name somebody; the others never produce an attribution conflict.
NAMED_SOURCE_TYPES = frozenset({"named_person", "organization", "media_outlet", "document"})


@dataclass(frozen=True, slots=True)
class QuantityValue:
    """A normalized number: kind, bounds (None = open) and unit (ISO code, %, years, ... or None)."""

    kind: str
    low: float | None
    high: float | None
    unit: str | None = None
    noun: str | None = field(default=None, compare=False)  # what a count counts ("38 batches" -> "batche")

    @classmethod
    def coerce(cls, value: QuantityValue | Mapping[str, Any] | Any) -> QuantityValue:
        """Build from a contract dict, an extraction `Quantity` or a QuantityValue."""
        if isinstance(value, QuantityValue):
            return value
        get = value.get if isinstance(value, Mapping) else lambda k: getattr(value, k, None)
        low, high = get("low"), get("high")
        kind = str(get("kind") or "other")
        return cls(
            kind=kind,
            low=None if low is None else float(low),
            high=None if high is None else float(high),
            unit=get("unit") or None,
            noun=_counted_noun(get("text")) if kind == "count" else None,
        )


_COUNTED = re.compile(r"\s([a-z]{3,})$")


def _counted_noun(text: object) -> str | None:
    """The noun a count's surface text ends with ("38 batches" -> "batche", "two dozen miners" -> "miner")."""
    m = _COUNTED.search(text) if isinstance(text, str) else None
    return sys.intern(m.group(1).removesuffix("s")) if m else None


@dataclass(frozen=True, slots=True)
class DateRange:
    """A calendar range of days, both ends included."""

    start: dt.date
    end: dt.date

    @classmethod
    def coerce(cls, value: DateRange | Mapping[str, Any] | Any) -> DateRange | None:
        """Build from a contract dict (ISO strings), an extraction `DateMention` or a DateRange; None if unresolved."""
        if isinstance(value, DateRange):
            return value
        get = value.get if isinstance(value, Mapping) else lambda k: getattr(value, k, None)
        start, end = _as_date(get("start")), _as_date(get("end"))
        if start is None and end is None:
            return None
        start, end = start or end, end or start
        assert start is not None and end is not None
        return cls(min(start, end), max(start, end))

    def contains(self, other: DateRange) -> bool:
        """True when `other` lies inside this range."""
        return self.start <= other.start and other.end <= self.end


def _as_date(value: object) -> dt.date | None:
    """Parse an ISO day or pass a date through."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """What the matcher needs of one claim (built from a database row, an extraction result or gold)."""

    id: ClaimId
    article_id: ClaimId
    outlet: str
    text: str
    story: str | None = None
    published: dt.date | None = None
    quantities: tuple[QuantityValue, ...] = ()
    dates: tuple[DateRange, ...] = ()
    source_type: str = "unattributed"
    source_name: str | None = None
    source_affiliation: str | None = None  # where a named person source works, when known


def make_ref(
    id: ClaimId,
    article_id: ClaimId,
    outlet: str,
    text: str,
    *,
    story: str | None = None,
    published: dt.date | str | None = None,
    quantities: tuple[Any, ...] | list[Any] = (),
    dates: tuple[Any, ...] | list[Any] = (),
    source_type: str | None = None,
    source_name: str | None = None,
    source_affiliation: str | None = None,
) -> ClaimRef:
    """Build a ClaimRef from loose values: contract dicts or extraction dataclasses for quantities and dates."""
    ranges = tuple(r for r in (DateRange.coerce(d) for d in dates) if r is not None)
    return ClaimRef(
        id=id,
        article_id=article_id,
        outlet=outlet,
        text=text,
        story=story or None,
        published=_as_date(published),
        quantities=tuple(QuantityValue.coerce(q) for q in quantities),
        dates=ranges,
        source_type=str(source_type or "unattributed"),
        source_name=source_name or None,
        source_affiliation=source_affiliation or None,
    )


@dataclass(frozen=True, slots=True)
class LinkSuggestion:
    """A suggested link between two claims; `a` is the claim that sorts first, `field` is None for same."""

    a: ClaimId
    b: ClaimId
    relation: Relation
    field: ConflictField | None
    score: float
    differences: tuple[str, ...] = ()

    @property
    def pair(self) -> frozenset[ClaimId]:
        """The unordered pair of claim ids."""
        return frozenset((self.a, self.b))


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Thresholds and scope of the matcher; defaults chosen on the dev corpus (see evaluation.py)."""

    threshold: float = 0.42  # combined score a pair needs to be suggested
    short_claim_words: int = 4  # a claim with fewer content words than this is short ...
    short_claim_margin: float = 0.05  # ... and needs this much more than the threshold
    date_window_days: int = 7  # scope when a claim has no story: publication dates this close
    allow_same_outlet: bool = False  # also link different articles of one outlet
    prefix_keys: int = 6  # rarest index keys of a claim that are looked up (prefix filtering)
    max_posting: int = 2000  # keys carried by more claims than this in one scope are not looked up
    exhaustive_scope: int = 500  # a query reaching at most this many claims takes them all as candidates
    min_shared: float = 0.25  # cheap filter: share of the shorter key set two claims must have in common
    value_bonus: float = 0.45  # added when an equal distinctive quantity is shared
    small_value_bonus: float = 0.2  # added when an equal small number (a count under 100) is shared
    near_bonus: float = 0.3  # added when distinctive quantities differ by 10% or less: a likely conflict
    day_bonus: float = 0.2  # added when both claims give the same single day, or days up to 3 apart
    date_bonus: float = 0.25  # added when one claim's date range contains the other's (not a day in a long period)
    common_share: float = 0.4  # words in more than this share of a scope's claims are left out of the wording
    entity_penalty: float = 0.55  # factor on text similarity when each side names entities the other lacks
    date_conflict_margin: float = 0.08  # a date conflict without agreeing quantities needs this much above the bar
    far_values_similarity: float = 0.6  # figures far apart on agreeing dates conflict only with wording this alike
    mutual_best: bool = True  # per pair of articles keep a claim's link only if it is among the best of both claims
    best_margin: float = 0.05  # "among the best": within this score of the best
    sure_score: float = 0.65  # a link scoring this much is kept even when not among the best
    other_fact_score: float = 0.55  # ... and one scoring this much when it is another fact of a claim (below)
    other_fact_words: int = 2  # words a claim shares with one claim of an article and not with its best match there
    part_factor: float = 0.9  # a long claim's clause meeting another claim scores this share of its similarity (0: off)


@dataclass(frozen=True, slots=True)
class StorySuggestion:
    """Articles that share many linked claims, proposed as one story."""

    articles: tuple[ClaimId, ...]
    links: int
    score: float
