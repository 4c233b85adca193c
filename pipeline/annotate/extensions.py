"""spaCy extension attributes the pipeline uses, all under the ``zh_`` prefix, registered once."""
from __future__ import annotations

from spacy.tokens import Doc

_REGISTERED = False


def register() -> None:
    """Register the ``zh_`` extensions (idempotent; called by ``build_nlp``)."""
    global _REGISTERED
    if _REGISTERED:
        return
    # The normalized copy the segmenter read (same length mapping lives in normalize.NormalizedText).
    Doc.set_extension("zh_norm", default=None, force=True)
    # Offset of doc.text[0] in the document text, so facts and tokens index the whole document.
    Doc.set_extension("zh_base", default=0, force=True)
    _REGISTERED = True
