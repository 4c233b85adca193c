"""A progress bar for corpus runs: documents done of the documents the inputs hold, characters,
rate and ETA. Shown on a terminal and in Jupyter (``tqdm.auto``: a widget there, when ipywidgets
is installed); elsewhere (logs, CI) silent unless asked for. Lines printed while it is shown
(errors, ``--verbose`` lines) go above it."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest import expand_inputs


def count_documents(inputs, exclude: Path | None = None, stop: int | None = None) -> int:
    """The items ``read_documents(inputs, exclude)`` yields, documents and errors alike: one per
    file, one per non-blank line of a JSON Lines file (a streamed count, no JSON parsed, no line
    held whole), one per bad path; counting ends once ``stop`` is reached.

    >>> count_documents([Path("corpus/articles")])
    1
    """
    from pipeline.ingest.jsonl import iter_lines

    total = 0
    for path in expand_inputs([Path(p) for p in inputs], exclude):
        if stop is not None and total >= stop:
            break
        if isinstance(path, InputError) or path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            total += sum(1 for line in iter_lines(path) if not isinstance(line, bytes) or line.strip())
        except InputError:
            total += 1  # the reader reports the file as one error
    return total if stop is None else min(total, stop)


def _in_notebook() -> bool:
    """True in a Jupyter kernel, where stderr is no terminal but a progress bar is still wanted."""
    ipython = sys.modules.get("IPython")
    try:
        shell = ipython.get_ipython() if ipython is not None else None
    except Exception:  # noqa: BLE001 - an odd IPython is no notebook
        return False
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


class Progress:
    """Counts documents and characters; draws a bar when ``enabled`` (default: stderr is a
    terminal, or this is a Jupyter kernel). The bar advances by one for every item the inputs
    yield, so a finished run ends at 100%, whatever the encodings and formats of its files."""

    def __init__(self, inputs, enabled: bool | None = None, exclude: Path | None = None):
        self.enabled = (sys.stderr.isatty() or _in_notebook()) if enabled is None else enabled
        self.documents = 0
        self.characters = 0
        self.bar = None
        if self.enabled:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=count_documents(inputs, exclude), unit="doc", file=sys.stderr, dynamic_ncols=True, desc="annotating")

    def advance(self, document) -> None:
        self.documents += 1
        if document is not None:
            self.characters += len(document.text)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.characters:,} chars", refresh=False)
            self.bar.update(1)

    def write(self, line: str) -> None:
        """A line on stderr, above the bar when one is shown."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self, finished: bool = True) -> None:
        """End the bar: at 100% when the run finished (even if the inputs changed on disk since
        they were counted), where it stopped when interrupted."""
        if self.bar is not None:
            if finished and self.bar.n != self.bar.total:
                self.bar.total = self.bar.n
                self.bar.refresh()
            self.bar.close()
            self.bar = None
