"""Quotation marks pair as the pairwise search they replaced did, for any string of marks."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from pipeline.extract import quotes
from pipeline.extract.quotes import CLOSING, OPENING, _Quote


def _pairwise(view: str) -> list[tuple[int, int, int, tuple[int, int] | None]]:
    """The pairing as it was written before it was made linear: the stack searched from the top
    for each closing mark, and every quote compared with every other for its parent."""
    found: list[_Quote] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(view):
        if ch == "\n":
            stack.clear()
        elif ch in OPENING and not (ch == "‘" and stack and stack[-1][0] == "‘"):
            stack.append((ch, i))
        elif ch in CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == CLOSING[ch]:
                    found.append(_Quote(stack[depth][1], i + 1, depth))
                    del stack[depth:]
                    break
    found.sort(key=lambda q: (q.start, -q.end))
    for q in found:
        for p in found:
            if p is not q and p.start < q.start and q.end <= p.end:
                if q.parent is None or p.start > q.parent.start:
                    q.parent = p
    return [(q.start, q.end, q.depth, (q.parent.start, q.parent.end) if q.parent else None) for q in found]


class _View:
    def __init__(self, view):
        self.view = view


@settings(max_examples=400)
@given(st.text(alphabet="“”「」『』‘’好\n", max_size=40))
def test_pairs_and_parents_are_those_of_the_pairwise_search(view):
    ours = [(q.start, q.end, q.depth, (q.parent.start, q.parent.end) if q.parent else None)
            for q in quotes._pair_quotes(_View(view))]
    assert ours == _pairwise(view)


def test_a_quote_inside_a_quote_has_it_as_parent():
    # 他说：“她告诉我‘明天再谈’。”
    view = "他说：“她告诉我‘明天再谈’。”"
    outer, inner = quotes._pair_quotes(_View(view))
    assert (outer.start, outer.end, inner.parent) == (3, 16, outer)
