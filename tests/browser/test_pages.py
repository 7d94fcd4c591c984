"""The front page and the article page in a real Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner

from tests.browser.conftest import browser_login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)]

SHOTS = Path(os.environ.get("CLAIMS_SCREENSHOTS", Path(__file__).resolve().parents[2] / "test-artifacts"))


def test_demo_article_shows_highlighted_claims_and_runs_no_article_script(
    runner: FlaskCliRunner, live_server: str, page, tmp_path: Path, make_user
) -> None:
    assert runner.invoke(args=["claims", "seed"]).exit_code == 0
    make_user("viv", "viewer")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(
        "<html><head><title>Port deal signed</title></head><body><article><h1>Port deal signed</h1>"
        "<p>The port authority signed a $40 million deal on Monday, officials said.</p>"
        "<p>&lt;script&gt;alert('from text')&lt;/script&gt; The deal runs for 10 years, the authority said.</p>"
        "<p>&lt;img src=x onerror=alert(2)&gt; Dock workers welcomed it.</p></article></body></html>"
    )
    assert runner.invoke(args=["claims", "import", "--outlet", "Harbour News", str(hostile)]).exit_code == 0

    page.goto(live_server + "/")
    assert "/login" in page.url
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "login.png"))
    browser_login(page, live_server, "viv", PASSWORD)
    assert page.locator("h1").inner_text().startswith("Articles")
    page.screenshot(path=str(SHOTS / "index.png"))
    page.get_by_role("link", name="Algeria-US partnership addresses security concerns").click()
    page.wait_for_selector("a.claim-span")
    assert page.locator("a.claim-span").count() >= 5
    assert page.locator(".claims li").count() >= 5
    assert "READ:" not in page.locator("#article-body").inner_text()
    page.screenshot(path=str(SHOTS / "article.png"), full_page=False)

    page.goto(live_server + "/")
    page.get_by_role("link", name="Port deal signed").click()
    assert "<script>alert('from text')</script>" in page.locator("#article-body").inner_text()
    assert page.locator("#article-body script, #article-body img").count() == 0
    assert page.dialogs == []
    page.screenshot(path=str(SHOTS / "hostile.png"))


def test_front_page_works_from_the_keyboard(runner: FlaskCliRunner, live_server: str, page, make_user) -> None:
    runner.invoke(args=["claims", "seed"])
    make_user("viv", "viewer")
    browser_login(page, live_server, "viv", PASSWORD)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('table') !== null"):
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("article.article")
    assert "/articles/" in page.url
