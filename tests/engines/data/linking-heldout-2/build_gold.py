"""Gold for the second linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-2/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-2/gold.json

Two invented stories (a city transit strike; a cross-border takeover priced in two currencies), each covered by
three invented outlets (wire, local paper, business site), written and annotated by hand without running any
engine on them. First run of the engines on it (2026-11-29, before any change made after reading their output):
extraction recall 0.678, precision 0.913; links end to end recall 0.488, precision 0.635, conflicts with the
right field 9/17; links on the gold claims precision 0.699, recall 0.796, conflicts 16/21.

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the
structure follows tests/engines/data/linking-heldout/build_gold.py: every claim may carry fact keys with
per-field values, and goldlib.build_links derives the links (claims of different articles sharing a key are
linked, as a conflict on the first differing field of quantity, date, attribution, fact).

`c(...)` copies the claim's canonicalised attribution (spokespeople and officials count as their
organisation; unnamed or missing sources give nothing) into each of its fact values, so that an attribution
conflict is derived whenever two linked claims name different sources.

Quantities and dates: each claim records only the quantities and dates it states itself, even when it shares
its span with other claims split from the same sentence. check() requires every number and calendar word in a
span to be recorded by at least one claim sharing it. Clock times ("4 a.m. on Monday") are recorded as part of
the date text.

Deliberate disagreements between outlets (see NOTES at the end):
  strike    quantity: workers on strike (2,800 vs 2,600), first-year pay offer (4.5% vs 4%), ballot support
            (87% vs 89%), weekday journeys (about 410,000 vs more than 400,000);
            date: day talks broke down (Thursday 6 Nov vs Friday 7 Nov);
            attribution: who said 9% is unaffordable (CTA chief executive vs the mayor);
            fact: trams (none running vs a limited service on the Harbour Line)
  takeover  quantity: euro value of CHF 1.2bn (€1.28bn vs €1.3bn), premium (38% vs 36%), family stake (27% vs 29%);
            date: expected completion (fourth quarter vs third quarter);
            attribution: no-closure pledge and headquarters pledge (Vandermolen's CEO vs Stalder's chairman);
            fact: whom UBS advises (Vandermolen vs Stalder)
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qm, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # strike story
    "CTA": "CTA",
    "the CTA": "CTA",
    "CTA chief executive Paul Ashdown": "CTA",
    "Chief executive Paul Ashdown": "CTA",
    "Paul Ashdown": "CTA",
    "UTW": "UTW",
    "UTW general secretary Maren Holt": "UTW",
    "Union general secretary Maren Holt": "UTW",
    "Maren Holt": "UTW",
    "A UTW spokesperson": "UTW",
    "The Carrowby Chamber of Commerce": "Carrowby Chamber of Commerce",
    "Carrowby Chamber of Commerce": "Carrowby Chamber of Commerce",
    "The city's chamber of commerce": "Carrowby Chamber of Commerce",
    "The state conciliation service": "conciliation service",
    "Carrowby mayor Ruth Okafor": "mayor Ruth Okafor",
    "Ruth Okafor": "mayor Ruth Okafor",
    # takeover story
    "the companies": "Vandermolen and Stalder",
    "Vandermolen": "Vandermolen",
    "Chief executive Ilse Brandsma": "Vandermolen",
    "chief executive Ilse Brandsma": "Vandermolen",
    "Ilse Brandsma": "Vandermolen",
    "Brandsma": "Vandermolen",
    "Chairman Markus Egli": "Stalder",
    "Markus Egli": "Stalder",
    "Egli": "Stalder",
    "Stalder": "Stalder",
    "Jonas Frei": "Aarberg Securities",
    "Aarberg Securities": "Aarberg Securities",
}

c = claim_maker(CANON)
art = article_maker(BASE)


def pct(v, text, low=True, high=True):
    return Q("percent", v if low else None, v if high else None, "%", text)


NOTES = {}

# =====================================================================
# Story A: 48-hour bus and tram strike in Carrowby (November 2025)
# =====================================================================
SA = "carrowby-transit-strike-2025"
CTA_SAID = ORG("CTA", "the CTA said")
MON = "2025-11-10"
WED = "2025-11-12"
Y2025 = ("2025-01-01", "2025-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2011 = ("2011-01-01", "2011-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
DEC = ("2025-12-01", "2025-12-31")

# ---------------------------------------------------------------- Continental Press Wire (2025-11-10, Mon)
A = "strike-cpw"
art(
    A,
    SA,
    [
        "Commuters queue for a replacement shuttle bus at Carrowby Central station on Monday. CPW/Lena Varga",
        "Reporting by Tomas Reyl; Editing by Hana Osei",
    ],
)
c(
    A,
    "Bus and tram drivers in Carrowby went on strike.",
    "Bus and tram drivers in Carrowby walked off the job",
    facts={"st:strike": {}},
)
c(
    A,
    "The Carrowby transit strike began at 4 a.m. on 10 November 2025.",
    "walked off the job at 4 a.m. on Monday",
    d=[D(MON, None, "4 a.m. on Monday")],
    facts={"st:start": {"date": dv(MON)}},
)
c(
    A,
    "The Carrowby transit strike lasts 48 hours.",
    "starting a 48-hour strike over pay",
    q=[Q("other", 48, 48, "hours", "48-hour")],
    facts={"st:duration": {"quantity": qv("h", 48, 48)}},
)
c(A, "The Carrowby transit strike is over pay.", "a 48-hour strike over pay", facts={"st:over-pay": {}})
c(
    A,
    "The Carrowby transit strike forced commuters to find other ways to get to work.",
    "forced commuters to find other ways to get to work",
)
c(
    A,
    "About 2,800 drivers and maintenance staff at the Carrowby Transit Authority (CTA) are on strike.",
    "The strike by about 2,800 drivers and maintenance staff at the Carrowby Transit Authority (CTA)",
    q=[Q("count", 2800, 2800, None, "about 2,800")],
    facts={"st:workers": {"quantity": qv("n", 2800, 2800)}},
)
c(
    A,
    "The United Transport Workers (UTW) union called the Carrowby transit strike.",
    "was called by the United Transport Workers (UTW) union",
    facts={"st:union": {}},
)
c(
    A,
    "Talks between the UTW and the CTA broke down on 6 November 2025.",
    "after talks broke down on Thursday",
    d=[D("2025-11-06", None, "on Thursday")],
    facts={"st:talks-collapse": {"date": dv("2025-11-06")}},
)
c(
    A,
    "The Carrowby transit strike is due to end at 4 a.m. on 12 November 2025.",
    "It is due to end at 4 a.m. on Wednesday",
    d=[D(WED, None, "4 a.m. on Wednesday")],
    facts={"st:end": {"date": dv(WED)}},
)
c(
    A,
    "No Carrowby trams were running on the morning of 10 November 2025.",
    "No trams were running on Monday morning",
    CTA_SAID,
    d=[D(MON, None, "on Monday morning")],
    facts={"st:trams": {"fact": "no trams running"}},
)
c(
    A,
    "Only about one in ten Carrowby bus services was operating on 10 November 2025.",
    "only about one in ten bus services was operating",
    CTA_SAID,
    q=[pct(10, "about one in ten")],
    facts={"st:buses": {"quantity": qv("%", 10, 10)}},
)
c(
    A,
    "The Carrowby transit network normally carries about 410,000 passenger journeys on a weekday.",
    "The network normally carries about 410,000 passenger journeys on a weekday",
    q=[Q("count", 410000, 410000, None, "about 410,000 passenger journeys")],
    facts={"st:journeys": {"quantity": qv("n", 410000, 410000)}},
)
c(
    A,
    "The Carrowby transit strike is the first all-out strike on the city's buses and trams since 2011.",
    "It is the first all-out strike on the city's buses and trams since 2011",
    d=[D(*Y2011, "2011")],
    facts={"st:first-since": {"date": dv(*Y2011)}},
)
c(
    A,
    "The UTW is seeking a 9% pay rise for 2025.",
    "The union is seeking a 9% pay rise for this year",
    q=[pct(9, "9%")],
    d=[D(*Y2025, "this year")],
    facts={"st:demand": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "The CTA has offered a 4.5% pay rise for 2025.",
    "The CTA has offered 4.5% this year",
    q=[pct(4.5, "4.5%")],
    d=[D(*Y2025, "this year")],
    facts={"st:offer-2025": {"quantity": qv("%", 4.5, 4.5)}},
)
c(
    A,
    "The CTA has offered a further 3% pay rise in 2026.",
    "a further 3% in 2026",
    q=[pct(3, "3%")],
    d=[D(*Y2026, "2026")],
    facts={"st:offer-2026": {"quantity": qv("%", 3, 3)}},
)
c(
    A,
    "The UTW's members have had no choice but to strike.",
    '"Our members have had no choice," UTW general secretary Maren Holt told reporters',
    NP("UTW general secretary Maren Holt", "told reporters"),
    facts={"st:no-choice": {}},
)
c(
    A,
    "Maren Holt spoke to reporters outside the Westgate depot.",
    "told reporters outside the Westgate depot",
)
c(
    A,
    "87% of UTW members who voted in the strike ballot backed action.",
    "She said 87% of members who voted in the strike ballot had backed action",
    NP("Maren Holt", "She said"),
    q=[pct(87, "87%")],
    facts={"st:ballot": {"quantity": qv("%", 87, 87)}},
)
c(
    A,
    "A 9% pay increase is unaffordable for the CTA without cutting services or raising fares.",
    "a 9% increase was unaffordable without cutting services or raising fares",
    NP("CTA chief executive Paul Ashdown", "said"),
    q=[pct(9, "9%")],
    facts={"st:unaffordable": {}},
)
c(
    A,
    "The CTA's pay offer is fair and fully funded.",
    'the authority\'s offer was "fair and fully funded"',
    NP("Paul Ashdown", "He said"),
)
c(
    A,
    "The Carrowby transit stoppage will cost local businesses £6-8m a day in lost trade.",
    "would cost local businesses £6-8m a day in lost trade",
    ORG("The Carrowby Chamber of Commerce", "estimated"),
    q=[Q("money", 6e6, 8e6, "GBP", "£6-8m")],
    facts={"st:cost": {"quantity": qv("GBP", 6e6, 8e6)}},
)
c(
    A,
    "The state conciliation service will host fresh talks between the UTW and the CTA on 13 November 2025.",
    "it would host fresh talks between the two sides on Thursday",
    ORG("The state conciliation service", "said"),
    q=[Q("count", 2, 2, None, "two sides")],
    d=[D("2025-11-13", None, "on Thursday")],
    facts={"st:next-talks": {"date": dv("2025-11-13")}},
)
c(
    A,
    "The CTA advised passengers to work from home if they could.",
    "The CTA advised passengers to work from home if they could",
)
c(
    A,
    "Private coach operators added extra journeys into Carrowby's centre from the suburbs.",
    "they had added extra journeys into the centre from the suburbs",
    AN("Private coach operators", "said"),
)
c(
    A,
    "Traffic on the main roads into Carrowby's centre was heavier than usual during the morning rush hour"
    " on 10 November 2025.",
    "Traffic on the main roads into the city centre was heavier than usual during the morning rush hour",
    ORG("the city's traffic control centre", "according to"),
    facts={"st:traffic": {}},
)
c(
    A,
    "Cycle hire stations near Carrowby's central station had run out of bicycles by 8 a.m. on 10 November 2025.",
    "Cycle hire stations near the central station had run out of bicycles by 8 a.m.",
    ORG("a spokesman for the scheme", "said"),
    d=[D(MON, None, "by 8 a.m.")],
)
c(
    A,
    "Carrowby's Royal Infirmary laid on minibuses for night-shift nurses who could not get to work.",
    "it had laid on minibuses for night-shift nurses who could not get to work",
    ORG("Carrowby's Royal Infirmary", "said"),
)

# ---------------------------------------------------------------- The Carrowby Echo (2025-11-11, Tue)
A = "strike-echo"
art(
    A,
    SA,
    [
        "By Declan Moss, Transport Reporter | Tuesday 11 November 2025",
        "Passengers wait at an empty tram stop on Quay Street on Monday morning. Picture: Carrowby Echo",
        "Read more: How to get around Carrowby during the strike",
    ],
)
HOLT = NP("Union general secretary Maren Holt", "said")
c(
    A,
    "Bus stops across Carrowby stood empty on 10 November 2025.",
    "Bus stops across Carrowby stood empty yesterday",
    d=[D(MON, None, "yesterday")],
)
c(
    A,
    "The Carrowby transit strike is the city's first all-out transit strike since 2011.",
    "the city's first all-out transit strike since 2011",
    d=[D(*Y2011, "2011")],
    facts={"st:first-since": {"date": dv(*Y2011)}},
)
c(
    A,
    "Roads into Carrowby's centre were gridlocked by 7.30am on 10 November 2025.",
    "roads into the centre gridlocked by 7.30am",
    d=[D(MON, None, "by 7.30am")],
    facts={"st:traffic": {}},
)
SOME2600 = "Some 2,600 bus and tram workers belonging to the United Transport Workers union walked out"
c(
    A,
    "Some 2,600 Carrowby bus and tram workers walked out.",
    SOME2600,
    q=[Q("count", 2600, 2600, None, "Some 2,600")],
    facts={"st:workers": {"quantity": qv("n", 2600, 2600)}, "st:strike": {}},
)
c(
    A,
    "The striking Carrowby bus and tram workers belong to the United Transport Workers union.",
    SOME2600,
    facts={"st:union": {}},
)
c(
    A,
    "The Carrowby transit strike began at 4am on 10 November 2025.",
    "walked out at 4am on Monday",
    d=[D(MON, None, "4am on Monday")],
    facts={"st:start": {"date": dv(MON)}},
)
c(
    A,
    "The Carrowby transit strike lasts 48 hours.",
    "The 48-hour strike",
    q=[Q("other", 48, 48, "hours", "48-hour")],
    facts={"st:duration": {"quantity": qv("h", 48, 48)}},
)
c(
    A,
    "The Carrowby transit strike is due to finish at 4am on 12 November 2025.",
    "The 48-hour strike is due to finish at 4am tomorrow",
    d=[D(WED, None, "4am tomorrow")],
    facts={"st:end": {"date": dv(WED)}},
)
c(
    A,
    "Roughly 10% of Carrowby bus services ran on 10 November 2025.",
    "Roughly 10% of bus services ran yesterday",
    q=[pct(10, "Roughly 10%")],
    d=[D(MON, None, "yesterday")],
    facts={"st:buses": {"quantity": qv("%", 10, 10)}},
)
c(
    A,
    "The Carrowby bus services that ran on 10 November 2025 were mostly on routes serving the Royal Infirmary"
    " and the university.",
    "mostly on routes serving the Royal Infirmary and the university",
)
TRAM = "A limited tram service also ran on the Harbour Line, staffed by managers, every 20 minutes."
c(
    A,
    "A limited tram service ran on Carrowby's Harbour Line on 10 November 2025.",
    TRAM,
    facts={"st:trams": {"fact": "limited tram service on the Harbour Line"}},
)
c(A, "The Harbour Line tram service during the strike was staffed by managers.", TRAM)
c(
    A,
    "The Harbour Line trams ran every 20 minutes during the strike.",
    TRAM,
    q=[Q("other", 20, 20, "minutes", "20 minutes")],
)
c(
    A,
    "Talks between the UTW and the Carrowby Transit Authority collapsed on 7 November 2025.",
    "Talks between the union and the Carrowby Transit Authority collapsed on Friday",
    d=[D("2025-11-07", None, "on Friday")],
    facts={"st:talks-collapse": {"date": dv("2025-11-07")}},
)
c(
    A,
    "The CTA refused to improve its pay offer.",
    "after the CTA refused to improve its offer",
    facts={"st:refused": {}},
)
c(
    A,
    "The CTA has offered a 4% pay rise for 2025.",
    "its offer of 4% this year",
    q=[pct(4, "4%")],
    d=[D(*Y2025, "this year")],
    facts={"st:offer-2025": {"quantity": qv("%", 4, 4)}},
)
c(
    A,
    "The CTA has offered a 3% pay rise for 2026.",
    "its offer of 4% this year and 3% next year",
    q=[pct(3, "3%")],
    d=[D(*Y2026, "next year")],
    facts={"st:offer-2026": {"quantity": qv("%", 3, 3)}},
)
c(
    A,
    "The UTW wants a 9% pay rise.",
    "The union wants 9%.",
    q=[pct(9, "9%")],
    facts={"st:demand": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "UTW members had no choice but to strike.",
    'members had "no choice"',
    HOLT,
    facts={"st:no-choice": {}},
)
c(
    A,
    "The pay of UTW members has failed to keep up with prices for years.",
    "after years in which their pay had failed to keep up with prices",
    HOLT,
)
c(
    A,
    "Carrowby drivers' pay has fallen 11% in real terms since 2021.",
    "drivers' pay has fallen 11% in real terms since 2021",
    ORG("UTW", "According to"),
    q=[pct(11, "11%")],
    d=[D(*Y2021, "2021")],
    facts={"st:real-pay": {"quantity": qv("%", 11, 11), "date": dv(*Y2021)}},
)
c(
    A,
    "89% of those voting in the UTW strike ballot backed a strike.",
    "In the ballot, 89% of those voting backed a strike",
    q=[pct(89, "89%")],
    facts={"st:ballot": {"quantity": qv("%", 89, 89)}},
)
c(
    A,
    "The turnout in the UTW strike ballot was 71%.",
    "on a turnout of 71%",
    q=[pct(71, "71%")],
)
c(
    A,
    "An average CTA driver earns £31,400 a year.",
    "An average CTA driver earns £31,400 a year, the authority says",
    ORG("CTA", "the authority says"),
    q=[Q("money", 31400, 31400, "GBP", "£31,400 a year")],
    facts={"st:salary": {"quantity": qv("GBP", 31400, 31400)}},
)
c(
    A,
    "A 9% pay rise for CTA staff simply cannot be afforded.",
    'a 9% rise "simply cannot be afforded"',
    NP("Carrowby mayor Ruth Okafor", "said"),
    q=[pct(9, "9%")],
    facts={"st:unaffordable": {}},
)
c(
    A,
    "Ruth Okafor urged the UTW to return to talks.",
    "urged the union to return to talks",
    NP("Carrowby mayor Ruth Okafor", "urged"),
)
c(
    A,
    "The conciliation service is expected to bring the UTW and the CTA together in the week of 10-16 November 2025.",
    "The conciliation service is expected to bring both sides together later this week",
    d=[D("2025-11-10", "2025-11-16", "later this week")],
    facts={"st:next-talks": {"date": dv("2025-11-10", "2025-11-16")}},
)
c(A, "Schools across Carrowby stayed open during the transit strike.", "Schools across the city stayed open")
c(
    A,
    "School attendance in Carrowby was down during the transit strike.",
    "several head teachers told the Echo that attendance was down",
    AN("several head teachers", "told the Echo"),
)
c(
    A,
    "About a third of pupils at Westgate Primary were absent during the transit strike.",
    "At Westgate Primary, about a third of pupils were absent, head teacher Colm Bryce said",
    NP("head teacher Colm Bryce", "said"),
    q=[Q("percent", 33.3, 33.3, "%", "about a third")],
)
c(
    A,
    "The Carrowby transit strike is costing local firms £6m to £8m a day.",
    "put the cost to local firms at £6m to £8m a day",
    ORG("The city's chamber of commerce", "put"),
    q=[Q("money", 6e6, 8e6, "GBP", "£6m to £8m")],
    facts={"st:cost": {"quantity": qv("GBP", 6e6, 8e6)}},
)
c(
    A,
    "Footfall on Carrowby's Market Row had halved during the transit strike.",
    "Shopkeepers on Market Row said footfall had halved",
    AN("Shopkeepers on Market Row", "said"),
    q=[Q("percent", 50, 50, "%", "halved")],
)
c(
    A,
    "Jenny Alcott's usual 25-minute journey to the Royal Infirmary took almost two hours on foot and by taxi"
    " during the transit strike.",
    "her usual 25-minute journey to the Royal Infirmary had taken almost two hours on foot and by taxi",
    NP("Jenny Alcott", "said"),
    q=[Q("other", 25, 25, "minutes", "25-minute"), Q("other", None, 2, "hours", "almost two hours")],
)
c(A, "Jenny Alcott is a nurse who lives in Fernhill.", "Jenny Alcott, a nurse who lives in Fernhill")
c(
    A,
    "Jenny Alcott supports the striking drivers.",
    '"I support the drivers, but this is hard," she said',
    NP("Jenny Alcott", "she said"),
)
c(
    A,
    "Further transit strikes could follow in December 2025 if no deal is reached.",
    "further strikes could follow in December if no deal is reached",
    ORG("UTW", "has warned"),
    d=[D(*DEC, "in December")],
    facts={"st:december": {"date": dv(*DEC)}},
)

# ---------------------------------------------------------------- Ledgerline (2025-11-11, Tue)
A = "strike-ledgerline"
art(
    A,
    SA,
    [
        "Ledgerline | Markets & Economy | 11 Nov 2025 | 4 min read",
        "[Image: Tram depot at Westgate, Carrowby. Credit: Ledgerline/Archive]",
        "Read more: Public transport strikes: what they cost cities",
    ],
)
c(
    A,
    "The Carrowby transit strike lasts two days.",
    "A two-day strike",
    q=[Q("other", 2, 2, "days", "two-day")],
    facts={"st:duration": {"quantity": qv("h", 48, 48)}},
)
c(
    A,
    "The Carrowby transit strike has shut the city's tram network.",
    "has shut Carrowby's tram network",
    facts={"st:trams": {"fact": "no trams running"}},
)
c(
    A,
    "The Carrowby transit strike has cut bus services to a trickle.",
    "cut bus services to a trickle",
    facts={"st:buses": {}},
)
c(
    A,
    "The Carrowby transit strike is costing the city's businesses between £6m and £8m a day.",
    "is costing the city's businesses between £6m and £8m a day, according to the Carrowby Chamber of Commerce",
    ORG("Carrowby Chamber of Commerce", "according to"),
    q=[Q("money", 6e6, 8e6, "GBP", "between £6m and £8m")],
    facts={"st:cost": {"quantity": qv("GBP", 6e6, 8e6)}},
)
c(
    A,
    "Members of the United Transport Workers (UTW) are on strike in Carrowby.",
    "The walkout by members of the United Transport Workers (UTW)",
    facts={"st:union": {}, "st:strike": {}},
)
c(
    A,
    "The Carrowby transit walkout began at 4am on 10 November 2025.",
    "began at 4am on Monday",
    d=[D(MON, None, "4am on Monday")],
    facts={"st:start": {"date": dv(MON)}},
)
c(
    A,
    "The Carrowby transit walkout is scheduled to run until 4am on 12 November 2025.",
    "is scheduled to run until 4am on Wednesday",
    d=[D(WED, None, "4am on Wednesday")],
    facts={"st:end": {"date": dv(WED)}},
)
c(
    A,
    "The Carrowby transit walkout involves roughly 2,800 staff at the Carrowby Transit Authority (CTA).",
    "It involves roughly 2,800 staff at the Carrowby Transit Authority (CTA)",
    q=[Q("count", 2800, 2800, None, "roughly 2,800")],
    facts={"st:workers": {"quantity": qv("n", 2800, 2800)}},
)
c(
    A,
    "The CTA carries more than 400,000 passenger journeys each weekday.",
    "which carries more than 400,000 passenger journeys each weekday",
    q=[Q("count", 400000, None, None, "more than 400,000 passenger journeys")],
    facts={"st:journeys": {"quantity": qv("n", 400000, None)}},
)
c(
    A,
    "The gap between the UTW and the CTA in the pay dispute is about £10m a year.",
    "At the heart of the dispute is a gap of about £10m a year",
    q=[Q("money", 10e6, 10e6, "GBP", "about £10m a year")],
)
c(
    A,
    "The UTW is demanding a 9 per cent pay rise.",
    "the union's demand for a 9 per cent rise",
    q=[pct(9, "9 per cent")],
    facts={"st:demand": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "The UTW's demand would add £21m to the CTA's annual wage bill.",
    "The CTA estimates that the union's demand for a 9 per cent rise would add £21m to its annual wage bill",
    ORG("CTA", "estimates"),
    q=[Q("money", 21e6, 21e6, "GBP", "£21m")],
)
c(
    A,
    "The CTA has offered a 4.5 per cent pay rise for 2025.",
    "its own offer, 4.5 per cent this year",
    q=[pct(4.5, "4.5 per cent")],
    d=[D(*Y2025, "this year")],
    facts={"st:offer-2025": {"quantity": qv("%", 4.5, 4.5)}},
)
c(
    A,
    "The CTA has offered a 3 per cent pay rise in 2026.",
    "followed by 3 per cent in 2026",
    q=[pct(3, "3 per cent")],
    d=[D(*Y2026, "2026")],
    facts={"st:offer-2026": {"quantity": qv("%", 3, 3)}},
)
c(
    A,
    "The CTA's own pay offer would cost roughly £11m.",
    "its own offer, 4.5 per cent this year followed by 3 per cent in 2026, would cost roughly £11m",
    ORG("CTA", "estimates"),
    q=[Q("money", 11e6, 11e6, "GBP", "roughly £11m")],
)
c(
    A,
    "The CTA could not fund a 9 per cent pay rise without cutting services or raising fares.",
    'the authority could not fund 9 per cent "without cutting services or raising fares"',
    NP("Chief executive Paul Ashdown", "said"),
    q=[pct(9, "9 per cent")],
    facts={"st:unaffordable": {}},
)
c(
    A,
    "Carrowby transit fares have been frozen since 2023.",
    "Fares have been frozen since 2023",
    d=[D("2023-01-01", "2023-12-31", "2023")],
)
c(
    A,
    "The Carrowby transit fare freeze is a policy set by the city council.",
    "under a policy set by the city council",
)
c(
    A,
    "The CTA faces a £38m budget shortfall in the 2026-27 financial year.",
    "The CTA already faces a £38m budget shortfall in the 2026-27 financial year, according to its latest board papers",
    DOC("its latest board papers", "according to"),
    q=[Q("money", 38e6, 38e6, "GBP", "£38m")],
    d=[D("2026-04-01", "2027-03-31", "2026-27 financial year")],
)
c(
    A,
    "Talks between the UTW and the CTA collapsed in the week of 3-9 November 2025.",
    "Talks collapsed last week",
    d=[D("2025-11-03", "2025-11-09", "last week")],
    facts={"st:talks-collapse": {"date": dv("2025-11-03", "2025-11-09")}},
)
c(
    A,
    "The CTA declined to raise its pay offer.",
    "after the CTA declined to raise its offer",
    facts={"st:refused": {}},
)
c(
    A,
    "Carrowby drivers' pay has fallen 11 per cent in real terms since 2021.",
    "The UTW says drivers' pay has fallen 11 per cent in real terms since 2021",
    ORG("UTW", "says"),
    q=[pct(11, "11 per cent")],
    d=[D(*Y2021, "2021")],
    facts={"st:real-pay": {"quantity": qv("%", 11, 11), "date": dv(*Y2021)}},
)
c(
    A,
    "An average Carrowby driver earns about £31,400 a year.",
    "An average driver earns about £31,400 a year",
    q=[Q("money", 31400, 31400, "GBP", "about £31,400 a year")],
    facts={"st:salary": {"quantity": qv("GBP", 31400, 31400)}},
)
c(
    A,
    "The Carrowby transit dispute could weigh on the CTA's credit rating.",
    "The dispute could weigh on the CTA's credit rating",
)
c(
    A,
    "A long dispute would make it harder for the CTA to refinance.",
    '"A long dispute would make it harder for the authority to refinance," said Priya Nandakumar',
    NP("Priya Nandakumar", "said"),
)
c(
    A,
    "Priya Nandakumar is a public finance analyst at Fenwick Ratings.",
    "Priya Nandakumar, a public finance analyst at Fenwick Ratings",
)
c(
    A,
    "The CTA has £140m of bonds due in 2027.",
    "The CTA has £140m of bonds due in 2027",
    q=[Q("money", 140e6, 140e6, "GBP", "£140m")],
    d=[D("2027-01-01", "2027-12-31", "2027")],
)
c(
    A,
    "The state conciliation service will host talks between the UTW and the CTA on 13 November 2025.",
    "The state conciliation service will host talks on Thursday",
    d=[D("2025-11-13", None, "on Thursday")],
    facts={"st:next-talks": {"date": dv("2025-11-13")}},
)
c(
    A,
    "The UTW will call further walkouts in December 2025 if the talks fail.",
    "the union would call further walkouts in December if the talks fail",
    ORG("A UTW spokesperson", "said"),
    d=[D(*DEC, "in December")],
    facts={"st:december": {"date": dv(*DEC)}},
)
c(
    A,
    "Retailers have been among the hardest hit by the Carrowby transit strike.",
    "Retailers have been among the hardest hit",
)
c(
    A,
    "Harlow & Finch is Carrowby's largest department store.",
    "Harlow & Finch, the city's largest department store",
)
c(
    A,
    "Harlow & Finch's takings on 10 November 2025 were down 35% on a typical day.",
    "takings on Monday were down 35% on a typical day",
    ORG("Harlow & Finch", "said"),
    q=[pct(35, "35%")],
    d=[D(MON, None, "on Monday")],
)

NOTES["st:workers"] = "strikers: about / roughly 2,800 (CPW, Ledgerline) vs some 2,600 (Carrowby Echo)"
NOTES["st:offer-2025"] = "CTA's first-year offer: 4.5% (CPW, Ledgerline) vs 4% (Carrowby Echo)"
NOTES["st:ballot"] = "ballot support: 87% (CPW, from Holt) vs 89% (Carrowby Echo)"
NOTES["st:journeys"] = "weekday journeys: about 410,000 (CPW) vs more than 400,000 (Ledgerline): point vs bound"
NOTES["st:talks-collapse"] = (
    "talks broke down: Thursday 6 Nov (CPW) vs Friday 7 Nov (Carrowby Echo); Ledgerline's 'last week' contains both"
)
NOTES["st:unaffordable"] = (
    "9% unaffordable: CTA chief executive Paul Ashdown (CPW, Ledgerline) vs mayor Ruth Okafor (Carrowby Echo)"
)
NOTES["st:trams"] = (
    "trams: none running / network shut (CPW, Ledgerline) vs a limited service on the Harbour Line (Carrowby Echo)"
)
NOTES["st:duration"] = "48-hour strike = two-day strike"
NOTES["st:buses"] = "one in ten bus services = roughly 10%; 'cut to a trickle' gives no number"
NOTES["st:traffic"] = (
    "heavier traffic into the centre (CPW) vs roads gridlocked by 7.30am (Echo): same fact, Echo more detailed"
)

# =====================================================================
# Story B: Vandermolen's takeover of Stalder Präzision (May 2025)
# =====================================================================
SB = "vandermolen-stalder-takeover-2025"
MAY12 = "2025-05-12"
FRI = "2025-05-09"
Y2024 = ("2024-01-01", "2024-12-31")
Y2028 = ("2028-01-01", "2028-12-31")
JUNE = ("2025-06-01", "2025-06-30")
Y1921 = ("1921-01-01", "1921-12-31")
BRANDSMA = NP("Chief executive Ilse Brandsma", "said")

# ---------------------------------------------------------------- Europa Markets Wire (2025-05-12, Mon)
A = "deal-emw"
art(
    A,
    SB,
    [
        "(Reporting by Sabine Koller in Zurich and Pieter Daalman in Amsterdam; Editing by Mark Hollis)",
        "For more deals news, see the EMW M&A page\nOur Standards: The EMW Trust Principles.",
    ],
)
c(
    A,
    "Vandermolen Industrie has agreed to buy Stalder Präzision.",
    "Vandermolen Industrie has agreed to buy Swiss valve and sensor maker Stalder Präzision",
    ORG("the companies", "said"),
    facts={"tk:agree": {}},
)
c(
    A,
    "Vandermolen Industrie is a Dutch industrial group.",
    "Dutch industrial group Vandermolen Industrie",
    facts={"tk:dutch": {}},
)
c(
    A,
    "Stalder Präzision is a Swiss valve and sensor maker.",
    "Swiss valve and sensor maker Stalder Präzision",
    facts={"tk:products": {}},
)
c(
    A,
    "Vandermolen will pay 92 Swiss francs a share in cash for Stalder.",
    "for 92 Swiss francs a share in cash",
    ORG("the companies", "said"),
    q=[Q("money", 92, 92, "CHF", "92 Swiss francs")],
    facts={"tk:price": {"quantity": qv("CHF", 92, 92)}},
)
c(
    A,
    "Vandermolen and Stalder announced the takeover on 12 May 2025.",
    "the companies said on Monday",
    d=[D(MAY12, None, "on Monday")],
    facts={"tk:announce": {"date": dv(MAY12)}},
)
c(
    A,
    "The Vandermolen offer values Stalder at about 1.2 billion Swiss francs (€1.28 billion).",
    "valuing Stalder at about 1.2 billion francs (€1.28 billion)",
    q=[
        Q("money", 1.2e9, 1.2e9, "CHF", "about 1.2 billion francs"),
        Q("money", 1.28e9, 1.28e9, "EUR", "€1.28 billion"),
    ],
    facts={"tk:value": {"quantity": qm(("CHF", 1.2e9, 1.2e9), ("EUR", 1.28e9, 1.28e9))}},
)
c(
    A,
    "The Vandermolen offer is a premium of 38% to Stalder's closing price on 9 May 2025.",
    "The offer represents a premium of 38% to Stalder's closing price on Friday",
    q=[pct(38, "38%")],
    d=[D(FRI, None, "on Friday")],
    facts={"tk:premium": {"quantity": qv("%", 38, 38), "date": dv(FRI)}},
)
c(
    A,
    "Including net debt, the Vandermolen deal gives Stalder an enterprise value of CHF 1.45 billion.",
    "Including net debt, the deal gives Stalder an enterprise value of CHF 1.45 billion",
    q=[Q("money", 1.45e9, 1.45e9, "CHF", "CHF 1.45 billion")],
    facts={"tk:ev": {"quantity": qv("CHF", 1.45e9, 1.45e9)}},
)
c(
    A,
    "Stalder's board unanimously recommends that shareholders accept the Vandermolen offer.",
    "Stalder's board unanimously recommends that shareholders accept the offer",
    facts={"tk:board": {}},
)
c(
    A,
    "The Vandermolen offer is in the best interests of Stalder's shareholders, employees and customers.",
    "the board had concluded that the offer was in the best interests of shareholders, employees and customers",
    NP("Chairman Markus Egli", "said"),
)
c(
    A,
    "The Stalder family owns 27% of Stalder.",
    "The Stalder family, which owns 27% of the company",
    q=[pct(27, "27%")],
    facts={"tk:family": {"quantity": qv("%", 27, 27)}},
)
c(
    A,
    "The Stalder family has committed to tender its shares to Vandermolen.",
    "has committed to tender its shares",
    facts={"tk:family-tender": {}},
)
c(
    A,
    "Stalder shares jumped 33% in Zurich on 12 May 2025.",
    "Shares in Stalder jumped 33% in Zurich on Monday",
    q=[pct(33, "33%")],
    d=[D(MAY12, None, "on Monday")],
    facts={"tk:jump": {"quantity": qv("%", 33, 33), "date": dv(MAY12)}},
)
c(
    A,
    "Vandermolen shares fell 2.1% in Amsterdam on 12 May 2025.",
    "Vandermolen fell 2.1% in Amsterdam",
    q=[pct(2.1, "2.1%")],
    facts={"tk:vdm-fall": {"quantity": qv("%", 2.1, 2.1)}},
)
c(
    A,
    "Vandermolen is based in Eindhoven.",
    "Vandermolen, which is based in Eindhoven",
    facts={"tk:eindhoven": {}},
)
c(A, "Vandermolen makes industrial pumps.", "makes industrial pumps", facts={"tk:pumps": {}})
c(
    A,
    "Vandermolen employs about 14,000 people.",
    "employs about 14,000 people",
    q=[Q("count", 14000, 14000, None, "about 14,000 people")],
    facts={"tk:vdm-staff": {"quantity": qv("n", 14000, 14000)}},
)
c(
    A,
    "Vandermolen has no plans to close any of Stalder's Swiss plants.",
    "the group had no plans to close any of Stalder's Swiss plants",
    BRANDSMA,
    facts={"tk:no-closures": {}},
)
c(
    A,
    "Stalder will keep its headquarters in Winterthur after the takeover.",
    "Stalder would keep its headquarters in Winterthur",
    BRANDSMA,
    facts={"tk:hq": {}},
)
c(
    A,
    "Vandermolen and Stalder are both family-founded engineering businesses.",
    '"This brings together two family-founded engineering businesses," Brandsma told reporters',
    NP("Brandsma", "told reporters"),
    q=[Q("count", 2, 2, None, "two family-founded engineering businesses")],
)
c(
    A,
    "The Vandermolen-Stalder combination will deliver about 60 million euros in annual cost savings by 2028.",
    "She said the combination would deliver about 60 million euros in annual cost savings by 2028",
    NP("Brandsma", "She said"),
    q=[Q("money", 60e6, 60e6, "EUR", "about 60 million euros")],
    d=[D(*Y2028, "2028")],
    facts={"tk:synergies": {"quantity": qv("EUR", 60e6, 60e6), "date": dv(*Y2028)}},
)
c(
    A,
    "Stalder employs 3,400 people.",
    "Stalder, which employs 3,400 people",
    q=[Q("count", 3400, 3400, None, "3,400 people")],
    facts={"tk:stalder-staff": {"quantity": qv("n", 3400, 3400)}},
)
c(
    A,
    "Stalder reported revenue of 742 million Swiss francs in 2024.",
    "reported revenue of 742 million francs in 2024",
    q=[Q("money", 742e6, 742e6, "CHF", "742 million francs")],
    d=[D(*Y2024, "2024")],
    facts={"tk:revenue": {"quantity": qv("CHF", 742e6, 742e6), "date": dv(*Y2024)}},
)
c(
    A,
    "Vandermolen had revenue of 4.6 billion euros in 2024.",
    "Vandermolen had revenue of 4.6 billion euros last year",
    q=[Q("money", 4.6e9, 4.6e9, "EUR", "4.6 billion euros")],
    d=[D(*Y2024, "last year")],
)
c(
    A,
    "Vandermolen will fund the Stalder purchase from cash and new debt.",
    "It said it would fund the purchase from cash and new debt",
    ORG("Vandermolen", "said"),
    facts={"tk:financing": {}},
)
c(
    A,
    "The Stalder deal is the largest takeover of a listed Swiss industrial company so far in 2025.",
    "The deal is the largest takeover of a listed Swiss industrial company so far this year, according to"
    " MergerStat Europe data",
    DOC("MergerStat Europe data", "according to"),
    d=[D("2025-01-01", MAY12, "so far this year")],
)
c(
    A,
    "The offer period for Stalder shares is expected to start in June 2025.",
    "The offer period is expected to start in June",
    d=[D(*JUNE, "in June")],
    facts={"tk:offer-period": {"date": dv(*JUNE)}},
)
c(
    A,
    "The Stalder deal is expected to close in the fourth quarter of 2025.",
    "the deal is expected to close in the fourth quarter",
    d=[D("2025-10-01", "2025-12-31", "in the fourth quarter")],
    facts={"tk:completion": {"date": dv("2025-10-01", "2025-12-31")}},
)
APPROV = "subject to approval by the European Commission and the Swiss Competition Commission"
c(A, "The Stalder deal is subject to approval by the European Commission.", APPROV, facts={"tk:ec": {}})
c(A, "The Stalder deal is subject to approval by the Swiss Competition Commission.", APPROV, facts={"tk:comco": {}})
c(
    A,
    "Vandermolen's price for Stalder is full but fair.",
    'Jonas Frei, an analyst at Aarberg Securities, called the price "full but fair"',
    NP("Jonas Frei", "called"),
    facts={"tk:full-fair": {}},
)
c(A, "Jonas Frei is an analyst at Aarberg Securities.", "Jonas Frei, an analyst at Aarberg Securities")
c(
    A,
    "A rival bid for Stalder is unlikely.",
    "said a rival bid was unlikely",
    NP("Jonas Frei", "said"),
)
c(
    A,
    "UBS is advising Vandermolen on the Stalder deal.",
    "UBS is advising Vandermolen on the deal",
    facts={"tk:ubs": {"fact": "UBS advises Vandermolen"}},
)

# ---------------------------------------------------------------- DealBrief (2025-05-12, Mon)
A = "deal-dealbrief"
art(
    A,
    SB,
    [
        "DealBrief | M&A | 12 May 2025, 14:20 CET | Updated 16:05 CET",
        "[Image: Stalder's flow-sensor assembly line in Winterthur, Switzerland. Credit: Stalder Präzision / press"
        " handout]",
        "Sign up to DealBrief Daily: the biggest deals of the day, with analysis from our M&A desk, every weekday"
        " morning, straight to your inbox.",
        "Read more: European industrial M&A hits three-year high",
    ],
)
LEAD = "Vandermolen Industrie NV is paying CHF 92 a share in cash for Stalder Präzision AG"
c(A, "Vandermolen Industrie NV is buying Stalder Präzision AG.", LEAD, facts={"tk:agree": {}})
c(
    A,
    "Vandermolen is paying CHF 92 a share in cash for Stalder.",
    LEAD,
    q=[Q("money", 92, 92, "CHF", "CHF 92")],
    facts={"tk:price": {"quantity": qv("CHF", 92, 92)}},
)
c(
    A,
    "The Vandermolen deal values Stalder at CHF 1.2bn (€1.3bn).",
    "values the Winterthur-based flow-sensor specialist at CHF 1.2bn (€1.3bn)",
    q=[Q("money", 1.2e9, 1.2e9, "CHF", "CHF 1.2bn"), Q("money", 1.3e9, 1.3e9, "EUR", "€1.3bn")],
    facts={"tk:value": {"quantity": qm(("CHF", 1.2e9, 1.2e9), ("EUR", 1.3e9, 1.3e9))}},
)
c(A, "Stalder is based in Winterthur.", "the Winterthur-based flow-sensor specialist")
c(A, "Stalder is a flow-sensor specialist.", "the Winterthur-based flow-sensor specialist", facts={"tk:products": {}})
c(
    A,
    "The Vandermolen deal puts Stalder's enterprise value at CHF 1.45bn.",
    "puts its enterprise value at CHF 1.45bn",
    q=[Q("money", 1.45e9, 1.45e9, "CHF", "CHF 1.45bn")],
    facts={"tk:ev": {"quantity": qv("CHF", 1.45e9, 1.45e9)}},
)
PREM = "The price is a 38% premium to Stalder's Friday close of CHF 66.70"
c(
    A,
    "Vandermolen's price is a 38% premium to Stalder's closing price on 9 May 2025.",
    PREM,
    q=[pct(38, "38%")],
    d=[D(FRI, None, "Friday")],
    facts={"tk:premium": {"quantity": qv("%", 38, 38), "date": dv(FRI)}},
)
c(
    A,
    "Stalder shares closed at CHF 66.70 on 9 May 2025.",
    PREM,
    q=[Q("money", 66.7, 66.7, "CHF", "CHF 66.70")],
    d=[D(FRI, None, "Friday")],
)
c(
    A,
    "Vandermolen's price is 41% above Stalder's three-month volume-weighted average share price.",
    "41% above its three-month volume-weighted average",
    q=[pct(41, "41%"), Q("other", 3, 3, "months", "three-month")],
)
c(
    A,
    "Stalder shares jumped 33% to CHF 88.70 by midday on 12 May 2025.",
    "Stalder shares jumped 33% to CHF 88.70 by midday on Monday",
    q=[pct(33, "33%"), Q("money", 88.7, 88.7, "CHF", "CHF 88.70")],
    d=[D(MAY12, None, "by midday on Monday")],
    facts={"tk:jump": {"quantity": qv("%", 33, 33), "date": dv(MAY12)}},
)
c(A, "Stalder shares remained below Vandermolen's offer price.", "still below the offer price")
c(
    A,
    "Stalder was founded in 1921.",
    "Founded in 1921",
    d=[D(*Y1921, "1921")],
    facts={"tk:founded": {"date": dv(*Y1921)}},
)
c(
    A,
    "Stalder makes valves and flow sensors for the chemicals, food and pharmaceutical industries.",
    "Stalder makes valves and flow sensors for the chemicals, food and pharmaceutical industries",
    facts={"tk:products": {}},
)
c(
    A,
    "Stalder had revenue of CHF 742m in 2024.",
    "It had revenue of CHF 742m in 2024",
    q=[Q("money", 742e6, 742e6, "CHF", "CHF 742m")],
    d=[D(*Y2024, "2024")],
    facts={"tk:revenue": {"quantity": qv("CHF", 742e6, 742e6), "date": dv(*Y2024)}},
)
c(
    A,
    "Stalder employs about 3,400 people.",
    "employs about 3,400 people",
    q=[Q("count", 3400, 3400, None, "about 3,400 people")],
    facts={"tk:stalder-staff": {"quantity": qv("n", 3400, 3400)}},
)
c(
    A,
    "Vandermolen will pay for Stalder with cash on hand and a €900m bridge loan.",
    "Vandermolen will pay with cash on hand and a €900m bridge loan",
    q=[Q("money", 900e6, 900e6, "EUR", "€900m")],
    facts={"tk:financing": {}},
)
c(
    A,
    "ING arranged Vandermolen's €900m bridge loan.",
    "a €900m bridge loan arranged by ING",
    q=[Q("money", 900e6, 900e6, "EUR", "€900m")],
)
c(
    A,
    "Vandermolen expects €60m of annual cost synergies from the Stalder deal by 2028.",
    "It expects €60m of annual cost synergies by 2028",
    q=[Q("money", 60e6, 60e6, "EUR", "€60m")],
    d=[D(*Y2028, "2028")],
    facts={"tk:synergies": {"quantity": qv("EUR", 60e6, 60e6), "date": dv(*Y2028)}},
)
c(
    A,
    "Vandermolen shares fell 2.1% in Amsterdam on 12 May 2025.",
    "Its shares fell 2.1% in Amsterdam",
    q=[pct(2.1, "2.1%")],
    facts={"tk:vdm-fall": {"quantity": qv("%", 2.1, 2.1)}},
)
c(
    A,
    "The Vandermolen offer needs acceptances for at least two-thirds of Stalder's shares.",
    "The offer needs acceptances for at least two-thirds of Stalder's shares",
    q=[Q("percent", 66.67, None, "%", "at least two-thirds")],
)
FAM = "The Stalder family, which holds 27%, has signed an irrevocable undertaking to tender"
c(
    A,
    "The Stalder family holds 27% of Stalder.",
    "The Stalder family, which holds 27%",
    q=[pct(27, "27%")],
    facts={"tk:family": {"quantity": qv("%", 27, 27)}},
)
c(
    A,
    "The Stalder family has signed an irrevocable undertaking to tender its shares to Vandermolen.",
    FAM,
    facts={"tk:family-tender": {}},
)
BOARD = "The board, advised by UBS, unanimously backs the deal."
c(A, "Stalder's board is advised by UBS.", BOARD, facts={"tk:ubs": {"fact": "UBS advises Stalder"}})
c(A, "Stalder's board unanimously backs the Vandermolen deal.", BOARD, facts={"tk:board": {}})
c(A, "Goldman Sachs advised Vandermolen on the Stalder deal.", "Goldman Sachs advised Vandermolen")
c(
    A,
    "Vandermolen's price for Stalder is full but fair.",
    'Analysts at Aarberg Securities called the price "full but fair"',
    ORG("Aarberg Securities", "called"),
    facts={"tk:full-fair": {}},
)
c(
    A,
    "Stalder had long been seen as a likely takeover target.",
    "Stalder had long been seen as a likely target because of its strong margins and small free float",
    ORG("Aarberg Securities", "said in a note to clients"),
)
c(
    A,
    "Stalder has strong margins.",
    "because of its strong margins and small free float",
    ORG("Aarberg Securities", "said in a note to clients"),
)
c(
    A,
    "Stalder has a small free float.",
    "because of its strong margins and small free float",
    ORG("Aarberg Securities", "said in a note to clients"),
)
c(
    A,
    "The offer period for Stalder shares should open in June 2025.",
    "The offer period should open in June",
    d=[D(*JUNE, "in June")],
    facts={"tk:offer-period": {"date": dv(*JUNE)}},
)
c(
    A,
    "Vandermolen expects to complete the Stalder deal in the third quarter of 2025.",
    "Vandermolen expects to complete the deal in the third quarter",
    d=[D("2025-07-01", "2025-09-30", "in the third quarter")],
    facts={"tk:completion": {"date": dv("2025-07-01", "2025-09-30")}},
)
CLEAR = "after clearance from competition authorities in Brussels and Bern"
c(A, "The Stalder deal needs clearance from the competition authority in Brussels.", CLEAR, facts={"tk:ec": {}})
c(A, "The Stalder deal needs clearance from the competition authority in Bern.", CLEAR, facts={"tk:comco": {}})
c(
    A,
    "Stalder's engineers are the reason Vandermolen is doing the deal.",
    "\"Stalder's engineers are the reason we are doing this deal",
    NP("chief executive Ilse Brandsma", "told analysts"),
)
c(
    A,
    "Vandermolen wants Stalder's engineers to stay in Winterthur.",
    'we want them to stay in Winterthur," chief executive Ilse Brandsma told analysts on a call',
    NP("chief executive Ilse Brandsma", "told analysts"),
)
c(
    A,
    "Vandermolen has no intention of closing Stalder's Swiss plants.",
    'She said Vandermolen had "no intention" of closing Stalder\'s Swiss plants',
    NP("Ilse Brandsma", "She said"),
    facts={"tk:no-closures": {}},
)
c(
    A,
    "Vandermolen first approached Stalder in January 2025.",
    "Vandermolen first approached Stalder in January, according to people familiar with the talks",
    AN(None, "according to people familiar with the talks"),
    d=[D("2025-01-01", "2025-01-31", "in January")],
)

# ---------------------------------------------------------------- The Winterthur Courier (2025-05-13, Tue)
A = "deal-courier"
art(
    A,
    SB,
    [
        "By Anna Keller, Business Editor | 13.05.2025, 07:15 | Updated 09:40",
        "Workers leave Stalder's Grüze plant at the end of the early shift on Monday, hours after the takeover was"
        " announced. Photo: Courier/Daniel Frey",
        "Also on Courier.ch: Winterthur's industrial heritage in pictures",
    ],
)
EGLI = NP("Chairman Markus Egli", "said")
CENT = "For more than a century, Stalder Präzision has been one of Winterthur's best-known employers"
c(
    A,
    "Stalder Präzision has existed for more than a century.",
    CENT,
    q=[Q("other", 100, None, "years", "more than a century")],
)
c(A, "Stalder Präzision is one of Winterthur's best-known employers.", CENT)
SOLD = "Yesterday the company agreed to be sold to Dutch pump maker Vandermolen Industrie"
c(
    A,
    "Stalder agreed on 12 May 2025 to be sold to Vandermolen Industrie.",
    SOLD,
    d=[D(MAY12, None, "Yesterday")],
    facts={"tk:agree": {}, "tk:announce": {"date": dv(MAY12)}},
)
c(
    A,
    "Vandermolen Industrie is a Dutch pump maker.",
    "Dutch pump maker Vandermolen Industrie",
    facts={"tk:dutch": {}, "tk:pumps": {}},
)
c(
    A,
    "Vandermolen is paying 92 francs a share for Stalder.",
    "for 92 francs a share",
    q=[Q("money", 92, 92, "CHF", "92 francs")],
    facts={"tk:price": {"quantity": qv("CHF", 92, 92)}},
)
c(
    A,
    "The Stalder sale is worth about 1.2 billion francs in total.",
    "about 1.2 billion francs in total",
    q=[Q("money", 1.2e9, 1.2e9, "CHF", "about 1.2 billion francs")],
    facts={"tk:value": {"quantity": qv("CHF", 1.2e9, 1.2e9)}},
)
c(
    A,
    "Vandermolen's price is 36% above Stalder's closing share price on 9 May 2025.",
    "The price is 36% above where Stalder's shares closed on Friday",
    q=[pct(36, "36%")],
    d=[D(FRI, None, "on Friday")],
    facts={"tk:premium": {"quantity": qv("%", 36, 36), "date": dv(FRI)}},
)
c(
    A,
    "Stalder's stock soared on 12 May 2025.",
    "the stock soared on Monday",
    d=[D(MAY12, None, "on Monday")],
    facts={"tk:jump": {"date": dv(MAY12)}},
)
c(A, "Investors welcomed Vandermolen's offer for Stalder.", "as investors welcomed the offer")
c(
    A,
    "Stalder employs about 1,100 staff in Switzerland.",
    "Stalder employs about 1,100 of its staff in Switzerland",
    q=[Q("count", 1100, 1100, None, "about 1,100")],
)
PLANTS = "most of them at its two plants in the Grüze district"
c(A, "Most of Stalder's Swiss staff work at its plants in the Grüze district.", PLANTS)
c(
    A,
    "Stalder has two plants in Winterthur's Grüze district.",
    PLANTS,
    q=[Q("count", 2, 2, None, "two plants")],
)
c(
    A,
    "There are no plans to close either of Stalder's Grüze plants.",
    "there were no plans to close either site",
    EGLI,
    facts={"tk:no-closures": {}},
)
c(
    A,
    "Stalder's headquarters will stay in Winterthur after the takeover.",
    "the headquarters would stay in Winterthur",
    EGLI,
    facts={"tk:hq": {}},
)
c(
    A,
    "Nothing changes for Stalder's people on the shop floor after the takeover.",
    '"Nothing changes for our people on the shop floor," Egli told the Courier',
    NP("Egli", "told the Courier"),
)
FOUND = "The company was founded in 1921 by engineer Emil Stalder"
c(
    A,
    "Stalder was founded in 1921.",
    FOUND,
    d=[D(*Y1921, "1921")],
    facts={"tk:founded": {"date": dv(*Y1921)}},
)
c(A, "Engineer Emil Stalder founded Stalder.", FOUND)
c(
    A,
    "Emil Stalder's descendants own 29% of Stalder's shares.",
    "whose descendants still own 29% of the shares",
    q=[pct(29, "29%")],
    facts={"tk:family": {"quantity": qv("%", 29, 29)}},
)
c(
    A,
    "The Stalder family has agreed to sell its shares to Vandermolen.",
    "The family has agreed to sell.",
    facts={"tk:family-tender": {}},
)
c(A, "Reto Stalder is the Stalder family's spokesman.", "Its spokesman, Reto Stalder")
c(
    A,
    "The Stalder family decided that Stalder needed a bigger owner to keep growing.",
    'the family had decided that the firm needed "a bigger owner" to keep growing',
    NP("Reto Stalder", "said"),
)
c(A, "Metallbund is a metalworkers' union.", "The metalworkers' union Metallbund")
c(
    A,
    "Metallbund wants written job guarantees from Vandermolen for at least five years.",
    "the union wanted written job guarantees for at least five years",
    NP("Regional secretary Sandra Huber", "said"),
    q=[Q("other", 5, None, "years", "at least five years")],
)
c(
    A,
    "Promises made on deal day are easy to forget.",
    '"Promises made on deal day are easy to forget," she said',
    NP("Sandra Huber", "she said"),
)
c(
    A,
    "Metallbund represents about 400 of Stalder's workers in Winterthur.",
    "Huber said Metallbund represents about 400 of Stalder's workers in Winterthur",
    NP("Huber", "said"),
    q=[Q("count", 400, 400, None, "about 400")],
)
c(
    A,
    "Bruno Meili runs a machining firm with 40 employees in Töss.",
    "Bruno Meili, who runs a machining firm with 40 employees in Töss",
    q=[Q("count", 40, 40, None, "40 employees")],
)
c(
    A,
    "Stalder accounts for a quarter of Bruno Meili's orders.",
    "said Stalder accounted for a quarter of his orders",
    NP("Bruno Meili", "said"),
    q=[Q("percent", 25, 25, "%", "a quarter")],
)
c(
    A,
    "Winterthur will seek a meeting with Vandermolen's management in the coming weeks.",
    "the city would seek a meeting with Vandermolen's management in the coming weeks",
    NP("Mayor Thomas Wälti", "said"),
)
c(
    A,
    "Stalder is one of the largest taxpayers in Winterthur.",
    "Stalder is one of the largest taxpayers in the city, he said",
    NP("Thomas Wälti", "he said"),
)
c(
    A,
    "Stalder's board backs the Vandermolen offer unanimously.",
    "Stalder's board backs the offer unanimously",
    facts={"tk:board": {}},
)
c(
    A,
    "The Stalder deal still needs approval from competition authorities.",
    "The deal still needs approval from competition authorities",
    facts={"tk:ec": {}, "tk:comco": {}},
)
c(
    A,
    "The Stalder deal is expected to be completed later in 2025.",
    "is expected to be completed later this year",
    d=[D("2025-05-13", "2025-12-31", "later this year")],
    facts={"tk:completion": {"date": dv("2025-05-13", "2025-12-31")}},
)
c(
    A,
    "Vandermolen is based in Eindhoven.",
    "Vandermolen, which is based in Eindhoven",
    facts={"tk:eindhoven": {}},
)
c(
    A,
    "Vandermolen employs about 14,000 people worldwide.",
    "employs about 14,000 people worldwide",
    q=[Q("count", 14000, 14000, None, "about 14,000 people")],
    facts={"tk:vdm-staff": {"quantity": qv("n", 14000, 14000)}},
)
c(A, "Vandermolen already has a small sales office in Zurich.", "It already has a small sales office in Zurich")

NOTES["tk:value"] = (
    "equity value: CHF 1.2bn everywhere; euro conversion €1.28bn (EMW) vs €1.3bn (DealBrief); CHF and EUR are not"
    " compared with each other"
)
NOTES["tk:premium"] = "premium to Friday's close: 38% (EMW, DealBrief) vs 36% (Winterthur Courier)"
NOTES["tk:family"] = "Stalder family stake: 27% (EMW, DealBrief) vs 29% (Winterthur Courier)"
NOTES["tk:completion"] = (
    "expected completion: fourth quarter (EMW) vs third quarter (DealBrief); the Courier's 'later this year'"
    " contains both"
)
NOTES["tk:no-closures"] = (
    "no-closure pledge: Vandermolen CEO Ilse Brandsma (EMW, DealBrief) vs Stalder chairman Markus Egli (Courier)"
)
NOTES["tk:hq"] = "headquarters stays in Winterthur: Brandsma (EMW) vs Egli (Courier)"
NOTES["tk:ubs"] = "UBS's client: Vandermolen (EMW) vs Stalder's board (DealBrief)"
NOTES["tk:ec"] = "the Courier's generic 'competition authorities' covers the EU (Brussels) approval"
NOTES["tk:comco"] = "the Courier's generic 'competition authorities' covers the Swiss (Bern) approval"
NOTES["tk:jump"] = "Stalder's share jump on Monday: 33% (EMW, DealBrief); 'soared' without a number (Courier)"

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
