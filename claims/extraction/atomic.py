"""Atomic split: one unit per predicate, each keeping its character range.

Shallow rules over punctuation and a small verb lexicon (no parser: a
dependency parser is ~100x too slow for the speed target). A unit is a range
of the sentence plus an optional restored subject, so it reads on its own:

* relative clauses (", which ...", ", who ...", ", where ...", "NOUN that VERBed")
* appositives ("Gregory LoGerfo, the Deputy Coordinator ..., emphasized")
* coordinated clauses and predicates ("..., and ...", "... and provided ...", "; ")
* participle, concessive and dash-set asides (", adding ...", "even though ...", "– ... –")
* enumerations of named items and of parallel "-ing" phrases, one unit per item
* age descriptors ("the 19-year-old", "Federico Valverde (24)", ", at 16,")
* news patterns that hide a second predicate (`_pattern_units`): a closing dash that itemises an
  amount, "a deal worth £115m", a verbless or participle aside on the subject, a leading
  participle or possessive phrase, "in 132 appearances for X", ", a campaign in which ...",
  an elliptical "and only the sixth ...", a comparison set off after an amount, closing
  appositives on a name or on the whole event

Every scan is guarded by a cheap substring check ("–", " than ", ", a" ...) so that the
common sentence pays for none of the patterns it cannot match; clause checks read only the
first words of the text after a break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from claims.extraction.dates import DATE_NAME

# Patterns used inside functions, compiled once at import.
_TOKENS = re.compile(r"[^\s,;:]+(?:(?<=\d),(?=\d{3}\b)[^\s,;:]+)*|[,;:]")  # "421,560" is one token
_RELATIVE_WORD = re.compile(r"(?:which|who|where)\b")
_WHICH_WHO = re.compile(r"(?:which|who)\b")
_SAID = re.compile(r"\b(?:said|says|told)\b")
_ITEM_SEPARATOR = re.compile(r",\s+(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+")
_PERSON_PRONOUN = re.compile(r"\b(?:him|her|he|she)\b")
_ING_START = re.compile(r"^[a-z]+ing\b")
_VALUING = re.compile(r"^[Vv]aluing (?P<what>.+?) at (?P<worth>.+)$")
_ALPHA_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LIST_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# Names after these are one thing, not items to enumerate: "a fee of A and B", "Coordinator for Regional and
# Multilateral Affairs".
_LIST_AFTER_PREP = re.compile(r"\b(?:of|between|from)\s+$|\b[A-Z][a-z]+\s+for\s+$")
_OPENING_PREP = re.compile(r"\W*(?:On|About|Regarding|As for|In|For|At)\s")  # capitalised: read as part of a name
# "employs 6,400 people at A, B and C": a number before the places is their total, not each one's.
_TOTAL_OVER_LIST = re.compile(r"\d[^;]*?\b(?:at|in|across|among)\s+$")
_LEADING_BOTH = re.compile(r"^\s+both\b")
_BOTH_ALL = re.compile(r"\b(?:both|all)\s+")
_ING_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+(?=[a-z]+ing\b)")
_DIGIT = re.compile(r"\d")
_AND_NAMES = re.compile(r"(?:Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|St Kitts and Nevis)")
_CAPS_TAIL = re.compile(r"((?:[A-Z][\w'’.-]*|\(\w+\))(?:\s+(?:[A-Z][\w'’.-]*|\(\w+\)|of|the|&))*)$")
_BRACKET_TAIL = re.compile(r"\s*\(\w+\)$")
_PHRASE_BREAK = re.compile(
    r"(?:,(?!\d{3}\b)|[;:])\s*|\b(?:of|in|for|with|from|on|at|to|by|and|but|since|after|before|during|amid|following|than|over|under|"
    r"into|about|against|near)\s+(?=the|a|an|its|their|his|her)"
)
_LEAD_PREPOSITION = re.compile(
    r"^(?:For|In|On|At|By|From|With|To|After|Before|Since|Like|Unlike|Among|But|And|Only|Even|Just|Also)\s+"
)
_LEAD_WORD = re.compile(r"^(?:The|A|An|In|On|At|For|Since|But|And|Only|Even|Just|Also)\s+")
_CONTENT_WORD = re.compile(r"[A-Za-z0-9£$€%]+")


@dataclass(frozen=True)
class Unit:
    """One atomic piece of a sentence; start/end are offsets into the sentence text."""

    start: int
    end: int
    text: str
    subject: str | None = None  # the subject restored in front of the range, if any
    background: bool = False  # a presupposed aside on the subject, not the reported content


_AUX = {
    "cannot",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "does",
    "did",
    "do",
    "shall",
}
_IRREGULAR = {
    "get",
    "gets",
    "got",
    "left",
    "won",
    "made",
    "makes",
    "became",
    "becomes",
    "took",
    "takes",
    "gave",
    "gives",
    "saw",
    "sees",
    "held",
    "holds",
    "paid",
    "pays",
    "rose",
    "rises",
    "fell",
    "falls",
    "went",
    "goes",
    "came",
    "comes",
    "met",
    "meets",
    "ran",
    "runs",
    "set",
    "sets",
    "put",
    "puts",
    "kept",
    "keeps",
    "keep",
    "brought",
    "brings",
    "led",
    "leads",
    "sold",
    "sells",
    "bought",
    "buys",
    "lost",
    "loses",
    "grew",
    "grows",
    "shone",
    "shines",
    "plan",
    "plans",
    "need",
    "needs",
    "include",
    "includes",
    "remain",
    "remains",
    "face",
    "faces",
    "rest",
    "rests",
    "draw",
    "draws",
    "depend",
    "depends",
    "now",
    "still",
    "also",
    "already",
    "only",
    "just",
    "both",
    "had",
    "say",
    "says",
    "said",
    "told",
    "mean",
    "means",
    "seek",
    "seeks",
    "sought",
    "hit",
    "hits",
    "cut",
    "cuts",
    "spent",
    "spend",
    "spends",
    "built",
    "builds",
    "found",
    "finds",
    "began",
    "begins",
    "broke",
    "breaks",
    "hold",
    "wins",
    "win",
    "give",
    "take",
    "let",
    "lets",
    "upended",
    "want",
    "wants",
    "represents",
    "represent",
    "offer",
    "offers",
    "agree",
    "agrees",
    "withdrew",
    "withdraws",
    "drew",
    "knew",
    "knows",
    "threw",
    "flew",
    "wrote",
    "spoke",
    "chose",
    "rode",
    "drove",
    "forgot",
    "sent",
    "lent",
    "bent",
    "felt",
    "dealt",
    "meant",
    "stood",
    "understood",
    "fought",
    "caught",
    "taught",
    "thought",
    "bound",
    "wound",
    "struck",
    "stuck",
    "swept",
    "slept",
    "wept",
    "quit",
    "shut",
    "spread",
    "bid",
    "beat",
    "bore",
    "wore",
    "tore",
    "swore",
    "hung",
    "clung",
    "sang",
    "rang",
    "sank",
    "shrank",
    "overcame",
    "stole",
    "froze",
    "woke",
    "arose",
    "forgave",
    "forbade",
    "undertook",
    "oversaw",
    "underwent",
    "awaits",
    "await",
    "ends",
    "end",
    "lies",
    "lay",
    "reach",
    "reaches",
    "signs",
    "joins",
    "scores",
    "plays",
    "leaves",
    "owns",
    "owes",
    "shows",
    "stays",
    "warns",
}
_NOT_VERB_ED = {
    "united",
    "based",
    "red",
    "bed",
    "need",
    "speed",
    "feed",
    "seed",
    "hundred",
    "bled",
    "shed",
    "indeed",
    "led",
}
_ADVERBS = {
    "now",
    "still",
    "also",
    "already",
    "only",
    "just",
    "both",
    "finally",
    "officially",
    "currently",
    "even",
    "then",
    "once",
    "later",
    "earlier",
    "again",
    "never",
    "not",
    "simply",
    "clearly",
    "really",
    "probably",
    "certainly",
    "largely",
    "broadly",
    "repeatedly",
    "previously",
    "recently",
}

_VERB_WORDS = frozenset(_IRREGULAR - _ADVERBS)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*|[^\w\s]")


@lru_cache(maxsize=8192)
def is_verbish(word: str) -> bool:
    """True for words that usually head a predicate in news prose."""
    w = word.lower()
    if w in _AUX or w in _VERB_WORDS:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _NOT_VERB_ED and word[0].islower()


# A present-tense verb the word lists do not know, told by its object: "employs 6,400 people", "serves about
# 480,000 people", "operates the plant". A plural noun rarely comes straight before a count of things or a
# determiner; before an amount it may head a gapped clause ("revenue rose 5% and profits 10%").
_PRESENT_PREDICATE = re.compile(
    r"(?:[a-z]{2,}[^\Wsu]s)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"(?:\d[\d,.]*\s+(?:million\s+|billion\s+)?(?!per\b|percent\b|points?\b|million\b|billion\b|bn\b|m\b|"
    r"euros?\b|dollars?\b|pounds?\b|francs?\b|yen\b|yuan\b|rupees?\b)[a-z]|(?:the|a|an|its|their|his|her)\s|"
    r"(?:[A-Z][\w'’-]+|it|them)\s+(?:at|for|to|as|in|by|with)\b)"  # "values Stalder at CHF 1.2bn", "values it at"
)


def _starts_with_verb(text: str) -> bool:
    text = text.lstrip()
    words = _WORD.findall(_head(text, 3))
    for w in words[:3]:
        if w.lower() in _ADVERBS or (len(w) > 4 and w.endswith("ly") and w.islower()):  # "unanimously backs"
            continue
        return is_verbish(w) or bool(_PRESENT_PREDICATE.match(text, text.find(w)))
    return False


_PREPOSITIONS = {
    "in",
    "for",
    "at",
    "on",
    "from",
    "with",
    "by",
    "to",
    "after",
    "before",
    "since",
    "under",
    "during",
    "among",
    "despite",
    "against",
    "over",
    "into",
    "through",
    "back",
    "late",
    "early",
    "as",
    "like",
}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
_BEFORE_NOUN = frozenset({"the", "a", "an", "its", "his", "her", "their", "to"})
_CLAUSE_PUNCT = frozenset({",", ";", ":"})
_NOT_SUBJECT_START = frozenset(_PREPOSITIONS | {"since", "when", "while", "if"})
_TOKEN_EDGES = '."“”()'


# Verbs as often nouns, told by the amount after them: "The plant cost €184 million and was opened in 2010".
_AMOUNT_VERBS = frozenset({"cost", "costs", "hit", "hits", "cut", "cuts", "top", "tops", "total", "totals"})
_AMOUNT_START = re.compile(r"[$€£]?\d")


def _present_verb_at(words: list[str], i: int) -> bool:
    """`_PRESENT_PREDICATE` at token i; only a lowercase word ending in "s" can be one, so most words cost nothing.
    After "it", "he" or "she" any such word is one ("It raises property taxes")."""
    word = words[i]
    if word in _AMOUNT_VERBS and _AMOUNT_START.match(words[i + 1] if i + 1 < len(words) else ""):
        return True  # "The plant cost €184 million": a verb as often a noun, told by the amount after it
    if not (word.endswith("s") and word[:1].islower() and word.isalpha()):
        return False
    if i and words[i - 1].lower() in {"it", "he", "she"}:
        return True
    return bool(_PRESENT_PREDICATE.match(" ".join(words[i : i + 6])))


def find_subject(text: str) -> str | None:
    """The subject phrase of a clause: the noun phrase just before its first verb-like word."""
    # The subject sits near the start: read the first 40 words, and the rest only if no verb was there.
    head = _head(text, 40)
    subject = _subject_in(head)
    if subject == "" and len(head) < len(text):
        subject = _subject_in(text)
    return subject or None


def _subject_in(text: str) -> str | None:
    """find_subject over exactly `text`: "" when no verb-like word was found, None when no subject."""
    words = _TOKENS.findall(text)
    lower = _TOKENS.findall(text.lower()) if text.isascii() else [w.lower() for w in words]
    for i in range(1, len(words)):
        if lower[i].strip(_TOKEN_EDGES) in _ADVERBS or lower[i - 1] in _BEFORE_NOUN:
            continue
        if not is_verbish(words[i].strip(_TOKEN_EDGES)) and not _present_verb_at(words, i):
            continue  # neither a verb of the lists nor one its object tells ("The deal values the company at")
        # Walk back over the noun phrase to a comma, a preposition or the start.
        j = i - 1
        while j >= 0 and lower[j].strip(_TOKEN_EDGES) in _ADVERBS:
            j -= 1
        if j >= 0 and lower[j] in _SUBJECT_PRONOUNS:
            return words[j]
        if j >= 1 and lower[j] in {"that", "which", "who"}:
            j -= 1  # "A wildfire that broke out near Sella has burned ...": the noun before "that" is the subject
        k = j
        while k >= 0:
            if words[k] in _CLAUSE_PUNCT or (lower[k] in _PREPOSITIONS and k != j):
                break
            k -= 1
        if (
            k >= 0
            and words[k] not in _CLAUSE_PUNCT
            and (j < 7 or lower[0] in {"the", "a", "an"})  # "The walkout by members of the union began ..."
            and not any(t in _CLAUSE_PUNCT for t in words[: j + 1])
            and lower[0] not in _NOT_SUBJECT_START
        ):
            k = -1  # "Lawmakers in Islamabad had ...": the preposition sits inside the subject
        subj_words = words[k + 1 : j + 1]
        if not subj_words or sum(1 for w in subj_words if w[:1].isalpha()) > 10:
            return None
        if k >= 0 and lower[k] == "of":
            return None  # the phrase starts right after "of": a fragment, not a subject
        return " ".join(subj_words)
    return ""


# --- piece removal helpers -----------------------------------------------------------

_RELATIVE = re.compile(
    r",\s+(?P<rel>which|who|where|when|whose)\s+(?P<body>(?:[^,;:–—]|(?<=\d),(?=\d{3}))+?)(?=,(?!\d{3})|;|\s[–—]\s|[.!]?[\"”]?$)"
)
# The rest of a sentence that only goes on a list: ", diarrhoea and stomach cramps", ", Hungary and Romania" (not a
# closing ", Ek and Holm said").
_LIST_TAIL = re.compile(
    r"(?![^.!]*\b(?:said|says|told|added|according)\b)"
    r"(?:,\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})*,?\s+(?:and|or)\s+[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}"
    r"(?=[.!]?[\"”]?$)"
)
_PERFECT = (
    r"(?:has|have|had)\s+(?:[a-z]+ed|shut|cut|put|set|hit|made|won|lost|paid|sold|built|left|held|brought|taken|"
    r"given|seen|done|become|run|grown|fallen|risen)"
)
_THAT_REL = re.compile(
    r"(?<=[a-z])\s+(?:that|which)\s+"
    rf"(?P<body>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed|led|keep|keeps|upended|{_PERFECT})\b[^,;.]*)"
)
# The main clause's verb after a relative clause: "that flooded the town and cut power lines| is expected to ...".
_MODAL_WORDS = "would|will|could|can|may|might|should|must"
_MAIN_VERB_AFTER = re.compile(rf"(?<!\band)(?<!\bor)(?<!\bbut)\s+(?=(?:is|are|was|were|has|have|had|{_MODAL_WORDS})\s)")
_APPOSITIVE = re.compile(
    r"(?P<name>\b[A-Z][\w'’.-]*(?:\s+(?:al-|de |van |von )?[A-Z][\w'’.-]*)*),\s+"
    r"(?P<app>(?:(?:the|a|an|one|former|(?i:head|chief|director|deputy|spokesman|spokeswoman|president|minister|"
    r"secretary|member|coordinator|founder|chairman|leader|mayor|governor|chair|chairwoman|coach|manager|captain|"
    r"owner|editor|professor|economist|analyst|lawyer|ambassador|commissioner))\b|[A-Z][\w-]*['’]s\s+(?=[a-z])|"
    r"(?:founded|established|set\s+up|formed|created|based|headquartered|listed|owned|run|backed)\s+(?:in|by|on|at)\b)"
    r"(?:[^,;]|(?<=\d),(?=\d{3}\b)){2,140}?),\s+(?=(?:who\s+)?[a-z])"
)
# What an aside on a name tells of the past: "Name, former X," / "Name, founded in 2011," -> "Name was ...".
_SINCE_ASIDE = re.compile(r"\b(?:since|for the (?:past|last))\s")  # "mayor since 2019": has been mayor
_PAST_ASIDE = re.compile(r"\bformer\b|^(?:founded|established|set\s+up|formed|created)\b")
# Capitalised words that open a sentence without naming anything: "Meanwhile, the company, ...".
_NOT_A_NAME = frozenset(
    """meanwhile however yesterday today earlier later instead still now then separately elsewhere overall
    nonetheless nevertheless indeed there here in on at for but and so also last first""".split()  # noqa: SIM905
)


def _appositive_matches(segment: str) -> list[re.Match[str]]:
    """`_APPOSITIVE` matches that are appositives: a single capitalised word counts as a name only when it is
    not an opening adverb and a verb follows the aside ("Brightcart, the country's biggest online shop, was
    fined ..."), since "Meanwhile, the company, citing costs, ..." has the same shape."""
    out = []
    for m in _APPOSITIVE.finditer(segment):
        name = m.group("name")
        if " " not in name and (
            name.lower() in _NOT_A_NAME
            or name.endswith("ly")
            or not (_starts_with_verb(segment[m.end() :]) or _placed_aside(segment, m))
        ):
            continue
        if _RELATIVE_WORD.match(m.group("app")):
            continue
        out.append(m)
    return out


def _placed_aside(segment: str, m: re.Match[str]) -> bool:
    """A one-word name after a preposition, described by a noun phrase without a verb: "the evacuation of Valdeira,
    a town of about 24,000 people, early on Sunday"."""
    before = segment[: m.start("name")].split()
    app = m.group("app")
    if _RELATIVE_WORD.match(segment, m.end()):
        return False  # "in Bergen, a city of 285,000 people, which relies on tourism": the relative clause's to take
    return (
        bool(before)
        and before[-1] in _PLACE_PREPOSITIONS
        and app.startswith(("a ", "an "))
        and not _clause_has_verb(app)
    )


_PLACE_PREPOSITIONS = frozenset(
    {"of", "in", "to", "from", "at", "near", "outside", "into", "towards", "for", "with", "by"}
)


# "The case was brought by the Harbour Trust, a group of 800 households.": a closing appositive on a name.
_FINAL_APPOSITIVE = re.compile(
    r"(?P<name>\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w'’.-]*)*),\s+"
    r"(?P<app>(?:(?:a|an)\s+(?!(?:move|step|decision|day|week|month|year|sign|blow|setback|boost|rise|fall|increase|"
    r"drop|jump|record|first|rare|deal)\b)|the\s+(?!(?:[a-z]+est|same|first|second|third|last|next|only|most|day|week|"
    r"month|year|time|end|start|move|latest|highest|lowest|biggest)\b))[^,;]{2,100}?)(?=[.!]?[\"”]?$)"
)
# "It lost £6m last year, its second loss in a row.": a closing appositive on the whole event.
_EVENT_APPOSITIVE = re.compile(
    r",\s+(?P<np>(?:its|their|his|her|the)\s+(?:[a-z]+-)?(?:first|second|third|fourth|fifth|biggest|largest|highest|"
    r"lowest|worst|best|smallest|sharpest|steepest|strongest|weakest|latest|only|most\s+\w+)\b[^,;]*?)(?=[.!]?[\"”]?$)"
)
_DASH_RELATIVE = re.compile(r"(?:which|who)\s+(?=\w)")
_DASH_ASIDE = re.compile(r"\s[–—]\s(?P<body>[^–—]{8,}?)\s[–—]\s")
_AGE = re.compile(
    r"\bthe\s+(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old\b(?:\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))?"
)
_NAME_AGE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+\((?P<n>[1-9]\d)\)")
# "Hallberg, 58, who has been mayor since 2018, ...": an age set off after a name.
_COMMA_AGE = re.compile(
    rf"(?P<name>(?!{DATE_NAME.pattern})[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*),\s+(?P<n>[1-9]\d),(?=\s)"
)
_AGE_HINT = re.compile(r",\s+[1-9]\d,")
# What may stand between a name and its relative pronoun: an age, a home town ("Declan Morrow, 67, from Lisderry,").
_NAME_TRAIL = re.compile(r"(?<=[\w'’.]),\s+(?:[1-9]\d|from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)$")

# "... a deal worth £115m – £88.5m paid upfront and up to €30.9m in add-ons.": a closing dash that
# itemises the amount before it; one unit per item.
# What a closing aside says of all the things just named: ", all made at Halvern's Brackmoor plant last year".
_ALL_MADE = re.compile(
    r",\s+(?P<q>all|both|each)\s+(?P<pp>[a-z]+ed|made|built|sold|bought|held|kept|taken|given|known|written|"
    r"brought|chosen|paid|sent|grown|drawn|shown|seen|found|hit|cut|set|put|run)\b(?P<rest>\s+(?:[^,;]|(?<=\d),(?=\d{3}))+?)"
    r"(?=[.!]?[\"”]?$)"
)
_PLURAL_THINGS = re.compile(
    r"\b(?P<np>(?:the|its|their|these|those|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+s)$"
)
# One verb, two things each set to a value: "lowered its deposit rate to 5.25% and its lombard rate to 7.25%".
_VALUE_TARGET = (
    r"(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:to|by|at)\s+[$€£]?\d[\d.,]*"
    r"(?:\s?(?:%|per\s+cent|bn|m|billion|million))?"
)
_GAPPED_VALUE = re.compile(
    rf"^(?P<head>[^,;]*?\b(?:[a-z]+ed|cut|set|put|kept|held|left)\s+){_VALUE_TARGET}"
    rf"(?P<sep>,?\s+and\s+)(?P<second>{_VALUE_TARGET})(?P<tail>[^,;]*?)(?=[.!]?$)"
)
# A condition set off by a comma: ", subject to approval by the European Commission".
_SUBJECT_TO = re.compile(r",\s+(?P<cond>subject\s+to\s+(?:[^,;]|(?<=\d),(?=\d{3}))+?)(?=,|;|[.!]?[\"”]?$)")
# A share won set against a rival's: "won 38.4% of the vote, about 158,000 votes, against Hallberg's 31.7%".
_SHARE = r"\d[\d.,]*\s?(?:%|per\s+cent|percent)"
_RIVAL_SHARE = re.compile(
    rf"\b(?P<verb>won|wins|took|takes|got|gets|received|secured|polled|scored)\s+(?P<a>{_SHARE})"
    r"(?P<of>\s+of\s+the\s+(?:vote|votes|ballots|poll))?[^;]*?"
    r"(?P<sep>,?\s+)(?P<cut>(?:against|ahead\s+of|compared\s+with|versus|to)\s+"
    rf"(?P<rival>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:'s|’s|'|’)\s+(?P<b>{_SHARE}))"
)
_DASH_ITEMS = re.compile(r"\s[–—]\s(?P<body>[$€£]?\d[^–—]*?\s(?:and|plus)\s[^–—]+?)[.!]?$")
# "in a deal worth £115m" (not the subject): the thing is worth the amount.
_WORTH = re.compile(
    r"(?<=\s)(?:a|an|the)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+worth\s+"
    r"(?P<amount>(?:about|around|some|nearly|almost|up to|at least|more than|over)?\s*"
    r"[$€£]\s?\d[\d.,]*\s*(?:[mb]n?|million|billion|bn)?)"
)
# "The agreement, eight months later than hoped, brings ...": a verbless comparative aside on the subject.
_SUBJECT_ASIDE = re.compile(
    r"^(?P<subj>(?:The|A|An|This|That|Its|His|Her|Their)\s+[^,;]{2,50}?),\s+"
    r"(?P<aside>[^,;]*?\b(?:than|ago|after|before|earlier|later)\b[^,;]*?),\s+(?=[a-z])"
)
# "Some 120 rescuers, working in shifts, had to clear ...", "The board, advised by UBS, backs ...": a participle
# aside between subject and verb.
_PARTICIPLE_ASIDE = re.compile(
    r"^(?P<subj>(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?),\s+"
    r"(?P<aside>(?:[a-z]+ing|(?:[a-z]+ed|built|made|held|run|led|won|sold|bought|taken|given|known|written|brought|"
    r"chosen|paid|kept|sent|struck|beaten|caught)\s+(?:by|on|in|at|last|this|earlier|yesterday))\b[^,;]{2,80}?),\s+"
    r"(?=[a-z])"
)
# "Its chair, Tomas Reyes, resigned", "Her deputy, Omar Haddad of the Liberal Party, is expected to run": a
# description set before the name that opens the sentence.
_DESCRIPTION_THEN_NAME = re.compile(
    r"^(?P<desc>(?:Its|Their|His|Her|Our|The|[A-Z][\w'’-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*),\s+"
    r"(?P<the>the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r",\s+(?=[a-z])"
)
# ", with striker Lena Voss scoring twice" closing a clause: a fact of its own about another subject.
_WITH_ABSOLUTE = re.compile(
    r",\s+with\s+(?P<np>(?:[A-Za-z][\w'’.-]*\s+){1,5}?)(?P<ing>[a-z]{3,}ing)\b[^,;]*?(?=[.!]?[\"”]?$|;)"
)
_OPENING_DETERMINERS = frozenset({"Its", "Their", "His", "Her", "Our", "The"})
# "Meridel, built by Tervan, cost €184 million": after a subject's aside, a word before an amount is its verb.
_VERB_BEFORE_AMOUNT = re.compile(
    r"(?!(?:and|or|but|in|on|at|by|for|from|to|of|with|since|until|about|around|some|over|under)\b)[a-z]{3,}\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?[$€£]?\d"
)
_PRESENT_S = re.compile(r"[a-z]{3,}[^s\W]s\b")  # "The recall, announced by the MSA, affects ...": a verb there
# "Since breaking into the first team, he has ...": a leading participle clause with the main subject.
_LEAD_PARTICIPLE = re.compile(
    r"^(?P<conn>Since|After|Before|Despite|Upon|On|While|Having)\s+(?P<body>(?:[a-z]+ing|been)\b[^,;]{3,120}?),\s+"
)
# "Founded in 1921, Stalder makes ...", "Based in Eindhoven, Vandermolen employs ...", "Hit by falling prices, the
# miner cut ...": a leading past-participle phrase tells a fact of the main clause's subject.
_LEAD_PAST_PARTICIPLE = re.compile(
    r"^(?P<part>[A-Z][a-z]+ed|Hit|Built|Born|Known|Run|Made|Held|Set\s+up|Seen|Taken|Given|Chosen|Written|Brought|"
    r"Caught|Sold|Bought|Led|Won|Beaten|Hurt|Struck|Shaken)\s+(?P<rest>(?:in|by|on|at|from|for|as|with|after|to|under|"
    r"into|near|since|during|outside|across|over)\b[^,;]{2,100}?),\s+(?=\S)"
)
_STATIVE_PARTICIPLES = frozenset({"based", "headquartered", "known", "owned", "listed", "located", "situated", "run"})
# "in 132 appearances for the German side he produced ...": a count of outings is its own fact.
_OUTINGS = re.compile(
    r"\b[Ii]n\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?P<noun>appearances|matches|games|starts|outings|races|fights|"
    r"tournaments|seasons|innings)(?P<pp>\s+(?:for|with|at|in)\s+[^,;]{2,40}?)?(?=\s*,|\s+(?:he|she|they|it|we)\b)"
)
_AMOUNT = r"[$€£]?\d[\d.,]*\s*(?:%|percent|per cent|[mb]n?|million|billion|euros|dollars|pounds)?"
# "..., more than the £100m City paid for Grealish" / "$212 million, roughly 2 percent less than this year":
# a comparison set off after an amount is a claim about that amount.
_COMPARISON = re.compile(
    r"(?P<what>[$€£]\d[\d.,]*\s*(?:[mb]n?|million|billion)?(?:\s*\([^)]{2,20}\))?"
    r"|\d[\d.,]*\s*(?:%|percent|per cent))"
    r"(?:\s+(?:in|for|over|during|at|on|to)\s+[^,;$€£]{1,50}?)?(?P<comma>,)\s+"
    rf"(?P<cmp>(?:(?:roughly|about|some|nearly|almost|around|just|well)\s+)?(?:{_AMOUNT}\s+)?"
    r"(?:(?:more|less|higher|lower|fewer|bigger|smaller|up|down)\s+(?:than|from|on)\s+|from\s+(?=(?:about\s+)?[$€£]?\d))"
    r"(?P<np>[^,;]+?))(?=[,;]|[.!]?[\"”]?$)"
)
_EARLIER_VALUE = re.compile(r"(?:up\s+|down\s+)?from\s+(?=(?:about\s+)?[$€£]?\d)")
# "the £100m Manchester City handed Aston Villa": an amount someone paid, said the other way round.
_AMOUNT_PAID = re.compile(
    r"^the\s+(?P<amt>[$€£]\d[\d.,]*\s*(?:[mb]n?|million|billion)?)\s+(?P<subj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
    r"(?P<verb>[a-z]+ed|paid|spent|gave|got|sold|bought|made|lent|raised)\b(?P<rest>.*)$"
)
# "Since his first appearance, against Ireland in 2020, he has ...": a leading possessive phrase.
_LEAD_POSSESSIVE = re.compile(
    r"^(?P<conn>Since|After|Before|Despite)\s+(?:his|her|its|their)\s+(?P<np>[^,;]{3,60}?)"
    r"(?:,\s+(?P<aside>[^,;]{3,90}?))?,\s+"
)
# "Dortmund signed him in 2020, at 16,": an age set off after the event.
_AT_AGE = re.compile(r",\s+(?:aged\s+|at\s+(?:the\s+age\s+of\s+)?)(?P<n>1\d|[2-9]\d)(?=\s*,|\s*[.!]?$)")
_OUTING_VERB = {"appearances": "made", "starts": "made", "outings": "made", "seasons": "spent"}
# ", in a season that saw ..." / ", a campaign in which ...": a set-off noun phrase carrying a clause.
_NP_CLAUSE = re.compile(
    r",\s+(?:in\s+)?(?:a|an)\s+(?P<noun>[a-z]+(?:\s+(?!in\b|during\b)[a-z]+)?)\s+"
    r"(?P<rel>that|which|in which|during which|when)\s+"
    r"(?P<body>[^,;]{6,}?)(?=,|;|[.!]?[\"”]?$)"
)
# "Bellingham becomes the 21st English player in La Liga and only the sixth at Real Madrid": an elliptical
# second conjunct that repeats the predicate with another ordinal.
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|"
    r"only|youngest|oldest|biggest|largest|most\s+\w+)"
)
_ELLIPTICAL = re.compile(
    rf"^(?P<head>.*?\b(?P<verb>is|are|was|were|becomes|became|become|remains|remained)\s+)the\s+{_ORDINAL_WORDS}\b"
    rf"[^,;]*?(?P<sep>\s+and\s+(?:also\s+|only\s+|now\s+)?)(?P<second>the\s+{_ORDINAL_WORDS}\b[^,;]*?)(?=,|;|[.!]?$)"
)

