"""The candidate index: small scopes exact, big ones filtered by rare keys and values; each pair scored once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import math
import random

import pytest

from claims.matching import ClaimIndex, MatchSettings, link_all, make_ref, score_pair
from claims.matching.linker import link_index
from claims.matching.scoring import in_scope

DAY = dt.date(2024, 5, 6)  # ordinal divisible by 7: the first day of a date bucket
SETTINGS = MatchSettings()
FILTERED = dataclasses.replace(SETTINGS, exhaustive_scope=0)


def ref(cid, text, *, outlet, story="s1", published=DAY, q=()):
    """A claim of its outlet's article in a story (story=None: scoped by publication date)."""
    return make_ref(cid, f"{outlet}-{story}-{published}", outlet, text, story=story, published=published, quantities=q)


def money(value):
    """A money quantity dict."""
    return {"kind": "money", "low": value, "high": value, "unit": "USD", "text": ""}


STORY = [
    ref(1, "Pakistan and the IMF agreed a $3 billion standby arrangement.", outlet="A", q=[money(3e9)]),
    ref(2, "Floods hit the southern provinces of Pakistan in 2022.", outlet="A"),
    ref(3, "Pakistan secured a $3 billion standby arrangement with the IMF.", outlet="B", q=[money(3e9)]),
    ref(4, "Floods hit the southern provinces of Pakistan in 2022.", outlet="B"),
    ref(5, "Pakistan and the IMF agreed a $3.5 billion standby arrangement.", outlet="C", q=[money(3.5e9)]),
    ref(6, "The cricket board named a new captain for the tour.", outlet="C"),
]


@pytest.mark.parametrize(
    ("exhaustive_scope", "every"),
    [(6, True), (3000, True), (5, False), (0, False)],
)
def test_a_small_scope_takes_every_claim_in_scope(exhaustive_scope, every):
    """Up to `exhaustive_scope` claims reached, every claim in scope sharing a content word is a candidate, even
    one sharing no rare key ("Floods hit ... Pakistan" shares only the story's name); one sharing no word is not."""
    settings = dataclasses.replace(SETTINGS, exhaustive_scope=exhaustive_scope)
    index = ClaimIndex(settings)
    index.add(STORY)
    in_scope_ids = [r.id for r in STORY[1:] if in_scope(STORY[0], r, settings)]
    assert in_scope_ids == [3, 4, 5, 6]
    assert index.is_exhaustive(STORY[0]) is every
    assert (index.candidates(STORY[0]) == [3, 4, 5]) is every
    assert 3 in index.candidates(STORY[0])
    assert 6 not in index.candidates(STORY[0])


def test_a_claim_sharing_no_word_is_a_candidate_when_an_acronym_may_name_what_it_names():
    """ "The IMF board signed off" and "International Monetary Fund directors approved it" share no word, but the
    story teaches that IMF is that fund: in a small scope the pair is still scored, from either side; a claim of
    values only too. A claim that shares no word even through the acronym is not worth scoring."""
    story = [
        ref(1, "The International Monetary Fund (IMF) approved the loan.", outlet="A"),
        ref(2, "The IMF board signed off on Friday.", outlet="B"),
        ref(3, "International Monetary Fund directors approved it.", outlet="C"),
        ref(4, "$3bn over nine months.", outlet="C", q=[money(3e9)]),
        ref(5, "Cricket captains were named.", outlet="C"),
    ]
    index = ClaimIndex(SETTINGS)
    index.add(story)
    assert index.candidates(story[1]) == [1, 3, 4]
    assert index.candidates(story[2]) == [1, 2]  # (the claim of values is of its own outlet)
    plain = ClaimIndex(SETTINGS)  # no name for the acronym: only the claim of values is worth scoring
    plain.add([story[1], story[3], story[4]])
    assert plain.candidates(story[1]) == [4]


