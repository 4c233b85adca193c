"""Pinyin per token: a citation layer and a spoken layer, one syllable per character.

Three steps, kept apart as pypinyin keeps them:

1. *Word readings* (``word_numbers``): pypinyin's phrase data over our jieba words. A jieba word that
   is not a pypinyin phrase is cut again with pypinyin's own phrase segmenter (mmseg), because
   pypinyin reads an unknown list item character by character (重庆市长江 -> zhòng qìng ...).
   Cached per word: a corpus repeats its words, so this is what makes a whole corpus cheap.
2. *Context rules* (``contextual_numbers``): a POS-aware rule layer for the single-character
   polyphones whose reading the word alone cannot decide (了 得 地 着 为 还 都 只 重 长 行 数 量 调 ...)
   and for a few pypinyin phrases that are a different word in news text (都会 dū huì "metropolis"
   vs 都/会 "will all").
3. *Styling*: tone numbers (neutral tone ``5``) are the internal form; tone marks and zhuyin are
   derived from them (``forms``).

The citation layer writes dictionary tones, as GB/T 16159 does: pypinyin's phrase data carries 一/不
sandhi (一个 yí gè, 不要 bú yào), which we undo. The spoken layer (``spoken_numbers``) applies 一/不
sandhi and third-tone sandhi again, over the sentence.

Traditional characters are converted with OpenCC (t2s) for the lookup only; the token text is never
changed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import opencc
from pypinyin import Style
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
from pypinyin.contrib.tone_convert import to_tone, to_tone3
from pypinyin.seg.mmseg import seg as _mmseg
from pypinyin.style import convert as _convert_style

#: One syllable per character: a tone-number syllable (``zhang3``, ``le5``) or None (not Han).
Syllables = tuple[str | None, ...]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f]")
_HAN_RUN = re.compile(_HAN.pattern + "+")
_ALL_HAN = re.compile(f"(?:{_HAN.pattern})*")
_TONE = re.compile(r"[1-5]$")

_t2s = opencc.OpenCC("t2s")


def is_han(char: str) -> bool:
    """True for a Han character (CJK ideographs, extensions, compatibility, 〇).

    >>> is_han("行"), is_han("K"), is_han("，")
    (True, False, False)
    """
    return bool(_HAN.fullmatch(char))


def has_han(text: str) -> bool:
    """True when ``text`` holds a Han character: one regex scan, where testing each character
    with ``is_han`` cost a call per character on every new word.

    >>> has_han("C端"), has_han("5G")
    (True, False)
    """
    return _HAN.search(text) is not None


def next_han(text: str, start: int = 0) -> int:
    """Index of the first Han character of ``text`` at or after ``start``; ``len(text)`` when
    there is none.

    >>> next_han("12万吨"), next_han("12万吨", 3), next_han("5G")
    (2, 3, 2)
    """
    found = _HAN.search(text, start)
    return found.start() if found is not None else len(text)


@lru_cache(maxsize=65536)
def simplified(word: str) -> str:
    """The simplified form of ``word`` for lookups, character for character.

    OpenCC may convert a phrase to one of a different length; we then fall back to converting
    character by character, so position ``i`` of the result still belongs to character ``i``.

    >>> simplified("行業發展")
    '行业发展'
    """
    if not has_han(word):
        return word
    converted = _t2s.convert(word)
    if len(converted) != len(word):
        converted = "".join(_t2s.convert(c) if len(_t2s.convert(c)) == 1 else c for c in word)
    return converted


@lru_cache(maxsize=4096)
def _numbered(syllable: str) -> str:
    return to_tone3(syllable, neutral_tone_with_five=True, v_to_u=True)


@lru_cache(maxsize=65536)
def _pypinyin(piece: str) -> tuple[str, ...]:
    """pypinyin's reading of a phrase or character, read straight from its dictionaries (what
    ``lazy_pinyin`` returns, without its per-call styling cost). Cached: the mmseg pieces of new
    words are mostly characters read many times before (the 斯 of every name)."""
    phrase = PHRASES_DICT.get(piece)
    if phrase is not None and len(phrase) == len(piece):
        return tuple(_numbered(p[0]) for p in phrase)
    out = []
    for char in piece:  # not a phrase: pypinyin reads a list item character by character
        readings = PINYIN_DICT.get(ord(char))
        # A character pypinyin has no reading for (𠮶, rare Extension B-G characters) has none here
        # either: lazy_pinyin would give the character itself as its "reading", and a run of them
        # as one item, out of step with the characters.
        out.append(_numbered(readings.split(",")[0]) if readings else None)
    return tuple(out)


def _distance(ours: list[str], theirs: list[str]) -> int:
    """How far a dictionary reading is from pypinyin's: a neutral tone where pypinyin has a full
    one costs least (pypinyin's phrase data often lacks the 现代汉语词典 neutral tones: 困难 kùn nan),
    another tone more, another syllable most."""
    cost = 0
    for a, b in zip(ours, theirs):
        if a == b:
            continue
        if a[:-1] == b[:-1]:
            cost += 1 if b.endswith("5") else 2
        else:
            cost += 4
    return cost


@lru_cache(maxsize=131072)
def dictionary_readings(word: str) -> tuple[str, ...]:
    """The readings CC-CEDICT gives ``word`` (tone numbers, lower case, ü), common words before
    proper nouns.

    >>> dictionary_readings("大夫")
    ('da4 fu1', 'dai4 fu5')
    """
    from pipeline.annotate.gloss import load_cedict, normalize_reading  # gloss imports this module

    entries = load_cedict().entries(word)
    if not entries:  # most new words
        return ()
    ordered = [e for e in entries if not e.proper] + [e for e in entries if e.proper]
    out: list[str] = []
    for entry in ordered:
        reading = normalize_reading(entry.pinyin)
        if reading not in out and len(reading.split()) == len(word):
            out.append(reading)
    return tuple(out)


def _checked(piece: str, syllables: list[str]) -> list[str]:
    """pypinyin's reading of a multi-character word, unless CC-CEDICT lists the word and not that
    reading: then the dictionary reading closest to pypinyin's (商量 shāng liang, 处在 chǔ zài,
    朝鲜 Cháo xiǎn)."""
    if len(piece) < 2:
        return syllables
    readings = dictionary_readings(piece)
    ours = " ".join(syllables)
    if not readings or ours in readings:
        return syllables
    best = min(readings, key=lambda r: _distance(syllables, r.split()))
    return best.split()


@lru_cache(maxsize=65536)
def _han_run_numbers(run: str) -> tuple[str, ...]:
    """Readings of a run of Han characters: the phrase when pypinyin or CC-CEDICT knows it, else
    its mmseg pieces (each a phrase or a character). Cached: runs repeat inside new words (the
    年 of every year, the 万吨 of every tonnage)."""
    if run in WORD_READINGS:
        return tuple(WORD_READINGS[run].split())
    if len(run) == 1 or run in PHRASES_DICT or dictionary_readings(run):
        pieces = [run]
    else:
        prefix = next((w for w in _READING_PREFIXES if run.startswith(w)), None) if run[0] in _PREFIX_STARTS else None
        if prefix:  # 中曾根康弘: our reading of 中曾根, then the rest
            return tuple(WORD_READINGS[prefix].split()) + _han_run_numbers(run[len(prefix) :])
        pieces = list(_mmseg.cut(run))
    out: list[str] = []
    for piece in pieces:
        if piece in WORD_READINGS:
            out.extend(WORD_READINGS[piece].split())
            continue
        syllables = _pypinyin(piece)
        if len(syllables) != len(piece):  # never seen; keep one syllable per character regardless
            syllables = [s for c in piece for s in _pypinyin(c)]
        out.extend(_checked(piece, _citation(piece, syllables)))
    return tuple(out)


def _citation(word: str, syllables: list[str | None]) -> list[str | None]:
    """Undo the 一/不 sandhi that pypinyin's phrase data writes (一个 yi2 ge4 -> yi1 ge4); a
    neutral-tone 不 (对不起 duì bu qǐ) keeps its neutral tone."""
    out = list(syllables)
    if "一" not in word and "不" not in word and len(out) >= len(word):  # most words: nothing to undo
        return out
    for i, char in enumerate(word):
        s = out[i]
        if s is None:
            continue
        if char == "一" and s in ("yi2", "yi4"):
            out[i] = "yi1"
        elif char == "不" and s == "bu2":
            out[i] = "bu4"
    return out


#: Words whose pypinyin phrase reading is not the citation reading of the modern dictionary
#: (现代汉语词典, 7th ed.), or that pypinyin lacks and mmseg would cut wrongly.
WORD_READINGS: dict[str, str] = {
    "当天": "dang4 tian1",
    "当年": "dang1 nian2",  # "that year" in news; dàngnián "the same year" is the rarer sense
    "一度": "yi1 du4",
    "得到": "de2 dao4",
    "量大": "liang4 da4",
    "还在": "hai2 zai4",
    "还有": "hai2 you3",
    "还要": "hai2 yao4",
    "还会": "hai2 hui4",
    "还将": "hai2 jiang1",
    "还能": "hai2 neng2",
    "还是": "hai2 shi5",
    "都是": "dou1 shi4",
    "都有": "dou1 you3",
    "都要": "dou1 yao4",
    "都在": "dou1 zai4",
    "都将": "dou1 jiang1",
    "只是": "zhi3 shi4",
    "只有": "zhi3 you3",
    "只能": "zhi3 neng2",
    "只要": "zhi3 yao4",
    "只会": "zhi3 hui4",
    "为主": "wei2 zhu3",
    "为止": "wei2 zhi3",
    "为先": "wei2 xian1",
    "为准": "wei2 zhun3",
    "为首": "wei2 shou3",
    "为期": "wei2 qi1",
    "成为": "cheng2 wei2",
    "作为": "zuo4 wei2",
    "认为": "ren4 wei2",
    "以为": "yi3 wei2",
    "行为": "xing2 wei2",
    "更为": "geng4 wei2",
    "较为": "jiao4 wei2",
    "最为": "zui4 wei2",
    "极为": "ji2 wei2",
    "尤为": "you2 wei2",
    "广为": "guang3 wei2",
    "因为": "yin1 wei4",
    "为了": "wei4 le5",
    "为何": "wei4 he2",
    "为什么": "wei4 shen2 me5",
    "重回": "chong2 hui2",
    "重返": "chong2 fan3",
    "重启": "chong2 qi3",
    "重组": "chong2 zu3",
    "重建": "chong2 jian4",
    "重申": "chong2 shen1",
    "重塑": "chong2 su4",
    "数十": "shu4 shi2",
    "数百": "shu4 bai3",
    "数千": "shu4 qian1",
    "数万": "shu4 wan4",
    "数亿": "shu4 yi4",
    "提速": "ti2 su4",
    "中曾根": "zhong1 zeng1 gen1",
    "复种": "fu4 zhong4",
    "冲着": "chong4 zhe5",  # facing, aimed at (the preposition of news text)
    "塔克拉玛干": "ta3 ke4 la1 ma3 gan1",
    "塔克拉玛干沙漠": "ta3 ke4 la1 ma3 gan1 sha1 mo4",
    "大夫": "dai4 fu5",  # "doctor"; dà fū "senior official" is for history pages
    "最长": "zui4 chang2",
    "上调": "shang4 tiao2",  # prices and rates; shàng diào "transfer up" is rare in news
    "下调": "xia4 tiao2",
    "好处": "hao3 chu5",
    "有点累": "you3 dian3 lei4",
    "暗面": "an4 mian4",
}


#: WORD_READINGS keys that may start a longer unknown word, longest first.
_READING_PREFIXES = sorted((w for w in WORD_READINGS if len(w) >= 3), key=len, reverse=True)
#: Their first characters: a run starting with none of them skips the prefix scan.
_PREFIX_STARTS = frozenset(w[0] for w in _READING_PREFIXES)


@lru_cache(maxsize=131072)
def word_numbers(word: str) -> Syllables:
    """Citation readings of a word out of context, one tone-number syllable per character
    (None for a character that is not Han).

    >>> word_numbers("行业"), word_numbers("一个"), word_numbers("C端")
    (('hang2', 'ye4'), ('yi1', 'ge4'), (None, 'duan1'))
    """
    key = simplified(word)
    fixed = WORD_READINGS.get(key)
    if fixed is not None:
        return tuple(fixed.split())
    if _HAN_RUN.fullmatch(key):  # most words are one Han run
        return tuple(_citation(key, _han_run_numbers(key)))
    out: list[str | None] = []
    end = 0
    for run in _HAN_RUN.finditer(key):
        out.extend([None] * (run.start() - end))
        out.extend(_han_run_numbers(run.group()))
        end = run.end()
    out.extend([None] * (len(key) - end))
    return tuple(_citation(key, out))


# --- context rules -------------------------------------------------------------------------------

#: jieba tags of the word before a classifier: numerals, demonstratives, 几/每/多少.
_NUMERAL_BEFORE = re.compile(r"^(?:[0-9０-９]+|[一二两三四五六七八九十百千万几每半整]+|这|那|哪|多少|某)$")
_STOP = frozenset("，。！？；：、,.!?;:“”‘’（）()《》「」『』—…")


def _text(tokens: Sequence[tuple[str, str]], i: int) -> str:
    return simplified(tokens[i][0]) if 0 <= i < len(tokens) else ""


def _tag(tokens: Sequence[tuple[str, str]], i: int) -> str:
    return tokens[i][1] if 0 <= i < len(tokens) else ""


_PIECE = "|piece"
#: How many words on each side the context rules may read: far past any rule's reach in a clause
#: of real text, and a bound on the work per word in one that never ends.
CONTEXT_REACH = 64


def _is_piece(tag: str) -> bool:
    """A piece of a word our dictionaries do not know, cut again for its polyphones (累得 -> 累/得)."""
    return tag.endswith(_PIECE)


_DEI_AFTER = frozenset({"还", "就", "也", "都", "又", "必须", "总", "非", "可", "只"})
#: Frames that read 为 wéi "as": 以……为, 视……为, 奉……为.
_WEI_FRAME = frozenset({"以", "视", "奉", "尊", "拜", "推举", "选举", "任命"})
_WEI_AFTER_VERB_END = frozenset("化变改分视称转定列评选名设成作认划升降缩折换译编合拆归聘授誉喻")
_ZHONG4_AFTER = frozenset({"没", "不", "要", "来", "去", "少", "先", "都", "也", "还", "复", "耕", "播", "栽", "抢", "补"})


#: One-character words whose reading in news is one and the same whatever surrounds them, but not
#: the first one pypinyin gives (将 jiāng "will", not jiàng "general"; 和 hé "and", not hè/huó).
_SINGLE_READINGS = {"将": "jiang1", "供": "gong1", "便": "bian4", "相": "xiang1", "发": "fa1", "和": "he2"}


def _rule_single(char: str, tokens: Sequence[tuple[str, str]], i: int) -> str | None:
    """The reading of a one-character token from its tag and neighbours, or None for the default."""
    fixed = _SINGLE_READINGS.get(char)
    if fixed is not None:
        return fixed
    tag = _tag(tokens, i)
    prev, nxt = _text(tokens, i - 1), _text(tokens, i + 1)
    prev_tag, next_tag = _tag(tokens, i - 1), _tag(tokens, i + 1)
    if char == "了":
        # 了 liǎo only as a verb after 不/得 (去不了 cut as 去/不/了) or before 之 (一了百了 is a word).
        if prev in ("不", "得") and nxt not in ("。", "！", "？", "") and tag.startswith("v"):
            return "liao3"
        return "le5"
    if char == "得":
        # 得 děi "must": after 还/就/也/都 ... (还得从……说起, 就得一万多).
        if prev in _DEI_AFTER and nxt not in _STOP and nxt != "了":
            return "dei3"
        # The complement marker follows a verb or an adjective (跑得快, 累得, 变得).
        if prev_tag.startswith(("v", "a")) or _is_piece(tag) and prev:
            return "de5"
        if nxt == "了":
            return "de2"  # 得了什么病: "got"
        if prev_tag in ("r", "n", "nr") and (next_tag.startswith("v") or next_tag in ("d", "p")):
            return "dei3"  # 我得走
        return "de2"  # 稍得喘息, 得分: "to obtain"
    if char == "地":
        if not nxt or nxt in _STOP:
            return "di4"  # the particle never ends a clause: 进不了地。
        if tag == "uv":
            return "de5"
        # 渐渐地/认真地/着急地 + verb: the adverbial marker, whatever jieba tagged it.
        if (prev_tag.startswith("a") or prev_tag in ("d", "z", "ad") or (len(prev) >= 2 and prev[0] == prev[1])) and not (
            next_tag.startswith("n") and not _is_piece(next_tag)
        ):
            return "de5"
        return "di4"
    if char == "着":
        if nxt == "了" and prev in ("睡", "找不", "找得", "猜", "点"):
            return "zhao2"
        return "zhe5"
    if char == "为":
        if next_tag in ("m", "mq") or (nxt and nxt[0].isdigit()):
            return "wei2"  # 增长率为5%
        for j in range(i - 1, max(-1, i - 12), -1):  # 以……为……: "take ... as ..."
            t = _text(tokens, j)
            if t in _STOP and t != "、":  # 以新品种、新技术为支撑: a list does not end the frame
                break
            if t in _WEI_FRAME:
                return "wei2"
        for j in range(i + 1, min(len(tokens), i + 10)):  # 为……所 (passive)
            t = _text(tokens, j)
            if t in _STOP:
                break
            if t == "所":
                return "wei2"
        if prev in ("被", "选", "评", "称", "视", "改", "分", "化", "变", "转", "定", "列", "设", "立", "任") or (
            len(prev) > 1 and prev[-1] in _WEI_AFTER_VERB_END
        ):
            return "wei2"  # 转化为, 确定为, 命名为: "turn into / set as"
        # 为 wèi "for" opens a phrase that a verb completes (为企业提供……); with no verb before the
        # clause ends, 为 is the copula wéi (鄱阳湖为越冬候鸟栖息地).
        verb_follows = False
        for j in range(i + 1, min(len(tokens), i + 1 + CONTEXT_REACH)):
            t, t_tag = _text(tokens, j), _tag(tokens, j)
            if t in _STOP:
                break
            if t_tag.startswith("v") or t_tag in ("p", "d"):
                verb_follows = True
                break
        if not verb_follows and i + 1 < len(tokens) and nxt not in _STOP and nxt not in ("了", "什么", "何"):
            return "wei2"
        if nxt in ("一", "主", "止", "准", "由", "重", "食", "生", "伍", "敌", "荣", "耻", "首", "限", "宜", "佳"):
            return "wei2"
        return "wei4"
    if char == "还":
        if tag == "v" or nxt in ("钱", "款", "债", "贷", "给", "清") or prev in ("归", "偿", "退", "返", "送"):
            return "huan2"
        if _tag(tokens, i + 2) in ("m", "mq") and next_tag in ("r", "ns", "nr", "nt", "n"):
            return "huan2"  # 还俄罗斯16.5亿美元: pay back someone an amount
        return "hai2"
    if char == "都":
        if tag in ("ns", "n") and not next_tag.startswith("v"):
            return "du1"
        return "dou1"
    if char == "只":
        if tag in ("q", "m") or _NUMERAL_BEFORE.match(prev) or prev_tag in ("m", "mq"):
            return "zhi1"
        return "zhi3"
    if char == "重":
        if tag == "d" or (next_tag.startswith("v") and prev not in ("很", "太", "较", "更", "最", "比较")):
            return "chong2"
        return "zhong4"
    if char == "长":
        if _is_piece(tag) and tag.startswith("n") and prev:
            return "zhang3"  # 副科长, 街巷长: a noun ending in 长 names the head of something
        if nxt[:1] in tuple("达期久远度短途篇假城江河"):
            return "chang2"  # 长达: "as long as"
        if tag.startswith("v") or nxt in ("了", "出", "大", "得", "高", "成"):
            return "zhang3"
        return "chang2"
    if char == "行":
        if tag == "q" or _NUMERAL_BEFORE.match(prev) or prev_tag in ("m",):
            return "hang2"
        return "xing2"
    if char == "数":
        if tag == "v" or nxt in ("一", "不", "着", "过", "了"):
            return "shu3"
        return "shu4"
    if char == "量":
        if tag == "v" or nxt in ("一", "了", "过", "体"):
            return "liang2"
        return "liang4"
    if char == "调":
        if nxt in ("到", "往", "入", "离", "任", "派", "走", "回", "出", "动", "研", "查"):
            return "diao4"
        if tag.startswith("v"):
            return "tiao2"
        return "diao4"
    if char == "好":
        if tag == "v" and nxt not in ("了", "的"):
            return "hao4"
        return "hao3"
    if char == "少":
        return "shao4" if prev in ("年", "阔") else "shao3"
    if char == "种":
        if tag.startswith("v") or prev in _ZHONG4_AFTER or nxt[:1] in tuple("粮地树田菜草花植苗"):
            return "zhong4"  # to plant
        return "zhong3"
    if char == "差":
        if nxt in ("别", "异", "距", "价", "额", "错") or tag == "n":
            return "cha1"
        return "cha4"
    if char == "当":
        if nxt in ("作", "成", "做", "真", "天", "日", "年", "晚", "铺", "票"):
            return "dang4"
        return "dang1"
    if char == "处":
        if tag.startswith("v") or (prev_tag.startswith("a") or prev_tag in ("d", "ad")) and next_tag.startswith("n"):
            return "chu3"  # 妥处分歧: "handle"
        return "chu4"
    if char == "率":
        if tag.startswith("v") or nxt[:1] in tuple("团队领部先众兵军"):
            return "shuai4"  # 率团: "lead"
        return "lv4"
    if char == "传":
        if nxt == "》" or (tag.startswith("n") and _is_piece(tag) and not _is_piece(next_tag) and prev):
            return "zhuan4"  # 《魔女传》: a biography
        return None
    if char == "藏":
        if nxt[:1] in tuple("粮钱书宝身匿起在着有"):
            return "cang2"  # 藏粮于地: to store
        if tag in ("j", "ns") or nxt[:1] in tuple("区族语文药獒历胞") or prev in ("西", "入", "援", "涉"):
            return "zang4"
        return "cang2"
    if char == "系":
        if tag.startswith("v") and nxt[:1] in tuple("上好紧住着牢"):
            return "ji4"
        return "xi4"
    if char == "盛":
        if nxt[:1] in tuple("满饭水菜汤放装"):
            return "cheng2"
        return "sheng4"
    if char == "应":
        if nxt in ("邀", "约", "聘", "急", "变", "声", "答", "允", "征", "届"):
            return "ying4"
        return "ying1"  # modal "should": 平台应在……标记
    if char == "干":
        return "gan4" if tag.startswith("v") else "gan1"
    if char == "教":
        return "jiao1" if tag.startswith("v") and next_tag not in ("v", "vn") else "jiao4"
    if char == "要":
        return "yao1" if nxt in ("求", "挟") else "yao4"
    return None


#: Multi-character words whose pypinyin reading is a different word in another use (都会 dū huì,
#: "metropolis" vs 都会 dōu huì "will all"), with the reading by jieba tag family.
_WORD_BY_TAG: dict[str, tuple[str, str]] = {
    # word: (reading when a noun, reading otherwise)
    "都会": ("du1 hui4", "dou1 hui4"),
    "都市": ("du1 shi4", "du1 shi4"),
    "地道": ("di4 dao4", "di4 dao5"),
    "大量": ("da4 liang4", "da4 liang4"),
    "还原": ("huan2 yuan2", "huan2 yuan2"),
    "只身": ("zhi1 shen1", "zhi1 shen1"),
    "重量": ("zhong4 liang4", "zhong4 liang4"),
    "长大": ("zhang3 da4", "zhang3 da4"),
    "穿着": ("chuan1 zhuo2", "chuan1 zhe5"),  # attire / wearing
}

#: One-character polyphones the rule layer decides; every other character keeps its word reading.
POLYPHONES = frozenset("了得地着为还都只重长行数量调好少种差当处将供应便相发干教和要率传藏系盛")


#: Surnames read apart from the character's common reading, for person-name tokens (jieba nr*).
SURNAMES = {
    "解": "xie4", "曾": "zeng1", "朴": "piao2", "单": "shan4", "仇": "qiu2", "区": "ou1", "查": "zha1",
    "翟": "zhai2", "盖": "ge3", "覃": "qin2", "缪": "miao4", "尉": "yu4", "华": "hua4", "任": "ren2",
    "冼": "xian3", "员": "yun4", "宓": "mi4", "繁": "po2", "种": "chong2", "乐": "yue4", "阚": "kan4",
}


def _word_context(key: str, tokens: Sequence[tuple[str, str]], i: int) -> str | None:
    """Readings of words that depend on what surrounds them."""
    prev, nxt = _text(tokens, i - 1), _text(tokens, i + 1)
    tag, next_tag = _tag(tokens, i), _tag(tokens, i + 1)
    if key in _WORD_BY_TAG:
        noun = tag.startswith("n") and not next_tag.startswith("v")
        return _WORD_BY_TAG[key][0 if noun else 1]
    if key == "一行":
        return "yi1 hang2" if prev in ("这", "那", "哪", "本", "同", "每", "干", "改") else None
    if key == "地方":
        # 地方政府 "local" dì fāng; 有的地方 "place" dì fang.
        return "di4 fang1" if next_tag.startswith(("n", "vn")) else "di4 fang5"
    if key == "得出":
        if prev_is_short_verb(tokens, i):
            return "de5 chu1"  # 搬得出: a complement, not 得出 "to reach (a conclusion)"
        return None
    if key == "多种" and len(nxt) == 1 and next_tag.startswith(("n", "v")) and nxt not in _STOP:
        return "duo1 zhong4"  # 多种树: plant more trees
    if key == "正当":
        for j in range(i + 1, min(len(tokens), i + 10)):
            t = _text(tokens, j)
            if t in _STOP:
                break
            if t in ("时", "之际", "时候", "之时"):
                return "zheng4 dang1"  # 正当……之际: "just when"
        return "zheng4 dang4"  # 正当权益: "legitimate"
    return None


def prev_is_short_verb(tokens: Sequence[tuple[str, str]], i: int) -> bool:
    return len(_text(tokens, i - 1)) == 1 and _tag(tokens, i - 1).startswith("v")


#: Words whose reading ``_word_context`` decides from the neighbours.
_CONTEXT_WORDS = frozenset(_WORD_BY_TAG) | {"一行", "地方", "得出", "多种", "正当"}


@lru_cache(maxsize=262144)
def context_free_numbers(key: str, tag: str) -> Syllables | None:
    """The reading of a (simplified) word with this tag when its neighbours cannot change it, else
    None. Most tokens take this cached path; only polyphones and a few words look around."""
    if len(key) == 1:
        if key in _SINGLE_READINGS:
            return (_SINGLE_READINGS[key],)
        return None if key in POLYPHONES else word_numbers(key)
    if key in _CONTEXT_WORDS:
        return None
    base = word_numbers(key)
    if tag.startswith("nr") and key[0] in SURNAMES and not dictionary_readings(key):
        return (SURNAMES[key[0]],) + base[1:]
    if tag.startswith("nr") or _known(key) or not _ALL_HAN.fullmatch(key):
        return base
    if _RECUT_OR_RULED.isdisjoint(key):
        return base
    return None


#: Characters that start a context word (正当, 地方, 一行, 多种): an unknown word holding them is
#: cut again too.
_RECUT_ALSO = frozenset("正地一多")
#: An unknown word is cut again only when it holds one of these.
_RECUT_OR_RULED = POLYPHONES | _RECUT_ALSO


def _known(key: str) -> bool:
    return key in WORD_READINGS or key in PHRASES_DICT or bool(dictionary_readings(key))


@lru_cache(maxsize=65536)
def _recut(word: str) -> tuple[str, ...]:
    """pypinyin's phrase segmentation (mmseg) of a word no dictionary knows."""
    return tuple(_mmseg.cut(word))


