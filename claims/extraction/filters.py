"""Non-claims: repeated headlines, questions, calls to action, page furniture, datelines."""

from __future__ import annotations

import re
from functools import lru_cache

_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign up|follow us|follow|click|tap|read more|read also|also read|read:|related:|"
    r"see also|watch|listen|download|get our|get the|share|join|like us|leave a reply|your email|"
    r"advertisement|sponsored|more to follow|more follows|developing story|this story is developing|"
    r"copyright|all rights reserved|photo:|image:|caption:|credit:|have your say|write to us|contact us|tell us|"
    r"send us|send your|e-?mail\s+\S+@\S+)(?![a-z])",
    re.I,
)
_DATELINE = re.compile(
    r"^(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)(?i:day),?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})"
    r"\s*[–—-]+\s*"
    r"|^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s*\d{0,2}(?:,\s*\d{4})?){0,2}\s*(?:\([A-Za-z ]+\))?\s*[–—-]+\s*"
)
_END = re.compile(r"[.!\"”’)]$")
_SEPARATOR = re.compile(r"\s[|·•]\s")


# Patterns used inside functions, compiled once at import.
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[A-Za-z]{2,}")


def normalize(text: str) -> str:
    """Case- and punctuation-insensitive form for comparing headlines."""
    return " ".join(_WORD.findall(text.casefold()))


@lru_cache(maxsize=64)
def _normal_title(title: str) -> str:
    """The title's normal form, computed once per article rather than once per sentence."""
    return normalize(title)


def is_non_claim(text: str, title: str | None = None) -> bool:
    """True for sentences that state nothing checkable of the article's own."""
    stripped = text.strip()
    if not stripped:
        return True
    if (
        title
        and 0.7 * len(title) - 5 <= len(stripped) <= 1.3 * len(title) + 5  # only a line of about its length
        and normalize(stripped) == _normal_title(title)
    ):
        return True
    if stripped.endswith("?"):
        return True
    if _CALL_TO_ACTION.match(stripped):
        return True
    words = stripped.split()
    # A line with no closing punctuation is a headline, subhead, caption or byline
    # unless it is long enough to be a standfirst.
    if not _END.search(stripped) and len(words) < 9:
        return True
    if len(_SEPARATOR.findall(stripped)) >= 2:
        return True  # "Shelfwise | Marketplaces & Regulation | 6 November 2025 | By Imogen Tarrant": a byline
    if stripped[0] in '"“' and stripped[-1] in '"”' and len(words) <= 12 and "," not in stripped:
        return True  # a pulled quote set as a subhead
    return len(_LETTERS.findall(stripped, 0, 80)) < 3 and len(_LETTERS.findall(stripped)) < 3  # prefix first


def dateline_length(text: str) -> int:
    """Length of a leading dateline ("Thursday June 8, 2023 – ", "ALGIERS, June 6 (Reuters) - ")."""
    m = _DATELINE.match(text)
    return m.end() if m else 0
