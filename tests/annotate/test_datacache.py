"""Lookup tables kept on disk: the same answers from the cache file, from memory and without a cache."""
from __future__ import annotations

import os

import pytest

from pipeline.annotate import datacache
from pipeline.annotate.datacache import LookupTable

ROWS = {"行业": b"\xe8\xa1\x8c\xe6\xa5\xad \xe8\xa1\x8c\xe4\xb8\x9a [hang2 ye4] /industry/", "的": 9, "經濟": "jing1 ji4"}
ASKED = ["行业", "的", "經濟", "不存在的词语", "", "\ud800"]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("rows\n", encoding="utf-8")
    return source


def answers(table: LookupTable) -> list:
    return [(table.get(key), table.get(key, "default"), key in table) for key in ASKED]


def expected() -> list:
    return [(ROWS.get(key), ROWS.get(key, "default"), key in ROWS) for key in ASKED]


def test_first_process_builds_the_file_and_later_ones_read_it(cache):
    built = []

    def build():
        built.append(1)
        return dict(ROWS)

    first = LookupTable("rows", cache, build)
    assert first.path.is_file() and first.path.parent == datacache.cache_dir()
    assert answers(first) == expected()
    later = LookupTable("rows", cache, build)
    assert answers(later) == expected()
    assert later._memory is None and len(built) == 1  # answered from the file


def test_past_the_lookup_limit_the_table_is_loaded_whole(cache, monkeypatch):
    LookupTable("rows", cache, lambda: dict(ROWS))
    monkeypatch.setattr(datacache, "LOAD_AFTER", 3)
    table = LookupTable("rows", cache, lambda: dict(ROWS))
    assert answers(table) == expected()
    assert table._memory == ROWS


def test_a_changed_data_file_gets_a_new_table(cache):
    old = LookupTable("rows", cache, lambda: dict(ROWS))
    cache.write_text("other rows\n", encoding="utf-8")
    new = LookupTable("rows", cache, lambda: {"的": 1})
    assert new.path != old.path
    assert LookupTable("rows", cache, lambda: {}).get("的") == 1


def test_a_bad_cache_file_gives_the_same_answers(cache):
    path = LookupTable("rows", cache, lambda: dict(ROWS)).path
    path.write_bytes(b"not a database")
    assert answers(LookupTable("rows", cache, lambda: dict(ROWS))) == expected()


def test_a_cache_folder_that_cannot_be_written_gives_the_same_answers(cache, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    table = LookupTable("rows", cache, lambda: dict(ROWS))
    assert not table.path.exists()
    assert answers(table) == expected()
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_a_forked_process_opens_its_own_connection(cache):
    LookupTable("rows", cache, lambda: dict(ROWS))
    table = LookupTable("rows", cache, lambda: dict(ROWS))
    assert table.get("的") == 9
    pid = os.fork()
    if pid == 0:  # the child answers through a connection of its own
        os._exit(0 if table.get("经济") is None and table.get("的") == 9 and table._pid == os.getpid() else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_no_home_folder_means_no_cache_file(cache, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.chdir(tmp_path)
    table = LookupTable("rows", cache, lambda: dict(ROWS))
    assert table.path is None and datacache.cache_dir() is None
    assert answers(table) == expected()
    assert not (tmp_path / "relative").exists()
