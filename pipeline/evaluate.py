"""Score predicted facts against gold facts (FACTS.md; ``../shared/seed-facts.json`` is a gold file).

``python -m pipeline.evaluate GOLD.json PRED.json`` prints precision, recall and F1 per fact type and
lists every mismatch. A predicted fact matches a gold fact of the same type with the same span
(``start``, ``end``); a matched pair then counts as *value-right* when every spec field the gold fact
gives (kind, value, currency, approx, low, high, per, partial, cue) agrees, and as *speaker-right*
when the speakers' texts agree. Gold facts marked ``"optional": true`` are neither required nor
penalised: a prediction on their span is ignored, and missing them costs nothing.

Both files may be a facts.json record, any object with a ``facts`` list, or a bare list of facts.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

TYPES = ("money", "date", "quote")
# Spec fields compared on a matched pair, by type. A field the gold fact leaves out is compared as
# null, except the ones below that the spec only sets for some kinds.
VALUE_FIELDS = {
    "money": ("kind", "value", "currency", "approx", "low", "high", "per"),
    "date": ("kind", "value", "partial"),
    "quote": ("kind", "cue"),
}


@dataclass
class TypeScore:
    type: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value_right: int = 0
    speaker_right: int = 0
    missing: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong: list[tuple[dict, dict, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_facts(path: str | Path) -> list[dict]:
    """The facts of a gold or prediction file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    facts = data["facts"] if isinstance(data, dict) else data
    if not isinstance(facts, list):
        raise ValueError(f"{path}: expected a list of facts or an object with a 'facts' list")
    return facts


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


def _speaker_text(fact: dict) -> str | None:
    speaker = fact.get("speaker")
    return speaker.get("text") if isinstance(speaker, dict) else None


def compare_pair(gold: dict, pred: dict) -> list[str]:
    """The names of the spec fields on which a span-matched pair disagrees.

    >>> compare_pair({"type": "money", "kind": "amount", "value": 99, "currency": "CNY", "approx": False},
    ...              {"type": "money", "kind": "amount", "value": 99.0, "currency": "CNY", "approx": True})
    ['approx']
    """
    wrong = [name for name in VALUE_FIELDS.get(gold["type"], ()) if not _same(gold.get(name), pred.get(name))]
    if gold["type"] == "quote" and _speaker_text(gold) != _speaker_text(pred):
        wrong.append("speaker")
    return wrong


def evaluate(gold: list[dict], predicted: list[dict], types: tuple[str, ...] = TYPES) -> dict[str, TypeScore]:
    """Scores per type (see the module docstring)."""
    scores = {t: TypeScore(t) for t in types}
    by_span = {}
    for g in gold:
        if g["type"] in scores:
            by_span.setdefault((g["type"], g["start"], g["end"]), []).append(g)
    used: set[int] = set()
    for p in predicted:
        if p["type"] not in scores:
            continue
        score = scores[p["type"]]
        candidates = [g for g in by_span.get((p["type"], p["start"], p["end"]), []) if id(g) not in used]
        if not candidates:
            score.predicted += 1
            score.spurious.append(p)
            continue
        g = candidates[0]
        used.add(id(g))
        if g.get("optional"):
            continue
        score.predicted += 1
        score.matched += 1
        wrong = compare_pair(g, p)
        if not [w for w in wrong if w != "speaker"]:
            score.value_right += 1
        if "speaker" not in wrong:
            score.speaker_right += 1
        if wrong:
            score.wrong.append((g, p, wrong))
    for g in gold:
        if g["type"] in scores and not g.get("optional"):
            scores[g["type"]].gold += 1
            if id(g) not in used:
                scores[g["type"]].missing.append(g)
    return scores


def _brief(fact: dict) -> str:
    return f"{fact['type']} {fact.get('kind')} {fact['text']!r} [{fact['start']}:{fact['end']}]"


def report(scores: dict[str, TypeScore]) -> str:
    """The printed table and the list of mismatches."""
    lines = [f"{'type':<6} {'gold':>5} {'pred':>5} {'match':>6} {'P':>6} {'R':>6} {'F1':>6} {'values':>8} {'speakers':>9}"]
    for s in scores.values():
        speakers = f"{s.speaker_right}/{s.matched}" if s.type == "quote" else "-"
        lines.append(
            f"{s.type:<6} {s.gold:>5} {s.predicted:>5} {s.matched:>6} {s.precision:>6.3f} {s.recall:>6.3f} "
            f"{s.f1:>6.3f} {f'{s.value_right}/{s.matched}':>8} {speakers:>9}"
        )
    for s in scores.values():
        for g in s.missing:
            lines.append(f"missing   {_brief(g)}")
        for p in s.spurious:
            lines.append(f"spurious  {_brief(p)}")
        for g, p, wrong in s.wrong:
            diffs = ", ".join(
                f"{w}: gold {(_speaker_text(g) if w == 'speaker' else g.get(w))!r} != predicted "
                f"{(_speaker_text(p) if w == 'speaker' else p.get(w))!r}"
                for w in wrong
            )
            lines.append(f"wrong     {_brief(g)}: {diffs}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate GOLD PRED [--types money,date] [--min-f1 0.95]``; exit 1 when a
    type falls below ``--min-f1`` or has a wrong value, 2 for bad usage."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold facts (e.g. ../shared/seed-facts.json)")
    parser.add_argument("predicted", type=Path, help="predicted facts (e.g. outputs/<doc-id>/facts.json)")
    parser.add_argument("--types", default=",".join(TYPES), help="comma-separated fact types to score (default: all)")
    parser.add_argument("--min-f1", type=float, default=None, help="fail (exit 1) below this F1 or on any wrong value")
    args = parser.parse_args(argv)
    types = tuple(t for t in args.types.split(",") if t)
    unknown = [t for t in types if t not in TYPES]
    if unknown:
        print(f"error: unknown fact type {unknown[0]!r}; expected one of: {', '.join(TYPES)}", file=sys.stderr)
        return 2
    try:
        gold, predicted = load_facts(args.gold), load_facts(args.predicted)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = evaluate(gold, predicted, types)
    print(report(scores))
    if args.min_f1 is not None:
        failing = [s.type for s in scores.values() if s.f1 < args.min_f1 or s.wrong]
        return 1 if failing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
