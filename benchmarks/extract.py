"""Time the extraction engine on realistic ~700-word news articles.

    .venv/bin/python benchmarks/extract.py [--articles N] [--words W] [--seed S]

Articles are assembled deterministically from news-style sentence templates
(attribution frames, relative clauses, appositives, lists, money, dates) with
varied names, outlets and figures, so the engine never sees one text twice.
The process pins itself to one core and times several passes over the same
corpus; it prints the best and median articles/s with the load average (the
machine may be shared: the best pass is the one least disturbed by other
jobs), the CPU-time rate, and the pace of the machine during each pass (a fixed
reference workload timed around it) with the rate scaled to an undisturbed core,
then peak memory (tracemalloc over a separate pass, and max RSS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.extraction import extract_claims

PEOPLE = [
    "Nathan Porter",
    "Ishaq Dar",
    "Anna Morris",
    "Gregory LoGerfo",
    "Maria Lopez",
    "Kwame Mensah",
    "Li Wei",
    "Sofia Rossi",
    "Ahmed Benali",
    "Jude Bellingham",
    "Olena Petrenko",
    "Rahul Mehta",
]
ROLES = ["Finance Minister", "Deputy Governor", "Foreign Minister", "Chief Economist", "club president", "IMF official"]
ORGS = [
    "the International Monetary Fund (IMF)",
    "the World Bank",
    "Borussia Dortmund",
    "Real Madrid",
    "the Ministry of Finance",
    "the central bank",
    "the European Commission",
    "Algeria's Defence Ministry",
]
OUTLETS = ["Reuters", "Bloomberg", "Africa Intelligence", "Arab World", "the Financial Times", "Al Jazeera"]
PLACES = ["Algiers", "Islamabad", "Madrid", "Nairobi", "Cairo", "Lagos", "Karachi", "Dortmund"]
THINGS = ["the loan", "the transfer", "the arms deal", "the budget", "the programme", "the agreement"]
MONEY = [
    "$3 billion",
    "£88.5m",
    "€103m",
    "$12-17 billion",
    "between $12 and $17bn",
    "at least $2.5bn",
    "up to €30.9m",
    "$22.6 million",
    "135 million euros",
    "SDR 2,250 million",
]
DATES = [
    "on Tuesday",
    "last month",
    "in November 2022",
    "next December",
    "on June 6th",
    "last week",
    "in the summer of 2020",
    "by mid-July",
    "for the next decade",
    "on Thursday",
]

TEMPLATES = [
    "{P}, the {R}, said {T} would be worth {M} and could be signed {D}.",
    "According to {O}, {G} is poised to approve {T}, valued at {M}.",
    "{G} agreed {T} {D}, the lender said.",
    '"We are very close," {P} told reporters in {L}.',
    "{P} said that {T} was expected to bring relief, and added that reserves had fallen by 30 percent.",
    "As reported {D}, negotiations have been underway for a framework agreement worth {M}.",
    "A senior official at {G} said that {T} had stalled over {M} in arrears.",
    "The same official clarified that talks should continue {D}.",
    "{T}, which took place {D}, included exchanging information, disrupting financing, and monitoring transactions.",
    "{G}, which is listed on the stock exchange, had already disclosed {T} {D} in a notice.",
    "In 132 matches he scored 24 times and provided 25 assists, and he won twenty-seven caps.",
    "{P2} and {P3} held meetings with officials from {G}, {L} and {L2}.",
    "He highlighted their shared goal of promoting growth and stability, stating that {L} is a reliable partner.",
    "{T} draws on reforms that {G} carried out {D}, {P} said, despite shortages of fuel.",
    "Media sources revealed that {G} had offered {M} for {T}.",
    "Inflation is still high, arrears keep piling up and load shedding is frequent, {P} noted.",
    "Lawmakers in {L} amended the budget {D}, adding new taxes and trimming public spending.",
    "The deal, which {O} first reported, would run for 10 years and cost {M}.",
    "Will {T} survive the elections?",
    "{G} described the meetings as fruitful {D}.",
]


def make_article(rng: random.Random, words: int) -> str:
    """One ~`words`-word article with a title line, paragraphs of 2-3 sentences."""
    title = f"{rng.choice(PEOPLE)} says {rng.choice(THINGS)[4:]} worth {rng.choice(MONEY)} is close"
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(TEMPLATES)
            s = t.format(
                P=rng.choice(PEOPLE),
                P2=rng.choice(PEOPLE),
                P3=rng.choice(PEOPLE),
                R=rng.choice(ROLES),
                G=rng.choice(ORGS),
                O=rng.choice(OUTLETS),
                L=rng.choice(PLACES),
                L2=rng.choice(PLACES),
                T=rng.choice(THINGS),
                M=rng.choice(MONEY),
                D=rng.choice(DATES),
            )
            sentences.append(s[0].upper() + s[1:])
            count += len(s.split())
        paragraphs.append(" ".join(sentences))
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n", title


def _idle_ticks() -> dict[int, int]:
    """Idle ticks per core from /proc/stat ({} where there is no such file)."""
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return {}
    return {int(f[0][3:]): int(f[4]) for f in (line.split() for line in lines) if f[0][3:].isdigit()}


def _pin_to_one_core(cpu: int | None) -> int | None:
    """Run on a single core (the target is per core), by default the idlest one over half a second.

    Returns the core used, None where the platform cannot pin.
    """
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    if cpu is None or cpu not in allowed:
        before = _idle_ticks()
        time.sleep(0.5)
        after = _idle_ticks()
        cpu = max(allowed, key=lambda c: (after.get(c, 0) - before.get(c, 0), c))
    os.sched_setaffinity(0, {cpu})
    return cpu


_REFERENCE_TEXT = "The minister said on Tuesday that the $3bn deal, agreed in May, would be signed soon. " * 8
_REFERENCE_WORDS = re.compile(r"\b(?:said|told|added|agreed)\b|\$\d+(?:bn|m)?")


def _reference_seconds() -> float:
    """CPU seconds of a fixed regex-and-string workload: the machine's pace right now (noisy neighbours, steal)."""
    t0 = time.process_time()
    for _ in range(3000):
        _REFERENCE_WORDS.findall(_REFERENCE_TEXT)
        _REFERENCE_TEXT.lower().split()
    return time.process_time() - t0