def contextual_numbers(tokens: Sequence[tuple[str, str]], i: int) -> Syllables:
    """Citation readings of token ``i`` of a sentence given as (text, jieba tag) pairs.

    >>> toks = [("他", "r"), ("还", "d"), ("在", "p"), ("银行", "n"), ("工作", "vn")]
    >>> contextual_numbers(toks, 1), contextual_numbers(toks, 3)
    (('hai2',), ('yin2', 'hang2'))
    >>> toks = [("我们", "r"), ("都会", "v"), ("去", "v")]
    >>> contextual_numbers(toks, 1)
    ('dou1', 'hui4')
    """
    text, tag = tokens[i]
    key = simplified(text)
    fast = context_free_numbers(key, tag)
    if fast is not None:
        return fast
    if len(key) == 1:
        if key in POLYPHONES:
            rule = _rule_single(key, tokens, i)
            if rule is not None:
                return (rule,)
        return word_numbers(text)
    fixed = _word_context(key, tokens, i)
    if fixed is not None:
        return tuple(fixed.split())
    base = list(word_numbers(text))
    if tag.startswith("nr") and key[0] in SURNAMES and not dictionary_readings(key):
        base[0] = SURNAMES[key[0]]
        return tuple(base)
    if tag.startswith("nr") or _known(key) or not _ALL_HAN.fullmatch(key):
        return tuple(base)
    if _RECUT_OR_RULED.isdisjoint(key):
        return tuple(base)
    # A word no dictionary knows (jieba's 了长, 累得, 率团参加): cut it again and let the rules read
    # its polyphones as words of the sentence.
    pieces = _recut(key)
    # The rules read a few words around (twelve back, ten ahead, to the clause's end for 为): the
    # sentence around the word is copied only that far, not whole for every such word (a sentence
    # of thousands of words with no mark made that cost its length squared).
    lo, hi = max(0, i - CONTEXT_REACH), min(len(tokens), i + 1 + CONTEXT_REACH)
    local = [*tokens[lo:i], *((p, tag + _PIECE) for p in pieces), *tokens[i + 1 : hi]]
    pos = 0
    for k, piece in enumerate(pieces):
        j = i - lo + k
        reading = None
        if len(piece) == 1 and piece in POLYPHONES:
            rule = _rule_single(piece, local, j)
            reading = (rule,) if rule is not None else None
        elif len(piece) > 1:
            fixed = _word_context(piece, local, j)
            reading = tuple(fixed.split()) if fixed else None
        if reading is not None:
            base[pos : pos + len(piece)] = reading
        pos += len(piece)
    return tuple(base)


