"""Attribution: who a sentence's content comes from (source type, name, cue).

Hand-written because no library does PARC-style attribution for news text at
this speed. Two parts:

* `find_frames(text)` finds reporting frames in one sentence ("X said ...",
  "..., X said", "according to X", "X told Y: ...", "is understood to",
  "As reported in ...") and returns the character range each frame governs.
* `SpeakerMemory` resolves the frame's source phrase to a name and a type,
  remembering speakers and mentions across sentences so that "he", "the
  same official", "the lender" or "the club" point back to the last match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.extraction.atomic import ORG_HEAD_END, is_single_name, is_verbish
from claims.extraction.dates import DATE_NAME
from claims.extraction.quantities import CURRENCY_CODES
from claims.extraction.types import Attribution, SourceType

# Reporting verbs; the stance is not needed for the type, only for the cue.
CUE_VERBS = (
    "said|says|say|stated|states|told|tells|added|adds|noted|notes|stressed|stresses|"
    "emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|affirmed|affirms|confirmed|confirms|"
    "announced|announces|predicted|predicts|warned|warns|claimed|claims|argued|argues|"
    "explained|explains|cited|cites|listed|lists|described|describes|revealed|reveals|"
    "reported|reports|insisted|insists|clarified|clarifies|acknowledged|acknowledges|"
    "admitted|admits|disclosed|discloses|estimated|estimates|indicated|indicates|"
    "suggested|suggests|believes|believed|wrote|writes|tweeted|posted|commended|commends|"
    "underlined|underscored|maintained|maintains|contended|alleged|alleges|denied|denies|"
    "asserted|asserts|declared|declares|observed|remarked|mentioned|concluded|projected|"
    "forecast|praised|praises|critici[sz]ed|pointed out|went as far as saying|cautioned|cautions|"
    "went on to say|expects|expected|hopes|hoped|thinks|thought|argued|recalled|recalls|"
    "showed|shows|stipulates|stipulated|states|projects|ruled|rules|found|finds|understands|learned|learnt"
)
_AUX = r"(?:(?:has|have|had|will|would|also|earlier|previously|already|repeatedly|even|later|further|then|once again|again)\s+)*"  # noqa: E501
_CUE = rf"{_AUX}(?P<cue>{CUE_VERBS})"

# Verbs whose object is itself the content only when "that"/":"/a clause follows.
_SPEECH_ONLY_WITH_CLAUSE = {
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "disclosed",
    "discloses",
    "revealed",
    "reveals",
    "reported",
    "reports",
    "showed",
    "shows",
    "ruled",
    "rules",
    "found",
    "finds",
    "understands",
    "learned",
    "learnt",
    "declared",  # "declared a state of calamity", "declared the fire contained": an act, unless "that" follows
    "declares",
    "praised",  # "praised Algeria's efforts to cut off terrorist financing": the praise is the act, its object no claim
    "praises",
    "commended",
    "commends",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "underlined",  # "underlined the two countries' joint interest in ...": what was stressed is no claim of its own
    "underlines",
    "underscored",
    "underscores",
    "highlighted",
    "highlights",
    "stressed",
    "stresses",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
}

_KNOWN_OUTLETS = (
    "Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|CNBC|RT|Sputnik|"
    "Al Jazeera|Al Arabiya|Asharq Al-Awsat|Xinhua|TASS|Interfax|Anadolu|Dawn|Politico|Axios|"
    "Financial Times|Wall Street Journal|New York Times|Washington Post|Guardian|Telegraph|"
    "Times|Le Monde|Der Spiegel|Bild|Kicker|Marca|AS|L'Equipe|Sky Sports|Sky News|ESPN|"
    "Africa Intelligence|Arab World|The Athletic|Fox News|NBC|CBS|ABC|Yonhap|Kyodo|NHK|EFE|ANSA|dpa|DPA"
)
_OUTLET_WORDS = re.compile(
    rf"\b(?:{_KNOWN_OUTLETS})\b|\b(?:Times|Post|News|Journal|Herald|Gazette|Tribune|Daily|Agency|"
    r"Intelligence|Magazine|Newspaper|Radio|TV|Television|Press|Chronicle|Observer|Express|Mirror|Sun)\b"
)
_SECTORS = (
    r"Foods|Motors|Airlines|Airways|Ferries|Energy|Holdings|Industries|Technologies|Systems|Partners|Capital|"
    r"Securities|Pharmaceuticals|Media|Networks|Telecom|Communications|Logistics|Insurance|Investments|"
    r"Resources|Mining|Petroleum|Oil|Gas|Power|Railways?|Shipping|Steel|Chemicals|Brands|Stores|Retail|"
    r"Therapeutics|Labs|Laboratories|Pharma|Biotech|Biosciences|Lines|Software|Electronics|Engineering"
)
_ORG_WORDS = re.compile(
    r"\b(?:Ministry|Fund|Bank|Embassy|Army|Navy|Force|Forces|Council|Commission|Government|"
    r"Department|Office|Agency|Union|Association|League|Federation|Company|Inc|Ltd|Corp|Group|"
    r"Party|Court|Police|Board|Committee|Authority|Institute|University|Club|FC|Organi[sz]ation|"
    r"Parliament|Congress|Senate|Assembly|Cabinet|Administration|Secretariat|Bureau|Service|"
    r"Treasury|Reserve|Exchange|Foundation|Center|Centre|Programme|Program|Movement|Alliance|"
    r"Trust|Society|Coalition|Charity|Hospital|Consortium|"
    r"United|City|Madrid|Borussia|Bayern|Real|Kremlin|Pentagon|White House|Elysee|Downing Street|"
    # company names end in what the firm does
    rf"{_SECTORS})\b"
)
_SECTOR_WORD = re.compile(_SECTORS)
_DOCUMENT_WORDS = re.compile(
    r"\b(?:report|law|bill|budget|letter|document|study|survey|draft|memo|memorandum|filing|decree|"
    r"resolution|directive|regulation|constitution|treaty|data|figures|statistics|census|minutes|"
    r"communiqu[eé]|white paper|assessment|audit|review|analysis|poll|forecast)s?\b",
    re.I,
)
# A phrase ending in a document noun: "the company's annual report", "the results statement".
_DOCUMENT_HEAD = re.compile(
    r"\b(?:report|law|bill|budget|letter|document|study|survey|filing|decree|memo|memorandum|accounts|figures|"
    r"statistics|data|minutes|prospectus|results statement|ruling|judgment|verdict)s?$"
)
_ISSUED = re.compile(r"\s+(?:published|released|issued|out)\b.*$", re.I)  # "results published on Sunday"
_ANON_LEAD = re.compile(
    r"^(?:a|an|some|several|two|three|four|many|one|sources?|officials?|members?|people|analysts?|experts?|"
    r"economists?|diplomats?|insiders?|residents?|observers?|investors?|traders?|critics?|lawmakers?|"
    r"executives?|campaigners?|activists?|workers?|employees?|staff|local|business|doctors?|nurses?|witnesses|"
    r"rescuers?|firefighters?|paramedics?|investigators?|prosecutors?|shopkeepers?|passengers?|fans|parents|"
    r"teachers?|farmers?|organi[sz]ers?|private|researchers?|scientists?)\b"
)
_ANON_HEAD = re.compile(
    r"\b(?:officials?|sources?|diplomats?|people|persons?|insiders?|observers?|analysts?|experts?|"
    r"witnesses?|residents?|members?|spokes(?:man|woman|person)|representatives?|aides?|someone|"
    r"delegation|delegates|negotiators?|executives?|investigators?|advisers?|advisors?)\b",
    re.I,
)
_PERSON_ROLE = re.compile(
    r"\b(?:international|midfielder|striker|forward|defender|goalkeeper|player|coach|manager|"
    r"minister|president|premier|prime minister|chancellor|secretary|governor|official|"
    r"spokes(?:man|woman|person)|chief|director|chairman|chairwoman|ceo|head|ambassador|envoy|"
    r"senator|lawmaker|general|commander|leader|king|queen|prince|mayor|economist|analyst|"
    r"captain|star|teenager|winger|veteran|executive)\b",
    re.I,
)
_ORG_ROLE = re.compile(
    r"\b(?:club|side|team|lender|fund|bank|ministry|government|company|firm|group|agency|embassy|"
    r"army|board|council|commission|federation|league|organi[sz]ation|institution|body|"
    r"authorit(?:y|ies)|administration|regulator|union|party|champions|giants|outfit|champion|airline|carrier|"
    r"insurer|retailer|maker|carmaker|manufacturer|producer|operator|miner|utility|broadcaster|watchdog|charity)\b",
    re.I,
)
# Organisation kinds a description names precisely enough not to stand for just any organisation of the story.
_KIND_HEADS = frozenset(
    """bank ministry government embassy army council commission federation league union party board airline carrier
    insurer retailer maker carmaker manufacturer producer operator miner utility broadcaster watchdog
    charity""".split()  # noqa: SIM905
)
_LENDER = re.compile(r"\b(?:IMF|International Monetary Fund|World Bank|[A-Z][\w-]* (?:Development )?Bank|[A-Z]{2,}B)\b")

_HEDGES = re.compile(
    r"\b(?:reportedly|supposed(?:ly)?|allegedly|could|might|may|is poised to|are poised to|"
    r"(?:is|are|was|were) expected to|expected to|likely|possibly|potential(?:ly)?|"
    r"(?:is|are|was|were) understood|rumou?red|believed to|set to|would|appears? to|seems? to|"
    r"(?:is|are) said to|unconfirmed|purportedly|apparently)\b",
    re.I,
)

_POSSESSIVE_SPLIT = re.compile(r"['’]s\s+(?=[A-Z])")
_PRONOUN = re.compile(r"^(?:he|she|him|her|his)$", re.I)
_PLURAL_PRONOUN = re.compile(r"^(?:they|it|we)$", re.I)

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-\w+|bin|de|da|del|van|von|der|di|le|la|of|for|and|the)"
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:al-|bin |de |da |del |van |von |der |di |le |la )?[A-Z][\w'’.-]*))*"
)


@dataclass(frozen=True)
class Frame:
    """A reporting frame found in a sentence; ranges are offsets into the sentence text."""

    source_phrase: str
    cue: str
    content: tuple[int, int]
    frame: tuple[int, int]
    kind: str = "speech"  # speech | anonymous | according | media
    hedged: bool = False
    extra_frame: tuple[int, int] | None = None  # a second cut-out piece (parenthetical frames)


def is_hedged(text: str) -> bool:
    """True when the text contains a hedge ("reportedly", "could", "expected to" ...)."""
    return bool(_HEDGES.search(text))


def lower_words(text: str) -> set[str]:
    """The lower-cased words of a text, for the cheap key-word checks that spare pattern scans."""
    return set(_LOWER_WORD.findall(text.lower()))


def hedge_spans(text: str, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Where the hedges of a text are, so that each claim of a sentence is checked without a new scan.

    `words` (lower_words of the text, or of a text holding it) spares the key-word pass.
    """
    if _HEDGE_WORDS.isdisjoint(lower_words(text) if words is None else words):
        return []
    return [m.span() for m in _HEDGES.finditer(text)]


