"""The lexicon: one entry per word type (``lex`` key), what the dictionaries say about it.

A key is ``word|reading`` (``行业|hang2 ye4``), the bare word when it has no reading (``Kimi``),
with ``|name`` after it when the word was read as a name and that changes its record. A key always
means one entry, so a corpus keeps one lexicon table however many documents use a word, and the
entry can be made again from the key and the reading of any token that has it.
"""
from __future__ import annotations

from pipeline.annotate.gloss import NAME_KEY, Glosser, Lexeme
from pipeline.annotate.levels import freq_rank, hsk_level
from pipeline.annotate.pinyin import Syllables, word_numbers


def lexicon_entry(lexeme: Lexeme, standard: str) -> dict:
    """The lexicon entry of a word type: the dictionaries' record, its HSK level in ``standard``
    and its frequency rank."""
    return {**lexeme.record(), "hsk": hsk_level(lexeme.word, standard), "freq_rank": freq_rank(lexeme.word)}


def key_word(key: str) -> tuple[str, bool]:
    """The word a key is of, and whether it was read as a name.

    >>> key_word("行业|hang2 ye4"), key_word("湖南|hu2 nan2|name"), key_word("Kimi")
    (('行业', False), ('湖南', True), ('Kimi', False))
    """
    name = key.endswith(NAME_KEY)
    if name:
        key = key[: -len(NAME_KEY)]
    return key.split("|", 1)[0], name


def lexeme_of_key(glosser: Glosser, key: str, syllables: Syllables | None) -> Lexeme:
    """The Lexeme a key stands for, given the readings of a token that has the key (one per
    character; None: the word's dictionary readings, as for a page headword found only in the text)."""
    word, name = key_word(key)
    if syllables is None or len(syllables) != len(word):
        syllables = word_numbers(word)
    return glosser.lookup(word, tuple(syllables), name)
