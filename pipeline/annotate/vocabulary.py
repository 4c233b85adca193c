"""The learner's vocabulary list: the words of a document a learner at a given HSK level would need.

A word is listed when the HSK standard puts it above the learner's level, or does not list it and
it is not just HSK words at or below the level put together (很大, 年轻人), in order of first appearance, with its pinyin, gloss, level and the sentence it first appears in.
Punctuation, numbers, Latin-only words and names of people and places are left out; glossary terms
(月之暗面, 大模型) stay in even when they are proper nouns, because a reader of tech news needs them.

A page that brings its own word list (the seed's 単語) has every headword listed whatever its level,
with the page's gloss beside ours; a headword our segmentation cut differently (经济新闻 inside
《每日经济新闻》) is found in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from typing import Sequence

from spacy.tokens import Doc

from pipeline import config
from pipeline.annotate.gloss import Glosser, lexicon_key
from pipeline.annotate.levels import freq_rank, hsk_level
from pipeline.annotate.pinyin import marks_text, word_numbers
from pipeline.models import Document

#: Default learner level: a learner who has passed HSK 4 (about 3,000 words under HSK 3.0) reads
#: news with help; the list is what they would look up.
DEFAULT_LEVEL = config.DEFAULT_VOCABULARY_LEVEL

_SKIP_POS = frozenset({"PUNCT", "NUM", "SYM", "SPACE", "X"})


def _sentence_of(sentences: Sequence[tuple[int, int]], offset: int) -> int | None:
    n = bisect_right(sentences, (offset, _AFTER_ANY)) - 1  # sentences are sorted and disjoint
    if n >= 0 and sentences[n][0] <= offset < sentences[n][1]:
        return n
    return None


_AFTER_ANY = float("inf")


def _known_parts(word: str, level: int, standard: str) -> bool:
    """True when ``word`` splits into HSK words all at or below ``level`` (很大, 想出, 年轻人): a
    learner at that level reads it from its parts."""
    i = 0
    while i < len(word):
        for j in range(len(word), i, -1):
            part_level = hsk_level(word[i:j], standard)
            if part_level is not None:
                if part_level > level:
                    return False
                i = j
                break
        else:
            return False
    return True


def _item_fields(word: str, key: str | None, lexeme, syllables, standard: str) -> dict:
    """A vocabulary item's fields that follow from the word and its reading."""
    return {
        "word": word,
        "pinyin": marks_text(tuple(syllables)),
        "gloss": lexeme.gloss if lexeme else None,
        "lex": key,
        "hsk": hsk_level(word, standard),
        "freq_rank": freq_rank(word),
    }


def _listed_fields(word: str, pos: str, key: str, lexeme, syllables, level: int, standard: str) -> dict | None:
    """The item fields of a token the list takes, else None."""
    if pos in _SKIP_POS or not _HAN.search(word):
        return None
    if _DIGIT.search(word):  # 3月, 365天: the number is not vocabulary
        return None
    if lexeme.proper_noun and lexeme.source != "glossary":
        return None
    word_level = hsk_level(word, standard)
    if word_level is not None and word_level <= level:
        return None
    if word_level is None and lexeme.source != "glossary" and _known_parts(word, level, standard):
        return None
    return _item_fields(word, key, lexeme, syllables, standard)


def _page_entries(document: Document) -> list:
    for section in document.sections:
        if section.name == "vocabulary" and section.entries:
            return list(section.entries)
    return []


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_DIGIT = re.compile(r"\d")


def vocabulary_list(
    doc: Doc,
    document: Document,
    sentences: Sequence[tuple[int, int]],
    glosser: Glosser,
    level: int = DEFAULT_LEVEL,
    standard: str = "2025",
) -> list[dict]:
    """Vocabulary items of an annotated document, in order of first appearance.

    ``sentences`` are the (start, end) document offsets of the annotated sentences.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> from pipeline.annotate.gloss import shared_glosser
    >>> from pipeline.models import Document
    >>> d = Document("x", "商业化如何落地？", "x", "", "txt", (0, 8))
    >>> doc = shared_nlp()(d.text)
    >>> [(v["word"], v["pinyin"]) for v in vocabulary_list(doc, d, [(0, 8)], shared_glosser())]
    [('商业化', 'shāng yè huà'), ('如何', 'rú hé'), ('落地', 'luò dì')]
    """
    ext = doc._
    base = ext.zh_base
    lexicon = ext.zh_lexicon or {}
    items: dict[str, dict] = {}

    def item(fields: dict, start: int) -> dict:
        n = _sentence_of(sentences, start)
        return {
            **fields,
            "start": start,
            "end": start + len(fields["word"]),
            "sentence": n,
            "sentence_text": document.text[sentences[n][0] : sentences[n][1]] if n is not None else None,
        }

    table = ext.zh_table
    keys, readings, types = ext.zh_lex_list, ext.zh_pinyin_list, ext.zh_types
    for i, word in enumerate(table.texts):
        if word in items:
            continue
        key = keys[i]
        lexeme = lexicon.get(key) if key else None
        if lexeme is None:
            continue
        syllables, t = readings[i], types[i]
        # A type read in its own reading gets the same verdict in every document: kept on it.
        cached = t.vocabulary if syllables is t.citation else None
        if cached is not None and cached[0] is lexeme and cached[1] == level and cached[2] == standard:
            fields = cached[3]
        else:
            fields = _listed_fields(word, table.pos[i], key, lexeme, syllables, level, standard)
            if syllables is t.citation:
                t.vocabulary = (lexeme, level, standard, fields)
        if fields is not None:
            items[word] = item(fields, base + table.starts[i])

    # The page's own list: every headword, found as a token or in the text.
    chinese_start, chinese_end = document.chinese
    for entry in _page_entries(document):
        word = entry.headword
        found = items.get(word)
        if found is None:
            i = next((i for i, text in enumerate(table.texts) if text == word), None)
            if i is not None:
                key = keys[i]
                found = item(_item_fields(word, key, lexicon.get(key), readings[i], standard), base + table.starts[i])
            else:
                at = document.text.find(word, chinese_start, chinese_end)
                if at < 0:
                    at = entry.start  # only in the list itself: place it at the list
                syllables = word_numbers(word)
                lexeme = glosser.lookup(word, syllables)
                found = item(_item_fields(word, lexicon_key(word, syllables), lexeme, syllables, standard), at)
                found["segmented"] = False  # our segmenter cut this headword differently
            items[word] = found
        found["page_gloss"] = entry.gloss
    return sorted(items.values(), key=lambda v: v["start"])
