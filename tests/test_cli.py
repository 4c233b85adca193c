"""The command-line contract: commands, options, exit codes and exact messages."""
import io
import json
import re
import sys

import pytest

from pipeline.cli import main
from pipeline.record import token_rows
from tests.conftest import CORPUS_SEED_PATH, REPO


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
        (["run", "--export", "xlsx"], "error: unknown export 'xlsx'; expected one of: csv, conllu, jsonl, or none (the Parquet tables, tables/, are always written)"),
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
    assert [t["text"] for t in token_rows(record)][:3] == ["近日", "，", "Kimi"]


def test_annotate_jsonl_prints_json_lines(capsys, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"id": "a", "text": "第一篇。"}\n{"id": "b", "text": "第二篇。"}\n', encoding="utf-8")
    code, out, _ = run_cli(capsys, "annotate", str(path))
    assert code == 0
    assert [json.loads(line)["document"]["id"] for line in out.splitlines()] == ["a", "b"]


EXIT_CODES = ("0", "1", "2", "70", "130")


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["annotate", "--help"], ["facts", "--help"]])
def test_help_documents_every_exit_code(capsys, argv):
    with pytest.raises(SystemExit):
        main(argv)
    help_text = capsys.readouterr().out
    assert "\nexit status:\n" in help_text
    documented = [line.split()[0] for line in help_text.split("\nexit status:\n", 1)[1].splitlines() if line[:3].strip().isdigit()]
    assert documented == list(EXIT_CODES)


def test_readme_documents_every_exit_code():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    for code in EXIT_CODES:
        assert f"| `{code}` |" in commands, code


@pytest.mark.parametrize(
    "argv, line",
    [
        (["run", "--userdict", "/missing/userdict.txt"],
         "error: argument --userdict: /missing/userdict.txt: no such file (see 'python -m pipeline run --help')\n"),
        (["annotate", "x.txt", "--userdict", "/missing/userdict.txt"],
         "error: argument --userdict: /missing/userdict.txt: no such file (see 'python -m pipeline annotate --help')\n"),
        (["facts", "x.txt", "--userdict", "/"],
         "error: argument --userdict: /: is a folder, not a file (see 'python -m pipeline facts --help')\n"),
        (["run", "--scheduler", "tcp://127.0.0.1:8786"],
         "error: --scheduler tcp://127.0.0.1:8786: a scheduler is for --engine dask only; add --engine dask or leave it out\n"),
        (["run", "-q", "-v"],
         "error: argument -v/--verbose: not allowed with argument -q/--quiet (see 'python -m pipeline run --help')\n"),
    ],
)
def test_bad_named_files_and_options_are_usage_errors(capsys, tmp_path, monkeypatch, argv, line):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, *argv, "--out", "out") if argv[0] == "run" else run_cli(capsys, *argv)
    assert (code, out, err) == (2, "", line)
    assert list(tmp_path.iterdir()) == []  # refused before anything was made


