"""Table of quote-fact test cases for the quote extractor.

How these cases were made
-------------------------
* Every expected fact was written by hand from ``/work/shared/FACTS.md`` (section "Quotes"), before any
  extractor output existed; nothing here was produced or checked by running an extractor.
* Texts whose ``source`` starts with ``xwlb-`` are copied verbatim from
  ``/work/shared/corpus-dev/news.jsonl`` (CCTV 新闻联播): one sentence, or two consecutive sentences when
  the case needs the previous one (speaker or pronoun antecedent there); when the two sentences are
  separate paragraphs in the source they are joined with ``\\n`` exactly as in the source.
* Texts whose ``source`` starts with ``news:`` cover patterns CCTV text hardly has (attribution after the
  quote, split quotes, company spokespeople, 化名). They are written in the style of Chinese news,
  recalled or paraphrased, not verbatim quotations of a specific article; apart from the 国家统计局
  briefing line, the people in them are ordinary, unnamed or pseudonymous. None comes from the seed.
* Conventions (from FACTS.md):
  - ``direct``: the span includes the quotation marks; a quote split by its attribution is two facts
    with the same speaker; a quoted fragment inside reported speech is also a ``direct`` fact with the
    speaker of the reported speech (as in seed-facts.json);
  - ``reported``: the span starts after the cue and its comma/colon and runs to the end of the
    sentence (final 。 included), continuing over following sentences only while the same speaker
    plainly goes on (first person, no new source);
  - ``other_quoted``: marks around names, terms, slogans, sayings, scare quotes, UI text; speaker and
    cue None; titles in 《》 are not quotes;
  - ``speaker.text`` is the shortest identifying mention: the personal name without its role
    (国家统计局新闻发言人付凌晖 -> 付凌晖), otherwise the organisation/role phrase (国家统计局有关负责人,
    外交部发言人); a pronoun is the mention, with ``resolved`` = the named antecedent. ``speaker.start``
    is given only when the mention text occurs more than once. Optional extras used: ``role``,
    ``pseudonym``;
  - ``cue`` is the reporting verb as written, or None (speaker named only in a previous sentence, or a
    bare ``Name：“…”`` line);
  - not quotes: data sources (数据显示, 统计显示), unnamed sources (据悉, 据报道, 据了解, 据当地媒体报道),
    observations (发现), negated cues (没有透露), and transcript lines ``Name：…`` without quotation marks.
* Choices where FACTS.md is silent are marked with a ``# spec:`` comment on the case.
* ``expected`` lists every quote fact in the text, ordered by start offset. ``start`` is given only when
  the same span text occurs twice.
"""


def direct(text, speaker, cue, **extra):
    return {"type": "quote", "kind": "direct", "text": text, "speaker": speaker, "cue": cue, **extra}


def reported(text, speaker, cue, **extra):
    return {"type": "quote", "kind": "reported", "text": text, "speaker": speaker, "cue": cue, **extra}


def other(text, **extra):
    return {"type": "quote", "kind": "other_quoted", "text": text, "speaker": None, "cue": None, **extra}


def sp(text, **extra):
    return {"text": text, **extra}


