"""Bad, unusual and hostile input (real files in tests/data/bad/): a one-line error naming the
file and the problem, or a correct result; never a traceback; other documents unaffected."""
import errno
import json
import os
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.run import Settings, run
from pipeline.record import token_rows

BAD = Path(__file__).parent / "data" / "bad"

ERRORS = {
    "empty.txt": "empty: no text to read",
    "blank.txt": "blank: the text is only white space",
    "png-named-txt.txt": "binary file (a PNG image), not text",
    "zip-named-txt.txt": "binary file (a ZIP archive (or .docx/.xlsx)), not text",
    "invalid-utf8.txt": "not valid UTF-8 (byte 0xff at offset 22), nor GB18030 or Big5 Chinese text",
    "nul.txt": "contains NUL bytes (first at byte 20): binary data, not text",
    "english-only.txt": "no Chinese characters in the text",
    "japanese-only.txt": "the text is Japanese (23 kana), not Chinese",
}
READABLE = {
    "gb18030.txt": "gb18030",
    "big5.txt": "big5",
    "utf16.txt": "utf-16",
    "utf16-no-bom.txt": "utf-16",
    "bom.txt": "utf-8-sig",
    "crlf.txt": "utf-8",
    "lone-cr.txt": "utf-8",
    "traditional.txt": "utf-8",
    "emoji-astral.txt": "utf-8",
    "zero-width-control.txt": "utf-8",
    "unbalanced-quotes.txt": "utf-8",
    "script-style-comments.html": "utf-8",
}


