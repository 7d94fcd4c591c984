"""Matcher rules added for paraphrased coverage: acronyms learned per story, value-driven links, value keys."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.matching import (
    ClaimIndex,
    ConflictField,
    LinkSuggestion,
    MatchSettings,
    Relation,
    keep_mutual_best,
    link_all,
    make_ref,
    prepare,
    score_pair,
)
from claims.matching.linker import _order as link_order
from claims.matching.scoring import sort_key
from claims.matching.text import Aliases, acronyms, analyse, initialisms, named_aliases, stem

DAY = dt.date(2024, 2, 14)


def ref(cid, text, *, outlet, q=(), d=(), story="s1"):
    """A claim of one story; q and d are contract dicts."""
    return make_ref(cid, f"art-{outlet}", outlet, text, story=story, published=DAY, quantities=q, dates=d)


def money(value, unit="USD"):
    """A point amount of money."""
    return {"kind": "money", "low": value, "high": value, "unit": unit, "text": ""}


def percent(value):
    """A point percentage."""
    return {"kind": "percent", "low": value, "high": value, "unit": "%", "text": ""}


def months(value):
    """A duration in months."""
    return {"kind": "other", "low": value, "high": value, "unit": "months", "text": ""}


def count(value):
    """A small count."""
    return {"kind": "count", "low": value, "high": value, "unit": None, "text": ""}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Coastal Shipping Authority (CSA) fined the operator.", {"csa": ("coastal", "ship", "authority")}),
        # The name is cut to the words that spell the acronym.
        (
            "Approval from Norway's Petroleum Safety Authority (PSA) is pending.",
            {"psa": ("petroleum", "safety", "authority")},
        ),
        # A nickname that spells nothing keeps the whole name before the parenthesis.
        ("Galatasaray Spor Kulubu (Cimbom) won.", {}),
        ("Olympique Lyonnais (OL) signed the striker.", {"ol": ("olympiqu", "lyonnai")}),
        ("The striker joined the club in 2020.", {}),
    ],
)
def test_named_aliases(text, found):
    """A long name followed by (ACR) states an alias, name tokens stemmed as claims are; only all-caps count."""
    assert dict(named_aliases(text)) == found


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("Talks with the World Health Organization resumed.", "who"),
        ("The Bank of Ruritania held rates.", "br"),
        ("The Asian Development Bank lent more.", "adb"),
    ],
)
def test_initialisms(text, spelled):
    """Runs of capitalised words give the acronym their initials spell (linking words skipped)."""
    assert spelled in {acronym for acronym, _ in initialisms(text)}


def test_acronyms_are_all_caps_words():
    """Two to six capitals; ordinary capitalised words are not acronyms."""
    assert acronyms("The WHO and the EU met Ruritania's PM in Geneva.") == {"who", "eu", "pm"}


@pytest.mark.parametrize(
    ("texts", "claim", "added"),
    [
        # stated in parentheses in one claim, used alone in another
        (
            ["The Coastal Shipping Authority (CSA) fined the operator."],
            {"csa", "fined"},
            {"coastal", "ship", "authority"},
        ),
        # the other way: the name gets its acronym
        (
            ["The CSA fined the operator.", "Coastal Shipping Authority rules"],
            {"coastal", "ship", "authority"},
            {"csa"},
        ),
        # spelled by initials elsewhere in the scope
        (
            ["The ADB lent $2bn.", "The Asian Development Bank lent more."],
            {"adb", "lent"},
            {"asian", "development", "bank"},
        ),
        # an acronym nobody spells out stays alone
        (["The XYZ lent $2bn."], {"xyz", "lent"}, set()),
        # two different names for one acronym: ambiguous, dropped
        (
            ["Pacific Rail (PR) grew.", "Public Relations (PR) staff left.", "PR said so."],
            {"pr", "said"},
            set(),
        ),
    ],
)
def test_aliases_expand(texts, claim, added):
    """Acronyms of a scope widen a claim's words with the name they stand for, and back."""
    aliases = Aliases()
    for text in texts:
        aliases.learn(text)
    assert aliases.expand(frozenset(claim)) - frozenset(claim) == added


