"""Export service: filters, the default (verified only), provenance in records, batching, blind review."""

from __future__ import annotations

import datetime as dt
import io
import json
from types import SimpleNamespace

import pytest
from sqlalchemy import event

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Annotation, ClaimLink, Evidence, Story, User
from claims.services.exports import ExportFilters, count_claims, export_claims, iter_claim_records
from tests.builders import make_article

HOSTILE = '=HYPERLINK("http://evil.example","click"), said "they";\nnext line <script>alert(1)</script>'
NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def _annotate(claim, user, source_type, verdict, source_name=None, not_a_claim=False) -> None:
    db.session.add(
        Annotation(
            claim=claim,
            user_id=user.id,
            source_type=None if not_a_claim else source_type,
            source_name=source_name,
            verdict=None if not_a_claim else verdict,
            not_a_claim=not_a_claim,
            direct_quote=False,
            hedged=False,
            submitted_at=NOW,
        )
    )


def _settle(claim, status, verdict=None, source_type=None, source_name=None, rationale=None) -> None:
    claim.status = status
    claim.verdict = verdict
    claim.final_source_type = source_type
    claim.final_source_name = source_name
    claim.verdict_rationale = rationale


def build_dataset(make_user) -> SimpleNamespace:
    """Seven live claims in three articles, two outlets, one story; one deleted claim; a link; evidence."""
    ana, bob, lee = make_user("ana"), make_user("bob"), make_user("lee", "lead")
    story = Story(name="Bridge vote", annotations_required=2)
    db.session.add(story)
    a1 = make_article(
        "The mayor said the bridge costs $40 million.\nOfficials said the vote was delayed.\nThe river is wide.\n",
        outlet="The Example Times",
        url="https://times.example/bridge",
        story=story,
    )
    a2 = make_article(
        f"{HOSTILE}\nThe council approved it.\nNobody knows the cost.\n",
        outlet="Él País",
        url="https://elpais.example/puente",
        story=story,
        claims=[(HOSTILE, 0, len(HOSTILE)), "The council approved it.", "Nobody knows the cost."],
    )
    a3 = make_article("A report found the bridge unsafe.\n", outlet="The Example Times", url="https://times.example/r")
    a1.published, a2.published, a3.published = dt.date(2024, 3, 7), dt.date(2024, 3, 9), dt.date(2024, 4, 1)
    c1, c2, c3 = a1.claims
    c4, c5, c6 = a2.claims
    (c7,) = a3.claims
    c1.quantities = [{"kind": "money", "low": 4e7, "high": 4e7, "unit": "USD", "text": "$40 million"}]
    c1.dates = [{"start": "2024-03-05", "end": "2024-03-05", "text": "on Tuesday"}]
    _settle(c1, "verified", "supported", "named_person", "Mayor Ana Pérez")
    _annotate(c1, ana, "named_person", "supported", "Mayor Ana Pérez")
    _annotate(c1, bob, "named_person", "supported", "mayor ana  pérez")
    _settle(c2, "verified", "refuted", "anonymous", rationale="the minutes show no delay")
    _annotate(c2, ana, "anonymous", "refuted")
    _annotate(c2, bob, "anonymous", "supported")
    _annotate(c3, ana, "unattributed", "supported")  # in review: one annotation so far
    c3.status = "in_review"
    _settle(c4, "verified", "misleading", "organization", "City Council")
    _annotate(c4, ana, "organization", "misleading", "City Council")
    _annotate(c4, bob, "organization", "misleading", "City Council")
    _settle(c5, "rejected")
    _annotate(c5, ana, None, None, not_a_claim=True)
    _annotate(c5, bob, None, None, not_a_claim=True)
    _settle(c6, "verified", "not_enough_evidence", "unattributed")
    _settle(c7, "verified", "supported", "document", "the safety report")
    deleted = make_article("Deleted claim here.\n", outlet="The Example Times").claims[0]
    _settle(deleted, "verified", "supported", "unattributed")
    deleted.deleted_at = NOW
    db.session.flush()
    db.session.add(Evidence(claim_id=c1.id, user_id=ana.id, kind="primary_document", url="https://docs.example/1"))
    db.session.add(Evidence(claim_id=c3.id, user_id=ana.id, kind="dataset", passage="ana's own evidence"))
    db.session.add(
        ClaimLink(claim_a_id=c1.id, claim_b_id=c4.id, relation="same", score=0.93, status="confirmed", field=None)
    )
    db.session.add(
        ClaimLink(claim_a_id=c2.id, claim_b_id=deleted.id, relation="same", score=0.8, status="suggested", field=None)
    )
    db.session.commit()
    return SimpleNamespace(
        users=SimpleNamespace(ana=ana, bob=bob, lee=lee),
        story=story,
        claims=[c1, c2, c3, c4, c5, c6, c7],
        deleted=deleted,
    )


