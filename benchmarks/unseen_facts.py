"""First-run figures of the facts extractors on the unseen gold (benchmarks/unseen/README.md).

For each of the 24 held-out corpus-dev articles (2025-2026), runs the current extractors through the
facts path of the API (``pipeline.api.facts_text(text, id=..., published=...)``, the record the CLI's
``facts`` command prints) and scores them with ``pipeline.evaluate``: precision, recall and F1 per type,
value agreement (every spec field of a span-matched pair) and speaker agreement, per type and overall.

    python benchmarks/unseen_facts.py            # table per type, overall, per-article counts
    python benchmarks/unseen_facts.py -v         # also every mismatch (missing/spurious/wrong)
    python benchmarks/unseen_facts.py --json out.json   # the figures as JSON

Skips (exit 0) with a message when ../shared/corpus-dev is absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# By file path, not on sys.path: benchmarks/unseen/select.py would shadow the standard library's select.
_spec = importlib.util.spec_from_file_location("unseen_load", ROOT / "benchmarks" / "unseen" / "load.py")
_load = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_load)
CorpusMissing, load_gold = _load.CorpusMissing, _load.load_gold

from pipeline import api  # noqa: E402
from pipeline.evaluate import TYPES, TypeScore, evaluate, report  # noqa: E402


def _merge(total: dict[str, TypeScore], scores: dict[str, TypeScore], doc_id: str) -> None:
    for t, s in scores.items():
        m = total[t]
        m.gold += s.gold
        m.predicted += s.predicted
        m.matched += s.matched
        m.value_right += s.value_right
        m.speaker_right += s.speaker_right
        m.missing += [dict(g, document=doc_id) for g in s.missing]
        m.spurious += [dict(p, document=doc_id, text=p.get("text", "")) for p in s.spurious]
        m.wrong += [(dict(g, document=doc_id), p, w) for g, p, w in s.wrong]


def _mismatches(total: dict[str, TypeScore]):
    """report()'s mismatch lines, each with the gold or predicted fact it is about."""
    for s in total.values():
        one = TypeScore(s.type, missing=s.missing, spurious=s.spurious, wrong=s.wrong)
        lines = report({s.type: one}).split("\n")[2:]
        for line, fact in zip(lines, s.missing + s.spurious + [g for g, _, _ in s.wrong]):
            yield line, fact


def overall(total: dict[str, TypeScore]) -> TypeScore:
    all_ = TypeScore("all")
    for s in total.values():
        all_.gold += s.gold
        all_.predicted += s.predicted
        all_.matched += s.matched
        all_.value_right += s.value_right
        all_.speaker_right += s.speaker_right
    return all_


def _row(s: TypeScore) -> dict:
    return {"gold": s.gold, "predicted": s.predicted, "matched": s.matched, "precision": round(s.precision, 4),
            "recall": round(s.recall, 4), "f1": round(s.f1, 4), "value_right": s.value_right,
            "speaker_right": s.speaker_right if s.type in ("quote",) else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch, with its article id")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    try:
        items = load_gold()
    except CorpusMissing as exc:
        print(f"skip: {exc}")
        return 0
    total = {t: TypeScore(t) for t in TYPES}
    per_doc = []
    started = time.perf_counter()
    for record, gold in items:
        predicted = api.facts_text(record["text"], id=record["id"], published=record["published"])["facts"]
        scores = evaluate(gold["facts"], predicted)
        _merge(total, scores, record["id"])
        per_doc.append((record["id"], gold["group"], {t: (s.matched, s.gold, s.predicted) for t, s in scores.items()}))
    elapsed = time.perf_counter() - started

    table = report(total).split("\n")
    n_header_rows = 1 + len(TYPES)
    print(f"unseen facts: {len(items)} articles (corpus-dev 2025-2026), extractors run in {elapsed:.1f}s")
    print("\n".join(table[:n_header_rows]))
    a = overall(total)
    print(f"{'all':<6} {a.gold:>5} {a.predicted:>5} {a.matched:>6} {a.precision:>6.3f} {a.recall:>6.3f} "
          f"{a.f1:>6.3f} {f'{a.value_right}/{a.matched}':>8} {'-':>9}")
    q = total["quote"]
    print("value agreement on matched pairs: " + ", ".join(
        f"{t} {s.value_right}/{s.matched}" for t, s in total.items()) + f"; speaker agreement: quote {q.speaker_right}/{q.matched}")
    print("\nper article (matched/gold/predicted):")
    for doc_id, group, counts in per_doc:
        cells = "  ".join(f"{t} {m}/{g}/{p}" for t, (m, g, p) in counts.items())
        print(f"  {doc_id}  [{group}]  {cells}")
    if args.verbose:
        print("\nmismatches (article id last):")
        for line, fact in _mismatches(total):
            print(f"{line}  <{fact['document']}>")
    if args.json:
        figures = {"articles": len(items), "types": {t: _row(s) for t, s in total.items()}, "all": _row(a)}
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
