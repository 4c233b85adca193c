"""Numbers read aloud: the readings ``pinyin.number_reading`` gives every token with a digit in
corpus-dev articles, against the hand-written reader it replaced (kept below as the baseline).

    python benchmarks/number_reading_bench.py [--articles 400] [--sample 40]

Prints how many number tokens (occurrences and distinct) there are, how many readings change, the
changes grouped by kind, every change that is not a percentage, and a seeded random sample of
changed readings to check by hand.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.annotate import pinyin  # noqa: E402
from pipeline.annotate.segment import shared_nlp  # noqa: E402

CORPUS_DEV = ROOT.parent / "shared" / "corpus-dev" / "news.jsonl"

# --- the hand-written reader before cn2an (pipeline/annotate/pinyin.py at 18eff00) ---------------
_DIGITS = "零一二三四五六七八九"
_NUMBER = re.compile(r"^(?P<int>\d+(?:,\d{3})*)(?:\.(?P<frac>\d+))?(?P<rest>.*)$")


def _chinese_integer(n: int) -> str:
    if n == 0:
        return "零"
    out = ""
    for unit_value, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= unit_value:
            head, n = divmod(n, unit_value)
            out += _chinese_integer(head) + unit
            if 0 < n < unit_value // 10:
                out += "零"
    small = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and small:
                small += "零"
            small += _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    if small.startswith("一十") and not out:
        small = small[1:]
    return out + small


def old_reading(text: str) -> tuple[str, str] | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    digits, rest = m.group("int").replace(",", ""), m.group("rest")
    if rest.startswith("年") and len(digits) == 4 and not m.group("frac"):
        hanzi = "".join(_DIGITS[int(d)] for d in digits)
    elif digits == "2" and not m.group("frac") and rest and rest[0] not in "年月日号点%":
        hanzi = "两"
    else:
        hanzi = _chinese_integer(int(digits))
    if m.group("frac"):
        hanzi += "点" + "".join(_DIGITS[int(d)] for d in m.group("frac"))
    hanzi += rest
    syllables = [s for s in pinyin.word_numbers(hanzi) if s]
    return hanzi, " ".join(pinyin.marks(s) for s in syllables)


# -------------------------------------------------------------------------------------------------


def _kind(text: str) -> str:
    if "%" in text or "％" in text:
        return "percent"
    if text.startswith(("-", "−")):
        return "negative"
    m = re.match(r"\d+", text)
    digits = m.group() if m else ""
    if len(digits) >= 5:
        return "5+ digits"
    if "." in text:
        return "decimal"
    return "other"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--sample", type=int, default=40)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in CORPUS_DEV.open(encoding="utf-8")]
    step = max(1, len(rows) // args.articles)
    texts = [r["text"] for r in rows[::step][: args.articles]]
    nlp = shared_nlp()
    counts: collections.Counter[str] = collections.Counter()
    for doc in nlp.pipe(texts):
        for token in doc:
            if any(ch.isdigit() for ch in token.text):
                counts[token.text] += 1
    changed = {}
    for text in counts:
        before, after = old_reading(text), pinyin.number_reading(text)
        if before != after:
            changed[text] = (before, after)
    print(f"{len(texts)} corpus-dev articles; {sum(counts.values()):,} number tokens, {len(counts):,} distinct")
    print(f"readings changed: {sum(counts[t] for t in changed):,} tokens, {len(changed):,} distinct")
    kinds = collections.Counter(_kind(t) for t in changed)
    print("changed, distinct, by kind:", dict(kinds.most_common()))
    for text in sorted(t for t in changed if _kind(t) != "percent"):
        before, after = changed[text]
        print(f"  not a percentage: {text:14} {before[0] if before else None}  ->  {after[0] if after else None}")
    rng = random.Random(12)
    for text in sorted(rng.sample(sorted(changed), min(args.sample, len(changed)))):
        before, after = changed[text]
        print(f"  {text:14} {before[0] if before else None}  ->  {after[0] if after else None}")


if __name__ == "__main__":
    main()
