"""Date and time facts (FACTS.md, "Dates and times"): dates, relative dates, durations, periods.

A small scanner reads time expressions from the normalized copy of the ``Doc`` text: a *point*
(2021年9月2日, 今年3月末, 12月6日上午8时, 今天凌晨4点15分, 2022年一季度, 上世纪50年代), ranges of points
(2020年4-8月, 1945年7月17日至8月2日), open intervals (今年以来, 自2012年12月1日起), durations (365天,
两个月, 30多个小时) and relative offsets (十年前, 5年后). Values are ISO 8601 at the granularity of the
text, resolved against the reference date; without one, a year-less value becomes a TIMEX3-style
``partial`` (XXXX-03). Spans must start and end on token boundaries, so 近日 inside 最近日本 or 一天 inside
统一天下 are never read as time.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.annotate.segment import text_and_normalized
from pipeline.extract.festivals import EVE, FESTIVAL, festival_day, lunar_day, lunar_month_day, nearest
from pipeline.extract.numbers import NumeralError, chinese_integer
from pipeline.extract.pattern_starts import Starts
from pipeline.extract.spans import SpanIndex
from pipeline.models import DateFact

_CN = "〇零一二两三四五六七八九十"
# A number of days, years ... in numeral characters: at most twelve (一千二百三十四 is seven), read
# without giving any back (a unit never starts with a numeral), so a run of thousands of numerals
# costs each place the scanner tries twelve steps, not the rest of the run.
_CN_NUMBER = f"[{_CN}]{{1,12}}+"
_NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"


def _int(text: str) -> int:
    return int(text) if text.isdigit() else chinese_integer(text)


@dataclass
class Point:
    """What a time expression fixes. ``year`` None means unknown (no reference date)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: str | None = None
    relative: bool = False  # depends on the reference date or another time (今年, 本月, 十年前)
    unresolved: bool = False  # depends on a time that is not known (当年 with nothing before)
    has_year: bool = False  # the expression names a year (2021年, 今年), not borrowed from context
    anchor: str | None = None  # a word that needs a time from the text: 当月, 次年, 同期
    from_text: bool = False  # a year-less point whose year (and month) the passage named before it

    def granular(self) -> bool:
        return any(v is not None for v in (self.month, self.day, self.hour, self.quarter, self.half, self.season))


@dataclass
class Found:
    start: int
    end: int
    kind: str
    value: str | None
    partial: str | None = None
    point: Point | None = None
    extra: dict = field(default_factory=dict)


_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2, "来年": 1}
_ANCHOR_YEAR = {"当年": 0, "同年": 0, "次年": 1, "翌年": 1, "那一年": 0, "那年": 0}
_REL_MONTH = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "这个月": 0}
_ANCHOR_MONTH = {"当月": 0, "同月": 0, "次月": 1}
_REL_DAY = {
    "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0, "昨天": -1, "昨日": -1, "昨晚": -1,
    "昨夜": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2, "大前天": -3, "大后天": 3,
}
_ANCHOR_DAY = {"当天": 0, "当日": 0, "同日": 0, "次日": 1, "翌日": 1, "当晚": 0}
_VAGUE_RELATIVE = ("有一年", "有一天", "近日", "日前", "近期", "近来", "前不久", "不久前", "日内", "近段时间", "前些天", "前几天", "前段时间")
_VAGUE_PERIOD = ("最近几天", "最近几年", "最近一段时间", "这两天", "这几天", "近几天", "这些天", "这两年", "近两年",
                 "这些日子", "近年来", "近几年来", "近些年来", "多年来", "长期以来", "连日来", "多日来", "近日来", "连月来", "这些年来",
                 "这些年", "这几年", "近几年", "近些年", "近年")
_DAY_PARTS = {
    "凌晨": 0, "早上": 0, "早晨": 0, "清晨": 0, "上午": 0, "中午": 12, "午间": 12, "下午": 12, "午后": 12,
    "傍晚": 12, "晚上": 12, "晚间": 12, "夜间": 12, "夜里": 12, "深夜": 12, "早间": 0, "晚": 12, "夜": 12,
}
_SEASONS = {"春季": "SP", "春天": "SP", "夏季": "SU", "夏天": "SU", "秋季": "FA", "秋天": "FA", "冬季": "WI", "冬天": "WI"}
_TZ = re.compile(r"(?:北京时间|当地时间|格林尼治时间|(?:美国)?(?:东部|西部)时间|[东西]八区时间)")
_SEP = r"(?:至|到|-|－|—|–|~|～)"
_SORTED = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731

