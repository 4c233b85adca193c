"""Corpus runs: parallel, distributed, incremental, resumable, locked — same bytes every way."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import api
from pipeline.export.tables import load_tables
from pipeline.errors import OutputError
from pipeline.run import Settings, output_lock, run
from tests.conftest import CORPUS_DEV, REPO

needs_corpus_dev = pytest.mark.skipif(not CORPUS_DEV.is_file(), reason="../shared/corpus-dev is not present")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The first 60 articles of corpus-dev as one JSONL file (never committed)."""
    path = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    with open(CORPUS_DEV, encoding="utf-8") as source:
        lines = [next(source) for _ in range(60)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def snapshot(root: Path, *, store: bool = True) -> dict[str, bytes]:
    """Every output file by relative path (environment versions in the manifest included).
    ``store=False`` leaves out the store's part files and index and the manifest's list of them,
    which name parts in the order they were written (a resumed run splits documents otherwise)."""
    files = {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }
    if not store:
        files = {path: data for path, data in files.items() if not path.startswith("tables/")}
        manifest = json.loads(files["manifest.json"])
        manifest.pop("tables")
        files["manifest.json"] = json.dumps(manifest).encode("utf-8")
    return files


@needs_corpus_dev
def test_two_workers_write_the_same_bytes_as_one(sample, tmp_path):
    one = run([sample], tmp_path / "one", Settings())
    two = run([sample], tmp_path / "two", Settings(), workers=2)
    assert one.ok and two.ok and len(one.documents) == 60
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


@needs_corpus_dev
def test_dask_local_cluster_writes_the_same_bytes(sample, tmp_path):
    distributed = pytest.importorskip("distributed")
    run([sample], tmp_path / "local", Settings())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run([sample], tmp_path / "dask", Settings(), engine="dask", scheduler=cluster.scheduler_address)
    assert summary.ok
    assert snapshot(tmp_path / "local") == snapshot(tmp_path / "dask")


def test_unchanged_documents_are_not_recomputed(tmp_path):
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("今年以来，我国经济持续回升。", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("近日，Kimi推出了打赏功能。", encoding="utf-8")
    first = run([tmp_path / "in"], tmp_path / "out", Settings())
    second = run([tmp_path / "in"], tmp_path / "out", Settings())
    assert (first.reused, second.reused) == (0, 2)
    article.write_text("今年以来，我国经济持续向好。", encoding="utf-8")
    third = run([tmp_path / "in"], tmp_path / "out", Settings())
    assert third.reused == 1
    fourth = run([tmp_path / "in"], tmp_path / "out", Settings(reference_date="2024-05-21"))
    assert fourth.reused == 0  # settings are part of the key


def test_no_pages_writes_the_same_records_without_the_learner_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("近日，Kimi推出了打赏功能，最高399元。", encoding="utf-8")
    run([tmp_path / "in"], tmp_path / "pages", Settings())
    summary = run([tmp_path / "in"], tmp_path / "plain", Settings(pages=False))
    assert summary.ok
    pages, plain = snapshot(tmp_path / "pages"), snapshot(tmp_path / "plain")
    assert sorted(p for p in plain if p.startswith("a/")) == ["a/annotated.json", "a/facts.json", "a/stamp.json"]
    assert {"a/reader.html", "a/vocabulary.apkg", "a/vocabulary.tsv"} <= set(pages)
    assert plain["a/annotated.json"] == pages["a/annotated.json"] and plain["a/facts.json"] == pages["a/facts.json"]
    assert b"reader.html" not in plain["index.html"]
    assert json.loads(plain["manifest.json"])["settings"]["pages"] is False
    # turning the pages back on is a change of settings: the document is written again, with them
    again = run([tmp_path / "in"], tmp_path / "plain", Settings())
    assert again.reused == 0 and (tmp_path / "plain" / "a" / "reader.html").is_file()


@needs_corpus_dev
def test_killed_run_resumes_and_leaves_only_whole_files(sample, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(sample), "--out", str(out), "--no-progress", "--no-pages"]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*/stamp.json"))) < 5:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = len(list(out.glob("*/stamp.json")))
    assert 5 <= done < 60, "the run should have been killed half-way"
    for path in out.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # every file under its final name is whole
    resumed = run([sample], out, Settings(pages=False))
    assert resumed.ok and resumed.reused >= done - 1
    assert not list(out.rglob("*.tmp"))
    clean = run([sample], tmp_path / "clean", Settings(pages=False))
    assert clean.ok
    assert snapshot(out, store=False) == snapshot(tmp_path / "clean", store=False)
    tables, clean_tables = load_tables(out), load_tables(tmp_path / "clean")
    for name, frame in clean_tables.items():  # the rows of the store, however they are split in parts
        order = [c for c in ("doc_id", "token", "sentence", "fact", "entry", "lex") if c in frame.columns][:2]
        pd.testing.assert_frame_equal(tables[name].sort_values(order).reset_index(drop=True),
                                      frame.sort_values(order).reset_index(drop=True))


def test_second_run_into_the_same_folder_is_refused(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(OutputError, match="another run is writing to this folder"):
            with output_lock(tmp_path):
                pass
    with output_lock(tmp_path):  # released afterwards
        pass


def test_errors_jsonl_lists_bad_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": "好。"}\n{oops\n', encoding="utf-8")
    summary = run([tmp_path / "in"], tmp_path / "out", Settings())
    assert not summary.ok and len(summary.documents) == 1
    (error,) = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error["source"].endswith("bad.jsonl:2") and "not JSON" in error["error"]


def test_duplicate_ids_get_suffixes(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "same.txt").write_text("好。", encoding="utf-8")
    summary = run([tmp_path / "in"], tmp_path / "out", Settings())
    assert [d["id"] for d in summary.documents] == ["same", "same-2"]


def test_nlp_is_rebuilt_when_its_vocabulary_is_full(monkeypatch):
    from pipeline import run as run_module
    from pipeline.annotate.segment import shared_nlp

    text = "近日，Kimi推出了打赏功能，价格5.20元至399元不等。"
    before = api.annotate_text(text)
    first = shared_nlp()
    monkeypatch.setattr(run_module, "VOCABULARY_LIMIT", len(first.vocab) - 1)
    after = api.annotate_text(text)
    assert shared_nlp() is not first  # the full one was let go
    assert after == before


def test_a_run_collects_garbage_as_a_batch_and_restores_the_collector(tmp_path, monkeypatch):
    import gc

    from pipeline import engines

    seen = []
    real_task = engines._task

    def task(*args):
        seen.append(gc.get_threshold())
        return real_task(*args)

    monkeypatch.setattr(engines, "_task", task)
    before = gc.get_threshold()
    run([REPO / "corpus" / "articles"], tmp_path / "out", Settings(pages=False), progress=False)
    assert seen and all(threshold == engines.BATCH_GC_THRESHOLDS for threshold in seen)
    assert gc.get_threshold() == before


def test_changed_pipeline_source_recomputes_every_document(tmp_path, monkeypatch):
    from pipeline import versions

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("近日，Kimi推出了打赏功能。", encoding="utf-8")
    first = run([tmp_path / "in"], tmp_path / "out", Settings(pages=False), progress=False)
    monkeypatch.setattr(versions, "source_sha256", lambda: "0" * 64)  # the code at another commit
    second = run([tmp_path / "in"], tmp_path / "out", Settings(pages=False), progress=False)
    assert (first.reused, second.reused) == (0, 0)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pipeline"]["source_sha256"] == "0" * 64


def test_the_library_imports_without_fcntl():
    # fcntl exists only on POSIX: the output lock goes through filelock, so Windows can import the API.
    code = "import sys; sys.modules['fcntl'] = None; import pipeline.api; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