def batch_and_brute_force(story):
    """The batch's links and pairs scored, and what scoring every pair in scope suggests, with a low bar."""
    settings = dataclasses.replace(SETTINGS, mutual_best=False, threshold=0.2)
    index = ClaimIndex(settings)
    index.add(story)
    stats: dict[str, int] = {}
    links = link_index(index, stats=stats)
    pairs = [(x, y) for i, x in enumerate(story) for y in story[i + 1 :] if in_scope(x, y, settings)]
    brute = set()
    for x, y in pairs:
        px = index.get(x.id)
        if score_pair(px, index.get(y.id), settings, index.weight_for(px), index.aliases_for(px)) is not None:
            brute.add(frozenset((x.id, y.id)))
    return index, links, stats, pairs, brute


def test_small_scope_batch_is_brute_force():
    """In small scopes the batch suggests exactly what scoring every pair in scope suggests."""
    index, links, stats, pairs, brute = batch_and_brute_force(STORY)
    settings = index.settings
    sharing = [(x, y) for x, y in pairs if not index.get(x.id).content_set.isdisjoint(index.get(y.id).content_set)]
    assert len(sharing) < len(pairs)
    assert stats["candidate_pairs"] == len(sharing)
    assert {s.pair for s in links} == brute
    assert link_all(STORY, settings) == links


def test_small_scope_batch_with_acronyms_is_brute_force():
    """A story that names an organisation both ways: the acronym's claims and the name's claims are scored against
    each other whichever side a pair is found from, and claims that share nothing even so are not scored."""
    story = [
        ref(1, "The Carrowby Transit Authority (CTA) offered a 4% pay rise.", outlet="A"),
        ref(2, "The CTA refused to improve its offer.", outlet="B"),
        ref(3, "Carrowby Transit Authority managers met union leaders.", outlet="C"),
        ref(4, "Bus drivers walked out on Monday.", outlet="A"),
        ref(5, "Drivers staged a walkout across the network.", outlet="B"),
        ref(6, "The CTA managers met union leaders again.", outlet="D"),
        ref(7, "Commuters faced long queues.", outlet="C"),
        ref(8, "Transit bosses said talks would resume.", outlet="D"),
    ]
    index, links, stats, pairs, brute = batch_and_brute_force(story)
    assert frozenset((2, 3)) in brute  # they share no word: the acronym on one side, its name on the other
    assert 3 in index.candidates(story[1]) and 2 in index.candidates(story[2])  # found from either side
    assert 7 not in index.candidates(story[1]) and 7 not in index.candidates(story[2])
    assert stats["candidate_pairs"] < len(pairs)
    assert {s.pair for s in links} == brute


def test_a_small_date_bucket_beside_a_big_one():
    """A claim in a small bucket and one in a big bucket next to it are candidates from both sides."""
    settings = dataclasses.replace(SETTINGS, exhaustive_scope=20)
    crowd = [
        ref(
            100 + i,
            f"Unrelated report number{i} about topic{i}.",
            outlet=f"X{i}",
            story=None,
            published=DAY - dt.timedelta(3),
        )
        for i in range(30)
    ]
    big = ref(1, "The harbour authority opened a new container terminal.", outlet="A", story=None, published=DAY)
    small = ref(2, "Cricket season starts with a new captain.", outlet="B", story=None, published=DAY + dt.timedelta(7))
    index = ClaimIndex(settings)
    index.add([*crowd, big, small])
    assert not index.is_exhaustive(big) and index.is_exhaustive(small)
    assert 2 in index.candidates(big)  # shares no key: found because the small bucket takes every claim
    assert 1 in index.candidates(small)
    assert all(c.id not in index.candidates(big) for c in crowd[:5])  # the big bucket is still filtered


