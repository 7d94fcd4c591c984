"""Logging in and out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, StringField
from wtforms.validators import DataRequired, Length

from claims.extensions import db
from claims.services.users import LoginThrottled, authenticate

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=500)])
    remember = BooleanField("Keep me logged in")


def _safe_next(target: str | None) -> str:
    """Only redirect to a path on this site after login."""
    if target and not urlsplit(target).netloc and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("articles.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """The login form; failures are counted and slowed down per account."""
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        try:
            user = authenticate(form.username.data.strip(), form.password.data)
        except LoginThrottled as exc:
            db.session.commit()
            form.form_errors.append(f"Too many failed attempts. Try again in {exc.retry_after} seconds.")
            return render_template("auth/login.html", form=form), 429
        db.session.commit()
        if user is not None:
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.form_errors.append("Unknown username or wrong password.")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.post("/logout")
def logout():
    """End the session (POST, with CSRF, so a link on another site cannot log you out)."""
    logout_user()
    flash("You are logged out.")
    return redirect(url_for("auth.login"))
