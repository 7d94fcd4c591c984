"""Quantity extraction: number expressions normalized per the dev-corpus labelling rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extraction.quantities import find_quantities, parse_number_words
from claims.extraction.types import Quantity, QuantityKind

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"

M, C, P, OT = "money", "count", "percent", "other"


def values(text: str) -> list[tuple[str, float | None, float | None, str | None, str]]:
    """find_quantities as plain tuples: (kind, low, high, unit, surface text)."""
    return [(str(q.kind), q.low, q.high, q.unit, q.text) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: sign, code, word, scale, ranges
        ("Algeria will sign an arms contract valued between $12-17 billion.",
         [(M, 12e9, 17e9, "USD", "between $12-17 billion")]),
        ("The deal is worth between $12 and $17bn, officials said.",
         [(M, 12e9, 17e9, "USD", "between $12 and $17bn")]),
        ("The package is valued at $12-17 billion.", [(M, 12e9, 17e9, "USD", "$12-17 billion")]),
        ("The grant of $22.6 million was approved.", [(M, 22.6e6, 22.6e6, "USD", "$22.6 million")]),
        ("The club paid £115m and a further €103m.",
         [(M, 115e6, 115e6, "GBP", "£115m"), (M, 103e6, 103e6, "EUR", "€103m")]),
        ("Bayern offered 103 million euros, then 135 million euros.",
         [(M, 103e6, 103e6, "EUR", "103 million euros"), (M, 135e6, 135e6, "EUR", "135 million euros")]),
        ("The government will spend Rs 3 trillion on roads.", [(M, 3e12, 3e12, "INR", "Rs 3 trillion")]),
        ("Pakistan's cabinet approved Rs 3 trillion in new spending.", [(M, 3e12, 3e12, "PKR", "Rs 3 trillion")]),
        ("The IMF approved SDR 2.25 billion for the country.", [(M, 2.25e9, 2.25e9, "SDR", "SDR 2.25 billion")]),
        ("Ghana gets $3bn while US debt rose by $1.2 trillion.",
         [(M, 3e9, 3e9, "USD", "$3bn"), (M, 1.2e12, 1.2e12, "USD", "$1.2 trillion")]),
        ("Kenya borrowed 50 billion shillings and Egypt 3 billion Egyptian pounds.",
         [(M, 50e9, 50e9, "KES", "50 billion shillings"), (M, 3e9, 3e9, "EGP", "3 billion Egyptian pounds")]),
        ("The bailout of US$2.5bn follows a HK$10m fine.",
         [(M, 2.5e9, 2.5e9, "USD", "US$2.5bn"), (M, 10e6, 10e6, "HKD", "HK$10m")]),
        ("The fee was EUR 40 million.", [(M, 40e6, 40e6, "EUR", "EUR 40 million")]),
        ("They paid £25m (€29.12m) for him.",
         [(M, 25e6, 25e6, "GBP", "£25m"), (M, 29.12e6, 29.12e6, "EUR", "€29.12m")]),
        # a dash before a smaller amount with its own currency sign is not a range
        ("A deal worth £115m – £88.5m paid upfront.",
         [(M, 115e6, 115e6, "GBP", "£115m"), (M, 88.5e6, 88.5e6, "GBP", "£88.5m")]),
        # bounds
        ("The fund needs at least $12 billion.", [(M, 12e9, None, "USD", "at least $12 billion")]),
        ("The bank could lend up to $12 billion.", [(M, None, 12e9, "USD", "up to $12 billion")]),
        ("More than 300 people died and over 50 were hurt.",
         [(C, 300, None, None, "More than 300 people"), (C, 50, None, None, "over 50")]),
        ("Costs exceeding $5m, beyond 40 countries, 500 delegates or more.",
         [(M, 5e6, None, "USD", "exceeding $5m"), (C, 40, None, None, "beyond 40 countries"),
          (C, 500, None, None, "500 delegates or more")]),
        ("As much as $5bn, at most 10 people, almost 90%, close to 2,000 soldiers.",
         [(M, None, 5e9, "USD", "As much as $5bn"), (C, None, 10, None, "at most 10 people"),
          (P, None, 90, "%", "almost 90%"), (C, None, 2000, None, "close to 2,000 soldiers")]),
        ("Revenue could reach $4 billion and may reach $5 billion.",
         [(M, None, 4e9, "USD", "could reach $4 billion"), (M, None, 5e9, "USD", "may reach $5 billion")]),
        ("Add-ons could lift the total to €133m (£113m).",
         [(M, None, 133e6, "EUR", "€133m"), (M, None, 113e6, "GBP", "£113m")]),
        ("About 300 people, around 40%, some 20 villages.",
         [(C, 300, 300, None, "300 people"), (P, 40, 40, "%", "40%"), (C, 20, 20, None, "20 villages")]),
        ("Bonuses worth at most around 30 percent of the fee may follow.",
         [(P, None, 30, "%", "at most around 30 percent")]),
        ("It paid more than the £100m City spent.", [(M, 100e6, 100e6, "GBP", "£100m")]),
        ("Growth is forecast at 3 to 4 percent.", [(P, 3, 4, "%", "3 to 4 percent")]),
        ("Unemployment fell from 7.5% to 6.2%.", [(P, 7.5, 7.5, "%", "7.5%"), (P, 6.2, 6.2, "%", "6.2%")]),
        ("Two or three people were hurt.", [(C, 2, 3, None, "Two or three people")]),
        # percent
        ("Debt reached 130 percent of GDP, up 22% on 4.5 per cent growth.",
         [(P, 130, 130, "%", "130 percent"), (P, 22, 22, "%", "22%"), (P, 4.5, 4.5, "%", "4.5 per cent")]),
        ("Rates rose 25 basis points, or 0.25 percentage points.",
         [(OT, 25, 25, "basis points", "25 basis points"),
          (OT, 0.25, 0.25, "percentage points", "0.25 percentage points")]),
        # counts and number words
        ("The board has 27 members; twenty-seven members voted and three outlets reported it.",
         [(C, 27, 27, None, "27 members"), (C, 27, 27, None, "twenty-seven members"),
          (C, 3, 3, None, "three outlets")]),
        ("About a dozen protesters and two hundred police were there.",
         [(C, 12, 12, None, "a dozen protesters"), (C, 200, 200, None, "two hundred police")]),
        ("The firm employs 12,500 workers in 14 countries.",
         [(C, 12500, 12500, None, "12,500 workers"), (C, 14, 14, None, "14 countries")]),
        ("Millions of people fled and thousands of homes burned.",
         [(C, 1e6, None, None, "Millions"), (C, 1000, None, None, "thousands")]),
        ("Tens of thousands marched.", [(C, 1e4, None, None, "Tens of thousands")]),
        ("He scored 24 times and once more.", [(C, 24, 24, None, "24 times")]),
        ("He has scored once.", [(C, 1, 1, None, "once")]),
        ("He scored one goal.", [(C, 1, 1, None, "one goal")]),
        # durations and ages (other)
        ("The plan runs for 10 years after a nine-month pilot and a six-year review.",
         [(OT, 10, 10, "years", "10 years"), (OT, 9, 9, "months", "nine-month"), (OT, 6, 6, "years", "six-year")]),
        ("The deal could come within 24 hours, or within a day.",
         [(OT, None, 24, "hours", "within 24 hours"), (OT, None, 1, "days", "within a day")]),
        ("It is spread over nine months and two weeks.",
         [(OT, 9, 9, "months", "nine months"), (OT, 14, 14, "days", "two weeks")]),
        ("The population doubled over two decades.", [(OT, 20, 20, "years", "two decades")]),
        ("Supplies are promised for the next decade.", [(OT, 10, 10, "years", "decade")]),
        ("The suspect, aged 19, is a 19-year-old student.",
         [(OT, 19, 19, "years", "19"), (OT, 19, 19, "years", "19-year-old")]),
        ("He joined when he was only 17, and left in 2021, at 19.",
         [(OT, 17, 17, "years", "17"), (OT, 19, 19, "years", "19")]),
        ("The squad has Pedro Neto (22) and Joao Felix (23).",
         [(OT, 22, 22, "years", "Pedro Neto (22)"), (OT, 23, 23, "years", "Joao Felix (23)")]),
        ("He signed a contract over the next six seasons.", [(OT, 6, 6, "seasons", "six seasons")]),
        # ranks and multipliers
        ("She finished third, he came 12th and is the 21st player to do so.",
         [(OT, 3, 3, "ordinal", "third"), (OT, 12, 12, "ordinal", "12th"), (OT, 21, 21, "ordinal", "21st")]),
        ("Egypt is the world's third-largest importer.", [(OT, 3, 3, "ordinal", "third-largest")]),
        ("Prices rose twice as fast as wages.", [(OT, 2, 2, "times", "twice")]),
        ("Only twice before has a club paid so much.", [(C, 2, 2, None, "twice")]),
        ("Output is three times higher and up tenfold since then.",
         [(OT, 3, 3, "times", "three times"), (OT, 10, 10, "times", "tenfold")]),
        # measures
        ("Nearly 1.5 million barrels per day were pumped along 300 km of pipe.",
         [(OT, None, 1.5e6, "barrels per day", "Nearly 1.5 million barrels per day"), (OT, 300, 300, "km", "300 km")]),
        # data sizes and doses, spelled out or attached: one unit however written
        ("The gang stole 700 gigabytes; it claims to hold 680GB.",
         [(OT, 700, 700, "GB", "700 gigabytes"), (OT, 680, 680, "GB", "680GB")]),
        ("A 1.5 TB dump and 300 MB of emails.", [(OT, 1.5, 1.5, "TB", "1.5 TB"), (OT, 300, 300, "MB", "300 MB")]),
        ("The 40mg tablets hold 40 milligrams.", [(OT, 40, 40, "mg", "40mg"), (OT, 40, 40, "mg", "40 milligrams")]),
        ("The 5G network and 3D printers.", []),
        # "over nine months" is a period; "just over three years" a bound
        ("The loan is spread over nine months.", [(OT, 9, 9, "months", "nine months")]),
        ("Patients were followed for just over three years.", [(OT, 3, None, "years", "just over three years")]),
        # temperatures and speeds
        ("Temperatures reached 41C, or 105F.", [(OT, 41, 41, "°C", "41C"), (OT, 105, 105, "°F", "105F")]),
        ("It hit 41 degrees Celsius.", [(OT, 41, 41, "°C", "41 degrees Celsius")]),
        ("Winds of 70 km/h and gusts of 45 mph.", [(OT, 70, 70, "km/h", "70 km/h"), (OT, 45, 45, "mph", "45 mph")]),
        ("The 5G network, 3D printers and Section 41C.", []),
        # a percentage range written with both signs
        ("Sellers pay between 8% and 15% in fees.", [(P, 8, 15, "%", "between 8% and 15%")]),
        ("It rose 8% and fell 15%.", [(P, 8, 8, "%", "8%"), (P, 15, 15, "%", "15%")]),
    ],
)  # fmt: skip
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting in 2023 ended on June 5th at 10:30 am.",
        "Talks on 5 June at 3 pm and on the 6th of July.",
        "Elections were held in 2019 and 2023, and the 2022-23 season ended.",
        "COVID-19 cases hit the G7 summit as F-16 jets flew.",
        "Under Article 5 of the treaty, No. 10 said.",
        "One of the officials said no one knew.",
        "The two countries signed a deal.",
        "Once the deal is signed, the club will unveil him once again.",
        "His first England appearance came in the first half.",
        "The match kicked off at 8pm in the 1990s style.",
        "It was the last day of the season.",
        "He joined the Birmingham City first team at an English second-tier club.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("twenty-seven", 27), ("a dozen", 12), ("two hundred and five", 205), ("three million", 3_000_000),
     ("one", 1), ("ninety nine", 99), ("two dozen", 24), ("seven people", None), ("and", None)],
)  # fmt: skip
def test_parse_number_words(words: str, value: int | None) -> None:
    assert parse_number_words(words) == value


def test_currency_in_force() -> None:
    """A bare large amount takes the currency of the article's last amount, when the caller knows it."""
    assert values("The fee could reach as much as 135 million.")[0][3] is None
    found = find_quantities("The fee could reach as much as 135 million.", currency="EUR")
    assert [(q.low, q.high, q.unit) for q in found] == [(None, 135e6, "EUR")]


