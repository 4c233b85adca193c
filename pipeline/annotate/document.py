"""A Document through the nlp, and the ``annotated.json`` record of the result."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.extensions import check_tokens, state
from pipeline.annotate.gloss import shared_glosser
from pipeline.annotate.levels import (
    DEFAULT_STANDARD,
    LEVELS,
    STANDARD_NAMES,
    check_standard,
)
from pipeline.annotate.lexicon import lexeme_of_key, lexicon_entry
from pipeline.annotate.vocabulary import DEFAULT_LEVEL, vocabulary_list
from pipeline.config import SCHEMA_VERSION
from pipeline.errors import UsageError
from pipeline.annotate.document_block import document_record  # noqa: F401 - the record's document block
from pipeline.models import Document
from pipeline.record import reading_text


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


def annotated_record(
    document: Document,
    doc: Doc,
    vocabulary_level: int = DEFAULT_LEVEL,
    hsk_standard: str = DEFAULT_STANDARD,
) -> dict:
    """The annotated.json record (contract 2.0); every offset indexes ``document.text``.

    Sentences and tokens are columns (one list per field, a row per token: ``pandas.DataFrame(
    record["tokens"])`` is the token table). Per token: offsets, sentence, UPOS and jieba tags,
    ``pinyin`` (tone numbers, see ``pipeline.record``), ``spoken`` (only where the spoken reading
    differs) and ``lex``, the word type's key. What belongs to the word type (glosses, dictionary
    entries, HSK level, frequency) is in the lexicon (``document_lexicon``; a corpus run's
    ``tables/lexicon``), not here.
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
    spans = sentence_spans(doc)
    texts = table.texts
    sentence_of: list[int | None] = [None] * len(texts)
    for n, (first, stop, _, _) in enumerate(spans):
        sentence_of[first:stop] = [n] * (stop - first)
    # White space between sentences and inside them is not a token of the record.
    kept = [i for i, (text, n) in enumerate(zip(texts, sentence_of)) if n is not None and not text.isspace()]
    starts, pos, tags, keys = table.starts, table.pos, table.tags, ext.zh_lex_list
    citation, spoken = ext.zh_pinyin_list, ext.zh_pinyin_spoken_list
    token_starts = [base + starts[i] for i in kept]
    tokens = {
        "start": token_starts,
        "end": [s + len(texts[i]) for s, i in zip(token_starts, kept)],
        "sentence": [sentence_of[i] for i in kept],
        "pos": [pos[i] for i in kept],
        "tag": [tags[i] for i in kept],
        "pinyin": [reading_text(citation[i]) for i in kept],
        "spoken": [None if spoken[i] == citation[i] else reading_text(spoken[i]) for i in kept],
        "lex": [keys[i] for i in kept],
    }
    vocabulary = vocabulary_list(
        doc, document, [(start, end) for _, _, start, end in spans], shared_glosser(), vocabulary_level, standard
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_record(document),
        "text": document.text,
        "sentences": {"start": [span[2] for span in spans], "end": [span[3] for span in spans]},
        "tokens": tokens,
        "vocabulary": {
            "level": vocabulary_level,
            "hsk_standard": STANDARD_NAMES[standard],
            "words": [_vocabulary_word(item) for item in vocabulary],
        },
    }


#: The fields of a vocabulary item the record keeps: the rest belongs to the word type (lexicon).
_VOCABULARY_FIELDS = ("word", "lex", "start", "end", "sentence", "page_gloss", "segmented")


def _vocabulary_word(item: dict) -> dict:
    return {name: item[name] for name in _VOCABULARY_FIELDS if name in item}


def document_lexicon(doc: Doc, record: dict, hsk_standard: str = DEFAULT_STANDARD) -> dict[str, dict]:
    """The lexicon entry of every ``lex`` key the record uses (tokens, then vocabulary), in order
    of first use: what a record read on its own needs (the ``annotate`` command and the Python
    API add it as ``record["lexicon"]``; a corpus run keeps one table for the corpus instead)."""
    standard = check_standard(hsk_standard)
    lexemes = doc._.zh_lexicon or {}
    glosser = shared_glosser()
    out: dict[str, dict] = {}
    for key in record["tokens"]["lex"]:
        if key is not None and key not in out:
            out[key] = lexicon_entry(lexemes[key], standard)
    for word in record["vocabulary"]["words"]:
        key = word.get("lex")
        if key is not None and key not in out:
            lexeme = lexemes.get(key) or lexeme_of_key(glosser, key, None)
            out[key] = lexicon_entry(lexeme, standard)
    return out
