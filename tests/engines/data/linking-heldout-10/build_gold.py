"""Gold for the tenth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-10/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-10/gold.json

Two invented stories, each covered by three invented outlets (wire, national paper, specialist trade site),
written and annotated by hand on 2026-11-29 without looking at or running any engine on them (written blind).
First run of the engines on it (2026-11-29, code at 0f55414; only the figures below were read, never its output):
extraction recall 0.679, precision 0.916, attribution type 0.822; links end to end precision 0.889, recall 0.643,
relation accuracy 0.944, conflicts with the right field 18/43; links on the gold claims precision 0.745, recall
0.871, relation accuracy 0.944, conflicts with the right field 27/47. The code of the start of that session
(1ebc017) gave the same figures. Later that day its extracted claims (not its links) were printed once by a
slip in a comparison script; no change to the engines was made from them.
The stories:
  * solenne-fraud-verdict-2028: the verdict and sentence in the criminal trial of Adrian Vosk, founder of the
    collapsed battery start-up Solenne Batteries, at the Kastel Regional Court (invented country of Ostrevia) on
    Tuesday 14 March 2028: the prison term, the counts he was convicted of and the money-laundering count, the
    fine, the restitution order, the amount investors lost and how many investors, what the judge said, the
    prosecution's demand and its chief prosecutor, the defence and the appeal, whether Vosk stayed free or was
    taken into custody, the co-defendant (the former finance chief), when the trial opened, when Vosk was
    arrested, when Solenne filed for insolvency, the money raised, the forged contracts and lab report, the
    investors' association, the supervisor's review of the banks that sold the bonds. Outlets: Castellan Press
    Agency (wire, Tue 14 Mar), The Ostrevian Record (national paper, Wed 15 Mar), Enforcement Monitor (fraud and
    compliance trade site, Fri 17 Mar). An earlier corpus (linking-heldout-4, verdanta-fraud-trial-2026) also
    has a fraud sentencing; this one was asked for explicitly and differs in its conflicts (custody, a dropped
    vs acquitted count, the co-defendant, restitution).
  * rovenia-budget-2028: the 2028 budget of the invented country of Rovenia, presented by Finance Minister Aurel
    Stenvik on Tuesday 5 October 2027: the deficit in euros and as a share of GDP, the debt ratio, the income-tax
    cut and when it takes effect, defence, health, education and pension spending, the bank levy, the growth and
    inflation forecasts, the opposition's reaction, the Fiscal Council and Castor Ratings, the dates of the first
    reading and of the final vote. Outlets: Northmarch News Agency (wire, Tue 5 Oct), The Rovenian Chronicle
    (national paper, Wed 6 Oct), Treasury Brief (public-finance / sovereign-debt trade site, Fri 8 Oct).

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-9/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The article files carry an extra `story:` line
in their front matter (ignored by goldlib and the validator).

`c(...)` copies the claim's canonicalised attribution into each of its fact values (judges, court spokesmen and
the court's judgment count as the Kastel Regional Court: presiding judge Helena Farrow, "a court spokesman", "the
judgment"; prosecutors, "the prosecution", chief prosecutor Tobias Reinke count as the Economic Crime
Prosecution Office; Vosk's lawyer Clara Dunmore and "His defence team" count as Vosk's defence; Ilona Rask and
"the Solenne Investors' Association" count as the association; Economy Minister Ottilie Brandt counts as the
Economy Ministry; Finance Minister Aurel Stenvik, "the finance ministry", "the budget documents", "The budget"
and "the draft finance bill" count as the Finance Ministry; Health Minister Sofie Arnel counts as the Health
Ministry, "the education ministry" as the Education Ministry; Castor analyst Noor Hallberg counts as Castor
Ratings; "The independent Fiscal Council" is the Fiscal Council; anonymous sourcing - "as widely reported" -
gives nothing), so that an attribution conflict is derived whenever two linked claims name different sources.
Private people (Gregor Falk, Ruth Aldane, Marek Olin, Elin Marsh) and the opposition leader Matthias Quell speak
for themselves; the Chronicle's own calculations are their own source.

Labelling decisions:
  * Quantities: each claim records only the quantities and dates it states itself, even when it shares its span
    with other claims split from the same sentence; check() requires every number and calendar word in a span to
    be recorded by at least one claim sharing it. Amounts in euros are EUR ("€212m" = "212 million euros";
    "€1.5m" = "1.5 million euros"; "€64m" = "€64 million"). Prison terms and durations are `other` in "years",
    "months" or "days" ("eight years", "ten-year", "two-year", "30-month", "41 hearing days"); for linking, the
    co-defendant's suspended sentence is compared in months (two years = 24 months vs 30 months) and the prison
    terms in years. "Almost €200m" sets only the high bound; "more than 9,000" and "More than 11,000" set only the
    low bound, so "about 9,400" conflicts with both and they conflict with each other. "Below 60%", "less than a
    third" (33.3 %) and "perhaps a quarter ..., at best" (25 %) set only the high bound. "Dozens" is low 24 (as
    "millions" is low 1e6). "Would not fall below 70%" is a floor: low 70. Ordinals ("third budget", "a third
    year") are 3 in "ordinal"; "a decade" is 10 years; "10-year" / "Ten-year" bonds are 10 "years"; "4 basis
    points" is 4 in "basis points". Per-period amounts ("about €420 a year", "roughly €35 more each month",
    "about €800m a year", "about €1.9bn a year") are money; the period is in the claim text. Share-of-GDP
    figures and rates are percent.
  * Dates: fraud story - "on Tuesday" (CPA, Tue 14 Mar; Enforcement Monitor, Fri 17 Mar) and "yesterday" (Record,
    Wed 15 Mar) are 14 March 2028; "on Wednesday" (Enforcement Monitor) is 15 March and "on Thursday" 16 March;
    "in September" (CPA) is September 2027 and "in October" (Record) October 2027 (the most recent such month);
    "in January" (Enforcement Monitor, the dropped charge) is January 2028; "next year" (Enforcement Monitor) is
    2029; "before the summer" (Record) is the deadline day 31 May 2028; "between 2020 and 2024" is 2020-01-01 to
    2024-12-31. Budget story - "on Tuesday" (NNA, Tue 5 Oct; Treasury Brief, Fri 8 Oct) and "yesterday"
    (Chronicle, Wed 6 Oct) are 5 October 2027; "on Wednesday" (Treasury Brief) 6 Oct and "on Thursday" 7 Oct;
    "this year" is 2027 and "next year" 2028; "the end of this year" / "end-2027" / "the end of 2027" are 31
    December 2027 and "the end of 2028" / "the end of next year" / "end-2028" 31 December 2028; "January" /
    "in January" (tax cut, pensions) is January 2028; "in July" (Castor's outlook) July 2027; "the spring of
    2029" is March to May 2029; "Oct. 19" / "19 October" 19 October 2027; "Dec. 14" / "14 December" and "21
    December" are in December 2027; "by 2 November" is 2 November 2027; "the 2028 budget" / "budget for 2028"
    records the budget year 2028.
  * Fact keys of a claim compare the fact, not the date it was said; the sentence claims carry the verdict day
    (14 March) in the same value as the term, and the tax-rate claims carry the rate and the date the cut takes
    effect in one value (so a date conflict is not hidden behind an agreeing rate: build_links keeps the first
    key only for a pair of claims).
  * Fraud story: the Record's standfirst ("led away by guards"; "almost €200m") yields claims as well as its
    body. "Was led away by guards" and "was taken into custody" are "taken into custody" and conflict with the
    wire's "will remain free pending the appeal" (the court) and Enforcement Monitor's "released on bail of
    €500,000 pending his appeal" (a court spokesman), which agree with each other. The money-laundering count:
    "acquitted" (CPA) = "cleared him" (Record) vs Enforcement Monitor's two claims "was not part of the verdict"
    and "prosecutors dropped it in January", both "dropped before the verdict". The wire's "promised a
    solid-state battery for electric vans" and the Record's "told investors it was months away from
    mass-producing a solid-state battery" are one fact (extra detail on each side). "Vosk's lawyer, Clara
    Dunmore", "his lawyer, Clara Dunmore" and "His lawyer, Clara Dunmore" are appositive claims and linked; "said
    her client would appeal" (Dunmore), "His defence team said it would appeal" and "has filed notice of appeal"
    are one fact. The forged contracts with three carmakers: prosecutors (CPA) vs Farrow, i.e. the court
    (Enforcement Monitor). "Has shown no remorse": Farrow (CPA) vs Reinke (Record). Most investors were retail
    savers: the prosecution (CPA) vs the Solenne Investors' Association (Enforcement Monitor). "The court
    heard that Vosk had spent €4.6m ..." is unattributed with the cue "The court heard" (the court is not the
    speaker). "She took into account that he had no previous convictions" is attributed to Farrow.
  * Budget story: "cutting the basic rate of income tax" (NNA) and "cuts income tax" (Chronicle) are the
    general tax-cut fact, kept apart from the rate-and-start claims ("cut to 21% from 22% from January"; "falls
    from 22 to 21 per cent in January"; "to 21% takes effect on 1 April 2028"). Treasury Brief's "not in January
    as widely reported" is a claim about earlier reports (anonymous) and is not linked. The deficit for 2028 in
    euros: €14.2bn (NNA, Stenvik; Treasury Brief) vs 15 billion euros (Chronicle standfirst and body); the share
    of GDP (2.8%) agrees everywhere. The debt ratio: 71.5% vs about 72 per cent (rounding counts). Health: an
    extra €1.1bn (NNA, Stenvik; Treasury Brief) vs 1.3 billion euros (Chronicle, Health Minister Sofie Arnel;
    the attributions differ too and the note lists both). Education: €600m everywhere, Stenvik (NNA) vs the
    education ministry (Chronicle); Treasury Brief names no one. The bank levy: extended for two more years
    (NNA) vs expires at the end of 2027 as planned (Treasury Brief, the finance ministry). Castor's outlook:
    stable (NNA) vs moved to negative in July (Treasury Brief); the A+ rating itself agrees. "Debt would not
    fall below 70% of GDP before 2030 unless ...": the Fiscal Council (NNA) vs Castor analyst Noor Hallberg
    (Treasury Brief). "Due in the spring of 2029" and "due in 2029" agree (the year contains the spring).
    "Of the Democratic Alliance" (NNA) and "leader of the Democratic Alliance" (Chronicle) are one fact.
  * Relative clauses and appositives inside an attributed sentence are the outlet's own background
    (unattributed), as in the earlier corpora ("retail savers who had bought the company's bonds through their
    banks, according to the prosecution"; "which will pay for 2,000 more nurses by 2029"). A title placed
    before a name ("Presiding judge Helena Farrow", "Judge Helena Farrow", "Chief prosecutor Tobias Reinke",
    "Finance Minister Aurel Stenvik", "Health Minister Sofie Arnel", "Economy Minister Ottilie Brandt",
    "Castor analyst Noor Hallberg", "Opposition leader Matthias Quell") is not split off; appositives and
    relative clauses are ("Tobias Reinke, of the Economic Crime Prosecution Office"; "Tobias Reinke, the
    prosecutor"; "Gregor Falk, a retired teacher from Lannby"; "Marek Olin, a former OFSA examiner"; "Elin
    Marsh, who chairs the Federation of Rovenian Trade Unions"; "the Democratic Alliance, the largest
    opposition party"). Adjectives that carry a checkable fact get a claim ("the collapsed battery start-up",
    "The independent Fiscal Council").
  * Enumerations of named items are split: the three counts Vosk was convicted of (in all three outlets). The
    villa and the plane bought with investors' money stay together (one sum); "98 of the 175 seats" gives two
    claims (the coalition's seats, the size of the Assembly).
  * Page furniture is noise: bylines with time stamps, the trade sites' header lines and share bars, photo
    captions, subheads of the trade sites, author boxes, "Read more", "Related" and "Comment" lines, the wires'
    reporting credits. The wires' datelines ("KASTEL, Ostrevia, March 14 (CPA) -") yield no claims.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  fraud   quantity: the amount investors lost (€212m in CPA and Enforcement Monitor vs 198 million euros and
          almost €200m in the Record), the number of investors (about 9,400 vs more than 9,000 vs more than
          11,000), the fine (€1.5m / 1.5 million euros vs €1.8m), Haverkamp's suspended sentence (two years vs
          30 months);
          date: Solenne's insolvency (November 2024 vs January 2025), the trial opened (September vs October
          2027), Vosk's arrest (March vs May 2025);
          attribution: "no remorse" (Farrow vs Reinke), forged contracts with three carmakers (prosecutors vs
          Farrow), most investors retail savers (the prosecution vs the investors' association);
          fact: Vosk free pending appeal (CPA, Enforcement Monitor) vs taken into custody (Record, twice); the
          money-laundering count: acquitted (CPA, Record) vs dropped before the verdict (Enforcement Monitor,
          twice)
  budget  quantity: deficit in euros (€14.2bn vs 15 billion euros, twice in the Chronicle), debt ratio (71.5% vs
          about 72 per cent), growth forecast (1.6% vs 1.4 per cent), extra health money (€1.1bn vs 1.3 billion
          euros), defence spending (€9.4bn vs €9.1bn), pension spending (€31bn vs €31.5bn);
          date: the final vote (14 December vs 21 December), the income-tax cut takes effect (January vs 1 April
          2028);
          attribution: the €600m for education (Stenvik vs the education ministry), debt not below 70% before
          2030 (the Fiscal Council vs Castor Ratings' Noor Hallberg);
          fact: the bank levy (extended for two more years vs expires at the end of 2027), Castor's outlook
          (stable vs negative)
  Look-alikes that must not be linked: fraud - eight years vs ten years sought vs two years / 30 months for
  Haverkamp; €212m lost vs €380m raised vs €1.1bn valuation vs €64m restitution vs €31m recovered vs €4.6m
  spent vs €1.5m/€1.8m fine vs €500,000 bail vs €40,000 lost by Falk; 9,400/9,000/11,000 investors vs 2,100
  members of the association vs 450 staff vs 63 witnesses vs 41 hearing days; three counts vs three carmakers
  vs four counts vs four banks; 95% vs below 60% vs 6.5% bonds vs less than a third vs perhaps a quarter;
  founded 2019 vs peak 2023 vs insolvency 2024/2025 vs arrest 2025; the verdict on 14 March vs bail statement
  on 15 March vs OFSA on 16 March; "would appeal" vs the Court of Appeal hearing next year. Budget - €14.2bn/15bn
  deficit vs €9.4bn/€9.1bn defence vs €1.1bn/1.3bn health vs €600m education vs €31bn/€31.5bn pensions vs
  €800m levy vs €1.9bn cost of the tax cut vs €6.8bn interest vs €198bn total spending vs €22bn bond issuance;
  2.8% deficit vs 3.3% in 2027 vs 2.5%/2.1% of GDP for defence vs 2.4% inflation vs 2.1% pension rise vs
  1.6%/1.4%/1.2%/0.9% growth vs 12% defence rise vs 11% of tax revenue vs 21%/22%/24% tax rates vs 3.12%/3.15%
  yields; 71.5%/72% debt vs 73.2% vs 70% floor; 98 vs 175 seats vs 2,000 nurses; the 5 Oct presentation vs
  19 Oct first reading vs 14/21 Dec vote vs 2 Nov Fiscal Council opinion; the levy introduced in 2025 vs
  Stenvik took office in 2025; the third budget vs the fuel duty frozen for a third year.
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, U, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # fraud story
    "Farrow": "Kastel Regional Court",
    "the court": "Kastel Regional Court",
    "a court spokesman": "Kastel Regional Court",
    "the judgment": "Kastel Regional Court",
    "Prosecutors": "Economic Crime Prosecution Office",
    "the prosecution": "Economic Crime Prosecution Office",
    "Chief prosecutor Tobias Reinke": "Economic Crime Prosecution Office",
    "Reinke": "Economic Crime Prosecution Office",
    "Clara Dunmore": "Vosk's defence",
    "His defence team": "Vosk's defence",
    "The Solenne Investors' Association": "Solenne Investors' Association",
    "the Solenne Investors' Association": "Solenne Investors' Association",
    "Ilona Rask": "Solenne Investors' Association",
    "Economy Minister Ottilie Brandt": "Economy Ministry",
    "The Ostrevian Financial Supervisory Authority (OFSA)": "OFSA",
    "Gregor Falk": "Gregor Falk",
    "Ruth Aldane": "Ruth Aldane",
    "Marek Olin": "Marek Olin",
    # budget story
    "Finance Minister Aurel Stenvik": "Finance Ministry",
    "Stenvik": "Finance Ministry",
    "the finance ministry": "Finance Ministry",
    "The finance ministry": "Finance Ministry",
    "the Finance Ministry": "Finance Ministry",
    "The Finance Ministry": "Finance Ministry",
    "the budget documents": "Finance Ministry",
    "The budget": "Finance Ministry",
    "the draft finance bill": "Finance Ministry",
    "Health Minister Sofie Arnel": "Health Ministry",
    "the education ministry": "Education Ministry",
    "The independent Fiscal Council": "Fiscal Council",
    "Castor Ratings": "Castor Ratings",
    "Castor analyst Noor Hallberg": "Castor Ratings",
    "Hallberg": "Castor Ratings",
    "Opposition leader Matthias Quell": "Matthias Quell",
    "Matthias Quell": "Matthias Quell",
    "Elin Marsh": "Elin Marsh",
    "the Chronicle's calculations": "The Rovenian Chronicle",
    "the debt management office": "Rovenian debt management office",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: the verdict and sentence in the trial of Solenne Batteries' founder Adrian Vosk (Tue 14 March 2028)
# =====================================================================
SA = "solenne-fraud-verdict-2028"
TUE14 = "2028-03-14"  # verdict and sentence
WED15 = "2028-03-15"
THU16 = "2028-03-16"
SEP27 = ("2027-09-01", "2027-09-30")
OCT27 = ("2027-10-01", "2027-10-31")
NOV24 = ("2024-11-01", "2024-11-30")
JAN25 = ("2025-01-01", "2025-01-31")
MAR25 = ("2025-03-01", "2025-03-31")
MAY25 = ("2025-05-01", "2025-05-31")
JAN28 = ("2028-01-01", "2028-01-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2029 = ("2029-01-01", "2029-12-31")
Y2020_24 = ("2020-01-01", "2024-12-31")
SENTENCE = {"quantity": qv("years", 8, 8), "date": dv(TUE14)}
RESTITUTION = {"quantity": qv("EUR", 64e6, 64e6)}
SOUGHT = {"quantity": qv("years", 10, 10)}
RAISED = {"quantity": qv("EUR", 380e6, 380e6)}
LAUNDER_DROPPED = {"fact": "charge dropped before the verdict"}
LAUNDER_ACQ = {"fact": "acquitted of money laundering"}
FREE = {"fact": "free pending appeal"}
CUSTODY = {"fact": "taken into custody"}

# ---------------------------------------------------------------- Castellan Press Agency (2028-03-14, Tue)
A = "trial-cpa"
art(
    A,
    SA,
    [
        "By Marta Quist | Tuesday 14 March 2028, 11:52 CET | Updated 17:05 CET",
        "Read more: How Solenne's battery dream fell apart in 18 months",
        "(Reporting by Marta Quist; additional reporting by Pavel Dorn; editing by Jonas Feld)",
    ],
)
c(
    A,
    "Adrian Vosk founded Solenne Batteries.",
    "who founded the collapsed battery start-up Solenne Batteries",
    facts={"sv:founder": {}},
)
c(A, "Solenne Batteries is a collapsed battery start-up.", "the collapsed battery start-up Solenne Batteries")
c(
    A,
    "Adrian Vosk was sentenced to eight years in prison on 14 March 2028.",
    "was sentenced to eight years in prison on Tuesday",
    q=[Q("other", 8, 8, "years", "eight years")],
    d=[D(TUE14, None, "on Tuesday")],
    facts={"sv:sentence": SENTENCE},
)
c(
    A,
    "The Kastel Regional Court found Adrian Vosk guilty of defrauding investors of €212m.",
    "the Kastel Regional Court found him guilty of defrauding investors of €212m",
    q=[Q("money", 212e6, 212e6, "EUR", "€212m")],
    facts={"sv:amount": {"quantity": qv("EUR", 212e6, 212e6)}},
)
c(
    A,
    "Adrian Vosk is 44 years old.",
    "Vosk, 44",
    q=[Q("other", 44, 44, "years", "44")],
    facts={"sv:age": {"quantity": qv("years", 44, 44)}},
)
COUNTS = "convicted Vosk, 44, on three of the four counts against him"
c(
    A,
    "Judge Helena Farrow convicted Adrian Vosk on three counts.",
    COUNTS,
    q=[Q("count", 3, 3, None, "three")],
)
c(A, "Adrian Vosk faced four counts.", COUNTS, q=[Q("count", 4, 4, None, "four counts")])
CONV = "aggravated investment fraud, forgery of documents and market manipulation"
c(A, "Adrian Vosk was convicted of aggravated investment fraud.", CONV, facts={"sv:conv-fraud": {}})
c(A, "Adrian Vosk was convicted of forgery of documents.", CONV, facts={"sv:conv-forgery": {}})
c(A, "Adrian Vosk was convicted of market manipulation.", CONV, facts={"sv:conv-manipulation": {}})
c(
    A,
    "Adrian Vosk was acquitted of money laundering.",
    "He was acquitted of money laundering",
    facts={"sv:laundering": LAUNDER_ACQ},
)
c(
    A,
    "The court fined Adrian Vosk €1.5m.",
    "The court also fined him €1.5m",
    q=[Q("money", 1.5e6, 1.5e6, "EUR", "€1.5m")],
    facts={"sv:fine": {"quantity": qv("EUR", 1.5e6, 1.5e6)}},
)
c(
    A,
    "The court ordered Adrian Vosk to pay €64m in restitution to investors.",
    "ordered him to pay €64m in restitution to investors",
    q=[Q("money", 64e6, 64e6, "EUR", "€64m")],
    facts={"sv:restitution": RESTITUTION},
)
FARROW = NP("Farrow", "said")
c(
    A,
    "Adrian Vosk built Solenne on invented orders and invented test results.",
    "The defendant built a company on invented orders and invented test results",
    FARROW,
)
c(A, "Adrian Vosk has shown no remorse.", "He has shown no remorse.", FARROW, facts={"sv:remorse": {}})
c(
    A,
    "Prosecutors had asked for a ten-year prison sentence for Adrian Vosk.",
    "Prosecutors had asked for ten years",
    q=[Q("other", 10, 10, "years", "ten years")],
    facts={"sv:sought": SOUGHT},
)
c(
    A,
    "Tobias Reinke is with the Economic Crime Prosecution Office.",
    "Tobias Reinke, of the Economic Crime Prosecution Office",
)
c(
    A,
    "Adrian Vosk's sentence sends a clear signal to anyone who lies to investors.",
    'the sentence "sends a clear signal to anyone who lies to investors"',
    NP("Chief prosecutor Tobias Reinke", "told reporters"),
)
c(
    A,
    "About 9,400 investors lost money when Solenne filed for insolvency.",
    "About 9,400 investors lost money",
    q=[Q("count", 9400, 9400, None, "About 9,400 investors")],
    facts={"sv:investors": {"quantity": qv("n", 9400, 9400)}},
)
c(
    A,
    "Solenne had promised a solid-state battery for electric vans.",
    "which had promised a solid-state battery for electric vans",
    facts={"sv:battery-promise": {}},
)
c(
    A,
    "Solenne filed for insolvency in November 2024.",
    "filed for insolvency in November 2024",
    d=[D(*NOV24, "November 2024")],
    facts={"sv:insolvency": {"date": dv(*NOV24)}},
)
c(
    A,
    "Most of the investors who lost money in Solenne were retail savers.",
    "Most of them were retail savers who had bought the company's bonds through their banks, according to the"
    " prosecution",
    ORG("the prosecution", "according to"),
    facts={"sv:retail": {}},
)
c(
    A,
    "The retail savers who lost money in Solenne had bought the company's bonds through their banks.",
    "who had bought the company's bonds through their banks",
    facts={"sv:bonds-banks": {}},
)
c(A, "Clara Dunmore is Adrian Vosk's lawyer.", "Vosk's lawyer, Clara Dunmore", facts={"sv:lawyer": {}})
c(
    A,
    "Adrian Vosk will appeal against his conviction.",
    "said her client would appeal",
    NP("Clara Dunmore", "said"),
    facts={"sv:appeal": {}},
)
c(
    A,
    "The court ignored the evidence that Adrian Vosk believed in his technology until the very end.",
    "The court has ignored the evidence that Mr Vosk believed in his technology until the very end",
    NP("Clara Dunmore", "she said"),
)
c(
    A,
    "Adrian Vosk listened to the verdict without visible emotion.",
    "who listened to the verdict without visible emotion",
)
c(
    A,
    "Adrian Vosk will remain free pending his appeal.",
    "will remain free pending the appeal",
    ORG("the court", "said"),
    facts={"sv:custody": FREE},
)
c(A, "Adrian Vosk must surrender his passport.", "must surrender his passport", ORG("the court", "said"))
c(
    A,
    "Lena Haverkamp is Solenne's former chief financial officer.",
    "Solenne's former chief financial officer, Lena Haverkamp",
    facts={"sv:haverkamp-cfo": {}},
)
c(
    A,
    "Lena Haverkamp received a suspended sentence of two years for forgery.",
    "received a suspended sentence of two years for forgery",
    q=[Q("other", 2, 2, "years", "two years")],
    facts={"sv:haverkamp-sentence": {"quantity": qv("months", 24, 24)}},
)
c(A, "Lena Haverkamp admitted her part in the Solenne fraud.", "She had admitted her part")
c(A, "Lena Haverkamp testified against Adrian Vosk.", "testified against Vosk")
c(
    A,
    "Adrian Vosk's trial opened in September 2027.",
    "which opened in September",
    d=[D(*SEP27, "in September")],
    facts={"sv:trial-open": {"date": dv(*SEP27)}},
)
HEARD = "heard 63 witnesses over 41 hearing days"
c(A, "Adrian Vosk's trial heard 63 witnesses.", HEARD, q=[Q("count", 63, 63, None, "63 witnesses")])
c(
    A,
    "Adrian Vosk's trial ran over 41 hearing days.",
    HEARD,
    q=[Q("other", 41, 41, "days", "41 hearing days")],
    facts={"sv:hearing-days": {"quantity": qv("days", 41, 41)}},
)
c(
    A,
    "Adrian Vosk was arrested in March 2025.",
    "Vosk was arrested in March 2025",
    d=[D(*MAR25, "March 2025")],
    facts={"sv:arrest": {"date": dv(*MAR25)}},
)
PROS = ORG("Prosecutors", "said")
c(
    A,
    "Adrian Vosk forged supply contracts with three carmakers.",
    "Vosk had forged supply contracts with three carmakers",
    PROS,
    q=[Q("count", 3, 3, None, "three carmakers")],
    facts={"sv:forged-contracts": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "Adrian Vosk had a laboratory report altered to show that Solenne's cells kept 95% of their capacity after"
    " 2,000 charging cycles.",
    "had a laboratory report altered to show that Solenne's cells kept 95% of their capacity after 2,000 charging"
    " cycles",
    PROS,
    q=[Q("percent", 95, 95, "%", "95%"), Q("count", 2000, 2000, None, "2,000 charging cycles")],
)
c(
    A,
    "Solenne's cells really kept below 60% of their capacity after 2,000 charging cycles.",
    "The real figure was below 60%, they said.",
    ORG("Prosecutors", "they said"),
    q=[Q("percent", None, 60, "%", "below 60%")],
)
c(
    A,
    "Solenne raised about €380m from investors between 2020 and 2024.",
    "Solenne raised about €380m from investors between 2020 and 2024",
    q=[Q("money", 380e6, 380e6, "EUR", "about €380m")],
    d=[D(*Y2020_24, "between 2020 and 2024")],
    facts={"sv:raised": RAISED},
)
c(
    A,
    "Solenne was valued at €1.1bn at its peak in 2023.",
    "was valued at €1.1bn at its peak in 2023",
    q=[Q("money", 1.1e9, 1.1e9, "EUR", "€1.1bn")],
    d=[D(*Y2023, "2023")],
)
c(
    A,
    "The Solenne Investors' Association represents about 2,100 of the victims of the Solenne fraud.",
    "which represents about 2,100 of the victims",
    q=[Q("count", 2100, 2100, None, "about 2,100")],
)
ASSOC = "The Solenne Investors' Association"
c(A, "The verdict against Adrian Vosk is a first step.", 'called the verdict "a first step"', ORG(ASSOC, "called"))
c(
    A,
    "Most Solenne savers will never see their money again.",
    "said most savers would never see their money again",
    ORG(ASSOC, "said"),
)

# ---------------------------------------------------------------- The Ostrevian Record (2028-03-15, Wed)
A = "trial-record"
art(
    A,
    SA,
    [
        "By Anneliese Brook, Courts Correspondent | Wednesday 15 March 2028",
        "[Photo: Adrian Vosk arrives at the Kastel Regional Court on Tuesday morning. Photo: Record/Tomas Ried]",
        "Read more: Who is Adrian Vosk? The rise and fall of Ostrevia's battery star",
        "Comment: The banks that sold Solenne bonds have questions to answer",
    ],
)
c(
    A,
    "Adrian Vosk was led away by guards after the verdict.",
    "The battery entrepreneur was led away by guards",
    facts={"sv:custody": CUSTODY},
)
c(
    A,
    "The court found that Adrian Vosk cost investors almost €200m.",
    "after the court found he cost investors almost €200m",
    q=[Q("money", None, 200e6, "EUR", "almost €200m")],
    facts={"sv:amount": {"quantity": qv("EUR", None, 200e6)}},
)
c(
    A,
    "Adrian Vosk is the founder of Solenne Batteries.",
    "Adrian Vosk, the founder of Solenne Batteries",
    facts={"sv:founder": {}},
)
c(
    A,
    "Adrian Vosk was sentenced to eight years in jail on 14 March 2028.",
    "was sentenced yesterday to eight years in jail",
    q=[Q("other", 8, 8, "years", "eight years")],
    d=[D(TUE14, None, "yesterday")],
    facts={"sv:sentence": SENTENCE},
)
c(
    A,
    "Adrian Vosk's fraud cost investors 198 million euros.",
    "for a fraud that cost investors 198 million euros",
    q=[Q("money", 198e6, 198e6, "EUR", "198 million euros")],
    facts={"sv:amount": {"quantity": qv("EUR", 198e6, 198e6)}},
)
c(
    A,
    "Adrian Vosk is 44 years old.",
    "Vosk, 44",
    q=[Q("other", 44, 44, "years", "44")],
    facts={"sv:age": {"quantity": qv("years", 44, 44)}},
)
c(
    A,
    "Adrian Vosk was taken into custody at the end of the hearing.",
    "was taken into custody at the end of the hearing",
    facts={"sv:custody": CUSTODY},
)
c(
    A,
    "Dozens of small investors in the public gallery applauded as Adrian Vosk was taken into custody.",
    "as dozens of small investors in the public gallery applauded",
    q=[Q("count", 24, None, None, "dozens")],
)
CONV_R = "found him guilty of aggravated investment fraud, document forgery and market manipulation"
c(A, "Adrian Vosk was found guilty of aggravated investment fraud.", CONV_R, facts={"sv:conv-fraud": {}})
c(A, "Adrian Vosk was found guilty of document forgery.", CONV_R, facts={"sv:conv-forgery": {}})
c(A, "Adrian Vosk was found guilty of market manipulation.", CONV_R, facts={"sv:conv-manipulation": {}})
c(
    A,
    "Adrian Vosk was cleared of money laundering.",
    "cleared him of money laundering",
    facts={"sv:laundering": LAUNDER_ACQ},
)
c(
    A,
    "Adrian Vosk must pay a fine of 1.5 million euros.",
    "He must also pay a fine of 1.5 million euros",
    q=[Q("money", 1.5e6, 1.5e6, "EUR", "1.5 million euros")],
    facts={"sv:fine": {"quantity": qv("EUR", 1.5e6, 1.5e6)}},
)
c(
    A,
    "Adrian Vosk must repay €64 million to his victims.",
    "repay €64 million to his victims",
    q=[Q("money", 64e6, 64e6, "EUR", "€64 million")],
    facts={"sv:restitution": RESTITUTION},
)
c(A, "Tobias Reinke is the prosecutor in Adrian Vosk's trial.", "Tobias Reinke, the prosecutor")
c(
    A,
    "The prosecution had asked for a ten-year prison term for Adrian Vosk.",
    "had asked for a ten-year term",
    q=[Q("other", 10, 10, "years", "ten-year")],
    facts={"sv:sought": SOUGHT},
)
c(
    A,
    "Adrian Vosk has shown no remorse, not even at the very end of his trial.",
    "has shown no remorse, not even at the very end",
    NP("Reinke", "said"),
    facts={"sv:remorse": {}},
)
c(
    A,
    "The court has said clearly that lying to investors is not a business model.",
    "This court has said clearly that lying to investors is not a business model",
    NP("Reinke", "told the Record"),
)
c(
    A,
    "More than 9,000 people put their savings into Solenne.",
    "More than 9,000 people put their savings into Solenne",
    q=[Q("count", 9000, None, None, "More than 9,000 people")],
    facts={"sv:investors": {"quantity": qv("n", 9000, None)}},
)
c(
    A,
    "Solenne told investors it was months away from mass-producing a solid-state battery.",
    "which told investors it was months away from mass-producing a solid-state battery",
    facts={"sv:battery-promise": {}},
)
c(A, "Gregor Falk put his savings into Solenne.", "Among them was Gregor Falk")
c(A, "Gregor Falk is a retired teacher from Lannby.", "Gregor Falk, a retired teacher from Lannby")
c(A, "Gregor Falk lost €40,000 in Solenne.", "who lost €40,000", q=[Q("money", 40000, 40000, "EUR", "€40,000")])
FALK = NP("Gregor Falk", "he said")
c(A, "Gregor Falk trusted his bank's adviser.", "I trusted the bank's adviser", FALK)
c(A, "Gregor Falk's bank adviser trusted Adrian Vosk.", "the adviser trusted Vosk", FALK)
c(
    A,
    "Solenne filed for insolvency in January 2025.",
    "Solenne filed for insolvency in January 2025",
    d=[D(*JAN25, "January 2025")],
    facts={"sv:insolvency": {"date": dv(*JAN25)}},
)
c(A, "Ruth Aldane is Solenne's insolvency administrator.", "Its insolvency administrator, Ruth Aldane")
c(
    A,
    "Solenne's insolvency administrator has so far recovered about €31m for creditors.",
    "has so far recovered about €31m for creditors",
    NP("Ruth Aldane", "she told the Record"),
    q=[Q("money", 31e6, 31e6, "EUR", "about €31m")],
)
c(
    A,
    "Adrian Vosk spent €4.6m of investors' money on a villa on the island of Sarn and on a private plane.",
    "Vosk had spent €4.6m of investors' money on a villa on the island of Sarn and on a private plane",
    U("The court heard"),
    q=[Q("money", 4.6e6, 4.6e6, "EUR", "€4.6m")],
)
c(A, "Sarn is an island.", "the island of Sarn")
c(
    A,
    "Adrian Vosk's defence team will appeal against his conviction.",
    "His defence team said it would appeal",
    ORG("His defence team", "said"),
    facts={"sv:appeal": {}},
)
c(A, "Clara Dunmore is Adrian Vosk's lawyer.", "his lawyer, Clara Dunmore", facts={"sv:lawyer": {}})
c(
    A,
    "Adrian Vosk had been misled by his own engineers.",
    "argued that Vosk had been misled by his own engineers",
    NP("Clara Dunmore", "argued"),
)
c(
    A,
    "Lena Haverkamp is Solenne's former finance chief.",
    "Lena Haverkamp, Solenne's former finance chief",
    facts={"sv:haverkamp-cfo": {}},
)
c(
    A,
    "Lena Haverkamp was given a two-year suspended sentence.",
    "was given a two-year suspended sentence",
    q=[Q("other", 2, 2, "years", "two-year")],
    facts={"sv:haverkamp-sentence": {"quantity": qv("months", 24, 24)}},
)
c(
    A,
    "Adrian Vosk's trial began in October 2027.",
    "The trial began in October",
    d=[D(*OCT27, "in October")],
    facts={"sv:trial-open": {"date": dv(*OCT27)}},
)
c(
    A,
    "Adrian Vosk's trial ran for 41 hearing days.",
    "ran for 41 hearing days",
    q=[Q("other", 41, 41, "days", "41 hearing days")],
    facts={"sv:hearing-days": {"quantity": qv("days", 41, 41)}},
)
c(
    A,
    "Adrian Vosk was arrested at Kastel airport in May 2025.",
    "Vosk was arrested in May 2025 at Kastel airport",
    d=[D(*MAY25, "May 2025")],
    facts={"sv:arrest": {"date": dv(*MAY25)}},
)
c(
    A,
    "Adrian Vosk was arrested shortly before he was due to board a flight to Belcastro.",
    "shortly before he was due to board a flight to Belcastro",
)
BRANDT = NP("Economy Minister Ottilie Brandt", "said")
c(
    A,
    "The Ostrevian government will tighten the rules on selling corporate bonds to retail investors.",
    "the government would tighten the rules on selling corporate bonds to retail investors",
    BRANDT,
)
c(
    A,
    "The Ostrevian government will present a draft law on selling corporate bonds before the summer of 2028.",
    "present a draft law before the summer",
    BRANDT,
    d=[D("2028-05-31", None, "before the summer")],
)
c(
    A,
    "Solenne was founded in Kastel in 2019.",
    "Solenne was founded in Kastel in 2019",
    d=[D(*Y2019, "2019")],
    facts={"sv:founded": {"date": dv(*Y2019)}},
)
c(
    A,
    "Solenne employed about 450 people at its height.",
    "at its height employed about 450 people",
    q=[Q("count", 450, 450, None, "about 450 people")],
)

# ---------------------------------------------------------------- Enforcement Monitor (2028-03-17, Fri)
A = "trial-enforcement"
art(
    A,
    SA,
    [
        "Enforcement Monitor | Fraud & Securities | 17 March 2028 | 6 min read",
        "Share: X | LinkedIn | Email",
        "The verdict, count by count",
        "Why eight years",
        "The banks' role",
        "About the author: Jana Wettstein covers fraud and enforcement for Enforcement Monitor.",
        "Related: Investor fraud cases in Ostrevia, 2020-2028",
    ],
)
c(
    A,
    "The Kastel Regional Court sentenced Adrian Vosk to eight years in prison on 14 March 2028.",
    "The Kastel Regional Court on Tuesday sentenced Adrian Vosk, the founder of Solenne Batteries, to eight years in"
    " prison",
    q=[Q("other", 8, 8, "years", "eight years")],
    d=[D(TUE14, None, "on Tuesday")],
    facts={"sv:sentence": SENTENCE},
)
c(
    A,
    "Adrian Vosk is the founder of Solenne Batteries.",
    "Adrian Vosk, the founder of Solenne Batteries",
    facts={"sv:founder": {}},
)
c(
    A,
    "The Solenne case is one of the largest investor fraud cases Ostrevia has seen.",
    "one of the largest investor fraud cases Ostrevia has seen",
)
CONV_E = "found Vosk guilty of investment fraud, document forgery and market manipulation"
c(A, "Adrian Vosk was found guilty of investment fraud.", CONV_E, facts={"sv:conv-fraud": {}})
c(A, "Adrian Vosk was found guilty of document forgery.", CONV_E, facts={"sv:conv-forgery": {}})
c(A, "Adrian Vosk was found guilty of market manipulation.", CONV_E, facts={"sv:conv-manipulation": {}})
c(
    A,
    "The money-laundering charge against Adrian Vosk was not part of the verdict.",
    "The money-laundering charge was not part of the verdict",
    facts={"sv:laundering": LAUNDER_DROPPED},
)
c(
    A,
    "Prosecutors dropped the money-laundering charge against Adrian Vosk in January 2028, before closing arguments"
    " began.",
    "prosecutors dropped it in January, before closing arguments began",
    d=[D(*JAN28, "in January")],
    facts={"sv:laundering": LAUNDER_DROPPED},
)
c(
    A,
    "The court imposed a fine of €1.8m on Adrian Vosk.",
    "the court imposed a fine of €1.8m",
    q=[Q("money", 1.8e6, 1.8e6, "EUR", "€1.8m")],
    facts={"sv:fine": {"quantity": qv("EUR", 1.8e6, 1.8e6)}},
)
c(
    A,
    "The court ordered Adrian Vosk to pay €64m in restitution.",
    "ordered Vosk to pay €64m in restitution",
    q=[Q("money", 64e6, 64e6, "EUR", "€64m")],
    facts={"sv:restitution": RESTITUTION},
)
c(
    A,
    "The €64m restitution ordered is less than a third of the amount investors lost in the Solenne fraud.",
    "That is less than a third of the €212m that investors lost",
    q=[Q("percent", None, 33.3, "%", "less than a third")],
)
c(
    A,
    "Investors lost €212m in the Solenne fraud.",
    "the €212m that investors lost, according to the judgment",
    DOC("the judgment", "according to"),
    q=[Q("money", 212e6, 212e6, "EUR", "€212m")],
    facts={"sv:amount": {"quantity": qv("EUR", 212e6, 212e6)}},
)
ASSOC_E = ORG("the Solenne Investors' Association", "said")
c(
    A,
    "More than 11,000 investors were affected by the Solenne fraud.",
    "More than 11,000 investors were affected, the Solenne Investors' Association said",
    ASSOC_E,
    q=[Q("count", 11000, None, None, "More than 11,000 investors")],
    facts={"sv:investors": {"quantity": qv("n", 11000, None)}},
)
c(
    A,
    "Most of the investors affected by the Solenne fraud were retail savers.",
    "most of them retail savers",
    ASSOC_E,
    facts={"sv:retail": {}},
)
c(
    A,
    "The retail savers affected by the Solenne fraud bought the company's bonds through bank branches.",
    "who bought the company's 6.5% bonds through bank branches",
    facts={"sv:bonds-banks": {}},
)
c(A, "Solenne's bonds paid 6.5%.", "the company's 6.5% bonds", q=[Q("percent", 6.5, 6.5, "%", "6.5%")])
c(
    A,
    "With €64m of restitution, Solenne savers will get back perhaps a quarter of what they lost, at best.",
    "Restitution of €64m means savers will get back perhaps a quarter of what they lost, at best",
    NP("Ilona Rask", "said"),
    q=[Q("money", 64e6, 64e6, "EUR", "€64m"), Q("percent", None, 25, "%", "perhaps a quarter")],
)
c(A, "Ilona Rask chairs the Solenne Investors' Association.", "Ilona Rask, who chairs the association")
c(
    A,
    "Adrian Vosk's fraud was planned, persistent and sophisticated.",
    'the fraud had been "planned, persistent and sophisticated"',
    NP("Farrow", "said"),
)
c(
    A,
    "Adrian Vosk personally forged supply contracts with three carmakers.",
    "Vosk had personally forged supply contracts with three carmakers",
    NP("Farrow", "said"),
    q=[Q("count", 3, 3, None, "three carmakers")],
    facts={"sv:forged-contracts": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "Adrian Vosk had no previous convictions.",
    "he had no previous convictions",
    NP("Farrow", "took into account"),
)
c(
    A,
    "Prosecutors had sought a ten-year prison sentence for Adrian Vosk.",
    "Prosecutors had sought ten years",
    q=[Q("other", 10, 10, "years", "ten years")],
    facts={"sv:sought": SOUGHT},
)
c(A, "Adrian Vosk's defence had asked for an acquittal.", "the defence had asked for an acquittal")
c(
    A,
    "Adrian Vosk was released on bail of €500,000 pending his appeal.",
    "Vosk was released on bail of €500,000 pending his appeal",
    ORG("a court spokesman", "said"),
    q=[Q("money", 500000, 500000, "EUR", "€500,000")],
    facts={"sv:custody": FREE},
)
c(A, "Clara Dunmore is Adrian Vosk's lawyer.", "His lawyer, Clara Dunmore", facts={"sv:lawyer": {}})
c(
    A,
    "Clara Dunmore has filed notice of appeal against Adrian Vosk's conviction with the Court of Appeal in Kastel.",
    "has filed notice of appeal with the Court of Appeal in Kastel",
    facts={"sv:appeal": {}},
)
c(
    A,
    "The Court of Appeal in Kastel is not expected to hear Adrian Vosk's appeal before 2029.",
    "which is not expected to hear the case before next year",
    d=[D(*Y2029, "next year")],
)
c(
    A,
    "Lena Haverkamp is Solenne's former chief financial officer.",
    "Solenne's former chief financial officer, Lena Haverkamp",
    facts={"sv:haverkamp-cfo": {}},
)
c(A, "Lena Haverkamp cooperated with prosecutors.", "who cooperated with prosecutors")
c(
    A,
    "Lena Haverkamp was given a 30-month suspended sentence.",
    "was given a 30-month suspended sentence",
    q=[Q("other", 30, 30, "months", "30-month")],
    facts={"sv:haverkamp-sentence": {"quantity": qv("months", 30, 30)}},
)
c(
    A,
    "The Solenne case has put the banks that sold Solenne bonds under scrutiny.",
    "The case has put the banks that sold Solenne bonds under scrutiny",
)
c(
    A,
    "The Ostrevian Financial Supervisory Authority is examining whether four banks properly assessed the risks"
    " before selling Solenne bonds to retail clients.",
    "said on Thursday it was examining whether four banks had properly assessed the risks before selling the bonds"
    " to retail clients",
    ORG("The Ostrevian Financial Supervisory Authority (OFSA)", "said"),
    q=[Q("count", 4, 4, None, "four banks")],
    d=[D(THU16, None, "on Thursday")],
)
c(
    A,
    "Solenne was founded in 2019.",
    "founded in 2019",
    d=[D(*Y2019, "2019")],
    facts={"sv:founded": {"date": dv(*Y2019)}},
)
c(
    A,
    "Solenne raised €380m from investors between 2020 and 2024.",
    "raised €380m from investors between 2020 and 2024",
    q=[Q("money", 380e6, 380e6, "EUR", "€380m")],
    d=[D(*Y2020_24, "between 2020 and 2024")],
    facts={"sv:raised": RAISED},
)
c(
    A,
    "Solenne filed for insolvency in November 2024.",
    "before filing for insolvency in November 2024",
    d=[D(*NOV24, "November 2024")],
    facts={"sv:insolvency": {"date": dv(*NOV24)}},
)
c(
    A,
    "Compliance teams at the banks treated a start-up bond like a savings account.",
    "Compliance teams at the banks treated a start-up bond like a savings account",
    NP("Marek Olin", "said"),
)
c(A, "Marek Olin is a former OFSA examiner.", "Marek Olin, a former OFSA examiner")
c(A, "Marek Olin advises banks on investor protection.", "who now advises banks on investor protection")

NOTES["sv:amount"] = (
    "amount investors lost: €212m (CPA; Enforcement Monitor, the judgment) vs 198 million euros (Record body) and"
    " almost €200m (Record standfirst)"
)
NOTES["sv:investors"] = (
    "investors: about 9,400 (CPA) vs more than 9,000 (Record) vs more than 11,000 (Enforcement Monitor, the"
    " investors' association)"
)
NOTES["sv:fine"] = "fine: €1.5m (CPA) = 1.5 million euros (Record) vs €1.8m (Enforcement Monitor)"
NOTES["sv:haverkamp-sentence"] = (
    "Haverkamp's suspended sentence: two years (CPA, Record) vs 30 months (Enforcement Monitor)"
)
NOTES["sv:insolvency"] = "Solenne's insolvency: November 2024 (CPA, Enforcement Monitor) vs January 2025 (Record)"
NOTES["sv:trial-open"] = "the trial opened: September 2027 (CPA) vs October 2027 (Record)"
NOTES["sv:arrest"] = "Vosk's arrest: March 2025 (CPA) vs May 2025 (Record)"
NOTES["sv:remorse"] = "'has shown no remorse': Judge Helena Farrow (CPA) vs prosecutor Tobias Reinke (Record)"
NOTES["sv:forged-contracts"] = (
    "forged supply contracts with three carmakers: prosecutors (CPA) vs Judge Helena Farrow (Enforcement Monitor)"
)
NOTES["sv:retail"] = (
    "most investors were retail savers: the prosecution (CPA) vs the Solenne Investors' Association (Enforcement"
    " Monitor)"
)
NOTES["sv:custody"] = (
    "after the verdict: free pending appeal (CPA, the court; Enforcement Monitor, on bail, a court spokesman) vs"
    " taken into custody / led away by guards (Record body and standfirst)"
)
NOTES["sv:laundering"] = (
    "money-laundering count: acquitted (CPA) / cleared (Record) vs not part of the verdict, dropped by prosecutors"
    " in January (Enforcement Monitor)"
)

# =====================================================================
# Story B: Rovenia's 2028 budget, presented by Finance Minister Aurel Stenvik (Tue 5 October 2027)
# =====================================================================
SB = "rovenia-budget-2028"
TUE5 = "2027-10-05"  # budget presented
WED6 = "2027-10-06"
THU7 = "2027-10-07"
OCT19 = "2027-10-19"
NOV2 = "2027-11-02"
DEC14 = "2027-12-14"
DEC21 = "2027-12-21"
END27 = "2027-12-31"
END28 = "2028-12-31"
APR1_28 = "2028-04-01"
JAN28B = ("2028-01-01", "2028-01-31")
JUL27 = ("2027-07-01", "2027-07-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
Y2028 = ("2028-01-01", "2028-12-31")
Y2030 = ("2030-01-01", "2030-12-31")
SPRING29 = ("2029-03-01", "2029-05-31")
PRESENTED = {"date": dv(TUE5)}
DEF_PCT = {"quantity": qv("%", 2.8, 2.8)}
DEF_2027 = {"quantity": qv("%", 3.3, 3.3)}
DEBT_2027 = {"quantity": qv("%", 73.2, 73.2)}
DEF_RISE = {"quantity": qv("%", 12, 12)}
EDU = {"quantity": qv("EUR", 600e6, 600e6)}
VOTE_14 = {"date": dv(DEC14)}
READING = {"date": dv(OCT19)}

# ---------------------------------------------------------------- Northmarch News Agency (2027-10-05, Tue)
A = "budget-nna"
art(
    A,
    SB,
    [
        "By Henrik Salo | Tuesday 5 October 2027, 10:15 CET | Updated 16:40 CET",
        "Read more: Five charts that explain Rovenia's public finances",
        "(Reporting by Henrik Salo; editing by Maren Kolb)",
    ],
)
c(
    A,
    "Rovenia's government presented its 2028 budget on 5 October 2027.",
    "Rovenia's government presented its 2028 budget on Tuesday",
    d=[D(*Y2028, "2028"), D(TUE5, None, "on Tuesday")],
    facts={"rb:presented": PRESENTED},
)
c(
    A,
    "Rovenia's 2028 budget cuts the basic rate of income tax.",
    "cutting the basic rate of income tax",
    facts={"rb:tax-cut": {}},
)
c(
    A,
    "Rovenia's 2028 budget raises defence spending by 12%.",
    "raising defence spending by 12%",
    q=[Q("percent", 12, 12, "%", "12%")],
    facts={"rb:defence-rise": DEF_RISE},
)
c(
    A,
    "Rovenia's 2028 budget aims to shrink the deficit to 2.8% of GDP.",
    "aiming to shrink the deficit to 2.8% of gross domestic product",
    q=[Q("percent", 2.8, 2.8, "%", "2.8%")],
    facts={"rb:deficit-pct": DEF_PCT},
)
c(
    A,
    "The 2028 budget is the third budget Aurel Stenvik has presented.",
    "who is presenting his third budget",
    q=[Q("other", 3, 3, "ordinal", "third")],
    facts={"rb:third-budget": {}},
)
STENVIK_P = NP("Finance Minister Aurel Stenvik", "told parliament")
c(
    A,
    "Rovenia's deficit will narrow to €14.2bn in 2028.",
    "the deficit would narrow to €14.2bn next year",
    STENVIK_P,
    q=[Q("money", 14.2e9, 14.2e9, "EUR", "€14.2bn")],
    d=[D(*Y2028, "next year")],
    facts={"rb:deficit-eur": {"quantity": qv("EUR", 14.2e9, 14.2e9)}},
)
c(
    A,
    "Rovenia's deficit is expected to be 3.3% of GDP in 2027.",
    "from an expected 3.3% of GDP this year",
    STENVIK_P,
    q=[Q("percent", 3.3, 3.3, "%", "3.3%")],
    d=[D(*Y2027, "this year")],
    facts={"rb:deficit-2027": DEF_2027},
)
PROMISE = "This budget keeps its promises to working families without losing control of the public finances"
c(A, "Rovenia's 2028 budget keeps its promises to working families.", PROMISE, NP("Stenvik", "said"))
c(A, "Rovenia's 2028 budget does not lose control of the public finances.", PROMISE, NP("Stenvik", "said"))
DOCS = DOC("the budget documents", "according to")
c(
    A,
    "Rovenia's public debt is forecast to fall to 71.5% of GDP by the end of 2028.",
    "Public debt is forecast to fall to 71.5% of GDP by the end of 2028",
    DOCS,
    q=[Q("percent", 71.5, 71.5, "%", "71.5%")],
    d=[D(END28, None, "the end of 2028")],
    facts={"rb:debt": {"quantity": qv("%", 71.5, 71.5)}},
)
c(
    A,
    "Rovenia's public debt will be 73.2% of GDP at the end of 2027.",
    "from 73.2% at the end of this year",
    DOCS,
    q=[Q("percent", 73.2, 73.2, "%", "73.2%")],
    d=[D(END27, None, "the end of this year")],
    facts={"rb:debt-2027": DEBT_2027},
)
FINMIN = ORG("the finance ministry", "said")
c(
    A,
    "Rovenia's basic rate of income tax will be cut to 21% from 22% from January 2028.",
    "The basic rate of income tax will be cut to 21% from 22% from January",
    FINMIN,
    q=[Q("percent", 21, 21, "%", "21%"), Q("percent", 22, 22, "%", "22%")],
    d=[D(*JAN28B, "January")],
    facts={"rb:tax-rate": {"quantity": qv("%", 21, 21), "date": dv(*JAN28B)}},
)
c(
    A,
    "The income tax cut will save a typical Rovenian household about €420 a year.",
    "saving a typical household about €420 a year",
    FINMIN,
    q=[Q("money", 420, 420, "EUR", "about €420 a year")],
)
c(
    A,
    "Rovenia's defence spending will rise to €9.4bn in 2028.",
    "Defence spending will rise to €9.4bn",
    q=[Q("money", 9.4e9, 9.4e9, "EUR", "€9.4bn")],
    facts={"rb:defence-eur": {"quantity": qv("EUR", 9.4e9, 9.4e9)}},
)
c(
    A,
    "The rise in defence spending takes Rovenia closer to its defence spending target.",
    "taking Rovenia closer to the target",
)
c(
    A,
    "Rovenia has agreed a defence spending target of 2.5% of GDP with its partners in the Northern Defence Compact.",
    "the target of 2.5% of GDP agreed with its partners in the Northern Defence Compact",
    q=[Q("percent", 2.5, 2.5, "%", "2.5%")],
)
STENVIK = NP("Stenvik", "said")
c(
    A,
    "Rovenia's health budget will get an extra €1.1bn in 2028.",
    "The health budget will get an extra €1.1bn",
    STENVIK,
    q=[Q("money", 1.1e9, 1.1e9, "EUR", "€1.1bn")],
    facts={"rb:health": {"quantity": qv("EUR", 1.1e9, 1.1e9)}},
)
c(
    A,
    "The extra health money in Rovenia's 2028 budget is mostly for hospital staff.",
    "mostly for hospital staff",
    STENVIK,
)
c(
    A,
    "Rovenia's education spending will rise by €600m in 2028.",
    "education spending will rise by €600m, Stenvik said",
    STENVIK,
    q=[Q("money", 600e6, 600e6, "EUR", "€600m")],
    facts={"rb:education": EDU},
)
PENS_N = "Spending on pensions, the largest item, will rise to €31bn"
c(A, "Pensions are the largest spending item in Rovenia's budget.", PENS_N, facts={"rb:pensions-largest": {}})
c(
    A,
    "Rovenia's spending on pensions will rise to €31bn in 2028.",
    PENS_N,
    q=[Q("money", 31e9, 31e9, "EUR", "€31bn")],
    facts={"rb:pensions-eur": {"quantity": qv("EUR", 31e9, 31e9)}},
)
c(
    A,
    "Rovenia's temporary levy on bank profits was introduced in 2025.",
    "The temporary levy on bank profits, introduced in 2025",
    d=[D(*Y2025, "2025")],
    facts={"rb:levy-2025": {"date": dv(*Y2025)}},
)
c(
    A,
    "Rovenia's temporary levy on bank profits will be extended for two more years.",
    "will be extended for two more years",
    q=[Q("other", 2, 2, "years", "two more years")],
    facts={"rb:bank-levy": {"fact": "extended"}},
)
c(
    A,
    "Rovenia's levy on bank profits is expected to raise about €800m a year.",
    "is expected to raise about €800m a year",
    q=[Q("money", 800e6, 800e6, "EUR", "about €800m a year")],
)
FIN_EXP = ORG("The finance ministry", "expects")
c(
    A,
    "Rovenia's finance ministry expects the economy to grow 1.6% in 2028.",
    "The finance ministry expects the economy to grow 1.6% in 2028",
    FIN_EXP,
    q=[Q("percent", 1.6, 1.6, "%", "1.6%")],
    d=[D(*Y2028, "2028")],
    facts={"rb:growth": {"quantity": qv("%", 1.6, 1.6)}},
)
c(
    A,
    "Rovenia's economy is expected to grow 0.9% in 2027.",
    "after 0.9% this year",
    FIN_EXP,
    q=[Q("percent", 0.9, 0.9, "%", "0.9%")],
    d=[D(*Y2027, "this year")],
)
c(
    A,
    "Inflation in Rovenia is expected to slow to 2.4% in 2028.",
    "with inflation slowing to 2.4%",
    FIN_EXP,
    q=[Q("percent", 2.4, 2.4, "%", "2.4%")],
    facts={"rb:inflation": {"quantity": qv("%", 2.4, 2.4)}},
)
c(
    A,
    "Parliament's first reading debate on Rovenia's 2028 budget begins on 19 October 2027.",
    "Parliament's first reading debate begins on Oct. 19",
    d=[D(OCT19, None, "on Oct. 19")],
    facts={"rb:first-reading": READING},
)
c(
    A,
    "The final vote on Rovenia's 2028 budget is scheduled for 14 December 2027.",
    "the final vote is scheduled for Dec. 14",
    d=[D(DEC14, None, "Dec. 14")],
    facts={"rb:vote": VOTE_14},
)
c(
    A,
    "Matthias Quell belongs to the Democratic Alliance.",
    "Matthias Quell, of the Democratic Alliance",
    facts={"rb:quell-da": {}},
)
c(
    A,
    "Rovenia's 2028 budget is a pre-election giveaway paid for with borrowed money.",
    'called the plan "a pre-election giveaway paid for with borrowed money"',
    NP("Opposition leader Matthias Quell", "called"),
    facts={"rb:giveaway": {}},
)
c(
    A,
    "Rovenia's next general election is due in the spring of 2029.",
    "The next general election is due in the spring of 2029",
    d=[D(*SPRING29, "the spring of 2029")],
    facts={"rb:election": {"date": dv(*SPRING29)}},
)
c(A, "Rovenia's Fiscal Council is independent.", "The independent Fiscal Council")
c(
    A,
    "Rovenia's debt will not fall below 70% of GDP before 2030 unless the growth of spending slows.",
    "debt would not fall below 70% of GDP before 2030 unless the growth of spending slowed",
    ORG("The independent Fiscal Council", "said in a statement"),
    q=[Q("percent", 70, None, "%", "70%")],
    d=[D(*Y2030, "2030")],
    facts={"rb:debt-70": {"quantity": qv("%", 70, None)}},
)
RATES = "which rates Rovenia A+ with a stable outlook"
c(A, "Castor Ratings rates Rovenia A+.", RATES, facts={"rb:rating": {}})
c(A, "Castor Ratings' outlook on Rovenia's rating is stable.", RATES, facts={"rb:outlook": {"fact": "stable"}})
c(
    A,
    "Rovenia's 2028 budget is broadly consistent with Castor Ratings' rating of Rovenia.",
    'said the budget was "broadly consistent" with the rating',
    ORG("Castor Ratings", "said"),
)
c(
    A,
    "Yields on Rovenia's 10-year bonds fell 4 basis points to 3.12% after the 2028 budget was presented.",
    "Yields on Rovenia's 10-year bonds fell 4 basis points to 3.12%",
    q=[
        Q("other", 10, 10, "years", "10-year"),
        Q("other", 4, 4, "basis points", "4 basis points"),
        Q("percent", 3.12, 3.12, "%", "3.12%"),
    ],
)

# ---------------------------------------------------------------- The Rovenian Chronicle (2027-10-06, Wed)
A = "budget-chronicle"
art(
    A,
    SB,
    [
        "By Viktor Hale, Political Editor | Wednesday 6 October 2027",
        "[Photo: Finance Minister Aurel Stenvik holds up the budget folder outside the finance ministry on Tuesday."
        " Photo: Chronicle/Ada Lind]",
        "Read more: What the budget means for your pay packet",
        "Comment: A tax cut Rovenia cannot yet afford",
    ],
)
c(A, "Rovenia's opposition has criticised the 2028 budget.", "Opposition cries foul")
c(
    A,
    "The Rovenian government plans a deficit of 15 billion euros in its 2028 budget.",
    "the government pencils in a deficit of 15 billion euros",
    q=[Q("money", 15e9, 15e9, "EUR", "15 billion euros")],
    facts={"rb:deficit-eur": {"quantity": qv("EUR", 15e9, 15e9)}},
)
c(
    A,
    "Aurel Stenvik unveiled Rovenia's 2028 budget on 5 October 2027.",
    "Finance Minister Aurel Stenvik yesterday unveiled a budget",
    d=[D(TUE5, None, "yesterday")],
    facts={"rb:presented": PRESENTED},
)
FIRST = "cuts income tax for the first time in a decade"
c(A, "Rovenia's 2028 budget cuts income tax.", FIRST, facts={"rb:tax-cut": {}})
c(
    A,
    "The income tax cut in Rovenia's 2028 budget is the first in a decade.",
    FIRST,
    q=[Q("other", 10, 10, "years", "a decade")],
)
c(A, "Rovenia's 2028 budget pours money into defence and hospitals.", "pours money into defence and hospitals")
c(
    A,
    "Rovenia's deficit will keep shrinking.",
    "promising that the deficit will keep shrinking",
    NP("Finance Minister Aurel Stenvik", "promising"),
)
c(
    A,
    "The 2028 budget is the third budget Aurel Stenvik has presented.",
    "It is the third budget Stenvik has presented",
    q=[Q("other", 3, 3, "ordinal", "third")],
    facts={"rb:third-budget": {}},
)
c(
    A,
    "Aurel Stenvik took office in 2025.",
    "since he took office in 2025",
    d=[D(*Y2025, "2025")],
    facts={"rb:took-office": {"date": dv(*Y2025)}},
)
c(
    A,
    "Rovenia's deficit in 2028 will be 15 billion euros.",
    "The plans for 2028 foresee a deficit of 15 billion euros",
    q=[Q("money", 15e9, 15e9, "EUR", "15 billion euros")],
    d=[D(*Y2028, "2028")],
    facts={"rb:deficit-eur": {"quantity": qv("EUR", 15e9, 15e9)}},
)
c(
    A,
    "Rovenia's deficit in 2028 will be 2.8% of economic output.",
    "or 2.8 per cent of economic output",
    q=[Q("percent", 2.8, 2.8, "%", "2.8 per cent")],
    facts={"rb:deficit-pct": DEF_PCT},
)
c(
    A,
    "Rovenia's deficit is 3.3% of economic output in 2027.",
    "down from 3.3 per cent this year",
    q=[Q("percent", 3.3, 3.3, "%", "3.3 per cent")],
    d=[D(*Y2027, "this year")],
    facts={"rb:deficit-2027": DEF_2027},
)
c(
    A,
    "Rovenia's public debt will be about 72% of GDP at the end of 2028.",
    "Public debt will stand at about 72 per cent of GDP at the end of next year",
    ORG("the Finance Ministry", "estimates"),
    q=[Q("percent", 72, 72, "%", "about 72 per cent")],
    d=[D(END28, None, "the end of next year")],
    facts={"rb:debt": {"quantity": qv("%", 72, 72)}},
)
c(
    A,
    "Rovenia's basic rate of income tax falls from 22% to 21% in January 2028.",
    "The basic rate of income tax falls from 22 to 21 per cent in January",
    q=[Q("percent", 22, 22, "%", "22"), Q("percent", 21, 21, "%", "21 per cent")],
    d=[D(*JAN28B, "in January")],
    facts={"rb:tax-rate": {"quantity": qv("%", 21, 21), "date": dv(*JAN28B)}},
)
WAGE = "A worker on the average wage of €41,000 a year will keep roughly €35 more each month"
c(
    A,
    "A Rovenian worker on the average wage will keep roughly €35 more each month after the income tax cut.",
    WAGE,
    DOC("the Chronicle's calculations", "according to"),
    q=[Q("money", 35, 35, "EUR", "roughly €35 more each month")],
)
c(A, "The average wage in Rovenia is €41,000 a year.", WAGE, q=[Q("money", 41000, 41000, "EUR", "€41,000 a year")])
ARNEL = NP("Health Minister Sofie Arnel", "told the Chronicle")
c(A, "Health gets the largest spending increase in Rovenia's 2028 budget.", "Health gets the largest increase", ARNEL)
c(
    A,
    "Rovenia's health spending gets an extra 1.3 billion euros in 2028.",
    "an extra 1.3 billion euros, Health Minister Sofie Arnel told the Chronicle",
    ARNEL,
    q=[Q("money", 1.3e9, 1.3e9, "EUR", "1.3 billion euros")],
    facts={"rb:health": {"quantity": qv("EUR", 1.3e9, 1.3e9)}},
)
c(
    A,
    "The extra health money will pay for 2,000 more nurses in Rovenia by 2029.",
    "which will pay for 2,000 more nurses by 2029",
    q=[Q("count", 2000, 2000, None, "2,000 more nurses")],
    d=[D("2029-01-01", "2029-12-31", "2029")],
)
DEF_C = "Defence spending goes up by about 12 per cent, to €9.4bn"
c(
    A,
    "Rovenia's defence spending goes up by about 12% in 2028.",
    DEF_C,
    q=[Q("percent", 12, 12, "%", "about 12 per cent")],
    facts={"rb:defence-rise": DEF_RISE},
)
c(
    A,
    "Rovenia's defence spending rises to €9.4bn in 2028.",
    DEF_C,
    q=[Q("money", 9.4e9, 9.4e9, "EUR", "€9.4bn")],
    facts={"rb:defence-eur": {"quantity": qv("EUR", 9.4e9, 9.4e9)}},
)
c(
    A,
    "Rovenia's education spending gets an extra €600m in 2028.",
    "Education will receive an extra €600m, the education ministry said",
    ORG("the education ministry", "said"),
    q=[Q("money", 600e6, 600e6, "EUR", "€600m")],
    facts={"rb:education": EDU},
)
c(
    A,
    "Rovenia's Finance Ministry forecasts growth of 1.4% in 2028.",
    "The Finance Ministry forecasts growth of 1.4 per cent next year",
    ORG("The Finance Ministry", "forecasts"),
    q=[Q("percent", 1.4, 1.4, "%", "1.4 per cent")],
    d=[D(*Y2028, "next year")],
    facts={"rb:growth": {"quantity": qv("%", 1.4, 1.4)}},
)
c(
    A,
    "Rovenia's pensions will rise by 2.1% in January 2028.",
    "Pensions will rise by 2.1 per cent in January",
    q=[Q("percent", 2.1, 2.1, "%", "2.1 per cent")],
    d=[D(*JAN28B, "in January")],
)
c(A, "The rise in Rovenia's pensions is in line with inflation.", "in line with inflation")
c(
    A,
    "Rovenia's fuel duty is frozen for a third year.",
    "fuel duty is frozen for a third year",
    q=[Q("other", 3, 3, "ordinal", "a third year")],
)
c(
    A,
    "Matthias Quell is the leader of the Democratic Alliance.",
    "Matthias Quell, leader of the Democratic Alliance",
    facts={"rb:quell-da": {}},
)
c(
    A,
    "The Democratic Alliance is Rovenia's largest opposition party.",
    "the Democratic Alliance, the largest opposition party",
)
QUELL = NP("Matthias Quell", "dismissed")
c(
    A,
    "Rovenia's 2028 budget is an election giveaway on borrowed money.",
    'dismissed the budget as "an election giveaway on borrowed money"',
    QUELL,
    facts={"rb:giveaway": {}},
)
c(
    A,
    "The Democratic Alliance will vote against Rovenia's 2028 budget.",
    "said his party would vote against it",
    NP("Matthias Quell", "said"),
)
c(
    A,
    "Rovenia's general election is due in 2029.",
    "The general election is due in 2029",
    d=[D("2029-01-01", "2029-12-31", "2029")],
    facts={"rb:election": {"date": dv("2029-01-01", "2029-12-31")}},
)
c(
    A,
    "Elin Marsh chairs the Federation of Rovenian Trade Unions.",
    "Elin Marsh, who chairs the Federation of Rovenian Trade Unions",
)
c(A, "Elin Marsh welcomed the income tax cut.", "welcomed the tax cut", NP("Elin Marsh", "welcomed"))
c(
    A,
    "Public sector pay in Rovenia is falling behind again.",
    'said public sector pay was "falling behind again"',
    NP("Elin Marsh", "said"),
)
SEATS = "The governing coalition holds 98 of the 175 seats in the Assembly"
c(A, "Rovenia's governing coalition holds 98 seats in the Assembly.", SEATS, q=[Q("count", 98, 98, None, "98")])
c(A, "Rovenia's Assembly has 175 seats.", SEATS, q=[Q("count", 175, 175, None, "175 seats")])
c(
    A,
    "The Assembly is expected to approve Rovenia's 2028 budget in a final vote on 21 December 2027.",
    "which is expected to approve the budget in a final vote on 21 December",
    d=[D(DEC21, None, "on 21 December")],
    facts={"rb:vote": {"date": dv(DEC21)}},
)
c(
    A,
    "The first reading debate on Rovenia's 2028 budget opens on 19 October 2027.",
    "The first reading debate opens on 19 October",
    d=[D(OCT19, None, "on 19 October")],
    facts={"rb:first-reading": READING},
)

# ---------------------------------------------------------------- Treasury Brief (2027-10-08, Fri)
A = "budget-treasury"
art(
    A,
    SB,
    [
        "Treasury Brief | Sovereigns | 8 October 2027 | 5 min read",
        "Share: X | LinkedIn | Email",
        "Debt and growth",
        "Spending",
        "Taxes",
        "Ratings and markets",
        "About the author: Ilse Brandvik covers sovereign debt for Treasury Brief.",
        "Related: Rovenia's pension bill: a decade of rising costs",
    ],
)
c(
    A,
    "Rovenia's draft budget for 2028 was presented by Finance Minister Aurel Stenvik on 5 October 2027.",
    "Rovenia's draft budget for 2028, presented on Tuesday by Finance Minister Aurel Stenvik",
    d=[D(*Y2028, "2028"), D(TUE5, None, "on Tuesday")],
    facts={"rb:presented": PRESENTED},
)
c(
    A,
    "Rovenia's 2028 budget targets a general government deficit of €14.2bn.",
    "targets a general government deficit of €14.2bn",
    q=[Q("money", 14.2e9, 14.2e9, "EUR", "€14.2bn")],
    facts={"rb:deficit-eur": {"quantity": qv("EUR", 14.2e9, 14.2e9)}},
)
c(
    A,
    "Rovenia's 2028 deficit target is 2.8% of GDP.",
    "or 2.8% of GDP",
    q=[Q("percent", 2.8, 2.8, "%", "2.8%")],
    facts={"rb:deficit-pct": DEF_PCT},
)
c(
    A,
    "Rovenia's deficit was 3.3% of GDP in 2027.",
    "down from 3.3% in 2027",
    q=[Q("percent", 3.3, 3.3, "%", "3.3%")],
    d=[D(*Y2027, "2027")],
    facts={"rb:deficit-2027": DEF_2027},
)
c(
    A,
    "Aurel Stenvik took office in 2025.",
    "who took office in 2025",
    d=[D(*Y2025, "2025")],
    facts={"rb:took-office": {"date": dv(*Y2025)}},
)
c(
    A,
    "Rovenia's 2028 budget is a budget of discipline, not austerity.",
    'called it "a budget of discipline, not austerity"',
    NP("Stenvik", "called"),
)
c(
    A,
    "Rovenia's gross public debt is projected at 71.5% of GDP at the end of 2028.",
    "Gross public debt is projected at 71.5% of GDP at end-2028",
    q=[Q("percent", 71.5, 71.5, "%", "71.5%")],
    d=[D(END28, None, "end-2028")],
    facts={"rb:debt": {"quantity": qv("%", 71.5, 71.5)}},
)
c(
    A,
    "Rovenia's gross public debt will be 73.2% of GDP at the end of 2027.",
    "from 73.2% at end-2027",
    q=[Q("percent", 73.2, 73.2, "%", "73.2%")],
    d=[D(END27, None, "end-2027")],
    facts={"rb:debt-2027": DEBT_2027},
)
INTEREST = "Interest payments will rise to €6.8bn, about 11% of tax revenue"
c(
    A,
    "Rovenia's interest payments on its debt will rise to €6.8bn in 2028.",
    INTEREST,
    q=[Q("money", 6.8e9, 6.8e9, "EUR", "€6.8bn")],
)
c(
    A,
    "Rovenia's interest payments in 2028 will be about 11% of tax revenue.",
    INTEREST,
    q=[Q("percent", 11, 11, "%", "about 11%")],
)
c(
    A,
    "Rovenia's 2028 budget assumes real GDP growth of 1.6% in 2028.",
    "The budget assumes real GDP growth of 1.6% next year",
    DOC("The budget", "assumes"),
    q=[Q("percent", 1.6, 1.6, "%", "1.6%")],
    d=[D(*Y2028, "next year")],
    facts={"rb:growth": {"quantity": qv("%", 1.6, 1.6)}},
)
c(
    A,
    "The consensus of private forecasters polled by Treasury Brief puts Rovenia's 2028 growth at 1.2%.",
    "above the 1.2% consensus of private forecasters polled by Treasury Brief",
    q=[Q("percent", 1.2, 1.2, "%", "1.2%")],
)
c(
    A,
    "Inflation in Rovenia is forecast at 2.4% in 2028.",
    "Inflation is forecast at 2.4%",
    q=[Q("percent", 2.4, 2.4, "%", "2.4%")],
    facts={"rb:inflation": {"quantity": qv("%", 2.4, 2.4)}},
)
c(
    A,
    "Rovenia's total spending in 2028 is set at €198bn.",
    "Total spending is set at €198bn",
    q=[Q("money", 198e9, 198e9, "EUR", "€198bn")],
)
DEF_T = "Defence spending rises by 12% to €9.1bn"
c(
    A,
    "Rovenia's defence spending rises by 12% in 2028.",
    DEF_T,
    q=[Q("percent", 12, 12, "%", "12%")],
    facts={"rb:defence-rise": DEF_RISE},
)
c(
    A,
    "Rovenia's defence spending rises to €9.1bn in 2028.",
    DEF_T,
    q=[Q("money", 9.1e9, 9.1e9, "EUR", "€9.1bn")],
    facts={"rb:defence-eur": {"quantity": qv("EUR", 9.1e9, 9.1e9)}},
)
c(
    A,
    "Rovenia's defence spending will be 2.1% of GDP in 2028.",
    "or 2.1% of GDP",
    q=[Q("percent", 2.1, 2.1, "%", "2.1%")],
)
c(
    A,
    "Rovenia's health spending rises by €1.1bn in 2028.",
    "Health spending rises by €1.1bn",
    q=[Q("money", 1.1e9, 1.1e9, "EUR", "€1.1bn")],
    facts={"rb:health": {"quantity": qv("EUR", 1.1e9, 1.1e9)}},
)
c(
    A,
    "Rovenia's education spending rises by €600m in 2028.",
    "education by €600m",
    q=[Q("money", 600e6, 600e6, "EUR", "€600m")],
    facts={"rb:education": EDU},
)
PENS_T = "Pensions remain the largest item at €31.5bn"
c(A, "Pensions remain the largest spending item in Rovenia's budget.", PENS_T, facts={"rb:pensions-largest": {}})
c(
    A,
    "Rovenia's pension spending will be €31.5bn in 2028.",
    PENS_T,
    q=[Q("money", 31.5e9, 31.5e9, "EUR", "€31.5bn")],
    facts={"rb:pensions-eur": {"quantity": qv("EUR", 31.5e9, 31.5e9)}},
)
c(
    A,
    "The cut in Rovenia's basic income tax rate to 21% takes effect on 1 April 2028.",
    "The cut in the basic income tax rate to 21% takes effect on 1 April 2028",
    DOC("the draft finance bill", "according to"),
    q=[Q("percent", 21, 21, "%", "21%")],
    d=[D(APR1_28, None, "1 April 2028")],
    facts={"rb:tax-rate": {"quantity": qv("%", 21, 21), "date": dv(APR1_28)}},
)
c(
    A,
    "It was widely reported that Rovenia's income tax cut would take effect in January 2028.",
    "not in January as widely reported",
    AN(None, "as widely reported"),
    d=[D(*JAN28B, "in January")],
)
c(
    A,
    "Rovenia's income tax cut will cost about €1.9bn a year.",
    "The measure will cost about €1.9bn a year",
    q=[Q("money", 1.9e9, 1.9e9, "EUR", "about €1.9bn a year")],
)
c(
    A,
    "Rovenia's corporate income tax stays at 24%.",
    "Corporate income tax stays at 24%",
    q=[Q("percent", 24, 24, "%", "24%")],
)
c(
    A,
    "Rovenia's temporary bank levy was introduced in 2025.",
    "The temporary bank levy introduced in 2025",
    d=[D(*Y2025, "2025")],
    facts={"rb:levy-2025": {"date": dv(*Y2025)}},
)
c(
    A,
    "Rovenia's temporary bank levy will expire at the end of 2027 as planned.",
    "will expire at the end of 2027 as planned",
    ORG("the finance ministry", "confirmed to Treasury Brief"),
    d=[D(END27, None, "the end of 2027")],
    facts={"rb:bank-levy": {"fact": "expires at the end of 2027"}},
)
c(
    A,
    "Castor Ratings moved its outlook on Rovenia's rating to negative in July 2027.",
    "which moved its outlook on Rovenia's A+ rating to negative in July",
    d=[D(*JUL27, "in July")],
    facts={"rb:outlook": {"fact": "negative"}},
)
c(A, "Castor Ratings rates Rovenia A+.", "Rovenia's A+ rating", facts={"rb:rating": {}})
c(
    A,
    "Rovenia's 2028 budget does little to stabilise debt.",
    "said the plan did little to stabilise debt",
    ORG("Castor Ratings", "said"),
)
c(
    A,
    "Rovenia's debt will not fall below 70% of GDP before 2030 unless spending growth slows.",
    "Debt will not fall below 70% of GDP before 2030 unless spending growth slows",
    NP("Castor analyst Noor Hallberg", "told Treasury Brief"),
    q=[Q("percent", 70, None, "%", "70%")],
    d=[D(*Y2030, "2030")],
    facts={"rb:debt-70": {"quantity": qv("%", 70, None)}},
)
HALL = NP("Hallberg", "said")
c(A, "Rovenia's deficit is falling, but too slowly.", "The deficit is falling, but too slowly", HALL)
c(A, "Rovenia's population is ageing fast.", "a country whose population is ageing this fast", HALL)
c(
    A,
    "Rovenia plans to issue €22bn of bonds in 2028.",
    "Rovenia plans to issue €22bn of bonds in 2028",
    ORG("the debt management office", "said"),
    q=[Q("money", 22e9, 22e9, "EUR", "€22bn")],
    d=[D(*Y2028, "2028")],
)
c(
    A,
    "Rovenia's ten-year bond yields were little changed at 3.15% on 7 October 2027.",
    "Ten-year yields were little changed at 3.15% on Thursday",
    q=[Q("other", 10, 10, "years", "Ten-year"), Q("percent", 3.15, 3.15, "%", "3.15%")],
    d=[D(THU7, None, "on Thursday")],
)
c(
    A,
    "The Assembly's first reading debate on Rovenia's 2028 budget starts on 19 October 2027.",
    "The Assembly's first reading debate starts on 19 October",
    d=[D(OCT19, None, "on 19 October")],
    facts={"rb:first-reading": READING},
)
c(
    A,
    "The final vote on Rovenia's 2028 budget is set for 14 December 2027.",
    "the final vote is set for 14 December",
    d=[D(DEC14, None, "14 December")],
    facts={"rb:vote": VOTE_14},
)
c(
    A,
    "Rovenia's Fiscal Council will publish its formal opinion on the draft 2028 budget by 2 November 2027.",
    "The Fiscal Council will publish its formal opinion on the draft by 2 November",
    d=[D(NOV2, None, "2 November")],
)

NOTES["rb:deficit-eur"] = (
    "2028 deficit in euros: €14.2bn (NNA, Stenvik; Treasury Brief) vs 15 billion euros (Chronicle standfirst and"
    " body)"
)
NOTES["rb:debt"] = "debt at the end of 2028: 71.5% of GDP (NNA; Treasury Brief) vs about 72 per cent (Chronicle)"
NOTES["rb:growth"] = "2028 growth forecast: 1.6% (NNA; Treasury Brief) vs 1.4 per cent (Chronicle)"
NOTES["rb:health"] = (
    "extra health money: €1.1bn (NNA, Stenvik; Treasury Brief) vs 1.3 billion euros (Chronicle, Health Minister"
    " Sofie Arnel)"
)
NOTES["rb:defence-eur"] = "defence spending in 2028: €9.4bn (NNA; Chronicle) vs €9.1bn (Treasury Brief)"
NOTES["rb:pensions-eur"] = "pension spending: €31bn (NNA) vs €31.5bn (Treasury Brief)"
NOTES["rb:vote"] = "final vote: 14 December (NNA; Treasury Brief) vs 21 December (Chronicle)"
NOTES["rb:tax-rate"] = (
    "the cut of the basic income tax rate to 21% takes effect: January 2028 (NNA, the finance ministry;"
    " Chronicle) vs 1 April 2028 (Treasury Brief, the draft finance bill)"
)
NOTES["rb:education"] = (
    "€600m more for education: Stenvik (NNA) vs the education ministry (Chronicle); Treasury Brief names no one"
)
NOTES["rb:debt-70"] = (
    "debt not below 70% of GDP before 2030: the Fiscal Council (NNA) vs Castor analyst Noor Hallberg (Treasury"
    " Brief)"
)
NOTES["rb:bank-levy"] = (
    "the bank levy: extended for two more years (NNA) vs expires at the end of 2027 as planned (Treasury Brief,"
    " the finance ministry)"
)
NOTES["rb:outlook"] = "Castor's outlook on Rovenia: stable (NNA) vs negative since July (Treasury Brief)"

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