_YEAR_ABS = re.compile(r"(\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?(?![轻纪龄级])")
# A year in two digits (22年3月, 在22年): a year only where a month or part of the year follows, or a
# word that places a time stands before; 22年来 and 工作了22年 count years.
_YEAR_SHORT = re.compile(r"(\d{2})年(?![轻纪龄级代来间里内前后多半以之])")
_YEAR_SHORT_FRAME = re.compile(r"(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月|初|底|末|上半年|下半年|第?[一二三四]季度)")
_YEAR_SHORT_BEFORE = re.compile(r"[在于]$")
_YEAR_SHORT_AFTER = re.compile(r"(?:[，,。；;、]|时|的时候)")
_YEAR_REL = re.compile(rf"({_SORTED(list(_REL_YEAR) + list(_ANCHOR_YEAR))})(?![迈轻])")
_DECADE = re.compile(
    r"(上世纪|20世纪|二十世纪|19世纪|十九世纪|本世纪|21世纪)?(\d{2}|\d{3}0|[一二三四五六七八九]十)年代(?:初期|中期|末期|后期|前期|初|中|末)?"
)
_DECADE_PAIR = re.compile(r"(上世纪|20世纪|二十世纪|本世纪|21世纪)?([一二三四五六七八])([二三四五六七八九])十年代")
_YEAR_PART = re.compile(
    r"(年初|年底|年末|年终|年中|初|底|末|上半年|下半年|(?:第)?([一二三四1-4])季度|前([一二三1-3])(?:个)?季度|"
    r"前(\d{1,2}|[一二两三四五六七八九十]{1,3})个月|"
    r"春季|春天|夏季|夏天|秋季|秋天|冬季|冬天)"
)
_MONTH = re.compile(rf"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?![亮光饼球])")
_MONTH_REL = re.compile(rf"({_SORTED(list(_REL_MONTH) + list(_ANCHOR_MONTH))})")
_MONTH_PART = re.compile(r"(上旬|中旬|下旬|初|底|末|中)")
_DAY = re.compile(r"(3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号](?!报(?!道)|元|本|子)")
_DAY_REL = re.compile(rf"({_SORTED(list(_REL_DAY) + list(_ANCHOR_DAY))})")
_DAY_PART = re.compile(rf"({_SORTED(_DAY_PARTS)})")
# A clock time: 8时, 3点30分, 9时30分许, 晚8点半, 3点多, 8点40 (minutes without 分 only after 点 and two
# digits), 20:30, 14:20:00, 20:05分.
_HOUR = re.compile(
    rf"(?P<h>\d{{1,2}}|[{_CN}]{{1,3}})[时点](?:钟)?(?:(?P<m>\d{{1,2}}|[{_CN}]{{1,3}})分|(?P<half>半)|整|(?<=点)(?P<m2>\d{{2}})(?![\d分.％%]))?"
    r"(?P<more>多|许)?(?![钟半])"
    r"|(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)(?:分|点)?(?P<more2>许)?"
)
# 5月6日 08:00: a space may stand between a day and a time written with a colon.
_SPACE_BEFORE_COLON_TIME = re.compile(r"[ \u3000](?=\d{1,2}:\d{2})")
# A clock time with no day of its own (上午9时30分, 下午3点多, 9点15): the day part, then the hour.
_CLOCK = re.compile(rf"(?P<part>{_SORTED(_DAY_PARTS)})?(?=[\d{_CN}])")
_DAY_PART_THEN_HOUR = re.compile(rf"(?:{_SORTED(_DAY_PARTS)})[\d{_CN}]")  # where _CLOCK can start with a part
# Where a bare 20:30 is no time: scores (以25:16、25:18), ratios (跌破1:58).
_CLOCK_CLAUSE_START = re.compile(r"(?:^|[，,。：:；;！？\n（(“）)]|于|在|到|至|从|自|是|为|定于|将于|时间)$")
# A date in figures: 2023-05-06, 2023/5/6, 2023.05.06, with a time after it (2023-05-06 14:20:00).
_NUMERIC_DATE = re.compile(
    r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])(?:[ T\u3000]?(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?"
)


def _shifted(hour: int, shift: int, part: str | None) -> int:
    """The hour on a 24-hour clock: 下午3点 is 15, 下午17点 stays 17, 中午11点 is 11 but 中午1点 13."""
    if not shift or hour >= 12 or (part in ("中午", "午间") and hour >= 10):
        return hour
    return hour + shift


def _clock_end(h: re.Match, start: int, aligned) -> int:
    """Where a clock time ends: after its 多/许 when a word ends there (8点多因故障 is cut 8点|多因)."""
    more = "more" if h.group("more") else "more2" if h.group("more2") else None
    if more and not aligned(start, h.end()):
        return h.start(more)
    return h.end()


def _clock(h: re.Match) -> tuple[int, int | None] | None:
    """(hour, minute) of a match of _HOUR, or None when it names no time of day (25:16, 8时70分)."""
    hour = _int(h.group("h") or h.group("H"))
    minute_text = h.group("m") or h.group("m2") or h.group("M")
    minute = 30 if h.group("half") else (_int(minute_text) if minute_text else None)
    if hour > 24 or (minute is not None and minute >= 60) or (h.group("S") and int(h.group("S")) >= 60):
        return None
    return hour, minute


_WEEK_REL = re.compile(r"(本周|上周|下周|这周|上星期|下星期|上个星期|下个星期|这个星期|这星期)(?![一二三四五六日天末])")
# A weekend of a week the reference date fixes: 本周末, 这个周末, 上周末, 下个周末 (a bare 周末 recurs).
_WEEKEND = re.compile(r"(本|这个?|上个?|下个?)周末")
# A weekday, in the reference date's week unless 上/下 moves it: 周二, 上周五, 星期天.
_WEEKDAY = re.compile(r"(上个?|下个?|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])(?![年岁])")
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_DURATION_UNITS = {
    "年": "Y", "个月": "M", "天": "D", "日": "D", "周": "W", "个星期": "W", "星期": "W", "个小时": "H", "小时": "H",
    "钟头": "H", "个钟头": "H", "分钟": "MIN", "秒钟": "S", "秒": "S", "个工作日": None, "工作日": None,
    "个交易日": None, "交易日": None, "个季度": "Q", "个年头": "Y", "年半": "Y+", "个半月": "M+", "个半小时": "H+",
    "夜": None, "昼夜": None, "月": None, "个世纪": "C", "世纪": "C",
}
_DURATION = re.compile(
    rf"(?P<num>\d++(?:\.\d+)?|{_CN_NUMBER}|[几数]|半)(?P<more>多|余|几)?(?P<count>个多|个半)?"
    rf"(?P<unit>{_SORTED(_DURATION_UNITS)})(?P<half>半)?"
)
# One-character function words jieba sometimes glues to the first character of a date (了上|世纪, 比上|月).
_GLUE_BEFORE = frozenset("了的在于是从自到和与及比较至为由就而并也都将已曾")
_OFFSET = re.compile(
    rf"(?P<num>\d++|{_CN_NUMBER})(?:(?P<sep>{_SEP})(?P<num2>\d++|{_CN_NUMBER}))?(?P<more>多)?"
    r"(?P<unit>年|个月|天|周|个星期|个小时|小时|分钟|秒钟|秒)(?P<dir>前|后|之前|之后|以前|以后)"
)
_NOT_DURATION_AFTER = re.compile(r"^(?:岁|周岁|周年|级|届|代|期间?计划|行动|计划|规划|制|号|版|轻|纪|龄|初|底|末|中|以上学历)")
# Lunar-calendar days: a date whose Gregorian value needs the year's lunar calendar (left null).
_LUNAR = re.compile(
    r"(?:农历|藏历)?(?:大年初[一二三四五六七八九十]|除夕|(?:正月|腊月|冬月|农历[一二三四五六七八九十]{1,2}月)"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十))"
)
_FIVE_YEAR_PLAN = re.compile(r"“(十[一二三四五六七八九]?五)”(时期|期间)")
_EVERY_YEAR = re.compile(rf"每年(?:的)?(\d{{1,2}}|[{_CN}]{{1,2}}){_SEP}(\d{{1,2}}|[{_CN}]{{1,2}})月(?:份)?(间)?")


def extract_dates(doc: Doc, reference_date: str | None = None) -> list[DateFact]:
    """Every date fact of ``doc``; offsets index the document text.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> [(f.kind, f.text, f.value, f.partial) for f in extract_dates(shared_nlp()("今年3月末,Kimi宕机"))]
    [('relative_date', '今年3月末', None, 'XXXX-03')]
    """
    ref = date.fromisoformat(reference_date) if reference_date else None
    table = doc._.zh_table
    source, norm = text_and_normalized(doc)
    text = norm.text
    starts = set(table.starts)

    def ends_word(e: int) -> bool:
        # A word ends where the next begins (found by bisection: a set of them is rarely asked).
        k = bisect_left(table.starts, e, 1)
        return k < len(table.starts) and table.starts[k] == e or e == len(source) and bool(table.starts)

    def aligned(s: int, e: int) -> bool:
        # jieba sometimes glues a particle to the word after it (了上 | 世纪) or a relation word to
        # the word before (3月 | 底前): those boundaries count.
        start_ok = norm.original_start(s) in starts or (
            s > 0 and text[s - 1] in _GLUE_BEFORE and norm.original_start(s - 1) in starts
        )
        return start_ok and (ends_word(norm.to_original(e - 1, e)[1]) or text[e : e + 1] in ("前", "后", "止", "起"))

    scanner = _Scanner(text, ref, aligned, lambda s: norm.original_start(s) in starts)
    # Titles are names: the “十四五” of 《“十四五”国家应急体系规划》 or 《9月平壤共同宣言》 is no date.
    titles = SpanIndex((m.start(), m.end()) for m in _TITLE.finditer(text))
    found = [f for f in scanner.scan() if not titles.contains(f.start, f.end)]
    base = doc._.zh_base or 0
    facts = []
    for f in found:
        o_start, o_end = norm.to_original(f.start, f.end)
        facts.append(
            DateFact(kind=f.kind, text=source[o_start:o_end], start=base + o_start, end=base + o_end,
                     value=f.value if _days_exist(f.value) else None, partial=f.partial)
        )
    return facts


def _days_exist(value: str | None) -> bool:
    """Every day a value names is on the calendar: arithmetic on a day (去年同期 of 2024-02-29)
    can name one that is not, and then the text fixes no value."""
    return all(_real_day(*map(int, day.split("-"))) for day in _ISO_DAY.findall(value or ""))


