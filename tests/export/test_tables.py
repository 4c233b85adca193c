"""Corpus tables round-trip: Parquet, CSV and the JSON they come from agree, and the Parquet files
carry their types for a plain ``pandas.read_parquet``."""
import json
from datetime import date

import pandas as pd
import pytest

from pipeline.contract import UPOS
from pipeline.export.tables import CATEGORIES, SCHEMAS, TABLES, load_tables
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
    assert documents.loc["cctv-1", "published"] == date(2016, 7, 5)
    assert pd.isna(documents.loc["000_a47795d20e9f08a9", "published"])
    assert documents.loc["000_a47795d20e9f08a9", "outlet"] == "每日经济新闻"
    assert bool(documents.loc["000_a47795d20e9f08a9", "truncated"]) is True


@pytest.mark.parametrize("count, sizes", [(0, [0]), (1, [1]), (3, [3]), (4, [4]), (5, [4, 1]), (9, [4, 4, 1])])
def test_entries_are_read_in_batches_as_they_come(count, sizes):
    from pipeline.export.tables import _batches

    batches = list(_batches(({"id": n} for n in range(count)), 4))  # a generator: read once, in order
    assert [len(b) for b in batches] == sizes
    assert [e["id"] for b in batches for e in b] == list(range(count))


# What a plain pandas.read_parquet (no load_tables, no options) gives, column by column.
STR, INT, CAT, BOOL, FLOAT, DATE = "str", "Int64", "category", "boolean", "float64", "date"
PLAIN_DTYPES = {
    "documents": {"doc_id": STR, "title": STR, "source": STR, "sha256": STR, "format": CAT, "outlet": STR, "site": STR,
                  "published": DATE, "language": CAT, "url": STR, "truncated": BOOL, "characters": INT,
                  "sentences": INT, "tokens": INT, "facts": INT},
    "tokens": {"doc_id": STR, "token": INT, "sentence": INT, "text": STR, "start": INT, "end": INT, "pos": CAT,
               "tag": CAT, "pinyin": STR, "pinyin_numbers": STR, "pinyin_spoken": STR, "hsk": INT, "freq_rank": INT},
    "facts": {"doc_id": STR, "fact": INT, "type": CAT, "kind": CAT, "text": STR, "start": INT, "end": INT,
              "sentence": INT, "value": STR, "amount": FLOAT, "currency": CAT, "approx": BOOL, "low": STR, "high": STR,
              "per": STR, "partial": STR, "speaker": STR, "speaker_start": INT, "speaker_end": INT,
              "speaker_resolved": STR, "speaker_role": STR, "cue": STR},
    "vocabulary": {"doc_id": STR, "entry": INT, "word": STR, "pinyin": STR, "gloss": STR, "hsk": INT, "freq_rank": INT,
                   "start": INT, "end": INT, "sentence": INT, "sentence_text": STR, "page_gloss": STR, "level": INT},
}


def _kind(series) -> str:
    if str(series.dtype) == "object" and all(isinstance(v, date) for v in series.dropna()):
        return DATE
    if pd.api.types.is_string_dtype(series.dtype) and not isinstance(series.dtype, pd.CategoricalDtype):
        return STR
    return str(series.dtype)


@pytest.mark.parametrize("name", sorted(PLAIN_DTYPES))
def test_plain_read_parquet_gets_the_types(out, name):
    frame = pd.read_parquet(out / "tables" / f"{name}.parquet")
    assert list(frame.columns) == list(PLAIN_DTYPES[name]) == SCHEMAS[name].names
    assert {c: _kind(frame[c]) for c in frame.columns} == PLAIN_DTYPES[name]


def test_nullable_columns_keep_their_nulls_as_na(out):
    tokens = pd.read_parquet(out / "tables" / "tokens.parquet")
    assert tokens.hsk.isna().any() and tokens.hsk.notna().any()  # punctuation has no level
    assert tokens.hsk.dropna().between(1, 7).all()
    facts = pd.read_parquet(out / "tables" / "facts.parquet")
    money = facts[facts.type == "money"]
    assert money.approx.notna().all() and facts[facts.type == "date"].approx.isna().all()
    assert facts.speaker_start.isna().any()


def test_closed_sets_have_every_category_in_a_fixed_order(out):
    tokens = pd.read_parquet(out / "tables" / "tokens.parquet")
    assert list(tokens.pos.cat.categories) == list(UPOS.__args__)
    facts = pd.read_parquet(out / "tables" / "facts.parquet")
    assert list(facts.type.cat.categories) == ["money", "date", "quote"]
    assert list(facts.kind.cat.categories) == list(CATEGORIES["facts"]["kind"])
    assert "per_unit" in facts.kind.cat.categories  # known, whether or not this corpus has one
    assert set(facts.currency.dropna()) <= set(facts.currency.cat.categories) and "CNY" in set(facts.currency)
    assert set(tokens.tag.cat.categories) == set(tokens.tag)


def test_load_tables_gets_the_same_values(out):
    for name in TABLES:
        plain = pd.read_parquet(out / "tables" / f"{name}.parquet")
        loaded = load_tables(out)[name]
        assert loaded.astype(object).where(loaded.notna(), None).values.tolist() == \
            plain.astype(object).where(plain.notna(), None).values.tolist()


def test_csv_writes_dates_and_categories_as_text(out):
    csv = pd.read_csv(out / "tables" / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert csv.loc["cctv-1", "published"] == "2016-07-05" and csv.loc["000_a47795d20e9f08a9", "published"] == ""
    assert csv.loc["cctv-1", "format"] == "jsonl"
    tokens = pd.read_csv(out / "tables" / "tokens.csv", dtype=str, keep_default_na=False)
    assert set(tokens.pos) <= set(UPOS.__args__)


def test_an_unknown_category_is_refused_with_the_known_ones():
    from pipeline.export.tables import arrow_table

    row = {name: None for name in SCHEMAS["facts"].names} | {"doc_id": "x", "type": "price"}
    with pytest.raises(ValueError, match="type 'price' is not a known category; expected one of: money, date, quote"):
        arrow_table("facts", [row])


def test_docs_list_every_column_of_every_table():
    import re

    from tests.conftest import REPO

    reference = (REPO / "docs" / "outputs.md").read_text(encoding="utf-8")
    section = reference[reference.index("## Tables for pandas"):reference.index("## Exports")]
    for name, schema in SCHEMAS.items():
        (row,) = [line for line in section.splitlines() if line.startswith(f"| `{name}` |")]
        listed = set(re.findall(r"`([a-z_0-9]+)`", row.split("|")[2]))
        assert set(schema.names) - listed == set(), f"docs/outputs.md's {name} row lacks these columns"
