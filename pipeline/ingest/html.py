"""HTML pages: the article's main text, found by trafilatura; navigation, sidebars, comments and
footers are left out. When trafilatura finds no main text (a table layout, a page of a few lines),
the BeautifulSoup reader takes the visible text of the page's ``<article>`` (or ``<main>``, or
``<body>``) with scripts, styles, navigation and comments dropped."""
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


def soup_text(markup: str) -> tuple[str, str | None, dict]:
    """The visible text of the page's article (one paragraph per line), the title, and page
    metadata, by BeautifulSoup: the fallback of ``html_to_text``.

    >>> soup_text("<h1>标题</h1><script>x()</script><p>正文。</p>")[0]
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


#: trafilatura's elements that hold lines of text (its XML: ``head`` for headings, ``item`` for list
#: items, ``row`` of ``cell``s for tables); ``lb`` is a line break inside a paragraph.
_TEXT_LINES = frozenset(("p", "head", "item", "quote", "row", "code", "list", "table"))
#: Dates from the page's metadata only (meta tags, ``<time>``, JSON-LD, the URL): htmldate's
#: extensive search also reads the page's text and takes a footer's "© 1997-2024" for 2024-01-01.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _lines_of(element, out: list[str]) -> None:
    if element.tag in _TEXT_LINES or element.tag == "lb":
        out.append("\n")
    elif element.tag == "cell":
        out.append(" ")
    if element.text:
        out.append(element.text)
    for child in element:
        _lines_of(child, out)
    if element.tag in _TEXT_LINES:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def _clean_lines(raw: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _squeezed(text: str) -> str:
    return "".join(text.split())


_TITLE_SEPARATORS = frozenset("-_|–—·:： ")
_SENTENCE_END = re.compile(r"[。！？!?]")


def _headline(heads: list[str], shown: set[str], title: str | None) -> str | None:
    """The page's headline: the ``<h1>`` that is the title trafilatura found (a single ``<h1>``,
    or ``og:title``), else the longest ``<h1>`` the title holds (``<title>标题_央视网</title>``
    with a logo ``<h1>央视网</h1>`` and the headline's), else the longest part of the title before
    a separator that an element of the page shows as its text (``<title>标题-新华网</title>`` and
    ``<div class="h-title">标题</div>``)."""
    if not title:
        return None
    key = _squeezed(title)
    for head in heads:
        if _squeezed(head) == key:
            return head
    inside = [h for h in heads if _squeezed(h) in key]
    if inside:
        return max(inside, key=len)
    for end in range(len(title) - 1, 0, -1):
        if title[end] in _TITLE_SEPARATORS and _squeezed(title[:end]) in shown:
            return title[:end].strip()
    return None


def _has_sentence(text: str, heads: list[str], title: str | None) -> bool:
    """Whether a line of ``text`` other than the headline ends a sentence: a page's main text does."""
    skip = {_squeezed(h) for h in heads} | ({_squeezed(title)} if title else set())
    return any(_SENTENCE_END.search(line) and _squeezed(line) not in skip for line in text.split("\n"))


def main_text(markup: str) -> tuple[str, str | None, dict] | None:
    """The page's main text by trafilatura (the headline, then one paragraph a line), its title
    and metadata; None when trafilatura finds no main text. Only the string is read: nothing is
    fetched.

    >>> page = "<body><nav>首页 新闻</nav><article><h1>标题</h1><p>" + "正文。" * 30 + "</p></article>"
    >>> main_text(page + "<aside><h2>热门</h2><ul><li><a href='/1'>9000亿元专项资金</a></li></ul></aside></body>")[0][:9]
    '标题\\n正文。正文。'
    """
    import trafilatura  # imported here, as bs4 is: 0.2 s, and most runs read no HTML

    tree = trafilatura.load_html(markup)
    if tree is None:
        return None
    # The <h1>s, and the texts elements hold themselves, are read before the extraction prunes the tree.
    heads = [h for h in (_clean_lines("".join(e.itertext())).replace("\n", " ") for e in tree.iter("h1")) if h]
    shown = {_squeezed(e.text) for e in tree.iter() if isinstance(e.text, str) and 0 < len(e.text) < 200}
    text, extracted = "", None
    for precision in (True, False):
        # favor_precision leaves out more boilerplate, but on a page of one short paragraph it can
        # leave out the paragraph too (and keep the headline, date and editor lines): then
        # trafilatura's balanced setting is asked again, from a fresh tree (extraction prunes it).
        found = trafilatura.bare_extraction(
            tree if precision else trafilatura.load_html(markup), with_metadata=True,
            include_comments=False, include_tables=True, favor_precision=precision,
            date_extraction_params=_DATE_PARAMS,
        )
        if found is None or found.body is None:
            continue
        out: list[str] = []
        _lines_of(found.body, out)
        found_text = _clean_lines("".join(out))
        if found_text and (extracted is None or _has_sentence(found_text, heads, found.title)):
            text, extracted = found_text, found
        if _has_sentence(text, heads, extracted.title if extracted else None):
            break
    if not text:
        return None
    title = extracted.title
    first_line = text.split("\n", 1)[0]
    headline = _headline(heads, shown, title)
    if headline is not None:
        key = _squeezed(headline)
        lines = [_squeezed(line) for line in text.split("\n")]
        if lines[0] == key:
            title = first_line
        else:
            title = headline
            if key not in lines:
                text = headline + "\n" + text  # trafilatura leaves a short page's <h1> out
    return text, title, {"published": extracted.date, "url": extracted.url}


def html_to_text(markup: str) -> tuple[str, str | None, dict]:
    """The article's text (one paragraph per line), its title and page metadata (``published``,
    ``url``): trafilatura's main text, else the BeautifulSoup reader's visible text.

    >>> html_to_text("<h1>标题</h1><script>x()</script><p>正文。</p>")[0]
    '标题\\n正文。'
    """
    return main_text(markup) or soup_text(markup)


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
