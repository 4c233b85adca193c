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
        "id": "passage-year-ends-at-the-future",
        # a later sentence that speaks of the future (将于) is the reference year's, not the topic's past year
        "text": "2018年，仲裁法庭作出裁定。双方现有合同将于12月31日到期。",
        "source": "fresh (after xwlb-VIDElpq9M8mleGwuvD0FwHIv191208)",
        "reference_date": "2019-12-08",
        "expected": [date("2018年", "2018"), date("12月31日", "2019-12-31")],
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

# ---------------------------------------------------------------- 2. clock times
# spec: a time of day with no day of its own is a ``date`` (like a year-less 3月5日) on the last day its
# paragraph named, else on the reference date; with neither, ``partial`` XXXX-XX-XXT09:30. Span: from the
# time zone word or the part of the day (上午, 晚) to the minutes, with 多/许 (approximators stay inside, as
# in money) and without 左右. 下午/晚上 move hours below 12 by twelve; 中午 does so only below 10. An hour
# after an evening hour of the same sentence is the evening's too. Seconds of :00 are dropped (14:20:00
# is 14:20, the minute the text fixes).
CLOCK_TIMES = [
    {
        "id": "clock-noon-minutes",
        "text": "中午12时35分，扬州舰抵达长江入海口水域。",
        "source": "xwlb-VIDElgBzxz1NntYkm3VdUjeP221211 (2022-12-11)",
        "reference_date": "2022-12-11",
        "expected": [date("中午12时35分", "2022-12-11T12:35")],
    },
    {
        "id": "clock-two-zones",
        "text": "澳大利亚的一架“猎户座”海上巡逻机最早已于当地时间今天下午1点50分、北京时间10点50分到达相关海域。",
        "source": "xwlb-VIDE1395315126318517 (2014-03-20)",
        "reference_date": "2014-03-20",
        "expected": [rel("当地时间今天下午1点50分", "2014-03-20T13:50"), date("北京时间10点50分", "2014-03-20T10:50")],
    },
    {
        "id": "clock-noon-before-ten-is-morning",
        "text": "今天中午11点40左右，深圳光明新区凤凰社区发生一起山体滑坡，导致附近的光明新区一工业园22栋厂房被掩埋，当地迅速展开紧急救援，现场安全撤离900多人，救出4名被困人员，据现场救援指挥部消息，截至目前仍有27人失联。",
        "source": "xwlb-VIDE1450620898947165 (2015-12-20)",
        "reference_date": "2015-12-20",
        "expected": [rel("今天中午11点40", "2015-12-20T11:40")],
    },
    {
        "id": "clock-minutes-after-dian-and-evening-carried",
        "text": "今晚8点06，索契冬奥会短道速滑女子1500米举行决赛，短道速滑男子1000米决赛也将在8点20开始，我台体育频道和新闻频道都将进行直播。",
        "source": "xwlb-VIDE1392463926103510 (2014-02-15)",
        "reference_date": "2014-02-15",
        "expected": [rel("今晚8点06", "2014-02-15T20:06"), date("8点20", "2014-02-15T20:20")],
    },
    {
        "id": "clock-scores-are-no-times",
        "text": "东京奥运会排球测试赛昨天（5月1日）在东京有名体育馆举行，中国女排时隔580天后再次出现在国际赛场，以25:16、25:18、31:29，3:0的总比分战胜日本女排。",
        "source": "xwlb-VIDEoqv2Xp5itKnNuKUujIWw210503 (2021-05-02)",
        "reference_date": "2021-05-02",
        "expected": [rel("昨天", "2021-05-01"), date("5月1日", "2021-05-01"), rel("580天后", None)],
    },
    {
        "id": "clock-recurring-is-no-date",
        "text": "每天上午11点，老周都会到杭州西城广场出摊，卖报纸杂志和手机贴膜。",
        "source": "xwlb-VIDE1359803889297988 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [],
    },
    {
        "id": "clock-approximate-and-half",
        "text": "下午3点多，记者赶到现场。晚8点半，救援结束。",
        "source": "fresh",
        "reference_date": "2023-05-06",
        "expected": [date("下午3点多", "2023-05-06T15"), date("晚8点半", "2023-05-06T20:30")],
    },
    {
        "id": "clock-day-of-the-paragraph",
        "text": "12月27日0时55分，航天员结束出舱活动。1时49分，航天员返回核心舱。",
        "source": "fresh (after xwlb-VIDEfiijrO1XxB8i0snCrDft211227)",
        "reference_date": "2021-12-28",
        "expected": [date("12月27日0时55分", "2021-12-27T00:55"), date("1时49分", "2021-12-27T01:49")],
    },
    {
        "id": "clock-colon-and-xu",
        "text": "上午9时30分许，大会开幕。20:30，晚会开始。",
        "source": "fresh",
        "reference_date": "2023-05-06",
        "expected": [date("上午9时30分许", "2023-05-06T09:30"), date("20:30", "2023-05-06T20:30")],
    },
    {
        "id": "clock-no-reference",
        "text": "上午10时，纪念仪式开始。",
        "source": "fresh",
        "reference_date": None,
        "expected": [date("上午10时", None, partial="XXXX-XX-XXT10")],
    },
    {
        "id": "clock-points-and-decimals-are-no-times",
        "text": "他提出3点要求，增速为百分之九点五，卢布汇率一度跌破1:58。",
        "source": "fresh",
        "reference_date": "2014-12-16",
        "expected": [],
    },
    {
        "id": "clock-more-cut-by-the-segmenter",
        # jieba cuts 8点|多因: the span ends at the hour
        "text": "伦敦干线地铁3号上午8点多因故障延误一小时，给伦敦人出行带来不便。",
        "source": "fresh (after xwlb-VIDE1355098132821712)",
        "reference_date": "2012-08-04",
        "expected": [date("3号上午8点", "2012-08-03T08"), dur("一小时", "PT1H")],
    },
]

