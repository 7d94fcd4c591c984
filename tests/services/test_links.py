"""Linking over the database: suggestions stored, people's decisions kept, clusters maintained."""

from __future__ import annotations

import datetime as dt
import gc
import json
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner
from sqlalchemy import event, select

from claims.extensions import db
from claims.factory import create_app
from claims.ingest import SourceDocument
from claims.matching import ClaimIndex, MatchSettings, form_is_for, form_of, link_new, make_ref, prepare
from claims.models import Article, Claim, ClaimLink, LinkStatus, Outlet, Story
from claims.services.articles import import_document
from claims.services.links import (
    KeptIndex,
    decide_link,
    kept_index,
    link_claims,
    merge_clusters,
    rebuild_clusters,
    relink_all,
    scope_refs,
    warm_kept_index,
    warm_loose_windows,
)
from claims.web import warmup
from tests.builders import make_text_article

GAZETTE = (
    "The city council approved a $12 million budget for the new bridge on Tuesday.\n\n"
    "Construction of the bridge is expected to take 18 months, the mayor said.\n"
)
HERALD = (
    "The city council voted on Tuesday to approve a $15 million budget for the new bridge.\n\n"
    "Mayor Ellen Park said construction of the bridge would take 18 months.\n"
)


def import_pair(runner: FlaskCliRunner, tmp_path: Path) -> None:
    make_text_article(
        tmp_path,
        "gazette.txt",
        outlet="Gazette",
        url="https://g.example/1",
        body=GAZETTE,
        title="Bridge budget approved",
        story="bridge",
    )
    make_text_article(
        tmp_path,
        "herald.txt",
        outlet="Herald",
        url="https://h.example/1",
        body=HERALD,
        title="Council backs bridge",
        story="bridge",
    )
    result = runner.invoke(args=["claims", "import", str(tmp_path)])
    assert result.exit_code == 0, result.stderr


def claim_with(text: str) -> Claim:
    return db.session.scalar(select(Claim).where(Claim.text.contains(text)))


