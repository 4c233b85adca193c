"""A Document through the nlp, and the ``annotated.json`` record of the result."""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.config import SCHEMA_VERSION
from pipeline.models import Document


def annotate(document: Document, nlp: Language) -> Doc:
    """Run the nlp over the document's Chinese span; ``doc._.zh_base`` is the span's offset, so
    ``doc._.zh_base + token.idx`` indexes ``document.text``.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> d = Document("x", "标题\\n今年3月末,Kimi宕机。", "x", "", "txt", (3, 18))
    >>> doc = annotate(d, shared_nlp())
    >>> doc._.zh_base, doc[0].text
    (3, '今年')
    """
    start, end = document.chinese
    doc = nlp(document.text[start:end])
    doc._.zh_base = start
    return doc


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


def sentence_spans(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, last token + 1, start, end) of each sentence, whitespace trimmed, in
    document offsets."""
    base = doc._.zh_base
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            first, last = words[0], words[-1]
            spans.append((first.i, last.i + 1, base + first.idx, base + last.idx + len(last)))
    return spans


def annotated_record(document: Document, doc: Doc) -> dict:
    """The whole annotated.json record; every offset indexes ``document.text``."""
    base = doc._.zh_base
    sentences = []
    tokens = []
    for n, (first, stop, start, end) in enumerate(sentence_spans(doc)):
        sentences.append({"start": start, "end": end})
        for token in doc[first:stop]:
            if token.is_space:
                continue
            tokens.append(
                {
                    "text": token.text,
                    "start": base + token.idx,
                    "end": base + token.idx + len(token),
                    "sentence": n,
                    "pos": token.pos_,
                    "tag": token.tag_,
                }
            )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_record(document),
        "text": document.text,
        "sentences": sentences,
        "tokens": tokens,
    }
