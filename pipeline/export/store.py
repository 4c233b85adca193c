"""The corpus store: the corpus tables as a Parquet dataset under ``OUT/tables/``, kept current
document by document.

Layout::

    tables/_store.json                     the index: each part and the documents whose rows it holds
    tables/<table>/part-NNNNNN.parquet     rows of a few hundred documents (documents, sentences,
                                           tokens, facts, vocabulary: one file per table a part)
    tables/lexicon/part-NNNNNN.parquet     one row per lex key the current documents use, by key

Protocol. Rows of finished documents are buffered and written as a part (``BATCH_DOCUMENTS``
documents or ``BATCH_TOKENS`` tokens), each file under a temporary name renamed into place; the
index, written atomically after the part's files, is what makes them part of the store. A part's
files are never changed: a document whose rows must go (its input or the settings changed, or a
finished run no longer has it) gets its part rewritten under a new number without them, committed
by the same index write as its new rows. So a file the index does not list is one a killed run
left: the next run removes it (pyarrow ignores ``_store.json``, as any name starting with ``_`` or
``.``), and ``read_table`` reads only what the index lists.

A document is known by its id and its stamp key (``run.document_key``: input, settings, code,
data), so an unchanged re-run writes no table file. The lexicon is rebuilt at the end of a run only
when the parts changed since it was built: old rows kept, keys no longer used dropped, new keys
added: their entries as the workers sent them (``add_lexicon``: each key once a worker, made where
the document was analysed, so this process loads no dictionary), else looked up here from a
token's reading (``pipeline.annotate.lexicon.lexeme_of_key``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.export.files import atomic_writer, dumps, write_atomic
from pipeline.export.tables import (
    DOCUMENT_TABLES,
    SCHEMAS,
    TABLE_NAMES,
    arrow_columns,
    arrow_table,
    document_columns,
    empty_columns,
    extend_columns,
    lexicon_row,
)
from pipeline.interrupts import held_interrupt

INDEX = "_store.json"
#: Version of the index's layout; an index of another version is read as no store (rebuilt).
FORMAT = 1
#: A part is written after this many documents or tokens, whichever comes first: a few MB of rows
#: in memory, and few enough parts that reading the store stays quick.
BATCH_DOCUMENTS = 500
BATCH_TOKENS = 400_000
_PART = re.compile(r"^part-(\d{6,})\.parquet$")
#: Files an earlier version wrote into tables/ (one file per table, with CSV beside it).
_OLD_LAYOUT = re.compile(r"^(documents|tokens|facts|vocabulary)\.(parquet|csv)$")


def _read_index(folder: Path) -> dict:
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _empty_index()
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        return _empty_index()
    return index


def _empty_index() -> dict:
    return {"format": FORMAT, "next_part": 1, "parts": [], "lexicon": None}


def _part_path(folder: Path, table: str, part: str) -> Path:
    return folder / table / f"{part}.parquet"


def _write_parquet(path: Path, table: pa.Table) -> None:
    with atomic_writer(path, "wb") as handle:
        pq.write_table(table, handle, compression="zstd")


def generation(index: dict) -> str:
    """A checksum of what the store holds: its parts (a part's files never change) and lexicon."""
    parts = [part["part"] for part in index["parts"]]
    lexicon = (index.get("lexicon") or {}).get("part")
    return hashlib.sha256(json.dumps([parts, lexicon]).encode("utf-8")).hexdigest()


def _parts_generation(index: dict) -> str:
    return hashlib.sha256(json.dumps([part["part"] for part in index["parts"]]).encode("utf-8")).hexdigest()


def read_index(out: Path) -> dict:
    """The store's index (an empty one when there is no store)."""
    return _read_index(Path(out) / "tables")


def store_files(out: Path) -> list[str]:
    """The files of the store, relative to ``out``: every listed part, the lexicon, the index."""
    index = read_index(out)
    if not (Path(out) / "tables" / INDEX).is_file():
        return []
    files = [f"tables/{table}/{part['part']}.parquet" for table in DOCUMENT_TABLES for part in index["parts"]]
    if index.get("lexicon"):
        files.append(f"tables/lexicon/{index['lexicon']['part']}.parquet")
    return [*files, f"tables/{INDEX}"]


def read_table(out: str | Path, name: str) -> pa.Table:
    """Table ``name`` of the store in ``out`` as one pyarrow Table: the parts its index lists, in
    order (an empty table of the schema when there is none)."""
    if name not in SCHEMAS:
        raise ValueError(f"unknown table {name!r}; expected one of: {', '.join(TABLE_NAMES)}")
    folder = Path(out) / "tables"
    index = _read_index(folder)
    if name == "lexicon":
        parts = [index["lexicon"]["part"]] if index.get("lexicon") else []
    else:
        parts = [part["part"] for part in index["parts"]]
    tables = [pq.read_table(_part_path(folder, name, part), schema=SCHEMAS[name]) for part in parts]
    return pa.concat_tables(tables) if tables else SCHEMAS[name].empty_table()


def document_parts(out: str | Path):
    """(part name, [(doc id, stamp key), ...]) of every part, in order."""
    for part in read_index(out)["parts"]:
        yield part["part"], [tuple(d) for d in part["documents"]]


class Store:
    """The store of one run folder while a run writes it (the run holds the folder's lock).

    ``current(id, key)`` says whether a document's rows are in the store; ``add`` buffers the
    rows of one that is not; ``finish`` writes what is buffered and, for a run that went through
    all its inputs, removes the rows of documents it did not write and rebuilds the lexicon.
    """

    def __init__(self, out: Path, hsk_standard: str, lexicon_fingerprint: str):
        self.out = Path(out)
        self.folder = self.out / "tables"
        self.hsk_standard = hsk_standard
        self.lexicon_fingerprint = lexicon_fingerprint
        self.index = _read_index(self.folder)
        #: doc id -> (part, stamp key) of every document the store holds
        self.located: dict[str, tuple[str, str]] = {
            doc_id: (part["part"], key) for part in self.index["parts"] for doc_id, key in part["documents"]
        }
        self.seen: set[str] = set()
        self.changed = False
        self._buffer = {name: empty_columns(name) for name in DOCUMENT_TABLES}
        self._buffered: list[list[str]] = []
        self._tokens = 0
        self._superseded: dict[str, set[str]] = {}
        #: lex key -> a token's reading, for the keys the lexicon may lack (looked up at the end)
        self._readings: dict[str | None, str | None] = {}
        #: lexicon rows the workers sent for keys the lexicon lacks, as tables of some thousand rows
        self._received: list[pa.Table] = []
        self._received_rows: list[dict] = []
        self._received_keys: set[str] | None = None

    # ------------------------------------------------------------------------ at the start
    def remove_strays(self) -> int:
        """Remove what the index does not list: parts and temporary files a killed run left, and
        the files of the one-file-per-table layout of earlier versions. Returns how many."""
        listed = {(table, part["part"]) for table in DOCUMENT_TABLES for part in self.index["parts"]}
        if self.index.get("lexicon"):
            listed.add(("lexicon", self.index["lexicon"]["part"]))
        removed = 0
        if not self.folder.is_dir():
            return 0
        for entry in os.scandir(self.folder):
            if entry.is_file(follow_symlinks=False) and _OLD_LAYOUT.match(entry.name):
                os.unlink(entry.path)
                removed += 1
        for table in TABLE_NAMES:
            try:
                entries = list(os.scandir(self.folder / table))
            except OSError:
                continue
            for entry in entries:
                match = _PART.match(entry.name)
                stray = (match and (table, entry.name[: -len(".parquet")]) not in listed) or entry.name.endswith(".tmp")
                if stray and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    # ------------------------------------------------------------------------ while documents finish
    def current(self, doc_id: str, key: str) -> bool:
        """True when the store holds the rows of ``doc_id`` as made under ``key`` (then it is kept)."""
        located = self.located.get(doc_id)
        if located is not None and located[1] == key:
            self.seen.add(doc_id)
            return True
        return False

    def add(self, doc_id: str, key: str, annotated: dict, facts: dict | None) -> None:
        """Buffer the rows of one document (replacing any it had); a part is written when the
        buffer is full."""
        tables = document_columns(doc_id, annotated, facts)
        tokens = annotated["tokens"]
        with held_interrupt():  # all of the document's rows are buffered, or none
            self.seen.add(doc_id)
            located = self.located.get(doc_id)
            if located is not None:
                self._superseded.setdefault(located[0], set()).add(doc_id)
            for name, columns in tables.items():
                extend_columns(self._buffer[name], columns)
            self._readings.update(zip(tokens["lex"], tokens["pinyin"]))
            self._buffered.append([doc_id, key])
            self._tokens += len(tokens["start"])
        if len(self._buffered) >= BATCH_DOCUMENTS or self._tokens >= BATCH_TOKENS:
            self.flush()

    def add_lexicon(self, entries: dict[str, dict]) -> None:
        """Keep the lexicon entries a worker sent (key -> ``lexicon_entry``) of keys the lexicon lacks."""
        if not entries:
            return
        if self._received_keys is None:  # the keys the lexicon has, known from the first entries on
            old = self.index.get("lexicon")
            self._received_keys = set()
            if old and old.get("settings") == self.lexicon_fingerprint:
                self._received_keys.update(pq.read_table(_part_path(self.folder, "lexicon", old["part"]), columns=["lex"])
                                           .column("lex").to_pylist())
        for key, entry in entries.items():
            if key not in self._received_keys:
                self._received_keys.add(key)
                self._received_rows.append(lexicon_row(key, entry))
        if len(self._received_rows) >= 1_000:  # as Arrow: a tenth of the memory of the dicts
            self._received.append(arrow_table("lexicon", self._received_rows))
            self._received_rows = []

    def add_from_files(self, doc_id: str, key: str, outputs: dict[str, str]) -> None:
        """``add`` from the document's annotated.json and facts.json as the run wrote them."""
        annotated = load_json(self.out / outputs["annotated"])
        facts = load_json(self.out / outputs["facts"]) if "facts" in outputs else None
        self.add(doc_id, key, annotated, facts)

    def _next_part(self) -> str:
        number = self.index["next_part"]
        self.index["next_part"] = number + 1
        return f"part-{number:06d}"

    def flush(self) -> None:
        """Write the buffered rows as a new part, rewrite the parts that lose documents, and
        commit both with one index write."""
        if not self._buffered and not self._superseded:
            return
        with held_interrupt():
            self._flush()

    def _flush(self) -> None:
        parts = list(self.index["parts"])
        retired: list[str] = []
        for old in parts[:]:
            gone = self._superseded.get(old["part"])
            if not gone:
                continue
            kept = [d for d in old["documents"] if d[0] not in gone]
            position = parts.index(old)
            retired.append(old["part"])
            if kept:
                name = self._next_part()
                ids = pa.array(sorted(gone), pa.string())
                for table in DOCUMENT_TABLES:
                    rows = pq.read_table(_part_path(self.folder, table, old["part"]), schema=SCHEMAS[table])
                    _write_parquet(_part_path(self.folder, table, name), rows.filter(pc.invert(pc.is_in(rows["doc_id"], ids))))
                parts[position] = {"part": name, "documents": kept}
                for doc_id, key in kept:
                    self.located[doc_id] = (name, key)
            else:
                del parts[position]
            for doc_id in gone:
                self.located.pop(doc_id, None)
        if self._buffered:
            name = self._next_part()
            for table in DOCUMENT_TABLES:
                _write_parquet(_part_path(self.folder, table, name), arrow_columns(table, self._buffer[table]))
            parts.append({"part": name, "documents": self._buffered})
            for doc_id, key in self._buffered:
                self.located[doc_id] = (name, key)
        self.index["parts"] = parts
        self._commit()
        for part in retired:  # after the commit: until then the index still lists them
            for table in DOCUMENT_TABLES:
                _part_path(self.folder, table, part).unlink(missing_ok=True)
        self._buffer = {name: empty_columns(name) for name in DOCUMENT_TABLES}
        self._buffered, self._tokens, self._superseded = [], 0, {}

    def _commit(self) -> None:
        write_atomic(self.folder / INDEX, dumps(self.index))  # a part a line
        self.changed = True

    # ------------------------------------------------------------------------ at the end
    def finish(self, complete: bool) -> None:
        """Write what is buffered. For a ``complete`` run (every input read, not interrupted):
        remove the rows of documents it did not write, and bring the lexicon up to date."""
        if complete:
            for doc_id, (part, _) in self.located.items():
                if doc_id not in self.seen:
                    self._superseded.setdefault(part, set()).add(doc_id)
        self.flush()
        if not (self.folder / INDEX).is_file():
            self._commit()  # an empty store is still a store: its tables have their columns
        if complete:
            lexicon = self.index.get("lexicon") or {}
            if lexicon.get("parts") != _parts_generation(self.index) or lexicon.get("settings") != self.lexicon_fingerprint:
                self._rebuild_lexicon()
        self._readings, self._received, self._received_rows = {}, [], []

    def _rebuild_lexicon(self) -> None:
        from pipeline.annotate.gloss import shared_glosser
        from pipeline.annotate.lexicon import lexeme_of_key, lexicon_entry
        from pipeline.record import syllables_of

        used: set[str] = set()
        for part in self.index["parts"]:
            for table in ("tokens", "vocabulary"):
                column = pq.read_table(_part_path(self.folder, table, part["part"]), columns=["lex"]).column("lex")
                used.update(pc.unique(column).to_pylist())
        used.discard(None)
        old = self.index.get("lexicon")
        if old and old.get("settings") == self.lexicon_fingerprint:
            kept = pq.read_table(_part_path(self.folder, "lexicon", old["part"]), schema=SCHEMAS["lexicon"])
            kept = kept.filter(pc.is_in(kept["lex"], pa.array(sorted(used), pa.string())))
        else:
            kept = SCHEMAS["lexicon"].empty_table()
        missing = used.difference(kept["lex"].to_pylist())
        received = pa.concat_tables([*self._received, arrow_table("lexicon", self._received_rows)])
        received = received.filter(pc.is_in(received["lex"], pa.array(sorted(missing), pa.string())))
        kept = pa.concat_tables([kept, received])
        missing.difference_update(received["lex"].to_pylist())
        readings = {key: self._readings[key] for key in missing if key in self._readings}
        if len(readings) < len(missing):  # keys of documents written by an earlier, killed run
            readings.update(self._readings_in_records(missing.difference(readings)))
        glosser = shared_glosser() if missing else None  # loading CC-CEDICT costs 2 s and 300 MB: only when needed
        rows = [lexicon_row(key, lexicon_entry(lexeme_of_key(glosser, key, syllables_of(readings.get(key))), self.hsk_standard))
                for key in sorted(missing)]
        table = pa.concat_tables([kept, arrow_table("lexicon", rows)])
        table = table.take(pc.sort_indices(table["lex"])).combine_chunks()
        name = self._next_part()
        _write_parquet(_part_path(self.folder, "lexicon", name), table)
        self.index["lexicon"] = {"part": name, "parts": _parts_generation(self.index), "settings": self.lexicon_fingerprint,
                                 "rows": table.num_rows}
        self._commit()
        if old:
            _part_path(self.folder, "lexicon", old["part"]).unlink(missing_ok=True)

    def _readings_in_records(self, keys: set[str]) -> dict[str, str | None]:
        """A token's reading for each of ``keys`` from the annotated.json of a document that has it
        (the token table keeps marks without the non-Han places the key's lookup needs)."""
        wanted = pa.array(sorted(keys), pa.string())
        first: dict[str, tuple[str, int]] = {}
        for part in self.index["parts"]:
            rows = pq.read_table(_part_path(self.folder, "tokens", part["part"]), columns=["doc_id", "token", "lex"])
            rows = rows.filter(pc.is_in(rows["lex"], wanted))
            for doc_id, token, key in zip(*(rows[c].to_pylist() for c in ("doc_id", "token", "lex"))):
                first.setdefault(key, (doc_id, token))
        by_document: dict[str, list[tuple[str, int]]] = {}
        for key, (doc_id, token) in first.items():
            by_document.setdefault(doc_id, []).append((key, token))
        readings: dict[str, str | None] = {}
        for doc_id, wanted_tokens in by_document.items():
            record = load_json(self.out / doc_id / "annotated.json")
            for key, token in wanted_tokens:
                readings[key] = record["tokens"]["pinyin"][token]
        return readings


def load_json(path: Path):
    data = path.read_bytes()
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # an integer beyond 64 bits, which json reads exactly
        return json.loads(data)
