"""Held-out gold for the claim matcher: two invented stories, written before any tuning on them.

Run:  python3 build.py   (writes gold.json next to this file)

Same format and link rules as the dev corpus (../../../../../shared/dev-corpus/README.md, Links): every claim
may carry fact keys with per-field values; claims of different articles sharing a key are linked, and the
link is a conflict on the first differing field of quantity, date, attribution, fact. The stories and
outlets are invented; there are no article bodies, so `span` repeats the claim text and `file` is null.
"""

from __future__ import annotations

import json
from pathlib import Path

FIELDS = ("quantity", "date", "attribution", "fact")


def U():
    """Unattributed."""
    return {"type": "unattributed", "source": None, "cue": None}


def NP(source, cue="said"):
    """A named person."""
    return {"type": "named_person", "source": source, "cue": cue}


def ORG(source, cue="said"):
    """An organisation."""
    return {"type": "organization", "source": source, "cue": cue}


def AN(source=None, cue="said"):
    """Unnamed sources."""
    return {"type": "anonymous", "source": source, "cue": cue}


def Q(kind, low, high, unit, text):
    """A quantity."""
    return {"kind": kind, "low": low, "high": high, "unit": unit, "text": text}


def D(start, end=None, text=""):
    """A date range."""
    return {"start": start, "end": end or start, "text": text}


def qv(unit, low, high):
    """A fact's quantity value."""

    def f(x):
        return "?" if x is None else f"{x:g}"

    return {unit: f"{f(low)}..{f(high)}"}


def dv(start, end=None):
    """A fact's date value."""
    return f"{start}..{end or start}"


ARTICLES: list[dict] = []
FACTS: dict[str, dict] = {}


def article(slug, outlet, published, story):
    """Start an article."""
    ARTICLES.append(
        {"id": slug, "file": None, "outlet": outlet, "published": published, "story": story, "noise": [], "claims": []}
    )


def claim(n, text, att=None, q=(), d=(), facts=None):
    """Add a claim to the current article."""
    a = ARTICLES[-1]
    cid = f"{a['id']}-{n:02d}"
    a["claims"].append(
        {"id": cid, "text": text, "span": text, "attribution": att or U(), "quantities": list(q), "dates": list(d)}
    )
    FACTS[cid] = (a["id"], a["story"], facts or {})


# ============================================================ Story A: a lithium takeover (March 2024)
SA = "norvale-ardent-takeover-2024"
USD, AUD = "USD", "AUD"

article("nva-wireone", "Wire One", "2024-03-12", SA)
claim(
    1,
    "Norvale Resources agreed to buy Ardent Lithium for $4.2 billion in cash.",
    q=[Q("money", 4.2e9, 4.2e9, USD, "$4.2 billion")],
    facts={"price": {"quantity": qv(USD, 4.2e9, 4.2e9)}},
)
claim(
    2,
    "Norvale will pay 38 Australian dollars for each Ardent share.",
    q=[Q("money", 38, 38, AUD, "38 Australian dollars")],
    facts={"per-share": {"quantity": qv(AUD, 38, 38)}},
)
claim(
    3,
    "The Norvale offer is a 41% premium to Ardent's last closing price.",
    q=[Q("percent", 41, 41, "%", "41%")],
    facts={"premium": {"quantity": qv("%", 41, 41)}},
)
claim(
    4, "The Ardent Lithium board unanimously recommended the Norvale offer to shareholders.", facts={"board-backs": {}}
)
claim(
    5,
    "Ardent shareholders will vote on the Norvale deal in June 2024.",
    d=[D("2024-06-01", "2024-06-30")],
    facts={"vote": {"date": dv("2024-06-01", "2024-06-30")}},
)
claim(
    6,
    "The Ardent purchase would make Norvale the third-largest lithium producer in the world.",
    NP("Maria Lindqvist"),
    q=[Q("other", 3, 3, "ordinal", "third")],
    facts={"third-largest": {"attribution": "Lindqvist"}},
)
claim(7, "The Norvale deal needs approval from Australia's Foreign Investment Review Board (FIRB).", facts={"firb": {}})
claim(
    8,
    "Norvale expects the Ardent deal to close in the fourth quarter of 2024.",
    d=[D("2024-10-01", "2024-12-31")],
    facts={"closing": {"date": dv("2024-10-01", "2024-12-31")}},
)
claim(9, "Ardent owns the Kalgoorie lithium mine in Western Australia.", facts={"mine": {}})
claim(
    10,
    "The Kalgoorie mine produced 210,000 tonnes of spodumene concentrate in 2023.",
    q=[Q("other", 210000, 210000, "tonnes", "210,000 tonnes")],
    d=[D("2023-01-01", "2023-12-31")],
    facts={"output": {"quantity": qv("t", 210000, 210000), "date": dv("2023-01-01", "2023-12-31")}},
)
claim(
    11,
    "Ardent shares jumped 35% on Tuesday 12 March 2024.",
    q=[Q("percent", 35, 35, "%", "35%")],
    d=[D("2024-03-12")],
    facts={"jump": {"quantity": qv("%", 35, 35), "date": dv("2024-03-12")}},
)
claim(
    12,
    "Lithium prices have fallen about 80% from their peak in late 2022.",
    q=[Q("percent", 80, 80, "%", "80%")],
    facts={"slump": {"quantity": qv("%", 80, 80)}},
)
claim(
    13,
    "Norvale will fund the Ardent deal with existing cash and a new $1.5 billion bank loan.",
    q=[Q("money", 1.5e9, 1.5e9, USD, "$1.5 billion")],
    facts={"funding": {"quantity": qv(USD, 1.5e9, 1.5e9)}},
)

