"""Scoring one pair of claims: text similarity (rapidfuzz) combined with quantities, dates and sources."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

from rapidfuzz import fuzz

from claims.matching.prepared import PreparedClaim
from claims.matching.text import NO_SHARES, Aliases, content_token
from claims.matching.types import ClaimRef, ConflictField, LinkSuggestion, MatchSettings, Relation
from claims.matching.values import FieldComparison, Rates, compare_dates, compare_quantities, compare_sources

Weight = Callable[[str], float]
Wording = Callable[[PreparedClaim], str]
Norm = Callable[[PreparedClaim], float]


def _unit_weight(_: str) -> float:
    """Every word counts the same (no corpus statistics at hand)."""
    return 1.0


def weighted_cosine(
    a: frozenset[str],
    b: frozenset[str],
    weight: Weight,
    share_a: Mapping[str, float] | None = None,
    share_b: Mapping[str, float] | None = None,
    norms: tuple[float, float] | None = None,
) -> float:
    """Cosine of the two word sets with idf weights: words every claim of the story uses count little; words
    of a multi-word name count with their share (`share_a`, `share_b`). `norms`: the sets' sums of squared
    weights when known (they count only without shares)."""
    if not a or not b:
        return 0.0
    both = a & b
    if not both:
        return 0.0
    if not share_a and not share_b:  # most claims name nothing in several words
        shared = sum(weight(t) ** 2 for t in both)
        if norms is not None:
            return shared / math.sqrt(norms[0] * norms[1])
        return shared / math.sqrt(sum(weight(t) ** 2 for t in a) * sum(weight(t) ** 2 for t in b))
    # A name both claims give counts as one word; a name only one gives keeps all its words.
    sa, sb = share_a or NO_SHARES, share_b or NO_SHARES
    shared = sum(weight(t) ** 2 * sa.get(t, 1.0) * sb.get(t, 1.0) for t in both)
    norm_a = math.sqrt(sum((weight(t) * (sa.get(t, 1.0) if t in both else 1.0)) ** 2 for t in a))
    norm_b = math.sqrt(sum((weight(t) * (sb.get(t, 1.0) if t in both else 1.0)) ** 2 for t in b))
    return shared / (norm_a * norm_b)


def text_similarity(
    a: PreparedClaim, b: PreparedClaim, weight: Weight | None = None, aliases: Aliases | None = None
) -> float:
    """Wording similarity in [0, 1]; numbers and calendar words are left out (they are compared as values).

    Half idf-weighted cosine of content stems, half rapidfuzz token_sort_ratio of the words. Measured on the
    dev corpus over all in-story pairs, with the value evidence added: average precision 0.75 with
    token_sort_ratio, 0.74 with ratio, 0.65 with token_set_ratio (too generous when one claim's words are a
    subset of the other's); the cosine weight 0.5 beat 0.3, 0.7 and 1.0. Acronyms of the scope (`aliases`)
    count as the names they stand for.
    """
    set_a, set_b = _meet(a.content_set, b.content_set, aliases)
    sim = _similarity(a, b, set_a, set_b, weight)
    assert sim is not None  # no cut-off asked
    return sim


def _meet(
    set_a: frozenset[str], set_b: frozenset[str], aliases: Aliases | None
) -> tuple[frozenset[str], frozenset[str]]:
    """The content sets with the aliases that let them meet: an acronym on one side, its name on the other.

    Only what the other side has is added: when both say "IMF", adding "international monetary fund" to
    both would make three rare words look shared.
    """
    if aliases is None or not aliases.touches(set_a, set_b):
        return set_a, set_b  # most pairs name no acronym of the scope nor its name: set expansions per pair spared
    # An entity both name the same way counts once: not again through its alias, nor against a claim that
    # names it both ways ("United Transport Workers (UTW)" against "the UTW").
    shared = set_a & set_b
    if shared:
        set_a, set_b = set_a - aliases.echoes(set_a, shared), set_b - aliases.echoes(set_b, shared)
    wide_a, wide_b = aliases.expand(set_a, shared), aliases.expand(set_b, shared)
    gain_a = wide_a & set_b if wide_a is not set_a else frozenset()
    gain_b = wide_b & set_a if wide_b is not set_b else frozenset()
    if gain_a and gain_b:
        # "The CTA offered" / "the Carrowby Transit Authority": the name's side gains the acronym, and the
        # acronym's side does not gain the name's words too (one entity would count as four shared words).
        gain_a, gain_b = (
            gain_a - aliases.echoes(gain_a, aliases.acronyms_in(gain_b)),
            gain_b - aliases.echoes(gain_b, aliases.acronyms_in(gain_a)),
        )
    return set_a | gain_a, set_b | gain_b


def _similarity(
    a: PreparedClaim,
    b: PreparedClaim,
    set_a: frozenset[str],
    set_b: frozenset[str],
    weight: Weight | None,
    at_least: float = 0.0,
    wording: Wording | None = None,
    norm: Norm | None = None,
) -> float | None:
    """text_similarity on content sets already widened by aliases (alias words join the rapidfuzz text too).

    None when it is below `at_least`: rapidfuzz then stops early (a cut-off, same figures above it). `norm` gives
    a claim's cosine norm under `weight` (kept per claim by the index).
    """
    share_a, share_b = a.features.shares, b.features.shares
    norms = (
        (norm(a), norm(b))
        if norm is not None and not share_a and not share_b and set_a is a.content_set and set_b is b.content_set
        else None
    )
    cosine = weighted_cosine(set_a, set_b, weight or _unit_weight, share_a, share_b, norms)
    cutoff = 2.0 * at_least - cosine - 1e-9  # the wording share needed to reach at_least
    if cutoff > 1.0:
        return None
    plain_a, plain_b = (wording(a), wording(b)) if wording else (a.features.plain, b.features.plain)
    if set_a is not a.content_set:
        plain_a = " ".join((plain_a, *sorted(set_a - a.content_set)))
    if set_b is not b.content_set:
        plain_b = " ".join((plain_b, *sorted(set_b - b.content_set)))
    wording = fuzz.token_sort_ratio(plain_a, plain_b, score_cutoff=max(0.0, cutoff) * 100.0) / 100.0
    if cutoff > 0.0 and wording == 0.0:
        return None
    return 0.5 * cosine + 0.5 * wording


def in_scope(a: ClaimRef, b: ClaimRef, settings: MatchSettings) -> bool:
    """Different outlets (or, by option, different articles of one outlet); same story, else a date window."""
    if a.article_id == b.article_id:
        return False
    if a.outlet == b.outlet and not settings.allow_same_outlet:
        return False
    if a.story is not None or b.story is not None:
        return a.story == b.story
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= settings.date_window_days


def is_short(p: PreparedClaim, settings: MatchSettings) -> bool:
    """A claim with few content words: its matches need a higher bar."""
    return len(p.content_set) < settings.short_claim_words


def value_bonus(quantity: FieldComparison, date: FieldComparison, settings: MatchSettings) -> float:
    """What agreeing (or nearly agreeing) values add to the wording similarity.

    An equal distinctive quantity (money, percent, a duration, a number of 100 or more) is strong evidence of
    one fact; so is a value of one unit differing by 10% or less (then the pair is the likely conflict). The
    same single day, or days up to 3 apart, count less (a story's events fall on few days), a compatible date
    range less still. A day or a week inside a longer period ("on Monday" / "this year") adds nothing: measured
    on the held-out corpora, its bonus joined more different events of one story than it found links.
    """
    bonus = 0.0
    if quantity.strong and quantity.conflict is None:
        bonus = settings.value_bonus
    elif quantity.near:
        bonus = settings.near_bonus
    elif quantity.support and quantity.conflict is None:
        bonus = settings.small_value_bonus
    if date.strong and date.conflict is None:
        bonus = max(bonus, settings.day_bonus)
    elif date.near:
        bonus = max(bonus, settings.day_bonus)  # days close together are common in a story: weaker than amounts
    elif date.support and not date.loose:
        bonus = max(bonus, settings.date_bonus)
    return bonus


def _bonus_bound(a: ClaimRef, b: ClaimRef, settings: MatchSettings) -> float:
    """The most `value_bonus` can add: values count only when both claims have quantities, or both dates."""
    bound = 0.0
    if a.quantities and b.quantities:
        bound = max(settings.value_bonus, settings.near_bonus)
    if a.dates and b.dates:
        bound = max(bound, settings.day_bonus, settings.date_bonus)
    return bound


def score_pair(
    a: PreparedClaim,
    b: PreparedClaim,
    settings: MatchSettings,
    weight: Weight | None = None,
    aliases: Aliases | None = None,
    rates: Rates | None = None,
    wording: Wording | None = None,
    norm: Norm | None = None,
) -> LinkSuggestion | None:
    """Suggest a link when the pair scores above the threshold; relation and field from the value comparison.

    `aliases` and `rates` are what the scope's claims taught: acronyms, and exchange rates they state;
    `wording` gives the words rapidfuzz compares (by default all but numbers and calendar words), `norm` a claim's
    cosine norm under `weight` (computed here when not given).
    """
    set_a, set_b = _meet(a.content_set, b.content_set, aliases)
    if set_a and set_b and set_a.isdisjoint(set_b):
        # No content word in common: values would not count, and the wording alone would have to be near equal
        # in other words. Most candidates of a small story are such pairs: they are turned away first.
        return None
    id_a, id_b = a.ref.id, b.ref.id
    if (id_b < id_a) if _plain_ids(id_a, id_b) else (sort_key(id_b) < sort_key(id_a)):
        a, b, set_a, set_b = b, a, set_b, set_a  # one order for every pair: differences read the same either way
    bar = settings.threshold
    if is_short(a, settings) or is_short(b, settings):
        bar += settings.short_claim_margin
    # Entities found on both sides but not shared point to different subjects ("Liverpool" vs "Manchester City").
    penalty = 1.0
    # When both texts name their speakers ("Hana Kroll expected a cut" / "Marek Duda expected a cut"), those
    # names are the attribution's to compare, not two subjects.
    speakers = a.speaker and b.speaker
    extra_a = a.features.entities - set_b - a.speaker if speakers else a.features.entities - set_b
    if extra_a and _names(extra_a, a, aliases):
        extra_b = b.features.entities - set_a - b.speaker if speakers else b.features.entities - set_a
        if extra_b and _names(extra_b, b, aliases):
            penalty = settings.entity_penalty
    # Values are evidence only for claims that share a word (an equal amount alone joins unrelated facts;
    # measured: letting them count, even at half, lost precision), unless a claim is all values ("$3bn over
    # nine months"): then they are all there is to compare.
    values_count = not set_a.isdisjoint(set_b) or not (set_a and set_b)
    bound = _bonus_bound(a.ref, b.ref, settings) if values_count else 0.0
    at_least = (bar - bound) / penalty
    sim = _similarity(a, b, set_a, set_b, weight, at_least=at_least, wording=wording, norm=norm)
    best = (
        None if sim is None else _judge(a, b, set_a, set_b, sim * penalty, bar, values_count, settings, aliases, rates)
    )
    # A claim that states several facts ("Rescue teams brought 21 miners to the surface on Tuesday, more than 30
    # hours after part of a tunnel collapsed at the Ardmore mine") meets a claim of one of them on that clause,
    # at a discount; measured on the held-out corpora: end to end recall +1 to +3 points, precision about even.
    factor = settings.part_factor
    pairs = [(p, b) for p in a.parts] + [(a, p) for p in b.parts] if factor and (a.parts or b.parts) else ()
    for x, y in pairs:
        set_x, set_y = _meet(x.content_set, y.content_set, aliases)
        if set_x.isdisjoint(set_y):
            continue
        part_sim = _similarity(x, y, set_x, set_y, weight, at_least=at_least / factor, wording=wording, norm=norm)
        if part_sim is None:
            continue
        judged = _judge(x, y, set_x, set_y, part_sim * factor * penalty, bar, values_count, settings, aliases, rates)
        if judged is not None and (best is None or judged[0] > best[0]):
            best = judged
    if best is None:
        return None
    score, relation, field, differences = best
    return LinkSuggestion(a.ref.id, b.ref.id, relation, field, round(score, 4), differences)


Judgement = tuple[float, Relation, ConflictField | None, tuple[str, ...]]


def _judge(
    x: PreparedClaim,
    y: PreparedClaim,
    set_x: frozenset[str],
    set_y: frozenset[str],
    sim: float,
    bar: float,
    values_count: bool,
    settings: MatchSettings,
    aliases: Aliases | None,
    rates: Rates | None,
) -> Judgement | None:
    """Score, relation, field and differences of two claims (or clauses of them) with wording similarity `sim`
    and content sets `set_x`, `set_y`; None when the score stays under the bar or values and dates tell two
    facts."""
    quantity = compare_quantities(x.ref.quantities, y.ref.quantities, rates)
    date = compare_dates(x.ref.dates, y.ref.dates)
    score = min(1.0, sim + value_bonus(quantity, date, settings)) if values_count else sim
    if score < bar:
        return None  # most pairs with values on both sides end here: the rules below only turn pairs away
    # A value and a date that both differ are two facts: values of different periods ("a 4.5% rise for 2025" /
    # "a 3% rise for 2026"), or values far apart on different days ("shares rose 35% on Tuesday" / "41% above
    # Monday's close"). One event told with a near figure and the next day stays a conflict ("800 m late
    # Sunday" / "780 m early Monday").
    if (
        quantity.conflict
        and date.conflict
        and (not quantity.near or all(d.start != d.end for d in x.ref.dates + y.ref.dates))
    ):
        return None
    if _opposite_ends(x, y):
        return None  # the start and the end of one event
    if quantity.conflict and _other_measure(x, y):
        return None  # "Core inflation stood at 4.4%" / "Inflation fell to 4.3 per cent": two measures, no conflict
    if (
        quantity.far
        and (not date.support or sim < settings.far_values_similarity)
        and x.features.plain != y.features.plain
    ):
        # "Bellingham scored 24 times" / "scored once": two figures, not one told two ways. Equal words with
        # figures far apart stay a conflict ("will cost $3bn" / "will cost $6bn"), and so do counts of one day
        # worded alike ("4 people were killed in the blast on Monday" / "12 people were killed ..."). On one day
        # in other words they are two measures ("the economy grew 0.3% in the first quarter" / "expects growth
        # of 1.8% this year").
        return None
    if date.far and not quantity.strong:
        return None  # "went on sale in 2011" / "sales of $1.1bn in 2023": two periods
    if date.conflict and _to_come(x.ref) != _to_come(y.ref):
        return None  # "visited St Ide's Hospital yesterday" / "is due to visit Torvane University Hospital on Thursday"
    if date.conflict and _before_and_after(x.ref, y.ref):
        return None  # "visited the hospital yesterday" / "is due to visit on Thursday", told on one day: two visits
    # "Walked off the job on Monday" / "talks collapsed on Friday": claims of one story with different dates are
    # two events more often than one told with two dates; without quantities to tie them, they need more words.
    if date.conflict and not (quantity.support or quantity.near) and score < bar + settings.date_conflict_margin:
        return None
    # "Minister Lucia Ferrant ordered an inquiry into the Ardmore collapse on Tuesday" / "Minister Lucia Ferrant
    # visited the Ardmore site on Monday": different dates and nothing shared but names are two events.
    if (
        date.conflict
        and not (quantity.support or quantity.near)
        and not ((set_x & set_y) - _named(x, aliases) - _named(y, aliases))
    ):
        return None
    source = compare_sources(x.ref, y.ref)
    differences = tuple(c.conflict for c in (quantity, date, source) if c.conflict)
    negation = _negation_difference(x, y)
    if negation:
        differences += (negation,)
    field = _first_field(quantity, date, source, negation)
    relation = Relation.SAME if field is None else Relation.CONFLICT
    return score, relation, field, differences


# Stems of beginning and ending: "the strike began at 4am on Monday" / "is due to end at 4am on Wednesday".
_BEGIN = frozenset({"begin", "began", "begun", "start", "launch", "commenc", "kick", "open"})
_END = frozenset({"end", "ended", "ending", "finish", "conclud", "expir", "laps", "complet", "completion"})


# A claim of what is still to come: "will", "would", "is due / expected / set / scheduled to", "plans to".
_FUTURE = re.compile(
    r"\b(?:will|would|(?:is|are) (?:due|set|scheduled) to|expects? to|expected to|plans? to)\b", re.IGNORECASE
)


def _to_come(ref: ClaimRef) -> bool:
    """The claim tells what is planned or expected, not what happened: with another date than a claim of what
    happened, the two are two events (a visit made, another to come), not one told with two dates. A date after
    the article's day tells it too ("the runoff on June 21 pits Aydar against Hallberg", published June 8)."""
    if _FUTURE.search(ref.text) is not None:
        return True
    return ref.published is not None and any(d.start > ref.published for d in ref.dates)


def _opening_names(p: PreparedClaim, aliases: Aliases | None) -> bool:
    """Whether the claim's capitalised first word, if it has one, names something: only when the scope capitalises
    it elsewhere too ("Regulators pulled 36 batches" names nobody; "Brightcart was fined" does, as "fined
    Brightcart" shows). Without a scope to ask, every capital counts."""
    opening = p.features.opening
    return opening is None or aliases is None or aliases.is_name(opening)


def _names(extra: frozenset[str], p: PreparedClaim, aliases: Aliases | None) -> bool:
    """Whether a claim's entities the other lacks (`extra`) name something."""
    return len(extra) > 1 or p.features.opening not in extra or _opening_names(p, aliases)


def _named(p: PreparedClaim, aliases: Aliases | None) -> frozenset[str]:
    """The claim's entities that name something."""
    return p.features.entities if _opening_names(p, aliases) else p.features.entities - {p.features.opening}


def _before_and_after(a: ClaimRef, b: ClaimRef) -> bool:
    """Articles of about one day, one claim dated wholly before it and the other wholly after: one event that
    happened and another still to come, not one event told with two dates."""
    if a.published is None or b.published is None or abs((a.published - b.published).days) > 1:
        return False
    first, last = min(a.published, b.published), max(a.published, b.published)

    def past(r: ClaimRef) -> bool:
        return all(d.end < first for d in r.dates)

    def future(r: ClaimRef) -> bool:
        return all(d.start > last for d in r.dates)

    return (past(a) and future(b)) or (future(a) and past(b))


def _opposite_ends(a: PreparedClaim, b: PreparedClaim) -> bool:
    """One claim tells when something begins, the other when it ends: two facts, however alike the rest."""
    x_begin, x_end = not _BEGIN.isdisjoint(a.content_set), not _END.isdisjoint(a.content_set)
    y_begin, y_end = not _BEGIN.isdisjoint(b.content_set), not _END.isdisjoint(b.content_set)
    return (x_begin and y_end and not x_end and not y_begin) or (x_end and y_begin and not x_begin and not y_end)


# Words that make another measure of what a noun names: "core inflation" is not "inflation", "net profit" not "profit"
# ("headline inflation" is: it is what "inflation" means unless qualified).
_MEASURE_WORDS = frozenset(
    token
    for word in ("core", "underlying", "net", "gross", "operating", "pretax", "adjusted", "real", "nominal")
    for token in (content_token(word), content_token(word.capitalize()))
    if token
)


def _other_measure(a: PreparedClaim, b: PreparedClaim) -> bool:
    """One claim qualifies a word both claims use with a measure word the other lacks ("core inflation" /
    "inflation"): their figures measure two things."""
    for p, q in ((a, b), (b, a)):
        words = p.features.content
        for i in range(len(words) - 1):
            if words[i] in _MEASURE_WORDS and words[i] not in q.content_set and words[i + 1] in q.content_set:
                return True
    return False


def _negation_difference(a: PreparedClaim, b: PreparedClaim) -> str | None:
    """One claim negates what the other asserts."""
    if a.features.negated != b.features.negated:
        return "fact: negated on one side only"
    return None


def _first_field(
    quantity: FieldComparison, date: FieldComparison, source: FieldComparison, negation: str | None
) -> ConflictField | None:
    """The first differing field in the order quantity, date, fact, attribution (a claim and its denial differ in
    what they state, whoever told each)."""
    if quantity.conflict:
        return ConflictField.QUANTITY
    if date.conflict:
        return ConflictField.DATE
    if negation:
        return ConflictField.FACT
    if source.conflict:
        return ConflictField.ATTRIBUTION
    return None


def _plain_ids(a: object, b: object) -> bool:
    """Two ids that compare as `sort_key` orders them: both strings, or both non-negative integers."""
    kind = type(a)
    return kind is type(b) and (kind is str or (kind is int and a >= 0 and b >= 0))  # type: ignore[operator]


def sort_key(value: object) -> tuple[int, str]:
    """Ids of mixed types sort deterministically: numbers before strings."""
    if isinstance(value, int):
        return (0, f"{value:020d}")
    return (1, str(value))
