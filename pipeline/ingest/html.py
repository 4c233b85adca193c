"""HTML pages: the article text, with script, style and comments dropped."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from pipeline.ingest.common import decode_text, document_from_text, read_bytes, read_sidecar
from pipeline.models import Document, Section

_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "form")
_BLOCKS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
    "tr", "pre", "figcaption", "header", "main", "table", "ul", "ol", "dd", "dt",
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_META_DATE = ("article:published_time", "publishdate", "pubdate", "date", "og:published_time")


def _meta(soup, names) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def html_to_text(markup: str) -> tuple[str, str | None, dict]:
    """The visible article text (one paragraph per line), the title, and page metadata.

    >>> html_to_text("<h1>标题</h1><script>x()</script><p>正文。</p>")[0]
    '标题\\n正文。'
    """
    # Imported here: bs4 with lxml takes a tenth of a second to import, and a run of text or
    # JSONL input reads no HTML.
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(markup, "lxml")
    meta = {"published": _meta(soup, _META_DATE), "url": _meta(soup, ("og:url",))}
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else None
    title = _meta(soup, ("og:title",)) or page_title
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (_SPACES.sub(" ", line).strip() for line in root.get_text("").split("\n"))
    text = "\n".join(line for line in lines if line)
    h1 = root.find("h1") if hasattr(root, "find") else None
    if h1 is not None and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    return text, title, meta


def read_html(path: Path, fmt: str) -> Iterator[Document]:
    data = read_bytes(path)
    markup, encoding = decode_text(data, path)
    text, title, page_meta = html_to_text(markup)
    sections = []
    first_line_end = text.find("\n")
    if title and text.startswith(title) and 0 < first_line_end:
        sections.append(Section("headline", 0, first_line_end, "zh"))
        sections.append(Section("body", first_line_end + 1, len(text), "zh"))
    elif text:
        sections.append(Section("body", 0, len(text), "zh"))
    meta = {k: v for k, v in page_meta.items() if v}
    meta.update(read_sidecar(path))
    yield document_from_text(
        path, data, text, encoding, "html", chinese=(0, len(text)), sections=tuple(sections),
        title=title, meta=meta,
    )
