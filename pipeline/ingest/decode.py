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


# Signatures of common binary formats, so the message can say what the file is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"\x7fELF", "a program"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: NUL bytes in every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # ASCII-heavy text has NULs in half the bytes; Chinese in UTF-16 has few, so also accept
        # text that decodes cleanly and reads as common Chinese.
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if nuls > len(data) // 4 and other == 0 or _plausibility(text) >= 0.9:
            if "\x00" not in text:
                return text
    return None


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
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(source, f"binary file ({kind}), not text")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise InputError(source, f"contains NUL bytes (first at byte {data.index(0)}): binary data, not text")
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
    bad = data[utf8_error.start]
    raise InputError(
        source,
        f"not valid UTF-8 (byte 0x{bad:02x} at offset {utf8_error.start}), nor GB18030 or Big5 Chinese text",
    )
