"""Boilerplate removal for article bodies, keeping offsets back to the input honest.

The cleaner only ever keeps or drops whole lines (plus leading/trailing blank
runs), so every kept character is byte-identical to the input and a body
offset maps back to an input offset through a short table of segments.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

# Reasons recorded in CleanResult.removed.
PROMO = "promo"
DEVELOPING = "developing"
NEWSLETTER = "newsletter"
COMMENT_FORM = "comment form"
APP_BANNER = "app banner"
LOGO = "logo"
SHARE = "share"
SHORTCODE = "shortcode"
BYLINE = "byline"
CAPTION = "caption"
DUPLICATE = "duplicate"
TITLE = "title"
CREDIT = "credit"
SUBHEAD = "subhead"
BLANK = "blank"

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_WS = re.compile(r"\s+")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?|\d{1,2}\s*[ap]\.?m\.?)"
_DATE_OR_TIME = re.compile(rf"\b(?:{_DATE}|{_TIME})", re.I)

# A promo box with its headline on the same line: "READ: ...", "Also Read: ...".
_PROMO_LABELS = (
    r"read|also read|read also|read more|more|see also|related|related articles?"
    r"|related stories|related news|related posts?|related content|related coverage|more coverage|recommended"
    r"|recommended stories|must read|don'?t miss|trending|watch|listen|also see"
    r"|you may also like|you might also like|more stories|more from [\w .'-]{1,30}"
    r"|further reading|top stories|editor'?s picks?|live"
)
_PROMO_INLINE = re.compile(rf"^(?:{_PROMO_LABELS})\s*(?::|>+|\u00bb|\|)\s*\S", re.I)
# The same label alone on a line; the headline(s) follow on the next line(s).
_PROMO_LABEL_ONLY = re.compile(rf"^(?:{_PROMO_LABELS})\s*(?::|>+|\u00bb|\||-|\u2013|\u2014)?$", re.I)
_CLICK = re.compile(r"^(?:\(?(?:click|tap|press)\s+here\b|.*\b(?:click|tap)\s+here\s+to\b)", re.I)
_DEVELOPING = re.compile(
    r"^[(\[]?(?:more to follow|more to come|more details to follow|details to follow"
    r"|further details to follow|updates? to follow|developing(?: story)?"
    r"|this is a developing story|this story is developing"
    r"|(?:this|the) (?:story|article|report) (?:will be|is being|has been|may be) updated)\b",
    re.I,
)
_NEWSLETTER = re.compile(
    r"^(?:subscribe|sign[ -]?up|register|join|get|receive|stay)\b.*"
    r"\b(?:newsletters?|inbox|mailing list|e-?mail alerts?|news alerts?|updates|whatsapp channel"
    r"|telegram channel|briefing|digest)\b",
    re.I,
)
# Wire-story footers: "Our Standards: The Thomson Reuters Trust Principles.", "For more deals news, see ...".
_FOOTER = re.compile(
    r"^(?:our standards\s*:|for more\b[^.]{0,60}?\b(?:see|visit|go to|head to)\s+(?:the|our|www\.|https?:))", re.I
)
# A reading-time stamp marks a header line: "Markets & Economy | 11 Nov 2025 | 4 min read".
_READ_TIME = re.compile(r"\b\d+\s*-?\s*min(?:ute)?s?\.?\s+read\b", re.I)
_SUBSCRIBE_SHORT = re.compile(r"^(?:subscribe|sign[ -]?up|newsletter)\b", re.I)
_NEWSLETTER_WORD = re.compile(r"\bnewsletters?\b", re.I)
_COMMENT_START = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
    r"|join the (?:conversation|discussion)|comments are closed)\s*[:.]?$",
    re.I,
)
_COMMENT_HEADER = re.compile(r"^(?:\d+\s+(?:comments?|responses?|replies)|comments?(?:\s*\(\d+\))?)\s*:?$", re.I)
_COMMENT_LINE = re.compile(
    r"^(?:your email address will not be published|required fields are marked"
    r"|save my name,? email|you must be logged in to post a comment|cancel reply$"
    r"|post comment$|(?:name|e-?mail|website|comment)\s*\*?$|notify me of (?:follow-up comments|new posts))",
    re.I,
)
# "Get our blog's APP on Google Playstore ...", "Download the app": imperative plus a store or app.
_APP_STORE = re.compile(
    r"^(?:get|download|install|grab|try|available|now available|also available)\b.*"
    r"(?:google\s*play|play\s*store|app\s*store|appstore|app gallery)",
    re.I,
)
_APP_DOWNLOAD = re.compile(r"^(?:download|install|get)\s+(?:(?:our|the|my)\s+)?(?:[\w.'\u2019-]+\s+){0,3}apps?\b", re.I)
_LOGO = re.compile(r"^[\w.&'\u2019\- ]{1,40}\s+logo$", re.I)
_SHARE = re.compile(
    r"^(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) [\w ]{1,30})?"
    r"|follow us(?: on .{1,60})?|like us on .{1,40}|join us on .{1,40}|connect with us.{0,60}"
    r"|find us on .{1,40}|follow (?:@?\w+ )?on (?:twitter|x|facebook|instagram|linkedin|google news)\b.{0,40}"
    r"|copy link|print(?: this)?(?: article)?|email this(?: article)?)\s*[:!.]?$",
    re.I,
)
_SOCIAL_WORDS = frozenset(
    {"facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "telegram", "reddit"}
    | {"pinterest", "print", "share", "copy", "link", "messenger", "instagram", "tumblr"}
    | {"flipboard", "threads", "bluesky", "mail", "sms"}
)
_SHORTCODE = re.compile(r"^(?:\[/?[A-Za-z][\w-]*(?:\s[^\[\]\n]*)?\]\s*)+$")
_BYLINE_STAMP = re.compile(r"\b(?:published|updated|posted|last (?:updated|modified))\b(?:\s+on)?:?\s*", re.I)
_BYLINE_BY = re.compile(r"^[Bb]y\s+[A-Z]")
_BY_NAME_ONLY = re.compile(
    r"^[Bb]y\s+(?:[A-Z][\w.'\u2019\-]*|and|&|de|da|van|von|bin|al-[\w'-]+|,)(?:\s+(?:[A-Z][\w.'\u2019\-]*|and|&|de|da|van|von|bin|al-[\w'-]+|,)){0,7}$"
)
_STAMP_ONLY = re.compile(
    rf"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?{_DATE}"
    rf"(?:\s*(?:,|at|\||-|\u2013|\u2014)?\s*{_TIME})?$|^{_TIME}(?:\s*(?:,|\||-|\u2013|\u2014)?\s*{_DATE})?$",
    re.I,
)
_PICTURE_WORDS = "photo|photograph|picture|image"
_CAPTION_PREFIX = re.compile(
    rf"^[(\[]?(?:{_PICTURE_WORDS}|chart|graphic|infographic|map|video|file photo|pic|credit)s?\s*(?::|by\b)", re.I
)
# A short line that ends by crediting its picture ("... on Monday. Photo: Valley Post", "(Photo: AP/J. Doe)").
_PICTURE = rf"(?:{_PICTURE_WORDS})s?\s*(?::|by\b)"
_CAPTION_END = re.compile(
    rf"[.!?]\s+(?:\({_PICTURE}[^()]{{1,60}}\)|\[{_PICTURE}[^\[\]]{{1,60}}\]|{_PICTURE}[^.]{{1,60}})\.?$", re.I
)
_AGENCIES = (
    r"reuters|afp|ap|epa|getty images|shutterstock|bloomberg|pid|pti|ani|xinhua|anadolu"
    r"|file|handout|supplied|afp via getty images|ap photo|efe|dpa|ians|sipa|alamy"
)
_CAPTION_CREDIT = re.compile(
    rf"(?:(?:[\u2014\u2013]|\s-)\s*[^\u2014\u2013]{{0,40}}?\bvia\s+[\w.&'\u2019 ]{{1,30}}"
    rf"|(?:[\u2014\u2013|]|\s-|\s/)\s*(?:{_AGENCIES})(?:\s*/\s*[\w.'\u2019 ]{{1,30}})?"
    rf"|\((?:{_AGENCIES}|photo[^)]{{0,60}}|[^)]{{0,40}}/(?:{_AGENCIES}))\)"
    rf"|\b(?:{_PICTURE_WORDS}|credit)s?\s*(?::|by)\s*[^.]{{1,60}}"
    rf"|\bgetty images)\s*\.?$",
    re.I,
)
_CREDIT_EXPLICIT = re.compile(
    r"^[(\[]?(?:source|sources|via|credit|courtesy(?: of)?|with inputs? from|inputs? from"
    r"|(?:additional )?reporting by|writing by|editing by|edited by|compiled by|written by"
    r"|copyright|©|\(c\))\b",
    re.I,
)
# A wire service's credit line wherever it stands (promo lines may follow it): "(Reporting by A in X; Editing by
# B)", "Reporting by A; additional reporting by B". Not a sentence opening "Reporting by the BBC showed ...".
_WIRE_CREDIT = re.compile(
    r"^(?:\((?:additional )?(?:reporting|writing|editing) by [^().]+\)"
    r"|(?:additional )?(?:reporting|writing) by [^;.]+;\s*"
    r"(?:additional reporting|writing|editing) by [^;]+(?:;[^;]+)*)$",
    re.I,
)
_IN_YOUR_INBOX = re.compile(r"\bin your inbox\b", re.I)  # "The Morning Herald: the day's news, in your inbox by 7am"
_ABOUT_AUTHOR = re.compile(r"^about the authors?\s*:", re.I)
_AMPM_END = re.compile(r"[ap]\.m\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*$")
_NO_CREDIT_END = re.compile(r"[.!?\u2026:;,][\"'\u2019\u201d)\]]*$")
_OPEN_QUOTES = "\"\u201c\u2018'\u00ab\u201e"
_CLOSE_QUOTES = "\"\u201d\u2019'\u00bb\u201c"


@dataclass(frozen=True)
class CleanResult:
    """A cleaned body, its trailing credit line, and what was cut from the input."""

    body: str
    credit: str | None
    removed: tuple[tuple[int, int, str], ...]
    # (body_start, input_start, length) for each kept run of input characters.
    segments: tuple[tuple[int, int, int], ...] = field(default=(), repr=False, compare=False)

    def to_input_offset(self, body_offset: int) -> int:
        """Map an offset into body back to the same character's offset in the input."""
        if not 0 <= body_offset <= len(self.body):
            raise IndexError(f"body offset {body_offset} out of range 0..{len(self.body)}")
        if not self.segments:
            return body_offset
        i = bisect.bisect_right(self.segments, body_offset, key=lambda s: s[0]) - 1
        body_start, input_start, _ = self.segments[max(i, 0)]
        return input_start + (body_offset - body_start)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def content_hash(body: str) -> str:
    """Return the duplicate key: sha256 hex of the whitespace-normalized, casefolded body."""
    return hashlib.sha256(_norm(body).encode("utf-8")).hexdigest()


