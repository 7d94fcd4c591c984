"""Build gold.json for the held-out articles (annotated by hand, before the engine was run on them).

    python3 tests/engines/data/heldout/build_gold.py

Checks that every span, quantity text and date text is an exact substring where it must be.
"""

import json
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent


def Q(kind, low, high, unit, text):
    return {"kind": kind, "low": low, "high": high, "unit": unit, "text": text}


def D(start, end, text):
    return {"start": start, "end": end, "text": text}


U = {"type": "unattributed", "source": None, "cue": None}


def A(t, s, c):
    return {"type": t, "source": s, "cue": c}


ARTS = []


def article(aid, story, file, outlet, published, noise, claims):
    ARTS.append(
        dict(
            id=aid,
            file=f"articles/{story}/{file}",
            outlet=outlet,
            published=published,
            story=story,
            noise=noise,
            claims=[
                dict(id=f"{aid}-{i + 1:02d}", text=c[0], span=c[1], attribution=c[2], quantities=c[3], dates=c[4])
                for i, c in enumerate(claims)
            ],
        )
    )


fin = A("document", "figures released by the city's finance office", "according to")
ortiz = A("named_person", "Elena Ortiz", "said")
raman = A("named_person", "Priya Raman", "told reporters")
article(
    "riv-ledger",
    "riverton-budget-2024",
    "riverton-ledger.txt",
    "The Riverton Ledger",
    "2024-03-15",
    ["By Dana Whitfield | 15 March 2024, 7:12 am", "Also Read: Riverton transit fares to rise in July"],
    [
        (
            "Riverton's city council approved a $1.24 billion budget for the coming fiscal year on 14 March 2024.",
            "Riverton's city council approved a $1.24 billion budget for the coming fiscal year late on Thursday",
            U,
            [Q("money", 1.24e9, 1.24e9, "USD", "$1.24 billion")],
            [D("2024-03-14", "2024-03-14", "late on Thursday")],
        ),
        (
            "The Riverton budget vote ended weeks of wrangling over police funding and library hours.",
            "ending weeks of wrangling over police funding and library hours",
            U,
            [],
            [],
        ),
        (
            "The Riverton budget passed by a vote of nine to four.",
            "The budget passed by a vote of nine to four",
            U,
            [Q("count", 9, 9, None, "nine"), Q("count", 4, 4, None, "four")],
            [],
        ),
        (
            "The Riverton budget raises property taxes by 3.5 percent.",
            "It raises property taxes by 3.5 percent",
            fin,
            [Q("percent", 3.5, 3.5, "%", "3.5 percent")],
            [],
        ),
        (
            "The Riverton budget sets aside $48 million for road repairs.",
            "sets aside $48 million for road repairs",
            fin,
            [Q("money", 48e6, 48e6, "USD", "$48 million")],
            [],
        ),
        (
            "Elena Ortiz took office as mayor of Riverton in January 2023.",
            "Mayor Elena Ortiz, who took office in January 2023",
            U,
            [],
            [D("2023-01-01", "2023-01-31", "January 2023")],
        ),
        (
            "The Riverton budget plan protects the services people rely on.",
            'said the plan "protects the services people rely on."',
            ortiz,
            [],
            [],
        ),
        (
            "The Riverton tax increase would cost the average homeowner about $110 a year.",
            "the tax increase would cost the average homeowner about $110 a year",
            A("named_person", "Elena Ortiz", "added"),
            [Q("money", 110, 110, "USD", "about $110")],
            [],
        ),
        ("Marcus Hale is a former police sergeant.", "Council member Marcus Hale, a former police sergeant", U, [], []),
        (
            "Marcus Hale voted against the Riverton budget.",
            "Council member Marcus Hale, a former police sergeant, voted against the budget",
            U,
            [],
            [],
        ),
        (
            "The Riverton police department needed more money, not less.",
            "the police department, which lost 27 officers last year, needed more money, not less",
            A("named_person", "Marcus Hale", "argued"),
            [],
            [],
        ),
        (
            "The Riverton police department lost 27 officers in 2023.",
            "the police department, which lost 27 officers last year",
            U,
            [Q("count", 27, 27, None, "27 officers")],
            [D("2023-01-01", "2023-12-31", "last year")],
        ),
        (
            "The Riverton police department will receive $212 million under the budget plan.",
            "Under the plan, the police department will receive $212 million",
            U,
            [Q("money", 212e6, 212e6, "USD", "$212 million")],
            [],
        ),
        (
            "The police allocation is roughly 2 percent less than in 2024.",
            "roughly 2 percent less than this year",
            U,
            [Q("percent", 2, 2, "%", "roughly 2 percent")],
            [D("2024-01-01", "2024-12-31", "this year")],
        ),
        (
            "Riverton's seven public libraries will stay open on Sundays.",
            "The city's seven public libraries will stay open on Sundays",
            U,
            [Q("count", 7, 7, None, "seven")],
            [],
        ),
        (
            "Two new Riverton library branches are scheduled to open in the autumn of 2025.",
            "two new branches are scheduled to open in the autumn of 2025",
            U,
            [Q("count", 2, 2, None, "two")],
            [D("2025-09-01", "2025-11-30", "the autumn of 2025")],
        ),
        (
            "Riverton faced a $30 million shortfall in February 2024.",
            "the city faced a $30 million shortfall in February",
            raman,
            [Q("money", 30e6, 30e6, "USD", "$30 million")],
            [D("2024-02-01", "2024-02-29", "in February")],
        ),
        (
            "The Riverton budget gap was closed by delaying a stadium renovation.",
            "The gap was closed by delaying a stadium renovation and drawing on a reserve fund, she said",
            A("named_person", "Priya Raman", "said"),
            [],
            [],
        ),
        (
            "The Riverton budget gap was closed by drawing on a reserve fund.",
            "The gap was closed by delaying a stadium renovation and drawing on a reserve fund, she said",
            A("named_person", "Priya Raman", "said"),
            [],
            [],
        ),
        (
            "Local business groups welcomed the Riverton road spending.",
            "Local business groups welcomed the road spending",
            U,
            [],
            [],
        ),
        (
            "Higher taxes could push small firms out of downtown Riverton.",
            "warned that higher taxes could push small firms out of the downtown area",
            A("anonymous", "Local business groups", "warned"),
            [],
            [],
        ),
        (
            "The new Riverton budget takes effect on 1 July 2024.",
            "The new budget takes effect on July 1",
            U,
            [],
            [D("2024-07-01", "2024-07-01", "on July 1")],
        ),
        (
            "A public hearing on the Riverton police contract is expected in April 2024.",
            "A public hearing on the police contract is expected next month",
            U,
            [],
            [D("2024-04-01", "2024-04-30", "next month")],
        ),
    ],
)

