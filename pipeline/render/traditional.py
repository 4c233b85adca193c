"""Traditional forms of simplified text, for the page's 繁 switch and the decks (OpenCC ``s2t``).

The text is stored as written; a traditional form is an extra copy made here, character for
character, so it lines up with the offsets of the text it was made from.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import opencc


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """The traditional form of ``text``, character for character (OpenCC s2t, by word so that
    头发 gives 頭髮); a conversion that changes the length falls back to one character at a time.

    >>> traditional("觉得")
    '覺得'
    """
    converted = _s2t().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(t := _s2t().convert(c)) != 1 else t for c in text)


def traditional_words(words: Sequence[str]) -> list[str]:
    """``traditional`` of each word, in one call to OpenCC: a line break ends every phrase OpenCC
    knows, so each word converts as it would alone (头发 -> 頭髮 as a word, 头 / 发 -> 頭 / 發 apart).

    >>> traditional_words(["头发", "发现", "C端"])
    ['頭髮', '發現', 'C端']
    """
    if any("\n" in word for word in words):
        return [traditional(word) for word in words]
    converted = _s2t().convert("\n".join(words)).split("\n")
    if len(converted) != len(words):
        return [traditional(word) for word in words]
    return [t if len(t) == len(w) else traditional(w) for w, t in zip(words, converted)]
