"""Gold for the linking held-out corpus: claim extraction + cross-outlet linking, end to end.

Run:  python3 tests/engines/data/linking-heldout/build_gold.py   (writes gold.json next to this file)
Check: python3 ../shared/dev-corpus/validate_gold.py tests/engines/data/linking-heldout/gold.json

Two invented stories, each covered by three invented outlets, written and annotated by hand before any
engine was run on them. Format and labelling rules are those of the dev corpus
(shared/dev-corpus/README.md). As in the dev corpus's annotations.py, every claim may carry fact keys with
per-field values, and goldlib.build_links derives the links: claims of different articles that share a key
are linked, as a conflict on the first differing field of quantity, date, attribution, fact.

On top of goldlib, `c(...)` copies the claim's attribution (canonicalised: spokespeople and officials count
as their organisation; unnamed or missing sources give nothing) into each of the claim's fact values, so
that an attribution conflict is derived whenever two linked claims name different sources.

Quantities and dates: as in the dev corpus, each claim records only the quantities and dates it states
itself, even when it shares its span with other claims split from the same sentence or list ("Operations
at Ardmore have been suspended" carries no quantity although its span mentions about 1,400 people; that
number is recorded on "Ardmore employs about 1,400 people"). check() requires every number and date in a
span to be recorded by at least one of the claims sharing it.

Deliberate disagreements between outlets (see NOTES at the end):
  quantity  packs recalled, batches, impurity level, patients (recall); miners trapped, depth (mine)
  date      day the recall was announced (recall); day of the collapse (mine)
  attribution  who advised patients not to stop their tablets (MSA vs Halvern)
  fact      cause of the collapse (seismic tremor vs not yet known)
"""

import sys
from pathlib import Path

BASE = Path(__file__).resolve().parent
sys.path.insert(0, str(BASE.parent))
from heldout_gold import AN, MO, NP, ORG, D, Q, article_maker, build, claim_maker, dv, qv  # noqa: E402

# canonical source used to compare attributions of linked claims
CANON = {
    # recall story
    "Medicines Safety Authority": "MSA",
    "MSA": "MSA",
    "Dr Helen Marsh": "MSA",
    "Halvern": "Halvern",
    "Halvern Pharmaceuticals": "Halvern",
    "Dr Tomas Berg": "Halvern",
    "Chief executive Ingrid Sola": "Halvern",
    "Opposition health spokesperson Karen Odell": "Karen Odell",
    # mine story
    "Brightstone Mining": "Brightstone",
    "Brightstone": "Brightstone",
    "Chief executive Daniel Okoro": "Brightstone",
    "Daniel Okoro": "Brightstone",
    "Mines Minister Lucia Ferrant": "government (Ferrant)",
    "Lucia Ferrant": "government (Ferrant)",
    "Mineworkers' Federation": "Mineworkers' Federation",
    "Tomas Rivera": "Mineworkers' Federation",
    "Kessel General Hospital": "Kessel General Hospital",
    "Valley Post": "Valley Post",
    "Pieter Haas": "Pieter Haas",
}

c = claim_maker(CANON)
art = article_maker(BASE)


NOTES = {}

# =====================================================================
# Story A: Halvern recalls its blood pressure drug Cardiprex (March 2024)
# =====================================================================
SA = "halvern-cardiprex-recall-2024"
MSA_ANN = ORG("Medicines Safety Authority", "announced")
MARSH = NP("Dr Helen Marsh", "said")
MARSH2 = NP("Dr Helen Marsh", "She said")
HALV = ORG("Halvern", "said")
TUE = D("2024-03-12", None, "on Tuesday")
Y2023 = dv("2023-01-01", "2023-12-31")

