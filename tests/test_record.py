"""The record's reading format, read back: every reader derives marks and zhuyin from the numbers."""
from __future__ import annotations

import pytest

from pipeline import api
from pipeline.annotate.pinyin import forms
from pipeline.record import marks_of, numbers_of, reading_text, syllables_of, token_rows, zhuyin_of


@pytest.mark.parametrize("syllables, text", [
    (("hang2", "ye4"), "hang2 ye4"),
    ((None, "duan1"), "- duan1"),
    (("lü4", "se4"), "lü4 se4"),
    ((None, None, None, None, "nian2"), "- - - - nian2"),
    ((None, None), None),
    (None, None),
])
def test_reading_text_round_trips(syllables, text):
    assert reading_text(syllables) == text
    if text is not None:
        assert syllables_of(text) == syllables


def test_derived_forms_equal_the_annotators_own():
    # 一个C端用户说很好: 一/不 sandhi, a Latin letter in a word, third-tone sandhi, the neutral tone
    record = api.annotate_text("一个C端用户说很好的。")
    checked = 0
    for token in token_rows(record):
        if token["pinyin"] is None:
            continue
        own = forms(syllables_of(token["pinyin"]))
        assert marks_of(token["pinyin"]) == " ".join(m for m in own["marks"] if m)
        assert zhuyin_of(token["pinyin"]) == " ".join(z for z in own["zhuyin"] if z)
        assert numbers_of(token["pinyin"]) == " ".join(n for n in own["numbers"] if n)
        checked += 1
    assert checked == 7
    assert marks_of("- duan1") == "duān" and zhuyin_of("de5") == "˙ㄉㄜ"


def test_spoken_is_written_only_where_it_differs_and_read_back_everywhere():
    record = api.annotate_text("一个用户说很好。")
    tokens = record["tokens"]
    assert dict(zip(tokens["pinyin"], tokens["spoken"])) == {
        "yi1 ge4": "yi2 ge4", "yong4 hu4": None, "shuo1": None, "hen3": "hen2", "hao3": None, None: None,
    }
    rows = {t["text"]: t["spoken"] for t in token_rows(record)}
    assert rows["用户"] == "yong4 hu4" and rows["一个"] == "yi2 ge4"


def test_token_rows_give_the_text_of_each_token():
    record = api.annotate_text("今年3月末，Kimi一度火到宕机。")
    assert [t["text"] for t in token_rows(record)] == ["今年", "3月", "末", "，", "Kimi", "一度", "火到", "宕机", "。"]
    assert [t["pinyin"] for t in token_rows(record)][:3] == ["jin1 nian2", "- yue4", "mo4"]