def _ids(filters: ExportFilters, **kwargs) -> list[str]:
    return [r["id"] for r in iter_claim_records(filters, **kwargs)]


def test_default_exports_verified_claims_only(app, make_user) -> None:
    data = build_dataset(make_user)
    c1, c2, _, c4, _, c6, c7 = data.claims
    assert _ids(ExportFilters()) == [str(c.id) for c in (c1, c2, c4, c6, c7)]
    assert count_claims(ExportFilters()) == 5


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ExportFilters(statuses=()), [0, 1, 2, 3, 4, 5, 6]),
        (ExportFilters(statuses=("rejected", "in_review")), [2, 4]),
        (ExportFilters(story="Bridge vote"), [0, 1, 3, 5]),
        (ExportFilters(outlet="Él País", statuses=()), [3, 4, 5]),
        (ExportFilters(verdicts=("supported",)), [0, 6]),
        (ExportFilters(verdicts=("refuted", "misleading")), [1, 3]),
        (ExportFilters(source_types=("named_person", "document")), [0, 6]),
        (ExportFilters(statuses=(), source_types=("unattributed",)), [2, 4, 5]),
        (ExportFilters(since=dt.date(2024, 3, 8)), [3, 5, 6]),
        (ExportFilters(until=dt.date(2024, 3, 9)), [0, 1, 3, 5]),
        (ExportFilters(since=dt.date(2024, 3, 8), until=dt.date(2024, 3, 31)), [3, 5]),
        (ExportFilters(min_agreement=1.0), [0, 3]),
        (ExportFilters(min_agreement=0.0), [0, 1, 3]),
        (ExportFilters(statuses=(), min_agreement=1.0), [0, 3, 4]),
    ],
)
def test_filters(app, make_user, filters: ExportFilters, expected: list[int]) -> None:
    data = build_dataset(make_user)
    assert _ids(filters) == [str(data.claims[i].id) for i in expected]


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        (ExportFilters(story="No such story"), "story"),
        (ExportFilters(outlet="Nobody"), "outlet"),
        (ExportFilters(statuses=("done",)), "status"),
        (ExportFilters(verdicts=("true",)), "verdict"),
        (ExportFilters(source_types=("alien",)), "source_type"),
        (ExportFilters(since=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1)), "since"),
        (ExportFilters(min_agreement=1.5), "min_agreement"),
    ],
)
def test_bad_filters_are_validation_errors(app, make_user, filters: ExportFilters, field: str) -> None:
    build_dataset(make_user)
    with pytest.raises(ValidationError) as caught:
        export_claims("jsonl", filters, io.BytesIO())
    assert caught.value.field == field


def test_records_carry_provenance(app, make_user) -> None:
    data = build_dataset(make_user)
    c1, c2, _, c4, *_ = data.claims
    by_id = {r["id"]: r for r in iter_claim_records(ExportFilters(statuses=()))}
    first = by_id[str(c1.id)]
    assert first["url"] == "https://times.example/bridge" and first["outlet"] == "The Example Times"
    assert first["story"] == "Bridge vote" and first["published"] == "2024-03-07"
    assert first["span"] == {"start": c1.start, "end": c1.end}
    assert first["attribution"] == {
        "type": "named_person",
        "source": "Mayor Ana Pérez",
        "cue": None,
        "origin": "reviewed",
    }
    assert [a["user_id"] for a in first["annotations"]] == [data.users.ana.id, data.users.bob.id]
    assert "username" not in first["annotations"][0] and first["annotations"][0]["submitted_at"].endswith("+00:00")
    # Names agree case- and space-insensitively, as in the workflow's agreement rule.
    assert first["agreement"] == {
        "annotations": 2,
        "overall": 1.0,
        "source_type": 1.0,
        "verdict": 1.0,
        "source_name": 1.0,
    }
    assert [e["url"] for e in first["evidence"]] == ["https://docs.example/1"]
    assert first["links"] == [
        {
            "id": str(c4.id),
            "outlet": "Él País",
            "url": "https://elpais.example/puente",
            "relation": "same",
            "field": None,
            "score": 0.93,
            "status": "confirmed",
            "link_id": first["links"][0]["link_id"],
        }
    ]
    assert by_id[str(c4.id)]["links"][0]["id"] == str(c1.id)
    # A link to a deleted claim is not provenance any more.
    assert by_id[str(c2.id)]["links"] == []
    assert by_id[str(c2.id)]["agreement"]["verdict"] == 0.0
    assert by_id[str(c2.id)]["verdict_rationale"] == "the minutes show no delay"
    assert str(data.deleted.id) not in by_id


