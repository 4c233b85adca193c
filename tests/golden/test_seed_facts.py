"""The golden facts of the seed: the pipeline's facts.json scored against ../shared/seed-facts.json.

A change that loses, adds or alters a money, date or quote fact fails here with the list of mismatches.
"""
import json

import pytest

from pipeline import api, config
from pipeline.evaluate import evaluate, report
from tests.conftest import SEED_NAME, SHARED

GOLD = SHARED / "seed-facts.json"


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    if not GOLD.is_file():
        pytest.skip(f"{GOLD} not found (the shared folder sits beside the checkout)")
    out = tmp_path_factory.mktemp("out")
    api.run([config.ARTICLES_DIR], out, api.Settings())
    predicted = json.loads((out / SEED_NAME / "facts.json").read_text(encoding="utf-8"))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return evaluate(gold["facts"], predicted["facts"]), predicted, gold


def test_gold_indexes_the_same_text(scored):
    _, predicted, gold = scored
    assert predicted["document"]["sha256"] == gold["sha256"]


@pytest.mark.parametrize("fact_type", ["money", "date", "quote"])
def test_seed_facts(scored, fact_type):
    scores, _, _ = scored
    score = scores[fact_type]
    readable = report({fact_type: score})
    assert score.f1 >= 0.95, readable
    assert not score.wrong, readable  # every matched value and speaker right