PAIRS = [
    # (name, claim a, claim b, expected relation or None, expected field)
    (
        "same distinctive amount, paraphrased",
        ("Harbour upgrade: the port authority borrows $740 million from lenders.", [money(740e6)]),
        ("Lenders are providing $740m to modernise the harbour.", [money(740e6)]),
        Relation.SAME,
        None,
    ),
    (
        "same distinctive percentage, other words",
        ("Annual inflation in Ruritania reached 17.4% in January.", [percent(17.4)]),
        ("Ruritania's consumer prices rose 17.4% year on year in January.", [percent(17.4)]),
        Relation.SAME,
        None,
    ),
    (
        "close amounts of one currency: the conflict",
        ("The harbour upgrade will cost $740 million.", [money(740e6)]),
        ("Upgrading the harbour is priced at $700m.", [money(700e6)]),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "close percentages: the conflict",
        ("Shares of the miner jumped 35% on the news.", [percent(35)]),
        ("The miner's stock surged 37% after the announcement.", [percent(37)]),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "a small equal count does not make unrelated claims one",
        ("Three ministers resigned over the scandal.", [count(3)]),
        ("The league fined three clubs for crowd trouble.", [count(3)]),
        None,
        None,
    ),
    (
        "an equal small count tips a paraphrase sharing a name",
        ("Okafor scored 24 times for Leeds.", [count(24)]),
        ("Okafor produced 24 goals at Leeds.", [count(24)]),
        Relation.SAME,
        None,
    ),
    (
        "a claim that is all values meets its fact by the values",
        ("$3bn over nine months.", [money(3e9), months(9)]),
        ("Under the agreement the country is to get $3 billion spread over nine months.", [money(3e9), months(9)]),
        Relation.SAME,
        None,
    ),
    (
        "counts far apart are two figures, not one told two ways",
        ("Okafor scored 24 times for Leeds.", [count(24)]),
        ("Okafor scored once for Leeds.", [count(1)]),
        None,
        None,
    ),
    (
        "head counts far apart with the same words: two companies' staff",
        ("It employs about 3,400 people.", [count(3400)]),
        ("Vandermolen employs about 14,000 people.", [count(14000)]),
        None,
        None,
    ),
    (
        "equal words with figures far apart: still a conflict",
        ("The harbour upgrade will cost $3bn.", [money(3e9)]),
        ("The harbour upgrade will cost $6bn.", [money(6e9)]),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "amounts a fifth apart are still one figure told two ways",
        ("The harbour upgrade will cost $740 million.", [money(740e6)]),
        ("Upgrading the harbour is priced at $600m.", [money(600e6)]),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "amounts up to twice apart in other words are still one figure told two ways",
        ("Tallow Lane could be fined up to $25,000.", [money(25e3)]),
        ("Tallow Lane faces a fine of up to $50,000 per offence.", [money(50e3)]),
        Relation.CONFLICT,
        ConflictField.QUANTITY,
    ),
    (
        "amounts more than twice apart in other words are two figures",
        ("Tallow Lane could be fined up to $25,000.", [money(25e3)]),
        ("Tallow Lane faces a fine of up to $60,000 per offence.", [money(60e3)]),
        None,
        None,
    ),
    (
        "equal amount, nothing else shared",
        ("The central bank sold $2 billion of reserves.", [money(2e9)]),
        ("A telecom group raised $2 billion in a bond sale.", [money(2e9)]),
        None,
        None,
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "relation", "field"), PAIRS, ids=[p[0] for p in PAIRS])
def test_story_pairs(name, a, b, relation, field):
    """Pairs within one story: acronyms learned from the story's claims, values as evidence."""
    refs = [ref(1, a[0], outlet="A", q=a[1]), ref(2, b[0], outlet="B", q=b[1])]
    links = {(s.a, s.b): s for s in link_all(refs)}
    if relation is None:
        assert (1, 2) not in links, name
        return
    assert (1, 2) in links, name
    assert (links[(1, 2)].relation, links[(1, 2)].field) == (relation, field)


MONDAY = {"start": "2024-02-12", "end": "2024-02-12", "text": "on Monday"}
THIS_YEAR = {"start": "2024-01-01", "end": "2024-12-31", "text": "this year"}


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one day's count worded alike: an early and a later tally of one event
        (
            ("At least 4 people were killed in the blast at the Rudna depot on Monday.", [count(4)], [MONDAY]),
            ("At least 12 people were killed in the blast at the Rudna depot on Monday.", [count(12)], [MONDAY]),
            True,
        ),
        # figures far apart in other words on an agreeing date: two measures, not one figure told two ways
        (
            ("The Kesterian economy grew just 0.3% in the first quarter.", [percent(0.3)], [THIS_YEAR]),
            ("The bank now expects the Kesterian economy to grow by 1.8% this year.", [percent(1.8)], [THIS_YEAR]),
            False,
        ),
    ],
)
def test_figures_far_apart_on_one_date_conflict_only_when_worded_alike(a, b, conflict):
    """Values more than 1.5 times apart with agreeing dates: a quantity conflict when the wording says it is one
    fact, no link when it does not."""
    refs = [ref(1, a[0], outlet="A", q=a[1], d=a[2]), ref(2, b[0], outlet="B", q=b[1], d=b[2])]
    links = {(s.a, s.b): s for s in link_all(refs)}
    if conflict:
        assert (links[(1, 2)].relation, links[(1, 2)].field) == (Relation.CONFLICT, ConflictField.QUANTITY)
    else:
        assert (1, 2) not in links


TUESDAY = {"start": "2024-02-13", "end": "2024-02-13", "text": "on Tuesday"}
THURSDAY = {"start": "2024-02-15", "end": "2024-02-15", "text": "on Thursday"}


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        # one visit made, another to come: two events, not a date conflict
        (
            "Health Minister Orla Keaveney visited the Ardmore hospital in Kessel on Tuesday.",
            "Health Minister Orla Keaveney is due to visit the Ardmore hospital in Kessel on Thursday.",
            False,
        ),
        # two tellings of what is to come that disagree on the day: a date conflict
        (
            "Health Minister Orla Keaveney will visit the Ardmore hospital in Kessel on Tuesday.",
            "Health Minister Orla Keaveney is due to visit the Ardmore hospital in Kessel on Thursday.",
            True,
        ),
    ],
)
def test_what_happened_and_what_is_to_come_on_other_days_are_two_events(a, b, linked):
    """A date conflict between a claim of what happened and one of what is planned is no link (articles a week
    apart: not the rule for articles of one day, told before and after the dates)."""
    refs = [
        make_ref(1, "art-A", "A", a, story="s1", published="2024-02-16", dates=[TUESDAY]),
        make_ref(2, "art-B", "B", b, story="s1", published="2024-02-09", dates=[THURSDAY]),
    ]
    links = {(s.a, s.b): s for s in link_all(refs)}
    if linked:
        assert (links[(1, 2)].relation, links[(1, 2)].field) == (Relation.CONFLICT, ConflictField.DATE)
    else:
        assert (1, 2) not in links