ng = A("organization", "Northgate Foods", "said")
lb = A("named_person", "Laura Brennan", "said")
rs = A("document", "the results statement", "according to the results statement")
article(
    "ng-marketwire",
    "northgate-results-2024",
    "market-wire.txt",
    "Market Wire Daily",
    "2024-02-08",
    ["Subscribe to our markets newsletter"],
    [
        ("Northgate Foods is based in Ohio.", "Northgate Foods, the Ohio-based maker of frozen meals", U, [], []),
        ("Northgate Foods makes frozen meals.", "Northgate Foods, the Ohio-based maker of frozen meals", U, [], []),
        (
            "Northgate Foods reported an 18% rise in fourth-quarter net profit on 7 February 2024.",
            "reported an 18% rise in fourth-quarter net profit on Wednesday",
            U,
            [Q("percent", 18, 18, "%", "18%")],
            [D("2024-02-07", "2024-02-07", "on Wednesday")],
        ),
        ("Northgate's fourth-quarter results beat analysts' forecasts.", "beating analysts' forecasts", U, [], []),
        (
            "Northgate's net profit climbed to $412 million in the three months to December 31, 2023.",
            "Net profit climbed to $412 million in the three months to December 31",
            U,
            [Q("money", 412e6, 412e6, "USD", "$412 million"), Q("other", 3, 3, "months", "three months")],
            [D("2023-12-31", "2023-12-31", "December 31")],
        ),
        (
            "Northgate's net profit was $349 million in the same period of 2022.",
            "from $349 million in the same period of 2022",
            U,
            [Q("money", 349e6, 349e6, "USD", "$349 million")],
            [D("2022-01-01", "2022-12-31", "2022")],
        ),
        (
            "Northgate's quarterly revenue rose 6 percent to $5.1 billion.",
            "Revenue rose 6 percent to $5.1 billion",
            U,
            [Q("percent", 6, 6, "%", "6 percent"), Q("money", 5.1e9, 5.1e9, "USD", "$5.1 billion")],
            [],
        ),
        (
            "Northgate introduced price increases in spring 2023.",
            "price increases introduced last spring",
            lb,
            [],
            [D("2023-03-01", "2023-05-31", "last spring")],
        ),
        (
            "Northgate's price increases had held up better than expected.",
            "price increases introduced last spring had held up better than expected",
            lb,
            [],
            [D("2023-03-01", "2023-05-31", "last spring")],
        ),
        (
            "Shoppers have stayed with Northgate.",
            '"Shoppers have stayed with us," she told analysts',
            A("named_person", "Laura Brennan", "told analysts"),
            [],
            [],
        ),
        (
            "Northgate employs about 21,000 people.",
            "The company, which employs about 21,000 people",
            U,
            [Q("count", 21000, 21000, None, "about 21,000")],
            [],
        ),
        (
            "Northgate would buy back up to $500 million of its shares over the next two years.",
            "said it would buy back up to $500 million of its shares over the next two years",
            ng,
            [Q("money", None, 500e6, "USD", "up to $500 million"), Q("other", 2, 2, "years", "two years")],
            [D("2024-02-08", "2026-02-08", "over the next two years")],
        ),
        (
            "Northgate would raise its quarterly dividend to 42 cents.",
            "raise its quarterly dividend to 42 cents",
            ng,
            [Q("money", 0.42, 0.42, "USD", "42 cents")],
            [],
        ),
        (
            "Shares in Northgate rose 7.2% in early trading in New York.",
            "Shares in Northgate rose 7.2% in early trading in New York",
            U,
            [Q("percent", 7.2, 7.2, "%", "7.2%")],
            [],
        ),
        (
            "The 7.2% rise was Northgate shares' biggest one-day gain since March 2020.",
            "their biggest one-day gain since March 2020",
            U,
            [Q("other", 1, 1, "days", "one-day")],
            [D("2020-03-01", "2020-03-31", "March 2020")],
        ),
        (
            "Volumes in Northgate's snack division fell 3 percent.",
            "Volumes in its snack division fell 3 percent",
            rs,
            [Q("percent", 3, 3, "%", "3 percent")],
            [],
        ),
        (
            "The operating margin of Northgate's snack division slipped to 11.4%.",
            "the unit's operating margin slipped to 11.4%",
            rs,
            [Q("percent", 11.4, 11.4, "%", "11.4%")],
            [],
        ),
        (
            "Higher cocoa and packaging costs could weigh on Northgate's margins in the first half of 2024.",
            "Brennan warned that higher cocoa and packaging costs could weigh on margins in the first half of 2024",
            A("named_person", "Brennan", "warned"),
            [],
            [D("2024-01-01", "2024-06-30", "the first half of 2024")],
        ),
        (
            "Northgate's outlook is cautious but credible.",
            'Analysts at Kettering Securities said the outlook was "cautious but credible"',
            A("anonymous", "Analysts at Kettering Securities", "said"),
            [],
            [],
        ),
        (
            "Northgate expects full-year revenue of between $21 billion and $21.6 billion.",
            "Northgate expects full-year revenue of between $21 billion and $21.6 billion, the company said",
            ng,
            [Q("money", 21e9, 21.6e9, "USD", "between $21 billion and $21.6 billion")],
            [],
        ),
        (
            "Northgate will report first-quarter results in late April 2024.",
            "It will report first-quarter results in late April",
            U,
            [],
            [D("2024-04-21", "2024-04-30", "in late April")],
        ),
    ],
)