# ---------------------------------------------------------------- The Harbour Gazette (2024-03-13, Wed)
A = "rec-harbour"
art(
    A,
    SA,
    [
        "By Nadia Fernsby, Health Correspondent | Wednesday 13 March 2024, 06:05",
        "Cardiprex tablets on a pharmacy counter. The drug is one of the most widely prescribed heart medicines"
        " in the country. Photo: Harbour Gazette/File",
        "Read more: Why medicine recalls are becoming more common",
    ],
)
LEDE = "Halvern Pharmaceuticals is recalling 2.4 million packs of its blood pressure drug Cardiprex"
P24 = Q("count", 2.4e6, 2.4e6, None, "2.4 million packs")
c(A, "Halvern Pharmaceuticals is recalling its blood pressure drug Cardiprex.", LEDE, MSA_ANN, facts={"rec:recall": {}})
c(
    A,
    "The Cardiprex recall covers 2.4 million packs.",
    LEDE,
    MSA_ANN,
    [P24],
    facts={"rec:packs": {"quantity": qv("n", 2.4e6, 2.4e6)}},
)
c(
    A,
    "Cardiprex is a blood pressure drug made by Halvern Pharmaceuticals.",
    "its blood pressure drug Cardiprex",
    facts={"rec:bp-drug": {}},
)
c(
    A,
    "Tests found a potentially cancer-causing impurity in some Cardiprex tablets.",
    "after tests found a potentially cancer-causing impurity in some tablets",
    MSA_ANN,
    facts={"rec:impurity": {}},
)
c(
    A,
    "The Medicines Safety Authority (MSA) announced the Cardiprex recall on 12 March 2024.",
    "Halvern Pharmaceuticals is recalling 2.4 million packs of its blood pressure drug Cardiprex after tests found a"
    " potentially cancer-causing impurity in some tablets, the Medicines Safety Authority (MSA) announced on Tuesday",
    d=[TUE],
    facts={"rec:announced": {"date": dv("2024-03-12")}},
)
c(
    A,
    "The Cardiprex recall covers 38 batches.",
    "The recall covers 38 batches",
    q=[Q("count", 38, 38, None, "38 batches")],
    facts={"rec:batches": {"quantity": qv("n", 38, 38)}},
)
c(
    A,
    "The recalled Cardiprex tablets are of the 40mg strength.",
    "The recall covers 38 batches of the 40mg tablets",
    q=[Q("other", 40, 40, "mg", "40mg")],
    facts={"rec:strength": {"quantity": qv("mg", 40, 40)}},
)
c(
    A,
    "All the recalled Cardiprex tablets were made at Halvern's Brackmoor plant.",
    "all made at Halvern's Brackmoor plant",
    facts={"rec:brackmoor": {}},
)
c(
    A,
    "The recalled Cardiprex tablets were made between January and October 2023.",
    "made at Halvern's Brackmoor plant between January and October last year",
    d=[D("2023-01-01", "2023-10-31", "between January and October last year")],
    facts={"rec:made-period": {"date": dv("2023-01-01", "2023-10-31")}},
)
c(
    A,
    "Pharmacies have been told to take the affected Cardiprex packs off their shelves by 15 March 2024.",
    "Pharmacies have been told to take the affected packs off their shelves by Friday",
    d=[D("2024-03-15", None, "by Friday")],
    facts={"rec:deadline": {"date": dv("2024-03-15")}},
)
c(
    A,
    "The impurity found in Cardiprex is a nitrosamine.",
    "The impurity, a nitrosamine known as NDMA",
    facts={"rec:nitrosamine": {}},
)
c(
    A,
    "The impurity found in Cardiprex is known as NDMA.",
    "The impurity, a nitrosamine known as NDMA",
    facts={"rec:ndma": {}},
)
c(
    A,
    "NDMA was found in Cardiprex at levels up to 2.8 times the daily limit that the MSA considers safe.",
    "was found at levels up to 2.8 times the daily limit that the agency considers safe",
    q=[Q("other", None, 2.8, "times", "up to 2.8 times")],
    facts={"rec:level": {"quantity": qv("times", None, 2.8)}},
)
c(
    A,
    "Nitrosamines are classed as probable human carcinogens when people are exposed to them over long periods.",
    "Nitrosamines are classed as probable human carcinogens when people are exposed to them over long periods",
    facts={"rec:carcinogen": {}},
)
c(
    A,
    "Patients should not stop taking Cardiprex without first speaking to their doctor or pharmacist.",
    "Patients should not stop taking their tablets without first speaking to their doctor or pharmacist",
    MARSH,
    facts={"rec:advice": {}},
)
c(A, "Dr Helen Marsh is the MSA's chief executive.", "Dr Helen Marsh, the MSA's chief executive")
c(
    A,
    "The risk of the Cardiprex impurity to any individual patient is very low.",
    'the risk to any individual patient was "very low"',
    MARSH2,
    facts={"rec:risk-low": {}},
)
c(
    A,
    "The MSA has received no reports of harm linked to Cardiprex.",
    "the agency had received no reports of harm linked to the drug",
    MARSH2,
    facts={"rec:no-harm": {}},
)
c(
    A,
    "Halvern traced the Cardiprex impurity to a solvent bought from an outside supplier.",
    "it had traced the impurity to a solvent bought from an outside supplier",
    HALV,
    facts={"rec:solvent": {}},
)
c(
    A,
    "Halvern switched to a new solvent supplier in November 2023.",
    "it had switched to a new supplier in November",
    HALV,
    d=[D("2023-11-01", "2023-11-30", "in November")],
)
c(
    A,
    "Halvern is working with pharmacies so that patients can get replacement Cardiprex packs from unaffected batches.",
    "it was working with pharmacies so that patients could get replacement packs from unaffected batches",
    ORG("Halvern", "The company said"),
    facts={"rec:replacement": {}},
)
c(
    A,
    "Cardiprex went on sale in 2011.",
    "Cardiprex, which went on sale in 2011",
    d=[D("2011-01-01", "2011-12-31", "2011")],
    facts={"rec:launch": {"date": dv("2011-01-01", "2011-12-31")}},
)
c(A, "Cardiprex is one of Halvern's best-selling products.", "is one of Halvern's best-selling products")
c(
    A,
    "The MSA has set up a helpline for patients with questions about Cardiprex.",
    "The MSA has set up a helpline for patients with questions",
)
c(
    A,
    "The MSA's Cardiprex helpline will be open every day until 30 April 2024.",
    "which will be open every day until April 30",
    d=[D("2024-04-30", None, "until April 30")],
)

