"""The document model: what a reader makes of an input, before any annotation.

Offsets are Python ``str`` indices into ``Document.text``, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class VocabularyEntry:
    """One entry of a page's own vocabulary list: 有点累 + "somewhat hard Tired kind of tired".

    ``start``/``end`` cover the whole entry as written (headword and its gloss lines)."""

    headword: str
    gloss: str
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    """A part of the document text: ``summary`` (要約), ``source`` (原文), ``headline``, ``body``,
    ``vocabulary`` (単語), ``comments`` (コメント) ...

    ``label`` is the heading as written on the page; ``language`` an ISO 639-1 code."""

    name: str
    start: int
    end: int
    language: str
    label: str | None = None
    entries: tuple[VocabularyEntry, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Document:
    """An input article: the whole decoded text, its metadata and its sections.

    ``chinese`` is the span of ``text`` the Chinese segmenter reads (headline and body); nothing
    outside it (a Japanese summary, a vocabulary list) is ever segmented as Chinese."""

    id: str
    text: str
    source: str
    sha256: str
    format: str
    chinese: tuple[int, int]
    title: str | None = None
    outlet: str | None = None
    site: str | None = None
    published: str | None = None
    language: str = "zh"
    url: str | None = None
    encoding: str | None = None
    truncated: bool = False
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def section(self, name: str) -> Section | None:
        """The first section called ``name``, or None."""
        return next((s for s in self.sections if s.name == name), None)
