"""Attribution frames and source resolution."""

from __future__ import annotations

import pytest

from claims.extraction import SourceType, extract_claims
from claims.extraction.attribution import SpeakerMemory, find_frames, is_hedged


def _attr(body: str, needle: str):
    claims = extract_claims(body)
    hit = [c for c in claims if needle.casefold() in c.text.casefold()]
    assert hit, [c.text for c in claims]
    return hit[0].attribution


@pytest.mark.parametrize(
    ("body", "needle", "type_", "source"),
    [
        (
            "Finance Minister Ishaq Dar said the deal was very close.",
            "deal was very close",
            SourceType.NAMED_PERSON,
            "Finance Minister Ishaq Dar",
        ),
        (
            "IMF official Nathan Porter said the arrangement draws on the 2019 programme.",
            "draws on",
            SourceType.NAMED_PERSON,
            "Nathan Porter",
        ),
        (
            "The talks had centred on $2.5 billion, according to a recent Reuters report.",
            "centred",
            SourceType.MEDIA_OUTLET,
            "Reuters",
        ),
        (
            "According to Arab World, Algeria and Russia are preparing to sign a pact.",
            "preparing",
            SourceType.MEDIA_OUTLET,
            "Arab World",
        ),
        (
            "As reported in November 2022, negotiations have been underway for a new framework.",
            "negotiations",
            SourceType.ANONYMOUS,
            None,
        ),
        (
            "Media sources revealed that the contract was signed in secret.",
            "contract was signed",
            SourceType.ANONYMOUS,
            "Media sources",
        ),
        (
            "A US official at the Department of Defense said that both countries share a vision.",
            "share a vision",
            SourceType.ANONYMOUS,
            "A US official at the Department of Defense",
        ),
        (
            "Pakistan has secured a loan from the International Monetary Fund (IMF), the lender said.",
            "secured a loan",
            SourceType.ORGANIZATION,
            "IMF",
        ),
        ("The ministry's budget grew this year.", "budget grew", SourceType.UNATTRIBUTED, None),
        (
            "The Spanish champions are understood to be paying an initial fee for the player.",
            "paying",
            SourceType.ANONYMOUS,
            None,
        ),
        (
            "Africa Intelligence reported that the deal was worth more than expected.",
            "deal was worth",
            SourceType.MEDIA_OUTLET,
            "Africa Intelligence",
        ),
    ],
)
def test_attribution_patterns(body: str, needle: str, type_: SourceType, source: str | None) -> None:
    att = _attr(body, needle)
    assert att.type == type_
    assert att.source == source


def test_pronoun_carries_over_to_last_speaker() -> None:
    body = "Nathan Porter said reforms were working. He noted that inflation is still high."
    assert _attr(body, "inflation").source == "Nathan Porter"


def test_same_official_carries_over() -> None:
    body = (
        "A US official at the Department of Defense said that the two countries share a vision. "
        "The same official clarified that issues should be solved through development."
    )
    att = _attr(body, "development")
    assert att.type == SourceType.ANONYMOUS
    assert att.source == "A US official at the Department of Defense"


def test_trailing_frame_after_quote() -> None:
    body = 'Nathan Porter spoke on Thursday. "Reserves have declined to very low levels," Porter said.'
    att = _attr(body, "Reserves")
    assert (att.type, att.source) == (SourceType.NAMED_PERSON, "Porter")


def test_parenthetical_frame_is_cut_from_the_claim() -> None:
    claims = extract_claims("Nathan Porter spoke. The new arrangement, he said, would act as a policy anchor.")
    anchor = next(c for c in claims if "anchor" in c.text)
    assert "he said" not in anchor.text
    assert anchor.attribution.source == "Nathan Porter"


def test_nested_chain_keeps_outer_frame() -> None:
    claims = extract_claims("According to Arab World, officials said that the talks were fruitful.")
    claim = next(c for c in claims if "fruitful" in c.text)
    assert [a.type for a in claim.chain] == [SourceType.MEDIA_OUTLET, SourceType.ANONYMOUS]
    assert claim.attribution == claim.chain[-1]


def test_announcing_an_action_is_not_a_frame() -> None:
    assert find_frames("Dortmund announced the agreement in a statement on Wednesday.") == []


def test_memory_expands_short_org_names() -> None:
    memory = SpeakerMemory()
    memory.observe("Jude Bellingham's move to Real Madrid became official.")
    memory.observe("Only twice before has Real paid more.")
    assert memory.resolve("the club", "speech").source == "Real Madrid"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [("Algeria is poised to sign a contract.", True), ("The fee reportedly rose.", True), ("The fee rose.", False)],
)
def test_hedges(text: str, hedged: bool) -> None:
    assert is_hedged(text) is hedged
