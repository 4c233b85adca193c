"""The pipeline as a spaCy pipeline: ``pipeline.load()``, the registered factories and tokenizer
(entry points), facts as spans and entities, Docs that travel (DocBin, bytes, pickle, copy),
retokenized Docs, Docs of other tokenizers, and ``pipeline.pinyin``."""
from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin

import pipeline
from pipeline import api
from pipeline.run import Settings, analyse_document

SEED_SENTENCES = [
    "今年3月末，Kimi一度火到宕机。",
    "近日，Kimi推出了打赏功能，价格5.20元至399元不等。",
    "399元365天的最高档位约合1.093元一天。",
    "月之暗面方面向记者表示：“我们会持续扩容和优化。”",
    "他长大以后当上了银行行长，还了钱。",
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(reference_date="2024-05-21")


def readings(doc):
    return [(t.text, t._.zh_pinyin, t._.zh_pinyin_spoken, t._.zh_lex, t._.zh_gloss) for t in doc]


def facts_of(doc):
    return [(s.text, s.label_, s._.zh_fact) for s in doc.spans["facts"]]


# --- load() and the facts component ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, label, span, value",
    [
        ("售价99元", "money", "99元", 99),
        ("价格5.20元至399元不等", "money", "5.20元至399元", None),
        ("国家发展改革委追加中央预算内投资至2.85亿元", "money", "2.85亿元", 285000000),
        ("今年3月末，Kimi一度火到宕机。", "date", "今年3月末", "2024-03"),
        ("神舟十三号乘组共在轨飞行183天", "date", "183天", "P183D"),
    ],
)
def test_load_gives_facts_as_spans_with_their_records(nlp, text, label, span, value):
    doc = nlp(text)
    found = {(s.text, s.label_): s._.zh_fact for s in doc.spans["facts"]}
    record = found[span, label]
    if value is not None:
        assert record["value"] == value
    assert text[record["start"] : record["end"]] == record["text"] == span


def test_load_builds_the_whole_pipeline(nlp):
    assert nlp.pipe_names == ["zh_pinyin", "zh_gloss", "zh_facts"]
    assert pipeline.load(pinyin=False, glosses=False).pipe_names == ["zh_facts"]
    doc = nlp("月之暗面售价99元")
    assert [t.text for t in doc] == ["月之暗面", "售价", "99元"]  # the user dictionary's word
    assert doc[1]._.zh_pinyin == ("shou4", "jia4") and doc[1]._.zh_gloss


def test_glosses_need_pinyin():
    with pytest.raises(ValueError, match="glosses=True needs pinyin=True"):
        pipeline.load(pinyin=False)


def test_bad_reference_date_is_a_clear_error():
    with pytest.raises(ValueError, match="reference_date '2024-13-01' is not a date; expected YYYY-MM-DD"):
        pipeline.load(reference_date="2024-13-01")


def test_money_and_dates_are_entities_and_earlier_entities_stay(nlp):
    doc = nlp("399元365天的最高档位约合1.093元一天。")
    assert [(e.text, e.label_) for e in doc.ents] == [("399元", "MONEY"), ("365天", "DATE"), ("1.093元一天", "MONEY")]
    assert [e._.zh_fact["value"] for e in doc.ents] == [399, "P365D", 1.093]  # an entity has its record too
    # a Doc with an entity already set keeps it; ours go where they do not overlap it
    plain = pipeline.load(pinyin=False, glosses=False)
    doc = plain.make_doc("399元365天的最高档位")
    doc.set_ents([spacy.tokens.Span(doc, 0, 1, label="PRODUCT")])
    doc = plain.get_pipe("zh_facts")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("399元", "PRODUCT"), ("365天", "DATE")]


def test_reference_date_per_call(nlp):
    doc = nlp("今年3月发布", component_cfg={"zh_facts": {"reference_date": "2020-01-01"}})
    assert doc.spans["facts"][0]._.zh_fact["value"] == "2020-03"
    assert doc._.zh_reference_date == "2020-01-01"
    again = nlp("今年3月发布")  # the factory's setting
    assert again.spans["facts"][0]._.zh_fact["value"] == "2024-03"


