"""Writing output files whole or not at all, in a stable, diff-friendly JSON layout."""
from __future__ import annotations

import json
import os
import secrets
import tempfile
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import OutputError


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


# One encoder for every record: json.dumps with options builds a new encoder per call, which cost
# more than the encoding of a token record itself.
_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _dump(value, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict) and value:
        out.append("{\n")
        items = list(value.items())
        for n, (key, item) in enumerate(items):
            out.append(f"{pad} {_compact(key)}: ")
            _dump(item, indent + 1, out)
            out.append(",\n" if n < len(items) - 1 else "\n")
        out.append(pad + "}")
    elif isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
        out.append("[\n")
        for n, item in enumerate(value):
            # Records (tokens, sentences, facts) one per line: readable diffs, small files.
            out.append(pad + " " + _compact(item))
            out.append(",\n" if n < len(value) - 1 else "\n")
        out.append(pad + "]")
    else:
        out.append(_compact(value))


def dumps(value) -> str:
    """JSON with one record per line inside lists; deterministic for the same value.

    >>> print(dumps({"tokens": [{"text": "时长"}]}))
    {
     "tokens": [
      {"text": "时长"}
     ]
    }
    """
    out: list[str] = []
    _dump(value, 0, out)
    out.append("\n")
    return "".join(out)


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
    """``dumps`` + ``write_atomic``."""
    write_atomic(path, dumps(value))