# --- spoken layer --------------------------------------------------------------------------------

def _tone(s: str | None) -> int | None:
    return int(s[-1]) if s and s[-1].isdigit() else None


def _with_tone(s: str, tone: int) -> str:
    return _TONE.sub(str(tone), s)


#: 一 keeps yī when it is counted rather than said as "one of": ordinals, dates, digit strings and
#: at the end of a word (统一, 唯一, 之一).
_YI_KEEP_BEFORE = frozenset("第初十")
_DIGIT_HAN = frozenset("〇零一二三四五六七八九十百千万亿两")


def spoken_numbers(words: Sequence[tuple[str, Syllables]]) -> list[Syllables]:
    """The spoken layer of a sentence: 一/不 sandhi and third-tone sandhi over the citation
    readings of its words (given as (text, syllables) pairs, in order).

    Third-tone sandhi runs inside a word, and across a word boundary when the first word is a
    single syllable (很好 hén hǎo); a punctuation mark or a non-Han token ends the run. So a third
    tone becomes a second tone exactly when the next syllable is a third tone in the same word, or
    in the next word after a one-syllable word: each word can be read on its own (and cached), then
    its last syllable checked against the next word's first.

    >>> spoken_numbers([("一个", ("yi1", "ge4")), ("不要", ("bu4", "yao4")), ("展览馆", ("zhan3", "lan3", "guan3"))])
    [('yi2', 'ge4'), ('bu2', 'yao4'), ('zhan2', 'lan2', 'guan3')]
    """
    out: list[Syllables] = []
    following: tuple[str, str | None] | None = None  # first (character, syllable) of the next word
    for text, syllables in reversed(words):
        syllables = tuple(syllables)
        out.append(spoken_word(text, syllables, following))
        if text:
            following = (text[0], syllables[0] if syllables else None)
    out.reverse()
    return out


