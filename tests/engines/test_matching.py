"""The claim matcher: pair rules (same / conflict and its field), scope, index, clusters, stories."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import pytest

from claims.matching import (
    ClaimIndex,
    ConflictField,
    LinkSuggestion,
    MatchSettings,
    Relation,
    clusters,
    link_all,
    link_new,
    make_ref,
    prepare,
    score_pair,
    suggest_stories,
)
from claims.matching.types import DateRange, QuantityValue
from claims.matching.values import Rates, compare_dates, compare_quantities, compare_sources, source_key

DAY = dt.date(2023, 6, 30)
SETTINGS = MatchSettings()


def ref(cid, text, *, outlet="A", article=None, q=(), d=(), src=None, story="s1", published=DAY):
    """A claim for the tables: src is (type, name); q and d are contract dicts."""
    source_type, source_name = src or ("unattributed", None)
    return make_ref(
        cid,
        article or f"art-{outlet}",
        outlet,
        text,
        story=story,
        published=published,
        quantities=q,
        dates=d,
        source_type=source_type,
        source_name=source_name,
    )


def money(low, high, unit="USD"):
    """A money quantity dict."""
    return {"kind": "money", "low": low, "high": high, "unit": unit, "text": ""}


def day(start, end=None):
    """A date dict."""
    return {"start": start, "end": end or start, "text": ""}


def year(y):
    """A date dict for a whole year."""
    return day(f"{y}-01-01", f"{y}-12-31")


def pct(value):
    """A percentage quantity dict."""
    return {"kind": "percent", "low": value, "high": value, "unit": "%", "text": ""}


def depth(metres):
    """A length quantity dict."""
    return {"kind": "other", "low": metres, "high": metres, "unit": "m", "text": ""}


PAIRS = [
    # (name, claim a, claim b, expected relation or None, expected field)
    (
        "range written two ways",
        ("The new port will cost $12-17 billion to build.", [money(12e9, 17e9)], [], None),
        ("The new port will cost between $12bn and $17bn to build.", [money(12e9, 17e9)], [], None),
        Relation.SAME,
        None,
    ),
    (
        "billion vs million",
        ("Iran's total investment in Syria reached $22.6 billion.", [money(22.6e9, 22.6e9)], [], None),
        ("Iran's total investment in Syria reached $22.6 million.", [money(22.6e6, 22.6e6)], [], None),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "point vs bound",
        ("The government borrowed $3 billion from the central bank.", [money(3e9, 3e9)], [], None),
        ("The government borrowed at least $3 billion from the central bank.", [money(3e9, None)], [], None),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "Thursday vs Friday",
        ("The fund issued its statement on Thursday.", [], [day("2023-06-29")], None),
        ("The fund issued its statement on Friday.", [], [day("2023-06-30")], None),
        Relation.CONFLICT,
        ConflictField.DATE,
    ),
    (
        "July contains mid-July",
        ("The board will consider the loan request in July.", [], [day("2023-07-01", "2023-07-31")], None),
        ("The board will consider the loan request by mid-July.", [], [day("2023-07-11", "2023-07-20")], None),
        Relation.SAME,
        None,
    ),
    (
        "two named sources",
        ("The army withdrew from the border town overnight.", [], [], ("named_person", "Ali Hassan")),
        ("The army withdrew from the border town overnight.", [], [], ("named_person", "Omar Khalid")),
        Relation.CONFLICT,
        ConflictField.ATTRIBUTION,
    ),
    (
        "a denial told by one source, the fact by another: the fact is in conflict",
        ("The festival organisers will not refund tickets.", [], [], ("organization", "Harbour Trust")),
        ("The festival organisers will refund tickets.", [], [], ("named_person", "Owen Marsh")),
        Relation.CONFLICT,
        ConflictField.FACT,
    ),
    (
        "one person with two titles",
        ("Members had no choice but to strike.", [], [], ("named_person", "UTW general secretary Maren Holt")),
        ("Members had no choice but to strike.", [], [], ("named_person", "Union general secretary Maren Holt")),
        Relation.SAME,
        None,
    ),
    (
        "an acronym and the name it spells",
        ("Debt service consumes about 70% of revenue.", [], [], ("organization", "International Monetary Fund")),
        ("Debt service consumes about 70% of revenue.", [], [], ("organization", "IMF")),
        Relation.SAME,
        None,
    ),
    (
        "two descriptions of an organisation name nobody",
        ("Lima signed for €42m.", [], [], ("organization", "the club")),
        ("Lima signed for €42m.", [], [], ("organization", "the Spanish side")),
        Relation.SAME,
        None,
    ),
    (
        "unnamed officials vs a named source",
        ("The army withdrew from the border town overnight.", [], [], ("anonymous", "officials")),
        ("The army withdrew from the border town overnight.", [], [], ("named_person", "Ali Hassan")),
        Relation.SAME,
        None,
    ),
    (
        "spokesman counts as his organisation",
        ("The club rejected the offer for the striker.", [], [], ("organization", "a Dortmund spokesman")),
        ("The club rejected the offer for the striker.", [], [], ("organization", "Dortmund")),
        Relation.SAME,
        None,
    ),
    (
        "same person, short and full name",
        ("Reserves have declined to very low levels.", [], [], ("named_person", "Porter")),
        ("Reserves have declined to very low levels.", [], [], ("named_person", "Nathan Porter")),
        Relation.SAME,
        None,
    ),
    (
        "currencies are not compared",
        ("The transfer fee could reach £115m for the midfielder.", [money(None, 115e6, "GBP")], [], None),
        ("The transfer fee could reach 135 million euros for the midfielder.", [money(None, 135e6, "EUR")], [], None),
        Relation.SAME,
        None,
    ),
    (
        "quantity outranks date",
        ("Exports rose to $5 billion on Monday.", [money(5e9, 5e9)], [day("2023-06-26")], None),
        ("Exports rose to $5.2 billion on Tuesday.", [money(5.2e9, 5.2e9)], [day("2023-06-27")], None),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "values far apart on different days are different facts",
        ("Halden shares rose 35% on Tuesday.", [pct(35)], [day("2024-03-12")], None),
        ("Halden shares were 41% above their close on Monday.", [pct(41)], [day("2024-03-11")], None),
        None,
        None,
    ),
    (
        "negated on one side",
        ("The minister resigned from the cabinet after the vote.", [], [], None),
        ("The minister did not resign from the cabinet after the vote.", [], [], None),
        Relation.CONFLICT,
        ConflictField.FACT,
    ),
    (
        "different facts",
        ("The central bank raised interest rates to curb inflation.", [], [], None),
        ("Floods destroyed crops across the southern provinces.", [], [], None),
        None,
        None,
    ),
    (
        "different subjects, same predicate",
        ("Liverpool had been keen on signing the midfielder.", [], [], None),
        ("Manchester City had been keen on signing the midfielder.", [], [], None),
        None,
        None,
    ),
    (
        "values of different years are different facts",
        ("The council has offered a 4.5% pay rise for 2025.", [pct(4.5)], [year("2025")], None),
        ("The council has offered a 3% pay rise for 2026.", [pct(3)], [year("2026")], None),
        None,
        None,
    ),
    (
        "the start and the end of one event are two facts",
        ("The dock strike began at 4am on Monday at the port.", [], [day("2024-09-16")], None),
        ("The dock strike is due to end at 4am on Wednesday at the port.", [], [day("2024-09-18")], None),
        None,
        None,
    ),
    (
        "a completion and a start are two facts",
        ("The takeover is expected to be completed later in 2025.", [], [year("2025")], None),
        ("The takeover offer period is expected to start in June 2025.", [], [day("2025-06-01", "2025-06-30")], None),
        None,
        None,
    ),
    (
        "the start told in other words",
        ("The dock strike began at 4am on Monday at the port.", [], [day("2024-09-16")], None),
        ("The dock strike started on Monday at the port.", [], [day("2024-09-16")], None),
        Relation.SAME,
        None,
    ),
    (
        "one event told with another figure and the next day",
        ("The roof gave way late on Sunday, 800 metres below ground.", [depth(800)], [day("2024-09-15")], None),
        ("The roof gave way early on Monday, 780 metres below ground.", [depth(780)], [day("2024-09-16")], None),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "relation", "field"), PAIRS, ids=[p[0] for p in PAIRS])
def test_pair_rules(name, a, b, relation, field):
    """Each hand-written pair gets the relation and conflict field of the dev-corpus rules."""
    ta, qa, da, sa = a
    tb, qb, db, sb = b
    x = prepare(ref(1, ta, outlet="A", q=qa, d=da, src=sa))
    y = prepare(ref(2, tb, outlet="B", q=qb, d=db, src=sb))
    link = score_pair(x, y, SETTINGS)
    if relation is None:
        assert link is None
        return
    assert link is not None, name
    assert (link.relation, link.field) == (relation, field)
    assert (link.a, link.b) == (1, 2)
    if field is not None:
        assert link.differences and link.differences[0].startswith(field.value)


@pytest.mark.parametrize(
    ("xs", "ys", "support", "conflict"),
    [
        ([QuantityValue("money", 3e9, 3e9, "USD")], [QuantityValue("money", 3e9, 3e9, "USD")], True, False),
        ([QuantityValue("money", 3e9, 3e9, "USD")], [QuantityValue("money", 3e9, 3e9, "EUR")], False, False),
        ([QuantityValue("other", None, 24, "hours")], [QuantityValue("other", None, 1, "days")], True, False),
        ([QuantityValue("count", 25, 25, None)], [QuantityValue("count", 24, 24, None)], False, True),
        ([QuantityValue("percent", 30, 30, "%")], [QuantityValue("percent", None, 30, "%")], False, True),
        ([], [QuantityValue("count", 24, 24, None)], False, False),
        # one figure of a unit agrees, another is told differently: "4.5% this year and 3% in 2026" / "4% and 3%"
        ([QuantityValue("percent", 4.5, 4.5, "%"), QuantityValue("percent", 3, 3, "%")],
         [QuantityValue("percent", 4, 4, "%"), QuantityValue("percent", 3, 3, "%")], True, True),
        # ... but a figure only one claim gives, or one far from the other's, is another fact
        ([QuantityValue("percent", 4.5, 4.5, "%"), QuantityValue("percent", 3, 3, "%")],
         [QuantityValue("percent", 3, 3, "%")], True, False),
        ([QuantityValue("percent", 45, 45, "%"), QuantityValue("percent", 3, 3, "%")],
         [QuantityValue("percent", 4, 4, "%"), QuantityValue("percent", 3, 3, "%")], True, False),
        # counts must count the same noun: "132 matches, 24 goals" / "132 appearances, 30 assists"
        ([QuantityValue("count", 132, 132), QuantityValue("count", 24, 24, noun="goal")],
         [QuantityValue("count", 132, 132), QuantityValue("count", 30, 30, noun="assist")], True, False),
    ],
)  # fmt: skip
def test_compare_quantities(xs, ys, support, conflict):
    """Shared units are compared bound by bound; durations across units; currencies never across."""
    result = compare_quantities(xs, ys)
    assert result.support is support
    assert (result.conflict is not None) is conflict


def chf(low, high=None):
    return QuantityValue("money", low, low if high is None else high, "CHF")


def jpy(low, high=None):
    return QuantityValue("money", low, low if high is None else high, "JPY")


FRANCS_IN_YEN = ref(
    1, "The bid is worth 1.2bn francs (¥198bn).", q=[money(1.2e9, 1.2e9, "CHF"), money(198e9, 198e9, "JPY")]
)


def test_rates_are_the_ones_the_story_states():
    """A claim giving one amount in two currencies, one in brackets, teaches the rate; the median of what is said."""
    rates = Rates()
    rates.learn(FRANCS_IN_YEN)
    rates.learn(ref(2, "Fees of 30m francs (¥5bn) are due.", q=[money(30e6, 30e6, "CHF"), money(5e9, 5e9, "JPY")]))
    rates.learn(
        ref(3, "It paid 4m francs and ¥90m.", q=[money(4e6, 4e6, "CHF"), money(90e6, 90e6, "JPY")])
    )  # no bracket
    rates.learn(ref(4, "A (rough) 5 francs or ¥5bn.", q=[money(5, 5, "CHF"), money(5e9, 5e9, "JPY")]))  # no such rate
    rates.learn(ref(5, "It cost 4m (¥90m).", q=[money(4e6, 4e6, None), money(90e6, 90e6, "JPY")]))  # no currency
    assert rates.rate("CHF", "JPY") == pytest.approx((165 + 5e9 / 30e6) / 2)
    assert rates.rate("JPY", "CHF") == pytest.approx((1 / 165 + 30e6 / 5e9) / 2)
    assert rates.rate("CHF", "USD") is None


@pytest.mark.parametrize(
    ("xs", "ys", "support"),
    [
        ([chf(1.2e9)], [jpy(197e9)], True),  # 198bn at the stated rate: within 3%
        ([chf(None, 1.2e9)], [jpy(None, 200e9)], True),  # "up to", both sides
        ([chf(1.2e9)], [jpy(None, 198e9)], False),  # an exact amount is not an "up to" one
        ([chf(1.2e9)], [jpy(150e9)], False),  # far apart: not compared, not a conflict either
        ([chf(1.2e9), jpy(198e9)], [jpy(150e9)], False),  # the yen are compared as they stand
    ],
)
def test_amounts_in_two_currencies_meet_at_the_rate_the_story_states(xs, ys, support):
    """With the scope's rates, an amount equals one in a currency the other claim alone uses; never a conflict."""
    rates = Rates()
    rates.learn(FRANCS_IN_YEN)
    result = compare_quantities(xs, ys, rates)
    assert result.support is support and result.strong is support
    assert (result.conflict is not None) is (xs[-1].unit == ys[-1].unit == "JPY")
    assert not compare_quantities(xs[:1], ys, None).support