_HEDGE_WORDS = frozenset(
    [
        "reportedly",
        "supposed",
        "supposedly",
        "allegedly",
        "could",
        "might",
        "may",
        "poised",
        "expected",
        "likely",
        "possibly",
        "potential",
        "potentially",
        "understood",
        "rumoured",
        "rumored",
        "believed",
        "set",
        "would",
        "appear",
        "appears",
        "seem",
        "seems",
        "said",
        "unconfirmed",
        "purportedly",
        "apparently",
    ]
)


# --- frame patterns --------------------------------------------------------------

# "According to Petra Lindqvist, who chairs the IOSA, sellers were warned ...": the relative clause on the source
# belongs to the frame (it becomes a claim of its own there), not to what the source says.
_ACCORDING_LEAD = re.compile(
    r"^(?P<lead>.{0,80}?\b)?(?P<cue>[Aa]ccording to)\s+(?P<src>[^,;:]+?)\s*,\s+(?:(?:who|which)\s+[^,;:]{3,160}?,\s+)?"
)
# The source ends at the sentence end, or before a clause of the outlet's own (", meaning ...").
_ACCORDING_TRAIL = re.compile(
    r",?\s*(?P<cue>according to)\s+(?P<src>[^;:]+?)\s*"
    r"(?P<end>[.!]?[\"”’]?\s*$|(?=;\s)|(?=,\s+(?:meaning|which|leaving|making|putting|bringing|while|but)\b))"
)
_AS_REPORTED = re.compile(
    r"^(?P<cue>As (?:was |has been |had been )?(?:reported|revealed|disclosed|announced|stated|noted)"
    r"(?: (?:in|on|by|earlier|last|previously|this) [^,]+)?)\s*,\s+"
)
_UNDERSTOOD = re.compile(
    r"\b(?P<cue>(?:is|are|was|were) (?:understood|reported|said|believed|thought|rumou?red|alleged) to|"
    r"reportedly|allegedly|it is understood(?: that)?|it was reported(?: that)?|it is believed(?: that)?)\b",
)
_SOURCES_SAY = re.compile(
    r"^(?P<src>(?:[A-Z][\w-]*\s+)?(?:media|diplomatic|security|government|official|informed|"
    r"well-placed|local|military|intelligence|close|several|multiple|unnamed|anonymous)?\s*"
    r"(?:sources?|insiders?)(?:\s+(?:close to|familiar with|at|in|within)\s+[^,]+?)?)\s+"
    rf"{_CUE}\b(?:\s+that)?\s*",
    re.I,
)
# "X said (that) ...": subject phrase then cue.  The subject is searched for
# after the last clause boundary before the cue.
_LEAD_CUE = re.compile(rf"(?:^|(?<=[\s,;:–—(\"“]))(?P<pre>{_AUX})(?P<cue>{CUE_VERBS})\b")
# "... on Tuesday", "... last week", "... on March 12": when the speaker spoke, after the cue.
_WHEN = (
    r"(?:\s+(?:(?:late |early )?on|last|this)\s+(?:[A-Z][a-z]+day|week|month|night|morning)"
    r"|\s+(?:yesterday|today|earlier|on\s+[A-Z][a-z]+\s+\d{1,2}|on\s+\d{1,2}\s+[A-Z][a-z]+))?"
)
# ", X said." at the end, or ', X said, ...' after a quote.
_TRAIL = re.compile(
    rf"(?P<sep>[,;]\s*[\"”’]?|[\"”’]\s*)(?P<src>[A-Za-z][^,;\"“”]{{0,80}}?)(?:,\s+(?P<app>[^,;\"“”]{{2,80}}?),)?\s+{_CUE}(?P<to>\s+(?:reporters|journalists|analysts|investors|lawmakers|staff|employees|workers|shareholders|the media|the press|the [A-Z][\w]*|[A-Z][\w]*(?:\s+[A-Z][\w]*)*))?(?:\s+(?:on|in|at|during|outside|inside|after|before|from)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[\w'’-]+(?:\s+(?:(?:of|in|at|on|with|for|by|over)\s+)?(?:the\s+)?[\w'’-]+){{0,7}}?)?{_WHEN}\s*(?P<end>[.!,]|$)"  # noqa: E501
)
_TRAIL_INVERTED = re.compile(
    r",[\"”’]?\s*(?P<cue>said|says|added|told|noted|stated)\s+(?P<src>[^,.;]{2,80}?)\s*(?P<end>[.!]|,|$)"
)
_PARENTHETICAL = re.compile(
    r",\s*(?P<src>he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|the [a-z-]+(?: [a-z-]+)?)\s+(?P<cue>said|says|added|adds|noted|argued|stressed|insisted|warned|explained|claimed|stated|predicted|believes|thinks)\s*,\s*",  # noqa: E501
)
# "told reporters the city faced ...": a listener, then the reported clause without "that".
_TOLD_BARE = re.compile(
    r"\s+(?:reporters|journalists|analysts|investors|lawmakers|parliament|the (?:media|press|court|committee|council)|"
    r"the [A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)"
    r"(?:\s+(?:on|in|at|during)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we)\b)"
)
_CUE_SETTING = re.compile(
    r"\s+(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|briefing|letter|post|filing|speech|conference|call|note|message|email|memo|"
    r"decision|ruling|judgment|judgement|report|submission|notice|release|video|tweet|visit|trip|meeting|"
    r"hearing|debate|rally|session|address|appearance|ceremony|summit|podcast|broadcast)"
    r"(?:\s+(?:to|from|for|with|on)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+that\s+"  # "in a message to staff that"
)
# "said on Thursday it would appeal": when the speaker spoke belongs to the frame, not to what was said.
_CUE_WHEN = re.compile(
    r"\s+(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|yesterday|today|"
    r"last\s+(?:week|month|night))(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+that\s+|\s+(?=(?:the|a|an|it|he|she|they|we|its|his|her|their)\b|[A-Z]))"
)
_THAT = re.compile(r"^\s*(?:that\b|:|,)\s*")
# "warned of a recession", "said nothing about the deal": no report ("said about half the money ..." reports one).
_OF_WHAT = re.compile(
    r"\s+(?:of|against|nothing|little|about(?!\s+(?:half|a\s+(?:third|quarter|fifth|tenth|dozen)|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|a\s+thousand)\b))\b"
)
_TO_DO = re.compile(r"\s+to\s+[a-z]+\b")
# "described spending a day in darkness", "admitted taking the money": a deed told, no reported clause (but
# "said restoring all systems could take weeks" reports one: say and tell take no gerund object).
_SAYING = frozenset({"said", "says", "say", "stated", "states", "told", "tells"})
_DOING = re.compile(r"\s+(?!(?:nothing|something|anything|everything|during|morning|evening)\b)[a-z]{2,}ing\b")
_EXPECTING = frozenset({"expects", "expected", "hopes", "hoped"})
# "warned passengers to expect delays", "urged the union to return": a directive to someone, no reported clause
_DIRECTING = frozenset({"warned", "warns", "urged", "urges", "advised", "advises", "asked", "asks", "told", "tells"})
_SOMEONE_TO_DO = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z]+\b(?![^.]*\bthat\b)")
# Acts that share a reporting verb: "claimed responsibility", "added the hospital group to its leak site".
_CLAIMED_ACT = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:responsibility|credit|victory|ownership|asylum|compensation|damages)\b"
)
_ADDED_TO = re.compile(
    r"\s+(?P<object>(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*)\b[^,;:\"“]{0,80}?)\s+to\s+(?:its|their|the|a|an|his|her)\b"
)
_STATEMENT_OBJ = re.compile(
    r"^\s*(?:the|a|an|his|her|its|their)\s+(?:agreement|deal|sale|news|decision|move|signing|transfer|appointment|plan|result|results|partnership|details|figures|death|departure|resignation|arrest|talks|meeting|meetings)\b",
    re.I,
)

