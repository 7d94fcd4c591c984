"""What the held-out gold builders share: value keys, claims with canonical sources, the span checks, writing.

Each corpus's build_gold.py states its articles, claims and notes, and calls these. They build on the dev
corpus's goldlib (../shared/dev-corpus), which keeps the articles and claims and derives the links.
"""

import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

SHARED = Path(__file__).resolve().parents[4] / "shared" / "dev-corpus"  # tests/engines/data -> /work/shared
sys.path.insert(0, str(SHARED))
import goldlib  # noqa: E402
from goldlib import AN, DOC, MO, NP, ORG, D, Q, U, article  # noqa: E402, F401 (the claim builders, for the scripts)


def qv(unit, low, high):
    """A quantity fact value: {unit: "low..high"}, "?" for an open bound."""
    f = lambda x: "?" if x is None else (f"{x:g}")  # noqa: E731
    return {unit: f"{f(low)}..{f(high)}"}


def qm(*parts):
    """Several quantity fact values in one."""
    out = {}
    for unit, low, high in parts:
        out.update(qv(unit, low, high))
    return out


def dv(start, end=None):
    """A date fact value: "start..end"."""
    return f"{start}..{end or start}"


def claim_maker(canon: Mapping[str, str]) -> Callable:
    """`c(slug, text, span, att, q, d, facts)`: one claim, numbered in order of appearance within its article.

    The claim's attribution, canonicalised by `canon` (spokespeople and officials count as their
    organisation; unnamed or missing sources give nothing), is copied into each of its fact values, so that
    an attribution conflict is derived whenever two linked claims name different sources.
    """
    counter: dict[str, int] = {}

    def c(slug, text, span, att=None, q=(), d=(), facts=None):
        att = att or U()
        source = None
        if att["type"] in ("named_person", "organization", "media_outlet", "document") and att["source"]:
            source = canon.get(att["source"], att["source"])
        fx = {}
        for key, val in (facts or {}).items():
            val = dict(val or {})
            if source and "attribution" not in val:
                val["attribution"] = source
            fx[key] = val
        n = counter[slug] = counter.get(slug, 0) + 1
        return goldlib.claim(slug, n, text, span, att, q, d, fx)

    return c


def article_maker(base: Path) -> Callable:
    """`art(slug, story, noise)`: an article read from base/articles/<story>/<slug>.txt."""

    def art(slug, story, noise):
        return article(slug, f"articles/{story}/{slug}.txt", story, noise=noise, base=str(base))

    return art


NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion|dozen|twice|once|half|third|fifth|second|single"
)
TIME_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|yesterday|today|tomorrow|week|month|year"
)
TOKEN = re.compile(rf"\d[\d,.]*\d|\d|\b(?:{NUM_WORDS}|{TIME_WORDS})\b", re.I)
# "one of the ..." is not a number expression (the dev corpus records no quantity for it)
NOT_NUMBER = re.compile(r"one of\b", re.I)


def check(unique_spans: bool = False) -> int:
    """Spans inside the body below the title line, not in noise; quantity/date texts inside spans; every
    number and calendar word of a span covered by a recorded quantity or date. Returns the number of errors.

    Each claim records only the quantities and dates it states itself (dev-corpus practice: claims split
    from one sentence or list share a span, and each carries only its own numbers). So the coverage check
    runs over the union of the claims that share the text: a number or date word at a given place in the
    body must be recorded, at that place, by at least one claim of the article whose span contains it.
    Shared spans may be identical or nested ("Ardmore, which employs about 1,400 people" inside
    "Operations at Ardmore, which employs about 1,400 people, have been suspended"). A number that no
    claim records is still an error. With `unique_spans`, a span must also occur only once in its body.
    """
    bad = 0
    for slug in goldlib._ORDER:
        a = goldlib._ARTICLES[slug]
        body = a["_body"]
        title_end = body.index("\n") + 1
        for ns in a["noise"]:
            if ns not in body:
                print("NOISE NOT IN BODY", slug, ns[:50])
                bad += 1
        placed = []  # (claim, body offset of its span)
        covered = []  # body intervals of recorded quantity/date texts, over all claims of the article
        for cl in a["claims"]:
            span = cl["span"]
            pos = body.find(span)
            if pos < title_end:
                print("SPAN NOT IN BODY (below title)", cl["id"], span[:60])
                bad += 1
                continue
            if unique_spans and body.count(span) > 1:
                print("SPAN NOT UNIQUE IN BODY", cl["id"], span[:60])
                bad += 1
            if any(span in ns for ns in a["noise"]):
                print("SPAN IN NOISE", cl["id"])
                bad += 1
            for x in cl["quantities"] + cl["dates"]:
                if x["text"] not in span:
                    print("TEXT NOT IN SPAN", cl["id"], x["text"])
                    bad += 1
                for m in re.finditer(re.escape(x["text"]), span):
                    covered.append((pos + m.start(), pos + m.end()))
            placed.append((cl, pos))
        reported = set()
        for cl, pos in placed:
            span = cl["span"]
            for m in TOKEN.finditer(span):
                s, e = pos + m.start(), pos + m.end()
                if any(cs <= s and e <= ce for cs, ce in covered):
                    continue
                if NOT_NUMBER.match(span, m.start()):
                    continue
                if (s, e) in reported:
                    continue
                reported.add((s, e))
                print(
                    "UNRECORDED NUMBER/DATE WORD (no claim sharing the span records it)",
                    cl["id"],
                    repr(m.group(0)),
                    "in",
                    repr(span[:70]),
                )
                bad += 1
    return bad


def build(base: Path, notes: Mapping[str, str], unique_spans: bool = False) -> None:
    """Check the corpus, write base/gold.json and print what it holds (exit with a message on errors)."""
    if check(unique_spans):
        sys.exit("gold not written: fix the errors above")
    gold = goldlib.write_gold(os.path.join(str(base), "gold.json"), notes)
    links = gold["links"]
    conf = {}
    for ln in links:
        if ln["relation"] == "conflict":
            conf[ln["field"]] = conf.get(ln["field"], 0) + 1
    claims = sum(len(a["claims"]) for a in gold["articles"])
    same = sum(1 for ln in links if ln["relation"] == "same")
    articles = len(gold["articles"])
    print(f"wrote gold.json: {articles} articles, {claims} claims, {len(links)} links ({same} same; conflicts {conf})")
