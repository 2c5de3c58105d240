"""The pipeline: files -> documents -> claims -> groups -> findings.

report = compare(["a.txt", "b.txt"])
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from factcheck import documents
from factcheck.align import align
from factcheck.extract.claims import extract_claims
from factcheck.judge import judge
from factcheck.models import Document, Report
from factcheck.ruleset import RuleSet, load_rules


def load(paths: list[str], rules: RuleSet, pub_date: date | None = None) -> list[Document]:
    """Read every document and settle its publication date."""
    from factcheck.extract.times import parse_absolute_date

    def parse(text: str) -> date | None:
        return parse_absolute_date(text, rules)

    docs = []
    for path in paths:
        text, note = documents.decode(documents.read_bytes(path), path)
        doc = documents.parse_document(path, text, rules, parse)
        docs.append(replace(doc, notes=doc.notes + ((note,) if note else ())))
    return settle_dates(docs, pub_date, parse)


def settle_dates(docs: list[Document], option: date | None, parse) -> list[Document]:
    """Document date, else --date, else borrowed from the others (with a note)."""
    known = [d for d in docs if d.date]
    settled = []
    for doc in docs:
        if doc.date is None and doc.dateline:
            own = parse(doc.dateline)
            year_from = option or (known[0].date if known else None)
            if own is None and year_from is not None:
                own = parse(f"{doc.dateline} {year_from.year}")
            if own is not None:
                doc = replace(doc, date=own, date_source="document")
        if doc.date is None and option is not None:
            doc = replace(doc, date=option, date_source="option")
        elif doc.date is None:
            dated = [d for d in docs if d.date and d is not doc] or [d for d in settled if d.date]
            if dated:
                source = dated[0]
                note = f"no date in the document: borrowed {source.date} from {source.path}"
                doc = replace(
                    doc, date=source.date, date_source="borrowed", notes=doc.notes + (note,)
                )
            else:
                note = "no publication date: relative dates are left unresolved"
                doc = replace(doc, notes=doc.notes + (note,))
        settled.append(doc)
    return settled


def extract(
    paths: list[str], *, pub_date: date | None = None, rules_dirs: list[Path] | None = None
) -> Report:
    """Every document's claims, without judging them."""
    rules = load_rules(rules_dirs)
    docs = load(paths, rules, pub_date)
    claims = [claim for i, doc in enumerate(docs) for claim in extract_claims(doc, i, rules)]
    return Report(documents=tuple(docs), claims=tuple(claims))


def compare(
    paths: list[str], *, pub_date: date | None = None, rules_dirs: list[Path] | None = None
) -> Report:
    """Claims of every document, grouped by fact and judged."""
    rules = load_rules(rules_dirs)
    report = extract(paths, pub_date=pub_date, rules_dirs=rules_dirs)
    findings = judge(align(list(report.claims), rules), rules)
    return replace(report, findings=tuple(findings))
