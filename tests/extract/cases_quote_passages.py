"""Quote cases for issue 14: speakers carried through a passage, pronouns and descriptions that
resolve to the person named before, transcript lines, reported speech opened by its cue.

Made like cases_quotes.py (expected facts written by hand from ``/work/shared/FACTS.md``, "Quotes").
``source`` says where each text comes from:

* ``xwlb-…``: copied verbatim from ``/work/shared/corpus-dev/news.jsonl`` (published before 2025):
  one paragraph of one to three sentences, never a whole article;
* ``fresh``: a short passage (one to three sentences) written for the case in the style of Chinese
  news; the people in it are invented.

``resolved`` is checked where it is given; a speaker without it is only checked for its text.
"""
from tests.extract.cases_quotes import direct, other, reported, sp

CASES: list[dict] = [
    # ------------------------------------------------------------------ carried speaker
    {
        "id": "passage-bare-quote-after-attributed-01",
        # The second quotation has nothing in its sentence: the speaker of the one before goes on.
        "text": "记者见到了村支书王明。“今年村里修了路。”王明说。“明年还要建学校。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年村里修了路。”", sp("王明"), "说"),
            direct("“明年还要建学校。”", sp("王明"), None),
        ],
    },
    {
        "id": "passage-bare-quote-new-paragraph-02",
        # A paragraph that is only the quotation goes on with the speaker of the paragraph before.
        "text": "“今年村里修了路。”王明说。\n“孩子们上学就方便了。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年村里修了路。”", sp("王明"), "说"),
            direct("“孩子们上学就方便了。”", sp("王明"), None),
        ],
    },
    {
        "id": "passage-heading-ends-it-03",
        # A heading (a line without a sentence mark) ends the passage: the last quotation is no one's.
        "text": "“今年村里修了路。”王明说。\n乡村新貌\n“这是新的开始。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年村里修了路。”", sp("王明"), "说"),
            other("“这是新的开始。”"),
        ],
    },
    {
        "id": "passage-other-person-ends-it-04",
        # Another person named in between ends 王明's passage; the first person quote is 张强's.
        "text": "“今年村里修了路。”王明说。村民张强去年开了一家农家乐。“我的生意越来越好了。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年村里修了路。”", sp("王明"), "说"),
            direct("“我的生意越来越好了。”", sp("张强"), None),
        ],
    },
    {
        "id": "passage-paragraph-of-narration-ends-it-05",
        # A whole paragraph about something else between: the quotation after it is not carried.
        "text": "“今年村里修了路。”王明说。\n村里的路修好以后，来参观的游客一年比一年多，农家乐也开了十几家。\n“欢迎大家常来。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年村里修了路。”", sp("王明"), "说"),
            other("“欢迎大家常来。”"),
        ],
    },
    {
        "id": "passage-quote-closing-reported-06",
        # The classical line closing 他's statement is his; 他 resolves to 习近平.
        "text": "今年8月，习近平总书记对制止餐饮浪费行为作出重要指示。他指出，餐饮浪费现象，触目惊心、令人痛心！“谁知盘中餐，粒粒皆辛苦。”",
        "source": "xwlb-VIDEzIyVezqEy1tUAh9yCl6t201029 (2020-10-29)",
        "reference_date": "2020-10-29",
        "expected": [
            reported("餐饮浪费现象，触目惊心、令人痛心！", sp("他", resolved="习近平"), "指出"),
            direct("“谁知盘中餐，粒粒皆辛苦。”", sp("习近平"), None),
        ],
    },
    # ------------------------------------------------------------------ pronouns
    {
        "id": "passage-pronoun-last-speaker-07",
        # 他 is the last speaker (佩斯科夫), not the first name of the sentence before (摩尔多瓦 is a country).
        "text": "针对23日乌克兰和摩尔多瓦获得欧盟候选成员国地位的消息，俄总统新闻秘书佩斯科夫24日表示，欧盟相关决定是其内部事务，但这些决定都不应进一步损害俄罗斯与欧盟的关系。他说，目前俄罗斯和欧盟的关系已经跌至谷底。",
        "source": "xwlb-VIDElXfS8edWV45ezGsWMSL0220625 (2022-06-25)",
        "reference_date": "2022-06-25",
        "expected": [
            reported("欧盟相关决定是其内部事务，但这些决定都不应进一步损害俄罗斯与欧盟的关系。",
                     sp("佩斯科夫", role="俄总统新闻秘书"), "表示"),
            reported("目前俄罗斯和欧盟的关系已经跌至谷底。", sp("他", resolved="佩斯科夫"), "说"),
        ],
    },
    {
        "id": "passage-pronoun-whole-name-08",
        # 她 resolves to the whole name the passage gave (扎哈罗娃, not a piece of it).
        "text": "俄罗斯外交部发言人扎哈罗娃5号表示，叙利亚政府已向俄方证实，同意在联合国主导下与反对派展开对话，但反对派需要组成谈判代表团。扎哈罗娃说，国际社会应就叙利亚境内哪些人属于恐怖分子和极端分子，哪些人属于反对派达成共识。她还表示，维护叙利亚国家完整是打击叙境内以及本地区恐怖分子的保障，叙利亚政权更替将使地区局势更加混乱。",
        "source": "xwlb-VIDE1446810852349155 (2015-11-06)",
        "reference_date": "2015-11-06",
        "expected": [
            reported("叙利亚政府已向俄方证实，同意在联合国主导下与反对派展开对话，但反对派需要组成谈判代表团。",
                     sp("扎哈罗娃", start=9, role="俄罗斯外交部发言人"), "表示"),
            reported("国际社会应就叙利亚境内哪些人属于恐怖分子和极端分子，哪些人属于反对派达成共识。",
                     sp("扎哈罗娃", start=62), "说"),
            reported("维护叙利亚国家完整是打击叙境内以及本地区恐怖分子的保障，叙利亚政权更替将使地区局势更加混乱。",
                     sp("她", resolved="扎哈罗娃"), "表示"),
        ],
    },
    {
        "id": "passage-pronoun-and-gairenshi-09",
        "text": "李明表示：“我们很满意。”他表示，下一步还要扩大规模。该人士还透露，公司正在招人。",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“我们很满意。”", sp("李明"), "表示"),
            reported("下一步还要扩大规模。", sp("他", resolved="李明"), "表示"),
            reported("公司正在招人。", sp("该人士", resolved="李明"), "透露"),
        ],
    },
    {
        "id": "passage-pronoun-bare-quotes-10",
        "text": "张建国是村里的种粮大户。他告诉记者：“今年收成不错。”“明年我还要多种五十亩。”",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            direct("“今年收成不错。”", sp("他", resolved="张建国"), "告诉"),
            direct("“明年我还要多种五十亩。”", sp("他", resolved="张建国"), None),
        ],
    },
    # ------------------------------------------------------------------ descriptions
    {
        "id": "passage-description-old-man-11",
        # 老人 is the description; the name it stands for opens the sentence.
        "text": "胡友明在棚户区整整生活了35年，老人说，他们这个年纪的人都清楚地记得，过去由于城镇住房供应不能满足需求，很多家庭都住在简易房屋、筒子楼或者集体宿舍里，有的甚至几代同堂。",
        "source": "xwlb-VIDEzY4SgkV4OdUEcANiwU7v190809 (2019-08-09)",
        "reference_date": "2019-08-09",
        "expected": [
            reported("他们这个年纪的人都清楚地记得，过去由于城镇住房供应不能满足需求，很多家庭都住在简易房屋、筒子楼或者集体宿舍里，有的甚至几代同堂。",
                     sp("老人", resolved="胡友明"), "说"),
        ],
    },
    {
        "id": "passage-description-gai-fuzeren-12",
        "text": "该行负责人王海涛表示，将尽快恢复服务。该负责人介绍，受影响的客户约有两千人。",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            reported("将尽快恢复服务。", sp("王海涛", role="负责人"), "表示"),
            reported("受影响的客户约有两千人。", sp("该负责人", resolved="王海涛"), "介绍"),
        ],
    },
    {
        "id": "passage-description-branch-official-13",
        # A determiner, an organisation noun jieba tags v (分行/v) and the role: one description.
        "text": "该分行相关负责人表示，将积极配合调查。",
        "source": "fresh",
        "reference_date": None,
        "expected": [reported("将积极配合调查。", sp("该分行相关负责人"), "表示")],
    },
    {
        "id": "passage-description-new-source-14",
        # An indefinite description (一位村民) is a new source, not someone named before.
        "text": "村支书王明介绍了修路的经过。一位村民告诉记者，以前这条路一下雨就走不了，现在好了。",
        "source": "fresh",
        "reference_date": None,
        "expected": [
            reported("以前这条路一下雨就走不了，现在好了。", sp("一位村民"), "告诉"),
        ],
    },
    {
        "id": "passage-description-staff-15",
        "text": "银行工作人员介绍，该业务已暂停，恢复时间另行通知。",
        "source": "fresh",
        "reference_date": None,
        "expected": [reported("该业务已暂停，恢复时间另行通知。", sp("银行工作人员"), "介绍")],
    },
    # ------------------------------------------------------------------ transcript lines
    {
        "id": "passage-transcript-role-name-16",
        # jieba cuts the name (麻妹/n 英/j): the characters after the role noun are the name.
        "text": "湖南花垣县水桶村村支书麻妹英：“我最急的就是我那个村的光棍汉了，要是他们能搞好的话，我们搞发展也有劲。”",
        "source": "xwlb-VIDEpRLkbpcGknBZ0pjqhvMY160216 (2016-02-16)",
        "reference_date": "2016-02-16",
        "expected": [
            direct("“我最急的就是我那个村的光棍汉了，要是他们能搞好的话，我们搞发展也有劲。”",
                   sp("麻妹英", role="湖南花垣县水桶村村支书"), None),
        ],
    },
    {
        "id": "passage-transcript-role-space-name-17",
        "text": "全国人大代表 向平华：“总书记说话我都认真记下来了。”",
        "source": "xwlb-VIDE2hS4qk31ctNRs4Wj7iZh160308 (2016-03-08), the first sentence of the quotation",
        "reference_date": "2016-03-08",
        "expected": [direct("“总书记说话我都认真记下来了。”", sp("向平华", role="全国人大代表"), None)],
    },
    {
        "id": "passage-transcript-role-name-18",
        "text": "樟木镇樟木居委会村民坚参：“在党中央的关心关怀下，我们的家人一切安好，才能团聚在这里过年，我希望以后一年会比一年好。”",
        "source": "xwlb-VIDEtAryua5NCkFxTBMvoPKS160214 (2016-02-14)",
        "reference_date": "2016-02-14",
        "expected": [
            direct("“在党中央的关心关怀下，我们的家人一切安好，才能团聚在这里过年，我希望以后一年会比一年好。”",
                   sp("坚参", role="樟木镇樟木居委会村民"), None),
        ],
    },
    {
        "id": "passage-speech-verb-is-no-name-19",
        # 调侃道 after the role is the cue, not a name.
        "text": "一位网友调侃道：“我想报半马，半马没了，那就短马呗。”",
        "source": "fresh (after a sentence of xwlb-VIDE1412421116787191)",
        "reference_date": None,
        "expected": [direct("“我想报半马，半马没了，那就短马呗。”", sp("一位网友"), "调侃道")],
    },
    # ------------------------------------------------------------------ reported speech
    {
        "id": "passage-reported-cue-after-org-20",
        "text": "公司表示，今年将继续扩大产能，新生产线预计明年投产。",
        "source": "fresh",
        "reference_date": None,
        "expected": [reported("今年将继续扩大产能，新生产线预计明年投产。", sp("公司"), "表示")],
    },
    {
        "id": "passage-reported-then-juxi-21",
        # 据悉 is no source: the statement ends with its sentence.
        "text": "王明说，今年村里修了路。据悉，明年还将建学校。",
        "source": "fresh",
        "reference_date": None,
        "expected": [reported("今年村里修了路。", sp("王明"), "说")],
    },
    {
        "id": "passage-reported-two-speakers-22",
        # A new named source ends the first speaker's passage; 他 is the second one.
        "text": "伊朗总统鲁哈尼警告称，美国无权单方面要求修改协议内容。伊朗外长扎里夫表示，伊朗将不会履行协议上的条款。他说，伊朗已做好准备。",
        "source": "fresh (after xwlb-VIDE9uaJBMYVyxC9M0ZX3sup180425)",
        "reference_date": None,
        "expected": [
            reported("美国无权单方面要求修改协议内容。", sp("鲁哈尼", role="伊朗总统"), "警告称"),
            reported("伊朗将不会履行协议上的条款。", sp("扎里夫", role="伊朗外长"), "表示"),
            reported("伊朗已做好准备。", sp("他", resolved="扎里夫"), "说"),
        ],
    },
    # ------------------------------------------------------------------ a cue opening its sentence
    {
        "id": "passage-subjectless-cue-document-23",
        # 强调 opens the sentence with no subject: the subject of the sentence before (会议) goes on.
        "text": "会议明确了今年政府工作11个方面56项重点任务，确定了部门分工。强调，一要巩固和扩大经济稳中向好势头。",
        "source": "xwlb-VIDEVVf2IR9W7yNKqePI7OKB170317 (2017-03-17), the first two sentences of a paragraph",
        "reference_date": "2017-03-17",
        "expected": [reported("一要巩固和扩大经济稳中向好势头。", sp("会议"), "强调")],
    },
    {
        "id": "passage-statement-says-24",
        # 声明称 at the start of a sentence: the statement speaks (as 白皮书说, 文章指出).
        "text": "埃及财政部长马伊特29日发表声明说，埃及将加入金砖国家新开发银行，这将是埃及加强与其他新兴经济体和发展中国家合作的新平台。声明称，埃及是多边主义的坚定支持者，埃及期待未来在基础设施建设、可持续发展等领域与相关国家和机构夯实伙伴关系。",
        "source": "xwlb-VIDEvkU6WeWers1FQCNzM5Ul211230 (2021-12-30)",
        "reference_date": "2021-12-30",
        "expected": [
            reported("埃及将加入金砖国家新开发银行，这将是埃及加强与其他新兴经济体和发展中国家合作的新平台。",
                     sp("马伊特", role="埃及财政部长"), "说"),
            reported("埃及是多边主义的坚定支持者，埃及期待未来在基础设施建设、可持续发展等领域与相关国家和机构夯实伙伴关系。",
                     sp("声明"), "称"),
        ],
    },
    {
        "id": "passage-subjectless-cue-no-speaker-25",
        # The sentence before has no one who speaks (粮食): no reported speech.
        "text": "今年粮食又获丰收。同时指出，仍要警惕风险。",
        "source": "fresh",
        "reference_date": None,
        "expected": [],
    },
    {
        "id": "passage-subjectless-cue-after-lead-in-26",
        # The lead-in 央视网消息（新闻联播）： is no subject.
        "text": "央视网消息（新闻联播）：今天是除夕，天涯共此时。说风光，南秀北雄。",
        "source": "fresh (after xwlb-VIDE1360408506304981)",
        "reference_date": None,
        "expected": [],
    },
    # ------------------------------------------------------------------ mentions jieba cut badly
    {
        "id": "passage-object-of-issuing-verb-27",
        # 贺词 is what 特朗普 issued, not who speaks; 他 in the next sentence is 特朗普.
        "text": "24日，美国总统特朗普发表新春贺词说，与全球共庆鼠年的到来，送上最热烈的祝福。他说，要拥抱充满希望的一年并期待有机会产生积极的影响。",
        "source": "xwlb-VIDEoisQMFXDcoKpgo25kGez200125 (2020-01-25)",
        "reference_date": "2020-01-25",
        "expected": [
            reported("与全球共庆鼠年的到来，送上最热烈的祝福。", sp("特朗普", role="美国总统"), "说"),
            reported("要拥抱充满希望的一年并期待有机会产生积极的影响。", sp("他", resolved="特朗普"), "说"),
        ],
    },
    {
        "id": "passage-name-after-role-before-time-28",
        # 舒利/a 金/nr 12日: the name after the role noun, before the time word.
        "text": "俄罗斯常驻禁止化学武器组织代表舒利金12日表示，禁化武组织今年3月公布的所谓叙利亚杜马镇化武袭击事件的报告没有事实依据、缺乏逻辑性和专业性，西方国家正在费尽心机，防止真相浮出水面。",
        "source": "xwlb-VIDEkbOetr1GLaUhhshOYF9k190713 (2019-07-13)",
        "reference_date": "2019-07-13",
        "expected": [
            reported("禁化武组织今年3月公布的所谓叙利亚杜马镇化武袭击事件的报告没有事实依据、缺乏逻辑性和专业性，西方国家正在费尽心机，防止真相浮出水面。",
                     sp("舒利金"), "表示"),
        ],
    },
    {
        "id": "passage-description-person-noun-cut-29",
        # 多/m 国政/n 要/v: the description is 多国政要 (a quantifier and a person noun).
        "text": "多国政要表示，他们亲眼见证了在中国共产党领导下，中国社会各方面发生了翻天覆地的变化，中国共产党坚持为人民谋幸福是中国取得巨大发展的关键原因。",
        "source": "xwlb-VIDETkcTkiaYoGzleD3oTmfv210605 (2021-06-05)",
        "reference_date": "2021-06-05",
        "expected": [
            reported("他们亲眼见证了在中国共产党领导下，中国社会各方面发生了翻天覆地的变化，中国共产党坚持为人民谋幸福是中国取得巨大发展的关键原因。",
                     sp("多国政要"), "表示"),
        ],
    },
    {
        "id": "passage-description-quantified-30",
        "text": "多国人士表示，看好中国创新活力与开放红利。",
        "source": "fresh (after xwlb-VIDEM1JCE4TGImyTp6dvZnmS230308)",
        "reference_date": None,
        "expected": [reported("看好中国创新活力与开放红利。", sp("多国人士"), "表示")],
    },
    {
        "id": "passage-bare-title-31",
        # A bare title resolves to the person the story gave it.
        "text": "习近平总书记考察的第一站来到西青区辛口镇第六埠村。总书记说，国泰民安，民安才能国泰。",
        "source": "fresh (after xwlb-VIDEyHozqgwxPt8IBTdX4Ixy240203)",
        "reference_date": None,
        "expected": [reported("国泰民安，民安才能国泰。", sp("总书记", resolved="习近平"), "说")],
    },
    {
        "id": "passage-pronoun-name-before-verb-phrase-32",
        # 王沪宁/nr 出席会议/l: 他 resolves to the name, not to the name and the verb phrase after it.
        "text": "中共中央政治局常委、中央书记处书记王沪宁出席会议并讲话。他表示，要坚持以习近平新时代中国特色社会主义思想为指导，增强政治意识、大局意识、核心意识、看齐意识、紧紧围绕学习宣传贯彻党的十九大精神这条主线，扎实做好宣传思想文化工作，为在新的历史起点上进行伟大斗争、建设伟大工程、推进伟大事业、实现伟大梦想提供坚强思想保证和强大精神力量。",
        "source": "xwlb-VIDE0gXihxtFDptutBeOACjN180103 (2018-01-03)",
        "reference_date": "2018-01-03",
        "expected": [
            reported("要坚持以习近平新时代中国特色社会主义思想为指导，增强政治意识、大局意识、核心意识、看齐意识、紧紧围绕学习宣传贯彻党的十九大精神这条主线，扎实做好宣传思想文化工作，为在新的历史起点上进行伟大斗争、建设伟大工程、推进伟大事业、实现伟大梦想提供坚强思想保证和强大精神力量。",
                     sp("他", resolved="王沪宁"), "表示"),
        ],
    },
]