# "Nathan Porter, head of the IMF team, said" / "Bluewater, which carries 4.2 million people a year, said".
_APPOSED_SUBJECT = re.compile(
    r"(?:^(?:[A-Z][a-z]+\s+[a-z]+\s+(?=[A-Z]))?|[,;]\s+|\b(?:after|before|because|since|when|while|although|until)\s+(?P<title>(?:(?!the\b)[a-z][\w-]*\s+){0,2}?))(?P<name>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?|(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
    # "Professor Ana Ruiz of the Nordic Institute of Oncology, who ..., cautioned"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)?"
    r",\s+(?:[^,]|(?<=\d),(?=\d{3})){2,160},\s*$"
)
# "Its chair, Tomas Reyes, told": a description set before the name.
_NAME_AFTER_DESCRIPTION = re.compile(
    r"^(?:[A-Z][a-z]+(?:['’]s)?\s+){1,2}[a-z][\w'’ -]{1,40},\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+),\s*$"
)
_MID_CAP = re.compile(r"(?<=[a-z,] )([A-Z][\w-]+)")
# "Citizens' Vote Watch, an independent monitoring group, said": the description tells an organisation.
_DESCRIBED_ORG = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+),\s+(?:an?|the)\s+(?:(?!of\b|for\b|at\b|in\b)[\w-]+\s+){0,3}?"
    r"(?:group|organi[sz]ation|company|firm|agency|charity|association|alliance|coalition|campaign|network|"
    r"watchdog|institute|foundation|consultancy|think[- ]tank|movement|party|union|body)\b"
    r"(?=\s*[,.;)]|\s+(?:of|in|at|for|from|based|that|which|founded|set|with)\b)"  # "the firm's head": a person
)
# "the catastrophe modelling firm Stratum Risk Analytics": a name the kind of organisation before it describes.
_ORG_KIND_THEN_NAME = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}?(?:group|organi[sz]ation|company|firm|agency|charity|association|"
    r"consultancy|insurer|lender|bank|fund|watchdog|regulator|operator|maker|broadcaster)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)"
)
_SUBJECT_STOP = re.compile(
    r"(?:,(?!\d{3}\b)|[;:–—(\"“”]|\b(?:that|and|but|while|when|as|after|before|because|which|who)\b)\s*", re.I
)


def _cue_words() -> frozenset[str]:
    """Every word that can open a frame: the cue verbs ("emphasi[sz]ed" both ways) and the anonymous cues."""
    words: set[str] = set()
    for alt in CUE_VERBS.split("|"):
        first = alt.split()[0]
        words.update(first.replace("[sz]", c) for c in "sz")
    return frozenset(
        words
        | {"according", "understood", "believed", "thought", "rumoured", "rumored", "alleged", "reportedly"}
        | {"allegedly", "said", "reported", "revealed", "disclosed", "announced", "stated", "noted"}
    )


_CUE_WORD_SET = _cue_words()
_SOURCE_WORDS = frozenset({"source", "sources", "insider", "insiders"})
_UNDERSTOOD_WORDS = frozenset(
    {"understood", "reported", "said", "believed", "thought", "rumoured", "rumored", "alleged", "reportedly"}
    | {"allegedly"}
)
_AUX_WORDS = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "earlier",
        "previously",
        "already",
        "repeatedly",
        "even",
        "later",
        "further",
        "then",
        "once",
        "again",
    ]
)
_WORD_AT = re.compile(r"[A-Za-z]+")


def _lead_cues(text: str) -> list[re.Match[str]]:
    """The matches of _LEAD_CUE in text order, tried only where a cue word stands (not at every offset)."""
    out: list[re.Match[str]] = []
    words = list(_WORD_AT.finditer(text))
    taken = 0
    for i, w in enumerate(words):
        if w.group().lower() not in _CUE_WORD_SET or w.start() < taken:
            continue
        # Walk back over "has also ..." to where the match may begin.
        j = i
        while (
            j > 0
            and words[j - 1].group().lower() in _AUX_WORDS
            and text[words[j - 1].end() : words[j].start()].isspace()
        ):
            j -= 1
        for k in range(j, i + 1):  # the leftmost start that matches, as a scan would find it
            m = _LEAD_CUE.match(text, words[k].start())
            if m and m.start("cue") == w.start():
                out.append(m)
                taken = m.end()
                break
    return out


_LOWER_WORD = re.compile(r"[a-z]+")
# Papers and bodies whose "found" / "showed" / "ruled" reports a clause even without "that".
_GROUP = re.compile(r"([A-Z][a-z]+)\s+[a-z]+s")  # a capitalised word and a plural: "Trade unions", "Local residents"
_PAPER_TAIL = re.compile(r"\b(?:report|law|budget|letter|document|study|survey|draft|figures|data|statistics)\b", re.I)
_POLICE = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?police")
_FINDING_BODY = re.compile(
    r"\b(?:statement|report|letter|announcement|ruling|judgment|judgement|verdict|study|survey|review|inquiry|"
    r"investigation|audit|analysis|court|judge|tribunal|jury|panel|regulator|watchdog)\b",
    re.I,
)
_NOUN_CUES = frozenset(
    "forecast estimates reports claims notes lists rules projects states hopes shows finds".split()  # noqa: SIM905
)
_SAYING_MORE = re.compile(
    r",?\s*(?:adding|predicting|warning|noting|insisting|arguing|explaining|stressing|saying)\s+(?:that\s+|:\s*)"
)
_SPOKESPERSON_NAMED = re.compile(r"\bspokes\w+\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$")
_VERB_NEXT = re.compile(
    r"\s+(?:have|has|had|are|is|was|were|will|would|could|may|might|show|showed|suggest|hit|rose|fell)\b"
)
_OWNED = re.compile(r"(?:\b(?:its|his|her|their|our|my|your)|[a-z]['’]s)\s+(?:[a-z]+\s+){0,2}\Z")