# Where a clause ends and another begins.
_CLAUSE_BREAKS = re.compile(
    r"(?P<sep>;\s+|,?\s+and\s+that\s+|,\s+(?:and|but|while|whereas|yet)\s+|\s+but\s+(?=[a-z]*\s*[a-z])|,\s+(?=(?:despite|even though|although|though|meaning|before|after|as)\s)|,?\s+(?=(?:even though|although)\s|once\s[^,;]*?\b(?:had|was|were)\s)|,\s+(?=(?!(?:depending|according|including|excluding|regarding|concerning|following|pending|barring|notwithstanding)\s)[a-z]+ing\s)|:\s+(?=[$€£\d]))"  # noqa: E501
)
_AND_VERB = re.compile(
    r"\s+(?:and|or)\s+(?=(?:(?:also|then|later|still|has|have|had|was|were|is|are|will|would|could)\s+)?[a-z]+\b)"
)
# A verb whose "to" a later "and to <verb>" goes on: "asked to attend ..., and to use ...".
_ASKED_TO = re.compile(
    r"\b(?:asked|told|urged|ordered|advised|encouraged|allowed|required|expected|plans?|planning|wants?|wanted|"
    r"hopes?|hoped|agreed|decided|promised|pledged|vowed|aims?|intends?|intended|needs?|needed)\s+(?P<to>to)\s+[a-z]+"
)
_TO_VERB = re.compile(r"to (?!(?:the|a|an|its|their|his|her|this|that|these|those|date|what|whom?)\b)[a-z]+\b")
_RATHER = re.compile(r"(?:rather|instead)\b")  # after ", but": the same predicate, put right
_LEADING_CONNECTIVE = re.compile(
    r"^(?:and|but|while|whereas|yet|so|even though|although|though|meaning|once|however|meanwhile|moreover|"
    # "as" opens a clause, not "As of 31 July" or "As part of the deal"
    r"also|then|as(?!\s+(?:of|part|a\s+result|well|many|much|far|long|soon|expected|usual|planned|such|with)\b)|"
    r"before|after|despite)\b[,\s]*",
    re.I,
)


