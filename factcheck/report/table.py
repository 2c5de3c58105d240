"""Report -> rich tables for editors: conflicts first, each source's wording with file:line."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.models import Report, Status

STYLES = {
    Status.CONFLICT: "bold red",
    Status.DIVERGENT: "yellow",
    Status.CONSISTENT: "green",
    Status.SINGLE: "dim",
}


def _where(path: str, line: int) -> str:
    return f"{path.rsplit('/', 1)[-1]}:{line}"


def render_findings(report: Report, console: Console) -> None:
    """Compared facts, then single-source claims, then the summary."""
    compared = [f for f in report.findings if f.status is not Status.SINGLE]
    single = [f for f in report.findings if f.status is Status.SINGLE]
    table = Table(show_lines=True, expand=True, title="Facts the sources both give")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Subject", ratio=1)
    table.add_column("What each source says", ratio=2)
    table.add_column("Why", ratio=3)
    for finding in compared:
        quotes = Text()
        for i, claim in enumerate(finding.claims):
            quotes.append(("\n" if i else "") + _where(claim.doc, claim.line), style="cyan")
            quotes.append(f" “{claim.text}”")
        table.add_row(
            Text(str(finding.status), style=STYLES[finding.status]),
            finding.subject,
            quotes,
            finding.explanation,
        )
    if compared:
        console.print(table)
    if single:
        uncorroborated = Table(
            expand=True, title="Single-source: no other source states these", box=None
        )
        uncorroborated.add_column("Where", style="cyan", no_wrap=True)
        uncorroborated.add_column("Claim", ratio=2)
        uncorroborated.add_column("Subject", ratio=2, style="dim")
        for finding in single:
            claim = finding.claims[0]
            uncorroborated.add_row(
                _where(claim.doc, claim.line), f"“{claim.text}”", finding.subject
            )
        console.print(uncorroborated)
    render_summary(report, console)


def render_claims(report: Report, console: Console) -> None:
    """Every claim of every document, in order."""
    table = Table(expand=True, title="Claims")
    for name in ("Where", "Kind", "Claim", "Subject", "Value"):
        table.add_column(name)
    for claim in report.claims:
        v = claim.value
        if claim.kind == "time":
            value = f"{v.start or '?'} … {v.end or '?'} ({v.granularity})"  # type: ignore[union-attr]
        else:
            value = f"{v.low} … {v.high} {v.unit}"  # type: ignore[union-attr]
        table.add_row(
            _where(claim.doc, claim.line), str(claim.kind), claim.text, claim.subject, value
        )
    console.print(table)
    render_summary(report, console)


def render_summary(report: Report, console: Console) -> None:
    """Counts by verdict, then each document's date and skipped lines."""
    if report.findings:
        counts = Counter(f.status for f in report.findings)
        console.print(
            "Findings: " + ", ".join(f"[{STYLES[s]}]{counts.get(s, 0)} {s}[/]" for s in Status)
        )
    for doc in report.documents:
        date = f"{doc.date} ({doc.date_source})" if doc.date else "no date"
        reasons = Counter(s.reason for s in doc.skipped)
        detail = ", ".join(f"{n} {r}" for r, n in sorted(reasons.items()))
        console.print(
            f"{doc.path}: dated {date}; {len(doc.skipped)} lines skipped"
            + (f" ({detail})" if detail else ""),
            highlight=False,
        )
        for note in doc.notes:
            console.print(f"  note: {note}", style="italic", highlight=False)
