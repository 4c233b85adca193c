"""The ``document`` block of annotated.json: id, metadata and sections. A module of its own, with no
nlp behind it: a run checks whether a document changed (its key holds this block) without loading
the analysis."""
from __future__ import annotations

from dataclasses import asdict

from pipeline.models import Document


def document_record(document: Document) -> dict:
    """The ``document`` block of annotated.json: id, metadata and sections."""
    sections = []
    for section in document.sections:
        record = {
            "name": section.name,
            "label": section.label,
            "language": section.language,
            "start": section.start,
            "end": section.end,
        }
        if section.note:
            record["note"] = section.note
        if section.entries:
            record["entries"] = [asdict(entry) for entry in section.entries]
        sections.append(record)
    return {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "sha256": document.sha256,
        "format": document.format,
        "encoding": document.encoding,
        "outlet": document.outlet,
        "site": document.site,
        "published": document.published,
        "language": document.language,
        "url": document.url,
        "truncated": document.truncated,
        "chinese": {"start": document.chinese[0], "end": document.chinese[1]},
        "sections": sections,
    }