def find_frames(text: str, words: set[str] | None = None) -> list[Frame]:
    """Reporting frames of one sentence, outermost-first order of appearance.

    `words` (lower_words of the text, or of a text holding it) spares the key-word pass.
    """
    if words is None:
        words = lower_words(text)
    if _CUE_WORD_SET.isdisjoint(words):
        return []  # no cue word at all: most sentences of a news body, spared a dozen pattern scans
    frames: list[Frame] = []
    n = len(text)
    according = "according" in words  # each pattern below runs only when its key word is there

    m = _AS_REPORTED.match(text) if text[:3] == "As " else None
    if m:
        frames.append(Frame("", m.group("cue"), (m.end(), n), (0, m.end()), kind="anonymous"))
        return frames

    m = _ACCORDING_LEAD.match(text) if according else None
    lead = m.group("lead") if m else None
    if m and (lead is None or (len(lead.split()) <= 6 and not _has_verb(lead))):  # "Exports fell 5%, according to"
        frames.append(
            Frame(
                m.group("src"),
                _according_cue(m.group("cue"), m.group("src")),
                (m.end(), n),
                (0, m.end()),
                kind="according",
            )
        )
        inner = find_frames(text[m.end() :], words)
        for f in inner:
            frames.append(_shift(f, m.end()))
        return frames

    m = _ACCORDING_TRAIL.search(text) if according else None
    if m and m.start() > 10:
        content_end = m.start()
        frames.append(
            Frame(
                m.group("src"),
                _according_cue(m.group("cue"), m.group("src")),
                (0, content_end),
                (m.start(), m.end()),
                kind="according",
            )
        )
        inner = find_frames(text[:content_end], words)
        frames.extend(inner)
        return frames

    m = _SOURCES_SAY.match(text) if not _SOURCE_WORDS.isdisjoint(words) else None
    if m:
        frames.append(Frame(m.group("src"), m.group("cue"), (m.end(), n), (0, m.end()), kind="anonymous"))
        return frames

    m = _PARENTHETICAL.search(text)
    if m and m.start() > 3:
        frames.append(Frame(m.group("src"), m.group("cue"), (0, n), (m.start(), m.end()), extra_frame=None))
        return frames

    m = _TRAIL.search(text)
    if m and m.start() > 10 and not _bad_trail_subject(m.group("src")):
        src = m.group("src")
        content_end = m.start() + (len(m.group("sep")) if m.group("sep").strip(",; ") else 0)
        rest = m.end()
        frames.append(
            Frame(src, _cue_text(m), (0, content_end), (m.start(), m.end() if m.group("end") != "," else m.end() - 1))
        )
        if m.group("end") == "," and rest < n and not re.match(r"\s*(?:and|but|while)\b", text[rest:]):
            more = _SAYING_MORE.match(text, rest)  # "..., X said, predicting that ...": what else X said
            frames.append(Frame(src, _cue_text(m), (more.end() if more else rest, n), (m.start(), rest)))
        return frames

    m = _TRAIL_INVERTED.search(text)
    if m and m.start() > 10 and _inverted_source_ok(m.group("src")):
        more = _SAYING_MORE.search(text, m.end())  # '"...," said X, adding that ...'
        frames.append(Frame(m.group("src"), m.group("cue"), (0, m.start()), (m.start(), more.start() if more else n)))
        if more:
            frames.append(Frame(m.group("src"), m.group("cue"), (more.end(), n), (more.start(), more.end())))
        return frames

    for m in _lead_cues(text):
        cue = m.group("cue")
        if cue.lower() in _NOUN_CUES and (
            _OWNED.search(text, max(0, m.start() - 40), m.start()) or _VERB_NEXT.match(text, m.end())
        ):
            continue  # "raised its growth forecast to 1.4%", "Waiting lists have grown": a noun here, no verb
        subject_start = _subject_start(text, m.start())
        subject = text[subject_start : m.start()].strip()
        before = text[: m.start()]
        if not subject:
            # "Nathan Porter, head of the IMF team, said ...": skip the appositive.
            ap = _APPOSED_SUBJECT.search(before) or _NAME_AFTER_DESCRIPTION.search(before)
            if ap:
                # "after incumbent Sara Lind, 67, announced": the title goes with the frame, not with the clause
                title = ap.groupdict().get("title")
                subject_start, subject = ap.start("title") if title else ap.start("name"), ap.group("name")
        elif re.search(r"\band\s+$", before) and subject_start == m.start() - len(m.group("pre") or ""):
            pass
        if re.search(r"(?:^|\s)(?:and|but)\s+$", before) and not subject:
            # "X announced ... and said ...": the subject of the sentence speaks.
            lead = re.match(
                r"^\s*((?:[A-Z][\w'’.-]*)(?:\s+[A-Z]?[\w'’.-]*){0,3}?)\s+(?:has |had |have )?[a-z]+ed\b", text
            )
            if lead:
                subject = lead.group(1)
                subject_start = m.start()
        if not subject or not _plausible_subject(subject):
            continue
        after = text[m.end() :]
        that = _THAT.match(after)
        low = cue.lower()
        if low in _SPEECH_ONLY_WITH_CLAUSE and not that and not _FINDING_BODY.search(subject):
            framed = _CUE_SETTING.match(after) or _CUE_WHEN.match(after)  # "announced on Monday that ..."
            if not (framed and re.search(r"\bthat\s*$", framed.group())):
                continue
        if low in {"told", "tells"}:
            tm = re.match(
                r"\s+(?:the\s+)?[\w'’ -]{1,40}?(?:\s+that\b|\s*:|(?=\s+[\"“]))\s*", after
            ) or _TOLD_BARE.match(after)
            if tm:
                content_start = m.end() + tm.end()
            else:
                continue
        elif _is_act(low, after):
            continue
        else:
            where = None if that else _CUE_SETTING.match(after) or _CUE_WHEN.match(after)
            if where:
                that = where
            content_start = m.end() + (that.end() if that else 0)
        cue_text = (m.group("pre") or "") + cue
        frames.append(Frame(subject, cue_text.strip(), (content_start, n), (subject_start, content_start)))
        break

    m = _UNDERSTOOD.search(text) if not _UNDERSTOOD_WORDS.isdisjoint(words) else None
    if m and not frames:
        frames.append(Frame("", m.group("cue"), (0, n), (m.start(), m.start()), kind="anonymous"))
    return frames


def _is_act(cue: str, after: str) -> bool:
    """The cue verb does something here rather than report: "announced the deal", "claimed responsibility",
    "added the clinic to its leak site" (`after` is the text after the cue)."""
    if cue not in {"said", "says", "say", "stated", "states"} and _STATEMENT_OBJ.match(after):
        return True
    if _OF_WHAT.match(after):
        return True  # "warned of a recession", "argued against the plan": what they spoke of, no reported clause
    if cue not in _SAYING and _DOING.match(after):
        return True  # "described spending a day in darkness" ("said restoring it could take weeks" reports)
    if _TO_DO.match(after) or (cue in _EXPECTING | _DIRECTING and _SOMEONE_TO_DO.match(after)):
        # "expects to complete the deal in the third quarter", "expects inflation to fall": an intention or an
        # expectation told in the speaker's own clause, no reported one
        return True
    if cue in {"claimed", "claims"}:
        return bool(_CLAIMED_ACT.match(after))
    if cue in {"added", "adds"}:
        added = _ADDED_TO.match(after)
        return bool(added) and not _has_verb(added.group("object"))
    return False


def _has_verb(text: str) -> bool:
    """True when a verb-like word follows the first word of text (a clause, not a lead-in phrase)."""
    return any(is_verbish(w) for w in _WORD_AT.findall(text)[1:])


def _according_cue(cue: str, src: str) -> str:
    return f"{cue} {src}" if _DOCUMENT_WORDS.search(src) or " report" in src else cue


def _cue_text(m: re.Match[str]) -> str:
    return m.group("cue") + (m.group("to") or "")


def _shift(f: Frame, by: int) -> Frame:
    return Frame(
        f.source_phrase,
        f.cue,
        (f.content[0] + by, f.content[1] + by),
        (f.frame[0] + by, f.frame[1] + by),
        f.kind,
        f.hedged,
    )


_NAME_AND = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _subject_start(text: str, cue_start: int) -> int:
    """Start of the subject phrase that ends at `cue_start` (after the last clause boundary)."""
    start = 0
    for b in _SUBJECT_STOP.finditer(text, 0, cue_start):
        if (
            b.group().strip().lower() == "and"
            and _NAME_AND.search(text, 0, b.start())
            and text[b.end() : b.end() + 1].isupper()
        ):
            continue  # "the Markets and Competition Board said": one name
        start = b.end()
    return start


_BAD_SUBJECT_WORDS = re.compile(
    r"^(?:it|this|that|there|which|who|what|these|those|i|you|we)$|\b(?:is|are|was|were|be|been|has|have|had|"
    r"not|no|to|would|could|will)\b",
    re.I,
)


_DETERMINERS = frozenset("the a an its their his her this that these those our my your all".split())  # noqa: SIM905


def _plausible_subject(subject: str) -> bool:
    words = subject.split()
    if not words or len(words) > 12:
        return False
    if words[-1].lower() in _DETERMINERS:
        return False  # "All the recalled tablets were made ...": "recalled" describes the tablets; nobody speaks
    if _BAD_SUBJECT_WORDS.search(subject) and not re.match(r"^(?:he|she|they)$", subject, re.I):
        return False
    # A subject starts with a capital, a determiner or a pronoun, or is a kind of unnamed source ("analysts").
    return bool(
        re.match(
            r"^(?:[A-Z\"“]|the\b|a\b|an\b|some\b|several\b|two\b|three\b|he\b|she\b|they\b|officials?\b|sources?\b|members?\b)",
            subject,
        )
        or _ANON_LEAD.match(subject)
    )


