"""The output contract: models of annotated.json and manifest.json, and their JSON Schemas.

The schemas in ``pipeline/schemas/`` are generated from these models (``python -m
pipeline.contract`` rewrites them) and the tests validate every output against them. Later work
only adds fields; records accept fields they do not list yet.
"""
from __future__ import annotations

import json
import sys

from pydantic import BaseModel, ConfigDict, Field

from pipeline import config
from pipeline.models import Fact, PriceTier


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _OpenRecord(BaseModel):
    model_config = ConfigDict(extra="allow")


class VocabularyEntryRecord(_Record):
    headword: str
    gloss: str = Field(description="the page's English gloss, line breaks rejoined")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SectionRecord(_Record):
    name: str = Field(description="summary, source, headline, body, vocabulary, comments")
    label: str | None = Field(description="the heading as written on the page (要約, 単語(ピンイン))")
    language: str = Field(description="ISO 639-1 code; 'mul' for mixed")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    note: str | None = None
    entries: list[VocabularyEntryRecord] | None = None


class SpanRecord(_Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DocumentRecord(_OpenRecord):
    id: str = Field(description="safe folder name: the input file name without extension, or the JSONL id")
    title: str | None
    source: str = Field(description="input path (path:line for a JSONL record), '-' for standard input")
    sha256: str = Field(description="sha256 of the input bytes (of the record's line for JSONL)")
    format: str = Field(description="txt, md, html, jsonl, learner-page, text")
    encoding: str | None = Field(description="encoding the input was decoded from")
    outlet: str | None
    site: str | None
    published: str | None = Field(description="YYYY-MM-DD or null")
    language: str
    url: str | None
    truncated: bool = Field(description="the article is cut off in the source (ends in ...)")
    chinese: SpanRecord = Field(description="the span the Chinese segmenter read (headline and body)")
    sections: list[SectionRecord]


class SentenceRecord(_OpenRecord):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TokenRecord(_OpenRecord):
    text: str = Field(description="exactly text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="index into sentences")
    pos: str = Field(description="Universal POS")
    tag: str = Field(description="jieba (ICTCLAS) tag")


class AnnotatedFile(_OpenRecord):
    """annotated.json: one document, its text, sentences and tokens. Offsets index ``text``."""

    schema_version: str
    document: DocumentRecord
    text: str
    sentences: list[SentenceRecord]
    tokens: list[TokenRecord]


class DataFileRecord(_OpenRecord):
    name: str
    path: str
    version: str | None
    license: str
    sha256: str | None = Field(description="checksum of the file; null for data read through a library's API")


class ManifestDocument(_OpenRecord):
    id: str
    source: str
    sha256: str
    outputs: dict[str, str] = Field(description="output kind -> path relative to the output folder")


class ManifestError(_Record):
    source: str
    error: str


class Manifest(_OpenRecord):
    """manifest.json: what made the outputs, and what was written."""

    schema_version: str
    pipeline: dict[str, str]
    environment: dict = Field(description="Python and library versions")
    data: list[DataFileRecord]
    settings: dict
    documents: list[ManifestDocument]
    errors: list[ManifestError]
    exports: list[str] = Field(default_factory=list, description="corpus-level files written (tables, exports), relative paths")


class FactsDocument(_OpenRecord):
    id: str
    source: str
    sha256: str
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD or null")


class FactsFile(_OpenRecord):
    """facts.json: the money, date and quote facts of one document (../shared/FACTS.md), with their
    evidence. Offsets index annotated.json's ``text``; ``price_tiers`` link facts and never change them."""

    schema_version: str
    document: FactsDocument
    reference_date: str | None = Field(description="YYYY-MM-DD that relative dates were resolved against, or null")
    facts: list[Fact]
    price_tiers: list[PriceTier]


SCHEMAS = {"annotated": AnnotatedFile, "manifest": Manifest, "facts": FactsFile}


def schema_json(name: str) -> str:
    """The JSON Schema text of one output file, as committed in pipeline/schemas/."""
    schema = SCHEMAS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"zh-news-pipeline/{name}.schema.json"
    schema["x-schema-version"] = config.SCHEMA_VERSION
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas() -> None:
    for name in SCHEMAS:
        (config.SCHEMAS_DIR / f"{name}.schema.json").write_text(schema_json(name), encoding="utf-8")


if __name__ == "__main__":
    write_schemas()
    print(f"wrote {len(SCHEMAS)} schemas to {config.SCHEMAS_DIR}", file=sys.stderr)
