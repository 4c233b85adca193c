"""The scoring script: span match, value match, speaker match, optional gold items."""
import json

import pytest

from pipeline.evaluate import evaluate, main, report


def money(text, start, value, **extra):
    return {"type": "money", "kind": "amount", "text": text, "start": start, "end": start + len(text),
            "value": value, "currency": "CNY", "approx": False, **extra}


def quote(text, start, speaker, **extra):
    return {"type": "quote", "kind": "direct", "text": text, "start": start, "end": start + len(text),
            "speaker": {"text": speaker, "start": 0, "end": len(speaker)} if speaker else None, "cue": "表示", **extra}


GOLD = [
    money("99元", 10, 99),
    money("5.2元", 20, 5.2),
    money("9.9元", 30, 9.9),
    {"type": "date", "kind": "period", "text": "“百模大战”开战以来", "start": 40, "end": 50, "value": None, "optional": True},
    quote("“好。”", 60, "朱啸虎"),
]


def test_perfect_prediction():
    predicted = [dict(f) for f in GOLD if not f.get("optional")]
    scores = evaluate(GOLD, predicted)
    assert [(s.type, s.f1) for s in scores.values()] == [("money", 1.0), ("date", 1.0), ("quote", 1.0)]
    assert scores["money"].value_right == 3 and scores["quote"].speaker_right == 1


def test_missing_spurious_and_wrong_values():
    predicted = [money("99元", 10, 99.0), money("5.2元", 20, 5.20, approx=True), money("1元", 90, 1)]
    scores = evaluate(GOLD, predicted, ("money",))
    s = scores["money"]
    assert (s.gold, s.predicted, s.matched, s.value_right) == (3, 3, 2, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert [f["text"] for f in s.missing] == ["9.9元"] and [f["text"] for f in s.spurious] == ["1元"]
    assert [w for _, _, w in s.wrong] == [["approx"]]
    text = report(scores)
    assert "missing   money amount '9.9元' [30:34]" in text
    assert "spurious  money amount '1元' [90:92]" in text
    assert "wrong     money amount '5.2元' [20:24]: approx: gold False != predicted True" in text


def test_a_shifted_span_is_a_miss_and_a_spurious_fact():
    s = evaluate(GOLD, [money("99元", 11, 99)], ("money",))["money"]
    assert (s.matched, len(s.missing), len(s.spurious)) == (0, 3, 1)


def test_optional_gold_is_neither_required_nor_penalised():
    optional = GOLD[3]
    with_it = evaluate(GOLD, [dict(optional)], ("date",))["date"]
    without = evaluate(GOLD, [], ("date",))["date"]
    for s in (with_it, without):
        assert (s.gold, s.predicted, s.matched, s.f1) == (0, 0, 0, 1.0)


def test_speaker_match_is_by_text():
    s = evaluate(GOLD, [quote("“好。”", 60, "他")], ("quote",))["quote"]
    assert (s.matched, s.value_right, s.speaker_right) == (1, 1, 0)
    assert "speaker: gold '朱啸虎' != predicted '他'" in report({"quote": s})


def test_cli(tmp_path, capsys):
    gold, pred = tmp_path / "gold.json", tmp_path / "pred.json"
    gold.write_text(json.dumps({"facts": GOLD}, ensure_ascii=False), encoding="utf-8")
    pred.write_text(json.dumps([money("99元", 10, 99)], ensure_ascii=False), encoding="utf-8")
    assert main([str(gold), str(pred), "--types", "money"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["money", "3", "1", "1", "1.000", "0.333", "0.500", "1/1", "-"]
    assert main([str(gold), str(pred), "--types", "money", "--min-f1", "0.95"]) == 1
    capsys.readouterr()
    assert main([str(gold), str(pred), "--types", "euro"]) == 2
    assert capsys.readouterr().err == "error: unknown fact type 'euro'; expected one of: money, date, quote\n"