def _appositive_text(m: re.Match[str]) -> str:
    """ "Name, the X," -> "Name is the X"; "Name, founded in 2011," -> "Name was founded in 2011"."""
    app = m.group("app")
    verb = "was" if _PAST_ASIDE.search(app) else "has been" if _SINCE_ASIDE.search(app) else "is"
    return f"{_trim_lead(m.group('name'))} {verb} {app}"


def appositives(text: str, start: int, end: int) -> list[Unit]:
    """Appositive units only ("Name, head of X, said" -> "Name is head of X")."""
    out = []
    segment = text[start:end]
    if segment.endswith("."):  # '"...," said Jakob Rehn, a competition partner at Falk Osterberg.': the aside ends it
        segment = segment[:-1] + ","
    for m in _appositive_matches(segment + " x"):
        out.append(Unit(start + m.start("name"), start + m.end("app"), _appositive_text(m), background=True))
    for m in _COMMA_AGE.finditer(text, start, end) if _AGE_HINT.search(segment) else ():  # "Priya Hassan, 52, said"
        out.append(_age(m.start(), m.end("n"), _trim_lead(m.group("name")), m.group("n")))
    # "Mayor Jane Doe, who took office in 2023, said ...": the relative clause inside a reporting frame.
    for m in _RELATIVE.finditer(text, start, end):
        if m.group("rel") == "whose" and (owner := _antecedent(text[start : m.start()])):
            # '"...," said Lind, whose team are one point ahead': Lind's team are one point ahead
            body = m.group("body").strip()
            out.append(Unit(m.start("rel"), m.end("body"), f"{owner}'s {body}", background=True))
        elif m.group("rel") in ("who", "which"):
            antecedent = _antecedent(text[start : m.start()])
            if antecedent:
                body = m.group("body").strip()
                # "THG, which has 1,150 beds and serves 480,000 people, said": each predicate is a claim
                pieces = _split_clauses(
                    text, m.start("rel"), m.end("body"), unit_text_override=f"{antecedent} {body}", subject=antecedent
                )
                out.extend(Unit(u.start, u.end, u.text, u.subject, background=True) for u in pieces)
    return out


