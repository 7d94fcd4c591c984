"""Reading article files: formats, metadata, and one-line errors for bad input."""

from __future__ import annotations

import ast
import datetime
import json
import time
from pathlib import Path

import pytest

import claims.ingest
from claims.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    IngestError,
    SourceDocument,
    clean_body,
    list_files,
    read_file,
)

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "algeria-us-security.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
BODY = "The ministry said revenue rose 12 percent in the first quarter.\n\nOfficials expect more."


def write(path: Path, content: str | bytes) -> Path:
    """Write text as UTF-8 (or bytes as given), creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def read_all(path: Path, **kwargs: int) -> tuple[list[SourceDocument], list[IngestError]]:
    """Split read_file's output into documents and errors."""
    items = list(read_file(path, **kwargs))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def only_error(path: Path, **kwargs: int) -> IngestError:
    """The single error read_file reports for a bad file."""
    docs, errors = read_all(path, **kwargs)
    assert docs == []
    assert len(errors) == 1, errors
    return errors[0]


def assert_one_line(err: IngestError) -> None:
    assert str(err) == f"{err.origin}: {err.reason}"
    assert "\n" not in str(err) and "\r" not in str(err)
    assert "Traceback" not in str(err)


# --- the package surface ----------------------------------------------------------------------


def test_public_api() -> None:
    assert set(claims.ingest.__all__) == {
        "SourceDocument", "IngestError", "SUPPORTED_SUFFIXES", "MAX_FILE_BYTES", "list_files",
        "read_file", "CleanResult", "clean_body", "content_hash",
    }  # fmt: skip
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"} == SUPPORTED_SUFFIXES
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    err = IngestError("a.txt", "empty")
    assert (err.origin, err.reason, str(err)) == ("a.txt", "empty", "a.txt: empty")
    err = IngestError("my  file.txt", "line one\nline two\r\n")
    assert str(err) == "my  file.txt: line one line two"


