"""Benchmark of the claim matcher on a synthetic corpus: batch link, candidate recall, memory, one new article.

    .venv/bin/python benchmarks/link.py --claims 100000 [--workers 2] [--sample 300] [--seed 7]

The corpus imitates cross-outlet coverage: stories of about five articles (outlets) of 40 claims; each
story has a pool of facts and each article tells a subset of them in its own words (synonym verbs,
shuffled and dropped words, filler), names as news write them (a person by the full name or the surname
alone, an organisation of several words written out, with its acronym in parentheses, or as the acronym
alone), numbers in varied formats ($3bn / $3 billion / 3 billion dollars), dates written differently, and
now and then a different number (a conflict). A fifth of the articles have no story and are scoped by
publication date instead.

Candidate recall: for sampled claims, the pairs brute force would link (every claim in scope scored, before
the mutual-best rule) that the candidates cover from either side. The new-article time is the engine only:
`link_new` on the index already in memory (prepare, index and score 40 claims, mutual-best). It leaves out
what the service adds per article: reading the scope's claims from the database and building an index of them.
Timing runs share the machine: run them as `flock /tmp/bench.lock .venv/bin/python benchmarks/link.py ...`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.matching.index import ClaimIndex
from claims.matching.linker import link_index, link_new
from claims.matching.scoring import in_scope, score_pair
from claims.matching.types import ClaimRef, DateRange, MatchSettings, QuantityValue

CLAIMS_PER_ARTICLE = 40
ARTICLES_PER_STORY = 5
FACTS_PER_STORY = 60
FILLER = ["the", "a", "has", "was", "will", "on", "in", "for", "with", "that", "its", "after", "as", "also"]
ORG_KINDS = ["Authority", "Group", "Bank", "Ministry", "Commission", "Union", "Council", "Agency", "Federation"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Vocabulary:
    """Synthetic words with a Zipf-like frequency, names, and verb concepts with synonyms."""

    def __init__(self, rng: random.Random, words: int = 60000, names: int = 30000, verbs: int = 800) -> None:
        """Make the word lists once."""
        syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["ch", "sh", "th", "an", "er", "or"]

        def word(n: int) -> str:
            return "".join(rng.choice(syllables) for _ in range(n))

        self.words = list(dict.fromkeys(word(rng.randint(2, 4)) for _ in range(words)))
        self.names = list(dict.fromkeys(word(rng.randint(2, 3)).capitalize() for _ in range(names)))
        self.verbs = [[word(3) for _ in range(3)] for _ in range(verbs)]
        self.rng = rng
        self.written: dict[str, list[str]] = {}  # a story entity -> the ways outlets write it

    def entity(self) -> str:
        """A story's entity, as news names them: a one-word name, a person (later called by the surname alone),
        or an organisation of several capitalised words (written out, with its acronym in parentheses, or as the
        acronym alone)."""
        first, second = self.rng.sample(self.names, 2)
        r = self.rng.random()
        if r < 0.35:
            return first
        if r < 0.7:
            name = f"{first} {second}"
            self.written[name] = [name, name, second]
            return name
        words = [first, second, self.rng.choice(ORG_KINDS)] if r < 0.9 else [first, self.rng.choice(ORG_KINDS)]
        name = " ".join(words)
        acronym = "".join(w[0] for w in words).upper()
        self.written[name] = [name, name, f"{name} ({acronym})", acronym]
        return name

    def write(self, entity: str) -> str:
        """One outlet's way of writing an entity."""
        return self.rng.choice(self.written.get(entity) or [entity])

    def common_word(self) -> str:
        """A word drawn with a Zipf-like skew."""
        i = int(len(self.words) * (self.rng.random() ** 3))
        return self.words[i]


def money_text(value: float, rng: random.Random) -> str:
    """One of several surface forms of a dollar amount."""
    if value >= 1e9:
        n = f"{value / 1e9:g}"
        return rng.choice([f"${n}bn", f"${n} billion", f"{n} billion dollars", f"US${n} billion"])
    n = f"{value / 1e6:g}"
    return rng.choice([f"${n}m", f"${n} million", f"{n} million dollars"])


