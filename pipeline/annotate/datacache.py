"""Big read-only lookup tables kept on disk between runs, so a short run does not load them whole.

CC-CEDICT's headword index and jieba's frequency ranks are dicts of 200k-350k words; making them
cost a third of a second at every start, for a run over one article that looks up a few hundred
words. A ``LookupTable`` is built once from the data file it comes from into an SQLite file in
the user's cache folder (``$XDG_CACHE_HOME/zh-news-pipeline``, else
``~/.cache/zh-news-pipeline``; none without an absolute home folder), and later processes look
words up in that file.

- The file is named by the data file's SHA-256 and the table's format version: a changed data
  file or a new format gets a new file, built again, never an old one.
- It is written under a temporary name, synced and renamed into place, so no process ever reads
  half a table; processes building it at the same time each write their own and the last rename
  wins (the files are the same).
- Nothing is downloaded: the table is made from the data file the package reads anyway.
- A process answers its first ``LOAD_AFTER`` lookups of a table from the file (a few
  microseconds each) and then loads the table whole into a dict, as a long run wants. Where the cache folder cannot
  be written, or a cache file cannot be read, the table is made in memory from the data file:
  the answers are the same either way, only slower to start.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Callable

#: Lookups of a table a process answers from the cache file before it loads the table whole.
#: One article makes a few hundred (the seed: 400 to 700 a table); a run that makes more is
#: past its first article, and the rest of it looks up faster in memory (a lookup on disk costs
#: 4 us, in a dict 0.1 us) at the same flat memory whatever its length.
LOAD_AFTER = 1_500

_MISSING = object()
_SELECT = "SELECT value FROM entries WHERE key = ?"


def cache_dir() -> Path | None:
    """The folder the tables are kept in; None when there is no home folder to put it in (a
    relative path would put it wherever the process happens to run)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zh-news-pipeline" if os.path.isabs(base) else None


class LookupTable:
    """A read-only ``str -> bytes | int | str`` mapping made by ``build()`` from the data file
    ``source``, kept on disk between processes (see the module docstring).

    >>> from pipeline.annotate.levels import FREQ_RANKS_PATH, RANKS_TABLE, _ranks
    >>> ranks = LookupTable(RANKS_TABLE, FREQ_RANKS_PATH, _ranks)
    >>> ranks.get("行业"), "行业" in ranks, ranks.get("不存在的词语")
    (1043, True, None)
    """

    def __init__(self, name: str, source: Path, build: Callable[[], dict], version: int = 1):
        from pipeline.versions import file_sha256  # the manifest's checksums: read once per process

        self._build = build
        self._memory: dict | None = None
        self._connection: sqlite3.Connection | None = None
        self._pid = 0  # the process the connection was opened in (a forked child opens its own)
        self._lookups = 0
        self._lock = threading.Lock()
        folder = cache_dir()
        #: The cache file (None without a cache folder).
        self.path = folder / f"{name}-{file_sha256(source)[:24]}-v{version}.sqlite" if folder else None
        if self.path is None or not self.path.is_file():
            self._memory = build()
            if self.path is not None:
                _write(self.path, self._memory)

    def get(self, key: str, default=None):
        memory = self._memory
        if memory is not None:
            return memory.get(key, default)
        with self._lock:
            return self._from_file(key, default)

    def __contains__(self, key: str) -> bool:
        memory = self._memory
        if memory is not None:
            return key in memory
        return self.get(key, _MISSING) is not _MISSING

    def _from_file(self, key: str, default):
        self._lookups += 1
        if self._lookups > LOAD_AFTER or self._memory is not None:  # loaded by another thread
            return self._whole().get(key, default)  # a long run: the dict answers faster
        try:
            row = self._open().execute(_SELECT, (key,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate: no key of a UTF-8 data file
            return default
        except sqlite3.Error:  # a cache file gone bad: the data file gives the same answers
            return self._whole().get(key, default)
        return default if row is None else row[0]

    def _open(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            # immutable: the file never changes once renamed into place, so SQLite takes no locks
            uri = f"{self.path.as_uri()}?mode=ro&immutable=1"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def _whole(self) -> dict:
        if self._memory is None:
            self._memory = self._build()
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None
        return self._memory


def _write(path: Path, rows: dict) -> None:
    """Write ``rows`` to the table file ``path`` whole, or not at all."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")  # a fresh file: nothing to roll back to
            connection.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
            connection.executemany("INSERT INTO entries VALUES (?, ?)", rows.items())
            connection.commit()  # synced to disk before the rename below
        finally:
            connection.close()
        os.replace(temporary, path)
        temporary = None
    except (OSError, sqlite3.Error, UnicodeEncodeError):
        # A read-only or full cache folder: this process has the table in memory already, and
        # the next one makes it again. The cache only saves time; it never changes an answer.
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