CASES: list[dict] = [
    # ------------------------------------------------------------------ direct, speaker before
    {
        "id": "quote-direct-before-colon-role-01",
        "text": "在回答记者关于国企改革的问题时，国资委主任肖亚庆表示：“改革就是要奔着问题去，哪儿的问题多，就优先改哪儿，有什么问题就改什么。”",
        "source": "xwlb-VIDED70mCDAzpn4T6Jqluc14170309 (2017-03-09)",
        "reference_date": "2017-03-09",
        "expected": [
            direct("“改革就是要奔着问题去，哪儿的问题多，就优先改哪儿，有什么问题就改什么。”",
                   sp("肖亚庆", role="国资委主任"), "表示"),
        ],
    },
    {
        "id": "quote-direct-before-colon-role-02",
        "text": "针对大气污染治理的问题，环保部部长陈吉宁表示：“下一步，如何解决冬季大气污染问题，各种措施都非常明确，关键是抓落实，就是要撸起袖子，把这些已经部署的工作抓实抓细抓好。”",
        "source": "xwlb-VIDED70mCDAzpn4T6Jqluc14170309 (2017-03-09)",
        "reference_date": "2017-03-09",
        "expected": [
            direct("“下一步，如何解决冬季大气污染问题，各种措施都非常明确，关键是抓落实，就是要撸起袖子，把这些已经部署的工作抓实抓细抓好。”",
                   sp("陈吉宁", role="环保部部长"), "表示"),
        ],
    },
    {
        "id": "quote-direct-two-speakers-03",
        # Note the ASCII colon + space after the first 说. Roles 网友/观众 trimmed.
        "text": "网友郭辉说: “看似清苦和孤独的生活，却饱含甘甜与温暖，看似平凡的老人，却散发强烈的道德光芒！”观众郑建红说：“这些人会影响一个民族，会让我们走向更加文明更加繁荣。”",
        "source": "xwlb-VIDE1380713640132602 (2013-10-02)",
        "reference_date": "2013-10-02",
        "expected": [
            direct("“看似清苦和孤独的生活，却饱含甘甜与温暖，看似平凡的老人，却散发强烈的道德光芒！”",
                   sp("郭辉", role="网友"), "说"),
            direct("“这些人会影响一个民族，会让我们走向更加文明更加繁荣。”",
                   sp("郑建红", role="观众"), "说"),
        ],
    },
    {
        "id": "quote-direct-comma-addressee-trap-04",
        # The first 习近平 is the addressee; the second (主席 trimmed) speaks. spec: the prince's name is
        # kept as written (阿尔贝亲王二世) because the title sits inside the name.
        "text": "在特意用中国特色古董饰品装饰的摩纳哥王宫里，阿尔贝亲王二世对习近平主席说，“您是摩纳哥的尊贵朋友，也是我们全家的尊贵朋友。”习近平主席说，“对一个国家的评价，不能只看面积，也要看文化的影响力和对人类文明发展的推动力。”",
        "source": "xwlb-VIDENaFsEkvEa3Rt8ySIjjIC190802 (2019-08-02)",
        "reference_date": "2019-08-02",
        "expected": [
            direct("“您是摩纳哥的尊贵朋友，也是我们全家的尊贵朋友。”", sp("阿尔贝亲王二世"), "说"),
            direct("“对一个国家的评价，不能只看面积，也要看文化的影响力和对人类文明发展的推动力。”",
                   sp("习近平", start=62, role="主席"), "说"),
        ],
    },
    {
        "id": "quote-direct-written-document-05",
        # spec: a document that "says" (白皮书说) is treated as the speaker (quotes may reproduce what was written).
        "text": "白皮书说：“中国人权事业的发展进入了有计划、持续稳健、全面推进的新阶段。”",
        "source": "xwlb-VIDE1368530161699944 (2013-05-14)",
        "reference_date": "2013-05-14",
        "expected": [
            direct("“中国人权事业的发展进入了有计划、持续稳健、全面推进的新阶段。”", sp("白皮书"), "说"),
        ],
    },
    {
        "id": "quote-direct-via-website-06",
        "text": "祖马随后通过政府网站说：“相比昨晚看到他，他今天好多了。”",
        "source": "xwlb-VIDE1372419599439567 (2013-06-28)",
        "reference_date": "2013-06-28",
        "expected": [direct("“相比昨晚看到他，他今天好多了。”", sp("祖马"), "说")],
    },
    {
        "id": "quote-direct-transcript-colon-no-cue-07",
        # spec: 'Name：“…”' line - direct quote with the name as speaker and no reporting verb.
        "text": "深圳驻龙川县扶贫干部彭均苑：“我们来到之后经过走访发现要纳入我们帮扶的贫困户特别多，占到五村总人口的五分之一，然后公共基础设施特别匮乏，还有每个村的饮用水这些工程都不能达标。”",
        "source": "xwlb-VIDEsChu9ZKgmbMZJ4LAnM96160320 (2016-03-20)",
        "reference_date": "2016-03-20",
        "expected": [
            direct("“我们来到之后经过走访发现要纳入我们帮扶的贫困户特别多，占到五村总人口的五分之一，然后公共基础设施特别匮乏，还有每个村的饮用水这些工程都不能达标。”",
                   sp("彭均苑", role="深圳驻龙川县扶贫干部"), None),
        ],
    },
    {
        "id": "quote-direct-screen-name-in-quotes-08",
        # spec: the screen name in marks is itself other_quoted (a name); it is also the speaker mention.
        # 《东方主战场》 is a title, not a quote.
        "text": "网友“枫声竹韵”说：“刚看了中央一台的大型纪录片《东方主战场》，里面的视频影像资料都是当年真实的录像，不错的科教片，可以重温一下反法西斯战争的过程。”",
        "source": "xwlb-VIDE1440761051661342 (2015-08-28)",
        "reference_date": "2015-08-28",
        "expected": [
            other("“枫声竹韵”"),
            direct("“刚看了中央一台的大型纪录片《东方主战场》，里面的视频影像资料都是当年真实的录像，不错的科教片，可以重温一下反法西斯战争的过程。”",
                   sp("枫声竹韵", role="网友"), "说"),
        ],
    },
    {
        "id": "quote-direct-pseudonym-gaosu-09",
        "text": "在一家互联网公司做产品经理的小林（化名）告诉记者：“我们组里一半的人都在用AI写代码。”",
        "source": "news: 都市报职场报道, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“我们组里一半的人都在用AI写代码。”",
                   sp("小林", pseudonym=True, role="产品经理"), "告诉"),
        ],
    },
    # ------------------------------------------------------------------ direct, speaker after / split / previous sentence
    {
        "id": "quote-direct-after-10",
        "text": "“今年的订单已经排到了年底，工人们每天都在加班。”浙江义乌一家饰品厂的负责人王先生说。",
        "source": "news: 财经媒体外贸报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“今年的订单已经排到了年底，工人们每天都在加班。”",
                   sp("王先生", role="浙江义乌一家饰品厂的负责人"), "说"),
        ],
    },
    {
        "id": "quote-direct-after-org-role-11",
        # spec: no personal name -> the organisation/role phrase as written is the mention.
        "text": "“平台将继续加大对中小商家的扶持力度，降低商家的经营成本。”该公司相关负责人表示。",
        "source": "news: 科技媒体电商平台报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“平台将继续加大对中小商家的扶持力度，降低商家的经营成本。”", sp("该公司相关负责人"), "表示"),
        ],
    },
    {
        "id": "quote-direct-split-12",
        "text": "“现在一斤猪肉比年初贵了三四块钱，”在北京新发地市场买菜的市民王女士说，“不过蔬菜价格还比较稳定。”",
        "source": "news: 都市报菜价报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“现在一斤猪肉比年初贵了三四块钱，”", sp("王女士", role="市民"), "说"),
            direct("“不过蔬菜价格还比较稳定。”", sp("王女士", role="市民"), "说"),
        ],
    },
    {
        "id": "quote-direct-split-pronoun-13",
        # The first sentence (介绍了 + a noun object) reports no statement -> no quote there.
        "text": "该公司创始人陈立明介绍了新品的研发过程。“这款产品我们研发了整整三年，”他表示，“接下来会优先在华东市场铺货。”",
        "source": "news: 科技媒体创业公司报道, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“这款产品我们研发了整整三年，”", sp("他", resolved="陈立明"), "表示"),
            direct("“接下来会优先在华东市场铺货。”", sp("他", resolved="陈立明"), "表示"),
        ],
    },
    {
        "id": "quote-direct-speaker-previous-sentence-14",
        # The quote stands alone; its speaker is named in the previous sentence; no reporting verb.
        "text": "在村口的合作社里，返乡创业的90后姑娘杨春燕正忙着打包订单。“去年我们通过电商卖出了二十多万斤脐橙，今年的目标是翻一番。”",
        "source": "news: 地方媒体乡村振兴报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“去年我们通过电商卖出了二十多万斤脐橙，今年的目标是翻一番。”", sp("杨春燕"), None),
        ],
    },
    {
        "id": "quote-direct-pronoun-previous-sentence-15",
        # The speaking 她 is the second one (subject of 谢绝…拉起…说); antecedent 邓玉芬 in the previous sentence.
        "text": "而邓玉芬因为带着六儿子、七儿子在山外筹集种子，躲过一劫。\n得知消息后，她当场昏了过去，她谢绝了亲友的挽留，拉起两个小儿子，坚定地对他们说：“走，回家去，姓任的杀不绝！”",
        "source": "xwlb-VIDE1440329218605348 (2015-08-23)",
        "reference_date": "2015-08-23",
        "expected": [
            direct("“走，回家去，姓任的杀不绝！”", sp("她", start=43, resolved="邓玉芬"), "说"),
        ],
    },
    {
        "id": "quote-direct-nested-16",
        # Nested ‘…’ around a nickname -> other_quoted inside the direct quote.
        "text": "“大家都叫他‘扁担村医’，一根扁担挑起了全村人的健康。”村支书说。",
        "source": "news: 地方媒体乡村医生报道, 2022 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            direct("“大家都叫他‘扁担村医’，一根扁担挑起了全村人的健康。”", sp("村支书"), "说"),
            other("‘扁担村医’"),
        ],
    },
    # ------------------------------------------------------------------ reported speech
    {
        "id": "quote-reported-biaoshi-role-trim-17",
        "text": "商务部新闻发言人沈丹阳表示，中德双方应积极落实两国总理达成的共识，大力推动双方业界通过协商、合作，妥善解决光伏产品贸易摩擦。",
        "source": "xwlb-VIDE1355098140326692 (2012-09-02)",
        "reference_date": "2012-09-02",
        "expected": [
            reported("中德双方应积极落实两国总理达成的共识，大力推动双方业界通过协商、合作，妥善解决光伏产品贸易摩擦。",
                     sp("沈丹阳", role="商务部新闻发言人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-zhichu-18",
        "text": "沈丹阳指出，在当前严峻的世界经济形势下，那种不顾后果，一意孤行滥用贸易救济措施的做法，无益于贸易摩擦的解决，只会导致两败俱伤的结果，破坏世界经济复苏的进程。",
        "source": "xwlb-VIDE1355098140326692 (2012-09-02)",
        "reference_date": "2012-09-02",
        "expected": [
            reported("在当前严峻的世界经济形势下，那种不顾后果，一意孤行滥用贸易救济措施的做法，无益于贸易摩擦的解决，只会导致两败俱伤的结果，破坏世界经济复苏的进程。",
                     sp("沈丹阳"), "指出"),
        ],
    },
    {
        "id": "quote-reported-renwei-org-19",
        "text": "中方认为，从根本上解决叙利亚问题，国际社会还是要坚持政治解决的正确方向。",
        "source": "xwlb-VIDE1355098131959448 (2012-08-03)",
        "reference_date": "2012-08-03",
        "expected": [
            reported("从根本上解决叙利亚问题，国际社会还是要坚持政治解决的正确方向。", sp("中方"), "认为"),
        ],
    },
    {
        "id": "quote-reported-qiangdiao-20",
        "text": "王刚强调，地方政协是整个人民政协事业的重要组成部分，具有重要地位和作用。",
        "source": "xwlb-VIDE1355098136528214 (2012-08-22)",
        "reference_date": "2012-08-22",
        "expected": [
            reported("地方政协是整个人民政协事业的重要组成部分，具有重要地位和作用。", sp("王刚"), "强调"),
        ],
    },
    {
        "id": "quote-reported-jieshao-description-21",
        "text": "气象专家介绍，这次雨雪天气会让中东部地区的雾霾有所好转，同时还会带来3度左右的降温。",
        "source": "xwlb-VIDE1358680737637289 (2013-01-20)",
        "reference_date": "2013-01-20",
        "expected": [
            reported("这次雨雪天气会让中东部地区的雾霾有所好转，同时还会带来3度左右的降温。", sp("气象专家"), "介绍"),
        ],
    },
    {
        "id": "quote-reported-cheng-22",
        "text": "英国警方称，人们有言论自由的权利，但应在法律允许的范围内。",
        "source": "xwlb-VIDE1355098132250516 (2012-08-03)",
        "reference_date": "2012-08-03",
        "expected": [
            reported("人们有言论自由的权利，但应在法律允许的范围内。", sp("英国警方"), "称"),
        ],
    },
    {
        "id": "quote-reported-toulu-23",
        "text": "美方尸检人员透露，马克西姆身上有多处伤痕，但目前还无法断定这些伤痕是否是故意伤害造成的，也无法断定是否与他的最终死因有关，一切仍有待最终尸检报告的公布。",
        "source": "xwlb-VIDE1361446225531765 (2013-02-21)",
        "reference_date": "2013-02-21",
        "expected": [
            reported("马克西姆身上有多处伤痕，但目前还无法断定这些伤痕是否是故意伤害造成的，也无法断定是否与他的最终死因有关，一切仍有待最终尸检报告的公布。",
                     sp("美方尸检人员"), "透露"),
        ],
    },
    {
        "id": "quote-reported-tanyan-24",
        "text": "反复调整，反复验证，张淼坦言，要不是喜欢大飞机，早就干不下去了。",
        "source": "xwlb-VIDE1450697446051282 (2015-12-21)",
        "reference_date": "2015-12-21",
        "expected": [reported("要不是喜欢大飞机，早就干不下去了。", sp("张淼"), "坦言")],
    },
    {
        "id": "quote-reported-gaosu-jizhe-25",
        # The addressee 记者 sits between cue and content; the span starts after 记者，.
        "text": "张亚勤告诉记者，中国正在由传统的制造业向智能制造转型，这对于信息产业来说意味着巨大的需求和机会。",
        "source": "xwlb-VIDE1365937800515375 (2013-04-14)",
        "reference_date": "2013-04-14",
        "expected": [
            reported("中国正在由传统的制造业向智能制造转型，这对于信息产业来说意味着巨大的需求和机会。",
                     sp("张亚勤"), "告诉"),
        ],
    },
    {
        "id": "quote-reported-zai-kanlai-26",
        # spec: for the frame 在…看来 the cue as written is 看来.
        "text": "在C919的总设计师吴光辉看来，这是这架飞机上最值得国人骄傲的技术突破。",
        "source": "xwlb-VIDE1450697446051282 (2015-12-21)",
        "reference_date": "2015-12-21",
        "expected": [
            reported("这是这架飞机上最值得国人骄傲的技术突破。", sp("吴光辉", role="C919的总设计师"), "看来"),
        ],
    },
    {
        "id": "quote-reported-nbs-spokesman-role-trim-27",
        "text": "国家统计局新闻发言人付凌晖在发布会上表示，总体来看，5月份国民经济继续恢复，生产需求稳中有升，就业物价总体平稳。",
        "source": "news: 国家统计局新闻发布会报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            reported("总体来看，5月份国民经济继续恢复，生产需求稳中有升，就业物价总体平稳。",
                     sp("付凌晖", role="国家统计局新闻发言人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-nbs-official-no-name-28",
        "text": "国家统计局有关负责人表示，尽管经济运行面临较多困难挑战，但我国经济长期向好基本面没有改变，随着一系列稳增长政策措施落地见效，国民经济有望逐步恢复，保持平稳增长。",
        "source": "xwlb-VIDE0UBkzD2sz6TRPA37V7Uc220715 (2022-07-15)",
        "reference_date": "2022-07-15",
        "expected": [
            reported("尽管经济运行面临较多困难挑战，但我国经济长期向好基本面没有改变，随着一系列稳增长政策措施落地见效，国民经济有望逐步恢复，保持平稳增长。",
                     sp("国家统计局有关负责人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-mfa-no-name-29",
        # spec: the possessive 我 ("our") is dropped from the mention; 今天 sits between speaker and cue;
        # 强调 inside the content is not a new cue.
        "text": "我外交部发言人今天指出，安理会主席声明包含两个重要方面，一是采取有效措施、阻遏朝鲜核导进程，二是强调以和平的政治外交手段解决半岛问题。",
        "source": "xwlb-VIDEkJKkyL72qrds4dKLr4zb170830 (2017-08-30)",
        "reference_date": "2017-08-30",
        "expected": [
            reported("安理会主席声明包含两个重要方面，一是采取有效措施、阻遏朝鲜核导进程，二是强调以和平的政治外交手段解决半岛问题。",
                     sp("外交部发言人"), "指出"),
        ],
    },
    {
        "id": "quote-reported-mfa-named-title-not-quote-30",
        # 《板门店宣言》 is a title, not a quote.
        "text": "外交部发言人陆慷在16日的例行记者会上表示，中方支持并希望朝韩双方能按照《板门店宣言》所体现的对话、和解与合作精神，充分显示对彼此合理关切的理解和尊重，相向而行，积累互信，改善关系。",
        "source": "xwlb-VIDEf6sNAD5ZcDgcuDMJ9ka7180516 (2018-05-16)",
        "reference_date": "2018-05-16",
        "expected": [
            reported("中方支持并希望朝韩双方能按照《板门店宣言》所体现的对话、和解与合作精神，充分显示对彼此合理关切的理解和尊重，相向而行，积累互信，改善关系。",
                     sp("陆慷", role="外交部发言人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-colon-org-31",
        "text": "央行新闻发言人对本台表示：此次利率调整的重点在于继续发挥基准利率的引导作用，进一步促进社会融资成本下行。",
        "source": "xwlb-VIDE1425122817034297 (2015-02-28)",
        "reference_date": "2015-02-28",
        "expected": [
            reported("此次利率调整的重点在于继续发挥基准利率的引导作用，进一步促进社会融资成本下行。",
                     sp("央行新闻发言人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-yuji-named-source-32",
        "text": "标普预计，今明两年希腊经济将收缩10%至11%。",
        "source": "xwlb-VIDE1355098134522319 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [reported("今明两年希腊经济将收缩10%至11%。", sp("标普"), "预计")],
    },
    {
        "id": "quote-reported-negated-second-cue-33",
        # 没有透露 is a negated cue inside the same reported statement, not a new quote.
        "text": "法国军方说，这些画面的拍摄时间是今年一月，但没有透露具体日期和地点。",
        "source": "xwlb-VIDE1359113413520459 (2013-01-25)",
        "reference_date": "2013-01-25",
        "expected": [
            reported("这些画面的拍摄时间是今年一月，但没有透露具体日期和地点。", sp("法国军方"), "说"),
        ],
    },
    {
        "id": "quote-reported-org-zhichu-34",
        "text": "国家防总指出，双台风移动过程中可能会互相影响，并使防御难度加大。",
        "source": "xwlb-VIDE1355098136068936 (2012-08-22)",
        "reference_date": "2012-08-22",
        "expected": [
            reported("双台风移动过程中可能会互相影响，并使防御难度加大。", sp("国家防总"), "指出"),
        ],
    },
    {
        "id": "quote-reported-contains-xianshi-35",
        # 证据显示 is part of what 托纳 said; it does not end or start a quote.
        "text": "17号，美国国务院发言人托纳说，证据显示，极端组织去年在叙利亚和伊拉克两国使用了化学武器进行袭击。",
        "source": "xwlb-VIDEPDmrOZbQbwLTMM2O1vnF160218 (2016-02-18)",
        "reference_date": "2016-02-18",
        "expected": [
            reported("证据显示，极端组织去年在叙利亚和伊拉克两国使用了化学武器进行袭击。",
                     sp("托纳", role="美国国务院发言人"), "说"),
        ],
    },
    {
        "id": "quote-reported-ju-named-source-36",
        # spec: 据X介绍 with a named source (unlike 据悉/据报道) is reported speech.
        "text": "据气象部门介绍，由于已进入汛期，未来两到三天，北方主产区降雨将增多。",
        "source": "xwlb-VIDE1370604002568159 (2013-06-07)",
        "reference_date": "2013-06-07",
        "expected": [
            reported("由于已进入汛期，未来两到三天，北方主产区降雨将增多。", sp("气象部门"), "介绍"),
        ],
    },
    {
        "id": "quote-reported-described-source-37",
        # spec: a described but unnamed source (分析人士) is treated like 网友 in FACTS.md: a role mention.
        "text": "分析人士认为，本轮会谈级别较低，很难取得重大进展。",
        "source": "xwlb-VIDE1355098166816422 (2012-07-03)",
        "reference_date": "2012-07-03",
        "expected": [reported("本轮会谈级别较低，很难取得重大进展。", sp("分析人士"), "认为")],
    },
    {
        "id": "quote-reported-biaoshi-fandui-not-cue-38",
        # 多数国民表示反对 (表示 + noun, no statement) stays inside the reported span.
        "text": "这些在野党认为，野田内阁谋求提高消费税率违反民主党2009年众议院选举时的竞选纲领，多数国民表示反对。",
        "source": "xwlb-VIDE1355098134522319 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [
            reported("野田内阁谋求提高消费税率违反民主党2009年众议院选举时的竞选纲领，多数国民表示反对。",
                     sp("这些在野党"), "认为"),
        ],
    },
    {
        "id": "quote-reported-pronoun-previous-sentence-39",
        "text": "吴邦国在机场发表书面讲话。他说，斐济是第一个与中国建交的太平洋岛国。",
        "source": "xwlb-VIDE1355098185086683 (2012-09-20)",
        "reference_date": "2012-09-20",
        "expected": [
            reported("斐济是第一个与中国建交的太平洋岛国。", sp("他", resolved="吴邦国"), "说"),
        ],
    },
    {
        "id": "quote-reported-with-fragment-and-pronoun-40",
        # Party name in marks -> other_quoted; the quoted fragment inside the reported speech is a direct
        # quote of the same speaker (as in seed-facts.json); the second sentence has its own cue and a
        # pronoun speaker (the first 他 is inside the content of the first sentence).
        "text": "土耳其总理埃尔多安11号在其所在政党“正义与发展党”的会议上说，加济公园内的大规模示威已经影响到全国，他对此已经“无法再容忍”。\n他说，最近席卷全国的反政府示威浪潮旨在损坏土耳其形象和经济，是一场有预谋的活动。",
        "source": "xwlb-VIDE1371044280642530 (2013-06-12)",
        "reference_date": "2013-06-12",
        "expected": [
            other("“正义与发展党”"),
            reported("加济公园内的大规模示威已经影响到全国，他对此已经“无法再容忍”。",
                     sp("埃尔多安", role="土耳其总理"), "说"),
            direct("“无法再容忍”", sp("埃尔多安", role="土耳其总理"), "说"),
            reported("最近席卷全国的反政府示威浪潮旨在损坏土耳其形象和经济，是一场有预谋的活动。",
                     sp("他", start=65, resolved="埃尔多安"), "说"),
        ],
    },
    {
        "id": "quote-reported-colon-then-term-41",
        # The reported span ends with the first sentence; the next sentence is the narrator's, with a term in marks.
        "text": "央视网消息(新闻联播)：习近平总书记在安徽代表团参加审议时指出：各级领导干部都要既严以修身、严以用权、严以律己，又谋事要实、创业要实，做人要实。“三严三实”的要求在代表中引起热烈反响。",
        "source": "xwlb-VIDE1394364728564342 (2014-03-09)",
        "reference_date": "2014-03-09",
        "expected": [
            reported("各级领导干部都要既严以修身、严以用权、严以律己，又谋事要实、创业要实，做人要实。",
                     sp("习近平", role="总书记"), "指出"),
            other("“三严三实”"),
        ],
    },
    {
        "id": "quote-reported-continues-first-person-42",
        # The same speaker plainly goes on in the first person -> the span runs over both sentences.
        "text": "公司相关负责人表示，新工厂预计明年一季度投产。我们会优先保障国内市场的供应。",
        "source": "news: 财经媒体企业报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            reported("新工厂预计明年一季度投产。我们会优先保障国内市场的供应。", sp("公司相关负责人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-stops-at-data-source-43",
        # A new source (海关数据显示, a data source) follows: the span stops at the first sentence.
        "text": "该公司负责人表示，今年的出口订单比去年增长了三成。海关数据显示，前5个月当地外贸进出口同比增长12.6%。",
        "source": "news: 地方媒体外贸报道, 2023 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            reported("今年的出口订单比去年增长了三成。", sp("该公司负责人"), "表示"),
        ],
    },
    {
        "id": "quote-reported-nbs-org-44",
        "text": "国家统计局表示，受春节错月等因素影响，1月份居民消费价格同比涨幅有所回落。",
        "source": "news: 国家统计局数据发布报道, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [
            reported("受春节错月等因素影响，1月份居民消费价格同比涨幅有所回落。", sp("国家统计局"), "表示"),
        ],
    },
    {
        "id": "quote-reported-fenxi-description-45",
        "text": "专家分析，3月份房价上涨主要原因是购房者担心楼市调控细则出台，政策从紧，购房成本增加而加快出手购房，卖房者随之上调价格最终导致房价全线上涨。",
        "source": "xwlb-VIDE1366283640880755 (2013-04-18)",
        "reference_date": "2013-04-18",
        "expected": [
            reported("3月份房价上涨主要原因是购房者担心楼市调控细则出台，政策从紧，购房成本增加而加快出手购房，卖房者随之上调价格最终导致房价全线上涨。",
                     sp("专家"), "分析"),
        ],
    },
    {
        "id": "quote-reported-fenxi-cheng-46",
        # spec: the cue is the verb group as written (分析称), like FACTS.md's 解释为.
        "text": "共同社分析称，本次中途修改的做法十分罕见，这体现了安倍政府关于领土教育的意向。",
        "source": "xwlb-VIDE1390908725479974 (2014-01-28)",
        "reference_date": "2014-01-28",
        "expected": [
            reported("本次中途修改的做法十分罕见，这体现了安倍政府关于领土教育的意向。", sp("共同社"), "分析称"),
        ],
    },
    {
        "id": "quote-reported-yuce-47",
        "text": "日本气象厅预测，日本部分地区16号仍将持续降雪。",
        "source": "xwlb-VIDE1392463927080574 (2014-02-15)",
        "reference_date": "2014-02-15",
        "expected": [reported("日本部分地区16号仍将持续降雪。", sp("日本气象厅"), "预测")],
    },
    # ------------------------------------------------------------------ other_quoted
    {
        "id": "quote-other-campaign-name-48",
        "text": "公安部近日部署开展了为期两个月的“打盗抢保民安”专项行动，在首次集中抓捕行动中，一举摧毁跨省系列侵财犯罪团伙846个，追缴赃款、赃物价值8100多万元。",
        "source": "xwlb-VIDE1359804613623433 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [other("“打盗抢保民安”")],
    },
    {
        "id": "quote-other-campaign-name-49",
        "text": "进入冬季，黑龙江多地救助站启动了“冬季街头救助行动”，流动救助车每天都在大街小巷巡查。",
        "source": "xwlb-VIDE1355098129223474 (2012-12-08)",
        "reference_date": "2012-12-08",
        "expected": [other("“冬季街头救助行动”")],
    },
    {
        "id": "quote-other-terms-observation-50",
        # 记者调查发现 is an observation, not a reporting cue.
        "text": "记者调查发现，很多人看着饭菜剩下也心疼，但碍于“面子”，很难把“打包”两个字说出口。",
        "source": "xwlb-VIDE1357212627228621 (2013-01-03)",
        "reference_date": "2013-01-03",
        "expected": [other("“面子”"), other("“打包”")],
    },
    {
        "id": "quote-other-scare-quotes-51",
        "text": "最近，他们又给自己增加了一个新“作业”，学说几句当地礼貌用语。",
        "source": "xwlb-VIDE1377430087495376 (2013-08-25)",
        "reference_date": "2013-08-25",
        "expected": [other("“作业”")],
    },
    {
        "id": "quote-other-saying-and-event-52",
        # spec: 俗话说 introduces a saying, not an identifiable speaker -> other_quoted.
        "text": "俗话说“二十三，糖瓜粘”，今天一大早，在河南焦作小董乡贾村的“大糖会”上，几条大街挤满了卖芝麻糖的摊位。",
        "source": "xwlb-VIDE1359890158013589 (2013-02-03)",
        "reference_date": "2013-02-03",
        "expected": [other("“二十三，糖瓜粘”"), other("“大糖会”")],
    },
    {
        "id": "quote-other-names-53",
        "text": "“海马”号的成功验收是继“蛟龙号”之后，我国海洋技术领域的又一个标志性成果。",
        "source": "xwlb-VIDE1398683701784833 (2014-04-28)",
        "reference_date": "2014-04-28",
        "expected": [other("“海马”"), other("“蛟龙号”")],
    },
    {
        "id": "quote-other-slogan-54",
        "text": "“千里京沪一日还，京津直达半小时”这些曾经的梦想，在这十年终成现实。",
        "source": "xwlb-VIDE1355098137253497 (2012-08-24)",
        "reference_date": "2012-08-24",
        "expected": [other("“千里京沪一日还，京津直达半小时”")],
    },
    {
        "id": "quote-other-headline-55",
        "text": "“斗牛士”凯旋　马德里街头狂欢",
        "source": "xwlb-VIDE1355098167013502 (2012-07-03)",
        "reference_date": "2012-07-03",
        "expected": [other("“斗牛士”")],
    },
    {
        "id": "quote-other-headline-case-name-56",
        "text": "“8·30”威胁爆炸深航航班案告破",
        "source": "xwlb-VIDE1355098159457298 (2012-09-02)",
        "reference_date": "2012-09-02",
        "expected": [other("“8·30”")],
    },
    {
        "id": "quote-other-ui-text-57",
        "text": "不少用户发现，App首页新增了一个“一键领取补贴”的按钮，点击后即可领取满减券。",
        "source": "news: 科技媒体App功能报道, 2024 (paraphrased, not verbatim)",
        "reference_date": None,
        "expected": [other("“一键领取补贴”")],
    },
    # ------------------------------------------------------------------ no quote at all
    {
        "id": "quote-none-juxi-58",
        "text": "据悉，盖亚号升空后将运行5年。",
        "source": "xwlb-VIDE1387452781745830 (2013-12-19)",
        "reference_date": "2013-12-19",
        "expected": [],
    },
    {
        "id": "quote-none-jubaodao-59",
        "text": "据报道，孟加拉国是全球第二大成衣加工出口国；达卡北部的工业区则是该国纺织企业最密集的地区。",
        "source": "xwlb-VIDE1355098156330673 (2012-11-26)",
        "reference_date": "2012-11-26",
        "expected": [],
    },
    {
        "id": "quote-none-juliaojie-60",
        "text": "据了解，兰州市主城区的2600多家餐厅，每天有超过200吨的饭菜变成垃圾。",
        "source": "xwlb-VIDE1357212627228621 (2013-01-03)",
        "reference_date": "2013-01-03",
        "expected": [],
    },
    {
        "id": "quote-none-local-media-61",
        # spec: 据当地媒体报道 is the 据报道 pattern with a vague outlet -> not reported speech.
        "text": "据当地媒体报道，这名飞行员没有受伤。",
        "source": "xwlb-VIDE1357558229696357 (2013-01-07)",
        "reference_date": "2013-01-07",
        "expected": [],
    },
    {
        "id": "quote-none-data-shows-colon-62",
        "text": "节后上班第一天，交通运输部发布的最新数据显示：春节假日7天，全国共有4.08亿人次出行，比去年同期增长了2.2%。",
        "source": "xwlb-VIDE7pRxNgkw1wt9vsS12ERV170203 (2017-02-03)",
        "reference_date": "2017-02-03",
        "expected": [],
    },
    {
        "id": "quote-none-statistics-show-63",
        "text": "统计显示，上半年涉农贷款余额为16.29万亿元，同比增长21.6%，比各项贷款平均增速高7个百分点。",
        "source": "xwlb-VIDE1355098135571720 (2012-08-10)",
        "reference_date": "2012-08-10",
        "expected": [],
    },
    {
        "id": "quote-none-negated-cue-64",
        "text": "尽管与会各方没有透露新建议的实质内容，但这些建议得到了正面评价。",
        "source": "xwlb-VIDE1365161522970849 (2013-04-05)",
        "reference_date": "2013-04-05",
        "expected": [],
    },
    {
        "id": "quote-none-observation-faxian-65",
        "text": "日前，记者在珠三角走访了多个招聘会发现，以电子商务为代表的第三产业成了拉动就业的主力军。",
        "source": "xwlb-VIDE1374750725140507 (2013-07-25)",
        "reference_date": "2013-07-25",
        "expected": [],
    },
    {
        "id": "quote-none-title-66",
        "text": "国家质检总局昨天发布《进出口乳品检验检疫监督管理办法》。",
        "source": "xwlb-VIDE1359804613623433 (2013-02-02)",
        "reference_date": "2013-02-02",
        "expected": [],
    },
    {
        "id": "quote-none-transcript-no-marks-67",
        # spec: a 'Name：…' transcript line without quotation marks and without a reporting verb is
        # neither direct (no marks) nor reported (no cue) under FACTS.md.
        "text": "邹桂芬：现在我的工资有一两千块钱了，但是我时常想到你们没有上到学，我想起来心里难过。",
        "source": "xwlb-VIDE1355098134107195 (2012-08-08)",
        "reference_date": "2012-08-08",
        "expected": [],
    },
]
