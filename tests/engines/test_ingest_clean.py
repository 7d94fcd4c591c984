"""clean_body: boilerplate removal with honest offsets, on the dev corpus, the seed and made-up pages."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from claims.ingest import CleanResult, clean_body, content_hash

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "dev-corpus"
SEED = SHARED / "seeds" / "algeria-us-security.txt"
_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)


def _gold_articles() -> list[dict]:
    return json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["articles"]


def _body_and_title(path: Path) -> tuple[str, str]:
    """The gold 'body' (everything after the closing ---) and the front-matter title."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    assert match, path
    title = re.search(r"^title: *(.*)$", match.group(1), re.M)
    return text[match.end() :], title.group(1).strip().strip('"') if title else ""


def assert_offsets_honest(source: str, result: CleanResult) -> None:
    """Every body character maps back to the same character of the input."""
    for i, ch in enumerate(result.body):
        assert source[result.to_input_offset(i)] == ch, i
    assert result.to_input_offset(len(result.body)) <= len(source)


def assert_removed_spans_sound(source: str, result: CleanResult) -> None:
    """Removed spans are ordered, disjoint, inside the input, and with the body they cover it all."""
    last = 0
    for start, end, reason in result.removed:
        assert last <= start < end <= len(source), (start, end, reason)
        last = end
    assert sum(end - start for start, end, _ in result.removed) + len(result.body) == len(source)


ARTICLES = _gold_articles()


@pytest.mark.parametrize("with_title", [True, False], ids=["title", "no-title"])
@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_dev_corpus_noise_removed_and_spans_kept(article: dict, with_title: bool) -> None:
    body, title = _body_and_title(CORPUS / article["file"])
    result = clean_body(body, title if with_title else None)
    for noise in article["noise"]:
        assert noise not in result.body
    for claim in article["claims"]:
        assert claim["span"] in result.body, claim["id"]
    assert_offsets_honest(body, result)
    assert_removed_spans_sound(body, result)
    if with_title:
        assert not result.body.startswith(title)


def test_seed_article_is_cleaned() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = clean_body(text, "Algeria-US partnership addresses security concerns")
    for junk in ("READ:", "Leave a Reply", "Subscribe", "[mc4wp", "Required fields", "Arab World/Maghrebi"):
        assert junk not in result.body
    assert result.credit == "Arab World/Maghrebi"
    assert result.body.startswith("At the conclusion of their visit to Algeria")
    assert result.body.endswith("welcomed a supposed proposal.")
    assert "\n\n\n" not in result.body
    assert_offsets_honest(text, result)
    assert_removed_spans_sound(text, result)


