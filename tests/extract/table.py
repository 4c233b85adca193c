"""Comparing an extractor's facts with a case table's expected facts (cases_money.py, cases_dates.py)."""
from __future__ import annotations

from decimal import Decimal

from pipeline.extract import extract_facts_from_text

# Spec fields a predicted fact must leave null (or out) when the case does not give them.
NULL_UNLESS_GIVEN = {"money": ("low", "high", "per"), "date": ("partial",)}


def _same(a, b) -> bool:
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


def case_problems(case: dict, fact_type: str) -> list[str]:
    """What differs between the case's expected facts of ``fact_type`` and the predicted ones, as
    readable lines; empty when they agree exactly (same count, order, and every given field)."""
    predicted = [f for f in extract_facts_from_text(case["text"], case["reference_date"]) if f["type"] == fact_type]
    expected = case["expected"]
    problems = []
    for n in range(max(len(expected), len(predicted))):
        want = expected[n] if n < len(expected) else None
        got = predicted[n] if n < len(predicted) else None
        if got is None:
            problems.append(f"missing  {want}")
            continue
        if want is None:
            problems.append(f"extra    {got}")
            continue
        fields = [k for k in want if k != "start"] + (["start"] if "start" in want else [])
        fields += [k for k in NULL_UNLESS_GIVEN.get(fact_type, ()) if k not in want]
        diffs = [f"{k}: expected {want.get(k)!r}, got {got.get(k)!r}" for k in fields if not _same(want.get(k), got.get(k))]
        if diffs:
            problems.append(f"{want['text']!r}: " + "; ".join(diffs))
    return problems


def params(cases: list[dict], xfail: dict[str, str]):
    """pytest params, one per case, with the listed cases marked xfail(strict=True)."""
    import pytest

    unknown = set(xfail) - {c["id"] for c in cases}
    assert not unknown, f"xfail ids not in the table: {sorted(unknown)}"
    return [
        pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=xfail[c["id"]])] if c["id"] in xfail else [])
        for c in cases
    ]
