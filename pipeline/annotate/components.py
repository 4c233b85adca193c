"""spaCy components that fill the ``zh_`` pinyin and gloss attributes of a ``Doc``.

The work is done by the pure functions of ``pinyin.py`` and ``gloss.py``, once per word type where
the type decides it (``token_types.py``); these wrappers walk the sentences for the rest and store
the results, so the ``Doc`` stays the one source of truth. They run on a Doc of any tokenizer: one
that ours did not make has its norms, jieba tags and sentence starts made from it
(``segment.table_from_doc``). Their factories, ``zh_pinyin`` and ``zh_gloss``, are in
``pipeline/factories.py``.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from pipeline.annotate.extensions import check_tokens, state
from pipeline.annotate.gloss import gloss_tokens, shared_glosser
from pipeline.annotate.pinyin import contextual_numbers, spoken_word
from pipeline.annotate.token_types import token_types


class PinyinComponent:
    """Sets the citation and spoken readings of every token, sentence by sentence, and the
    token types (``doc._.zh_types``) the later stages read."""

    def __call__(self, doc: Doc) -> Doc:
        made = state(doc)
        table = made.table
        types = token_types(table.texts, table.norms, table.tags)
        ranges = table.sentence_ranges()
        # Most tokens take their type's readings; the rest are read with their sentence around
        # them: polyphones and context words (citation), 一/不 and one-syllable third tones (spoken).
        citation: list = [t.citation for t in types]
        spoken: list = [t.spoken for t in types]
        outside = ranges[0][0] if ranges else len(types)
        citation[:outside] = spoken[:outside] = [None] * outside  # before the first sentence: none in practice
        firsts = [first for first, _ in ranges]
        sentences: dict[int, list[tuple[str, str]]] = {}  # by first token: (text, tag) of its tokens
        for i in [i for i in range(outside, len(types)) if citation[i] is None]:
            n = bisect_right(firsts, i) - 1
            first, stop = ranges[n]
            sentence = sentences.get(first)
            if sentence is None:
                sentence = sentences[first] = [t.pair for t in types[first:stop]]
            citation[i] = contextual_numbers(sentence, i - first)
        sentence_ends = {stop for _, stop in ranges}
        for i in [
            i for i in range(outside, len(types))
            if (t := types[i]).spoken is None or t.leaned is not None or citation[i] is not t.citation
        ]:
            following = None  # the first character of the next word and its citation reading
            if i + 1 not in sentence_ends:
                next_syllables = citation[i + 1]
                following = (types[i + 1].lookup[0], next_syllables[0] if next_syllables else None)
            spoken[i] = spoken_word(types[i].lookup, citation[i], following)
        made.types = types
        made.lexicon = None
        data = doc.user_data
        data[_STARTS] = table.starts
        data[_PINYIN] = citation
        data[_SPOKEN] = spoken
        for key in (_LEX, _GLOSS):  # made for the readings before these, if any
            data.pop(key, None)
        return doc


_STARTS, _PINYIN, _SPOKEN, _LEX, _GLOSS = (
    ("._.", name, None, None) for name in ("zh_starts", "zh_pinyin_list", "zh_pinyin_spoken_list", "zh_lex_list", "zh_gloss_list")
)


class GlossComponent:
    """Sets every token's lexicon key and one-line gloss, and the ``doc._.zh_lexicon`` map."""

    def __init__(self):
        self.glosser = shared_glosser()

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._
        citation = ext.zh_pinyin_list
        if citation is None:
            raise ValueError("zh_gloss reads the pinyin: add zh_pinyin before it (nlp.add_pipe(\"zh_pinyin\", before=\"zh_gloss\"))")
        check_tokens(doc, "doc._.zh_pinyin_list")
        made = state(doc)
        table = made.table
        glosser = self.glosser
        types = ext.zh_types
        # (glosser, key, lexeme, gloss) of each token: its type's, when read in the type's reading
        glossed = [t.glossed if syllables is t.citation else None for t, syllables in zip(types, citation)]
        for i in [i for i, g in enumerate(glossed) if g is None or g[0] is not glosser]:
            t, syllables = types[i], citation[i]
            readings = syllables or (None,) * len(table.texts[i])
            key, lexeme = gloss_tokens(glosser, [(t.lookup, table.tags[i], table.pos[i])], [readings])[0]
            glossed[i] = (glosser, key, lexeme, lexeme.gloss if lexeme else None)
            if syllables is t.citation and syllables is not None:
                t.glossed = glossed[i]
        keys = [g[1] for g in glossed]
        first_lexeme = {g[1]: g[2] for g in reversed(glossed)}  # of the key's first token
        data = doc.user_data
        data[_LEX] = keys
        data[_GLOSS] = [g[3] for g in glossed]
        made.lexicon = {key: first_lexeme[key] for key in dict.fromkeys(keys) if key is not None}
        return doc


def lexicon_of(doc: Doc) -> dict:
    """The Lexeme of each lex key of ``doc`` (in order of first use), looked up again through the
    process's glosser from the key's first token and its readings: what the gloss component found,
    for a Doc that has travelled without its caches (pickling, DocBin)."""
    check_tokens(doc, "doc._.zh_lex_list")
    table = doc._.zh_table
    types, citation = doc._.zh_types, doc._.zh_pinyin_list
    glosser = shared_glosser()
    lexicon = {}
    for i, key in enumerate(doc._.zh_lex_list):
        if key is None or key in lexicon:
            continue
        readings = citation[i] or (None,) * len(table.texts[i])
        lexicon[key] = gloss_tokens(glosser, [(types[i].lookup, table.tags[i], table.pos[i])], [readings])[0][1]
    return lexicon


def char_readings(doc: Doc, spoken: bool = False) -> list[str | None]:
    """The reading of every character of ``doc.text`` (tone numbers; None where not Han), for
    looking up the pinyin of any span whatever the segmentation.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> char_readings(shared_nlp()("行业，OK"))
    ['hang2', 'ye4', None, None, None]
    """
    check_tokens(doc)
    out: list[str | None] = [None] * len(doc.text)
    readings = doc._.zh_pinyin_spoken_list if spoken else doc._.zh_pinyin_list
    for start, syllables in zip(doc._.zh_table.starts, readings):
        if syllables is None:
            continue
        for k, syllable in enumerate(syllables):
            out[start + k] = syllable
    return out