def test_related_rows_load_per_batch_not_per_claim(app, make_user) -> None:
    build_dataset(make_user)
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        records = list(iter_claim_records(ExportFilters(statuses=()), batch_size=100))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(records) == 7
    # One query for the claims, then annotations, evidence and links (both directions in one) for the one batch.
    assert len(statements) == 4, statements


def test_batches_give_the_same_records(app, make_user) -> None:
    build_dataset(make_user)
    whole = list(iter_claim_records(ExportFilters(statuses=()), batch_size=1000))
    assert list(iter_claim_records(ExportFilters(statuses=()), batch_size=2)) == whole


def test_web_viewers_see_annotations_as_the_workbench_shows_them(app, make_user) -> None:
    data = build_dataset(make_user)
    c3 = data.claims[2]  # in review: ana annotated, bob has not yet
    cara = make_user("cara", "viewer")
    filters = ExportFilters(statuses=("in_review",))

    def seen(user: User) -> tuple[list[int], list[str | None]]:
        (record,) = iter_claim_records(filters, viewer=user)
        assert record["id"] == str(c3.id)
        return [a["user_id"] for a in record["annotations"]], [e["passage"] for e in record["evidence"]]

    assert seen(data.users.ana) == ([data.users.ana.id], ["ana's own evidence"])
    assert seen(data.users.bob) == ([], [])
    assert seen(cara) == ([], [])
    assert seen(data.users.lee) == ([data.users.ana.id], ["ana's own evidence"])
    # Settled claims are open to everyone.
    (settled,) = iter_claim_records(ExportFilters(verdicts=("misleading",)), viewer=cara)
    assert len(settled["annotations"]) == 2


def test_empty_selection_is_an_empty_export(app, make_user, tmp_path) -> None:
    build_dataset(make_user)
    out = tmp_path / "empty.jsonl"
    with out.open("wb") as sink:
        stats = export_claims("jsonl", ExportFilters(verdicts=("not_checkable",)), sink)
    assert stats.records == 0 and out.read_bytes() == b""


def test_single_and_bulk_serialization_agree_with_the_export(app, make_user) -> None:
    from claims.serialize import claim_record, claim_records

    data = build_dataset(make_user)
    exported = {r["id"]: r for r in iter_claim_records(ExportFilters(statuses=()))}
    claims = data.claims
    assert claim_records(claims) == [exported[str(c.id)] for c in claims]
    assert claim_record(claims[0]) == exported[str(claims[0].id)]


