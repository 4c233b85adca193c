"""Each input format, through ``read_documents``."""
import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import read_documents
from pipeline.models import Document

ARTICLE = "国家发展改革委追加中央预算内投资\n国家发展改革委追加中央预算内投资至2.85亿元，用于支持灾后恢复重建。\n"


def read(*paths):
    return list(read_documents([Path(p) for p in paths]))


def test_txt_headline_and_body(tmp_path):
    path = tmp_path / "灾后重建.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read(path)
    assert doc.id == "灾后重建" and doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.title == "国家发展改革委追加中央预算内投资"
    assert [s.name for s in doc.sections] == ["headline", "body"]
    assert doc.chinese == (0, len(ARTICLE)) and doc.text == ARTICLE


def test_txt_without_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("钦州市安排2000万元资金用于补贴受灾企业。", encoding="utf-8")
    (doc,) = read(path)
    assert doc.title is None and [s.name for s in doc.sections] == ["body"]


def test_gb18030_file(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(ARTICLE.encode("gb18030"))
    (doc,) = read(path)
    assert doc.text == ARTICLE and doc.encoding == "gb18030"


def test_big5_traditional_file_kept_as_written(tmp_path):
    text = "國家發展改革委追加中央預算內投資至2.85億元，用於支持災後恢復重建。"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    (doc,) = read(path)
    assert doc.text == text and doc.encoding == "big5"


def test_utf8_bom_file(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf# \xe6\xa0\x87\xe9\xa2\x98\n\n" + "正文。".encode())
    (doc,) = read(path)
    assert doc.text == "# 标题\n\n正文。" and doc.title == "标题" and doc.format == "md"


def test_html_drops_script_style_and_comments(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>站点标题</title><style>p{color:red}</style>
        <meta property="article:published_time" content="2024-05-21T09:00:00+08:00"></head>
        <body><nav>首页</nav><article><h1>月之暗面推出打赏功能</h1>
        <p>用户可通过支付购买5.20元至399元不等的礼物。</p><!-- 注释 -->
        <script>alert("x")</script><p>该功能仍在灰度测试。</p></article></body></html>""",
        encoding="utf-8",
    )
    (doc,) = read(path)
    assert doc.text == "月之暗面推出打赏功能\n用户可通过支付购买5.20元至399元不等的礼物。\n该功能仍在灰度测试。"
    assert doc.title == "月之暗面推出打赏功能" and doc.published == "2024-05-21"
    assert [s.name for s in doc.sections] == ["headline", "body"]


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a/1", "text": "今年以来，我国经济持续回升。", "title": "经济", "published": "2024-05-21"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "title": "无正文"}, ensure_ascii=False),
        "",
        json.dumps({"text": "第二篇。", "url": "https://example.cn/2"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["a_1", "news-5"]
    assert docs[0].published == "2024-05-21" and docs[0].source.endswith("news.jsonl:1")
    assert docs[1].url == "https://example.cn/2"
    assert [str(e).split(": ", 1)[0].rsplit(":", 1)[-1] for e in errors] == ["2", "3"]
    assert "not JSON" in str(errors[0]) and "no 'text'" in str(errors[1])


def test_directory_reads_known_formats_and_sidecars(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("正文二。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("正文一。", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "一", "outlet": "新华社", "published": "2021-06-25"}', encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text("隐藏。", encoding="utf-8")
    docs = read(tmp_path)
    assert [d.id for d in docs] == ["a", "b"]
    assert (docs[0].title, docs[0].outlet, docs[0].published) == ("一", "新华社", "2021-06-25")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("x.docx", b"PK", "unknown input format '.docx'; expected one of:"),
        ("bad.meta.txt", None, "no such file or directory"),
    ],
)
def test_errors_name_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    (error,) = read(path)
    assert isinstance(error, InputError) and str(error).startswith(str(path)) and message in str(error)


def test_bad_sidecar_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"titel": "x"}', encoding="utf-8")
    (error,) = read(tmp_path)
    assert "unknown metadata field 'titel'" in str(error)