# "chief executive Grainne Tully", "its spokeswoman Ana Ruiz": a lowercase title before a capitalised name.
# Not "a consultant at Torvane Hospital": the name after a preposition is where the source works.
_TITLE_WORD = r"(?!(?:a|an|at|for|of|from|with|in|on|to|by|and)\s)[a-z][a-z-]*\s+"
_TITLE = rf"^(?:(?:its|their|his|her|the)\s+)?(?:{_TITLE_WORD}){{1,3}}"
_TITLED_NAME = re.compile(rf"{_TITLE}[A-Z]")
_TITLE_THEN_NAME = re.compile(rf"{_TITLE}(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$")


def _inverted_source_ok(src: str) -> bool:
    words = src.split()
    if (
        not 1 <= len(words) <= 8
        or not (re.match(r"^(?:[A-Z]|the\b|a\b|an\b)", src) or _TITLED_NAME.match(src))
        or re.search(r"[\"“”]", src)
    ):
        return False
    return not re.search(
        r"\b(?:is|are|was|were|has|have|had|will|would|\w+s\s+on|rests|draws|that)\b|\b[a-z]+ed\b", src
    )


_TRAIL_SUBJECT_START = re.compile(
    r"^(?:[A-Z]|the\b|a\b|an\b|he\b|she\b|they\b|officials?\b|sources?\b|police\b|witnesses\b|doctors\b|"
    r"rescuers\b|residents\b|analysts\b|economists\b|investigators\b|prosecutors\b|authorities\b|experts\b|"
    r"firefighters\b|paramedics\b|organi[sz]ers\b|researchers\b|scientists\b|members\b|diplomats\b|delegates\b|"
    r"negotiators\b|aides\b|executives\b|lawmakers\b|campaigners\b|activists\b|workers\b|employees\b|staff\b|"
    r"insiders\b|observers\b|traders\b|investors\b|critics\b|people\b|some\b|several\b|many\b|two\b|three\b)"
)


# Words no source phrase holds; "and" only between names ("the Markets and Competition Board said").
_NOT_A_TRAIL_SUBJECT = re.compile(r"\b(?:is|are|was|were|which|who|that|but)\b|\band\b(?!\s+[A-Z])")


def _bad_trail_subject(src: str) -> bool:
    src = src.strip()
    words = src.split()
    if not words or len(words) > 8:
        return True
    if not (_TRAIL_SUBJECT_START.match(src) or _TITLED_NAME.match(src) or _DOCUMENT_HEAD.search(src.lower())):
        return True  # (", council figures show": papers may open in lower case)
    return bool(_NOT_A_TRAIL_SUBJECT.search(src))


# --- resolution ------------------------------------------------------------------


# Where a named person works, as the article says it: "THG's chief information officer Martin Esker", "IOSA
# chair Petra Lindqvist", "Paul Ashdown, chief executive of the CTA", "Lea Moritz, a political scientist at
# Brenholm University", "Tomas Aberlin, Brightcart's chief executive", "Dragan Lenz of Brenholm First",
# "Finance Minister Oskar Dellin" (the Finance Ministry). The role ends in a word of office, so "Brightcart
# sellers Anna Lisowska" or "on Monday Anna Lisowska" name no employer.
_ROLE_WORD = (
    r"(?:officer|executive|chair|chairman|chairwoman|chairperson|president|director|"
    r"secretary|spokesman|spokeswoman|spokesperson|analyst|economist|scientist|professor|head|chief|manager|"
    r"founder|leader|governor|mayor|counsel|adviser|advisor|lawyer|researcher|strategist|editor|commissioner|"
    r"partner|treasurer|trustee|coordinator|organiser|organizer|engineer|inspector|superintendent|"
    r"commander|captain|coach|owner|boss|member|councillor|councilor|MP|MEP|senator|official|representative|"
    r"negotiator|envoy|ambassador|prosecutor|attorney|auditor|investigator)"
)
_ROLE = rf"(?:[a-z][\w-]*\s+){{0,3}}{_ROLE_WORD}"
# Where an employer may be written before the title: a word of office right before a capitalised name.
_ROLE_BEFORE_NAME = re.compile(rf"\b(?i:{_ROLE_WORD}) [A-Z]")
_AFFIL_NAME = r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
_AFFIL_WORD = r"[A-Z][\w&'’-]*"
_AFFIL_ORG = rf"(?P<org>{_AFFIL_WORD}(?: (?:of |for |and |& |de )?{_AFFIL_WORD}){{0,5}}?)"
# ... the title capitalised too: "NBK Governor Teodor Brankovic", "IMF Managing Director Ana Ruiz".
_TITLE_ROLE = (
    rf"(?:{_ROLE}|(?:(?:Chief|Deputy|Executive|General|Managing|Senior|Vice|Assistant|Acting|Interim|Associate|"
    rf"Regional|Principal)\s+){{0,2}}(?i:{_ROLE_WORD}))"
)
_EMPLOYER_FIRST = re.compile(rf"(?<![\w'’-])(?:[Tt]he )?{_AFFIL_ORG}(?:['’]s)? {_TITLE_ROLE} {_AFFIL_NAME}\b")
_EMPLOYER_AFTER = re.compile(
    rf"{_AFFIL_NAME}, (?:(?:the|a|an) )?(?:(?:the )?{_AFFIL_ORG}['’]s {_ROLE}|(?:{_ROLE} (?:of|for|with)|"
    rf"(?:(?!who |which |that |whose |lives |lived |living |stays |stayed |was |is )[a-z][\w-]* ){{1,4}}at) (?:the )?"
    rf"(?P<org2>{_AFFIL_WORD}(?: (?:of |for |and |& )?{_AFFIL_WORD}){{0,5}}))"
)
_EMPLOYER_OF = re.compile(
    rf"{_AFFIL_NAME} of (?:the )?(?:[a-z][\w-]* ){{0,2}}(?P<org>{_AFFIL_WORD}(?: {_AFFIL_WORD}){{0,4}})"
)
# "Velmart's chief executive, Ana Ruiz, said"
_EMPLOYER_BEFORE_COMMA = re.compile(
    rf"(?<![\w'’-])(?P<org>{_AFFIL_WORD}(?: {_AFFIL_WORD}){{0,3}})['’]s {_ROLE}, {_AFFIL_NAME},"
)
_MINISTER = re.compile(rf"\b(?!Prime )(?P<org>[A-Z][a-z]+) Minister {_AFFIL_NAME}")
_FORMER = re.compile(r"\b(?:[Ff]ormer|ex-)")
# Capitalised words a sentence may open with before an employer's name ("But IOSA chair Petra Lindqvist").
_NO_EMPLOYER_OPENERS = frozenset(
    """On In At By For From After Before Since Until During But And Or So Yet Also Meanwhile However Yesterday Today
    Tomorrow Last This Next Earlier Later Then Now When While As""".split()  # noqa: SIM905
)
# Capitalised words that open a title, not an employer's name ("Chief executive Paul Ashdown").
_TITLE_OPENERS = frozenset(
    """Chief Deputy Regional General Senior Former Acting Interim Executive Managing Vice Incumbent Assistant
    Associate Head Lead Principal""".split()  # noqa: SIM905
)


# Institutions a claim may call by their kind ("the authority", "the union") once the article has named them.
_INSTITUTION_NOUNS = tuple(
    """authority board group agency bank commission union council ministry department court federation association
    institute office bureau service fund""".split()  # noqa: SIM905
)


