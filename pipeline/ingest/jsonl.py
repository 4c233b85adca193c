"""JSON Lines: one article per line, ``text`` required; ``id``, ``title``, ``published``, ``url``,
``outlet``, ``site``, ``language`` optional. A bad line is reported and the others still read."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from pipeline.config import display_path
from pipeline.errors import InputError
from pipeline.ingest.common import MAX_DOCUMENT_CHARS, META_FIELDS, document_from_text, lone_surrogate
from pipeline.models import Document, Section

#: A line longer than this is refused before it is read whole: it cannot hold a document within
#: the document limit (a character is at most 6 bytes as a JSON escape), with room for metadata.
MAX_LINE_BYTES = 6 * MAX_DOCUMENT_CHARS + (1 << 20)
_CHUNK = 1 << 20


class OverlongLine(int):
    """A line of the file that was not read because it is longer than ``MAX_LINE_BYTES``: its size."""


def iter_lines(path: Path, limit: int | None = None) -> Iterator[bytes | OverlongLine]:
    """The file's lines, streamed (a JSONL corpus may be far larger than memory), none held whole
    when longer than ``limit``: such a line is skipped in chunks and given as its size, so a
    one-line file of many gigabytes costs the time to read it and no memory (the limit:
    ``MAX_LINE_BYTES``)."""
    limit = MAX_LINE_BYTES if limit is None else limit
    try:
        with open(path, "rb") as handle:
            while line := handle.readline(limit + 1):
                if len(line) <= limit or line.endswith(b"\n"):
                    yield line
                    continue
                size = len(line)
                while (chunk := handle.readline(_CHUNK)) and not chunk.endswith(b"\n"):
                    size += len(chunk)
                yield OverlongLine(size + len(chunk))
    except OSError as exc:
        raise InputError(display_path(path), f"cannot read file ({exc.strerror or exc})") from None


def read_jsonl(path: Path, fmt: str) -> Iterator[Document | InputError]:
    for lineno, raw in enumerate(iter_lines(path), 1):
        if isinstance(raw, OverlongLine):
            yield InputError(f"{display_path(path)}:{lineno}", f"line is {raw:,} bytes; the limit is {MAX_LINE_BYTES:,} "
                                                               f"(a document holds at most {MAX_DOCUMENT_CHARS:,} characters)")
            continue
        item = line_document(raw, path, lineno)
        if item is not None:
            yield item


def line_document(raw: bytes, path: Path, lineno: int, source: str | None = None) -> Document | InputError | None:
    """The Document of line ``lineno`` of the JSON Lines file ``path`` (its bytes ``raw``), the
    InputError that says what is wrong with it, or None for a blank line. ``source`` names the line
    in messages (default ``path:lineno``); a record without an id gets ``<file stem>-<lineno>``.

    >>> line_document('{"text": "获赔70多万。"}'.encode(), Path("news.jsonl"), 3).id
    'news-3'
    """
    source = source or f"{display_path(path)}:{lineno}"
    if not raw.strip():
        return None
    try:
        record = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(source, f"line is not valid UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return InputError(source, f"line is not JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:  # [[[[... : Python's parser gives up past about a thousand levels
        return InputError(source, "line nests JSON arrays or objects too deeply to be a record")
    if not isinstance(record, dict):
        return InputError(source, "line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return InputError(source, "record has no 'text' string")
    meta = {k: record[k] for k in META_FIELDS if record.get(k) not in (None, "")}
    for key in ("id", "title", "outlet", "site", "language", "url"):
        if key in meta and not isinstance(meta[key], (str, int)):
            return InputError(source, f"record field {key!r} must be a string")
        if key in meta and (problem := lone_surrogate(str(meta[key]))):
            return InputError(source, f"record field {key!r} {problem}")
    meta = {k: str(v) if k != "published" else v for k, v in meta.items()}
    meta.setdefault("id", f"{path.stem}-{lineno}")
    try:
        return document_from_text(
            path, raw, text, "utf-8", "jsonl", chinese=(0, len(text)),
            sections=(Section("body", 0, len(text), "zh"),) if text else (),
            meta=meta, source=source,
        )
    except InputError as exc:
        return exc
