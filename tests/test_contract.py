"""Published JSON Schemas are generated from the models, and every output validates."""
import json

import jsonschema
import pytest

from pipeline import api, config
from pipeline.contract import SCHEMAS, schema_json
from tests.conftest import CORPUS_SEED_PATH


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_generated_from_models(name):
    committed = (config.SCHEMAS_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(name), "run: python -m pipeline.contract"


def validate(name, record):
    jsonschema.validate(record, json.loads(schema_json(name)))


def test_outputs_validate(tmp_path, seed_document):
    api.run([CORPUS_SEED_PATH], tmp_path, api.Settings())
    annotated = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    validate("annotated", annotated)
    validate("manifest", json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8")))


def test_tokens_cover_headline_and_body_exactly(seed_document):
    (record,) = api.annotate_file(CORPUS_SEED_PATH)
    text = record["text"]
    assert text == seed_document.text
    previous_end = 0
    for token in record["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]
        assert token["start"] >= previous_end
        assert text[previous_end : token["start"]].isspace() or previous_end == token["start"] or previous_end == 0
        previous_end = token["end"]
    first, last = record["tokens"][0], record["tokens"][-1]
    assert (first["start"], last["end"]) == seed_document.chinese
    for sentence in record["sentences"]:
        assert not text[sentence["start"] : sentence["end"]].isspace()


def test_same_input_same_bytes(tmp_path):
    api.run([CORPUS_SEED_PATH], tmp_path / "a", api.Settings())
    api.run([CORPUS_SEED_PATH], tmp_path / "b", api.Settings())
    for name in ("manifest.json", "000_a47795d20e9f08a9/annotated.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
