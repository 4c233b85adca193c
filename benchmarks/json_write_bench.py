"""Writing the JSON records: where the time goes, and json against orjson on the same records.

    python benchmarks/json_write_bench.py [--articles 300] [--repeat 5]

The records (annotated.json and facts.json) of corpus-dev articles are made once, then each way of
writing them is timed over all of them (best of --repeat, CPU time of this process, so the shared
machine's load counts less):

- ``dumps`` as ``pipeline.export.files`` has it, and the parts of it: the per-record compact
  encoding alone (json's C encoder, then orjson's), and the Python walk around it; and
  ``orjson_dumps`` below, the same bytes through orjson;
- ``write_json`` to files in a temporary folder (encoding + UTF-8 + temporary file + fsync + rename),
  and the same with the fsync left out, to see what the disk costs;
- reading the files back as the corpus exports do, json and orjson (which reads an integer beyond
  64 bits as a float, so it would need a scan for long digit runs first);
- the JSON Lines export's lines (``json.dumps`` per record before, ``files.json_line`` after);
- the spool of manifest entries (lines written and read back), before and after.

The orjson variants are checked to give the same values as json's (the pieces: the same compact bytes).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from pipeline.api import document_from_text  # noqa: E402
from pipeline.export import files  # noqa: E402
from pipeline.run import Settings, analyse_document  # noqa: E402

CORPUS_DEV = ROOT.parent / "shared" / "corpus-dev" / "news.jsonl"


def cpu(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def wall(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def records_of(limit: int) -> list[dict]:
    rows = [json.loads(line) for line in CORPUS_DEV.open(encoding="utf-8")]
    step = max(1, len(rows) // limit)
    out = []
    for n, r in enumerate(rows[::step][:limit]):
        doc = document_from_text(r["text"], id=f"a{n}", title=r["title"], published=r["published"])
        out.extend(analyse_document(doc, Settings()).values())
    return out


def leaves(records: list[dict]) -> list:
    """What the walk hands to the compact encoder: each record of a list, each other value."""
    out = []

    def walk(value):
        if isinstance(value, dict) and value:
            for item in value.values():
                walk(item)
        elif isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
            out.extend(value)
        else:
            out.append(value)

    for record in records:
        walk(record)
    return out


# orjson can give files.dumps's bytes: its 2-space indented form, with the line breaks inside each
# record of a list taken out again (a raw line break in JSON is never inside a string). Kept here to
# show what it costs; falls back to json for what orjson writes otherwise (exponent floats) or refuses.
_IN_COMMA = re.compile(rb",\n {4,}")
_IN_BREAK = re.compile(rb"\n {4,}")
_EXPONENT = re.compile(rb"[0-9]e[-+]?[0-9]")
_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS


def _refuse(value):
    raise TypeError(type(value).__name__)


def _orjson_lines(value: list, pad: str) -> str | None:
    try:
        out = orjson.dumps(value, default=_refuse, option=_OPTIONS)
    except TypeError:
        return None
    if _EXPONENT.search(out):
        return None
    out = _IN_BREAK.sub(b"", _IN_COMMA.sub(b", ", out)).replace(b"\n  }", b"}").replace(b"\n  ]", b"]")
    return out.decode("utf-8").replace("\n  ", "\n" + pad + " ").replace("\n]", "\n" + pad + "]")


def orjson_dumps(value) -> str:
    """``files.dumps`` with each list of records written by orjson (lists of 32 records or more)."""
    out: list[str] = []

    def walk(value, indent: int) -> None:
        pad = " " * indent
        if isinstance(value, dict) and value:
            out.append("{\n")
            items = list(value.items())
            for n, (key, item) in enumerate(items):
                out.append(f"{pad} {files._compact(key)}: ")
                walk(item, indent + 1)
                out.append(",\n" if n < len(items) - 1 else "\n")
            out.append(pad + "}")
        elif isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
            text = _orjson_lines(value, pad) if len(value) >= 32 else None
            if text is None:
                text = "[\n" + ",\n".join(pad + " " + files._compact(v) for v in value) + "\n" + pad + "]"
            out.append(text)
        else:
            out.append(files._compact(value))

    walk(value, 0)
    out.append("\n")
    return "".join(out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    records = records_of(args.articles)
    items = leaves(records)
    size = sum(len(files.dumps(r).encode("utf-8")) for r in records)
    print(f"{args.articles} corpus-dev articles: {len(records)} records, {len(items):,} compact pieces, {size / 1e6:.1f} MB of JSON")

    compact_json = files._compact
    spaced = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    assert all(orjson.dumps(i).decode() == json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
    rows = []
    t_dumps = cpu(lambda: [files.dumps(r) for r in records], args.repeat)
    rows.append(("dumps (json.JSONEncoder per piece, Python walk)", t_dumps))
    assert all(orjson_dumps(r) == files.dumps(r) for r in records)
    rows.append(("orjson_dumps: the same bytes through orjson's indented form", cpu(lambda: [orjson_dumps(r) for r in records], args.repeat)))
    t_pieces = cpu(lambda: [spaced(i) for i in items], args.repeat)
    rows.append(("  of which the pieces, json C encoder", t_pieces))
    rows.append(("  orjson.dumps of the same pieces (no spaces: other bytes)", cpu(lambda: [orjson.dumps(i) for i in items], args.repeat)))
    rows.append(("  the pieces, json compact without spaces", cpu(lambda: [compact_json(i) for i in items], args.repeat)))

    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        folder = Path(tmp)

        def write_all():
            for n, r in enumerate(records):
                files.write_json(folder / f"{n}.json", r)

        rows.append(("write_json (dumps, temp file, fsync, rename): CPU", cpu(write_all, args.repeat)))
        rows.append(("write_json: wall clock", wall(write_all, args.repeat)))
        paths = [folder / f"{n}.json" for n in range(len(records))]
        rows.append(("reading the files back, json.loads (the corpus exports)", cpu(lambda: [json.loads(p.read_text(encoding="utf-8")) for p in paths], args.repeat)))
        rows.append(("reading the files back, orjson.loads (not used: see below)", cpu(lambda: [orjson.loads(p.read_bytes()) for p in paths], args.repeat)))
        long_digits = re.compile(rb"[0-9]{20}")
        rows.append(("  the check orjson.loads would need (20-digit ints become floats)", cpu(lambda: [long_digits.search(p.read_bytes()) for p in paths], args.repeat)))
        real_fsync = os.fsync
        os.fsync = lambda fd: None
        try:
            rows.append(("write_json without fsync: wall clock", wall(write_all, args.repeat)))
        finally:
            os.fsync = real_fsync

    # The JSON Lines export (exports/documents.jsonl): json.dumps per record before, json_line after.
    def jsonl_json():
        return [json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records]

    def jsonl_orjson():
        return [files.json_line(r) + b"\n" for r in records]

    assert [json.loads(a) for a in jsonl_json()] == [json.loads(b) for b in jsonl_orjson()]
    rows.append(("documents.jsonl lines, json.dumps (before)", cpu(jsonl_json, args.repeat)))
    rows.append(("documents.jsonl lines, files.json_line: orjson (after)", cpu(jsonl_orjson, args.repeat)))

    entries = [{"id": f"a{n}", "source": f"news.jsonl:{n}", "sha256": "0" * 64,
                "outputs": {"annotated": f"a{n}/annotated.json", "facts": f"a{n}/facts.json"},
                "index": {"title": "国务院常务会议部署推动大规模设备更新", "outlet": None, "site": None}} for n in range(20_000)]

    def spool_before():  # the spool before orjson: a text file of json lines
        with tempfile.TemporaryFile("w+", encoding="utf-8") as handle:
            for e in entries:
                handle.write(compact_json(e) + "\n")
            handle.seek(0)
            return [json.loads(line) for line in handle]

    def spool_after():
        spool = files.RecordSpool()
        for e in entries:
            spool.append(e)
        return list(spool)

    assert spool_before() == spool_after() == entries
    rows.append(("spool of 20,000 manifest entries, write + read back (before)", cpu(spool_before, args.repeat)))
    rows.append(("spool of 20,000 manifest entries, orjson lines (after)", cpu(spool_after, args.repeat)))

    for label, seconds in rows:
        print(f"{label:62} {seconds * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