def _reference_line(record: dict) -> bytes:
    """A JSONL line as the standard library writes it (the encoder before orjson)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n").encode("utf-8")


def test_fast_jsonl_export_is_byte_identical_to_the_plain_claim_record_path(app, make_user, tmp_path) -> None:
    """The bulk path (raw rows, orjson) writes what claim_record on ORM objects and json.dumps would."""
    from claims.serialize import claim_record
    from claims.services.annotations import annotation_record

    data = build_dataset(make_user)
    c1 = data.claims[0]
    c1.attribution_chain = [{"type": "named_person", "source": "Ana Pérez", "cue": "said"}]
    c1.text = "line\u2028separator and é"
    db.session.commit()
    out = tmp_path / "all.jsonl"
    with out.open("wb") as sink:
        stats = export_claims("jsonl", ExportFilters(statuses=()), sink)
    db.session.expire_all()
    expected = b"".join(_reference_line(claim_record(c)) for c in sorted(data.claims, key=lambda c: c.id))
    assert stats.records == 7
    assert out.read_bytes() == expected
    from claims.export.card import DatasetStats
    from claims.services.exports import export_chunks

    assert b"".join(export_chunks("jsonl", ExportFilters(statuses=()), DatasetStats(), chunk_bytes=100)) == expected
    # Annotations in a record are services.annotations.annotation_record's, by reviewer id, in submission order.
    record = json.loads(expected.splitlines()[0])
    reference = []
    for a in sorted(c1.annotations, key=lambda a: (a.submitted_at, a.id)):
        item = annotation_record(a)
        del item["claim_id"]
        reference.append({**item, "submitted_at": "2024-05-01T12:00:00+00:00"})
    assert record["annotations"] == reference


def test_raw_values_convert_like_sqlalchemy() -> None:
    from sqlalchemy.dialects import sqlite

    from claims.serialize import iso_time, json_value, raw_date, raw_time

    parse = sqlite.DATETIME().result_processor(sqlite.dialect(), None)
    for text in ("2024-05-01 12:00:00.000000", "2024-05-01 12:00:00.120000", "2024-05-01 12:00:00", "2024-05-01"):
        assert raw_time(text) == iso_time(parse(text))
    aware = dt.datetime(2024, 5, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert raw_time(aware) == "2024-05-01T14:00:00+02:00" and raw_time(None) is None
    assert raw_date("2024-03-07") == "2024-03-07" == raw_date(dt.date(2024, 3, 7)) and raw_date(None) is None
    assert json_value('[{"low": 12000000000.0, "text": "\\u00e9"}]') == [{"low": 12e9, "text": "é"}]
    assert json_value("null") is None and json_value([1]) == [1] and json_value(None) is None
    assert json_value("[NaN, 123456789012345678901234567890]")[1] == 123456789012345678901234567890
    # orjson reads integers beyond 64 bits as floats without complaint: they must stay exact integers.
    huge = "[123456789012345678901234567890, -9999999999999999999, 18446744073709551615, 0.5]"
    assert json_value(huge) == json.loads(huge) and all(type(v) is int for v in json_value(huge)[:3])
    assert json_value('{"text": "order 1234567890123456789", "low": 1.25}') == {
        "text": "order 1234567890123456789",
        "low": 1.25,
    }


EARLY, LATE = dt.datetime(2024, 5, 2, 9, 30, 15, 250000, tzinfo=dt.UTC), dt.datetime(2024, 5, 3, 18, 0, tzinfo=dt.UTC)


def build_varied_dataset(make_user) -> SimpleNamespace:
    """Two outlets' articles interleaved (so one outlet's claim ids are sparse), every kind of provenance,
    unicode, null fields, soft-deleted claims in the middle of batches and links to them."""
    ana, bob, lee = make_user("ana"), make_user("bob"), make_user("lee", "lead")
    story = Story(name="Brücke 橋 🌉", annotations_required=2)
    db.session.add(story)
    texts = [
        "Le maire a dit « 40 M€ » 😀",
        "line\u2028separator and\u2029paragraph",
        "中文的声明：桥梁造价四千万美元。",
        'Cafe\u0301 combining, tab\there, quote " and backslash \\',
        '=HYPERLINK("x")',
        "Plain claim.",
    ]
    articles = []
    for i in range(6):
        sparse = i % 2 == 0  # "Ŝparse Times": one claim per article; "Other": three
        lines = [texts[(i + k) % len(texts)] for k in range(1 if sparse else 3)]
        body = "\n".join(lines) + "\n"
        spans = [(text, body.index(text), body.index(text) + len(text)) for text in lines]
        article = make_article(  # claims given as spans: str.splitlines would cut at U+2028
            body,
            claims=spans,
            outlet="Ŝparse Times" if sparse else "Other",
            url=None if i == 3 else f"https://example.org/ü/{i}",
            story=story if i % 3 else None,
        )
        article.published = None if i == 4 else dt.date(2024, 3, 1 + i)
        articles.append(article)
    claims = [c for a in articles for c in a.claims]
    db.session.flush()
    c = claims
    c[0].quantities = [{"kind": "money", "low": 4e7, "high": 4e7, "unit": "EUR", "text": "40 M€"}]
    c[0].dates = [{"start": "2024-03-05", "end": "2024-03-05", "text": "mardi"}]
    c[0].attribution_chain = [
        {"type": "named_person", "source": "Ana Pérez", "cue": "a dit"},
        {"type": "media_outlet", "source": "Él País", "cue": None},
    ]
    c[0].source_name, c[0].cue, c[0].hedged = "Ana Pérez", "a dit", True
    c[1].quantities = [
        {"kind": "count", "low": 123456789012345678901234567890, "high": None, "unit": None, "text": "n"}
    ]
    c[1].kind, c[1].origin, c[1].direct_quote = "numerical", "manual", True
    _settle(c[2], "verified", "supported", "organization", "Ministère 省", rationale="lead: «settled»")
    c[2].final_cue, c[2].final_hedged, c[2].final_direct_quote, c[2].cluster_id = "stated", False, True, 7
    c[3].status = "in_review"
    _settle(c[5], "rejected")
    c[6].status = "needs_adjudication"
    _settle(c[8], "verified", "not_checkable", "unattributed")
    deleted = [c[4], c[9]]
    for claim in deleted:
        claim.deleted_at = NOW
    # Annotations: order of submission (not of id), one draft (not submitted: left out), corrections, notes.
    for claim, user, when, values in [
        (c[0], bob, LATE, {"source_type": "named_person", "source_name": "ana pérez", "verdict": "supported"}),
        (c[0], ana, EARLY, {"source_type": "named_person", "source_name": "Ana  Pérez", "verdict": "supported"}),
        (c[0], lee, None, {"source_type": "anonymous"}),
        (c[2], ana, NOW, {"source_type": "organization", "verdict": "supported", "confidence": 0.5}),
        (
            c[2],
            bob,
            NOW,
            {"source_type": "organization", "verdict": "refuted", "note": "non — voir « p. 3 »\n2e ligne"},
        ),
        (c[3], ana, EARLY, {"source_type": "document", "cue": "selon", "direct_quote": True, "hedged": False}),
        (c[5], ana, NOW, {"not_a_claim": True}),
        (c[5], bob, NOW, {"not_a_claim": True}),
        (c[6], ana, EARLY, {"source_type": "anonymous", "verdict": "misleading"}),
        (c[6], bob, LATE, {"source_type": "organization", "verdict": "misleading"}),
        (c[6], lee, LATE, {"source_type": "anonymous", "verdict": "refuted"}),
        (c[9], ana, NOW, {"source_type": "anonymous", "verdict": "supported"}),
    ]:
        db.session.add(Annotation(claim=claim, user_id=user.id, submitted_at=when, **values))
    c[0].annotations[-1].quantities = [{"kind": "money", "low": 4.1e7, "high": 4.1e7, "unit": "EUR", "text": "41 M€"}]
    c[0].annotations[-1].dates = [{"start": "2024-03-06", "end": "2024-03-06", "text": "mercredi"}]
    db.session.flush()
    for claim, user, values in [
        (c[0], ana, {"kind": "primary_document", "url": "https://docs.example/ü", "passage": "« 40 M€ »"}),
        (c[0], bob, {"kind": "linked_claim", "linked_claim_id": c[7].id}),
        (c[3], ana, {"kind": "dataset", "passage": "ana's own evidence 📊"}),
        (c[6], None, {"kind": "official_statement", "url": None, "passage": None}),
        (c[9], ana, {"kind": "dataset", "passage": "on a deleted claim"}),
    ]:
        db.session.add(Evidence(claim_id=claim.id, user_id=user.id if user else None, **values))
    # Links in an order that is not the claims' order, both directions, one to a deleted claim.
    for a, b, relation, field, score, status in [
        (c[6], c[10], "conflict", "quantity", 0.61, "suggested"),
        (c[0], c[6], "same", None, 0.93, "confirmed"),
        (c[2], c[6], "conflict", "date", 0.875, "rejected"),
        (c[0], c[4], "same", None, 0.8, "suggested"),
        (c[3], c[9], "same", None, 0.7, "suggested"),
        (c[0], c[2], "same", None, 1.0, "confirmed"),
    ]:
        db.session.add(ClaimLink(claim_a_id=a.id, claim_b_id=b.id, relation=relation, field=field, score=score,
                                 status=status))  # fmt: skip
    db.session.commit()
    return SimpleNamespace(users=SimpleNamespace(ana=ana, bob=bob, lee=lee), claims=claims, deleted=deleted)


def _orm_extras(claim, viewer=None):
    """A claim's provenance from its ORM relationships, item by item through the public serializer helpers."""
    from claims.export.agreement import claim_agreement
    from claims.models import Claim, Role
    from claims.serialize import SETTLED, ClaimExtras, annotation_item, evidence_item

    submitted = sorted((a for a in claim.annotations if a.submitted_at), key=lambda a: (a.submitted_at, a.id))
    annotations = [annotation_item(a) for a in submitted]
    evidence = [evidence_item(e) for e in sorted(claim.evidence, key=lambda e: e.id)]
    blind = viewer is not None and not viewer.has_role(Role.LEAD) and claim.status not in SETTLED
    if blind and all(a["user_id"] != viewer.id for a in annotations):
        annotations = [a for a in annotations if a["user_id"] == viewer.id]
        evidence = [e for e in evidence if e["user_id"] == viewer.id]
    links = []
    for link in db.session.scalars(db.select(ClaimLink).order_by(ClaimLink.id)):
        if claim.id not in (link.claim_a_id, link.claim_b_id):
            continue
        other = db.session.get(Claim, link.claim_b_id if link.claim_a_id == claim.id else link.claim_a_id)
        if other.deleted_at is None:
            links.append(
                {
                    "id": str(other.id),
                    "outlet": other.article.outlet.name,
                    "url": other.article.url,
                    "relation": link.relation,
                    "field": link.field,
                    "score": link.score,
                    "status": link.status,
                    "link_id": link.id,
                }
            )
    return ClaimExtras(annotations, evidence, links, claim_agreement(annotations))


