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

import gc
import importlib.machinery
import importlib.util
import re
import sys
import threading
from bisect import bisect_left, bisect_right
from typing import NamedTuple
from functools import lru_cache
from pathlib import Path

import numpy
import opencc
import spacy
import srsly
from spacy.attrs import (
    IS_LOWER, IS_TITLE, IS_UPPER, LIKE_EMAIL, LIKE_NUM, LIKE_URL, NORM, POS, PREFIX, SENT_START, SHAPE, SUFFIX,
    TAG,
)
from spacy.lang.zh import lex_attrs as zh_lex_attrs
from spacy.language import Language
from spacy.symbols import IDS
from spacy.tokens import Doc

from pipeline import config, factories  # noqa: F401 (registers the components' factories)
from pipeline.annotate import extensions
from pipeline.annotate.sentences import sentence_starts
from pipeline.annotate.normalize import NormalizedText, normalize
from pipeline.annotate.pos import tag_upos, upos_for
from pipeline.errors import DataError

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
    # Every number starts with a digit; saying so first lets the search pass any other character
    # at once (a third of the time over news text).
    rf"(?=[\d{_CN_DIGITS}])"
    r"(?<![A-Za-z0-9_.\-])(?:"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])"  # 2024-05-21
    r"|\d{1,2}:\d{2}(?::\d{2})?(?![\d])"  # 8:30
    rf"|\d+(?:,\d{{3}})*(?:\.\d+)?(?:多|余)?[十百千万亿]*(?:多|余)?(?:{_UNITS}|(?![A-Za-z0-9]))"
    # A run of numeral characters is read whole, from its first character, and never given back
    # (possessive): a unit can only follow the run, and a run of thousands (〇〇〇…) is read once,
    # not once per character and split point.
    rf"|(?<![{_CN_DIGITS}])[{_CN_DIGITS}]{{2,}}+(?:多|余)?(?:{_alternation(_CURRENCY_UNITS)})"
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


class Word(NamedTuple):
    """A word of the normalized text: its text, jieba tag and normalized offsets."""

    text: str
    tag: str
    start: int
    end: int


_LATIN = re.compile(r"[A-Za-z0-9]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-_.+#][A-Za-z0-9]+)*")
_LATIN_JOINERS = frozenset("-_.+#")
_NUMERAL = re.compile(r"[0-9.,]+|[〇零一二两三四五六七八九十百千万亿]+")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_HAN_CHARS = re.compile(r"[\u4e00-\u9fff]")


def _append_joining_latin(out: list[tuple[str, str, int, int]], word: tuple[str, str, int, int]) -> None:
    """jieba's POS mode cuts Latin-digit words apart (5G -> 5/G, GPT-4o -> GPT/-/4/o); keep them
    whole, as its plain mode does. Words are (text, tag, start, end) tuples, as ``Word`` holds them."""
    text, _, start, end = word
    if out and _LATIN.fullmatch(text):
        prev_text, _, prev_start, prev_end = out[-1]
        if prev_end == start and _LATIN_WORD.fullmatch(prev_text):
            out[-1] = (prev_text + text, "eng", prev_start, end)
            return
        if (
            len(out) >= 2
            and prev_text in _LATIN_JOINERS
            and _LATIN_WORD.fullmatch(out[-2][0])
            and re.search("[A-Za-z]", out[-2][0])
        ):
            first_text, _, first_start, _ = out[-2]
            out[-2:] = [(first_text + prev_text + text, "eng", first_start, end)]
            return
    out.append(word)


def _jieba_rs():
    """The compiled module of ``rjieba`` (it holds the ``Jieba`` class), loaded without running the
    package's ``__init__``: that builds a default ``Jieba`` with its own copy of the dictionary,
    33 MB and a tenth of a second in every process, which nothing here uses."""
    if "rjieba" in sys.modules:
        return sys.modules["rjieba"]
    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"]
    spec = importlib.util.find_spec("rjieba")
    if spec is None or not spec.submodule_search_locations:
        raise DataError("jieba-rs not found: install the 'rjieba' package (pip install rjieba)")
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = Path(list(spec.submodule_search_locations)[0]) / f"rjieba{suffix}"
        if path.is_file():
            loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
            module = importlib.util.module_from_spec(importlib.util.spec_from_loader("rjieba.rjieba", loader))
            loader.exec_module(module)
            # a later ``import rjieba`` finds its compiled module here instead of loading it twice
            sys.modules["rjieba.rjieba"] = module
            return module
    import rjieba  # another layout: the package as it comes

    return rjieba