def test_a_story_that_states_a_rate_links_its_amounts_across_currencies():
    """Outlets that give one fee in francs and in yen are linked as the same fact once the story states the rate."""
    refs = [
        ref(1, "Tessin Pharma agreed to buy Kanto Bio for 1.2bn Swiss francs (¥198bn).", outlet="A",
            q=[money(1.2e9, 1.2e9, "CHF"), money(198e9, 198e9, "JPY")]),
        ref(2, "Milestones worth up to 300m francs would follow for the Kanto shareholders.", outlet="A",
            q=[money(None, 300e6, "CHF")]),
        ref(3, "Kanto investors may get another ¥50bn if trials succeed.", outlet="B",
            q=[money(None, 50e9, "JPY")]),
    ]  # fmt: skip
    links = {link.pair: link for link in link_all(refs, SETTINGS)}
    assert frozenset((2, 3)) in links and links[frozenset((2, 3))].relation == Relation.SAME
    assert frozenset((2, 3)) not in {link.pair for link in link_all(refs[1:], SETTINGS)}, "no rate stated, no link"


@pytest.mark.parametrize(
    ("xs", "ys", "conflict"),
    [
        ([("2023-06-29", "2023-06-29")], [("2023-06-30", "2023-06-30")], True),
        ([("2023-07-01", "2023-07-31")], [("2023-07-11", "2023-07-20")], False),
        ([("2023-06-07", "2023-06-07")], [("2023-06-05", "2023-06-11")], False),
        ([("2020-01-01", "2020-12-31")], [("2021-01-01", "2021-12-31")], True),
        # overlapping, neither contains the other: both can hold ("mayor since 2018" / "for the past eight years")
        ([("2023-07-01", "2023-07-31")], [("2023-07-25", "2023-08-05")], False),
        ([("2018-01-01", "2018-12-31")], [("2018-06-09", "2026-06-09")], False),
        ([("2023-07-01", "2023-07-31")], [("2023-08-01", "2023-08-05")], True),  # next to each other, no overlap
    ],
)
def test_compare_dates(xs, ys, conflict):
    """Date ranges conflict only when they cannot both hold: no day in common."""
    rx = [DateRange(dt.date.fromisoformat(s), dt.date.fromisoformat(e)) for s, e in xs]
    ry = [DateRange(dt.date.fromisoformat(s), dt.date.fromisoformat(e)) for s, e in ys]
    assert (compare_dates(rx, ry).conflict is not None) is conflict


