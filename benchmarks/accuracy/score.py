"""Accuracy of factcheck's extractors on our own labelled news sentences.

    python benchmarks/accuracy/score.py [--kind quantities|times] [--show-errors] [--summary]

Reads quantities.jsonl and times.jsonl (this folder; see README.md for the
annotation conventions), runs the time extractor and then the quantity
extractor (with the time spans as `taken`) on every sentence, and reports for
each kind:

  span P/R/F1   a prediction matches a gold claim when the two spans overlap and
                the prediction's text shares at least one of the gold span's
                number/date words (digits, number words, month/weekday names,
                "week", "yesterday", ...).  Precision counts predictions that
                match some gold claim; recall counts gold claims matched by some
                prediction (so a gold span split into two predictions is not
                punished twice).  Predictions that only overlap an `ignore` span
                (ambiguous cases) are left out.
  exact P/R/F1  the same with identical character offsets.
  value acc     among matched gold claims (best-overlapping prediction):
                quantities - the gold value lies inside the prediction's
                [low, high], None being open (a prediction with no bound at all
                counts as wrong; a gold "fraction" also accepts value*100, i.e.
                a percentage);
                times - the gold start..end overlaps the predicted interval
                (None open; both None counts as wrong).
  unit agree    (quantities) the prediction's unit/family names the gold unit.
  tight         (times) the predicted interval lies inside the gold interval.

After the table it prints every false positive (FP) and false negative (FN),
one per line with its sentence; --show-errors adds value errors (VAL), unit
disagreements (UNIT) and inexact boundaries (SPAN).  --summary prints only the
table.  Exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("quantities", "times")

# ------------------------------------------------------------------ key words
_NUM_WORDS = set(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions trillion
    trillions dozen dozens score scores tens half halves third thirds quarter quarters fifth
    fifths handful couple several few bn m tn k mn""".split()  # noqa: SIM905
)
_DATE_WORDS = (
    set(
        """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun yesterday today tomorrow tonight
    now noon midnight morning afternoon evening night overnight day days week weeks weekend
    fortnight month months year years decade decades century centuries quarter half spring
    summer autumn fall winter christmas eve thanksgiving easter independence memorial patrick
    hours hour minutes""".split()  # noqa: SIM905
    )
    | _NUM_WORDS
)

_TOKEN = re.compile(r"\d+(?:[.,:\u00a0\u202f ]\d+)*|[^\W\d_]+", re.UNICODE)


def key_words(text: str, kind: str) -> set[str]:
    vocab = _NUM_WORDS if kind == "quantities" else _DATE_WORDS
    out = set()
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isdigit():
            out.add(re.sub(r"[,\u00a0\u202f ]", "", tok))
        elif tok in vocab or tok.rstrip("s") in vocab:
            out.add(tok.rstrip("s") if tok.rstrip("s") in vocab else tok)
    return out


def shares_key(gold_text: str, pred_text: str, kind: str) -> bool:
    gk = key_words(gold_text, kind)
    if not gk:
        return True
    pk = key_words(pred_text, kind)
    if gk & pk:
        return True
    # digits split differently ("13 000" read as "13"): compare digit strings loosely
    gd = {k for k in gk if k[0].isdigit()}
    pd = {k for k in pk if k[0].isdigit()}
    return any(
        a.replace(".", "").replace(":", "") == b.replace(".", "").replace(":", "")
        for a in gd
        for b in pd
    )


# ------------------------------------------------------------------ running the library
@dataclass
class Pred:
    start: int
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    family: str | None = None
    tstart: str | None = None
    tend: str | None = None

    def show(self, kind):
        if kind == "quantities":
            return f"[{_num(self.low)}..{_num(self.high)} {self.unit}/{self.family}]"
        return f"[{self.tstart} .. {self.tend}]"


def _num(x):
    if x is None:
        return "None"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:g}"