class JiebaSegmenter:
    """A private jieba dictionary with the user dictionary loaded, and POS-tagged cutting.

    The engine is jieba-rs (the ``rjieba`` binding): jieba's algorithm (dictionary DAG, HMM for
    new words) and jieba's dictionary, with jieba's POS tags, in Rust, over ten times faster than
    jieba's Python code. Its instances are independent, so no process-wide dictionary is touched.
    On Chinese text its words are jieba's; they differ only inside runs of ASCII (``20-30`` stays
    whole).

    >>> [w.text for w in JiebaSegmenter().cut("价格在5.20元至399元不等")]
    ['价格', '在', '5.20元', '至', '399元', '不等']
    """

    def __init__(self, userdict: Path | None = config.USERDICT_PATH,
                 entries: list[tuple[str, int | None, str | None]] | None = None):
        self.userdict = Path(userdict) if userdict is not None else None
        #: The user dictionary's entries (word, frequency or None, tag or None), as loaded: a saved
        #: pipeline keeps them (``NewsTokenizer.to_disk``), so it needs no file to be loaded again.
        self.entries = list(entries) if entries is not None else read_userdict(self.userdict) if self.userdict else []
        self._jieba = _jieba_rs().Jieba()
        # Near-miss dictionary words that jieba's inflated character counts would split
        # (时长 -> 时/长); see tools/build_freq_floor.py for how the list is made.
        for word, freq in read_data_lines(FREQ_FLOOR_PATH):
            self._jieba.add_word(word, int(freq), None)
        for word, freq, tag in self.entries:
            self._jieba.add_word(word, freq if freq is not None else self._jieba.suggest_freq(word), tag)
        self._tags: dict[str, str] = {}
        # one instance is shared by the threads of a process; keep its use serial
        self._lock = threading.Lock()

    def tag_of(self, word: str) -> str:
        """jieba's tag for a piece cut out of a longer word (元至 -> 至), or for a token another
        tokenizer made, cached.

        >>> JiebaSegmenter().tag_of("行业")
        'n'
        """
        tag = self._tags.get(word)
        if tag is None:
            if _NUMERAL.fullmatch(word):
                tag = "m"
            elif _LATIN_WORD.fullmatch(word):
                tag = "eng"
            else:
                flags = [flag for _, flag in self._jieba.tag(word, True)]
                tag = max(flags, key=flags.count) if flags else "x"
            if len(self._tags) < 100_000:
                self._tags[word] = tag
        return tag

    def cut(self, text: str) -> list[Word]:
        """Cut normalized text into tagged words that cover it exactly, in order.

        jieba cuts the whole text once; then every number with its unit becomes one word, and a
        jieba word that straddles a number's edge is split there (元至 -> 元 / 至)."""
        return [Word(*word) for word in self.cut_tuples(text)]

    def cut_tuples(self, text: str) -> list[tuple[str, str, int, int]]:
        """``cut`` as plain (text, tag, start, end) tuples, for the tokenizer: a named tuple per
        word costs a tenth of the segmentation."""
        with self._lock:
            pairs = self._jieba.tag(text, True)
        numbers = [m.span() for m in _NUMBER_WITH_UNIT.finditer(text)]
        words: list[tuple[str, str, int, int]] = []
        k, last = 0, len(numbers)
        pos = 0
        for piece, tag in pairs:
            start = pos
            end = pos = pos + len(piece)
            if k == last or numbers[k][0] >= end:  # most words: no number reaches into them
                if words and piece.isascii():
                    _append_joining_latin(words, (piece, tag, start, end))
                else:
                    words.append((piece, tag, start, end))
                continue
            cur = start
            while cur < end:
                if k < last and numbers[k][0] <= cur:  # inside number k: it is one word
                    number_start, number_end = numbers[k]
                    if cur == number_start:
                        number = text[number_start:number_end]
                        words.append((number, _number_tag(number), number_start, number_end))
                    cur = min(number_end, end)
                    if number_end <= end:
                        k += 1
                    continue
                stop = end if k == last else min(end, numbers[k][0])
                part = text[cur:stop]
                part_tag = tag if cur == start and stop == end else self.tag_of(part)
                if words and part.isascii():
                    _append_joining_latin(words, (part, part_tag, cur, stop))
                else:
                    words.append((part, part_tag, cur, stop))
                cur = stop
        return words


