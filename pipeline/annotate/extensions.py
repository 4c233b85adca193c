"""spaCy extension attributes the pipeline uses, all under the ``zh_`` prefix, registered once, and
the per-``Doc`` state behind them.

A ``Doc`` holds two kinds of state:

- **Plain data** in ``doc.user_data`` (the extensions with a default): lists of str, int and None,
  fact records as JSON-like dicts. It is what a ``Doc`` is worth keeping, and it goes through
  pickling, ``doc.to_bytes()`` and ``DocBin(store_user_data=True)`` at a size proportional to
  the text: ``zh_base``, ``zh_starts`` (the token starts the per-token lists were made for),
  ``zh_pinyin_list``, ``zh_pinyin_spoken_list``, ``zh_lex_list``, ``zh_gloss_list``,
  ``zh_facts``, ``zh_reference_date`` and ``zh_segmented``.
- **Derived caches**, process-local, in a ``WeakKeyDictionary`` keyed by the ``Doc`` (a
  ``DocState``) and read through getter-only extensions: the token table, the normalized text,
  the token types, the sentence spans, the lexicon entries and the facts as models. They point
  into tables the whole process shares (the glosser, CC-CEDICT, the token types), so they stay out
  of the ``Doc``; when a ``Doc`` has none (unpickling, ``doc.copy()``, a ``DocBin``, made by
  another tokenizer) they are made again from the ``Doc`` and its plain data.
"""
from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span, Token

_REGISTERED = False

#: Extensions stored in ``doc.user_data``: (name, what it holds).
PLAIN = (
    # Offset of doc.text[0] in the document text, so facts and tokens index the whole document.
    "zh_base",
    # True when the jieba tokenizer made the Doc: its token norms, tags and sentence starts are
    # the segmenter's (a Doc from another tokenizer has them made again by the components).
    "zh_segmented",
    # The token starts (token.idx) the per-token lists below were made for: a retokenized Doc
    # no longer matches them, and reading them then is an error, not a silent shift.
    "zh_starts",
    # zh_pinyin_list: citation readings, one tone-number syllable per character (None: not Han);
    # see pinyin.py. zh_pinyin_spoken_list: the same with 一/不 and third-tone sandhi.
    # zh_lex_list: each token's key in doc._.zh_lexicon (word|reading); zh_gloss_list: its
    # one-line gloss; see gloss.py.
    "zh_pinyin_list", "zh_pinyin_spoken_list", "zh_lex_list", "zh_gloss_list",
    # The fact records (facts.json's, without the sentence index), and the date relative dates
    # were resolved against; the facts are also the spans of doc.spans["facts"].
    "zh_facts", "zh_reference_date",
)
_PER_TOKEN = ("zh_pinyin", "zh_pinyin_spoken", "zh_lex", "zh_gloss")


class DocState:
    """The process-local caches of one Doc (see the module docstring). ``length`` and ``last``
    (the number of tokens and the last token's start when it was made) tell a retokenized Doc,
    whose caches are made again."""

    __slots__ = ("length", "last", "text", "table", "norm", "types", "sentences", "lexicon", "facts", "__weakref__")

    def __init__(self, length: int, last: int, text: str, table, norm):
        self.length = length
        self.last = last
        #: doc.text, and the tokens as plain lists (segment.TokenTable).
        self.text = text
        self.table = table
        #: The normalized copy the segmenter read, with its map back to doc.text (normalize.NormalizedText).
        self.norm = norm
        #: The type of every token (token_types.TokenType), once the pinyin component has run.
        self.types: list | None = None
        #: (zh_base, the (first token, stop token, start, end) of each sentence), once
        #: document.sentence_spans has made them.
        self.sentences: tuple | None = None
        #: Lexicon entries by key (gloss.Lexeme), shared by the tokens of a word in one reading.
        self.lexicon: dict | None = None
        #: (reference date, zh_base, the fact models) as the facts component made them.
        self.facts: tuple | None = None


_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def set_state(doc: Doc, text: str, table, norm) -> DocState:
    """Keep a fresh state for ``doc`` (the tokenizer's, or one made again from the Doc)."""
    made = DocState(len(table.starts), table.starts[-1] if table.starts else 0, text, table, norm)
    _STATES[doc] = made
    return made


def state(doc: Doc) -> DocState:
    """The caches of ``doc``, made again from the Doc when it has none or was retokenized since."""
    made = _STATES.get(doc)
    n = len(doc)
    if made is None or made.length != n or (n and made.last != doc[n - 1].idx):
        from pipeline.annotate.segment import table_from_doc

        made = set_state(doc, *table_from_doc(doc))
        _restore_plain(doc)
    return made


