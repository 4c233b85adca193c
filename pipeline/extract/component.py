"""The ``zh_facts`` spaCy component (its factory is in ``pipeline/factories.py``): the facts of a
Doc where spaCy tools look for them.

It runs ``extract_facts`` (money, dates, quotes: pure functions over the Doc, which read its
tokens and normalized text, never the pinyin) and puts the result in three places:

- ``doc.spans["facts"]``: one span per fact, labelled with its type (``money``, ``date``,
  ``quote``); ``span._.zh_fact`` is the fact's JSON record (kind, text, start, end, value,
  currency, speaker ...). A fact that does not start and end on token boundaries (possible with
  another tokenizer) has the tokens around it as its span; its record keeps the exact offsets.
- ``doc.ents``: the money and date facts that do not overlap one another or an entity already
  set, as ``MONEY`` and ``DATE`` (the OntoNotes labels spaCy's models use); entities set before
  are kept.
- ``doc._.zh_facts``: the records, plain data that travels with the Doc (DocBin, pickling).

Record offsets index the document text: ``doc._.zh_base + `` an offset of ``doc.text``.
Relative dates are resolved against ``reference_date`` (the factory setting, or the
``reference_date`` given for one call: ``nlp(text, component_cfg={"zh_facts": {"reference_date":
"2024-05-21"}})``).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.annotate import extensions
from pipeline.extract import extract_facts, fact_record

#: OntoNotes entity labels of the fact types that are entities.
ENT_LABELS = {"money": "MONEY", "date": "DATE"}


def _checked_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
        return value
    except (TypeError, ValueError):
        raise ValueError(f"reference_date {value!r} is not a date; expected YYYY-MM-DD, e.g. 2024-05-21") from None


class FactsComponent:
    """Sets ``doc.spans[spans_key]``, ``doc.ents`` (when ``ents``) and ``doc._.zh_facts``."""

    def __init__(self, reference_date: str | None = None, spans_key: str = "facts", ents: bool = True):
        self.reference_date = _checked_date(reference_date)
        self.spans_key = spans_key
        self.ents = ents

    def __call__(self, doc: Doc, reference_date: str | None = None) -> Doc:
        reference = _checked_date(reference_date) if reference_date is not None else self.reference_date
        facts = extract_facts(doc, reference)
        records = [fact_record(fact) for fact in facts]
        base = doc._.zh_base or 0
        extensions.state(doc).facts = (reference, base, facts)
        data = doc.user_data
        data[_FACTS] = records
        data[_REFERENCE] = reference
        spans = [self._span(doc, fact.start - base, fact.end - base, fact.type) for fact in facts]
        doc.spans[self.spans_key] = [span for span in spans if span is not None]
        if self.ents:
            entities = [Span(doc, s.start, s.end, label=ENT_LABELS[s.label_]) for s in spans
                        if s is not None and s.label_ in ENT_LABELS]
            if entities:
                _add_entities(doc, entities)
        return doc

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
        span = doc.char_span(start, end, label=label)
        if span is None:  # not on token boundaries: the tokens around it
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        return span


_FACTS = ("._.", "zh_facts", None, None)
_REFERENCE = ("._.", "zh_reference_date", None, None)


def _add_entities(doc: Doc, entities: list[Span]) -> None:
    """Add the entities that overlap no other and no entity already set (the longest win)."""
    taken = [(e.start, e.end) for e in doc.ents]
    fresh = [e for e in filter_spans(entities) if not any(a < e.end and e.start < z for a, z in taken)]
    if fresh:
        doc.set_ents(fresh, default="unmodified")
