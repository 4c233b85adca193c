"""Readers: input files -> ``Document``. One reader per format, looked up by file extension."""
from __future__ import annotations

import stat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline.config import META_SUFFIX, display_path
from pipeline.errors import InputError
from pipeline.ingest.html import read_html
from pipeline.ingest.jsonl import read_jsonl
from pipeline.ingest.plain import read_plain
from pipeline.models import Document

Reader = Callable[[Path, str], Iterator["Document | InputError"]]

#: Input formats by file extension: extension -> (format name, reader).
READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_plain),
    ".md": ("md", read_plain),
    ".markdown": ("md", read_plain),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".jsonl": ("jsonl", read_jsonl),
}


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` (followed through symbolic links) is no file to read, or None for a regular
    file: a named pipe would block the reader, a device (``/dev/zero``) never ends."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    except OSError as exc:
        return f"cannot read file ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file: write it to a file first"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    return "not a regular file"


def expand_inputs(paths: Iterable[Path], exclude: Path | None = None) -> Iterator[Path | InputError]:
    """Files to read: the files named, and the readable files under each directory named (sorted,
    recursively; hidden files and ``.meta.json`` sidecars skipped; nothing under ``exclude``, the
    run's output folder, which may lie inside an input folder). A named pipe, a device or any
    other special file is refused by name, never opened."""
    skip = Path(exclude).resolve() if exclude is not None else None
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or child.name.endswith(META_SUFFIX):
                    continue
                if child.suffix.lower() not in READERS or child.is_dir():
                    continue
                if skip is not None and child.resolve().is_relative_to(skip):
                    continue
                problem = _not_a_file(child)
                yield child if problem is None else InputError(display_path(child), problem)
            continue
        problem = _not_a_file(path)
        if problem is not None:
            yield InputError(display_path(path), problem)
        elif path.suffix.lower() not in READERS:
            known = ", ".join(sorted(READERS))
            yield InputError(display_path(path), f"unknown input format {path.suffix or '(no extension)'!r}; expected one of: {known}")
        else:
            yield path


def read_path(path: Path) -> Iterator[Document | InputError]:
    """Documents of one file; a problem with the file is yielded as an ``InputError``."""
    fmt, reader = READERS[path.suffix.lower()]
    try:
        yield from reader(path, fmt)
    except InputError as exc:
        yield exc


def read_documents(paths: Iterable[Path], exclude: Path | None = None) -> Iterator[Document | InputError]:
    """Every document of every input, in order, with errors in their place.

    >>> docs = [d for d in read_documents([Path("corpus/articles")]) if isinstance(d, Document)]
    >>> docs[0].title
    '“有点累了”的Kimi终于想出了提速的方法。'
    """
    for item in expand_inputs(paths, exclude):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item)
