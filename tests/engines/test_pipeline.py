"""The whole pipeline on small articles of our own."""

from __future__ import annotations

import datetime as dt

from claims.extraction import ExtractedClaim, SourceType, extract_claims

ARTICLE = """Harbour City approves new bridge

Harbour City approves new bridge

Subscribe to our newsletter

MONDAY March 4, 2024 – The Harbour City council, which met on Monday, approved a new bridge over the river.
Mayor Jane Okafor said the bridge would cost about $40 million and open in 2026.
"It will change the city," she told reporters.
Will the bridge be ready on time?
According to a report by the Harbour Chronicle, construction firms Alpha Build and Beta Works have bid for the contract.
Residents are reportedly worried about noise.
"""


def _claims() -> list[ExtractedClaim]:
    return extract_claims(ARTICLE, dt.date(2024, 3, 4), title="Harbour City approves new bridge")


def test_spans_are_body_offsets_in_order() -> None:
    claims = _claims()
    assert claims
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert 0 <= c.start < c.end <= len(ARTICLE)
        assert c.sentence in ARTICLE


def test_non_claims_are_skipped() -> None:
    texts = " ".join(c.text for c in _claims())
    assert "Subscribe" not in texts
    assert "?" not in texts
    assert "MONDAY March 4" not in texts
    assert not any(c.text.startswith("Harbour City approves new bridge") for c in _claims())


def test_attribution_and_carry_over() -> None:
    claims = _claims()
    cost = next(c for c in claims if "cost" in c.text)
    assert (cost.attribution.type, cost.attribution.source) == (SourceType.NAMED_PERSON, "Mayor Jane Okafor")
    quote = next(c for c in claims if "change the city" in c.text)
    assert quote.attribution.source == "Mayor Jane Okafor"
    assert quote.direct_quote


def test_enumeration_and_relative_clause() -> None:
    texts = [c.text for c in _claims()]
    assert any("Alpha Build" in t and "Beta Works" not in t for t in texts)
    assert any("Beta Works" in t and "Alpha Build" not in t for t in texts)
    assert any(t.startswith("The Harbour City council met on Monday") for t in texts)


def test_hedge_flagged() -> None:
    noise = next(c for c in _claims() if "noise" in c.text)
    assert noise.hedged
    assert noise.attribution.type == SourceType.ANONYMOUS


def test_deterministic() -> None:
    assert _claims() == _claims()


def test_empty_body() -> None:
    assert extract_claims("") == []
