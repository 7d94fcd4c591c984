"""What the matcher computes of one claim alone (its text features and clauses), and its stored form.

Analysing a claim's text is most of the cost of loading claims into the index. The analysis depends on the text
alone, so it can be computed when a claim is written and stored with it (`form_of`), then read back instead of
analysing again (`from_form`). A stored form carries a fingerprint of the code that made it and a checksum of
its text: a form made by other code or of another text is not used (the text is analysed instead).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import orjson

from claims.matching import text as _text_module
from claims.matching.text import NO_SHARES, VALUE_WORDS, AliasFacts, TextFeatures, alias_facts, analyse
from claims.matching.types import ClaimRef


@dataclass(frozen=True, slots=True)
class PreparedClaim:
    """A claim with its text features computed once."""

    ref: ClaimRef
    features: TextFeatures
    content_set: frozenset[str]
    speaker: frozenset[str]  # entities of its named source that its text names
    parts: tuple[PreparedClaim, ...] = ()  # its clauses, when it is long enough to state several facts


# Where a long claim divides into the clauses that may each state a fact of their own: punctuation, dashes and
# the words that open a subordinate clause ("..., more than 30 hours after part of a tunnel collapsed at ...").
_PART_BREAK = re.compile(
    r"\s*[,;:\u2013\u2014]\s+|\s+-\s+|\s+(?=(?:after|when|while|because|before|until|since|which|who|where|as)\s)"
)
_VALUE_IN = re.compile(r"\d|\b(?:" + "|".join(sorted(VALUE_WORDS)) + r")\b", re.IGNORECASE)
# A claim's opening phrase before its first comma ("Under Brightcart's price-parity clauses, sellers ...", "After
# the NBK's rate cut, payments will fall"): it sets the scene and states no fact of its own.
_OPENING_PHRASE = re.compile(
    r"(?:Under|After|In|On|With|Despite|According|For|By|At|From|During|Following|Amid|Before|Since|As|Unlike|"
    r"Like|Without)\b"
)
_LONG_CLAIM_WORDS = 8  # content words from which a claim is compared by its clauses too
_PART_WORDS = 4  # content words a clause needs to be compared on its own

# A clause of a long claim: its position among the pieces, its text, its features, whether it names a value.
_Part = tuple[int, str, TextFeatures, bool]


def prepare(ref: ClaimRef) -> PreparedClaim:
    """Analyse a claim's text once for all its comparisons."""
    return _build(ref, *_analysis(ref.text))


def _analysis(text: str) -> tuple[TextFeatures, tuple[_Part, ...]]:
    """What the text alone gives: its features, and its clauses when it is long enough to state several facts."""
    features = analyse(text)
    return features, _parts(text) if len(features.content) >= _LONG_CLAIM_WORDS else ()


def _parts(text: str) -> tuple[_Part, ...]:
    """The clauses of a long claim worth comparing on their own."""
    pieces = _PART_BREAK.split(text)
    if len(pieces) < 2:
        return ()
    parts = []
    for i, piece in enumerate(pieces):
        features = analyse(piece)
        if len(features.content) < _PART_WORDS or (i == 0 and _OPENING_PHRASE.match(piece)):
            continue
        parts.append((i, piece, features, bool(_VALUE_IN.search(piece))))
    return tuple(parts)


def _build(ref: ClaimRef, features: TextFeatures, parts: tuple[_Part, ...]) -> PreparedClaim:
    """The prepared claim from its text's analysis.

    Each clause has the claim's source; a clause without a figure or a calendar word states none of the claim's
    values (the claim's "21 miners" are not those of its clause "part of a tunnel collapsed at the mine").
    """
    speaker = ref.source_name and features.entities and features.entities & _name_words(ref.source_name)
    prepared_parts = []
    for i, piece, part_features, names_values in parts:
        part = replace(ref, id=(ref.id, i), text=piece)
        if not names_values:
            part = replace(part, quantities=(), dates=())
        prepared_parts.append(PreparedClaim(part, part_features, frozenset(part_features.content), _NO_NAMES))
    return PreparedClaim(ref, features, frozenset(features.content), speaker or _NO_NAMES, tuple(prepared_parts))


_NO_NAMES: frozenset[str] = frozenset()  # one empty set for the many claims whose text does not name their source


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A source name's words as the text analysis reads them."""
    return analyse(name).entities


def _fingerprint() -> str:
    """A digest of the code a form depends on (the text analysis and this module): any change to either makes
    the forms stored before it unusable, so a stored form is never older than the analysis."""
    digest = hashlib.sha256()
    for module in (_text_module.__file__, __file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:12]


FORM_VERSION = _fingerprint()


def _checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _features_form(f: TextFeatures) -> list:
    return [f.content, sorted(f.entities), f.negated, f.plain, f.opening, f.shares or None]


def form_of(text: str) -> str:
    """The stored form of a claim's text analysis: compact JSON, read back by `from_form`."""
    features, parts = _analysis(text)
    return json.dumps(
        [
            FORM_VERSION,
            _checksum(text),
            _features_form(features),
            [[i, piece, _features_form(f), names_values] for i, piece, f, names_values in parts],
            _aliases_form(alias_facts(text)),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _aliases_form(facts: AliasFacts | None) -> list | None:
    if facts is None:
        return None
    found, named, spelled = facts
    return [sorted(found), [[a, list(t)] for a, t in named], [[a, list(t)] for a, t in spelled]]


def _aliases(form: list | None) -> AliasFacts | None:
    if form is None:
        return None
    found, named, spelled = form
    intern = sys.intern
    return (
        frozenset(map(intern, found)),
        tuple([(intern(a), tuple(map(intern, t))) for a, t in named]),
        tuple([(intern(a), tuple(map(intern, t))) for a, t in spelled]),
    )


def _features(form: list) -> TextFeatures:
    content, entities, negated, plain, opening, shares = form
    intern = sys.intern  # as analyse does: the many claims using a word share one string
    return TextFeatures(
        shares=shares or NO_SHARES,
        content=tuple(map(intern, content)),
        entities=frozenset(map(intern, entities)),
        negated=negated,
        plain=plain,
        opening=opening,
    )


def form_is_for(form: str | None, text: str) -> bool:
    """True when a stored form was made of this text by this code (its first two fields tell)."""
    return form is not None and form.startswith(f'["{FORM_VERSION}",{_checksum(text)},')


def read_form(ref: ClaimRef, form: str | None) -> tuple[PreparedClaim, AliasFacts | None] | None:
    """The prepared claim and its `alias_facts` from a stored form; None when there is none, or it was made by
    other code, of another text, or cannot be read (the caller then analyses the claim's text)."""
    if form is None or not form_is_for(form, ref.text):
        return None
    try:
        _, _, features, parts, aliases = orjson.loads(form)
        prepared = _build(ref, _features(features), tuple([(i, p, _features(f), v) for i, p, f, v in parts]))
        return prepared, _aliases(aliases)
    except (ValueError, TypeError):  # orjson's decode error is a ValueError
        return None


def from_form(ref: ClaimRef, form: str | None) -> PreparedClaim | None:
    """The prepared claim from a stored form, as `read_form` reads it."""
    read = read_form(ref, form)
    return read[0] if read else None


def prepare_from(ref: ClaimRef, form: str | None) -> tuple[PreparedClaim, AliasFacts | None]:
    """The prepared claim and its `alias_facts`: from its stored form when that is usable, else from its text."""
    return read_form(ref, form) or (prepare(ref), alias_facts(ref.text))
