"""Gold for the third linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-3/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-3/gold.json

Two invented stories (a ransomware attack that took a regional hospital group offline; a competition regulator
fining an online marketplace for favouring its own brand and for price-parity clauses), each covered by three
invented outlets (wire, local/national paper, specialist trade site), written and annotated by hand without
looking at or running any engine on them.
First run of the engines on it (2026-11-29, code at 315a9ce, before any change made after reading their output):
extraction recall 0.745, precision 0.898; links end to end recall 0.476, precision 0.600, conflicts with the
right field 6/17; links on the gold claims precision 0.592, recall 0.762, conflicts 17/24. (The code at the
start of that session, 79dc7de, gives the same link figures and extraction recall 0.741.)

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-2/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact).

`c(...)` copies the claim's canonicalised attribution (spokespeople and officials count as their
organisation; unnamed or missing sources give nothing) into each of its fact values, so that an attribution
conflict is derived whenever two linked claims name different sources.

Quantities and dates: each claim records only the quantities and dates it states itself, even when it shares
its span with other claims split from the same sentence. check() requires every number and calendar word in a
span to be recorded by at least one claim sharing it. Clock times ("3.40am on 12 October") are recorded as part
of the date text. Data volumes are `other` quantities in unit "GB"; "up to three weeks" is unit "weeks".

Deliberate disagreements between outlets (see NOTES at the end of each story):
  hospital  quantity: outpatient appointments cancelled on Monday (more than 2,300 vs 2,100), planned operations
            postponed (140 vs 160), beds (1,150 vs about 1,200), data ShadeLock claims to hold (700 gigabytes vs
            about 680GB), ransom demanded ($4 million vs $4.5m);
            date: when the attack was discovered (early hours of Sunday 12 Oct vs late on Saturday 11 Oct), day
            ShadeLock listed the group on its leak site (Monday 13 Oct vs Tuesday 14 Oct);
            attribution: "no ransom will be paid" (THG chief executive / THG vs the health minister), "no evidence
            patient records were taken" (the NCRA vs THG's chief information officer);
            fact: how the attackers got in (a phishing email opened by a staff member vs an outside IT supplier's
            remote-access account)
  fine      quantity: fine (€48.6 million vs almost €49m), sellers affected (some / roughly 14,000 vs more than
            15,000), Brightcart's market share (about 38% vs about 35%);
            date: start of the infringement (January 2019 / 2019 vs 2020), investigation opened (March 2023 vs
            April 2023);
            attribution: €90m cost to consumers (MCB chair vs the consumer group ShopFair), sellers threatened with
            demotion for cheaper prices elsewhere (the MCB's decision vs the sellers' association IOSA's chair);
            fact: appeal (Brightcart will appeal vs has not yet decided whether to appeal)
  Look-alikes that must not be linked: Monday's cancelled appointments vs the further 1,800 called off for
  Wednesday and Thursday; the minister's visit to St Ide's on Tuesday vs her planned visit to the University
  Hospital on Thursday; the health department's €12.5m vs the analyst's €20m-€25m full cost; 22% (health share of
  2024 incidents) vs 31% (rise in all reports); ShadeLock's seven-day deadline vs the three-week restoration;
  the 2025 fine vs the 2021 €6.2m fine and the 2020 €31m Dorrance fine; 38%/35% share vs 2.1% of turnover vs
  3.2% share fall vs 8-15% commission vs the 10% legal cap; investigation opened (March/April 2023) vs
  inspections (June 2023) vs clauses dropped (July 2024).
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # hospital ransomware story
    "THG": "THG",
    "Torvane Hospital Group": "THG",
    "THG chief executive Gráinne Tully": "THG",
    "Gráinne Tully": "THG",
    "Ms Tully": "THG",
    "Chief information officer Martin Esker": "THG",
    "THG chief information officer Martin Esker": "THG",
    "Martin Esker": "THG",
    "Esker": "THG",
    "National Cyber Response Agency": "NCRA",
    "NCRA": "NCRA",
    "the agency's annual report": "NCRA",
    "Health Minister Orla Keaveney": "Department of Health",
    "Orla Keaveney": "Department of Health",
    "Ms Keaveney": "Department of Health",
    "ShadeLock": "ShadeLock",
    "Helixa Research": "Helixa Research",
    "Rosa Llewyn": "Keelhaven Security",
    # competition fine story
    "MCB": "MCB",
    "The Markets and Competition Board": "MCB",
    "the competition watchdog": "MCB",
    "the regulator's decision": "MCB",
    "The decision": "MCB",
    "MCB chair Anneliese Voorn": "MCB",
    "Anneliese Voorn": "MCB",
    "Brightcart": "Brightcart",
    "a company spokesperson": "Brightcart",
    "A Brightcart spokesperson": "Brightcart",
    "Tomas Aberlin": "Brightcart",
    "ShopFair": "ShopFair",
    "ShopFair director Kofi Mensah": "ShopFair",
    "Mensah": "ShopFair",
    "Petra Lindqvist": "IOSA",
    "Lindqvist": "IOSA",
    "Jakob Rehn": "Falk Osterberg",
    "Rehn": "Falk Osterberg",
    "Ruth Calloway": "Denholm Price",
}

c = claim_maker(CANON)
art = article_maker(BASE)


def pct(v, text, low=True, high=True):
    return Q("percent", v if low else None, v if high else None, "%", text)


NOTES = {}

# =====================================================================
# Story A: ransomware attack on the Torvane Hospital Group (October 2025)
# =====================================================================
SA = "torvane-hospital-ransomware-2025"
SAT = "2025-10-11"
SUN = "2025-10-12"
MON = "2025-10-13"
TUE = "2025-10-14"
WED = "2025-10-15"
THU = "2025-10-16"
Y2025 = ("2025-01-01", "2025-12-31")
H1_2025 = ("2025-01-01", "2025-06-30")
MARCH = ("2025-03-01", "2025-03-31")
THG_SAID = ORG("THG", "the group said")

# ---------------------------------------------------------------- Westbridge News Agency (2025-10-14, Tue)
A = "hack-wna"
art(
    A,
    SA,
    [
        "Staff at Torvane University Hospital work from paper charts on Monday. WNA/Karel Smit",
        "(Reporting by Niamh Corrigan in Torvane; Editing by Paul Feeney)",
    ],
)
c(
    A,
    "A ransomware attack has knocked out the computer systems of the Torvane Hospital Group (THG).",
    "A ransomware attack has knocked out the computer systems of the Torvane Hospital Group (THG)",
    THG_SAID,
    facts={"th:attack": {}},
)
c(
    A,
    "The Torvane Hospital Group has three hospitals.",
    "its three hospitals",
    THG_SAID,
    q=[Q("count", 3, 3, None, "three hospitals")],
    facts={"th:hospitals": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "The ransomware attack forced the Torvane Hospital Group to cancel more than 2,300 outpatient appointments on"
    " 13 October 2025.",
    "to cancel more than 2,300 outpatient appointments on Monday",
    THG_SAID,
    q=[Q("count", 2300, None, None, "more than 2,300")],
    d=[D(MON, None, "on Monday")],
    facts={"th:appts-mon": {"quantity": qv("n", 2300, None), "date": dv(MON)}},
)
c(
    A,
    "The Torvane Hospital Group has 1,150 beds.",
    "THG, which has 1,150 beds",
    q=[Q("count", 1150, 1150, None, "1,150 beds")],
    facts={"th:beds": {"quantity": qv("n", 1150, 1150)}},
)
c(
    A,
    "The Torvane Hospital Group serves about 480,000 people in the northwest of the country.",
    "serves about 480,000 people in the northwest of the country",
    q=[Q("count", 480000, 480000, None, "about 480,000 people")],
    facts={"th:population": {"quantity": qv("n", 480000, 480000)}},
)
c(
    A,
    "The ransomware attack on the Torvane Hospital Group was detected in the early hours of 12 October 2025.",
    "said the attack was detected in the early hours of Sunday",
    ORG("THG", "said"),
    d=[D(SUN, None, "in the early hours of Sunday")],
    facts={"th:detected": {"date": dv(SUN)}},
)
c(
    A,
    "The Torvane Hospital Group took all of its IT systems offline as a precaution.",
    "It took all of its IT systems offline as a precaution",
    facts={"th:offline": {}},
)
c(
    A,
    "Doctors and nurses at the Torvane Hospital Group have switched to paper records after the ransomware attack.",
    "doctors and nurses have switched to paper records",
    facts={"th:paper": {}},
)
c(
    A,
    "140 planned operations at the Torvane Hospital Group have been postponed since 12 October 2025.",
    "A total of 140 planned operations have been postponed since Sunday",
    q=[Q("count", 140, 140, None, "140 planned operations")],
    d=[D(SUN, None, "since Sunday")],
    facts={"th:ops": {"quantity": qv("n", 140, 140)}},
)
MATERN = "Maternity services and chemotherapy are continuing as normal, the group said"
c(
    A,
    "Maternity services at the Torvane Hospital Group are continuing as normal despite the ransomware attack.",
    MATERN,
    THG_SAID,
)
c(
    A,
    "Chemotherapy at the Torvane Hospital Group is continuing as normal despite the ransomware attack.",
    MATERN,
    THG_SAID,
)
c(
    A,
    "Ambulances were diverted from the emergency department at Torvane University Hospital to neighbouring"
    " hospitals after the ransomware attack.",
    "Ambulances were diverted from the emergency department at Torvane University Hospital to neighbouring hospitals",
    facts={"th:diversion": {}},
)
c(
    A,
    "Ambulances were diverted away from Torvane University Hospital's emergency department for 36 hours.",
    "to neighbouring hospitals for 36 hours",
    q=[Q("other", 36, 36, "hours", "36 hours")],
)
c(A, "ShadeLock is a criminal group.", "A criminal group calling itself ShadeLock")
c(
    A,
    "ShadeLock claimed responsibility for the Torvane Hospital Group attack on its leak site on 13 October 2025.",
    "claimed responsibility on Monday on its leak site",
    d=[D(MON, None, "on Monday")],
    facts={"th:claim": {"date": dv(MON)}},
)
c(
    A,
    "ShadeLock stole 700 gigabytes of data from the Torvane Hospital Group.",
    "saying it had stolen 700 gigabytes of data",
    ORG("ShadeLock", "saying"),
    q=[Q("other", 700, 700, "GB", "700 gigabytes")],
    facts={"th:data": {"quantity": qv("GB", 700, 700)}},
)
c(
    A,
    "ShadeLock has demanded $4 million in bitcoin from the Torvane Hospital Group.",
    "The gang has demanded $4 million in bitcoin",
    AN("two people familiar with the matter", "according to"),
    q=[Q("money", 4e6, 4e6, "USD", "$4 million")],
    facts={"th:ransom": {"quantity": qv("USD", 4e6, 4e6)}},
)
c(
    A,
    "The Torvane Hospital Group will not pay a ransom to the attackers.",
    "We will not be paying a ransom",
    NP("THG chief executive Gráinne Tully", "told reporters"),
    facts={"th:no-ransom": {}},
)
c(
    A,
    "Gráinne Tully spoke to reporters outside Torvane University Hospital.",
    "told reporters outside Torvane University Hospital",
)
c(
    A,
    "The Torvane Hospital Group's focus is on keeping patients safe.",
    "Our focus is on keeping patients safe",
    NP("THG chief executive Gráinne Tully", "told reporters"),
)
c(
    A,
    "There is no evidence so far that patient records were taken in the attack on the Torvane Hospital Group.",
    "there was no evidence so far that patient records had been taken",
    ORG("National Cyber Response Agency", "said"),
    facts={"th:no-evidence": {}},
)
c(
    A,
    "A team from the National Cyber Response Agency is working on site with the Torvane Hospital Group's own"
    " technicians.",
    "A team from the agency is working on site with the group's own technicians",
    facts={"th:ncra-team": {}},
)
c(
    A,
    "Bringing all of the Torvane Hospital Group's systems back could take up to three weeks.",
    "it could take up to three weeks to bring all systems back",
    NP("Chief information officer Martin Esker", "said"),
    q=[Q("other", None, 3, "weeks", "up to three weeks")],
    facts={"th:restore-time": {"quantity": qv("weeks", None, 3)}},
)
RESTORE = "Email and the patient administration system would be restored first, he said"
c(
    A,
    "Email will be among the first Torvane Hospital Group systems to be restored.",
    RESTORE,
    NP("Martin Esker", "he said"),
    facts={"th:restore-email": {}},
)
c(
    A,
    "The patient administration system will be among the first Torvane Hospital Group systems to be restored.",
    RESTORE,
    NP("Martin Esker", "he said"),
    facts={"th:restore-pas": {}},
)
c(
    A,
    "The National Cybercrime Bureau has opened a criminal investigation into the Torvane Hospital Group attack.",
    "The National Cybercrime Bureau has opened a criminal investigation",
    facts={"th:police": {}},
)
c(
    A,
    "The Torvane Hospital Group attack is the second attack on a hospital operator in the country in 2025.",
    "The attack is the second on a hospital operator in the country this year, after a ransomware attack",
    q=[Q("other", 2, 2, "ordinal", "second")],
    d=[D(*Y2025, "this year")],
    facts={"th:second": {"quantity": qv("ordinal", 2, 2), "date": dv(*Y2025)}},
)
c(
    A,
    "Fennick Clinics was hit by a ransomware attack in March 2025.",
    "after a ransomware attack on the private Fennick Clinics chain in March",
    d=[D(*MARCH, "in March")],
    facts={"th:fennick": {"date": dv(*MARCH)}},
)
c(
    A,
    "Fennick Clinics is a private chain.",
    "the private Fennick Clinics chain",
    facts={"th:fennick-private": {}},
)
c(
    A,
    "Reports of ransomware attacks to the NCRA rose 31% in the first half of 2025.",
    "The NCRA said reports of ransomware attacks to the agency rose 31% in the first half of the year",
    ORG("NCRA", "said"),
    q=[pct(31, "31%")],
    d=[D(*H1_2025, "in the first half of the year")],
    facts={"th:reports-rise": {"quantity": qv("%", 31, 31), "date": dv(*H1_2025)}},
)
c(
    A,
    "Health Minister Orla Keaveney is due to visit Torvane University Hospital on 16 October 2025.",
    "Health Minister Orla Keaveney is due to visit Torvane University Hospital on Thursday",
    d=[D(THU, None, "on Thursday")],
)
c(
    A,
    "The Torvane Hospital Group employs about 6,400 people.",
    "THG employs about 6,400 people",
    q=[Q("count", 6400, 6400, None, "about 6,400 people")],
    facts={"th:staff": {"quantity": qv("n", 6400, 6400)}},
)
SITES = "at Torvane University Hospital, St Ide's Hospital in Askellan and Lisderry Community Hospital"
c(A, "The Torvane Hospital Group runs Torvane University Hospital.", SITES)
c(A, "The Torvane Hospital Group runs St Ide's Hospital in Askellan.", SITES)
c(A, "The Torvane Hospital Group runs Lisderry Community Hospital.", SITES)
c(
    A,
    "Torvane Hospital Group patients have been asked to attend their appointments unless they are contacted.",
    "Patients have been asked to attend appointments unless they are contacted",
    facts={"th:attend": {}},
)
c(
    A,
    "Torvane Hospital Group patients have been asked to use out-of-hours GP services rather than emergency"
    " departments for minor illnesses.",
    "to use out-of-hours GP services rather than emergency departments for minor illnesses",
)

# ---------------------------------------------------------------- The Torvane Herald (2025-10-15, Wed)
A = "hack-herald"
art(
    A,
    SA,
    [
        "By Siobhan Rafter, Health Correspondent | Wednesday 15 October 2025, 06:00",
        "Staff at the entrance to Torvane University Hospital on Tuesday. Picture: Ciarán Doyle/Torvane Herald",
        "Related: Askellan maternity unit to stay open, minister confirms",
    ],
)
c(
    A,
    "Thousands of patients in Torvane, Askellan and Lisderry are waiting to hear when they will be seen after the"
    " cyber attack on the region's hospitals.",
    "Thousands of patients in Torvane, Askellan and Lisderry are waiting to hear when they will be seen",
    q=[Q("count", 1000, None, None, "Thousands")],
)
c(
    A,
    "The cyber attack on the Torvane Hospital Group was discovered late on 11 October 2025.",
    "a cyber attack that was discovered late on Saturday night",
    d=[D(SAT, None, "late on Saturday night")],
    facts={"th:detected": {"date": dv(SAT)}},
)
c(
    A,
    "A cyber attack crippled the Torvane region's hospitals.",
    "a cyber attack that was discovered late on Saturday night crippled the region's hospitals",
    facts={"th:attack": {}},
)
BEDS = "which runs about 1,200 beds across its three sites"
c(
    A,
    "The Torvane Hospital Group runs about 1,200 beds.",
    BEDS,
    q=[Q("count", 1200, 1200, None, "about 1,200 beds")],
    facts={"th:beds": {"quantity": qv("n", 1200, 1200)}},
)
c(
    A,
    "The Torvane Hospital Group has three sites.",
    BEDS,
    q=[Q("count", 3, 3, None, "three sites")],
    facts={"th:hospitals": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "The Torvane Hospital Group employs 6,400 people.",
    "employs 6,400 people",
    q=[Q("count", 6400, 6400, None, "6,400 people")],
    facts={"th:staff": {"quantity": qv("n", 6400, 6400)}},
)
c(
    A,
    "The Torvane Hospital Group cancelled 2,100 outpatient appointments on 13 October 2025.",
    "cancelled 2,100 outpatient appointments on Monday",
    q=[Q("count", 2100, 2100, None, "2,100 outpatient appointments")],
    d=[D(MON, None, "on Monday")],
    facts={"th:appts-mon": {"quantity": qv("n", 2100, 2100), "date": dv(MON)}},
)
c(
    A,
    "The Torvane Hospital Group has postponed 160 planned operations.",
    "has postponed 160 planned operations",
    q=[Q("count", 160, 160, None, "160 planned operations")],
    facts={"th:ops": {"quantity": qv("n", 160, 160)}},
)
c(
    A,
    "A further 1,800 Torvane Hospital Group appointments have been called off for 15 and 16 October 2025.",
    "A further 1,800 appointments have been called off for Wednesday and Thursday",
    q=[Q("count", 1800, 1800, None, "1,800 appointments")],
    d=[D(WED, None, "Wednesday"), D(THU, None, "Thursday")],
)
c(
    A,
    "Wards at the Torvane Hospital Group have gone back to pen and paper.",
    "Wards have gone back to pen and paper.",
    facts={"th:paper": {}},
)
CONSULT = AN("a consultant at Torvane University Hospital", "told the Herald")
c(
    A,
    "Blood test results at Torvane University Hospital are being carried between buildings by porters.",
    "Blood test results are being carried between buildings by porters",
    CONSULT,
)
c(
    A,
    "X-ray images at Torvane University Hospital cannot be viewed on screens.",
    "X-ray images cannot be viewed on screens",
    CONSULT,
)
c(
    A,
    "Ambulances were diverted from Torvane University Hospital to neighbouring hospitals after the cyber attack.",
    "Ambulances were diverted to neighbouring hospitals",
    facts={"th:diversion": {}},
)
c(
    A,
    "The emergency department at Torvane University Hospital was closed to ambulances after the cyber attack.",
    "the emergency department at the University Hospital was closed to them",
)
c(
    A,
    "Torvane University Hospital's emergency department reopened to ambulances on the evening of 13 October 2025.",
    "It reopened to ambulances on Monday evening",
    d=[D(MON, None, "on Monday evening")],
)
c(
    A,
    "The attackers got into the Torvane Hospital Group's systems after a member of staff in the finance"
    " department opened a phishing email.",
    "the attackers got in after a member of staff in the finance department opened a phishing email",
    AN("A hospital source", "told the Herald"),
    facts={"th:entry": {"fact": "a staff member opened a phishing email"}},
)
c(
    A,
    "Health Minister Orla Keaveney visited St Ide's Hospital in Askellan on 14 October 2025.",
    "who visited St Ide's Hospital in Askellan yesterday",
    d=[D(TUE, None, "yesterday")],
)
c(
    A,
    "No ransom will be paid to the attackers of the Torvane Hospital Group.",
    "said no ransom would be paid",
    NP("Health Minister Orla Keaveney", "said"),
    facts={"th:no-ransom": {}},
)
c(
    A,
    "The State does not negotiate with criminals.",
    "The State does not negotiate with criminals",
    NP("Orla Keaveney", "she said"),
)
c(
    A,
    "The Department of Health has set aside 12.5 million euros to help the Torvane Hospital Group recover.",
    "her department had set aside 12.5 million euros to help the group recover",
    NP("Ms Keaveney", "said"),
    q=[Q("money", 12.5e6, 12.5e6, "EUR", "12.5 million euros")],
    facts={"th:funding": {"quantity": qv("EUR", 12.5e6, 12.5e6)}},
)
c(
    A,
    "Specialists from the National Cyber Response Agency are on site at the Torvane Hospital Group.",
    "specialists from the National Cyber Response Agency were on site",
    NP("Ms Keaveney", "said"),
    facts={"th:ncra-team": {}},
)
c(
    A,
    "Gráinne Tully is the Torvane Hospital Group's chief executive.",
    "Gráinne Tully, the group's chief executive",
)
c(A, "Gráinne Tully apologised to patients for the cyber attack.", "apologised to patients")
c(
    A,
    "Gráinne Tully is deeply sorry for the worry the cyber attack has caused.",
    "I am deeply sorry for the worry this has caused",
    NP("Gráinne Tully", "she said"),
)
c(
    A,
    "Torvane Hospital Group patients whose appointments are cancelled will be contacted by phone or letter.",
    "patients whose appointments are cancelled will be contacted by phone or letter",
    NP("Ms Tully", "said"),
)
c(
    A,
    "Torvane Hospital Group patients who have not heard from the hospital should attend their appointments as planned.",
    "anyone who has not heard from the hospital should attend as planned",
    NP("Ms Tully", "said"),
    facts={"th:attend": {}},
)
MORROW = "Declan Morrow, 67, from Lisderry"
c(A, "Declan Morrow is 67.", MORROW, q=[Q("other", 67, 67, "years", "67")])
c(A, "Declan Morrow is from Lisderry.", MORROW)
c(
    A,
    "Declan Morrow's hip replacement at St Ide's Hospital was called off on the morning of 13 October 2025 after"
    " he had already been admitted.",
    "whose hip replacement at St Ide's was called off on Monday morning after he had already been admitted",
    d=[D(MON, None, "on Monday morning")],
)
c(
    A,
    "Declan Morrow had been waiting 14 months for his hip replacement.",
    "I'd been waiting 14 months",
    NP("Declan Morrow", "he said"),
    q=[Q("other", 14, 14, "months", "14 months")],
)
c(
    A,
    "Local GPs are struggling because they cannot see hospital test results after the cyber attack.",
    "Local GPs said they were struggling because they could not see hospital test results",
    AN("Local GPs", "said"),
)
c(A, "Dr Aoife Brennan chairs the Torvane GP Forum.", "Dr Aoife Brennan, who chairs the Torvane GP Forum")
c(
    A,
    "GP practices have been told to phone the Torvane hospital laboratory for urgent results.",
    "practices had been told to phone the hospital laboratory for urgent results",
    NP("Dr Aoife Brennan", "said"),
)
HUND = AN(None, "The Herald understands")
c(
    A,
    "The Torvane Hospital Group's backups were not affected by the cyber attack.",
    "the group's backups were not affected",
    HUND,
    facts={"th:backups": {}},
)
c(
    A,
    "The Torvane Hospital Group's systems could start coming back in the week of 13-19 October 2025.",
    "systems could start coming back this week",
    HUND,
    d=[D(MON, "2025-10-19", "this week")],
)
c(
    A,
    "Torvane University Hospital is the region's only major trauma centre.",
    "Torvane University Hospital is the region's only major trauma centre",
)
c(
    A,
    "The Torvane Hospital Group serves a population of about 480,000.",
    "The hospital group serves a population of about 480,000",
    q=[Q("count", 480000, 480000, None, "about 480,000")],
    facts={"th:population": {"quantity": qv("n", 480000, 480000)}},
)

# ---------------------------------------------------------------- Breachline (2025-10-15, Wed)
A = "hack-breachline"
art(
    A,
    SA,
    [
        "Breachline | Incidents | 15 Oct 2025 | 5 min read",
        "[Image: A screenshot of ShadeLock's leak site listing the Torvane Hospital Group. Credit: Breachline]",
        "Related: What we know about ShadeLock's affiliate programme",
    ],
)
c(A, "ShadeLock is a ransomware operation.", "The ShadeLock ransomware operation")
c(
    A,
    "ShadeLock has added the Torvane Hospital Group (THG) to its dark-web leak site.",
    "has added the Torvane Hospital Group (THG) to its dark-web leak site",
    facts={"th:claim": {}},
)
c(
    A,
    "ShadeLock holds about 680GB of data taken from the Torvane Hospital Group's network.",
    "claiming to hold about 680GB of data taken from the hospital operator's network",
    ORG("ShadeLock", "claiming"),
    q=[Q("other", 680, 680, "GB", "about 680GB")],
    facts={"th:data": {"quantity": qv("GB", 680, 680)}},
)
c(
    A,
    "ShadeLock took data from the Torvane Hospital Group's network before encrypting its files.",
    "data taken from the hospital operator's network before its files were encrypted",
    ORG("ShadeLock", "claiming"),
)
c(
    A,
    "ShadeLock listed the Torvane Hospital Group on its leak site on 14 October 2025, two days after the intrusion"
    " was detected.",
    "The operator was listed on Tuesday, two days after",
    q=[Q("other", 2, 2, "days", "two days")],
    d=[D(TUE, None, "on Tuesday")],
    facts={"th:claim": {"date": dv(TUE)}},
)
c(
    A,
    "The Torvane Hospital Group detected the intrusion at about 3.40am on 12 October 2025.",
    "THG detected the intrusion at about 3.40am on 12 October",
    d=[D(SUN, None, "at about 3.40am on 12 October")],
    facts={"th:detected": {"date": dv(SUN)}},
)
c(
    A,
    "The Torvane Hospital Group shut down its entire network after detecting the intrusion.",
    "shut down its entire network",
    facts={"th:offline": {}},
)
c(
    A,
    "ShadeLock has given the Torvane Hospital Group seven days to pay.",
    "ShadeLock has given THG seven days to pay",
    q=[Q("other", 7, 7, "days", "seven days")],
)
c(
    A,
    "ShadeLock is asking the Torvane Hospital Group for $4.5m, payable in bitcoin.",
    "the gang is asking for $4.5m, payable in bitcoin",
    AN("Sources close to the incident response", "told Breachline"),
    q=[Q("money", 4.5e6, 4.5e6, "USD", "$4.5m")],
    facts={"th:ransom": {"quantity": qv("USD", 4.5e6, 4.5e6)}},
)
c(
    A,
    "The Torvane Hospital Group will not pay the ransom.",
    "THG has said it will not pay",
    ORG("THG", "has said"),
    facts={"th:no-ransom": {}},
)
PEOPLE = AN("two people involved in the response", "According to")
c(
    A,
    "The attackers got into the Torvane Hospital Group's network through a remote-access account belonging to an"
    " outside IT supplier.",
    "the attackers got in through a remote-access account belonging to an outside IT supplier",
    PEOPLE,
    facts={"th:entry": {"fact": "an outside IT supplier's remote-access account"}},
)
c(
    A,
    "The IT supplier's remote-access account used in the Torvane attack was not protected by multi-factor"
    " authentication.",
    "which was not protected by multi-factor authentication",
    PEOPLE,
)
c(
    A,
    "The attackers spent at least nine days moving through the Torvane Hospital Group's network before deploying"
    " the encryptor.",
    "They then spent at least nine days moving through the network before deploying the encryptor",
    AN("two people involved in the response", "the same people said"),
    q=[Q("other", 9, None, "days", "at least nine days")],
)
c(
    A,
    "There is no evidence at this stage that patient records were taken in the attack on the Torvane Hospital Group.",
    'there was "no evidence at this stage" that patient records had been taken',
    NP("THG chief information officer Martin Esker", "said"),
    facts={"th:no-evidence": {}},
)
c(
    A,
    "Restoring all of the Torvane Hospital Group's systems could take up to three weeks.",
    "restoring all systems could take up to three weeks",
    NP("Martin Esker", "He said"),
    q=[Q("other", None, 3, "weeks", "up to three weeks")],
    facts={"th:restore-time": {"quantity": qv("weeks", None, 3)}},
)
START = "starting with email and the patient administration system"
c(
    A,
    "The restoration of the Torvane Hospital Group's systems will start with email.",
    START,
    NP("Martin Esker", "He said"),
    facts={"th:restore-email": {}},
)
c(
    A,
    "The restoration of the Torvane Hospital Group's systems will start with the patient administration system.",
    START,
    NP("Martin Esker", "He said"),
    facts={"th:restore-pas": {}},
)
c(
    A,
    "The Torvane Hospital Group's backups were held offline.",
    "The backups, which were held offline",
    NP("Esker", "said"),
)
c(
    A,
    "The Torvane Hospital Group's backups were not encrypted in the attack.",
    "The backups, which were held offline, were not encrypted, Esker said",
    NP("Esker", "said"),
    facts={"th:backups": {}},
)
c(
    A,
    "The National Cyber Response Agency (NCRA) has sent a team to the Torvane Hospital Group.",
    "The National Cyber Response Agency (NCRA) has sent a team to the group",
    facts={"th:ncra-team": {}},
)
c(
    A,
    "The National Cybercrime Bureau is investigating the Torvane Hospital Group attack.",
    "the National Cybercrime Bureau is investigating",
    facts={"th:police": {}},
)
c(
    A,
    "The Torvane Hospital Group has notified the data protection regulator of the attack.",
    "THG has also notified the data protection regulator",
)
HELIXA = ORG("Helixa Research", "according to")
c(A, "ShadeLock emerged in 2023.", "ShadeLock emerged in 2023", HELIXA, d=[D("2023-01-01", "2023-12-31", "2023")])
c(
    A,
    "ShadeLock has hit at least 14 healthcare organisations in Europe.",
    "has hit at least 14 healthcare organisations in Europe",
    HELIXA,
    q=[Q("count", 14, None, None, "at least 14")],
)
c(A, "Helixa Research is a threat intelligence firm.", "threat intelligence firm Helixa Research")
c(
    A,
    "ShadeLock's affiliates typically publish stolen data when victims refuse to pay.",
    "Its affiliates typically publish stolen data when victims refuse to pay",
)
c(
    A,
    "Healthcare accounted for 22% of ransomware incidents reported to the NCRA in 2024.",
    "Healthcare accounted for 22% of ransomware incidents reported to the NCRA in 2024",
    DOC("the agency's annual report", "according to"),
    q=[pct(22, "22%")],
    d=[D("2024-01-01", "2024-12-31", "2024")],
)
c(
    A,
    "Ransomware reports to the NCRA across all sectors rose 31% in the first half of 2025.",
    "The NCRA says reports across all sectors rose 31% in the first half of this year",
    ORG("NCRA", "says"),
    q=[pct(31, "31%")],
    d=[D(*H1_2025, "in the first half of this year")],
    facts={"th:reports-rise": {"quantity": qv("%", 31, 31), "date": dv(*H1_2025)}},
)
c(
    A,
    "The Torvane Hospital Group attack is the second attack on a hospital operator in the country in 2025.",
    "The attack is the second on a hospital operator in the country this year.",
    q=[Q("other", 2, 2, "ordinal", "second")],
    d=[D(*Y2025, "this year")],
    facts={"th:second": {"quantity": qv("ordinal", 2, 2), "date": dv(*Y2025)}},
)
c(A, "Fennick Clinics is a private chain.", "Fennick Clinics, a private chain", facts={"th:fennick-private": {}})
c(
    A,
    "Fennick Clinics was hit by a ransomware attack in March 2025.",
    "Fennick Clinics, a private chain, was hit in March",
    d=[D(*MARCH, "in March")],
    facts={"th:fennick": {"date": dv(*MARCH)}},
)
c(
    A,
    "The attack on Fennick Clinics was carried out by a different group from ShadeLock, Black Tern.",
    "by a different group, Black Tern",
)
c(
    A,
    "The Department of Health has set aside €12.5m for the Torvane Hospital Group's recovery.",
    "The Department of Health has set aside €12.5m for THG's recovery",
    q=[Q("money", 12.5e6, 12.5e6, "EUR", "€12.5m")],
    facts={"th:funding": {"quantity": qv("EUR", 12.5e6, 12.5e6)}},
)
c(A, "Rosa Llewyn is an analyst at Keelhaven Security.", "Rosa Llewyn, an analyst at Keelhaven Security")
c(
    A,
    "The full cost of the Torvane Hospital Group incident, including lost hospital activity, will be €20m to €25m.",
    "estimated the full cost of the incident, including lost hospital activity, at €20m to €25m",
    NP("Rosa Llewyn", "estimated"),
    q=[Q("money", 20e6, 25e6, "EUR", "€20m to €25m")],
)
RUNS = "THG runs three hospitals with about 6,400 staff"
c(
    A,
    "The Torvane Hospital Group runs three hospitals.",
    RUNS,
    q=[Q("count", 3, 3, None, "three hospitals")],
    facts={"th:hospitals": {"quantity": qv("n", 3, 3)}},
)
c(
    A,
    "The Torvane Hospital Group has about 6,400 staff.",
    RUNS,
    q=[Q("count", 6400, 6400, None, "about 6,400 staff")],
    facts={"th:staff": {"quantity": qv("n", 6400, 6400)}},
)
c(
    A,
    "The Torvane Hospital Group's electronic patient record went live in 2021.",
    "Its electronic patient record went live in 2021",
    d=[D("2021-01-01", "2021-12-31", "2021")],
)
c(
    A,
    "Replacing its ageing network equipment was a priority for the Torvane Hospital Group.",
    "the group had said in its most recent annual report that replacing its ageing network equipment was a priority",
    ORG("THG", "had said in its most recent annual report"),
)

NOTES["th:appts-mon"] = "outpatient appointments cancelled on Monday: more than 2,300 (WNA) vs 2,100 (Torvane Herald)"
NOTES["th:ops"] = "planned operations postponed: 140 (WNA) vs 160 (Torvane Herald)"
NOTES["th:beds"] = "beds: 1,150 (WNA) vs about 1,200 (Torvane Herald)"
NOTES["th:data"] = "data ShadeLock says it stole: 700 gigabytes (WNA) vs about 680GB (Breachline)"
NOTES["th:ransom"] = "ransom demand: $4 million (WNA) vs $4.5m (Breachline), both from unnamed sources"
NOTES["th:detected"] = (
    "attack discovered: early hours of Sunday 12 Oct (WNA) / 3.40am on 12 October (Breachline) vs late on"
    " Saturday night 11 Oct (Torvane Herald)"
)
NOTES["th:claim"] = (
    "ShadeLock's leak-site listing: Monday 13 Oct (WNA) vs Tuesday 14 Oct (Breachline); Breachline's lead states"
    " the listing without a day"
)
NOTES["th:no-ransom"] = (
    "no ransom will be paid: THG chief executive Gráinne Tully (WNA) / THG (Breachline) vs Health Minister Orla"
    " Keaveney (Torvane Herald)"
)
NOTES["th:no-evidence"] = (
    "no evidence patient records were taken: the NCRA (WNA) vs THG's chief information officer Martin Esker"
    " (Breachline)"
)
NOTES["th:entry"] = (
    "how the attackers got in: a staff member opened a phishing email (Herald, hospital source) vs an outside IT"
    " supplier's remote-access account (Breachline, two people involved in the response)"
)
NOTES["th:offline"] = "took all IT systems offline (WNA) = shut down its entire network (Breachline)"
NOTES["th:funding"] = "12.5 million euros (Herald, from the minister) = €12.5m (Breachline, unattributed)"
NOTES["th:ncra-team"] = "NCRA team / specialists on site; the Herald's version is attributed to the minister"
NOTES["th:backups"] = "backups not affected (Herald) = backups not encrypted (Breachline)"

# =====================================================================
# Story B: the Markets and Competition Board fines Brightcart (November 2025)
# =====================================================================
SB = "brightcart-competition-fine-2025"
NOV5 = "2025-11-05"
JAN2019 = ("2019-01-01", "2019-01-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2020 = ("2020-01-01", "2020-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
JULY2024 = ("2024-07-01", "2024-07-31")
MARCH2023 = ("2023-03-01", "2023-03-31")
APRIL2023 = ("2023-04-01", "2023-04-30")
MCB_SAID = ORG("MCB", "The MCB said")
MCB_RULING = ORG("MCB", "ruling")

# ---------------------------------------------------------------- Northgate Press Agency (2025-11-05, Wed)
A = "fine-npa"
art(
    A,
    SB,
    [
        "For more on competition enforcement, see the NPA Regulation page",
        "(Reporting by Jonas Havel; Editing by Clare Moyne)",
    ],
)
c(
    A,
    "The Markets and Competition Board (MCB) fined Brightcart €48.6 million on 5 November 2025.",
    "The Markets and Competition Board (MCB) fined online retailer Brightcart €48.6 million on Wednesday",
    q=[Q("money", 48.6e6, 48.6e6, "EUR", "€48.6 million")],
    d=[D(NOV5, None, "on Wednesday")],
    facts={"bf:fine": {"quantity": qv("EUR", 48.6e6, 48.6e6), "date": dv(NOV5)}},
)
c(A, "Brightcart is an online retailer.", "online retailer Brightcart")
c(
    A,
    "Brightcart abused its dominant position.",
    "ruling that it had abused its dominant position",
    MCB_RULING,
    facts={"bf:abuse": {}},
)
c(
    A,
    "Brightcart pushed its own-brand goods up its search results.",
    "by pushing its own-brand goods up its search results",
    MCB_RULING,
    facts={"bf:self-pref": {}},
)
c(
    A,
    "Brightcart stopped sellers on its marketplace from offering lower prices elsewhere.",
    "by stopping sellers from offering lower prices elsewhere",
    MCB_RULING,
    facts={"bf:parity": {}},
)
c(
    A,
    "Brightcart has about 38% of online sales of non-food goods in the country.",
    "which has about 38% of online sales of non-food goods in the country",
    MCB_SAID,
    q=[pct(38, "about 38%")],
    facts={"bf:share": {"quantity": qv("%", 38, 38)}},
)
SELLERS = "had used the practices against some 14,000 independent sellers on its marketplace since January 2019"
c(
    A,
    "Brightcart used the practices against some 14,000 independent sellers on its marketplace.",
    "had used the practices against some 14,000 independent sellers on its marketplace",
    MCB_SAID,
    q=[Q("count", 14000, 14000, None, "some 14,000")],
    facts={"bf:sellers": {"quantity": qv("n", 14000, 14000)}},
)
c(
    A,
    "Brightcart has used the practices against sellers since January 2019.",
    SELLERS,
    MCB_SAID,
    d=[D(*JAN2019, "since January 2019")],
    facts={"bf:start": {"date": dv(*JAN2019)}},
)
c(
    A,
    "Brightcart's contracts with sellers contained so-called price-parity clauses.",
    "Under so-called price-parity clauses",
    DOC("the regulator's decision", "said"),
    facts={"bf:parity": {}},
)
c(
    A,
    "Under Brightcart's price-parity clauses, sellers could be demoted in Brightcart's search results if they sold"
    " the same item more cheaply on a rival website or on their own.",
    "sellers could be demoted in Brightcart's search results if they sold the same item more cheaply on a rival"
    " website or on their own",
    DOC("the regulator's decision", "said"),
    facts={"bf:demotion": {}},
)
c(
    A,
    "Brightcart Basics items appeared in the top three search results more than twice as often as comparable"
    " items from outside sellers.",
    "Brightcart Basics items appeared in the top three search results more than twice as often as comparable"
    " items from outside sellers",
    DOC("The decision", "found"),
    q=[Q("other", 3, 3, "ordinal", "three"), Q("other", 2, None, "times", "more than twice")],
)
c(
    A,
    "Online shoppers should see the best offer, not the offer that pays Brightcart most.",
    "Online shoppers should see the best offer, not the offer that pays Brightcart most",
    NP("MCB chair Anneliese Voorn", "told a news conference"),
)
c(
    A,
    "Brightcart's practices cost consumers an estimated €90 million through higher prices.",
    "the practices had cost consumers an estimated €90 million through higher prices",
    NP("Anneliese Voorn", "She said"),
    q=[Q("money", 90e6, 90e6, "EUR", "€90 million")],
    facts={"bf:harm": {"quantity": qv("EUR", 90e6, 90e6)}},
)
c(
    A,
    "Brightcart must end the remaining practices within 90 days.",
    "Brightcart must end the remaining practices within 90 days",
    ORG("MCB", "the MCB said"),
    q=[Q("other", None, 90, "days", "within 90 days")],
    facts={"bf:deadline": {"quantity": qv("days", None, 90)}},
)
c(
    A,
    "Brightcart faces daily penalties of up to €250,000 if it does not end the practices.",
    "or face daily penalties of up to €250,000",
    ORG("MCB", "the MCB said"),
    q=[Q("money", None, 250000, "EUR", "up to €250,000")],
    facts={"bf:penalty": {"quantity": qv("EUR", None, 250000)}},
)
c(
    A,
    "Brightcart will appeal against the MCB decision.",
    "Brightcart said it would appeal",
    ORG("Brightcart", "said"),
    facts={"bf:appeal": {"fact": "will appeal"}},
)
c(
    A,
    "The MCB decision misunderstands how online retail works.",
    "This decision misunderstands how online retail works",
    ORG("a company spokesperson", "said"),
)
c(
    A,
    "Brightcart removed the price-parity clauses from its contracts in July 2024.",
    "Brightcart had removed the price-parity clauses from its contracts in July 2024",
    ORG("a company spokesperson", "adding"),
    d=[D(*JULY2024, "in July 2024")],
    facts={"bf:removed": {"date": dv(*JULY2024)}},
)
c(
    A,
    "Brightcart's shares closed 3.2% lower in Lanmark on 5 November 2025.",
    "Brightcart's shares closed 3.2% lower in Lanmark",
    q=[pct(3.2, "3.2%")],
)
c(A, "ShopFair welcomed the MCB ruling against Brightcart.", "ShopFair welcomed the ruling")
c(
    A,
    "ShopFair called on the government to give the MCB powers to order compensation for shoppers.",
    "called on the government to give the MCB powers to order compensation for shoppers",
)
c(
    A,
    "The MCB opened its investigation into Brightcart in March 2023.",
    "The watchdog opened its investigation in March 2023",
    d=[D(*MARCH2023, "in March 2023")],
    facts={"bf:opened": {"date": dv(*MARCH2023)}},
)
COMPL = "after complaints from sellers and from the consumer group ShopFair"
c(A, "The MCB's investigation of Brightcart followed complaints from sellers.", COMPL)
c(
    A,
    "The MCB's investigation of Brightcart followed a complaint from ShopFair.",
    COMPL,
    facts={"bf:complaint": {}},
)
c(A, "ShopFair is a consumer group.", "the consumer group ShopFair", facts={"bf:shopfair": {}})
c(
    A,
    "Brightcart was founded in Lanmark in 2011.",
    "Brightcart, founded in Lanmark in 2011",
    d=[D("2011-01-01", "2011-12-31", "2011")],
)
c(
    A,
    "Brightcart had revenue of €2.3 billion in 2024.",
    "had revenue of €2.3 billion last year",
    q=[Q("money", 2.3e9, 2.3e9, "EUR", "€2.3 billion")],
    d=[D(*Y2024, "last year")],
)
c(
    A,
    "Brightcart employs about 4,700 people.",
    "employs about 4,700 people",
    q=[Q("count", 4700, 4700, None, "about 4,700 people")],
    facts={"bf:staff": {"quantity": qv("n", 4700, 4700)}},
)
c(
    A,
    "Brightcart's Brightcart Basics own-brand range includes more than 9,000 products.",
    "Its Brightcart Basics own-brand range includes more than 9,000 products",
    q=[Q("count", 9000, None, None, "more than 9,000 products")],
)
c(
    A,
    "Brightcart takes a commission on every sale made by outside sellers on its marketplace.",
    "The company takes a commission on every sale made by outside sellers on its marketplace",
    facts={"bf:commission": {}},
)
c(
    A,
    "The Brightcart fine is the largest the MCB has imposed on any company.",
    "The fine is the largest the MCB has imposed on any company",
    facts={"bf:largest": {}},
)
DORR = "the €31 million penalty it levied on building-materials group Dorrance in 2020"
c(
    A,
    "The MCB levied a €31 million penalty on Dorrance in 2020.",
    DORR,
    q=[Q("money", 31e6, 31e6, "EUR", "€31 million")],
    d=[D(*Y2020, "2020")],
)
c(A, "Dorrance is a building-materials group.", "building-materials group Dorrance")
c(
    A,
    "Sellers harmed by Brightcart's practices can now seek damages in the courts.",
    "Sellers harmed by the practices can now seek damages in the courts, competition lawyers said",
    AN("competition lawyers", "said"),
    facts={"bf:damages": {}},
)

# ---------------------------------------------------------------- The Lanmark Times (2025-11-06, Thu)
A = "fine-times"
art(
    A,
    SB,
    [
        "By Marta Olsen, Consumer Affairs Editor | Thursday 6 November 2025",
        "Brightcart's distribution centre at Felling Cross, on the outskirts of Lanmark. "
        "Photo: Lanmark Times/Erik Dahl",
        "Related: How to check whether an online 'deal' really is a deal",
    ],
)
WATCHDOG = ORG("the competition watchdog", "found")
c(A, "Brightcart is the country's biggest online shop.", "Brightcart, the country's biggest online shop")
c(
    A,
    "Brightcart was fined almost €49m on 5 November 2025.",
    "was fined almost €49m yesterday",
    q=[Q("money", None, 49e6, "EUR", "almost €49m")],
    d=[D(NOV5, None, "yesterday")],
    facts={"bf:fine": {"quantity": qv("EUR", None, 49e6), "date": dv(NOV5)}},
)
c(
    A,
    "Brightcart rigged its website in favour of its own products.",
    "the competition watchdog found it had rigged its website in favour of its own products",
    WATCHDOG,
    facts={"bf:self-pref": {}},
)
c(
    A,
    "Brightcart punished sellers who offered better prices elsewhere.",
    "punished sellers who offered better prices elsewhere",
    WATCHDOG,
    facts={"bf:parity": {}},
)
c(
    A,
    "The Brightcart penalty is the biggest in the MCB's history.",
    "The penalty is the biggest in the watchdog's history",
    facts={"bf:largest": {}},
)
c(A, "Brightcart is based in Lanmark.", "the Lanmark-based company")
MCB_T = ORG("The Markets and Competition Board", "said")
c(
    A,
    "Brightcart has abused its dominance of online retail since 2020.",
    "had abused its dominance of online retail since 2020",
    MCB_T,
    d=[D(*Y2020, "since 2020")],
    facts={"bf:abuse": {}, "bf:start": {"date": dv(*Y2020)}},
)
c(
    A,
    "Brightcart's abuse of dominance hurt more than 15,000 small businesses that sell through its marketplace.",
    "hurting more than 15,000 small businesses that sell through its marketplace",
    MCB_T,
    q=[Q("count", 15000, None, None, "more than 15,000")],
    facts={"bf:sellers": {"quantity": qv("n", 15000, None)}},
)
c(A, "ShopFair is a consumer group.", "ShopFair, the consumer group", facts={"bf:shopfair": {}})
c(
    A,
    "ShopFair's complaint helped start the MCB case against Brightcart.",
    "whose complaint helped start the case",
    facts={"bf:complaint": {}},
)
c(
    A,
    "Shoppers paid around 90 million euros more than they should have because of Brightcart's practices.",
    "estimates that shoppers paid around 90 million euros more than they should have",
    ORG("ShopFair", "estimates"),
    q=[Q("money", 90e6, 90e6, "EUR", "around 90 million euros")],
    facts={"bf:harm": {"quantity": qv("EUR", 90e6, 90e6)}},
)
c(
    A,
    "Brightcart shoppers were told they were getting a bargain when they were not.",
    "People were told they were getting a bargain when they weren't",
    NP("ShopFair director Kofi Mensah", "said"),
)
c(
    A,
    "The MCB ordered Brightcart to stop favouring its Brightcart Basics range in search results within 90 days.",
    "The board ordered Brightcart to stop favouring its Brightcart Basics range in search results within 90 days",
    q=[Q("other", None, 90, "days", "within 90 days")],
    facts={"bf:deadline": {"quantity": qv("days", None, 90)}},
)
c(
    A,
    "Brightcart faces daily fines of up to €250,000 if it fails to comply with the MCB order.",
    "If it fails to comply, it faces daily fines of up to €250,000",
    q=[Q("money", None, 250000, "EUR", "up to €250,000")],
    facts={"bf:penalty": {"quantity": qv("EUR", None, 250000)}},
)
c(A, "Tomas Aberlin is Brightcart's chief executive.", "Tomas Aberlin, Brightcart's chief executive")
ABERLIN = NP("Tomas Aberlin", "said in a message to staff")
c(
    A,
    "Brightcart has always played fair with sellers.",
    'the company had "always played fair" with sellers',
    ABERLIN,
)
c(
    A,
    "Brightcart will appeal against the MCB decision.",
    "would appeal against the decision",
    ABERLIN,
    facts={"bf:appeal": {"fact": "will appeal"}},
)
LIS = "Anna Lisowska, who sells handmade candles through Brightcart from a workshop in Dunmere"
c(A, "Anna Lisowska sells handmade candles through Brightcart.", LIS)
c(A, "Anna Lisowska has a workshop in Dunmere.", LIS)
c(
    A,
    "Anna Lisowska's Brightcart listings dropped to the fourth page of results in 2022.",
    "her listings dropped to the fourth page of results in 2022",
    NP("Anna Lisowska", "She said"),
    q=[Q("other", 4, 4, "ordinal", "fourth")],
    d=[D("2022-01-01", "2022-12-31", "2022")],
)
c(
    A,
    "Anna Lisowska's Brightcart listings dropped after she offered a 10% discount on her own website.",
    "after she offered a 10% discount on her own website",
    NP("Anna Lisowska", "She said"),
    q=[pct(10, "10%")],
)
c(
    A,
    "Anna Lisowska's sales fell by half overnight when her Brightcart listings dropped.",
    "Sales fell by half overnight",
    NP("Anna Lisowska", "she said"),
    q=[pct(50, "half")],
)
c(
    A,
    "Sellers can now bring claims for damages against Brightcart.",
    "Lawyers said sellers could now bring claims for damages",
    AN("Lawyers", "said"),
    facts={"bf:damages": {}},
)
c(A, "Ruth Calloway is a partner at Denholm Price.", "Ruth Calloway, a partner at Denholm Price")
c(
    A,
    "Denholm Price has been contacted by about 200 sellers since the MCB ruling on 5 November 2025.",
    "her firm had been contacted by about 200 sellers since Wednesday's ruling",
    NP("Ruth Calloway", "said"),
    q=[Q("count", 200, 200, None, "about 200 sellers")],
    d=[D(NOV5, None, "Wednesday")],
)
c(
    A,
    "Brightcart employs about 4,700 people.",
    "Brightcart employs about 4,700 people",
    q=[Q("count", 4700, 4700, None, "about 4,700 people")],
    facts={"bf:staff": {"quantity": qv("n", 4700, 4700)}},
)
c(
    A,
    "Brightcart employs 1,300 people at its distribution centre in Felling Cross.",
    "including 1,300 at its distribution centre in Felling Cross",
    q=[Q("count", 1300, 1300, None, "1,300")],
)
c(
    A,
    "Brightcart's distribution centre in Felling Cross opened in 2017.",
    "its distribution centre in Felling Cross, which opened in 2017",
    d=[D("2017-01-01", "2017-12-31", "2017")],
)
c(
    A,
    "Brightcart has fallen foul of the MCB before.",
    "It is not the first time the company has fallen foul of the watchdog",
)
c(
    A,
    "The MCB fined Brightcart €6.2m in 2021 for advertising misleading 'was' prices during its autumn sales.",
    'In 2021 the MCB fined Brightcart €6.2m for advertising misleading "was" prices during its autumn sales',
    q=[Q("money", 6.2e6, 6.2e6, "EUR", "€6.2m")],
    d=[D("2021-01-01", "2021-12-31", "2021")],
)
c(
    A,
    "Brightcart has already dropped the clauses that stopped sellers undercutting it on other sites.",
    "it had already dropped the clauses that stopped sellers undercutting it on other sites",
    ORG("Brightcart", "said"),
    facts={"bf:removed": {}},
)
c(
    A,
    "Shoppers will not see price rises as a result of the Brightcart fine.",
    "shoppers would not see price rises as a result of the fine",
    ORG("Brightcart", "said"),
)
c(
    A,
    "ShopFair is considering a collective claim for damages on behalf of Brightcart's consumers.",
    "Mensah said ShopFair was considering a collective claim for damages on behalf of consumers",
    NP("Mensah", "said"),
)

# ---------------------------------------------------------------- Shelfwise (2025-11-06, Thu)
A = "fine-shelfwise"
art(
    A,
    SB,
    [
        "Shelfwise | Marketplaces & Regulation | 6 November 2025 | By Imogen Tarrant",
        "[Image: Brightcart's seller dashboard. Credit: Shelfwise/Screenshot]",
        "Related: Self-preferencing rules: a guide for platform operators",
    ],
)
DEC = DOC("The decision", "finds")
c(
    A,
    "The Markets and Competition Board fined Brightcart €48.6m, announced on 5 November 2025.",
    "The Markets and Competition Board's €48.6m fine on Brightcart, announced on 5 November",
    q=[Q("money", 48.6e6, 48.6e6, "EUR", "€48.6m")],
    d=[D(NOV5, None, "on 5 November")],
    facts={"bf:fine": {"quantity": qv("EUR", 48.6e6, 48.6e6), "date": dv(NOV5)}},
)
c(
    A,
    "The Brightcart fine is the first time the MCB has used its abuse-of-dominance powers against a marketplace"
    " operator.",
    "is the first time the regulator has used its abuse-of-dominance powers against a marketplace operator",
)
c(
    A,
    "Brightcart held a share of about 35% of online non-food retail.",
    "Brightcart held a share of about 35% of online non-food retail",
    DEC,
    q=[pct(35, "about 35%")],
    facts={"bf:share": {"quantity": qv("%", 35, 35)}},
)
c(
    A,
    "Brightcart's share of online non-food retail was enough for a dominant position.",
    "enough for a dominant position",
    DEC,
)
COVERS = "It covers two practices from 2019 until the summer of 2024"
c(
    A,
    "The MCB decision on Brightcart covers two practices.",
    COVERS,
    DEC,
    q=[Q("count", 2, 2, None, "two practices")],
)
c(
    A,
    "The MCB decision covers Brightcart practices from 2019 until the summer of 2024.",
    COVERS,
    DEC,
    d=[D(*Y2019, "2019"), D("2024-06-01", "2024-08-31", "the summer of 2024")],
    facts={"bf:start": {"date": dv(*Y2019)}},
)
c(
    A,
    "Brightcart ranked Brightcart Basics products above comparable items from independent sellers.",
    "ranking Brightcart Basics products above comparable items from independent sellers",
    DEC,
    facts={"bf:self-pref": {}},
)
c(
    A,
    "Brightcart's seller contracts contained price-parity clauses.",
    "price-parity clauses in seller contracts",
    DEC,
    facts={"bf:parity": {}},
)
c(
    A,
    "Roughly 14,000 sellers were affected by Brightcart's practices.",
    "The decision puts the number of sellers affected at roughly 14,000",
    DOC("The decision", "puts"),
    q=[Q("count", 14000, 14000, None, "roughly 14,000")],
    facts={"bf:sellers": {"quantity": qv("n", 14000, 14000)}},
)
c(
    A,
    "The Brightcart fine is equivalent to about 2.1% of Brightcart's 2024 turnover.",
    "The fine is equivalent to about 2.1% of Brightcart's 2024 turnover",
    q=[pct(2.1, "about 2.1%")],
    d=[D(*Y2024, "2024")],
)
c(
    A,
    "Competition law allows penalties of up to 10% of annual turnover.",
    "Competition law allows penalties of up to 10% of annual turnover",
    q=[pct(10, "up to 10%", low=False)],
)
c(
    A,
    "The MCB opened its case against Brightcart in April 2023.",
    "The MCB opened its case in April 2023",
    d=[D(*APRIL2023, "in April 2023")],
    facts={"bf:opened": {"date": dv(*APRIL2023)}},
)
c(
    A,
    "The MCB carried out unannounced inspections at Brightcart's Lanmark offices in June 2023.",
    "carried out unannounced inspections at Brightcart's Lanmark offices in June 2023",
    d=[D("2023-06-01", "2023-06-30", "in June 2023")],
)
c(
    A,
    "The MCB's case team analysed more than 40 million search results to show how Brightcart Basics products were"
    " ranked.",
    "Its case team analysed more than 40 million search results to show how Brightcart Basics products were ranked",
    q=[Q("count", 40e6, None, None, "more than 40 million search results")],
)
c(
    A,
    "Petra Lindqvist chairs the Independent Online Sellers Association (IOSA).",
    "Petra Lindqvist, who chairs the Independent Online Sellers Association (IOSA)",
)
c(
    A,
    "Brightcart sellers were warned that their listings would be pushed down the results if they sold more cheaply"
    " on other sites.",
    "sellers were warned that their listings would be pushed down the results if they sold more cheaply on other sites",
    NP("Petra Lindqvist", "According to"),
    facts={"bf:demotion": {}},
)
c(
    A,
    "Brightcart charges marketplace sellers commission of between 8% and 15% of the sale price, depending on the"
    " category.",
    "Brightcart charges marketplace sellers commission of between 8% and 15% of the sale price, depending on the"
    " category",
    q=[Q("percent", 8, 15, "%", "between 8% and 15%")],
    facts={"bf:commission": {}},
)
c(
    A,
    "IOSA members pay a combined €310m a year in fees to Brightcart.",
    "IOSA members pay a combined €310m a year in fees to the platform, Lindqvist said",
    NP("Lindqvist", "said"),
    q=[Q("money", 310e6, 310e6, "EUR", "€310m a year")],
)
c(
    A,
    "Brightcart has been given up to 90 days to change how its search ranking treats own-brand goods.",
    "Brightcart has been given up to 90 days to change how its search ranking treats own-brand goods",
    q=[Q("other", None, 90, "days", "up to 90 days")],
    facts={"bf:deadline": {"quantity": qv("days", None, 90)}},
)
c(
    A,
    "Brightcart dropped the price-parity clauses in 2024.",
    "It dropped the parity clauses last year",
    d=[D(*Y2024, "last year")],
    facts={"bf:removed": {"date": dv(*Y2024)}},
)
SPOKES = ORG("A Brightcart spokesperson", "said")
c(
    A,
    "Brightcart is studying the MCB decision carefully.",
    'the company was "studying the decision carefully"',
    SPOKES,
)
c(
    A,
    "Brightcart has not yet decided whether to appeal against the MCB decision.",
    "had not yet decided whether to appeal",
    SPOKES,
    facts={"bf:appeal": {"fact": "has not decided whether to appeal"}},
)
c(
    A,
    "Brightcart has two months to lodge an appeal with the Competition Appeals Tribunal.",
    "It has two months to lodge an appeal with the Competition Appeals Tribunal",
    q=[Q("other", 2, 2, "months", "two months")],
)
c(A, "Lawyers expect follow-on damages claims against Brightcart.", "Lawyers expect follow-on damages claims")
c(
    A,
    "Every seller who was demoted by Brightcart now has a legal case.",
    "Every seller who was demoted now has a case",
    NP("Jakob Rehn", "said"),
    facts={"bf:damages": {}},
)
c(A, "Jakob Rehn is a competition partner at Falk Osterberg.", "Jakob Rehn, a competition partner at Falk Osterberg")
RIVALS = "Kettleby and Marketline, the next two largest marketplaces"
c(
    A,
    "Kettleby is one of the two largest marketplaces after Brightcart.",
    RIVALS,
    q=[Q("count", 2, 2, None, "two largest marketplaces")],
)
c(
    A,
    "Marketline is one of the two largest marketplaces after Brightcart.",
    RIVALS,
    q=[Q("count", 2, 2, None, "two largest marketplaces")],
)
OWNBRAND = (
    "Kettleby and Marketline, the next two largest marketplaces, both sell own-brand goods alongside listings from"
    " outside sellers"
)
c(A, "Kettleby sells own-brand goods alongside listings from outside sellers.", OWNBRAND)
c(A, "Marketline sells own-brand goods alongside listings from outside sellers.", OWNBRAND)
c(
    A,
    "The MCB will monitor the marketplace sector closely.",
    'the MCB said in its decision that it would "monitor the sector closely"',
    ORG("MCB", "said in its decision"),
)
c(
    A,
    "Marketplace operators should review their ranking algorithms and seller contracts now.",
    "Operators should review their ranking algorithms and seller contracts now",
    NP("Rehn", "said"),
)

NOTES["bf:fine"] = "fine: €48.6 million (NPA) / €48.6m (Shelfwise) vs almost €49m (Lanmark Times): point vs bound"
NOTES["bf:sellers"] = (
    "sellers affected: some 14,000 (NPA) / roughly 14,000 (Shelfwise) vs more than 15,000 (Lanmark Times)"
)
NOTES["bf:share"] = "Brightcart's share of online non-food sales: about 38% (NPA) vs about 35% (Shelfwise)"
NOTES["bf:start"] = (
    "start of the infringement: since January 2019 (NPA) / from 2019 (Shelfwise) vs since 2020 (Lanmark Times)"
)
NOTES["bf:opened"] = "investigation opened: March 2023 (NPA) vs April 2023 (Shelfwise)"
NOTES["bf:harm"] = (
    "€90 million cost to consumers: MCB chair Anneliese Voorn (NPA) vs the consumer group ShopFair (Lanmark Times)"
)
NOTES["bf:demotion"] = (
    "sellers demoted for cheaper prices elsewhere: the regulator's decision (NPA) vs IOSA chair Petra Lindqvist"
    " (Shelfwise)"
)
NOTES["bf:appeal"] = (
    "appeal: Brightcart will appeal (NPA, Brightcart; Lanmark Times, chief executive Tomas Aberlin) vs has not yet"
    " decided whether to appeal (Shelfwise, a Brightcart spokesperson)"
)
NOTES["bf:removed"] = "parity clauses dropped: July 2024 (NPA), last year (Shelfwise), no date (Lanmark Times)"
NOTES["bf:deadline"] = (
    "90 days to end the practices: 'within 90 days' and 'up to 90 days' both set only the upper bound"
)
NOTES["bf:parity"] = (
    "price-parity practice: stopping sellers offering lower prices elsewhere / so-called price-parity clauses (NPA),"
    " punishing sellers who offered better prices elsewhere (Lanmark Times), parity clauses in seller contracts"
    " (Shelfwise)"
)
NOTES["bf:damages"] = (
    "sellers can seek damages (NPA, Lanmark Times: unnamed lawyers) = every demoted seller now has a case (Shelfwise,"
    " Jakob Rehn)"
)

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
