"""The extraction pipeline: cleaned body in, atomic claims out.

Stages, each a module testable alone: sentences -> filter (non-claims) ->
attribution frames -> atomic split -> quantities and dates -> claim kind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from claims.extraction.atomic import (
    Unit,
    appositives,
    is_verbish,
    lead_description,
    past_participle_clause,
    split_atomic,
)
from claims.extraction.attribution import Frame, SpeakerMemory, find_frames, hedge_spans, lower_words
from claims.extraction.dates import DATE_NAME, find_dates
from claims.extraction.filters import dateline_length, is_non_claim
from claims.extraction.quantities import find_quantities
from claims.extraction.sentences import Sentence, split_sentences
from claims.extraction.types import Attribution, ClaimKind, DateMention, ExtractedClaim, Quantity, SourceType

_Mention = TypeVar("_Mention", Quantity, DateMention)
_MENTION_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]{3,}")

_CAUSAL = re.compile(
    r"\b(?:because|due to|caused|causing|led to|leading to|triggered|as a result|thanks to|helped|resulted in|blamed)\b",  # noqa: E501
    re.I,
)
_POSITION = re.compile(
    r"\b(?:should|must|believes?|thinks?|hopes?|wants?|urged?|calls? for|opposes?|supports?|welcomed?|criticis|praised?|commended)\b",  # noqa: E501
    re.I,
)
_QUOTE_CHARS = re.compile(r"[\"“”]")
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=\s))(?:He|he|She|she)(?=\s+(?:\w+\s+)?\w+)")
_STATEMENT_LEAD = re.compile(
    r"(?:^|\b(?:In|in|At|at)\s+|['’]s\s+)(?P<what>(?:a|an|his|her|its|their|the)?\s*(?:statement|interview|press conference|news conference|briefing|speech|letter|post|remarks)\b.*?\b(?:on|late on|early on|last)\s+\w+day\b)"  # noqa: E501
)


# Patterns used inside functions, compiled once at import.
_ISSUED_BY = re.compile(r"\s+(?:the|a|an)\s+[\w-]+\s+\w+\s+issued\b")
_LEADING_QUOTES = re.compile(r"^[\"“”'’]+(?=[^\"“”]*$)")
_TRAILING_QUOTES = re.compile(r"(?<=[^\"“”])[\"“”]+$")
_ALPHA_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def extract_claims(body: str, published: dt.date | None = None, title: str | None = None) -> list[ExtractedClaim]:
    """Atomic claims of a cleaned article body, in body order; start/end are offsets into body."""
    memory = SpeakerMemory()
    memory.foresee(body)
    if title:
        memory.observe(title)  # the headline names who the story is about
    claims: list[ExtractedClaim] = []
    sentences = split_sentences(body)
    mentions = _ParagraphMentions(body, published, sentences)
    quoted_by: tuple[int, Attribution] | None = None  # paragraph and speaker of the last quotation
    for sentence in sentences:
        memory.start_sentence()
        # '"We will not pay," Tully said. "Our focus is on patients."': a quotation that follows one in its
        # paragraph is the same speaker's, and no pulled quote even when short.
        carried = (
            quoted_by[1]
            if quoted_by and quoted_by[0] == sentence.paragraph and _WHOLE_QUOTE.fullmatch(sentence.text.strip())
            else None
        )
        if carried is None and is_non_claim(sentence.text, title):
            memory.observe(sentence.text)
            quoted_by = None
            continue
        found = _sentence_claims(sentence, memory, mentions)
        if carried and found and all(c.attribution.type == SourceType.UNATTRIBUTED for c in found):
            found = [
                replace(c, attribution=carried, chain=(carried,), kind=ClaimKind.QUOTE, direct_quote=True)
                for c in found
            ]
        said = [c.attribution for c in found if c.direct_quote and c.attribution.type in _SPEAKERS]
        quoted_by = (sentence.paragraph, said[-1]) if said else None
        claims.extend(found)
    claims.sort(key=lambda c: (c.start, c.end))
    return [_with_affiliation(c, memory.affiliations) for c in claims] if memory.affiliations else claims


def _with_affiliation(claim: ExtractedClaim, employers: dict[str, str]) -> ExtractedClaim:
    """A claim whose source is a named person the article places in an organisation says which."""
    att = claim.attribution
    if att.type != SourceType.NAMED_PERSON or not att.source:
        return claim
    employer = employers.get(att.source.split()[-1])
    if employer is None:
        return claim
    att = replace(att, affiliation=employer)
    return replace(claim, attribution=att, chain=(*claim.chain[:-1], att) if claim.chain else ())


class _ParagraphMentions:
    """Quantities and dates read once per paragraph (one scan per line, not per sentence), served per sentence.

    A paragraph is one line of the body; the scanners stop their context windows at full stops, so a
    sentence gets what a scan of the sentence alone would give, and a bare "135 million" may take the
    currency of an amount before it in the article.
    """

    def __init__(self, body: str, published: dt.date | None, sentences: list[Sentence]) -> None:
        self.body = body
        self.published = published
        self.spans: dict[int, tuple[int, int]] = {}
        for s in sentences:
            a, b = self.spans.get(s.paragraph, (s.start, s.end))
            self.spans[s.paragraph] = (min(a, s.start), max(b, s.end))
        self.scanned: dict[int, tuple[list[Quantity], list[DateMention]]] = {}
        self.currency: str | None = None  # of the last amount read so far (paragraphs are read in order)

    def of(self, sentence: Sentence) -> tuple[list[Quantity], list[DateMention]]:
        """The quantities and dates inside one sentence, with offsets into the body (made once per paragraph)."""
        scan = self.scanned.get(sentence.paragraph)
        if scan is None:
            a, b = self.spans[sentence.paragraph]
            text = self.body[a:b]
            found = find_quantities(text, self.currency)
            self.currency = next((q.unit for q in reversed(found) if q.kind == "money" and q.unit), self.currency)
            scan = self.scanned[sentence.paragraph] = (
                [_rebase_q(q, a) for q in found],
                [_rebase_d(d, a) for d in find_dates(text, self.published)],
            )
        quantities, dates = scan
        lo, hi = sentence.start, sentence.end
        qs = [q for q in quantities if lo <= q.start and q.end <= hi]
        ds = [d for d in dates if lo <= d.offset and d.offset + len(d.text) <= hi]
        return qs, ds


_OWN_SOURCES_CUE = re.compile(r"\b(?:understands|learned|learnt)$")


def _sentence_claims(sentence: Sentence, memory: SpeakerMemory, mentions: _ParagraphMentions) -> list[ExtractedClaim]:
    text = sentence.text
    skip = dateline_length(text)
    words = lower_words(text)  # shared by the key-word checks of frames and hedges
    frames = [f for f in find_frames(text[skip:], words)]
    frames = [_shift(f, skip) for f in frames]

    first_frame = min((f.frame[0] for f in frames), default=len(text))
    memory.observe(text[:first_frame])
    # Resolve every frame; nested frames (according to X, Y said ...) form a chain.
    resolved: list[tuple[Frame, Attribution]] = []
    for frame in frames:
        att = memory.resolve(frame.source_phrase, frame.kind)
        if att.type == SourceType.MEDIA_OUTLET and _OWN_SOURCES_CUE.search(frame.cue):
            # "The Herald understands that ...": the outlet's own unnamed sources, not a report it cites.
            att = Attribution(SourceType.ANONYMOUS, None, None)
        att = Attribution(att.type, att.source, frame.cue)
        resolved.append((frame, att))
    for _, att in resolved:
        memory.remember(att)
    memory.observe(text[first_frame:])

    quantities, dates = mentions.of(sentence)
    hedges = hedge_spans(text, words)
    person = memory.salient_person()
    opener = _opening_person(text, skip, memory)
    # "Brightcart was fined after the watchdog found it had rigged its website": "it" is Brightcart
    memory.opening_thing = _opening_thing(text, skip, memory)

    # Content ranges with their chain; the innermost frame covering a range wins.
    ranges: list[tuple[int, int, tuple[Attribution, ...], Frame | None]] = []
    extra: list[Unit] = []
    if not resolved:
        ranges.append((skip, len(text), (), None))
    else:
        covered: list[tuple[int, int]] = []
        for i, (frame, _att) in enumerate(resolved):
            chain = tuple(a for f, a in resolved[: i + 1] if f is frame or _contains(f.content, frame.content))
            inner = [f for f, _ in resolved[i + 1 :] if _contains(frame.content, f.content)]
            if inner:
                continue  # the inner frame will emit this content with the full chain
            ranges.append((frame.content[0], frame.content[1], chain, frame))
            covered.append(frame.content)
        # "In a statement on Thursday, X said ...": when the statement was made is the outlet's claim.
        lead = min((f.frame[0] for f, _ in resolved), default=0)
        first_att = resolved[0][1]
        statement = (
            (_STATEMENT_LEAD.search(text[skip:lead]) or _STATEMENT_LEAD.search(resolved[0][0].source_phrase))
            if "day" in text  # the pattern ends in a weekday: no scan without one
            else None
        )
        if statement and first_att.source:
            what = _ISSUED_BY.sub("", statement.group("what"))
            extra.append(Unit(skip, resolved[0][0].frame[1], f"{first_att.source} issued {what}"))
        # A clause before the first frame ("Some $4bn was released, and Dar told ...") is the outlet's.
        before = text[skip:lead]
        scene = _PHRASE_ONLY.match(before)
        if scene and scene.group("np") and scene.group("done"):
            # "In its quarterly Inflation Report, published alongside the decision, the NBK said ...": the report
            # was published alongside the decision
            extra.append(Unit(skip, lead, f"{scene.group('np')} was {scene.group('done')}", background=True))
        elif (
            (len(before.split()) >= 5 or (len(before.split()) >= 3 and _AND_END.search(before)))  # "X closed and"
            and (_has_verb(before) or _CLAUSE_THEN_AND.search(before))  # "A both sell B, and the MCB said ..."
            and not scene
            and not any(a <= skip < b for a, b in covered)
        ):
            # "... ordered a recount after Lenz alleged that ...": the conjunction goes with the report
            ending = _SUBORDINATOR_END.search(before)
            ranges.insert(0, (skip, skip + ending.start() if ending else lead, (), None))
        # A clause after the last frame that no frame governs ("..., X said, and the deal could ...").
        tail = max(max(f.frame[1], f.content[1]) for f, _ in resolved)
        after = text[tail:]
        told_of_source = _SOURCE_RELATIVE.match(after)
        last_source = max(resolved, key=lambda r: r[0].frame[1])[1].source if told_of_source else None
        if told_of_source and last_source:
            # "..., according to Asharq Al-Awsat, which attended the briefing": Asharq Al-Awsat attended it
            extra.append(Unit(tail, len(text), f"{last_source} {told_of_source.group('body')}", last_source))
        elif len(after.split()) >= 5 and _has_verb(after) and not any(a < len(text) <= b for a, b in covered):
            ranges.append((tail, len(text), (), None))
        for frame, _ in resolved:
            extra.extend(appositives(text, frame.frame[0], frame.frame[1]))
        extra.extend(lead_description(text, skip))

    extra.extend(_description_units(text, skip, memory))

    out: list[ExtractedClaim] = []
    for start, end, chain, frame in ranges:
        att = chain[-1] if chain else Attribution()
        after = max(start, frame.frame[1]) if frame and att.source else end
        act = _SPEAKER_PARTICIPLE.search(text, after, end) if after < end else None
        if act and frame and (act.start() == after or text[act.start() : act.start("ing")].startswith(",")):
            # "Prices rose 4%, the agency said, citing higher energy costs", "The agency said prices rose 4%, citing
            # higher energy costs": the agency cited them (the outlet says so); what it said ends before
            what = past_participle_clause(text[act.start("ing") : end])
            said = Unit(act.start("ing"), end, f"{att.source} {what}", att.source)
            out.append(_claim(sentence, said, Attribution(), (), quantities, dates, hedges, person, memory, opener))
            end = act.start() if act.start() > after else frame.frame[0]
            if end <= start:
                continue
        cut = [f.frame for f, _ in resolved if start < f.frame[0] and f.frame[1] < end]
        # "Eindhoven-based Polymex reported ...": where it is based is a claim of its own (a description unit)
        if "-based" in text:
            cut += [(m.start(), m.start("name")) for m in _BASED_NAME.finditer(text, start, end)]
        for unit in split_atomic(text, start, end, person, cut):
            reported = None if chain else _reported_by_subject(unit, memory)
            if reported is not None:
                said, by = reported
                out.append(_claim(sentence, said, by, (by,), quantities, dates, hedges, person, memory, opener))
                continue
            more = _speaker_adds(unit, att)
            if more is not None:  # "X said A and added that B": B is X's too
                out.append(_claim(sentence, more, att, chain, quantities, dates, hedges, person, memory, opener))
                continue
            act = _speaker_act(unit, att)
            if act is not None:
                out.append(_claim(sentence, act, Attribution(), (), quantities, dates, hedges, person, memory, opener))
            elif unit.background:
                out.append(_claim(sentence, unit, Attribution(), (), quantities, dates, hedges, person, memory, opener))
            else:
                out.append(_claim(sentence, unit, att, chain, quantities, dates, hedges, person, memory, opener))
    for unit in extra:
        out.append(_claim(sentence, unit, Attribution(), (), quantities, dates, hedges, person, memory, opener))
    if not out and resolved:
        # What the cue governs is no claim ("The minister cited rising costs."): the act itself is the outlet's.
        for unit in split_atomic(text, skip, len(text), person):
            out.append(_claim(sentence, unit, Attribution(), (), quantities, dates, hedges, person, memory, opener))
    # Whom the next sentence's "he" or "she" means: this one's opening name, or whom its own pronoun meant.
    memory.subject = opener[0] if opener else (memory.subject or person) if _PRONOUN_SUBJECT.search(text) else None
    # What its "it" means: the organisation this one opens with, or what this one's own "it" meant.
    memory.thing = memory.opening_thing or (memory.thing if _IT_SUBJECT.match(text, skip) else None)
    return _dedupe(out)


# "It had abused its dominant position": a subject "it" that stands for something named, not "It is too early to".
_IT_SUBJECT = re.compile(
    r"\s*(?:It|Its)\s+(?!(?:is|was|'s|seems|seemed|appears|appeared|remains|remained|would be|will be|could be|"
    r"may be|might be|has been|had been|means|meant|(?:takes|took)(?=(?:\s+[\w'’-]+){1,6}?\s+(?:to|for)\b))\b)"
    r"(?=[a-z])"
)
_THING_LEAD = re.compile(
    r"\s*(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:['’]s)?(?:\s+(?=[a-z])|,\s)"
)


def _opening_thing(text: str, skip: int, memory: SpeakerMemory) -> str | None:
    """The organisation a sentence opens with ("Brightcart was fined ...", "Brightcart's shares fell"): a name the
    article also capitalises mid-sentence, neither a person nor a date."""
    m = _THING_LEAD.match(text, skip)
    if not m:
        return None
    name = m.group("name")
    first = name.split()[0]
    if first not in memory.mid_caps or DATE_NAME.match(first) or name in memory.sentence_persons:
        return None
    if first in memory.surnames or name.split()[-1] in memory.surnames or memory.is_person_name(name):
        return None
    return f"The {name}" if m.group().lstrip().startswith("The ") else name  # "The MSA would inspect ..."


def _opening_person(text: str, skip: int, memory: SpeakerMemory) -> tuple[str, int] | None:
    """The person a sentence opens with, titles allowed ("Finance Minister Oskar Dellin said ..."), and where."""
    for name in memory.sentence_persons:
        at = text.find(name, skip)
        lead = text[skip:at].strip(' "“')
        if at >= 0 and "," not in lead and len(lead.split()) <= 3 and all(w[0].isupper() for w in lead.split()):
            return name, at
    return None


# A clause joined to the next by ", and" / ";": a clause even when no verb of the word lists is in it.
_AND_END = re.compile(r"\s(?:and|but)\s*$")
# "In its Inflation Report, published alongside the decision, the NBK said ...", "Asked whether ..., he said":
# what stands before the speaker sets the scene, no clause of its own.
_PHRASE_ONLY = re.compile(
    r"\s*(?:(?:In|At|On|Under|For|From|With|By|After|Before|During|Among|Despite|Following)\s+(?P<np>[^,]*)|"
    r"(?:Asked|Speaking|Writing|Pressed|Questioned|Interviewed)\b[^,]*)(?:,\s*(?P<done>[a-z]+ed\b[^,]*))?,?\s*$"
)
_SUBORDINATOR_END = re.compile(
    r",?\s+(?:after|before|because|since|as|when|while|although|though|until|once|if|which|who|whom)\s*$"
)
_CLAUSE_THEN_AND = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s*$")


# What a speaker does besides speaking: "X said the plan was unaffordable and urged the union to return".
_SPEAKER_ACT = re.compile(
    r"(?:also\s+)?(?:urged|called|appealed|asked|demanded|pledged|promised|vowed|added|insisted|warned|declined|"
    r"refused|welcomed|thanked|apologi[sz]ed|critici[sz]ed|praised|accused|blamed|rejected|dismissed|told)\b"
)


# "The bank cut rates, saying inflation had eased" -> "The bank said inflation had eased": a reporting verb
# after the subject the participle clause took.
# Only "said" reports without "that": "added new taxes", "claimed victory" are acts.
_REPORTED_ACT = re.compile(
    r"^(?:(?P<said>said)\s+(?:that\s+)?|"
    r"(?P<cue>added|ruled|warned|argued|noted|insisted|stressed|explained|claimed)\s+that\s+)(?=[a-z])"
)


def _reported_by_subject(unit: Unit, memory: SpeakerMemory) -> tuple[Unit, Attribution] | None:
    """What a participle clause of reporting reports, attributed to the subject it took, with the cue."""
    rest = _after_subject(unit)
    m = _REPORTED_ACT.match(rest) if rest else None
    content = rest[m.end() :] if m else ""
    if not content or not _has_verb(content):
        return None
    source = memory.resolve(unit.subject, "speech")
    said = Unit(unit.start, unit.end, content[0].upper() + content[1:], None, unit.background)
    return said, Attribution(source.type, source.source, m.group("said") or m.group("cue"))


def _after_subject(unit: Unit) -> str | None:
    """The unit's text after the subject the splitter restored in front of it (None when it has none)."""
    if unit.subject and unit.text.startswith(unit.subject + " "):
        return unit.text[len(unit.subject) + 1 :]
    return None


