"""Quote facts (FACTS.md, "Quotes").

A placeholder so this branch runs end to end: the quotes extractor is built in its own branch and
replaces this module at merge. It finds nothing.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.models import QuoteFact


def extract_quotes(doc: Doc) -> list[QuoteFact]:
    """Every quote fact of ``doc`` (none yet: see the module docstring)."""
    return []