court = A("organization", "state appeals court", "ruling")
bw = A("organization", "Bluewater", "said")
ar = A("document", "the company's annual report", "according to the company's annual report")
article(
    "bw-courier",
    "bluewater-fares-2024",
    "coastal-courier.txt",
    "Coastal Courier",
    "2024-05-22",
    ["Posted 22 May 2024 | Updated 22 May 2024 16:40", "Share this article"],
    [
        (
            "A state appeals court blocked Bluewater Ferries' planned fare increase on 21 May 2024.",
            "A state appeals court on Tuesday blocked a 15% fare increase planned by Bluewater Ferries",
            U,
            [Q("percent", 15, 15, "%", "15%")],
            [D("2024-05-21", "2024-05-21", "on Tuesday")],
        ),
        (
            "Bluewater Ferries planned a 15% fare increase.",
            "a 15% fare increase planned by Bluewater Ferries",
            U,
            [Q("percent", 15, 15, "%", "15%")],
            [],
        ),
        (
            "Bluewater Ferries had failed to consult passengers.",
            "ruling that the operator had failed to consult passengers as its licence requires",
            court,
            [],
            [],
        ),
        (
            "Bluewater Ferries' licence requires it to consult passengers.",
            "failed to consult passengers as its licence requires",
            court,
            [],
            [],
        ),
        (
            "A three-judge appeals panel overturned a decision by the transport regulator.",
            "The three-judge panel overturned a decision by the transport regulator",
            U,
            [Q("count", 3, 3, None, "three-judge")],
            [],
        ),
        (
            "The transport regulator approved the Bluewater fare increase in December 2023.",
            "the transport regulator, which approved the increase in December",
            U,
            [],
            [D("2023-12-01", "2023-12-31", "in December")],
        ),
        (
            "The higher Bluewater fares had been due to start on 1 June 2024.",
            "The higher fares had been due to start on June 1",
            U,
            [],
            [D("2024-06-01", "2024-06-01", "on June 1")],
        ),
        (
            "Judge Miriam Achebe wrote the appeals court's ruling.",
            "Judge Miriam Achebe, writing for the court",
            U,
            [],
            [],
        ),
        (
            "The transport regulator did not ask the right questions.",
            'said the regulator "did not ask the right questions."',
            A("named_person", "Miriam Achebe", "said"),
            [],
            [],
        ),
        ("The appeals court ruling was unanimous.", "The ruling was unanimous.", U, [], []),
        (
            "Bluewater carries about 4.2 million passengers a year between the mainland and Pell Island.",
            "Bluewater, which carries about 4.2 million passengers a year between the mainland and Pell Island",
            U,
            [Q("count", 4.2e6, 4.2e6, None, "about 4.2 million")],
            [],
        ),
        ("Bluewater was deeply disappointed by the ruling.", 'said it was "deeply disappointed"', bw, [], []),
        ("Bluewater was studying the judgment.", "was studying the judgment", bw, [], []),
        (
            "Bluewater has 30 days to appeal to the state supreme court.",
            "The company has 30 days to appeal to the state supreme court",
            U,
            [Q("other", 30, 30, "days", "30 days")],
            [],
        ),
        (
            "The case was brought by the Pell Island Residents' Association.",
            "The case was brought by the Pell Island Residents' Association",
            U,
            [],
            [],
        ),
        (
            "The Pell Island Residents' Association is a group of about 800 households.",
            "the Pell Island Residents' Association, a group of about 800 households",
            U,
            [Q("count", 800, 800, None, "about 800")],
            [],
        ),
        ("Tomas Reyes chairs the Pell Island Residents' Association.", "Its chair, Tomas Reyes", U, [], []),
        (
            "The court decision was a win for every islander.",
            'told the Courier the decision was "a win for every islander."',
            A("named_person", "Tomas Reyes", "told the Courier"),
            [],
            [],
        ),
        (
            "Bluewater's fuel and crew costs have risen by more than 40 percent since 2021.",
            "fuel and crew costs have risen by more than 40 percent since 2021",
            A("organization", "Bluewater", "has argued"),
            [Q("percent", 40, None, "%", "more than 40 percent")],
            [D("2021-01-01", "2021-12-31", "2021")],
        ),
        (
            "Bluewater lost £6.3m in 2023.",
            "it lost £6.3m last year",
            ar,
            [Q("money", 6.3e6, 6.3e6, "GBP", "£6.3m")],
            [D("2023-01-01", "2023-12-31", "last year")],
        ),
        (
            "Bluewater's 2023 loss was its second loss in a row.",
            "its second loss in a row",
            ar,
            [Q("other", 2, 2, "ordinal", "second")],
            [],
        ),
        (
            "The transport regulator would review the judgment carefully.",
            "The regulator said in a statement that it would review the judgment carefully",
            A("organization", "transport regulator", "said in a statement"),
            [],
            [],
        ),
        (
            "A spokesperson for the transport ministry declined to comment.",
            "A spokesperson for the transport ministry declined to comment.",
            U,
            [],
            [],
        ),
    ],
)

bad = 0
for a in ARTS:
    text = (BASE / a["file"]).read_text()
    body = text.split("\n---\n", 1)[1]
    for n in a["noise"]:
        assert n in body, n
    for c in a["claims"]:
        if c["span"] not in body:
            print("SPAN NOT FOUND", c["id"], c["span"])
            bad += 1
        for q in c["quantities"]:
            if q["text"] not in c["span"]:
                print("QTY not in span", c["id"], q["text"])
                bad += 1
        for d in c["dates"]:
            if d["text"] not in c["span"]:
                print("DATE not in span", c["id"], d["text"])
                bad += 1
if bad:
    sys.exit(1)
(BASE / "gold.json").write_text(json.dumps({"articles": ARTS, "links": []}, indent=1, ensure_ascii=False) + "\n")
print(sum(len(a["claims"]) for a in ARTS), "claims")