@pytest.mark.parametrize("batch_size", [1, 2, 3, 100])
def test_bulk_export_gives_the_records_of_the_public_serializer(app, make_user, tmp_path, batch_size) -> None:
    """The bulk path (Core rows, raw JSON and timestamps, batched provenance, orjson) writes, byte for byte,
    what claim_record on ORM objects (provenance read through the ORM) and json.dumps write: every batch
    size, sparse ids (an IN list) and dense ones (a range), and a reviewer's blind view."""
    from claims.export.card import DatasetStats
    from claims.serialize import claim_record
    from claims.services.exports import export_chunks

    data = build_varied_dataset(make_user)
    db.session.expire_all()  # the reference reads back what is stored, as the export does
    live = sorted((c for c in data.claims if c.deleted_at is None), key=lambda c: c.id)
    expected = {c.id: claim_record(c, extras=_orm_extras(c)) for c in live}
    assert len(expected) == 10 and {"links", "evidence", "annotations"} <= {
        key for record in expected.values() for key in ("links", "evidence", "annotations") if record[key]
    }
    everything = ExportFilters(statuses=())
    assert list(iter_claim_records(everything, batch_size=batch_size)) == list(expected.values())
    sparse = [c for c in live if c.article.outlet.name == "Ŝparse Times"]
    assert sparse[-1].id - sparse[0].id + 1 > 2 * len(sparse)  # the IN-list path, not the id range
    assert list(iter_claim_records(ExportFilters(statuses=(), outlet="Ŝparse Times"), batch_size=batch_size)) == [
        expected[c.id] for c in sparse
    ]
    bob = data.users.bob
    assert list(iter_claim_records(everything, viewer=bob, batch_size=batch_size)) == [
        claim_record(c, extras=_orm_extras(c, bob)) for c in live
    ]
    # Bytes: the export file and the web's streamed chunks are the reference encoder's lines.
    lines = b"".join(_reference_line(record) for record in expected.values())
    assert b"\\u2028" in lines and "Café".encode() not in lines and "😀".encode() in lines
    out = tmp_path / "all.jsonl"
    with out.open("wb") as sink:
        assert export_claims("jsonl", everything, sink).records == 10
    assert out.read_bytes() == lines
    assert b"".join(export_chunks("jsonl", everything, DatasetStats(), chunk_bytes=64)) == lines


def test_stored_json_reads_back_exactly(app) -> None:
    """The engine's JSON decoding (orjson where it agrees) gives back huge integers and text exactly."""
    article = make_article(claims=["The city council approved a budget of $12 million on Tuesday"])
    claim = article.claims[0]
    claim.quantities = [{"kind": "count", "low": 12345678901234567890123, "high": None, "unit": None, "text": "x"}]
    claim.attribution_chain = [{"type": "named_person", "source": "Zoë “Z” Ørsted \u2028", "cue": "said"}]
    db.session.commit()
    db.session.expire_all()
    again = db.session.get(type(claim), claim.id)
    assert again.quantities[0]["low"] == 12345678901234567890123 and type(again.quantities[0]["low"]) is int
    assert again.attribution_chain[0]["source"] == "Zoë “Z” Ørsted \u2028"