def test_a_date_after_the_articles_day_tells_what_is_to_come():
    """ "The runoff on June 21 pits Aydar against Hallberg", published June 8, is to come as "will choose its
    mayor in a runoff on June 28" is: a date conflict. A runoff told as held on June 21 is another event."""
    def runoff(cid, text, outlet, day, published):
        when = {"start": day, "end": day, "text": day}
        return make_ref(cid, f"art-{outlet}", outlet, text, story="s1", published=published, dates=[when])

    will = runoff(1, "Brenholm will choose its next mayor in a runoff on June 28.", "A", "2026-06-28", "2026-06-08")
    pits = runoff(2, "The mayoral runoff on June 21 pits Aydar against Hallberg.", "B", "2026-06-21", "2026-06-08")
    held = runoff(3, "Brenholm chose its next mayor in a runoff on June 21.", "C", "2026-06-21", "2026-06-22")
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0, date_conflict_margin=0.0)
    link = score_pair(prepare(will), prepare(pits), settings)
    assert link is not None and (link.relation, link.field) == (Relation.CONFLICT, ConflictField.DATE)
    assert score_pair(prepare(will), prepare(held), settings) is None


def test_acronym_meets_its_name_across_outlets():
    """One outlet writes the acronym only; the story teaches it (another claim spells it out in parentheses)."""
    refs = [
        ref(1, "The Ruritanian Grain Board (RGB) oversees wheat trading.", outlet="A"),
        ref(2, "RGB cut wheat export quotas for the season.", outlet="B"),
        ref(3, "The Ruritanian Grain Board has reduced quotas on wheat exports this season.", outlet="C"),
    ]
    assert (2, 3) in {(s.a, s.b) for s in link_all(refs)}


def test_an_acronym_meeting_its_name_counts_as_one_shared_word():
    """ "The CTA has offered 4.5%" and "talks with the Carrowby Transit Authority collapsed" share one entity,
    not the four words of the acronym and its name; the paraphrase of one fact still links."""
    story = [
        ref(1, "Drivers struck against the Carrowby Transit Authority (CTA) over pay.", outlet="A"),
        ref(2, "The CTA has offered 4.5% this year and a further 3% in 2026.", outlet="B"),
        ref(3, "Talks between the union and the Carrowby Transit Authority collapsed on Friday.", outlet="C"),
        ref(4, "The CTA refused to improve its pay offer on Friday.", outlet="D"),
        ref(5, "On Friday the Carrowby Transit Authority refused to improve its offer.", outlet="E"),
    ]
    pairs = {(s.a, s.b) for s in link_all(story)}
    assert (2, 3) not in pairs
    assert (4, 5) in pairs
    # whichever claim comes first (the pair is scored in id order), the entity counts once
    swapped = [ref(1, story[0].text, outlet="A"), ref(3, story[1].text, outlet="B"), ref(2, story[2].text, outlet="C")]
    assert (2, 3) not in {(s.a, s.b) for s in link_all(swapped)}


def test_a_shared_long_name_weighs_as_one_word():
    """Two acts of one person are two facts: the four words of "Mines Minister Lucia Ferrant" do not outweigh
    what each claim says she did; the same act told twice still links."""
    story = [
        ref(1, "Mines Minister Lucia Ferrant ordered an independent inquiry on Tuesday.", outlet="A"),
        ref(2, "Mines Minister Lucia Ferrant visited the site on Monday.", outlet="B"),
        ref(3, "The mine reopened after the inspection.", outlet="C"),
        ref(4, "Ferrant ordered an independent inquiry into the collapse.", outlet="D"),
    ]
    pairs = {(s.a, s.b) for s in link_all(story)}
    assert (1, 2) not in pairs
    assert (1, 4) in pairs
    assert analyse("Mines Minister Lucia Ferrant visited").shares == {
        t: 0.5 for t in ("mine", "minister", "lucia", "ferrant")
    }


def test_near_values_are_candidates():
    """Close amounts share a coarse value key, so the index proposes the pair even with few shared words."""
    index = ClaimIndex()
    refs = [
        ref(1, "The harbour upgrade will cost $740 million.", outlet="A", q=[money(740e6)]),
        ref(2, "Upgrading the harbour is priced at $700m.", outlet="B", q=[money(700e6)]),
    ]
    index.add(refs)
    assert 2 in index.candidates(index.get(1))


def scores_without_and_with_aliases(story: list, a: int, b: int) -> tuple[float, float]:
    """The score of claims a and b of a story without, then with, the aliases the story teaches."""
    index = ClaimIndex()
    index.add(story)
    pa, pb = index.get(a), index.get(b)
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0)
    plain = score_pair(pa, pb, settings, index.weight_for(pa))
    widened = score_pair(pa, pb, settings, index.weight_for(pa), index.aliases_for(pa))
    assert plain is not None and widened is not None
    return plain.score, widened.score


def test_aliases_widen_the_score():
    """With the scope's aliases an acronym pair scores higher than without them."""
    refs = [
        ref(1, "The Ruritanian Grain Board (RGB) oversees wheat trading.", outlet="A"),
        ref(2, "RGB cut wheat export quotas for the season.", outlet="B"),
        ref(3, "The Ruritanian Grain Board has reduced quotas on wheat exports this season.", outlet="C"),
    ]
    plain, widened = scores_without_and_with_aliases(refs, 2, 3)
    assert widened > plain


