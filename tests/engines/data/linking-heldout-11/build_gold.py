"""Gold for the eleventh linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-11/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-11/gold.json

Two invented stories of kinds the earlier corpora do not cover (a pharmaceutical trial stopped for safety, an
airline collapse), each covered by three invented outlets (wire, national paper, specialist trade site), written
and annotated by hand on 2026-11-29 without looking at or running any engine on them (written blind: no engine
code was read, nothing of the `claims` package was imported or run, only this script and the dev-corpus
validator were run on the corpus).
First run of the engines on it (2026-11-29, code at 8c30d75; only the figures below were read, never its output):
extraction recall 0.813, precision 0.964, attribution type 0.893; links end to end precision 0.870, recall 0.657,
relation accuracy 0.925, conflicts with the right field 20/42; links on the gold claims precision 0.869, recall
0.788, relation accuracy 0.968, conflicts with the right field 27/43. The code of the start of that session
(168b6e7) gave the same figures but an extraction precision of 0.954. Right after that first run a lint run
printed a few lines of this script (gold claim texts and conflict notes, not engine output); no change to the
engines was made after it.
The stories:
  * arvelle-trial-halt-2028: Arvelle Therapeutics, a drugmaker of Lisvik (invented country of Norvania), halts
    CADENCE-HF, the late-stage (phase 3) trial of its once-daily heart failure pill corvanstat, on Monday 5 June
    2028 on the advice of the trial's independent data monitoring committee, after more serious liver injuries on
    the drug than on placebo: the number of patients, countries and sites, the liver-injury cases, deaths, when
    the injuries appeared, who told patients to stop the drug, when the Norvanian Medicines Agency (NMA) was
    informed and its review, the share fall and the value lost, the analysts' peak-sales forecast, when the trial
    began and when results had been due, the kidney-disease study, the partner Holloway Pharma and its upfront
    payment, the money spent on the drug, Arvelle's cash, staff, job cuts and other drugs, the chief executive
    Miriam Oakes and the chief medical officer Tomas Reddan. Outlets: Harbourline News Service (wire, Mon 5 Jun),
    The Norvanian Times (national paper, Tue 6 Jun), Trial Signal (drug-development trade site, Fri 9 Jun).
  * petrel-airways-collapse-2028: Petrel Airways, the second-largest airline of the invented country of Tarvania,
    a low-cost carrier based at Brennport, collapses and grounds its fleet on Thursday 14 September 2028 after
    filing for insolvency: the passengers stranded abroad, when it filed, the failed rescue talks with Alcyon
    Capital, the refused (or never requested) state loan, the cause, the administrators Merrow Hale and Daniel
    Kerr, the debts, the staff, the slots, the repatriation operation of the Tarvanian Civil Aviation Authority
    (TCAA), its length and cost, bookings, refunds and package holidays, unpaid salaries, when the airline was
    founded, its fleet, routes and passengers. Outlets: Orrin News Agency (wire, Thu 14 Sep), The Tarvanian
    Courier (national paper, Fri 15 Sep), Aviation Ledger (airline-industry trade site, Mon 18 Sep).

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-10/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The article files carry an extra `story:` line
in their front matter (ignored by goldlib and the validator).

`c(...)` copies the claim's canonicalised attribution into each of its fact values (Chief Executive Miriam Oakes,
chief medical officer Tomas Reddan, "the company", "The Lisvik-based drugmaker", "the Lisvik company" and
"Arvelle's statement" count as Arvelle Therapeutics; "the agency", "the regulator" and the NMA's unnamed
spokeswoman count as the NMA; analyst Jonas Pike counts as Halberd Securities and analyst Ruth Yanez as Corbel
Bank; Transport Minister Ilse Marrin, "the minister" and "A Transport Ministry spokesman" count as the Transport
Ministry; Chief Executive Marten Quayle and "the airline" count as Petrel Airways; Daniel Kerr and "its
administrators, Merrow Hale" count as Merrow Hale; the TCAA, the TPA and Unicab speak for themselves; anonymous
sourcing - "two people familiar with the plans/talks", "staff say", "Analysts expect" - gives nothing), so that an
attribution conflict is derived whenever two linked claims name different sources. Private people (Henrik Aalto,
Dr Paula Renner, Elsa Rinne, Jonas Ekberg) and the opposition's Hanna Lyng speak for themselves.

Labelling decisions:
  * Quantities: each claim records only the quantities and dates it states itself, even when it shares its span
    with other claims split from the same sentence; check() requires every number and calendar word in a span to
    be recorded by at least one claim sharing it. Euro amounts are EUR ("€2.1bn" = "2.1 billion euros"; "€420m" =
    "420 million euros"). "Once-daily" / "once a day" is 1 in "times" (the frequency is in the claim text).
    "Phase 3" / "phase 2" are `other` in unit "phase"; "second-largest" and "a second study" are 2 in "ordinal".
    Durations: "within (the first) three months" sets only the high bound, 3 "months"; "two-week" is 14 "days"
    and "ten-day" 10 "days" (so the two lengths of the airlift compare in one unit); "for an hour" is 1 "hours";
    "six years", "three years", "for a year" are "years"; "less than eight years" sets only the high bound.
    "More than €450m" sets only the low bound (so it conflicts with "about €420m"). "Twice as much" is 2 in
    "times". "Half of Petrel's routes" is 50%. Counts of patients, cases, staff, jobs, passengers, aircraft,
    routes are counts.
  * Dates: trial story - "on Monday" (HNS, Mon 5 Jun; Trial Signal, Fri 9 Jun) and "yesterday" (Times, Tue 6 Jun)
    are 5 June 2028; "on Friday" (HNS) is 2 June and "on Sunday" (Times) 4 June; "last week" (Trial Signal) is
    29 May - 4 June 2028 and so contains both; "on Tuesday" / "on Wednesday" (Trial Signal) are 6 and 7 June;
    "in November" (the congress) is November 2028; "the first half of 2029" is January-June 2029 and "the fourth
    quarter of 2029" October-December 2029; "into 2030" records the year 2030; "since 2016" / "since 2021"
    record the year. Airline story - "on Thursday" (ONA, Thu 14 Sep; Aviation Ledger, Mon 18 Sep) and
    "yesterday" (Courier, Fri 15 Sep) are 14 September 2028; "on Wednesday" (ONA; "on Wednesday night", Ledger)
    is 13 September and "the early hours of Thursday" (Courier) 14 September; "on Tuesday" (ONA) is 12
    September; "this week" (Courier) is 11-17 September and contains both 12 September (ONA) and "11 September"
    (Ledger), which conflict with each other; "last week" (ONA) is 4-10 September; "next week" (Courier) is
    18-24 September; "last year" (ONA) is 2027; "August" (salaries) is August 2028; "by the end of August" is
    31 August 2028, "until the end of October" 31 October 2028; "By Sunday" (Ledger) is 17 September; "before
    Christmas" is the deadline day 25 December 2028; "28 September" is 28 September 2028.
  * Fact keys compare the fact, not the day it was said: the statement dates ("said on Wednesday", "said on
    Tuesday") are recorded on the claim but kept out of the key values. The halt, the share fall and the
    insolvency filing carry their own day in the key value.
  * Trial story: deaths - "Two patients taking corvanstat died of liver failure" (HNS, the company) and the
    Times's two claims (standfirst and body, Arvelle) vs Trial Signal's "No deaths have been linked to
    corvanstat" (Arvelle): fact conflicts. The kidney study: paused (HNS, Arvelle; Times) vs will continue with
    extra liver monitoring (Trial Signal, Arvelle). Jobs: "no plans to cut jobs" (Times, Oakes) vs "preparing to
    cut about 300 of its 1,900 jobs" (Trial Signal, anonymous): fact. "Within three months": Reddan (HNS) vs the
    NMA (Trial Signal); "told to stop taking the drug": Arvelle (HNS) vs the NMA (Times); peak sales of €2.5bn:
    Halberd Securities' Jonas Pike (HNS) vs Corbel Bank's Ruth Yanez (Trial Signal; "She had forecast"); cash into
    2030: Oakes (HNS) vs Yanez (Times): attribution conflicts. The NMA informed: on Friday 2 June (HNS, the
    company) vs on Sunday 4 June (Times, the agency) - a date conflict (the sources differ too; the note lists
    both); Trial Signal's "last week" agrees with both. "Their steepest fall on record" (HNS) and "their worst
    day since the company listed in 2019" (Times) are one fact. "Designed to show whether corvanstat cut hospital
    admissions and deaths" (HNS) and "meant to keep heart failure patients out of hospital" (Times) are one fact
    (extra detail on one side). "Late-stage" (HNS) and "phase 3" (Trial Signal) are one fact. "Corvanstat is
    co-developed with Holloway Pharma", "Its partner, Holloway Pharma" and "Holloway Pharma, Arvelle's partner"
    are one fact. The HNS's "about 1,900 people" and Trial Signal's "its 1,900 jobs" agree (about = point). The
    Times's "its two other drugs in mid-stage trials" is presupposed background (unattributed) inside Yanez's
    statement and conflicts with Trial Signal's "three other candidates in phase 2 trials".
  * Airline story: the number stranded - about 85,000 (ONA, Transport Minister Ilse Marrin) vs around 85,000
    (Courier, the TCAA): attribution conflict; both vs 110,000 (Ledger): quantity. The repatriation's cost,
    around €60m: Marrin (ONA) vs the TCAA (Courier): attribution. The cause (fuel costs and weak summer
    bookings): Quayle (ONA) vs the administrator Kerr (Ledger): attribution. Unpaid August salaries: the TPA
    (Courier body) vs Unicab (Ledger): attribution; the Courier standfirst ("staff say", anonymous) agrees with
    Ledger. The loan: rejected request for €150m (ONA, Marrin; Ledger, anonymous) vs "had never asked the state
    for financial help" (Courier, a Transport Ministry spokesman): fact. The slots: several airlines interested
    (ONA, Kerr) vs no airline has shown interest (Ledger, Kerr): fact. Package holidays: covered by the Travel
    Guarantee Fund (Courier, the TCAA) vs not covered (Ledger, the TCAA): fact. "Collapsed" (ONA) and "ceased
    trading" (Courier) are one fact; "grounded all its flights" (ONA), "grounded its fleet" (Courier) and
    "stopped flying" (Ledger) another. "The low-cost carrier", "budget airline" and "low-cost carrier" are one
    fact; "Brennport-based" (Courier, Ledger) and "the airline's home base" (ONA, owned by Brennport Airport
    Group) are one fact; "which owns the airline's home base" (ONA) and "which runs the airport" (Ledger) are one
    fact. "All 3,400 Petrel employees have been told not to report for work", "All 3,400 employees have lost
    their jobs" and "Its 3,100 staff were laid off" compare the size of the workforce that lost its jobs. The
    TCAA's operation: "two-week operation" (ONA, Marrin), "ten-day repatriation operation" (Courier), "two-week
    airlift" (Ledger). "The first repatriation flights were due to leave on Thursday evening" (ONA) and "which
    began yesterday with 31 flights" (Courier) are one fact (the airlift starts on 14 September).
  * Relative clauses and appositives inside an attributed sentence are the outlet's own background
    (unattributed), as in the earlier corpora ("which Arvelle informed last week" inside the NMA's statement; "its
    two other drugs in mid-stage trials"; "its 1,900 jobs"). A title or description placed before a name
    ("Chief Executive Miriam Oakes", "Halberd Securities analyst Jonas Pike", "Corbel Bank analyst Ruth Yanez",
    "Chief medical officer Tomas Reddan", "Transport Minister Ilse Marrin", "Chief executive Marten Quayle",
    "administrator Daniel Kerr of Merrow Hale", "the investment firm Alcyon Capital", "The accountancy firm
    Merrow Hale", "The cabin crew union Unicab", "Opposition transport spokeswoman Hanna Lyng") is not split off;
    appositives and relative clauses are ("Arvelle's chief medical officer, Tomas Reddan"; "Miriam Oakes,
    Arvelle's chief executive"; "Ruth Yanez, an analyst at Corbel Bank"; "Daniel Kerr, a partner at Merrow Hale";
    "Alcyon Capital, a private equity firm"; "its administrators, Merrow Hale"). Adjectives that carry a
    checkable fact get a claim ("late-stage", "once-daily", "The Lisvik-based drugmaker", "The Brennport-based
    budget airline").
  * Page furniture is noise: bylines with time stamps, the trade sites' header lines, share bars, newsletter
    promos, subheads, author boxes, photo captions, "Read more", "Related" and "Comment" lines, the wires'
    reporting credits. The wires' datelines ("LISVIK, Norvania, June 5 (HNS) -") yield no claims. Quotes by
    private people and analysts' opinions are claims about what the speaker holds.

Counts (this script's output): 6 articles (HNS 39, Times 42, Trial Signal 38, ONA 36, Courier 38, Ledger 37 claims),
230 claims, 118 links: trial 65 (43 same, 22 conflicts: quantity 8, date 4, attribution 4, fact 6), airline 53
(32 same, 21 conflicts: quantity 8, date 5, attribution 4, fact 4).

Deliberate disagreements between outlets (see NOTES at the end of each story):
  trial   quantity: patients enrolled (about 4,200 / 4,200 vs 4,600), liver-injury cases on the drug (14 vs 17),
          the share fall (38% vs 41 per cent), Holloway's upfront payment (€300m vs €350m), money spent on
          corvanstat (about 640 million euros vs €610m), other drugs in mid-stage trials (two vs three);
          date: the NMA informed (Friday 2 June vs Sunday 4 June), the trial began (March 2025 / 2025 vs
          September 2024), results due (first half vs fourth quarter of 2029);
          attribution: injuries within three months (Reddan vs the NMA), told to stop taking the drug (Arvelle vs
          the NMA), peak sales of €2.5bn (Halberd's Pike vs Corbel's Yanez), cash into 2030 (Oakes vs Yanez);
          fact: deaths on the drug (two vs none linked), the kidney study (paused vs continuing), job cuts (no
          plans vs about 300 being prepared)
  airline quantity: passengers stranded (85,000 vs 110,000), the workforce (3,400 vs 3,100), the debts (about
          €420m vs more than €450m), the length of the airlift (two weeks vs ten days);
          date: the insolvency filing (Wednesday 13 vs Thursday 14 September), the rescue talks broke down
          (Tuesday 12 vs 11 September), the airline founded (2009 vs 2011);
          attribution: 85,000 stranded (Marrin vs the TCAA), the €60m cost (Marrin vs the TCAA), the cause (Quayle
          vs Kerr), unpaid August salaries (the TPA vs Unicab);
          fact: the €150m loan (refused vs never requested), interest in the slots (several airlines vs none),
          package holidays (covered vs not covered by the Travel Guarantee Fund)
  Look-alikes that must not be linked: trial - 14/17 cases vs three on placebo vs two deaths vs two other drugs
  vs three other candidates vs three months; 4,200/4,600 patients vs 280 sites vs 31 countries vs 22 hospitals vs
  1,900 staff vs 300 jobs vs 260,000 patients in Norvania; €2.1bn wiped vs €2.5bn peak sales vs €300m/€350m
  upfront vs €640m/€610m spent; 38%/41% vs phase 3/phase 2; founded 2011 vs listed 2019 vs since 2016 vs Oakes
  since 2021 vs the Holloway deal in 2026 vs cash into 2030 vs results 2029; the halt on 5 June vs the NMA told
  2/4 June vs its statement on 7 June vs Oakes on 6 June vs the investor day on 28 June vs the congress in
  November; the NMA's review vs Holloway's review vs "assessing the implications"; the paused kidney study vs the
  halted CADENCE-HF. Airline - 85,000/110,000 stranded vs 62,000 brought home vs 1.2 million bookings vs 6.8
  million passengers; 3,400/3,100 staff vs 600 pilots; 38 aircraft vs 40 chartered aircraft vs 31 flights vs four
  airlines vs 120 routes vs six airports; €420m/€450m debts vs €180m to lessors vs €150m loan vs €60m airlift vs
  €12m cash; 30% of Brennport flights vs 30% rise in fuel prices vs 49% stake vs 9% share fall vs half of the
  routes; founded 2009/2011 vs 2027 passengers; 13/14 September filing vs 11/12 September talks vs the loan
  refused in the week of 4 September vs the last flight on 28 September; ten days / two weeks vs six years vs
  three years vs eight years; refunds from card issuers vs package holidays and the Travel Guarantee Fund.
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # trial story
    "Arvelle": "Arvelle Therapeutics",
    "Arvelle Therapeutics": "Arvelle Therapeutics",
    "Arvelle's statement": "Arvelle Therapeutics",
    "Miriam Oakes": "Arvelle Therapeutics",
    "Oakes": "Arvelle Therapeutics",
    "Tomas Reddan": "Arvelle Therapeutics",
    "Reddan": "Arvelle Therapeutics",
    "The Norvanian Medicines Agency (NMA)": "NMA",
    "NMA": "NMA",
    "a spokeswoman": "NMA",
    "Jonas Pike": "Halberd Securities",
    "Pike": "Halberd Securities",
    "Ruth Yanez": "Corbel Bank",
    "Yanez": "Corbel Bank",
    "Holloway": "Holloway Pharma",
    "Holloway Pharma": "Holloway Pharma",
    # airline story
    "Ilse Marrin": "Transport Ministry",
    "Marrin": "Transport Ministry",
    "A Transport Ministry spokesman": "Transport Ministry",
    "Petrel": "Petrel Airways",
    "Marten Quayle": "Petrel Airways",
    "Daniel Kerr": "Merrow Hale",
    "Kerr": "Merrow Hale",
    "Merrow Hale": "Merrow Hale",
    "TCAA": "TCAA",
    "the Tarvanian Civil Aviation Authority (TCAA)": "TCAA",
    "The Tarvanian Pilots' Association (TPA)": "TPA",
    "Unicab": "Unicab",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: Arvelle Therapeutics halts the CADENCE-HF trial of corvanstat (Mon 5 June 2028)
# =====================================================================
SA = "arvelle-trial-halt-2028"
MON5 = "2028-06-05"  # the halt
FRI2 = "2028-06-02"
SUN4 = "2028-06-04"
TUE6 = "2028-06-06"
WED7 = "2028-06-07"
JUN28 = "2028-06-28"
LASTWEEK_SIG = ("2028-05-29", "2028-06-04")  # "last week" from Fri 9 June
MAR25 = ("2025-03-01", "2025-03-31")
Y2025 = ("2025-01-01", "2025-12-31")
SEP24 = ("2024-09-01", "2024-09-30")
H1_29 = ("2029-01-01", "2029-06-30")
Q4_29 = ("2029-10-01", "2029-12-31")
NOV28 = ("2028-11-01", "2028-11-30")
Y2011 = ("2011-01-01", "2011-12-31")
Y2016 = ("2016-01-01", "2016-12-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2030 = ("2030-01-01", "2030-12-31")
HALT = {"date": dv(MON5)}
DEATHS = {"quantity": qv("n", 2, 2), "fact": "patients on the drug died"}
NO_DEATHS = {"fact": "no deaths linked to the drug"}
KIDNEY_PAUSED = {"fact": "kidney study paused"}
KIDNEY_GOES_ON = {"fact": "kidney study continues"}
WIPED = {"quantity": qv("EUR", 2.1e9, 2.1e9)}
FOUNDED_A = {"date": dv(*Y2011)}

# ---------------------------------------------------------------- Harbourline News Service (2028-06-05, Mon)
A = "cadence-hns"
art(
    A,
    SA,
    [
        "By Lotte Brand | Monday 5 June 2028, 09:12 CET | Updated 18:30 CET",
        "Read more: The late-stage flops that shook Europe's biotech sector in 2027",
        "(Reporting by Lotte Brand; additional reporting by Sami Kettu; editing by Ines Morrow)",
    ],
)
c(
    A,
    "Arvelle Therapeutics halted its late-stage trial of corvanstat on 5 June 2028.",
    "Arvelle Therapeutics halted its late-stage trial of the heart failure pill corvanstat on Monday",
    d=[D(MON5, None, "on Monday")],
    facts={"ar:halt": HALT},
)
c(A, "Arvelle's trial of corvanstat is a late-stage trial.", "its late-stage trial", facts={"ar:late-stage": {}})
c(A, "Corvanstat is a pill for heart failure.", "the heart failure pill corvanstat", facts={"ar:indication": {}})
c(
    A,
    "An independent safety panel found a higher rate of serious liver injury among patients taking corvanstat.",
    "an independent safety panel found a higher rate of serious liver injury among patients taking the drug",
    facts={"ar:liver": {}},
)
c(
    A,
    "Arvelle's shares had their steepest fall on record on 5 June 2028.",
    "sending the company's shares to their steepest fall on record",
    facts={"ar:record-fall": {}},
)
c(A, "Arvelle Therapeutics is a drugmaker based in Lisvik.", "The Lisvik-based drugmaker", facts={"ar:hq": {}})
c(
    A,
    "The independent data monitoring committee overseeing the CADENCE-HF study recommended stopping the study.",
    "the independent data monitoring committee overseeing the CADENCE-HF study had recommended stopping it",
    ORG("Arvelle Therapeutics", "said"),
    facts={"ar:idmc": {}},
)
c(
    A,
    "The CADENCE-HF study of corvanstat is overseen by an independent data monitoring committee.",
    "the independent data monitoring committee overseeing the CADENCE-HF study",
)
c(
    A,
    "The CADENCE-HF study enrolled about 4,200 patients with chronic heart failure.",
    "The study enrolled about 4,200 patients with chronic heart failure",
    q=[Q("count", 4200, 4200, None, "about 4,200 patients")],
    facts={"ar:patients": {"quantity": qv("n", 4200, 4200)}},
)
c(
    A,
    "The CADENCE-HF study ran in 31 countries.",
    "in 31 countries",
    q=[Q("count", 31, 31, None, "31 countries")],
    facts={"ar:countries": {"quantity": qv("n", 31, 31)}},
)
c(
    A,
    "The CADENCE-HF study compared corvanstat with a placebo.",
    "compared once-daily corvanstat with a placebo",
    facts={"ar:placebo": {}},
)
c(
    A,
    "Corvanstat is taken once a day.",
    "once-daily corvanstat",
    q=[Q("other", 1, 1, "times", "once")],
    facts={"ar:once-daily": {}},
)
ARV = ORG("Arvelle", "said")
c(
    A,
    "The data monitoring committee counted 14 cases of serious liver injury among the patients taking corvanstat"
    " in CADENCE-HF.",
    "The committee counted 14 cases of serious liver injury in the corvanstat group",
    ARV,
    q=[Q("count", 14, 14, None, "14 cases")],
    facts={"ar:cases-drug": {"quantity": qv("n", 14, 14)}},
)
c(
    A,
    "The data monitoring committee counted three cases of serious liver injury in the placebo group of CADENCE-HF.",
    "three in the placebo group",
    ARV,
    q=[Q("count", 3, 3, None, "three")],
    facts={"ar:cases-placebo": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "Two patients taking corvanstat in CADENCE-HF died of liver failure.",
    "Two patients taking corvanstat died of liver failure",
    ORG("Arvelle", "the company said"),
    q=[Q("count", 2, 2, None, "Two patients")],
    facts={"ar:deaths": DEATHS},
)
OAKES = NP("Miriam Oakes", "said")
c(
    A,
    "At Arvelle, patient safety comes before everything else.",
    "Patient safety comes before everything else",
    OAKES,
    facts={"ar:safety": {}},
)
c(
    A,
    "The outcome of the CADENCE-HF trial is deeply disappointing.",
    'calling the outcome "deeply disappointing"',
    NP("Miriam Oakes", "calling"),
    facts={"ar:disappointing": {}},
)
c(A, "Tomas Reddan is Arvelle's chief medical officer.", "Arvelle's chief medical officer, Tomas Reddan")
c(
    A,
    "The liver injuries in CADENCE-HF appeared within the first three months of treatment.",
    "the liver injuries had appeared within the first three months of treatment",
    NP("Tomas Reddan", "said"),
    q=[Q("other", None, 3, "months", "within the first three months")],
    facts={"ar:three-months": {"quantity": qv("months", None, 3)}},
)
c(
    A,
    "Patients in the CADENCE-HF trial have been told to stop taking corvanstat.",
    "Patients in the trial have been told to stop taking the drug",
    ARV,
    facts={"ar:stop-taking": {}},
)
c(
    A,
    "Arvelle informed the Norvanian Medicines Agency of the CADENCE-HF findings on 2 June 2028.",
    "it had informed the Norvanian Medicines Agency (NMA) on Friday",
    ORG("Arvelle", "The company said"),
    d=[D(FRI2, None, "on Friday")],
    facts={"ar:informed": {"date": dv(FRI2)}},
)
c(
    A,
    "The Norvanian Medicines Agency declined to comment on 5 June 2028.",
    "The NMA declined to comment on Monday",
    d=[D(MON5, None, "on Monday")],
)
c(
    A,
    "Arvelle shares closed down 38% in Lisvik on 5 June 2028.",
    "Arvelle shares closed down 38% in Lisvik",
    q=[Q("percent", 38, 38, "%", "38%")],
    facts={"ar:shares": {"quantity": qv("%", 38, 38)}},
)
c(
    A,
    "The fall in Arvelle's shares wiped about €2.1bn off its market value.",
    "wiping about €2.1bn off its market value",
    q=[Q("money", 2.1e9, 2.1e9, "EUR", "about €2.1bn")],
    facts={"ar:wiped": WIPED},
)
c(
    A,
    "Trading in Arvelle stock was suspended for an hour after the announcement of the CADENCE-HF halt.",
    "Trading in the stock was suspended for an hour after the announcement",
    q=[Q("other", 1, 1, "hours", "an hour")],
)
c(A, "Corvanstat was Arvelle's most advanced drug.", "Corvanstat was Arvelle's most advanced drug")
c(
    A,
    "Corvanstat could have reached peak annual sales of €2.5bn.",
    "it could have reached peak annual sales of €2.5bn",
    NP("Jonas Pike", "said"),
    q=[Q("money", 2.5e9, 2.5e9, "EUR", "€2.5bn")],
    facts={"ar:peak-sales": {"quantity": qv("EUR", 2.5e9, 2.5e9)}},
)
c(
    A,
    "Corvanstat was the asset Arvelle's whole valuation rested on.",
    "This was the asset the whole valuation rested on",
    NP("Pike", "said"),
)
c(
    A,
    "The CADENCE-HF trial began in March 2025.",
    "which began in March 2025",
    d=[D(*MAR25, "March 2025")],
    facts={"ar:started": {"date": dv(*MAR25)}},
)
c(
    A,
    "The CADENCE-HF trial was designed to show whether corvanstat cut hospital admissions and deaths from heart"
    " failure.",
    "was designed to show whether corvanstat cut hospital admissions and deaths from heart failure",
    facts={"ar:design": {}},
)
c(
    A,
    "Full results of CADENCE-HF had been expected in the first half of 2029.",
    "Full results had been expected in the first half of 2029",
    d=[D(*H1_29, "the first half of 2029")],
    facts={"ar:results-due": {"date": dv(*H1_29)}},
)
c(
    A,
    "Arvelle will pause enrolment in a smaller study of corvanstat in chronic kidney disease.",
    "it would also pause enrolment in a smaller study of corvanstat in chronic kidney disease",
    ARV,
    facts={"ar:kidney": KIDNEY_PAUSED},
)
c(
    A,
    "Corvanstat is co-developed with Holloway Pharma.",
    "Corvanstat is co-developed with Holloway Pharma",
    facts={"ar:partner": {}},
)
c(
    A,
    "Holloway Pharma paid €300m upfront in 2026 for the rights to corvanstat outside Norvania.",
    "which paid €300m upfront in 2026 for the rights to the drug outside Norvania",
    q=[Q("money", 300e6, 300e6, "EUR", "€300m")],
    d=[D(*Y2026, "2026")],
    facts={"ar:upfront": {"quantity": qv("EUR", 300e6, 300e6), "date": dv(*Y2026)}},
)
c(
    A,
    "Holloway Pharma is reviewing the CADENCE-HF data with Arvelle.",
    "Holloway said it was reviewing the data with Arvelle",
    ORG("Holloway", "said"),
)
c(
    A,
    "Arvelle was founded in 2011.",
    "which was founded in 2011",
    d=[D(*Y2011, "2011")],
    facts={"ar:founded": FOUNDED_A},
)
c(
    A,
    "Arvelle employs about 1,900 people.",
    "employs about 1,900 people",
    q=[Q("count", 1900, 1900, None, "about 1,900 people")],
    facts={"ar:staff": {"quantity": qv("n", 1900, 1900)}},
)
c(
    A,
    "Arvelle has enough cash to fund its operations into 2030.",
    "has enough cash to fund its operations into 2030",
    NP("Oakes", "said"),
    d=[D(*Y2030, "2030")],
    facts={"ar:cash": {"date": dv(*Y2030)}},
)
c(A, "Arvelle has never brought a drug to market.", "The company has never brought a drug to market")

# ---------------------------------------------------------------- The Norvanian Times (2028-06-06, Tue)
A = "cadence-times"
art(
    A,
    SA,
    [
        "By Greta Sundqvist, Health Correspondent | Tuesday 6 June 2028",
        "[Photo: Arvelle's headquarters in the Nordhavn science park in Lisvik. Photo: Times/Erik Vale]",
        "Read more: How Lisvik became Norvania's biotech capital",
        "Comment: One failed trial must not sink our life sciences strategy",
    ],
)
c(
    A,
    "Two patients died of liver failure in the CADENCE-HF study of corvanstat.",
    "Two patients died of liver failure in the study",
    ORG("Arvelle", "admits"),
    q=[Q("count", 2, 2, None, "Two patients")],
    facts={"ar:deaths": DEATHS},
)
c(A, "Arvelle is a company based in Lisvik.", "the Lisvik company", facts={"ar:hq": {}})
c(
    A,
    "Arvelle's shares lost 2.1 billion euros in value.",
    "its shares lose 2.1 billion euros in value",
    q=[Q("money", 2.1e9, 2.1e9, "EUR", "2.1 billion euros")],
    facts={"ar:wiped": WIPED},
)
c(
    A,
    "Arvelle Therapeutics stopped the CADENCE-HF trial of corvanstat on 5 June 2028.",
    "Arvelle Therapeutics yesterday stopped the biggest clinical trial in its history",
    d=[D(MON5, None, "yesterday")],
    facts={"ar:halt": HALT},
)
c(A, "CADENCE-HF is the biggest clinical trial in Arvelle's history.", "the biggest clinical trial in its history")
c(
    A,
    "Patients taking corvanstat suffered serious liver damage.",
    "patients taking its experimental heart failure drug, corvanstat, suffered serious liver damage",
    facts={"ar:liver": {}},
)
c(
    A,
    "Corvanstat is an experimental heart failure drug.",
    "its experimental heart failure drug, corvanstat",
    facts={"ar:indication": {}},
)
c(
    A,
    "The CADENCE-HF trial enrolled 4,200 patients.",
    "which enrolled 4,200 patients",
    q=[Q("count", 4200, 4200, None, "4,200 patients")],
    facts={"ar:patients": {"quantity": qv("n", 4200, 4200)}},
)
c(
    A,
    "The CADENCE-HF trial was halted on the advice of an independent data monitoring committee.",
    "was halted on the advice of an independent data monitoring committee",
    ORG("Arvelle", "the company said"),
    facts={"ar:idmc": {}},
)
c(
    A,
    "Two patients who received corvanstat in CADENCE-HF died of liver failure.",
    "Two patients who received the drug died of liver failure",
    ORG("Arvelle", "confirmed"),
    q=[Q("count", 2, 2, None, "Two patients")],
    facts={"ar:deaths": DEATHS},
)
NMA_T = ORG("The Norvanian Medicines Agency (NMA)", "said")
c(
    A,
    "Patients in the CADENCE-HF study have been told to stop taking corvanstat.",
    "patients in the study had been told to stop taking corvanstat",
    NMA_T,
    facts={"ar:stop-taking": {}},
)
c(
    A,
    "The Norvanian Medicines Agency is reviewing the data from every study of corvanstat.",
    "The NMA is reviewing the data from every study of the drug",
    ORG("a spokeswoman", "said"),
    facts={"ar:nma-review": {}},
)
c(
    A,
    "Arvelle notified the Norvanian Medicines Agency of the CADENCE-HF findings on 4 June 2028.",
    "Arvelle notified the regulator on Sunday",
    ORG("NMA", "according to"),
    d=[D(SUN4, None, "on Sunday")],
    facts={"ar:informed": {"date": dv(SUN4)}},
)
c(
    A,
    "Arvelle's shares closed 41 per cent lower in Lisvik on 5 June 2028.",
    "Arvelle's shares closed 41 per cent lower in Lisvik yesterday",
    q=[Q("percent", 41, 41, "%", "41 per cent")],
    d=[D(MON5, None, "yesterday")],
    facts={"ar:shares": {"quantity": qv("%", 41, 41)}},
)
c(
    A,
    "5 June 2028 was the worst day for Arvelle's shares since the company listed.",
    "their worst day since the company listed in 2019",
    facts={"ar:record-fall": {}},
)
c(A, "Arvelle listed its shares in 2019.", "the company listed in 2019", d=[D(*Y2019, "2019")])
c(
    A,
    "The fall in Arvelle's shares wiped 2.1 billion euros off the company's value.",
    "The fall wiped 2.1 billion euros off the company's value",
    q=[Q("money", 2.1e9, 2.1e9, "EUR", "2.1 billion euros")],
    facts={"ar:wiped": WIPED},
)
c(A, "Miriam Oakes is Arvelle's chief executive.", "Miriam Oakes, Arvelle's chief executive", facts={"ar:ceo": {}})
c(
    A,
    "The news of the CADENCE-HF halt is deeply disappointing for patients and for everyone at Arvelle.",
    'called the news "deeply disappointing for patients and for everyone at Arvelle"',
    NP("Miriam Oakes", "called"),
    facts={"ar:disappointing": {}},
)
c(
    A,
    "At Arvelle, patient safety had to come first.",
    'Patient safety "had to come first"',
    NP("Oakes", "she said"),
    facts={"ar:safety": {}},
)
c(
    A,
    "Arvelle has no plans to cut jobs.",
    "the company had no plans to cut jobs",
    NP("Oakes", "said"),
    facts={"ar:jobs": {"fact": "no job cuts planned"}},
)
c(
    A,
    "Arvelle was founded in 2011.",
    "Arvelle was founded in 2011",
    d=[D(*Y2011, "2011")],
    facts={"ar:founded": FOUNDED_A},
)
c(
    A,
    "Arvelle was founded by a group of cardiologists from Lisvik University Hospital.",
    "by a group of cardiologists from Lisvik University Hospital",
)
c(
    A,
    "Arvelle has spent about 640 million euros developing corvanstat.",
    "It has spent about 640 million euros developing corvanstat",
    q=[Q("money", 640e6, 640e6, "EUR", "about 640 million euros")],
    facts={"ar:spent": {"quantity": qv("EUR", 640e6, 640e6)}},
)
c(
    A,
    "Corvanstat is a pill taken once a day.",
    "a pill taken once a day",
    q=[Q("other", 1, 1, "times", "once")],
    facts={"ar:once-daily": {}},
)
c(
    A,
    "Corvanstat was meant to keep heart failure patients out of hospital.",
    "that was meant to keep heart failure patients out of hospital",
    facts={"ar:design": {}},
)
c(
    A,
    "The CADENCE-HF trial began in 2025.",
    "The trial began in 2025",
    d=[D(*Y2025, "2025")],
    facts={"ar:started": {"date": dv(*Y2025)}},
)
c(
    A,
    "The CADENCE-HF trial was run in 31 countries.",
    "was run in 31 countries",
    q=[Q("count", 31, 31, None, "31 countries")],
    facts={"ar:countries": {"quantity": qv("n", 31, 31)}},
)
c(
    A,
    "The CADENCE-HF trial was run at 22 hospitals in Norvania.",
    "including at 22 hospitals in Norvania",
    q=[Q("count", 22, 22, None, "22 hospitals")],
)
c(
    A,
    "Arvelle paused a second study of corvanstat, in patients with chronic kidney disease.",
    "Arvelle also paused a second study of corvanstat, in patients with chronic kidney disease",
    q=[Q("other", 2, 2, "ordinal", "second")],
    facts={"ar:kidney": KIDNEY_PAUSED},
)
c(A, "Holloway Pharma is Arvelle's partner.", "Its partner, Holloway Pharma", facts={"ar:partner": {}})
c(
    A,
    "Holloway Pharma is assessing the implications of the CADENCE-HF halt for its agreement with Arvelle.",
    'said it was "assessing the implications" for its agreement with Arvelle',
    ORG("Holloway Pharma", "said"),
)
c(A, "Ruth Yanez is an analyst at Corbel Bank.", "Ruth Yanez, an analyst at Corbel Bank")
c(
    A,
    "Arvelle has enough cash to last into 2030.",
    "Arvelle had enough cash to last into 2030",
    NP("Ruth Yanez", "said"),
    d=[D(*Y2030, "2030")],
    facts={"ar:cash": {"date": dv(*Y2030)}},
)
c(
    A,
    "Investors will now look to Arvelle's other drugs in mid-stage trials.",
    "investors would now look to its two other drugs in mid-stage trials",
    NP("Ruth Yanez", "said"),
)
c(
    A,
    "Arvelle has two other drugs in mid-stage trials.",
    "its two other drugs in mid-stage trials",
    q=[Q("count", 2, 2, None, "two other drugs")],
    facts={"ar:other-drugs": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "Nobody expected a liver problem with a drug of corvanstat's kind.",
    "Nobody expected a liver problem with a drug of this kind",
    NP("Yanez", "said"),
)
c(
    A,
    "Heart failure affects about 260,000 people in Norvania.",
    "Heart failure affects about 260,000 people in Norvania",
    ORG("the Norvanian Heart Foundation", "according to"),
    q=[Q("count", 260000, 260000, None, "about 260,000 people")],
)
c(A, "Henrik Aalto had real hopes for corvanstat.", "We had real hopes for this pill", NP("Henrik Aalto", "said"))
c(A, "Henrik Aalto chairs the patients' group HeartLink.", "who chairs the patients' group HeartLink")
c(A, "Henrik Aalto took part in the CADENCE-HF trial in Lisvik.", "took part in the trial in Lisvik")
c(
    A,
    "Henrik Aalto felt well on corvanstat.",
    "he had felt well on the drug",
    NP("Henrik Aalto", "He said"),
)

# ---------------------------------------------------------------- Trial Signal (2028-06-09, Fri)
A = "cadence-signal"
art(
    A,
    SA,
    [
        "Trial Signal | Cardiometabolic | 9 June 2028 | 7 min read",
        "Get Trial Signal's daily briefing in your inbox. Sign up here.",
        "The safety signal",
        "What comes next",
        "The money",
        "About the author: Jakob Lind covers cardiometabolic drug development for Trial Signal.",
        "Related: Liver safety signals in late-stage trials, 2018-2028",
    ],
)
c(
    A,
    "Arvelle Therapeutics halted CADENCE-HF on 5 June 2028.",
    "Arvelle Therapeutics on Monday halted CADENCE-HF",
    d=[D(MON5, None, "on Monday")],
    facts={"ar:halt": HALT},
)
c(
    A,
    "CADENCE-HF is the phase 3 outcomes trial of corvanstat.",
    "the phase 3 outcomes trial of its oral heart failure drug corvanstat",
    q=[Q("other", 3, 3, "phase", "phase 3")],
    facts={"ar:late-stage": {}},
)
c(
    A,
    "Corvanstat is an oral drug for heart failure.",
    "its oral heart failure drug corvanstat",
    facts={"ar:indication": {}},
)
c(
    A,
    "CADENCE-HF's independent data monitoring committee recommended halting the trial.",
    "on the recommendation of the study's independent data monitoring committee (IDMC)",
    facts={"ar:idmc": {}},
)
c(
    A,
    "CADENCE-HF randomised 4,600 patients.",
    "The trial had randomised 4,600 patients",
    q=[Q("count", 4600, 4600, None, "4,600 patients")],
    facts={"ar:patients": {"quantity": qv("n", 4600, 4600)}},
)
c(A, "CADENCE-HF was run at 280 sites.", "at 280 sites", q=[Q("count", 280, 280, None, "280 sites")])
c(
    A,
    "CADENCE-HF was run in 31 countries.",
    "in 31 countries",
    q=[Q("count", 31, 31, None, "31 countries")],
    facts={"ar:countries": {"quantity": qv("n", 31, 31)}},
)
c(
    A,
    "CADENCE-HF compared corvanstat with placebo.",
    "to once-daily corvanstat or placebo",
    facts={"ar:placebo": {}},
)
c(
    A,
    "Corvanstat is taken once a day.",
    "once-daily corvanstat",
    q=[Q("other", 1, 1, "times", "once")],
    facts={"ar:once-daily": {}},
)
c(
    A,
    "CADENCE-HF started in September 2024.",
    "It started in September 2024",
    d=[D(*SEP24, "September 2024")],
    facts={"ar:started": {"date": dv(*SEP24)}},
)
c(
    A,
    "Topline results of CADENCE-HF had been due in the fourth quarter of 2029.",
    "topline results had been due in the fourth quarter of 2029",
    d=[D(*Q4_29, "the fourth quarter of 2029")],
    facts={"ar:results-due": {"date": dv(*Q4_29)}},
)
STATEMENT = DOC("Arvelle's statement", "according to")
c(
    A,
    "The IDMC saw 17 cases of serious drug-induced liver injury among the patients on corvanstat in CADENCE-HF.",
    "The IDMC saw 17 cases of serious drug-induced liver injury in the corvanstat arm",
    STATEMENT,
    q=[Q("count", 17, 17, None, "17 cases")],
    facts={"ar:cases-drug": {"quantity": qv("n", 17, 17)}},
)
c(
    A,
    "The IDMC saw three cases of serious liver injury on placebo in CADENCE-HF.",
    "against three on placebo",
    STATEMENT,
    q=[Q("count", 3, 3, None, "three")],
    facts={"ar:cases-placebo": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "Arvelle informed the Norvanian Medicines Agency of the CADENCE-HF findings in the week of 29 May 2028.",
    "which Arvelle informed last week",
    d=[D(*LASTWEEK_SIG, "last week")],
    facts={"ar:informed": {"date": dv(*LASTWEEK_SIG)}},
)
c(
    A,
    "The serious liver injury cases in CADENCE-HF occurred within three months of starting treatment.",
    "said on Wednesday that the cases had occurred within three months of starting treatment",
    ORG("The Norvanian Medicines Agency (NMA)", "said"),
    q=[Q("other", None, 3, "months", "within three months")],
    d=[D(WED7, None, "on Wednesday")],
    facts={"ar:three-months": {"quantity": qv("months", None, 3)}},
)
c(
    A,
    "The Norvanian Medicines Agency is reviewing all data on corvanstat.",
    "The agency is reviewing all data on the drug",
    facts={"ar:nma-review": {}},
)
c(
    A,
    "No deaths have been linked to corvanstat.",
    "No deaths have been linked to corvanstat",
    ORG("Arvelle", "said"),
    facts={"ar:deaths": NO_DEATHS},
)
c(
    A,
    "Arvelle has no mechanistic explanation yet for the liver injuries in CADENCE-HF.",
    'the company had "no mechanistic explanation yet" for the injuries',
    NP("Tomas Reddan", "told Trial Signal"),
)
c(
    A,
    "CADENCE-K is a smaller study of corvanstat in chronic kidney disease.",
    "CADENCE-K, a smaller study of corvanstat in chronic kidney disease",
)
c(
    A,
    "The CADENCE-K study of corvanstat in chronic kidney disease will continue with extra liver monitoring.",
    "will continue with extra liver monitoring",
    ORG("Arvelle", "said"),
    facts={"ar:kidney": KIDNEY_GOES_ON},
)
c(
    A,
    "The full CADENCE-HF data will be presented at a cardiology congress in November 2028.",
    "The full CADENCE-HF data will be presented at a cardiology congress in November",
    NP("Reddan", "said"),
    d=[D(*NOV28, "in November")],
)
c(A, "Holloway Pharma is Arvelle's partner.", "Holloway Pharma, Arvelle's partner", facts={"ar:partner": {}})
c(
    A,
    "Holloway Pharma paid €350m upfront in 2026 for the rights to corvanstat outside Norvania.",
    "paid €350m upfront in 2026 for the rights outside Norvania",
    q=[Q("money", 350e6, 350e6, "EUR", "€350m")],
    d=[D(*Y2026, "2026")],
    facts={"ar:upfront": {"quantity": qv("EUR", 350e6, 350e6), "date": dv(*Y2026)}},
)
c(
    A,
    "Holloway Pharma could hand its rights to corvanstat back to Arvelle.",
    "Holloway could now hand those rights back",
    NP("Ruth Yanez", "according to"),
)
c(
    A,
    "Corvanstat could reach peak annual sales of €2.5bn.",
    "She had forecast peak annual sales of €2.5bn for corvanstat",
    NP("Ruth Yanez", "had forecast"),
    q=[Q("money", 2.5e9, 2.5e9, "EUR", "€2.5bn")],
    facts={"ar:peak-sales": {"quantity": qv("EUR", 2.5e9, 2.5e9)}},
)
c(
    A,
    "Arvelle shares fell 38% on 5 June 2028.",
    "Arvelle shares fell 38% on Monday",
    q=[Q("percent", 38, 38, "%", "38%")],
    d=[D(MON5, None, "on Monday")],
    facts={"ar:shares": {"quantity": qv("%", 38, 38)}},
)
c(A, "Arvelle shares have not recovered since 5 June 2028.", "have not recovered since")
c(
    A,
    "Arvelle has spent €610m on corvanstat since 2016.",
    "The company has spent €610m on corvanstat since 2016",
    q=[Q("money", 610e6, 610e6, "EUR", "€610m")],
    d=[D(*Y2016, "2016")],
    facts={"ar:spent": {"quantity": qv("EUR", 610e6, 610e6)}},
)
c(
    A,
    "Arvelle has three other drug candidates in phase 2 trials.",
    "has three other candidates in phase 2 trials",
    q=[Q("count", 3, 3, None, "three other candidates"), Q("other", 2, 2, "phase", "phase 2")],
    facts={"ar:other-drugs": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "Arvelle is preparing to cut about 300 jobs.",
    "Arvelle is preparing to cut about 300 of its 1,900 jobs",
    AN("two people familiar with the plans", "said"),
    q=[Q("count", 300, 300, None, "about 300")],
    facts={"ar:jobs": {"fact": "job cuts being prepared"}},
)
c(
    A,
    "Arvelle has 1,900 jobs.",
    "its 1,900 jobs",
    q=[Q("count", 1900, 1900, None, "1,900 jobs")],
    facts={"ar:staff": {"quantity": qv("n", 1900, 1900)}},
)
c(
    A,
    "Miriam Oakes has been Arvelle's chief executive since 2021.",
    "Miriam Oakes, Arvelle's chief executive since 2021",
    d=[D(*Y2021, "2021")],
    facts={"ar:ceo": {}},
)
c(
    A,
    "Arvelle will refocus, not retreat.",
    'said on Tuesday the company would "refocus, not retreat"',
    NP("Miriam Oakes", "said"),
    d=[D(TUE6, None, "on Tuesday")],
)
c(A, "Arvelle was founded in 2011.", "Arvelle, founded in 2011", d=[D(*Y2011, "2011")], facts={"ar:founded": FOUNDED_A})
c(
    A,
    "Arvelle will set out a new strategy at an investor day on 28 June 2028.",
    "will set out a new strategy at an investor day on 28 June",
    d=[D(JUN28, None, "28 June")],
)
c(
    A,
    "A liver signal this late in drug development is every trial sponsor's nightmare.",
    "A liver signal this late in development is every sponsor's nightmare",
    NP("Dr Paula Renner", "said"),
)
c(
    A,
    "Dr Paula Renner is a hepatologist at Lisvik University Hospital.",
    "Dr Paula Renner, a hepatologist at Lisvik University Hospital",
)
c(A, "Dr Paula Renner was not involved in the CADENCE-HF study.", "who was not involved in the study")

NOTES["ar:patients"] = "patients enrolled: about 4,200 (HNS) = 4,200 (Times) vs 4,600 (Trial Signal)"
NOTES["ar:cases-drug"] = (
    "serious liver-injury cases on corvanstat: 14 (HNS, Arvelle) vs 17 (Trial Signal, Arvelle's statement)"
)
NOTES["ar:shares"] = "share fall on 5 June: 38% (HNS; Trial Signal) vs 41 per cent (Times)"
NOTES["ar:upfront"] = "Holloway's upfront payment in 2026: €300m (HNS) vs €350m (Trial Signal)"
NOTES["ar:spent"] = "spent on corvanstat: about 640 million euros (Times) vs €610m (Trial Signal)"
NOTES["ar:other-drugs"] = (
    "other drugs in mid-stage trials: two (Times) vs three other candidates in phase 2 (Trial Signal)"
)
NOTES["ar:informed"] = (
    "the NMA informed: on Friday 2 June (HNS, the company) vs on Sunday 4 June (Times, according to the agency);"
    " last week, 29 May - 4 June (Trial Signal) agrees with both"
)
NOTES["ar:started"] = "the trial began: March 2025 (HNS) / 2025 (Times) vs September 2024 (Trial Signal)"
NOTES["ar:results-due"] = "results due: the first half of 2029 (HNS) vs the fourth quarter of 2029 (Trial Signal)"
NOTES["ar:three-months"] = (
    "liver injuries within three months of treatment: chief medical officer Tomas Reddan (HNS) vs the NMA (Trial"
    " Signal)"
)
NOTES["ar:stop-taking"] = "patients told to stop taking corvanstat: Arvelle (HNS) vs the NMA (Times)"
NOTES["ar:peak-sales"] = (
    "peak annual sales of €2.5bn: Halberd Securities analyst Jonas Pike (HNS) vs Corbel Bank analyst Ruth Yanez"
    " (Trial Signal)"
)
NOTES["ar:cash"] = "enough cash into 2030: Miriam Oakes (HNS) vs Corbel Bank analyst Ruth Yanez (Times)"
NOTES["ar:deaths"] = (
    "deaths: two patients on corvanstat died of liver failure (HNS; Times standfirst and body, Arvelle) vs no"
    " deaths linked to corvanstat (Trial Signal, Arvelle)"
)
NOTES["ar:kidney"] = (
    "the kidney-disease study: paused (HNS, Arvelle; Times) vs will continue with extra liver monitoring (Trial"
    " Signal, Arvelle)"
)
NOTES["ar:jobs"] = (
    "jobs: no plans to cut jobs (Times, Oakes) vs preparing to cut about 300 jobs (Trial Signal, two people"
    " familiar with the plans)"
)

# =====================================================================
# Story B: Petrel Airways collapses (Thu 14 September 2028)
# =====================================================================
SB = "petrel-airways-collapse-2028"
THU14 = "2028-09-14"  # collapse, grounding
WED13 = "2028-09-13"
TUE12 = "2028-09-12"
SEP11 = "2028-09-11"
SUN17 = "2028-09-17"
SEP28 = "2028-09-28"
AUG31 = "2028-08-31"
OCT31 = "2028-10-31"
XMAS = "2028-12-25"
LASTWEEK_ONA = ("2028-09-04", "2028-09-10")  # "last week" from Thu 14 Sep
THISWEEK_COU = ("2028-09-11", "2028-09-17")  # "this week" from Fri 15 Sep
NEXTWEEK_COU = ("2028-09-18", "2028-09-24")  # "next week" from Fri 15 Sep
AUG28 = ("2028-08-01", "2028-08-31")
H1_28 = ("2028-01-01", "2028-06-30")
Y2009 = ("2009-01-01", "2009-12-31")
Y2011B = ("2011-01-01", "2011-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
SECOND = {"quantity": qv("ordinal", 2, 2)}
LOAN_REFUSED = {"quantity": qv("EUR", 150e6, 150e6), "fact": "request for a loan refused"}
STAFF_UNPAID = {"fact": "August salaries not paid"}
PAX27 = {"quantity": qv("n", 6.8e6, 6.8e6), "date": dv(*Y2027)}

# ---------------------------------------------------------------- Orrin News Agency (2028-09-14, Thu)
A = "petrel-ona"
art(
    A,
    SB,
    [
        "By Nils Harrow | Thursday 14 September 2028, 06:48 CET | Updated 15:20 CET",
        "Read more: Europe's low-cost airlines squeezed by fuel and labour costs",
        "(Reporting by Nils Harrow and Ada Kuusk; editing by Tomas Brell)",
    ],
)
c(
    A,
    "Petrel Airways collapsed on 14 September 2028.",
    "Petrel Airways, Tarvania's second-largest airline, collapsed on Thursday",
    d=[D(THU14, None, "on Thursday")],
    facts={"pa:collapse": {"date": dv(THU14)}},
)
c(
    A,
    "Petrel Airways is Tarvania's second-largest airline.",
    "Tarvania's second-largest airline",
    q=[Q("other", 2, 2, "ordinal", "second")],
    facts={"pa:second-largest": SECOND},
)
c(A, "Petrel Airways grounded all its flights.", "grounded all its flights", facts={"pa:grounded": {}})
c(
    A,
    "About 85,000 Petrel passengers were left stranded abroad.",
    "About 85,000 passengers were left stranded abroad",
    NP("Ilse Marrin", "said"),
    q=[Q("count", 85000, 85000, None, "About 85,000 passengers")],
    facts={"pa:stranded": {"quantity": qv("n", 85000, 85000)}},
)
c(A, "Petrel Airways is a low-cost carrier.", "The low-cost carrier", facts={"pa:lowcost": {}})
AIRLINE = ORG("Petrel", "the airline said")
c(
    A,
    "Petrel Airways filed for insolvency at the Brennport District Court late on 13 September 2028.",
    "filed for insolvency at the Brennport District Court late on Wednesday",
    AIRLINE,
    d=[D(WED13, None, "on Wednesday")],
    facts={"pa:insolvency": {"date": dv(WED13)}},
)
c(
    A,
    "Rescue talks between Petrel Airways and Alcyon Capital broke down on 12 September 2028.",
    "rescue talks with the investment firm Alcyon Capital broke down on Tuesday",
    AIRLINE,
    d=[D(TUE12, None, "on Tuesday")],
    facts={"pa:talks": {"date": dv(TUE12)}},
)
c(
    A,
    "Petrel Airways has run out of options and out of time.",
    "We have run out of options and out of time",
    NP("Marten Quayle", "said in a statement"),
)
c(
    A,
    "Marten Quayle apologised to Petrel's passengers and staff.",
    "He apologised to passengers and staff",
    facts={"pa:apology": {}},
)
c(
    A,
    "Higher fuel costs and weak summer bookings caused Petrel's collapse.",
    "blamed higher fuel costs and weak summer bookings for the collapse",
    NP("Marten Quayle", "blamed"),
    facts={"pa:cause": {}},
)
c(
    A,
    "Merrow Hale was appointed as Petrel's administrator.",
    "The accountancy firm Merrow Hale was appointed as administrator",
    facts={"pa:administrator": {}},
)
c(A, "Daniel Kerr is a partner at Merrow Hale.", "Daniel Kerr, a partner at Merrow Hale")
c(
    A,
    "Petrel owed creditors about €420m.",
    "Petrel owed creditors about €420m",
    NP("Daniel Kerr", "said"),
    q=[Q("money", 420e6, 420e6, "EUR", "about €420m")],
    facts={"pa:debts": {"quantity": qv("EUR", 420e6, 420e6)}},
)
c(
    A,
    "Several airlines have expressed interest in Petrel's take-off and landing slots at Brennport airport.",
    "Several airlines had already expressed interest in Petrel's take-off and landing slots at Brennport airport",
    NP("Kerr", "said"),
    facts={"pa:slots": {"fact": "several airlines interested"}},
)
c(
    A,
    "All 3,400 Petrel employees have been told not to report for work.",
    "All 3,400 Petrel employees have been told not to report for work",
    NP("Kerr", "he said"),
    q=[Q("count", 3400, 3400, None, "3,400 Petrel employees")],
    facts={"pa:staff": {"quantity": qv("n", 3400, 3400)}},
)
c(
    A,
    "The TCAA will charter aircraft to fly stranded Petrel passengers home in a two-week operation.",
    "will charter aircraft to fly stranded passengers home in a two-week operation",
    NP("Marrin", "told reporters"),
    q=[Q("other", 14, 14, "days", "two-week")],
    facts={"pa:airlift": {"quantity": qv("days", 14, 14)}},
)
c(
    A,
    "No stranded Petrel passenger will be left behind.",
    "Nobody will be left behind",
    NP("Marrin", "she said"),
    facts={"pa:nobody-left": {}},
)
c(
    A,
    "The repatriation of stranded Petrel passengers will cost the state around €60m.",
    "The repatriation will cost the state around €60m",
    NP("Marrin", "according to"),
    q=[Q("money", 60e6, 60e6, "EUR", "around €60m")],
    facts={"pa:cost": {"quantity": qv("EUR", 60e6, 60e6)}},
)
MINISTER = NP("Ilse Marrin", "the minister said")
c(
    A,
    "The government rejected Petrel's request for a €150m emergency loan in the week of 4 September 2028.",
    "The government rejected Petrel's request for a €150m emergency loan last week",
    MINISTER,
    q=[Q("money", 150e6, 150e6, "EUR", "€150m")],
    d=[D(*LASTWEEK_ONA, "last week")],
    facts={"pa:loan": LOAN_REFUSED},
)
c(
    A,
    "The government rejected Petrel's loan request because Petrel could not show it would survive the winter.",
    "because the airline could not show it would survive the winter",
    MINISTER,
)
c(
    A,
    "About 1.2 million future Petrel bookings have been cancelled.",
    "About 1.2 million future bookings have been cancelled",
    q=[Q("count", 1.2e6, 1.2e6, None, "About 1.2 million")],
    facts={"pa:bookings": {"quantity": qv("n", 1.2e6, 1.2e6)}},
)
c(
    A,
    "Petrel passengers who paid by credit card should claim refunds from their card issuer.",
    "Passengers who paid by credit card should claim refunds from their card issuer",
    ORG("TCAA", "the TCAA said"),
    facts={"pa:refunds": {}},
)
c(
    A,
    "The first repatriation flights for stranded Petrel passengers were due to leave on the evening of 14 September"
    " 2028.",
    "The first repatriation flights were due to leave on Thursday evening",
    d=[D(THU14, None, "on Thursday")],
    facts={"pa:airlift-start": {"date": dv(THU14)}},
)
c(
    A,
    "Petrel was founded in 2009.",
    "which was founded in 2009",
    d=[D(*Y2009, "2009")],
    facts={"pa:founded": {"date": dv(*Y2009)}},
)
c(
    A,
    "Petrel carried 6.8 million passengers in 2027.",
    "carried 6.8 million passengers last year",
    q=[Q("count", 6.8e6, 6.8e6, None, "6.8 million passengers")],
    d=[D(*Y2027, "last year")],
    facts={"pa:pax-2027": PAX27},
)
c(
    A,
    "Petrel flew 38 aircraft.",
    "flew 38 aircraft",
    q=[Q("count", 38, 38, None, "38 aircraft")],
    facts={"pa:fleet": {"quantity": qv("n", 38, 38)}},
)
c(
    A,
    "Petrel flew 120 routes.",
    "on 120 routes",
    q=[Q("count", 120, 120, None, "120 routes")],
    facts={"pa:routes": {"quantity": qv("n", 120, 120)}},
)
c(
    A,
    "Petrel's collapse is the largest airline failure in Tarvania's history.",
    "Its collapse is the largest airline failure in Tarvania's history",
)
c(
    A,
    "Departure boards at Brennport airport showed every Petrel flight as cancelled on the morning of 14 September"
    " 2028.",
    "departure boards showed every Petrel flight as cancelled on Thursday morning",
    d=[D(THU14, None, "on Thursday")],
)
c(
    A,
    "Petrel's website carried only a short notice telling customers not to travel to the airport.",
    "the airline's website carried only a short notice telling customers not to travel to the airport",
)
c(
    A,
    "The Tarvanian Pilots' Association represents about 600 Petrel pilots.",
    "which represents about 600 Petrel pilots",
    q=[Q("count", 600, 600, None, "about 600 Petrel pilots")],
)
c(
    A,
    "Petrel's collapse was years in the making.",
    'said the collapse was "years in the making"',
    ORG("The Tarvanian Pilots' Association (TPA)", "said"),
)
c(
    A,
    "Petrel pilots accepted a 10% pay cut in March 2028 to keep the airline flying.",
    "Pilots had accepted a 10% pay cut in March to keep the airline flying",
    ORG("The Tarvanian Pilots' Association (TPA)", "the union said"),
    q=[Q("percent", 10, 10, "%", "10%")],
    d=[D("2028-03-01", "2028-03-31", "in March")],
)
c(
    A,
    "Brennport Airport Group owns Brennport airport.",
    "which owns the airline's home base",
    facts={"pa:airport-group": {}},
)
c(A, "Brennport airport is Petrel's home base.", "which owns the airline's home base", facts={"pa:based": {}})
c(
    A,
    "Shares in Brennport Airport Group fell 9% in early trading on 14 September 2028.",
    "Shares in Brennport Airport Group, which owns the airline's home base, fell 9% in early trading",
    q=[Q("percent", 9, 9, "%", "9%")],
)

# ---------------------------------------------------------------- The Tarvanian Courier (2028-09-15, Fri)
A = "petrel-courier"
art(
    A,
    SB,
    [
        "By Mirela Dask, Transport Editor | Friday 15 September 2028",
        "[Photo: Grounded Petrel jets on the apron at Brennport airport yesterday. Photo: Courier/Jon Evers]",
        "Read more: What to do if you are stranded abroad",
        "Comment: The state should not bail out failing airlines, but it must bring people home",
    ],
)
c(A, "The state airlift of stranded Petrel passengers is under way.", "The state airlift is under way")
c(
    A,
    "Petrel staff were never paid for August 2028.",
    "staff say they were never paid for August",
    AN("staff", "say"),
    d=[D(*AUG28, "August")],
    facts={"pa:unpaid": STAFF_UNPAID},
)
c(
    A,
    "Petrel Airways ceased trading on 14 September 2028.",
    "Petrel Airways ceased trading yesterday",
    d=[D(THU14, None, "yesterday")],
    facts={"pa:collapse": {"date": dv(THU14)}},
)
c(A, "Petrel Airways grounded its fleet.", "grounded its fleet", facts={"pa:grounded": {}})
c(
    A,
    "Around 85,000 Petrel travellers are stuck abroad.",
    "Around 85,000 travellers are stuck abroad",
    ORG("the Tarvanian Civil Aviation Authority (TCAA)", "according to"),
    q=[Q("count", 85000, 85000, None, "Around 85,000 travellers")],
    facts={"pa:stranded": {"quantity": qv("n", 85000, 85000)}},
)
c(A, "Petrel is based in Brennport.", "The Brennport-based budget airline", facts={"pa:based": {}})
c(A, "Petrel is a budget airline.", "The Brennport-based budget airline", facts={"pa:lowcost": {}})
c(
    A,
    "Petrel is the second-largest airline in Tarvania.",
    "the second-largest in the country",
    q=[Q("other", 2, 2, "ordinal", "second")],
    facts={"pa:second-largest": SECOND},
)
c(
    A,
    "Petrel filed for insolvency in the early hours of 14 September 2028.",
    "filed for insolvency in the early hours of Thursday",
    d=[D(THU14, None, "Thursday")],
    facts={"pa:insolvency": {"date": dv(THU14)}},
)
c(
    A,
    "Petrel was founded in 2011.",
    "Petrel was founded in 2011",
    d=[D(*Y2011B, "2011")],
    facts={"pa:founded": {"date": dv(*Y2011B)}},
)
c(A, "Petrel grew quickly on cheap flights to the sun.", "grew quickly on cheap flights to the sun")
c(
    A,
    "All 3,400 Petrel employees have lost their jobs.",
    "All 3,400 employees have lost their jobs",
    q=[Q("count", 3400, 3400, None, "3,400 employees")],
    facts={"pa:staff": {"quantity": qv("n", 3400, 3400)}},
)
c(
    A,
    "Petrel staff had not been paid their August 2028 salaries.",
    "staff had not been paid their August salaries",
    ORG("The Tarvanian Pilots' Association (TPA)", "said"),
    d=[D(*AUG28, "August")],
    facts={"pa:unpaid": STAFF_UNPAID},
)
c(
    A,
    "Marten Quayle apologised to Petrel's customers and staff in an email sent before dawn.",
    "Chief executive Marten Quayle apologised to customers and staff in an email sent before dawn",
    facts={"pa:apology": {}},
)
c(
    A,
    "Rescue talks between Petrel and Alcyon Capital broke down in the week of 11 September 2028.",
    "Rescue talks with the investment firm Alcyon Capital broke down this week",
    d=[D(*THISWEEK_COU, "this week")],
    facts={"pa:talks": {"date": dv(*THISWEEK_COU)}},
)
c(A, "Petrel ran out of cash.", "the airline ran out of cash")
c(
    A,
    "Petrel never asked the state for financial help.",
    "Petrel had never asked the state for financial help",
    ORG("A Transport Ministry spokesman", "said"),
    facts={"pa:loan": {"fact": "never asked the state for help"}},
)
c(
    A,
    "The TCAA has chartered 40 aircraft for a ten-day repatriation operation.",
    "The TCAA has chartered 40 aircraft for a ten-day repatriation operation",
    q=[Q("count", 40, 40, None, "40 aircraft"), Q("other", 10, 10, "days", "ten-day")],
    facts={"pa:airlift": {"quantity": qv("days", 10, 10)}},
)
c(
    A,
    "The repatriation operation began on 14 September 2028 with 31 flights.",
    "which began yesterday with 31 flights",
    q=[Q("count", 31, 31, None, "31 flights")],
    d=[D(THU14, None, "yesterday")],
    facts={"pa:airlift-start": {"date": dv(THU14)}},
)
c(
    A,
    "The repatriation operation will cost about €60m.",
    "The operation will cost about €60m",
    ORG("TCAA", "the TCAA said"),
    q=[Q("money", 60e6, 60e6, "EUR", "about €60m")],
    facts={"pa:cost": {"quantity": qv("EUR", 60e6, 60e6)}},
)
c(
    A,
    "No stranded Petrel passenger will be left behind.",
    'promised that "nobody will be left behind"',
    NP("Ilse Marrin", "promised"),
    facts={"pa:nobody-left": {}},
)
c(
    A,
    "Customers who bought a package holiday that included Petrel flights will get their money back from the Travel"
    " Guarantee Fund.",
    "Customers who bought a package holiday that included Petrel flights will get their money back from the Travel"
    " Guarantee Fund",
    ORG("TCAA", "the TCAA said"),
    facts={"pa:package": {"fact": "covered by the Travel Guarantee Fund"}},
)
c(
    A,
    "Petrel passengers who paid by credit card can ask their card issuer for a refund.",
    "Passengers who paid by credit card can ask their card issuer for a refund",
    facts={"pa:refunds": {}},
)
c(
    A,
    "Petrel owed about 420 million euros to creditors.",
    "Petrel owed about 420 million euros to creditors",
    ORG("Merrow Hale", "according to"),
    q=[Q("money", 420e6, 420e6, "EUR", "about 420 million euros")],
    facts={"pa:debts": {"quantity": qv("EUR", 420e6, 420e6)}},
)
c(A, "Merrow Hale are Petrel's administrators.", "its administrators, Merrow Hale", facts={"pa:administrator": {}})
c(
    A,
    "Petrel accounted for about 30 per cent of all flights at Brennport airport.",
    "where Petrel accounted for about 30 per cent of all flights",
    q=[Q("percent", 30, 30, "%", "about 30 per cent")],
)
c(
    A,
    "The departure hall at Brennport airport was almost empty on 14 September 2028.",
    "the departure hall was almost empty yesterday",
    d=[D(THU14, None, "yesterday")],
)
c(
    A,
    "Other airlines will take over some of Petrel's routes from Brennport within weeks.",
    "other airlines would take over some routes within weeks",
    ORG("The airport's operator", "said"),
)
c(A, "Elsa Rinne is stranded abroad after Petrel's collapse.", "Among those stranded is Elsa Rinne")
c(A, "Elsa Rinne is a teacher from Osterby.", "Elsa Rinne, a teacher from Osterby")
c(
    A,
    "Elsa Rinne is stuck on the island of Melisande with her two children.",
    "who is stuck on the island of Melisande with her two children",
    q=[Q("count", 2, 2, None, "two children")],
)
RINNE = NP("Elsa Rinne", "she said")
c(
    A,
    "Elsa Rinne was told at the gate that her Petrel plane did not exist any more.",
    "We were told at the gate that our plane did not exist any more",
    RINNE,
)
c(A, "Nobody from Petrel has called Elsa Rinne.", "Nobody from Petrel has called us", RINNE)
c(
    A,
    "Jonas Ekberg has flown Petrel's Brennport to Caldera route almost weekly for six years.",
    "who has flown Petrel's Brennport to Caldera route almost weekly for six years",
    q=[Q("other", 6, 6, "years", "six years")],
)
c(
    A,
    "Jonas Ekberg will miss Petrel's prices but not its punctuality.",
    "said he would miss the airline's prices but not its punctuality",
    NP("Jonas Ekberg", "said"),
)
c(A, "Jonas Ekberg is a sales manager.", "Mr Ekberg, a sales manager")
c(
    A,
    "Jonas Ekberg has paid twice as much for a seat on a rival airline for a flight in the week of 18 September 2028.",
    "he had already paid twice as much for a seat on a rival airline next week",
    NP("Ekberg", "said"),
    q=[Q("other", 2, 2, "times", "twice")],
    d=[D(*NEXTWEEK_COU, "next week")],
)
c(
    A,
    "The Tarvanian government watched Petrel sink for a year and did nothing.",
    '"watched Petrel sink for a year and done nothing"',
    NP("Hanna Lyng", "said"),
    q=[Q("other", 1, 1, "years", "a year")],
)

# ---------------------------------------------------------------- Aviation Ledger (2028-09-18, Mon)
A = "petrel-ledger"
art(
    A,
    SB,
    [
        "Aviation Ledger | Airlines | 18 September 2028 | 6 min read",
        "Share: X | LinkedIn | Email",
        "The end",
        "The debts",
        "The slots",
        "The airlift",
        "Sign up for the Ledger Daily: airline news before your first coffee.",
        "About the author: Owen Faraday covers European airlines for Aviation Ledger.",
        "Related: Airline failures in Europe since 2017",
    ],
)
c(A, "Petrel Airways is based in Brennport.", "the Brennport-based low-cost carrier", facts={"pa:based": {}})
c(A, "Petrel Airways is a low-cost carrier.", "the Brennport-based low-cost carrier", facts={"pa:lowcost": {}})
c(
    A,
    "Petrel Airways stopped flying on 14 September 2028.",
    "Petrel Airways, the Brennport-based low-cost carrier, stopped flying on Thursday",
    d=[D(THU14, None, "on Thursday")],
    facts={"pa:grounded": {"date": dv(THU14)}},
)
c(
    A,
    "Petrel Airways filed for insolvency on the night of 13 September 2028.",
    "after filing for insolvency on Wednesday night",
    d=[D(WED13, None, "on Wednesday")],
    facts={"pa:insolvency": {"date": dv(WED13)}},
)
c(
    A,
    "Petrel was founded in 2009.",
    "Founded in 2009",
    d=[D(*Y2009, "2009")],
    facts={"pa:founded": {"date": dv(*Y2009)}},
)
c(
    A,
    "Petrel operated 38 Airbus narrowbody jets.",
    "Petrel operated 38 Airbus narrowbody jets",
    q=[Q("count", 38, 38, None, "38 Airbus narrowbody jets")],
    facts={"pa:fleet": {"quantity": qv("n", 38, 38)}},
)
c(
    A,
    "Petrel flew 120 routes.",
    "on 120 routes",
    q=[Q("count", 120, 120, None, "120 routes")],
    facts={"pa:routes": {"quantity": qv("n", 120, 120)}},
)
c(
    A,
    "Petrel flew from six Tarvanian airports.",
    "from six Tarvanian airports",
    q=[Q("count", 6, 6, None, "six Tarvanian airports")],
)
c(
    A,
    "Petrel carried 6.8 million passengers in 2027.",
    "carried 6.8 million passengers in 2027",
    q=[Q("count", 6.8e6, 6.8e6, None, "6.8 million passengers")],
    d=[D(*Y2027, "2027")],
    facts={"pa:pax-2027": PAX27},
)
c(
    A,
    "Petrel was Tarvania's second-largest airline.",
    "making it the country's second-largest airline",
    q=[Q("other", 2, 2, "ordinal", "second")],
    facts={"pa:second-largest": SECOND},
)
c(
    A,
    "Rescue talks between Petrel and Alcyon Capital collapsed on 11 September 2028.",
    "Rescue talks with Alcyon Capital, a private equity firm that had offered to take a 49% stake, collapsed on 11"
    " September",
    d=[D(SEP11, None, "11 September")],
    facts={"pa:talks": {"date": dv(SEP11)}},
)
c(A, "Alcyon Capital is a private equity firm.", "Alcyon Capital, a private equity firm")
c(
    A,
    "Alcyon Capital had offered to take a 49% stake in Petrel.",
    "that had offered to take a 49% stake",
    q=[Q("percent", 49, 49, "%", "49%")],
)
c(
    A,
    "The government turned down a request for a €150m state-backed loan for Petrel.",
    "The government had already turned down a request for a €150m state-backed loan",
    AN("two people familiar with the talks", "said"),
    q=[Q("money", 150e6, 150e6, "EUR", "€150m")],
    facts={"pa:loan": LOAN_REFUSED},
)
c(
    A,
    "Fuel costs and a weak summer caused Petrel's collapse.",
    "Fuel costs and a weak summer sank the airline",
    NP("Daniel Kerr", "told Aviation Ledger"),
    facts={"pa:cause": {}},
)
c(
    A,
    "Jet fuel prices rose by about 30% in the first half of 2028.",
    "Jet fuel prices rose by about 30% in the first half of 2028",
    q=[Q("percent", 30, 30, "%", "about 30%")],
    d=[D(*H1_28, "the first half of 2028")],
)
KERR_L = NP("Kerr", "said")
c(
    A,
    "Petrel lost money in each of the past three years.",
    "Petrel had lost money in each of the past three years",
    KERR_L,
    q=[Q("other", 3, 3, "years", "three years")],
)
c(
    A,
    "Petrel's cash had fallen to about €12m by 31 August 2028.",
    "its cash had fallen to about €12m by the end of August",
    KERR_L,
    q=[Q("money", 12e6, 12e6, "EUR", "about €12m")],
    d=[D(AUG31, None, "the end of August")],
)
CREDITORS = DOC("a creditors' list filed with the court", "according to")
c(
    A,
    "Petrel owes more than €450m.",
    "Petrel owes more than €450m",
    CREDITORS,
    q=[Q("money", 450e6, None, "EUR", "more than €450m")],
    facts={"pa:debts": {"quantity": qv("EUR", 450e6, None)}},
)
c(
    A,
    "Petrel owes about €180m to aircraft lessors.",
    "including about €180m to aircraft lessors",
    CREDITORS,
    q=[Q("money", 180e6, 180e6, "EUR", "about €180m")],
)
c(
    A,
    "Petrel's 3,100 staff were laid off on 14 September 2028.",
    "Its 3,100 staff were laid off on Thursday",
    q=[Q("count", 3100, 3100, None, "3,100 staff")],
    d=[D(THU14, None, "on Thursday")],
    facts={"pa:staff": {"quantity": qv("n", 3100, 3100)}},
)
c(
    A,
    "Petrel staff had not been paid their August 2028 salaries.",
    "Petrel staff had not been paid their August salaries",
    ORG("Unicab", "said"),
    d=[D(*AUG28, "August")],
    facts={"pa:unpaid": STAFF_UNPAID},
)
c(
    A,
    "Petrel's most valuable asset is its portfolio of take-off and landing slots at Brennport airport.",
    "The airline's most valuable asset is its portfolio of take-off and landing slots at Brennport airport",
)
c(
    A,
    "No airline has so far shown interest in Petrel's slots at Brennport airport.",
    "No airline has so far shown interest in them",
    NP("Kerr", "Kerr said"),
    facts={"pa:slots": {"fact": "no airline interested"}},
)
c(A, "Brennport Airport Group runs Brennport airport.", "which runs the airport", facts={"pa:airport-group": {}})
c(
    A,
    "Brennport Airport Group will hold Petrel's slots open until 31 October 2028.",
    "will hold the slots open until the end of October",
    d=[D(OCT31, None, "the end of October")],
)
c(A, "Aircraft lessors have begun repossessing Petrel's jets.", "The lessors have begun repossessing the jets")
c(
    A,
    "Most of Petrel's jets are less than eight years old.",
    "most of which are less than eight years old",
    q=[Q("other", None, 8, "years", "less than eight years")],
)
c(
    A,
    "The TCAA has chartered aircraft from four airlines for a two-week airlift of stranded Petrel passengers.",
    "has chartered aircraft from four airlines for a two-week airlift",
    q=[Q("count", 4, 4, None, "four airlines"), Q("other", 14, 14, "days", "two-week")],
    facts={"pa:airlift": {"quantity": qv("days", 14, 14)}},
)
c(
    A,
    "By 17 September 2028 the TCAA had brought home about 62,000 stranded Petrel passengers.",
    "By Sunday, the TCAA had brought home about 62,000",
    q=[Q("count", 62000, 62000, None, "about 62,000")],
    d=[D(SUN17, None, "Sunday")],
)
c(
    A,
    "110,000 Petrel passengers were stranded abroad.",
    "the 110,000 passengers stranded abroad",
    q=[Q("count", 110000, 110000, None, "110,000 passengers")],
    facts={"pa:stranded": {"quantity": qv("n", 110000, 110000)}},
)
c(
    A,
    "The last repatriation flight for stranded Petrel passengers is scheduled for 28 September 2028.",
    "The last repatriation flight is scheduled for 28 September",
    d=[D(SEP28, None, "28 September")],
)
c(
    A,
    "About 1.2 million future Petrel bookings were cancelled.",
    "About 1.2 million future bookings were cancelled",
    q=[Q("count", 1.2e6, 1.2e6, None, "About 1.2 million")],
    facts={"pa:bookings": {"quantity": qv("n", 1.2e6, 1.2e6)}},
)
c(
    A,
    "Petrel's own package holidays are not covered by the Travel Guarantee Fund.",
    "Petrel's own package holidays are not covered by the Travel Guarantee Fund",
    ORG("TCAA", "has since clarified"),
    facts={"pa:package": {"fact": "not covered by the Travel Guarantee Fund"}},
)
c(
    A,
    "Analysts expect Petrel's rivals to move quickly.",
    "Analysts expect rivals to move quickly",
    AN("Analysts", "expect"),
)
c(
    A,
    "Half of Petrel's routes will be flown by another airline before Christmas 2028.",
    "Half of Petrel's routes will be flown by someone else before Christmas",
    NP("Sofia Marchetti", "said"),
    q=[Q("percent", 50, 50, "%", "Half")],
    d=[D(XMAS, None, "before Christmas")],
)
c(
    A,
    "Sofia Marchetti is an airline analyst at Kestrel Partners.",
    "Sofia Marchetti, an airline analyst at Kestrel Partners",
)

NOTES["pa:stranded"] = (
    "passengers stranded abroad: about 85,000 (ONA, Transport Minister Ilse Marrin) vs around 85,000 (Courier,"
    " the TCAA) vs 110,000 (Aviation Ledger)"
)
NOTES["pa:staff"] = "Petrel's workforce: 3,400 (ONA, Kerr; Courier) vs 3,100 (Aviation Ledger)"
NOTES["pa:debts"] = (
    "debts: about €420m (ONA, Kerr) = about 420 million euros (Courier, Merrow Hale) vs more than €450m (Aviation"
    " Ledger, the creditors' list)"
)
NOTES["pa:airlift"] = "length of the TCAA operation: two weeks (ONA, Marrin; Aviation Ledger) vs ten days (Courier)"
NOTES["pa:insolvency"] = (
    "insolvency filing: late on Wednesday 13 September (ONA, the airline; Aviation Ledger) vs the early hours of"
    " Thursday 14 September (Courier)"
)
NOTES["pa:talks"] = (
    "rescue talks broke down: Tuesday 12 September (ONA) vs 11 September (Aviation Ledger); 'this week' (Courier)"
    " agrees with both"
)
NOTES["pa:founded"] = "Petrel founded: 2009 (ONA; Aviation Ledger) vs 2011 (Courier)"
NOTES["pa:cost"] = "the repatriation costs about €60m: Transport Minister Ilse Marrin (ONA) vs the TCAA (Courier)"
NOTES["pa:cause"] = (
    "fuel costs and weak summer bookings caused the collapse: Chief Executive Marten Quayle (ONA) vs administrator"
    " Daniel Kerr of Merrow Hale (Aviation Ledger)"
)
NOTES["pa:unpaid"] = (
    "August salaries unpaid: the TPA (Courier body) vs the cabin crew union Unicab (Aviation Ledger); the Courier"
    " standfirst ('staff say', anonymous) names no one"
)
NOTES["pa:loan"] = (
    "state loan: a €150m request refused (ONA, Marrin; Aviation Ledger, two people familiar with the talks) vs"
    " Petrel never asked the state for help (Courier, a Transport Ministry spokesman)"
)
NOTES["pa:slots"] = (
    "the Brennport slots: several airlines interested (ONA, Kerr) vs no airline has shown interest (Aviation"
    " Ledger, Kerr)"
)
NOTES["pa:package"] = (
    "package holidays: refunded by the Travel Guarantee Fund (Courier, the TCAA) vs Petrel's own package holidays"
    " not covered (Aviation Ledger, the TCAA)"
)

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
