"""Score extracted claims against gold claims (pure: plain data in, report out).

The rule is fixed so that figures stay comparable between versions:

* per article, a system claim may match a gold claim when its span overlaps
  the gold span's location in the body;
* a pair scores rapidfuzz ``fuzz.token_set_ratio`` of the two claim texts
  (default processor); pairs are matched one-to-one, highest score first,
  down to ``MATCH_THRESHOLD``;
* claim recall = matched / gold claims, precision = matched / system claims;
* attribution-type accuracy and source-name accuracy (``fuzz.ratio`` >= 80
  after case-folding, or both empty) are taken over matched pairs;
* quantity (date) accuracy is the share of gold quantities (dates) of matched
  gold claims found exactly - same kind, bounds and unit (same start and end
  day) - among the matched system claim's quantities (dates);
* noise claims are system claims whose span overlaps page noise.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

MATCH_THRESHOLD = 60.0
SOURCE_THRESHOLD = 80.0


@dataclass(frozen=True)
class QuantityForScoring:
    """A quantity as plain values."""

    kind: str
    low: float | None
    high: float | None
    unit: str | None
    text: str = ""

    def same_value(self, other: QuantityForScoring) -> bool:
        """True when kind, bounds and unit agree (surface text may differ)."""
        return (
            self.kind == other.kind
            and (self.unit or None) == (other.unit or None)
            and _same_number(self.low, other.low)
            and _same_number(self.high, other.high)
        )

    def describe(self) -> str:
        """Short human form: text [kind low..high unit]."""
        return f"{self.text!r} [{self.kind} {_num(self.low)}..{_num(self.high)} {self.unit or ''}]".rstrip()


@dataclass(frozen=True)
class DateForScoring:
    """A date range as ISO strings (None when unresolved)."""

    start: str | None
    end: str | None
    text: str = ""

    def same_value(self, other: DateForScoring) -> bool:
        """True when both ends agree."""
        return self.start == other.start and self.end == other.end

    def describe(self) -> str:
        """Short human form: text [start..end]."""
        return f"{self.text!r} [{self.start}..{self.end}]"


@dataclass(frozen=True)
class ClaimForScoring:
    """One claim, gold or system; start/end are offsets into the cleaned body (-1: not located)."""

    id: str
    text: str
    start: int
    end: int
    type: str = "unattributed"
    source: str | None = None
    cue: str | None = None
    quantities: tuple[QuantityForScoring, ...] = ()
    affiliation: str | None = None  # where a named person source works (system claims)
    dates: tuple[DateForScoring, ...] = ()

    def overlaps(self, start: int, end: int) -> bool:
        """True when this claim's span shares at least one character with [start, end)."""
        return self.start >= 0 and self.start < end and start < self.end


@dataclass(frozen=True)
class ArticleForScoring:
    """Gold and system claims of one article, plus the noise ranges of its body."""

    id: str
    gold: tuple[ClaimForScoring, ...]
    system: tuple[ClaimForScoring, ...]
    noise: tuple[tuple[int, int], ...] = ()
    body: str = ""


@dataclass(frozen=True)
class MatchedPair:
    """A gold claim matched to a system claim, with what differs."""

    gold: ClaimForScoring
    system: ClaimForScoring
    score: float
    type_ok: bool
    source_ok: bool
    quantities_found: int
    dates_found: int
    missed_quantities: tuple[QuantityForScoring, ...]
    missed_dates: tuple[DateForScoring, ...]