def _time_pass(corpus: list[tuple[str, str]], published: dt.date) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds for one pass over the corpus, and the number of claims made."""
    claims = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for body, title in corpus:
        claims += len(extract_claims(body, published, title))
    return time.perf_counter() - t0, time.process_time() - c0, claims


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, warm up, time extract_claims over several passes, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per pass")
    parser.add_argument("--words", type=int, default=700, help="approximate words per article")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (same seed, same corpus)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes; the best and the median are reported")
    parser.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the idlest allowed one)")
    args = parser.parse_args(argv)

    core = _pin_to_one_core(args.cpu)
    gc.collect()
    rng = random.Random(args.seed)
    corpus = [make_article(rng, args.words) for _ in range(args.articles)]
    words = sum(len(body.split()) for body, _ in corpus)
    published = dt.date(2023, 6, 30)

    for body, title in corpus[:20]:  # warm-up: imports, regex compilation, caches
        extract_claims(body, published, title)

    load_before = os.getloadavg()
    times, cpu_times, refs, claims = [], [], [], 0
    for _ in range(max(1, args.repeat)):
        before = _reference_seconds()
        elapsed, cpu, claims = _time_pass(corpus, published)
        refs.append((before + _reference_seconds()) / 2)
        times.append(elapsed)
        cpu_times.append(cpu)
    load_after = os.getloadavg()

    # Peak memory in its own pass: tracemalloc slows the engine several-fold.
    tracemalloc.start()
    _time_pass(corpus, published)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(corpus)
    rates = sorted(n / t for t in times)
    best, median = rates[-1], statistics.median(rates)
    cpu_rates = sorted(n / t for t in cpu_times)
    # Pace of each pass: the reference workload's fastest time over its time around that pass (1.0 = the
    # machine at its best during this run). Rate / pace estimates the rate of an undisturbed core.
    paces = [min(refs) / r for r in refs]
    adjusted = sorted(n / t / p for t, p in zip(cpu_times, paces, strict=True))
    print(f"articles: {n}  mean words: {words / n:.0f}  claims: {claims} ({claims / n:.1f}/article)")
    print(f"core: {core if core is not None else 'unpinned'}  passes: {len(times)}  cpus on machine: {os.cpu_count()}")
    print(
        f"load average before/after: {load_before[0]:.2f}/{load_after[0]:.2f} "
        "(other jobs share the machine: the best pass is the least disturbed one)"
    )
    print(
        f"articles/s: best {best:.1f}  median {median:.1f}  worst {rates[0]:.1f}  "
        f"({1000 / best:.2f} ms/article at best)"
    )
    # CPU time counts only this process's own work: steadier than the wall clock on a busy machine.
    print(
        f"articles per CPU-second: best {cpu_rates[-1]:.1f}  median {statistics.median(cpu_rates):.1f}  "
        f"worst {cpu_rates[0]:.1f}"
    )
    print(
        f"machine pace per pass (reference workload, 1.0 = fastest): {' '.join(f'{p:.2f}' for p in paces)}; "
        f"articles/s at pace 1.0: median {statistics.median(adjusted):.1f}"
    )
    print(f"peak traced memory during a pass: {peak / 1e6:.1f} MB   process max RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