def read_data_lines(path: Path) -> list[list[str]]:
    """The whitespace-separated fields of each line of a data file shipped with the package."""
    try:
        with open(path, encoding="utf-8") as handle:
            return [line.split() for line in handle if line.strip()]
    except FileNotFoundError:
        raise DataError(f"{path}: data file missing from the installation; reinstall the package") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: data file unreadable ({exc}); reinstall the package") from None


_USERDICT_LINE = re.compile(r"^(?P<word>.+?)(?: (?P<freq>\d+))?(?: (?P<tag>[a-z]+))?$")


def read_userdict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba user dictionary (``word [freq] [tag]`` a line, UTF-8); a bad file is a
    ``DataError`` naming it.

    >>> read_userdict(config.USERDICT_PATH)[0]
    ('月之暗面', 20, 'nt')
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise DataError(f"{path}: user dictionary not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: user dictionary is not readable UTF-8 text ({exc})") from None
    entries = []
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = _USERDICT_LINE.match(line)
        word = m.group("word").strip() if m else ""
        if not word or " " in word:
            raise DataError(f"{path}:{lineno}: expected 'word [frequency] [tag]', got {line!r}")
        freq = m.group("freq")
        entries.append((word, int(freq) if freq else None, m.group("tag")))
    return entries


_T2S = opencc.OpenCC("t2s")


def simplified_for_segmenting(text: str) -> str:
    """The simplified-character copy of traditional text, for jieba (its dictionary is simplified:
    on 他還在銀行工作 it cuts 還在 as one unknown word). Simplified text is returned as it is:
    OpenCC's t2s would turn some simplified characters into others (坏 -> 坯). The copy keeps the
    length, so offsets need no map; otherwise the text is cut as written.

    >>> simplified_for_segmenting("他還在銀行工作")
    '他还在银行工作'
    """
    converted = _T2S.convert(text)
    # Nearly all news is simplified already: comparing the copies is cheap, counting the changed
    # and Han characters of every text cost a tenth of the segmentation.
    if converted == text or len(converted) != len(text):
        return text
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    if changed < 2:
        return text
    han = len(_HAN_CHARS.findall(text))
    return converted if changed >= han * 0.03 else text


class TokenTable(NamedTuple):
    """The tokens of a Doc as plain lists (index = token.i), kept by the tokenizer. Later stages
    read these instead of creating a spaCy Token object per token and attribute, which costs more
    than their own work on it."""

    texts: list[str]  # as written
    norms: list[str]  # as the segmenter read them (token.norm_)
    tags: list[str]  # jieba tags (token.tag_)
    pos: list[str]  # Universal POS (token.pos_)
    starts: list[int]  # token.idx
    sent_starts: list[bool]  # token.is_sent_start

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """(first, stop) token indices of each sentence, as ``doc.sents`` gives them."""
        firsts = [i for i, start in enumerate(self.sent_starts) if start]
        return list(zip(firsts, firsts[1:] + [len(self.texts)]))


_TOKEN_ATTRS = [TAG, POS, SENT_START, NORM]
_UPOS_IDS = {name: IDS[name] for name in "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE".split()}
_NOT_SENT_START = numpy.uint64(2**64 - 1)  # -1 ("not a sentence start") as from_array reads it


