"""Holding a Ctrl-C while files and the state kept about them change together."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


@contextmanager
def held_interrupt():
    """Hold a Ctrl-C (SIGINT) until the block is done, then raise it as KeyboardInterrupt.

    For steps a Ctrl-C must not split: a document written to the corpus store but not listed in
    the manifest, or a part committed to the store's index but still buffered (then written
    twice). Only the main thread can catch signals; elsewhere, inside another such block or under
    a handler of the caller's own, the block runs as it is.

    >>> with held_interrupt():
    ...     pass
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    caught = []
    signal.signal(signal.SIGINT, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if caught:
        raise KeyboardInterrupt
