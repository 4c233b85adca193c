"""The corpus store (pipeline/export/store.py): a killed, resumed, extended or re-configured run
ends with the tables of a clean run, writes only what changed, and leaves no file it does not
write (nor one the manifest does not list)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export import store as store_module
from pipeline.export.store import INDEX, read_index, store_files
from pipeline.export.tables import TABLE_NAMES, load_tables
from pipeline.run import Settings, run
from tests.conftest import CORPUS_DEV, REPO

pytestmark = pytest.mark.skipif(not CORPUS_DEV.is_file(), reason="../shared/corpus-dev is not present")

#: How each table's rows are told apart: the order a comparison sorts them in.
ROW_KEYS = {"documents": ["doc_id"], "sentences": ["doc_id", "sentence"], "tokens": ["doc_id", "token"],
            "facts": ["doc_id", "fact"], "vocabulary": ["doc_id", "entry"], "lexicon": ["lex"]}


def corpus_lines(count: int, skip: int = 0) -> str:
    with open(CORPUS_DEV, encoding="utf-8") as source:
        lines = [line for n, line in zip(range(skip + count), source)]
    return "".join(lines[skip:])


@pytest.fixture
def news(tmp_path) -> Path:
    """30 corpus-dev articles as a JSON Lines file (its path is in every row's source)."""
    path = tmp_path / "in" / "news.jsonl"
    path.parent.mkdir()
    path.write_text(corpus_lines(30), encoding="utf-8")
    return path


def sorted_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: frame.sort_values(ROW_KEYS[name]).reset_index(drop=True) for name, frame in load_tables(out).items()}


def assert_same_tables(out: Path, clean: Path) -> None:
    got, expected = sorted_tables(out), sorted_tables(clean)
    for name in TABLE_NAMES:
        assert len(expected[name]) > 0, name
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


def clean_run(inputs, folder: Path, settings: Settings) -> Path:
    summary = run(inputs, folder, settings, progress=False)
    assert summary.ok
    return folder


