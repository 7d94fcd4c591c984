"""Administration: accounts and roles (admins only)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Role, User
from claims.services.users import MIN_PASSWORD_LENGTH, create_user, update_user
from claims.web.access import require_role

bp = Blueprint("admin", __name__, url_prefix="/admin")
ROLE_CHOICES = [SelectChoice(r.value) for r in Role]


class NewUserForm(FlaskForm):
    """Add an account."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    role = SelectField("Role", choices=ROLE_CHOICES, default=Role.REVIEWER.value)
    password = PasswordField(
        "Password",
        validators=[
            DataRequired(),
            Length(min=MIN_PASSWORD_LENGTH, max=500, message=f"must be at least {MIN_PASSWORD_LENGTH} characters"),
        ],
    )


class UserForm(FlaskForm):
    """Change one account's role and whether it may log in."""

    role = SelectField("Role", choices=ROLE_CHOICES)
    active = BooleanField("Active")


@bp.get("/users")
@require_role(Role.ADMIN)
def users():
    """Every account, with a form per row and one to add a new account."""
    rows = db.session.scalars(select(User).order_by(User.username)).all()
    forms = {u.id: UserForm(prefix=f"u{u.id}", role=u.role, active=u.active) for u in rows}
    return render_template("admin/users.html", users=rows, forms=forms, new_form=NewUserForm())


@bp.post("/users")
@require_role(Role.ADMIN)
def add_user():
    """Create an account from the form."""
    form = NewUserForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.username.data.strip(), form.role.data, form.password.data, actor=current_user)
        except ValidationError as exc:
            form.username.errors.append(exc.reason)
        else:
            db.session.commit()
            flash(f"Added {user.role} {user.username}.")
            return redirect(url_for("admin.users"))
    rows = db.session.scalars(select(User).order_by(User.username)).all()
    forms = {u.id: UserForm(prefix=f"u{u.id}", role=u.role, active=u.active) for u in rows}
    return render_template("admin/users.html", users=rows, forms=forms, new_form=form), 400


@bp.post("/users/<int:user_id>")
@require_role(Role.ADMIN)
def change_user(user_id: int):
    """Apply one row's role and active flag."""
    user = db.session.get(User, user_id) or abort(404, description=f"user {user_id} not found")
    form = UserForm(prefix=f"u{user_id}")
    if not form.validate_on_submit():
        abort(400, description="invalid form: " + "; ".join(f"{k}: {v[0]}" for k, v in form.errors.items()))
    try:
        update_user(user, actor=current_user, role=form.role.data, active=form.active.data)
    except ValidationError as exc:
        flash(f"Not changed: {exc.reason}.")
    else:
        db.session.commit()
        flash(f"Saved {user.username}: {user.role}, {'active' if user.active else 'deactivated'}.")
    return redirect(url_for("admin.users"))
