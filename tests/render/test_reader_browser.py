"""The learner's page in a real browser, which builds it from the page's data: ruby, switches,
popup, facts evidence, print, escaping, nothing fetched."""
from __future__ import annotations

import pytest

from pipeline import api, config
from pipeline.render.reader import render_document, render_index
from tests.render.conftest import built, reload
from tests.render.fixtures import PAYLOADS, SEED_ID, hostile_record


def ruby_text(page, word: str) -> str:
    """The pinyin shown over the first occurrence of ``word`` (only what is displayed)."""
    return page.evaluate(
        """word => Array.from(document.querySelector(`.w[data-s="${word}"]`).querySelectorAll("rt"))
                 .map(rt => rt.innerText.trim()).join(" ")""",
        word,
    )


def hanzi(page, word: str) -> str:
    """The characters shown for the first ``word`` (ruby text left out)."""
    return page.evaluate(
        """word => Array.from(document.querySelector(`.w[data-s="${word}"]`).querySelectorAll(".zs, .zt"))
                 .filter(s => getComputedStyle(s).display !== "none").map(s => s.textContent).join("")""",
        word,
    )


@pytest.mark.parametrize("word, pinyin", [
    ("时长", "shí cháng"),
    ("觉得", "jué de"),
    ("方法", "fāng fǎ"),
    ("有点累", "yǒu diǎn lèi"),
    ("不会", "bù huì"),
])
def test_ruby_shows_the_citation_pinyin(tab, seed_html, word, pinyin):
    page = tab.open(seed_html)
    assert ruby_text(page, word) == pinyin
    # the fallback parentheses and the pinyin are hidden from screen readers, the word is named once
    assert page.locator("rt:not([aria-hidden=true]), rp:not([aria-hidden=true])").count() == 0
    assert page.get_by_role("button", name=word, exact=True).count() >= 1


def test_pinyin_switch_hides_the_ruby_and_persists(tab, seed_html):
    page = tab.open(seed_html)
    rt = page.locator('.w[data-s="时长"] rt').first
    assert rt.is_visible()
    page.uncheck("#opt-pinyin")
    assert not rt.is_visible()
    reload(page)
    assert not page.locator('.w[data-s="时长"] rt').first.is_visible()
    assert not page.is_checked("#opt-pinyin")


def test_spoken_tones_apply_sandhi_and_persist(tab, seed_html):
    page = tab.open(seed_html)
    page.select_option("#opt-tones", "spoken")
    assert ruby_text(page, "有点累") == "yóu diǎn lèi"
    assert ruby_text(page, "不会") == "bú huì"
    assert ruby_text(page, "时长") == "shí cháng"  # no sandhi: the same in both layers
    reload(page)
    assert page.input_value("#opt-tones") == "spoken"
    assert ruby_text(page, "不会") == "bú huì"


def test_zhuyin_switch(tab, seed_html):
    page = tab.open(seed_html)
    page.select_option("#opt-notation", "zhuyin")
    assert ruby_text(page, "时长") == "ㄕˊ ㄔㄤˊ"
    assert ruby_text(page, "觉得") == "ㄐㄩㄝˊ ˙ㄉㄜ"
    page.select_option("#opt-tones", "spoken")
    assert ruby_text(page, "有点累") == "ㄧㄡˊ ㄉㄧㄢˇ ㄌㄟˋ"
    reload(page)
    assert ruby_text(page, "时长") == "ㄕˊ ㄔㄤˊ"


def test_traditional_switch_shows_opencc_forms_and_keeps_the_text(tab, seed_html, seed):
    page = tab.open(seed_html)
    assert hanzi(page, "觉得") == "觉得"
    page.select_option("#opt-script", "traditional")
    assert hanzi(page, "觉得") == "覺得"
    assert hanzi(page, "时长") == "時長"
    assert ruby_text(page, "觉得") == "jué de"
    assert page.get_by_role("button", name="覺得", exact=True).count() >= 1
    # the data behind the page is the text as written
    assert page.locator('.w[data-s="觉得"]').count() >= 1
    reload(page)
    assert hanzi(page, "觉得") == "覺得"


def colour(page, selector: str) -> str:
    return page.locator(selector).first.evaluate("e => getComputedStyle(e).color")


