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
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT
from pypinyin.contrib.tone_convert import to_tone
from pypinyin.seg.mmseg import seg as _mmseg
from pypinyin.style import convert as _convert_style

#: One syllable per character: a tone-number syllable (``zhang3``, ``le5``) or None (not Han).
Syllables = tuple[str | None, ...]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f]")
_TONE = re.compile(r"[1-5]$")

_t2s = opencc.OpenCC("t2s")


def is_han(char: str) -> bool:
    """True for a Han character (CJK ideographs, extensions, compatibility, 〇).

    >>> is_han("行"), is_han("K"), is_han("，")
    (True, False, False)
    """
    return bool(_HAN.fullmatch(char))


@lru_cache(maxsize=65536)
def simplified(word: str) -> str:
    """The simplified form of ``word`` for lookups, character for character.

    OpenCC may convert a phrase to one of a different length; we then fall back to converting
    character by character, so position ``i`` of the result still belongs to character ``i``.

    >>> simplified("行業發展")
    '行业发展'
    """
    if not any(is_han(c) for c in word):
        return word
    converted = _t2s.convert(word)
    if len(converted) != len(word):
        converted = "".join(_t2s.convert(c) if len(_t2s.convert(c)) == 1 else c for c in word)
    return converted


def _pypinyin(run: str) -> list[str]:
    return lazy_pinyin([run], style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True)


def _han_run_numbers(run: str) -> list[str]:
    """Readings of a run of Han characters: the phrase when pypinyin knows it, else its mmseg
    pieces (each a phrase or a character)."""
    if len(run) == 1 or run in PHRASES_DICT:
        pieces = [run]
    else:
        pieces = list(_mmseg.cut(run))
    out: list[str] = []
    for piece in pieces:
        syllables = _pypinyin(piece)
        if len(syllables) != len(piece):  # never seen; keep one syllable per character regardless
            syllables = [s for c in piece for s in _pypinyin(c)]
        out.extend(syllables)
    return out


def _citation(word: str, syllables: list[str | None]) -> list[str | None]:
    """Undo the 一/不 sandhi that pypinyin's phrase data writes (一个 yi2 ge4 -> yi1 ge4); a
    neutral-tone 不 (对不起 duì bu qǐ) keeps its neutral tone."""
    out = list(syllables)
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
    "还是": "hai2 shi4",
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
    "有点累": "you3 dian3 lei4",
    "暗面": "an4 mian4",
}


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
    out: list[str | None] = []
    run_start = None
    for i, char in enumerate(key + "\0"):
        if i < len(key) and is_han(char):
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            out.extend(_han_run_numbers(key[run_start:i]))
            run_start = None
        if i < len(key):
            out.append(None)
    return tuple(_citation(key, out))


# --- context rules -------------------------------------------------------------------------------

#: jieba tags of the word before a classifier: numerals, demonstratives, 几/每/多少.
_NUMERAL_BEFORE = re.compile(r"^(?:[0-9０-９]+|[一二两三四五六七八九十百千万几每半整]+|这|那|哪|多少|某)$")
_STOP = frozenset("，。！？；：、,.!?;:“”‘’（）()《》「」『』—…")


def _text(tokens: Sequence[tuple[str, str]], i: int) -> str:
    return simplified(tokens[i][0]) if 0 <= i < len(tokens) else ""


def _tag(tokens: Sequence[tuple[str, str]], i: int) -> str:
    return tokens[i][1] if 0 <= i < len(tokens) else ""


def _is_verbish(tag: str) -> bool:
    return tag.startswith("v") or tag in ("d", "ad")


