"""Runs the stages over a corpus: read -> annotate -> (facts) -> write, one document at a time.

A bad input is reported with its file and reason and never costs the other documents their
results; every file is written whole or not at all. A document whose input, settings and pipeline
version are unchanged since it was last written is not recomputed (its ``stamp.json`` says so), so
a run that was killed half-way finishes the rest when started again.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable

from filelock import FileLock, Timeout
from pipeline import config, versions
from pipeline.annotate.document_block import document_record
from pipeline.budget import DEFAULT_SECONDS, time_budget
from pipeline.errors import DataError, InputError, OutputError, PipelineError, UsageError
from pipeline.engines import check_engine, make_engine
from pipeline.export import DEFAULT_EXPORTS, check_exports
from pipeline.export.files import RecordSpool, atomic_writer, json_line, write_atomic, write_json
from pipeline.ingest import read_documents
from pipeline.interrupts import held_interrupt
from pipeline.models import Document
from pipeline.progress import Progress, count_documents
from pipeline.render.reader import templates_digest, write_index


@dataclass(frozen=True)
class Settings:
    """What changes the output besides the input bytes."""

    reference_date: str | None = None
    userdict: Path | None = config.USERDICT_PATH
    #: The learner's HSK level for the vocabulary list: words above it (or not in HSK) are listed.
    vocabulary_level: int = config.DEFAULT_VOCABULARY_LEVEL
    #: HSK word list that grades words: "2025" (exam syllabus), "2021" (GF0025-2021) or "2.0".
    hsk_standard: str = config.DEFAULT_HSK_STANDARD
    #: Write each document's learner's page and study files (reader.html, vocabulary.apkg,
    #: vocabulary.tsv). They take most of a corpus run's time; research runs can leave them out.
    pages: bool = True
    #: Seconds a document may take before it is that document's error (None: no limit). It changes
    #: no output, so it is not part of the record or the fingerprint.
    document_seconds: float | None = DEFAULT_SECONDS

    def as_record(self) -> dict:
        """The settings as written into manifest.json."""
        return {
            "reference_date": self.reference_date,
            "userdict": config.display_path(self.userdict) if self.userdict else None,
            "vocabulary_level": self.vocabulary_level,
            "hsk_standard": self.hsk_standard,
            "pages": self.pages,
        }

    def fingerprint(self) -> str:
        """Everything besides a document's own input that changes its outputs: the settings, the
        pipeline's version and source, the library versions, and the data files' checksums."""
        state = {
            "settings": self.as_record(),
            "pipeline": versions.pipeline_version(),
            "source": versions.source_sha256(),
            "libraries": versions.library_versions(),
            "data": [d["sha256"] for d in versions.data_files(self.userdict)],
            "schema": config.SCHEMA_VERSION,
            "templates": templates_digest(),
        }
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode("utf-8")).hexdigest()


def parse_reference_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` or None; anything else is a usage error naming the value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--reference-date {value!r} is not a date; expected YYYY-MM-DD, e.g. 2024-05-21") from None


def analyse_document(document: Document, settings: Settings, *, lexicon: bool | set[str] = False) -> dict[str, dict]:
    """The JSON records of one document: ``annotated.json`` and ``facts.json``. ``lexicon``: the
    annotated record carries the lexicon entries of its words (``record["lexicon"]``), as a
    record read on its own needs; a corpus run writes one lexicon table instead. A set of keys:
    only the entries of keys not in it, which are added to it (what a corpus run's worker has not
    yet sent the store)."""
    # The analysis is imported where it runs: a run that finds every document unchanged, and the
    # main process of a run with workers, never load spaCy, the dictionaries or the extractors.
    from pipeline.annotate.document import annotate, annotated_record, document_lexicon
    from pipeline.annotate.segment import forget_shared_nlp, shared_nlp
    from pipeline.extract import facts_record

    nlp = shared_nlp(settings.userdict)
    reference_date = settings.reference_date or document.published
    doc = annotate(document, nlp, reference_date)  # the zh_facts component resolves dates against it
    record = annotated_record(document, doc, settings.vocabulary_level, settings.hsk_standard)
    if isinstance(lexicon, set):
        record["lexicon"] = _new_entries(doc, record, settings.hsk_standard, lexicon)
    elif lexicon:
        record["lexicon"] = document_lexicon(doc, record, settings.hsk_standard)
    records = {"annotated.json": record, "facts.json": facts_record(document, doc, reference_date)}
    if len(nlp.vocab) > VOCABULARY_LIMIT:
        # spaCy's vocabulary keeps every word it has seen, and a news corpus never stops bringing
        # new ones (numbers, names): past the limit the next document gets a fresh nlp (a second
        # to load), so a run over millions of documents keeps a flat memory. Output is unchanged:
        # nothing read from the vocabulary depends on what came before.
        forget_shared_nlp()
    return records


def _new_entries(doc, record: dict, hsk_standard: str, known: set[str]) -> dict[str, dict]:
    """The lexicon entries of the keys ``record`` uses that are not in ``known`` (then added)."""
    from pipeline.annotate.gloss import shared_glosser
    from pipeline.annotate.lexicon import lexeme_of_key, lexicon_entry

    lexemes = doc._.zh_lexicon or {}
    out: dict[str, dict] = {}
    for key in record["tokens"]["lex"]:
        if key is not None and key not in known:
            known.add(key)
            out[key] = lexicon_entry(lexemes[key], hsk_standard)
    for word in record["vocabulary"]["words"]:  # a page's headword found only in the text has no token
        key = word.get("lex")
        if key is not None and key not in known:
            known.add(key)
            out[key] = lexicon_entry(lexemes.get(key) or lexeme_of_key(shared_glosser(), key, None), hsk_standard)
    return out


#: Words in spaCy's vocabulary (about 150 bytes each) after which the nlp is rebuilt.
VOCABULARY_LIMIT = 1_000_000


def process_document(document: Document, settings: Settings,
                     known: set[str] | None = None) -> tuple[dict[str, dict | str | bytes], dict[str, dict]]:
    """Every output of one document, by file name: JSON records (``annotated.json``,
    ``facts.json``) as dicts, and unless ``settings.pages`` is off the learner's page and study
    exports (``reader.html``, ``vocabulary.apkg``, ``vocabulary.tsv``) as str or bytes; and the
    lexicon entries of the keys it uses that are not in ``known`` (then added to it)."""
    wanted = True if settings.pages else (known if known is not None else False)
    records: dict[str, dict | str | bytes] = dict(analyse_document(document, settings, lexicon=wanted))
    lexicon = records["annotated.json"].pop("lexicon", {})  # the page carries what it shows; the corpus table the rest
    if settings.pages:
        from pipeline.export.study import study_files

        records.update(study_files(records["annotated.json"], records["facts.json"], lexicon))
        lexicon = {key: entry for key, entry in lexicon.items() if known is not None and key not in known}
        if known is not None:
            known.update(lexicon)
    return records, lexicon


#: The lex keys whose lexicon entries this process has sent with its results, for one run
#: fingerprint: each key's entry is looked up where the document was analysed, and crosses to the
#: main process once a worker (a key a worker never sent is looked up there, at the end).
_SENT_KEYS: dict[str, set[str]] = {}
SENT_KEYS_LIMIT = 2_000_000


def _sent_keys(fingerprint: str) -> set[str]:
    sent = _SENT_KEYS.get(fingerprint)
    if sent is None or len(sent) > SENT_KEYS_LIMIT:
        _SENT_KEYS.clear()
        sent = _SENT_KEYS[fingerprint] = set()
    return sent


def unique_ids(items: Iterable[Document | InputError]):
    """Give a repeated document id a ``-2``, ``-3`` ... suffix, in input order."""
    taken: set[str] = set()
    for item in items:
        if isinstance(item, Document):
            base, n = item.id, 1
            while item.id in taken:
                n += 1
                item = replace(item, id=f"{base}-{n}")
            taken.add(item.id)
        yield item


STAMP = "stamp.json"
#: Records written as one line of JSON with no spaces (orjson): the annotated record is columns of
#: numbers and short strings, where the spaces after commas were an eighth of the file. facts.json
#: keeps a fact a line, to be read by eye.
DENSE_RECORDS = frozenset({"annotated.json"})
#: Every file a document's folder may hold besides the stamp (which ones depends on the settings).
DOCUMENT_OUTPUTS = ("annotated.json", "facts.json", "reader.html", "vocabulary.apkg", "vocabulary.tsv")


def document_key(document: Document, fingerprint: str) -> str:
    """Identifies one document's outputs: its input bytes and metadata, and the run fingerprint."""
    payload = json.dumps([fingerprint, document_record(document)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _entry(document: Document, outputs: dict[str, str]) -> dict:
    index = {"title": document.title, "outlet": document.outlet, "site": document.site}
    return {"id": document.id, "source": document.source, "sha256": document.sha256, "outputs": outputs, "index": index}


def output_kind(name: str) -> str:
    """The manifest's name for an output file: a JSON record or the page by its stem
    (``annotated``, ``reader``), an export by stem and extension (``vocabulary_apkg``)."""
    stem, _, extension = name.partition(".")
    return stem if extension in ("json", "html") else f"{stem}_{extension}"


def _current_outputs(folder: Path, key: str) -> dict[str, str] | None:
    """The outputs recorded by the stamp in ``folder`` when it matches ``key`` and they all exist."""
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    outputs = stamp.get("outputs") if isinstance(stamp, dict) and stamp.get("key") == key else None
    if not isinstance(outputs, dict):
        return None
    root = folder.parent
    if all((root / path).is_file() for path in outputs.values()):
        return outputs
    return None


def write_document(document: Document, out: Path, settings: Settings, fingerprint: str) -> dict:
    """Process one document and write its files (unless they are current); the manifest entry.

    The stamp is written last, so a document interrupted half-way is recomputed next time.
    Raises what processing raises; the caller records it against the document.
    """
    folder = Path(out) / document.id
    key = document_key(document, fingerprint)
    outputs = _current_outputs(folder, key)
    if outputs is not None:
        return {**_entry(document, outputs), "reused": True, "key": key, "lexicon": {}}
    records, lexicon = process_document(document, settings, _sent_keys(fingerprint))
    for stale in folder.glob(".*.tmp"):  # left by a run that was killed while writing
        stale.unlink(missing_ok=True)
    outputs = {}
    for name, record in records.items():
        if isinstance(record, (str, bytes)):
            write_atomic(folder / name, record)
        elif name in DENSE_RECORDS:
            write_atomic(folder / name, json_line(record) + b"\n")
        else:
            write_json(folder / name, record)
        outputs[output_kind(name)] = f"{document.id}/{name}"
    for name in DOCUMENT_OUTPUTS:  # what other settings wrote (reader.html before --no-pages)
        if name not in records:
            (folder / name).unlink(missing_ok=True)
    write_json(folder / STAMP, {"key": key, "outputs": outputs})
    return {**_entry(document, outputs), "reused": False, "key": key, "lexicon": lexicon}


def safe_write_document(document: Document, out: Path, settings: Settings, fingerprint: str) -> dict:
    """``write_document`` with any failure turned into an error entry (for worker processes)."""
    try:
        with time_budget(settings.document_seconds):
            return write_document(document, out, settings, fingerprint)
    except (DataError, OutputError):
        raise  # a broken installation or output folder fails every document: stop the run
    except PipelineError as exc:
        return {"source": document.source, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one document's failure must not cost the others theirs
        return {"source": document.source, "error": f"{type(exc).__name__}: {exc}"}


@dataclass
class RunSummary:
    """What a run did: manifest entries of the documents written, and the errors."""

    documents: list[dict] | RecordSpool = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    reused: int = 0
    characters: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    #: the files of the corpus store (tables/) and of the current exports, relative to the folder
    tables: list[str] = field(default_factory=list)
    exports: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.interrupted

    def line(self, out: Path) -> str:
        """The one-line summary the CLI prints."""
        rate = self.characters / self.seconds if self.seconds else 0.0
        state = "interrupted: " if self.interrupted else ""
        return (
            f"{state}{len(self.documents)} document(s) written to {out} ({self.reused} unchanged), "
            f"{len(self.errors)} error(s); {self.characters:,} characters in {self.seconds:.1f} s ({rate:,.0f}/s)"
        )


def manifest(summary: RunSummary, settings: Settings) -> dict:
    record = {
        "schema_version": config.SCHEMA_VERSION,
        "pipeline": {"name": "zh-news-pipeline", "version": versions.pipeline_version(), "source_sha256": versions.source_sha256()},
        "environment": versions.environment(),
        "data": versions.data_files(settings.userdict),
        "settings": settings.as_record(),
        "documents": summary.documents,
        "errors": summary.errors,
        "tables": summary.tables,
        "exports": summary.exports,
    }
    if summary.interrupted:
        record["interrupted"] = True
    return record


def run(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool | None = None,
    exports: tuple[str, ...] = DEFAULT_EXPORTS,
    verbose: bool = False,
) -> RunSummary:
    """Annotate every document of ``inputs`` into ``out/<doc-id>/`` and write ``out/manifest.json``
    and ``out/errors.jsonl``. ``workers`` > 1 uses that many processes; ``engine="dask"`` sends
    the documents to the Dask cluster at ``scheduler``. Output is the same bytes in every mode.
    ``verbose`` prints a line per document and the time of each step on stderr.

    Relative paths are relative to the current directory, also for Dask workers (the engine
    makes them absolute before they leave this process).

    >>> summary = run([Path("corpus/articles")], Path("/tmp/out"), Settings())  # doctest: +SKIP
    """
    out = Path(out)
    inputs = [Path(p) for p in inputs]
    check_engine(engine, workers=workers, scheduler=scheduler)  # before the output folder is made
    exports = check_exports(exports)
    started = time.monotonic()
    with output_lock(out):
        # Manifest and index entries wait on disk, not in memory: a run over millions of documents
        # keeps a flat memory (an unnamed file in the output folder, gone when the run is).
        summary = RunSummary(documents=RecordSpool(out))
        index = RecordSpool(out)  # the documents for index.html
        fingerprint = settings.fingerprint()
        remove_stale_temporaries(out)
        bar = Progress(inputs, enabled=progress, exclude=out)
        if engine == "local" and workers > 1:
            workers = worker_count(workers, inputs, out, bar.write)
        store = None
        try:
            with make_engine(engine, workers=workers, scheduler=scheduler, settings=settings) as executor:
                # After the engine: worker processes forked before pyarrow is imported stay 30 MB smaller.
                store = open_store(out, settings)
                items = unique_ids(read_documents(inputs, exclude=out))
                for item, result in executor.map_ordered(items, out, settings, fingerprint):
                    if isinstance(item, InputError):
                        summary.errors.append({"source": item.source, "error": item.problem})
                        bar.write(f"error: {item.source}: {item.problem}")
                        bar.advance(None)
                        continue
                    if "error" in result:
                        summary.errors.append(result)
                        bar.write(f"error: {result['source']}: {result['error']}")
                    else:
                        reused, key, entries = result.pop("reused"), result.pop("key"), result.pop("lexicon")
                        summary.reused += reused
                        with held_interrupt():  # in the store and the manifest both, or in neither
                            store.add_lexicon(entries)
                            if not store.current(item.id, key):
                                store.add_from_files(item.id, key, result["outputs"])
                            index.append({"id": result["id"], "source": result["source"], **result.pop("index"), "outputs": result["outputs"]})
                            summary.documents.append(result)
                        if verbose:
                            state = "unchanged" if reused else "written"
                            bar.write(f"{item.id}: {state} ({item.source}, {len(item.text):,} characters)")
                    summary.characters += len(item.text)
                    bar.advance(item)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            bar.close(finished=not summary.interrupted)
        if verbose:
            bar.write(f"documents: {time.monotonic() - started:.1f} s")
        step = time.monotonic()
        if store is None:  # interrupted before the store was opened
            store = open_store(out, settings)
        # An interrupted run commits what finished; only a run that read every input knows which
        # documents are gone, and what the lexicon must hold.
        store.finish(complete=not summary.interrupted)
        if not summary.interrupted:
            remove_stale_documents(out, store.seen)
        if verbose:
            bar.write(f"export tables: {time.monotonic() - step:.1f} s")
        summary.exports = write_exports(out, exports if not summary.interrupted else ())
        if verbose and exports and not summary.interrupted:
            bar.write(f"export {','.join(exports)}: {time.monotonic() - step:.1f} s")
        step = time.monotonic()
        summary.tables = store_files(out)
        with atomic_writer(out / "index.html") as handle:
            write_index(handle, index)
        errors = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in summary.errors)
        write_atomic(out / "errors.jsonl", errors)
        # The time is the run's wall time, exports included; the manifest, written last, says so.
        summary.seconds = time.monotonic() - started
        write_json(out / "manifest.json", manifest(summary, settings))
        if verbose:
            bar.write(f"index, manifest, errors: {time.monotonic() - step:.1f} s")
    return summary


def open_store(out: Path, settings: Settings):
    """The corpus store of ``out``, with what a killed run left removed."""
    from pipeline.export.store import Store

    # The lexicon's entries depend on the code, the data and the HSK list, not on the other settings.
    lexicon_settings = replace(settings, pages=True, vocabulary_level=config.DEFAULT_VOCABULARY_LEVEL, reference_date=None)
    store = Store(out, settings.hsk_standard, lexicon_settings.fingerprint())
    store.remove_strays()
    return store


def write_exports(out: Path, names: tuple[str, ...]) -> list[str]:
    """Remove exports the store has outgrown, make those asked for that are not current; the
    current exports' files."""
    from pipeline.export import derived

    derived.remove_stale(out)
    if names:
        derived.write_exports(out, names, when_changed=True)
    return derived.current_exports(out)


def store_files(out: Path) -> list[str]:
    from pipeline.export.store import store_files as files

    return files(out)


def remove_stale_documents(out: Path, current: set[str]) -> list[str]:
    """Remove the folders of documents a finished run did not write (their input is gone, or now
    fails): only folders holding our stamp.json. Returns their names."""
    removed = []
    with os.scandir(out) as entries:
        stale = [e.path for e in entries if e.is_dir(follow_symlinks=False) and e.name not in current
                 and os.path.isfile(os.path.join(e.path, STAMP))]
    for path in sorted(stale):
        shutil.rmtree(path)
        removed.append(Path(path).name)
    return removed


#: The temporary names ``export.files`` writes under (``.NAME.RANDOM.tmp``).
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")


def remove_stale_temporaries(out: Path) -> int:
    """Remove the temporary files a killed run left in ``out`` (a run holds the lock, so none is
    another run's): in the folder, each document folder, and anywhere under ``tables/`` and
    ``exports/``. Returns how many were removed."""
    removed = 0
    folders = [out]
    with os.scandir(out) as entries:
        folders += [Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)]
    for corpus_folder in ("tables", "exports"):  # their own subfolders too (tables/tokens/, exports/csv/)
        folders += [Path(root) for root, _, _ in os.walk(out / corpus_folder) if Path(root) != out / corpus_folder]
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                stale = [e.path for e in entries if _TEMPORARY.match(e.name) and e.is_file(follow_symlinks=False)]
        except OSError:
            continue
        for path in stale:
            Path(path).unlink(missing_ok=True)
            removed += 1
    return removed


def worker_count(workers: int, inputs: list[Path], out: Path, warn) -> int:
    """``--workers`` capped at the number of documents (more processes would only load the
    dictionaries for nothing: 12 workers for 2 documents took 2.8 GB), with a warning above the
    machine's core count."""
    cores = os.cpu_count() or 1
    if workers > cores:
        warn(f"warning: --workers {workers} is more than this machine's {cores} cores; the extra processes only share them")
    return max(1, min(workers, count_documents(inputs, exclude=out, stop=workers)))


@contextmanager
def output_lock(out: Path):
    """Refuse a second run into the same folder while one is writing: a lock on ``out/.lock``
    through ``filelock`` (flock on POSIX, LockFileEx on Windows). The lock file is kept, and never
    replaced by a marker file, so a run killed by SIGKILL leaves no stale lock behind."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = FileLock(out / ".lock", timeout=0, preserve_lock_file=True)
        lock.acquire()
    except Timeout:
        raise OutputError(f"{out}: another run is writing to this folder; wait for it or choose another --out") from None
    except OSError as exc:
        raise OutputError(f"{out}: cannot write output ({exc.strerror or exc})") from None
    try:
        yield
    finally:
        lock.release()
