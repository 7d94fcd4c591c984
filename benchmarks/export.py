"""Benchmark of the dataset export: claims/s to JSONL and peak memory, at any size.

    .venv/bin/python benchmarks/export.py [--claims 100000] [--format jsonl] [--no-tracemalloc] [--keep DIR]

Fills a fresh SQLite database (migrated like the app's) with N claims in bulk (core INSERTs,
executemany, no ORM objects): 25 claims per article, 20 outlets, 40 stories; 60% of the claims
verified with two annotations each, some evidence, and links to other outlets' claims. Then exports
every claim (like `flask claims export --all`) to a file and prints:

- claims/s for the export alone (filling is timed separately);
- peak RSS growth during the export (Linux VmHWM reset through /proc/self/clear_refs before it);
- tracemalloc's peak of Python allocations, in a second export run with tracing on (tracing slows
  Python down, so the throughput figure comes from the first run).

Memory that does not grow with N is the goal: compare the figures at two sizes.

It also prints the time of an empty 10-million-iteration Python loop, taken just before the export:
machines (and a shared machine from one minute to the next) differ, and claims/s means little
without it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from claims.extensions import db
from claims.factory import create_app
from claims.models import Annotation, Article, Claim, ClaimLink, Evidence, Outlet, Story, User
from claims.services.exports import ExportFilters, export_claims

CLAIMS_PER_ARTICLE = 25
OUTLETS = 20
STORIES = 40
INSERT_BATCH = 20_000
SOURCE_TYPES = ["named_person", "anonymous", "organization", "media_outlet", "document", "unattributed"]
VERDICTS = ["supported", "refuted", "misleading", "not_enough_evidence", "not_checkable"]
WORDS = [
    "officials",
    "said",
    "the",
    "council",
    "approved",
    "budget",
    "bridge",
    "ministry",
    "talks",
    "security",
    "army",
    "report",
    "contract",
]


def _status_kb(field: str) -> int:
    """A field of /proc/self/status in kB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) for this process; False where unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _insert(table, rows: list[dict]) -> None:
    if rows:
        db.session.execute(insert(table), rows)


