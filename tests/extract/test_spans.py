"""SpanIndex answers as the pairwise comparisons it replaces, for nested and overlapping spans."""
from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.extract.spans import SpanIndex

SPAN = st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(SPAN, max_size=12), SPAN)
def test_the_same_answers_as_comparing_every_span(spans, probe):
    index = SpanIndex(spans)
    start, end = probe
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert index.contains(start, end) == any(s <= start and end <= e for s, e in spans)
    assert index.covers(start) == any(s <= start < e for s, e in spans)


def test_a_date_inside_a_title_and_a_sum_beside_a_date():
    # 《“十四五”国家应急体系规划》: the title holds the 十四五; 399元365天: the sum ends where the days start
    titles = SpanIndex([(0, 14)])
    assert titles.contains(2, 5) and not titles.contains(12, 16)
    sums = SpanIndex([(0, 4)])
    assert not sums.overlaps(4, 8) and sums.overlaps(3, 8)
