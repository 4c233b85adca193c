"""Rebuild the unseen gold records (``benchmarks/unseen/gold/*.json``) from the corpus they label.

The gold files hold offsets, kinds, values and speakers but no article text (the corpus licence allows
single sentences, not whole articles); quote facts have no ``text``. ``load_gold()`` reads
``../shared/corpus-dev/news.jsonl``, checks each article's ``text_sha256`` and every stored span, and
fills each quote's ``text`` from its offsets, giving records ``pipeline.evaluate`` reads.

``python benchmarks/unseen/load.py OUTDIR`` writes ``OUTDIR/<id>.json`` (one gold record per article,
``python -m pipeline.evaluate OUTDIR/<id>.json PRED.json`` scores one); it prints a skip message and
exits 0 when the corpus is absent.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
#: ../shared/corpus-dev/news.jsonl beside the repository (or $UNSEEN_CORPUS).
CORPUS = Path(os.environ.get("UNSEEN_CORPUS", HERE.parents[2] / "shared" / "corpus-dev" / "news.jsonl"))


class CorpusMissing(Exception):
    """The corpus the gold indexes is not on this machine."""


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


def _records(ids: set[str], corpus: Path) -> dict[str, dict]:
    found = {}
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in ids:
                found[record["id"]] = record
    return found


def load_gold(corpus: Path = CORPUS) -> list[tuple[dict, dict]]:
    """``(corpus record, full gold record)`` for every gold article, in id order.

    Raises ``CorpusMissing`` when ``corpus`` is absent and ``ValueError`` when an article is missing
    or its text no longer matches the stored hash or spans.
    """
    if not corpus.is_file():
        raise CorpusMissing(f"{corpus} is absent; the unseen gold indexes that corpus (../shared/corpus-dev)")
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in gold_files()]
    records = _records({g["id"] for g in golds}, corpus)
    out = []
    for gold in golds:
        record = records.get(gold["id"])
        if record is None:
            raise ValueError(f"{gold['id']}: not in {corpus}")
        text = record["text"]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != gold["text_sha256"]:
            raise ValueError(f"{gold['id']}: text changed (sha256 {digest}, gold made on {gold['text_sha256']})")
        facts = []
        for fact in gold["facts"]:
            fact = dict(fact)
            span = text[fact["start"] : fact["end"]]
            if "text" in fact and fact["text"] != span:
                raise ValueError(f"{gold['id']}: {fact['type']} {fact['text']!r} != text[{fact['start']}:{fact['end']}] {span!r}")
            fact["text"] = span
            speaker = fact.get("speaker")
            if isinstance(speaker, dict) and text[speaker["start"] : speaker["end"]] != speaker["text"]:
                raise ValueError(f"{gold['id']}: speaker {speaker['text']!r} not at [{speaker['start']}:{speaker['end']}]")
            facts.append(fact)
        full = {"document": gold["id"], "published": gold["published"], "group": gold["group"],
                "sha256_text": gold["text_sha256"], "facts": facts}
        out.append((record, full))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python benchmarks/unseen/load.py OUTDIR", file=sys.stderr)
        return 2
    try:
        items = load_gold()
    except CorpusMissing as exc:
        print(f"skip: {exc}")
        return 0
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    for _, full in items:
        (outdir / f"{full['document']}.json").write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} gold records to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
