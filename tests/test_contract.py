"""Published JSON Schemas are generated from the models, describe every field with a precise type,
accept every output (committed and corpus-dev) and reject records with a wrong type."""
import copy
import itertools
import json

import jsonschema
import pytest

from pipeline import api, config
from pipeline.contract import SCHEMAS, schema, schema_json
from pipeline.record import token_rows
from tests.conftest import CORPUS_DEV, CORPUS_SEED_PATH, REPO

OUTPUTS = REPO / "outputs"
SCHEMA = {name: schema(name) for name in SCHEMAS}
VALIDATORS = {name: jsonschema.Draft202012Validator(s) for name, s in SCHEMA.items()}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_generated_from_models(name):
    committed = (config.SCHEMAS_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(name), "run: python -m pipeline.contract"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_json_schema(name):
    jsonschema.Draft202012Validator.check_schema(SCHEMA[name])


def validate(name, record):
    VALIDATORS[name].validate(record)


# ------------------------------------------------------------------ every field described and typed

def _properties(name):
    """(model, field, property schema) of every object the schema defines."""
    root = SCHEMA[name]
    for model, node in itertools.chain([(root["title"], root)], root.get("$defs", {}).items()):
        for field, prop in node.get("properties", {}).items():
            yield model, field, prop


def _typed(prop) -> bool:
    if "$ref" in prop or "const" in prop or "enum" in prop:
        return True
    if "anyOf" in prop or "oneOf" in prop:
        return all(_typed(p) for p in prop.get("anyOf", prop.get("oneOf")))
    if prop.get("type") == "array":
        return _typed(prop.get("items", {}))
    if prop.get("type") == "object":
        return isinstance(prop.get("additionalProperties"), dict) and _typed(prop["additionalProperties"])
    return "type" in prop


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_field_has_a_description_and_a_precise_type(name):
    root = SCHEMA[name]
    undescribed, untyped = [], []
    for model, field, prop in _properties(name):
        target = root["$defs"][prop["$ref"].split("/")[-1]] if "$ref" in prop else None
        if not prop.get("description") and not (target and target.get("description")):
            undescribed.append(f"{model}.{field}")
        if not _typed(prop):
            untyped.append(f"{model}.{field}")
    assert undescribed == [] and untyped == []


def _resolve(root, node):
    while "$ref" in node:
        node = root["$defs"][node["$ref"].split("/")[-1]]
    return node


def unlisted_fields(root, node, value, path="$"):
    """Paths of the record's fields that the schema does not list (open records accept them: the
    outputs must not need that)."""
    node = _resolve(root, node)
    found = []
    if "anyOf" in node or "oneOf" in node:
        options = [_resolve(root, o) for o in node.get("anyOf", node.get("oneOf"))]
        if isinstance(value, dict):
            options = [o for o in options if o.get("type") == "object"]
            if len(options) > 1:  # the facts: pick by type
                options = [o for o in options if o["properties"].get("type", {}).get("const") == value.get("type")]
            if options:
                found += unlisted_fields(root, options[0], value, path)
        elif isinstance(value, list):
            found += unlisted_fields(root, next(o for o in options if o.get("type") == "array"), value, path)
        return found
    if isinstance(value, dict):
        props = node.get("properties", {})
        extra = node.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                found += unlisted_fields(root, props[key], item, f"{path}.{key}")
            elif isinstance(extra, dict):
                found += unlisted_fields(root, extra, item, f"{path}{{}}")
            else:
                found.append(f"{path}.{key}")
    elif isinstance(value, list) and "items" in node:
        for item in value:
            found += unlisted_fields(root, node["items"], item, f"{path}[]")
    return sorted(set(found))


def check_output(name, record):
    validate(name, record)
    assert unlisted_fields(SCHEMA[name], SCHEMA[name], record) == []


# ------------------------------------------------------------------------------ outputs validate

def _committed(kind):
    return sorted(OUTPUTS.glob(f"*/{kind}.json"))


@pytest.mark.parametrize("path", _committed("annotated") + _committed("facts") + [OUTPUTS / "manifest.json"],
                         ids=lambda p: str(p.relative_to(OUTPUTS)))
def test_committed_outputs_validate(path):
    check_output(path.stem, json.loads(path.read_text(encoding="utf-8")))


def test_outputs_validate(tmp_path, seed_document):
    api.run([CORPUS_SEED_PATH], tmp_path, api.Settings())
    annotated = json.loads((tmp_path / "000_a47795d20e9f08a9" / "annotated.json").read_text(encoding="utf-8"))
    check_output("annotated", annotated)
    check_output("manifest", json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def corpus_dev_run(tmp_path_factory):
    if not CORPUS_DEV.is_file():
        pytest.skip("../shared/corpus-dev is not here")
    folder = tmp_path_factory.mktemp("corpus-dev")
    # 60 articles: the first 40 and every 100th line after them (money, dates, quotes of all kinds)
    with open(CORPUS_DEV, encoding="utf-8") as handle:
        lines = [line for n, line in enumerate(handle) if n < 40 or n % 100 == 0][:60]
    (folder / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    summary = api.run([folder / "news.jsonl"], folder / "run", api.Settings(pages=False), exports=())
    assert summary.ok
    return folder / "run"


def test_corpus_dev_outputs_validate(corpus_dev_run):
    kinds = {"annotated": 0, "facts": 0}
    for kind in kinds:
        for path in sorted(corpus_dev_run.glob(f"*/{kind}.json")):
            check_output(kind, json.loads(path.read_text(encoding="utf-8")))
            kinds[kind] += 1
    check_output("manifest", json.loads((corpus_dev_run / "manifest.json").read_text(encoding="utf-8")))
    assert kinds == {"annotated": 60, "facts": 60}


# ---------------------------------------------------------------------------- wrong types rejected

def _seed(kind):
    return json.loads((OUTPUTS / "000_a47795d20e9f08a9" / f"{kind}.json").read_text(encoding="utf-8"))


def _first(items, **where):
    return next(i for i, item in enumerate(items) if all(item.get(k) == v for k, v in where.items()))


def _han_token(record):
    """The index of the first token with a Han reading and a listed HSK level."""
    tokens, lexicon = record["tokens"], record["lexicon"]
    return next(i for i, (reading, lex) in enumerate(zip(tokens["pinyin"], tokens["lex"]))
                if reading and lex and lexicon[lex]["hsk"] and lexicon[lex]["freq_rank"])


@pytest.fixture(scope="module")
def seed_with_lexicon():
    """The seed's record as the Python API gives it: with the lexicon of its words."""
    (record,) = api.annotate_file(CORPUS_SEED_PATH)
    return record


def _set(record, path, value):
    """Set ``record[path...] = value``; a path item that is a callable picks the key from the record."""
    node = record
    for key in path[:-1]:
        node = node[key(node) if callable(key) else key]
    last = path[-1]
    node[last(node) if callable(last) else last] = value
    return record


def _column(name):
    """The path to the seed's first Han token in token column ``name``."""
    return ("tokens", name, "HAN")


HAN_LEX = ("lexicon", "HAN_LEX")
LEX = ("lexicon", lambda lexicon: next(k for k, v in lexicon.items() if v.get("entries") and v["entries"][0].get("classifiers")))
PARTS = ("lexicon", lambda lexicon: next(k for k, v in lexicon.items() if v.get("parts")))
GLOSSARY = ("lexicon", lambda lexicon: next(k for k, v in lexicon.items() if v.get("glossary")))
REFS = ("lexicon", lambda lexicon: next(k for k, v in lexicon.items() if any(e.get("refs") for e in v.get("entries", ()))))
REF_ENTRY = ("entries", lambda entries: next(i for i, e in enumerate(entries) if e.get("refs")))
WORDS = ("vocabulary", "words", 0)

ANNOTATED_WRONG = {
    "pinyin as a list": (*_column("pinyin"), ["tiao2", "zheng3"]),
    "pinyin in tone marks": (*_column("pinyin"), "tiáo zhěng"),
    "pinyin numbers without tone": (*_column("pinyin"), "tiao zheng3"),
    "pinyin with two spaces": (*_column("pinyin"), "tiao2  zheng3"),
    "pinyin as a dict of forms": (*_column("pinyin"), {"numbers": ["tiao2"]}),
    "spoken as a list": (*_column("spoken"), ["tiao2"]),
    "tokens pinyin as a string": ("tokens", "pinyin", "tiao2 zheng3"),
    "tokens without lex": ("tokens", "lex", None),
    "lex as a number": (*_column("lex"), 3),
    "pos not a UPOS tag": (*_column("pos"), "noun"),
    "tag with capitals": (*_column("tag"), "NR"),
    "sentence negative": (*_column("sentence"), -1),
    "start as a string": (*_column("start"), "365"),
    "sentences as records": ("sentences", [{"start": 0, "end": 5}]),
    "lexicon hsk as a string": (*HAN_LEX, "hsk", "5"),
    "lexicon hsk out of range": (*HAN_LEX, "hsk", 10),
    "lexicon freq_rank as a float": (*HAN_LEX, "freq_rank", 9.5),
    "lexicon freq_rank zero": (*HAN_LEX, "freq_rank", 0),
    "lexicon gloss as a list": (*HAN_LEX, "gloss", ["to adjust"]),
    "lexicon record as a string": ("lexicon", LEX[1], "to adjust"),
    "lexicon source unknown": (*LEX, "source", "wiktionary"),
    "lexicon proper_noun as a string": (*LEX, "proper_noun", "false"),
    "lexicon entries as a dict": (*LEX, "entries", {"pinyin": "x"}),
    "entry senses as a string": (*LEX, "entries", 0, "senses", "to adjust"),
    "entry matches_reading as a number": (*LEX, "entries", 0, "matches_reading", 1),
    "entry with an unknown field": (*LEX, "entries", 0, "frequency", 3),
    "classifier as a string": (*LEX, "entries", 0, "classifiers", 0, "个"),
    "classifier pinyin as a list": (*LEX, "entries", 0, "classifiers", 0, "pinyin", ["ge4"]),
    "ref senses as a string": (*REFS, *REF_ENTRY, "refs", 0, "senses", "Belgium"),
    "part gloss as a number": (*PARTS, "parts", 0, "gloss", 1),
    "glossary note as null": (*GLOSSARY, "glossary", "note", None),
    "vocabulary level as a string": ("vocabulary", "level", "4"),
    "vocabulary standard unknown": ("vocabulary", "hsk_standard", "HSK 9"),
    "vocabulary words as a dict": ("vocabulary", "words", {}),
    "vocabulary lex as a number": (*WORDS, "lex", 7),
    "vocabulary start as a string": (*WORDS, "start", "365"),
    "vocabulary page_gloss as null": (*WORDS, "page_gloss", None),
    "published not a day": ("document", "published", "21 May 2024"),
    "sha256 not a checksum": ("document", "sha256", "abc"),
    "truncated as a string": ("document", "truncated", "yes"),
    "section name unknown": ("document", "sections", 0, "name", "sidebar"),
}


@pytest.mark.parametrize("case", sorted(ANNOTATED_WRONG))
def test_annotated_with_a_wrong_type_is_rejected(case, seed_with_lexicon):
    record = copy.deepcopy(seed_with_lexicon)
    validate("annotated", record)  # as it is, the record is valid: the change below is what breaks it
    han = _han_token(record)
    names = {"HAN": han, "HAN_LEX": record["tokens"]["lex"][han]}
    *path, value = ANNOTATED_WRONG[case]
    path = [names.get(key, key) if isinstance(key, str) else key for key in path]
    with pytest.raises(jsonschema.ValidationError):
        validate("annotated", _set(record, path, value))


MONEY = ("facts", lambda facts: _first(facts, type="money", kind="amount"))
RANGE = ("facts", lambda facts: _first(facts, type="money", kind="range"))
DATE = ("facts", lambda facts: next(i for i, f in enumerate(facts) if f["type"] == "date" and f["value"]))
QUOTE = ("facts", lambda facts: _first(facts, type="quote", kind="direct"))

FACTS_WRONG = {
    "money value as a bool": (*MONEY, "value", True),
    "money value as a string": (*MONEY, "value", "399"),
    "money currency not ISO 4217": (*MONEY, "currency", "元"),
    "money approx as a string": (*MONEY, "approx", "true"),
    "money kind unknown": (*MONEY, "kind", "price"),
    "money low as a string": (*RANGE, "low", "5.20"),
    "money without currency": (*MONEY, "currency", None),
    "date value not ISO (slashes)": (*DATE, "value", "2024/03/21"),
    "date value not ISO (words)": (*DATE, "value", "March 2024"),
    "date value with a bad month": (*DATE, "value", "2024-3"),
    "date value as a number": (*DATE, "value", 2024),
    "date value exponent duration": (*DATE, "value", "P1.23457e+06D"),
    "date partial not TIMEX3": (*DATE, "partial", "03"),
    "relative date with a duration value": (*DATE, "value", "P3D"),
    "duration with a point value": ("facts", lambda facts: _first(facts, type="date", kind="duration"), "value", "2024-03"),
    "duration with a period value": ("facts", lambda facts: _first(facts, type="date", kind="duration"), "value", "2020-04/2020-08"),
    "quote speaker as a string": (*QUOTE, "speaker", "朱啸虎"),
    "quote speaker start as a string": (*QUOTE, "speaker", "start", "3"),
    "quote speaker pseudonym as a string": (*QUOTE, "speaker", "pseudonym", "no"),
    "quote cue as a list": (*QUOTE, "cue", ["表示"]),
    "fact type unknown": (*MONEY, "type", "price"),
    "fact start as a string": (*MONEY, "start", "3"),
    "reference_date not a day": ("reference_date", "2024-05"),
    "price tier units as a string": ("price_tiers", 0, "units", "365"),
    "price tier check unknown": ("price_tiers", 0, "check", "close"),
}


@pytest.fixture(scope="module")
def seed_facts():
    """The seed's facts.json with a reference date (its relative dates then have values)."""
    return api.facts_input(CORPUS_SEED_PATH, api.Settings(reference_date="2024-05-21"))[0]


@pytest.mark.parametrize("case", sorted(FACTS_WRONG))
def test_facts_with_a_wrong_type_are_rejected(case, seed_facts):
    *path, value = FACTS_WRONG[case]
    validate("facts", seed_facts)
    record = _set(copy.deepcopy(seed_facts), path, value)
    with pytest.raises(jsonschema.ValidationError):
        validate("facts", record)


def test_manifest_with_a_wrong_type_is_rejected():
    manifest = json.loads((OUTPUTS / "manifest.json").read_text(encoding="utf-8"))
    for path, value in [(("settings", "vocabulary_level"), "4"), (("settings", "pages"), 1),
                        (("documents", 0, "outputs", "pdf"), "x.pdf"), (("pipeline", "source_sha256"), None)]:
        with pytest.raises(jsonschema.ValidationError):
            validate("manifest", _set(copy.deepcopy(manifest), path, value))


@pytest.mark.parametrize("value", ["2021", "2021-08", "2021-09-10", "2021-12-06T08", "2021-12-06T08:30", "2022-Q1",
                                   "2022-H1", "2022-SP", "2024-W21", "198X", "197X/198X", "P365D", "P2M", "P1.5Y",
                                   "PT1H", "PT7H45M", "P1Y2M", "2020-04/2020-08", "2022-01-01/..", "2016/2020"])
def test_date_values_of_facts_md_validate(value, seed_facts):
    kind = "duration" if value.startswith("P") else "period" if "/" in value else "date"
    record = _set(copy.deepcopy(seed_facts), (*DATE, "kind"), kind)
    validate("facts", _set(record, (*DATE, "value"), value))


def test_a_long_duration_is_written_in_full():
    # extract/dates.py wrote it with an exponent (P1.23457e+06D): not ISO 8601, and not exact
    (fact,) = api.facts_text("1234567天。")["facts"]
    validate("facts", api.facts_text("1234567天。"))
    assert fact["value"] == "P1234567D"


def test_a_han_character_without_a_pypinyin_reading_gets_none_or_the_dictionary_reading():
    (token,) = token_rows(api.annotate_text("𠮶"))
    assert token["pinyin"] in (None, "ge4")


def test_tokens_cover_headline_and_body_exactly(seed_document):
    (record,) = api.annotate_file(CORPUS_SEED_PATH)
    text = record["text"]
    assert text == seed_document.text
    previous_end = 0
    tokens = list(token_rows(record))
    for token in tokens:
        assert text[token["start"] : token["end"]] == token["text"]
        assert token["start"] >= previous_end
        assert text[previous_end : token["start"]].isspace() or previous_end == token["start"] or previous_end == 0
        previous_end = token["end"]
    first, last = tokens[0], tokens[-1]
    assert (first["start"], last["end"]) == seed_document.chinese
    for start, end in zip(record["sentences"]["start"], record["sentences"]["end"]):
        assert not text[start:end].isspace()


def test_same_input_same_bytes(tmp_path):
    api.run([CORPUS_SEED_PATH], tmp_path / "a", api.Settings())
    api.run([CORPUS_SEED_PATH], tmp_path / "b", api.Settings())
    for name in ("manifest.json", "000_a47795d20e9f08a9/annotated.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.parametrize("text", ["今天\U0002fa20好", "中\U0002fa20\U0002fa21", "\U0002fa20"])
def test_characters_pypinyin_cannot_read_have_no_reading(text):
    # Hypothesis found '\U0002fa20': pypinyin gave the character itself as its reading (numbers
    # without a tone, zhuyin '˙\U0002fa20'), and a run of such characters as one item
    record = api.annotate_text(text)
    validate("annotated", record)
    for token in token_rows(record):
        if token["pinyin"] is not None:
            assert len(token["pinyin"].split(" ")) == len(token["text"])
    assert [t["pinyin"] for t in token_rows(record) if "\U0002fa20" in t["text"]] == [None]
