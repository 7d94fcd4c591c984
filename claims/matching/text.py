"""Text features of a claim for matching: content stems, entities, value-free text."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

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

NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "without", "denied", "denies", "deny"})


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plural and tense variants, never below four letters."""
    if len(word) <= 4:
        return word
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= 4:
            if suffix == "es" and not word.endswith(("ses", "xes", "zes", "ches", "shes")):
                return word[:-1]
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: len(word) - len(suffix)] + repl
    return word


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What the scorer compares of a claim's wording."""

    content: tuple[str, ...]  # stems of content words in text order (no stopwords, no value words)
    entities: frozenset[str]  # lowercased capitalized words that are not stopwords or value words
    negated: bool  # the claim contains a negation
    plain: str  # lowercased words without numbers and calendar words, stopwords kept, for rapidfuzz


def _is_number(token: str) -> bool:
    """True for numeric tokens and number-with-unit tokens such as 3bn, 12m, 2022-23."""
    return token[0].isdigit()


def analyse(text: str) -> TextFeatures:
    """Split a claim into content stems, entities and a negation flag."""
    content: list[str] = []
    entities: set[str] = set()
    negated = False
    words: list[str] = []  # every word but numbers and value words
    for match in _WORD.finditer(text.replace("\u2019", "'")):
        raw = match.group()
        for piece in raw.split("-"):
            if not piece:
                continue
            low = piece.lower()
            if low.endswith("n't"):
                negated = True
                words.append("not")
                continue
            if low.endswith("'s"):
                low = low[:-2]
            low = low.replace("'", "")
            if not low:
                continue
            if low in NEGATIONS:
                negated = True
            if _is_number(low) or low in VALUE_WORDS:
                continue
            words.append(low)
            if low in STOPWORDS or len(low) == 1:
                continue
            token = sys.intern(stem(low))
            content.append(token)
            if piece[0].isupper():
                entities.add(token)
    return TextFeatures(
        content=tuple(content),
        entities=frozenset(entities),
        negated=negated,
        plain=sys.intern(" ".join(words)) if len(words) < 4 else " ".join(words),
    )
