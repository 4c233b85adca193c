"""Corpus tables for pandas: ``tables/<name>.parquet`` and ``tables/<name>.csv``.

Each table has a fixed pyarrow schema (the column names and types the README documents), so the
same columns come back whatever the corpus holds. The Parquet files carry their types: a plain
``pandas.read_parquet`` gives Int64 for integers, boolean for booleans, categoricals for closed
sets (pos, tag, type, kind, currency, format, language) and dates for ``published``. Rows are built from the per-document JSON files
the run wrote, streamed in batches so memory does not grow with the corpus.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator, get_args

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract import UPOS, DocumentRecord
from pipeline.export.files import atomic_writer
from pipeline.models import DateFact, MoneyFact, QuoteFact

BATCH_DOCUMENTS = 256


def _token_rows(doc_id: str, annotated: dict, facts: dict | None) -> Iterator[dict]:
    for i, token in enumerate(annotated["tokens"]):
        pinyin = token.get("pinyin") or {}
        spoken = token.get("pinyin_spoken") or {}
        yield {
            "doc_id": doc_id,
            "token": i,
            "sentence": token["sentence"],
            "text": token["text"],
            "start": token["start"],
            "end": token["end"],
            "pos": token["pos"],
            "tag": token["tag"],
            "pinyin": _syllables(pinyin.get("marks")),
            "pinyin_numbers": _syllables(pinyin.get("numbers")),
            "pinyin_spoken": _syllables(spoken.get("marks")),
            "hsk": token.get("hsk"),
            "freq_rank": token.get("freq_rank"),
        }


def _syllables(values) -> str | None:
    if not values or not any(values):
        return None
    return " ".join(v for v in values if v)


def _document_rows(doc_id: str, annotated: dict, facts: dict | None) -> Iterator[dict]:
    document = annotated["document"]
    yield {
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
        "sentences": len(annotated["sentences"]),
        "tokens": len(annotated["tokens"]),
        "facts": len(facts["facts"]) if facts else None,
    }


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _fact_rows(doc_id: str, annotated: dict, facts: dict | None) -> Iterator[dict]:
    if not facts:
        return
    for i, fact in enumerate(facts["facts"]):
        speaker = fact.get("speaker") or {}
        resolved = speaker.get("resolved") or {}
        value = fact.get("value")
        yield {
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
        }


def _vocabulary_rows(doc_id: str, annotated: dict, facts: dict | None) -> Iterator[dict]:
    vocabulary = annotated.get("vocabulary") or {}
    for i, entry in enumerate(vocabulary.get("words") or []):
        yield {
            "doc_id": doc_id,
            "entry": i,
            "word": entry["word"],
            "pinyin": entry.get("pinyin"),
            "gloss": entry.get("gloss"),
            "hsk": entry.get("hsk"),
            "freq_rank": entry.get("freq_rank"),
            "start": entry.get("start"),
            "end": entry.get("end"),
            "sentence": entry.get("sentence"),
            "sentence_text": entry.get("sentence_text"),
            "page_gloss": entry.get("page_gloss"),
            "level": vocabulary.get("level"),
        }


S, I, B, F = pa.string(), pa.int64(), pa.bool_(), pa.float64()
#: A column of a closed set: a pandas categorical when read back.
C = pa.dictionary(pa.int32(), pa.string())
DATE = pa.date32()

#: name -> (columns and types, row builder). The README documents these columns.
TABLES: dict[str, tuple[pa.Schema, Callable]] = {
    "documents": (pa.schema([("doc_id", S), ("title", S), ("source", S), ("sha256", S), ("format", C), ("outlet", S),
                             ("site", S), ("published", DATE), ("language", C), ("url", S), ("truncated", B),
                             ("characters", I), ("sentences", I), ("tokens", I), ("facts", I)]), _document_rows),
    "tokens": (pa.schema([("doc_id", S), ("token", I), ("sentence", I), ("text", S), ("start", I), ("end", I),
                          ("pos", C), ("tag", C), ("pinyin", S), ("pinyin_numbers", S), ("pinyin_spoken", S),
                          ("hsk", I), ("freq_rank", I)]), _token_rows),
    "facts": (pa.schema([("doc_id", S), ("fact", I), ("type", C), ("kind", C), ("text", S), ("start", I), ("end", I),
                         ("sentence", I), ("value", S), ("amount", F), ("currency", C), ("approx", B), ("low", S),
                         ("high", S), ("per", S), ("partial", S), ("speaker", S), ("speaker_start", I),
                         ("speaker_end", I), ("speaker_resolved", S), ("speaker_role", S), ("cue", S)]), _fact_rows),
    "vocabulary": (pa.schema([("doc_id", S), ("entry", I), ("word", S), ("pinyin", S), ("gloss", S), ("hsk", I),
                              ("freq_rank", I), ("start", I), ("end", I), ("sentence", I), ("sentence_text", S),
                              ("page_gloss", S), ("level", I)]), _vocabulary_rows),
}


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
    for name, (schema, _) in TABLES.items()
}


def _column(values: list, field: pa.Field, categories: tuple[str, ...] | None) -> pa.Array:
    if field.type == DATE:
        return pa.array([None if v is None else date.fromisoformat(v) for v in values], DATE)
    if categories is not None:
        index = {c: i for i, c in enumerate(categories)}
        try:
            codes = [None if v is None else index[v] for v in values]
        except KeyError as exc:
            raise ValueError(f"{field.name} {exc.args[0]!r} is not a known category; expected one of: {', '.join(categories)}") from None
        return pa.DictionaryArray.from_arrays(pa.array(codes, pa.int32()), pa.array(categories, S))
    return pa.array(values, field.type)


def arrow_table(name: str, rows: list[dict]) -> pa.Table:
    """The rows of table ``name`` (as its row builder makes them: dates as YYYY-MM-DD strings,
    categories as strings) as a pyarrow Table of the table's Parquet schema."""
    schema = SCHEMAS[name]
    categories = CATEGORIES.get(name, {})
    arrays = [_column([row[f.name] for row in rows], f, categories.get(f.name)) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _load_records(out: Path, entry: dict) -> tuple[dict, dict | None]:
    outputs = entry["outputs"]
    annotated = json.loads((out / outputs["annotated"]).read_text(encoding="utf-8"))
    facts = json.loads((out / outputs["facts"]).read_text(encoding="utf-8")) if "facts" in outputs else None
    return annotated, facts


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _batches(entries: Iterable[dict], size: int):
    """Lists of ``size`` entries, read as they come (a run's entries may not fit in memory); one
    empty list when there are none, so every table is written with its schema."""
    batch: list[dict] = []
    yielded = False
    for entry in entries:
        batch.append(entry)
        if len(batch) == size:
            yield batch
            batch, yielded = [], True
    if batch or not yielded:
        yield batch


def write_tables(out: Path, entries: Iterable[dict]) -> list[str]:
    """Write every table as Parquet and CSV under ``out/tables``; returns the paths written."""
    folder = Path(out) / "tables"
    written = []
    for name, (_, rows_of) in TABLES.items():
        schema = SCHEMAS[name]
        with atomic_writer(folder / f"{name}.parquet", "wb") as parquet_file, atomic_writer(folder / f"{name}.csv") as csv_file:
            writer = pq.ParquetWriter(parquet_file, schema, compression="zstd")
            try:
                table_csv = csv.writer(csv_file, lineterminator="\n")
                table_csv.writerow(schema.names)
                for batch in _batches(entries, BATCH_DOCUMENTS):
                    rows = []
                    for entry in batch:
                        annotated, facts = _load_records(Path(out), entry)
                        rows.extend(rows_of(entry["id"], annotated, facts))
                    writer.write_table(arrow_table(name, rows))
                    for row in rows:
                        table_csv.writerow([_csv_value(row[c]) for c in schema.names])
            finally:
                writer.close()
        written += [f"tables/{name}.parquet", f"tables/{name}.csv"]
    return written


def load_tables(out: str | Path) -> dict:
    """The tables of a run folder as pandas DataFrames, by name.

    >>> tables = load_tables("outputs")                # doctest: +SKIP
    >>> tables["tokens"].groupby("pos").size()          # doctest: +SKIP
    """
    import pandas as pd

    folder = Path(out) / "tables"
    # numpy_nullable: integer columns with gaps stay integers (Int64), not floats
    return {name: pd.read_parquet(folder / f"{name}.parquet", dtype_backend="numpy_nullable") for name in TABLES}