def _speaker_adds(unit: Unit, att: Attribution) -> Unit | None:
    """A second report of the speaker's: "Noor said the results were encouraging but cautioned that side effects
    affected one in 20 patients" -> "Side effects affected one in 20 patients", Noor's."""
    rest = _after_subject(unit) if att.source else None
    m = _ADDS_THAT.match(rest) if rest else None
    if m is None or not _has_verb(rest[m.end() :]):
        return None
    content = rest[m.end() :]
    return Unit(unit.start, unit.end, content[0].upper() + content[1:], None, unit.background)


_ADDS_THAT = re.compile(
    r"(?:also\s+)?(?:(?:added|warned|insisted|cautioned|stressed|noted|said|argued|explained|acknowledged|admitted|"
    r"conceded|predicted)\s+that|said|added)\s+"  # "... and said temperatures would stay above 40C"
)


# A participle after a reporting frame that is the speaker's act, not more of what was said ("..., the agency
# said, citing higher energy costs"); "adding that", "warning that" are read as more speech by the frame finder.
_SPEAKER_PARTICIPLE = re.compile(r"[\s,]*(?P<ing>(?:citing|blaming|pointing|referring|attributing|crediting)\b)")


def _speaker_act(unit: Unit, att: Attribution) -> Unit | None:
    """A second predicate of a reported clause that is the speaker's own act, told by the outlet.

    "Mayor Okafor said the plan was unaffordable and urged the union to return to talks": the plan did not
    urge anything; the mayor did (and that she did is the outlet's claim, not hers).
    """
    rest = _after_subject(unit) if att.source else None
    if not rest or not _SPEAKER_ACT.match(rest):
        return None
    return Unit(unit.start, unit.end, f"{att.source} {rest}", att.source)


