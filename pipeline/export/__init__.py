"""Corpus exports derived from the store, looked up by name; the CLI offers exactly what is
registered here.

Each exporter reads the store of a run folder (``pipeline.export.store``: the tables, and the
documents its index lists, whose annotated.json and facts.json are current) and writes its files
under ``exports/``, whole or not at all. Which store an export was made from is kept beside it
(``pipeline.export.derived``), so a run remakes an export only when the store changed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from pipeline.errors import UsageError
from pipeline.export import conllu
from pipeline.export.files import atomic_writer, json_line


def _records(out: Path) -> Iterator[dict]:
    """Every document of the store, in its order: the annotated record with its ``facts``."""
    from pipeline.export.store import document_parts, load_json

    for _, documents in document_parts(out):
        for doc_id, _ in documents:
            record = load_json(out / doc_id / "annotated.json")
            facts = out / doc_id / "facts.json"
            record["facts"] = load_json(facts)["facts"] if facts.is_file() else []
            yield record


def write_csv(out: Path) -> list[str]:
    """``exports/csv/<table>.csv``: see ``pipeline.export.csv_files``."""
    from pipeline.export import csv_files

    return csv_files.write_csv(out)


def write_conllu(out: Path) -> list[str]:
    """``exports/corpus.conllu``: every document's sentences and tokens."""
    with atomic_writer(out / "exports" / "corpus.conllu") as handle:
        conllu.write_corpus(handle, _records(out))
    return ["exports/corpus.conllu"]


def write_jsonl(out: Path) -> list[str]:
    """``exports/documents.jsonl``: one line per document, the annotated record with its facts."""
    with atomic_writer(out / "exports" / "documents.jsonl", "wb") as handle:
        for record in _records(out):
            handle.write(json_line(record) + b"\n")
    return ["exports/documents.jsonl"]


EXPORTS: dict[str, Callable[[Path], list[str]]] = {
    "csv": write_csv,
    "conllu": write_conllu,
    "jsonl": write_jsonl,
}
#: A run writes the store (tables/) and, unless asked, no export.
DEFAULT_EXPORTS: tuple[str, ...] = ()
#: Names earlier versions took: the Parquet tables are the store now, which every run writes.
ALWAYS_WRITTEN = ("tables",)


def parse_exports(value: str) -> tuple[str, ...]:
    """``csv,conllu`` -> ('csv', 'conllu'); ``none`` -> (); ``tables`` (always written) -> ()."""
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    if names == ("none",):
        return ()
    return check_exports(names)


def check_exports(names) -> tuple[str, ...]:
    """The registered exports among ``names``, each once, in order; an unknown name is a usage error."""
    for name in names:
        if name not in EXPORTS and name not in ALWAYS_WRITTEN:
            raise UsageError(f"unknown export {name!r}; expected one of: {', '.join(EXPORTS)}, or none "
                             "(the Parquet tables, tables/, are always written)")
    return tuple(name for name in dict.fromkeys(names) if name in EXPORTS)
