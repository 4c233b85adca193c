"""Faults and resources: Ctrl-C, no network, many documents in bounded memory."""
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.run import Settings, run
from tests.conftest import CORPUS_SEED_PATH, REPO


def _write_tiny(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(f"第{i}条：近日，Kimi推出了打赏功能，价格5.20元。", encoding="utf-8")


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path):
    _write_tiny(tmp_path / "in", 3000)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "--out", str(out), "--no-progress"],
        cwd=REPO, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*/stamp.json"))) < 20:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("interrupted: ")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["interrupted"] is True and 0 < len(manifest["documents"]) < 3000
    assert not list(out.rglob("*.tmp"))


def test_no_network_access(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    summary = run([CORPUS_SEED_PATH], tmp_path, Settings())
    assert summary.ok


def test_source_has_no_eval_pickle_or_network_code():
    banned = ("eval(", "exec(", "pickle", "urllib", "requests", "http.client", "socket")
    for path in (REPO / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for word in banned:
            assert word not in source, f"{path.relative_to(REPO)} uses {word}"


# Runs its arguments as a child and prints the child's peak memory. Measured from this small
# process, not from pytest: a child forked from pytest would report pytest's own peak as its floor.
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_rss_mb(folder: Path, out: Path) -> float:
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--no-progress", "--export", "none"]
    launched = subprocess.run([sys.executable, "-c", _PEAK_OF_CHILD, *command], cwd=REPO, check=True,
                              capture_output=True, text=True)
    return int(launched.stdout.split()[-1]) / 1024


def _write_same_words(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):  # the same words in every document; the files differ in their marks
        (folder / f"{i:05d}.txt").write_text("第一条：近日，Kimi推出了打赏功能，价格5.20元。" + "。" * (i % 7), encoding="utf-8")


def test_ten_thousand_tiny_files_in_bounded_memory(tmp_path):
    _write_same_words(tmp_path / "small", 1000)
    _write_same_words(tmp_path / "large", 10_000)
    small = _peak_rss_mb(tmp_path / "small", tmp_path / "out-small")
    large = _peak_rss_mb(tmp_path / "large", tmp_path / "out-large")
    manifest = json.loads((tmp_path / "out-large" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 10_000 and not manifest["errors"]
    # Ten times the documents, the same words: manifest and index entries wait on disk, table rows
    # go to the store in parts, so nothing grows per document (measured: 12 MB more for 9,000 more).
    assert large - small < 30, f"peak memory {small:.0f} MB for 1,000 documents, {large:.0f} MB for 10,000"


def test_new_words_cost_a_bounded_amount_each(tmp_path):
    _write_tiny(tmp_path / "small", 1000)
    _write_tiny(tmp_path / "large", 10_000)
    small = _peak_rss_mb(tmp_path / "small", tmp_path / "out-small")
    large = _peak_rss_mb(tmp_path / "large", tmp_path / "out-large")
    # Each document brings a new word (第1234条): the caches of readings and glosses (bounded at
    # 100,000 types) and the corpus lexicon hold 9,000 more word types. Measured 68 MB, about 7.5 KB
    # a type; a leak of the documents' records would be ten times that.
    assert (large - small) * 1024 / 9_000 < 10, f"peak memory {small:.0f} MB for 1,000 new words, {large:.0f} MB for 10,000"
