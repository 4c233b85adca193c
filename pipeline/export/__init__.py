"""Corpus-level exports, looked up by name; the CLI offers exactly what is registered here.

Each exporter reads the per-document JSON files a run wrote (as listed in the manifest entries)
and writes its files under the output folder, whole or not at all.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

from pipeline.errors import UsageError
from pipeline.export import conllu
from pipeline.export.files import atomic_writer, json_line


def _records(out: Path, entries: Iterable[dict]):
    for entry in entries:
        outputs = entry["outputs"]
        record = json.loads((out / outputs["annotated"]).read_text(encoding="utf-8"))
        if "facts" in outputs:
            record["facts"] = json.loads((out / outputs["facts"]).read_text(encoding="utf-8"))["facts"]
        yield record


def write_tables(out: Path, entries: Iterable[dict]) -> list[str]:
    """``tables/<name>.parquet`` and ``.csv``: see ``pipeline.export.tables``."""
    # Imported here: pyarrow adds 30 MB to every process that imports it, and worker processes
    # (forked before any export runs) never write a table.
    from pipeline.export import tables

    return tables.write_tables(out, entries)


def write_conllu(out: Path, entries: Iterable[dict]) -> list[str]:
    """``exports/corpus.conllu``: every document's sentences and tokens."""
    with atomic_writer(out / "exports" / "corpus.conllu") as handle:
        conllu.write_corpus(handle, _records(out, entries))
    return ["exports/corpus.conllu"]


def write_jsonl(out: Path, entries: Iterable[dict]) -> list[str]:
    """``exports/documents.jsonl``: one line per document, the annotated record with its facts."""
    with atomic_writer(out / "exports" / "documents.jsonl", "wb") as handle:
        for record in _records(out, entries):
            handle.write(json_line(record) + b"\n")
    return ["exports/documents.jsonl"]


EXPORTS: dict[str, Callable[[Path, list[dict]], list[str]]] = {
    "tables": write_tables,
    "conllu": write_conllu,
    "jsonl": write_jsonl,
}
DEFAULT_EXPORTS = ("tables",)


def parse_exports(value: str) -> tuple[str, ...]:
    """``tables,conllu`` -> ('tables', 'conllu'); ``none`` -> ()."""
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    if names == ("none",):
        return ()
    for name in names:
        if name not in EXPORTS:
            raise UsageError(f"unknown export {name!r}; expected one of: {', '.join(EXPORTS)}, or none")
    return names
