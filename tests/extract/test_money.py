"""Money facts on real sentences (the table in cases_money.py, written from FACTS.md)."""
import pytest

from tests.extract.cases_money import CASES
from tests.extract.cases_money_families import CASES as FAMILY_CASES
from tests.extract.table import case_problems, params

# Cases the extractor does not pass yet, each with the reason (strict: a pass fails the run).
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES + FAMILY_CASES, XFAIL))
def test_money_case(case):
    problems = case_problems(case, "money")
    assert not problems, f"{case['text']}\n  " + "\n  ".join(problems)


def test_table_is_large_and_varied():
    assert len(CASES) >= 40
    assert any(not c["expected"] for c in CASES), "sentences with no money fact"
    currencies = {f["currency"] for c in CASES for f in c["expected"]}
    assert {"CNY", "USD"} < currencies
