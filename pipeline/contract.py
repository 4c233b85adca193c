"""The output contract: models of annotated.json, facts.json and manifest.json, and their JSON Schemas.

The schemas in ``pipeline/schemas/`` are generated from these models and the fact models of
``pipeline/models.py`` (``python -m pipeline.contract`` rewrites them); the tests validate every
output against them. Every field the pipeline writes is listed with a description and a precise
type, so a record with a wrong type (pinyin as a string, hsk as a string) is rejected. Later
versions only add fields: the records of annotated.json and manifest.json accept fields they do
not list yet (a reader holding this version's schema can still read a later file), and a test
checks that the outputs hold no field the schema does not list.
"""
from __future__ import annotations

import json
import sys
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from pipeline import config
from pipeline.models import DAY_PATTERN, Fact, PriceTier


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _OpenRecord(BaseModel):
    model_config = ConfigDict(extra="allow")


Offset = Annotated[int, Field(ge=0, description="a Python str index into the document text")]
Day = Annotated[str, StringConstraints(pattern=DAY_PATTERN)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
#: HSK level: 1-6, and 7 for the 7-9 band.
Level = Annotated[int, Field(ge=1, le=7)]
UPOS = Literal["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
               "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"]
HSK_STANDARD_NAMES = Literal["HSK 3.0 examination syllabus (2025)", "HSK 3.0 grading standard GF0025-2021",
                             "HSK 2.0 (superseded)"]


def _absent_when_empty(description: str, **kwargs):
    """A field written only when it has something to say (never null)."""
    return Field(default=None, description=description, **kwargs)


# ---------------------------------------------------------------------------------- annotated.json

class VocabularyEntryRecord(_Record):
    """One entry of the page's own vocabulary list (the seed's 単語)."""

    headword: str = Field(description="the word as the page lists it (有点累)")
    gloss: str = Field(description="the page's English gloss, line breaks rejoined")
    start: Offset
    end: Offset


class SectionRecord(_Record):
    """A part of the document text."""

    name: Literal["summary", "source", "headline", "body", "vocabulary", "comments"] = Field(
        description="what the part is: summary (要約), source (原文), headline, body, vocabulary (単語), comments (コメント)")
    label: str | None = Field(description="the heading as written on the page (要約, 単語(ピンイン)), or null")
    language: str = Field(description="ISO 639-1 code of the part's text; 'mul' for mixed")
    start: Offset
    end: Offset
    note: str = _absent_when_empty("a remark on the part (cut off on the page (ends in ...))")
    entries: list[VocabularyEntryRecord] = _absent_when_empty("the page's vocabulary entries (vocabulary only)")


class SpanRecord(_Record):
    start: Offset
    end: Offset


class DocumentRecord(_OpenRecord):
    """The input document: id, metadata and sections."""

    id: str = Field(description="safe folder name: the input file name without extension, or the JSONL id")
    title: str | None = Field(description="headline, or null")
    source: str = Field(description="input path (path:line for a JSONL record), '-' for standard input")
    sha256: Sha256 = Field(description="sha256 of the input bytes (of the record's line for JSONL)")
    format: Literal["txt", "md", "html", "jsonl", "learner-page", "text"] = Field(
        description="input format; 'text' for a string given to the Python API")
    encoding: str | None = Field(description="encoding the input was decoded from (utf-8, gb18030, big5, utf-16)")
    outlet: str | None = Field(description="the publisher (每日经济新闻), or null")
    site: str | None = Field(description="the site the article was read on (新浪), or null")
    published: Day | None = Field(description="publication date YYYY-MM-DD, or null")
    language: str = Field(description="ISO 639-1 code of the article (zh)")
    url: str | None = Field(description="the article's URL, or null")
    truncated: bool = Field(description="the article is cut off in the source (ends in ...)")
    chinese: SpanRecord = Field(description="the span the Chinese segmenter read (headline and body)")
    sections: list[SectionRecord] = Field(description="the parts of the text, in order")


#: A token's readings as the record writes them: tone numbers, one syllable per character separated
#: by spaces, ``-`` for a character that is not Han (``C端`` -> ``- duan1``); see ``pipeline/record.py``.
Reading = Annotated[str, StringConstraints(pattern=r"^(?:[^\s\d]+[1-5]|-)(?: (?:[^\s\d]+[1-5]|-))*$")]


class SentenceColumns(_OpenRecord):
    """The sentences as columns (item n of each list is sentence n): a sentence ends at 。！？；…
    or a line break, closing quotes kept."""

    start: list[Offset] = Field(description="where each sentence starts (white space trimmed)")
    end: list[Offset] = Field(description="where each sentence ends")


class TokenColumns(_OpenRecord):
    """The words of the Chinese span as jieba cut them, in order (white space left out), as
    columns: item n of each list is token n, so ``pandas.DataFrame(record["tokens"])`` is the
    token table. A token's text is ``text[start:end]``."""

    start: list[Offset] = Field(description="where each token starts")
    end: list[Offset] = Field(description="where each token ends: its text is text[start:end]")
    sentence: list[Annotated[int, Field(ge=0)]] = Field(description="index into sentences")
    pos: list[UPOS] = Field(description="Universal POS tag (and spaCy's SPACE for white space joined to a mark)")
    tag: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        description="jieba (ICTCLAS) tag: n, v, nr, ns, eng, x ...")
    pinyin: list[Reading | None] = Field(
        description="citation reading in tone numbers (dictionary tones, GB/T 16159: 一 yi1, 不 bu4; neutral tone 5, ü "
                    "written ü), one syllable per character, '-' where not Han; null when the token has no Han character. "
                    "Tone marks and zhuyin are derived from it")
    spoken: list[Reading | None] = Field(
        description="the reading with 一/不 and third-tone sandhi applied (一个 yi2 ge4, 很好 hen2 hao3), only where it "
                    "differs from pinyin; null where it is the same")
    lex: list[str | None] = Field(
        description="the word type's key into the lexicon (行业|hang2 ye4; |name after it when read as a name changes "
                    "the entry); null for punctuation and bare numbers")


