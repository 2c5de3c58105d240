"""Report -> JSON: the contract for CI and other tools (add fields, never remove)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from typing import Any

from factcheck.models import Claim, Document, Finding, QuantityValue, Report


def document_dict(doc: Document) -> dict[str, Any]:
    reasons = Counter(s.reason for s in doc.skipped)
    return {
        "path": doc.path,
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,
        "title": doc.title,
        "lines": len(doc.line_starts),
        "skipped_lines": len(doc.skipped),
        "skipped": dict(sorted(reasons.items())),
        "notes": list(doc.notes),
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    value = asdict(claim.value)
    if isinstance(claim.value, QuantityValue):
        value = {k: value[k] for k in ("low", "high", "unit", "hedge")} | {
            k: v for k, v in value.items() if k not in ("low", "high", "unit", "hedge")
        }
    return {
        "id": claim.id,
        "doc": claim.doc,
        "kind": str(claim.kind),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "column": claim.column,
        "subject": claim.subject,
        "category": claim.category,
        "noun": claim.noun,
        "value": value,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "status": str(finding.status),
        "subject": finding.subject,
        "claims": [c.id for c in finding.claims],
        "explanation": finding.explanation,
    }


def to_dict(report: Report, with_findings: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "documents": [document_dict(d) for d in report.documents],
        "claims": [claim_dict(c) for c in report.claims],
    }
    if with_findings:
        out["findings"] = [finding_dict(f) for f in report.findings]
        out["summary"] = dict(Counter(str(f.status) for f in report.findings))
    return out


def render(report: Report, with_findings: bool = True) -> str:
    return json.dumps(to_dict(report, with_findings), indent=2, ensure_ascii=False) + "\n"