@pytest.mark.parametrize("palette, tone1, tone3", [
    ("pleco", "rgb(227, 0, 0)", "rgb(21, 16, 240)"),
    ("mdbg", "rgb(227, 0, 0)", "rgb(0, 160, 0)"),
    ("hanping", "rgb(30, 136, 229)", "rgb(217, 138, 0)"),
])
def test_tone_colour_palettes(tab, seed_html, palette, tone1, tone3):
    page = tab.open(seed_html)
    page.select_option("#opt-colours", palette)
    # 终 zhōng (tone 1), 点 diǎn (tone 3)
    assert colour(page, '.w[data-s="终于"] ruby[data-tc="1"]') == tone1
    assert colour(page, '.w[data-s="有点累"] ruby[data-tc="3"]') == tone3
    reload(page)
    assert page.input_value("#opt-colours") == palette
    assert colour(page, '.w[data-s="终于"] ruby[data-tc="1"]') == tone1


def test_tone_colours_off_and_spoken_colour(tab, seed_html):
    page = tab.open(seed_html)
    ink = page.evaluate("getComputedStyle(document.body).color")
    page.select_option("#opt-colours", "pleco")
    page.select_option("#opt-tones", "spoken")
    # 有 yǒu is said yóu: in the spoken layer it takes tone 2's colour
    assert colour(page, '.w[data-s="有点累"] ruby.d') == "rgb(2, 179, 28)"
    page.select_option("#opt-colours", "off")
    assert colour(page, '.w[data-s="终于"] ruby') == ink
    reload(page)
    assert colour(page, '.w[data-s="终于"] ruby') == ink


def test_hsk_highlight_at_or_above_the_level(tab, seed_html):
    page = tab.open(seed_html)
    background = "e => getComputedStyle(e).backgroundColor"
    plain = page.locator('.w[data-s="用户"]').first.evaluate(background)
    page.select_option("#opt-hsk", "5")
    assert page.locator('.w[data-s="用户"]').first.evaluate(background) != plain  # HSK 5
    assert page.locator('.w[data-s="提速"]').first.evaluate(background) != plain  # HSK 7-9
    assert page.locator('.w[data-s="方法"]').first.evaluate(background) == plain  # HSK 3
    assert page.locator('.w[data-s="时长"]').first.evaluate(background) == plain  # not on the list
    reload(page)
    assert page.input_value("#opt-hsk") == "5"
    assert page.locator('.w[data-s="用户"]').first.evaluate(background) != plain
    page.select_option("#opt-hsk", "off")
    assert page.locator('.w[data-s="用户"]').first.evaluate(background) == plain


def test_tap_a_word_shows_its_entry(tab, seed_html):
    page = tab.open(seed_html)
    page.locator('.w[data-s="时长"]').first.click()
    popup = page.locator("#popup")
    assert popup.is_visible()
    assert popup.locator(".pw").inner_text() == "时长"
    assert popup.locator(".pp").inner_text() == "shí cháng"
    assert "duration" in popup.inner_text()
    assert "not in HSK" in popup.inner_text()
    page.locator('.w[data-s="方法"]').first.click()
    text = popup.inner_text()
    assert "method" in text and "HSK 3" in text
    assert "个 gè" in text  # its classifier
    page.mouse.click(5, 850)  # outside
    assert not popup.is_visible()


def test_a_number_with_its_unit_is_read_out(tab, seed_html):
    page = tab.open(seed_html)
    page.locator('.w[data-s="399元"]').first.click()
    popup = page.locator("#popup")
    assert popup.locator(".pp").inner_text() == "sān bǎi jiǔ shí jiǔ yuán"
    assert "read out: 三百九十九元 · sān bǎi jiǔ shí jiǔ yuán" in popup.inner_text()


def test_composed_word_shows_its_parts(tab, seed_html):
    page = tab.open(seed_html)
    page.locator('.w[data-s="有点累"]').first.click()
    text = page.locator("#popup").inner_text()
    assert "parts" in text.lower() and "有点 yǒu diǎn — a little" in text and "累 lèi — tired" in text


def test_keyboard_opens_and_closes_the_popup(tab, seed_html):
    page = tab.open(seed_html)
    word = page.locator('.w[data-s="觉得"]').first
    word.focus()
    page.keyboard.press("Enter")
    popup = page.locator("#popup")
    assert popup.is_visible() and "to think that" in popup.inner_text()
    assert word.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    assert not popup.is_visible()
    assert page.evaluate("document.activeElement.dataset.s") == "觉得"
    page.keyboard.press("Space")
    assert popup.is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.dataset.s") == "会"


def hanzi_only(page, cls: str = "ev") -> str:
    """The evidence text without the ruby."""
    return page.evaluate(
        f"""Array.from(document.querySelectorAll('#article .{cls}')).map(e => {{
              const c = e.cloneNode(true); c.querySelectorAll('rt, rp, .zt').forEach(n => n.remove()); return c.textContent;
            }}).join('')""")


