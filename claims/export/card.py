"""The dataset card: a Markdown file written beside every export.

`DatasetStats` counts the records as they stream past (state bounded by the label vocabularies, not by
the number of claims); `build_card` turns the counts and the provenance into Markdown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from claims.export.agreement import FIELDS, AlphaAccumulator, label_tuple
from claims.export.claimreview import BEST_RATING, RATINGS, WORST_RATING

# The CLAIM record's fields and their meaning (contracts.md), in record order.
FIELD_DOCS: list[tuple[str, str]] = [
    ("id", "Claim id (string), stable within this database."),
    ("text", "The atomic claim, self-contained (pronouns and omitted subjects restored)."),
    ("article_id", "Id of the article the claim was extracted from."),
    ("outlet", "The publisher of that article."),
    ("url", "The article's URL."),
    ("published", "The article's publication date (YYYY-MM-DD), or null."),
    ("story", "The story (event) the article belongs to, or null."),
    ("span", "`start`/`end`: character offsets of the claim in the article's cleaned body."),
    ("sentence", "The source sentence."),
    ("origin", "`auto` (extraction engine) or `manual` (added by a person)."),
    (
        "attribution",
        "Who says so: `type` (source type), `source` (name), `cue` (reporting verb), "
        "`origin` (`suggested` by the engine or `reviewed` by people).",
    ),
    ("quantities", "Numbers in the claim: `kind`, `low`, `high`, `unit`, surface `text`."),
    ("dates", "Dates in the claim: `start`, `end` (YYYY-MM-DD), surface `text`."),
    ("kind", "`event`, `numerical`, `quote`, `causal` or `position`."),
    ("hedged", 'The claim is hedged ("reportedly", "could").'),
    ("direct_quote", "The claim is a direct quote."),
    ("attribution_chain", "Nested attributions, outermost first."),
    ("status", "Workflow status: `new`, `in_review`, `needs_adjudication`, `verified`, `rejected`."),
    ("verdict", "`supported`, `refuted`, `misleading`, `not_enough_evidence`, `not_checkable`, or null."),
    ("verdict_rationale", "A lead's reason when the claim was adjudicated, else null."),
    ("evidence", "Evidence items: `kind`, `url`, quoted `passage`, `linked_claim_id`, `user_id`, `created_at`."),
    (
        "annotations",
        "Each reviewer's submitted judgement: `user_id` (reviewers appear by numeric id, not by name), "
        "source type/name/cue, quote, hedging, verdict, confidence, note, corrections, `submitted_at`.",
    ),
    (
        "agreement",
        "`annotations` (how many), and the share of reviewer pairs that agree on all three fields "
        "(`overall`) and on each of `source_type`, `verdict`, `source_name`; null with fewer than two.",
    ),
    ("cluster_id", "Group of claims linked across outlets as the same fact, or null."),
    (
        "links",
        "The same claim in other outlets' articles: other claim `id`, `outlet`, `url`, `relation` "
        "(`same`/`conflict`), `field` that differs, matcher `score`, `status`, `link_id`.",
    ),
    ("updated_at", "When the claim last changed (ISO 8601, UTC)."),
]

HOW_MADE = """\
Articles were imported and cleaned (page boilerplate removed; character offsets point into the
cleaned body). The extraction engine split each article into atomic claims and suggested their
attribution, quantities and dates. Reviewers annotated claims independently (blind to each other
until they submitted). A claim is `verified` (or `rejected` as not a claim) when the required number
of annotations agree fully on source type, source name and verdict, or when a lead adjudicates a
disagreement (then `verdict_rationale` is set). Claims were linked across outlets by a fuzzy matcher;
links are `suggested` until a reviewer confirms or rejects them."""


class DatasetStats:
    """Counts, label distributions and agreement over the exported records.

    `track` counts a stream a batch at a time (Counter.update over each batch's column of labels, and
    identical agreement units counted once with their multiplicity): a per-record Python loop was a
    tenth of an export's time. The state stays bounded by the label vocabularies and the batch size.
    The batch is kept small: records held longer outlive more garbage-collector passes, and a thousand
    of them set off full collections (see claims.services.exports.BATCH_SIZE).
    """

    BATCH = 100

    def __init__(self) -> None:
        self.records = 0
        self.reviewable = 0
        self.annotations = 0
        self.evidence = 0
        self.links = 0
        self.distributions: dict[str, Counter[str]] = {
            name: Counter() for name in ("status", "verdict", "source type", "kind", "outlet", "story")
        }
        self.flags: Counter[str] = Counter()
        self.alpha = {field: AlphaAccumulator() for field in (*FIELDS, "overall")}
        self.claim_agreement_sum = 0.0
        self.claim_agreement_n = 0
        self.reviewers: set[int] = set()
        self.first_published: str | None = None
        self.last_published: str | None = None

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one record."""
        self.add_many([record])

    def add_many(self, records: Sequence[Mapping[str, Any]]) -> None:
        """Count a batch of records (the same counts as adding them one by one)."""
        if not records:
            return
        self.records += len(records)
        self.reviewable += sum(
            1 for r in records if r.get("status") == "verified" and r.get("verdict") in RATINGS
        )  # is_reviewable, inlined
        d = self.distributions
        d["status"].update([r["status"] for r in records])
        d["verdict"].update([r["verdict"] or "(none)" for r in records])
        d["source type"].update([r["attribution"]["type"] or "(none)" for r in records])
        d["kind"].update([r["kind"] or "(none)" for r in records])
        d["outlet"].update([r["outlet"] or "(none)" for r in records])
        d["story"].update([r.get("story") or "(none)" for r in records])
        flags = self.flags
        # Every flag is counted (zero included) in this order, as the card lists them.
        flags["hedged"] += sum(1 for r in records if r["hedged"])
        flags["direct_quote"] += sum(1 for r in records if r["direct_quote"])
        flags["with quantities"] += sum(1 for r in records if r["quantities"])
        flags["with dates"] += sum(1 for r in records if r["dates"])
        with_links = [len(r["links"]) for r in records]
        flags["with links"] += len(with_links) - with_links.count(0)
        self.links += sum(with_links)
        self.evidence += sum([len(r["evidence"]) for r in records])
        annotated = [r["annotations"] for r in records if r["annotations"]]
        self.annotations += sum([len(a) for a in annotated])
        self.reviewers.update([a["user_id"] for annotations in annotated for a in annotations])
        units = Counter([tuple([label_tuple(a) for a in many]) for many in annotated if len(many) >= 2])
        alpha = [self.alpha[field] for field in FIELDS]
        overall_alpha = self.alpha["overall"]
        for labels, times in units.items():
            for i, acc in enumerate(alpha):
                acc.add_times([lab[i] for lab in labels], times)
            overall_alpha.add_times(labels, times)
        overall = [o for r in records if (o := (r.get("agreement") or {}).get("overall")) is not None]
        self.claim_agreement_n += len(overall)
        for value in overall:  # one by one, in record order: the same float sum as record by record
            self.claim_agreement_sum += value
        published = [p for r in records if (p := r.get("published"))]
        if published:
            low, high = min(published), max(published)
            if self.first_published is None or low < self.first_published:
                self.first_published = low
            if self.last_published is None or high > self.last_published:
                self.last_published = high

    def track(self, records: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
        """Pass the records through, counting them a batch at a time (the last part when the stream ends)."""
        batch: list[Mapping[str, Any]] = []
        try:
            for record in records:
                batch.append(record)
                if len(batch) >= self.BATCH:
                    self.add_many(batch)
                    batch = []
                yield record
        finally:
            self.add_many(batch)


def md(text: Any) -> str:
    """Text safe inside a Markdown table cell: no HTML, no pipes, no line breaks."""
    value = str(text)
    for old, new in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("\r", " "), ("\n", " ")):
        value = value.replace(old, new)
    return value


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _distribution(title: str, counts: Counter[str], total: int, limit: int = 30) -> list[str]:
    lines = [f"### {title}", "", "| value | claims | share |", "|---|---:|---:|"]
    ranked = counts.most_common()
    for value, n in ranked[:limit]:
        lines.append(f"| {md(value)} | {n} | {n / total:.1%} |")
    if len(ranked) > limit:
        rest = sum(n for _, n in ranked[limit:])
        lines.append(f"| ({len(ranked) - limit} more) | {rest} | {rest / total:.1%} |")
    return [*lines, ""]