def test_shared_acronym_is_not_counted_twice():
    """Both claims say "IMF": its learned name is not added to both sides (three rare words would look shared)."""
    story = [
        ref(1, "The International Monetary Fund (IMF) reached a deal with Ruritania.", outlet="A"),
        ref(2, "The IMF board meets in July.", outlet="B"),
        ref(3, "The IMF issued a statement on Friday.", outlet="C"),
    ]
    plain, widened = scores_without_and_with_aliases(story, 2, 3)
    assert widened == plain


def test_a_name_given_both_ways_counts_once():
    """ "The Ruritanian Grain Board (RGB)" against "RGB": one entity met once, neither four shared words nor three
    unshared ones; the story's other words decide."""
    story = [
        ref(1, "The Ruritanian Grain Board (RGB) called the export ban.", outlet="A"),
        ref(2, "RGB wants a 9% rise in wheat prices.", outlet="B"),
        ref(3, "The RGB called the export ban on Monday.", outlet="C"),
    ]
    aliases = Aliases()
    for claim in story:
        aliases.learn(claim.text)
    one, two = (frozenset(analyse(c.text).content) for c in story[:2])
    assert aliases.echoes(one, one & two) == {"ruritania", "grain", "board"}  # (demonyms fold into places)
    assert aliases.echoes(two, one & two) == frozenset()
    plain, widened = scores_without_and_with_aliases(story, 1, 2)
    assert widened > plain, "the names no longer count against the pair"
    assert widened < 0.45, "but one shared name does not make two facts one"
    assert (1, 3) in {(s.a, s.b) for s in link_all(story)} and (1, 2) not in {(s.a, s.b) for s in link_all(story)}


@pytest.mark.parametrize(
    ("solid", "hyphenated"), [("standby", "stand-by"), ("signoff", "sign-off"), ("addons", "add-ons")]
)
def test_particle_compounds_are_one_word(solid, hyphenated):
    """ "stand-by" and "standby" are the same word to the matcher; other compounds keep their parts."""
    assert analyse(f"The {hyphenated} deal").content == analyse(f"The {solid} deal").content
    assert analyse("a staff-level deal").content == ("staff", "level", "deal")


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("gets", "get"), True),
        (("fees", "fee"), True),
        (("jobs", "job"), True),
        (("runs", "run"), True),
        (("deals", "deal"), True),
        (("news", "new"), False),
        (("less", "les"), False),
        (("plus", "plu"), False),
        (("axis", "axi"), False),
        (("ways", "way"), True),
    ],
)
def test_short_words_meet_their_plurals_and_third_persons(words, same):
    """A four-letter word ending in s meets its three-letter stem, unless the s belongs to the word."""
    assert (len({stem(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("value", "values", "valued", "valuing"), True),
        (("close", "closes", "closed", "closing"), True),
        (("trap", "traps", "trapped", "trapping"), True),
        (("plan", "planned", "planning"), True),
        (("call", "called", "calling"), True),
        (("pass", "passed"), True),
        (("rate", "rat"), False),
        (("paid", "paying", "pays", "pay"), True),
        (("rose", "rising", "rises", "rise"), True),
        (("sold", "selling", "sells"), True),
        (("fell", "falling", "fall"), True),
        (("rose", "fell"), False),
        (("fine", "fines", "fined"), True),
        (("rule", "rules", "ruled"), True),
        (("hope", "hoped"), True),
        (("hop", "hopped"), True),
        (("hoped", "hopped"), False),
        (("mine", "mining"), False),  # a short verb's -ing form is mostly a noun: "Brightstone Mining"
    ],
)
def test_inflections_meet_whatever_the_silent_e_or_doubled_consonant(words, same):
    """ "Valuing Stalder at" meets "the deal values Stalder at"; "trapped" meets "trap"."""
    assert (len({stem(w) for w in words}) == 1) is same


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # a verb and its particle are one word: what is called off is not what is called something
        ("Appointments were called off for Wednesday.", "A group calling itself ShadeLock", False),
        ("The talks broke down on Thursday.", "after the breakdown of talks", True),
        ("Drivers walked out at 4am.", "The walk-out began at 4am.", True),
        ("The board is due to sign off in July.", "awaits the board's sign-off", True),
        # an adverb of a noun is no particle: "profits up 5%" still shares "profit"
        ("Profits up 5% this year.", "Profits rose 5%.", True),
        # "up to" an amount bounds the figure: the verb stays itself
        ("The firm could be fined up to $25,000.", "The firm faces fines of $50,000.", True),
        ("The firm could be fined up to three times its turnover.", "It was fined.", True),
        ("Volunteers signed up to the scheme.", "The scheme's sign-up opened.", True),
    ],
)
def test_verb_and_particle_are_one_word(a, b, shared):
    content_a, content_b = set(analyse(a).content), set(analyse(b).content)
    verbs = {"call", "breakdown", "walkout", "signoff", "profit", "fine", "signup"}
    assert bool(content_a & content_b & verbs) is shared, (content_a, content_b)