# ---------------------------------------------------------------- 4. dates in figures
# spec: 2023-05-06, 2023/5/6 and 2023.05.06 are dates like 2023年5月6日; a time after them (with a space
# or T) belongs to the same fact. A month past 12 is no date at all (a version number); a day the month
# lacks is a date fact with no value, like 2月30日.
NUMERIC_DATES = [
    {
        "id": "numeric-with-time",
        "text": "2023-05-06 14:20:00，系统发布预警；5月6日 08:00，全线停运。",
        "source": "fresh",
        "reference_date": "2023-05-08",
        "expected": [date("2023-05-06 14:20:00", "2023-05-06T14:20"), date("5月6日 08:00", "2023-05-06T08:00")],
    },
    {
        "id": "numeric-slash-and-dot",
        "text": "2023/5/6发布的通知，已于2023.05.06施行，而2023/2/30并不存在，版本号为2023.13.01。",
        "source": "fresh",
        "reference_date": None,
        "expected": [date("2023/5/6", "2023-05-06"), date("2023.05.06", "2023-05-06"), date("2023/2/30", None)],
    },
    {
        "id": "numeric-zero-padded-chinese",
        "text": "2023年05月06日，项目通过验收。",
        "source": "fresh",
        "reference_date": None,
        "expected": [date("2023年05月06日", "2023-05-06")],
    },
]

