"""The read-only JSON API: token authentication, filters, pagination, one error envelope, OpenAPI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from openapi_spec_validator import validate
from sqlalchemy import select

from claims.extensions import db
from claims.models import User
from claims.services.users import create_api_token
from tests.services.test_links import import_pair

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "claims" / "openapi.yaml").read_text())


@pytest.fixture
def token(make_user) -> str:
    user = make_user("robot", "viewer")
    _, value = create_api_token(user, "tests")
    db.session.commit()
    return value


def get(client: FlaskClient, path: str, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.get(path, headers=headers)


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic abc", "Bearer "])
def test_no_or_bad_token_is_a_json_401(client: FlaskClient, header: str | None) -> None:
    response = client.get("/api/claims", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.get_json()["error"]["status"] == 401


def test_deactivated_users_tokens_stop_working(client: FlaskClient, token: str) -> None:
    assert get(client, "/api/stories", token).status_code == 200
    db.session.scalar(select(User).where(User.username == "robot")).active = False
    db.session.commit()
    assert get(client, "/api/stories", token).status_code == 401


def test_claims_are_paged_filtered_records(
    client: FlaskClient, runner: FlaskCliRunner, token: str, tmp_path: Path
) -> None:
    import_pair(runner, tmp_path)
    body = get(client, "/api/claims?per_page=2", token).get_json()
    assert body["page"] == 1 and body["per_page"] == 2 and len(body["items"]) == 2 and body["total"] >= 4
    required = SPEC["components"]["schemas"]["Claim"]["required"]
    for item in body["items"]:
        assert set(required) <= set(item)
    gazette = get(client, "/api/claims?outlet=Gazette&per_page=500", token).get_json()
    assert gazette["items"] and {i["outlet"] for i in gazette["items"]} == {"Gazette"}
    one = get(client, f"/api/claims/{gazette['items'][0]['id']}", token).get_json()
    assert one["text"] == gazette["items"][0]["text"]
    assert get(client, "/api/claims?status=verified", token).get_json()["total"] == 0


def test_articles_stories_links_and_report(
    client: FlaskClient, runner: FlaskCliRunner, token: str, tmp_path: Path
) -> None:
    import_pair(runner, tmp_path)
    listing = get(client, "/api/articles?story=bridge", token).get_json()
    assert listing["total"] == 2 and "body" not in listing["items"][0]
    article = get(client, f"/api/articles/{listing['items'][0]['id']}", token).get_json()
    assert article["body"] and article["claims"]
    stories = get(client, "/api/stories", token).get_json()["items"]
    assert stories[0]["name"] == "bridge" and stories[0]["articles"] == 2
    report = get(client, f"/api/stories/{stories[0]['id']}/report", token).get_json()
    assert report["outlets"] == ["Gazette", "Herald"]
    links = get(client, "/api/links?relation=conflict", token).get_json()
    assert links["items"] and all(link["relation"] == "conflict" for link in links["items"])


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/claims?per_page=0", 400),
        ("/api/claims?page=x", 400),
        ("/api/claims?per_page=501", 400),
        ("/api/claims?story=nope", 404),
        ("/api/claims/999999", 404),
        ("/api/articles/999999", 404),
        ("/api/stories/999999/report", 404),
        ("/api/links?claim=abc", 400),
        ("/api/nothing-here", 404),
    ],
)
def test_errors_share_one_json_envelope(client: FlaskClient, token: str, path: str, status: int) -> None:
    response = get(client, path, token)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["status"] == status and error["message"] and "\n" not in error["message"]


def test_the_api_is_read_only(client: FlaskClient, token: str) -> None:
    response = client.post("/api/claims", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 405 and response.get_json()["error"]["status"] == 405


def test_openapi_is_valid_and_matches_the_routes(app: Flask, client: FlaskClient) -> None:
    validate(SPEC)
    documented = {path for path in SPEC["paths"]}
    routed = {
        rule.rule.replace("<int:", "{").replace(">", "}")
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
    }
    assert documented == routed
    served = client.get("/api/openapi.yaml")
    assert served.status_code == 200 and yaml.safe_load(served.get_data(as_text=True)) == SPEC
    served.close()
