"""Gold for the ninth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-9/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-9/gold.json

Two invented stories of kinds the earlier corpora do not cover, each covered by three invented outlets (wire,
national paper, specialist trade site), written and annotated by hand on 2026-11-29 without looking at or running
any engine on them (written blind). First run of the engines on it (2026-11-29, code at 4f41fce; only the
figures below were read, never its output): extraction recall 0.656, precision 0.933; links end to end precision
0.827, recall 0.448, relation accuracy 0.907, conflicts with the right field 15/47; links on the gold claims
precision 0.517, recall 0.685, conflicts 22/51. The code of the start of that session (9363919) gave end to end
precision 0.812, recall 0.424, and the same figures on the gold claims.
The stories:
  * brennack-results-2027: the third-quarter results of Brennack Motors, the largest carmaker of the invented
    country of Tavesia, announced on Wednesday 27 October 2027 together with job cuts and the closure of its
    Harrowfield assembly plant: net profit and its fall, revenue, deliveries, analysts' expectations, the number of
    jobs cut and how many in Tavesia, compulsory redundancies, when the cuts are completed, the plant's workforce,
    capacity and utilisation, when production ends, the restructuring charge and savings target, the margin
    forecast, the works council and union talks, the share price, the Vesta parts moved elsewhere, reported talks
    with Corvane Auto about the site, suppliers, the town of Harrowfield. Outlets: Halden Press Agency (wire,
    27 Oct), The Tavesian Standard (national paper, 28 Oct), Drivetrain Insider (automotive trade site, 29 Oct).
  * kerenza-museum-theft-2027: the theft of paintings from the National Museum of Kerenza in Valmorra (invented
    country of Kerenza) in the night of Sunday 6 to Monday 7 June 2027 and the police investigation: how many works
    and which, their value and the value of Dassen's "The Harbour at Dusk", when and how the thieves got in, how
    long they were inside, the alarm, the guards, the burnt-out van, the arrests, the reward, the security review
    of the state museums, insurance, the museum's reopening, the earlier theft of two drawings. Outlets: Lanterne
    News Agency (wire, 7 Jun), The Kerenza Observer (national paper, 8 Jun), The Art Ledger (art-market trade site,
    11 Jun).

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-8/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The article files carry an extra `story:` line
in their front matter (ignored by goldlib and the validator).

`c(...)` copies the claim's canonicalised attribution into each of its fact values (spokespeople, officials and
an institution's documents count as the institution: chief executive Oskar Velde, chief financial officer Henrike
Saal, head of human resources Mirjam Tolle, "a Brennack spokeswoman", "Brennack's presentation to investors" and
"Brennack's latest sustainability report" count as Brennack Motors; TMU president Bram Eskeland and "the
metalworkers' union" count as the Tavesian Metalworkers' Union; Industry Minister Petra Lund counts as the
Industry Ministry; "TASA" counts as the Tavesian Automotive Suppliers Association; Aksel Brandvold counts as
Novaform; Chief Inspector Dora Kallista and "police" count as the Valmorra police; the museum's director Elena
Sarvik counts as the National Museum of Kerenza; Culture Minister Teodor Haskel counts as the Culture Ministry;
Prime Minister Vera Solanke counts as the Kerenzan government; Mila Ostrova counts as the Public Service Union;
unnamed or missing sources - "two people familiar with the matter", "two people familiar with the investigation",
"Insurance experts", "Museum guards", "dealers and insurers", "reports", "regarded as" - give nothing), so that
an attribution conflict is derived whenever two linked claims name different sources. Independent experts (the
analysts Dana Korsgaard and Rasmus Veld, the insurer's specialist Benedikt Hoyer), the mayor Jonas Brill and the
opposition leader Sander Kvale speak for themselves; Crossmere Research is its own source.

Labelling decisions:
  * Quantities: each claim records only the quantities and dates it states itself, even when it shares its span
    with other claims split from the same sentence; check() requires every number and calendar word in a span to
    be recorded by at least one claim sharing it. Amounts in euros are EUR ("€1.2bn" = "1.2 billion euros" =
    "€1.2 billion"; "a quarter of a million euros" = €250,000). "€2bn a year", "€2.5bn a year" and "€2bn in annual
    savings" are money (the rate is in the claim text). Areas are `other` in "hectares" and "m2", distances in
    "km", durations in "minutes"/"days"/"months"/"years", ages in "years", "first floor" is 1 in "ordinal".
    "About one in five jobs" is 20 %. "Almost two-thirds" sets only the high bound (66.7 %); "less than seven
    minutes", "within four minutes", "within 20 kilometres" and "within a month" set only the high bound; "more
    than 50 years", "more than two years" and "more than €50m" set only the low bound. "Between 3,000 and 3,500"
    (wire) and "3,000 to 3,500" (Drivetrain) are the same range; "3-4%" / "between 3% and 4%" and "5-6%" / "5% to
    6%" likewise.
  * Dates: in the carmaker story "on Wednesday" (HPA, Wed 27 Oct; Drivetrain, Fri 29 Oct) and "yesterday"
    (Standard, Thu 28 Oct) are 27 Oct; "on Monday" (HPA) is 25 Oct and "on Tuesday" (Standard) 26 Oct; "on
    Thursday" (Drivetrain) is 28 Oct; "third-quarter", "the quarter" and "the July-September period" are July to
    September 2027, "a year earlier" and "the same period of 2026" July to September 2026, "the fourth quarter"
    October to December 2027, "the first quarter of 2029" January to March 2029; "this year"/"this year's" is
    2027, "last year" 2026 and "next year" (Standard) 2028; "the first nine months of the year" is January to
    September 2027; "in November" is November 2027. "By the end of 2029" / "by the end of 2028" are the deadline
    day, 31 December. In the museum story "early on Monday", "later on Monday morning", "by Monday afternoon"
    (LNA, Mon 7 Jun), "yesterday" and "last night" (Observer, Tue 8 Jun) and "on Monday" (Ledger, Fri 11 Jun) are
    7 June; "late on Sunday" and "on Sunday evening" (Observer) are 6 June; "on Wednesday" (Ledger) is 9 June;
    "Thursday" is 10 June in all three outlets (a look-ahead in the LNA and the Observer); "this week" is Monday 7
    to Sunday 13 June; "19th-century" is 1801-1900; "since 2025" records 2025.
  * "Brennack Motors, Tavesia's largest carmaker" and "the country's biggest carmaker" are one fact. Drivetrain's
    wholesale deliveries (498,000, down 11%) share keys with the wire's deliveries (512,000, down 9%): the outlets
    report different figures for the quarter's deliveries, so they conflict. The Standard's "ending more than 50
    years of car production in the town" and the TMU's "built Brennack cars for generations" share a key with
    nothing to compare (same). Drivetrain's "takes roughly 210,000 units of annual capacity out" and the Standard's
    "against a capacity of 210,000" are one fact. The Standard's standfirst repeats the union's 4,500 and the
    profit fall; both occurrences get claims, as does the Observer's standfirst (five masterpieces, more than €50m).
  * The museum story's theft time: the wire's "early on Monday" and the Observer's "late on Sunday" (two people
    familiar with the investigation) are one fact, the time of the raid, and conflict on the date; the Ledger's
    "stolen ... on Monday" agrees with the wire. The count of works: five (wire, Observer twice) vs six (Ledger,
    after the museum found the sketch missing); the Ledger's "not five as first reported" is a claim about earlier
    reports and is not linked. The earlier theft: in 1994 (wire) vs 1996 (Observer), both for the theft itself and
    for the two drawings; the recovery of the drawings is linked without dates.
  * The alarm: the wire's "A guard raised the alarm when motion sensors in the gallery went off" (Sarvik), the
    Ledger's denial and Sarvik's "The alarm was working all night" are "alarm working"; the Observer's "had been
    switched off for maintenance work" (the two people) and the Ledger's "reports that the alarm ... had been
    switched off" are "alarm switched off". The reward: €250,000 offered by the museum (wire) vs by the Friends of
    the National Museum (Ledger); the Observer names no one, so it agrees with both.
  * The wire's "almost impossible to sell openly" (Kallista, once the works are listed) and the Ledger's "cannot
    be sold on the open market" (dealers and insurers) are one fact; Benedikt Hoyer's "Works this famous are
    unsellable" is a general statement about famous works and is not linked.
  * Relative clauses and appositives inside an attributed sentence are the outlet's own background (unattributed),
    as in the earlier corpora ("The Harrowfield plant, which employs about 2,800 people ..., Brennack said";
    "The intruders, who came in through the roof, spent ..., according to Sarvik"). A title before a name
    ("chief executive Oskar Velde", "TMU president Bram Eskeland", "Industry Minister Petra Lund", "Culture
    Minister Teodor Haskel", "Prime Minister Vera Solanke", "Chief Inspector Dora Kallista") is not split off;
    appositives and relative clauses are ("Bram Eskeland, the union's president"; "Brennack's head of human
    resources, Mirjam Tolle"; "Rasmus Veld, an art-market analyst at Greyhall Partners"; "the Heritage Watch
    Register, an international database of stolen art"). The wire's "of the Valmorra police" after Kallista's name
    is a claim of its own.
  * Enumerations of named items are split: the stolen works (five in the Observer, six in the Ledger), the ages
    of the two men arrested (34 and 41). Generic compound objects stay together (design and sales offices; every
    bakery, every garage, every school).
  * Page furniture is noise: bylines with time stamps, share bars, photo captions, subheads of the trade sites,
    author boxes, "Read more", "Related" and "Comment" lines, the wires' reporting credits. The wires' datelines
    ("SOLVHAVEN, Tavesia, Oct 27 (HPA) -") yield no claims.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  carmaker  quantity: jobs cut (4,000 per Brennack in HPA, the Standard and Drivetrain vs 4,500 per the TMU, twice
            in the Standard), cuts in Tavesia (between 3,000 and 3,500 / 3,000 to 3,500 vs about 3,200), the
            profit fall (63% vs almost two-thirds, twice), revenue (€14.2bn / 14.2 billion euros vs €14.6bn),
            deliveries (512,000, down 9% vs 498,000 wholesale, down 11%), the plant's workforce (about 2,800 /
            2,800 vs 2,650 in the sustainability report), the savings target (€2bn a year vs €2.5bn a year, both
            by 2030), the share fall on 27 October (6.2% vs 8%);
            date: the works council informed (Monday 25 Oct vs Tuesday 26 Oct), production at Harrowfield ends
            (March 2029 / the first quarter of 2029 vs next year, 2028), the cuts completed (end of 2029 vs end
            of 2028);
            attribution: union talks to begin in November (Brennack vs TMU president Bram Eskeland), the plant at
            about 45% of capacity (Velde, i.e. Brennack, vs Crossmere Research);
            fact: no compulsory redundancies (Velde) vs compulsory redundancies at Harrowfield not ruled out
            (Mirjam Tolle); the Vesta parts move to Ostmoor (Standard) vs to Kelby (Drivetrain); talks with
            Corvane Auto about the site held (Standard, two people; Drivetrain, the Standard's report) vs denied
            (Drivetrain, Brennack and its spokeswoman)
  museum    quantity: works stolen (five vs six), their value (€40m / 40 million euros vs more than €50m, twice in
            the Observer), "The Harbour at Dusk" (about €20m per Rasmus Veld vs €18m per loan documents), the van's
            car park (15 km vs 20 km north of the capital);
            date: the raid (early on Monday 7 June vs late on Sunday 6 June), the earlier theft and its two
            drawings (1994 vs 1996);
            attribution: thieves inside less than seven minutes (Kallista, i.e. the police, vs Sarvik, i.e. the
            museum), the review of security at all 14 state museums (Culture Minister Teodor Haskel vs Prime
            Minister Vera Solanke);
            fact: the thieves came through a skylight in the roof (wire, Kallista; Ledger) vs forced a ground-floor
            window (Observer, two people); the alarm working (wire, Ledger; Sarvik) vs switched off (Observer, two
            people; the reports the Ledger cites); the €250,000 reward offered by the museum (wire) vs by the
            Friends of the National Museum (Ledger)
  Look-alikes that must not be linked: carmaker - 4,000/4,500 jobs vs the 500 agency workers vs the 2,800/2,650
  plant staff vs 61,000 employees vs 6,000 supplier jobs vs 34,000 inhabitants; €312m net profit vs the €455m
  expected vs the €180m paint shop; €1.2bn charge vs €2bn/€2.5bn savings vs €14.2bn/€14.6bn revenue; the 63%
  profit fall vs the 7% revenue fall vs the 9%/11% delivery falls vs 45% utilisation vs 18%/12% electric share vs
  30% of Novaform's revenue vs the 6.2%/8% share fall vs the 1.4% rise vs the 3-4%/5-6% margins vs one in five
  jobs; 512,000/498,000 deliveries vs 2.2 million vehicles sold in 2026 vs 96,000 cars built at Harrowfield vs
  210,000 capacity; founded in 1931 vs opened in 1974 vs the paint shop of 2021; March 2029 / Q1 2029 vs end of
  2029 / end of 2028 vs 2030 savings; 22 years on the line vs more than 50 years vs more than two years since a
  bigger share fall; 140 hectares vs 140 suppliers. Museum - five/six works vs two Dassen works vs two Veitmeyer
  paintings vs one Solden vs two drawings of 1994/1996 vs two men arrested vs three guards vs 14 state museums vs
  40 cameras; €40m/€50m vs €20m/€18m vs €250,000; 15/20 km vs four minutes vs seven minutes vs within a month;
  1.1 million visitors vs 30,000 square metres; 7 June raid vs 9 June arrests and sketch confirmation vs 10 June
  reopening; 1872 painting vs 2024 loan vs 1994/1996 theft vs 2025 staffing; the Ledger's "first reported" five vs
  its six; the wire's closure "until at least Thursday" vs the reopening on Thursday (different predicates, not
  linked); the east wing sealed off / closed vs the thieves' entry on the east side.
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, MO, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # carmaker story
    "Brennack Motors": "Brennack Motors",
    "Brennack": "Brennack Motors",
    "the company": "Brennack Motors",
    "The company": "Brennack Motors",
    "the carmaker": "Brennack Motors",
    "chief executive Oskar Velde": "Brennack Motors",
    "Oskar Velde": "Brennack Motors",
    "Velde": "Brennack Motors",
    "chief financial officer Henrike Saal": "Brennack Motors",
    "Chief financial officer Henrike Saal": "Brennack Motors",
    "Mirjam Tolle": "Brennack Motors",
    "a Brennack spokeswoman": "Brennack Motors",
    "Brennack's presentation to investors": "Brennack Motors",
    "Brennack's latest sustainability report": "Brennack Motors",
    "The Tavesian Metalworkers' Union (TMU)": "TMU",
    "the Tavesian Metalworkers' Union": "TMU",
    "the metalworkers' union": "TMU",
    "TMU president Bram Eskeland": "TMU",
    "Bram Eskeland": "TMU",
    "Industry Minister Petra Lund": "Industry Ministry",
    "the Tavesian Automotive Suppliers Association (TASA)": "TASA",
    "TASA": "TASA",
    "Crossmere Research": "Crossmere Research",
    "Dana Korsgaard": "Dana Korsgaard",
    "Aksel Brandvold": "Novaform",
    "Jonas Brill": "Jonas Brill",
    "Brill": "Jonas Brill",
    "The Tavesian Standard": "The Tavesian Standard",
    # museum story
    "police": "Valmorra police",
    "Chief Inspector Dora Kallista": "Valmorra police",
    "Kallista": "Valmorra police",
    "the museum": "National Museum of Kerenza",
    "The museum": "National Museum of Kerenza",
    "Elena Sarvik": "National Museum of Kerenza",
    "Sarvik": "National Museum of Kerenza",
    "Culture Minister Teodor Haskel": "Culture Ministry",
    "the Culture Ministry": "Culture Ministry",
    "Prime Minister Vera Solanke": "Kerenzan government",
    "Mila Ostrova": "Public Service Union",
    "Rasmus Veld": "Rasmus Veld",
    "Benedikt Hoyer": "Benedikt Hoyer",
    "loan documents seen by The Art Ledger": "loan documents",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: Brennack Motors' third-quarter results, job cuts and the Harrowfield closure (Wed 27 October 2027)
# =====================================================================
SA = "brennack-results-2027"
MON25 = "2027-10-25"
TUE26 = "2027-10-26"
WED27 = "2027-10-27"  # results, cuts and closure announced
THU28 = "2027-10-28"
Q3_27 = ("2027-07-01", "2027-09-30")
Q3_26 = ("2026-07-01", "2026-09-30")
Q4_27 = ("2027-10-01", "2027-12-31")
JANSEP27 = ("2027-01-01", "2027-09-30")
NOV27 = ("2027-11-01", "2027-11-30")
Q1_29 = ("2029-01-01", "2029-03-31")
MAR29 = ("2029-03-01", "2029-03-31")
END28 = "2028-12-31"
END29 = "2029-12-31"
Y1931 = ("1931-01-01", "1931-12-31")
Y1974 = ("1974-01-01", "1974-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
Y2028 = ("2028-01-01", "2028-12-31")
Y2030 = ("2030-01-01", "2030-12-31")
PROFIT_Q = qv("EUR", 312e6, 312e6)
CHARGE_Q = qv("EUR", 1.2e9, 1.2e9)
CUTS_4000 = qv("n", 4000, 4000)
CUTS_4500 = qv("n", 4500, 4500)
MARGIN_Q = qv("%", 3, 4)
MARGIN_PREV_Q = qv("%", 5, 6)

# ---------------------------------------------------------------- Halden Press Agency (2027-10-27, Wed)
A = "cars-hpa"
art(
    A,
    SA,
    [
        "By Ines Marlow | Wednesday 27 October 2027, 08:41 CET | Updated 14:26 CET",
        "Read more: Tavesia's car industry faces its toughest test since the 1990s",
        "(Reporting by Ines Marlow; additional reporting by Jon Terve in Harrowfield; editing by Clara Fenn)",
    ],
)
BRENNACK_SAID = ORG("Brennack Motors", "said")
c(
    A,
    "Brennack Motors is Tavesia's largest carmaker.",
    "Brennack Motors, Tavesia's largest carmaker",
    facts={"br:largest": {}},
)
c(
    A,
    "Brennack Motors will cut 4,000 jobs.",
    "said on Wednesday it would cut 4,000 jobs",
    BRENNACK_SAID,
    q=[Q("count", 4000, 4000, None, "4,000 jobs")],
    d=[D(WED27, None, "on Wednesday")],
    facts={"br:job-cuts": {"quantity": CUTS_4000}},
)
c(
    A,
    "Brennack Motors said on 27 October 2027 that it would close its Harrowfield assembly plant.",
    "said on Wednesday it would cut 4,000 jobs and close its Harrowfield assembly plant",
    BRENNACK_SAID,
    d=[D(WED27, None, "on Wednesday")],
    facts={"br:closure": {}, "br:closure-announced": {"date": dv(WED27)}},
)
PROFIT_H = "its third-quarter net profit fell 63% to €312m"
c(
    A,
    "Brennack Motors' net profit in the third quarter of 2027 was €312m.",
    PROFIT_H,
    BRENNACK_SAID,
    q=[Q("money", 312e6, 312e6, "EUR", "€312m")],
    d=[D(*Q3_27, "third-quarter")],
    facts={"br:net-profit": {"quantity": PROFIT_Q}},
)
c(
    A,
    "Brennack Motors' net profit in the third quarter of 2027 fell 63% from a year earlier.",
    PROFIT_H,
    BRENNACK_SAID,
    q=[Q("percent", 63, 63, "%", "63%")],
    d=[D(*Q3_27, "third-quarter")],
    facts={"br:profit-drop": {"quantity": qv("%", 63, 63)}},
)
REV_H = "Revenue in the July-September period dropped 7% to €14.2bn"
CO_SAID = ORG("the company", "said")
c(
    A,
    "Brennack Motors' revenue in July-September 2027 was €14.2bn.",
    REV_H,
    CO_SAID,
    q=[Q("money", 14.2e9, 14.2e9, "EUR", "€14.2bn")],
    d=[D(*Q3_27, "July-September period")],
    facts={"br:revenue": {"quantity": qv("EUR", 14.2e9, 14.2e9)}},
)
c(
    A,
    "Brennack Motors' revenue in July-September 2027 fell 7% from a year earlier.",
    REV_H,
    CO_SAID,
    q=[Q("percent", 7, 7, "%", "7%")],
    d=[D(*Q3_27, "July-September period")],
    facts={"br:revenue-drop": {}},
)
c(
    A,
    "Sales of Brennack Motors' petrol models slumped in its main markets in July-September 2027.",
    "sales of petrol models slumped in its main markets",
    CO_SAID,
)
c(
    A,
    "Demand for Brennack Motors' electric cars grew more slowly than planned in July-September 2027.",
    "demand for electric cars grew more slowly than planned",
    CO_SAID,
)
c(
    A,
    "Analysts had on average expected Brennack Motors' third-quarter 2027 net profit to be €455m.",
    "Analysts had on average expected net profit of €455m.",
    q=[Q("money", 455e6, 455e6, "EUR", "€455m")],
)
c(
    A,
    "Brennack Motors delivered 512,000 vehicles in the third quarter of 2027.",
    "Brennack delivered 512,000 vehicles in the quarter",
    q=[Q("count", 512000, 512000, None, "512,000 vehicles")],
    d=[D(*Q3_27, "the quarter")],
    facts={"br:deliveries": {"quantity": qv("n", 512000, 512000)}},
)
c(
    A,
    "Brennack Motors' vehicle deliveries in the third quarter of 2027 were down 9% from the third quarter of 2026.",
    "down 9% from a year earlier",
    q=[Q("percent", 9, 9, "%", "9%")],
    d=[D(*Q3_26, "a year earlier")],
    facts={"br:deliveries-drop": {"quantity": qv("%", 9, 9)}},
)
VELDE = NP("chief executive Oskar Velde", "told reporters")
c(
    A,
    "Brennack Motors' job cuts and plant closure are painful decisions.",
    "These are painful decisions",
    VELDE,
)
c(
    A,
    "Brennack Motors cannot keep paying for factories it does not fill.",
    "we cannot keep paying for factories we do not fill",
    VELDE,
)
c(
    A,
    "Between 3,000 and 3,500 of Brennack Motors' job cuts will fall in Tavesia.",
    "between 3,000 and 3,500 of the job cuts would fall in Tavesia",
    NP("Velde", "said"),
    q=[Q("count", 3000, 3500, None, "between 3,000 and 3,500")],
    facts={"br:cuts-tavesia": {"quantity": qv("n", 3000, 3500)}},
)
c(
    A,
    "The rest of Brennack Motors' job cuts will fall at design and sales offices abroad.",
    "with the rest at design and sales offices abroad",
    NP("Velde", "said"),
)
VELDE_HE = NP("Velde", "he said")
c(
    A,
    "There will be no compulsory redundancies in Brennack Motors' job cuts.",
    "There would be no compulsory redundancies",
    VELDE_HE,
    facts={"br:compulsory": {"fact": "no compulsory redundancies"}},
)
c(
    A,
    "Brennack Motors' job reductions will be completed by the end of 2029.",
    "the reductions would be completed by the end of 2029",
    VELDE_HE,
    d=[D(END29, None, "the end of 2029")],
    facts={"br:cuts-complete": {"date": dv(END29)}},
)
c(
    A,
    "Brennack Motors' Harrowfield plant employs about 2,800 people.",
    "which employs about 2,800 people",
    q=[Q("count", 2800, 2800, None, "about 2,800 people")],
    facts={"br:plant-staff": {"quantity": qv("n", 2800, 2800)}},
)
c(A, "The Harrowfield plant builds the Tarn saloon.", "builds the Tarn saloon", facts={"br:tarn": {}})
c(
    A,
    "The Harrowfield plant will stop production in March 2029.",
    "will stop production in March 2029",
    ORG("Brennack", "said"),
    d=[D(*MAR29, "March 2029")],
    facts={"br:closure-date": {"date": dv(*MAR29)}},
)
c(
    A,
    "The Harrowfield plant has been running at about 45% of its capacity in 2027.",
    "the plant had been running at about 45% of its capacity this year",
    NP("Velde", "said"),
    q=[Q("percent", 45, 45, "%", "about 45%")],
    d=[D(*Y2027, "this year")],
    facts={"br:utilisation": {"quantity": qv("%", 45, 45), "date": dv(*Y2027)}},
)
SAAL = NP("chief financial officer Henrike Saal", "said")
c(
    A,
    "Brennack Motors will book a restructuring charge of €1.2bn.",
    "Brennack will book a restructuring charge of €1.2bn",
    SAAL,
    q=[Q("money", 1.2e9, 1.2e9, "EUR", "€1.2bn")],
    facts={"br:charge": {"quantity": CHARGE_Q}},
)
c(
    A,
    "Most of Brennack Motors' restructuring charge will be booked in the fourth quarter of 2027.",
    "most of it in the fourth quarter",
    SAAL,
    d=[D(*Q4_27, "the fourth quarter")],
)
c(
    A,
    "Brennack Motors aims to save €2bn a year by 2030.",
    "aims to save €2bn a year by 2030",
    SAAL,
    q=[Q("money", 2e9, 2e9, "EUR", "€2bn a year")],
    d=[D(*Y2030, "2030")],
    facts={"br:savings": {"quantity": qv("EUR", 2e9, 2e9), "date": dv(*Y2030)}},
)
c(
    A,
    "Brennack Motors informed its works council of the job cuts and the plant closure on 25 October 2027.",
    "it had informed its works council of the plans on Monday",
    ORG("The company", "said"),
    d=[D(MON25, None, "on Monday")],
    facts={"br:works-council": {"date": dv(MON25)}},
)
c(
    A,
    "Talks with unions on the terms of Brennack Motors' job cuts will begin in November 2027.",
    "Talks with unions on the terms of the cuts will begin in November",
    ORG("The company", "it added"),
    d=[D(*NOV27, "in November")],
    facts={"br:talks": {"date": dv(*NOV27)}},
)
c(
    A,
    "Brennack Motors lowered its forecast for its 2027 operating margin to between 3% and 4%.",
    "lowered its forecast for this year's operating margin to between 3% and 4%",
    q=[Q("percent", 3, 4, "%", "between 3% and 4%")],
    d=[D(*Y2027, "this year's")],
    facts={"br:margin": {"quantity": MARGIN_Q}},
)
c(
    A,
    "Brennack Motors' previous forecast for its 2027 operating margin was 5% to 6%.",
    "from 5% to 6% previously",
    q=[Q("percent", 5, 6, "%", "5% to 6%")],
    facts={"br:margin-prev": {"quantity": MARGIN_PREV_Q}},
)
c(
    A,
    "Shares in Brennack Motors fell 6.2% in Solvhaven trading on 27 October 2027.",
    "Shares in Brennack fell 6.2% in Solvhaven by early afternoon",
    q=[Q("percent", 6.2, 6.2, "%", "6.2%")],
    facts={"br:shares": {"quantity": qv("%", 6.2, 6.2)}},
)
c(
    A,
    "The fall in Brennack Motors' shares on 27 October 2027 was their steepest in more than two years.",
    "their steepest fall in more than two years",
    q=[Q("other", 2, None, "years", "more than two years")],
)
c(
    A,
    "The Tavesian Metalworkers' Union (TMU) represents most of Brennack Motors' factory workers.",
    "which represents most of Brennack's factory workers",
)
TMU = ORG("The Tavesian Metalworkers' Union (TMU)", "called")
c(A, "The closure of the Harrowfield plant is a betrayal.", 'called the closure "a betrayal"', TMU)
c(
    A,
    "The Tavesian Metalworkers' Union will fight the closure of the Harrowfield plant.",
    "said it would fight it",
    ORG("The Tavesian Metalworkers' Union (TMU)", "said"),
)
c(
    A,
    "Harrowfield has built Brennack cars for generations.",
    "This town has built Brennack cars for generations",
    NP("TMU president Bram Eskeland", "said"),
    facts={"br:car-town": {}},
)
c(
    A,
    "Bram Eskeland worked on the Harrowfield assembly line for 22 years.",
    "who worked on the Harrowfield assembly line for 22 years",
    q=[Q("other", 22, 22, "years", "22 years")],
)
c(
    A,
    "The Tavesian government will set up a task force to find a new use for the Harrowfield site.",
    "the government would set up a task force to find a new use for the Harrowfield site",
    NP("Industry Minister Petra Lund", "said"),
)
c(
    A,
    "The Harrowfield site covers 140 hectares.",
    "which covers 140 hectares",
    q=[Q("other", 140, 140, "hectares", "140 hectares")],
)
c(
    A,
    "Brennack Motors was founded in Solvhaven in 1931.",
    "founded in Solvhaven in 1931",
    d=[D(*Y1931, "1931")],
)
c(
    A,
    "Brennack Motors employs about 61,000 people worldwide.",
    "employs about 61,000 people worldwide",
    q=[Q("count", 61000, 61000, None, "about 61,000 people")],
)
c(
    A,
    "Brennack Motors sold 2.2 million vehicles in 2026.",
    "sold 2.2 million vehicles last year",
    q=[Q("count", 2.2e6, 2.2e6, None, "2.2 million vehicles")],
    d=[D(*Y2026, "last year")],
)

# ---------------------------------------------------------------- The Tavesian Standard (2027-10-28, Thu)
A = "cars-standard"
art(
    A,
    SA,
    [
        "By Lisbet Harne, Industry Editor | Thursday 28 October 2027",
        "[Photo: Workers leave the Harrowfield plant at the end of the early shift. Photo: Standard/Erik Moss]",
        "Read more: The Tarn - the rise and fall of Tavesia's favourite family car",
        "Comment: Brennack's problem is not Harrowfield, it is its boardroom",
    ],
)
c(
    A,
    "Brennack Motors will shed 4,500 jobs.",
    "The carmaker will shed 4,500 jobs",
    ORG("the metalworkers' union", "says"),
    q=[Q("count", 4500, 4500, None, "4,500 jobs")],
    facts={"br:job-cuts": {"quantity": CUTS_4500}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 profits fell by almost two-thirds.",
    "after profits fell by almost two-thirds",
    q=[Q("percent", None, 66.7, "%", "almost two-thirds")],
    facts={"br:profit-drop": {"quantity": qv("%", None, 66.7)}},
)
c(
    A,
    "Workers at Brennack Motors' Harrowfield plant left the early shift in silence on 27 October 2027.",
    "Workers at Brennack Motors' Harrowfield plant left the early shift in silence yesterday",
    d=[D(WED27, None, "yesterday")],
)
c(
    A,
    "Brennack Motors confirmed on 27 October 2027 that the Harrowfield plant would close.",
    "yesterday after the carmaker confirmed the factory would close",
    d=[D(WED27, None, "yesterday")],
    facts={"br:closure": {}, "br:closure-announced": {"date": dv(WED27)}},
)
c(
    A,
    "The Harrowfield plant will close in 2028.",
    "the factory would close next year",
    ORG("the carmaker", "confirmed"),
    d=[D(*Y2028, "next year")],
    facts={"br:closure-date": {"date": dv(*Y2028)}},
)
c(
    A,
    "The closure of the Harrowfield plant will end more than 50 years of car production in Harrowfield.",
    "ending more than 50 years of car production in the town",
    q=[Q("other", 50, None, "years", "more than 50 years")],
    facts={"br:car-town": {"quantity": qv("years", 50, None)}},
)
c(
    A,
    "Brennack Motors is Tavesia's biggest carmaker.",
    "Brennack, the country's biggest carmaker",
    facts={"br:largest": {}},
)
c(
    A,
    "Brennack Motors announced the Harrowfield closure alongside its third-quarter 2027 results.",
    "announced the closure alongside third-quarter results",
    d=[D(*Q3_27, "third-quarter")],
    facts={"br:with-results": {}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 net profit was down by almost two-thirds.",
    "net profit down by almost two-thirds",
    q=[Q("percent", None, 66.7, "%", "almost two-thirds")],
    facts={"br:profit-drop": {"quantity": qv("%", None, 66.7)}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 net profit was 312 million euros.",
    "net profit down by almost two-thirds, at 312 million euros",
    q=[Q("money", 312e6, 312e6, "EUR", "312 million euros")],
    facts={"br:net-profit": {"quantity": PROFIT_Q}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 revenue was €14.6bn.",
    "Revenue fell to €14.6bn.",
    q=[Q("money", 14.6e9, 14.6e9, "EUR", "€14.6bn")],
    facts={"br:revenue": {"quantity": qv("EUR", 14.6e9, 14.6e9)}},
)
c(
    A,
    "Brennack Motors' revenue fell in the third quarter of 2027.",
    "Revenue fell to €14.6bn.",
    facts={"br:revenue-drop": {}},
)
CO_SAID_S = ORG("The company", "said")
c(
    A,
    "Brennack Motors will cut 4,000 jobs worldwide.",
    "it would cut 4,000 jobs worldwide",
    CO_SAID_S,
    q=[Q("count", 4000, 4000, None, "4,000 jobs")],
    facts={"br:job-cuts": {"quantity": CUTS_4000}},
)
c(
    A,
    "About 3,200 of Brennack Motors' job cuts will be in Tavesia.",
    "about 3,200 of them in Tavesia",
    CO_SAID_S,
    q=[Q("count", 3200, 3200, None, "about 3,200")],
    facts={"br:cuts-tavesia": {"quantity": qv("n", 3200, 3200)}},
)
c(
    A,
    "Brennack Motors' job cuts total 4,500.",
    "the Tavesian Metalworkers' Union puts the total at 4,500",
    ORG("the Tavesian Metalworkers' Union", "puts the total at"),
    q=[Q("count", 4500, 4500, None, "4,500")],
    facts={"br:job-cuts": {"quantity": CUTS_4500}},
)
c(
    A,
    "The Tavesian Metalworkers' Union counts some 500 agency workers at Harrowfield among the jobs cut.",
    "it counts some 500 agency workers at Harrowfield",
    q=[Q("count", 500, 500, None, "some 500 agency workers")],
)
c(
    A,
    "Brennack Motors left some 500 agency workers at Harrowfield out of its job-cut figures.",
    "whom Brennack left out of its figures",
)
ESK = NP("Bram Eskeland", "said")
c(
    A,
    "Brennack Motors is counting only the people it wants to count.",
    "They are counting the people they want to count",
    ESK,
)
c(
    A,
    "Bram Eskeland is president of the Tavesian Metalworkers' Union.",
    "Bram Eskeland, the union's president",
)
ESK_HE = NP("Bram Eskeland", "He said")
c(
    A,
    "Talks on Brennack Motors' job cuts will start in November 2027.",
    "talks on the cuts would start in November",
    ESK_HE,
    d=[D(*NOV27, "in November")],
    facts={"br:talks": {"date": dv(*NOV27)}},
)
c(
    A,
    "The Tavesian Metalworkers' Union will ask for the Harrowfield closure to be put on hold.",
    "the union would ask for the closure to be put on hold",
    ESK_HE,
)
c(
    A,
    "Brennack Motors' managers briefed the works council on 26 October 2027.",
    "Managers briefed the works council on Tuesday",
    d=[D(TUE26, None, "on Tuesday")],
    facts={"br:works-council": {"date": dv(TUE26)}},
)
c(
    A,
    "The works council was briefed a day before Brennack Motors' public announcement of the cuts and the closure.",
    "a day before the public announcement",
    q=[Q("other", 1, 1, "days", "a day")],
)
c(
    A,
    "Mirjam Tolle is Brennack Motors' head of human resources.",
    "Brennack's head of human resources, Mirjam Tolle",
)
c(
    A,
    "Compulsory redundancies at Harrowfield cannot be ruled out.",
    "compulsory redundancies at Harrowfield could not be ruled out",
    NP("Mirjam Tolle", "told the Standard"),
    facts={"br:compulsory": {"fact": "compulsory redundancies not ruled out"}},
)
c(A, "The Harrowfield plant opened in 1974.", "The plant, which opened in 1974", d=[D(*Y1974, "1974")])
c(
    A,
    "The Harrowfield plant employs 2,800 people.",
    "employs 2,800 people",
    q=[Q("count", 2800, 2800, None, "2,800 people")],
    facts={"br:plant-staff": {"quantity": qv("n", 2800, 2800)}},
)
c(A, "The Harrowfield plant builds the Tarn saloon.", "builds the Tarn saloon", facts={"br:tarn": {}})
c(
    A,
    "The Harrowfield plant builds parts for the Vesta electric hatchback.",
    "parts for the Vesta electric hatchback",
    facts={"br:vesta-parts": {}},
)
c(
    A,
    "Production of the Vesta parts will move from Harrowfield to Brennack Motors' plant in Ostmoor.",
    "Production of the Vesta parts will move to Brennack's plant in Ostmoor",
    ORG("the company", "said"),
    facts={"br:vesta-move": {"fact": "to Ostmoor"}},
)
c(
    A,
    "The Harrowfield plant built 96,000 cars in 2026.",
    "Harrowfield built 96,000 cars last year",
    q=[Q("count", 96000, 96000, None, "96,000 cars")],
    d=[D(*Y2026, "last year")],
)
c(
    A,
    "The Harrowfield plant has a capacity of 210,000 cars a year.",
    "against a capacity of 210,000",
    q=[Q("count", 210000, 210000, None, "210,000")],
    facts={"br:capacity": {"quantity": qv("n", 210000, 210000)}},
)
c(
    A,
    "Brennack Motors has held preliminary talks with Corvane Auto about selling the Harrowfield site.",
    "Brennack has held preliminary talks with the rival carmaker Corvane Auto about selling the Harrowfield site",
    AN("two people familiar with the matter", "according to"),
    facts={"br:sale-talks": {"fact": "talks held"}},
)
c(A, "Corvane Auto is a rival carmaker of Brennack Motors.", "the rival carmaker Corvane Auto")
c(
    A,
    "Brennack Motors will take a restructuring charge of 1.2 billion euros.",
    "The company will take a restructuring charge of 1.2 billion euros.",
    q=[Q("money", 1.2e9, 1.2e9, "EUR", "1.2 billion euros")],
    facts={"br:charge": {"quantity": CHARGE_Q}},
)
c(
    A,
    "Brennack Motors' restructuring plan will save €2.5bn a year by 2030.",
    "the plan would save €2.5bn a year by 2030",
    NP("Chief financial officer Henrike Saal", "told analysts"),
    q=[Q("money", 2.5e9, 2.5e9, "EUR", "€2.5bn a year")],
    d=[D(*Y2030, "2030")],
    facts={"br:savings": {"quantity": qv("EUR", 2.5e9, 2.5e9), "date": dv(*Y2030)}},
)
c(
    A,
    "Brennack Motors' shares closed 8% lower on 27 October 2027.",
    "Brennack's shares closed 8% lower yesterday.",
    q=[Q("percent", 8, 8, "%", "8%")],
    d=[D(WED27, None, "yesterday")],
    facts={"br:shares": {"quantity": qv("%", 8, 8), "date": dv(WED27)}},
)
c(
    A,
    "Harrowfield is a town of 34,000 people.",
    "Harrowfield, a town of 34,000 people",
    q=[Q("count", 34000, 34000, None, "34,000 people")],
)
c(
    A,
    "About one in five jobs in Harrowfield depends on the Harrowfield plant.",
    "about one in five jobs depends on the plant",
    NP("Jonas Brill", "according to"),
    q=[Q("percent", 20, 20, "%", "about one in five")],
)
c(A, "Jonas Brill is the mayor of Harrowfield.", "the mayor, Jonas Brill")
c(
    A,
    "Every bakery, garage and school in Harrowfield is tied to the Harrowfield plant.",
    "Every bakery, every garage, every school here is tied to that factory",
    NP("Brill", "said"),
)
c(
    A,
    "Petra Lund visited the Harrowfield plant on the afternoon of 27 October 2027.",
    "who visited the plant yesterday afternoon",
    d=[D(WED27, None, "yesterday afternoon")],
)
c(
    A,
    "The Tavesian government will not abandon Harrowfield.",
    'the government would "not abandon Harrowfield"',
    NP("Industry Minister Petra Lund", "said"),
)
c(
    A,
    "Sander Kvale called on the government to make future subsidies for carmakers conditional on keeping plants open.",
    "called on the government to make any future subsidies for carmakers conditional on keeping plants open",
)

# ---------------------------------------------------------------- Drivetrain Insider (2027-10-29, Fri)
A = "cars-drivetrain"
art(
    A,
    SA,
    [
        "Drivetrain Insider | Manufacturing | 29 October 2027 | By Callan Weir | 6 min read",
        "Share: X | LinkedIn | Email",
        "The headline numbers",
        "Supply chain exposure",
        "What comes next",
        "About the author: Callan Weir covers manufacturing and the auto supply chain for Drivetrain Insider.",
        "Related: Corvane Auto's Tavesian expansion plans, explained",
    ],
)
c(
    A,
    "Brennack Motors announced on 27 October 2027 its decision to close its Harrowfield assembly plant.",
    "Brennack Motors' decision to close its Harrowfield assembly plant, announced on Wednesday",
    d=[D(WED27, None, "on Wednesday")],
    facts={"br:closure": {}, "br:closure-announced": {"date": dv(WED27)}},
)
c(
    A,
    "Brennack Motors announced the Harrowfield closure with its third-quarter 2027 figures.",
    "announced on Wednesday with the carmaker's third-quarter figures",
    d=[D(WED27, None, "on Wednesday"), D(*Q3_27, "third-quarter")],
    facts={"br:with-results": {}},
)
c(
    A,
    "The closure of the Harrowfield plant takes roughly 210,000 units of annual capacity out of Tavesia's car"
    " industry.",
    "takes roughly 210,000 units of annual capacity out of Tavesia's car industry",
    q=[Q("count", 210000, 210000, None, "roughly 210,000 units")],
    facts={"br:capacity": {"quantity": qv("n", 210000, 210000)}},
)
c(
    A,
    "The Harrowfield plant's suppliers are already counting the cost of its closure.",
    "the plant's suppliers are already counting the cost",
)
c(
    A,
    "Brennack Motors' net profit for the third quarter of 2027 was €312m.",
    "Brennack reported net profit of €312m for the quarter",
    ORG("Brennack", "reported"),
    q=[Q("money", 312e6, 312e6, "EUR", "€312m")],
    d=[D(*Q3_27, "the quarter")],
    facts={"br:net-profit": {"quantity": PROFIT_Q}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 net profit was down 63% on the third quarter of 2026.",
    "down 63% on the same period of 2026",
    q=[Q("percent", 63, 63, "%", "63%")],
    d=[D(*Q3_26, "the same period of 2026")],
    facts={"br:profit-drop": {"quantity": qv("%", 63, 63)}},
)
c(
    A,
    "Brennack Motors' third-quarter 2027 revenue was 14.2 billion euros.",
    "on revenue of 14.2 billion euros",
    q=[Q("money", 14.2e9, 14.2e9, "EUR", "14.2 billion euros")],
    facts={"br:revenue": {"quantity": qv("EUR", 14.2e9, 14.2e9)}},
)
WHOLESALE = "Wholesale deliveries fell 11% to 498,000 vehicles."
c(
    A,
    "Brennack Motors' wholesale deliveries in the third quarter of 2027 were 498,000 vehicles.",
    WHOLESALE,
    q=[Q("count", 498000, 498000, None, "498,000 vehicles")],
    facts={"br:deliveries": {"quantity": qv("n", 498000, 498000)}},
)
c(
    A,
    "Brennack Motors' wholesale deliveries fell 11% in the third quarter of 2027.",
    WHOLESALE,
    q=[Q("percent", 11, 11, "%", "11%")],
    facts={"br:deliveries-drop": {"quantity": qv("%", 11, 11)}},
)
c(
    A,
    "Battery-electric models made up 18% of Brennack Motors' deliveries in the third quarter of 2027.",
    "Battery-electric models made up 18% of deliveries",
    q=[Q("percent", 18, 18, "%", "18%")],
)
c(
    A,
    "Battery-electric models made up 12% of Brennack Motors' deliveries in the third quarter of 2026.",
    "up from 12% a year earlier",
    q=[Q("percent", 12, 12, "%", "12%")],
    d=[D(*Q3_26, "a year earlier")],
)
c(
    A,
    "Brennack Motors will cut about 4,000 jobs.",
    "The group will cut about 4,000 jobs",
    q=[Q("count", 4000, 4000, None, "about 4,000 jobs")],
    facts={"br:job-cuts": {"quantity": CUTS_4000}},
)
c(
    A,
    "3,000 to 3,500 of Brennack Motors' job cuts will be in Tavesia.",
    "3,000 to 3,500 of them in Tavesia",
    q=[Q("count", 3000, 3500, None, "3,000 to 3,500")],
    facts={"br:cuts-tavesia": {"quantity": qv("n", 3000, 3500)}},
)
c(
    A,
    "Brennack Motors will book a €1.2 billion restructuring charge.",
    "book a €1.2 billion restructuring charge",
    q=[Q("money", 1.2e9, 1.2e9, "EUR", "€1.2 billion")],
    facts={"br:charge": {"quantity": CHARGE_Q}},
)
PRES = "Brennack's presentation to investors"
c(
    A,
    "Brennack Motors' job cuts are due to be completed by the end of 2028.",
    "The cuts are due to be completed by the end of 2028",
    DOC(PRES, "according to"),
    d=[D(END28, None, "the end of 2028")],
    facts={"br:cuts-complete": {"date": dv(END28)}},
)
c(
    A,
    "Brennack Motors targets €2bn in annual savings by 2030.",
    "which also sets a target of €2bn in annual savings by 2030",
    DOC(PRES, "sets a target of"),
    q=[Q("money", 2e9, 2e9, "EUR", "€2bn in annual savings")],
    d=[D(*Y2030, "2030")],
    facts={"br:savings": {"quantity": qv("EUR", 2e9, 2e9), "date": dv(*Y2030)}},
)
c(
    A,
    "Brennack Motors now expects an operating margin of 3-4% for 2027.",
    "The operating margin for 2027 is now expected at 3-4%",
    q=[Q("percent", 3, 4, "%", "3-4%")],
    d=[D(*Y2027, "2027")],
    facts={"br:margin": {"quantity": MARGIN_Q}},
)
c(
    A,
    "Brennack Motors' previous forecast for its 2027 operating margin was 5-6%.",
    "down from a previous 5-6%",
    q=[Q("percent", 5, 6, "%", "5-6%")],
    facts={"br:margin-prev": {"quantity": MARGIN_PREV_Q}},
)
c(
    A,
    "The Harrowfield plant will end production in the first quarter of 2029.",
    "Harrowfield will end production in the first quarter of 2029.",
    d=[D(*Q1_29, "the first quarter of 2029")],
    facts={"br:closure-date": {"date": dv(*Q1_29)}},
)
c(
    A,
    "The Harrowfield plant employs 2,650 people.",
    "The plant employs 2,650 people",
    DOC("Brennack's latest sustainability report", "according to"),
    q=[Q("count", 2650, 2650, None, "2,650 people")],
    facts={"br:plant-staff": {"quantity": qv("n", 2650, 2650)}},
)
KELBY = "Brennack's Kelby plant will take over the Vesta components now made at Harrowfield"
c(
    A,
    "Brennack Motors' Kelby plant will take over the Vesta components now made at Harrowfield.",
    KELBY,
    facts={"br:vesta-move": {"fact": "to Kelby"}},
)
c(
    A,
    "Vesta components are made at the Harrowfield plant.",
    "the Vesta components now made at Harrowfield",
    facts={"br:vesta-parts": {}},
)
TASA = ORG("the Tavesian Automotive Suppliers Association (TASA)", "according to")
c(
    A,
    "About 140 suppliers deliver to the Harrowfield plant.",
    "About 140 suppliers deliver to Harrowfield",
    TASA,
    q=[Q("count", 140, 140, None, "About 140 suppliers")],
)
c(
    A,
    "38 of the Harrowfield plant's suppliers are within 20 kilometres of the plant.",
    "38 of them within 20 kilometres of the plant",
    TASA,
    q=[Q("count", 38, 38, None, "38"), Q("other", None, 20, "km", "within 20 kilometres")],
)
c(
    A,
    "6,000 supplier jobs depend on the Harrowfield plant.",
    "TASA estimates that 6,000 supplier jobs depend on the plant",
    ORG("TASA", "estimates"),
    q=[Q("count", 6000, 6000, None, "6,000 supplier jobs")],
)
c(
    A,
    "The Harrowfield plant ran at about 45% of capacity in January-September 2027.",
    "The plant ran at about 45% of capacity in the first nine months of the year",
    ORG("Crossmere Research", "according to"),
    q=[Q("percent", 45, 45, "%", "about 45%")],
    d=[D(*JANSEP27, "the first nine months of the year")],
    facts={"br:utilisation": {"quantity": qv("%", 45, 45), "date": dv(*JANSEP27)}},
)
c(
    A,
    "Harrowfield was the obvious candidate for closure among Brennack Motors' plants.",
    "Harrowfield was the obvious candidate",
    NP("Dana Korsgaard", "said"),
)
c(A, "Dana Korsgaard is an analyst at Crossmere Research.", "Dana Korsgaard, an analyst at the firm")
c(A, "Harrowfield is Brennack Motors' oldest plant.", "It is the oldest plant", NP("Dana Korsgaard", "said"))
c(
    A,
    "The Harrowfield plant builds the Brennack car with the weakest sales.",
    "it builds the car with the weakest sales",
    NP("Dana Korsgaard", "said"),
)
c(
    A,
    "Aksel Brandvold is chief executive of Novaform.",
    "Aksel Brandvold, chief executive of the seat maker Novaform",
)
c(A, "Novaform is a seat maker.", "the seat maker Novaform")
c(
    A,
    "The Harrowfield plant accounts for 30% of Novaform's revenue.",
    "Harrowfield accounted for 30% of his company's revenue",
    NP("Aksel Brandvold", "said"),
    q=[Q("percent", 30, 30, "%", "30%")],
)
c(
    A,
    "Novaform will look for new customers abroad.",
    "Novaform would look for new customers abroad",
    NP("Aksel Brandvold", "he said"),
)
c(
    A,
    "The Tavesian Standard reported that Brennack Motors had held talks with Corvane Auto about selling the"
    " Harrowfield site.",
    "a report in The Tavesian Standard that it had held talks with Corvane Auto about selling the site",
    MO("The Tavesian Standard", "a report in"),
    facts={"br:sale-talks": {"fact": "talks held"}},
)
c(
    A,
    "Brennack Motors has not held talks with Corvane Auto about selling the Harrowfield site.",
    "Brennack denied a report in The Tavesian Standard that it had held talks with Corvane Auto about selling the site",
    ORG("Brennack", "denied"),
    facts={"br:sale-talks": {"fact": "no talks"}},
)
c(
    A,
    "Brennack Motors has held no talks with any buyer for the Harrowfield site.",
    "There have been no talks with any buyer",
    ORG("a Brennack spokeswoman", "said"),
    facts={"br:sale-talks": {"fact": "no talks"}},
)
c(
    A,
    "Brennack Motors had not decided by 28 October 2027 whether to keep the Harrowfield plant's paint shop.",
    "said on Thursday that it had not yet decided whether to keep the plant's paint shop",
    ORG("The company", "said"),
    d=[D(THU28, None, "on Thursday")],
)
PAINT = "which was modernised in 2021 at a cost of €180m"
c(A, "The Harrowfield plant's paint shop was modernised in 2021.", PAINT, d=[D(*Y2021, "2021")])
c(
    A,
    "The modernisation of the Harrowfield plant's paint shop cost €180m.",
    PAINT,
    q=[Q("money", 180e6, 180e6, "EUR", "€180m")],
)
c(
    A,
    "Brennack Motors' shares fell sharply on 27 October 2027.",
    "which fell sharply on Wednesday",
    d=[D(WED27, None, "on Wednesday")],
    facts={"br:shares": {"date": dv(WED27)}},
)
c(
    A,
    "Brennack Motors' shares rose 1.4% on 28 October 2027.",
    "rose 1.4% on Thursday",
    q=[Q("percent", 1.4, 1.4, "%", "1.4%")],
    d=[D(THU28, None, "on Thursday")],
)

NOTES["br:job-cuts"] = (
    "jobs cut: 4,000 (HPA, Brennack; Standard, the company; Drivetrain, about 4,000) vs 4,500 (Standard, the TMU,"
    " standfirst and body: it counts 500 agency workers)"
)
NOTES["br:cuts-tavesia"] = (
    "cuts in Tavesia: between 3,000 and 3,500 (HPA, Velde) = 3,000 to 3,500 (Drivetrain) vs about 3,200 (Standard)"
)
NOTES["br:profit-drop"] = "net profit fall: 63% (HPA, Drivetrain) vs almost two-thirds (Standard, a bound)"
NOTES["br:revenue"] = "revenue: €14.2bn (HPA) = 14.2 billion euros (Drivetrain) vs €14.6bn (Standard)"
NOTES["br:deliveries"] = "deliveries in the quarter: 512,000 (HPA) vs 498,000 wholesale (Drivetrain)"
NOTES["br:deliveries-drop"] = "fall in deliveries: 9% (HPA) vs 11% (Drivetrain)"
NOTES["br:plant-staff"] = (
    "Harrowfield workforce: about 2,800 (HPA) = 2,800 (Standard) vs 2,650 (Drivetrain, sustainability report)"
)
NOTES["br:savings"] = (
    "savings target by 2030: €2bn a year (HPA, Saal; Drivetrain, presentation) vs €2.5bn (Standard, Saal)"
)
NOTES["br:shares"] = "share fall on 27 October: 6.2% (HPA) vs 8% (Standard); Drivetrain gives no figure"
NOTES["br:works-council"] = "works council informed: Monday 25 Oct (HPA, Brennack) vs Tuesday 26 Oct (Standard)"
NOTES["br:closure-date"] = (
    "end of production at Harrowfield: March 2029 (HPA) / the first quarter of 2029 (Drivetrain) vs next year, 2028"
    " (Standard)"
)
NOTES["br:cuts-complete"] = (
    "cuts completed by the end of 2029 (HPA, Velde) vs by the end of 2028 (Drivetrain, presentation)"
)
NOTES["br:talks"] = "union talks to begin in November: Brennack (HPA) vs TMU president Bram Eskeland (Standard)"
NOTES["br:utilisation"] = (
    "Harrowfield at about 45% of capacity: Velde for Brennack (HPA, this year) vs Crossmere Research (Drivetrain,"
    " first nine months)"
)
NOTES["br:compulsory"] = (
    "no compulsory redundancies (HPA, Velde) vs compulsory redundancies at Harrowfield not ruled out (Standard,"
    " Mirjam Tolle)"
)
NOTES["br:vesta-move"] = "Vesta parts move to Ostmoor (Standard, the company) vs to Kelby (Drivetrain)"
NOTES["br:sale-talks"] = (
    "talks with Corvane Auto about the site: held (Standard, two people familiar; Drivetrain citing the Standard)"
    " vs denied by Brennack and its spokeswoman (Drivetrain)"
)
NOTES["br:car-town"] = (
    "more than 50 years of car production (Standard) vs 'for generations' (HPA, Eskeland): nothing to compare"
)

# =====================================================================
# Story B: the theft from the National Museum of Kerenza (night of 6-7 June 2027)
# =====================================================================
SB = "kerenza-museum-theft-2027"
SUN6 = "2027-06-06"
MON7 = "2027-06-07"  # the raid, as the wire and the Ledger date it
WED9 = "2027-06-09"
THU10 = "2027-06-10"
WEEK7 = ("2027-06-07", "2027-06-13")  # "this week" (Mon 7 - Sun 13 June)
C19 = ("1801-01-01", "1900-12-31")
Y1872 = ("1872-01-01", "1872-12-31")
Y1994 = ("1994-01-01", "1994-12-31")
Y1996 = ("1996-01-01", "1996-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2026B = ("2026-01-01", "2026-12-31")
VALUE_40 = qv("EUR", 40e6, 40e6)
VALUE_50 = qv("EUR", 50e6, None)
REWARD_Q = qv("EUR", 250000, 250000)
MINUTES_Q = qv("minutes", None, 7)
MUSEUMS_Q = qv("n", 14, 14)

# ---------------------------------------------------------------- Lanterne News Agency (2027-06-07, Mon)
A = "art-lna"
art(
    A,
    SB,
    [
        "By Piet Anselm | Monday 7 June 2027, 10:52 CET | Updated 17:15 CET",
        "Read more: Kerenza's lost masterpieces - five thefts that shook the art world",
        "(Reporting by Piet Anselm; editing by Edda Lorne)",
    ],
)
c(
    A,
    "Thieves stole five paintings from the National Museum of Kerenza.",
    "Thieves stole five paintings",
    q=[Q("count", 5, 5, None, "five paintings")],
    facts={"mt:count": {"quantity": qv("n", 5, 5)}},
)
c(
    A,
    "The paintings stolen from the National Museum of Kerenza are worth an estimated €40m.",
    "five paintings worth an estimated €40m",
    q=[Q("money", 40e6, 40e6, "EUR", "an estimated €40m")],
    facts={"mt:value": {"quantity": VALUE_40}},
)
c(
    A,
    "The National Museum of Kerenza is in Valmorra.",
    "the National Museum of Kerenza in Valmorra",
    facts={"mt:valmorra": {}},
)
c(
    A,
    "The theft from the National Museum of Kerenza took place early on 7 June 2027.",
    "Thieves stole five paintings worth an estimated €40m from the National Museum of Kerenza in Valmorra early on"
    " Monday",
    d=[D(MON7, None, "early on Monday")],
    facts={"mt:date": {"date": dv(MON7)}},
)
c(
    A,
    "The theft from the National Museum of Kerenza is Kerenza's biggest art theft in decades.",
    "what police called the country's biggest art theft in decades",
    ORG("police", "called"),
)
KALL = NP("Chief Inspector Dora Kallista", "said")
ENTRY_L = "The thieves broke in through a skylight in the roof of the museum's east wing"
c(
    A,
    "The thieves broke into the National Museum of Kerenza through a skylight in the roof.",
    ENTRY_L,
    KALL,
    facts={"mt:entry": {"fact": "through the roof"}},
)
c(
    A,
    "The thieves broke into the National Museum of Kerenza on its east side, in the east wing.",
    ENTRY_L,
    KALL,
    facts={"mt:east-side": {}},
)
c(
    A,
    "The thieves were inside the National Museum of Kerenza for less than seven minutes.",
    "were inside for less than seven minutes",
    KALL,
    q=[Q("other", None, 7, "minutes", "less than seven minutes")],
    facts={"mt:minutes": {"quantity": MINUTES_Q}},
)
c(
    A,
    "Dora Kallista is a chief inspector of the Valmorra police.",
    "Chief Inspector Dora Kallista of the Valmorra police",
)
c(
    A,
    "Two of the works stolen from the National Museum of Kerenza are by Aurelio Dassen.",
    "Two of the stolen works are by Aurelio Dassen",
    q=[Q("count", 2, 2, None, "Two")],
)
c(
    A,
    "Aurelio Dassen was a 19th-century marine painter.",
    "the 19th-century marine painter",
    d=[D(*C19, "19th-century")],
)
c(
    A,
    "Aurelio Dassen is regarded as Kerenza's greatest artist.",
    "regarded as Kerenza's greatest artist",
    AN(None, "regarded as"),
)
c(
    A,
    "Aurelio Dassen's 'The Harbour at Dusk' was stolen from the National Museum of Kerenza.",
    'among them his 1872 canvas "The Harbour at Dusk"',
    facts={"mt:w-harbour": {}},
)
c(
    A,
    "Aurelio Dassen painted 'The Harbour at Dusk' in 1872.",
    'his 1872 canvas "The Harbour at Dusk"',
    d=[D(*Y1872, "1872")],
    facts={"mt:harbour-1872": {"date": dv(*Y1872)}},
)
TAKEN_L = "Two paintings by Johanna Veitmeyer and one by Marek Solden were also taken"
c(
    A,
    "Two paintings by Johanna Veitmeyer were stolen from the National Museum of Kerenza.",
    TAKEN_L,
    ORG("the museum", "said"),
    q=[Q("count", 2, 2, None, "Two paintings")],
)
c(
    A,
    "One painting by Marek Solden was stolen from the National Museum of Kerenza.",
    TAKEN_L,
    ORG("the museum", "said"),
    q=[Q("count", 1, 1, None, "one")],
)
SARVIK_TOLD = NP("Elena Sarvik", "told reporters")
c(
    A,
    "A guard at the National Museum of Kerenza raised the alarm when motion sensors in the gallery went off.",
    "A guard raised the alarm when motion sensors in the gallery went off",
    SARVIK_TOLD,
    facts={"mt:alarm": {"fact": "alarm working"}},
)
c(A, "Elena Sarvik is the director of the National Museum of Kerenza.", "the museum's director, Elena Sarvik")
SARVIK_SHE = NP("Elena Sarvik", "she said")
c(
    A,
    "Guards reached the room the paintings were stolen from within four minutes.",
    "Guards reached the room within four minutes",
    SARVIK_SHE,
    q=[Q("other", None, 4, "minutes", "within four minutes")],
)
c(
    A,
    "The thieves had left before the guards reached the room.",
    "the thieves had already left",
    SARVIK_SHE,
)
c(
    A,
    "The thieves knew exactly which paintings they wanted and exactly where they hung.",
    "They knew exactly what they wanted and exactly where it hung",
    NP("Sarvik", "said"),
)
c(
    A,
    "The stolen canvases had been cut from their frames.",
    "The canvases had been cut from their frames",
    NP("Sarvik", "she added"),
    facts={"mt:cut-frames": {}},
)
c(
    A,
    "The frames of the stolen paintings were left on the gallery floor.",
    "which were left on the gallery floor",
)
VAN_L = "Police found a burnt-out grey van in a forest car park 15 km north of the city later on Monday morning"
KALL_S = NP("Kallista", "said")
c(
    A,
    "Police found a burnt-out grey van in a forest car park on the morning of 7 June 2027.",
    VAN_L,
    KALL_S,
    d=[D(MON7, None, "later on Monday morning")],
    facts={"mt:van": {"date": dv(MON7)}},
)
c(
    A,
    "The forest car park where the burnt-out van was found is 15 km north of Valmorra.",
    "a forest car park 15 km north of the city",
    KALL_S,
    q=[Q("other", 15, 15, "km", "15 km")],
    facts={"mt:van-distance": {"quantity": qv("km", 15, 15)}},
)
c(
    A,
    "Police believe the burnt-out van was used in the raid on the National Museum of Kerenza.",
    "believe it was used in the raid",
    KALL_S,
)
c(
    A,
    "No arrests had been made over the museum theft by the afternoon of 7 June 2027.",
    "No arrests had been made by Monday afternoon.",
    d=[D(MON7, None, "Monday afternoon")],
)
c(
    A,
    "The theft from the National Museum of Kerenza is an attack on Kerenza's shared memory.",
    'called the theft "an attack on our shared memory"',
    NP("Culture Minister Teodor Haskel", "called"),
)
c(
    A,
    "The Kerenzan government will review security at all 14 state museums.",
    "the government would review security at all 14 state museums",
    NP("Culture Minister Teodor Haskel", "said"),
    q=[Q("count", 14, 14, None, "14 state museums")],
    facts={"mt:review": {"quantity": MUSEUMS_Q}},
)
c(
    A,
    "Kerenza has 14 state museums.",
    "all 14 state museums",
    q=[Q("count", 14, 14, None, "14 state museums")],
    facts={"mt:state-museums": {"quantity": MUSEUMS_Q}},
)
c(
    A,
    "The National Museum of Kerenza has offered a reward of €250,000 for information leading to the recovery of the"
    " paintings.",
    "The museum has offered a reward of €250,000 for information leading to the recovery of the paintings.",
    q=[Q("money", 250000, 250000, "EUR", "€250,000")],
    facts={"mt:reward": {"quantity": REWARD_Q, "fact": "offered by the museum"}},
)
c(
    A,
    "Police have asked the Heritage Watch Register to list the works stolen from the National Museum of Kerenza.",
    "Police have asked the Heritage Watch Register, an international database of stolen art, to list the works",
    KALL_S,
)
c(
    A,
    "The Heritage Watch Register is an international database of stolen art.",
    "the Heritage Watch Register, an international database of stolen art",
)
c(
    A,
    "Listing on the Heritage Watch Register would make the stolen works almost impossible to sell openly.",
    "which would make them almost impossible to sell openly",
    KALL_S,
    facts={"mt:unsellable": {}},
)
c(
    A,
    "The National Museum of Kerenza holds the largest collection of Kerenzan art.",
    "which holds the largest collection of Kerenzan art",
)
c(
    A,
    "The National Museum of Kerenza drew 1.1 million visitors in 2026.",
    "drew 1.1 million visitors last year",
    q=[Q("count", 1.1e6, 1.1e6, None, "1.1 million visitors")],
    d=[D(*Y2026B, "last year")],
)
c(
    A,
    "The National Museum of Kerenza will stay closed until at least 10 June 2027.",
    "will stay closed until at least Thursday",
    d=[D(THU10, None, "Thursday")],
)
c(
    A,
    "Visitors with tickets to the National Museum of Kerenza for the week of 7 June 2027 will be refunded.",
    "Visitors with tickets for this week would be refunded",
    ORG("the museum", "said"),
    d=[D(*WEEK7, "this week")],
)
c(
    A,
    "The last major theft from the National Museum of Kerenza before June 2027 was in 1994.",
    "The last major theft from the museum was in 1994",
    d=[D(*Y1994, "1994")],
    facts={"mt:prior-theft": {"date": dv(*Y1994)}},
)
c(
    A,
    "Two drawings were taken from a storeroom of the National Museum of Kerenza in 1994.",
    "in 1994, when two drawings were taken from a storeroom",
    q=[Q("count", 2, 2, None, "two drawings")],
    d=[D(*Y1994, "1994")],
    facts={"mt:prior-drawings": {"quantity": qv("n", 2, 2), "date": dv(*Y1994)}},
)
c(
    A,
    "Both drawings stolen from the National Museum of Kerenza in 1994 were later recovered.",
    "Both were later recovered.",
    facts={"mt:prior-recovered": {}},
)

# ---------------------------------------------------------------- The Kerenza Observer (2027-06-08, Tue)
A = "art-observer"
art(
    A,
    SB,
    [
        "By Hana Drevic and Olek Sarn | Tuesday 8 June 2027",
        "[Photo: Police officers outside the east entrance of the National Museum in Valmorra yesterday."
        " Photo: Observer/Ida Lem]",
        "Read more: Aurelio Dassen, the painter who made Kerenza look at the sea",
        "Read more: Editorial - A museum is only as safe as its budget",
    ],
)
c(
    A,
    "Security at the National Museum of Kerenza is under scrutiny.",
    "Security at the National Museum is under scrutiny",
)
c(
    A,
    "Five masterpieces were stolen from the National Museum of Kerenza.",
    "the theft of five masterpieces",
    q=[Q("count", 5, 5, None, "five masterpieces")],
    facts={"mt:count": {"quantity": qv("n", 5, 5)}},
)
c(
    A,
    "The five masterpieces stolen from the National Museum of Kerenza are valued at more than €50m.",
    "five masterpieces valued at more than €50m",
    q=[Q("money", 50e6, None, "EUR", "more than €50m")],
    facts={"mt:value": {"quantity": VALUE_50}},
)
c(
    A,
    "Thieves stole five paintings from the National Museum of Kerenza.",
    "The thieves who stole five paintings from the National Museum of Kerenza",
    q=[Q("count", 5, 5, None, "five paintings")],
    facts={"mt:count": {"quantity": qv("n", 5, 5)}},
)
TWO_PEOPLE = AN("two people familiar with the investigation", "according to")
c(
    A,
    "The thieves broke into the National Museum of Kerenza late on 6 June 2027.",
    "broke into the building late on Sunday",
    TWO_PEOPLE,
    d=[D(SUN6, None, "late on Sunday")],
    facts={"mt:date": {"date": dv(SUN6)}},
)
WINDOW = "forcing a ground-floor window on its east side"
c(
    A,
    "The thieves entered the National Museum of Kerenza by forcing a ground-floor window.",
    WINDOW,
    TWO_PEOPLE,
    facts={"mt:entry": {"fact": "ground-floor window"}},
)
c(
    A,
    "The thieves broke into the National Museum of Kerenza on its east side.",
    WINDOW,
    TWO_PEOPLE,
    facts={"mt:east-side": {}},
)
c(
    A,
    "Inside the National Museum of Kerenza, the thieves went straight to the Dassen room.",
    "Inside, they went straight to the Dassen room",
)
c(
    A,
    "The Dassen room is on the first floor of the National Museum of Kerenza.",
    "the Dassen room on the first floor",
    q=[Q("other", 1, 1, "ordinal", "first floor")],
)
c(
    A,
    "The thieves cut the canvases from their frames.",
    "cut the canvases from their frames",
    facts={"mt:cut-frames": {}},
)
TOOK = (
    'They took Aurelio Dassen\'s "The Harbour at Dusk" and "Self-Portrait with Candle", Johanna Veitmeyer\'s "Girl'
    ' with a Blue Shawl" and "Winter Orchard", and Marek Solden\'s "The Salt Marsh".'
)
c(
    A,
    "The thieves took Aurelio Dassen's 'The Harbour at Dusk' from the National Museum of Kerenza.",
    TOOK,
    facts={"mt:w-harbour": {}},
)
c(
    A,
    "The thieves took Aurelio Dassen's 'Self-Portrait with Candle' from the National Museum of Kerenza.",
    TOOK,
    facts={"mt:w-selfportrait": {}},
)
c(
    A,
    "The thieves took Johanna Veitmeyer's 'Girl with a Blue Shawl' from the National Museum of Kerenza.",
    TOOK,
    facts={"mt:w-girl": {}},
)
c(
    A,
    "The thieves took Johanna Veitmeyer's 'Winter Orchard' from the National Museum of Kerenza.",
    TOOK,
    facts={"mt:w-orchard": {}},
)
c(
    A,
    "The thieves took Marek Solden's 'The Salt Marsh' from the National Museum of Kerenza.",
    TOOK,
    facts={"mt:w-saltmarsh": {}},
)
c(
    A,
    "The works stolen from the National Museum of Kerenza are worth more than €50m.",
    "Insurance experts put the value of the works at more than €50m",
    AN("Insurance experts", "put the value of the works at"),
    q=[Q("money", 50e6, None, "EUR", "more than €50m")],
    facts={"mt:value": {"quantity": VALUE_50}},
)
c(
    A,
    "Aurelio Dassen's 'The Harbour at Dusk' alone is worth about €20m.",
    '"The Harbour at Dusk" alone is worth about €20m',
    NP("Rasmus Veld", "said"),
    q=[Q("money", 20e6, 20e6, "EUR", "about €20m")],
    facts={"mt:harbour-value": {"quantity": qv("EUR", 20e6, 20e6)}},
)
c(
    A,
    "Rasmus Veld is an art-market analyst at Greyhall Partners.",
    "Rasmus Veld, an art-market analyst at Greyhall Partners",
)
ALARM_O = "The alarm system in the east wing had been switched off for maintenance work on Sunday evening"
TWO_SAID = AN("the two people", "said")
c(
    A,
    "The alarm system in the east wing of the National Museum of Kerenza had been switched off on the evening of"
    " 6 June 2027.",
    ALARM_O,
    TWO_SAID,
    d=[D(SUN6, None, "on Sunday evening")],
    facts={"mt:alarm": {"fact": "alarm switched off"}},
)
c(
    A,
    "The alarm system in the east wing of the National Museum of Kerenza had been switched off for maintenance work.",
    ALARM_O,
    TWO_SAID,
)
c(
    A,
    "The National Museum of Kerenza did not respond to the Observer's questions about the alarm on 7 June 2027.",
    "The museum did not respond to questions about the alarm last night.",
    d=[D(MON7, None, "last night")],
)
c(
    A,
    "Dora Kallista leads the Valmorra police's art and antiquities unit.",
    "who leads the Valmorra police's art and antiquities unit",
)
c(
    A,
    "Detectives are studying footage from 40 cameras in the streets around the National Museum of Kerenza.",
    "said yesterday that detectives were studying footage from 40 cameras in the streets around the museum",
    NP("Chief Inspector Dora Kallista", "said"),
    q=[Q("count", 40, 40, None, "40 cameras")],
    d=[D(MON7, None, "yesterday")],
)
c(A, "Dora Kallista declined to comment on the museum's alarm.", "She declined to comment on the alarm.")
VAN_O = "A burnt-out van found in a forest car park 20 km north of the capital, near Lindholm"
KALL_O = NP("Kallista", "said")
c(
    A,
    "A burnt-out van was found in a forest car park near Lindholm.",
    VAN_O,
    KALL_O,
    facts={"mt:van": {}},
)
c(
    A,
    "The forest car park where the burnt-out van was found is 20 km north of Valmorra.",
    "a forest car park 20 km north of the capital",
    KALL_O,
    q=[Q("other", 20, 20, "km", "20 km")],
    facts={"mt:van-distance": {"quantity": qv("km", 20, 20)}},
)
c(
    A,
    "The burnt-out van is being examined by forensic teams.",
    "is being examined by forensic teams",
    KALL_O,
)
c(
    A,
    "Guard staffing at the National Museum of Kerenza has been cut sharply.",
    "Museum guards say staffing has been cut sharply.",
    AN("Museum guards", "say"),
)
OSTROVA = NP("Mila Ostrova", "said")
c(
    A,
    "There were three guards on duty at the National Museum of Kerenza during the theft.",
    "There were three guards on duty",
    OSTROVA,
    q=[Q("count", 3, 3, None, "three guards")],
)
c(
    A,
    "The National Museum of Kerenza's building covers 30,000 square metres.",
    "a building of 30,000 square metres",
    OSTROVA,
    q=[Q("other", 30000, 30000, "m2", "30,000 square metres")],
)
c(
    A,
    "Mila Ostrova represents the National Museum of Kerenza's guards for the Public Service Union.",
    "who represents the guards for the Public Service Union",
)
c(
    A,
    "The number of night guards at the National Museum of Kerenza has fallen by 15% since 2025.",
    "the number of night guards had fallen by 15% since 2025",
    NP("Mila Ostrova", "She said"),
    q=[Q("percent", 15, 15, "%", "15%")],
    d=[D(*Y2025, "2025")],
)
SOLANKE = NP("Prime Minister Vera Solanke", "said")
c(
    A,
    "A review of security at all 14 state museums in Kerenza will be carried out.",
    "A review of security at all 14 state museums will be carried out",
    SOLANKE,
    q=[Q("count", 14, 14, None, "14 state museums")],
    facts={"mt:review": {"quantity": MUSEUMS_Q}},
)
c(
    A,
    "Kerenza has 14 state museums.",
    "all 14 state museums",
    q=[Q("count", 14, 14, None, "14 state museums")],
    facts={"mt:state-museums": {"quantity": MUSEUMS_Q}},
)
c(
    A,
    "The theft from the National Museum of Kerenza is a wound to the nation.",
    'calling the theft "a wound to the nation"',
    NP("Prime Minister Vera Solanke", "calling"),
)
c(
    A,
    "A reward of €250,000 has been offered for information leading to the recovery of the paintings stolen from the"
    " National Museum of Kerenza.",
    "A reward of a quarter of a million euros has been offered for information leading to the recovery of the"
    " paintings.",
    q=[Q("money", 250000, 250000, "EUR", "a quarter of a million euros")],
    facts={"mt:reward": {"quantity": REWARD_Q}},
)
c(
    A,
    "The National Museum of Kerenza is expected to reopen on 10 June 2027.",
    "The museum is expected to reopen on Thursday",
    d=[D(THU10, None, "on Thursday")],
    facts={"mt:reopen": {"date": dv(THU10)}},
)
c(
    A,
    "The east wing of the National Museum of Kerenza will stay sealed off when the museum reopens.",
    "with the east wing sealed off",
    facts={"mt:east-closed": {}},
)
c(
    A,
    "The June 2027 theft is the first from the National Museum of Kerenza since 1996.",
    "It is the first theft from the museum since 1996",
    d=[D(*Y1996, "1996")],
    facts={"mt:prior-theft": {"date": dv(*Y1996)}},
)
c(
    A,
    "Two Johanna Veitmeyer drawings were stolen from a storeroom of the National Museum of Kerenza in 1996.",
    "since 1996, when two Veitmeyer drawings were stolen from a storeroom",
    q=[Q("count", 2, 2, None, "two Veitmeyer drawings")],
    d=[D(*Y1996, "1996")],
    facts={"mt:prior-drawings": {"quantity": qv("n", 2, 2), "date": dv(*Y1996)}},
)
c(
    A,
    "The two Veitmeyer drawings stolen from the National Museum of Kerenza in 1996 were recovered within a month.",
    "recovered within a month",
    q=[Q("other", None, 1, "months", "within a month")],
    facts={"mt:prior-recovered": {}},
)

# ---------------------------------------------------------------- The Art Ledger (2027-06-11, Fri)
A = "art-ledger"
art(
    A,
    SB,
    [
        "The Art Ledger | Market & Crime | 11 June 2027 | By Sophie Lanfranc",
        "Share: X | LinkedIn | Email | Copy link",
        '[Image: "The Harbour at Dusk" by Aurelio Dassen, 1872. Photo: National Museum of Kerenza]',
        "What the works are worth",
        "The alarm question",
        "The investigation",
        "About the author: Sophie Lanfranc reports on art crime and the auction market for The Art Ledger.",
        "Related: Stolen to order? The myth of the secret collector",
    ],
)
c(
    A,
    "Works were stolen from the National Museum of Kerenza in Valmorra on 7 June 2027.",
    "The works stolen from the National Museum of Kerenza in Valmorra on Monday",
    d=[D(MON7, None, "on Monday")],
    facts={"mt:date": {"date": dv(MON7)}},
)
c(
    A,
    "The National Museum of Kerenza is in Valmorra.",
    "the National Museum of Kerenza in Valmorra",
    facts={"mt:valmorra": {}},
)
c(
    A,
    "The works stolen from the National Museum of Kerenza cannot be sold on the open market.",
    "cannot be sold on the open market, dealers and insurers told The Art Ledger this week",
    AN("dealers and insurers", "told The Art Ledger"),
    d=[D(*WEEK7, "this week")],
    facts={"mt:unsellable": {}},
)
c(
    A,
    "Police have announced the first arrests in the National Museum of Kerenza theft case.",
    "police announced the first arrests in the case",
)
c(
    A,
    "Six works were taken from the National Museum of Kerenza.",
    "Six works were taken",
    q=[Q("count", 6, 6, None, "Six works")],
    facts={"mt:count": {"quantity": qv("n", 6, 6)}},
)
c(
    A,
    "It was first reported that five works had been taken from the National Museum of Kerenza.",
    "not five as first reported",
    AN(None, "as first reported"),
    q=[Q("count", 5, 5, None, "five")],
)
SKETCH = (
    'The museum confirmed on Wednesday that a small oil sketch by Aurelio Dassen, "Study of a Fisherman", was also'
    " missing"
)
c(
    A,
    "Aurelio Dassen's oil sketch 'Study of a Fisherman' was also missing from the National Museum of Kerenza.",
    SKETCH,
    ORG("The museum", "confirmed"),
    d=[D(WED9, None, "on Wednesday")],
    facts={"mt:w-study": {}},
)
c(
    A,
    "'Study of a Fisherman' went missing from a display cabinet in the same room as the other stolen works.",
    "was also missing from a display cabinet in the same room",
    ORG("The museum", "confirmed"),
)
c(
    A,
    "'Study of a Fisherman' is a small oil sketch by Aurelio Dassen.",
    'a small oil sketch by Aurelio Dassen, "Study of a Fisherman"',
)
LIST = (
    'Dassen\'s "The Harbour at Dusk" (1872), his "Self-Portrait with Candle" and the sketch; Johanna Veitmeyer\'s'
    ' "Girl with a Blue Shawl" and "Winter Orchard"; and Marek Solden\'s "The Salt Marsh".'
)
c(
    A,
    "Aurelio Dassen's 'The Harbour at Dusk' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-harbour": {}},
)
c(
    A,
    "Aurelio Dassen painted 'The Harbour at Dusk' in 1872.",
    'Dassen\'s "The Harbour at Dusk" (1872)',
    d=[D(*Y1872, "1872")],
    facts={"mt:harbour-1872": {"date": dv(*Y1872)}},
)
c(
    A,
    "Aurelio Dassen's 'Self-Portrait with Candle' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-selfportrait": {}},
)
c(
    A,
    "Aurelio Dassen's sketch 'Study of a Fisherman' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-study": {}},
)
c(
    A,
    "Johanna Veitmeyer's 'Girl with a Blue Shawl' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-girl": {}},
)
c(
    A,
    "Johanna Veitmeyer's 'Winter Orchard' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-orchard": {}},
)
c(
    A,
    "Marek Solden's 'The Salt Marsh' is among the works stolen from the National Museum of Kerenza.",
    LIST,
    facts={"mt:w-saltmarsh": {}},
)
c(
    A,
    "The works stolen from the National Museum of Kerenza are worth 40 million euros.",
    "The museum puts the value of the stolen works at 40 million euros",
    ORG("The museum", "puts the value of the stolen works at"),
    q=[Q("money", 40e6, 40e6, "EUR", "40 million euros")],
    facts={"mt:value": {"quantity": VALUE_40}},
)
c(
    A,
    "The National Museum of Kerenza's value of the stolen works is based on its own valuation.",
    "based on its own valuation",
    ORG("The museum", "puts the value of the stolen works at"),
)
LOAN = DOC("loan documents seen by The Art Ledger", "according to")
c(
    A,
    "Aurelio Dassen's 'The Harbour at Dusk' was valued at €18m in 2024.",
    '"The Harbour at Dusk" was valued at €18m when the museum lent it to an exhibition in Bellmoor in 2024',
    LOAN,
    q=[Q("money", 18e6, 18e6, "EUR", "€18m")],
    d=[D(*Y2024, "2024")],
    facts={"mt:harbour-value": {"quantity": qv("EUR", 18e6, 18e6)}},
)
c(
    A,
    "The National Museum of Kerenza lent 'The Harbour at Dusk' to an exhibition in Bellmoor in 2024.",
    "the museum lent it to an exhibition in Bellmoor in 2024",
    LOAN,
    d=[D(*Y2024, "2024")],
)
HOYER = NP("Benedikt Hoyer", "said")
c(
    A,
    "Works as famous as those stolen from the National Museum of Kerenza are unsellable.",
    "Works this famous are unsellable",
    HOYER,
)
c(
    A,
    "Benedikt Hoyer is a specialist in stolen art at Ashcombe Fine Art.",
    "Benedikt Hoyer, a specialist in stolen art at the insurer Ashcombe Fine Art",
)
c(A, "Ashcombe Fine Art is an insurer.", "the insurer Ashcombe Fine Art")
c(
    A,
    "The value of famous stolen works is as hostages or as collateral between criminals.",
    "Their value is as hostages, or as collateral between criminals",
    HOYER,
)
c(
    A,
    "The paintings stolen from the National Museum of Kerenza were not commercially insured.",
    "The paintings were not commercially insured",
    ORG("the Culture Ministry", "said"),
)
c(
    A,
    "The paintings stolen from the National Museum of Kerenza are covered by a government indemnity scheme.",
    "they are covered by a government indemnity scheme",
)
c(
    A,
    "All works in Kerenza's state museums are covered by a government indemnity scheme.",
    "Like all works in state museums, they are covered by a government indemnity scheme",
)
c(A, "Elena Sarvik is the director of the National Museum of Kerenza.", "Elena Sarvik, the museum's director")
c(
    A,
    "The alarm in the east wing of the National Museum of Kerenza had not been switched off.",
    "denied reports that the alarm in the east wing had been switched off",
    NP("Elena Sarvik", "denied"),
    facts={"mt:alarm": {"fact": "alarm working"}},
)
c(
    A,
    "There were reports that the alarm in the east wing of the National Museum of Kerenza had been switched off.",
    "reports that the alarm in the east wing had been switched off",
    AN(None, "reports"),
    facts={"mt:alarm": {"fact": "alarm switched off"}},
)
SARVIK_L = NP("Elena Sarvik", "she said")
WORKING = "The alarm was working all night and it did its job"
c(
    A,
    "The alarm at the National Museum of Kerenza was working all night during the theft.",
    WORKING,
    SARVIK_L,
    facts={"mt:alarm": {"fact": "alarm working"}},
)
c(A, "The alarm at the National Museum of Kerenza did its job during the theft.", WORKING, SARVIK_L)
c(
    A,
    "The thieves were faster than the National Museum of Kerenza's guards.",
    "The thieves were simply faster than our guards.",
    SARVIK_L,
)
c(
    A,
    "The intruders came into the National Museum of Kerenza through the roof.",
    "who came in through the roof",
    facts={"mt:entry": {"fact": "through the roof"}},
)
c(
    A,
    "The intruders spent less than seven minutes inside the National Museum of Kerenza.",
    "spent less than seven minutes inside, according to Sarvik",
    NP("Sarvik", "according to"),
    q=[Q("other", None, 7, "minutes", "less than seven minutes")],
    facts={"mt:minutes": {"quantity": MINUTES_Q}},
)
ARREST = "Valmorra police arrested two men, aged 34 and 41, on Wednesday at a flat in the port district of Saltmere"
KALL_L = NP("Chief Inspector Dora Kallista", "said")
c(
    A,
    "Valmorra police arrested two men over the National Museum of Kerenza theft on 9 June 2027.",
    ARREST,
    KALL_L,
    q=[Q("count", 2, 2, None, "two men")],
    d=[D(WED9, None, "on Wednesday")],
)
c(
    A,
    "One of the two men arrested over the museum theft is 34 years old.",
    "aged 34 and 41",
    KALL_L,
    q=[Q("other", 34, 34, "years", "34")],
)
c(
    A,
    "One of the two men arrested over the museum theft is 41 years old.",
    "aged 34 and 41",
    KALL_L,
    q=[Q("other", 41, 41, "years", "41")],
)
c(
    A,
    "The two men were arrested at a flat in the Saltmere district.",
    "at a flat in the port district of Saltmere",
    KALL_L,
)
c(A, "Saltmere is a port district of Valmorra.", "the port district of Saltmere")
c(
    A,
    "Dora Kallista announced the arrests on 10 June 2027.",
    "Chief Inspector Dora Kallista said on Thursday",
    d=[D(THU10, None, "on Thursday")],
)
c(A, "Neither of the men arrested over the museum theft has been charged.", "Neither has been charged")
c(
    A,
    "None of the works stolen from the National Museum of Kerenza has been found.",
    "none of the works has been found",
)
REWARD_L = (
    "The Friends of the National Museum, a patrons' association, has offered a €250,000 reward for information"
    " leading to the recovery of the works"
)
c(
    A,
    "The Friends of the National Museum has offered a €250,000 reward for information leading to the recovery of"
    " the works stolen from the National Museum of Kerenza.",
    REWARD_L,
    q=[Q("money", 250000, 250000, "EUR", "€250,000")],
    facts={"mt:reward": {"quantity": REWARD_Q, "fact": "offered by the Friends of the National Museum"}},
)
c(
    A,
    "The Friends of the National Museum is a patrons' association.",
    "The Friends of the National Museum, a patrons' association",
)
c(
    A,
    "The National Museum of Kerenza reopened on 10 June 2027.",
    "The museum reopened on Thursday",
    d=[D(THU10, None, "on Thursday")],
    facts={"mt:reopen": {"date": dv(THU10)}},
)
c(
    A,
    "The east wing of the National Museum of Kerenza remains closed.",
    "the east wing remains closed",
    facts={"mt:east-closed": {}},
)

NOTES["mt:count"] = "works stolen: five (LNA; Observer standfirst and body) vs six (Ledger, with the sketch)"
NOTES["mt:value"] = (
    "value of the stolen works: an estimated €40m (LNA) = 40 million euros (Ledger, the museum) vs more than €50m"
    " (Observer standfirst; insurance experts)"
)
NOTES["mt:harbour-value"] = "'The Harbour at Dusk': about €20m (Observer, Rasmus Veld) vs €18m (Ledger, loan documents)"
NOTES["mt:van-distance"] = "car park where the van was found: 15 km (LNA) vs 20 km (Observer) north of the capital"
NOTES["mt:date"] = "the raid: early on Monday 7 June (LNA; Ledger) vs late on Sunday 6 June (Observer, two people)"
NOTES["mt:prior-theft"] = "the museum's earlier theft: 1994 (LNA) vs 1996 (Observer)"
NOTES["mt:prior-drawings"] = "two drawings stolen from a storeroom: in 1994 (LNA) vs in 1996 (Observer)"
NOTES["mt:minutes"] = (
    "less than seven minutes inside: Chief Inspector Dora Kallista, the police (LNA) vs Elena Sarvik, the museum"
    " (Ledger)"
)
NOTES["mt:review"] = (
    "security review of all 14 state museums: Culture Minister Teodor Haskel (LNA) vs Prime Minister Vera Solanke"
    " (Observer)"
)
NOTES["mt:entry"] = (
    "way in: a skylight in the roof (LNA, Kallista) / through the roof (Ledger) vs a forced ground-floor window"
    " (Observer, two people)"
)
NOTES["mt:alarm"] = (
    "the alarm: working (LNA, Sarvik: the guard raised it when the sensors went off; Ledger, Sarvik's denial) vs"
    " switched off for maintenance (Observer, two people; the reports the Ledger cites)"
)
NOTES["mt:reward"] = (
    "€250,000 reward offered by the museum (LNA) vs by the Friends of the National Museum (Ledger); the Observer's"
    " quarter of a million euros names no one"
)

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
