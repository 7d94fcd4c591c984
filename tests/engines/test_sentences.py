"""Sentence boundaries on news text."""

from __future__ import annotations

import pytest

from claims.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. delegation met Mr. Smith. He left.", ["The U.S. delegation met Mr. Smith.", "He left."]),
        ("Dortmund get £88.5m. Then it ends.", ["Dortmund get £88.5m.", "Then it ends."]),
        ("It left. Dr. Jones came.", ["It left.", "Dr. Jones came."]),
        (
            "Headline without stop\n\nBody sentence one. Body two.",
            ["Headline without stop", "Body sentence one.", "Body two."],
        ),
        ('"It was an honor," he said. "Thank you."', ['"It was an honor," he said.', '"Thank you."']),
        # words the model takes for abbreviations ("in." for inches) still end a sentence before a capital
        (
            "The state had no plans to step in. Analysts expect a profit.",
            ["The state had no plans to step in.", "Analysts expect a profit."],
        ),
        ("The season ends in Sept. Prices rose.", ["The season ends in Sept.", "Prices rose."]),
        (
            "The vote is on Oct. 5 in Bern. He said no. Nobody came.",
            ["The vote is on Oct. 5 in Bern.", "He said no.", "Nobody came."],
        ),
        # a unit or a time of day after a number ends the sentence, unless a day or a time zone follows
        (
            "The engine shut down at around 212 km. Debris fell within the hazard area.",
            ["The engine shut down at around 212 km.", "Debris fell within the hazard area."],
        ),
        ("Rainfall reached 45 mm. Roads were closed.", ["Rainfall reached 45 mm.", "Roads were closed."]),
        ("Polls closed at 8 p.m. Turnout was low.", ["Polls closed at 8 p.m.", "Turnout was low."]),
        ("Polls closed at 8 p.m. Tuesday in Riga.", ["Polls closed at 8 p.m. Tuesday in Riga."]),
        ("Polls open at 7 a.m. Eastern time.", ["Polls open at 7 a.m. Eastern time."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_into_body() -> None:
    body = "Title line\n\n  First one here. Second one, with £3.5bn.\nThird."
    for s in split_sentences(body):
        assert body[s.start : s.end] == s.text
    assert [s.index for s in split_sentences(body)] == [0, 1, 2, 3]


def test_paragraphs_count_lines() -> None:
    sents = split_sentences("A one. A two.\n\nB one.")
    assert [s.paragraph for s in sents] == [0, 0, 1]


@pytest.mark.parametrize(
    "line",
    [
        "A headline with no full stop",
        "One sentence that ends here.",
        "Shares rose 2.5% to $3.10 in New York.",  # inner dots in numbers are no boundary
    ],
)
def test_line_without_inner_stop_is_one_sentence(line: str) -> None:
    # Such lines skip the splitter; the result must be what the splitter would give.
    assert [s.text for s in split_sentences(line)] == [line]
