"""The reader's HTML without a browser: forms, escaping, the facts panel's values, the run's files."""
from __future__ import annotations

import json

import pytest

from pipeline import api, config
from pipeline.render.reader import facts_view, marks, render_document, render_index, traditional
from tests.render.conftest import SEED_ID
from tests.render.fixtures import PAYLOADS, hostile_record, seed_facts


@pytest.mark.parametrize("simplified, expected", [
    ("觉得", "覺得"),
    ("时长", "時長"),
    ("头发", "頭髮"),      # by word: 发 is 髮 here ...
    ("发现", "發現"),      # ... and 發 here
    ("了", "了"),
    ("C端", "C端"),
    ("5.20元", "5.20元"),
])
def test_traditional_forms(simplified, expected):
    assert traditional(simplified) == expected


@pytest.mark.parametrize("numbered, expected", [
    ("shi2 chang2", "shí cháng"),
    ("jue2 de5", "jué de"),
    ("lu:4", "lǜ"),
    ("Yue4 zhi1 An4 mian4", "Yuè zhī Àn miàn"),
])
def test_marks(numbered, expected):
    assert marks(numbered) == expected


@pytest.fixture(scope="module")
def seed():
    return json.loads((config.OUTPUTS_DIR / SEED_ID / "annotated.json").read_text(encoding="utf-8"))


def test_page_without_facts_says_so(seed):
    html = render_document(seed)
    assert "No facts for this document (no facts were extracted)." in html
    assert '<rp aria-hidden="true">(</rp><rt aria-hidden="true"><span class="cm">shí</span>' in html


def test_page_is_self_contained(seed):
    html = render_document(seed, seed_facts(seed))
    for outside in ("<link", " src=", "http://", "https://", "@import", "url("):
        assert outside not in html, outside


def test_the_token_text_is_kept_as_written(seed):
    html = render_document(seed)
    for token in seed["tokens"]:
        if token["lex"]:
            assert f'data-s="{token["text"]}"' in html


def test_hostile_text_is_escaped():
    record = hostile_record()
    html = render_document(record)
    assert PAYLOADS[0] not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # JSON for the popup cannot close its script element
    data = html[html.index('id="lexicon-data">'):]
    data = data[:data.index("</script>")]
    assert "<" not in data.removeprefix('id="lexicon-data">')
    index = render_index([{"id": "x", "title": PAYLOADS[1], "source": PAYLOADS[0], "outlet": None, "site": None,
                           "outputs": {"reader": 'x/reader.html" onmouseover="alert(1)'}}])
    assert "<img" not in index and PAYLOADS[0] not in index and 'onmouseover="' not in index


def test_facts_panel_values(seed):
    view = facts_view(seed_facts(seed))
    money = next(g for g in view["groups"] if g["type"] == "money")["items"]
    assert [(m["text"], m["detail"]) for m in money] == [
        ("5.20元至399元", "5.2 – 399 CNY"), ("9.99元", "9.99 CNY"), ("399元", "399 CNY"), ("1.093元一天", "≈ 1.093 CNY per 天"),
    ]
    quotes = next(g for g in view["groups"] if g["type"] == "quote")["items"]
    assert quotes[1]["speaker"] == "Super黄 (AI product adviser)" and quotes[1]["speaker_ev"] == [[895, 901]]
    assert quotes[0]["speaker"] is None
    [tier] = view["tiers"]
    assert tier["ev"] == [[1576, 1580], [1580, 1584], [1591, 1599]] and tier["ok"] and tier["computed"] == "1.0932"
    assert facts_view(None) is None


def test_run_writes_the_page_exports_and_index(tmp_path):
    article = tmp_path / "in" / "kimi.txt"
    article.parent.mkdir()
    article.write_text("我觉得用户会打赏。", encoding="utf-8")
    summary = api.run([article.parent], tmp_path / "out", api.Settings())
    [entry] = summary.documents
    assert entry["outputs"] == {
        "annotated": "kimi/annotated.json", "facts": "kimi/facts.json", "reader": "kimi/reader.html",
        "vocabulary_apkg": "kimi/vocabulary.apkg", "vocabulary_tsv": "kimi/vocabulary.tsv",
    }
    out = tmp_path / "out"
    assert (out / "kimi" / "reader.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "kimi" / "vocabulary.apkg").read_bytes()[:2] == b"PK"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="kimi/reader.html">kimi</a>' in index
    assert '<a href="kimi/vocabulary.apkg">Anki deck</a>' in index
    assert "index" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"][0]
