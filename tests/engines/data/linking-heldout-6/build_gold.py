"""Gold for the sixth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-6/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-6/gold.json

Two invented stories of kinds the earlier corpora do not cover (a wildfire in the invented province of
Corvasco in the invented country of Lusandria during a record heatwave: the fire's start and spread, area burned,
evacuations of a town and villages, deaths, destroyed homes, firefighters and aircraft, the cause, a state of
calamity and emergency aid, and the insured-loss estimate; a container ship that lost power and hit a quay at the
invented port of Vastrand in the invented country of Vellmark: a toppled crane, a fire on board, injured people, a
fuel spill reaching a beach, the channel closure and reopening, ships waiting at anchor, the pilot, the cause,
repairs and the investigation), each covered by three invented outlets (wire, national/local paper, specialist
site), written and annotated by hand without looking at or running any engine on them.
First run of the engines on it (2026-11-29, code at 7d839d9; nothing was changed after
reading its output, and its misses were not looked at): extraction recall 0.749, precision 0.851, 13 noise
claims, dates 0.938, quantities 0.775; links end to end precision 0.836, recall 0.577, relation accuracy 0.982,
conflicts with the right field 11/25; links on the gold claims precision 0.821, recall 0.798, conflicts 18/29.
(The code at the start of that session, fed154f: extraction recall 0.745, precision 0.850; end to end precision
0.849, recall 0.577, conflicts 11/25; gold claims the same.)

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-5/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The helpers (c, art, qv, qm, dv, check) are
defined in this file; only the shared dev-corpus goldlib.py is imported.

`c(...)` copies the claim's canonicalised attribution (spokespeople and officials count as their organisation:
the NCPA's statements and figures count as the NCPA; fire chief Rui Esteva counts as the Corvasco Fire Service;
Interior Minister Tomas Velard counts as the Interior Ministry; port authority spokeswoman Liv Ancker and director
Erik Norrell count as the Vastrand Port Authority; chief inspector Harald Brekke counts as the MSIO; Mona Sandvik
counts as Eastquay Terminals; unnamed or missing sources give nothing) into each of its fact values, so that an
attribution conflict is derived whenever two linked claims name different sources. Independent experts (the fire
ecologist Alma Ferrante, the analyst Ilse Varga) speak for themselves.

Quantities and dates: each claim records only the quantities and dates it states itself, even when it shares
its span with other claims split from the same sentence. check() requires every number and calendar word in a
span to be recorded by a claim whose span covers it, every span to occur exactly once in its body and outside the
noise, weekday and day-month date texts to agree with the dates recorded for them, claim texts to carry no
relative dates, every fact key to be shared by at least two articles, and it compares the derived conflicts with
the planned ones listed below. Areas are `other` quantities in "ha" (and "acres"), distances in "km", wind speeds
in "km/h", temperatures in "degC", the fire's speed in km (the fact value in "km/h"), fuel in "tonnes", ship
length in "m", ship capacity and port throughput in "TEU", durations in "years", "months" and "hours", ages in
"years", ordinals in "ordinal", multipliers ("more than double", "more than twice") in "times"; "two-fifths" is
40 per cent. "Capped at" sets only the high bound. "Since Sunday" is recorded as that Sunday; "until at least
Thursday" as that Thursday; "the weekend" as the coming Saturday and Sunday; "last weekend" as the previous
Saturday and Sunday; "this summer" as June-August. "A7" (a motorway's name) is not a number. Editorial
evaluation with nothing checkable in it (CatRisk Monitor's "What it means" paragraph) yields no claims. Page
furniture is noise: bylines and datelines with time stamps, share bars, subheads, photo and chart captions,
newsletter, app and author boxes, "Live", "Read more", "READ MORE", "Related" and "Related coverage" lines. The
wire datelines ("ARDENA, Lusandria, July 13 (CPA) -") are skipped as datelines, and the dates on which a source
spoke ("officials said on Monday", "said on Wednesday") are recorded only where the span includes them.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  wildfire  quantity: area burned by the evening/night of 12 July (8,400 hectares / 8,400ha vs 9,400 hectares),
            people evacuated (some 31,000 / around 31,000 vs about 35,000), firefighters (around 1,200 / some 1,200
            vs more than 1,500), the record temperature in Ardena on 10 July (44.6C / 44.6 degrees Celsius vs
            44.8C), the age of the dead firefighter Marco Ilves (34 vs 36);
            date: the start of the fire (Saturday afternoon 11 July / 11 July vs Friday evening 10 July), the
            evacuation order for Valdeira (early on Sunday 12 July / on Sunday vs Monday 13 July);
            attribution: the fire probably started by a harvester / farm machinery (fire chief Rui Esteva, i.e. the
            Corvasco Fire Service, vs Interior Minister Tomas Velard; CatRisk's unnamed "investigators" give no
            conflict), the worst fire in Corvasco since 2017 (the NCPA vs fire ecologist Alma Ferrante);
            fact: how Marco Ilves died (killed when flames overran his fire engine vs collapsed with a heart attack;
            CatRisk's "including a firefighter" links with both)
  port      quantity: people injured (seven / Seven vs Six), fuel oil spilled (About 120 tonnes / Some 120 tonnes
            vs Some 200 tonnes), ships waiting at anchor on Monday 21 September (27 vessels / 27 ships vs 32
            ships);
            date: the year the Talvara Horizon was built (2015 vs 2016), the reopening of the main channel (Tuesday
            morning 22 September vs Wednesday 23 September);
            attribution: the total loss of power before the impact (port authority spokeswoman Liv Ancker, i.e. the
            Vastrand Port Authority, vs MSIO chief inspector Harald Brekke; the Courier's unnamed crew members give
            no conflict), repairs taking at least six months (Eastquay Terminals' chief executive Mona Sandvik vs
            the port authority's director Erik Norrell);
            fact: the pilot (a harbour pilot on the bridge / a pilot on board vs no pilot on board), where the fire
            started (among containers stacked on deck vs in the engine room; the Courier's "a fire broke out on
            board" links with both)
  Look-alikes that must not be linked: wildfire - 14 water-bombing aircraft vs the 14 people treated in hospital
  (CPA); the four aircraft from Veskia vs the fire advancing four kilometres / 4km an hour; the 24,000 residents of
  Valdeira vs the 31,000/35,000 evacuated; the 8,400/9,400 hectares vs the 12,000 hectares of the 2017 fire vs
  almost / close to 60,000 hectares burned in 2025; the dozen villages vs the 12,000 hectares; the 44.6C record vs
  temperatures staying above 40C vs Ardena some 40 km north of Valdeira; €50m / €50 million of emergency aid vs the
  €25m cap on
  Aurelian Mutual's net loss vs the €180m-€250m insured-loss estimate; payments of up to €10,000 per family vs
  the 3,140 claims and the 4,000 to 5,000 expected; at least 140 homes destroyed vs around 380 damaged; the
  evacuation order for Valdeira vs its residents all leaving (Herald) / its entire population evacuated
  (CatRisk), which are linked with each other but not with the order; Velard's visit on 14 July vs the state of
  calamity declared on 14 July; the fire out of control on 13 July (Herald) vs contained on the night of 15 July
  (CatRisk); the winds of up to 70 km/h forecast for 13-14 July vs the heat not breaking before the weekend;
  police not opening a criminal investigation (CPA) vs "no indication of arson" (Velard, Herald); the worst fire
  since 2017 vs the 2017 fire's 12,000 hectares; the 2025 area vs "more than double/twice the ten-year average";
  the 300 more seasonal firefighters requested vs the firefighters deployed; the 71-year-old man vs Ana
  Lindmar, 63.
  Port - seven injured (NWS, STJ) vs the terminal now having seven cranes (Courier); two seriously injured vs two
  dockworkers still in hospital on 24 September (STJ); 120 tonnes of fuel vs some 120 species of birds at
  Skarholm; 3 km / three kilometres of booms vs the three people killed in
  Korsund in 2009 vs 3.1 million TEU; the 14,000 TEU capacity vs the about 9,900 containers on board; around 40
  per cent / two-fifths of Vastrand's traffic vs Eastquay's 1.2m TEU; the Talvara Horizon built in 2016 (STJ) vs
  Eastquay opened in 2016 (Courier); Brannvik's shares falling 4.5% on 21 September (NWS) vs having lost 7% since
  the accident (STJ); Eastquay closed vs the main channel closed / reopened; the fire under control by
  mid-morning (NWS) vs extinguished after about nine hours; the 366-metre length vs the rule for ships longer than
  300 metres; the coast guard's booms vs the 85 tonnes it recovered; Talvara cooperating (NWS, STJ) vs not
  responding to the Courier; the MSIO's investigation vs the union's call for an independent inquiry; the repairs
  taking at least six months vs the €12 million price of a new crane.
"""

import datetime
import re
import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent


def _goldlib_dir():
    for p in [BASE, *BASE.parents]:
        cand = p / "shared" / "dev-corpus" / "goldlib.py"
        if cand.exists():
            return cand.parent
    raise SystemExit("cannot find shared/dev-corpus/goldlib.py above " + str(BASE))


sys.path.insert(0, str(_goldlib_dir()))
sys.path.insert(0, str(BASE.parent))
import goldlib  # noqa: E402
from goldlib import AN, DOC, NP, ORG, D, Q  # noqa: E402
from heldout_gold import dv, qm, qv  # noqa: E402 (the fact values the other held-out corpora write)

# canonical source used to compare attributions of linked claims
CANON = {
    # wildfire story
    "National Civil Protection Agency": "NCPA",
    "NCPA": "NCPA",
    "NCPA figures": "NCPA",
    "Rui Esteva": "Corvasco Fire Service",
    "Esteva": "Corvasco Fire Service",
    "Corvasco Fire Service": "Corvasco Fire Service",
    "Tomas Velard": "Interior Ministry",
    "Velard": "Interior Ministry",
    "Lusandrian Meteorological Institute": "LMI",
    "Alma Ferrante": "Alma Ferrante",
    "Ferrante": "Alma Ferrante",
    "Stratum Risk Analytics": "Stratum",
    "Stratum": "Stratum",
    "Lusandrian Insurers' Association": "LIA",
    # port story
    "Vastrand Port Authority": "VPA",
    "the port authority": "VPA",
    "Liv Ancker": "VPA",
    "Ancker": "VPA",
    "Erik Norrell": "VPA",
    "Maritime Safety Investigation Office": "MSIO",
    "Harald Brekke": "MSIO",
    "Brekke": "MSIO",
    "Talvara Shipping Lines": "Talvara",
    "Talvara": "Talvara",
    "Mona Sandvik": "Eastquay Terminals",
}

_COUNTER = {}
_FACTS = {}  # claim id -> fact keys (for check())


def U(cue=None):
    return goldlib.U(cue)


def _canon(att):
    if att["type"] in ("unattributed", "anonymous") or not att["source"]:
        return None
    if att["source"] not in CANON:
        raise KeyError("no canonical source for {!r}".format(att["source"]))
    return CANON[att["source"]]


def c(slug, text, span, att=None, q=(), d=(), facts=None):
    n = _COUNTER[slug] = _COUNTER.get(slug, 0) + 1
    att = att or U()
    fv = {}
    if facts:
        canon = _canon(att)
        for key, val in facts.items():
            val = dict(val or {})
            if canon is not None:
                val.setdefault("attribution", canon)
            fv[key] = val
    cid = goldlib.claim(slug, n, text, span, att, q, d, fv)
    _FACTS[cid] = sorted(fv)
    return cid


def art(slug, story, noise):
    return goldlib.article(slug, f"articles/{story}/{slug}.txt", story, noise, base=str(BASE))


NOTES = {}

