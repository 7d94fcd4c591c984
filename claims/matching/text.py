"""Text features of a claim for matching: content stems, entities, value-free text."""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d[\d,.]*", re.UNICODE)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just least many may me might more most
    much must my myself nor of off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with within would you your yours yourself
    yet still already now per via whose whether though although however itself onto toward towards amid among
    said says say saying told tells tell according reported reports report reportedly stated states added adds
    noted notes announced claims claimed
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Words that carry a value the matcher compares separately (numbers, scales, calendar words).
VALUE_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
    millions billion billions trillion bn m k mn tn percent per cent pc twice once thrice half quarter dozen
    first second third fourth fifth sixth seventh eighth ninth tenth
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    year years month months week weeks day days hour hours
    usd eur gbp sdr dollars dollar euros euro pounds pound sterling
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# "stand-by", "sign-off", "add-ons" are written solid too ("standby"): one word either way.
_PARTICLE_COMPOUND = re.compile(r"\b([A-Za-z]{3,})-(by|up|ups|on|ons|off|offs|out|outs)\b")

NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "denied", "denies", "deny"})


# Irregular past tenses meet their verb ("paid" / "paying", "sold" / "sells"); all but the commonest are regular.
_IRREGULAR = {
    past: base
    for base, forms in {
        "pay": "paid",
        "sell": "sold",
        "buy": "bought",
        "win": "won",
        "lose": "lost",
        "rise": "rose risen",
        "fall": "fell fallen",
        "take": "took taken",
        "give": "gave given",
        "hold": "held",
        "leave": "left",
        "meet": "met",
        "send": "sent",
        "spend": "spent",
        "begin": "began begun",
        "bring": "brought",
        "build": "built",
        "keep": "kept",
        "lead": "led",
        "see": "saw seen",
        "strike": "struck",
        "find": "found",
        "get": "got gotten",
        "grow": "grew grown",
        "go": "went gone",
        "drive": "drove driven",
        "fight": "fought",
        "seek": "sought",
        "catch": "caught",
        "shrink": "shrank shrunk",
        "sink": "sank sunk",
        "lend": "lent",
        "deal": "dealt",
        "think": "thought",
        "stand": "stood",
        "know": "knew known",
        "write": "wrote written",
        "speak": "spoke spoken",
        "break": "broke broken",
        "choose": "chose chosen",
        "withdraw": "withdrew withdrawn",
        "freeze": "froze frozen",
        "steal": "stole stolen",
        "fly": "flew flown",
        "draw": "drew drawn",
        "throw": "threw thrown",
        "feel": "felt",
        "bear": "bore borne",
        "shake": "shook",
        "forbid": "forbade forbidden",
        "overtake": "overtook overtaken",
        "undertake": "undertook undertaken",
    }.items()
    for past in forms.split()
}

