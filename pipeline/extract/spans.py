"""Sorted spans asked whether a span overlaps one, or an offset or span lies inside one, in
O(log n) each: a long document's facts are never compared pairwise (a 1,000,000-character text
has tens of thousands of dates, titles and sums)."""
from __future__ import annotations

import bisect
from itertools import accumulate
from typing import Iterable


class SpanIndex:
    """(start, end) spans, in any order, nested or not.

    >>> titles = SpanIndex([(0, 10), (20, 25)])
    >>> titles.covers(3), titles.covers(10), titles.contains(21, 25), titles.contains(8, 12), titles.overlaps(8, 21)
    (True, False, True, False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # The furthest end among the spans that start at or before each one: a span overlaps
        # [start, end) exactly when one starting before ``end`` ends after ``start``.
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def _furthest(self, before: int) -> int:
        """The furthest end of the spans starting before ``before`` (-1 when none does)."""
        n = bisect.bisect_left(self._starts, before)
        return self._reach[n - 1] if n else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        return self._furthest(end) > start

    def covers(self, offset: int) -> bool:
        """Some span holds the character at ``offset``."""
        return self._furthest(offset + 1) > offset

    def contains(self, start: int, end: int) -> bool:
        """Some span holds all of [start, end)."""
        return self._furthest(start + 1) >= end