def test_sure_links_survive_mutual_best():
    """An article may state one fact twice: a link scoring `sure` stays even when not a claim's best."""
    links = [
        LinkSuggestion("a1", "b1", Relation.SAME, None, 0.9),
        LinkSuggestion("a1", "b2", Relation.SAME, None, 0.7),
        LinkSuggestion("a1", "b3", Relation.SAME, None, 0.5),
    ]
    article = {"a1": "A", "b1": "B", "b2": "B", "b3": "B"}.__getitem__
    assert [s.b for s in keep_mutual_best(links, article, 0.1)] == ["b1"]
    assert [s.b for s in keep_mutual_best(links, article, 0.1, sure=0.65)] == ["b1", "b2"]


def test_mutual_best_sees_both_ends_of_every_link():
    """A claim that is the first id of one link and the second of another, into one article: both links compete
    for its best, whichever end it is at; ids of mixed kinds are grouped alike."""
    links = [
        LinkSuggestion("a1", "b1", Relation.SAME, None, 0.9),
        LinkSuggestion("b2", "a1", Relation.SAME, None, 0.6),
        LinkSuggestion(7, "a1", Relation.SAME, None, 0.62),
    ]
    article = {"a1": "A", "b1": "B", "b2": "B", 7: "C"}.__getitem__
    assert [(s.a, s.b) for s in keep_mutual_best(links, article, 0.1)] == [("a1", "b1"), (7, "a1")]


@pytest.mark.parametrize(
    "pairs",
    [
        [(3, 10), (2, 11), (3, 2), (10, 1)],
        [("b", "a"), ("a", "c"), ("a", "b")],
        [(-1, 4), (2, 3), (0, 9)],  # a negative id: ordered as sort_key orders it
        [(2, "a"), ("b", 1), (1, 3)],  # mixed kinds
    ],
)
def test_links_come_ordered_by_their_ids(pairs):
    links = [LinkSuggestion(a, b, Relation.SAME, None, 0.9) for a, b in pairs]
    ordered = link_order(links)
    assert ordered == sorted(links, key=lambda s: (sort_key(s.a), sort_key(s.b)))


def test_a_claim_of_two_facts_keeps_a_link_to_the_claim_of_each():
    """Below a claim's best link into an article, a link stays when it scores `other_fact_score` and the claim
    meets its partner on other words than its best match (another of its facts); a rival telling of the same
    fact, or a weak link, still goes."""
    links = [
        LinkSuggestion("a1", "b1", Relation.SAME, None, 0.9),
        LinkSuggestion("a1", "b2", Relation.SAME, None, 0.6),  # another fact of a1
        LinkSuggestion("a1", "b3", Relation.SAME, None, 0.6),  # the same fact as b1
        LinkSuggestion("a1", "b4", Relation.SAME, None, 0.5),  # another fact, weakly linked
    ]
    article = {"a1": "A", "b1": "B", "b2": "B", "b3": "B", "b4": "B"}.__getitem__

    def other_fact(mine, other, best):
        return (mine, best) == ("a1", "b1") and other in ("b2", "b4")

    kept = keep_mutual_best(links, article, 0.05, 0.65, other_fact, 0.55)
    assert [s.b for s in kept] == ["b1", "b2"]
    assert [s.b for s in keep_mutual_best(links, article, 0.05, 0.65)] == ["b1"]


def test_a_merged_claim_links_to_both_facts_an_outlet_tells_apart():
    """ "joining Real Madrid ... in a deal worth £115m" meets "is joining Real Madrid" and "the transfer fee is
    worth £115m" on different words: the weaker link is suggested too."""
    refs = [
        ref(
            1,
            "Jude Bellingham is joining Real Madrid from Borussia Dortmund in a deal worth £115m, with add-ons due "
            "later.",
            outlet="A",
            q=[money(115e6, "GBP")],
        ),
        ref(2, "Jude Bellingham is joining Real Madrid from Borussia Dortmund.", outlet="B"),
        ref(3, "The transfer fee is worth £115m to Dortmund.", outlet="B", q=[money(115e6, "GBP")]),
    ]
    whole = MatchSettings(part_factor=0.0)  # whole claims only: the weaker link is not sure, nor near the best
    links = {(s.a, s.b): s.score for s in link_all(refs, whole)}
    assert set(links) == {(1, 2), (1, 3)}
    assert links[(1, 2)] < min(links[(1, 3)] - whole.best_margin, whole.sure_score)
    assert {(s.a, s.b) for s in link_all(refs)} == {(1, 2), (1, 3)}


def test_demonyms_meet_their_place():
    """Demonyms share a word with their place: "Pakistani" with "Pakistan", "Nigerian" with "Nigeria"."""
    assert analyse("Pakistani officials agreed").content[0] == analyse("Pakistan agreed").content[0]
    assert analyse("Nigerian banks").content[0] == analyse("Nigeria").content[0]
    assert analyse("Mali and Hawaii").content == ("mali", "hawaii")


def year(value):
    """A calendar year."""
    return {"start": f"{value}-01-01", "end": f"{value}-12-31", "text": str(value)}


