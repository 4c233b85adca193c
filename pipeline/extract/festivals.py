"""Festivals and lunar dates: the Gregorian day of 春节, 中秋节, 国庆节 or 农历八月十五 in a year.

Lunar days are converted by ``lunardate`` (pure Python, its tables ship with it: nothing is fetched at
run time; it covers 1900-2099, outside which a day is ``None``). The date scanner (dates.py) finds the
words and chooses the year; this module only knows the calendar.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

# Lunar festivals: (lunar month, lunar day).
LUNAR_FESTIVALS = {
    "春节": (1, 1), "元宵节": (1, 15), "端午节": (5, 5), "端午": (5, 5), "七夕节": (7, 7), "七夕": (7, 7),
    "中元节": (7, 15), "中秋节": (8, 15), "中秋": (8, 15), "重阳节": (9, 9), "重阳": (9, 9), "腊八节": (12, 8),
    "腊八": (12, 8),
}
# The eve of the Spring Festival: the last day of the lunar year before it.
EVE = ("除夕夜", "除夕", "大年三十", "年三十")
# Solar festivals: (month, day).
SOLAR_FESTIVALS = {
    "元旦": (1, 1), "情人节": (2, 14), "三八国际妇女节": (3, 8), "三八妇女节": (3, 8), "妇女节": (3, 8),
    "植树节": (3, 12), "五一国际劳动节": (5, 1), "五一劳动节": (5, 1), "劳动节": (5, 1), "五四青年节": (5, 4),
    "青年节": (5, 4), "六一国际儿童节": (6, 1), "六一儿童节": (6, 1), "儿童节": (6, 1), "八一建军节": (8, 1),
    "建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1), "圣诞节": (12, 25),
}
_NAMES = sorted([*LUNAR_FESTIVALS, *EVE, *SOLAR_FESTIVALS], key=len, reverse=True)
# A festival's name; not the food (腊八粥), the show (春节联欢晚会) or a longer word (端午节 wins over 端午).
FESTIVAL = re.compile(rf"({'|'.join(_NAMES)})(?!粥|蒜|联欢|晚会|档)")

_CN_DAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_LUNAR_MONTHS = {"正月": 1, "冬月": 11, "腊月": 12}
_LUNAR_TEXT = re.compile(r"(?:农历)?(?:大年(初.)|(正月|腊月|冬月|(?:农历)?([一二三四五六七八九十]{1,2})月)(.{2,3}?)日?)$")


def lunar_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a lunar day of lunar ``year``, or None when that year's month lacks it.

    >>> lunar_day(2023, 8, 15), lunar_day(2023, 12, 8)
    (datetime.date(2023, 9, 29), datetime.date(2024, 1, 18))
    """
    try:
        return LunarDate(year, month, day).to_solar_date()
    except ValueError:
        return None


def festival_day(name: str, year: int) -> date | None:
    """The day of festival ``name`` in ``year`` (for lunar festivals: the lunar year ``year``).

    >>> festival_day("春节", 2023), festival_day("除夕", 2023), festival_day("国庆节", 2023)
    (datetime.date(2023, 1, 22), datetime.date(2023, 1, 21), datetime.date(2023, 10, 1))
    """
    if name in SOLAR_FESTIVALS:
        month, day = SOLAR_FESTIVALS[name]
        return date(year, month, day)
    if name in EVE:
        new_year = lunar_day(year, 1, 1)
        return new_year - timedelta(days=1) if new_year else None
    return lunar_day(year, *LUNAR_FESTIVALS[name])


def lunar_month_day(text: str) -> tuple[int, int] | None:
    """(lunar month, lunar day) of 大年初一, 正月初五, 腊月二十三, 农历八月十五; None if unreadable.

    >>> lunar_month_day("农历八月十五"), lunar_month_day("腊月廿三"), lunar_month_day("大年初一")
    ((8, 15), (12, 23), (1, 1))
    """
    m = _LUNAR_TEXT.match(text)
    if m is None:
        return None
    if m.group(1):
        month, day_text = 1, m.group(1)
    else:
        month = _LUNAR_MONTHS.get(m.group(2)) or _cn(m.group(3) or "")
        day_text = m.group(4)
    day = _lunar_day_number(day_text)
    if not month or not day or not 1 <= month <= 12:
        return None
    return month, day


def _lunar_day_number(text: str) -> int | None:
    if text.startswith("初"):
        return _cn(text[1:])
    if text.startswith("廿"):
        rest = _cn(text[1:])
        return 20 + rest if rest else None
    return _cn(text)


def _cn(text: str) -> int | None:
    """一 .. 三十 as a number (十五 is 15, 二十三 is 23)."""
    if not text or any(ch not in _CN_DAYS for ch in text):
        return None
    if "十" not in text:
        return _CN_DAYS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    n = (_CN_DAYS[tens] if tens else 1) * 10 + (_CN_DAYS[ones] if ones else 0)
    return n if len(tens) <= 1 and len(ones) <= 1 else None


def nearest(days: list[date | None], ref: date) -> date | None:
    """The day of ``days`` nearest to ``ref`` (春节 read in December is the coming one)."""
    known = [d for d in days if d is not None]
    return min(known, key=lambda d: abs((d - ref).days)) if known else None