def test_facts_panel_highlights_evidence(tab, seed_html):
    page = tab.open(seed_html)
    panel = page.locator("#facts")
    assert "price tiers" in panel.inner_text().lower()
    page.locator("#facts .fact", has_text="5.20元至399元").first.click()
    assert hanzi_only(page) == "5.20元至399元"
    page.locator("#facts .fact", has_text="今年3月末").click()
    assert hanzi_only(page) == "今年3月末"
    quote = page.locator("#facts .fact", has_text="打赏模式不会给Kimi")
    assert "Super黄" in quote.inner_text()
    quote.click()
    assert hanzi_only(page).startswith("“打赏模式不会给Kimi带来太多收入")
    assert hanzi_only(page, "ev-sp") == "Super黄"
    assert quote.get_attribute("aria-pressed") == "true"
    tier = page.locator("#facts .tiers .fact")
    assert "1.0932" in tier.inner_text() and "rounded" in tier.inner_text()
    tier.click()
    assert hanzi_only(page) == "399元365天1.093元一天"
    tier.click()  # again: cleared
    assert hanzi_only(page) == ""


def test_vocabulary_lists_ours_beside_the_pages_gloss(tab, seed_html):
    page = tab.open(seed_html)
    row = page.locator('#vocabulary tr[data-word="扩容"]')
    text = row.inner_text()
    assert "to ramp up capacity" in text and "Expansiondilatation" in text
    row.locator(".ev-btn").click()
    assert hanzi_only(page) == "扩容"


