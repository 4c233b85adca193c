"""Quotes: direct speech in quotation marks, reported speech after a reporting cue, and other quoted
text (terms, UI text, scare quotes), each with its speaker mention (../shared/FACTS.md, "Quotes").

The extractor reads the ``Doc`` and never changes it. It works on a *mark view* of ``doc.text``: a
string of the same length where ASCII punctuation and straight quotes read as their full-width forms
(taken from the normalizer's map), so ``"好",他说`` and ``“好”，他说`` are handled alike while every
offset and every evidence string still comes from the original text.

How a quotation is told apart:

* ``direct`` when a speaker and a reporting cue attach to it: the cue (and a colon or comma) right
  before it (王毅说：“…”), a speaker phrase with a colon (村民张三：“…”), a speaker and cue right after
  it (“…”，他表示。 / “…”Super黄表示。), the speaker of the sentence before (他说：\\n“…”), or a reported
  statement it closes (X了解到，…，“…”。);
* ``other_quoted`` otherwise, and always when the quotation is used as a noun phrase inside its
  clause (以“…”为主题, “…”的主张, 要“玩打赏”?): a word, a name, a slogan, UI text, a scare quote.

Speakers are trimmed to the name (金沙江创投主管合伙人朱啸虎 -> 朱啸虎, role 金沙江创投主管合伙人); without
a name the organisation or role phrase is the mention (月之暗面方面, 外交部发言人, 网友); a pronoun is the
mention with ``resolved`` naming the nearest preceding person.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.annotate.normalize import NormalizedText, normalize
from pipeline.annotate.segment import text_and_normalized
from pipeline.models import QuoteFact, Speaker

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------
OPENING = {"“": "”", "「": "」", "『": "』", "‘": "’"}
CLOSING = {v: k for k, v in OPENING.items()}
SENTENCE_END = "。！？…"
CLAUSE_END = "。！？…；，：\n"

# Reporting cues, longest first so 解释为 wins over 解释 and 说道 over 说.
_TRADITIONAL = {"说": "說", "称": "稱", "认为": "認為", "强调": "強調", "介绍": "介紹", "说道": "說道", "告诉": "告訴",
                "预测": "預測", "预计": "預計", "了解到": "瞭解到", "解释为": "解釋為", "谈及": "談及", "提到": "提到",
                "谈到": "談到", "直言": "直言", "写道": "寫道", "回忆说": "回憶說", "补充说": "補充說", "声称": "聲稱"}
REPORTING_CUES = sorted(
    tuple(_TRADITIONAL.values())
    + tuple(
        "表示 称 认为 指出 透露 介绍 说 说道 告诉 预测 预计 分析 坦言 强调 了解到 得知 解释为 谈及 "
        "提到 谈到 直言 回忆 回忆说 补充 补充说 解释 写道 感叹 感慨 重申 称赞 呼吁 表态 问道 回答 "
        "答道 坦承 提醒 建议 承认 宣称 声称 谈道 笑称 直说 认定 调侃 调侃道 留言"
    .split()),
    key=len,
    reverse=True,
)
_CUE_WORDS = frozenset(REPORTING_CUES)
# Cues that mark reported speech without quotation marks (the others only attach direct quotes).
REPORTED_CUES = frozenset(
    "表示 称 认为 指出 透露 介绍 说 说道 告诉 预测 预计 分析 坦言 强调 了解到 得知 解释为 谈及 "
    "提到 谈到 直言 回忆说 补充说 补充 写道 重申 坦承 承认 宣称 声称 笑称 提醒 呼吁".split()
) | frozenset(_TRADITIONAL.values())
# Cues that need a comma or colon after them before reported content (分析了…的原因 is not speech).
REPORTED_NEEDS_MARK = frozenset(
    "透露 介绍 分析 坦言 谈及 提到 谈到 回忆说 补充说 补充 写道 重申 坦承 承认 提醒 呼吁 了解到 得知 "
    "告诉 预测 预计 解释为".split()
)
REPORTED_NEEDS_MARK |= frozenset(_TRADITIONAL[c] for c in REPORTED_NEEDS_MARK if c in _TRADITIONAL)
# Sources that must be named for these cues (预计明年…, 记者了解到… are not attributed speech).
SOURCE_CUES = frozenset("了解到 瞭解到 得知".split())
# 可以说, 据说, 听说, 对他来说 ...: the character before 说 makes it no reporting verb.
NOT_CUE_BEFORE = {
    "说": set("可据听来就是再虽话所敢难好别小或比应该"),
    "称": set("名号堪简俗统声并自通宣人被著"),
    "表示": set(),
    "认为": set("被"),
    "分析": set(),
    "介绍": set(),
    "预计": set("据"),
    "预测": set("据"),
}
NOT_CUE_AFTER = {
    "说": set("明法服成是起到完话出"),
    "称": set("为号作赞之"),
    "分析": set("师员"),
    "介绍": set("人信"),
    "解释": set("为权"),
    "回答": set("问"),
    "建议": set("书案稿"),
}
for _s, _t in _TRADITIONAL.items():
    if _s in NOT_CUE_BEFORE:
        NOT_CUE_BEFORE[_t] = NOT_CUE_BEFORE[_s]
    if _s in NOT_CUE_AFTER:
        NOT_CUE_AFTER[_t] = NOT_CUE_AFTER[_s] | {"明"}
# Objects after 表示 that make it an attitude, not a statement (表示感谢, 表示热烈祝贺).
ATTITUDE_OBJECTS = tuple(
    "感谢 祝贺 欢迎 慰问 哀悼 敬意 赞赏 谢意 歉意 同情 满意 热烈 衷心 诚挚 深切 深深 强烈 高度 坚决 "
    "严重 极大 由衷 深表 问候 悼念 肯定 关切 关注 遗憾 愤慨 不满".split()
)
FIRST_PERSON = re.compile(r"我们|咱们|我(?![国省市区县军院校方党厂乡镇村州旗])")

# Nouns that head a role or description phrase able to speak (负责人, 网友, 外交部发言人 ...).
ROLE_NOUNS = tuple(
    sorted(
        (
            "发言人 负责人 新闻发言人 专家 学者 人士 官员 代表 主席 副主席 总统 副总统 总理 副总理 首相 部长 "
            "副部长 局长 副局长 主任 副主任 院长 副院长 校长 教授 研究员 分析师 经济学家 科学家 工程师 医生 "
            "护士 外相 助理 人员 嘉宾 外交官 指挥官 检察长 会长 理事长 行长 主编 记者站站长 学部委员 院士 代表团团长 团员 成员 网民 群众  支书 村支书 老师 教师 律师 法官 检察官 警官 民警 书记 副书记 省长 市长 县长 区长 镇长 乡长 村长 委员 "
            "大使 总书记 领导人 董事长 总经理 总裁 副总裁 经理 创始人 合伙人 首席执行官 CEO 顾问 网友 村民 "
            "市民 居民 游客 农民 工人 职工 员工 消费者 用户 家长 学生 患者 老人 志愿者 队员 运动员 教练 "
            "店主 老板 商户 摊主 司机 业主 乘客 观众 选手 主持人 作者 评论员 社长 站长 秘书长 外长 防长 "
            "国务卿 发起人 工作人员 负责同志 干部 党员 战士 官兵 船长 机长 厂长 所长 处长 科长 组长 队长 "
            "团长 首席 主管 专员 大臣 议员 议长 总干事 秘书 女士 先生 大爷 大妈 阿姨 师傅 爷爷 奶奶 "
            "政要 首脑 元首 政界人士"
        ).split(),
        key=len,
        reverse=True,
    )
)
# Organisation heads (国家统计局, 月之暗面方面, 中方).
ORG_SUFFIXES = tuple(
    "方面 政府 部 局 委 委员会 办公室 办 署 院 厅 会 中心 协会 联合会 公司 集团 银行 大学 研究所 研究院 "
    "法院 检察院 组织 联盟 机构 基金会 党 军 军方 警方 官方 媒体 学会 交易所 平台".split()
)
PARTY_WORDS = frozenset("中方 美方 俄方 日方 韩方 英方 法方 德方 朝方 印方 欧方 乌方 菲方 越方 巴方 以方 伊方 外方 "
                        "双方 各方 官方 警方 军方 校方 院方 厂方 资方 劳方 甲方 乙方 对方 我方 校方 店方 "
                        "商家 企业 公司 平台".split())
# Documents and meetings that "say" things in news (会议指出, 文章强调, 《意见》提出).
DOCUMENT_NOUNS = frozenset("会议 文章 报告 声明 公报 社论 评论 评论员文章 贺信 贺电 讲话 演讲 致辞 信 回信 "
                           "通知 意见 决定 决议 宣言 纲要 白皮书".split())
PRONOUNS = frozenset("他 她 他们 她们".split())
# Common single-character surnames: jieba often cuts an unknown name as 朱/nr + 啸虎/n.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# Words jieba tags nr that are no names (顾问/nr, 高峰/nr).
NOT_NAMES = frozenset("沙特 黎巴嫩 乌克兰 伊拉克 阿富汗 卡塔尔 阿根廷 塞尔维亚 哈萨克斯坦 尼泊尔 斯里兰卡 哈马斯 "
                      "塔利班 马航 华为 阿里巴巴 乌 巴以 修正 "
                      "顾问 高峰 巴以 中美 中俄 中非 中欧 海峡 黄金 明星 文明 华人 白宫 金融 高新 高铁 江山 "
                      "方向 向上 石油 金牌 马路 于是 关于 安全 和平 文化 龙头 黄河 长江 温暖 宁静 成果".split())
NAME_STOP_WORDS = frozenset(
    "的 了 是 和 与 在 向 对 将 也 都 就 等 同 为 说 会 已 曾 还 又 均 则 即 所 称 问 答 讲 谈 道 到 去 把 被 让 "
    "给 从 以 于 由 比 跟 及 或 并 而 但 却 再 才 便 正 亦 要 能 不 没 很 最 更 曾 刚 先 后 前 中 上 下 叫".split()
)
# Verbs that stand inside a role phrase (该公司相关负责人, 美方尸检人员, 主管合伙人).
ATTRIBUTIVE_VERBS = frozenset("相关 有关 主管 分管 负责 参赛 参展 参会 与会 在场 执勤 值班 带队 尸检 救援 调查 研究 "
                              "执法 监管 维和 随行 获奖 参战 退休 离休 志愿 驻华 驻外 常驻 留守 返乡 创业".split())
ACTION_VERBS = frozenset("印发 发布 发表 召开 举行 公布 出台 通过 举办 组织 开展 决定 下发 颁布 推出 启动 部署 "
                         "会见 会谈 出席 访问 视察 考察 主持 接受 致信 致电 回信".split())
# Verbs whose object (a speech, a statement, the person met) stands between the speaker and the cue
# (特朗普发表新春贺词说); never part of a name (unlike 组织, 主持).
OBJECT_VERBS = frozenset("发表 发布 印发 召开 会见 会晤 致信 致电 公布 颁布 下发".split())
VAGUE_SUBJECTS = frozenset("人们 大家 外界 舆论 有人 业内 坊间 社会 市场 数据 研究 调查 统计 报道 消息 资料 "
                           "事实 结果 分析 专家组 记者 本台记者 俗话 古人 老话".split())
DETERMINERS = frozenset("与会 在场 现场 海外 国外 境外 当地 不少 许多 一些 多 两 几 多名 多家 众多 广大 该 这些 这位 这名 那位 此 各 多位 一位 一名 部分 有关 相关".split())
# 王先生, 李女士: a surname with an honorific is the shortest identifying mention.
HONORIFICS = ("先生", "女士", "小姐", "师傅", "大爷", "大妈", "阿姨", "奶奶", "爷爷", "老师", "同学", "医生", "书记")
PSEUDONYM = re.compile(r"\s*[（(]\s*化名\s*[)）]")
NAME_TAGS = frozenset("nr nrfg nrt".split())
NOUN_TAGS = frozenset("n nr nrfg nrt ns nt nz ng nl j eng l".split())
ADDRESSEE_PREPOSITIONS = frozenset("向 对 跟 和 给 与 同 为 替 帮".split())
SOURCE_PREPOSITIONS = frozenset("从 据 自".split())
ADVERBIAL_OPENERS = ("在", "对于", "关于", "据", "随着", "为了", "针对", "就", "谈到", "至于", "当", "由于", "通过")


# ---------------------------------------------------------------------------------------------
# Reading the Doc
# ---------------------------------------------------------------------------------------------
class _Tok(NamedTuple):  # a tuple: made several times faster than a frozen dataclass
    text: str
    tag: str
    start: int  # index into doc.text
    end: int


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # name, pronoun, org, role, document, place
    role: tuple[int, int] | None = None
    pseudonym: bool = False


_PRIORITY = {"name": 0, "pronoun": 1, "org": 2, "role": 3, "document": 4, "place": 5}


@dataclass
class _Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    depth: int
    parent: "_Quote | None" = None
    kind: str = "other_quoted"
    speaker: _Mention | None = None
    cue: str | None = None


@dataclass
class _Context:
    text: str
    view: str
    base: int
    token_texts: list[str]
    token_tags: list[str]
    token_starts: list[int]
    sentences: list[tuple[int, int]]  # (start, end) in doc.text, whitespace-only skipped
    sentence_starts: list[int]
    cues: dict[int, str]  # offset in view -> the reporting cue that begins there
    reported_cue_sites: list[int]  # offsets of the cues of reported speech, in order
    quotes: list[_Quote] = field(default_factory=list)
    # id(mention) -> the named person a pronoun or description stands for (the passage pass)
    resolved: dict[int, "_Mention"] = field(default_factory=dict)
    # (quotes, top-level quotes, their starts) for _inside_quote, made on first use
    top_quotes: tuple | None = None
    # _Tok objects are made on first use: most tokens of an article are never looked at, and
    # building one per token cost more than the whole extraction.
    token_cache: dict[int, _Tok] = field(default_factory=dict)

    def token(self, i: int) -> _Tok:
        tok = self.token_cache.get(i)
        if tok is None:
            word, start = self.token_texts[i], self.token_starts[i]
            tok = self.token_cache[i] = _Tok(word, self.token_tags[i], start, start + len(word))
        return tok


def _mark_view(text: str, norm: NormalizedText | None = None) -> str:
    """``text`` with each character replaced by its normalized form (same length); ``norm`` is
    ``normalize(text)`` when the caller has it."""
    norm = norm if norm is not None else normalize(text)
    if not norm.breaks:  # one for one all along: the normalized text is the view
        return norm.text
    view = list(text)
    # Between two breaks the texts advance together, so each run is copied as one slice; a
    # character that stands for several (… for ...) is the last of its run, as its length change
    # is what makes the next break. Characters normalization dropped keep their original form.
    runs = [(0, 0), *norm.breaks, (len(norm.text), None)]
    for (norm_at, orig_at), (norm_end, _) in zip(runs, runs[1:]):
        if norm_at >= norm_end:
            continue
        shift = orig_at - norm_at
        view[norm_at + shift : norm_end + shift] = norm.text[norm_at:norm_end]
        last = norm_end - 1
        if last in norm.wide:
            view[last + shift : norm.wide[last]] = norm.text[last] * (norm.wide[last] - last - shift)
    return "".join(view)


def _context(doc: Doc) -> _Context:
    table = doc._.zh_table
    text, norm = text_and_normalized(doc)
    sentences = []
    for first, stop in table.sentence_ranges():  # doc.sents, without building Span objects
        begin = table.starts[first]
        chunk = text[begin : table.starts[stop - 1] + len(table.texts[stop - 1])]
        body = chunk.lstrip()
        if body:
            start = begin + (len(chunk) - len(body))
            sentences.append((start, start + len(body.rstrip())))
    view = _mark_view(text, norm)
    cues = {m.start(): m.group(1) for m in _CUE_SITES.finditer(view)}
    return _Context(
        text=text,
        view=view,
        base=doc._.zh_base or 0,
        token_texts=table.texts,
        token_tags=table.tags,
        token_starts=table.starts,
        sentences=sentences,
        sentence_starts=[s for s, _ in sentences],
        cues=cues,
        reported_cue_sites=[i for i, cue in cues.items() if cue in REPORTED_CUES],
    )


def _sentence_of(ctx: _Context, offset: int) -> int:
    return max(0, bisect.bisect_right(ctx.sentence_starts, offset) - 1)


def _tokens_in(ctx: _Context, start: int, end: int) -> list[_Tok]:
    starts = ctx.token_starts
    first = bisect.bisect_left(starts, start)
    # The words that begin in the span, found by bisection; those that run past its end are left out.
    return [tok for tok in map(ctx.token, range(first, bisect.bisect_left(starts, end, first))) if tok.end <= end]


def _at_token_start(ctx: _Context, offset: int) -> bool:
    i = bisect.bisect_left(ctx.token_starts, offset)
    return i < len(ctx.token_starts) and ctx.token_starts[i] == offset


# ---------------------------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------------------------
# The characters that open, close or cut off a quotation: the pairing below reads nothing else.
_QUOTE_MARKS = re.compile("[\n" + "".join(OPENING) + "".join(CLOSING) + "]")


def _pair_quotes(ctx: _Context) -> list[_Quote]:
    """Matched quotation marks, nested ones included; titles in 《》 are no quotes, quotes in them are.

    A closing mark pairs with the nearest open mark of its kind, and the marks opened after that
    one are dropped (never closed). Linear in the marks: each open mark's place is kept on a stack
    of its own kind, so a closing mark finds its partner at once (searching the whole stack made
    「 × n then ” × n cost n times n), and the quotes come out nested, so one pass over them in
    order finds each one's parent.
    """
    quotes: list[_Quote] = []
    stack: list[tuple[str, int]] = []
    open_of_kind: dict[str, list[int]] = {ch: [] for ch in OPENING}  # depths in ``stack``
    for mark in _QUOTE_MARKS.finditer(ctx.view):
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            stack.clear()  # a paragraph never leaves a quotation open
            for depths in open_of_kind.values():
                depths.clear()
        elif ch in OPENING and not (ch == "‘" and stack and stack[-1][0] == "‘"):
            open_of_kind[ch].append(len(stack))
            stack.append((ch, i))
        elif ch in CLOSING:
            depths = open_of_kind[CLOSING[ch]]
            if depths:
                depth = depths[-1]
                quotes.append(_Quote(stack[depth][1], i + 1, depth))
                while len(stack) > depth:
                    open_of_kind[stack.pop()[0]].pop()
    quotes.sort(key=lambda q: (q.start, -q.end))
    enclosing: list[_Quote] = []  # the quotes around the current one, outermost first
    for q in quotes:
        while enclosing and enclosing[-1].end < q.end:
            enclosing.pop()  # it ended before q began (quotes nest, they never cross)
        q.parent = enclosing[-1] if enclosing else None
        enclosing.append(q)
    return quotes


def _content(ctx: _Context, q: _Quote) -> str:
    return ctx.view[q.start + 1 : q.end - 1]


def _prev_char(ctx: _Context, i: int) -> str:
    """The visible character before offset ``i`` ('' at the start, '\\n' at a paragraph start)."""
    j = i - 1
    while j >= 0 and ctx.view[j] in " \t\u3000\r":
        j -= 1
    return ctx.view[j] if j >= 0 else ""


def _next_char(ctx: _Context, i: int) -> str:
    j = i
    while j < len(ctx.view) and ctx.view[j] in " \t\u3000\r":
        j += 1
    return ctx.view[j] if j < len(ctx.view) else ""


def _clause_shaped(ctx: _Context, q: _Quote) -> bool:
    """A quotation that stands as a clause of its own, not a noun phrase inside one."""
    content = _content(ctx, q).strip()
    if not content:
        return False
    before, after = _prev_char(ctx, q.start), _next_char(ctx, q.end)
    ends_sentence = content[-1] in SENTENCE_END + "，"
    next_tok = _tokens_in(ctx, q.end, q.end + 8)[:1]
    stands_alone = before in ("", "\n", "：", "，", "。", "！", "？", "…", "；", "”", "」", "』") and (
        ends_sentence
        or after in ("", "\n", "，", "。", "！", "？", "…", "；", "“", "「", "、")
        or after in CLOSING
        or _cue_starts_at(ctx, q.end) is not None
        or bool(next_tok) and next_tok[0].tag in ("r", "nr", "nrfg", "nrt", "nt", "eng")
    )
    punctuated = content[-1] in SENTENCE_END + "，" or re.search(r"[，。！？；]", content) is not None
    return stands_alone and (punctuated or len(content) >= 6)


# The cues in REPORTING_CUES order (longest first): a regex alternation tries them in that order.
# Inside a lookahead every match is empty, so finditer reports each offset where a cue begins,
# overlapping ones included, with the cue a match at that offset would give; the leading class of
# first characters lets the regex engine skip the other offsets without trying the alternation.
_CUE_SITES = re.compile(
    "(?=[" + re.escape("".join(sorted({cue[0] for cue in REPORTING_CUES}))) + "])"
    "(?=(" + "|".join(re.escape(cue) for cue in REPORTING_CUES) + "))"
)
# 在…看来， (the cue of reported speech whose source stands between 在 and 看来), at each offset.
_IN_VIEW_SITES = re.compile(r"(?=(在([^，。；：！？\n“”]{1,24}?)看来，))")


def _cue_starts_at(ctx: _Context, i: int) -> str | None:
    return ctx.cues.get(i)


# ---------------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------------
def _is_name_token(tok: _Tok) -> bool:
    if len(tok.text) >= 3 and tok.text[0] in SURNAMES and tok.text[1:] in HONORIFICS:
        return True  # 王先生/nr
    return (
        tok.tag in NAME_TAGS
        and tok.text not in NOT_NAMES
        and not tok.text.endswith(ROLE_NOUNS)
        and 2 <= len(tok.text) <= 6
        and re.fullmatch(r"[\u4e00-\u9fff·•]+", tok.text) is not None
    )


def _cue_word(word: str) -> bool:
    return word in _CUE_WORDS


def _np_runs(toks: list[_Tok], text: str) -> list[list[_Tok]]:
    """Maximal runs of nominal tokens (with 、 between nominals) — candidate speaker phrases."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        nominal = (
            tok.text in DETERMINERS and nxt is not None and nxt.tag.startswith("n")
            or tok.text in DETERMINERS and nxt is not None and nxt.tag == "v" and len(nxt.text) == 2 and k + 2 < len(toks)
            and (toks[k + 2].tag.startswith("n") or toks[k + 2].text in ATTRIBUTIVE_VERBS)
            or tok.tag == "v" and len(tok.text) == 2 and bool(cur) and cur[-1].text in DETERMINERS and nxt is not None
            and (nxt.tag.startswith("n") or nxt.text in ATTRIBUTIVE_VERBS) and not _cue_word(tok.text)
            or (tok.tag == "vn" or tok.tag == "v" and tok.text in ATTRIBUTIVE_VERBS) and len(tok.text) == 2
            and nxt is not None and nxt.tag.startswith("n") and not (_cue_word(tok.text) and tok.tag == "v")
            or tok.tag in ("b", "s") and nxt is not None and (nxt.tag.startswith("n") or nxt.tag in ("b",))
            or tok.text in ("·", "•") and bool(cur) and nxt is not None and nxt.tag in NAME_TAGS | {"ns", "nz", "n"}
            or tok.tag in NOUN_TAGS
            or tok.text in PRONOUNS
            or tok.text in PARTY_WORDS
            or tok.text.endswith(ROLE_NOUNS)
            or tok.text in ("方面",)
            or (tok.tag.startswith("n"))
        ) and not (tok.tag == "x" and tok.text not in ("·", "•"))
        if tok.text == "、" and cur and k + 1 < len(toks) and toks[k + 1].tag in NOUN_TAGS:
            cur.append(tok)
            continue
        if tok.text in PRONOUNS:  # a pronoun is a phrase of its own
            if cur:
                runs.append(cur)
            runs.append([tok])
            cur = []
            continue
        if not nominal and cur and len(tok.text) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", tok.text) \
                and tok.text not in NAME_STOP_WORDS and (
                    (cur[-1].text.endswith(ROLE_NOUNS) and k + 1 < len(toks) and (toks[k + 1].tag in NAME_TAGS or toks[k + 1].tag in ("ng", "zg")))
                    or (cur[-1].text.endswith(ROLE_NOUNS) and tok.text in SURNAMES and k + 1 < len(toks)
                        and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", toks[k + 1].text) and toks[k + 1].tag[:1] in ("n", "a", "v"))
                    or (cur[-1].tag in NAME_TAGS and len(cur) >= 2 and len(cur[-1].text) >= 2 and cur[-2].tag in ("ns", "zg", "nrt", "nr") and len(cur[-2].text) == 1)
                ):
            nominal = True  # 发言人扎/v 哈罗/nrt 娃/ng
        if not nominal and cur and cur[-1].tag == "eng" and tok.text in SURNAMES:
            nominal = True  # a Latin name with a Han surname, whatever jieba tags it: Super黄/a
        if nominal:
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _name_in_run(run: list[_Tok], text: str) -> tuple[int, int] | None:
    """(start, end) of a personal name in the run: jieba nr words, surname + given name, Latin + Han
    pseudonyms (Super黄)."""
    for k, tok in enumerate(run):
        nxt = run[k + 1] if k + 1 < len(run) else None
        # Latin name with a Han surname (Super黄), or a Latin name before (化名).
        if tok.tag == "eng" and nxt is not None and len(nxt.text) == 1 and nxt.text in SURNAMES:
            return tok.start, nxt.end
        if len(tok.text) == 1 and tok.text in SURNAMES and nxt is not None and nxt.text in HONORIFICS:
            return tok.start, nxt.end
        if len(tok.text) in (1, 2) and tok.text[0] in "小老" and tok.text[-1] in SURNAMES and tok.tag in NAME_TAGS and len(tok.text) == 2:
            return tok.start, tok.end
        if len(tok.text) == 1 and tok.text in SURNAMES and tok.tag in NAME_TAGS | {"n", "ng", "nz", "zg"}:
            if nxt is not None and 1 <= len(nxt.text) <= 2 and nxt.tag in ("n", "nr", "ng", "nz", "ns", "a", "v", "vn") \
                    and not nxt.text.endswith(ROLE_NOUNS) and re.fullmatch(r"[\u4e00-\u9fff]+", nxt.text):
                return tok.start, nxt.end
            if tok.tag in NAME_TAGS and nxt is not None and nxt.text.endswith(ROLE_NOUNS):
                continue
        if _is_name_token(tok) or tok.tag in ("nrt",) and tok.text not in NOT_NAMES and re.fullmatch(r"[\u4e00-\u9fff]{2,}", tok.text):
            end = tok.end
            m = k + 1
            # 普拉/nrt 昌达/nr, 杰夫/nrt 瑞/ns ·/x 萨克斯/nr: a foreign name cut into pieces
            if tok.text[0] not in SURNAMES or tok.tag == "nrt":
                while m < len(run) and (
                    run[m].tag in NAME_TAGS | {"zg", "ng"} and not run[m].text.endswith(ROLE_NOUNS) and run[m].text not in NOT_NAMES
                    or run[m].text in ("·", "•")
                    or len(run[m].text) == 1 and run[m].tag in ("ns", "n", "v") and m + 1 < len(run) and run[m + 1].text in ("·", "•")
                ):
                    end = run[m].end
                    m += 1
            # foreign names cut in two (马克/nr 龙/n)
            if end == tok.end and nxt is not None and len(nxt.text) == 1 and nxt.tag in ("n", "nr") and not nxt.text.endswith(ROLE_NOUNS) \
                    and k + 1 == len(run) - 1 and len(tok.text) >= 2 and tok.tag == "nr" and tok.text[0] not in SURNAMES:
                end = nxt.end
            return tok.start, end
    return None




