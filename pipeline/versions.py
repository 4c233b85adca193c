"""Versions of the pipeline, its libraries and its data files, for manifest.json."""
from __future__ import annotations

import hashlib
import platform
from importlib import metadata
from pathlib import Path

from pipeline import config

#: Libraries whose versions can change the output.
LIBRARIES = ("jieba", "spacy", "pypinyin", "pydantic", "beautifulsoup4", "lxml", "charset-normalizer", "cn2an")


def pipeline_version() -> str:
    try:
        return metadata.version("zh-news-pipeline")
    except metadata.PackageNotFoundError:  # run from a checkout without installing
        return "0.1.0"


def library_versions() -> dict[str, str | None]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def data_files(userdict: Path | None) -> list[dict]:
    """The data files the run read, with checksums, versions and licences."""
    import jieba

    files = [
        {
            "name": "jieba dictionary",
            "path": "jieba/dict.txt",
            "version": metadata.version("jieba"),
            "license": "MIT",
            "sha256": file_sha256(Path(jieba.__file__).parent / "dict.txt"),
        }
    ]
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


def environment() -> dict:
    return {"python": platform.python_version(), "libraries": library_versions()}
