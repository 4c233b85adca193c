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