# Descriptions that stand for a named organisation and say something checkable about it.
_ROLE_NOUNS = (
    r"club|side|team|champions|giants|lender|bank|fund|company|firm|group|carrier|airline|insurer|retailer|"
    r"maker|manufacturer|producer|operator|broadcaster|newspaper|party|regulator|agency|ministry|government"
)
# "The Spanish champions are ..." / "Spain's record champions now ...": at the head of the sentence.
_LEAD_DESCRIPTION = re.compile(
    rf"^(?P<np>(?:The\s+(?P<mod>[A-Z][a-z]+(?:\s+[a-z]+)?)|(?P<owner>[A-Z][a-z]+)['’]s(?:\s+[a-z]+)?)\s+"
    rf"(?P<head>{_ROLE_NOUNS}))\b"
)
# "the Washington-based lender", "Harlow, the Ohio-based maker of ...": where the organisation is based.
_BASED = re.compile(
    r"(?:(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+)?\b(?:the|a|an)\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    r"-based\s+(?P<head>[a-z]+)\b"
)
_BASED_NAME = re.compile(r"\b(?P<place>[A-Z][\w.]*)-based\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
# "from English second-tier club Birmingham City": a description set before the name.
_DESCRIBED_NAME = re.compile(
    r"\b(?:from|to|at|for|with|by|joined|joins|left|leaves)\s+(?P<desc>(?:[A-Z][a-z]+\s+)?[a-z]+(?:-[a-z]+)+)\s+"
    rf"(?P<head>{_ROLE_NOUNS})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


# "buy Swiss valve and sensor maker Stalder Präzision", "Dutch industrial group Vandermolen Industrie has ...":
# a description of origin and trade set before the name, at the start of the sentence or after a verb of dealing.
_ORIGIN_DESCRIPTION = (
    r"(?P<desc>(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|Shares|Mr|Ms|Mrs|Dr|He|She|It|They|We|I)\b)[A-Z][a-z]+"
    r"(?:-[a-z]+)?(?:\s+(?:and\s+)?(?!(?:the|a|an)\b)[a-z]+(?:-[a-z]+)?){0,3})\s+"
    rf"(?P<head>{_ROLE_NOUNS}|specialist|miner|drugmaker|developer|supplier|chain|conglomerate|utility|trader)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
_ORIGIN_DESCRIBED_NAME = re.compile(
    r"\b(?:from|to|at|for|with|by|joined|joins|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|"
    rf"sell|sells|sold|selling|rival|and)\s+{_ORIGIN_DESCRIPTION}"
)
_ORIGIN_DESCRIBED_SUBJECT = re.compile(_ORIGIN_DESCRIPTION)
# "its blood pressure drug Cardiprex", "Halvern's asthma inhaler Breathra": a product named with what it is.
_OWNED_DESCRIBED_NAME = re.compile(
    r"\b(?:its|their|[A-Z][\w.-]*['’]s)\s+(?P<desc>(?:[a-z][a-z-]*\s+){1,3}?)"
    r"(?P<head>drug|medicine|vaccine|inhaler|treatment|product|brand|model|app|platform|subsidiary|unit|plant|"
    r"factory|mine|airline|newspaper|channel|device|phone|car)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)


# "the Ardmore copper mine near Kessel": Ardmore is a copper mine; the Ardmore mine is near Kessel (also after "its",
# "their", "Brightstone's").
_NAMED_FACILITY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*['’]s) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
    r"(?P<desc>(?:[a-z][a-z-]+ ){0,2}?)"
    r"(?P<head>mine|plant|factory|refinery|smelter|mill|hospital|airport|port|terminal|dam|prison|reactor|oilfield|"
    r"gasfield|depot|warehouse|shipyard|quarry)\b(?: (?P<where>near|outside|in) (?P<place>[A-Z][\w'’-]+))?"
)


# Capitalised words of origin keep their capital at a sentence's start ("Dutch", "Swiss", "Norwegian", "Chinese").
_DEMONYM_END = re.compile(r"(?:ish|ese|ian|an|ch|ss|i|ic|ean|ek)$")


def _facility_units(text: str) -> list[Unit]:
    """What a named facility is and where it lies, when the text says it in passing."""
    units = []
    for m in _NAMED_FACILITY.finditer(text):
        name, desc, head = m.group("name"), m.group("desc").strip(), m.group("head")
        if desc and not DATE_NAME.match(name):
            units.append(
                Unit(m.start("name"), m.end("head"), f"{name} is {_article(desc)} {desc} {head}", background=True)
            )
        if m.group("place"):
            where = m.group("where")
            units.append(
                Unit(m.start("name"), m.end(), f"The {name} {head} is {where} {m.group('place')}", background=True)
            )
    return units


def _description_units(text: str, skip: int, memory: SpeakerMemory) -> list[Unit]:
    """Claims hidden in descriptions of an organisation ("the Washington-based lender": IMF is based in Washington)."""
    units: list[Unit] = []
    m = _LEAD_DESCRIPTION.match(text, skip)
    if m:
        att = memory.resolve(m.group("np"), "speech")
        if att.type == SourceType.ORGANIZATION and att.source and att.source.lower() not in m.group("np").lower():
            verb = "are" if m.group("head").endswith("s") else "is"
            np = m.group("np") if m.group("owner") else "the " + m.group("np")[4:]
            units.append(Unit(m.start(), m.end(), f"{att.source} {verb} {np}", background=True))
    if "-based" in text:
        for m in _BASED.finditer(text):
            entity = m.group("name")
            if not entity:
                att = memory.resolve(f"the {m.group('head')}", "speech")
                entity = att.source if att.type == SourceType.ORGANIZATION and att.source else None
            if entity and not entity.lower().startswith("the "):
                units.append(Unit(m.start(), m.end(), f"{entity} is based in {m.group('place')}", background=True))
        for m in _BASED_NAME.finditer(text):  # "Eindhoven-based Polymex reported ...": Polymex is based in Eindhoven
            units.append(Unit(m.start(), m.end(), f"{m.group('name')} is based in {m.group('place')}", background=True))
    described = list(_DESCRIBED_NAME.finditer(text)) if "-" in text else []  # the description is hyphenated
    subject = _ORIGIN_DESCRIBED_SUBJECT.match(text, skip)  # the sentence opens with it
    more = ([subject] if subject else []) + list(_ORIGIN_DESCRIBED_NAME.finditer(text, skip))
    if "s " in text:  # "its ...", "Halvern's ..."
        more += _OWNED_DESCRIBED_NAME.finditer(text, skip)
    for m in more:
        if not any(d.start("desc") <= m.start("desc") < d.end() for d in described):
            described.append(m)
    for m in described:
        name, desc = m.group("name").rstrip("."), m.group("desc").strip()  # no full stop of a sentence's end
        first = desc.split()[0]
        if m.start("desc") == skip and first not in memory.mid_caps and not _DEMONYM_END.search(first):
            desc = first.lower() + desc[len(first) :]  # "Engine maker Torvald will ...": an engine maker
        units.append(
            Unit(m.start("desc"), m.end(), f"{name} is {_article(desc)} {desc} {m.group('head')}", background=True)
        )
    if " the " in text or text.startswith("The ") or "s " in text:  # "the ...", "its ...", "Brightstone's ..."
        units += _facility_units(text)
    return units


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _claim(
    sentence: Sentence,
    unit: Unit,
    att: Attribution,
    chain: tuple[Attribution, ...],
    quantities: list[Quantity],
    dates: list[DateMention],
    hedges: list[tuple[int, int]],
    person: str | None = None,
    memory: SpeakerMemory | None = None,
    opener: tuple[str, int] | None = None,
) -> ExtractedClaim:
    referent = _referent(unit, att, opener, memory) if memory and _PERSON_PRONOUN.search(unit.text) else None
    # what was said, not a relative clause inside it ("keep the rate at 6.50%, where it had stood since 2024")
    reported = att.type != SourceType.UNATTRIBUTED and not _RELATIVE_START.match(sentence.text, unit.start)
    text = _described(unit.text) if att.cue in _DESCRIBING else unit.text
    text = _finish(_resolve_references(text, referent or person, memory, referent is not None, reported))
    a, b = unit.start, unit.end
    # Quantities and dates carry body offsets already; a unit's range is in sentence offsets.
    ba, bb = sentence.start + a, sentence.start + b
    qs = _stated_in(text, tuple(q for q in quantities if ba <= q.start and q.end <= bb))
    ds = _stated_in(text, tuple(d for d in dates if ba <= d.offset and d.offset + len(d.text) <= bb))
    lead = text.split(" ", 1)[0].strip('"“').lower()
    if lead and not sentence.text[a:b].lstrip(' "“,').lower().startswith(lead):
        # A claim that opens with words from before its span ("a 2016 fire that killed four miners" -> "A 2016
        # fire killed four miners") states the dates written in them.
        ds += tuple(d for d in dates if ba - 80 <= d.offset < ba and d.text in unit.text and d not in ds)
    direct = bool(_QUOTE_CHARS.search(sentence.text[a:b]))
    hedged = any(a <= x and y <= b for x, y in hedges) or (
        att.type == SourceType.ANONYMOUS and bool(att.cue) and "understood" in (att.cue or "")
    )
    if direct and att.type != SourceType.UNATTRIBUTED:
        kind = ClaimKind.QUOTE
    elif qs:
        kind = ClaimKind.NUMERICAL
    elif _CAUSAL.search(text):
        kind = ClaimKind.CAUSAL
    elif att.type != SourceType.UNATTRIBUTED and _POSITION.search(text):
        kind = ClaimKind.POSITION
    else:
        kind = ClaimKind.EVENT
    return ExtractedClaim(
        text=text,
        start=sentence.start + a,
        end=sentence.start + b,
        sentence=sentence.text,
        sentence_index=sentence.index,
        attribution=att,
        chain=chain,
        quantities=qs,
        dates=ds,
        kind=kind,
        hedged=hedged,
        direct_quote=direct,
    )


# A description of the person the article is about: "the player", "the 19-year-old England midfielder".
_PERSON_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:\d+-year-old\s+)?(?:[A-Z][a-z]+\s+)?(?:player|midfielder|forward|striker|defender|goalkeeper|"
    r"teenager|youngster|international|\d+-year-old)\b(?![-\w])"
)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|his)\b")
_LENDER = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w-]*-based\s+|[a-z]+-based\s+)?lender\b")


