"""The normalized copy the segmenter reads, and its map back to the original offsets."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate.normalize import normalize

ASCII_TO_FULL = {",": "，", "?": "？", "!": "！", "(": "（", ")": "）", ";": "；", ":": "："}


@pytest.mark.parametrize(
    "original, normalized",
    [
        ("今年3月末,Kimi一度火到宕机。", "今年3月末，Kimi一度火到宕机。"),
        ("急需Kimi?点击这里", "急需Kimi？点击这里"),
        ("Super黄(化名)", "Super黄（化名）"),
        ("第一是价格为先;第二是", "第一是价格为先；第二是"),
        ("Super黄预测:“打赏", "Super黄预测：“打赏"),
        ("1,000元和8:30开会", "1,000元和8:30开会"),  # inside numbers: unchanged
        ("见https://example.cn", "见https://example.cn"),
        ('他说"好"', "他说“好”"),
        ("收费、...", "收费、…"),
        ("好。。。", "好…"),
        ("５元ＡＢ", "5元AB"),
        ("打\u200b赏", "打赏"),
        ("宕机.近日", "宕机。近日"),
        ("5.20元", "5.20元"),
    ],
)
def test_normalized_text(original, normalized):
    assert normalize(original).text == normalized


def test_ellipsis_maps_back_to_all_its_dots():
    norm = normalize("收费、...")
    assert norm.to_original(3, 4) == (3, 6)
    assert norm.to_original(0, 4) == (0, 6)


PUNCT = st.sampled_from(list(ASCII_TO_FULL) + list(ASCII_TO_FULL.values()) + list('."“”…。、\n 1９a'))
HAN = st.sampled_from(list("今年月末宕机用户发现打赏功能元"))
TEXT = st.lists(st.one_of(PUNCT, HAN, st.just("\u200b")), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_offsets_stay_exact(text):
    norm = normalize(text)
    previous_end = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        assert previous_end <= start < end <= len(text)
        source = text[start:end]
        if end - start == 1:
            # one character for one: the same, its full-width form, a folded digit or a curly quote
            assert ch == source or ASCII_TO_FULL.get(source) == ch or (source, ch) in {(".", "。"), ('"', "“"), ('"', "”")} or ord(source) - 0xFEE0 == ord(ch)
        else:
            assert ch == "…" and set(source) <= set(".。…")
        previous_end = end
        # everything skipped between two normalized characters is invisible
        if i + 1 < len(norm.text):
            gap = text[end : norm.to_original(i + 1, i + 2)[0]]
            assert set(gap) <= {"\u200b"}
    assert norm.to_original(0, len(norm.text))[1] <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_replaced_lists_the_characters_changed_one_for_one(text):
    norm = normalize(text)
    changed = []
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        if end - start == 1 and text[start] != ch:
            changed.append(i)
    assert list(norm.replaced) == changed


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_tokens_cover_the_original_text(nlp, text):
    doc = nlp(text)
    assert "".join(t.text_with_ws for t in doc) == text
    pos = 0
    for token in doc:
        assert token.idx == pos and text[token.idx : token.idx + len(token)] == token.text
        pos += len(token.text_with_ws)
