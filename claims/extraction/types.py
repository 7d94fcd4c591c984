"""Plain data the extraction engine returns: frozen dataclasses and str enums."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class SourceType(StrEnum):
    """Who a claim comes from (contracts.md vocabulary)."""

    NAMED_PERSON = "named_person"
    ANONYMOUS = "anonymous"
    ORGANIZATION = "organization"
    MEDIA_OUTLET = "media_outlet"
    DOCUMENT = "document"
    UNATTRIBUTED = "unattributed"


class ClaimKind(StrEnum):
    """AVeriTeC-style claim type."""

    EVENT = "event"
    NUMERICAL = "numerical"
    QUOTE = "quote"
    CAUSAL = "causal"
    POSITION = "position"


class QuantityKind(StrEnum):
    """What a number measures."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    OTHER = "other"


@dataclass(frozen=True)
class Quantity:
    """A normalized number expression; `text` is its surface form in the claim's span."""

    kind: QuantityKind
    low: float | None
    high: float | None
    unit: str | None
    text: str
    start: int = -1  # offset of `text` in the analysed string, -1 when unknown
    end: int = -1


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved to a calendar range; start/end are None when unresolvable."""

    start: dt.date | None
    end: dt.date | None
    text: str
    offset: int = -1  # offset of `text` in the analysed string, -1 when unknown


@dataclass(frozen=True)
class Attribution:
    """One attribution frame: who (source), what kind of source, which reporting cue."""

    type: SourceType = SourceType.UNATTRIBUTED
    source: str | None = None
    cue: str | None = None
    affiliation: str | None = None  # the organisation a named person works for, where the article says it


@dataclass(frozen=True)
class ExtractedClaim:
    """One atomic claim suggested by the engine; start/end are offsets into the body."""

    text: str
    start: int
    end: int
    sentence: str
    sentence_index: int
    attribution: Attribution = field(default_factory=Attribution)
    chain: tuple[Attribution, ...] = ()  # outermost first; the last one is `attribution`
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    kind: ClaimKind = ClaimKind.EVENT
    hedged: bool = False
    direct_quote: bool = False
