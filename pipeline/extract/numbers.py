"""Numerals as written in Chinese news -> exact ``Decimal`` values.

Shared by the money and date extractors. Arabic digits (with thousands separators and decimals),
Chinese numerals (through cn2an) and mixed forms with scale words (1.5万亿, 70多万, 三千五百万) are
read exactly: nothing is rounded and no float ever holds a value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

CN_DIGITS = "〇零一二两三四五六七八九"
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
_CN_DIGIT_VALUE = {ch: n for n, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
#: Banking (capital) numerals, written on cheques and contracts against tampering: 壹万贰仟元整. Each
#: stands for one ordinary numeral character (traditional 萬/億 too), so a text keeps its length when
#: they are read as ordinary ones.
CAPITAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖"
CAPITAL_CHARS = CAPITAL_DIGITS + "拾佰仟萬億"
TO_PLAIN = str.maketrans(CAPITAL_CHARS, "一二二三三四五六六七八九十百千万亿")
#: Latin scale letters after Arabic digits (3~5k元, 2w元): k is a thousand, w a 万.
LATIN_SCALES = {"k": "千", "K": "千", "w": "万", "W": "万"}

#: An Arabic number, possibly with thousands separators (ASCII or full-width comma, each followed by
#: exactly three digits) and a decimal part: 1,200.50, 12，345.60. No part can match what another
#: part matches, so a run of digits is read in one pass.
ARABIC = r"\d+(?:[,，]\d{3}(?!\d))*(?:\.\d+)?"
#: A Chinese numeral, possibly with a decimal part: 三千五百万, 一点五
CHINESE = rf"[{CN_NUMERAL_CHARS}]+(?:点[{CN_DIGITS}]+)?"


@dataclass(frozen=True)
class Numeral:
    """A parsed numeral: ``value`` exact (None when vague, 几千), ``approx`` for 多/余/几/数/上万."""

    value: Decimal | None
    approx: bool = False


class NumeralError(ValueError):
    """Text that is not a numeral this module reads."""


def chinese_integer(text: str) -> int:
    """三千五百万 -> 35000000; 两万三 -> 23000; 一〇二 -> 102 (digit by digit when no scale word).

    >>> chinese_integer("三千五百万")
    35000000
    """
    text = text.replace("两", "二").replace("〇", "零")
    if not text:
        raise NumeralError("empty numeral")
    if not any(ch in SCALES for ch in text):
        # 二〇二四 is read digit by digit, as years are written.
        return int("".join(str(_CN_DIGIT_VALUE[ch]) for ch in text))
    # Imported here: importing cn2an compiles its regexes, one of every city name (0.15 s at start),
    # and most documents never write a number with a scale word in characters.
    import cn2an

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError) as exc:
        raise NumeralError(f"not a Chinese numeral: {text!r}") from exc
    return int(value)


def _scale_of(scales: str) -> int:
    factor = 1
    for ch in scales:
        factor *= SCALES[ch]
    return factor


_APPROX_INSIDE = re.compile(r"[多余几数]|^上(?=[十百千万亿])")
_MIXED = re.compile(rf"^(?P<num>{ARABIC})(?P<approx1>多|余)?\s?(?P<scale>[十百千万亿]*)(?P<approx2>多|余)?$")
_LATIN_SCALE = re.compile(r"(?<=\d)[kKwW]$")
_GE_YI = re.compile("个(?=多?亿)")
_COMPOUND = re.compile(r"(\d+(?:\.\d+)?)(亿|万)(\d.*)")
_SCALES_ONLY = re.compile(r"[万亿]*")
_BARE_SCALE = re.compile(r"([百千万亿]+)(多|余)?")
_VAGUE_DIGIT = re.compile("[几数]")
_UP_TO_SCALE = re.compile("^上[十百千万亿]")
_SCALE_AT_END = re.compile("[万亿]+$")
_CHINESE_INTEGER = re.compile(rf"[{CN_NUMERAL_CHARS}]+")


def parse_numeral(text: str) -> Numeral:
    """Read a numeral with its scale words and approximators.

    >>> parse_numeral("1.5万亿").value
    Decimal('1500000000000')
    >>> parse_numeral("70多万")
    Numeral(value=Decimal('700000'), approx=True)
    >>> parse_numeral("几千")
    Numeral(value=None, approx=True)
    >>> parse_numeral("壹万贰仟").value, parse_numeral("两个亿").value
    (Decimal('12000'), Decimal('200000000'))
    """
    text = text.strip().translate(TO_PLAIN)
    # 两个亿, 1.5个亿 (colloquial for 两亿, 1.5亿); 5k, 2w (Latin scale letters after digits).
    text = _GE_YI.sub("", text)
    text = _LATIN_SCALE.sub(lambda m: LATIN_SCALES[m.group()], text)
    compound = _COMPOUND.fullmatch(text)
    if compound and not _SCALES_ONLY.fullmatch(compound.group(3)):
        # 3亿4千万, 10亿5千万, 2万5千: each part read on its own and added up.
        head = Decimal(compound.group(1)) * SCALES[compound.group(2)]
        rest = parse_numeral(compound.group(3))
        if rest.value is None:
            return Numeral(None, True)
        return Numeral(_normal(head + rest.value), rest.approx)
    bare = _BARE_SCALE.fullmatch(text)
    if bare:
        # 千万元, 百亿美元: a scale word alone counts one of it.
        return Numeral(Decimal(_scale_of(bare.group(1))), bool(bare.group(2)))
    m = _MIXED.match(text)
    if m:
        value = Decimal(m.group("num").replace(",", "").replace("，", "")) * _scale_of(m.group("scale"))
        return Numeral(_normal(value), bool(m.group("approx1") or m.group("approx2")))
    # Vague numerals: 几千, 数十万, 上万, 十几万, 几十亿 have no single value.
    if _VAGUE_DIGIT.search(text) or _UP_TO_SCALE.match(text):
        return Numeral(None, True)
    approx = False
    if "多" in text or "余" in text:
        approx = True
        # 十多万 = 十 (多) 万: the approximator sits between the digits and the scale.
        text = text.replace("多", "").replace("余", "")
    if "点" in text:
        whole, frac = text.split("点", 1)
        scale_tail = _SCALE_AT_END.search(frac)
        tail = scale_tail.group() if scale_tail else ""
        frac = frac[: len(frac) - len(tail)]
        if not frac or any(ch not in _CN_DIGIT_VALUE for ch in frac):
            raise NumeralError(f"not a Chinese numeral: {text!r}")
        value = Decimal(chinese_integer(whole) if whole else 0) + Decimal("0." + "".join(str(_CN_DIGIT_VALUE[c]) for c in frac))
        return Numeral(_normal(value * _scale_of(tail)), approx)
    if _CHINESE_INTEGER.fullmatch(text):
        return Numeral(Decimal(chinese_integer(text)), approx)
    raise NumeralError(f"not a numeral: {text!r}")


def _normal(value: Decimal) -> Decimal:
    """1.50 stays 1.50 (as written); 15000.0 from 1.5万 becomes 15000."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value
