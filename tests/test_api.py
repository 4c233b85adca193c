"""The Python API returns what the files hold."""
import json

from pipeline import api
from tests.conftest import CORPUS_SEED_PATH


def test_annotate_file_equals_the_written_file(tmp_path):
    (record,) = api.annotate_file(CORPUS_SEED_PATH)
    api.run([CORPUS_SEED_PATH], tmp_path, api.Settings())
    written = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(record, ensure_ascii=False)) == written


def test_annotate_text():
    record = api.annotate_text("今年3月末，Kimi一度火到宕机。")
    assert [t["text"] for t in record["tokens"]] == ["今年", "3月", "末", "，", "Kimi", "一度", "火到", "宕机", "。"]
    assert record["sentences"] == [{"start": 0, "end": 17}]
