"""Sentence boundaries for Chinese news.

A sentence ends at 。！？；… (and their ASCII forms, read through the normalized word text), or at a
line break. Closing quotes and brackets after the mark stay with the sentence (。” belongs to the
sentence it closes); an opening quote after the mark starts the next one.
"""
from __future__ import annotations

SENTENCE_END = frozenset("。！？；…")
CLOSING = frozenset("”’」』）》〉】〕")


def sentence_starts(words: list[str]) -> list[bool]:
    """For each word (in its normalized form), whether it starts a sentence.

    >>> sentence_starts(["“", "好", "。", "”", "在", "\\n", "标题"])
    [True, False, False, False, True, False, True]
    """
    starts = [False] * len(words)
    pending_end = False  # a sentence-final mark was seen; closing marks may still follow
    need_start = True
    for i, word in enumerate(words):
        if not word or word.isspace():
            if "\n" in word or "\r" in word:
                need_start, pending_end = True, False
            continue
        char = word[-1]
        if pending_end and char not in CLOSING and char not in SENTENCE_END:
            need_start, pending_end = True, False
        if need_start:
            starts[i] = True
            need_start = False
        if char in SENTENCE_END:
            pending_end = True
    if words:
        starts[0] = True
    return starts