article("nva-ledger", "The Ledger", "2024-03-13", SA)
claim(
    1,
    "Mining group Norvale struck an A$6.4bn deal to take over lithium miner Ardent.",
    q=[Q("money", 6.4e9, 6.4e9, AUD, "A$6.4bn")],
    facts={"price": {"quantity": qv(AUD, 6.4e9, 6.4e9)}},
)
claim(
    2,
    "Ardent investors are being offered A$38 a share in cash.",
    q=[Q("money", 38, 38, AUD, "A$38")],
    facts={"per-share": {"quantity": qv(AUD, 38, 38)}},
)
claim(
    3,
    "The Norvale price is 41 per cent above where Ardent shares closed on Monday 11 March 2024.",
    q=[Q("percent", 41, 41, "%", "41 per cent")],
    d=[D("2024-03-11")],
    facts={"premium": {"quantity": qv("%", 41, 41)}},
)
claim(4, "Ardent's directors backed the Norvale takeover.", facts={"board-backs": {}})
claim(5, "The Norvale takeover still requires sign-off from the Foreign Investment Review Board.", facts={"firb": {}})
claim(
    6,
    "The combined company would rank as the world's third-biggest lithium producer.",
    NP("Maria Lindqvist"),
    q=[Q("other", 3, 3, "ordinal", "third")],
    facts={"third-largest": {"attribution": "Lindqvist"}},
)
claim(
    7,
    "Ardent stock surged 37% on Tuesday 12 March 2024.",
    q=[Q("percent", 37, 37, "%", "37%")],
    d=[D("2024-03-12")],
    facts={"jump": {"quantity": qv("%", 37, 37), "date": dv("2024-03-12")}},
)
claim(
    8,
    "The Norvale takeover of Ardent is expected to complete in the second half of 2024.",
    d=[D("2024-07-01", "2024-12-31")],
    facts={"closing": {"date": dv("2024-07-01", "2024-12-31")}},
)
claim(
    9,
    "Lithium prices have slumped by about four-fifths since late 2022.",
    q=[Q("percent", 80, 80, "%", "four-fifths")],
    facts={"slump": {"quantity": qv("%", 80, 80)}},
)
claim(
    10,
    "Norvale is taking on a US$1.5bn loan to help pay for Ardent.",
    q=[Q("money", 1.5e9, 1.5e9, USD, "US$1.5bn")],
    facts={"funding": {"quantity": qv(USD, 1.5e9, 1.5e9)}},
)
claim(11, "Ardent's Kalgoorie mine is in Western Australia's Goldfields region.", facts={"mine": {}})
claim(12, "Norvale is paying a full price for Ardent.", ORG("Brightwater Capital"))
claim(
    13,
    "Norvale shares fell 4% in Sydney trading on Tuesday 12 March 2024.",
    q=[Q("percent", 4, 4, "%", "4%")],
    d=[D("2024-03-12")],
)

