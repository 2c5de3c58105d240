"""Speed of factcheck, measured side by side with the libraries it replaces.

    python benchmarks/bench.py [--seeds DIR] [--runs N] [--mb 1.0]

1. Cold start: `factcheck compare` on the two seed reports, as a new process each
   time, against the same job glued from quantulum3 (parse per paragraph) and
   dateparser (search_dates), also a new process each time.
2. Throughput: claim extraction on >= 1 MB of news text against quantulum3's own
   per-paragraph parse of the same text, in the same run.

Medians of N runs; the machines are shared and noisy, so compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GLUED = r"""
import sys, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
from dateparser.search import search_dates
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for para in text.split("\n"):
        if para.strip():
            parser.parse(para)
    search_dates(text, languages=["en"])
"""


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{argv[0]} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return elapsed


def cold_start(seeds: list[str], runs: int) -> None:
    factcheck = [sys.executable, "-m", "factcheck", "compare", *seeds, "--format", "json"]
    glued = [sys.executable, "-c", GLUED, *seeds]
    ours, theirs = [], []
    for _ in range(runs):  # interleaved, so that load on the machine hits both alike
        ours.append(timed(factcheck))
        theirs.append(timed(glued))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"cold compare on {len(seeds)} seed reports, median of {runs}:")
    print(f"  factcheck compare           {a:6.3f} s")
    print(f"  quantulum3 + dateparser     {b:6.3f} s")
    print(f"  ratio                       {b / a:6.1f}x faster")


def news_text(megabytes: float) -> str:
    sources = sorted((ROOT / "samples").rglob("*.txt"))
    sources += sorted((ROOT.parent / "shared" / "corpus" / "seeds").glob("*.txt"))
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sources)
    copies = int(megabytes * 1_000_000 / max(len(body.encode()), 1)) + 1
    return "\n\n".join([body] * copies)


def throughput(megabytes: float, runs: int) -> None:
    import warnings

    from factcheck import documents
    from factcheck.api import settle_dates
    from factcheck.extract.claims import extract_claims
    from factcheck.extract.times import parse_absolute_date
    from factcheck.ruleset import load_rules

    rules = load_rules()
    text = news_text(megabytes)
    size = len(text.encode()) / 1e6
    paragraphs = [p for p in text.split("\n") if p.strip()]

    def ours() -> int:
        doc = documents.parse_document(
            "bench.txt", text, rules, lambda s: parse_absolute_date(s, rules)
        )
        (doc,) = settle_dates([doc], None, lambda s: parse_absolute_date(s, rules))
        return len(extract_claims(doc, 0, rules))

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    parser.parse("a warm-up of 5 km")  # load its tables outside the timing

    def quantulum() -> int:
        return sum(len(parser.parse(p)) for p in paragraphs)

    ours()  # warm-up: compile rules
    mine, theirs = [], []
    count = their_count = 0
    for _ in range(runs):
        start = time.perf_counter()
        count = ours()
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        their_count = quantulum()
        theirs.append(time.perf_counter() - start)
    a, b = statistics.median(mine), statistics.median(theirs)
    print(
        f"extraction on {size:.2f} MB of news text ({len(paragraphs)} paragraphs), median of {runs}:"
    )
    print(f"  factcheck claims            {a:6.2f} s  {size / a:6.2f} MB/s  {count} claims")
    print(
        f"  quantulum3 per paragraph    {b:6.2f} s  {size / b:6.2f} MB/s  {their_count} quantities"
    )
    print(f"  ratio                       {b / a:6.1f}x faster")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "corpus" / "seeds"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--throughput-runs", type=int, default=3)
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    seeds = sorted(str(p) for p in Path(args.seeds).glob("*.txt"))
    if len(seeds) < 2:
        sys.exit(f"{args.seeds}: need two or more .txt reports")
    cold_start(seeds, args.runs)
    throughput(args.mb, args.throughput_runs)


if __name__ == "__main__":
    main()