# ---------------------------------------------------------------- 5. two-digit years
# spec: 22年 is the year 2022 where a month or a part of the year follows (22年3月, 22年底) or 在/于 stand
# before it and the clause ends or 时 follows (在22年，); elsewhere it counts years (22年来, 工作了22年,
# 5至10年). The century is the one that puts the year at most ten years after the reference date
# (98年 read in 2013 is 1998); without a reference date, 1930-2029.
TWO_DIGIT_YEARS = [
    {
        "id": "two-digit-year-month-and-frame",
        "text": "22年3月，公司在深圳成立。在22年，公司营收翻了一番。",
        "source": "fresh",
        "reference_date": "2023-05-01",
        "expected": [date("22年3月", "2022-03"), date("22年", "2022")],
    },
    {
        "id": "two-digit-year-counts",
        "text": "老张在车床班干了22年，22年来从未出过差错，计划用5到10年培养一批新人。",
        "source": "fresh",
        "reference_date": "2023-05-01",
        "expected": [dur("22年", "P22Y"), period("22年来", None), dur("10年", "P10Y")],
    },
    {
        "id": "two-digit-year-last-century",
        "text": "他98年底参军，于03年时退伍。",
        "source": "fresh",
        "reference_date": "2013-05-01",
        "expected": [date("98年底", "1998-12"), date("03年", "2003")],
    },
    {
        "id": "chinese-numeral-years-are-years",
        # 二〇二〇年 was read as a duration of 2020 years
        "text": "在提高发展平衡性、包容性、可持续性的基础上，到二〇二〇年国内生产总值和城乡居民人均收入比二〇一〇年翻一番。",
        "source": "xwlb-VIDE1446549481370704 (2015-11-03)",
        "reference_date": "2015-11-03",
        "expected": [date("二〇二〇年", "2020"), date("二〇一〇年", "2010")],
    },
]

# ---------------------------------------------------------------- 3. weekdays and weekends
# spec: weeks start on Monday (ISO 8601). 上个/下个 move a weekday or a weekend by a week like 上/下; a
# weekend (本周末, 这个周末, 上周末) is a relative_date whose value is its Saturday and Sunday
# (2023-05-13/2023-05-14); a bare 周末 (每逢周末) recurs and is no fact.
WEEKDAYS = [
    {
        "id": "weekend-last",
        "text": "据美国媒体16日报道，相关统计显示，上周末，美国单日平均新增病例数升至约120000例，自6月中旬以来飙升了约930%；单日平均新增死亡病例增至近550例，比过去一个月上升了155%。",
        "source": "xwlb-VIDEa3kCMyRboMyEUJwNuwLf210817 (2021-08-17)",
        "reference_date": "2021-08-17",
        "expected": [date("16日", "2021-08-16"), rel("上周末", "2021-08-14/2021-08-15"), period("自6月中旬以来", "2021-06/.."),
                     dur("一个月", "P1M")],
    },
    {
        "id": "weekend-this",
        "text": "这个周末，正在野外驻训的沈阳军区某红军团官兵，第一次在野营村里体验到网络带来的快乐。",
        "source": "xwlb-VIDE1355098175158564 (2012-07-21)",
        "reference_date": "2012-07-21",
        "expected": [rel("这个周末", "2012-07-21/2012-07-22")],
    },
    {
        "id": "weekday-shangge-xia-benzhoumo",
        "text": "上个星期五，市政府召开专题会议；下周三，新规将正式实施；本周末，全市迎来降温。",
        "source": "fresh",
        "reference_date": "2023-05-10",
        "expected": [rel("上个星期五", "2023-05-05"), rel("下周三", "2023-05-17"), rel("本周末", "2023-05-13/2023-05-14")],
    },
    {
        "id": "weekend-recurring-is-no-fact",
        "text": "每逢周末，社区都会组织志愿活动。",
        "source": "fresh",
        "reference_date": "2023-05-10",
        "expected": [],
    },
]

