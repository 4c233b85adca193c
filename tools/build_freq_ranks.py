"""Rebuild pipeline/data/jieba_freq_ranks.txt: jieba's dictionary words, most frequent first.

Line n (after the header) is the word of frequency rank n: words sorted by their count in jieba's
``dict.txt``, most frequent first, ties in word order (a word listed twice keeps its last count).
Ranking the 349k words at every start cost half a second; reading them in rank order costs a
twentieth of that. The header records the checksum of the ``dict.txt`` the ranks come from, and
``levels.py`` refuses a file built from another one.

Run: python tools/build_freq_ranks.py  (needs jieba; the output is committed).
"""
from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.annotate.levels import FREQ_RANKS_PATH, ranks_header  # noqa: E402
from pipeline.versions import jieba_dictionary  # noqa: E402


def ranked_words(dict_path: Path) -> list[str]:
    counts: dict[str, int] = {}
    with open(dict_path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                counts[parts[0]] = -int(parts[1])
    # (negated count, word) tuples: most frequent first, ties in word order
    return [word for _, word in sorted(zip(counts.values(), counts.keys()))]


def main() -> None:
    dict_path = jieba_dictionary()
    digest = hashlib.sha256(dict_path.read_bytes()).hexdigest()
    words = ranked_words(dict_path)
    header = ranks_header(metadata.version("jieba"), digest)
    FREQ_RANKS_PATH.write_text(header + "\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {FREQ_RANKS_PATH}")


if __name__ == "__main__":
    main()
