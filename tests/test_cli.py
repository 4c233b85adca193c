"""The command-line contract: commands, options, exit codes and exact messages."""
import io
import json
import sys

import pytest

from pipeline.cli import main
from tests.conftest import CORPUS_SEED_PATH


def run_cli(capsys, *argv, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("zh-news-pipeline ")


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["annotate", "--help"]])
def test_help(capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert "usage: python -m pipeline" in capsys.readouterr().out


def test_run_writes_documents_and_manifest(capsys, tmp_path):
    code, out, err = run_cli(capsys, "run", str(CORPUS_SEED_PATH), "--out", str(tmp_path))
    assert code == 0 and out == ""
    assert err.startswith(f"1 document(s) written to {tmp_path} (0 unchanged), 0 error(s); 2,390 characters in ")
    annotated = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert annotated["document"]["id"] == "000_a47795d20e9f08a9"
    assert manifest["documents"][0]["outputs"]["annotated"] == "000_a47795d20e9f08a9/annotated.json"


def test_run_no_pages_leaves_out_the_learner_files(capsys, tmp_path):
    code, _, _ = run_cli(capsys, "run", str(CORPUS_SEED_PATH), "--out", str(tmp_path), "--no-pages", "--export", "none")
    assert code == 0
    outputs = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["documents"][0]["outputs"]
    assert sorted(outputs) == ["annotated", "facts"]


def test_run_without_command_means_run(capsys, tmp_path):
    code, _, err = run_cli(capsys, "--out", str(tmp_path), "--reference-date", "2024-05-21")
    assert code == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["settings"]["reference_date"] == "2024-05-21"
    assert [d["id"] for d in manifest["documents"]] == ["000_a47795d20e9f08a9"]


def test_bad_input_reported_others_kept(capsys, tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("今年以来，我国经济持续回升。", encoding="utf-8")
    bad = tmp_path / "in" / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, _, err = run_cli(capsys, "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"error: {bad}: binary file (a PNG image), not text\n" in err
    assert (tmp_path / "out" / "good" / "annotated.json").is_file()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [e["source"] for e in manifest["errors"]] == [str(bad)]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["run", "--reference-date", "2024-13-01"], "error: --reference-date '2024-13-01' is not a date; expected YYYY-MM-DD"),
        (["run", "--bogus"], "error: unrecognized arguments: --bogus"),
        (["annotate"], "error: the following arguments are required: FILE|-"),
        (["run", "--vocabulary-level", "9"], "error: --vocabulary-level 9: expected an HSK level, 1-6 or 7 (= 7-9)"),
        (["run", "--hsk-standard", "3.0"], "error: argument --hsk-standard: invalid choice: '3.0'"),
        (["run", "--workers", "0"], "error: --workers 0: expected a whole number of at least 1"),
        (["run", "--export", "xlsx"], "error: unknown export 'xlsx'; expected one of: tables, conllu, jsonl, or none"),
    ],
)
def test_usage_errors_are_one_line(capsys, argv, message):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_missing_input_file(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run_cli(capsys, "annotate", str(missing))
    assert code == 1 and out == ""
    assert err == f"error: {missing}: no such file or directory\n"


def test_annotate_prints_the_annotated_json(capsys):
    code, out, err = run_cli(capsys, "annotate", str(CORPUS_SEED_PATH))
    assert code == 0
    record = json.loads(out)
    assert record["document"]["format"] == "learner-page"
    assert record["text"] == CORPUS_SEED_PATH.read_text(encoding="utf-8")


def test_annotate_stdin(capsys, monkeypatch):
    code, out, _ = run_cli(capsys, "annotate", "-", stdin="近日，Kimi推出了打赏功能。".encode("gb18030"), monkeypatch=monkeypatch)
    assert code == 0
    record = json.loads(out)
    assert record["document"]["source"] == "-" and record["document"]["encoding"] == "gb18030"
    assert [t["text"] for t in record["tokens"]][:3] == ["近日", "，", "Kimi"]


def test_annotate_jsonl_prints_json_lines(capsys, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"id": "a", "text": "第一篇。"}\n{"id": "b", "text": "第二篇。"}\n', encoding="utf-8")
    code, out, _ = run_cli(capsys, "annotate", str(path))
    assert code == 0
    assert [json.loads(line)["document"]["id"] for line in out.splitlines()] == ["a", "b"]