def _institution_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of names ending at an occurrence of the kind (`\\Z`: searched up to it) and one following it."""
    head = noun.capitalize()
    return (
        # "Carrowby Transit Authority", "Markets and Competition Board"
        re.compile(rf"(?<![\w'’-])(?P<name>(?:{_AFFIL_WORD} (?:(?:and|of|for|&) )?){{1,5}}{head})\Z"),
        # "National Bank of Kesteria", "Department of Health": the words before the kind, then the rest
        re.compile(rf"(?<![\w'’-])(?P<name>(?:{_AFFIL_WORD} ){{0,3}}{head})\Z"),
        # "the United Transport Workers (UTW) union"
        re.compile(rf"(?<![\w'’-])(?P<name>{_AFFIL_WORD}(?: {_AFFIL_WORD}){{0,4}})(?: \([A-Z]{{2,}}\))? {noun}\Z"),
    )


_INSTITUTION_PATTERNS = {noun: _institution_patterns(noun) for noun in _INSTITUTION_NOUNS}
_OF_PLACE = re.compile(rf" of (?:the )?{_AFFIL_WORD}(?: {_AFFIL_WORD}){{0,2}}")
_NAME_OPENERS = re.compile(r"^(?:(?:The|A|An|In|On|At|By|For|From|But|And|Its|Their|His|Her)\s+)+")


def _institution_names(body: str, noun: str) -> set[str]:
    """Names of institutions of one kind in the body, read back from each occurrence of the kind's word."""
    ends_with, before_of, before_noun = _INSTITUTION_PATTERNS[noun]
    head = noun.capitalize()
    names: set[str] = set()
    for pattern, word in ((ends_with, head), (before_noun, noun)):
        at = body.find(word)
        while at >= 0:
            end = at + len(word)
            if body[end : end + 1].isalpha() or (at and (body[at - 1].isalnum() or body[at - 1] in "'’-")):
                at = body.find(word, end)
                continue  # part of a longer word
            m = pattern.search(body, max(0, at - 90), end)
            name = _NAME_OPENERS.sub("", m.group("name")) if m else ""
            if len(name.split()) >= 2 or (pattern is before_noun and len(name) > 1 and name.isupper()):
                names.add(name)
            if pattern is ends_with and (place := _OF_PLACE.match(body, end)):
                lead = before_of.search(body, max(0, at - 60), end)  # "National Bank of Kesteria"
                if lead:
                    names.add(_NAME_OPENERS.sub("", lead.group("name")) + place.group())
            at = body.find(word, end)
    return names


def institutions(body: str) -> dict[str, str]:
    """Kind of institution -> the one name of that kind the article gives ("authority" -> "Carrowby Transit
    Authority"); a kind with two names ("the European Commission", "the Swiss Competition Commission") is left out."""
    found: dict[str, str] = {}
    low = body.lower()
    for noun in _INSTITUTION_NOUNS:
        if noun not in low:
            continue
        names = _institution_names(body, noun)
        longest = {n for n in names if not any(n != o and n in o for o in names)}
        if len(longest) == 1:
            found[noun] = _short_name(body, next(iter(longest)), noun)
    return found


_ACRONYM_AFTER = re.compile(r"(?: [a-z]+)? \((?P<acronym>[A-Z]{2,})\)")


def _short_name(body: str, name: str, noun: str) -> str:
    """ "the CTA", "the NBK": the acronym the article uses for an institution's name, defined or not."""
    at = body.find(name)
    while at >= 0:
        defined = _ACRONYM_AFTER.match(body, at + len(name))
        if defined and (defined.group().startswith(" (") or defined.group().split()[0] == noun):
            return defined.group("acronym")
        at = body.find(name, at + len(name))
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    at = body.find(initials) if len(initials) >= 2 else -1
    while at >= 0:
        after = at + len(initials)
        if not (at and body[at - 1].isalnum()) and not body[after : after + 1].isalnum():
            return initials
        at = body.find(initials, after)
    return name


def affiliations(body: str, names: set[str]) -> dict[str, str]:
    """Surname -> the organisation the article says that person works for or belongs to; a surname the
    article gives two employers is left out (two people, or a move). A one-word employer must be an acronym
    or a word the article capitalises inside sentences too (`names`): "Union general secretary Maren Holt"
    opens a sentence."""
    found: dict[str, set[str]] = {}

    def note(name: str, org: str | None, owned: bool = False) -> None:
        if _ORG_WORDS.search(name):
            return  # "US Department of Defense" names no person
        words = re.sub(r"['’]s$", "", (org or "").strip()).split()
        while words and (words[0] in _NO_EMPLOYER_OPENERS or DATE_NAME.fullmatch(words[0])):
            words.pop(0)  # "On Monday THG chief executive Grainne Tully": THG
        org = " ".join(words)
        if not words or words[0] in _TITLE_OPENERS or words[-1] in name.split():
            return
        if len(words) == 1 and not owned and not org.isupper() and org not in names:
            return  # (a possessive, "Velmart's chief executive", names the employer wherever it stands)
        found.setdefault(name.split()[-1], set()).add(org)

    # "<Org>'s <title> <Name>" is read only around a word of office before a name (scanning the whole text for
    # it took most of this function's time), and "<Portfolio> Minister <Name>" only where "Minister" is.
    first = {
        m.span(): m
        for near in _ROLE_BEFORE_NAME.finditer(body)
        for m in _EMPLOYER_FIRST.finditer(body, max(0, near.start() - 100), near.end() + 60)
    }
    ministers = _MINISTER.finditer(body) if "Minister " in body else ()
    described = _EMPLOYER_BEFORE_COMMA.finditer(body) if "s " in body else ()
    for m in (*first.values(), *_EMPLOYER_AFTER.finditer(body), *_EMPLOYER_OF.finditer(body), *ministers, *described):
        if _FORMER.search(m.group()):
            continue  # "former Velmart chief Ana Ruiz" no longer speaks for Velmart
        org = m.groupdict().get("org") or m.groupdict().get("org2")
        owned = re.search(r"['’]s ", m.group()[: m.start("name") - m.start()]) is not None
        note(m.group("name"), f"{org} Ministry" if m.re is _MINISTER else org, owned)
    return {surname: next(iter(orgs)) for surname, orgs in found.items() if len(orgs) == 1}