@pytest.mark.parametrize(("first", "second", "linked"), [(2011, 2023, False), (2019, 2020, True)])
def test_years_far_apart_are_two_periods(first, second, linked):
    """One fact told with the next year is a date conflict; years further apart than a year are two facts."""
    refs = [
        ref(1, f"Cardiprex sales reached a record in {first}.", outlet="A", d=[year(first)]),
        ref(2, f"Cardiprex sales hit a record high in {second}.", outlet="B", d=[year(second)]),
    ]
    links = {(s.a, s.b): s for s in link_all(refs)}
    assert ((1, 2) in links) is linked
    if linked:
        assert links[(1, 2)].field == ConflictField.DATE


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The firm will not pay the ransom.", True),
        ("No ransom would be paid.", True),
        # a negated verb of stopping asserts: "not stop taking" is "keep taking", no fact conflict with it
        ("Patients should not stop taking the tablets.", False),
        ("The plant did not halt production.", False),
        # "without" qualifies a step, it does not deny the claim; "not ... without" says what something takes
        ("Patients should not stop taking Cardiprex without first speaking to their doctor.", False),
        ("The deal was approved without conditions.", False),
        ("The authority could not fund the rise without cutting services.", False),
        ("The authority could not fund the rise.", True),
        # a negation inside a condition or a relative clause does not deny the claim
        ("Brightcart faces daily penalties if it does not end the practices.", False),
        ("Patients who have not heard from the hospital should attend.", False),
        ("Patients should not attend unless they are contacted.", True),
        # what someone was told not to do denies nothing; deciding not to do something does
        ("Some 300,000 patients are being urged not to panic.", False),
        ("Residents were told not to drink the tap water.", False),
        ("The club decided not to appeal.", True),
    ],
)
def test_negation_of_stopping_asserts(text, negated):
    assert analyse(text).negated is negated


def span(start, end):
    """A date range."""
    return {"start": start, "end": end, "text": ""}


@pytest.mark.parametrize(
    ("period", "bonus"),
    [
        (span("2024-02-01", "2024-02-13"), 0.0),  # "earlier this month": most of a story's events lie in it
        (span("2024-01-01", "2024-12-31"), 0.0),  # "this year"
        (span("2024-02-12", "2024-02-18"), 0.25),  # "this week": close enough to count
        (span("2024-02-12", "2024-02-12"), 0.2),  # the same day
    ],
)
def test_a_day_inside_a_long_period_adds_nothing(period, bonus):
    """The date bonus needs dates that narrow the event down: a day within a month or a year does not."""
    monday = span("2024-02-12", "2024-02-12")
    a = ref(1, "The tunnel roof gave way at the Ardmore mine.", outlet="A", d=[monday])
    assert_date_bonus(a, "Miners had reported cracks in the Ardmore tunnel roof.", period, bonus)


def assert_date_bonus(a, text, period, bonus):
    """Claim `a` scores `bonus` more against `text` dated `period` than against `text` undated."""
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0, mutual_best=False)
    dated = score_pair(prepare(a), prepare(ref(2, text, outlet="B", d=[period])), settings)
    plain = score_pair(prepare(a), prepare(ref(2, text, outlet="B")), settings)
    assert dated is not None and plain is not None
    assert dated.score == pytest.approx(min(1.0, plain.score + bonus), abs=1e-3)


def test_a_week_inside_a_year_adds_nothing():
    """A week lies in its year as most of the story's events do: no bonus; the same week on both sides counts."""
    week = span("2025-10-13", "2025-10-19")
    a = ref(1, "The hospital group's systems could start coming back.", outlet="A", d=[week])
    for period, bonus in ((span("2025-01-01", "2025-12-31"), 0.0), (week, 0.25)):
        assert_date_bonus(a, "The hospital group's systems were attacked for the second time.", period, bonus)


@pytest.mark.parametrize(
    ("period", "bonus"),
    [
        (span("2018-06-09", "2026-06-09"), 0.0),  # "for the past eight years": a year lies in it as a day in a month
        (span("2022-01-01", "2023-12-31"), 0.25),  # "in 2022-23": the year is half of it
        (span("2022-01-01", "2022-12-31"), 0.25),  # the same year
    ],
)
def test_a_year_inside_a_span_of_years_adds_nothing(period, bonus):
    """ "Hallberg was re-elected in 2022" / "Hallberg has been mayor for the past eight years": that one period lies in
    the other does not tie the two facts together."""
    year = span("2022-01-01", "2022-12-31")
    a = ref(1, "Viktor Hallberg was re-elected mayor of Brenholm.", outlet="A", d=[year])
    assert_date_bonus(a, "Viktor Hallberg has been mayor of Brenholm.", period, bonus)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            ("Core inflation in Kesteria stood at 4.4% in April.", 4.4),
            ("Inflation in Kesteria was 4.3% in April.", 4.3),
            False,
        ),
        (
            ("Net profit at Halvern rose to 3.1% of sales.", 3.1),
            ("Profit at Halvern rose to 4.2% of sales.", 4.2),
            False,
        ),
        (
            ("Headline inflation in Kesteria was 4.1% in April.", 4.1),
            ("Inflation in Kesteria was 4.3% in April.", 4.3),
            True,
        ),
        (
            ("Core inflation in Kesteria stood at 4.4% in April.", 4.4),
            ("Core inflation in Kesteria was 4.6% in April.", 4.6),
            True,
        ),
    ],
)
def test_a_measure_word_on_one_side_makes_two_measures_not_a_conflict(a, b, conflict):
    """ "Core inflation" and "inflation" are two figures, not one told two ways; "headline inflation" is inflation."""
    settings = MatchSettings(mutual_best=False)
    x = ref(1, a[0], outlet="A", q=[percent(a[1])])
    y = ref(2, b[0], outlet="B", q=[percent(b[1])])
    link = score_pair(prepare(x), prepare(y), settings)
    assert (link is not None and link.relation == Relation.CONFLICT) is conflict