def test_import_links_the_same_claim_across_outlets_and_flags_the_number(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    import_pair(runner, tmp_path)
    links = db.session.scalars(select(ClaimLink)).all()
    assert links, "the second import links against the first"
    conflicts = [link for link in links if link.relation == "conflict" and link.field == "quantity"]
    assert conflicts, [(link.relation, link.field) for link in links]
    a, b = db.session.get(Claim, conflicts[0].claim_a_id), db.session.get(Claim, conflicts[0].claim_b_id)
    assert {a.article.outlet.name, b.article.outlet.name} == {"Gazette", "Herald"}
    assert a.cluster_id is not None and a.cluster_id == b.cluster_id == min(a.id, b.id)


def test_people_decide_and_the_matcher_respects_it(runner: FlaskCliRunner, tmp_path: Path, make_user) -> None:
    import_pair(runner, tmp_path)
    ana = make_user("ana", "reviewer")
    links = db.session.scalars(select(ClaimLink).order_by(ClaimLink.id)).all()
    rejected, confirmed = links[0], links[-1] if len(links) > 1 else None
    decide_link(rejected, ana, LinkStatus.REJECTED.value)
    if confirmed is not None:
        decide_link(confirmed, ana, LinkStatus.CONFIRMED.value)
    db.session.commit()
    relink_all(rebuild=True)
    db.session.commit()
    again = db.session.get(ClaimLink, rejected.id)
    assert again is not None and again.status == "rejected"
    assert (
        len(
            db.session.scalars(
                select(ClaimLink).where(
                    ClaimLink.claim_a_id == rejected.claim_a_id, ClaimLink.claim_b_id == rejected.claim_b_id
                )
            ).all()
        )
        == 1
    )
    if confirmed is not None:
        assert db.session.get(ClaimLink, confirmed.id).status == "confirmed"


def test_manual_link_joins_clusters_and_rejecting_splits_them(
    runner: FlaskCliRunner, tmp_path: Path, make_user
) -> None:
    import_pair(runner, tmp_path)
    ana = make_user("ana", "reviewer")
    db.session.execute(ClaimLink.__table__.delete())
    db.session.execute(Claim.__table__.update().values(cluster_id=None))
    a, b = (
        claim_with("18 months"),
        db.session.scalar(
            select(Claim).where(
                Claim.text.contains("18 months"), Claim.article_id != claim_with("18 months").article_id
            )
        ),
    )
    link = link_claims(a, b, ana, "same")
    db.session.commit()
    assert link.status == "confirmed" and link.origin == "manual"
    assert db.session.get(Claim, a.id).cluster_id == db.session.get(Claim, b.id).cluster_id == min(a.id, b.id)
    decide_link(link, ana, "rejected")
    db.session.commit()
    assert db.session.get(Claim, a.id).cluster_id is None and db.session.get(Claim, b.id).cluster_id is None
    decide_link(link, ana, "confirmed")
    db.session.commit()
    assert db.session.get(Claim, a.id).cluster_id == db.session.get(Claim, b.id).cluster_id == min(a.id, b.id)


def test_new_links_merge_whole_clusters(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """A new link from a cluster's member joins the cluster as a whole (also the members it does not touch) with the
    claim linked to nothing before; the id is the smallest member's; a claim linked to none of them stays out."""
    import_pair(runner, tmp_path)
    a, b, c, d = sorted(db.session.scalars(select(Claim.id)))[:4]
    table = Claim.__table__
    db.session.execute(table.update().values(cluster_id=None))
    db.session.execute(table.update().where(table.c.id.in_((b, d))).values(cluster_id=b))
    merge_clusters([(d, c)])
    clusters = dict(db.session.execute(select(Claim.id, Claim.cluster_id)).all())
    assert (clusters[b], clusters[c], clusters[d]) == (b, b, b)
    assert clusters[a] is None
    merge_clusters([(c, a)])
    assert set(db.session.execute(select(Claim.id, Claim.cluster_id)).all()) == {(a, a), (b, a), (c, a), (d, a)}


def test_imports_keep_clusters_as_a_full_rebuild_makes_them(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Three outlets' imports, each merging clusters into the earlier ones: the clusters kept up to date on import
    are those a rebuild from all links computes."""
    import_pair(runner, tmp_path)
    make_text_article(
        tmp_path,
        "courier.txt",
        outlet="Courier",
        url="https://c.example/1",
        body="The council approved a $12 million bridge budget on Tuesday. The bridge will take 18 months to build.\n",
        title="Bridge",
        story="bridge",
    )
    assert runner.invoke(args=["claims", "import", str(tmp_path)]).exit_code == 0
    kept = dict(db.session.execute(select(Claim.id, Claim.cluster_id)).all())
    assert len({c for c in kept.values() if c is not None}) >= 1
    assert max(list(kept.values()).count(c) for c in set(kept.values()) - {None}) >= 3, "a cluster spans outlets"
    rebuild_clusters()
    assert dict(db.session.execute(select(Claim.id, Claim.cluster_id)).all()) == kept


def test_link_command_json_is_pure(runner: FlaskCliRunner, tmp_path: Path) -> None:
    import_pair(runner, tmp_path)
    result = runner.invoke(args=["claims", "link", "--rebuild", "--json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["claims"] >= 4 and payload["suggested"] >= 1 and payload["clusters"] >= 1


CHRONICLE = (
    "Councillors approved a $12 million bridge budget on Tuesday.\n\n"
    "The bridge will take 18 months to build, officials said.\n"
)


def article_of(outlet: str) -> Article:
    return db.session.scalar(select(Article).join(Outlet).where(Outlet.name == outlet))


def import_one(runner: FlaskCliRunner, folder: Path, outlet: str, body: str, story: str | None = "bridge") -> None:
    folder.mkdir()
    make_text_article(folder, f"{outlet}.txt", outlet=outlet, url=f"https://{outlet}.example/1", body=body, story=story)
    result = runner.invoke(args=["claims", "import", str(folder)])
    assert result.exit_code == 0, result.stderr


def test_the_index_is_kept_between_imports_and_follows_changes(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Imports reuse one index; edited claims are re-read, deleted ones forgotten, the rest left as they are."""
    import_pair(runner, tmp_path)
    kept = kept_index(MatchSettings())
    live = db.session.scalars(select(Claim.id).where(Claim.deleted_at.is_(None))).all()
    assert live and all(i in kept.index for i in live)
    herald = article_of("Herald")
    assert kept.refresh(herald) == 0, "nothing changed: nothing is read again"

    budget = claim_with("$12 million budget")
    budget.text = "The city council approved a $12 million budget for the new tunnel on Tuesday."
    span_gone = claim_with("18 months")
    span_gone.deleted_at = dt.datetime.now(dt.UTC)
    db.session.commit()
    assert kept.refresh(herald) == 1
    assert kept.index.get(budget.id).ref.text.endswith("new tunnel on Tuesday.")
    assert span_gone.id not in kept.index

    # A third outlet still links to what the index holds, as a fresh index would.
    import_one(runner, tmp_path / "third", "Chronicle", CHRONICLE)
    chronicle = article_of("Chronicle")
    fresh = ClaimIndex(MatchSettings())
    fresh.add(scope_refs(chronicle, MatchSettings()))
    expected = link_new(fresh, [kept.index.get(c.id).ref for c in chronicle.claims if c.deleted_at is None])
    stored = {
        (link.claim_a_id, link.claim_b_id)
        for link in db.session.scalars(select(ClaimLink).where(ClaimLink.origin == "matcher"))
    }
    assert expected and {(s.a, s.b) for s in expected} <= stored


def test_loose_articles_load_their_date_window_once_and_follow_it_as_it_moves(app) -> None:
    """Without a story the scope is a date window: loaded in one read, then only the days it newly reaches."""
    day = dt.date(2025, 3, 1)
    texts = [GAZETTE, HERALD, CHRONICLE, GAZETTE.replace("$12 million", "$13 million")]
    outlets = ["Gazette", "Herald", "Chronicle", "Ledger"]
    offsets = [0, 2, 12, 6]  # the third is outside the first's window; the fourth's window meets all three
    articles = []
    for body, outlet, offset in zip(texts, outlets, offsets, strict=True):
        doc = SourceDocument(f"{outlet}.txt", "Bridge", body, body, outlet=outlet, published=day + dt.timedelta(offset))
        articles.append(db.session.get(Article, import_document(doc).article_id))
        db.session.commit()
    kept = kept_index(MatchSettings())
    for article in articles:  # the index holds each window exactly as the database does
        in_window = {r.id for r in scope_refs(article, MatchSettings())}
        assert in_window and all(i in kept.index for i in in_window)
        assert kept.refresh(article) == 0
    claim = articles[0].claims[0]
    claim.text += " It was unanimous."
    db.session.commit()
    assert kept.refresh(articles[3]) == 1, "an edited claim in a window already held is re-read alone"
    assert kept.index.get(claim.id).ref.text.endswith("It was unanimous.")
    linked = {
        frozenset(
            (db.session.get(Claim, link.claim_a_id).article_id, db.session.get(Claim, link.claim_b_id).article_id)
        )
        for link in db.session.scalars(select(ClaimLink))
    }
    gazette, herald, chronicle, ledger = (a.id for a in articles)
    assert frozenset((gazette, herald)) in linked and frozenset((ledger, chronicle)) in linked
    assert frozenset((gazette, chronicle)) not in linked, "12 days apart: outside the window"


def test_the_kept_index_lets_go_of_the_scopes_used_least_lately(app) -> None:
    """Beyond KEPT_INDEX_CLAIMS the least recently used stories leave memory; an import brings them back."""
    app.config["KEPT_INDEX_CLAIMS"] = 5

    def import_into(story: str, outlet: str, body: str) -> Article:
        doc = SourceDocument(f"{story}-{outlet}.txt", "Bridge", body, body, outlet=outlet, story=story)
        article = db.session.get(Article, import_document(doc).article_id)
        db.session.commit()
        return article

    first = import_into("one", "Gazette", GAZETTE)
    import_into("two", "Ledger", GAZETTE.replace("bridge", "tunnel"))  # three stories of two claims each
    import_into("three", "Chronicle", CHRONICLE)
    kept = kept_index(MatchSettings())
    assert len(kept.index) <= 5
    assert not any(c.id in kept.index for c in first.claims), "the story used least lately went first"
    herald = import_into("one", "Herald", HERALD)
    assert all(c.id in kept.index for c in first.claims + herald.claims), "an import loads its story again"
    ids = {c.id for c in first.claims}
    assert any({link.claim_a_id, link.claim_b_id} & ids for link in db.session.scalars(select(ClaimLink)))


def import_loose(outlet: str, body: str, published: dt.date) -> Article:
    """An article without a story (its scope is the date window), committed."""
    doc = SourceDocument(f"{outlet}.txt", "Bridge", body, body, outlet=outlet, published=published)
    article = db.session.get(Article, import_document(doc).article_id)
    db.session.commit()
    return article


def test_warming_loads_todays_window_so_the_days_first_import_reads_nothing_more(app) -> None:
    """warm_kept_index reads the window an article published today links against, and nothing outside it."""
    today = dt.date.today()
    near = [
        import_loose("Gazette", GAZETTE, today - dt.timedelta(1)),
        import_loose("Herald", HERALD, today + dt.timedelta(6)),
    ]
    far = import_loose("Chronicle", CHRONICLE, today - dt.timedelta(30))
    app.extensions.pop("claims.kept_index")  # a process just started: nothing held
    assert warm_kept_index() == sum(len(a.claims) for a in near)
    kept = kept_index(MatchSettings())
    assert all(c.id in kept.index for a in near for c in a.claims)
    assert not any(c.id in kept.index for c in far.claims)
    assert kept.refresh(Article(published=today)) == 0, "today's import finds its window loaded"
    ledger = import_loose("Ledger", GAZETTE.replace("$12 million", "$13 million"), today)
    linked = {link.claim_a_id for link in db.session.scalars(select(ClaimLink))} | {
        link.claim_b_id for link in db.session.scalars(select(ClaimLink))
    }
    assert {c.id for c in ledger.claims} & linked and {c.id for c in near[0].claims} & linked


def test_warming_goes_on_with_the_other_days_windows_newest_first_while_the_index_has_room(app) -> None:
    today = dt.date.today()
    dated = {
        offset: import_loose(outlet, body, today + dt.timedelta(offset))
        for offset, outlet, body in (
            (-1, "Gazette", GAZETTE),
            (40, "Herald", HERALD),
            (-30, "Chronicle", CHRONICLE),
            (-60, "Ledger", GAZETTE.replace("$12 million", "$13 million")),
            (-61, "Courier", HERALD.replace("$15 million", "$16 million")),
        )
    }
    body = CHRONICLE.replace("Tuesday", "Monday")
    doc = SourceDocument("s.txt", "Bridge", body, body, outlet="Post", story="bridge")
    in_story = db.session.get(Article, import_document(doc).article_id)
    assert in_story.story_id is not None
    db.session.commit()
    app.extensions.pop("claims.kept_index")
    warm_kept_index()
    read, windows = warm_loose_windows()
    kept = kept_index(MatchSettings())
    assert read == sum(len(dated[o].claims) for o in (40, -30, -60, -61))
    assert windows == 3, "-60 and -61 share a window"
    assert all(kept.refresh(article) == 0 for article in dated.values())
    assert not any(c.id in kept.index for c in in_story.claims), "stories load on their own, small as they are"

    app.config["KEPT_INDEX_CLAIMS"] = 2 * (len(dated[-1].claims) + len(dated[40].claims))
    app.extensions.pop("claims.kept_index")
    warm_kept_index()
    assert warm_loose_windows() == (len(dated[40].claims), 1), "the newest first, then half the bound is reached"


def test_warming_stores_the_analyses_it_had_to_redo(app) -> None:
    """After an upgrade (no analysis stored, or one by other code) the warm-up stores them: the next start reads."""
    today = dt.date.today()
    articles = [import_loose("Gazette", GAZETTE, today), import_loose("Herald", HERALD, today - dt.timedelta(40))]
    table = Claim.__table__
    db.session.execute(table.update().values(match_form=None))
    versions = db.session.execute(select(Claim.id, Claim.version).order_by(Claim.id)).all()
    db.session.commit()
    app.extensions.pop("claims.kept_index")
    warm_kept_index()
    warm_loose_windows()
    db.session.rollback()  # what was stored was committed
    rows = db.session.execute(select(Claim.text, Claim.match_form)).all()
    assert len(rows) == sum(len(a.claims) for a in articles)
    assert all(form_is_for(form, text) for text, form in rows)
    assert db.session.execute(select(Claim.id, Claim.version).order_by(Claim.id)).all() == versions


def test_a_database_the_warm_up_cannot_write_to_still_gets_its_window_loaded(
    app, caplog: pytest.LogCaptureFixture
) -> None:
    ids = [c.id for c in import_loose("Gazette", GAZETTE, dt.date.today()).claims]
    db.session.execute(Claim.__table__.update().values(match_form=None))
    db.session.commit()
    sqlite = db.engine.dialect.name == "sqlite"
    read_only = "PRAGMA query_only = ON" if sqlite else "SET default_transaction_read_only = on"

    def connected(connection, record) -> None:
        cursor = connection.cursor()
        cursor.execute(read_only)
        cursor.close()
        connection.commit()  # a PostgreSQL SET rolled back with its transaction would not hold

    db.session.remove()
    db.engine.dispose()
    event.listen(db.engine, "connect", connected)
    try:
        app.extensions.pop("claims.kept_index")
        assert warm_kept_index() == len(ids)
        assert all(i in kept_index(MatchSettings()).index for i in ids)
        assert "could not store the text analyses" in caplog.text
    finally:
        db.session.remove()
        event.remove(db.engine, "connect", connected)
        db.engine.dispose()
    assert db.session.scalars(select(Claim.match_form).where(Claim.id.in_(ids))).all() == [None] * len(ids)


def test_a_loaded_scope_is_left_out_of_the_young_collections(app) -> None:
    """After a window loads, its claims sit in the collector's oldest generation: no young collection walks them."""
    today = dt.date.today()
    for outlet, body in (("Gazette", GAZETTE), ("Herald", HERALD), ("Chronicle", CHRONICLE)):
        import_loose(outlet, body, today - dt.timedelta(2))
    app.extensions.pop("claims.kept_index")
    assert warm_kept_index() > 0
    index = kept_index(MatchSettings()).index
    held = {id(index.prepared_at(slot)) for slot in range(index.slot_count()) if index.prepared_at(slot) is not None}
    young = [o for generation in (0, 1) for o in gc.get_objects(generation) if id(o) in held]
    assert held and not young


def test_the_web_app_warms_the_date_windows_after_its_first_request(app, database_url: str, tmp_path: Path) -> None:
    """With KEPT_INDEX_WARM the first request starts loading today's window, then the other days', in the background;
    commands never do."""
    ids = [c.id for c in import_loose("Gazette", GAZETTE, dt.date.today()).claims]
    ids += [c.id for c in import_loose("Herald", HERALD, dt.date.today() - dt.timedelta(100)).claims]
    served = create_app(
        {"SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": database_url, "KEPT_INDEX_WARM": True},
        instance_path=str(tmp_path / "served"),
    )
    assert served.test_cli_runner().invoke(args=["claims", "--help"]).exit_code == 0
    assert warmup.THREAD not in served.extensions, "a command does not warm"
    client = served.test_client()
    client.get("/login")
    thread = served.extensions[warmup.THREAD]
    thread.join(30)
    client.get("/login")
    assert served.extensions[warmup.THREAD] is thread, "warmed once per process"
    with served.app_context():
        assert all(i in kept_index(MatchSettings()).index for i in ids)
        db.engine.dispose()


def test_a_failed_warm_up_is_logged_and_leaves_the_app_serving(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A database without tables: the warm-up logs one error; pages still answer."""
    served = create_app(
        {
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'empty.db'}",
            "KEPT_INDEX_WARM": True,
        },
        instance_path=str(tmp_path / "served"),
    )
    client = served.test_client()
    assert client.get("/login").status_code == 200
    served.extensions[warmup.THREAD].join(30)
    assert "could not warm the matcher's index" in caplog.text
    assert client.get("/login").status_code == 200


def test_a_rolled_back_import_leaves_nothing_in_the_index(app, tmp_path: Path) -> None:
    """Claims indexed in a transaction that is rolled back are forgotten (their ids come back)."""
    doc = SourceDocument("x.txt", "Bridge", GAZETTE, GAZETTE, outlet="Gazette", story="bridge")
    outcome = import_document(doc)
    kept = kept_index(MatchSettings())
    ids = db.session.scalars(select(Claim.id).where(Claim.article_id == outcome.article_id)).all()
    assert ids and all(i in kept.index for i in ids)
    db.session.rollback()
    assert not any(i in kept.index for i in ids)


def test_claims_are_stored_with_the_analysis_of_their_text(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Imported claims carry the matcher's analysis of their text; an edited text gets its own."""
    import_pair(runner, tmp_path)
    rows = db.session.execute(select(Claim.text, Claim.match_form)).all()
    assert rows and all(form_is_for(form, text) for text, form in rows)
    budget = claim_with("$12 million budget")
    budget.text = "The city council approved a $12 million budget for the new tunnel."
    db.session.commit()
    form = db.session.scalar(select(Claim.match_form).where(Claim.id == budget.id))
    assert form_is_for(form, budget.text) and "tunnel" in form


def test_loading_reads_stored_analyses_and_analyses_claims_stored_without_one(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    """A scope loads from the stored analyses; a claim written before them (none stored) or changed behind the
    application's back (the stored one is of another text) is analysed from its text."""
    import_pair(runner, tmp_path)
    herald = article_of("Herald")
    without, changed, read = db.session.scalars(select(Claim).order_by(Claim.id)).all()[:3]
    other = "Snow closed the mountain pass for a week."
    # A form made of another text, but labelled as made of this claim's text: used as it is if forms are read.
    label, analysis = form_of(read.text), form_of(other)
    forged = label[: label.index(",[")] + analysis[analysis.index(",[") :]
    table = Claim.__table__
    db.session.execute(table.update().where(table.c.id == without.id).values(match_form=None))
    db.session.execute(table.update().where(table.c.id == changed.id).values(text=changed.text + " Or so."))
    db.session.execute(table.update().where(table.c.id == read.id).values(match_form=forged))
    db.session.commit()
    kept = KeptIndex(MatchSettings())
    kept.refresh(herald)
    assert kept.index.get(without.id) == prepare(kept.index.get(without.id).ref)
    changed_now = kept.index.get(changed.id)
    assert changed_now.ref.text.endswith("Or so.") and changed_now == prepare(changed_now.ref)
    assert kept.index.get(read.id).features.plain == prepare(make_ref(0, 0, "", other)).features.plain


def test_the_link_command_stores_analyses_missing_or_stale_without_changing_the_claims(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    import_pair(runner, tmp_path)
    table = Claim.__table__
    first, second = db.session.scalars(select(Claim.id).order_by(Claim.id)).all()[:2]
    db.session.execute(table.update().where(table.c.id == first).values(match_form=None))
    db.session.execute(table.update().where(table.c.id == second).values(match_form=form_of("Another text.")))
    db.session.commit()
    before = db.session.execute(select(Claim.id, Claim.version).order_by(Claim.id)).all()
    result = runner.invoke(args=["claims", "link"])
    assert result.exit_code == 0, result.stderr
    assert "text analyses stored for 2 claims" in result.stdout
    rows = db.session.execute(select(Claim.text, Claim.match_form)).all()
    assert all(form_is_for(form, text) for text, form in rows)
    assert db.session.execute(select(Claim.id, Claim.version).order_by(Claim.id)).all() == before, "no claim changed"
    again = runner.invoke(args=["claims", "link", "--json"])
    assert json.loads(again.stdout)["analyses_stored"] == 0


def test_clusters_leave_the_claims_update_time_alone(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """The adjudication queue orders by it and ClaimReview publishes it: joining a cluster is no edit of a claim."""
    import_pair(runner, tmp_path)
    before = dict(db.session.execute(select(Claim.id, Claim.updated_at)).all())
    import_one(runner, tmp_path / "third", "Chronicle", CHRONICLE)
    assert runner.invoke(args=["claims", "link", "--rebuild"]).exit_code == 0
    db.session.expire_all()
    clustered = dict(db.session.execute(select(Claim.id, Claim.cluster_id).where(Claim.id.in_(before))).all())
    assert any(clustered.values()), "the pair's claims are in clusters"
    after = dict(db.session.execute(select(Claim.id, Claim.updated_at).where(Claim.id.in_(before))).all())
    assert after == before


def test_a_renamed_story_stays_one_scope(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """The matcher keys stories by id: articles imported after a rename still meet the earlier ones."""
    import_one(runner, tmp_path / "first", "Gazette", GAZETTE)
    story = db.session.scalar(select(Story))
    story.name = "bridge vote"
    db.session.commit()
    import_one(runner, tmp_path / "second", "Herald", HERALD, story="bridge vote")
    assert db.session.scalars(select(ClaimLink)).all()


@pytest.mark.parametrize("allowed", [False, True], ids=["other outlets only", "same outlet allowed"])
def test_same_outlet_links_follow_the_configured_setting(app, runner: FlaskCliRunner, tmp_path: Path, allowed) -> None:
    """CLAIMS_MATCH_ALLOW_SAME_OUTLET (MATCH_SETTINGS) lets two articles of one outlet link; by default they do not."""
    app.config["MATCH_SETTINGS"] = {"allow_same_outlet": allowed}
    make_text_article(tmp_path, "a.txt", outlet="Gazette", url="https://g.example/1", body=GAZETTE, story="bridge")
    make_text_article(tmp_path, "b.txt", outlet="Gazette", url="https://g.example/2", body=HERALD, story="bridge")
    result = runner.invoke(args=["claims", "import", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert bool(db.session.scalars(select(ClaimLink)).all()) is allowed


def test_a_person_of_another_institution_than_the_one_credited_elsewhere_is_an_attribution_conflict(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    """One outlet credits a hospital group's officer, the other a government agency: the employer the first
    article gives is stored with the claim and makes the link an attribution conflict. Once a reviewer names
    another person as the source, that employer no longer speaks for the claim."""
    make_text_article(
        tmp_path,
        "wire.txt",
        outlet="Wire",
        url="https://w.example/1",
        title="Hospital attack",
        story="hack",
        body=(
            "Hospital systems in Torvane were knocked out by a ransomware attack.\n\n"
            "There is no evidence that patient records were taken in the attack on the hospitals, "
            "the National Cyber Response Agency said.\n"
        ),
    )
    make_text_article(
        tmp_path,
        "trade.txt",
        outlet="Trade Press",
        url="https://t.example/1",
        title="Ransomware at THG",
        story="hack",
        body=(
            "A ransomware attack has knocked out hospital systems in Torvane.\n\n"
            "There was no evidence that patient records had been taken in the attack on the hospitals, "
            "THG's chief information officer Martin Esker said.\n"
        ),
    )
    result = runner.invoke(args=["claims", "import", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    esker = db.session.scalar(select(Claim).where(Claim.source_name == "Martin Esker"))
    assert esker is not None and esker.source_affiliation == "THG"
    agency = db.session.scalar(select(Claim).where(Claim.source_name == "National Cyber Response Agency"))
    link = db.session.scalar(select(ClaimLink).where(ClaimLink.claim_a_id.in_((esker.id, agency.id))))
    assert link is not None and {link.claim_a_id, link.claim_b_id} == {esker.id, agency.id}
    assert (link.relation, link.field) == ("conflict", "attribution")

    esker.final_source_type, esker.final_source_name = "named_person", "Rosa Vale"
    db.session.commit()
    refs = {r.id: r for r in scope_refs(agency.article, MatchSettings())}
    assert refs[esker.id].source_affiliation is None
    esker.final_source_name = "Martin Esker"  # confirmed as suggested: the employer holds again
    db.session.commit()
    refs = {r.id: r for r in scope_refs(agency.article, MatchSettings())}
    assert refs[esker.id].source_affiliation == "THG"
