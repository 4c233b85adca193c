"""spaCy components that fill the ``zh_`` pinyin and gloss attributes of a ``Doc``.

The work is done by the pure functions of ``pinyin.py`` and ``gloss.py``, once per word type where
the type decides it (``token_types.py``); these wrappers walk the sentences for the rest and store
the results, so the ``Doc`` stays the one source of truth.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.gloss import gloss_tokens, shared_glosser
from pipeline.annotate.pinyin import contextual_numbers, spoken_word
from pipeline.annotate.token_types import token_types


class PinyinComponent:
    """Sets the citation and spoken readings of every token, sentence by sentence, and the
    token types (``doc._.zh_types``) the later stages read."""

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.zh_table
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
        ext = doc._
        ext.zh_types = types
        ext.zh_pinyin_list = citation
        ext.zh_pinyin_spoken_list = spoken
        return doc


class GlossComponent:
    """Sets every token's lexicon key and one-line gloss, and the ``doc._.zh_lexicon`` map."""

    def __init__(self):
        self.glosser = shared_glosser()

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._
        table = ext.zh_table
        glosser = self.glosser
        types, citation = ext.zh_types, ext.zh_pinyin_list
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
        ext.zh_lex_list = keys
        ext.zh_gloss_list = [g[3] for g in glossed]
        ext.zh_lexicon = {key: first_lexeme[key] for key in dict.fromkeys(keys) if key is not None}
        return doc


@Language.factory("zh_pinyin")
def _make_pinyin(nlp: Language, name: str):
    return PinyinComponent()


@Language.factory("zh_gloss")
def _make_gloss(nlp: Language, name: str):
    return GlossComponent()


def char_readings(doc: Doc, spoken: bool = False) -> list[str | None]:
    """The reading of every character of ``doc.text`` (tone numbers; None where not Han), for
    looking up the pinyin of any span whatever the segmentation.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> char_readings(shared_nlp()("行业，OK"))
    ['hang2', 'ye4', None, None, None]
    """
    out: list[str | None] = [None] * len(doc.text)
    readings = doc._.zh_pinyin_spoken_list if spoken else doc._.zh_pinyin_list
    for start, syllables in zip(doc._.zh_table.starts, readings):
        if syllables is None:
            continue
        for k, syllable in enumerate(syllables):
            out[start + k] = syllable
    return out
