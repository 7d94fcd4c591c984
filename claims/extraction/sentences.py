"""Sentence boundaries of a cleaned article body, with character offsets.

Boundaries come from blingfire (a compiled tokenizer: ~3,000 articles/s, and
it keeps "U.S.", "Mr.", "£88.5m." right); each line is segmented on its own
because news bodies put headlines, captions and datelines on lines without a
full stop. A small repair step merges splits after honorifics ("Dr.") that
the model occasionally makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import blingfire


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body; `start`/`end` are offsets into the body."""

    text: str
    start: int
    end: int
    index: int
    paragraph: int


_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|St|Rev|Hon|No|Nos|Jr|Sr|Mt|Ft)\.$")
_SPLIT_BEFORE_TITLE = re.compile(r"(?<=[a-z]{2})\.\s+(?=(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt)\.\s+[A-Z])")
# Words the splitter's model reads as abbreviations even at a sentence's end ("would step in. Analysts expect",
# "ends in Sept. Prices rose"): split after them before a capitalised word (not before a day number: "Sept. 5").
_ABBREVIATION_LIKE_WORDS = ("in", "no", "etc", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
_SPLIT_AFTER_WORD = re.compile(rf"(?<![\d.])\s(?:{'|'.join(_ABBREVIATION_LIKE_WORDS)})(?P<stop>\.)\s+(?=[A-Z][a-z]+\b)")
_ABBREVIATION_LIKE = tuple(f" {word}. " for word in _ABBREVIATION_LIKE_WORDS)  # a cheap test before the pattern
# A unit or a time of day after a number ends a sentence before a capitalised word ("at around 212 km. Debris
# fell", "closed at 3 p.m. Officials said"), but not before a day, a month or a time zone ("at 10 a.m. Tuesday").
_SPLIT_AFTER_UNIT = re.compile(
    r"\d\s?(?:km|mm|cm|kg|mg|mph|kph|pct|bn|mn|tn|lbs?|oz|[ap]\.m)(?P<stop>\.)\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Eastern|Central|Pacific|Mountain|Moscow|Beijing|Tokyo)\b)"
    r"(?=[A-Z][a-z]+\b)"
)
_LINE = re.compile(r"[^\n]+")
# A possible boundary inside a line: end punctuation (closing quotes or brackets allowed), space, more text.
_INNER_STOP = re.compile(r"[.!?…。][\"”’')\]]*\s+\S")


def _segment_line(line: str) -> list[tuple[int, int]]:
    """Sentence offsets within one line, honorific splits merged back."""
    if not line.strip():
        return []
    # Headlines, captions and one-sentence paragraphs have no inner full stop: no need for the splitter.
    offsets = _fast_offsets(line) if _INNER_STOP.search(line) else [(0, len(line))]
    spans: list[list[int]] = []
    for start, end in offsets:
        if spans and _HONORIFIC_END.search(line[spans[-1][0] : spans[-1][1]]):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    out: list[tuple[int, int]] = []
    abbreviation_like = any(word in line for word in _ABBREVIATION_LIKE)
    for s, e in spans:
        # The model keeps "left. Dr. Jones" together: split before a title after a full stop.
        cursor = s
        cuts = [(m.start() + 1, m.end()) for m in _SPLIT_BEFORE_TITLE.finditer(line, s, e)]
        if abbreviation_like:
            cuts += [(m.end("stop"), m.end()) for m in _SPLIT_AFTER_WORD.finditer(line, s, e)]
        cuts += [(m.end("stop"), m.end()) for m in _SPLIT_AFTER_UNIT.finditer(line, s, e)]
        for stop, next_start in sorted(cuts):
            out.append((cursor, stop))
            cursor = next_start
        out.append((cursor, e))
    return out


def _fast_offsets(line: str) -> list[tuple[int, int]]:
    """Sentence offsets from blingfire's C splitter, located in the line with str.find.

    blingfire's own offsets helper maps tokens back in Python and costs ~15x more.
    """
    offsets, cursor = [], 0
    for sent in blingfire.text_to_sentences(line).split("\n"):
        if not sent:
            continue
        pos = line.find(sent, cursor)
        if pos < 0:  # the splitter normalised something: fall back to exact offsets
            return list(blingfire.text_to_sentences_and_offsets(line)[1])
        offsets.append((pos, pos + len(sent)))
        cursor = pos + len(sent)
    return offsets


def split_sentences(body: str) -> list[Sentence]:
    """Split `body` into sentences in order; each non-blank line is a paragraph."""
    sentences: list[Sentence] = []
    paragraph = -1
    for match in _LINE.finditer(body):
        line = match.group()
        if not line.strip():
            continue
        paragraph += 1  # news bodies put one paragraph on each line
        base = match.start()
        for start, end in _segment_line(line):
            text = line[start:end]
            # blingfire trims outer spaces itself; keep offsets exact anyway.
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            text = text.strip()
            if not text:
                continue
            sentences.append(
                Sentence(
                    text=text,
                    start=base + start + lead,
                    end=base + end - trail,
                    index=len(sentences),
                    paragraph=paragraph,
                )
            )
    return sentences