def _is_real_paragraph(s: str) -> bool:
    """A running-text paragraph: several words ending like a sentence."""
    return len(s.split()) >= 6 and bool(_SENTENCE_END.search(s))


def _is_headline_like(s: str) -> bool:
    return 0 < len(s) <= 200 and not _SENTENCE_END.search(s)


def _line_reason(s: str) -> str | None:
    """Classify one stripped, non-empty line as boilerplate, or None to keep it."""
    words = s.split()
    wc = len(words)
    if wc > 40 or len(s) > 500:  # boilerplate lines are short; this also bounds regex work
        return None
    if _SHORTCODE.match(s):
        return SHORTCODE
    if wc <= 30 and (_PROMO_INLINE.match(s) or _PROMO_LABEL_ONLY.match(s)):
        return PROMO
    if wc <= 15 and (_CLICK.match(s) or _FOOTER.match(s)):
        return PROMO
    if wc <= 20 and _READ_TIME.search(s):
        return BYLINE
    if wc <= 20 and _DEVELOPING.match(s):
        return DEVELOPING
    if wc <= 20 and (
        _NEWSLETTER.match(s) or (wc <= 8 and _SUBSCRIBE_SHORT.match(s)) or (wc <= 6 and _NEWSLETTER_WORD.search(s))
    ):
        return NEWSLETTER
    if wc <= 20 and _IN_YOUR_INBOX.search(s):
        return NEWSLETTER
    if wc <= 40 and _ABOUT_AUTHOR.match(s):
        return BYLINE
    if wc <= 25 and _COMMENT_LINE.match(s):
        return COMMENT_FORM
    if (wc <= 30 and _APP_STORE.match(s)) or (wc <= 15 and _APP_DOWNLOAD.match(s)):
        return APP_BANNER
    if wc <= 5 and _LOGO.match(s):
        return LOGO
    if wc <= 12 and (_SHARE.match(s) or all(w.strip(":|•·,").casefold() in _SOCIAL_WORDS for w in words)):
        return SHARE
    if wc <= 30 and not _SENTENCE_END.search(_AMPM_END.sub("", s)) and _DATE_OR_TIME.search(s):
        stamp = _BYLINE_STAMP.search(s)
        if stamp and _DATE_OR_TIME.search(s, stamp.end()):
            return BYLINE
        if _BYLINE_BY.match(s) and wc <= 20:
            return BYLINE
    if wc <= 10 and (_STAMP_ONLY.match(s) or _BY_NAME_ONLY.match(s)):
        return BYLINE
    if _WIRE_CREDIT.match(s):
        return CREDIT
    if wc <= 40 and (_CAPTION_PREFIX.match(s) or _CAPTION_END.search(s)):
        return CAPTION
    return None


