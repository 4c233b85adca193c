"""Date facts of issue 14 ("dates anchored in the text", "the breadth of dates and times"), one table
per family, written from FACTS.md like cases_dates.py (same helpers, same conventions).

Each case says where its sentence comes from: ``xwlb-…`` is one sentence copied verbatim from
``/work/shared/corpus-dev/news.jsonl`` (published before 2025; ``reference_date`` is its ``published``);
``fresh`` is written for this table in the style of news (passages of two or three sentences are
written fresh, so that no more than a sentence of an article is copied). Conventions FACTS.md leaves
open are marked ``# spec:``.
"""
from tests.extract.cases_dates import date, dur, period, rel

# ---------------------------------------------------------------- 1. the passage's year
# spec: a year-less month or day takes the year the text named before it: in its own sentence
# (the last point with a month, or a year that opens the sentence), or in an earlier sentence of the
# paragraph that opens with that time and a comma (2019年4月，……). Another time named in between, an open
# period (2019年以来) or a time of the reference (今年5月) ends it; a bare day (19日) takes the passage's
# month only when the passage is in another year than the reference date (news name this month's days bare).
PASSAGE_YEAR = [
    {
        "id": "passage-year-semicolons",
        "text": "1964年1月，高浓铀235研制成功；5月1日，酒泉原子能联合企业加工出合格的原子弹部件；6月6日，青海西北核武器研制基地成功进行了一比一模型爆轰试验。",
        "source": "xwlb-VIDEmyOn1sBNu0Kv5lyq2dD2190801 (2019-08-01)",
        "reference_date": "2019-08-01",
        "expected": [date("1964年1月", "1964-01"), date("5月1日", "1964-05-01"), date("6月6日", "1964-06-06")],
    },
    {
        "id": "passage-year-bare-days",
        "text": "1952年8月15日、16日、17日3天，第一次全国统一高考举行。",
        "source": "xwlb-VIDEQJ3zGeaF7QvSh6NspIqU190721 (2019-07-21)",
        "reference_date": "2019-07-21",
        "expected": [date("1952年8月15日", "1952-08-15"), date("16日", "1952-08-16"), date("17日", "1952-08-17"), dur("3天", "P3D")],
    },
    {
        "id": "passage-year-month-end-compared",
        "text": "国家外汇管理局最新数据显示，2022年12月末，我国外汇储备规模为31277亿美元，较11月末上升102亿美元，升幅为0.33%。",
        "source": "xwlb-VIDE7vNuwuQic2KPHiRh1lVE230107 (2023-01-07)",
        "reference_date": "2023-01-07",
        "expected": [date("2022年12月末", "2022-12"), date("11月末", "2022-11")],
    },
    {
        "id": "passage-year-same-sentence",
        "text": "1923年8月，刘华进入上海大学附中半工半读，11月加入中国共产党。",
        "source": "xwlb-VIDEnxWkIEBSo7aKC8X1kOl2180612 (2018-06-12)",
        "reference_date": "2018-06-12",
        "expected": [date("1923年8月", "1923-08"), date("11月", "1923-11")],
    },
    {
        "id": "passage-year-in-passing-frames-nothing",
        # years named in passing (继2010年、2011年……后) are no frame: 11月初 is the reference year's
        "text": "这是继2010年、2011年两次成功蓄水后，三峡库区第三次冲击175米最高蓄水位，预计在10月末或11月初达到目标高程。",
        "source": "xwlb-VIDE1355098162260553 (2012-10-02)",
        "reference_date": "2012-10-02",
        "expected": [date("2010年", "2010"), date("2011年", "2011"), date("10月末", "2012-10"), date("11月初", "2012-11")],
    },
    {
        "id": "passage-year-bare-day-this-month",
        # a month of data (5月通胀率) in the reference year: the bare 10日 is still this month's
        "text": "受美国5月通胀率创40年来新高、市场普遍担忧美国经济将陷入衰退等因素影响，美国密歇根大学10日公布的数据显示，美国6月消费者信心指数初值为50.2，显著低于5月份的58.4，为历史新低。",
        "source": "xwlb-VIDEVsbqFDXe8JfRvrugCuqt220612 (2022-06-12)",
        "reference_date": "2022-06-12",
        "expected": [date("5月", "2022-05"), period("40年来", None), date("10日", "2022-06-10"), date("6月", "2022-06"),
                     date("5月份", "2022-05")],
    },
    {
        "id": "passage-year-topic-next-sentence",
        "text": "2019年4月，他第一次来到北京。5月，项目正式启动。",
        "source": "fresh",
        "reference_date": "2021-06-01",
        "expected": [date("2019年4月", "2019-04"), date("5月", "2019-05")],
    },
    {
        "id": "passage-year-topic-bare-day",
        "text": "1930年4月18日，他在执行任务时不幸被捕。19日在重庆英勇就义。",
        "source": "fresh",
        "reference_date": "2019-03-16",
        "expected": [date("1930年4月18日", "1930-04-18"), date("19日", "1930-04-19")],
    },
    {
        "id": "passage-year-open-period-ends-it",
        "text": "2019年以来，当地经济持续增长。5月，新项目启动。",
        "source": "fresh",
        "reference_date": "2021-06-01",
        "expected": [period("2019年以来", "2019-01-01/.."), date("5月", "2021-05")],
    },
    {
        "id": "passage-year-this-year-ends-it",
        "text": "2015年3月，他开始创业。今年5月，公司上市。6月，新工厂投产。",
        "source": "fresh",
        "reference_date": "2021-08-01",
        "expected": [date("2015年3月", "2015-03"), rel("今年5月", "2021-05"), date("6月", "2021-06")],
    },
    {
        "id": "passage-year-other-paragraph",
        # a paragraph is the widest scope: the second paragraph is the reference year's
        "text": "2019年4月，他第一次来到北京。\n5月，项目正式启动。",
        "source": "fresh",
        "reference_date": "2021-06-01",
        "expected": [date("2019年4月", "2019-04"), date("5月", "2021-05")],
    },
    {
        "id": "passage-year-that-year-and-later",
        # spec: 那一年 is an anchor like 当年; N年后 counts from the year that opens an earlier sentence
        "text": "2008年，他考上了大学。那一年，全家都很高兴。4年后，他回到家乡。",
        "source": "fresh",
        "reference_date": "2021-06-01",
        "expected": [date("2008年", "2008"), rel("那一年", "2008"), rel("4年后", "2012")],
    },
    {
        "id": "passage-year-dangnian-next-sentence",
        "text": "2016年，他们家被列入建档立卡贫困户。当年，全家实现脱贫。",
        "source": "fresh",
        "reference_date": "2020-05-21",
        "expected": [date("2016年", "2016"), rel("当年", "2016")],
    },
    {
        "id": "passage-year-dangnian-de-is-vague",
        # spec: 当年的 with no year in its sentence is "in those days": no value
        "text": "本台记者近日前往当年的签署地，还原那段历史。",
        "source": "fresh",
        "reference_date": "2012-09-17",
        "expected": [rel("近日", None), rel("当年", None)],
    },
    {
        "id": "passage-year-tongnian-month",
        "text": "2014年4月，乌克兰东部地区爆发武装冲突。同年9月，乌克兰问题三方联络小组与乌东部民间武装在白俄罗斯首都明斯克签署停火协议。",
        "source": "fresh (after xwlb-VIDE3gXCtWV0LlGyO9IKmHpW170219)",
        "reference_date": "2017-02-19",
        "expected": [date("2014年4月", "2014-04"), rel("同年9月", "2014-09")],
    },
]

CASES: list[dict] = [*PASSAGE_YEAR]