def lead_description(text: str, start: int) -> list[Unit]:
    """ "Velmart's chief executive, Ana Ruiz, said ...": Ana Ruiz is Velmart's chief executive (the description
    opens the sentence, before the frame the name begins)."""
    m = _DESCRIPTION_THEN_NAME.match(text, start) if "," in text else None
    return [_named_description(m, 0)] if m else []


def _named_description(m: re.Match[str], start: int) -> Unit:
    """ "Its chair, Tomas Reyes, ..." -> "Tomas Reyes is its chair"."""
    desc = m.group("desc")
    desc = desc[0].lower() + desc[1:] if desc.split()[0] in _OPENING_DETERMINERS else desc
    name = f"The {m.group('name')}" if m.group("the") else m.group("name")  # "..., the Harbour Trust, said"
    return Unit(start, start + m.end("name"), f"{name}{m.group('of') or ''} is {desc}", background=True)


def _age(a: int, b: int, who: str, years: str) -> Unit:
    """ "Hallberg, 58,", "Federico Valverde (24)", "the 19-year-old": a claim of the person's age."""
    return Unit(a, b, f"{who} is {years} years old", background=True)


def split_atomic(
    text: str, start: int, end: int, memory_person: str | None = None, cut: list[tuple[int, int]] | None = None
) -> list[Unit]:
    """Atomic units of `text[start:end]` (one clause range of a sentence); `cut` ranges are left out."""
    units: list[Unit] = []
    removed: list[tuple[int, int]] = list(cut or [])

    segment = text[start:end]
    main_subject = find_subject(segment.lstrip(' "“'))

    units.extend(_pattern_units(text, start, end, segment, main_subject, memory_person, removed))

    # Cheap pre-checks: most sentences hold no dash, no year-old, no bracket; every piece below needs one.
    has_dash = "–" in segment or "—" in segment
    has_comma = "," in segment

    # Dash-set asides become their own units.
    for m in _DASH_ASIDE.finditer(segment) if has_dash else ():
        a, b = start + m.start("body"), start + m.end("body")
        rel = _DASH_RELATIVE.match(m.group("body"))
        antecedent = _antecedent(text[start : start + m.start()]) if rel else ""
        if antecedent:  # "the fee – which could reach 135 million –": the fee could reach 135 million
            units.append(Unit(a, b, f"{antecedent} {m.group('body')[rel.end() :]}", subject=antecedent))
        else:
            units.append(_make(text, a, b))
        removed.append((start + m.start(), start + m.end() - 1))

    # Appositives: "Name, the X, verb" -> "Name is the X" and the main clause without it.
    for m in _appositive_matches(segment) if has_comma else ():
        if _overlaps(start + m.start(), start + m.end(), removed):
            continue
        units.append(Unit(start + m.start("name"), start + m.end("app"), _appositive_text(m), background=True))
        removed.append((start + m.end("name"), start + m.end("app") + 1))
        main_subject = main_subject or _trim_lead(m.group("name"))

    # Relative clauses.
    for m in _RELATIVE.finditer(segment) if has_comma else ():
        a, b = start + m.start(), start + m.end()
        if _overlaps(a, b, removed):
            continue
        antecedent = _antecedent(text[start:a])
        body_end = m.end("body")
        # A list closing the sentence goes on the clause that ends it ("..., when a hospital reported patients with
        # fever, diarrhoea and stomach cramps"), once the main clause has its verb.
        if (tail := _LIST_TAIL.match(segment, body_end)) and _clause_has_verb(text[start:a]):
            body_end = tail.end()
            b = start + body_end
        body = segment[m.start("body") : body_end].strip()
        rel = m.group("rel")
        if rel == "whose" and antecedent:  # "engine maker Torvald, whose Ohio plant was closed": Torvald's
            antecedent = f"{antecedent}'s"
        unit_text = body if rel in ("where", "when") else f"{antecedent} {body}" if antecedent else body
        rel_units = _split_clauses(
            text, start + m.start("rel"), start + body_end, unit_text_override=unit_text, subject=antecedent
        )
        before_verb = find_subject(text[start:a] + " is") is not None and not _SAID.search(text[start:a])
        if before_verb and not _clause_has_verb(text[start:a]):
            rel_units = [Unit(u.start, u.end, u.text, u.subject, background=True) for u in rel_units]
        units.extend(rel_units)
        if b < len(text) and text[b] == ",":
            b += 1
        removed.append((a, b))

    for m in _THAT_REL.finditer(segment) if " that " in segment or " which " in segment else ():
        a = start + m.start()
        b = start + m.end("body")
        if _overlaps(a, b, removed):
            continue
        antecedent = _antecedent(text[start:a], words=6)
        main_verb = _MAIN_VERB_AFTER.search(m.group("body"))
        if main_verb and antecedent and find_subject(text[start:a] + " is"):
            # "A storm that flooded the town and cut power lines is expected to weaken": what the storm did (each
            # act), and the main clause without the relative one ("A storm is expected to weaken").
            b = start + m.start("body") + main_verb.start()
            body = text[start + m.start("body") : b]
            units.extend(
                _split_clauses(
                    text, start + m.start("verb"), b, subject=antecedent, unit_text_override=f"{antecedent} {body}"
                )
            )
            if len(body.split()) > 2:  # "The section of tunnel that collapsed had passed ...": it says which section
                removed.append((a, b))
            continue
        units.append(Unit(a, b, f"{antecedent} {m.group('body')}".strip()))

    # Ages: "the 19-year-old" -> "<person> is 19 years old"
    for m in _AGE.finditer(segment) if memory_person and "year-old" in segment else ():
        units.append(_age(start + m.start(), start + m.end(), memory_person, m.group("n")))  # type: ignore[arg-type]
    for m in _NAME_AGE.finditer(segment) if "(" in segment else ():
        units.append(_age(start + m.start(), start + m.end(), m.group("name"), m.group("n")))
    for m in _COMMA_AGE.finditer(segment) if has_comma and _AGE_HINT.search(segment) else ():
        if not _overlaps(start + m.start("n"), start + m.end("n"), removed):
            units.append(_age(start + m.start(), start + m.end("n"), _trim_lead(m.group("name")), m.group("n")))
            aside = re.match(r"\s+(?:a|an|the)\s", segment[m.end() :])  # "Aino Berg, 71, a retired teacher"
            removed.append((start + m.end("name"), start + (m.end("n") if aside else m.end())))

    # The main line, with the removed pieces cut out, split into clauses.
    if removed:  # pieces were taken out: the subject may have changed
        main_subject = find_subject(_render(text, start, end, removed).lstrip(' "“')) or main_subject
    units.extend(_split_clauses(text, start, end, removed=removed, subject=main_subject))
    units.sort(key=lambda u: (u.start, u.end))
    return [u for u in units if _is_claimlike(u.text)]


