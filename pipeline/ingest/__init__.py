"""Readers: input files -> ``Document``. One reader per format, looked up by file extension."""
from __future__ import annotations

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


def expand_inputs(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files to read: the files named, and the readable files under each directory named (sorted,
    recursively; hidden files and ``.meta.json`` sidecars skipped)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or child.name.endswith(META_SUFFIX):
                    continue
                if child.is_file() and child.suffix.lower() in READERS:
                    yield child
        elif path.is_file() or path.is_symlink():
            if path.suffix.lower() not in READERS:
                known = ", ".join(sorted(READERS))
                yield InputError(display_path(path), f"unknown input format {path.suffix or '(no extension)'!r}; expected one of: {known}")
            else:
                yield path
        else:
            yield InputError(display_path(path), "no such file or directory")


def read_path(path: Path) -> Iterator[Document | InputError]:
    """Documents of one file; a problem with the file is yielded as an ``InputError``."""
    fmt, reader = READERS[path.suffix.lower()]
    try:
        yield from reader(path, fmt)
    except InputError as exc:
        yield exc


def read_documents(paths: Iterable[Path]) -> Iterator[Document | InputError]:
    """Every document of every input, in order, with errors in their place.

    >>> docs = [d for d in read_documents([Path("corpus/articles")]) if isinstance(d, Document)]
    >>> docs[0].title
    '“有点累了”的Kimi终于想出了提速的方法。'
    """
    for item in expand_inputs(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item)
