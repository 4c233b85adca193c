"""Deterministic choice of the unseen articles (run once; the chosen ids are in README.md and gold/).

Candidates: corpus-dev records published in 2025 or 2026, 150-1200 characters of text, whose id does
not appear anywhere in the repository's tests/ and which share no 10-character Chinese string with
any file under tests/. Candidates are ordered by sha1(id) (hex, ascending). Going down that order,
the first 8 with a money amount (a numeral before 元/美元/欧元 ...), then the first 8 not yet chosen with
at least 4 date expressions (numeral + 年/月/日/天 or 今年/去年/当天 ...), then the first 8 not yet
chosen with a quotation (“…” after or before 说/表示) or reported speech (表示/说/认为/指出/介绍 + ，/：).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus-dev" / "news.jsonl"

MONEY = re.compile(r"(?:[0-9][0-9.,]*|[一二三四五六七八九十两几数][十百千万亿]*)(?:多|余)?[万亿千百]*(?:元(?!首)|美元|欧元|港元|日元|英镑|卢布)")
DATE = re.compile(r"[0-9一二三四五六七八九十]+(?:年|月|日|号|天)|今年|去年|明年|当天|今天|昨天|近日|日前|以来")
QUOTE = re.compile(r"(?:说|表示|认为|指出|介绍|称|强调)[，：:,]|“[^”]{6,}”")


def test_material() -> tuple[set[str], set[str]]:
    ids, grams = set(), set()
    for path in (ROOT / "tests").rglob("*"):
        if not path.is_file():
            continue
        try:
            body = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        ids.update(re.findall(r"xwlb-[A-Za-z0-9]+", body))
        for run in re.findall(r"[\u4e00-\u9fff，。、“”：；0-9％%.]{10,}", body):
            for i in range(len(run) - 9):
                grams.add(run[i : i + 10])
    return ids, grams


def main() -> int:
    if not CORPUS.is_file():
        print(f"skip: {CORPUS} is absent", file=sys.stderr)
        return 0
    ids, grams = test_material()
    cands = []
    for line in CORPUS.open(encoding="utf-8"):
        r = json.loads(line)
        if str(r["published"])[:4] not in ("2025", "2026") or not 150 <= len(r["text"]) <= 1200:
            continue
        if r["id"] in ids:
            continue
        t = r["text"]
        if any(t[i : i + 10] in grams for i in range(len(t) - 9)):
            continue
        cands.append((hashlib.sha1(r["id"].encode()).hexdigest(), r))
    cands.sort(key=lambda c: c[0])
    chosen: dict[str, str] = {}
    for group, rx, need in (("money", MONEY, 1), ("date", DATE, 4), ("quote", QUOTE, 1)):
        n = 0
        for h, r in cands:
            if n == 8:
                break
            if r["id"] in chosen or len(rx.findall(r["text"])) < need:
                continue
            chosen[r["id"]] = group
            n += 1
    for h, r in cands:
        if r["id"] in chosen:
            print(chosen[r["id"]], r["id"], r["published"], len(r["text"]), h[:12], sep="\t")
    print(f"{len(cands)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