def _rule_single(char: str, tokens: Sequence[tuple[str, str]], i: int) -> str | None:
    """The reading of a one-character token from its tag and neighbours, or None for the default."""
    tag = _tag(tokens, i)
    prev, nxt = _text(tokens, i - 1), _text(tokens, i + 1)
    prev_tag, next_tag = _tag(tokens, i - 1), _tag(tokens, i + 1)
    if char == "了":
        # 了 liǎo only as a verb after 不/得 (去不了 cut as 去/不/了) or before 之 (一了百了 is a word).
        if prev in ("不", "得") and nxt not in ("。", "！", "？", "") and tag.startswith("v"):
            return "liao3"
        return "le5"
    if char == "得":
        if tag == "ud" or prev_tag.startswith("v") or prev_tag.startswith("a"):
            # 跑得快, 说得好: the complement marker follows a verb or adjective.
            if tag != "v" or prev_tag.startswith("v") or prev_tag.startswith("a"):
                return "de5"
        # 得 děi "must": before a verb, after a subject or an adverb (我得走, 还得等).
        if (next_tag.startswith("v") or next_tag in ("d", "p") or nxt in ("先", "多", "花", "有")) and (
            prev_tag in ("r", "d", "n", "nr", "c") or prev in ("就", "还", "也", "都", "又", "必须", "总")
        ):
            return "dei3"
        return "de2"
    if char == "地":
        if tag == "uv":
            return "de5"
        # 渐渐地/认真地 + verb: the adverbial marker, whatever jieba tagged it.
        if (prev_tag.startswith("a") or prev_tag in ("d", "z") or (len(prev) >= 2 and prev[0] == prev[1])) and (
            next_tag.startswith("v") or next_tag in ("d", "p")
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
            if t in _STOP:
                break
            if t == "以" and _tag(tokens, j) == "p":
                return "wei2"
        for j in range(i + 1, min(len(tokens), i + 10)):  # 为……所 (passive)
            t = _text(tokens, j)
            if t in _STOP:
                break
            if t == "所":
                return "wei2"
        if prev in ("被", "选", "评", "称", "视", "改", "分", "化", "变", "转", "定", "列", "设", "立", "任"):
            return "wei2"
        if nxt in ("一", "主", "止", "准", "由", "重"):
            return "wei2"
        return "wei4"
    if char == "还":
        if tag == "v" or nxt in ("钱", "款", "债", "贷", "给", "清") or prev in ("归", "偿", "退", "返", "送"):
            return "huan2"
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
        return "zhong4" if tag.startswith("v") else "zhong3"
    if char == "差":
        if nxt in ("别", "异", "距", "价", "额", "错") or tag == "n":
            return "cha1"
        return "cha4"
    if char == "当":
        if nxt in ("作", "成", "做", "真", "天", "日", "年", "晚", "铺", "票"):
            return "dang4"
        return "dang1"
    if char == "处":
        return "chu3" if tag.startswith("v") else "chu4"
    if char == "将":
        return "jiang1"
    if char == "供":
        return "gong1"
    if char == "应":
        if nxt in ("对", "用", "邀", "约", "聘", "急", "变") or tag == "v" and not next_tag.startswith("v"):
            return "ying4"
        return "ying1"
    if char == "便":
        return "bian4"
    if char == "相":
        return "xiang1"
    if char == "发":
        return "fa1"
    if char == "干":
        return "gan4" if tag.startswith("v") else "gan1"
    if char == "教":
        return "jiao1" if tag.startswith("v") and next_tag not in ("v", "vn") else "jiao4"
    if char == "和":
        return "he2"
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
}

