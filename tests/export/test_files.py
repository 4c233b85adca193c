"""JSON writing: the files' layout (json, unchanged bytes) and JSON Lines through orjson."""
import json

import pytest

from pipeline import api
from pipeline.export.files import RecordSpool, dumps, json_line

SENTENCE = "今年3月末，Kimi一度火到宕机。用户可通过支付购买5.20元至399元不等的礼物，约合1.093元一天。"


@pytest.fixture(scope="module")
def records():
    return [api.annotate_text(SENTENCE), api.facts_text(SENTENCE, published="2024-05-21")]


def test_json_lines_are_json_without_spaces(records):
    for record in records:
        line = json_line(record)
        assert line == json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        assert json.loads(line) == record and b"\n" not in line


@pytest.mark.parametrize(
    "value",
    [
        {"value": 10**20},  # beyond 64 bits: orjson refuses it, json writes it exactly
        {"value": -(2**64)},
        {"text": "\u2028行\u2029分隔", "ctrl": "\x1f\x7f"},
        {1: "int key"},
        {"nested": [{"a": [1.5, None, True]}], "empty": {}},
    ],
)
def test_json_lines_keep_every_value(value):
    line = json_line(value)
    assert json.loads(line) == json.loads(json.dumps(value))
    assert b"\n" not in line and b"\r" not in line


def test_a_token_that_is_not_json_fails_as_json_does():
    with pytest.raises(TypeError):
        json_line({"value": object()})


def test_spool_gives_back_what_was_appended():
    entries = [{"id": "a", "big": 10**20, "title": "国务院常务会议"}, {"id": "b", "index": {"title": None}}]
    spool = RecordSpool()
    for entry in entries:
        spool.append(entry)
    assert list(spool) == entries and len(spool) == 2
    assert dumps({"documents": spool}) == dumps({"documents": entries})  # the manifest's bytes


def test_file_layout_is_json_with_spaces(records):
    text = dumps(records[1])
    assert text.startswith("{\n") and text.endswith("}\n")
    facts = [line for line in text.splitlines() if line.startswith('  {"type": ')]
    assert facts and all(json.loads(line.rstrip(",")) for line in facts)