# ---------------------------------------------------------------- PharmaLedger (2024-03-13, Wed)
A = "rec-pharmaledger"
art(
    A,
    SA,
    [
        "PharmaLedger staff | 13 Mar 2024",
        "[Image: Halvern's headquarters in Brackmoor. Credit: PharmaLedger]",
        "Read more: Nitrosamine recalls: a timeline",
    ],
)
c(
    A,
    "Halvern Pharmaceuticals expects the Cardiprex recall to cost about $180m.",
    "Halvern Pharmaceuticals expects the recall of its hypertension drug Cardiprex to cost about $180m",
    ORG("Halvern Pharmaceuticals", "the company said"),
    q=[Q("money", 180e6, 180e6, "USD", "about $180m")],
    facts={"rec:cost": {"quantity": qv("USD", 180e6, 180e6)}},
)
c(A, "Cardiprex is being recalled.", "the recall of its hypertension drug Cardiprex", facts={"rec:recall": {}})
c(
    A,
    "Cardiprex is a hypertension drug made by Halvern Pharmaceuticals.",
    "its hypertension drug Cardiprex",
    facts={"rec:bp-drug": {}},
)
c(
    A,
    "Regulators pulled 36 batches of Cardiprex from pharmacies.",
    "regulators pulled 36 batches of the medicine from pharmacies",
    q=[Q("count", 36, 36, None, "36 batches")],
    facts={"rec:batches": {"quantity": qv("n", 36, 36)}},
)
c(
    A,
    "Regulators pulled Cardiprex from pharmacies over a contamination scare.",
    "regulators pulled 36 batches of the medicine from pharmacies over a contamination scare",
    facts={"rec:recall": {}},
)
c(
    A,
    "Halvern shares fell 6.2% on 12 March 2024.",
    "Shares in Halvern fell 6.2% on Tuesday",
    q=[Q("percent", 6.2, 6.2, "%", "6.2%")],
    d=[TUE],
    facts={"rec:shares": {"quantity": qv("%", 6.2, 6.2), "date": dv("2024-03-12")}},
)
c(
    A,
    "The fall in Halvern shares on 12 March 2024 was their steepest in four years.",
    "their steepest fall in four years",
    q=[Q("other", 4, 4, "years", "four years")],
)
c(
    A,
    "The Medicines Safety Authority (MSA) ordered the withdrawal of roughly 2.4m packs of Cardiprex.",
    "the Medicines Safety Authority (MSA) ordered the withdrawal of roughly 2.4m packs",
    q=[Q("count", 2.4e6, 2.4e6, None, "roughly 2.4m packs")],
    facts={"rec:packs": {"quantity": qv("n", 2.4e6, 2.4e6)}},
)
c(
    A,
    "The recalled Cardiprex tablets are of the 40-milligram strength.",
    "ordered the withdrawal of roughly 2.4m packs of the 40-milligram tablets",
    q=[Q("other", 40, 40, "mg", "40-milligram")],
    facts={"rec:strength": {"quantity": qv("mg", 40, 40)}},
)
c(
    A,
    "Tests showed Cardiprex tablets contained N-nitrosodimethylamine (NDMA).",
    "Tests showed the tablets contained N-nitrosodimethylamine (NDMA)",
    facts={"rec:impurity": {}, "rec:ndma": {}},
)
c(
    A,
    "NDMA, the impurity found in Cardiprex, is one of a family of chemicals known as nitrosamines.",
    "one of a family of chemicals known as nitrosamines",
    facts={"rec:nitrosamine": {}},
)
c(
    A,
    "Nitrosamines are classed as probable human carcinogens.",
    "nitrosamines that are classed as probable human carcinogens",
    facts={"rec:carcinogen": {}},
)
c(
    A,
    "In the worst samples, NDMA levels in Cardiprex reached as much as three times the acceptable daily intake.",
    "In the worst samples, NDMA levels reached as much as three times the acceptable daily intake",
    ORG("Medicines Safety Authority", "the regulator said"),
    q=[Q("other", None, 3, "times", "as much as three times")],
    facts={"rec:level": {"quantity": qv("times", None, 3)}},
)
c(
    A,
    "Cardiprex is taken by around 310,000 patients.",
    "Cardiprex is taken by around 310,000 patients",
    q=[Q("count", 310000, 310000, None, "around 310,000 patients")],
    facts={"rec:patients": {"quantity": qv("n", 310000, 310000)}},
)
c(
    A,
    "Cardiprex generated $1.1bn in sales in 2023.",
    "generated $1.1bn in sales last year",
    q=[Q("money", 1.1e9, 1.1e9, "USD", "$1.1bn")],
    d=[D("2023-01-01", "2023-12-31", "last year")],
    facts={"rec:sales": {"quantity": qv("USD", 1.1e9, 1.1e9), "date": Y2023}},
)
c(
    A,
    "Cardiprex's 2023 sales were nearly a fifth of Halvern's group revenue.",
    "generated $1.1bn in sales last year, nearly a fifth of group revenue",
    q=[Q("percent", None, 20, "%", "nearly a fifth")],
    d=[D("2023-01-01", "2023-12-31", "last year")],
)
c(
    A,
    "Halvern deeply regrets the disruption to Cardiprex patients.",
    'the company "deeply regrets" the disruption to patients',
    NP("Chief executive Ingrid Sola", "said"),
    facts={"rec:regret": {}},
)
c(
    A,
    "Halvern will fully cooperate with the MSA over the Cardiprex recall.",
    'would "fully cooperate" with the authority',
    NP("Chief executive Ingrid Sola", "said"),
)
c(
    A,
    "The Cardiprex contamination was traced to a batch of solvent from Lindqvist Chemicals.",
    "the contamination was traced to a batch of solvent from Lindqvist Chemicals",
    AN(None, "said"),
    facts={"rec:solvent": {}},
)
c(A, "Lindqvist Chemicals is a contract supplier.", "Lindqvist Chemicals, a contract supplier")
c(A, "Halvern declined to name the solvent supplier.", "Halvern declined to name the supplier")
c(
    A,
    "The affected Cardiprex tablets were produced between January and October 2023.",
    "The affected tablets were produced from January to October 2023",
    d=[D("2023-01-01", "2023-10-31", "from January to October 2023")],
    facts={"rec:made-period": {"date": dv("2023-01-01", "2023-10-31")}},
)
c(
    A,
    "Neither Halvern nor the MSA has received any reports of patients being harmed by Cardiprex.",
    "Neither the company nor the regulator has received any reports of patients being harmed",
    facts={"rec:no-harm": {}},
)
c(
    A,
    "Patients are being advised to keep taking Cardiprex until they have spoken to a pharmacist.",
    "Patients are being advised to keep taking their medication until they have spoken to a pharmacist",
    facts={"rec:advice": {}},
)
c(
    A,
    "The MSA will inspect Halvern's Brackmoor plant in April 2024.",
    "it would inspect Halvern's Brackmoor plant next month",
    ORG("MSA", "said"),
    d=[D("2024-04-01", "2024-04-30", "next month")],
)
c(
    A,
    "Cardiprex has been on the market since its launch in 2011.",
    "Cardiprex has been on the market since its launch in 2011",
    d=[D("2011-01-01", "2011-12-31", "2011")],
    facts={"rec:launch": {"date": dv("2011-01-01", "2011-12-31")}},
)