def test_fact_offsets_index_the_document_text():
    text = "标题\n他说：“售价99元。”"
    record = api.facts_text(text)
    for fact in record["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
    document = api.document_from_text(text)
    from dataclasses import replace

    from pipeline.annotate.document import annotate

    document = replace(document, chinese=(3, len(text)))
    doc = annotate(document, pipeline.load(), "2024-05-21")
    for span in doc.spans["facts"]:
        fact = span._.zh_fact
        assert (fact["start"], fact["end"]) == (span.start_char + 3, span.end_char + 3)
        assert text[fact["start"] : fact["end"]] == fact["text"]


def test_displacy_shows_the_facts(nlp):
    doc = nlp("近日，Kimi推出了打赏功能，价格5.20元至399元不等。")
    html = displacy.render(doc, style="span", options={"spans_key": "facts"})
    # every fact's label is drawn once, over its tokens
    assert re.findall(r">\s*(money|date|quote)\s*<", html) == ["date", "money"]
    assert "5.20元" in html and "399元" in html and "近日" in html


# --- the facts-only path -------------------------------------------------------------------------

def test_facts_only_gives_the_full_paths_facts(seed_document):
    texts = SEED_SENTENCES + [seed_document.text]
    for text in texts:
        document = api.document_from_text(text, published="2024-05-21")
        assert api.document_facts(document, Settings()) == analyse_document(document, Settings())["facts.json"]


def test_cli_facts_runs_the_facts_alone(tmp_path, capsys, monkeypatch):
    from pipeline.cli import main
    from pipeline.export.files import dumps

    path = tmp_path / "a.txt"
    path.write_text(SEED_SENTENCES[1], encoding="utf-8")
    (document,) = api.read_documents([path])
    expected = dumps(analyse_document(document, Settings(reference_date="2024-05-21"))["facts.json"])

    def no_annotation(*args, **kwargs):
        raise AssertionError("the facts command ran the whole annotation")

    monkeypatch.setattr(api, "analyse_document", no_annotation)
    assert main(["facts", str(path), "--reference-date", "2024-05-21"]) == 0
    assert capsys.readouterr().out == expected


def test_facts_only_reads_no_pinyin():
    # The extractors read the tokens and the normalized text, never the readings.
    from pipeline import config

    for path in (config.PACKAGE_DIR / "extract").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "zh_pinyin" not in text and "zh_gloss" not in text and "zh_lex" not in text, path


def test_facts_only_doc_has_no_readings(nlp):
    plain = pipeline.load(pinyin=False, glosses=False)
    doc = plain("售价99元")
    assert doc._.zh_pinyin_list is None and doc[0]._.zh_pinyin is None
    assert [(s.text, s._.zh_fact["value"]) for s in doc.spans["facts"]] == [("99元", 99)]


# --- Docs that travel ---------------------------------------------------------------------------

def test_docbin_round_trip_keeps_pinyin_glosses_and_facts(nlp):
    docs = [nlp(text) for text in SEED_SENTENCES]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    for doc, again in zip(docs, back):
        assert readings(again) == readings(doc)
        assert facts_of(again) == facts_of(doc)
        assert [(e.text, e.label_) for e in again.ents] == [(e.text, e.label_) for e in doc.ents]
        assert {k: v.record() for k, v in again._.zh_lexicon.items()} == {k: v.record() for k, v in doc._.zh_lexicon.items()}


def test_docbin_in_a_fresh_vocab(nlp):
    doc = nlp("行长说：“售价99元。”")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (again,) = DocBin().from_bytes(data).get_docs(spacy.blank("zh").vocab)
    assert readings(again) == readings(doc)
    assert facts_of(again) == facts_of(doc)


def test_to_bytes_round_trip(nlp):
    for text in SEED_SENTENCES:
        doc = nlp(text)
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert readings(again) == readings(doc)
        assert facts_of(again) == facts_of(doc)
        assert again._.zh_table == doc._.zh_table


def test_pickle_and_copy_keep_the_annotation(nlp):
    for text in SEED_SENTENCES:
        doc = nlp(text)
        for again in (pickle.loads(pickle.dumps(doc)), doc.copy()):
            assert readings(again) == readings(doc)
            assert facts_of(again) == facts_of(doc)
            assert again._.zh_lexicon.keys() == doc._.zh_lexicon.keys()


def test_nlp_pipe_in_two_processes_keeps_the_annotation(nlp):
    # spaCy sends each Doc back from its worker processes as bytes
    texts = SEED_SENTENCES[:3]
    for doc, again in zip([nlp(t) for t in texts], nlp.pipe(texts, n_process=2)):
        assert readings(again) == readings(doc)
        assert facts_of(again) == facts_of(doc)


def test_annotated_record_of_a_travelled_doc_is_the_same(nlp, seed_document):
    from pipeline.annotate.document import annotate, annotated_record

    doc = annotate(seed_document, nlp)
    expected = annotated_record(seed_document, doc)
    again = pickle.loads(pickle.dumps(doc))
    assert annotated_record(seed_document, again) == expected
    (from_bin,) = DocBin(docs=[doc], store_user_data=True).from_bytes(
        DocBin(docs=[doc], store_user_data=True).to_bytes()).get_docs(nlp.vocab)
    assert annotated_record(seed_document, from_bin) == expected


def test_pickle_size_follows_the_text():
    nlp = pipeline.load()  # a fresh vocabulary: a pickled Doc holds its vocabulary's strings
    sentence = "近日，Kimi推出了打赏功能，价格5.20元至399元不等。"
    empty = len(pickle.dumps(nlp("")))
    one, ten, hundred = (len(pickle.dumps(nlp(sentence * n))) - empty for n in (1, 10, 100))
    assert one + empty < 40_000  # was 12.5 MB: the Doc held the glossary
    # the text's share grows with the text (a little less: its strings are stored once)
    assert 5 * one < ten < 12 * one and 5 * ten < hundred < 12 * ten


# --- retokenizing -------------------------------------------------------------------------------

def test_retokenized_doc_raises_a_clear_error(nlp):
    doc = nlp("售价99元，行长很好。")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    with pytest.raises(ValueError, match=r"another tokenization of this Doc.*run the components again"):
        [t._.zh_pinyin for t in doc]
    from pipeline.annotate.document import annotated_record

    with pytest.raises(ValueError, match="run the components again"):
        annotated_record(api.document_from_text(doc.text), doc)


def test_components_again_on_a_retokenized_doc_are_right(nlp):
    doc = nlp("售价99元，行长很好。")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc[0].text == "售价99元"
    assert doc[0]._.zh_pinyin == ("shou4", "jia4", None, None, "yuan2")
    assert [t._.zh_pinyin for t in doc][2:4] == [("hang2", "zhang3"), ("hen3",)]
    assert [(s.text, s._.zh_fact["value"]) for s in doc.spans["facts"]] == [("售价99元", 99)]


def test_split_is_detected(nlp):
    doc = nlp("行长很好")
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[0], ["行", "长"], heads=[(doc[0], 1), doc[1]])
    with pytest.raises(ValueError, match="another tokenization"):
        doc[2]._.zh_pinyin


