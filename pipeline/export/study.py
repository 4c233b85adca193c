"""Study exports of a document's vocabulary: an Anki deck (``.apkg``) and a TSV for Anki and Pleco.

Both are deterministic: the same vocabulary gives the same bytes. Deck, model and note ids come
from hashes of the document id and the word, the timestamps are fixed, and the ``.apkg`` zip is
written with fixed member dates.
"""
from __future__ import annotations

import hashlib
import html
import io
import itertools
import sqlite3
import zipfile
from collections.abc import Iterator
from functools import lru_cache

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from pipeline.render.page_data import CONTEXT
from pipeline.render.traditional import traditional_words

#: Notes and cards carry this time (2024-01-01T00:00:00Z), not the time of the run.
TIMESTAMP = 1704067200
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _id(*parts: str) -> int:
    """A stable id in Anki's range (below 2**31 is safe for models and decks)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


CSS = """
.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: center; color: #1d1d1f; background: #fffdf8; }
.hz { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 48px; margin: 12px 0; }
.sent { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 20px; color: #444; text-align: left; margin: 12px auto; max-width: 36em; }
.sent b { color: #b3261e; }
.py { font-size: 24px; margin: 8px 0; }
.gl { font-size: 20px; }
.pg, .meta { color: #5f6368; font-size: 15px; margin-top: 6px; }
"""

MODEL = genanki.Model(
    _id("zh-news-pipeline", "vocabulary model", "1"),
    "zh-news-pipeline vocabulary",
    fields=[{"name": n} for n in ("Hanzi", "Traditional", "Pinyin", "Gloss", "PageGloss", "HSK", "Sentence", "Source")],
    templates=[{
        "name": "Recognition",
        "qfmt": '<div class="hz">{{Hanzi}}</div><div class="sent">{{Sentence}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="py">{{Pinyin}}</div><div class="gl">{{Gloss}}</div>'
                '{{#PageGloss}}<div class="pg">page: {{PageGloss}}</div>{{/PageGloss}}'
                '<div class="meta">{{#Traditional}}{{Traditional}} · {{/Traditional}}HSK {{HSK}} · {{Source}}</div>',
    }],
    css=CSS,
)


def sentence_text(annotated: dict, word: dict) -> str:
    """The text of the sentence a vocabulary word was found in ("" when it has none)."""
    index, sentences = word.get("sentence"), annotated.get("sentences") or {"start": [], "end": []}
    if index is None or index >= len(sentences["start"]):
        return ""
    return annotated["text"][sentences["start"][index]:sentences["end"][index]]


def sentence_window(annotated: dict, word: dict, context: int = CONTEXT) -> tuple[str, str, str]:
    """The word in its sentence as the page's vocabulary list shows it: up to ``context``
    characters on each side, ``…`` where the sentence is cut; ``(before, word, after)``. This
    occurrence of the word (its offset), or the first one; the whole sentence as ``before`` when
    the word is not in it.

    >>> sentence_window({"text": "今年三月末，月之暗面的Kimi持续扩容和优化。", "sentences": {"start": [0], "end": [23]}},
    ...                 {"word": "扩容", "start": 17, "sentence": 0}, context=6)
    ('…Kimi持续', '扩容', '和优化。')
    """
    text = sentence_text(annotated, word)
    target = word["word"]
    at = word["start"] - annotated["sentences"]["start"][word["sentence"]] if text else -1
    if at < 0 or text[at:at + len(target)] != target:
        at = text.find(target)
    if at < 0:
        return text, "", ""
    before, after = text[:at], text[at + len(target):]
    return (("…" if len(before) > context else "") + before[max(0, len(before) - context):], target,
            after[:context] + ("…" if len(after) > context else ""))


def _sentence_html(annotated: dict, word: dict) -> str:
    """The word's window of its sentence (``sentence_window``), escaped, with the word in bold."""
    before, target, after = sentence_window(annotated, word)
    if not target:
        return html.escape(before)
    return f"{html.escape(before)}<b>{html.escape(target)}</b>{html.escape(after)}"


def _entry(lexicon: dict, word: dict) -> dict:
    """The lexicon entry of a vocabulary word (pinyin, gloss, HSK level); {} when it has none."""
    key = word.get("lex")
    return (lexicon.get(key) if key is not None else None) or {}


def _hsk(level: int | None) -> str:
    return "7–9" if level == 7 else str(level) if level else "—"


def vocabulary_apkg(annotated: dict, lexicon: dict) -> bytes:
    """The vocabulary as an Anki package: one note per word (headword, pinyin, gloss, the page's
    gloss, HSK level, the word in its sentence, bold, in the window the page shows).

    >>> record = api.annotate_text("他们在服务高峰期提供更多选择。")          # doctest: +SKIP
    >>> vocabulary_apkg(record, record["lexicon"])[:2]                      # doctest: +SKIP
    b'PK'
    """
    document = annotated.get("document") or {}
    doc_id = document.get("id") or "document"
    title = document.get("title") or doc_id
    deck = genanki.Deck(_id("zh-news-pipeline", "deck", doc_id), f"zh-news::{doc_id}", description=html.escape(title))
    deck.add_model(MODEL)
    notes = []
    words = (annotated.get("vocabulary") or {}).get("words") or []
    for word, trad in zip(words, traditional_words([word["word"] for word in words])):
        entry = _entry(lexicon, word)
        fields = [
            html.escape(word["word"]), html.escape(trad if trad != word["word"] else ""),
            html.escape(entry.get("pinyin") or ""), html.escape(entry.get("gloss") or ""),
            html.escape(word.get("page_gloss") or ""), html.escape(_hsk(entry.get("hsk"))),
            _sentence_html(annotated, word), html.escape(title),
        ]
        tags = [f"hsk{entry['hsk']}" if entry.get("hsk") else "not-hsk", "zh-news"]
        notes.append((genanki.guid_for(doc_id, word["word"], word.get("lex") or ""), fields, tags))
    return _package_bytes(deck, notes)


def _write_notes(cursor: sqlite3.Cursor, deck_id: int, notes: list, ids: Iterator[int]) -> None:
    """The notes and their cards (one each: the model has one template), as genanki's
    ``Note.write_to_db`` writes them, without its per-note checks (the fields are escaped
    here, the model is ours): a note costs a row in each table, not a tenth of a millisecond."""
    for guid, fields, tags in notes:
        note_id = next(ids)
        # notes: id, guid, mid, mod, usn, tags, flds, sfld (the sort field: the headword), csum, flags, data
        cursor.execute("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);", (
            note_id, guid, MODEL.model_id, TIMESTAMP, -1, f" {' '.join(tags)} ", "\x1f".join(fields), fields[0], 0, 0, ""))
        # cards: id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data
        cursor.execute("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);", (
            next(ids), note_id, deck_id, 0, TIMESTAMP, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))


@lru_cache(maxsize=1)
def _empty_collection() -> bytes:
    """An Anki collection with genanki's schema and ``col`` row and no deck of ours yet: the same
    for every deck, so it is made once and copied (``Package.write_to_db`` makes it per deck)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(APKG_SCHEMA)
        conn.executescript(APKG_COL)
        return conn.serialize()
    finally:
        conn.close()


def _package_bytes(deck: genanki.Deck, notes: list) -> bytes:
    """``Package.write_to_file`` with fixed ids, times and zip dates, into memory: the empty
    collection, the deck and its model (genanki), the notes (``_write_notes``)."""
    # In memory, serialized as the file it would be: no scratch file, so a full or missing TMPDIR
    # cannot fail a document.
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(_empty_collection())
        cursor = conn.cursor()
        ids = itertools.count(TIMESTAMP * 1000)
        deck.write_to_db(cursor, TIMESTAMP, ids)
        _write_notes(cursor, deck.deck_id, notes, ids)
        conn.commit()
        collection = conn.serialize()
    finally:
        conn.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _cell(text) -> str:
    """A TSV cell: tabs and line breaks would split the row, so they become spaces."""
    return " ".join(str(text or "").split())


def vocabulary_tsv(annotated: dict, lexicon: dict) -> str:
    """The vocabulary as tab-separated ``word, pinyin, definition`` lines, the layout both Anki
    (Import: tab separator, fields 1-3) and Pleco (Import Cards: text file) read. The definition
    holds our gloss, the page's gloss, the HSK level and the word in its sentence (the window the
    page shows: ``sentence_window``).

    >>> vocabulary_tsv(record, lexicon).splitlines()[0]            # doctest: +SKIP
    '扩容\\tkuò róng\\tto ramp up capacity; page: Expansiondilatation; HSK — ; 例: …扩容和优化。'
    """
    lines = []
    for word in (annotated.get("vocabulary") or {}).get("words") or []:
        entry = _entry(lexicon, word)
        parts = [entry.get("gloss") or "?"]
        if word.get("page_gloss"):
            parts.append(f"page: {word['page_gloss']}")
        parts.append(f"HSK {_hsk(entry.get('hsk'))}")
        window = "".join(sentence_window(annotated, word))
        if window:
            parts.append(f"例: {window}")
        lines.append("\t".join(_cell(c) for c in (word["word"], entry.get("pinyin"), "; ".join(parts))) + "\n")
    return "".join(lines)


def study_files(annotated: dict, facts: dict | None, lexicon: dict) -> dict[str, str | bytes]:
    """The learner's files of one document, by file name: the page and the two exports.
    ``lexicon``: the entries of the record's ``lex`` keys (``document_lexicon``)."""
    from pipeline.render.reader import render_document

    return {
        "reader.html": render_document(annotated, facts, lexicon),
        "vocabulary.apkg": vocabulary_apkg(annotated, lexicon),
        "vocabulary.tsv": vocabulary_tsv(annotated, lexicon),
    }
