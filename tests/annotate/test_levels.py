"""HSK levels and frequency ranks: the shipped rank list is jieba's dictionary ranked."""
from __future__ import annotations

import importlib.util

import pytest

from pipeline.annotate import levels
from pipeline.errors import DataError
from pipeline.versions import jieba_dictionary


@pytest.mark.parametrize(
    "word, rank",
    [("了", 1), ("的", 9), ("行业", 1043), ("經濟", levels.freq_rank("经济")), ("不存在的词语", None)],
)
def test_freq_rank(word, rank):
    assert levels.freq_rank(word) == rank


def test_rank_file_is_the_installed_jieba_dictionary_ranked():
    spec = importlib.util.spec_from_file_location("build_freq_ranks", levels.config.PROJECT_DIR / "tools" / "build_freq_ranks.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    expected = tool.ranked_words(jieba_dictionary())
    assert levels._ranks() == {word: rank for rank, word in enumerate(expected, start=1)}


def test_rank_file_from_another_dictionary_fails_loudly(tmp_path, monkeypatch):
    stale = tmp_path / "ranks.txt"
    stale.write_text(levels.ranks_header("0.0", "0" * 64) + "\n的\n", encoding="utf-8")
    monkeypatch.setattr(levels, "FREQ_RANKS_PATH", stale)
    levels._ranks.cache_clear()
    try:
        with pytest.raises(DataError, match="build_freq_ranks"):
            levels._ranks()
    finally:
        levels._ranks.cache_clear()
