"""Glosses: the reading picks the sense, classifiers and references, the domain glossary, composed
words, proper nouns, traditional input, and coverage of the seed article."""
from __future__ import annotations

import pytest

from pipeline.annotate.gloss import Glosser, load_glossary, parse_line, shared_glosser
from pipeline.annotate.pinyin import word_numbers
from pipeline.errors import DataError
from tests.annotate.helpers import seed_doc


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return shared_glosser()


# (word, reading of the token, a word that must be in its first gloss). The reading decides.
READING_SENSES = [
    ("行", "hang2", "row"),
    ("行", "xing2", "walk"),
    ("了", "le5", "completed action"),
    ("了", "liao3", "finish"),
    ("着", "zhe5", "aspect particle"),
    ("着", "zhao2", "touch"),
    ("着", "zhuo2", "wear"),
    ("地", "de5", "-ly"),
    ("地", "di4", "earth"),
    ("得", "de2", "obtain"),
    ("得", "dei3", "have to"),
    ("得", "de5", "structural particle"),
    ("长", "chang2", "length"),
    ("长", "zhang3", "chief"),
    ("重", "zhong4", "heavy"),
    ("重", "chong2", "repeat"),
    ("还", "hai2", "still"),
    ("还", "huan2", "pay back"),
    ("都", "dou1", "all"),
    ("都", "du1", "capital"),
    ("只", "zhi1", "classifier for birds"),
    ("只", "zhi3", "only"),
    ("为", "wei2", "as"),
    ("为", "wei4", "because"),
    ("数", "shu3", "count"),
    ("数", "shu4", "number"),
    ("量", "liang2", "measure"),
    ("量", "liang4", "capacity"),
    ("调", "diao4", "transfer"),
    ("种", "zhong3", "seed"),
    ("种", "zhong4", "plant"),
    ("差", "chai1", "send"),
    ("差", "cha1", "difference"),
    ("处", "chu4", "place"),
    ("传", "zhuan4", "biography"),
    ("乐", "yue4", "music"),
    ("率", "shuai4", "lead"),
    ("发", "fa4", "hair"),
    ("大夫", "dai4 fu5", "doctor"),
    ("大夫", "da4 fu1", "senior official"),
    ("地方", "di4 fang1", "region"),
    ("正当", "zheng4 dang4", "honest"),
    ("正当", "zheng4 dang1", "timely"),
    ("下调", "xia4 tiao2", "adjust downwards"),
    ("下调", "xia4 diao4", "demote"),
    ("便宜", "pian2 yi5", "cheap"),
    ("便宜", "bian4 yi2", "convenient"),
    ("东西", "dong1 xi5", "thing"),
    ("东西", "dong1 xi1", "east and west"),
    ("大意", "da4 yi5", "careless"),
    ("大意", "da4 yi4", "general idea"),
    ("行业", "hang2 ye4", "trade"),
    ("银行", "yin2 hang2", "bank"),
]


@pytest.mark.parametrize("word, reading, sense", READING_SENSES)
def test_reading_matched_sense_comes_first(glosser, word, reading, sense):
    lexeme = glosser.lookup(word, tuple(reading.split()))
    first = lexeme.entries[0]
    assert first["pinyin"].lower() == reading
    assert first["matches_reading"] is True
    assert sense in lexeme.gloss


def test_at_least_30_polyphonic_words_checked():
    assert len({(w, r) for w, r, _ in READING_SENSES}) >= 30


def test_all_entries_of_a_headword_are_kept_in_reading_order(glosser):
    entries = glosser.lookup("了", ("liao3",)).entries
    assert [e["pinyin"] for e in entries][:2] == ["liao3", "liao3"]
    assert {e["pinyin"] for e in entries} == {"liao3", "liao4", "le5"}
    assert {e["traditional"] for e in entries} == {"了", "瞭"}


def test_classifiers_are_a_field_not_a_sense():
    entry = parse_line("書 书 [shu1] /book/letter/CL:本[ben3],冊|册[ce4],部[bu4]/")
    assert entry.senses == ("book", "letter")
    assert [(c.simplified, c.traditional, c.pinyin) for c in entry.classifiers] == [
        ("本", "本", "ben3"), ("册", "冊", "ce4"), ("部", "部", "bu4")
    ]


