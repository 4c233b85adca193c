"""Shared by test_pinyin.py and benchmarks/pinyin_bench.py: the reading of a case's target."""
from __future__ import annotations


def target_span(sentence: str, target: str) -> tuple[int, int]:
    """(start, end) of ``target`` in ``sentence``; ``word#N`` is the N-th occurrence."""
    word, _, nth = target.partition("#")
    n = int(nth) if nth else 1
    at = -1
    for _ in range(n):
        at = sentence.find(word, at + 1)
        if at < 0:
            raise ValueError(f"{target!r} not found {n} time(s) in {sentence!r}")
    return at, at + len(word)


def predicted(nlp, sentence: str, target: str) -> str:
    """Our citation pinyin of the target, in the table's spelling (ü as v)."""
    from pipeline.annotate.components import char_readings

    start, end = target_span(sentence, target)
    readings = char_readings(nlp(sentence))[start:end]
    return " ".join((r or "?").replace("ü", "v") for r in readings)
