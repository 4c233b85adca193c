"""The corpus tables: their columns and types, and their rows built from a document's records.

Each table has a fixed pyarrow schema (the column names and types docs/outputs.md documents), so
the same columns come back whatever the corpus holds. The Parquet files carry their types: a plain
``pandas.read_parquet`` gives Int64 for integers, boolean for booleans, categoricals for closed
sets (pos, tag, type, kind, currency, format, language, source) and dates for ``published``.

The per-document tables (``documents``, ``sentences``, ``tokens``, ``facts``, ``vocabulary``) are
built from a document's annotated.json and facts.json (``document_columns``); ``lexicon`` holds one
row per word type (``lex`` key) for the corpus (``lexicon_rows``). Where they are kept, and how a
run keeps them current, is ``pipeline.export.store``.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, get_args

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import UPOS, DocumentRecord, LexiconRecord
from pipeline.models import DateFact, MoneyFact, QuoteFact
from pipeline.record import marks_of, numbers_of

Columns = dict[str, list]


@lru_cache(maxsize=65536)
def _numbers(reading: str | None) -> str | None:
    return numbers_of(reading)


def _token_columns(doc_id: str, annotated: dict, facts: dict | None) -> Columns:
    # Column by column, not a dict per token: a corpus run builds these in its main process for
    # every document, and per-token Python there would hold back the workers.
    tokens, text = annotated["tokens"], annotated["text"]
    starts, ends, pinyin = tokens["start"], tokens["end"], tokens["pinyin"]
    return {
        "doc_id": [doc_id] * len(starts),
        "token": list(range(len(starts))),
        "sentence": tokens["sentence"],
        "text": [text[s:e] for s, e in zip(starts, ends)],
        "start": starts,
        "end": ends,
        "pos": tokens["pos"],
        "tag": tokens["tag"],
        "pinyin": [marks_of(p) for p in pinyin],
        "pinyin_numbers": [_numbers(p) for p in pinyin],
        # the spoken reading in marks, the citation's where the record leaves it out (equal)
        "pinyin_spoken": [marks_of(p if s is None else s) for p, s in zip(pinyin, tokens["spoken"])],
        "lex": tokens["lex"],
    }


def _sentence_columns(doc_id: str, annotated: dict, facts: dict | None) -> Columns:
    sentences, text = annotated["sentences"], annotated["text"]
    starts, ends = sentences["start"], sentences["end"]
    return {
        "doc_id": [doc_id] * len(starts),
        "sentence": list(range(len(starts))),
        "start": starts,
        "end": ends,
        "text": [text[s:e] for s, e in zip(starts, ends)],
    }


def _columns(rows: list[dict], names: list[str]) -> Columns:
    return {name: [row[name] for row in rows] for name in names}


def _document_columns(doc_id: str, annotated: dict, facts: dict | None) -> Columns:
    document = annotated["document"]
    row = {
        "doc_id": doc_id,
        "title": document.get("title"),
        "source": document["source"],
        "sha256": document["sha256"],
        "format": document["format"],
        "outlet": document.get("outlet"),
        "site": document.get("site"),
        "published": document.get("published"),
        "language": document.get("language"),
        "url": document.get("url"),
        "truncated": bool(document.get("truncated")),
        "characters": len(annotated["text"]),
        "sentences": len(annotated["sentences"]["start"]),
        "tokens": len(annotated["tokens"]["start"]),
        "facts": len(facts["facts"]) if facts else None,
    }
    return {name: [value] for name, value in row.items()}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _fact_columns(doc_id: str, annotated: dict, facts: dict | None) -> Columns:
    rows = []
    for i, fact in enumerate(facts["facts"] if facts else ()):
        speaker = fact.get("speaker") or {}
        resolved = speaker.get("resolved") or {}
        value = fact.get("value")
        rows.append({
            "doc_id": doc_id,
            "fact": i,
            "type": fact["type"],
            "kind": fact["kind"],
            "text": fact["text"],
            "start": fact["start"],
            "end": fact["end"],
            "sentence": fact.get("sentence"),
            # value as written: a decimal string for money (exact), ISO 8601 for dates
            "value": _text(value),
            "amount": float(Decimal(str(value))) if fact["type"] == "money" and value is not None else None,
            "currency": fact.get("currency"),
            "approx": fact.get("approx"),
            "low": _text(fact.get("low")),
            "high": _text(fact.get("high")),
            "per": fact.get("per"),
            "partial": fact.get("partial"),
            "speaker": speaker.get("text"),
            "speaker_start": speaker.get("start"),
            "speaker_end": speaker.get("end"),
            "speaker_resolved": resolved.get("text"),
            "speaker_role": speaker.get("role"),
            "cue": fact.get("cue"),
        })
    return _columns(rows, SCHEMAS["facts"].names)


def _vocabulary_columns(doc_id: str, annotated: dict, facts: dict | None) -> Columns:
    vocabulary = annotated.get("vocabulary") or {}
    sentences, text = annotated["sentences"], annotated["text"]
    rows = []
    for i, word in enumerate(vocabulary.get("words") or ()):
        n = word.get("sentence")
        rows.append({
            "doc_id": doc_id,
            "entry": i,
            "word": word["word"],
            "lex": word.get("lex"),
            "start": word.get("start"),
            "end": word.get("end"),
            "sentence": n,
            "sentence_text": None if n is None else text[sentences["start"][n]:sentences["end"][n]],
            "page_gloss": word.get("page_gloss"),
            "level": vocabulary.get("level"),
        })
    return _columns(rows, SCHEMAS["vocabulary"].names)


def _json_text(value) -> str | None:
    # orjson: the same compact text as json.dumps(..., ensure_ascii=False), for 70k entries a run
    return None if value is None else orjson.dumps(value).decode("utf-8")


def lexicon_row(key: str, entry: dict) -> dict:
    """The lexicon table's row of one entry (``pipeline.annotate.lexicon.lexicon_entry``): the
    nested parts (glossary, CC-CEDICT entries, parts of a composed word) as JSON text."""
    return {
        "lex": key,
        "word": entry["word"],
        "pinyin": entry.get("pinyin"),
        "source": entry.get("source"),
        "gloss": entry.get("gloss"),
        "proper_noun": entry.get("proper_noun"),
        "hsk": entry.get("hsk"),
        "freq_rank": entry.get("freq_rank"),
        "lookup": entry.get("lookup"),
        "glossary": _json_text(entry.get("glossary")),
        "entries": _json_text(entry.get("entries")),
        "parts": _json_text(entry.get("parts")),
    }


S, I, B, F = pa.string(), pa.int64(), pa.bool_(), pa.float64()
#: A column of a closed set: a pandas categorical when read back.
C = pa.dictionary(pa.int32(), pa.string())
DATE = pa.date32()

#: Per-document tables: name -> (columns and types, column builder). docs/outputs.md documents these.
DOCUMENT_TABLES: dict[str, tuple[pa.Schema, Callable[[str, dict, dict | None], Columns]]] = {
    "documents": (pa.schema([("doc_id", S), ("title", S), ("source", S), ("sha256", S), ("format", C), ("outlet", S),
                             ("site", S), ("published", DATE), ("language", C), ("url", S), ("truncated", B),
                             ("characters", I), ("sentences", I), ("tokens", I), ("facts", I)]), _document_columns),
    "sentences": (pa.schema([("doc_id", S), ("sentence", I), ("start", I), ("end", I), ("text", S)]), _sentence_columns),
    "tokens": (pa.schema([("doc_id", S), ("token", I), ("sentence", I), ("text", S), ("start", I), ("end", I),
                          ("pos", C), ("tag", C), ("pinyin", S), ("pinyin_numbers", S), ("pinyin_spoken", S),
                          ("lex", S)]), _token_columns),
    "facts": (pa.schema([("doc_id", S), ("fact", I), ("type", C), ("kind", C), ("text", S), ("start", I), ("end", I),
                         ("sentence", I), ("value", S), ("amount", F), ("currency", C), ("approx", B), ("low", S),
                         ("high", S), ("per", S), ("partial", S), ("speaker", S), ("speaker_start", I),
                         ("speaker_end", I), ("speaker_resolved", S), ("speaker_role", S), ("cue", S)]), _fact_columns),
    "vocabulary": (pa.schema([("doc_id", S), ("entry", I), ("word", S), ("lex", S), ("start", I), ("end", I),
                              ("sentence", I), ("sentence_text", S), ("page_gloss", S), ("level", I)]),
                   _vocabulary_columns),
}
LEXICON_SCHEMA = pa.schema([("lex", S), ("word", S), ("pinyin", S), ("source", C), ("gloss", S), ("proper_noun", B),
                            ("hsk", I), ("freq_rank", I), ("lookup", S), ("glossary", S), ("entries", S), ("parts", S)])
#: Every table, the per-document ones first.
TABLE_NAMES = (*DOCUMENT_TABLES, "lexicon")


def _literal(model, field: str) -> tuple[str, ...]:
    return get_args(model.model_fields[field].annotation)


#: Categorical columns whose every category is known: they come back with all of them, in this
#: order, whatever a corpus holds (so frames of two runs concatenate as categoricals). The other
#: categorical columns (tag, language, currency) get the categories their rows hold.
CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "documents": {"format": get_args(DocumentRecord.model_fields["format"].annotation)},
    "tokens": {"pos": get_args(UPOS)},
    "facts": {"type": ("money", "date", "quote"),
              "kind": _literal(MoneyFact, "kind") + _literal(DateFact, "kind") + _literal(QuoteFact, "kind")},
    "lexicon": {"source": tuple(v for v in get_args(get_args(LexiconRecord.model_fields["source"].annotation)[0]))},
}


def _pandas_metadata(schema: pa.Schema, categories: dict[str, tuple[str, ...]]) -> bytes:
    """The pandas metadata pyarrow writes for a DataFrame, made by hand (writing needs no pandas):
    with it a plain ``pandas.read_parquet`` gives nullable integers (Int64) and booleans
    (boolean) instead of floats and objects; dictionary columns come back as categoricals anyway."""
    columns = []
    for field in schema:
        if pa.types.is_dictionary(field.type):
            kind, numpy, meta = "categorical", "int8", {"num_categories": len(categories.get(field.name, ())), "ordered": False}
        elif field.type == I:
            kind, numpy, meta = "int64", "Int64", None
        elif field.type == B:
            kind, numpy, meta = "bool", "boolean", None
        elif field.type == F:
            kind, numpy, meta = "float64", "float64", None
        elif field.type == DATE:
            kind, numpy, meta = "date", "object", None
        else:
            kind, numpy, meta = "unicode", "object", None
        columns.append({"name": field.name, "field_name": field.name, "pandas_type": kind, "numpy_type": numpy, "metadata": meta})
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": columns}).encode("utf-8")


#: The Parquet schema of each table: its columns and types, and the pandas metadata.
SCHEMAS: dict[str, pa.Schema] = {
    name: schema.with_metadata({b"pandas": _pandas_metadata(schema, CATEGORIES.get(name, {}))})
    for name, schema in [*((n, s) for n, (s, _) in DOCUMENT_TABLES.items()), ("lexicon", LEXICON_SCHEMA)]
}


def _array(values: list, field: pa.Field, categories: tuple[str, ...] | None) -> pa.Array:
    if field.type == DATE:
        return pa.array([None if v is None else date.fromisoformat(v) for v in values], DATE)
    if pa.types.is_dictionary(field.type):
        strings = pa.array(values, S)
        if categories is None:  # the categories the rows hold, in order of first appearance
            return strings.dictionary_encode().cast(field.type)
        known = pa.array(categories, S)
        codes = pc.index_in(strings, value_set=known)
        if codes.null_count != strings.null_count:
            unknown = pc.filter(strings, pc.and_(pc.is_null(codes), pc.is_valid(strings)))[0].as_py()
            raise ValueError(f"{field.name} {unknown!r} is not a known category; expected one of: {', '.join(categories)}")
        return pa.DictionaryArray.from_arrays(codes.cast(pa.int32()), known)
    return pa.array(values, field.type)


def arrow_columns(name: str, columns: Columns) -> pa.Table:
    """The columns of table ``name`` (as its builder makes them: dates as YYYY-MM-DD strings,
    categories as strings) as a pyarrow Table of the table's Parquet schema."""
    schema = SCHEMAS[name]
    categories = CATEGORIES.get(name, {})
    return pa.Table.from_arrays([_array(columns[f.name], f, categories.get(f.name)) for f in schema], schema=schema)


