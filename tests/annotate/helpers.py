"""Fixtures shared by the pinyin, gloss and vocabulary tests (kept out of conftest.py so the
worktrees' conftests do not collide)."""
from __future__ import annotations

from pipeline import config

SEED_PATH = config.ARTICLES_DIR / "000_a47795d20e9f08a9.txt"


def seed_document():
    from pipeline.ingest import read_documents

    (document,) = list(read_documents([SEED_PATH]))
    return document


def seed_doc():
    from pipeline.annotate.document import annotate
    from pipeline.annotate.segment import shared_nlp

    return annotate(seed_document(), shared_nlp())