class ClassifierRecord(_Record):
    """A measure word from the dictionary's CL: field."""

    simplified: str = Field(description="the classifier in simplified characters (个)")
    traditional: str = Field(description="the classifier in traditional characters (個)")
    pinyin: str = Field(description="CC-CEDICT reading, tone numbers (ge4)")


class RefRecord(_Record):
    """A "see X" / "variant of X" / "abbr. for X" sense, resolved to X's senses."""

    kind: str = Field(description="the reference as CC-CEDICT writes it: see, see also, variant of, abbr. for ...")
    word: str = Field(description="the word referred to (比利时)")
    pinyin: str = Field(description="its CC-CEDICT reading (Bi3 li4 shi2)")
    senses: list[str] = Field(description="its senses (at most six)")


class CedictEntryRecord(_Record):
    """One CC-CEDICT entry of the headword."""

    simplified: str = Field(description="headword, simplified")
    traditional: str = Field(description="headword, traditional")
    pinyin: str = Field(description="CC-CEDICT reading, tone numbers separated by spaces (capitalised for names)")
    matches_reading: bool = Field(description="the entry's reading is the token's (such entries come first)")
    senses: list[str] = Field(description="the senses as the dictionary lists them")
    classifiers: list[ClassifierRecord] = _absent_when_empty("measure words from the CL: field")
    refs: list[RefRecord] = _absent_when_empty("references to other words, resolved")
    proper_noun: bool = _absent_when_empty("true when the dictionary capitalises the reading")


class GlossaryRecord(_Record):
    """The domain glossary's line for the word (pipeline/data/glossary.tsv)."""

    pinyin: str = Field(description="the glossary's reading")
    gloss: str = Field(description="the glossary's gloss")
    note: str = Field(description="the glossary's note (may be empty): proper noun: product, internet sense first ...")


class PartRecord(_Record):
    """A dictionary part of a composed word."""

    word: str = Field(description="the part (有点)")
    pinyin: str | None = Field(description="its tone-mark reading, syllables separated by spaces")
    gloss: str | None = Field(description="its gloss")