_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|his)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")


def _referent(unit: Unit, att: Attribution, opener: tuple[str, int] | None, memory: SpeakerMemory) -> str | None:
    """Whom "he" or "she" in a claim means: the named speaker whose words it is ("Duda said he expected a cut"),
    else the person the sentence opens with, else the one the last sentence was about ("Lenz conceded. He
    declined to endorse ..."); None leaves it to the person the article is about."""
    if att.type == SourceType.NAMED_PERSON and att.source and not _FIRST_PERSON.search(unit.text):
        return att.source  # in the speaker's own words ("I trusted him") "him" is someone else
    if opener and opener[1] < unit.start:
        return opener[0]
    return memory.subject


def _resolve_references(
    text: str, person: str | None, memory: SpeakerMemory | None, sure: bool = False, reported: bool = False
) -> str:
    """A claim that can be read alone: "he", "him", "his" and "the player" become the person the article is
    about, "the lender" the lender last named, when the claim names nobody else (dev-corpus labelling rules);
    "It" opening a sentence, or "it" opening what someone said of it, the organisation named last.
    """
    if person and (sure or memory is None or not _names_other_person(text, person, memory)):
        if "he " in text or "He " in text:
            text = _PRONOUN_SUBJECT.sub(person, text, count=1)
        surname = person.split()[-1]
        if surname not in text:
            text = _PERSON_DESCRIPTION.sub(surname, text, count=1)
        if "hi" in text:
            text = _OBJECT_PRONOUN.sub(lambda m: surname if m.group() == "him" else f"{surname}'s", text)
    if memory is not None and memory.last_lender and "lender" in text:
        lender = memory.last_lender.removeprefix("the ").removeprefix("The ")
        text = _LENDER.sub(lambda m: f"{m.group()[:3]} {lender}", text, count=1)  # "the lender" -> "the IMF"
    kind = _INSTITUTION_LEAD.match(text) if memory is not None and memory.institutions else None
    if kind and (name := memory.institutions.get(kind.group(1))) and name not in text:
        # "The authority could not fund a 9% rise" -> "The Carrowby Transit Authority could not ..."
        named = name if kind.group(1) in name.lower() or name.isupper() else f"{name} {kind.group(1)}"
        text = f"The {named}{text[kind.end() :]}"
    thing = None
    if memory is not None and text[:2] == "It":
        thing = memory.thing
    elif memory is not None and reported and text[:2] == "it":  # "found it had rigged", not "where it had stood"
        thing = memory.opening_thing
    if thing and thing.removeprefix("The ") not in text and _IT_SUBJECT.match("I" + text[1:]):
        # "It had abused its dominant position" -> "Brightcart had abused ..."; "Its shares fell" -> "Brightcart's"
        text = (f"{thing}'s" if text[:4] in ("Its ", "its ") else thing) + text[text.index(" ") :]
    return text


