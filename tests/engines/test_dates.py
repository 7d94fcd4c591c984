"""Date extraction: expressions resolved to calendar ranges against the publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claims.extraction.dates import find_dates

GOLD = Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json"

WED = dt.date(2023, 6, 14)  # a Wednesday
FRI = dt.date(2023, 6, 30)  # a Friday
MON = dt.date(2025, 11, 10)  # a Monday


def d(iso: str) -> dt.date:
    """Shorthand for a date."""
    return dt.date.fromisoformat(iso)


def ranges(text: str, published: dt.date | None) -> list[tuple[str | None, str | None, str]]:
    """find_dates as plain tuples: (start, end, surface text)."""
    return [
        (m.start.isoformat() if m.start else None, m.end.isoformat() if m.end else None, m.text)
        for m in find_dates(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a span of months is one range; the year written once stands for both ends
        ("The affected tablets were produced from January to October 2023.", WED,
         [("2023-01-01", "2023-10-31", "from January to October 2023")]),
        ("They were made between January and October last year.", WED,
         [("2022-01-01", "2022-10-31", "between January and October last year")]),
        ("Output fell in January-March 2024.", WED, [("2024-01-01", "2024-03-31", "January-March 2024")]),
        ("The deal ran from June 2022 to March 2023.", WED,
         [("2022-06-01", "2023-03-31", "from June 2022 to March 2023")]),
        ("From December to February, snow fell.", WED, [("2022-12-01", "2023-02-28", "From December to February")]),
        ("Talks will run from November to January.", WED, [("2023-11-01", "2024-01-31", "from November to January")]),
        # ... but two months joined by "and" without "between" are two months, and names stay names
        ("Sales rose in January and fell in March.", WED,
         [("2023-01-01", "2023-01-31", "in January"), ("2023-03-01", "2023-03-31", "in March")]),
        ("Theresa May to July is no date.", WED, []),
        # the dots of "a.m." and "Mr." end no clause: "is due to" still looks ahead
        ("The strike is due to end at 4 a.m. on Wednesday.", MON, [("2025-11-12", "2025-11-12", "on Wednesday")]),
        # "would" tells a future in reported speech
        ("The service said it would host talks on Thursday.", MON, [("2025-11-13", "2025-11-13", "on Thursday")]),
        # "could" looks ahead; a past clause of its own between a look-ahead and the date tells the past
        ("Further strikes could follow in December.", MON, [("2025-12-01", "2025-12-31", "in December")]),
        ("Patients will be seen after an attack that was discovered late on Saturday night.", MON,
         [("2025-11-08", "2025-11-08", "late on Saturday night")]),
        ("The new model will be unveiled on Thursday.", MON, [("2025-11-13", "2025-11-13", "on Thursday")]),
        # a quarter without its year is the one the clause points to; a half needs "of the year" (a match has halves)
        ("Vandermolen expects to complete the deal in the third quarter.", MON,
         [("2026-07-01", "2026-09-30", "the third quarter")]),
        ("Profit fell in the third quarter.", MON, [("2025-07-01", "2025-09-30", "the third quarter")]),
        ("Reports rose 31% in the first half of the year.", MON,
         [("2025-01-01", "2025-06-30", "the first half of the year")]),
        ("Kane scored twice in the first half.", MON, []),
        # "so far this year", "this year to date": up to publication
        ("Shares have gained 12% so far this year.", MON, [("2025-01-01", "2025-11-10", "so far this year")]),
        ("Shares have gained 12% this year to date.", MON, [("2025-01-01", "2025-11-10", "this year to date")]),
        # a day's close is a price already set, whatever the clause looks ahead to
        ("Rhenwald will pay a premium of 27% to Friday's closing price.", MON,
         [("2025-11-07", "2025-11-07", "Friday's")]),
        # a weekday as a deadline is the coming one, unless the clause tells the past with nothing to be done
        ("Pharmacies were told to take the packs off their shelves by Friday.", WED,
         [("2023-06-16", "2023-06-16", "by Friday")]),
        ("Pharmacies have until Friday to remove the packs.", WED, [("2023-06-16", "2023-06-16", "until Friday")]),
        ("Shares had fallen 5% by Monday.", WED, [("2023-06-12", "2023-06-12", "by Monday")]),
        ("The strike lasted until Monday.", WED, [("2023-06-12", "2023-06-12", "until Monday")]),
        # days of a month
        ("The talks took place on June 5th and 6th.", WED, [("2023-06-05", "2023-06-06", "on June 5th and 6th")]),
        ("They met on June 9th and 12th.", WED,
         [("2023-06-09", "2023-06-09", "on June 9th"), ("2023-06-12", "2023-06-12", "12th")]),
        ("In a press meeting on June 6th, the delegation spoke.", WED, [("2023-06-06", "2023-06-06", "on June 6th")]),
        ("The report was published on June 30, 2023.", None, [("2023-06-30", "2023-06-30", "on June 30, 2023")]),
        ("It will be signed on 30 June and ratified on 2 July 2024.", WED,
         [("2023-06-30", "2023-06-30", "on 30 June"), ("2024-07-02", "2024-07-02", "on 2 July 2024")]),
        ("It was agreed on 30 June.", WED, [("2022-06-30", "2022-06-30", "on 30 June")]),
        ("Russia's economy shrank in 2022, less than the drop forecast in March.", dt.date(2023, 11, 15),
         [("2022-01-01", "2022-12-31", "2022"), ("2023-03-01", "2023-03-31", "in March")]),
        ("The summit runs from 5-7 December.", FRI, [("2023-12-05", "2023-12-07", "from 5-7 December")]),
        ("Dortmund announced it on Wednesday, June 7.", dt.date(2023, 6, 8),
         [("2023-06-07", "2023-06-07", "on Wednesday, June 7")]),
        ("The programme was set to lapse today, June 30.", FRI, [("2023-06-30", "2023-06-30", "today, June 30")]),
        ("Budgets were amended on June 25.", FRI, [("2023-06-25", "2023-06-25", "on June 25")]),
        ("The law takes effect on January 3.", dt.date(2023, 12, 20), [("2024-01-03", "2024-01-03", "on January 3")]),
        ("The exhibition opens on Saturday 17 June.", WED, [("2023-06-17", "2023-06-17", "on Saturday 17 June")]),
        ("Filed on 2023-06-30 and 30/06/2023.", None,
         [("2023-06-30", "2023-06-30", "2023-06-30"), ("2023-06-30", "2023-06-30", "30/06/2023")]),
        # weekdays
        ("The minister resigned on Tuesday.", WED, [("2023-06-13", "2023-06-13", "on Tuesday")]),
        ("The move became official on Wednesday.", WED, [("2023-06-14", "2023-06-14", "on Wednesday")]),
        ("The new stadium will be unveiled on Thursday.", WED, [("2023-06-15", "2023-06-15", "on Thursday")]),
        ("Real plan to unveil the player on Thursday.", WED, [("2023-06-15", "2023-06-15", "on Thursday")]),
        ("The vote is set to take place on Monday.", WED, [("2023-06-19", "2023-06-19", "on Monday")]),
        ("On Friday, the club will present him.", WED, [("2023-06-16", "2023-06-16", "On Friday")]),
        ("The IMF said on Friday that the board will meet.", WED, [("2023-06-09", "2023-06-09", "on Friday")]),
        ("Late on Thursday, the minister said a deal was close.", FRI,
         [("2023-06-29", "2023-06-29", "Late on Thursday")]),
        ("He left last Tuesday and returns next Friday.", FRI,
         [("2023-06-27", "2023-06-27", "last Tuesday"), ("2023-07-07", "2023-07-07", "next Friday")]),
        ("The Sunday Times reported it on Black Friday.", WED, []),
        # relative days
        ("The minister said yesterday that today was key.", WED,
         [("2023-06-13", "2023-06-13", "yesterday"), ("2023-06-14", "2023-06-14", "today")]),
        ("A day earlier, the minister had predicted a deal.", FRI, [("2023-06-29", "2023-06-29", "A day earlier")]),
        ("The contract, signed two weeks ago, ends tomorrow.", WED,
         [("2023-05-31", "2023-05-31", "two weeks ago"), ("2023-06-15", "2023-06-15", "tomorrow")]),
        ("The law took effect three years ago.", WED, [("2020-01-01", "2020-12-31", "three years ago")]),
        ("It came a day earlier than planned.", WED, []),
        # weeks, months, years
        ("Prices rose last month and last year, and fell last week.", WED,
         [("2023-05-01", "2023-05-31", "last month"), ("2022-01-01", "2022-12-31", "last year"),
          ("2023-06-05", "2023-06-11", "last week")]),
        ("Inflation has eased this year and this week.", WED,
         [("2023-01-01", "2023-12-31", "this year"), ("2023-06-12", "2023-06-18", "this week")]),
        ("He shone at last year's World Cup.", WED, [("2022-01-01", "2022-12-31", "last year's")]),
        ("Earlier this month the bank cut rates; later this year it may raise them.", WED,
         [("2023-06-01", "2023-06-14", "Earlier this month"), ("2023-06-14", "2023-12-31", "later this year")]),
        ("Exports doubled over the past five years.", WED,
         [("2018-06-14", "2023-06-14", "over the past five years")]),
        ("Russia will supply weapons for the next decade.", WED,
         [("2023-06-14", "2033-06-14", "for the next decade")]),
        # months
        ("It was high in November 2022.", WED, [("2022-11-01", "2022-11-30", "November 2022")]),
        ("The company will list next December.", WED, [("2023-12-01", "2023-12-31", "next December")]),
        ("The board still has to sign off in July.", FRI, [("2023-07-01", "2023-07-31", "in July")]),
        ("It now awaits the sign-off in July.", FRI, [("2023-07-01", "2023-07-31", "in July")]),
        ("Officials met in July.", WED, [("2022-07-01", "2022-07-31", "in July")]),
        ("Sales fell in March.", WED, [("2023-03-01", "2023-03-31", "in March")]),
        ("The board should decide by mid-July.", FRI, [("2023-07-11", "2023-07-20", "by mid-July")]),
        ("Output slowed in early May and late April.", WED,
         [("2023-05-01", "2023-05-10", "in early May"), ("2023-04-21", "2023-04-30", "late April")]),
        ("Work began in mid-July 2020.", None, [("2020-07-11", "2020-07-20", "mid-July 2020")]),
        ("Theresa May met officials.", WED, []),
        # years, seasons, quarters
        ("He left Birmingham for Dortmund in 2020.", WED, [("2020-01-01", "2020-12-31", "2020")]),
        ("He has signed through 2029.", WED, [("2029-01-01", "2029-12-31", "2029")]),
        ("Bale (2013) and Hazard (2019) cost more.", WED,
         [("2013-01-01", "2013-12-31", "2013"), ("2019-01-01", "2019-12-31", "2019")]),
        ("Porter cited 2022's floods.", WED, [("2022-01-01", "2022-12-31", "2022's")]),
        ("He served between 2015 and 2019 and in the 2022-23 season.", WED,
         [("2015-01-01", "2019-12-31", "between 2015 and 2019"), ("2022-01-01", "2023-12-31", "2022-23")]),
        ("Prices peaked in the 1990s.", WED, [("1990-01-01", "1999-12-31", "1990s")]),
        ("He joined in the summer of 2020.", WED, [("2020-06-01", "2020-08-31", "the summer of 2020")]),
        ("Growth slowed in early 2023, mid-2022 and by the end of 2021.", WED,
         [("2023-01-01", "2023-04-30", "early 2023"), ("2022-05-01", "2022-08-31", "mid-2022"),
          ("2021-09-01", "2021-12-31", "the end of 2021")]),
        ("Profits rose in the first quarter of 2023 and in Q3 2022.", WED,
         [("2023-01-01", "2023-03-31", "the first quarter of 2023"), ("2022-07-01", "2022-09-30", "Q3 2022")]),
        ("The team won last summer.", WED, [("2022-06-01", "2022-08-31", "last summer")]),
        ("Elections are due by the end of the year or early next year.", dt.date(2023, 11, 15),
         [("2023-09-01", "2023-12-31", "the end of the year"), ("2024-01-01", "2024-04-30", "early next year")]),
        ("Trade fell over the past week; the index rose over the past year.", WED,
         [("2023-06-07", "2023-06-14", "the past week"), ("2022-06-14", "2023-06-14", "the past year")]),
        # labels and durations are not dates
        ("The 2019 programme and next year's budget were discussed.", WED, []),
        ("A nine-month programme, within 24 hours, a six-year contract.", WED, []),
        ("He was voted Player of the Year on the last day of the season.", WED, []),
        ("It cost $2019 and 2019 people signed.", WED, []),
    ],
)  # fmt: skip
def test_find_dates(text: str, published: dt.date | None, expected: list[tuple]) -> None:
    assert ranges(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was signed on Friday.", [(None, None, "on Friday")]),
        ("Talks took place on June 5th and 6th.", [(None, None, "on June 5th and 6th")]),
        ("Prices rose last year, yesterday and in July.",
         [(None, None, "last year"), (None, None, "yesterday"), (None, None, "in July")]),
        ("As reported in November 2022, talks went on for the next decade.",
         [("2022-11-01", "2022-11-30", "November 2022"), (None, None, "for the next decade")]),
    ],
)  # fmt: skip
def test_unresolvable_without_publication_date(text: str, expected: list[tuple]) -> None:
    assert ranges(text, None) == expected


def test_offsets_point_at_the_text() -> None:
    text = "On Wednesday, June 7, a day after last week's talks, it said 2019's floods recur in July."
    found = find_dates(text, WED)
    assert [m.text for m in found] == ["On Wednesday, June 7", "last week's", "2019's", "in July"]
    for m in found:
        assert text[m.offset : m.offset + len(m.text)] == m.text


def test_dev_corpus_recall() -> None:
    """Share of gold dates found exactly (same start and end) on the gold spans, and the extras."""
    if not GOLD.exists():
        pytest.skip(f"dev corpus not found at {GOLD}")
    found = total = extras = 0
    for article in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]:
        published = dt.date.fromisoformat(article["published"])
        claims = article["claims"]
        for span in {c["span"] for c in claims}:
            got = [(m.start, m.end) for m in find_dates(span, published)]
            allowed = [(d(g["start"]), d(g["end"])) for c in claims if c["span"] in span for g in c["dates"]]
            for claim in (c for c in claims if c["span"] == span):
                for gold in claim["dates"]:
                    total += 1
                    found += (d(gold["start"]), d(gold["end"])) in got
            extras += sum(g not in allowed for g in got)
    recall = found / total
    print(f"\ndev-corpus dates: recall {recall:.3f} ({found}/{total}), extras {extras}")
    assert recall >= 0.95
    assert extras <= 1


def test_article_bodies_keep_offsets() -> None:
    """On whole article bodies every mention points at its text and every range is ordered."""
    if not GOLD.exists():
        pytest.skip(f"dev corpus not found at {GOLD}")
    for article in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]:
        body = (GOLD.parent / article["file"]).read_text(encoding="utf-8").split("---", 2)[2]
        found = find_dates(body, dt.date.fromisoformat(article["published"]))
        assert found
        for m in found:
            assert body[m.offset : m.offset + len(m.text)] == m.text
            assert m.start is not None and m.end is not None and m.start <= m.end
        assert [m.offset for m in found] == sorted(m.offset for m in found)
