"""Throughput, scaling, memory and cold start of the pipeline, against plain jieba in the same run.

Run by hand (not part of CI's pass/fail):

    python benchmarks/bench_pipeline.py [--limit N] [--warmup M] [--corpus ../shared/corpus-dev/news.jsonl]

Prints characters per second of plain ``jieba.lcut`` (the baseline), of our segmentation (the spaCy
nlp's tokenizer: normalization, jieba with POS, number merging, sentences) and of the full
per-document pipeline (annotate + facts, no HTML), their ratios to the baseline, the speed-up of
``--workers 2`` over one process, the peak memory of a worker, and the cold start of
``python -m pipeline`` on the seed.

The full pipeline is timed twice, each in a fresh process, on the same N articles:
- *from cold*: the process has seen one other article, so every word of the N is new to its
  caches (spaCy's vocabulary, readings, glosses): the rate of a short run;
- *warm*: the process has first analysed M other articles (the ones after the N), as a long corpus
  run has by then; none of the N has been seen. This is the rate a run over thousands to
  millions of articles settles at.

Times are CPU seconds of the timing process; these machines are shared and noisy, so only the
ratios measured in one run mean much, and each full-pipeline ratio is to plain jieba timed in the
same fresh process, on the same texts, just after.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus-dev" / "news.jsonl"

# Runs a command as its child and prints the child's peak resident memory (ru_maxrss covers the
# child and its own children, the workers, once waited for).
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def load(corpus: Path, limit: int | None, skip: int = 0) -> list[dict]:
    records = []
    with open(corpus, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n < skip:
                continue
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def rate(chars: int, seconds: float) -> float:
    return chars / seconds if seconds else float("inf")


def timed(function, *args) -> float:
    """CPU seconds of this process: steadier than wall time on a shared machine."""
    started = time.process_time()
    function(*args)
    return time.process_time() - started


def each(function, items) -> None:
    # Each result is dropped as soon as it is made, as a corpus run does after writing it: a list
    # holding thousands of documents' records would have the garbage collector rescan them again
    # and again, and time that instead of the pipeline.
    for item in items:
        function(item)


def time_full_pipeline(corpus: Path, limit: int, warmup: int) -> tuple[float, float]:
    """CPU seconds of annotate + facts over the first ``limit`` articles, after analysing
    ``warmup`` other articles (the ones after them) in this process; and of plain ``jieba.lcut``
    over the same texts in the same process right after, the baseline of its ratio (the machine's
    speed drifts by a third from one minute to the next)."""
    import jieba
    from pipeline import api
    from pipeline.engines import batch_collector
    from pipeline.run import Settings, analyse_document

    def documents(records):
        return [api.document_from_text(r["text"], id=r["id"], published=r.get("published")) for r in records]

    settings = Settings()
    timed_documents = documents(load(corpus, limit))
    warm_documents = documents(load(corpus, warmup, skip=limit)) if warmup else []
    with batch_collector():  # as a run's engine does
        # one other article first in any case: the dictionaries load on first use
        analyse_document(warm_documents[0] if warm_documents else documents(load(corpus, 1, skip=limit))[0], settings)
        each(lambda d: analyse_document(d, settings), warm_documents)
        pipeline_seconds = timed(each, lambda d: analyse_document(d, settings), timed_documents)
    baseline_tokenizer = jieba.Tokenizer()
    baseline_tokenizer.initialize()
    texts = [d.text for d in timed_documents]
    baseline_tokenizer.lcut(texts[0])
    return pipeline_seconds, timed(each, baseline_tokenizer.lcut, texts)


def full_pipeline_in_fresh_process(corpus: Path, limit: int, warmup: int) -> tuple[float, float]:
    """(pipeline seconds, jieba seconds) measured in a fresh process."""
    out = subprocess.run(
        [sys.executable, __file__, "--corpus", str(corpus), "--limit", str(limit), "--warmup", str(warmup),
         "--full-pipeline-only"],
        cwd=REPO, check=True, capture_output=True, text=True,
    )
    pipeline_seconds, jieba_seconds = json.loads(out.stdout.strip().splitlines()[-1])
    return pipeline_seconds, jieba_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000, help="articles to time (default 2000)")
    parser.add_argument("--warmup", type=int, default=3000, help="other articles a warm process has analysed first (default 3000)")
    parser.add_argument("--scaling-limit", type=int, default=600, help="articles for the workers run")
    parser.add_argument("--full-pipeline-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"error: {args.corpus}: corpus not found (see ../shared/corpus-dev/README.md)")
    if args.full_pipeline_only:
        print(json.dumps(time_full_pipeline(args.corpus, args.limit, args.warmup)))
        return

    import jieba

    from pipeline.annotate.segment import shared_nlp

    texts = [r["text"] for r in load(args.corpus, args.limit)]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts):,} articles, {chars:,} characters ({args.corpus})")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    baseline_tokenizer = jieba.Tokenizer()
    baseline_tokenizer.initialize()
    nlp = shared_nlp()
    baseline_tokenizer.lcut(texts[0]); nlp.make_doc(texts[0])  # dictionaries load on first use

    t_jieba = timed(each, baseline_tokenizer.lcut, texts)
    t_seg = timed(each, nlp.make_doc, texts)  # the tokenizer: segmentation alone
    t_cold, t_cold_jieba = full_pipeline_in_fresh_process(args.corpus, args.limit, 0)
    t_warm, t_warm_jieba = full_pipeline_in_fresh_process(args.corpus, args.limit, args.warmup)
    r_jieba, r_seg, r_cold, r_warm = (rate(chars, t) for t in (t_jieba, t_seg, t_cold, t_warm))
    r_cold_jieba, r_warm_jieba = rate(chars, t_cold_jieba), rate(chars, t_warm_jieba)
    print(f"plain jieba.lcut            {r_jieba:12,.0f} chars/s   1.00x (baseline)")
    print(f"our segmentation            {r_seg:12,.0f} chars/s   {r_seg / r_jieba:.2f}x of jieba")
    # each full-pipeline ratio is to jieba timed in that same process, just after
    print(f"full pipeline, from cold    {r_cold:12,.0f} chars/s   {r_cold / r_cold_jieba:.2f}x of jieba   "
          f"(jieba in that process: {r_cold_jieba:,.0f} chars/s)")
    print(f"full pipeline, warm         {r_warm:12,.0f} chars/s   {r_warm / r_warm_jieba:.2f}x of jieba   "
          f"(jieba in that process: {r_warm_jieba:,.0f} chars/s; after {args.warmup:,} other articles; "
          "target >= 0.50x)")

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        sample = work / "sample.jsonl"
        with open(args.corpus, encoding="utf-8") as handle, open(sample, "w", encoding="utf-8") as out:
            for n, line in enumerate(handle):
                if n >= args.scaling_limit:
                    break
                out.write(line)
        seconds, peak_kb = {}, {}
        for workers in (1, 2):
            command = [sys.executable, "-m", "pipeline", "run", str(sample), "--out", str(work / f"w{workers}"),
                       "--workers", str(workers), "--export", "none", "--no-progress"]
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", _PEAK_OF_CHILD, *command], cwd=REPO, check=True,
                                 capture_output=True, text=True)
            seconds[workers] = time.perf_counter() - started
            peak_kb[workers] = int(out.stdout.strip().splitlines()[-1])
        same = all(
            (work / "w1" / p.relative_to(work / "w2")).read_bytes() == p.read_bytes()
            for p in (work / "w2").rglob("*.json") if p.name != "manifest.json"
        )
        print(f"--workers 2 over 1          {seconds[1] / seconds[2]:12.2f}x  ({seconds[1]:.1f} s -> {seconds[2]:.1f} s on "
              f"{args.scaling_limit} articles, identical output: {same})   (target >= 1.7x)")
        print(f"peak memory / worker        {peak_kb[2] / 1024:12,.0f} MB   (largest process of the 2-worker run; "
              f"target <= 1024 MB)")

        seed = REPO / "corpus" / "articles"
        cold = []
        for n in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pipeline", "run", str(seed), "--out", str(work / f"cold{n}"), "--no-progress"],
                           cwd=REPO, check=True, stderr=subprocess.DEVNULL)
            cold.append(time.perf_counter() - started)
        print(f"cold start on seed          {statistics.median(cold):12.2f} s   (median of 3; target <= 2 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
