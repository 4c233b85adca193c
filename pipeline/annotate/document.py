"""A Document through the nlp, and the ``annotated.json`` record of the result."""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.extensions import check_tokens, state
from pipeline.annotate.gloss import shared_glosser
from pipeline.annotate.levels import (
    DEFAULT_STANDARD,
    LEVELS,
    STANDARD_NAMES,
    check_standard,
    freq_rank,
    hsk_level,
)
from pipeline.annotate.pinyin import Syllables, forms
from pipeline.annotate.token_types import TokenType
from pipeline.annotate.vocabulary import DEFAULT_LEVEL, vocabulary_list
from pipeline.config import SCHEMA_VERSION
from pipeline.errors import UsageError
from pipeline.models import Document


def annotate(document: Document, nlp: Language, reference_date: str | None = None) -> Doc:
    """Run the nlp over the document's Chinese span; ``doc._.zh_base`` is the span's offset, so
    ``doc._.zh_base + token.idx`` indexes ``document.text``. ``reference_date`` is the date the
    ``zh_facts`` component resolves relative dates against (default: its own setting).

    >>> from pipeline.annotate.segment import shared_nlp
    >>> d = Document("x", "标题\\n今年3月末,Kimi宕机。", "x", "", "txt", (3, 18))
    >>> doc = annotate(d, shared_nlp(), "2024-05-21")
    >>> doc._.zh_base, doc[0].text, [(s.text, s._.zh_fact["start"]) for s in doc.spans["facts"]]
    (3, '今年', [('今年3月末', 3)])
    """
    start, end = document.chinese
    doc = nlp.make_doc(document.text[start:end])
    doc._.zh_base = start  # before the components: the facts' offsets index document.text
    config = {"zh_facts": {"reference_date": reference_date}} if reference_date is not None else None
    return nlp(doc, component_cfg=config)


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
    cached = state(doc)
    made = cached.sentences
    if made is not None and made[0] == base:  # the record and the facts both need them
        return made[1]
    table = cached.table
    texts, starts = table.texts, table.starts
    spans = []
    for first, stop in table.sentence_ranges():
        a, z = first, stop - 1
        while a <= z and texts[a].isspace():
            a += 1
        while z >= a and texts[z].isspace():
            z -= 1
        if a <= z:
            spans.append((a, z + 1, base + starts[a], base + starts[z] + len(texts[z])))
    cached.sentences = (base, spans)
    return spans


def _token_fields(t: TokenType, citation: Syllables | None, key: str | None, norm: str, standard: str) -> tuple:
    """(standard, pinyin forms, HSK level, frequency rank) of a token of type ``t``; kept on the
    type when the token is read in the type's own reading, as most are."""
    word = norm if key else None
    fields = (
        standard,
        # a token with no Han character has readings (None, None, ...): nothing to show
        forms(citation) if citation is not None and any(citation) else None,
        hsk_level(word, standard) if word else None,
        freq_rank(word) if word else None,
    )
    if citation is not None and citation is t.citation:
        t.fields = fields
        t.spoken_forms = forms(t.spoken) if t.spoken is not None and fields[1] is not None else None
    return fields


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
    ext = doc._
    if ext.zh_lex_list is None:
        raise ValueError("the annotated record needs the zh_pinyin and zh_gloss components: run an nlp that has them "
                         "(pipeline.load(), or segment.shared_nlp())")
    check_tokens(doc, "the pinyin and gloss annotation")
    base = ext.zh_base
    table = ext.zh_table
    citation, spoken = ext.zh_pinyin_list, ext.zh_pinyin_spoken_list
    keys, glosses = ext.zh_lex_list, ext.zh_gloss_list
    spans = sentence_spans(doc)
    sentences = [{"start": start, "end": end} for _, _, start, end in spans]
    texts, norms = table.texts, table.norms
    sentence_of: list[int | None] = [None] * len(texts)
    for n, (first, stop, _, _) in enumerate(spans):
        sentence_of[first:stop] = [n] * (stop - first)
    types = ext.zh_types
    fields = [
        t.fields
        if cit is t.citation and cit is not None and t.fields is not None and t.fields[0] == standard
        else _token_fields(t, cit, key, norm, standard)
        for t, cit, key, norm in zip(types, citation, keys, norms)
    ]
    spoken_forms = [
        None if f[1] is None else t.spoken_forms if spo is t.spoken else forms(spo)
        for t, spo, f in zip(types, spoken, fields)
    ]
    tokens = [
        {
            "text": text,
            "start": base + start,
            "end": base + start + len(text),
            "sentence": n,
            "pos": pos,
            "tag": tag,
            "pinyin": f[1],
            "pinyin_spoken": spoken_marks,
            "lex": key,
            "gloss": gloss,
            "hsk": f[2],
            "freq_rank": f[3],
        }
        for text, start, n, pos, tag, f, spoken_marks, key, gloss in zip(
            texts, table.starts, sentence_of, table.pos, table.tags, fields, spoken_forms, keys, glosses
        )
        if n is not None and not text.isspace()
    ]
    glosser = shared_glosser()
    lexicon = {key: lexeme.record() for key, lexeme in (ext.zh_lexicon or {}).items()}
    vocabulary = vocabulary_list(
        doc, document, [(s["start"], s["end"]) for s in sentences], glosser, vocabulary_level, standard
    )
    for item in vocabulary:  # page headwords our segmenter cut differently get their own entry
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
            "words": vocabulary,
        },
    }
