"""facts_record places facts in the sentences annotated.json lists (sentence_spans), read its own way."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate.document import annotate, sentence_spans
from pipeline.extract import _sentence_bounds
from pipeline.models import Document

TEXTS = [
    "今年3月末,Kimi宕机。",
    "标题\n\n  正文第一句。第二句！\n\u3000\u3000新段落？  \n",
    "“好。”他说。\n\n\n",
    "   \n  \n",
    "399元365天约合1.093元一天。 记者了解到，价格 将上调。",
]
CHARACTERS = list("好的他说今年元。！？，“”\n \u3000\t") + ["3", "a", "..."]


def spans_of(nlp, text: str, head: str = "") -> tuple[list, list]:
    document = Document("x", head + text, "x", "", "txt", (len(head), len(head) + len(text)))
    doc = annotate(document, nlp)
    return _sentence_bounds(doc), [(start, end) for _, _, start, end in sentence_spans(doc)]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_are_those_of_annotated_json(nlp, text):
    ours, annotated = spans_of(nlp, text, head="标题\n")
    assert ours == annotated


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CHARACTERS), max_size=40).map("".join))
def test_any_text_has_the_sentences_of_annotated_json(nlp, text):
    ours, annotated = spans_of(nlp, text)
    assert ours == annotated