def _name_after_role(run: list[_Tok], text: str) -> tuple[int, int] | None:
    """A name right after a role noun, however jieba cut it: 发言人扎/哈罗/娃, 总干事格罗/西在,
    总统普京/ns."""
    for k in range(len(run) - 1, -1, -1):
        if not run[k].text.endswith(ROLE_NOUNS) or run[k].text in ("记者",):
            continue
        tail = run[k + 1 :]
        if not tail:
            return None
        start, end, named = tail[0].start, tail[0].start, False
        for n, tok in enumerate(tail):
            if tok.text.endswith(ROLE_NOUNS) or tok.text.endswith(ORG_SUFFIXES) and len(tok.text) > 1 \
                    or not re.fullmatch(r"[\u4e00-\u9fff·•]+", tok.text) or tok.text in NAME_STOP_WORDS \
                    or tok.text in NOT_NAMES:
                break
            # 主席汪洋/nr 主持/v 会议: the name stops at the verb (a first piece may be tagged v: 扎/v 哈罗/nrt)
            if n > 0 and len(tok.text) > 1 and tok.tag[:1] in ("v", "p", "d", "c", "u", "m", "t", "f", "q", "r", "l"):
                break
            end = tok.end
            named = named or tok.tag in NAME_TAGS or tok.tag in ("ns", "zg")
        if named and 2 <= end - start <= 8:
            return start, end
        return None
    return None