def test_no_input_here_says_what_to_pass(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no corpus/articles here
    code, out, err = run_cli(capsys)
    assert (code, out) == (2, "")
    assert err == (f"error: no input: there is no corpus/articles/ in {tmp_path}; name the files or folders to read: "
                   "python -m pipeline run INPUT... [--out DIR]\n")
    assert list(tmp_path.iterdir()) == []  # no outputs/ made


@pytest.fixture
def two_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("今年以来，我国经济持续回升。", encoding="utf-8")
    (folder / "b.txt").write_text("近日，Kimi推出了打赏功能。", encoding="utf-8")
    return folder


def test_quiet_prints_only_errors(capsys, tmp_path, two_articles):
    code, out, err = run_cli(capsys, "run", str(two_articles), "--out", str(tmp_path / "out"), "-q", "--no-pages")
    assert (code, out, err) == (0, "", "")
    (two_articles / "c.txt").write_bytes(b"")
    code, out, err = run_cli(capsys, "run", str(two_articles), "--out", str(tmp_path / "out"), "--quiet", "--no-pages")
    assert (code, out, err) == (1, "", f"error: {two_articles / 'c.txt'}: empty: no text to read\n")


def test_verbose_prints_a_line_per_document_and_the_steps(capsys, tmp_path, two_articles):
    out_dir = tmp_path / "out"
    code, out, err = run_cli(capsys, "run", str(two_articles), "--out", str(out_dir), "-v", "--no-pages")
    assert code == 0 and out == ""
    lines = err.splitlines()
    assert lines[:2] == [
        f"a: written ({two_articles / 'a.txt'}, 14 characters)",
        f"b: written ({two_articles / 'b.txt'}, 15 characters)",
    ]
    assert [line.split(":")[0] for line in lines[2:5]] == ["documents", "export tables", "index, manifest, errors"]
    assert all(line.endswith(" s") for line in lines[2:5])
    assert lines[5].startswith(f"2 document(s) written to {out_dir} (0 unchanged), 0 error(s); 29 characters in ")
    assert len(lines) == 6
    code, _, err = run_cli(capsys, "run", str(two_articles), "--out", str(out_dir), "--verbose", "--no-pages")
    assert err.splitlines()[:2] == [
        f"a: unchanged ({two_articles / 'a.txt'}, 14 characters)",
        f"b: unchanged ({two_articles / 'b.txt'}, 15 characters)",
    ]


def test_verbose_annotate_says_how_long_it_took(capsys):
    code, out, err = run_cli(capsys, "facts", str(CORPUS_SEED_PATH), "-v")
    assert code == 0 and json.loads(out)["facts"]
    assert re.fullmatch(rf"{re.escape(str(CORPUS_SEED_PATH))}: facts in \d+\.\d\d s\n", err)


def test_progress_bar_ends_at_100_percent_when_stderr_is_not_a_terminal(capsys, tmp_path, two_articles):
    # Documents of every kind advance the bar by one: a GB18030 file (fewer bytes than its UTF-8
    # text), a JSON Lines file with a blank line, a bad path.
    (two_articles / "c.txt").write_bytes("广州今年的GDP增长了百分之五。".encode("gb18030"))
    (two_articles / "d.jsonl").write_text('{"id": "d1", "text": "第一篇。"}\n\n{"id": "d2", "text": "第二篇。"}\n', encoding="utf-8")
    code, out, err = run_cli(capsys, "run", str(two_articles), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"),
                             "--progress", "--no-pages", "--export", "none")
    assert code == 1 and out == ""
    frames = [frame.strip() for frame in re.split(r"[\r\n]", err) if frame.strip()]
    bars = [frame for frame in frames if frame.startswith("annotating:")]
    assert bars[0].startswith("annotating:   0%|") and " 0/6 " in bars[0]
    assert bars[-1].startswith("annotating: 100%|") and " 6/6 " in bars[-1]
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in frames
    assert frames[-1].startswith("5 document(s) written to ")
    assert err.endswith("\n")


def test_count_documents_matches_what_the_readers_yield(tmp_path, two_articles):
    from pipeline.ingest import read_documents
    from pipeline.progress import count_documents

    (two_articles / "d.jsonl").write_text('{"text": "一。"}\n \n[1]\n\n{"text": "二。"}', encoding="utf-8")
    (two_articles / "e.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    inputs = [two_articles, tmp_path / "missing.txt", two_articles / "a.txt"]
    assert count_documents(inputs) == len(list(read_documents(inputs))) == 8


def test_dask_workers_get_absolute_paths(capsys, tmp_path, monkeypatch, two_articles):
    distributed = pytest.importorskip("distributed")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the workers start here, and keep this working directory
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        here = tmp_path / "here"
        here.mkdir()
        monkeypatch.chdir(here)
        code, _, err = run_cli(capsys, "run", str(two_articles), "--out", "out", "--engine", "dask",
                               "--scheduler", cluster.scheduler_address, "--no-pages", "--export", "none")
    assert code == 0, err
    assert sorted(p.name for p in (here / "out").iterdir() if p.is_dir()) == ["a", "b", "tables"]  # tables: the store
    assert (here / "out" / "a" / "annotated.json").is_file()
    assert not (elsewhere / "out").exists()  # no worker wrote under its own working directory


def test_progress_is_shown_in_jupyter_by_default(monkeypatch, capsys):
    # In a notebook stderr is no terminal, yet a bar is wanted (tqdm.auto draws a widget there).
    from types import SimpleNamespace

    from pipeline.progress import Progress

    kernel = SimpleNamespace(config={"IPKernelApp": {}})
    monkeypatch.setitem(sys.modules, "IPython", SimpleNamespace(get_ipython=lambda: kernel))
    assert Progress([], enabled=False).enabled is False
    bar = Progress([], enabled=None)
    assert bar.enabled and bar.bar is not None
    bar.close()
    monkeypatch.setitem(sys.modules, "IPython", SimpleNamespace(get_ipython=lambda: None))  # a console, not a kernel
    assert Progress([], enabled=None).enabled is False
