"""The learner's page: one self-contained HTML file per document, and an index of the documents.

The page is rendered from the annotated record (and the facts, when there are any) through Jinja2
templates with autoescaping on; the only data handed to the page's script is JSON from ``tojson``,
which escapes ``<``, ``>`` and ``&``. The token text is shown as written; the traditional form is an
extra copy made here with OpenCC (s2t), switched on in the page.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import jinja2
import opencc
from pypinyin.contrib.tone_convert import to_tone

from pipeline.annotate.pinyin import number_reading

TEMPLATES = Path(__file__).parent / "templates"

#: HSK levels offered by the highlight switch (7 is the 7–9 band).
HSK_LEVELS = (1, 2, 3, 4, 5, 6, 7)

#: Tone colour palettes (tones 1, 2, 3, 4, neutral), as the apps ship them by default.
PALETTES = {
    "pleco": ("Pleco", ("#e30000", "#02b31c", "#1510f0", "#8900bf", "#777777")),
    "mdbg": ("MDBG", ("#e30000", "#d98a00", "#00a000", "#0000ff", "#555555")),
    "hanping": ("Hanping", ("#1e88e5", "#2e9b3a", "#d98a00", "#e53935", "#777777")),
}

#: Characters of the source sentence shown on each side of a vocabulary word.
CONTEXT = 14

_FACT_LABELS = {"money": "Prices and amounts", "date": "Dates and durations", "quote": "Quotes"}


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name: all text is escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def templates_digest() -> str:
    """A checksum of the page templates: a changed template changes the run fingerprint, so the
    pages are written again."""
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES.glob("*.j2")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """The traditional form of ``text``, character for character (OpenCC s2t, by word so that
    头发 gives 頭髮); a conversion that changes the length falls back to one character at a time.

    >>> traditional("觉得")
    '覺得'
    """
    converted = _s2t().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(t := _s2t().convert(c)) != 1 else t for c in text)


def _tone(numbered: str | None) -> int:
    """Tone number of a numbered syllable (``le5`` -> 5)."""
    return int(numbered[-1]) if numbered and numbered[-1].isdigit() else 5


def _syllable(numbered: str) -> str:
    if not numbered[-1:].isdigit():
        return numbered
    marked = to_tone(numbered.lower().replace("u:", "ü"))
    return marked[:1].upper() + marked[1:] if numbered[:1].isupper() else marked


def marks(numbered: str) -> str:
    """Numbered CC-CEDICT pinyin to tone marks: ``shi2 chang2`` -> ``shí cháng``, ``An4`` -> ``Àn``."""
    return " ".join(_syllable(s) for s in numbered.split())


def _chars(token: dict, trad: str) -> list[dict]:
    """One item per character: the character, its traditional form, and for a Han character the
    citation and spoken readings (tone marks, zhuyin, tone number)."""
    cit, spk = token.get("pinyin"), token.get("pinyin_spoken")
    out = []
    for i, char in enumerate(token["text"]):
        item = {"c": char, "t": trad[i]}
        if cit and cit["marks"][i] is not None:
            item.update(cm=cit["marks"][i], cz=cit["zhuyin"][i], tc=_tone(cit["numbers"][i]))
            s = spk or cit
            if (s["marks"][i], s["zhuyin"][i]) != (cit["marks"][i], cit["zhuyin"][i]):
                item.update(sm=s["marks"][i], sz=s["zhuyin"][i], ts=_tone(s["numbers"][i]))
        out.append(item)
    return out


def _joined(layer: dict | None, form: str) -> str:
    return " ".join(x for x in (layer or {}).get(form, []) if x) if layer else ""


def _token_view(token: dict) -> dict:
    trad = traditional(token["text"])
    cit, spk = token.get("pinyin"), token.get("pinyin_spoken")
    view = {
        "text": token["text"], "trad": trad, "start": token["start"], "end": token["end"],
        "lex": token.get("lex"), "hsk": token.get("hsk"), "gloss": token.get("gloss"),
        "word": bool(token.get("lex") or cit),
        "chars": _chars(token, trad),
        "py": _joined(cit, "marks"), "zy": _joined(cit, "zhuyin"),
    }
    spy, szy = _joined(spk, "marks"), _joined(spk, "zhuyin")
    view["spy"] = spy if spk and spy != view["py"] else ""
    view["szy"] = szy if spk and szy != view["zy"] else ""
    if any(ch.isdigit() for ch in token["text"]):
        # Digits have no pinyin of their own: the popup reads a number with its unit out (399元).
        spoken_out = number_reading(token["text"])
        if spoken_out:
            view["word"] = True
            view["num_han"], view["num_py"] = spoken_out
    return view


def _paragraphs(text: str, tokens: list[dict], start: int, end: int) -> list[list[dict]]:
    """The span ``start:end`` as paragraphs (split at line breaks) of tokens and the plain text
    between them (which the segmenter did not turn into tokens: spaces, line breaks)."""
    paragraphs: list[list[dict]] = [[]]
    pos = start

    def gap(upto: int) -> None:
        pieces = text[pos:upto].split("\n")
        for n, piece in enumerate(pieces):
            if n:
                paragraphs.append([])
            if piece.strip():
                paragraphs[-1].append({"gap": piece})

    for token in tokens:
        if token["end"] <= start or token["start"] >= end:
            continue
        gap(token["start"])
        paragraphs[-1].append(_token_view(token))
        pos = token["end"]
    gap(end)
    return [p for p in paragraphs if p]


def _section(document: dict, name: str) -> dict | None:
    return next((s for s in document.get("sections") or [] if s["name"] == name), None)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _entry_view(entry: dict) -> dict:
    return {
        "pinyin": marks(entry.get("pinyin") or ""),
        "traditional": entry.get("traditional"),
        "senses": list(entry.get("senses") or []),
        "classifiers": [
            {"s": c.get("simplified"), "t": c.get("traditional"), "py": marks(c.get("pinyin") or "")}
            for c in entry.get("classifiers") or []
        ],
        "refs": [
            {"kind": r.get("kind"), "word": r.get("word"), "py": marks(r.get("pinyin") or ""), "senses": list(r.get("senses") or [])[:3]}
            for r in entry.get("refs") or []
        ],
        "proper": bool(entry.get("proper_noun")),
    }


def popup_lexicon(lexicon: dict) -> dict:
    """What the popup shows for each ``lex`` key: senses of the reading-matched entries first,
    other readings apart, classifiers, glossary, composed parts."""
    out = {}
    for key, record in lexicon.items():
        entries = record.get("entries") or []
        glossary = record.get("glossary")
        out[key] = {
            "word": record.get("word"),
            "trad": traditional(record.get("word") or ""),
            "pinyin": record.get("pinyin"),
            "gloss": record.get("gloss"),
            "source": record.get("source"),
            "proper": bool(record.get("proper_noun")),
            "glossary": {"gloss": glossary.get("gloss"), "note": glossary.get("note")} if glossary else None,
            "matched": [_entry_view(e) for e in entries if e.get("matches_reading")],
            "other": [_entry_view(e) for e in entries if not e.get("matches_reading")],
            "parts": [
                {"word": p.get("word"), "py": p.get("pinyin"), "gloss": p.get("gloss")} for p in record.get("parts") or []
            ],
        }
    return out


def _money_detail(fact: dict) -> str:
    currency = fact.get("currency") or ""
    approx = "≈ " if fact.get("approx") else ""
    if fact.get("low") is not None or fact.get("high") is not None:
        value = f"{_num(fact.get('low'))} – {_num(fact.get('high'))} {currency}"
    elif fact.get("value") is not None:
        value = f"{approx}{_num(fact['value'])} {currency}"
    else:
        value = f"{approx}{currency}".strip() or "no value"
    if fact.get("per"):
        value += f" per {fact['per']}"
    return value


def _num(value) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _fact_view(fact: dict) -> dict:
    kind = (fact.get("kind") or "").replace("_", " ")
    view = {"text": fact.get("text", ""), "kind": kind, "ev": [[fact["start"], fact["end"]]], "speaker_ev": [], "detail": ""}
    if fact.get("type") == "money":
        view["detail"] = _money_detail(fact)
    elif fact.get("type") == "date":
        view["detail"] = fact.get("value") or (f"partial {fact['partial']}" if fact.get("partial") else "no exact value")
    elif fact.get("type") == "quote":
        speaker = fact.get("speaker")
        if speaker:
            who = speaker.get("resolved") or speaker.get("text")
            role = f" ({speaker['role']})" if speaker.get("role") else ""
            view["speaker"] = f"{who}{role}"
            view["speaker_ev"] = [[speaker["start"], speaker["end"]]]
        else:
            view["speaker"] = None
        view["cue"] = fact.get("cue")
    return view


def _tier_view(tier: dict) -> dict:
    parts = [tier.get(k) for k in ("amount", "duration", "per_unit")]
    ev = [[p["start"], p["end"]] for p in parts if p]
    amount, duration, per_unit = (p.get("text") if p else "?" for p in parts)
    check = tier.get("check") or "unchecked"
    return {
        "amount": amount, "duration": duration, "per_unit": per_unit, "per": tier.get("per"),
        "units": _num(tier.get("units")), "computed": _num(tier.get("computed")), "stated": _num(tier.get("stated")),
        "check": check, "ok": check in ("exact", "rounded", "truncated", "ok", "matches"), "ev": ev,
    }


def facts_view(facts: dict | None) -> dict | None:
    """The facts panel: groups of facts (with their evidence ranges) and the price tiers."""
    if not facts:
        return None
    groups = []
    for kind, label in _FACT_LABELS.items():
        items = [_fact_view(f) for f in facts.get("facts") or [] if f.get("type") == kind]
        if items:
            groups.append({"type": kind, "label": label, "items": items})
    tiers = [_tier_view(t) for t in facts.get("price_tiers") or []]
    return {"groups": groups, "tiers": tiers, "reference_date": facts.get("reference_date")}


def _vocabulary_view(annotated: dict) -> dict | None:
    vocabulary = annotated.get("vocabulary")
    if not vocabulary:
        return None
    sentences = annotated.get("sentences") or []
    words = []
    for w in vocabulary.get("words") or []:
        text = w.get("sentence_text") or ""
        offset = sentences[w["sentence"]]["start"] if w.get("sentence") is not None and w["sentence"] < len(sentences) else None
        at = w["start"] - offset if offset is not None else -1
        if not (0 <= at and text[at:at + len(w["word"])] == w["word"]):
            at = text.find(w["word"])
        before, hit, after = (text[:at], w["word"], text[at + len(w["word"]):]) if at >= 0 else (text, "", "")
        before = before if len(before) <= CONTEXT else "…" + before[-CONTEXT:]
        after = after if len(after) <= CONTEXT else after[:CONTEXT] + "…"
        words.append({**w, "trad": traditional(w["word"]), "before": before, "hit": hit, "after": after})
    return {"level": vocabulary.get("level"), "standard": vocabulary.get("hsk_standard"), "words": words}


def document_view(annotated: dict, facts: dict | None = None) -> dict:
    """Everything the page template shows, as plain values (the template escapes them)."""
    document = annotated.get("document") or {}
    text = annotated["text"]
    tokens = annotated.get("tokens") or []
    headline_section, body_section = _section(document, "headline"), _section(document, "body")
    chinese = document.get("chinese") or {"start": 0, "end": len(text)}
    if headline_section:
        headline = _paragraphs(text, tokens, headline_section["start"], headline_section["end"])
        body_start = body_section["start"] if body_section else headline_section["end"]
        body_end = body_section["end"] if body_section else chinese["end"]
    else:
        headline, body_start, body_end = None, chinese["start"], chinese["end"]
    summary = _section(document, "summary")
    source = _section(document, "source")
    comments = _section(document, "comments")
    page_vocab = _section(document, "vocabulary")
    return {
        "id": document.get("id"),
        "title": document.get("title") or document.get("id") or "Untitled",
        "title_trad": traditional(document.get("title") or ""),
        "document": document,
        "url": document.get("url") if str(document.get("url") or "").startswith(("https://", "http://")) else None,
        "headline": headline,
        "body": _paragraphs(text, tokens, body_start, body_end),
        "body_note": body_section.get("note") if body_section else None,
        "truncated": bool(document.get("truncated")),
        "summary": {"label": summary.get("label") or "要約", "language": summary.get("language") or "ja",
                    "lines": _lines(text[summary["start"]:summary["end"]])} if summary else None,
        "source_line": text[source["start"]:source["end"]].strip() if source else None,
        "source_label": source.get("label") if source else None,
        "comments": {"label": comments.get("label"), "text": text[comments["start"]:comments["end"]].strip(),
                     "note": comments.get("note")} if comments else None,
        "page_vocabulary_label": page_vocab.get("label") if page_vocab else None,
        "vocabulary": _vocabulary_view(annotated),
        "facts": facts_view(facts),
        "lexicon": popup_lexicon(annotated.get("lexicon") or {}),
        "palettes": PALETTES,
        "hsk_levels": HSK_LEVELS,
    }


def render_document(annotated: dict, facts: dict | None = None) -> str:
    """The learner's page of one annotated document: one HTML file, nothing fetched.

    >>> html = render_document(api.annotate_text("我觉得很好。"))  # doctest: +SKIP
    >>> "<rt" in html                                                # doctest: +SKIP
    True
    """
    return _environment().get_template("reader.html.j2").render(page=document_view(annotated, facts))


def render_index(entries) -> str:
    """The index of a run's documents: title, source and links to each document's files.

    ``entries``: ``{"id", "title", "source", "outlet", "site", "outputs": {kind: path}}``, paths
    relative to the index, e.g. ``{"id": "000_a4", "title": "“有点累了”的Kimi…", ...}``.
    """
    return _environment().get_template("index.html.j2").render(entries=entries)


def write_index(handle, entries) -> None:
    """``render_index`` written to ``handle`` as it is rendered, so the page of a million
    documents is never whole in memory; ``entries`` may be any sized iterable (a ``RecordSpool``)."""
    _environment().get_template("index.html.j2").stream(entries=entries).dump(handle)