def _pattern_units(
    text: str,
    start: int,
    end: int,
    segment: str,
    main_subject: str | None,
    person: str | None,
    removed: list[tuple[int, int]],
) -> list[Unit]:
    """Units of the shallow news patterns that hide a second predicate; their ranges go to `removed`."""
    units: list[Unit] = []
    subject = main_subject if main_subject and main_subject.lower() not in _SUBJECT_PRONOUNS else person
    m = _DASH_ITEMS.search(segment) if "–" in segment or "—" in segment else None
    if m and not _inside_quote(text, start + m.start(), start):
        head = _WORTH.search(segment, 0, m.start())
        lead = f"The {head.group('amount')} {head.group('noun')} includes" if head else None
        a, b = start + m.start("body"), start + m.end("body")
        for item in _ITEM_SEPARATOR.split(m.group("body")):
            item = item.strip(" ,.")
            if item:
                units.append(Unit(a, b, f"{lead} {item}" if lead else item))
        removed.append((start + m.start(), start + m.end("body")))
    if " worth " in segment:
        for m in _WORTH.finditer(segment):
            if m.start() > 3:  # not the subject of the clause
                units.append(
                    Unit(start + m.start(), start + m.end(), f"The {m.group('noun')} is worth {m.group('amount')}")
                )
    m = _RIVAL_SHARE.search(segment) if "%" in segment or " cent" in segment else None
    if m and not _inside_quote(text, start + m.start(), start):
        # "Aydar won 38.4% of the vote against Hallberg's 31.7%": Hallberg won 31.7% of the vote, a claim of its own
        rival = m.group("rival")
        rival = rival[0].upper() + rival[1:]
        units.append(
            Unit(
                start + m.start("cut"),
                start + m.end("cut"),
                f"{rival} {m.group('verb')} {m.group('b')}{m.group('of') or ''}",
            )
        )
        removed.append((start + m.start("sep"), start + m.end("cut")))
    m = _SUBJECT_TO.search(segment) if "subject to" in segment else None
    if m and not _inside_quote(text, start + m.start(), start):
        # "The deal is expected to close in the fourth quarter, subject to approval by the competition authorities":
        # that it needs approval is a claim of the clause's subject. Not of a name nor of "it": "Vandermolen will pay
        # CHF 92 a share, subject to approval" puts the payment under approval, not Vandermolen.
        opens = max((b.end() for b in _CLAUSE_BREAKS.finditer(segment, 0, m.start())), default=0)
        condition_of = find_subject(segment[opens : m.start()]) or ""
        last = condition_of.split()[-1] if condition_of else ""
        if last.islower() and last not in _SUBJECT_PRONOUNS:
            be = "are" if _plural(condition_of) else "is"
            said = f"{condition_of} {be} {m.group('cond')}"
            units.append(Unit(start + m.start("cond"), start + m.end("cond"), said))
            cut_to = m.end("cond") + (1 if segment[m.end("cond") : m.end("cond") + 1] == "," else 0)
            removed.append((start + m.start(), start + cut_to))
    m = _ALL_MADE.search(segment) if ", " in segment else None
    if m and not _overlaps(start + m.start(), start + m.end("rest"), removed):
        # "The recall covers 38 batches of the 40mg tablets, all made at the Brackmoor plant": the tablets were all
        # made there, a claim of its own
        things = _PLURAL_THINGS.search(segment, 0, m.start())
        if things:
            said = f"{things.group('np')} were {m.group('q')} {m.group('pp')}{m.group('rest')}"
            units.append(Unit(start + m.start("q"), start + m.end("rest"), said))
            removed.append((start + m.start(), start + m.end("rest")))
    m = _SUBJECT_ASIDE.match(segment) if "," in segment else None
    if m:
        units.append(
            Unit(
                start + m.start(), start + m.end("aside"), f"{m.group('subj')} was {m.group('aside')}", background=True
            )
        )
        removed.append((start + m.end("subj"), start + m.end() - 1))
    m = _PARTICIPLE_ASIDE.match(segment) if ", " in segment else None
    if (
        m
        and not _overlaps(start + m.end("subj"), start + m.end(), removed)
        and (
            _starts_with_verb(segment[m.end() :])
            or _PRESENT_S.match(segment, m.end())
            or _VERB_BEFORE_AMOUNT.match(segment, m.end())
        )
    ):
        # "Some 120 rescuers, working in shifts, had to ...": the rescuers were working in shifts, and had to ...
        subj = m.group("subj")
        plural = _plural(subj)
        if m.group("aside").split()[0] in _STATIVE_PARTICIPLES:  # "Stalder, based in Winterthur, makes ..."
            be = "are" if plural else "is"
        else:
            be = "were" if plural else "was"
        units.append(Unit(start, start + m.end("aside"), f"{subj} {be} {m.group('aside')}", background=True))
        removed.append((start + m.end("subj"), start + m.end() - 1))
    m = _WITH_ABSOLUTE.search(segment) if ", with " in segment else None
    if m and not _overlaps(start + m.start(), start + m.end(), removed) and _tells_the_past(segment[: m.start()]):
        # "Halden beat Rovik 3-1, with striker Lena Voss scoring twice": Lena Voss scored twice
        said = f"{m.group('np').strip()} {past_participle_clause(segment[m.start('ing') : m.end()])}"
        units.append(Unit(start + m.start("np"), start + m.end(), said))
        removed.append((start + m.start(), start + m.end()))
    m = _DESCRIPTION_THEN_NAME.match(segment) if "," in segment else None
    if m and not _overlaps(start, start + m.end(), removed) and _starts_with_verb(segment[m.end() :]):
        # "Its chair, Tomas Reyes, resigned on Monday": Tomas Reyes is its chair; Tomas Reyes resigned on Monday
        units.append(_named_description(m, start))
        removed.append((start, start + m.start("name")))
        removed.append((start + m.end("name"), start + m.end() - 1))
    m = _LEAD_POSSESSIVE.match(segment)
    if m:
        who = find_subject(segment[m.end() :] + " x")
        who = person if who and who.lower() in _SUBJECT_PRONOUNS else who
        if who:
            aside = f" was {m.group('aside')}" if m.group("aside") else ""
            units.append(Unit(start, start + m.end() - 2, f"{who}'s {m.group('np')}{aside}", background=True))
            removed.append((start, start + m.end()))
    if ", at " in segment or ", aged " in segment:
        for m in _AT_AGE.finditer(segment):
            if person and _PERSON_PRONOUN.search(segment[: m.start()]):
                units.append(
                    Unit(start + m.start() + 2, start + m.end(), f"{person} was {m.group('n')}", background=True)
                )
                removed.append((start + m.start(), start + m.end()))
    for m in _COMPARISON.finditer(segment) if " than " in segment or " from " in segment or " on " in segment else ():
        if _inside_quote(text, start + m.start(), start):
            continue
        earlier = _EARLIER_VALUE.match(m.group("cmp"))
        if earlier and main_subject and main_subject.lower() not in _SUBJECT_PRONOUNS:
            # "Net profit climbed to $412m, from $349m a year earlier": net profit was $349m a year earlier
            head = re.split(r"\s+(?:of|for|in|at|on|from)\s+", main_subject)[0].split()[-1].lower()
            was = "were" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "was"
            said = f"{main_subject} {was} {m.group('cmp')[earlier.end() :]}"
        else:
            said = f"{m.group('what')} is {m.group('cmp')}"
        units.append(Unit(start + m.start("what"), start + m.end(), said))
        removed.append((start + m.start("comma"), start + m.end()))
        paid = _AMOUNT_PAID.match(m.group("np"))
        if paid:
            units.append(
                Unit(
                    start + m.start("np"),
                    start + m.end(),
                    f"{paid.group('subj')} {paid.group('verb')} {paid.group('amt')}{paid.group('rest')}",
                )
            )
    m = _LEAD_PAST_PARTICIPLE.match(segment) if segment[:1].isupper() else None
    if m and (who := find_subject(segment[m.end() :])) and who.lower() not in {"i", "you"}:
        # "Founded in 1921, Stalder makes valves": Stalder was founded in 1921, and makes valves
        part = m.group("part").lower()
        head = who.split()[-1]
        plural = head.lower() in {"they", "we"} or (
            head.endswith("s") and not head.endswith(("ss", "us", "is")) and not head[0].isupper()
        )
        be = ("are" if plural else "is") if part in _STATIVE_PARTICIPLES else ("were" if plural else "was")
        who = who[0].upper() + who[1:]
        units.append(Unit(start, start + m.end("rest"), f"{who} {be} {part} {m.group('rest')}", who, background=True))
        removed.append((start, start + m.end()))
    m = _LEAD_PARTICIPLE.match(segment)
    if m:
        rest_subject = find_subject(segment[m.end() :])
        if rest_subject and rest_subject.lower() in _SUBJECT_PRONOUNS:
            rest_subject = person or rest_subject
        if rest_subject:
            units.append(Unit(start, start + m.end("body"), f"{rest_subject} {m.group('body')}", rest_subject))
            removed.append((start, start + m.end()))
    if " in " in segment or segment[:3] == "In ":
        for m in _OUTINGS.finditer(segment):
            who = find_subject(segment[m.end() :] + " x") or subject
            if who and who.lower() in _SUBJECT_PRONOUNS:
                who = person
            if not who:
                continue
            verb = _OUTING_VERB.get(m.group("noun"), "played")
            units.append(
                Unit(
                    start + m.start(),
                    start + m.end(),
                    f"{who} {verb} {m.group('n')} {m.group('noun')}{m.group('pp') or ''}",
                )
            )
            removed.append((start + m.start(), start + m.end()))
    m = _FINAL_APPOSITIVE.search(segment) if ", a" in segment or ", the " in segment else None
    if (
        m
        and not _overlaps(start + m.start(), start + m.end(), removed)
        # "..., who works from Dunmere, the ruling comes too late": a clause after a fronted phrase, no appositive
        and not (m.group("app").startswith("the ") and _clause_has_verb(m.group("app")))
    ):
        units.append(
            Unit(
                start + m.start(),
                start + m.end(),
                f"{_trim_lead(m.group('name'))} is {m.group('app')}",
                background=True,
            )
        )
        removed.append((start + m.end("name"), start + m.end()))
    m = _EVENT_APPOSITIVE.search(segment) if ", " in segment else None
    if m and not _overlaps(start + m.start(), start + m.end(), removed):
        units.append(Unit(start + m.start() + 1, start + m.end(), f"It was {m.group('np')}"))
        removed.append((start + m.start(), start + m.end()))
    for m in _NP_CLAUSE.finditer(segment) if ", " in segment else ():
        if _inside_quote(text, start + m.start(), start):
            continue
        body = m.group("body").strip()
        if m.group("rel") in ("that", "which"):
            # "..., in a deal that values X at CHF 1.2bn and puts Y at CHF 1.45bn": each predicate is the deal's
            noun = f"The {m.group('noun')}"
            units.extend(
                _split_clauses(
                    text,
                    start + m.start("body"),
                    start + m.end("body"),
                    unit_text_override=f"{noun} {body}",
                    subject=noun,
                )
            )
        else:
            units.append(Unit(start + m.start() + 1, start + m.end(), body))
        removed.append((start + m.start(), start + m.end()))
    m = _ELLIPTICAL.match(segment) if " and " in segment else None
    if m:
        a = start + m.start("second")
        b = start + m.end("second")
        head = m.group("head")
        units.append(Unit(a, b, f"{head}{m.group('second')}"))
        removed.append((start + m.start("sep"), b))
    m = _GAPPED_VALUE.match(segment) if " and " in segment else None
    if m and not _overlaps(start + m.start("sep"), start + m.end("second"), removed):
        # "lowered its deposit rate to 5.25% and its lombard rate to 7.25%": the verb goes with both
        a, b = start + m.start("second"), start + m.end("second")
        units.append(Unit(a, b, f"{m.group('head')}{m.group('second')}{m.group('tail')}"))
        removed.append((start + m.start("sep"), b))
    return units


