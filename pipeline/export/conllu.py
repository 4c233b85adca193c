"""CoNLL-U: one sentence per block, tokens with UPOS and the jieba tag; offsets and pinyin in MISC.

There is no dependency parse: HEAD and DEPREL are ``_``. ``TokenRange=start:end`` indexes the
document text, as in the JSON; ``Translit=`` is the token's reading in tone numbers, ``_`` for a
character that is not Han (``C端`` -> ``_duan1``).
"""
from __future__ import annotations

from typing import Iterable, TextIO

from pipeline.record import NO_READING


def _misc(start: int, end: int, reading: str | None, text: str) -> str:
    parts = []
    if end >= len(text) or not text[end].isspace():
        parts.append("SpaceAfter=No")
    parts.append(f"TokenRange={start}:{end}")
    if reading:
        parts.append("Translit=" + "".join("_" if s == NO_READING else s for s in reading.split(" ")))
    return "|".join(parts)


def _field(value: str) -> str:
    return value.replace(" ", "\u00a0").replace("\t", "\u00a0").replace("\n", "\u00a0") or "_"


def write_document(handle: TextIO, record: dict) -> None:
    """Write one annotated.json record (contract 2.0: tokens and sentences as columns) as CoNLL-U.

    >>> import io; out = io.StringIO()
    >>> write_document(out, {"document": {"id": "d"}, "text": "好。", "sentences": {"start": [0], "end": [2]},
    ...     "tokens": {"start": [0, 1], "end": [1, 2], "sentence": [0, 0], "pos": ["ADJ", "PUNCT"], "tag": ["a", "x"],
    ...                "pinyin": ["hao3", None], "spoken": [None, None], "lex": ["好|hao3", None]}})
    >>> print(out.getvalue().splitlines()[3].replace("\\t", " | "))
    1 | 好 | 好 | ADJ | a | _ | _ | _ | _ | SpaceAfter=No|TokenRange=0:1|Translit=hao3
    """
    text = record["text"]
    doc_id = record["document"]["id"]
    tokens, sentences = record["tokens"], record["sentences"]
    by_sentence: dict[int, list[int]] = {}
    for i, n in enumerate(tokens["sentence"]):
        by_sentence.setdefault(n, []).append(i)
    starts, ends, pos, tags, pinyin = tokens["start"], tokens["end"], tokens["pos"], tokens["tag"], tokens["pinyin"]
    handle.write(f"# newdoc id = {doc_id}\n")
    for n, (start, end) in enumerate(zip(sentences["start"], sentences["end"])):
        members = by_sentence.get(n)
        if not members:
            continue
        handle.write(f"# sent_id = {doc_id}-{n + 1}\n")
        handle.write(f"# text = {_field(text[start:end]).replace(chr(0xa0), ' ')}\n")
        for number, i in enumerate(members, 1):
            form = _field(text[starts[i]:ends[i]])
            handle.write(f"{number}\t{form}\t{form}\t{pos[i]}\t{tags[i] or '_'}\t_\t_\t_\t_\t"
                         f"{_misc(starts[i], ends[i], pinyin[i], text)}\n")
        handle.write("\n")


def write_corpus(handle: TextIO, records: Iterable[dict]) -> None:
    for record in records:
        write_document(handle, record)