article("nva-commoditydesk", "Commodity Desk", "2024-03-12", SA)
claim(
    1,
    "Norvale Resources (NVR) will acquire Ardent Lithium in a deal valued at $4.3 billion.",
    q=[Q("money", 4.3e9, 4.3e9, USD, "$4.3 billion")],
    facts={"price": {"quantity": qv(USD, 4.3e9, 4.3e9)}},
)
claim(
    2,
    "NVR is offering A$38 in cash for each Ardent share.",
    q=[Q("money", 38, 38, AUD, "A$38")],
    facts={"per-share": {"quantity": qv(AUD, 38, 38)}},
)
claim(3, "Ardent's board has recommended that shareholders accept the NVR offer.", facts={"board-backs": {}})
claim(
    4,
    "Shareholders of Ardent will vote on the NVR offer in July 2024.",
    d=[D("2024-07-01", "2024-07-31")],
    facts={"vote": {"date": dv("2024-07-01", "2024-07-31")}},
)
claim(
    5,
    "Buying Ardent would make NVR the world's third-largest lithium miner.",
    NP("Tom Okafor"),
    q=[Q("other", 3, 3, "ordinal", "third")],
    facts={"third-largest": {"attribution": "Okafor"}},
)
claim(
    6,
    "Ardent's Kalgoorie mine shipped 210,000 tonnes of spodumene concentrate in 2023.",
    q=[Q("other", 210000, 210000, "tonnes", "210,000 tonnes")],
    d=[D("2023-01-01", "2023-12-31")],
    facts={"output": {"quantity": qv("t", 210000, 210000), "date": dv("2023-01-01", "2023-12-31")}},
)
claim(
    7,
    "Lithium prices are down roughly 80% from their late-2022 highs.",
    q=[Q("percent", 80, 80, "%", "80%")],
    facts={"slump": {"quantity": qv("%", 80, 80)}},
)
claim(
    8, "The Ardent acquisition is subject to clearance by Australia's foreign investment regulator.", facts={"firb": {}}
)
claim(
    9,
    "NVR expects to complete the Ardent acquisition in the fourth quarter of 2024.",
    d=[D("2024-10-01", "2024-12-31")],
    facts={"closing": {"date": dv("2024-10-01", "2024-12-31")}},
)
claim(
    10,
    "Ardent shares rose 35% on Tuesday 12 March 2024.",
    q=[Q("percent", 35, 35, "%", "35%")],
    d=[D("2024-03-12")],
    facts={"jump": {"quantity": qv("%", 35, 35), "date": dv("2024-03-12")}},
)
claim(11, "Chile's lithium output has grown rapidly.")
claim(
    12,
    "NVR will pay for Ardent with cash on hand and a $1.5bn loan.",
    q=[Q("money", 1.5e9, 1.5e9, USD, "$1.5bn")],
    facts={"funding": {"quantity": qv(USD, 1.5e9, 1.5e9)}},
)

# ============================================================ Story B: a central-bank rate rise (May 2024)
SB = "maravia-rate-rise-2024"