# ---------------------------------------------------------------- Northline News (2024-03-14, Thu)
A = "rec-northline"
art(
    A,
    SA,
    [
        "Northline News | Health | Published 14 March 2024",
        "A pharmacist checks a customer's prescription. Patients can return affected packs to any pharmacy."
        " (Northline News)",
        "Read more: Your questions on medicine safety answered",
    ],
)
P300 = Q("count", 300000, 300000, None, "Some 300,000 people")
P2M = Q("count", 2e6, None, None, "more than two million packs")
c(
    A,
    "Some 300,000 people take Cardiprex.",
    "Some 300,000 people who take the blood pressure drug Cardiprex",
    q=[P300],
    facts={"rec:patients": {"quantity": qv("n", 300000, 300000)}},
)
c(A, "Cardiprex is a blood pressure drug.", "the blood pressure drug Cardiprex", facts={"rec:bp-drug": {}})
c(
    A,
    "People who take Cardiprex are being urged not to panic.",
    "Some 300,000 people who take the blood pressure drug Cardiprex are being urged not to panic",
)
c(
    A,
    "More than two million packs of Cardiprex were recalled.",
    "more than two million packs were recalled",
    q=[P2M],
    facts={"rec:packs": {"quantity": qv("n", 2e6, None)}},
)
c(
    A,
    "Cardiprex packs were recalled over a contamination problem.",
    "more than two million packs were recalled over a contamination problem",
    facts={"rec:recall": {}},
)
c(
    A,
    "The Medicines Safety Authority (MSA) announced the Cardiprex recall on 11 March 2024.",
    "The recall, announced by the Medicines Safety Authority (MSA) on Monday",
    d=[D("2024-03-11", None, "on Monday")],
    facts={"rec:announced": {"date": dv("2024-03-11")}},
)
c(
    A,
    "The Cardiprex recall affects 40mg tablets.",
    "affects Cardiprex 40mg tablets",
    q=[Q("other", 40, 40, "mg", "40mg")],
    facts={"rec:strength": {"quantity": qv("mg", 40, 40)}},
)
c(
    A,
    "The recalled Cardiprex tablets were made by Halvern Pharmaceuticals at its Brackmoor site.",
    "Cardiprex 40mg tablets made by Halvern Pharmaceuticals at its Brackmoor site",
    facts={"rec:brackmoor": {}},
)
c(
    A,
    "Tests found a nitrosamine impurity in Cardiprex tablets.",
    "Tests found a nitrosamine impurity",
    facts={"rec:impurity": {}, "rec:nitrosamine": {}},
)
c(
    A,
    "The nitrosamine impurity in Cardiprex could raise the risk of cancer if taken over many years.",
    "that could raise the risk of cancer if taken over many years",
    facts={"rec:carcinogen": {}},
)
c(
    A,
    "The risk of the Cardiprex impurity to patients is very small.",
    "the risk to patients was very small",
    ORG("Medicines Safety Authority", "said"),
    facts={"rec:risk-low": {}},
)
c(
    A,
    "Patients should not stop taking Cardiprex without speaking to their doctor or pharmacist first.",
    "patients should not stop taking their tablets without speaking to their doctor or pharmacist first",
    NP("Dr Tomas Berg", "said"),
    facts={"rec:advice": {}},
)
c(A, "Dr Tomas Berg is Halvern's chief medical officer.", "Dr Tomas Berg, Halvern's chief medical officer")
c(
    A,
    "Suddenly stopping blood pressure medication can be dangerous.",
    "Suddenly stopping blood pressure medication can be dangerous",
    NP("Dr Tomas Berg", "he said"),
)
c(
    A,
    "Pharmacies have until 15 March 2024 to remove affected Cardiprex packs.",
    "Pharmacies have until March 15 to remove affected packs",
    d=[D("2024-03-15", None, "until March 15")],
    facts={"rec:deadline": {"date": dv("2024-03-15")}},
)
c(
    A,
    "Replacement Cardiprex stock from unaffected batches is already being delivered to pharmacies.",
    "replacement stock from unaffected batches was already being delivered to pharmacies",
    HALV,
    facts={"rec:replacement": {}},
)
c(A, "Patients will not be charged for new Cardiprex packs.", "patients would not be charged for new packs", HALV)
c(
    A,
    "The Cardiprex recall will cost Halvern 180 million dollars.",
    "the recall would cost it 180 million dollars",
    ORG("Halvern", "The company said"),
    q=[Q("money", 180e6, 180e6, "USD", "180 million dollars")],
    facts={"rec:cost": {"quantity": qv("USD", 180e6, 180e6)}},
)
c(
    A,
    "Halvern's shares closed 6.2 per cent lower on 12 March 2024.",
    "Halvern's shares closed 6.2 per cent lower on Tuesday",
    q=[Q("percent", 6.2, 6.2, "%", "6.2 per cent")],
    d=[TUE],
    facts={"rec:shares": {"quantity": qv("%", 6.2, 6.2), "date": dv("2024-03-12")}},
)
c(
    A,
    "Halvern chief executive Ingrid Sola apologised to Cardiprex patients in a video message on 13 March 2024.",
    "chief executive Ingrid Sola apologised to patients in a video message on Wednesday",
    d=[D("2024-03-13", None, "on Wednesday")],
    facts={"rec:regret": {}},
)
c(
    A,
    "Cardiprex brought in sales of about 1.1 billion dollars in 2023.",
    "Cardiprex brought in sales of about 1.1 billion dollars in 2023",
    q=[Q("money", 1.1e9, 1.1e9, "USD", "about 1.1 billion dollars")],
    d=[D("2023-01-01", "2023-12-31", "2023")],
    facts={"rec:sales": {"quantity": qv("USD", 1.1e9, 1.1e9), "date": Y2023}},
)
c(
    A,
    "The Cardiprex recall is the second recall of a Halvern product in three years.",
    "It is the second recall of a Halvern product in three years",
    q=[Q("other", 2, 2, "ordinal", "second"), Q("other", 3, 3, "years", "three years")],
)
c(
    A,
    "A batch of Halvern's asthma inhaler Breathra was withdrawn in 2021.",
    "a batch of the company's asthma inhaler Breathra was withdrawn in 2021",
    d=[D("2021-01-01", "2021-12-31", "2021")],
)
c(A, "Breathra is an asthma inhaler made by Halvern.", "the company's asthma inhaler Breathra")
c(
    A,
    "There should be an independent review of the MSA's testing regime.",
    "called for an independent review of the MSA's testing regime",
    NP("Opposition health spokesperson Karen Odell", "called for"),
)

