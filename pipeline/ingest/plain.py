"""Plain text and Markdown files (and the learner-page layout, which arrives as a .txt file)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from pipeline.ingest import seedpage
from pipeline.config import display_path
from pipeline.ingest.common import document_from_text, read_bytes
from pipeline.ingest.decode import decode
from pipeline.models import Document, Section

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SENTENCE_END = tuple("。！？；…，,.!?;:：")


def _headline(text: str) -> tuple[int, int, str] | None:
    """The first non-empty line, when it reads like a headline (short, not ending a sentence, and
    followed by more text)."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        if line.strip():
            stripped = _MD_HEADING.sub("", line).strip()
            rest = text[pos + len(raw):].strip()
            if rest and len(stripped) <= 60 and not stripped.endswith(_SENTENCE_END):
                lead = len(line) - len(line.lstrip())
                return pos + lead, pos + len(line.rstrip()), stripped
            return None
        pos += len(raw)
    return None


def read_plain(path: Path, fmt: str) -> Iterator[Document]:
    yield plain_document(path, read_bytes(path), fmt)


def plain_document(path: Path, data: bytes, fmt: str = "txt", meta: dict | None = None, source: str | None = None) -> Document:
    """A Document from the bytes of a text file (``path`` names it in messages and ids)."""
    text, encoding = decode(data, source or display_path(path))
    if fmt == "txt" and seedpage.is_learner_page(text):
        page = seedpage.parse(text)
        return document_from_text(
            path, data, text, encoding, "learner-page",
            chinese=page["chinese"], sections=page["sections"], title=page["title"],
            site=page["site"], outlet=page["outlet"], truncated=page["truncated"], meta=meta, source=source,
        )
    sections = []
    title = None
    head = _headline(text)
    body_start = 0
    if head:
        sections.append(Section("headline", head[0], head[1], "zh"))
        title = head[2]
        body_start = head[1]
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1
    body_end = len(text.rstrip())
    if body_end > body_start:
        sections.append(Section("body", body_start, body_end, "zh"))
    return document_from_text(
        path, data, text, encoding, fmt, chinese=(0, len(text)), sections=tuple(sections), title=title,
        meta=meta, source=source,
    )