_IRREGULAR_BASES = frozenset(_IRREGULAR.values())


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plural and tense variants, never below four letters (but a
    four-letter plural or third person loses its s: "fees" -> "fee"); irregular past tenses become the verb."""
    base = _IRREGULAR.get(word)
    if base is not None:
        word = base
    elif word.endswith("ing") and (word[:-3] in _IRREGULAR_BASES or word[:-3] + "e" in _IRREGULAR_BASES):
        return word[:-3] if word[:-3] in _IRREGULAR_BASES else word[:-3] + "e"  # "paying", "rising"
    if len(word) <= 4:
        # "fees", "gets", "jobs" -> fee, get, job ("news", "less", "plus", "axis" are no plurals)
        if len(word) == 4 and word[3] == "s" and word[2] not in "sui" and word != "news":
            return word[:3]
        return word
    return _final_e(_strip_suffix(word))


def _final_e(word: str) -> str:
    """ "value", "values", "valued", "valuing" meet: a silent final e goes (never below four letters)."""
    return word[:-1] if len(word) >= 5 and word[-1] == "e" else word


def _strip_suffix(word: str) -> str:
    if len(word) == 5 and word.endswith("ed"):
        # a short verb's silent e: "fined", "ruled" meet "fine", "rule" ("asked", "ended" keep theirs; "-ing"
        # forms of such verbs are mostly nouns: "Brightstone Mining" is no mine)
        base = word[:3]
        return base + "e" if base[0] not in "aeiou" and base[1] in "aeiou" and base[2] not in "aeiouwxy" else word
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= 4:
            if suffix == "es" and not word.endswith(("ses", "xes", "zes", "ches", "shes")):
                return word[:-1]
            if suffix == "s" and word.endswith("ss"):
                return word
            base = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and base[-1] == base[-2] and base[-1] in _DOUBLED:
                return base[:-1]  # "trapped", "planning" -> trap, plan
            return base
    return word


_DOUBLED = frozenset("bdgmnprt")  # consonants doubled before -ed/-ing ("called", "passed" keep theirs)


def _place(word: str) -> str:
    """A capitalised word, its demonym folded into the place: Pakistani -> pakistan, Nigerian -> nigeria."""
    if len(word) >= 6 and word.endswith("ian"):
        return word[:-1]
    if len(word) >= 5 and word.endswith("i") and word[-2] not in "aeiou":
        return word[:-1]
    return stem(word)


NO_SHARES: Mapping[str, float] = MappingProxyType({})  # one empty mapping for the many claims without a name run


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What the scorer compares of a claim's wording."""

    shares: Mapping[str, float]  # token -> share of its weight, for words of a multi-word name
    content: tuple[str, ...]  # stems of content words in text order (no stopwords, no value words)
    entities: frozenset[str]  # lowercased capitalized words that are not stopwords or value words
    negated: bool  # the claim contains a negation
    plain: str  # lowercased words without numbers and calendar words, stopwords kept, for rapidfuzz
    opening: str | None  # the entity token of a single capitalised first word: a name, or only the sentence's start


def _is_number(token: str) -> bool:
    """True for numeric tokens and number-with-unit tokens such as 3bn, 12m, 2022-23."""
    return token[0].isdigit()


def analyse(text: str) -> TextFeatures:
    """Split a claim into content stems, entities and a negation flag."""
    if "\u2019" in text:
        text = text.replace("\u2019", "'")
    if "-" in text:
        text = _PARTICLE_COMPOUND.sub(r"\1\2", text)
    raw = _WORD.findall(text)
    reads = list(map(_read_word, raw))  # (plain word, negates, content token, names something)
    opening = None  # "Regulators pulled 36 batches": capitalised as the first word, not known as a name
    if reads and reads[0][3] and not raw[0].isupper() and not (len(reads) > 1 and reads[1][3]):
        opening = reads[0][2]
    words = [r[0] for r in reads if r[0] is not None]  # every word but numbers and value words
    content = [r[2] for r in reads]
    for i in range(1, len(reads)):
        if (
            reads[i][0] in _PARTICLES
            and content[i - 1] is not None
            and _verb_form(raw, i - 1)
            and not _up_to_amount(raw, i)
        ):
            content[i - 1] = sys.intern(content[i - 1] + reads[i][0])  # type: ignore[operator]
    # Words of one multi-word name ("Mines Minister Lucia Ferrant") share what one word weighs in the cosine.
    shares: dict[str, float] = {}
    run: list[str] = []
    for read, token in [*zip(reads, content, strict=True), ((None, False, None, False), None)]:
        if token is not None and read[3]:
            run.append(token)
            continue
        if len(run) > 1:
            for t in run:
                shares[t] = min(shares.get(t, 1.0), 1.0 / math.sqrt(len(run)))
        run = []
    return TextFeatures(
        shares=shares or NO_SHARES,
        content=tuple(c for c in content if c is not None),
        entities=frozenset(r[2] for r in reads if r[3]),
        negated=_negated(reads),
        plain=sys.intern(" ".join(words)) if len(words) < 4 else " ".join(words),
        opening=opening,
    )


