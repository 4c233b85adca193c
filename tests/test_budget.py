"""The per-document time budget turns a runaway step into that document's error."""
from __future__ import annotations

import re

import pytest

from pipeline.budget import time_budget
from pipeline.errors import DocumentTimeout


def test_a_step_past_the_budget_is_stopped_with_a_one_line_error():
    # A catastrophic regex over a long run: the kind of step the budget guards against
    with pytest.raises(DocumentTimeout) as raised:
        with time_budget(0.2):
            while True:
                re.match(r"(〇+)+元", "〇" * 22)
    assert "\n" not in str(raised.value) and "0.2 s" in str(raised.value)


def test_no_budget_and_a_finished_block_leave_no_alarm_behind():
    with time_budget(None):
        pass
    with time_budget(30):
        total = sum(range(1000))
    assert total == 499500
    import signal
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_runaway_document_is_its_own_error_and_the_others_are_written(tmp_path):
    from pipeline.annotate.segment import shared_nlp
    from pipeline.run import Settings, run

    shared_nlp()  # loaded before the budget counts: loading is not a document's time
    small, big = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    small.parent.mkdir()
    small.write_text("近日，Kimi推出了打赏功能，价格5.20元。", encoding="utf-8")
    big.write_text("据新华社报道，2024年3月5日，该公司营收约1.5亿元，同比增长百分之十。" * 8_000, encoding="utf-8")
    summary = run([small.parent], tmp_path / "out", Settings(pages=False, document_seconds=0.5), progress=False)
    assert [d["id"] for d in summary.documents] == ["a"]
    (error,) = summary.errors
    assert error["source"].endswith("b.txt") and "took longer than the 0.5 s a document may take" in error["error"]
    assert not (tmp_path / "out" / "b").exists() or not (tmp_path / "out" / "b" / "annotated.json").exists()