def test_classifiers_in_the_lexicon(glosser):
    (entry,) = glosser.lookup("书", ("shu1",)).entries[:1]
    assert {"simplified": "本", "traditional": "本", "pinyin": "ben3"} in entry["classifiers"]


@pytest.mark.parametrize(
    "word, kind, target, sense",
    [
        ("噁", "variant of", "恶", "evil"),
        ("B超", "abbr. for", "B型超声", "ultrasound"),
    ],
)
def test_references_are_resolved(glosser, word, kind, target, sense):
    refs = [r for e in glosser.lookup(word).entries for r in e.get("refs", [])]
    assert any(r["kind"] == kind and r["word"] == target and sense in " ".join(r["senses"]) for r in refs)


def test_a_word_that_is_only_a_reference_is_glossed_by_its_target(glosser):
    assert glosser.lookup("噁").gloss == "evil"


@pytest.mark.parametrize(
    "word, gloss",
    [
        ("大模型", "large model"),
        ("月之暗面", "Moonshot AI"),
        ("投流", "buy traffic"),
        ("灰度测试", "staged rollout"),
        ("C端", "consumer"),
        ("B端", "business"),
        ("百模大战", "hundred models"),
        ("Kimi", "chatbot"),
        ("kimi", "chatbot"),  # Latin terms match without case
        ("算力", "computing power"),
        ("打赏", "tip"),
    ],
)
def test_domain_glossary_first(glosser, word, gloss):
    lexeme = glosser.lookup(word)
    assert lexeme.source == "glossary"
    assert gloss in lexeme.gloss


def test_glossary_proper_nouns_are_marked(glosser):
    assert glosser.lookup("月之暗面").proper_noun
    assert not glosser.lookup("大模型").proper_noun


def test_unknown_word_is_composed_from_its_longest_parts(glosser):
    lexeme = glosser.lookup("有点累")
    assert lexeme.source == "composed"
    assert [p["word"] for p in lexeme.parts] == ["有点", "累"]
    assert lexeme.gloss == "a little + tired"


def test_composed_parts_skip_what_is_not_han(glosser):
    # no dictionary knows 12万吨 or 万吨 as a word; the digits are no part
    lexeme = glosser.lookup("12万吨")
    assert lexeme.source == "composed"
    assert [p["word"] for p in lexeme.parts] == ["万", "吨"]


def test_composed_parts_use_the_reading(glosser):
    # 行长会 is no dictionary word; its part 行长 is read háng zhǎng ("bank president")
    lexeme = glosser.lookup("行长会", word_numbers("行长会"))
    assert lexeme.parts[0]["word"] == "行长" and "president" in lexeme.parts[0]["gloss"]


def test_person_names_are_proper_nouns_not_compositions(glosser):
    lexeme = glosser.lookup("杨植麟", None, proper_hint=True)
    assert lexeme.proper_noun and lexeme.source == "proper_noun" and lexeme.parts is None


def test_dictionary_only_proper_noun_is_marked(glosser):
    assert glosser.lookup("朝鲜").proper_noun


@pytest.mark.parametrize("traditional, simplified_gloss", [("行業", "trade"), ("發展", "development"), ("經濟", "economy")])
def test_traditional_input_is_looked_up(glosser, traditional, simplified_gloss):
    lexeme = glosser.lookup(traditional)
    assert simplified_gloss in " ".join(s for e in lexeme.entries for s in e["senses"])


def test_glossary_file_errors_are_loud(tmp_path):
    with pytest.raises(DataError, match="not found"):
        load_glossary(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("word\tpinyin\tgloss\tnote\n大模型\tdà mó xíng\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.tsv:2"):
        load_glossary(bad)


CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN"}


def test_every_content_word_of_the_seed_has_a_gloss_or_is_a_proper_noun():
    doc = seed_doc()
    lexicon = doc._.zh_lexicon
    missing = []
    for token in doc:
        if token.pos_ not in CONTENT_POS:
            continue
        lexeme = lexicon.get(token._.zh_lex) if token._.zh_lex else None
        if lexeme is None or not (lexeme.gloss or lexeme.proper_noun):
            missing.append(token.text)
    assert missing == []
