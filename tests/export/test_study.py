"""Study exports: the Anki deck and the TSV for Anki and Pleco."""
from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest

from pipeline.export.study import sentence_window, study_files, vocabulary_apkg, vocabulary_tsv
from tests.render.fixtures import hostile_record, seed_record, without_lexicon


@pytest.fixture(scope="module")
def seed():
    """The seed's record and its lexicon, as a run hands them to the study files."""
    return without_lexicon(seed_record())


def notes(apkg: bytes, tmp_path) -> list[list[str]]:
    archive = zipfile.ZipFile(io.BytesIO(apkg))
    assert sorted(archive.namelist()) == ["collection.anki2", "media"]
    db = tmp_path / "collection.anki2"
    db.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        return [row[0].split("\x1f") for row in conn.execute("select flds from notes order by id")]


def test_apkg_is_deterministic(seed):
    assert vocabulary_apkg(*seed) == vocabulary_apkg(*seed)


def test_apkg_cards_carry_the_source_sentence(seed, tmp_path):
    record, lexicon = seed
    rows = notes(vocabulary_apkg(record, lexicon), tmp_path)
    assert len(rows) == len(record["vocabulary"]["words"])
    by_word = {r[0]: r for r in rows}
    hanzi, trad, pinyin, gloss, page_gloss, hsk, sentence, source = by_word["扩容"]
    assert (trad, pinyin, gloss, page_gloss, hsk) == ("擴容", "kuò róng", "to ramp up capacity", "Expansiondilatation", "—")
    assert sentence == "…试阶段,后续会对Kimi持续<b>扩容</b>和优化。"  # the window the page shows, 14 characters a side
    assert source == "“有点累了”的Kimi终于想出了提速的方法。"
    assert by_word["用户"][2:6] == ["yòng hù", "user", "", "5"]  # pinyin, gloss and HSK from the lexicon


def test_apkg_is_an_anki_collection(seed, tmp_path):
    archive = zipfile.ZipFile(io.BytesIO(vocabulary_apkg(*seed)))
    db = tmp_path / "collection.anki2"
    db.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        assert {"col", "notes", "cards", "revlog", "graves"} <= tables
        [(models, decks)] = conn.execute("select models, decks from col")
        assert "zh-news-pipeline vocabulary" in models and "zh-news::000_a47795d20e9f08a9" in decks
        assert conn.execute("select count(*) from cards").fetchone()[0] == len(seed[0]["vocabulary"]["words"])


def rows(apkg: bytes, tmp_path, name: str) -> dict[str, list]:
    db = tmp_path / name
    db.write_bytes(zipfile.ZipFile(io.BytesIO(apkg)).read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"select * from {table} order by 1").fetchall() for table in ("col", "notes", "cards")}


def test_apkg_notes_are_what_genankis_own_notes_write(seed, tmp_path, monkeypatch):
    """The deck writes its notes and cards itself (genanki's per-note checks cost more than the
    rest of the deck): the collection is the one genanki.Note would have written."""
    import genanki

    from pipeline.export import study

    record, lexicon = seed
    ours = study.vocabulary_apkg(record, lexicon)

    def genanki_notes(cursor, deck_id, notes, ids):
        deck = genanki.Deck(deck_id, "unused")
        for guid, fields, tags in notes:
            deck.add_note(genanki.Note(model=study.MODEL, fields=fields, tags=tags, guid=guid))
        for note in deck.notes:
            note.write_to_db(cursor, study.TIMESTAMP, deck_id, ids)

    monkeypatch.setattr(study, "_write_notes", genanki_notes)
    theirs = study.vocabulary_apkg(record, lexicon)
    assert rows(ours, tmp_path, "ours") == rows(theirs, tmp_path, "theirs")
    assert len(rows(ours, tmp_path, "ours")["notes"]) == len(record["vocabulary"]["words"])


def test_apkg_fields_are_escaped(tmp_path):
    record, lexicon = without_lexicon(hostile_record())
    rows = notes(vocabulary_apkg(record, lexicon), tmp_path)
    flat = "".join("".join(r) for r in rows)
    assert "<img" not in flat and "<script" not in flat and "&lt;script&gt;" in flat


