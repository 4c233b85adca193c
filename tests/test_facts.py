"""facts.json: the `facts` command, the API, the schema, and invariants of every fact."""
import json

import jsonschema
from hypothesis import given, settings, strategies as st

from pipeline import api
from pipeline.cli import main
from pipeline.contract import schema_json
from pipeline.extract import extract_facts, extract_facts_from_text
from tests.conftest import CORPUS_SEED_PATH, SEED_NAME
from tests.test_cli import run_cli

SENTENCE = "今年3月末，Kimi推出打赏功能，399元365天，约合1.093元一天。"


def test_facts_command_prints_the_record(capsys, monkeypatch):
    code, out, err = run_cli(capsys, "facts", "-", "--reference-date", "2024-05-21",
                             stdin=SENTENCE.encode("utf-8"), monkeypatch=monkeypatch)
    assert code == 0 and err == ""
    record = json.loads(out)
    assert record["reference_date"] == "2024-05-21"
    assert [(f["type"], f["kind"], f["text"], f["value"]) for f in record["facts"]] == [
        ("date", "relative_date", "今年3月末", "2024-03"),
        ("money", "amount", "399元", 399),
        ("date", "duration", "365天", "P365D"),
        ("money", "per_unit", "1.093元一天", 1.093),
    ]
    assert record["facts"][0] == {"type": "date", "kind": "relative_date", "text": "今年3月末", "start": 0, "end": 5,
                                  "value": "2024-03", "sentence": 0}
    (tier,) = record["price_tiers"]
    assert (tier["amount"]["text"], tier["duration"]["text"], tier["per_unit"]["text"]) == ("399元", "365天", "1.093元一天")
    assert (tier["units"], tier["computed"], tier["stated"], tier["check"]) == (365, 1.0932, 1.093, "rounded")


def test_without_reference_date_relative_dates_are_partial(capsys, monkeypatch):
    code, out, _ = run_cli(capsys, "facts", stdin=SENTENCE.encode("utf-8"), monkeypatch=monkeypatch)
    assert code == 0
    first = json.loads(out)["facts"][0]
    assert (first["value"], first["partial"]) == (None, "XXXX-03")


def test_jsonl_records_use_their_own_published_date(capsys, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text(
        '{"id": "a", "text": "今年以来，价格上涨。", "published": "2013-05-08"}\n'
        '{"id": "b", "text": "今年以来，价格上涨。"}\n', encoding="utf-8")
    code, out, _ = run_cli(capsys, "facts", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["document"]["id"], r["reference_date"], r["facts"][0]["value"]) for r in records] == [
        ("a", "2013-05-08", "2013-01-01/.."), ("b", None, None)]
    code, out, _ = run_cli(capsys, "facts", str(path), "--reference-date", "2020-02-02")
    assert [json.loads(line)["facts"][0]["value"] for line in out.splitlines()] == ["2020-01-01/.."] * 2


def test_facts_bad_reference_date_is_one_line(capsys):
    code, out, err = run_cli(capsys, "facts", str(CORPUS_SEED_PATH), "--reference-date", "May 21")
    assert code == 2 and out == ""
    assert err == "error: --reference-date 'May 21' is not a date; expected YYYY-MM-DD, e.g. 2024-05-21\n"


def test_run_writes_facts_that_validate(tmp_path):
    api.run([CORPUS_SEED_PATH], tmp_path, api.Settings(reference_date="2024-05-21"))
    record = json.loads((tmp_path / SEED_NAME / "facts.json").read_text(encoding="utf-8"))
    jsonschema.validate(record, json.loads(schema_json("facts")))
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][0]["outputs"]["facts"] == f"{SEED_NAME}/facts.json"
    text = CORPUS_SEED_PATH.read_text(encoding="utf-8")
    assert all(text[f["start"] : f["end"]] == f["text"] for f in record["facts"])
    first_date = next(f for f in record["facts"] if f["type"] == "date")
    assert (first_date["text"], first_date["value"]) == ("今年3月末", "2024-03")


def test_facts_text_api():
    record = api.facts_text("获赔70多万。", id="x")
    assert record["facts"] == [{"type": "money", "kind": "amount", "text": "70多万", "start": 2, "end": 6,
                                "value": 700000, "currency": "CNY", "approx": True, "sentence": 0}]


def test_extractors_do_not_mutate_the_doc(nlp):
    doc = nlp(SENTENCE)
    before = [(t.text, t.norm_, t.tag_, t.pos_) for t in doc], doc._.zh_norm
    extract_facts(doc, "2024-05-21")
    assert ([(t.text, t.norm_, t.tag_, t.pos_) for t in doc], doc._.zh_norm) == before


_PIECES = st.sampled_from(list("今年去月日天元块万亿约近多余至到-—～自从以来前后初底末半个小时分，。“”（）(),:") +
                          ["2024", "3", "12", "99", "5.20", "1.093", "三千五百", "两三", "人民币", "美元", "年", "北京时间",
                           "上午", "8时", "一天", "每月", "“十四五”", "《", "》", "同期", "\u200b", "..."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join), st.sampled_from([None, "2024-05-21", "2000-01-01"]))
def test_any_text_gives_facts_whose_offsets_round_trip(text, reference_date):
    for fact in extract_facts_from_text(text, reference_date):
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert fact["start"] < fact["end"]