NOTES["rec:packs"] = (
    "packs recalled: 2.4 million / roughly 2.4m (Harbour Gazette, PharmaLedger) vs more than two million (Northline)"
)
NOTES["rec:batches"] = "batches recalled: 38 (Harbour Gazette) vs 36 (PharmaLedger)"
NOTES["rec:level"] = (
    "worst NDMA level: up to 2.8 times (Harbour Gazette) vs as much as three times (PharmaLedger) the daily limit"
)
NOTES["rec:patients"] = "patients on Cardiprex: around 310,000 (PharmaLedger) vs some 300,000 (Northline)"
NOTES["rec:announced"] = (
    "day the MSA announced the recall: Tuesday 12 March (Harbour Gazette) vs Monday 11 March (Northline)"
)
NOTES["rec:advice"] = (
    "advice not to stop the tablets: MSA chief executive Helen Marsh (Harbour Gazette) vs Halvern's"
    " Dr Tomas Berg (Northline); unattributed in PharmaLedger"
)

# =====================================================================
# Story B: tunnel collapse at the Ardmore copper mine (September 2024)
# =====================================================================
SB = "ardmore-mine-collapse-2024"
BSM = ORG("Brightstone Mining", "confirmed")
BST = ORG("Brightstone", "said in a statement")
FERRANT = NP("Mines Minister Lucia Ferrant", "said")
HOSP = ORG("Kessel General Hospital", "said")
VPOST = MO("Valley Post", "according to the local newspaper the Valley Post")
SEP17 = dv("2024-09-17")
Y2016 = dv("2016-01-01", "2016-12-31")