class Runner:
    def __init__(self):
        from factcheck.ruleset import load_rules

        self.rules = load_rules()
        self.crashes: list[tuple[str, str, str]] = []  # (kind, sentence, error)

    def run(self, text: str, pub: date) -> tuple[list[Pred], list[Pred]]:
        from factcheck.extract.quantities import extract_quantities
        from factcheck.extract.times import extract_times

        times: list = []
        try:
            times = list(extract_times(text, 0, len(text), pub, self.rules))
        except Exception as e:  # keep scoring: a crash is reported, not fatal
            self.crashes.append(("times", text, _err(e)))
        qs: list = []
        try:
            qs = list(
                extract_quantities(
                    text, 0, len(text), self.rules, taken=[(t.start, t.end) for t in times]
                )
            )
        except Exception as e:
            self.crashes.append(("quantities", text, _err(e)))
        tp = []
        for t in times:
            v = getattr(t, "value", None)
            tp.append(
                Pred(
                    t.start,
                    t.end,
                    t.text,
                    tstart=getattr(v, "start", None),
                    tend=getattr(v, "end", None),
                )
            )
        qp = []
        for q in qs:
            v = getattr(q, "value", None)
            qp.append(
                Pred(
                    q.start,
                    q.end,
                    q.text,
                    low=getattr(v, "low", None),
                    high=getattr(v, "high", None),
                    unit=getattr(v, "unit", None),
                    family=getattr(v, "family", None),
                )
            )
        return qp, tp


