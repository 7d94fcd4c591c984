"""Gold for the eighth linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout-8/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout-8/gold.json

Two invented stories of kinds the earlier corpora do not cover, each covered by three invented outlets (wire,
national paper, specialist trade site), written and annotated by hand without looking at or running any engine on
them. First run of the engines on it (2026-11-29, code at bf0c222; only the figures below were read, never its
output): extraction recall 0.694, precision 0.951; links end to end precision 0.827, recall 0.506, relation
accuracy 0.861, conflicts with the right field 12/33; links on the gold claims precision 0.720, recall 0.770,
conflicts 24/40. The stories:
  * corrimere-derailment-2026: the derailment of an Estvale Rail intercity from Port Ardane to Veldhaven near the
    village of Corrimere (Kessel Valley, invented country of Valdoria) on Monday 12 October 2026, after floodwater
    undermined a 1911 embankment: deaths and injuries, passengers on board, carriages derailed, the train's speed
    and the speed limits, the rain and the weather warning, the culvert, the embankment's inspections, the driver,
    the rescue, the operator's payments, the inquiry by the Transport Accident Inquiry Office (TAIO), the line's
    reopening. Outlets: Northgate Press Association (wire, 12 Oct), The Valdorian Herald (national paper, 13 Oct),
    Trackside Intelligence (rail-industry trade site, 16 Oct).
  * halvane-telecom-breach-2027: the theft of customer data from Halvane Telecom, the invented country of
    Estrenia's second-largest mobile operator, disclosed on Monday 15 February 2027: customers and records
    affected, identity card numbers, payment data, when the intrusion began and was detected, the contractor's
    credentials, the Greyfrost group's ransom demand, the notification of the Data Protection Commission (DPC),
    the maximum fine, revenue and share price, how customers are told, identity protection, the earlier Norvik
    Mobile breach. Outlets: Intermark News Agency (wire, 15 Feb), The Estrenia Courier (national paper, 17 Feb),
    SecureLine Digest (cybersecurity trade site, 19 Feb).

Format and labelling rules are those of the dev corpus (shared/dev-corpus/README.md); the structure follows
tests/engines/data/linking-heldout-7/build_gold.py: every claim may carry fact keys with per-field values, and
goldlib.build_links derives the links (claims of different articles sharing a key are linked, as a conflict on
the first differing field of quantity, date, attribution, fact). The article files carry an extra `story:` line
in their front matter (ignored by goldlib and the validator).

`c(...)` copies the claim's canonicalised attribution into each of its fact values (spokespeople, officials and
an institution's documents count as the institution: chief executive Lotte Haverkamp and "Reservation data
supplied by Estvale" count as Estvale Rail; "VRI's own records", "an internal VRI bulletin" and VRI chief
executive Willem Daalder count as Valdorian Rail Infrastructure; "the fire service" counts as the Kessel Valley
Fire and Rescue Service; "the office" and the event-recorder data it released count as the TAIO; regional governor
Anneke Strand counts as the regional government; Dirk Hollander counts as the Rail Workers' Federation; Marta
Solberg counts as Halvane Telecom; "The DPC" counts as the Data Protection Commission; Digital Affairs Minister
Sara Lindqvist counts as her ministry; "The National Cyber Agency" counts as the Estrenian National Cyber Agency;
Tomasz Kiel counts as Fair Deal Estrenia; unnamed or missing sources - "emergency services", "Investigators",
"her family", "Two people familiar with the investigation", "the Courier understands" - give nothing), so that an
attribution conflict is derived whenever two linked claims name different sources. Independent experts (the
engineer Dr Ingrid Vos, the lawyer Ana Petrov, the researcher Johan Meyers), politicians outside government and
members of the public speak for themselves.

Labelling decisions:
  * Quantities: each claim records only the quantities and dates it states itself, even when it shares its span
    with other claims split from the same sentence; check() requires every number and calendar word in a span to
    be recorded by at least one claim sharing it. Speeds are `other` in "km/h", rainfall in "mm", lengths in "m"
    and "km", durations in "minutes"/"hours"/"days"/"weeks"/"months"/"years", ages in "years", data volumes in
    "GB"; "single-track"/"double-track" are `other` in "tracks" (1 and 2), "once a year"/"twice-yearly" are `other`
    in "per year", "fourth carriage", "second-largest" and "the second" breach are `other` in "ordinal", "one-day"
    is 1 day. "About a third"/"Around a third" is 33.3 %, "nearly a third" sets only the high bound (33.3 %).
    "Within 20 minutes", "within 72 hours", "within three months", "up to 4%", "almost two weeks", "almost 8%",
    "as many as 200,000" and "up to about €38m" set only the high bound; "the maximum penalty is 2%" is a cap and
    sets only the high bound too; "more than 300", "more than 1,500" and "millions of" set only the low bound.
    The 72-hour notification deadline is a bound in both outlets ("within 72 hours", "the 72-hour deadline").
    Amounts in euros are EUR, the ransom in dollars USD. "Identity protection for a year" (Courier) records 1 year;
    its fact value compares in months (12), like "12 months" in the other outlets.
  * Dates: in the derailment story "on Monday" (wire, Mon 12 Oct) and "yesterday" (Herald, Tue 13 Oct) are
    12 Oct; "on Sunday" (wire) is 11 Oct and "on Saturday" (Herald) 10 Oct; "on Thursday" (Trackside, Fri 16 Oct)
    is 15 Oct; "in June", "in March" and "in the spring" are 2026; "in the past year" (Herald) runs from 13 Oct
    2025 to 13 Oct 2026. In the breach story "on Monday" is 15 Feb in the wire and the Courier (Wed 17 Feb);
    "yesterday" and "on Tuesday" are 16 Feb; "on Wednesday" (SecureLine, Fri 19 Feb) is 17 Feb; "earlier this
    month" (Courier) is 1-17 Feb 2027, "since Monday" 15-17 Feb, "since the weekend" 13-17 Feb; "since November"
    is November 2026 and "mid-December" 11-20 December 2026; "last year" is 2026 in both the wire and SecureLine;
    "this year" is 2027.
  * "It is the deadliest rail accident in Valdoria since 2011" (wire) and "the worst on Valdoria's railways in
    15 years" (Herald) share dr:deadliest: one gives a date, the other a duration, so nothing is compared and they
    link as `same` (as lh7's launch delay). "The first fire crews reached the wreck within 20 minutes" and "the
    first fire engines were at the scene within 20 minutes of the alarm" carry the same bound.
  * A title before a name ("Prime Minister Ruben Aalders", "Regional governor Anneke Strand", "Transport Minister
    Sanne Korver", "VRI chief executive Willem Daalder", "Chief executive Marta Solberg", "Digital Affairs Minister
    Sara Lindqvist", "Opposition MP Lena Vikstrom") is not split off; appositives and relative clauses are ("Piet
    Vallen, a farmer whose land borders the line, who was among the first at the scene"; "Halvane's chief
    executive, Marta Solberg, who took over in 2023"; "Cindervale Security, the incident-response firm Halvane
    hired").
  * Enumerations of named items are split (no passwords / no payment card details / no bank account numbers were
    accessed); generic compound objects stay together (names, home addresses, dates of birth and phone numbers;
    rail and air crashes; embankments or cuttings).
  * Two claims in one sentence that share the train's Estvale attribution ("the company added") keep it; the
    single-track line and the double-track section are the outlets' own descriptions (unattributed).
  * Page furniture is noise: bylines and datelines with time stamps, share bars, photo captions, subheads of the
    trade sites, author boxes, "Read more", "Related" and "Have your say" lines. The wires' datelines
    ("CORRIMERE, Valdoria, Oct 12 (NPA) -") yield no claims.

Deliberate disagreements between outlets (see NOTES at the end of each story):
  derailment quantity: people injured (61 in the wire and Trackside vs Fifty-seven in the Herald), passengers on
            board (about 230 / Some 230 vs 212 from Estvale's reservation data), speed at the derailment (about
            110 km/h per Estvale vs 96 km/h per the TAIO's event-recorder data), carriages derailed (five of eight
            vs six of eight), rain in the 24 hours before (about 85 mm vs 78 mm), the line (single-track vs
            double-track section);
            date: the weather warning (Sunday 11 Oct vs Saturday 10 Oct), the embankment's last inspection (June,
            per VRI vs March, per VRI's records), the line's reopening (26 October vs 2 November);
            attribution: floodwater washed away / scoured out the embankment (Valdorian Rail Infrastructure vs the
            TAIO; the Herald's unnamed investigators give nothing), the driver survived (Estvale Rail vs Kessel
            Valley Police), the first crews at the scene within 20 minutes (the fire service vs regional governor
            Anneke Strand);
            fact: no speed restriction on the stretch (Herald, VRI) vs a temporary 60 km/h restriction in force
            (Trackside, internal VRI bulletin); the water came from a blocked culvert (Herald, investigators) vs
            the culvert was not blocked but too small (Trackside, the TAIO)
  breach    quantity: customers affected (about 4.2 million / 4.2 million vs 4.6 million), identity card numbers
            (about 380,000 vs about 410,000), the maximum fine (up to 4% of annual turnover vs 2%), Halvane's
            revenue (€1.9bn vs 2.1 billion euros), the share fall on 15 February (7.8% vs 6.5% vs almost 8%: a
            bound against two points), the Norvik Mobile breach of 2024 (1.1 million vs 1.3 million users);
            date: intrusion detected (3 February vs 5 February; the Courier's "earlier this month" contains both),
            attackers inside since November vs from mid-December, the DPC notified (8 February vs 6 February);
            attribution: the $5 million ransom demand (Marta Solberg in the wire and the Courier vs Cindervale
            Security), the DPC's investigation (the DPC vs Digital Affairs Minister Sara Lindqvist), entry through a
            contractor's credentials (Halvane vs the Estrenian National Cyber Agency);
            fact: payment card details not accessed (wire, Courier; Halvane) vs partial card details in the leaked
            sample (SecureLine); customers told by text message (wire, Courier) vs by email (SecureLine)
  Look-alikes that must not be linked: derailment - 4 dead vs four crew vs the other three victims vs the fourth
  carriage; 61/57 injured vs 12 seriously injured vs 212/230 passengers vs 14,000 passengers a day vs 40 million a
  year vs more than 300 rescuers vs nine dead at Hedden Junction; 110/96 km/h vs the 120 km/h line speed vs the
  60 km/h restriction; 85/78 mm of rain vs the 24 hours; the 30 metres scoured out vs the 120 metres to rebuild vs
  St Brannock's 40 kilometres away vs the 2,300 km network; the €10,000 payments vs the €4.5m repairs; the
  embankment built in 1911 vs Estvale on the route since 2017 vs the franchise until 2031 vs the coaches of 2009
  vs the Hedden Junction collision of 2011 vs the 2024 budget cut vs the 2025 audit; the weather warning (10/11
  Oct) vs the derailment (12 Oct) vs the recorder data released on 15 Oct; the wire's "data recorder not yet
  recovered" vs Trackside's event-recorder data; reopening on 26 Oct / 2 Nov vs the interim report within three
  months; the culvert cleared in the spring vs the last inspection in March/June; Kessel Bridge's sports hall (wire)
  vs its rain gauge (Trackside). Breach - 4.2/4.6 million customers vs 11.5 million subscribers vs "Four million
  people" in a politician's quote vs 380,000/410,000 identity card numbers vs 25,000 business customers vs 10,000
  records posted vs 200,000 customers Halvane could lose vs Norvik's 1.1/1.3 million users; the 4%/2% fine cap vs
  the 7.8%/6.5%/almost 8% share falls vs the further 2.1% on Tuesday vs nearly a third of the population; €1.9bn /
  2.1 billion euros revenue vs the €300m of market value vs the €38m possible fine vs Norvik's €6m fine vs the
  $5 million ransom; detection on 3/5 Feb vs notification on 6/8 Feb vs lock-out on 9 Feb vs disclosure on 15 Feb
  vs the DPC's confirmation on 16 Feb vs ENCA's advisory on 17 Feb; the 72-hour deadline vs five/four days vs
  almost two weeks; Solberg since 2023 vs the listing in 2015 vs Norvik's breach in 2024; Solberg's apology vs her
  refusal to resign; the text messages to customers vs the scam calls Grete Aune received.
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, DOC, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # derailment story
    "Estvale Rail": "Estvale Rail",
    "Estvale": "Estvale Rail",
    "Lotte Haverkamp": "Estvale Rail",
    "Reservation data supplied by Estvale": "Estvale Rail",
    "Valdorian Rail Infrastructure (VRI)": "VRI",
    "Valdorian Rail Infrastructure": "VRI",
    "VRI": "VRI",
    "VRI's own records": "VRI",
    "an internal VRI bulletin": "VRI",
    "VRI chief executive Willem Daalder": "VRI",
    "Kessel Valley Fire and Rescue Service": "Kessel Valley Fire and Rescue Service",
    "the fire service": "Kessel Valley Fire and Rescue Service",
    "Regional governor Anneke Strand": "Kessel Valley regional government",
    "Kessel Valley Police": "Kessel Valley Police",
    "the regional health authority": "regional health authority",
    "The TAIO": "TAIO",
    "the office": "TAIO",
    "event-recorder data": "TAIO",
    "Prime Minister Ruben Aalders": "Valdorian government",
    "Transport Minister Sanne Korver": "Transport Ministry",
    "Dirk Hollander": "Rail Workers' Federation",
    "a 2025 audit by the National Audit Chamber": "National Audit Chamber",
    "Piet Vallen": "Piet Vallen",
    "Hanna Greve": "Hanna Greve",
    "Dr Ingrid Vos": "Ingrid Vos",
    # breach story
    "Halvane Telecom": "Halvane Telecom",
    "Halvane": "Halvane Telecom",
    "Chief executive Marta Solberg": "Halvane Telecom",
    "Marta Solberg": "Halvane Telecom",
    "Solberg": "Halvane Telecom",
    "The Data Protection Commission (DPC)": "DPC",
    "The DPC": "DPC",
    "Digital Affairs Minister Sara Lindqvist": "Digital Affairs Ministry",
    "Sara Lindqvist": "Digital Affairs Ministry",
    "Estrenian National Cyber Agency (ENCA)": "ENCA",
    "The National Cyber Agency": "ENCA",
    "Cindervale Security": "Cindervale Security",
    "Cindervale": "Cindervale Security",
    "Tomasz Kiel": "Fair Deal Estrenia",
    "Fair Deal Estrenia": "Fair Deal Estrenia",
    "Sorensen & Vik": "Sorensen & Vik",
    "Trelis Mobile": "Trelis Mobile",
    "Ana Petrov": "Ana Petrov",
    "Johan Meyers": "Johan Meyers",
    "Opposition MP Lena Vikstrom": "Lena Vikstrom",
    "Lena Vikstrom": "Lena Vikstrom",
    "Grete Aune": "Grete Aune",
}

c = claim_maker(CANON)
art = article_maker(BASE)

NOTES = {}

# =====================================================================
# Story A: the Corrimere derailment (Monday 12 October 2026)
# =====================================================================
SA = "corrimere-derailment-2026"
SAT10 = "2026-10-10"
SUN11 = "2026-10-11"
MON12 = "2026-10-12"  # the derailment
THU15 = "2026-10-15"
OCT26 = "2026-10-26"
NOV02 = "2026-11-02"
MAR26 = ("2026-03-01", "2026-03-31")
SPRING26 = ("2026-03-01", "2026-05-31")
JUN26 = ("2026-06-01", "2026-06-30")
PAST_YEAR = ("2025-10-13", "2026-10-13")  # "in the past year" in the Herald (Tue 13 Oct)
Y1911 = ("1911-01-01", "1911-12-31")
Y2009 = ("2009-01-01", "2009-12-31")
Y2011 = ("2011-01-01", "2011-12-31")
Y2017 = ("2017-01-01", "2017-12-31")
Y2024A = ("2024-01-01", "2024-12-31")
Y2025A = ("2025-01-01", "2025-12-31")
Y2031 = ("2031-01-01", "2031-12-31")
DEATHS_Q = qv("n", 4, 4)
SERIOUS_Q = qv("n", 12, 12)
CARRIAGES_Q = qv("n", 8, 8)
PAYMENT_Q = qv("EUR", 10000, 10000)

# ---------------------------------------------------------------- Northgate Press Association (2026-10-12, Mon)
A = "rail-npa"
art(
    A,
    SA,
    [
        "By Tomas Reijnders | Monday 12 October 2026, 13:52 CET | Updated 17:20 CET",
        "Share: Facebook | X | LinkedIn | Email",
        "Related: Valdoria's ageing rail network - a decade of underinvestment",
    ],
)
EMERG = AN("emergency services", "said")
KILLED = "Four people were killed and 61 injured on Monday"
c(
    A,
    "Four people were killed in the derailment of an Estvale Rail intercity train near Corrimere on 12 October 2026.",
    KILLED,
    EMERG,
    q=[Q("count", 4, 4, None, "Four people")],
    d=[D(MON12, None, "on Monday")],
    facts={"dr:deaths": {"quantity": DEATHS_Q}},
)
c(
    A,
    "61 people were injured in the derailment near Corrimere on 12 October 2026.",
    KILLED,
    EMERG,
    q=[Q("count", 61, 61, None, "61")],
    d=[D(MON12, None, "on Monday")],
    facts={"dr:injured": {"quantity": qv("n", 61, 61)}},
)
c(
    A,
    "An intercity train operated by Estvale Rail derailed near the village of Corrimere on 12 October 2026.",
    "on Monday when an intercity train operated by Estvale Rail derailed near the village of Corrimere",
    EMERG,
    d=[D(MON12, None, "on Monday")],
    facts={"dr:derail": {"date": dv(MON12)}},
)
c(
    A,
    "The intercity train that derailed near Corrimere was operated by Estvale Rail.",
    "an intercity train operated by Estvale Rail",
    facts={"dr:operator": {}},
)
c(A, "Corrimere is a village in the Kessel Valley.", "the village of Corrimere in the Kessel Valley")
FIRE = ORG("Kessel Valley Fire and Rescue Service", "according to")
c(
    A,
    "Five of the eight carriages of the train derailed near Corrimere.",
    "Five of the train's eight carriages left the track",
    FIRE,
    q=[Q("count", 5, 5, None, "Five")],
    facts={"dr:carriages-derailed": {"quantity": qv("n", 5, 5)}},
)
c(
    A,
    "The train that derailed near Corrimere had eight carriages.",
    "Five of the train's eight carriages",
    FIRE,
    q=[Q("count", 8, 8, None, "eight carriages")],
    facts={"dr:carriages": {"quantity": CARRIAGES_Q}},
)
c(
    A,
    "Two of the derailed carriages rolled down an embankment towards the Kessel river.",
    "two of them rolled down an embankment towards the Kessel river",
    FIRE,
    q=[Q("count", 2, 2, None, "two")],
    facts={"dr:two-down": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "Twelve of the people injured in the Corrimere derailment were in a serious condition.",
    "Twelve of the injured were in a serious condition.",
    q=[Q("count", 12, 12, None, "Twelve")],
    facts={"dr:serious": {"quantity": SERIOUS_Q}},
)
c(
    A,
    "The train that derailed near Corrimere was travelling from Port Ardane to Veldhaven.",
    "The train, which was travelling from Port Ardane to Veldhaven",
    facts={"dr:route": {}},
)
c(
    A,
    "The train that derailed near Corrimere was carrying about 230 passengers.",
    "was carrying about 230 passengers",
    ORG("Estvale Rail", "said"),
    q=[Q("count", 230, 230, None, "about 230 passengers")],
    facts={"dr:passengers": {"quantity": qv("n", 230, 230)}},
)
ADDED = ORG("Estvale Rail", "the company added")
c(
    A,
    "The train was moving at about 110 km/h when it derailed near Corrimere.",
    "It was moving at about 110 km/h when it came off the rails",
    ADDED,
    q=[Q("other", 110, 110, "km/h", "about 110 km/h")],
    facts={"dr:speed": {"quantity": qv("km/h", 110, 110)}},
)
c(
    A,
    "The speed limit on the stretch where the train derailed is 120 km/h.",
    "the 120 km/h limit for that stretch",
    ADDED,
    q=[Q("other", 120, 120, "km/h", "120 km/h")],
    facts={"dr:line-speed": {"quantity": qv("km/h", 120, 120)}},
)
c(
    A,
    "The train was travelling below the speed limit when it derailed near Corrimere.",
    "below the 120 km/h limit for that stretch",
    ADDED,
)
c(
    A,
    "The line where the train derailed near Corrimere is single-track.",
    "that stretch of the single-track line",
    q=[Q("other", 1, 1, "tracks", "single-track")],
    facts={"dr:tracks": {"quantity": qv("tracks", 1, 1)}},
)
c(
    A,
    "Floodwater washed away part of the embankment beneath the line in the night before the derailment.",
    "floodwater had washed away part of the embankment beneath the line overnight",
    ORG("Valdorian Rail Infrastructure (VRI)", "said"),
    facts={"dr:cause": {}},
)
VRI_APPOS = "the state-owned company that manages the track"
c(A, "Valdorian Rail Infrastructure is state-owned.", VRI_APPOS)
c(
    A,
    "Valdorian Rail Infrastructure manages the track of the Port Ardane-Veldhaven line.",
    VRI_APPOS,
    facts={"dr:vri-track": {}},
)
c(
    A,
    "The national weather service issued an orange warning for heavy rain across the Kessel Valley on 11 October 2026.",
    "The national weather service had issued an orange warning for heavy rain across the valley on Sunday",
    d=[D(SUN11, None, "on Sunday")],
    facts={"dr:warning": {"date": dv(SUN11)}},
)
c(
    A,
    "The ground disappeared from under the rails at Corrimere.",
    "The ground simply disappeared from under the rails",
    NP("Piet Vallen", "said"),
)
c(A, "Piet Vallen is a farmer.", "Piet Vallen, a farmer")
c(A, "Piet Vallen's land borders the railway line at Corrimere.", "a farmer whose land borders the line")
c(
    A,
    "Piet Vallen was among the first at the scene of the Corrimere derailment.",
    "who was among the first at the scene",
)
c(
    A,
    "Passengers were climbing out of the derailed train through the windows.",
    "People were climbing out through the windows.",
    NP("Piet Vallen", "said"),
)
FIRE_SAID = ORG("the fire service", "said")
c(
    A,
    "The first fire crews reached the Corrimere wreck within 20 minutes.",
    "The first fire crews reached the wreck within 20 minutes",
    FIRE_SAID,
    q=[Q("other", None, 20, "minutes", "within 20 minutes")],
    facts={"dr:first-crews": {"quantity": qv("minutes", None, 20)}},
)
c(
    A,
    "More than 300 rescuers were deployed at Corrimere on 12 October 2026.",
    "more than 300 rescuers were deployed during the day",
    FIRE_SAID,
    q=[Q("count", 300, None, None, "more than 300 rescuers")],
)
c(
    A,
    "Helicopters flew the most badly injured from Corrimere to St Brannock's Hospital.",
    "Helicopters flew the most badly hurt to St Brannock's Hospital",
    facts={"dr:st-brannock": {}},
)
c(A, "St Brannock's Hospital is in Veldhaven.", "St Brannock's Hospital in Veldhaven")
c(
    A,
    "St Brannock's Hospital is some 40 kilometres from the Corrimere derailment site.",
    "St Brannock's Hospital in Veldhaven, some 40 kilometres away",
    q=[Q("other", 40, 40, "km", "some 40 kilometres")],
)
c(
    A,
    "Uninjured passengers were taken by bus to a sports hall in Kessel Bridge.",
    "Uninjured passengers were taken by bus to a sports hall in nearby Kessel Bridge",
)
c(A, "Kessel Bridge is near Corrimere.", "nearby Kessel Bridge")
c(
    A,
    "Relatives gathered at the sports hall in Kessel Bridge through the afternoon of 12 October 2026.",
    "a sports hall in nearby Kessel Bridge, where relatives gathered through the afternoon",
)
c(
    A,
    "The driver of the train that derailed near Corrimere survived.",
    "The train's driver survived",
    ORG("Estvale Rail", "said"),
    facts={"dr:driver": {}},
)
c(
    A,
    "The driver of the train that derailed near Corrimere is being treated in hospital.",
    "The train's driver survived and is being treated in hospital",
    ORG("Estvale Rail", "said"),
)
c(A, "Lotte Haverkamp is Estvale Rail's chief executive.", "The company's chief executive, Lotte Haverkamp")
c(
    A,
    "Lotte Haverkamp is heartbroken by the Corrimere derailment.",
    'she was "heartbroken"',
    NP("Lotte Haverkamp", "said"),
)
c(
    A,
    "Estvale Rail will immediately pay €10,000 to the family of each person killed in the Corrimere derailment.",
    "Estvale would pay €10,000 immediately to the family of each person who died",
    NP("Lotte Haverkamp", "said"),
    q=[Q("money", 10000, 10000, "EUR", "€10,000")],
    facts={"dr:payment": {"quantity": PAYMENT_Q}},
)
c(
    A,
    "Estvale Rail is Valdoria's largest private train operator.",
    "Estvale, the country's largest private train operator",
)
c(
    A,
    "Estvale Rail carries about 40 million passengers a year.",
    "carries about 40 million passengers a year",
    q=[Q("count", 40e6, 40e6, None, "about 40 million passengers a year")],
)
c(
    A,
    "Ruben Aalders cut short a visit to Strelsund after the Corrimere derailment.",
    "Prime Minister Ruben Aalders, who cut short a visit to Strelsund",
)
c(
    A,
    "The Corrimere derailment was a black day for Valdoria's railways.",
    'called it "a black day for our railways"',
    NP("Prime Minister Ruben Aalders", "called it"),
)
c(
    A,
    "A full investigation into the Corrimere derailment will follow.",
    "said a full investigation would follow",
    NP("Prime Minister Ruben Aalders", "said"),
)
c(
    A,
    "The Transport Accident Inquiry Office (TAIO) has sent a team of investigators to Corrimere.",
    "The Transport Accident Inquiry Office (TAIO) has sent a team of investigators to Corrimere.",
    facts={"dr:taio-investigation": {}},
)
c(
    A,
    "Investigators had not recovered the train's data recorder by the evening of 12 October 2026.",
    "Investigators had not yet recovered the train's data recorder on Monday evening",
    d=[D(MON12, None, "on Monday evening")],
)
c(
    A,
    "The Port Ardane-Veldhaven line will remain closed while the embankment at Corrimere is rebuilt.",
    "will remain closed while the embankment is rebuilt",
    ORG("VRI", "said"),
)
c(
    A,
    "The line between Port Ardane and Veldhaven carries some 14,000 passengers a day.",
    "which carries some 14,000 passengers a day",
    q=[Q("count", 14000, 14000, None, "some 14,000 passengers")],
)
c(
    A,
    "Replacement buses are running between Port Ardane and Veldhaven.",
    "Replacement buses are running between the two cities.",
    q=[Q("count", 2, 2, None, "two cities")],
    facts={"dr:buses": {}},
)
c(
    A,
    "The Corrimere derailment is the deadliest rail accident in Valdoria since 2011.",
    "It is the deadliest rail accident in Valdoria since 2011",
    d=[D(*Y2011, "2011")],
    facts={"dr:deadliest": {"date": dv(*Y2011)}},
)
c(
    A,
    "Nine people died in a collision at Hedden Junction in 2011.",
    "since 2011, when nine people died in a collision at Hedden Junction",
    q=[Q("count", 9, 9, None, "nine people")],
    d=[D(*Y2011, "2011")],
    facts={"dr:hedden": {"date": dv(*Y2011)}},
)

# ---------------------------------------------------------------- The Valdorian Herald (2026-10-13, Tue)
A = "rail-herald"
art(
    A,
    SA,
    [
        "By Marit Olsen and Jakob de Wit | Tuesday 13 October 2026, 06:30 | Updated 10:15",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Rescue workers search an overturned carriage near Corrimere on Monday. Photo: Herald/Bram Tuinman]",
        "Read more: Timeline - the Kessel Valley line since 1908",
        "Read more: Editorial - Our railways need more than sympathy",
        "Have your say: were you on the train? Contact newsdesk@valdorianherald.example",
    ],
)
HEALTH = ORG("the regional health authority", "said")
INJ_H = "Fifty-seven people were injured and four killed yesterday"
c(
    A,
    "57 people were injured in the Corrimere derailment on 12 October 2026.",
    INJ_H,
    HEALTH,
    q=[Q("count", 57, 57, None, "Fifty-seven people")],
    d=[D(MON12, None, "yesterday")],
    facts={"dr:injured": {"quantity": qv("n", 57, 57)}},
)
c(
    A,
    "Four people were killed in the Corrimere derailment on 12 October 2026.",
    INJ_H,
    HEALTH,
    q=[Q("count", 4, 4, None, "four")],
    d=[D(MON12, None, "yesterday")],
    facts={"dr:deaths": {"quantity": DEATHS_Q}},
)
c(
    A,
    "The morning intercity from Port Ardane to Veldhaven derailed outside Corrimere on 12 October 2026.",
    "yesterday when the morning intercity from Port Ardane to Veldhaven left the rails outside Corrimere",
    HEALTH,
    d=[D(MON12, None, "yesterday")],
    facts={"dr:derail": {"date": dv(MON12)}},
)
c(
    A,
    "The train that derailed outside Corrimere was the morning intercity from Port Ardane to Veldhaven.",
    "the morning intercity from Port Ardane to Veldhaven",
    facts={"dr:route": {}},
)
c(
    A,
    "Six of the eight carriages of the Corrimere train derailed.",
    "Six of the eight carriages came off the track.",
    q=[Q("count", 6, 6, None, "Six")],
    facts={"dr:carriages-derailed": {"quantity": qv("n", 6, 6)}},
)
c(
    A,
    "The train that derailed outside Corrimere had eight carriages.",
    "Six of the eight carriages came off the track.",
    q=[Q("count", 8, 8, None, "eight carriages")],
    facts={"dr:carriages": {"quantity": CARRIAGES_Q}},
)
c(
    A,
    "Two carriages of the Corrimere train came to rest on their sides at the foot of the embankment.",
    "Two came to rest on their sides at the foot of the embankment",
    q=[Q("count", 2, 2, None, "Two")],
    facts={"dr:two-down": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "The two overturned carriages came to rest a few metres from the Kessel river.",
    "at the foot of the embankment, a few metres from the swollen Kessel river",
)
c(A, "The Kessel river was swollen when the train derailed.", "the swollen Kessel river")
FAMILY = AN("her family", "confirmed")
c(A, "Elsa Moorman was among those killed in the Corrimere derailment.", "Among the dead was Elsa Moorman", FAMILY)
c(A, "Elsa Moorman was 34 years old.", "Elsa Moorman, 34", FAMILY, q=[Q("other", 34, 34, "years", "34")])
c(
    A,
    "Elsa Moorman was a primary school teacher from Veldhaven.",
    "Elsa Moorman, 34, a primary school teacher from Veldhaven",
    FAMILY,
)
c(
    A,
    "The names of the other three people killed in the Corrimere derailment have not been released.",
    "The names of the other three victims have not been released.",
    q=[Q("count", 3, 3, None, "three victims")],
)
c(
    A,
    "Twelve people injured in the Corrimere derailment remain in a serious condition.",
    "Twelve people remain in a serious condition",
    q=[Q("count", 12, 12, None, "Twelve people")],
    facts={"dr:serious": {"quantity": SERIOUS_Q}},
)
c(
    A,
    "Most of the seriously injured are being treated at St Brannock's Hospital.",
    "most of them at St Brannock's Hospital",
    facts={"dr:st-brannock": {}},
)
POLICE = ORG("Kessel Valley Police", "according to")
DRIVER_H = "The driver, a 52-year-old man from Port Ardane, survived the crash with a broken leg"
c(
    A,
    "The driver of the Corrimere train survived the crash.",
    DRIVER_H,
    POLICE,
    facts={"dr:driver": {}},
)
c(
    A,
    "The driver of the Corrimere train is 52 years old.",
    "a 52-year-old man from Port Ardane",
    POLICE,
    q=[Q("other", 52, 52, "years", "52-year-old")],
)
c(A, "The driver of the Corrimere train is from Port Ardane.", "a 52-year-old man from Port Ardane", POLICE)
c(A, "The driver of the Corrimere train suffered a broken leg.", "survived the crash with a broken leg", POLICE)
c(
    A,
    "Police officers spoke briefly to the driver of the Corrimere train in hospital.",
    "officers had spoken to him briefly in hospital",
    ORG("Kessel Valley Police", "who said"),
)
c(
    A,
    "Some 230 passengers were on board the train that derailed outside Corrimere.",
    "Some 230 passengers were on board",
    q=[Q("count", 230, 230, None, "Some 230 passengers")],
    facts={"dr:passengers": {"quantity": qv("n", 230, 230)}},
)
c(
    A,
    "Many of the passengers were students returning to the university in Veldhaven after the weekend.",
    "many of them students returning to the university in Veldhaven after the weekend",
)
c(A, "Hanna Greve is 19 years old.", "Hanna Greve, 19", q=[Q("other", 19, 19, "years", "19")])
c(
    A,
    "Hanna Greve was in the fourth carriage of the train that derailed outside Corrimere.",
    "Hanna Greve, 19, was in the fourth carriage",
    q=[Q("other", 4, 4, "ordinal", "fourth carriage")],
)
c(
    A,
    "There was a bang, then Hanna Greve's carriage turned over.",
    "There was a bang, then everything turned over",
    NP("Hanna Greve", "she said"),
)
c(
    A,
    "Hanna Greve does not know how she got out of the carriage.",
    "I still don't know how I got out.",
    NP("Hanna Greve", "she said"),
)
c(
    A,
    "The first fire engines were at the Corrimere derailment scene within 20 minutes of the alarm.",
    "the first fire engines were at the scene within 20 minutes of the alarm",
    NP("Regional governor Anneke Strand", "said"),
    q=[Q("other", None, 20, "minutes", "within 20 minutes")],
    facts={"dr:first-crews": {"quantity": qv("minutes", None, 20)}},
)
c(A, "Anneke Strand praised residents of Corrimere.", "She praised residents of Corrimere")
c(
    A,
    "Residents of Corrimere opened the village hall to shelter uninjured passengers.",
    "residents of Corrimere, who opened the village hall to shelter uninjured passengers",
)
INVEST = AN("Investigators", "believe")
EMB_H = "the embankment, which was built in 1911, was undermined by water from a blocked culvert"
c(A, "The Corrimere embankment was undermined by water.", EMB_H, INVEST, facts={"dr:cause": {}})
c(
    A,
    "The water that undermined the Corrimere embankment came from a blocked culvert.",
    EMB_H,
    INVEST,
    facts={"dr:culvert": {"fact": "culvert blocked"}},
)
c(A, "The Corrimere embankment was built in 1911.", "the embankment, which was built in 1911", d=[D(*Y1911, "1911")])
c(
    A,
    "About 85 mm of rain fell on the Kessel Valley in the 24 hours before the Corrimere derailment.",
    "About 85 mm of rain fell on the valley in the 24 hours before the crash",
    q=[Q("other", 85, 85, "mm", "About 85 mm"), Q("other", 24, 24, "hours", "24 hours")],
    facts={"dr:rainfall": {"quantity": qv("mm", 85, 85)}},
)
c(
    A,
    "About 85 mm of rain in 24 hours is an exceptional amount even for the Kessel Valley.",
    "an exceptional amount even for the wet Kessel Valley",
)
c(
    A,
    "The national weather service warned of flooding in the Kessel Valley on 10 October 2026.",
    "The national weather service had warned of flooding on Saturday",
    d=[D(SAT10, None, "on Saturday")],
    facts={"dr:warning": {"date": dv(SAT10)}},
)
c(
    A,
    "Valdorian Rail Infrastructure owns the Port Ardane-Veldhaven line.",
    "Valdorian Rail Infrastructure, which owns the line",
    facts={"dr:vri-track": {}},
)
VRI_H = ORG("Valdorian Rail Infrastructure", "said")
c(
    A,
    "The Corrimere embankment was last inspected in June 2026.",
    "the embankment had last been inspected in June",
    VRI_H,
    d=[D(*JUN26, "in June")],
    facts={"dr:inspection": {"date": dv(*JUN26)}},
)
c(
    A,
    "No defects were found at the last inspection of the Corrimere embankment.",
    "the embankment had last been inspected in June and no defects had been found",
    VRI_H,
)
c(
    A,
    "No speed restriction had been imposed on the stretch where the train derailed.",
    "No speed restriction had been imposed on the stretch",
    ORG("VRI", "added"),
    facts={"dr:speed-restriction": {"fact": "no speed restriction"}},
)
c(
    A,
    "The Rail Workers' Federation is angered that no speed restriction had been imposed at Corrimere.",
    "That has angered the Rail Workers' Federation.",
)
c(A, "Dirk Hollander is general secretary of the Rail Workers' Federation.", "Its general secretary, Dirk Hollander")
c(
    A,
    "Train drivers reported standing water near Corrimere twice in the year before the derailment.",
    "drivers had reported standing water near Corrimere twice in the past year",
    NP("Dirk Hollander", "said"),
    q=[Q("count", 2, 2, None, "twice")],
    d=[D(*PAST_YEAR, "the past year")],
)
c(
    A,
    "The drivers' warnings about standing water near Corrimere were ignored.",
    "These warnings were ignored",
    NP("Dirk Hollander", "he told the Herald"),
)
c(
    A,
    "Sanne Korver has ordered VRI to check every embankment on the Kessel Valley line before services resume.",
    "she had ordered VRI to check every embankment on the Kessel Valley line before services resume",
    NP("Transport Minister Sanne Korver", "said"),
)
c(
    A,
    "The Transport Accident Inquiry Office has opened an inquiry into the Corrimere derailment.",
    "The Transport Accident Inquiry Office, the independent body that investigates rail and air crashes, has opened an"
    " inquiry.",
    facts={"dr:taio-investigation": {}},
)
c(
    A,
    "The Transport Accident Inquiry Office is the independent body that investigates rail and air crashes.",
    "The Transport Accident Inquiry Office, the independent body that investigates rail and air crashes",
)
c(
    A,
    "VRI hopes to reopen the Port Ardane-Veldhaven line on 26 October 2026.",
    "VRI hopes to reopen the line on 26 October.",
    d=[D(OCT26, None, "on 26 October")],
    facts={"dr:reopen": {"date": dv(OCT26)}},
)
c(
    A,
    "Buses are replacing trains on the Port Ardane-Veldhaven line until the line reopens.",
    "Buses are replacing trains until then.",
    facts={"dr:buses": {}},
)
ESTV_H = "Estvale Rail, which has run intercity services on the route since 2017"
c(
    A,
    "Estvale Rail has run intercity services on the Port Ardane-Veldhaven route since 2017.",
    ESTV_H,
    d=[D(*Y2017, "2017")],
    facts={"dr:operator": {}},
)
c(
    A,
    "Estvale Rail has promised the families of those killed at Corrimere an immediate payment of 10,000 euros each.",
    "has promised the families of those killed an immediate payment of 10,000 euros each",
    q=[Q("money", 10000, 10000, "EUR", "10,000 euros")],
    facts={"dr:payment": {"quantity": PAYMENT_Q}},
)
c(
    A,
    "Estvale Rail's shares were suspended on the Veldhaven stock exchange.",
    "Its shares were suspended on the Veldhaven stock exchange.",
)
c(
    A,
    "The Corrimere derailment is the worst on Valdoria's railways in 15 years.",
    "The derailment is the worst on Valdoria's railways in 15 years.",
    q=[Q("other", 15, 15, "years", "15 years")],
    facts={"dr:deadliest": {"quantity": qv("years", 15, 15)}},
)

# ---------------------------------------------------------------- Trackside Intelligence (2026-10-16, Fri)
A = "rail-trackside"
art(
    A,
    SA,
    [
        "Trackside Intelligence | Safety | 16 October 2026 | By Callum Rees | 8 min read",
        "Share: X | LinkedIn | Email | Copy link",
        "Preliminary findings",
        "The consist",
        "The earthworks",
        "Wider questions",
        "About the author: Callum Rees covers rail safety and infrastructure for Trackside Intelligence. Tip-offs:"
        " tips@trackside-intel.example",
        "Related: Earthworks failures - five lessons from a wet decade",
    ],
)
INTERCITY = "Estvale Rail's Port Ardane-Veldhaven intercity"
c(
    A,
    "Estvale Rail's Port Ardane-Veldhaven intercity was travelling at 96 km/h when it derailed near Corrimere.",
    INTERCITY + " was travelling at 96 km/h",
    DOC("event-recorder data", "according to"),
    q=[Q("other", 96, 96, "km/h", "96 km/h")],
    facts={"dr:speed": {"quantity": qv("km/h", 96, 96)}},
)
c(A, "The Port Ardane-Veldhaven intercity is operated by Estvale Rail.", INTERCITY, facts={"dr:operator": {}})
c(
    A,
    "The train that derailed near Corrimere was the Port Ardane-Veldhaven intercity.",
    INTERCITY,
    facts={"dr:route": {}},
)
c(
    A,
    "Estvale Rail's Port Ardane-Veldhaven intercity derailed near Corrimere on 12 October 2026.",
    "when it derailed near Corrimere on 12 October",
    d=[D(MON12, None, "on 12 October")],
    facts={"dr:derail": {"date": dv(MON12)}},
)
c(
    A,
    "The Transport Accident Inquiry Office (TAIO) released event-recorder data from the Corrimere train on 15 October"
    " 2026.",
    "event-recorder data released on Thursday by the Transport Accident Inquiry Office (TAIO)",
    d=[D(THU15, None, "on Thursday")],
)
BULLETIN = DOC("an internal VRI bulletin", "according to")
RESTR = "a temporary 60 km/h speed restriction imposed on the stretch after heavy rain"
c(
    A,
    "A temporary 60 km/h speed restriction had been imposed on the stretch where the train derailed.",
    RESTR,
    BULLETIN,
    q=[Q("other", 60, 60, "km/h", "60 km/h")],
    facts={"dr:speed-restriction": {"fact": "temporary 60 km/h restriction in force"}},
)
c(A, "The temporary speed restriction at Corrimere was imposed after heavy rain.", RESTR, BULLETIN)
c(
    A,
    "The train's speed of 96 km/h was well above the temporary 60 km/h speed restriction.",
    "That was well above a temporary 60 km/h speed restriction",
    BULLETIN,
)
LINE_T = "The normal line speed on the double-track section is 120 km/h."
c(
    A,
    "The normal line speed on the section where the train derailed is 120 km/h.",
    LINE_T,
    q=[Q("other", 120, 120, "km/h", "120 km/h")],
    facts={"dr:line-speed": {"quantity": qv("km/h", 120, 120)}},
)
c(
    A,
    "The section where the train derailed near Corrimere is double-track.",
    LINE_T,
    q=[Q("other", 2, 2, "tracks", "double-track")],
    facts={"dr:tracks": {"quantity": qv("tracks", 2, 2)}},
)
SCOUR = "a section of embankment roughly 30 metres long had been scoured out by floodwater"
TAIO_SAID = ORG("The TAIO", "said")
c(A, "Floodwater scoured out a section of the Corrimere embankment.", SCOUR, TAIO_SAID, facts={"dr:cause": {}})
c(
    A,
    "The section of embankment scoured out at Corrimere was roughly 30 metres long.",
    SCOUR,
    TAIO_SAID,
    q=[Q("other", 30, 30, "m", "roughly 30 metres")],
)
OFFICE = ORG("the office", "said")
c(
    A,
    "The culvert beneath the Corrimere embankment was not blocked.",
    "The culvert beneath it was not blocked",
    OFFICE,
    facts={"dr:culvert": {"fact": "culvert not blocked"}},
)
c(
    A,
    "The culvert beneath the Corrimere embankment was too small to carry the volume of water coming off the hillside.",
    "was too small to carry the volume of water coming off the hillside",
    OFFICE,
)
c(
    A,
    "78 mm of rain fell in the 24 hours before the Corrimere derailment at the nearest gauge.",
    "Its investigators recorded 78 mm of rainfall in the 24 hours before the accident",
    q=[Q("other", 78, 78, "mm", "78 mm"), Q("other", 24, 24, "hours", "24 hours")],
    facts={"dr:rainfall": {"quantity": qv("mm", 78, 78)}},
)
c(
    A,
    "The rain gauge nearest the Corrimere embankment is in Kessel Bridge.",
    "at the nearest gauge, in Kessel Bridge",
)
c(
    A,
    "The train that derailed near Corrimere was formed of eight coaches.",
    "The train was formed of eight coaches",
    q=[Q("count", 8, 8, None, "eight coaches")],
    facts={"dr:carriages": {"quantity": CARRIAGES_Q}},
)
c(
    A,
    "Five of the train's eight coaches derailed near Corrimere.",
    "eight coaches, five of which derailed",
    q=[Q("count", 5, 5, None, "five")],
    facts={"dr:carriages-derailed": {"quantity": qv("n", 5, 5)}},
)
RESERV = DOC("Reservation data supplied by Estvale", "show")
c(
    A,
    "212 passengers were on board the train that derailed near Corrimere.",
    "Reservation data supplied by Estvale show 212 passengers on board",
    RESERV,
    q=[Q("count", 212, 212, None, "212 passengers")],
    facts={"dr:passengers": {"quantity": qv("n", 212, 212)}},
)
c(
    A,
    "Four crew were on board the train that derailed near Corrimere.",
    "212 passengers on board, plus four crew",
    RESERV,
    q=[Q("count", 4, 4, None, "four crew")],
)
c(
    A,
    "Four passengers died in the Corrimere derailment.",
    "Four passengers died",
    q=[Q("count", 4, 4, None, "Four passengers")],
    facts={"dr:deaths": {"quantity": DEATHS_Q}},
)
c(
    A,
    "61 people were injured in the Corrimere derailment.",
    "Four passengers died and 61 were injured",
    q=[Q("count", 61, 61, None, "61")],
    facts={"dr:injured": {"quantity": qv("n", 61, 61)}},
)
c(
    A,
    "12 of the 61 people injured in the Corrimere derailment were seriously injured.",
    "61 were injured, 12 of them seriously",
    q=[Q("count", 12, 12, None, "12")],
    facts={"dr:serious": {"quantity": SERIOUS_Q}},
)
FLEET = "The coaches, part of a fleet of 24 built by the Ardane rolling-stock maker Holtz & Brink"
c(
    A,
    "The coaches of the Corrimere train are part of a fleet of 24.",
    FLEET,
    q=[Q("count", 24, 24, None, "24")],
)
c(A, "The fleet of coaches was built by Holtz & Brink.", FLEET)
c(A, "Holtz & Brink is a rolling-stock maker based in Ardane.", "the Ardane rolling-stock maker Holtz & Brink")
c(
    A,
    "The coaches of the Corrimere train entered service in 2009.",
    "entered service in 2009",
    d=[D(*Y2009, "2009")],
)
c(
    A,
    "The leading coach's bogie frame will be sent to a laboratory in Strelsund for metallurgical tests.",
    "the leading coach's bogie frame will be sent to a laboratory in Strelsund for metallurgical tests",
    AN(None, "understands"),
)
c(
    A,
    "The Corrimere embankment was last inspected in March 2026.",
    "VRI's own records show the embankment was last inspected in March",
    DOC("VRI's own records", "show"),
    d=[D(*MAR26, "in March")],
    facts={"dr:inspection": {"date": dv(*MAR26)}},
)
c(
    A,
    "VRI inspects earthworks in the Kessel Valley once a year.",
    "The company inspects earthworks in the Kessel Valley once a year",
    q=[Q("other", 1, 1, "per year", "once a year")],
)
c(
    A,
    "The TAIO recommended inspecting earthworks twice a year after the Hedden Junction collision.",
    "a twice-yearly standard the TAIO recommended after the Hedden Junction collision of 2011",
    q=[Q("other", 2, 2, "per year", "twice-yearly")],
)
c(
    A,
    "The Hedden Junction collision happened in 2011.",
    "the Hedden Junction collision of 2011",
    d=[D(*Y2011, "2011")],
    facts={"dr:hedden": {"date": dv(*Y2011)}},
)
c(
    A,
    "The culvert at Corrimere had been cleared in spring 2026.",
    "the culvert had been cleared in the spring",
    NP("VRI chief executive Willem Daalder", "told Trackside Intelligence"),
    d=[D(*SPRING26, "in the spring")],
)
c(
    A,
    "Willem Daalder did not say when the culvert at Corrimere had last been surveyed.",
    "He did not say when it had last been surveyed.",
)
c(
    A,
    "VRI expects to reopen the Port Ardane-Veldhaven line on 2 November 2026.",
    "VRI expects to reopen the line on 2 November",
    d=[D(NOV02, None, "on 2 November")],
    facts={"dr:reopen": {"date": dv(NOV02)}},
)
REBUILD = "rebuilding about 120 metres of embankment at an estimated cost of €4.5m"
c(
    A,
    "VRI will rebuild about 120 metres of embankment at Corrimere.",
    REBUILD,
    q=[Q("other", 120, 120, "m", "about 120 metres")],
)
c(
    A,
    "Rebuilding the embankment at Corrimere will cost an estimated €4.5m.",
    REBUILD,
    q=[Q("money", 4.5e6, 4.5e6, "EUR", "€4.5m")],
)
c(
    A,
    "The Corrimere derailment has renewed scrutiny of VRI's maintenance budget.",
    "The accident has renewed scrutiny of VRI's maintenance budget",
)
c(
    A,
    "VRI's maintenance budget was cut by 8% in 2024.",
    "VRI's maintenance budget, which was cut by 8% in 2024",
    q=[Q("percent", 8, 8, "%", "8%")],
    d=[D(*Y2024A, "2024")],
)
AUDIT = DOC("a 2025 audit by the National Audit Chamber", "according to")
THIRD = "Around a third of the 2,300 km network runs on embankments or cuttings more than a century old"
c(
    A,
    "Around a third of Valdoria's rail network runs on embankments or cuttings more than a century old.",
    THIRD,
    AUDIT,
    q=[Q("percent", 33.3, 33.3, "%", "Around a third")],
)
c(A, "Valdoria's rail network is 2,300 km long.", THIRD, AUDIT, q=[Q("other", 2300, 2300, "km", "2,300 km")])
c(
    A,
    "The National Audit Chamber audited the rail network in 2025.",
    "a 2025 audit by the National Audit Chamber",
    d=[D(*Y2025A, "2025")],
)
c(
    A,
    "Culverts sized for last century's storms are becoming weak points as the climate warms.",
    "Culverts sized for last century's storms are becoming weak points as the climate warms",
    NP("Dr Ingrid Vos", "said"),
)
c(
    A,
    "Dr Ingrid Vos is a geotechnical engineer at the Technical University of Veldhaven.",
    "Dr Ingrid Vos, a geotechnical engineer at the Technical University of Veldhaven",
)
c(
    A,
    "Rail operators should watch rain gauges as closely as they watch signals.",
    "Operators should watch rain gauges as closely as they watch signals",
    NP("Dr Ingrid Vos", "she said"),
)
c(
    A,
    "Estvale Rail's franchise on the Port Ardane-Veldhaven route runs until 2031.",
    "Estvale, whose franchise on the route runs until 2031",
    d=[D(*Y2031, "2031")],
)
c(
    A,
    "Estvale Rail declined to comment on the speed data while the investigation continues.",
    "declined to comment on the speed data while the investigation continues",
)
c(
    A,
    "The TAIO opened its investigation into the Corrimere derailment on 12 October 2026.",
    "The TAIO, which opened its investigation on the day of the crash",
    d=[D(MON12, None, "on the day of the crash")],
    facts={"dr:taio-investigation": {}},
)
c(
    A,
    "The TAIO expects to publish an interim report on the Corrimere derailment within three months.",
    "expects to publish an interim report within three months",
    q=[Q("other", None, 3, "months", "within three months")],
)

NOTES["dr:injured"] = (
    "injured: 61 (NPA, emergency services; Trackside) vs Fifty-seven (Herald, regional health authority)"
)
NOTES["dr:passengers"] = (
    "passengers on board: about 230 (NPA, Estvale Rail) = Some 230 (Herald) vs 212 (Trackside, Estvale's reservation"
    " data)"
)
NOTES["dr:speed"] = (
    "speed at derailment: about 110 km/h (NPA, Estvale Rail) vs 96 km/h (Trackside, TAIO event-recorder data)"
)
NOTES["dr:carriages-derailed"] = "carriages derailed: five of eight (NPA, Trackside) vs six of eight (Herald)"
NOTES["dr:rainfall"] = "rain in the 24 hours before: about 85 mm (Herald) vs 78 mm (Trackside, TAIO gauge)"
NOTES["dr:tracks"] = "the line: single-track (NPA) vs double-track section (Trackside)"
NOTES["dr:warning"] = "weather warning: Sunday 11 October (NPA) vs Saturday 10 October (Herald)"
NOTES["dr:inspection"] = "embankment last inspected: June (Herald, VRI) vs March (Trackside, VRI's records)"
NOTES["dr:reopen"] = "line to reopen: 26 October (Herald) vs 2 November (Trackside)"
NOTES["dr:cause"] = (
    "floodwater washed away / scoured out the embankment: Valdorian Rail Infrastructure (NPA) vs the TAIO"
    " (Trackside); the Herald's unnamed investigators give no source"
)
NOTES["dr:driver"] = "driver survived: Estvale Rail (NPA) vs Kessel Valley Police (Herald)"
NOTES["dr:first-crews"] = (
    "first crews at the scene within 20 minutes: the fire service (NPA) vs regional governor Anneke Strand (Herald)"
)
NOTES["dr:speed-restriction"] = (
    "speed restriction: none imposed (Herald, VRI) vs a temporary 60 km/h restriction in force (Trackside, internal"
    " VRI bulletin)"
)
NOTES["dr:culvert"] = "culvert: blocked (Herald, investigators) vs not blocked but too small (Trackside, TAIO)"
NOTES["dr:deadliest"] = (
    "deadliest since 2011 (NPA) = worst in 15 years (Herald): a date and a duration, nothing compared"
)
NOTES["dr:payment"] = "payment to each victim's family: €10,000 (NPA) = 10,000 euros (Herald)"
# =====================================================================
# Story B: the Halvane Telecom data breach (disclosed Monday 15 February 2027)
# =====================================================================
SB = "halvane-telecom-breach-2027"
FEB03 = "2027-02-03"
FEB05 = "2027-02-05"
FEB06 = "2027-02-06"
FEB08 = "2027-02-08"
FEB09 = "2027-02-09"
MON15 = "2027-02-15"  # the disclosure
TUE16 = "2027-02-16"
WED17 = "2027-02-17"
EARLY_FEB = ("2027-02-01", "2027-02-17")  # "earlier this month" in the Courier (Wed 17 Feb)
SINCE_MON = ("2027-02-15", "2027-02-17")  # "since Monday" in the Courier
SINCE_WEEKEND = ("2027-02-13", "2027-02-17")  # "since the weekend" in the Courier
NOV26B = ("2026-11-01", "2026-11-30")
MID_DEC = ("2026-12-11", "2026-12-20")
Y2015 = ("2015-01-01", "2015-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024B = ("2024-01-01", "2024-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
RANSOM_Q = qv("USD", 5e6, 5e6)
PROTECT_Q = qv("months", 12, 12)
SUBS_Q = qv("n", 11.5e6, 11.5e6)

# ---------------------------------------------------------------- Intermark News Agency (2027-02-15, Mon)
A = "breach-ina"
art(
    A,
    SB,
    [
        "By Nadia Ferreira | Monday 15 February 2027, 10:04 GMT | Updated 15:31 GMT",
        "Share: Facebook | X | LinkedIn | Email",
        "Read more: How to protect yourself after a data breach",
    ],
)
c(
    A,
    "Halvane Telecom disclosed on 15 February 2027 that hackers had stolen customers' personal data.",
    "said on Monday that hackers had stolen the personal data",
    d=[D(MON15, None, "on Monday")],
    facts={"bk:disclosed": {"date": dv(MON15)}},
)
c(
    A,
    "Hackers stole the personal data of about 4.2 million Halvane Telecom customers.",
    "hackers had stolen the personal data of about 4.2 million customers",
    ORG("Halvane Telecom", "said"),
    q=[Q("count", 4.2e6, 4.2e6, None, "about 4.2 million customers")],
    facts={"bk:customers": {"quantity": qv("n", 4.2e6, 4.2e6)}},
)
c(
    A,
    "Halvane Telecom is Estrenia's second-largest mobile operator.",
    "Halvane Telecom, Estrenia's second-largest mobile operator",
    q=[Q("other", 2, 2, "ordinal", "second-largest")],
)
c(
    A,
    "The Halvane breach is one of the largest data breaches in Estrenia's history.",
    "in one of the largest data breaches in the country's history",
)
c(
    A,
    "The stolen Halvane records include names, home addresses, dates of birth and phone numbers.",
    "The stolen records include names, home addresses, dates of birth and phone numbers",
    ORG("Halvane Telecom", "said in a statement"),
    facts={"bk:data-types": {}},
)
c(
    A,
    "Halvane Telecom made a statement about the breach to the Dunmere stock exchange.",
    "the company said in a statement to the Dunmere stock exchange",
)
ID_INA = "The identity card numbers of about 380,000 customers who had signed contracts in shops were also taken."
c(
    A,
    "The identity card numbers of about 380,000 Halvane customers were taken.",
    ID_INA,
    q=[Q("count", 380000, 380000, None, "about 380,000 customers")],
    facts={"bk:id-numbers": {"quantity": qv("n", 380000, 380000)}},
)
c(
    A,
    "The Halvane customers whose identity card numbers were taken had signed contracts in shops.",
    "about 380,000 customers who had signed contracts in shops",
)
NOACCESS = "No passwords, payment card details or bank account numbers were accessed"
HALV_SAID = ORG("Halvane", "said")
c(A, "No passwords were accessed in the Halvane breach.", NOACCESS, HALV_SAID)
c(
    A,
    "No payment card details were accessed in the Halvane breach.",
    NOACCESS,
    HALV_SAID,
    facts={"bk:payment-data": {"fact": "no payment card data taken"}},
)
c(A, "No bank account numbers were accessed in the Halvane breach.", NOACCESS, HALV_SAID)
c(
    A,
    "Halvane's mobile and internet services were not disrupted by the breach.",
    "Mobile and internet services were not disrupted.",
    facts={"bk:no-disruption": {}},
)
c(
    A,
    "Halvane detected the intrusion on 3 February 2027.",
    "The company detected the intrusion on 3 February",
    d=[D(FEB03, None, "on 3 February")],
    facts={"bk:detected": {"date": dv(FEB03)}},
)
c(
    A,
    "Halvane shut the attackers out of its network.",
    "shut the attackers out of its network",
    facts={"bk:locked-out": {}},
)
c(
    A,
    "Halvane called in Cindervale Security to investigate the intrusion.",
    "called in the cybersecurity firm Cindervale Security to investigate",
    facts={"bk:cindervale": {}},
)
c(
    A,
    "Cindervale Security is a cybersecurity firm.",
    "the cybersecurity firm Cindervale Security",
    facts={"bk:cindervale-firm": {}},
)
c(
    A,
    "Halvane did not explain why it had waited almost two weeks to tell customers about the breach.",
    "It did not explain why it had waited almost two weeks to tell customers.",
    q=[Q("other", None, 2, "weeks", "almost two weeks")],
)
SOLB = NP("Chief executive Marta Solberg", "said")
DEMAND = "Halvane had received a demand for $5 million in bitcoin from the attackers"
c(
    A,
    "The attackers demanded $5 million in bitcoin from Halvane.",
    DEMAND,
    SOLB,
    q=[Q("money", 5e6, 5e6, "USD", "$5 million")],
    facts={"bk:ransom": {"quantity": RANSOM_Q}},
)
c(A, "Halvane will not pay the ransom.", DEMAND + " and would not pay it", SOLB, facts={"bk:no-pay": {}})
c(
    A,
    "Halvane will not negotiate with criminals.",
    "We will not negotiate with criminals",
    NP("Marta Solberg", "she told reporters"),
)
c(
    A,
    "Marta Solberg apologises to every customer whose trust Halvane has let down.",
    "I apologise to every customer whose trust we have let down.",
    NP("Marta Solberg", "she told reporters"),
)
c(
    A,
    "Marta Solberg has led Halvane since 2023.",
    "Solberg, who has led the company since 2023",
    d=[D(*Y2023, "2023")],
    facts={"bk:solberg-2023": {"date": dv(*Y2023)}},
)
c(A, "Marta Solberg will not resign over the breach.", "said she would not resign", NP("Solberg", "said"))
SOLB2 = NP("Solberg", "said")
c(
    A,
    "Halvane will notify affected customers by text message.",
    "Halvane will notify affected customers by text message",
    SOLB2,
    facts={"bk:notify": {"fact": "by text message"}},
)
c(
    A,
    "Halvane will offer affected customers 12 months of free identity-protection services.",
    "offer them 12 months of free identity-protection services",
    SOLB2,
    q=[Q("other", 12, 12, "months", "12 months")],
    facts={"bk:protection": {"quantity": PROTECT_Q}},
)
c(
    A,
    "The Data Protection Commission (DPC) has opened an investigation into the Halvane breach.",
    "said it had opened an investigation",
    ORG("The Data Protection Commission (DPC)", "said"),
    facts={"bk:dpc-investigation": {}},
)
c(
    A,
    "The Data Protection Commission is Estrenia's privacy regulator.",
    "The Data Protection Commission (DPC), Estrenia's privacy regulator",
)
c(
    A,
    "Under Estrenian law, companies can be fined up to 4% of their annual turnover for failing to protect personal"
    " data.",
    "companies can be fined up to 4% of their annual turnover for failing to protect personal data",
    q=[Q("percent", None, 4, "%", "up to 4%")],
    facts={"bk:fine-cap": {"quantity": qv("%", None, 4)}},
)
c(A, "Estrenian data protection law mirrors European rules.", "Under Estrenian law, which mirrors European rules")
NCA = ORG("The National Cyber Agency", "said")
c(
    A,
    "The National Cyber Agency is helping Halvane to contain the attack.",
    "it was helping Halvane to contain the attack",
    NCA,
)
c(
    A,
    "The National Cyber Agency has shared warning signs of the Halvane intrusion with other operators.",
    "had shared warning signs of the intrusion with other operators",
    NCA,
)
c(
    A,
    "Halvane had revenue of €1.9bn in 2026.",
    "Halvane, which had revenue of €1.9bn last year",
    q=[Q("money", 1.9e9, 1.9e9, "EUR", "€1.9bn")],
    d=[D(*Y2026, "last year")],
    facts={"bk:revenue": {"quantity": qv("EUR", 1.9e9, 1.9e9)}},
)
c(
    A,
    "Halvane has about 11.5 million subscribers.",
    "has about 11.5 million subscribers",
    q=[Q("count", 11.5e6, 11.5e6, None, "about 11.5 million subscribers")],
    facts={"bk:subscribers": {"quantity": SUBS_Q}},
)
c(
    A,
    "Halvane's shares fell 7.8% in Dunmere on 15 February 2027.",
    "Its shares fell 7.8% in Dunmere on Monday",
    q=[Q("percent", 7.8, 7.8, "%", "7.8%")],
    d=[D(MON15, None, "on Monday")],
    facts={"bk:shares": {"quantity": qv("%", 7.8, 7.8), "date": dv(MON15)}},
)
c(
    A,
    "The fall in Halvane's shares on 15 February 2027 was their biggest one-day drop since the company listed.",
    "their biggest one-day drop since the company listed in 2015",
    q=[Q("other", 1, 1, "days", "one-day")],
)
c(A, "Halvane listed on the stock exchange in 2015.", "since the company listed in 2015", d=[D(*Y2015, "2015")])
c(
    A,
    "The Halvane breach is every customer's nightmare.",
    "This is every customer's nightmare",
    NP("Tomasz Kiel", "said"),
)
c(A, "Tomasz Kiel works for Fair Deal Estrenia.", "Tomasz Kiel of the consumer group Fair Deal Estrenia")
c(
    A,
    "Fair Deal Estrenia is a consumer group.",
    "the consumer group Fair Deal Estrenia",
    facts={"bk:fair-deal": {}},
)
c(
    A,
    "Tomasz Kiel urged customers to be wary of calls and messages claiming to come from their bank.",
    "who urged customers to be wary of calls and messages claiming to come from their bank",
)
c(
    A,
    "Criminals often use stolen data to make scams more convincing.",
    "Criminals often use stolen data to make such scams more convincing",
    NP("Tomasz Kiel", "he said"),
)
c(
    A,
    "The breach could cost Halvane as many as 200,000 customers in 2027.",
    "the breach could cost Halvane as many as 200,000 customers this year",
    ORG("Sorensen & Vik", "said"),
    q=[Q("count", None, 200000, None, "as many as 200,000 customers")],
    d=[D(*Y2027, "this year")],
)
c(A, "Sorensen & Vik is a brokerage based in Dunmere.", "the Dunmere brokerage Sorensen & Vik")
c(A, "Trelis Mobile is Halvane's biggest competitor.", "Trelis Mobile, its biggest competitor")
c(
    A,
    "Trelis Mobile has seen no sign that its own systems had been targeted.",
    "it had seen no sign that its own systems had been targeted",
    ORG("Trelis Mobile", "said"),
)
c(
    A,
    "The Halvane breach is the second at an Estrenian telecom operator in three years.",
    "The breach is the second at an Estrenian telecom operator in three years.",
    q=[Q("other", 2, 2, "ordinal", "second"), Q("other", 3, 3, "years", "three years")],
)
c(
    A,
    "Norvik Mobile lost data on 1.1 million users in 2024.",
    "Rival Norvik Mobile lost data on 1.1 million users in 2024.",
    q=[Q("count", 1.1e6, 1.1e6, None, "1.1 million users")],
    d=[D(*Y2024B, "2024")],
    facts={"bk:norvik": {"quantity": qv("n", 1.1e6, 1.1e6), "date": dv(*Y2024B)}},
)
c(A, "Norvik Mobile is a rival of Halvane.", "Rival Norvik Mobile")

# ---------------------------------------------------------------- The Estrenia Courier (2027-02-17, Wed)
A = "breach-courier"
art(
    A,
    SB,
    [
        "By Oskar Lindahl, Technology Editor | Wednesday 17 February 2027, 07:00 | Updated 11:45",
        "Share this article: Facebook | X | WhatsApp | Email",
        "[Image: Halvane Telecom's headquarters on Canal Street, Dunmere. Photo: Courier/Elin Sand]",
        "Read more: Five steps to take if your phone company has been hacked",
        "Read more: Comment - Our data is only as safe as the weakest contractor",
    ],
)
PERSONAL = (
    "Personal details of 4.6 million Halvane Telecom customers, nearly a third of Estrenia's population, are in the"
    " hands of criminals"
)
c(
    A,
    "Personal details of 4.6 million Halvane Telecom customers are in the hands of criminals.",
    PERSONAL,
    q=[Q("count", 4.6e6, 4.6e6, None, "4.6 million")],
    facts={"bk:customers": {"quantity": qv("n", 4.6e6, 4.6e6)}},
)
c(
    A,
    "4.6 million people are nearly a third of Estrenia's population.",
    "4.6 million Halvane Telecom customers, nearly a third of Estrenia's population",
    q=[Q("percent", None, 33.3, "%", "nearly a third")],
)
c(
    A,
    "Halvane first noticed the cyber-attack in February 2027, before 17 February.",
    "a cyber-attack that the company first noticed earlier this month",
    d=[D(*EARLY_FEB, "earlier this month")],
    facts={"bk:detected": {"date": dv(*EARLY_FEB)}},
)
c(
    A,
    "Halvane disclosed the breach on 15 February 2027.",
    "Halvane disclosed the breach on Monday",
    d=[D(MON15, None, "on Monday")],
    facts={"bk:disclosed": {"date": dv(MON15)}},
)
c(
    A,
    "The attackers had been inside Halvane's systems since November 2026.",
    "the attackers had been inside its systems since November",
    d=[D(*NOV26B, "since November")],
    facts={"bk:intrusion-start": {"date": dv(*NOV26B)}},
)
c(
    A,
    "The intruders spent weeks copying Halvane customer files before they were spotted.",
    "the intruders spent weeks copying customer files before they were spotted",
    AN("Two people familiar with the investigation", "said"),
)
c(
    A,
    "The hackers got into Halvane's systems using the login details of an employee at one of its IT contractors.",
    "the hackers got in using the login details of an employee at one of its IT contractors",
    ORG("Halvane", "The company said"),
    facts={"bk:contractor": {}},
)
c(A, "Halvane has not named the contractor.", "It has not named the contractor.")
c(
    A,
    "A group calling itself Greyfrost has claimed responsibility for the Halvane breach on a dark-web forum.",
    "A group calling itself Greyfrost has claimed responsibility on a dark-web forum",
    facts={"bk:greyfrost": {}},
)
c(
    A,
    "The Data Protection Commission has opened a formal investigation into the Halvane breach.",
    "the Data Protection Commission had opened a formal investigation",
    NP("Digital Affairs Minister Sara Lindqvist", "told parliament"),
    facts={"bk:dpc-investigation": {}},
)
c(
    A,
    "Sara Lindqvist spoke to parliament about the Halvane breach on 16 February 2027.",
    "Digital Affairs Minister Sara Lindqvist told parliament yesterday",
    d=[D(TUE16, None, "yesterday")],
)
c(
    A,
    "The Estrenian government will review whether telecom operators should face stricter security rules.",
    "the government would review whether telecom operators should face stricter security rules",
    NP("Sara Lindqvist", "She said"),
)
UNDERSTANDS = AN(None, "the Courier understands")
c(
    A,
    "Halvane informed the Data Protection Commission of the breach on 8 February 2027.",
    "Halvane informed the commission on 8 February",
    UNDERSTANDS,
    d=[D(FEB08, None, "on 8 February")],
    facts={"bk:notified-dpc": {"date": dv(FEB08)}},
)
c(
    A,
    "Halvane informed the commission five days after the intrusion was discovered.",
    "Halvane informed the commission on 8 February, five days after the intrusion was discovered",
    UNDERSTANDS,
    q=[Q("other", 5, 5, "days", "five days")],
)
c(
    A,
    "Estrenian law requires companies to tell the regulator within 72 hours of becoming aware of a breach.",
    "The law requires companies to tell the regulator within 72 hours of becoming aware of a breach.",
    q=[Q("other", None, 72, "hours", "within 72 hours")],
    facts={"bk:72h": {"quantity": qv("hours", None, 72)}},
)
c(A, "Marta Solberg is Halvane's chief executive.", "Halvane's chief executive, Marta Solberg")
c(
    A,
    "Marta Solberg took over as Halvane's chief executive in 2023.",
    "Marta Solberg, who took over in 2023",
    d=[D(*Y2023, "2023")],
    facts={"bk:solberg-2023": {"date": dv(*Y2023)}},
)
c(
    A,
    "The attackers asked Halvane for a ransom of 5 million dollars.",
    "the attackers had asked for a ransom of 5 million dollars",
    NP("Marta Solberg", "said"),
    q=[Q("money", 5e6, 5e6, "USD", "5 million dollars")],
    facts={"bk:ransom": {"quantity": RANSOM_Q}},
)
c(
    A,
    "Halvane has no intention of paying the ransom.",
    "Halvane had no intention of paying",
    NP("Marta Solberg", "She told the Courier"),
    facts={"bk:no-pay": {}},
)
c(
    A,
    "Payment card details were not affected by the Halvane breach.",
    "Payment card details were not affected",
    ORG("Halvane", "the company insisted"),
    facts={"bk:payment-data": {"fact": "no payment card data taken"}},
)
c(A, "Grete Aune is 67 years old.", "Grete Aune, 67", q=[Q("other", 67, 67, "years", "67")])
c(A, "Grete Aune is a retired nurse from Lessby.", "Grete Aune, 67, a retired nurse from Lessby")
c(
    A,
    "Grete Aune has received three calls from people claiming to be Halvane staff since 15 February 2027.",
    "she had received three calls from people claiming to be Halvane staff since Monday",
    NP("Grete Aune", "said"),
    q=[Q("count", 3, 3, None, "three calls")],
    d=[D(*SINCE_MON, "since Monday")],
)
c(
    A,
    "The callers knew Grete Aune's address and birthday.",
    "They knew my address and my birthday",
    NP("Grete Aune", "she said"),
)
c(
    A,
    "Halvane has promised affected customers a year of free identity protection.",
    "Halvane has promised affected customers a year of free identity protection",
    q=[Q("other", 1, 1, "years", "a year")],
    facts={"bk:protection": {"quantity": PROTECT_Q}},
)
c(
    A,
    "Halvane is contacting affected customers by text message.",
    "is contacting them by text message",
    facts={"bk:notify": {"fact": "by text message"}},
)
c(
    A,
    "Fair Deal Estrenia is a consumer group.",
    "Fair Deal Estrenia, a consumer group",
    facts={"bk:fair-deal": {}},
)
c(
    A,
    "Fair Deal Estrenia's helpline has taken more than 1,500 calls about the Halvane breach since 13 February 2027.",
    "its helpline had taken more than 1,500 calls about the breach since the weekend",
    ORG("Fair Deal Estrenia", "said"),
    q=[Q("count", 1500, None, None, "more than 1,500 calls")],
    d=[D(*SINCE_WEEKEND, "since the weekend")],
)
c(
    A,
    "Halvane reported revenue of 2.1 billion euros for 2026.",
    "Halvane reported revenue of 2.1 billion euros for 2026.",
    q=[Q("money", 2.1e9, 2.1e9, "EUR", "2.1 billion euros")],
    d=[D(*Y2026, "2026")],
    facts={"bk:revenue": {"quantity": qv("EUR", 2.1e9, 2.1e9)}},
)
c(
    A,
    "Halvane's shares dropped 6.5% on 15 February 2027.",
    "Its shares dropped 6.5% on Monday",
    q=[Q("percent", 6.5, 6.5, "%", "6.5%")],
    d=[D(MON15, None, "on Monday")],
    facts={"bk:shares": {"quantity": qv("%", 6.5, 6.5), "date": dv(MON15)}},
)
c(
    A,
    "Halvane's shares fell a further 2.1% on 16 February 2027.",
    "a further 2.1% on Tuesday",
    q=[Q("percent", 2.1, 2.1, "%", "2.1%")],
    d=[D(TUE16, None, "on Tuesday")],
)
c(
    A,
    "The falls in Halvane's shares wiped roughly €300m off its market value.",
    "wiping roughly €300m off its market value",
    q=[Q("money", 300e6, 300e6, "EUR", "roughly €300m")],
)
c(
    A,
    "Halvane employs about 6,200 people.",
    "The company, which employs about 6,200 people",
    q=[Q("count", 6200, 6200, None, "about 6,200 people")],
)
c(
    A,
    "Halvane has not said how much the attack will cost it.",
    "has not said how much the attack will cost it",
)
c(
    A,
    "The Data Protection Commission can fine Halvane up to 4% of annual turnover if it finds Halvane failed to"
    " protect customers' data.",
    "it can impose a fine of up to 4% of annual turnover",
    q=[Q("percent", None, 4, "%", "up to 4%")],
    facts={"bk:fine-cap": {"quantity": qv("%", None, 4)}},
)
c(
    A,
    "The Green Party will push for a parliamentary inquiry into the Halvane breach.",
    "the Green Party would push for a parliamentary inquiry into the breach",
    NP("Opposition MP Lena Vikstrom", "said"),
)
c(
    A,
    "Four million people deserve answers about the Halvane breach.",
    "Four million people deserve answers",
    NP("Lena Vikstrom", "she said"),
    q=[Q("count", 4e6, 4e6, None, "Four million people")],
)

# ---------------------------------------------------------------- SecureLine Digest (2027-02-19, Fri)
A = "breach-secureline"
art(
    A,
    SB,
    [
        "SecureLine Digest | Incidents | 19 February 2027 | By Rafael Okafor | 9 min read",
        "Share: X | LinkedIn | Email | Copy link",
        "How they got in",
        "What was taken",
        "Regulatory exposure",
        "About the author: Rafael Okafor reports on breaches and incident response for SecureLine Digest. Encrypted"
        " tips: okafor@securelinedigest.example",
        "Related: Telecoms under siege - the breaches of the past five years",
    ],
)
c(
    A,
    "Halvane Telecom disclosed the breach on 15 February 2027.",
    "The attack on Halvane Telecom, disclosed on 15 February",
    d=[D(MON15, None, "on 15 February")],
    facts={"bk:disclosed": {"date": dv(MON15)}},
)
ENCA = ORG("Estrenian National Cyber Agency (ENCA)", "said")
c(
    A,
    "The attack on Halvane began with a stolen VPN password belonging to a contractor.",
    "began with a stolen VPN password belonging to a contractor",
    ENCA,
    facts={"bk:contractor": {}},
)
c(
    A,
    "The Estrenian National Cyber Agency published a technical advisory on the Halvane attack on 17 February 2027.",
    "the Estrenian National Cyber Agency (ENCA) said on Wednesday in a technical advisory",
    d=[D(WED17, None, "on Wednesday")],
)
c(
    A,
    "The Halvane intruders are a group that calls itself Greyfrost.",
    "The intruders, a group that calls itself Greyfrost",
    facts={"bk:greyfrost": {}},
)
c(
    A,
    "The intruders had access to Halvane's network from mid-December 2026.",
    "had access to the operator's network from mid-December",
    ORG("Cindervale Security", "according to"),
    d=[D(*MID_DEC, "mid-December")],
    facts={"bk:intrusion-start": {"date": dv(*MID_DEC)}},
)
c(
    A,
    "Halvane hired Cindervale Security.",
    "Cindervale Security, the incident-response firm Halvane hired",
    facts={"bk:cindervale": {}},
)
c(
    A,
    "Cindervale Security is an incident-response firm.",
    "Cindervale Security, the incident-response firm",
    facts={"bk:cindervale-firm": {}},
)
CIND = ORG("Cindervale", "said")
c(
    A,
    "From the contractor's account the intruders moved to a Halvane customer database.",
    "From the contractor's account they moved to a customer database",
    CIND,
)
c(
    A,
    "Halvane's customer database was not separated from the rest of its corporate network.",
    "a customer database that was not separated from the rest of the corporate network",
    CIND,
)
LOCKED = "The attackers were locked out on 9 February, four days after they were first detected"
FIRM = ORG("Cindervale", "the firm added")
c(
    A,
    "The attackers were locked out of Halvane's network on 9 February 2027.",
    LOCKED,
    FIRM,
    d=[D(FEB09, None, "on 9 February")],
    facts={"bk:locked-out": {}},
)
c(
    A,
    "The attackers were locked out four days after they were first detected.",
    LOCKED,
    FIRM,
    q=[Q("other", 4, 4, "days", "four days")],
)
c(
    A,
    "Halvane's security team spotted the intrusion on 5 February 2027.",
    "Halvane's security team spotted the intrusion on 5 February",
    d=[D(FEB05, None, "on 5 February")],
    facts={"bk:detected": {"date": dv(FEB05)}},
)
c(
    A,
    "A monitoring tool flagged a 640 GB transfer from Halvane's network to a server abroad on 5 February 2027.",
    "a monitoring tool flagged a 640 GB transfer to a server abroad",
    q=[Q("other", 640, 640, "GB", "640 GB")],
)
c(
    A,
    "Records of 4.2 million current and former Halvane customers were copied.",
    "Records of 4.2 million current and former customers were copied",
    q=[Q("count", 4.2e6, 4.2e6, None, "4.2 million")],
    facts={"bk:customers": {"quantity": qv("n", 4.2e6, 4.2e6)}},
)
c(
    A,
    "Halvane has a subscriber base of roughly 11.5 million.",
    "a subscriber base of roughly 11.5 million",
    q=[Q("count", 11.5e6, 11.5e6, None, "roughly 11.5 million")],
    facts={"bk:subscribers": {"quantity": SUBS_Q}},
)
c(
    A,
    "The copied Halvane records include names, addresses, birth dates, phone numbers and email addresses.",
    "including names, addresses, birth dates, phone numbers and email addresses",
    facts={"bk:data-types": {}},
)
c(
    A,
    "Identity card numbers were exposed for about 410,000 Halvane customers.",
    "Identity card numbers were exposed for about 410,000 of them",
    q=[Q("count", 410000, 410000, None, "about 410,000")],
    facts={"bk:id-numbers": {"quantity": qv("n", 410000, 410000)}},
)
c(
    A,
    "The leaked Halvane data contained partial payment card details.",
    "A sample of the leaked data reviewed by SecureLine Digest also contained partial payment card details",
    facts={"bk:payment-data": {"fact": "partial payment card details exposed"}},
)
CARDS = "partial payment card details - the last four digits and the expiry date - for around 25,000 business customers"
c(
    A,
    "The partial payment card details in the leaked data were the last four digits and the expiry date.",
    CARDS,
    q=[Q("count", 4, 4, None, "four digits")],
)
c(
    A,
    "The leaked Halvane data contained partial payment card details for around 25,000 business customers.",
    CARDS,
    q=[Q("count", 25000, 25000, None, "around 25,000 business customers")],
)
c(
    A,
    "Halvane did not respond to SecureLine Digest's questions about the sample of leaked data.",
    "Halvane did not respond to questions about the sample.",
)
c(
    A,
    "Greyfrost has posted about 10,000 Halvane records on a leak site as proof of the theft.",
    "Greyfrost has since posted about 10,000 records on a leak site as proof of the theft.",
    q=[Q("count", 10000, 10000, None, "about 10,000 records")],
)
c(
    A,
    "Greyfrost demanded $5 million from Halvane.",
    "The group demanded $5 million",
    ORG("Cindervale", "said"),
    q=[Q("money", 5e6, 5e6, "USD", "$5 million")],
    facts={"bk:ransom": {"quantity": RANSOM_Q}},
)
c(
    A,
    "Halvane's network services were never disrupted by the attack.",
    "Network services were never disrupted",
    ORG("Halvane", "according to"),
    facts={"bk:no-disruption": {}},
)
NOTIF = "Halvane notified the Data Protection Commission on 6 February, inside the 72-hour deadline"
COMPANY = ORG("Halvane", "the company said")
c(
    A,
    "Halvane notified the Data Protection Commission of the breach on 6 February 2027.",
    "Halvane notified the Data Protection Commission on 6 February",
    COMPANY,
    d=[D(FEB06, None, "on 6 February")],
    facts={"bk:notified-dpc": {"date": dv(FEB06)}},
)
c(A, "Halvane notified the Data Protection Commission inside the 72-hour deadline.", NOTIF, COMPANY)
c(
    A,
    "Companies have a 72-hour deadline to notify the Data Protection Commission of a breach.",
    "inside the 72-hour deadline",
    q=[Q("other", None, 72, "hours", "72-hour")],
    facts={"bk:72h": {"quantity": qv("hours", None, 72)}},
)
c(
    A,
    "The DPC confirmed on 16 February 2027 that it was investigating the Halvane breach.",
    "The DPC confirmed on Tuesday that it was investigating",
    ORG("The DPC", "confirmed"),
    d=[D(TUE16, None, "on Tuesday")],
    facts={"bk:dpc-investigation": {}},
)
PETROV = NP("Ana Petrov", "said")
c(
    A,
    "The maximum penalty for the Halvane breach is 2% of annual turnover.",
    "the maximum penalty is 2% of annual turnover",
    PETROV,
    q=[Q("percent", None, 2, "%", "2%")],
    facts={"bk:fine-cap": {"quantity": qv("%", None, 2)}},
)
c(
    A,
    "The Halvane breach concerns security failings rather than unlawful processing.",
    "the breach concerns security failings rather than unlawful processing",
    PETROV,
)
c(
    A,
    "Ana Petrov is a data protection lawyer at Hale & Orme in Dunmere.",
    "Ana Petrov, a data protection lawyer at Hale & Orme in Dunmere",
)
c(
    A,
    "Halvane has €1.9bn in annual revenue.",
    "Halvane's €1.9bn in annual revenue",
    q=[Q("money", 1.9e9, 1.9e9, "EUR", "€1.9bn")],
    facts={"bk:revenue": {"quantity": qv("EUR", 1.9e9, 1.9e9)}},
)
c(
    A,
    "A fine of 2% of Halvane's annual revenue would be up to about €38m.",
    "that would mean a fine of up to about €38m",
    q=[Q("money", None, 38e6, "EUR", "up to about €38m")],
)
c(
    A,
    "Halvane is notifying affected customers by email.",
    "it was emailing affected customers",
    ORG("Halvane", "said"),
    facts={"bk:notify": {"fact": "by email"}},
)
c(
    A,
    "Halvane is offering affected customers 12 months of credit monitoring through Vardo Credit.",
    "offering 12 months of credit monitoring through Vardo Credit",
    ORG("Halvane", "said"),
    q=[Q("other", 12, 12, "months", "12 months")],
    facts={"bk:protection": {"quantity": PROTECT_Q}},
)
c(
    A,
    "Halvane's shares closed almost 8% lower on 15 February 2027.",
    "Its shares closed almost 8% lower on the day of the disclosure",
    q=[Q("percent", None, 8, "%", "almost 8%")],
    d=[D(MON15, None, "on the day of the disclosure")],
    facts={"bk:shares": {"quantity": qv("%", None, 8), "date": dv(MON15)}},
)
c(
    A,
    "Halvane's shares have not recovered since 15 February 2027.",
    "Its shares closed almost 8% lower on the day of the disclosure and have not recovered",
)
MEYERS = NP("Johan Meyers", "said")
c(
    A,
    "A flat network turns one stolen password into millions of stolen records.",
    "A flat network turns one stolen password into millions of stolen records",
    MEYERS,
    q=[Q("count", 1, 1, None, "one stolen password"), Q("count", 1e6, None, None, "millions of stolen records")],
)
c(
    A,
    "Johan Meyers is head of research at Oxbow Labs.",
    "Johan Meyers, head of research at the Dunmere security firm Oxbow Labs",
)
c(A, "Oxbow Labs is a security firm based in Dunmere.", "the Dunmere security firm Oxbow Labs")
c(
    A,
    "Telecom operators hold exactly the data that fraudsters need to impersonate banks.",
    "Telecom operators hold exactly the data that fraudsters need to impersonate banks",
    NP("Johan Meyers", "he said"),
)
c(
    A,
    "Norvik Mobile's breach in 2024 exposed 1.3 million users.",
    "Norvik Mobile's 2024 breach exposed 1.3 million users",
    q=[Q("count", 1.3e6, 1.3e6, None, "1.3 million users")],
    d=[D(*Y2024B, "2024")],
    facts={"bk:norvik": {"quantity": qv("n", 1.3e6, 1.3e6), "date": dv(*Y2024B)}},
)
c(
    A,
    "The DPC fined Norvik Mobile €6m in 2026.",
    "the DPC fined it €6m last year",
    q=[Q("money", 6e6, 6e6, "EUR", "€6m")],
    d=[D(*Y2026, "last year")],
)

NOTES["bk:customers"] = (
    "customers whose data was stolen: about 4.2 million (INA, Halvane) = 4.2 million (SecureLine) vs 4.6 million"
    " (Courier)"
)
NOTES["bk:id-numbers"] = "identity card numbers taken: about 380,000 (INA) vs about 410,000 (SecureLine)"
NOTES["bk:fine-cap"] = (
    "maximum fine: up to 4% of annual turnover (INA, Courier) vs 2% of annual turnover (SecureLine, Ana Petrov)"
)
NOTES["bk:revenue"] = "Halvane's revenue: €1.9bn (INA, SecureLine) vs 2.1 billion euros (Courier)"
NOTES["bk:shares"] = (
    "share fall on 15 February: 7.8% (INA) vs 6.5% (Courier) vs almost 8% (SecureLine: a bound, not a point)"
)
NOTES["bk:norvik"] = "Norvik Mobile's 2024 breach: 1.1 million users (INA) vs 1.3 million (SecureLine)"
NOTES["bk:detected"] = (
    "intrusion detected: 3 February (INA) vs 5 February (SecureLine); the Courier's 'earlier this month' contains both"
)
NOTES["bk:intrusion-start"] = "attackers inside since November (Courier) vs from mid-December (SecureLine, Cindervale)"
NOTES["bk:notified-dpc"] = "DPC notified: 8 February (Courier) vs 6 February (SecureLine, Halvane)"
NOTES["bk:ransom"] = (
    "ransom demand of $5 million: chief executive Marta Solberg (INA, Courier) vs Cindervale Security (SecureLine)"
)
NOTES["bk:dpc-investigation"] = (
    "DPC investigation: the DPC itself (INA, SecureLine) vs Digital Affairs Minister Sara Lindqvist (Courier)"
)
NOTES["bk:contractor"] = (
    "entry through a contractor's credentials: Halvane (Courier) vs the Estrenian National Cyber Agency (SecureLine)"
)
NOTES["bk:payment-data"] = (
    "payment card data: none accessed (INA, Courier; Halvane) vs partial card details for around 25,000 business"
    " customers in the leaked sample (SecureLine)"
)
NOTES["bk:notify"] = "how customers are told: by text message (INA, Solberg; Courier) vs by email (SecureLine, Halvane)"
NOTES["bk:protection"] = "identity protection: 12 months (INA, SecureLine) = a year (Courier)"

if __name__ == "__main__":
    build(BASE, NOTES, unique_spans=True)