def test_a_capitalised_first_word_names_something_only_if_the_story_capitalises_it_elsewhere():
    """A story's first words: "Regulators pulled ..." names nobody, and the entity penalty does not hold it against
    a claim naming Halvern; "Brightcart removed ..." names a company, as "fined Brightcart" elsewhere shows."""
    assert analyse("Regulators pulled 36 batches.").opening == analyse("regulators").content[0]
    assert analyse("Brightstone Mining halted work.").opening is None  # a name of two words
    assert analyse("IMF staff agreed.").opening is None  # an acronym
    assert analyse("The regulator acted.").opening is None
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0)
    recall = ref(1, "The recall covers 38 batches of Halvern tablets.", outlet="A", q=[count(38)])
    pulled = ref(2, "Regulators pulled 36 batches of the tablets from pharmacies.", outlet="B", q=[count(36)])
    index = ClaimIndex(settings)
    index.add([recall, pulled])
    pr, pp = index.get(1), index.get(2)
    scoped = score_pair(pr, pp, settings, index.weight_for(pr), index.aliases_for(pr))
    unscoped = score_pair(pr, pp, settings, index.weight_for(pr))  # no story to ask: every capital counts
    assert scoped is not None and unscoped is not None
    assert scoped.score > unscoped.score and scoped.field == ConflictField.QUANTITY

    named = ref(3, "Brightcart removed the parity clauses from seller contracts.", outlet="A")
    fined = ref(4, "The regulator fined Brightcart over its contracts.", outlet="A")
    other = ref(5, "Its rival Shelfwise removed the parity clauses from seller contracts.", outlet="B")
    index = ClaimIndex(settings)
    index.add([named, fined, other])
    pn, po = index.get(3), index.get(5)
    kept = score_pair(pn, po, settings, index.weight_for(pn), index.aliases_for(pn))
    assert kept is not None
    assert kept.score == pytest.approx(score_pair(pn, po, settings, index.weight_for(pn)).score)


def test_a_date_conflict_without_quantities_needs_a_margin_above_the_bar():
    """Claims of one story on different days are two events more often than one told two ways."""
    monday, friday = span("2024-02-12", "2024-02-12"), span("2024-02-09", "2024-02-09")
    a = prepare(ref(1, "The bus drivers in Carrowby walked off the job on Monday.", outlet="A", d=[monday]))
    b = prepare(ref(2, "The talks between the bus drivers and Carrowby collapsed on Friday.", outlet="B", d=[friday]))
    free = score_pair(a, b, MatchSettings(threshold=0.0, short_claim_margin=0.0, date_conflict_margin=0.0))
    assert free is not None and free.field == ConflictField.DATE
    margin = MatchSettings().date_conflict_margin
    assert score_pair(a, b, MatchSettings(threshold=free.score - margin + 0.01, short_claim_margin=0.0)) is None
    assert score_pair(a, b, MatchSettings(threshold=free.score - margin - 0.01, short_claim_margin=0.0)) is not None


def test_small_counts_of_one_noun_told_two_ways_are_a_likely_conflict():
    """ "38 batches" / "36 batches" are one figure told two ways; "38 batches" / "36 tablets" are two figures."""

    def counted(value, noun):
        return {"kind": "count", "low": value, "high": value, "unit": None, "text": f"{value} {noun}"}

    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0)
    recall = prepare(ref(1, "The Cardiprex recall covers 38 batches.", outlet="A", q=[counted(38, "batches")]))
    batches = prepare(ref(2, "Regulators pulled 36 batches of Cardiprex.", outlet="B", q=[counted(36, "batches")]))
    tablets = prepare(ref(2, "Regulators pulled 36 tablets of Cardiprex.", outlet="B", q=[counted(36, "tablets")]))
    alike, unlike = score_pair(recall, batches, settings), score_pair(recall, tablets, settings)
    assert alike is not None and alike.field == ConflictField.QUANTITY
    assert unlike is None or alike.score >= unlike.score + MatchSettings().near_bonus - 0.1


def test_a_date_conflict_sharing_only_names_is_two_events():
    """Nothing but names in common, and different days: two events of one story, however high the names score."""
    tuesday, monday = span("2024-09-17", "2024-09-17"), span("2024-09-16", "2024-09-16")
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0, date_conflict_margin=0.0)
    ordered = "Mines Minister Lucia Ferrant ordered an inquiry into the Ardmore collapse on Tuesday."
    visited = "Mines Minister Lucia Ferrant visited the Ardmore site on Monday."
    a = prepare(ref(1, ordered, outlet="A", d=[tuesday]))
    assert score_pair(a, prepare(ref(2, visited, outlet="B", d=[monday])), settings) is None
    same_act = prepare(ref(2, visited.replace("visited the", "ordered an inquiry at the"), outlet="B", d=[monday]))
    linked = score_pair(a, same_act, settings)
    assert linked is not None and linked.field == ConflictField.DATE


def test_speakers_named_in_both_texts_are_compared_as_sources_not_as_subjects():
    """ "Ola Berg expects a cut" / "Ivo Kral expects a cut", each said by the one it names: one forecast, two
    sources. When only one text's names are its speaker's, differing names still mean different subjects."""

    def said(cid, text, outlet, who):
        return make_ref(cid, f"art-{outlet}", outlet, text, story="s1", published=DAY,
                        source_type="named_person", source_name=who)  # fmt: skip

    settings = MatchSettings(short_claim_margin=0.0)
    berg = prepare(said(1, "Ola Berg expects another quarter-point cut at the next meeting.", "A", "Ola Berg"))
    kral = prepare(said(2, "Ivo Kral expects another quarter-point cut at the next meeting.", "B", "Ivo Kral"))
    link = score_pair(berg, kral, settings)
    assert link is not None and link.field == ConflictField.ATTRIBUTION
    unsaid = prepare(ref(2, "Ivo Kral expects another quarter-point cut at the next meeting.", outlet="B"))
    other = score_pair(berg, unsaid, MatchSettings(threshold=0.0, short_claim_margin=0.0))
    assert other is not None and other.score < link.score - 0.2  # the entity penalty still applies


