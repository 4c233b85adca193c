"""Corpus tables round-trip: the store's Parquet parts, the CSV export and the JSON they come from
agree, and the Parquet files carry their types for a plain ``pandas.read_parquet``."""
import json
from datetime import date

import pandas as pd
import pytest

from pipeline.contract import UPOS
from pipeline.export.tables import CATEGORIES, SCHEMAS, TABLE_NAMES, load_tables
from pipeline.run import Settings, analyse_document, run
from tests.conftest import CORPUS_SEED_PATH


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    (out / "in").mkdir()
    (out / "in" / "b.jsonl").write_text(
        json.dumps({"id": "cctv-1", "text": "国家发展改革委追加中央预算内投资至2.85亿元。", "published": "2016-07-05", "title": "投资"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    summary = run([CORPUS_SEED_PATH, out / "in"], out / "run", Settings(pages=False), exports=("csv",))
    assert summary.ok
    return out / "run"


def test_every_table_has_its_documented_columns(out):
    tables = load_tables(out)
    assert list(tables) == list(TABLE_NAMES) == ["documents", "sentences", "tokens", "facts", "vocabulary", "lexicon"]
    for name, frame in tables.items():
        assert list(frame.columns) == SCHEMAS[name].names


def test_tokens_and_sentences_round_trip_to_the_json(out):
    tables = load_tables(out)
    annotated = json.loads((out / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    seed = tables["tokens"][tables["tokens"].doc_id == "000_a47795d20e9f08a9"]
    tokens, text = annotated["tokens"], annotated["text"]
    assert list(seed.start) == tokens["start"] and list(seed.end) == tokens["end"] and list(seed.lex.fillna("")) == [
        k or "" for k in tokens["lex"]]
    assert str(seed.start.dtype) == "Int64" and str(seed.text.dtype).startswith("string")
    for row in seed.itertuples():
        assert text[row.start : row.end] == row.text
    sentences = tables["sentences"][tables["sentences"].doc_id == "000_a47795d20e9f08a9"]
    assert list(sentences.start) == annotated["sentences"]["start"]
    assert sentences.text.iloc[0] == "“有点累了”的Kimi终于想出了提速的方法。"


@pytest.mark.parametrize("text, pinyin, numbers, spoken", [
    ("一个", "yī gè", "yi1 ge4", "yí gè"),            # the spoken reading where it differs
    ("行业", "háng yè", "hang2 ye4", "háng yè"),      # the citation's where it is the same
    ("C端", "duān", "duan1", "duān"),                 # non-Han characters have no syllable
])
def test_token_readings_are_marks_numbers_and_spoken_marks(out, text, pinyin, numbers, spoken):
    from pipeline.export.tables import document_columns
    from pipeline import api

    record = api.annotate_text(f"{text}。")
    tokens = document_columns("x", record, None)["tokens"]
    assert (tokens["text"][0], tokens["pinyin"][0], tokens["pinyin_numbers"][0], tokens["pinyin_spoken"][0]) == (
        text, pinyin, numbers, spoken)


def test_csv_export_holds_the_same_rows_as_parquet(out):
    for name in TABLE_NAMES:
        parquet = load_tables(out)[name]
        csv = pd.read_csv(out / "exports" / "csv" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(parquet.columns)
        assert len(csv) == len(parquet) > 0
        key = "doc_id" if name != "lexicon" else "lex"
        assert list(csv[key]) == list(parquet[key])


def test_the_lexicon_holds_each_key_the_documents_use_once_with_its_entry(out):
    from pipeline.export.tables import lexicon_row
    from pipeline.ingest import read_documents

    tables = load_tables(out)
    lexicon = tables["lexicon"]
    used = set(tables["tokens"].lex.dropna()) | set(tables["vocabulary"].lex.dropna())
    assert list(lexicon.lex) == sorted(used)  # every key used, once, by key
    (seed,) = read_documents([CORPUS_SEED_PATH])
    entries = analyse_document(seed, Settings(), lexicon=True)["annotated.json"]["lexicon"]
    rows = lexicon.set_index("lex")
    for key in ("有点累|you3 dian3 lei4", "打赏|da3 shang3", "C端|duan1", "宕机|dang4 ji1|name", "ChatGPT"):
        expected = lexicon_row(key, entries[key])
        got = rows.loc[key]
        assert {c: (None if pd.isna(got[c]) else got[c]) for c in rows.columns} == {c: v for c, v in expected.items() if c != "lex"}
    assert json.loads(rows.loc["打赏|da3 shang3", "entries"])[0]["pinyin"] == "da3 shang3"
    tokens = tables["tokens"].merge(lexicon, on="lex", how="left")  # the per-type columns, by the join docs/outputs.md shows
    assert tokens[tokens.text == "打赏"].gloss.iloc[0] == rows.loc["打赏|da3 shang3", "gloss"]


def test_documents_table(out):
    documents = load_tables(out)["documents"].set_index("doc_id")
    assert list(documents.index) == ["000_a47795d20e9f08a9", "cctv-1"]
    assert documents.loc["cctv-1", "published"] == date(2016, 7, 5)
    assert pd.isna(documents.loc["000_a47795d20e9f08a9", "published"])
    assert documents.loc["000_a47795d20e9f08a9", "outlet"] == "每日经济新闻"
    assert bool(documents.loc["000_a47795d20e9f08a9", "truncated"]) is True


# What a plain pandas.read_parquet (no load_tables, no options) gives, column by column.
STR, INT, CAT, BOOL, FLOAT, DATE = "str", "Int64", "category", "boolean", "float64", "date"
PLAIN_DTYPES = {
    "documents": {"doc_id": STR, "title": STR, "source": STR, "sha256": STR, "format": CAT, "outlet": STR, "site": STR,
                  "published": DATE, "language": CAT, "url": STR, "truncated": BOOL, "characters": INT,
                  "sentences": INT, "tokens": INT, "facts": INT},
    "sentences": {"doc_id": STR, "sentence": INT, "start": INT, "end": INT, "text": STR},
    "tokens": {"doc_id": STR, "token": INT, "sentence": INT, "text": STR, "start": INT, "end": INT, "pos": CAT,
               "tag": CAT, "pinyin": STR, "pinyin_numbers": STR, "pinyin_spoken": STR, "lex": STR},
    "facts": {"doc_id": STR, "fact": INT, "type": CAT, "kind": CAT, "text": STR, "start": INT, "end": INT,
              "sentence": INT, "value": STR, "amount": FLOAT, "currency": CAT, "approx": BOOL, "low": STR, "high": STR,
              "per": STR, "partial": STR, "speaker": STR, "speaker_start": INT, "speaker_end": INT,
              "speaker_resolved": STR, "speaker_role": STR, "cue": STR},
    "vocabulary": {"doc_id": STR, "entry": INT, "word": STR, "lex": STR, "start": INT, "end": INT, "sentence": INT,
                   "sentence_text": STR, "page_gloss": STR, "level": INT},
    "lexicon": {"lex": STR, "word": STR, "pinyin": STR, "source": CAT, "gloss": STR, "proper_noun": BOOL, "hsk": INT,
                "freq_rank": INT, "lookup": STR, "glossary": STR, "entries": STR, "parts": STR},
}


def _kind(series) -> str:
    if str(series.dtype) == "object" and all(isinstance(v, date) for v in series.dropna()):
        return DATE
    if pd.api.types.is_string_dtype(series.dtype) and not isinstance(series.dtype, pd.CategoricalDtype):
        return STR
    return str(series.dtype)


@pytest.mark.parametrize("name", sorted(PLAIN_DTYPES))
def test_plain_read_parquet_gets_the_types(out, name):
    frame = pd.read_parquet(out / "tables" / name)  # the folder of parts (the index, _store.json, is not read)
    assert len(frame) and list(frame.columns) == list(PLAIN_DTYPES[name]) == SCHEMAS[name].names
    assert {c: _kind(frame[c]) for c in frame.columns} == PLAIN_DTYPES[name]


def test_nullable_columns_keep_their_nulls_as_na(out):
    lexicon = pd.read_parquet(out / "tables" / "lexicon")
    assert lexicon.hsk.isna().any() and lexicon.hsk.notna().any()  # names have no level
    assert lexicon.hsk.dropna().between(1, 7).all()
    tokens = pd.read_parquet(out / "tables" / "tokens")
    assert tokens.lex.isna().any() and tokens.pinyin.isna().any()  # punctuation has no key, no reading
    facts = pd.read_parquet(out / "tables" / "facts")
    money = facts[facts.type == "money"]
    assert money.approx.notna().all() and facts[facts.type == "date"].approx.isna().all()
    assert facts.speaker_start.isna().any()


def test_closed_sets_have_every_category_in_a_fixed_order(out):
    tokens = pd.read_parquet(out / "tables" / "tokens")
    assert list(tokens.pos.cat.categories) == list(UPOS.__args__)
    assert list(pd.read_parquet(out / "tables" / "lexicon").source.cat.categories) == ["glossary", "cedict", "composed", "proper_noun"]
    facts = pd.read_parquet(out / "tables" / "facts")
    assert list(facts.type.cat.categories) == ["money", "date", "quote"]
    assert list(facts.kind.cat.categories) == list(CATEGORIES["facts"]["kind"])
    assert "per_unit" in facts.kind.cat.categories  # known, whether or not this corpus has one
    assert set(facts.currency.dropna()) <= set(facts.currency.cat.categories) and "CNY" in set(facts.currency)
    assert set(tokens.tag.cat.categories) == set(tokens.tag)


def test_load_tables_gets_the_same_values(out):
    for name in TABLE_NAMES:
        plain = pd.read_parquet(out / "tables" / name)
        loaded = load_tables(out)[name]
        assert loaded.astype(object).where(loaded.notna(), None).values.tolist() == \
            plain.astype(object).where(plain.notna(), None).values.tolist()


def test_csv_writes_dates_and_categories_as_text(out):
    csv = pd.read_csv(out / "exports" / "csv" / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    assert csv.loc["cctv-1", "published"] == "2016-07-05" and csv.loc["000_a47795d20e9f08a9", "published"] == ""
    assert csv.loc["cctv-1", "format"] == "jsonl" and csv.loc["cctv-1", "truncated"] == "false"
    tokens = pd.read_csv(out / "exports" / "csv" / "tokens.csv", dtype=str, keep_default_na=False)
    assert set(tokens.pos) <= set(UPOS.__args__)
    facts = pd.read_csv(out / "exports" / "csv" / "facts.csv", dtype=str, keep_default_na=False)
    assert list(facts[facts.text == "2.85亿元"].value) == ["285000000"]


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
