"""Hostile repetitions cost time in proportion to their length: four times the text, at most about
five times the time (a pass that compares every pair, or a regex that backtracks over a run, costs
sixteen). Measured as a ratio in this process, the shorter text first; never an absolute time.

Each case is a unit an attacker (or a broken scraper) repeats: numeral runs, currency words between
numbers, reporting cues with no punctuation, quotation marks that never close, digits, polyphones.
"""
from __future__ import annotations

import random
import time

import pytest

from pipeline import api

SHORT = 2_500
#: 4x the text may cost up to this many times the time: linear is 4, the noise of a shared machine
#: about one more, quadratic 16.
MAX_RATIO = 6.5


def _repeated(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _mixed(alphabet: str, seed: int):
    def make(n: int) -> str:
        chooser = random.Random(seed)
        return "".join(chooser.choice(alphabet) for _ in range(n))
    return make


CASES = {
    "〇 run": _repeated("〇"),
    "一…亿 mix": _mixed("一二三四五六七八九十百千万亿零两", 7),
    "1元至": _repeated("1元至"),
    "5元和": _repeated("5元和"),
    "currency words": _repeated("美元人民币港元"),
    "digits": _repeated("1"),
    "dotted digits": _repeated("1.2."),
    "cues without punctuation": _repeated("据说表示称指出"),
    "「 then ”": lambda n: "「" * (n // 2) + "”" * (n - n // 2),
    "“好” repeated": _repeated("“好”"),
    "unclosed quotes and cues": _repeated("“他说"),
    "polyphones": _repeated("行长长行了得地"),
    "为 with no verb in sight": _repeated("为为企业"),
    "dates without end": _repeated("2024年3月"),
    "numerals, currency, cues": _mixed("〇一二十百万亿元美金至和说称“”「」", 11),
}


def _seconds(text: str, analyse) -> float:
    best = float("inf")
    for _ in range(3):  # the least of three: another process on the machine only ever adds time
        started = time.perf_counter()
        analyse(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("name", sorted(CASES))
def test_four_times_the_text_costs_about_four_times_the_time(name):
    make = CASES[name]
    analyse = api.annotate_text  # the whole analysis: segmentation, pinyin, glosses, facts, record
    analyse("预热：今天天气很好。")  # dictionaries loaded before anything is timed
    short = _seconds(make(SHORT), analyse)
    long = _seconds(make(4 * SHORT), analyse)
    assert long <= MAX_RATIO * max(short, 0.005), f"{name}: {SHORT:,} characters {short:.3f} s, {4 * SHORT:,} {long:.3f} s"
