"""Invariants over arbitrary Unicode text (Hypothesis): nothing escapes, offsets are exact,
outputs validate against their schemas, the same input gives the same bytes."""
import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import api
from pipeline.contract import schema_json
from pipeline.export.files import dumps
from pipeline.record import token_rows

# Chinese news characters, the marks that matter, and the awkward rest of Unicode.
NEWS = st.sampled_from(list("今年月日元美万亿约近多余表示说“”「」『』\"'，。！？；：、（）《》…—-~至到每天一二三四五六七八九十百千零两0123456789.%"))
TEXT = st.lists(
    st.one_of(NEWS, NEWS, NEWS, st.characters(codec="utf-8"), st.sampled_from(["\n", "\r\n", "\u200b", "🎉", "𠮷", "が", "\x00"])),
    max_size=80,
).map("".join)

ANNOTATED = json.loads(schema_json("annotated"))


def check_tokens(text: str, record: dict) -> None:
    covered = [False] * len(text)
    previous_end = 0
    for token in token_rows(record):
        start, end = token["start"], token["end"]
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == token["text"]
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    # every visible character is in a token
    assert all(covered[i] or text[i].isspace() or text[i] in "\u200b\u200c\u200d\u2060\ufeff\u00ad" for i in range(len(text)))
    for start, end in zip(record["sentences"]["start"], record["sentences"]["end"]):
        assert 0 <= start < end <= len(text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_annotate_any_text(text):
    record = api.annotate_text(text)
    assert record["text"] == text
    check_tokens(text, record)
    jsonschema.validate(json.loads(dumps(record)), ANNOTATED)
    assert dumps(api.annotate_text(text)) == dumps(record)