# ---------------------------------------------------------------- The Valley Post (2024-09-17, Tue)
A = "mine-valleypost"
art(
    A,
    SB,
    [
        "By Owen Tregarth in Kessel\nTuesday 17 September 2024",
        "Family members wait outside the Ardmore mine gates on Monday. Photo: Valley Post",
        "Read more: A history of Kessel's mining disasters",
    ],
)
M21 = Q("count", 21, 21, None, "21 miners")
c(
    A,
    "Rescue teams brought 21 Ardmore miners to the surface alive.",
    "Rescue teams brought 21 miners to the surface alive",
    q=[M21],
    facts={"mine:survivors": {"quantity": qv("n", 21, 21)}},
)
c(
    A,
    "Rescue teams brought the surviving Ardmore miners to the surface on the morning of 17 September 2024.",
    "Rescue teams brought 21 miners to the surface alive on Tuesday morning",
    d=[D("2024-09-17", None, "on Tuesday morning")],
    facts={"mine:rescue-end": {"date": SEP17}},
)
c(
    A,
    "The Ardmore survivors were brought to the surface more than 30 hours after the collapse.",
    "more than 30 hours after part of a tunnel collapsed",
    q=[Q("other", 30, None, "hours", "more than 30 hours")],
    facts={"mine:hours": {"quantity": qv("h", 30, None)}},
)
c(
    A,
    "Part of a tunnel collapsed at the Ardmore mine.",
    "part of a tunnel collapsed at the Ardmore copper mine",
    facts={"mine:collapse": {}},
)
c(A, "Ardmore is a copper mine.", "the Ardmore copper mine", facts={"mine:copper": {}})
c(A, "The Ardmore mine is near Kessel.", "the Ardmore copper mine near Kessel", facts={"mine:kessel": {}})
c(
    A,
    "Two miners were killed in the Ardmore collapse.",
    "Two of their colleagues were killed",
    BSM,
    q=[Q("count", 2, 2, None, "Two")],
    facts={"mine:dead": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "Brightstone Mining operates the Ardmore mine.",
    "the mine's operator Brightstone Mining",
    facts={"mine:operator": {}},
)
c(
    A,
    "The Ardmore collapse happened late on 15 September 2024.",
    "The collapse happened late on Sunday",
    d=[D("2024-09-15", None, "late on Sunday")],
    facts={"mine:when": {"date": dv("2024-09-15")}},
)
c(
    A,
    "The Ardmore collapse happened about 800 metres below ground.",
    "about 800 metres below ground",
    q=[Q("other", 800, 800, "metres", "about 800 metres")],
    facts={"mine:depth": {"quantity": qv("m", 800, 800)}},
)
c(
    A,
    "The Ardmore collapse trapped 23 miners.",
    "trapping 23 miners",
    q=[Q("count", 23, 23, None, "23 miners")],
    facts={"mine:trapped": {"quantity": qv("n", 23, 23)}},
)
c(
    A,
    "The 23 trapped Ardmore miners were in a section that had been cut off from the main shaft.",
    "trapping 23 miners in a section that had been cut off from the main shaft",
    q=[Q("count", 23, 23, None, "23 miners")],
)
c(
    A,
    "Some 120 rescuers worked in shifts at Ardmore.",
    "Some 120 rescuers, working in shifts",
    q=[Q("count", 120, 120, None, "Some 120 rescuers")],
)
c(
    A,
    "The Ardmore rescuers had to clear tonnes of rock before they could reach the trapped miners.",
    "had to clear tonnes of rock before they could reach the men",
)
c(
    A,
    "Mines Minister Lucia Ferrant visited the Ardmore site on 16 September 2024.",
    "Mines Minister Lucia Ferrant visited the site on Monday",
    d=[D("2024-09-16", None, "on Monday")],
)
c(A, "Lucia Ferrant met relatives of the trapped Ardmore miners.", "met relatives of the trapped men")
c(
    A,
    "The whole country has been holding its breath over the trapped Ardmore miners.",
    "The whole country has been holding its breath",
    NP("Lucia Ferrant", "she said"),
)
c(
    A,
    "The cause of the Ardmore collapse is not yet known.",
    "the cause of the collapse was not yet known",
    ORG("Brightstone", "said"),
    facts={"mine:cause": {"fact": "cause not yet known"}},
)
c(
    A,
    "Operations at Ardmore have been suspended.",
    "Operations at Ardmore, which employs about 1,400 people, have been suspended",
    facts={"mine:suspended": {}},
)
c(
    A,
    "Ardmore employs about 1,400 people.",
    "Ardmore, which employs about 1,400 people",
    q=[Q("count", 1400, 1400, None, "about 1,400 people")],
    facts={"mine:workforce": {"quantity": qv("n", 1400, 1400)}},
)
c(A, "Ardmore workers have been sent home on full pay.", "workers have been sent home on full pay")
c(
    A,
    "Members of the Mineworkers' Federation had reported cracks in the Ardmore tunnel roof in September 2024,"
    " before the collapse.",
    "its members had reported cracks in the tunnel roof earlier this month",
    ORG("Mineworkers' Federation", "said"),
    d=[D("2024-09-01", "2024-09-17", "earlier this month")],
    facts={"mine:cracks": {}},
)
c(
    A,
    "Brightstone did not respond to the Mineworkers' Federation's claim about cracks in the tunnel roof.",
    "Brightstone did not respond to the union's claim",
)
c(
    A,
    "The Ardmore collapse is the deadliest accident at the mine since 2016.",
    "It is the deadliest accident at the mine since 2016",
    d=[D("2016-01-01", "2016-12-31", "2016")],
    facts={"mine:worst-since": {"date": Y2016}},
)
c(
    A,
    "Four miners died in an underground fire at Ardmore in 2016.",
    "2016, when four miners died in an underground fire",
    q=[Q("count", 4, 4, None, "four miners")],
    d=[D("2016-01-01", "2016-12-31", "2016")],
    facts={"mine:fire-2016": {"quantity": qv("n", 4, 4), "date": Y2016}},
)
c(
    A,
    "Ardmore is one of the largest copper mines in the region.",
    "Ardmore, one of the largest copper mines in the region",
)
c(
    A,
    "Ardmore has been operating since 1987.",
    "Ardmore, one of the largest copper mines in the region, has been operating since 1987",
    d=[D("1987-01-01", "1987-12-31", "1987")],
)
c(
    A,
    "Seven of the rescued Ardmore miners were being treated for injuries.",
    "seven of the rescued miners were being treated for injuries",
    HOSP,
    q=[Q("count", 7, 7, None, "seven")],
    facts={"mine:injured": {"quantity": qv("n", 7, 7)}},
)
c(
    A,
    "One of the injured Ardmore miners is in a serious condition.",
    "one of them in a serious condition",
    HOSP,
    q=[Q("count", 1, 1, None, "one")],
)

# ---------------------------------------------------------------- MetalWire (2024-09-17, Tue)
A = "mine-metalwire"
art(A, SB, ["Reporting by Amara Quist; Editing by Jon Pell", "RELATED: Copper hits two-month high on supply worries"])
BSAID = ORG("Brightstone Mining", "the company said")
LEDE = (
    "Brightstone Mining has halted production at its Ardmore copper mine after a tunnel collapse that killed"
    " two workers, the company said on Tuesday"
)
c(
    A,
    "Brightstone Mining has halted production at the Ardmore copper mine.",
    "Brightstone Mining has halted production at its Ardmore copper mine",
    BSAID,
    facts={"mine:suspended": {}},
)
c(A, "Brightstone Mining operates the Ardmore mine.", "its Ardmore copper mine", facts={"mine:operator": {}})
c(A, "Ardmore is a copper mine.", "its Ardmore copper mine", facts={"mine:copper": {}})
c(
    A,
    "A tunnel collapse at the Ardmore mine killed two workers.",
    "a tunnel collapse that killed two workers",
    BSAID,
    q=[Q("count", 2, 2, None, "two workers")],
    facts={"mine:dead": {"quantity": qv("n", 2, 2)}},
)
c(
    A,
    "Brightstone Mining made its statement on the Ardmore collapse on 17 September 2024.",
    LEDE,
    d=[D("2024-09-17", None, "on Tuesday")],
)
c(
    A,
    "Rescuers freed the last of the 21 Ardmore survivors.",
    "Rescuers freed the last of the 21 survivors",
    q=[Q("count", 21, 21, None, "21 survivors")],
    facts={"mine:survivors": {"quantity": qv("n", 21, 21)}},
)
c(
    A,
    "Rescuers freed the last of the Ardmore survivors on 17 September 2024.",
    "Rescuers freed the last of the 21 survivors earlier in the day",
    d=[D("2024-09-17", None, "earlier in the day")],
    facts={"mine:rescue-end": {"date": SEP17}},
)
c(A, "The roof of a tunnel at Ardmore gave way.", "The roof of a tunnel gave way", BST, facts={"mine:collapse": {}})
c(
    A,
    "The Ardmore tunnel roof gave way in the early hours of 16 September 2024.",
    "The roof of a tunnel gave way in the early hours of Monday",
    BST,
    d=[D("2024-09-16", None, "in the early hours of Monday")],
    facts={"mine:when": {"date": dv("2024-09-16")}},
)
c(
    A,
    "The Ardmore collapse happened at a depth of 780 metres.",
    "at a depth of 780 metres",
    BST,
    q=[Q("other", 780, 780, "metres", "780 metres")],
    facts={"mine:depth": {"quantity": qv("m", 780, 780)}},
)
c(
    A,
    "The Ardmore collapse trapped 23 workers.",
    "trapping 23 workers",
    BST,
    q=[Q("count", 23, 23, None, "23 workers")],
    facts={"mine:trapped": {"quantity": qv("n", 23, 23)}},
)
c(
    A,
    "A seismic tremor caused the Ardmore collapse.",
    "It blamed a seismic tremor for the collapse",
    ORG("Brightstone", "blamed"),
    facts={"mine:cause": {"fact": "seismic tremor"}},
)
c(
    A,
    "Rescue crews drilled a narrow borehole to send water and oxygen to the trapped Ardmore miners on"
    " 16 September 2024.",
    "Rescue crews drilled a narrow borehole to send water and oxygen to the trapped men on Monday",
    BSAID,
    d=[D("2024-09-16", None, "on Monday")],
)
c(
    A,
    "Brightstone has not said when production at Ardmore will resume.",
    "Brightstone has not said when production at Ardmore will resume",
)
c(
    A,
    "Ardmore produced 95,000 tonnes of copper in 2023.",
    "Ardmore produced 95,000 tonnes of copper last year",
    q=[Q("other", 95000, 95000, "tonnes", "95,000 tonnes")],
    d=[D("2023-01-01", "2023-12-31", "last year")],
)
c(
    A,
    "Ardmore's 2023 copper output was about 40% of Brightstone's total output.",
    "Ardmore produced 95,000 tonnes of copper last year, about 40% of Brightstone's total output",
    q=[Q("percent", 40, 40, "%", "about 40%")],
    d=[D("2023-01-01", "2023-12-31", "last year")],
)
c(
    A,
    "Brightstone also runs two nickel mines.",
    "Brightstone, which also runs two nickel mines",
    q=[Q("count", 2, 2, None, "two nickel mines")],
)
c(
    A,
    "Brightstone shares fell 4.5% on 16 September 2024.",
    "Shares in Brightstone, which also runs two nickel mines, fell 4.5% on Monday",
    q=[Q("percent", 4.5, 4.5, "%", "4.5%")],
    d=[D("2024-09-16", None, "on Monday")],
)
c(
    A,
    "Brightstone will carry out a full and transparent review of the Ardmore accident.",
    'the company would carry out "a full and transparent review" of the accident',
    NP("Chief executive Daniel Okoro", "said"),
)
c(
    A,
    "Brightstone will pay for the funerals of the two miners killed at Ardmore.",
    "Brightstone would pay for the funerals of the two men",
    NP("Daniel Okoro", "He said"),
    q=[Q("count", 2, 2, None, "two men")],
    facts={"mine:funerals": {}},
)
c(
    A,
    "The government has ordered an independent inquiry into the Ardmore collapse.",
    "the government had ordered an independent inquiry into the collapse",
    FERRANT,
    facts={"mine:inquiry": {}},
)
c(
    A,
    "The Ardmore inquiry will publish its findings within six months.",
    "would publish its findings within six months",
    FERRANT,
    q=[Q("other", None, 6, "months", "within six months")],
)
c(
    A,
    "The section of Ardmore tunnel that collapsed had passed a safety inspection in August 2024.",
    "the section of tunnel that collapsed had passed a safety inspection in August",
    ORG("Brightstone", "said"),
    d=[D("2024-08-01", "2024-08-31", "in August")],
)
c(
    A,
    "Seven Ardmore survivors were taken to hospital in Kessel.",
    "Seven survivors were taken to hospital in Kessel",
    q=[Q("count", 7, 7, None, "Seven survivors")],
    facts={"mine:injured": {"quantity": qv("n", 7, 7)}},
)
c(
    A,
    "Ardmore employs about 1,400 people.",
    "Ardmore employs about 1,400 people",
    q=[Q("count", 1400, 1400, None, "about 1,400 people")],
    facts={"mine:workforce": {"quantity": qv("n", 1400, 1400)}},
)
c(
    A,
    "Copper prices rose 1.2% in London on 16 September 2024.",
    "Copper prices rose 1.2% in London on Monday",
    AN(None, "traders said"),
    q=[Q("percent", 1.2, 1.2, "%", "1.2%")],
    d=[D("2024-09-16", None, "on Monday")],
)
c(
    A,
    "Copper prices rose on 16 September 2024 partly on concern over supply from Ardmore.",
    "partly on concern over supply from Ardmore",
    AN(None, "traders said"),
)

# ---------------------------------------------------------------- Reporter24 (2024-09-18, Wed)
A = "mine-reporter24"
art(
    A,
    SB,
    [
        "Reporter24 | 18.09.2024 | 3 min read",
        "Relatives comfort each other at a vigil in Kessel on Tuesday evening. (Photo: Reporter24/M. Ilic)",
        "Read more: Kessel mourns its miners",
    ],
)
SURV = AN(None, "have described")
HAAS = NP("Pieter Haas", "said")
RIVERA = NP("Tomas Rivera", "said")
DEAD = "The dead were named by the company as Jonas Welt and Andile Moyo"
c(
    A,
    "Survivors of the Ardmore collapse spent more than a day in darkness.",
    "have described spending more than a day in darkness",
    SURV,
    q=[Q("other", 1, None, "days", "more than a day")],
)
c(A, "The trapped Ardmore miners rationed water.", "rationing water", SURV)
c(
    A,
    "The trapped Ardmore miners took turns to tap on pipes so that rescuers could find them.",
    "taking turns to tap on pipes so that rescuers could find them",
    SURV,
)
c(
    A,
    "Two dozen miners were trapped in the Ardmore collapse.",
    "Two dozen miners were trapped",
    q=[Q("count", 24, 24, None, "Two dozen")],
    facts={"mine:trapped": {"quantity": qv("n", 24, 24)}},
)
c(
    A,
    "Part of the tunnel roof caved in at the Ardmore mine.",
    "part of the tunnel roof caved in at the copper mine near Kessel",
    facts={"mine:collapse": {}},
)
c(A, "Ardmore is a copper mine.", "the copper mine near Kessel", facts={"mine:copper": {}})
c(A, "The Ardmore mine is near Kessel.", "the copper mine near Kessel", facts={"mine:kessel": {}})
c(A, "Brightstone Mining runs the Ardmore mine.", "which is run by Brightstone Mining", facts={"mine:operator": {}})
c(
    A,
    "Rescuers reached the last of the 21 Ardmore survivors.",
    "Rescuers reached the last of the 21 survivors",
    q=[Q("count", 21, 21, None, "21 survivors")],
    facts={"mine:survivors": {"quantity": qv("n", 21, 21)}},
)
c(
    A,
    "Rescuers reached the last of the Ardmore survivors on 17 September 2024.",
    "Rescuers reached the last of the 21 survivors on Tuesday",
    d=[D("2024-09-17", None, "on Tuesday")],
    facts={"mine:rescue-end": {"date": SEP17}},
)
c(
    A,
    "The last Ardmore survivors were reached after over 30 hours underground.",
    "after over 30 hours underground",
    q=[Q("other", 30, None, "hours", "over 30 hours")],
    facts={"mine:hours": {"quantity": qv("h", 30, None)}},
)
c(
    A,
    "Two men were killed in the Ardmore collapse.",
    "Two men were killed",
    q=[Q("count", 2, 2, None, "Two men")],
    facts={"mine:dead": {"quantity": qv("n", 2, 2)}},
)
c(A, "Jonas Welt was killed in the Ardmore collapse.", DEAD, ORG("Brightstone Mining", "named by the company"))
c(A, "Andile Moyo was killed in the Ardmore collapse.", DEAD, ORG("Brightstone Mining", "named by the company"))
c(A, "The trapped Ardmore miners prayed in the dark.", '"We prayed in the dark', HAAS)  # title has it too
c(A, "The trapped Ardmore miners listened for the rescuers' drills.", "we listened for the drills", HAAS)
c(A, "Pieter Haas is one of the rescued Ardmore miners.", "Pieter Haas, one of the rescued men")
c(
    A,
    "Seven Ardmore survivors were treated in hospital.",
    "Seven survivors were treated in hospital",
    q=[Q("count", 7, 7, None, "Seven survivors")],
    facts={"mine:injured": {"quantity": qv("n", 7, 7)}},
)
c(
    A,
    "Most of the Ardmore survivors treated in hospital are expected to go home in the week of 16-22 September 2024.",
    "most are expected to go home this week",
    d=[D("2024-09-16", "2024-09-22", "this week")],
)
c(
    A,
    "Mines Minister Lucia Ferrant ordered an independent inquiry into the Ardmore collapse on 17 September 2024.",
    "Mines Minister Lucia Ferrant ordered an independent inquiry on Tuesday",
    d=[D("2024-09-17", None, "on Tuesday")],
    facts={"mine:inquiry": {}},
)
c(
    A,
    "The families of the Ardmore miners deserve straight answers.",
    'families deserved "straight answers"',
    NP("Mines Minister Lucia Ferrant", "saying"),
)
c(
    A,
    "Tomas Rivera is general secretary of the Mineworkers' Federation.",
    "Tomas Rivera, general secretary of the Mineworkers' Federation",
)
c(
    A,
    "Ardmore miners had warned managers about cracks in the roof weeks before the collapse.",
    "miners had warned managers about cracks in the roof weeks before the collapse",
    RIVERA,
    facts={"mine:cracks": {}},
)
c(
    A,
    "The Ardmore miners should never have been sent down there.",
    "These men should never have been sent down there",
    NP("Tomas Rivera", "he said"),
)
c(
    A,
    "Brightstone has promised to cover the funeral costs of the two miners killed at Ardmore.",
    "Brightstone has promised to cover the funeral costs of the two men",
    q=[Q("count", 2, 2, None, "two men")],
    facts={"mine:funerals": {}},
)
c(A, "Daniel Okoro is Brightstone's chief executive.", "The company's chief executive, Daniel Okoro")
c(
    A,
    "It is too early to say what caused the Ardmore collapse.",
    'it was "too early" to say what caused the collapse',
    NP("Daniel Okoro", "said"),
    facts={"mine:cause": {"fact": "cause not yet known"}},
)
c(
    A,
    "The Ardmore collapse is the worst accident at Ardmore since 2016.",
    "The accident is the worst at Ardmore since a 2016 fire",
    VPOST,
    d=[D("2016-01-01", "2016-12-31", "2016")],
    facts={"mine:worst-since": {"date": Y2016}},
)
c(
    A,
    "A 2016 fire at Ardmore killed four miners.",
    "a 2016 fire that killed four miners",
    VPOST,
    q=[Q("count", 4, 4, None, "four miners")],
    d=[D("2016-01-01", "2016-12-31", "2016")],
    facts={"mine:fire-2016": {"quantity": qv("n", 4, 4), "date": Y2016}},
)
c(A, "The Valley Post is a local newspaper.", "the local newspaper the Valley Post")

NOTES["mine:trapped"] = "miners trapped: 23 (Valley Post, MetalWire) vs two dozen (Reporter24)"
NOTES["mine:depth"] = "depth of the collapse: about 800 metres (Valley Post) vs 780 metres (MetalWire)"
NOTES["mine:when"] = (
    "time of the collapse: late on Sunday 15 Sept (Valley Post) vs early hours of Monday 16 Sept (MetalWire)"
)
NOTES["mine:cause"] = (
    "cause: Brightstone blamed a seismic tremor (MetalWire) vs Brightstone / its chief executive"
    " said it was not yet known (Valley Post, Reporter24)"
)

if __name__ == "__main__":
    build(BASE, NOTES)
