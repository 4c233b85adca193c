"""Rows from plain records (pipeline/rows.py) are the rows a corpus run writes, in Dask too."""
import json
import pickle

import pandas as pd
import pytest

from pipeline.config import display_path
from pipeline.export.tables import SCHEMAS
from pipeline.rows import ERRORS_SCHEMA, ROW_TABLES, record_rows, record_tables, rows_frame, table_meta
from pipeline.run import Settings, run
from tests.conftest import CORPUS_DEV

dd = pytest.importorskip("dask.dataframe")

# Lines a corpus may hold besides good articles: no id (id from the file name and line), no text,
# a bad published date, not a JSON object, white space only.
# Written as corpus-dev's lines are (json.dumps, its fields in its order, nulls kept), so a record
# read back from the frame has the line's checksum.
ODD_LINES = [
    {"id": None, "title": "投资", "text": "国家发展改革委追加中央预算内投资至2.85亿元。", "published": "2016-07-05"},
    {"id": "no-text", "title": "无正文", "text": None, "published": None},
    {"id": "bad-date", "title": None, "text": "今年3月末，Kimi宕机。", "published": "去年"},
    {"id": "blank", "title": None, "text": "   ", "published": None},
]
ODD_LINES = [r | {"category": None, "source": None} for r in ODD_LINES]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A JSON Lines file of corpus-dev articles and odd lines, its corpus run, and its records
    as a DataFrame read the plain way."""
    if not CORPUS_DEV.is_file():
        pytest.skip("../shared/corpus-dev is not here")
    folder = tmp_path_factory.mktemp("rows")
    with open(CORPUS_DEV, encoding="utf-8") as handle:
        lines = [line for n, line in enumerate(handle) if n < 14 or n % 400 == 0][:24]
    lines[3:3] = [json.dumps(r, ensure_ascii=False) + "\n" for r in ODD_LINES]
    path = folder / "news.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    summary = run([path], folder / "run", Settings(pages=False))
    assert len(summary.errors) == 3
    records = pd.read_json(path, lines=True, dtype=False)
    return {"path": path, "source": display_path(path), "out": folder / "run", "records": records}


def corpus_table(corpus, table):
    return pd.read_parquet(corpus["out"] / "tables" / table)  # the store's parts, in order


def test_dask_processes_give_the_corpus_runs_facts(corpus):
    ddf = dd.from_pandas(corpus["records"], npartitions=2)
    facts = ddf.map_partitions(rows_frame, "facts", source=corpus["source"], meta=table_meta("facts"))
    got = facts.compute(scheduler="processes").reset_index(drop=True)
    expected = corpus_table(corpus, "facts")
    assert len(expected) > 50 and set(expected.type) == {"money", "date", "quote"}
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("table", ["documents", "sentences", "tokens", "vocabulary"])
def test_dask_gives_the_corpus_runs_other_tables(corpus, table):
    ddf = dd.from_pandas(corpus["records"], npartitions=3)
    got = ddf.map_partitions(rows_frame, table, source=corpus["source"], meta=table_meta(table))
    got = got.compute(scheduler="synchronous").reset_index(drop=True)
    # the same ids (no-id line: news-4), sources (news.jsonl:N), checksums and published dates
    pd.testing.assert_frame_equal(got, corpus_table(corpus, table))


def test_the_lexicon_rows_of_the_records_are_the_corpus_lexicon(corpus):
    ddf = dd.from_pandas(corpus["records"], npartitions=2)
    got = ddf.map_partitions(rows_frame, "lexicon", source=corpus["source"], meta=table_meta("lexicon"))
    got = got.compute(scheduler="synchronous").drop_duplicates("lex").sort_values("lex").reset_index(drop=True)
    expected = corpus_table(corpus, "lexicon")
    assert len(expected) > 1000 and expected.lex.is_unique
    pd.testing.assert_frame_equal(got, expected)


def test_load_tables_gives_the_rows_of_record_rows(corpus):
    from pipeline.export.tables import TABLE_NAMES, load_tables

    tables = load_tables(corpus["out"])
    lines = corpus["path"].read_text(encoding="utf-8").splitlines(keepends=True)
    rows = {name: [] for name in TABLE_NAMES}
    for n, line in enumerate(lines, 1):
        for name, more in record_tables(line, Settings(pages=False), source=corpus["source"], line=n).items():
            if name in rows:
                rows[name] += more
    rows["lexicon"] = sorted({r["lex"]: r for r in rows["lexicon"]}.values(), key=lambda r: r["lex"])
    for name in TABLE_NAMES:
        frame = tables[name]
        assert frame.astype(object).where(frame.notna(), None).to_dict("records") == [
            {k: (None if v is None else (pd.Timestamp(v).date() if k == "published" else v)) for k, v in r.items()}
            for r in rows[name]], name


def test_bad_records_are_rows_of_the_errors_table(corpus):
    ddf = dd.from_pandas(corpus["records"], npartitions=2)
    errors = ddf.map_partitions(rows_frame, "errors", source=corpus["source"], meta=table_meta("errors"))
    errors = errors.compute(scheduler="synchronous").reset_index(drop=True)
    expected = [json.loads(line) for line in (corpus["out"] / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors[["source", "error"]].to_dict("records") == expected
    assert list(errors.doc_id) == ["no-text", "bad-date", "blank"]
    assert expected[1]["error"] == "published '去年' is not a date; expected YYYY-MM-DD"


def test_meta_is_what_plain_read_parquet_gives(corpus):
    for table in SCHEMAS:
        meta, plain = table_meta(table), corpus_table(corpus, table)
        assert list(meta.columns) == list(plain.columns) == SCHEMAS[table].names
        assert meta.dtypes.astype(str).to_dict() == plain.dtypes.astype(str).to_dict()
    assert list(table_meta("errors").columns) == ERRORS_SCHEMA.names == ["doc_id", "source", "error"]


@pytest.mark.parametrize("table", ROW_TABLES)
def test_record_rows_are_plain_with_exactly_the_tables_columns(table):
    record = {"id": "kimi", "text": "“有点累了”，他表示。399元365天，约合1.093元一天。", "published": "2024-05-21"}
    rows = record_rows(record, table) if table != "errors" else record_rows({"id": "x"}, table)
    columns = ERRORS_SCHEMA.names if table == "errors" else SCHEMAS[table].names
    assert rows and all(list(row) == columns for row in rows)
    assert pickle.loads(pickle.dumps(rows)) == rows
    assert all(v is None or type(v) in (str, int, float, bool) for row in rows for v in row.values())


def test_a_json_line_gives_the_same_rows_as_its_record(corpus):
    line = corpus["path"].read_text(encoding="utf-8").splitlines(keepends=True)[0]
    documents = corpus_table(corpus, "documents")
    (row,) = record_rows(line, "documents", source=corpus["source"], line=1)
    assert row == record_rows(json.loads(line), "documents", source=corpus["source"], line=1)[0]
    assert (row["doc_id"], row["sha256"], row["source"]) == tuple(documents.loc[0, ["doc_id", "sha256", "source"]])
    assert record_rows("  \n", "errors") == [] and record_rows("{oops", "errors")[0]["error"].startswith("line is not JSON")


def test_one_analysis_gives_every_table():
    tables = record_tables({"id": "a", "text": "399元365天。"}, Settings(reference_date="2024-05-21"))
    assert set(tables) == set(ROW_TABLES)
    assert [(r["doc_id"], r["facts"], r["published"]) for r in tables["documents"]] == [("a", 2, None)]
    assert [r["text"] for r in tables["facts"]] == ["399元", "365天"] and tables["errors"] == []


def test_a_failing_analysis_is_an_error_row_not_an_exception(monkeypatch):
    import pipeline.rows

    def broken(document, settings, **options):
        raise RuntimeError("segmenter crashed")

    monkeypatch.setattr(pipeline.rows, "analyse_document", broken)
    frame = pd.DataFrame([{"id": "a", "text": "今年3月末。"}, {"id": "b", "text": "近日。"}])
    assert rows_frame(frame, "facts").empty
    errors = rows_frame(frame, "errors", source="news.jsonl")
    assert errors.to_dict("records") == [
        {"doc_id": "a", "source": "news.jsonl:1", "error": "RuntimeError: segmenter crashed"},
        {"doc_id": "b", "source": "news.jsonl:2", "error": "RuntimeError: segmenter crashed"},
    ]


def test_a_bad_setting_raises_instead_of_failing_every_record():
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match="vocabulary level 9 is not an HSK level"):
        rows_frame(pd.DataFrame([{"id": "a", "text": "今年3月末。"}]), "facts", Settings(vocabulary_level=9))


def test_numpy_cells_are_plain_values():
    import numpy as np

    frame = pd.DataFrame({"id": [np.int64(7)], "text": ["获赔70多万。"], "published": [pd.Timestamp("2016-07-05")],
                          "tags": [np.array(["a", "b"])]})
    (row,) = rows_frame(frame, "documents").to_dict("records")
    assert (row["doc_id"], str(row["published"]), row["facts"]) == ("7", "2016-07-05", 1)


def test_an_unknown_table_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="unknown table 'fact'; expected one of: documents, sentences, tokens, facts, vocabulary, lexicon, errors"):
        table_meta("fact")
