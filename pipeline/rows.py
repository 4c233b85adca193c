"""Rows of the corpus tables from plain records, for distributed runs (Dask, Spark, Ray).

A record is what a line of a JSON Lines corpus holds: ``{"id", "text", "published", "title", ...}``.
``record_rows`` turns one into the rows of one corpus table (``documents``, ``sentences``, ``tokens``,
``facts``, ``vocabulary``, ``lexicon``): plain dicts with exactly the table's columns (nulls kept),
made by the same builders as the corpus store (``tables/<name>/``), so the rows are the ones a
corpus run writes. ``lexicon`` gives the entries of the words one record uses, sorted by key: a
corpus run keeps each key once for the corpus (``drop_duplicates("lex")`` over records gives it). ``rows_frame``
does it for a pandas partition and gives the table's fixed dtypes (those of a plain
``pandas.read_parquet``); ``table_meta`` is the empty frame Dask's ``meta=`` wants::

    import dask.dataframe as dd, pandas as pd
    from pipeline.rows import rows_frame, table_meta
    records = pd.read_json("news.jsonl", lines=True, dtype=False)
    facts = dd.from_pandas(records, npartitions=8).map_partitions(rows_frame, "facts", meta=table_meta("facts"))

A bad record never sinks its partition: it gives no rows in the data tables and one row in the
``errors`` table (``doc_id``, ``source``, ``error``: the line errors.jsonl would hold). Ask for
``table="errors"`` to get them (that is a second analysis of the partition; ``record_tables``
gives every table of a record from one). Only a broken installation (a data file missing) or a
bad setting (a vocabulary level that is not an HSK level) raises.

Documents are read from records by the JSON Lines reader itself (``pipeline/ingest/jsonl.py``):
the same checks, messages and ids. A record without an ``id`` gets ``<stem>-<line>`` as in a corpus
run, from ``source`` (the corpus file's name) and its line number (the partition's index + 1: right
for a frame read whole with ``pd.read_json(..., lines=True)``). Ids are not made unique across
records (a corpus run gives a repeated id ``-2``, ``-3``: that needs the whole corpus). ``sha256``
is of the record written back as JSON (``json.dumps(record, ensure_ascii=False)`` and a newline),
which is the corpus line's checksum when the line was written that way (for a partition: with the
frame's columns, in order, nulls included); give the JSON lines themselves to ``record_rows`` for
the exact checksum of any line.
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from pipeline.errors import DataError, InputError, PipelineError, UsageError
from pipeline.export.tables import DOCUMENT_TABLES, SCHEMAS, TABLE_NAMES, arrow_table, lexicon_row, rows_of_columns
from pipeline.ingest.ids import safe_id
from pipeline.ingest.jsonl import line_document
from pipeline.models import Document
from pipeline.run import Settings, analyse_document

#: Columns of the errors table: the record's id (when it has one), where it came from, the problem.
ERRORS_SCHEMA = pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("error", pa.string())])
#: Every table ``record_rows`` and ``rows_frame`` make.
ROW_TABLES = (*TABLE_NAMES, "errors")


def _check_table(table: str) -> None:
    if table not in ROW_TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of: {', '.join(ROW_TABLES)}")


def _plain(value: Any) -> Any:
    """A JSON value for a cell of a pandas row (numpy scalars, timestamps); None for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):  # a list cell
        return [_plain(v) for v in value.tolist()]
    return value


def record_document(record: dict | str | bytes, source: str = "records.jsonl",
                    line: int | None = None) -> Document | InputError | None:
    """The Document a corpus run makes of ``record`` (line ``line`` of the JSON Lines file
    ``source``), or the InputError it reports for it; None for a blank line, which a corpus run
    skips. ``record`` is a dict, or the JSON line itself (str or bytes: its checksum is then exact).

    >>> record_document({"id": "cctv-1", "text": "追加投资2.85亿元。", "published": "2016-07-05"}).published
    '2016-07-05'
    >>> record_document({"title": "无正文"}, "news.jsonl", 3).problem
    "record has no 'text' string"
    """
    where = f"{source}:{line}" if line is not None else source
    if isinstance(record, (str, bytes)):
        raw = record.encode("utf-8") if isinstance(record, str) else record
        raw = raw if raw.endswith(b"\n") else raw + b"\n"
    elif isinstance(record, dict):
        try:
            raw = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        except (TypeError, ValueError) as exc:
            return InputError(where, f"record is not JSON ({exc})")
    else:
        return InputError(where, "line is not a JSON object")
    stem = Path(source).stem or "records"
    return line_document(raw, Path(source).with_name(f"{stem}.jsonl"), line if line is not None else 1, source=where)


def _error_row(record: Any, error: InputError | str, source: str) -> dict:
    if isinstance(record, (str, bytes)):
        try:
            record = json.loads(record)
        except ValueError:
            record = None
    raw_id = record.get("id") if isinstance(record, dict) else None
    doc_id = safe_id(str(raw_id)) if isinstance(raw_id, (str, int)) and raw_id not in ("",) else None
    if isinstance(error, InputError):
        return {"doc_id": doc_id, "source": error.source, "error": error.problem}
    return {"doc_id": doc_id, "source": source, "error": error}


