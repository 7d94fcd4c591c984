"""Quantity extraction: every number expression in a text, normalized (labelling rules: dev-corpus README).

The scan visits "anchors" in text order: digit runs, number words ("twenty-seven",
"a dozen"), ordinals, plural scales ("millions"), "once"/"twice", "-fold" words
and units of time after "a"/"the next" ("within a day", "the next decade").
Anchor words are found with one split of the text and a set intersection, far
cheaper than a regex alternation over the whole text. Each anchor's
neighbourhood decides the rest, read with short anchored patterns: a currency
sign or code before it, a scale ("m", "bn", "million"), a range partner ("-17",
"and $17bn"), a unit after it (currency word, percent, time unit, "times", a
measure, a counted noun) and bound words before or after it ("at least",
"up to", "within", "or more").

Choices where the README is silent, taken from the gold or made here:

* "scored 24 times", "only twice before" are counts; "twice as fast",
  "three times higher", "tenfold" are multipliers (other, "times").
* Ranks are ordinals after "the", a finishing verb ("finished third") or a
  possessive with a superlative ("the world's third-largest"); "his first
  appearance" is not a rank (the gold leaves it out).
* Ages: "aged 19", "19-year-old", "he was only 17", ", at 16", "Name (24)"
  (the surface text keeps the name, as the gold does).
* Weeks become days (x7) and decades years (x10) so that durations share the
  README's units; other measures (km, barrels per day, basis points,
  percentage points) are kind other with their own unit.
* "over nine months" is a period, not a bound; "more than the £100m" compares
  with a definite amount and is a point.
* A conversion in brackets shares the bounds of the amount it converts
  ("could lift the total to €133m (£113m)": both high only).
* A bare "135 million" takes the currency of the amount before it in the text,
  or money without a unit when the text talks of fees or prices.

Years, calendar dates, clock times, scores ("2-1") and identifiers
("COVID-19", "Article 5", "G7") are not quantities; dates.py handles dates.

Number words use a small hand-written table rather than ``text2num``: the
forms news prose uses fit in forty lines, the parse runs only where the scan
already stands, and the table adds no dependency to the runtime set.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from claims.extraction.types import Quantity, QuantityKind

__all__ = ["find_quantities", "locate_words", "lower_same_length", "parse_number_words"]

# --------------------------------------------------------------------------- number words

_UNIT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "crore": 10**7, "lakh": 10**5,
}  # fmt: skip
_ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal (keeps long word lists compact)."""
    return frozenset(text.split())


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first so no prefix shadows a longer word."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNITS_ALT = _alt(_UNIT_WORDS)
_UNITS1_9_ALT = _alt(w for w, v in _UNIT_WORDS.items() if v < 10)
_TENS_ALT = _alt(_TENS_WORDS)
_NUMWORD_START = rf"(?:{_TENS_ALT})(?:-(?:{_UNITS1_9_ALT}))?|{_UNITS_ALT}"
_WORD_TOKEN_RE = re.compile(
    rf"(?P<sep>\s+and\s+|\s+|-)?(?P<tok>(?:{_TENS_ALT})(?:-(?:{_UNITS1_9_ALT}))?|{_UNITS_ALT}"
    rf"|{_alt(_SCALE_WORDS)}|dozen|an|a)\b",
    re.I,
)
# Which token may follow which in a number phrase ("two hundred and five", "a dozen", "three million").
_WORD_STATES: dict[str, tuple[str, ...]] = {
    "start": ("a", "small", "tens"),
    "a": ("hundred", "scale", "dozen"),
    "small": ("hundred", "scale", "dozen"),
    "tens": ("small", "scale"),
    "hundred": ("small", "tens", "scale"),
    "scale": ("small", "tens"),
    "dozen": (),
}


def _read_words(text: str, pos: int) -> tuple[int, int] | None:
    """Parse a number-word phrase starting at pos; (value, end offset) or None."""
    total = current = 0
    state = "start"
    end = i = pos
    while True:
        m = _WORD_TOKEN_RE.match(text, i)
        if not m or (state == "start") == bool(m.group("sep")):
            break
        sep = (m.group("sep") or "").strip().lower()
        tok = m.group("tok").lower()
        if sep == "and" and state not in ("hundred", "scale"):
            break
        if tok in ("a", "an"):
            kind, value = "a", 1
        elif tok == "dozen":
            kind, value = "dozen", 12
        elif tok in _SCALE_WORDS:
            kind, value = ("hundred" if tok == "hundred" else "scale"), _SCALE_WORDS[tok]
        elif tok in _TENS_WORDS:
            kind, value = "tens", _TENS_WORDS[tok]
        elif "-" in tok:
            tens, unit = tok.split("-", 1)
            kind, value = "small", _TENS_WORDS[tens] + _UNIT_WORDS[unit]
        else:
            kind, value = "small", _UNIT_WORDS[tok]
        if kind not in _WORD_STATES[state] or (state == "tens" and (value >= 10 or sep == "-")):
            break  # "twenty seven" yes; "twenty eleven", "one two" no
        if kind in ("small", "tens"):
            current += value
        elif kind == "a":
            current = 1
        elif kind == "hundred":
            current = (current or 1) * 100
        elif kind == "dozen":
            current = (current or 1) * 12
        else:
            total += (current or 1) * value
            current = 0
        state = kind
        end = i = m.end()
    if state in ("start", "a"):
        return None
    return total + current, end


def parse_number_words(text: str) -> int | None:
    """The value of a whole number-word phrase ("twenty-seven", "a dozen", "two hundred"), else None."""
    got = _read_words(text.strip(), 0)
    return got[0] if got and got[1] == len(text.strip()) else None


# --------------------------------------------------------------------------- currencies

