"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5, detected."""
from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache

from pipeline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@lru_cache(maxsize=65536)
def _is_common_han(ch: str) -> bool:
    """A character of GB2312 level 1 (3,755 common simplified) or Big5 level 1 (5,401 common
    traditional): real Chinese text is almost all such characters, mis-decoded bytes are not."""
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = ch.encode("big5")
        return len(big5) == 2 and 0xA4 <= big5[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """Share of common Han characters among the non-ASCII letters of ``text`` (0..1)."""
    letters = [c for c in text if ord(c) > 0x7F and unicodedata.category(c).startswith("L")]
    if not letters:
        return 0.0
    return sum(_is_common_han(c) for c in letters) / len(letters)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` and name the encoding found.

    >>> decode("今年3月末".encode("gb18030"), "a.txt")
    ('今年3月末', 'gb18030')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {encoding} text despite its byte-order mark ({exc.reason} at byte {exc.start})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), encoding == "gb18030", encoding, text))
    if candidates:
        score, _, encoding, text = max(candidates)
        if score >= 0.5:
            return text, encoding
    raise InputError(
        source,
        f"not valid UTF-8 (byte {utf8_error.start}), and not plausible GB18030 or Big5 Chinese text",
    )
