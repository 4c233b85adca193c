"""jieba's part-of-speech tags (the ICTCLAS/PKU set) mapped to Universal POS.

jieba's tag is kept on the token as ``tag``; ``pos`` is the Universal Dependencies tag, following
the conventions of UD_Chinese-GSD (localizers are ADP, classifiers NOUN, aspect 了/着/过 AUX).
"""
from __future__ import annotations

import unicodedata

# By the tag's first letters: the longest listed prefix wins (nr -> PROPN before n -> NOUN).
UPOS_BY_TAG = {
    "a": "ADJ", "ad": "ADV", "an": "NOUN", "ag": "ADJ",
    "b": "ADJ",
    "c": "CCONJ",
    "d": "ADV", "dg": "ADV",
    "e": "INTJ",
    "eng": "X",
    "f": "ADP",
    "g": "X",
    "h": "PART",
    "i": "VERB",
    "j": "PROPN",
    "k": "PART",
    "l": "VERB",
    "m": "NUM", "mq": "NUM",
    "n": "NOUN", "ng": "NOUN", "nr": "PROPN", "nrfg": "PROPN", "nrt": "PROPN", "ns": "PROPN",
    "nt": "PROPN", "nz": "PROPN",
    "o": "ADV",
    "p": "ADP",
    "q": "NOUN",
    "r": "PRON", "rg": "PRON", "rr": "PRON", "rz": "PRON",
    "s": "NOUN",
    "t": "NOUN", "tg": "NOUN",
    "u": "PART", "ud": "PART", "ug": "AUX", "uj": "PART", "ul": "AUX", "uv": "PART", "uz": "AUX",
    "v": "VERB", "vd": "VERB", "vg": "VERB", "vi": "VERB", "vn": "NOUN", "vq": "VERB",
    "x": "X",
    "y": "PART",
    "z": "ADJ", "zg": "ADJ",
}


def upos_for(tag: str, word: str) -> str:
    """Universal POS for a jieba tag; punctuation, symbols and spaces are told by the word itself.

    >>> upos_for("nr", "朱啸虎"), upos_for("x", "，"), upos_for("m", "399元")
    ('PROPN', 'PUNCT', 'NUM')
    """
    if tag not in _BY_WORD:
        upos = _BY_TAG.get(tag)
        if upos is None:
            upos = _BY_TAG[tag] = _upos_of_tag(tag)
        return upos
    if word.isspace():
        return "SPACE"
    category = unicodedata.category(word[0]) if word else "X"
    if category.startswith("P"):
        return "PUNCT"
    if category.startswith("S"):
        return "SYM"
    if category.startswith("N"):
        return "NUM"
    return "X"


def tag_upos(tag: str) -> str | None:
    """Universal POS for a jieba tag, or None for the tags whose words decide it (``x``:
    punctuation, symbols and spaces).

    >>> tag_upos("nr"), tag_upos("x")
    ('PROPN', None)
    """
    return None if tag in _BY_WORD else upos_for(tag, "")


# Tags whose UPOS depends on the word (jieba tags punctuation, symbols and spaces all "x").
_BY_WORD = frozenset({"x", "w", ""})
_BY_TAG: dict[str, str] = {}


def _upos_of_tag(tag: str) -> str:
    for end in range(len(tag), 0, -1):
        upos = UPOS_BY_TAG.get(tag[:end])
        if upos:
            return upos
    return "X"