def build_card(stats: DatasetStats, provenance: Mapping[str, Any]) -> str:
    """The dataset card in Markdown. `provenance`: format, file, tool version, generated_at, filters, database."""
    fmt = provenance.get("format", "")
    total = stats.records
    out = ["# Dataset card: verified claims" if _verified_only(provenance) else "# Dataset card: claims", ""]
    out += [
        "Claims extracted from news articles and checked by reviewers in the `claims` workbench, with where",
        "each comes from (outlet, article URL, character span), what reviewers said (annotations, evidence,",
        "verdict), how far they agreed, and links to other outlets' versions of the same claim.",
        "",
        "## Provenance",
        "",
        "| | |",
        "|---|---|",
    ]
    for key in ("file", "format", "tool", "tool_version", "generated_at", "database", "exported_by"):
        if provenance.get(key) is not None:
            out.append(f"| {key.replace('_', ' ')} | {md(provenance[key])} |")
    filters = provenance.get("filters") or {}
    shown = {k: v for k, v in filters.items() if v not in (None, (), [], "")}
    out.append(f"| filters | {md('; '.join(f'{k}={_show(v)}' for k, v in shown.items()) or 'none')} |")
    out += ["", "## Counts", ""]
    out.append(f"- records: {total}")
    if fmt == "claimreview":
        skipped = total - stats.reviewable
        out.append(f"- ClaimReview items: {stats.reviewable} (verified claims with a verdict; {skipped} skipped)")
    out.append(f"- annotations: {stats.annotations} by {len(stats.reviewers)} reviewers")
    out.append(f"- evidence items: {stats.evidence}")
    out.append(f"- links to other outlets' versions: {stats.links}")
    if stats.first_published:
        out.append(f"- articles published from {stats.first_published} to {stats.last_published}")
    for flag, n in stats.flags.items():
        out.append(f"- {flag.replace('_', ' ')}: {n}")
    out.append("")
    if total:
        out += ["## Label distributions", ""]
        for title, counts in stats.distributions.items():
            out += _distribution(title.capitalize(), counts, total)
    out += [
        "## Agreement",
        "",
        "Krippendorff's alpha (nominal) over the exported claims' submitted annotations, per field, and the",
        "share of claims (with two or more annotations) on which all reviewers gave the same label. Verdict",
        "agreement in the 0.6s is normal for fact-checking (AVeriTeC reports kappa 0.62).",
        "",
        "| field | alpha | claims with full agreement | claims with 2+ annotations |",
        "|---|---:|---:|---:|",
    ]
    for field, acc in stats.alpha.items():
        name = "all three fields" if field == "overall" else field
        out.append(f"| {name} | {_figure(acc.alpha)} | {_figure(acc.percent_agreement)} | {acc.units} |")
    mean = stats.claim_agreement_sum / stats.claim_agreement_n if stats.claim_agreement_n else None
    out += ["", f"Mean per-claim agreement (`agreement.overall`): {_figure(mean)}.", ""]
    out += ["## Fields", "", "| field | meaning |", "|---|---|"]
    out += [f"| `{name}` | {md(text)} |" for name, text in FIELD_DOCS]
    out += ["", _format_notes(fmt), "", "## ClaimReview rating scale", ""]
    out += [
        f"Verdicts map to schema.org `reviewRating` (higher = truer; bestRating {BEST_RATING}, "
        f"worstRating {WORST_RATING}):",
        "",
        "| verdict | ratingValue | alternateName |",
        "|---|---:|---|",
    ]
    out += [f"| {v} | {n if n is not None else '(none)'} | {name} |" for v, (n, name) in RATINGS.items()]
    out += ["", "## How the data were made", "", HOW_MADE, ""]
    return "\n".join(out)


