"""Date extraction: date expressions resolved to calendar ranges (labelling rules: dev-corpus README).

The finder visits "anchors" in text order: month and weekday names, words such
as "yesterday", "week", "year", "quarter", "summer", and digit runs (years,
numeric dates). Each anchor's handler matches forward from the anchor and reads
what may stand before it ("on", "last", "mid-", "the summer of") with short
patterns on a small window, then resolves the expression to an inclusive
``start..end`` range of days against the publication date. Where candidates
overlap, the leftmost-longest wins ("today, June 30" beats "today";
"November 2022" beats "2022").

Choices the README leaves open, made here:

* "early" / "mid" / "late" month: days 1-10 / 11-20 / 21-end; the same words
  before a year: Jan-Apr / May-Aug / Sep-Dec. "The beginning / middle / end
  of" reads as early / mid / late.
* Seasons are northern-hemisphere: spring Mar-May, summer Jun-Aug, autumn
  (fall) Sep-Nov, winter Dec of the year to Feb of the next.
* A weekday without a date is the most recent such day on or before
  publication, or the next one on or after it when its clause looks ahead
  (will, to be, set to, plans to, expected, has to, should, may ...; or "will"
  right after a clause-opening "On Thursday,"; or a deadline, "by Friday", "until Friday", unless
  the clause tells the past without a "to" of what is to be done); "last Friday" is strictly
  before, "next Friday" strictly after, "this Friday" in the publication week.
* A month without a year: ahead when the clause looks ahead, "by July" is the
  next July; otherwise a past-tense clause takes the most recent one and a
  clause without a tense cue the nearest one (ties go to the past). A day of a
  month without a year is the nearest such day (ahead on a look-ahead cue).
* "X and Y" days of one month make one mention when the days touch
  ("June 5th and 6th" -> 5..6 June, the gold's "Wednesday, June 7" style of
  one mention per expression), two mentions when they do not.
* "A day earlier", "two weeks ago", "three years later": counted from
  publication (days and weeks give a day, months a month, years a year).
* "The past week / month / year" is the rolling period up to publication;
  "last week" the previous Monday-Sunday (README).
* "For the next decade", "the past five years": publication .. the same day N
  later (or earlier), as the README asks for periods anchored at publication.
* A year naming an instrument rather than a time ("the 2019 programme",
  "next year's budget") is a label, not a date: the gold leaves those out.

Durations ("nine-month", "within 24 hours", "six-year") never match here:
they are quantities. Without a publication date, relative expressions are kept
with start = end = None; absolute ones still resolve.

python-dateutil and dateparser are not used. Measured here, dateparser takes
1-2 ms per expression ("on Thursday"), ~60 ms to give up on "mid-July" and
~280 ms for ``search_dates`` on two sentences, returns one day for "last week"
and reads "on the 2019 programme" as a date; the news rules (weekday
direction, ranges, labels) are the whole job, and ``datetime`` covers the
calendar arithmetic.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claims.extraction.quantities import locate_words, lower_same_length, parse_number_words
from claims.extraction.types import DateMention

__all__ = ["find_dates"]

Range = tuple[dt.date, dt.date] | None


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal (keeps long word lists compact)."""
    return frozenset(text.split())


_MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4,
    "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9,
    "Sep": 9, "Sept": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
# Lower-case anchor words and what they start.
_WORD_KINDS: dict[str, str] = {
    **dict.fromkeys(("yesterday", "today", "tomorrow", "tonight"), "relday"),
    **dict.fromkeys(("night", "morning", "afternoon", "evening"), "daypart"),
    **dict.fromkeys(_words("day days week weeks weekend month months year years decade decades"), "unit"),
    **dict.fromkeys(("quarter", "half"), "quarter"),
    **dict.fromkeys(("summer", "winter", "spring", "autumn", "fall"), "season"),
}

_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_MONTH = rf"(?:{_MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
DATE_NAME = re.compile(rf"{_MONTH_NAMES}|{_WEEKDAY}")  # a capitalised word that dates, not names
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_SP = r"[ \u00a0]+"
_OSP = r"[ \u00a0]*"
_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"

# --------------------------------------------------------------------------- patterns
# Each handler matches forward from its anchor with `.match` and reads what may stand before
# the anchor with a short pattern ending at the anchor (`\Z` on a small window): both are cheap,
# where a search over the whole text with optional prefixes is not.