def spoken_alone(text: str, citation: Syllables) -> tuple[Syllables | None, Syllables | None]:
    """What ``spoken_word`` gives a word whatever follows it, when that is fixed: its spoken
    reading alone (None for a word holding 一/不, whose tone the next word decides) and, for a
    one-syllable third tone, the second tone it takes before another third tone (else None).

    >>> spoken_alone("展览馆", ("zhan3", "lan3", "guan3")), spoken_alone("很", ("hen3",))
    ((('zhan2', 'lan2', 'guan3'), None), (('hen3',), ('hen2',)))
    >>> spoken_alone("一个", ("yi1", "ge4"))
    (None, None)
    """
    if "一" in text or "不" in text:
        return None, None
    spoken = _word_third_tones(citation)
    if len(text) == 1 and _tone(spoken[0]) == 3:
        return spoken, (_with_tone(spoken[0], 2),)
    return spoken, None


def spoken_word(text: str, syllables: Syllables, following: tuple[str, str | None] | None) -> Syllables:
    """The spoken reading of one word of a sentence, given its citation readings and the first
    (character, citation syllable) of the next word (None at the end of the sentence).

    >>> spoken_word("很", ("hen3",), ("好", "hao3")), spoken_word("一", ("yi1",), ("个", "ge4"))
    (('hen2',), ('yi2',))
    """
    alone, leaned = spoken_alone(text, syllables)
    if alone is None:  # 一 and 不 never read a third tone: they lean on nothing
        return _yi_bu_sandhi(text, syllables, following)
    if leaned is not None and following is not None and _tone(following[1]) == 3:
        return leaned  # 很好: a one-syllable word leans on the next
    return alone


