"""The document model: what a reader makes of an input, before any annotation.

Offsets are Python ``str`` indices into ``Document.text``, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


@dataclass(frozen=True)
class VocabularyEntry:
    """One entry of a page's own vocabulary list: 有点累 + "somewhat hard Tired kind of tired".

    ``start``/``end`` cover the whole entry as written (headword and its gloss lines)."""

    headword: str
    gloss: str
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    """A part of the document text: ``summary`` (要約), ``source`` (原文), ``headline``, ``body``,
    ``vocabulary`` (単語), ``comments`` (コメント) ...

    ``label`` is the heading as written on the page; ``language`` an ISO 639-1 code."""

    name: str
    start: int
    end: int
    language: str
    label: str | None = None
    entries: tuple[VocabularyEntry, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Document:
    """An input article: the whole decoded text, its metadata and its sections.

    ``chinese`` is the span of ``text`` the Chinese segmenter reads (headline and body); nothing
    outside it (a Japanese summary, a vocabulary list) is ever segmented as Chinese."""

    id: str
    text: str
    source: str
    sha256: str
    format: str
    chinese: tuple[int, int]
    title: str | None = None
    outlet: str | None = None
    site: str | None = None
    published: str | None = None
    language: str = "zh"
    url: str | None = None
    encoding: str | None = None
    truncated: bool = False
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def section(self, name: str) -> Section | None:
        """The first section called ``name``, or None."""
        return next((s for s in self.sections if s.name == name), None)


# ---------------------------------------------------------------------------------------------
# Facts (../shared/FACTS.md is the specification). Offsets index the annotated document's text.
# ---------------------------------------------------------------------------------------------


def _number(value: Decimal | None):
    """Exact decimals as JSON numbers: integral values as ints, others as the shortest float that
    reads back as the same decimal (1.093 stays 1.093; nothing is rounded to cents)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[Decimal, PlainSerializer(_number, return_type=float | int)]


class _Fact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="the evidence: exactly document text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int | None = Field(default=None, description="index into annotated.json sentences")


class MoneyFact(_Fact):
    """A sum of money: 5.20元至399元 (range), 1.093元一天 (per_unit), 41.77亿元 (amount)."""

    type: Literal["money"] = "money"
    kind: Literal["amount", "range", "per_unit"]
    value: Number | None = Field(description="main currency unit, 万/亿 expanded, exact; null for ranges and vague numerals")
    currency: str = Field(description="ISO 4217 code, e.g. CNY, USD")
    approx: bool = False
    low: Number | None = None
    high: Number | None = None
    per: str | None = Field(default=None, description="unit of a rate as written: 天, 月, 斤, 百万tokens")


class DateFact(_Fact):
    """A time expression: 2021年9月2日 (date), 今年3月末 (relative_date), 365天 (duration), 今年以来 (period)."""

    type: Literal["date"] = "date"
    kind: Literal["date", "relative_date", "duration", "period"]
    value: str | None = Field(description="ISO 8601 when text and reference date fix it, else null")
    partial: str | None = Field(default=None, description="known part where the year is unknown (TIMEX3, XXXX-03)")


class Speaker(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    resolved: "Speaker | None" = Field(default=None, description="named antecedent of a pronoun or description")
    role: str | None = Field(default=None, description="role or title kept apart from the name (金沙江创投主管合伙人)")
    pseudonym: bool = False


class QuoteFact(_Fact):
    """Attributed speech (direct, reported) or other quoted text (terms, UI text, scare quotes)."""

    type: Literal["quote"] = "quote"
    kind: Literal["direct", "reported", "other_quoted"]
    speaker: Speaker | None = None
    cue: str | None = Field(default=None, description="the reporting verb as written (表示, 分析 ...)")


Fact = Annotated[Union[MoneyFact, DateFact, QuoteFact], Field(discriminator="type")]


class FactRef(BaseModel):
    """A pointer to a fact of the same file by its evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["money", "date", "quote"]
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PriceTier(BaseModel):
    """One offer of a price list: its amount, what it buys (a duration) and the per-unit price the
    text states for it, with the arithmetic checked (399元365天 ... 约合1.093元一天: 399/365 = 1.0932 ✓).

    An addition beyond the labels (FACTS.md, "Beyond the labels"): it never changes a fact."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: FactRef
    duration: FactRef
    per_unit: FactRef | None = Field(default=None, description="the stated per-unit price, when the text gives one")
    per: str = Field(description="the unit the duration is counted in (天, 月, 年 ...)")
    units: Number = Field(description="the duration in that unit (365)")
    computed: Number = Field(description="amount / units, to 4 decimal places")
    stated: Number | None = None
    check: Literal["ok", "rounded", "truncated", "mismatch"] | None = Field(
        default=None, description="ok: stated equals computed as written; rounded/truncated: the stated figure is the computed one rounded or cut to its decimals; mismatch otherwise")
