"""The candidate index: rare words and values of each claim, per story or per publication-date bucket."""

from __future__ import annotations

import gc
import math
import sys
from collections.abc import Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager

from claims.matching.prepared import PreparedClaim, prepare, prepare_from
from claims.matching.scoring import Norm, Weight, Wording, in_scope
from claims.matching.text import Aliases, content_token
from claims.matching.types import ClaimId, ClaimRef, MatchSettings
from claims.matching.values import Rates

Scope = tuple[str, Hashable]

# Scopes whose idf table is kept: a batch pass walks claims in insertion order, so a story's claims come together.
_IDF_SCOPES = 64


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while (then back as it was).

    The index is millions of small objects without cycles; collections triggered while they are made walk all
    of them again and again (measured: 40% of the time to index 300,000 claims).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _value_keys(ref: ClaimRef) -> list[str]:
    """Index keys for quantities: the exact value ($3bn and $3 billion meet) and its order of magnitude.

    The coarse key lets values that differ a little (£113m vs £115m, the likely conflicts) meet as candidates.
    """
    keys = []
    for q in ref.quantities:
        unit = q.unit or q.kind
        keys.append(sys.intern(f"#{unit}:{q.low!r}:{q.high!r}"))
        value = q.high if q.high is not None else q.low
        if value is not None and value > 0:
            keys.append(sys.intern(f"~{unit}:{math.floor(math.log10(value))}"))
    return keys


def _values_of(keys: frozenset[str]) -> frozenset[str]:
    """The value keys among a claim's keys (words never start with # or ~)."""
    return frozenset(k for k in keys if k[0] in "#~")


def _passes(keys: frozenset[str], values: frozenset[str], other_keys: frozenset[str], share: float) -> bool:
    """The cheap filter on a looked-up pair: `share` of the shorter key set in common, or a value and a word.

    `values` are the value keys among `keys`. The scorer's value bonus needs a shared word besides the value
    (equal, or within 10%: the same magnitude), so a shared value alone does not pass.
    """
    shared = keys & other_keys
    n = len(shared)
    if n >= share * min(len(keys), len(other_keys)):
        return True
    in_values = len(shared & values) if values else 0
    return 0 < in_values < n


# A word is common in a scope when at least this many of its claims use it (and more than `common_share`).
_COMMON_AT_LEAST = 3


class _Idf(dict[str, float]):
    """Word statistics of one scope: inverse document frequency (computed on first use of each word) and the
    words most of its claims use."""

    __slots__ = ("_common", "_norms", "_size", "_table", "_wording")

    def __init__(self, table: dict[str, list[int]], size: int, common_share: float) -> None:
        """Over a scope's postings; `size` is the number of claims in the scope."""
        super().__init__()
        self._table = table
        self._size = size
        at_least = max(_COMMON_AT_LEAST, common_share * size)
        self._common = frozenset(t for t, bucket in table.items() if len(bucket) > at_least) if size > 3 else ()
        self._wording: dict[ClaimId, str] = {}
        self._norms: dict[int, tuple[PreparedClaim, float]] = {}

    def wording(self, prepared: PreparedClaim) -> str:
        """The claim's plain words without the words most claims of the scope use (once per claim and table).

        "The Torvane Hospital Group runs three hospitals" / "... runs Torvane University Hospital": the name the
        whole story repeats would make any two of its claims read alike to rapidfuzz.
        """
        if not self._common:
            return prepared.features.plain
        text = self._wording.get(prepared.ref.id)
        if text is None:
            common, plain = self._common, prepared.features.plain
            words = plain.split()
            kept = [w for w in words if content_token(w) not in common]
            text = self._wording[prepared.ref.id] = " ".join(kept) if len(kept) < len(words) else plain
        return text

    def norm(self, prepared: PreparedClaim) -> float:
        """The sum of the squared weights of a claim's content words (the cosine's norm), once per claim and table."""
        entry = self._norms.get(id(prepared))
        if entry is not None and entry[0] is prepared:
            return entry[1]
        value = sum(self[t] ** 2 for t in prepared.content_set)
        self._norms[id(prepared)] = (prepared, value)
        return value

    def __missing__(self, token: str) -> float:
        """log((claims + 2) / (df + 0.5)), at least 0.05."""
        bucket = self._table.get(token)
        df = len(bucket) if bucket is not None else 0
        value = self[token] = max(0.05, math.log((self._size + 2) / (df + 0.5)))
        return value


