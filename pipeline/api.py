"""The Python API: the same data the files hold, for notebooks and other programs.

>>> from pipeline import api
>>> record = api.annotate_text("今年3月末，Kimi一度火到宕机。")
>>> [record["text"][start:end] for start, end in zip(record["tokens"]["start"], record["tokens"]["end"])][:3]
['今年', '3月', '末']
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from pipeline.annotate.segment import forget_shared_nlp, shared_nlp
from pipeline.errors import InputError, PipelineError
from pipeline.extract import facts_record
from pipeline.ingest import read_documents
from pipeline.ingest.common import lone_surrogate
from pipeline.ingest.plain import plain_document
from pipeline.models import Document, Section
from pipeline.run import RunSummary, Settings, analyse_document, run

__all__ = ["annotate_text", "annotate_file", "annotate_input", "facts_text", "facts_input", "read_documents", "run",
           "Settings", "RunSummary"]


def document_from_text(text: str, id: str = "text", **meta) -> Document:
    """A Document holding ``text`` (all of it Chinese for the segmenter); text with a lone
    surrogate (no UTF-8 can hold it) is an ``InputError``."""
    source = meta.get("source", "<text>")
    if problem := lone_surrogate(text):
        raise InputError(source, f"the text {problem}")
    return Document(
        id=id, text=text, source=meta.pop("source", "<text>"),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), format="text",
        chinese=(0, len(text)), sections=(Section("body", 0, len(text), "zh"),), **meta,
    )


def annotate_text(text: str, settings: Settings | None = None, **meta) -> dict:
    """The annotated.json record of a string, with the lexicon entries of its words."""
    return analyse_document(document_from_text(text, **meta), settings or Settings(), lexicon=True)["annotated.json"]


def annotate_file(path: str | Path, settings: Settings | None = None) -> list[dict]:
    """The annotated.json records of every document in a file or folder; raises the first
    ``InputError`` (use ``annotate_input`` to get errors in place)."""
    results = annotate_input(path, settings=settings)
    for item in results:
        if isinstance(item, PipelineError):
            raise item
    return results


def facts_text(text: str, settings: Settings | None = None, **meta) -> dict:
    """The facts.json record of a string (the tokenizer and the facts alone: no pinyin, no glosses).

    >>> [f["text"] for f in facts_text("399元365天，约合1.093元一天。")["facts"]]
    ['399元', '365天', '1.093元一天']
    """
    return document_facts(document_from_text(text, **meta), settings or Settings())


def document_facts(document: Document, settings: Settings) -> dict:
    """The facts.json record of one document, the same as ``analyse_document``'s, made by the
    tokenizer and the ``zh_facts`` component alone (the extractors read no pinyin or gloss).

    >>> document_facts(document_from_text("售价99元"), Settings())["facts"][0]["value"]
    99
    """
    from pipeline.run import VOCABULARY_LIMIT

    nlp = shared_nlp(settings.userdict)
    reference_date = settings.reference_date or document.published
    start, end = document.chinese
    doc = nlp.make_doc(document.text[start:end])
    doc._.zh_base = start
    doc = nlp.get_pipe("zh_facts")(doc, reference_date=reference_date)
    record = facts_record(document, doc, reference_date)
    if len(nlp.vocab) > VOCABULARY_LIMIT:
        forget_shared_nlp()  # as analyse_document does: a fresh nlp keeps memory flat
    return record


def annotate_input(path: str | Path, settings: Settings | None = None, stdin: BinaryIO | None = None,
                   output: str = "annotated.json") -> list[dict | PipelineError]:
    """Records of every document of ``path`` ('-' reads ``stdin``), with errors in their place;
    ``output`` names the record (``annotated.json``, ``facts.json``)."""
    settings = settings or Settings()
    if str(path) == "-":
        data = (stdin.read() if stdin is not None else b"")
        try:
            items = [plain_document(Path("stdin"), data, "txt", meta={}, source="-")]
        except InputError as exc:
            items = [exc]
    else:
        items = list(read_documents([Path(path)]))
    results: list[dict | PipelineError] = []
    for item in items:
        if isinstance(item, PipelineError):
            results.append(item)
        elif output == "facts.json":
            results.append(document_facts(item, settings))  # the facts alone: no pinyin, no glosses
        else:
            results.append(analyse_document(item, settings, lexicon=True)[output])
    return results


def facts_input(path: str | Path, settings: Settings | None = None, stdin: BinaryIO | None = None) -> list[dict | PipelineError]:
    """facts.json records of every document of ``path`` ('-' reads ``stdin``), with errors in their
    place. Each document's relative dates are resolved against ``settings.reference_date``, else its
    own ``published`` date. Only the tokenizer and the facts run."""
    return annotate_input(path, settings, stdin, output="facts.json")
