"""CSV, CoNLL-U and JSON Lines exports, chosen by name and derived from the store."""
import json

import pytest

from pipeline.errors import UsageError
from pipeline.export import EXPORTS, parse_exports
from pipeline.run import Settings, run
from tests.conftest import CORPUS_SEED_PATH


def test_parse_exports():
    assert parse_exports("csv,conllu") == ("csv", "conllu")
    assert parse_exports("none") == ()
    assert parse_exports("tables,jsonl") == ("jsonl",)  # the store: always written
    with pytest.raises(UsageError, match="unknown export 'xlsx'; expected one of: csv, conllu, jsonl, or none"):
        parse_exports("xlsx")


def test_conllu_and_jsonl(tmp_path):
    summary = run([CORPUS_SEED_PATH], tmp_path, Settings(pages=False), exports=tuple(EXPORTS))
    assert summary.exports == [
        "exports/csv/documents.csv", "exports/csv/sentences.csv", "exports/csv/tokens.csv", "exports/csv/facts.csv",
        "exports/csv/vocabulary.csv", "exports/csv/lexicon.csv", "exports/corpus.conllu", "exports/documents.jsonl",
    ]
    annotated = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    tokens, text = annotated["tokens"], annotated["text"]
    blocks = (tmp_path / "exports" / "corpus.conllu").read_text(encoding="utf-8").split("\n\n")
    sentences = [b for b in blocks if "# sent_id" in b]
    assert len(sentences) == len(annotated["sentences"]["start"])
    first = sentences[0].splitlines()
    assert first[:3] == ["# newdoc id = 000_a47795d20e9f08a9", "# sent_id = 000_a47795d20e9f08a9-1", "# text = “有点累了”的Kimi终于想出了提速的方法。"]
    assert first[4].split("\t")[1:] == ["有点累", "有点累", "VERB", "v", "_", "_", "_", "_",
                                        "SpaceAfter=No|TokenRange=365:368|Translit=you3dian3lei4"]
    rows = [line.split("\t") for block in sentences for line in block.splitlines() if not line.startswith("#")]
    assert all(len(row) == 10 for row in rows)
    assert [row[1] for row in rows] == [text[s:e] for s, e in zip(tokens["start"], tokens["end"])]
    assert [row[3] for row in rows] == tokens["pos"]
    c_duan = [row for row in rows if row[1] == "C端"]
    assert c_duan and c_duan[0][9].endswith("Translit=_duan1")  # a non-Han character keeps its place
    (line,) = (tmp_path / "exports" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["tokens"] == tokens and record["facts"][0]["text"] == "“有点累了”"
