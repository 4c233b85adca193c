"""Records for the reader tests: the seed's record with its lexicon, a facts record of the seed
article in the facts branch's shape (``facts.json``; offsets found in the text, not typed in), for
the facts panel until the extractor is merged, and an article full of markup that must stay text."""
from __future__ import annotations

import copy
from functools import lru_cache

from pipeline import config

SEED_ID = "000_a47795d20e9f08a9"

#: Markup that must come out as text wherever it appears; the third would end a script element.
PAYLOADS = ('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</script><img src=x onerror=alert(1)>', '<b>')


@lru_cache(maxsize=1)
def _seed_record() -> dict:
    from pipeline import api

    [record] = api.annotate_file(config.ARTICLES_DIR / f"{SEED_ID}.txt")
    return record


def seed_record() -> dict:
    """The seed's annotated record (what outputs/ holds as annotated.json) with its ``lexicon``."""
    return copy.deepcopy(_seed_record())


def without_lexicon(record: dict) -> tuple[dict, dict]:
    """The record without its lexicon, and the lexicon: what a run hands the page's writer."""
    record = dict(record)
    return record, record.pop("lexicon")


def hostile_record() -> dict:
    """An article whose text, title, glosses and vocabulary carry markup that must stay text."""
    from pipeline import api

    body = f"记者说{PAYLOADS[0]}用户可以打赏。有人写道{PAYLOADS[1]}然后扩容了。他说{PAYLOADS[2]}服务{PAYLOADS[3]}提速。"
    # A deep copy: the lexicon's entry records are shared with the glossary's cache, and editing
    # them in place would change every later annotation in this process.
    record = copy.deepcopy(api.annotate_text(body, title=PAYLOADS[1] + PAYLOADS[0]))
    for entry in record["lexicon"].values():
        entry["gloss"] = PAYLOADS[1]
        entry["pinyin"] = PAYLOADS[3]
        for e in entry.get("entries") or []:
            e["senses"] = [PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3]]
    words = record["vocabulary"]["words"]
    assert words, "the hostile article needs a vocabulary word to carry a hostile gloss"
    record["lexicon"][words[0]["lex"]]["gloss"] = PAYLOADS[2]
    words[0]["page_gloss"] = PAYLOADS[1]
    return record


def _span(text: str, needle: str, after: int = 0) -> dict:
    start = text.index(needle, after)
    return {"text": needle, "start": start, "end": start + len(needle)}


def seed_facts(annotated: dict) -> dict:
    """A few real facts of the seed page: a price range, an amount, a rate, a date, a duration,
    two quotes (one with its speaker) and one price tier with its arithmetic."""
    text = annotated["text"]
    body = annotated["document"]["chinese"]["start"]
    tier_at = text.index("399元365天")
    quote = _span(text, "“打赏模式不会给Kimi带来太多收入,我觉得会有不少人尝鲜去支付5.2元、9.9元,但大额付费估计占比很小。”", body)
    speaker = _span(text, "Super黄", quote["start"] - 12)
    facts = [
        {"type": "quote", "kind": "other_quoted", **_span(text, "“有点累了”", body), "speaker": None, "cue": None},
        {"type": "date", "kind": "relative_date", **_span(text, "今年3月末", body), "value": None, "partial": "XXXX-03"},
        {"type": "money", "kind": "range", **_span(text, "5.20元至399元", body), "value": None, "currency": "CNY",
         "approx": False, "low": 5.2, "high": 399},
        {"type": "quote", "kind": "direct", **quote, "speaker": {**speaker, "role": "AI product adviser"}, "cue": "预测"},
        {"type": "money", "kind": "amount", **_span(text, "9.99元", body), "value": 9.99, "currency": "CNY", "approx": False},
        {"type": "money", "kind": "amount", **_span(text, "399元", tier_at), "value": 399, "currency": "CNY", "approx": False},
        {"type": "date", "kind": "duration", **_span(text, "365天", tier_at), "value": "P365D"},
        {"type": "money", "kind": "per_unit", **_span(text, "1.093元一天", tier_at), "value": 1.093, "currency": "CNY",
         "approx": True, "per": "天"},
    ]
    sentences = annotated["sentences"]
    for fact in facts:
        fact["sentence"] = next(i for i, (start, end) in enumerate(zip(sentences["start"], sentences["end"]))
                                if start <= fact["start"] < end)
        assert text[fact["start"]:fact["end"]] == fact["text"]
    tier = {
        "amount": {"type": "money", **_span(text, "399元", tier_at)},
        "duration": {"type": "date", **_span(text, "365天", tier_at)},
        "per_unit": {"type": "money", **_span(text, "1.093元一天", tier_at)},
        "per": "天", "units": 365, "computed": 1.0932, "stated": 1.093, "check": "rounded",
    }
    document = annotated["document"]
    return {
        "schema_version": "1.0",
        "document": {k: document[k] for k in ("id", "source", "sha256", "title", "published")},
        "reference_date": None,
        "facts": sorted(facts, key=lambda f: (f["start"], f["end"])),
        "price_tiers": [tier],
    }