@pytest.mark.parametrize(
    ("source_type", "name", "key"),
    [
        ("organization", "a Dortmund spokesman", {"dortmund"}),
        ("named_person", "Finance Minister Ishaq Dar", {"ishaq", "dar"}),
        ("anonymous", "a US official", None),
        ("unattributed", None, None),
        ("organization", "IMF", {"imf"}),
    ],
)
def test_source_key(source_type, name, key):
    """Named sources reduce to name words; unnamed sources have no key."""
    result = source_key(source_type, name)
    assert (None if result is None else set(result)) == key


def source(source_type: str, name: str, affiliation: str | None = None):
    """A claim that only has a source."""
    return make_ref(1, "a", "A", "x", source_type=source_type, source_name=name, source_affiliation=affiliation)


@pytest.mark.parametrize(
    ("person", "institution", "result"),
    [
        # the article says where the person works: of another institution, a conflict; of this one, its voice
        (("Martin Esker", "THG"), ("organization", "National Cyber Response Agency"), "conflict"),
        (("Martin Esker", "THG"), ("organization", "Torvane Hospital Group (THG)"), "support"),
        (("Paul Ashdown", "CTA"), ("organization", "Carrowby Transit Authority"), "support"),
        (("Oskar Dellin", "Finance Ministry"), ("organization", "NBK"), "conflict"),
        (("Lea Moritz", "Brenholm University"), ("document", "the commission's report"), None),  # unnamed
        # nothing says where the person works: the person may speak for the institution
        (("Martin Esker", None), ("organization", "National Cyber Response Agency"), None),
        # the name carries the employer (a reviewer's or the gold's way of writing it)
        (("THG chief information officer Martin Esker", None), ("organization", "NCRA"), "conflict"),
        (("MEC chair Marta Kessel", None), ("organization", "MEC"), "support"),
        (("Chief executive Paul Ashdown", None), ("organization", "CTA"), None),
    ],
)
def test_a_person_against_an_institution_is_compared_by_where_the_person_works(person, institution, result):
    """Named person vs institution: compared through the person's employer when it is known, else not at all."""
    a = source("named_person", *person)
    b = source(*institution)
    for x, y in ((a, b), (b, a)):
        comparison = compare_sources(x, y)
        got = "conflict" if comparison.conflict else "support" if comparison.support else None
        assert got == result, (x.source_name, y.source_name)