@lru_cache(maxsize=65536)
def _word_third_tones(syllables: Syllables) -> Syllables:
    """Third-tone sandhi inside one word: every third tone before another becomes a second tone
    (展览馆 zhǎn lǎn guǎn -> zhán lán guǎn)."""
    tones = [_tone(s) for s in syllables]
    if 3 not in tones[:-1]:
        return syllables
    return tuple(
        _with_tone(s, 2) if tone == 3 and k + 1 < len(tones) and tones[k + 1] == 3 else s
        for k, (s, tone) in enumerate(zip(syllables, tones))
    )


def _yi_bu_sandhi(text: str, syllables: Syllables, following: tuple[str, str | None] | None) -> Syllables:
    """A word holding 一 or 不: their tone changes from the citation tone of the next syllable
    (in this word, or the first of the next word), then third-tone sandhi inside the word."""
    spoken = list(syllables)
    length = len(text)
    for p, (char, syl) in enumerate(zip(text, syllables)):
        if syl is None or char not in "一不":
            continue
        if p + 1 < length:
            next_char, next_syl, same_word = text[p + 1], syllables[p + 1], True
        elif following is not None:
            (next_char, next_syl), same_word = following, False
        else:
            continue
        if next_syl is None:
            continue
        tone = _tone(next_syl)
        prev_char = text[p - 1] if p > 0 else ""
        if char == "不" and syl == "bu4" and tone == 4:
            spoken[p] = "bu2"
        elif char == "一" and syl == "yi1":
            if prev_char in _YI_KEEP_BEFORE or prev_char in _DIGIT_HAN or next_char in _DIGIT_HAN:
                continue
            if length > 1 and p == length - 1:  # 统一, 唯一, 之一 end their word with yī
                continue
            if next_char in "月号日" and same_word:  # 一月 yī yuè
                continue
            if tone == 4 or (tone == 5 and next_char == "个"):
                spoken[p] = "yi2"
            elif tone in (1, 2, 3):
                spoken[p] = "yi4"
    return _word_third_tones(tuple(spoken))