# --- Docs of other tokenizers -------------------------------------------------------------------

def test_components_on_spacy_blank_zh():
    blank = spacy.blank("zh")  # cuts characters
    for name in ("zh_pinyin", "zh_gloss", "zh_facts"):
        blank.add_pipe(name)
    doc = blank("售价99元，他还了钱。")
    assert [t.text for t in doc][:5] == ["售", "价", "9", "9", "元"]
    assert [t._.zh_pinyin for t in doc][:2] == [("shou4",), ("jia4",)]
    assert doc[0]._.zh_gloss
    assert [(s.text, s._.zh_fact["value"]) for s in doc.spans["facts"]] == [("99元", 99)]
    assert doc._.zh_table.sent_starts.count(True) == 1  # our sentence starts, as the Doc has none


@pytest.mark.parametrize("text", SEED_SENTENCES + ["他还了钱，地方政府都会还。", "還錢給銀行行長"])
def test_components_on_a_whitespace_doc_of_our_words(nlp, text):
    # A Doc of the same words made by hand reads as ours: same norms, jieba tags in context,
    # sentence starts, pinyin, glosses and facts.
    ours = nlp(text)
    doc = Doc(nlp.vocab, words=[t.text for t in ours], spaces=[False] * len(ours))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert readings(doc) == readings(ours)
    assert facts_of(doc) == facts_of(ours)