P1 = "The finance ministry said on Monday that revenue rose by 12 percent in the first quarter."
P2 = "Officials expect the budget deficit to narrow further as spending cuts take effect this year."
P3 = "Opposition lawmakers called the figures misleading and demanded an independent audit."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# (boilerplate line(s) placed between real paragraphs, reason recorded)
BOILERPLATE = [
    ("READ: Ministers clash over fuel subsidies", "promo"),
    ("Also Read: Central bank holds rates steady", "promo"),
    ("Read more: Why the deficit matters", "promo"),
    ("RELATED: Inflation slows for third month", "promo"),
    ("See also >> Markets rally after vote", "promo"),
    ("Also Read:\nCentral bank holds rates steady", "promo"),
    ("Related articles\nMarkets rally after vote\nInflation slows for third month", "promo"),
    ("Click here to visit source", "promo"),
    ("Subscribe To Our Newsletter", "newsletter"),
    ("Sign up for our free daily newsletter", "newsletter"),
    ("Get the latest headlines delivered to your inbox", "newsletter"),
    ('[mc4wp_form id="206"]', "shortcode"),
    ('[caption id="attachment_1" align="alignnone"] [/caption]', "shortcode"),
    ("Get our blog's APP on Google Playstore via the link here>>>", "app banner"),
    ("Download our app from the App Store", "app banner"),
    ("X.COM Logo", "logo"),
    ("DAWN.COM Logo", "logo"),
    ("Share this article", "share"),
    ("Follow us on Twitter and Facebook", "share"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Reuters Published June 30, 2023 Updated June 30, 2023 08:57am", "byline"),
    ("By Jane Doe | 14 June 2023, 10:32", "byline"),
    ("By Jane Doe and John Smith", "byline"),
    ("Updated: 2023-06-14 10:32 GMT", "byline"),
    ("Monday, June 12, 2023 at 9:15 am", "byline"),
    ("Photo: Finance ministry handout", "caption"),
    # wire footers and a reading-time header
    ("Our Standards: The Nordwire Trust Principles.", "promo"),
    ("For more energy news, see the Nordwire power page", "promo"),
    ("Ledgerline | Markets & Economy | 11 Nov 2025 | 4 min read", "byline"),
    ("5-minute read", "byline"),
    # a caption paragraph that ends by crediting its picture
    ("Relatives wait outside the mine gates on Monday. Photo: Valley Post", "caption"),
    ("Workers leave the plant. Its future is unclear. (Photo: Reporter24/M. Ilic)", "caption"),
    # a chart's caption, an author's note, a paper's own newsletter and live page
    ("[Chart: Wildfire area burned in Lusandria, 2016-2025 (hectares). Source: NCPA]", "caption"),
    ("About the author: Priya Raman covers launch vehicles and spaceports for Orbit Ledger.", "byline"),
    ("The Morning Herald: the day's essential news, in your inbox by 7am.", "newsletter"),
    ("Live: follow our rolling coverage of the Corvasco fires.", "promo"),
    ("(Reporting by Jane Doe in Oslo; Editing by John Smith)", "credit"),
]


@pytest.mark.parametrize(("junk", "reason"), BOILERPLATE, ids=[b[0][:30] for b in BOILERPLATE])
def test_boilerplate_lines_are_dropped(junk: str, reason: str) -> None:
    text = _page(P1, junk, P2, P3)
    result = clean_body(text)
    assert result.body == _page(P1, P2, P3).rstrip()
    assert reason in {why for _, _, why in result.removed}
    for line in junk.splitlines():
        start = text.index(line)
        assert any(a <= start < b for a, b, _ in result.removed)
    assert_offsets_honest(text, result)
    assert_removed_spans_sound(text, result)


# (text after the last paragraph, expected body tail kept, expected credit)
TAILS = [
    ("Arab World/Maghrebi", None, "Arab World/Maghrebi"),
    ("Source: Reuters", None, "Source: Reuters"),
    (
        "(Reporting by Jane Doe; Editing by John Smith)",
        None,
        "(Reporting by Jane Doe; Editing by John Smith)",
    ),
    ("With inputs from agencies", None, "With inputs from agencies"),
    ("More to follow", None, None),
    ("This is a developing story and will be updated.", None, None),
    (
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment",
        None,
        None,
    ),
    ('AFP\n\nLeave a comment\n\nSubscribe To Our Newsletter\n\n[mc4wp_form id="206"]', None, "AFP"),
    ("He declined to comment.", "He declined to comment.", None),
    # a wire credit followed by the wire's footers is still the credit
    (
        "(Reporting by Jane Doe; Editing by John Smith)\n\nFor more deals news, see the Nordwire M&A page\n"
        "Our Standards: The Nordwire Trust Principles.",
        None,
        "(Reporting by Jane Doe; Editing by John Smith)",
    ),
    # ... and so is one with a line after it that is no footer
    (
        "(Reporting by Jane Doe in Oslo; additional reporting by Ole Berg; Editing by John Smith)\n\n"
        "Related coverage: Heatwave map: where temperatures will peak this week\n\nThe strike ends on Friday.",
        "The strike ends on Friday.",
        "(Reporting by Jane Doe in Oslo; additional reporting by Ole Berg; Editing by John Smith)",
    ),
    ("Reporting by Jane Doe; Editing by John Smith", None, "Reporting by Jane Doe; Editing by John Smith"),
]


@pytest.mark.parametrize(("tail", "kept", "credit"), TAILS, ids=[t[0][:30] for t in TAILS])
def test_trailing_credit_and_footer(tail: str, kept: str | None, credit: str | None) -> None:
    text = _page(P1, P2, tail)
    result = clean_body(text)
    expected = _page(P1, P2).rstrip() + ("\n\n" + kept if kept else "")
    assert result.body == expected
    assert result.credit == credit
    assert_offsets_honest(text, result)


def test_a_sentence_mentioning_a_photo_is_kept() -> None:
    """Only a credit at the end of a short paragraph marks a caption."""
    line = "The court ruled that the photo: a leaked image of the minister, was admissible evidence."
    assert line in clean_body(_page(P1, line, P2)).body


def test_doubled_caption_drops_both_copies() -> None:
    caption = "The minister speaks to reporters in Islamabad on June 22. \u2014 AFP via Getty Images"
    text = _page(P1, caption + "\n" + caption, P2)
    result = clean_body(text)
    assert caption not in result.body
    assert result.body == _page(P1, P2).rstrip()


def test_repeated_plain_line_keeps_first_copy() -> None:
    text = _page(P1, P2, P1, P3)
    result = clean_body(text)
    assert result.body == _page(P1, P2, P3).rstrip()
    assert "duplicate" in {why for _, _, why in result.removed}


def test_title_repeated_in_body_is_dropped() -> None:
    title = "Revenue rises 12 percent"
    text = _page("  Revenue  rises 12 PERCENT ", P1, P2)
    assert clean_body(text, title).body == _page(P1, P2).rstrip()
    assert clean_body(text).body.startswith("  Revenue")  # no title given: kept


SUBHEAD_CASES = [
    # a lone short line between two running-text paragraphs is a subhead
    (_page(P1, "Deficit in focus", P2, P3), _page(P1, P2, P3)),
    # a quoted line repeating a quote from the body
    (
        _page(P1, '"a policy anchor"', P2, 'The minister called it "a policy anchor" for lenders.'),
        _page(P1, P2, 'The minister called it "a policy anchor" for lenders.'),
    ),
    # a standfirst (first paragraph) without a full stop is not a subhead
    (
        _page("Revenue may reach a record this year", P1, P2),
        _page("Revenue may reach a record this year", P1, P2),
    ),
    # a short line that ends a sentence is text
    (_page(P1, "Nobody was hurt.", P2), _page(P1, "Nobody was hurt.", P2)),
    # list items between paragraphs are kept
    (_page(P1, "- first item\n- second item", P2), _page(P1, "- first item\n- second item", P2)),
]


@pytest.mark.parametrize(("text", "expected"), SUBHEAD_CASES)
def test_subheads(text: str, expected: str) -> None:
    result = clean_body(text)
    assert result.body == expected.rstrip()
    assert_offsets_honest(text, result)


def test_blank_runs_collapse_and_crlf_survives() -> None:
    text = "\r\n\r\n" + P1 + "\r\n\r\n\r\n\r\n" + P2 + "  \r\n\r\n"
    result = clean_body(text)
    assert result.body == P1 + "\r\n\r\n" + P2
    assert_offsets_honest(text, result)
    assert_removed_spans_sound(text, result)


@pytest.mark.parametrize("text", ["", "\n\n  \n", "READ: nothing else here"])
def test_nothing_left(text: str) -> None:
    result = clean_body(text)
    assert result.body == ""
    assert_removed_spans_sound(text, result)


def test_to_input_offset_bounds() -> None:
    result = clean_body(_page(P1, "READ: x y z", P2))
    with pytest.raises(IndexError):
        result.to_input_offset(len(result.body) + 1)
    with pytest.raises(IndexError):
        result.to_input_offset(-1)


def test_kept_lines_are_byte_identical() -> None:
    text = _page(P1 + " \u00a0", "READ: x", "  " + P2, P3)
    result = clean_body(text)
    assert (P1 + " \u00a0") in result.body
    assert ("  " + P2) in result.body


def test_content_hash_ignores_case_and_whitespace() -> None:
    assert content_hash("Hello  World\n\nagain") == content_hash("hello world again ")
    assert content_hash("Hello World") != content_hash("Hello Worlds")
    assert re.fullmatch(r"[0-9a-f]{64}", content_hash(""))


def test_cleaning_is_fast() -> None:
    body, title = _body_and_title(CORPUS / ARTICLES[0]["file"])
    seed = SEED.read_text(encoding="utf-8")
    start = time.perf_counter()
    for _ in range(200):
        clean_body(body, title)
        clean_body(seed)
    per_article = (time.perf_counter() - start) / 400
    assert per_article < 0.005  # 100,000 articles well under ten minutes


# Article text that resembles boilerplate but must stay.
LOOKALIKES = [
    "Available data show that app downloads fell 5 percent in May.",
    "Read the full statement on the ministry's website, officials said on Monday.",
    "Subscribers to the state broadcaster's service rose to 2 million last year.",
    "By June 2024 the plant will produce 300 megawatts, the company said.",
    "The report was published on June 30, 2023 and updated a week later.",
    "Share prices rose 3 percent after the announcement.",
    "Follow-up talks are planned for July, according to the ministry.",
    "Photographs released by the army showed damaged vehicles.",
    'He said: "We will not leave."',
    "The lender's board meets in mid-July, a spokesperson said.",
    "Click-through rates on government adverts doubled in 2022, the audit found.",
    "For more than a decade, see-sawing prices have hurt farmers, the report said.",
    "Our standards of care have slipped, the hospital's director admitted on Monday.",
    "Staff are given 30 minutes to read the safety rules before each shift, the inspector said.",
    "Reporting by the BBC showed that the plan was flawed.",
    "Live music returned to the square on Friday, organisers said.",
    "A map of the area shows the flood line, officials said.",
    "Charts of the vote were shared widely: one showed a 6% swing.",
    "(Reporting by the BBC showed that the plan was flawed.)",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_text_is_kept(line: str) -> None:
    text = _page(P1, line, P2)
    assert clean_body(text).body == text.rstrip()


def test_unseen_page_with_mixed_boilerplate() -> None:
    text = (
        "Ports strike ends after wage deal\n"
        "\n"
        "By Maria Lopez | 3 March 2024, 18:40 CET\n"
        "NEWS.EXAMPLE Logo\n"
        "\n"
        "Dockworkers returned to work on Sunday after unions accepted a 7 percent pay rise.\n"
        "\n"
        "Workers gather at the port gates in Valencia. Photo: John Doe/EPA\n"
        "Workers gather at the port gates in Valencia. Photo: John Doe/EPA\n"
        "\n"
        "The strike had halted container traffic for nine days, the port authority said.\n"
        "\n"
        "Also Read: Shipping rates climb as Red Sea detours continue\n"
        "\n"
        "A wage deal was signed late on Saturday, union leader Ana Ruiz told reporters.\n"
        "\n"
        "Follow us on Google News\n"
        "\n"
        "Sign up to our Morning Briefing newsletter\n"
        "\n"
        "With inputs from Reuters\n"
        "\n"
        "Leave a Comment\n"
        "Cancel reply\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
        "Post Comment\n"
    )
    result = clean_body(text, "Ports strike ends after wage deal")
    assert result.body == (
        "Dockworkers returned to work on Sunday after unions accepted a 7 percent pay rise.\n"
        "\n"
        "The strike had halted container traffic for nine days, the port authority said.\n"
        "\n"
        "A wage deal was signed late on Saturday, union leader Ana Ruiz told reporters."
    )
    assert result.credit == "With inputs from Reuters"
    reasons = {why for _, _, why in result.removed}
    assert {
        "title",
        "byline",
        "logo",
        "caption",
        "promo",
        "share",
        "newsletter",
        "credit",
        "comment form",
    } <= reasons
    assert_offsets_honest(text, result)
    assert_removed_spans_sound(text, result)


def test_pathological_lines_stay_fast() -> None:
    text = "\n".join(["[a" + " " * 20_000 + "x", "By " + "A " * 5_000, "READ:" + " " * 30_000]) + "\n" + P1
    start = time.perf_counter()
    result = clean_body(text)
    assert time.perf_counter() - start < 0.5
    assert result.body.endswith(P1)