def test_offsets_point_at_the_text() -> None:
    text = "Dortmund get €103m (£88m) — up to €30.9m more — after 132 matches, aged 19, in a six-year deal."
    found = find_quantities(text)
    assert len(found) == 6
    for q in found:
        assert text[q.start : q.end] == q.text


def _gold_articles() -> list[dict]:
    """The dev-corpus gold (CI has ../shared beside the repository)."""
    if not GOLD.exists():
        pytest.skip(f"dev corpus not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


def _same(gold: dict, q: Quantity) -> bool:
    """Same kind, bounds and unit (surface text may differ)."""
    return (
        gold["kind"] == str(q.kind)
        and (gold["unit"] or None) == q.unit
        and gold["low"] == q.low
        and gold["high"] == q.high
    )


def test_dev_corpus_recall() -> None:
    """Share of gold quantities found exactly on the gold spans, and how many extras come with them."""
    found = total = extras = 0
    for article in _gold_articles():
        claims = article["claims"]
        for span in {c["span"] for c in claims}:
            got = find_quantities(span)
            # Gold of every claim whose span lies inside this one: a longer span may hold a shorter one's figures.
            allowed = [g for c in claims if c["span"] in span for g in c["quantities"]]
            for claim in (c for c in claims if c["span"] == span):
                for gold in claim["quantities"]:
                    total += 1
                    found += any(_same(gold, q) for q in got)
            extras += sum(not any(_same(g, q) for g in allowed) for q in got)
    recall = found / total
    print(f"\ndev-corpus quantities: recall {recall:.3f} ({found}/{total}), extras {extras}")
    assert recall >= 0.95
    assert extras <= 2


def test_bare_francs_are_swiss_francs_where_the_text_prices_in_them():
    """ "92 francs a share" is money when the text names Swiss francs or another amount there is in CHF."""
    story = "The company agreed to be sold for 92 francs a share, about 1.2 billion francs in total."
    assert [(q.kind, q.low, q.unit) for q in find_quantities(story)] == [
        (QuantityKind.MONEY, 92, "CHF"),
        (QuantityKind.MONEY, 1.2e9, "CHF"),
    ]
    assert find_quantities("The Swiss museum charges 12 francs.")[0].unit == "CHF"
    later = find_quantities("Shareholders get 92 francs a share.", currency="CHF")
    assert (later[0].kind, later[0].unit) == (QuantityKind.MONEY, "CHF")
    # elsewhere a bare "francs" stays unpriced: it is also a name and other countries' money
    assert find_quantities("Entry costs 12 francs.")[0].kind != QuantityKind.MONEY


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("City beat Rovers 3-1 on Saturday.", [3, 1]),
        ("Westmere drew 0-0 at Dunfield.", [0, 0]),
        ("The vote was 5-2.", [5, 2]),
        ("It was a 6-3 ruling.", [6, 3]),
        ("The Three Lions won 2-1 on 30/06/2023.", [2, 1]),  # every number expression counts; the date does not
        ("Sales rose in the 2019-20 season.", []),  # a season, not a score
    ],
)
def test_a_score_or_a_tally_is_two_counts(text, counts):
    """A score or a vote tally is a number expression (the dev corpus records every one): two counts."""
    found = [q for q in find_quantities(text) if q.kind == QuantityKind.COUNT]
    assert [q.low for q in found] == counts


def test_a_bare_dash_range_is_no_score():
    """Without a word of winning, losing or voting near it, "18-24" stays what it was (an age range here)."""
    assert [(q.low, q.high) for q in find_quantities("People aged 18-24 voted.")] == [(18, 24)]