def _split_clauses(
    text: str,
    start: int,
    end: int,
    removed: list[tuple[int, int]] | None = None,
    subject: str | None = None,
    unit_text_override: str | None = None,
) -> list[Unit]:
    removed = removed or []
    pieces = [(start, end)] if unit_text_override is not None else _cut(text, start, end, _CLAUSE_BREAKS, removed)
    units: list[Unit] = []
    previous = ""
    # A subject the clauses after the first can be given ("which", "who" are not: they need their antecedent).
    given_subject = bool(subject) and subject.lower() not in {"which", "who", "that"}
    for i, (a, b) in enumerate(pieces):
        for a2, b2 in _cut_and_verb(text, a, b, removed, has_subject=given_subject):
            piece_text = _render(text, a2, b2, removed)
            if unit_text_override is not None and (a2, b2) == (start, end):
                piece_text = unit_text_override
            elif unit_text_override is not None and a2 == start and subject and (rel := _WHICH_WHO.match(piece_text)):
                # "Stalder, which had sales of CHF 610m and employs 3,400 people": the first predicate is Stalder's.
                piece_text = f"{subject} {piece_text[rel.end() :].lstrip()}"
            if (
                i
                and previous
                and subject
                and ":" in text[pieces[i - 1][1] : a]
                and _AMOUNT_FIRST.match(piece_text)
                and not _clause_has_verb(piece_text)
            ):
                # "Pakistan gets more than it bargained for: $3bn over nine months": the amount is what it gets.
                head = _subject_and_verb(previous, subject)
                if head:
                    piece_text = f"{head} {piece_text}"
            lm = _LIST_AFTER.match(piece_text)
            if lm and previous and _NAME_LIST.fullmatch(lm.group("list")):
                # "..., after A, B and C": one claim per name, on the previous clause.
                for item in _list_items(lm.group("list")):
                    units.append(Unit(a2, b2, f"{previous.rstrip('.')} {lm.group('conn')} {item}"))
                continue
            piece_text = _LEADING_CONNECTIVE.sub("", piece_text).strip(" ,;:")
            if not piece_text:
                continue
            if previous and _TO_VERB.match(piece_text):
                asked = _ASKED_TO.search(previous)
                if asked:  # "have been asked to attend ..., and to use GP services": asked to use them too
                    piece_text = f"{previous[: asked.start('to')]}{piece_text}"
            modal = _MODAL.search(previous) if previous and _starts_with_base_verb(piece_text) else None
            main, previous = previous, piece_text
            subj = None
            more: list[str] = []  # further acts of one "-ing" piece ("bringing down a crane and halting traffic")
            valued = _VALUING.match(piece_text)
            if valued:
                # "agreed to buy Stalder for CHF 92 a share, valuing Stalder at about 1.2 billion francs": what the
                # price makes the company worth, not an act of the buyer
                piece_text = f"{valued.group('what')} is valued at {valued.group('worth')}"
                given = False
            else:
                given = given_subject
            if modal and subject and subject.lower() not in {"which", "who", "that"}:
                # "would sell A and raise B": the second predicate keeps the subject and the modal.
                subj = subject
                piece_text = f"{subject} {modal.group('modal')} {piece_text}"
            if (
                given
                and (
                    _starts_with_verb(piece_text) or (_ING_START.match(piece_text) and not _ING_PREP.match(piece_text))
                )
                and not piece_text.startswith(subject)
                and not subj
            ):
                subj = subject
                listing = (
                    _LISTING_VERB.search(main) if _ING_START.match(piece_text) and main.startswith(subject) else None
                )
                if listing:
                    # "covered intelligence on extremists, choking off funding and watching money flows": more of
                    # what the talks covered, not acts of the talks
                    verb = main[len(subject) : listing.end()].strip()
                    piece_text, *more = (f"{verb} {act}" for act in _AND_ING.split(piece_text))
                elif _ING_START.match(piece_text):
                    # "walked out on Monday, starting a strike": the strike started, as the walk-out did;
                    # "is costing £6m, forcing shops to close": the strike is forcing them.
                    aux = _progressive_aux(main)
                    if aux:
                        piece_text = f"{aux} {piece_text}"
                    elif _tells_the_past(main):
                        # "..., bringing down a crane and halting traffic": it brought down a crane and halted
                        # traffic, two facts of the subject
                        piece_text, *more = (past_participle_clause(act) for act in _AND_ING.split(piece_text))
                    else:
                        # "These discussions take place ..., underscoring the urgency": they are underscoring it
                        piece_text = f"{'are' if _plural(subject) else 'is'} {piece_text}"
                piece_text = f"{subject} {piece_text}"
            if main and not subj:
                piece_text = _possessive_of(main, piece_text)
            for item in _enumerate(text, a2, b2, piece_text):
                units.append(Unit(a2, b2, item, subj))
            units.extend(Unit(a2, b2, f"{subject} {act}", subj) for act in more)
    return units


# Verbs whose object is a list, whose items may be gerunds: "The talks covered X, choking off Y and watching Z".
_LISTING_VERB = re.compile(
    r"\b(?:covered|covers|cover|included|includes|include|involved|involves|involve|discussed|discusses|"
    r"addressed|addresses|dealt\s+with|deals\s+with|focused\s+on|focuses\s+on|centred\s+on|centered\s+on)\b"
)
_AND_ING = re.compile(r",?\s+and\s+(?=[a-z]{2,}ing\b)")
_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_POSSESSIVE_START = re.compile(r"^(?:[Ii]ts|[Tt]heir)\s+(?=[a-z])")


def _possessive_of(before: str, piece_text: str) -> str:
    """ "Pakistan faces a crisis and its reserves are draining away": the reserves are Pakistan's (the subject
    of the clause `before`, after any colon)."""
    m = _POSSESSIVE_START.match(piece_text)
    if not m or piece_text[m.end() :].startswith("own "):
        return piece_text  # "its own offer": set against another party's, not the subject's
    subject = find_subject(before.rsplit(":", 1)[-1].strip())
    if (
        not subject
        or subject.lower() in _SUBJECT_PRONOUNS | {"which", "who", "that"}
        or len(subject.split()) > 5
        or _INNER_POSSESSIVE.search(subject)
    ):
        return piece_text  # "the union's demand for a 9 per cent rise": no owner for "its"
    owner = subject if subject.endswith(("'s", "s'")) else f"{subject}'s"
    return f"{owner} {piece_text[m.end() :]}"


# Past tenses of "-ing" forms that do not take "-ed" ("leaving" -> "left").
_IRREGULAR_PAST = {
    "beating": "beat",
    "becoming": "became",
    "beginning": "began",
    "bending": "bent",
    "bringing": "brought",
    "building": "built",
    "buying": "bought",
    "catching": "caught",
    "costing": "cost",
    "cutting": "cut",
    "dealing": "dealt",
    "driving": "drove",
    "falling": "fell",
    "feeding": "fed",
    "fighting": "fought",
    "finding": "found",
    "getting": "got",
    "giving": "gave",
    "going": "went",
    "growing": "grew",
    "hanging": "hung",
    "hitting": "hit",
    "holding": "held",
    "hurting": "hurt",
    "keeping": "kept",
    "leading": "led",
    "leaving": "left",
    "lending": "lent",
    "losing": "lost",
    "making": "made",
    "meeting": "met",
    "paying": "paid",
    "putting": "put",
    "rising": "rose",
    "running": "ran",
    "saying": "said",
    "seeing": "saw",
    "seeking": "sought",
    "selling": "sold",
    "sending": "sent",
    "setting": "set",
    "shrinking": "shrank",
    "shutting": "shut",
    "sinking": "sank",
    "spending": "spent",
    "splitting": "split",
    "spreading": "spread",
    "standing": "stood",
    "striking": "struck",
    "sweeping": "swept",
    "taking": "took",
    "teaching": "taught",
    "telling": "told",
    "thinking": "thought",
    "winning": "won",
    "wiping": "wiped",
}
# Past forms that are as often nouns ("the cost of", "a split") do not tell the past on their own.
_PAST_WORD = frozenset(_IRREGULAR_PAST.values()) - {"cost", "spread", "split"} | {
    "was",
    "were",
    "had",
    "did",
    "withdrew",
    "broke",
    "struck",
    "chose",
    "drew",
    "spoke",
    "wrote",
}


def _tells_the_past(clause: str) -> bool:
    """The clause's verb is in the past tense ("walked", "withdrew"... as far as a word list can tell)."""
    for word in _ALPHA_WORD.findall(_head(clause, 12)):
        low = word.lower()
        if low in _PAST_WORD:
            return True
        if low in {"has", "have", "had"}:
            continue  # "has added X, claiming ...": the perfect tells of the past if its participle does
        if is_verbish(word):
            return low.endswith("ed")
    return False


def _progressive_aux(clause: str) -> str:
    """ "is" in "The strike is costing ...", "has been" in "has been reviewing ...": the auxiliary of a clause
    in the progressive, else ""."""
    words = _ALPHA_WORD.findall(_head(clause, 12))
    for i, (word, following) in enumerate(pairwise(words)):
        low, after = word.lower(), words[i + 2] if i + 2 < len(words) else ""
        if low in {"is", "are", "was", "were"}:
            return low if following.endswith("ing") else ""
        if low in {"has", "have", "had"} and following == "been" and after.endswith("ing"):
            return f"{low} been"  # "has been reviewing the plan, hoping to ..."
        if low in {"will", "would", "could", "may", "might"} and following.lower() != "have":
            return f"{low} be"  # "will cancel 1,800 flights, affecting 250,000 passengers": will be affecting
        if is_verbish(word):
            return ""
    return ""


def past_participle_clause(piece: str) -> str:
    """ "starting a strike" -> "started a strike": the "-ing" form that opens a piece, in the past tense."""
    word, _, rest = piece.partition(" ")
    past = _IRREGULAR_PAST.get(word)
    if past is None:
        base = word[:-3]
        if base.endswith("ee"):
            past = base + "d"  # agreeing -> agreed
        elif len(base) > 2 and base[-1] == "y" and base[-2] not in "aeiou":
            past = base[:-1] + "ied"  # trying -> tried
        else:
            past = base + "ed"  # adding -> added, trapping -> trapped, forcing -> forced
    return f"{past} {rest}".rstrip()


