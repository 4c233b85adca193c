"""Starts lists every position where one of its patterns can begin a match (pattern_starts.py)."""
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate.normalize import normalize
from pipeline.extract.dates import _AT_STARTS, _CAN_START, _Scanner
from pipeline.extract.money import _MONEY
from pipeline.extract.pattern_starts import Finder, Starts
from tests.extract import cases_money
from tests.extract.cases_dates import CASES

DATE_STARTS = Starts(_AT_STARTS)
COMPILED = [re.compile(re.escape(p)) if isinstance(p, str) else p for p in _AT_STARTS]
# The characters the patterns are made of, and some they are not.
DATE_CHARACTERS = sorted({ch for p in COMPILED for ch in p.pattern if ord(ch) > 127} | set("0123456789:.-~ 《》a"))
MONEY_CHARACTERS = sorted({ch for ch in _MONEY.pattern if ord(ch) > 127} | set("0123456789.,-~ $/aUSHK"))
MONEY_FINDER = Finder(_MONEY)


def missed(starts: Starts, patterns, text: str) -> list[int]:
    listed = set(starts.positions(text))
    return [i for i in range(len(text)) if i not in listed and any(p.match(text, i) for p in patterns)]


@pytest.mark.parametrize("text", [c["text"] for c in CASES])
def test_every_date_start_of_the_case_table_is_listed(text):
    assert missed(DATE_STARTS, COMPILED, text) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_CHARACTERS), max_size=40).map("".join))
def test_every_date_start_is_listed(text):
    assert missed(DATE_STARTS, COMPILED, text) == []


def readings_off_the_list(text: str, ref: date | None) -> list[int]:
    """Positions where the date scanner reads something that _CAN_START does not list."""
    scanner = _Scanner(text, ref, lambda s, e: True, lambda s: True)
    listed = set(_CAN_START.positions(text))
    return [i for i in range(len(text)) if i not in listed and scanner.at(i) is not None]


@pytest.mark.parametrize("text", [normalize(c["text"]).text for c in CASES])
def test_every_date_reading_of_the_case_table_starts_where_listed(text):
    assert readings_off_the_list(text, date(2024, 5, 20)) == []
    assert readings_off_the_list(text, None) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_CHARACTERS + ["自", "从", "起", "以来"]), max_size=40).map("".join))
def test_every_date_reading_starts_where_listed(text):
    assert readings_off_the_list(text, date(2024, 5, 20)) == []


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("text", [normalize(c["text"]).text for c in cases_money.CASES])
def test_finder_finds_the_money_of_the_case_table_as_finditer_does(text):
    assert spans(MONEY_FINDER.finditer(text)) == spans(_MONEY.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MONEY_CHARACTERS), max_size=40).map("".join))
def test_finder_finds_money_as_finditer_does(text):
    assert spans(MONEY_FINDER.finditer(text)) == spans(_MONEY.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "text", "positions"),
    [
        (r"(?:上|本)?周[一二]", "本周一和周二", [0, 1, 4]),
        (r"\d{2,}年", "1年12年", [2]),  # a repetition: 1年 and 2年 are too short, 12年 is not
        (r"从|自", "自从", [0, 1]),  # one character long: the end of the text may follow
        (r"(?<=约)\d+元", "约5元", [1]),  # a lookbehind is left out: it only widens
        (r"[东西]八区|北京(?=时间)", "东八区北京时间", [0, 3]),
        (r"a?b?c", "xcbcabc", [1, 2, 3, 4, 5, 6]),  # optional parts: any of a, b, c can begin
    ],
)
def test_starts_of_a_pattern(pattern, text, positions):
    assert list(Starts([re.compile(pattern)]).positions(text)) == positions


@pytest.mark.parametrize("pattern", [r".年", r"[^年]月", r"(?:今)?", r"(?i)ab"])
def test_a_pattern_that_would_not_narrow_the_scan_is_refused(pattern):
    with pytest.raises(ValueError):
        Starts([re.compile(pattern)])