# --- styles ---------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def marks(syllable: str) -> str:
    """Tone marks from tone numbers; the neutral tone has no mark.

    >>> marks("zhang3"), marks("le5"), marks("lü4")
    ('zhǎng', 'le', 'lǜ')
    """
    return to_tone(syllable)


@lru_cache(maxsize=4096)
def zhuyin(syllable: str) -> str:
    """Zhuyin (bopomofo) from tone numbers; the neutral-tone dot goes first, as in Taiwan's
    dictionaries (˙ㄌㄜ).

    >>> zhuyin("zhang3"), zhuyin("le5"), zhuyin("zhi1")
    ('ㄓㄤˇ', '˙ㄌㄜ', 'ㄓ')
    """
    z = _convert_style(to_tone(syllable), Style.BOPOMOFO, strict=True)
    if z.endswith("˙"):
        z = "˙" + z[:-1]
    return z


@lru_cache(maxsize=65536)
def forms(syllables: Syllables) -> dict[str, list[str | None]]:
    """The three written forms of a token's readings (a tuple), aligned with its characters.
    Computed once per reading and shared by every token read so: treat the result as read-only.

    >>> forms(("hang2", "ye4", None))
    {'marks': ['háng', 'yè', None], 'numbers': ['hang2', 'ye4', None], 'zhuyin': ['ㄏㄤˊ', 'ㄧㄝˋ', None]}
    """
    return {
        "marks": [marks(s) if s else None for s in syllables],
        "numbers": list(syllables),
        "zhuyin": [zhuyin(s) if s else None for s in syllables],
    }


