"""Command line: options -> one api call -> render -> exit status (0 clean, 1 conflict, 2 error)."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.errors import FactcheckError, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find where news reports disagree on figures and dates.",
)


class Format(StrEnum):
    table = "table"
    json = "json"


FILES = Annotated[list[str], typer.Argument(help="Plain-text reports of the same story.")]
FORMAT = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
DATE = Annotated[
    str | None,
    typer.Option(
        "--date", metavar="YYYY-MM-DD", help="Publication date for documents without one."
    ),
]
RULES = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules", metavar="DIR", help="Extra rule folder on top of the defaults (repeatable)."
    ),
]


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, got {value!r}") from None


def _console():
    from rich.console import Console

    return Console(soft_wrap=False)


@app.command()
def compare(
    files: FILES, format: FORMAT = Format.table, date: DATE = None, rules: RULES = None
) -> None:
    """Compare two or more reports: each fact's figures and dates, and whether they agree."""
    from factcheck import api
    from factcheck.models import Status

    if len(files) < 2:
        raise UsageError("compare needs at least two documents")
    report = api.compare(files, pub_date=_parse_date(date), rules_dirs=rules)
    if format is Format.json:
        from factcheck.report import json as json_report

        sys.stdout.write(json_report.render(report))
    else:
        from factcheck.report.table import render_findings

        render_findings(report, _console())
    conflict = any(f.status is Status.CONFLICT for f in report.findings)
    raise typer.Exit(1 if conflict else 0)


@app.command()
def extract(
    files: FILES, format: FORMAT = Format.table, date: DATE = None, rules: RULES = None
) -> None:
    """List every figure and date each document states."""
    from factcheck import api

    report = api.extract(files, pub_date=_parse_date(date), rules_dirs=rules)
    if format is Format.json:
        from factcheck.report import json as json_report

        sys.stdout.write(json_report.render(report, with_findings=False))
    else:
        from factcheck.report.table import render_claims

        render_claims(report, _console())


def main() -> None:
    """Entry point: turn every user-facing error into one line on stderr and exit 2."""
    try:
        code = app(standalone_mode=False)
    except FactcheckError as err:
        print(f"factcheck: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except typer.Abort:
        sys.exit(130)
    except Exception as err:
        # usage errors from typer's (vendored) click: they know how to word themselves
        if hasattr(err, "format_message") and hasattr(err, "exit_code"):
            message = " ".join(err.format_message().split())
            if message:  # empty when typer has just shown the help
                print(f"factcheck: {message}", file=sys.stderr)
            sys.exit(2)
        raise
    sys.exit(code if isinstance(code, int) else 0)