def _classify_run(run: list[_Tok], text: str, sentence_subject: bool) -> _Mention | None:
    while run and run[0].text == "、":
        run = run[1:]
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    phrase = text[start:end]
    if len(run) == 1 and run[0].text in PRONOUNS:
        return _Mention(start, end, "pronoun")
    name = _name_in_run(run, text)
    after_role = _name_after_role(run, text)
    if after_role is not None and (name is None or name[0] > after_role[0] or name[0] == after_role[0] and name[1] < after_role[1]):
        name = after_role
    if name is not None:
        # regnal names keep their title and number: 阿尔贝亲王二世, 查尔斯三世
        regnal = re.match(r"(?:亲王|国王|女王|王子|大公|苏丹|埃米尔)?[一二三四五六七八九十]+世", text[name[1] : end])
        if regnal:
            name = (name[0], name[1] + regnal.end())
        role = (start, name[0]) if name[0] > start else None
        after = text[name[1] : end]
        pseudo = PSEUDONYM.match(text, name[1]) is not None
        if after and not pseudo:
            # a name followed by a role noun of its own phrase (王毅外长): the name is still the mention
            pass
        return _Mention(name[0], name[1], "name", role=role, pseudonym=pseudo)
    last = run[-1].text
    if last in PARTY_WORDS or phrase.endswith(("方面",)) or re.search(r"[中美俄日韩英法德朝印欧乌菲越以伊外双各]方$", phrase):
        return _Mention(start, end, "org")
    if phrase.endswith(ROLE_NOUNS) and phrase not in ("记者", "本台记者", "作者"):
        return _Mention(start, end, "role")
    if any(t.tag == "nt" for t in run) or (phrase.endswith(ORG_SUFFIXES) and len(phrase) >= 3):
        return _Mention(start, end, "org")
    if last in DOCUMENT_NOUNS and sentence_subject:
        return _Mention(start, end, "document")
    if len(run) == 1 and run[0].tag == "ns" and sentence_subject:
        return _Mention(start, end, "place")
    if len(run) == 1 and run[0].tag in ("nz", "eng") and sentence_subject:
        return _Mention(start, end, "org")
    return None


