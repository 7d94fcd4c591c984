"""Export engine: pure writers over CLAIM records (no app, no database)."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from claims.agreement import krippendorff_alpha
from claims.export.agreement import AlphaAccumulator, claim_agreement, normalize_name
from claims.export.card import DatasetStats, build_card, md
from claims.export.claimreview import Publisher, claim_review, claimreview_chunks, review_rating
from claims.export.csvfile import HEADER, csv_chunks, neutralize
from claims.export.jsonl import json_loads, jsonl_chunks, jsonl_line
from claims.services.annotations import normalize_name as workflow_normalize_name

ROOT = Path(__file__).resolve().parents[2]


def record(**changes) -> dict:
    """A CLAIM record with every field, changed as given."""
    base = {
        "id": "7",
        "text": "The bridge costs $40 million.",
        "article_id": 3,
        "outlet": "The Example Times",
        "url": "https://times.example/a",
        "published": "2024-03-07",
        "story": "Bridge vote",
        "span": {"start": 0, "end": 29},
        "sentence": "The bridge costs $40 million, the mayor said.",
        "origin": "auto",
        "attribution": {"type": "named_person", "source": "Ana Pérez", "cue": "said", "origin": "reviewed"},
        "quantities": [{"kind": "money", "low": 4e7, "high": 4e7, "unit": "USD", "text": "$40 million"}],
        "dates": [],
        "kind": "numerical",
        "hedged": False,
        "direct_quote": False,
        "attribution_chain": [],
        "status": "verified",
        "verdict": "supported",
        "verdict_rationale": None,
        "evidence": [],
        "annotations": [],
        "agreement": {"annotations": 0, "overall": None, "source_type": None, "verdict": None, "source_name": None},
        "cluster_id": None,
        "links": [],
        "updated_at": "2024-05-01T12:00:00+00:00",
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12", "'+33 6 12"),
        ("-5 percent", "'-5 percent"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Plain text = fine", "Plain text = fine"),
        ("", ""),
        (None, None),
    ],
)
def test_csv_neutralizes_formulas(text, expected) -> None:
    assert neutralize(text) == expected


def test_csv_rows_quote_hostile_text_and_keep_numbers() -> None:
    hostile = 'He said "no", then\nleft <script>x</script>'
    chunks = list(csv_chunks([record(text=hostile, quantities=[{"kind": "count", "low": -3, "high": None}])]))
    text = "".join(chunks)
    assert text.startswith("\ufeffid,text,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert list(rows[0]) == HEADER
    assert rows[0]["text"] == hostile
    assert rows[0]["quantity_low"] == "-3" and rows[0]["quantity_high"] == ""
    assert rows[0]["attribution_type"] == "named_person" and rows[0]["hedged"] == "false"


def test_jsonl_escapes_unicode_line_separators() -> None:
    line = jsonl_line(record(text="one\u2028two\u2029three é"))
    assert line.count("\n") == 1 and "\u2028" not in line and "é" in line
    assert json.loads(line)["text"] == "one\u2028two\u2029three é"
    assert list(jsonl_chunks([])) == []


@pytest.mark.parametrize(
    ("verdict", "value", "name"),
    [
        ("supported", 5, "Supported"),
        ("misleading", 3, "Misleading"),
        ("refuted", 1, "Refuted"),
        ("not_enough_evidence", None, "Not enough evidence"),
        ("not_checkable", None, "Not checkable"),
    ],
)
def test_rating_scale(verdict: str, value: int | None, name: str) -> None:
    rating = review_rating(verdict)
    assert rating["alternateName"] == name
    assert rating.get("ratingValue") == value
    assert ("bestRating" in rating) == (value is not None)


@pytest.mark.parametrize(
    ("source_type", "author"),
    [
        ("named_person", {"@type": "Person", "name": "X"}),
        ("organization", {"@type": "Organization", "name": "X"}),
        ("media_outlet", {"@type": "Organization", "name": "X"}),
        ("anonymous", None),
        ("unattributed", None),
        ("document", None),
    ],
)
def test_claim_author_only_for_named_speakers(source_type: str, author) -> None:
    attribution = {"type": source_type, "source": "X", "cue": None, "origin": "reviewed"}
    review = claim_review(record(attribution=attribution), Publisher())
    assert review["itemReviewed"].get("author") == author


def test_claimreview_skips_unsettled_claims_and_escapes_html() -> None:
    records = [record(text="</script><b>"), record(status="in_review"), record(verdict=None)]
    text = "".join(claimreview_chunks(records, Publisher(name="Desk", url=None)))
    document = json.loads(text)
    assert len(document["@graph"]) == 1 and document["@graph"][0]["claimReviewed"] == "</script><b>"
    assert "<" not in text and "url" not in document["@graph"][0]


def test_alpha_accumulator_matches_the_batch_formula() -> None:
    rng = random.Random(3)
    units = [[rng.choice("abc") if rng.random() > 0.2 else None for _ in range(rng.randint(1, 4))] for _ in range(300)]
    acc = AlphaAccumulator()
    for unit in units:
        acc.add(unit)
    assert acc.alpha == pytest.approx(krippendorff_alpha(units))


@pytest.mark.parametrize("name", ["Ana  Pérez", " ana pérez ", "ANA\tPÉREZ", None, ""])
def test_name_rule_matches_the_workflow(name) -> None:
    assert normalize_name(name) == workflow_normalize_name(name)


def test_claim_agreement_is_the_share_of_agreeing_pairs() -> None:
    ann = [
        {"source_type": "anonymous", "verdict": "refuted", "source_name": None},
        {"source_type": "anonymous", "verdict": "supported", "source_name": None},
        {"source_type": "anonymous", "verdict": "refuted", "source_name": ""},
    ]
    got = claim_agreement(ann)
    assert got["annotations"] == 3 and got["source_type"] == 1.0
    assert got["verdict"] == pytest.approx(1 / 3) and got["overall"] == pytest.approx(1 / 3)
    assert claim_agreement(ann[:1])["overall"] is None


def test_card_escapes_hostile_names_and_documents_the_scale() -> None:
    stats = DatasetStats()
    for r in stats.track([record(outlet="Evil | <script>alert(1)</script>\nOutlet")]):
        assert r["id"] == "7"
    card = build_card(stats, {"format": "csv", "filters": {"status": ["verified"]}})
    assert "<script>" not in card and "Evil \\| &lt;script&gt;" in card
    assert "| misleading | 3 | Misleading |" in card and "apostrophe" in card
    assert md("a|b\nc") == "a\\|b c"


def _stdlib(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_jsonl_bytes_are_the_standard_library_encoding() -> None:
    from claims.export.jsonl import jsonl_byte_chunks, jsonl_bytes

    hostile = "".join(chr(i) for i in range(0x3000) if chr(i) not in "\u2028\u2029") + "\U0001f600\ufeff"
    samples = [
        record(),
        record(text=hostile, quantities=[{"kind": "count", "low": -3, "high": 1.5e-3, "unit": None, "text": "x"}]),
        record(agreement={"annotations": 3, "overall": 1 / 3, "source_type": 1.0, "verdict": 0.0, "source_name": 1}),
    ]
    for sample in samples:
        assert jsonl_bytes(sample) == _stdlib(sample) + b"\n"
        assert jsonl_line(sample) == jsonl_bytes(sample).decode("utf-8")
    assert b"".join(jsonl_byte_chunks(samples, batch=2)) == b"".join(jsonl_bytes(s) for s in samples)
    # What orjson refuses goes through the standard library.
    big = record(cluster_id=2**70)
    assert jsonl_bytes(big) == _stdlib(big) + b"\n"
    lone = jsonl_bytes(record(text="a\ud800b"))
    assert json.loads(lone)["text"] == "a\ud800b"


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4])
def test_claim_agreement_fast_paths_match_the_pairwise_rule(size: int) -> None:
    from claims.export.agreement import FIELDS, _pairwise, labels_of

    rng = random.Random(size)
    for _ in range(50):
        ann = [
            {
                "source_type": rng.choice(["anonymous", "named_person", None]),
                "verdict": rng.choice(["supported", "refuted"]),
                "source_name": rng.choice([None, "", "Ana  Pérez", "ana pérez"]),
                "not_a_claim": rng.random() < 0.2,
            }
            for _ in range(size)
        ]
        labels = [labels_of(a) for a in ann]
        assert claim_agreement(ann) == {
            "annotations": size,
            "overall": _pairwise([tuple(lab[f] for f in FIELDS) for lab in labels]),
            **{field: _pairwise([lab[field] for lab in labels]) for field in FIELDS},
        }


def test_card_counts_by_batch_as_record_by_record() -> None:
    rng = random.Random(5)

    def annotation(user: int) -> dict:
        return {
            "user_id": user,
            "source_type": rng.choice(["anonymous", "named_person"]),
            "verdict": rng.choice(["supported", "refuted", None]),
            "source_name": rng.choice([None, "Ana", "ana "]),
            "not_a_claim": rng.random() < 0.1,
        }

    records = []
    for i in range(2500):
        annotations = [annotation(u) for u in range(rng.randint(0, 3))]
        records.append(
            record(
                id=str(i),
                status=rng.choice(["verified", "new", "rejected"]),
                verdict=rng.choice(["supported", "misleading", None]),
                outlet=rng.choice(["A", "B", None]),
                story=rng.choice(["s", None]),
                published=rng.choice(["2024-03-07", "2023-01-02", None, "2024-12-31"]),
                hedged=rng.random() < 0.3,
                dates=[{"start": "2024-01-01"}] if i % 3 else [],
                links=[{"id": "1"}] * (i % 3),
                evidence=[{"id": 1}] * (i % 2),
                annotations=annotations,
                agreement=claim_agreement(annotations) if annotations else None,
            )
        )
    tracked = DatasetStats()
    assert list(tracked.track(records)) == records
    one_by_one = DatasetStats()
    for r in records:
        one_by_one.add(r)
    provenance = {"format": "jsonl", "filters": {}}
    assert build_card(tracked, provenance) == build_card(one_by_one, provenance)
    assert tracked.records == 2500 and tracked.first_published == "2023-01-02"
    assert tracked.flags["with links"] == sum(1 for r in records if r["links"])
    assert tracked.distributions["status"]["verified"] == sum(1 for r in records if r["status"] == "verified")
    assert tracked.annotations == sum(len(r["annotations"]) for r in records)
    for field, acc in tracked.alpha.items():
        assert acc.units == one_by_one.alpha[field].units
        assert acc.alpha == pytest.approx(one_by_one.alpha[field].alpha)


@pytest.mark.parametrize(
    "text",
    [
        '{"low": 3000000000.0, "unit": "USD"}',
        '[{"kind": "count", "low": 12345678901234567890123, "high": null}]',
        '{"x": NaN, "y": -Infinity}',
        '{"text": "€103m – \\u2028 \\ud83d\\ude00 日本"}',
        '{"big": 1e400}',
        "[]",
    ],
)
def test_json_loads_reads_what_the_standard_library_reads(text: str) -> None:
    """orjson where it agrees; huge integers, NaN and numbers beyond a double go to the standard library."""
    expected = json.loads(text)
    for given in (text, text.encode(), memoryview(text.encode())):
        got = json_loads(given)
        assert json.dumps(got) == json.dumps(expected)
        assert type(got) is type(expected)