@dataclass
class SpeakerMemory:
    """Names seen so far in the article, to resolve pronouns and descriptions."""

    persons: list[str] = field(default_factory=list)  # surface forms, latest last
    full_persons: set[str] = field(default_factory=set)
    orgs: list[str] = field(default_factory=list)
    speakers: list[Attribution] = field(default_factory=list)
    sentence_persons: list[str] = field(default_factory=list)  # persons named so far in this sentence
    previous_persons: list[str] = field(default_factory=list)  # ... and in the last sentence that named one
    last_lender: str | None = None  # the last lender named ("the lender" points back to it)
    surnames: set[str] = field(default_factory=set)
    person_counts: dict[str, int] = field(default_factory=dict)
    person_last: dict[str, tuple[int, str]] = field(default_factory=dict)
    salient_key: str | None = None  # surname of the most mentioned person so far
    article_surnames: set[str] = field(default_factory=set)  # surnames of persons named anywhere in the article
    subject: str | None = None  # the person the last sentence was about: its opening name, or whom "he" meant
    described_orgs: set[str] = field(default_factory=set)  # "Vote Watch, a monitoring group": no person
    mid_caps: set[str] = field(default_factory=set)  # words the article capitalises inside a sentence: names
    thing: str | None = None  # the organisation (or product) the last sentence was about, for "it"
    opening_thing: str | None = None  # the one this sentence opens with, for "it" in what someone said of it
    affiliations: dict[str, str] = field(default_factory=dict)  # surname -> where the article says they work
    institutions: dict[str, str] = field(default_factory=dict)  # "authority" -> the authority the article names

    def observe(self, text: str) -> None:
        """Record the name mentions of a sentence (in order)."""
        for m in _CAP_RUN.finditer(text):
            run = m.group()
            for name, shape, org in _run_names(run):
                if shape == "person" or (shape == "single" and name in self.surnames):
                    self._add_person(name)
                elif org:
                    self.orgs.append(name)
            lender = _run_lender(run)  # every lender name is a capitalised run: no second scan of the text
            if lender:
                self.last_lender = lender

    def start_sentence(self) -> None:
        """Move on to the next sentence: its persons become the previous sentence's."""
        if self.sentence_persons:
            self.previous_persons = self.sentence_persons
            self.sentence_persons = []

    def _add_person(self, name: str) -> None:
        self.sentence_persons.append(name)
        words = name.split()
        if len(words) >= 2:
            self.full_persons.add(name)
            self.surnames.add(words[-1])
        self.persons.append(name)
        key = words[-1]
        self.person_counts[key] = self.person_counts.get(key, 0) + 1
        self.person_last[key] = (len(self.persons), name)
        # The most mentioned person, the latest on a tie: only the name just counted can overtake.
        if self.salient_key is None or self.person_counts[key] >= self.person_counts[self.salient_key]:
            self.salient_key = key

    def is_person_name(self, name: str) -> bool:
        words = name.split()
        if name in self.described_orgs or _ORG_WORDS.search(name) or _OUTLET_WORDS.search(name) or name.isupper():
            return False
        if len(words) == 1:
            return name in self.surnames
        return _person_shaped(words, name)

    def resolve(self, phrase: str, kind: str) -> Attribution:
        """Turn a frame's source phrase into an Attribution (cue filled by the caller)."""
        phrase = _strip_determiner_noise(phrase.strip())
        titled = _TITLE_THEN_NAME.match(phrase)
        if titled:  # "chief executive Grainne Tully": the name is the source
            phrase = titled.group("name")
        portfolio = _PORTFOLIO_THEN_NAME.search(phrase)
        if portfolio:  # "Minister for Foreign Affairs Ana Reyes": Ana Reyes
            phrase = portfolio.group("name")
        if kind == "anonymous":
            return Attribution(SourceType.ANONYMOUS, phrase or None, None)
        low = phrase.lower()
        if not phrase:
            return Attribution(SourceType.UNATTRIBUTED, None, None)
        if _PRONOUN.match(phrase):
            # "Hale voted against it. He argued ...": the first person of this or the last sentence.
            recent = self.sentence_persons or self.previous_persons
            person = (recent[0] if recent else None) or self._last_person_speaker() or self.salient_person()
            if person:
                return Attribution(SourceType.NAMED_PERSON, person, None)
            if self.speakers and self.speakers[-1].source:
                # "..., a police spokeswoman said. ..., she said": the spokeswoman's police again
                return Attribution(self.speakers[-1].type, self.speakers[-1].source, None)
            return Attribution(SourceType.ANONYMOUS, phrase, None)
        if _PLURAL_PRONOUN.match(phrase):
            if self.speakers:
                last = self.speakers[-1]
                return Attribution(last.type, last.source, None)
            return Attribution(SourceType.ANONYMOUS, None, None)
        if low.startswith("the same") or low.startswith("this official") or low.startswith("that official"):
            for s in reversed(self.speakers):
                if s.type in (SourceType.ANONYMOUS, SourceType.NAMED_PERSON):
                    return Attribution(s.type, s.source, None)
        # "a recent Reuters report", "the club's statement", "a statement the lender issued"
        outlet = _OUTLET_WORDS.search(phrase)
        if outlet and not _ORG_WORDS.search(outlet.group()):
            name = _outlet_name(phrase)
            return Attribution(SourceType.MEDIA_OUTLET, name, None)
        named = _SPOKESPERSON_NAMED.search(phrase)
        if named:  # "Liberal Party spokesman Jonas Berg": the person named
            return Attribution(SourceType.NAMED_PERSON, named.group("name"), None)
        if re.search(r"\b(?:statement|announcement|communiqu[eé]|press release|spokes\w+)\b", low):
            owner = re.sub(
                r"\b(?:a|an|its|his|her|their|recent|official|in|statement|statements|announcement|press release|issued|released|published|on|by|from|\w+day|spokes\w+|for)\b",  # noqa: E501
                " ",
                phrase,
                flags=re.I,  # "A spokesman for Velmart" as "a spokesman for Velmart"
            )
            owner = re.sub(r"['’]s\b", " ", owner)
            owner = re.sub(r"\bthe\s*$", "", " ".join(owner.split())).strip(" ,")
            if owner and owner.lower() != "the":
                resolved = self.resolve(owner, kind)
                if resolved.source != owner or resolved.type != SourceType.ANONYMOUS:
                    return resolved
                if "spokes" in low:  # "a council spokesman": a person nobody names
                    return Attribution(SourceType.ANONYMOUS, phrase, None)
                return Attribution(SourceType.DOCUMENT, phrase, None)
        if low.startswith(("the ", "this ", "that ")) and (
            not _CAP_RUN.search(phrase[4:]) or phrase.split()[-1].islower()
        ):
            return self._resolve_description(phrase)
        if _POLICE.fullmatch(low):
            return Attribution(SourceType.ORGANIZATION, phrase, None)  # "police said", as "Police said"
        if _ANON_LEAD.match(low) or (not _CAP_RUN.match(phrase) and _ANON_HEAD.search(phrase)):
            paper = _ISSUED.sub("", low)
            if _DOCUMENT_HEAD.search(paper) or paper.endswith(" results"):
                # "official figures", "official results published on Sunday": papers, not the officials
                return Attribution(SourceType.DOCUMENT, phrase, None)
            return Attribution(SourceType.ANONYMOUS, phrase, None)
        if _DOCUMENT_WORDS.search(phrase) and not _CAP_RUN.match(phrase):
            return Attribution(SourceType.DOCUMENT, phrase, None)
        group = _GROUP.fullmatch(phrase)
        if group and group.group(1) not in self._surnames() and not _looks_org(group.group(1)):
            return Attribution(SourceType.ANONYMOUS, phrase, None)  # "Trade unions said": not "Trade"
        # A named source: keep the capitalised run nearest the verb.
        runs = [_trim_name(r.group()) for r in _CAP_RUN.finditer(phrase)]
        runs = [r for r in runs if r]
        if not runs:
            if _PERSON_ROLE.search(phrase):
                return Attribution(SourceType.ANONYMOUS, phrase, None)
            return Attribution(SourceType.ANONYMOUS, phrase, None)
        tail = phrase[phrase.rfind(runs[-1]) :]
        if _PAPER_TAIL.search(tail):
            return Attribution(SourceType.DOCUMENT, phrase, None)
        joined = _joined_org_name(phrase, runs[-1])
        if (
            joined is None
            and len(runs) >= 2
            and self.is_person_name(runs[-2])
            and re.search(rf"{re.escape(runs[-2])}\s+(?:of|at|from)\s+(?:the\s+)?{re.escape(runs[-1])}", phrase)
        ):
            return Attribution(SourceType.NAMED_PERSON, runs[-2], None)  # "Aisha Noor of Kestrel University"
        name = joined or _named_part(phrase, runs)
        if self.is_person_name(name) or (len(name.split()) == 1 and not _looks_org(name) and name in self._surnames()):
            return Attribution(SourceType.NAMED_PERSON, name, None)
        if _OUTLET_WORDS.search(name) and not _ORG_WORDS.search(name):
            return Attribution(SourceType.MEDIA_OUTLET, name, None)
        return Attribution(SourceType.ORGANIZATION, self._expand_org(name), None)

    def remember(self, attribution: Attribution) -> None:
        """Record a resolved speaker so later pronouns and descriptions can point to it."""
        if attribution.type != SourceType.UNATTRIBUTED:
            self.speakers.append(attribution)
            if attribution.type == SourceType.NAMED_PERSON and attribution.source:
                self._add_person(attribution.source)
            if attribution.type == SourceType.ORGANIZATION and attribution.source:
                self.orgs.append(attribution.source)

    def foresee(self, body: str) -> None:
        """Read the whole article's person names first: "Tully said ..." is a person even when her full name
        ("chief executive Grainne Tully") comes later."""
        self.described_orgs = {m.group("name") for m in _DESCRIBED_ORG.finditer(body)}
        self.described_orgs |= {m.group("name") for m in _ORG_KIND_THEN_NAME.finditer(body)}
        self.mid_caps = {m.group(1) for m in _MID_CAP.finditer(body)}
        self.affiliations = affiliations(body, self.mid_caps)
        self.institutions = institutions(body)
        for m in _CAP_RUN.finditer(body):
            for name, shape, _org in _run_names(m.group()):
                if shape == "person" and name not in self.described_orgs:
                    self.article_surnames.add(name.split()[-1])

    def _surnames(self) -> set[str]:
        return self.surnames | self.article_surnames if self.article_surnames else self.surnames

    def salient_person(self) -> str | None:
        """The person mentioned most so far (latest surface form), for "he" and "the 19-year-old"."""
        if self.salient_key is None:
            return None
        return self.person_last[self.salient_key][1]

    def _last_person_speaker(self) -> str | None:
        for s in reversed(self.speakers):
            if s.type == SourceType.NAMED_PERSON:
                return s.source
            if s.type == SourceType.ORGANIZATION:
                break
        return None

    def _resolve_description(self, phrase: str) -> Attribution:
        low = phrase.lower()
        if _DOCUMENT_HEAD.search(low):
            return Attribution(SourceType.DOCUMENT, phrase, None)
        if re.search(r"\blender\b", low) and self.last_lender:
            return Attribution(SourceType.ORGANIZATION, self.last_lender, None)
        if _ORG_ROLE.search(low) and not _PERSON_ROLE.search(low):
            head = _ORG_ROLE.findall(low)[-1].lower()
            if head in _KIND_HEADS:
                # "the union", "the bank": the organisation of that kind last named, not whoever spoke last
                named = [s.source for s in reversed(self.speakers) if s.type == SourceType.ORGANIZATION and s.source]
                for name in [*named, *reversed(self.orgs)]:
                    if head in name.lower():
                        return Attribution(SourceType.ORGANIZATION, self._expand_org(name), None)
                # "the union" in an article naming "the United Transport Workers (UTW) union" once
                named_kind = self.institutions.get(head) if re.fullmatch(rf"the\s+{head}", low) else None
                return Attribution(SourceType.ORGANIZATION, named_kind or phrase, None)
            for s in reversed(self.speakers[-3:]):
                if s.type == SourceType.ORGANIZATION and s.source:
                    return Attribution(SourceType.ORGANIZATION, self._expand_org(s.source), None)
            if self.orgs:  # the organisation the story is about: the most mentioned, the latest on a tie
                counts: dict[str, tuple[int, int]] = {}
                for i, org in enumerate(self.orgs):
                    counts[org] = (counts.get(org, (0, 0))[0] + 1, i)
                best = max(counts, key=lambda o: counts[o])
                return Attribution(SourceType.ORGANIZATION, self._expand_org(best), None)
            return Attribution(SourceType.ORGANIZATION, phrase, None)
        if _PERSON_ROLE.search(low):
            if self.persons and not re.search(r"\bofficials?\b", low):
                return Attribution(SourceType.NAMED_PERSON, self.salient_person(), None)
            role = _PERSON_ROLE.findall(low)[-1].lower()
            for s in reversed(self.speakers):
                # "the mayor" after "the minister said": another unnamed person, not the minister again
                if s.type == SourceType.NAMED_PERSON or (
                    s.type == SourceType.ANONYMOUS and s.source and role in s.source.lower()
                ):
                    return Attribution(s.type, s.source, None)
            return Attribution(SourceType.ANONYMOUS, phrase, None)
        if _DOCUMENT_WORDS.search(low):
            return Attribution(SourceType.DOCUMENT, phrase, None)
        return Attribution(SourceType.ANONYMOUS, phrase, None)

    def _expand_org(self, name: str) -> str:
        """'Real' -> 'Real Madrid' when a longer name starting with it was seen."""
        for seen in reversed(self.orgs):
            if seen != name and seen.startswith(name + " ") and len(seen.split()) <= 4:
                return seen
        return name


