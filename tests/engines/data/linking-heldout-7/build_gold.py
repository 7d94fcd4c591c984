"""Gold for the seventh linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-7/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-7/gold.json

Two invented stories of kinds the earlier corpora do not cover, each covered by three invented outlets (wire,
national/local paper, specialist trade site), written and annotated by hand without looking at or running any
engine on them. First run of the engines on it (2026-11-29, code at f5a019d; nothing was changed after reading its
output, and its output was not read): extraction recall 0.696, precision 0.918, 7 noise claims, dates 0.857,
quantities 0.887; links end to end precision 0.773, recall 0.405, relation accuracy 0.971, conflicts with the right
field 9/24; links on the gold claims precision 0.716, recall 0.729, conflicts 17/29. (The code at the start of
that session, 07f2e5e: extraction recall 0.689, precision 0.922; end to end precision 0.809, recall 0.405,
relation accuracy 0.941, conflicts 9/24; gold claims the same.) The stories:
  * veyra-meridel-launch-failure-2026: the failure of a Veyra rocket built by the private launch company
    Halcyon Orbital, which lifted off from Skarholt Spaceport (island of Hesna, invented country of Aldmark) on
    Tuesday 15 September 2026 and lost Meridel, the Aldmark Space Agency's first government-owned
    Earth-observation satellite: early upper-stage engine shutdown, debris at sea, the satellite's cost and
    insurance, the launch contract, the rocket's flight record, grounding or not, the review board, a
    replacement satellite. Outlets: Transcontinental Press Agency (wire, 15 Sep), Aldmark Daily Chronicle
    (national paper, 16 Sep), Orbit Ledger (space-industry trade site, 18 Sep).
  * brackenridge-festival-salmonella-2026: a Salmonella Enteritidis outbreak after the Brackenridge Food & Folk
    Festival (Fennick Park, Hollinsby, invented Calder State, 24-26 July 2026) traced to the barbecue stall
    Smoke & Ember run by Tallow Lane Catering: case counts, hospitalisations, attendance, when the county was
    alerted, the closure of the caterer's kitchen, refunds, inspection, fines. Outlets: Pennant News Agency
    (wire, 30 Jul), Hollinsby Standard (local paper, 31 Jul), FoodSafe Insider (food-safety trade site, 3 Aug).

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-5/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The article files carry an extra `story:` line
in their front matter (ignored by goldlib and the validator).

`c(...)` copies the claim's canonicalised attribution into each of its fact values (spokespeople, officials and
an institution's documents count as the institution: Ines Varga, Helga Brandt and the ASA's annual report count
as the Aldmark Space Agency; Mattias Orlen counts as Halcyon Orbital; Science Minister Jonas Pell counts as the
Science Ministry; Dr Priya Okonjo, "the county health department", "the county" and "county records" count as
Hollinsby County Public Health; "the department"/"the state department" in FoodSafe Insider and the state
laboratory report count as the Calder State Department of Health; festival director Owen Marsh counts as the
Brackenridge Events Trust; Dean Rourke counts as Tallow Lane Catering; unnamed or missing sources give nothing),
so that an attribution conflict is derived whenever two linked claims name different sources. Independent
experts (the analyst Clara Whitcombe, the microbiologist Marcus Feld) and members of the public speak for
themselves.

Labelling decisions:
  * Quantities: each claim records only the quantities and dates it states itself, even when it shares its span
    with other claims split from the same sentence; check() requires every number and calendar word in a span to
    be recorded by at least one claim sharing it. Times after liftoff are `other` in "seconds", altitudes in "km",
    masses in "kg", mission lengths and ages in "years", delays in "days"/"hours" (the fact values compare delays
    in hours: "by a day" = 24 hours), flight numbers and editions ("11th", "12th", "second failure") are `other`
    in "ordinal", "two-stage" is `other` in "stages", "about three times" is `other` in "times", the hygiene
    rating "3 out of 5" is `other` in unit "out of 5". Amounts in euros are EUR, in dollars USD.
    "Up to $25,000" sets only the high bound; "at least three years"/"at least a decade" set only the low bound;
    "four to seven days" and "between six and 72 hours" are ranges; "within 60 days" sets only the high bound.
  * Dates: "on Tuesday" in the wire (published Tue 15 Sep) is 15 Sep; "yesterday" in the Chronicle (Wed 16 Sep)
    is 15 Sep; "from Monday" is 14 Sep; "this week" is Mon 14 - Sun 20 Sep. In the festival story "on Thursday"
    (PNA, Thu 30 Jul) is 30 Jul, "on Monday" 27 Jul, "on Tuesday" 28 Jul; in the Standard (Fri 31 Jul) "last
    weekend" is Sat 25 - Sun 26 Jul (inside 24-26 Jul, so it links as `same` with the festival dates), "on
    Sunday" and "the Sunday night" are 26 Jul, "on Wednesday" 29 Jul, "next year" is 2027.
  * A title before a name ("chief executive Mattias Orlen", "Science Minister Jonas Pell", "Owner Dean Rourke",
    "former ASA chief engineer Rolf Engdahl") is not split off; appositives and relative clauses are.
  * Enumerations of named items are split (Orlen apologised to the agency / to the country; emergency
    departments in Hollinsby / in Ashby Cross; Meridel's radar / camera); generic compound objects stay
    together (sea ice and crop health; fever, diarrhoea and stomach cramps; young children, older adults and
    people with weakened immune systems).
  * "The launch had been delayed by a day" (wire), "postponed from Monday" (Chronicle) and "a 24-hour weather
    delay" (Orbit Ledger) share the key lv:delay: the wire and trade site give durations (24 hours both), the
    Chronicle a date, so nothing is compared and they link as `same`.
  * Page furniture is noise: bylines and datelines with time stamps, share bars, photo captions, subheads of the
    trade sites, author boxes, "Read more", "Related" and "Have your say" lines, reporting credits.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  launch    quantity: time of the upper-stage shutdown (about 260 seconds vs 248 seconds), altitude at shutdown
            (about 180 kilometres vs around 212 km), Meridel's cost (€184 million / 184 million euros vs €187m),
            the Veyra's flight number (11th flight vs 12th launch), spectators (about 2,000 vs around 3,000);
            date: the Veyra's previous failure (August 2024 vs May 2024; the Chronicle's "in 2024" contains both
            and links as `same`);
            attribution: the early engine shutdown (Halcyon Orbital's statement vs Ines Varga, a spokeswoman for
            the Aldmark Space Agency), debris falling in the cleared zone at sea (the Maritime Safety Authority vs
            the ASA), a replacement satellite under consideration (Science Minister Jonas Pell vs ASA
            director-general Helga Brandt);
            fact: Meridel was not insured (Chronicle, the agency) vs insured for €120m (Orbit Ledger); Halcyon
            would suspend all Veyra flights (wire) vs Orlen: no plans to ground the Veyra (Orbit Ledger)
  festival  quantity: attendance (about 42,000 / an estimated 42,000 vs some 45,000), people treated in hospital
            (19 / Nineteen vs 23 hospitalisations), age of the girl in intensive care (seven vs eight), the
            maximum fine (up to $25,000 vs up to $50,000 per offence);
            date: first alert of the county (Monday 27 July / 27 July vs Sunday 26 July), closure of Tallow
            Lane's kitchen (Tuesday 28 July / 28 July vs Wednesday 29 July), largest outbreak in Calder State
            "since 2018" (PNA) vs "since 2016" (FoodSafe Insider);
            attribution: the outbreak traced to Smoke & Ember (Dr Priya Okonjo, medical officer of health for
            Hollinsby County Public Health / the county health department vs the Calder State Department of
            Health), most patients recovered (festival director Owen Marsh vs the state department);
            fact: the Brackenridge Events Trust would not refund tickets (PNA) vs organisers would refund the price
            of a weekend ticket to anyone who fell ill (Standard); the stall passed a routine hygiene inspection
            on the opening day (Standard, the county) vs was not inspected before the festival opened
            (FoodSafe Insider, county records)
  Look-alikes that must not be linked: launch - the 260/248 seconds of the shutdown vs the 11 seconds before the
  planned cut-off; the 180/212 km altitude vs the 1,150 kg mass vs the 1,500 kg capacity; Meridel's
  €184m/€187m cost vs the €120m insurance vs the €21m launch contract vs the €90m of state-backed loans vs
  Halcyon's €140m of signed contracts; the 11th/12th flight vs the "second failure"; the Veyra's first flight
  in 2021 vs the 2023 contract vs Halcyon founded in 2014 vs the previous failure in 2024; the seven-year mission
  vs the at least three years to build a replacement; the Green Alliance's call for a hearing (wire) vs Karin
  Voss's parliamentary questions (Chronicle); Pell's "committed to building a national space industry" (wire) vs
  "not giving up on Aldmark's place in space" (Chronicle); Halcyon based in Karsholm vs its factory in Karsholm
  vs Polarlink, a Karsholm start-up; Tervan building Meridel vs Orlen a former Tervan engineer.
  Festival - 214 illnesses vs 37 laboratory-confirmed vs 33 sequenced matches vs 160 people interviewed vs 19/23
  in hospital; the 11th edition vs the 58 food vendors; the seven/eight-year-old girl in intensive care vs
  Amelia Walsh (not said to be the same child); largest in Calder State since 2018/2016 vs Okonjo's largest in
  Hollinsby in at least a decade; first alert on 26/27 July vs Amelia falling ill on the Sunday night vs the
  emergency departments' surge on Monday and Tuesday; the $25,000/$50,000 fine vs the $145 weekend ticket;
  Tallow Lane selling at the festival since 2019 vs its rating in November 2025 vs guidance not updated since
  2017; recovery within four to seven days vs symptoms within six to 72 hours.
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # launch story
    "Halcyon Orbital": "Halcyon Orbital",
    "Halcyon": "Halcyon Orbital",
    "Mattias Orlen": "Halcyon Orbital",
    "Orlen": "Halcyon Orbital",
    "Aldmark Space Agency": "ASA",
    "ASA": "ASA",
    "Ines Varga": "ASA",
    "Varga": "ASA",
    "ASA director-general Helga Brandt": "ASA",
    "Helga Brandt": "ASA",
    "Brandt": "ASA",
    "the ASA's annual report": "ASA",
    "Maritime Safety Authority": "Maritime Safety Authority",
    "Science Minister Jonas Pell": "Science Ministry",
    "Jonas Pell": "Science Ministry",
    "Pell": "Science Ministry",
    "Tervan": "Tervan Aerospace",
    "Tervan Aerospace": "Tervan Aerospace",
    "Eva Sund": "Polarlink",
    "Clara Whitcombe": "Clara Whitcombe",
    "Whitcombe": "Clara Whitcombe",
    "Green Alliance MP Karin Voss": "Karin Voss",
    "Ola Brekke": "Ola Brekke",
    # festival story
    "Hollinsby County Public Health": "HCPH",
    "Dr Priya Okonjo": "HCPH",
    "Okonjo": "HCPH",
    "the county health department": "HCPH",
    "the county": "HCPH",
    "county records": "HCPH",
    "Calder State Department of Health": "CSDH",
    "a state laboratory report": "CSDH",
    "the report": "CSDH",
    "Brackenridge Events Trust": "Brackenridge Events Trust",
    "Owen Marsh": "Brackenridge Events Trust",
    "Marsh": "Brackenridge Events Trust",
    "Dean Rourke": "Tallow Lane Catering",
    "Rourke": "Tallow Lane Catering",
    "state records": "Calder State records",
    "Marcus Feld": "Marcus Feld",
    "Feld": "Marcus Feld",
    "Jenna Walsh": "Jenna Walsh",
    "Walsh": "Jenna Walsh",
    "Nadia Ferris": "Nadia Ferris",
    "Councillor Ruth Amadi": "Ruth Amadi",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: the Veyra launch failure and the loss of Meridel (15 September 2026)
# =====================================================================
SA = "veyra-meridel-launch-failure-2026"
MON14 = "2026-09-14"
TUE15 = "2026-09-15"  # the failed launch
WEEK_CHR = ("2026-09-14", "2026-09-20")  # "this week" in the Chronicle (Wed 16 Sep)
Y2014 = ("2014-01-01", "2014-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
MAY24 = ("2024-05-01", "2024-05-31")
AUG24 = ("2024-08-01", "2024-08-31")
NOV26 = ("2026-11-01", "2026-11-30")
Y2027 = ("2027-01-01", "2027-12-31")
CONTRACT_Q = qv("EUR", 21e6, 21e6)

# ---------------------------------------------------------------- Transcontinental Press Agency (2026-09-15, Tue)
A = "launch-tpa"
art(
    A,
    SA,
    [
        "(Reporting by Sigrid Aalto; Editing by Tom Farrant)",
        "Share: Facebook | X | LinkedIn | Email",
        "Read more: Europe's new launchers race for a share of the small-satellite market",
    ],
)
c(
    A,
    "A Veyra rocket failed on 15 September 2026.",
    "A Veyra rocket built by the private launch company Halcyon Orbital failed on Tuesday",
    d=[D(TUE15, None, "on Tuesday")],
    facts={"lv:failure": {"date": dv(TUE15)}},
)
VEYRA_BUILT = "A Veyra rocket built by the private launch company Halcyon Orbital"
c(A, "The Veyra rocket is built by Halcyon Orbital.", VEYRA_BUILT, facts={"lv:veyra-halcyon": {}})
c(A, "Halcyon Orbital is a private launch company.", "the private launch company Halcyon Orbital")
c(
    A,
    "The Veyra rocket that failed on 15 September 2026 lifted off from Skarholt Spaceport.",
    "after lifting off from Skarholt Spaceport",
    facts={"lv:site": {}},
)
c(A, "Skarholt Spaceport is on the island of Hesna.", "Skarholt Spaceport on the island of Hesna")
c(
    A,
    "The failure of the Veyra rocket on 15 September 2026 destroyed the Meridel satellite.",
    "destroying the Meridel satellite",
    facts={"lv:sat-lost": {}},
)
c(
    A,
    "Meridel was Aldmark's first government-owned Earth-observation satellite.",
    "the Meridel satellite, Aldmark's first government-owned Earth-observation satellite",
    facts={"lv:first-national": {}},
)
HALCYON_STMT = ORG("Halcyon Orbital", "said in a statement")
SHUTDOWN = "The rocket's upper-stage engine shut down about 260 seconds after liftoff"
c(
    A,
    "The Veyra's upper-stage engine shut down about 260 seconds after liftoff on 15 September 2026.",
    SHUTDOWN,
    HALCYON_STMT,
    q=[Q("other", 260, 260, "seconds", "about 260 seconds")],
    facts={"lv:shutdown-time": {"quantity": qv("seconds", 260, 260)}},
)
c(
    A,
    "The Veyra's upper-stage engine shut down earlier than planned on 15 September 2026.",
    SHUTDOWN + ", earlier than planned",
    HALCYON_STMT,
    facts={"lv:shutdown-early": {}},
)
c(
    A,
    "The Veyra's upper-stage engine stopped at an altitude of about 180 kilometres.",
    "The engine stopped at an altitude of about 180 kilometres",
    q=[Q("other", 180, 180, "km", "about 180 kilometres")],
    facts={"lv:altitude": {"quantity": qv("km", 180, 180)}},
)
c(
    A,
    "After its upper-stage engine stopped, the Veyra fell back towards the sea.",
    "the vehicle then fell back towards the sea",
)
c(
    A,
    "Debris from the Veyra fell into the sea inside a zone closed to shipping for the launch.",
    "Debris fell into the sea inside a zone closed to shipping for the launch",
    ORG("Maritime Safety Authority", "said"),
    facts={"lv:debris": {}},
)
c(
    A,
    "No injuries were reported from the Veyra failure of 15 September 2026.",
    "No injuries were reported.",
    facts={"lv:no-injuries": {}},
)
c(
    A,
    "The Veyra launch had been delayed by a day.",
    "The launch had been delayed by a day",
    q=[Q("other", 1, 1, "days", "a day")],
    facts={"lv:delay": {"quantity": qv("hours", 24, 24)}},
)
c(
    A,
    "The Veyra launch was delayed because of high winds.",
    "The launch had been delayed by a day because of high winds",
    facts={"lv:delay-cause": {}},
)
c(
    A,
    "About 2,000 people watched the Veyra launch from public viewing areas on Hesna.",
    "About 2,000 people watched from public viewing areas on Hesna",
    AN("local officials", "said"),
    q=[Q("count", 2000, 2000, None, "About 2,000 people")],
    facts={"lv:spectators": {"quantity": qv("n", 2000, 2000)}},
)
MERIDEL_BUILT = "Meridel, built by Tervan Aerospace for the Aldmark Space Agency (ASA)"
c(A, "Meridel was built by Tervan Aerospace.", MERIDEL_BUILT, facts={"lv:builder": {}})
c(A, "Meridel was built for the Aldmark Space Agency (ASA).", MERIDEL_BUILT, facts={"lv:for-asa": {}})
c(
    A,
    "Meridel cost €184 million.",
    "cost €184 million",
    q=[Q("money", 184e6, 184e6, "EUR", "€184 million")],
    facts={"lv:cost": {"quantity": qv("EUR", 184e6, 184e6)}},
)
c(
    A,
    "Meridel was designed to monitor sea ice and crop health.",
    "was designed to monitor sea ice and crop health",
    facts={"lv:purpose": {}},
)
c(
    A,
    "Meridel was designed for a seven-year mission.",
    "during a seven-year mission",
    q=[Q("other", 7, 7, "years", "seven-year")],
    facts={"lv:mission": {"quantity": qv("years", 7, 7)}},
)
c(
    A,
    "In 2023, Halcyon Orbital won a €21 million contract to launch Meridel.",
    "In 2023, Halcyon won a €21 million contract to launch it",
    q=[Q("money", 21e6, 21e6, "EUR", "€21 million")],
    d=[D(*Y2023, "2023")],
    facts={"lv:contract": {"quantity": CONTRACT_Q}},
)
c(
    A,
    "Shares in Tervan Aerospace fell 4.2% on 15 September 2026.",
    "Shares in Tervan Aerospace, which is listed on the Strelby stock exchange, fell 4.2% on Tuesday",
    q=[Q("percent", 4.2, 4.2, "%", "4.2%")],
    d=[D(TUE15, None, "on Tuesday")],
)
c(
    A,
    "Tervan Aerospace is listed on the Strelby stock exchange.",
    "Tervan Aerospace, which is listed on the Strelby stock exchange",
)
c(
    A,
    "The failed launch of 15 September 2026 was the 11th flight of the Veyra.",
    "It was the 11th flight of the Veyra",
    q=[Q("other", 11, 11, "ordinal", "11th")],
    facts={"lv:flight-number": {"quantity": qv("ordinal", 11, 11)}},
)
c(
    A,
    "The Veyra first flew in 2021.",
    "the Veyra, which first flew in 2021",
    d=[D(*Y2021, "2021")],
)
c(
    A,
    "The Veyra is designed to carry satellites of up to 1,500 kg to low orbit.",
    "is designed to carry satellites of up to 1,500 kg to low orbit",
    q=[Q("other", None, 1500, "kg", "up to 1,500 kg")],
)
c(
    A,
    "The Veyra previously failed in August 2024.",
    "The rocket previously failed in August 2024",
    d=[D(*AUG24, "August 2024")],
    facts={"lv:prev-failure": {"date": dv(*AUG24)}},
)
c(
    A,
    "In the Veyra's previous failure, in August 2024, its payload fairing did not separate.",
    "when its payload fairing did not separate",
)
ORLEN_TPA = NP("Mattias Orlen", "told reporters")
c(A, "Halcyon Orbital will find out what caused the Veyra failure.", "We will find out what happened", ORLEN_TPA)
c(A, "Halcyon Orbital will fly the Veyra again.", "we will fly again", ORLEN_TPA)
c(
    A,
    "Halcyon Orbital will suspend all Veyra flights until the cause of the failure of 15 September 2026 is understood.",
    "it would suspend all Veyra flights until the cause of the failure was understood",
    ORG("Halcyon", "said"),
    facts={"lv:grounding": {"fact": "Veyra flights suspended"}},
)
c(
    A,
    "The ASA and Halcyon Orbital have set up a joint failure review board to investigate the Veyra failure.",
    "The ASA and Halcyon have set up a joint failure review board",
    facts={"lv:review-board": {}},
)
c(
    A,
    "The joint ASA-Halcyon failure review board is expected to publish preliminary findings within 60 days.",
    "which is expected to publish preliminary findings within 60 days",
    AN(None, "is expected"),
    q=[Q("other", None, 60, "days", "within 60 days")],
)
c(
    A,
    "The Aldmark government remains committed to building a national space industry.",
    "the government remained committed to building a national space industry",
    NP("Science Minister Jonas Pell", "said"),
)
PELL_POST = NP("Pell", "said in a post on social media")
c(A, "Space is hard.", "Space is hard.", PELL_POST)
c(
    A,
    "The Veyra failure of 15 September 2026 was a painful reminder that space is hard.",
    "Today was a painful reminder of that",
    PELL_POST,
    d=[D(TUE15, None, "Today")],
)
c(
    A,
    "Helga Brandt watched the Veyra launch of 15 September 2026 from Skarholt.",
    "Helga Brandt, who watched the launch from Skarholt",
)
c(
    A,
    "Fishing fleets and farmers would have used Meridel's data.",
    "fishing fleets and farmers would have used Meridel's data",
    NP("ASA director-general Helga Brandt", "said"),
)
c(
    A,
    "Halcyon Orbital was founded in 2014.",
    "Halcyon, founded in 2014",
    d=[D(*Y2014, "2014")],
    facts={"lv:founded": {"date": dv(*Y2014)}},
)
KARSHOLM = "based in the northern port city of Karsholm"
c(A, "Halcyon Orbital is based in Karsholm.", KARSHOLM, facts={"lv:karsholm": {}})
c(A, "Karsholm is a northern port city of Aldmark.", KARSHOLM)
c(
    A,
    "Halcyon Orbital is one of a handful of European companies trying to offer small satellites a ride to orbit"
    " from European soil.",
    "is one of a handful of European companies trying to offer small satellites a ride to orbit from European soil",
)
c(
    A,
    "Halcyon Orbital has received about €90 million in state-backed loans and grants.",
    "The company has received about €90 million in state-backed loans and grants",
    DOC("the ASA's annual report", "according to"),
    q=[Q("money", 90e6, 90e6, "EUR", "about €90 million")],
)
c(
    A,
    "Aldmark's opposition Green Alliance called for a parliamentary hearing on the ASA's decision to entrust"
    " Meridel to a rocket with a failure on its record.",
    "Aldmark's opposition Green Alliance called for a parliamentary hearing on the agency's decision to entrust the"
    " satellite to a rocket with a failure on its record",
)

# ---------------------------------------------------------------- Aldmark Daily Chronicle (2026-09-16, Wed)
A = "launch-chronicle"
art(
    A,
    SA,
    [
        "By Henrik Dahl, Science Correspondent | Wednesday 16 September 2026, 07:15",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Spectators watch the Veyra lift off from Skarholt on Tuesday morning. Photo: Chronicle/Mia Lund]",
        "Read more: Timeline - Aldmark's 12-year journey into space",
        "Read more: Editorial - The Veyra deserves a second chance, not a blank cheque",
        "Have your say: should Aldmark keep paying for its own rockets? Email letters@aldmarkchronicle.example",
    ],
)
c(
    A,
    "Meridel, Aldmark's first government-owned Earth-observation satellite, was lost on 15 September 2026.",
    "The country's first government-owned Earth-observation satellite was lost yesterday",
    d=[D(TUE15, None, "yesterday")],
    facts={"lv:sat-lost": {}},
)
c(
    A,
    "Meridel was Aldmark's first government-owned Earth-observation satellite.",
    "The country's first government-owned Earth-observation satellite",
    facts={"lv:first-national": {}},
)
c(
    A,
    "The Halcyon Orbital rocket carrying Meridel failed minutes after launch on 15 September 2026.",
    "was lost yesterday when the Halcyon Orbital rocket carrying it failed minutes after launch",
    d=[D(TUE15, None, "yesterday")],
    facts={"lv:failure": {"date": dv(TUE15)}},
)
c(
    A,
    "The rocket that carried Meridel was built by Halcyon Orbital.",
    "the Halcyon Orbital rocket carrying it",
    facts={"lv:veyra-halcyon": {}},
)
c(
    A,
    "The rocket carrying Meridel was launched from Skarholt.",
    "failed minutes after launch from Skarholt",
    facts={"lv:site": {}},
)
c(
    A,
    "The engine of the Veyra's upper stage cut out prematurely on 15 September 2026.",
    "The upper stage's engine cut out prematurely",
    NP("Ines Varga", "said"),
    facts={"lv:shutdown-early": {}},
)
c(
    A,
    "Ines Varga is a spokeswoman for the Aldmark Space Agency.",
    "Ines Varga, a spokeswoman for the Aldmark Space Agency",
)
c(
    A,
    "The wreckage of the Veyra and Meridel came down in the sea north of Hesna.",
    "The wreckage, including the Tervan-built satellite, came down in the sea north of Hesna",
    facts={"lv:debris": {}},
)
c(A, "Meridel was built by Tervan.", "the Tervan-built satellite", facts={"lv:builder": {}})
c(
    A,
    "Nobody was hurt in the Veyra failure of 15 September 2026.",
    "Nobody was hurt.",
    facts={"lv:no-injuries": {}},
)
c(
    A,
    "The Veyra launch had been postponed from 14 September 2026.",
    "The launch had been postponed from Monday",
    d=[D(MON14, None, "Monday")],
    facts={"lv:delay": {}},
)
c(
    A,
    "The Veyra launch was postponed because of strong winds.",
    "The launch had been postponed from Monday because of strong winds",
    facts={"lv:delay-cause": {}},
)
SPECT = "Around 3,000 spectators had gathered at viewing areas on the island to watch what was the rocket's 12th launch"
c(
    A,
    "Around 3,000 spectators gathered at viewing areas on Hesna to watch the Veyra launch of 15 September 2026.",
    "Around 3,000 spectators had gathered at viewing areas on the island",
    q=[Q("count", 3000, 3000, None, "Around 3,000 spectators")],
    facts={"lv:spectators": {"quantity": qv("n", 3000, 3000)}},
)
c(
    A,
    "The failed launch of 15 September 2026 was the Veyra's 12th launch.",
    "what was the rocket's 12th launch",
    q=[Q("other", 12, 12, "ordinal", "12th")],
    facts={"lv:flight-number": {"quantity": qv("ordinal", 12, 12)}},
)
INSURED = "The satellite, which cost taxpayers 184 million euros, was not insured"
c(
    A,
    "Meridel cost Aldmark's taxpayers 184 million euros.",
    "The satellite, which cost taxpayers 184 million euros",
    q=[Q("money", 184e6, 184e6, "EUR", "184 million euros")],
    facts={"lv:cost": {"quantity": qv("EUR", 184e6, 184e6)}},
)
c(
    A,
    "Meridel was not insured.",
    INSURED,
    ORG("Aldmark Space Agency", "confirmed"),
    facts={"lv:insured": {"fact": "not insured"}},
)
c(
    A,
    "Insurance premiums for Meridel on a rocket with a short track record such as the Veyra would have been"
    " prohibitive.",
    'insurance premiums for a rocket with a short track record would have been "prohibitive"',
    NP("Varga", "said"),
)
VARGA_SHE = NP("Varga", "She said")
c(A, "The ASA's staff were shaken by the Veyra failure.", "the agency's staff were shaken", VARGA_SHE)
c(
    A,
    "The ASA's staff would help the inquiry into the Veyra failure.",
    "the agency's staff were shaken but would help the inquiry",
    VARGA_SHE,
)
c(
    A,
    "Meridel was meant to track sea ice in the Arctic and help farmers plan their harvests.",
    "Meridel was meant to track sea ice in the Arctic and help farmers plan their harvests",
    facts={"lv:purpose": {}},
)
c(
    A,
    "Meridel was to have been the first of three national Aldmark satellites.",
    "It was to have been the first of three national satellites",
    q=[Q("count", 3, 3, None, "three national satellites")],
)
ORLEN_APOL = "Mattias Orlen, Halcyon's chief executive, apologised to the agency and to the country"
c(A, "Mattias Orlen is Halcyon Orbital's chief executive.", "Mattias Orlen, Halcyon's chief executive")
c(A, "Mattias Orlen apologised to the Aldmark Space Agency for the Veyra failure.", ORLEN_APOL)
c(A, "Mattias Orlen apologised to Aldmark for the Veyra failure.", ORLEN_APOL)
c(
    A,
    "Mattias Orlen is 52 years old.",
    "The 52-year-old",
    q=[Q("other", 52, 52, "years", "52-year-old")],
)
c(A, "Mattias Orlen is a former engineer at Tervan.", "The 52-year-old, a former engineer at Tervan")
c(
    A,
    "Mattias Orlen founded Halcyon Orbital with two university friends.",
    "founded the company with two university friends",
    q=[Q("count", 2, 2, None, "two university friends")],
)
c(A, "Halcyon Orbital is based in Karsholm.", "Karsholm-based Halcyon", facts={"lv:karsholm": {}})
c(
    A,
    "Halcyon Orbital employs about 640 people.",
    "Halcyon, which employs about 640 people",
    q=[Q("count", 640, 640, None, "about 640 people")],
)
c(
    A,
    "Halcyon Orbital was paid 21 million euros to launch Meridel.",
    "was paid 21 million euros to launch the satellite",
    q=[Q("money", 21e6, 21e6, "EUR", "21 million euros")],
    facts={"lv:contract": {"quantity": CONTRACT_Q}},
)
c(
    A,
    "The Veyra also failed in 2024.",
    "The Veyra also failed in 2024.",
    d=[D(*Y2024, "2024")],
    facts={"lv:prev-failure": {"date": dv(*Y2024)}},
)
c(
    A,
    "A replacement satellite for Meridel is being considered.",
    "a replacement satellite was being considered",
    NP("Science Minister Jonas Pell", "told the Chronicle"),
    facts={"lv:replacement": {}},
)
c(
    A,
    "The Aldmark government is not giving up on Aldmark's place in space.",
    "We are not giving up on Aldmark's place in space",
    NP("Pell", "said"),
)
c(
    A,
    "The Aldmark government will not decide on a replacement for Meridel until the causes of the Veyra failure are"
    " known.",
    "the government would not decide until the causes of the failure were known",
    NP("Pell", "He said"),
)
c(
    A,
    "A joint inquiry by the ASA and Halcyon Orbital will examine the Veyra failure.",
    "An inquiry by the agency and the company will examine the failure.",
    facts={"lv:review-board": {}},
)
c(
    A,
    "Tervan built Meridel at its plant in Strelby.",
    "Tervan, which built Meridel at its plant in Strelby",
    facts={"lv:builder": {}},
)
c(
    A,
    "It is too early to say whether parts of Meridel's design could be reused.",
    "it was too early to say whether parts of the satellite's design could be reused",
    ORG("Tervan", "said"),
)
c(
    A,
    "Opposition politicians asked why the ASA had chosen Halcyon Orbital to launch Meridel.",
    "Opposition politicians were quick to ask why the agency had chosen Halcyon",
)
VOSS = NP("Green Alliance MP Karin Voss", "said")
c(
    A,
    "Karin Voss will table questions in parliament in the week of 14-20 September 2026 about how the Meridel launch"
    " contract was awarded.",
    "she would table questions in parliament this week about how the launch contract was awarded",
    VOSS,
    d=[D(*WEEK_CHR, "this week")],
)
c(
    A,
    "Karin Voss will table questions in parliament in the week of 14-20 September 2026 about whether cheaper"
    " launch alternatives abroad had been considered.",
    "she would table questions in parliament this week about how the launch contract was awarded and whether"
    " cheaper alternatives abroad had been considered",
    VOSS,
    d=[D(*WEEK_CHR, "this week")],
)
c(
    A,
    "Halcyon Orbital is the largest private employer in Karsholm.",
    "In Karsholm, where Halcyon is the largest private employer",
)
c(
    A,
    "The mood in Karsholm was subdued after the Veyra failure.",
    "In Karsholm, where Halcyon is the largest private employer, the mood was subdued",
)
BREKKE = NP("Ola Brekke", "said")
c(A, "People in Karsholm are proud of Halcyon Orbital.", "People here are proud of this company.", BREKKE)
c(
    A,
    "The Veyra failure of 15 September 2026 hurt people in Karsholm.",
    "Yesterday hurt",
    BREKKE,
    d=[D(TUE15, None, "Yesterday")],
)
c(
    A,
    "Ola Brekke runs a cafe near Halcyon Orbital's factory gates in Karsholm.",
    "Ola Brekke, who runs a cafe near the firm's factory gates",
)

# ---------------------------------------------------------------- Orbit Ledger (2026-09-18, Fri)
A = "launch-orbitledger"
art(
    A,
    SA,
    [
        "Orbit Ledger | Launch | 18 September 2026 | By Priya Raman | 6 min read",
        "Share: X | LinkedIn | Email | Copy link",
        "What went wrong",
        "The payload",
        "Flying again",
        "About the author: Priya Raman covers launch vehicles and spaceports for Orbit Ledger. Tip-offs:"
        " tips@orbitledger.example",
        "Related: Europe's small launchers: who has reached orbit, and how often",
    ],
)
c(
    A,
    "Halcyon Orbital's Veyra launcher failed to reach orbit on 15 September 2026.",
    "Halcyon Orbital's Veyra launcher failed to reach orbit on 15 September",
    d=[D(TUE15, None, "on 15 September")],
    facts={"lv:failure": {"date": dv(TUE15)}},
)
c(
    A,
    "The Veyra launcher is built by Halcyon Orbital.",
    "Halcyon Orbital's Veyra launcher",
    facts={"lv:veyra-halcyon": {}},
)
c(
    A,
    "The Veyra launch of 15 September 2026 followed a 24-hour delay.",
    "after a 24-hour weather delay",
    q=[Q("other", 24, 24, "hours", "24-hour")],
    facts={"lv:delay": {"quantity": qv("hours", 24, 24)}},
)
c(
    A,
    "The Veyra launch was delayed because of the weather.",
    "a 24-hour weather delay",
    facts={"lv:delay-cause": {}},
)
c(
    A,
    "The Veyra failure of 15 September 2026 took the Meridel satellite with it.",
    "taking with it the 1,150 kg Meridel Earth-observation satellite",
    facts={"lv:sat-lost": {}},
)
c(
    A,
    "Meridel weighed 1,150 kg.",
    "the 1,150 kg Meridel Earth-observation satellite",
    q=[Q("other", 1150, 1150, "kg", "1,150 kg")],
)
MERIDEL_OL = "Meridel Earth-observation satellite that Tervan Aerospace built for the Aldmark Space Agency (ASA)"
c(A, "Meridel was built by Tervan Aerospace.", MERIDEL_OL, facts={"lv:builder": {}})
c(A, "Meridel was built for the Aldmark Space Agency (ASA).", MERIDEL_OL, facts={"lv:for-asa": {}})
c(
    A,
    "The Veyra's upper-stage engine shut down 248 seconds into the flight on 15 September 2026.",
    "The upper stage's engine shut down 248 seconds into the flight",
    q=[Q("other", 248, 248, "seconds", "248 seconds")],
    facts={"lv:shutdown-time": {"quantity": qv("seconds", 248, 248)}},
)
c(
    A,
    "The Veyra's upper-stage engine shut down 11 seconds before its planned cut-off.",
    "11 seconds before its planned cut-off",
    q=[Q("other", 11, 11, "seconds", "11 seconds")],
    facts={"lv:shutdown-early": {}},
)
c(
    A,
    "The Veyra's upper-stage engine shut down at an altitude of around 212 km.",
    "at an altitude of around 212 km",
    q=[Q("other", 212, 212, "km", "around 212 km")],
    facts={"lv:altitude": {"quantity": qv("km", 212, 212)}},
)
c(
    A,
    "Debris from the Veyra fell within the pre-declared hazard area north of Hesna.",
    "Debris fell within the pre-declared hazard area north of Hesna",
    ORG("ASA", "said"),
    facts={"lv:debris": {}},
)
FLIGHT_OL = "It was the 11th flight of the two-stage Veyra"
c(
    A,
    "The failed launch of 15 September 2026 was the 11th flight of the Veyra.",
    FLIGHT_OL,
    q=[Q("other", 11, 11, "ordinal", "11th")],
    facts={"lv:flight-number": {"quantity": qv("ordinal", 11, 11)}},
)
c(
    A,
    "The Veyra is a two-stage rocket.",
    "the two-stage Veyra",
    q=[Q("other", 2, 2, "stages", "two-stage")],
)
c(
    A,
    "The Veyra failure of 15 September 2026 was the rocket's second failure.",
    "its second failure",
    q=[Q("other", 2, 2, "ordinal", "second")],
)
PREV_OL = "following the May 2024 loss of a commercial communications satellite"
c(
    A,
    "The Veyra previously failed in May 2024.",
    PREV_OL,
    d=[D(*MAY24, "May 2024")],
    facts={"lv:prev-failure": {"date": dv(*MAY24)}},
)
c(A, "The Veyra's previous failure lost a commercial communications satellite.", PREV_OL)
c(
    A,
    "Meridel was priced at €187m.",
    "Meridel, priced at €187m",
    q=[Q("money", 187e6, 187e6, "EUR", "€187m")],
    facts={"lv:cost": {"quantity": qv("EUR", 187e6, 187e6)}},
)
c(
    A,
    "Meridel was designed to operate for seven years.",
    "was designed to operate for seven years",
    q=[Q("other", 7, 7, "years", "seven years")],
    facts={"lv:mission": {"quantity": qv("years", 7, 7)}},
)
c(
    A,
    "Meridel was designed to provide sea-ice and agricultural imagery.",
    "providing sea-ice and agricultural imagery",
    facts={"lv:purpose": {}},
)
CARRIED = "It carried a synthetic-aperture radar and an optical camera"
c(A, "Meridel carried a synthetic-aperture radar.", CARRIED)
c(A, "Meridel carried an optical camera.", CARRIED)
c(
    A,
    "Meridel was insured for €120m.",
    "The satellite was insured for €120m",
    q=[Q("money", 120e6, 120e6, "EUR", "€120m")],
    facts={"lv:insured": {"fact": "insured"}},
)
c(
    A,
    "Meridel was insured with a group of underwriters led by Lindqvarn Re.",
    "with a group of underwriters led by Lindqvarn Re",
)
c(
    A,
    "Lindqvarn Re declined to comment on the insurance claim for Meridel.",
    "Lindqvarn Re, which declined to comment on the claim",
)
c(A, "An insurance claim has been made for the loss of Meridel.", "declined to comment on the claim")
c(
    A,
    "Halcyon Orbital's launch contract with the ASA was worth €21m.",
    "Halcyon's launch contract with the ASA was worth €21m",
    q=[Q("money", 21e6, 21e6, "EUR", "€21m")],
    facts={"lv:contract": {"quantity": CONTRACT_Q}},
)
BOARD = "A joint ASA-Halcyon review board, chaired by former ASA chief engineer Rolf Engdahl"
c(
    A,
    "A joint ASA-Halcyon review board will lead the investigation into the Veyra failure.",
    BOARD + ", will lead the investigation",
    facts={"lv:review-board": {}},
)
c(A, "The joint ASA-Halcyon review board is chaired by Rolf Engdahl.", BOARD)
c(
    A,
    "Halcyon Orbital has no plans to ground the Veyra.",
    "the company had no plans to ground the Veyra",
    NP("Mattias Orlen", "told Orbit Ledger"),
    facts={"lv:grounding": {"fact": "no plans to ground the Veyra"}},
)
NEXT = "Its next mission, carrying four small radar satellites for the Karsholm start-up Polarlink"
c(
    A,
    "The Veyra's next mission remains scheduled for November 2026.",
    NEXT + ", remains scheduled for November",
    d=[D(*NOV26, "November")],
)
c(
    A,
    "The Veyra's next mission will carry four small radar satellites for Polarlink.",
    NEXT,
    q=[Q("count", 4, 4, None, "four small radar satellites")],
)
c(A, "Polarlink is a Karsholm start-up.", "the Karsholm start-up Polarlink")
ORLEN_OL = NP("Orlen", "said")
c(A, "Halcyon Orbital has good data on the Veyra failure.", "We have good data", ORLEN_OL)
c(
    A,
    "Halcyon Orbital thinks it already understands the Veyra's failure mode.",
    "we think we understand the failure mode already",
    ORLEN_OL,
)
c(
    A,
    "Mattias Orlen did not say what the Veyra's failure mode was.",
    "He did not say what that failure mode was.",
)
c(A, "Halcyon Orbital builds the Veyra's engines in-house.", "Halcyon builds the Veyra's engines in-house")
c(A, "Halcyon Orbital has a factory in Karsholm.", "at its factory in Karsholm")
c(A, "Eva Sund is Polarlink's chief executive.", "Polarlink's chief executive, Eva Sund")
c(
    A,
    "Polarlink still plans to fly on the Veyra.",
    "the start-up still planned to fly on the Veyra",
    NP("Eva Sund", "said"),
)
c(
    A,
    "A replacement for Meridel is already under discussion with the Aldmark government.",
    "a replacement for Meridel was already under discussion with the government",
    NP("ASA director-general Helga Brandt", "said"),
    facts={"lv:replacement": {}},
)
c(
    A,
    "Building a new satellite to replace Meridel would take at least three years.",
    "Building a new satellite would take at least three years",
    NP("Brandt", "she added"),
    q=[Q("other", 3, None, "years", "at least three years")],
)
c(
    A,
    "The Veyra failure could cost Halcyon Orbital customers.",
    "the failure could cost Halcyon customers",
    AN("Analysts", "said"),
)
WHITCOMBE = NP("Clara Whitcombe", "said")
c(
    A,
    "Insurers will now price every Veyra launch as higher risk.",
    "Insurers will now price every Veyra launch as higher risk",
    WHITCOMBE,
)
c(
    A,
    "Some of Halcyon Orbital's customers will look elsewhere after the Veyra failure.",
    "some customers will look elsewhere",
    WHITCOMBE,
)
c(
    A,
    "Clara Whitcombe is a launch-market analyst at Northspar Analytics.",
    "Clara Whitcombe, a launch-market analyst at Northspar Analytics",
)
WHIT_EST = NP("Whitcombe", "estimated")
c(
    A,
    "Halcyon Orbital has about €140m worth of signed launch contracts.",
    "Halcyon had about €140m worth of signed launch contracts",
    WHIT_EST,
    q=[Q("money", 140e6, 140e6, "EUR", "about €140m")],
)
c(
    A,
    "Most of Halcyon Orbital's signed launch contracts are with European government agencies.",
    "most of them with European government agencies",
    WHIT_EST,
)
c(
    A,
    "Halcyon Orbital was founded in 2014.",
    "Halcyon, founded in 2014",
    d=[D(*Y2014, "2014")],
    facts={"lv:founded": {"date": dv(*Y2014)}},
)
c(A, "Halcyon Orbital is backed by Aldvest.", "is backed by Aldvest")
c(A, "Aldvest is Aldmark's state investment fund.", "Aldvest, the state investment fund")
c(
    A,
    "Halcyon Orbital had hoped to fly the Veyra six times in 2027.",
    "It had hoped to fly the Veyra six times in 2027",
    q=[Q("count", 6, 6, None, "six times")],
    d=[D(*Y2027, "2027")],
)

NOTES["lv:shutdown-time"] = (
    "upper-stage shutdown: about 260 seconds after liftoff (TPA, Halcyon) vs 248 seconds (Orbit Ledger)"
)
NOTES["lv:altitude"] = "altitude at shutdown: about 180 kilometres (TPA) vs around 212 km (Orbit Ledger)"
NOTES["lv:cost"] = "Meridel's cost: €184 million (TPA) / 184 million euros (Chronicle) vs €187m (Orbit Ledger)"
NOTES["lv:flight-number"] = "the failed launch: 11th flight of the Veyra (TPA, Orbit Ledger) vs 12th launch (Chronicle)"
NOTES["lv:spectators"] = "spectators on Hesna: about 2,000 (TPA, local officials) vs around 3,000 (Chronicle)"
NOTES["lv:prev-failure"] = (
    "previous Veyra failure: August 2024 (TPA) vs May 2024 (Orbit Ledger); the Chronicle's 'in 2024' contains both"
)
NOTES["lv:shutdown-early"] = (
    "early engine shutdown: Halcyon Orbital's statement (TPA) vs Ines Varga, a spokeswoman for the Aldmark Space"
    " Agency (Chronicle); Orbit Ledger states it without a source"
)
NOTES["lv:debris"] = (
    "debris in the cleared zone at sea: the Maritime Safety Authority (TPA) vs the ASA (Orbit Ledger); the Chronicle"
    " gives no source"
)
NOTES["lv:replacement"] = (
    "replacement satellite under consideration: Science Minister Jonas Pell (Chronicle) vs ASA director-general Helga"
    " Brandt (Orbit Ledger)"
)
NOTES["lv:insured"] = "Meridel not insured (Chronicle, the agency) vs insured for €120m (Orbit Ledger)"
NOTES["lv:grounding"] = (
    "Halcyon would suspend all Veyra flights (TPA) vs Orlen: no plans to ground the Veyra, next mission still in"
    " November (Orbit Ledger)"
)
NOTES["lv:delay"] = (
    "launch delay: by a day (TPA) = postponed from Monday 14 September (Chronicle) = 24-hour delay (Orbit Ledger)"
)
NOTES["lv:contract"] = "launch contract: €21 million (TPA) = 21 million euros (Chronicle) = €21m (Orbit Ledger)"

# =====================================================================
# Story B: the salmonella outbreak after the Brackenridge Food & Folk Festival (July 2026)
# =====================================================================
SB = "brackenridge-festival-salmonella-2026"
FEST = ("2026-07-24", "2026-07-26")
LAST_WEEKEND = ("2026-07-25", "2026-07-26")  # "last weekend" in the Standard (Fri 31 Jul)
SUN26 = "2026-07-26"
MON27 = "2026-07-27"
TUE28 = "2026-07-28"
WED29 = "2026-07-29"
THU30 = "2026-07-30"
JUL31 = "2026-07-31"
Y2016 = ("2016-01-01", "2016-12-31")
Y2017 = ("2017-01-01", "2017-12-31")
Y2018 = ("2018-01-01", "2018-12-31")
Y2019 = ("2019-01-01", "2019-12-31")
NOV25 = ("2025-11-01", "2025-11-30")
Y2027B = ("2027-01-01", "2027-12-31")
ILL_Q = qv("n", 214, 214)

# ---------------------------------------------------------------- Pennant News Agency (2026-07-30, Thu)
A = "fest-pna"
art(
    A,
    SB,
    [
        "(Reporting by Luis Ortega; Editing by Hannah Moss)",
        "Share this story: Facebook | X | Email",
        "Read more: How salmonella spreads, and how to avoid it",
    ],
)
OFFICIALS = AN("Health officials", "said")
c(
    A,
    "By 30 July 2026, 214 people had reported falling ill in the salmonella outbreak linked to the Brackenridge"
    " Food & Folk Festival.",
    "Health officials said on Thursday that 214 people had reported falling ill",
    OFFICIALS,
    q=[Q("count", 214, 214, None, "214 people")],
    d=[D(THU30, None, "on Thursday")],
    facts={"fs:ill-count": {"quantity": ILL_Q}},
)
c(
    A,
    "A salmonella outbreak has been linked to the Brackenridge Food & Folk Festival.",
    "a salmonella outbreak linked to the Brackenridge Food & Folk Festival",
    OFFICIALS,
    facts={"fs:outbreak": {}},
)
c(
    A,
    "The Brackenridge Food & Folk Festival drew about 42,000 visitors.",
    "which drew about 42,000 visitors",
    q=[Q("count", 42000, 42000, None, "about 42,000 visitors")],
    facts={"fs:attendance": {"quantity": qv("n", 42000, 42000)}},
)
c(
    A,
    "The Brackenridge Food & Folk Festival was held at Fennick Park in Hollinsby.",
    "to Fennick Park in Hollinsby",
    facts={"fs:venue": {}},
)
c(
    A,
    "The Brackenridge Food & Folk Festival took place from 24 to 26 July 2026.",
    "from July 24 to 26",
    d=[D(*FEST, "from July 24 to 26")],
    facts={"fs:dates": {"date": dv(*FEST)}},
)
c(
    A,
    "37 of the 214 illnesses linked to the festival have been confirmed by laboratory tests.",
    "Of those, 37 have been confirmed by laboratory tests",
    q=[Q("count", 37, 37, None, "37")],
    facts={"fs:lab": {"quantity": qv("n", 37, 37)}},
)
c(
    A,
    "The laboratory-confirmed infections in the festival outbreak are Salmonella Enteritidis.",
    "37 have been confirmed by laboratory tests as infections with Salmonella Enteritidis",
    facts={"fs:strain": {}},
)
c(
    A,
    "Salmonella Enteritidis is a common strain of salmonella bacteria.",
    "Salmonella Enteritidis, a common strain of the bacteria",
)
c(
    A,
    "19 people have been treated in hospital in the festival salmonella outbreak.",
    "19 people have been treated in hospital",
    q=[Q("count", 19, 19, None, "19 people")],
    facts={"fs:hospital": {"quantity": qv("n", 19, 19)}},
)
c(
    A,
    "A seven-year-old girl remains in intensive care in the festival salmonella outbreak.",
    "A seven-year-old girl remains in intensive care",
    q=[Q("other", 7, 7, "years", "seven-year-old")],
    facts={"fs:icu": {"quantity": qv("years", 7, 7)}},
)
c(
    A,
    "The Brackenridge festival salmonella outbreak is the largest outbreak linked to an outdoor event in Calder"
    " State since 2018.",
    "It is the largest outbreak linked to an outdoor event in Calder State since 2018",
    DOC("state records", "according to"),
    d=[D(*Y2018, "2018")],
    facts={"fs:largest": {"date": dv(*Y2018)}},
)
c(
    A,
    "The festival salmonella outbreak has been traced to Smoke & Ember.",
    "The outbreak has been traced to Smoke & Ember",
    NP("Dr Priya Okonjo", "said"),
    facts={"fs:traced": {}},
)
c(A, "Smoke & Ember is a barbecue stall.", "Smoke & Ember, a barbecue stall", facts={"fs:barbecue-stall": {}})
c(
    A,
    "Smoke & Ember sold chicken wraps at the Brackenridge festival.",
    "a barbecue stall that sold chicken wraps at the festival",
    facts={"fs:chicken-wraps": {}},
)
c(
    A,
    "Dr Priya Okonjo is medical officer of health for Hollinsby County Public Health.",
    "Dr Priya Okonjo, medical officer of health for Hollinsby County Public Health",
    facts={"fs:okonjo-role": {}},
)
c(
    A,
    "Almost every patient interviewed by Hollinsby County Public Health in the outbreak ate from Smoke & Ember.",
    "Almost every patient we have interviewed ate from that stall",
    NP("Okonjo", "told a news conference"),
)
OKONJO_SAID = NP("Okonjo", "said")
c(
    A,
    "Hollinsby County officials were first alerted to the festival illnesses on 27 July 2026.",
    "county officials were first alerted to the illnesses on Monday",
    OKONJO_SAID,
    d=[D(MON27, None, "on Monday")],
    facts={"fs:alerted": {"date": dv(MON27)}},
)
c(
    A,
    "On 27 July 2026 the emergency department at St Aldric's Hospital reported a cluster of patients with fever,"
    " diarrhoea and stomach cramps.",
    "the emergency department at St Aldric's Hospital reported a cluster of patients with fever, diarrhoea and stomach"
    " cramps",
    OKONJO_SAID,
    facts={"fs:st-aldric": {}},
)
ED = (
    "Emergency departments in Hollinsby and Ashby Cross saw about three times their usual number of stomach-illness"
    " cases on Monday and Tuesday"
)
COUNTY_PNA = ORG("the county", "said")
c(
    A,
    "Emergency departments in Hollinsby saw about three times their usual number of stomach-illness cases on 27 and"
    " 28 July 2026.",
    ED,
    COUNTY_PNA,
    q=[Q("other", 3, 3, "times", "about three times")],
    d=[D(MON27, TUE28, "on Monday and Tuesday")],
)
c(
    A,
    "Emergency departments in Ashby Cross saw about three times their usual number of stomach-illness cases on 27"
    " and 28 July 2026.",
    ED,
    COUNTY_PNA,
    q=[Q("other", 3, 3, "times", "about three times")],
    d=[D(MON27, TUE28, "on Monday and Tuesday")],
)
c(
    A,
    "Smoke & Ember is run by Tallow Lane Catering of Ashby Cross.",
    "Smoke & Ember is run by Tallow Lane Catering of Ashby Cross",
    facts={"fs:run-by": {}},
)
c(
    A,
    "Tallow Lane Catering has sold food at the Brackenridge festival since 2019.",
    "Tallow Lane Catering of Ashby Cross, which has sold food at the festival since 2019",
    d=[D(*Y2019, "2019")],
)
c(
    A,
    "Inspectors closed Tallow Lane Catering's kitchen on 28 July 2026.",
    "Inspectors closed the company's kitchen on Tuesday",
    d=[D(TUE28, None, "on Tuesday")],
    facts={"fs:kitchen": {"date": dv(TUE28)}},
)
c(
    A,
    "Inspectors took food samples from Tallow Lane Catering's kitchen for testing.",
    "took food samples for testing",
)
c(
    A,
    "Tallow Lane Catering is cooperating fully with investigators.",
    "his company was cooperating fully with investigators",
    NP("Dean Rourke", "said in a statement"),
    facts={"fs:rourke-coop": {}},
)
c(
    A,
    "Tallow Lane Catering is devastated that people became ill after eating its food.",
    "We are devastated that people became ill after eating our food",
    NP("Rourke", "said"),
)
c(
    A,
    "The Brackenridge Events Trust organises the Brackenridge Food & Folk Festival.",
    "The festival's organiser, the Brackenridge Events Trust",
    facts={"fs:trust": {}},
)
TRUST = ORG("Brackenridge Events Trust", "said")
c(
    A,
    "The Brackenridge Events Trust will not refund festival tickets.",
    "it would not refund tickets",
    TRUST,
    facts={"fs:refund": {"fact": "no refunds"}},
)
c(
    A,
    "The festival illnesses were linked to an independent vendor.",
    "because the illnesses were linked to an independent vendor",
    TRUST,
)
MARSH_PNA = NP("Owen Marsh", "said")
c(
    A,
    "The Brackenridge festival had 58 food vendors.",
    "all 58 food vendors",
    MARSH_PNA,
    q=[Q("count", 58, 58, None, "58 food vendors")],
    facts={"fs:vendors": {"quantity": qv("n", 58, 58)}},
)
c(
    A,
    "All 58 food vendors at the Brackenridge festival had held valid permits.",
    "all 58 food vendors had held valid permits",
    MARSH_PNA,
    q=[Q("count", 58, 58, None, "58 food vendors")],
)
c(
    A,
    "The 2026 Brackenridge festival was its 11th year.",
    "The festival, now in its 11th year",
    q=[Q("other", 11, 11, "ordinal", "11th year")],
    facts={"fs:edition": {"quantity": qv("ordinal", 11, 11)}},
)
c(
    A,
    "The Brackenridge festival is one of the largest summer events in Calder State.",
    "is one of the largest summer events in Calder State",
)
URGED = NP("Okonjo", "urged")
c(
    A,
    "Anyone who attended the Brackenridge festival and has symptoms should see a doctor.",
    "anyone who attended the festival and has symptoms to see a doctor",
    URGED,
)
c(
    A,
    "Anyone who attended the Brackenridge festival and has symptoms should avoid preparing food for others.",
    "anyone who attended the festival and has symptoms to see a doctor and to avoid preparing food for others",
    URGED,
)
c(
    A,
    "Salmonella is usually spread through undercooked poultry, raw eggs or contaminated surfaces.",
    "Salmonella is usually spread through undercooked poultry, raw eggs or contaminated surfaces.",
)
c(
    A,
    "Most people recover from salmonella within four to seven days without treatment.",
    "Most people recover from salmonella within four to seven days without treatment",
    q=[Q("other", 4, 7, "days", "four to seven days")],
)
c(
    A,
    "Salmonella infection can be dangerous for young children, older adults and people with weakened immune systems.",
    "the infection can be dangerous for young children, older adults and people with weakened immune systems",
)
c(
    A,
    "The Calder State Department of Health is testing samples from the festival's drinking water supply as a"
    " precaution.",
    "it was also testing samples from the festival's drinking water supply as a precaution",
    ORG("Calder State Department of Health", "said"),
)

# ---------------------------------------------------------------- Hollinsby Standard (2026-07-31, Fri)
A = "fest-standard"
art(
    A,
    SB,
    [
        "By Megan Holt | Friday 31 July 2026, 06:00 | Updated 09:40",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Festivalgoers queue for food at Fennick Park on Saturday. Photo: Standard/Leo Park]",
        "Read more: Salmonella: the symptoms to look out for",
        "Read more: Festival diary - three days of music, food and sunshine at Fennick Park",
        "Have your say: Were you affected? Contact newsdesk@hollinsbystandard.example",
    ],
)
DEPT = ORG("the county health department", "said")
c(
    A,
    "An eight-year-old girl from Ashby Cross is in intensive care after the festival salmonella outbreak.",
    "An eight-year-old girl from Ashby Cross is in intensive care",
    DEPT,
    q=[Q("other", 8, 8, "years", "eight-year-old")],
    facts={"fs:icu": {"quantity": qv("years", 8, 8)}},
)
c(
    A,
    "By 31 July 2026, 214 people had reported symptoms after the salmonella outbreak at the Brackenridge Food & Folk"
    " Festival.",
    "214 people have now reported symptoms",
    DEPT,
    q=[Q("count", 214, 214, None, "214 people")],
    facts={"fs:ill-count": {"quantity": ILL_Q}},
)
c(
    A,
    "There was a salmonella outbreak at the Brackenridge Food & Folk Festival.",
    "a salmonella outbreak at the Brackenridge Food & Folk Festival",
    DEPT,
    facts={"fs:outbreak": {}},
)
c(
    A,
    "Nineteen people have been admitted to hospital since the Brackenridge festival.",
    "Nineteen people have been admitted to hospital since the festival",
    q=[Q("count", 19, 19, None, "Nineteen people")],
    facts={"fs:hospital": {"quantity": qv("n", 19, 19)}},
)
c(
    A,
    "The Brackenridge festival brought some 45,000 people to Fennick Park.",
    "which brought some 45,000 people",
    q=[Q("count", 45000, 45000, None, "some 45,000 people")],
    facts={"fs:attendance": {"quantity": qv("n", 45000, 45000)}},
)
c(
    A,
    "The Brackenridge festival was held at Fennick Park.",
    "brought some 45,000 people to Fennick Park",
    facts={"fs:venue": {}},
)
c(
    A,
    "The Brackenridge festival took place on the weekend of 25-26 July 2026.",
    "which brought some 45,000 people to Fennick Park last weekend",
    d=[D(*LAST_WEEKEND, "last weekend")],
    facts={"fs:dates": {"date": dv(*LAST_WEEKEND)}},
)
c(
    A,
    "The festival salmonella outbreak had been traced to pulled-chicken wraps sold by Smoke & Ember.",
    "the outbreak had been traced to pulled-chicken wraps sold by Smoke & Ember",
    ORG("the county health department", "The department said"),
    facts={"fs:traced": {}},
)
c(
    A,
    "Smoke & Ember sold pulled-chicken wraps at the Brackenridge festival.",
    "pulled-chicken wraps sold by Smoke & Ember",
    facts={"fs:chicken-wraps": {}},
)
c(A, "Smoke & Ember is a barbecue stall.", "Smoke & Ember, a barbecue stall", facts={"fs:barbecue-stall": {}})
c(
    A,
    "Smoke & Ember is run by Tallow Lane Catering of Ashby Cross.",
    "a barbecue stall run by Tallow Lane Catering of Ashby Cross",
    facts={"fs:run-by": {}},
)
c(
    A,
    "Smoke & Ember passed a routine hygiene inspection on the Brackenridge festival's opening day.",
    "The stall passed a routine hygiene inspection on the festival's opening day",
    ORG("the county", "said"),
    facts={"fs:inspection": {"fact": "inspected and passed"}},
)
OFFICIAL = AN("a county official who asked not to be named", "according to")
c(
    A,
    "The first reports of sickness from the Brackenridge festival reached the county health department on 26 July"
    " 2026.",
    "The first reports of sickness reached the health department on Sunday",
    OFFICIAL,
    d=[D(SUN26, None, "on Sunday")],
    facts={"fs:alerted": {"date": dv(SUN26)}},
)
c(
    A,
    "The Brackenridge festival was still running when the first reports of sickness reached the county health"
    " department.",
    "while the festival was still running",
    OFFICIAL,
)
c(
    A,
    "County inspectors closed Tallow Lane Catering's kitchen on 29 July 2026.",
    "County inspectors closed Tallow Lane's kitchen on Wednesday",
    d=[D(WED29, None, "on Wednesday")],
    facts={"fs:kitchen": {"date": dv(WED29)}},
)
c(
    A,
    "Dr Priya Okonjo is the county's medical officer of health.",
    "Dr Priya Okonjo, the county's medical officer of health",
    facts={"fs:okonjo-role": {}},
)
c(
    A,
    "The county health department is interviewing everyone who has been treated in the festival outbreak.",
    "the department was interviewing everyone who had been treated",
    NP("Dr Priya Okonjo", "said"),
)
c(
    A,
    "Dr Priya Okonjo's team has so far spoken to 160 people in the festival outbreak.",
    "Her team had so far spoken to 160 people",
    NP("Okonjo", "she said"),
    q=[Q("count", 160, 160, None, "160 people")],
)
c(
    A,
    "The festival salmonella outbreak is the largest the county health department has seen in Hollinsby in at least"
    " a decade.",
    "This is the largest outbreak we have seen in Hollinsby in at least a decade",
    NP("Okonjo", "she said"),
    q=[Q("other", 10, None, "years", "at least a decade")],
)
c(A, "Jenna Walsh is 36 years old.", "Jenna Walsh, 36", q=[Q("other", 36, 36, "years", "36")])
c(
    A,
    "Jenna Walsh's daughter Amelia fell ill on the night of 26 July 2026 after sharing a chicken wrap with her mother.",
    "her daughter Amelia fell ill on the Sunday night after sharing a chicken wrap with her",
    NP("Jenna Walsh", "said"),
    d=[D(SUN26, None, "on the Sunday night")],
)
WALSH = NP("Walsh", "said")
c(A, "Jenna Walsh's daughter Amelia could not stand up.", "She couldn't stand up.", WALSH)
c(
    A,
    "Jenna Walsh and her daughter Amelia spent the whole night in the emergency room.",
    "We spent the whole night in the emergency room",
    WALSH,
)
c(A, "Amelia Walsh is now recovering at home.", "Amelia is now recovering at home.")
c(
    A,
    "Trade for food sellers elsewhere in Hollinsby has fallen sharply since the outbreak became public.",
    "trade had fallen sharply since the outbreak became public",
    AN("Food sellers elsewhere in Hollinsby", "said"),
)
c(
    A,
    "People in Hollinsby are scared to eat anything that isn't wrapped in plastic.",
    "People are scared to eat anything that isn't wrapped in plastic",
    NP("Nadia Ferris", "said"),
)
c(
    A,
    "Nadia Ferris sells cheese at Hollinsby's farmers' market.",
    "Nadia Ferris, who sells cheese at the town's farmers' market",
)
c(
    A,
    "The festival organisers will refund the price of a weekend ticket to anyone who fell ill.",
    "organisers would refund the price of a weekend ticket, $145, to anyone who fell ill",
    NP("Owen Marsh", "said"),
    facts={"fs:refund": {"fact": "refunds for those who fell ill"}},
)
c(
    A,
    "A weekend ticket to the Brackenridge festival cost $145.",
    "the price of a weekend ticket, $145",
    q=[Q("money", 145, 145, "USD", "$145")],
)
c(
    A,
    "Most of those affected by the festival salmonella outbreak have already recovered.",
    "Most of those affected have already recovered",
    NP("Marsh", "said"),
    facts={"fs:recovered": {}},
)
c(A, "Dean Rourke is 44 years old.", "Dean Rourke, 44", q=[Q("other", 44, 44, "years", "44")])
ROURKE_STD = NP("Dean Rourke", "said")
c(
    A,
    "Tallow Lane Catering is cooperating fully with investigators.",
    "the company was cooperating fully with investigators",
    ROURKE_STD,
    facts={"fs:rourke-coop": {}},
)
c(
    A,
    "Tallow Lane Catering has thrown away all its remaining stock.",
    "had thrown away all its remaining stock",
    ROURKE_STD,
)
c(
    A,
    "Under state food safety law, Tallow Lane Catering could be fined up to $25,000.",
    "Under state food safety law, Tallow Lane could be fined up to $25,000",
    q=[Q("money", None, 25000, "USD", "up to $25,000")],
    facts={"fs:fine": {"quantity": qv("USD", None, 25000)}},
)
c(
    A,
    "The 2026 Brackenridge festival was its 11th edition.",
    "The festival, whose 11th edition this was",
    q=[Q("other", 11, 11, "ordinal", "11th edition")],
    facts={"fs:edition": {"quantity": qv("ordinal", 11, 11)}},
)
c(
    A,
    "The Brackenridge festival is run by the Brackenridge Events Trust.",
    "is run by the Brackenridge Events Trust",
    facts={"fs:trust": {}},
)
c(A, "The Brackenridge Events Trust is a charity.", "the Brackenridge Events Trust, a charity")
c(
    A,
    "Ruth Amadi chairs the county's health committee.",
    "Councillor Ruth Amadi, who chairs the county's health committee",
)
c(
    A,
    "The county council will review how food stalls at large events are checked before the 2027 Brackenridge festival.",
    "the council would review how food stalls at large events are checked before next year's festival",
    NP("Councillor Ruth Amadi", "said"),
    d=[D(*Y2027B, "next year")],
)

# ---------------------------------------------------------------- FoodSafe Insider (2026-08-03, Mon)
A = "fest-foodsafe"
art(
    A,
    SB,
    [
        "FoodSafe Insider | Outbreaks | 3 August 2026 | By Dana Kowalczyk | 7 min read",
        "Share: X | LinkedIn | Email | Copy link",
        "The case count",
        "The food",
        "The regulator's view",
        "Dana Kowalczyk edits FoodSafe Insider's outbreak tracker. Subscribers can download our outbreak data set.",
        "Related: Raw-egg sauces and summer events: five outbreaks in five years",
    ],
)
CSDH = "Calder State Department of Health"
c(
    A,
    "The Calder State Department of Health has linked the Salmonella Enteritidis outbreak at the Brackenridge Food &"
    " Folk Festival to Smoke & Ember.",
    "The Calder State Department of Health has linked a Salmonella Enteritidis outbreak at the Brackenridge Food &"
    " Folk Festival, held at Fennick Park in Hollinsby on 24-26 July, to Smoke & Ember",
    ORG(CSDH, "has linked"),
    facts={"fs:traced": {}},
)
c(
    A,
    "There was a Salmonella Enteritidis outbreak at the Brackenridge Food & Folk Festival.",
    "a Salmonella Enteritidis outbreak at the Brackenridge Food & Folk Festival",
    facts={"fs:outbreak": {}, "fs:strain": {}},
)
c(
    A,
    "The Brackenridge Food & Folk Festival was held at Fennick Park in Hollinsby.",
    "held at Fennick Park in Hollinsby",
    facts={"fs:venue": {}},
)
c(
    A,
    "The Brackenridge Food & Folk Festival was held on 24-26 July 2026.",
    "held at Fennick Park in Hollinsby on 24-26 July",
    d=[D(*FEST, "24-26 July")],
    facts={"fs:dates": {"date": dv(*FEST)}},
)
c(A, "Smoke & Ember is a barbecue stall.", "Smoke & Ember, a barbecue stall", facts={"fs:barbecue-stall": {}})
c(
    A,
    "Smoke & Ember is operated by Tallow Lane Catering of Ashby Cross.",
    "a barbecue stall operated by Tallow Lane Catering of Ashby Cross",
    facts={"fs:run-by": {}},
)
c(
    A,
    "As of 31 July 2026, 214 illnesses had been reported in the festival salmonella outbreak.",
    "As of 31 July, 214 illnesses had been reported",
    q=[Q("count", 214, 214, None, "214 illnesses")],
    d=[D(JUL31, None, "31 July")],
    facts={"fs:ill-count": {"quantity": ILL_Q}},
)
c(
    A,
    "An estimated 42,000 people attended the Brackenridge festival.",
    "among an estimated 42,000 attendees",
    q=[Q("count", 42000, 42000, None, "42,000 attendees")],
    facts={"fs:attendance": {"quantity": qv("n", 42000, 42000)}},
)
c(
    A,
    "37 of the 214 illnesses in the festival outbreak were laboratory-confirmed.",
    "37 of them laboratory-confirmed",
    q=[Q("count", 37, 37, None, "37")],
    facts={"fs:lab": {"quantity": qv("n", 37, 37)}},
)
c(
    A,
    "The festival salmonella outbreak is the largest event-linked outbreak in Calder State since 2016.",
    "making it the largest event-linked outbreak in Calder State since 2016",
    d=[D(*Y2016, "2016")],
    facts={"fs:largest": {"date": dv(*Y2016)}},
)
c(
    A,
    "There have been 23 hospitalisations in the festival salmonella outbreak.",
    "There have been 23 hospitalisations.",
    q=[Q("count", 23, 23, None, "23 hospitalisations")],
    facts={"fs:hospital": {"quantity": qv("n", 23, 23)}},
)
c(
    A,
    "Most patients in the festival salmonella outbreak have recovered.",
    "Most patients have recovered",
    ORG(CSDH, "the department said"),
    facts={"fs:recovered": {}},
)
c(
    A,
    "Hollinsby County was first notified of the festival illnesses on 27 July 2026.",
    "The county was first notified on 27 July",
    d=[D(MON27, None, "on 27 July")],
    facts={"fs:alerted": {"date": dv(MON27)}},
)
c(
    A,
    "On 27 July 2026 St Aldric's Hospital flagged a cluster of cases to the county.",
    "St Aldric's Hospital in Hollinsby flagged a cluster of cases",
    facts={"fs:st-aldric": {}},
)
c(A, "St Aldric's Hospital is in Hollinsby.", "St Aldric's Hospital in Hollinsby")
c(
    A,
    "County inspectors closed Tallow Lane Catering's kitchen on 28 July 2026.",
    "County inspectors closed Tallow Lane's kitchen on 28 July",
    d=[D(TUE28, None, "on 28 July")],
    facts={"fs:kitchen": {"date": dv(TUE28)}},
)
c(
    A,
    "Smoke & Ember sold around 1,900 chicken wraps over the three days of the Brackenridge festival.",
    "Smoke & Ember sold around 1,900 chicken wraps over the three days.",
    q=[Q("count", 1900, 1900, None, "around 1,900 chicken wraps"), Q("other", 3, 3, "days", "three days")],
    facts={"fs:chicken-wraps": {}},
)
c(
    A,
    "Investigators are focusing on a garlic sauce served by Smoke & Ember.",
    "Investigators are focusing on a garlic sauce",
)
c(A, "Smoke & Ember's garlic sauce was made with raw eggs.", "a garlic sauce made with raw eggs")
c(
    A,
    "Smoke & Ember's garlic sauce was served with its chicken wraps.",
    "a garlic sauce made with raw eggs that was served with the wraps",
)
LAB = DOC("a state laboratory report", "according to")
c(
    A,
    "The outbreak strain was found in samples of Smoke & Ember's garlic sauce.",
    "the outbreak strain was found in samples of the sauce",
    LAB,
)
c(
    A,
    "The samples of garlic sauce were taken from Smoke & Ember's cold store.",
    "samples of the sauce taken from the stall's cold store",
    LAB,
)
c(
    A,
    "During service Smoke & Ember kept the garlic sauce in squeeze bottles at the counter.",
    "During service the sauce was kept in squeeze bottles at the counter, according to two former staff members",
    AN("two former staff members", "according to"),
    q=[Q("count", 2, 2, None, "two former staff members")],
)
c(
    A,
    "Sauce samples from two other festival vendors tested negative for the outbreak strain.",
    "Sauce samples from two other vendors tested negative",
    DOC("the report", "said"),
    q=[Q("count", 2, 2, None, "two other vendors")],
)
c(
    A,
    "Whole-genome sequencing has so far matched 33 patient samples to Smoke & Ember's garlic sauce.",
    "Whole-genome sequencing has so far matched 33 patient samples to the sauce.",
    q=[Q("count", 33, 33, None, "33 patient samples")],
)
c(
    A,
    "Smoke & Ember was not inspected before the Brackenridge festival opened.",
    "Smoke & Ember was not inspected before the festival opened",
    DOC("county records", "according to"),
    facts={"fs:inspection": {"fact": "not inspected"}},
)
c(
    A,
    "Tallow Lane Catering received a hygiene rating of 3 out of 5 at its last routine inspection, in November 2025.",
    "Tallow Lane received a hygiene rating of 3 out of 5 at its last routine inspection, in November 2025",
    q=[Q("other", 3, 3, "out of 5", "3 out of 5")],
    d=[D(*NOV25, "November 2025")],
)
c(
    A,
    "Smoke & Ember was one of 58 food vendors at the Brackenridge festival.",
    "The stall was among 58 food vendors at the festival.",
    q=[Q("count", 58, 58, None, "58 food vendors")],
    facts={"fs:vendors": {"quantity": qv("n", 58, 58)}},
)
c(
    A,
    "Under the Calder State Food Act, Tallow Lane Catering faces a fine of up to $50,000 per offence.",
    "Under the Calder State Food Act, Tallow Lane faces a fine of up to $50,000 per offence",
    q=[Q("money", None, 50000, "USD", "up to $50,000")],
    facts={"fs:fine": {"quantity": qv("USD", None, 50000)}},
)
c(
    A,
    "The Calder State Department of Health has not yet decided whether to bring charges against Tallow Lane Catering.",
    "it had not yet decided whether to bring charges",
    ORG(CSDH, "The state department said"),
)
c(
    A,
    "Tallow Lane Catering referred FoodSafe Insider's questions to its lawyers.",
    "the company referred questions to its lawyers",
)
FELD = NP("Marcus Feld", "said")
c(
    A,
    "Raw-egg sauces held at room temperature are a textbook Enteritidis risk.",
    "Raw-egg sauces held at room temperature are a textbook Enteritidis risk",
    FELD,
)
c(
    A,
    "Marcus Feld is a food microbiologist at Calder State University.",
    "Marcus Feld, a food microbiologist at Calder State University",
)
c(
    A,
    "Salmonella symptoms usually appear between six and 72 hours after infection.",
    "Symptoms usually appear between six and 72 hours after infection",
    NP("Feld", "he said"),
    q=[Q("other", 6, 72, "hours", "between six and 72 hours")],
)
c(
    A,
    "Enteritidis is the salmonella strain most often associated with eggs.",
    "Enteritidis is the strain most often associated with eggs.",
)
c(
    A,
    "Event organisers should require written food safety plans from every vendor.",
    "Event organisers should require written food safety plans from every vendor",
    NP("Feld", "said"),
)
c(
    A,
    "Calder State's guidance for temporary food stalls has not been updated since 2017.",
    "The state's guidance for temporary food stalls has not been updated since 2017.",
    d=[D(*Y2017, "2017")],
)

NOTES["fs:attendance"] = (
    "festival attendance: about 42,000 visitors (PNA) = an estimated 42,000 attendees (FoodSafe Insider) vs some"
    " 45,000 people (Standard)"
)
NOTES["fs:hospital"] = "treated in hospital: 19 (PNA) = Nineteen (Standard) vs 23 hospitalisations (FoodSafe Insider)"
NOTES["fs:icu"] = "girl in intensive care: seven-year-old (PNA) vs eight-year-old (Standard, county health department)"
NOTES["fs:fine"] = "maximum fine: up to $25,000 (Standard) vs up to $50,000 per offence (FoodSafe Insider)"
NOTES["fs:alerted"] = (
    "county first alerted: Monday 27 July (PNA, Okonjo) = 27 July (FoodSafe Insider) vs Sunday 26 July (Standard,"
    " anonymous county official)"
)
NOTES["fs:kitchen"] = (
    "Tallow Lane's kitchen closed: Tuesday 28 July (PNA) = 28 July (FoodSafe Insider) vs Wednesday 29 July (Standard)"
)
NOTES["fs:largest"] = (
    "largest outbreak in Calder State since 2018 (PNA, state records) vs since 2016 (FoodSafe Insider)"
)
NOTES["fs:traced"] = (
    "outbreak traced to Smoke & Ember: Dr Priya Okonjo, medical officer of health for Hollinsby County Public Health"
    " (PNA) = the county health department (Standard) vs the Calder State Department of Health (FoodSafe Insider)"
)
NOTES["fs:recovered"] = (
    "most patients recovered: festival director Owen Marsh (Standard) vs the state department (FoodSafe Insider)"
)
NOTES["fs:refund"] = (
    "refunds: the Brackenridge Events Trust will not refund tickets (PNA) vs organisers will refund a weekend ticket"
    " to anyone who fell ill (Standard, Owen Marsh)"
)
NOTES["fs:inspection"] = (
    "inspection: the stall passed a routine hygiene inspection on the opening day (Standard, the county) vs was not"
    " inspected before the festival opened (FoodSafe Insider, county records)"
)
NOTES["fs:dates"] = (
    "festival dates: July 24 to 26 (PNA) = 24-26 July (FoodSafe Insider); 'last weekend' (Standard, 25-26 July) lies"
    " inside them"
)

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