def test_tsv_has_three_columns_for_pleco_and_anki(seed):
    record, lexicon = seed
    tsv = vocabulary_tsv(record, lexicon)
    lines = tsv.splitlines()
    assert len(lines) == len(record["vocabulary"]["words"])
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert "扩容\tkuò róng\tto ramp up capacity; page: Expansiondilatation; HSK —; 例: " in tsv
    assert "\t" not in "".join(l.split("\t")[2] for l in lines)  # noqa: E741


def test_tsv_cells_never_split():
    record = {"text": "扩容了", "sentences": {"start": [0], "end": [3]},
              "vocabulary": {"words": [{"word": "扩容", "lex": "扩容|kuo4 rong2", "start": 0, "end": 2, "sentence": 0}]}}
    lexicon = {"扩容|kuo4 rong2": {"word": "扩容", "pinyin": "kuò róng", "gloss": "a\tb\nc", "hsk": None}}
    assert vocabulary_tsv(record, lexicon) == "扩容\tkuò róng\ta b c; HSK —; 例: 扩容了\n"


def test_a_word_without_a_lexicon_entry_still_gets_a_line():
    record = {"text": "扩容", "sentences": {"start": [], "end": []},
              "vocabulary": {"words": [{"word": "扩容", "lex": None, "start": 0, "end": 2, "sentence": None}]}}
    assert vocabulary_tsv(record, {}) == "扩容\t\t?; HSK —\n"


def test_card_sentence_bolds_the_occurrence_at_its_offset():
    from pipeline.export.study import _sentence_html

    record = {"text": "好人好事。好人<b>好事", "sentences": {"start": [0, 5], "end": [5, 12]}}
    word = {"word": "好", "start": 10, "sentence": 1}
    assert _sentence_html(record, word) == "好人&lt;b&gt;<b>好</b>事"


def test_study_files_are_the_page_and_the_two_exports(seed):
    record, lexicon = seed
    files = study_files(record, None, lexicon)
    assert sorted(files) == ["reader.html", "vocabulary.apkg", "vocabulary.tsv"]
    assert 'id="page-data"' in files["reader.html"] and files["vocabulary.apkg"][:2] == b"PK"


LONG = "国家统计局今天发布数据显示，今年前三个季度全国居民人均可支配收入比上年同期名义增长百分之五点二，扣除价格因素实际增长。"


@pytest.mark.parametrize("word, expected", [
    # cut on both sides: 14 characters each, … where cut
    ("可支配收入", ("…，今年前三个季度全国居民人均", "可支配收入", "比上年同期名义增长百分之五点…")),
    # near the start: nothing cut before it
    ("统计局", ("国家", "统计局", "今天发布数据显示，今年前三个…")),
    # near the end: nothing cut after it
    ("实际", ("…长百分之五点二，扣除价格因素", "实际", "增长。")),
])
def test_the_sentence_is_the_window_the_page_shows(word, expected):
    record = {"text": LONG, "sentences": {"start": [0], "end": [len(LONG)]}}
    start = LONG.index(word)
    window = sentence_window(record, {"word": word, "start": start, "end": start + len(word), "sentence": 0})
    assert window == expected
    before, _, after = window
    assert len(before.lstrip("…")) <= 14 and len(after.rstrip("…")) <= 14


def test_the_window_counts_characters_beyond_the_bmp():
    text = "𠮷" * 20 + "好" + "𠮷" * 20 + "。"
    record = {"text": text, "sentences": {"start": [0], "end": [len(text)]}}
    before, word, after = sentence_window(record, {"word": "好", "start": 20, "end": 21, "sentence": 0})
    assert (before, word, after) == ("…" + "𠮷" * 14, "好", "𠮷" * 14 + "…")  # characters, not UTF-16 units


def test_tsv_and_card_carry_the_window():
    text = "甲\t乙" + LONG
    record = {"text": text, "sentences": {"start": [0], "end": [len(text)]},
              "vocabulary": {"words": [{"word": "统计局", "lex": None, "start": 5, "end": 8, "sentence": 0}]}}
    # a tab inside the window becomes a space, as every cell's does
    assert vocabulary_tsv(record, {}) == "统计局\t\t?; HSK —; 例: 甲 乙国家统计局今天发布数据显示，今年前三个…\n"
    from pipeline.export.study import _sentence_html

    assert _sentence_html(record, record["vocabulary"]["words"][0]) == "甲\t乙国家<b>统计局</b>今天发布数据显示，今年前三个…"
