"""Benchmark of linking one newly imported article against a large database, database work included.

    .venv/bin/python benchmarks/link_import.py --claims 1000000 [--imports 40] [--database-url URL]

Fills a fresh database (a temporary SQLite file unless --database-url names one, e.g. the PostgreSQL
`test` database) with the synthetic corpus of benchmarks/link.py (stories of five outlets' 40-claim
articles, paraphrased, a fifth of the articles without a story), holding back a few articles, with each
claim's stored text analysis as an import stores it. Then imports the held-back articles one at a time
the way an import does after extraction: insert the article and its claims, `link_article` (reconcile
the kept index with the database, link, store the suggestions, update clusters), commit. Prints, per
import, the time of the linking step with its database work (and how much of it the garbage collector
took), and p50 / p95 / max over the imports, in two settings:

1. A process that loads scopes on demand (a command, or a served app before its warm-up reached the
   scope): the first import into a scope loads that scope into the kept index, so first and later
   imports are shown apart.
2. A served app: after its first request it warms the date window of "today", then the other days'
   windows newest first while the index has room (`warm_kept_index`, `warm_loose_windows`; in the
   background in the app, timed here); then articles dated today or a day either side arrive, and
   articles of other stories and days. "Today" is the day whose window holds the most claims without a
   story: the heaviest window.

The generated corpus is dropped once the database is filled: the process then holds what an app would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from flask_migrate import upgrade
from link import generate
from sqlalchemy import insert, select

from claims.extensions import db
from claims.factory import create_app
from claims.matching import ClaimRef, MatchSettings, form_of
from claims.models import Article, Claim, Outlet, Story
from claims.services.links import kept_index, link_article, warm_kept_index, warm_loose_windows


def claim_row(ref: ClaimRef, article_id: int, position: int) -> dict:
    """A claims-table row for a synthetic claim (span offsets are nominal)."""
    return {
        "article_id": article_id,
        "text": ref.text,
        "start": position * 100,
        "end": position * 100 + len(ref.text),
        "sentence": ref.text,
        "sentence_index": position,
        "origin": "auto",
        "kind": "event",
        "source_type": ref.source_type,
        "source_name": ref.source_name,
        "attribution_chain": [],
        "quantities": [
            {"kind": q.kind, "low": q.low, "high": q.high, "unit": q.unit, "text": ""} for q in ref.quantities
        ],
        "dates": [{"start": d.start.isoformat(), "end": d.end.isoformat(), "text": ""} for d in ref.dates],
        "hedged": False,
        "direct_quote": False,
        "status": "new",
        "version": 1,
        "match_form": form_of(ref.text),  # as an import stores it
    }


def article_row(article_no: int, outlet_id: int, story_id: int | None, published: dt.date) -> dict:
    """An articles-table row (the body is a placeholder: linking reads claims only)."""
    body = f"Article {article_no}"
    return {
        "outlet_id": outlet_id,
        "story_id": story_id,
        "title": body,
        "url": f"https://example.org/{article_no}",
        "published": published,
        "raw": body,
        "body": body,
        "content_hash": hashlib.sha256(body.encode()).hexdigest(),
        "removed": [],
        "source": "bench",
    }


def group(refs: list[ClaimRef]) -> dict[int, list[ClaimRef]]:
    """Claims by synthetic article number, in order."""
    articles: dict[int, list[ClaimRef]] = {}
    for ref in refs:
        articles.setdefault(int(ref.article_id), []).append(ref)
    return articles


def busiest_day(articles: dict[int, list[ClaimRef]], window: int) -> dt.date:
    """The publication day whose date window holds the most claims of articles without a story."""
    per_day: dict[dt.date, int] = {}
    for refs in articles.values():
        if not refs[0].story:
            per_day[refs[0].published] = per_day.get(refs[0].published, 0) + len(refs)
    span = [dt.timedelta(days=d) for d in range(-window, window + 1)]
    return max(per_day, key=lambda day: (sum(per_day.get(day + d, 0) for d in span), day))


def todays(articles: dict[int, list[ClaimRef]], today: dt.date, n: int) -> list[int]:
    """Up to n articles without a story published today or a day either side."""
    near = {today + dt.timedelta(days=d) for d in (-1, 0, 1)}
    return [number for number, refs in articles.items() if not refs[0].story and refs[0].published in near][:n]


def hold_back(articles: dict[int, list[ClaimRef]], n: int, rng: random.Random, skip: set[int]) -> list[int]:
    """Pairs of articles of one story (half) or one publication week without a story (half), in import order.

    The first of a pair finds its scope not yet in the kept index, the second finds it there.
    """
    by_scope: dict[object, list[int]] = {}
    for number, refs in articles.items():
        if number in skip:
            continue
        key = refs[0].story or ("loose", refs[0].published.toordinal() // 7)
        by_scope.setdefault(key, []).append(number)
    pairs = [numbers[:2] for numbers in by_scope.values() if len(numbers) >= 2]
    stories = [p for p in pairs if articles[p[0]][0].story]
    loose = [p for p in pairs if not articles[p[0]][0].story]
    n_pairs = max(1, n // 2)
    chosen = rng.sample(stories, min(len(stories), n_pairs // 2))
    chosen += rng.sample(loose, min(len(loose), n_pairs - len(chosen)))
    return [number for pair in chosen for number in pair]


def fill(articles: dict[int, list[ClaimRef]], held: list[int]) -> tuple[dict[str, int], dict[str, int]]:
    """Bulk-insert outlets, stories, articles and claims (all but the held-back articles)."""
    outlets = sorted({refs[0].outlet for refs in articles.values()})
    stories = sorted({refs[0].story for refs in articles.values() if refs[0].story})
    db.session.execute(insert(Outlet), [{"name": name} for name in outlets])
    for start in range(0, len(stories), 5000):
        db.session.execute(insert(Story), [{"name": name} for name in stories[start : start + 5000]])
    outlet_ids = dict(db.session.execute(select(Outlet.name, Outlet.id)).all())
    story_ids = dict(db.session.execute(select(Story.name, Story.id)).all())
    numbers = [n for n in articles if n not in set(held)]
    for start in range(0, len(numbers), 2000):
        chunk = numbers[start : start + 2000]
        rows = []
        for n in chunk:
            first = articles[n][0]
            rows.append(article_row(n, outlet_ids[first.outlet], story_ids.get(first.story), first.published))
        db.session.execute(insert(Article), rows)
        urls = [r["url"] for r in rows]
        ids = dict(db.session.execute(select(Article.url, Article.id).where(Article.url.in_(urls))).all())
        claims = [
            claim_row(ref, ids[f"https://example.org/{n}"], i) for n in chunk for i, ref in enumerate(articles[n])
        ]
        db.session.execute(insert(Claim), claims)
        db.session.commit()
        print(f"\r  filled {start + len(chunk):,}/{len(numbers):,} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if db.engine.dialect.name == "postgresql":  # fresh bulk loads have no planner statistics until autovacuum runs
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    return outlet_ids, story_ids


class _CollectorClock:
    """Time spent in the cyclic garbage collector (gc.callbacks), to tell it apart from the linking work."""

    def __init__(self) -> None:
        self.total = 0.0
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._start


def main() -> None:
    """Fill, then time held-back imports: loading scopes on demand, then in a served app that warmed its index."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--imports", type=int, default=40, help="held-back articles imported one by one, per setting")
    parser.add_argument("--today", type=int, default=10, help="held-back articles dated near the warmed day")
    parser.add_argument("--database-url", help="an empty database to fill (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"}, instance_path=tmp.name)
    settings = MatchSettings()
    t0 = time.perf_counter()
    refs = generate(args.claims, args.seed)[0]
    articles = group(refs)
    today = busiest_day(articles, settings.date_window_days)
    first_day = todays(articles, today, args.today)
    held = hold_back(articles, 2 * args.imports, random.Random(args.seed), set(first_day))
    pairs = [held[i : i + 2] for i in range(0, len(held), 2)]  # stories' pairs, then date windows'
    on_demand = [n for pair in pairs[0::2] for n in pair]
    served = [n for pair in pairs[1::2] for n in pair]
    print(f"corpus: {len(refs):,} claims in {len(articles):,} articles ({time.perf_counter() - t0:.1f} s)")
    with app.app_context():
        upgrade()
        t0 = time.perf_counter()
        outlet_ids, story_ids = fill(articles, first_day + held)
        print(f"filled {db.engine.dialect.name} in {time.perf_counter() - t0:.1f} s")
        # The generated corpus is not part of the app's memory: keep only the held-back articles.
        articles = {n: articles[n] for n in first_day + held}
        del refs
        gc.collect()
        collecting = _CollectorClock()

        def import_one(n: int) -> tuple[float, int]:
            """Insert a held-back article and link it; prints and returns its time and the scope claims it loaded."""
            first = articles[n][0]
            row = article_row(n, outlet_ids[first.outlet], story_ids.get(first.story), first.published)
            article_id = db.session.execute(insert(Article).returning(Article.id), [row]).scalar_one()
            db.session.execute(insert(Claim), [claim_row(r, article_id, i) for i, r in enumerate(articles[n])])
            db.session.flush()
            article = db.session.get(Article, article_id)
            loaded_before = len(kept_index(settings).index)
            collecting.total = 0.0
            start = time.perf_counter()
            links = link_article(article, settings)
            db.session.commit()
            ms = (time.perf_counter() - start) * 1000
            loaded = len(kept_index(settings).index) - loaded_before - len(articles[n])
            scope = f"story {first.story}" if first.story else f"loose, published {first.published}"
            print(
                f"  {ms:7.1f} ms (collector {collecting.total * 1000:5.1f})  {len(links):3d} links"
                f"  scope loaded: {loaded:6,d} claims  ({scope})"
            )
            return ms, loaded

        print("1. loading scopes on demand: imports into stories and date windows, each scope twice")
        cold, warm = [], []
        for n in on_demand:
            ms, loaded = import_one(n)
            (cold if loaded > 0 else warm).append(ms)
        report("first import into a scope (loads it)", cold)
        report("later imports (index kept)", warm)

        app.extensions.pop("claims.kept_index")  # a served app starting: nothing held
        gc.collect()
        start = time.perf_counter()
        warmed = warm_kept_index(today, settings)
        print(
            f"2. a served app: after its first request it warms the window of {today} (±{settings.date_window_days}"
            f" days): {warmed:,} claims in {(time.perf_counter() - start) * 1000:.0f} ms"
        )
        start = time.perf_counter()
        more, windows = warm_loose_windows(today, settings)
        print(
            f"   then {windows} other days' windows: {more:,} claims in {time.perf_counter() - start:.1f} s;"
            f" the index holds {len(kept_index(settings).index):,} claims, the process {rss_mb():,.0f} MB"
        )
        day = [import_one(n)[0] for n in first_day]
        print("   imports into other stories and date windows:")
        other = [import_one(n)[0] for n in served]
        report("imports dated within a day of the warmed day", day)
        report("imports into other stories and days (a story's first import loads it)", other)
    tmp.cleanup()


def report(name: str, times: list[float]) -> None:
    """p50 / p95 / max of import times."""
    if times:
        times = sorted(times)
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"{name}: n={len(times)} p50 {statistics.median(times):.1f} ms  p95 {p95:.1f} ms  max {times[-1]:.1f} ms")


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


if __name__ == "__main__":
    main()