# A verb and its particle are one word: "called off" is no "call", "broke down" meets "breakdown", "walked out"
# meets "walkout" (as "walk-out" does).
_PARTICLES = frozenset({"off", "out", "up", "down"})
_BEFORE_BASE_VERB = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "not"})


def _up_to_amount(raw: list[str], i: int) -> bool:
    """The word at i opens "up to" an amount ("could be fined up to $25,000"): a bound on a figure, no particle."""
    if raw[i].lower() != "up" or raw[i + 1 : i + 2] != ["to"] or i + 2 >= len(raw):
        return False
    after = raw[i + 2].lower()
    return _is_number(after) or after in VALUE_WORDS


def _verb_form(raw: list[str], i: int) -> bool:
    """The word at i reads as a verb: a past or -ing form, or a base form after "to" or a modal."""
    low = raw[i].lower()
    if low.endswith(("ed", "ing")) or low in _IRREGULAR:
        return True
    return i > 0 and raw[i - 1].lower() in _BEFORE_BASE_VERB


# "should not stop taking it" is "keep taking it": a negated verb of stopping asserts.
_STOPPING = frozenset({"stop", "stopped", "stopping", "cease", "ceased", "quit", "halt", "halted", "abandon"})


def _negated(reads: list[tuple[str | None, bool, str | None, bool]]) -> bool:
    """The claim negates what it says: a negation word not cancelled by a verb of stopping right after it, nor by a
    "without" later ("could not fund it without cutting services" says what funding it takes, as "unaffordable
    without cutting services" does; "without" alone qualifies a step and denies nothing)."""
    return any(
        read[1]
        and not any(r[0] in _STOPPING for r in reads[i + 1 : i + 3])
        and not any(r[0] == "without" for r in reads[i + 1 :])
        and not any(r[0] in _SUBORDINATE for r in reads[max(0, i - 4) : i])
        and not (
            reads[i + 1 : i + 2] and reads[i + 1][0] == "to" and any(r[0] in _DIRECTIVES for r in reads[i - 3 : i])
        )
        for i, read in enumerate(reads)
    )


# "were urged not to panic": what someone was told not to do, no denial of what the claim states.
_DIRECTIVES = frozenset({"urged", "urging", "asked", "asking", "told", "telling", "advised", "warned", "encouraged"})


# A negation inside a condition or a relative clause does not deny the claim: "faces fines if it does not comply",
# "patients who have not heard from the hospital should attend".
_SUBORDINATE = frozenset({"if", "unless", "who", "whose", "which", "whether"})


def content_token(word: str) -> str | None:
    """The content token of one word of a claim's plain text (None for stopwords and value words)."""
    return _read_word(word)[2]


@lru_cache(maxsize=1 << 17)
def _read_word(raw: str) -> tuple[str | None, bool, str | None, bool]:
    """What one word of a claim gives: its plain form (None for numbers and value words), whether it negates,
    its content token (None for stopwords) and whether that token names something (capitalised).

    Claims share most of their words, so each distinct word is read once (the cache).
    """
    low = raw.lower()
    if low.endswith("n't"):
        return "not", True, None, False
    if low.endswith("'s"):
        low = low[:-2]
    low = low.replace("'", "")
    if not low:
        return None, False, None, False
    negation = low in NEGATIONS
    if _is_number(low) or low in VALUE_WORDS:
        return None, negation, None, False
    if low in STOPWORDS or len(low) == 1:
        return low, negation, None, False
    capital = raw[0].isupper()
    return low, negation, sys.intern(_place(low) if capital else stem(low)), capital


# Alias learning (acronyms): "Borussia Dortmund (BVB)" teaches bvb = borussia dortmund, and an all-caps word that
# spells the initials of a run of capitalised words elsewhere in the story (IMF = International Monetary Fund).
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_CAP_RUN = re.compile(r"(?:[A-Z][\w'\u2019-]*(?:\s+(?:of|and|for|the|de|du|la)\s+|\s+)?){2,}")
_PAREN_ALIAS = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|and|for|the|de|du|la)\s+)?){1,6})\(([A-Z][A-Z&]{1,5})\)")
_MAYBE_NAME = re.compile(r"\b[A-Z](?:[A-Z]|[\w'\u2019-]*\s+(?:(?:of|and|for|the|de|du|la)\s+)?[A-Z])")
_LINKERS = frozenset({"of", "and", "for", "the", "de", "du", "la"})