class LexiconRecord(_OpenRecord):
    """What the dictionaries say about one word in one reading."""

    word: str = Field(description="the word as written in the text")
    pinyin: str | None = Field(description="tone-mark reading, syllables separated by spaces (háng), or null")
    source: Literal["glossary", "cedict", "composed", "proper_noun"] | None = Field(
        description="where the gloss came from: glossary, cedict, composed (its parts), proper_noun (a name with no entry)")
    gloss: str | None = Field(description="the one-line gloss tokens carry, or null")
    proper_noun: bool = Field(description="a name: jieba tags it nr/ns/nt/nz, the glossary says so, or the dictionary only knows it capitalised")
    lookup: str = _absent_when_empty("the form looked up when it differs from word (simplified for traditional input)")
    glossary: GlossaryRecord = _absent_when_empty("the domain glossary's entry, when it has the word")
    entries: list[CedictEntryRecord] = _absent_when_empty("every CC-CEDICT entry of the headword, matching readings first")
    parts: list[PartRecord] = _absent_when_empty("the longest dictionary parts of a composed word")
    hsk: Level | None = Field(description="HSK level of the word in the chosen standard: 1-6, 7 for 7-9; null when not listed")
    freq_rank: int | None = Field(ge=1, description="rank by count in jieba's dictionary (1 = most frequent), or null")


class VocabularyWord(_OpenRecord):
    """A word of the learner's list, at its first appearance; its reading, gloss and levels are
    its lexicon entry's."""

    word: str = Field(description="the word")
    lex: str | None = Field(description="key into the lexicon, or null")
    start: Offset
    end: Offset
    sentence: int | None = Field(ge=0, description="index into sentences, or null")
    page_gloss: str = _absent_when_empty("the page's own gloss, for a headword of the page's vocabulary list")
    segmented: bool = _absent_when_empty("false for a page headword our segmentation cut differently (found in the text)")


class VocabularyRecord(_OpenRecord):
    """The learner's vocabulary list: what a learner who passed ``level`` would need."""

    level: Level = Field(description="the learner's HSK level (setting vocabulary_level)")
    hsk_standard: HSK_STANDARD_NAMES = Field(description="the HSK word list that grades the words (setting hsk_standard)")
    words: list[VocabularyWord] = Field(description="in order of first appearance")


class AnnotatedFile(_OpenRecord):
    """annotated.json: one document, its text, sentences and tokens. Offsets index ``text``."""

    schema_version: str = Field(description="version of the contract (2.0); later 2.x versions only add fields")
    document: DocumentRecord = Field(description="the input document: id, metadata, sections")
    text: str = Field(description="the whole decoded document text")
    sentences: SentenceColumns = Field(description="the sentences of the Chinese span, in order, as columns")
    tokens: TokenColumns = Field(description="the words of the Chinese span, in order, as columns")
    vocabulary: VocabularyRecord = Field(description="the learner's vocabulary list")
    lexicon: dict[str, LexiconRecord] = _absent_when_empty(
        "lex key -> the word type's entry, for a record read on its own (the annotate command, the Python API); a corpus "
        "run writes one lexicon for the corpus instead (tables/lexicon)")


# ----------------------------------------------------------------------------------- manifest.json

class DataFileRecord(_OpenRecord):
    name: str = Field(description="what the data is (CC-CEDICT, domain glossary ...)")
    path: str = Field(description="where it was read from (package-relative)")
    version: str | None = Field(description="the data's version, or null")
    license: str = Field(description="its licence")
    sha256: Sha256 | None = Field(description="checksum of the file; null for data read through a library's API")


class ManifestDocument(_OpenRecord):
    id: str = Field(description="the document's id (its folder)")
    source: str = Field(description="input path (path:line for JSONL)")
    sha256: Sha256 = Field(description="sha256 of the input bytes")
    outputs: dict[Literal["annotated", "facts", "reader", "vocabulary_apkg", "vocabulary_tsv"], str] = Field(
        description="output kind -> path relative to the output folder")


class ManifestError(_Record):
    source: str = Field(description="the input (path, path:line)")
    error: str = Field(description="what was wrong with it")


class PipelineRecord(_OpenRecord):
    name: str = Field(description="zh-news-pipeline")
    version: str = Field(description="the package version")
    source_sha256: Sha256 = Field(description="checksum of the package's Python source")


