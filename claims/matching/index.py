"""The candidate index: rare words and values of each claim, per story or per publication-date bucket."""

from __future__ import annotations

import math
import sys
from collections.abc import Hashable, Iterable

from claims.matching.scoring import PreparedClaim, Weight, in_scope, prepare
from claims.matching.text import Aliases
from claims.matching.types import ClaimId, ClaimRef, MatchSettings

Scope = tuple[str, Hashable]


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


class ClaimIndex:
    """Claims kept in memory across imports; finds candidate pairs without comparing all pairs.

    Every key of a claim (content stems, entities, normalized values) is indexed within the claim's scope
    (its story, else a bucket of `date_window_days` of publication). A query looks up only its
    `prefix_keys` rarest keys (prefix filtering), skipping keys carried by more than `max_posting` claims.
    """

    def __init__(self, settings: MatchSettings | None = None) -> None:
        """An empty index for these settings (the scope and prefix settings are fixed for its life)."""
        self.settings = settings or MatchSettings()
        self._slots: list[PreparedClaim | None] = []
        self._keys: list[frozenset[str]] = []
        self._slot_of: dict[ClaimId, int] = {}
        self._postings: dict[Scope, dict[str, list[int]]] = {}
        self._sizes: dict[Scope, int] = {}
        self._aliases: dict[Scope, Aliases] = {}

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

    def _query_scopes(self, ref: ClaimRef) -> list[Scope]:
        """Scopes that may hold claims in scope of `ref`."""
        scope = self._scope(ref)
        if scope[0] == "story" or scope[1] is None:
            return [scope] if scope[1] is not None else [scope, *(s for s in self._postings if s[0] == "date")]
        bucket = scope[1]
        assert isinstance(bucket, int)
        return [("date", bucket - 1), scope, ("date", bucket + 1), ("date", None)]

    @staticmethod
    def keys_of(prepared: PreparedClaim) -> frozenset[str]:
        """All index keys of a claim."""
        values = _value_keys(prepared.ref)
        # Most claims have no quantities: their key set is their content set, kept once in memory.
        return prepared.content_set.union(values) if values else prepared.content_set

    def add(self, refs: Iterable[ClaimRef]) -> list[PreparedClaim]:
        """Index claims (a claim already indexed is replaced); returns them prepared."""
        added = []
        for ref in refs:
            if ref.id in self._slot_of:
                self.remove([ref.id])
            prepared = prepare(ref)
            keys = self.keys_of(prepared)
            slot = len(self._slots)
            self._slots.append(prepared)
            self._keys.append(keys)
            self._slot_of[ref.id] = slot
            scope = self._scope(ref)
            self._sizes[scope] = self._sizes.get(scope, 0) + 1
            aliases = self._aliases.get(scope)
            if aliases is None:
                aliases = self._aliases[scope] = Aliases()
            aliases.learn(ref.text)
            postings = self._postings.setdefault(scope, {})
            for key in keys:
                postings.setdefault(key, []).append(slot)
            added.append(prepared)
        return added

    def remove(self, ids: Iterable[ClaimId]) -> None:
        """Forget claims (deleted or re-extracted)."""
        for claim_id in ids:
            slot = self._slot_of.pop(claim_id, None)
            if slot is None:
                continue
            prepared = self._slots[slot]
            self._slots[slot] = None
            assert prepared is not None
            scope = self._scope(prepared.ref)
            self._sizes[scope] -= 1
            postings = self._postings.get(scope, {})
            for key in self._keys[slot]:
                bucket = postings.get(key)
                if bucket is not None:
                    bucket.remove(slot)
                    if not bucket:
                        del postings[key]
            self._keys[slot] = frozenset()

    def weight_for(self, prepared: PreparedClaim) -> Weight:
        """Inverse document frequency of words within the claim's own scope (its story or date bucket)."""
        scope = self._scope(prepared.ref)
        table = self._postings.get(scope, {})
        size = self._sizes.get(scope, 0) + 1
        cache: dict[str, float] = {}

        def weight(token: str) -> float:
            value = cache.get(token)
            if value is None:
                bucket = table.get(token)
                df = len(bucket) if bucket is not None else 0
                value = cache[token] = max(0.05, math.log((size + 1) / (df + 0.5)))
            return value

        return weight

    def aliases_for(self, prepared: PreparedClaim) -> Aliases | None:
        """Acronyms learned in the claim's scope (kept when claims are removed: they are knowledge of the story)."""
        return self._aliases.get(self._scope(prepared.ref))

    def get(self, claim_id: ClaimId) -> PreparedClaim | None:
        """The prepared claim of an id, if indexed."""
        slot = self._slot_of.get(claim_id)
        return None if slot is None else self._slots[slot]

    def prefix(self, prepared: PreparedClaim, keys: frozenset[str] | None = None) -> list[str]:
        """The rarest keys of a claim within its query scopes (ties broken by the key itself)."""
        keys = self.keys_of(prepared) if keys is None else keys
        tables = [self._postings.get(s) for s in self._query_scopes(prepared.ref)]
        tables = [t for t in tables if t]
        counted = []
        for key in keys:
            df = 0
            for table in tables:
                bucket = table.get(key)
                if bucket is not None:
                    df += len(bucket)
            if 0 < df <= self.settings.max_posting:
                counted.append((df, key))
        counted.sort()
        return [key for _, key in counted[: self.settings.prefix_keys]]

    def candidate_slots(
        self, prepared: PreparedClaim, keys: frozenset[str] | None = None, prefix: Iterable[str] | None = None
    ) -> list[int]:
        """Slots of claims in scope sharing a prefix key and enough keys overall, in slot order."""
        settings = self.settings
        keys = self.keys_of(prepared) if keys is None else keys
        own = self._slot_of.get(prepared.ref.id)
        found: set[int] = set()
        scopes = self._query_scopes(prepared.ref)
        for key in self.prefix(prepared, keys) if prefix is None else prefix:
            for scope in scopes:
                table = self._postings.get(scope)
                if table:
                    found.update(table.get(key, ()))
        found.discard(own)  # type: ignore[arg-type]
        out = []
        for slot in sorted(found):
            other = self._slots[slot]
            if other is None or not in_scope(prepared.ref, other.ref, settings):
                continue
            other_keys = self._keys[slot]
            shared = keys & other_keys
            # A shared value (exact or same order of magnitude) plus any word may link: the scorer's value bonus.
            if len(shared) < settings.min_shared * min(len(keys), len(other_keys)) and not (
                len(shared) >= 2 and any(key[0] in "#~" for key in shared)
            ):
                continue
            out.append(slot)
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

    def all_prepared(self) -> list[PreparedClaim]:
        """Indexed claims in insertion order."""
        return [p for p in self._slots if p is not None]