def _restore_plain(doc: Doc) -> None:
    """Give the per-token readings back their tuples: msgpack (``to_bytes``, ``DocBin``) returns
    arrays as lists or as tuples, and the glosser's caches need hashable readings."""
    data = doc.user_data
    for name in ("zh_pinyin_list", "zh_pinyin_spoken_list"):
        key = ("._.", name, None, None)
        values = data.get(key)
        if values is not None:
            data[key] = [None if v is None else tuple(v) for v in values]
    for name in ("zh_lex_list", "zh_gloss_list", "zh_starts"):
        key = ("._.", name, None, None)
        values = data.get(key)
        if values is not None and not isinstance(values, list):
            data[key] = list(values)
    key = ("._.", "zh_facts", None, None)
    if isinstance(data.get(key), tuple):
        data[key] = list(data[key])


def stale_message(doc: Doc, what: str, i: int | None = None) -> str:
    """What went wrong when per-token annotations no longer fit the Doc's tokens, and the fix."""
    starts = doc._.zh_starts
    made = f"{len(starts)} tokens" if starts is not None else "no tokens"
    where = ""
    if i is not None and i < len(doc):
        where = f" (token {i} {doc[i].text!r} starts at {doc[i].idx}"
        where += f", the annotation's token {i} at {starts[i]})" if starts is not None and i < len(starts) else ")"
    return (
        f"{what} was made for another tokenization of this Doc ({made}; the Doc has {len(doc)}){where}: "
        "the tokens changed after the components ran (doc.retokenize(), or a Doc made by another "
        "tokenizer); run the components again on the new Doc: for _, proc in nlp.pipeline: doc = proc(doc)"
    )


def check_tokens(doc: Doc, what: str = "the pinyin and gloss annotation") -> None:
    """Raise a ValueError when the per-token lists were made for other tokens than the Doc's."""
    table = state(doc).table  # first: it gives the plain lists back their types
    starts = doc._.zh_starts
    if starts is None:
        return
    if starts is not table.starts and starts != table.starts:
        first = next((i for i, (a, b) in enumerate(zip(starts, table.starts)) if a != b), min(len(starts), len(doc)))
        raise ValueError(stale_message(doc, what, first))


def _reader(name: str):
    key = ("._.", f"{name}_list", None, None)
    starts_key = ("._.", "zh_starts", None, None)

    def get(token):
        doc = token.doc
        data = doc.user_data
        values = data.get(key)
        if values is None:
            return None
        starts = data.get(starts_key)
        i = token.i
        if starts is None or len(starts) != len(doc) or starts[i] != token.idx:
            raise ValueError(stale_message(doc, f"token._.{name}", i))
        value = values[i]
        return tuple(value) if isinstance(value, list) else value

    return get


def _derived(attribute: str):
    def get(doc):
        return getattr(state(doc), attribute)

    return get


def _lexicon(doc) -> dict | None:
    """The Lexeme of each lex key; made again from the keys and readings through the process's
    glosser when the Doc has travelled (the same entries the gloss component found)."""
    made = state(doc)
    if made.lexicon is None and doc._.zh_lex_list is not None:
        from pipeline.annotate.components import lexicon_of

        made.lexicon = lexicon_of(doc)
    return made.lexicon


def _types(doc) -> list | None:
    made = state(doc)
    if made.types is None and doc._.zh_pinyin_list is not None:
        from pipeline.annotate.token_types import token_types

        table = made.table
        made.types = token_types(table.texts, table.norms, table.tags)
    return made.types


def _fact_of(span) -> dict | None:
    """The fact record of a span of doc.spans["facts"] (or any span over a fact's text with its
    type as the label): the record with the span's type whose text the span covers."""
    doc = span.doc
    records = doc._.zh_facts
    if not records:
        return None
    base = doc._.zh_base or 0
    label = span.label_.lower()
    start, end = span.start_char + base, span.end_char + base
    inside = None
    for record in records:
        if record["type"] != label:
            continue
        if record["start"] == start and record["end"] == end:
            return record
        if inside is None and start <= record["start"] and record["end"] <= end:
            inside = record  # a fact not on token boundaries has the tokens around it as its span
    return inside


def register() -> None:
    """Register the ``zh_`` extensions (idempotent; called by ``build_nlp`` and the components)."""
    global _REGISTERED
    if _REGISTERED:
        return
    for name in PLAIN:
        Doc.set_extension(name, default=0 if name == "zh_base" else False if name == "zh_segmented" else None, force=True)
    for name in _PER_TOKEN:
        Token.set_extension(name, getter=_reader(name), force=True)
    # Derived, process-local: read only (made again from the Doc when missing).
    Doc.set_extension("zh_table", getter=_derived("table"), force=True)
    Doc.set_extension("zh_norm", getter=_derived("norm"), force=True)
    Doc.set_extension("zh_types", getter=_types, force=True)
    Doc.set_extension("zh_lexicon", getter=_lexicon, force=True)
    Span.set_extension("zh_fact", getter=_fact_of, force=True)
    _REGISTERED = True