def record_tables(record: dict | str | bytes, settings: Settings | None = None, *, source: str = "records.jsonl",
                  line: int | None = None) -> dict[str, list[dict]]:
    """Rows of every table (``documents``, ``sentences``, ``tokens``, ``facts``, ``vocabulary``,
    ``lexicon``, ``errors``) of one record, from one analysis.

    >>> tables = record_tables({"id": "x", "text": "获赔70多万。"})
    >>> [(r["text"], r["value"], r["approx"]) for r in tables["facts"]], tables["errors"]
    ([('70多万', '700000', True)], [])
    """
    settings = settings or Settings()
    out: dict[str, list[dict]] = {name: [] for name in ROW_TABLES}
    document = record_document(record, source, line)
    if document is None:
        return out
    if isinstance(document, InputError):
        out["errors"].append(_error_row(record, document, source))
        return out
    try:
        records = analyse_document(document, settings, lexicon=True)
    except (DataError, UsageError):
        raise  # a broken installation or a bad setting fails every record: stop, as a corpus run does
    except PipelineError as exc:
        out["errors"].append(_error_row(record, str(exc), document.source) | {"doc_id": document.id})
        return out
    except Exception as exc:  # noqa: BLE001 - one record's failure must not cost the partition its rows
        out["errors"].append(_error_row(record, f"{type(exc).__name__}: {exc}", document.source) | {"doc_id": document.id})
        return out
    annotated, facts = records["annotated.json"], records["facts.json"]
    for name, (_, columns_of) in DOCUMENT_TABLES.items():
        out[name] = rows_of_columns(columns_of(document.id, annotated, facts))
    lexicon = annotated.pop("lexicon")
    out["lexicon"] = [lexicon_row(key, lexicon[key]) for key in sorted(lexicon)]
    return out


def record_rows(record: dict | str | bytes, table: str = "facts", settings: Settings | None = None, *,
                source: str = "records.jsonl", line: int | None = None) -> list[dict]:
    """The rows of corpus table ``table`` for one record: plain dicts (str, int, float, bool, None;
    ``published`` as YYYY-MM-DD) with exactly the table's columns, in order. A bad record gives
    ``[]``, and its error in ``table="errors"``. ``record`` may be the JSON line itself (as
    ``dask.bag.read_text`` or Ray's ``read_text`` give it).

    >>> [r["text"] for r in record_rows({"id": "x", "text": "399元365天，约合1.093元一天。"})]
    ['399元', '365天', '1.093元一天']
    >>> record_rows({"id": "x", "text": ""}, "errors")
    [{'doc_id': 'x', 'source': 'records.jsonl', 'error': 'empty: no text to read'}]
    """
    _check_table(table)
    return record_tables(record, settings, source=source, line=line)[table]


def _schema(table: str) -> pa.Schema:
    return ERRORS_SCHEMA if table == "errors" else SCHEMAS[table]


def _frame(table: str, rows: list[dict]):
    arrow = pa.Table.from_pylist(rows, schema=ERRORS_SCHEMA) if table == "errors" else arrow_table(table, rows)
    return arrow.to_pandas()


def table_meta(table: str = "facts"):
    """An empty DataFrame with the columns and dtypes of ``table``, for Dask's ``meta=``.

    >>> meta = table_meta("facts")
    >>> len(meta), str(meta.dtypes["start"]), str(meta.dtypes["kind"])
    (0, 'Int64', 'category')
    """
    _check_table(table)
    return _frame(table, [])


def rows_frame(partition, table: str = "facts", settings: Settings | None = None, *,
               source: str = "records.jsonl"):
    """The rows of ``table`` for every record (row) of a pandas DataFrame, as a DataFrame with the
    table's dtypes (Int64, categoricals, dates: those of a plain ``pandas.read_parquet``). Every
    column is a field of the record, a missing cell (NaN, None) a null (a JSON Lines reader makes
    nulls of absent fields too); a record's line is its index + 1 when the index is an integer. For Dask ``map_partitions``, Spark ``mapInPandas`` (per batch) and Ray ``map_batches``.

    >>> import pandas as pd
    >>> frame = rows_frame(pd.DataFrame([{"id": "x", "text": "获赔70多万。"}, {"id": "y", "text": ""}]))
    >>> frame[["doc_id", "text", "value"]].values.tolist()
    [['x', '70多万', '700000']]
    """
    _check_table(table)
    settings = settings or Settings()
    rows: list[dict] = []
    for index, values in zip(partition.index, partition.to_dict("records")):
        record = {str(k): _plain(v) for k, v in values.items()}
        line = int(index) + 1 if isinstance(_plain(index), int) and not isinstance(index, bool) else None
        rows.extend(record_tables(record, settings, source=source, line=line)[table])
    return _frame(table, rows)
