"""``python -m pipeline export OUT --format ...``: exports from a run folder's store, one-line
errors and the CLI's exit codes."""
import json

import pytest

from pipeline.cli import main
from pipeline.run import output_lock
from tests.conftest import CORPUS_SEED_PATH


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def run_folder(tmp_path, capsys):
    code, _, _ = run_cli(capsys, "run", str(CORPUS_SEED_PATH), "--out", str(tmp_path / "out"), "--no-pages", "-q")
    assert code == 0
    return tmp_path / "out"


def test_export_writes_the_named_exports_from_the_store(run_folder, capsys):
    assert not (run_folder / "exports").exists()  # the default run writes the store only
    code, out, err = run_cli(capsys, "export", str(run_folder), "--format", "csv,jsonl", "-v")
    assert (code, out) == (0, "")
    lines = err.splitlines()
    assert lines[:7] == [f"exports/csv/{name}.csv" for name in
                         ("documents", "sentences", "tokens", "facts", "vocabulary", "lexicon")] + ["exports/documents.jsonl"]
    assert lines[7].startswith(f"7 file(s) written to {run_folder / 'exports'} in ") and len(lines) == 8
    (record,) = [json.loads(line) for line in (run_folder / "exports" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["document"]["id"] == "000_a47795d20e9f08a9"
    assert not (run_folder / "exports" / "corpus.conllu").exists()
    # the next run lists them: they were made from the store as it still is
    code, _, _ = run_cli(capsys, "run", str(CORPUS_SEED_PATH), "--out", str(run_folder), "--no-pages", "-q")
    manifest = json.loads((run_folder / "manifest.json").read_text(encoding="utf-8"))
    assert code == 0 and "exports/documents.jsonl" in manifest["exports"] and len(manifest["exports"]) == 7


@pytest.mark.parametrize("argv, code, message", [
    (["--format", "xlsx"], 2, "error: unknown export 'xlsx'; expected one of: csv, conllu, jsonl, or none "
                              "(the Parquet tables, tables/, are always written)"),
    (["--format", "none"], 2, "error: --format 'none': name at least one export: csv, conllu, jsonl"),
    ([], 2, "error: the following arguments are required: --format (see 'python -m pipeline export --help')"),
])
def test_export_usage_errors_are_one_line(run_folder, capsys, argv, code, message):
    assert run_cli(capsys, "export", str(run_folder), *argv) == (code, "", message + "\n")


def test_export_of_a_folder_without_a_store_says_how_to_make_one(tmp_path, capsys):
    code, out, err = run_cli(capsys, "export", str(tmp_path), "--format", "csv")
    assert (code, out) == (2, "")
    assert err == (f"error: {tmp_path}: no corpus store here (tables/); write one with: "
                   f"python -m pipeline run INPUT... --out {tmp_path}\n")
    assert list(tmp_path.iterdir()) == []


def test_export_waits_for_no_run_it_would_race(run_folder, capsys):
    with output_lock(run_folder):
        code, out, err = run_cli(capsys, "export", str(run_folder), "--format", "csv")
    assert (code, out) == (1, "")
    assert err == f"error: {run_folder}: another run is writing to this folder; wait for it or choose another --out\n"
    assert not (run_folder / "exports").exists()