# Patterns the scanner tries at every word start, compiled once (longest vague words first, as listed).
_VAGUE_PERIOD_AT = re.compile("|".join(map(re.escape, _VAGUE_PERIOD)))
_VAGUE_RELATIVE_AT = re.compile("|".join(map(re.escape, _VAGUE_RELATIVE)))
_FISCAL_YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})财年")
_YEAR_RANGE = re.compile(rf"(\d{{4}}){_SEP}(\d{{4}})年(?:度)?")
_SINCE_TAIL = re.compile(r"(?:以来|起|开始)")
_BARE_PART = re.compile(r"(年初|年底|年末|年终|月初|月底|月末|月中)(?![期])")
_LEFT_NUMBER = re.compile(rf"(\d{{1,2}}|[{_CN}]{{1,2}}){_SEP}")
_OPEN_END = re.compile(r"(?:以来|起)")
_SEP_AT = re.compile(_SEP)
_JIAN = re.compile("间")
_MONTH_RANGE = re.compile(rf"(\d{{1,2}}|[{_CN}]{{1,2}}){_SEP}(\d{{1,2}}|[{_CN}]{{1,2}})月(?:份)?")
_TITLE = re.compile(r"《[^《》\n]*》")
_YEARLESS_PART = re.compile(r"(上半年|下半年|(?:第)?([一二三四1-4])季度)")
_COMPARED_WITH = re.compile("(?:比|较|环比)$")
_FUTURE_BEFORE = re.compile(r"(?:将|定于|拟|预计|计划|到|至)(?:于|在)?$")
_FUTURE_AFTER_WEEKDAY = re.compile(r"(?:起|前|开始|将)")
_FUTURE_AFTER_DAY = re.compile(r"(?:起|前|后|以前|之前|开始|将|仍将)")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_ORDINAL_OR_DIGIT = re.compile(r"[第\d]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9.]")
_FIRST_N = re.compile(rf"(?:\d++|{_CN_NUMBER})(?:个)?(?:月|季度|年)")
_OPENER = re.compile(r"(自|从)")
_AFTER_DAY = re.compile(r"[日号][（(]?$")
_COMMA = re.compile(r"[，,]")
_PART_OWNER = re.compile(r"[\d年月今去明本上下当同次]")
_SINCE_AFTER = re.compile(r"(?:来|以来)")
_JOINER = re.compile(r"(?:零|又)?")
_OFFSET_FUTURE_BEFORE = re.compile(r"(?:计划|预计|将|将于|拟|有望|定于|准备)(?:在|于)?$")
_OFFSET_FUTURE_AFTER = re.compile(r"(?:将|就将|即将|还将)")
# An ordinal part of a month or year the reference fixes: 下月第一周, 上月最后三天, 本月前10天, 今年第10周.
_ORDINAL_PART = re.compile(
    rf"(本月|这个月|上月|上个月|下月|下个月|今年|去年|明年)(?:的)?"
    rf"(?:第(?P<week>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})周|最后(?P<last>[{_CN}]{{1,3}}|\d{{1,2}})天|最后一周|[前头](?P<first>[{_CN}]{{1,3}}|\d{{1,2}})天)"
)
# 5·20 is a date only where a word of time follows it (5·20当天); “8·12”事故 is a name.
_DOT_DATE = re.compile(r"(1[0-2]|0?[1-9])[·•](3[01]|[12]\d|0?[1-9])(?=当天|这天|那天|期间|前后|前夕|之前|之后|以来)")
_ADDRESS_BEFORE = frozenset("街路巷弄")  # (楼, 院, 室 end names of bodies: 议会大楼22号发生枪击案)
_MINUTES = re.compile(r"(\d{1,2})分(?![钟之])")
# What may stand between the start of a sentence and a time that is its topic (2019年，…… ; 早在2019年，……).
_TOPIC_BEFORE = re.compile(r"(?:^|[。！？\n：:；;]|(?:^|[。！？\n：:；;])(?:早在|就在|到了|直到|在|于|而|但|同样在|也是在))$")
_TOPIC_REACH = 8


# Every reading of ``_Scanner.at`` begins with a match of one of these, and a point (``_Scanner.point``)
# with one of _POINT_STARTS: the scanner tries only where their first three characters stand. A new
# reading adds its first pattern here.
_POINT_STARTS = (_TZ, _DECADE_PAIR, _DECADE, _YEAR_ABS, _YEAR_SHORT, _YEAR_REL, _YEARLESS_PART, _MONTH, _MONTH_REL, _DAY_REL,
                 _WEEKDAY, _DAY)
# 自/从 open a reading only before a point (自2012年12月1日起): so listed, the scanner passes over
# 自己 and 从而 (a tenth of the places it tried).
_OPENER_THEN_POINT = re.compile(f"{_OPENER.pattern}(?:{'|'.join(p.pattern for p in _POINT_STARTS)})")
_AT_STARTS = (
    _FIVE_YEAR_PLAN, "今明两年", _EVERY_YEAR, _LUNAR, FESTIVAL, _ORDINAL_PART, _DOT_DATE, _VAGUE_PERIOD_AT, _VAGUE_RELATIVE_AT, _OFFSET, _FISCAL_YEAR,
    _YEAR_RANGE, _OPENER_THEN_POINT, "最近", _WEEKEND, _WEEK_REL, _BARE_PART, _DAY_PART_THEN_HOUR, _HOUR, _DURATION, _LEFT_NUMBER, *_POINT_STARTS,
    _NUMERIC_DATE,
)
_CAN_START = Starts(_AT_STARTS)
# Shapes of the values the scanner has written (2021-09-02, 2021-09-02T08:00, 2021-Q1).
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

_ISO_DAY_OR_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(T|$)")
_ISO_YEAR_AND_MORE = re.compile(r"\d{4}-")