def fill(n_claims: int, seed: int = 7) -> None:
    """Bulk-insert the synthetic database: outlets, stories, users, articles, claims, annotations, evidence, links."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    _insert(Outlet.__table__, [{"id": i + 1, "name": f"Outlet {i + 1}", "created_at": now} for i in range(OUTLETS)])
    _insert(
        Story.__table__,
        [{"id": i + 1, "name": f"story-{i + 1}", "annotations_required": 2, "created_at": now} for i in range(STORIES)],
    )
    _insert(
        User.__table__,
        [
            {"id": i + 1, "username": f"reviewer{i + 1}", "password_hash": "x", "role": "reviewer", "created_at": now}
            for i in range(4)
        ],
    )
    n_articles = max(1, -(-n_claims // CLAIMS_PER_ARTICLE))
    body = " ".join(rng.choice(WORDS) for _ in range(400))
    articles = []
    for a in range(1, n_articles + 1):
        articles.append(
            {
                "id": a,
                "outlet_id": a % OUTLETS + 1,
                "story_id": a % STORIES + 1,
                "title": f"Article {a}",
                "url": f"https://outlet{a % OUTLETS + 1}.example/news/{a}",
                "published": dt.date(2024, 1, 1) + dt.timedelta(days=a % 365),
                "raw": body,
                "body": body,
                "content_hash": f"{a:064d}",
                "removed": [],
                "imported_at": now,
            }
        )
        if len(articles) >= INSERT_BATCH:
            _insert(Article.__table__, articles)
            articles = []
    _insert(Article.__table__, articles)
    claims, annotations, evidence = [], [], []
    annotation_id = evidence_id = 0
    for c in range(1, n_claims + 1):
        article = (c - 1) // CLAIMS_PER_ARTICLE + 1
        verified = rng.random() < 0.6
        source_type = rng.choice(SOURCE_TYPES)
        verdict = rng.choice(VERDICTS) if verified else None
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        claims.append(
            {
                "id": c,
                "article_id": article,
                "text": text.capitalize() + ".",
                "start": 10 * (c % CLAIMS_PER_ARTICLE),
                "end": 10 * (c % CLAIMS_PER_ARTICLE) + 9,
                "sentence": text,
                "sentence_index": c % CLAIMS_PER_ARTICLE,
                "origin": "auto",
                "kind": "numerical" if c % 3 == 0 else "event",
                "source_type": source_type,
                "source_name": f"Person {c % 500}" if source_type == "named_person" else None,
                "cue": "said",
                "attribution_chain": [{"type": source_type, "source": None, "cue": "said"}],
                "quantities": (
                    [{"kind": "money", "low": 12e9, "high": 17e9, "unit": "USD", "text": "$12-17 billion"}]
                    if c % 3 == 0
                    else []
                ),
                "dates": [{"start": "2024-06-05", "end": "2024-06-06", "text": "June 5-6"}] if c % 4 == 0 else [],
                "hedged": c % 7 == 0,
                "direct_quote": c % 5 == 0,
                "status": "verified" if verified else "new",
                "final_source_type": source_type if verified else None,
                "verdict": verdict,
                "cluster_id": c // 5 if c % 2 == 0 else None,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        if verified:
            for user in (1 + c % 4, 1 + (c + 1) % 4):
                annotation_id += 1
                annotations.append(
                    {
                        "id": annotation_id,
                        "claim_id": c,
                        "user_id": user,
                        "source_type": source_type,
                        "verdict": verdict,
                        "direct_quote": False,
                        "hedged": False,
                        "not_a_claim": False,
                        "confidence": 0.75,
                        "submitted_at": now,
                        "updated_at": now,
                    }
                )
            if c % 10 == 0:
                evidence_id += 1
                evidence.append(
                    {
                        "id": evidence_id,
                        "claim_id": c,
                        "user_id": 1,
                        "kind": "primary_document",
                        "url": f"https://docs.example/{c}",
                        "passage": "The budget was approved.",
                        "created_at": now,
                    }
                )
        if len(claims) >= INSERT_BATCH:
            _flush(claims, annotations, evidence)
            claims, annotations, evidence = [], [], []
    _flush(claims, annotations, evidence)
    # Links (every other claim to the same slot in the next article) go in once every claim exists.
    links = []
    for link_id, c in enumerate(range(2, n_claims - CLAIMS_PER_ARTICLE + 1, 2), start=1):
        links.append(
            {
                "id": link_id,
                "claim_a_id": c,
                "claim_b_id": c + CLAIMS_PER_ARTICLE,
                "relation": "same" if c % 6 else "conflict",
                "field": None if c % 6 else "quantity",
                "score": 0.91,
                "status": "confirmed" if c % 8 == 0 else "suggested",
                "origin": "matcher",
                "created_at": now,
            }
        )
        if len(links) >= INSERT_BATCH:
            _insert(ClaimLink.__table__, links)
            links = []
    _insert(ClaimLink.__table__, links)
    db.session.commit()
    if db.engine.dialect.name == "postgresql":  # fresh bulk loads have no planner statistics until autovacuum runs
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")


def _flush(claims: list, annotations: list, evidence: list) -> None:
    """Insert one batch of rows, parents first."""
    _insert(Claim.__table__, claims)
    _insert(Annotation.__table__, annotations)
    _insert(Evidence.__table__, evidence)


def loop_baseline(iterations: int = 10_000_000) -> float:
    """Seconds for an empty Python loop at module level: this machine's speed right now, beside claims/s.

    Run through exec with a globals dict, as `python -c "for i in range(10_000_000): pass"` runs it
    (inside a function the same loop is about four times faster: local variables).
    """
    code = compile(f"for _ in range({iterations}):\n    pass\n", "<loop baseline>", "exec")
    start = time.perf_counter()
    exec(code, {})
    return time.perf_counter() - start


def run_export(fmt: str, out: Path) -> tuple[int, float]:
    """Export every claim to `out`; returns (records, seconds)."""
    start = time.perf_counter()
    with out.open("wb") as sink:
        stats = export_claims(fmt, ExportFilters(statuses=()), sink)
    return stats.records, time.perf_counter() - start


def main() -> None:
    """Parse arguments, fill, export, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="how many claims to generate")
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "claimreview"])
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the second, traced run")
    parser.add_argument("--keep", help="folder for the database and the export (default: a temporary one)")
    parser.add_argument("--database-url", help="an empty database to fill instead of a SQLite file (e.g. PostgreSQL)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claims-export-bench-") as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "bench.db"
        database.unlink(missing_ok=True)
        url = args.database_url or f"sqlite:///{database}"
        app = create_app(
            {"TESTING": True, "SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url},
            instance_path=str(folder / "instance"),
        )
        with app.app_context():
            from flask_migrate import upgrade

            upgrade()
            start = time.perf_counter()
            fill(args.claims)
            filled = time.perf_counter() - start
            print(f"filled {args.claims:,} claims in {filled:.1f}s", file=sys.stderr)
            db.session.remove()
            out = folder / f"export.{args.format}"
            baseline = loop_baseline()
            rss_before = _status_kb("VmRSS")
            measured = _reset_peak_rss()
            records, seconds = run_export(args.format, out)
            rss_peak = _status_kb("VmHWM")
            db.session.remove()
            size = out.stat().st_size
            print(f"claims:            {records:,}")
            print(f"format:            {args.format} ({size / 1e6:.1f} MB)")
            print(f"export time:       {seconds:.2f} s")
            print(f"throughput:        {records / seconds:,.0f} claims/s")
            print(f"loop baseline:     {baseline:.2f} s (empty 10M-iteration loop at module level, just before)")
            if measured:
                print(f"RSS before export: {rss_before / 1024:.1f} MiB")
                print(f"RSS peak growth:   {(rss_peak - rss_before) / 1024:.1f} MiB (VmHWM during the export)")
            if not args.no_tracemalloc:
                tracemalloc.start()
                run_export(args.format, out)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                print(f"tracemalloc peak:  {peak / 1e6:.1f} MB (Python allocations during a traced export)")


if __name__ == "__main__":
    main()