def file_states(out: Path, *folders: str) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of every file under the folders: a file written again (renamed into place) has a new inode."""
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for folder in folders for p in sorted((out / folder).rglob("*")) if p.is_file()}


def assert_only_current_outputs(out: Path) -> None:
    """The folder holds exactly what the manifest lists (plus the bookkeeping: stamps, the lock,
    the exports' record), and no temporary file; the store's folders hold exactly its listed parts."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {"manifest.json", "index.html", "errors.jsonl", *manifest["tables"], *manifest["exports"]}
    for document in manifest["documents"]:
        listed |= set(document["outputs"].values()) | {f"{document['id']}/stamp.json"}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {".lock", "exports/_exports.json"}
    assert on_disk == listed
    assert set(manifest["tables"]) == set(store_files(out))


KILLABLE_RUN = (
    "import sys; import pipeline.export.store as store; store.BATCH_DOCUMENTS = 4; "
    "from pipeline.cli import main; sys.exit(main(['run', *sys.argv[1:]]))"
)


def _parts_listed(out: Path) -> int:
    try:
        return len(json.loads((out / "tables" / INDEX).read_text(encoding="utf-8"))["parts"])
    except (OSError, ValueError, KeyError):
        return 0


def test_a_run_killed_part_way_resumes_to_the_tables_of_a_clean_run(news, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-c", KILLABLE_RUN, str(news), "--out", str(out), "--no-pages", "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _parts_listed(out) < 2 and process.poll() is None:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    committed = sum(len(part["documents"]) for part in read_index(out)["parts"])
    assert 8 <= committed < 30, "the run should have been killed half-way, with parts in the store"
    assert read_index(out)["lexicon"] is None  # built at the end only
    resumed = run([news], out, Settings(pages=False), progress=False)
    assert resumed.ok and resumed.reused >= committed
    assert not list(out.rglob("*.tmp"))
    assert_same_tables(out, clean_run([news], tmp_path / "clean", Settings(pages=False)))
    assert_only_current_outputs(out)


def test_an_interrupted_run_commits_what_finished_and_only_whole_documents(news, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    command = [sys.executable, "-c", KILLABLE_RUN, str(news), "--out", str(out), "--no-pages", "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _parts_listed(out) < 2 and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)  # Ctrl-C
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and err.splitlines()[-1].startswith("interrupted: ")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    written = [d["id"] for d in manifest["documents"]]
    parts = read_index(out)["parts"]
    committed = [doc_id for part in parts for doc_id, _ in part["documents"]]
    assert 8 <= len(committed) < 30 and committed == written  # every document that finished is in the store
    for part in parts:  # each part holds the rows of exactly the documents it lists
        for table in ("documents", "tokens", "vocabulary"):
            ids = pq.read_table(out / "tables" / table / f"{part['part']}.parquet", columns=["doc_id"]).column("doc_id")
            assert list(dict.fromkeys(ids.to_pylist())) == [doc_id for doc_id, _ in part["documents"]]
    assert set(manifest["tables"]) == set(store_files(out)) and not list(out.rglob("*.tmp"))
    resumed = run([news], out, Settings(pages=False), progress=False)
    assert resumed.ok and resumed.reused >= len(committed)
    assert_same_tables(out, clean_run([news], tmp_path / "clean", Settings(pages=False)))


def test_files_written_before_a_crash_but_never_committed_are_removed(news, tmp_path, monkeypatch):
    # A crash between a part's files and the index write that would list them: the files are
    # there under their final names, but no index lists them. The next run removes them.
    out = tmp_path / "out"
    monkeypatch.setattr(store_module, "BATCH_DOCUMENTS", 5)
    commits = []
    real_commit = store_module.Store._commit

    def commit_then_crash(self):
        if len(commits) == 2:
            raise RuntimeError("power cut")
        commits.append(1)
        real_commit(self)

    monkeypatch.setattr(store_module.Store, "_commit", commit_then_crash)
    with pytest.raises(RuntimeError, match="power cut"):
        run([news], out, Settings(pages=False), progress=False)
    listed = set(store_files(out))
    stray = [p for p in (out / "tables").rglob("part-*.parquet") if p.relative_to(out).as_posix() not in listed]
    assert stray, "the crash should have left written but unlisted parts"
    monkeypatch.undo()
    # The next run needs fewer parts (only the ten committed documents are left in the input), so
    # it writes no part under the strays' names; and an earlier version's one-file tables are there.
    news.write_text(corpus_lines(10), encoding="utf-8")
    old_layout = [out / "tables" / "tokens.parquet", out / "tables" / "tokens.csv"]
    for path in old_layout:
        path.write_bytes(b"an earlier version's table")
    assert run([news], out, Settings(pages=False), progress=False).ok
    assert not [p for p in stray + old_layout if p.exists()]
    for name in TABLE_NAMES:  # a plain read of each folder finds what load_tables finds
        assert len(pd.read_parquet(out / "tables" / name)) == len(load_tables(out)[name])
    assert_same_tables(out, clean_run([news], tmp_path / "clean", Settings(pages=False)))
    assert_only_current_outputs(out)


def test_an_unchanged_re_run_writes_no_table_or_export_file(news, tmp_path):
    out = tmp_path / "out"
    first = run([news], out, Settings(pages=False), exports=("csv", "conllu"), progress=False)
    before = file_states(out, "tables", "exports")
    assert any(p.startswith("tables/tokens/part-") for p in before) and "exports/csv/tokens.csv" in before
    again = run([news], out, Settings(pages=False), exports=("csv", "conllu"), progress=False)
    assert (first.reused, again.reused) == (0, 30)
    assert file_states(out, "tables", "exports") == before
    assert again.exports == first.exports and again.tables == first.tables
    assert_only_current_outputs(out)


def test_adding_documents_writes_only_their_part_and_the_lexicon(news, tmp_path):
    out = tmp_path / "out"
    run([news], out, Settings(pages=False), progress=False)
    before = file_states(out, "tables")
    old_lexicon = read_index(out)["lexicon"]["part"]
    with open(news, "a", encoding="utf-8") as handle:
        handle.write(corpus_lines(10, skip=30))
    summary = run([news], out, Settings(pages=False), progress=False)
    assert summary.ok and summary.reused == 30
    after = file_states(out, "tables")
    document_parts = {p for p in before if "/part-" in p and not p.startswith("tables/lexicon/")}
    assert {p: after[p] for p in document_parts} == {p: before[p] for p in document_parts}  # untouched
    (new,) = [part for part in read_index(out)["parts"] if f"tables/tokens/{part['part']}.parquet" not in before]
    assert len(new["documents"]) == 10
    assert read_index(out)["lexicon"]["part"] != old_lexicon and not (out / "tables" / "lexicon" / f"{old_lexicon}.parquet").exists()
    assert_same_tables(out, clean_run([news], tmp_path / "clean", Settings(pages=False)))
    assert_only_current_outputs(out)


def _stub_pages(annotated, facts=None, lexicon=None):
    """Stands in for the learner's page and study files (being rewritten elsewhere): what the store
    must follow is which files a document has, not what they hold."""
    return {"reader.html": "<p>page</p>", "vocabulary.apkg": b"deck", "vocabulary.tsv": "word\tpinyin\n"}


def test_a_settings_change_leaves_the_tables_of_a_clean_run_and_no_stale_output(news, tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.export.study.study_files", _stub_pages)
    out = tmp_path / "out"
    with_pages = run([news], out, Settings(), exports=("csv", "jsonl"), progress=False)
    assert with_pages.ok and (out / "xwlb-VIDE1355098166319214" / "reader.html").is_file()
    assert (out / "exports" / "csv" / "tokens.csv").is_file()
    assert_only_current_outputs(out)

    plain = run([news], out, Settings(pages=False), progress=False)
    assert plain.reused == 0 and plain.exports == []
    assert not list(out.rglob("reader.html")) and not list(out.rglob("vocabulary.*"))
    assert not (out / "exports" / "csv").exists() or not list((out / "exports" / "csv").iterdir())  # made from the old store
    assert_same_tables(out, clean_run([news], tmp_path / "clean-plain", Settings(pages=False)))
    assert_only_current_outputs(out)

    level = Settings(pages=False, vocabulary_level=6)
    run([news], out, level, progress=False)
    tables = load_tables(out)
    assert set(tables["vocabulary"].level) == {6}
    assert_same_tables(out, clean_run([news], tmp_path / "clean-level", level))
    assert_only_current_outputs(out)

    # a document no longer in the input: its folder and rows go
    lines = news.read_text(encoding="utf-8").splitlines(keepends=True)
    gone = json.loads(lines[-1])["id"]
    news.write_text("".join(lines[:-1]), encoding="utf-8")
    run([news], out, level, progress=False)
    assert not (out / gone).exists() and gone not in set(load_tables(out)["documents"].doc_id)
    assert_same_tables(out, clean_run([news], tmp_path / "clean-fewer", level))
    assert_only_current_outputs(out)


KILLABLE_EXPORT = (
    "import sys, time; import pipeline.export.conllu as conllu; write = conllu.write_document\n"
    "def stall(handle, record):\n"
    "    write(handle, record); handle.flush(); time.sleep(600)\n"
    "conllu.write_document = stall\n"
    "from pipeline.cli import main; sys.exit(main(['export', *sys.argv[1:]]))"
)


def test_a_killed_export_leaves_nothing_the_next_run_or_export_keeps(news, tmp_path):
    out = tmp_path / "out"
    run([news], out, Settings(pages=False), exports=("csv", "conllu", "jsonl"), progress=False)
    first_conllu = (out / "exports" / "corpus.conllu").read_bytes()
    command = [sys.executable, "-c", KILLABLE_EXPORT, str(out), "--format", "csv,conllu"]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((out / "exports").glob(".corpus.conllu.*.tmp")):
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert list((out / "exports").glob(".corpus.conllu.*.tmp")), "the export should have been killed while writing"
    # a run after it: the half-written file is removed, and the old corpus.conllu (being
    # replaced when the export was killed) is no longer counted as an export of this store
    summary = run([news], out, Settings(pages=False), progress=False)
    assert summary.reused == 30 and "exports/corpus.conllu" not in summary.exports
    assert "exports/documents.jsonl" in summary.exports and "exports/csv/tokens.csv" in summary.exports
    assert not list(out.rglob("*.tmp")) and not (out / "exports" / "corpus.conllu").exists()
    assert_only_current_outputs(out)
    # the next export makes it whole again
    result = subprocess.run([sys.executable, "-m", "pipeline", "export", str(out), "--format", "conllu"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (out / "exports" / "corpus.conllu").read_bytes() == first_conllu


def test_an_export_killed_before_the_run_that_asks_for_it_again_is_remade(news, tmp_path):
    out = tmp_path / "out"
    run([news], out, Settings(pages=False), exports=("csv",), progress=False)
    half = out / "exports" / "csv" / ".tokens.csv.abc123.tmp"
    half.write_text("doc_id,tok")  # what SIGKILL leaves while the CSV export writes
    (out / "exports" / "_exports.json").unlink()  # ... before it recorded the store it was made from
    summary = run([news], out, Settings(pages=False), exports=("csv",), progress=False)
    assert not half.exists()
    assert "exports/csv/tokens.csv" in summary.exports
    tokens = pd.read_csv(out / "exports" / "csv" / "tokens.csv", dtype=str, keep_default_na=False)
    assert len(tokens) == len(load_tables(out)["tokens"])


def test_the_lexicon_is_the_same_from_the_workers_entries_or_looked_up_at_the_end(news, tmp_path):
    # A worker sends each key's entry with the first document that uses it; a second run in the
    # same process (same fingerprint) sends none, so the store looks every key up itself.
    from pipeline import run as run_module

    run_module._SENT_KEYS.clear()
    first = clean_run([news], tmp_path / "first", Settings(pages=False))
    assert sum(len(keys) for keys in run_module._SENT_KEYS.values()) > 1000
    second = clean_run([news], tmp_path / "second", Settings(pages=False))
    lexicon = load_tables(first)["lexicon"]
    pd.testing.assert_frame_equal(lexicon, load_tables(second)["lexicon"])
    assert lexicon.lex.is_unique and lexicon.gloss.notna().sum() > 0.9 * len(lexicon)