def _find_speaker(ctx: _Context, start: int, end: int, allow_bare: bool = True) -> _Mention | None:
    """The speaker mention in ``doc.text[start:end]`` (the words before a cue, or after a quote).

    Addressees (向/对 X), sources in adverbials (在 X 上) and 《》 titles after a preposition are
    skipped; a 被 agent wins; otherwise a name beats a pronoun, an organisation, a role, a document."""
    toks = [t for t in _tokens_in(ctx, start, end) if t.text.strip()]
    if not toks:
        return None
    text = ctx.text
    # 《意见》指出: a title right before the cue speaks.
    if toks[-1].text in ("》",) and "《" in text[start:end]:
        k = text.rfind("《", start, end)
        if k >= 0 and (k == start or ctx.view[k - 1] in "，。：；、\n" or k - start < 2):
            return _Mention(k, toks[-1].end, "document")
    # 网友“枫声竹韵”说: the screen name in marks is the mention
    m = re.search(r"(?:网友|用户|博主|网名|昵称)“([^“”]{1,16})”\s*$", ctx.view[start:end])
    if m:
        return _Mention(start + m.start(1), start + m.end(1), "name", role=(start + m.start(), start + m.start(1) - 1))
    # mask: tokens governed by a preposition (addressee, adverbial) up to the next verb/localizer
    masked: set[int] = set()
    agent_idx: int | None = None
    k = 0
    in_title = False
    while k < len(toks):
        tok = toks[k]
        if tok.text == "《":
            in_title = True
        if in_title:
            masked.add(k)
            if tok.text == "》":
                in_title = False
            k += 1
            continue
        if tok.text == "被" and k + 1 < len(toks):
            agent_idx = k + 1
        if tok.tag == "p" and tok.text in ADDRESSEE_PREPOSITIONS | SOURCE_PREPOSITIONS | {"在", "于", "经", "随着", "对于", "关于", "针对"}:
            j = k + 1
            while j < len(toks) and toks[j].tag not in ("v", "f", "p", "uj", "x", "c", "d") and toks[j].text not in ("时", "中", "上", "里", "下", "后", "前", "期间"):
                masked.add(j)
                j += 1
            if j < len(toks) and toks[j].text == "《":
                while j < len(toks) and toks[j].text != "》":
                    masked.add(j)
                    j += 1
                masked.add(j)
                j += 1
                while j < len(toks) and toks[j].tag in NOUN_TAGS:
                    masked.add(j)
                    j += 1
            # 在…时/中/上 and 接受…采访: the whole adverbial up to its localizer
            if tok.text in ("在", "于") and j < len(toks):
                m = j
                while m < len(toks) and toks[m].text not in ("时", "中", "上", "里", "期间", "之际", "看来", "的", "，") and toks[m].tag != "x":
                    m += 1
                if m < len(toks) and toks[m].text in ("时", "中", "上", "里", "期间", "之际"):
                    masked.update(range(k + 1, m + 1))
                    j = m + 1
                elif m == len(toks) and any(t.tag[:1] in ("n", "r", "j") for t in toks[:k]):
                    # X在PLACE表示: the place phrase runs up to the cue; the speaker stands before it
                    masked.update(range(k + 1, m))
                    j = m
            k = j
            continue
        if tok.text == "接受" or tok.text == "采访":
            masked.add(k)
        elif tok.tag == "v" and tok.text in OBJECT_VERBS and k > 0:
            # 特朗普发表新春贺词说: what the subject issues or meets is the verb's object, no speaker
            j = k + 1
            while j < len(toks) and toks[j].tag not in ("v", "x", "p", "c", "d") and toks[j].tag[:1] != "u":
                masked.add(j)
                j += 1
            k = j
            continue
        k += 1
    if agent_idx is not None:
        run = []
        j = agent_idx
        while j < len(toks) and toks[j].tag in NOUN_TAGS | {"r"}:
            run.append(toks[j])
            j += 1
        if run:
            m = _classify_run(run, text, True) or _Mention(run[0].start, run[-1].end, "org")
            return m
    # runs must not join across masked material
    runs: list[list[_Tok]] = []
    seg: list[_Tok] = []
    for i, t in enumerate(toks):
        if i in masked:
            if seg:
                runs.extend(_np_runs(seg, text))
            seg = []
        else:
            seg.append(t)
    if seg:
        runs.extend(_np_runs(seg, text))
    best: _Mention | None = None
    for r_i, run in enumerate(runs):
        # a place, title or product speaks only as the bare subject right before the cue
        rest = [t for t in toks if t.start >= run[-1].end]
        subject = r_i == 0 and all(t.tag in ("t", "d", "ad", "c", "m") or t.text in ("今天", "当天", "日前", "近日") for t in rest)
        m = _classify_run(run, text, subject)
        if m is None:
            continue
        # a descriptive 的 phrase before a name (担任AI产品顾问的Super黄) is part of its role
        # the name nearest the cue speaks (参与了…修正的全国人大代表马一德表示)
        if best is None or _PRIORITY[m.kind] < _PRIORITY[best.kind] or m.kind == best.kind == "name":
            best = m
    if best is not None and best.kind == "name":
        best = _extend_name(ctx, best, end)
    if best is not None and best.kind == "role" and best.end < end:
        # 组织代表舒利/a 金/nr 12日表示: a name jieba did not see, after the role and before the time
        cut = end
        for tok in reversed([t for t in toks if t.start >= best.end]):
            if tok.tag in ("t", "d", "m") or re.fullmatch(r"\d+[日号]|今天|当天|日前|近日|也|还|则|再次", tok.text):
                cut = tok.start
            else:
                break
        named = _role_then_name(ctx, best.start, cut, strict=True) if cut > best.end else None
        if named is not None and named.start >= best.end:
            best = named
    if best is None and allow_bare:
        best = _bare_subject(ctx, toks, end)
    if best is not None and best.kind in ("role", "org") and best.end < end:
        # 多/m 国政/n 要/v: the person noun jieba cut across (政要) ends one character later
        longer = ctx.text[best.start : best.end + 1]
        if longer.endswith(ROLE_NOUNS) \
                and _role_head(longer) is not None and len(_role_head(longer)) >= 2 \
                and not ctx.text[best.start : best.end].endswith(_role_head(longer)):
            best = _Mention(best.start, best.end + 1, "role")
    if best is not None and best.kind in ("role", "org") and re.search(r"媒体|报道|网站|消息人士$", ctx.text[best.start : best.end]) \
            and not any(t.tag == "nt" for t in _tokens_in(ctx, best.start, best.end)):
        return None  # 以色列媒体报道称, 当地媒体: unnamed sources
    return best


def _extend_name(ctx: _Context, m: _Mention, limit: int) -> _Mention:
    """蔡溪/nr 发/v：, ，肯/v 雅塔/nrt 说, 岸/n 田文雄/nr: jieba left a character of the name outside it."""
    prev = _tokens_in(ctx, m.start - 1, m.start)
    if prev and len(prev[0].text) == 1 and re.match(r"[\u4e00-\u9fff]", prev[0].text) and prev[0].text not in NAME_STOP_WORDS \
            and prev[0].tag not in ("p", "d", "c", "u", "uj", "ul", "f", "m", "q", "r") and not prev[0].text.endswith(ROLE_NOUNS) \
            and (m.role is None or m.role[1] <= prev[0].start or m.role[1] == m.start):
        before = _prev_char(ctx, prev[0].start)
        before_tok = _tokens_in(ctx, prev[0].start - 4, prev[0].start)
        if before in ("", "\n", "，", "。", "：", "；", "、", "”") or before_tok and (
            before_tok[-1].text.endswith(ROLE_NOUNS) or before_tok[-1].tag == "ns" or before_tok[-1].text == "的"
        ):
            if len(ctx.text[m.start : m.end]) >= 2:
                role = (m.role[0], prev[0].start) if m.role and m.role[0] < prev[0].start else None
                return _Mention(prev[0].start, m.end, "name", role=role, pseudonym=m.pseudonym)
    name = ctx.text[m.start : m.end]
    if len(name) != 2 or name[0] not in SURNAMES or m.pseudonym:
        return m
    nxt = _tokens_in(ctx, m.end, m.end + 1)
    if not nxt or len(nxt[0].text) != 1 or nxt[0].text in NAME_STOP_WORDS or not re.match(r"[\u4e00-\u9fff]", nxt[0].text):
        return m
    if nxt[0].text.endswith(ROLE_NOUNS) or nxt[0].tag in ("p", "d", "c", "u", "uj", "ul", "f", "m", "q", "r"):
        return m
    after = m.end + 1
    if after == limit or ctx.view[after : after + 1] in ("：", "，", "（", "(") or _cue_starts_at(ctx, after) or \
            ctx.view[after : after + 1] in ("在", "向", "对") or re.match(r"\d", ctx.view[after : after + 1]):
        return _Mention(m.start, after, "name", role=m.role, pseudonym=PSEUDONYM.match(ctx.text, after) is not None)
    return m


