"""End to end: the installed `factcheck` command on samples/ and on bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UKRAINE = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples" / "ukraine").glob("*.txt"))
STORM = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples" / "storm").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "120"},
    )


def by_id(report):
    return {c["id"]: c for c in report["claims"]}


def test_compare_json_contract_on_samples():
    done = run("compare", *UKRAINE, "--format", "json")
    assert done.returncode == 1, done.stderr  # a conflict
    report = json.loads(done.stdout)
    assert [d["path"] for d in report["documents"]] == UKRAINE
    assert [d["date_source"] for d in report["documents"]] == ["document", "document", "borrowed"]
    assert all(d["date"] == "2022-01-26" for d in report["documents"])
    claims = by_id(report)
    for claim in report["claims"]:
        assert set(claim) >= {
            "id",
            "doc",
            "kind",
            "text",
            "start",
            "end",
            "line",
            "subject",
            "value",
        }
    conflict = [f for f in report["findings"] if f["status"] == "conflict"]
    assert len(conflict) == 1
    texts = [claims[i]["text"] for i in conflict[0]["claims"]]
    assert "more than 13,000 people" in texts and "over 14,000 people" in texts
    divergent = [f for f in report["findings"] if f["status"] == "divergent"]
    assert [sorted(claims[i]["text"] for i in f["claims"]) for f in divergent] == [
        [
            "an estimated 100,000 troops",
            "tens of thousands of troops",
            "tens of thousands of troops",
        ]
    ]


def test_offsets_and_lines_point_into_the_files():
    report = json.loads(run("extract", *UKRAINE, *STORM, "--format", "json").stdout)
    assert "findings" not in report
    texts = {p: (ROOT / p).read_text(encoding="utf-8") for p in UKRAINE + STORM}
    for claim in report["claims"]:
        text = texts[claim["doc"]]
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert text.count("\n", 0, claim["start"]) + 1 == claim["line"]


def test_storm_pair_finds_the_power_conflict_and_no_other():
    done = run("compare", *STORM, "--format", "json")
    report = json.loads(done.stdout)
    claims = by_id(report)
    conflicts = [
        sorted(claims[i]["text"] for i in f["claims"])
        for f in report["findings"]
        if f["status"] == "conflict"
    ]
    assert conflicts == [["Nearly 1,000 homes", "more than 2,000 homes"]]
    consistent = [
        sorted(claims[i]["text"] for i in f["claims"])
        for f in report["findings"]
        if f["status"] == "consistent"
    ]
    assert ["150 mph", "240 km/h"] in consistent
    assert ["12,000 acres", "about 4,900 hectares"] in consistent


def test_table_shows_verdicts_wording_and_summary():
    done = run("compare", *UKRAINE)
    assert done.returncode == 1
    out = done.stdout
    assert "conflict" in out and "wire-a.txt:22" in out and "more than 13,000" in out
    assert "Findings: 1 conflict, 1 divergent" in out
    assert "samples/ukraine/wire-a.txt: dated 2022-01-26 (document); 9 lines skipped" in out
    assert "borrowed 2022-01-26" in out


def test_no_conflict_exits_zero(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(
            "The fire destroyed about 200 homes near the town, police said.\n"
        )
    done = run("compare", "a.txt", "b.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_date_option_and_unresolved_dates(tmp_path):
    (tmp_path / "a.txt").write_text("The ministers met Friday in Geneva to discuss the crisis.\n")
    (tmp_path / "b.txt").write_text(
        "The ministers will speak again in the coming days, aides said.\n"
    )
    report = json.loads(run("compare", "a.txt", "b.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [d["date"] for d in report["documents"]] == [None, None]
    friday = next(c for c in report["claims"] if c["text"] == "Friday")
    assert friday["value"]["start"] is None and friday["value"]["resolved"] is False
    report = json.loads(
        run(
            "compare", "a.txt", "b.txt", "--format", "json", "--date", "2022-01-26", cwd=tmp_path
        ).stdout
    )
    assert [d["date_source"] for d in report["documents"]] == ["option", "option"]
    friday = next(c for c in report["claims"] if c["text"] == "Friday")
    assert friday["value"]["start"] == "2022-01-21"


@pytest.mark.parametrize(
    "args, message",
    [
        (["compare", "missing.txt", "a.txt"], "factcheck: missing.txt: no such file"),
        (["compare", ".", "a.txt"], "factcheck: .: is a directory, not a file"),
        (["compare", "a.txt"], "factcheck: compare needs at least two documents"),
        (["compare", "a.txt", "bin.txt"], "factcheck: bin.txt: binary file (NUL bytes), not text"),
        (
            ["compare", "a.txt", "a.txt", "--date", "26/01/2022"],
            "factcheck: --date: expected YYYY-MM-DD, got '26/01/2022'",
        ),
        (
            ["compare", "a.txt", "a.txt", "--format", "xml"],
            "factcheck: Invalid value for '--format' / '-f'",
        ),
        (
            ["compare", "a.txt", "a.txt", "--rules", "nowhere"],
            "factcheck: nowhere: rules folder not found",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text(
        "The fire destroyed about 200 homes near the town, police said.\n"
    )
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(message), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_encodings_decode(tmp_path):
    (tmp_path / "a.txt").write_bytes(
        "Café owners said the fire destroyed about 200 homes — police agreed.\n".encode("cp1252")
    )
    (tmp_path / "b.txt").write_bytes(
        "\ufeffCafé owners said the fire destroyed about 200 homes, police said.\n".encode("utf-8")
    )
    done = run("compare", "a.txt", "b.txt", "--format", "json", cwd=tmp_path)
    report = json.loads(done.stdout)
    assert "decoded as cp1252" in report["documents"][0]["notes"][0]
    assert [f["status"] for f in report["findings"]] == ["consistent"]


def test_golden_json(request):
    """The whole JSON report on samples/ukraine; update with --update-golden after review."""
    out = run("compare", *UKRAINE, "--format", "json").stdout
    golden = GOLDEN / "ukraine.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_help_lists_every_command():
    out = run("--help").stdout
    for command in ("compare", "extract"):
        assert command in out
        assert run(command, "--help").returncode == 0
