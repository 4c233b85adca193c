"""Argument parsing only: every command calls into ``pipeline.api`` / ``pipeline.run``.

The project's exceptions become one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from pipeline import config
from pipeline.engines import ENGINES, check_engine
from pipeline.budget import DEFAULT_SECONDS
from pipeline.export import DEFAULT_EXPORTS, EXPORTS, parse_exports
from pipeline.errors import PipelineError, UsageError

COMMANDS = ("run", "export", "annotate", "facts")


EXIT_CODES = """\
exit status:
  0    every document was written (annotate, facts: every record printed)
  1    some input failed: one line on stderr each, the other documents written as usual
       (or the output folder cannot be written, or a data file is missing from the installation)
  2    bad usage: an unknown option or bad value, a named file (--userdict) that does not exist,
       no input (./corpus/articles is not here and no INPUT was named)
  70   internal error: a bug, reported as one line (PIPELINE_DEBUG=1 shows the traceback)
  130  interrupted (Ctrl-C): the documents finished so far are kept, the manifest says so
"""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("epilog", EXIT_CODES)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # argparse would print usage and exit 2 itself
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _existing_file(value: str) -> Path:
    """A file named by an option: a missing one is a usage error, found before any work starts."""
    path = Path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: is a folder, not a file")
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{value}: no such file")
    return path


def _parser() -> argparse.ArgumentParser:
    from pipeline.versions import pipeline_version

    parser = _Parser(
        prog="python -m pipeline",
        description="Read, annotate and mine Chinese news text. Without a command: run over ./corpus/articles into ./outputs/ (relative to the current directory).",
    )
    parser.add_argument("--version", action="version", version=f"zh-news-pipeline {pipeline_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser("run", help="annotate inputs into an output folder (the default command)",
                              description="Annotate every document of the inputs into OUT/<doc-id>/ and write OUT/manifest.json.")
    run.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                     help="files (.txt .md .html .htm .jsonl) or folders of them (default: corpus/articles)")
    run.add_argument("--out", type=Path, default=None, metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--workers", type=int, default=1, metavar="N", help="processes on this machine (default: 1)")
    run.add_argument("--engine", choices=ENGINES, default="local", help="local processes, or a Dask cluster (default: local)")
    run.add_argument("--scheduler", metavar="tcp://HOST:PORT", default=None, help="Dask scheduler address (only with --engine dask)")
    run.add_argument("--export", default=",".join(DEFAULT_EXPORTS) or "none", metavar="NAMES",
                     help=f"exports made from the corpus store after the run (when it changed or they are missing), "
                          f"comma-separated: {', '.join(EXPORTS)}, or none (default: none; the Parquet tables, "
                          f"tables/, are always written)")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar (default: when stderr is a terminal or in Jupyter; off with --quiet)")
    run.add_argument("--document-timeout", type=_seconds, default=DEFAULT_SECONDS, metavar="SECONDS",
                     help=f"a document that takes longer is that document's error, and the run goes on "
                          f"(default: {DEFAULT_SECONDS:g}; 0: no limit)")
    run.add_argument("--pages", action=argparse.BooleanOptionalAction, default=True,
                     help="each document's learner's page, Anki deck and TSV (default: on; --no-pages "
                          "for research runs, about 4x faster)")
    _common(run)

    export = commands.add_parser("export", help="write exports (CSV, CoNLL-U, JSON Lines) from a run folder's corpus store",
                                 description="Write the exports named by --format from the corpus store of OUT (tables/), "
                                             "into OUT/exports/: csv (exports/csv/<table>.csv), conllu "
                                             "(exports/corpus.conllu), jsonl (exports/documents.jsonl). Each file is "
                                             "written whole or not at all.")
    export.add_argument("out", type=Path, metavar="OUT", help="a folder a run wrote (python -m pipeline run ... --out OUT)")
    export.add_argument("--format", required=True, metavar="NAMES", help=f"comma-separated: {', '.join(EXPORTS)}")
    talk = export.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    talk.add_argument("-v", "--verbose", action="store_true", help="print each file written")

    annotate = commands.add_parser("annotate", help="print the annotated JSON of one input",
                                   description="Print annotated.json for FILE (JSON Lines for a .jsonl file); '-' reads standard input.")
    annotate.add_argument("file", metavar="FILE|-", help="an input file, or - for standard input (UTF-8, GB18030 or Big5 text)")
    _common(annotate)

    facts = commands.add_parser("facts", help="print the facts (money, dates, quotes) of one input",
                                description="Print facts.json for FILE (JSON Lines for a .jsonl file, each record's "
                                            "relative dates resolved against its own published date); '-' or no FILE "
                                            "reads standard input.")
    facts.add_argument("file", metavar="FILE|-", nargs="?", default="-",
                       help="an input file, or - for standard input (the default)")
    _common(facts)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", default=None,
                        help="date that relative dates (今年, 近日) are resolved against (default: each document's published date)")
    parser.add_argument("--userdict", type=_existing_file, default=config.USERDICT_PATH, metavar="FILE",
                        help="jieba user dictionary (default: the one shipped with the package)")
    parser.add_argument("--vocabulary-level", type=int, default=config.DEFAULT_VOCABULARY_LEVEL, metavar="N",
                        help=f"learner's HSK level: the vocabulary list holds words above it (1-6, 7 = 7-9; default: {config.DEFAULT_VOCABULARY_LEVEL})")
    parser.add_argument("--hsk-standard", default=config.DEFAULT_HSK_STANDARD, choices=("2025", "2021", "2.0"),
                        help=f"HSK word list: 2025 exam syllabus, 2021 grading standard GF0025-2021, or HSK 2.0 (default: {config.DEFAULT_HSK_STANDARD})")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print only errors (no summary line, no progress bar)")
    talk.add_argument("-v", "--verbose", action="store_true",
                      help="print more: a line per document and the time of each step (run), the time taken (annotate, facts)")


def _split_argv(argv: list[str]) -> list[str]:
    """``python -m pipeline`` alone, or with only run's options, means ``run``."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return ["run", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status (``EXIT_CODES``: 0 all well, 1 some input failed, 2 bad
    usage, 70 internal error, 130 interrupted)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        args = _parser().parse_args(_split_argv(argv))
        if args.command == "run":
            return _run(args)
        if args.command == "export":
            return _export(args)
        started = time.monotonic()
        code = _annotate(args) if args.command == "annotate" else _print_records(args, "facts.json")
        if args.verbose:
            print(f"{args.file}: {args.command} in {time.monotonic() - started:.2f} s", file=sys.stderr)
        return code
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: still one line, with a way to see more
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        print(f"error: internal error: {type(exc).__name__}: {exc} (set PIPELINE_DEBUG=1 for the traceback; please report it)", file=sys.stderr)
        return 70


