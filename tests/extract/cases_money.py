"""Table of money-fact test cases for the money extractor.

How these cases were made
-------------------------
* Every expected fact was written by hand from ``/work/shared/FACTS.md`` (section "Money"), before any
  extractor output existed; nothing here was produced or checked by running an extractor.
* Sentences whose ``source`` starts with ``xwlb-`` are single sentences copied verbatim from
  ``/work/shared/corpus-dev/news.jsonl`` (CCTV 新闻联播); ``reference_date`` is the item's ``published``
  date. Copying single sentences is allowed by the corpus README; no whole article is copied.
* Sentences whose ``source`` starts with ``news:`` fill gaps the CCTV text lacks (prices per 斤/吨/小时,
  ``~`` ranges, 块钱一斤, token prices, 逾/不足 with 元 ...). They are written in the style of Chinese
  business/consumer news, recalled or paraphrased, and are NOT verbatim quotations of a specific article;
  the outlet named is the kind of source, not a citation. None comes from the seed article.
* Conventions (from FACTS.md): span from the first numeral (or a leading currency word such as 人民币)
  to the currency unit; approximators 多/余/几/两三 inside the span, hedges 约/约合/近/超过/超/逾/不到/
  不足/左右/高达 outside; an attached per-unit denominator (元/斤, 元一小时, 块钱一斤) inside the span;
  ``value`` in the currency's main unit with 万/亿/千/百 expanded (int when integral), ``None`` for
  ranges and vague numerals (几百元, 数十亿); ``approx`` true for hedges and approximators, false for
  emphasis (高达, 仅, 只有) and modal words (或).
* Choices where FACTS.md is silent are marked with a ``# spec:`` comment on the case:
  - a trailing 人民币 after 元 (``6000万元人民币``) is kept in the span, symmetric with the spec's
    leading ``人民币1888万元``;
  - ``每月/每年/每斤/每吨/每桶 ... X元`` is ``per_unit`` with ``per`` = the unit after 每 (月, 年, 斤, ...),
    the span being just the amount (the 每-phrase is not attached);
  - nouns that merely name a yearly/monthly total (年收益, 月收入) are plain ``amount``s;
  - ``从A到B`` / ``从A降至B`` describing a change are two ``amount``s; ``A到B不等`` is one ``range``;
  - a bare 毛 followed by a digit (``4毛5``) keeps the trailing digit in the span (value 0.45).
* ``expected`` lists every money fact in the text, ordered by start offset. ``start`` is given only
  when the same span text occurs twice.
"""

CNY, USD, EUR, JPY, HKD, GBP, CHF, KRW = "CNY", "USD", "EUR", "JPY", "HKD", "GBP", "CHF", "KRW"


def amount(text, value, currency=CNY, approx=False, **extra):
    return {"type": "money", "kind": "amount", "text": text, "value": value,
            "currency": currency, "approx": approx, **extra}


def rng(text, low, high, currency=CNY, approx=False, **extra):
    return {"type": "money", "kind": "range", "text": text, "value": None,
            "currency": currency, "approx": approx, "low": low, "high": high, **extra}


def per_unit(text, value, per, currency=CNY, approx=False, **extra):
    return {"type": "money", "kind": "per_unit", "text": text, "value": value,
            "currency": currency, "approx": approx, "per": per, **extra}