def text_and_normalized(doc: Doc) -> tuple[str, NormalizedText]:
    """``doc.text`` and its normalized copy with the offset map, as the tokenizer kept them (the
    extractors read both; a Doc made some other way is normalized once, on first use).

    >>> text, norm = text_and_normalized(shared_nlp()("好...吗"))
    >>> text, norm.text, norm.to_original(1, 2)
    ('好...吗', '好…吗', (1, 4))
    """
    made = extensions.state(doc)
    return made.text, made.norm


def table_from_doc(doc: Doc) -> tuple[str, TokenTable, NormalizedText]:
    """(doc.text, the token table, the normalized text) made from the Doc itself: for a Doc this
    tokenizer made and that has travelled (unpickling, doc.copy(), a DocBin), the tokens'
    norms, tags and sentence starts as it set them; for a Doc of another tokenizer
    (``spacy.blank("zh")`` cuts characters, ``Doc(vocab, words=...)``), each token's norm is its
    stretch of the normalized text (through the offset map), its jieba tag is jieba's for that
    piece unless the Doc has tags, and sentence starts are ours unless the Doc has them.

    >>> import spacy
    >>> text, table, norm = table_from_doc(spacy.blank("zh")("好,吗"))
    >>> table.norms, table.tags, table.sent_starts
    (['好', '，', '吗'], ['a', 'x', 'y'], [True, False, False])
    """
    text = doc.text
    norm = normalize(text)
    texts = [t.text for t in doc]
    starts = [t.idx for t in doc]
    if doc._.zh_segmented:
        norms, tags, pos = [t.norm_ for t in doc], [t.tag_ for t in doc], [t.pos_ for t in doc]
        sent_starts = [bool(t.is_sent_start) for t in doc]
        return text, TokenTable(texts, norms, tags, pos, starts, sent_starts), norm
    segmented = simplified_for_segmenting(norm.text)
    # The normalized offset of each original offset: where the first normalized character that
    # begins at or after it is.
    begins = [norm.original_start(i) for i in range(len(segmented))]
    norms = []
    for t, start in zip(texts, starts):
        a, z = bisect_left(begins, start), bisect_left(begins, start + len(t))
        norms.append(segmented[a:z])
    if doc.has_annotation("TAG"):
        tags = [t.tag_ for t in doc]
    else:
        # A token that is one of jieba's words over the whole text takes its tag in context
        # (还 of 还钱 is a verb); any other piece, jieba's tag for the piece alone.
        segmenter = _default_segmenter()
        in_context = {(a, z): tag for _, tag, a, z in segmenter.cut_tuples(segmented)}
        tags = []
        for n, start in zip(norms, starts):
            a = bisect_left(begins, start)
            tags.append(in_context.get((a, a + len(n))) or (segmenter.tag_of(n) if n.strip() else "x"))
    if doc.has_annotation("POS"):
        pos = [t.pos_ for t in doc]
    else:
        pos = [tag_upos(tag) or upos_for(tag, n) for tag, n in zip(tags, norms)]
    if doc.has_annotation("SENT_START"):
        sent_starts = [bool(t.is_sent_start) for t in doc]
    else:
        sent_starts = sentence_starts(norms)
    return text, TokenTable(texts, norms, tags, pos, starts, sent_starts), norm


@lru_cache(maxsize=1)
def _default_segmenter() -> JiebaSegmenter:
    """The segmenter that tags the tokens of a Doc made by another tokenizer (with the project's
    user dictionary: its words have the tags the pipeline would give them)."""
    return JiebaSegmenter()


class _StringIds(dict):
    """String -> its id in the vocabulary's StringStore, added there on first sight: a dict lookup
    costs a third of ``strings.add``, which encodes and hashes the string every time. Holds at most
    ``limit`` strings (the first seen, which in news are the common words), and none added inside
    a spaCy memory zone, whose strings are dropped when it ends."""

    def __init__(self, vocab, limit: int = 100_000):
        super().__init__()
        self._vocab = vocab
        self._limit = limit

    def __missing__(self, string: str) -> int:
        key = self._vocab.strings.add(string)
        if len(self) < self._limit and not self._vocab.in_memory_zone:
            self[string] = key
        return key


