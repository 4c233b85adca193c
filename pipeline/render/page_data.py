"""The data a learner's page embeds: the part of the record and the lexicon the page shows, compact.

The page's script builds the article (ruby, word boxes), the popups and the lists from this in the
browser, so the page costs about what the record does, not a tree of HTML per character. The
shape (short keys, because every page carries them; ``docs/reader.md`` has the same table):

``text``        the document's text as written; every offset below indexes it (in characters)
``sentences``   ``{"start": [...], "end": [...]}``, the record's sentence columns
``headline``, ``body``  the ``[start, end]`` of the article's headline (or null) and body
``tokens``      the record's token columns the page needs, for the tokens of headline and body:
                ``skip`` (characters from the end of the token before, or from 0, to its start)
                and ``length``; ``lex``, an index into ``lexicon`` (null: no entry);
                ``pinyin``, the reading in tone numbers (``pipeline.record``), 0 where it is the
                reading of the token's lexicon entry (``r``), null where there is none
``spoken``      ``{token index: reading}`` where the spoken reading differs (一/不, third tones)
``trad``        ``{token index: traditional form}`` where the entry's ``t`` does not give it
``numbers``     ``{token index: [characters, pinyin]}``: a number with its unit, read out (399元)
``syllables``   each tone-number syllable of the page -> ``"tone marks zhuyin"`` (``"jue2": "jué ㄐㄩㄝˊ"``)
``lexicon``     one item per word type the page shows: ``r`` reading (tone numbers, Han only),
                ``t`` traditional form (when it differs), ``py`` pinyin (when it is not the marks
                of ``r``), ``g`` gloss (when it is not the first sense of the first entry in
                ``m``), ``h`` HSK level, ``s`` source (none written: cedict; 0: none), ``pn`` proper noun,
                ``gl`` ``[glossary gloss, note]``, ``m`` / ``o`` the dictionary entries whose
                reading matches / the other readings, each ``[pinyin ("" when it is the
                word's), senses, measure words
                [[simplified, traditional, pinyin]], references [[kind, word, pinyin, senses]]]``,
                ``p`` parts of a composed word ``[[word, pinyin, gloss]]``
``vocabulary``  ``{"label", "words": [{"s", "e", "n" (sentence), "x" (lexicon index), "pg" (the
                page's gloss), "w" (the word, when it is not ``text[s:e]``), "t" (its traditional
                form, when the entry does not give it)}]}``
``facts``       the facts panel (``facts_panel.facts_view``)
``context``     characters of a vocabulary word's sentence shown on each side of it
"""
from __future__ import annotations

import operator
import re
from functools import lru_cache

from pypinyin.contrib.tone_convert import to_tone

from pipeline.annotate.lexicon import key_word
from pipeline.annotate.pinyin import marks, number_reading, zhuyin
from pipeline.record import NO_READING, marks_of
from pipeline.render.facts_panel import facts_view
from pipeline.render.traditional import traditional, traditional_words

#: Characters of the source sentence shown on each side of a vocabulary word.
CONTEXT = 14

#: The source of a lexicon entry that does not name one in the page's data.
DEFAULT_SOURCE = "cedict"

#: At most this many senses of a cross-referenced word (a variant's target) are shown.
REFERENCE_SENSES = 3


def _section(document: dict, name: str) -> dict | None:
    return next((s for s in document.get("sections") or [] if s["name"] == name), None)


def article_ranges(annotated: dict) -> tuple[list[int] | None, list[int]]:
    """The ``[start, end]`` of the headline (None when the text has none) and of the body."""
    document = annotated.get("document") or {}
    headline, body = _section(document, "headline"), _section(document, "body")
    chinese = document.get("chinese") or {"start": 0, "end": len(annotated["text"])}
    if headline:
        body_start = body["start"] if body else headline["end"]
        body_end = body["end"] if body else chinese["end"]
        return [headline["start"], headline["end"]], [body_start, body_end]
    return None, [chinese["start"], chinese["end"]]


@lru_cache(maxsize=65536)
def _cedict_syllable(numbered: str) -> str:
    if not numbered[-1:].isdigit():
        return numbered
    marked = to_tone(numbered.lower().replace("u:", "ü"))
    return marked[:1].upper() + marked[1:] if numbered[:1].isupper() else marked


