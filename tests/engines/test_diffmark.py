"""Marking differing words between two claims."""

from __future__ import annotations

import pytest

from claims.matching.diffmark import mark_differences


@pytest.mark.parametrize(
    ("text", "other", "marked"),
    [
        ("Budget is $22.6 million.", "Budget is $22.6 billion.", ["million"]),
        ("Talks on Thursday", "talks on Friday", ["Thursday"]),
        ("Same words here", "same WORDS here", []),
        ("Porter said it", "Dar said it", ["Porter"]),
        ("", "anything", []),
        # an acronym and the name it spells are the same words, either way round
        ("THG has 1,150 beds.", "The Torvane Hospital Group has about 1,200 beds.", ["1,150"]),
        ("The Torvane Hospital Group has about 1,200 beds.", "THG has 1,150 beds.", ["The", "about", "1,200"]),
        ("The MCB fined it.", "The Markets Board fined it.", ["MCB"]),
    ],
)
def test_words_missing_from_the_other_claim_are_marked(text: str, other: str, marked: list[str]) -> None:
    pieces = mark_differences(text, other)
    assert "".join(p.text for p in pieces) == text
    assert [p.text.strip() for p in pieces if p.differs] == marked
