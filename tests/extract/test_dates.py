"""Date facts on real sentences (the table in cases_dates.py, written from FACTS.md)."""
import pytest

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
    cases = CASES + cases_devsample.CASES + cases_money.CASES
    docs = [(nlp(c["text"]), c["reference_date"]) for c in cases]
    narrowed = [dates.extract_dates(doc, ref) for doc, ref in docs]
    monkeypatch.setattr(dates, "_CAN_START", SimpleNamespace(positions=lambda text: range(len(text))))
    everywhere = [dates.extract_dates(doc, ref) for doc, ref in docs]
    assert narrowed == everywhere
    assert sum(map(len, narrowed)) > 100
