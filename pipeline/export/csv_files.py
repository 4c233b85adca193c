"""CSV of every corpus table, from the store: ``exports/csv/<table>.csv``.

UTF-8 with a header line, an empty cell for null, quotes only where a cell needs them, dates as
``YYYY-MM-DD``, booleans as ``true``/``false``, categories as their text. Parts are read one at a
time, so memory does not grow with the corpus.
"""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv

from pipeline.export.files import atomic_writer
from pipeline.export.store import read_index
from pipeline.export.tables import DOCUMENT_TABLES, SCHEMAS, TABLE_NAMES

FOLDER = "exports/csv"


def _plain_schema(schema: pa.Schema) -> pa.Schema:
    """The schema with categories as plain strings (the CSV writer writes no dictionaries)."""
    return pa.schema([pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type) for f in schema])


def write_csv(out: Path) -> list[str]:
    """Write ``exports/csv/<table>.csv`` for every table of the store in ``out``; the paths written.
    Each file goes to a temporary name first; all are renamed into place when every one is whole."""
    import pyarrow.parquet as pq

    out = Path(out)
    index = read_index(out)
    folder = out / "tables"
    written = []
    options = pa_csv.WriteOptions(quoting_style="needed")
    with ExitStack() as files:
        for name in TABLE_NAMES:
            path = f"{FOLDER}/{name}.csv"
            handle = files.enter_context(atomic_writer(out / path, "wb"))
            schema = _plain_schema(SCHEMAS[name])
            with pa_csv.CSVWriter(handle, schema, write_options=options) as writer:
                if name in DOCUMENT_TABLES:
                    parts = [part["part"] for part in index["parts"]]
                else:
                    parts = [index["lexicon"]["part"]] if index.get("lexicon") else []
                for part in parts:
                    table = pq.read_table(folder / name / f"{part}.parquet", schema=SCHEMAS[name])
                    writer.write_table(table.cast(schema))
            written.append(path)
    return written