@pytest.mark.parametrize(
    "words, spaces, expected",
    [
        (["售价", "99元", "，", "行长", "说"], [True, False, False, True, False],
         [("shou4", "jia4"), (None, None, "yuan2"), (None,), ("hang2", "zhang3"), ("shuo1",)]),
        (["Kimi", "一度", "火", "到", "宕机"], [True, False, False, False, False],
         [(None, None, None, None), ("yi1", "du4"), ("huo3",), ("dao4",), ("dang4", "ji1")]),
        (["还", "钱"], [True, False], [("huan2",), ("qian2",)]),
    ],
)
def test_components_on_a_whitespace_doc(nlp, words, spaces, expected):
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [t._.zh_pinyin for t in doc] == expected


def test_whitespace_doc_facts_index_doc_text(nlp):
    doc = Doc(nlp.vocab, words=["价格", "5.20元", "至", "399元", "不等"], spaces=[True, True, True, False, False])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    # one range, as FACTS.md reads 5.20元至399元: the spaces the words were joined with do not split it
    assert [(s.text, s._.zh_fact["kind"], s._.zh_fact["low"], s._.zh_fact["high"]) for s in doc.spans["facts"]] == [
        ("5.20元 至 399元", "range", 5.2, 399)]
    for span in doc.spans["facts"]:
        fact = span._.zh_fact
        assert doc.text[fact["start"] : fact["end"]] == fact["text"] == span.text


# --- registered factories, entry points, saving ------------------------------------------------

_FRESH = """
import json, sys, spacy
assert "pipeline" not in sys.modules
nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zh_news.jieba_tokenizer.v1"}}})
for name in ("zh_pinyin", "zh_gloss"):
    nlp.add_pipe(name)
nlp.add_pipe("zh_facts", config={"reference_date": "2024-05-21"})
doc = nlp(sys.argv[1])
print(json.dumps({"words": [t.text for t in doc], "pinyin": [t._.zh_pinyin for t in doc],
                  "gloss": [t._.zh_gloss for t in doc], "facts": [s._.zh_fact for s in doc.spans["facts"]]},
                 ensure_ascii=False))
"""


