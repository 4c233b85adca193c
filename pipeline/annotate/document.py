"""A Document through the nlp, and the ``annotated.json`` record of the result."""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.gloss import shared_glosser
from pipeline.annotate.levels import (
    DEFAULT_STANDARD,
    LEVELS,
    STANDARD_NAMES,
    check_standard,
    freq_rank,
    hsk_level,
)
from pipeline.annotate.pinyin import forms
from pipeline.annotate.vocabulary import DEFAULT_LEVEL, vocabulary_list
from pipeline.config import SCHEMA_VERSION
from pipeline.errors import UsageError
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


def annotated_record(
    document: Document,
    doc: Doc,
    vocabulary_level: int = DEFAULT_LEVEL,
    hsk_standard: str = DEFAULT_STANDARD,
) -> dict:
    """The whole annotated.json record; every offset indexes ``document.text``.

    Per token: ``pinyin`` / ``pinyin_spoken`` (marks, numbers, zhuyin; one entry per character,
    null where not Han), ``lex`` (key into ``lexicon``), ``gloss`` (one line), ``hsk`` and
    ``freq_rank``. The full dictionary data of each word is in ``lexicon`` once per word and reading.
    """
    standard = check_standard(hsk_standard)
    if vocabulary_level not in LEVELS:
        raise UsageError(f"vocabulary level {vocabulary_level!r} is not an HSK level; expected one of: 1-6, 7 (= 7-9)")
    base = doc._.zh_base
    sentences = []
    tokens = []
    for n, (first, stop, start, end) in enumerate(sentence_spans(doc)):
        sentences.append({"start": start, "end": end})
        for token in doc[first:stop]:
            if token.is_space:
                continue
            record = {
                "text": token.text,
                "start": base + token.idx,
                "end": base + token.idx + len(token),
                "sentence": n,
                "pos": token.pos_,
                "tag": token.tag_,
            }
            citation = token._.zh_pinyin
            if citation is not None and any(citation):
                record["pinyin"] = forms(citation)
                record["pinyin_spoken"] = forms(token._.zh_pinyin_spoken)
            else:  # punctuation, digits, Latin: no syllables to show
                record["pinyin"] = record["pinyin_spoken"] = None
            record["lex"] = token._.zh_lex
            record["gloss"] = token._.zh_gloss
            lookup = token.norm_ if token._.zh_lex else None
            record["hsk"] = hsk_level(lookup, standard) if lookup else None
            record["freq_rank"] = freq_rank(lookup) if lookup else None
            tokens.append(record)
    glosser = shared_glosser()
    lexicon = {key: lexeme.record() for key, lexeme in (doc._.zh_lexicon or {}).items()}
    words = vocabulary_list(
        doc, document, [(s["start"], s["end"]) for s in sentences], glosser, vocabulary_level, standard
    )
    for item in words:  # page headwords our segmenter cut differently get their own entry
        if item["lex"] and item["lex"] not in lexicon:
            lexicon[item["lex"]] = glosser.lookup(item["word"]).record()
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_record(document),
        "text": document.text,
        "sentences": sentences,
        "tokens": tokens,
        "lexicon": lexicon,
        "vocabulary": {
            "level": vocabulary_level,
            "hsk_standard": STANDARD_NAMES[standard],
            "words": words,
        },
    }
