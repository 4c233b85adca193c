"""HTML reader benchmark: how much of the article a page reader keeps, how much boilerplate leaks in.

    python benchmarks/html_bench.py [--articles 300] [--max-paragraphs N]

There is no corpus of news pages here, so the pages are made: corpus-dev articles
(../shared/corpus-dev/news.jsonl, spread over its years) wrapped in the six page templates of
tests/ingest/html_pages.py (navigation, sidebars of other headlines with numbers, related links,
readers' comments, footers), one template per article in turn. The gold text is the article's
headline and paragraphs.

For each reader, in this run and on the same pages:
- article recall: characters of the gold text the output keeps (difflib's matching blocks, white
  space ignored), over the gold text's characters;
- boilerplate precision: the same matched characters over the output's characters (1.0 = nothing but
  the article);
- lost: pages whose output keeps less than 90% of the article;
- leaks: pages whose output holds the sidebar's 9000亿元 headline;
- title, date, url: pages where the reader's metadata equals the article's;
- time per page (median of the pages, wall clock, one process).

"before" is the BeautifulSoup reader alone (``pipeline.ingest.html.soup_text``, the reader before
trafilatura, kept as the fallback); "after" is ``html_to_text`` (trafilatura, then that fallback).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import html as html_reader  # noqa: E402
from pipeline.ingest.common import check_published  # noqa: E402
from tests.ingest.html_pages import TEMPLATES, Article, build_page  # noqa: E402

CORPUS_DEV = ROOT.parent / "shared" / "corpus-dev" / "news.jsonl"
LEAK = "9000亿元专项资金"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def overlap(gold: str, out: str) -> tuple[int, int, int]:
    """(matched, gold, output) character counts, white space ignored."""
    g, o = _squeeze(gold), _squeeze(out)
    matched = sum(b.size for b in SequenceMatcher(None, g, o, autojunk=False).get_matching_blocks())
    return matched, len(g), len(o)


def pages(limit: int, max_paragraphs: int = 0) -> list[tuple[str, Article, str]]:
    rows = [json.loads(line) for line in CORPUS_DEV.open(encoding="utf-8")]
    if max_paragraphs:
        rows = [r for r in rows if len([p for p in r["text"].split("\n") if p.strip()]) <= max_paragraphs]
    step = max(1, len(rows) // limit)
    chosen = rows[::step][:limit]
    titles = [r["title"] for r in rows[1::step][:200]]
    out = []
    names = list(TEMPLATES)
    for n, r in enumerate(chosen):
        paragraphs = tuple(p.strip() for p in r["text"].split("\n") if p.strip())
        article = Article(r["title"].strip(), paragraphs, r["published"], f"https://news.example.cn/{r['id']}.html")
        name = names[n % len(names)]
        out.append((name, article, build_page(name, article, titles, seed=n)))
    return out


def _published(value) -> str | None:
    try:
        return check_published(value, "page")
    except Exception:  # the reader would refuse the document: an unreadable date
        return "ERROR"


def measure(reader, items) -> dict:
    per: dict[str, dict] = {}
    for name, article, markup in items:
        t0 = time.perf_counter()
        text, title, meta = reader(markup)
        dt = time.perf_counter() - t0
        m, g, o = overlap(article.text, text)
        row = per.setdefault(name, {"m": 0, "g": 0, "o": 0, "lost": 0, "leak": 0, "title": 0, "date": 0, "url": 0, "n": 0, "t": []})
        row["m"] += m; row["g"] += g; row["o"] += o; row["n"] += 1; row["t"].append(dt)
        row["lost"] += m < 0.9 * g
        row["leak"] += LEAK in text
        row["title"] += title == article.title
        row["date"] += _published(meta.get("published")) == article.published
        row["url"] += meta.get("url") == article.url
    total = {"m": 0, "g": 0, "o": 0, "lost": 0, "leak": 0, "title": 0, "date": 0, "url": 0, "n": 0, "t": []}
    for row in per.values():
        for k in total:
            total[k] += row[k]
    per["all"] = total
    return per


def _line(name: str, row: dict) -> str:
    return (
        f"{name:9} {row['n']:4d}  recall {row['m'] / row['g']:.3f}  precision {row['m'] / max(1, row['o']):.3f}  "
        f"lost {row['lost']:3d}  leaks {row['leak']:3d}  title {row['title']:3d}  date {row['date']:3d}  url {row['url']:3d}  "
        f"{statistics.median(row['t']) * 1000:6.2f} ms/page"
    )


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--max-paragraphs", type=int, default=0, help="only articles of at most this many paragraphs (1: news in brief)")
    args = ap.parse_args(argv)
    items = pages(args.articles, args.max_paragraphs)
    html_reader.html_to_text(items[0][2])  # imports (bs4, trafilatura) out of the timings
    html_reader.soup_text(items[0][2])
    print(f"pages: {len(items)} ({', '.join(TEMPLATES)}; corpus-dev articles, {CORPUS_DEV})")
    for label, reader in (("before (BeautifulSoup)", html_reader.soup_text), ("after (trafilatura)", html_reader.html_to_text)):
        print(label)
        result = measure(reader, items)
        for name, row in result.items():
            print("  " + _line(name, row))


if __name__ == "__main__":
    main()
