"""Facts from an annotated ``Doc``: money, dates and quotes, each a pure function over the Doc.

``extract_facts`` runs them all and settles their overlaps; ``facts_record`` is the facts.json record.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from pipeline.extract.dates import extract_dates
from pipeline.extract.money import extract_money
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.spans import SpanIndex
from pipeline.models import DateFact, MoneyFact, QuoteFact

Fact = MoneyFact | DateFact | QuoteFact

__all__ = ["extract_facts", "extract_facts_from_text", "fact_record", "extract_money", "extract_dates", "extract_quotes"]


def extract_facts(doc: Doc, reference_date: str | None = None) -> list[Fact]:
    """Money, date and quote facts of ``doc``, sorted by start (then end, then type).

    A time word inside a money span is the price's denominator, not a time (the 一天 of 1.093元一天).

    >>> from pipeline.annotate.segment import shared_nlp
    >>> [f.text for f in extract_facts(shared_nlp()("399元365天约合1.093元一天"))]
    ['399元', '365天', '1.093元一天']
    """
    money = extract_money(doc)
    dates = extract_dates(doc, reference_date)
    if money:  # most articles name no sum
        sums = SpanIndex((m.start, m.end) for m in money)
        dates = [d for d in dates if not sums.overlaps(d.start, d.end)]
    facts: list[Fact] = [*money, *dates, *extract_quotes(doc)]
    return sorted(facts, key=lambda f: (f.start, f.end, f.type))


# Fields the specification keeps even when null; other null fields are left out of the record.
_KEEP_NULL = {"value", "speaker", "cue"}
_ORDER = ("type", "kind", "text", "start", "end")
__all__.append("facts_record")


def fact_record(fact: Fact) -> dict:
    """The JSON record of a fact: type, kind, text, start, end, then the spec fields.

    >>> fact_record(MoneyFact(kind="amount", text="99元", start=0, end=3, value=99, currency="CNY"))
    {'type': 'money', 'kind': 'amount', 'text': '99元', 'start': 0, 'end': 3, 'value': 99, 'currency': 'CNY', 'approx': False}
    """
    return _record(fact.model_dump(mode="json"))


def _record(data: dict) -> dict:
    """The record of a fact's JSON data (``fact.model_dump(mode="json")``)."""
    record = {key: data[key] for key in _ORDER}
    for key, value in data.items():
        if key in record or key == "sentence" or (value is None and key not in _KEEP_NULL):
            continue
        if key == "speaker" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if v is not None and not (k == "pseudonym" and v is False)}
        record[key] = value
    if data.get("sentence") is not None:
        record["sentence"] = data["sentence"]
    return record


def facts_record(document, doc: Doc, reference_date: str | None) -> dict:
    """The facts.json record of one document: its facts (each with the index of its sentence in
    annotated.json) and the price tiers linking them. ``reference_date`` is the date relative
    dates were resolved against (the --reference-date, else the document's published date, else null).
    """
    from pipeline.annotate.document import sentence_spans
    from pipeline.config import SCHEMA_VERSION
    from pipeline.extract.tiers import link_price_tiers

    spans = [(start, end) for _, _, start, end in sentence_spans(doc)]  # made once, with the record
    span_starts = [start for start, _ in spans]  # ascending: the sentences follow one another
    facts, plain = _facts_of(doc, reference_date)
    records = []
    for fact, record in zip(facts, plain):
        n = bisect_right(span_starts, fact.start) - 1
        # The sentence index goes last, as in _record; a fact outside every sentence has none.
        if n >= 0 and fact.start < spans[n][1]:
            records.append({**record, "sentence": n})
        else:
            records.append({k: v for k, v in record.items() if k != "sentence"})
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {"id": document.id, "source": document.source, "sha256": document.sha256,
                     "title": document.title, "published": document.published},
        "reference_date": reference_date,
        "facts": records,
        "price_tiers": [t.model_dump(mode="json") for t in link_price_tiers(facts, document.text)],
    }


def _facts_of(doc: Doc, reference_date: str | None) -> tuple[list[Fact], list[dict]]:
    """The facts of ``doc`` and their records: the zh_facts component's when it ran with this
    reference date and offset, else extracted now."""
    from pipeline.annotate.extensions import state

    made = state(doc).facts
    records = doc._.zh_facts
    if made is not None and records is not None and made[0] == reference_date and made[1] == (doc._.zh_base or 0):
        return made[2], records
    facts = extract_facts(doc, reference_date)
    return facts, [fact_record(f) for f in facts]


def extract_facts_from_text(text: str, reference_date: str | None = None) -> list[dict]:
    """The fact records of a plain string (offsets index ``text``); for tests and notebooks.

    >>> [f["text"] for f in extract_facts_from_text("今年3月末，Kimi宕机。")]
    ['今年3月末']
    """
    from pipeline.annotate.segment import shared_nlp

    doc = shared_nlp()(text)
    return [fact_record(f) for f in extract_facts(doc, reference_date)]
