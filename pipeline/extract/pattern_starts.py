"""Where a set of regular expressions can match, read from the expressions themselves.

A scanner that tries many patterns at every position spends most of its time where none of them can
match. ``Starts`` reads the patterns with re's own parser and lists the positions of a text where
one of them could begin a match, judged by its first three characters: the scanner tries only those.
Because the test is derived from the patterns rather than written beside them, it cannot miss a start
they allow. Lookarounds and anchors are left out, which only widens it.
"""
from __future__ import annotations

import re
import re._constants as _sre  # re's parser: the only exact reading of a pattern
import re._parser as _sre_parse
from collections.abc import Iterable, Iterator

_LENGTH = 3  # characters of each start that are checked
_ANY = r"\s\S"  # class body for any character
_CLASS_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}

Prefix = tuple[str, ...]  # one character class body per character


class Starts:
    """The positions where one of ``patterns`` (compiled, or literal strings) can begin a match.

    >>> starts = Starts([re.compile(r"(?:上|本)?周[一二]"), "今明两年"])
    >>> list(starts.positions("本周一和今明两年的周末"))
    [0, 1, 4]
    >>> starts.prefix.pattern
    '[上本][周][一二]|[今][明][两]|[周][一二]'
    """

    def __init__(self, patterns: Iterable[re.Pattern | str]):
        prefixes: set[Prefix] = set()
        for pattern in patterns:
            if isinstance(pattern, str):
                pattern = re.compile(re.escape(pattern))
            if pattern.flags & re.IGNORECASE:
                raise ValueError(f"cannot read where {pattern.pattern!r} starts: IGNORECASE is not supported")
            own = _prefixes(_sre_parse.parse(pattern.pattern, pattern.flags))
            if any(not p or p[0] == _ANY for p in own):
                raise ValueError(f"{pattern.pattern!r} can start with any character: it would not narrow a scan")
            prefixes |= own
        #: The first characters of a start, as a regular expression.
        self.prefix = re.compile(_alternatives(prefixes))
        # A class of first characters is found by re far faster than the alternation is tried
        # everywhere: it leads, and the alternation is tried only where it matched.
        first = _class({p[0] for p in prefixes})
        self._at = re.compile(f"(?={first})(?=(?:{self.prefix.pattern}))")

    def positions(self, text: str) -> list[int]:
        return [m.start() for m in self._at.finditer(text)]


class Finder:
    """``pattern.finditer``, trying the pattern only where it can start: a large pattern that begins
    with optional parts (the 人民币 of 人民币1888万元) is otherwise tried at every character.

    >>> [m.group() for m in Finder(re.compile(r"(?:约)?\\d+元")).finditer("约5元, 10元")]
    ['约5元', '10元']
    """

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        # Starts refuses a pattern that can match the empty string, the one case where finditer
        # would resume at other places than the end of the last match.
        self._starts = Starts([pattern])

    def finditer(self, text: str) -> Iterator[re.Match]:
        match = self.pattern.match
        resume = 0
        for i in self._starts.positions(text):
            if i >= resume:
                m = match(text, i)
                if m:
                    resume = m.end()
                    yield m


def _class(bodies) -> str:
    return "[" + "".join(sorted(set(bodies))) + "]"


def _alternatives(prefixes: set[Prefix]) -> str:
    """A regular expression matching the starts in ``prefixes``: characters with the same
    continuations share a class ([一二三][年月日]|[今明][年天]), and where a match can end nothing
    more is asked of what follows (the 从 ending a text)."""
    if () in prefixes:
        return ""
    following: dict[str, set[Prefix]] = {}
    for p in prefixes:
        following.setdefault(p[0], set()).add(p[1:])
    by_rest: dict[str, list[str]] = {}
    for first, rests in following.items():
        by_rest.setdefault(_alternatives(rests), []).append(first)
    return "|".join(sorted(_class(firsts) + (f"(?:{rest})" if "|" in rest else rest) for rest, firsts in by_rest.items()))


def _then(heads: set[Prefix], tails: set[Prefix]) -> set[Prefix]:
    """The starts of a match of one thing followed by another."""
    starts = {h for h in heads if len(h) >= _LENGTH}
    cut: dict[int, set[Prefix]] = {}  # the tails cut to the length a head still lacks
    for h in heads - starts:
        need = _LENGTH - len(h)
        if need not in cut:
            cut[need] = {t[:need] for t in tails}
        starts.update(h + t for t in cut[need])
    return starts


def _prefixes(sequence) -> set[Prefix]:
    """Every start (its first ``_LENGTH`` characters, or fewer when the match may end there) of a
    match of the parsed ``sequence``."""
    starts: set[Prefix] = {()}
    for op, av in sequence:
        if all(len(s) >= _LENGTH for s in starts):
            break
        starts = _then(starts, _item_prefixes(op, av))
    return starts


def _item_prefixes(op, av) -> set[Prefix]:
    if op is _sre.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is _sre.IN:
        body = []
        for item_op, item in av:
            if item_op is _sre.LITERAL:
                body.append(re.escape(chr(item)))
            elif item_op is _sre.RANGE:
                body.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            elif item_op is _sre.CATEGORY and item in _CLASS_CATEGORIES:
                body.append(_CLASS_CATEGORIES[item])
            else:  # a negated class, or a rarer category: any character
                return {(_ANY,)}
        return {("".join(body),)}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}  # zero-width: what follows starts the match
    if op is _sre.BRANCH:
        return set().union(*(_prefixes(branch) for branch in av[1]))
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise ValueError("cannot read where a pattern with (?i) starts")
        return _prefixes(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _prefixes(av)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _prefixes(body)
        starts: set[Prefix] = set()
        run: set[Prefix] = {()}  # the starts of ``count`` repetitions
        count = 0
        while True:
            if count >= low:
                starts |= run
            longer = _then(run, once)
            if count == high or (count >= low and longer == run):
                return starts  # more repetitions start no other way
            run, count = longer, count + 1
    return {(_ANY,)}  # ANY, NOT_LITERAL, group references: any character
