"""Study exports: the Anki deck and the TSV for Anki and Pleco."""
from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pytest

from pipeline import config
from pipeline.export.study import vocabulary_apkg, vocabulary_tsv
from tests.render.fixtures import hostile_record

SEED = config.OUTPUTS_DIR / "000_a47795d20e9f08a9" / "annotated.json"


@pytest.fixture(scope="module")
def seed():
    return json.loads(SEED.read_text(encoding="utf-8"))


def notes(apkg: bytes, tmp_path) -> list[list[str]]:
    archive = zipfile.ZipFile(io.BytesIO(apkg))
    assert sorted(archive.namelist()) == ["collection.anki2", "media"]
    db = tmp_path / "collection.anki2"
    db.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        return [row[0].split("\x1f") for row in conn.execute("select flds from notes order by id")]


def test_apkg_is_deterministic(seed):
    assert vocabulary_apkg(seed) == vocabulary_apkg(seed)


def test_apkg_cards_carry_the_source_sentence(seed, tmp_path):
    rows = notes(vocabulary_apkg(seed), tmp_path)
    assert len(rows) == len(seed["vocabulary"]["words"])
    by_word = {r[0]: r for r in rows}
    hanzi, trad, pinyin, gloss, page_gloss, hsk, sentence, source = by_word["扩容"]
    assert (trad, pinyin, gloss, page_gloss, hsk) == ("擴容", "kuò róng", "to ramp up capacity", "Expansiondilatation", "—")
    assert "Kimi持续<b>扩容</b>和优化。" in sentence
    assert source == "“有点累了”的Kimi终于想出了提速的方法。"


def test_apkg_fields_are_escaped(tmp_path):
    rows = notes(vocabulary_apkg(hostile_record()), tmp_path)
    flat = "".join("".join(r) for r in rows)
    assert "<img" not in flat and "<script" not in flat and "&lt;script&gt;" in flat


def test_tsv_has_three_columns_for_pleco_and_anki(seed):
    lines = vocabulary_tsv(seed).splitlines()
    assert len(lines) == len(seed["vocabulary"]["words"])
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert "扩容\tkuò róng\tto ramp up capacity; page: Expansiondilatation; HSK —; 例: " in vocabulary_tsv(seed)
    assert "\t" not in "".join(l.split("\t")[2] for l in lines)  # noqa: E741


def test_tsv_cells_never_split():
    record = {"vocabulary": {"words": [{"word": "扩容", "pinyin": "kuò róng", "gloss": "a\tb\nc", "hsk": None}]}}
    assert vocabulary_tsv(record) == "扩容\tkuò róng\ta b c; HSK —\n"


def test_card_sentence_bolds_the_occurrence_at_its_offset():
    from pipeline.export.study import _sentence_html

    word = {"word": "好", "start": 13, "sentence": 1, "sentence_text": "好人<b>好事"}
    assert _sentence_html(word, [{"start": 0, "end": 8}, {"start": 8, "end": 14}]) == "好人&lt;b&gt;<b>好</b>事"
