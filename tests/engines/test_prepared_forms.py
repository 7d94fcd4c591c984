"""Stored match forms: a claim's text analysis written once and read back as it was computed, never when stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.matching import ClaimIndex, form_is_for, form_of, link_all, make_ref, prepare
from claims.matching.evaluation import refs_from_gold
from claims.matching.prepared import FORM_VERSION, from_form, prepare_from, read_form
from claims.matching.text import alias_facts, name_tokens

DATA = Path(__file__).resolve().parent / "data"
GOLD_FILES = [
    Path(__file__).resolve().parents[3] / "shared" / "dev-corpus" / "gold.json",
    *sorted(DATA.glob("linking-heldout*/gold.json")),
]
OWN_TEXTS = [
    "",
    "Budget cut.",
    # long enough to be compared by its clauses; one clause names a figure, one does not
    "Rescuers freed 21 miners on Sunday, more than 30 hours after part of a tunnel collapsed at the Kessel mine "
    "near Ostrava, officials said.",
    "Mines Minister Lucia Ferrant said the company won't reopen the shaft — not before an inquiry reports.",
    "L'usine d’Éclat a fermé ses portes: 1 200 emplois supprimés, selon la CGT.",
    "<script>alert('x')</script> The council's “final” vote was 7-2.",
    "word " * 3000,
]


def gold_refs():
    refs = []
    for path in GOLD_FILES:
        if path.exists():
            refs += refs_from_gold(json.loads(path.read_text(encoding="utf-8")))
    return refs


def own_ref(i, text, source_name=None):
    return make_ref(i, "a", "Outlet", text, source_type="named_person", source_name=source_name)


def test_a_form_reads_back_as_the_analysis_of_every_gold_claim_and_of_awkward_text():
    refs = gold_refs() + [own_ref(f"own-{i}", t, "Lucia Ferrant") for i, t in enumerate(OWN_TEXTS)]
    assert len(refs) > 1000
    assert any(prepare(r).parts for r in refs) and any(prepare(r).speaker for r in refs)
    facts = [alias_facts(r.text) for r in refs]
    assert any(f and f[1] for f in facts) and any(f and f[2] for f in facts)  # named in parentheses, spelled
    for ref in refs:
        form = form_of(ref.text)
        assert form_is_for(form, ref.text)
        assert read_form(ref, form) == (prepare(ref), alias_facts(ref.text)), ref.text


def test_the_speaker_comes_from_the_claims_source_not_from_the_form():
    """One text, two sources: the form is of the text alone, the names the text gives of its source are not."""
    text = "Lucia Ferrant said the shaft would stay closed."
    form = form_of(text)
    by_her = from_form(own_ref(1, text, "Lucia Ferrant"), form)
    by_other = from_form(own_ref(2, text, "Ivo Kral"), form)
    assert by_her.speaker == {"lucia", "ferrant"}
    assert by_other.speaker == frozenset()


@pytest.mark.parametrize(
    "form",
    [
        None,
        "",
        "not json",
        "\x00\xff binary",
        form_of("Another claim altogether."),  # of another text
        form_of("The shaft stays closed.").replace(FORM_VERSION, "0" * len(FORM_VERSION)),  # by other code
        form_of("The shaft stays closed.")[:-5],  # cut short
        form_of("The shaft stays closed.").replace('"shaft"', "17"),  # a field of the wrong type
    ],
    ids=["none", "empty", "not json", "binary", "other text", "other code", "cut short", "wrong type"],
)
def test_a_form_that_is_missing_stale_or_broken_is_not_used(form):
    ref = own_ref(1, "The shaft stays closed.")
    assert from_form(ref, form) is None
    assert prepare_from(ref, form) == (prepare(ref), alias_facts(ref.text))


def test_the_index_links_alike_with_and_without_forms():
    refs = gold_refs()
    forms = {r.id: form_of(r.text) for r in refs}
    forms[refs[0].id] = "broken"
    assert link_all(refs, forms=forms) == link_all(refs)
    index = ClaimIndex()
    index.add(refs[:50], forms)
    assert [index.get(r.id) for r in refs[:50]] == [prepare(r) for r in refs[:50]]


def test_the_acronyms_a_scope_learns_are_alike_from_forms_and_from_text():
    """"the Medicines Safety Authority (MSA)" in one claim gives "MSA" its name for the scope's other claims."""
    refs = [r for r in gold_refs() if r.story] + [
        make_ref("x1", "x", "Outlet", "The Medicines Safety Authority (MSA) recalled the tablets.", story="s"),
        make_ref("x2", "y", "Other", "The MSA recalled 40mg tablets.", story="s"),
    ]
    with_forms, from_text = ClaimIndex(), ClaimIndex()
    with_forms.add(refs, {r.id: form_of(r.text) for r in refs})
    from_text.add(refs)
    scopes = {r.story: r for r in refs}.values()
    assert all(with_forms.aliases_for(prepare(r)).pairs() == from_text.aliases_for(prepare(r)).pairs() for r in scopes)
    assert from_text.aliases_for(prepare(refs[-1])).pairs()["msa"] == set(name_tokens("Medicines Safety Authority"))
