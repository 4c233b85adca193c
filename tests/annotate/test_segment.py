"""The spaCy + jieba backbone on real sentences: numbers with units, words, sentences, POS."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.zh.lex_attrs import like_num as spacy_like_num

from pipeline.annotate.pos import upos_for
from pipeline.annotate.segment import JiebaSegmenter, _like_num, build_nlp, simplified_for_segmenting


def words(nlp, text):
    return [t.text for t in nlp(text) if not t.is_space]


# Real news sentences (the seed, and CCTV 新闻联播 from ../shared/corpus-dev); the words that must
# come out whole.
NUMBER_CASES = [
    ("用户可通过支付购买5.20元至399元不等的礼物", ["5.20元", "至", "399元", "不等"]),
    ("399元365天的最高档位约合1.093元一天", ["399元", "365天", "1.093元", "一天"]),
    ("由于该功能仅推出了不到2个工作日", ["不到", "2个", "工作日"]),
    ("国家发展改革委追加中央预算内投资至2.85亿元，用于支持灾后恢复重建。", ["2.85亿元"]),
    ("钦州市安排2000万元资金用于补贴受灾企业申请灾后恢复生产贷款利息。", ["2000万元", "资金"]),
    ("实现销售额超9000万元，同比增长超42%。", ["9000万元", "42%"]),
    ("陈明德坐了500多公里火车，归还这笔钱。", ["500多公里"]),
    ("神舟十三号乘组共在轨飞行183天", ["183天"]),
    ("月销售额不超过2万元的增值税小规模纳税人", ["2万元"]),
    ("美国西部近十个州近期遭遇山林大火", ["近", "十个", "州"]),
    ("已经休眠31个月的欧洲彗星探测器", ["31个月"]),
    ("2021年，全球经济预计增长4.7%，基本抵消2020年的损失。", ["2021年", "4.7%", "2020年"]),
    ("从8月1日起，国家将对小微企业暂免征收增值税", ["8月", "1日"]),
    ("同比减少约40%，能够援助的人数正在减少。", ["约", "40%"]),
    ("每日晚7:30在我台综艺频道播出", ["7:30"]),
    ("我国有2.49亿老年人", ["2.49亿", "老年人"]),
    ("全球市值蒸发1.5万亿美元", ["1.5万亿美元"]),
    ("获赔70多万元", ["70多万元"]),
    ("注册资本三千五百万元", ["三千五百万元"]),
    ("１２３元", ["１２３元"]),
    ("GPT-4o与5G网络", ["GPT-4o", "5G"]),
]


@pytest.mark.parametrize("text, expected", NUMBER_CASES)
def test_numbers_stay_whole_with_units(nlp, text, expected):
    got = words(nlp, text)
    for word in expected:
        assert word in got, f"{word!r} not a token of {got}"
    positions = [got.index(word) for word in expected]
    assert positions == sorted(positions), got


@pytest.mark.parametrize(
    "text, word",
    [
        ("获取不同的高峰期优先使用时长。", "时长"),
        ("打赏金额在5.20元至399元不等", "不等"),
        ("月之暗面方面向记者表示", "月之暗面"),
        ("该业务目前在小范围灰度测试阶段", "灰度测试"),
    ],
)
def test_dictionary_words_not_split(nlp, text, word):
    assert word in words(nlp, text)


SENTENCE_CASES = [
    ("今年3月末,Kimi一度火到宕机。近日,有部分用户发现。", ["今年3月末,Kimi一度火到宕机。", "近日,有部分用户发现。"]),
    ("“他做科研是可以的,但我不知道他怎么商业化。”在今年的一次媒体采访中谈及。",
     ["“他做科研是可以的,但我不知道他怎么商业化。”", "在今年的一次媒体采访中谈及。"]),
    ("Super黄预测:“打赏模式不会给Kimi带来太多收入。”\n“5.20元送一朵花”,Kimi要“玩打赏”?",
     ["Super黄预测:“打赏模式不会给Kimi带来太多收入。”", "“5.20元送一朵花”,Kimi要“玩打赏”?"]),
    ("第一是价格为先;第二是用更高的价格来锚点。", ["第一是价格为先;", "第二是用更高的价格来锚点。"]),
    ("会成为更好选择吗?这一新模式!真的……是吗", ["会成为更好选择吗?", "这一新模式!", "真的……", "是吗"]),
    ("他说:“好.”我们走", ["他说:“好.”", "我们走"]),
    ("标题\n正文第一句。", ["标题", "正文第一句。"]),
    ("价格是5.20元,不含税", ["价格是5.20元,不含税"]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CASES)
def test_sentences(nlp, text, expected):
    doc = nlp(text)
    got = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert got == expected


def test_tags_and_universal_pos(nlp):
    doc = nlp("金沙江创投主管合伙人朱啸虎谈及月之暗面创始人杨植麟，他很好奇。")
    by_text = {t.text: t for t in doc}
    assert by_text["杨植麟"].tag_ == "nr" and by_text["杨植麟"].pos_ == "PROPN"
    assert by_text["谈及"].pos_ == "VERB"
    assert by_text["他"].pos_ == "PRON"
    assert by_text["，"].pos_ == "PUNCT"


def test_token_attributes_agree_with_the_token_table(nlp):
    # The tokenizer sets tags, UPOS, sentence starts and norms as one array; the spaCy Token API
    # must give what the plain-list table (read by the later stages) holds.
    doc = nlp("Kimi于3月末宕机。\u200b“他很好奇……”GPT-4o发布！")
    table = doc._.zh_table
    assert [t.text for t in doc] == table.texts
    assert [t.tag_ for t in doc] == table.tags
    assert [t.pos_ for t in doc] == table.pos
    assert [t.norm_ for t in doc] == table.norms
    assert [bool(t.is_sent_start) for t in doc] == table.sent_starts
    assert [t.idx for t in doc] == table.starts
    by_norm = {t.norm_: t for t in doc}
    assert by_norm["。"].text == "。\u200b"  # the zero-width space stays with the token before it
    assert by_norm["…"].text == "……" and by_norm["…"].is_punct and by_norm["！"].is_punct
    assert by_norm["Kimi"].pos_ == "PROPN" and by_norm["GPT-4o"].pos_ == "X"
    assert nlp("三百九十九")[0].like_num


def test_words_first_seen_in_a_memory_zone_still_work_after_it():
    # The tokenizer keeps the StringStore ids of words it has seen; spaCy drops the strings added
    # inside a memory zone when it ends, so their ids must not be kept.
    nlp = build_nlp(None)
    text = "鸡腿加油卡姆斯特朗说，他還在銀行工作。"
    with nlp.memory_zone():
        inside = [(t.text, t.norm_, t.tag_, t.pos_) for t in nlp.make_doc(text)]
    after = [(t.text, t.norm_, t.tag_, t.pos_) for t in nlp.make_doc(text)]
    assert after == inside
    assert ("銀行", "银行", "n", "NOUN") in after


@pytest.mark.parametrize(
    "tag, word, upos",
    [("n", "市场", "NOUN"), ("vn", "付费", "NOUN"), ("ns", "北京", "PROPN"), ("d", "终于", "ADV"),
     ("uj", "的", "PART"), ("ul", "了", "AUX"), ("m", "399元", "NUM"), ("x", "。", "PUNCT"),
     ("x", " ", "SPACE"), ("eng", "Kimi", "X"), ("p", "在", "ADP"), ("c", "和", "CCONJ"), ("", "★", "SYM")],
)
def test_upos_mapping(tag, word, upos):
    assert upos_for(tag, word) == upos


_LONG_SIMPLIFIED = "国家发展改革委追加中央预算内投资至2.85亿元，用于支持灾后恢复重建。钦州市安排2000万元资金用于补贴受灾企业申请灾后恢复生产贷款利息。"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("他還在銀行工作", "他还在银行工作"),
        ("這個", "这个"),
        ("国家发展改革委追加中央预算内投资", "国家发展改革委追加中央预算内投资"),  # simplified already
        ("他還在银行工作", "他還在银行工作"),  # one traditional character: cut as written
        ("", ""),
        (_LONG_SIMPLIFIED.replace("补贴", "補貼"), _LONG_SIMPLIFIED),  # 2 of 58 Han characters
        (_LONG_SIMPLIFIED * 2 + "補貼", _LONG_SIMPLIFIED * 2 + "補貼"),  # 2 of 118: under 3%
    ],
)
def test_simplified_for_segmenting(text, expected):
    assert simplified_for_segmenting(text) == expected


@pytest.mark.parametrize(
    "word",
    ["三千", "十五", "拾贰", "一二三", "五成", "十艺节", "五环", "万一", "亿元", "零下", "廿", "皕", "百万", "三千五百万",
     "399", "5.20", "1,000", "-3", "±5", "3/4", "３", "²", "①", "一/二", "血栓", "中国建设银行", "Kimi", "", "。", "十。"],
)
def test_like_num_is_spacys(word):
    # The tokenizer's like_num answers letter-only words at once; it must agree with spaCy's.
    assert _like_num(word) == spacy_like_num(word)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="〇一二三五九十百千万亿兆拾佰仟壹贰廿卅皕零两个月血栓中国aZ059٣²①+-±~/,.，。 ", max_size=8))
def test_like_num_is_spacys_on_any_word(word):
    assert _like_num(word) == spacy_like_num(word)


def test_user_dictionary_is_loaded_per_instance(tmp_path):
    userdict = tmp_path / "userdict.txt"
    userdict.write_text("鸡腿加油 1000 n\n", encoding="utf-8")
    custom = build_nlp(userdict)
    plain = build_nlp(None)
    assert "鸡腿加油" in words(custom, "给Kimi鸡腿加油")
    assert "鸡腿加油" not in words(plain, "给Kimi鸡腿加油")  # no process-wide side effect


def test_missing_user_dictionary_fails_loudly(tmp_path):
    from pipeline.errors import DataError

    with pytest.raises(DataError, match="user dictionary not found"):
        JiebaSegmenter(tmp_path / "nope.txt")