# An amount of money or a share opening a piece: "$3bn over nine months", "38% in May".
_AMOUNT_FIRST = re.compile(r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:%|per\s?cent\b|bn\b|billion\b|m\b|million\b))")


def _subject_and_verb(clause: str, subject: str) -> str:
    """The clause's subject and verb ("Pakistan gets", "The fund has agreed"), or "" when it does not open so."""
    if not clause.startswith(subject):
        return ""
    words = clause[len(subject) :].split()
    verb = []
    for word in words[:4]:
        verb.append(word)
        if word.lower() not in _AUX:
            break
    return f"{subject} {' '.join(verb)}" if verb and is_verbish(verb[-1]) else ""


def _clause_has_verb(text: str) -> bool:
    words = _ALPHA_WORD.finditer(text)
    next(words, None)  # the first word opens the clause: not its verb
    return any(is_verbish(m.group()) for m in words)


def _head(text: str, words: int) -> str:
    """The first `words` words of text (whole words), so that a scan reads a prefix, not a whole clause."""
    parts = text.split(" ", words + 1)
    if len(parts) <= words + 1:
        return text
    return text[: len(text) - len(parts[-1]) - 1]


_ING_PREP = re.compile(
    r"^(?:during|including|according|regarding|concerning|following|notwithstanding|considering|excluding|pending|something|nothing|anything|everything|morning|evening|spring|string|thing)\b",
    re.I,
)


def _cut(
    text: str, start: int, end: int, pattern: re.Pattern[str], removed: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    lists: list[tuple[int, int]] | None = None  # "-ing" lists, found only once a break needs them
    for m in pattern.finditer(text, start, end):
        if _inside_quote(text, m.start(), start) or (removed and any(x <= m.start() < m.end() < y for x, y in removed)):
            continue  # a break inside a cut-out aside ("Some 120 rescuers, working in shifts, had to ...")
        if lists is None:
            lists = [(x.start(), x.end()) for x in _ING_LIST.finditer(text, start, end)] if "ing " in text else []
        if any(a < m.start() < b for a, b in lists) or _ING_PREP.match(text[m.end() : m.end() + 15]):
            continue
        if _AMOUNT_MOVES.match(text, m.end()) and _AMOUNT_END.search(text, max(start, m.start() - 30), m.start()):
            continue  # "for a fee of €42m, rising to €50m with add-ons": the fee rises, not the buyer
        if m.start() - cursor < 6:
            continue
        if _RATHER.match(text, m.end()) and not _clause_has_verb(text[m.end() : end]):
            continue  # "should not be dealt with through military means, but rather through development": one claim
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


_LEADING_PREP = re.compile(
    r"\s*(?:In|At|On|Under|For|From|With|By|After|Before|Since|During|Among|Despite|Against|Over|Through|Back in|"
    r"Without|Unlike|Like|Beyond|Amid|Following|Thanks to|Due to|Because of|Apart from|Besides)\s"
)
# "If he cannot, Brenholm is likely to ...": a condition holds with the clause it conditions.
_CONDITION = re.compile(r"\s*(?:If|Unless|Even if|Only if|Provided)\s")
_COMMA_OR_AND = re.compile(r",\s+|\s+and\s+")


def _starts_clause(text: str) -> bool:
    """True when text opens with a short subject and a finite verb ("arrears keep piling up")."""
    words = _ALPHA_WORD.findall(_head(text, 8))[:6]
    if (
        len(words) < 2
        or words[0].lower() in _PREPOSITIONS
        or (words[0].lower() in {"the", "a", "an"} and len(words) < 3)
    ):
        return False
    for i, w in enumerate(words[1:5], start=1):
        lw = w.lower()
        if lw in {"and", "or"} and i + 1 < len(words) and words[i + 1].lower() in _AUX:
            return False  # "Austin and will be completed": the list's last item, then the next predicate
        if lw in _AUX and words[i - 1].lower() == "to":
            return False  # "tools to do so", "ways to be safe": an infinitive, no finite verb
        if lw in _AUX or lw in {"keep", "keeps", "remain", "remains", "rose", "fell"}:
            return all(x[0].islower() or i == 1 for x in words[:i]) or words[0][0].isupper()
        if is_verbish(w):
            return False
    return False


# A copula and a short quoted evaluation closing the first conjunct ('was "very close"').
_QUOTED_VERDICT = re.compile(r"\b(?:is|are|was|were|be|been)\s+[\"“][^\"“”]{1,30}[\"”]\s*$")
_MODAL_START = re.compile(r"(?:would|will|could|may|might|should)\b")
_MODAL = re.compile(rf"\b(?P<modal>{_MODAL_WORDS}|to|plans? to|wants? to)\s+[a-z]+\b")
# Base forms that follow a modal in news prose ("would buy back shares and raise the dividend").
_BASE_VERBS = frozenset(
    [
        "raise",
        "cut",
        "buy",
        "sell",
        "invest",
        "hire",
        "build",
        "close",
        "open",
        "pay",
        "reduce",
        "increase",
        "expand",
        "launch",
        "review",
        "appeal",
        "consider",
        "continue",
        "seek",
        "study",
        "create",
        "hold",
        "sign",
        "approve",
        "reject",
        "announce",
        "repay",
        "borrow",
        "lend",
        "lift",
        "lower",
        "return",
        "boost",
        "freeze",
        "delay",
        "cancel",
        "extend",
        "replace",
        "restore",
        "spend",
        "save",
        "fund",
        "support",
        "end",
        "start",
        "stop",
        "resume",
        "add",
        "drop",
        "keep",
        "introduce",
        "offer",
        "provide",
        "allow",
        "ban",
        "impose",
        "scrap",
        "remove",
        "meet",
        "visit",
        "travel",
        "attend",
        "return",
        "release",
        "publish",
        "take",
        "last",
        "cost",
        "make",
        "give",
        "bring",
        "need",
        "require",
        "remain",
        "become",
        "run",
        "begin",
        "finish",
        "complete",
        "include",
        "help",
        "cover",
        "receive",
        "face",
    ]
)


def _starts_with_base_verb(text: str) -> bool:
    first = _ALPHA_WORD.match(text)
    return bool(first and first.group() in _BASE_VERBS)


def _modal_then_base_verb(before: str, after: str) -> bool:
    """True for "X would buy A and raise B": the second predicate is a bare verb governed by the same modal."""
    first = _ALPHA_WORD.match(after.lstrip())
    return bool(first and first.group() in _BASE_VERBS and _MODAL.search(before))


def _cut_and_verb(
    text: str, start: int, end: int, removed: list[tuple[int, int]] | None = None, has_subject: bool = True
) -> list[tuple[int, int]]:
    """Split "X did A and did B" before the second predicate, and "A is x, B keeps y and C is z".

    Without a subject to give the second predicate (`has_subject` false), "and did B" stays where it is: a
    claim with no subject ("Employs about 4,700 people.") tells nobody anything."""
    pieces, cursor = [], start
    breaks = sorted(
        [(m.start(), m.end(), "verb") for m in _AND_VERB.finditer(text, start, end)]
        + [(m.start(), m.end(), "clause") for m in _COMMA_OR_AND.finditer(text, start, end)]
        + [(m.start(), m.end(), "after") for m in _AFTER.finditer(text, start, end)]
    )
    for b_start, b_end, what in breaks:
        nxt = text[b_end : min(end, b_end + 120)]  # the checks below read only its first words
        if b_start < cursor or _inside_quote(text, b_start, start) or (removed and _overlaps(b_start, b_end, removed)):
            continue  # a break inside a cut-out aside ("X, which runs A and employs B, cancelled C") splits nothing
        if what == "verb" and not (
            has_subject and (_starts_with_verb(nxt) or _modal_then_base_verb(text[cursor:b_start], nxt))
        ):
            continue
        if what == "after":
            # "... called the strike after talks broke down on Thursday": two events, each a claim.
            before = _render(text, cursor, b_start, removed) if removed else text[cursor:b_start]
            if (
                _SPAN_BEFORE.search(before)  # "30 hours after ...": the span between the two is one fact
                or not _is_claimlike(before)
                or not _clause_has_verb(before)
                or not _subject_then_verb(nxt)
            ):
                continue
        if _MODAL_START.match(nxt) and _QUOTED_VERDICT.search(text, cursor, b_start):
            continue  # 'was "very close" and could come within a day': a quoted verdict the next predicate explains
        if what == "clause":
            if not _starts_clause(nxt):
                continue
            before = _render(text, cursor, b_start, removed) if removed else text[cursor:b_start]
            if not _clause_has_verb(before):  # read without cut-out frames ("he added")
                continue
            if "," not in before and (_LEADING_PREP.match(before) or _CONDITION.match(before)):
                continue  # "Under the deal reached in May, the country ...": a leading adverbial, not a clause
        if b_start - cursor < 10:
            continue
        pieces.append((cursor, b_start))
        cursor = b_end
    pieces.append((cursor, end))
    return pieces


# "after" opening a clause of its own, without a comma: "was called after talks broke down" (what happened
# first is news too; a "before" clause mostly only dates the other: "... before markets opened").
_AFTER = re.compile(r"\s+after\s+(?=[A-Za-z])")
_SPAN_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|many|some)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|\b(?:shortly|soon|just|long|moments|right|"
    r"immediately|only|even))\s*$",
    re.I,
)


_AMOUNT_MOVES = re.compile(r"(?:rising|falling|climbing|increasing|dropping|going\s+up)\s+to\b")
_AMOUNT_END = re.compile(
    r"\b(?:of|for|at|worth)\s+(?:about\s+|around\s+|some\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:bn|m|million|billion|trillion|%|per\s+cent|percent|euros|dollars|pounds)?\s*$"
)


def _subject_then_verb(text: str) -> bool:
    """A short subject, then a finite verb: "talks broke down", "tests found", "part of a tunnel collapsed"."""
    words = _ALPHA_WORD.findall(_head(text, 8))[:7]
    if not words or words[0].lower() in _PREPOSITIONS or is_verbish(words[0]) or words[0].endswith("ing"):
        return False
    for before, word in pairwise(words):
        if word.endswith("ing") or word.lower() in {"that", "which", "who"}:
            return False  # "after a tunnel collapse that killed two workers": a noun phrase, its verb is its own
        if is_verbish(word) and before.lower() not in _DETERMINERS:  # "after a heated debate": an adjective
            return word.lower() not in {"been", "be"}
    return False


