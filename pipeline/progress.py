"""A progress bar for corpus runs on a terminal (documents, characters, rate, ETA); silent when
stderr is not a terminal, so logs stay quiet."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.ingest import expand_inputs


def _input_bytes(inputs) -> int:
    total = 0
    for path in expand_inputs([Path(p) for p in inputs]):
        if isinstance(path, Path):
            try:
                total += path.stat().st_size
            except OSError:
                pass
    return total


class Progress:
    def __init__(self, inputs, enabled: bool | None = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.documents = 0
        self.characters = 0
        self.bar = None
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=_input_bytes(inputs), unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True, desc="reading")

    def advance(self, document) -> None:
        self.documents += 1
        if document is not None:
            self.characters += len(document.text)
        if self.bar is not None:
            size = len(document.text.encode("utf-8")) if document is not None else 0
            self.bar.update(min(size, max(self.bar.total - self.bar.n, 0)))
            self.bar.set_postfix_str(f"{self.documents:,} docs, {self.characters:,} chars", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
