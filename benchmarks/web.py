"""Server time of the workbench pages on a database of 100,000 claims.

    .venv/bin/python benchmarks/web.py [--claims 100000] [--requests 200] [--database-url URL]

Fills a fresh database (SQLite in a temporary folder unless --database-url is given) with
articles of 40 claims each, a story with two reviewers and everything assigned, then measures
the queue, article and claim pages and an annotation save through the WSGI app (no network),
printing p50/p95/max in milliseconds. Target: p95 <= 50 ms for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade
from sqlalchemy import insert, select
from werkzeug.security import generate_password_hash

from claims.extensions import db
from claims.factory import create_app
from claims.models import Article, Assignment, Claim, Outlet, Story, StoryReviewer, User

CLAIMS_PER_ARTICLE = 40
PASSWORD = "benchmark password"
WORDS = [
    "council",
    "budget",
    "bridge",
    "minister",
    "said",
    "officials",
    "million",
    "percent",
    "report",
    "agreement",
    "talks",
    "security",
    "economy",
    "deal",
    "contract",
    "health",
    "school",
    "court",
    "ruling",
    "police",
    "election",
    "vote",
    "price",
    "market",
]


def fill(claims: int) -> dict[str, int]:
    """Bulk-insert outlets, one story, articles, claims, users and assignments; return a few ids."""
    rng = random.Random(7)
    n_articles = claims // CLAIMS_PER_ARTICLE
    db.session.execute(insert(Outlet), [{"name": f"Outlet {i}"} for i in range(20)])
    db.session.execute(insert(Story), [{"name": f"Story {i}", "annotations_required": 2} for i in range(50)])
    pw = generate_password_hash(PASSWORD)
    db.session.execute(
        insert(User),
        [
            {"username": name, "password_hash": pw, "role": role}
            for name, role in (("ana", "reviewer"), ("bob", "reviewer"), ("lee", "lead"))
        ],
    )
    outlets = db.session.scalars(select(Outlet.id)).all()
    stories = db.session.scalars(select(Story.id)).all()
    users = dict(db.session.execute(select(User.username, User.id)).all())
    db.session.execute(
        insert(StoryReviewer), [{"story_id": s, "user_id": users[u]} for s in stories for u in ("ana", "bob")]
    )
    day = dt.date(2024, 1, 1)
    batch = []
    for i in range(n_articles):
        sentences = [
            " ".join(rng.choices(WORDS, k=rng.randint(8, 20))).capitalize() + "." for _ in range(CLAIMS_PER_ARTICLE)
        ]
        body = "\n\n".join(sentences)
        batch.append(
            {
                "outlet_id": outlets[i % len(outlets)],
                "story_id": stories[i % len(stories)],
                "title": f"Article {i}",
                "url": f"https://example.org/{i}",
                "published": day + dt.timedelta(days=i % 365),
                "raw": body,
                "body": body,
                "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                "removed": [],
                "source": "bench",
            }
        )
        if len(batch) == 500 or i == n_articles - 1:
            db.session.execute(insert(Article), batch)
            batch = []
    claim_rows = []
    for article_id, body in db.session.execute(select(Article.id, Article.body)):
        offset = 0
        for index, sentence in enumerate(body.split("\n\n")):
            start = body.index(sentence, offset)
            offset = start + len(sentence)
            claim_rows.append(
                {
                    "article_id": article_id,
                    "text": sentence,
                    "start": start,
                    "end": offset,
                    "sentence": sentence,
                    "sentence_index": index,
                    "origin": "auto",
                    "kind": "event",
                    "source_type": "unattributed",
                    "attribution_chain": [],
                    "quantities": [],
                    "dates": [],
                    "hedged": False,
                    "direct_quote": False,
                    "status": "new",
                    "version": 1,
                }
            )
            if len(claim_rows) == 5000:
                db.session.execute(insert(Claim), claim_rows)
                claim_rows = []
    if claim_rows:
        db.session.execute(insert(Claim), claim_rows)
    rows = [
        {"claim_id": cid, "user_id": users[u]}
        for (cid,) in db.session.execute(select(Claim.id))
        for u in ("ana", "bob")
    ]
    for start in range(0, len(rows), 10000):
        db.session.execute(insert(Assignment), rows[start : start + 10000])
    db.session.commit()
    if db.engine.dialect.name == "postgresql":  # fresh bulk loads have no planner statistics until autovacuum runs
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    return users


def measure(client, method: str, path_for, n: int, data_for=None) -> list[float]:
    """Times in ms of n requests."""
    times = []
    for i in range(n):
        path = path_for(i)
        t0 = time.perf_counter()
        response = client.open(path, method=method, data=data_for(i) if data_for else None)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code in (200, 302), (path, response.status_code)
    return times


def report(name: str, times: list[float]) -> None:
    """One line: p50, p95, max."""
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{name:<14} p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   max {ordered[-1]:6.1f} ms")


def main() -> None:
    """Fill, warm up, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="claims-bench-")
    url = args.database_url or f"sqlite:///{tmp}/bench.db"
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False}, instance_path=tmp
    )
    with app.app_context():
        upgrade()
        t0 = time.perf_counter()
        fill(args.claims)
        total = db.session.scalar(select(db.func.count(Claim.id)))
        print(f"database: {url.split('://')[0]}, {total} claims, filled in {time.perf_counter() - t0:.1f} s")
        articles = db.session.scalars(select(Article.id)).all()
        firsts = dict(
            db.session.execute(select(Claim.article_id, db.func.min(Claim.id)).group_by(Claim.article_id)).all()
        )
    client = app.test_client()
    login = client.post("/login", data={"username": "ana", "password": PASSWORD})
    assert login.status_code == 302, login.status_code
    rng = random.Random(3)
    picks = [rng.choice(articles) for _ in range(args.requests)]
    for path in ("/queue", f"/articles/{picks[0]}", f"/articles/{picks[0]}/claims/{firsts[picks[0]]}"):
        client.get(path)  # warm up caches and templates
    report("queue", measure(client, "GET", lambda i: "/queue", args.requests))
    report("article", measure(client, "GET", lambda i: f"/articles/{picks[i]}", args.requests))
    report(
        "claim panel",
        measure(client, "GET", lambda i: f"/articles/{picks[i]}/claims/{firsts[picks[i]] + i % 40}", args.requests),
    )
    report(
        "save",
        measure(
            client,
            "POST",
            lambda i: f"/claims/{firsts[picks[i]] + i % 40}/annotation",
            args.requests,
            lambda i: {"source_type": "unattributed", "verdict": "supported", "note": f"bench {i}"},
        ),
    )
    report("next", measure(client, "GET", lambda i: "/queue/next", args.requests))


if __name__ == "__main__":
    main()
