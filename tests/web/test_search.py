"""Searching and filtering claims."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from claims.extensions import db
from claims.models import Claim
from tests.builders import make_article


@pytest.fixture
def data(reader: FlaskClient):
    a = make_article("Prices rose 5% in May.\nThe mayor resigned on Friday.\n", outlet="Gazette")
    b = make_article("Unemployment fell to 4%.\n100% of votes were counted.\n", outlet="Herald")
    a.claims[0].status, a.claims[0].verdict = "verified", "supported"
    b.claims[1].source_type = "organization"
    db.session.commit()
    return a, b


def texts(client: FlaskClient, query: str) -> list[str]:
    html = client.get("/claims?" + query).get_data(as_text=True)
    return [c.text for c in db.session.query(Claim).all() if c.text in html]


def test_filters_narrow_the_list(reader: FlaskClient, data) -> None:
    _gazette, b = data
    assert len(texts(reader, "")) == 4
    assert texts(reader, "q=mayor") == ["The mayor resigned on Friday."]
    assert set(texts(reader, f"outlet={b.outlet_id}")) == {"Unemployment fell to 4%.", "100% of votes were counted."}
    assert texts(reader, "status=verified&verdict=supported") == ["Prices rose 5% in May."]
    assert texts(reader, "source_type=organization") == ["100% of votes were counted."]


def test_like_wildcards_in_the_query_are_literal(reader: FlaskClient, data) -> None:
    assert texts(reader, "q=100%25") == ["100% of votes were counted."]
    assert texts(reader, "q=_") == []


def test_bad_filter_values_are_reported_not_crashing(reader: FlaskClient, data) -> None:
    response = reader.get("/claims?status=bogus&outlet=notanumber")
    assert response.status_code == 200
    assert "Not a valid choice" in response.get_data(as_text=True)


def test_search_needs_a_login(client: FlaskClient) -> None:
    assert client.get("/claims").status_code == 302
