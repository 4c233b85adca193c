"""The per-type layer: what it gives must be what the per-token functions give, whatever order the
sentences come in (a corpus run in any order, or in workers, writes the same bytes)."""
from __future__ import annotations

import pytest

from pipeline.annotate import token_types
from pipeline.annotate.document import annotated_record
from pipeline.annotate.gloss import gloss_tokens, shared_glosser
from pipeline.annotate.pinyin import sentence_pinyin
from pipeline.annotate.segment import shared_nlp
from pipeline.models import Document
from pipeline.record import syllables_of, token_rows
from tests.annotate.cases_pinyin_news import HELDOUT
from tests.annotate.cases_polyphones import CASES
from tests.annotate.helpers import seed_document

# Real news sentences full of polyphones, 一/不 and third tones: where a type must not decide alone.
SENTENCES = sorted({sentence for sentence, _, _ in HELDOUT} | {case[1] for case in CASES})


def _document(text: str) -> Document:
    return Document("s", text, "s.txt", "", "txt", (0, len(text)))


def _record(text: str) -> dict:
    from pipeline.annotate.document import annotate

    document = _document(text)
    return annotated_record(document, annotate(document, shared_nlp()), vocabulary_level=1)


@pytest.fixture
def cold_types():
    token_types._TYPES.clear()
    yield
    token_types._TYPES.clear()


def test_the_sentences_are_many_and_real():
    assert len(SENTENCES) >= 100


def test_readings_and_glosses_match_the_per_token_functions():
    nlp = shared_nlp()
    glosser = shared_glosser()
    for text in SENTENCES + [seed_document().text]:
        doc = nlp(text)
        table = doc._.zh_table
        for first, stop in table.sentence_ranges():
            lookup = [n if len(n) == len(t) else t for t, n in zip(table.texts[first:stop], table.norms[first:stop])]
            citation, spoken = sentence_pinyin(list(zip(lookup, table.tags[first:stop])))
            assert doc._.zh_pinyin_list[first:stop] == citation, text
            assert doc._.zh_pinyin_spoken_list[first:stop] == spoken, text
            glossed = gloss_tokens(glosser, list(zip(lookup, table.tags[first:stop], table.pos[first:stop])), citation)
            assert doc._.zh_lex_list[first:stop] == [key for key, _ in glossed], text
            assert doc._.zh_gloss_list[first:stop] == [lexeme.gloss if lexeme else None for _, lexeme in glossed], text


def test_record_fields_match_the_per_token_readings():
    text = seed_document().text
    record = _record(text)
    doc = shared_nlp()(text)
    by_start = dict(zip(doc._.zh_table.starts, zip(doc._.zh_pinyin_list, doc._.zh_pinyin_spoken_list)))
    checked = 0
    for token in token_rows(record):
        citation, spoken = by_start[token["start"]]
        if token["pinyin"] is not None:
            assert syllables_of(token["pinyin"]) == citation
            assert syllables_of(token["spoken"]) == spoken
            checked += 1
    assert checked > 500


def test_order_of_the_sentences_does_not_change_a_record(cold_types):
    forward = [_record(text) for text in SENTENCES]
    token_types._TYPES.clear()
    backward = [_record(text) for text in reversed(SENTENCES)]
    assert forward == backward[::-1]


def test_a_type_is_shared_by_its_tokens_and_keeps_its_reading():
    doc = shared_nlp()("他很好，我们也很好。")
    types = doc._.zh_types
    hen = [t for t, text in zip(types, doc._.zh_table.texts) if text == "很"]
    assert len(hen) == 2 and hen[0] is hen[1]
    assert hen[0].citation == ("hen3",) and hen[0].leaned == ("hen2",)
    # 很 before 好 (a third tone) leans on it; the type keeps its reading alone
    assert doc[1]._.zh_pinyin_spoken == ("hen2",) and hen[0].spoken == ("hen3",)


def test_polyphones_and_context_words_have_no_fixed_reading():
    doc = shared_nlp()("他还了钱，地方政府都会还。")
    fixed = {text: t.citation for t, text in zip(doc._.zh_types, doc._.zh_table.texts)}
    assert fixed["还"] is None and fixed["地方"] is None and fixed["了"] is None
    assert fixed["政府"] == ("zheng4", "fu3")


def test_the_type_table_is_bounded(monkeypatch, cold_types):
    monkeypatch.setattr(token_types, "_TYPES_LIMIT", 5)
    record = _record(SENTENCES[0])
    assert len(token_types._TYPES) <= 5
    token_types._TYPES.clear()
    monkeypatch.setattr(token_types, "_TYPES_LIMIT", 200_000)
    assert _record(SENTENCES[0]) == record