def _settings(args):
    from pipeline.run import Settings, parse_reference_date

    from pipeline.annotate.levels import LEVELS

    if args.vocabulary_level not in LEVELS:
        raise UsageError(f"--vocabulary-level {args.vocabulary_level}: expected an HSK level, 1-6 or 7 (= 7-9)")
    return Settings(
        reference_date=parse_reference_date(args.reference_date), userdict=args.userdict,
        vocabulary_level=args.vocabulary_level, hsk_standard=args.hsk_standard,
        pages=getattr(args, "pages", True), document_seconds=getattr(args, "document_timeout", DEFAULT_SECONDS) or None,
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a number of seconds, 0 for no limit")
    return seconds


def _default_inputs() -> list[Path]:
    """``corpus/articles`` of the current directory, when no INPUT is named."""
    if config.DEFAULT_INPUT.is_dir():
        return [config.DEFAULT_INPUT]
    raise UsageError(f"no input: there is no {config.DEFAULT_INPUT.as_posix()}/ in {Path.cwd()}; name the files or folders to read: "
                     "python -m pipeline run INPUT... [--out DIR]")


def _run(args) -> int:
    from pipeline.run import run

    settings = _settings(args)
    exports = parse_exports(args.export)
    check_engine(args.engine, workers=args.workers, scheduler=args.scheduler)
    inputs = args.inputs or _default_inputs()
    out = args.out or config.DEFAULT_OUT
    progress = False if args.quiet and args.progress is None else args.progress
    summary = run(inputs, out, settings, workers=args.workers, engine=args.engine, scheduler=args.scheduler, progress=progress,
                  exports=exports, verbose=args.verbose)
    if not args.quiet:
        print(summary.line(out), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 0 if summary.ok else 1


def _export(args) -> int:
    from pipeline.export.derived import write_exports
    from pipeline.run import output_lock, remove_stale_temporaries

    names = parse_exports(args.format)
    if not names:
        raise UsageError(f"--format {args.format!r}: name at least one export: {', '.join(EXPORTS)}")
    started = time.monotonic()
    if not (args.out / "tables").is_dir():
        raise UsageError(f"{args.out}: no corpus store here (tables/); write one with: python -m pipeline run INPUT... --out {args.out}")
    with output_lock(args.out):  # not while a run writes the store
        remove_stale_temporaries(args.out)
        written = write_exports(args.out, names, when_changed=False)
    if args.verbose:
        for path in written:
            print(path, file=sys.stderr)
    if not args.quiet:
        print(f"{len(written)} file(s) written to {args.out / 'exports'} in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


def _annotate(args) -> int:
    return _print_records(args, "annotated.json")


def _print_records(args, output: str) -> int:
    from pipeline import api
    from pipeline.export.files import dumps

    settings = _settings(args)
    if output == "facts.json":  # the tokenizer and the facts alone
        results = api.facts_input(args.file, settings=settings, stdin=sys.stdin.buffer)
    else:
        results = api.annotate_input(args.file, settings=settings, stdin=sys.stdin.buffer, output=output)
    records = [r for r in results if not isinstance(r, PipelineError)]
    errors = [r for r in results if isinstance(r, PipelineError)]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.file != "-" and Path(args.file).suffix.lower() == ".jsonl":
        import json

        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for record in records:
            sys.stdout.write(dumps(record))
    return 1 if errors or not records else 0