def cedict_marks(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin to tone marks: ``shi2 chang2`` -> ``shí cháng``, ``An4`` -> ``Àn``."""
    return " ".join(_cedict_syllable(s) for s in numbered.split())


def _trimmed(items: list) -> list:
    """An entry row without its empty trailing fields (the page reads a missing one as empty)."""
    while items and not items[-1]:
        items.pop()
    return items


def _entry_row(entry: dict, word_pinyin: str | None) -> list:
    pinyin = cedict_marks(entry.get("pinyin") or "")
    return _trimmed([
        "" if pinyin == word_pinyin else pinyin,  # most entries are read as the word is
        list(entry.get("senses") or []),
        [[c.get("simplified"), c.get("traditional"), cedict_marks(c.get("pinyin") or "")]
         for c in entry.get("classifiers") or []],
        [[r.get("kind"), r.get("word"), cedict_marks(r.get("pinyin") or ""), list(r.get("senses") or [])[:REFERENCE_SENSES]]
         for r in entry.get("refs") or []],
    ])


def _key_reading(key: str) -> str | None:
    """The reading in a lexicon key (``行业|hang2 ye4`` -> ``hang2 ye4``; ``Kimi`` -> None)."""
    word, _ = key_word(key)
    rest = key[len(word) + 1:].split("|", 1)[0] if key.startswith(word + "|") else ""
    return rest if rest and rest != "name" else None


def _lexicon_item(key: str, entry: dict) -> dict:
    """What the popup and the vocabulary list show of a lexicon entry."""
    reading = _key_reading(key)
    word = entry.get("word") or key_word(key)[0]
    item: dict = {}
    if reading:
        item["r"] = reading
    trad = traditional(word)
    if trad != word:
        item["t"] = trad
    pinyin = entry.get("pinyin") or marks_of(reading)
    if pinyin != marks_of(reading):
        item["py"] = pinyin
    glossary = entry.get("glossary")
    entries = entry.get("entries") or []
    matched = [_entry_row(e, pinyin) for e in entries if e.get("matches_reading")]
    gloss = entry.get("gloss")
    fields = {
        # The gloss is most often the first sense of the first entry: the page reads it from there.
        "g": gloss if not (matched and len(matched[0]) > 1 and matched[0][1][:1] == [gloss]) else None,
        "h": entry.get("hsk"),
        # Most words come from CC-CEDICT: that is the source when none is written; 0 is none.
        "s": (entry.get("source") or 0) if entry.get("source") != DEFAULT_SOURCE else None,
        "pn": 1 if entry.get("proper_noun") else None,
        "gl": _trimmed([glossary.get("gloss"), glossary.get("note")]) if glossary else None,
        "m": matched,
        "o": [_entry_row(e, pinyin) for e in entries if not e.get("matches_reading")],
        "p": [_trimmed([p.get("word"), p.get("pinyin"), p.get("gloss")]) for p in entry.get("parts") or []],
    }
    item.update((name, value) for name, value in fields.items() if value is not None and value != [])
    return item


#: What an item is made from: the entry's plain fields, compared by value, and its nested records
#: (entries, parts, glossary), compared by identity.
_SCALARS = ("word", "pinyin", "source", "gloss", "proper_noun", "hsk")
_RECORDS = ("entries", "parts", "glossary")

#: Items made so far, by key: a word's lexicon entry is the same record in every document (a
#: Lexeme builds it once), so a corpus run makes each word's item once, not once per document.
_items: dict[str, tuple[tuple, tuple, dict]] = {}
_ITEMS_LIMIT = 200_000


def lexicon_item(key: str, entry: dict) -> dict:
    """``_lexicon_item``, made once per key and entry. The cache keeps the entry's nested records
    alive, so their identity cannot pass to other records; a record edited in place after it was
    shown would not be seen (the entries are read-only, as the glossary's cache shares them).

    >>> lexicon_item("方法|fang1 fa3", {"word": "方法", "pinyin": "fāng fǎ", "gloss": "method", "hsk": 3,
    ...     "source": "cedict", "entries": [{"pinyin": "fang1 fa3", "matches_reading": True, "senses": ["method"]}]})
    {'r': 'fang1 fa3', 'h': 3, 'm': [['', ['method']]]}
    """
    scalars = tuple(map(entry.get, _SCALARS))
    records = tuple(map(entry.get, _RECORDS))
    cached = _items.get(key)
    if cached is not None and cached[0] == scalars and all(map(operator.is_, cached[1], records)):
        return cached[2]
    if len(_items) >= _ITEMS_LIMIT:
        _items.clear()
    item = _lexicon_item(key, entry)
    _items[key] = (scalars, records, item)
    return item


def _add_readings(syllables: dict, reading: str) -> None:
    for syllable in reading.split(" "):
        if syllable not in syllables and syllable != NO_READING:
            syllables[syllable] = f"{marks(syllable)} {zhuyin(syllable)}"


def _shown_tokens(tokens: dict, ranges: list[list[int]]) -> list[int]:
    """Indexes of the tokens that overlap a shown range (headline, body), in order."""
    starts, ends = tokens["start"], tokens["end"]
    return [i for i in range(len(starts)) if any(ends[i] > a and starts[i] < b for a, b in ranges)]


_DIGIT = re.compile(r"\d")


def page_data(annotated: dict, lexicon: dict, facts: dict | None = None) -> dict:
    """The data the page's script renders: see the module's docstring.

    >>> data = page_data(api.annotate_text("我觉得很好。"), record["lexicon"])  # doctest: +SKIP
    >>> data["syllables"]["jue2"]                                              # doctest: +SKIP
    'jué ㄐㄩㄝˊ'
    """
    text = annotated["text"]
    tokens = annotated["tokens"]
    headline, body = article_ranges(annotated)
    shown = _shown_tokens(tokens, [r for r in (headline, body) if r])
    words = (annotated.get("vocabulary") or {}).get("words") or []
    starts, ends, lexes, readings, spokens = (tokens[name] for name in ("start", "end", "lex", "pinyin", "spoken"))

    keys: dict[str, int] = {}
    for key in [lexes[i] for i in shown] + [w.get("lex") for w in words]:
        if key is not None and key in lexicon and key not in keys:
            keys[key] = len(keys)
    items = [lexicon_item(key, lexicon[key]) for key in keys]
    key_words = [lexicon[key].get("word") or key_word(key)[0] for key in keys]
    syllables: dict[str, str] = {}
    for item in items:
        if "r" in item:
            _add_readings(syllables, item["r"])

    lex_column, pinyin_column = [], []
    spoken, numbers = {}, {}
    unlisted = {}  # tokens whose traditional form their lexicon entry does not give
    for n, i in enumerate(shown):
        index = keys.get(lexes[i])
        reading = readings[i]
        lex_column.append(index)
        word = text[starts[i]:ends[i]]
        if index is not None and reading is not None and reading == items[index].get("r"):
            pinyin_column.append(0)  # its syllables are in the table with the entry's
        else:
            pinyin_column.append(reading)
            if reading is not None:
                _add_readings(syllables, reading)
        if index is None or key_words[index] != word:
            unlisted[n] = word
        if spokens[i] is not None:
            spoken[n] = spokens[i]
            _add_readings(syllables, spokens[i])
        if _DIGIT.search(word):
            # Digits have no pinyin of their own: the popup reads a number with its unit out (399元).
            read_out = number_reading(word)
            if read_out:
                numbers[n] = list(read_out)
    trad_of = {n: t for n, t in zip(unlisted, traditional_words(list(unlisted.values()))) if t != unlisted[n] or
               lex_column[n] is not None}

    # Offsets as steps (characters skipped since the token before, the token's length): one or
    # two digits a token instead of two offsets of four or more.
    skips, end = [], 0
    for i in shown:
        skips.append(tokens["start"][i] - end)
        end = tokens["end"][i]

    vocabulary = None
    if annotated.get("vocabulary") is not None:
        rows = []
        for word in words:
            index = keys.get(word.get("lex"))
            row = {"s": word["start"], "e": word["end"], "n": word.get("sentence"), "x": index}
            if word.get("page_gloss"):
                row["pg"] = word["page_gloss"]
            if text[word["start"]:word["end"]] != word["word"]:
                row["w"] = word["word"]
            if index is None or key_words[index] != word["word"]:
                row["t"] = traditional(word["word"])
            rows.append(row)
        label = _section(annotated.get("document") or {}, "vocabulary")
        vocabulary = {"label": label.get("label") if label else None, "words": rows}

    return {
        "text": text,
        "sentences": {"start": annotated["sentences"]["start"], "end": annotated["sentences"]["end"]},
        "headline": headline,
        "body": body,
        "tokens": {
            "skip": skips,
            "length": [tokens["end"][i] - tokens["start"][i] for i in shown],
            "lex": lex_column,
            "pinyin": pinyin_column,
        },
        "spoken": spoken,
        "trad": trad_of,
        "numbers": numbers,
        "syllables": syllables,
        "lexicon": items,
        "vocabulary": vocabulary,
        "facts": facts_view(facts),
        "context": CONTEXT,
    }
