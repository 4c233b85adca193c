"""Date facts on real sentences (the table in cases_dates.py, written from FACTS.md)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract import cases_dates_breadth
from tests.extract.cases_dates import CASES
from tests.extract.table import case_problems, params

# Cases the extractor does not pass yet, each with the reason (strict: a pass fails the run).
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_date_case(case):
    problems = case_problems(case, "date")
    assert not problems, f"{case['text']}\n  reference date {case['reference_date']}\n  " + "\n  ".join(problems)


def test_table_is_large_and_varied():
    assert len(CASES) >= 40
    assert any(not c["expected"] for c in CASES), "sentences with no date fact"
    assert any(c["reference_date"] is None for c in CASES), "sentences without a reference date"
    assert {f["kind"] for c in CASES for f in c["expected"]} == {"date", "relative_date", "duration", "period"}


def test_scanner_tries_every_place_a_date_can_start(monkeypatch):
    """The scanner only tries where a date pattern can begin (_CAN_START); trying every word start
    instead finds exactly the same facts."""
    from types import SimpleNamespace

    from pipeline.annotate.segment import shared_nlp
    from pipeline.extract import dates
    from tests.extract import cases_devsample, cases_money

    nlp = shared_nlp()
    cases = CASES + cases_dates_breadth.CASES + cases_devsample.CASES + cases_money.CASES
    docs = [(nlp(c["text"]), c["reference_date"]) for c in cases]
    narrowed = [dates.extract_dates(doc, ref) for doc, ref in docs]
    monkeypatch.setattr(dates, "_CAN_START", SimpleNamespace(positions=lambda text: range(len(text))))
    everywhere = [dates.extract_dates(doc, ref) for doc, ref in docs]
    assert narrowed == everywhere
    assert sum(map(len, narrowed)) > 100


@pytest.mark.parametrize(
    "text, reference_date, expected",
    [
        # no such day: the expression is a date fact, but the text fixes no day (FACTS.md: value null)
        ("2025年2月30日，会议在京召开。", None, [("2025年2月30日", None)]),
        ("2025年4月31日发布的通知，次日起施行。", None, [("2025年4月31日", None), ("次日", None)]),
        ("2月29日，全国三八红旗手表彰大会在京举行。", "2025-03-08", [("2月29日", None)]),
        # real days stay as they were
        ("2月29日，全国三八红旗手表彰大会在京举行。", "2024-03-08", [("2月29日", "2024-02-29")]),
        ("2025年2月28日发布的通知，次日起施行。", None, [("2025年2月28日", "2025-02-28"), ("次日", "2025-03-01")]),
        # arithmetic can name a day that is not there: 去年同期 of a period from a leap day
        ("2024年2月29日至3月5日，销量比去年同期增长。", None, [("2024年2月29日至3月5日", "2024-02-29/2024-03-05"), ("去年同期", None)]),
    ],
)
def test_a_day_its_month_does_not_have_is_no_value_and_no_crash(text, reference_date, expected):
    from pipeline.extract import extract_facts_from_text

    dates = [(f["text"], f["value"]) for f in extract_facts_from_text(text, reference_date) if f["type"] == "date"]
    assert dates == expected


def test_an_open_period_from_a_day_its_month_does_not_have_has_no_value():
    from pipeline.extract import extract_facts_from_text

    # xwlb 2018-06-02: 31日 in June (the month of the reference date) does not exist
    (fact,) = [f for f in extract_facts_from_text("从31日开始，将实施新的规定。", "2018-06-02") if f["type"] == "date"]
    assert (fact["text"], fact["kind"], fact["value"]) == ("从31日开始", "period", None)


DATE_PIECES = [
    "2024年", "2025年", "1月", "2月", "4月", "12月", "13月", "28日", "29日", "30日", "31日", "32日", "5号",
    "次日", "当天", "前一天", "翌日", "当月", "次月", "上月", "次年", "去年同期", "同期", "今年", "明年", "昨天",
    "从", "自", "起", "开始", "以来", "至", "到", "—", "上午", "8时", "30分", "周五", "下周一", "上旬", "底",
    "一季度", "上半年", "3天", "两个月", "，", "。", "会议", "举行", "发布",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join),
    st.sampled_from([None, "2024-02-29", "2025-02-28", "2025-06-30", "2018-06-02", "2025-12-31"]),
)
def test_date_like_text_never_raises_and_every_day_is_real(text, reference_date):
    import re
    from datetime import date

    from pipeline.extract import extract_facts_from_text

    for fact in extract_facts_from_text(text, reference_date):
        for day in re.findall(r"\d{4}-\d{2}-\d{2}", fact.get("value") or ""):
            date.fromisoformat(day)  # raises on 2025-02-30


@pytest.mark.parametrize("case", params(cases_dates_breadth.CASES, {}))
def test_date_breadth_case(case):
    """Issue 14's families (cases_dates_breadth.py): the passage's year, clock times, weekdays, ..."""
    problems = case_problems(case, "date")
    assert not problems, f"{case['text']}\n  reference date {case['reference_date']}\n  " + "\n  ".join(problems)