_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₴": "UAH", "₱": "PHP",
}  # fmt: skip
_CODES = sorted(
    _words(
        "USD EUR GBP JPY CNY RMB INR PKR LKR NPR BDT CHF CAD AUD NZD HKD SGD TWD RUB TRY BRL ZAR NGN KES UGX "
        "TZS GHS ETB EGP SAR AED QAR KWD BHD OMR MAD DZD TND LYD JOD ILS IRR IQD SEK NOK DKK PLN CZK HUF RON "
        "UAH MXN ARS CLP COP PEN KRW THB MYR IDR PHP VND XOF XAF SDR XDR"
    )
)
_CODE_SET = frozenset(_CODES)
CURRENCY_CODES = _CODE_SET  # ISO codes of currencies: all capitals, but no organisation
_CURRENCY_SIGNS = frozenset("$€£¥₹₽₩₺₦₴₱")
_CODE_ALIASES = {"RMB": "CNY", "XDR": "SDR"}
# Adjective before a currency word: the adjective decides the code ("Pakistani rupees" -> PKR).
_CURRENCY_ADJECTIVES: dict[str, str] = {
    "US": "USD", "U.S.": "USD", "American": "USD", "Canadian": "CAD", "Australian": "AUD",
    "New Zealand": "NZD", "Hong Kong": "HKD", "Singapore": "SGD", "Taiwan": "TWD", "Taiwanese": "TWD",
    "Egyptian": "EGP", "Lebanese": "LBP", "Syrian": "SYP", "Sudanese": "SDG", "Pakistani": "PKR",
    "Indian": "INR", "Sri Lankan": "LKR", "Nepalese": "NPR", "Nepali": "NPR", "Algerian": "DZD",
    "Tunisian": "TND", "Libyan": "LYD", "Iraqi": "IQD", "Jordanian": "JOD", "Kuwaiti": "KWD",
    "Bahraini": "BHD", "Serbian": "RSD", "Swiss": "CHF", "CFA": "XOF", "Saudi": "SAR", "Qatari": "QAR",
    "Omani": "OMR", "Iranian": "IRR", "Yemeni": "YER", "Moroccan": "MAD", "Emirati": "AED", "UAE": "AED",
    "Turkish": "TRY", "South African": "ZAR", "Nigerian": "NGN", "Kenyan": "KES", "Ugandan": "UGX",
    "Tanzanian": "TZS", "Ghanaian": "GHS", "Mexican": "MXN", "Argentine": "ARS", "Argentinian": "ARS",
    "Chilean": "CLP", "Colombian": "COP", "Philippine": "PHP", "Brazilian": "BRL", "Japanese": "JPY",
    "Chinese": "CNY", "Russian": "RUB", "Ukrainian": "UAH", "Danish": "DKK", "Norwegian": "NOK",
    "Swedish": "SEK", "Polish": "PLN", "Czech": "CZK", "Hungarian": "HUF", "Indonesian": "IDR",
    "Malaysian": "MYR", "Thai": "THB", "South Korean": "KRW", "Korean": "KRW", "Bangladeshi": "BDT",
    "Ethiopian": "ETB", "Israeli": "ILS", "Zimbabwean": "ZWL",
}  # fmt: skip
# Currency words and their code when no adjective says otherwise (None: depends on the country).
_CURRENCY_WORDS: dict[str, str | None] = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": None, "rouble": "RUB", "ruble": "RUB", "franc": "CHF", "peso": None,
    "riyal": "SAR", "rial": "IRR", "dirham": "AED", "dinar": None, "lira": "TRY", "won": "KRW",
    "rand": "ZAR", "naira": "NGN", "shilling": "KES", "cedi": "GHS", "reais": "BRL", "ringgit": "MYR",
    "baht": "THB", "rupiah": "IDR", "dong": "VND", "zloty": "PLN", "forint": "HUF", "koruna": "CZK",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "hryvnia": "UAH", "taka": "BDT",
    "birr": "ETB", "shekel": "ILS", "sdr": "SDR", "special drawing right": "SDR",
}  # fmt: skip
# Words that are also ordinary English: money only with a scale, an adjective or "sterling".
_AMBIGUOUS_CURRENCY_WORDS = {"pound", "won", "rand", "dong", "franc"}
# Which rupee / dinar / peso: a country the text names decides (checked in this order).
_COUNTRY_CURRENCY: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), word, code)
    for pattern, word, code in (
        (r"\bPakistan|\bIslamabad|\bKarachi|\bLahore|\bPKR\b", "rupee", "PKR"),
        (r"\bSri Lanka|\bColombo", "rupee", "LKR"),
        (r"\bNepal|\bKathmandu", "rupee", "NPR"),
        (r"\bIndia|\bDelhi|\bMumbai", "rupee", "INR"),
        (r"\bAlgeri|\bAlgiers", "dinar", "DZD"),
        (r"\bTunisi", "dinar", "TND"),
        (r"\bIraq|\bBaghdad", "dinar", "IQD"),
        (r"\bKuwait", "dinar", "KWD"),
        (r"\bJordan|\bAmman", "dinar", "JOD"),
        (r"\bLibya|\bTripoli", "dinar", "LYD"),
        (r"\bBahrain", "dinar", "BHD"),
        (r"\bSerbia|\bBelgrade", "dinar", "RSD"),
        (r"\bMexic", "peso", "MXN"),
        (r"\bArgentin|\bBuenos Aires", "peso", "ARS"),
        (r"\bChile|\bSantiago", "peso", "CLP"),
        (r"\bColombia|\bBogot", "peso", "COP"),
        (r"\bPhilippine|\bManila", "peso", "PHP"),
    )
)
_DEFAULT_BY_WORD = {"rupee": "INR"}

_ADJ_ALT = _alt(re.escape(a) for a in _CURRENCY_ADJECTIVES)
_CUR_WORD_ALT = (
    r"dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?"
    r"|francs?|pesos?|riyals?|rials?|dirhams?|dinars?|liras?|lira|won|rand|naira|shillings?|cedis?"
    r"|reais|ringgit|baht|rupiah|dong|zlotys?|forints?|korunas?|kronor|krona|kroner|krone"
    r"|hryvnias?|taka|birr|shekels?|SDRs?|special\s+drawing\s+rights"
)
_CUR_SUFFIX_RE = re.compile(
    rf"[ \u00a0]+(?:(?P<code>{'|'.join(_CODES)})(?![A-Za-z])"
    rf"|(?:(?P<adj>{_ADJ_ALT})[ \u00a0]+)?(?P<word>(?i:{_CUR_WORD_ALT}))\b)"
)

# --------------------------------------------------------------------------- anchors
# Where a quantity can start: digit runs (one regex pass) and anchor words (locate_words).

_DIGITS_RE = re.compile(r"\d+")
_ANCHOR_WORDS: dict[str, str] = {
    **dict.fromkeys(_UNIT_WORDS, "word"),
    **dict.fromkeys(_TENS_WORDS, "word"),
    **dict.fromkeys(("hundred", "thousand", "million", "billion", "trillion", "dozen"), "scale"),
    **dict.fromkeys(_ORDINAL_WORDS, "ordinal"),
    **dict.fromkeys(("tens", "dozens", "hundreds", "thousands", "millions", "billions"), "plural"),
    **dict.fromkeys(("once", "twice", "thrice"), "adverb"),
    **dict.fromkeys((w + "fold" for w in (*_UNIT_WORDS, *_TENS_WORDS, "hundred")), "fold"),
    **dict.fromkeys(("decade", "year", "month", "week", "day", "hour"), "unit"),
}
_ANCHOR_BYTES = frozenset(w.encode() for w in _ANCHOR_WORDS)
_SEPARATORS = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def lower_same_length(text: str) -> str:
    """text.lower() with unchanged offsets (a character whose lower case is longer stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def locate_words(low: str, words: frozenset[bytes]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence in lower-cased text of the given ASCII words: (start, end, word)."""
    # Bytes with one byte per character keep the offsets; split and set intersection run at C speed,
    # far faster than a regex alternation of ~100 words over the whole text.
    padded = b" " + low.encode("ascii", "replace").translate(_SEPARATORS) + b" "
    out: list[tuple[int, int, str]] = []
    for word in set(padded.split()) & words:
        needle = b" " + word + b" "
        size = len(word)
        i = padded.find(needle)
        while i >= 0:
            out.append((i, i + size, word.decode()))
            i = padded.find(needle, i + size + 1)
    return out


def _anchors(text: str) -> list[tuple[int, int, str]]:
    """Candidate starts of quantities, in text order: (start, end, kind)."""
    out = [(i, j, _ANCHOR_WORDS[word]) for i, j, word in locate_words(lower_same_length(text), _ANCHOR_BYTES)]
    out.extend((m.start(), m.end(), "digit") for m in _DIGITS_RE.finditer(text))
    out.sort()
    return out


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word right before pos (lower-cased, spaces skipped; "" after punctuation) and its start offset."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == 0 or not (text[j - 1].isalpha() or text[j - 1] in "'’"):
        return "", j
    k = j - 1
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
        k -= 1
    return text[k:j].lower(), k


_NEXT_WORD_RE = re.compile(r"[ \u00a0]*(?:[-‐](?=[A-Za-z]))?([A-Za-z]+|.?)", re.S)


