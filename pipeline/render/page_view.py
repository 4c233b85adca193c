"""What the page's HTML shows around the article: title, source line, summary, comments and the
headings of the vocabulary and facts (the template escapes every value). The article, the
vocabulary rows and the facts are built by the page's script from ``page_data``."""
from __future__ import annotations

from pipeline.render.page_data import article_ranges
from pipeline.render.traditional import traditional


def _section(document: dict, name: str) -> dict | None:
    return next((s for s in document.get("sections") or [] if s["name"] == name), None)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def page_view(annotated: dict, facts: dict | None = None) -> dict:
    """The template's values for the page of ``annotated`` (and its ``facts`` record, if any).

    >>> page_view({"text": "好", "document": {"id": "x", "title": "头发"}})["title_trad"]
    '頭髮'
    """
    document = annotated.get("document") or {}
    text = annotated["text"]
    headline, _ = article_ranges(annotated)
    summary, source = _section(document, "summary"), _section(document, "source")
    comments, page_vocabulary = _section(document, "comments"), _section(document, "vocabulary")
    body = _section(document, "body")
    vocabulary = annotated.get("vocabulary")
    title = document.get("title") or document.get("id") or "Untitled"
    return {
        "id": document.get("id"),
        "title": title,
        "title_trad": traditional(title),
        "document": document,
        "url": document.get("url") if str(document.get("url") or "").startswith(("https://", "http://")) else None,
        "headline": headline is not None,
        "body_note": body.get("note") if body else None,
        "truncated": bool(document.get("truncated")),
        "summary": {"label": summary.get("label") or "要約", "language": summary.get("language") or "ja",
                    "lines": _lines(text[summary["start"]:summary["end"]])} if summary else None,
        "source_line": text[source["start"]:source["end"]].strip() if source else None,
        "comments": {"label": comments.get("label"), "text": text[comments["start"]:comments["end"]].strip(),
                     "note": comments.get("note")} if comments else None,
        "page_vocabulary_label": page_vocabulary.get("label") if page_vocabulary else None,
        "vocabulary": {"level": vocabulary.get("level"), "standard": vocabulary.get("hsk_standard")}
        if vocabulary else None,
        "facts_extracted": bool(facts),
        "has_facts": bool(facts and (facts.get("facts") or facts.get("price_tiers"))),
    }