_DESCRIBING = frozenset({"described", "describes"})
_DESCRIBED_AS = re.compile(r"(?P<what>[^\"“]+?)\s+as\s+(?P<how>.+)", re.S)


def _described(text: str) -> str:
    """What a description says: "described Bellingham as one of the greatest talents" -> "Bellingham is one of the
    greatest talents"; "described the talks as fruitful" -> "The talks are fruitful"."""
    m = _DESCRIBED_AS.fullmatch(text)
    if not m:
        return text
    what = m.group("what")
    last = what.split()[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and not last[0].isupper()
    return f"{what} {'are' if plural else 'is'} {m.group('how')}"


_SOURCE_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?P<body>[a-z][^,;]{3,}?)[.!]?\s*$")
_RELATIVE_START = re.compile(r"(?:where|when|which|who)\b")
_INSTITUTION_LEAD = re.compile(r"[Tt]he ([a-z]+)\b(?=['’]s\b| )")


def _names_other_person(text: str, person: str, memory: SpeakerMemory) -> bool:
    """The claim names a person of the article other than `person` (then pronouns may point to them)."""
    own = person.split()[-1]
    return any(surname != own and surname in text for surname in memory.surnames)


def _stated_in(text: str, mentions: tuple[_Mention, ...]) -> tuple[_Mention, ...]:
    """The mentions of a claim's span that its text states, word for word or by a telling word.

    Claims split from one clause share its span ("played 132 matches and scored 24 goals"): each keeps its
    own numbers. A rewritten mention counts by a word of it the text keeps ("the 19-year-old" -> "19 years
    old", "on Wednesday, June 7" -> "on Wednesday"), unless that word only repeats a mention the text
    states word for word ("24 goals" and "24 assists" in "produced 24 goals").
    """
    low = text.casefold()
    exact = [m for m in mentions if m.text.casefold() in low]
    if len(exact) == len(mentions):
        return mentions
    covered = {w for m in exact for w in _telling_words(m.text)}
    words = _telling_words(low)
    return tuple(m for m in mentions if m in exact or (_telling_words(m.text) & words) - covered)


