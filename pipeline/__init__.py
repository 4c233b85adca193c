"""zh-news-pipeline: read, annotate and mine Chinese news text.

The command line is ``python -m pipeline``; the Python API is ``pipeline.api``; ``pipeline.load()``
gives the pipeline as a spaCy ``Language`` and ``pipeline.pinyin()`` reads text aloud in context.
Importing the package loads nothing else (spaCy, jieba and the dictionaries load on first use).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load", "pinyin"]

_DEFAULT = "default"
#: The ``style`` values of ``pinyin``.
STYLES = ("marks", "numbers", "zhuyin")


def load(
    *,
    userdict: str | Path | None = _DEFAULT,
    reference_date: str | None = None,
    pinyin: bool = True,
    glosses: bool = True,
    facts: bool = True,
) -> "Language":
    """The whole pipeline as a spaCy ``Language``: the jieba tokenizer with its user dictionary
    (``"default"``: the one shipped with the package; a path; or None), then the ``zh_pinyin``,
    ``zh_gloss`` and ``zh_facts`` components asked for (``pinyin=False, glosses=False`` for facts
    alone). ``reference_date`` (YYYY-MM-DD) is what relative dates are resolved against.

    >>> import pipeline
    >>> nlp = pipeline.load(reference_date="2024-05-21")
    >>> doc = nlp("售价99元，今年3月发布。")
    >>> [(s.text, s.label_, s._.zh_fact["value"]) for s in doc.spans["facts"]]
    [('99元', 'money', 99), ('今年3月', 'date', '2024-03')]
    >>> doc[0]._.zh_pinyin, doc[0]._.zh_gloss
    (('shou4', 'jia4'), 'selling price')
    """
    from pipeline import config
    from pipeline.annotate.segment import build_nlp

    path = config.USERDICT_PATH if userdict is not None and str(userdict) == _DEFAULT else userdict
    return build_nlp(path, pinyin=pinyin, glosses=glosses, facts=facts, reference_date=reference_date)


def pinyin(
    text: str,
    style: str = "marks",
    spoken: bool = False,
    *,
    userdict: str | Path | None = _DEFAULT,
) -> list[list[str]]:
    """The reading of ``text`` in context, shaped like pypinyin's ``pinyin()``: one list per Han
    character holding its reading, and each run of other characters kept whole as one item.
    ``style``: ``"marks"`` (tone marks), ``"numbers"`` (tone numbers, neutral tone 5, ü as ü) or
    ``"zhuyin"``; ``spoken=True`` applies 一/不 and third-tone sandhi. Only the tokenizer and the
    pinyin component run.

    >>> import pipeline
    >>> pipeline.pinyin("他长大了，当上行长")
    [['tā'], ['zhǎng'], ['dà'], ['le'], ['，'], ['dāng'], ['shàng'], ['háng'], ['zhǎng']]
    >>> pipeline.pinyin("一个GPT-4o", style="numbers", spoken=True)
    [['yi2'], ['ge4'], ['GPT-4o']]
    """
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of: {', '.join(STYLES)}")
    from pipeline import config
    from pipeline.annotate.components import char_readings
    from pipeline.annotate.pinyin import marks, zhuyin
    from pipeline.annotate.segment import shared_nlp

    path = config.USERDICT_PATH if userdict is not None and str(userdict) == _DEFAULT else userdict
    nlp = shared_nlp(path)
    doc = nlp.get_pipe("zh_pinyin")(nlp.make_doc(text))
    form = {"marks": marks, "numbers": str, "zhuyin": zhuyin}[style]
    out: list[list[str]] = []
    run_start = None  # start of the run of characters with no reading
    for i, syllable in enumerate(char_readings(doc, spoken)):
        if syllable is None:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            out.append([text[run_start:i]])
            run_start = None
        out.append([form(syllable)])
    if run_start is not None:
        out.append([text[run_start:]])
    return out