def name_tokens(phrase: str) -> tuple[str, ...]:
    """Content tokens of a name, as `analyse` writes them (so they meet the claim's own tokens)."""
    return analyse(phrase).content


def acronyms(text: str) -> frozenset[str]:
    """All-caps words of 2-6 letters (IMF, BVB, FIRB), lowercased as the content tokens are."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][A-Z&]{1,5}\b", text) if _ACRONYM.match(w))


def _initial_suffixes(words: list[str]) -> list[list[str]]:
    """Tails of a run of capitalised words, longest first, each of two or more capitalised words."""
    capital = [i for i, w in enumerate(words) if w[0].isupper()]
    return [words[i:] for i in capital if sum(1 for w in words[i:] if w[0].isupper()) >= 2]


def _initials(words: list[str]) -> str:
    """The acronym the capitalised words spell."""
    return "".join(w[0] for w in words if w[0].isupper()).lower()


def named_aliases(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Aliases a claim states itself: a capitalised name followed by an acronym in parentheses.

    The name is cut to the words whose initials spell the acronym when some do ("Australia's Foreign
    Investment Review Board (FIRB)" -> foreign investment review board), else kept whole ("Borussia Dortmund (BVB)").
    """
    out = []
    for match in _PAREN_ALIAS.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in STOPWORDS:
            words.pop(0)
        acronym = match.group(2).lower()
        spelled = [tail for tail in _initial_suffixes(words) if _initials(tail) == acronym]
        tokens = name_tokens(" ".join(spelled[-1] if spelled else words))
        if tokens:
            out.append((acronym, tokens))
    return out


def spelled_runs(text: str) -> list[tuple[str, list[str]]]:
    """Runs of two or more capitalised words (and their tails) as written, with the acronym their initials spell."""
    out = []
    for match in _CAP_RUN.finditer(text):
        words = match.group().split()
        while words and (words[0].lower() in STOPWORDS or words[0].isupper()):
            words.pop(0)
        while words and words[-1].lower() in _LINKERS:
            words.pop()
        if any(w.isupper() and len(w) > 1 for w in words):
            continue
        out.extend((_initials(tail), tail) for tail in _initial_suffixes(words))
    return out


