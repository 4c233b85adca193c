"""What a user waits for: whole runs of the pipeline against plain jieba, from one run (issue 13, item 5).

Run by hand (never in CI, never as a timed test), in a venv with the package and JioNLP:

    pip install jionlp   # a peer to compare with, not a dependency of the pipeline
    python benchmarks/bench_run.py [--every 10] [--limit N] [--corpus ../shared/corpus-dev/news.jsonl]
                                   [--big] [--json FILE] [--keep DIR]

On a subset of the corpus (every 10th article by default: about 670 articles, 300k characters),
written to a JSONL file, it measures:

1. the baseline: plain ``jieba.lcut`` over the subset's texts, as a whole process (``python -c``
   reading the JSONL), wall time; run three times between the other steps, the median is used;
2. the stitched peer a user would reach for, as a whole process: jieba words, ``pypinyin.lazy_pinyin``
   per word, JioNLP's ``jio.ner.extract_money`` and ``jio.ner.extract_time`` over each text;
3. the analysis in one process, warm: annotate + facts + the annotated record of each article (no
   files), after analysing ``--warmup`` other articles in that process;
4. the research run, ``python -m pipeline run SUBSET --out DIR --no-pages`` (default exports);
5. the default run (with pages); 6. the same run again into the same folder, nothing changed;
7. ``--workers 2`` over ``--workers 1`` for the research run;
8. output bytes (every file under the out folder) per input byte (the subset file) of 4 and 5;
9. peak resident memory of 4's whole process and of each worker of the ``--workers 2`` run;
10. cold start: ``python -m pipeline run`` on the seed article into a fresh folder (median of 3);
11. with ``--big``: one record of about 1,000,000 characters, ``run --no-pages``: time and memory.

Times are wall seconds of whole processes (of the loop alone for 3), each ratio also in CPU
seconds, which other work on the machine moves less. The machine is shared and noisy: the absolute
figures move by a third or more from one run to the next, the ratios to the baseline measured in
the same run are what matter. A step that fails is reported with a one-line reason and
the others go on. The run commands are in ``RUNS`` below: adjust them there when the CLI changes.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus-dev" / "news.jsonl"
SEED = REPO / "corpus" / "articles"

# The pipeline's command lines, one place to change when the CLI does. Each word is filled in with
# str.format after splitting, so paths may hold spaces. -v makes a run print the time of each step,
# shown under the table; --no-progress keeps the bar out of the logs.
RUNS = {
    "research": "run {input} --out {out} --no-pages --no-progress -v",
    "default": "run {input} --out {out} --no-progress -v",
    "cold": "run {input} --out {out} --no-progress",
    "big": "run {input} --out {out} --no-pages --no-progress -v",
}
WORKERS = "--workers {workers}"
# The line -v prints when a run's documents are done and its exports begin.
DOCUMENTS_DONE = "documents: "

# The baseline: what "segmenting the texts" costs a user, start to finish. The loop alone is timed
# too (after the dictionary has loaded), to compare the warm in-process analysis with like for like.
BASELINE_PROGRAM = r"""
import json, sys, time
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
import jieba
jieba.setLogLevel(60)
jieba.initialize()
started, cpu = time.perf_counter(), time.process_time()
words = sum(len(jieba.lcut(text)) for text in texts)
print(json.dumps({"loop_seconds": time.perf_counter() - started, "loop_cpu_seconds": time.process_time() - cpu, "words": words}))
"""

# The peer a user would stitch together for words, pinyin, money and dates (JioNLP's documented
# API, jio.ner.*); relative dates are resolved against each article's published date, as ours are.
PEER_PROGRAM = r"""
import json, logging, sys, time
from datetime import datetime
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
import jieba, jionlp as jio, pypinyin
jieba.setLogLevel(60)
logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every string it cannot parse
counts = {"words": 0, "money": 0, "times": 0}
for record in records:
    text, published = record["text"], record.get("published")
    words = jieba.lcut(text)
    readings = [pypinyin.lazy_pinyin(word) for word in words]
    base = time.mktime(datetime.fromisoformat(published).timetuple()) if published else time.time()
    counts["words"] += len(readings)
    counts["money"] += len(jio.ner.extract_money(text, with_parsing=True))
    counts["times"] += len(jio.ner.extract_time(text, time_base=base, with_parsing=True))