def annotate(capsys, path):
    code = main(["annotate", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name, message", sorted(ERRORS.items()))
def test_one_line_error_naming_the_file(capsys, name, message):
    code, out, err = annotate(capsys, BAD / name)
    assert (code, out) == (1, "")
    assert err == f"error: tests/data/bad/{name}: {message}\n"  # as written in outputs: relative to the checkout


def check_record(record):
    text = record["text"]
    previous = 0
    for token in token_rows(record):
        assert text[token["start"] : token["end"]] == token["text"]
        assert token["start"] >= previous
        previous = token["end"]
    for start, end in zip(record["sentences"]["start"], record["sentences"]["end"]):
        assert 0 <= start < end <= len(text)
    for fact in record.get("facts", []):
        assert text[fact["start"] : fact["end"]] == fact["text"]


@pytest.mark.parametrize("name, encoding", sorted(READABLE.items()))
def test_unusual_but_readable(capsys, name, encoding):
    code, out, err = annotate(capsys, BAD / name)
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert record["document"]["encoding"] == encoding
    assert record["tokens"]["start"], "Chinese text gives tokens"
    check_record(record)
    joined = "".join(t["text"] for t in token_rows(record))
    assert "Kimi" in joined or "月之暗面" in joined


def test_astral_characters_keep_offsets(capsys):
    _, out, _ = annotate(capsys, BAD / "emoji-astral.txt")
    record = json.loads(out)
    by_text = {t["text"]: t for t in token_rows(record)}
    assert record["text"][by_text["5.20元"]["start"] : by_text["5.20元"]["end"]] == "5.20元"
    assert "𠮷" in "".join(t["text"] for t in token_rows(record))


def test_crlf_and_lone_cr_split_sentences(capsys):
    for name in ("crlf.txt", "lone-cr.txt"):
        _, out, _ = annotate(capsys, BAD / name)
        record = json.loads(out)
        assert len(record["sentences"]["start"]) == 2
        assert not any("\r" in t["text"] or "\n" in t["text"] for t in token_rows(record))


def test_html_keeps_only_the_article(capsys):
    _, out, _ = annotate(capsys, BAD / "script-style-comments.html")
    record = json.loads(out)
    assert record["text"] == "Kimi推出打赏功能\n近日，Kimi推出了打赏功能。"


def test_jsonl_bad_lines(capsys, tmp_path):
    summary = run([BAD / "mixed.jsonl"], tmp_path, Settings())
    assert [d["id"] for d in summary.documents] == ["ok-1", "escape"]
    problems = [(e["source"].rsplit(":", 1)[1], e["error"]) for e in summary.errors]
    assert problems == [
        ("2", "line is not JSON (Expecting value at column 1)"),
        ("3", "record has no 'text' string"),
        ("4", "line is not a JSON object"),
        ("5", "published '21 May' is not a date; expected YYYY-MM-DD"),
    ]
    assert (tmp_path / "escape" / "annotated.json").is_file()
    assert not (tmp_path.parent / "escape").exists()


def test_whole_folder_of_bad_inputs(tmp_path, capsys):
    summary = run([BAD], tmp_path / "out", Settings())
    written = {d["source"].rsplit("/", 1)[-1].split(":")[0] for d in summary.documents}
    assert written == set(READABLE) | {"mixed.jsonl"}
    failed = {e["source"].rsplit("/", 1)[-1].split(":")[0] for e in summary.errors}
    assert failed == set(ERRORS) | {"mixed.jsonl"}
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == len(summary.errors)


def test_twenty_megabyte_paragraph_is_refused(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    path.write_text("近日，Kimi推出了打赏功能" * 1_000_000, encoding="utf-8")  # 14 M characters, 38 MB
    code, out, err = annotate(capsys, path)
    assert code == 1
    assert err == f"error: {path}: document is 14,000,000 characters; the limit is 2,000,000 (split it into articles)\n"


def test_broken_symlink_is_an_error(tmp_path, capsys):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    code, _, err = annotate(capsys, link)
    assert code == 1 and err.startswith(f"error: {link}: ") and err.count("\n") == 1


def test_output_folder_that_cannot_be_made(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["run", str(BAD / "gb18030.txt"), "--out", str(blocker / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"error: {blocker / 'out'}: cannot write output (") and err.count("\n") == 1


def test_disk_full_leaves_no_partial_file(tmp_path, capsys, monkeypatch):
    real_write = os.write

    def full_disk(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pipeline.export.files.os.fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    code = main(["run", str(BAD / "gb18030.txt"), "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1 and "No space left on device" in err and "Traceback" not in err
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.name != ".lock"]
    del real_write, full_disk


def test_missing_data_file_is_one_clear_error(tmp_path, capsys, monkeypatch):
    from pipeline.annotate import segment

    monkeypatch.setattr(segment, "FREQ_FLOOR_PATH", tmp_path / "missing.txt")
    segment.forget_shared_nlp()
    try:
        code = main(["run", str(BAD / "gb18030.txt"), str(BAD / "big5.txt"), "--out", str(tmp_path / "out")])
    finally:
        segment.forget_shared_nlp()
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"error: {tmp_path / 'missing.txt'}: data file missing from the installation; reinstall the package\n"


def test_hostile_jsonl_record_stays_text_and_inside_the_folder(tmp_path):
    hostile = '"><img src=x onerror=alert(1)>'
    record = {"id": "../../" + hostile, "title": "<script>alert(1)</script>" + hostile,
              "text": f"他说：“<script>alert(1)</script>{hostile}今年以来价格上涨5元。”", "url": "javascript:alert(1)"}
    source = tmp_path / "hostile.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run([source], out, Settings())
    assert summary.ok
    (entry,) = summary.documents
    folder = out / entry["id"]
    assert folder.parent == out and folder.is_dir()
    for page in (folder / "reader.html", out / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>alert(1)" not in html
        assert 'href="javascript:' not in html


SENTENCE = "今天天气很好。"


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_deeply_nested_jsonl_line_is_that_line_error(tmp_path, capsys):
    # 5,000 '[' made json raise RecursionError: exit 70, later records never read, no manifest
    source = _jsonl(tmp_path / "deep.jsonl", '{"text": ' + "[" * 5000 + "}", json.dumps({"id": "ok", "text": SENTENCE}))
    summary = run([source], tmp_path / "out", Settings(pages=False))
    assert [d["id"] for d in summary.documents] == ["ok"]
    assert [e["error"] for e in summary.errors] == ["line nests JSON arrays or objects too deeply to be a record"]
    assert (tmp_path / "out" / "manifest.json").is_file()


def test_overlong_jsonl_line_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    from pipeline.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(jsonl, "_CHUNK", 64)  # the skipped line is read in chunks of this size
    big = json.dumps({"id": "big", "text": SENTENCE * 200}, ensure_ascii=False)
    source = _jsonl(tmp_path / "lines.jsonl", big, json.dumps({"id": "ok", "text": SENTENCE}, ensure_ascii=False))
    summary = run([source], tmp_path / "out", Settings(pages=False))
    assert [d["id"] for d in summary.documents] == ["ok"]
    size = len(big.encode("utf-8")) + 1
    assert [e["error"] for e in summary.errors] == [
        f"line is {size:,} bytes; the limit is 1,000 (a document holds at most 2,000,000 characters)"]


def test_lone_surrogate_is_that_record_error(tmp_path, capsys):
    source = _jsonl(tmp_path / "s.jsonl", '{"id": "s", "text": "今天\\ud800天气很好。"}', '{"id": "t", "title": "\\udfff", "text": "今天天气很好。"}',
                    json.dumps({"id": "ok", "text": SENTENCE}))
    code = main(["facts", str(source)])
    out, err = capsys.readouterr()
    assert code == 1 and [json.loads(line)["document"]["id"] for line in out.splitlines()] == ["ok"]
    assert err.splitlines() == [
        f"error: {source}:1: the text holds a lone surrogate (U+D800 at character 2): not Unicode text; fix the escape",
        f"error: {source}:2: record field 'title' holds a lone surrogate (U+DFFF at character 0): not Unicode text; fix the escape",
    ]


def test_ids_that_name_the_runs_own_files_are_made_safe(tmp_path):
    # a record called index.html made the run's final writes fail, and every re-run the same way
    names = ["index.html", "manifest.json", "errors.jsonl", "tables", "exports", "Index.HTML"]
    source = _jsonl(tmp_path / "ids.jsonl", *[json.dumps({"id": n, "text": SENTENCE}) for n in names])
    for _ in range(2):
        summary = run([source], tmp_path / "out", Settings(pages=False))
        assert summary.ok and [d["id"] for d in summary.documents] == ["_" + n for n in names]
    assert json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["documents"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_special_files_are_refused_by_name(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    link = tmp_path / "link.txt"
    link.symlink_to(fifo)
    for path, problem in ((fifo, "a named pipe (FIFO), not a file: write it to a file first"),
                          (link, "a named pipe (FIFO), not a file: write it to a file first"),
                          (zero, "a device, not a file")):
        code, out, err = annotate(capsys, path)  # never opened: opening a FIFO would wait for a writer
        assert (code, out, err) == (1, "", f"error: {path}: {problem}\n")
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    (folder / "b.txt").write_text(SENTENCE, encoding="utf-8")
    summary = run([folder], tmp_path / "out", Settings(pages=False))
    assert [d["id"] for d in summary.documents] == ["b"]
    assert [e["error"] for e in summary.errors] == ["a named pipe (FIFO), not a file: write it to a file first"]


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "news.jsonl", json.dumps({"id": "a", "text": SENTENCE}))
    for _ in range(2):
        summary = run([folder], folder / "out", Settings(pages=False), exports=("tables", "jsonl"))
        assert summary.ok and [d["id"] for d in summary.documents] == ["a"]  # not exports/documents.jsonl, errors.jsonl


def test_temporary_files_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    run([BAD / "gb18030.txt"], out, Settings(pages=False))
    # what SIGKILL leaves: temporaries of the tables export, the manifest, a document's record
    stale = [out / "tables" / ".facts.csv.x1y2z3.tmp", out / ".manifest.json.0a1b2c3d4e5f.tmp", out / "gb18030" / ".annotated.json.0a1b2c3d4e5f.tmp"]
    for path in stale:
        path.write_text("half")
    keep = out / "gb18030" / "notes.tmp"  # not one of ours
    keep.write_text("mine")
    summary = run([BAD / "gb18030.txt"], out, Settings(pages=False))
    assert summary.reused == 1
    assert not [p for p in stale if p.exists()] and keep.exists()


def test_workers_are_capped_at_the_documents(tmp_path, capsys, monkeypatch):
    from pipeline import engines

    made = []
    real = engines.make_engine
    monkeypatch.setattr("pipeline.run.make_engine", lambda name, **kw: made.append(kw["workers"]) or real(name, **kw))
    summary = run([BAD / "gb18030.txt", BAD / "big5.txt"], tmp_path / "out", Settings(pages=False), workers=64)
    assert summary.ok and made == [2]
    assert f"warning: --workers 64 is more than this machine's {os.cpu_count()} cores" in capsys.readouterr().err


def test_a_document_past_spacys_own_limit_is_read(tmp_path, capsys):
    # spaCy refuses texts over 1,000,000 characters (E088) unless told otherwise; ours go to 2,000,000
    sentence = "据新华社报道，2024年3月5日，该公司营收约1.5亿元。"
    path = tmp_path / "long.txt"
    path.write_text(sentence * (1_200_000 // len(sentence)), encoding="utf-8")
    code = main(["facts", str(path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    facts = json.loads(out)["facts"]
    assert len([f for f in facts if f["type"] == "money"]) == 1_200_000 // len(sentence)