TEXT = "The ministry confirmed the pipeline contract with the northern consortium."


@pytest.mark.parametrize(
    ("a", "b", "settings", "linked"),
    [
        ({"outlet": "A"}, {"outlet": "B"}, SETTINGS, True),
        ({"outlet": "A", "article": "a1"}, {"outlet": "A", "article": "a2"}, SETTINGS, False),
        (
            {"outlet": "A", "article": "a1"},
            {"outlet": "A", "article": "a2"},
            dataclasses.replace(SETTINGS, allow_same_outlet=True),
            True,
        ),
        ({"outlet": "A", "article": "a1"}, {"outlet": "B", "article": "a1"}, SETTINGS, False),
        ({"outlet": "A", "story": "s1"}, {"outlet": "B", "story": "s2"}, SETTINGS, False),
        (
            {"outlet": "A", "story": None},
            {"outlet": "B", "story": None, "published": DAY + dt.timedelta(3)},
            SETTINGS,
            True,
        ),
        (
            {"outlet": "A", "story": None},
            {"outlet": "B", "story": None, "published": DAY + dt.timedelta(30)},
            SETTINGS,
            False,
        ),
    ],
)
def test_scope(a, b, settings, linked):
    """Links join other outlets (or, by option, other articles), in one story or a date window."""
    refs = [ref(1, TEXT, **a), ref(2, TEXT, **b)]
    assert bool(link_all(refs, settings)) is linked


