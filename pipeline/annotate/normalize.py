"""Normalization for segmentation, with a map back to the original offsets.

Chinese news copied through web pages often carries ASCII punctuation where full-width marks belong
(``今年3月末,Kimi一度火到宕机``). jieba and the sentence splitter only know the full-width marks, so
the segmenter reads a normalized copy; every offset that leaves the pipeline is mapped back to the
original text, which is never changed.
"""
from __future__ import annotations

import re
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
_ELLIPSIS = re.compile(r"\.{3,}|。{3,}|…+")
# Characters with no visible form that break jieba's dictionary lookups when they sit inside a word.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def is_han(ch: str) -> bool:
    """True for a Han character (CJK unified ideographs, extensions, compatibility)."""
    return bool(_HAN.match(ch))


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalized string; ``starts[i]``/``ends[i]`` give the original span of its
    character ``i``. ``original_length`` closes the map for spans that end at the end of the text."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the original text.

        >>> n = normalize("好...吗")
        >>> n.text, n.to_original(1, 2)
        ('好…吗', (1, 4))
        """
        if start >= len(self.text):
            return self.original_length, self.original_length
        o_start = self.starts[start]
        o_end = self.ends[end - 1] if end > start else o_start
        return o_start, o_end


def _digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _fold_width(ch: str) -> str:
    """Full-width ASCII letters and digits (Ａ, ５) -> ASCII, so numbers stay numbers."""
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    return ch


def normalize(text: str) -> NormalizedText:
    """Return the copy the segmenter reads, with its offset map.

    ASCII ``, ? ! ( ) ; :`` become full-width marks except inside numbers and URLs (``1,000``,
    ``8:30``, ``https://``); a straight ``"`` becomes “ or ” by position; ``...`` becomes ``…``;
    full-width digits and letters become ASCII; invisible characters are dropped.

    >>> normalize("今年3月末,Kimi一度火到宕机").text
    '今年3月末，Kimi一度火到宕机'
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quote_open = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ".。…":
            m = _ELLIPSIS.match(text, i)
            if m:
                out.append("…")
                starts.append(i)
                ends.append(m.end())
                i = m.end()
                continue
        if ch in _INVISIBLE:
            i += 1
            continue
        if ch == "\n":
            quote_open = False  # a paragraph never carries an open straight quote over
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        mapped = _fold_width(ch)
        if ch in _FULLWIDTH:
            between_digits = _digit(prev) and _digit(nxt) and ch in ",:"
            in_url = ch == ":" and text.startswith("//", i + 1)
            if not (between_digits or in_url):
                mapped = _FULLWIDTH[ch]
        elif ch == '"':
            mapped = "”" if quote_open else "“"
            quote_open = not quote_open
        elif ch == "." and prev and (is_han(prev) or prev in "”’）」』") and not (
            nxt.isascii() and nxt.isalnum()
        ):
            mapped = "。"
        out.append(mapped)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return NormalizedText("".join(out), tuple(starts), tuple(ends), n)
