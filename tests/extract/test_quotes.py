"""Quote extractor: a table of real sentences (cases_quotes.py, written from FACTS.md before the
extractor existed), the seed article against seed-facts.json, and invariants."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import config
from pipeline.annotate.normalize import normalize
from pipeline.annotate.segment import shared_nlp
from pipeline.extract.quotes import _mark_view, extract_quotes

HERE = Path(__file__).resolve().parent
SHARED = config.PROJECT_DIR.parent / "shared"
SEED_FACTS = SHARED / "seed-facts.json"
SEED_ARTICLE = config.PROJECT_DIR / "corpus" / "articles" / "000_a47795d20e9f08a9.txt"


def _load_cases(name: str = "cases_quotes") -> list[dict]:
    # Loaded by path: the table sits beside this file whether or not tests/ is a package.
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


# cases_quote_passages.py: issue 14 (speakers carried through passages, pronouns, descriptions)
PASSAGE_CASES = _load_cases("cases_quote_passages")


CASES = _load_cases()

# Cases the extractor does not pass yet, with the reason (strict: a fix makes them fail loudly).
KNOWN_FAILURES: dict[str, str] = {}


def _case_params():
    for case in CASES + PASSAGE_CASES:
        marks = []
        if case["id"] in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[case["id"]]))
        yield pytest.param(case, id=case["id"], marks=marks)


def _view(fact: dict) -> tuple:
    speaker = fact.get("speaker")
    return (
        fact["kind"],
        fact["text"],
        speaker["text"] if speaker else None,
        fact.get("cue"),
    )


def _describe(facts) -> str:
    return "\n".join(f"  {kind:12} {text!r} speaker={sp!r} cue={cue!r}" for kind, text, sp, cue in facts) or "  (none)"


@pytest.mark.parametrize("case", list(_case_params()))
def test_quote_table(case):
    doc = shared_nlp()(case["text"])
    got = extract_quotes(doc)
    for fact in got:  # evidence is the text as written
        assert case["text"][fact.start : fact.end] == fact.text
    got_views = [_view(f.model_dump()) for f in got]
    want_views = [_view(f) for f in case["expected"]]
    assert sorted(got_views, key=repr) == sorted(want_views, key=repr), (
        f"\nexpected:\n{_describe(want_views)}\ngot:\n{_describe(got_views)}"
    )
    # starts and speaker starts where the table pins them (repeated text)
    for want in case["expected"]:
        match = [f for f in got if _view(f.model_dump()) == _view(want)]
        if "start" in want:
            assert any(f.start == want["start"] for f in match), want
        if want.get("speaker") and "start" in want["speaker"]:
            assert any(f.speaker.start == want["speaker"]["start"] for f in match), want
        if want.get("speaker") and "resolved" in want["speaker"]:
            assert any(f.speaker.resolved and f.speaker.resolved.text == want["speaker"]["resolved"] for f in match), want
        if want.get("speaker") and want["speaker"].get("pseudonym"):
            assert any(f.speaker.pseudonym for f in match), want


def test_table_pass_rate_floor():
    """At least 85% of the table passes (the xfails are the known failure classes)."""
    assert len(CASES) >= 50
    assert len(KNOWN_FAILURES) <= 0.15 * len(CASES), sorted(KNOWN_FAILURES)


# ---------------------------------------------------------------------------------------------
# The seed article
# ---------------------------------------------------------------------------------------------
def _seed_quotes():
    from pipeline.annotate.document import annotate
    from pipeline.ingest import read_documents

    (document,) = list(read_documents([SEED_ARTICLE]))
    doc = annotate(document, shared_nlp())
    return document, extract_quotes(doc)


@pytest.mark.skipif(not SEED_FACTS.is_file(), reason="../shared/seed-facts.json is not present")
def test_seed_quotes_f1():
    document, got = _seed_quotes()
    gold = [f for f in json.loads(SEED_FACTS.read_text(encoding="utf-8"))["facts"] if f["type"] == "quote"]
    optional = {(f["start"], f["end"]) for f in gold if f.get("optional")}
    required = [f for f in gold if not f.get("optional")]

    def key(kind, start, end, speaker):
        return (kind, start, end, speaker)

    want = {key(f["kind"], f["start"], f["end"], (f["speaker"] or {}).get("text")): f for f in required}
    have = {}
    for fact in got:
        assert document.text[fact.start : fact.end] == fact.text
        if (fact.start, fact.end) in optional:
            continue
        have[key(fact.kind, fact.start, fact.end, fact.speaker.text if fact.speaker else None)] = fact
    hits = set(want) & set(have)
    precision = len(hits) / len(have) if have else 0.0
    recall = len(hits) / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    lines = [f"seed quotes: P={precision:.3f} R={recall:.3f} F1={f1:.3f}"]
    for k in sorted(set(want) - hits, key=lambda k: k[1]):
        lines.append(f"  missing  {k[0]:12} {want[k]['text'][:50]!r} speaker={k[3]!r} @{k[1]}")
    for k in sorted(set(have) - hits, key=lambda k: k[1]):
        lines.append(f"  extra    {k[0]:12} {have[k].text[:50]!r} speaker={k[3]!r} @{k[1]}")
    print("\n".join(lines))
    assert f1 >= 0.95, "\n".join(lines)
    # every matched speaker carries the right cue too
    for k in hits:
        assert have[k].cue == want[k]["cue"], (want[k]["text"][:30], have[k].cue, want[k]["cue"])


def test_seed_speaker_details():
    _, got = _seed_quotes()
    by_text = {f.text[:12]: f for f in got}
    zhu = next(f for f in got if f.speaker and f.speaker.text == "朱啸虎")
    assert zhu.speaker.role == "金沙江创投主管合伙人"
    super_huang = [f for f in got if f.speaker and f.speaker.text == "Super黄"]
    assert super_huang and any(f.speaker.pseudonym for f in super_huang)
    assert by_text  # the extractor found something


# ---------------------------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "“",
        "”他说。",
        "他说：",
        '"好",他说.',
        "“A，”他表示，“B。”",
        "《人民日报》发表评论员文章。",
        "他说，“没有结尾的引语",
        "‘’“”「」『』",
    ],
)
def test_no_crash_and_offsets_round_trip(text):
    doc = shared_nlp()(text)
    before = [(t.text, t.tag_) for t in doc]
    facts = extract_quotes(doc)
    assert [(t.text, t.tag_) for t in doc] == before  # the Doc is not changed
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        if fact.speaker:
            assert text[fact.speaker.start : fact.speaker.end] == fact.speaker.text


# Pieces normalization changes (ellipses, ASCII marks, straight quotes, invisible and full-width
# characters) among pieces it keeps.
NORMALIZED_PIECES = st.lists(
    st.sampled_from(["好", "。", ".", "...", "。。。", "…", ",", ":", '"', "“", "”", "\u200b", "\ufeff",
                     "\u00ad", "１", "Ａ", "3", "a", " ", "\n", "：", "("]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NORMALIZED_PIECES)
def test_mark_view_reads_each_character_as_its_normalized_form(text):
    norm = normalize(text)
    expected = list(text)
    for j, ch in enumerate(norm.text):
        start, end = norm.to_original(j, j + 1)
        expected[start:end] = ch * (end - start)
    assert _mark_view(text) == "".join(expected)


def test_offsets_use_zh_base():
    doc = shared_nlp()("他说：“好。”")
    doc._.zh_base = 100
    (fact,) = extract_quotes(doc)
    assert (fact.start, fact.end, fact.speaker.start) == (103, 107, 100)


def test_straight_quotes_and_ascii_punctuation():
    text = '"今年的目标是翻一番,"王女士说,"我们有信心."'
    facts = extract_quotes(shared_nlp()(text))
    assert [(f.kind, f.text, f.speaker.text) for f in facts] == [
        ("direct", '"今年的目标是翻一番,"', "王女士"),
        ("direct", '"我们有信心."', "王女士"),
    ]


def test_cue_runs_without_punctuation_cost_linear_work(monkeypatch):
    # 据说表示称指出 repeated with no punctuation: every cue read its clause and the clauses before
    # back to the start of the text (10k characters 13 s, 40k over 2 minutes). Work is counted in
    # tokens looked at, not timed: four times the text may cost at most five times the work.
    from pipeline import api
    from pipeline.extract import quotes

    looked_at = []
    real = quotes._tokens_in
    monkeypatch.setattr(quotes, "_tokens_in", lambda ctx, a, b: looked_at.append(len(toks := real(ctx, a, b))) or toks)

    def work(n: int) -> int:
        looked_at.clear()
        api.facts_text(("据说表示称指出" * n)[: n])
        return sum(looked_at)

    small, large = work(4_000), work(16_000)  # past the windows (800 characters) on both sides
    assert small > 0 and large <= 5 * small