def corpus():
    """Three outlets' articles on one story plus an unrelated claim."""
    return [
        ref(1, "Pakistan and the IMF agreed a $3 billion standby arrangement.", outlet="A", q=[money(3e9, 3e9)]),
        ref(2, "Floods hit the southern provinces of Pakistan in 2022.", outlet="A"),
        ref(3, "Pakistan secured a $3 billion standby arrangement with the IMF.", outlet="B", q=[money(3e9, 3e9)]),
        ref(4, "Floods hit the southern provinces of Pakistan in 2022.", outlet="B"),
        ref(5, "Pakistan and the IMF agreed a $3.5 billion standby arrangement.", outlet="C", q=[money(3.5e9, 3.5e9)]),
        ref(6, "The cricket board named a new captain for the tour.", outlet="C"),
    ]


def test_link_all_finds_same_and_conflict():
    """The batch finds agreeing and conflicting versions across outlets, deterministically."""
    links = link_all(corpus())
    got = {(s.a, s.b): (s.relation, s.field) for s in links}
    assert got[(1, 3)] == (Relation.SAME, None)
    assert got[(2, 4)] == (Relation.SAME, None)
    assert got[(1, 5)] == (Relation.CONFLICT, ConflictField.QUANTITY)
    assert not any(6 in pair for pair in got)
    assert link_all(corpus()) == links
    assert link_all(list(reversed(corpus()))) == links


