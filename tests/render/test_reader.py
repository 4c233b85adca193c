"""The reader's HTML without a browser: the data it embeds, escaping, the CSP, the facts panel's
values, the run's files."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib

import pytest

from pipeline import api
from pipeline.render.facts_panel import facts_view
from pipeline.render.page_data import cedict_marks
from pipeline.render.page_data import page_data
from pipeline.render.reader import decode, decode_data, encode_data, render_document, render_index
from pipeline.render.traditional import traditional, traditional_words
from tests.render.fixtures import PAYLOADS, hostile_record, seed_facts, without_lexicon


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
    assert traditional_words(["头", simplified, "发"]) == ["頭", expected, "發"]  # one call, each word alone


@pytest.mark.parametrize("numbered, expected", [
    ("shi2 chang2", "shí cháng"),
    ("jue2 de5", "jué de"),
    ("lu:4", "lǜ"),
    ("Yue4 zhi1 An4 mian4", "Yuè zhī Àn miàn"),
])
def test_cedict_marks(numbered, expected):
    assert cedict_marks(numbered) == expected


DATA_ELEMENT = re.compile(r'<script type="application/octet-stream" id="page-data" data-encoding="deflate-raw;base64">'
                          r'([A-Za-z0-9+/=]*)</script>')


def embedded(html: str) -> dict:
    """The page's data, unpacked as the page's script unpacks it: base64, raw deflate, JSON."""
    [block] = DATA_ELEMENT.findall(html)  # one element, base64 alone inside it
    deflated = base64.b64decode(block, validate=True)
    return json.loads(zlib.decompressobj(-15).decompress(deflated).decode("utf-8"))


def offsets(data: dict) -> list[tuple[int, int]]:
    """(start, end) of each token of the page, from its steps (skip, length)."""
    out, end = [], 0
    for skip, length in zip(data["tokens"]["skip"], data["tokens"]["length"]):
        out.append((end + skip, end + skip + length))
        end = out[-1][1]
    return out


def token_of(data: dict, word: str) -> int:
    """The index of the first token of the page whose text is ``word``."""
    return next(i for i, (a, b) in enumerate(offsets(data)) if data["text"][a:b] == word)


def test_page_without_facts_says_so(seed):
    html = render_document(seed)
    assert "No facts for this document (no facts were extracted)." in html
    assert embedded(html)["facts"] is None


def test_page_embeds_the_record_not_html_per_character(seed):
    html = render_document(seed, seed_facts(seed))
    data = embedded(html)
    assert data["text"] == seed["text"]  # the text as written: offsets index it
    assert "<ruby" not in html and "<rt" not in html  # the browser builds the ruby
    # 时长 is read from its lexicon entry; the syllable table gives marks and zhuyin
    i = token_of(data, "时长")
    item = data["lexicon"][data["tokens"]["lex"][i]]
    assert data["tokens"]["pinyin"][i] == 0 and item["r"] == "shi2 chang2"
    assert data["syllables"]["shi2"] == "shí ㄕˊ" and data["syllables"]["chang2"] == "cháng ㄔㄤˊ"
    # 有点累: the spoken reading only where it differs; C端: a syllable per character, "-" for C
    assert data["spoken"][str(token_of(data, "有点累"))] == "you2 dian3 lei4"
    assert str(i) not in data["spoken"]
    assert data["tokens"]["pinyin"][token_of(data, "C端")] == "- duan1"
    # 觉得 -> 覺得 comes from its lexicon entry; 399元 is read out
    assert data["lexicon"][data["tokens"]["lex"][token_of(data, "觉得")]]["t"] == "覺得"
    assert data["numbers"][str(token_of(data, "399元"))] == ["三百九十九元", "sān bǎi jiǔ shí jiǔ yuán"]
    # the popup's entry of 方法: senses and its measure word, no more than the popup shows
    fangfa = data["lexicon"][data["tokens"]["lex"][token_of(data, "方法")]]
    assert fangfa == {"r": "fang1 fa3", "h": 3, "m": [["", ["method", "way", "means"], [["个", "個", "gè"]]]]}
    # the offsets are those of the record; only the words of headline and body are on the page
    # (the page's own 単語 list is not shown as text)
    pairs = list(zip(seed["tokens"]["start"], seed["tokens"]["end"]))
    assert offsets(data) == [p for p in pairs if data["headline"][0] <= p[0] < data["body"][1]]
    assert data["headline"] == [364, 386] and data["body"] == [387, 1958]


def test_page_vocabulary_and_facts_come_from_the_lexicon_and_the_facts(seed):
    record, lexicon = without_lexicon(seed)
    data = embedded(render_document(record, seed_facts(seed), lexicon))
    words = data["vocabulary"]["words"]
    assert len(words) == len(seed["vocabulary"]["words"])
    kuorong = next(w for w in words if data["text"][w["s"]:w["e"]] == "扩容")
    item = data["lexicon"][kuorong["x"]]
    assert kuorong["pg"] == "Expansiondilatation" and "h" not in item  # not on the HSK list
    assert item["m"][0][1][0] == "to ramp up capacity" and "g" not in item  # the gloss is the first sense
    assert data["vocabulary"]["label"] == "単語(ピンイン)"
    quotes = next(g for g in data["facts"]["groups"] if g["type"] == "quote")["items"]
    assert quotes[1]["speaker"] == "Super黄 (AI product adviser)"


def test_page_is_self_contained(seed):
    html = render_document(seed, seed_facts(seed))
    for outside in ("<link", " src=", "http://", "https://", "@import", "url("):
        assert outside not in html, outside


def test_csp_allows_the_pages_own_script_alone(seed):
    html = render_document(seed)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)  # the loader
    assert len(scripts) == 1 and not re.search(r"<[^>]*\son[a-z]+=", html)  # no inline handlers either
    [code] = re.findall(r'<script type="application/octet-stream" id="page-code" data-encoding="deflate-raw;base64">'
                        r'([A-Za-z0-9+/=]*)</script>', html)
    scripts.append(decode(code).decode("utf-8"))  # the page's script, which the loader adds
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in scripts]
    assert csp.split("script-src ")[1].split(";")[0] == " ".join(hashes)  # those two scripts and nothing else
    assert "unsafe-eval" not in csp and "blob:" not in csp and "data:" not in csp.split("img-src")[0]


def test_encoded_data_cannot_end_its_element():
    block = str(encode_data({"t": PAYLOADS[2]}))
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", block)  # base64: no "<", no quote, no space
    assert decode_data(block) == {"t": PAYLOADS[2]}


def test_encoded_data_decodes_to_the_pages_data(seed):
    """The element holds page_data(...) exactly, deflated to about half its JSON."""
    record, lexicon = without_lexicon(seed)
    facts = seed_facts(seed)
    html = render_document(record, facts, lexicon)
    expected = json.loads(json.dumps(page_data(record, lexicon, facts)))  # as JSON reads it back (int keys as strings)
    assert embedded(html) == expected
    [block] = DATA_ELEMENT.findall(html)
    assert decode_data(block) == expected
    plain = len(json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    assert len(block) < 0.6 * plain, (len(block), plain)


def test_hostile_text_is_escaped():
    record = hostile_record()
    html = render_document(record)
    assert PAYLOADS[0] not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the title
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # the data cannot close its script element, and reads back as the text
    block = html[html.index('id="page-data"'):]
    block = block[block.index(">") + 1:block.index("</script>")]
    assert "<" not in block and re.fullmatch(r"[A-Za-z0-9+/=]+", block)
    data = embedded(html)
    assert data["text"] == record["text"] and all(p in data["text"] for p in PAYLOADS)
    assert PAYLOADS[2] in json.dumps(data["lexicon"], ensure_ascii=False)
    index = render_index([{"id": "x", "title": PAYLOADS[1], "source": PAYLOADS[0], "outlet": None, "site": None,
                           "outputs": {"reader": 'x/reader.html" onmouseover="alert(1)'}}])
    assert "<img" not in index and PAYLOADS[0] not in index and 'onmouseover="' not in index


def test_a_words_item_follows_its_entry():
    """Items are made once per key, but an entry with other fields or other records is another item."""
    from pipeline.render.page_data import lexicon_item

    entry = {"word": "扩容", "pinyin": "kuò róng", "gloss": "to ramp up capacity", "source": "cedict",
             "entries": [{"pinyin": "kuo4 rong2", "matches_reading": True, "senses": ["to ramp up capacity"]}]}
    first = lexicon_item("扩容|kuo4 rong2", entry)
    assert first == {"r": "kuo4 rong2", "t": "擴容", "m": [["", ["to ramp up capacity"]]]}
    assert lexicon_item("扩容|kuo4 rong2", dict(entry)) is first  # the same records: made once
    other = {**entry, "entries": [{"pinyin": "kuo4 rong2", "matches_reading": True, "senses": ["to expand"]}]}
    assert lexicon_item("扩容|kuo4 rong2", other)["m"] == [["", ["to expand"]]]
    assert lexicon_item("扩容|kuo4 rong2", {**entry, "hsk": 6})["h"] == 6


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
    # no corpus exports: the tables are not the page's (tests/export covers them)
    summary = api.run([article.parent], tmp_path / "out", api.Settings(), exports=())
    [entry] = summary.documents
    assert entry["outputs"] == {
        "annotated": "kimi/annotated.json", "facts": "kimi/facts.json", "reader": "kimi/reader.html",
        "vocabulary_apkg": "kimi/vocabulary.apkg", "vocabulary_tsv": "kimi/vocabulary.tsv",
    }
    out = tmp_path / "out"
    html = (out / "kimi" / "reader.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    data = embedded(html)
    dashang = data["lexicon"][data["tokens"]["lex"][token_of(data, "打赏")]]
    assert dashang["r"] == "da3 shang3" and "m" in dashang  # the run hands the page the lexicon
    assert (out / "kimi" / "vocabulary.apkg").read_bytes()[:2] == b"PK"
    assert "打赏\tdǎ shǎng\tto tip (a creator or service online)" in (out / "kimi" / "vocabulary.tsv").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="kimi/reader.html">kimi</a>' in index
    assert '<a href="kimi/vocabulary.apkg">Anki deck</a>' in index
    assert "index" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"][0]
