"""The spaCy + jieba backbone: the one place that builds the ``nlp`` object.

``spacy.blank("zh")`` alone splits Chinese into single characters, and its jieba mode calls jieba's
process-wide global dictionary. We build ``spacy.blank("zh")`` with the jieba segmenter set
explicitly, then give it a tokenizer that owns a private ``jieba.Tokenizer`` with the project user
dictionary loaded, so every process that segments (a worker, a notebook) gets the same words and no
other code can change them behind our back.

The tokenizer reads the normalized copy of the text (``normalize.py``) and builds the ``Doc`` over
the original characters, so ``token.idx`` and ``token.text`` always index the text as written.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import config
from pipeline.annotate import extensions, sentences
from pipeline.annotate.normalize import normalize
from pipeline.annotate.pos import upos_for
from pipeline.errors import DataError

logging.getLogger("jieba").setLevel(logging.WARNING)

FREQ_FLOOR_PATH = config.PACKAGE_DIR / "data" / "jieba_freq_floor.txt"

# Units that make a number one word with them (longest first, so 个月 wins over 个).
_CURRENCY_UNITS = (
    "人民币 美元 欧元 日元 英镑 港元 港币 澳元 加元 韩元 卢布 泰铢 新台币 瑞郎 卢比 "
    "块钱 毛钱 元 块 毛 角"
).split()
_TIME_UNITS = "个小时 个星期 个月 世纪 年代 小时 分钟 星期 年 月 日 号 天 周 秒 时".split()
_OTHER_UNITS = (
    "个百分点 百分点 % ％ ‰ 人次 平方公里 平方米 立方米 公里 千米 厘米 毫米 公斤 千克 千瓦 "
    "个 倍 人 名 位 家 件 台 辆 吨 克 斤 米 亩 公顷 度 项 条 只 头 座 所 股 份 批 架 艘 部 篇 届 次 "
    "场 户 支 起 栋 套 张 本 岁 分 点"
).split()
# A unit character that starts a longer word is not a unit there: 5年级, 2号线, 3点钟 stays 3点 + 钟.
_NOT_UNIT_AFTER = {"年": "级", "号": "线楼院", "分": "钟之", "度": "过", "点": "钟"}


def _alternation(words: list[str]) -> str:
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        stop = _NOT_UNIT_AFTER.get(word)
        parts.append(re.escape(word) + (f"(?![{stop}])" if stop else ""))
    return "|".join(parts)


_UNITS = _alternation(_CURRENCY_UNITS + _TIME_UNITS + _OTHER_UNITS)
_CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
# Numbers stay whole with their decimals, scale words and unit: 5.20元 / 至 / 399元, 1.5万亿美元,
# 70多万元, 2个 / 工作日. Latin-digit words (GPT-4o, A100, 5G) are left to jieba.
_NUMBER_WITH_UNIT = re.compile(
    r"(?<![A-Za-z0-9_.\-])(?:"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])"  # 2024-05-21
    r"|\d{1,2}:\d{2}(?::\d{2})?(?![\d])"  # 8:30
    rf"|\d+(?:,\d{{3}})*(?:\.\d+)?(?:多|余)?[十百千万亿]*(?:多|余)?(?:{_UNITS}|(?![A-Za-z0-9]))"
    rf"|[{_CN_DIGITS}]{{2,}}(?:多|余)?(?:{_alternation(_CURRENCY_UNITS)})"
    r")"
)
_TIME_UNIT_END = re.compile(rf"(?:{_alternation(_TIME_UNITS)})$")
_ANY_UNIT_END = re.compile(rf"(?:{_UNITS})$")


def _number_tag(word: str) -> str:
    """jieba-style tag for a merged number: t (time word), mq (number + unit), m (numeral)."""
    if _TIME_UNIT_END.search(word) or ":" in word or word.count("-") == 2:
        return "t"
    if _ANY_UNIT_END.search(word) and not word[-1].isdigit():
        return "mq"
    return "m"


@dataclass(frozen=True)
class Word:
    """A word of the normalized text: its text, jieba tag and normalized offsets."""

    text: str
    tag: str
    start: int
    end: int


_LATIN = re.compile(r"[A-Za-z0-9]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-_.+#][A-Za-z0-9]+)*")
_LATIN_JOINERS = frozenset("-_.+#")


def _append_joining_latin(out: list[Word], word: Word, text: str, offset: int) -> None:
    """jieba's POS mode cuts Latin-digit words apart (5G -> 5/G, GPT-4o -> GPT/-/4/o); keep them
    whole, as its plain mode does."""
    if out and _LATIN.fullmatch(word.text):
        prev = out[-1]
        if prev.end == word.start and _LATIN_WORD.fullmatch(prev.text):
            out[-1] = Word(prev.text + word.text, "eng", prev.start, word.end)
            return
        if (
            len(out) >= 2
            and prev.text in _LATIN_JOINERS
            and _LATIN_WORD.fullmatch(out[-2].text)
            and re.search("[A-Za-z]", out[-2].text)
        ):
            first = out[-2]
            out[-2:] = [Word(first.text + prev.text + word.text, "eng", first.start, word.end)]
            return
    out.append(word)


class JiebaSegmenter:
    """A private jieba dictionary with the user dictionary loaded, and POS-tagged cutting.

    >>> [w.text for w in JiebaSegmenter().cut("价格在5.20元至399元不等")]
    ['价格', '在', '5.20元', '至', '399元', '不等']
    """

    def __init__(self, userdict: Path | None = config.USERDICT_PATH):
        self.userdict = Path(userdict) if userdict is not None else None
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        # Near-miss dictionary words that jieba's inflated character counts would split
        # (时长 -> 时/长); see tools/build_freq_floor.py for how the list is made.
        with open(FREQ_FLOOR_PATH, encoding="utf-8") as floor:
            for line in floor:
                word, freq = line.split()
                self._tokenizer.add_word(word, int(freq))
        if self.userdict is not None:
            if not self.userdict.is_file():
                raise DataError(f"{self.userdict}: user dictionary not found")
            try:
                self._tokenizer.load_userdict(str(self.userdict))
            except ValueError as exc:  # jieba's message for a non-UTF-8 file
                raise DataError(f"{self.userdict}: {exc}") from exc
        self._pos = jieba.posseg.POSTokenizer(self._tokenizer)
        # jieba's cutters keep per-instance state and are not thread-safe.
        self._lock = threading.Lock()

    def _cut_plain(self, text: str, offset: int, out: list[Word]) -> None:
        pos = offset
        for pair in self._pos.cut(text):
            word = pair.word
            _append_joining_latin(out, Word(word, pair.flag, pos, pos + len(word)), text, offset)
            pos += len(word)

    def cut(self, text: str) -> list[Word]:
        """Cut normalized text into tagged words that cover it exactly, in order."""
        words: list[Word] = []
        with self._lock:
            pos = 0
            for m in _NUMBER_WITH_UNIT.finditer(text):
                if m.start() > pos:
                    self._cut_plain(text[pos : m.start()], pos, words)
                words.append(Word(m.group(), _number_tag(m.group()), m.start(), m.end()))
                pos = m.end()
            if pos < len(text):
                self._cut_plain(text[pos:], pos, words)
        return words


class NewsTokenizer:
    """spaCy tokenizer: normalize, cut with jieba, build the ``Doc`` over the original text."""

    def __init__(self, vocab, segmenter: JiebaSegmenter):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        norm = normalize(text)
        cut = self.segmenter.cut(norm.text)
        if not cut:  # empty, or only characters that normalization drops
            cut = [Word(text, "x", 0, len(text))] if text else []
            bounds = [0, len(text)]
        else:
            # Token i runs from its first original character to the next token's: characters that
            # normalization dropped (zero-width) stay with the token before them.
            bounds = [norm.starts[w.start] for w in cut] + [len(text)]
            bounds[0] = 0
        words = [text[bounds[i] : bounds[i + 1]] for i in range(len(cut))]
        doc = Doc(
            self.vocab,
            words=words,
            spaces=[False] * len(words),
            tags=[w.tag for w in cut],
            pos=[upos_for(w.tag, w.text) for w in cut],
        )
        # norm_ holds exactly what the segmenter read (spaCy's default would map 。 to "." and
        # lower-case Latin words), so later stages see the full-width marks.
        for token, word in zip(doc, cut):
            token.norm_ = word.text
        doc._.zh_norm = norm.text
        return doc


@Language.factory("zh_news_sentences")
def _make_sentencizer(nlp: Language, name: str):
    return sentences.NewsSentencizer()


def build_nlp(userdict: Path | None = config.USERDICT_PATH) -> Language:
    """Build the pipeline's ``nlp``: spaCy's blank Chinese with our jieba tokenizer and sentences.

    >>> nlp = build_nlp()
    >>> [t.text for t in nlp("时长5.20元至399元不等")][:3]
    ['时长', '5.20元', '至']
    """
    extensions.register()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = NewsTokenizer(nlp.vocab, JiebaSegmenter(userdict))
    nlp.add_pipe("zh_news_sentences")
    return nlp


@lru_cache(maxsize=4)
def shared_nlp(userdict: Path | None = config.USERDICT_PATH) -> Language:
    """One ``nlp`` per process and user dictionary (loading jieba's dictionary takes ~0.5 s)."""
    return build_nlp(userdict)
