"""Writing output files whole or not at all, in a stable, diff-friendly JSON layout."""
from __future__ import annotations

import json
import os
import secrets
import tempfile
from contextlib import contextmanager
from pathlib import Path

import orjson

from pipeline.errors import OutputError


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


# One encoder for every record: json.dumps with options builds a new encoder per call, which cost
# more than the encoding of a token record itself. The files keep json's layout: orjson has no
# separators with spaces, and called per record (a token) it is no faster than json's C encoder
# (benchmarks/json_write_bench.py).
_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_dense = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def json_line(record) -> bytes:
    """One JSON Lines line (without the line break), UTF-8, no spaces: orjson, which writes a
    whole document record about nine times as fast as json; json for what orjson refuses (an
    integer beyond 64 bits, which orjson would not write exactly).

    >>> json_line({"text": "时长", "start": 0, "value": 1.093}).decode("utf-8")
    '{"text":"时长","start":0,"value":1.093}'
    >>> json_line({"value": 10**20}) == json.dumps({"value": 10**20}, separators=(",", ":")).encode()
    True
    """
    try:
        return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        return _dense(record).encode("utf-8")


def _dump(value, indent: int, write) -> None:
    pad = " " * indent
    if isinstance(value, dict) and value:
        write("{\n")
        items = list(value.items())
        for n, (key, item) in enumerate(items):
            write(f"{pad} {_compact(key)}: ")
            _dump(item, indent + 1, write)
            write(",\n" if n < len(items) - 1 else "\n")
        write(pad + "}")
    elif isinstance(value, RecordSpool) and not value:
        write("[]")
    elif isinstance(value, RecordSpool) or (isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value)):
        write("[\n")
        last = len(value) - 1
        for n, item in enumerate(value):
            # Records (tokens, sentences, facts) one per line: readable diffs, small files.
            write(pad + " " + _compact(item))
            write(",\n" if n < last else "\n")
        write(pad + "]")
    else:
        write(_compact(value))


def dumps(value) -> str:
    """JSON with one record per line inside lists; deterministic for the same value.

    >>> print(dumps({"tokens": [{"text": "时长"}]}), end="")
    {
     "tokens": [
      {"text": "时长"}
     ]
    }
    """
    out: list[str] = []
    _dump(value, 0, out.append)
    out.append("\n")
    return "".join(out)


class RecordSpool:
    """An append-only list of JSON records (dicts) kept in an unnamed temporary file instead of
    memory: a run's manifest and index entries, which for millions of documents would otherwise
    grow the process by a kilobyte or two each. Iterating reads them back in order.

    >>> spool = RecordSpool()
    >>> spool.append({"id": "a"}); spool.append({"id": "b"})
    >>> len(spool), [r["id"] for r in spool], dumps({"documents": spool}) == dumps({"documents": list(spool)})
    (2, ['a', 'b'], True)
    """

    def __init__(self, folder: Path | None = None):
        self._file = tempfile.TemporaryFile("w+b", dir=folder)
        self._count = 0

    def append(self, record: dict) -> None:
        self._file.write(json_line(record) + b"\n")
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        self._file.flush()
        self._file.seek(0)
        try:
            for line in self._file:
                yield json.loads(line)  # not orjson.loads: it reads an integer beyond 64 bits as a float
        finally:
            self._file.seek(0, os.SEEK_END)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``path`` through a temporary file in the same folder and an atomic rename, so a
    crash or a full disk never leaves a half-written file under the final name."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write output ({exc.strerror or exc})") from None
    # The temporary name is chosen before the file exists, so a Ctrl-C at any point (even inside
    # the call that creates it) leaves nothing behind: the cleanup below knows the name.
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write output ({exc.strerror or exc})") from None
    except BaseException:  # Ctrl-C while writing: no temporary file is left behind
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path, mode: str = "w"):
    """Stream a large file (a corpus table) to a temporary name; rename it into place only when the
    block finishes without an exception."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write output ({exc.strerror or exc})") from None
    os.chmod(tmp, 0o666 & ~_UMASK)
    try:
        if "b" in mode:
            handle = os.fdopen(fd, mode)
        else:
            handle = os.fdopen(fd, mode, encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write output ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, value) -> None:
    """``dumps`` + ``write_atomic``; a value holding a ``RecordSpool`` is streamed to the file
    (same bytes), so it is never whole in memory."""
    if isinstance(value, dict) and any(isinstance(v, RecordSpool) for v in value.values()):
        with atomic_writer(path) as handle:
            _dump(value, 0, handle.write)
            handle.write("\n")
        return
    write_atomic(path, dumps(value))