@dataclass(frozen=True)
class Ratio:
    """A share with its counts; `value` is None when nothing was counted."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        """hits / total, or None for 0/0."""
        return self.hits / self.total if self.total else None

    def to_dict(self) -> dict:
        """JSON-able form."""
        return {"value": self.value, "hits": self.hits, "total": self.total}

    def __str__(self) -> str:
        value = "  n/a" if self.value is None else f"{self.value:.3f}"
        return f"{value} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class ArticleReport:
    """The outcome for one article."""

    id: str
    gold_count: int
    system_count: int
    pairs: tuple[MatchedPair, ...]
    missed: tuple[ClaimForScoring, ...]
    spurious: tuple[ClaimForScoring, ...]
    noise_claims: tuple[ClaimForScoring, ...]
    unlocated: tuple[ClaimForScoring, ...]


@dataclass(frozen=True)
class EvalReport:
    """Figures over all articles plus the per-article details."""

    articles: tuple[ArticleReport, ...]
    recall: Ratio
    precision: Ratio
    attribution_type: Ratio
    source_name: Ratio
    quantities: Ratio
    dates: Ratio
    noise_claims: int
    unlocated_gold: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def f1(self) -> float | None:
        """Harmonic mean of recall and precision."""
        r, p = self.recall.value, self.precision.value
        if not r or not p:
            return None
        return 2 * r * p / (r + p)

    def figures(self) -> dict[str, float | None]:
        """The headline numbers only."""
        return {
            "recall": self.recall.value,
            "precision": self.precision.value,
            "f1": self.f1,
            "attribution_type": self.attribution_type.value,
            "source_name": self.source_name.value,
            "quantities": self.quantities.value,
            "dates": self.dates.value,
            "noise_claims": self.noise_claims,
        }

    def to_dict(self) -> dict:
        """JSON-able form: headline figures, counts and every miss."""
        return {
            "figures": self.figures(),
            "counts": {
                name: getattr(self, name).to_dict()
                for name in ("recall", "precision", "attribution_type", "source_name", "quantities", "dates")
            },
            "noise_claims": self.noise_claims,
            "unlocated_gold": self.unlocated_gold,
            "notes": list(self.notes),
            "articles": [_article_dict(a) for a in self.articles],
        }

    def format_text(self, misses: bool = True) -> str:
        """Human report: figures, then per article the misses to work on."""
        lines = [
            f"claims     recall {self.recall}   precision {self.precision}   f1 {_fmt(self.f1)}",
            f"attribution type {self.attribution_type}   source name {self.source_name}",
            f"quantities {self.quantities}   dates {self.dates}",
            f"noise claims {self.noise_claims}   unlocated gold spans {self.unlocated_gold}",
        ]
        lines += [f"note: {n}" for n in self.notes]
        if not misses:
            return "\n".join(lines) + "\n"
        for art in self.articles:
            lines.append("")
            lines.append(f"== {art.id}: gold {art.gold_count}, system {art.system_count}, matched {len(art.pairs)}")
            for c in art.unlocated:
                lines.append(f"  UNLOCATED {c.id}: {c.text}")
            for c in art.missed:
                lines.append(f"  MISSED    {c.id}: {c.text}")
            for c in art.spurious:
                lines.append(f"  SPURIOUS  [{c.start}:{c.end}] {c.text}")
            for c in art.noise_claims:
                lines.append(f"  NOISE     [{c.start}:{c.end}] {c.text}")
            for p in art.pairs:
                problems = []
                if not p.type_ok:
                    problems.append(f"type {p.system.type} != gold {p.gold.type}")
                if not p.source_ok:
                    problems.append(f"source {p.system.source!r} != gold {p.gold.source!r}")
                for q in p.missed_quantities:
                    got = ", ".join(x.describe() for x in p.system.quantities) or "none"
                    problems.append(f"quantity {q.describe()} not found (got {got})")
                for d in p.missed_dates:
                    got = ", ".join(x.describe() for x in p.system.dates) or "none"
                    problems.append(f"date {d.describe()} not found (got {got})")
                if problems:
                    lines.append(f"  WRONG     {p.gold.id} ({p.score:.0f}): {p.system.text}")
                    lines += [f"              - {x}" for x in problems]
        return "\n".join(lines) + "\n"


def score_articles(items: list[ArticleForScoring]) -> EvalReport:
    """Match system claims to gold claims per article and compute the figures."""
    reports = tuple(score_article(item) for item in items)
    gold = sum(r.gold_count for r in reports)
    system = sum(r.system_count for r in reports)
    pairs = [p for r in reports for p in r.pairs]
    return EvalReport(
        articles=reports,
        recall=Ratio(len(pairs), gold),
        precision=Ratio(len(pairs), system),
        attribution_type=Ratio(sum(p.type_ok for p in pairs), len(pairs)),
        source_name=Ratio(sum(p.source_ok for p in pairs), len(pairs)),
        quantities=Ratio(sum(p.quantities_found for p in pairs), sum(len(p.gold.quantities) for p in pairs)),
        dates=Ratio(sum(p.dates_found for p in pairs), sum(len(p.gold.dates) for p in pairs)),
        noise_claims=sum(len(r.noise_claims) for r in reports),
        unlocated_gold=sum(len(r.unlocated) for r in reports),
    )


def score_article(item: ArticleForScoring) -> ArticleReport:
    """One-to-one matching of one article's claims, highest score first."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(item.gold):
        if g.start < 0:
            continue
        for si, s in enumerate(item.system):
            if s.overlaps(g.start, g.end):
                score = fuzz.token_set_ratio(s.text, g.text)
                if score >= MATCH_THRESHOLD:
                    candidates.append((score, gi, si))
    # Highest score first; ties go to body order so the result is deterministic.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[MatchedPair] = []
    for score, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append(_pair(item.gold[gi], item.system[si], score))
    pairs.sort(key=lambda p: (p.gold.start, p.gold.id))
    noise = tuple(s for s in item.system if any(s.overlaps(a, b) for a, b in item.noise))
    return ArticleReport(
        id=item.id,
        gold_count=len(item.gold),
        system_count=len(item.system),
        pairs=tuple(pairs),
        missed=tuple(g for gi, g in enumerate(item.gold) if gi not in used_gold and g.start >= 0),
        spurious=tuple(s for si, s in enumerate(item.system) if si not in used_system),
        noise_claims=noise,
        unlocated=tuple(g for g in item.gold if g.start < 0),
    )


