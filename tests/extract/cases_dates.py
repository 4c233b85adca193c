"""Table of date/time-fact test cases for the date extractor.

How these cases were made
-------------------------
* Every expected fact was written by hand from ``/work/shared/FACTS.md`` (section "Dates and times"),
  before any extractor output existed; nothing here was produced or checked by running an extractor.
* Sentences whose ``source`` starts with ``xwlb-`` are single sentences copied verbatim from
  ``/work/shared/corpus-dev/news.jsonl`` (CCTV 新闻联播); ``reference_date`` is the item's ``published``
  date, against which 今天/昨天/今年/本月/year-less dates are resolved (corpus README: relative dates
  refer to ``published``; year-less dates fall in the year of ``published``).
* Sentences whose ``source`` starts with ``news:`` are written in the style of Chinese news, recalled or
  paraphrased (not verbatim quotations of a specific article). Most of them have ``reference_date`` None,
  to test the no-reference behaviour: relative and year-less expressions then get ``value`` None and,
  where the month/day is known, a TIMEX3-style ``partial`` (``XXXX-03-05``). None comes from the seed.
* Conventions (from FACTS.md): kinds ``date`` / ``relative_date`` / ``duration`` / ``period``; span is the
  whole expression with its own modifiers (北京时间, 上午, 底/末/初, 自…以来) and without relation words
  (截至, 不到, 前, 内, 里, 为期); values ISO 8601 at the granularity of the text (``2021``, ``2021-08``,
  ``2021-09-10``, ``2021-12-06T08``, ``2022-Q1``, ``2022-H1``, ``2022-SP``, ``195X``), durations ``P2M``,
  ``PT3H``; vague references and vague durations (近日, 日前, 30多个小时) -> None; periods
  ``2020-04/2020-08`` or open-ended ``2022-01-01/..``.
* Not facts (FACTS.md): ages (19岁), anniversaries read like ages (80周年, 100周年), present-time adverbs
  (目前, 现在, 如今), discourse adverbs (此前, 后来, 未来, 今后), bare frequency words (每天, 每月),
  names containing numbers (三年行动计划, “利刃2012”, the “十四五” inside a 《》 title), the denominator
  of a per-unit price (4元一小时), comparison words (同比, 环比).
* Choices where FACTS.md is silent are marked with a ``# spec:`` comment on the case. The main ones:
  - year-less dates (3月5日, 12月6日上午8时, 27日, 7月份, 一季度) are kind ``date`` (FACTS.md lists
    12月6日上午8时 under ``date``), their year/month taken from the reference date or the text;
  - 今年以来 -> ``YYYY-01-01/..`` (the open-ended example of FACTS.md); 自X月以来 -> ``YYYY-MM/..``;
    自…起 is treated like 自…以来;
  - 去年同期/上年同期 are resolved to the same period one year before the period they are compared with;
  - 上旬/中旬 follow the 月初/月末 rule (the month);
  - “十四五”时期 is a period ``2021/2025`` (the plan's years are fixed by convention).
* ``expected`` lists every date fact in the text, ordered by start offset. ``start`` is given only when
  the same span text occurs twice.
"""


def date(text, value, **extra):
    return {"type": "date", "kind": "date", "text": text, "value": value, **extra}


def rel(text, value, **extra):
    return {"type": "date", "kind": "relative_date", "text": text, "value": value, **extra}


def dur(text, value, **extra):
    return {"type": "date", "kind": "duration", "text": text, "value": value, **extra}


def period(text, value, **extra):
    return {"type": "date", "kind": "period", "text": text, "value": value, **extra}