def test_one_claim_past_and_the_other_still_to_come_on_one_day_are_two_events():
    """Told on the same day, "visited on Monday" and "is due to visit on Thursday" are two visits; told on days
    far apart, a date that was to come and one that has passed may be one event misdated."""
    monday, thursday = span("2024-02-12", "2024-02-12"), span("2024-02-15", "2024-02-15")
    settings = MatchSettings(threshold=0.0, short_claim_margin=0.0, date_conflict_margin=0.0)

    def told(cid, text, outlet, when, day):
        return prepare(make_ref(cid, f"art-{outlet}", outlet, text, story="s1", published=day, dates=[when]))

    visited = told(1, "Health Minister Ada Lenk visited the Ardmore hospital on Monday.", "A", monday, DAY)
    due = told(2, "Health Minister Ada Lenk is due to visit the Ardmore hospital on Thursday.", "B", thursday, DAY)
    assert score_pair(visited, due, settings) is None
    later = told(2, "Health Minister Ada Lenk visited the Ardmore hospital on Thursday.", "B", thursday,
                 dt.date(2024, 2, 16))  # fmt: skip
    linked = score_pair(visited, later, settings)
    assert linked is not None and linked.field == ConflictField.DATE


def people(value):
    """A count of people."""
    return {"kind": "count", "low": value, "high": value, "unit": None, "text": f"{value} people"}


LONG = (
    "Firefighters rescued 14 people from the upper floors on Sunday night and treated dozens of residents for smoke "
    "inhalation at the scene, hours after a gas explosion tore through the Halden Court tower block in Varrow."
)
WHOLE = MatchSettings(part_factor=0.0)  # whole claims only


def test_a_long_claim_meets_the_claim_of_one_of_its_clauses():
    """A claim stating two facts meets a claim of one of them on the clause that tells it (at a discount), far
    better than on its whole wording; `part_factor` 0 compares whole claims only."""
    long = prepare(ref(1, LONG, outlet="A", q=[people(14)]))
    assert [p.ref.text for p in long.parts] == [
        "Firefighters rescued 14 people from the upper floors on Sunday night and treated dozens of residents for "
        "smoke inhalation at the scene",
        "after a gas explosion tore through the Halden Court tower block in Varrow.",
    ]
    blast = prepare(ref(2, "A gas explosion ripped through the Halden Court tower block in Varrow.", outlet="B"))
    whole, by_clause = score_pair(long, blast, WHOLE), score_pair(long, blast, MatchSettings())
    assert whole is not None and by_clause is not None
    assert by_clause.relation is Relation.SAME
    assert by_clause.score > whole.score + 0.2
    assert score_pair(prepare(ref(3, "Smoke filled the stairwells.", outlet="B")), long, MatchSettings()) is None


def test_a_clause_without_figures_does_not_compare_the_claims_figures():
    """The clause "after a gas explosion tore through ..." states none of the claim's figures: its 14 rescued
    people do not conflict with the 12 people hurt in the blast (the whole claims would). The clause that gives
    the figure still conflicts with a telling of it."""
    long = prepare(ref(1, LONG, outlet="A", q=[people(14)]))
    hurt = prepare(
        ref(
            2,
            "12 people were hurt when a gas explosion tore through the Halden Court tower in Varrow.",
            outlet="B",
            q=[people(12)],
        )
    )
    assert score_pair(long, hurt, WHOLE).field is ConflictField.QUANTITY
    assert score_pair(long, hurt, MatchSettings()).relation is Relation.SAME
    rescued = prepare(
        ref(3, "Firefighters rescued 12 people from the upper floors on Sunday night.", outlet="C", q=[people(12)])
    )
    assert score_pair(long, rescued, MatchSettings()).field is ConflictField.QUANTITY


def test_a_short_clause_is_not_compared_on_its_own():
    """ "Under Brightcart's price-parity clauses, sellers could be demoted ..." does not meet "Brightcart dropped
    the price-parity clauses" on its opening phrase (it sets the scene); nor is a clause of fewer than four content
    words compared on its own."""
    long = ref(
        1,
        "Under Brightcart's price-parity clauses, sellers could be demoted in its search results if they sold the "
        "same item more cheaply on a rival website.",
        outlet="A",
    )
    dropped = ref(2, "Brightcart dropped the price-parity clauses last year.", outlet="B")
    fined = prepare(
        ref(
            3,
            "The regulator fined Brightcart and ordered it to rewrite its seller contracts, its chair said.",
            outlet="C",
        )
    )
    assert [p.ref.text for p in fined.parts] == [
        "The regulator fined Brightcart and ordered it to rewrite its seller contracts"
    ]
    assert [p.ref.text for p in prepare(long).parts] == [
        "sellers could be demoted in its search results if they sold the same item more cheaply on a rival website."
    ]
    pair = prepare(long), prepare(dropped)
    assert score_pair(*pair, MatchSettings()) == score_pair(*pair, WHOLE)