def test_entry_points_build_the_same_pipeline_in_a_fresh_process(nlp):
    text = "月之暗面今年3月售价99元，行长说好。"
    out = subprocess.run([sys.executable, "-c", _FRESH, text], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    doc = nlp(text)
    assert got["words"] == [t.text for t in doc]
    assert [tuple(p) for p in got["pinyin"]] == [t._.zh_pinyin for t in doc]
    assert got["gloss"] == [t._.zh_gloss for t in doc]
    assert got["facts"] == [s._.zh_fact for s in doc.spans["facts"]]


def test_to_disk_and_spacy_load_keep_the_config(tmp_path):
    userdict = tmp_path / "mine.txt"
    userdict.write_text("鸡腿加油 1000 n\n", encoding="utf-8")
    nlp = pipeline.load(userdict=userdict, reference_date="2024-05-21")
    nlp.to_disk(tmp_path / "saved")
    userdict.unlink()  # the saved pipeline holds the dictionary's entries
    again = spacy.load(tmp_path / "saved")
    assert again.pipe_names == ["zh_pinyin", "zh_gloss", "zh_facts"]
    assert again.get_pipe("zh_facts").reference_date == "2024-05-21"
    assert again.config["nlp"]["tokenizer"]["userdict"] == str(userdict)
    doc = again("给Kimi鸡腿加油，今年3月")
    assert "鸡腿加油" in [t.text for t in doc]
    assert doc.spans["facts"][0]._.zh_fact["value"] == "2024-03"


def test_tokenizer_bytes_round_trip(tmp_path):
    userdict = tmp_path / "mine.txt"
    userdict.write_text("鸡腿加油 1000 n\n打赏功能\n", encoding="utf-8")
    nlp = pipeline.load(userdict=userdict, pinyin=False, glosses=False, facts=False)
    plain = pipeline.load(userdict=None, pinyin=False, glosses=False, facts=False)
    assert "鸡腿加油" not in [t.text for t in plain("给Kimi鸡腿加油")]
    plain.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert "鸡腿加油" in [t.text for t in plain("给Kimi鸡腿加油")]
    assert plain.tokenizer.segmenter.entries == [("鸡腿加油", 1000, "n"), ("打赏功能", None, None)]


# --- pipeline.pinyin ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, style, spoken, expected",
    [
        ("他长大了", "marks", False, [["tā"], ["zhǎng"], ["dà"], ["le"]]),
        ("银行行长", "marks", False, [["yín"], ["háng"], ["háng"], ["zhǎng"]]),
        ("时长5分钟", "marks", False, [["shí"], ["cháng"], ["5"], ["fēn"], ["zhōng"]]),
        ("还钱", "numbers", False, [["huan2"], ["qian2"]]),
        ("他还没来了", "numbers", False, [["ta1"], ["hai2"], ["mei2"], ["lai2"], ["le5"]]),
        ("一个", "numbers", False, [["yi1"], ["ge4"]]),
        ("一个", "numbers", True, [["yi2"], ["ge4"]]),
        ("很好", "marks", True, [["hén"], ["hǎo"]]),
        ("了解", "zhuyin", False, [["ㄌㄧㄠˇ"], ["ㄐㄧㄝˇ"]]),
        ("Kimi一度火到宕机。", "marks", False, [["Kimi"], ["yī"], ["dù"], ["huǒ"], ["dào"], ["dàng"], ["jī"], ["。"]]),
        ("Kimi一度火到宕机。", "marks", True, [["Kimi"], ["yí"], ["dù"], ["huǒ"], ["dào"], ["dàng"], ["jī"], ["。"]]),
        ("你好 ABC 123，中国", "marks", False, [["nǐ"], ["hǎo"], [" ABC 123，"], ["zhōng"], ["guó"]]),
        ("二〇二四年", "marks", False, [["èr"], ["líng"], ["èr"], ["sì"], ["nián"]]),
        ("中國銀行", "marks", False, [["zhōng"], ["guó"], ["yín"], ["háng"]]),  # pypinyin: yín xíng
        ("Ａ股", "marks", False, [["Ａ"], ["gǔ"]]),  # the text as written, not its normalized copy
        ("", "marks", False, []),
    ],
)
def test_pinyin(text, style, spoken, expected):
    assert pipeline.pinyin(text, style=style, spoken=spoken) == expected


def test_pinyin_has_pypinyins_shape():
    # One item per Han character, each run of other characters whole: the items pypinyin keeps
    # as they are written are ours too, in the same places.
    from pypinyin import pinyin as pypinyin_pinyin

    for text in SEED_SENTENCES + ["  中 ", "hello 中 world！", "你好 ABC 123，中国"]:
        ours, theirs = pipeline.pinyin(text), pypinyin_pinyin(text)
        assert len(ours) == len(theirs), text
        assert [o for o, t in zip(ours, theirs) if t[0] in text] == [t for t in theirs if t[0] in text], text


def test_pinyin_unknown_style():
    with pytest.raises(ValueError, match="unknown style 'tone3'; expected one of: marks, numbers, zhuyin"):
        pipeline.pinyin("中国", style="tone3")


def test_import_pipeline_is_cheap():
    code = "import sys, pipeline; print(sorted(m for m in ('spacy', 'jieba', 'pypinyin', 'rjieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_other_spacy_pipelines_load_only_the_light_factories():
    # spaCy loads every installed factory entry point when it makes any Language
    code = ("import sys, spacy; spacy.blank('en'); "
            "print(sorted(m for m in sys.modules if m == 'pipeline' or m.startswith('pipeline.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['pipeline', 'pipeline.factories']"