class EnvironmentRecord(_OpenRecord):
    python: str = Field(description="Python version")
    libraries: dict[str, str] = Field(description="library -> version")


class SettingsRecord(_OpenRecord):
    reference_date: Day | None = Field(description="--reference-date, or null (each document's published date)")
    userdict: str | None = Field(description="the jieba user dictionary read, or null")
    vocabulary_level: Level = Field(description="the learner's HSK level for the vocabulary list")
    hsk_standard: Literal["2025", "2021", "2.0"] = Field(description="the HSK word list")
    pages: bool = Field(description="learner's pages and study exports written")


class Manifest(_OpenRecord):
    """manifest.json: what made the outputs, and what was written."""

    schema_version: str = Field(description="version of the contract; later versions only add fields")
    pipeline: PipelineRecord = Field(description="the pipeline that wrote the outputs")
    environment: EnvironmentRecord = Field(description="Python and library versions")
    data: list[DataFileRecord] = Field(description="every data file the run read")
    settings: SettingsRecord = Field(description="the settings of the run")
    documents: list[ManifestDocument] = Field(description="the documents written, in input order")
    errors: list[ManifestError] = Field(description="the inputs that failed")
    tables: list[str] = Field(default_factory=list, description="the files of the corpus store (tables/: every part its "
                              "index lists, the lexicon, the index tables/_store.json), relative paths")
    exports: list[str] = Field(default_factory=list, description="the files of the current exports (exports/), made from "
                               "the store as it is now, relative paths")
    interrupted: bool = _absent_when_empty("true when the run was interrupted (Ctrl-C)")


# -------------------------------------------------------------------------------------- facts.json

class FactsDocument(_OpenRecord):
    id: str = Field(description="the document's id")
    source: str = Field(description="input path (path:line for JSONL)")
    sha256: Sha256 = Field(description="sha256 of the input bytes")
    title: str | None = Field(description="headline, or null")
    published: Day | None = Field(description="YYYY-MM-DD or null")


class FactsFile(_OpenRecord):
    """facts.json: the money, date and quote facts of one document (../shared/FACTS.md), with their
    evidence. Offsets index annotated.json's ``text``; ``price_tiers`` link facts and never change them."""

    schema_version: str = Field(description="version of the contract; later versions only add fields")
    document: FactsDocument = Field(description="the document the facts are of (as in annotated.json)")
    reference_date: Day | None = Field(description="YYYY-MM-DD that relative dates were resolved against, or null")
    facts: list[Fact] = Field(description="sorted by start")
    price_tiers: list[PriceTier] = Field(description="an offer's amount, duration and stated per-unit price, with the arithmetic checked")


SCHEMAS = {"annotated": AnnotatedFile, "manifest": Manifest, "facts": FactsFile}


def _tidy(node) -> None:
    """Drop ``"default": null`` from fields that are never null (they are left out instead)."""
    if isinstance(node, dict):
        for prop in (node.get("properties") or {}).values():
            if isinstance(prop, dict) and "default" in prop and prop["default"] is None and "anyOf" not in prop:
                del prop["default"]
        for value in node.values():
            _tidy(value)
    elif isinstance(node, list):
        for value in node:
            _tidy(value)


def schema(name: str) -> dict:
    """The JSON Schema of one output file (``annotated``, ``facts``, ``manifest``) as a dict.

    >>> schema("annotated")["$defs"]["LexiconRecord"]["properties"]["hsk"]["description"][:9]
    'HSK level'
    """
    out = SCHEMAS[name].model_json_schema()
    _tidy(out)
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["$id"] = f"zh-news-pipeline/{name}.schema.json"
    out["x-schema-version"] = config.SCHEMA_VERSION
    return out


def schema_json(name: str) -> str:
    """The JSON Schema text of one output file, as committed in pipeline/schemas/."""
    return json.dumps(schema(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas() -> None:
    for name in SCHEMAS:
        (config.SCHEMAS_DIR / f"{name}.schema.json").write_text(schema_json(name), encoding="utf-8")


if __name__ == "__main__":
    write_schemas()
    print(f"wrote {len(SCHEMAS)} schemas to {config.SCHEMAS_DIR}", file=sys.stderr)
