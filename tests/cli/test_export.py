"""`flask claims export`: every format read back by the tools people use, the card, errors, stdout purity."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner

from tests.services.test_exports import HOSTILE, build_dataset


def _export(runner: FlaskCliRunner, *args: str):
    result = runner.invoke(args=["claims", "export", *args])
    assert result.exit_code == 0, result.stderr
    return result


def test_jsonl_to_stdout_is_pure_and_verified_only(runner: FlaskCliRunner, make_user) -> None:
    data = build_dataset(make_user)
    result = _export(runner, "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in records] == ["verified"] * 5
    assert {r["id"] for r in records} == {str(data.claims[i].id) for i in (0, 1, 3, 5, 6)}
    hostile = next(r for r in records if r["outlet"] == "Él País" and r["verdict"] == "misleading")
    assert hostile["text"] == HOSTILE
    assert "exported 5 claims" in result.stderr


def test_jsonl_file_loads_in_hugging_face_datasets_with_a_card(
    runner: FlaskCliRunner, make_user, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_dataset(make_user)
    out = tmp_path / "claims.jsonl"
    _export(runner, "--format", "jsonl", "--all", "--out", str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7
    card = (tmp_path / "claims.jsonl.card.md").read_text(encoding="utf-8")
    for expected in ("records: 7", "status=all", "Krippendorff", "| supported | 5 | Supported |", "## Fields"):
        assert expected in card
    table = _load_with_datasets("json", out, tmp_path, monkeypatch)
    assert table.num_rows == 7
    assert "Él País" in table["outlet"] and HOSTILE in table["text"]


def _load_with_datasets(builder: str, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Load a file with Hugging Face datasets, offline, every cache under tmp_path."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
    datasets = pytest.importorskip("datasets")
    return datasets.load_dataset(builder, data_files=str(path), split="train", cache_dir=str(tmp_path / "hf-cache"))


def test_csv_opens_in_pandas_with_utf8_and_flattened_columns(runner: FlaskCliRunner, make_user, tmp_path) -> None:
    import pandas as pd

    build_dataset(make_user)
    out = tmp_path / "claims.csv"
    _export(runner, "--format", "csv", "--out", str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,text,")
    frame = pd.read_csv(out)
    assert list(frame.columns[:3]) == ["id", "text", "article_id"]
    assert {"attribution_type", "attribution_source", "quantity_low", "quantities_json", "links_json"} <= set(
        frame.columns
    )
    assert len(frame) == 5
    mayor = frame[frame["attribution_source"] == "Mayor Ana Pérez"].iloc[0]
    assert mayor["quantity_low"] == 4e7 and mayor["quantity_unit"] == "USD"
    assert json.loads(mayor["quantities_json"])[0]["text"] == "$40 million"
    assert json.loads(mayor["links_json"])[0]["outlet"] == "Él País"
    assert frame["hedged"].dtype == bool and not mayor["hedged"] and mayor["agreement"] == 1.0
    assert frame["published"].tolist().count("2024-03-07") == 2
    # The formula-looking claim is neutralised with a leading apostrophe, the rest of the text intact.
    hostile = frame[frame["outlet"] == "Él País"]["text"].tolist()
    assert "'" + HOSTILE in hostile


def test_parquet_is_typed_and_loads_in_pyarrow_and_datasets(
    runner: FlaskCliRunner, make_user, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    build_dataset(make_user)
    out = tmp_path / "claims.parquet"
    _export(runner, "--format", "parquet", "--all", "--out", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 7
    schema = table.schema
    assert schema.field("published").type == pa.date32()
    assert schema.field("span").type == pa.struct([("start", pa.int32()), ("end", pa.int32())])
    assert pa.types.is_list(schema.field("quantities").type)
    assert pa.types.is_list(schema.field("annotations").type) and pa.types.is_list(schema.field("links").type)
    rows = table.to_pylist()
    mayor = next(r for r in rows if r["attribution"]["source"] == "Mayor Ana Pérez")
    assert mayor["published"] == dt.date(2024, 3, 7)
    assert mayor["quantities"][0]["low"] == 4e7
    assert mayor["dates"][0]["start"] == dt.date(2024, 3, 5)
    assert mayor["links"][0]["outlet"] == "Él País" and mayor["agreement"]["overall"] == 1.0
    assert mayor["annotations"][0]["submitted_at"].tzinfo is not None
    loaded = _load_with_datasets("parquet", out, tmp_path, monkeypatch)
    assert loaded.num_rows == 7 and loaded.features["published"].dtype == "date32"


def test_parquet_needs_out(runner: FlaskCliRunner, make_user) -> None:
    result = runner.invoke(args=["claims", "export", "--format", "parquet"])
    assert result.exit_code == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "--out" in result.stderr


SCHEMA = "http://schema.org/"


def _schema_org_loader(url: str, options: dict | None = None) -> dict:
    """Serve a minimal schema.org context offline (the network is not reachable in tests)."""
    if url.rstrip("/") not in {"https://schema.org", "http://schema.org"}:
        raise ValueError(f"unexpected remote context {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}


def test_claimreview_json_ld_expands_with_the_expected_types(runner: FlaskCliRunner, make_user, tmp_path) -> None:
    from pyld import jsonld

    build_dataset(make_user)
    out = tmp_path / "reviews.jsonld"
    result = _export(runner, "--all", "--format", "claimreview", "--out", str(out))
    assert "exported 7 claims" in result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    expanded = jsonld.expand(document, {"documentLoader": _schema_org_loader})
    reviews = [node for node in expanded if SCHEMA + "ClaimReview" in node.get("@type", [])]
    assert len(reviews) == 5  # verified claims with a verdict; the in-review and rejected ones are left out

    def value(node: dict, prop: str):
        return node[SCHEMA + prop][0].get("@value", node[SCHEMA + prop][0])

    by_text = {value(r, "claimReviewed"): r for r in reviews}
    assert HOSTILE in by_text
    mayor = by_text["The mayor said the bridge costs $40 million."]
    rating = mayor[SCHEMA + "reviewRating"][0]
    assert rating["@type"] == [SCHEMA + "Rating"]
    assert value(rating, "ratingValue") == 5 and value(rating, "alternateName") == "Supported"
    claim = mayor[SCHEMA + "itemReviewed"][0]
    assert claim["@type"] == [SCHEMA + "Claim"]
    author = claim[SCHEMA + "author"][0]
    assert author["@type"] == [SCHEMA + "Person"] and value(author, "name") == "Mayor Ana Pérez"
    appearances = claim[SCHEMA + "appearance"]
    assert [value(a, "url") for a in appearances] == ["https://times.example/bridge", "https://elpais.example/puente"]
    assert value(claim, "datePublished") == "2024-03-07"
    assert mayor[SCHEMA + "author"][0]["@type"] == [SCHEMA + "Organization"]
    # Anonymous and unattributed claims have no invented author; a verdict off the scale has no number.
    refuted = next(r for r in reviews if value(r[SCHEMA + "reviewRating"][0], "alternateName") == "Refuted")
    assert SCHEMA + "author" not in refuted[SCHEMA + "itemReviewed"][0]
    nee = next(r for r in reviews if value(r[SCHEMA + "reviewRating"][0], "alternateName") == "Not enough evidence")
    assert SCHEMA + "ratingValue" not in nee[SCHEMA + "reviewRating"][0]
    # Safe to paste into an HTML <script> block.
    assert "</script>" not in out.read_text(encoding="utf-8")


def test_claimreview_publisher_from_configuration(runner: FlaskCliRunner, make_user) -> None:
    build_dataset(make_user)
    runner.app.config["CLAIMREVIEW_PUBLISHER"] = {"name": "Fact Desk", "url": "https://factdesk.example"}
    document = json.loads(_export(runner, "--format", "claimreview", "--verdict", "supported").stdout)
    assert len(document["@graph"]) == 2
    review = document["@graph"][0]
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk", "url": "https://factdesk.example"}
    assert review["url"].startswith("https://factdesk.example/articles/")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "claimreview"])
def test_empty_export_writes_valid_empty_files_and_a_card(runner: FlaskCliRunner, make_user, tmp_path, fmt) -> None:
    import pandas as pd
    import pyarrow.parquet as pq

    build_dataset(make_user)
    out = tmp_path / f"empty.{fmt}"
    _export(runner, "--format", fmt, "--verdict", "not_checkable", "--out", str(out))
    if fmt == "jsonl":
        assert out.read_bytes() == b""
    elif fmt == "csv":
        frame = pd.read_csv(out)
        assert len(frame) == 0 and "attribution_type" in frame.columns
    elif fmt == "parquet":
        table = pq.read_table(out)
        assert table.num_rows == 0 and "annotations" in table.column_names
    else:
        assert json.loads(out.read_text()) == {"@context": "https://schema.org", "@graph": []}
    card = Path(f"{out}.card.md").read_text(encoding="utf-8")
    assert "records: 0" in card and "verdict=not_checkable" in card


def test_filters_reach_the_export(runner: FlaskCliRunner, make_user) -> None:
    data = build_dataset(make_user)
    result = _export(
        runner, "--format", "jsonl", "--story", "Bridge vote", "--source-type", "anonymous", "--since", "2024-03-01"
    )
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(data.claims[1].id)]
    result = _export(runner, "--format", "jsonl", "--status", "rejected", "--outlet", "Él País", "--min-agreement", "1")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(data.claims[4].id)]
    result = _export(runner, "--format", "jsonl", "--verdict", "refuted", "--until", "2024-03-01")
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--story", "Nowhere"], "no story named 'Nowhere'"),
        (["--outlet", "Nobody"], "no outlet named 'Nobody'"),
        (["--all", "--status", "new"], "--status or --all"),
        (["--since", "2024-05-01", "--until", "2024-04-01"], "after --until"),
    ],
)
def test_user_errors_are_one_line(runner: FlaskCliRunner, make_user, args: list[str], message: str) -> None:
    build_dataset(make_user)
    result = runner.invoke(args=["claims", "export", "--format", "jsonl", *args])
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_unwritable_out_is_one_line(runner: FlaskCliRunner, make_user, tmp_path: Path) -> None:
    build_dataset(make_user)
    result = runner.invoke(args=["claims", "export", "--format", "jsonl", "--out", str(tmp_path / "no" / "x.jsonl")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "x.jsonl" in result.stderr


def test_card_beside_stdout_export_with_card_option(runner: FlaskCliRunner, make_user, tmp_path: Path) -> None:
    build_dataset(make_user)
    card = tmp_path / "stdout.card.md"
    result = _export(runner, "--format", "csv", "--card", str(card), "--source-type", "organization")
    rows = list(csv.reader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert result.stdout.startswith("\ufeffid,") and len(rows) == 2 and rows[1][1] == "'" + HOSTILE
    text = card.read_text(encoding="utf-8")
    assert "records: 1" in text and "source_type=organization" in text and "| file | - |" in text
