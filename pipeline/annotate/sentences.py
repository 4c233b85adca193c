"""Sentence boundaries for Chinese news.

A sentence ends at 。！？；… (and their ASCII forms, read through the normalized token text), or at a
line break. Closing quotes and brackets after the mark stay with the sentence (。” belongs to the
sentence it closes); an opening quote after the mark starts the next one.
"""
from __future__ import annotations

from spacy.tokens import Doc

SENTENCE_END = frozenset("。！？；…")
CLOSING = frozenset("”’」』）》〉】〕")


def _last_char(token) -> str:
    return token.norm_[-1:]  # the normalized form: 。 for an ASCII full stop after Chinese


class NewsSentencizer:
    """Sets ``is_sent_start`` on every token (a spaCy pipeline component)."""

    def __call__(self, doc: Doc) -> Doc:
        starts = [False] * len(doc)
        pending_end = False  # a sentence-final mark was seen; closing marks may still follow
        need_start = True
        for i, token in enumerate(doc):
            if token.is_space:
                if "\n" in token.text or "\r" in token.text:
                    need_start, pending_end = True, False
                continue
            char = _last_char(token)
            if pending_end and not (char in CLOSING or char in SENTENCE_END):
                need_start = True
                pending_end = False
            if need_start:
                starts[i] = True
                need_start = False
            if char in SENTENCE_END:
                pending_end = True
        for token, start in zip(doc, starts):
            token.is_sent_start = start
        if len(doc):
            doc[0].is_sent_start = True
        return doc
