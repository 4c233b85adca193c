"""The learner-page layout, on the seed page itself."""
from tests.conftest import CORPUS_SEED_PATH, SEED_PATH

PAGE_VOCABULARY = ["有点累", "提速", "月末", "高峰期", "经济新闻", "扩容", "商业化", "大模型", "高昂", "落地"]


def test_corpus_copy_is_the_seed_page_unchanged():
    assert CORPUS_SEED_PATH.read_bytes() == SEED_PATH.read_bytes()


def test_sections_in_page_order(seed_document):
    names = [s.name for s in seed_document.sections]
    assert names == ["summary", "source", "headline", "body", "vocabulary", "comments"]
    starts = [s.start for s in seed_document.sections]
    assert starts == sorted(starts)


def test_summary_is_the_japanese_text(seed_document):
    summary = seed_document.section("summary")
    text = seed_document.text[summary.start : summary.end]
    assert summary.language == "ja" and summary.label == "要約"
    assert text.startswith("今年3月末、Kimiは一時的にダウンしたが")
    assert text.endswith("と予測した。")


def test_source_line_gives_site_and_outlet(seed_document):
    assert (seed_document.site, seed_document.outlet) == ("新浪", "每日经济新闻")
    source = seed_document.section("source")
    assert seed_document.text[source.start : source.end] == "新浪 每日经济新闻"


def test_headline_and_body_are_the_chinese_span(seed_document):
    headline = seed_document.section("headline")
    body = seed_document.section("body")
    text = seed_document.text
    assert text[headline.start : headline.end] == "“有点累了”的Kimi终于想出了提速的方法。"
    assert headline.start == 364  # as ../shared/seed-facts.json indexes the page
    assert text[body.start :].startswith("今年3月末,Kimi一度火到宕机。")
    assert text[body.start : body.end].endswith("主要有按时间段收费、...")
    assert seed_document.chinese == (headline.start, body.end)
    assert seed_document.title == "“有点累了”的Kimi终于想出了提速的方法。"


def test_japanese_is_outside_the_chinese_span(seed_document):
    start, end = seed_document.chinese
    chinese = seed_document.text[start:end]
    assert "要約" not in chinese and "単語" not in chinese and "ディスカッション" not in chinese
    assert not any("\u3040" <= ch <= "\u30ff" for ch in chinese)  # no kana


def test_article_is_marked_cut_off(seed_document):
    assert seed_document.truncated
    assert "cut off" in seed_document.section("body").note


def test_vocabulary_entries_rebuilt(seed_document):
    entries = seed_document.section("vocabulary").entries
    assert [e.headword for e in entries] == PAGE_VOCABULARY
    by_word = {e.headword: e for e in entries}
    assert by_word["有点累"].gloss == "somewhat hard; Tiredkind of tired"
    assert by_word["月末"].gloss == "the end of a month"
    assert by_word["大模型"].gloss.startswith("large model")
    for entry in entries:
        assert seed_document.text[entry.start : entry.end].startswith(entry.headword)


def test_no_comments_noted(seed_document):
    comments = seed_document.section("comments")
    assert comments.note == "no comments" and comments.language == "ja"
