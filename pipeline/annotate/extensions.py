"""spaCy extension attributes the pipeline uses, all under the ``zh_`` prefix, registered once."""
from __future__ import annotations

from spacy.tokens import Doc, Token

_REGISTERED = False


def register() -> None:
    """Register the ``zh_`` extensions (idempotent; called by ``build_nlp``)."""
    global _REGISTERED
    if _REGISTERED:
        return
    # The normalized copy the segmenter read (same length mapping lives in normalize.NormalizedText).
    Doc.set_extension("zh_norm", default=None, force=True)
    # Offset of doc.text[0] in the document text, so facts and tokens index the whole document.
    Doc.set_extension("zh_base", default=0, force=True)
    # Citation readings of the token, one tone-number syllable per character (None: not Han);
    # see pinyin.py. The spoken layer applies 一/不 and third-tone sandhi.
    Token.set_extension("zh_pinyin", default=None, force=True)
    Token.set_extension("zh_pinyin_spoken", default=None, force=True)
    # The token's key in doc._.zh_lexicon (word|reading), and its one-line gloss; see gloss.py.
    Token.set_extension("zh_lex", default=None, force=True)
    Token.set_extension("zh_gloss", default=None, force=True)
    # Lexicon entries by key (gloss.Lexeme), shared by the tokens of a word in one reading.
    Doc.set_extension("zh_lexicon", default=None, force=True)
    _REGISTERED = True
