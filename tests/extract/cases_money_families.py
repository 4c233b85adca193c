"""Money cases by family (issue 14, "money that adds up"): ranges that share a scale word, banking
numerals, 个亿, approximate pairs, digit groups, every dash and tilde, currency words around the number.

How these cases were made
-------------------------
* Expected facts are written by hand from ``/work/shared/FACTS.md`` ("Money"), in the conventions of
  ``cases_money.py`` (whose helpers are used here).
* ``source`` ``xwlb-...``: one sentence copied verbatim from ``/work/shared/corpus-dev/news.jsonl``
  (articles published before 2025 only); ``reference_date`` is its ``published`` date.
* ``source`` ``written``: a sentence written fresh for this table where the CCTV text has no example
  (it never writes banking numerals, ``3~5k元`` or ``新台币 25.5 亿元``). None is taken from another
  project's test files.
* Choices where FACTS.md is silent carry a ``# spec:`` comment:
  - the 整 after a banking amount (``人民币壹万贰仟元整``) stays outside the span: FACTS.md ends the span
    at the currency unit, and 整 ("exactly, no jiao") is no unit; ``approx`` stays false;
  - a range with a per-unit phrase (``每亩 ... 900元—1000元``) is ``per_unit`` with ``low``/``high``;
  - the shared scale word: see ``pipeline.extract.money.shared_scale``.
"""
from tests.extract.cases_money import HKD, USD, amount, per_unit, rng

TWD = "TWD"


def case(id_, text, source, expected, reference_date="2024-06-01"):
    return {"id": id_, "text": text, "source": source, "reference_date": reference_date, "expected": expected}


# ---------------------------------------------------------------- a scale word on the second bound only
SHARED_SCALE = [
    case("fam-scale-dash-yi-01",
         "预计到2015年，我国城市地铁新增运营里程达1000公里，相当于过去40年我国地铁运营里程总数的一半，带动投资6000—7000亿元。",
         "xwlb-VIDE1376911565630230", [rng("6000—7000亿元", 600000000000, 700000000000)], "2013-08-19"),
    case("fam-scale-fullwidth-hyphen-usd-02",
         "而每一万美元的基础设施投资将带动GDP增加3－4万美元，基础设施建设的提速，让填平“洼地”不再是梦想。",
         "xwlb-VIDE1443957656440471",
         [amount("一万美元", 10000, USD), rng("3－4万美元", 30000, 40000, USD)], "2015-10-04"),
    case("fam-scale-not-shared-03",
         # 3000万 would exceed 30万: the low bound is read as written.
         "在天津，针对小微企业和个体工商户“融资难、融资慢、融资贵”的问题，智慧小二金融服务平台可以发放随借随还类的信用贷款，贷款额度在3000到30万元不等。",
         "xwlb-VIDEbdJr3myLs7MkVyqBr5U8221224", [rng("3000到30万元", 3000, 300000)], "2022-12-24"),
    case("fam-scale-both-bounds-04",
         "最近，天津市环保局开出2015年第一张“环保罚单”，14家企业因为燃煤中硫元素含量和燃烧后剩余的“灰分”超标，被处以5千元到5万元不等的罚款。",
         "xwlb-VIDE1422184676811148", [rng("5千元到5万元", 5000, 50000)], "2015-01-25"),
    case("fam-scale-chinese-bai-wan-05", "该项目预计总投资三百到五百万元。", "written",
         [rng("三百到五百万元", 3000000, 5000000)]),
    case("fam-scale-chinese-qian-yi-06", "两国贸易额有望达到两千至三千亿美元。", "written",
         [rng("两千至三千亿美元", 200000000000, 300000000000, USD)]),
    case("fam-scale-not-shared-hkd-07", "门票价格从900到2万港元不等。", "written",
         [rng("900到2万港元", 900, 20000, HKD)]),
    case("fam-scale-shi-wan-08",
         # 5 x 十万 would exceed 十万; 5 x 万 does not.
         "单笔罚款为五到十万元。", "written", [rng("五到十万元", 50000, 100000)]),
    case("fam-scale-shi-yi-09", "这项工程年均投入十到二十亿元。", "written",
         [rng("十到二十亿元", 1000000000, 2000000000)]),
    case("fam-scale-not-shared-wan-10", "贷款额度为5000至1万元。", "written", [rng("5000至1万元", 5000, 10000)]),
    case("fam-scale-own-qian-11", "装修费用在8千到1万元之间。", "written", [rng("8千到1万元", 8000, 10000)]),
    case("fam-scale-qian-12", "这类手表售价1到2千元。", "written", [rng("1到2千元", 1000, 2000)]),
    case("fam-scale-bai-shi-wan-13", "新车指导价为一百到一百五十万元。", "written",
         [rng("一百到一百五十万元", 1000000, 1500000)]),
    case("fam-scale-own-wan-14", "这类基金的起投金额从50万到1亿元不等。", "written",
         [rng("50万到1亿元", 500000, 100000000)]),
    case("fam-scale-downward-15",
         # No range runs downwards: two amounts.
         "票价由80元到60元，降幅达四分之一。", "written", [amount("80元", 80), amount("60元", 60)]),
]