def _next_word(text: str, pos: int) -> str:
    """The word right after pos (spaces and one hyphen skipped), or the next non-space character."""
    return _NEXT_WORD_RE.match(text, pos).group(1)  # type: ignore[union-attr]


# --------------------------------------------------------------------------- context patterns

_HYPHEN_WORD = re.compile(r"-([a-z]+)\b")
_LETTERS = re.compile(r"[A-Za-z]+")
_NOT_A_COUNT_AFTER = re.compile(r"\s+(?:of|another|or|and|day|by)\b|'s|’s", re.I)
_NUM_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_SCALE_RE = re.compile(
    r"[ \u00a0]*(?P<w>(?i:thousand|million|billion|trillion|crore|lakh))s?\b"
    r"|(?P<a>(?i:bn|mn|mln|tn|trn|tr|m|b|k))\b|[ \u00a0](?P<a2>bn|mn|mln|tn|trn)\b"
)
_SCALE_ABBREV = {"bn": 10**9, "b": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6, "k": 10**3,
                 "tn": 10**12, "trn": 10**12, "tr": 10**12}  # fmt: skip
_RANGE_RE = re.compile(
    r"[ \u00a0]*(?P<sep>-|–|—|(?i:to|and|or))[ \u00a0]*(?P<cur>(?:US|A|C|HK|NZ|S)?\$|[€£¥₹₽₩₺₦₴₱]"
    rf"|Rs\.?[ \u00a0]?|(?:{'|'.join(_CODES)})[ \u00a0])?(?=\d|(?i:{_NUMWORD_START})\b)"
)
_PCT_RE = re.compile(
    r"[ \u00a0]*(?P<pct>%|(?i:per[ \u00a0]?cent|percent|pct)\b)"
    r"|[ \u00a0]+(?P<pp>(?i:percentage[ -]points?|ppts?)\b)|[ \u00a0]+(?P<bp>(?i:basis[ -]points?|bps)\b)"
)
_TIME_UNITS: dict[str, tuple[str, int]] = {
    "year": ("years", 1), "yr": ("years", 1), "month": ("months", 1), "week": ("days", 7),
    "day": ("days", 1), "hour": ("hours", 1), "hr": ("hours", 1), "minute": ("minutes", 1),
    "min": ("minutes", 1), "second": ("seconds", 1), "decade": ("years", 10), "century": ("years", 100),
    "season": ("seasons", 1), "quarter": ("quarters", 1),
}  # fmt: skip
_TIME_RE = re.compile(
    r"(?P<sep>[ \u00a0]+(?:(?:straight|consecutive|successive|full|whole|more|further|additional)[ \u00a0]+)?|-|‐)"
    r"(?P<u>(?i:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?"
    r"|seconds?|decades?|century|centuries|seasons?|quarters?))(?P<old>[- ]olds?)?\b(?!-)"
)
_RELATIVE_TIME_RE = re.compile(r"\s+(?i:ago|earlier|later|from\s+now)\b(?!\s+than\b)")
_TIMES_RE = re.compile(
    r"(?P<times>[ \u00a0]+times\b)(?P<cmp>\s+(?:as|more|less|fewer|the|that|what|over)\b|\s+[a-z]{3,}er\s+than\b"
    r"|\s+(?:larger|bigger|higher|greater|smaller|lower|faster|slower|longer|shorter|cheaper)\b)?"
    r"|(?P<fold>-?fold)\b|(?P<x>x)\b",
    re.I,
)
_MEASURES: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "miles", "metre": "m", "meter": "m",
    "kg": "kg", "kilogram": "kg", "kilo": "kg", "tonne": "tonnes", "ton": "tonnes", "barrel": "barrels",
    "barrels per day": "barrels per day", "barrels a day": "barrels per day", "bpd": "barrels per day",
    "litre": "litres", "liter": "litres", "gallon": "gallons", "mw": "MW", "gw": "GW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "hectare": "hectares", "acre": "acres", "sq km": "km2",
    "sqkm": "km2", "square kilometre": "km2", "square kilometer": "km2", "square mile": "square miles",
    "degree": "degrees", "foot": "feet", "feet": "feet", "ft": "feet", "inch": "inches",
    "cm": "cm", "mm": "mm", "mg": "mg", "milligram": "mg", "mb": "MB", "megabyte": "MB", "gb": "GB",
    "gigabyte": "GB", "tb": "TB", "terabyte": "TB", "pb": "PB", "petabyte": "PB", "km/h": "km/h", "kmh": "km/h",
    "mph": "mph", "c": "°C", "°c": "°C", "° c": "°C", "f": "°F", "°f": "°F", "° f": "°F",
    **{f"{d} {scale}": unit for d in ("degree", "degrees") for scale, unit in
       (("celsius", "°C"), ("centigrade", "°C"), ("fahrenheit", "°F"))},
}  # fmt: skip
_MEASURE_RE = re.compile(
    r"(?:[ \u00a0]*|-)(?P<u>(?<=\d)[CF]|°[ \u00a0]?[CF]|(?i:km/h|kmh|mph"
    r"|degrees?[ \u00a0]+(?:celsius|centigrade|fahrenheit)|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg"
    r"|kilo(?:gram)?s?|tonnes?"
    r"|tons?|barrels?(?:\s+(?:per|a)\s+day)?|bpd|lit(?:re|er)s?|gallons?|MW|GW|kWh|MWh|GWh|TWh|hectares?"
    r"|acres?|sq[ ]?km|square\s+(?:kilomet(?:re|er)s?|miles?)|degrees?|feet|foot|ft|inch(?:es)?|cm|mm"
    r"|mg|milligrams?|[mgtp]b|(?:mega|giga|tera|peta)bytes?))\b(?!-)"
)
# A noun right after a count ("24 caps") joins the surface text; function words are not nouns.
_NOUN_RE = re.compile(r"[ \u00a0]+(?P<noun>[a-z][a-z’'-]*[a-z])\b")
_NOT_NOUNS = _words(
    "a an the and or but nor of to in on at by for from with without into onto over under about as than "
    "then that this these those which who whom whose what when where while if is are was were be been "
    "being has have had do does did will would shall should can could may might must not no more less "
    "most least per each every some any all both either neither such so too very just only also still "
    "already ago earlier later before after since until till during against between among across through "
    "toward towards around up down out off again once twice it its he she they we you his her their our "
    "your my me him them us i"
)
_HYPHEN_COUNT_NOUNS = _words(
    "member strong seat nation country party team man woman person player storey story page car bed room "
    "vehicle ship plane aircraft"
)
# Year-like numbers (1800-2100) count only before nouns that are plainly counted.
_YEAR_COUNT_NOUNS = _words(
    "people persons jobs workers employees troops soldiers members deaths cases homes houses students "
    "children migrants refugees vehicles units votes signatures patients"
)
_MONEY_CUES_RE = re.compile(
    r"\b(?i:fee|fees|price|prices|cost|costs|worth|paid|pay|pays|paying|valued|value|budget|salary|"
    r"funding|loan|loans|revenue|revenues|profit|profits|sum|spend|spent|investment|deal|bid|offer|"
    r"transfer|bailout|package|debt|tax|taxes|earnings|sales|wage|wages)\b"
)

