"""Money facts (FACTS.md, "Money"): amounts, ranges and per-unit prices with exact values.

The extractor reads the normalized copy of the ``Doc`` text (full-width digits folded, ASCII marks made
full-width) and maps every span back to the original characters, so ``text[start:end]`` is the
evidence as written. Values are ``Decimal`` and never rounded.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from spacy.tokens import Doc

from pipeline.annotate.segment import text_and_normalized
from pipeline.extract.numbers import (
    ARABIC, CAPITAL_CHARS, CAPITAL_DIGITS, CN_DIGITS, LATIN_SCALES, NumeralError, parse_numeral, SCALES, TO_PLAIN,
)
from pipeline.extract.pattern_starts import Finder
from pipeline.extract.spans import SpanIndex
from pipeline.models import MoneyFact

# Currency words after the numeral -> (ISO 4217, factor to the main unit). Longest first in the regex.
CURRENCY_AFTER: dict[str, tuple[str, Decimal]] = {
    "元人民币": ("CNY", Decimal(1)), "元钱": ("CNY", Decimal(1)), "块钱": ("CNY", Decimal(1)),
    "毛钱": ("CNY", Decimal("0.1")), "人民币": ("CNY", Decimal(1)), "元": ("CNY", Decimal(1)),
    "块": ("CNY", Decimal(1)), "毛": ("CNY", Decimal("0.1")), "角": ("CNY", Decimal("0.1")),
    "美元": ("USD", Decimal(1)), "美金": ("USD", Decimal(1)), "港元": ("HKD", Decimal(1)),
    "港币": ("HKD", Decimal(1)), "欧元": ("EUR", Decimal(1)), "日元": ("JPY", Decimal(1)),
    "日圆": ("JPY", Decimal(1)), "英镑": ("GBP", Decimal(1)), "泰铢": ("THB", Decimal(1)),
    "韩元": ("KRW", Decimal(1)), "澳元": ("AUD", Decimal(1)), "加元": ("CAD", Decimal(1)),
    "新台币": ("TWD", Decimal(1)), "台币": ("TWD", Decimal(1)), "卢布": ("RUB", Decimal(1)),
    "瑞郎": ("CHF", Decimal(1)), "瑞士法郎": ("CHF", Decimal(1)), "卢比": ("INR", Decimal(1)),
    "新加坡元": ("SGD", Decimal(1)), "新元": ("SGD", Decimal(1)), "林吉特": ("MYR", Decimal(1)),
    "越南盾": ("VND", Decimal(1)), "印尼盾": ("IDR", Decimal(1)), "雷亚尔": ("BRL", Decimal(1)),
    "兰特": ("ZAR", Decimal(1)), "里拉": ("TRY", Decimal(1)), "澳门元": ("MOP", Decimal(1)),
    "澳币": ("AUD", Decimal(1)), "比特币": ("XBT", Decimal(1)), "澳门币": ("MOP", Decimal(1)),
    # 圆 is the formal character of 元 (壹佰圆整); 日圆 above stays JPY, longest first.
    "圆": ("CNY", Decimal(1)),
    # A currency name after 元 says whose 元 it is: 800元港币, 25元新台币.
    "元港币": ("HKD", Decimal(1)), "元港元": ("HKD", Decimal(1)), "元新台币": ("TWD", Decimal(1)),
    "元台币": ("TWD", Decimal(1)), "元澳门币": ("MOP", Decimal(1)), "元美金": ("USD", Decimal(1)),
}
# Currency words or signs before the numeral: 人民币1888万元, US$5, ￥99.
CURRENCY_BEFORE: dict[str, str] = {
    "人民币": "CNY", "US$": "USD", "HK$": "HKD", "$": "USD", "￥": "CNY", "¥": "CNY",
    "€": "EUR", "£": "GBP", "美元": "USD", "港币": "HKD", "港元": "HKD",
    "新台币": "TWD", "台币": "TWD", "澳门币": "MOP", "美金": "USD",
}
# Currency names before a numeral that are money only with a unit after it (新台币 25.5 亿元, 欧元
# 100元 is not written, but 日元1月 is a date after a currency name).
_BEFORE_NEEDS_UNIT = frozenset({"新台币", "台币", "澳门币", "美金"})
_DATE_UNITS = "年月日号"
# Words that make 元/块/毛/角 something else: 元素, 多元化, 一块儿, 三角形, 毛利.
_NOT_CURRENCY_AFTER = {
    "元": "素宵旦首老帅件组化论朝代年月日气音结",
    "圆": "满形周心桌梦润柱弧场点号融明珠顶括规",
    "块": "儿头地块状石板肉砖",
    "毛": "利病衣巾笔发皮孩主泽",
    "角": "形度色落逐钱度",
}
# Units a rate is quoted per (天, 斤, 百万tokens ...).
_PER_UNITS = (
    "个小时 小时 分钟 季度 星期 工作日 天 日 晚 夜 月 年 周 秒 公斤 千克 克 斤 吨 两 磅 盎司 桶 毫升 升 立方米 "
    "平方米 平米 亩 公顷 千瓦时 度 公里 千米 人次 人 位 次 股 件 台 辆 个 只 瓶 盒 包 张 份 套 家 户 单 笔 首 部 "
    "集 条 箱 袋 杯 碗 间 课时 节 场 页 字"
).split()
_PER_UNIT = (
    r"(?:百万|千万|万|千|百)?\s?(?:[A-Za-z]+(?:/[A-Za-z]+)?|"
    + "|".join(sorted(map(re.escape, _PER_UNITS), key=len, reverse=True))
    + ")"
)
_CN_CHARS = CN_DIGITS + "十百千万亿"
# A space inside an amount, as copied web text has it (新台币 25.5 亿元); never a line break.
_SP = r"[ \u00a0\u3000]"
_LATIN_SCALE = rf"[{''.join(LATIN_SCALES)}](?![A-Za-z])"

# A numeral: Arabic with scale words (1.5万亿, 70多万, 5k), Chinese (三千五百万, 十几万), vague (几千,
# 上万), 个亿 (两个亿, 1.5个亿). Banking numerals (壹万贰仟) are read as the ordinary characters they
# stand for: the text is scanned through TO_PLAIN.
_NUM = (
    rf"(?:(?:{ARABIC}|[{CN_DIGITS}十][{_CN_CHARS}几]*)个多?亿"
    rf"|\d+(?:\.\d+)?亿\d+(?:\.\d+)?[千百十]?万?|\d+(?:\.\d+)?万\d+[千百]"
    rf"|{ARABIC}(?:多|余)?(?:{_LATIN_SCALE}|{_SP}?[十百千万亿]+)?(?:多|余)?"
    rf"|[{CN_DIGITS}十][{_CN_CHARS}几]*(?:点[{CN_DIGITS}]+)?(?:多|余)?[十百千万亿]*"
    rf"|[几数上][十百千万亿]+(?:多|余)?[十百千万亿]*"
    rf"|(?:百万|千万|百亿|千亿|万亿)(?:多|余)?"
    rf"|(?<=[近超逾约破过])[万亿])"  # 近万元: the scale word alone is the numeral
)
_CAPITAL_CHAR = re.compile(f"[{CAPITAL_CHARS}]")
_CUR_AFTER = "|".join(sorted(map(re.escape, CURRENCY_AFTER), key=len, reverse=True))
_CUR_BEFORE = "|".join(sorted(map(re.escape, CURRENCY_BEFORE), key=len, reverse=True))
_SMALL = rf"[0-9{CN_DIGITS}]"
# 3元5角, 2块5毛钱, 1元2分, and the bare last digit of 2块5 / 4毛5.
_TAIL = (
    rf"(?:{_SMALL}(?:角|毛)钱?(?:{_SMALL}分)?|{_SMALL}分"
    rf"|(?<=[块毛]){_SMALL}(?![0-9〇零一二两三四五六七八九十百千万亿元块毛角分个%.％]))"
)
# Between the bounds of a range: 至, 到, and every width of dash and tilde, doubled ones too (1万元——2万元).
_RANGE_SEP = r"(?:至|到|——|--|－－|[-~～－—–〜―‐‑‒−﹣∼])"
_PER_AFTER = rf"(?:[/／](?P<per_slash>{_PER_UNIT})|每(?P<per_every>{_PER_UNIT})|一(?:个)?(?P<per_one>{_PER_UNIT})(?![分门些起样般直点致同]))"
# Two neighbouring Chinese digits: 两三万元, 三四百元, 七八千元.
# 三五 (three to five) is the one common pair of digits that are not neighbours: 三五百块.
_CN_PAIR = r"(?:一两|一二|两三|二三|三四|三五|四五|五六|六七|七八|八九)"

_MONEY = re.compile(
    rf"(?P<before>{_CUR_BEFORE})?{_SP}?"
    rf"(?:(?P<pair_ten>十)?(?P<pair>{_CN_PAIR})(?P<pair_scale>[十百千万亿]*)"
    rf"|(?P<low>{_NUM})(?:{_SP}?(?P<low_cur>{_CUR_AFTER}))?{_SP}?(?P<sep>{_RANGE_SEP}){_SP}?(?P<high>{_NUM})"
    rf"(?={_SP}?(?:{_CUR_AFTER}))"
    rf"|(?P<num>{_NUM}))"
    rf"(?:{_SP}?(?P<cur>{_CUR_AFTER}))?(?P<tail>{_TAIL})?"
    rf"(?:{_PER_AFTER})?"
)
_MONEY_FINDER = Finder(_MONEY)
_FROM_BEFORE = re.compile(r"从(?:约|近)?$")
_VARYING = re.compile(r"\s?不等")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9.]")
_LATIN_OR_DIGIT_NO_POINT = re.compile(r"[A-Za-z0-9]")
_UP_TO_SCALE = re.compile("上[十百千万亿]")
_SCALE_WORD = re.compile("[十百千万亿]")
_AFTER_COLLOQUIAL_UNIT = re.compile(r"[，。；！？、”’）)\s的钱一]")
# After hundreds or thousands of 块 an adverb or verb follows a sum (三五百块就能买一件), rarely pieces.
_AFTER_SCALED_UNIT = re.compile(r"[就都也才还呢吧啊嘛能买够]")
_SMALL_DIGIT = re.compile(_SMALL)
_SMALL_UNITS = re.compile(rf"({_SMALL})([角毛分])")
_NUMERIC = re.compile(r"\d|[元美]")
_LISTED_SUM = re.compile(rf"{ARABIC}[万亿]?(?:{_CUR_AFTER})(?:和|、|与|及|或)")

_HEDGE_BEFORE = re.compile(
    r"(?:约合|约为|约|大约|大概|将近|接近|近|超过|超出|突破|超|逾|不到|不足|不超过|不少于|不低于|不高于|至少|最少|少则|"
    r"多则|最多|上下)了?\s?$"
)
_HEDGE_AFTER = re.compile(r"^\s?(?:左右|上下|以上|以下|以内|出头|开外|有余)")
# 每两年 is "every two years", not "per 两 (50 g)".
_PER_BEFORE = re.compile(rf"每(?!两[年月天日周个次季星])(?:个|一)?(?P<unit>{_PER_UNIT})")
_CLAUSE_BREAK = re.compile(r"[，。；！？\n：、,;!?]")
# A bare numeral (no currency word) is money only after a word that plainly names a sum.
_MONEY_CUE = re.compile(
    r"(?:获赔|赔偿|赔付|索赔|赔了|罚款|罚金|罚没|被罚|花了|花费|耗资|斥资|投资|融资|募资|募集|筹资|筹集|营收|收入|"
    r"净利润|利润|亏损|销售额|成交额|交易额|市值|估值|身价|薪资|工资|年薪|月薪|奖金|补贴|补助|贷款|借款|欠款|存款|"
    r"骗走|骗取|涉案金额|金额|售价|标价|定价|总价|租金|费用|成本|报价|捐款|捐赠|赚了|收益|损失|预算|资金|拨款|退款|"
    r"彩礼|身家|资产|赃款|工资款|欠薪|进账|入账|挣了|挣|赚|盈利|净赚|花掉|凑了|攒了|攒下|投入|拿出|出资|注资)"
    r"(?:了|约|近|达|高达|超|超过|逾|为|是|共|共计|总计|合计|累计|仅|只有|不到|至|上|到){0,2}$"
)
# The lookahead repeats the first characters a numeral can have: without it re tries the
# lookbehind at every character of the text (this scan took twice as long).
_BARE_NUMBER = re.compile(
    rf"(?=[\d{_CN_CHARS}几])(?<![A-Za-z0-9.])"
    # A numeral-character number starts where its run does: a later start in the same run cannot
    # end in 万/亿 where the run's first could not, and trying each one made a run of n numerals
    # cost n times n.
    rf"(?P<num>{ARABIC}(?:多|余)?(?:个多?亿|[万亿]+)(?:多|余)?|(?<![{_CN_CHARS}几])[{_CN_CHARS}几]+(?:个多?亿|[万亿])(?:多|余)?)"
)
_NOT_AFTER_BARE = re.compile(
    r"^(?:[A-Za-z%％]|人|个|名|位|台|辆|吨|次|件|股|份|户|家|套|元|美元|倍|条|平方|亩|只|头|张|斤|公斤|千克|克|米|"
    r"公里|千米|株|棵|箱|瓶|册|架|艘|部|间|座|篇|场|字|块|桶|升|度|千瓦|网友|用户|粉丝|观众|游客|人次|单|笔|吨|"
    # the numeral goes on (1万6千辆): only part of it was read
    rf"[\d{_CN_CHARS}])"
)
# 1700个亿元以上投资项目 counts projects of over 1亿元 each: 个 is the measure word of the projects.
_COUNT_OF_THRESHOLDS = re.compile(r"个多?亿元(?:以上|级)")
# A bare numeral is also money when a word for a sum follows it: 两万多学费, 300多万分红.
_MONEY_CUE_AFTER = re.compile(
    r"^(?:的)?(?:[\u4e00-\u9fff]{0,3}费|分红|奖金|工资|收入|资金|投资|贷款|存款|现金|彩礼|罚款|赔偿|补贴|利润|营收|"
    r"欠款|借款|善款|捐款|薪水|年薪|月薪|房款|车款|货款|巨款|赃款|存款)"
)


class _VagueRange(Exception):
    """Both bounds of a range are vague numerals (几十元到几百元)."""


def extract_money(doc: Doc) -> list[MoneyFact]:
    """Every money fact of ``doc``, in text order; offsets index the document text.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> [(f.kind, f.text, f.value) for f in extract_money(shared_nlp()("399元365天约合1.093元一天"))]
    [('amount', '399元', Decimal('399')), ('per_unit', '1.093元一天', Decimal('1.093'))]
    """
    table = doc._.zh_table
    source, norm = text_and_normalized(doc)
    # Banking numerals read as the ordinary ones, character for character: offsets do not move.
    # Few texts hold one, and translate looks every character up (a tenth of the money scan).
    text = norm.text
    if _CAPITAL_CHAR.search(text):
        text = text.translate(TO_PLAIN)
    token_starts = table.starts  # ascending: few sums need it, so no set of all of them is built
    base = doc._.zh_base or 0
    facts: list[MoneyFact] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY_FINDER.finditer(text):
        if not (m.group("cur") or m.group("low_cur") or m.group("before")):
            continue  # a number with no currency word: most matches, and never a sum (see _currency)
        fact = None
        if _is_progression(m, text):
            # 从十多亿元到1万亿元用了62年: a change from one sum to another, two amounts.
            parts = [_MONEY.match(text, m.start(), m.end("low_cur")), _MONEY.match(text, m.start("high"), m.end())]
        else:
            counted = _COUNT_OF_THRESHOLDS.search(text, max(m.start(), m.end() - 4), m.end() + 2)
            fact = None if counted else _money_fact(m, text, norm, token_starts, base, source)
            if fact is not None and fact.kind == "range" and fact.low is not None and fact.high is not None and fact.low > fact.high:
                # 从5元到3元, 5到3元: no range runs downwards; what has a currency word is an amount.
                parts = [_MONEY.match(text, m.start(), m.end("low_cur")) if m.group("low_cur") else None,
                         _MONEY.match(text, m.start("high"), m.end())]
                fact = None
            else:
                parts = []
        if fact is not None:
            facts.append(fact)
            taken.append((m.start(), m.end()))
        for part in parts:
            fact = _money_fact(part, text, norm, token_starts, base, source) if part else None
            if fact is not None:
                facts.append(fact)
                taken.append((part.start(), part.end()))
    sums = SpanIndex(taken)
    for m in _BARE_NUMBER.finditer(text):
        if sums.overlaps(m.start(), m.end()):
            continue
        fact = _bare_fact(m, text, norm, base, source, token_starts)
        if fact is not None:
            facts.append(fact)
    return sorted(facts, key=lambda f: f.start)


def _starts_word(token_starts: list[int], i: int) -> bool:
    k = bisect_left(token_starts, i)
    return k < len(token_starts) and token_starts[k] == i


def _is_progression(m: re.Match, text: str) -> bool:
    """从A到B with a currency on both sides and no 不等 after it is a change, not a range."""
    if not (m.group("low") and m.group("low_cur") and m.group("sep") in ("到", "至")):
        return False
    before = text[max(0, m.start() - 3) : m.start()]
    return bool(_FROM_BEFORE.search(before)) and not _VARYING.match(text[m.end() : m.end() + 3])


def _to_original(norm, start: int, end: int) -> tuple[int, int]:
    return norm.to_original(start, end)


def _currency(m: re.Match) -> tuple[str, Decimal] | None:
    cur = m.group("cur") or m.group("low_cur") if m.group("low") else m.group("cur")
    before = m.group("before")
    if cur and before and CURRENCY_AFTER[cur][0] == "CNY" and cur in ("元", "元钱"):
        return CURRENCY_BEFORE[before], CURRENCY_AFTER[cur][1]  # 港币100元 is HKD
    if cur:
        return CURRENCY_AFTER[cur]
    if before:
        return CURRENCY_BEFORE[before], Decimal(1)
    return None


def _valid_currency_word(m: re.Match, text: str) -> bool:
    cur = m.group("cur")
    if not cur or m.group("tail") or m.end("cur") != m.end():
        return True
    following = text[m.end("cur") : m.end("cur") + 1]
    if cur in _NOT_CURRENCY_AFTER and following and following in _NOT_CURRENCY_AFTER[cur]:
        return False
    return True


def _money_fact(m: re.Match, text: str, norm, token_starts: list[int], base: int, original: str) -> MoneyFact | None:
    currency = _currency(m)
    if currency is None:
        return None
    if not m.group("cur") and not (m.group("low") and m.group("low_cur")) and not m.group("before"):
        return None
    if m.group("low") and not m.group("cur"):
        return None  # 3元-5 is not a range of money
    if not _valid_currency_word(m, text):
        return None
    code, factor = currency
    if m.group("before") and not m.group("cur") and (
        m.group("before") in _BEFORE_NEEDS_UNIT or (m.end() < len(text) and text[m.end()] in _DATE_UNITS)
    ):
        return None  # 美元2022年走强: a currency name, then a year
    numeral_start = (
        m.start("pair_ten") if m.group("pair_ten") else m.start("pair") if m.group("pair")
        else m.start("low") if m.group("low") else m.start("num")
    )
    if norm.text[numeral_start] in CAPITAL_CHARS[len(CAPITAL_DIGITS):]:
        return None  # a banking numeral starts with a digit (壹拾元): 拾到500元 is "picked up 500 yuan"
    # The span starts at the currency word before the numeral (人民币1888万元), else at the numeral.
    start, end = (m.start("before") if m.group("before") else numeral_start), m.end()
    if m.group("cur") == "日元" and text[max(0, start - 1) : start] == "月":
        return None  # 2月8日元宵节: a date, then 元宵
    if (m.group("cur") or "").endswith("元") and end == m.end("cur") and text[end : end + 1] in ("宵", "旦", "素"):
        return None
    first_char = text[numeral_start]
    if start > 0 and _LATIN_OR_DIGIT.match(text[start - 1]):
        return None
    if start > 1 and text[start - 1] in "-_" and _LATIN_OR_DIGIT_NO_POINT.match(text[start - 2]):
        return None  # the 4 of GPT-4
    if first_char in _CN_CHARS + "几数上":
        # A Chinese numeral must begin a word: not the 一 of 统一元.
        if not m.group("before") and not _starts_word(token_starts, norm.original_start(numeral_start)):
            return None
        if first_char == "上" and not _UP_TO_SCALE.match(text, numeral_start):
            return None
    if m.group("cur") in ("块", "毛", "角") and not _colloquial_unit_ok(m, text):
        return None
    numeral = text[numeral_start : m.start("cur")] if m.group("cur") else ""
    if m.group("cur") in ("块", "角") and not first_char.isdigit() and not (m.group("tail") or m.group("per_one")) and not (
        m.group("pair") or _SCALE_WORD.search(numeral)
    ):
        return None  # 聚在一块, 三角: a single Chinese digit with a bare 块/角 is rarely money
    o_start, o_end = _to_original(norm, start, end)
    evidence = original[o_start:o_end]
    approx = _hedged(text, start, norm, token_starts) or bool(_HEDGE_AFTER.match(text[end : end + 3]))
    if text[start - 1 : start] in ("过", "破") and first_char in "百千万亿":
        approx = True  # 过亿元, 破万元 (but 付过5元 is a plain sum)
    per = m.group("per_slash") or m.group("per_every") or m.group("per_one")
    if per is None:
        per = _per_before(text, start)
    per = per.strip() if per else None
    kind = "per_unit" if per else "amount"
    low = high = value = None
    try:
        if m.group("pair"):
            pair = m.group("pair").replace("两", "二")
            scale = _scale(m.group("pair_scale"))
            ten = 10 if m.group("pair_ten") else 0  # 十七八万: 17万 to 18万
            low = (ten + parse_numeral(pair[0]).value) * scale * factor
            high = (ten + parse_numeral(pair[1]).value) * scale * factor
            kind = "range" if kind == "amount" else kind
            approx = True
        elif m.group("low"):
            low_num = parse_numeral(m.group("low"))
            high_num = parse_numeral(m.group("high"))
            low_factor = CURRENCY_AFTER[m.group("low_cur")][1] if m.group("low_cur") else factor
            if low_num.value is None or high_num.value is None:
                # 几十元到几百元: a range whose bounds are vague (no low or high: see the except below).
                approx = True
                kind = "range" if kind == "amount" else kind
                if kind != "range":
                    return None
                raise _VagueRange
            low_value = low_num.value
            if not m.group("low_cur"):
                low_value *= shared_scale(m.group("low"), m.group("high"), low_num.value, high_num.value)
            low, high = _exact(low_value * low_factor), _exact(high_num.value * factor)
            approx = approx or low_num.approx or high_num.approx
            if kind == "amount":
                kind = "range"
        else:
            num = parse_numeral(m.group("num"))
            approx = approx or num.approx
            if num.value is not None:
                value = num.value * factor + _tail_value(m.group("tail"), m.group("cur"))
    except NumeralError:
        return None
    except _VagueRange:
        low = high = None
    if kind == "range":
        value = None
    return MoneyFact(
        kind=kind, text=evidence, start=base + o_start, end=base + o_end,
        value=_exact(value) if value is not None else None, currency=code, approx=approx,
        low=_exact(low) if low is not None else None, high=_exact(high) if high is not None else None, per=per,
    )


# Words ending in a one-character hedge that are no hedge: 节约5万元 is a saving of exactly 5万元.
_NOT_HEDGE_WORDS = frozenset(
    "节约 签约 预约 制约 条约 公约 合约 相约 邀约 违约 履约 契约 特约 毁约 爽约 赴约 践约 守约 失约 解约 "
    "附近 最近 靠近 临近 亲近 贴近 逼近 走近 就近 赶超 高超 反超 追超".split()
)


def _hedged(text: str, start: int, norm=None, token_starts=None) -> bool:
    """A hedge word (约, 近, 超过 ...) right before ``start``, not the end of another word (节约, 签约)."""
    window = max(0, start - 4)
    m = _HEDGE_BEFORE.search(text[window:start])
    if m is None:
        return False
    hedge_start = window + m.start()
    return text[hedge_start - 1 : hedge_start + 1] not in _NOT_HEDGE_WORDS if hedge_start else True


def _colloquial_unit_ok(m: re.Match, text: str) -> bool:
    """块/毛/角 are money after a numeral only where nothing else is meant: 10块钱, 5毛, 2块5; not
    两块蛋糕 or 三角形."""
    if m.group("tail") or m.group("per_one") or m.group("per_slash") or m.group("per_every"):
        return True
    following = text[m.end() : m.end() + 1]
    if following == "" or _AFTER_COLLOQUIAL_UNIT.match(following):
        return True
    scaled = m.group("pair") or _SCALE_WORD.search(text[m.start() : m.start("cur")])
    return bool(scaled and _AFTER_SCALED_UNIT.match(following))


def _tail_value(tail: str | None, cur: str | None) -> Decimal:
    """The 5角 of 3元5角, the 5 of 2块5 (tenths after 元/块)."""
    if not tail:
        return Decimal(0)
    value = Decimal(0)
    if _SMALL_DIGIT.fullmatch(tail):
        digit = Decimal(tail) if tail.isdigit() else parse_numeral(tail).value
        return digit * (Decimal("0.01") if cur in ("毛", "角") else Decimal("0.1"))
    for digit, unit in _SMALL_UNITS.findall(tail):
        n = parse_numeral(digit).value if not digit.isdigit() else Decimal(digit)
        value += n * (Decimal("0.01") if unit == "分" else Decimal("0.1"))
    return value


_SCALE_RUN = re.compile("[十百千万亿]+$")
_SECTION_SCALE = re.compile("[万亿]")
_APPROXIMATORS = str.maketrans("", "", "多余 \u00a0\u3000")


def _scale_run(numeral: str) -> str:
    """The scale words that end a numeral, approximators and spaces left out: 五百万 -> 百万, 3k -> 千."""
    plain = numeral.translate(_APPROXIMATORS).translate(TO_PLAIN)
    if plain[-1:] in LATIN_SCALES:
        plain = plain[:-1] + LATIN_SCALES[plain[-1]]
    run = _SCALE_RUN.search(plain)
    return run.group() if run else ""


def shared_scale(low: str, high: str, low_value: Decimal, high_value: Decimal) -> Decimal:
    """The factor the low bound of a range takes from the scale words of the high bound.

    Chinese writes a shared scale word once, on the second bound: 3-5万元 is 30000-50000, 三百到五百万元
    300万-500万. The low bound takes the longest ending ``S`` of the high bound's scale words such that
    (1) the low bound has no 万 or 亿 of its own (1万-2万亿 stays 10000 to 2万亿), (2) its own scale
    words stay in order before ``S`` (三百 + 万, never 三百 + 百万; 十 + 亿 for 十到二十亿), and (3) the
    low bound times ``S`` is still below the high bound: 900到2万 is 900-20000, because 900万 would
    exceed 2万, and 五到十万 is 5万-10万 (5 x 十万 would exceed 十万, 5 x 万 does not). Where no ending
    fits, the low bound is read as written.

    >>> shared_scale("三百", "五百万", Decimal(300), Decimal(5000000)), shared_scale("900", "2万", Decimal(900), Decimal(20000))
    (Decimal('10000'), Decimal('1'))
    """
    if low_value is None or high_value is None or _SECTION_SCALE.search(low.translate(TO_PLAIN)):
        return Decimal(1)
    own, run = _scale_run(low), _scale_run(high)
    for i in range(len(run)):
        ending = run[i:]
        if own and SCALES[own[-1]] >= SCALES[ending[0]]:
            continue
        factor = _scale(ending)
        if low_value * factor < high_value:
            return factor
    return Decimal(1)


def _scale(words: str) -> Decimal:
    factor = Decimal(1)
    for ch in words:
        factor *= SCALES[ch]
    return factor


def _exact(value: Decimal) -> Decimal:
    """1.5万 -> 15000 (no trailing .0); 5.20 -> 5.20 stays as written."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value