print(json.dumps(counts))
"""

# The targets of issue 13, by row key: (comparison, bound, how the bound is printed).
TARGETS = {
    "analysis": (">=", 0.60, ">= 0.60x"),
    "research": (">=", 0.40, ">= 0.40x"),
    "default": (">=", 0.20, ">= 0.20x"),
    "rerun_over_first": ("<=", 0.10, "<= 0.10"),
    "workers": (">=", 1.8, ">= 1.8x"),
    "bytes_research": ("<=", 25, "<= 25"),
    "bytes_default": ("<=", 60, "<= 60"),
    "cold": ("<=", 1.5, "<= 1.5 s"),
    "big_memory": ("<=", 2048, "<= 2048 MB"),
}

MB = 1024  # ru_maxrss and VmHWM are in kB


class StepFailed(Exception):
    """A step that could not be measured; its message is the one-line reason."""


@dataclass
class Measured:
    """One whole process: wall seconds, the peak resident memory of its tree (ru_maxrss from
    wait4: the process and the children it waited for), and the peak of each descendant seen."""
    seconds: float
    cpu_seconds: float  # user + system of the process and the children it waited for
    peak_kb: int
    descendant_peaks_kb: dict[int, int]
    documents_peak_kb: int | None  # the process's own peak when it said its documents were done
    stdout: str
    stderr: str


@dataclass
class Row:
    key: str
    measure: str
    value: str = ""
    ratio: str = ""
    figure: float | None = None  # the number the target is about
    failed: str = ""  # the one-line reason


@dataclass
class Bench:
    """What the run has measured so far, by step, for the table and the JSON."""
    figures: dict[str, dict] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- measuring a process -----------------------------------------------------------------------

def children_of(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (this kernel has no /proc/PID/task/TID/children)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                after_name = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(after_name[1]) == pid:
            found.append(int(entry))
    return found


def descendants_of(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in children_of(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


def high_water_kb(pid: int) -> int | None:
    """VmHWM: the peak resident memory of one process so far (kB)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def watch(pid: int, stop: threading.Event, deadline: float, err_path: Path, peaks: dict[int, int],
          marks: dict[str, int], sample_descendants: bool) -> None:
    """Until ``stop``: record each descendant's VmHWM (a peak, so the last sample before it exits
    is close to its true peak), the process's own VmHWM when its stderr says the documents are done
    (so a peak can be told apart from the exports'), and kill the process group once past ``deadline``."""
    read = 0
    while not stop.wait(0.2):
        if sample_descendants:
            for child in descendants_of(pid):
                if (kb := high_water_kb(child)) is not None:
                    peaks[child] = max(kb, peaks.get(child, 0))
        if "documents_kb" not in marks:
            with open(err_path, "rb") as err:
                err.seek(max(read - len(DOCUMENTS_DONE), 0))
                new = err.read()
            read += len(new)
            if b"\n" + DOCUMENTS_DONE.encode() in b"\n" + new and (kb := high_water_kb(pid)) is not None:
                marks["documents_kb"] = kb
        if time.perf_counter() > deadline:
            os.killpg(pid, signal.SIGKILL)
            return


