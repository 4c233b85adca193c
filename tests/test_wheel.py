"""The wheel works anywhere: built from a copy of the package's sources, installed into a fresh
virtual environment (dependencies from the package index at the versions of constraints.txt, so
pip's cache serves them), and run with a temporary folder as the working directory, far from the
checkout.

Slow (about a minute: the build, the install, five commands), hence the ``slow`` marker; CI's plain
``python -m pytest`` runs it, ``python -m pytest -m 'not slow'`` leaves it out while working.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS_SEED_PATH, REPO, SEED_NAME

pytestmark = pytest.mark.slow

SENTENCES = "今年3月末，Kimi一度火到宕机。\n会员399元365天，约合1.093元一天。\n"


def _run(command: list, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, stdin=subprocess.DEVNULL)


def _check(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"{result.args}: exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the Python of a fresh virtual environment holding only the wheel and its dependencies,
    an empty working folder outside the checkout)."""
    root = tmp_path_factory.mktemp("wheel")
    # Build from a copy: the wheel holds what the sources declare, and the checkout gets no build/.
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "pipeline", source / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    _check(_run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", root / "dist", source], cwd=root))
    (wheel,) = (root / "dist").glob("zh_news_pipeline-*.whl")
    _check(_run([sys.executable, "-m", "venv", root / "venv"], cwd=root))
    python = root / "venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    _check(_run([python, "-m", "pip", "install", "--quiet", "-c", REPO / "constraints.txt", wheel], cwd=root, timeout=900))
    work = root / "work"
    work.mkdir()
    return python, work


def test_the_package_comes_from_the_wheel(installed):
    python, work = installed
    where = _check(_run([python, "-c", "import pipeline, sys; print(pipeline.__file__); print(sys.prefix)"], cwd=work)).stdout.split()
    assert "site-packages" in Path(where[0]).parts and Path(where[0]).is_relative_to(where[1])
    assert not Path(where[0]).is_relative_to(REPO)


@pytest.fixture(scope="module")
def articles(installed) -> Path:
    """The seed article (with its metadata) and a couple of sentences, in the working folder."""
    _, work = installed
    folder = work / "articles"
    folder.mkdir()
    for path in (CORPUS_SEED_PATH, CORPUS_SEED_PATH.with_suffix(".meta.json")):
        shutil.copy2(path, folder / path.name)
    (folder / "sentences.txt").write_text(SENTENCES, encoding="utf-8")
    return folder


def _without_source(record: dict) -> dict:
    return {**record, "document": {k: v for k, v in record["document"].items() if k != "source"}}


@pytest.mark.parametrize("command, output", [("annotate", "annotated.json"), ("facts", "facts.json")])
def test_annotate_and_facts_match_the_committed_outputs(installed, articles, command, output):
    python, work = installed
    result = _check(_run([python, "-m", "pipeline", command, f"articles/{SEED_NAME}.txt"], cwd=work))
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["document"]["source"] == f"articles/{SEED_NAME}.txt"
    committed = json.loads((REPO / "outputs" / SEED_NAME / output).read_text(encoding="utf-8"))
    if command == "annotate":  # a record printed on its own carries its words' lexicon entries; a run has a table
        assert set(record.pop("lexicon")) >= {key for key in committed["tokens"]["lex"] if key}
    assert _without_source(record) == _without_source(committed)


def test_facts_of_a_couple_of_sentences(installed, articles):
    python, work = installed
    result = _check(_run([python, "-m", "pipeline", "facts", "articles/sentences.txt", "--reference-date", "2024-05-21"], cwd=work))
    facts = json.loads(result.stdout)["facts"]
    assert [(f["type"], f["text"], f["value"]) for f in facts] == [
        ("date", "今年3月末", "2024-03"),
        ("money", "399元", 399),
        ("date", "365天", "P365D"),
        ("money", "1.093元一天", 1.093),
    ]


def test_run_writes_a_corpus_folder(installed, articles):
    python, work = installed
    result = _check(_run([python, "-m", "pipeline", "run", "articles", "--out", "out"], cwd=work))
    assert result.stdout == ""
    characters = len(CORPUS_SEED_PATH.read_text(encoding="utf-8")) + len(SENTENCES)
    assert result.stderr.startswith(f"2 document(s) written to out (0 unchanged), 0 error(s); {characters:,} characters in ")
    assert result.stderr.count("\n") == 1
    out = work / "out"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest["documents"]] == [SEED_NAME, "sentences"]
    assert manifest["errors"] == []
    assert {d["name"]: d["path"] for d in manifest["data"]}["project user dictionary"] == "pipeline/data/userdict.txt"
    for name in ("annotated.json", "facts.json", "reader.html", "vocabulary.apkg", "stamp.json"):
        assert (out / SEED_NAME / name).is_file(), name
    assert (out / "index.html").is_file() and (out / "tables" / "_store.json").is_file()
    assert manifest["tables"][-1] == "tables/_store.json"
    assert all((out / path).is_file() for path in manifest["tables"]) and "tables/tokens/part-000001.parquet" in manifest["tables"]
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
    annotated = json.loads((out / SEED_NAME / "annotated.json").read_text(encoding="utf-8"))
    committed = json.loads((REPO / "outputs" / SEED_NAME / "annotated.json").read_text(encoding="utf-8"))
    assert _without_source(annotated) == _without_source(committed)


def test_no_corpus_here_is_a_one_line_usage_error(installed):
    python, work = installed
    empty = work / "empty"
    empty.mkdir()
    result = _run([python, "-m", "pipeline"], cwd=empty)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (f"error: no input: there is no corpus/articles/ in {empty}; name the files or folders to read: "
                             "python -m pipeline run INPUT... [--out DIR]\n")
    assert list(empty.iterdir()) == []  # no outputs/, no lock


SPACY_USE = r'''
import json, spacy
from spacy.tokens import DocBin
import pipeline

nlp = pipeline.load(reference_date="2024-05-21")
doc = nlp("售价99元。")
facts = [(s.text, s.label_, s._.zh_fact["value"]) for s in doc.spans["facts"]]
store = DocBin(store_user_data=True)
store.add(doc)
(back,) = store.from_bytes(store.to_bytes()).get_docs(nlp.vocab)
# the same pipeline from spaCy's registries alone, through the entry points
blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zh_news.jieba_tokenizer.v1"}}})
for name in ("zh_pinyin", "zh_gloss", "zh_facts"):
    blank.add_pipe(name)
print(json.dumps({
    "facts": facts,
    "pinyin": [t._.zh_pinyin and list(t._.zh_pinyin) for t in back],
    "entry_points": [t._.zh_pinyin and list(t._.zh_pinyin) for t in blank("售价99元。")],
}, ensure_ascii=False))
'''


def test_the_spacy_pipeline_from_the_wheel(installed):
    python, work = installed
    result = json.loads(_check(_run([python, "-c", SPACY_USE], cwd=work)).stdout)
    assert result["facts"] == [["99元", "money", 99]]
    assert result["pinyin"] == [["shou4", "jia4"], [None, None, "yuan2"], [None]]
    assert result["entry_points"] == result["pinyin"]
