"""A time budget per document: a runaway document becomes that document's error.

Every step is meant to be linear in its input, and the tests hold hostile repetitions to that; the
budget is the guard for what no test has thought of, so that one document can never keep a worker
(and the run) from finishing. It is a real-time alarm (``setitimer``), so it works where a process
runs documents in its main thread: the run's own process and its local workers. Elsewhere (a Dask
worker's threads, a platform without ``setitimer``) documents run without one.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

from pipeline.errors import DocumentTimeout

#: Seconds a document may take by default: a 2,000,000-character document takes about a minute.
DEFAULT_SECONDS = 600.0


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None):
    """Raise ``DocumentTimeout`` in the block once it has run ``seconds`` (None or 0: no budget).

    >>> with time_budget(5):
    ...     sum(range(10))
    45
    """
    if not seconds or not _can_alarm():
        yield
        return

    def expired(signum, frame):
        raise DocumentTimeout(f"took longer than the {seconds:g} s a document may take (--document-timeout); "
                              "the other documents go on")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
