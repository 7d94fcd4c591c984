"""The admin page: only admins manage accounts; roles are enforced on the routes, not only hidden."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from claims.extensions import db
from claims.models import AuditEvent, User
from tests.conftest import csrf_token, login


@pytest.fixture
def admin(client: FlaskClient, make_user) -> FlaskClient:
    make_user("root", "admin")
    login(client, "root")
    return client


@pytest.mark.parametrize("role", ["lead", "reviewer", "viewer"])
def test_only_admins_reach_user_management(client: FlaskClient, make_user, role: str) -> None:
    target = make_user("target", "viewer")
    make_user("someone", role)
    login(client, "someone")
    assert client.get("/admin/users").status_code == 403
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)
    response = client.post(
        f"/admin/users/{target.id}",
        data={"csrf_token": token, f"u{target.id}-role": "admin", f"u{target.id}-active": "y"},
    )
    assert response.status_code == 403
    assert db.session.get(User, target.id).role == "viewer"
    assert "/admin/users" not in client.get("/").get_data(as_text=True)


def test_admin_adds_a_user_and_changes_a_role(admin: FlaskClient) -> None:
    response = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf_token(admin, "/admin/users"),
            "username": "newbie",
            "role": "reviewer",
            "password": "long enough pw",
        },
    )
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.username == "newbie"))
    assert user.role == "reviewer"
    response = admin.post(
        f"/admin/users/{user.id}", data={"csrf_token": csrf_token(admin, "/admin/users"), f"u{user.id}-role": "lead"}
    )
    assert response.status_code == 302
    db.session.expire_all()
    user = db.session.get(User, user.id)
    assert user.role == "lead" and user.active is False  # an unticked box deactivates
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "update"))
    assert event.before == {"role": "reviewer", "active": True}
    assert event.after == {"role": "lead", "active": False}


def test_bad_new_user_is_refused_with_reasons(admin: FlaskClient) -> None:
    response = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf_token(admin, "/admin/users"),
            "username": "x y",
            "role": "reviewer",
            "password": "short",
        },
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "at least 8" in html
    assert db.session.scalar(select(User).where(User.username == "x y")) is None


def test_admin_cannot_lock_themself_out(admin: FlaskClient) -> None:
    me = db.session.scalar(select(User).where(User.username == "root"))
    response = admin.post(
        f"/admin/users/{me.id}", data={"csrf_token": csrf_token(admin, "/admin/users"), f"u{me.id}-role": "admin"}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, me.id).active is True
    assert "cannot demote or deactivate your own account" in admin.get("/admin/users").get_data(as_text=True)


def test_changes_need_a_csrf_token(admin: FlaskClient) -> None:
    response = admin.post("/admin/users", data={"username": "sneaky", "role": "admin", "password": "long enough pw"})
    assert response.status_code == 400
    assert db.session.scalar(select(User).where(User.username == "sneaky")) is None
