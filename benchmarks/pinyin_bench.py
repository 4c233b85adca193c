"""Pinyin benchmark: polyphone accuracy on the test table and throughput against plain pypinyin.

    python benchmarks/pinyin_bench.py [--articles N] [--no-g2pm]

Accuracy is the share of table cases (tests/annotate/cases_polyphones.py, and the smaller second
table tests/annotate/cases_pinyin_news.py) whose target word gets exactly the expected citation
pinyin. It is printed for our annotator, for plain
``pypinyin.lazy_pinyin`` over the sentence, and for g2pM (a BiLSTM that ships its weights) when it is
installed. Both tables were used while writing the rule layer, so our figures are not unseen-data
figures (the second table's first, unseen run was 86/91 = 94.5%); pypinyin's and g2pM's are.

Throughput is characters per second over the texts of ../shared/corpus-dev/news.jsonl (the seed
article when that folder is absent), measured in this run for both: ``lazy_pinyin(text)`` against
our pinyin stage over the same texts already segmented (the segmenter runs anyway for the rest of the
pipeline), with cold word caches. The end-to-end figure adds jieba segmentation.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypinyin import Style, lazy_pinyin  # noqa: E402

from pipeline.annotate import pinyin as pinyin_module  # noqa: E402
from pipeline.annotate import token_types  # noqa: E402
from pipeline.annotate.components import PinyinComponent  # noqa: E402
from pipeline.annotate.segment import shared_nlp  # noqa: E402
from tests.annotate.cases_pinyin_news import HELDOUT  # noqa: E402
from tests.annotate.cases_polyphones import CASES  # noqa: E402
from tests.annotate.polyphone_eval import predicted, target_span  # noqa: E402

CORPUS_DEV = ROOT.parent / "shared" / "corpus-dev" / "news.jsonl"
SEED = ROOT / "corpus" / "articles" / "000_a47795d20e9f08a9.txt"


def _plain(sentence: str, target: str) -> str:
    start, end = target_span(sentence, target)
    out = lazy_pinyin(sentence, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda x: ["?"] * len(x))
    return " ".join(out[start:end]) if len(out) == len(sentence) else "?"


def _per_char(items: list[str], sentence: str) -> list[str]:
    """g2pM returns one item per Han character but one per run of other characters (22, ，)."""
    out, pos = [], 0
    for item in items:
        if pos < len(sentence) and sentence.startswith(item, pos) and not item[-1:].isdigit() or item.isdigit():
            out.extend(["?"] * len(item))
            pos += len(item)
        else:
            out.append(item)
            pos += 1
    return out


def accuracy(nlp, cases: list[tuple[str, str, str]], g2pm=None) -> dict[str, float]:
    """Share of (sentence, target, expected) cases read exactly right, per system."""
    ours = sum(predicted(nlp, s, t) == e for s, t, e in cases)
    plain = sum(_plain(s, t).replace("ü", "v") == e for s, t, e in cases)
    result = {"ours": ours / len(cases), "pypinyin.lazy_pinyin": plain / len(cases)}
    if g2pm is not None:
        hits = 0
        for s, t, e in cases:
            start, end = target_span(s, t)
            out = _per_char(g2pm(s, tone=True, char_split=False), s)
            got = " ".join(out[start:end]).replace("u:", "v")
            hits += got == e
        result["g2pM"] = hits / len(cases)
    return result


def load_texts(limit: int) -> tuple[list[str], str]:
    if CORPUS_DEV.is_file():
        texts = []
        with open(CORPUS_DEV, encoding="utf-8") as fh:
            for line in fh:
                texts.append(json.loads(line)["text"])
                if len(texts) >= limit:
                    break
        return texts, f"{CORPUS_DEV} (first {len(texts)} articles)"
    return [SEED.read_text(encoding="utf-8")], str(SEED)


def throughput(nlp, texts: list[str], g2pm=None, repeats: int = 3) -> dict[str, float]:
    chars = sum(len(t) for t in texts)
    with nlp.select_pipes(disable=["zh_pinyin", "zh_gloss", "zh_facts"]):
        t0 = time.perf_counter()
        docs = [nlp(text) for text in texts]
        segment = time.perf_counter() - t0
    # Best of ``repeats`` for both, interleaved, so a busy machine hurts them alike.
    plain = ours = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            lazy_pinyin(text)
        plain = min(plain, time.perf_counter() - t0)
        # cold caches: a corpus pays for its own words
        for cached in vars(pinyin_module).values():
            if hasattr(cached, "cache_clear"):
                cached.cache_clear()
        token_types._TYPES.clear()
        component = PinyinComponent()
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        ours = min(ours, time.perf_counter() - t0)
    result = {
        "chars": chars,
        "pypinyin.lazy_pinyin chars/s": chars / plain,
        "ours (pinyin stage) chars/s": chars / ours,
        "ratio ours/pypinyin (pinyin stage)": plain / ours,
        "ratio ours/pypinyin (with jieba segmentation)": plain / (ours + segment),
    }
    if g2pm is not None:
        sample = texts[: max(1, len(texts) // 20)]
        sample_chars = sum(len(t) for t in sample)
        t0 = time.perf_counter()
        for text in sample:
            g2pm(text, tone=True, char_split=False)
        result["g2pM chars/s (5% sample)"] = sample_chars / (time.perf_counter() - t0)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus-dev articles to time (default 1000)")
    parser.add_argument("--repeats", type=int, default=3, help="timing runs; the best counts (default 3)")
    parser.add_argument("--no-g2pm", action="store_true", help="skip g2pM even when it is installed")
    args = parser.parse_args(argv)

    g2pm = None
    if not args.no_g2pm:
        try:
            from g2pM import G2pM

            g2pm = G2pM()
        except ImportError:
            print("g2pM not installed: pip install g2pm to compare with it")
    nlp = shared_nlp()
    lazy_pinyin("预热")  # load pypinyin's dictionaries outside the timer
    nlp("预热。")

    tables = [
        ("tests/annotate/cases_polyphones.py", [case[1:] for case in CASES]),
        ("tests/annotate/cases_pinyin_news.py", list(HELDOUT)),
    ]
    for path, cases in tables:
        print(f"Polyphone accuracy on {len(cases)} cases ({path}):")
        for name, value in accuracy(nlp, cases, g2pm).items():
            print(f"  {name:<24} {value:7.2%}")
    texts, source = load_texts(args.articles)
    print(f"Throughput over {source}:")
    for name, value in throughput(nlp, texts, g2pm, args.repeats).items():
        print(f"  {name:<48} {value:,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
