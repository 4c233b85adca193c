"""spaCy components that fill the ``zh_`` pinyin and gloss attributes of a ``Doc``.

The work is done by the pure functions of ``pinyin.py`` and ``gloss.py``; these wrappers only walk
the sentences and store the results, so the ``Doc`` stays the one source of truth.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.gloss import gloss_tokens, shared_glosser
from pipeline.annotate.pinyin import sentence_pinyin


def _lookup_texts(table) -> list[str]:
    # The normalized form is what jieba read (full-width marks, simplified characters); it is used
    # only when it keeps one character per character, so readings stay aligned with token.text.
    return [n if len(n) == len(t) else t for t, n in zip(table.texts, table.norms)]


class PinyinComponent:
    """Sets the citation and spoken readings of every token, sentence by sentence."""

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.zh_table
        lookup = _lookup_texts(table)
        citation: list = [None] * len(lookup)
        spoken: list = [None] * len(lookup)
        for first, stop in table.sentence_ranges():
            cit, spo = sentence_pinyin(list(zip(lookup[first:stop], table.tags[first:stop])))
            citation[first:stop] = cit
            spoken[first:stop] = spo
        doc._.zh_pinyin_list = citation
        doc._.zh_pinyin_spoken_list = spoken
        return doc


class GlossComponent:
    """Sets every token's lexicon key and one-line gloss, and the ``doc._.zh_lexicon`` map."""

    def __init__(self):
        self.glosser = shared_glosser()

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.zh_table
        lexicon = {}
        tokens = list(zip(_lookup_texts(table), table.tags, table.pos))
        readings = [cit or (None,) * len(text) for cit, text in zip(doc._.zh_pinyin_list, table.texts)]
        keys, glosses = [], []
        for key, lexeme in gloss_tokens(self.glosser, tokens, readings):
            keys.append(key)
            glosses.append(lexeme.gloss if lexeme else None)
            if key is not None and key not in lexicon:
                lexicon[key] = lexeme
        doc._.zh_lex_list = keys
        doc._.zh_gloss_list = glosses
        doc._.zh_lexicon = lexicon
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
