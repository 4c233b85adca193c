"""The spaCy factories of the package's components: ``zh_pinyin``, ``zh_gloss``, ``zh_facts``.

They are the ``spacy_factories`` entry points of ``pyproject.toml``, so ``nlp.add_pipe("zh_pinyin")``
works in a process that never imported the package. spaCy loads every installed factory entry
point whenever it makes a ``Language`` (``spacy.blank("en")`` too), so this module imports nothing
heavy: each factory imports its component (pypinyin, the extractors) when it is called.
"""
from __future__ import annotations

from spacy.language import Language


@Language.factory(
    "zh_pinyin",
    assigns=["token._.zh_pinyin", "token._.zh_pinyin_spoken", "doc._.zh_pinyin_list", "doc._.zh_pinyin_spoken_list"],
)
def make_pinyin(nlp: Language, name: str):
    """The ``zh_pinyin`` component (``components.PinyinComponent``): citation and spoken readings
    of every token.

    >>> import spacy
    >>> nlp = spacy.blank("zh"); _ = nlp.add_pipe("zh_pinyin")  # spaCy's own tokenizer: characters
    >>> [t._.zh_pinyin for t in nlp("售价")]
    [('shou4',), ('jia4',)]
    """
    from pipeline.annotate import extensions
    from pipeline.annotate.components import PinyinComponent

    extensions.register()
    return PinyinComponent()


@Language.factory(
    "zh_gloss",
    requires=["doc._.zh_pinyin_list"],
    assigns=["token._.zh_lex", "token._.zh_gloss", "doc._.zh_lex_list", "doc._.zh_gloss_list"],
)
def make_gloss(nlp: Language, name: str):
    """The ``zh_gloss`` component (``components.GlossComponent``): every token's lexicon key and
    one-line gloss; it reads the pinyin, so it goes after ``zh_pinyin``."""
    from pipeline.annotate import extensions
    from pipeline.annotate.components import GlossComponent

    extensions.register()
    return GlossComponent()


@Language.factory(
    "zh_facts",
    default_config={"reference_date": None, "spans_key": "facts", "ents": True},
    assigns=["doc.spans", "doc.ents", "doc._.zh_facts", "span._.zh_fact"],
)
def make_facts(nlp: Language, name: str, reference_date: str | None, spans_key: str, ents: bool):
    """The ``zh_facts`` component (``extract.component.FactsComponent``): money, dates and quotes
    in ``doc.spans[spans_key]``, ``doc.ents`` and ``doc._.zh_facts``.

    >>> import pipeline
    >>> doc = pipeline.load(pinyin=False, glosses=False)("售价99元")
    >>> [(s.text, s.label_, s._.zh_fact["value"]) for s in doc.spans["facts"]], [(e.text, e.label_) for e in doc.ents]
    ([('99元', 'money', 99)], [('99元', 'MONEY')])
    """
    from pipeline.annotate import extensions
    from pipeline.extract.component import FactsComponent

    extensions.register()
    return FactsComponent(reference_date, spans_key, ents)