_PER_REACH = 80


def _per_before(text: str, start: int) -> str | None:
    """The unit of a 每... phrase earlier in the clause: 每百万tokens输入1元 -> 百万tokens."""
    # The 每 phrase is looked for in at most _PER_REACH characters: reading back to the start of the
    # clause made a clause of many sums (5元和5元和...) quadratic.
    clause_start, stop = start, max(0, start - _PER_REACH)
    while clause_start > stop and not _CLAUSE_BREAK.match(text[clause_start - 1]):
        clause_start -= 1
    clause = text[clause_start:start]
    last = None
    for p in _PER_BEFORE.finditer(clause):
        last = p
    if last is None:
        return None
    # Earlier sums of the same list share the 每 phrase: 每吨分别降低520元和500元.
    between = _LISTED_SUM.sub("", clause[last.end() :])
    # The 每 phrase must govern this sum: nothing numeric between them (每天3次, 每次5元 keeps 次).
    if _NUMERIC.search(between) or len(between) > 8:
        return None
    return last.group("unit")


def _bare_fact(m: re.Match, text: str, norm, base: int, original: str, token_starts: list[int]) -> MoneyFact | None:
    before = text[max(0, m.start() - 8) : m.start()]
    before = _CLAUSE_BREAK.split(before)[-1]
    if not _MONEY_CUE.search(before) and not _MONEY_CUE_AFTER.match(text[m.end() : m.end() + 5]):
        return None
    if _NOT_AFTER_BARE.match(text[m.end() : m.end() + 2]):
        return None
    try:
        num = parse_numeral(m.group("num"))
    except NumeralError:
        return None
    o_start, o_end = norm.to_original(m.start(), m.end())
    approx = num.approx or _hedged(text, m.start(), norm, token_starts) or bool(
        _HEDGE_AFTER.match(text[m.end() : m.end() + 3])
    )
    per = _per_before(text, m.start())  # 每年拿出10个亿 is a yearly sum, as 每年拿出10亿元 is
    return MoneyFact(
        kind="per_unit" if per else "amount", text=original[o_start:o_end], start=base + o_start, end=base + o_end,
        value=_exact(num.value) if num.value is not None else None, currency="CNY", approx=approx,
        per=per.strip() if per else None,
    )
