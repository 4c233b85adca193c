"""The learner-page layout of the seed article (a Japanese site for learners of Chinese).

::

    要約                      Japanese summary
    原文: 新浪 每日经济新闻      source line: site, outlet
    本文(ピンイン)             first line = headline, then the Chinese paragraphs
    単語(ピンイン)             vocabulary: headword + English glosses broken over lines
    ディスカッション / コメント一覧   comments

Only the headline and body are Chinese for the segmenter; the rest is kept as sections with
offsets.
"""
from __future__ import annotations

import re

from pipeline.models import Section, VocabularyEntry

SUMMARY, SOURCE, BODY, VOCABULARY, DISCUSSION, COMMENTS = (
    "要約", "原文", "本文(ピンイン)", "単語(ピンイン)", "ディスカッション", "コメント一覧",
)
_SOURCE_LINE = re.compile(r"^原文\s*[:：]\s*(?P<value>.*)$")
_HEADWORD = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+")
_NO_COMMENTS = "まだ、コメントがありません"


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for each line, ``end`` before its line break."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        out.append((pos, pos + len(line), line))
        pos += len(raw)
    return out


def _find(lines, predicate, start=0) -> int | None:
    return next((i for i in range(start, len(lines)) if predicate(lines[i][2].strip())), None)


def is_learner_page(text: str) -> bool:
    """True when ``text`` has the page's markers: 本文(ピンイン) and 要約 or 単語(ピンイン)."""
    stripped = {line.strip() for line in text.splitlines()}
    return BODY in stripped and (SUMMARY in stripped or VOCABULARY in stripped)


def _span(lines, first: int, last: int) -> tuple[int, int]:
    """Text span from line ``first`` through line ``last`` (inclusive), without the final break."""
    return lines[first][0], lines[last][1]


def _gloss(parts: list[str]) -> str:
    """The page lost the spaces between gloss words as line breaks, and the breaks between glosses
    entirely; we rejoin with spaces and separate glosses where a capital follows a small letter
    (``hardTiredkind`` -> ``hard; Tiredkind``)."""
    joined = " ".join(p.strip() for p in parts if p.strip())
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "; ", joined)


def _vocabulary(lines, first: int, last: int) -> tuple[VocabularyEntry, ...]:
    entries: list[VocabularyEntry] = []
    current: list[int] = []

    def close():
        if not current:
            return
        start, end = lines[current[0]][0], lines[current[-1]][1]
        first_line = lines[current[0]][2]
        head = _HEADWORD.match(first_line).group()
        parts = [first_line[len(head):]] + [lines[i][2] for i in current[1:]]
        entries.append(VocabularyEntry(head, _gloss(parts), start, end))

    for i in range(first, last + 1):
        line = lines[i][2]
        if _HEADWORD.match(line):
            close()
            current = [i]
        elif current and line.strip():
            current.append(i)
    close()
    return tuple(entries)


def parse(text: str) -> dict:
    """Sections and metadata of a learner page; offsets index ``text``.

    Returns a dict with ``sections``, ``chinese`` (headline..body span), ``title``, ``site``,
    ``outlet`` and ``truncated``.
    """
    lines = _lines(text)
    body_at = _find(lines, lambda s: s == BODY)
    vocab_at = _find(lines, lambda s: s == VOCABULARY, (body_at or 0) + 1)
    discussion_at = _find(lines, lambda s: s in (DISCUSSION, COMMENTS), (vocab_at or body_at or 0) + 1)
    summary_at = _find(lines, lambda s: s == SUMMARY)
    source_at = _find(lines, lambda s: bool(_SOURCE_LINE.match(s)))

    sections: list[Section] = []
    meta: dict = {"site": None, "outlet": None, "title": None, "truncated": False}

    if summary_at is not None:
        stop = min(i for i in (source_at, body_at) if i is not None and i > summary_at)
        if stop - 1 > summary_at:
            s, e = _span(lines, summary_at + 1, stop - 1)
            sections.append(Section("summary", s, e, "ja", label=SUMMARY))
    if source_at is not None:
        start, end, line = lines[source_at]
        m = _SOURCE_LINE.match(line.strip())
        value = m.group("value").strip()
        value_start = start + line.index(value) if value else end
        sections.append(Section("source", value_start, value_start + len(value), "zh", label="原文"))
        words = value.split()
        if len(words) >= 2:
            meta["site"], meta["outlet"] = words[0], " ".join(words[1:])
        elif words:
            meta["outlet"] = words[0]

    body_end_line = (vocab_at if vocab_at is not None else discussion_at if discussion_at is not None else len(lines)) - 1
    first = body_at + 1
    while first <= body_end_line and not lines[first][2].strip():
        first += 1
    last = body_end_line
    while last > first and not lines[last][2].strip():
        last -= 1
    if first <= last:
        h_start, h_end, headline = lines[first]
        sections.append(Section("headline", h_start, h_end, "zh"))
        meta["title"] = headline.strip()
        if last > first:
            b_start, b_end = _span(lines, first + 1, last)
            body_text = text[b_start:b_end].rstrip()
            truncated = body_text.endswith(("...", "…", "……"))
            meta["truncated"] = truncated
            sections.append(
                Section("body", b_start, b_end, "zh", label=BODY,
                        note="cut off on the page (ends in ...)" if truncated else None)
            )
        meta["chinese"] = (h_start, lines[last][1])
    else:
        meta["chinese"] = (lines[body_at][1], lines[body_at][1])

    if vocab_at is not None:
        stop = (discussion_at if discussion_at is not None else len(lines)) - 1
        if stop > vocab_at:
            s, e = _span(lines, vocab_at + 1, stop)
            entries = _vocabulary(lines, vocab_at + 1, stop)
            sections.append(Section("vocabulary", s, e, "mul", label=VOCABULARY, entries=entries))
    if discussion_at is not None:
        s, e = _span(lines, discussion_at, len(lines) - 1)
        no_comments = _NO_COMMENTS in text[s:e]
        sections.append(
            Section("comments", s, e, "ja", label=lines[discussion_at][2].strip(),
                    note="no comments" if no_comments else None)
        )
    meta["sections"] = tuple(sorted(sections, key=lambda sec: sec.start))
    return meta
