"""The learner's page: one self-contained HTML file per document, and an index of the documents.

The page is the template's frame (settings, source line, summary, headings; Jinja2 with
autoescaping on), the page's data as deflated, base64-encoded JSON (``page_data``: the record's
text and token columns, the lexicon entries of its words, a table of its syllables, the
vocabulary and the facts) and a script that builds the article, the popups and the lists from
that data in the browser; the script travels deflated too, and a small loader in the page
unpacks both and adds the script. Script, loader and styles are the same on every page: they are
rendered, compacted and packed once per process, and the Content-Security-Policy allows those
two scripts alone, by their hashes.
"""
from __future__ import annotations

import base64
import hashlib
import re
import zlib
from functools import lru_cache
from pathlib import Path

import jinja2
import orjson
from markupsafe import Markup

from pipeline.render.page_data import page_data
from pipeline.render.page_view import page_view

TEMPLATES = Path(__file__).parent / "templates"

#: HSK levels offered by the highlight switch (7 is the 7–9 band).
HSK_LEVELS = (1, 2, 3, 4, 5, 6, 7)

#: Tone colour palettes (tones 1, 2, 3, 4, neutral), as the apps ship them by default.
PALETTES = {
    "pleco": ("Pleco", ("#e30000", "#02b31c", "#1510f0", "#8900bf", "#777777")),
    "mdbg": ("MDBG", ("#e30000", "#d98a00", "#00a000", "#0000ff", "#555555")),
    "hanping": ("Hanping", ("#1e88e5", "#2e9b3a", "#d98a00", "#e53935", "#777777")),
}


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


_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_STRING = re.compile(r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""")
_CSS_SPACE = re.compile(r"\s*([{};:,>])\s*")
_JS_SPACE = re.compile(r"[ \t]*([=+\-*/<>!?:;,{}()\[\]&|%])[ \t]*")


def _compact(source: str, css: bool) -> str:
    """The styles or the script without comments, indentation and the spaces around punctuation
    (every page carries them). Quoted strings are kept as they are; the script keeps its line
    breaks, so its statements end where they did.

    >>> _compact('a , b {  content: ": " ;  }', css=True), _compact('if (a) {  f(" = ", 1); }', css=False)
    ('a,b{content:": "}', 'if(a){f(" = ",1);}')
    """
    pieces = _STRING.split(_COMMENT.sub("", source))
    spaces = _CSS_SPACE if css else _JS_SPACE
    for n in range(0, len(pieces), 2):  # the odd pieces are the quoted strings
        lines = (line.strip() for line in pieces[n].split("\n"))
        code = "\n".join(line for line in lines if line) if not css else " ".join(pieces[n].split())
        pieces[n] = spaces.sub(r"\1", code)
    text = "".join(pieces).strip()
    return text.replace(";}", "}") if css else text


def _digest(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=1)
def _assets() -> dict:
    """What every page carries: the frame's styles, the loader (a script in the page), the page's
    script and the styles of what it builds, packed (``encode``; the loader unpacks and adds
    them), and the hashes of both scripts for the Content-Security-Policy."""
    env = _environment()
    style, content_style = (_compact(env.get_template(name).render(palettes=PALETTES, hsk_levels=HSK_LEVELS), css=True)
                            for name in ("reader.css.j2", "content.css.j2"))
    loader = _compact(env.get_template("loader.js.j2").render(), css=False)
    script = _compact(env.get_template("reader.js.j2").render(), css=False)
    if "</" in loader or "</" in style:
        raise ValueError("the page's loader and styles must not contain '</': it would end their element")
    return {"style": Markup(style), "loader": Markup(loader), "code": encode(script.encode("utf-8")),
            "content_style": encode(content_style.encode("utf-8")), "script_hashes": (_digest(loader), _digest(script))}


#: How the page's script and data are written in their elements (their ``data-encoding``): raw
#: deflate (zlib level 9, no header), base64. The page's loader reverses it with the browser's
#: own ``DecompressionStream("deflate-raw")``.
DATA_ENCODING = "deflate-raw;base64"


def encode(raw: bytes) -> Markup:
    """``raw`` as the page embeds it (``DATA_ENCODING``): deflated and base64-encoded. Base64 has
    no ``<``, so no text can end the element.

    >>> str(encode('{"text":"好"}'.encode("utf-8")))
    'q1YqSa0oUbJSerp0r1ItAA=='
    """
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)  # wbits -15: raw deflate, as "deflate-raw" reads it
    return Markup(base64.b64encode(deflate.compress(raw) + deflate.flush()).decode("ascii"))


def decode(block: str) -> bytes:
    """``encode`` reversed, as the page's loader reverses it."""
    return zlib.decompress(base64.b64decode(block.strip(), validate=True), -15)


def encode_data(value) -> Markup:
    """``value`` (the page's data) as JSON, packed (``encode``): about half the bytes of the JSON."""
    return encode(orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS))


def decode_data(block: str):
    """The page's data from the text of its element (for tests and for readers of a page).

    >>> decode_data("q1YqSa0oUbJSerp0r1ItAA==")
    {'text': '好'}
    """
    return orjson.loads(decode(block))


def render_document(annotated: dict, facts: dict | None = None, lexicon: dict | None = None) -> str:
    """The learner's page of one annotated document: one HTML file, nothing fetched.
    ``lexicon``: the entries of the record's ``lex`` keys (default: the record's own
    ``lexicon``, which a record read on its own carries).

    >>> html = render_document(api.annotate_text("我觉得很好。"))  # doctest: +SKIP
    >>> 'id="page-data"' in html                                     # doctest: +SKIP
    True
    """
    if lexicon is None:
        lexicon = annotated.get("lexicon") or {}
    return _environment().get_template("reader.html.j2").render(
        page=page_view(annotated, facts),
        data=encode_data(page_data(annotated, lexicon, facts)), encoding=DATA_ENCODING,
        palettes=PALETTES, hsk_levels=HSK_LEVELS, **_assets(),
    )


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