_LEADING_JUNK = re.compile(r"^(?:[\"“”'’(]|and |but |while |even |also )+", re.I)
_NAME_TRIM = re.compile(
    r"^(?:The|A|An|In|On|At|As|For|From|By|With|After|Before|Since|Under|During|Over|According|This|That|"
    r"These|Those|Its|His|Her|Their|Our|But|And|Back|Late|Early|Among|Amidst|Amid|Despite|Meanwhile|"
    r"However|Only|Also|Then|Now|When|While|If|Although|Saying|Approval|Some|Most|Many|Both|Each|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b\s*"
)


@lru_cache(maxsize=8192)
def _run_lender(run: str) -> str | None:
    """The last lender named in a capitalised run ("the IMF", "Asian Development Bank"), if any."""
    found = None
    for m in _LENDER.finditer(run):
        found = m.group()
    return found


@lru_cache(maxsize=8192)
def _run_names(run: str) -> tuple[tuple[str, str, bool], ...]:
    """The names in a capitalised run with their shape and whether they look like an organisation.

    Shape is "person" (two to four capitalised words, no organisation or place word), "single" (one
    word: a person only if it is a known surname) or "". "Borussia Dortmund's Jude Bellingham" holds
    two names: the owner and the owned. Cached: a story repeats its names.
    """
    out = []
    for part in _POSSESSIVE_SPLIT.split(run):
        name = _trim_name(part)
        if not name:
            continue
        titled = _PORTFOLIO_THEN_NAME.search(name)
        if titled:  # "(Deputy Assistant Secretary for) Global Affairs Anna Morris": the portfolio is not her name
            name = titled.group("name")
        words = name.split()
        shape = ""
        if not (_ORG_WORDS.search(name) or _OUTLET_WORDS.search(name) or name.isupper()):
            if len(words) == 1:
                shape = "single"
            elif _person_shaped(words, name):
                shape = "person"
        out.append((name, shape, _looks_org(name)))
    return tuple(out)


def _trim_name(name: str) -> str:
    name = name.strip(" .,'’")
    while True:
        new = _NAME_TRIM.sub("", name)
        if new == name:
            break
        name = new
    name = re.sub(r"['’]s$", "", name).strip(" .,")
    return name if name and name[0].isupper() else ""


_COUNTRY_CODES = frozenset({"US", "USA", "UK", "UAE", "DRC"})  # all capitals, but countries, not organisations


def _looks_org(name: str) -> bool:
    if _SECTOR_WORD.fullmatch(name):
        return False  # "Shipping group Nordhavn": a trade named at a sentence's start, not a firm
    return bool(
        _ORG_WORDS.search(name)
        or (name.isupper() and 2 <= len(name) <= 6 and name not in _COUNTRY_CODES and name not in CURRENCY_CODES)
    )


_PLACES = re.compile(
    r"\b(?:Arrangement|Agreement|Programme|Program|Deal|Plan|Act|Law|Treaty|Fund|Facility|Summit|Conference|Forum|War|Crisis|Republic|Kingdom|States|Islands|Sea|Ocean|River|Street|Avenue|Road|Square|Park|Stadium|"
    r"Arena|Cup|League|Championship|Bundesliga|Premier|World|Europe|Africa|Asia|America|"
    # countries and cities whose names read like a person's first and last name
    r"Burkina Faso|Sierra Leone|Costa Rica|New Zealand|Saudi Arabia|Sri Lanka|El Salvador|Puerto Rico|Cape Verde|"
    r"Hong Kong|San Marino|Papua New Guinea|North Korea|South Korea|South Sudan|North Macedonia|Ivory Coast|"
    r"East Timor|Western Sahara|West Bank|Abu Dhabi|Tel Aviv|New York|Los Angeles|San Francisco|Buenos Aires|"
    r"Kuala Lumpur|New Delhi|Cape Town|Addis Ababa|Sao Paulo|Mexico City)\b"
)


_OFFICE_WORDS = frozenset(
    """secretary minister president director coordinator ambassador governor mayor chairman chairwoman chair
    spokesman spokeswoman spokesperson commissioner general senator judge officer head chief executive deputy
    assistant adviser advisor envoy representative""".split()  # noqa: SIM905 - a word list reads better as text
)


_PORTFOLIO_THEN_NAME = re.compile(
    r"\b(?:Affairs|Relations|Security|Policy|Development|Trade|Finance|Justice|Health|Defen[cs]e|Interior|Education|"
    r"Energy|Transport|Environment|Agriculture|Labour|Labor|Economy|Treasury)\s+"
    # "Finance Minister Ishaq Dar" keeps his title: no office word after the portfolio
    rf"(?!(?:{'|'.join(w.capitalize() for w in sorted(_OFFICE_WORDS))})\b)"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})$"
)


def _person_shaped(words: list[str], name: str) -> bool:
    """Two to four capitalised words, no place, not ending in a word of office ("Deputy Assistant Secretary" is a
    title, nobody's name)."""
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() for w in words)
        and words[-1].lower() not in _OFFICE_WORDS
        and not _looks_place(name)
    )


def _looks_place(name: str) -> bool:
    return bool(_PLACES.search(name))


def _strip_determiner_noise(phrase: str) -> str:
    phrase = _LEADING_JUNK.sub("", phrase).strip(" ,")
    return phrase


# "Bank of England", "Federation of Small Businesses", "Ministry of Health and Social Care": an organisation's
# head, then "of" and what it is of; capitalised runs alone would keep only the part after "of".
_CAPITAL_WORD = re.compile(r"\b[A-Z]")
_OF_NAME = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*)*"
)
_AND_NAME = re.compile(
    r"\b[Tt]he\s+(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+and\s+(?P<last>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


def _joined_org_name(phrase: str, last_run: str) -> str | None:
    """The organisation's whole name when the run nearest the verb is the tail of a longer one: "the Bank of
    England" (not "England"), "the Markets and Competition Board" (not "Competition Board")."""
    # Tried at every capitalised word: "The Governor of the Bank of England" holds "Bank of England".
    for start in (w.start() for w in _CAPITAL_WORD.finditer(phrase)):
        m = _OF_NAME.match(phrase, start)
        if m and last_run in m.group() and ORG_HEAD_END.search(m.group("head")):
            return _trim_name(m.group())
    m = _AND_NAME.search(phrase)
    if m and last_run in m.group() and is_single_name([f"The {m.group('first')}", m.group("last")]):
        return f"{m.group('first')} and {m.group('last')}"
    return None


def _named_part(phrase: str, runs: list[str]) -> str:
    """The name in a subject phrase: the last capitalised run ("IMF official Nathan Porter" -> Nathan Porter)."""
    name = runs[-1]
    # "Finance Minister Ishaq Dar": the run already holds the title; a possessive
    # ("Porter's statement") leaves the owner.
    return name


def _outlet_name(phrase: str) -> str:
    m = re.search(rf"\b(?:{_KNOWN_OUTLETS})\b", phrase)
    if m:
        return m.group()
    runs = [_trim_name(r.group()) for r in _CAP_RUN.finditer(phrase)]
    runs = [r for r in runs if r]
    return runs[-1] if runs else phrase
