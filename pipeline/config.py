"""Default paths and settings.

Data the pipeline reads at run time (the default user dictionary, the domain glossary, frequency
tables) is package data under ``pipeline/data/``, so an installed wheel runs anywhere. Inputs and
outputs are the user's: the defaults ``corpus/articles`` and ``outputs/`` are relative to the
current directory (in the project checkout, its own corpus and outputs).
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SCHEMAS_DIR = PACKAGE_DIR / "schemas"

#: The default user dictionary (jieba format: word [freq] [tag] per line), shipped with the package.
USERDICT_PATH = DATA_DIR / "userdict.txt"
#: The domain glossary (word, pinyin, gloss, note), shipped with the package.
GLOSSARY_PATH = DATA_DIR / "glossary.tsv"

#: What ``python -m pipeline`` reads and writes without arguments, relative to the current
#: directory: in the project checkout, its corpus and its committed outputs.
DEFAULT_INPUT = Path("corpus") / "articles"
DEFAULT_OUT = Path("outputs")


def _checkout() -> Path | None:
    """The project checkout this package was imported from, or None when it is installed (a wheel
    in site-packages has no corpus/ beside it)."""
    root = PACKAGE_DIR.parent
    if (root / "pyproject.toml").is_file() and (root / "corpus").is_dir():
        return root
    return None


#: The project checkout (the folder holding corpus/, outputs/, seeds/), or None outside one.
PROJECT_DIR = _checkout()
#: The checkout's default corpus and outputs (for the tests; the commands use the defaults above).
ARTICLES_DIR = PROJECT_DIR / DEFAULT_INPUT if PROJECT_DIR else None
OUTPUTS_DIR = PROJECT_DIR / DEFAULT_OUT if PROJECT_DIR else None
SEEDS_DIR = PROJECT_DIR / "seeds" if PROJECT_DIR else None

#: Version of the annotated.json / facts.json / manifest.json contract. Later work only adds fields.
SCHEMA_VERSION = "2.0"
#: The longest document read, in characters; a longer one is refused with its size. The nlp takes
#: documents this long (spaCy's own limit, 1,000,000, is raised to it).
MAX_DOCUMENT_CHARS = 2_000_000
#: The HSK word list that grades words, and the learner's level for the vocabulary list, by default.
DEFAULT_HSK_STANDARD = "2025"
DEFAULT_VOCABULARY_LEVEL = 4

#: The metadata file beside an input: ``NAME.meta.json``.
META_SUFFIX = ".meta.json"


def display_path(path: Path) -> str:
    """How a path is written into outputs: package data as ``pipeline/data/...`` (wherever the
    package is installed), other paths relative to the working folder when they lie inside it (so
    outputs do not depend on where the checkout is), else absolute."""
    resolved = Path(path).absolute()
    try:
        return (Path(PACKAGE_DIR.name) / resolved.relative_to(PACKAGE_DIR)).as_posix()
    except ValueError:
        pass
    try:
        return resolved.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return resolved.as_posix()
