"""Our money and date extractors against JioNLP's (jionlp 1.5), on the case tables and the seed.

    pip install jionlp   # not a dependency of the pipeline: only this benchmark uses it
    python benchmarks/compare_jionlp.py

Spans are compared exactly (start, end). For values, ours are compared field by field with the
tables (what the table tests check); JioNLP's values are a different shape (datetime bounds, a
rounded number string), so for them we count only money values that equal the expected value.
"""
from __future__ import annotations

import logging
import sys
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_facts_from_text  # noqa: E402
from tests.extract.cases_dates import CASES as DATE_CASES  # noqa: E402
from tests.extract.cases_devsample import CASES as DEV_CASES  # noqa: E402
from tests.extract.cases_money import CASES as MONEY_CASES  # noqa: E402
from tests.extract.table import case_problems  # noqa: E402


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def expected_spans(case: dict) -> list[tuple[int, int]]:
    """Expected facts carry text (and start only when repeated): find their offsets in order."""
    spans, pos = [], 0
    for fact in case["expected"]:
        start = fact.get("start", case["text"].find(fact["text"], pos))
        spans.append((start, start + len(fact["text"])))
        pos = start + 1
    return spans


def jionlp_facts(kind: str, text: str, reference_date: str | None):
    if kind == "date":
        base = time.mktime(datetime.fromisoformat(reference_date).timetuple()) if reference_date else time.time()
        return _TIME(text, time_base=base, with_parsing=True)
    return _MONEY(text, with_parsing=True)


def run(kind: str, cases: list[dict]) -> dict:
    ours = {"tp": 0, "pred": 0, "gold": 0, "values": 0, "cases": 0, "seconds": 0.0}
    jio = {"tp": 0, "pred": 0, "gold": 0, "values": 0, "seconds": 0.0}
    for case in cases:
        gold = expected_spans(case)
        values = {span: f.get("value") for span, f in zip(gold, case["expected"])}
        t = time.perf_counter()
        predicted = [f for f in extract_facts_from_text(case["text"], case["reference_date"]) if f["type"] == kind]
        ours["seconds"] += time.perf_counter() - t
        spans = {(f["start"], f["end"]) for f in predicted}
        ours["tp"] += len(spans & set(gold))
        ours["pred"] += len(spans)
        ours["gold"] += len(gold)
        ours["cases"] += not case_problems(case, kind)
        t = time.perf_counter()
        theirs = jionlp_facts(kind, case["text"], case["reference_date"])
        jio["seconds"] += time.perf_counter() - t
        their_spans = {tuple(f["offset"]): f for f in theirs}
        jio["tp"] += len(set(their_spans) & set(gold))
        jio["pred"] += len(their_spans)
        jio["gold"] += len(gold)
        if kind == "money":
            for span, fact in their_spans.items():
                want = values.get(span)
                num = (fact.get("detail") or {}).get("num")
                if want is not None and isinstance(num, str) and Decimal(num) == Decimal(str(want)):
                    jio["values"] += 1
    return {"ours": ours, "jionlp": jio}


def main() -> int:
    try:
        from jionlp.algorithm.ner.money_extractor import MoneyExtractor
        from jionlp.algorithm.ner.time_extractor import TimeExtractor
    except ImportError:
        print("this benchmark needs jionlp: pip install jionlp", file=sys.stderr)
        return 2
    global _TIME, _MONEY
    _TIME, _MONEY = TimeExtractor(), MoneyExtractor()
    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every string it cannot parse
    lines = ["| table | system | span P | span R | span F1 | cases fully right | time (s) |", "| --- | --- | --- | --- | --- | --- | --- |"]
    tables = (
        ("money", "money", MONEY_CASES), ("date", "date", DATE_CASES),
        ("money", "dev-sample money", [c for c in DEV_CASES if c["type"] == "money"]),
        ("date", "dev-sample date", [c for c in DEV_CASES if c["type"] == "date"]),
    )
    for kind, label, cases in tables:
        result = run(kind, cases)
        for name in ("ours", "jionlp"):
            r = result[name]
            p, rec, f1 = prf(r["tp"], r["pred"], r["gold"])
            right = f"{r['cases']}/{len(cases)}" if name == "ours" else (
                f"{r['values']} money values exact" if kind == "money" else "n/a (values not ISO 8601)")
            lines.append(f"| {label} ({len(cases)} cases) | {name} | {p:.3f} | {rec:.3f} | {f1:.3f} | {right} | {r['seconds']:.2f} |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
