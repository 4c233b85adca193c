"""The lexicon: a key always means one entry, so the corpus table can be rebuilt from keys and the
readings of any token that has them, whichever document the token came from."""
from __future__ import annotations

import pytest

from pipeline.annotate.document import annotate, annotated_record, document_lexicon
from pipeline.annotate.gloss import Glosser, shared_glosser
from pipeline.annotate.lexicon import key_word, lexeme_of_key, lexicon_entry
from pipeline.annotate.segment import shared_nlp
from pipeline.models import Document
from pipeline.record import syllables_of
from tests.annotate.helpers import seed_doc, seed_document

# Real news sentences (corpus-dev) with names jieba tags as such, words it tags as names that are
# not (宕机 nrt), polyphones and mixed Latin/Han words.
SENTENCES = [
    "湖南长沙：“太空出差三人组”的家乡人民为他们骄傲。",
    "今年3月末，Kimi一度火到宕机。",
    "C端用户的付费意愿还有待观察，银行行长表示将继续关注。",
    "中国国家主席习近平同俄罗斯总统普京举行会谈。",
    "朱啸虎称，大模型公司的商业化落地成本高昂。",
]


def _record(text: str) -> tuple[dict, dict]:
    document = Document("s", text, "s.txt", "", "txt", (0, len(text)))
    doc = annotate(document, shared_nlp())
    record = annotated_record(document, doc)
    return record, document_lexicon(doc, record)


@pytest.mark.parametrize("text", SENTENCES)
def test_an_entry_is_rebuilt_from_its_key_and_a_tokens_reading_by_a_fresh_glosser(text):
    record, lexicon = _record(text)
    fresh = Glosser(shared_glosser().cedict, shared_glosser().glossary)  # no cache shared with the run
    tokens = record["tokens"]
    checked = 0
    for key, reading in zip(tokens["lex"], tokens["pinyin"]):
        if key is None:
            continue
        assert lexicon_entry(lexeme_of_key(fresh, key, syllables_of(reading)), "2025") == lexicon[key], key
        checked += 1
    assert checked >= 5


def test_the_seed_lexicon_is_rebuilt_from_keys_alone_where_no_token_has_the_word():
    doc, document = seed_doc(), seed_document()
    record = annotated_record(document, doc)
    lexicon = document_lexicon(doc, record)
    token_keys = set(record["tokens"]["lex"])
    page_only = [w for w in record["vocabulary"]["words"] if w["lex"] not in token_keys]
    assert page_only, "the seed's page lists a headword our segmenter cut differently (经济新闻)"
    for word in page_only:
        assert lexicon_entry(lexeme_of_key(shared_glosser(), word["lex"], None), "2025") == lexicon[word["lex"]]


def test_a_word_read_as_a_name_gets_its_own_key_only_when_its_entry_differs():
    record, lexicon = _record("月之暗面创始人杨植麟表示，中国国家主席习近平同俄罗斯总统普京举行会谈。")
    keys = [k for k in record["tokens"]["lex"] if k]
    assert "杨植麟|yang2 zhi2 lin2|name" in keys  # no entry: a name, not "poplar + to plant + unicorn"
    assert lexicon["杨植麟|yang2 zhi2 lin2|name"]["source"] == "proper_noun"
    # Names CC-CEDICT has read the same as names or not: one key
    assert {"习近平|xi2 jin4 ping2", "俄罗斯|e2 luo2 si1", "中国|zhong1 guo2"} <= set(keys)


@pytest.mark.parametrize("key, word, name", [
    ("行业|hang2 ye4", "行业", False),
    ("湖南|hu2 nan2|name", "湖南", True),
    ("Kimi", "Kimi", False),
    ("Kimi|name", "Kimi", True),
    ("C端|duan1", "C端", False),
])
def test_key_word(key, word, name):
    assert key_word(key) == (word, name)


def test_entries_carry_level_and_frequency_of_the_chosen_standard():
    record, _ = _record("行业发展")
    doc = annotate(Document("s", "行业发展", "s.txt", "", "txt", (0, 4)), shared_nlp())
    levels = {std: document_lexicon(doc, record, std)["行业|hang2 ye4"]["hsk"] for std in ("2025", "2.0")}
    assert all(level is not None for level in levels.values()), levels
    assert document_lexicon(doc, record)["行业|hang2 ye4"]["freq_rank"] >= 1