CASES: list[dict] = [
    # ------------------------------------------------------------------ absolute dates
    {
        "id": "date-ymd-01",
        # 第十八次 / 第一次 are ordinals, not dates.
        "text": "中国共产党第十八次全国代表大会选举产生的中央纪律检查委员会，于2012年11月15日在北京举行第一次全体会议。",
        "source": "xwlb-VIDE1355098127363552 (2012-11-15)",
        "reference_date": "2012-11-15",
        "expected": [date("2012年11月15日", "2012-11-15")],
    },
    {
        "id": "date-ymd-past-02",
        "text": "2010年8月8日舟曲发生特大山洪泥石流灾害。",
        "source": "xwlb-VIDE1356779893725334 (2012-12-29)",
        "reference_date": "2012-12-29",
        "expected": [date("2010年8月8日", "2010-08-08")],
    },
    {
        "id": "date-ymd-noref-03",
        "text": "2021年9月2日，第八批在韩中国人民志愿军烈士遗骸交接仪式在韩国仁川国际机场举行。",
        "source": "news: 新华社报道志愿军烈士遗骸交接, 2021 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [date("2021年9月2日", "2021-09-02")],
    },
    {
        "id": "date-time-yearless-04",
        # spec: year-less date with hour -> kind date, year from reference. 100周年 is an anniversary, not a fact.
        "text": "央视网消息（新闻联播）：庆祝中国共产党成立100周年大会7月1日上午8时在北京天安门广场隆重举行。",
        "source": "xwlb-VIDE6YfvY7Ogo8O9n8XlcpgA210630 (2021-06-30)",
        "reference_date": "2021-06-30",
        "expected": [date("7月1日上午8时", "2021-07-01T08")],
    },
    {
        "id": "date-time-minutes-05",
        "text": "央视网消息（新闻联播）：9月3日下午3点30分，金砖国家工商论坛开幕式将在厦门国际会展中心举行。",
        "source": "xwlb-VIDEG0qalsnICdzVceOyI4tt170902 (2017-09-02)",
        "reference_date": "2017-09-02",
        "expected": [date("9月3日下午3点30分", "2017-09-03T15:30")],
    },
    {
        "id": "date-beijing-time-06",
        # 北京时间 is a modifier inside the span; 第二十三颗 is an ordinal.
        "text": "北京时间6月12日23时30分，我国在西昌卫星发射中心用长征三号丙运载火箭，成功发射了第二十三颗北斗导航卫星。",
        "source": "xwlb-VIDEYPf1aF3kLL2EmRQfETpI160613 (2016-06-13)",
        "reference_date": "2016-06-13",
        "expected": [date("北京时间6月12日23时30分", "2016-06-12T23:30")],
    },
    {
        "id": "date-time-noref-partial-07",
        "text": "受强冷空气影响，12月6日上午8时，哈尔滨市区气温降至零下25摄氏度。",
        "source": "news: 天气新闻, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [date("12月6日上午8时", None, partial="XXXX-12-06T08")],
    },
    {
        "id": "date-md-noref-partial-08",
        "text": "3月5日，记者在杭州一家新能源汽车门店看到，前来咨询的顾客络绎不绝。",
        "source": "news: 地方媒体消费报道, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [date("3月5日", None, partial="XXXX-03-05")],
    },
    {
        "id": "date-year-end-09",
        "text": "2004年底，赵广军在媒体上公布了自己的电话号码，开通“生命热线”，他和志愿服务团队为有需要的人提供心理咨询。",
        "source": "xwlb-VIDE1355098153271326 (2012-11-02)",
        "reference_date": "2012-11-02",
        "expected": [date("2004年底", "2004-12")],
    },
    {
        "id": "date-jiezhi-month-end-today-10",
        # 截至 stays outside; 第31次 is an ordinal.
        "text": "今天公布的第31次中国互联网络发展状况报告显示，截至2012年12月底，我国网民规模达5.64亿。",
        "source": "xwlb-VIDE1358249402401159 (2013-01-15)",
        "reference_date": "2013-01-15",
        "expected": [
            rel("今天", "2013-01-15"),
            date("2012年12月底", "2012-12"),
        ],
    },
    {
        "id": "date-year-start-11",
        # 3到5只 counts tigers; 现在 is a present-time adverb.
        "text": "记者了解到，随着保护力度加大，珲春的生态环境得到改善，野生东北虎出没的次数明显增多，数量也从2000年初的3到5只，增加到现在的6到8只。",
        "source": "xwlb-VIDE1368357960947484 (2013-05-12)",
        "reference_date": "2013-05-12",
        "expected": [date("2000年初", "2000-01")],
    },
    {
        "id": "date-first-half-12",
        "text": "2015年上半年，中英货物贸易额达367.4亿美元，约合2328亿元人民币。",
        "source": "xwlb-VIDE1444995023369126 (2015-10-16)",
        "reference_date": "2015-10-16",
        "expected": [date("2015年上半年", "2015-H1")],
    },
    {
        "id": "date-first-half-noref-13",
        "text": "2022年上半年，我国新能源汽车产销分别完成266.1万辆和260万辆，同比均增长1.2倍。",
        "source": "news: 中国汽车工业协会数据报道, 2022 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [date("2022年上半年", "2022-H1")],
    },
    {
        "id": "date-quarter-14",
        # 同比 is a comparison word, not a date fact.
        "text": "据海口海关统计，2022年一季度，海南对28个博鳌亚洲论坛发起国进出口168.4亿元，同比大幅增长62.5%。",
        "source": "xwlb-VIDEHtTRQUlWrHcnWEIOVML9220419 (2022-04-19)",
        "reference_date": "2022-04-19",
        "expected": [date("2022年一季度", "2022-Q1")],
    },
    {
        "id": "date-quarter-relative-and-absolute-15",
        "text": "英国国家统计局公布的初步统计数据显示，英国国内生产总值今年第一季度环比增长0.1%，比新冠疫情暴发前的2019年第四季度低0.5%。",
        "source": "xwlb-VIDEmzuvUAOfqVHdvqruB79d230513 (2023-05-13)",
        "reference_date": "2023-05-13",
        "expected": [
            rel("今年第一季度", "2023-Q1"),
            date("2019年第四季度", "2019-Q4"),
        ],
    },
    {
        "id": "date-decade-last-year-16",
        "text": "李年友说，这两座办公楼上世纪50年代就起用了，去年办公室实在不够，就在礼堂边又搭建了一间。",
        "source": "xwlb-VIDE1388748062827929 (2014-01-03)",
        "reference_date": "2014-01-03",
        "expected": [
            date("上世纪50年代", "195X"),
            rel("去年", "2013"),
        ],
    },
    {
        "id": "date-season-17",
        # spec: 2013年春季 (of 春季学期) locates the term -> 2013-SP; 建校80周年 is an anniversary (like an age).
        "text": "央视网消息(新闻联播)：中共中央党校3月1日举行建校80周年庆祝大会暨2013年春季学期开学典礼。",
        "source": "xwlb-VIDE1362136921611124 (2013-03-01)",
        "reference_date": "2013-03-01",
        "expected": [
            date("3月1日", "2013-03-01"),
            date("2013年春季", "2013-SP"),
        ],
    },
    {
        "id": "date-month-end-before-18",
        # 前 (before) is a relation word outside the span; 今后 is a discourse adverb.
        "text": "此外，日本防卫省还计划在2016年3月底前、派驻约150人的监视部队，并不排除今后队伍扩充的可能性。",
        "source": "xwlb-VIDE1397993761640691 (2014-04-20)",
        "reference_date": "2014-04-20",
        "expected": [date("2016年3月底", "2016-03")],
    },
    {
        "id": "date-shangxun-url-trap-19",
        # spec: 上旬 -> the month (like 月初). The 2014 inside the URL is not a date.
        "text": "2014年1月上旬，考生就可以在考录专题网(http://bm.scs.gov.cn/2014 )查询公共科目笔试成绩及最低合格分数线。",
        "source": "xwlb-VIDE1385292600644442 (2013-11-24)",
        "reference_date": "2013-11-24",
        "expected": [date("2014年1月上旬", "2014-01")],
    },
    # ------------------------------------------------------------------ year-less dates with a reference
    {
        "id": "date-yesterday-yearless-20",
        "text": "昨天，警方在东莞一宾馆内将8月30号以匿名电话方式威胁爆炸深航航班的犯罪嫌疑人熊毅抓获。",
        "source": "xwlb-VIDE1355098159457298 (2012-09-02)",
        "reference_date": "2012-09-02",
        "expected": [
            rel("昨天", "2012-09-01"),
            date("8月30号", "2012-08-30"),
        ],
    },
    {
        "id": "date-today-paren-21",
        "text": "央视网消息（新闻联播）：降低社会保险费率工作会议今天（4月3日）在北京召开。",
        "source": "xwlb-VIDEWyMtouywmyPWlIKkZmaM190403 (2019-04-03)",
        "reference_date": "2019-04-03",
        "expected": [
            rel("今天", "2019-04-03"),
            date("4月3日", "2019-04-03"),
        ],
    },
    {
        "id": "date-yesterday-paren-22",
        "text": "昨天（7月26日），北京市发改委和交通委就北京大兴国际机场轨道交通机场专线定价向社会征求意见。",
        "source": "xwlb-VIDE0Elp8QUVZFCWHMRCIPrQ190727 (2019-07-27)",
        "reference_date": "2019-07-27",
        "expected": [
            rel("昨天", "2019-07-26"),
            date("7月26日", "2019-07-26"),
        ],
    },
    {
        "id": "date-day-only-and-range-of-years-23",
        # spec: a bare day (27日) takes year and month from the reference date.
        "text": "国际劳工组织27日发布的报告显示，2023年第一季度至2025年第一季度，巴勒斯坦国内生产总值萎缩了29%，其中加沙地带的国内生产总值下降幅度达87.4%。",
        "source": "xwlb-VIDEB5wKoUzoSzSrFih9Zd41251028 (2025-10-28)",
        "reference_date": "2025-10-28",
        "expected": [
            date("27日", "2025-10-27"),
            period("2023年第一季度至2025年第一季度", "2023-Q1/2025-Q1"),
        ],
    },
    {
        "id": "date-day-only-jinming-liangnian-24",
        # spec: 今明两年 = this year and next -> period 2016/2017.
        "text": "国际货币基金组织（IMF）19号再次下调今明两年世界经济增长预期，分别定为3.1%和3.4%，较4月份的预测值均下调0.1个百分点。",
        "source": "xwlb-VIDEvshpMcHqqw3ovpxeK6Pf160720 (2016-07-20)",
        "reference_date": "2016-07-20",
        "expected": [
            date("19号", "2016-07-19"),
            period("今明两年", "2016/2017"),
            date("4月份", "2016-04"),
        ],
    },
    # ------------------------------------------------------------------ relative dates
    {
        "id": "date-this-month-day-25",
        "text": "央视网消息(新闻联播)：本月23日法国总统大选将迎来第一轮投票。",
        "source": "xwlb-VIDEkI1rMRaOfoDVmqc8lQXV170417 (2017-04-17)",
        "reference_date": "2017-04-17",
        "expected": [rel("本月23日", "2017-04-23")],
    },
    {
        "id": "date-this-month-period-vague-duration-26",
        # spec: 本月14日至15日 is an interval -> period; 三个多月 is a vague duration -> None (提前 outside).
        "text": "央视网消息（新闻联播）：“一带一路”国际合作高峰论坛本月14日至15日在北京举行，中央电视台提前三个多月启动了报道策划筹备工作，将以全媒体手段、创新方式、全景式地报道论坛盛况。",
        "source": "xwlb-VIDEufXNHrOqmCE5aACBfspq170511 (2017-05-11)",
        "reference_date": "2017-05-11",
        "expected": [
            period("本月14日至15日", "2017-05-14/2017-05-15"),
            dur("三个多月", None),
        ],
    },
    {
        "id": "date-next-year-day-27",
        "text": "泰国大选定于明年2月2号举行。",
        "source": "xwlb-VIDE1387798297600429 (2013-12-23)",
        "reference_date": "2013-12-23",
        "expected": [rel("明年2月2号", "2014-02-02")],
    },
    {
        "id": "date-next-year-month-28",
        "text": "预计明年9月建成通车。",
        "source": "xwlb-VIDE1386675071636243 (2013-12-10)",
        "reference_date": "2013-12-10",
        "expected": [rel("明年9月", "2014-09")],
    },
    {
        "id": "date-next-year-29",
        "text": "明年文莱将担任东盟轮值主席国，中方将予以全力支持，愿同文方保持密切沟通，共同推动东亚合作沿着正确方向发展。",
        "source": "xwlb-VIDE1355098139398335 (2012-09-07)",
        "reference_date": "2012-09-07",
        "expected": [rel("明年", "2013")],
    },
    {
        "id": "date-this-year-duration-30",
        # 不到 stays outside the duration.
        "text": "而今年还不到两个月，武汉市就接到了近500条噪音投诉。",
        "source": "xwlb-VIDE1361705051056240 (2013-02-24)",
        "reference_date": "2013-02-24",
        "expected": [
            rel("今年", "2013"),
            dur("两个月", "P2M"),
        ],
    },
    {
        "id": "date-this-year-start-31",
        "text": "今年初，太原钢铁集团冷轧车间花费两亿多元，从国外引进了一台先进的冷轧钢机床。",
        "source": "xwlb-VIDE1355098137887741 (2012-08-21)",
        "reference_date": "2012-08-21",
        "expected": [rel("今年初", "2012-01")],
    },
    {
        "id": "date-last-year-money-trap-32",
        "text": "该公司是美国国家安全局的签约承包商之一，去年近60亿美元的收入来自政府合同。",
        "source": "xwlb-VIDE1371037080844337 (2013-06-12)",
        "reference_date": "2013-06-12",
        "expected": [rel("去年", "2012")],
    },
    {
        "id": "date-last-year-end-per-ton-trap-33",
        # 每吨 is a per-unit word, not a date.
        "text": "与此同时，去年年底煤炭资源税改革：由原来每吨煤缴纳3元左右的固定税款，改为按照煤炭的销售收入来征税，则带来了个人、企业和国家三方共赢。",
        "source": "xwlb-VIDE1445080761918391 (2015-10-17)",
        "reference_date": "2015-10-17",
        "expected": [rel("去年年底", "2014-12")],
    },
    {
        "id": "date-this-year-month-end-34",
        "text": "欧元区与希腊的第二轮救助协议原定于今年6月底到期，救助金额约为2400亿欧元。",
        "source": "xwlb-VIDE1436787028298675 (2015-07-13)",
        "reference_date": "2015-07-13",
        "expected": [rel("今年6月底", "2015-06")],
    },
    {
        "id": "date-ten-years-ago-35",
        # 如今 is a present-time adverb; 年纯收入 contains 年 but is not a time expression.
        "text": "如今，下纳灰村开办农家的有30多户，当地人均年纯收入从十年前一千多元增长到六千多元。",
        "source": "xwlb-VIDE1355098163499160 (2012-10-15)",
        "reference_date": "2012-10-15",
        "expected": [rel("十年前", "2002")],
    },
    {
        "id": "date-jinri-36",
        "text": "近日，美国媒体也对安倍晋三修改宪法的举动表示了担忧。",
        "source": "xwlb-VIDE1367667001823586 (2013-05-04)",
        "reference_date": "2013-05-04",
        "expected": [rel("近日", None)],
    },
    {
        "id": "date-riqian-37",
        "text": "日前，公安部统一指挥河北、山东等15省份公安机关同步开展集中行动，解救被拐卖儿童181名，抓获犯罪嫌疑人802名。",
        "source": "xwlb-VIDE1355098167565674 (2012-07-06)",
        "reference_date": "2012-07-06",
        "expected": [rel("日前", None)],
    },
    {
        "id": "date-jinqi-38",
        "text": "近期，深圳市破获一起特大出口退税骗税案。",
        "source": "xwlb-VIDE1418383438450851 (2014-12-12)",
        "reference_date": "2014-12-12",
        "expected": [rel("近期", None)],
    },
    {
        "id": "date-jinnianlai-39",
        # spec: 近年来 is vague -> None; read as an open interval (…以来) -> period.
        "text": "近年来，在双方共同努力下，中古关系不断取得新进展，进入了全面发展的新阶段。",
        "source": "xwlb-VIDE1355098168619125 (2012-07-05)",
        "reference_date": "2012-07-05",
        "expected": [period("近年来", None)],
    },
    {
        "id": "date-years-later-text-anchor-40",
        # 5年后 counts from 1994 (another time in the text) -> 1999.
        "text": "1994年，曼德拉当选南非第一位黑人总统，5年后卸任。",
        "source": "xwlb-VIDE1372079639663851 (2013-06-24)",
        "reference_date": "2013-06-24",
        "expected": [
            date("1994年", "1994"),
            rel("5年后", "1999"),
        ],
    },
    {
        "id": "date-years-later-event-anchor-41",
        # spec: 三年后 counts from an event with no date (措施实施) -> None.
        "text": "他表示，中方决定，将单个或多个外国投资者直接或间接投资证券、基金管理、期货公司的投资比例限制，放宽至51%，在上述措施实施三年后，投资比例不受限制。",
        "source": "xwlb-VIDELpqEm728OTf3K2AcjRfI171110 (2017-11-10)",
        "reference_date": "2017-11-10",
        "expected": [rel("三年后", None)],
    },
    {
        "id": "date-years-later-vague-range-42",
        # 3到5年后 is a vague span of future years -> None. 4万6千多个 is a count.
        "text": "正在建设的新农村，政府也对村级文化场所进行了预留，3到5年后，河南全省的4万6千多个行政村，村村都会有自己的文化大院。",
        "source": "xwlb-VIDE1355098151107166 (2012-11-23)",
        "reference_date": "2012-11-23",
        "expected": [rel("3到5年后", None)],
    },
    {
        "id": "date-same-period-h1-43",
        # spec: 去年同期 = the compared period (今年上半年) one year earlier.
        "text": "中国网络电视台消息(新闻联播)：财政部今天公布的数据显示，今年上半年，全国财政收入63795亿元，比去年同期增长12.2%，但增幅同比回落19个百分点。",
        "source": "xwlb-VIDE1355098171244155 (2012-07-13)",
        "reference_date": "2012-07-13",
        "expected": [
            rel("今天", "2012-07-13"),
            rel("今年上半年", "2012-H1"),
            rel("去年同期", "2011-H1"),
        ],
    },
    {
        "id": "date-same-period-months-44",
        # spec: 今年1至5月 is an interval -> period; 上年同期 resolves to the same months a year earlier.
        "text": "今年1至5月累计实现工业总产值2800多亿元，比上年同期增长17.8%。",
        "source": "xwlb-VIDE1355098170867913 (2012-07-12)",
        "reference_date": "2012-07-12",
        "expected": [
            period("今年1至5月", "2012-01/2012-05"),
            rel("上年同期", "2011-01/2011-05"),
        ],
    },
    {
        "id": "date-same-period-quarter-yearless-45",
        # spec: a year-less 一季度 is kind date with the reference year.
        "text": "而整个东部地区，一季度民间投资比去年同期增长了20.1%。",
        "source": "xwlb-VIDE1367061002187890 (2013-04-27)",
        "reference_date": "2013-04-27",
        "expected": [
            date("一季度", "2013-Q1"),
            rel("去年同期", "2012-Q1"),
        ],
    },
    {
        "id": "date-same-period-noref-46",
        "text": "今年一季度，该公司营收同比增长12%，增速较去年同期放缓3个百分点。",
        "source": "news: 财经媒体公司业绩报道, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            rel("今年一季度", None, partial="XXXX-Q1"),
            rel("去年同期", None),
        ],
    },
    {
        "id": "date-last-month-47",
        # spec: 上月 is relative to 7月份 (another time in the text).
        "text": "值得注意的是，在连续政策利好的影响下，小企业的采购经理指数连续两个月上升，7月份达到了49.4％，比上月回升了0.5个百分点。",
        "source": "xwlb-VIDE1375355405009291 (2013-08-01)",
        "reference_date": "2013-08-01",
        "expected": [
            dur("两个月", "P2M"),
            date("7月份", "2013-07"),
            rel("上月", "2013-06"),
        ],
    },
    {
        "id": "date-today-dawn-time-this-year-48",
        # 第八号 is an ordinal.
        "text": "中国网络电视台消息(新闻联播)：今年第八号台风韦森特，今天凌晨4点15分在广东台山登陆。",
        "source": "xwlb-VIDE1355098176141938 (2012-07-24)",
        "reference_date": "2012-07-24",
        "expected": [
            rel("今年", "2012"),
            rel("今天凌晨4点15分", "2012-07-24T04:15"),
        ],
    },
    {
        "id": "date-noref-this-year-month-49",
        "text": "今年3月，该公司推出了首款自研芯片。",
        "source": "news: 科技媒体公司报道, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [rel("今年3月", None, partial="XXXX-03")],
    },
    {
        "id": "date-noref-today-next-month-50",
        # 5号线 is a line name, not a date.
        "text": "今天，记者从市交通运输局了解到，地铁5号线将于下月正式开通。",
        "source": "news: 地方媒体交通报道, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [rel("今天", None), rel("下月", None)],
    },
    # ------------------------------------------------------------------ durations
    {
        "id": "date-duration-hours-cn-51",
        "text": "为了不干扰野生动物的正常活动，我们将生活营地设置在了保护区外，距离直播点50多公里，但在路况复杂的草原上，驱车单程就要三个小时。",
        "source": "xwlb-VIDE1355098176887313 (2012-07-25)",
        "reference_date": "2012-07-25",
        "expected": [dur("三个小时", "PT3H")],
    },
    {
        "id": "date-duration-hours-two-52",
        # 7.0级 is a magnitude; 现在 is not a fact.
        "text": "央视网消息(新闻联播)：四川省雅安市芦山县7.0级地震从发生到现在，已经过去35个小时，来自四面八方的救援队伍，正在抓紧72小时的救援黄金期，克服困难，争分夺秒实施救援。",
        "source": "xwlb-VIDE1366543200315863 (2013-04-21)",
        "reference_date": "2013-04-21",
        "expected": [
            dur("35个小时", "PT35H"),
            dur("72小时", "PT72H"),
        ],
    },
    {
        "id": "date-duration-days-hours-53",
        "text": "在震后的两天里，吴小波和他的战友波于各个救援现场，48个小时不曾合眼，共救出9名被困群众。",
        "source": "xwlb-VIDE1367061962210308 (2013-04-27)",
        "reference_date": "2013-04-27",
        "expected": [
            dur("两天", "P2D"),
            dur("48个小时", "PT48H"),
        ],
    },
    {
        "id": "date-duration-weiqi-months-54",
        # 为期 is outside the span.
        "text": "公安部近日部署开展了为期两个月的“打盗抢保民安”专项行动，在首次集中抓捕行动中，一举摧毁跨省系列侵财犯罪团伙846个，追缴赃款、赃物价值8100多万元。",
        "source": "xwlb-VIDE1359804613623433 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [
            rel("近日", None),
            dur("两个月", "P2M"),
        ],
    },
    {
        "id": "date-duration-years-55",
        "text": "短短5年，施一公又先后把70多名世界范围的优秀人才引回清华大学全职工作。",
        "source": "xwlb-VIDE1369567201055851 (2013-05-26)",
        "reference_date": "2013-05-26",
        "expected": [dur("5年", "P5Y")],
    },
    {
        "id": "date-duration-vague-and-noon-56",
        # 30多个小时 is vague -> None; 今天中午12点 -> hour granularity.
        "text": "灾情发生后，上万名铁路职工经过30多个小时的昼夜奋战，全力抢修，三条线路已于今天中午12点全部恢复通车。",
        "source": "xwlb-VIDE1355098133906138 (2012-08-05)",
        "reference_date": "2012-08-05",
        "expected": [
            dur("30多个小时", None),
            rel("今天中午12点", "2012-08-05T12"),
        ],
    },
    {
        "id": "date-duration-minutes-per-month-trap-57",
        # 不到 outside; 每月 (in 每月300元) is a bare frequency word, not a fact.
        "text": "尼玛德吉现在住在离单位不到10分钟的这个小区里，不足十平米的小屋，每月300元，稍显简陋却很整齐。",
        "source": "xwlb-VIDE1355098179459213 (2012-08-11)",
        "reference_date": "2012-08-11",
        "expected": [dur("10分钟", "PT10M")],
    },
    {
        "id": "date-years-and-duration-58",
        # 里 (in 13年里) stays outside.
        "text": "从2002年的27亿美元到2014年的1029亿美元，我国的对外投资规模短短13年里增长了近40倍。",
        "source": "xwlb-VIDE1422271255668174 (2015-01-26)",
        "reference_date": "2015-01-26",
        "expected": [
            date("2002年", "2002"),
            date("2014年", "2014"),
            dur("13年", "P13Y"),
        ],
    },
    {
        "id": "date-duration-years-money-sentence-59",
        "text": "从十多亿元到1万亿元用了62年，从1万亿元到2万亿元用了仅仅7年。",
        "source": "xwlb-VIDEo83nVcG8gKOgmuV2kukM250922 (2025-09-22)",
        "reference_date": "2025-09-22",
        "expected": [
            dur("62年", "P62Y"),
            dur("7年", "P7Y"),
        ],
    },
    {
        "id": "date-duration-365-noref-60",
        "text": "从开工到首批产品下线，这座工厂只用了365天。",
        "source": "news: 财经媒体工厂建设报道, publication date unknown (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [dur("365天", "P365D")],
    },
    # ------------------------------------------------------------------ periods
    {
        "id": "date-period-full-dates-61",
        "text": "1945年7月17日至8月2日，苏联、美国和英国三国首脑在西席林霍夫宫举行会议，讨论对法西斯轴心国的战后处理事宜，历史上称之为波茨坦会议。",
        "source": "xwlb-VIDE1355098186033136 (2012-09-17)",
        "reference_date": "2012-09-17",
        "expected": [period("1945年7月17日至8月2日", "1945-07-17/1945-08-02")],
    },
    {
        "id": "date-period-months-fullwidth-dash-62",
        # 1－4月 takes its year from 2013年1－5月 earlier in the sentence.
        "text": "财政部消息：2013年1－5月，纳入统计范围的全国国有及国有控股企业营业总收入、实现利润和应交税费同比增幅均比1－4月有所上升。",
        "source": "xwlb-VIDE1371641400459191 (2013-06-19)",
        "reference_date": "2013-06-19",
        "expected": [
            period("2013年1－5月", "2013-01/2013-05"),
            period("1－4月", "2013-01/2013-04"),
        ],
    },
    {
        "id": "date-period-months-dash-63",
        "text": "2016年1-9月，全国居民人均可支配收入累计17735元，扣除价格因素影响后实际增长6.3%。",
        "source": "xwlb-VIDESFHoog8CJUnMkGzEQMwz161221 (2016-12-21)",
        "reference_date": "2016-12-21",
        "expected": [period("2016年1-9月", "2016-01/2016-09")],
    },
    {
        "id": "date-period-yearless-months-same-period-64",
        "text": "央视网消息（新闻联播）：中国物流与采购联合会今天公布，1至7月全社会物流总额为139.9万亿元，同比增长7.0%，增速比上年同期提高0.9个百分点。",
        "source": "xwlb-VIDEx5QLUpGWvw9873mbYtZq170823 (2017-08-23)",
        "reference_date": "2017-08-23",
        "expected": [
            rel("今天", "2017-08-23"),
            period("1至7月", "2017-01/2017-07"),
            rel("上年同期", "2016-01/2016-07"),
        ],
    },
    {
        "id": "date-period-since-this-year-65",
        "text": "今年以来，我国农业农村经济运行总体平稳。",
        "source": "xwlb-VIDE1368011640331329 (2013-05-08)",
        "reference_date": "2013-05-08",
        "expected": [period("今年以来", "2013-01-01/..")],
    },
    {
        "id": "date-period-since-this-year-today-dawn-66",
        # 今天凌晨 has no hour -> day granularity.
        "text": "央视网消息（新闻联播）：今年以来登陆我国最强台风“海葵”今天凌晨在浙江宁波象山县鹤浦镇登陆，受其影响，浙江、上海等地遭遇暴风强降雨，当地启动预案，采取多项措施，确保人员安全。",
        "source": "xwlb-VIDE1355098134474303 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [
            period("今年以来", "2012-01-01/.."),
            rel("今天凌晨", "2012-08-08"),
        ],
    },
    {
        "id": "date-period-since-month-67",
        "text": "自3月以来，受美联储激进加息影响，美国多家银行接连关闭。",
        "source": "xwlb-VIDEn9N6ocEoZpwmNQqhzfJV230504 (2023-05-04)",
        "reference_date": "2023-05-04",
        "expected": [period("自3月以来", "2023-03/..")],
    },
    {
        "id": "date-period-since-month-text-year-68",
        # 当月 and 自8月份以来 take their year from 2023年12月份 in the text, not from the reference (2024).
        "text": "从当月增速看，2023年12月份，规上工业企业实现利润同比增长16.8%，自8月份以来利润连续5个月实现正增长。",
        "source": "xwlb-VIDEY5a7X4a3pGse7BGQyhwI240127 (2024-01-27)",
        "reference_date": "2024-01-27",
        "expected": [
            rel("当月", "2023-12"),
            date("2023年12月份", "2023-12"),
            period("自8月份以来", "2023-08/.."),
            dur("5个月", "P5M"),
        ],
    },
    {
        "id": "date-period-shisiwu-69",
        # spec: “十四五”时期 = 2021-2025; the quotation marks are part of the expression.
        "text": "“十四五”时期，中央企业还将在西藏清洁能源开发、基础设施建设等领域持续加大投资建设力度，拟在藏投资2600多亿元，投入无偿帮扶资金22亿元。",
        "source": "xwlb-VIDEnrlRbAeHYQHZGqLtmeEY210917 (2021-09-17)",
        "reference_date": "2021-09-17",
        "expected": [period("“十四五”时期", "2021/2025")],
    },
    {
        "id": "date-period-shisiwu-title-trap-70",
        # The “十四五” inside the 《》 title is part of a name, not a fact.
        "text": "央视网消息（新闻联播）：国务院日前印发《“十四五”国家应急体系规划》，对“十四五”时期安全生产、防灾减灾救灾等工作进行全面部署。",
        "source": "xwlb-VIDEj0YvZb4CVEZIDaJ5gfLi220214 (2022-02-14)",
        "reference_date": "2022-02-14",
        "expected": [
            rel("日前", None),
            period("“十四五”时期", "2021/2025"),
        ],
    },
    {
        "id": "date-period-every-year-71",
        # spec: recurring interval -> period with value None; 间 kept like 以来.
        "text": "中华鲟是海栖性洄游鱼类，每年9至11月间，溯长江而上进行繁殖。",
        "source": "xwlb-VIDE1434886231914670 (2015-06-21)",
        "reference_date": "2015-06-21",
        "expected": [period("每年9至11月间", None)],
    },
    {
        "id": "date-period-zi-qi-72",
        # spec: 自…起 treated like 自…以来 (open-ended period). 第623号 is a document number.
        "text": "央视网消息（新闻联播）：国务院总理温家宝日前签署第623号国务院令，公布《气象设施和气象探测环境保护条例》，自2012年12月1日起施行。",
        "source": "xwlb-VIDE1355098159066134 (2012-09-06)",
        "reference_date": "2012-09-06",
        "expected": [
            rel("日前", None),
            period("自2012年12月1日起", "2012-12-01/.."),
        ],
    },
    {
        "id": "date-age-this-year-73",
        # 19岁 is an age; 9+3 a programme name; 现在 an adverb.
        "text": "这个高高瘦瘦的男孩叫尼玛德吉，今年19岁，是中和职中汽修专业的9+3学生，现在在这家4S店做喷漆技师，月薪4000千。",
        "source": "xwlb-VIDE1355098179459213 (2012-08-11)",
        "reference_date": "2012-08-11",
        "expected": [rel("今年", "2012")],
    },
    # ------------------------------------------------------------------ no date at all
    {
        "id": "date-none-muqian-74",
        "text": "在各方全力搜救下，被困群众全都获救，目前已经得到妥善安置。",
        "source": "xwlb-VIDE1355098169671484 (2012-07-09)",
        "reference_date": "2012-07-09",
        "expected": [],
    },
    {
        "id": "date-none-ciqian-75",
        "text": "由于此前土叙两国已经因边境炮击事件而关系紧张，这一事件无疑使两国关系雪上加霜。",
        "source": "xwlb-VIDE1355098145990131 (2012-10-13)",
        "reference_date": "2012-10-13",
        "expected": [],
    },
    {
        "id": "date-none-meitian-76",
        "text": "赵全智是五莲县潮河镇的垃圾清运员，每天他都要穿梭十几个村庄，运走各村的生活垃圾。",
        "source": "xwlb-VIDE1360927801872628 (2013-02-15)",
        "reference_date": "2013-02-15",
        "expected": [],
    },
    {
        "id": "date-none-rujin-77",
        "text": "如今，在湖南，重金属、废水、废气、废渣治理，以及废旧物资回收等领域蕴含的巨大商机已经被越来越多的企业瞄上，以环保服务为主业的专门公司也应运而生。",
        "source": "xwlb-VIDE1355098148247911 (2012-10-31)",
        "reference_date": "2012-10-31",
        "expected": [],
    },
    {
        "id": "date-none-three-year-plan-78",
        "text": "为落实党的十九大关于打赢蓝天保卫战的重大决策部署和国务院打赢蓝天保卫战三年行动计划，京津冀协同作战，聚焦颗粒物等有机污染物，强化区域联防联控，全面推动绿色发展。",
        "source": "xwlb-VIDE9evyGxNTNSOJ9U8Ec7M6181125 (2018-11-25)",
        "reference_date": "2018-11-25",
        "expected": [],
    },
    {
        "id": "date-none-age-79",
        "text": "警方初步锁定了一名45岁男子为枪击嫌疑人，他的妻子就在这家美容中心工作，其作案动机很可能是因为家庭矛盾。",
        "source": "xwlb-VIDE1355098190743261 (2012-10-22)",
        "reference_date": "2012-10-22",
        "expected": [],
    },
    {
        "id": "date-none-age-110-80",
        "text": "王艮仲先生是原全国政协常委、民建中央常委、中华职业教育社副理事长，刚刚过完110岁寿诞。",
        "source": "xwlb-VIDE1355098170920939 (2012-07-19)",
        "reference_date": "2012-07-19",
        "expected": [],
    },
    {
        "id": "date-none-houlai-81",
        "text": "后来，这首诗被改编成《新四军军歌》，唱响在抗战洪流中。",
        "source": "xwlb-VIDE1438601041682684 (2015-08-03)",
        "reference_date": "2015-08-03",
        "expected": [],
    },
    {
        "id": "date-none-weilai-82",
        "text": "未来双方可结合各自国内发展战略，探索新形势下加强各领域合作的新思路、新办法，实现优势互补、共同发展。",
        "source": "xwlb-VIDE1361963728812905 (2013-02-27)",
        "reference_date": "2013-02-27",
        "expected": [],
    },
    {
        "id": "date-none-xianzai-83",
        "text": "本台记者 何盈：现在我们就已经到达了台风登陆点，我们在进入鹤浦镇的路上，有很多树被吹倒了，台风过境带来的强降雨将一些农田整个淹在水下。",
        "source": "xwlb-VIDE1355098134474303 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [],
    },
    {
        "id": "date-none-name-with-year-84",
        # A headline: the exercise name “利刃2012” contains a year but is a name.
        "text": "“利刃2012”反恐联训进行对抗射击",
        "source": "xwlb-VIDE1355098167565674 (2012-07-06)",
        "reference_date": "2012-07-06",
        "expected": [],
    },
    {
        "id": "date-none-per-unit-denominator-85",
        # The 一小时 of 4元一小时 is the denominator of a price, not a duration.
        "text": "记者在多个城市走访发现，共享充电宝的收费普遍涨到4元一小时，最高的达到6元一小时。",
        "source": "news: 消费类报道共享充电宝涨价, 2021 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [],
    },
]
