"""Shared fixtures: the seed page, the default corpus, and one nlp for the whole session."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config

REPO = config.PROJECT_DIR
SEED_NAME = "000_a47795d20e9f08a9"
SEED_PATH = REPO / "seeds" / f"{SEED_NAME}.txt"
CORPUS_SEED_PATH = config.ARTICLES_DIR / f"{SEED_NAME}.txt"
SHARED = REPO.parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev" / "news.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.annotate.segment import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def seed_document():
    from pipeline.ingest import read_documents

    (document,) = list(read_documents([CORPUS_SEED_PATH]))
    return document