# Bound phrases of the README: low-only, high-only; approximations keep a point value.
# Read backwards word by word from the number (cheaper than a regex anchored at the end).
_BOUND_PHRASES: dict[tuple[str, ...], str] = {
    **{tuple(p.split()): "low" for p in (
        "at least", "more than", "over", "exceeding", "beyond", "in excess of", "upwards of", "no less than",
        "no fewer than", "not less than", "not fewer than", "a minimum of", "minimum of", "above",
        "greater than", "north of", "topping", "surpassing", "just over", "well over", "well above",
    )},
    **{tuple(p.split()): "high" for p in (
        "up to", "as much as", "as many as", "as high as", "as long as", "as little as", "as few as",
        "at most", "at the most", "almost", "nearly", "close to", "could reach", "may reach", "might reach",
        "within", "under", "less than", "fewer than", "below", "no more than", "not more than",
        "a maximum of", "maximum of", "just under", "just shy of", "shy of", "short of", "well under",
        "well below",
    )},
    **{tuple(p.split()): "approx" for p in (
        "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "just",
        "only",
    )},
    ("between",): "between",
    ("from",): "from",
}  # fmt: skip
_PHRASE_LENGTHS: dict[str, int] = {}
for _phrase in _BOUND_PHRASES:
    _PHRASE_LENGTHS[_phrase[-1]] = max(_PHRASE_LENGTHS.get(_phrase[-1], 0), len(_phrase))
_BOUND_LAST_WORDS = frozenset(_PHRASE_LENGTHS)
_LOW_WORDS = "|".join(r"\s+".join(p) for p, k in _BOUND_PHRASES.items() if k == "low")
_HIGH_WORDS = "|".join(r"\s+".join(p) for p, k in _BOUND_PHRASES.items() if k == "high")
_MODAL_RE = re.compile(  # "could lift the total to €133m": a ceiling
    r"\b(?:could|may|might)\s+(?:(?:rise|climb|increase|grow|go\s+up|jump|swell)\s+to|"
    r"(?:lift|take|push|bring|raise|boost)\s+(?:\S+\s+){1,3}?to)\s+\Z",
    re.I,
)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|increasing|decreased?|grew|grow(?:s|n)?|"
    r"dropped|drops?|jumped|climbed|cut|raised|reduced|declined|slipped|surged|soared|plunged|lifted|"
    r"boosted|expanded|shrank|up|down|went|moved|changed|revised)\b[^.;,]{0,30}\Z",
    re.I,
)
_SCORE_CUE_RE = re.compile(r"\b(?:won|win|beat|beats|lost|lose|drew|draw|defeat\w*|victory|score\w*|led|lead)\b", re.I)
_AGE_WAS_RE = re.compile(
    r"\b(?:he|she|they|I|we|who)\s+(?:was|were|is|turned|turns|being)\s+(?:only\s+|just\s+|barely\s+|still\s+|now\s+)?\Z",
    re.I,
)
_AGE_WAS_WORDS = _words("was were is turned turns being only just barely still now")
_AGE_AT_RE = re.compile(r"(?:^|[,;(—–][ \u00a0]*)(?i:at)[ \u00a0]+(?:(?i:just|only)[ \u00a0]+)?\Z")
_AGE_APPOSITIVE_RE = re.compile(r"\b[A-Z][a-z’'-]+,[ \u00a0]+\Z")
_CLAUSE_END_RE = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|\Z|\s+(?:when|and|but|as|while)\b)")
_IDENT_WORDS = _words(
    "No No. Nos Nos. Number Article Articles Section Chapter Resolution Rule Flight Route Highway Room "
    "Page Pages Phase Stage Tier Level Grade Category Paragraph Clause Item Vol Vol. Volume Apollo "
    "Windows iPhone Model Type Series Version Gen Game Matchday Week Day Group Platform Gate Terminal "
    "Line Unit Block Building Floor Annex Appendix Table Figure Fig. Term Vision Agenda Box Channel Pier "
    "Bay"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”‘’'(\[—–]\s*|\n\s*)\Z")
_ATTACHED_OK = frozenset(_SCALE_ABBREV) | _words(
    "x km kg mg mw gw kwh mwh gwh twh cm mm ft bpd bps pct yrs hrs mins mb gb tb pb c f kmh mph"
)

_MONTHS = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATE_AFTER_RE = re.compile(  # "5 June", "5th and 6th of June": a day, not a count
    rf"(?:st|nd|rd|th)?(?:[ \u00a0]*(?:-|–|and|&|to)[ \u00a0]*{_DAY})?[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}"
)
_DATE_BEFORE_RE = re.compile(rf"{_MONTHS}[ \u00a0]+(?:{_DAY}[ \u00a0]*(?:-|–|and|&|to)[ \u00a0]*)?\Z")
_TIME_AFTER_RE = re.compile(
    r":\d\d|[ \u00a0]?(?:[ap]\.m\.|(?i:am|pm)\b)|[ \u00a0]o['’]clock\b|[ \u00a0]*(?:GMT|UTC|BST|CET|EST|PST)\b"
)

# First words (or characters) that can open each kind of unit: a cheap test before the regex.
_CURRENCY_LEADS = (
    _CODE_SET
    | {adjective.split()[0].split(".")[0] for adjective in _CURRENCY_ADJECTIVES}
    | _words(
        "dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rouble roubles ruble "
        "rubles franc francs peso pesos riyal riyals rial rials dirham dirhams dinar dinars lira liras won rand "
        "naira shilling shillings cedi cedis reais ringgit baht rupiah dong zloty zlotys forint forints koruna "
        "korunas kronor krona kroner krone hryvnia hryvnias taka birr shekel shekels sdr sdrs special"
    )
)
_PERCENT_LEADS = _words("% per percent pct percentage ppt ppts basis bps")
_TIME_LEADS = _words(
    "year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second "
    "seconds decade decades century centuries season seasons quarter quarters straight consecutive "
    "successive full whole more further additional"
)
_MEASURE_LEADS = _words(
    "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters kg kilo kilos kilogram "
    "kilograms tonne tonnes ton tons barrel barrels bpd litre litres liter liters gallon gallons mw gw kwh mwh "
    "gwh twh hectare hectares acre acres sq sqkm square degree degrees feet foot ft inch inches cm mm "
    "mg milligram milligrams mb gb tb pb megabyte megabytes gigabyte gigabytes terabyte terabytes petabyte petabytes "
    "c f ° km/h kmh mph"
)
_PCT_RANGE_END = re.compile(
    r"[ \u00a0]*(?P<sep>[-–—]|(?i:to|and))[ \u00a0]*(?P<n>\d+(?:\.\d+)?)"
    r"[ \u00a0]*(?:%|(?i:per[ \u00a0]?cent|percent)\b)"
)
_CLOCK_LEADS = _words(": am pm a p o gmt utc bst cet est pst")
_YEAR_AS_NUMBER_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:%|(?i:per[ \u00a0]?cent|percent|bn|billion|million|m|mn|euros?|dollars?|pounds?)\b)"
    r"|[ \u00a0]+(?:" + "|".join(sorted(_YEAR_COUNT_NOUNS)) + r")\b"
)

