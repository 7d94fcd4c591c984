"""Cutting a body into highlighted segments."""

from __future__ import annotations

import pytest

from claims.web.highlight import Segment, segment_body


@pytest.mark.parametrize(
    ("body", "spans", "expected"),
    [
        ("abcdef", [], [Segment("abcdef", ())]),
        ("abcdef", [(1, 0, 6)], [Segment("abcdef", (1,))]),
        ("abcdef", [(1, 1, 3)], [Segment("a", ()), Segment("bc", (1,)), Segment("def", ())]),
        (
            "abcdef",
            [(1, 0, 4), (2, 2, 6)],
            [Segment("ab", (1,)), Segment("cd", (1, 2)), Segment("ef", (2,))],
        ),
        ("abc", [(1, -5, 99)], [Segment("abc", (1,))]),
        ("abc", [(1, 2, 2)], [Segment("abc", ())]),
    ],
)
def test_segments_cover_the_body_and_tag_overlaps(body, spans, expected) -> None:
    segments = segment_body(body, spans)
    assert segments == expected
    assert "".join(s.text for s in segments) == body
