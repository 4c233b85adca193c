"""spaCy extension attributes the pipeline uses, all under the ``zh_`` prefix, registered once."""
from __future__ import annotations

from spacy.tokens import Doc, Token

_REGISTERED = False


def _reader(list_name: str):
    def get(token):
        values = getattr(token.doc._, list_name)
        return None if values is None else values[token.i]

    return get


def register() -> None:
    """Register the ``zh_`` extensions (idempotent; called by ``build_nlp``)."""
    global _REGISTERED
    if _REGISTERED:
        return
    # The normalized copy the segmenter read, with its map back to doc.text (normalize.NormalizedText).
    Doc.set_extension("zh_norm", default=None, force=True)
    # Offset of doc.text[0] in the document text, so facts and tokens index the whole document.
    Doc.set_extension("zh_base", default=0, force=True)
    # The tokens as plain lists (segment.TokenTable), set by the tokenizer.
    Doc.set_extension("zh_table", default=None, force=True)
    # Per-token annotations live in lists on the Doc (index = token.i), read through the token
    # attributes below: a spaCy extension write per token costs more than computing the value.
    # zh_pinyin: citation readings, one tone-number syllable per character (None: not Han); see
    # pinyin.py. zh_pinyin_spoken: the same with 一/不 and third-tone sandhi. zh_lex: the token's
    # key in doc._.zh_lexicon (word|reading); zh_gloss: its one-line gloss; see gloss.py.
    for name in ("zh_pinyin", "zh_pinyin_spoken", "zh_lex", "zh_gloss"):
        Doc.set_extension(f"{name}_list", default=None, force=True)
        Token.set_extension(name, getter=_reader(f"{name}_list"), force=True)
    # The type of every token (token_types.TokenType): what it shares with every token of the
    # same text, norm and tag, worked out once per type.
    Doc.set_extension("zh_types", default=None, force=True)
    # (zh_base, the (first token, stop token, start, end) of each sentence), once
    # document.sentence_spans has made them.
    Doc.set_extension("zh_sentence_spans", default=None, force=True)
    # Lexicon entries by key (gloss.Lexeme), shared by the tokens of a word in one reading.
    Doc.set_extension("zh_lexicon", default=None, force=True)
    _REGISTERED = True