# ---------------------------------------------------------------- banking numerals, 个亿, approximate pairs
NUMERALS = [
    case("fam-bank-coin-01",
         "最终，这枚壹元牡丹硬币通过余敏的塑造“开”遍了祖国的大江南北，成为人们生活中的重要组成部分。",
         "xwlb-VIDE2P2RDIlFWxsDbofpUrjn170507", [amount("壹元", 1)], "2017-05-07"),
    # spec: 整 stays outside the span (see the module docstring).
    case("fam-bank-zheng-02", "收到货款人民币壹万贰仟元整。", "written", [amount("人民币壹万贰仟元", 12000)]),
    case("fam-bank-yuan-03", "本合同总价为人民币叁拾伍万陆仟柒佰圆整。", "written",
         [amount("人民币叁拾伍万陆仟柒佰圆", 356700)]),
    case("fam-bank-bare-04", "今收到押金伍佰元整。", "written", [amount("伍佰元", 500)]),
    case("fam-bank-jiao-05", "支票金额：壹佰元伍角整。", "written", [amount("壹佰元伍角", 100.5)]),
    case("fam-bank-not-shi-06",
         # 拾 is "pick up" here: a banking numeral starts with a digit.
         "他拾到的钱包里有300元现金。", "written", [amount("300元", 300)]),
    case("fam-geyi-07", "十年来，中建五局从亏损1500多万到现在盈利超过16个亿，员工收入增长了6倍。",
         "xwlb-VIDE1355098124911696",
         [amount("1500多万", 15000000, approx=True), amount("16个亿", 1600000000, approx=True)], "2012-10-30"),
    case("fam-geyi-chinese-08", "在三网融合的推动下，去年，江苏有线的净利润超过了六个亿，比五年前增长了320%。",
         "xwlb-VIDE1364383444237653", [amount("六个亿", 600000000, approx=True)], "2013-03-27"),
    case("fam-geyi-yuan-09", "最近一次是十年前，但县里综合考虑，最后还是花1.5个亿元，重建了县里的中学。",
         "xwlb-VIDE1388748062827929", [amount("1.5个亿元", 150000000)], "2014-01-03"),
    case("fam-geyi-two-10", "2011年，木里电力被纳入国家电网，四川省和国网公司要投资23个亿进行无电区建设，其中将在木里投资7.5个亿。",
         "xwlb-VIDE1390822022816152",
         [amount("23个亿", 2300000000), amount("7.5个亿", 750000000)], "2014-01-27"),
    case("fam-geyi-jin-11",
         "滨海新区投入近10个亿，将市政管网的触角延伸到每个生产企业的家门口，企业产生的污水经过简单的预处理之后，可以直接排入管网，由新水源公司全权处理。",
         "xwlb-VIDE1402744509663367", [amount("10个亿", 1000000000, approx=True)], "2014-06-14"),
    case("fam-geyi-duo-12", "这个项目拿出了两个多亿。", "written", [amount("两个多亿", 200000000, approx=True)]),
    case("fam-pair-sanwu-13", "路边摊的衣服，三五百块就能买一件。", "written", [rng("三五百块", 300, 500, approx=True)]),
    case("fam-pair-qiba-14", "他在工地上一个月能挣七八千元。", "written", [rng("七八千元", 7000, 8000, approx=True)]),
    case("fam-pair-shi-15", "他去年的年薪十七八万元。", "written", [rng("十七八万元", 170000, 180000, approx=True)]),
    case("fam-pair-yier-16", "在老家修一栋房子要一二十万元。", "written", [rng("一二十万元", 100000, 200000, approx=True)]),
]