def test_exact_values_are_looked_up_in_big_scopes():
    """An equal amount plus one shared word meets even when the word is common and not among the rarest keys."""
    settings = dataclasses.replace(FILTERED, prefix_keys=1)
    filler = [
        ref(100 + i, f"The ministry said topic{i} was discussed at meeting{i}.", outlet=f"X{i}") for i in range(10)
    ]
    harbour = ref(
        1,
        "The ministry approved the harbour expansion plan for the eastern docks priced at $740 million.",
        outlet="A",
        q=[money(740e6)],
    )
    deal = ref(2, "Kolvar signed a deal with the ministry worth $740 million.", outlet="B", q=[money(740e6)])
    floods = ref(
        3, "Floods across the northern valleys cost farmers and herders $740 million.", outlet="C", q=[money(740e6)]
    )
    index = ClaimIndex(settings)
    index.add([*filler, harbour, deal, floods])
    assert not index.is_exhaustive(harbour)
    assert "#USD:740000000.0:740000000.0" in index.prefix(index.get(1))
    assert 2 in index.candidates(harbour)
    assert 3 not in index.candidates(harbour)  # the same amount and no shared word: the scorer adds no value bonus


@pytest.mark.parametrize(
    ("mine", "theirs", "passes"),
    [
        ({"a", "b", "c", "d"}, {"a", "x", "y", "z"}, True),  # a quarter of the shorter set
        ({"a", "b", "c", "d", "e"}, {"a", "v", "w", "x", "y", "z"}, False),
        ({"a", "b", "c", "d", "e", "#USD:1", "~USD:0"}, {"a", "v", "w", "x", "y", "z", "#USD:1", "~USD:0"}, True),
        (
            {"b", "c", "d", "e", "f", "g", "h", "#USD:1", "~USD:0"},
            {"v", "w", "x", "y", "z", "s", "t", "#USD:1", "~USD:0"},
            False,
        ),
    ],
)
def test_cheap_filter(mine, theirs, passes):
    """A looked-up pair needs a quarter of the shorter key set, or a shared value and a shared word."""
    assert ClaimIndex().passes(frozenset(mine), frozenset(theirs)) is passes


def corpus(seed: int) -> list:
    """Claims over a few date buckets and stories of uneven size, from a small vocabulary (many shared words)."""
    rng = random.Random(seed)
    words = [f"word{i}" for i in range(40)]
    refs = []
    for i in range(240):
        story = rng.choice([None, None, "s1", "s2"])
        published = DAY + dt.timedelta(days=rng.choice([-8, -3, 0, 2, 9, 16]) if i % 5 else 20)
        text = " ".join(rng.sample(words, rng.randint(3, 7))) + "."
        q = [money(rng.choice([1e9, 2e9, 3e9]))] if rng.random() < 0.3 else []
        refs.append(ref(i, text, outlet=f"O{i % 6}", story=story, published=published, q=q))
    return refs


@pytest.mark.parametrize("exhaustive_scope", [0, 60, 100, 3000])
@pytest.mark.parametrize("workers", [1, 2])
def test_batch_scores_each_candidate_pair_once(exhaustive_scope, workers):
    """The batch scores every pair either claim's query finds, once, in mixed small and big scopes."""
    settings = dataclasses.replace(SETTINGS, exhaustive_scope=exhaustive_scope, prefix_keys=2, mutual_best=False)
    refs = corpus(3)
    index = ClaimIndex(settings)
    index.add(refs)
    found = set()
    for r in refs:
        for other in index.candidates(index.get(r.id)):
            found.add(frozenset((r.id, other)))
    stats: dict[str, int] = {}
    links = link_index(index, workers=workers, chunk=50, stats=stats)
    assert stats["candidate_pairs"] == len(found)
    assert {s.pair for s in links} <= found
    if exhaustive_scope == 3000:
        assert len(found) == sum(1 for i, x in enumerate(refs) for y in refs[i + 1 :] if in_scope(x, y, settings))


