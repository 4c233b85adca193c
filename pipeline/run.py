"""Runs the stages over a corpus: read -> annotate -> (facts) -> write, one document at a time.

A bad input is reported with its file and reason and never costs the other documents their
results; every file is written whole or not at all.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from pipeline import config, versions
from pipeline.annotate.document import annotate, annotated_record
from pipeline.annotate.segment import shared_nlp
from pipeline.errors import InputError, UsageError
from pipeline.extract import facts_record
from pipeline.export.files import write_json
from pipeline.ingest import read_documents
from pipeline.models import Document


@dataclass(frozen=True)
class Settings:
    """What changes the output besides the input bytes."""

    reference_date: str | None = None
    userdict: Path | None = config.USERDICT_PATH


def parse_reference_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` or None; anything else is a usage error naming the value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--reference-date {value!r} is not a date; expected YYYY-MM-DD, e.g. 2024-05-21") from None


@dataclass
class RunSummary:
    documents: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def process_document(document: Document, settings: Settings) -> dict[str, dict]:
    """Every output record of one document, by file name (``annotated.json`` ...)."""
    doc = annotate(document, shared_nlp(settings.userdict))
    reference_date = settings.reference_date or document.published
    return {"annotated.json": annotated_record(document, doc), "facts.json": facts_record(document, doc, reference_date)}


def unique_ids(items: Iterable[Document | InputError]):
    """Give a repeated document id a ``-2``, ``-3`` ... suffix, in input order."""
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, Document):
            count = seen.get(item.id, 0) + 1
            seen[item.id] = count
            if count > 1:
                from dataclasses import replace

                item = replace(item, id=f"{item.id}-{count}")
                while item.id in seen:
                    count += 1
                    item = replace(item, id=f"{item.id.rsplit('-', 1)[0]}-{count}")
                seen[item.id] = 1
        yield item


def report_error(source: str, problem: str) -> None:
    """One line per bad document on stderr: the file and the reason."""
    print(f"error: {source}: {problem}", file=sys.stderr)


def run(inputs: list[Path], out: Path, settings: Settings) -> RunSummary:
    """Annotate every document of ``inputs`` into ``out/<doc-id>/`` and write ``out/manifest.json``."""
    summary = RunSummary()
    out = Path(out)
    for item in unique_ids(read_documents(inputs)):
        if isinstance(item, InputError):
            summary.errors.append({"source": item.source, "error": item.problem})
            report_error(item.source, item.problem)
            continue
        try:
            records = process_document(item, settings)
        except Exception as exc:  # one document's failure must not cost the others theirs
            problem = f"{type(exc).__name__}: {exc}"
            summary.errors.append({"source": item.source, "error": problem})
            report_error(item.source, problem)
            continue
        outputs = {}
        for name, record in records.items():
            write_json(out / item.id / name, record)
            outputs[name.split(".")[0]] = f"{item.id}/{name}"
        summary.documents.append({"id": item.id, "source": item.source, "sha256": item.sha256, "outputs": outputs})
    write_json(out / "manifest.json", manifest(summary, settings))
    return summary


def manifest(summary: RunSummary, settings: Settings) -> dict:
    return {
        "schema_version": config.SCHEMA_VERSION,
        "pipeline": {"name": "zh-news-pipeline", "version": versions.pipeline_version()},
        "environment": versions.environment(),
        "data": versions.data_files(settings.userdict),
        "settings": {
            "reference_date": settings.reference_date,
            "userdict": config.display_path(settings.userdict) if settings.userdict else None,
        },
        "documents": summary.documents,
        "errors": summary.errors,
    }
