"""What every reader shares: reading bytes, the metadata sidecar, building the Document."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

from pipeline.config import MAX_DOCUMENT_CHARS, META_SUFFIX, display_path
from pipeline.errors import InputError
from pipeline.ingest.decode import decode
from pipeline.ingest.ids import safe_id
from pipeline.models import Document, Section

#: Metadata a sidecar file or a JSONL record may give.
META_FIELDS = ("id", "title", "outlet", "site", "published", "language", "url")

#: Larger input files (.txt, .md, .html) are refused with a clear message rather than read.
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: A news article is rarely 100,000 characters; a larger "document" is refused (one line of a
#: JSONL file, or a file) so that one input cannot exhaust a worker's memory.
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A metadata sidecar is a few hundred bytes; a larger one is refused before it is read.
MAX_SIDECAR_BYTES = 1 << 20


def lone_surrogate(text: str) -> str | None:
    """What is wrong with ``text`` when it holds a lone surrogate (a JSON escape such as ``\\ud800``
    with no pair, which no UTF-8 file can hold), else None.

    >>> lone_surrogate("今天" + chr(0xD800) + "天气"), lone_surrogate("今天天气")
    ('holds a lone surrogate (U+D800 at character 2): not Unicode text; fix the escape', None)
    """
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return f"holds a lone surrogate (U+{ord(m.group()):04X} at character {m.start()}): not Unicode text; fix the escape"


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(display_path(path), f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,}")
        return path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(display_path(path), f"cannot read file ({exc.strerror or exc})") from None


def sidecar_path(path: Path) -> Path:
    """``a/000.txt`` -> ``a/000.meta.json``."""
    return path.with_name(path.stem + META_SUFFIX)


def read_sidecar(path: Path) -> dict:
    """Metadata from the ``.meta.json`` file beside ``path`` (empty when there is none)."""
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return {}
    try:
        size = meta_path.stat().st_size
        if size > MAX_SIDECAR_BYTES:
            raise InputError(display_path(meta_path), f"metadata file is {size:,} bytes; the limit is {MAX_SIDECAR_BYTES:,}")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(display_path(meta_path), f"metadata is not a readable JSON object ({exc})") from None
    except RecursionError:
        raise InputError(display_path(meta_path), "metadata nests JSON too deeply to be a metadata object") from None
    if not isinstance(meta, dict):
        raise InputError(display_path(meta_path), "metadata must be a JSON object")
    unknown = sorted(set(meta) - set(META_FIELDS))
    if unknown:
        raise InputError(display_path(meta_path), f"unknown metadata field {unknown[0]!r}; expected one of: {', '.join(META_FIELDS)}")
    for key, value in meta.items():
        if isinstance(value, str) and (problem := lone_surrogate(value)):
            raise InputError(display_path(meta_path), f"metadata field {key!r} {problem}")
    return meta


def check_published(value, source: str) -> str | None:
    """A publication date: ``YYYY-MM-DD`` (a timestamp keeps its date part), or None."""
    if value in (None, ""):
        return None
    text = str(value)
    try:
        return date.fromisoformat(text[:10]).isoformat() if _DATE_PREFIX.match(text) else date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(source, f"published {value!r} is not a date; expected YYYY-MM-DD") from None


def check_text(text: str, chinese: tuple[int, int], source: str) -> None:
    """Refuse what is not a Chinese document, with the reason: empty, blank, too long, Japanese,
    or without a Chinese character."""
    if not text:
        raise InputError(source, "empty: no text to read")
    if text.isspace():
        raise InputError(source, "blank: the text is only white space")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(source, f"document is {len(text):,} characters; the limit is {MAX_DOCUMENT_CHARS:,} (split it into articles)")
    if problem := lone_surrogate(text):
        raise InputError(source, f"the text {problem}")
    span = text[chinese[0] : chinese[1]]
    han = len(_HAN.findall(span))
    kana = len(_KANA.findall(span))
    if kana and kana >= han * 0.25:
        raise InputError(source, f"the text is Japanese ({kana:,} kana), not Chinese")
    if not han:
        raise InputError(source, "no Chinese characters in the text")


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decoded text and the encoding found (see ``decode.decode``)."""
    return decode(data, display_path(path))


def document_from_text(
    path: Path,
    data: bytes,
    text: str,
    encoding: str | None,
    fmt: str,
    *,
    chinese: tuple[int, int],
    sections: tuple[Section, ...] = (),
    title: str | None = None,
    site: str | None = None,
    outlet: str | None = None,
    truncated: bool = False,
    meta: dict | None = None,
    source: str | None = None,
) -> Document:
    """Build a Document; metadata from ``meta`` (or the sidecar) wins over what the text shows."""
    source = source or display_path(path)
    check_text(text, chinese, source)
    meta = read_sidecar(path) if meta is None else meta
    return Document(
        id=safe_id(str(meta.get("id") or path.stem)),
        text=text,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        chinese=chinese,
        title=meta.get("title") or title,
        outlet=meta.get("outlet") or outlet,
        site=meta.get("site") or site,
        published=check_published(meta.get("published"), source),
        language=meta.get("language") or "zh",
        url=meta.get("url"),
        encoding=encoding,
        truncated=truncated,
        sections=tuple(sections),
    )