def make_fact(vocab: Vocabulary, rng: random.Random, entities: list[str], day: dt.date) -> dict:
    """One fact of a story: subject, verb concept, object words, maybe a quantity and a date."""
    fact = {
        "subject": rng.choice(entities),
        "verb": rng.randrange(len(vocab.verbs)),
        "object": [vocab.common_word() for _ in range(rng.randint(2, 5))] + [rng.choice(vocab.names)],
        "quantity": None,
        "date": None,
    }
    r = rng.random()
    if r < 0.35:
        fact["quantity"] = ("money", rng.choice([1e6, 1e9]) * rng.choice([1, 1.5, 2, 2.5, 3, 4.2, 6.5, 12, 22.6, 115]))
    elif r < 0.5:
        fact["quantity"] = ("count", float(rng.randint(2, 500)))
    if rng.random() < 0.25:
        fact["date"] = day - dt.timedelta(days=rng.randint(0, 6))
    return fact


def render(fact: dict, vocab: Vocabulary, rng: random.Random, published: dt.date) -> tuple[str, tuple, tuple]:
    """One outlet's wording of a fact, with its normalized quantities and dates."""
    words = [vocab.write(fact["subject"]), rng.choice(vocab.verbs[fact["verb"]])]
    obj = list(fact["object"])
    if len(obj) > 2 and rng.random() < 0.4:
        obj.pop(rng.randrange(len(obj)))
    if rng.random() < 0.3:
        rng.shuffle(obj)
    words += obj
    for _ in range(rng.randint(1, 4)):
        words.insert(rng.randint(1, len(words)), rng.choice(FILLER))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words)), vocab.common_word())
    quantities: tuple = ()
    if fact["quantity"]:
        kind, value = fact["quantity"]
        if rng.random() < 0.08:  # an outlet with a different figure
            value = value * rng.choice([0.9, 1.1, 2.0])
        if kind == "money":
            words.append(money_text(value, rng))
            quantities = (QuantityValue("money", value, value, "USD"),)
        else:
            words.append(rng.choice([f"{value:g}", f"some {value:g}", f"{value:g} of them"]))
            quantities = (QuantityValue("count", value, value, None),)
    dates: tuple = ()
    if fact["date"]:
        day = fact["date"]
        if rng.random() < 0.05:
            day = day - dt.timedelta(days=1)
        words.append(rng.choice([f"on {WEEKDAYS[day.weekday()]}", f"on {day:%d %B %Y}", f"on {day:%B %d}"]))
        dates = (DateRange(day, day),)
    return " ".join(words) + ".", quantities, dates