def _looks_like_caption(s: str) -> bool:
    return bool(_CAPTION_PREFIX.match(s) or _CAPTION_CREDIT.search(s))


def _is_quote_line(s: str) -> bool:
    return len(s) > 2 and s[0] in _OPEN_QUOTES and s.rstrip(".,;:")[-1] in _CLOSE_QUOTES


def clean_body(text: str, title: str | None = None) -> CleanResult:
    """Drop boilerplate lines from an article body; keep kept lines byte-identical."""
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    content = [text[a:b].rstrip("\r\n") for a, b in spans]
    stripped = [c.strip() for c in content]
    n = len(spans)
    drop: list[str | None] = [None] * n
    title_key = _norm(title) if title else None

    # 1. Line patterns, the comment form tail, promo labels with their headlines.
    i = 0
    while i < n:
        s = stripped[i]
        if not s or drop[i]:
            i += 1
            continue
        if title_key and _norm(s) == title_key:
            drop[i] = TITLE
        elif len(s.split()) <= 6 and (
            _COMMENT_START.match(s)
            or (_COMMENT_HEADER.match(s) and not any(_is_real_paragraph(t) for t in stripped[i + 1 :]))
        ):
            # Everything below "Leave a Reply" is the comment form, sign-up boxes and comments.
            for j in range(i, n):
                drop[j] = drop[j] or (COMMENT_FORM if stripped[j] else None)
            break
        elif _PROMO_LABEL_ONLY.match(s):
            drop[i] = PROMO
            j = i + 1
            while j < n and stripped[j] and _is_headline_like(stripped[j]):
                drop[j] = PROMO
                j += 1
            if j == i + 1:
                # Label, blank line, then a lone headline line.
                k = j
                while k < n and not stripped[k]:
                    k += 1
                if k < n and _is_headline_like(stripped[k]) and (k + 1 >= n or not stripped[k + 1]):
                    drop[k] = PROMO
                    j = k + 1
            i = j
            continue
        else:
            drop[i] = _line_reason(s)
        i += 1

    # 2. Repeated lines: both copies of a doubled caption, otherwise the later copies.
    seen: dict[str, list[int]] = {}
    for i in range(n):
        if stripped[i] and not drop[i] and len(stripped[i].split()) >= 3:
            seen.setdefault(_norm(stripped[i]), []).append(i)
    for idxs in seen.values():
        if len(idxs) < 2:
            continue
        if _looks_like_caption(stripped[idxs[0]]):
            for i in idxs:
                drop[i] = CAPTION
        else:
            for i in idxs[1:]:
                drop[i] = DUPLICATE

    kept = [i for i in range(n) if stripped[i] and not drop[i]]

    # 3. A short trailing credit line ("Arab World/Maghrebi", "Source: Reuters").
    credit: str | None = None
    if len(kept) >= 2:
        last = kept[-1]
        s = stripped[last]
        prev_blank = last > 0 and (not stripped[last - 1] or drop[last - 1] is not None)
        short = len(s.split()) <= 8 and len(s) <= 80
        short = short and not _NO_CREDIT_END.search(s) and not _is_quote_line(s)
        explicit = len(s.split()) <= 30 and _CREDIT_EXPLICIT.match(s)
        if prev_blank and (short or explicit) and any(_is_real_paragraph(stripped[k]) for k in kept[:-1]):
            credit = s
            drop[last] = CREDIT
            kept.pop()

    if credit is None:  # a wire's credit line with lines after it that are kept
        credit = next((stripped[i] for i in range(n) if drop[i] == CREDIT), None)

    # 4. Subheads: a lone short line between two running-text paragraphs, or a
    #    quoted line whose words are quoted again elsewhere in the body.
    paragraphs: list[list[int]] = []
    prev = -2
    for i in kept:
        if i == prev + 1:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
        prev = i
    body_key = None
    for p, para in enumerate(paragraphs):
        if len(para) != 1 or p == 0:
            continue
        s = stripped[para[0]]
        if len(s.split()) > 14 or len(s) > 120:
            continue
        if _is_quote_line(s):
            inner = _norm(s.strip(_OPEN_QUOTES + _CLOSE_QUOTES + " .,;:"))
            if body_key is None:
                body_key = _norm(" ".join(stripped[k] for k in kept))
            if len(inner.split()) >= 3 and body_key.count(inner) >= 2:
                drop[para[0]] = SUBHEAD
                continue
        if (
            not _NO_CREDIT_END.search(s)
            and p + 1 < len(paragraphs)
            and _is_real_paragraph(stripped[paragraphs[p - 1][-1]])
            and _is_real_paragraph(stripped[paragraphs[p + 1][0]])
        ):
            drop[para[0]] = SUBHEAD

    # 5. Blank lines: none at the ends, at most one between paragraphs.
    keep_idx = [i for i in range(n) if not drop[i]]
    nonblank = [i for i in keep_idx if stripped[i]]
    if nonblank:
        first, last = nonblank[0], nonblank[-1]
        prev_blank = False
        for i in keep_idx:
            if stripped[i]:
                prev_blank = False
                continue
            if i < first or i > last or prev_blank:
                drop[i] = BLANK
            prev_blank = True
    else:
        for i in keep_idx:
            drop[i] = BLANK

    # 6. Assemble body, segment table and removed spans; the last kept line loses
    #    its line break and trailing whitespace.
    segments: list[tuple[int, int, int]] = []
    removed: list[tuple[int, int, str]] = []
    parts: list[str] = []
    body_len = 0
    last_kept = max((i for i in range(n) if not drop[i]), default=-1)

    def cut(a: int, b: int, reason: str) -> None:
        if a >= b:
            return
        if removed and removed[-1][1] == a and removed[-1][2] == reason:
            removed[-1] = (removed[-1][0], b, reason)
        else:
            removed.append((a, b, reason))

    for i, (a, b) in enumerate(spans):
        if drop[i]:
            cut(a, b, drop[i])
            continue
        end = b
        if i == last_kept:
            end = a + len(content[i].rstrip())
        if segments and segments[-1][1] + segments[-1][2] == a:
            bs, ins, ln = segments[-1]
            segments[-1] = (bs, ins, ln + end - a)
        else:
            segments.append((body_len, a, end - a))
        parts.append(text[a:end])
        body_len += end - a
        cut(end, b, BLANK)
    return CleanResult(body="".join(parts), credit=credit, removed=tuple(removed), segments=tuple(segments))
