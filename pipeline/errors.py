"""The project's exceptions. The CLI turns each into one line and a non-zero exit."""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = 1


class UsageError(PipelineError):
    """A bad command-line argument or option value."""

    exit_code = 2


class InputError(PipelineError):
    """An input file that cannot be read into documents.

    The message always names the file: ``corpus/a.txt: not valid UTF-8, GB18030 or Big5 text``.
    """

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class DataError(PipelineError):
    """A data file the installation needs (user dictionary, glossary ...) is missing or broken."""


class OutputError(PipelineError):
    """The output directory cannot be written."""


class DocumentTimeout(PipelineError):
    """A document took longer than the per-document time budget: that document's error, not a
    stuck worker (``pipeline.budget``)."""