#: One-character polyphones the rule layer decides; every other character keeps its word reading.
POLYPHONES = frozenset("了得地着为还都只重长行数量调好少种差当处将供应便相发干教和要")


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
    if len(key) == 1 and key in POLYPHONES:
        rule = _rule_single(key, tokens, i)
        if rule is not None:
            return (rule,)
    by_tag = _WORD_BY_TAG.get(key)
    if by_tag is not None:
        noun = tag.startswith("n") and not _tag(tokens, i + 1).startswith("v")
        return tuple((by_tag[0] if noun else by_tag[1]).split())
    return word_numbers(text)


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
    single syllable (很好 hén hǎo); a punctuation mark or a non-Han token ends the run.

    >>> spoken_numbers([("一个", ("yi1", "ge4")), ("不要", ("bu4", "yao4")), ("展览馆", ("zhan3", "lan3", "guan3"))])
    [('yi2', 'ge4'), ('bu2', 'yao4'), ('zhan2', 'lan2', 'guan3')]
    """
    # Flatten to syllables with their word index, so sandhi can look at the next syllable.
    flat: list[list] = []  # [char, syllable, word index, position in word, word length]
    for w, (text, syllables) in enumerate(words):
        for p, (char, syl) in enumerate(zip(text, syllables)):
            flat.append([char, syl, w, p, len(text)])
    n = len(flat)

    def next_han(k: int) -> int | None:
        return k + 1 if k + 1 < n and flat[k + 1][1] is not None else None

    # 一 and 不 first, from the citation tones of what follows.
    for k, (char, syl, w, p, length) in enumerate(flat):
        if syl is None or char not in "一不":
            continue
        j = next_han(k)
        if j is None:
            continue
        following = _tone(flat[j][1])
        prev_char = flat[k - 1][0] if k > 0 and flat[k - 1][2] == w else ""
        if char == "不" and syl == "bu4" and following == 4:
            flat[k][1] = "bu2"
        elif char == "一" and syl == "yi1":
            if prev_char in _YI_KEEP_BEFORE or prev_char in _DIGIT_HAN or flat[j][0] in _DIGIT_HAN:
                continue
            if length > 1 and p == length - 1:  # 统一, 唯一, 之一 end their word with yī
                continue
            if flat[j][0] in "月号日" and flat[j][2] == w:  # 一月 yī yuè
                continue
            if following == 4 or (following == 5 and flat[j][0] == "个"):
                flat[k][1] = "yi2"
            elif following in (1, 2, 3):
                flat[k][1] = "yi4"

    # Third tone: all but the last of a run of third tones become second tones.
    k = 0
    while k < n:
        if _tone(flat[k][1]) != 3:
            k += 1
            continue
        run = [k]
        while True:
            j = run[-1] + 1
            if j >= n or _tone(flat[j][1]) != 3:
                break
            a, b = flat[run[-1]], flat[j]
            if a[2] != b[2] and a[4] > 1:
                # Only a one-syllable word leans on the next (很好, 我想); after a longer word the
                # phrase breaks (发展|很好: fā zhǎn hén hǎo).
                break
            run.append(j)
        for j in run[:-1]:
            flat[j][1] = _with_tone(flat[j][1], 2)
        k = run[-1] + 1

    out: list[list[str | None]] = [[] for _ in words]
    for char, syl, w, p, length in flat:
        out[w].append(syl)
    # A word longer than its characters' zip (never for str) keeps its length.
    return [tuple(s) for s in out]


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


def forms(syllables: Syllables) -> dict[str, list[str | None]]:
    """The three written forms of a token's readings, aligned with its characters.

    >>> forms(("hang2", "ye4", None))
    {'marks': ['háng', 'yè', None], 'numbers': ['hang2', 'ye4', None], 'zhuyin': ['ㄏㄤˊ', 'ㄧㄝˋ', None]}
    """
    return {
        "marks": [marks(s) if s else None for s in syllables],
        "numbers": list(syllables),
        "zhuyin": [zhuyin(s) if s else None for s in syllables],
    }


def sentence_pinyin(tokens: Sequence[tuple[str, str]]) -> tuple[list[Syllables], list[Syllables]]:
    """Citation and spoken readings of every token of a sentence, given as (text, jieba tag).

    >>> cit, spo = sentence_pinyin([("我", "r"), ("很", "d"), ("好", "a")])
    >>> cit, spo
    ([('wo3',), ('hen3',), ('hao3',)], [('wo2',), ('hen2',), ('hao3',)])
    """
    citation = [contextual_numbers(tokens, i) for i in range(len(tokens))]
    spoken = spoken_numbers([(text, syl) for (text, _), syl in zip(tokens, citation)])
    return citation, spoken


def pinyin_text(text: str, tag: str = "x") -> str:
    """Tone-mark pinyin of a short text read as one word, syllables separated by spaces (for
    glossaries and the vocabulary list).

    >>> pinyin_text("商业化")
    'shāng yè huà'
    """
    return " ".join(marks(s) for s in word_numbers(text) if s)
