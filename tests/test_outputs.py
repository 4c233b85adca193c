"""outputs/ holds what the default run writes: the code and the committed files agree."""
import difflib
import json

from pipeline import api, config

# The environment block records the machine's Python and library versions: it is compared
# separately so a different patch release of a library doesn't read as changed output.
MACHINE_FIELDS = ("environment",)
# A stamp's key folds in those versions too (so an upgrade recomputes); its outputs list is compared.
STAMP_FIELDS = ("key",)


def _diff(name: str, expected: str, got: str, limit: int = 60) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(), got.splitlines(), f"outputs/{name} (committed)", f"{name} (code now)", lineterm=""))
    more = f"\n... {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def _without_keys(index: dict) -> dict:
    """The store's index without what depends on the machine's library versions."""
    parts = [{**part, "documents": [doc_id for doc_id, _ in part["documents"]]} for part in index["parts"]]
    lexicon = {k: v for k, v in (index.get("lexicon") or {}).items() if k != "settings"}
    return {**index, "parts": parts, "lexicon": lexicon}


def _files(root):
    """Output files, without the run lock (.lock), which is not output."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_committed_outputs_are_up_to_date(tmp_path):
    api.run([config.ARTICLES_DIR], tmp_path, api.Settings())
    committed = _files(config.OUTPUTS_DIR)
    fresh = _files(tmp_path)
    # A run into a folder that has a store numbers its new parts after the old ones: outputs/ is
    # what a run into an empty folder writes.
    assert committed == fresh, "regenerate with: rm -rf outputs && python -m pipeline"
    problems = []
    for name in sorted(fresh):
        if name.endswith((".parquet", ".apkg")):
            if (config.OUTPUTS_DIR / name).read_bytes() != (tmp_path / name).read_bytes():
                twin = "its .csv twin" if name.endswith(".parquet") else "vocabulary.tsv beside it"
                problems.append(f"outputs/{name}: the binary file differs ({twin} shows how)")
            continue
        expected = (config.OUTPUTS_DIR / name).read_text(encoding="utf-8")
        got = (tmp_path / name).read_text(encoding="utf-8")
        if name == "tables/_store.json":  # stamp keys and the lexicon's fingerprint fold in the versions too
            expected, got = (json.dumps(_without_keys(json.loads(text)), ensure_ascii=False, indent=1) for text in (expected, got))
        if name == "manifest.json" or name.endswith("/stamp.json"):
            expected_json, got_json = json.loads(expected), json.loads(got)
            for field in MACHINE_FIELDS if name == "manifest.json" else STAMP_FIELDS:
                expected_json.pop(field), got_json.pop(field)
            expected, got = json.dumps(expected_json, ensure_ascii=False, indent=1), json.dumps(got_json, ensure_ascii=False, indent=1)
        if expected != got:
            problems.append(_diff(name, expected, got))
    assert not problems, "outputs/ is stale; regenerate with: rm -rf outputs && python -m pipeline\n" + "\n\n".join(problems)