def test_screenshot_and_print(tab, seed_html, tmp_path):
    page = tab.open(seed_html)
    page.locator('.w[data-s="方法"]').first.click()
    shot = tmp_path / "reader.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 20_000
    page.emulate_media(media="print")
    assert not page.locator("#settings").is_visible()
    assert not page.locator("#popup").is_visible()
    assert page.locator('.w[data-s="时长"] rt').first.is_visible()
    assert page.locator("#vocabulary").evaluate("e => getComputedStyle(e).breakBefore") == "page"
    pdf = tmp_path / "reader.pdf"
    page.pdf(path=str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_committed_page_shows_the_seed_facts(tab):
    page = tab.open(config.OUTPUTS_DIR / SEED_ID / "reader.html")
    assert ruby_text(page, "时长") == "shí cháng"
    panel = page.locator("#facts").inner_text()
    assert "399元 ÷ 365 = 1.0932" in panel and "5.20元至399元" in panel and "Super黄" in panel
    assert "要約" in page.locator(".summary").inner_text()
    assert "新浪 每日经济新闻" in page.locator(".source").inner_text()


def test_hostile_text_renders_as_text(tab, tmp_path):
    record = hostile_record()
    text = record["text"]
    at = text.index(PAYLOADS[1])
    facts = {"facts": [{"type": "quote", "kind": "direct", "text": PAYLOADS[1], "start": at, "end": at + len(PAYLOADS[1]),
                        "sentence": 0, "speaker": {"text": PAYLOADS[2], "start": 0, "end": 2}, "cue": PAYLOADS[0]}],
             "price_tiers": []}
    path = tmp_path / "reader.html"
    path.write_text(render_document(record, facts), encoding="utf-8")
    page = tab.open(path)
    assert page.title() == PAYLOADS[1] + PAYLOADS[0]
    assert page.locator("img, main b, aside b, #popup b").count() == 0  # the tone legend has its own <b>s
    # the packed script and data, the loader, and what it added (the data's JSON, the page's script): nothing else
    assert page.evaluate("Array.from(document.scripts).map(s => s.id || s.type || 'script')") == [
        "page-code", "page-style", "page-data", "script", "page-json", "script"]
    body = page.inner_text("body")
    for payload in PAYLOADS:
        assert payload in body  # in the article, as text
    assert page.locator("#article-body .w").count() > 10  # and the rest of the article was built
    assert PAYLOADS[2] in page.locator("#vocabulary").inner_text()  # a gloss
    page.locator(".w").first.click()
    popup = page.locator("#popup").inner_text()
    assert PAYLOADS[0] in popup and PAYLOADS[2] in popup and PAYLOADS[3] in popup  # senses
    page.locator("#facts .fact").click()
    assert PAYLOADS[2] in page.locator("#facts").inner_text()
    assert page.locator("img, main b, aside b, #popup b").count() == 0  # the tone legend has its own <b>s
    assert page.evaluate("window.alert.toString()").endswith("{ [native code] }")
    index = tmp_path / "index.html"
    index.write_text(render_index([{"id": "x", "title": PAYLOADS[1], "source": PAYLOADS[0], "outlet": None,
                                    "site": None, "outputs": {"reader": "reader.html"}}]), encoding="utf-8")
    page.goto(index.as_uri())
    assert page.locator("img").count() == 0 and PAYLOADS[1] in page.inner_text("body")
    assert tab.dialogs == []


def test_the_page_fetches_nothing_and_runs_no_other_script(tab, seed_html):
    page = tab.open(seed_html)
    # The CSP forbids any fetch (default-src 'none'): the browser refuses before a request exists.
    assert page.evaluate("""() => fetch("https://example.com/x").then(() => "fetched", e => "refused")""") == "refused"
    page.evaluate("""() => { const i = new Image(); i.src = "https://example.com/p.png"; document.body.append(i); }""")
    # Only the page's own script runs (allowed by its hash): an inline script added later does not.
    page.evaluate("""() => { const s = document.createElement("script"); s.textContent = "window.ran = 1";
                             document.body.append(s); }""")
    assert page.evaluate("window.ran") is None
    page.wait_for_timeout(300)
    assert tab.blocked == ["https://example.com/p.png"]  # refused by the CSP
    assert tab.requests == []  # the tab fixture also checks this after every test


def test_offsets_past_a_character_beyond_the_bmp(tab, tmp_path):
    # 𠮷 is one character to Python and two UTF-16 units to JavaScript: the page must count as Python does.
    path = tmp_path / "reader.html"
    path.write_text(render_document(api.annotate_text("𠮷野家的牛肉饭很好吃。")), encoding="utf-8")
    page = tab.open(path)
    assert ruby_text(page, "牛肉") == "niú ròu" and ruby_text(page, "好吃") == "hǎo chī"
    assert page.locator(".w").first.get_attribute("data-s") == "野家"
    assert page.inner_text("#article-body").replace("\n", "").startswith("𠮷")


def test_hover_shows_the_entry(tab, seed_html):
    page = tab.open(seed_html)
    page.locator('.w[data-s="用户"]').first.hover()
    popup = page.locator("#popup")
    popup.wait_for(state="visible", timeout=2000)
    assert "user" in popup.inner_text() and "HSK 5" in popup.inner_text()


def test_tap_on_a_phone(browser, seed_html):
    context = browser.new_context(viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(seed_html.as_uri())
        built(page).locator('.w[data-s="时长"]').first.tap()
        popup = page.locator("#popup")
        assert popup.is_visible() and "duration" in popup.inner_text()
        box = popup.bounding_box()
        assert box["width"] == 390 and box["y"] + box["height"] == pytest.approx(800, abs=1)  # a sheet at the bottom
    finally:
        context.close()


def test_the_page_is_built_from_its_packed_data(tab, seed_html, seed):
    """The script and data travel deflated and base64-encoded; the browser's DecompressionStream
    unpacks them and the page is built from them: ruby, word boxes, a popup, the vocabulary."""
    html = seed_html.read_text(encoding="utf-8")
    assert "<ruby" not in html and '"text":' not in html  # nothing of it is in the HTML as written
    page = tab.open(seed_html)
    assert page.evaluate("JSON.parse(document.getElementById('page-json').textContent).text") == seed["text"]
    assert page.locator("#article-body ruby").count() > 500 and page.locator("#article-body .w").count() > 200
    assert ruby_text(page, "时长") == "shí cháng"
    page.locator('.w[data-s="方法"]').first.click()
    assert "method" in page.locator("#popup").inner_text()
    assert page.locator("#vocabulary-rows tr").count() == len(seed["vocabulary"]["words"])


def test_the_vocabulary_shows_the_window_the_study_files_carry(tab, seed_html, seed):
    from pipeline.export.study import sentence_window

    page = tab.open(seed_html)
    shown = page.evaluate("Array.from(document.querySelectorAll('#vocabulary-rows .ctx')).map(e => e.textContent)")
    assert shown == ["".join(sentence_window(seed, w)) for w in seed["vocabulary"]["words"]]


def test_without_decompression_stream_the_page_says_so(browser, seed_html):
    context = browser.new_context()
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.add_init_script("delete window.DecompressionStream")
        page.goto(seed_html.as_uri())
        note = page.locator("#article-body .note").first
        note.wait_for(state="visible", timeout=2000)
        assert "cannot unpack the article" in note.inner_text() and "DecompressionStream" in note.inner_text()
        # the frame is there as written: title, source line, summary; no article, no error
        assert page.title().startswith("“有点累了”的Kimi")
        assert "新浪 每日经济新闻" in page.locator(".source").inner_text()
        assert "要約" in page.locator(".summary").inner_text()
        assert page.locator("ruby").count() == 0 and errors == []
    finally:
        context.close()
