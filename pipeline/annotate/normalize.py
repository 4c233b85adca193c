"""Normalization for segmentation, with a map back to the original offsets.

Chinese news copied through web pages often carries ASCII punctuation where full-width marks belong
(``今年3月末,Kimi一度火到宕机``). jieba and the sentence splitter only know the full-width marks, so
the segmenter reads a normalized copy; every offset that leaves the pipeline is mapped back to the
original text, which is never changed.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# One ASCII mark -> its full-width form, where it stands in running Chinese text.
_FULLWIDTH = {
    ",": "，",
    "?": "？",
    "!": "！",
    "(": "（",
    ")": "）",
    ";": "；",
    ":": "：",
}
# Characters with no visible form that break jieba's dictionary lookups when they sit inside a word.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Everything normalization may change; the rest of the text is copied as it is. The lookahead
# names every first character there is: the search then passes any other at once (a third of the
# time).
_CANDIDATES = re.compile(
    rf"(?=[.。…,?!();:\"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a{_INVISIBLE}])(?:"
    r"\.{3,}|。{3,}|…{2,}"  # ellipses -> …
    r"|[,?!();:\"]"  # ASCII marks
    r"|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"  # full-width digits and letters
    rf"|[{_INVISIBLE}]+"
    r"|\."  # a full stop after Chinese
    r")"
)
_CLOSERS = "”’）」』"


def is_han(ch: str) -> bool:
    """True for a Han character (CJK unified ideographs, extensions, compatibility)."""
    return bool(_HAN.match(ch))


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalized string, with its map back to the original.

    Most of the text is copied one for one. Where normalization changed the length, ``breaks``
    holds (normalized offset, original offset) pairs from which the two advance together again
    (after ``...`` -> ``…``, after dropped invisible characters); ``wide`` holds the original end of
    each normalized character that stands for several (the ``…`` of ``...``); ``replaced`` holds the
    normalized offset of each character that took the place of another one for one (``，`` for
    ``,``)."""

    text: str
    breaks: tuple[tuple[int, int], ...]
    wide: dict[int, int]
    original_length: int
    replaced: tuple[int, ...] = ()

    def original_start(self, i: int) -> int:
        """Original offset where normalized character ``i`` begins."""
        k = bisect_right(self.breaks, (i, _AFTER_ANY)) - 1
        if k < 0:
            return i
        norm_at, orig_at = self.breaks[k]
        return orig_at + (i - norm_at)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the original text.

        >>> n = normalize("好...吗")
        >>> n.text, n.to_original(1, 2)
        ('好…吗', (1, 4))
        """
        if start >= len(self.text):
            return self.original_length, self.original_length
        o_start = self.original_start(start)
        if end <= start:
            return o_start, o_start
        last = end - 1
        return o_start, self.wide.get(last, self.original_start(last) + 1)


_AFTER_ANY = float("inf")


def _fold_width(ch: str) -> str:
    """Full-width ASCII letters and digits (Ａ, ５) -> ASCII, so numbers stay numbers."""
    return chr(ord(ch) - 0xFEE0)


def normalize(text: str) -> NormalizedText:
    """Return the copy the segmenter reads, with its offset map.

    ASCII ``, ? ! ( ) ; :`` become full-width marks except inside numbers and URLs (``1,000``,
    ``8:30``, ``https://``); a straight ``"`` becomes “ or ” by position; ``...`` becomes ``…``;
    full-width digits and letters become ASCII; invisible characters are dropped.

    >>> normalize("今年3月末,Kimi一度火到宕机").text
    '今年3月末，Kimi一度火到宕机'
    """
    out: list[str] = []
    breaks: list[tuple[int, int]] = []
    replaced: list[int] = []
    wide: dict[int, int] = {}
    copied = 0  # original offset up to which text is in ``out``
    shift = 0  # normalized offset minus original offset
    quote_open = False
    last_quote = 0
    for m in _CANDIDATES.finditer(text):
        i, j = m.start(), m.end()
        found = m.group()
        ch = found[0]
        prev = text[i - 1] if i else ""
        nxt = text[j] if j < len(text) else ""
        if ch in ".。…" and j - i > 1:
            replacement = "…"
        elif ch in _INVISIBLE:
            replacement = ""
        elif ch in _FULLWIDTH:
            between_digits = ch in ",:" and prev.isdigit() and prev.isascii() and nxt.isdigit() and nxt.isascii()
            in_url = ch == ":" and text.startswith("//", j)
            replacement = found if between_digits or in_url else _FULLWIDTH[ch]
        elif ch == '"':
            if "\n" in text[last_quote:i]:
                quote_open = False  # a paragraph never carries an open straight quote over
            replacement = "”" if quote_open else "“"
            quote_open = not quote_open
            last_quote = i
        elif ch == ".":
            after_chinese = prev and (is_han(prev) or prev in _CLOSERS)
            replacement = "。" if after_chinese and not (nxt.isascii() and nxt.isalnum()) else "."
        else:
            replacement = _fold_width(ch)
        if replacement == found:
            continue
        out.append(text[copied:i])
        out.append(replacement)
        copied = j
        if len(replacement) != j - i:
            if replacement:
                wide[i + shift] = j  # the one character stands for all of text[i:j]
            shift += len(replacement) - (j - i)
            breaks.append((j + shift, j))
        else:
            replaced.extend(range(i + shift, j + shift))
    out.append(text[copied:])
    return NormalizedText("".join(out), tuple(breaks), wide, len(text), tuple(replaced))