CASES: list[dict] = [
    # ------------------------------------------------------------------ 亿 / 万亿, foreign currencies
    {
        "id": "money-yi-usd-01",
        "text": "上半年，我国外贸进出口总值18398.4亿美元，同比增长8%。",
        "source": "xwlb-VIDE1355098170753856 (2012-07-10)",
        "reference_date": "2012-07-10",
        "expected": [amount("18398.4亿美元", 1839840000000, USD)],
    },
    {
        "id": "money-yi-usd-three-02",
        "text": "其中出口9543.8亿美元，同比增长9.2%；进口8854.6亿美元，同比增长6.7%；贸易顺差689.2亿美元，同比扩大56.4%。",
        "source": "xwlb-VIDE1355098170753856 (2012-07-10)",
        "reference_date": "2012-07-10",
        "expected": [
            amount("9543.8亿美元", 954380000000, USD),
            amount("8854.6亿美元", 885460000000, USD),
            amount("689.2亿美元", 68920000000, USD),
        ],
    },
    {
        "id": "money-hedge-yue-usd-03",
        "text": "中国海洋石油有限公司今天完成对加拿大尼克森公司的收购，收购总价约151亿美元，这是我国企业完成的最大一笔海外收购。",
        "source": "xwlb-VIDE1361878029154708 (2013-02-26)",
        "reference_date": "2013-02-26",
        "expected": [amount("151亿美元", 15100000000, USD, approx=True)],
    },
    {
        "id": "money-wanyi-usd-04",
        "text": "到2012年末，国家外汇储备余额为3.31万亿美元。",
        "source": "xwlb-VIDE1357816860716944 (2013-01-10)",
        "reference_date": "2013-01-10",
        "expected": [amount("3.31万亿美元", 3310000000000, USD)],
    },
    {
        "id": "money-wanyi-usd-people-trap-05",
        # 6.25亿人口 is a people count, not money.
        "text": "这一协定将整合非洲现有的三大区域性经济一体化组织，将覆盖6.25亿人口，相关国家国内生产总值总额达到1.2万亿美元，占整个非洲生产总值的58%。",
        "source": "xwlb-VIDE1434022942646649 (2015-06-11)",
        "reference_date": "2015-06-11",
        "expected": [amount("1.2万亿美元", 1200000000000, USD)],
    },
    {
        "id": "money-hedge-chao-wanyi-usd-06",
        # spec: 超 is the short form of the listed hedge 超过 -> outside the span, approx True.
        "text": "根据测算， 2015年－2019年间，“一带一路”沿线国家累计基础设施投资超3万亿美元。",
        "source": "xwlb-VIDE1443957656440471 (2015-10-04)",
        "reference_date": "2015-10-04",
        "expected": [amount("3万亿美元", 3000000000000, USD, approx=True)],
    },
    {
        "id": "money-eur-vague-shushiyi-07",
        # 数十亿 is a vague numeral -> value None, approx True.
        "text": "希腊议会18号通过一揽子紧缩法案，为希腊近期获得欧盟和国际货币基金组织数十亿欧元的救助贷款铺平了道路。",
        "source": "xwlb-VIDE1374147240637955 (2013-07-18)",
        "reference_date": "2013-07-18",
        "expected": [amount("数十亿欧元", None, EUR, approx=True)],
    },
    {
        "id": "money-eur-hedge-yuewei-08",
        # 欧元区 (the eurozone) carries no numeral and is not money.
        "text": "欧元区与希腊的第二轮救助协议原定于今年6月底到期，救助金额约为2400亿欧元。",
        "source": "xwlb-VIDE1436787028298675 (2015-07-13)",
        "reference_date": "2015-07-13",
        "expected": [amount("2400亿欧元", 240000000000, EUR, approx=True)],
    },
    {
        "id": "money-eur-cn-numeral-renminbi-first-09",
        # 7.23 (a date-like name) is not money; 人民币 before the numeral starts the span.
        "text": "2011年7.23动车事故发生后，网民秦火火发表微博声称，铁道部已向动车事故中意大利遇难者协议赔偿三千万欧元，折合人民币两亿多元。",
        "source": "xwlb-VIDE1377084726389542 (2013-08-21)",
        "reference_date": "2013-08-21",
        "expected": [
            amount("三千万欧元", 30000000, EUR),
            amount("人民币两亿多元", 200000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-jpy-wan-10",
        "text": "央视网消息（新闻联播）：日本右翼学校森友学园“低价拿地”的丑闻近日在持续发酵，日本首相安倍晋三被指曾经向该校捐款100万日元。",
        "source": "xwlb-VIDEPAdY9T3TJR2HWHW21aoM170319 (2017-03-19)",
        "reference_date": "2017-03-19",
        "expected": [amount("100万日元", 1000000, JPY)],
    },
    {
        "id": "money-jpy-jin-yuehe-11",
        # spec: trailing 人民币 kept in the span (mirror of the spec's leading 人民币1888万元).
        "text": "媒体2月份报道说，森友学园去年以七分之一的价格获得一块估价近10亿日元、约合6000万元人民币的国有土地，用于建造小学。",
        "source": "xwlb-VIDEPAdY9T3TJR2HWHW21aoM170319 (2017-03-19)",
        "reference_date": "2017-03-19",
        "expected": [
            amount("10亿日元", 1000000000, JPY, approx=True),
            amount("6000万元人民币", 60000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-jpy-paren-conversion-12",
        "text": "该竞技场是在1964年东京奥运会主场馆原国立竞技场原址上重建而成，工期建设历时3年，工程费用为1529亿日元（约合98亿元人民币）。",
        "source": "xwlb-VIDEpRqfEy8J5BISJFNvzsc0191201 (2019-12-01)",
        "reference_date": "2019-12-01",
        "expected": [
            amount("1529亿日元", 152900000000, JPY),
            amount("98亿元人民币", 9800000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-hkd-gangbi-yue-13",
        "text": "杨女士的餐厅开业不足一年，房租、装修、人员等前期投入约300万港币，关张实属无奈之举，餐厅里的员工也都被迫失业。",
        "source": "xwlb-VIDEjx6UqNGi3BeDW4MSPNGA190819 (2019-08-19)",
        "reference_date": "2019-08-19",
        "expected": [amount("300万港币", 3000000, HKD, approx=True)],
    },
    {
        "id": "money-hkd-gaoda-dayue-14",
        # 高达 alone would be emphasis (approx False), but 大约 follows it -> approx True.
        "text": "香港餐饮联业协会预计，仅六、七两个月，餐饮业流失的营业额可能高达大约20亿港币，而8月单月的损失预计达到约15亿港币，并且后续影响难以估量。",
        "source": "xwlb-VIDEjx6UqNGi3BeDW4MSPNGA190819 (2019-08-19)",
        "reference_date": "2019-08-19",
        "expected": [
            amount("20亿港币", 2000000000, HKD, approx=True),
            amount("15亿港币", 1500000000, HKD, approx=True),
        ],
    },
    {
        "id": "money-gbp-mixed-numeral-15",
        "text": "在未来4年英国将向世卫组织增资3亿4千万英镑，约合29.6亿元人民币。",
        "source": "xwlb-VIDEvAPLTGQQvtXULYsr3YHj200928 (2020-09-28)",
        "reference_date": "2020-09-28",
        "expected": [
            amount("3亿4千万英镑", 340000000, GBP),
            amount("29.6亿元人民币", 2960000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-gbp-change-not-range-16",
        # spec: 从A增至B is a change between two amounts, not a range.
        "text": "英国“皇家国际关系研究所”所长尼布利特(Niblett)博士在接受本台记者采访时表示，过去五年，英国对中国的出口额已经翻了一倍，从约70亿英镑增至150亿英镑。",
        "source": "xwlb-VIDE1444995023369126 (2015-10-16)",
        "reference_date": "2015-10-16",
        "expected": [
            amount("70亿英镑", 7000000000, GBP, approx=True),
            amount("150亿英镑", 15000000000, GBP),
        ],
    },
    {
        "id": "money-chf-renminbi-first-17",
        "text": "与此同时，国际足联还对国际足联前副主席郑梦准作出停职六年的决定，并对他处以10万瑞士法郎的罚款，约合人民币65万元。",
        "source": "xwlb-VIDE1444304342952193 (2015-10-08)",
        "reference_date": "2015-10-08",
        "expected": [
            amount("10万瑞士法郎", 100000, CHF),
            amount("人民币65万元", 650000, CNY, approx=True),
        ],
    },
    {
        "id": "money-krw-18",
        "text": "首尔中央地方法院今天一审宣判，判处韩国前总统朴槿惠“亲信干政”案的核心人物崔顺实有期徒刑20年，并处罚款180亿韩元，约合人民币1亿元。",
        "source": "xwlb-VIDEuonh1bBCH4xmjjJi0d2i180213 (2018-02-13)",
        "reference_date": "2018-02-13",
        "expected": [
            amount("180亿韩元", 18000000000, KRW),
            amount("人民币1亿元", 100000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-usd-revenue-19",
        "text": "苹果公司第三财季营收为817.97亿美元，同比下降1%。",
        "source": "news: 财经媒体报道苹果财报, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("817.97亿美元", 81797000000, USD)],
    },
    {
        "id": "money-eur-price-yue-20",
        "text": "这款电动车在德国市场的起售价约为3.5万欧元，比上一代车型便宜了近5000欧元。",
        "source": "news: 汽车媒体报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            amount("3.5万欧元", 35000, EUR, approx=True),
            amount("5000欧元", 5000, EUR, approx=True),
        ],
    },
    {
        "id": "money-jpy-change-21",
        # 25克 is a weight, not money; 从A上调至B = two amounts.
        "text": "日本邮政宣布，从10月1日起将25克以内普通信件的邮费从84日元上调至110日元。",
        "source": "news: 国际新闻报道日本邮资上调, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            amount("84日元", 84, JPY),
            amount("110日元", 110, JPY),
        ],
    },
    {
        "id": "money-usd-modal-huo-22",
        # 或 is a modal word -> approx False.
        "text": "据知情人士透露，这笔收购交易的总金额或达50亿美元。",
        "source": "news: 财经媒体并购报道, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("50亿美元", 5000000000, USD)],
    },
    # ------------------------------------------------------------------ Chinese numerals, 块/毛
    {
        "id": "money-mixed-yi-qianwan-23",
        "text": "中央财政8号拨付云南省地震救灾和恢复重建资金10亿5千万元。",
        "source": "xwlb-VIDE1355098157734532 (2012-09-09)",
        "reference_date": "2012-09-09",
        "expected": [amount("10亿5千万元", 1050000000)],
    },
    {
        "id": "money-cn-numeral-renminbi-after-24",
        "text": "由中国农业银行开设的首家台农商业银行今天在福建漳浦营业，主要对台湾农民在大陆从事的花卉、果蔬、茶叶、渔业、物流、农产品加工等六大领域提供财务、抵押等服务，第一批放贷三亿两千万元人民币。",
        "source": "xwlb-VIDE1358681225608181 (2013-01-20)",
        "reference_date": "2013-01-20",
        "expected": [amount("三亿两千万元人民币", 320000000)],
    },
    {
        "id": "money-cn-numeral-sanqianwubaiwan-25",
        "text": "去年，这个村的集体经济收入达到三千五百万元，是十年前的20倍。",
        "source": "news: 地方媒体乡村振兴报道, 2022 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("三千五百万元", 35000000)],
    },
    {
        "id": "money-cn-numeral-wuwan-26",
        "text": "很快，由于符合贷款条件，向世云五万元的贷款就批下来了。",
        "source": "xwlb-VIDE1359286046701152 (2013-01-27)",
        "reference_date": "2013-01-27",
        "expected": [amount("五万元", 50000)],
    },
    {
        "id": "money-kuaiqian-27",
        "text": "23号上午正在卖梨的老张捡到一个钱包，里面装着两万块钱。",
        "source": "xwlb-VIDE1356866471303626 (2012-12-30)",
        "reference_date": "2012-12-30",
        "expected": [amount("两万块钱", 20000)],
    },
    {
        "id": "money-kuai-bare-28",
        # 80只 counts sheep; 块 without 钱 is still a currency unit.
        "text": "这几天，四子王旗牧民高占魁家的80只纯种羔羊卖出了好价钱，纯收入8万块，比去年多出了两倍。",
        "source": "xwlb-VIDE1419679257518881 (2014-12-27)",
        "reference_date": "2014-12-27",
        "expected": [amount("8万块", 80000)],
    },
    {
        "id": "money-maoqian-29",
        "text": "不久前，广东新会的一名乘客因为五毛钱车费，和公交车司机发生争执，继而抢夺方向盘。",
        "source": "xwlb-VIDE1373801281667385 (2013-07-14)",
        "reference_date": "2013-07-14",
        "expected": [amount("五毛钱", 0.5)],
    },
    {
        "id": "money-kuai-mao-per-jin-30",
        # spec: per_unit with the 每斤 phrase before the amount; span is the amount only.
        "text": "即使卖出去价格也是一跌再跌，钢铁价格最低时每斤卖到1块6毛钱，钢材卖出了白菜价。",
        "source": "xwlb-VIDE1450870016153730 (2015-12-23)",
        "reference_date": "2015-12-23",
        "expected": [per_unit("1块6毛钱", 1.6, "斤")],
    },
    {
        "id": "money-mao-trailing-digit-31",
        # spec: 4毛5 = 0.45元 (trailing digit inside the span). No per-unit word is written -> amount.
        "text": "王莹驻村的第一件事，就是帮所有贫困户建薯窖，今年又到了土豆收获季，短短一周时间，土豆的收购价就从4毛5涨到了7毛5。",
        "source": "xwlb-VIDECki6HDMNVpUj3gBfczri161108 (2016-11-08)",
        "reference_date": "2016-11-08",
        "expected": [amount("4毛5", 0.45), amount("7毛5", 0.75)],
    },
    # ------------------------------------------------------------------ approximators, bare 万
    {
        "id": "money-duo-renminbi-first-weight-trap-32",
        # 76万斤 is a weight (not money).
        "text": "大雨过后，李继林、刘平贵夫妇把账本弄干，才知道总共损失76万斤小麦，折合人民币80多万元。",
        "source": "xwlb-VIDE1392038282124232 (2014-02-10)",
        "reference_date": "2014-02-10",
        "expected": [amount("人民币80多万元", 800000, CNY, approx=True)],
    },
    {
        "id": "money-duo-count-trap-33",
        # 40多次 is a count.
        "text": "黄某先后40多次侵占公司工程款共计400多万元用于网络赌球，全部输光。",
        "source": "xwlb-VIDE1405250646929386 (2014-07-13)",
        "reference_date": "2014-07-13",
        "expected": [amount("400多万元", 4000000, CNY, approx=True)],
    },
    {
        "id": "money-gaoda-emphasis-duo-34",
        # 高达 is emphasis (not a hedge); approx comes from 多. Trailing 人民币 kept (see docstring).
        "text": "该案涉及泰国、马来西亚等6个国家及中国大陆和台湾地区，专门针对大陆居民进行电信诈骗，涉案金额高达7300多万元人民币。",
        "source": "xwlb-VIDE1374146761924767 (2013-07-18)",
        "reference_date": "2013-07-18",
        "expected": [amount("7300多万元人民币", 73000000, CNY, approx=True)],
    },
    {
        "id": "money-bare-wan-fenhong-35",
        # 300多万 modifies 分红 (a dividend) -> plainly money although no unit is written.
        "text": "去年合作社盈利2700多万元，会上300多万分红分到了社员手中。",
        "source": "xwlb-VIDE1361100062414449 (2013-02-17)",
        "reference_date": "2013-02-17",
        "expected": [
            amount("2700多万元", 27000000, CNY, approx=True),
            amount("300多万", 3000000, CNY, approx=True),
        ],
    },
    {
        "id": "money-bare-wan-xuefei-36",
        # 两万多 modifies 学费 -> money.
        "text": "黄大妈说，老周弟弟上大学的两万多学费，二爷爷生病一万多元的手术费，都是周雪辉省吃俭用攒下来的。",
        "source": "xwlb-VIDE1359803889297988 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [
            amount("两万多", 20000, CNY, approx=True),
            amount("一万多元", 10000, CNY, approx=True),
        ],
    },
    {
        "id": "money-bare-wan-range-buden-37",
        # 进账100多万 -> money; 40多个社员 is a count; A到B不等 is a range.
        "text": "以张潮瑛的灿然黎锦合作社为例，2019年，合作社进账100多万，刨去成本，合作社40多个社员分红7500元到13000元不等。",
        "source": "xwlb-VIDErH0wTXbq7ig9Diox6XT5200719 (2020-07-19)",
        "reference_date": "2020-07-19",
        "expected": [
            amount("100多万", 1000000, CNY, approx=True),
            rng("7500元到13000元", 7500, 13000),
        ],
    },
    {
        "id": "money-yearly-total-vs-block-trap-38",
        # 200多万块光伏板: 块 is a classifier here. spec: 年收益 names a yearly total -> amount.
        "text": "十几条施工船正在近2万亩的海面上铺设200多万块光伏板，建成后将实现板上发电、板下养殖，预计年发电量将达到17.8亿度，渔业养殖年收益2700多万元。",
        "source": "xwlb-VIDEKpLtezQKzmWfAVs6YoLf240813 (2024-08-13)",
        "reference_date": "2024-08-13",
        "expected": [amount("2700多万元", 27000000, CNY, approx=True)],
    },
    # ------------------------------------------------------------------ two-number ranges (两三 / 一两千)
    {
        "id": "money-range-yiliangqian-kuaiqian-39",
        "text": "邹桂芬：现在我的工资有一两千块钱了，但是我时常想到你们没有上到学，我想起来心里难过。",
        "source": "xwlb-VIDE1355098134107195 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [rng("一两千块钱", 1000, 2000, approx=True)],
    },
    {
        "id": "money-range-sansibai-kuaiqian-40",
        "text": "现在，村里已经有69户贫困户成为合作社股东，光养鸽一项，他们今年的收入就能多三四百块钱。",
        "source": "xwlb-VIDE7RuDNSED9HoinkQ9VsyH180809 (2018-08-09)",
        "reference_date": "2018-08-09",
        "expected": [rng("三四百块钱", 300, 400, approx=True)],
    },
    {
        "id": "money-range-ersanbai-plus-change-41",
        # 从280元降到了168元 = two amounts; 二三百元 = a range.
        "text": "有了“文惠卡”，木偶剧《绿野仙踪》票价从280元降到了168元，一个大人带一个小朋友，两张票就可以省下二三百元。",
        "source": "xwlb-VIDE1383996003151414 (2013-11-09)",
        "reference_date": "2013-11-09",
        "expected": [
            amount("280元", 280),
            amount("168元", 168),
            rng("二三百元", 200, 300, approx=True),
        ],
    },
    {
        "id": "money-range-liangsanwan-count-trap-42",
        # 三四个 counts classes, not money.
        "text": "不少家长算了一笔账，孩子一个暑假报上三四个兴趣班，花费往往要两三万元。",
        "source": "news: 都市报教育消费报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [rng("两三万元", 20000, 30000, approx=True)],
    },
    # ------------------------------------------------------------------ per-unit
    {
        "id": "money-per-month-vague-43",
        # 几百元 is vague -> value None; both are monthly earnings (每月).
        "text": "这么多年来，从每月挣几百元，到现在每月能挣2000多元。",
        "source": "xwlb-VIDE1359803889297988 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [
            per_unit("几百元", None, "月", approx=True),
            per_unit("2000多元", 2000, "月", approx=True),
        ],
    },
    {
        "id": "money-per-month-area-trap-44",
        # 十平米 is an area; 10分钟 a time.
        "text": "尼玛德吉现在住在离单位不到10分钟的这个小区里，不足十平米的小屋，每月300元，稍显简陋却很整齐。",
        "source": "xwlb-VIDE1355098179459213 (2012-08-11)",
        "reference_date": "2012-08-11",
        "expected": [per_unit("300元", 300, "月")],
    },
    {
        "id": "money-per-jin-meijin-45",
        "text": "江苏、安徽、山东、河南、湖北和河北等地都已启动小麦最低收购价每斤1.02元。",
        "source": "xwlb-VIDE1355098167565674 (2012-07-06)",
        "reference_date": "2012-07-06",
        "expected": [per_unit("1.02元", 1.02, "斤")],
    },
    {
        "id": "money-per-barrel-usd-46",
        "text": "当天纽约市场油价盘中一度跌至每桶29.93美元。",
        "source": "xwlb-VIDE3zqkodcYT2hwsqIIB0Xx160113 (2016-01-13)",
        "reference_date": "2016-01-13",
        "expected": [per_unit("29.93美元", 29.93, "桶", USD)],
    },
    {
        "id": "money-per-ton-zuoyou-47",
        "text": "与此同时，去年年底煤炭资源税改革：由原来每吨煤缴纳3元左右的固定税款，改为按照煤炭的销售收入来征税，则带来了个人、企业和国家三方共赢。",
        "source": "xwlb-VIDE1445080761918391 (2015-10-17)",
        "reference_date": "2015-10-17",
        "expected": [per_unit("3元", 3, "吨", approx=True)],
    },
    {
        "id": "money-per-year-cn-numeral-48",
        # spec: 每年 + amount is a rate per year.
        "text": "如今在上海，设立了每年五百万元的思政课教师扶持资金，通过组建团队、工作室等方式重点打造一批有影响的教学名师。",
        "source": "xwlb-VIDEGnILgxcJROfFoINhcNqU180106 (2018-01-06)",
        "reference_date": "2018-01-06",
        "expected": [per_unit("五百万元", 5000000, "年")],
    },
    {
        "id": "money-per-jin-slash-zuoyou-49",
        "text": "猪肉价格方面，河南多地生猪出栏价跌至7元/斤左右，养殖户普遍处于亏损状态。",
        "source": "news: 农业财经报道猪价, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [per_unit("7元/斤", 7, "斤", approx=True)],
    },
    {
        "id": "money-per-ton-slash-and-mei-50",
        "text": "调整后，居民生活用水价格为每吨3.5元，非居民用水价格调整为5.2元/吨。",
        "source": "news: 地方媒体水价调整报道, 2022 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            per_unit("3.5元", 3.5, "吨"),
            per_unit("5.2元/吨", 5.2, "吨"),
        ],
    },
    {
        "id": "money-per-day-yitian-plus-range-51",
        "text": "不少家长反映，这类托管班的收费普遍在60元一天，一个暑假下来要花费两三千元。",
        "source": "news: 都市报暑期托管报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            per_unit("60元一天", 60, "天"),
            rng("两三千元", 2000, 3000, approx=True),
        ],
    },
    {
        "id": "money-per-hour-yixiaoshi-52",
        "text": "记者在多个城市走访发现，共享充电宝的收费普遍涨到4元一小时，最高的达到6元一小时。",
        "source": "news: 消费类报道共享充电宝涨价, 2021 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            per_unit("4元一小时", 4, "小时"),
            per_unit("6元一小时", 6, "小时"),
        ],
    },
    {
        "id": "money-per-jin-kuaiqian-yijin-53",
        "text": "在北京新发地市场，大葱的零售价已经涨到5块钱一斤，比上个月贵了将近一倍。",
        "source": "news: 都市报菜价报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [per_unit("5块钱一斤", 5, "斤")],
    },
    {
        "id": "money-per-tokens-zhiyou-54",
        # 只有 is emphasis -> approx False; 99.3% is a percentage.
        "text": "豆包主力模型在企业市场的定价只有0.0008元/千Tokens，比行业便宜99.3%。",
        "source": "news: 科技媒体报道大模型降价, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [per_unit("0.0008元/千Tokens", 0.0008, "千Tokens")],
    },
    {
        "id": "money-package-price-55",
        # spec: a package price (5斤238元) is an amount; 5斤 is a weight.
        "text": "这款阳光玫瑰葡萄在电商平台上的售价为5斤89.9元，包邮到家。",
        "source": "news: 消费类报道水果电商价格, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("89.9元", 89.9)],
    },
    # ------------------------------------------------------------------ hedges
    {
        "id": "money-hedge-zuoyou-percent-trap-56",
        "text": "仅下调存款准备金率0.5个百分点，就释放了4500亿元左右的资金，这些资金让众多资金饥渴的小微企业，解了渴，经营出现了新变化。",
        "source": "xwlb-VIDE1355098135571720 (2012-08-10)",
        "reference_date": "2012-08-10",
        "expected": [amount("4500亿元", 450000000000, CNY, approx=True)],
    },
    {
        "id": "money-change-from-to-zuoyou-57",
        "text": "集采后，人工髋关节平均价格从3.5万元下降至7000元左右，人工膝关节平均价格从3.2万元下降至5000元左右，平均降价82%。",
        "source": "xwlb-VIDEQNsdepMBFxEAyUJ3cv4i220331 (2022-03-31)",
        "reference_date": "2022-03-31",
        "expected": [
            amount("3.5万元", 35000),
            amount("7000元", 7000, CNY, approx=True),
            amount("3.2万元", 32000),
            amount("5000元", 5000, CNY, approx=True),
        ],
    },
    {
        "id": "money-hedge-jin-budao-58",
        "text": "变化最大的是农民家庭，他们花费的100元中，食物消费已经由原来的近70元，下降到不到38元，更多的钱用于改善生活品质。",
        "source": "xwlb-VIDE1412421116787191 (2014-10-04)",
        "reference_date": "2014-10-04",
        "expected": [
            amount("100元", 100),
            amount("70元", 70, CNY, approx=True),
            amount("38元", 38, CNY, approx=True),
        ],
    },
    {
        "id": "money-hedge-chaoguo-yu-count-trap-59",
        # 逾500家 counts companies, not money.
        "text": "中国进出口银行近日发布的《绿色金融和社会责任白皮书》显示，截至2019年末，进出口银行绿色信贷余额超过2800亿元，较2018年末增长13.3%，支持企业逾500家，支持领域包括绿色农林业开发、工业节能节水等。",
        "source": "xwlb-VIDEtdkxUjSfDyMXvz8iCbhY200106 (2020-01-06)",
        "reference_date": "2020-01-06",
        "expected": [amount("2800亿元", 280000000000, CNY, approx=True)],
    },
    {
        "id": "money-hedge-yu-60",
        "text": "阿里巴巴宣布，未来三年将投入逾3800亿元，用于建设云和AI硬件基础设施。",
        "source": "news: 财经媒体报道阿里巴巴投资计划, 2025 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("3800亿元", 380000000000, CNY, approx=True)],
    },
    {
        "id": "money-hedge-buzu-61",
        "text": "该公司去年净利润不足1亿元，同比下降超过四成。",
        "source": "news: 财经媒体公司业绩报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("1亿元", 100000000, CNY, approx=True)],
    },
    {
        "id": "money-jin-emphasis-62",
        # 仅 is emphasis -> approx False.
        "text": "该款手机上市首日售价仅999元，比上一代降低了300元。",
        "source": "news: 科技媒体新品报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [amount("999元", 999), amount("300元", 300)],
    },
    # ------------------------------------------------------------------ ranges
    {
        "id": "money-range-zhi-usd-gaoda-63",
        # 高达 is emphasis -> approx False.
        "text": "据估计，此次得州洪灾导致的经济损失高达180亿美元至220亿美元。",
        "source": "xwlb-VIDEYMG5DTTcLo0x7nqrAqJc250712 (2025-07-12)",
        "reference_date": "2025-07-12",
        "expected": [rng("180亿美元至220亿美元", 18000000000, 22000000000, USD)],
    },
    {
        "id": "money-range-dao-64",
        # 2015年第一张 and 14家 are not money.
        "text": "最近，天津市环保局开出2015年第一张“环保罚单”，14家企业因为燃煤中硫元素含量和燃烧后剩余的“灰分”超标，被处以5千元到5万元不等的罚款。",
        "source": "xwlb-VIDE1422184676811148 (2015-01-25)",
        "reference_date": "2015-01-25",
        "expected": [rng("5千元到5万元", 5000, 50000)],
    },
    {
        "id": "money-range-dash-phone-trap-65",
        # 010-12306 is a phone number, not a range.
        "text": "北京铁路局今天发布消息：春运期间，旅客乘坐北京铁路局管内列车，如发现携带易燃易爆危险品进站乘车，或在车上发现过期变质及三无食品可拨打010-12306进行举报，一经查实，可获得100-500元现金奖励。",
        "source": "xwlb-VIDE1389007871902562 (2014-01-06)",
        "reference_date": "2014-01-06",
        "expected": [rng("100-500元", 100, 500)],
    },
    {
        "id": "money-range-zhi-wan-66",
        "text": "——对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税，实际税负由10%降至5%。",
        "source": "xwlb-VIDEXg2jsCKKmEhqeAblvB1X220318 (2022-03-18)",
        "reference_date": "2022-03-18",
        "expected": [rng("100万元至300万元", 1000000, 3000000)],
    },
    {
        "id": "money-range-tilde-67",
        # 在…之间 is outside the span.
        "text": "目前市场上主流家用储能产品的价格在1.5万~3万元之间。",
        "source": "news: 科技/消费媒体储能产品报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [rng("1.5万~3万元", 15000, 30000)],
    },
    {
        "id": "money-range-cong-dao-buden-68",
        # 从 outside the span; 10分钟 is a time.
        "text": "这场演唱会的门票价格从380元到1680元不等，开票后不到10分钟即告售罄。",
        "source": "news: 文娱媒体演出票务报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [rng("380元到1680元", 380, 1680)],
    },
    {
        "id": "money-range-vague-bounds-69",
        # spec: 几十/几百 are vague numerals -> the range has no numeric bounds (low/high None).
        "text": "代写作业业务从信息发布、接单分配工作到最后收款，已形成了一条龙服务的产业链，而随着需求不断扩大，代写费用也在水涨船高，根据作业难度和形式，价格从几十元到几百元不等。",
        "source": "xwlb-VIDEIilLYd1bkeBCrSvKpCoj180818 (2018-08-18)",
        "reference_date": "2018-08-18",
        "expected": [rng("几十元到几百元", None, None, approx=True)],
    },
    {
        "id": "money-cong-dao-progression-not-range-70",
        # A progression of totals, not a range; the repeated 1万亿元 needs start offsets.
        "text": "从十多亿元到1万亿元用了62年，从1万亿元到2万亿元用了仅仅7年。",
        "source": "xwlb-VIDEo83nVcG8gKOgmuV2kukM250922 (2025-09-22)",
        "reference_date": "2025-09-22",
        "expected": [
            amount("十多亿元", 1000000000, CNY, approx=True),
            amount("1万亿元", 1000000000000, start=6),
            amount("1万亿元", 1000000000000, start=17),
            amount("2万亿元", 2000000000000),
        ],
    },
    # ------------------------------------------------------------------ no money at all
    {
        "id": "money-none-eurozone-percent-71",
        "text": "欧盟统计局11月30日公布的数据显示，今年10月份欧元区失业率升至11.7％，环比上升0.1个百分点，再创有记录以来新高。",
        "source": "xwlb-VIDE1355098156646868 (2012-12-01)",
        "reference_date": "2012-12-01",
        "expected": [],
    },
    {
        "id": "money-none-riyuan-substring-72",
        # 8日元宵节 contains the substring 日元 but is a date + festival.
        "text": "2月8日元宵节那天晚上12点多，刘家怡在医院值班，工作群里通知可以报名支援武汉，刘家怡没有犹豫直接报名。",
        "source": "xwlb-VIDEAbzvAmLg2V7kM9lZD5Rg200309 (2020-03-09)",
        "reference_date": "2020-03-09",
        "expected": [],
    },
    {
        "id": "money-none-kuai-medals-73",
        "text": "中国网络电视台消息(新闻联播)：伦敦奥运会第二个比赛日共决出14块金牌，中国军团收获2金4银，目前以6金4银2铜的总成绩，位居奖牌榜首位。",
        "source": "xwlb-VIDE1355098131095173 (2012-07-30)",
        "reference_date": "2012-07-30",
        "expected": [],
    },
    {
        "id": "money-none-duoyuanhua-74",
        "text": "同时，我国出口市场多元化，俄罗斯和南非等新兴市场国家贸易快速增长。",
        "source": "xwlb-VIDE1355098170753856 (2012-07-10)",
        "reference_date": "2012-07-10",
        "expected": [],
    },
    {
        "id": "money-none-yirenci-75",
        "text": "节后上班第一天，交通运输部发布的最新数据显示：春节假日7天，全国共有4.08亿人次出行，比去年同期增长了2.2%。",
        "source": "xwlb-VIDE7pRxNgkw1wt9vsS12ERV170203 (2017-02-03)",
        "reference_date": "2017-02-03",
        "expected": [],
    },
    {
        "id": "money-none-gdp-growth-76",
        "text": "第一季度，中国国内生产总值增长6.9%，实现了良好开局。",
        "source": "xwlb-VIDEf6zZ2uaQyyjS4SFSkiY3170703 (2017-07-03)",
        "reference_date": "2017-07-03",
        "expected": [],
    },
    {
        "id": "money-none-tonnes-77",
        "text": "国家能源局将组织协调北京、天津、河北、山东四省市，实行联防联控，削减煤炭消费1700万吨，这相当于北京年用煤总量的7成多。",
        "source": "xwlb-VIDE1389698830198863 (2014-01-14)",
        "reference_date": "2014-01-14",
        "expected": [],
    },
    {
        "id": "money-none-index-points-78",
        "text": "今天（4月6日），中国物流与采购联合会公布，3月份中国电商物流指数为108.3点，比上月提高1.1个点，连续3个月环比上涨。",
        "source": "xwlb-VIDEh8sMioUyhFODyA12OMPZ230406 (2023-04-06)",
        "reference_date": "2023-04-06",
        "expected": [],
    },
    {
        "id": "money-none-people-count-79",
        "text": "据悉，客机上共有49名乘客和5名机组人员。",
        "source": "xwlb-VIDE1439812012087123 (2015-08-17)",
        "reference_date": "2015-08-17",
        "expected": [],
    },
    {
        "id": "money-none-kuai-panels-80",
        "text": "今天开始拼装的是望远镜的锅形反射面，由40多万块反射面板组成，完全由中国制造。",
        "source": "xwlb-VIDE1438515236504380 (2015-08-02)",
        "reference_date": "2015-08-02",
        "expected": [],
    },
    {
        "id": "money-none-currency-name-no-number-81",
        # A headline naming currencies without any amount.
        "text": "日元兑美元汇率一度跌至近24年新低",
        "source": "xwlb-VIDEYNu07wJsMry7Yp8hIoFY220613 (2022-06-13)",
        "reference_date": "2022-06-13",
        "expected": [],
    },
    {
        "id": "money-none-kuai-screens-82",
        "text": "折叠屏、曲面屏、伸缩屏，如今在中国，每天超过100万块这样科技感十足的屏幕被生产出来。",
        "source": "xwlb-VIDE1lAxWWVLq1Yo6Tzj4AQK251016 (2025-10-16)",
        "reference_date": "2025-10-16",
        "expected": [],
    },
]