def generate(n_claims: int, seed: int) -> tuple[list[ClaimRef], Vocabulary, random.Random, list[dict]]:
    """The synthetic corpus: n_claims claims in stories of five outlets' articles."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    outlets = [f"Outlet {i}" for i in range(300)]
    refs: list[ClaimRef] = []
    stories: list[dict] = []
    start = dt.date(2023, 1, 1)
    story_no = article_no = 0
    while len(refs) < n_claims:
        story_no += 1
        day = start + dt.timedelta(days=rng.randrange(730))
        entities = [vocab.entity() for _ in range(4)]
        facts = [make_fact(vocab, rng, entities, day) for _ in range(FACTS_PER_STORY)]
        story = f"story-{story_no}" if rng.random() < 0.8 else None
        stories.append({"story": story, "facts": facts, "day": day})
        for outlet in rng.sample(outlets, ARTICLES_PER_STORY):
            article_no += 1
            published = day + dt.timedelta(days=rng.randint(0, 2))
            for i, fact in enumerate(rng.sample(facts, CLAIMS_PER_ARTICLE)):
                text, quantities, dates = render(fact, vocab, rng, published)
                refs.append(
                    ClaimRef(
                        id=len(refs),
                        article_id=article_no,
                        outlet=outlet,
                        text=text,
                        story=story,
                        published=published,
                        quantities=quantities,
                        dates=dates,
                        source_type="unattributed" if i % 3 else "organization",
                        source_name=None if i % 3 else fact["subject"],
                    )
                )
                if len(refs) >= n_claims:
                    break
            if len(refs) >= n_claims:
                break
    return refs, vocab, rng, stories


def candidate_recall(index: ClaimIndex, refs: list[ClaimRef], sample: int, rng: random.Random) -> tuple[float, int]:
    """Share of the pairs brute force would link (before the mutual-best rule) that the candidates cover."""
    settings = index.settings
    by_story: dict[str, list[int]] = {}
    undated: list[int] = []
    for i, r in enumerate(refs):
        if r.story is None:
            undated.append(i)
        else:
            by_story.setdefault(r.story, []).append(i)
    undated.sort(key=lambda i: refs[i].published or dt.date.min)
    found = total = 0
    for x in rng.sample(range(len(refs)), sample):
        px = index.prepared_at(x)
        assert px is not None
        pool = by_story[px.ref.story] if px.ref.story is not None else undated
        weight = index.weight_for(px)
        aliases = index.aliases_for(px)
        truth = set()
        for y in pool:
            if y == x:
                continue
            py = index.prepared_at(y)
            assert py is not None
            # Scored as the linker scores a pair found from x's side: x's scope weights and aliases.
            if in_scope(px.ref, py.ref, settings) and score_pair(px, py, settings, weight, aliases) is not None:
                truth.add(y)
        if not truth:
            continue
        covered = set(index.candidate_slots(px))
        covered |= {y for y in truth if x in index.candidate_slots(index.prepared_at(y))}  # type: ignore[arg-type]
        found += len(truth & covered)
        total += len(truth)
    return (found / total if total else 1.0), total


def peak_mb() -> float:
    """Peak resident memory of this process and of its finished workers, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100000, help="corpus size (default 100000)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the batch link (default 2)")
    parser.add_argument("--sample", type=int, default=300, help="claims checked against brute force")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument(
        "--exhaustive-scope",
        type=int,
        default=MatchSettings().exhaustive_scope,
        help="queries reaching at most this many claims score them all (default: MatchSettings)",
    )
    args = parser.parse_args()

    print(f"load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
    t0 = time.perf_counter()
    refs, vocab, rng, stories = generate(args.claims, args.seed)
    t_gen = time.perf_counter() - t0
    print(f"generated {len(refs)} claims in {t_gen:.1f}s", flush=True)

    settings = MatchSettings(exhaustive_scope=args.exhaustive_scope)
    t0 = time.perf_counter()
    index = ClaimIndex(settings)
    index.add(refs)
    t_index = time.perf_counter() - t0
    exhaustive = sum(1 for r in refs if index.is_exhaustive(r))
    print(
        f"index built in {t_index:.1f}s, peak {peak_mb():.0f} MB; {exhaustive} claims in scopes small enough to"
        f" take every claim as a candidate (exhaustive_scope {settings.exhaustive_scope})",
        flush=True,
    )
    stats: dict[str, int] = {}

    def progress(done: int, total: int) -> None:
        print(f"  linked {done}/{total} ({time.perf_counter() - t1:.0f}s)", file=sys.stderr, flush=True)

    t1 = time.perf_counter()
    links = link_index(index, progress=progress, workers=args.workers, stats=stats)
    t_link = time.perf_counter() - t1
    conflicts = sum(1 for link in links if link.relation == "conflict")
    print(f"batch link: {t_index + t_link:.1f}s (index {t_index:.1f}s + link {t_link:.1f}s, {args.workers} workers)")
    print(f"candidate pairs scored: {stats['candidate_pairs']} ({stats['candidate_pairs'] / len(refs):.1f} per claim)")
    print(f"links: {len(links)} ({conflicts} conflicts), before mutual-best {stats['scored_links']}")

    t0 = time.perf_counter()
    recall, truth = candidate_recall(index, refs, args.sample, random.Random(args.seed + 1))
    print(
        f"candidate recall vs brute force: {recall:.4f} over {truth} linked pairs of {args.sample} sampled claims"
        f" ({time.perf_counter() - t0:.1f}s)"
    )

    # One new 40-claim article: into an existing story, and one without a story (date-window scope).
    timings = []
    with_story = next(s for s in stories if s["story"] is not None)
    without = next((s for s in stories if s["story"] is None), stories[-1])
    for trial, story in enumerate((with_story, without)):
        published = story["day"] + dt.timedelta(days=1)
        new = []
        for i, fact in enumerate(rng.sample(story["facts"], CLAIMS_PER_ARTICLE)):
            text, quantities, dates = render(fact, vocab, rng, published)
            new.append(
                ClaimRef(
                    f"new-{trial}-{i}",
                    f"new-article-{trial}",
                    "New Outlet",
                    text,
                    story["story"],
                    published,
                    quantities,
                    dates,
                )
            )
        t0 = time.perf_counter()
        new_links = link_new(index, new, settings)
        timings.append((time.perf_counter() - t0) * 1000)
        print(
            f"new article ({'story' if story['story'] else 'date window'}): {timings[-1]:.1f} ms, "
            f"{len(new_links)} links"
        )
    print(f"peak memory: {peak_mb():.0f} MB (max of this process and a worker)")
    print(f"load average at end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
