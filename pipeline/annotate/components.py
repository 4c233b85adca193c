"""spaCy components that fill the ``zh_`` pinyin and gloss attributes of a ``Doc``.

The work is done by the pure functions of ``pinyin.py`` and ``gloss.py``; these wrappers only walk
the sentences and store the results, so the ``Doc`` stays the one source of truth.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.gloss import gloss_tokens, shared_glosser
from pipeline.annotate.pinyin import sentence_pinyin


def _lookup_text(token) -> str:
    # The normalized form is what jieba read (full-width marks); it is used only when it keeps one
    # character per character, so readings stay aligned with token.text.
    return token.norm_ if len(token.norm_) == len(token.text) else token.text


class PinyinComponent:
    """Sets ``token._.zh_pinyin`` and ``token._.zh_pinyin_spoken`` sentence by sentence."""

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            tokens = [(_lookup_text(t), t.tag_) for t in sent]
            citation, spoken = sentence_pinyin(tokens)
            for token, cit, spo in zip(sent, citation, spoken):
                token._.zh_pinyin = cit
                token._.zh_pinyin_spoken = spo
        return doc


class GlossComponent:
    """Sets ``token._.zh_lex`` / ``token._.zh_gloss`` and the ``doc._.zh_lexicon`` map."""

    def __init__(self):
        self.glosser = shared_glosser()

    def __call__(self, doc: Doc) -> Doc:
        lexicon = {}
        tokens = [(_lookup_text(t), t.tag_, t.pos_) for t in doc]
        readings = [t._.zh_pinyin or (None,) * len(t) for t in doc]
        for token, (key, lexeme) in zip(doc, gloss_tokens(self.glosser, tokens, readings)):
            token._.zh_lex = key
            token._.zh_gloss = lexeme.gloss if lexeme else None
            if key is not None and key not in lexicon:
                lexicon[key] = lexeme
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
    for token in doc:
        syllables = token._.zh_pinyin_spoken if spoken else token._.zh_pinyin
        if syllables is None:
            continue
        for k, syllable in enumerate(syllables):
            out[token.idx + k] = syllable
    return out