class _Scanner:
    def __init__(self, text: str, ref: date | None, aligned, token_start):
        self.token_start = token_start
        self.text = text
        self.ref = ref
        self.aligned = aligned
        self.found: list[Found] = []
        self.titles = SpanIndex((m.start(), m.end()) for m in _TITLE.finditer(text))

    # ---------------------------------------------------------------- points
    def point(self, i: int, after: Point | None = None) -> tuple[int, Point] | None:
        """Read a point at ``i``; ``after`` is the left side of a range (its year and month carry over).
        Without ``after``, a point begins with a match of one of _POINT_STARTS."""
        t = self.text
        j = i
        m = _TZ.match(t, j)
        if m:
            j = m.end()
        p = Point()
        got = False
        evening = False  # 今晚, 昨夜: a later hour is p.m.
        m = _DECADE_PAIR.match(t, j)
        if m and after is None:
            # 上世纪七八十年代: two neighbouring decades, a period.
            century = "20" if m.group(1) in ("本世纪", "21世纪") else "19"
            first, second = _int(m.group(2)), _int(m.group(3))
            if second == first + 1:
                return m.end(), Point(decade=f"{century}{first}X/{century}{second}X", has_year=True)
        m = _DECADE.match(t, j)
        if m and after is None:
            century = {"上世纪": "19", "20世纪": "19", "二十世纪": "19", "19世纪": "18", "十九世纪": "18",
                       "本世纪": "20", "21世纪": "20"}.get(m.group(1) or "", None)
            if len(m.group(2)) == 4:  # 1980年代
                return m.end(), Point(decade=m.group(2)[:3] + "X", has_year=True)
            tens = _int(m.group(2)) // 10
            if century is None:
                century = "19" if tens >= 2 else "20"
            return m.end(), Point(decade=f"{century}{tens}X", has_year=True)
        m = _YEAR_ABS.match(t, j)
        short = _YEAR_SHORT.match(t, j) if m is None and after is None else None
        if short and not (_YEAR_SHORT_FRAME.match(t, short.end())
                          or _YEAR_SHORT_BEFORE.search(t, max(0, j - 1), j) and _YEAR_SHORT_AFTER.match(t, short.end())):
            short = None  # 22年来, 工作了22年, 在21年记者生涯中: a count of years
        if m:
            p.year, p.has_year, got, j = _int(m.group(1)), True, True, m.end()
        elif short:
            p.year, p.has_year, got, j = _two_digit_year(int(short.group(1)), self.ref), True, True, short.end()
        else:
            m = _YEAR_REL.match(t, j)
            if m and after is None:
                word = m.group(1)
                p.relative, p.has_year, got, j = True, True, True, m.end()
                anchor = self.previous_year(i) if word == "上年" else None
                if anchor is not None:
                    p.year = anchor - 1  # 2014年 ... 比上年提高: the year before 2014
                elif word in _REL_YEAR:
                    p.year = self.ref.year + _REL_YEAR[word] if self.ref else None
                else:
                    p.anchor = word
        if got and after is None:
            fest = FESTIVAL.match(t, j) or _LUNAR.match(t, j)
            if fest and self.aligned(i, fest.end()):  # (jieba may cut 正月初|四是: then the year alone)
                # 2023年春节, 今年中秋节, 去年腊月二十三: the festival of that (lunar) year
                day = self.festival_on(fest.group(), p.year) if p.year is not None else None
                if day is None:
                    p.unresolved = True
                else:
                    p.year, p.month, p.day = day.year, day.month, day.day
                return fest.end(), p
        if got:
            m = _YEAR_PART.match(t, j)
            if m:
                part = m.group(1)
                j = m.end()
                if part in ("年初", "初"):
                    p.month = 1
                elif part in ("年底", "年末", "年终", "底", "末"):
                    p.month = 12
                elif part in ("年中", "中"):
                    j = m.start()  # 年中 is not a month
                elif part == "上半年":
                    p.half = 1
                elif part == "下半年":
                    p.half = 2
                elif m.group(2):
                    p.quarter = _int(m.group(2))
                elif m.group(3):
                    return j, replace(p, quarter=-_int(m.group(3)))  # 前三季度: a period, marked negative
                elif m.group(4):
                    months = _int(m.group(4))
                    if not 1 <= months <= 12:
                        return m.start(), p
                    return j, replace(p, month=-months)  # 前4个月: a period, marked negative
                else:
                    p.season = _SEASONS[part]
                if p.month is None:
                    return j, p
        elif after is None or after.year is not None or after.relative:
            # A year-less point: 一季度, 上半年 (the year comes from the reference date).
            m = _YEARLESS_PART.match(t, j)
            if m and after is None:
                known = self.passage_point(i)
                p.year = known.year if known else (self.ref.year if self.ref else None)
                p.from_text = known is not None
                if m.group(2):
                    p.quarter = _int(m.group(2))
                else:
                    p.half = 1 if m.group(1) == "上半年" else 2
                return m.end(), p
        # month
        m = _MONTH.match(t, j)
        if m:
            p.month = _int(m.group(1))
            got, j = True, m.end()
        elif not got and after is None:
            m = _MONTH_REL.match(t, j)
            if m:
                word = m.group(1)
                p.relative, got, j = True, True, m.end()
                if word in ("上月", "上个月") and _COMPARED_WITH.search(t[max(0, j - 6) : i]):
                    p.anchor = "上月"  # 比上月: the month before the one the sentence is about
                elif word in _REL_MONTH and self.ref:
                    y, mo = _add_months(self.ref.year, self.ref.month, _REL_MONTH[word])
                    p.year, p.month = y, mo
                elif word in _REL_MONTH:
                    p.unresolved = True
                else:
                    p.anchor = word
        if p.month is not None:
            m = _MONTH_PART.match(t, j)
            if m and not (m.group(1) == "中" and not t.startswith("中旬", j)):
                j = m.end()
                if after is None:
                    return j, self._borrow(p, after, i)
        # day
        if p.month is not None or p.anchor in _ANCHOR_MONTH or (p.relative and p.year is None and p.unresolved):
            m = _DAY.match(t, j)
            if m:
                p.day = _int(m.group(1))
                j = m.end()
        elif not got:
            m = _DAY_REL.match(t, j)
            w = _WEEKDAY.match(t, j) if m is None and (after is None or after.relative) else None
            if w:
                p.relative, got, j = True, True, w.end()
                day = self.weekday(w.group(1), w.group(2))
                if day is None:
                    p.unresolved = True
                else:
                    d = date.fromisoformat(day)
                    ahead = _FUTURE_BEFORE.search(t, max(0, i - 4), i) or _FUTURE_AFTER_WEEKDAY.match(t, w.end(), w.end() + 2)
                    if not w.group(1) and d > self.ref and not ahead and after is None:
                        d -= timedelta(days=7)  # 周五表示 read on a Monday: last Friday
                    p.year, p.month, p.day = d.year, d.month, d.day
            elif m and after is None:
                word = m.group(1)
                p.relative, got, j = True, True, m.end()
                evening = word.endswith(("晚", "夜"))
                if word in _REL_DAY:
                    if self.ref:
                        d = self.ref + timedelta(days=_REL_DAY[word])
                        p.year, p.month, p.day = d.year, d.month, d.day
                    else:
                        p.unresolved = True
                else:
                    p.anchor = word
            else:
                m = _DAY.match(t, j)
                if m and t[i - 1 : i] in _ADDRESS_BEFORE and m.group(0).endswith("号"):
                    m = None  # 唐宁街10号: a house number
                if m and _ONE_OR_TWO_DIGITS.fullmatch(m.group(1)) and _int(m.group(1)) <= 31 and (after is not None or not _ORDINAL_OR_DIGIT.match(t[i - 1 : i])):
                    p.day = _int(m.group(1))
                    got, j = True, m.end()
                    known = self.passage_point(i) if after is None else None
                    if (known is not None and known.month is not None and known.month > 0
                            and (self.ref is None or known.year != self.ref.year)):
                        # 2019年4月3日……5日: the month the passage is in
                        p.year, p.month, p.from_text = known.year, known.month, True
                    elif after is None and self.ref:
                        p.year, p.month = self.ref.year, self.ref.month
                        ahead = _FUTURE_BEFORE.search(t, max(0, i - 4), i) or _FUTURE_AFTER_DAY.match(t, j, j + 2)
                        if p.day > self.ref.day + 7 and not ahead:
                            # A day well after the reference day with no future cue is last month's:
                            # 31日 read on 1 January is 31 December.
                            p.year, p.month = _add_months(self.ref.year, self.ref.month, -1)
        # time of day
        if got or after is not None:
            m = _DAY_PART.match(t, j)
            if m and len(m.group(1)) == 1 and t[m.end() : m.end() + 1] in ("些", "点", "于", "了", "会", "饭", "餐", "间", "报", "宴"):
                m = None  # the 晚 of 21日晚些时候 or 晚于 is no part of the day
            shift = 12 if evening else 0
            if m:
                shift = _DAY_PARTS[m.group(1)]
                j = m.end()
                got = True
            space = _SPACE_BEFORE_COLON_TIME.match(t, j) if p.day is not None and not m else None
            h = _HOUR.match(t, space.end() if space else j)
            clock = _clock(h) if h and (m or p.day is not None or after is not None) else None
            if clock is not None:
                hour, p.minute = clock
                p.hour = _shifted(hour, shift, m.group(1) if m else None)
                j = _clock_end(h, i, self.aligned)
                got = True
        if not got:
            return None
        return j, self._borrow(p, after, i)

    def _borrow(self, p: Point, after: Point | None, i: int = 0) -> Point:
        """Fill a year-less point from the left side of its range, else from the year the passage
        named before it (2019年……5月), else from the reference date."""
        if after is not None:
            if not p.has_year:
                p.year = after.year
                p.relative = after.relative
                p.unresolved = after.unresolved
                if p.month is None and p.day is not None:
                    p.month = after.month
            return p
        if p.year is None and not p.has_year and not p.relative and (p.month or p.day):
            known = self.passage_point(i)
            if known is not None:
                p.year, p.from_text = known.year, True
                if p.month is None:
                    p.month = known.month
            elif self.ref:
                p.year = self.ref.year
                if p.month is None:
                    p.month = self.ref.month
        return p

    # ---------------------------------------------------------------- scanning
    def scan(self) -> list[Found]:
        t = self.text
        resume = 0  # the end of the last date found: nothing inside it is read again
        for i in _CAN_START.positions(t):
            if i < resume:
                continue
            # A date is kept only when it starts on a word (see ``aligned``): try no other place.
            if not (self.token_start(i) or (i and t[i - 1] in _GLUE_BEFORE and self.token_start(i - 1))):
                continue
            f = self.at(i)
            if f is not None and self.aligned(f.start, f.end):
                if self.titles.covers(f.start):
                    f.extra["title"] = True
                # Searched in the few characters before the time (the pattern's longest match is four),
                # not from 0: from 0 each date cost a pass over the text before it (a 200,000-character
                # document spent 6 of its 9 seconds here). ``^`` still matches only at the text's start.
                elif _TOPIC_BEFORE.search(t, max(0, f.start - _TOPIC_REACH), f.start):
                    f.extra["opens"] = True  # the time opens its sentence (1959年国家在……)
                    if t[f.end : f.end + 1] in ("，", ","):
                        f.extra["topic"] = True  # 2019年，……: the time of the sentences that follow
                self.found.append(f)
                resume = f.end
        self.resolve_anchors()
        return self.found

    def at(self, i: int) -> Found | None:
        """The time expression at ``i``. Each reading begins with a match of one of _AT_STARTS (the
        scanner tries no other place): a new reading adds its first pattern there."""
        t = self.text
        prev = t[i - 1] if i else ""
        if t[i].isdigit() and _LATIN_OR_DIGIT.match(prev):
            return None
        m = _NUMERIC_DATE.match(t, i)
        if m:
            return self.numeric_date(i, m)
        m = _ORDINAL_PART.match(t, i)
        if m:
            return self.ordinal_part(i, m)
        m = _DOT_DATE.match(t, i)
        if m and prev not in ("“", '"', "「"):
            p = self._borrow(Point(month=int(m.group(1)), day=int(m.group(2))), None, i)
            value, partial = self.render(p)
            return Found(i, m.end(), "date", value, partial, p)
        m = _FIVE_YEAR_PLAN.match(t, i)
        if m:
            n = chinese_integer(m.group(1).replace("五", "", 1)) if m.group(1) != "十五" else 10
            first = 1956 + 5 * (n - 1) if m.group(1) != "十五" else 2001
            return Found(i, m.end(), "period", f"{first}/{first + 4}")
        if t.startswith("今明两年", i):
            v = f"{self.ref.year}/{self.ref.year + 1}" if self.ref else None
            return Found(i, i + 4, "period", v)
        m = _EVERY_YEAR.match(t, i)
        if m:
            return Found(i, m.end(), "period", None)
        m = _LUNAR.match(t, i) or FESTIVAL.match(t, i)
        if m:
            if "藏历" in t[max(0, i - 6) : i]:
                # 藏历春节的大年初一: the Tibetan calendar's, which lunardate does not know (藏历春节 is a name)
                return Found(i, m.end(), "date", None) if _LUNAR.match(t, i) else None
            return self.festival(i, m.end(), m.group())
        m = _VAGUE_PERIOD_AT.match(t, i)
        if m:
            return Found(i, m.end(), "period", None)
        m = _VAGUE_RELATIVE_AT.match(t, i)
        if m:
            return Found(i, m.end(), "relative_date", None)
        if t[max(0, i - 2) : i] in ("每月", "每年") and _DIGIT.match(t, i):
            return None  # 每月15日: a recurring day, not a date
        first_n = prev == "前" and _FIRST_N.match(t, i)
        if prev in ("每", "第") or (first_n and self.token_start(i - 1)) or (prev == "当" and t[i].isdigit()):
            return None
        m = _OFFSET.match(t, i)
        if m and not (m.group("unit") == "年" and _FOUR_DIGITS.fullmatch(m.group("num"))):
            return self.offset(i, m)  # (2030年前 is the year 2030 and a relation word)
        m = _FISCAL_YEAR.match(t, i)
        if m:
            return Found(i, m.end(), "period", None)  # fiscal years start in different months
        m = _YEAR_RANGE.match(t, i)
        if m:
            return Found(i, m.end(), "period", f"{m.group(1)}/{m.group(2)}")
        opener = _OPENER.match(t, i)
        j0 = i + 1 if opener else i
        if opener:
            p = self.point(j0)
            if p is not None:
                end, point = p
                m = _SINCE_TAIL.match(t, end)
                if m:
                    return self.since(i, m.end(), point)
            return None
        if _WEEKDAY.match(t, i) and _AFTER_DAY.search(t, max(0, i - 2), i):
            return None  # the 星期五 of 7月26日（星期五） repeats the date
        if t.startswith("最近", i) and _COMMA.match(t, i + 2):
            return Found(i, i + 2, "relative_date", None)  # 最近，... (but 最近的医院 is the nearest)
        m = _WEEKEND.match(t, i)
        if m:
            return Found(i, m.end(), "relative_date", self.weekend(m.group(1)))
        m = _WEEK_REL.match(t, i)
        if m:
            return Found(i, m.end(), "relative_date", self.week(m.group(1)))
        m = _BARE_PART.match(t, i)
        if m and not _PART_OWNER.match(prev):
            return self.bare_part(i, m)
        f = self.clock(i)
        if f is not None:
            return f
        d = _DURATION.match(t, i)
        p = self.point(i)
        if d is not None and (p is None or d.end() > p[0] or (d.end() == p[0] and self.is_duration(d) and not p[1].has_year)):
            f = self.duration(i, d)
            if f is not None:
                return f
        m = _LEFT_NUMBER.match(t, i)
        if m and (p is None or not p[1].has_year):
            right = self.point(m.end())
            if right is not None and right[1].month is not None and right[1].day is None and not right[1].has_year:
                left = Point(year=right[1].year, month=_int(m.group(1)), relative=right[1].relative)
                if left.month <= 12:
                    return self.period(i, right[0], left, right[1])
        if p is None:
            return None
        end, point = p
        # 以来: an open interval from the point.
        m = _OPEN_END.match(t, end)
        if m and not point.unresolved and (point.has_year or point.month or point.relative):
            if m.group() == "以来" or point.day is not None:
                return self.since(i, m.end(), point)
        # A range: 2020年4-8月, 1945年7月17日至8月2日, 1至7月.
        sep = _SEP_AT.match(t, end)
        if sep:
            right = self.point(sep.end(), after=point)
            if right is not None and _same_grain(point, right[1]):
                r_end, r_point = right
                tail = _JIAN.match(t, r_end)
                r_end = tail.end() if tail else r_end
                return self.period(i, r_end, point, r_point)
        # 今年1至5月, 本月14日至15日: a relative year or month, then a range inside it.
        if point.has_year and point.month is None and point.day is None and not point.granular() and not point.decade:
            m = _MONTH_RANGE.match(t, end)
            if m:
                a, b = _int(m.group(1)), _int(m.group(2))
                left, right_p = replace(point, month=a), replace(point, month=b)
                return self.period(i, m.end(), left, right_p)
        if t.startswith("同期", end) and point.relative and point.month is None and not point.granular():
            return Found(i, end + 2, "relative_date", None, extra={"same_period": point})
        kind = "relative_date" if point.relative else "date"
        if point.decade and "/" in point.decade:
            kind = "period"
        if point.month is not None and point.month < 0:
            left, right_p = replace(point, month=1), replace(point, month=-point.month)
            return self.period(i, end, left, right_p)
        if point.quarter is not None and point.quarter < 0:
            q = -point.quarter
            left, right_p = replace(point, quarter=1), replace(point, quarter=q)
            return self.period(i, end, left, right_p)
        value, partial = self.render(point)
        return Found(i, end, kind, value, partial, point)

    def ordinal_part(self, i: int, m: re.Match) -> Found:
        """下月第一周 (days 1-7 of next month), 上月最后三天, 本月前10天; 今年第10周 (ISO week 10)."""
        word = m.group(1)
        if self.ref is None:
            return Found(i, m.end(), "period", None)
        try:
            n = {k: _int(v) for k, v in m.groupdict().items() if v}
        except (NumeralError, ValueError):
            return Found(i, m.end(), "period", None)
        if word in _REL_YEAR:
            year = self.ref.year + _REL_YEAR[word]
            if "week" in n and 1 <= n["week"] <= 53:
                try:
                    date.fromisocalendar(year, n["week"], 1)
                except ValueError:
                    return Found(i, m.end(), "period", None)
                return Found(i, m.end(), "period", f"{year:04d}-W{n['week']:02d}")
            first, last = date(year, 1, 1), date(year, 12, 31)
        else:
            year, month = _add_months(self.ref.year, self.ref.month, _REL_MONTH[word])
            first = date(year, month, 1)
            last = date(year, month, calendar.monthrange(year, month)[1])
        days = (last - first).days + 1
        if "week" in n:
            if word in _REL_YEAR or not 1 <= n["week"] <= 5:
                return Found(i, m.end(), "period", None)
            a, b = first + timedelta(days=7 * (n["week"] - 1)), first + timedelta(days=7 * n["week"] - 1)
        elif "last" in n or m.group().endswith("最后一周"):
            k = n.get("last", 7)
            if not 1 <= k <= days:
                return Found(i, m.end(), "period", None)
            a, b = last - timedelta(days=k - 1), last
        else:
            k = n["first"]
            if not 1 <= k <= days:
                return Found(i, m.end(), "period", None)
            a, b = first, first + timedelta(days=k - 1)
        if b > last:
            b = last
        if a > last:
            return Found(i, m.end(), "period", None)
        return Found(i, m.end(), "period", f"{a.isoformat()}/{b.isoformat()}")

    def festival_on(self, text: str, year: int) -> date | None:
        """The day of a festival or lunar day (中秋节, 除夕, 农历八月十五) of ``year`` (lunar year for lunar
        days); None for calendars lunardate does not know (藏历) or days a lunar month lacks."""
        if text.startswith("藏历") or not 1900 <= year <= 2099:
            return None
        if FESTIVAL.fullmatch(text):
            return festival_day(text, year)
        if text.endswith(EVE):
            return festival_day("除夕", year)
        month_day = lunar_month_day(text)
        return lunar_day(year, *month_day) if month_day else None

    def festival(self, i: int, end: int, text: str) -> Found:
        """A festival with no year of its own: of the year the passage named, else of the reference
        year, unless the next year's is less than 90 days ahead (春节 read in December) or the last
        year's less than 90 days behind (圣诞节 read in January)."""
        known = self.passage_point(i)
        if known is not None:
            day = self.festival_on(text, known.year)
        elif self.ref is not None:
            day = self.festival_on(text, self.ref.year)
            close = nearest([self.festival_on(text, self.ref.year + k) for k in (-1, 1)], self.ref)
            if close is not None and abs((close - self.ref).days) < 90 and (day is None or abs((close - self.ref).days) < abs((day - self.ref).days)):
                day = close
        else:
            return Found(i, end, "date", None)
        if day is None:
            return Found(i, end, "date", None)
        p = Point(year=day.year, month=day.month, day=day.day, from_text=known is not None)
        return Found(i, end, "date", day.isoformat(), point=p, extra={"festival": True})

    def clock(self, i: int) -> Found | None:
        """A time of day with no day of its own (上午9时30分许, 下午3点多, 晚8点半, 9点15, 20:30): on the
        last day the paragraph named before it, else on the reference date (the day the news tells)."""
        t = self.text
        if t[max(0, i - 2) : i] in ("每天", "每日", "每晚") or t[max(0, i - 1) : i] == "每":
            return None  # 每天上午11点: a time that recurs, no date
        tz = _TZ.match(t, i)
        c = _CLOCK.match(t, tz.end() if tz else i)
        if c is None:
            return None
        part = c.group("part")
        if part and len(part) == 1 and not tz and not t[i - 1 : i] in ("", "，", "。", "\n", "：", "；", "（", "、"):
            return None  # the 晚 of 推迟到晚8点 reads, but not of 较晚
        h = _HOUR.match(t, c.end())
        if h is None or (h.group("more") == "多" and not part):
            return None
        minutes = h.group("m") or h.group("half") or h.group("m2") or h.group("M")
        if not part and not tz:
            if h.group("H"):
                if not _CLOCK_CLAUSE_START.search(t, max(0, i - 4), i) or t[h.end() : h.end() + 1] in ("、", "，") and _DIGIT.match(t, h.end() + 1):
                    return None
            elif not minutes and h.group("more") != "许":
                return None  # 3点 may count points (提出3点要求); 9时许 and 9时30分 are times
            if h.group("h") and not h.group("h").isdigit() and not h.group("m"):
                return None  # 九点五 is a decimal read aloud
        clock = _clock(h)
        if clock is None:
            return None
        hour, minute = clock
        shift = _DAY_PARTS[part] if part else 0
        hour = _shifted(hour, shift, part)
        if not part and not tz and hour < 12:
            # 今晚8点06……也将在8点20开始: an hour after an evening hour of its sentence is the evening's
            before = self.previous_hour(i)
            if before is not None and before >= 12 and hour + 12 >= before:
                hour += 12
        time = f"T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        day = self.paragraph_day(i) or (self.ref.isoformat() if self.ref else None)
        end = _clock_end(h, i, self.aligned)
        if day is None:
            return Found(i, end, "date", None, "XXXX-XX-XX" + time)
        return Found(i, end, "date", day + time)

    def previous_hour(self, i: int) -> int | None:
        """The hour of the last time of day before ``i`` in its sentence."""
        sentence_start = self._sentence_of(i)[0]
        for f in reversed(self.found):
            if f.start < sentence_start:
                break
            if f.value and "T" in f.value and "/" not in f.value:
                return int(f.value.split("T")[1][:2])
        return None

    def paragraph_day(self, i: int) -> str | None:
        """The last day named before ``i`` in its paragraph (3日……。上午10时: the 3rd)."""
        paragraph_start = self.text.rfind("\n", 0, i) + 1
        for f in reversed(self.found):
            if f.start < paragraph_start:
                break
            if f.value and _ISO_DAY_OR_TIME.match(f.value) and "/" not in f.value and not f.extra.get("festival"):
                return f.value[:10]  # (春节前夕……上午9时: a festival named in passing is not the day told)
        return None

    def numeric_date(self, i: int, m: re.Match) -> Found | None:
        """2023-05-06, 2023/5/6, 2023.05.06 (14:20:00): a date in figures, with its time."""
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None  # no date at all (a version, a code)
        if not _real_day(year, month, day):
            return Found(i, m.end(4), "date", None)  # 2023/2/30: a date the calendar does not have
        p = Point(year=year, month=month, day=day, has_year=True)
        if m.group(5) is not None:
            hour, minute = int(m.group(5)), int(m.group(6))
            if hour <= 24 and minute < 60 and int(m.group(7) or 0) < 60:
                p.hour, p.minute = hour, minute
                value = _iso(p, f"{year:04d}") + (f":{m.group(7)}" if m.group(7) and m.group(7) != "00" else "")
                return Found(i, m.end(), "date", value, point=p)
        return Found(i, m.end(4), "date", _iso(p, f"{year:04d}"), point=p)

    def is_duration(self, d: re.Match) -> bool:
        unit = d.group("unit")
        if unit == "日" and self.text.startswith("内", d.end()):
            return True
        return unit not in ("日", "月") or bool(d.group("count"))

    def duration(self, i: int, d: re.Match) -> Found | None:
        t = self.text
        unit = d.group("unit")
        num = d.group("num")
        after = t[d.end() : d.end() + 4]
        if _NOT_DURATION_AFTER.match(after) or (unit == "周" and after[:1] in ("年", "岁")):
            return None
        count = d.group("count")
        if unit in ("月", "世纪") and not count:
            return None  # 7月 is July, 21世纪 the century; counts are 7个月, 半个世纪
        if count:
            # 三个多月 (vague), 一个半小时 (1.5): 个 belongs to the unit.
            if not unit.startswith("个") and unit in ("月", "世纪", "小时", "星期", "钟头", "季度", "工作日", "交易日"):
                unit = "个" + unit
            if unit not in _DURATION_UNITS or unit in ("月",):
                return None
        if unit == "日" and not d.group("more") and num not in ("几", "数") and not after.startswith("内"):
            return None  # 5日 is a day of the month (but 3日内 is three days)
        if unit == "年" and _FOUR_DIGITS.fullmatch(num):
            return None
        if _SINCE_AFTER.match(after):
            return Found(i, d.end() + (2 if after.startswith("以来") else 1), "period", None)
        code = _DURATION_UNITS[unit]
        value = None
        vague = d.group("more") or num in ("几", "数") or count == "个多"
        if not vague and code is not None:
            try:
                n = 0.5 if num == "半" else (float(num) if _DIGIT.match(num) else _int(num))
            except (NumeralError, ValueError):
                return None
            if code.endswith("+") or d.group("half") or count == "个半":
                n += 0.5
                code = code.rstrip("+")
            value = _iso_duration(n, code)
            # 7小时45分钟, 1年零3个月: a smaller unit right after joins the same duration.
            nxt = _JOINER.match(t, d.end())
            minutes = _MINUTES.match(t, nxt.end()) if code == "H" else None
            if minutes:
                return Found(i, minutes.end(), "duration", _iso_compound([(n, code), (int(minutes.group(1)), "MIN")]))
            second = _DURATION.match(t, nxt.end())
            if second and not second.group("more") and second.group("num") not in ("几", "数", "半"):
                unit2 = second.group("unit")
                code2 = _DURATION_UNITS.get(unit2)
                if code2 in _SMALLER.get(code, ()) and not second.group("count") and not second.group("half"):
                    try:
                        n2 = float(second.group("num")) if second.group("num")[0].isdigit() else _int(second.group("num"))
                    except (NumeralError, ValueError):
                        n2 = None
                    if n2 is not None:
                        return Found(i, second.end(), "duration", _iso_compound([(n, code), (n2, code2)]))
        return Found(i, d.end(), "duration", value)

    def offset(self, i: int, m: re.Match) -> Found:
        if m.group("num2") or m.group("more"):
            return Found(i, m.end(), "relative_date", None)
        n = _int(m.group("num"))
        sign = -1 if "前" in m.group("dir") else 1
        unit = m.group("unit")
        anchor = self.previous_year(i)
        if anchor is None and sign > 0 and unit == "年":
            known = self.passage_point(i)  # 2015年……。3年后: counted from the year the passage named
            anchor = known.year if known is not None and known.has_year and not known.relative else None
        value = None
        # 两个月后 counts from an event of the story (三天后死亡) unless the future is spoken of
        # (计划在两个月后宣布, 2天后将在武汉……): then from the reference date.
        ahead = sign > 0 and (_OFFSET_FUTURE_BEFORE.search(t := self.text, max(0, i - 5), i)
                              or _OFFSET_FUTURE_AFTER.match(t, m.end()))
        if sign > 0 and unit == "天" and not ahead and self.text[i - 1 : i] in ("，", ","):
            # 上个月6号……，三天后死亡: three days after the day of its sentence (but 建交27天后 and 时隔580天后
            # count from an event)
            day = self.previous_day(i)
            if day is not None:
                return Found(i, m.end(), "relative_date", (date.fromisoformat(day) + timedelta(days=n)).isoformat())
        if sign < 0 or anchor is not None or ahead:
            base_year = anchor if anchor is not None else (self.ref.year if self.ref else None)
            if base_year is not None and unit == "年":
                value = str(base_year + sign * n)
            elif self.ref is not None and anchor is None:
                if unit == "个月":
                    y, mo = _add_months(self.ref.year, self.ref.month, sign * n)
                    value = f"{y:04d}-{mo:02d}"
                elif unit == "天":
                    value = (self.ref + timedelta(days=sign * n)).isoformat()
                elif unit in ("周", "个星期"):
                    value = (self.ref + timedelta(weeks=sign * n)).isoformat()
        return Found(i, m.end(), "relative_date", value)

    def bare_part(self, i: int, m: re.Match) -> Found:
        """年初, 年底, 月底 with no year or month of their own: the year (month) of the sentence,
        else of the reference date."""
        word = m.group(1)
        year = self.previous_year(i)
        if year is None:
            known = self.passage_point(i)
            year = known.year if known is not None else None
        if year is None and self.ref:
            year = self.ref.year
        if word.startswith("年"):
            month = 1 if word == "年初" else 12
            if word == "年中":
                return Found(i, m.end(), "relative_date", None)
            value = f"{year:04d}-{month:02d}" if year is not None else None
            return Found(i, m.end(), "relative_date", value, None if value else f"XXXX-{month:02d}")
        value = f"{self.ref.year:04d}-{self.ref.month:02d}" if self.ref else None
        return Found(i, m.end(), "relative_date", value)

    def previous_day(self, i: int) -> str | None:
        """The value of the last day-level date before ``i`` in the same sentence (for 22时16分)."""
        sentence_start = self._sentence_of(i)[0]
        for f in reversed(self.found):
            if f.start < sentence_start:
                break
            if f.value and _ISO_DAY.fullmatch(f.value):
                return f.value
        return None

    def passage_point(self, i: int) -> Point | None:
        """The point whose year a year-less month or day at ``i`` takes: the last point before it
        in its sentence, or a point that opens an earlier sentence of the paragraph as its topic
        (2019年4月，……。5月，……), provided that point names a year of the text (2019年, or a 5月
        that took 2019 so). A year holds until another time is named; an open period (2019年以来)
        runs to the present, and a time of the reference (今年, 今天) gives the reference year back.

        >>> s = _Scanner("2019年4月，他来到北京。5月，项目启动。", date(2021, 6, 1), lambda s, e: True, lambda s: True)
        >>> [f.value for f in s.scan()]
        ['2019-04', '2019-05']
        """
        sentence_start = self._sentence_of(i)[0]
        paragraph_start = self.text.rfind("\n", 0, i) + 1
        for f in reversed(self.found):
            if f.start < paragraph_start or f.extra.get("open"):
                return None
            if f.extra.get("title"):
                continue
            q = f.point
            if q is None or q.year is None or q.decade or q.unresolved or q.anchor:
                continue
            if f.start < sentence_start and not f.extra.get("topic"):
                return None
            if (f.start < sentence_start and self.ref is not None and q.year < self.ref.year
                    and _FUTURE_BEFORE.search(self.text, max(0, i - 4), i)):
                return None  # 2018年，……裁定。合同将于12月31日到期: the future of the reference date
            if q.month is None and not q.granular() and not f.extra.get("opens"):
                return None  # 继2010年、2011年两次蓄水后……11月初: a year in passing frames nothing
            return q if (q.has_year and not q.relative) or q.from_text else None
        return None

    def previous_year(self, i: int) -> int | None:
        """The year of the last absolute date before ``i`` in the same sentence (1994年 ... 5年后)."""
        sentence_start = max(self.text.rfind(ch, 0, i) for ch in "。！？\n") + 1
        for f in reversed(self.found):
            if f.start < sentence_start:
                break
            if f.point is not None and f.point.has_year and not f.point.relative and f.point.year is not None:
                return f.point.year
        return None

    def since(self, i: int, end: int, point: Point) -> Found:
        if point.year is None:
            return Found(i, end, "period", None, self._partial(point) and self._partial(point) + "/..")
        start = self.render(point)[0]
        if self.ref and not point.has_year and not point.from_text and point.month and point.day is None:
            # 自8月份以来 read in January: the August before.
            if point.month > self.ref.month:
                start = self.render(replace(point, year=point.year - 1))[0]
        if point.month is None and point.day is None and not point.granular():
            start = f"{point.year:04d}-01-01"
        # An open period (2019年以来) reaches to the present: later months are the reference year's.
        return Found(i, end, "period", f"{start}/.." if start is not None else None, extra={"open": True})

    def period(self, i: int, end: int, a: Point, b: Point) -> Found:
        """A closed interval from ``a`` to ``b``; year-less ends give a partial (XXXX-03-01/XXXX-03-05)."""
        (left, left_partial), (right, right_partial) = self.render(a), self.render(b)
        if left is not None and right is not None:
            return Found(i, end, "period", f"{left}/{right}", point=a)
        partial = f"{left_partial}/{right_partial}" if left_partial and right_partial else None
        return Found(i, end, "period", None, partial, point=a)

    def weekday(self, move: str | None, day: str) -> str | None:
        if not self.ref:
            return None
        shift = {"上": -7, "下": 7}.get((move or " ")[0], 0)
        d = self.ref - timedelta(days=self.ref.weekday()) + timedelta(days=_WEEKDAY_INDEX[day] + shift)
        return d.isoformat()

    def weekend(self, move: str) -> str | None:
        """本周末 read on Wednesday 2023-05-10: 2023-05-13/2023-05-14 (Saturday and Sunday)."""
        saturday = self.weekday(move, "六")
        if saturday is None:
            return None
        return f"{saturday}/{(date.fromisoformat(saturday) + timedelta(days=1)).isoformat()}"

    def week(self, word: str) -> str | None:
        if not self.ref:
            return None
        shift = {"上": -1, "下": 1}.get(word[0], 0)
        y, w, _ = (self.ref + timedelta(weeks=shift)).isocalendar()
        return f"{y:04d}-W{w:02d}"

    def render(self, p: Point) -> tuple[str | None, str | None]:
        if p.decade:
            return p.decade, None
        if p.anchor or p.unresolved or not _real_day(p.year, p.month, p.day):
            return None, None  # 2月30日 (a slip of the pen, or a sum of digits): no day to name
        if p.year is None:
            return None, self._partial(p)
        return _iso(p, f"{p.year:04d}"), None

    def _partial(self, p: Point) -> str | None:
        if not p.granular():
            return None
        return _iso(p, "XXXX")

    def resolve_anchors(self) -> None:
        """当月/次年/去年同期 take their time from another expression of the text."""
        for n, f in enumerate(self.found):
            if "same_period" in f.extra:
                shift = f.extra["same_period"]
                window = self._sentence_of(f.start)[0]
                window = max(self.text.rfind(ch, 0, max(window - 1, 0)) for ch in "。！？\n") + 1
                prior = next((g for g in reversed(self.found[:n]) if g.start >= window and g.value
                              and _has_sub_year(g.value) and not _ISO_DAY_OR_TIME.search(g.value)), None)
                if prior is not None and shift.year is not None:
                    f.value = _FOUR_DIGITS.sub(lambda y: str(int(y.group()) - 1), prior.value)
                continue
            p = f.point
            if p is None or not p.anchor:
                continue
            sentence = self._sentence_of(f.start)
            others = [g for g in self.found if g is not f and g.point is not None and g.point.year is not None
                      and not g.point.anchor and sentence[0] <= g.start < sentence[1]]
            before = [g for g in others if g.start < f.start]
            if p.anchor in _ANCHOR_YEAR:
                # 当年 after year-less dates (11月30号……沿着当年革命军的路线) means "back then"
                others = [g for g in others if g.point.has_year and not g.point.relative or g.point.from_text]
                before = [g for g in others if g.start < f.start]
            source = before[-1] if before else (others[0] if others else None)
            if source is None and p.anchor in _ANCHOR_YEAR and not (p.anchor == "当年" and self.text[f.end : f.end + 1] == "的"):
                # 1959年国家……。当年/那一年: the year that opened an earlier sentence of the paragraph, when
                # no other year came between (当年的 is mostly "in those days")
                paragraph_start = self.text.rfind("\n", 0, f.start) + 1
                source = next((g for g in reversed(self.found[:n]) if g.start >= paragraph_start and g.point is not None
                               and g.point.year is not None and not g.point.anchor and not g.point.decade), None)
                if source is not None and not (source.extra.get("opens") and source.point.has_year
                                               and not source.point.relative):
                    source = None
            if source is None:
                continue
            q = source.point
            if p.anchor in _ANCHOR_YEAR:
                f.value = _iso(replace(p, year=q.year + _ANCHOR_YEAR[p.anchor]), f"{q.year + _ANCHOR_YEAR[p.anchor]:04d}")
            elif p.anchor == "上月" and q.month:
                y, mo = _add_months(q.year, q.month, -1)
                f.value = f"{y:04d}-{mo:02d}"
            elif p.anchor in _ANCHOR_MONTH and q.month:
                y, mo = _add_months(q.year, q.month, _ANCHOR_MONTH[p.anchor])
                f.value = f"{y:04d}-{mo:02d}"
            elif p.anchor in _ANCHOR_DAY and q.day and q.month and _real_day(q.year, q.month, q.day):
                d = date(q.year, q.month, q.day) + timedelta(days=_ANCHOR_DAY[p.anchor])
                f.value = d.isoformat()

    def _sentence_of(self, i: int) -> tuple[int, int]:
        start = max(self.text.rfind(ch, 0, i) for ch in "。！？\n") + 1
        ends = [self.text.find(ch, i) for ch in "。！？\n"]
        ends = [e for e in ends if e >= 0]
        return start, min(ends) if ends else len(self.text)


