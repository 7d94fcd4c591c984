"""Logging in: every page needs it, failures are slowed, deactivated accounts stay out, CSRF holds."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from claims.extensions import db
from claims.models import User
from claims.services.users import LoginThrottled, authenticate, login_delay
from tests.conftest import PASSWORD, login


@pytest.mark.parametrize("path", ["/", "/articles/1", "/articles/1.json"])
def test_pages_need_a_login(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_login_then_logout(client: FlaskClient, make_user) -> None:
    make_user("ana", "reviewer")
    response = login(client, "ana")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert "ana · reviewer" in client.get("/").get_data(as_text=True)
    page = client.get("/").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_wrong_password_and_unknown_user_look_the_same(client: FlaskClient, make_user) -> None:
    make_user("ana")
    wrong = login(client, "ana", "nope nope nope")
    unknown = login(client, "nobody", "nope nope nope")
    assert wrong.status_code == unknown.status_code == 401
    assert "Unknown username or wrong password." in wrong.get_data(as_text=True)
    assert "Unknown username or wrong password." in unknown.get_data(as_text=True)


def test_deactivated_account_cannot_log_in(client: FlaskClient, make_user) -> None:
    make_user("gone", active=False)
    assert login(client, "gone").status_code == 401


def test_post_without_csrf_token_is_refused(client: FlaskClient, make_user) -> None:
    make_user("ana")
    response = client.post("/login", data={"username": "ana", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_open_redirect_after_login_is_refused(client: FlaskClient, make_user) -> None:
    make_user("ana")
    page = client.get("/login?next=//evil.example/x").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post(
        "/login?next=//evil.example/x", data={"username": "ana", "password": PASSWORD, "csrf_token": token}
    )
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize(("failures", "delay"), [(0, 0), (2, 0), (3, 1), (4, 2), (8, 32), (30, 300)])
def test_login_delay_grows_then_caps(failures: int, delay: int) -> None:
    assert login_delay(failures) == delay


def test_repeated_failures_are_slowed_then_forgiven(app, make_user) -> None:
    make_user("ana")
    t0 = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    for i in range(4):
        assert authenticate("ana", "wrong password", now=t0 + dt.timedelta(seconds=i * 10)) is None
    with pytest.raises(LoginThrottled) as exc:  # 4 failures: wait 2 s after the last one, even with the right password
        authenticate("ana", PASSWORD, now=t0 + dt.timedelta(seconds=31))
    assert exc.value.retry_after == 1
    assert authenticate("ana", PASSWORD, now=t0 + dt.timedelta(seconds=33)) is not None
    db.session.commit()
    assert db.session.scalar(select(User.failed_logins).where(User.username == "ana")) == 0


def test_login_page_is_throttled_over_http(client: FlaskClient, make_user) -> None:
    make_user("ana")
    statuses = [login(client, "ana", "bad password!").status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]  # the fourth try comes within the 1 s wait
    assert "Try again in" in login(client, "ana").get_data(as_text=True)