def measure(command: list[str], log: Path, timeout: float, sample_descendants: bool = False) -> Measured:
    """Run ``command`` from the repository root, wall time from start to exit; stdout and stderr
    go to ``log``.out/.err (a pipe could fill and stall it). Raises StepFailed on a non-zero exit."""
    out_path, err_path = log.with_suffix(".out"), log.with_suffix(".err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=err, start_new_session=True)
        stop, peaks, marks = threading.Event(), {}, {}
        watcher = threading.Thread(target=watch, args=(process.pid, stop, started + timeout, err_path, peaks, marks,
                                                       sample_descendants))
        watcher.start()
        # wait4, not Popen.wait: it gives this child's own rusage, whose ru_maxrss covers the
        # children it waited for (the workers) and no earlier step's
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        stop.set()
        watcher.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    if time.perf_counter() > started + timeout:
        raise StepFailed(f"timed out after {timeout:.0f} s")
    if process.returncode != 0:
        raise StepFailed(f"exit status {process.returncode}: {reason(stderr)}")
    return Measured(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, peaks, marks.get("documents_kb"), stdout, stderr)


def reason(stderr: str) -> str:
    """The line that says what went wrong: the first ``error:`` line (a run ends with its summary
    line, which only counts the errors), else the last line."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()] or ["(nothing on stderr)"]
    line = next((line for line in lines if line.startswith("error:")), lines[-1])
    return line if len(line) <= 200 else line[:200] + " ..."


def last_json_line(text: str) -> dict:
    lines = [line for line in text.splitlines() if line.startswith("{")]
    if not lines:
        raise StepFailed("printed no result line")
    return json.loads(lines[-1])


def pipeline_command(run: str, **values) -> list[str]:
    return [sys.executable, "-m", "pipeline", *(word.format(**values) for word in RUNS[run].split())]


def with_workers(command: list[str], workers: int) -> list[str]:
    return command + [word.format(workers=workers) for word in WORKERS.split()]


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def step_times(stderr: str) -> dict[str, float]:
    """Seconds of each step -v prints (``documents: 9.8 s``, ``export tables: 1.2 s`` ...), not
    the line per document."""
    steps = {}
    for line in stderr.splitlines():
        name, _, rest = line.rpartition(": ")
        if name and rest.endswith(" s") and rest[:-2].replace(".", "", 1).isdigit() and "(" not in line:
            steps[name] = float(rest[:-2])
    return steps


# --- the subset -----------------------------------------------------------------------------------

def write_subset(corpus: Path, every: int, limit: int | None, path: Path) -> dict:
    """Every ``every``-th line of the corpus (the first ``limit`` of them), unchanged, to ``path``."""
    articles = characters = 0
    with open(corpus, "rb") as source, open(path, "wb") as subset:
        for n, line in enumerate(source):
            if n % every or not line.strip():
                continue
            subset.write(line)
            articles += 1
            characters += len(json.loads(line)["text"])
            if limit and articles >= limit:
                break
    return {"articles": articles, "characters": characters, "bytes": path.stat().st_size}


def write_big_record(corpus: Path, characters: int, path: Path) -> int:
    """One JSONL record of ``characters`` characters (fewer if the corpus is shorter): corpus texts
    joined by line breaks, the last one cut to fit."""
    texts, total = [], 0
    with open(corpus, encoding="utf-8") as source:
        for line in source:
            texts.append(json.loads(line)["text"])
            total += len(texts[-1]) + 1
            if total >= characters:
                break
    text = "\n".join(texts)[:characters]
    path.write_text(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(text)


# --- 3: the analysis in one process -----------------------------------------------------------

def analysis_warm(corpus: Path, every: int, limit: int | None, warmup: int) -> dict:
    """In this process: annotate + facts + the annotated record of each subset article, after the
    same over ``warmup`` articles outside the subset (the rate a long run settles at); then plain
    jieba.lcut over the same texts, just after."""
    sys.path.insert(0, str(REPO))
    import jieba

    from pipeline import api
    from pipeline.engines import batch_collector
    from pipeline.run import Settings, analyse_document

    subset, others = [], []
    with open(corpus, encoding="utf-8") as source:
        for n, line in enumerate(source):
            if n % every == 0 and not (limit and len(subset) >= limit):
                subset.append(line)
            elif len(others) < max(warmup, 1):
                others.append(line)

    def documents(lines):
        records = [json.loads(line) for line in lines]
        return [api.document_from_text(r["text"], id=r["id"], published=r.get("published")) for r in records]

    timed_documents, warm_documents = documents(subset), documents(others)
    settings = Settings()
    with batch_collector():  # as a run's engine does
        for document in warm_documents:  # at least one: the dictionaries load on first use
            analyse_document(document, settings)
        started, cpu = time.perf_counter(), time.process_time()
        for document in timed_documents:
            analyse_document(document, settings)  # dropped at once, as a run does once written
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    texts = [d.text for d in timed_documents]
    tokenizer.lcut(texts[0])
    started = time.perf_counter()
    for text in texts:
        tokenizer.lcut(text)
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "jieba_seconds": time.perf_counter() - started,
            "articles": len(texts), "characters": sum(map(len, texts)), "warmup": len(warm_documents)}


# --- the steps ---------------------------------------------------------------------------------

def step_baseline(subset: Path, work: Path, n: int, timeout: float) -> dict:
    measured = measure([sys.executable, "-c", BASELINE_PROGRAM, str(subset)], work / f"baseline{n}", timeout)
    return {"seconds": measured.seconds, "cpu_seconds": measured.cpu_seconds, **last_json_line(measured.stdout)}


def step_peer(subset: Path, work: Path, timeout: float) -> dict:
    if importlib.util.find_spec("jionlp") is None:  # not imported here: it prints a banner and takes seconds
        raise StepFailed("needs JioNLP, a benchmark-only peer: pip install jionlp")
    measured = measure([sys.executable, "-c", PEER_PROGRAM, str(subset)], work / "peer", timeout)
    return {"seconds": measured.seconds, "cpu_seconds": measured.cpu_seconds, **last_json_line(measured.stdout)}


def step_analysis(args, work: Path) -> dict:
    command = [sys.executable, __file__, "--corpus", str(args.corpus), "--every", str(args.every),
               "--warmup", str(args.warmup), "--analysis-only"]
    if args.limit:
        command += ["--limit", str(args.limit)]
    return last_json_line(measure(command, work / "analysis", args.timeout).stdout)


def step_run(run: str, subset: Path, out: Path, work: Path, timeout: float, workers: int | None = None,
             log: str | None = None) -> dict:
    command = pipeline_command(run, input=subset, out=out)
    if workers:
        command = with_workers(command, workers)
    measured = measure(command, work / (log or out.name), timeout, sample_descendants=bool(workers and workers > 1))
    return {"seconds": measured.seconds, "cpu_seconds": measured.cpu_seconds, "peak_kb": measured.peak_kb, "documents_peak_kb": measured.documents_peak_kb,
            "bytes": tree_bytes(out),
            "descendant_peaks_kb": sorted(measured.descendant_peaks_kb.values(), reverse=True),
            "steps": step_times(measured.stderr)}


def step_cold(work: Path, runs: int, timeout: float) -> dict:
    seconds = []
    for n in range(runs):
        out = work / f"cold{n}"
        seconds.append(measure(pipeline_command("cold", input=SEED, out=out), work / f"cold{n}", timeout).seconds)
        shutil.rmtree(out, ignore_errors=True)
    return {"seconds": statistics.median(seconds), "each": seconds}


def same_documents(first: Path, second: Path) -> bool:
    """Each document's JSON (not the manifest, which holds times) is the same bytes in both."""
    files = [p for p in second.rglob("*.json") if p.name != "manifest.json"]
    return bool(files) and all((first / p.relative_to(second)).read_bytes() == p.read_bytes() for p in files)


def attempt(bench: Bench, name: str, step, *args, **kwargs) -> dict | None:
    """Run one step; a failure is recorded with its one-line reason and the run goes on."""
    print(f"... {name}", file=sys.stderr, flush=True)
    try:
        bench.figures[name] = step(*args, **kwargs)
    except StepFailed as error:
        bench.figures[name] = {"failed": str(error)}
    except Exception as error:  # a benchmark step must not stop the others
        bench.figures[name] = {"failed": f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"}
    figures = bench.figures[name]
    if "failed" in figures:
        print(f"    failed: {figures['failed']}", file=sys.stderr, flush=True)
        return None
    return figures


# --- the table ---------------------------------------------------------------------------------

def met(key: str, figure: float | None) -> str:
    if key not in TARGETS:
        return ""
    comparison, bound, text = TARGETS[key]
    if figure is None:
        return text
    ok = figure >= bound if comparison == ">=" else figure <= bound
    return f"{text}  {'met' if ok else 'NOT met'}"


@dataclass
class Baseline:
    """The medians of the baseline runs: whole process and loop alone, wall and CPU seconds."""
    seconds: float
    cpu_seconds: float
    loop_seconds: float
    loop_cpu_seconds: float
    each: list[float]


def baseline_of(figures: dict) -> Baseline | None:
    runs = [figures[k] for k in ("baseline1", "baseline2", "baseline3") if "failed" not in figures.get(k, {"failed": 1})]
    if not runs:
        return None
    median = {key: statistics.median(run[key] for run in runs) for key in ("seconds", "cpu_seconds", "loop_seconds", "loop_cpu_seconds")}
    return Baseline(**median, each=[run["seconds"] for run in runs])


def failure(figures: dict, *names: str) -> str:
    """The reason the first of ``names`` that failed (or never ran) gave, else ``""``."""
    for name in names:
        step = figures.get(name, {"failed": "not run"})
        if "failed" in step:
            return f"{name}: {step['failed']}"
    return ""


def rate_row(figures: dict, chars: int, key: str, measure_name: str, why: str, against: float | None,
             against_cpu: float | None) -> Row:
    """A row of characters per second for step ``key``, as a ratio to ``against`` seconds (the
    same characters: a ratio of rates), in wall and CPU seconds."""
    step = figures.get(key, {})
    seconds, cpu_seconds = step.get("seconds"), step.get("cpu_seconds")
    if why or seconds is None:
        return Row(key, measure_name, failed=why or "no figure")
    ratio = against / seconds if against else None
    cpu = f", CPU {cpu_seconds:.1f} s" if cpu_seconds is not None else ""
    cpu_ratio = f" (CPU {against_cpu / cpu_seconds:.2f}x)" if against_cpu and cpu_seconds else ""
    return Row(key, measure_name, f"{chars / seconds:,.0f} chars/s ({seconds:.1f} s{cpu})",
               f"{ratio:.2f}x{cpu_ratio}" if ratio else "n/a (no baseline)", ratio)


def speed_rows(f: dict, chars: int, base: Baseline | None) -> list[Row]:
    """Rows 1 to 6b: rates against the baseline, and the unchanged re-run against the first run."""
    if base:
        spread = ", ".join(f"{s:.1f}" for s in base.each)
        rows = [Row("baseline", "1. baseline: plain jieba.lcut, whole process",
                    f"{chars / base.seconds:,.0f} chars/s ({base.seconds:.1f} s, CPU {base.cpu_seconds:.1f} s; median of {spread} s)",
                    "1.00x", 1.0),
                Row("baseline_loop", "1b. the same, lcut loop alone (no import, no dictionary load)",
                    f"{chars / base.loop_seconds:,.0f} chars/s ({base.loop_seconds:.2f} s, CPU {base.loop_cpu_seconds:.2f} s)")]
    else:
        rows = [Row("baseline", "1. baseline: plain jieba.lcut, whole process", failed=failure(f, "baseline1"))]
    whole = (base.seconds, base.cpu_seconds) if base else (None, None)
    # The warm analysis leaves out start-up and dictionary loads, so its ratio is to the
    # baseline's loop alone (1b): like for like. Against the whole baseline process: the notes.
    loop = (base.loop_seconds, base.loop_cpu_seconds) if base else (None, None)
    rows += [
        rate_row(f, chars, "peer", "2. peer: jieba + pypinyin + JioNLP money, time", failure(f, "peer"), *whole),
        rate_row(f, chars, "analysis", "3. analysis, warm, one process (ratio to 1b)", failure(f, "analysis"), *loop),
        rate_row(f, chars, "research", "4. research run (--no-pages)", failure(f, "research"), *whole),
        rate_row(f, chars, "default", "5. default run (pages)", failure(f, "default"), *whole),
        rate_row(f, chars, "rerun", "6. default run again, unchanged", failure(f, "default", "rerun"), *whole),
    ]
    if why := failure(f, "default", "rerun"):
        rows.append(Row("rerun_over_first", "6b. unchanged re-run / first run", failed=why))
    else:
        share = f["rerun"]["seconds"] / f["default"]["seconds"]
        cpu_share = f["rerun"]["cpu_seconds"] / f["default"]["cpu_seconds"]
        rows.append(Row("rerun_over_first", "6b. unchanged re-run / first run", f"{share:.3f} (CPU {cpu_share:.3f})", "", share))
    return rows


def workers_row(f: dict, workers: int) -> Row:
    name = f"7. --workers {workers} over 1, research run"
    if why := failure(f, "research", "research_w2"):
        return Row("workers", name, failed=why)
    one, two = f["research"]["seconds"], f["research_w2"]["seconds"]
    return Row("workers", name, f"{one / two:.2f}x ({one:.1f} s -> {two:.1f} s)", "", one / two)


def size_rows(f: dict, input_bytes: int) -> list[Row]:
    rows = []
    for key, name, label in (("bytes_research", "research", "research run"), ("bytes_default", "default", "default run")):
        if why := failure(f, name):
            rows.append(Row(key, f"8. output bytes / input byte, {label}", failed=why))
            continue
        share = f[name]["bytes"] / input_bytes
        rows.append(Row(key, f"8. output bytes / input byte, {label}",
                        f"{share:.1f} ({f[name]['bytes'] / 1e6:,.1f} MB / {input_bytes / 1e6:,.2f} MB)", "", share))
    return rows


def memory_rows(f: dict, workers: int) -> list[Row]:
    why = failure(f, "research")
    rows = [Row("memory_research", "9. peak memory, research run (whole process)",
                "" if why else f"{f['research']['peak_kb'] / MB:,.0f} MB", failed=why)]
    name = f"9b. peak memory of each worker, --workers {workers}"
    if why := failure(f, "research_w2"):
        rows.append(Row("memory_workers", name, failed=why))
    else:
        each = " / ".join(f"{kb / MB:,.0f}" for kb in f["research_w2"]["descendant_peaks_kb"][:workers]) or "none seen"
        rows.append(Row("memory_workers", name, f"{each} MB (whole run {f['research_w2']['peak_kb'] / MB:,.0f} MB)"))
    return rows


def cold_and_big_rows(f: dict) -> list[Row]:
    if why := failure(f, "cold"):
        rows = [Row("cold", "10. cold start on the seed", failed=why)]
    else:
        each = ", ".join(f"{s:.2f}" for s in f["cold"]["each"])
        rows = [Row("cold", "10. cold start on the seed", f"{f['cold']['seconds']:.2f} s (median of {each})", "", f["cold"]["seconds"])]
    if "big" in f:
        label = f"11. one document of {f['big_record']['characters']:,} characters, --no-pages"
        if why := failure(f, "big"):
            rows.append(Row("big_memory", label, failed=why))
        else:
            big = f["big"]
            rows.append(Row("big_memory", label, f"{big['seconds']:.1f} s, peak {big['peak_kb'] / MB:,.0f} MB", "", big["peak_kb"] / MB))
    return rows


def notes_of(f: dict, base: Baseline | None, workers: int) -> list[str]:
    """What explains the rows: 3 against other baselines, where the runs spend time and memory."""
    notes = []
    analysis = f.get("analysis", {})
    if base and analysis.get("seconds"):
        notes.append(f"3 against the whole baseline process (1): {base.seconds / analysis['seconds']:.2f}x; against "
                     f"jieba.lcut timed in the same warm process just after: {analysis['jieba_seconds'] / analysis['seconds']:.2f}x "
                     f"(after {analysis['warmup']:,} other articles; CPU {analysis['cpu_seconds']:.1f} s of {analysis['seconds']:.1f} s wall)")
    if "same_output" in f:
        notes.append(f"--workers {workers} wrote the same document JSON as --workers 1: {f['same_output']}")
    for name, label in (("research", "research run"), ("big", "--big run")):
        if f.get(name, {}).get("documents_peak_kb"):
            notes.append(f"peak memory of the {label} by the end of its documents step: {f[name]['documents_peak_kb'] / MB:,.0f} MB "
                         f"(of {f[name]['peak_kb'] / MB:,.0f} MB in all: the rest is the exports')")
    one, two = (f.get(name, {}).get("steps", {}).get(DOCUMENTS_DONE.rstrip(": ")) for name in ("research", "research_w2"))
    if one and two:
        notes.append(f"--workers {workers} over 1, the documents step alone (the exports run in the main process "
                     f"either way): {one / two:.2f}x ({one:.1f} s -> {two:.1f} s)")
    for name, label in (("research", "research run"), ("default", "default run"), ("rerun", "re-run"),
                        ("research_w2", f"--workers {workers}"), ("big", "--big run")):
        if "steps" in f.get(name, {}):
            steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in f[name]["steps"].items())
            notes.append(f"step times (-v), {label}: {steps or 'none printed'}")
    return notes


def build_rows(bench: Bench, subset_info: dict, workers: int) -> None:
    f, base = bench.figures, baseline_of(bench.figures)
    bench.rows = [*speed_rows(f, subset_info["characters"], base), workers_row(f, workers),
                  *size_rows(f, subset_info["bytes"]), *memory_rows(f, workers), *cold_and_big_rows(f)]
    bench.notes = notes_of(f, base, workers)


def print_table(bench: Bench, header: list[str]) -> None:
    lines = [(row.measure, f"failed: {row.failed}" if row.failed else row.value, row.ratio, met(row.key, None if row.failed else row.figure))
             for row in bench.rows]
    titles = ("measure", "value", "ratio to baseline", "target")
    widths = [max(len(t), *(len(line[i]) for line in lines)) for i, t in enumerate(titles)]
    widths[1] = min(widths[1], 60)
    print("\n".join(header))
    print(" | ".join(t.ljust(w) for t, w in zip(titles, widths)).rstrip())
    print("-|-".join("-" * w for w in widths))
    for line in lines:
        print(" | ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())
    for note in bench.notes:
        print(f"- {note}")
    print("Timings are wall seconds on a shared 2-core machine: the ratios to the baseline measured in this run "
          "are what matter, not the absolute figures; (CPU ...x) is the same ratio in CPU seconds (user + system of the "
          "process and its workers), which other work on the machine moves less. Targets are checked on the wall ratios.")


# --- main ----------------------------------------------------------------------------------------

def run_bench(args, work: Path) -> tuple[Bench, list[str]]:
    bench = Bench()
    subset = work / "subset.jsonl"
    info = write_subset(args.corpus, args.every, args.limit, subset)
    bench.figures["subset"] = info
    header = [
        f"subset: {'every article' if args.every == 1 else f'every {args.every}th article'} of {args.corpus}{f' (first {args.limit})' if args.limit else ''}: "
        f"{info['articles']:,} articles, {info['characters']:,} characters, {info['bytes']:,} bytes",
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"load average at the start {os.getloadavg()[0]:.1f}",
    ]
    t = args.timeout
    # The baseline three times, spread over the run (it is cheap): the median stands for the
    # machine's speed during the run, the spread shows how much it drifted.
    attempt(bench, "baseline1", step_baseline, subset, work, 1, t)
    attempt(bench, "peer", step_peer, subset, work, t)
    attempt(bench, "analysis", step_analysis, args, work)
    attempt(bench, "baseline2", step_baseline, subset, work, 2, t)
    attempt(bench, "research", step_run, "research", subset, work / "research", work, t)
    attempt(bench, "research_w2", step_run, "research", subset, work / "research-w2", work, t, workers=args.workers)
    if "failed" not in bench.figures["research"] and "failed" not in bench.figures["research_w2"]:
        bench.figures["same_output"] = same_documents(work / "research", work / "research-w2")
    attempt(bench, "default", step_run, "default", subset, work / "default", work, t)
    if "failed" not in bench.figures["default"]:
        attempt(bench, "rerun", step_run, "default", subset, work / "default", work, t, log="rerun")
    else:
        bench.figures["rerun"] = {"failed": "the first default run failed"}
    attempt(bench, "baseline3", step_baseline, subset, work, 3, t)
    attempt(bench, "cold", step_cold, work, args.cold_runs, t)
    if args.big:
        big = work / "big.jsonl"
        characters = write_big_record(args.corpus, args.big_characters, big)
        bench.figures["big_record"] = {"characters": characters, "bytes": big.stat().st_size}
        attempt(bench, "big", step_run, "big", big, work / "big", work, t)
    header.append(f"load average at the end {os.getloadavg()[0]:.1f} (other work on the machine slows every step alike only "
                  "if it lasts the whole run: compare the three baselines)")
    build_rows(bench, info, args.workers)
    return bench, header


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines corpus (default: ../shared/corpus-dev/news.jsonl)")
    parser.add_argument("--every", type=int, default=10, help="take every Nth article (default 10)")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles in the subset")
    parser.add_argument("--warmup", type=int, default=2000, help="articles outside the subset analysed before timing 3 (default 2000)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the scaling run (default 2)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts to take the median of (default 3)")
    parser.add_argument("--big", action="store_true", help="also run one document of about 1,000,000 characters")
    parser.add_argument("--big-characters", type=int, default=1_000_000, metavar="N",
                        help="characters of the --big document (default 1,000,000)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to FILE")
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (outputs, logs of each step)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a step is killed (default 1800)")
    parser.add_argument("--analysis-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"error: {args.corpus}: corpus not found (see ../shared/corpus-dev/README.md, or name one with --corpus)")
    if args.every < 1:
        sys.exit(f"error: --every {args.every}: expected a whole number >= 1")
    args.corpus = args.corpus.resolve()
    if args.analysis_only:
        print(json.dumps(analysis_warm(args.corpus, args.every, args.limit, args.warmup)))
        return

    started = time.perf_counter()
    if args.keep:
        if args.keep.exists():
            sys.exit(f"error: --keep {args.keep}: already exists; name a new folder")
        args.keep.mkdir(parents=True)
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="bench-run-"))
    try:
        bench, header = run_bench(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    header.append(f"benchmark took {time.perf_counter() - started:.0f} s")
    print_table(bench, header)
    if args.json:
        rows = [{"key": r.key, "measure": r.measure, "value": r.value, "ratio": r.ratio, "figure": r.figure,
                 "target": TARGETS.get(r.key, (None, None, None))[2], "failed": r.failed or None} for r in bench.rows]
        args.json.write_text(json.dumps({"header": header, "rows": rows, "notes": bench.notes, "figures": bench.figures},
                                        ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
