"""Decoding, header metadata and page furniture."""

from datetime import date

import pytest

from factcheck import documents
from factcheck.errors import InputError


def parse(text, rules):
    return documents.parse_document("x.txt", text, rules, lambda s: None)


def test_decoding_falls_back_and_never_crashes():
    assert documents.decode("Café".encode("utf-8-sig"), "a") == ("Café", None)
    text, note = documents.decode("Café — 13 000".encode("cp1252"), "a")
    assert text == "Café — 13 000" and "cp1252" in note
    text, note = documents.decode(b"\x81\x8d\x8f\x90\x9d", "a")
    assert note and "latin-1" in note and len(text) == 5


def test_binary_is_refused():
    with pytest.raises(InputError, match=r"^a: binary file"):
        documents.decode(b"%PDF-1.4\x00\x00", "a")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        documents.read_bytes(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        documents.read_bytes(str(tmp_path))


HEADER = """Storm batters the coast as thousands flee
20230914
https://news.example.com/storm-batters-coast

The storm came ashore early on Thursday with winds of 150 mph, officials said.
"""


def test_header_gives_title_and_date_and_is_not_story(rules):
    doc = documents.parse_document("x.txt", HEADER, rules, lambda s: None)
    assert doc.title == "Storm batters the coast as thousands flee"
    assert doc.date == date(2023, 9, 14) and doc.date_source == "document"
    assert [p.line for p in doc.paragraphs] == [5]
    assert [(s.line, s.reason) for s in doc.skipped] == [(1, "title"), (2, "date"), (3, "url")]


FURNITURE = """Markets wobble
FTSE - DAX
BP -1.13% 29.09 $
VOD 0% 8.92 $
Markets wobble

By Jane Roe and John Poe
Text size:
Shares in the oil company fell sharply on Tuesday after it cut its forecast.

Related stories
Oil prices slide again
© 2022 Example News. All rights reserved.
Call +1 (555) 010-2030
"""


def test_furniture_lines_are_skipped_with_reasons(rules):
    doc = parse(FURNITURE, rules)
    reasons = {s.line: s.reason for s in doc.skipped}
    assert reasons[2] == reasons[3] == reasons[4] == "ticker"
    assert reasons[5] == "repeated-headline"
    assert reasons[7] == "byline"
    assert reasons[8] == "ui-text"
    assert reasons[11] == "related"
    assert reasons[13] == "copyright"
    assert reasons[14] == "contact"
    assert [p.line for p in doc.paragraphs] == [9]


def test_dateline_is_read(rules):
    doc = parse(
        "KYIV, Jan. 26 (Reuters) — Talks resumed on Wednesday in the capital, officials said.\n",
        rules,
    )
    assert doc.dateline == "Jan. 26"


def test_crlf_lines_and_columns(rules):
    text = "Title here\r\n\r\nThe fire burned 12,000 acres of land before it was put out.\r\n"
    doc = parse(text, rules)
    para = doc.paragraphs[0]
    assert para.line == 3
    offset = text.index("12,000")
    assert documents.line_and_column(doc, offset) == (3, offset - text.index("The fire") + 1)
