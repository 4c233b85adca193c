"""The learner's vocabulary list on the seed article and on plain text."""
from __future__ import annotations

import pytest

from pipeline.annotate.document import annotated_record, document_lexicon
from tests.annotate.helpers import seed_doc, seed_document

PAGE_WORDS = ["有点累", "提速", "月末", "高峰期", "经济新闻", "扩容", "商业化", "大模型", "高昂", "落地"]


@pytest.fixture(scope="module")
def record():
    doc = seed_doc()
    record = annotated_record(seed_document(), doc)
    record["lexicon"] = document_lexicon(doc, record)
    return record


def _sentence_text(record: dict, item: dict) -> str:
    sentences = record["sentences"]
    return record["text"][sentences["start"][item["sentence"]] : sentences["end"][item["sentence"]]]


def test_default_list_contains_the_pages_own_words_with_both_glosses(record):
    words = {item["word"]: item for item in record["vocabulary"]["words"]}
    for word in PAGE_WORDS:
        assert word in words, word
        item = words[word]
        assert item["page_gloss"], word
        entry = record["lexicon"][item["lex"]]
        assert entry["gloss"], word
        assert entry["pinyin"], word


def test_page_word_our_segmenter_cut_differently_is_found_in_the_text(record):
    (item,) = [i for i in record["vocabulary"]["words"] if i["word"] == "经济新闻"]
    assert item["segmented"] is False
    assert record["text"][item["start"] : item["end"]] == "经济新闻"
    assert "经济新闻" in _sentence_text(record, item)
    assert item["lex"] in record["lexicon"]


def test_items_are_in_order_of_first_appearance_with_their_sentence(record):
    items = record["vocabulary"]["words"]
    assert [i["start"] for i in items] == sorted(i["start"] for i in items)
    sentences = record["sentences"]
    for item in items:
        assert sentences["start"][item["sentence"]] <= item["start"] < sentences["end"][item["sentence"]]
        assert item["word"] in _sentence_text(record, item)


def test_words_at_or_below_the_level_are_left_out(record):
    for item in record["vocabulary"]["words"]:
        if item["word"] not in PAGE_WORDS:
            hsk = record["lexicon"][item["lex"]]["hsk"]
            assert hsk is None or hsk > record["vocabulary"]["level"], item


def test_names_numbers_and_punctuation_are_left_out(record):
    words = [i["word"] for i in record["vocabulary"]["words"]]
    assert "杨植麟" not in words and "朱啸虎" not in words
    assert not any(c.isdigit() for w in words for c in w)
    assert "月之暗面" in words  # a glossary term, proper noun or not


def test_a_lower_level_lists_more_words():
    doc, document = seed_doc(), seed_document()
    level2 = annotated_record(document, doc, vocabulary_level=2)["vocabulary"]["words"]
    level6 = annotated_record(document, doc, vocabulary_level=6)["vocabulary"]["words"]
    assert len(level2) > len(level6)
    assert {w["word"] for w in level6} >= set(PAGE_WORDS)


def test_hsk_standard_is_named(record):
    assert record["vocabulary"]["hsk_standard"] == "HSK 3.0 examination syllabus (2025)"


@pytest.mark.parametrize("level, standard, message", [(0, "2025", "not an HSK level"), (4, "3.5", "unknown HSK standard")])
def test_bad_settings_name_the_value(level, standard, message):
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match=message):
        annotated_record(seed_document(), seed_doc(), vocabulary_level=level, hsk_standard=standard)
