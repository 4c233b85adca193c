"""How the annotated record (contract 2.0) writes readings, and how its readers read them back.

A token's reading is written once, as tone numbers: one syllable per character of the token,
separated by spaces, ``-`` for a character that is not Han (``C端`` -> ``"- duan1"``), null for a
token with no Han character. The spoken reading (一/不 and third-tone sandhi) is written only where
it differs. Tone marks and zhuyin are not stored: every reader of the record (the tables, CoNLL-U,
the learner's page) derives them from the numbers with ``marks`` and ``zhuyin`` here, so they
are the same everywhere.

>>> reading_text(("hang2", "ye4")), reading_text((None, "duan1")), reading_text((None, None))
('hang2 ye4', '- duan1', None)
>>> syllables_of("- duan1"), marks_of("- duan1"), zhuyin_of("hang2 ye4")
((None, 'duan1'), 'duān', 'ㄏㄤˊ ㄧㄝˋ')
"""
from __future__ import annotations

from functools import lru_cache

from pipeline.annotate.pinyin import Syllables, marks, zhuyin

#: Written for a character of a token that has no reading (not Han).
NO_READING = "-"


@lru_cache(maxsize=65536)
def reading_text(syllables: Syllables | None) -> str | None:
    """The record's form of a token's readings (a tuple, one item per character)."""
    if syllables is None or not any(syllables):
        return None
    return " ".join(s or NO_READING for s in syllables)


@lru_cache(maxsize=65536)
def syllables_of(reading: str | None) -> Syllables | None:
    """The readings back from the record's form: a tuple with None where not Han."""
    if reading is None:
        return None
    return tuple(None if s == NO_READING else s for s in reading.split(" "))


@lru_cache(maxsize=65536)
def marks_of(reading: str | None) -> str | None:
    """Tone-mark pinyin of a reading, syllables separated by spaces, non-Han left out (as the
    tables and the vocabulary write it)."""
    if reading is None:
        return None
    return " ".join(marks(s) for s in reading.split(" ") if s != NO_READING) or None


@lru_cache(maxsize=65536)
def zhuyin_of(reading: str | None) -> str | None:
    """Zhuyin of a reading, syllables separated by spaces, non-Han left out."""
    if reading is None:
        return None
    return " ".join(zhuyin(s) for s in reading.split(" ") if s != NO_READING) or None


def numbers_of(reading: str | None) -> str | None:
    """Tone numbers of a reading, syllables separated by spaces, non-Han left out."""
    if reading is None:
        return None
    return " ".join(s for s in reading.split(" ") if s != NO_READING) or None


def token_rows(record: dict):
    """The tokens of a record as dicts (``text``, ``start``, ``end``, ``sentence``, ``pos``, ``tag``,
    ``pinyin``, ``spoken``, ``lex``), the spoken reading filled in where it equals the citation.

    >>> from pipeline import api
    >>> [(t["text"], t["pinyin"], t["spoken"]) for t in token_rows(api.annotate_text("一个"))]
    [('一个', 'yi1 ge4', 'yi2 ge4')]
    """
    text, tokens = record["text"], record["tokens"]
    for start, end, sentence, pos, tag, pinyin, spoken, lex in zip(
        tokens["start"], tokens["end"], tokens["sentence"], tokens["pos"], tokens["tag"],
        tokens["pinyin"], tokens["spoken"], tokens["lex"],
    ):
        yield {"text": text[start:end], "start": start, "end": end, "sentence": sentence, "pos": pos, "tag": tag,
               "pinyin": pinyin, "spoken": spoken if spoken is not None else pinyin, "lex": lex}