article("cbm-times", "Maravia Times", "2024-05-23", SB)
claim(
    1,
    "The Central Bank of Maravia (CBM) raised its main policy rate to 27.5% on Wednesday 22 May 2024.",
    q=[Q("percent", 27.5, 27.5, "%", "27.5%")],
    d=[D("2024-05-22")],
    facts={"rate": {"quantity": qv("%", 27.5, 27.5), "date": dv("2024-05-22")}},
)
claim(
    2,
    "The CBM rate increase was 150 basis points.",
    q=[Q("other", 150, 150, "basis points", "150 basis points")],
    facts={"size": {"quantity": qv("pp", 1.5, 1.5)}},
)
claim(
    3,
    "Annual inflation in Maravia reached 31.2% in April 2024.",
    q=[Q("percent", 31.2, 31.2, "%", "31.2%")],
    d=[D("2024-04-01", "2024-04-30")],
    facts={"inflation": {"quantity": qv("%", 31.2, 31.2)}},
)
claim(
    4,
    "Maravian inflation will peak in the third quarter of 2024.",
    NP("Elena Varga"),
    d=[D("2024-07-01", "2024-09-30")],
    facts={"peak": {"attribution": "Varga"}},
)
claim(
    5,
    "The Maravian dinar has lost 22% against the US dollar since January 2024.",
    q=[Q("percent", 22, 22, "%", "22%")],
    facts={"dinar": {"quantity": qv("%", 22, 22)}},
)
claim(
    6,
    "Most analysts had expected a 100 basis point increase.",
    AN("analysts polled by Reuters"),
    q=[Q("other", 100, 100, "basis points", "100 basis point")],
    facts={"expected": {"quantity": qv("pp", 1, 1)}},
)
claim(
    7,
    "The CBM monetary policy committee voted 5-2 for the increase.",
    q=[Q("count", 5, 5, None, "5"), Q("count", 2, 2, None, "2")],
    facts={"vote": {"fact": "5-2"}},
)
claim(
    8,
    "The next CBM policy meeting is scheduled for 18 July 2024.",
    d=[D("2024-07-18")],
    facts={"next": {"date": dv("2024-07-18")}},
)
claim(
    9,
    "Maravia is negotiating a $2.8bn loan with the International Monetary Fund.",
    q=[Q("money", 2.8e9, 2.8e9, "USD", "$2.8bn")],
    facts={"imf": {"quantity": qv("USD", 2.8e9, 2.8e9)}},
)
claim(
    10,
    "The Maravian government wants to close the IMF talks by September 2024.",
    d=[D("2024-09-01", "2024-09-30")],
    facts={"imf-by": {"date": dv("2024-09-01", "2024-09-30")}},
)
claim(
    11,
    "Fuel prices in Maravia rose 40% after subsidies were cut in March 2024.",
    q=[Q("percent", 40, 40, "%", "40%")],
    d=[D("2024-03-01", "2024-03-31")],
    facts={"fuel": {"quantity": qv("%", 40, 40), "date": dv("2024-03-01", "2024-03-31")}},
)
claim(
    12,
    "The May 2024 increase was the third rate rise by the CBM in 2024.",
    q=[Q("other", 3, 3, "ordinal", "third")],
    d=[D("2024-01-01", "2024-12-31")],
    facts={"third": {}},
)

