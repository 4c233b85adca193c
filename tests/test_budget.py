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
