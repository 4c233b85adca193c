"""Sentence spans (document.sentence_spans): what annotated.json lists and facts.json points into,
made once per Doc by looking only at each sentence's edges; checked against the plain definition."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate.document import annotate, sentence_spans
from pipeline.models import Document

TEXTS = [
    "今年3月末,Kimi宕机。",
    "标题\n\n  正文第一句。第二句！\n\u3000\u3000新段落？  \n",
    "“好。”他说。\n\n\n",
    "   \n  \n",
    "399元365天约合1.093元一天。 记者了解到，价格 将上调。",
]
CHARACTERS = list("好的他说今年元。！？，“”\n \u3000\t") + ["3", "a", "..."]


def plain_spans(doc) -> list[tuple[int, int, int, int]]:
    """Every sentence's non-whitespace words, first to last (whitespace-only sentences dropped)."""
    table, base = doc._.zh_table, doc._.zh_base
    spans = []
    for first, stop in table.sentence_ranges():
        words = [i for i in range(first, stop) if not table.texts[i].isspace()]
        if words:
            a, z = words[0], words[-1]
            spans.append((a, z + 1, base + table.starts[a], base + table.starts[z] + len(table.texts[z])))
    return spans


def spans_of(nlp, text: str, head: str = "") -> tuple[list, list]:
    document = Document("x", head + text, "x", "", "txt", (len(head), len(head) + len(text)))
    doc = annotate(document, nlp)
    return sentence_spans(doc), plain_spans(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_spans_follow_the_definition(nlp, text):
    ours, plain = spans_of(nlp, text, head="标题\n")
    assert ours == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CHARACTERS), max_size=40).map("".join))
def test_any_text_has_the_defined_spans(nlp, text):
    ours, plain = spans_of(nlp, text)
    assert ours == plain


def test_spans_follow_the_document_offset(nlp):
    document = Document("x", "标题\n正文。", "x", "", "txt", (3, 6))
    doc = annotate(document, nlp)
    assert sentence_spans(doc)[0][2:] == (3, 6)
    doc._.zh_base = 0  # made again for another offset, not read from the first call
    assert sentence_spans(doc)[0][2:] == (0, 3)