# ---------------------------------------------------------------- digit groups, dashes and tildes
DIGITS_AND_DASHES = [
    case("fam-group-fullwidth-01", "账户余额为12，345.60元。", "written", [amount("12，345.60元", 12345.60)]),
    case("fam-group-ascii-02", "该公司去年营收1,234,567元。", "written", [amount("1,234,567元", 1234567)]),
    case("fam-group-fullwidth-usd-03", "合同金额为1，200，000美元。", "written", [amount("1，200，000美元", 1200000, USD)]),
    case("fam-group-fullwidth-digits-04", "这款手机售价１２，３４５元。", "written", [amount("１２，３４５元", 12345)]),
    case("fam-dash-bounds-05", "按照每年30万公里的行驶里程来计算，可为用户节约5万—6万元人民币的燃油支出。",
         "xwlb-VIDEWyWfyME7wnKLjXD43hlI210117", [rng("5万—6万元人民币", 50000, 60000)], "2021-01-17"),
    # spec: a range under a 每 phrase is per_unit with low and high.
    case("fam-dash-per-06", "今年，当地雨水充沛，谷穗籽粒饱满，长势喜人，预计今年谷子亩产将达到800斤，每亩较去年增收900元—1000元。",
         "xwlb-VIDEHppbUSd6MMzVsE72zpPl221020",
         [dict(per_unit("900元—1000元", None, "亩"), low=900, high=1000)], "2022-10-20"),
    case("fam-dash-double-07", "单项奖励1万元——2万元。", "written", [rng("1万元——2万元", 10000, 20000)]),
    case("fam-dash-k-08", "实习生月薪3~5k元。", "written", [rng("3~5k元", 3000, 5000)]),
] + [
    case(f"fam-dash-{name}-{9 + n:02d}", f"符合条件的企业可获补贴2{sep}3万元。", "written", [rng(f"2{sep}3万元", 20000, 30000)])
    for n, (name, sep) in enumerate(
        [("em", "—"), ("fullwidth-tilde", "～"), ("hyphen", "-"), ("tilde", "~"), ("en", "–"), ("fullwidth-hyphen", "－"),
         ("wave", "〜"), ("spaced", " - ")]
    )
]

# ---------------------------------------------------------------- currency words around the number
CURRENCY_WORDS = [
    case("fam-cur-after-yuan-01", "机票价格为800元港币。", "written", [amount("800元港币", 800, HKD)]),
    case("fam-cur-before-spaces-02", "该公司第三季度净利润达新台币 25.5 亿元。", "written",
         [amount("新台币 25.5 亿元", 2550000000, TWD)]),
    case("fam-cur-before-spaces-cny-03", "门票为人民币 100 元。", "written", [amount("人民币 100 元", 100)]),
    case("fam-cur-name-then-year-04", "美元2022年以来持续走强。", "written", []),
]

CASES = SHARED_SCALE + NUMERALS + DIGITS_AND_DASHES + CURRENCY_WORDS

# ---------------------------------------------------------------- what the new readings must not take
NOT_MONEY = [
    case("fam-not-count-of-projects-01",
         # 153 projects of over 1亿元 each: 个 counts the projects.
         "产业园、电子信息新材料等153个亿元以上工业项目正在加快建设。", "written", []),
    case("fam-not-numeral-goes-on-02", "目前，莫斯科市已经投入1万6千辆铲雪车。", "written", []),
]
CASES += NOT_MONEY

NUMERALS_PER = [
    case("fam-geyi-per-year-01",
         "与此同时，各省也展开分头行动，重庆从今年起每年投入5个亿，打造长江上游绿色航运中心，而湖北，从今年3月起，对境内1061公里长江沿线8个市州展开拉网式暗访排查。",
         "xwlb-VIDEgpNxLZkpp3n3DXXhxM1T160411", [per_unit("5个亿", 500000000, "年")], "2016-04-11"),
]
CASES += NUMERALS_PER
CASES.append(
    case("fam-every-two-years-02",
         # 每两年 is every two years, not per 两 (a weight).
         "从2011年起每两年投入1000多万元，为所有学生更新课桌椅。", "written", [amount("1000多万元", 10000000, approx=True)])
)