def _bare_subject(ctx: _Context, toks: list[_Tok], end: int) -> _Mention | None:
    """The words opening the clause up to its first adverb, preposition or verb, when jieba missed
    the name in them (沈/nr 丹阳/ns, 国家/n 防总/v, 祖马/n, 标普/n)."""
    if not toks or not (toks[0].tag.startswith("n") or toks[0].tag in ("j", "eng") or toks[0].text in DETERMINERS):
        return None
    if toks[0].text in PRONOUNS or toks[0].text in DOCUMENT_NOUNS or toks[0].text in ("记者", "本台记者"):
        return None
    stop = None
    for k, tok in enumerate(toks):
        if tok.tag in ("d", "p", "t", "c", "m", "x", "uj", "ad", "f", "r") and k > 0 or tok.text in NAME_STOP_WORDS \
                or tok.tag == "v" and k > 0 and (tok.text in ACTION_VERBS or k >= 2):
            stop = tok.start
            break
    stop = end if stop is None else stop
    phrase = ctx.text[toks[0].start : stop]
    if not 2 <= len(phrase) <= 10 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9·]+", phrase):
        return None
    for role in ROLE_NOUNS:  # 南非总统祖马/n: the words after the role are the name
        at = phrase.rfind(role)
        if at > 0 and 2 <= len(phrase) - at - len(role) <= 5 and not phrase.endswith(ROLE_NOUNS):
            head = toks[0].start + at + len(role)
            return _Mention(head, stop, "name", role=(toks[0].start, head))
    if "发表" in phrase or phrase.endswith(("消息", "新闻联播")) or phrase in VAGUE_SUBJECTS or phrase.endswith(("舆论", "人们", "大家")) or phrase.endswith(("显示", "表明", "发现")):
        return None
    return _Mention(toks[0].start, stop, "role")


def _earlier_subject(ctx: _Context, clause: int, lower: int) -> _Mention | None:
    """The subject carried over from an earlier clause of the sentence: the mention that opens a
    clause (巴勒斯坦当天谴责…，认为…; 她谢绝了…，拉起两个小儿子，对他们说 -> 她), looked for at most
    four clause lengths back (a sentence of many clauses would make every cue read all of it)."""
    lower = max(lower, clause - 4 * MAX_CLAUSE)
    k = clause
    while k > lower and ctx.view[k - 1] != "：":
        k2 = _clause_start(ctx, k - 1, lower)
        toks = [t for t in _tokens_in(ctx, k2, k - 1) if t.text.strip()]
        while toks and (toks[0].tag in ("t", "d", "c", "ad") or toks[0].text in ("而", "但", "并", "同时")):
            toks = toks[1:]
        if toks and not ctx.view.startswith(ADVERBIAL_OPENERS, toks[0].start) and _inside_quote(ctx, toks[0].start) is None:
            m = _find_speaker(ctx, toks[0].start, k - 1, allow_bare=False)
            if m is not None and m.start == toks[0].start or m is not None and m.role and m.role[0] == toks[0].start:
                return m
        k = k2
    return None


def _resolve(ctx: _Context, mention: _Mention) -> _Mention | None:
    """The nearest named person before a pronoun (他 -> 朱啸虎), looked for in its own and the three
    sentences before."""
    if ctx.text[mention.start : mention.end] not in ("他", "她"):
        return None
    s = _sentence_of(ctx, mention.start)
    # Chinese news carries the subject on: 他 is the first person named in the nearest sentence
    # that names one (格拉齐亚诺…欢迎李克强…。他表示 -> 格拉齐亚诺).
    for k in range(s, max(-1, s - 4), -1):
        a = ctx.sentences[k][0]
        b = min(ctx.sentences[k][1], mention.start)
        toks = [t for t in _tokens_in(ctx, a, b) if t.text.strip()]
        for run in _np_runs(toks, ctx.text):
            name = _name_in_run(run, ctx.text)
            after_role = _name_after_role(run, ctx.text)
            if after_role is not None and (name is None or name[0] > after_role[0] or name[0] == after_role[0] and name[1] < after_role[1]):
                name = after_role
            if name is not None and _inside_quote(ctx, name[0]) is None:
                return _Mention(name[0], name[1], "name")
    return None


def _speaker_model(ctx: _Context, m: _Mention | None) -> Speaker | None:
    if m is None:
        return None
    base = ctx.base
    resolved = ctx.resolved.get(id(m))
    if resolved is None and m.kind == "pronoun":
        resolved = _resolve(ctx, m)
    if resolved is None and m.kind == "role":
        resolved = _resolve_description(ctx, m)
    role = None
    if m.role is not None:
        role = ctx.text[m.role[0] : m.role[1]].strip("、，, ") or None
    return Speaker(
        text=ctx.text[m.start : m.end],
        start=base + m.start,
        end=base + m.end,
        resolved=_speaker_model(ctx, resolved) if resolved else None,
        role=role,
        pseudonym=m.pseudonym,
    )


# ---------------------------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------------------------
#: How far back a clause is looked for: a clause of news runs to a few dozen characters, and a
#: text with no punctuation (据说表示称指出 repeated) made every cue read back to the start of the
#: text, quadratic in its length.
MAX_CLAUSE = 200


def _clause_start(ctx: _Context, i: int, lower: int = 0) -> int:
    """Start of the clause that contains offset ``i`` (after the previous ，。：；！？ or line break),
    skipping quotations; at most ``MAX_CLAUSE`` characters back."""
    lower = max(lower, i - MAX_CLAUSE)
    j = i - 1
    while j >= lower:
        ch = ctx.view[j]
        if ch in CLOSING:
            opener = next((q.start for q in ctx.quotes if q.end == j + 1), None)
            if opener is not None and opener >= lower:
                j = opener - 1
                continue
        if ch in "。！？…；，：\n":
            return j + 1
        j -= 1
    return lower


def _valid_cue(ctx: _Context, start: int, cue: str) -> bool:
    end = start + len(cue)
    view = ctx.view
    if not _at_token_start(ctx, start):
        return False
    before = view[start - 1] if start else ""
    after = view[end] if end < len(view) else ""
    base_cue = cue[:-1] if cue.endswith(("道", "说")) and len(cue) > 1 and cue not in ("说道",) else cue
    if before in NOT_CUE_BEFORE.get(cue, ()) or before in NOT_CUE_BEFORE.get(base_cue, ()):
        return False
    if after in NOT_CUE_AFTER.get(cue, ()):
        return False
    if cue == "说" and view[max(0, start - 2) : start] in ("就是", "比如", "应该", "不用", "一般", "换句", "所以"):
        return False
    # the cue must be a whole jieba word or begin one that is the cue plus 了/道/着/到
    toks = _tokens_in(ctx, start, start + 6)
    if toks:
        first = toks[0].text
        if not (cue.startswith(first) or first.startswith(cue) and first[len(cue) :] in ("", "了", "道", "着", "到", "称")):
            return False
    return True


# 告诉(记者)说：“ — the addressee of 告诉 between the cue and the quotation.
_TOLD_BEFORE = re.compile(r"(告诉|对|向)([^，。：；！？“”]{0,10}?)(说|表示|：|，)?$")
# The cues by their last character, each list in REPORTING_CUES order: only these can end at a
# given offset, and trying all of them there cost more than the rest of the attribution.
_CUES_BY_LAST: dict[str, list[str]] = {}
for _cue in REPORTING_CUES:
    _CUES_BY_LAST.setdefault(_cue[-1], []).append(_cue)


def _cue_before(ctx: _Context, q: _Quote) -> tuple[str, int] | None:
    """A cue right before the quotation (说：“ / 指出，“ / 强调“)."""
    i = q.start
    j = i
    while j > 0 and ctx.view[j - 1] in " \t\u3000":
        j -= 1
    if j > 0 and ctx.view[j - 1] in "：，":
        j -= 1
    m = _TOLD_BEFORE.search(ctx.view[max(0, j - 16) : j])
    if m and m.group(1) == "告诉" and m.group(3) in (None, "：", "，"):
        s0 = max(0, j - 16) + m.start(1)
        if _valid_cue(ctx, s0, "告诉"):
            return "告诉", s0
    for extra in ("", "道", "了", "着", "过"):
        k = j - len(extra)
        if extra and not ctx.view.startswith(extra, k):
            continue
        for cue in _CUES_BY_LAST.get(ctx.view[k - 1], ()) if k > 0 else ():
            s = k - len(cue)
            if s >= 0 and ctx.view.startswith(cue, s) and _valid_cue(ctx, s, cue):
                g = _group_start(ctx, s, cue)
                return ctx.text[g : s + len(cue)], g
    return None


# A speech verb before 称/说 makes one cue with it (分析称, 评论说, 谴责说).
GROUP_HEADS = frozenset("分析 评论 评价 谴责 解释 警告 批评 抱怨 感叹 感慨 声明 回应 反驳 指责 总结 报告 "
                        "发文 撰文 致辞 讲话 发言 补充 回忆 透露 强调 表示 介绍 预测 预计".split())


def _group_start(ctx: _Context, start: int, cue: str) -> int:
    if cue not in ("称", "说", "道", "稱", "說"):
        return start
    prev = _tokens_in(ctx, start - 4, start)
    if prev and prev[-1].end == start and prev[-1].text in GROUP_HEADS:
        return prev[-1].start
    return start