def arrow_table(name: str, rows: list[dict]) -> pa.Table:
    """``arrow_columns`` for rows (dicts with the table's columns)."""
    return arrow_columns(name, _columns(rows, SCHEMAS[name].names))


def document_columns(doc_id: str, annotated: dict, facts: dict | None) -> dict[str, Columns]:
    """The columns of every per-document table for one document's records.

    >>> from pipeline import api
    >>> record = api.annotate_text("一个用户。")
    >>> document_columns("d", record, None)["tokens"]["pinyin_spoken"]
    ['yí gè', 'yòng hù', None]
    """
    return {name: columns_of(doc_id, annotated, facts) for name, (_, columns_of) in DOCUMENT_TABLES.items()}


def rows_of_columns(columns: Columns) -> list[dict]:
    """Rows (dicts, in column order) of a table's columns."""
    names = list(columns)
    return [dict(zip(names, values)) for values in zip(*columns.values())]


def empty_columns(name: str) -> Columns:
    return {column: [] for column in SCHEMAS[name].names}


def extend_columns(into: Columns, more: Columns) -> None:
    for name, values in more.items():
        into[name].extend(values)


def load_tables(out: str | Path) -> dict:
    """The tables of a run folder as pandas DataFrames, by name (every part its index lists).

    >>> tables = load_tables("outputs")                # doctest: +SKIP
    >>> tables["tokens"].merge(tables["lexicon"], on="lex", how="left")   # doctest: +SKIP
    """
    from pipeline.export.store import read_table

    tables = {}
    for name in TABLE_NAMES:
        # nullable dtypes: integer columns with gaps stay integers (Int64), not floats
        frame = read_table(out, name).to_pandas(types_mapper=_nullable)
        for column in frame.columns:
            if column not in CATEGORIES.get(name, {}) and str(frame[column].dtype) == "category":
                # the categories the rows hold, sorted: the same however the rows are split in parts
                frame[column] = frame[column].cat.reorder_categories(sorted(frame[column].cat.categories))
        tables[name] = frame
    return tables


def _nullable(arrow_type: pa.DataType):
    import pandas as pd

    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype(),
               pa.string(): pd.StringDtype()}
    return mapping.get(arrow_type)