def _has_sub_year(value: str) -> bool:
    return bool(_ISO_YEAR_AND_MORE.search(value))


def _same_grain(a: Point, b: Point) -> bool:
    """Both ends of a range are the same kind of point (month-month, day-day, quarter-quarter)."""
    if a.quarter is not None or b.quarter is not None:
        return a.quarter is not None and b.quarter is not None
    if a.half is not None or b.half is not None:
        return a.half is not None and b.half is not None
    if b.month is None and b.day is None and b.hour is None:
        return b.has_year and a.month is None
    return True


def _two_digit_year(yy: int, ref: date | None) -> int:
    """The year of 22年: the one of its century that is at most ten years after the reference date
    (98年 read in 2023 is 1998); without one, 1930 to 2029.

    >>> _two_digit_year(22, date(2023, 5, 1)), _two_digit_year(98, date(2023, 5, 1)), _two_digit_year(35, None)
    (2022, 1998, 1935)
    """
    now = ref.year if ref else 2019
    year = now // 100 * 100 + yy
    return year - 100 if year > now + 10 else year


def _real_day(year: int | None, month: int | None, day: int | None) -> bool:
    """False for a day its month does not have: 2月30日, 4月31日, 2月29日 of a common year (with
    the year unknown, 2月29日 may be real). A month or a day alone is always real."""
    if day is None or month is None:
        return True
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _iso(p: Point, year: str) -> str:
    if p.quarter is not None:
        return f"{year}-Q{p.quarter}"
    if p.half is not None:
        return f"{year}-H{p.half}"
    if p.season is not None:
        return f"{year}-{p.season}"
    out = year
    if p.month is not None:
        out += f"-{p.month:02d}"
    elif p.day is not None:
        out += "-XX"
    if p.day is not None:
        out += f"-{p.day:02d}"
        if p.hour is not None:
            out += f"T{p.hour:02d}"
            if p.minute is not None:
                out += f":{p.minute:02d}"
    return out


