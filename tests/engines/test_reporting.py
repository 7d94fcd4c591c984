"""The comparison report built from plain data."""

from __future__ import annotations

import datetime as dt

from claims.reporting import ArticleInfo, ClaimInfo, Coverage, LinkInfo, build_report

ARTICLES = [
    ArticleInfo(1, "Wire", "A", "https://wire.example/a", dt.date(2024, 5, 1)),
    ArticleInfo(2, "Gazette", "B", None, dt.date(2024, 5, 2)),
    ArticleInfo(3, "Herald", "C", None, dt.date(2024, 5, 2)),
]
CLAIMS = [
    ClaimInfo(10, 1, "The budget is $12 million.", "organization", "City Hall", 10),
    ClaimInfo(11, 1, "The bridge opens in 2025.", "unattributed", None, 11),
    ClaimInfo(12, 1, "Only the wire says this.", "anonymous", None, None),
    ClaimInfo(20, 2, "The budget is $15 million.", "unattributed", None, 10),
    ClaimInfo(21, 2, "The bridge opens in 2025, officials said.", "anonymous", None, 11),
    ClaimInfo(30, 3, "The bridge will open in 2025.", "media_outlet", "Wire", 11),
]
LINKS = [
    LinkInfo(10, 20, "conflict", "quantity"),
    LinkInfo(11, 21, "same", None),
    LinkInfo(11, 30, "same", None),
]


def test_coverage_rows_mark_who_states_differs_or_is_absent() -> None:
    report = build_report("bridge", ARTICLES, CLAIMS, LINKS)
    assert report.outlets == ["Gazette", "Herald", "Wire"]
    by_cluster = {r.cluster_id: r for r in report.rows}
    assert by_cluster[11].cells == {"Gazette": Coverage.STATES, "Herald": Coverage.STATES, "Wire": Coverage.STATES}
    # Two outlets disagree: the first to publish (Wire) is the reference, the later one states it differently.
    assert by_cluster[10].cells == {"Gazette": Coverage.DIFFERS, "Herald": Coverage.ABSENT, "Wire": Coverage.STATES}
    assert report.rows[0].cluster_id == 11  # the most widely stated fact first
    assert [r.cluster_id for r in report.conflicts] == [10] and report.conflicts[0].conflict_fields == ["quantity"]


def test_the_outlet_most_others_agree_with_is_the_reference() -> None:
    """Herald and Wire agree, Gazette (published between them) disagrees with both: only Gazette differs."""
    claims = [*CLAIMS, ClaimInfo(31, 3, "The budget is $12 million, the Wire reported.", "media_outlet", "Wire", 10)]
    links = [*LINKS, LinkInfo(10, 31, "same", None), LinkInfo(20, 31, "conflict", "quantity")]
    row = next(r for r in build_report("bridge", ARTICLES, claims, links).rows if r.cluster_id == 10)
    assert row.cells == {"Gazette": Coverage.DIFFERS, "Herald": Coverage.STATES, "Wire": Coverage.STATES}


def test_timeline_unique_sourcing_and_derivation() -> None:
    report = build_report("bridge", ARTICLES, CLAIMS, LINKS)
    bridge = next(r for r in report.rows if r.cluster_id == 11)
    assert bridge.first_seen == dt.date(2024, 5, 1) and bridge.first_outlets == ["Wire"]
    assert report.firsts("Wire") == 2 and report.firsts("Herald") == 0
    assert [c.id for c in report.unique["Wire"]] == [12] and report.unique["Herald"] == []
    assert report.shared_sourcing["Herald"] == {"another outlet": 1}
    assert report.sourcing["Wire"] == {"named": 1, "unattributed": 1, "anonymous": 1}
    top = report.derivations[0]
    assert (top.earlier, top.later, top.shared, top.share_of_later, top.days_apart) == (1, 2, 2, 1.0, 1)


def test_json_is_plain_data() -> None:
    data = build_report("bridge", ARTICLES, CLAIMS, LINKS).to_dict()
    assert data["coverage"][0]["cells"]["Wire"] == "states it"
    assert data["derivations"][0] == {
        "earlier": "Wire",
        "later": "Gazette",
        "earlier_article": 1,
        "later_article": 2,
        "shared": 2,
        "share_of_later": 1.0,
        "days_apart": 1,
    }


def test_a_story_without_links_has_no_rows_but_lists_unique_claims() -> None:
    report = build_report("quiet", ARTICLES[:1], CLAIMS[:3], [])
    assert report.rows == [] and len(report.unique["Wire"]) == 3 and report.derivations == []
