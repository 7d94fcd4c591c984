"""Gold for the fourth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-4/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-4/gold.json

Two invented stories (a river flood in the town of Elsmere with evacuations, deaths, record rainfall, damage
estimates and an emergency fund; a fraud trial in which the founder of a solar-farm investment platform was
convicted and sentenced), each covered by three invented outlets (wire, local/national paper, specialist site),
written and annotated by hand without looking at or running any engine on them.
First run of the engines on it (2026-11-29, code at a7fcac2; nothing was changed after reading its output, and
its misses were not looked at, so it stays unseen for the next change): extraction recall 0.797, precision 0.952;
links end to end recall 0.575, precision 0.808, conflicts with the right field 10/27; links on the gold claims
precision 0.767, recall 0.842, conflicts 20/29. (The code at the start of that session, b4d2839, gives extraction
0.793 / 0.946; end to end recall 0.589, precision 0.782, conflicts 10/27; gold claims precision 0.755, recall
0.866, conflicts 21/29.)

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-3/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact).

`c(...)` copies the claim's canonicalised attribution (spokespeople and officials count as their
organisation; unnamed or missing sources give nothing) into each of its fact values, so that an attribution
conflict is derived whenever two linked claims name different sources.

Quantities and dates: each claim records only the quantities and dates it states itself, even when it shares
its span with other claims split from the same sentence. check() requires every number and calendar word in a
span to be recorded by at least one claim sharing it. Rainfall and river levels are `other` quantities in units
"mm" and "m"; lengths of walls and sections in "m" or "km".

Deliberate disagreements between outlets (see NOTES at the end of each story):
  flood     quantity: death toll (three vs four), people evacuated (about 4,200 vs more than 5,000), two-day rainfall
            (182mm vs nearly 190mm), injured (27 vs 31), river peak at the Elsmere gauge (6.4 m vs 6.2 m), damage
            estimate of the regional governor's office (€310 million vs €350m);
            date: river burst its banks (late on Sunday 8 March vs early hours of Monday 9 March), €50m emergency
            fund (announced Tuesday 10 March vs approved Monday 9 March);
            attribution: €50m fund announced by Interior Minister Lena Orsby vs by Prime Minister Tomas Reinholt;
            barrier upgrade held up by funding disputes (Mayor Hanne Lykke vs a 2024 water board review);
            fact: the Quay Street barrier gave way / a 40-metre section collapsed vs did not fail but was overtopped
  fraud     quantity: amount defrauded ($186 million vs $168m), investors defrauded (about 7,300 vs nearly 8,000),
            fine (2.4 million dollars / $2.4m vs $2.5m);
            date: payouts stopped (August 2023 vs July 2023; "the summer of 2023" contains both), Thale's arrest
            (November 2023 vs October 2023);
            attribution: most solar farms never built (presiding judge Miriam Ostrander vs lead prosecutor Anders
            Vik), average loss of about $25,000 (investors' association chair Lotte Brandt vs administrator Henrik
            Sole);
            fact: after the verdict Thale was taken into custody in the courtroom vs was allowed to go home
  Look-alikes that must not be linked: flood - 182mm/190mm in two days vs 94mm on Sunday alone vs the 61mm normal
  monthly total; peak 6.4/6.2 m vs the 1998 record of 5.9 m vs the wall's 6-metre design level vs the second crest
  of about 5 metres expected on Saturday 14 March; 4,200/5,000 evacuated vs 900 in shelters vs 1,600 homes flooded
  vs 12,000 homes without power on Monday vs 3,000 households still without power on Tuesday night; damage
  €310m/€350m vs insured losses €120m-€150m vs the €50m fund vs the €18m upgrade vs €5,000 per household; this
  flood's deaths vs the 1998 flood's two; the 71-year-old man still missing (MPA) vs his body found on Tuesday
  (Courier); the Prime Minister's visit to Elsmere on Monday vs Interior Minister Orsby's visit to Harrowby on
  Tuesday (Orsby also announced the fund on Tuesday); Mayor Lykke ordering the evacuation vs criticising the
  water board; the water board spokesman's "look closely" vs the board's promised independent review.
  Fraud - the nine-year sentence vs the 12 years prosecutors sought vs Elin Rask's four years vs 14 days to
  appeal vs the 11-week trial; $186m/$168m defrauded vs $41m confiscated vs $58m recovered vs the $2.4m/$2.5m fine
  vs the $900 million valuation vs the $25,000 average loss vs Aino Berg's $60,000; 7,300 investors vs 40 solar
  farms vs 23 subsidiaries vs more than 60 witnesses vs 250 staff; verdict Thursday 16 April vs the SMA's review
  announced Friday 17 April vs the council meeting on Tuesday 21 April vs reporting to prison by 15 May; February
  2026: Rask sentenced vs Thale giving evidence; Judge Ostrander sentencing Thale vs criticising the SMA; appeal
  against the conviction (linked) vs against the sentence (Gazette only).
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # flood story
    "Civil Protection Agency": "CPA",
    "CPA": "CPA",
    "Varden Water Board": "Varden Water Board",
    "water board": "Varden Water Board",
    "Karin Dahl": "Varden Water Board",
    "Dahl": "Varden Water Board",
    "A 2024 review by the water board": "Varden Water Board",
    "A water board spokesman": "Varden Water Board",
    "National Meteorological Service": "NMS",
    "NMS": "NMS",
    "Data from the National Meteorological Service": "NMS",
    "Police": "police",
    "police": "police",
    "Interior Minister Lena Orsby": "Interior Ministry",
    "Lena Orsby": "Interior Ministry",
    "Prime Minister Tomas Reinholt": "Prime Minister",
    "Tomas Reinholt": "Prime Minister",
    "regional governor's office": "regional governor's office",
    "Mayor Hanne Lykke": "Elsmere council",
    "Hanne Lykke": "Elsmere council",
    "Ms Lykke": "Elsmere council",
    "the council": "Elsmere council",
    "defence ministry": "defence ministry",
    "Varden Energy": "Varden Energy",
    "National Insurers' Federation": "NIF",
    "NIF": "NIF",
    "Dr Petra Salo": "Petra Salo",
    "Salo": "Petra Salo",
    # fraud trial story
    "court": "court",
    "a court": "court",
    "The court": "court",
    "Presiding judge Miriam Ostrander": "court",
    "Judge Miriam Ostrander": "court",
    "Miriam Ostrander": "court",
    "Ostrander": "court",
    "the judge": "court",
    "The three-judge panel": "court",
    "Prosecutors": "prosecution",
    "lead prosecutor Anders Vik": "prosecution",
    "Anders Vik": "prosecution",
    "Jonas Brekke": "Thale's defence",
    "Brekke": "Thale's defence",
    "Thale's defence team": "Thale's defence",
    "Marcus Thale": "Thale",
    "Thale": "Thale",
    "Lotte Brandt": "Verdanta Investors' Association",
    "Henrik Sole": "administrator",
    "Sole": "administrator",
    "Securities Markets Authority": "SMA",
    "SMA": "SMA",
    "Tariq Nasser": "Port Calder council",
    "Dana Kowalczyk": "Argent Risk",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: River Tarrow flood in Elsmere (March 2026)
# =====================================================================
SA = "elsmere-river-flood-2026"
SUN = "2026-03-08"
MON = "2026-03-09"
TUE = "2026-03-10"
WED = "2026-03-11"
THU = "2026-03-12"
FRI = "2026-03-13"
SAT = "2026-03-14"
NEXT_MON = "2026-03-16"
Y1998 = ("1998-01-01", "1998-12-31")
Y1911 = ("1911-01-01", "1911-12-31")
WB_SAID = ORG("Varden Water Board", "said")
CPA_SAID = ORG("Civil Protection Agency", "said")

# ---------------------------------------------------------------- Meridian Press Agency (2026-03-10, Tue)
A = "flood-mpa"
art(
    A,
    SA,
    [
        "[Image: Residents are evacuated by boat from Quay Street in Elsmere on Monday. MPA/Jonas Elm]",
        "(Reporting by Anja Brenner in Elsmere; Editing by Colm Ward)",
        "Read more: Europe's wettest winter in decades strains flood defences",
    ],
)
c(
    A,
    "Three people have died in the River Tarrow flood in Elsmere.",
    "Three people have died",
    CPA_SAID,
    q=[Q("count", 3, 3, None, "Three people")],
    facts={"fl:deaths": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "About 4,200 people have been evacuated from their homes in the River Tarrow flood in Elsmere.",
    "about 4,200 have been evacuated from their homes",
    CPA_SAID,
    q=[Q("count", 4200, 4200, None, "about 4,200")],
    facts={"fl:evacuated": {"quantity": qv("n", 4200, 4200)}},
)
c(
    A,
    "The River Tarrow burst its banks in the town of Elsmere late on 8 March 2026.",
    "the River Tarrow burst its banks in the town of Elsmere late on Sunday",
    CPA_SAID,
    d=[D(SUN, None, "late on Sunday")],
    facts={"fl:burst": {"date": dv(SUN)}},
)
c(
    A,
    "The River Tarrow peaked at 6.4 metres at the Elsmere gauge on the afternoon of 9 March 2026.",
    "The river peaked at 6.4 metres at the Elsmere gauge on Monday afternoon",
    WB_SAID,
    q=[Q("other", 6.4, 6.4, "m", "6.4 metres")],
    d=[D(MON, None, "on Monday afternoon")],
    facts={"fl:peak": {"quantity": qv("m", 6.4, 6.4), "date": dv(MON)}},
)
c(
    A,
    "The River Tarrow's March 2026 peak at the Elsmere gauge was well above the previous record of 5.9 metres,"
    " set in 1998.",
    "well above the previous record of 5.9 metres set in 1998",
    WB_SAID,
    q=[Q("other", 5.9, 5.9, "m", "5.9 metres")],
    d=[D(*Y1998, "1998")],
    facts={"fl:record1998": {"quantity": qv("m", 5.9, 5.9), "date": dv(*Y1998)}},
)
c(
    A,
    "182 millimetres of rain fell at the National Meteorological Service's Elsmere station in 48 hours.",
    "182 millimetres of rain fell at its Elsmere station in 48 hours",
    ORG("National Meteorological Service", "said"),
    q=[Q("other", 182, 182, "mm", "182 millimetres"), Q("other", 48, 48, "hours", "48 hours")],
    facts={"fl:rain": {"quantity": qv("mm", 182, 182)}},
)
c(
    A,
    "The 48-hour rainfall at Elsmere in March 2026 was the highest two-day total since records began in 1911.",
    "the highest two-day total since records began in 1911",
    ORG("National Meteorological Service", "said"),
    q=[Q("other", 2, 2, "days", "two-day")],
    d=[D(*Y1911, "1911")],
    facts={"fl:rain-record": {"date": dv(*Y1911)}},
)
c(
    A,
    "The dead of the Elsmere flood included an elderly woman who was found in her flooded home in Lower Elsmere.",
    "the dead included an elderly woman who was found in her flooded home in Lower Elsmere",
    ORG("Police", "said"),
    facts={"fl:woman": {}},
)
c(
    A,
    "The dead of the Elsmere flood included a man whose car was swept off a road near the village of Harrowby.",
    "a man whose car was swept off a road near the village of Harrowby",
    ORG("Police", "said"),
)
c(
    A,
    "A 71-year-old man is still missing after the Elsmere flood.",
    "A 71-year-old man is still missing",
    q=[Q("other", 71, 71, "years", "71-year-old")],
)
c(
    A,
    "27 people were injured in the Elsmere flood, most of them slightly.",
    "A further 27 people were injured, most of them slightly",
    CPA_SAID,
    q=[Q("count", 27, 27, None, "27 people")],
    facts={"fl:injured": {"quantity": qv("n", 27, 27)}},
)
c(
    A,
    "Mayor Hanne Lykke ordered the evacuation of Lower Elsmere on the evening of 8 March 2026 as the River Tarrow"
    " rose.",
    "Mayor Hanne Lykke ordered the evacuation of Lower Elsmere, the oldest part of the town, on Sunday evening as"
    " the river rose",
    d=[D(SUN, None, "on Sunday evening")],
    facts={"fl:evac-order": {"date": dv(SUN)}},
)
c(A, "Lower Elsmere is the oldest part of the town of Elsmere.", "Lower Elsmere, the oldest part of the town")
c(
    A,
    "Residents of Lower Elsmere were taken out by boat and by army lorries.",
    "Residents were taken out by boat and by army lorries",
)
c(
    A,
    "About 1,600 homes have been flooded in Elsmere.",
    "About 1,600 homes have been flooded",
    q=[Q("count", 1600, 1600, None, "About 1,600 homes")],
    facts={"fl:homes": {"quantity": qv("n", 1600, 1600)}},
)
c(
    A,
    "Some 900 people spent the night of 9 March 2026 in emergency shelters set up in schools and sports halls in"
    " Elsmere.",
    "Some 900 people spent Monday night in emergency shelters set up in schools and sports halls",
    q=[Q("count", 900, 900, None, "Some 900 people")],
    d=[D(MON, None, "Monday night")],
    facts={"fl:shelters": {"quantity": qv("n", 900, 900), "date": dv(MON)}},
)
c(
    A,
    "Around 12,000 homes in the Elsmere flood area were without power on 9 March 2026.",
    "around 12,000 homes were without power on Monday",
    q=[Q("count", 12000, 12000, None, "around 12,000 homes")],
    d=[D(MON, None, "on Monday")],
)
c(
    A,
    "Prime Minister Tomas Reinholt visited Elsmere on 9 March 2026.",
    "Prime Minister Tomas Reinholt visited Elsmere on Monday",
    d=[D(MON, None, "on Monday")],
    facts={"fl:pm-visit": {"date": dv(MON)}},
)
c(
    A,
    "Tomas Reinholt promised flood victims that nobody in the Varden valley would be left alone with the flood's"
    " consequences.",
    "Nobody in this valley will be left alone with this",
    NP("Tomas Reinholt", "told residents"),
)
c(
    A,
    "A €50 million emergency fund has been set up for the flood-hit Varden region, announced on 10 March 2026.",
    "On Tuesday, Interior Minister Lena Orsby announced a €50 million emergency fund for the flood-hit region",
    NP("Interior Minister Lena Orsby", "announced"),
    q=[Q("money", 50e6, 50e6, "EUR", "€50 million")],
    d=[D(TUE, None, "On Tuesday")],
    facts={"fl:fund": {"quantity": qv("EUR", 50e6, 50e6), "date": dv(TUE)}},
)
c(
    A,
    "Households whose homes were flooded in the Elsmere flood can claim up to €5,000 each in immediate aid.",
    "Households whose homes were flooded can claim up to €5,000 each in immediate aid",
    NP("Lena Orsby", "she said"),
    q=[Q("money", None, 5000, "EUR", "up to €5,000")],
    facts={"fl:grant": {"quantity": qv("EUR", None, 5000)}},
)
c(
    A,
    "The regional governor's office estimated the damage from the Elsmere flood at €310 million.",
    "The regional governor's office estimated the damage at €310 million",
    ORG("regional governor's office", "estimated"),
    q=[Q("money", 310e6, 310e6, "EUR", "€310 million")],
    facts={"fl:damage": {"quantity": qv("EUR", 310e6, 310e6)}},
)
c(
    A,
    "The regional governor's office said its €310 million damage estimate for the Elsmere flood was likely to rise.",
    "a figure it said was likely to rise",
    ORG("regional governor's office", "said"),
)
c(
    A,
    "The main rail line between Elsmere and Varden City remains closed after the flood.",
    "The main rail line between Elsmere and Varden City remains closed",
)
c(
    A,
    "The Old Bridge in the Elsmere town centre has been shut.",
    "The Old Bridge in the town centre has also been shut",
)
c(
    A,
    "Engineers found cracks in the piers of the Old Bridge in Elsmere.",
    "engineers found cracks in its piers",
)
c(
    A,
    "River Tarrow levels at Elsmere were falling slowly on 10 March 2026.",
    "river levels were falling slowly",
    ORG("water board", "said"),
)
c(
    A,
    "More rain forecast for 12 March 2026 could push the River Tarrow's levels up again.",
    "more rain forecast for Thursday could push them up again",
    ORG("water board", "warned"),
    d=[D(THU, None, "for Thursday")],
    facts={"fl:more-rain": {"date": dv(THU)}},
)
c(
    A,
    "Elsmere is a market town of about 38,000 people.",
    "Elsmere, a market town of about 38,000 people",
    q=[Q("count", 38000, 38000, None, "about 38,000 people")],
)
c(
    A,
    "Elsmere lies where the River Tarrow leaves the Varden hills.",
    "lies where the Tarrow leaves the Varden hills",
)
c(
    A,
    "The 1998 flood killed two people in Elsmere.",
    "The 1998 flood killed two people in the town",
    q=[Q("count", 2, 2, None, "two people")],
    d=[D(*Y1998, "1998")],
)
c(
    A,
    "The 1998 flood in Elsmere led to the building of a flood barrier along Quay Street.",
    "led to the building of a flood barrier along Quay Street",
    facts={"fl:barrier-built": {}},
)
c(
    A,
    "The army has sent 300 soldiers to help with evacuations and to fill sandbags in the Elsmere flood.",
    "The army has sent 300 soldiers to help with evacuations and to fill sandbags",
    ORG("defence ministry", "said"),
    q=[Q("count", 300, 300, None, "300 soldiers")],
)

# ---------------------------------------------------------------- The Varden Courier (2026-03-11, Wed)
A = "flood-courier"
art(
    A,
    SA,
    [
        "By Mikkel Aas and Freya Lund | Wednesday 11 March 2026, 07:15",
        "[Image: Volunteers clear mud from a house on Mill Lane, Lower Elsmere, on Tuesday. Photo: Varden Courier/Per"
        " Holm]",
        "Read more: How to claim flood aid - a step-by-step guide",
        "Read more: Harrowby farmers fear for spring sowing",
    ],
)
POLICE = ORG("police", "said")
c(
    A,
    "The death toll from the Elsmere floods rose to four on 10 March 2026.",
    "The death toll from the Elsmere floods rose to four yesterday",
    POLICE,
    q=[Q("count", 4, 4, None, "four")],
    d=[D(TUE, None, "yesterday")],
    facts={"fl:deaths": {"quantity": qv("n", 4, 4)}},
)
c(
    A,
    "Rescuers found the body of a 71-year-old man in a field near Harrowby on 10 March 2026.",
    "rescuers found the body of a 71-year-old man in a field near Harrowby",
    POLICE,
    q=[Q("other", 71, 71, "years", "71-year-old")],
)
c(
    A,
    "Nearly 190mm of rain fell on the Varden valley over two days before the River Tarrow burst its banks.",
    "Nearly 190mm of rain fell on the valley over two days",
    q=[Q("other", None, 190, "mm", "Nearly 190mm"), Q("other", 2, 2, "days", "two days")],
    facts={"fl:rain": {"quantity": qv("mm", None, 190)}},
)
c(
    A,
    "94mm of rain fell on the Varden valley on 8 March 2026.",
    "94mm of it on Sunday alone",
    q=[Q("other", 94, 94, "mm", "94mm")],
    d=[D(SUN, None, "on Sunday")],
)
c(
    A,
    "The River Tarrow burst its banks in the early hours of 9 March 2026.",
    "the River Tarrow burst its banks in the early hours of Monday",
    d=[D(MON, None, "in the early hours of Monday")],
    facts={"fl:burst": {"date": dv(MON)}},
)
c(
    A,
    "The River Tarrow reached 6.4 metres at the Elsmere town gauge.",
    "At the town gauge the river reached 6.4m",
    ORG("Varden Water Board", "said"),
    q=[Q("other", 6.4, 6.4, "m", "6.4m")],
    facts={"fl:peak": {"quantity": qv("m", 6.4, 6.4)}},
)
c(
    A,
    "More than 5,000 Elsmere residents had to leave their homes because of the flood.",
    "More than 5,000 residents had to leave their homes",
    NP("Mayor Hanne Lykke", "according to"),
    q=[Q("count", 5000, None, None, "More than 5,000")],
    facts={"fl:evacuated": {"quantity": qv("n", 5000, None)}},
)
c(
    A,
    "Mayor Hanne Lykke ordered the evacuation of Lower Elsmere on the evening of 8 March 2026.",
    "Mayor Hanne Lykke, who ordered the evacuation of Lower Elsmere on Sunday evening",
    d=[D(SUN, None, "on Sunday evening")],
    facts={"fl:evac-order": {"date": dv(SUN)}},
)
c(
    A,
    "Some 900 people slept in shelters in schools and sports halls in Elsmere on the night of 9 March 2026.",
    "Some 900 people slept in shelters in schools and sports halls on Monday night",
    q=[Q("count", 900, 900, None, "Some 900 people")],
    d=[D(MON, None, "on Monday night")],
    facts={"fl:shelters": {"quantity": qv("n", 900, 900), "date": dv(MON)}},
)
c(
    A,
    "The flood barrier on Quay Street in Elsmere was built after the 1998 flood.",
    "The flood barrier on Quay Street, built after the 1998 flood",
    d=[D(*Y1998, "1998")],
    facts={"fl:barrier-built": {"date": dv(*Y1998)}},
)
c(
    A,
    "The flood barrier on Quay Street in Elsmere gave way shortly after midnight during the River Tarrow flood.",
    "gave way shortly after midnight",
    facts={"fl:barrier-fail": {"fact": "the barrier failed"}},
)
c(
    A,
    "A 40-metre section of the Quay Street flood wall in Elsmere collapsed.",
    "A 40-metre section of the wall collapsed",
    AN("council engineers", "told the Courier"),
    q=[Q("other", 40, 40, "m", "40-metre")],
    facts={"fl:barrier-fail": {"fact": "the barrier failed"}},
)
c(
    A,
    "Water poured into the streets behind the Quay Street wall within minutes of its collapse.",
    "water poured into the streets behind it within minutes",
)
c(
    A,
    "Ruth Halvard, 68, is among the dead of the Elsmere floods.",
    "Among the dead is Ruth Halvard, 68",
    q=[Q("other", 68, 68, "years", "68")],
)
c(
    A,
    "Ruth Halvard drowned in her basement flat on Mill Lane in Elsmere.",
    "who drowned in her basement flat on Mill Lane",
    facts={"fl:woman": {}},
)
c(
    A,
    "Ruth Halvard had refused to leave her home before she drowned.",
    "she had refused to leave",
    AN("Neighbours", "said"),
)
c(
    A,
    "Hanne Lykke has been mayor of Elsmere since 2019.",
    "Ms Lykke, who has been mayor since 2019",
    d=[D("2019-01-01", "2019-12-31", "2019")],
)
c(
    A,
    "Hanne Lykke was sharply critical of the Varden Water Board after the flood.",
    "was sharply critical of the water board",
)
c(
    A,
    "A planned upgrade of the Quay Street flood barrier had been delayed for six years by funding disputes.",
    "a planned upgrade of the barrier had been delayed for six years by funding disputes",
    NP("Ms Lykke", "She said"),
    q=[Q("other", 6, 6, "years", "six years")],
    facts={"fl:upgrade-delay": {}},
)
c(
    A,
    "Hanne Lykke says Elsmere warned the Varden Water Board again and again about the barrier.",
    "We warned them again and again",
    NP("Ms Lykke", "she said"),
)
c(
    A,
    "The Varden Water Board will look closely at what happened in the Elsmere flood when the water has gone down.",
    'the board would "look closely at what happened" when the water had gone down',
    ORG("A water board spokesman", "said"),
)
c(
    A,
    "The government approved a €50m emergency fund for the Elsmere flood on 9 March 2026.",
    "The government approved a €50m emergency fund on Monday",
    q=[Q("money", 50e6, 50e6, "EUR", "€50m")],
    d=[D(MON, None, "on Monday")],
    facts={"fl:fund": {"quantity": qv("EUR", 50e6, 50e6), "date": dv(MON)}},
)
c(
    A,
    "Households flooded in the Elsmere flood can claim up to 5,000 euros each from the emergency fund.",
    "flooded households can claim up to 5,000 euros each",
    q=[Q("money", None, 5000, "EUR", "up to 5,000 euros")],
    facts={"fl:grant": {"quantity": qv("EUR", None, 5000)}},
)
c(
    A,
    "Forms to claim flood aid are available at the Elsmere town hall and online.",
    "Forms are available at the town hall and online",
)
c(
    A,
    "The regional governor's office puts the damage from the Elsmere flood at €350m.",
    "The regional governor's office puts the damage at €350m",
    ORG("regional governor's office", "puts the damage at"),
    q=[Q("money", 350e6, 350e6, "EUR", "€350m")],
    facts={"fl:damage": {"quantity": qv("EUR", 350e6, 350e6)}},
)
c(
    A,
    "Prime Minister Tomas Reinholt toured Elsmere on 9 March 2026.",
    "The Prime Minister, Tomas Reinholt, toured the town on Monday",
    d=[D(MON, None, "on Monday")],
    facts={"fl:pm-visit": {"date": dv(MON)}},
)
c(
    A,
    "Interior Minister Lena Orsby visited Harrowby on 10 March 2026.",
    "Interior Minister Lena Orsby visited Harrowby yesterday",
    d=[D(TUE, None, "yesterday")],
)
c(
    A,
    "Lena Orsby met Harrowby farmers whose fields are still under water after the flood.",
    "met farmers whose fields are still under water",
)
c(
    A,
    "Jens Moller's café on Quay Street in Elsmere was flooded to the ceiling.",
    "whose café on Quay Street was flooded to the ceiling",
)
c(
    A,
    "Café owner Jens Moller lost everything in the Elsmere flood.",
    'said: "We lost everything',
    NP("Jens Moller", "said"),
)
c(
    A,
    "Insurance will not cover most of café owner Jens Moller's flood losses.",
    "The insurance will not cover most of it",
    NP("Jens Moller", "said"),
)
c(
    A,
    "About 3,000 households in the Elsmere area were still without electricity on the night of 10 March 2026.",
    "About 3,000 households were still without electricity last night",
    ORG("Varden Energy", "said"),
    q=[Q("count", 3000, 3000, None, "About 3,000 households")],
    d=[D(TUE, None, "last night")],
)
c(
    A,
    "Varden Energy hopes to reconnect the households still without electricity by 13 March 2026.",
    "It hopes to reconnect them by Friday",
    ORG("Varden Energy", "hopes"),
    d=[D(FRI, None, "by Friday")],
)
c(
    A,
    "Schools in Elsmere will stay closed until 16 March 2026.",
    "Schools in Elsmere will stay closed until Monday",
    ORG("the council", "said"),
    d=[D(NEXT_MON, None, "until Monday")],
)
c(
    A,
    "Bins will not be collected in Lower Elsmere until further notice.",
    "Bins will not be collected in Lower Elsmere until further notice",
)
c(
    A,
    "Elsmere residents have been told to boil tap water before drinking it.",
    "residents have been told to boil tap water before drinking it",
)
c(
    A,
    "The Red Cross has opened a donation line for victims of the Elsmere flood.",
    "The Red Cross has opened a donation line for flood victims",
)

# ---------------------------------------------------------------- Catchment Review (2026-03-12, Thu)
A = "flood-catchment"
art(
    A,
    SA,
    [
        "Catchment Review | Floods & Defences | 12 Mar 2026 | By Oskar Lindahl | 6 min read",
        "[Image: The Quay Street flood wall in Elsmere after the water receded. Credit: Catchment Review/Oskar"
        " Lindahl]",
        "Related: Inside the Lusken valley's wetland restoration scheme",
    ],
)
NMS_DATA = DOC("Data from the National Meteorological Service", "show")
REVIEW = DOC("A 2024 review by the water board", "says")
c(
    A,
    "The flood wall on Quay Street in Elsmere did not fail during the River Tarrow flood.",
    "The flood wall on Quay Street in Elsmere did not fail",
    WB_SAID,
    facts={"fl:barrier-fail": {"fact": "the wall did not fail (it was overtopped)"}},
)
c(
    A,
    "The flood wall on Quay Street in Elsmere was overtopped when the River Tarrow rose.",
    "was overtopped when the River Tarrow rose",
    WB_SAID,
)
c(
    A,
    "The River Tarrow rose to a record 6.2 metres at Elsmere on 9 March 2026.",
    "the River Tarrow rose to a record 6.2 metres on Monday",
    WB_SAID,
    q=[Q("other", 6.2, 6.2, "m", "6.2 metres")],
    d=[D(MON, None, "on Monday")],
    facts={"fl:peak": {"quantity": qv("m", 6.2, 6.2), "date": dv(MON)}},
)
c(
    A,
    "The Quay Street flood wall in Elsmere was built after the 1998 flood.",
    "The wall, which was built after the 1998 flood",
    d=[D(*Y1998, "1998")],
    facts={"fl:barrier-built": {"date": dv(*Y1998)}},
)
c(
    A,
    "The Quay Street flood wall in Elsmere is about 1.2km long.",
    "is about 1.2km long",
    q=[Q("other", 1.2, 1.2, "km", "about 1.2km")],
)
c(
    A,
    "The Quay Street flood wall in Elsmere was designed to hold back a river level of 6 metres.",
    "was designed to hold back a river level of 6 metres",
    q=[Q("other", 6, 6, "m", "6 metres")],
)
c(
    A,
    "In 1998 the River Tarrow peaked at 5.9 metres at Elsmere.",
    "In 1998 the Tarrow peaked at 5.9m",
    q=[Q("other", 5.9, 5.9, "m", "5.9m")],
    d=[D(*Y1998, "1998")],
    facts={"fl:record1998": {"quantity": qv("m", 5.9, 5.9), "date": dv(*Y1998)}},
)
c(
    A,
    "The River Tarrow simply came over the top of the Quay Street flood wall.",
    "The river simply came over the top of it",
    NP("Karin Dahl", "said"),
)
c(A, "Karin Dahl is the Varden Water Board's chief engineer.", "Karin Dahl, the board's chief engineer")
c(
    A,
    "Karin Dahl's team inspected the whole length of the Quay Street flood wall on 10 March 2026.",
    "Her team inspected the whole length of the wall on Tuesday",
    NP("Karin Dahl", "she said"),
    d=[D(TUE, None, "on Tuesday")],
)
c(
    A,
    "The overtopping of the Quay Street flood wall followed extreme rainfall.",
    "The overtopping followed extreme rainfall",
)
c(
    A,
    "182mm of rain fell at Elsmere in 48 hours.",
    "182mm fell at Elsmere in 48 hours",
    NMS_DATA,
    q=[Q("other", 182, 182, "mm", "182mm"), Q("other", 48, 48, "hours", "48 hours")],
    facts={"fl:rain": {"quantity": qv("mm", 182, 182)}},
)
c(
    A,
    "The 48-hour rainfall at Elsmere was roughly three times the town's normal monthly total.",
    "roughly three times the town's normal monthly total",
    NMS_DATA,
    q=[Q("other", 3, 3, "times", "roughly three times")],
)
c(
    A,
    "Elsmere's normal monthly rainfall total is 61mm.",
    "the town's normal monthly total of 61mm",
    NMS_DATA,
    q=[Q("other", 61, 61, "mm", "61mm")],
)
c(
    A,
    "The 48-hour rainfall at Elsmere was the highest two-day total since records began in 1911.",
    "the highest two-day total since records began in 1911",
    NMS_DATA,
    q=[Q("other", 2, 2, "days", "two-day")],
    d=[D(*Y1911, "1911")],
    facts={"fl:rain-record": {"date": dv(*Y1911)}},
)
c(
    A,
    "Four people died in the Elsmere flood.",
    "Four people died in the flood",
    q=[Q("count", 4, 4, None, "Four people")],
    facts={"fl:deaths": {"quantity": qv("n", 4, 4)}},
)
c(
    A,
    "31 people were injured in the Elsmere flood.",
    "31 were injured",
    q=[Q("count", 31, 31, None, "31")],
    facts={"fl:injured": {"quantity": qv("n", 31, 31)}},
)
c(
    A,
    "About 4,200 people were evacuated in the Elsmere flood.",
    "About 4,200 people were evacuated",
    q=[Q("count", 4200, 4200, None, "About 4,200 people")],
    facts={"fl:evacuated": {"quantity": qv("n", 4200, 4200)}},
)
c(
    A,
    "Some 1,600 properties were flooded in Elsmere.",
    "some 1,600 properties were flooded",
    q=[Q("count", 1600, 1600, None, "some 1,600 properties")],
    facts={"fl:homes": {"quantity": qv("n", 1600, 1600)}},
)
c(
    A,
    "The National Insurers' Federation put insured losses from the Elsmere flood at between €120m and €150m.",
    "The National Insurers' Federation (NIF) put insured losses at between €120m and €150m",
    ORG("National Insurers' Federation", "put"),
    q=[Q("money", 120e6, 150e6, "EUR", "between €120m and €150m")],
)
c(
    A,
    "Many homes in Lower Elsmere have no flood insurance cover.",
    "Many homes in Lower Elsmere have no flood cover",
    ORG("National Insurers' Federation", "said"),
)
c(
    A,
    "Flood insurance premiums in Lower Elsmere have risen sharply since 2015.",
    "premiums there have risen sharply since 2015",
    ORG("National Insurers' Federation", "said"),
    d=[D("2015-01-01", "2015-12-31", "2015")],
)
c(
    A,
    "A €50m emergency fund has been set up for the Elsmere flood, announced on 10 March 2026.",
    "Prime Minister Tomas Reinholt announced a €50m emergency fund on Tuesday",
    NP("Prime Minister Tomas Reinholt", "announced"),
    q=[Q("money", 50e6, 50e6, "EUR", "€50m")],
    d=[D(TUE, None, "on Tuesday")],
    facts={"fl:fund": {"quantity": qv("EUR", 50e6, 50e6), "date": dv(TUE)}},
)
c(
    A,
    "The Elsmere flood emergency fund will make payments of up to €5,000 to each flooded household.",
    "It will make payments of up to €5,000 to each flooded household",
    q=[Q("money", None, 5000, "EUR", "up to €5,000")],
    facts={"fl:grant": {"quantity": qv("EUR", None, 5000)}},
)
c(
    A,
    "The Elsmere flood emergency fund will help councils repair roads and bridges.",
    "help councils repair roads and bridges",
)
c(
    A,
    "The planned upgrade of the Quay Street flood wall was held up by funding disputes between the Varden Water"
    " Board and the regional government.",
    "the upgrade, costed at €18m, was held up by funding disputes between the board and the regional government",
    REVIEW,
    facts={"fl:upgrade-delay": {}},
)
c(
    A,
    "The planned upgrade of the Quay Street flood wall is costed at €18m.",
    "the upgrade, costed at €18m",
    REVIEW,
    q=[Q("money", 18e6, 18e6, "EUR", "€18m")],
)
c(
    A,
    "Petra Salo is a hydrologist at the University of Varden.",
    "Dr Petra Salo, a hydrologist at the University of Varden",
)
c(
    A,
    "Warming has made two-day downpours of the Elsmere flood's size in the Varden valley about twice as likely as"
    " they were in the 1960s.",
    "warming had made two-day downpours of this size in the valley about twice as likely as they were in the 1960s",
    NP("Dr Petra Salo", "said"),
    q=[Q("other", 2, 2, "days", "two-day"), Q("other", 2, 2, "times", "about twice")],
    d=[D("1960-01-01", "1969-12-31", "the 1960s")],
)
c(
    A,
    "Raising flood walls alone will not be enough to protect Elsmere.",
    "Raising walls alone will not be enough",
    NP("Salo", "said"),
)
c(
    A,
    "Petra Salo called for upstream storage, such as restored wetlands in the Varden hills, to slow flood water"
    " before it reaches Elsmere.",
    "She called for upstream storage, such as restored wetlands in the Varden hills, to slow the water before it"
    " reaches the town",
    NP("Salo", "called for"),
)
c(
    A,
    "The Varden Water Board expects a second, lower crest of the River Tarrow of about 5 metres on 14 March 2026.",
    "The water board expects a second, lower crest of about 5 metres on Saturday",
    ORG("water board", "expects"),
    q=[Q("other", 2, 2, "ordinal", "second"), Q("other", 5, 5, "m", "about 5 metres")],
    d=[D(SAT, None, "on Saturday")],
)
c(
    A,
    "More rain is forecast for the Elsmere area on 12 and 13 March 2026.",
    "more rain forecast for Thursday and Friday",
    d=[D(THU, FRI, "Thursday and Friday")],
    facts={"fl:more-rain": {"date": dv(THU, FRI)}},
)
c(
    A,
    "Temporary barriers are being put up in Lower Elsmere.",
    "Temporary barriers are being put up in Lower Elsmere",
)
c(
    A,
    "The Varden Water Board has promised an independent review of the Elsmere flood.",
    "The board has promised an independent review of the flood",
    ORG("water board", "has promised"),
)
c(
    A,
    "The independent review of the Elsmere flood is to be published by the end of June 2026.",
    "to be published by the end of June",
    ORG("water board", "has promised"),
    d=[D("2026-06-21", "2026-06-30", "the end of June")],
)

NOTES["fl:deaths"] = "death toll: three (MPA, from the CPA) vs four (Varden Courier, police; Catchment Review)"
NOTES["fl:evacuated"] = (
    "people evacuated: about 4,200 (MPA, CPA; Catchment Review) vs more than 5,000 (Varden Courier, Mayor Hanne Lykke)"
)
NOTES["fl:rain"] = (
    "rain in two days at Elsmere: 182 millimetres (MPA, NMS) / 182mm (Catchment Review, NMS data) vs nearly 190mm"
    " (Varden Courier): point vs upper bound"
)
NOTES["fl:injured"] = "injured: 27 (MPA, CPA) vs 31 (Catchment Review)"
NOTES["fl:peak"] = (
    "river peak at the Elsmere gauge: 6.4 metres (MPA) / 6.4m (Varden Courier) vs 6.2 metres (Catchment Review),"
    " all from the Varden Water Board"
)
NOTES["fl:damage"] = "damage estimate of the regional governor's office: €310 million (MPA) vs €350m (Varden Courier)"
NOTES["fl:burst"] = (
    "river burst its banks: late on Sunday 8 March (MPA) vs early hours of Monday 9 March (Varden Courier)"
)
NOTES["fl:fund"] = (
    "€50m emergency fund: announced on Tuesday 10 March by Interior Minister Lena Orsby (MPA) vs by Prime Minister"
    " Tomas Reinholt (Catchment Review) vs approved by the government on Monday 9 March (Varden Courier)"
)
NOTES["fl:upgrade-delay"] = (
    "barrier upgrade held up by funding disputes: Mayor Hanne Lykke (Varden Courier) vs a 2024 review by the Varden"
    " Water Board (Catchment Review)"
)
NOTES["fl:barrier-fail"] = (
    "Quay Street barrier: gave way / a 40-metre section collapsed (Varden Courier) vs did not fail but was overtopped"
    " (Catchment Review, Varden Water Board)"
)
NOTES["fl:woman"] = "elderly woman found in her flooded home (MPA) = Ruth Halvard, 68, drowned in her basement flat"
NOTES["fl:grant"] = "'up to €5,000' (MPA, Catchment Review) = 'up to 5,000 euros' (Varden Courier)"
NOTES["fl:more-rain"] = (
    "more rain forecast for Thursday 12 March (MPA) lies within Thursday and Friday (Catchment Review)"
)
NOTES["fl:homes"] = "about 1,600 homes (MPA) = some 1,600 properties (Catchment Review)"

# =====================================================================
# Story B: fraud trial of Verdanta founder Marcus Thale (April 2026)
# =====================================================================
SB = "verdanta-fraud-trial-2026"
VERDICT = "2026-04-16"  # Thursday
FRI17 = "2026-04-17"
TUE21 = "2026-04-21"
Y2017 = ("2017-01-01", "2017-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
JUL23 = ("2023-07-01", "2023-07-31")
AUG23 = ("2023-08-01", "2023-08-31")
SEP23 = ("2023-09-01", "2023-09-30")
OCT23 = ("2023-10-01", "2023-10-31")
NOV23 = ("2023-11-01", "2023-11-30")
SUMMER23 = ("2023-06-01", "2023-08-31")
AUTUMN23 = ("2023-09-01", "2023-11-30")
FEB26 = ("2026-02-01", "2026-02-28")

# ---------------------------------------------------------------- Continental Wire (2026-04-16, Thu)
A = "fraud-cwire"
art(
    A,
    SB,
    [
        "[Image: Marcus Thale arrives at Port Calder District Court for the verdict. Continental Wire/Sanna Holt]",
        "(Reporting by Tobias Wren; Editing by Helen Marsh)",
        "Read more: Solar investment schemes draw regulators' scrutiny",
    ],
)
COURT_FOUND = ORG("a court", "found")
OSTRANDER = NP("Presiding judge Miriam Ostrander", "said")
c(
    A,
    "Marcus Thale is the founder of the solar investment platform Verdanta.",
    "Marcus Thale, the founder of the collapsed solar investment platform Verdanta",
    facts={"tr:founder": {}},
)
c(A, "The solar investment platform Verdanta has collapsed.", "the collapsed solar investment platform Verdanta")
c(
    A,
    "Marcus Thale was sentenced to 9 years in prison on 16 April 2026.",
    "was sentenced to 9 years in prison on Thursday",
    q=[Q("other", 9, 9, "years", "9 years")],
    d=[D(VERDICT, None, "on Thursday")],
    facts={"tr:sentence": {"quantity": qv("years", 9, 9), "date": dv(VERDICT)}},
)
FRAUD_SPAN = "he had defrauded about 7,300 investors of $186 million"
c(
    A,
    "Marcus Thale defrauded about 7,300 Verdanta investors.",
    FRAUD_SPAN,
    COURT_FOUND,
    q=[Q("count", 7300, 7300, None, "about 7,300 investors")],
    facts={"tr:victims": {"quantity": qv("n", 7300, 7300)}},
)
c(
    A,
    "Marcus Thale defrauded Verdanta investors of $186 million.",
    FRAUD_SPAN,
    COURT_FOUND,
    q=[Q("money", 186e6, 186e6, "USD", "$186 million")],
    facts={"tr:amount": {"quantity": qv("USD", 186e6, 186e6)}},
)
CONV_SPAN = (
    "A three-judge panel at Port Calder District Court convicted Thale, 47, of aggravated fraud and of falsifying"
    " company accounts"
)
c(
    A,
    "A three-judge panel at Port Calder District Court convicted Marcus Thale of aggravated fraud.",
    CONV_SPAN,
    q=[Q("count", 3, 3, None, "three-judge")],
    facts={"tr:conv-fraud": {}},
)
c(
    A,
    "A three-judge panel at Port Calder District Court convicted Marcus Thale of falsifying company accounts.",
    CONV_SPAN,
    facts={"tr:conv-accounts": {}},
)
c(
    A,
    "Marcus Thale is 47 years old.",
    "Thale, 47",
    q=[Q("other", 47, 47, "years", "47")],
    facts={"tr:age": {"quantity": qv("years", 47, 47)}},
)
c(A, "Marcus Thale was acquitted of money laundering.", "He was acquitted of money laundering")
c(
    A,
    "Port Calder District Court fined Marcus Thale 2.4 million dollars.",
    "The court also fined him 2.4 million dollars",
    q=[Q("money", 2.4e6, 2.4e6, "USD", "2.4 million dollars")],
    facts={"tr:fine": {"quantity": qv("USD", 2.4e6, 2.4e6)}},
)
c(
    A,
    "Port Calder District Court ordered the confiscation of $41 million of Marcus Thale's assets.",
    "ordered the confiscation of $41 million of his assets",
    q=[Q("money", 41e6, 41e6, "USD", "$41 million")],
    facts={"tr:confiscation": {"quantity": qv("USD", 41e6, 41e6)}},
)
ASSETS = "including a villa on the coast and a collection of vintage cars"
c(A, "The assets of Marcus Thale ordered to be confiscated include a villa on the coast.", ASSETS)
c(A, "The assets of Marcus Thale ordered to be confiscated include a collection of vintage cars.", ASSETS)
c(
    A,
    "Prosecutors had asked for a 12-year prison sentence for Marcus Thale.",
    "Prosecutors had asked for 12 years",
    q=[Q("other", 12, 12, "years", "12 years")],
    facts={"tr:sought": {"quantity": qv("years", 12, 12)}},
)
c(
    A,
    "Marcus Thale founded Verdanta in 2017.",
    "Verdanta, which Thale founded in 2017",
    d=[D(*Y2017, "2017")],
    facts={"tr:founded": {"date": dv(*Y2017)}},
)
c(
    A,
    "Verdanta sold investors stakes in solar farms.",
    "sold investors stakes in solar farms",
    facts={"tr:stakes": {}},
)
c(
    A,
    "Verdanta promised investors returns of 9% a year.",
    "promised them returns of 9% a year",
    q=[Q("percent", 9, 9, "%", "9% a year")],
    facts={"tr:returns": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "Verdanta had sold stakes in 40 solar farms.",
    "Verdanta had sold stakes in 40 solar farms",
    OSTRANDER,
    q=[Q("count", 40, 40, None, "40 solar farms")],
)
c(
    A,
    "Most of the solar farms in which Verdanta sold stakes were never built.",
    "most of which were never built",
    OSTRANDER,
    facts={"tr:farms-unbuilt": {}},
)
c(
    A,
    "Verdanta was a deception from the start.",
    "This was a deception from the start",
    NP("Ostrander", "said"),
)
c(
    A,
    "Verdanta paid earlier investors with money from new investors.",
    "Verdanta paid earlier investors with money from new ones",
    ORG("The court", "found"),
    facts={"tr:ponzi": {}},
)
c(
    A,
    "Verdanta stopped paying investors in August 2023.",
    "The platform stopped paying investors in August 2023",
    d=[D(*AUG23, "in August 2023")],
    facts={"tr:payouts-stopped": {"date": dv(*AUG23)}},
)
c(
    A,
    "Verdanta filed for bankruptcy in September 2023.",
    "filed for bankruptcy in September 2023",
    d=[D(*SEP23, "in September 2023")],
    facts={"tr:bankrupt": {"date": dv(*SEP23)}},
)
c(
    A,
    "Marcus Thale was arrested in November 2023.",
    "Thale was arrested in November 2023",
    d=[D(*NOV23, "in November 2023")],
    facts={"tr:arrest": {"date": dv(*NOV23)}},
)
c(
    A,
    "Marcus Thale showed no emotion as the verdict was read.",
    "who showed no emotion as the verdict was read",
)
c(
    A,
    "Marcus Thale was taken into custody in the courtroom after his sentencing.",
    "was taken into custody in the courtroom",
    facts={"tr:custody": {"fact": "taken into custody at the verdict"}},
)
c(
    A,
    "Marcus Thale will appeal against his conviction.",
    "said Thale would appeal",
    NP("Jonas Brekke", "said"),
    facts={"tr:appeal": {}},
)
c(A, "Jonas Brekke is Marcus Thale's lawyer.", "His lawyer, Jonas Brekke")
c(
    A,
    "Marcus Thale's defence believes the court has misread the evidence.",
    "We believe the court has misread the evidence",
    NP("Brekke", "told reporters"),
)
c(
    A,
    "Elin Rask is Verdanta's former chief financial officer.",
    "Verdanta's former chief financial officer, Elin Rask",
)
c(
    A,
    "Elin Rask was sentenced to four years in February 2026.",
    "was sentenced to four years in February",
    q=[Q("other", 4, 4, "years", "four years")],
    d=[D(*FEB26, "in February")],
    facts={"tr:rask": {"quantity": qv("years", 4, 4), "date": dv(*FEB26)}},
)
c(A, "Elin Rask pleaded guilty.", "after pleading guilty", facts={"tr:rask-plea": {}})
c(A, "Elin Rask testified against Marcus Thale.", "testifying against Thale")
c(
    A,
    "Judge Miriam Ostrander criticised the Securities Markets Authority (SMA).",
    "Ostrander also criticised the Securities Markets Authority (SMA)",
)
c(
    A,
    "The Securities Markets Authority received warnings about Verdanta in 2022 but failed to act.",
    "the regulator had received warnings about Verdanta in 2022 but had failed to act",
    NP("Ostrander", "saying"),
    d=[D(*Y2022, "2022")],
    facts={"tr:sma-warnings": {"date": dv(*Y2022)}},
)
TRIAL = "The 11-week trial heard evidence from more than 60 witnesses"
c(
    A,
    "Marcus Thale's trial lasted 11 weeks.",
    TRIAL,
    q=[Q("other", 11, 11, "weeks", "11-week")],
    facts={"tr:trial-length": {"quantity": qv("weeks", 11, 11)}},
)
c(
    A,
    "Marcus Thale's trial heard evidence from more than 60 witnesses.",
    TRIAL,
    q=[Q("count", 60, None, None, "more than 60 witnesses")],
)
c(
    A,
    "The witnesses at Marcus Thale's trial included many investors who had put their savings into Verdanta.",
    "including many investors who had put their savings into the platform",
)
c(
    A,
    "Verdanta investors who lost money can register claims with the court-appointed administrator until 30 June 2026.",
    "Investors who lost money can register claims with the court-appointed administrator until June 30",
    d=[D("2026-06-30", None, "until June 30")],
)
c(
    A,
    "Verdanta was previously valued at $900 million.",
    "Verdanta was previously valued at $900 million",
    q=[Q("money", 900e6, 900e6, "USD", "$900 million")],
)
c(
    A,
    "Verdanta counted a state pension fund among its backers.",
    "counted a state pension fund among its backers",
)
c(
    A,
    "Before founding Verdanta, Marcus Thale worked as an energy trader.",
    "Before founding it, Thale worked as an energy trader",
)
c(
    A,
    "At its peak Verdanta employed about 250 people.",
    "At its peak the platform employed about 250 people",
    q=[Q("count", 250, 250, None, "about 250 people")],
)

# ---------------------------------------------------------------- The Port Calder Gazette (2026-04-17, Fri)
A = "fraud-gazette"
art(
    A,
    SB,
    [
        "By Ruth Okafor, Courts Reporter | Friday 17 April 2026",
        "[Image: Marcus Thale leaves Port Calder District Court on Thursday. Photo: Gazette/Lena Voss]",
        "Read more: Verdanta collapse: a timeline",
        "Read more: Opinion - Port Calder must learn from the Verdanta scandal",
    ],
)
c(
    A,
    "Marcus Thale is 47 years old.",
    "Marcus Thale, the 47-year-old",
    q=[Q("other", 47, 47, "years", "47-year-old")],
    facts={"tr:age": {"quantity": qv("years", 47, 47)}},
)
c(
    A,
    "Marcus Thale built Verdanta into one of Port Calder's best-known start-ups.",
    "who built Verdanta into one of Port Calder's best-known start-ups",
)
c(
    A,
    "Marcus Thale was jailed for nine years on 16 April 2026.",
    "was jailed yesterday for nine years",
    q=[Q("other", 9, 9, "years", "nine years")],
    d=[D(VERDICT, None, "yesterday")],
    facts={"tr:sentence": {"quantity": qv("years", 9, 9), "date": dv(VERDICT)}},
)
COST = "a fraud that cost nearly 8,000 investors 186 million dollars"
c(
    A,
    "Marcus Thale's fraud cost nearly 8,000 Verdanta investors money.",
    COST,
    q=[Q("count", None, 8000, None, "nearly 8,000 investors")],
    facts={"tr:victims": {"quantity": qv("n", None, 8000)}},
)
c(
    A,
    "Marcus Thale's fraud cost Verdanta investors 186 million dollars.",
    COST,
    q=[Q("money", 186e6, 186e6, "USD", "186 million dollars")],
    facts={"tr:amount": {"quantity": qv("USD", 186e6, 186e6)}},
)
c(
    A,
    "Judges at Port Calder District Court handed Marcus Thale a $2.5m fine.",
    "Judges at Port Calder District Court also handed the Verdanta founder a $2.5m fine",
    q=[Q("money", 2.5e6, 2.5e6, "USD", "$2.5m")],
    facts={"tr:fine": {"quantity": qv("USD", 2.5e6, 2.5e6)}},
)
c(
    A,
    "Marcus Thale was allowed to go home after his sentencing hearing.",
    "But Thale was allowed to go home after the hearing",
    facts={"tr:custody": {"fact": "allowed to go home after the verdict"}},
)
c(
    A,
    "Marcus Thale must report to prison by 15 May 2026.",
    "he must report to prison by May 15",
    NP("Presiding judge Miriam Ostrander", "ruled"),
    d=[D("2026-05-15", None, "by May 15")],
)
c(
    A,
    "Verdanta was founded in 2017.",
    "The company, founded in 2017",
    d=[D(*Y2017, "2017")],
    facts={"tr:founded": {"date": dv(*Y2017)}},
)
c(
    A,
    "Verdanta promised investors returns of 9% a year from solar farms across the region.",
    "promised investors returns of 9% a year from solar farms across the region",
    q=[Q("percent", 9, 9, "%", "9% a year")],
    facts={"tr:returns": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "Verdanta used money from new investors to pay returns to earlier investors.",
    "In reality it used money from new investors to pay returns to earlier ones",
    facts={"tr:ponzi": {}},
)
c(
    A,
    "Verdanta stopped paying out to investors in the summer of 2023.",
    "It stopped paying out in the summer of 2023",
    d=[D(*SUMMER23, "in the summer of 2023")],
    facts={"tr:payouts-stopped": {"date": dv(*SUMMER23)}},
)
c(
    A,
    "Verdanta went bankrupt in the autumn of 2023.",
    "went bankrupt that autumn",
    d=[D(*AUTUMN23, "that autumn")],
    facts={"tr:bankrupt": {"date": dv(*AUTUMN23)}},
)
c(
    A,
    "Lotte Brandt chairs the Verdanta Investors' Association.",
    "Lotte Brandt, who chairs the Verdanta Investors' Association",
)
c(
    A,
    "Verdanta investors lost about $25,000 each on average.",
    "members had lost about $25,000 each on average",
    NP("Lotte Brandt", "said"),
    q=[Q("money", 25000, 25000, "USD", "about $25,000")],
    facts={"tr:avg-loss": {"quantity": qv("USD", 25000, 25000)}},
)
c(
    A,
    "Some Verdanta investors lost their entire pension.",
    "Some people lost their entire pension",
    NP("Lotte Brandt", "she said"),
)
APPEAL = "his client would appeal against both the conviction and the sentence"
c(
    A,
    "Marcus Thale will appeal against his conviction.",
    APPEAL,
    NP("Jonas Brekke", "said"),
    facts={"tr:appeal": {}},
)
c(A, "Marcus Thale will appeal against his sentence.", APPEAL, NP("Jonas Brekke", "said"))
c(
    A,
    "Marcus Thale spoke briefly to reporters on the court steps after his sentencing.",
    "Thale himself spoke briefly to reporters on the court steps",
)
c(
    A,
    "Marcus Thale never set out to deceive anyone.",
    "I never set out to deceive anyone",
    NP("Thale", "he said"),
)
c(
    A,
    "Aino Berg, 71, was among the Verdanta investors in the public gallery at Marcus Thale's sentencing.",
    "Among the investors in the public gallery was Aino Berg, 71",
    q=[Q("other", 71, 71, "years", "71")],
)
c(A, "Aino Berg is a retired teacher from Kessby.", "a retired teacher from Kessby")
c(
    A,
    "Aino Berg put $60,000 into Verdanta in 2021.",
    "who put $60,000 into Verdanta in 2021",
    q=[Q("money", 60000, 60000, "USD", "$60,000")],
    d=[D("2021-01-01", "2021-12-31", "2021")],
)
c(
    A,
    "Aino Berg trusted Marcus Thale because he was local.",
    "I trusted him because he was local",
    NP("Aino Berg", "she said"),
)
c(A, "Aino Berg has so far got none of her Verdanta investment back.", "She has so far got nothing back")
c(
    A,
    "Marcus Thale's trial lasted 11 weeks.",
    "The 11-week trial",
    q=[Q("other", 11, 11, "weeks", "11-week")],
    facts={"tr:trial-length": {"quantity": qv("weeks", 11, 11)}},
)
c(
    A,
    "Verdanta's glossy brochures showed solar panels on land that the company never bought.",
    "Verdanta's glossy brochures showed solar panels on land that the company never bought",
    AN(None, "heard how"),
)
c(
    A,
    "Verdanta staff who raised concerns were told to keep quiet.",
    "Staff who raised concerns were told to keep quiet",
    AN("a former sales manager", "testified"),
)
c(
    A,
    "Marcus Thale gave evidence at his trial in February 2026.",
    "Giving evidence in February",
    d=[D(*FEB26, "in February")],
)
c(
    A,
    "Marcus Thale had always meant to build the solar farms Verdanta sold stakes in.",
    "he had always meant to build the farms",
    NP("Thale", "said"),
)
c(
    A,
    "Marcus Thale blamed the delays in building Verdanta's solar farms on planning rules.",
    "blamed the delays on planning rules",
    NP("Thale", "blamed"),
)
c(
    A,
    "The Securities Markets Authority ignored early warnings about Verdanta.",
    "which the judge said had ignored early warnings about Verdanta",
    NP("Miriam Ostrander", "said"),
    facts={"tr:sma-warnings": {}},
)
c(
    A,
    "The Securities Markets Authority declined to comment on the Verdanta verdict.",
    "The Securities Markets Authority, which the judge said had ignored early warnings about Verdanta, declined to"
    " comment",
)
c(
    A,
    "Verdanta's old headquarters on Harbour Road was formerly the most expensive office in Port Calder.",
    "formerly the most expensive office in the city",
)
c(
    A,
    "Verdanta's old headquarters on Harbour Road has been empty since the company collapsed.",
    "Verdanta's old headquarters on Harbour Road, formerly the most expensive office in the city, has been empty"
    " since the company collapsed",
)
c(
    A,
    "The Port Calder council will hold a public meeting for investors affected by the Verdanta fraud at the Old"
    " Exchange on 21 April 2026.",
    "the council would hold a public meeting for affected investors on Tuesday at the Old Exchange",
    NP("Tariq Nasser", "said"),
    d=[D(TUE21, None, "on Tuesday")],
)
c(
    A,
    "Legal advisers from the Verdanta Investors' Association will be on hand at the council's public meeting.",
    "Legal advisers from the Verdanta Investors' Association will be on hand",
)

# ---------------------------------------------------------------- FinCrime Brief (2026-04-20, Mon)
A = "fraud-fincrime"
art(
    A,
    SB,
    [
        "FinCrime Brief | Fraud & Enforcement | 20 April 2026 | 7 min read",
        "How the scheme worked",
        "[Image: Port Calder District Court. Credit: FinCrime Brief]",
        "Losses and recovery",
        "Regulatory fallout",
        "What compliance teams should take from it",
        "Related: Green investment fraud: five warning signs",
    ],
)
PANEL = ORG("The three-judge panel", "found")
c(
    A,
    "A Port Calder court sentenced Marcus Thale to nine years in prison on 16 April 2026.",
    "A Port Calder court last Thursday sentenced Marcus Thale, the founder of the solar investment platform Verdanta,"
    " to nine years in prison",
    q=[Q("other", 9, 9, "years", "nine years")],
    d=[D(VERDICT, None, "last Thursday")],
    facts={"tr:sentence": {"quantity": qv("years", 9, 9), "date": dv(VERDICT)}},
)
c(
    A,
    "Marcus Thale is the founder of the solar investment platform Verdanta.",
    "Marcus Thale, the founder of the solar investment platform Verdanta",
    facts={"tr:founder": {}},
)
CHARGES = "for aggravated fraud and false accounting"
c(A, "Marcus Thale was convicted of aggravated fraud.", CHARGES, facts={"tr:conv-fraud": {}})
c(A, "Marcus Thale was convicted of false accounting.", CHARGES, facts={"tr:conv-accounts": {}})
c(
    A,
    "The Verdanta fraud is one of the largest investment frauds to come before the country's courts.",
    "It is one of the largest investment frauds to come before the country's courts",
)
DEFRAUD = "Thale had defrauded 7,300 investors of $168m between 2018 and 2023"
c(
    A,
    "Marcus Thale defrauded 7,300 Verdanta investors.",
    DEFRAUD,
    PANEL,
    q=[Q("count", 7300, 7300, None, "7,300 investors")],
    facts={"tr:victims": {"quantity": qv("n", 7300, 7300)}},
)
c(
    A,
    "Marcus Thale defrauded Verdanta investors of $168m between 2018 and 2023.",
    DEFRAUD,
    PANEL,
    q=[Q("money", 168e6, 168e6, "USD", "$168m")],
    d=[D("2018-01-01", "2023-12-31", "between 2018 and 2023")],
    facts={"tr:amount": {"quantity": qv("USD", 168e6, 168e6)}},
)
c(
    A,
    "The Port Calder court fined Marcus Thale $2.4m.",
    "It fined him $2.4m",
    q=[Q("money", 2.4e6, 2.4e6, "USD", "$2.4m")],
    facts={"tr:fine": {"quantity": qv("USD", 2.4e6, 2.4e6)}},
)
c(
    A,
    "The Port Calder court ordered the confiscation of $41m of Marcus Thale's assets.",
    "ordered the confiscation of $41m in assets",
    q=[Q("money", 41e6, 41e6, "USD", "$41m")],
    facts={"tr:confiscation": {"quantity": qv("USD", 41e6, 41e6)}},
)
c(
    A,
    "Prosecutors had sought a 12-year prison term for Marcus Thale.",
    "Prosecutors had sought a 12-year term",
    q=[Q("other", 12, 12, "years", "12-year")],
    facts={"tr:sought": {"quantity": qv("years", 12, 12)}},
)
c(
    A,
    "Verdanta marketed stakes in solar farms to retail investors.",
    "Verdanta marketed stakes in solar farms to retail investors",
    facts={"tr:stakes": {}},
)
c(
    A,
    "Verdanta promised investors returns of 9% a year.",
    "with promised returns of 9% a year",
    q=[Q("percent", 9, 9, "%", "9% a year")],
    facts={"tr:returns": {"quantity": qv("%", 9, 9)}},
)
c(
    A,
    "Most of the solar farms Verdanta sold to investors were never built.",
    "Most of the farms sold to investors were never built",
    NP("lead prosecutor Anders Vik", "told the court"),
    facts={"tr:farms-unbuilt": {}},
)
c(
    A,
    "Early Verdanta investors were paid out of later investors' money.",
    "Early investors were paid out of later investors' money",
    facts={"tr:ponzi": {}},
)
c(
    A,
    "Verdanta investors' cash was moved through 23 subsidiaries.",
    "Investors' cash was moved through 23 subsidiaries",
    AN(None, "the court heard"),
    q=[Q("count", 23, 23, None, "23 subsidiaries")],
)
c(
    A,
    "Moving Verdanta investors' cash through subsidiaries made the flows hard for auditors to trace.",
    "which made the flows hard for auditors to trace",
    AN(None, "the court heard"),
)
c(
    A,
    "Verdanta stopped paying investors in July 2023.",
    "Verdanta stopped paying investors in July 2023",
    d=[D(*JUL23, "in July 2023")],
    facts={"tr:payouts-stopped": {"date": dv(*JUL23)}},
)
c(
    A,
    "Verdanta filed for bankruptcy two months after it stopped paying investors.",
    "filed for bankruptcy two months later",
    q=[Q("other", 2, 2, "months", "two months")],
    facts={"tr:bankrupt": {}},
)
c(
    A,
    "Marcus Thale was arrested in October 2023.",
    "Thale was arrested in October 2023",
    d=[D(*OCT23, "in October 2023")],
    facts={"tr:arrest": {"date": dv(*OCT23)}},
)
c(
    A,
    "After the verdict Marcus Thale was led from the courtroom by police officers to begin his sentence.",
    "After the verdict Thale was led from the courtroom by police officers to begin his sentence",
    facts={"tr:custody": {"fact": "taken into custody at the verdict"}},
)
c(
    A,
    "Henrik Sole is the court-appointed administrator of Verdanta.",
    "Henrik Sole, the court-appointed administrator",
)
c(
    A,
    "Verdanta investors lost about $25,000 each on average.",
    "investors had lost about $25,000 each on average",
    NP("Henrik Sole", "said"),
    q=[Q("money", 25000, 25000, "USD", "about $25,000")],
    facts={"tr:avg-loss": {"quantity": qv("USD", 25000, 25000)}},
)
c(
    A,
    "Henrik Sole has so far recovered $58m for Verdanta's creditors.",
    "Sole has so far recovered $58m for creditors",
    q=[Q("money", 58e6, 58e6, "USD", "$58m")],
)
c(
    A,
    "Henrik Sole expects to pay Verdanta's creditors a first dividend before the end of 2026.",
    "expects to pay a first dividend before the end of the year",
    NP("Sole", "expects"),
    d=[D("2026-04-20", "2026-12-31", "before the end of the year")],
)
c(
    A,
    "Elin Rask, Verdanta's former chief financial officer, pleaded guilty.",
    "Elin Rask, who pleaded guilty",
    facts={"tr:rask-plea": {}},
)
c(
    A,
    "Elin Rask received a four-year sentence in February 2026.",
    "received a four-year sentence in February",
    q=[Q("other", 4, 4, "years", "four-year")],
    d=[D(*FEB26, "in February")],
    facts={"tr:rask": {"quantity": qv("years", 4, 4), "date": dv(*FEB26)}},
)
c(
    A,
    "Marcus Thale will appeal against his conviction.",
    "Thale's defence team has said it will appeal",
    ORG("Thale's defence team", "has said"),
    facts={"tr:appeal": {}},
)
c(
    A,
    "Marcus Thale's defence has 14 days to lodge an appeal.",
    "It has 14 days to lodge the appeal",
    q=[Q("other", 14, 14, "days", "14 days")],
)
c(
    A,
    "The Securities Markets Authority (SMA) said on 17 April 2026 that it would commission an independent review"
    " of its supervision of Verdanta.",
    "The Securities Markets Authority (SMA) said on Friday that it would commission an independent review of its"
    " supervision of Verdanta",
    ORG("Securities Markets Authority", "said"),
    d=[D(FRI17, None, "on Friday")],
)
c(
    A,
    "The Securities Markets Authority received warnings about Verdanta in 2022.",
    "the regulator received warnings about the platform in 2022",
    NP("Judge Miriam Ostrander", "had said in her ruling"),
    d=[D(*Y2022, "2022")],
    facts={"tr:sma-warnings": {"date": dv(*Y2022)}},
)
c(A, "Verdanta investors are suing Northmere Bank.", "Investors are also suing Northmere Bank")
c(
    A,
    "Northmere Bank processed payments for Verdanta.",
    "Northmere Bank, which processed payments for Verdanta",
)
c(
    A,
    "Northmere Bank ignored signs of fraud at Verdanta.",
    "claiming it ignored signs of fraud",
    AN("Investors", "claiming"),
)
c(A, "Northmere Bank denies the Verdanta investors' claims.", "Northmere denies the claims")
c(
    A,
    "Firms should check that assets in green investment products actually exist.",
    "firms should check that assets in green investment products actually exist",
    NP("Dana Kowalczyk", "said"),
)
c(
    A,
    "Compliance teams should ask to see the site of a green investment, not the brochure.",
    "Ask to see the site, not the brochure",
    NP("Dana Kowalczyk", "she said"),
)

NOTES["tr:amount"] = (
    "amount defrauded: $186 million (Continental Wire, the court) / 186 million dollars (Port Calder Gazette) vs $168m"
    " (FinCrime Brief, the panel): transposed digits"
)
NOTES["tr:victims"] = (
    "investors defrauded: about 7,300 (Continental Wire) / 7,300 (FinCrime Brief) vs nearly 8,000 (Port Calder"
    " Gazette): point vs upper bound"
)
NOTES["tr:fine"] = (
    "fine: 2.4 million dollars (Continental Wire) / $2.4m (FinCrime Brief) vs $2.5m (Port Calder Gazette)"
)
NOTES["tr:payouts-stopped"] = (
    "payouts stopped: August 2023 (Continental Wire) vs July 2023 (FinCrime Brief); the summer of 2023 (Port Calder"
    " Gazette) contains both"
)
NOTES["tr:arrest"] = "Thale arrested: November 2023 (Continental Wire) vs October 2023 (FinCrime Brief)"
NOTES["tr:farms-unbuilt"] = (
    "most solar farms never built: presiding judge Miriam Ostrander (Continental Wire) vs lead prosecutor Anders Vik"
    " (FinCrime Brief)"
)
NOTES["tr:avg-loss"] = (
    "average loss of about $25,000: Lotte Brandt of the Verdanta Investors' Association (Port Calder Gazette) vs the"
    " court-appointed administrator Henrik Sole (FinCrime Brief)"
)
NOTES["tr:custody"] = (
    "after the verdict: taken into custody in the courtroom (Continental Wire) / led from the courtroom by police to"
    " begin his sentence (FinCrime Brief) vs allowed to go home, to report to prison by May 15 (Port Calder Gazette)"
)
NOTES["tr:bankrupt"] = (
    "bankruptcy: September 2023 (Continental Wire) lies within 'that autumn' (2023, Port Calder Gazette); FinCrime"
    " Brief gives only 'two months later'"
)
NOTES["tr:sentence"] = (
    "9 years / nine years; 'on Thursday' (Continental Wire, 16 April), 'yesterday' (Gazette, 17 April) and 'last"
    " Thursday' (FinCrime Brief, 20 April) all resolve to 16 April 2026"
)
NOTES["tr:appeal"] = "lawyer Jonas Brekke (Continental Wire, Gazette) = Thale's defence team (FinCrime Brief)"
NOTES["tr:ponzi"] = (
    "earlier investors paid with new investors' money: the court found (Continental Wire) = unattributed"
)
NOTES["tr:sma-warnings"] = "SMA warned about Verdanta (in 2022), all from Judge Ostrander; the Gazette gives no year"

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