_SMALLER = {"Y": ("M", "W", "D"), "M": ("D", "W"), "W": ("D",), "D": ("H",), "H": ("MIN",), "MIN": ("S",)}


def _number(n: float) -> str:
    """A duration's number as ISO 8601 writes it: plain decimals, never an exponent (``:g`` gave
    P1.23457e+06D for 1234567天), to six decimal places (0.1 * 3 is 0.3).

    >>> _number(1234567.0), _number(1.5), _number(0.1 * 3)
    ('1234567', '1.5', '0.3')
    """
    return format(Decimal(repr(round(n, 6))).normalize(), "f")


def _iso_compound(parts: list[tuple[float, str]]) -> str:
    """[(7, "H"), (45, "MIN")] -> PT7H45M."""
    date_part = "".join(f"{_number(n)}{c}" for n, c in parts if c in ("Y", "M", "W", "D"))
    time_part = "".join(f"{_number(n)}{'M' if c == 'MIN' else c}" for n, c in parts if c in ("H", "MIN", "S"))
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _iso_duration(n: float, code: str) -> str:
    text = _number(n)
    if code in ("H", "MIN", "S"):
        return f"PT{text}{'M' if code == 'MIN' else code}"
    if code == "Q":
        return f"P{_number(n * 3)}M"
    if code == "C":
        return f"P{_number(n * 100)}Y"
    return f"P{text}{code}"

