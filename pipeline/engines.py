"""Where documents are processed: in this process, in a pool of local processes, or on a Dask
cluster. Every engine runs the same per-document function (``run.safe_write_document``) and
yields results in input order, so the output bytes do not depend on the engine."""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.errors import InputError, UsageError
from pipeline.models import Document

ENGINES = ("local", "dask")


#: The cyclic collector's thresholds while documents are processed (CPython's are (700, 10, 10)).
BATCH_GC_THRESHOLDS = (20_000, 50, 100)


@contextmanager
def batch_collector():
    """Run the cyclic garbage collector less often while this process analyses documents.

    A document makes a few hundred thousand short-lived objects (token records, readings) that
    reference counting frees, and no reference cycles; at CPython's default thresholds the
    collector still runs after every 700 of them and costs about a tenth of the time. Garbage
    cycles, if any, are still collected, only later.
    """
    before = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _init_worker(userdict) -> None:
    """Load the nlp (jieba dictionary, user dictionary) once per worker process; collect as a
    batch process does (``batch_collector``) for the life of the worker."""
    from pipeline.annotate.segment import shared_nlp

    gc.set_threshold(*BATCH_GC_THRESHOLDS)
    shared_nlp(userdict)


def _task(document: Document, out: Path, settings, fingerprint: str) -> dict:
    from pipeline.run import safe_write_document

    # A Dask worker has no initializer: process_document loads the nlp on first use (cached per
    # process), and not at all for documents whose outputs are current.
    return safe_write_document(document, out, settings, fingerprint)


class _Ordered:
    """Submit documents as they are read, keep at most ``window`` in flight, yield in order."""

    window = 1

    def submit(self, document, out, settings, fingerprint):
        raise NotImplementedError

    def result(self, handle) -> dict:
        raise NotImplementedError

    def map_ordered(self, items: Iterable[Document | InputError], out: Path, settings, fingerprint: str) -> Iterator[tuple]:
        pending: deque = deque()
        for item in items:
            handle = self.submit(item, out, settings, fingerprint) if isinstance(item, Document) else None
            pending.append((item, handle))
            while len(pending) > self.window:
                yield self._resolve(pending.popleft())
        while pending:
            yield self._resolve(pending.popleft())

    def _resolve(self, pair):
        item, handle = pair
        return item, (None if handle is None else self.result(handle))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None


class SerialEngine(_Ordered):
    """One process: the document is processed when submitted."""

    def __enter__(self):
        self._collector = batch_collector()
        self._collector.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._collector.__exit__(*exc)

    def submit(self, document, out, settings, fingerprint):
        return _task(document, out, settings, fingerprint)

    def result(self, handle) -> dict:
        return handle


class ProcessPoolEngine(_Ordered):
    """``workers`` local processes, each with its own nlp (spaCy gains nothing from n_process
    for Chinese, and jieba's user words are lost in processes that don't load them)."""

    def __init__(self, workers: int, settings):
        self.workers = workers
        self.window = workers * 8
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = multiprocessing.get_context(method).Pool(workers, initializer=_init_worker, initargs=(settings.userdict,))

    def submit(self, document, out, settings, fingerprint):
        return self.pool.apply_async(_task, (document, out, settings, fingerprint))

    def result(self, handle) -> dict:
        return handle.get()

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()


def _absolute_paths(out: Path, settings):
    """``out`` and the settings' user dictionary as absolute paths (documents travel as text)."""
    userdict = getattr(settings, "userdict", None)
    if userdict is not None and not Path(userdict).is_absolute():
        settings = replace(settings, userdict=Path(userdict).absolute())
    return Path(out).absolute(), settings


class DaskEngine(_Ordered):
    """The same per-document function on a Dask distributed cluster. Documents are read here and
    sent as text; the output folder and the user dictionary go as absolute paths, which every
    worker must see (a shared file system)."""

    def __init__(self, scheduler: str | None, workers: int):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--engine dask needs the 'distributed' package: pip install 'zh-news-pipeline[dask]'") from None
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler tcp://HOST:PORT (see README: Dask)")
        try:
            self.client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UsageError(f"--scheduler {scheduler!r}: cannot connect ({exc})") from None
        self.window = max(workers, sum(self.client.nthreads().values()) or 1) * 8

    def submit(self, document, out, settings, fingerprint):
        # A worker resolves a relative path against its own working directory, on its own host:
        # send the paths as this process means them.
        out, settings = _absolute_paths(out, settings)
        return self.client.submit(_task, document, out, settings, fingerprint, pure=False)

    def result(self, handle) -> dict:
        return handle.result()

    def __exit__(self, exc_type, *exc) -> None:
        self.client.close()


def check_engine(name: str, *, workers: int = 1, scheduler: str | None = None) -> None:
    """Raise ``UsageError`` for options that do not go together, before anything is started."""
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r}; expected one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise UsageError(f"--workers {workers}: expected a whole number of at least 1")
    if scheduler is not None and name != "dask":
        raise UsageError(f"--scheduler {scheduler}: a scheduler is for --engine dask only; add --engine dask or leave it out")


def make_engine(name: str, *, workers: int = 1, scheduler: str | None = None, settings=None) -> _Ordered:
    """The engine called ``name``: ``local`` (``workers`` processes; 1 = this process) or ``dask``."""
    check_engine(name, workers=workers, scheduler=scheduler)
    if name == "local":
        return SerialEngine() if workers == 1 else ProcessPoolEngine(workers, settings)
    return DaskEngine(scheduler, workers)