@lru_cache(maxsize=65536)
def marks_text(syllables: Syllables) -> str:
    """Tone-mark pinyin of a word's readings, syllables separated by spaces, non-Han left out.

    >>> marks_text(("shang1", "ye4", None, "hua4"))
    'shāng yè huà'
    """
    return " ".join(marks(s) for s in syllables if s)


def sentence_pinyin(tokens: Sequence[tuple[str, str]]) -> tuple[list[Syllables], list[Syllables]]:
    """Citation and spoken readings of every token of a sentence, given as (text, jieba tag).

    >>> cit, spo = sentence_pinyin([("我", "r"), ("很", "d"), ("好", "a")])
    >>> cit, spo
    ([('wo3',), ('hen3',), ('hao3',)], [('wo2',), ('hen2',), ('hao3',)])
    """
    citation = [contextual_numbers(tokens, i) for i in range(len(tokens))]  # the cached path first
    spoken = spoken_numbers([(text, syl) for (text, _), syl in zip(tokens, citation)])
    return citation, spoken


def pinyin_text(text: str, tag: str = "x") -> str:
    """Tone-mark pinyin of a short text read as one word, syllables separated by spaces (for
    glossaries and the vocabulary list).

    >>> pinyin_text("商业化")
    'shāng yè huà'
    """
    return " ".join(marks(s) for s in word_numbers(text) if s)


