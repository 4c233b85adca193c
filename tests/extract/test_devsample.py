"""Money and date facts on a random sample of the dev corpus (cases_devsample.py)."""
import pytest

from tests.extract.cases_devsample import CASES
from tests.extract.table import case_problems, params

XFAIL: dict[str, str] = {
    "dev3-date-01": "30日 read on 24 August is taken as 30 August; only the past tense of the story says July",
    "dev4-date-12": "the dev3-date-01 sentence again (same story): 30日 read on 24 August is taken as 30 August",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_devsample_case(case):
    problems = case_problems(case, case["type"])
    assert not problems, f"{case['text']}\n  reference date {case['reference_date']}\n  " + "\n  ".join(problems)