_MONTH_CORE = re.compile(  # June 5th and 6th, 2023 / November 2022 / July's
    rf"(?P<m>{_MONTH})(?:"
    rf"{_SP}(?P<d1>{_DAY})(?:{_OSP}(?P<sep>-|–|—|(?i:to|through|and)|&){_OSP}(?:(?P<m2>{_MONTH}){_SP})?"
    rf"(?P<d2>{_DAY}))?(?:,?{_SP}(?P<y>{_YEAR}))?(?![\d:])(?!\.\d)"
    rf"|,?{_SP}(?:of{_SP})?(?P<y2>{_YEAR})\b(?![-–/]\d)"
    r")?(?P<pos>['’]s)?"
)
_MONTH_SPAN = re.compile(  # "... to October 2023" / "... and October last year" / "-March" after a month
    rf"(?P<sep>{_OSP}[-–]{_OSP}|{_SP}(?i:to|and|through|until|till){_SP})(?P<m2>{_MONTH})"
    rf"(?:,?{_SP}(?P<y2>{_YEAR})\b(?![-–/]\d)|{_SP}(?P<rel>(?i:last|this|next)){_SP}(?i:year)\b)?"
)
_NAME_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_SPAN_LEAD = re.compile(rf"\b(?P<w>(?i:between|from|in|since|during)){_SP}\Z")
_MD_PREFIX = re.compile(  # "on Wednesday, " / "today, " / "on " before "June 7"
    rf"(?:\b(?P<pre>(?i:(?:late|early){_SP}on|on|by|since|until|till|from|before|after)){_SP})?"
    rf"(?:(?:(?P<wd>{_WEEKDAY})|(?P<rel>\b(?i:today|yesterday|tomorrow)))"
    rf"(?:{_SP}(?i:morning|afternoon|evening|night))?,?{_SP})?\Z"
)
_DAY_FIRST_PREFIX = re.compile(  # "on Saturday 17 " / "the 5th and 6th of " before "June"
    rf"(?:\b(?P<pre>(?i:on|by|since|until|till|from|before|after)){_SP})?(?:(?P<wd>{_WEEKDAY}),?{_SP})?"
    rf"(?:(?i:the){_SP})?\b(?P<d1>{_DAY})(?:{_OSP}(?P<sep>-|–|—|(?i:to|and)|&){_OSP}(?P<d2>{_DAY}))?"
    rf"{_SP}(?:of{_SP})?\Z"
)
_PART_PREFIX = re.compile(  # "mid-" / "early " / "the end of " before a month or a year
    rf"(?:\b(?P<part>(?i:early|mid|late))[ \u00a0-]+|\b(?P<partof>(?i:(?:the{_SP})?(?:beginning|start|middle|end)"
    rf"{_SP}of)){_SP})\Z"
)
_BARE_MONTH_PREFIX = re.compile(  # "in " / "by mid-" / "last " before a month named without day or year
    rf"(?:\b(?P<pre>(?i:on|by|since|until|till|from|before|after|through|during|in|of|for|between)){_SP})?"
    rf"(?P<mod>\b(?P<part>(?i:early|mid|late))[ \u00a0-]+|\b(?P<partof>(?i:(?:the{_SP})?(?:beginning|start|middle|end)"
    rf"{_SP}of)){_SP}|\b(?P<rel>(?i:last|next|this|this{_SP}past|this{_SP}coming|coming)){_SP})?\Z"
)
_WEEKDAY_CORE = re.compile(
    rf"(?P<wd>{_WEEKDAY})(?P<pos>['’]s)?(?:{_SP}(?i:morning|afternoon|evening|night)\b)?"
    r"(?P<name>[ \u00a0]+(?:Times|Telegraph|Mirror|Express|Post|Herald|Night\s+Football)\b)?"
)
_WEEKDAY_PREFIX = re.compile(
    rf"(?:\b(?P<pre>(?i:(?:late|early){_SP}on|on|by|since|until|till|from|before|after))"
    rf"|\b(?P<rel>(?i:last|next|this|this{_SP}past|this{_SP}coming|coming))|\b(?P<part>(?i:late|early))){_SP}\Z"
)
_CLOSE_AFTER = re.compile(r"\s+(?:clos(?:e|ing)|finish|settlement)\b", re.I)
_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b")  # "told to take ... by Friday": what is to be done
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Good|Super|Bloody|Easter|Ash|Cyber|Holy|Maundy|Palm|Shrove)[ \u00a0]+\Z")
_DAY_AROUND = re.compile(rf"\b(?P<w>(?i:the{_SP}day{_SP}(?:before|after))){_SP}\Z")
_AGO_AFTER = re.compile(rf"{_SP}(?P<dir>(?i:ago|earlier|later))\b(?!{_SP}than\b)")
_NUMBER_BEFORE = re.compile(rf"\b(?P<n>(?i:{_NUMBER}))(?:{_SP}|-)\Z")
_ANCHORED_PREFIX = re.compile(  # "for the next " / "over the past five " before "years"
    rf"\b(?P<pre>(?i:for|over|in|during|within|throughout){_SP})?(?i:the){_SP}"
    rf"(?P<dir>(?i:next|past|last|coming|previous|following)){_SP}(?:(?P<n>(?i:{_NUMBER})){_SP})?\Z"
)
_RELATIVE_PREFIX = re.compile(  # "last " / "earlier this " / "the past " before "week"
    rf"(?:\b(?P<mod>(?i:earlier|later|so{_SP}far)){_SP})?\b(?P<rel>(?i:last|this|next|(?:the{_SP})?(?:past|coming|current"
    rf"|previous|following|next))){_SP}\Z"
)
_SO_FAR_AFTER = re.compile(rf"{_SP}(?i:so{_SP}far|to{_SP}date)\b")
_PERIOD_PART_PREFIX = re.compile(  # "the end of the " / "early next " before "year" or "month"
    rf"(?:\b(?P<part>(?i:early|mid|late))[ \u00a0-]+|\b(?P<partof>(?i:(?:the{_SP})?(?:beginning|start|middle|end)"
    rf"{_SP}of)){_SP})(?P<rel>(?i:the|this|next|last)){_SP}\Z"
)
# What may stand right before an anchor for each prefix pattern to have a chance (see _Finder.tail).
_RELATIVE_LEADS = _words("last this next past coming current previous following")
_PREPOSITIONS = _words("on by since until till from before after through during in of for between")
_MD_LEADS = _words(
    "on by since until till from before after today yesterday tomorrow morning afternoon evening night , "
) | {name.lower() for name in _WEEKDAYS}
_PART_LEADS = _words("- early mid late of")
_BARE_MONTH_LEADS = _PREPOSITIONS | _PART_LEADS | _RELATIVE_LEADS
_WEEKDAY_LEADS = _words("on by since until till from before after late early") | _RELATIVE_LEADS
_NAMED_DAY_LEADS = _words("black good super bloody easter ash cyber holy maundy palm shrove")
_AROUND_LEADS = _words("before after")
_NUMBER_LEADS = _words(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty -"
) | set("0123456789")
_ANCHORED_LEADS = _NUMBER_LEADS | _RELATIVE_LEADS
_PERIOD_PART_LEADS = _words("the this next last")
_BETWEEN_LEADS = _words("between from")
_ORDINAL_PREFIX = re.compile(rf"\b(?P<o>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th)){_SP}\Z")
_QUARTER_YEAR_AFTER = re.compile(rf"{_SP}(?:of{_SP})?(?P<y>{_YEAR}\b|(?i:this|last|next){_SP}year\b)")
_OF_THE_YEAR = re.compile(rf"{_SP}of{_SP}the{_SP}year\b", re.I)
_SEASON_YEAR_AFTER = re.compile(rf"(?:{_SP}of)?{_SP}(?P<y>{_YEAR})\b")
_SEASON_PREFIX = re.compile(rf"(?:\b(?i:the){_SP})?(?:\b(?P<part>(?i:early|mid|late))[ \u00a0-]+)?\Z")
_YEAR_CORE = re.compile(
    rf"(?P<y>{_YEAR})(?P<decade>s)?(?:{_OSP}(?P<sep>-|–|—|/|(?i:to|and|through|until)){_OSP}"
    rf"(?P<y2>{_YEAR}|\d\d)\b)?(?P<pos>['’]s)?(?![\d%]|\.\d|,\d|:\d|-(?!\d))"
)
_BETWEEN_PREFIX = re.compile(rf"\b(?P<w>(?i:between|from)){_SP}\Z")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.I)
_NUMERIC = re.compile(
    rf"(?P<y>{_YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b|(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y2>{_YEAR})\b"
)
_QUARTER_CODE = re.compile(rf"(?P<q>[QH][1-4])(?:{_SP}(?P<y>{_YEAR})\b)?")
_QUARTER_CODE_BEFORE = re.compile(rf"\b(?P<y>{_YEAR}){_SP}\Z")

