"""Attribution frames and source resolution."""

from __future__ import annotations

import pytest

from claims.extraction import SourceType, extract_claims
from claims.extraction.attribution import SpeakerMemory, find_frames, institutions, is_hedged


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
        # a trailing frame with when it was said
        (
            "Halvern is recalling 2.4 million packs, the Medicines Safety Authority announced on Tuesday.",
            "recalling",
            SourceType.ORGANIZATION,
            "Medicines Safety Authority",
        ),
        (
            "The plant will close by June, Mayor Jane Okafor said last week.",
            "plant will close",
            SourceType.NAMED_PERSON,
            "Mayor Jane Okafor",
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


def test_trailing_frame_with_a_long_phrase_of_when_or_where() -> None:
    """", a US government delegation said after two days of talks with Algerian officials in Algiers.": the
    clause before is what the delegation said, and the phrase after "said" is no claim of its own."""
    body = (
        "The United States wants to work more closely with Algeria against terrorism, a US government delegation "
        "said after two days of talks with Algerian security officials in Algiers."
    )
    claims = extract_claims(body)
    assert [c.text for c in claims] == ["The United States wants to work more closely with Algeria against terrorism."]
    assert (claims[0].attribution.type, claims[0].attribution.source) == (
        SourceType.ANONYMOUS,
        "a US government delegation",
    )


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


# General frame shapes of news prose; the sentences are made up for the test.
@pytest.mark.parametrize(
    ("body", "needle", "type_", "source"),
    [
        # a relative clause between the subject and the cue, with a thousands comma in it
        (
            "Harlow Water Ltd is a utility. The company, which serves 310,000 homes, said it would cut prices.",
            "cut prices",
            SourceType.ORGANIZATION,
            "Harlow Water Ltd",
        ),
        # a quotation whose speaker is described between the name and the cue
        (
            'Dr Kai Lund led the study. "This is not yet a screening tool," Lund, an epidemiologist at the medical '
            "school, told reporters.",
            "not yet a screening tool",
            SourceType.NAMED_PERSON,
            "Lund",
        ),
        # a speaker named with the institution after the name, then described, then the cue
        (
            "Professor Ana Ruiz of the Nordic Institute of Oncology, who was not involved in the study, cautioned "
            "that earlier tests had failed in larger groups.",
            "earlier tests had failed",
            SourceType.NAMED_PERSON,
            "Professor Ana Ruiz",
        ),
        # a title between "after" and the described speaker's name
        (
            "Voters will elect a new mayor on 14 June after incumbent Sara Lind, 67, announced on Monday that she "
            "would not seek a fourth term.",
            "not seek a fourth term",
            SourceType.NAMED_PERSON,
            "Sara Lind",
        ),
        # a cue word that describes a noun after a determiner is no frame ("the recalled tablets")
        (
            "All the recalled tablets were made at the Brackmoor plant.",
            "Brackmoor plant",
            SourceType.UNATTRIBUTED,
            None,
        ),
        # an organisation called by its trade is an organisation, not whichever organisation spoke last
        (
            "Prices rose 4% in May, the agency said. Nordvik Air will cut 1,200 jobs, the airline said on Thursday.",
            "1,200 jobs",
            SourceType.ORGANIZATION,
            "the airline",
        ),
        (
            "Brightcart was fined. It had rigged its website, the competition watchdog found.",
            "rigged its website",
            SourceType.ORGANIZATION,
            "the competition watchdog",
        ),
        # "told <listener> <clause>" without "that"
        (
            "Finance chief Ana Ruiz told reporters the city faced a shortfall.",
            "faced a shortfall",
            SourceType.NAMED_PERSON,
            "Ana Ruiz",
        ),
        # a quote first, then the speaker, a listener and a setting
        (
            'Omar Haddad runs the port. "We are ready," he told investors on a conference call.',
            "We are ready",
            SourceType.NAMED_PERSON,
            "Omar Haddad",
        ),
        # the description set before the name
        (
            "Its chair, Lena Moreau, told the Gazette the vote was fair.",
            "vote was fair",
            SourceType.NAMED_PERSON,
            "Lena Moreau",
        ),
        # "said in a statement that ..."
        (
            "The Ivel Dairy board said in a statement that it would appoint a new chair.",
            "appoint a new chair",
            SourceType.ORGANIZATION,
            "The Ivel Dairy board",
        ),
        # unnamed people at a named firm keep their description
        (
            "Analysts at Brightline Capital said the target was ambitious.",
            "target was ambitious",
            SourceType.ANONYMOUS,
            "Analysts at Brightline Capital",
        ),
        # a report owned by a described organisation is a document
        (
            "Pella Shipping lost money. According to the company's annual report, freight volumes fell.",
            "freight volumes fell",
            SourceType.DOCUMENT,
            "the company's annual report",
        ),
        # a statement that no organisation owns is a document too
        (
            "Sales fell 4%, according to the results statement.",
            "Sales fell",
            SourceType.DOCUMENT,
            "the results statement",
        ),
        # "X did A but warned that ...": the subject of the sentence speaks
        (
            "Local dockworkers welcomed the pay offer but warned that strikes could resume.",
            "strikes could resume",
            SourceType.ANONYMOUS,
            "Local dockworkers",
        ),
        # a company name ending in what the firm does is an organisation
        (
            "Trent Motors will close a plant. The company said 400 jobs would go.",
            "400 jobs",
            SourceType.ORGANIZATION,
            "Trent Motors",
        ),
    ],
)
def test_news_frames(body: str, needle: str, type_: SourceType, source: str | None) -> None:
    att = _attr(body, needle)
    assert (att.type, att.source) == (type_, source)


def test_the_company_is_the_organisation_the_story_is_about() -> None:
    body = (
        "Pella Shipping Ltd posted a loss. Pella Shipping Ltd cut 200 jobs. "
        "Analysts at Brightline Capital said the outlook was weak. The company said it would recover."
    )
    assert _attr(body, "would recover").source == "Pella Shipping Ltd"


def test_pronoun_points_to_the_person_of_the_last_sentence() -> None:
    body = (
        'Mayor Rita Gomez said the budget "keeps libraries open." '
        "Council member Paul Dunn voted against it. He argued that the police needed more money."
    )
    assert _attr(body, "police needed").source == "Paul Dunn"


def test_according_to_stops_before_a_clause_of_the_outlet() -> None:
    text = "Exports fell 5%, according to customs data, meaning the deficit widened."
    frames = find_frames(text)
    assert frames[0].frame[1] <= text.index("meaning")
    claims = extract_claims(text)
    widened = next(c for c in claims if "deficit widened" in c.text)
    assert widened.attribution.type == SourceType.UNATTRIBUTED


@pytest.mark.parametrize(
    ("text", "surname", "employer"),
    [
        ("There was no evidence, THG's chief information officer Martin Esker said.", "Esker", "THG"),
        ("IOSA chair Petra Lindqvist said sellers were warned.", "Lindqvist", "IOSA"),
        ('"We cannot afford it," said Paul Ashdown, chief executive of the CTA.', "Ashdown", "CTA"),
        ("Lea Moritz, a scientist at Brenholm University, called it a record.", "Moritz", "Brenholm University"),
        ("Tomas Aberlin, Brightcart's chief executive, declined to comment.", "Aberlin", "Brightcart"),
        ("Velmart's chief executive, Ana Ruiz, said sales fell.", "Ruiz", "Velmart"),  # a possessive, first word
        ("Dragan Lenz of the populist Brenholm First alleged fraud.", "Lenz", "Brenholm First"),
        ("Finance Minister Oskar Dellin said inflation would ease.", "Dellin", "Finance Ministry"),
        ("According to IMF official Nathan Porter, the deal builds on 2019.", "Porter", "IMF"),
        ("EU chief negotiator Ana Weiss said talks would resume.", "Weiss", "EU"),
        ("Harlow County prosecutor Dana Reyes filed charges.", "Reyes", "Harlow County"),
        # the title capitalised
        ("NBK Governor Teodor Brankovic said the bank would wait.", "Brankovic", "NBK"),
        ("IMF Managing Director Ana Ruiz spoke on Monday.", "Ruiz", "IMF"),
        ("Governor Teodor Brankovic said the bank would wait.", "Brankovic", None),
        # no employer: a title opening the sentence, a home address, a one-word capital only a sentence gives,
        # the head of government
        ("Chief executive Paul Ashdown said talks had failed.", "Ashdown", None),
        ("Lia Falk, who lives at Harbour Road, said the noise was constant.", "Falk", None),
        ("Union general secretary Maren Holt said members were angry.", "Holt", None),
        ("Prime Minister Alva Berg resigned on Monday.", "Berg", None),
        ("A spokesman for the US Department of Defense declined to comment.", "Department", None),  # no person
        ("Former Velmart chief Ana Ruiz said the plan would fail.", "Ruiz", None),  # no longer speaks for it
        # words that open the sentence are not the employer's name
        ("On Monday THG chief executive Grainne Tully said beds were short.", "Tully", "THG"),
        ("But IOSA chair Petra Lindqvist said sellers were warned.", "Lindqvist", "IOSA"),
    ],
)
def test_the_article_says_where_a_named_person_works(text: str, surname: str, employer: str | None) -> None:
    """An employer written before the title or after the name is recorded for the person's surname."""
    memory = SpeakerMemory()
    memory.foresee(text)
    assert memory.affiliations.get(surname) == employer


def test_a_person_source_carries_the_employer_the_article_gives_anywhere() -> None:
    """The employer named once ("THG's chief information officer Martin Esker") goes with every claim that
    person is the source of, also where a later frame gives the surname alone; a person whose employer the
    article never names gets none, and an employer given two ways is left out."""
    body = (
        "THG's chief information officer Martin Esker said systems were being restored. "
        "There was no evidence that patient records had been taken, Esker said. "
        "Rosa Vale said the hospital had been warned."
    )
    claims = extract_claims(body)
    by_source = {c.attribution.source: c.attribution for c in claims if c.attribution.source}
    assert by_source["Esker"].affiliation == "THG"
    assert by_source["Rosa Vale"].affiliation is None
    assert all(c.chain[-1] == c.attribution for c in claims if c.chain)
    twice = SpeakerMemory()
    twice.foresee("IOSA chair Petra Lindqvist spoke. Petra Lindqvist, a director at Velmart, disagreed.")
    assert "Lindqvist" not in twice.affiliations


@pytest.mark.parametrize(
    ("body", "kind", "name"),
    [
        ("Drivers at the Carrowby Transit Authority walked out.", "authority", "Carrowby Transit Authority"),
        ("The Carrowby Transit Authority (CTA) offered 4.5%.", "authority", "CTA"),  # as the article calls it
        ("The National Bank of Kesteria cut rates. The NBK meets again in June.", "bank", "NBK"),  # used, not defined
        ("Members of the United Transport Workers union walked out.", "union", "United Transport Workers"),
        ("The Markets and Competition Board fined Brightcart.", "board", "Markets and Competition Board"),
        # two commissions: "the commission" names neither
        ("The European Commission and the Swiss Competition Commission must approve.", "commission", None),
        ("The board met on Monday.", "board", None),  # no board named
        ("A court in Halden sentenced him on Tuesday.", "court", None),  # "A" is no acronym
    ],
)
def test_the_one_institution_of_a_kind_the_article_names(body: str, kind: str, name: str | None) -> None:
    """ "the authority" can be named when the article names exactly one authority."""
    assert institutions(body).get(kind) == name


def test_a_claim_calling_an_institution_by_its_kind_names_it() -> None:
    """ "The authority could not fund ..." becomes "The CTA could not fund ..." in an article about the Carrowby
    Transit Authority (CTA); "the union" in an article naming no union stays."""
    body = (
        "Staff at the Carrowby Transit Authority (CTA) walked out on Monday. Chief executive Paul Ashdown said the "
        "authority could not fund a 9% rise without cutting services. The union said talks would resume next week."
    )
    claims = {c.text: c.attribution for c in extract_claims(body)}
    assert "The CTA could not fund a 9% rise without cutting services." in claims, list(claims)
    assert claims["Talks would resume next week."].source == "The union"  # no union named
    named = body + " The United Transport Workers union has 2,800 members."
    claims = {c.text: c.attribution for c in extract_claims(named)}
    assert claims["Talks would resume next week."].source == "United Transport Workers"