def test_incremental_matches_batch_pairs():
    """Linking article by article finds the pairs the batch finds; the index keeps earlier claims."""
    index = ClaimIndex()
    incremental: list[LinkSuggestion] = []
    refs = corpus()
    for outlet in "ABC":
        incremental += link_new(index, [r for r in refs if r.outlet == outlet])
    assert len(index) == len(refs)
    assert {s.pair for s in incremental} == {s.pair for s in link_all(refs)}


def test_link_new_respects_reviewed_pairs():
    """Pairs a person confirmed or rejected are not suggested again."""
    index = ClaimIndex()
    refs = corpus()
    link_new(index, refs[:2])
    links = link_new(index, refs[2:4], exclude=lambda a, b: {a, b} == {1, 3})
    assert {s.pair for s in links} == {frozenset((2, 4))}


def test_index_add_remove_candidates():
    """Candidates come from the index (here with prefix filtering in every scope); removed claims are gone."""
    index = ClaimIndex(dataclasses.replace(SETTINGS, exhaustive_scope=0))
    refs = corpus()
    index.add(refs)
    assert 3 in index.candidates(refs[0])
    assert 6 not in index.candidates(refs[0])
    index.remove([3])
    assert 3 not in index and 3 not in index.candidates(refs[0])
    index.add([refs[2]])
    assert 3 in index.candidates(refs[0])


def test_workers_give_the_same_links():
    """The forked batch returns exactly what one process returns."""
    from claims.matching.linker import link_index

    refs = [
        ref(i * 10 + k, f"Claim number word{i} about topic{i} and detail{i}.", outlet=f"O{k}", story=f"s{i % 7}")
        for i in range(60)
        for k in range(3)
    ]
    one = ClaimIndex()
    one.add(refs)
    two = ClaimIndex()
    two.add(refs)
    assert link_index(one, workers=1, chunk=16) == link_index(two, workers=2, chunk=16)


def test_clusters_are_connected_components():
    """Each claim knows its cluster: the smallest id of its connected group."""
    links = [
        LinkSuggestion(1, 3, Relation.SAME, None, 0.9),
        LinkSuggestion(3, 5, Relation.CONFLICT, ConflictField.QUANTITY, 0.8),
        LinkSuggestion(2, 4, Relation.SAME, None, 0.9),
    ]
    assert clusters(links) == {1: 1, 2: 2, 3: 1, 4: 2, 5: 1}
    assert clusters([("b", "a")]) == {"a": "a", "b": "a"}


def test_suggest_stories():
    """Articles sharing many links are proposed as one story; a single shared link is not enough."""
    article_of = {1: "x", 2: "x", 3: "x", 4: "y", 5: "y", 6: "y", 7: "z", 8: "w"}
    links = [LinkSuggestion(a, b, Relation.SAME, None, 0.9) for a, b in [(1, 4), (2, 5), (3, 6), (7, 8)]]
    stories = suggest_stories(links, article_of)
    assert [s.articles for s in stories] == [("x", "y")]
    assert stories[0].links == 3
    assert suggest_stories(links, article_of, story_of={"x": "s", "y": "s"}) == []


def test_engine_is_framework_free():
    """The matcher imports neither Flask nor SQLAlchemy."""
    code = (
        "import sys, claims.matching, claims.matching.evaluation;"
        "print('flask' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