# ---------------------------------------------------------------------------------------------
# Attribution of quotations
# ---------------------------------------------------------------------------------------------
def _attribute_before(ctx: _Context, q: _Quote, lower: int) -> bool:
    found = _cue_before(ctx, q)
    nxt = _next_char(ctx, q.end)
    content = _content(ctx, q).rstrip()
    if found is not None and nxt and re.match(r"[\u4e00-\u9fff]", nxt) and content and content[-1] not in SENTENCE_END + "，" \
            and _cue_starts_at(ctx, q.end) is None:
        return False  # 说，“不忘初心、牢记使命”不是一阵子的事: the quote is a noun phrase of the clause
    sent_start = ctx.sentences[_sentence_of(ctx, q.start)][0] if ctx.sentences else 0
    lower = max(lower, sent_start)
    if found is not None:
        cue, cs = found
        clause = _clause_start(ctx, cs, lower)
        m = _find_speaker(ctx, clause, cs)
        if m is None:  # the subject of an earlier clause (X谴责…，认为“…”)
            m = _earlier_subject(ctx, clause, lower)
        if m is None:
            m = _previous_speaker(ctx, q.start)
        if m is not None:
            q.kind, q.speaker, q.cue = "direct", m, cue
            return True
        return False
    # X：“…” with a speaker phrase and no verb (村民张三：“…”)
    if _prev_char(ctx, q.start) == "：":
        colon = ctx.view.rfind("：", lower, q.start)
        clause = _clause_start(ctx, colon, lower)
        m = _find_speaker(ctx, clause, colon)
        tail = ctx.text[m.end : colon] if m else ""
        if m is None or m.kind == "role" and tail.strip() and not PSEUDONYM.fullmatch(tail):
            m = _role_then_name(ctx, clause, colon) or m  # 村支书麻妹英：, 人大代表 向平华：
            tail = ctx.text[m.end : colon] if m else ""
        if m is not None and m.kind in ("name", "role", "org", "pronoun") and (not tail.strip() or PSEUDONYM.fullmatch(tail)):
            q.kind, q.speaker, q.cue = "direct", m, None
            return True
    return False


# A role phrase and a name jieba did not see as one (村支书麻妹/n 英/j, 人大代表 向/p 平华/nz): the
# two to four Han characters after the last role noun of a transcript line's speaker phrase.
_ROLE_THEN_NAME = re.compile(
    "^(.*?(?:" + "|".join(map(re.escape, ROLE_NOUNS)) + "))[ \u3000]?([\u4e00-\u9fff][\u4e00-\u9fff·]{1,4})[ \u3000]*$"
)


def _role_then_name(ctx: _Context, start: int, end: int, strict: bool = False) -> _Mention | None:
    """The name after the role noun in ``text[start:end]`` (樟木镇樟木居委会村民坚参 -> 坚参); ``strict``
    (no colon line to vouch for it) wants a surname first or a piece jieba tags as a name."""
    phrase = ctx.text[start:end]
    lead = len(phrase) - len(phrase.lstrip())
    m = _ROLE_THEN_NAME.match(phrase.strip())
    if m is None:
        return None
    name = m.group(2)
    if name.endswith(ROLE_NOUNS) or name.endswith(ORG_SUFFIXES) or name in NOT_NAMES \
            or name[0] in NAME_STOP_WORDS and name[0] not in SURNAMES or any(ch in "的了是和与在说称" for ch in name[1:]):
        return None
    a = start + lead + m.start(2)
    pieces = _tokens_in(ctx, a, a + len(name))
    if strict and (name[0] not in SURNAMES and not any(t.tag in NAME_TAGS for t in pieces) or name[0] in "和与及同跟并或"):
        return None  # 奶奶嘴上说: 嘴上 is no name; 古巴学者和民众: 和 joins, it names no one
    for k, tok in enumerate(pieces):
        # 一位网友调侃道：: a verb, adverb or particle after the role is no name
        if tok.tag[:1] in ("v", "d", "c", "u", "p", "r", "m", "q") and not (k == 0 and tok.text in SURNAMES):
            return None
    return _Mention(a, a + len(name), "name", role=(start + lead, start + lead + m.end(1)))


def _attribute_after(ctx: _Context, q: _Quote, upper: int) -> bool:
    i = q.end
    while i < upper and ctx.view[i] in " \t\u3000，、":
        i += 1
    # the attribution ends at the sentence end, a new quotation or a paragraph break
    j = i
    commas = 0
    while j < upper and ctx.view[j] not in "。！？；\n“「『":
        if ctx.view[j] == "，":
            commas += 1
            if commas > 2:
                break
        j += 1
    window_end = j
    k = i
    while k < window_end:
        cue = _cue_starts_at(ctx, k)
        if cue and _valid_cue(ctx, k, cue):
            after_cue = k + len(cue) + ctx.view.startswith("道", k + len(cue))
            if _next_char(ctx, after_cue) == "：" and ctx.view[after_cue + 1 : after_cue + 2] in OPENING:
                return False  # 网友阿夫瑞迪留言：“…” opens the quotation after it, not the one before
            # the speaker is in the clause of the cue, between the quote and the cue
            clause = max(i, _clause_start(ctx, k, i))
            m = _find_speaker(ctx, clause, k)
            if m is not None:
                q.kind, q.speaker, q.cue = "direct", m, cue
                return True
            return False
        k += 1
    return False


def _previous_speaker(ctx: _Context, offset: int) -> _Mention | None:
    """The speaker of the quotation or reported statement just before ``offset`` (same or
    previous sentence)."""
    s = _sentence_of(ctx, offset)
    lo = ctx.sentences[s - 1][0] if s >= 1 else 0
    best = None
    for q in ctx.quotes:
        if q.speaker is not None and lo <= q.start < offset:
            best = q
    return best.speaker if best else None


def _sentence_subject(ctx: _Context, a: int, b: int) -> _Mention | None:
    """The first person named in a sentence outside quotations (返乡创业的90后姑娘杨春燕正忙着…)."""
    toks = [t for t in _tokens_in(ctx, a, b) if t.text.strip() and _inside_quote(ctx, t.start) is None]
    for run in _np_runs(toks, ctx.text):
        m = _classify_run(run, ctx.text, False)
        if m is not None and m.kind in ("name",):
            return m
    return None


def _attribute_previous(ctx: _Context, q: _Quote) -> bool:
    """A quotation opening its sentence: the speaker of the previous sentence (他说：\\n“…”), or the
    speaker of the quotation before it (“A。”“B。”)."""
    s = _sentence_of(ctx, q.start)
    if s == 0 or ctx.sentences[s][0] != q.start:
        return False
    content = _content(ctx, q).rstrip()
    if not content or content[-1] not in SENTENCE_END:
        return False
    prev_start, prev_end = ctx.sentences[s - 1]
    prev_view = ctx.view[prev_start:prev_end].rstrip()
    # previous sentence is an attributed quotation
    for p in ctx.quotes:
        if p is not q and p.kind == "direct" and p.speaker and prev_start <= p.start and p.end <= prev_end \
                and p.end >= prev_end - 3 and p.parent is None:
            q.kind, q.speaker, q.cue = "direct", p.speaker, None
            return True
    if FIRST_PERSON.search(_content(ctx, q)) and "\n" not in ctx.text[prev_end : q.start]:
        m = _sentence_subject(ctx, prev_start, prev_end)
        if m is not None and m.kind == "name":
            q.kind, q.speaker, q.cue = "direct", m, None
            return True
    if prev_view.endswith("："):
        colon = prev_start + len(prev_view) - 1
        clause = _clause_start(ctx, colon, prev_start)
        cue = None
        for c in REPORTING_CUES:
            for extra in ("", "道"):
                cs = colon - len(extra) - len(c)
                if cs >= clause and ctx.view.startswith(c + extra, cs) and _valid_cue(ctx, cs, c):
                    cue = (c, cs)
                    break
            if cue:
                break
        end = cue[1] if cue else colon
        m = _find_speaker(ctx, clause, end)
        if m is not None:
            q.kind, q.speaker, q.cue = "direct", m, cue[0] if cue else None
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Reported speech
# ---------------------------------------------------------------------------------------------
@dataclass
class _Reported:
    start: int
    end: int
    speaker: _Mention
    cue: str
    sentence: int


def _inside_quote(ctx: _Context, i: int) -> _Quote | None:
    """The outermost quotation around offset ``i``, found by bisection over the top-level ones (they
    never overlap): the passes ask this for many offsets, and a scan of every quotation made each
    ask linear in the article."""
    if ctx.top_quotes is None or ctx.top_quotes[0] is not ctx.quotes:
        top = [q for q in ctx.quotes if q.parent is None]
        ctx.top_quotes = (ctx.quotes, top, [q.start for q in top])
    _, top, starts = ctx.top_quotes
    k = bisect.bisect_right(starts, i) - 1
    if k >= 0 and i < top[k].end:
        return top[k]
    return None


# The addressee of 告诉 up to the mark that opens what was told (告诉本台记者，).
_ADDRESSEE = re.compile(r"[^，。：；！？\n“]{0,12}?[，：]")


