"""Atomic split: one unit per predicate, subject restored."""

from __future__ import annotations

import pytest

from claims.extraction.atomic import find_subject, split_atomic


def _texts(sentence: str) -> list[str]:
    return [u.text for u in split_atomic(sentence, 0, len(sentence), "Bellingham")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BVB, which is listed on the stock exchange, had disclosed the sale.",
            ["BVB is listed on the stock exchange", "BVB had disclosed the sale"],
        ),
        (
            "Gregory LoGerfo, the Deputy Coordinator for Counterterrorism, emphasized the partnership.",
            ["Gregory LoGerfo is the Deputy Coordinator for Counterterrorism"],
        ),
        ("In 132 matches for Dortmund he scored 24 times and provided 25 assists.", ["he provided 25 assists"]),
        (
            "Liverpool and Manchester City had both been keen on the player.",
            ["Liverpool had been keen on the player", "Manchester City had been keen on the player"],
        ),
        (
            "Inflation is still high, arrears keep piling up and load shedding is frequent.",
            ["arrears keep piling up", "load shedding is frequent"],
        ),
        ("Real plan to unveil the 19-year-old in Madrid on Thursday.", ["Bellingham is 19 years old"]),
        (
            "Spain's champions have a midfield of Bellingham, Federico Valverde (24) and Eduardo Camavinga (20).",
            ["Federico Valverde is 24 years old", "Eduardo Camavinga is 20 years old"],
        ),
    ],
)
def test_split_contains(sentence: str, expected: list[str]) -> None:
    texts = [t.rstrip(".") for t in _texts(sentence)]
    for item in expected:
        assert any(item in t for t in texts), texts


def test_enumeration_of_gerunds_gives_one_unit_per_item() -> None:
    s = (
        "The talks included key points like exchanging information about extremists, "
        "disrupting sources of terrorism financing, and monitoring suspicious transactions."
    )
    texts = _texts(s)
    assert sum("disrupting" in t for t in texts) == 1
    assert sum("monitoring" in t for t in texts) == 1
    assert len(texts) == 3


def test_list_after_connective_attaches_to_previous_clause() -> None:
    s = "Bellingham is only the sixth Englishman at Real Madrid, after Laurie Cunningham, Michael Owen and David Beckham."  # noqa: E501
    texts = _texts(s)
    assert sum(t.endswith("after Michael Owen") for t in texts) == 1
    assert len([t for t in texts if "after" in t]) == 3


def test_units_keep_their_ranges() -> None:
    s = "Pakistan, which has been near default, secured a deal."
    for u in split_atomic(s, 0, len(s)):
        assert 0 <= u.start < u.end <= len(s)


def test_relative_clause_on_subject_is_background() -> None:
    s = "Pakistan, which has been near default, has secured a deal."
    units = split_atomic(s, 0, len(s))
    rel = next(u for u in units if "near default" in u.text)
    assert rel.background
    assert rel.text.startswith("Pakistan")


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("Lawmakers in Islamabad had amended the budget", "Lawmakers in Islamabad"),
        ("For England he has already won 24 caps", "he"),
        ("Liverpool also looked at signing him", "Liverpool"),
    ],
)
def test_find_subject(clause: str, subject: str) -> None:
    assert find_subject(clause) == subject