def _verified_only(provenance: Mapping[str, Any]) -> bool:
    return list((provenance.get("filters") or {}).get("status") or []) == ["verified"]


def _show(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def _format_notes(fmt: str) -> str:
    notes = {
        "jsonl": "## This file\n\nJSONL: one CLAIM record (the fields above) per line, UTF-8.",
        "csv": (
            "## This file\n\nCSV, UTF-8 with a byte-order mark (so spreadsheets detect UTF-8), one row per claim. "
            "Nested fields are flattened: `span_start`/`span_end`, `attribution_type`/`_source`/`_cue`/`_origin`, "
            "the first quantity and date in plain columns and every list as JSON text in `*_json` columns, "
            "`agreement*` from the agreement object. Text cells starting with = + - @, a tab or a carriage "
            "return are prefixed with an apostrophe (') so spreadsheets do not run them as formulas; strip it "
            "to recover the original text, which JSONL and Parquet keep unchanged."
        ),
        "parquet": (
            "## This file\n\nParquet: one row per claim, typed columns (dates as date32, timestamps in UTC), "
            "nested fields as structs and lists of structs, in the record's field order."
        ),
        "claimreview": (
            "## This file\n\nClaimReview JSON-LD (schema.org): a document with `@context` https://schema.org and "
            "an `@graph` of one ClaimReview per verified claim with a verdict: `claimReviewed` is the claim text, "
            "`itemReviewed` a Claim with its `author` (the named source; omitted for anonymous, unattributed "
            "and document sources), `datePublished` and `appearance` (the article, and other outlets' versions "
            "confirmed as the same claim); `author` is the publishing organization."
        ),
    }
    return notes.get(fmt, "")