article("cbm-bdw", "Business Daily Wire", "2024-05-22", SB)
claim(
    1,
    "Maravia's central bank lifted its benchmark rate to 27.5% on Wednesday 22 May 2024.",
    q=[Q("percent", 27.5, 27.5, "%", "27.5%")],
    d=[D("2024-05-22")],
    facts={"rate": {"quantity": qv("%", 27.5, 27.5), "date": dv("2024-05-22")}},
)
claim(
    2,
    "The Maravian central bank raised rates by 1.5 percentage points.",
    q=[Q("other", 1.5, 1.5, "percentage points", "1.5 percentage points")],
    facts={"size": {"quantity": qv("pp", 1.5, 1.5)}},
)
claim(
    3,
    "Economists had forecast a rise of one percentage point.",
    AN("economists"),
    q=[Q("other", 1, 1, "percentage points", "one percentage point")],
    facts={"expected": {"quantity": qv("pp", 1, 1)}},
)
claim(
    4,
    "Consumer prices in Maravia rose 31.2% year on year in April 2024.",
    q=[Q("percent", 31.2, 31.2, "%", "31.2%")],
    d=[D("2024-04-01", "2024-04-30")],
    facts={"inflation": {"quantity": qv("%", 31.2, 31.2)}},
)
claim(
    5,
    "Price growth in Maravia is likely to peak in the third quarter of 2024.",
    NP("Elena Varga"),
    d=[D("2024-07-01", "2024-09-30")],
    facts={"peak": {"attribution": "Varga"}},
)
claim(
    6,
    "The dinar has fallen 25% against the dollar in 2024.",
    q=[Q("percent", 25, 25, "%", "25%")],
    d=[D("2024-01-01", "2024-12-31")],
    facts={"dinar": {"quantity": qv("%", 25, 25)}},
)
claim(
    7,
    "Five of the seven members of the CBM policy committee backed the rate rise.",
    q=[Q("count", 5, 5, None, "Five"), Q("count", 7, 7, None, "seven")],
    facts={"vote": {"fact": "5-2"}},
)
claim(
    8,
    "The central bank will next set rates on 18 July 2024.",
    d=[D("2024-07-18")],
    facts={"next": {"date": dv("2024-07-18")}},
)
claim(
    9,
    "Maravia is seeking a $2.8 billion programme from the IMF.",
    q=[Q("money", 2.8e9, 2.8e9, "USD", "$2.8 billion")],
    facts={"imf": {"quantity": qv("USD", 2.8e9, 2.8e9)}},
)
claim(
    10,
    "Finance Minister Paul Direnzo hoped to sign the IMF deal by September 2024.",
    NP("Paul Direnzo"),
    d=[D("2024-09-01", "2024-09-30")],
    facts={"imf-by": {"date": dv("2024-09-01", "2024-09-30")}},
)
claim(
    11,
    "Fuel prices jumped 40% after the Maravian government removed subsidies in February 2024.",
    q=[Q("percent", 40, 40, "%", "40%")],
    d=[D("2024-02-01", "2024-02-29")],
    facts={"fuel": {"quantity": qv("%", 40, 40), "date": dv("2024-02-01", "2024-02-29")}},
)
claim(12, "Maravian government bond yields rose after the rate decision.")
claim(
    13,
    "The CBM has raised rates three times in 2024.",
    q=[Q("count", 3, 3, None, "three times")],
    d=[D("2024-01-01", "2024-12-31")],
    facts={"third": {}},
)


def _dates_compatible(x: str, y: str) -> bool:
    """Equal, or one range contains the other."""
    xa, xb = x.split("..")
    ya, yb = y.split("..")
    return (xa <= ya and yb <= xb) or (ya <= xa and xb <= yb)


def _compare(va: dict, vb: dict) -> list[tuple[str, str]]:
    """Differing fields in priority order."""
    diffs = []
    for f in FIELDS:
        x, y = va.get(f), vb.get(f)
        if x is None or y is None:
            continue
        if f == "quantity":
            bad = [u for u in sorted(set(x) & set(y)) if x[u] != y[u]]
            if bad:
                diffs.append((f, "; ".join(f"{u} {x[u]} vs {y[u]}" for u in bad)))
        elif f == "date":
            if not _dates_compatible(x, y):
                diffs.append((f, f"{x} vs {y}"))
        elif x != y:
            diffs.append((f, f"{x} vs {y}"))
    return diffs


def build_links() -> list[dict]:
    """Every pair of claims of different articles of one story sharing a fact key."""
    by_key: dict[str, list] = {}
    for cid, (art, story, facts) in FACTS.items():
        for key, val in facts.items():
            by_key.setdefault(f"{story}:{key}", []).append((cid, art, val))
    links = []
    for key in sorted(by_key):
        members = by_key[key]
        for i, (ca, aa, va) in enumerate(members):
            for cb, ab, vb in members[i + 1 :]:
                if aa == ab:
                    continue
                diffs = _compare(va, vb)
                rel, field = ("conflict", diffs[0][0]) if diffs else ("same", None)
                note = "; ".join(f"{f}: {d}" for f, d in diffs) or "same fact"
                links.append({"a": ca, "b": cb, "relation": rel, "field": field, "note": note})
    return links


if __name__ == "__main__":
    links = build_links()
    out = Path(__file__).with_name("gold.json")
    out.write_text(json.dumps({"articles": ARTICLES, "links": links}, indent=1, ensure_ascii=False) + "\n", "utf-8")
    conflicts = [x for x in links if x["relation"] == "conflict"]
    print(
        f"{sum(len(a['claims']) for a in ARTICLES)} claims, {len(links)} links, {len(conflicts)} conflicts:",
        sorted({x["field"] for x in conflicts}),
    )
