"""Default paths and settings."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The project checkout (the folder holding corpus/, outputs/, seeds/).
PROJECT_DIR = PACKAGE_DIR.parent
CORPUS_DIR = PROJECT_DIR / "corpus"
OUTPUTS_DIR = PROJECT_DIR / "outputs"
SEEDS_DIR = PROJECT_DIR / "seeds"
SCHEMAS_DIR = PACKAGE_DIR / "schemas"

#: The project user dictionary (jieba format: word [freq] [tag] per line).
USERDICT_PATH = CORPUS_DIR / "userdict.txt"

#: Version of the annotated.json / facts.json / manifest.json contract. Later work only adds fields.
SCHEMA_VERSION = "1.0"

#: Input formats by file extension; see ``pipeline.ingest.READERS``.
META_SUFFIX = ".meta.json"

#: The default corpus: the seed article and its metadata.
ARTICLES_DIR = CORPUS_DIR / "articles"


def display_path(path: Path) -> str:
    """How a path is written into outputs: relative to the project checkout or the working folder
    when it lies inside one (so outputs do not depend on where the checkout is), else absolute."""
    resolved = Path(path).absolute()
    for root in (PROJECT_DIR, Path.cwd()):
        try:
            return resolved.relative_to(root).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()
