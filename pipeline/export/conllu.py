"""CoNLL-U: one sentence per block, tokens with UPOS and the jieba tag; offsets and pinyin in MISC.

There is no dependency parse: HEAD and DEPREL are ``_``. ``TokenRange=start:end`` indexes the
document text, as in the JSON.
"""
from __future__ import annotations

from typing import Iterable, TextIO


def _misc(token: dict, text: str) -> str:
    parts = []
    if token["end"] >= len(text) or not text[token["end"]].isspace():
        parts.append("SpaceAfter=No")
    parts.append(f"TokenRange={token['start']}:{token['end']}")
    pinyin = token.get("pinyin")
    if isinstance(pinyin, dict):
        numbers = pinyin.get("numbers")
        if numbers and any(numbers):
            parts.append("Translit=" + "".join(s or "_" for s in numbers))
    return "|".join(parts)


def _field(value: str) -> str:
    return value.replace(" ", "\u00a0").replace("\t", "\u00a0").replace("\n", "\u00a0") or "_"


def write_document(handle: TextIO, record: dict) -> None:
    """Write one annotated.json record as CoNLL-U sentences.

    >>> import io; out = io.StringIO()
    >>> write_document(out, {"document": {"id": "d"}, "text": "好。", "sentences": [{"start": 0, "end": 2}],
    ...     "tokens": [{"text": "好", "start": 0, "end": 1, "sentence": 0, "pos": "ADJ", "tag": "a"},
    ...                {"text": "。", "start": 1, "end": 2, "sentence": 0, "pos": "PUNCT", "tag": "x"}]})
    >>> print(out.getvalue().splitlines()[3].replace("\\t", " | "))
    1 | 好 | 好 | ADJ | a | _ | _ | _ | _ | SpaceAfter=No|TokenRange=0:1
    """
    text = record["text"]
    doc_id = record["document"]["id"]
    by_sentence: dict[int, list[dict]] = {}
    for token in record["tokens"]:
        by_sentence.setdefault(token["sentence"], []).append(token)
    handle.write(f"# newdoc id = {doc_id}\n")
    for n, sentence in enumerate(record["sentences"]):
        tokens = by_sentence.get(n, [])
        if not tokens:
            continue
        handle.write(f"# sent_id = {doc_id}-{n + 1}\n")
        handle.write(f"# text = {_field(text[sentence['start']:sentence['end']]).replace(chr(0xa0), ' ')}\n")
        for i, token in enumerate(tokens, 1):
            form = _field(token["text"])
            handle.write(f"{i}\t{form}\t{form}\t{token['pos']}\t{token['tag'] or '_'}\t_\t_\t_\t_\t{_misc(token, text)}\n")
        handle.write("\n")


def write_corpus(handle: TextIO, records: Iterable[dict]) -> None:
    for record in records:
        write_document(handle, record)
