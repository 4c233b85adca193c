"""What the pipeline says about a token, worked out once per word type and shared by its tokens.

Most of a token's annotation follows from its text, its normalized form and its jieba tag alone:
its citation reading (unless it is a polyphone or context word), its spoken reading (unless a
neighbour changes it), its gloss, HSK level and frequency rank. A news corpus repeats its words:
after a few thousand articles, 19 tokens in 20 are of a type seen before. So each type is worked
out once, on a ``TokenType``, and the components and the record read it from there; only the
exceptions go through the per-token rules of ``pinyin.py`` and ``gloss.py``:

- a type whose ``citation`` is None has its readings decided by its neighbours (了, 为, 地方);
- a word holding 一/不, and a one-syllable third tone before another third tone (很好), takes its
  spoken tone from the next word.

The types are process-wide and bounded (cleared past ``_TYPES_LIMIT``, so a long run keeps a flat
memory); nothing on them depends on the document, so clearing never changes a result.
"""
from __future__ import annotations

from typing import Sequence

from pipeline.annotate.pinyin import Syllables, context_free_numbers, simplified, spoken_alone


class TokenType:
    """One (text, norm, tag) type. The attributes after ``leaned`` are filled by the stage that
    needs them (the gloss component, the record), the first time it meets the type."""

    __slots__ = ("lookup", "pair", "citation", "spoken", "leaned", "glossed", "fields", "spoken_forms", "vocabulary")

    def __init__(self, lookup: str, tag: str, citation: Syllables | None):
        #: The text readings and glosses are looked up by: the normalized form (full-width marks,
        #: simplified characters) when it keeps one character per character, else the text.
        self.lookup = lookup
        #: (lookup, jieba tag), as the context rules of ``pinyin.py`` read a sentence.
        self.pair = (lookup, tag)
        #: The citation reading when the neighbours cannot change it, else None.
        self.citation = citation
        #: The spoken reading of the word alone (third-tone sandhi inside it), or None when the
        #: next word decides it (一/不) or the citation reading is not fixed; ``leaned``: for a
        #: one-syllable third tone, the second tone it takes before another third tone.
        self.spoken, self.leaned = spoken_alone(lookup, citation) if citation is not None else (None, None)
        #: (glosser, lexicon key, Lexeme or None, one-line gloss) of the citation reading.
        self.glossed: tuple | None = None
        #: (HSK standard, record fields of the citation reading) for ``annotated_record``.
        self.fields: tuple | None = None
        #: ``pinyin.forms`` of ``spoken``, for the record.
        self.spoken_forms: dict | None = None
        #: (lexeme, level, standard, item fields or None) of the last vocabulary-list verdict.
        self.vocabulary: tuple | None = None


_TYPES: dict[tuple[str, str, str], TokenType] = {}
_TYPES_LIMIT = 200_000


def token_types(texts: Sequence[str], norms: Sequence[str], tags: Sequence[str]) -> list[TokenType]:
    """The type of every token, given as parallel lists of texts, norms and jieba tags.

    >>> t = token_types(["行業", "了"], ["行业", "了"], ["n", "ul"])
    >>> t[0].lookup, t[0].citation, t[1].citation
    ('行业', ('hang2', 'ye4'), None)
    """
    get = _TYPES.get
    types = [get(key) for key in zip(texts, norms, tags)]
    if None in types:
        for i, known in enumerate(types):
            if known is None:
                types[i] = _new_type(texts[i], norms[i], tags[i])
    return types


def _new_type(text: str, norm: str, tag: str) -> TokenType:
    key = (text, norm, tag)
    known = _TYPES.get(key)  # a type new to the document may repeat in it
    if known is not None:
        return known
    lookup = norm if len(norm) == len(text) else text
    made = TokenType(lookup, tag, context_free_numbers(simplified(lookup), tag))
    if len(_TYPES) >= _TYPES_LIMIT:
        _TYPES.clear()
    _TYPES[key] = made
    return made
