"""CoNLL-U and JSON Lines exports, chosen by name."""
import json

import pytest

from pipeline.errors import UsageError
from pipeline.export import EXPORTS, parse_exports
from pipeline.run import Settings, run
from tests.conftest import CORPUS_SEED_PATH


def test_parse_exports():
    assert parse_exports("tables,conllu") == ("tables", "conllu")
    assert parse_exports("none") == ()
    with pytest.raises(UsageError, match="unknown export 'xlsx'; expected one of: tables, conllu, jsonl, or none"):
        parse_exports("xlsx")


def test_conllu_and_jsonl(tmp_path):
    summary = run([CORPUS_SEED_PATH], tmp_path, Settings(), exports=tuple(EXPORTS))
    assert summary.exports == [
        "tables/documents.parquet", "tables/documents.csv", "tables/tokens.parquet", "tables/tokens.csv",
        "tables/facts.parquet", "tables/facts.csv", "tables/vocabulary.parquet", "tables/vocabulary.csv",
        "exports/corpus.conllu", "exports/documents.jsonl",
    ]
    annotated = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    blocks = (tmp_path / "exports" / "corpus.conllu").read_text(encoding="utf-8").split("\n\n")
    sentences = [b for b in blocks if "# sent_id" in b]
    assert len(sentences) == len(annotated["sentences"])
    first = sentences[0].splitlines()
    assert first[:3] == ["# newdoc id = 000_a47795d20e9f08a9", "# sent_id = 000_a47795d20e9f08a9-1", "# text = “有点累了”的Kimi终于想出了提速的方法。"]
    rows = [line.split("\t") for block in sentences for line in block.splitlines() if not line.startswith("#")]
    assert all(len(row) == 10 for row in rows)
    assert [row[1] for row in rows] == [t["text"] for t in annotated["tokens"]]
    assert [row[3] for row in rows] == [t["pos"] for t in annotated["tokens"]]
    (line,) = (tmp_path / "exports" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["tokens"] == annotated["tokens"]
