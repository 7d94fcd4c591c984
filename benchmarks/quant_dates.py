"""Micro-benchmark: find_quantities and find_dates on a 35-sentence news article.

Run from the repository root:  .venv/bin/python benchmarks/quant_dates.py [SENTENCES]

The article is the dev-corpus bodies (../shared/dev-corpus) run together and cut
to SENTENCES sentences (35 by default). Times are CPU time, best of 7 runs. A
reference loop is timed too, so figures from a slow or busy machine can be
compared with a quiet one.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction.dates import find_dates  # noqa: E402
from claims.extraction.quantities import find_quantities  # noqa: E402

CORPUS = ROOT.parent / "shared" / "dev-corpus" / "articles"


def article(sentences: int) -> str:
    """The first sentences of the dev-corpus article bodies, run together."""
    bodies = [path.read_text(encoding="utf-8").split("---", 2)[2] for path in sorted(CORPUS.glob("*/*.txt"))]
    text = " ".join(" ".join(body.split()) for body in bodies)
    found = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20]
    return " ".join(found[:sentences])


def best_ms(func: object, number: int) -> float:
    """Best CPU time of one call, in milliseconds."""
    timer = timeit.Timer(func, timer=time.process_time)  # type: ignore[arg-type]
    return min(timer.repeat(number=number, repeat=7)) / number * 1e3


def main() -> None:
    """Print the figures."""
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    text = article(sentences)
    published = dt.date(2023, 6, 30)
    quantities = best_ms(lambda: find_quantities(text), 50)
    dates = best_ms(lambda: find_dates(text, published), 50)
    reference = best_ms(lambda: sum(range(100_000)), 10)
    print(f"article: {sentences} sentences, {len(text)} characters")
    print(f"find_quantities  {quantities:6.2f} ms  ({len(find_quantities(text))} quantities)")
    print(f"find_dates       {dates:6.2f} ms  ({len(find_dates(text, published))} dates)")
    print(f"together         {quantities + dates:6.2f} ms")
    print(f"reference sum(range(100_000)) {reference:.2f} ms (about 0.7 ms on a quiet laptop)")


if __name__ == "__main__":
    main()