def initialisms(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Runs of two or more capitalised words (and their tails) with the acronym their initials spell."""
    out = []
    for acronym, tail in spelled_runs(text):
        tokens = name_tokens(" ".join(tail))
        if len(tokens) >= 2:
            out.append((acronym, tokens))
    return out


# What one claim's text tells about acronyms: the acronyms it uses, the names it gives acronyms in parentheses,
# and its runs of capitalised words with the acronyms they spell.
AliasFacts = tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...], tuple[tuple[str, tuple[str, ...]], ...]]


def alias_facts(text: str) -> AliasFacts | None:
    """What a claim's text tells `Aliases`; None when it has no all-caps word and no two capitalised words in a
    row (most claims: nothing to learn)."""
    if not _MAYBE_NAME.search(text):
        return None
    found = acronyms(text)
    named = tuple(named_aliases(text)) if found and "(" in text else ()
    return found, named, tuple(initialisms(text))


class Aliases:
    """Acronyms of one scope (story or date bucket) and the names they stand for, learned from its claims.

    An acronym gets a name when a claim states it in parentheses, or when the acronym occurs in the scope
    and some run of capitalised words there spells it; an acronym with two different names is dropped.
    """

    __slots__ = ("_acronyms", "_by_token", "_named", "_names", "_spelled")

    def __init__(self) -> None:
        """No aliases yet."""
        self._names: set[str] = set()  # entity tokens some claim capitalises past its first word
        self._acronyms: set[str] = set()
        self._named: dict[str, set[tuple[str, ...]]] = {}
        self._spelled: dict[str, set[tuple[str, ...]]] = {}
        self._by_token: dict[str, list[tuple[frozenset[str], frozenset[str]]]] | None = None

    def learn(self, text: str) -> None:
        """Take in what one claim's text tells about acronyms."""
        self.learn_facts(alias_facts(text))

    def learn_facts(self, facts: AliasFacts | None) -> None:
        """Take in one claim's `alias_facts`."""
        if facts is None:
            return
        before = (len(self._acronyms), len(self._named), len(self._spelled))
        found, named, spelled = facts
        self._acronyms |= found
        for acronym, tokens in named:
            self._named.setdefault(acronym, set()).add(tokens)
        for acronym, tokens in spelled:
            self._spelled.setdefault(acronym, set()).add(tokens)
        if (len(self._acronyms), len(self._named), len(self._spelled)) != before:
            self._by_token = None

    def learn_names(self, features: TextFeatures) -> None:
        """Take in the words one claim capitalises where no sentence starts."""
        if features.entities:
            self._names.update(
                features.entities if features.opening is None else features.entities - {features.opening}
            )

    def is_name(self, token: str) -> bool:
        """Whether some claim of the scope capitalises the word past its first word."""
        return token in self._names

    def touches(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether an acronym with its name, or a name with its acronym, is among either claim's tokens: only then
        can `expand` or `echoes` change them."""
        if not self._acronyms:
            return False
        keys = (self._by_token if self._by_token is not None else self._table()).keys()
        return not keys.isdisjoint(a) or not keys.isdisjoint(b)

    def reaching(self, tokens: frozenset[str]) -> tuple[frozenset[str], ...]:
        """What a claim must hold for its `expand` to add some of these tokens: each acronym or name whose alias is
        among them."""
        if not self._acronyms:
            return ()
        table = self._table()
        return tuple(needed for entries in table.values() for needed, extra in entries if not extra.isdisjoint(tokens))

    def pairs(self) -> dict[str, frozenset[str]]:
        """Acronym -> name tokens, for the acronyms with exactly one name."""
        out = {}
        for acronym in self._acronyms:
            names = self._named.get(acronym) or self._spelled.get(acronym, set())
            if len(names) == 1:
                out[acronym] = frozenset(next(iter(names)))
        return out

    def _table(self) -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
        """Token -> (tokens that must all be present, tokens then added), both directions."""
        if self._by_token is None:
            table: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
            for acronym, name in self.pairs().items():
                table.setdefault(acronym, []).append((frozenset((acronym,)), name))
                table.setdefault(min(name), []).append((name, frozenset((acronym,))))
            self._by_token = table
        return self._by_token

    def expand(self, tokens: frozenset[str], known: frozenset[str] = frozenset()) -> frozenset[str]:
        """The tokens with every alias of an acronym or name among them added.

        An acronym or name already among `known` tokens (both claims say it) adds nothing: it met already.
        """
        if not self._acronyms:
            return tokens
        table = self._table()
        if table.keys().isdisjoint(tokens):
            return tokens
        added: set[str] = set()
        for token in tokens:
            for needed, extra in table.get(token, ()):
                if needed <= tokens and not needed <= known:
                    added |= extra
        return tokens | added if added else tokens

    def acronyms_in(self, tokens: frozenset[str]) -> frozenset[str]:
        """The tokens that are acronyms of the scope."""
        return frozenset(t for t in tokens if t in self._acronyms)

    def echoes(self, tokens: frozenset[str], known: frozenset[str]) -> frozenset[str]:
        """Tokens that name again, the other way, an acronym or name among `known` ("utw" and "united transport
        workers" in one claim, "utw" in the other: the name is an echo of what already met)."""
        if not self._acronyms or not known:
            return frozenset()
        table = self._table()
        if table.keys().isdisjoint(known):
            return frozenset()
        echo: set[str] = set()
        for token in known:
            for needed, extra in table.get(token, ()):
                if needed <= known:
                    echo |= extra & tokens
        return frozenset(echo - known)