def _err(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
    return f"{type(e).__name__}: {e} ({where})"


# ------------------------------------------------------------------ value checks
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?")


def iso_bound(s: str | None, upper: bool) -> datetime | None:
    """Earliest (upper=False) or latest (upper=True) instant an ISO string denotes."""
    if not s:
        return None
    m = _ISO.match(str(s))
    if not m:
        return None
    y, mo, d, h, mi, se = m.groups()
    y = int(y)
    if mo is None:
        return datetime(y, 12, 31, 23, 59, 59) if upper else datetime(y, 1, 1)
    mo = int(mo)
    if d is None:
        if upper:
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return datetime.combine(nxt - timedelta(1), datetime.max.time()).replace(microsecond=0)
        return datetime(y, mo, 1)
    d = int(d)
    if h is None:
        return datetime(y, mo, d, 23, 59, 59) if upper else datetime(y, mo, d)
    h = int(h)
    if mi is None:
        return datetime(y, mo, d, h, 59, 59) if upper else datetime(y, mo, d, h)
    mi = int(mi)
    if se is None:
        return datetime(y, mo, d, h, mi, 59) if upper else datetime(y, mo, d, h, mi)
    return datetime(y, mo, d, h, mi, int(se))


def time_value_ok(g: dict, p: Pred) -> tuple[bool, bool]:
    """(overlaps, tight) for a gold time and a predicted one."""
    ps, pe = iso_bound(p.tstart, False), iso_bound(p.tend, True)
    if ps is None and pe is None:
        return False, False
    gs, ge = iso_bound(g.get("start"), False), iso_bound(g.get("end"), True)
    overlap = (ps is None or ge is None or ps <= ge) and (gs is None or pe is None or gs <= pe)
    tight = (
        ps is not None and pe is not None and (gs is None or ps >= gs) and (ge is None or pe <= ge)
    )
    return overlap, tight


def _inside(v, lo, hi):
    eps = 1e-6 * max(1.0, abs(v))
    return (lo is None or lo <= v + eps) and (hi is None or v <= hi + eps)


def qty_value_ok(g: dict, p: Pred) -> bool:
    lo, hi = p.low, p.high
    if lo is None and hi is None:
        return False
    lo = None if lo is None or (isinstance(lo, float) and math.isinf(lo)) else lo
    hi = None if hi is None or (isinstance(hi, float) and math.isinf(hi)) else hi
    v = g["value"]
    if _inside(v, lo, hi):
        return True
    return g.get("unit") == "fraction" and _inside(v * 100, lo, hi)


# gold unit -> accepted predicted unit names (lower case, singular) or family prefixes
_UNIT_ALIASES = {
    "count": {"count"},
    "percentage": {"percentage", "percent"},
    "percentage_point": {"percentage point", "percentage-point"},
    "fraction": {"fraction", "ratio", "proportion", "percentage"},
    "times": {"times", "ratio", "fold", "multiple"},
    "km": {"kilometre", "kilometer"},
    "m": {"metre", "meter"},
    "cm": {"centimetre", "centimeter"},
    "mm": {"millimetre", "millimeter"},
    "mile": {"mile"},
    "yard": {"yard"},
    "inch": {"inch"},
    "km2": {"square kilometre", "square kilometer"},
    "acre": {"acre"},
    "m3": {"cubic metre", "cubic meter"},
    "mph": {"mile per hour"},
    "km/h": {"kilometre per hour", "kilometer per hour"},
    "second": {"second"},
    "minute": {"minute"},
    "hour": {"hour"},
    "day": {"day"},
    "month": {"month"},
    "year": {"year"},
    "decade": {"decade"},
    "C": {"degree celsius", "celsius"},
    "F": {"degree fahrenheit", "fahrenheit"},
    "tonne": {"tonne", "metric ton"},
    "mg": {"milligram", "milligramme"},
    "GW": {"gigawatt"},
    "magnitude": {"magnitude", "richter"},
    "cent": {"cent"},
}


def unit_ok(g: dict, p: Pred) -> bool:
    gu = g.get("unit")
    pu = (p.unit or "").lower().strip()
    pf = (p.family or "").strip()
    if gu and re.fullmatch(r"[A-Z]{3}", gu):
        return pf.upper() == f"CURRENCY:{gu}" or pu == gu.lower()
    acc = _UNIT_ALIASES.get(gu, {str(gu).lower()})
    pu_s = re.sub(r"s$", "", pu)
    return pu in acc or pu_s in acc or pf.lower() in acc


# ------------------------------------------------------------------ scoring
@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    pred_ok: int = 0
    gold_found: int = 0
    pred_exact: int = 0
    gold_exact: int = 0
    val_ok: int = 0
    extra_ok: int = 0  # unit agreement (quantities) / tight (times)
    split: int = 0
    ignored: int = 0
    sentences: int = 0
    errors: list = field(default_factory=list)  # (tag, text, detail, sentence)


def _overlap(a0, a1, b0, b1):
    return min(a1, b1) - max(a0, b0)


def _norm_span(text, a, b):
    s = text[a:b]
    s2 = s.rstrip(" .,;:")
    s3 = s2.lstrip(" ")
    return a + (len(s2) - len(s3)), a + len(s2)


def score_record(rec: dict, preds: list[Pred], kind: str, t: Tally):
    text = rec["text"]
    golds = rec.get(kind, [])
    ignores = rec.get("ignore", [])
    t.sentences += 1
    t.gold += len(golds)

    def gspan(g):
        return g["char_start"], g["char_end"]

    def matches(g, p):
        a, b = gspan(g)
        return _overlap(a, b, p.start, p.end) > 0 and shares_key(g["span"], p.text, kind)

    counted = []
    for p in preds:
        if not any(matches(g, p) for g in golds) and any(
            _overlap(i["char_start"], i["char_end"], p.start, p.end) > 0 for i in ignores
        ):
            t.ignored += 1
            continue  # ambiguous case, neither rewarded nor punished
        counted.append(p)
    t.pred += len(counted)

    for p in counted:
        hit = any(matches(g, p) for g in golds)
        if hit:
            t.pred_ok += 1
        else:
            t.errors.append(("FP", p.text, p.show(kind), text, rec))
        if any(_norm_span(text, *gspan(g)) == _norm_span(text, p.start, p.end) for g in golds):
            t.pred_exact += 1

    for g in golds:
        a, b = gspan(g)
        ms = [p for p in counted if matches(g, p)]
        gdesc = _gold_desc(g, kind)
        if not ms:
            t.errors.append(("FN", g["span"], gdesc, text, rec))
            continue
        t.gold_found += 1
        if len(ms) > 1:
            t.split += 1
        if any(_norm_span(text, a, b) == _norm_span(text, p.start, p.end) for p in ms):
            t.gold_exact += 1
        else:
            best0 = max(ms, key=lambda p: _overlap(a, b, p.start, p.end))
            t.errors.append(("SPAN", g["span"], f"predicted {best0.text!r}", text, rec))
        best = max(
            ms, key=lambda p: (_overlap(a, b, p.start, p.end), -abs(p.start - a) - abs(p.end - b))
        )
        if kind == "quantities":
            vok = any(qty_value_ok(g, p) for p in ms)
            uok = any(unit_ok(g, p) for p in ms)
            if vok:
                t.val_ok += 1
            else:
                t.errors.append(
                    (
                        "VAL",
                        g["span"],
                        f"gold {gdesc} vs predicted {best.text!r} {best.show(kind)}",
                        text,
                        rec,
                    )
                )
            if uok:
                t.extra_ok += 1
            else:
                t.errors.append(
                    (
                        "UNIT",
                        g["span"],
                        f"gold unit {g.get('unit')} vs predicted {best.unit}/{best.family}",
                        text,
                        rec,
                    )
                )
        else:
            res = [time_value_ok(g, p) for p in ms]
            if any(r[0] for r in res):
                t.val_ok += 1
            else:
                t.errors.append(
                    (
                        "VAL",
                        g["span"],
                        f"gold {gdesc} vs predicted {best.text!r} {best.show(kind)}",
                        text,
                        rec,
                    )
                )
            if any(r[1] for r in res):
                t.extra_ok += 1


def _gold_desc(g, kind):
    if kind == "quantities":
        return f"value={_num(g['value'])} {g.get('unit')}"
    return f"[{g.get('start')} .. {g.get('end')}]"


def _prf(ok_p, n_p, ok_g, n_g):
    p = ok_p / n_p if n_p else 1.0
    r = ok_g / n_g if n_g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kind", choices=KINDS, help="score only this kind")
    ap.add_argument(
        "--show-errors", action="store_true", help="also list value, unit and boundary errors"
    )
    ap.add_argument("--summary", action="store_true", help="print only the table")
    ap.add_argument(
        "--data", default=str(HERE), help="folder holding quantities.jsonl and times.jsonl"
    )
    args = ap.parse_args(argv)

    kinds = [args.kind] if args.kind else list(KINDS)
    try:
        runner = Runner()
    except Exception as e:
        print(f"cannot load factcheck: {_err(e)}")
        return 0

    tallies = {}
    for kind in kinds:
        t = Tally()
        path = Path(args.data) / f"{kind}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            qp, tp = runner.run(rec["text"], date.fromisoformat(rec["pub_date"]))
            score_record(rec, qp if kind == "quantities" else tp, kind, t)
        tallies[kind] = t

    hdr = f"{'kind':<11}{'sents':>6}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}   {'exP':>6}{'exR':>6}{'exF1':>6}   {'value':>14}   {'unit/tight':>14}  split  ignored"
    print(hdr)
    print("-" * len(hdr))
    for kind, t in tallies.items():
        p, r, f = _prf(t.pred_ok, t.pred, t.gold_found, t.gold)
        ep, er, ef = _prf(t.pred_exact, t.pred, t.gold_exact, t.gold)
        va = f"{t.val_ok}/{t.gold_found} {t.val_ok / t.gold_found:.0%}" if t.gold_found else "-"
        xa = f"{t.extra_ok}/{t.gold_found} {t.extra_ok / t.gold_found:.0%}" if t.gold_found else "-"
        print(
            f"{kind:<11}{t.sentences:>6}{t.gold:>6}{t.pred:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}   {ep:>6.2f}{er:>6.2f}{ef:>6.2f}   {va:>14}   {xa:>14}  {t.split:>5}  {t.ignored:>7}"
        )
    print(
        "(value = value accuracy among matched gold; unit/tight = unit agreement for quantities, "
        "predicted interval inside gold for times; split = gold spans matched by >1 prediction; "
        "ignored = predictions on spans annotated as ambiguous)"
    )

    if runner.crashes:
        print(
            f"\nCRASHES: {len(runner.crashes)} extractor calls raised; first: {runner.crashes[0][2]}"
        )
        seen = set()
        for kind, _sent, err in runner.crashes:
            if err not in seen:
                seen.add(err)
                print(f"  {kind}: {err}")

    if args.summary:
        return 0
    shown = ("FP", "FN") + (("VAL", "UNIT", "SPAN") if args.show_errors else ())
    for kind, t in tallies.items():
        errs = [e for e in t.errors if e[0] in shown]
        counts = {
            tag: sum(1 for e in t.errors if e[0] == tag)
            for tag in ("FP", "FN", "VAL", "UNIT", "SPAN")
        }
        print(f"\n== {kind}: " + ", ".join(f"{n} {tag}" for tag, n in counts.items()) + " ==")
        for tag in shown:
            for e in errs:
                if e[0] != tag:
                    continue
                _, span_text, detail, sent, rec = e
                pub = f" (pub {rec['pub_date']})" if kind == "times" else ""
                print(f"{tag:<4} {span_text!r:<34} {detail}  ||  {sent}{pub}")
    return 0


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
    except Exception:
        traceback.print_exc()
    sys.exit(0)