# --- numbers read out -----------------------------------------------------------------------------

_NUMBER = re.compile(r"^(?P<sign>[-\u2212])?(?P<int>\d+(?:,\d{3})*)(?:\.(?P<frac>\d+))?(?P<rest>.*)$")
#: cn2an reads integers of up to 16 digits; a longer run of digits is an id, read digit by digit.
_MAX_DIGITS = 16
_PER = {"%": "百分之", "％": "百分之", "‰": "千分之"}


def _digits_aloud(number: str, *, one_by_one: bool = False) -> str:
    """``number`` (digits, a decimal point, a sign) in Chinese numerals through cn2an: 399 -> 三百九十九,
    200153868 -> 二亿零一十五万三千八百六十八, 5.20 -> 五点二零, -0.1 -> 负零点一; digit by digit with
    ``one_by_one`` (years: 2024 -> 二零二四)."""
    import cn2an  # imported here: 0.2 s, and only the learner's page reads numbers aloud

    whole = number.lstrip("-").split(".")[0]
    return cn2an.an2cn(number, "direct" if one_by_one or len(whole) > _MAX_DIGITS else "low")


def number_reading(text: str) -> tuple[str, str] | None:
    """How a number written in digits is read out, in characters and tone-mark pinyin; None when
    ``text`` does not start with digits. For the reader, on request: tokens keep null pinyin for
    digits. Digits go through cn2an; a year (2024年) is read digit by digit, a lone 2 before a
    measure word is 两, a percentage is 百分之…, and a minus sign (−) is 负. A token that starts with a hyphen is not
    read: in news it is a range or a name cut apart (0.10-2.64米, 歼-20), rarely a negative number.

    >>> number_reading("399元")
    ('三百九十九元', 'sān bǎi jiǔ shí jiǔ yuán')
    >>> number_reading("5.20元")
    ('五点二零元', 'wǔ diǎn èr líng yuán')
    >>> number_reading("1.5万亿美元")[0], number_reading("2005年")[0], number_reading("2个")[0], number_reading("12.5%")[0]
    ('一点五万亿美元', '二零零五年', '两个', '百分之十二点五')
    """
    m = _NUMBER.match(text)
    if not m:
        return None
    sign, digits, frac, rest = m.group("sign"), m.group("int").replace(",", ""), m.group("frac"), m.group("rest")
    per = _PER.get(rest[:1], "")
    if sign == "-":
        return None  # a hyphen, cut from its context: 0.10-2.64米, 歼-20, 2013-2017年
    number = ("-" if sign else "") + digits + (f".{frac}" if frac else "")
    if rest.startswith("年") and len(digits) == 4 and not frac and not sign:
        hanzi = _digits_aloud(digits, one_by_one=True)  # 2005年: 二零零五年
    elif digits == "2" and not frac and not sign and rest and rest[0] not in "年月日号点%％‰":
        hanzi = "两"  # 2个: 两个
    else:
        hanzi = _digits_aloud(number)
    if per:
        negative = hanzi.startswith("负")
        hanzi = ("负" if negative else "") + per + hanzi[negative:] + rest[1:]
    else:
        hanzi += rest
    syllables = [s for s in word_numbers(hanzi) if s]
    return hanzi, " ".join(marks(s) for s in syllables)
