"""`flask users create` and `flask claims seed`."""

from __future__ import annotations

from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from claims.extensions import db
from claims.models import Article, AuditEvent, Role, User
from claims.services.users import verify_password


def test_create_user_hashes_the_password_and_audits(runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["users", "create", "ana", "--role", "lead", "--password-stdin"], input="correct horse\n"
    )
    assert result.exit_code == 0, result.stderr
    user = db.session.scalar(select(User).where(User.username == "ana"))
    assert user.role == Role.LEAD
    assert "correct horse" not in user.password_hash
    assert verify_password(user, "correct horse") and not verify_password(user, "wrong")
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "user")).action == "create"


def test_bad_user_input_is_one_line(runner: FlaskCliRunner) -> None:
    create = ["users", "create", "--role", "viewer", "--password-stdin"]
    runner.invoke(args=[*create, "ana"], input="long enough\n")
    again = runner.invoke(args=[*create, "ana"], input="long enough\n")
    short = runner.invoke(args=[*create, "bo"], input="short\n")
    for result, words in ((again, "already exists"), (short, "at least")):
        assert result.exit_code == 1
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_seed_is_idempotent_and_prints_the_demo_login(runner: FlaskCliRunner) -> None:
    first = runner.invoke(args=["claims", "seed"])
    assert first.exit_code == 0, first.stderr
    articles = db.session.scalar(select(func.count()).select_from(Article))
    assert articles >= 4
    assert db.session.scalar(select(func.count()).select_from(Article).where(Article.title.like("%README%"))) == 0
    login = next(line for line in first.stdout.splitlines() if line.startswith("demo login:"))
    password = login.split(" / ")[1]
    second = runner.invoke(args=["claims", "seed"])
    assert f"demo login: demo / {password}" in second.stdout
    assert "0 new articles" in second.stdout
    assert db.session.scalar(select(func.count()).select_from(Article)) == articles
    demo = db.session.scalar(select(User).where(User.username == "demo"))
    assert demo.role == Role.REVIEWER and verify_password(demo, password)


def test_token_is_printed_once_and_only_its_hash_is_kept(runner: FlaskCliRunner) -> None:
    runner.invoke(args=["users", "create", "robot", "--role", "viewer", "--password-stdin"], input="long enough\n")
    result = runner.invoke(args=["users", "token", "robot", "--label", "nightly export"])
    assert result.exit_code == 0, result.stderr
    token = result.stdout.strip()
    assert token.startswith("clm_") and len(token) > 40
    from claims.models import ApiToken

    row = db.session.scalar(select(ApiToken))
    assert row.label == "nightly export" and token not in row.token_hash
    missing = runner.invoke(args=["users", "token", "nobody"])
    assert missing.exit_code == 1 and "no user named 'nobody'" in missing.stderr


def test_seed_gives_the_demo_reviewer_a_queue(runner: FlaskCliRunner) -> None:
    from claims.models import Assignment

    runner.invoke(args=["claims", "seed"])
    demo = db.session.scalar(select(User).where(User.username == "demo"))
    first = db.session.scalar(select(func.count()).select_from(Assignment).where(Assignment.user_id == demo.id))
    assert first > 0
    runner.invoke(args=["claims", "seed"])
    assert db.session.scalar(select(func.count()).select_from(Assignment).where(Assignment.user_id == demo.id)) == first