class _TagIds(dict):
    """jieba tag -> (its StringStore id, UPOS, UPOS id); None for the tags whose words decide the
    UPOS (``x``), which ``_WordTagIds`` holds. Tags are a small set of labels: they are added to
    the StringStore for good, even when first seen inside a memory zone."""

    def __init__(self, vocab):
        super().__init__()
        self._vocab = vocab

    def __missing__(self, tag: str) -> tuple[int, str, int] | None:
        upos = tag_upos(tag)
        value = None if upos is None else (self._vocab.strings.add(tag, allow_transient=False), upos, _UPOS_IDS[upos])
        self[tag] = value
        return value


class _WordTagIds(dict):
    """(jieba tag, word) -> (tag id, UPOS, UPOS id) for the tags whose words decide the UPOS
    (punctuation, symbols, spaces); at most ``limit`` of them."""

    def __init__(self, vocab, limit: int = 100_000):
        super().__init__()
        self._vocab = vocab
        self._limit = limit

    def __missing__(self, key: tuple[str, str]) -> tuple[int, str, int]:
        tag, word = key
        upos = upos_for(tag, word)
        value = (self._vocab.strings.add(tag, allow_transient=False), upos, _UPOS_IDS[upos])
        if len(self) < self._limit:
            self[key] = value
        return value


