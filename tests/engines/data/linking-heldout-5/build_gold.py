"""Gold for the fifth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-5/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-5/gold.json

Two invented stories of kinds the earlier corpora do not cover (a central bank interest-rate decision in the
invented country of Kesteria: a 25 basis point cut, a split vote of the Monetary Policy Council, inflation and
growth figures, the next meeting, market and economists' reactions; the first round of a mayoral and city
council election in the invented city of Brenholm: vote shares, ballots counted, turnout, council seats, a runoff,
concessions and a disputed count), each covered by three invented outlets (wire, national/local paper,
specialist site), written and annotated by hand without looking at or running any engine on them.
First run of the engines on it (2026-11-29, code at eeb2b2c; nothing was changed after reading its output, and
its misses were not looked at, so it stays unseen for the next change): extraction recall 0.789, precision 0.844,
9 noise claims, dates 0.759, quantities 0.790; links end to end precision 0.679, recall 0.486, conflicts with the
right field 9/30; links on the gold claims precision 0.551, recall 0.806, conflicts 20/38. (The code at the start
of that session, fcb43d2, gives the same extraction but dates 0.707; end to end precision 0.625, recall 0.473,
conflicts 8/30; gold claims precision 0.560, recall 0.806, conflicts 19/38.)

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-4/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact).

`c(...)` copies the claim's canonicalised attribution (spokespeople and officials count as their
organisation: the governor, the deputy governor, the bank's statement, its Inflation Report and its projections
all count as the NBK; the commission's chair counts as the commission; unnamed or missing sources give nothing)
into each of its fact values, so that an attribution conflict is derived whenever two linked claims name
different sources. Independent economists and the political scientist speak for themselves.

Quantities and dates: each claim records only the quantities and dates it states itself, even when it shares
its span with other claims split from the same sentence. check() requires every number and calendar word in a
span to be recorded by at least one claim sharing it. Rate changes and yield moves are `other` quantities in
"bp" (basis points) or "percentage points" ("a quarter of a percentage point", "quarter-point" = 0.25); the
fact values compare them in bp. Rates, shares, inflation and growth are `percent`. The invented Kesterian
crown has no ISO code: amounts in crowns use the unit "KSC", and exchange rates are `other` quantities in unit
"KSC/EUR". Ordinals ("second", "third", "fourth") are `other` in unit "ordinal"; "5-2" records both counts
with the text "5-2". A vote split is one fact: the claims that state how many members voted for the cut
share the key cb:votes-for, those that state how many voted against share cb:votes-against, and a claim that
states both ("six votes to one", "5-2") carries both keys. Editorial evaluation with nothing checkable in it
(the Frontier Rates Monitor's "Our view" paragraph, The Ballot Desk's "What to watch") yields no claims. Page
furniture is noise: bylines and datelines with time stamps, share bars, subheads, photo captions, newsletter,
membership and author boxes, "Our Standards", "Have your say", "Read more" and "Related" lines.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  rate      quantity: members voting for the cut (five / 5-2 vs six votes to one), members voting against (two /
            5-2 vs one), April inflation (4.1% vs 4.3 per cent), the NBK's new 2026 growth forecast (1.8% / 1.8
            per cent vs 1.6%), the crown's fall against the euro (0.6% vs 0.9 per cent / 0.9%), the crown's rate
            after the decision (24.38 vs 24.45 per euro);
            date: the hike to 6.5% after which the rate was left unchanged (September 2024 vs October 2024), the
            next policy meeting (June 25 / June 24-25 vs July 2; June 24-25 contains June 25);
            attribution: inflation back at target in the second half of 2027 (the NBK's Inflation Report / the
            bank's new projections vs Finance Minister Oskar Dellin), another quarter-point cut expected at the
            next meeting (Hana Kroll of Velgrad Capital vs Marek Duda of Corvin Bank);
            fact: whether the cut was expected (expected by 14 of 18 economists / in line with the consensus vs
            most analysts had expected a hold), Mira Hollander's vote (voted to hold / dissented vs backed the cut)
  election  quantity: Hallberg's first-round share (31.7% vs 31.2 per cent), ballots counted (412,560 vs 421,560
            votes cast), Aydar's votes (158,420 vs about 158,000: rounding), Civic Union council seats (18 vs 17);
            date: the runoff (June 21 vs June 28), Hallberg mayor since 2018 vs since 2019 (the Post's "mayor for
            the past eight years" states a duration only and links with both), completion of the Eastgate recount
            (Wednesday 10 June vs Friday 12 June);
            attribution: ballots counted twice in Eastgate (Dragan Lenz vs the monitoring group Citizens' Vote
            Watch), turnout the highest since 2010 (the Municipal Electoral Commission vs political scientist Lea
            Moritz; the Post gives no source);
            fact: Lenz conceded defeat on election night vs refused to concede; the commission found no grounds
            for a recount vs agreed to / ordered a recount of 14 polling stations in Eastgate
  Look-alikes that must not be linked: rate - the 6.25% policy rate vs the 5.25% deposit and 7.25% lombard
  rates; the 25bp cut vs the 8bp fall in the 10-year yield vs the 50bp of cuts priced by swap markets vs the
  further 25bp/quarter-point cut expected at the next meeting; April inflation 4.1%/4.3% vs the crown being up
  4.1% against the euro since January (FRM) vs core inflation 4.4% vs March inflation 4.8% vs the 3.6% forecast
  for the end of 2026 vs the 3% target; growth forecast 1.8%/1.6% vs the 0.3% first-quarter growth vs the 1.2%
  rise of the VSX All-Share index; the crown's fall (0.6%/0.9%) vs its 4.1% gain since January; the next
  meeting (June 25 / July 2) vs the previous meeting on April 2 vs Serafin not ruling out a move in June;
  Hollander's vote to hold in April (Velgrad Daily) vs her vote on 14 May; first cut since June 2023 vs the last
  hike in September/October 2024; Brankovic's "not rush" / "step by step" (Velgrad Daily) vs "further easing
  will depend on the data" (Northline, FRM); Serafin's "no case for a large cut" vs the expected further cut;
  Ostrowski joining the council in 2022; Brankovic's term ending in 2027 vs inflation back at target in the
  second half of 2027.
  Election - Aydar's 38.4% vs Brenholm Together's 34.6% of the council list vote vs her 52% in Eastgate vs the
  53% runoff poll; Hallberg's 31.7%/31.2% vs the 31 votes a council majority needs vs the 31 per cent rise in
  rents; turnout 46.2% vs the 41.5% of 2022; 412,560/421,560 ballots vs 893,000 registered voters vs Aydar's
  158,420 votes; Brenholm Together's 21 seats vs its 14 in 2022 vs the runoff on June 21; Civic Union 18/17 seats
  vs its 24 in 2022; Hallberg mayor since 2018 vs Aydar first elected to the council in 2018; his 54.3% in the
  2022 runoff vs the 53% poll; Lenz conceding (APS) vs Hallberg not conceding vs Hallberg congratulating Aydar
  (Post); Lenz declining to endorse anyone vs Osei endorsing Aydar vs Lenz telling his supporters to vote with
  their conscience (Ballot Desk); the Civic Union in control since 2006 vs the Social Democrats running the city
  until 2006; the recount of 14 polling stations vs the 14 seats of 2022; the recount finishing on Wednesday
  (Post) vs the Norda poll published on Wednesday (Ballot Desk).
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qm, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # rate story
    "National Bank of Kesteria": "NBK",
    "NBK": "NBK",
    "the statement": "NBK",
    "the bank's statement": "NBK",
    "Governor Teodor Brankovic": "NBK",
    "Teodor Brankovic": "NBK",
    "Brankovic": "NBK",
    "Deputy Governor Lidia Serafin": "NBK",
    "Lidia Serafin": "NBK",
    "The bank's new projections": "NBK",
    "Kesterian Statistical Office": "KSO",
    "Finance Minister Oskar Dellin": "Finance Ministry",
    "Oskar Dellin": "Finance Ministry",
    "Dellin": "Finance Ministry",
    "Hana Kroll": "Hana Kroll",
    "Kroll": "Hana Kroll",
    "Marek Duda": "Marek Duda",
    "Duda": "Marek Duda",
    "Kesterian Banking Association": "Kesterian Banking Association",
    # election story
    "Municipal Electoral Commission": "MEC",
    "MEC": "MEC",
    "official results": "MEC",
    "MEC chair Marta Kessel": "MEC",
    "Commission chair Marta Kessel": "MEC",
    "Marta Kessel": "MEC",
    "Kessel": "MEC",
    "Dragan Lenz": "Dragan Lenz",
    "Lenz": "Dragan Lenz",
    "Citizens' Vote Watch": "Citizens' Vote Watch",
    "Lea Moritz": "Lea Moritz",
    "Moritz": "Lea Moritz",
    "Selin Aydar": "Selin Aydar",
    "Aydar": "Selin Aydar",
    "Viktor Hallberg": "Viktor Hallberg",
    "Hallberg": "Viktor Hallberg",
    "Nadia Osei": "Nadia Osei",
    "Osei": "Nadia Osei",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: the National Bank of Kesteria's rate cut (May 2026)
# =====================================================================
SA = "kesteria-rate-cut-2026"
FRI8 = "2026-05-08"
THU14 = "2026-05-14"  # the decision
FRI15 = "2026-05-15"
MON18 = "2026-05-18"
APR2 = "2026-04-02"
JUN25 = "2026-06-25"
JUL2 = "2026-07-02"
LAST_WEEK = ("2026-05-04", "2026-05-10")  # "last week" in Northline (Thu 14 May)
JUN23 = ("2023-06-01", "2023-06-30")
SEP24 = ("2024-09-01", "2024-09-30")
OCT24 = ("2024-10-01", "2024-10-31")
FEB26 = ("2026-02-01", "2026-02-28")
MAR26 = ("2026-03-01", "2026-03-31")
APR26 = ("2026-04-01", "2026-04-30")
JUN26 = ("2026-06-01", "2026-06-30")
Q1_26 = ("2026-01-01", "2026-03-31")
SUMMER26 = ("2026-06-01", "2026-08-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
END26 = ("2026-12-21", "2026-12-31")
H2_27 = ("2027-07-01", "2027-12-31")
CUT_Q = qm(("bp", 25, 25), ("%", 6.25, 6.25))
NBK_SAID = ORG("National Bank of Kesteria", "said in a statement")

# ---------------------------------------------------------------- Northline News (2026-05-14, Thu)
A = "rate-northline"
art(
    A,
    SA,
    [
        "(Reporting by Nadia Rusu; Editing by Peter Lang)",
        "Our Standards: The Northline Trust Principles.",
        "Sign up for Emerging Markets Briefing, our free newsletter on central banks, currencies and bonds from Warsaw"
        " to Johannesburg, delivered to your inbox every weekday morning.",
        "Read more: Emerging Europe's central banks turn to easing as inflation cools",
    ],
)
c(
    A,
    "The National Bank of Kesteria (NBK) cut its benchmark interest rate by 25 basis points to 6.25% on 14 May 2026.",
    "The National Bank of Kesteria (NBK) cut its benchmark interest rate by 25 basis points to 6.25% on Thursday",
    q=[Q("other", 25, 25, "bp", "25 basis points"), Q("percent", 6.25, 6.25, "%", "6.25%")],
    d=[D(THU14, None, "on Thursday")],
    facts={"cb:cut": {"quantity": CUT_Q, "date": dv(THU14)}},
)
c(
    A,
    "The NBK's rate cut of 14 May 2026 was its first cut since June 2023.",
    "its first cut since June 2023",
    d=[D(*JUN23, "June 2023")],
    facts={"cb:first-cut": {"date": dv(*JUN23)}},
)
VOTE = "Five of the seven members of the bank's Monetary Policy Council voted for the cut"
c(
    A,
    "The NBK's Monetary Policy Council has seven members.",
    VOTE,
    q=[Q("count", 7, 7, None, "seven members")],
)
c(
    A,
    "Five members of the NBK's Monetary Policy Council voted for the rate cut of 14 May 2026.",
    VOTE,
    NBK_SAID,
    q=[Q("count", 5, 5, None, "Five")],
    facts={"cb:votes-for": {"quantity": qv("n for", 5, 5)}},
)
AGAINST = "two external members, Pavel Ostrowski and Mira Hollander, voted to keep the rate at 6.50%"
c(
    A,
    "Two members of the NBK's Monetary Policy Council voted to keep the rate at 6.50%.",
    AGAINST,
    NBK_SAID,
    q=[Q("count", 2, 2, None, "two external members"), Q("percent", 6.5, 6.5, "%", "6.50%")],
    facts={"cb:votes-against": {"quantity": qv("n against", 2, 2)}},
)
c(
    A,
    "Pavel Ostrowski voted to keep the NBK's rate at 6.50%.",
    AGAINST,
    NBK_SAID,
    q=[Q("percent", 6.5, 6.5, "%", "6.50%")],
    facts={"cb:ostrowski-hold": {}},
)
c(
    A,
    "Mira Hollander voted to keep the NBK's rate at 6.50%.",
    AGAINST,
    NBK_SAID,
    q=[Q("percent", 6.5, 6.5, "%", "6.50%")],
    facts={"cb:hollander-vote": {"fact": "voted against the cut"}},
)
EXTERNAL = "two external members, Pavel Ostrowski and Mira Hollander"
c(
    A,
    "Pavel Ostrowski is an external member of the NBK's Monetary Policy Council.",
    EXTERNAL,
    facts={"cb:ostrowski-external": {}},
)
c(A, "Mira Hollander is an external member of the NBK's Monetary Policy Council.", EXTERNAL)
c(
    A,
    "The NBK's benchmark rate had stood at 6.50% since a hike in September 2024.",
    "the rate at 6.50%, where it had stood since a hike in September 2024",
    NBK_SAID,
    q=[Q("percent", 6.5, 6.5, "%", "6.50%")],
    d=[D(*SEP24, "September 2024")],
    facts={"cb:hike": {"quantity": qv("%", 6.5, 6.5), "date": dv(*SEP24)}},
)
c(
    A,
    "The two dissenting members of the NBK council argued that wage growth was still too fast to allow easing.",
    "the two dissenters argued that wage growth was still too fast to allow easing",
    DOC("the statement", "According to"),
    q=[Q("count", 2, 2, None, "two dissenters")],
    facts={"cb:dissent-reason": {}},
)
c(
    A,
    "The NBK lowered its deposit rate to 5.25%.",
    "The bank also lowered its deposit rate to 5.25%",
    q=[Q("percent", 5.25, 5.25, "%", "5.25%")],
)
c(
    A,
    "The NBK lowered its lombard rate to 7.25%.",
    "its lombard rate to 7.25%",
    q=[Q("percent", 7.25, 7.25, "%", "7.25%")],
)
c(
    A,
    "The NBK's rate cut was expected by 14 of the 18 economists polled by Northline in the week of 4-10 May 2026.",
    "The decision was expected by 14 of the 18 economists polled by Northline last week",
    q=[Q("count", 14, 14, None, "14"), Q("count", 18, 18, None, "18 economists")],
    d=[D(*LAST_WEEK, "last week")],
    facts={"cb:expected": {"fact": "the cut was expected"}},
)
INFL = (
    "Annual consumer price inflation slowed to 4.1% in April from 4.8% in March, the Kesterian Statistical Office"
    " (KSO) said last Friday"
)
KSO_SAID = ORG("Kesterian Statistical Office", "said")
c(
    A,
    "Annual consumer price inflation in Kesteria slowed to 4.1% in April 2026, the Kesterian Statistical Office said"
    " on 8 May 2026.",
    INFL,
    KSO_SAID,
    q=[Q("percent", 4.1, 4.1, "%", "4.1%")],
    d=[D(*APR26, "in April"), D(FRI8, None, "last Friday")],
    facts={"cb:infl-apr": {"quantity": qv("%", 4.1, 4.1)}},
)
c(
    A,
    "Annual consumer price inflation in Kesteria was 4.8% in March 2026.",
    INFL,
    KSO_SAID,
    q=[Q("percent", 4.8, 4.8, "%", "4.8%")],
    d=[D(*MAR26, "in March")],
    facts={"cb:infl-mar": {"quantity": qv("%", 4.8, 4.8)}},
)
c(
    A,
    "The NBK expects inflation to return to its target in the second half of 2027.",
    "the NBK said it expected inflation to return to the target in the second half of 2027",
    ORG("NBK", "said it expected"),
    d=[D(*H2_27, "in the second half of 2027")],
    facts={"cb:target-return": {"date": dv(*H2_27)}},
)
c(
    A,
    "The NBK published its quarterly Inflation Report alongside its rate decision of 14 May 2026.",
    "In its quarterly Inflation Report, published alongside the decision",
)
c(
    A,
    "The NBK cut its forecast for Kesteria's economic growth in 2026 to 1.8% from 2.3%.",
    "The bank cut its forecast for economic growth this year to 1.8% from 2.3%",
    q=[Q("percent", 1.8, 1.8, "%", "1.8%"), Q("percent", 2.3, 2.3, "%", "2.3%")],
    d=[D(*Y2026, "this year")],
    facts={"cb:growth": {"quantity": qm(("% forecast", 1.8, 1.8), ("% previous forecast", 2.3, 2.3))}},
)
c(
    A,
    "The NBK now sees inflation at 3.6% at the end of 2026.",
    "it now sees inflation at 3.6% at the end of 2026",
    ORG("National Bank of Kesteria", "sees"),
    q=[Q("percent", 3.6, 3.6, "%", "3.6%")],
    d=[D(*END26, "at the end of 2026")],
    facts={"cb:infl-end26": {"quantity": qv("%", 3.6, 3.6), "date": dv(*END26)}},
)
GOV = NP("Governor Teodor Brankovic", "told a news conference")
c(
    A,
    "Further easing by the NBK will depend on the data.",
    "Further easing will depend on the data",
    GOV,
    facts={"cb:data-dependent": {}},
)
c(
    A,
    "The NBK is not declaring victory over inflation.",
    "We are not declaring victory over inflation",
    GOV,
)
c(
    A,
    "The balance of risks has shifted, and the NBK's policy has to shift with it.",
    "the balance of risks has shifted, and policy has to shift with it",
    GOV,
)
c(
    A,
    "Weaker demand from Kesteria's main export markets has weighed on Kesterian industry.",
    "weaker demand from Kesteria's main export markets had weighed on industry",
    NP("Brankovic", "said"),
)
c(
    A,
    "Wages in Kesteria rose 9.2% in the first quarter of 2026.",
    "wages, which rose 9.2% in the first quarter",
    NP("Brankovic", "said"),
    q=[Q("percent", 9.2, 9.2, "%", "9.2%")],
    d=[D(*Q1_26, "in the first quarter")],
    facts={"cb:wages": {"quantity": qv("%", 9.2, 9.2)}},
)
c(A, "Wages remain a risk to inflation in Kesteria.", "remained a risk to inflation", NP("Brankovic", "said"))
c(
    A,
    "The NBK's Monetary Policy Council reached its rate decision entirely on the basis of the bank's own analysis.",
    'he said the council had reached its decision "entirely on the basis of our own analysis"',
    NP("Brankovic", "said"),
)
CROWN = "The crown weakened 0.6% against the euro after the announcement, to 24.38 per euro"
c(
    A,
    "The Kesterian crown weakened 0.6% against the euro after the NBK's announcement of 14 May 2026.",
    CROWN,
    q=[Q("percent", 0.6, 0.6, "%", "0.6%")],
    facts={"cb:crown-move": {"quantity": qv("%", 0.6, 0.6)}},
)
c(
    A,
    "The Kesterian crown traded at 24.38 per euro after the NBK's announcement of 14 May 2026.",
    CROWN,
    q=[Q("other", 24.38, 24.38, "KSC/EUR", "24.38 per euro")],
    facts={"cb:crown-level": {"quantity": qv("KSC/EUR", 24.38, 24.38)}},
)
c(
    A,
    "The VSX All-Share index of Velgrad-listed companies rose 1.2% on 14 May 2026.",
    "The VSX All-Share index of Velgrad-listed companies rose 1.2%",
    q=[Q("percent", 1.2, 1.2, "%", "1.2%")],
)
c(
    A,
    "The yield on Kesteria's 10-year government bond fell 8 basis points to 5.12% on 14 May 2026.",
    "the yield on the 10-year government bond fell 8 basis points to 5.12%",
    q=[
        Q("other", 10, 10, "years", "10-year"),
        Q("other", 8, 8, "bp", "8 basis points"),
        Q("percent", 5.12, 5.12, "%", "5.12%"),
    ],
    facts={"cb:yield": {"quantity": qm(("bp", 8, 8), ("%", 5.12, 5.12))}},
)
c(
    A,
    "Hana Kroll is chief economist at Velgrad Capital.",
    "Hana Kroll, chief economist at Velgrad Capital",
)
c(
    A,
    "Hana Kroll expects another quarter-point cut by the NBK at its next meeting.",
    "she expected another quarter-point cut at the next meeting",
    NP("Hana Kroll", "said"),
    q=[Q("other", 0.25, 0.25, "percentage points", "quarter-point")],
    facts={"cb:next-cut": {"quantity": qv("bp", 25, 25)}},
)
c(
    A,
    "The NBK has opened the door to further cuts, and the data will push it through.",
    "The bank has opened the door, and the data will push it through",
    NP("Hana Kroll", "she said"),
)
c(
    A,
    "The NBK Monetary Policy Council's next policy meeting is on 25 June 2026.",
    "The council's next policy meeting is on June 25",
    d=[D(JUN25, None, "on June 25")],
    facts={"cb:next-meeting": {"date": dv(JUN25)}},
)
c(
    A,
    "Finance Minister Oskar Dellin welcomed the NBK's rate cut.",
    "Finance Minister Oskar Dellin welcomed the decision",
    facts={"cb:dellin": {}},
)
c(
    A,
    "Lower borrowing costs will help Kesterian households and small firms.",
    "lower borrowing costs would help households and small firms",
    NP("Finance Minister Oskar Dellin", "saying"),
)
c(
    A,
    "Kesterian households and small firms have struggled with high interest payments.",
    "households and small firms that have struggled with high interest payments",
    NP("Finance Minister Oskar Dellin", "saying"),
)

# ---------------------------------------------------------------- Velgrad Daily (2026-05-15, Fri)
A = "rate-velgrad"
art(
    A,
    SA,
    [
        "By Milena Horvat, Economics Editor | Friday 15 May 2026, 06:30",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Governor Teodor Brankovic at the bank's headquarters on Republic Square. Photo: Velgrad Daily/Ivo"
        " Marin]",
        "Have your say: how will the rate cut affect your household budget? Email letters@velgraddaily.example, giving"
        " your name and the town where you live.",
        "Read more: What the rate cut means for your mortgage",
        "Read more: Opinion - The central bank has finally listened",
        "Read more: Savers lose out as banks trim deposit rates",
    ],
)
c(
    A,
    "The National Bank of Kesteria lowered its main interest rate by a quarter of a percentage point, to 6.25 per"
    " cent, on 14 May 2026.",
    "The National Bank of Kesteria lowered its main interest rate yesterday by a quarter of a percentage point, to"
    " 6.25 per cent",
    q=[
        Q("other", 0.25, 0.25, "percentage points", "a quarter of a percentage point"),
        Q("percent", 6.25, 6.25, "%", "6.25 per cent"),
    ],
    d=[D(THU14, None, "yesterday")],
    facts={"cb:cut": {"quantity": CUT_Q, "date": dv(THU14)}},
)
c(
    A,
    "Most analysts had expected the NBK to keep borrowing costs on hold until the summer of 2026.",
    "Most analysts had expected the central bank to keep borrowing costs on hold until the summer",
    d=[D(*SUMMER26, "the summer")],
    facts={"cb:expected": {"fact": "the cut was a surprise (a hold was expected)"}},
)
VOTE_P = {"quantity": qm(("n for", 6, 6), ("n against", 1, 1))}
c(
    A,
    "The NBK's Monetary Policy Council voted by six votes to one for the rate cut.",
    "The Monetary Policy Council voted by six votes to one for the reduction",
    q=[Q("count", 6, 6, None, "six votes"), Q("count", 1, 1, None, "one")],
    facts={"cb:votes-for": VOTE_P, "cb:votes-against": VOTE_P},
)
c(
    A,
    "The NBK's rate cut of 14 May 2026 was its first in almost three years.",
    "the first in almost three years",
    q=[Q("other", None, 3, "years", "almost three years")],
    facts={"cb:first-cut": {}},
)
c(
    A,
    "Pavel Ostrowski wanted to keep the NBK's rate at 6.5 per cent.",
    "Only Pavel Ostrowski, an external member appointed by parliament, wanted to keep the rate at 6.5 per cent",
    q=[Q("percent", 6.5, 6.5, "%", "6.5 per cent")],
    facts={"cb:ostrowski-hold": {}},
)
c(
    A,
    "Pavel Ostrowski is an external member of the NBK's Monetary Policy Council, appointed by parliament.",
    "Pavel Ostrowski, an external member appointed by parliament",
    facts={"cb:ostrowski-external": {}},
)
c(
    A,
    "Mira Hollander voted to hold the NBK's rate in April 2026.",
    "Mira Hollander, who voted to hold in April",
    d=[D(*APR26, "in April")],
)
c(
    A,
    "Mira Hollander backed the NBK's rate cut of 14 May 2026.",
    "backed the cut this time",
    facts={"cb:hollander-vote": {"fact": "backed the cut"}},
)
c(
    A,
    "The NBK will not rush into further rate cuts.",
    "Governor Teodor Brankovic said the bank would not rush into further cuts",
    NP("Governor Teodor Brankovic", "said"),
)
c(
    A,
    "The NBK will move step by step.",
    "We will move step by step",
    NP("Governor Teodor Brankovic", "he told reporters"),
)
c(
    A,
    "The NBK's headquarters are on Republic Square.",
    "he told reporters at the bank's headquarters on Republic Square",
)
c(
    A,
    "Inflation in Kesteria fell to 4.3 per cent in April 2026.",
    "Inflation fell to 4.3 per cent in April",
    q=[Q("percent", 4.3, 4.3, "%", "4.3 per cent")],
    d=[D(*APR26, "in April")],
    facts={"cb:infl-apr": {"quantity": qv("%", 4.3, 4.3)}},
)
c(
    A,
    "Inflation in Kesteria was 4.8 per cent in March 2026.",
    "down from 4.8 per cent in March",
    q=[Q("percent", 4.8, 4.8, "%", "4.8 per cent")],
    d=[D(*MAR26, "in March")],
    facts={"cb:infl-mar": {"quantity": qv("%", 4.8, 4.8)}},
)
c(
    A,
    "Inflation in Kesteria is still well above the NBK's 3 per cent target.",
    "is still well above the central bank's 3 per cent target",
    q=[Q("percent", 3, 3, "%", "3 per cent")],
    facts={"cb:above-target": {}},
)
TARGET = "the central bank's 3 per cent target, which allows a tolerance band of one percentage point either way"
c(
    A,
    "The NBK's inflation target is 3 per cent.",
    TARGET,
    q=[Q("percent", 3, 3, "%", "3 per cent")],
    facts={"cb:target": {"quantity": qv("%", 3, 3)}},
)
c(
    A,
    "The NBK's inflation target allows a tolerance band of one percentage point either way.",
    TARGET,
    q=[Q("other", 1, 1, "percentage points", "one percentage point")],
)
c(
    A,
    "The NBK expects Kesteria's economy to grow by 1.8 per cent in 2026, down from its earlier forecast of 2.3 per"
    " cent.",
    "The bank now expects the economy to grow by 1.8 per cent this year, down from its earlier forecast of 2.3 per"
    " cent",
    ORG("National Bank of Kesteria", "expects"),
    q=[Q("percent", 1.8, 1.8, "%", "1.8 per cent"), Q("percent", 2.3, 2.3, "%", "2.3 per cent")],
    d=[D(*Y2026, "this year")],
    facts={"cb:growth": {"quantity": qm(("% forecast", 1.8, 1.8), ("% previous forecast", 2.3, 2.3))}},
)
c(
    A,
    "Inflation in Kesteria should fall back to the NBK's target in the second half of 2027.",
    "Finance Minister Oskar Dellin said inflation should fall back to the target in the second half of next year",
    NP("Finance Minister Oskar Dellin", "said"),
    d=[D(*H2_27, "in the second half of next year")],
    facts={"cb:target-return": {"date": dv(*H2_27)}},
)
c(
    A,
    "Finance Minister Oskar Dellin called the NBK's rate cut good news for families.",
    'He called the cut "good news for families"',
    NP("Oskar Dellin", "called"),
    facts={"cb:dellin": {}},
)
c(
    A,
    "The Kesterian government will keep its spending plans unchanged.",
    "said the government would keep its spending plans unchanged",
    NP("Oskar Dellin", "said"),
)
c(A, "The NBK's rate cut means cheaper loans for Kesterian households.", "For households, the cut means cheaper loans")
c(
    A,
    "About 70 per cent of Kesterian mortgages carry variable rates.",
    "About 70 per cent of Kesterian mortgages carry variable rates",
    ORG("Kesterian Banking Association", "according to"),
    q=[Q("percent", 70, 70, "%", "About 70 per cent")],
)
c(
    A,
    "After the NBK's rate cut, monthly payments on a typical 20-year mortgage of 3 million crowns will fall by about"
    " 450 crowns.",
    "On a typical 20-year mortgage of 3 million crowns, monthly payments will fall by about 450 crowns",
    ORG("Kesterian Banking Association", "estimated"),
    q=[
        Q("other", 20, 20, "years", "20-year"),
        Q("money", 3e6, 3e6, "KSC", "3 million crowns"),
        Q("money", 450, 450, "KSC", "about 450 crowns"),
    ],
)
c(A, "Kesterian savers will lose out from the NBK's rate cut.", "Savers will lose out")
c(
    A,
    "Several large Kesterian banks will lower the interest they pay on savings accounts from June 2026.",
    "Several large banks said they would lower the interest they pay on savings accounts from next month",
    AN("Several large banks", "said"),
    d=[D(*JUN26, "from next month")],
)
CROWN_P = "The crown fell 0.9 per cent against the euro, to 24.45, in afternoon trading"
c(
    A,
    "The Kesterian crown fell 0.9 per cent against the euro in afternoon trading on 14 May 2026.",
    CROWN_P,
    q=[Q("percent", 0.9, 0.9, "%", "0.9 per cent")],
    facts={"cb:crown-move": {"quantity": qv("%", 0.9, 0.9)}},
)
c(
    A,
    "The Kesterian crown traded at 24.45 per euro in afternoon trading on 14 May 2026.",
    CROWN_P,
    q=[Q("other", 24.45, 24.45, "KSC/EUR", "24.45")],
    facts={"cb:crown-level": {"quantity": qv("KSC/EUR", 24.45, 24.45)}},
)
c(A, "Marek Duda is an economist at Corvin Bank.", "Marek Duda, an economist at Corvin Bank")
c(
    A,
    "Marek Duda expects another quarter-point cut by the NBK at its next meeting.",
    "he expected another quarter-point cut at the next meeting",
    NP("Marek Duda", "said"),
    q=[Q("other", 0.25, 0.25, "percentage points", "quarter-point")],
    facts={"cb:next-cut": {"quantity": qv("bp", 25, 25)}},
)
c(
    A,
    "Inflation in Kesteria is coming down faster than the NBK thought in February 2026.",
    "Inflation is coming down faster than the bank thought in February",
    NP("Duda", "said"),
    d=[D(*FEB26, "in February")],
)
c(
    A,
    "The NBK Monetary Policy Council's next meeting is on 2 July 2026.",
    "The council meets next on July 2",
    d=[D(JUL2, None, "on July 2")],
    facts={"cb:next-meeting": {"date": dv(JUL2)}},
)
c(
    A,
    "At its previous meeting, on 2 April 2026, the NBK Monetary Policy Council kept the rate unchanged.",
    "At its previous meeting on April 2, it kept the rate unchanged",
    d=[D(APR2, None, "on April 2")],
)
c(A, "Teodor Brankovic is a former finance ministry official.", "Brankovic, a former finance ministry official")
c(
    A,
    "Teodor Brankovic has led the NBK since 2021.",
    "has led the central bank since 2021",
    d=[D(*Y2021, "2021")],
)
c(
    A,
    "Teodor Brankovic's six-year term as NBK governor ends in 2027.",
    "His six-year term ends in 2027",
    q=[Q("other", 6, 6, "years", "six-year")],
    d=[D(*Y2027, "in 2027")],
)

# ---------------------------------------------------------------- Frontier Rates Monitor (2026-05-18, Mon)
A = "rate-frm"
art(
    A,
    SA,
    [
        "Frontier Rates Monitor | Central Banks | 18 May 2026 | By Daniel Achterberg | 5 min read",
        "The macro backdrop",
        "Market reaction",
        "Our view",
        "Daniel Achterberg covers central banks in central and eastern Europe for Frontier Rates Monitor. Subscribers"
        " can download the full statement and our rates model from the Data Room.",
        "Related: Central and eastern Europe: who cuts next?",
    ],
)
STATEMENT = DOC("the bank's statement", "according to")
PROJECTIONS = DOC("The bank's new projections", "put")
c(
    A,
    "The National Bank of Kesteria (NBK) lowered its policy rate by 25bp to 6.25% on 14 May 2026.",
    "The National Bank of Kesteria (NBK) lowered its policy rate by 25bp to 6.25% last Thursday",
    q=[Q("other", 25, 25, "bp", "25bp"), Q("percent", 6.25, 6.25, "%", "6.25%")],
    d=[D(THU14, None, "last Thursday")],
    facts={"cb:cut": {"quantity": CUT_Q, "date": dv(THU14)}},
)
c(
    A,
    "The NBK's rate cut of 14 May 2026 was its first move since it hiked the rate to 6.5% in October 2024.",
    "its first move since it hiked to 6.5% in October 2024",
    q=[Q("percent", 6.5, 6.5, "%", "6.5%")],
    d=[D(*OCT24, "in October 2024")],
    facts={"cb:hike": {"quantity": qv("%", 6.5, 6.5), "date": dv(*OCT24)}},
)
c(
    A,
    "The NBK's rate cut of 14 May 2026 was in line with the consensus forecast.",
    "The decision was in line with the consensus forecast",
    facts={"cb:expected": {"fact": "the cut was expected"}},
)
VOTE_S = {"quantity": qm(("n for", 5, 5), ("n against", 2, 2))}
c(
    A,
    "The NBK's Monetary Policy Council voted 5-2 for the rate cut.",
    "The vote was 5-2",
    q=[Q("count", 5, 5, None, "5-2"), Q("count", 2, 2, None, "5-2")],
    facts={"cb:votes-for": VOTE_S, "cb:votes-against": VOTE_S},
)
DISSENT = "Pavel Ostrowski and Mira Hollander dissented"
c(
    A,
    "Pavel Ostrowski dissented from the NBK's rate cut.",
    DISSENT,
    STATEMENT,
    facts={"cb:ostrowski-hold": {}},
)
c(
    A,
    "Mira Hollander dissented from the NBK's rate cut.",
    DISSENT,
    STATEMENT,
    facts={"cb:hollander-vote": {"fact": "voted against the cut"}},
)
WAGES = "arguing that wage growth of 9.2% in the first quarter left little room for easing"
c(
    A,
    "The NBK's dissenting council members argued that wage growth left little room for easing.",
    WAGES,
    STATEMENT,
    q=[Q("percent", 9.2, 9.2, "%", "9.2%")],
    facts={"cb:dissent-reason": {}},
)
c(
    A,
    "Wage growth in Kesteria was 9.2% in the first quarter of 2026.",
    WAGES,
    STATEMENT,
    q=[Q("percent", 9.2, 9.2, "%", "9.2%")],
    d=[D(*Q1_26, "in the first quarter")],
    facts={"cb:wages": {"quantity": qv("%", 9.2, 9.2)}},
)
c(
    A,
    "Pavel Ostrowski is an economics professor at Velgrad University.",
    "Ostrowski, an economics professor at Velgrad University",
)
c(
    A,
    "Pavel Ostrowski joined the NBK's Monetary Policy Council in 2022.",
    "joined the council in 2022",
    d=[D(*Y2022, "in 2022")],
)
c(
    A,
    "Pavel Ostrowski has become the most hawkish voice on the NBK's Monetary Policy Council.",
    "has since become its most hawkish voice",
)
c(
    A,
    "Headline inflation in Kesteria eased to 4.1% in April 2026.",
    "Headline inflation eased to 4.1% in April",
    q=[Q("percent", 4.1, 4.1, "%", "4.1%")],
    d=[D(*APR26, "in April")],
    facts={"cb:infl-apr": {"quantity": qv("%", 4.1, 4.1)}},
)
c(
    A,
    "Core inflation in Kesteria stood at 4.4% in April 2026.",
    "core inflation, which excludes food and energy prices, stood at 4.4%",
    q=[Q("percent", 4.4, 4.4, "%", "4.4%")],
)
c(A, "Core inflation excludes food and energy prices.", "which excludes food and energy prices")
BOTH = "Both remain above the NBK's 3% target"
c(
    A,
    "Headline inflation in Kesteria remains above the NBK's 3% target.",
    BOTH,
    q=[Q("percent", 3, 3, "%", "3%")],
    facts={"cb:above-target": {}},
)
c(A, "Core inflation in Kesteria remains above the NBK's 3% target.", BOTH, q=[Q("percent", 3, 3, "%", "3%")])
c(
    A,
    "The NBK's inflation target is 3%.",
    BOTH,
    q=[Q("percent", 3, 3, "%", "3%")],
    facts={"cb:target": {"quantity": qv("%", 3, 3)}},
)
c(
    A,
    "The NBK's new projections put inflation at 3.6% at the end of 2026.",
    "The bank's new projections put inflation at 3.6% at the end of this year",
    PROJECTIONS,
    q=[Q("percent", 3.6, 3.6, "%", "3.6%")],
    d=[D(*END26, "at the end of this year")],
    facts={"cb:infl-end26": {"quantity": qv("%", 3.6, 3.6), "date": dv(*END26)}},
)
c(
    A,
    "The NBK's new projections see inflation back at target in the second half of 2027.",
    "back at target in the second half of 2027",
    PROJECTIONS,
    d=[D(*H2_27, "in the second half of 2027")],
    facts={"cb:target-return": {"date": dv(*H2_27)}},
)
c(
    A,
    "The NBK now sees Kesteria's GDP growth for 2026 at 1.6%, down from 2.3% in its February 2026 projections.",
    "GDP growth for 2026 is now seen at 1.6%, down from 2.3% in the February projections",
    q=[Q("percent", 1.6, 1.6, "%", "1.6%"), Q("percent", 2.3, 2.3, "%", "2.3%")],
    d=[D(*Y2026, "2026"), D(*FEB26, "February")],
    facts={"cb:growth": {"quantity": qm(("% forecast", 1.6, 1.6), ("% previous forecast", 2.3, 2.3))}},
)
c(
    A,
    "Kesteria's economy grew 0.3% in the first quarter of 2026 compared with the previous three months.",
    "The economy grew just 0.3% in the first quarter compared with the previous three months",
    q=[Q("percent", 0.3, 0.3, "%", "0.3%"), Q("other", 3, 3, "months", "three months")],
    d=[D(*Q1_26, "in the first quarter")],
)
c(
    A,
    "Further NBK rate cuts will depend on incoming data.",
    "Governor Teodor Brankovic said further cuts would depend on incoming data",
    NP("Governor Teodor Brankovic", "said"),
    facts={"cb:data-dependent": {}},
)
c(
    A,
    "Deputy Governor Lidia Serafin spoke at a banking conference on 15 May 2026.",
    "Deputy Governor Lidia Serafin went further on Friday, telling a banking conference",
    d=[D(FRI15, None, "on Friday")],
)
c(
    A,
    "The NBK sees no case for a large rate cut.",
    'the bank saw "no case for a large cut"',
    NP("Deputy Governor Lidia Serafin", "telling"),
)
c(
    A,
    "A further NBK rate move in June 2026 is not ruled out.",
    "She did not rule out a further move in June",
    NP("Lidia Serafin", "did not rule out"),
    d=[D(*JUN26, "in June")],
)
c(
    A,
    "The Kesterian crown slipped 0.9% against the euro on 14 May 2026, the day of the NBK's decision.",
    "The crown slipped 0.9% against the euro on the day of the decision",
    q=[Q("percent", 0.9, 0.9, "%", "0.9%")],
    d=[D(THU14, None, "on the day of the decision")],
    facts={"cb:crown-move": {"quantity": qv("%", 0.9, 0.9)}},
)
c(
    A,
    "The Kesterian crown is up 4.1% against the euro since January 2026.",
    "it is still up 4.1% against the euro since January",
    q=[Q("percent", 4.1, 4.1, "%", "4.1%")],
    d=[D("2026-01-01", MON18, "since January")],
)
c(
    A,
    "Trading in the Kesterian crown on 14 May 2026 was roughly double its daily average.",
    "trading in the crown was roughly double its daily average",
    AN("Dealers", "said"),
    q=[Q("other", 2, 2, "times", "roughly double")],
)
c(A, "Kesterian local-currency bonds rallied after the NBK's decision.", "Local bonds rallied")
c(
    A,
    "The yield on Kesteria's 10-year government bond fell 8bp to 5.12% after the NBK's decision.",
    "the 10-year yield fell 8bp to 5.12%",
    q=[
        Q("other", 10, 10, "years", "10-year"),
        Q("other", 8, 8, "bp", "8bp"),
        Q("percent", 5.12, 5.12, "%", "5.12%"),
    ],
    facts={"cb:yield": {"quantity": qm(("bp", 8, 8), ("%", 5.12, 5.12))}},
)
c(
    A,
    "Hana Kroll expects a further 25bp cut by the NBK at its next meeting.",
    "expects a further 25bp cut at the next meeting",
    NP("Hana Kroll", "expects"),
    q=[Q("other", 25, 25, "bp", "25bp")],
    facts={"cb:next-cut": {"quantity": qv("bp", 25, 25)}},
)
c(
    A,
    "The NBK Monetary Policy Council's next meeting takes place on 24-25 June 2026.",
    "the next meeting, which takes place on June 24-25",
    d=[D("2026-06-24", "2026-06-25", "on June 24-25")],
    facts={"cb:next-meeting": {"date": dv("2026-06-24", "2026-06-25")}},
)
c(
    A,
    "The NBK council has shown that it can move before inflation reaches the target.",
    "The council has shown that it can move before inflation reaches the target",
    NP("Hana Kroll", "she said"),
)
c(
    A,
    "The NBK council's readiness to move before inflation reaches the target matters more than the size of the cut.",
    "That matters more than the size of the cut",
    NP("Hana Kroll", "she said"),
)
c(
    A,
    "Swap markets are pricing about 50bp of NBK rate cuts by the end of 2026.",
    "Swap markets are pricing about 50bp of cuts by the end of the year",
    q=[Q("other", 50, 50, "bp", "about 50bp")],
    d=[D(MON18, "2026-12-31", "by the end of the year")],
)

NOTES["cb:cut"] = (
    "25 basis points (Northline) = a quarter of a percentage point (Velgrad Daily) = 25bp (FRM), to 6.25% / 6.25 per"
    " cent; 'on Thursday' (Northline, 14 May), 'yesterday' (Velgrad Daily, 15 May) and 'last Thursday' (FRM, 18 May)"
    " all resolve to 14 May 2026"
)
NOTES["cb:first-cut"] = "first cut since June 2023 (Northline) = the first in almost three years (Velgrad Daily)"
NOTES["cb:votes-for"] = (
    "members voting for the cut: five of seven (Northline, the bank's statement) / 5-2 (FRM) vs six votes to one"
    " (Velgrad Daily)"
)
NOTES["cb:votes-against"] = (
    "members voting against the cut: two external members (Northline) / 5-2 (FRM) vs one (Velgrad Daily)"
)
NOTES["cb:hollander-vote"] = (
    "Mira Hollander on 14 May: voted to keep the rate at 6.50% (Northline) / dissented (FRM) vs backed the cut"
    " (Velgrad Daily, which says she voted to hold in April)"
)
NOTES["cb:ostrowski-hold"] = (
    "Pavel Ostrowski voted to hold (Northline) = wanted to keep the rate at 6.5 per cent (Velgrad Daily) = dissented"
    " (FRM)"
)
NOTES["cb:hike"] = (
    "rate left at 6.5% since a hike in September 2024 (Northline, the bank's statement) vs first move since the hike"
    " to 6.5% in October 2024 (FRM)"
)
NOTES["cb:expected"] = (
    "was the cut expected: expected by 14 of 18 economists polled (Northline) / in line with the consensus forecast"
    " (FRM) vs most analysts had expected a hold until the summer (Velgrad Daily)"
)
NOTES["cb:infl-apr"] = "April inflation: 4.1% (Northline, KSO; FRM) vs 4.3 per cent (Velgrad Daily)"
NOTES["cb:growth"] = (
    "NBK growth forecast for 2026: 1.8% (Northline) / 1.8 per cent (Velgrad Daily) vs 1.6% (FRM); all give 2.3% as"
    " the earlier forecast"
)
NOTES["cb:target-return"] = (
    "inflation back at target in the second half of 2027: the NBK in its Inflation Report (Northline) / the bank's"
    " new projections (FRM) vs Finance Minister Oskar Dellin (Velgrad Daily, 'the second half of next year')"
)
NOTES["cb:next-cut"] = (
    "another quarter-point / 25bp cut expected at the next meeting: Hana Kroll of Velgrad Capital (Northline, FRM) vs"
    " Marek Duda of Corvin Bank (Velgrad Daily)"
)
NOTES["cb:next-meeting"] = (
    "next policy meeting: June 25 (Northline) lies within June 24-25 (FRM) vs July 2 (Velgrad Daily)"
)
NOTES["cb:crown-move"] = (
    "crown against the euro: weakened 0.6% (Northline) vs fell 0.9 per cent (Velgrad Daily) / 0.9% (FRM)"
)
NOTES["cb:crown-level"] = "crown after the decision: 24.38 per euro (Northline) vs 24.45 (Velgrad Daily)"
NOTES["cb:infl-end26"] = (
    "inflation at the end of 2026: 3.6% (Northline, the NBK) = 3.6% (FRM, the bank's new projections); 'the end of"
    " 2026' = 'the end of this year'"
)
NOTES["cb:yield"] = "10-year yield fell 8 basis points (Northline) = 8bp (FRM), to 5.12%"
NOTES["cb:above-target"] = (
    "inflation still well above the 3 per cent target (Velgrad Daily) = headline inflation remains above the 3%"
    " target (FRM)"
)
NOTES["cb:target"] = "3 per cent target (Velgrad Daily) = 3% target (FRM)"
NOTES["cb:dellin"] = (
    "Dellin welcomed the decision (Northline) = called the cut 'good news for families' (Velgrad Daily)"
)
NOTES["cb:wages"] = (
    "wages rose 9.2% in the first quarter: Governor Brankovic (Northline) and the bank's statement (FRM), both the NBK"
)

# =====================================================================
# Story B: first round of the Brenholm mayoral and council election (June 2026)
# =====================================================================
SB = "brenholm-mayor-election-2026"
SUN7 = "2026-06-07"  # election day
MON8 = "2026-06-08"
WED10 = "2026-06-10"
THU11 = "2026-06-11"
FRI12 = "2026-06-12"
JUN21 = "2026-06-21"
JUN28 = "2026-06-28"
Y2006 = ("2006-01-01", "2006-12-31")
Y2010 = ("2010-01-01", "2010-12-31")
Y2018 = ("2018-01-01", "2018-12-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2023 = ("2023-01-01", "2023-12-31")

# ---------------------------------------------------------------- Allied Press Service (2026-06-08, Mon)
A = "vote-aps"
art(
    A,
    SB,
    [
        "(Reporting by Karl Eriksen; Editing by Maria Fonte)",
        "Our Standards: The APS Trust Principles.",
        "Get the APS Europe Morning newsletter: the top stories from across the continent, in your inbox before"
        " breakfast.",
        "Read more: Europe's cities swing left on housing costs",
        "Read more: Runoff rules explained: who can still stand and how the vote works",
    ],
)
RESULTS = DOC("official results", "showed")
MEC_SAID = ORG("Municipal Electoral Commission", "said")
c(
    A,
    "Selin Aydar is the candidate of the green-left alliance Brenholm Together.",
    "Selin Aydar, the candidate of the green-left alliance Brenholm Together",
)
c(
    A,
    "Selin Aydar came first in Brenholm's mayoral election on 7 June 2026 with 38.4% of the vote.",
    "came first in the city's mayoral election on Sunday with 38.4% of the vote",
    RESULTS,
    q=[Q("percent", 38.4, 38.4, "%", "38.4%")],
    d=[D(SUN7, None, "on Sunday")],
    facts={"el:aydar-share": {"quantity": qv("%", 38.4, 38.4)}},
)
c(
    A,
    "Selin Aydar fell short of the majority needed to win Brenholm's mayoral election outright.",
    "fell short of the majority needed to win outright",
    RESULTS,
    facts={"el:no-winner": {}},
)
c(
    A,
    "Official results of the first round of Brenholm's mayoral election were published on 8 June 2026.",
    "official results showed on Monday",
    d=[D(MON8, None, "on Monday")],
)
c(
    A,
    "Incumbent mayor Viktor Hallberg of the centre-right Civic Union finished second in the first round with 31.7%.",
    "Incumbent mayor Viktor Hallberg of the centre-right Civic Union finished second with 31.7%",
    q=[Q("other", 2, 2, "ordinal", "second"), Q("percent", 31.7, 31.7, "%", "31.7%")],
    facts={"el:hallberg-share": {"quantity": qv("%", 31.7, 31.7)}},
)
c(
    A,
    "Selin Aydar and Viktor Hallberg will meet in a runoff for mayor of Brenholm on 21 June 2026.",
    "The two will meet in a runoff on June 21",
    q=[Q("count", 2, 2, None, "The two")],
    d=[D(JUN21, None, "on June 21")],
    facts={"el:runoff": {"date": dv(JUN21)}},
)
c(
    A,
    "Dragan Lenz of the populist Brenholm First came third in the mayoral election with 18.2%.",
    "Dragan Lenz of the populist Brenholm First came third with 18.2%",
    q=[Q("other", 3, 3, "ordinal", "third"), Q("percent", 18.2, 18.2, "%", "18.2%")],
    facts={"el:lenz-share": {"quantity": qv("%", 18.2, 18.2)}},
)
c(
    A,
    "Social Democrat Nadia Osei took 7.9% in the mayoral election.",
    "Social Democrat Nadia Osei took 7.9%",
    q=[Q("percent", 7.9, 7.9, "%", "7.9%")],
)
c(
    A,
    "412,560 ballots were counted in Brenholm's mayoral election.",
    "412,560 ballots were counted",
    MEC_SAID,
    q=[Q("count", 412560, 412560, None, "412,560 ballots")],
    facts={"el:ballots": {"quantity": qv("n", 412560, 412560)}},
)
c(
    A,
    "Turnout in Brenholm's mayoral election was 46.2%.",
    "turnout was 46.2%",
    MEC_SAID,
    q=[Q("percent", 46.2, 46.2, "%", "46.2%")],
    facts={"el:turnout": {"quantity": qv("%", 46.2, 46.2)}},
)
c(
    A,
    "Turnout in Brenholm's 2026 mayoral election was the highest since 2010.",
    "turnout was 46.2%, the highest since 2010",
    MEC_SAID,
    d=[D(*Y2010, "2010")],
    facts={"el:turnout-record": {"date": dv(*Y2010)}},
)
c(
    A,
    "Selin Aydar received 158,420 votes in the first round.",
    "Aydar received 158,420 votes",
    q=[Q("count", 158420, 158420, None, "158,420 votes")],
    facts={"el:aydar-votes": {"quantity": qv("n", 158420, 158420)}},
)
c(A, "Selin Aydar lives in the Eastgate district of Brenholm.", "Eastgate, the district where she lives")
c(
    A,
    "Selin Aydar took 52% of the vote in Eastgate.",
    "in Eastgate, the district where she lives, she took 52%",
    q=[Q("percent", 52, 52, "%", "52%")],
    facts={"el:eastgate": {"quantity": qv("%", 52, 52)}},
)
AYDAR_TOLD = NP("Aydar", "told")
c(A, "Brenholm has voted for change.", "Brenholm has voted for change", AYDAR_TOLD)
c(
    A,
    "People in Brenholm are tired of rents they cannot afford.",
    "People are tired of rents they cannot afford",
    AYDAR_TOLD,
)
c(A, "Selin Aydar is 41 years old.", "Aydar, 41", q=[Q("other", 41, 41, "years", "41")])
c(
    A,
    "Selin Aydar addressed cheering supporters in Eastgate on election night.",
    "told cheering supporters in Eastgate",
)
c(
    A,
    "Selin Aydar has promised to freeze rents in Brenholm's 64,000 council-owned flats.",
    "She has promised to freeze rents in the city's 64,000 council-owned flats",
    q=[Q("count", 64000, 64000, None, "64,000 council-owned flats")],
    facts={"el:rent-freeze": {"quantity": qv("n", 64000, 64000)}},
)
c(
    A,
    "A brass band played until the early hours outside Selin Aydar's election-night event.",
    "a brass band played until the early hours",
)
c(
    A,
    "Selin Aydar's supporters waved Brenholm Together's green-and-white flags on the quayside.",
    "supporters waved the alliance's green-and-white flags on the quayside",
)
c(A, "Viktor Hallberg is 58 years old.", "Hallberg, 58", q=[Q("other", 58, 58, "years", "58")])
c(
    A,
    "Viktor Hallberg has been mayor of Brenholm since 2018.",
    "who has been mayor since 2018",
    d=[D(*Y2018, "2018")],
    facts={"el:mayor-since": {"date": dv(*Y2018)}},
)
c(A, "Viktor Hallberg did not concede after the first round.", "did not concede")
c(
    A,
    "The mayoral race starts again for Viktor Hallberg after the first round.",
    "The race starts again now",
    NP("Hallberg", "told supporters"),
)
c(A, "Viktor Hallberg intends to win the runoff.", "I intend to win it", NP("Hallberg", "told supporters"))
c(
    A,
    "Some of Viktor Hallberg's supporters left before he had finished speaking on election night.",
    "some of whom left before he had finished speaking",
)
BT = "Brenholm Together won 21 seats and became the largest group, up from 14 in 2022"
c(
    A,
    "Brenholm Together won 21 seats in the Brenholm city council election.",
    BT,
    q=[Q("count", 21, 21, None, "21 seats")],
    facts={"el:bt-seats": {"quantity": qv("n", 21, 21)}},
)
c(A, "Brenholm Together became the largest group on Brenholm's city council.", BT)
c(
    A,
    "Brenholm Together won 14 seats in the 2022 Brenholm city council election.",
    BT,
    q=[Q("count", 14, 14, None, "14")],
    d=[D(*Y2022, "2022")],
    facts={"el:bt-2022": {"quantity": qv("n", 14, 14)}},
)
c(
    A,
    "The Civic Union won 18 seats in the Brenholm city council election.",
    "The Civic Union took 18 seats",
    q=[Q("count", 18, 18, None, "18 seats")],
    facts={"el:cu-seats": {"quantity": qv("n", 18, 18)}},
)
c(A, "No party has a majority on Brenholm's city council.", "No party has a majority on the council")
c(
    A,
    "Brenholm First was founded in 2023.",
    "whose party was founded only three years ago",
    d=[D(*Y2023, "three years ago")],
)
c(
    A,
    "Dragan Lenz conceded defeat on the night of the election, 7 June 2026.",
    "conceded defeat on election night",
    d=[D(SUN7, None, "election night")],
    facts={"el:lenz-concede": {"fact": "Lenz conceded defeat"}},
)
c(
    A,
    "Dragan Lenz declined to endorse either candidate in the Brenholm mayoral runoff.",
    "He declined to endorse either candidate in the runoff",
    facts={"el:lenz-endorse": {}},
)
c(
    A,
    "Brenholm First voters do not need anyone to tell them what to think.",
    "do not need anyone to tell them what to think",
    NP("Lenz", "saying"),
)
c(
    A,
    "Some ballots in Eastgate were counted twice in Brenholm's election.",
    "some ballots in Eastgate had been counted twice",
    NP("Lenz", "alleged"),
    q=[Q("other", 2, 2, "times", "twice")],
    facts={"el:double-count": {}},
)
c(A, "Dragan Lenz called for a recount of the votes in Eastgate.", "called for a recount in the district")
c(
    A,
    "The Municipal Electoral Commission said on 8 June 2026 that it had found no grounds for a recount.",
    "MEC chair Marta Kessel said on Monday that the commission had found no grounds for a recount",
    NP("MEC chair Marta Kessel", "said"),
    d=[D(MON8, None, "on Monday")],
    facts={"el:recount": {"fact": "no grounds for a recount"}},
)
c(
    A,
    "The count in Brenholm's election was observed at every stage by every party that asked to be there.",
    "The count was observed at every stage, by every party that asked to be there",
    NP("Marta Kessel", "she said"),
)
c(
    A,
    "The Social Democrats ran Brenholm until 2006.",
    "whose Social Democrats ran the city until 2006",
    d=[D(*Y2006, "until 2006")],
)
c(
    A,
    "Nadia Osei will back Selin Aydar in the runoff.",
    "said she would back Aydar in the runoff",
    NP("Osei", "said"),
    facts={"el:osei-endorse": {}},
)
c(
    A,
    "Viktor Hallberg was re-elected mayor of Brenholm in 2022, winning the runoff with 54.3% of the vote.",
    "Hallberg was re-elected in 2022, when he won the runoff with 54.3% of the vote",
    q=[Q("percent", 54.3, 54.3, "%", "54.3%")],
    d=[D(*Y2022, "in 2022")],
    facts={"el:hallberg-2022": {"quantity": qv("%", 54.3, 54.3)}},
)
c(
    A,
    "A defeat of Viktor Hallberg would end the Civic Union's long hold on Brenholm's city hall.",
    "A defeat would end the Civic Union's long hold on the city hall",
)
c(
    A,
    "The Civic Union has controlled Brenholm's city hall since 2006.",
    "the Civic Union's long hold on the city hall, which it has controlled since 2006",
    d=[D(*Y2006, "since 2006")],
)

# ---------------------------------------------------------------- Brenholm Evening Post (2026-06-09, Tue)
A = "vote-post"
art(
    A,
    SB,
    [
        "By Tomas Lindqvist and Ana Beck | Tuesday 9 June 2026, 18:45 | Updated 19:20",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Selin Aydar greets supporters in Eastgate on Sunday night. Photo: Evening Post/Jonas Ek]",
        "Runoff 2026: all our coverage of the mayoral race, including candidate profiles and a guide to where and how"
        " to vote, is in our election hub.",
        "Read more: Who is Selin Aydar?",
        "Read more: Eastgate: the district that decided the election",
    ],
)
c(
    A,
    "Brenholm will choose its next mayor in a runoff on 28 June 2026.",
    "Brenholm will choose its next mayor in a runoff on June 28",
    d=[D(JUN28, None, "on June 28")],
    facts={"el:runoff": {"date": dv(JUN28)}},
)
c(
    A,
    "The first round of Brenholm's mayoral election, on 7 June 2026, failed to produce a winner.",
    "Sunday's first round failed to produce a winner",
    d=[D(SUN7, None, "Sunday's")],
    facts={"el:no-winner": {}},
)
c(
    A,
    "Selin Aydar of Brenholm Together came first in the mayoral election with 38.4 per cent.",
    "Selin Aydar of Brenholm Together came first with 38.4 per cent",
    q=[Q("percent", 38.4, 38.4, "%", "38.4 per cent")],
    facts={"el:aydar-share": {"quantity": qv("%", 38.4, 38.4)}},
)
c(
    A,
    "Mayor Viktor Hallberg took 31.2 per cent in the first round of the mayoral election.",
    "Mayor Viktor Hallberg, who took 31.2 per cent",
    q=[Q("percent", 31.2, 31.2, "%", "31.2 per cent")],
    facts={"el:hallberg-share": {"quantity": qv("%", 31.2, 31.2)}},
)
c(
    A,
    "To win Brenholm's mayoral election outright, a candidate needs more than half of the votes.",
    "To win outright, Aydar needed more than half of the votes",
    q=[Q("percent", 50, None, "%", "more than half")],
)
c(
    A,
    "421,560 votes were cast in Brenholm's mayoral election.",
    "A total of 421,560 votes were cast",
    q=[Q("count", 421560, 421560, None, "421,560 votes")],
    facts={"el:ballots": {"quantity": qv("n", 421560, 421560)}},
)
c(
    A,
    "Brenholm has 893,000 registered voters.",
    "893,000 registered voters",
    q=[Q("count", 893000, 893000, None, "893,000 registered voters")],
)
c(
    A,
    "Turnout in Brenholm's mayoral election was 46.2 per cent.",
    "giving a turnout of 46.2 per cent",
    q=[Q("percent", 46.2, 46.2, "%", "46.2 per cent")],
    facts={"el:turnout": {"quantity": qv("%", 46.2, 46.2)}},
)
c(
    A,
    "Turnout in Brenholm's 2026 mayoral election was the highest since 2010.",
    "a turnout of 46.2 per cent - the highest since 2010",
    d=[D(*Y2010, "2010")],
    facts={"el:turnout-record": {"date": dv(*Y2010)}},
)
c(
    A,
    "Turnout at Brenholm's 2022 municipal election was 41.5 per cent.",
    "At the last municipal election, in 2022, turnout was 41.5 per cent",
    q=[Q("percent", 41.5, 41.5, "%", "41.5 per cent")],
    d=[D(*Y2022, "in 2022")],
)
c(
    A,
    "The Municipal Electoral Commission agreed on 8 June 2026 to recount the ballots from 14 polling stations in"
    " Eastgate.",
    "The Municipal Electoral Commission agreed yesterday to recount the ballots from 14 polling stations in Eastgate",
    q=[Q("count", 14, 14, None, "14 polling stations")],
    d=[D(MON8, None, "yesterday")],
    facts={"el:recount": {"fact": "recount of Eastgate polling stations", "quantity": qv("n", 14, 14)}},
)
c(
    A,
    "Citizens' Vote Watch is an independent monitoring group.",
    "Citizens' Vote Watch, an independent monitoring group",
)
c(
    A,
    "Some ballots in Eastgate were counted twice in Brenholm's election.",
    "some ballots there had been counted twice",
    ORG("Citizens' Vote Watch", "said"),
    q=[Q("other", 2, 2, "times", "twice")],
    facts={"el:double-count": {}},
)
c(
    A,
    "The recount of the Eastgate ballots is expected to be completed on 10 June 2026.",
    "The recount is expected to be completed on Wednesday",
    d=[D(WED10, None, "on Wednesday")],
    facts={"el:recount-end": {"date": dv(WED10)}},
)
c(
    A,
    "Marta Kessel does not expect the Eastgate recount to change the overall result of the election.",
    "Commission chair Marta Kessel said she did not expect it to change the overall result",
    NP("Commission chair Marta Kessel", "said"),
)
c(
    A,
    "Dragan Lenz of Brenholm First has refused to concede.",
    "Dragan Lenz of Brenholm First has refused to concede",
    facts={"el:lenz-concede": {"fact": "Lenz refused to concede"}},
)
LENZ_TOLD = NP("Dragan Lenz", "he told the Post")
c(
    A,
    "Nothing is decided in Brenholm's election until every vote is checked.",
    "Until every vote is checked, nothing is decided",
    LENZ_TOLD,
)
c(
    A,
    "Brenholm First will not let anyone steal the election from the people of Brenholm.",
    "We will not let anyone steal this election from the people of Brenholm",
    LENZ_TOLD,
)
c(
    A,
    "Brenholm First will be watching every table where the ballots are counted.",
    "we will be watching every table where the ballots are counted",
    LENZ_TOLD,
)
c(
    A,
    "Dragan Lenz has not said whom his supporters should back in the runoff.",
    "He has not said whom his supporters should back in the runoff",
    facts={"el:lenz-endorse": {}},
)
c(
    A,
    "Viktor Hallberg has been mayor of Brenholm for the past eight years.",
    "Hallberg, mayor for the past eight years",
    q=[Q("other", 8, 8, "years", "eight years")],
    d=[D("2018-06-09", "2026-06-09", "for the past eight years")],
    facts={"el:mayor-since": {}},
)
c(A, "Viktor Hallberg congratulated Selin Aydar on her first-round result.", "congratulated Aydar on her result")
c(
    A,
    "The runoff will be a different contest from the first round.",
    'warned that the runoff would be "a different contest"',
    NP("Hallberg", "warned"),
)
c(
    A,
    "In the runoff, voters will have to decide whom they trust to run Brenholm, not who makes the most promises.",
    "People will now have to decide who they trust to run a city of this size, not who makes the most promises",
    NP("Hallberg", "he said"),
)
c(
    A,
    "Selin Aydar first won a seat on Brenholm's city council in 2018.",
    "Aydar first won a seat on the city council in 2018",
    d=[D(*Y2018, "in 2018")],
)
c(
    A,
    "Selin Aydar has campaigned mainly on housing costs.",
    "She has campaigned mainly on housing costs",
)
c(
    A,
    "Rents in Brenholm have risen by 31 per cent in five years.",
    "Rents in Brenholm have risen by 31 per cent in five years",
    DOC("the city's own figures", "according to"),
    q=[Q("percent", 31, 31, "%", "31 per cent"), Q("other", 5, 5, "years", "five years")],
)
SEATS = "Brenholm Together won 21 of the 61 seats, ahead of the Civic Union with 18 - six fewer than in 2022"
c(
    A,
    "Brenholm Together won 21 seats in the Brenholm city council election.",
    SEATS,
    q=[Q("count", 21, 21, None, "21")],
    facts={"el:bt-seats": {"quantity": qv("n", 21, 21)}},
)
c(
    A,
    "Brenholm's city council has 61 seats.",
    SEATS,
    q=[Q("count", 61, 61, None, "61 seats")],
)
c(
    A,
    "The Civic Union won 18 seats in the Brenholm city council election.",
    SEATS,
    q=[Q("count", 18, 18, None, "18")],
    facts={"el:cu-seats": {"quantity": qv("n", 18, 18)}},
)
c(
    A,
    "The Civic Union won six seats fewer than in 2022, when it had 24 seats on Brenholm's city council.",
    SEATS,
    q=[Q("count", 6, 6, None, "six fewer")],
    d=[D(*Y2022, "2022")],
    facts={"el:cu-2022": {"quantity": qv("n", 24, 24)}},
)
c(
    A,
    "Brenholm First has 12 seats on Brenholm's city council.",
    "Brenholm First has 12 seats",
    q=[Q("count", 12, 12, None, "12 seats")],
)
SD = "The Social Democrats will hold the balance of power with their 7 seats"
c(A, "The Social Democrats will hold the balance of power on Brenholm's city council.", SD)
c(
    A,
    "The Social Democrats have 7 seats on Brenholm's city council.",
    SD,
    q=[Q("count", 7, 7, None, "7 seats")],
)
c(
    A,
    "A majority on Brenholm's city council needs 31 votes.",
    "A council majority needs 31 votes",
    q=[Q("count", 31, 31, None, "31 votes")],
)
c(
    A,
    "Talks between the parties on Brenholm's city council begin on 11 June 2026.",
    "Talks between the parties begin on Thursday",
    d=[D(THU11, None, "on Thursday")],
)
c(
    A,
    "The Social Democrats' councillors have not yet decided whom to support at Brenholm's city hall.",
    "The Social Democrats' councillors have not yet decided whom to support at the city hall",
)
c(
    A,
    "Several Social Democrat councillors have worked closely with Viktor Hallberg for years.",
    "several of them have worked closely with Hallberg for years",
)

# ---------------------------------------------------------------- The Ballot Desk (2026-06-11, Thu)
A = "vote-ballotdesk"
art(
    A,
    SB,
    [
        "The Ballot Desk | Local elections | 11 June 2026 | By Ingrid Sauer | 8 min read",
        "Share: X | Bluesky | Email | Copy link",
        "The numbers",
        "The council",
        "The recount",
        "[Image: Ballot boxes are opened for the recount in Eastgate. Credit: The Ballot Desk]",
        "The runoff",
        "What to watch",
        "Ingrid Sauer is the local elections editor of The Ballot Desk. Our election coverage is free to read and"
        " funded by our members: join from €4 a month.",
        "Related: Mayoral runoffs in 2026: the full calendar",
        "Related: How we report polls",
    ],
)
c(
    A,
    "Brenholm's mayoral runoff on 21 June 2026 pits Selin Aydar of Brenholm Together against Viktor Hallberg of the"
    " Civic Union.",
    "Brenholm's mayoral runoff on June 21 pits Selin Aydar of the green-left Brenholm Together against the incumbent,"
    " Viktor Hallberg of the Civic Union",
    d=[D(JUN21, None, "on June 21")],
    facts={"el:runoff": {"date": dv(JUN21)}},
)
c(
    A,
    "Viktor Hallberg of the Civic Union is the incumbent mayor of Brenholm.",
    "the incumbent, Viktor Hallberg of the Civic Union",
)
AYDAR = "Aydar won 38.4% of the vote, about 158,000 votes"
c(
    A,
    "Selin Aydar won 38.4% of the vote in the first round of Brenholm's mayoral election.",
    AYDAR,
    q=[Q("percent", 38.4, 38.4, "%", "38.4%")],
    facts={"el:aydar-share": {"quantity": qv("%", 38.4, 38.4)}},
)
c(
    A,
    "Selin Aydar won about 158,000 votes in the first round of Brenholm's mayoral election.",
    AYDAR,
    q=[Q("count", 158000, 158000, None, "about 158,000 votes")],
    facts={"el:aydar-votes": {"quantity": qv("n", 158000, 158000)}},
)
c(
    A,
    "Viktor Hallberg won 31.7% of the vote in the first round of Brenholm's mayoral election.",
    "against Hallberg's 31.7%",
    q=[Q("percent", 31.7, 31.7, "%", "31.7%")],
    facts={"el:hallberg-share": {"quantity": qv("%", 31.7, 31.7)}},
)
c(
    A,
    "Dragan Lenz of Brenholm First came third in the mayoral election with 18.2%.",
    "Dragan Lenz of Brenholm First was third with 18.2%",
    q=[Q("other", 3, 3, "ordinal", "third"), Q("percent", 18.2, 18.2, "%", "18.2%")],
    facts={"el:lenz-share": {"quantity": qv("%", 18.2, 18.2)}},
)
c(
    A,
    "The electoral commission counted 412,560 ballots in Brenholm's mayoral election.",
    "The electoral commission counted 412,560 ballots",
    q=[Q("count", 412560, 412560, None, "412,560 ballots")],
    facts={"el:ballots": {"quantity": qv("n", 412560, 412560)}},
)
c(
    A,
    "Turnout in Brenholm's mayoral election reached 46.2%.",
    "Turnout reached 46.2%",
    q=[Q("percent", 46.2, 46.2, "%", "46.2%")],
    facts={"el:turnout": {"quantity": qv("%", 46.2, 46.2)}},
)
c(
    A,
    "Turnout in Brenholm's 2026 mayoral election was the highest since 2010.",
    "which the political scientist Lea Moritz of Brenholm University called the highest since 2010",
    NP("Lea Moritz", "called"),
    d=[D(*Y2010, "2010")],
    facts={"el:turnout-record": {"date": dv(*Y2010)}},
)
c(A, "Selin Aydar's first-round lead was built in Brenholm's inner city.", "Aydar's lead was built in the inner city")
c(
    A,
    "Selin Aydar took 52% of the vote in Eastgate.",
    "above all in Eastgate, where she took 52%",
    q=[Q("percent", 52, 52, "%", "52%")],
    facts={"el:eastgate": {"quantity": qv("%", 52, 52)}},
)
c(A, "Viktor Hallberg still dominates Brenholm's suburbs.", "Hallberg still dominates the suburbs")
c(
    A,
    "Brenholm's suburbs no longer carry the electoral weight they used to.",
    "they no longer carry the weight they used to",
)
BTS = "Brenholm Together won 21 seats on 34.6% of the list vote, up from 14 seats in 2022"
c(
    A,
    "Brenholm Together won 21 seats in the Brenholm city council election.",
    BTS,
    q=[Q("count", 21, 21, None, "21 seats")],
    facts={"el:bt-seats": {"quantity": qv("n", 21, 21)}},
)
c(
    A,
    "Brenholm Together won 34.6% of the list vote in the Brenholm city council election.",
    BTS,
    q=[Q("percent", 34.6, 34.6, "%", "34.6%")],
)
c(
    A,
    "Brenholm Together won 14 seats in the 2022 Brenholm city council election.",
    BTS,
    q=[Q("count", 14, 14, None, "14 seats")],
    d=[D(*Y2022, "2022")],
    facts={"el:bt-2022": {"quantity": qv("n", 14, 14)}},
)
CUS = "The Civic Union fell to 17 seats from 24"
c(
    A,
    "The Civic Union won 17 seats in the Brenholm city council election.",
    CUS,
    q=[Q("count", 17, 17, None, "17 seats")],
    facts={"el:cu-seats": {"quantity": qv("n", 17, 17)}},
)
c(
    A,
    "The Civic Union had 24 seats on Brenholm's city council before the 2026 election.",
    CUS,
    q=[Q("count", 24, 24, None, "24")],
    facts={"el:cu-2022": {"quantity": qv("n", 24, 24)}},
)
c(
    A,
    "Brenholm Together will need at least one partner to govern Brenholm.",
    "Aydar's alliance will need at least one partner to govern",
    q=[Q("count", 1, None, None, "at least one partner")],
)
c(
    A,
    "The council arithmetic gives Selin Aydar more coalition options than it gives Viktor Hallberg.",
    "the arithmetic gives her more options than it gives Hallberg",
)
c(
    A,
    "The electoral commission has ordered a partial recount of 14 polling stations in Eastgate.",
    "The commission has ordered a partial recount of 14 polling stations in Eastgate",
    q=[Q("count", 14, 14, None, "14 polling stations")],
    facts={"el:recount": {"fact": "recount of Eastgate polling stations", "quantity": qv("n", 14, 14)}},
)
c(
    A,
    "Some ballots in Eastgate were counted twice in Brenholm's election.",
    "some ballots had been counted twice",
    NP("Lenz", "alleged"),
    q=[Q("other", 2, 2, "times", "twice")],
    facts={"el:double-count": {}},
)
c(
    A,
    "The recount of the Eastgate ballots is expected to be completed on 12 June 2026.",
    "The recount is expected to be completed on Friday",
    d=[D(FRI12, None, "on Friday")],
    facts={"el:recount-end": {"date": dv(FRI12)}},
)
POLL = "A poll by the Norda Institute published on Wednesday puts Aydar on 53% and Hallberg on 47% in the runoff"
NORDA = DOC("A poll by the Norda Institute", "puts")
c(
    A,
    "A Norda Institute poll published on 10 June 2026 puts Selin Aydar on 53% in the runoff.",
    POLL,
    NORDA,
    q=[Q("percent", 53, 53, "%", "53%")],
    d=[D(WED10, None, "on Wednesday")],
)
c(
    A,
    "A Norda Institute poll published on 10 June 2026 puts Viktor Hallberg on 47% in the runoff.",
    POLL,
    NORDA,
    q=[Q("percent", 47, 47, "%", "47%")],
    d=[D(WED10, None, "on Wednesday")],
)
c(
    A,
    "Social Democrat Nadia Osei came fourth in the first round of Brenholm's mayoral election.",
    "The Social Democrat Nadia Osei, who came fourth",
    q=[Q("other", 4, 4, "ordinal", "fourth")],
)
c(
    A,
    "Nadia Osei has endorsed Selin Aydar in the runoff.",
    "has endorsed Aydar",
    facts={"el:osei-endorse": {}},
)
c(
    A,
    "Dragan Lenz has told his supporters to vote with their conscience in the runoff.",
    'Lenz has told his supporters to "vote with their conscience"',
)
c(
    A,
    "Brenholm First voters lean towards Viktor Hallberg in the runoff.",
    "the poll suggests that Brenholm First voters lean towards Hallberg",
    DOC("the poll", "suggests"),
)
MORITZ = NP("Moritz", "said")
c(A, "Selin Aydar starts the runoff as the favourite.", "Aydar starts as the favourite", MORITZ)
c(
    A,
    "Brenholm First voters will decide the Brenholm mayoral runoff.",
    "Brenholm First voters will decide this",
    MORITZ,
)
c(
    A,
    "Viktor Hallberg has been mayor of Brenholm since 2019.",
    "Hallberg, mayor since 2019",
    d=[D(*Y2019, "2019")],
    facts={"el:mayor-since": {"date": dv(*Y2019)}},
)
c(
    A,
    "Viktor Hallberg has run a cautious campaign focused on jobs and safety.",
    "has run a cautious campaign focused on jobs and safety",
)
c(
    A,
    "Viktor Hallberg won the 2022 mayoral runoff with 54.3%.",
    "He won the 2022 runoff with 54.3%",
    q=[Q("percent", 54.3, 54.3, "%", "54.3%")],
    d=[D(*Y2022, "2022")],
    facts={"el:hallberg-2022": {"quantity": qv("%", 54.3, 54.3)}},
)
c(
    A,
    "Selin Aydar's main pledge is a rent freeze in Brenholm's 64,000 council-owned flats.",
    "Her main pledge is a rent freeze in the city's 64,000 council-owned flats",
    q=[Q("count", 64000, 64000, None, "64,000 council-owned flats")],
    facts={"el:rent-freeze": {"quantity": qv("n", 64000, 64000)}},
)
c(
    A,
    "A rent freeze in Brenholm's council-owned flats would save a typical tenant household about €1,100 a year.",
    "would save a typical tenant household about €1,100 a year",
    NP("Aydar", "says"),
    q=[Q("money", 1100, 1100, "EUR", "about €1,100 a year")],
)

NOTES["el:runoff"] = "runoff: June 21 (APS, The Ballot Desk) vs June 28 (Brenholm Evening Post)"
NOTES["el:hallberg-share"] = (
    "Hallberg's first-round share: 31.7% (APS, The Ballot Desk) vs 31.2 per cent (Evening Post)"
)
NOTES["el:ballots"] = (
    "ballots counted: 412,560 (APS, from the MEC; The Ballot Desk) vs 421,560 votes cast (Evening Post): transposed"
    " digits"
)
NOTES["el:aydar-votes"] = "Aydar's votes: 158,420 (APS) vs about 158,000 (The Ballot Desk): rounding"
NOTES["el:cu-seats"] = "Civic Union council seats: 18 (APS, Evening Post) vs 17 (The Ballot Desk)"
NOTES["el:mayor-since"] = (
    "Hallberg mayor since 2018 (APS) vs since 2019 (The Ballot Desk); 'mayor for the past eight years' (Evening Post)"
    " states only a duration and links with both"
)
NOTES["el:recount-end"] = (
    "Eastgate recount to be completed: Wednesday 10 June (Evening Post) vs Friday 12 June (The Ballot Desk)"
)
NOTES["el:double-count"] = (
    "ballots in Eastgate counted twice: alleged by Dragan Lenz (APS, The Ballot Desk) vs said by the monitoring group"
    " Citizens' Vote Watch (Evening Post)"
)
NOTES["el:turnout-record"] = (
    "turnout the highest since 2010: the Municipal Electoral Commission (APS) vs political scientist Lea Moritz (The"
    " Ballot Desk); the Evening Post gives no source"
)
NOTES["el:lenz-concede"] = "Lenz conceded defeat on election night (APS) vs has refused to concede (Evening Post)"
NOTES["el:recount"] = (
    "recount in Eastgate: the commission found no grounds for a recount (APS, MEC chair Marta Kessel, 8 June) vs the"
    " commission agreed on 8 June to recount 14 polling stations (Evening Post) / has ordered a partial recount of 14"
    " polling stations (The Ballot Desk)"
)
NOTES["el:no-winner"] = (
    "Aydar fell short of the majority needed to win outright (APS) = the first round failed to produce a winner"
    " (Evening Post)"
)
NOTES["el:lenz-endorse"] = (
    "Lenz declined to endorse either candidate (APS) = has not said whom his supporters should back (Evening Post)"
)
NOTES["el:cu-2022"] = (
    "Civic Union seats before this election: six fewer than in 2022, i.e. 24 (Evening Post) = from 24 (The Ballot Desk)"
)
NOTES["el:osei-endorse"] = "Osei would back Aydar (APS) = has endorsed Aydar (The Ballot Desk)"

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
