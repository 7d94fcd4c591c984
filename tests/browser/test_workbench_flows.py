"""Reviewer flows in a real Chromium: keyboard-only annotation, split, add from selection, adjudication."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from claims.extensions import db
from claims.models import Annotation, Claim, ClaimStatus
from claims.services.stories import assign_claims
from tests.browser.conftest import browser_login
from tests.builders import make_article, make_story_with_reviewers
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)]
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BODY = (
    "The council approved a budget of $12 million on Tuesday, the mayor said.\n\n"
    "Officials expect the bridge to open in 2025.\n\n"
    "Local shops reported 3,000 new customers last month.\n"
)


@pytest.fixture
def story(make_user):
    """A story with one article of three claims, two reviewers, everything assigned."""
    lead = make_user("lee", "lead")
    ana, bob = make_user("ana", "reviewer"), make_user("bob", "reviewer")
    article = make_article(
        BODY,
        claims=[
            "The council approved a budget of $12 million on Tuesday",
            "Officials expect the bridge to open in 2025.",
            "Local shops reported 3,000 new customers last month.",
        ],
    )
    made = make_story_with_reviewers("bridge", lead, [ana, bob], articles=[article])
    assign_claims(made, user=lead)
    db.session.commit()
    return article


def claims_of(article) -> list[Claim]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(Claim).where(Claim.article_id == article.id, Claim.deleted_at.is_(None)).order_by(Claim.start)
        )
    )


def annotate_by_keyboard(page, source_key: str, verdict_key: str) -> None:
    """Pick source type and verdict with the number keys, then Ctrl+Enter: save and go to the next claim."""
    page.keyboard.press(source_key)
    page.keyboard.press(f"Shift+{verdict_key}")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")


def test_annotate_save_next_loop_without_the_mouse(story, live_server: str, page) -> None:
    browser_login(page, live_server, "ana", PASSWORD)
    page.goto(live_server + "/queue")
    with page.expect_navigation():
        page.keyboard.press("n")
    first_url = page.url
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "claim-panel.png"), full_page=False)
    annotate_by_keyboard(page, "6", "1")  # unattributed, supported
    assert page.url != first_url
    annotate_by_keyboard(page, "1", "2")  # named person, refuted
    page.keyboard.press("?")
    assert page.locator("dialog.shortcuts").is_visible()
    page.keyboard.press("Escape")
    mine = db.session.scalars(select(Annotation).order_by(Annotation.id)).all()
    assert [(a.source_type, a.verdict) for a in mine] == [("unattributed", "supported"), ("named_person", "refuted")]
    assert page.console_errors == []


def test_split_a_claim_in_the_panel(story, live_server: str, page) -> None:
    browser_login(page, live_server, "ana", PASSWORD)
    first = claims_of(story)[0]
    page.goto(f"{live_server}/articles/{story.id}/claims/{first.id}")
    page.keyboard.press("s")
    page.keyboard.press("Control+a")
    page.keyboard.type("The council approved a budget on Tuesday.")
    page.fill('textarea[name="second"]', "The budget is $12 million.")
    with page.expect_navigation():
        page.get_by_role("button", name="Split").click()
    texts = [c.text for c in claims_of(story)]
    assert "The council approved a budget on Tuesday." in texts and "The budget is $12 million." in texts


def test_add_a_claim_by_selecting_article_text(story, live_server: str, page) -> None:
    browser_login(page, live_server, "ana", PASSWORD)
    page.goto(f"{live_server}/articles/{story.id}")
    target = "bridge to open in 2025"
    page.evaluate(
        """(target) => {
            const body = document.getElementById('article-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(target);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + target.length);
                    const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                    return;
                }
            }
        }""",
        target,
    )
    page.keyboard.press("a")
    assert page.locator("#add-claim").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Add claim").click()
    added = db.session.scalar(select(Claim).where(Claim.origin == "manual"))
    assert added is not None and added.text == target
    assert BODY[added.start : added.end] == target


def test_two_reviewers_disagree_and_a_lead_adjudicates(story, live_server: str, browser) -> None:
    claim = claims_of(story)[0]
    url = f"{live_server}/articles/{story.id}/claims/{claim.id}"
    for name, verdict_key in (("ana", "1"), ("bob", "2")):
        context = browser.new_context()
        page = context.new_page()
        browser_login(page, live_server, name, PASSWORD)
        page.goto(url)
        page.keyboard.press("6")
        page.keyboard.press(f"Shift+{verdict_key}")
        with page.expect_navigation():
            page.keyboard.press("Control+s")
        context.close()
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).status == ClaimStatus.NEEDS_ADJUDICATION
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    browser_login(page, live_server, "lee", PASSWORD)
    page.goto(live_server + "/adjudication")
    page.get_by_role("link", name=claim.text).click()
    form = page.locator("form.adjudicate")
    form.locator('input[name="adj-verdict"][value="refuted"]').check()
    form.locator('textarea[name="adj-rationale"]').fill("The budget papers say $10 million.")
    page.screenshot(path=str(SHOTS / "adjudication.png"), full_page=False)
    with page.expect_navigation():
        form.get_by_role("button", name="Adjudicate").click()
    context.close()
    db.session.expire_all()
    settled = db.session.get(Claim, claim.id)
    assert (settled.status, settled.verdict) == (ClaimStatus.VERIFIED, "refuted")


def test_a_viewer_cannot_write(story, live_server: str, page, make_user) -> None:
    make_user("vic", "viewer")
    browser_login(page, live_server, "vic", PASSWORD)
    claim = claims_of(story)[0]
    page.goto(f"{live_server}/articles/{story.id}/claims/{claim.id}")
    assert page.locator("#annotation-form").count() == 0
    assert page.locator("form.adjudicate").count() == 0
    page.keyboard.press("6")
    page.keyboard.press("Control+Enter")
    status = page.evaluate(
        """async (id) => {
            const token = document.querySelector('input[name=csrf_token]').value;
            const body = new URLSearchParams({csrf_token: token, source_type: 'unattributed', verdict: 'supported'});
            const r = await fetch('/claims/' + id + '/annotation', {method: 'POST', body});
            return r.status;
        }""",
        claim.id,
    )
    assert status == 403
    assert db.session.scalar(select(Annotation)) is None