def test_engine_is_framework_free() -> None:
    package = Path(claims.ingest.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    assert not name.startswith(("flask", "sqlalchemy", "claims.models", "claims.services")), (
                        source.name,
                        name,
                    )


# --- bad files: one error, one line ------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n \r\n", "empty"),
    ("image.txt", PNG, "binary file, not text"),
    ("controls.txt", bytes(range(1, 32)) * 20, "binary file, not text"),
    (
        "latin1.txt",
        "Caf\u00e9 cr\u00e8me au lait".encode("latin-1"),
        "not valid UTF-8 (byte 0xe9 at offset 3)",
    ),
    ("bom-latin1.txt", b"\xef\xbb\xbfCaf\xe9", "not valid UTF-8 (byte 0xe9 at offset 6)"),
    ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ("noext", b"hello", "unsupported file type (no suffix)"),
    ("bad-yaml.md", b"---\ntitle: [unclosed\n---\nTitle\n\nBody.", "bad front matter: "),
    (
        "list.md",
        b"---\n- a\n- b\n---\nTitle\n\nBody text.",
        "bad front matter: expected a mapping of fields, got a list",
    ),
    ("open.md", b"---\ntitle: x\nBody text without end.", "bad front matter: no closing '---' line"),
    (
        "bad-date.md",
        b"---\npublished: 30/06/2023\n---\nT\n\nBody.",
        "front matter: bad 'published' date '30/06/2023'",
    ),
    ("bad-date2.md", b"---\npublished: 2023-02-30\n---\nT\n\nBody.", "bad front matter: "),
    (
        "list-field.md",
        b"---\noutlet: [a, b]\n---\nT\n\nBody.",
        "front matter: field 'outlet' must be text, not list",
    ),
    ("title-only.txt", b"Just a headline\n\n", "no article text after the title line"),
    ("fm-only.md", b"---\noutlet: X\n---\n\n", "no article text after front matter"),
    ("nocol.csv", b"title,body\nA,B\n", "CSV has no 'text' or 'html' column (columns: title, body)"),
    ("header-only.csv", b"title,text\n", "no records"),
    ("syntax.json", b'{"title": "a",\n "text": }', "not valid JSON: Expecting value (line 2, column 10)"),
    ("scalar.json", b"42", "expected an object or a list of objects, got a number"),
    ("empty-list.json", b"[]", "no records"),
    ("one.json", b'{"title": "a"}', "missing 'text' (or 'html') field"),
    ("blank-text.json", b'{"text": "  \\n "}', "empty"),
    ("text-list.json", b'{"text": ["a"]}', "field 'text' must be a string, not a list"),
    ("blank-lines.jsonl", b"\n\n  \n", "empty"),
    ("empty.html", b"<html><body><script>var x = 1;</script></body></html>", "no article text found in HTML"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_gives_one_error(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path / name, content)
    err = only_error(path)
    assert_one_line(err)
    assert err.origin == str(path)
    assert err.reason.startswith(reason), err.reason


def test_malformed_front_matter_names_line(tmp_path: Path) -> None:
    err = only_error(write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\nTitle\n\nBody."))
    assert "line" in err.reason and "column" in err.reason
    assert_one_line(err)


def test_file_too_large_fails_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    start = time.perf_counter()
    err = only_error(path)
    assert time.perf_counter() - start < 1
    assert err.reason == "file too large (52.4 MB, limit 20 MB)"
    assert_one_line(err)


def test_max_bytes_is_a_parameter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Title\n\n" + BODY)
    assert only_error(path, max_bytes=10).reason.startswith("file too large")
    docs, errors = read_all(path, max_bytes=10_000)
    assert len(docs) == 1 and errors == []


def test_directory_given_to_read_file(tmp_path: Path) -> None:
    folder = tmp_path / "sub.txt"
    folder.mkdir()
    err = only_error(folder)
    assert err.reason == "is a directory, not a file"


# --- txt / md ----------------------------------------------------------------------------------


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbfHeadline here\n\n" + BODY.encode())
    (doc,) = read_all(path)[0]
    assert doc.title == "Headline here"
    assert doc.text == BODY
    assert not doc.raw.startswith("\ufeff")


FRONT_MATTER_CASES = [
    # (file, expected title, expected text start, expected published)
    (
        "---\ntitle: My Title\npublished: 2023-06-30\n---\nMy  title\n\n" + BODY,
        "My Title",
        BODY,
        datetime.date(2023, 6, 30),
    ),
    (
        "---\ntitle: My Title\npublished: 2023-06-30T08:57:00Z\n---\nOther first line\n\n" + BODY,
        "My Title",
        "Other first line\n\n" + BODY,
        datetime.date(2023, 6, 30),
    ),
    (
        "---\npublished: '2023-06-30'\noutlet: X\n---\nA short headline\n\n" + BODY,
        "A short headline",
        BODY,
        datetime.date(2023, 6, 30),
    ),
    ("---\n---\n" + BODY, None, BODY, None),
    ("A headline with no front matter\n" + BODY, "A headline with no front matter", BODY, None),
    (BODY, None, BODY, None),
    ("x" * 201 + "\n\n" + BODY, None, "x" * 201 + "\n\n" + BODY, None),
    ("# A Markdown heading\n\n" + BODY, "A Markdown heading", BODY, None),
    ("Headline\n  \n\t\n" + BODY + "\n \n", "Headline", BODY, None),
    (
        "---\ntitle: A Markdown heading\n---\n## A markdown  heading\n\n" + BODY,
        "A Markdown heading",
        BODY,
        None,
    ),
    (
        "\r\n\r\nCRLF headline\r\n\r\n" + BODY.replace("\n", "\r\n"),
        "CRLF headline",
        BODY.replace("\n", "\r\n"),
        None,
    ),
]


@pytest.mark.parametrize(("content", "title", "text", "published"), FRONT_MATTER_CASES)
def test_front_matter_and_title_line(
    tmp_path: Path, content: str, title: str | None, text: str, published: datetime.date | None
) -> None:
    path = write(tmp_path / "a.md", content)
    (doc,) = read_all(path)[0]
    assert (doc.title, doc.text, doc.published) == (title, text, published)
    assert doc.raw == content
    assert doc.origin == str(path)


def test_all_front_matter_fields(tmp_path: Path) -> None:
    content = (
        "---\noutlet: Dawn\nurl: https://dawn.com/a\npublished: 2023-06-30\ntitle: T\nauthor: Reuters\n"
        "language: en\nstory: imf\nextra: ignored\n---\nT\n\n" + BODY
    )
    (doc,) = read_all(write(tmp_path / "a.txt", content))[0]
    assert doc == SourceDocument(
        origin=str(tmp_path / "a.txt"), title="T", text=BODY, raw=content, outlet="Dawn",
        url="https://dawn.com/a", published=datetime.date(2023, 6, 30), author="Reuters", language="en",
        story="imf",
    )  # fmt: skip


@pytest.mark.parametrize("sidecar_name", ["a.meta.yaml", "a.yaml"])
def test_sidecar_metadata(tmp_path: Path, sidecar_name: str) -> None:
    write(
        tmp_path / sidecar_name,
        "outlet: Side\nurl: https://x.org/a\npublished: 2023-06-12\ntitle: Headline\n",
    )
    (doc,) = read_all(write(tmp_path / "a.txt", "Headline\n\n" + BODY))[0]
    assert (doc.outlet, doc.url, doc.published, doc.title, doc.text) == (
        "Side", "https://x.org/a", datetime.date(2023, 6, 12), "Headline", BODY,
    )  # fmt: skip


def test_front_matter_wins_over_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "a.meta.yaml", "outlet: Side\nstory: s1\n")
    (doc,) = read_all(write(tmp_path / "a.md", "---\noutlet: Front\n---\nHeadline\n\n" + BODY))[0]
    assert (doc.outlet, doc.story) == ("Front", "s1")


def test_bad_sidecar_is_reported(tmp_path: Path) -> None:
    side = write(tmp_path / "a.meta.yaml", "- not\n- a mapping\n")
    err = only_error(write(tmp_path / "a.txt", "Headline\n\n" + BODY))
    assert err.origin == str(side)
    assert err.reason == "bad sidecar metadata: expected a mapping of fields, got a list"


def test_seed_article_reads_and_cleans(tmp_path: Path) -> None:
    path = tmp_path / "algeria-us-security.txt"
    path.write_bytes(SEED.read_bytes())
    (doc,) = read_all(path)[0]
    assert doc.title == "Algeria-US partnership addresses security concerns"
    assert doc.text.startswith("At the conclusion of their visit")
    result = clean_body(doc.text, doc.title)
    assert result.credit == "Arab World/Maghrebi"
    for junk in ("READ:", "Leave a Reply", "Subscribe", "[mc4wp", "Required fields"):
        assert junk not in result.body


# --- html --------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pakistan, IMF reach $3bn deal | Example News</title>
<meta property="og:title" content="Pakistan, IMF reach $3bn deal">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-06-30T08:57:00+05:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example.com/2023/06/30/pakistan-imf">
<script>window.secret = "tracking-code-42";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Pakistan, IMF reach $3bn deal</h1>
<p>Pakistan has secured a staff-level agreement with the International Monetary Fund for a $3 billion
stand-by arrangement, the lender said on Friday after months of talks.</p>
<script>document.write("injected-script-text")</script>
<p>The IMF board still has to approve the deal in July, which brings relief to an economy grappling with
a severe balance of payments crisis. <img src="x.png" onerror="alert('onerror-payload')"></p>
<p onclick="steal()">Finance Minister Ishaq Dar had said a day earlier that the agreement was very close.</p>
</article>
<footer>Copyright 2023 Example News</footer>
</body>
</html>
"""


def test_html_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML_PAGE)
    (doc,) = read_all(path)[0]
    assert doc.title == "Pakistan, IMF reach $3bn deal"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.com/2023/06/30/pakistan-imf"
    assert doc.published == datetime.date(2023, 6, 30)
    assert doc.author == "Jane Doe"
    assert doc.language == "en"
    assert doc.text.startswith("Pakistan has secured a staff-level agreement")
    assert "very close" in doc.text
    assert doc.raw == HTML_PAGE


def test_hostile_html_leaves_no_script_or_markup(tmp_path: Path) -> None:
    (doc,) = read_all(write(tmp_path / "page.htm", HTML_PAGE))[0]
    for bad in ("tracking-code-42", "injected-script-text", "onerror", "alert", "steal()", "<", ">"):
        assert bad not in doc.text


# --- json / jsonl / csv ------------------------------------------------------------------------


def test_json_object_and_list(tmp_path: Path) -> None:
    record = {"title": "A", "text": BODY, "outlet": "O", "published": "2023-06-30", "unknown": 1}
    (doc,) = read_all(write(tmp_path / "one.json", json.dumps(record)))[0]
    assert (doc.origin, doc.title, doc.text, doc.outlet, doc.published) == (
        str(tmp_path / "one.json"), "A", BODY, "O", datetime.date(2023, 6, 30),
    )  # fmt: skip
    path = write(tmp_path / "many.json", json.dumps([record, "nope", {"title": "no text"}, record]))
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == [
        "SourceDocument",
        "IngestError",
        "IngestError",
        "SourceDocument",
    ]
    assert str(items[1]) == f"{path}:2: record is not an object (got a string)"
    assert str(items[2]) == f"{path}:3: missing 'text' (or 'html') field"
    assert items[3].origin == f"{path}:4"
    assert json.loads(items[0].raw) == record


def test_jsonl_bad_line_does_not_lose_the_rest(tmp_path: Path) -> None:
    good = json.dumps({"title": "A", "text": BODY})
    path = write(tmp_path / "a.jsonl", "\n".join([good, "{not json", "", good, "[1, 2]", good, ""]))
    items = list(read_file(path))
    assert [i.origin for i in items] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6)]
    docs = [i for i in items if isinstance(i, SourceDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 3
    assert [e.reason for e in errors] == [
        "not valid JSON: Expecting property name enclosed in double quotes (column 2)",
        "record is not an object (got a list)",
    ]
    for err in errors:
        assert_one_line(err)
    assert docs[0].raw == good


def test_json_html_field_is_extracted(tmp_path: Path) -> None:
    record = {"html": HTML_PAGE, "outlet": "Given Outlet"}
    (doc,) = read_all(write(tmp_path / "a.jsonl", json.dumps(record) + "\n"))[0]
    assert doc.outlet == "Given Outlet"  # fields in the record win over the page
    assert doc.title == "Pakistan, IMF reach $3bn deal"
    assert "injected-script-text" not in doc.text and doc.text.startswith("Pakistan has secured")


def test_json_bad_published_is_per_record(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps([{"text": BODY, "published": "soon"}, {"text": BODY}]))
    items = list(read_file(path))
    assert str(items[0]) == f"{path}:1: bad 'published' date 'soon' (expected YYYY-MM-DD)"
    assert isinstance(items[1], SourceDocument)


def test_csv_rows(tmp_path: Path) -> None:
    content = (
        "\ufefftitle,Text,outlet,published,extra\r\n"
        'A,"Line one.\r\n\r\nLine two, with comma.",O,2023-06-30,x\r\n'
        "B,,O,,\r\n"
        ",,,,\r\n"
        "C,Short text.,O,2023-07-01\r\n"
    )
    path = write(tmp_path / "a.csv", content)
    items = list(read_file(path))
    assert [i.origin for i in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    first, second, third = items
    assert isinstance(first, SourceDocument)
    assert (first.title, first.text, first.published) == (
        "A",
        "Line one.\r\n\r\nLine two, with comma.",
        datetime.date(2023, 6, 30),
    )
    assert json.loads(first.raw)["extra"] == "x"
    assert str(second) == f"{path}:2: empty"
    assert isinstance(third, SourceDocument) and third.published == datetime.date(2023, 7, 1)


def test_big_csv_field(tmp_path: Path) -> None:
    text = "word " * 60_000  # over the csv module's default 128 KiB field limit
    (doc,) = read_all(write(tmp_path / "a.csv", f"text\n{text}\n"))[0]
    assert len(doc.text) == len(text.strip())


# --- folders -----------------------------------------------------------------------------------


def test_list_files(tmp_path: Path) -> None:
    for name in [
        "b.txt", "a/one.md", "a/deep/two.html", "a/deep/three.JSONL", "a/one.meta.yaml", "a/notes.yaml",
        "a/image.png", ".hidden.txt", ".git/objects.txt", "a/.cache/x.json", "z.csv",
    ]:  # fmt: skip
        write(tmp_path / "tree" / name, "x")
    direct = write(tmp_path / "direct.pdf", "x")
    found = list_files([tmp_path / "tree", str(direct), tmp_path / "tree" / "b.txt"])
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == sorted(
        [
            "direct.pdf",
            "tree/a/deep/three.JSONL",
            "tree/a/deep/two.html",
            "tree/a/one.md",
            "tree/b.txt",
            "tree/z.csv",
        ]
    )


def test_list_files_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(IngestError) as info:
        list_files([missing])
    assert str(info.value) == f"{missing}: no such file or directory"
