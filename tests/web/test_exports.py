"""The Export page: login required, viewers may export, GET downloads with filters, blind review kept.

Downloads are read with `buffered=True`: the streamed body is then consumed inside the request's own
context, as a WSGI server does (the test client gives each request a context of its own).
"""

from __future__ import annotations

import io
import json
import re

import pyarrow.parquet as pq
from flask.testing import FlaskClient

from tests.conftest import login
from tests.services.test_exports import build_dataset


def test_export_page_needs_a_login(client: FlaskClient, make_user) -> None:
    build_dataset(make_user)
    for path in ("/exports", "/exports/download?format=jsonl", "/exports/card?format=jsonl"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_viewer_sees_the_form_and_the_nav_link(client: FlaskClient, make_user) -> None:
    build_dataset(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    page = client.get("/exports").get_data(as_text=True)
    assert 'href="/exports"' in page and "Bridge vote" in page and "Él País" in page
    assert re.search(r'<input checked[^>]*value="verified"', page), "verified is ticked by default"


def test_viewer_downloads_jsonl_with_filters_by_plain_get(client: FlaskClient, make_user) -> None:
    data = build_dataset(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    response = client.get(
        "/exports/download?format=jsonl&story=Bridge+vote&verdict=refuted&verdict=misleading", buffered=True
    )
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="claims-')
    assert response.mimetype == "application/jsonl"
    records = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert [r["id"] for r in records] == [str(data.claims[1].id), str(data.claims[3].id)]


def test_csv_and_claimreview_and_parquet_downloads(client: FlaskClient, make_user) -> None:
    build_dataset(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    csv = client.get("/exports/download?format=csv", buffered=True)
    assert csv.status_code == 200 and csv.get_data().startswith(b"\xef\xbb\xbfid,")
    assert csv.get_data(as_text=True).count("\r\n") >= 6
    reviews = client.get("/exports/download?format=claimreview&all_statuses=y", buffered=True)
    assert len(json.loads(reviews.get_data(as_text=True))["@graph"]) == 5
    parquet = client.get("/exports/download?format=parquet&all_statuses=y", buffered=True)
    assert parquet.status_code == 200
    assert pq.read_table(io.BytesIO(parquet.get_data())).num_rows == 7


def test_card_download(client: FlaskClient, make_user) -> None:
    build_dataset(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    response = client.get("/exports/card?format=csv&outlet=%C3%89l+Pa%C3%ADs")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "records: 2" in text and "outlet=Él País" in text and "vic" in text


def test_bad_filters_show_the_form_with_errors(client: FlaskClient, make_user) -> None:
    build_dataset(make_user)
    make_user("vic", "viewer")
    login(client, "vic")
    response = client.get("/exports/download?format=jsonl&min_agreement=3", buffered=True)
    assert response.status_code == 400 and "field-error" in response.get_data(as_text=True)
    response = client.get("/exports/download?format=jsonl&story=Nowhere", buffered=True)
    assert response.status_code == 400
    response = client.get("/exports/download?format=jsonl&since=2024-05-01&until=2024-04-01", buffered=True)
    assert response.status_code == 400 and "is after --until" in response.get_data(as_text=True)


def test_reviewer_export_keeps_blind_review(client: FlaskClient, make_user) -> None:
    data = build_dataset(make_user)
    login(client, "bob")  # bob has not annotated the in-review claim that ana annotated
    response = client.get("/exports/download?format=jsonl&status=in_review", buffered=True)
    (record,) = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert record["id"] == str(data.claims[2].id)
    assert record["annotations"] == [] and record["evidence"] == []