# --------------------------------------------------------------------------- context cues

# Tense cues, read word by word (a set lookup per word is far cheaper than a big regex).
_AHEAD_WORDS = _words(
    "will would could 'll ’ll shall scheduled expected expects expect must should may might await awaits awaiting "
    "upcoming forthcoming"
)
_AHEAD_PAIRS = frozenset(
    (first, second)
    for firsts, second in (
        ("going set plan plans planned planning intend intends aim aims hope hopes is are has have need needs", "to"),
        ("is are was were", "due"),
        ("to", "be"),
        ("later", "this"),
    )
    for first in firsts.split()
)
_PAST_WORDS = _words(
    "had was were did ago last met said told took came went made gave held began fell rose grew saw won lost "
    "paid sold bought left struck spent sent brought built ran became chose drew flew got knew led meant spoke "
    "stood thought threw wrote kept felt found heard sank shot swore broke shrank slid swung fought caught "
    "sought withdrew overtook undertook dealt stole froze rang sprang drove says"
)
_NOT_PAST_ED = _words("need feed seed speed exceed proceed succeed breed bleed indeed red bed shed")
_SUBORDINATORS = _words("that which who after when because since")
_FILLER_WORDS = _words("and but on in by so then late early")
_TOKEN_RE = re.compile(r"[A-Za-z’']+")
_CLAUSE_STOP_RE = re.compile(r"[.;!?,:\n—–]")
# Dots that end no clause: "due to end at 4 a.m. on Wednesday", "Mr. Holt said".
_ABBREVIATION_DOTS = re.compile(r"\b(?:[ap]\.m|Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|No|Co|Inc|Ltd|Jr|Sr)\.")


def _undotted(m: re.Match[str]) -> str:
    return m.group(0).replace(".", " ")


_AHEAD_AFTER_RE = re.compile(r"[^.;!?]{0,40}?\b(?:will|'ll|’ll|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to)\b", re.I)
# "The 2019 programme", "next year's budget": a year naming an instrument, not a time.
_LABEL_NOUNS = (
    r"budgets?|programmes?|programs?|packages?|plans?|deals?|agreements?|arrangements?|accords?|bills?|acts?|"
    r"laws?|treat(?:y|ies)|loans?|facilit(?:y|ies)|bailouts?|frameworks?|strateg(?:y|ies)|polic(?:y|ies)|"
    r"schemes?|pacts?|protocols?|resolutions?|directives?|regulations?|guidelines|targets?|contracts?|"
    r"estimates?|forecasts?|accounts?|reports?|edition|model|version|census"
)
_LABEL_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?!(?:and|or|of|in|on|at|for|to|the|a|an|by|with|from|as|that|which|was|is|had|has)\b)"
    rf"[a-z][\w-]*[ \u00a0]+){{0,2}}(?i:{_LABEL_NOUNS})\b"
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "whose"])
_NOT_YEAR_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:%|(?i:per[ \u00a0]?cent|percent|bn|billion|million|m|mn|tonnes?|people|persons|"
    r"members|troops|soldiers|workers|jobs|votes|cases|deaths)\b)"
)
_NOT_YEAR_BEFORE_WORDS = _words(
    "rs usd eur gbp about around some nearly almost over than least no no. number article section "
    "resolution flight route vision agenda windows page pages"
)


def _month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """A whole month."""
    return dt.date(year, month, 1), _month_end(year, month)


