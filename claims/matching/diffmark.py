"""Marking where one claim's wording differs from another's (numbers and names first of all)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.matching.text import acronyms, spelled_runs

_TOKEN = re.compile(r"\w[\w.,'’-]*\w|\w|[^\w\s]+|\s+")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Piece:
    """A run of text and whether it is absent from the other claim."""

    text: str
    differs: bool


def _norm(token: str) -> str:
    """Compare tokens case-insensitively, ignoring trailing punctuation."""
    return token.casefold().strip(".,;:")


def mark_differences(text: str, other: str) -> list[Piece]:
    """`text` cut into pieces, words that `other` does not contain marked as differing.

    An acronym and the name it spells are the same words: "THG" against "the Torvane Hospital Group" is no
    difference, either way round.
    """
    theirs = {_norm(t) for t in _TOKEN.findall(other) if _WORD.search(t)}
    their_acronyms = acronyms(other)
    for acronym, words in spelled_runs(text):
        if acronym in their_acronyms:
            theirs.update(_norm(w) for w in words)
    for acronym, _ in spelled_runs(other):
        theirs.add(acronym)
    pieces: list[Piece] = []
    for token in _TOKEN.findall(text):
        differs = bool(_WORD.search(token)) and _norm(token) not in theirs
        if pieces and pieces[-1].differs == differs:
            pieces[-1] = Piece(pieces[-1].text + token, differs)
        else:
            pieces.append(Piece(token, differs))
    return pieces
