"""Which exports are current: each export's files and the store they were made from, kept in
``exports/_exports.json`` (written atomically after the files).

An export is current while the store is the one it was made from (``store.generation``) and its
files are all there. ``remove_stale`` removes the files of exports that are not (and export files
no state lists, such as those of a killed export or an earlier version), so the folder holds only
current exports; ``write_exports`` makes the ones asked for.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.errors import UsageError
from pipeline.export import EXPORTS
from pipeline.export.files import write_atomic
from pipeline.export.store import INDEX, generation, read_index

STATE = "exports/_exports.json"


def _read_state(out: Path) -> dict[str, dict]:
    try:
        state = json.loads((out / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(out: Path, state: dict[str, dict]) -> None:
    if not state and not (out / STATE).exists():
        return
    write_atomic(out / STATE, json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _is_current(out: Path, entry: dict, store: str) -> bool:
    return entry.get("store") == store and all((out / path).is_file() for path in entry.get("files", ()))


def _export_files_on_disk(out: Path) -> list[str]:
    """Files of the names exports write (whoever wrote them)."""
    folder = out / "exports"
    found = [f"exports/{p.name}" for p in (folder / "corpus.conllu", folder / "documents.jsonl") if p.is_file()]
    if (folder / "csv").is_dir():
        found += [f"exports/csv/{p.name}" for p in sorted((folder / "csv").glob("*.csv"))]
    return found


def current_exports(out: Path) -> list[str]:
    """The files of every current export, by export name order."""
    out = Path(out)
    store = generation(read_index(out))
    state = _read_state(out)
    return [path for name in EXPORTS if name in state and _is_current(out, state[name], store)
            for path in state[name]["files"]]


def remove_stale(out: Path) -> list[str]:
    """Remove the files of exports made from another store (or not made whole); the paths removed."""
    out = Path(out)
    store = generation(read_index(out))
    state = _read_state(out)
    kept = {name: entry for name, entry in state.items() if name in EXPORTS and _is_current(out, entry, store)}
    keep = {path for entry in kept.values() for path in entry["files"]}
    removed = [path for path in _export_files_on_disk(out) if path not in keep]
    for path in removed:
        (out / path).unlink(missing_ok=True)
    if kept != state:
        _write_state(out, kept)
    return removed


def write_exports(out: Path, names: tuple[str, ...], *, when_changed: bool) -> list[str]:
    """Make the exports ``names`` from the store in ``out``; ``when_changed``: only those that are
    not current. Returns the paths written."""
    out = Path(out)
    if not (out / "tables" / INDEX).is_file():
        raise UsageError(f"{out}: no corpus store here (tables/{INDEX}); write one with: python -m pipeline run INPUT... --out {out}")
    store = generation(read_index(out))
    state = _read_state(out)
    written: list[str] = []
    for name in names:
        if when_changed and name in state and _is_current(out, state[name], store):
            continue
        if state.pop(name, None) is not None:
            _write_state(out, state)  # a kill while it is rewritten leaves files no state lists: stale
        files = EXPORTS[name](out)
        state[name] = {"store": store, "files": files}
        _write_state(out, state)
        written += files
    return written
