"""``python -m pipeline``: the command line (see ``pipeline.cli``)."""
import gc
import sys

# Importing spaCy and pypinyin's phrase table creates about a million objects that live as long as
# the process; the collector would only rescan them while they are made (0.1 s of every start).
gc.disable()
from pipeline.cli import main  # noqa: E402

gc.enable()

sys.exit(main())