# =====================================================================
# Story A: the Pelmar wildfire in Corvasco, Lusandria (July 2026)
# =====================================================================
SA = "pelmar-wildfire-2026"
FRI10 = "2026-07-10"
SAT11 = "2026-07-11"
SUN12 = "2026-07-12"
MON13 = "2026-07-13"
TUE14 = "2026-07-14"
WED15 = "2026-07-15"
THU16 = "2026-07-16"
LAST_WEEKEND = ("2026-07-11", "2026-07-12")  # CatRisk, Fri 17 July
LAST_WEEK_CR = ("2026-07-06", "2026-07-12")  # CatRisk, Fri 17 July
NEXT_WEEKEND = ("2026-07-18", "2026-07-19")  # Herald, Tue 14 July
MAR26 = ("2026-03-01", "2026-03-31")
SUMMER26 = ("2026-06-01", "2026-08-31")
Y2017 = ("2017-01-01", "2017-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
NCPA = ORG("National Civil Protection Agency", "said")
NCPA_AGENCY = ORG("National Civil Protection Agency", "the agency said")
LMI = "Lusandrian Meteorological Institute"

# ---------------------------------------------------------------- Continental Press Agency (2026-07-13, Mon)
A = "fire-cpa"
art(
    A,
    SA,
    [
        "By Elena Marsh | Published 13 July 2026, 08:05 CET | Updated 13 July 2026, 14:30 CET",
        "[Image: A firefighting plane drops water over the Sarnel Hills near Pelmar on Sunday. CPA/Rafael Dunn]",
        "(Reporting by Elena Marsh in Ardena and Tobias Reyn in Valdeira; Editing by Jonas Hale)",
        "Related coverage: Heatwave map: where temperatures will peak this week",
        "Get CPA Breaking News alerts on your phone: download the CPA app.",
    ],
)
c(
    A,
    "A wildfire in Lusandria's Corvasco province has forced some 31,000 people from their homes.",
    "has forced some 31,000 people from their homes in the southern Lusandrian province of Corvasco",
    AN(None, "officials said"),
    q=[Q("count", 31000, 31000, None, "some 31,000 people")],
    facts={"fire:evacuated": {"quantity": qv("n", 31000, 31000)}},
)
c(A, "Corvasco is a province in southern Lusandria.", "the southern Lusandrian province of Corvasco")
c(
    A,
    "The Corvasco wildfire was fanned by record heat and strong winds.",
    "A wildfire fanned by record heat and strong winds",
)
FF = "around 1,200 firefighters battled the flames for a third day"
c(
    A,
    "Around 1,200 firefighters were battling the Corvasco wildfire on 13 July 2026.",
    FF,
    q=[Q("count", 1200, 1200, None, "around 1,200 firefighters")],
    facts={"fire:firefighters": {"quantity": qv("n", 1200, 1200)}},
)
c(A, "13 July 2026 was the third day of the Corvasco wildfire.", FF, q=[Q("other", 3, 3, "ordinal", "third")])
c(
    A,
    "The Corvasco wildfire broke out on the afternoon of 11 July 2026 near the village of Pelmar in the Sarnel Hills.",
    "The fire broke out on Saturday afternoon near the village of Pelmar in the Sarnel Hills",
    NCPA,
    d=[D(SAT11, None, "on Saturday afternoon")],
    facts={"fire:start": {"date": dv(SAT11)}},
)
c(
    A,
    "By the evening of 12 July 2026 the Corvasco wildfire had burned 8,400 hectares of pine forest and farmland.",
    "by Sunday evening had burned 8,400 hectares of pine forest and farmland",
    NCPA,
    q=[Q("other", 8400, 8400, "ha", "8,400 hectares")],
    d=[D(SUN12, None, "by Sunday evening")],
    facts={"fire:area": {"quantity": qv("ha", 8400, 8400), "date": dv(SUN12)}},
)
c(
    A,
    "Two people have died in the Corvasco wildfire.",
    "Two people have died",
    q=[Q("count", 2, 2, None, "Two people")],
    facts={"fire:deaths": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "A 71-year-old man was found dead in his car on a road outside the village of Orvito on the morning of 12 July"
    " 2026.",
    "A 71-year-old man was found dead in his car on a road outside the village of Orvito on Sunday morning",
    NCPA_AGENCY,
    q=[Q("other", 71, 71, "years", "71-year-old")],
    d=[D(SUN12, None, "on Sunday morning")],
    facts={"fire:man71": {"quantity": qv("years", 71, 71)}},
)
c(
    A,
    "Firefighter Marco Ilves was killed when flames overran his fire engine near Casmaro.",
    "a firefighter, Marco Ilves, 34, was killed when flames overran his fire engine near Casmaro",
    NCPA_AGENCY,
    facts={"fire:ilves-death": {"fact": "killed when flames overran his fire engine"}},
)
c(
    A,
    "Marco Ilves was 34 years old.",
    "Marco Ilves, 34",
    q=[Q("other", 34, 34, "years", "34")],
    facts={"fire:ilves-age": {"quantity": qv("years", 34, 34)}},
)
c(
    A,
    "Fourteen people have been treated in hospital because of the Corvasco wildfire, most of them for smoke"
    " inhalation.",
    "Fourteen people have been treated in hospital, most of them for smoke inhalation",
    q=[Q("count", 14, 14, None, "Fourteen people")],
)
c(
    A,
    "The authorities ordered the full evacuation of Valdeira early on 12 July 2026.",
    "Authorities ordered the full evacuation of Valdeira, a town of about 24,000 people, early on Sunday",
    d=[D(SUN12, None, "early on Sunday")],
    facts={"fire:valdeira-order": {"date": dv(SUN12)}},
)
c(
    A,
    "Valdeira is a town of about 24,000 people.",
    "Valdeira, a town of about 24,000 people",
    q=[Q("count", 24000, 24000, None, "about 24,000 people")],
    facts={"fire:valdeira-pop": {"quantity": qv("n", 24000, 24000)}},
)
c(
    A,
    "On 12 July 2026 the front of the Corvasco wildfire came within three kilometres of Valdeira's outskirts.",
    "as the fire front came within three kilometres of its outskirts",
    q=[Q("other", None, 3, "km", "within three kilometres")],
)
c(
    A,
    "Valdeira's residents were taken by bus to sports halls and schools in Ardena.",
    "Residents were taken by bus to sports halls and schools in Ardena",
)
c(
    A,
    "Ardena is the capital of Corvasco province.",
    "Ardena, the provincial capital",
    facts={"fire:ardena-capital": {}},
)
c(A, "Ardena lies some 40 km north of Valdeira.", "some 40 km to the north", q=[Q("other", 40, 40, "km", "some 40 km")])
ESTEVA = NP("Rui Esteva", "told reporters")
c(
    A,
    "Corvasco's firefighters have never seen a fire move as fast in the province as the Corvasco wildfire.",
    "We have never seen a fire move this fast in this province",
    ESTEVA,
)
c(
    A,
    "In places the Corvasco wildfire advanced four kilometres in an hour.",
    "In places it advanced four kilometres in an hour",
    ESTEVA,
    q=[Q("other", 4, 4, "km", "four kilometres")],
    facts={"fire:speed": {"quantity": qv("km/h", 4, 4)}},
)
c(
    A,
    "The Corvasco wildfire had probably been started by sparks from a combine harvester working a wheat field near"
    " Pelmar.",
    "the fire had probably been started by sparks from a combine harvester working a wheat field near Pelmar",
    NP("Esteva", "said"),
    facts={"fire:cause": {}},
)
c(
    A,
    "Police have not opened a criminal investigation into the Corvasco wildfire.",
    "Police have not opened a criminal investigation",
)
c(
    A,
    "The Corvasco wildfire is the worst to hit Corvasco since 2017.",
    "The blaze is the worst to hit Corvasco since 2017",
    ORG("NCPA", "according to"),
    d=[D(*Y2017, "2017")],
    facts={"fire:worst-since": {"date": dv(*Y2017)}},
)
c(
    A,
    "A fire in Corvasco in 2017 burned some 12,000 hectares around Ardena.",
    "when a fire burned some 12,000 hectares around Ardena",
    ORG("NCPA", "according to"),
    q=[Q("other", 12000, 12000, "ha", "some 12,000 hectares")],
    facts={"fire:2017-fire": {"quantity": qv("ha", 12000, 12000)}},
)
c(
    A,
    "At least 140 homes have been destroyed by the Corvasco wildfire.",
    "At least 140 homes have been destroyed",
    NCPA_AGENCY,
    q=[Q("count", 140, None, None, "At least 140 homes")],
    facts={"fire:homes": {"quantity": qv("n", 140, None)}},
)
c(
    A,
    "The A7 motorway between Ardena and the coast has been closed since 12 July 2026.",
    "The A7 motorway between Ardena and the coast has been closed since Sunday",
    d=[D(SUN12, None, "since Sunday")],
    facts={"fire:a7": {}},
)
c(
    A,
    "Fourteen water-bombing aircraft were fighting the Corvasco wildfire on 13 July 2026.",
    "Fourteen water-bombing aircraft, four of them sent by neighbouring Veskia under a mutual aid agreement, were in"
    " action on Monday",
    q=[Q("count", 14, 14, None, "Fourteen water-bombing aircraft")],
    d=[D(MON13, None, "on Monday")],
    facts={"fire:aircraft": {"quantity": qv("n", 14, 14)}},
)
c(
    A,
    "Four of the water-bombing aircraft fighting the Corvasco wildfire were sent by Veskia under a mutual aid"
    " agreement.",
    "four of them sent by neighbouring Veskia under a mutual aid agreement",
    q=[Q("count", 4, 4, None, "four of them")],
    facts={"fire:veskia": {"quantity": qv("n", 4, 4)}},
)
c(A, "Veskia neighbours Lusandria.", "neighbouring Veskia")
LMI_ACC = ORG(LMI, "according to")
c(
    A,
    "A heatwave pushed temperatures in Ardena to 44.6C on 10 July 2026.",
    "a heatwave that pushed temperatures to 44.6C in Ardena on Friday",
    LMI_ACC,
    q=[Q("other", 44.6, 44.6, "degC", "44.6C")],
    d=[D(FRI10, None, "on Friday")],
    facts={"fire:record-temp": {"quantity": qv("degC", 44.6, 44.6), "date": dv(FRI10)}},
)
c(
    A,
    "The 44.6C reached in Ardena on 10 July 2026 was a national record for Lusandria.",
    "a national record",
    LMI_ACC,
    facts={"fire:national-record": {}},
)
c(A, "The Corvasco wildfire followed a heatwave.", "The fire follows a heatwave", facts={"fire:followed-heat": {}})
c(
    A,
    "The Lusandrian Meteorological Institute forecast winds gusting up to 70 km/h on 13 and 14 July 2026.",
    "The institute forecast winds gusting up to 70 km/h on Monday and Tuesday",
    ORG(LMI, "forecast"),
    q=[Q("other", None, 70, "km/h", "up to 70 km/h")],
    d=[D(MON13, TUE14, "on Monday and Tuesday")],
    facts={"fire:wind-forecast": {"quantity": qv("km/h", None, 70), "date": dv(MON13, TUE14)}},
)
c(
    A,
    "Temperatures in Corvasco would stay above 40C until at least 16 July 2026.",
    "temperatures would stay above 40C until at least Thursday",
    ORG(LMI, "said"),
    q=[Q("other", 40, None, "degC", "above 40C")],
    d=[D(THU16, None, "until at least Thursday")],
)
VELARD = NP("Tomas Velard", "said")
c(
    A,
    "The Lusandrian government would declare a state of calamity in Corvasco.",
    "the government would declare a state of calamity in Corvasco",
    VELARD,
    facts={"fire:calamity": {}},
)
c(A, "A state of calamity frees up emergency funds.", "which frees up emergency funds", VELARD)
c(
    A,
    "Interior Minister Tomas Velard would visit the Corvasco fire area on 14 July 2026.",
    "he would visit the area on Tuesday",
    VELARD,
    d=[D(TUE14, None, "on Tuesday")],
    facts={"fire:velard-visit": {"date": dv(TUE14)}},
)
c(
    A,
    "Lusandria has suffered increasingly severe fire seasons.",
    "Lusandria has suffered increasingly severe fire seasons",
)
NCPA_FIG = DOC("NCPA figures", "show")
c(
    A,
    "Almost 60,000 hectares burned in Lusandria in 2025.",
    "Almost 60,000 hectares burned in the country last year",
    NCPA_FIG,
    q=[Q("other", None, 60000, "ha", "Almost 60,000 hectares")],
    d=[D(*Y2025, "last year")],
    facts={"fire:2025-area": {"quantity": qv("ha", None, 60000)}},
)
c(
    A,
    "The area burned in Lusandria in 2025 was more than double the 10-year average.",
    "more than double the 10-year average",
    NCPA_FIG,
    q=[Q("other", 2, None, "times", "more than double"), Q("other", 10, 10, "years", "10-year")],
    facts={"fire:2025-double": {"quantity": qv("times", 2, None)}},
)

# ---------------------------------------------------------------- The Lusandrian Herald (2026-07-14, Tue)
A = "fire-herald"
art(
    A,
    SA,
    [
        "By Marta Quell in Valdeira and Nils Arrenberg | Tuesday 14 July 2026, 06:10 | Updated 07:45",
        "Share: Facebook | X | WhatsApp | Email",
        "[Image: Residents of Valdeira board buses for Ardena on Sunday. Photo: Lusandrian Herald/Pia Sandell]",
        "Live: follow our rolling coverage of the Corvasco fires.",
        "The Morning Herald: the day's essential news, in your inbox by 7am. Sign up free.",
        "Read more: Why Lusandria's fires are getting bigger",
        "Read more: How to help the evacuees of Valdeira",
    ],
)
c(A, "Valdeira stood empty on 13 July 2026.", "Valdeira stood empty yesterday", d=[D(MON13, None, "yesterday")])
c(
    A,
    "Valdeira has 24,000 residents.",
    "All 24,000 of its residents",
    q=[Q("count", 24000, 24000, None, "24,000")],
    facts={"fire:valdeira-pop": {"quantity": qv("n", 24000, 24000)}},
)
c(
    A,
    "All of Valdeira's residents left the town on 12 July 2026.",
    "All 24,000 of its residents left on Sunday",
    d=[D(SUN12, None, "on Sunday")],
    facts={"fire:valdeira-all": {}},
)
c(
    A,
    "The authorities ordered Valdeira evacuated on 12 July 2026.",
    "left on Sunday, when the authorities ordered the town evacuated",
    d=[D(SUN12, None, "on Sunday")],
    facts={"fire:valdeira-order": {"date": dv(SUN12)}},
)
c(A, "The Pelmar fire crept down the hills towards Valdeira.", "as the Pelmar fire crept down the hills towards it")
LINDMAR = NP("Ana Lindmar", "said")
c(A, "To evacuee Ana Lindmar, it was like the sky was on fire.", "It was like the sky was on fire", LINDMAR)
c(
    A,
    "Ana Lindmar took only her dog, her papers and her photographs when she left Valdeira.",
    "We took the dog, the papers and the photographs, and that was all",
    LINDMAR,
)
c(A, "Ana Lindmar is 63 years old.", "Ana Lindmar, 63", q=[Q("other", 63, 63, "years", "63")])
c(A, "Ana Lindmar is a retired teacher.", "a retired teacher")
c(
    A,
    "Ana Lindmar had spent a second night on a camp bed at a sports hall in Ardena.",
    "at a sports hall in Ardena, the regional capital, where she had spent a second night on a camp bed",
    q=[Q("other", 2, 2, "ordinal", "second night")],
)
c(A, "Ardena is the regional capital of Corvasco.", "Ardena, the regional capital", facts={"fire:ardena-capital": {}})
EVAC = "Around 31,000 people have been evacuated from Valdeira and a dozen villages in the province"
NCPA_ACC = ORG("National Civil Protection Agency", "according to")
c(
    A,
    "Around 31,000 people have been evacuated from Valdeira and villages in Corvasco province.",
    EVAC,
    NCPA_ACC,
    q=[Q("count", 31000, 31000, None, "Around 31,000 people")],
    facts={"fire:evacuated": {"quantity": qv("n", 31000, 31000)}},
)
c(
    A,
    "People have been evacuated from a dozen villages in Corvasco province.",
    EVAC,
    NCPA_ACC,
    q=[Q("count", 12, 12, None, "a dozen villages")],
)
c(
    A,
    "The Corvasco wildfire started near Pelmar on the evening of 10 July 2026.",
    "The fire, which started near Pelmar on Friday evening",
    NCPA_AGENCY,
    d=[D(FRI10, None, "on Friday evening")],
    facts={"fire:start": {"date": dv(FRI10)}},
)
c(
    A,
    "By the night of 12 July 2026 the Corvasco wildfire had burned 9,400 hectares.",
    "had burned 9,400 hectares by Sunday night",
    NCPA_AGENCY,
    q=[Q("other", 9400, 9400, "ha", "9,400 hectares")],
    d=[D(SUN12, None, "by Sunday night")],
    facts={"fire:area": {"quantity": qv("ha", 9400, 9400), "date": dv(SUN12)}},
)
c(
    A,
    "The Corvasco wildfire was still out of control on 13 July 2026.",
    "was still out of control yesterday",
    NCPA_AGENCY,
    d=[D(MON13, None, "yesterday")],
)
FORCES = (
    "More than 1,500 firefighters, backed by 400 soldiers and fourteen planes and helicopters - including four from"
    " Veskia - were fighting it"
)
c(
    A,
    "More than 1,500 firefighters were fighting the Corvasco wildfire.",
    FORCES,
    q=[Q("count", 1500, None, None, "More than 1,500 firefighters")],
    facts={"fire:firefighters": {"quantity": qv("n", 1500, None)}},
)
c(
    A,
    "400 soldiers were backing the firefighters fighting the Corvasco wildfire.",
    FORCES,
    q=[Q("count", 400, 400, None, "400 soldiers")],
)
c(
    A,
    "Fourteen planes and helicopters were fighting the Corvasco wildfire.",
    FORCES,
    q=[Q("count", 14, 14, None, "fourteen planes and helicopters")],
    facts={"fire:aircraft": {"quantity": qv("n", 14, 14)}},
)
c(
    A,
    "Four of the aircraft fighting the Corvasco wildfire came from Veskia.",
    "including four from Veskia",
    q=[Q("count", 4, 4, None, "four from Veskia")],
    facts={"fire:veskia": {"quantity": qv("n", 4, 4)}},
)
c(
    A,
    "Two people have been killed by the Corvasco wildfire.",
    "Two people have been killed",
    q=[Q("count", 2, 2, None, "Two people")],
    facts={"fire:deaths": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "A 71-year-old man who tried to flee Orvito by car was killed by the Corvasco wildfire.",
    "a 71-year-old man who tried to flee Orvito by car",
    q=[Q("other", 71, 71, "years", "71-year-old")],
    facts={"fire:man71": {"quantity": qv("years", 71, 71)}},
)
ILVES = "Marco Ilves, a 36-year-old firefighter from Ardena"
c(
    A,
    "Marco Ilves was 36 years old.",
    ILVES,
    q=[Q("other", 36, 36, "years", "36-year-old")],
    facts={"fire:ilves-age": {"quantity": qv("years", 36, 36)}},
)
c(A, "Marco Ilves was a firefighter from Ardena.", ILVES)
c(
    A,
    "Firefighter Marco Ilves died after collapsing with a heart attack while fighting the flames near Casmaro on 12"
    " July 2026.",
    "who collapsed with a heart attack while fighting the flames near Casmaro on Sunday",
    d=[D(SUN12, None, "on Sunday")],
    facts={"fire:ilves-death": {"fact": "died of a heart attack"}},
)
c(
    A,
    "At least 140 houses have been destroyed by the Corvasco wildfire.",
    "At least 140 houses have been destroyed",
    q=[Q("count", 140, None, None, "At least 140 houses")],
    facts={"fire:homes": {"quantity": qv("n", 140, None)}},
)
c(
    A,
    "Most of the houses destroyed by the Corvasco wildfire are in Orvito and Casmaro.",
    "most of them in Orvito and Casmaro",
)
c(
    A,
    "Interior Minister Tomas Velard is due to tour the Corvasco fire zone on 14 July 2026.",
    "who is due to tour the fire zone today",
    d=[D(TUE14, None, "today")],
    facts={"fire:velard-visit": {"date": dv(TUE14)}},
)
c(
    A,
    "The Corvasco wildfire had probably been started accidentally by farm machinery.",
    "the blaze had probably been started accidentally by farm machinery",
    NP("Tomas Velard", "said"),
    facts={"fire:cause": {}},
)
c(
    A,
    "There is no indication that the Corvasco wildfire was started by arson.",
    "There is no indication of arson",
    NP("Tomas Velard", "he said"),
)
c(
    A,
    "The Lusandrian cabinet would declare a state of calamity in Corvasco on 14 July 2026.",
    "the cabinet would today declare a state of calamity in Corvasco",
    NP("Velard", "said"),
    d=[D(TUE14, None, "today")],
    facts={"fire:calamity": {"date": dv(TUE14)}},
)
c(
    A,
    "The state of calamity in Corvasco releases €50 million in emergency aid.",
    "releasing €50 million in emergency aid",
    NP("Velard", "said"),
    q=[Q("money", 50e6, 50e6, "EUR", "€50 million")],
    facts={"fire:aid": {"quantity": qv("EUR", 50e6, 50e6)}},
)
c(
    A,
    "Families who have lost their homes in the Corvasco wildfire will receive up to €10,000 each.",
    "Families who have lost their homes will receive up to €10,000 each",
    NP("Velard", "he said"),
    q=[Q("money", None, 10000, "EUR", "up to €10,000 each")],
    facts={"fire:family-grant": {"quantity": qv("EUR", None, 10000)}},
)
c(A, "Sofia Albrecht is the mayor of Valdeira.", "Valdeira's mayor, Sofia Albrecht")
ALBRECHT = NP("Sofia Albrecht", "said")
c(
    A,
    "The town of Valdeira itself had so far been spared by the fire.",
    "the town itself had so far been spared",
    ALBRECHT,
)
c(
    A,
    "Flames had reached gardens on Valdeira's southern edge.",
    "flames had reached gardens on its southern edge",
    ALBRECHT,
)
c(
    A,
    "Firefighters saved Valdeira on the night of 12 July 2026.",
    "The firefighters saved this town on Sunday night",
    NP("Sofia Albrecht", "she said"),
    d=[D(SUN12, None, "on Sunday night")],
)
c(
    A,
    "Corvasco's fire service asked the government in March 2026 for 300 more seasonal firefighters for the summer of"
    " 2026.",
    "Corvasco's fire service asked the government in March for 300 more seasonal firefighters this summer",
    AN(None, "The Herald has learned"),
    q=[Q("count", 300, 300, None, "300 more seasonal firefighters")],
    d=[D(*MAR26, "in March"), D(*SUMMER26, "this summer")],
)
c(
    A,
    "The government turned down the Corvasco fire service's request for 300 more seasonal firefighters.",
    "The request was turned down",
    DOC("a letter seen by this newspaper", "according to"),
)
c(
    A,
    "Lusandria's interior ministry did not respond to the Herald's request for comment.",
    "The interior ministry did not respond to a request for comment",
)
c(
    A,
    "The Lusandrian government had ignored every warning about Corvasco's fire risk.",
    'the government had "ignored every warning" about the province\'s fire risk',
    NP("Carla Brandt", "said"),
)
c(
    A,
    "The Corvasco wildfire followed days of extreme heat.",
    "The fire follows days of extreme heat",
    facts={"fire:followed-heat": {}},
)
c(
    A,
    "The temperature in Ardena hit 44.6 degrees Celsius on 10 July 2026.",
    "On Friday the thermometer in Ardena hit 44.6 degrees Celsius",
    q=[Q("other", 44.6, 44.6, "degC", "44.6 degrees Celsius")],
    d=[D(FRI10, None, "On Friday")],
    facts={"fire:record-temp": {"quantity": qv("degC", 44.6, 44.6), "date": dv(FRI10)}},
)
c(
    A,
    "The 44.6 degrees Celsius reached in Ardena on 10 July 2026 is the highest temperature ever recorded in Lusandria.",
    "the highest temperature ever recorded in Lusandria",
    facts={"fire:national-record": {}},
)
c(
    A,
    "Forecasters at the Lusandrian Meteorological Institute expect winds of up to 70 kilometres an hour on 14 July"
    " 2026.",
    "expect winds of up to 70 kilometres an hour today",
    ORG(LMI, "expect"),
    q=[Q("other", None, 70, "km/h", "up to 70 kilometres an hour")],
    d=[D(TUE14, None, "today")],
    facts={"fire:wind-forecast": {"quantity": qv("km/h", None, 70), "date": dv(TUE14)}},
)
c(
    A,
    "The heat in Lusandria would not break before 18-19 July 2026.",
    "the heat would not break before the weekend",
    ORG(LMI, "said"),
    d=[D(*NEXT_WEEKEND, "the weekend")],
)
c(
    A,
    "The A7 motorway between Ardena and the coast remains closed.",
    "The A7 motorway between Ardena and the coast remains closed",
    facts={"fire:a7": {}},
)

# ---------------------------------------------------------------- CatRisk Monitor (2026-07-17, Fri)
A = "fire-catrisk"
art(
    A,
    SA,
    [
        "CatRisk Monitor | Wildfire | 17 July 2026 | By Henrik Aalto | 6 min read",
        "The event",
        "[Chart: Wildfire area burned in Lusandria, 2016-2025 (hectares). Source: NCPA]",
        "The insurance picture",
        "What it means",
        "Henrik Aalto is CatRisk Monitor's senior catastrophe editor. Get our weekly Cat Losses briefing: subscribe"
        " here.",
        "Related: Lusandria's natural catastrophe pool: how it works",
    ],
)
STRATUM = ORG("Stratum Risk Analytics", "said")
c(
    A,
    "Insured losses from the Corvasco wildfire are likely to be between €180m and €250m.",
    "Insured losses from the wildfire that swept through Lusandria's Corvasco province last weekend are likely to be"
    " between €180m and €250m",
    STRATUM,
    q=[Q("money", 180e6, 250e6, "EUR", "between €180m and €250m")],
)
c(
    A,
    "The wildfire swept through Lusandria's Corvasco province on 11-12 July 2026.",
    "the wildfire that swept through Lusandria's Corvasco province last weekend",
    d=[D(*LAST_WEEKEND, "last weekend")],
)
c(A, "Stratum Risk Analytics is a catastrophe modelling firm.", "the catastrophe modelling firm Stratum Risk Analytics")
c(
    A,
    "Stratum's insured-loss estimate covers residential, commercial and agricultural property.",
    "The estimate covers residential, commercial and agricultural property",
)
FIRM = ORG("Stratum Risk Analytics", "the firm said")
c(A, "Stratum's insured-loss estimate excludes forestry.", "It excludes forestry", FIRM)
c(A, "Forestry is largely uninsured in Lusandria.", "which is largely uninsured in Lusandria", FIRM)
c(
    A,
    "The Corvasco wildfire started on 11 July 2026 near the village of Pelmar.",
    "The fire started on 11 July near the village of Pelmar",
    NCPA_ACC,
    d=[D(SAT11, None, "on 11 July")],
    facts={"fire:start": {"date": dv(SAT11)}},
)
c(
    A,
    "By the evening of 12 July 2026 the Corvasco wildfire had burned roughly 8,400ha (about 20,750 acres).",
    "had burned roughly 8,400ha (about 20,750 acres) by the evening of 12 July",
    NCPA_ACC,
    q=[Q("other", 8400, 8400, "ha", "roughly 8,400ha"), Q("other", 20750, 20750, "acres", "about 20,750 acres")],
    d=[D(SUN12, None, "by the evening of 12 July")],
    facts={"fire:area": {"quantity": qm(("ha", 8400, 8400), ("acres", 20750, 20750)), "date": dv(SUN12)}},
)
c(
    A,
    "At times the Corvasco wildfire advanced 4km an hour.",
    "At times it advanced 4km an hour",
    ORG("Corvasco Fire Service", "according to"),
    q=[Q("other", 4, 4, "km", "4km")],
    facts={"fire:speed": {"quantity": qv("km/h", 4, 4)}},
)
c(
    A,
    "The Corvasco wildfire was started accidentally by a combine harvester.",
    "it was started accidentally by a combine harvester",
    AN(None, "believe"),
    facts={"fire:cause": {}},
)
c(
    A,
    "About 35,000 people were evacuated because of the Corvasco wildfire.",
    "About 35,000 people were evacuated",
    q=[Q("count", 35000, 35000, None, "About 35,000 people")],
    facts={"fire:evacuated": {"quantity": qv("n", 35000, 35000)}},
)
c(
    A,
    "The entire population of Valdeira was evacuated.",
    "among them the entire population of Valdeira",
    facts={"fire:valdeira-all": {}},
)
c(
    A,
    "Valdeira was ordered to evacuate on 13 July 2026.",
    "which was ordered to leave on Monday 13 July",
    d=[D(MON13, None, "on Monday 13 July")],
    facts={"fire:valdeira-order": {"date": dv(MON13)}},
)
c(
    A,
    "Two people died in the Corvasco wildfire.",
    "Two people died",
    q=[Q("count", 2, 2, None, "Two people")],
    facts={"fire:deaths": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "A firefighter was among the people who died in the Corvasco wildfire.",
    "including a firefighter",
    facts={"fire:ilves-death": {}},
)
c(
    A,
    "At least 140 homes were destroyed by the Corvasco wildfire.",
    "At least 140 homes were destroyed",
    q=[Q("count", 140, None, None, "At least 140 homes")],
    facts={"fire:homes": {"quantity": qv("n", 140, None)}},
)
c(
    A,
    "Around 380 homes were damaged by the Corvasco wildfire.",
    "around 380 damaged",
    q=[Q("count", 380, 380, None, "around 380")],
)
PEAK = "At its peak, some 1,200 firefighters and 14 aircraft fought the blaze"
c(
    A,
    "At its peak some 1,200 firefighters fought the Corvasco wildfire.",
    PEAK,
    q=[Q("count", 1200, 1200, None, "some 1,200 firefighters")],
    facts={"fire:firefighters": {"quantity": qv("n", 1200, 1200)}},
)
c(
    A,
    "At its peak 14 aircraft fought the Corvasco wildfire.",
    PEAK,
    q=[Q("count", 14, 14, None, "14 aircraft")],
    facts={"fire:aircraft": {"quantity": qv("n", 14, 14)}},
)
c(
    A,
    "The NCPA declared the Corvasco wildfire contained on the night of 15 July 2026.",
    "The NCPA declared the fire contained on Wednesday night",
    d=[D(WED15, None, "on Wednesday night")],
)
c(
    A,
    "The Corvasco wildfire was contained after light rain and a drop in temperatures.",
    "after light rain and a drop in temperatures",
)
c(
    A,
    "The temperature in Ardena reached 44.8C on 10 July 2026.",
    "On 10 July the temperature in Ardena reached 44.8C",
    q=[Q("other", 44.8, 44.8, "degC", "44.8C")],
    d=[D(FRI10, None, "On 10 July")],
    facts={"fire:record-temp": {"quantity": qv("degC", 44.8, 44.8), "date": dv(FRI10)}},
)
c(
    A,
    "The 44.8C reached in Ardena on 10 July 2026 was a national record for Lusandria.",
    "a national record",
    facts={"fire:national-record": {}},
)
c(A, "Alma Ferrante is a fire ecologist at Ardena University.", "Alma Ferrante, a fire ecologist at Ardena University")
c(
    A,
    "The Pelmar fire was the most destructive in Corvasco since 2017.",
    "the Pelmar fire was the most destructive in Corvasco since 2017",
    NP("Alma Ferrante", "said"),
    d=[D(*Y2017, "2017")],
    facts={"fire:worst-since": {"date": dv(*Y2017)}},
)
c(
    A,
    "The 2017 fire in Corvasco burned 12,000ha around Ardena.",
    "That fire, which burned 12,000ha around Ardena",
    q=[Q("other", 12000, 12000, "ha", "12,000ha")],
    facts={"fire:2017-fire": {"quantity": qv("ha", 12000, 12000)}},
)
c(
    A,
    "The 2017 fire in Corvasco led to new building rules in forest areas.",
    "That fire, which burned 12,000ha around Ardena, led to new building rules in forest areas",
)
FERRANTE = NP("Ferrante", "said")
c(
    A,
    "Fuel has been building up in the Sarnel Hills for 30 years as farming and grazing retreated.",
    "Fuel has been building up in these hills for 30 years as farming and grazing retreated",
    FERRANTE,
    q=[Q("other", 30, 30, "years", "30 years")],
)
c(
    A,
    "Heat like that of 6-12 July 2026 turns the fuel in the Sarnel Hills into a bomb.",
    "Heat like last week's turns that fuel into a bomb",
    FERRANTE,
    d=[D(*LAST_WEEK_CR, "last week")],
)
c(
    A,
    "Close to 60,000ha burned in Lusandria in 2025.",
    "Close to 60,000ha burned in Lusandria last year",
    q=[Q("other", None, 60000, "ha", "Close to 60,000ha")],
    d=[D(*Y2025, "last year")],
    facts={"fire:2025-area": {"quantity": qv("ha", None, 60000)}},
)
c(
    A,
    "The area burned in Lusandria in 2025 was more than twice the ten-year average.",
    "more than twice the ten-year average",
    q=[Q("other", 2, None, "times", "more than twice"), Q("other", 10, 10, "years", "ten-year")],
    facts={"fire:2025-double": {"quantity": qv("times", 2, None)}},
)
LIA = "Lusandrian Insurers' Association"
c(
    A,
    "Members of the Lusandrian Insurers' Association had received 3,140 claims from the Corvasco wildfire by 16 July"
    " 2026.",
    "The Lusandrian Insurers' Association (LIA) said on Thursday that its members had received 3,140 claims",
    ORG(LIA, "said"),
    q=[Q("count", 3140, 3140, None, "3,140 claims")],
    d=[D(THU16, None, "on Thursday")],
)
c(
    A,
    "About 65% of the insurance claims from the Corvasco wildfire were for homes.",
    "about 65% of them for homes",
    ORG(LIA, "said"),
    q=[Q("percent", 65, 65, "%", "about 65%")],
)
c(
    A,
    "The LIA expects the final number of insurance claims from the Corvasco wildfire to reach 4,000 to 5,000.",
    "The association expects the final number of claims to reach 4,000 to 5,000",
    ORG(LIA, "expects"),
    q=[Q("count", 4000, 5000, None, "4,000 to 5,000")],
)
c(A, "Aurelian Mutual is Lusandria's largest home insurer.", "Aurelian Mutual, the country's largest home insurer")
c(
    A,
    "Aurelian Mutual has a market share of roughly 28%.",
    "with a market share of roughly 28%",
    q=[Q("percent", 28, 28, "%", "roughly 28%")],
)
c(
    A,
    "Aurelian Mutual's net loss from the Corvasco wildfire would be capped at €25m by its catastrophe reinsurance"
    " programme.",
    "its net loss would be capped at €25m by its catastrophe reinsurance programme",
    ORG("Aurelian Mutual", "said"),
    q=[Q("money", None, 25e6, "EUR", "capped at €25m")],
)
c(
    A,
    "Aurelian Mutual's shares fell 3.2% in Ardena on 16 July 2026.",
    "The company's shares fell 3.2% in Ardena on Thursday",
    q=[Q("percent", 3.2, 3.2, "%", "3.2%")],
    d=[D(THU16, None, "on Thursday")],
)
c(
    A,
    "The Lusandrian government declared a state of calamity in Corvasco on 14 July 2026.",
    "The government declared a state of calamity in Corvasco on Tuesday",
    d=[D(TUE14, None, "on Tuesday")],
    facts={"fire:calamity": {"date": dv(TUE14)}},
)
c(
    A,
    "The Lusandrian government has set aside €50m in emergency aid for Corvasco.",
    "has set aside €50m in emergency aid",
    q=[Q("money", 50e6, 50e6, "EUR", "€50m")],
    facts={"fire:aid": {"quantity": qv("EUR", 50e6, 50e6)}},
)
c(
    A,
    "The emergency aid includes payments of up to 10,000 euros per household for families whose homes were destroyed.",
    "including payments of up to 10,000 euros per household for families whose homes were destroyed",
    q=[Q("money", None, 10000, "EUR", "up to 10,000 euros per household")],
    facts={"fire:family-grant": {"quantity": qv("EUR", None, 10000)}},
)
c(
    A,
    "The emergency aid would not reduce insured losses from the Corvasco wildfire.",
    "the aid would not reduce insured losses",
    ORG("Stratum", "said"),
)
c(
    A,
    "Stratum's analysts expect the Corvasco wildfire loss to be absorbed largely by primary insurers.",
    "expect the loss to be absorbed largely by primary insurers",
    ORG("Stratum", "expect"),
)
VELL = NP("Jonas Vell", "said")
c(A, "The Corvasco wildfire is a significant event for Lusandria.", "This is a significant event for Lusandria", VELL)
c(A, "The reinsurance market can absorb the Corvasco wildfire loss.", "the reinsurance market can absorb it", VELL)
c(A, "Jonas Vell is Stratum's head of catastrophe research.", "Jonas Vell, Stratum's head of catastrophe research")

NOTES["fire:evacuated"] = (
    "people evacuated: some 31,000 (CPA, officials) / around 31,000 (Herald, NCPA) vs about 35,000 (CatRisk)"
)
NOTES["fire:area"] = (
    "area burned by the evening/night of 12 July: 8,400 hectares (CPA) / roughly 8,400ha, about 20,750 acres"
    " (CatRisk) vs 9,400 hectares (Herald); all from the NCPA"
)
NOTES["fire:firefighters"] = (
    "firefighters: around 1,200 (CPA) / some 1,200 at the peak (CatRisk) vs more than 1,500 (Herald)"
)
NOTES["fire:record-temp"] = (
    "record temperature in Ardena on Friday 10 July: 44.6C (CPA, LMI) / 44.6 degrees Celsius (Herald) vs 44.8C"
    " (CatRisk)"
)
NOTES["fire:ilves-age"] = "age of the dead firefighter Marco Ilves: 34 (CPA) vs 36-year-old (Herald)"
NOTES["fire:start"] = (
    "start of the fire near Pelmar: Saturday afternoon, 11 July (CPA) / on 11 July (CatRisk) vs Friday evening,"
    " 10 July (Herald); all from the NCPA"
)
NOTES["fire:valdeira-order"] = (
    "evacuation order for Valdeira: early on Sunday 12 July (CPA) / on Sunday (Herald) vs Monday 13 July (CatRisk)"
)
NOTES["fire:cause"] = (
    "probable cause sparks from a combine harvester (CPA, fire chief Rui Esteva = Corvasco Fire Service) vs farm"
    " machinery (Herald, Interior Minister Tomas Velard); CatRisk's unnamed investigators (a combine harvester) give"
    " no attribution"
)
NOTES["fire:worst-since"] = (
    "worst fire in Corvasco since 2017: according to the NCPA (CPA) vs fire ecologist Alma Ferrante (CatRisk)"
)
NOTES["fire:ilves-death"] = (
    "how firefighter Marco Ilves died: killed when flames overran his fire engine (CPA) vs collapsed with a heart"
    " attack (Herald); CatRisk's 'including a firefighter' agrees with both"
)
NOTES["fire:deaths"] = "two people died / have been killed"
NOTES["fire:homes"] = "at least 140 homes / houses destroyed"
NOTES["fire:aircraft"] = (
    "Fourteen water-bombing aircraft (CPA) = fourteen planes and helicopters (Herald) = 14 aircraft (CatRisk)"
)
NOTES["fire:veskia"] = "four aircraft sent by Veskia (CPA) = four from Veskia (Herald)"
NOTES["fire:national-record"] = (
    "a national record (CPA, CatRisk) = the highest temperature ever recorded in Lusandria (Herald)"
)
NOTES["fire:calamity"] = (
    "state of calamity in Corvasco: would declare (CPA, Velard) = would today declare, 14 July (Herald, Velard) ="
    " declared on Tuesday 14 July (CatRisk)"
)
NOTES["fire:velard-visit"] = (
    "Velard to visit the area on Tuesday (CPA) = due to tour the fire zone today (Herald), 14 July"
)
NOTES["fire:wind-forecast"] = (
    "LMI forecast of winds up to 70 km/h on Monday and Tuesday (CPA) contains up to 70 kilometres an hour today,"
    " 14 July (Herald)"
)
NOTES["fire:valdeira-pop"] = "Valdeira: a town of about 24,000 people (CPA) = all 24,000 of its residents (Herald)"
NOTES["fire:valdeira-all"] = (
    "all Valdeira's residents left on Sunday (Herald) = the entire population of Valdeira evacuated (CatRisk)"
)
NOTES["fire:ardena-capital"] = "Ardena, the provincial capital (CPA) = the regional capital (Herald)"
NOTES["fire:speed"] = "advanced four kilometres in an hour (CPA, Esteva) = 4km an hour (CatRisk, Corvasco Fire Service)"
NOTES["fire:2017-fire"] = "the 2017 fire burned some 12,000 hectares (CPA) = 12,000ha (CatRisk) around Ardena"
NOTES["fire:2025-area"] = "Almost 60,000 hectares (CPA, NCPA figures) = Close to 60,000ha (CatRisk) burned in 2025"
NOTES["fire:2025-double"] = (
    "more than double the 10-year average (CPA) = more than twice the ten-year average (CatRisk)"
)
NOTES["fire:aid"] = "€50 million (Herald, Velard) = €50m (CatRisk) in emergency aid"
NOTES["fire:family-grant"] = "up to €10,000 each (Herald, Velard) = up to 10,000 euros per household (CatRisk)"
NOTES["fire:a7"] = "the A7 motorway closed since Sunday (CPA) = remains closed (Herald)"
NOTES["fire:followed-heat"] = "the fire follows a heatwave (CPA) = days of extreme heat (Herald)"
NOTES["fire:man71"] = (
    "71-year-old man found dead in his car outside Orvito (CPA) = who tried to flee Orvito by car (Herald)"
)

# =====================================================================
# Story B: the Talvara Horizon hits the quay at Vastrand (September 2026)
# =====================================================================
SB = "vastrand-port-collision-2026"
MON21 = "2026-09-21"  # the accident
TUE22 = "2026-09-22"
WED23 = "2026-09-23"
THIS_WEEK_STJ = ("2026-09-21", "2026-09-27")  # STJ, Thu 24 Sept
Y2009 = ("2009-01-01", "2009-12-31")
Y2015 = ("2015-01-01", "2015-12-31")
Y2016 = ("2016-01-01", "2016-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
VPA = "Vastrand Port Authority"

# ---------------------------------------------------------------- Northern Wire Service (2026-09-21, Mon)
A = "port-nws"
art(
    A,
    SB,
    [
        "By Oskar Lindahl | 21 September 2026, 11:52 CET | Updated 17:05 CET",
        "[Image: The Talvara Horizon lies against the quay at Eastquay with a collapsed crane across its bow."
        " NWS/Kari Holm]",
        "READ MORE: Vellmark ports brace for record autumn volumes",
        "(Reporting by Oskar Lindahl; additional reporting by Freya Moss in Korsund; Editing by Alan Cray)",
        "Follow NWS Business for the latest on shipping, trade and markets.",
    ],
)
c(
    A,
    "A large container ship crashed into a quay at the port of Vastrand early on 21 September 2026.",
    "A large container ship crashed into a quay at the port of Vastrand early on Monday",
    d=[D(MON21, None, "early on Monday")],
    facts={"port:collision": {"date": dv(MON21)}},
)
c(
    A,
    "The container ship's crash at Vastrand brought down a gantry crane.",
    "bringing down a gantry crane",
    facts={"port:crane": {}},
)
c(A, "The crash halted traffic at the port of Vastrand.", "halting traffic at Vellmark's busiest container port")
c(A, "Vastrand is Vellmark's busiest container port.", "Vellmark's busiest container port", facts={"port:busiest": {}})
c(
    A,
    "The Talvara Horizon is 366 metres long.",
    "The 366-metre Talvara Horizon",
    q=[Q("other", 366, 366, "m", "366-metre")],
    facts={"port:length": {"quantity": qv("m", 366, 366)}},
)
c(
    A,
    "The Talvara Horizon can carry 14,000 twenty-foot equivalent units (TEU).",
    "which can carry 14,000 twenty-foot equivalent units (TEU)",
    q=[Q("other", 14000, 14000, "TEU", "14,000 twenty-foot equivalent units")],
    facts={"port:capacity": {"quantity": qv("TEU", 14000, 14000)}},
)
c(
    A,
    "The Talvara Horizon struck the quay at the Eastquay Container Terminal before dawn on 21 September 2026 as it"
    " approached its berth.",
    "struck the quay at the Eastquay Container Terminal before dawn as it approached its berth",
    ORG(VPA, "said"),
    facts={"port:eastquay-site": {}},
)
INJ = "Seven people were injured, two of them seriously"
AUTH = ORG(VPA, "the authority said")
c(
    A,
    "Seven people were injured in the Talvara Horizon's collision at Vastrand.",
    INJ,
    AUTH,
    q=[Q("count", 7, 7, None, "Seven people")],
    facts={"port:injured": {"quantity": qv("n", 7, 7)}},
)
c(
    A,
    "Two of the people injured in the Talvara Horizon's collision at Vastrand were seriously injured.",
    INJ,
    AUTH,
    q=[Q("count", 2, 2, None, "two of them")],
    facts={"port:serious": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "All 24 crew members of the Talvara Horizon were accounted for.",
    "All 24 crew members were accounted for",
    q=[Q("count", 24, 24, None, "All 24 crew members")],
    facts={"port:crew": {"quantity": qv("n", 24, 24)}},
)
c(
    A,
    "The Talvara Horizon suffered a total loss of power shortly before the impact.",
    "the ship suffered a total loss of power shortly before the impact",
    NP("Liv Ancker", "said"),
    facts={"port:power": {}},
)
c(
    A,
    "A harbour pilot was on the bridge of the Talvara Horizon at the time of the collision.",
    "A harbour pilot was on the bridge at the time",
    NP("Liv Ancker", "she said"),
    facts={"port:pilot": {"fact": "a pilot was on board"}},
)
c(
    A,
    "The gantry crane fell across the Talvara Horizon's bow.",
    "The crane fell across the ship's bow",
    facts={"port:crane-bow": {}},
)
c(
    A,
    "A fire broke out among containers stacked on the Talvara Horizon's deck.",
    "a fire broke out among containers stacked on deck",
    facts={"port:fire-location": {"fact": "fire broke out among containers on deck"}},
)
c(
    A,
    "Firefighters had brought the fire on the Talvara Horizon under control by mid-morning on 21 September 2026.",
    "Firefighters had brought the blaze under control by mid-morning",
    NP("Ancker", "said"),
)
c(
    A,
    "About 120 tonnes of heavy fuel oil leaked from a ruptured tank of the Talvara Horizon.",
    "About 120 tonnes of heavy fuel oil leaked from a ruptured tank",
    AUTH,
    q=[Q("other", 120, 120, "tonnes", "About 120 tonnes")],
    facts={"port:fuel": {"quantity": qv("tonnes", 120, 120)}},
)
c(
    A,
    "The coast guard laid 3 km of floating booms to contain the Talvara Horizon's fuel spill.",
    "the coast guard laid 3 km of floating booms to contain the spill",
    AUTH,
    q=[Q("other", 3, 3, "km", "3 km")],
    facts={"port:booms": {"quantity": qv("km", 3, 3)}},
)
c(
    A,
    "Oil from the Talvara Horizon had reached the beach at Skarholm by the afternoon of 21 September 2026.",
    "By the afternoon, oil had reached the beach at Skarholm",
    facts={"port:skarholm": {}},
)
c(
    A,
    "Skarholm is about 5 km south of the port of Vastrand.",
    "about 5 km south of the port",
    q=[Q("other", 5, 5, "km", "about 5 km")],
    facts={"port:skarholm-dist": {"quantity": qv("km", 5, 5)}},
)
CLOSED = "The authority closed the main shipping channel and the Eastquay terminal"
c(A, "The Vastrand Port Authority closed the port's main shipping channel.", CLOSED)
c(A, "The Vastrand Port Authority closed the Eastquay terminal.", CLOSED, facts={"port:terminal-closed": {}})
c(
    A,
    "The Eastquay terminal handles around 40 per cent of Vastrand's container traffic.",
    "which handles around 40 per cent of Vastrand's container traffic",
    q=[Q("percent", 40, 40, "%", "around 40 per cent")],
    facts={"port:eastquay-share": {"quantity": qv("%", 40, 40)}},
)
c(
    A,
    "By the afternoon of 21 September 2026, 27 vessels were waiting at anchor outside Vastrand.",
    "By Monday afternoon, 27 vessels were waiting at anchor",
    ORG(VPA, "it said"),
    q=[Q("count", 27, 27, None, "27 vessels")],
    d=[D(MON21, None, "By Monday afternoon")],
    facts={"port:waiting": {"quantity": qv("n", 27, 27), "date": dv(MON21)}},
)
c(
    A,
    "The Vastrand Port Authority will not reopen the main channel until it is certain that it is safe.",
    "We will not reopen the channel until we are certain that it is safe",
    NP("Ancker", "said"),
)
c(
    A,
    "Vastrand handled 3.1 million TEU in 2025.",
    "Vastrand handled 3.1 million TEU last year",
    q=[Q("other", 3.1e6, 3.1e6, "TEU", "3.1 million TEU")],
    d=[D("2025-01-01", "2025-12-31", "last year")],
    facts={"port:throughput": {"quantity": qv("TEU", 3.1e6, 3.1e6)}},
)
c(
    A,
    "Talvara Shipping Lines operates the Talvara Horizon.",
    "Talvara Shipping Lines, which operates the ship",
    facts={"port:operator": {}},
)
TALVARA = ORG("Talvara Shipping Lines", "said")
c(
    A,
    "Talvara Shipping Lines is cooperating fully with the authorities.",
    "it was cooperating fully with the authorities",
    TALVARA,
    facts={"port:cooperating": {}},
)
c(
    A,
    "It is too early to speculate on the cause of the Talvara Horizon's collision.",
    'it was "too early to speculate" on the cause',
    TALVARA,
)
TALVARA_ACC = ORG("Talvara Shipping Lines", "According to")
c(
    A,
    "The Talvara Horizon was built in 2015.",
    "the Talvara Horizon was built in 2015",
    TALVARA_ACC,
    d=[D(*Y2015, "2015")],
    facts={"port:built": {"date": dv(*Y2015)}},
)
c(
    A,
    "The Talvara Horizon was arriving at Vastrand from Marenza.",
    "was arriving from Marenza",
    TALVARA_ACC,
    facts={"port:from-marenza": {}},
)
c(
    A,
    "The Talvara Horizon had about 9,900 containers on board.",
    "with about 9,900 containers on board",
    TALVARA_ACC,
    q=[Q("count", 9900, 9900, None, "about 9,900 containers")],
)
c(
    A,
    "The Maritime Safety Investigation Office (MSIO) has opened an investigation into the Talvara Horizon's collision.",
    "it had opened an investigation",
    ORG("Maritime Safety Investigation Office", "said"),
    facts={"port:investigation": {}},
)
c(
    A,
    "The Talvara Horizon's collision is the most serious accident at a Vellmark port since 2009.",
    "It is the most serious accident at a Vellmark port since 2009",
    d=[D(*Y2009, "2009")],
    facts={"port:most-serious": {"date": dv(*Y2009)}},
)
c(
    A,
    "In 2009 a tanker exploded at the oil terminal in Korsund.",
    "when a tanker exploded at the oil terminal in Korsund",
    facts={"port:korsund-2009": {}},
)
c(
    A,
    "The 2009 tanker explosion in Korsund killed three people.",
    "killing three people",
    q=[Q("count", 3, 3, None, "three people")],
    facts={"port:korsund-deaths": {"quantity": qv("n", 3, 3)}},
)
c(A, "Brannvik Holdings owns Eastquay.", "Eastquay's owner, Brannvik Holdings", facts={"port:owner": {}})
c(
    A,
    "Shares in Brannvik Holdings fell 4.5% in Korsund on 21 September 2026.",
    "Shares in Eastquay's owner, Brannvik Holdings, fell 4.5% in Korsund",
    q=[Q("percent", 4.5, 4.5, "%", "4.5%")],
)

# ---------------------------------------------------------------- Vastrand Courier (2026-09-22, Tue)
A = "port-courier"
art(
    A,
    SB,
    [
        "By Hanna Voss and Petter Lund | Tuesday 22 September 2026, 07:00 | Updated 13:25",
        "Share: Facebook | X | Email",
        "[Photo: The collapsed crane lies across the bow of the Talvara Horizon on Monday morning. Vastrand"
        " Courier/Erik Saar]",
        "Read more: Skarholm volunteers: how you can help clean the beach",
        "Read more: Timeline - Eastquay's troubled decade",
        "Newsletter: Get the Courier Morning Briefing every weekday at 6am.",
    ],
)
c(
    A,
    "At Eastquay there was a horn, then a bang, and then the crane came down like a falling tree.",
    "We heard the horn, then a bang, and then the crane came down like a falling tree",
    NP("Mats Ellery", "said"),
)
c(
    A,
    "Mats Ellery is a crane operator who was in the control room at Eastquay when the Talvara Horizon hit the quay.",
    "Mats Ellery, a crane operator who was in the control room at Eastquay when the Talvara Horizon hit the quay",
)
c(
    A,
    "The Talvara Horizon is a container ship 366 metres long.",
    "The Talvara Horizon, a container ship 366 metres long",
    q=[Q("other", 366, 366, "m", "366 metres")],
    facts={"port:length": {"quantity": qv("m", 366, 366)}},
)
c(
    A,
    "The Talvara Horizon crashed into the Eastquay Container Terminal in the early hours of 21 September 2026.",
    "crashed into the Eastquay Container Terminal in the early hours of Monday",
    d=[D(MON21, None, "in the early hours of Monday")],
    facts={"port:collision": {"date": dv(MON21)}, "port:eastquay-site": {}},
)
c(
    A,
    "The Talvara Horizon's crash toppled a crane onto the ship's bow.",
    "toppling a crane onto its bow",
    facts={"port:crane": {}, "port:crane-bow": {}},
)
c(
    A,
    "The Eastquay terminal had eight ship-to-shore cranes before the crash.",
    "The terminal had eight ship-to-shore cranes",
    q=[Q("count", 8, 8, None, "eight ship-to-shore cranes")],
)
c(
    A,
    "The Eastquay terminal now has seven ship-to-shore cranes.",
    "it now has seven",
    q=[Q("count", 7, 7, None, "seven")],
)
c(
    A,
    "Six people were injured in the Talvara Horizon's crash at Eastquay.",
    "Six people were injured",
    q=[Q("count", 6, 6, None, "Six people")],
    facts={"port:injured": {"quantity": qv("n", 6, 6)}},
)
c(
    A,
    "Two dockworkers who were on the quay were taken to Vastrand University Hospital with serious injuries.",
    "Two dockworkers who were on the quay were taken to Vastrand University Hospital with serious injuries",
    q=[Q("count", 2, 2, None, "Two dockworkers")],
    facts={"port:serious": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "Four other people injured in the crash at Eastquay were treated for cuts and bruises and released.",
    "four others were treated for cuts and bruises and released",
    q=[Q("count", 4, 4, None, "four others")],
)
c(A, "A fire broke out on board the Talvara Horizon.", "A fire broke out on board", facts={"port:fire-location": {}})
c(
    A,
    "The fire on board the Talvara Horizon took firefighters nine hours to put out.",
    "took firefighters nine hours to put out",
    q=[Q("other", 9, 9, "hours", "nine hours")],
    facts={"port:fire-duration": {"quantity": qv("hours", 9, 9)}},
)
c(
    A,
    "The Talvara Horizon had lost all power a few minutes before the crash.",
    "the ship had lost all power a few minutes before the crash",
    AN(None, "told the Courier"),
    facts={"port:power": {}},
)
c(
    A,
    "The Talvara Horizon had no pilot on board.",
    "The ship had no pilot on board",
    facts={"port:pilot": {"fact": "no pilot on board"}},
)
RECORDS = DOC("port records seen by the Courier", "according to")
c(
    A,
    "Under Vastrand's port rules, ships longer than 300 metres must take a pilot.",
    "Under port rules, ships longer than 300 metres must take a pilot",
    RECORDS,
    q=[Q("other", 300, None, "m", "longer than 300 metres")],
)
c(
    A,
    "The Talvara Horizon's master held an exemption that allowed him to bring the ship into Vastrand himself.",
    "the Talvara Horizon's master held an exemption that allowed him to bring the ship in himself",
    RECORDS,
)
c(
    A,
    "Some 120 tonnes of fuel oil from the Talvara Horizon spilled into Vastrand harbour.",
    "Some 120 tonnes of fuel oil spilled into the harbour",
    q=[Q("other", 120, 120, "tonnes", "Some 120 tonnes")],
    facts={"port:fuel": {"quantity": qv("tonnes", 120, 120)}},
)
c(
    A,
    "By the afternoon of 21 September 2026 oil had washed up on the beach at Skarholm.",
    "by Monday afternoon a black tide had washed up on the beach at Skarholm",
    d=[D(MON21, None, "by Monday afternoon")],
    facts={"port:skarholm": {"date": dv(MON21)}},
)
c(
    A,
    "Skarholm is five kilometres south of Vastrand harbour.",
    "five kilometres south of the harbour",
    q=[Q("other", 5, 5, "km", "five kilometres")],
    facts={"port:skarholm-dist": {"quantity": qv("km", 5, 5)}},
)
c(A, "The Skarholm dunes are a nature reserve.", "The Skarholm dunes are a nature reserve")
c(
    A,
    "Some 120 species of birds breed in the Skarholm dunes.",
    "where some 120 species of birds breed",
    q=[Q("count", 120, 120, None, "some 120 species")],
)
c(
    A,
    "The coast guard has laid three kilometres of booms against the Talvara Horizon's oil spill.",
    "The coast guard has laid three kilometres of booms",
    q=[Q("other", 3, 3, "km", "three kilometres")],
    facts={"port:booms": {"quantity": qv("km", 3, 3)}},
)
QUEUE = "On Monday, 32 ships were queuing outside Vellmark's busiest container port"
c(
    A,
    "On 21 September 2026, 32 ships were queuing outside the port of Vastrand.",
    QUEUE,
    q=[Q("count", 32, 32, None, "32 ships")],
    d=[D(MON21, None, "On Monday")],
    facts={"port:waiting": {"quantity": qv("n", 32, 32), "date": dv(MON21)}},
)
c(A, "Vastrand is Vellmark's busiest container port.", "Vellmark's busiest container port", facts={"port:busiest": {}})
c(
    A,
    "The main channel of the port of Vastrand reopened to traffic on the morning of 22 September 2026.",
    "The main channel reopened to traffic on Tuesday morning",
    ORG("the port authority", "the port authority said"),
    d=[D(TUE22, None, "on Tuesday morning")],
    facts={"port:channel-reopen": {"date": dv(TUE22)}},
)
c(
    A,
    "The Eastquay terminal will remain closed until further notice.",
    "the Eastquay terminal will remain closed until further notice",
    facts={"port:terminal-closed": {}},
)
c(
    A,
    "Repairing the quay at Eastquay and replacing the crane will take at least six months.",
    "Repairing the quay and replacing the crane will take at least six months",
    NP("Mona Sandvik", "said"),
    q=[Q("other", 6, None, "months", "at least six months")],
    facts={"port:repair": {"quantity": qv("months", 6, None)}},
)
c(A, "Mona Sandvik is chief executive of Eastquay Terminals.", "Mona Sandvik, chief executive of Eastquay Terminals")
c(
    A,
    "A new ship-to-shore crane costs about €12 million.",
    "A new crane costs about €12 million",
    NP("Mona Sandvik", "she said"),
    q=[Q("money", 12e6, 12e6, "EUR", "about €12 million")],
)
c(A, "The Eastquay terminal opened in 2016.", "Eastquay, which opened in 2016", d=[D(*Y2016, "2016")])
c(
    A,
    "The Eastquay terminal employs about 650 people.",
    "employs about 650 people",
    q=[Q("count", 650, 650, None, "about 650 people")],
)
c(
    A,
    "The Maritime Safety Investigation Office has opened an inquiry into the Talvara Horizon's crash.",
    "which has opened an inquiry",
    facts={"port:investigation": {}},
)
c(
    A,
    "Investigators from the Maritime Safety Investigation Office recovered the Talvara Horizon's voyage data recorder"
    " on the night of 21 September 2026.",
    "recovered the ship's voyage data recorder on Monday night",
    d=[D(MON21, None, "on Monday night")],
    facts={"port:vdr": {"date": dv(MON21)}},
)
c(A, "Pia Sorvik leads the Vastrand Dockworkers' Union.", "Pia Sorvik, who leads the Vastrand Dockworkers' Union")
c(
    A,
    "The Vastrand Dockworkers' Union warned in 2024 that the Eastquay quay was too short for the largest ships now"
    " calling there.",
    "the union had warned in 2024 that the quay was too short for the largest ships now calling at Eastquay",
    NP("Pia Sorvik", "said"),
    d=[D(*Y2024, "in 2024")],
)
c(
    A,
    "The Vastrand Dockworkers' Union has called for an independent inquiry into the crash.",
    "The union has called for an independent inquiry",
)
c(
    A,
    "The city of Vastrand will seek compensation from the Talvara Horizon's owners for the clean-up at Skarholm.",
    "the city would seek compensation from the ship's owners for the clean-up at Skarholm",
    NP("Lene Aske", "said"),
)
c(
    A,
    "Talvara Shipping Lines did not respond to the Courier's questions on 21 September 2026.",
    "Talvara Shipping Lines did not respond to the Courier's questions on Monday",
    d=[D(MON21, None, "on Monday")],
)

# ---------------------------------------------------------------- Seaborne Trade Journal (2026-09-24, Thu)
A = "port-stj"
art(
    A,
    SB,
    [
        "Seaborne Trade Journal | Ports & Terminals | 24 September 2026 | By Clara Weiss | Subscriber edition",
        "The damage",
        "Port operations",
        "[Chart: Vastrand container throughput, 2016-2025 (million TEU). Source: Vastrand Port Authority]",
        "Owners and insurers",
        "Clara Weiss is ports editor at Seaborne Trade Journal. Subscribe for full access to our casualty database.",
        "Related: Blackouts at sea: why big ships lose power",
    ],
)
c(
    A,
    "The Talvara Horizon can carry 14,000 TEU.",
    "The 14,000 TEU Talvara Horizon",
    q=[Q("other", 14000, 14000, "TEU", "14,000 TEU")],
    facts={"port:capacity": {"quantity": qv("TEU", 14000, 14000)}},
)
c(
    A,
    "The Talvara Horizon hit the quay at Vastrand's Eastquay Container Terminal in the early hours of 21 September"
    " 2026.",
    "hit the quay at Vastrand's Eastquay Container Terminal in the early hours of 21 September",
    d=[D(MON21, None, "in the early hours of 21 September")],
    facts={"port:collision": {"date": dv(MON21)}, "port:eastquay-site": {}},
)
c(
    A,
    "Harald Brekke is chief inspector of Vellmark's Maritime Safety Investigation Office (MSIO).",
    "Harald Brekke, chief inspector of Vellmark's Maritime Safety Investigation Office (MSIO)",
)
c(
    A,
    "The Talvara Horizon suffered a total blackout minutes before the impact.",
    "the ship had suffered a total blackout minutes before the impact",
    NP("Harald Brekke", "said"),
    facts={"port:power": {}},
)
FIND = DOC("Preliminary findings", "show")
c(A, "The Talvara Horizon's main switchboard failed.", "the main switchboard failed", FIND)
c(
    A,
    "The switchboard failure cut power to the Talvara Horizon's engine and steering gear.",
    "cutting power to the engine and the steering gear",
    FIND,
)
c(
    A,
    "A pilot was on board the Talvara Horizon at the time of the collision.",
    "A pilot was on board",
    facts={"port:pilot": {"fact": "a pilot was on board"}},
)
c(
    A,
    "The Talvara Horizon's crew dropped both anchors but could not stop the ship in time.",
    "the crew dropped both anchors but could not stop the ship in time",
)
c(
    A,
    "MSIO investigators recovered the Talvara Horizon's voyage data recorder on 21 September 2026.",
    "MSIO investigators recovered the voyage data recorder on 21 September",
    d=[D(MON21, None, "on 21 September")],
    facts={"port:vdr": {"date": dv(MON21)}},
)
c(
    A,
    "MSIO investigators have interviewed the Talvara Horizon's master and pilot.",
    "have interviewed the master and the pilot",
)
c(
    A,
    "The Talvara Horizon's impact brought down a ship-to-shore crane.",
    "The impact brought down a ship-to-shore crane",
    facts={"port:crane": {}},
)
c(
    A,
    "The fire on board the Talvara Horizon started in the engine room.",
    "The fire, which started in the engine room",
    facts={"port:fire-location": {"fact": "fire started in the engine room"}},
)
c(
    A,
    "The fire on board the Talvara Horizon was extinguished after about nine hours.",
    "was extinguished after about nine hours",
    q=[Q("other", 9, 9, "hours", "about nine hours")],
    facts={"port:fire-duration": {"quantity": qv("hours", 9, 9)}},
)
c(
    A,
    "Seven people were hurt in the Talvara Horizon's collision at Vastrand.",
    "Seven people were hurt",
    q=[Q("count", 7, 7, None, "Seven people")],
    facts={"port:injured": {"quantity": qv("n", 7, 7)}},
)
c(
    A,
    "Two dockworkers injured in the Talvara Horizon's collision remain in hospital.",
    "two dockworkers remain in hospital",
    q=[Q("count", 2, 2, None, "two dockworkers")],
)
c(
    A,
    "The Talvara Horizon's 24 crew members were all accounted for.",
    "The ship's 24 crew members were all accounted for",
    q=[Q("count", 24, 24, None, "24 crew members")],
    facts={"port:crew": {"quantity": qv("n", 24, 24)}},
)
c(
    A,
    "Some 200 tonnes of heavy fuel oil escaped from a damaged bunker tank of the Talvara Horizon.",
    "Some 200 tonnes of heavy fuel oil escaped from a damaged bunker tank",
    q=[Q("other", 200, 200, "tonnes", "Some 200 tonnes")],
    facts={"port:fuel": {"quantity": qv("tonnes", 200, 200)}},
)
c(
    A,
    "The coast guard had recovered about 85 tonnes of the spilled fuel oil by the evening of 23 September 2026.",
    "it had recovered about 85 tonnes by Wednesday evening",
    ORG("The coast guard", "said"),
    q=[Q("other", 85, 85, "tonnes", "about 85 tonnes")],
    d=[D(WED23, None, "by Wednesday evening")],
)
c(
    A,
    "Repairs to the quay at Eastquay would take at least six months.",
    "repairs to the quay would take at least six months",
    NP("Erik Norrell", "said"),
    q=[Q("other", 6, None, "months", "at least six months")],
    facts={"port:repair": {"quantity": qv("months", 6, None)}},
)
c(A, "Erik Norrell is the director of the Vastrand Port Authority.", "Erik Norrell, the port authority's director")
c(
    A,
    "The main channel of the port of Vastrand reopened on 23 September 2026.",
    "The main channel reopened on Wednesday 23 September",
    d=[D(WED23, None, "on Wednesday 23 September")],
    facts={"port:channel-reopen": {"date": dv(WED23)}},
)
c(
    A,
    "Eastquay handles roughly two-fifths of Vastrand's container traffic.",
    "which handles roughly two-fifths of Vastrand's boxes",
    q=[Q("percent", 40, 40, "%", "roughly two-fifths")],
    facts={"port:eastquay-share": {"quantity": qv("%", 40, 40)}},
)
c(
    A,
    "The Eastquay terminal remains shut.",
    "Eastquay, which handles roughly two-fifths of Vastrand's boxes, remains shut",
    facts={"port:terminal-closed": {}},
)
c(
    A,
    "At the peak on 21 September 2026, 27 ships were waiting at anchor outside Vastrand.",
    "At the peak on Monday, 27 ships were waiting at anchor",
    q=[Q("count", 27, 27, None, "27 ships")],
    d=[D(MON21, None, "on Monday")],
    facts={"port:waiting": {"quantity": qv("n", 27, 27), "date": dv(MON21)}},
)
c(
    A,
    "Most of the ships that were waiting outside Vastrand have since been diverted to Korsund.",
    "most have since been diverted to Korsund",
)
c(
    A,
    "Vastrand handled 3.1m TEU in 2025.",
    "Vastrand handled 3.1m TEU in 2025",
    q=[Q("other", 3.1e6, 3.1e6, "TEU", "3.1m TEU")],
    d=[D("2025-01-01", "2025-12-31", "in 2025")],
    facts={"port:throughput": {"quantity": qv("TEU", 3.1e6, 3.1e6)}},
)
c(
    A,
    "Eastquay accounted for 1.2m TEU of Vastrand's container traffic in 2025.",
    "of which Eastquay accounted for 1.2m TEU",
    q=[Q("other", 1.2e6, 1.2e6, "TEU", "1.2m TEU")],
)
VARGA = NP("Ilse Varga", "said")
c(
    A,
    "Spot rates on the Marenza-Vastrand route rose 6% in the week of 21-27 September 2026.",
    "Spot rates on the Marenza-Vastrand route rose 6% this week",
    VARGA,
    q=[Q("percent", 6, 6, "%", "6%")],
    d=[D(*THIS_WEEK_STJ, "this week")],
)
c(
    A,
    "Ilse Varga is an analyst at the consultancy Tidewater Box Analytics.",
    "Ilse Varga, an analyst at the consultancy Tidewater Box Analytics",
)
c(
    A,
    "Shippers are paying for the detour caused by the closure of Eastquay.",
    "Shippers are paying for the detour",
    NP("Ilse Varga", "she said"),
)
c(
    A,
    "Shippers will keep paying for the detour until Eastquay is back in operation.",
    "they will keep paying until Eastquay is back",
    NP("Ilse Varga", "she said"),
)
c(
    A,
    "The Talvara Horizon was built in 2016.",
    "built in 2016",
    d=[D(*Y2016, "2016")],
    facts={"port:built": {"date": dv(*Y2016)}},
)
c(A, "The Talvara Horizon was built at a yard in Korsund.", "built in 2016 at a yard in Korsund")
c(
    A,
    "The Talvara Horizon is operated by Talvara Shipping Lines.",
    "is operated by Talvara Shipping Lines",
    facts={"port:operator": {}},
)
c(
    A,
    "The Talvara Horizon was arriving at Vastrand from Marenza.",
    "It was arriving from Marenza",
    facts={"port:from-marenza": {}},
)
c(
    A,
    "Talvara Shipping Lines is cooperating with investigators.",
    "it was cooperating with investigators",
    ORG("Talvara", "said"),
    facts={"port:cooperating": {}},
)
c(
    A,
    "Talvara Shipping Lines declared general average on 23 September 2026.",
    "Talvara declared general average on Wednesday",
    d=[D(WED23, None, "on Wednesday")],
)
c(
    A,
    "Under the general average declared by Talvara, cargo owners will have to contribute to the costs of the salvage"
    " before their containers are released.",
    "cargo owners will have to contribute to the costs of the salvage before their containers are released",
)
c(A, "Brannvik Holdings is Eastquay's owner.", "Brannvik Holdings, Eastquay's owner", facts={"port:owner": {}})
c(
    A,
    "Shares in Brannvik Holdings have lost 7% since the Talvara Horizon's collision.",
    "Shares in Brannvik Holdings, Eastquay's owner, have lost 7% since the accident",
    q=[Q("percent", 7, 7, "%", "7%")],
)
c(
    A,
    "The Talvara Horizon's collision is the worst accident at a Vellmark port since the Korsund tanker explosion of"
    " 2009.",
    "It is the worst accident at a Vellmark port since the Korsund tanker explosion of 2009",
    d=[D(*Y2009, "2009")],
    facts={"port:most-serious": {"date": dv(*Y2009)}},
)
c(
    A,
    "A tanker exploded in Korsund in 2009.",
    "the Korsund tanker explosion of 2009",
    d=[D(*Y2009, "2009")],
    facts={"port:korsund-2009": {}},
)
c(
    A,
    "The 2009 tanker explosion in Korsund killed three people.",
    "which killed three people",
    q=[Q("count", 3, 3, None, "three people")],
    facts={"port:korsund-deaths": {"quantity": qv("n", 3, 3)}},
)

NOTES["port:injured"] = "people injured: Seven (NWS, port authority) / Seven people were hurt (STJ) vs Six (Courier)"
NOTES["port:fuel"] = (
    "fuel oil spilled: About 120 tonnes (NWS, port authority) / Some 120 tonnes (Courier) vs Some 200 tonnes (STJ)"
)
NOTES["port:waiting"] = (
    "ships waiting outside Vastrand on Monday 21 September: 27 vessels (NWS, port authority) / 27 ships at the peak"
    " (STJ) vs 32 ships queuing (Courier)"
)
NOTES["port:built"] = "year the Talvara Horizon was built: 2015 (NWS, according to Talvara) vs 2016 (STJ)"
NOTES["port:channel-reopen"] = (
    "main channel reopened: Tuesday morning, 22 September (Courier, port authority) vs Wednesday 23 September (STJ)"
)
NOTES["port:power"] = (
    "total loss of power / blackout before the impact: port authority spokeswoman Liv Ancker (NWS) vs MSIO chief"
    " inspector Harald Brekke (STJ); the Courier's unnamed crew members give no attribution"
)
NOTES["port:repair"] = (
    "repairs will take at least six months: Eastquay Terminals' chief executive Mona Sandvik (Courier) vs the port"
    " authority's director Erik Norrell (STJ)"
)
NOTES["port:pilot"] = (
    "pilot: a harbour pilot was on the bridge (NWS, Ancker) / a pilot was on board (STJ) vs no pilot on board (Courier)"
)
NOTES["port:fire-location"] = (
    "fire: broke out among containers stacked on deck (NWS) vs started in the engine room (STJ); the Courier's 'a"
    " fire broke out on board' agrees with both"
)
NOTES["port:collision"] = (
    "crash into the quay early on Monday (NWS) = in the early hours of Monday (Courier) = in the early hours of 21"
    " September (STJ)"
)
NOTES["port:eastquay-site"] = "the quay struck was at the Eastquay Container Terminal"
NOTES["port:crane"] = (
    "bringing down a gantry crane (NWS) = toppling a crane (Courier) = brought down a ship-to-shore crane (STJ)"
)
NOTES["port:crane-bow"] = "the crane fell across the ship's bow (NWS) = toppling a crane onto its bow (Courier)"
NOTES["port:length"] = "366-metre (NWS) = 366 metres long (Courier)"
NOTES["port:capacity"] = "14,000 twenty-foot equivalent units (NWS) = 14,000 TEU (STJ)"
NOTES["port:serious"] = (
    "two of the injured seriously (NWS, port authority) = two dockworkers taken to hospital with serious injuries"
    " (Courier)"
)
NOTES["port:crew"] = "All 24 crew members were accounted for (NWS) = the ship's 24 crew members all accounted for (STJ)"
NOTES["port:fire-duration"] = "nine hours to put out (Courier) = extinguished after about nine hours (STJ)"
NOTES["port:booms"] = "3 km of floating booms (NWS) = three kilometres of booms (Courier)"
NOTES["port:skarholm"] = "oil reached the beach at Skarholm by the afternoon (NWS) = by Monday afternoon (Courier)"
NOTES["port:skarholm-dist"] = "about 5 km south of the port (NWS) = five kilometres south of the harbour (Courier)"
NOTES["port:terminal-closed"] = (
    "Eastquay closed (NWS) = will remain closed until further notice (Courier) = remains shut (STJ)"
)
NOTES["port:eastquay-share"] = "around 40 per cent (NWS) = roughly two-fifths (STJ) of Vastrand's container traffic"
NOTES["port:throughput"] = "3.1 million TEU last year (NWS) = 3.1m TEU in 2025 (STJ)"
NOTES["port:busiest"] = "Vastrand is Vellmark's busiest container port (NWS, Courier)"
NOTES["port:operator"] = "Talvara Shipping Lines operates the ship (NWS, STJ)"
NOTES["port:cooperating"] = "Talvara cooperating fully with the authorities (NWS) = with investigators (STJ)"
NOTES["port:from-marenza"] = "arriving from Marenza (NWS, according to Talvara; STJ)"
NOTES["port:investigation"] = "the MSIO has opened an investigation (NWS) = an inquiry (Courier)"
NOTES["port:vdr"] = "voyage data recorder recovered on Monday night (Courier) = on 21 September (STJ)"
NOTES["port:most-serious"] = "most serious (NWS) = worst (STJ) accident at a Vellmark port since 2009"
NOTES["port:korsund-2009"] = "a tanker exploded at the oil terminal in Korsund in 2009 (NWS, STJ)"
NOTES["port:korsund-deaths"] = "the 2009 Korsund explosion killed three people (NWS, STJ)"
NOTES["port:owner"] = "Brannvik Holdings owns Eastquay (NWS, STJ)"

# planned conflicts: fact key -> (field, number of conflict links)
PLANNED = {
    "fire:area": ("quantity", 2),
    "fire:evacuated": ("quantity", 2),
    "fire:firefighters": ("quantity", 2),
    "fire:record-temp": ("quantity", 2),
    "fire:ilves-age": ("quantity", 1),
    "fire:start": ("date", 2),
    "fire:valdeira-order": ("date", 2),
    "fire:cause": ("attribution", 1),
    "fire:worst-since": ("attribution", 1),
    "fire:ilves-death": ("fact", 1),
    "port:injured": ("quantity", 2),
    "port:fuel": ("quantity", 2),
    "port:waiting": ("quantity", 2),
    "port:built": ("date", 1),
    "port:channel-reopen": ("date", 1),
    "port:power": ("attribution", 1),
    "port:repair": ("attribution", 1),
    "port:pilot": ("fact", 2),
    "port:fire-location": ("fact", 1),
}

# ---------------------------------------------------------------------------------------------- checks
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    "dozen|half|quarter|twice|once|double|triple|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:{})\b|\b(?:{})\b|\b(?:{})\b|\b(?:yesterday|today|tonight|tomorrow|weekend)\b|"
    r"\b(?:last|this|next) (?:week|month|year|summer|winter|spring|autumn)\b".format(
        "|".join(WEEKDAYS), "|".join(MONTHS), NUMBER_WORDS
    ),
)
NUMBER_WORD_RE = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.I)
RELATIVE_IN_TEXT = re.compile(
    r"\b(?:{}|yesterday|today|tonight|tomorrow|weekend|last (?:week|month|year)|this (?:week|month|year|summer)|"
    r"next (?:week|month|year))\b".format("|".join(WEEKDAYS)),
    re.I,
)
NOT_NUMBERS = ["A7 motorway"]  # names, not quantities
FORWARD = {"on Tuesday", "until at least Thursday", "the weekend"}  # look ahead of publication
Q_UNITS = {"money": {"EUR", "USD", "GBP", "SDR"}, "percent": {"%"}, "count": {None}}


def _token_iter(span):
    for m in TOKEN_RE.finditer(span):
        yield m
    for m in NUMBER_WORD_RE.finditer(span):  # number words at the start of a sentence
        if m.group(0)[0].isupper():
            yield m


def check():
    errors = []
    arts = goldlib._ARTICLES
    key_articles = {}
    for slug in goldlib._ORDER:
        a = arts[slug]
        body = a["_body"]
        text = (BASE / a["file"]).read_text(encoding="utf-8")
        noise_ranges = []
        for ns in a["noise"]:
            if ns not in text:
                errors.append(f"{slug}: noise not in file: {ns[:60]!r}")
            for m in re.finditer(re.escape(ns), body):
                noise_ranges.append((m.start(), m.end()))
        covered = []
        located = []
        for cl in a["claims"]:
            cid, span = cl["id"], cl["span"]
            n = body.count(span)
            if n != 1:
                errors.append(f"{cid}: span occurs {n} times in the body: {span[:70]!r}")
                continue
            s = body.find(span)
            e = s + len(span)
            if any(ns <= s < ne or ns < e <= ne or (s <= ns and ne <= e) for ns, ne in noise_ranges):
                errors.append(f"{cid}: span overlaps noise")
            located.append((cl, s, e))
            for item in list(cl["quantities"]) + list(cl["dates"]):
                t = item["text"]
                if t not in span:
                    errors.append(f"{cid}: {t!r} not in span")
                    continue
                for m in re.finditer(re.escape(t), span):
                    covered.append((s + m.start(), s + m.end()))
            if RELATIVE_IN_TEXT.search(cl["text"]):
                errors.append("{}: relative date in claim text: {!r}".format(cid, cl["text"]))
            for q in cl["quantities"]:
                if q["kind"] in Q_UNITS and q["unit"] not in Q_UNITS[q["kind"]]:
                    errors.append("{}: unit {!r} for kind {}".format(cid, q["unit"], q["kind"]))
                if q["kind"] == "other" and not q["unit"]:
                    errors.append(f"{cid}: 'other' quantity without unit")
                lo, hi = q["low"], q["high"]
                if (lo is None and hi is None) or (lo is not None and hi is not None and lo > hi):
                    errors.append(f"{cid}: bad bounds {q!r}")
            for dd in cl["dates"]:
                try:
                    ds = datetime.date.fromisoformat(dd["start"])
                    de = datetime.date.fromisoformat(dd["end"])
                except ValueError:
                    errors.append(f"{cid}: bad date {dd!r}")
                    continue
                if ds > de:
                    errors.append(f"{cid}: date start after end")
                wd = [w for w in WEEKDAYS if w in dd["text"]]
                if wd and WEEKDAYS[ds.weekday()] != wd[0]:
                    errors.append("{}: {!r} is not a {} ({})".format(cid, dd["text"], wd[0], ds))
                m = re.search(r"(\d{{1,2}}) ({})".format("|".join(MONTHS)), dd["text"])
                if m and (ds.day, ds.month) != (int(m.group(1)), MONTHS.index(m.group(2)) + 1):
                    errors.append("{}: {!r} does not match {}".format(cid, dd["text"], ds))
                if ds > datetime.date.fromisoformat(a["published"]) and dd["text"] not in FORWARD:
                    errors.append(f"{cid}: date {ds} after publication")
        skip = []
        for ph in NOT_NUMBERS:
            for m in re.finditer(re.escape(ph), body):
                skip.append((m.start(), m.end()))
        for cl, s, e in located:
            for m in _token_iter(body[s:e]):
                p, pe = s + m.start(), s + m.end()
                if any(a0 <= p and pe <= b0 for a0, b0 in skip):
                    continue
                if not any(a0 <= p and pe <= b0 for a0, b0 in covered):
                    errors.append("{}: {!r} in span not recorded by any claim".format(cl["id"], m.group(0)))
        for cl in a["claims"]:
            for key in _FACTS[cl["id"]]:
                key_articles.setdefault(key, []).append(slug)
    for key, slugs in sorted(key_articles.items()):
        if len(set(slugs)) < 2:
            errors.append(f"fact key {key} used by one article only")
        if len(slugs) != len(set(slugs)):
            errors.append(f"fact key {key} used twice in one article")
    for key in NOTES:
        if key not in key_articles:
            errors.append(f"NOTES for unknown key {key}")
    # derived conflicts must be exactly the planned ones
    links = goldlib.build_links(NOTES)
    by_pair = {}
    for cid, keys in _FACTS.items():
        for key in keys:
            by_pair.setdefault(key, []).append(cid)
    got = {}
    for ln in links:
        if ln["relation"] != "conflict":
            continue
        keys = [k for k, ids in by_pair.items() if ln["a"] in ids and ln["b"] in ids]
        for k in keys:
            got.setdefault(k, [ln["field"], 0])
            got[k][1] += 1
    want = {k: list(v) for k, v in PLANNED.items()}
    if got != want:
        errors.append(
            f"derived conflicts differ from the plan:\n  got  {sorted(got.items())}\n  want {sorted(want.items())}"
        )
    return errors


if __name__ == "__main__":
    errs = check()
    if errs:
        print(f"{len(errs)} check errors:")
        for e in errs:
            print("  E", e)
        sys.exit(1)
    gold = goldlib.write_gold(str(BASE / "gold.json"), NOTES)
    n_claims = sum(len(a["claims"]) for a in gold["articles"])
    conflicts = {}
    for ln in gold["links"]:
        if ln["relation"] == "conflict":
            conflicts[ln["field"]] = conflicts.get(ln["field"], 0) + 1
    print(
        f"wrote gold.json: {len(gold['articles'])} articles, {n_claims} claims, {len(gold['links'])} links "
        f"({sum(conflicts.values())} conflicts: {conflicts})"
    )