# ---------------------------------------------------------------- 7. festivals and lunar days
# spec: a festival is a ``date`` (``relative_date`` with 今年/去年) on its day: lunar ones (春节, 元宵节, 端午,
# 七夕, 中秋, 重阳, 腊八, 除夕) and lunar days (农历八月十五, 大年初五, 腊月二十三) through lunardate, solar ones
# (元旦, 劳动节, 国庆节 ...) on their fixed day. The year is the festival's own (2008年中秋节), else the one
# the passage named, else the reference year's, unless the next (last) year's falls less than 90 days
# ahead (behind): 春节 read on 20 December is the coming one. The span is the festival's word (期间,
# 前夕, 当天 stay outside; 当天 after it is an anchor that takes its day). 藏历 days have no value (not a
# calendar lunardate knows); 腊八粥 and 春节联欢晚会 are no dates.
FESTIVALS = [
    {
        "id": "festival-lunar-day-today",
        "text": "今天是农历正月初五，俗称破五，人们放鞭炮、迎财神、逛庙会、吃饺子，浓浓的年味儿在民俗文化中流淌。",
        "source": "xwlb-VIDEBIGyMgzYrGphQHUEKxku160212 (2016-02-12)",
        "reference_date": "2016-02-12",
        "expected": [rel("今天", "2016-02-12"), date("农历正月初五", "2016-02-12")],
    },
    {
        "id": "festival-eve-and-its-day",
        "text": "冬奥会带动冰雪游升温，黑龙江各地举办冰雪特色活动，掀起冰雪闹新春，龙江过大年的热潮，除夕当天，游客数量突破5万人次，创下今冬以来新高。",
        "source": "xwlb-VIDEZ5QmUsct8irRkyAUOkyJ180216 (2018-02-16)",
        "reference_date": "2018-02-16",
        "expected": [date("除夕", "2018-02-15"), rel("当天", "2018-02-15")],
    },
    {
        "id": "festival-this-year",
        "text": "今年端午小长假，以家庭为主的自驾周边游以及短途出境的日韩游，成为小长假旅游市场的主要方向。",
        "source": "xwlb-VIDEPVPEfGFgGxRpXky8dlxB160611 (2016-06-11)",
        "reference_date": "2016-06-11",
        "expected": [rel("今年端午", "2016-06-09")],
    },
    {
        "id": "festival-this-year-read-later",
        "text": "这是今年除夕，杨雪峰和家人拍的最后一张全家福。",
        "source": "xwlb-VIDE1DC4JL23nIX3CaJjUBPS180824 (2018-08-24)",
        "reference_date": "2018-08-24",
        "expected": [rel("今年除夕", "2018-02-15")],
    },
    {
        "id": "festival-coming-spring-festival",
        "text": "春节前夕，各地年味渐浓。",
        "source": "fresh",
        "reference_date": "2023-12-20",
        "expected": [date("春节", "2024-02-10")],
    },
    {
        "id": "festival-last-christmas",
        "text": "圣诞节当天，商场人流如织。",
        "source": "fresh",
        "reference_date": "2024-01-03",
        "expected": [date("圣诞节", "2023-12-25"), rel("当天", "2023-12-25")],
    },
    {
        "id": "festival-year-of-the-passage",
        "text": "2008年中秋节，他第一次离家。国庆节，他回到了家乡。",
        "source": "fresh",
        "reference_date": "2023-03-01",
        "expected": [date("2008年中秋节", "2008-09-14"), date("国庆节", "2008-10-01")],
    },
    {
        "id": "festival-food-is-no-date",
        "text": "腊月二十三是小年，吃腊八粥的习俗由来已久。",
        "source": "fresh",
        "reference_date": "2023-01-10",
        "expected": [date("腊月二十三", "2023-01-14")],
    },
    {
        "id": "festival-house-number-is-no-day",
        "text": "2月1号是农历大年初五，英国首相特雷莎·梅在首相官邸唐宁街10号举办中国春节招待会。",
        "source": "xwlb-VIDE96DZU7pErtoHLKSdVKvh170202 (2017-02-02)",
        "reference_date": "2017-02-02",
        "expected": [date("2月1号", "2017-02-01"), date("农历大年初五", "2017-02-01"), date("春节", "2017-01-28")],
    },
    {
        "id": "festival-no-reference",
        "text": "中秋节，家人团聚。",
        "source": "fresh",
        "reference_date": None,
        "expected": [date("中秋节", None)],
    },
    {
        "id": "festival-eve-night",
        "text": "2015年除夕夜，一辆行驶到十字路口的汽车突然冒出浓烟。",
        "source": "fresh (after xwlb-VIDE1DC4JL23nIX3CaJjUBPS180824)",
        "reference_date": "2018-08-24",
        "expected": [date("2015年除夕夜", "2015-02-18")],
    },
    {
        "id": "festival-cut-by-the-segmenter-keeps-its-year",
        # jieba cuts 正月初|四是: the lunar day does not end on a word, the year alone is read
        "text": "这12年老周都没有回老家过年，今年正月初四是老周最亲的二爷爷90大寿。",
        "source": "xwlb-VIDE1359803889297988 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [dur("12年", "P12Y"), rel("今年", "2013")],
    },
]