def _reported(ctx: _Context) -> list[_Reported]:
    out: list[_Reported] = []
    view = ctx.view
    n = len(view)
    covered_until = -1
    in_view = {m.start(): m for m in _IN_VIEW_SITES.finditer(view)}
    # Only where a cue of reported speech or 在…看来， begins can a statement start.
    for i in sorted(in_view.keys() | set(ctx.reported_cue_sites)):
        if i < covered_until:
            continue
        cue = None
        cue_start = i
        m_kan = in_view.get(i)
        if m_kan:
            cue = "看来"
        else:
            cue = _cue_starts_at(ctx, i)
            if cue is None or cue not in REPORTED_CUES or not _valid_cue(ctx, i, cue):
                continue
        if _inside_quote(ctx, i) is not None:
            continue
        if not m_kan:
            cue_start = _group_start(ctx, i, cue)
        s = _sentence_of(ctx, i)
        sent_start, sent_end = ctx.sentences[s]
        if m_kan:
            speaker = _find_speaker(ctx, i + 1, i + 1 + len(m_kan.group(2)))
            content = m_kan.end(1)
            cue_written = "看来"
        else:
            cue_end = i + len(cue)
            k = cue_end
            if view.startswith("道", k) and cue in ("说", "写", "问") or view.startswith("过", k):
                k += 1
            if view.startswith("了", k):
                continue
            if cue == "告诉":
                # skip the addressee: 告诉(本台)记者，
                m = _ADDRESSEE.match(view, k)
                if not m:
                    continue
                k = m.end() - 1
            mark = view[k] if k < n else ""
            if mark in "，：":
                content = k + 1
            else:
                if cue in REPORTED_NEEDS_MARK:
                    continue
                if cue == "表示" and view.startswith(ATTITUDE_OBJECTS, k):
                    continue
                content = k
            clause = _clause_start(ctx, cue_start, sent_start)
            if cue in SOURCE_CUES:
                speaker = None
                src = re.search(r"[从向据自]([^，。；：从向]{1,20}?)(?:处|那里|方面)?$", view[clause:cue_start])
                if src:
                    a = clause + src.start(1)
                    b = clause + src.end(1)
                    speaker = _find_speaker(ctx, a, b) or _Mention(a, b, "org")
            elif view.startswith("据", clause) and not _at_token_start(ctx, clause + 1) is False:
                src = view[clause + 1 : cue_start]
                speaker = None
                if src and not re.search(r"报道|悉|了解|消息|统计|调查|媒体|估计|测算|分析", src) and len(src) <= 20:
                    speaker = _find_speaker(ctx, clause + 1, cue_start) or _Mention(clause + 1, cue_start, "org")
            else:
                speaker = _find_speaker(ctx, clause, cue_start)
                if speaker is None:
                    speaker = _earlier_subject(ctx, clause, sent_start)
                if speaker is None and clause == sent_start and cue_start < i and view[cue_start:i] in DOCUMENT_NOUNS:
                    speaker, cue_start = _Mention(cue_start, i, "document"), i  # 声明说，…: the statement speaks
                if speaker is None and clause == sent_start and mark in "，：" and mark \
                        and _SUBJECTLESS.fullmatch(view[sent_start:cue_start]):
                    speaker = _previous_subject(ctx, s)  # 萨苏…表示慰问。表示，刚方愿…
                if speaker is not None and speaker.kind in ("place", "document") and cue in ("预计", "预测", "说"):
                    speaker = None
            cue_written = ctx.text[cue_start:cue_end]
        if speaker is None:
            continue
        # the content runs to the end of the sentence
        while content < sent_end and view[content] in " \t\u3000":
            content += 1
        if sent_end - content < 4:
            continue
        if view[content] in OPENING:
            q = next((q for q in ctx.quotes if q.start == content), None)
            if q is not None and not view[q.end : sent_end].strip("。！？…；，, "):
                continue  # 他说：“…”。 is a direct quote, not reported speech
        if view[sent_end - 1] == "：":
            continue
        end = sent_end
        # continue over sentences where the same speaker plainly goes on (first person, no new source)
        s2 = s + 1
        while s2 < len(ctx.sentences):
            a, b = ctx.sentences[s2]
            if "\n" in ctx.text[end:a] or view[a] in OPENING:
                break
            nxt = view[a:b]
            if not FIRST_PERSON.search(nxt) or _has_new_source(ctx, a, b):
                break
            end = b
            s2 += 1
        out.append(_Reported(content, end, speaker, cue_written, s))
        covered_until = end
    return out


# What may stand before a cue that opens its sentence with no subject (同时指出，, 并强调，).
_SUBJECTLESS = re.compile(r"(?:同时|并|并且|还|也|又|此外|另外|随后|会上|最后)?")


def _previous_subject(ctx: _Context, s: int) -> _Mention | None:
    """The mention opening sentence ``s - 1`` of the same paragraph, the subject a sentence that starts
    with its cue goes on with (会议明确了…。强调，… -> 会议)."""
    if s == 0:
        return None
    a, b = ctx.sentences[s - 1]
    if "\n" in ctx.text[b : ctx.sentences[s][0]] or ctx.view[b - 1] not in "。！？":
        return None  # another paragraph, or a lead-in (央视网消息（新闻联播）：)
    a = max(a, ctx.view.rfind("：", a, b) + 1)  # past a lead-in the sentence opens with
    clause_end = a
    while clause_end < b and ctx.view[clause_end] not in "，。；：！？":
        clause_end += 1
    toks = [t for t in _tokens_in(ctx, a, clause_end) if t.text.strip()]
    while toks and toks[0].tag in ("t", "m") or toks and toks[0].text in ("当天", "今天", "日前", "近日"):
        toks = toks[1:]
    if not toks:
        return None
    # the subject ends where its predicate begins (会议/明确/ad 了…, 萨苏/对/p…)
    stop = next((t.start for t in toks[1:] if t.tag[:1] in ("v", "d", "p", "c") or t.tag == "ad"), clause_end)
    m = _find_speaker(ctx, toks[0].start, stop, allow_bare=True)
    if m is None:
        return None
    opens = m.start == toks[0].start or m.role is not None and m.role[0] == toks[0].start
    if not opens and m.kind == "document" and ctx.text[toks[0].start : m.start] in ("", "《"):
        opens = True
    if m.kind == "role" and _role_head(ctx.text[m.start : m.end]) is None:
        return None  # 今年粮食又获丰收: a subject, but no one who speaks
    return m if opens and m.kind in ("name", "org", "role", "document", "pronoun") else None


def _has_new_source(ctx: _Context, a: int, b: int) -> bool:
    sites = ctx.reported_cue_sites
    for k in sites[bisect.bisect_left(sites, a) : bisect.bisect_left(sites, b)]:
        if _valid_cue(ctx, k, ctx.cues[k]) and not _inside_quote(ctx, k):
            if _find_speaker(ctx, _clause_start(ctx, k, a), k) is not None:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------
def extract_quotes(doc: Doc) -> list[QuoteFact]:
    """Direct quotes, reported speech and other quoted text of ``doc``, in text order.

    >>> from pipeline.annotate.segment import shared_nlp
    >>> [(q.kind, q.text, q.speaker.text, q.cue) for q in extract_quotes(shared_nlp()("“好。”他说。"))]
    [('direct', '“好。”', '他', '说')]
    """
    ctx = _context(doc)
    if not ctx.sentences:
        return []
    ctx.quotes = _pair_quotes(ctx)
    # outer quotations first, so nested ones can see their parent's kind
    for q in sorted(ctx.quotes, key=lambda q: (q.depth, q.start)):
        lower = q.parent.start + 1 if q.parent else 0
        upper = q.parent.end - 1 if q.parent else len(ctx.text)
        attributed = _attribute_before(ctx, q, lower)
        if not attributed and _clause_shaped(ctx, q):
            attributed = _attribute_after(ctx, q, upper)
            if not attributed and q.parent is None:
                attributed = _attribute_previous(ctx, q)
        if attributed and not _clause_shaped(ctx, q) and _cue_before(ctx, q) is None:
            q.kind, q.speaker, q.cue = "other_quoted", None, None
        if attributed and _embedded(ctx, q):
            q.kind, q.speaker, q.cue = "other_quoted", None, None
    # split quotes: “A，”他表示，“B。” — the first part takes the speaker found for the second
    reported = _reported(ctx)
    for r in reported:
        for q in ctx.quotes:
            if q.kind == "other_quoted" and r.start <= q.start and q.end <= r.end and q.parent is None and (
                _clause_shaped(ctx, q) and _prev_char(ctx, q.start) in "，："
                or _speech_fragment(ctx, q)
            ):
                q.kind, q.speaker, q.cue = "direct", r.speaker, r.cue
    _carry_speakers(ctx, reported)
    facts: list[tuple[int, QuoteFact]] = []
    base = ctx.base
    for q in ctx.quotes:
        facts.append(
            (
                q.start,
                QuoteFact(
                    text=ctx.text[q.start : q.end],
                    start=base + q.start,
                    end=base + q.end,
                    sentence=_sentence_of(ctx, q.start),
                    kind=q.kind,
                    speaker=_speaker_model(ctx, q.speaker) if q.kind == "direct" else None,
                    cue=q.cue if q.kind == "direct" else None,
                ),
            )
        )
    for r in reported:
        facts.append(
            (
                r.start,
                QuoteFact(
                    text=ctx.text[r.start : r.end],
                    start=base + r.start,
                    end=base + r.end,
                    sentence=r.sentence,
                    kind="reported",
                    speaker=_speaker_model(ctx, r.speaker),
                    cue=r.cue,
                ),
            )
        )
    facts.sort(key=lambda f: (f[0], -f[1].end))
    return [f for _, f in facts]


# ---------------------------------------------------------------------------------------------
# Passages: the current speaker carried over quotes, pronouns and descriptions
# ---------------------------------------------------------------------------------------------
# Determiners that make a role phrase point back to someone named before (该负责人, 这位老人).
ANAPHORIC = ("该", "这位", "这名", "此位", "那位", "这个", "此人")
# Heads that stand for any person: 该人士 is whoever the passage is about.
ANY_PERSON_HEADS = ("人士", "人", "同志", "当事人")


def _role_head(phrase: str) -> str | None:
    """The person noun heading a description (该分行相关负责人 -> 负责人, 一位村民 -> 村民)."""
    for noun in ROLE_NOUNS:  # longest first
        if phrase.endswith(noun):
            return noun
    if phrase.endswith(ANY_PERSON_HEADS):
        return next(h for h in ANY_PERSON_HEADS if phrase.endswith(h))
    return None


def _is_description(ctx: _Context, m: _Mention) -> bool:
    """A role mention that points back to a person already in the text: a determiner and a person
    noun (该负责人, 这位老人, 该人士), or a bare kin or age noun (老人, 老伴)."""
    if m.kind != "role":
        return False
    phrase = ctx.text[m.start : m.end]
    return phrase.startswith(ANAPHORIC) and _role_head(phrase) is not None or phrase in BARE_DESCRIPTIONS \
        or phrase in TITLES