# Special forms.
_NAME_BEFORE_RE = re.compile(r"\b(?P<name>(?:[A-Z][\w’'.-]*[ \u00a0]+){1,3}[A-Z][\w’'-]*)[ \u00a0]*\(\Z")
_RANK_LEADS = _words("the finish finished finishes finishing came come ranked rank ranks placed ended ending")
_ORDINAL_STOP_RE = re.compile(
    rf"-|[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}|[ \u00a0]+(?i:time|times|half|quarter|century|centuries|day|week|"
    r"month|year|minute|hour|leg|round|person|hand|place\s+to)\b"
)
_SUPERLATIVE_RE = re.compile(
    r"-(?:[a-z]+est|most|largest|biggest)\b|[ \u00a0]+(?:largest|biggest|most|highest|lowest|smallest|"
    r"richest|poorest|busiest|best|worst)\b"
)
_PLURAL_CHAIN_RE = re.compile(
    r"(?i:(?:(?:tens|dozens|hundreds|thousands|millions|billions)\s+of\s+)*"
    r"(?:dozens|hundreds|thousands|millions|billions))\b"
)
_OF_CURRENCY_RE = re.compile(rf"\s+of\s+(?:(?P<adj>{_ADJ_ALT})\s+)?(?P<word>(?i:{_CUR_WORD_ALT}))\b")
_PLURAL_SCALE_VALUES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3,
                        "millions": 10**6, "billions": 10**9}  # fmt: skip
_ONCE_CONJ_RE = re.compile(  # "once the deal is signed", "once again": not a count
    r"[ \u00a0]+(?:again|more|upon|and\s+for\s+all|the|an?|he|she|it|they|we|you|I|this|that|these|those|"
    r"his|her|its|their|our|there|in\s+a\b|[A-Z])|-",
)
_ONCE_FREQ_RE = re.compile(r"[ \u00a0]+an?[ \u00a0]+(?:day|week|month|year|season|decade)\b", re.I)
_MULTIPLIER_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:as|the|that|what|more|less)\b|[ \u00a0]+[a-z]{3,}er[ \u00a0]+than\b", re.I
)
_UNIT_LEAD_RE = re.compile(  # "a decade", "the next decade", "within a day"
    r"\b(?P<det>(?i:an?|one|another|the\s+(?:next|past|last|coming|previous|following)))[ \u00a0]+\Z"
)
_UNIT_LEAD_WORDS = frozenset(["a", "an", "one", "another", "next", "past", "last", "coming", "previous", "following"])
_ARTICLE_UNIT_TRIGGER_RE = re.compile(
    rf"\b(?:{_LOW_WORDS}|{_HIGH_WORDS}|for|in\s+less\s+than|in\s+more\s+than|about|around)[ \u00a0]+\Z", re.I
)
_POST_BOUND_RE = re.compile(
    r"\+|-plus\b|[ \u00a0]+or[ \u00a0]+(?P<w>more|above|higher|greater|over|less|fewer|under|below)\b"
)


@dataclass
class _Found:
    """A quantity under construction, with its surface span."""

    kind: QuantityKind
    low: float | None
    high: float | None
    unit: str | None
    start: int
    end: int


def _currency_code(text: str, word: str, adj: str | None) -> str | None:
    """ISO code for a currency word, from its adjective, the word, or the country the text names."""
    if adj:
        return _CURRENCY_ADJECTIVES.get(adj)
    key = " ".join(word.lower().split()).removesuffix(" sterling")
    if key.endswith("s") and key not in _CURRENCY_WORDS and key[:-1] in _CURRENCY_WORDS:
        key = key[:-1]
    if key in ("special drawing rights", "special drawing right", "sdrs"):
        return "SDR"
    if key == "liras":
        key = "lira"
    code = _CURRENCY_WORDS.get(key)
    if code or key not in _CURRENCY_WORDS:
        return code
    for pattern, which, country_code in _COUNTRY_CURRENCY:
        if which == key and pattern.search(text):
            return country_code
    return _DEFAULT_BY_WORD.get(key)


def _measure_unit(word: str) -> str:
    """The unit name of a measure word ("kilometres" -> "km", "inches" -> "inches")."""
    key = " ".join(word.lower().split())
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in _MEASURES:
            return _MEASURES[candidate]
    return key


_SWISS = re.compile(r"\bSwiss\b|\bCHF\b|\bSwitzerland\b")


def _swiss_francs(word: str, text: str, before: str | None) -> bool:
    """ "92 francs a share" in a text that names Swiss francs, CHF or Switzerland, or after an amount in CHF: money."""
    return word.lower().startswith("franc") and (before == "CHF" or _SWISS.search(text) is not None)


def _is_ambiguous_word(word: str) -> bool:
    """True for currency words that are also plain English ("pound", "won")."""
    return word.lower().rstrip("s") in _AMBIGUOUS_CURRENCY_WORDS and "sterling" not in word.lower()


class _Bound:
    """What the words before a number say: low / high bound, range opener, surface start."""

    __slots__ = ("between", "change_from", "kind", "start", "words")

    def __init__(self) -> None:
        self.kind: str | None = None
        self.start = -1
        self.between = False
        self.change_from = False
        self.words = ""


def _left_bound(text: str, pos: int) -> _Bound:
    """Read bound / approximation words ending right before pos ("could reach as much as", "between")."""
    b = _Bound()
    cursor = pos
    while True:
        word, start = _prev_word(text, cursor)
        longest = _PHRASE_LENGTHS.get(word)
        if longest is None:
            break
        words = [(word, start)]
        while len(words) < longest and words[-1][0]:
            words.append(_prev_word(text, words[-1][1]))
        for n in range(len(words), 0, -1):
            kind = _BOUND_PHRASES.get(tuple(w for w, _ in reversed(words[:n])))
            if kind is not None:
                break
        else:
            break
        phrase_start = words[n - 1][1]
        if kind in ("low", "high"):
            b.kind, b.start = kind, phrase_start  # the outermost bound wins
            b.words = " ".join(w for w, _ in reversed(words[:n]))
        elif kind == "between":
            b.between, b.start = True, phrase_start
        elif kind == "from":
            b.change_from = bool(_CHANGE_VERB_RE.search(text, max(0, phrase_start - 40), phrase_start))
        cursor = phrase_start
    near = text[max(0, pos - 4) : pos].rstrip(" \u00a0")
    if b.kind is None and near.endswith("to") and _MODAL_RE.search(text, max(0, pos - 50), pos):
        b.kind = "high"
    return b


def _currency_before(text: str, pos: int) -> tuple[str | None, int]:
    """Currency sign or code right before pos ("$", "US$", "£", "SDR ", "Rs "): (ISO code, start); (None, pos)."""
    j = pos - 1 if pos and text[pos - 1] in " \u00a0" else pos
    if not j:
        return None, pos
    c = text[j - 1]
    if c in _CURRENCY_SIGNS and c != "$":
        return _SYMBOLS[c], j - 1
    if c == "$":
        k = j - 1
        for prefix in ("U.S.", "US", "AU", "CA", "HK", "NZ", "NT", "A", "C", "S", "R"):
            if text.startswith(prefix, k - len(prefix)) and not text[k - len(prefix) - 1 : k - len(prefix)].isalpha():
                return _SYMBOLS.get(prefix + "$", "USD"), k - len(prefix)
        return "USD", k
    if c.isalpha() or c == ".":
        k = j - 1
        while k > 0 and (text[k - 1].isalpha()):
            k -= 1
        token = text[k:j]
        if text[k - 1 : k].isalpha():
            return None, pos
        if token in ("Rs", "Rs."):
            return _currency_code(text, "rupee", None), k
        if token in _CODE_SET:
            return _CODE_ALIASES.get(token, token), k
    return None, pos


def _read_value(text: str, pos: int) -> tuple[Decimal, int, bool] | None:
    """A number (digits or words) starting exactly at pos: (value, end, is_word)."""
    m = _NUM_RE.match(text, pos)
    if m:
        return Decimal(m.group(0).replace(",", "")), m.end(), False
    got = _read_words(text, pos)
    return (Decimal(got[0]), got[1], True) if got else None