class NewsTokenizer:
    """spaCy tokenizer: normalize, cut with jieba, build the ``Doc`` over the original text.

    ``userdict`` is the user dictionary it was configured with (a path, or None); ``entries``, when
    given, are the dictionary's entries themselves (a saved pipeline keeps them: ``to_disk``,
    ``to_bytes``), which then win over the file. The jieba dictionary loads on first use.
    """

    def __init__(self, vocab, segmenter: JiebaSegmenter | None = None, userdict: Path | None = None,
                 entries: list[tuple[str, int | None, str | None]] | None = None):
        self.vocab = vocab
        self._segmenter = segmenter
        self.userdict = segmenter.userdict if segmenter is not None else userdict
        self._entries = entries
        self._ids = _StringIds(vocab)
        self._tag_ids = _TagIds(vocab)
        self._word_tag_ids = _WordTagIds(vocab)

    @property
    def segmenter(self) -> JiebaSegmenter:
        """The private jieba dictionary (loaded on first use)."""
        if self._segmenter is None:
            self._segmenter = JiebaSegmenter(self.userdict, self._entries)
        return self._segmenter

    def _state(self) -> dict:
        entries = self._entries if self._segmenter is None and self._entries is not None else self.segmenter.entries
        return {"userdict": str(self.userdict) if self.userdict is not None else None,
                "entries": [list(entry) for entry in entries]}

    def _load_state(self, data: dict) -> None:
        self._entries = [(word, freq, tag) for word, freq, tag in data["entries"]]
        self._segmenter = None  # made again with these entries on first use

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        """The tokenizer's settings and its user dictionary's entries (the pipeline needs no file)."""
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "NewsTokenizer":
        self._load_state(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Write ``path/userdict.txt`` (the entries, in jieba's ``word [freq] [tag]`` format)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        entries = self._state()["entries"]
        lines = [" ".join(str(part) for part in entry if part is not None) for entry in entries]
        (path / "userdict.txt").write_text("".join(line + "\n" for line in lines), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "NewsTokenizer":
        self._load_state({"entries": read_userdict(Path(path) / "userdict.txt")})
        return self

    def __call__(self, text: str) -> Doc:
        norm = normalize(text)
        segmented = simplified_for_segmenting(norm.text)
        cut = self.segmenter.cut_tuples(segmented)
        if not cut:  # empty, or only characters that normalization drops
            cut = [(text, "x", 0, len(text))] if text else []
        norms, tags, norm_starts, _ = map(list, zip(*cut)) if cut else ([], [], [], [])
        ids = self._ids
        norm_ids = list(map(ids.__getitem__, norms))
        if cut and norm.breaks:
            # Token i runs from its first original character to the next token's: characters that
            # normalization dropped (zero-width) stay with the token before them.
            bounds = [norm.original_start(start) for start in norm_starts] + [len(text)]
            bounds[0] = 0
        else:  # normalization kept every offset
            bounds = norm_starts + [len(text)]
        if norm.breaks or segmented != norm.text:
            words = [text[a:z] for a, z in zip(bounds, bounds[1:])]
            word_ids = [ids[word] for word in words]
        else:
            # Every word reads as its norm but where normalization put one character for another
            # (， for ,), two a text on average: copying the norms costs a tenth of slicing every word.
            words, word_ids = list(norms), list(norm_ids)
            for i in {bisect_right(norm_starts, at) - 1 for at in norm.replaced}:
                words[i] = text[bounds[i] : bounds[i + 1]]
                word_ids[i] = ids[words[i]]
        # A tag's id and UPOS are looked up once per tag (or, for x, per word), not per token.
        by_tag, by_word = self._tag_ids, self._word_tag_ids
        tag_ids, upos, upos_ids = (
            zip(*[by_tag[tag] or by_word[tag, word] for tag, word in zip(tags, norms)]) if norms else ((), (), ())
        )
        upos = list(upos)
        starts = sentence_starts(norms)
        # The Doc made from the words' ids has the same lexemes as one made from the words, and
        # costs a third less.
        doc = Doc(self.vocab, words=word_ids, spaces=[False] * len(words))
        # Tags, UPOS, sentence starts and norms go in as one array: Doc(tags=, pos=, sent_starts=)
        # and setting token.norm_ one Token at a time cost more than the segmentation itself. The
        # norm is what the segmenter read (spaCy's default would map 。 to "." and lower-case Latin
        # words), so later stages see the full-width marks.
        if words:
            columns = numpy.empty((len(words), 4), dtype="uint64")
            columns[:, 0] = tag_ids
            columns[:, 1] = upos_ids
            columns[:, 2] = numpy.where(starts, 1, _NOT_SENT_START)
            columns[:, 3] = norm_ids
            doc.from_array(_TOKEN_ATTRS, columns)
        doc.user_data[_SEGMENTED] = True
        extensions.set_state(doc, text, TokenTable(words, norms, tags, upos, bounds[:-1], starts), norm)
        return doc


_SEGMENTED = ("._.", "zh_segmented", None, None)  # doc._.zh_segmented, set without the accessor


_LATIN_ONLY_ATTRS = frozenset({PREFIX, SUFFIX, SHAPE, LIKE_URL, LIKE_EMAIL, IS_TITLE, IS_UPPER, IS_LOWER})
# The first characters of the Chinese number words spaCy's zh like_num knows (十五, 三千, 拾贰).
_NUMBER_WORD_FIRSTS = frozenset(w[0] for w in zh_lex_attrs._single_num_words + zh_lex_attrs._count_num_words)


def _like_num(text: str) -> bool:
    """spaCy's zh ``like_num``, answered at once for a word of letters (Han characters) that no
    number word begins with: most new words, on which spaCy's builds and runs a regex.

    >>> _like_num("三千"), _like_num("399"), _like_num("血栓")
    (True, True, False)
    """
    if text.isalpha() and text[0] not in _NUMBER_WORD_FIRSTS:
        return False  # no sign, digit, '/' or number word for spaCy's to find
    return zh_lex_attrs.like_num(text)


#: The ``userdict`` setting that names the user dictionary shipped with the package.
DEFAULT_USERDICT = "default"


def _userdict_path(userdict: str | Path | None) -> Path | None:
    if userdict is None:
        return None
    return config.USERDICT_PATH if str(userdict) == DEFAULT_USERDICT else Path(userdict)


@spacy.registry.tokenizers("zh_news.jieba_tokenizer.v1")
def create_tokenizer(segmenter: str = "jieba", userdict: str | None = DEFAULT_USERDICT):
    """spaCy's tokenizer factory for our jieba tokenizer (named in the nlp's config): ``userdict``
    is ``"default"`` (the one shipped with the package), a path, or None (jieba's dictionary alone).

    >>> import spacy
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zh_news.jieba_tokenizer.v1"}}})
    >>> [t.text for t in nlp("月之暗面售价99元")]
    ['月之暗面', '售价', '99元']
    """
    if segmenter != "jieba":
        raise ValueError(f"segmenter {segmenter!r} is not supported; expected 'jieba'")

    def make(nlp: Language) -> NewsTokenizer:
        extensions.register()
        return NewsTokenizer(nlp.vocab, userdict=_userdict_path(userdict))

    return make


def build_nlp(userdict: Path | str | None = config.USERDICT_PATH, *, pinyin: bool = True, glosses: bool = True,
              facts: bool = True, reference_date: str | None = None) -> Language:
    """Build the pipeline's ``nlp``: ``spacy.blank("zh")`` with the jieba segmenter set in its
    config, our tokenizer (normalization, user dictionary, numbers, sentences) in its place, and
    the components asked for: ``zh_pinyin``, ``zh_gloss`` (reads the pinyin), ``zh_facts``.

    >>> nlp = build_nlp()
    >>> [t.text for t in nlp("时长5.20元至399元不等")][:3]
    ['时长', '5.20元', '至']
    >>> nlp.pipe_names
    ['zh_pinyin', 'zh_gloss', 'zh_facts']
    """
    if glosses and not pinyin:
        raise ValueError("glosses=True needs pinyin=True: the glosses are chosen by the reading")
    extensions.register()
    # The tokenizer also sets sentence starts (sentences.py): it has the normalized words at hand,
    # and a separate pass over the Doc would cost a fifth of the segmentation time. (spaCy's own
    # jieba tokenizer would use jieba's process-wide dictionary and load it, ~1 s, at start-up.)
    path = _userdict_path(userdict)
    setting = None if path is None else DEFAULT_USERDICT if path == config.USERDICT_PATH else str(path)
    tokenizer = {"@tokenizers": "zh_news.jieba_tokenizer.v1", "segmenter": "jieba", "userdict": setting}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    nlp.max_length = config.MAX_DOCUMENT_CHARS  # the readers' limit; every step is linear, memory bounded
    nlp.tokenizer.segmenter  # load the dictionaries now: a missing or bad file fails here, loudly
    # spaCy computes every lexical attribute once per new word, and a news corpus brings new words
    # all the time: drop those that only mean something for cased, affixing scripts (shape, case,
    # prefix/suffix, URL/e-mail guesses); keep is_punct, like_num, is_stop and the rest.
    getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items() if k not in _LATIN_ONLY_ATTRS}
    if getters.get(LIKE_NUM) is zh_lex_attrs.like_num:
        getters[LIKE_NUM] = _like_num
    nlp.vocab.lex_attr_getters = getters
    # Pinyin reads the sentences (its rules look at neighbours); glosses read the pinyin.
    if pinyin:
        nlp.add_pipe("zh_pinyin")
    if glosses:
        nlp.add_pipe("zh_gloss")
    if facts:
        nlp.add_pipe("zh_facts", config={"reference_date": reference_date})
    return nlp


def shared_nlp(userdict: Path | str | None = config.USERDICT_PATH) -> Language:
    """One ``nlp`` per process and user dictionary (the dictionaries take a second to load):
    ``shared_nlp()`` and ``shared_nlp(<the default path>)`` are the same nlp.

    >>> shared_nlp() is shared_nlp(config.USERDICT_PATH)
    True
    """
    return _nlp_for(None if userdict is None else Path(userdict))


@lru_cache(maxsize=4)
def _nlp_for(userdict: Path | None) -> Language:
    nlp = build_nlp(userdict)
    # The dictionaries are millions of long-lived objects: leave them out of the garbage
    # collector's full passes, which would otherwise rescan them every few thousand allocations.
    gc.freeze()
    return nlp


def forget_shared_nlp() -> None:
    """Let the shared nlps go: the next ``shared_nlp`` call builds a fresh one."""
    _nlp_for.cache_clear()