def _part_of_month(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    """Early (1-10), mid (11-20) or late (21-end) of a month; the whole month for None."""
    if part in ("early", "beginning", "start"):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part in ("mid", "middle"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part in ("late", "end"):
        return dt.date(year, month, 21), _month_end(year, month)
    return _month_range(year, month)


def _part_of_year(year: int, part: str | None) -> tuple[dt.date, dt.date]:
    """Early (Jan-Apr), mid (May-Aug) or late (Sep-Dec) of a year; the whole year for None."""
    if part in ("early", "beginning", "start"):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part in ("mid", "middle"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if part in ("late", "end"):
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _part_word(m: re.Match[str]) -> str | None:
    """The early/mid/late word of a match, from its `part` or `partof` group."""
    part = m.groupdict().get("part")
    if part:
        return part.lower()
    partof = m.groupdict().get("partof")
    if partof:
        return partof.lower().split()[-2]
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day some months later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _season(year: int, name: str, part: str | None = None) -> tuple[dt.date, dt.date]:
    """A northern-hemisphere season of a year (winter runs into the next year)."""
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[name]
    start = dt.date(year, first, 1)
    end = _add_months(start, 3) - dt.timedelta(days=1)
    if part == "early":
        end = _add_months(start, 1) - dt.timedelta(days=1)
    elif part in ("mid", "middle"):
        start, end = _add_months(start, 1), _add_months(start, 2) - dt.timedelta(days=1)
    elif part == "late":
        start = _add_months(start, 2)
    return start, end


def _int(text: str) -> int | None:
    """An integer written in digits or words ("a" and "an" are 1)."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    return parse_number_words(text)


def _day(text: str) -> int:
    """Day number from "5th" / "05"."""
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DIGITS_RE = re.compile(r"\d+")
_NAME_KINDS: dict[str, tuple[str, str]] = {
    **{name.lower(): ("month", name) for name in _MONTHS},
    **{name.lower(): ("weekday", name) for name in _WEEKDAYS},
}
_ANCHOR_BYTES = frozenset(w.encode() for w in (*_NAME_KINDS, *_WORD_KINDS))


def _anchors(text: str) -> list[tuple[int, int, str]]:
    """Words and digit runs a date expression can hang on, in text order: (start, end, kind)."""
    out: list[tuple[int, int, str]] = []
    for i, j, word in locate_words(lower_same_length(text), _ANCHOR_BYTES):
        named = _NAME_KINDS.get(word)
        if named is None:
            out.append((i, j, _WORD_KINDS[word]))
        elif text[i:j] == named[1]:  # month and weekday names are capitalised
            out.append((i, j, named[0]))
    out.extend((m.start(), m.end(), "digit") for m in _DIGITS_RE.finditer(text))
    out.sort()
    return out


class _Finder:
    """State for one find_dates call: the text, the publication date, the candidate mentions."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.pub = published
        self.found: list[tuple[int, int, Range]] = []

    def run(self) -> list[DateMention]:
        """Read a date at every anchor; keep the leftmost-longest non-overlapping mentions."""
        handlers = {
            "month": self.month,
            "weekday": self.weekday_name,
            "relday": self.relative_day,
            "daypart": self.daypart,
            "unit": self.unit,
            "quarter": self.quarter,
            "season": self.season,
            "digit": self.digits,
        }
        for start, end, kind in _anchors(self.text):
            handlers[kind](start, end)
        self.found.sort(key=lambda f: (f[0], -f[1]))
        kept: list[DateMention] = []
        last_end = -1
        for start, end, value in self.found:
            if start < last_end:
                continue
            last_end = end
            first, last = value if value else (None, None)
            kept.append(DateMention(first, last, self.text[start:end], start))
        return kept

    def add(self, start: int, end: int, value: Range) -> None:
        """Record a candidate mention (value None: not resolvable, kept)."""
        self.found.append((start, end, value))

    def tail(
        self, pattern: re.Pattern[str], pos: int, width: int, leads: frozenset[str] | None = None
    ) -> re.Match[str] | None:
        """Match a pattern that ends exactly at pos, looking at most `width` characters back.

        `leads`, when given, lists what may stand right before pos (a lower-case word, or a single
        punctuation mark or digit): a cheap test that spares most of the searches.
        """
        if leads is not None and _lead(self.text, pos) not in leads:
            return None
        return pattern.search(self.text, max(0, pos - width), pos)

    # ----------------------------------------------------------------- cues
    def clause_before(self, start: int) -> str:
        """The words of the same clause before a date expression."""
        window = _ABBREVIATION_DOTS.sub(_undotted, self.text[max(0, start - 120) : start])
        stops = list(_CLAUSE_STOP_RE.finditer(window))
        return window[stops[-1].end() :] if stops else window

    def tense(self, start: int, end: int) -> str | None:
        """ "ahead", "back" or None: which way the words around a date point ("will be unveiled on Thursday")."""
        words = _TOKEN_RE.findall(self.clause_before(start))
        ahead, back = _cue_positions(words)
        if ahead >= 0:
            # "will be seen after a cyber attack that was discovered late on Saturday": a clause of its own in the
            # past between the look-ahead and the date
            turn = max((i for i, w in enumerate(words) if w.lower() in _SUBORDINATORS), default=-1)
            return "back" if ahead < turn < back else "ahead"
        if back >= 0:
            return "back"
        if all(w.lower() in _FILLER_WORDS for w in words):  # the date opens its clause: "On Thursday, Real will"
            return "ahead" if _AHEAD_AFTER_RE.match(self.text, end, end + 60) else None
        # No cue in the clause: the last cue earlier in the sentence decides.
        sentence = _ABBREVIATION_DOTS.sub(_undotted, self.text[max(0, start - 200) : start])
        sentence = sentence[max(sentence.rfind("."), sentence.rfind("\n"), sentence.rfind("?")) + 1 :]
        ahead, back = _cue_positions(_TOKEN_RE.findall(sentence))
        if ahead < 0 and back < 0:
            return None
        return "ahead" if ahead > back else "back"

    # ----------------------------------------------------------------- resolution
    def month_year(self, month: int, start: int, end: int, rel: str | None = None) -> int | None:
        """The year of a month named without one."""
        pub = self.pub
        if pub is None:
            return None
        if rel in ("next", "coming", "this coming"):
            return pub.year if month > pub.month else pub.year + 1
        if rel in ("last", "this past"):
            return pub.year if month < pub.month else pub.year - 1
        if rel == "this" or month == pub.month:
            return pub.year
        ahead_year = pub.year if month > pub.month else pub.year + 1
        back_year = pub.year if month < pub.month else pub.year - 1
        tense = self.tense(start, end)
        if tense is not None:
            return ahead_year if tense == "ahead" else back_year
        return ahead_year if (month - pub.month) % 12 < (pub.month - month) % 12 else back_year

    def day_year(self, month: int, day: int, start: int, end: int) -> int | None:
        """The year of a day of a month named without one: the nearest (ahead when the clause looks ahead)."""
        pub = self.pub
        if pub is None:
            return None
        candidates = [(d, y) for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
        if not candidates:
            return None
        tense = self.tense(start, end)
        side = [(d, y) for d, y in candidates if (d >= pub if tense == "ahead" else d <= pub)] if tense else []
        return min(side or candidates, key=lambda c: (abs((c[0] - pub).days), c[0] > pub))[1]

    def weekday(self, wd: int, rel: str | None, start: int, end: int) -> dt.date | None:
        """A weekday named without a date, resolved around publication."""
        pub = self.pub
        if pub is None:
            return None
        if rel in ("last", "this past"):
            return pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        if rel == "closed":  # "Friday's close": the latest such day, today included
            return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
        if rel in ("next", "coming", "this coming"):
            return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        if rel == "this":
            return pub + dt.timedelta(days=wd - pub.weekday())
        tense = self.tense(start, end)
        if tense == "ahead" or (rel == "by" and (tense is None or _INFINITIVE.search(self.clause_before(start)))):
            return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)

    def day_range(
        self,
        start: int,
        end: int,
        month: int,
        d1: int,
        sep: str,
        d2: int | None,
        month2: int,
        year: int | None,
        d2_start: int,
        d1_end: int,
    ) -> None:
        """One day, or "5th and 6th" / "5-9" of a month: one mention, or two when "and" joins days apart."""
        if year is None:
            year = self.day_year(month, d1, start, end)
            if year is None:
                self.add(start, end, None)
                return
        first = _safe_date(year, month, d1)
        if first is None:
            return
        if d2 is None:
            self.add(start, end, (first, first))
            return
        second = _safe_date(year + 1 if month2 < month else year, month2, d2)
        if second is None or second < first:
            self.add(start, end, (first, first))
            return
        between = _BETWEEN_BEFORE.search(self.text[max(0, start - 10) : start])
        if sep in ("and", "&") and not between and (second - first).days > 1:
            self.add(start, d1_end, (first, first))
            self.add(d2_start, end, (second, second))
            return
        self.add(start, end, (first, second))

    # ----------------------------------------------------------------- anchor handlers
    def month(self, a: int, b: int) -> None:
        """June 5th and 6th / 30 June 2023 / November 2022 / mid-July 2020 / in July / by mid-July."""
        text = self.text
        core = _MONTH_CORE.match(text, a)
        if core is None:
            return
        month = _MONTHS[core.group("m").rstrip(".")]
        end = core.end()
        if core.group("d1"):  # month first: "June 5th and 6th, 2023"
            pre = self.tail(_MD_PREFIX, a, 45, _MD_LEADS)
            start = pre.start() if pre and pre.group(0) else a
            month2 = _MONTHS[core.group("m2").rstrip(".")] if core.group("m2") else month
            d2 = _day(core.group("d2")) if core.group("d2") else None
            d2_start = core.start("m2") if core.group("m2") else core.start("d2") if d2 else end
            d1_end = core.end("d1")
            year = int(core.group("y")) if core.group("y") else None
            self.day_range(start, end, month, _day(core.group("d1")), (core.group("sep") or "").lower(), d2,
                           month2, year, d2_start, d1_end)  # fmt: skip
            return
        before = text[max(0, a - 8) : a].rstrip(" \u00a0")
        if before.endswith("of"):
            before = before[:-2].rstrip(" \u00a0")
        if before[-1:].isdigit() or (before[-2:] in ("st", "nd", "rd", "th") and before[-3:-2].isdigit()):
            dm = self.tail(_DAY_FIRST_PREFIX, a, 48)
            if dm:  # day first: "30 June 2023", "the 5th and 6th of June"
                year = int(core.group("y2")) if core.group("y2") else None
                if not core.group("y2"):
                    end = core.end("m")
                d2 = _day(dm.group("d2")) if dm.group("d2") else None
                self.day_range(dm.start(), end, month, _day(dm.group("d1")), (dm.group("sep") or "").lower(), d2,
                               month, year, dm.start("d2") if d2 else end, dm.end("d1"))  # fmt: skip
                return
        if self.month_span(a, core, month):
            return
        if core.group("y2"):  # "November 2022", "mid-July 2020"
            pre = self.tail(_PART_PREFIX, a, 24, _PART_LEADS)
            self.add(pre.start() if pre else a, end,
                     _part_of_month(int(core.group("y2")), month, _part_word(pre) if pre else None))  # fmt: skip
            return
        pre = self.tail(_BARE_MONTH_PREFIX, a, 40, _BARE_MONTH_LEADS)
        prep = (pre.group("pre") or "").lower() if pre else ""
        mod = pre.group("mod") if pre else None
        if not (prep or mod or core.group("pos")) or prep == "between":
            return  # a bare capitalised month name is too often a name ("Theresa May") or a verb
        if core.group("m") in ("May", "March", "Mar") and not (prep or mod):
            return
        if len(core.group("m")) <= 4 and _NAME_NEXT.match(self.text, core.end("m")):
            return  # "after Jan Berg said": a first name
        # The surface keeps "in" / "by" / "on" (as the gold does: "in July", "by mid-July").
        start = pre.start() if prep in ("in", "by", "on") else pre.start("mod") if mod else a  # type: ignore[union-attr]
        rel = " ".join(pre.group("rel").lower().split()) if pre and pre.group("rel") else None
        if prep == "by" and not rel:  # a deadline: the next such month
            year = None if self.pub is None else self.pub.year + int(month < self.pub.month)
        else:
            year = self.month_year(month, start, end, rel)
        if year is None:
            self.add(start, end, None)
            return
        self.add(start, end, _part_of_month(year, month, _part_word(pre) if pre else None))

    def month_span(self, a: int, core: re.Match[str], month: int) -> bool:
        """From January to October 2023 / between January and October last year / June 2022-March 2023: one range
        of whole months, the year written once standing for both ends. False when no second month follows."""
        span = _MONTH_SPAN.match(self.text, core.end("y2") if core.group("y2") else core.end("m"))
        if span is None or core.group("pos"):
            return False
        lead = self.tail(_SPAN_LEAD, a, 10, _BETWEEN_LEADS | _words("in since during"))
        word = lead.group("w").lower() if lead else None
        sep = span.group("sep").strip().lower()
        if (sep == "and") != (word == "between") or (word is None and sep not in ("-", "–") and not span.group("y2")):
            return False  # "January and October" are two months; "January to October" wants "from" or a year
        month2 = _MONTHS[span.group("m2").rstrip(".")]
        rel = span.group("rel")
        if span.group("y2") or rel:
            if span.group("y2"):
                last = int(span.group("y2"))
            elif self.pub is None:
                self.add(a, span.end(), None)
                return True
            else:
                last = self.pub.year + {"last": -1, "this": 0, "next": 1}[rel.lower()]
            first = int(core.group("y2")) if core.group("y2") else last - (month2 < month)
        else:
            first = self.month_year(month, a, core.end("m"))  # type: ignore[assignment]
            if first is None:
                self.add(a, span.end(), None)
                return True
            last = first + (month2 < month)
        if (last, month2) <= (first, month) or last - first > 5:
            return False
        start = lead.start() if word in ("between", "from") else a  # type: ignore[union-attr]
        self.add(start, span.end(), (dt.date(first, month, 1), _month_end(last, month2)))
        return True

    def weekday_name(self, a: int, b: int) -> None:
        """on Tuesday / Late on Thursday / last Friday / Thursday's."""
        text = self.text
        core = _WEEKDAY_CORE.match(text, a)
        if core is None or core.group("name") or self.tail(_NAMED_DAY_BEFORE, a, 12, _NAMED_DAY_LEADS):
            return  # "the Sunday Times", "Black Friday"
        pre = self.tail(_WEEKDAY_PREFIX, a, 22, _WEEKDAY_LEADS)
        start = pre.start() if pre else a
        rel = " ".join(pre.group("rel").lower().split()) if pre and pre.group("rel") else None
        if pre and pre.group("pre") and pre.group("pre").lower() in ("by", "until", "till"):
            rel = "by"  # a deadline: "told to take the packs off their shelves by Friday" is the coming Friday
            # (unless the clause tells the past: "shares had fallen 5% by Friday")
        if core.group("pos") and _CLOSE_AFTER.match(text, core.end()):
            rel = "closed"  # "a 27% premium to Friday's closing price" is a price already set
        value = self.weekday(_WEEKDAYS[core.group("wd")], rel, start, core.end())
        self.add(start, core.end(), (value, value) if value else None)

    def relative_day(self, a: int, b: int) -> None:
        """yesterday / today / tomorrow / tonight / the day before yesterday."""
        word = self.text[a:b].lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        start = a
        around = self.tail(_DAY_AROUND, a, 20, _AROUND_LEADS) if word in ("yesterday", "tomorrow") else None
        if around:
            start = around.start()
            offset += -1 if "before" in around.group("w").lower() else 1
        end = b + 2 if self.text[b : b + 2] in ("'s", "’s") else b
        if self.pub is None:
            self.add(start, end, None)
            return
        day = self.pub + dt.timedelta(days=offset)
        self.add(start, end, (day, day))

    def daypart(self, a: int, b: int) -> None:
        """last night / this morning."""
        word = self.text[a:b].lower()
        before = self.text[max(0, a - 6) : a].lower().rstrip(" \u00a0")
        if word == "night" and before.endswith("last"):
            offset, start = -1, a - (a - max(0, a - 6)) + before.rfind("last")
        elif word != "night" and before.endswith("this"):
            offset, start = 0, max(0, a - 6) + before.rfind("this")
        else:
            return
        if self.pub is None:
            self.add(start, b, None)
            return
        day = self.pub + dt.timedelta(days=offset)
        self.add(start, b, (day, day))

    def unit(self, a: int, b: int) -> None:
        """a day earlier / two weeks ago / last week / earlier this year / for the next decade."""
        text = self.text
        unit = text[a:b].lower()
        singular = unit.removesuffix("s")
        ago = _AGO_AFTER.match(text, b)
        if ago:
            num = self.tail(_NUMBER_BEFORE, a, 16, _NUMBER_LEADS)
            if num:
                self.ago(num.start(), ago.end(), _int(num.group("n")), singular, ago.group("dir").lower())
                return
        if unit.endswith("s") or unit == "decade":
            span = self.tail(_ANCHORED_PREFIX, a, 45, _ANCHORED_LEADS)
            if span:
                n = _int(span.group("n")) if span.group("n") else (None if unit.endswith("s") else 1)
                if n is not None:
                    self.anchored_span(span.start(), b, n, singular, span.group("dir").lower())
                    return
        if unit.endswith("s") or singular == "day":
            return
        part = self.tail(_PERIOD_PART_PREFIX, a, 40, _PERIOD_PART_LEADS) if unit in ("year", "month") else None
        if part:  # "by the end of the year", "early next year"
            self.period_part(part, b, unit)
            return
        rel = self.tail(_RELATIVE_PREFIX, a, 30, _RELATIVE_LEADS)
        if rel:
            self.relative_period(rel, a, b, singular)

    def period_part(self, m: re.Match[str], end: int, unit: str) -> None:
        """early / mid / late (the beginning / middle / end of) this, next or last year or month."""
        if self.pub is None:
            self.add(m.start(), end, None)
            return
        step = {"the": 0, "this": 0, "next": 1, "last": -1}[m.group("rel").lower()]
        part = _part_word(m)
        if unit == "year":
            self.add(m.start(), end, _part_of_year(self.pub.year + step, part))
        else:
            month = _add_months(self.pub.replace(day=1), step)
            self.add(m.start(), end, _part_of_month(month.year, month.month, part))

    def quarter(self, a: int, b: int) -> None:
        """the first quarter of 2023 / the second half of this year."""
        ordinal = self.tail(_ORDINAL_PREFIX, a, 12)
        if not ordinal:
            return
        word = ordinal.group("o").lower()
        index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "final": 4, "last": 4}[word]  # fmt: skip
        start = ordinal.start()
        lead = self.text[max(0, start - 4) : start].lower()
        if lead.endswith("the "):
            start -= 4
        half = self.text[a:b].lower() == "half"
        after = _QUARTER_YEAR_AFTER.match(self.text, b)
        if after is None:
            self.unyeared_period(start, b, index, half, lead.endswith("the "))
            return
        ytext = after.group("y").lower()
        if ytext[0].isdigit():
            year: int | None = int(ytext)
        else:
            year = None if self.pub is None else self.pub.year + {"this": 0, "last": -1, "next": 1}[ytext.split()[0]]
        self.add_period(start, after.end(), year, index, half)

    def unyeared_period(self, start: int, end: int, index: int, half: bool, the: bool) -> None:
        """A quarter or half named without its year: "the first half of the year" is this year's; "in the third
        quarter" is the one the clause points to. A half without "of the year" is left alone: "scored in the first
        half" is a match's."""
        of_year = _OF_THE_YEAR.match(self.text, end)
        if of_year is None and (half or not the):
            return
        if self.pub is None:
            self.add(start, of_year.end() if of_year else end, None)
            return
        year = self.pub.year
        if of_year is None:
            months = 3
            first, last = dt.date(year, months * (index - 1) + 1, 1), _month_end(year, months * index)
            tense = self.tense(start, end)
            if tense == "ahead" and last < self.pub:
                year += 1
            elif tense == "back" and first > self.pub:
                year -= 1
        self.add_period(start, of_year.end() if of_year else end, year, index, half)

    def add_period(self, start: int, end: int, year: int | None, index: int, half: bool) -> None:
        """A quarter or a half of a year."""
        if year is None:
            self.add(start, end, None)
            return
        months = 6 if half else 3
        index = min(index, 2) if half else index
        first = months * (index - 1) + 1
        self.add(start, end, (dt.date(year, first, 1), _month_end(year, first + months - 1)))

    def season(self, a: int, b: int) -> None:
        """the summer of 2020 / last summer / this winter."""
        text = self.text
        name = text[a:b].lower()
        name = "autumn" if name == "fall" else name
        after = _SEASON_YEAR_AFTER.match(text, b)
        if after:
            pre = self.tail(_SEASON_PREFIX, a, 16)
            part = (pre.group("part") or "").lower() or None if pre else None
            self.add(pre.start() if pre else a, after.end(), _season(int(after.group("y")), name, part))
            return
        rel = self.tail(_RELATIVE_PREFIX, a, 30, _RELATIVE_LEADS)
        if rel:
            self.relative_period(rel, a, b, name)

    def digits(self, a: int, b: int) -> None:
        """A year (2019, 2022's, 2019-2021, the 1990s, early 2023), a numeric date, or a quarter code."""
        text = self.text
        run = text[a:b]
        if len(run) == 1 and text[a - 1 : a] in ("Q", "H") and not text[a - 2 : a - 1].isalnum():
            self.quarter_code(a - 1)
            return
        if text[a - 1 : a].isalnum() or text[a - 1 : a] in ("$", "€", "£", "¥", ".", ",", "#", "/", ":", "'", "’"):
            return
        if text[a - 1 : a] == "-" and not text[max(0, a - 6) : a - 1].lower().endswith(("mid", "early", "late")):
            return  # "COVID-2019", "2022-2023" (read from its first year)
        if len(run) == 4 and ("-" in text[b : b + 1] and text[b + 1 : b + 3].isdigit() and text[b + 3 : b + 4] == "-"):
            numeric = _NUMERIC.match(text, a)
            if numeric:
                self.numeric(numeric)
                return
        if text[b : b + 1] == "/":
            numeric = _NUMERIC.match(text, a)
            if numeric:
                self.numeric(numeric)
            return
        if len(run) == 4 and "1800" <= run <= "2099":
            self.year(a, b)

    def quarter_code(self, a: int) -> None:
        """Q3 2022 / 2022 Q3 / H1 2024."""
        m = _QUARTER_CODE.match(self.text, a)
        if m is None:
            return
        start, end = a, m.end()
        year_text = m.group("y")
        if year_text is None:
            before = self.tail(_QUARTER_CODE_BEFORE, a, 6)
            if before is None:
                return
            start, year_text = before.start(), before.group("y")
        code = m.group("q")
        self.add_period(start, end, int(year_text), int(code[1]), code[0] == "H")

    def numeric(self, m: re.Match[str]) -> None:
        """2023-06-30 / 30/06/2023 (day first unless the middle cannot be a month)."""
        if m.group("y"):
            value = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        else:
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
            day, month = (a, b) if b <= 12 else (b, a)
            value = _safe_date(year, month, day)
        if value:
            self.add(m.start(), m.end(), (value, value))

    def year(self, a: int, b: int) -> None:
        """2019 / 2022's / 2019-2021 / between 2019 and 2021 / the 1990s / early 2023."""
        text = self.text
        core = _YEAR_CORE.match(text, a)
        if core is None:
            return
        word = _prev_word(text, a)[0]
        if word in _NOT_YEAR_BEFORE_WORDS:
            return
        year = int(core.group("y"))
        end = core.end()
        if core.group("decade"):
            if year % 10 == 0 and not core.group("y2"):
                self.add(a, core.end("decade"), (dt.date(year, 1, 1), dt.date(year + 9, 12, 31)))
            return
        if not core.group("y2") and _NOT_YEAR_AFTER_RE.match(text, end):
            return
        if (word in _DETERMINERS or core.group("pos")) and _LABEL_AFTER_RE.match(text, end):
            return  # "the 2019 programme": a label, not a date
        start = a
        part = self.tail(_PART_PREFIX, a, 24, _PART_LEADS)
        if part and not core.group("y2"):
            self.add(part.start(), end, _part_of_year(year, _part_word(part)))
            return
        if core.group("y2"):
            sep = core.group("sep").lower()
            y2 = core.group("y2")
            last = int(y2) if len(y2) == 4 else year - year % 100 + int(y2)
            between = self.tail(_BETWEEN_PREFIX, a, 10, _BETWEEN_LEADS)
            if last <= year or (sep == "and" and not between):
                # Not a range ("2019 and 2021", "2021-19"): two separate years, or none.
                if len(y2) == 4 and sep not in ("-", "–", "—", "/"):
                    self.add(a, core.end("y"), _part_of_year(year, None))
                    self.add(core.start("y2"), end, _part_of_year(last, None))
                return
            if between:
                start = between.start()
            self.add(start, end, (dt.date(year, 1, 1), dt.date(last, 12, 31)))
            return
        self.add(start, end, _part_of_year(year, None))

    # ----------------------------------------------------------------- relative periods
    def ago(self, start: int, end: int, n: int | None, unit: str, direction: str) -> None:
        """a day earlier / two weeks ago / three years later, counted from publication."""
        if n is None:
            return
        if self.pub is None:
            self.add(start, end, None)
            return
        sign = 1 if direction == "later" else -1
        pub = self.pub
        if unit in ("day", "week"):
            day = pub + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
            self.add(start, end, (day, day))
        elif unit == "month":
            shifted = _add_months(pub, sign * n)
            self.add(start, end, _month_range(shifted.year, shifted.month))
        else:
            self.add(start, end, _part_of_year(pub.year + sign * n * (10 if unit == "decade" else 1), None))

    def anchored_span(self, start: int, end: int, n: int, unit: str, direction: str) -> None:
        """for the next decade / over the past five years: publication .. the same day N units away."""
        if self.pub is None:
            self.add(start, end, None)
            return
        sign = 1 if direction in ("next", "coming", "following") else -1
        months = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[unit]
        if months:
            other = _add_months(self.pub, sign * n * months)
        else:
            other = self.pub + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        self.add(start, end, (self.pub, other) if sign > 0 else (other, self.pub))

    def relative_period(self, rel_match: re.Match[str], a: int, b: int, unit: str) -> None:
        """last week / this year / next month / earlier this year / last summer / last year's."""
        text = self.text
        rel = " ".join(rel_match.group("rel").lower().split()).removeprefix("the ")
        mod = " ".join((rel_match.group("mod") or "").lower().split())
        end = b
        if text[b : b + 2] in ("'s", "’s"):
            end = b + 2
            if _LABEL_AFTER_RE.match(text, end):
                return  # "next year's budget": a label
        start = rel_match.start()
        if self.pub is None:
            self.add(start, end, None)
            return
        pub = self.pub
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
                "next": 1, "coming": 1, "following": 1}[rel]  # fmt: skip
        if rel == "past" and unit in ("week", "month", "year"):
            # "the past week": a rolling period up to publication, not the calendar week.
            back = {"week": pub - dt.timedelta(days=7), "month": _add_months(pub, -1), "year": _add_months(pub, -12)}
            self.add(start, end, (back[unit], pub))
            return
        value: tuple[dt.date, dt.date]
        if unit in ("week", "weekend"):
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            value = (monday, monday + dt.timedelta(days=6))
            if unit == "weekend":
                value = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        elif unit == "month":
            shifted = _add_months(pub.replace(day=1), step)
            value = _month_range(shifted.year, shifted.month)
        elif unit == "year":
            value = _part_of_year(pub.year + step, None)
        elif unit == "decade":
            first = pub.year - pub.year % 10 + 10 * step
            value = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
        else:  # a season
            current = _season(pub.year if pub.month > 2 or unit != "winter" else pub.year - 1, unit)
            if step == 0:
                value = current
            elif step < 0:
                value = _season(current[0].year if current[1] < pub else current[0].year - 1, unit)
            else:
                value = _season(current[0].year if current[0] > pub else current[0].year + 1, unit)
        so_far = _SO_FAR_AFTER.match(text, end) if step == 0 and not mod else None  # "this year so far"
        if so_far:
            end, mod = so_far.end(), "so far"
        if mod and step == 0:
            value = (value[0], pub) if mod in ("earlier", "so far") else (pub, value[1])
        self.add(start, end, value)


def _cue_positions(words: list[str]) -> tuple[int, int]:
    """Index of the last look-ahead cue and of the last past-tense cue among words (-1: none)."""
    ahead = back = -1
    size = len(words)
    for i, word in enumerate(words):
        low = word.lower()
        following = words[i + 1].lower() if i + 1 < size else ""
        if following == "have" or (following == "not" and i + 2 < size and words[i + 2].lower() == "have"):
            continue  # "may have peaked", "should not have": past
        if (low in _AHEAD_WORDS and word not in ("May", "Will")) or (low, following) in _AHEAD_PAIRS:
            ahead = i
        elif low in _PAST_WORDS or (len(low) > 4 and low.endswith("ed") and low not in _NOT_PAST_ED):
            back = i
    return ahead, back


def _lead(text: str, pos: int) -> str:
    """What stands right before pos, spaces skipped: a lower-case word, or one other character."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == 0:
        return ""
    if not text[j - 1].isalpha():
        return text[j - 1]
    k = j - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word right before pos (lower-cased, spaces skipped; "" after punctuation) and its start."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:j].lower(), k


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in text resolved to a calendar range against `published`; unresolvable -> start=end=None (kept, not guessed). DateMention.offset = offset of .text in `text`."""  # noqa: E501
    return _Finder(text, published).run()