# Titles that, bare, stand for the one person the story gave them to (总书记说 after 习近平总书记).
TITLES = frozenset("总书记 主席 副主席 总统 副总统 总理 副总理 首相 部长 省长 市长 县长 书记 村支书 支书 "
                   "董事长 总经理 行长 院长 校长 局长 主任 厂长 船长 队长 教授 院士 大使".split())


# Bare person nouns that, unqualified, mean someone the story has introduced (老人说 after 坚参老人).
# Age and kin nouns only: a bare 医生 or 老师 is as often someone new as the one named before.
BARE_DESCRIPTIONS = frozenset("老人 老伴 老汉 老太太 老奶奶 老大爷 小伙 小伙子 姑娘".split())


def _fits_description(ctx: _Context, name: _Mention, phrase: str, any_person: bool = True) -> bool:
    """The named person can be the description: its head is in the name's role or right after the
    name (坚参老人 for 老人), or (``any_person``) the head stands for any person (该人士)."""
    head = _role_head(phrase) or phrase
    if head in ANY_PERSON_HEADS:
        return any_person
    if name.role is not None and head in ctx.text[name.role[0] : name.role[1]]:
        return True
    before = ctx.text[max(0, name.start - len(head) - 3) : name.start]
    # 坚参老人, 71岁的老人胡友明, 这位老人叫李文仕
    return ctx.text.startswith(head, name.end) or re.search(re.escape(head) + "(?:叫|名叫|是)?$", before) is not None


def _resolve_description(ctx: _Context, m: _Mention) -> _Mention | None:
    """The named person a description stands for, looked for in its own and the three sentences
    before: the nearest name whose role or apposition has the description's head (该负责人 after
    该行负责人王某; 老人 after 坚参老人)."""
    if not _is_description(ctx, m):
        return None
    phrase = ctx.text[m.start : m.end]
    s = _sentence_of(ctx, m.start)
    # a bare title may point further back (the story's 习近平总书记 is its 总书记 for paragraphs)
    window = 8 if phrase in TITLES else 4
    for k in range(s, max(-1, s - window), -1):
        a = ctx.sentences[k][0]
        b = min(ctx.sentences[k][1], m.start)
        toks = [t for t in _tokens_in(ctx, a, b) if t.text.strip()]
        found = None
        for n, run in enumerate(_np_runs(toks, ctx.text)):
            cand = _classify_run(run, ctx.text, False)
            if cand is None or cand.kind != "name" or _inside_quote(ctx, cand.start) is not None:
                continue
            # 胡友明在棚户区整整生活了35年，老人说: a bare 老人 is the subject of its own sentence
            subject = k == s and n == 0 and cand.start == a and phrase in BARE_DESCRIPTIONS
            cand = _name_only(ctx, cand)
            if subject or _fits_description(ctx, cand, phrase, any_person=False):
                found = cand  # the last fitting name of the sentence: the nearest before the mention
        if found is not None:
            return found
    return None


def _name_only(ctx: _Context, m: _Mention) -> _Mention:
    """The name without a common noun jieba let the run carry after it (习近平/nr 领导/n -> 习近平)."""
    toks = _tokens_in(ctx, m.start, m.end)
    if len(toks) >= 2 and toks[-1].tag not in NAME_TAGS and len(toks[-1].text) >= 2:
        for tok in reversed(toks[:-1]):
            if tok.tag in NAME_TAGS and len(ctx.text[m.start : tok.end]) >= 2:
                return _Mention(m.start, tok.end, "name", role=m.role, pseudonym=m.pseudonym)
    return m


def _bare_speech(ctx: _Context, q: _Quote) -> bool:
    """A quotation that is a sentence of speech on its own, with nothing in its sentence to attribute
    it (“明年我还要多种五十亩。” after 他告诉记者：“…”): it opens its sentence, ends in a sentence
    mark, and is followed by the paragraph's end, another quotation or a full stop."""
    if q.parent is not None or q.kind != "other_quoted":
        return False
    content = _content(ctx, q).rstrip()
    if len(content) < 4 or content[-1] not in SENTENCE_END:
        return False
    if _prev_char(ctx, q.start) not in ("", "\n", "。", "！", "？", "…", "”", "」", "』"):
        return False
    return _next_char(ctx, q.end) in ("", "\n", "“", "「", "『", "。", "！", "？")


def _other_person_named(ctx: _Context, a: int, b: int, speaker: _Mention) -> bool:
    """Whether ``text[a:b]``, outside quotations, names a person other than the speaker."""
    name = ctx.text[speaker.start : speaker.end]
    for tok in _tokens_in(ctx, a, b):
        if _is_name_token(tok) and tok.text != name and name not in tok.text \
                and tok.text not in name and _inside_quote(ctx, tok.start) is None:
            return True
    return False


def _passage_goes_on(ctx: _Context, last_end: int, at: int, speaker: _Mention) -> bool:
    """Whether the text between the speaker's last statement (ending at ``last_end``) and ``at``
    keeps the passage about the speaker: at most one sentence and one paragraph break between, no
    heading, no other person named."""
    gap = ctx.view[last_end:at]
    if gap.count("\n") > 1:
        return False
    if "\n" in gap:
        before, after = gap.split("\n", 1)
        if after.strip() and _other_person_named(ctx, last_end, at, speaker):
            return False
        # the paragraph before ended with the statement, and the new one starts with the event or a
        # short lead-in to it (他接着说，)
        if before.strip("。！？…；，” \t\u3000") or len(after.strip()) > 16 or any(ch in after for ch in "。！？"):
            return False
    closed = sum(gap.count(ch) for ch in "。！？") - (1 if gap.lstrip(" \t\u3000”").startswith(("。", "！", "？")) else 0)
    if closed > 1:
        return False
    return not _other_person_named(ctx, last_end, at, speaker)


def _statement_end(ctx: _Context, end: int) -> int:
    """Past the attribution that trails a quotation to its sentence mark (“…”王明说。), when no
    other quotation opens before it; else ``end``."""
    j = end
    view = ctx.view
    while j < len(view) and j - end < 40 and view[j] not in "。！？\n“「『":
        j += 1
    return j + 1 if j < len(view) and view[j] in "。！？" else end


def _carry_speakers(ctx: _Context, reported: list[_Reported]) -> None:
    """One forward scan over the quotations and reported statements: the current speaker (the last
    source named) goes on to bare quotations that follow it (“A。”他说。“B。” -> B is his too) and
    is what a pronoun (他, 该人士) or description (该负责人) stands for, until another source is
    named, a paragraph not about the speaker comes, or a heading.

    Each event looks back only at the text since the one before, so the pass is linear in the text.
    """
    events: list[tuple[int, int, object]] = [(q.start, q.end, q) for q in ctx.quotes if q.parent is None]
    events += [(r.start, r.end, r) for r in reported]
    events.sort(key=lambda e: (e[0], -e[1]))
    current: _Mention | None = None  # a named source: name, organisation or role phrase
    last_end = 0
    for start, end, ev in events:
        if start < last_end:  # a quotation inside a reported statement: nothing new
            continue
        speaker = ev.speaker
        live = current is not None and _passage_goes_on(ctx, last_end, start, current)
        if speaker is None:
            if isinstance(ev, _Quote) and live and _bare_speech(ctx, ev):
                ev.kind, ev.speaker, ev.cue = "direct", current, None
                last_end = end
            continue
        if isinstance(ev, _Quote):
            end = _statement_end(ctx, end)
        if speaker is current:
            last_end = end
            continue
        anaphor = speaker.kind == "pronoun" or _is_description(ctx, speaker)
        text = ctx.text[speaker.start : speaker.end]
        if anaphor:
            fits = text in ("他", "她") and current is not None and current.kind == "name" or \
                speaker.kind == "role" and current is not None and current.kind == "name" \
                and _fits_description(ctx, current, text)
            # the mention's own sentence may name someone else first (他会见了普京。他说 stays open)
            if live and fits and not _other_person_named(ctx, last_end, speaker.start, current):
                ctx.resolved[id(speaker)] = current
                last_end = end
                continue
            resolved = _resolve(ctx, speaker) if speaker.kind == "pronoun" else _resolve_description(ctx, speaker)
            current = resolved
            last_end = end
            continue
        current = speaker if speaker.kind in ("name", "role", "org") else None
        last_end = end


FRAME_WORDS = ("是", "为", "叫", "称", "即", "以", "作", "成", "主题", "口号", "理念", "提出", "写着", "印着", "叫做",
               "称为", "名为", "被誉为", "号称", "所谓", "简称")


def _speech_fragment(ctx: _Context, q: _Quote) -> bool:
    """A quoted piece of what the speaker said inside reported speech (他对此已经“无法再容忍”。),
    as opposed to a term (建设“一带一路”。, 主题是“…”): it closes the clause and has a verb or
    adverb of its own."""
    if _next_char(ctx, q.end) not in ("。", "，", "！", "？", "；", "…", "", "\n"):
        return False
    if ctx.view[max(0, q.start - 3) : q.start].endswith(FRAME_WORDS):
        return False
    toks = [t for t in _tokens_in(ctx, q.start + 1, q.end - 1) if t.text.strip()]
    if len(toks) < 2:
        return False
    return any(t.tag in ("d", "v", "vn", "a", "ad", "vd") for t in toks) and toks[-1].tag[:1] in ("v", "a", "d", "y", "u")


def _embedded(ctx: _Context, q: _Quote) -> bool:
    """The quotation is a noun phrase of its clause (以“…”为主题, “…”的主张)."""
    after = ctx.view[q.end : q.end + 2]
    content = _content(ctx, q).rstrip()
    if content and content[-1] in SENTENCE_END:
        return False
    return after.startswith(("的", "为主题", "为", "等", "这", "一词", "字", "号"))