class ClaimIndex:
    """Claims kept in memory across imports; finds candidate pairs without comparing all pairs.

    Every claim is filed in a scope: its story, else a bucket of `date_window_days` of publication (a query
    reaches its own bucket and the two beside it). When a query reaches at most `exhaustive_scope` claims,
    every claim it reaches is a candidate: exact, and cheap at that size. In bigger scopes the index keys of a
    claim (content stems, entities, normalized values) are looked up instead: its `prefix_keys` rarest keys
    and every exact value, each skipped when more than `max_posting` claims carry it (prefix filtering).
    A pair is a candidate when either claim's query finds the other.
    """

    def __init__(self, settings: MatchSettings | None = None) -> None:
        """An empty index for these settings (the scope and prefix settings are fixed for its life)."""
        self.settings = settings or MatchSettings()
        self._slots: list[PreparedClaim | None] = []
        self._keys: list[frozenset[str]] = []
        self._slot_of: dict[ClaimId, int] = {}
        self._postings: dict[Scope, dict[str, list[int]]] = {}
        self._members: dict[Scope, list[int]] = {}
        self._sizes: dict[Scope, int] = {}
        self._aliases: dict[Scope, Aliases] = {}
        self._rates: dict[Scope, Rates] = {}
        self._idf: dict[Scope, _Idf] = {}
        self._reach: dict[Scope, int] = {}  # claims a query from a scope reaches; cleared when claims come or go

    def __len__(self) -> int:
        """Number of claims in the index."""
        return len(self._slot_of)

    def __contains__(self, claim_id: object) -> bool:
        """True when the claim is indexed."""
        return claim_id in self._slot_of

    def _scope(self, ref: ClaimRef) -> Scope:
        """Where a claim is filed: its story, else its publication-date bucket."""
        if ref.story is not None:
            return ("story", ref.story)
        if ref.published is None:
            return ("date", None)
        return ("date", ref.published.toordinal() // max(1, self.settings.date_window_days))

    def _query_scopes(self, scope: Scope) -> list[Scope]:
        """Scopes that may hold claims in scope of a claim filed in `scope` (the relation is symmetric)."""
        kind, bucket = scope
        if kind == "story":
            return [scope]
        if bucket is None:
            return [scope, *(s for s in self._sizes if s[0] == "date" and s[1] is not None)]
        assert isinstance(bucket, int)
        return [("date", bucket - 1), scope, ("date", bucket + 1), ("date", None)]

    def reach(self, ref: ClaimRef) -> int:
        """How many indexed claims a query for `ref` reaches (its story, or the date buckets beside its own)."""
        return self._reach_of(self._scope(ref))

    def _reach_of(self, scope: Scope) -> int:
        """Claims filed in the query scopes of `scope`."""
        reach = self._reach.get(scope)
        if reach is None:
            sizes = self._sizes
            reach = self._reach[scope] = sum(sizes.get(s, 0) for s in self._query_scopes(scope))
        return reach

    def _exhaustive(self, scope: Scope) -> bool:
        """Queries from this scope take every claim they reach as a candidate (few enough to score them all)."""
        return self._reach_of(scope) <= self.settings.exhaustive_scope

    def is_exhaustive(self, ref: ClaimRef) -> bool:
        """True when every claim in scope of `ref` is its candidate (no prefix filtering)."""
        return self._exhaustive(self._scope(ref))

    @staticmethod
    def keys_of(prepared: PreparedClaim) -> frozenset[str]:
        """All index keys of a claim."""
        values = _value_keys(prepared.ref)
        # Most claims have no quantities: their key set is their content set, kept once in memory.
        return prepared.content_set.union(values) if values else prepared.content_set

    def add(self, refs: Iterable[ClaimRef], forms: Mapping[ClaimId, str | None] | None = None) -> list[PreparedClaim]:
        """Index claims (a claim already indexed is replaced); returns them prepared.

        `forms` are the claims' stored analyses (see prepared.form_of), used where usable.
        """
        with collector_paused():
            return self._add(refs, forms or {})

    def _add(self, refs: Iterable[ClaimRef], forms: Mapping[ClaimId, str | None]) -> list[PreparedClaim]:
        """`add` with the collector paused."""
        added = []
        for ref in refs:
            if ref.id in self._slot_of:
                self.remove([ref.id])
            prepared, facts = prepare_from(ref, forms.get(ref.id))
            keys = self.keys_of(prepared)
            slot = len(self._slots)
            self._slots.append(prepared)
            self._keys.append(keys)
            self._slot_of[ref.id] = slot
            scope = self._scope(ref)
            self._sizes[scope] = self._sizes.get(scope, 0) + 1
            self._members.setdefault(scope, []).append(slot)
            self._idf.pop(scope, None)
            if self._reach:
                self._reach.clear()
            aliases = self._aliases.get(scope)
            if aliases is None:
                aliases = self._aliases[scope] = Aliases()
            aliases.learn_facts(facts)
            aliases.learn_names(prepared.features)
            if len(ref.quantities) >= 2:
                self._rates.setdefault(scope, Rates()).learn(ref)
            postings = self._postings.setdefault(scope, {})
            for key in keys:
                postings.setdefault(key, []).append(slot)
            added.append(prepared)
        return added

    def remove(self, ids: Iterable[ClaimId]) -> None:
        """Forget claims (deleted, re-extracted, or a whole scope let go); a scope left empty is dropped."""
        gone: dict[Scope, set[int]] = {}
        for claim_id in ids:
            slot = self._slot_of.pop(claim_id, None)
            if slot is None:
                continue
            prepared = self._slots[slot]
            self._slots[slot] = None
            assert prepared is not None
            gone.setdefault(self._scope(prepared.ref), set()).add(slot)
        for scope, slots in gone.items():  # each list is filtered once, however many of its claims go
            self._idf.pop(scope, None)
            self._sizes[scope] -= len(slots)
            if not self._sizes[scope]:
                for table in (self._sizes, self._members, self._postings, self._aliases, self._rates):
                    table.pop(scope, None)
            else:
                self._members[scope] = [s for s in self._members[scope] if s not in slots]
                postings = self._postings[scope]
                for key in set().union(*(self._keys[s] for s in slots)):
                    bucket = postings.get(key)
                    if bucket is not None:
                        bucket[:] = [s for s in bucket if s not in slots]
                        if not bucket:
                            del postings[key]
            for slot in slots:
                self._keys[slot] = frozenset()
        if gone:
            self._reach.clear()

    def weight_for(self, prepared: PreparedClaim) -> Weight:
        """Inverse document frequency of words within the claim's own scope (its story or date bucket).

        The function returned is the table's own lookup (no Python call per word once a word is known).
        """
        return self._idf_for(prepared).__getitem__

    def norm_for(self, prepared: PreparedClaim) -> Norm:
        """The cosine norms of claims seen from the claim's scope (its word weights)."""
        return self._idf_for(prepared).norm

    def wording_for(self, prepared: PreparedClaim) -> Wording:
        """The wording rapidfuzz compares, seen from the claim's scope: the words its claims do not all share."""
        return self._idf_for(prepared).wording

    def _idf_for(self, prepared: PreparedClaim) -> _Idf:
        """The word statistics of the claim's scope: one table per scope, kept until a claim of it comes or goes."""
        scope = self._scope(prepared.ref)
        idf = self._idf.get(scope)
        if idf is None:
            if len(self._idf) >= _IDF_SCOPES:
                del self._idf[next(iter(self._idf))]
            idf = self._idf[scope] = _Idf(
                self._postings.get(scope, {}), self._sizes.get(scope, 0), self.settings.common_share
            )
        return idf

    def aliases_for(self, prepared: PreparedClaim) -> Aliases | None:
        """Acronyms and names learned in the claim's scope (what the story taught: kept when claims go, till none
        is left); None for a scope not indexed."""
        return self._aliases.get(self._scope(prepared.ref))

    def rates_for(self, prepared: PreparedClaim) -> Rates | None:
        """Exchange rates the claim's scope states (kept like its acronyms), None when it states none."""
        rates = self._rates.get(self._scope(prepared.ref))
        return rates or None

    def get(self, claim_id: ClaimId) -> PreparedClaim | None:
        """The prepared claim of an id, if indexed."""
        slot = self._slot_of.get(claim_id)
        return None if slot is None else self._slots[slot]

    def prefix(self, prepared: PreparedClaim, keys: frozenset[str] | None = None) -> list[str]:
        """The keys a query looks up: the rarest within the filtered scopes it reaches, and every exact value.

        Exact values are looked up whatever their rank: an equal amount plus one shared word can be enough
        for the scorer, and the words such pairs share are common ones. Ties are broken by the key itself.
        """
        keys = self.keys_of(prepared) if keys is None else keys
        scopes = self._query_scopes(self._scope(prepared.ref))
        tables = [self._postings.get(s) for s in scopes if not self._exhaustive(s)]
        tables = [t for t in tables if t]
        limit = self.settings.max_posting
        counted = []
        values = []
        for key in keys:
            df = 0
            for table in tables:
                bucket = table.get(key)
                if bucket is not None:
                    df += len(bucket)
            if 0 < df <= limit:
                if key[0] == "#":
                    values.append(key)
                else:
                    counted.append((df, key))
        counted.sort()
        values.sort()
        return [key for _, key in counted[: self.settings.prefix_keys]] + values

    def passes(self, keys: frozenset[str], other_keys: frozenset[str]) -> bool:
        """The cheap filter on a looked-up pair: enough shared keys, or a shared value and a shared word."""
        return _passes(keys, _values_of(keys), other_keys, self.settings.min_shared)

    def candidate_slots(
        self,
        prepared: PreparedClaim,
        keys: frozenset[str] | None = None,
        prefix: Iterable[str] | None = None,
        above: int = -1,
    ) -> list[int]:
        """Slots of claims worth scoring against `prepared`, in slot order (only slots above `above`).

        Every claim in scope of a small query scope; in a big one, the claims sharing a looked-up key that pass
        the cheap filter, plus every claim in scope filed in a small scope (whose own query takes them all).
        """
        ref = prepared.ref
        settings = self.settings
        own = self._slot_of.get(ref.id, -1)
        scope = self._scope(ref)
        scopes = self._query_scopes(scope)
        slots = self._slots
        out: list[int] = []
        if self._exhaustive(scope):
            small, big = scopes, []
        else:
            small = [s for s in scopes if self._exhaustive(s)]
            big = [s for s in scopes if not self._exhaustive(s)]
        # A claim sharing no content word with this one is not worth scoring (see score_pair), counting an acronym
        # of the scope as the name it stands for (on either side), unless a claim is all values.
        content = prepared.content_set
        aliases = self.aliases_for(prepared)
        wide, reaching = (aliases.expand(content), aliases.reaching(content)) if aliases else (content, ())
        for s in small:
            for slot in self._members.get(s, ()):
                if slot > above and slot != own:
                    other = slots[slot]
                    if other is None:
                        continue
                    words = other.content_set
                    if (
                        not content
                        or not words
                        or not wide.isdisjoint(words)
                        or (reaching and any(needed <= words for needed in reaching))
                    ) and in_scope(ref, other.ref, settings):
                        out.append(slot)
        if big:
            keys = self.keys_of(prepared) if keys is None else keys
            found: set[int] = set()
            for key in self.prefix(prepared, keys) if prefix is None else prefix:
                for s in big:
                    table = self._postings.get(s)
                    if table:
                        found.update(table.get(key, ()))
            found.discard(own)
            share = settings.min_shared
            values = _values_of(keys)
            all_keys = self._keys
            for slot in found:
                if slot <= above or not _passes(keys, values, all_keys[slot], share):
                    continue
                other = slots[slot]
                if other is not None and in_scope(ref, other.ref, settings):
                    out.append(slot)
        out.sort()
        return out

    def candidates(self, ref: ClaimRef | PreparedClaim) -> list[ClaimId]:
        """Ids of indexed claims worth scoring against `ref`."""
        prepared = ref if isinstance(ref, PreparedClaim) else prepare(ref)
        slots = self.candidate_slots(prepared)
        return [self._slots[s].ref.id for s in slots]  # type: ignore[union-attr]

    def prepared_at(self, slot: int) -> PreparedClaim | None:
        """The claim in a slot (None once removed)."""
        return self._slots[slot]

    def slot_of(self, claim_id: ClaimId) -> int | None:
        """The slot of an indexed claim."""
        return self._slot_of.get(claim_id)

    def keys_at(self, slot: int) -> frozenset[str]:
        """The index keys of the claim in a slot."""
        return self._keys[slot]

    def slot_count(self) -> int:
        """Slots used so far (removed claims leave their slot empty)."""
        return len(self._slots)

    def all_prepared(self) -> list[PreparedClaim]:
        """Indexed claims in insertion order."""
        return [p for p in self._slots if p is not None]