_PLAIN_WORDS = frozenset(
    """the and for with than more less over under about around some could would may might reach much last this
    next from year years month months day days week weeks per cent percent million billion thousand times""".split()  # noqa: SIM905
)


@lru_cache(maxsize=8192)
def _telling_words(text: str) -> frozenset[str]:
    """Numbers and words of three letters or more of a mention, without the ones any amount or date may use."""
    return frozenset(w for w in _MENTION_WORD.findall(text.casefold()) if w not in _PLAIN_WORDS)


def _rebase_q(q: Quantity, by: int) -> Quantity:
    return Quantity(q.kind, q.low, q.high, q.unit, q.text, q.start + by, q.end + by)


def _rebase_d(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start, d.end, d.text, d.offset + by)


_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|but|or|while|whereas)$")


_SPEAKERS = frozenset({SourceType.NAMED_PERSON, SourceType.ORGANIZATION, SourceType.ANONYMOUS})
_SPACE_BEFORE_STOP = re.compile(r"\s+([.!?])$")  # a cut-out aside leaves "Stalder Präzision AG ."
_WHOLE_QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def _finish(text: str) -> str:
    text = _SPACE_BEFORE_STOP.sub(r"\1", " ".join(text.split()).strip(" ,;:–—"))
    if text.endswith(("and", "but", "or", "while", "whereas")):
        text = _TRAILING_CONJUNCTION.sub("", text).strip(" ,;:–—")
    whole = _WHOLE_QUOTE.fullmatch(text)
    if whole:  # '"We will not be paying a ransom,"': the quotation is the claim (direct_quote says it was one)
        text = whole.group(1).strip(" ,;:")
    text = _LEADING_QUOTES.sub("", text) if text[:1] in "\"“”'’" else text
    if text.count('"') % 2 == 1 or text.count("”") > text.count("“"):
        text = _TRAILING_QUOTES.sub("", text).rstrip(" ,;:")  # 'the size of the cut,"' loses its comma too
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in '.!?"”':
        text += "."
    return text


def _has_verb(text: str) -> bool:
    words = _ALPHA_WORD.finditer(text)
    next(words, None)  # the first word opens the clause: not its verb
    return any(is_verbish(m.group()) for m in words)


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and outer != inner


def _shift(f: Frame, by: int) -> Frame:
    if not by:
        return f
    return Frame(
        f.source_phrase,
        f.cue,
        (f.content[0] + by, f.content[1] + by),
        (f.frame[0] + by, f.frame[1] + by),
        f.kind,
        f.hedged,
    )


def _dedupe(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    seen: set[str] = set()
    out = []
    for c in claims:
        key = c.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