@pytest.mark.parametrize("exhaustive_scope", [0, 3000])
def test_removing_claims_leaves_the_index_a_fresh_one_would_be(exhaustive_scope):
    """After claims go (a few, or whole scopes) candidates and links are those of an index built without them."""
    settings = dataclasses.replace(SETTINGS, exhaustive_scope=exhaustive_scope, prefix_keys=2, mutual_best=False)
    refs = corpus(5)
    gone = {r.id for r in refs if r.story == "s1" or r.id % 7 == 0}  # all of one story, some of everything else
    index = ClaimIndex(settings)
    index.add(refs)
    index.remove(sorted(gone))
    fresh = ClaimIndex(settings)
    fresh.add([r for r in refs if r.id not in gone])
    assert len(index) == len(fresh) and all(r.id not in index for r in refs if r.id in gone)
    for r in refs:
        if r.id not in gone:
            assert set(index.candidates(index.get(r.id))) == set(fresh.candidates(fresh.get(r.id)))
    assert link_index(index) == link_index(fresh)
    # The memory is given back: no list of the index still names a removed claim, and the story is gone.
    held = [s for table in (index._postings, index._members) for v in table.values() for s in _slots_in(v)]
    assert held and all(index._slots[s] is not None for s in held)
    assert ("story", "s1") not in index._postings
    index.add([r for r in refs if r.id in gone])  # and they come back as they were
    assert link_index(index) == link_all(refs, settings)


def _slots_in(value):
    """The slots a members list or a postings table holds."""
    return value if isinstance(value, list) else [s for bucket in value.values() for s in bucket]


def test_idf_follows_the_scope():
    """Word weights are cached per scope and recomputed when a claim of the scope comes or goes."""
    index = ClaimIndex()
    index.add(STORY[:2])
    prepared = index.get(1)
    before = index.weight_for(prepared)("standby")
    assert before == pytest.approx(math.log((2 + 2) / (1 + 0.5)))
    index.add([STORY[2]])
    after = index.weight_for(prepared)("standby")
    assert after == pytest.approx(math.log((3 + 2) / (2 + 0.5)))
    assert index.weight_for(prepared)("unseen") == pytest.approx(math.log(5 / 0.5))
    index.remove([3])
    assert index.weight_for(prepared)("standby") == pytest.approx(before)
    other = ClaimIndex()
    other.add([ref(9, "Standby arrangement talks resumed.", outlet="D", story="s2")])
    assert other.weight_for(other.get(9))("standby") == pytest.approx(math.log(3 / 1.5))


GROUP = "The Harrow Valley Community Clinics hospital group"
HOSPITALS = [
    ref(21, f"{GROUP} said it runs three hospitals in the county.", outlet="A"),
    ref(22, f"{GROUP} cancelled outpatient appointments after the hack.", outlet="A"),
    ref(23, f"{GROUP} said it has hired outside experts.", outlet="B"),
    ref(24, f"{GROUP} called off outpatient appointments after the hack.", outlet="B"),
    ref(25, f"{GROUP} said it has restored email.", outlet="C"),
    ref(26, "Police are investigating the attack on the Harrow Valley Community Clinics hospital group.", outlet="C"),
]


@pytest.mark.parametrize(("share", "alike_in_name_only"), [(SETTINGS.common_share, False), (1.0, True)])
def test_the_scopes_common_words_are_left_out_of_the_wording(share, alike_in_name_only):
    """A name every claim of the story repeats says nothing about which fact a claim states (share 1.0: kept)."""
    settings = dataclasses.replace(SETTINGS, common_share=share)
    index = ClaimIndex(settings)
    index.add(HOSPITALS)
    if share < 1.0:
        wording = index.wording_for(index.get(21))
        assert wording(index.get(21)) == "the said it runs in the county"
    links = {s.pair for s in link_all(HOSPITALS, settings)}
    assert frozenset((22, 24)) in links  # the same fact, told in other words
    assert (frozenset((23, 25)) in links) is alike_in_name_only  # hired experts / restored email


def test_a_small_scope_keeps_every_word():
    """Two or three claims share their subject by chance: no word is common below three claims."""
    index = ClaimIndex()
    index.add(HOSPITALS[:2])
    prepared = index.get(21)
    assert index.wording_for(prepared)(prepared) == prepared.features.plain


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled):
    """Indexing and the batch pause the cyclic garbage collector and leave it as they found it."""
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        index = ClaimIndex()
        index.add(STORY)
        link_index(index, workers=2, chunk=2)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