# ---------------------------------------------------------------- 6. offsets
# spec: N天/个月/周后 mostly count from an event of the story (三天后死亡): the value is the day of its
# sentence plus N days when the sentence named a day, the reference date plus N when the future is
# spoken of (计划在两个月后, 2天后将……), else null. Vague durations (两个多月) stay null (FACTS.md).
OFFSETS = [
    {
        "id": "offset-planned",
        "text": "对于福岛核污染的情况，专家组表示，已经得出了一份初步考察报告，具体内容计划在两个月后宣布。",
        "source": "xwlb-VIDE1386156728199953 (2013-12-04)",
        "reference_date": "2013-12-04",
        "expected": [rel("两个月后", "2014-02")],
    },
    {
        "id": "offset-future-after",
        "text": "经过一个半小时的传递后，最后一棒火炬手，田径世界冠军张文秀手持火炬跑到终点东湖楚城，武汉军运会圣火被收回火种灯中，2天后将在武汉体育中心熊熊燃起。",
        "source": "xwlb-VIDENDNlOtq2sC3ZDcuYIZOL191016 (2019-10-16)",
        "reference_date": "2019-10-16",
        "expected": [dur("一个半小时", "PT1.5H"), rel("2天后", "2019-10-18")],
    },
    {
        "id": "offset-from-the-day-of-the-sentence",
        "text": "上个月6号，8岁雌性大熊猫“城城”突然倒地抽搐，三天后死亡，经诊断确定为犬瘟热。",
        "source": "xwlb-VIDE1420370815762680 (2015-01-04)",
        "reference_date": "2015-01-04",
        "expected": [rel("上个月6号", "2014-12-06"), rel("三天后", "2014-12-09")],
    },
    {
        "id": "offset-from-an-event-is-null",
        "text": "他在试点推开三个月后离开了岗位，又过了两个多月才回来。",
        "source": "fresh",
        "reference_date": "2023-05-10",
        "expected": [rel("三个月后", None), dur("两个多月", None)],
    },
]

# ---------------------------------------------------------------- 6b. ordinal parts and 5·20
# spec: an ordinal part of a month the reference fixes is a period of its days: 第N周 of a month is
# days 7N-6 to 7N (the month's own weeks, not ISO weeks), 最后N天 the last N days, 前N天/头N天 the first N;
# 第N周 of a year is ISO week N (2023-W10). 5·20 is a date only where a word of time follows it (5·20当天);
# “8·12”事故 and 5·12地震 are names of events.
ORDINAL_PARTS = [
    {
        "id": "ordinal-parts-of-months",
        "text": "下月第一周，新规开始试行；上月最后三天，全市降雨明显；今年第10周，订单量创新高。",
        "source": "fresh",
        "reference_date": "2023-05-10",
        "expected": [period("下月第一周", "2023-06-01/2023-06-07"), period("上月最后三天", "2023-04-28/2023-04-30"),
                     period("今年第10周", "2023-W10")],
    },
    {
        "id": "dot-date-only-before-a-time-word",
        "text": "5·20当天，花店生意火爆；“8·12”事故调查报告公布。",
        "source": "fresh",
        "reference_date": "2023-05-22",
        "expected": [date("5·20", "2023-05-20"), rel("当天", "2023-05-20")],
    },
]

CASES: list[dict] = [*PASSAGE_YEAR, *CLOCK_TIMES, *NUMERIC_DATES, *TWO_DIGIT_YEARS, *WEEKDAYS, *FESTIVALS, *OFFSETS, *ORDINAL_PARTS]