_NAME_ITEM = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'’.-]*)*(?:\s+\(\d{1,4}\))?"
# "Holm and Ek will face each other in a runoff": what the named do together is one claim.
# What the listed do with one another is one claim: "Holm and Ek will face each other", "Algiers and Washington see
# eye to eye", "Germany and France are allies".
_TOGETHER = re.compile(
    r"\b(?:each\s+other|one\s+another|together|jointly|joint|between\s+them|(?:see|saw|seen|seeing)\s+eye\s+to\s+eye|"
    r"at\s+odds|on\s+(?:good|bad|friendly)\s+terms|(?:are|were|is|was)\s+(?:allies|rivals|partners|neighbours|neighbors)|"
    # an agreement the listed make is one between them: "Algeria and Russia are preparing to sign an alliance agreement"
    r"(?:sign|signed|signing|finali[sz]e|finali[sz]ed|finali[sz]ing|reach|reached|conclude|concluded|negotiate|"
    r"negotiating|negotiated)\b[^,;.]{0,40}?\b(?:agreement|deal|treaty|pact|alliance|accord|partnership))\b"
)
_NAME_LIST = re.compile(rf"(?P<list>{_NAME_ITEM}(?:,\s+{_NAME_ITEM})*,?\s+and\s+{_NAME_ITEM})")
_ING_LIST = re.compile(
    r"(?P<list>\b[a-z]+ing\b[^,;]{3,80}(?:,\s+[a-z]+ing\b[^,;]{3,80})*,?\s+and\s+[a-z]+ing\b[^,;]{3,80})"
)
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>(?:the|last|this|[a-z]+)\b[^,;]{3,80}?)\s+to\s+(?P<b>the\b[^,;]{3,120})")


_LIST_AFTER = re.compile(
    r"^(?P<conn>after|before|including|such as|like|alongside|along with|behind)\s+(?P<list>.+?)\.?$"
)
_COUNT_LIST = re.compile(r"(?P<list>\b\d[\d,.]*\s+[a-z]+(?:,\s+\d[\d,.]*\s+[a-z]+)*,?\s+and\s+\d[\d,.]*\s+[a-z]+)")


def _list_items(listed: str) -> list[str]:
    return [i for i in _LIST_SEPARATOR.split(listed) if i]


def _gerund_head(head: str, item: str) -> str:
    """The head before one gerund of a list: "covered the sharing of information" keeps its "the", "cutting off
    the money" (a gerund with an object) goes without it."""
    if head.endswith(" the ") and item.split()[1:2] != ["of"]:
        return head[: -len("the ")]
    return head


def _enumerate(text: str, start: int, end: int, piece_text: str) -> list[str]:
    """One text per listed item when the piece holds a list of distinct items."""
    if " and " not in piece_text and " to " not in piece_text:
        return [piece_text]  # every list below needs "and" (or "from ... to")
    m = _NAME_LIST.search(piece_text)
    if (
        m
        and not _LIST_AFTER_PREP.search(piece_text[: m.start()])
        # "On Mali and Burkina Faso, Washington was a partner": names after an opening preposition are a topic
        and not (m.start() == 0 and _OPENING_PREP.match(m.group("list")))
        and not _TOTAL_OVER_LIST.search(piece_text[: m.start()])
        and not _TOGETHER.search(piece_text, m.end())
    ):
        items = _list_items(m.group("list"))
        if len(items) >= 2 and all(len(i.split()) <= 5 for i in items) and not is_single_name(items):
            head = piece_text[: m.start()]
            tail = piece_text[m.end() :]
            if head.endswith(", ") and tail.startswith(",") and not head[:-2].rstrip().endswith(("and", "or")):
                # "Two external members, Pavel Ostrowski and Mira Hollander, voted ...": the group did, and each
                return [f"{head[:-2]}{tail[1:]}".strip()] + [f"{item}{tail[1:]}".strip() for item in items]
            tail = _LEADING_BOTH.sub("", tail)
            tail = _BOTH_ALL.sub("", tail, count=1) if head == "" else tail
            return [f"{head}{item}{tail}".strip() for item in items]
    m = _COUNT_LIST.search(piece_text)
    if m:
        items = _list_items(m.group("list"))
        head, tail = piece_text[: m.start()], piece_text[m.end() :]
        return [f"{head}{item}{tail}".strip() for item in items]
    m = _ING_LIST.search(piece_text)
    if m:
        items = _ING_SEPARATOR.split(m.group("list"))
        if len(items) >= 2:
            head = piece_text[: m.start()]
            return [f"{_gerund_head(head, item)}{item}".strip() for item in items]
    m = _FROM_TO.search(piece_text)
    if m and not _DIGIT.search(m.group("a")[:3]):
        head = piece_text[: m.start()].rstrip(" ,")
        # "battered the economy, from the 2022 floods to the price rises": each end is what it was battered with
        join = " with" if piece_text[len(head) : m.start()].strip() == "," else ""
        return [f"{head}{join} {m.group('a')}".strip(), f"{head}{join} {m.group('b')}".strip()]
    return [piece_text]


def is_single_name(items: list[str]) -> bool:
    """ "Bosnia and Herzegovina", "the Markets and Competition Board": one name, not two.

    "The X and Y Board": a name opened by "the", joined by "and", whose last part ends in what an organisation
    is (Board, Commission ...) while the first does not, is one organisation; "the European Commission and the
    Swiss Competition Commission" are two, and so are "Barclays and Lloyds Bank".
    """
    joined = " and ".join(items)
    if _AND_NAMES.fullmatch(joined):
        return True
    if len(items) != 2:
        return False
    first, last = (_POSSESSIVE_END.sub("", _BRACKET_TAIL.sub("", item).strip()) for item in items)
    return bool(
        first.startswith("The ")
        and ORG_HEAD_END.search(last)
        and not ORG_HEAD_END.search(first)
        and not _LEAD_WORD.match(last)
    )


_POSSESSIVE_END = re.compile(r"['’]s$")
ORG_HEAD_END = re.compile(
    r"\b(?:Board|Commission|Authority|Agency|Council|Department|Ministry|Committee|Association|Bank|Fund|Company|"
    r"Group|Union|Federation|Institute|Service|Office|Court|Trust|Foundation|Society|Corporation|Organi[sz]ation|"
    r"Party|League|Alliance|Centre|Center|University|College|Hospital|Bureau|Directorate|Tribunal|Administration|"
    r"Chamber|Confederation|Guild|Academy|Secretariat)$"
)


def _render(text: str, start: int, end: int, removed: list[tuple[int, int]]) -> str:
    out, cursor = [], start
    for a, b in sorted(removed):
        if b <= cursor or a >= end:
            continue
        out.append(text[cursor : max(a, cursor)])
        cursor = min(b, end)
    out.append(text[cursor:end])
    rendered = " ".join(" ".join(out).split()).replace(" ,", ",")
    return rendered.strip(" ,;:")


def _make(text: str, a: int, b: int) -> Unit:
    return Unit(a, b, " ".join(text[a:b].split()).strip(" ,;:"))


# A common noun placed by a town or region: "the copper mine near Kessel", "a plant outside Lyon".
_PLACED_NOUN = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}[a-z]+\s+(?:near|outside)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$"
)


_MODALS = frozenset([*_MODAL_WORDS.split("|"), "to"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "every", "each", "several", "many"]
)


def _antecedent(before: str, words: int = 5) -> str:
    """The noun phrase just before a relative pronoun (a place-based description before a name left out: where
    it is based is a claim of its own)."""
    return _BASED_BEFORE.sub("", _noun_phrase_before(before, words))


_BASED_BEFORE = re.compile(r"^[A-Z][\w.]*-based\s+(?=[A-Z])")
# A name described after a comma, the description closing the text before a relative pronoun; not a phrase that
# opens the sentence ("For Dortmund, the fee – which could reach ...": the fee could).
_LEAD_PREPOSITIONS = frozenset("for to with from by of after before under over like as in on at".split())  # noqa: SIM905
_APPOSED_TAIL = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?!(?:The|A|An|But|And)\b)(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
    r"(?:the|a|an)\s+(?:[^,;]|(?<=\d),(?=\d{3}\b)){2,60}$"
)


def _noun_phrase_before(before: str, words: int) -> str:
    """`_antecedent` before the description is left out."""
    before = before.rstrip(" ,")
    while trail := _NAME_TRAIL.search(before):  # "Hallberg, 58, who ...": Hallberg
        before = before[: trail.start()]
    apposed = _APPOSED_TAIL.search(before)
    opening = (before[: apposed.start("name")] + apposed.group("name")).split()[0] if apposed else ""
    if apposed and opening.lower() not in _LEAD_PREPOSITIONS:
        return apposed.group("name")  # "Jonas Berg, the Conservative group leader, who is considering a bid": Berg is
    place = _PLACED_NOUN.search(before)
    if place:  # "the copper mine near Kessel, which is run by ...": the mine, not the town
        return place.group("np")
    caps = _CAPS_TAIL.search(before)
    if caps:
        name = _LEAD_PREPOSITION.sub("", _BRACKET_TAIL.sub("", caps.group(1)))  # "For Anna Lisowska, who ..."
        if name and (name.split()[0] not in {"The", "A", "An"} or len(name.split()) > 1):
            return name
    tail = _PHRASE_BREAK.split(before)[-1]
    # "it had already dropped the clauses that ...": the clauses, not what dropped them; a determiner a few words
    # further back still opens the phrase ("the central bank's 3 per cent target, which ...")
    reach = tail.split()[-(words + 3) :]
    opener = max((i for i, w in enumerate(reach) if w.lower() in _DETERMINERS), default=None)
    tail_words = reach[opener:] if opener is not None else reach[-words:]
    modal = max((i for i, w in enumerate(tail_words) if w.lower() in _MODALS), default=None) if not opener else None
    if modal is not None and modal + 2 < len(tail_words):
        tail_words = tail_words[modal + 2 :]  # "would help households and small firms that ...": the firms
    if len(tail_words) > 1 and tail_words[0].endswith("ing") and tail_words[0].islower():
        tail_words = tail_words[1:]  # ", starting a 48-hour strike that forced ...": the strike forced it
    return " ".join(tail_words)


_PLURAL_OPENERS = frozenset({"these", "those", "they", "we", "both"})


def _plural(subject: str) -> bool:
    """Whether a subject takes "are": "These discussions", "Some 120 rescuers" (not "The press", "Brightcart's")."""
    words = subject.split()
    if not words:
        return False
    last = words[-1]
    return words[0].lower() in _PLURAL_OPENERS or (last.endswith("s") and not last.endswith(("ss", "'s", "’s")))


def _trim_lead(name: str) -> str:
    return _LEAD_WORD.sub("", name)


def _overlaps(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in ranges)


def _inside_quote(text: str, pos: int, start: int) -> bool:
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_claimlike(text: str) -> bool:
    words = _CONTENT_WORD.findall(text)
    return len(words) >= 3
