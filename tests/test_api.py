"""The Python API returns what the files hold."""
import json

from pipeline import api
from pipeline.record import token_rows
from tests.conftest import CORPUS_SEED_PATH


def test_annotate_file_equals_the_written_file(tmp_path):
    (record,) = api.annotate_file(CORPUS_SEED_PATH)
    api.run([CORPUS_SEED_PATH], tmp_path, api.Settings())
    written = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    del record["lexicon"]  # a record read on its own carries its lexicon; a corpus run writes a table
    assert json.loads(json.dumps(record, ensure_ascii=False)) == written


def test_annotate_text():
    record = api.annotate_text("今年3月末，Kimi一度火到宕机。")
    assert [t["text"] for t in token_rows(record)] == ["今年", "3月", "末", "，", "Kimi", "一度", "火到", "宕机", "。"]
    assert record["sentences"] == {"start": [0], "end": [17]}
    assert set(record["lexicon"]) == {key for key in record["tokens"]["lex"] if key}
    assert record["lexicon"]["今年|jin1 nian2"]["gloss"] == "this year"