def source_matches(system: str | None, gold: str | None) -> bool:
    """Source names agree: fuzz.ratio >= 80 after case-folding, or both empty."""
    a = (system or "").strip().casefold()
    b = (gold or "").strip().casefold()
    if not a and not b:
        return True
    return fuzz.ratio(a, b) >= SOURCE_THRESHOLD


def _pair(gold: ClaimForScoring, system: ClaimForScoring, score: float) -> MatchedPair:
    missed_q = tuple(q for q in gold.quantities if not any(q.same_value(s) for s in system.quantities))
    missed_d = tuple(d for d in gold.dates if not any(d.same_value(s) for s in system.dates))
    return MatchedPair(
        gold=gold,
        system=system,
        score=score,
        type_ok=system.type == gold.type,
        source_ok=source_matches(system.source, gold.source),
        quantities_found=len(gold.quantities) - len(missed_q),
        dates_found=len(gold.dates) - len(missed_d),
        missed_quantities=missed_q,
        missed_dates=missed_d,
    )


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:g}"


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _article_dict(a: ArticleReport) -> dict:
    def claim(c: ClaimForScoring) -> dict:
        return asdict(c)

    return {
        "id": a.id,
        "gold": a.gold_count,
        "system": a.system_count,
        "matched": len(a.pairs),
        "missed": [claim(c) for c in a.missed],
        "spurious": [claim(c) for c in a.spurious],
        "noise_claims": [claim(c) for c in a.noise_claims],
        "unlocated": [claim(c) for c in a.unlocated],
        "pairs": [
            {
                "gold": p.gold.id,
                "system_text": p.system.text,
                "span": [p.system.start, p.system.end],
                "score": p.score,
                "type_ok": p.type_ok,
                "source_ok": p.source_ok,
                "system_type": p.system.type,
                "system_source": p.system.source,
                "gold_type": p.gold.type,
                "gold_source": p.gold.source,
                "missed_quantities": [asdict(q) for q in p.missed_quantities],
                "missed_dates": [asdict(d) for d in p.missed_dates],
            }
            for p in a.pairs
        ],
    }
