"""Corpus tables round-trip: Parquet, CSV and the JSON they come from agree."""
import json

import pandas as pd
import pytest

from pipeline.export.tables import TABLES, load_tables
from pipeline.run import Settings, run
from tests.conftest import CORPUS_SEED_PATH


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    (out / "in").mkdir()
    (out / "in" / "b.jsonl").write_text(
        json.dumps({"id": "cctv-1", "text": "国家发展改革委追加中央预算内投资至2.85亿元。", "published": "2016-07-05", "title": "投资"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    summary = run([CORPUS_SEED_PATH, out / "in"], out / "run", Settings())
    assert summary.ok
    return out / "run"


def test_every_table_has_its_documented_columns(out):
    tables = load_tables(out)
    assert set(tables) == set(TABLES) == {"documents", "tokens", "facts", "vocabulary"}
    for name, frame in tables.items():
        assert list(frame.columns) == TABLES[name][0].names


def test_tokens_round_trip_to_the_json(out):
    tokens = load_tables(out)["tokens"]
    annotated = json.loads((out / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    seed = tokens[tokens.doc_id == "000_a47795d20e9f08a9"]
    assert list(seed.text) == [t["text"] for t in annotated["tokens"]]
    assert list(seed.start) == [t["start"] for t in annotated["tokens"]]
    assert str(seed.start.dtype) == "Int64" and str(seed.text.dtype).startswith("string")
    for row in seed.itertuples():
        assert annotated["text"][row.start : row.end] == row.text


def test_csv_holds_the_same_rows_as_parquet(out):
    for name in TABLES:
        parquet = load_tables(out)[name]
        csv = pd.read_csv(out / "tables" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(parquet.columns)
        assert len(csv) == len(parquet)
        if len(parquet):
            assert list(csv.doc_id) == list(parquet.doc_id)


def test_documents_table(out):
    documents = load_tables(out)["documents"].set_index("doc_id")
    assert list(documents.index) == ["000_a47795d20e9f08a9", "cctv-1"]
    assert documents.loc["cctv-1", "published"] == "2016-07-05"
    assert documents.loc["000_a47795d20e9f08a9", "outlet"] == "每日经济新闻"
    assert bool(documents.loc["000_a47795d20e9f08a9", "truncated"]) is True


@pytest.mark.parametrize("count, sizes", [(0, [0]), (1, [1]), (3, [3]), (4, [4]), (5, [4, 1]), (9, [4, 4, 1])])
def test_entries_are_read_in_batches_as_they_come(count, sizes):
    from pipeline.export.tables import _batches

    batches = list(_batches(({"id": n} for n in range(count)), 4))  # a generator: read once, in order
    assert [len(b) for b in batches] == sizes
    assert [e["id"] for b in batches for e in b] == list(range(count))
