"""Throughput, scaling, memory and cold start of the pipeline, against plain jieba in the same run.

Run by hand (not part of CI's pass/fail):

    python benchmarks/bench_pipeline.py [--limit N] [--corpus ../shared/corpus-dev/news.jsonl]

Prints characters per second of plain ``jieba.lcut`` (the baseline), of our segmentation (the spaCy
nlp: normalization, jieba with POS, number merging, sentences) and of the full per-document
pipeline (annotate + facts, no HTML), their ratios to the baseline (CPU time of this process), the speed-up of ``--workers 2``
over one process, the peak memory of a worker, and the cold start of ``python -m pipeline`` on
the seed. These machines are shared and noisy: only the ratios measured in one run mean much.
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


def load(corpus: Path, limit: int | None) -> list[dict]:
    records = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
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


# Runs a command and prints its wall time and the peak RSS of its largest process (KB). Measured
# from this small launcher because a process forked from the benchmark, which holds the corpus and
# two nlps, starts with the benchmark's peak RSS as its own: RUSAGE_CHILDREN read here would report
# the benchmark, not the pipeline.
_LAUNCHER = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed_peak(command: list[str]) -> tuple[float, int]:
    """Wall seconds of ``command`` and the peak RSS (KB) of its largest process, workers included."""
    launched = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], cwd=REPO, check=True, capture_output=True, text=True)
    seconds, peak_kb = launched.stdout.split()[-2:]
    return float(seconds), int(peak_kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000, help="articles to time (default 2000; 0 = all)")
    parser.add_argument("--scaling-limit", type=int, default=600, help="articles for the workers run")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"error: {args.corpus}: corpus not found (see ../shared/corpus-dev/README.md)")

    import jieba

    from pipeline import api
    from pipeline.annotate.segment import build_nlp, shared_nlp
    from pipeline.run import Settings, analyse_document

    records = load(args.corpus, args.limit or None)
    texts = [r["text"] for r in records]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts):,} articles, {chars:,} characters ({args.corpus})")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    baseline_tokenizer = jieba.Tokenizer()
    baseline_tokenizer.initialize()
    nlp = shared_nlp()
    settings = Settings()
    documents = [api.document_from_text(r["text"], id=r["id"], published=r.get("published")) for r in records]
    # warm up each path once (dictionary loads, caches) before timing
    baseline_tokenizer.lcut(texts[0]); nlp(texts[0]); analyse_document(documents[0], settings)

    t_jieba = timed(lambda: [baseline_tokenizer.lcut(t) for t in texts])
    t_seg = timed(lambda: [nlp.make_doc(t) for t in texts])  # the tokenizer: segmentation alone
    t_full = timed(lambda: [analyse_document(d, settings) for d in documents])
    r_jieba, r_seg, r_full = rate(chars, t_jieba), rate(chars, t_seg), rate(chars, t_full)
    print(f"plain jieba.lcut      {r_jieba:12,.0f} chars/s   1.00x (baseline)")
    print(f"our segmentation      {r_seg:12,.0f} chars/s   {r_seg / r_jieba:.2f}x of jieba")
    print(f"full pipeline         {r_full:12,.0f} chars/s   {r_full / r_jieba:.2f}x of jieba   (target >= 0.50x)")

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        sample = work / "sample.jsonl"
        with open(args.corpus, encoding="utf-8") as handle, open(sample, "w", encoding="utf-8") as out:
            for n, line in enumerate(handle):
                if n >= args.scaling_limit:
                    break
                out.write(line)
        seconds = {}
        peak_kb = {}
        for workers in (1, 2):
            command = [sys.executable, "-m", "pipeline", "run", str(sample), "--out", str(work / f"w{workers}"),
                       "--workers", str(workers), "--export", "none", "--no-progress"]
            seconds[workers], peak_kb[workers] = timed_peak(command)
        same = all(
            (work / "w1" / p.relative_to(work / "w2")).read_bytes() == p.read_bytes()
            for p in (work / "w2").rglob("*.json") if p.name != "manifest.json"
        )
        print(f"--workers 2 over 1    {seconds[1] / seconds[2]:12.2f}x  ({seconds[1]:.1f} s -> {seconds[2]:.1f} s on {args.scaling_limit} articles, "
              f"identical output: {same})   (target >= 1.7x)")
        print(f"peak memory / worker  {peak_kb[2] / 1024:12,.0f} MB   (largest process of the 2-worker run; target <= 1024 MB)")

        seed = REPO / "corpus" / "articles"
        cold = []
        for n in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pipeline", "run", str(seed), "--out", str(work / f"cold{n}"), "--no-progress"],
                           cwd=REPO, check=True, stderr=subprocess.DEVNULL)
            cold.append(time.perf_counter() - started)
        print(f"cold start on seed    {statistics.median(cold):12.2f} s   (median of 3; target <= 2 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