def _read_scale(text: str, pos: int) -> tuple[int, int]:
    """A scale word or abbreviation at pos: (multiplier, end); (1, pos) when none."""
    m = _SCALE_RE.match(text, pos)
    if not m:
        return 1, pos
    if m.group("w"):
        return _SCALE_WORDS[m.group("w").lower()], m.end()
    return _SCALE_ABBREV[(m.group("a") or m.group("a2")).lower()], m.end()


def _is_year(digits: str) -> bool:
    """True for a plain four-digit number that reads as a year (1800-2100)."""
    return len(digits) == 4 and "1800" <= digits <= "2100"


class _Scanner:
    """State for one find_quantities call: walks the anchors left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Found] = []
        self.claimed_until = 0
        self.last_currency: str | None = None

    def run(self) -> list[Quantity]:
        """Read a quantity at every anchor not already inside one."""
        handlers = {
            "digit": self.digits,
            "word": self.number_word,
            "scale": self.article_scale,
            "ordinal": self.ordinal_word,
            "plural": self.plural_scale,
            "adverb": self.adverb,
            "fold": self.fold,
            "unit": self.article_unit,
        }
        for start, end, kind in _anchors(self.text):
            if start < self.claimed_until:
                continue
            q = handlers[kind](start, end)
            if q is not None:
                self.found.append(q)
                self.claimed_until = max(self.claimed_until, q.end)
        return self.finish()

    # ----------------------------------------------------------------- shared
    @staticmethod
    def bounded(
        kind: QuantityKind, low: float, high: float, unit: str | None, start: int, end: int, bound: _Bound
    ) -> _Found:
        """Apply a left bound (low-only / high-only) and widen the surface span over its words."""
        lo: float | None = low
        hi: float | None = high
        if bound.kind == "low":
            hi = None
        elif bound.kind == "high":
            lo = None
        if bound.start >= 0 and (bound.kind or bound.between):
            start = min(start, bound.start)
        return _Found(kind, lo, hi, unit, start, end)

    # ----------------------------------------------------------------- anchor handlers
    def digits(self, s: int, e: int) -> _Found | None:
        """A digit run: a number, an ordinal ("21st"), an age "(24)", or nothing (date, time, identifier)."""
        text = self.text
        if s >= 2 and text[s - 1] in ".," and text[s - 2].isdigit():
            return None  # the tail of a number read (and refused) before
        m = _NUM_RE.match(text, s)
        e = m.end()  # type: ignore[union-attr]
        after = text[e : e + 2].lower()
        if after in ("st", "nd", "rd", "th") and not text[e + 2 : e + 3].isalpha():
            return self.ordinal(s, e + 2, int(text[s:e]) if text[s:e].isdigit() else 0)
        if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            name = _NAME_BEFORE_RE.search(text, max(0, s - 60), s)
            n = int(text[s:e]) if text[s:e].isdigit() else 0
            if name and 0 < n <= 110:
                return _Found(QuantityKind.OTHER, n, n, "years", name.start("name"), e + 1)
        if not self.digits_ok(s, e):
            return None
        if _is_year(text[s:e]) and not _YEAR_AS_NUMBER_AFTER_RE.match(text, e):
            before = text[max(0, s - 2) : s].strip(" \u00a0")
            if not (before and before[-1] in _CURRENCY_SIGNS) and _prev_word(text, s)[0] not in _BOUND_LAST_WORDS:
                return None  # a year: dates.py
        return self.read_number(s, e, Decimal(text[s:e].replace(",", "")), None)

    def number_word(self, s: int, e: int) -> _Found | None:
        """A number word ("twenty-seven members", "three outlets")."""
        got = _read_words(self.text, s)
        if got is None or not self.word_ok(s, got[1], got[0]):
            return None
        return self.read_number(s, got[1], Decimal(got[0]), got[0])

    def article_scale(self, s: int, e: int) -> _Found | None:
        """A scale word after "a"/"an": "a dozen", "a million"."""
        word, start = _prev_word(self.text, s)
        if word not in ("a", "an"):
            return None
        got = _read_words(self.text, start)
        if got is None:
            return None
        return self.read_number(start, got[1], Decimal(got[0]), got[0])

    def ordinal_word(self, s: int, e: int) -> _Found | None:
        """An ordinal word ("sixth", "twenty-first") that ranks something."""
        text = self.text
        value = _ORDINAL_WORDS[text[s:e].lower()]
        if text[s - 1 : s] == "-":
            word, start = _prev_word(text, s - 1)
            if word in _TENS_WORDS and start == s - 1 - len(word):
                return self.ordinal(start, e, _TENS_WORDS[word] + value)
        return self.ordinal(s, e, value)

    def ordinal(self, s: int, e: int, value: int) -> _Found | None:
        """A rank: "the sixth", "finished third", "the world's third-largest"; None for other ordinals."""
        text = self.text
        if not value or _DATE_BEFORE_RE.search(text, max(0, s - 16), s):
            return None  # "June 5th"
        sup = _SUPERLATIVE_RE.match(text, e)
        if not sup and _ORDINAL_STOP_RE.match(text, e):
            return None
        word, start = _prev_word(text, s)
        if word in ("only", "joint", "sole"):
            word, start = _prev_word(text, start)
        if word in ("in", "at"):
            word, start = _prev_word(text, start)
            if word == "the" or word not in _RANK_LEADS:
                return None
        possessive = text[max(0, s - 3) : s].rstrip(" \u00a0")[-2:] in ("'s", "’s")
        if word not in _RANK_LEADS and not (possessive and sup):
            return None
        end = sup.end() if sup and sup.group(0).startswith("-") else e
        return _Found(QuantityKind.OTHER, value, value, "ordinal", s, end)

    def plural_scale(self, s: int, e: int) -> _Found | None:
        """A plural scale: "millions of Pakistanis" (at least a million), "hundreds of millions of dollars"."""
        text = self.text
        if s and text[s - 1 : s].isspace() and text[max(0, s - 2) : s - 1].isdigit():
            return None
        m = _PLURAL_CHAIN_RE.match(text, s)
        if not m:
            return None
        value = 1
        for word in m.group(0).lower().split():
            value *= _PLURAL_SCALE_VALUES.get(word, 1)
        cur = _OF_CURRENCY_RE.match(text, m.end())
        if cur:
            code = _currency_code(text, cur.group("word"), cur.group("adj"))
            return _Found(QuantityKind.MONEY, value, None, code, s, cur.end())
        return _Found(QuantityKind.COUNT, value, None, None, s, m.end())

    def adverb(self, s: int, e: int) -> _Found | None:
        """Once / twice / thrice: a count, or a multiplier ("twice as fast")."""
        text = self.text
        word = text[s:e].lower()
        if word == "once":
            before, _ = _prev_word(text, s)
            if (_ONCE_CONJ_RE.match(text, e) and not _ONCE_FREQ_RE.match(text, e)) or before in (
                "at", "was", "were", "is", "had", "has", "have", "been", "all",
            ):  # fmt: skip
                return None
        value = {"once": 1, "twice": 2, "thrice": 3}[word]
        bound = _left_bound(text, s)
        if word != "once" and _MULTIPLIER_AFTER_RE.match(text, e):
            return self.bounded(QuantityKind.OTHER, value, value, "times", s, e, bound)
        return self.bounded(QuantityKind.COUNT, value, value, None, s, e, bound)

    def fold(self, s: int, e: int) -> _Found | None:
        """A multiplier written as one word: "tenfold"."""
        value = parse_number_words(self.text[s : e - 4]) or 100
        return self.bounded(QuantityKind.OTHER, value, value, "times", s, e, _left_bound(self.text, s))

    def article_unit(self, s: int, e: int) -> _Found | None:
        """One unit of time without a numeral: "a decade", "the next decade", "within a day"."""
        text = self.text
        if _prev_word(text, s)[0] not in _UNIT_LEAD_WORDS:
            return None
        lead = _UNIT_LEAD_RE.search(text, max(0, s - 24), s)
        if not lead or text[e : e + 1] in "-‐" or _RELATIVE_TIME_RE.match(text, e):
            return None
        det = lead.group("det").lower()
        unit_word = text[s:e].lower()
        if unit_word != "decade" and (
            not det.startswith("a")
            or not _ARTICLE_UNIT_TRIGGER_RE.search(text, max(0, lead.start() - 30), lead.start())
        ):
            return None  # "a day" is a duration only after a bound or "for": "within a day"
        unit, factor = _TIME_UNITS[unit_word]
        bound = _left_bound(text, lead.start())
        if bound.words == "over":  # "over a year": a period; "just over a year" is a bound
            bound = _Bound()
        start = s if det.startswith("the") else lead.start()
        return self.bounded(QuantityKind.OTHER, factor, factor, unit, start, e, bound)

    # ----------------------------------------------------------------- numbers
    def read_number(self, s: int, e: int, value: Decimal, word_value: int | None) -> _Found | None:
        """Classify one number from its neighbourhood; None when it is not a quantity."""
        text = self.text
        is_word = word_value is not None

        # ---- currency sign or code right before
        cur_code: str | None = None
        first = s
        if not is_word:
            cur_code, first = _currency_before(text, s)
        bound = _left_bound(text, first)

        # ---- scale and range partner
        scale, pos = _read_scale(text, e)
        low_v = high_v = value * scale
        nxt = text[pos : pos + 5].lstrip(" \u00a0")[:2].lower()
        rm = _RANGE_RE.match(text, pos) if nxt and (nxt[0] in "-–—" or nxt in ("to", "an", "or")) else None
        if rm:
            got = self.range_end(rm, bound, is_word, value, scale, cur_code, s)
            if got == "reject":
                return None
            if got is not None:
                low_v, high_v, scale, pos, cur_code = got
                bound.kind = None  # a range carries both ends

        # ---- what follows: currency word, percent, time unit, "times", measure, noun
        year_like = not is_word and scale == 1 and _is_year(text[s:e])  # "2019", "from 2019 to 2021"
        kind = QuantityKind.COUNT
        unit: str | None = None
        end = pos
        factor = 1
        after = _next_word(text, pos)
        lower = after.lower()
        sm = _CUR_SUFFIX_RE.match(text, pos) if after in _CURRENCY_LEADS or lower in _CURRENCY_LEADS else None
        if cur_code is None and sm:
            word = sm.group("word")
            if sm.group("code"):
                cur_code = _CODE_ALIASES.get(sm.group("code"), sm.group("code"))
                end = sm.end()
            elif not (
                _is_ambiguous_word(word)
                and scale == 1
                and not sm.group("adj")
                and not _swiss_francs(word, text, self.last_currency)
            ):
                cur_code = _currency_code(text, word, sm.group("adj"))
                end = sm.end()
                kind = QuantityKind.MONEY
        elif cur_code is not None and sm and sm.group("word") and not sm.group("adj"):
            end = sm.end()  # "$5 million dollars"
        if cur_code is not None or kind == QuantityKind.MONEY:
            kind, unit = QuantityKind.MONEY, cur_code
        elif lower in _PERCENT_LEADS and (pm := _PCT_RE.match(text, pos)):
            end = pm.end()
            if pm.group("pct"):
                kind, unit = QuantityKind.PERCENT, "%"
                pr = None if rm else _PCT_RANGE_END.match(text, end)  # "between 8% and 15%", "8% to 15%"
                if (
                    pr
                    and (bound.between if pr.group("sep").lower() == "and" else not bound.change_from)
                    and Decimal(pr.group("n")) > low_v
                ):
                    high_v, end = Decimal(pr.group("n")), pr.end()
                    bound.kind = None
            else:
                kind, unit = QuantityKind.OTHER, "percentage points" if pm.group("pp") else "basis points"
        elif lower in _TIME_LEADS and (tm := _TIME_RE.match(text, pos)):
            if year_like or _RELATIVE_TIME_RE.match(text, tm.end()):
                return None  # "2020 season"; "two days earlier" is a date (dates.py), not a duration
            word = tm.group("u").lower()
            word = "century" if word == "centuries" else word.removesuffix("s")
            unit, factor = _TIME_UNITS[word]
            kind, end = QuantityKind.OTHER, tm.end()
            if tm.group("old"):
                unit, factor = "years", 1
            elif bound.words == "over":
                bound = _Bound()  # "over nine months": a period, not a bound
        elif lower in ("times", "fold", "x") and (xm := _TIMES_RE.match(text, pos)) and not year_like:
            if xm.group("times") and not xm.group("cmp"):
                end = xm.end("times")  # "scored 24 times": a count
            else:
                kind, unit = QuantityKind.OTHER, "times"
                end = xm.end("times") if xm.group("times") else xm.end()
        elif lower in _MEASURE_LEADS and (mm := _MEASURE_RE.match(text, pos)) and not year_like:
            unit = _measure_unit(mm.group("u"))
            kind, end = QuantityKind.OTHER, mm.end()
        elif self.is_age(first, end, low_v):
            kind, unit = QuantityKind.OTHER, "years"
        else:
            got_count = self.count_tail(end, year_like, word_value, scale, bound)
            if got_count is None:
                return None
            kind, unit, end = got_count
        if kind == QuantityKind.MONEY and unit:
            self.last_currency = unit

        # ---- bound words after: "or more", "+", "or less"
        post = _POST_BOUND_RE.match(text, end) if _next_word(text, end).lower() in ("+", "plus", "or") else None
        if post:
            bound.kind = "high" if post.group("w") in ("less", "fewer", "under", "below") else "low"
            end = post.end()
        return self.bounded(kind, float(low_v * factor), float(high_v * factor), unit, first, end, bound)

    def range_end(
        self,
        rm: re.Match[str],
        bound: _Bound,
        is_word: bool,
        value: Decimal,
        scale: int,
        cur_code: str | None,
        s: int,
    ) -> tuple[Decimal, Decimal, int, int, str | None] | str | None:
        """The second number of a range ("-17 billion", "and $17bn"); "reject" for scores; None for no range."""
        text = self.text
        sep = rm.group("sep").lower()
        dash = sep in ("-", "–", "—")
        ok = (
            (sep == "and" and bound.between) or (sep == "to" and not bound.change_from) or sep == "or"
            or (dash and not is_word)
        )  # fmt: skip
        second = _read_value(text, rm.end()) if ok else None
        if second is None or (dash and second[2]):
            return None
        v2, e2, _ = second
        scale2, pos2 = _read_scale(text, e2)
        whole = value == value.to_integral() and v2 == v2.to_integral()
        plain_pair = dash and whole and scale == scale2 == 1 and cur_code is None
        if plain_pair and (v2 < value or _SCORE_CUE_RE.search(text, max(0, s - 40), s)):
            return "reject"  # "2-1", "won 3-1": a score or a tally
        if scale == 1 and scale2 != 1:
            scale = scale2
        low_v, high_v = value * scale, v2 * scale2
        if high_v < low_v:  # "£115m – £88.5m paid upfront": a second amount (with its currency), not a range
            return "reject" if dash and not rm.group("cur") else None
        if rm.group("cur"):
            code2 = _currency_before(text, rm.end())[0]
            if cur_code is not None and code2 != cur_code:
                return None  # "£25m or €29m": two amounts, not a range
            cur_code = code2
        return low_v, high_v, scale, pos2, cur_code

    def count_tail(
        self, end: int, year_like: bool, word_value: int | None, scale: int, bound: _Bound
    ) -> tuple[QuantityKind, str | None, int] | None:
        """Kind, unit and end of a number with no unit after it: a count, bare money, or nothing."""
        text = self.text
        hyphen = text[end : end + 1] == "-" and _HYPHEN_WORD.match(text[end : end + 20])
        if hyphen:
            if hyphen.group(1) not in _HYPHEN_COUNT_NOUNS:
                return None  # "one-off", "two-thirds", "5-star"
            return QuantityKind.COUNT, None, end + hyphen.end()
        nm = _NOUN_RE.match(text, end)
        noun = nm.group("noun") if nm and nm.group("noun") not in _NOT_NOUNS else None
        if year_like and (noun is None or noun not in _YEAR_COUNT_NOUNS) and bound.kind is None:
            return None  # a year: dates.py
        if word_value == 1 and noun is None:
            return None  # "one" without a counted noun is a pronoun
        if scale >= 10**6 and noun is None and (self.last_currency or _MONEY_CUES_RE.search(text)):
            return QuantityKind.MONEY, self.last_currency, end  # "as much as 135 million" in a fee story
        return QuantityKind.COUNT, None, nm.end() if noun is not None else end  # type: ignore[union-attr]

    def digits_ok(self, s: int, e: int) -> bool:
        """False for digits of identifiers, versions, fractions, dates and clock times."""
        text = self.text
        before = text[s - 1] if s else ""
        if before.isalpha():
            return _currency_before(text, s)[0] is not None  # "Rs3tr" yes, "G7" no
        if before in "-‐" and s >= 2 and text[s - 2].isalnum():
            return False  # "COVID-19", "F-16"
        if before in "'’/#:":
            return False  # "'90s", "24/7", "#3", "10:30"
        after = text[e : e + 2]
        if after[:1] in ("/", ":") or (after[:1] == "." and after[1:2].isdigit()):
            return False
        if after[:1].isalpha():
            tail = _LETTERS.match(text[e : e + 12])
            if (tail.group(0).lower() if tail else "") not in _ATTACHED_OK:
                return False  # "5G", "3D", "1990s"
        if _next_word(text, e).lower() in _CLOCK_LEADS and _TIME_AFTER_RE.match(text, e):
            return False
        if e - s <= 2:  # the day of a date ("June 5", "5 and 6 June"): a month name is near
            window = text[max(0, s - 24) : s]
            ahead = text[e : e + 16]
            if (ahead != ahead.lower() and _DATE_AFTER_RE.match(text, e)) or (
                window != window.lower() and _DATE_BEFORE_RE.search(window)
            ):
                return False
        j = s
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        return text[k:j] not in _IDENT_WORDS

    def word_ok(self, s: int, e: int, value: int) -> bool:
        """False for number words inside names, pronoun "one", anaphoric "the two"."""
        text = self.text
        if text[s].isupper() and not _SENTENCE_START_RE.search(text, max(0, s - 3), s):
            return False  # "the Three Lions"
        before, _ = _prev_word(text, s)
        if value == 1 and text[s:e].lower() == "one":
            if before in ("no", "any", "every", "the", "this", "that", "which", "each", "such"):
                return False
            if _NOT_A_COUNT_AFTER.match(text[e : e + 9]):
                return False
        return not (value in (2, 3) and before in ("the", "these", "those", "both") and not _TIME_RE.match(text, e))

    def is_age(self, first: int, end: int, value: Decimal) -> bool:
        """True when a bare number is an age: "aged 19", "he was only 17", ", at 16", "Bellingham, 19,"."""
        if value != value.to_integral() or not 0 < value <= 110:
            return False
        text = self.text
        before, _ = _prev_word(text, first)
        if before in ("aged", "age", "ages") or (
            before == "of" and text[max(0, first - 14) : first].lower().startswith("age of", 7)
        ):
            return True
        if not _CLAUSE_END_RE.match(text, end):
            return False
        lo = max(0, first - 40)
        if before in _AGE_WAS_WORDS and _AGE_WAS_RE.search(text, lo, first):
            return True
        if before in ("at", "just", "only") and _AGE_AT_RE.search(text, lo, first):
            return True
        return text[end : end + 1] == "," and bool(_AGE_APPOSITIVE_RE.search(text, lo, first))

    # ----------------------------------------------------------------- results
    def finish(self) -> list[Quantity]:
        """Inherit bounds into bracketed conversions and build the Quantity records."""
        found = sorted(self.found, key=lambda q: (q.start, -q.end))
        text = self.text
        for prev, q in itertools.pairwise(found):
            # "€133m (£113m)": a conversion in brackets shares the bounds of the amount it converts.
            if (
                prev.kind == q.kind == QuantityKind.MONEY
                and text[prev.end : q.start].strip(" \u00a0") == "("
                and text[q.end : q.end + 1] == ")"
            ):
                if prev.low is None:
                    q.low = None
                if prev.high is None:
                    q.high = None
        return [Quantity(q.kind, q.low, q.high, q.unit, text[q.start : q.end], q.start, q.end) for q in found]


def find_quantities(text: str, currency: str | None = None) -> list[Quantity]:
    """Every number expression in text, normalized, in order of appearance; Quantity.start/end = offsets of .text in `text`.

    `currency` is the one of the last amount before `text` (earlier in the article): a bare "135 million"
    in a fee story takes it.
    """  # noqa: E501
    scanner = _Scanner(text)
    scanner.last_currency = currency
    found = scanner.run()
    if currency != "CHF" and "franc" in text and any(q.unit == "CHF" for q in found):
        return find_quantities(text, "CHF")  # "92 francs a share, about 1.2 billion francs in total": all CHF
    if "-" in text or "–" in text:
        found = _with_scores(text, found)
    return found


# "beat Rovers 3-1", "drew 0-0", "The vote was 5-2", "a 6-3 ruling": a score or a tally is two counts.
_SCORE = re.compile(r"(?<![\w.,$€£–-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\w%]|[-–.,]\d)")
_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|drawn|defeated|thrashed|edged|vote|voted|votes|voting|"
    r"scored|score|margin|split|tally|ruled|ended|finished|led|trailed)\b[^.;:]{0,40}$",
    re.I,
)
_SCORE_AFTER = re.compile(r"\s+(?:win|victory|defeat|draw|vote|loss|lead|majority|ruling|decision|verdict)\b", re.I)


def _with_scores(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the two counts of every score or tally none of its quantities covers."""
    scores = [
        Quantity(QuantityKind.COUNT, float(n), float(n), None, m.group(), m.start(), m.end())
        for m in _SCORE.finditer(text)
        if (_SCORE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _SCORE_AFTER.match(text, m.end()))
        and not any(q.start < m.end() and m.start() < q.end for q in found)
        for n in (m.group(1), m.group(2))
    ]
    return sorted(found + scores, key=lambda q: q.start) if scores else found
