"""The document model: what a reader makes of an input, before any annotation.

Offsets are Python ``str`` indices into ``Document.text``, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema


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


# The JSON Schemas say what the files hold: a JSON number (the models themselves still read a
# decimal string, as the extractors give them).
Number = Annotated[Decimal, PlainSerializer(_number, return_type=float | int), WithJsonSchema({"type": "number"})]

#: A calendar day, YYYY-MM-DD (published, reference_date).
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

# Date values as FACTS.md fixes them: a point at the text's granularity (2021, 2021-08, 2021-09-10,
# 2021-12-06T08, with minutes 2021-12-06T08:30; 2022-Q1, 2022-H1, seasons 2022-SP/SU/FA/WI, ISO
# weeks 2024-W21, decades 198X), a duration (P365D, P2M, P1.5Y, PT1H, PT7H45M) or a period of two
# points or an open end (2020-04/2020-08, 2022-01-01/..).
_POINT = r"(?:\d{4}(?:-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI)|-W\d{2}|-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2})?)?)?)?|\d{3}X)"
_AMOUNT = r"\d+(?:\.\d+)?"
_DURATION = rf"(?:P(?:{_AMOUNT}[YMWD])+(?:T(?:{_AMOUNT}[HMS])+)?|PT(?:{_AMOUNT}[HMS])+)"
DATE_VALUE_PATTERN = rf"^(?:{_POINT}|{_DURATION}|{_POINT}/(?:{_POINT}|\.\.))$"  # and by kind: _DATE_KINDS
# The known part of a year-less date, TIMEX3 style: XXXX-03, XXXX-03-05T08, XXXX-XX-05, XXXX-03-01/XXXX-03-05, XXXX-03/..
_PARTIAL = r"XXXX(?:-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI)|-(?:\d{2}|XX)(?:-\d{2}(?:T\d{2}(?::\d{2})?)?)?)?"
DATE_PARTIAL_PATTERN = rf"^{_PARTIAL}(?:/(?:{_PARTIAL}|\.\.))?$"
# Patterns in the published schema only: the models do not check them, so a value the extractor
# writes wrongly shows up in the schema tests instead of failing the document.
DateValue = Annotated[str, WithJsonSchema({"type": "string", "pattern": DATE_VALUE_PATTERN})]
DatePartial = Annotated[str, WithJsonSchema({"type": "string", "pattern": DATE_PARTIAL_PATTERN})]
Currency = Annotated[str, WithJsonSchema({"type": "string", "pattern": r"^[A-Z]{3}$"})]


def _required(*names: str, **extra_schema):
    """The fields every record of the model holds in facts.json (the others are left out when null
    or default), and more of the JSON Schema, for the JSON Schema."""
    def extra(schema: dict) -> None:
        schema["required"] = sorted(set(schema.get("required", ())) | set(names))
        schema.update(extra_schema)
    return extra


def _value_of_kind(kind: str, *shapes: str) -> dict:
    """A date of ``kind`` has a value of these shapes (or null)."""
    return {"if": {"properties": {"kind": {"const": kind}}},
            "then": {"properties": {"value": {"anyOf": [{"type": "null"}, *({"type": "string", "pattern": f"^{s}$"} for s in shapes)]}}}}


_PERIOD = rf"{_POINT}/(?:{_POINT}|\.\.)"
#: What each kind of date holds (FACTS.md): a date is a point, a duration an amount of time, a
#: period an interval; a relative date is a point or an interval (今明两年 2024/2025).
_DATE_KINDS = [_value_of_kind("date", _POINT), _value_of_kind("relative_date", _POINT, _PERIOD),
               _value_of_kind("duration", _DURATION), _value_of_kind("period", _PERIOD)]


class _Fact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="the evidence: exactly document text[start:end]")
    start: int = Field(ge=0, description="start offset of the evidence in the document text")
    end: int = Field(ge=0, description="end offset (exclusive) of the evidence")
    sentence: int | None = Field(default=None, json_schema_extra={"minimum": 0},
                                 description="index into annotated.json sentences (left out when the fact is in none)")


class MoneyFact(_Fact):
    """A sum of money: 5.20元至399元 (range), 1.093元一天 (per_unit), 41.77亿元 (amount)."""

    model_config = ConfigDict(json_schema_extra=_required("type", "kind", "value", "currency", "approx"))

    type: Literal["money"] = Field(default="money", description="money")
    kind: Literal["amount", "range", "per_unit"] = Field(description="amount; range (two bounds: 5.20元至399元); per_unit (a rate: 1.093元一天)")
    value: Number | None = Field(description="a JSON number in the currency's main unit, 万/亿 expanded, exact as written (41.77亿元 -> 4177000000); null for ranges and vague numerals")
    currency: Currency = Field(description="ISO 4217 code: CNY (元, 块, 毛, 人民币), USD, HKD, EUR, JPY, GBP, THB ...")
    approx: bool = Field(default=False, description="hedged (约, 近, 超过, 多, 余, 几 ...); false for exact figures")
    low: Number | None = Field(default=None, description="lower bound of a range (a JSON number); left out otherwise")
    high: Number | None = Field(default=None, description="upper bound of a range (a JSON number); left out otherwise")
    per: str | None = Field(default=None, description="unit of a rate as written: 天, 月, 斤, 百万tokens; left out otherwise")


class DateFact(_Fact):
    """A time expression: 2021年9月2日 (date), 今年3月末 (relative_date), 365天 (duration), 今年以来 (period)."""

    model_config = ConfigDict(json_schema_extra=_required("type", "kind", "value", allOf=_DATE_KINDS))

    type: Literal["date"] = Field(default="date", description="date")
    kind: Literal["date", "relative_date", "duration", "period"] = Field(
        description="date (a calendar point), relative_date (fixed by the reference date or another time of the text), duration, period (an interval)")
    value: DateValue | None = Field(
        description="ISO 8601 at the text's granularity when text and reference date fix it, else null: 2021, 2021-08, 2021-09-10, "
                    "2021-12-06T08, 2022-Q1, 2022-H1, 2022-SP, 2024-W21, 198X; durations P365D, P1.5Y, PT1H; periods 2020-04/2020-08, 2022-01-01/..")
    partial: DatePartial | None = Field(default=None, description="the known part where the year is unknown, TIMEX3 style (XXXX-03); left out otherwise")


class Speaker(BaseModel):
    """The mention that names a quote's speaker, as short as still identifying (朱啸虎, 月之暗面方面, 他)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="the mention as written")
    start: int = Field(ge=0, description="start offset of the mention in the document text")
    end: int = Field(ge=0, description="end offset (exclusive) of the mention")
    resolved: "Speaker | None" = Field(default=None, description="named antecedent of a pronoun or description; left out when none")
    role: str | None = Field(default=None, description="role or title kept apart from the name (金沙江创投主管合伙人); left out when none")
    pseudonym: bool = Field(default=False, description="true for a name marked 化名; left out when false")


class QuoteFact(_Fact):
    """Attributed speech (direct, reported) or other quoted text (terms, UI text, scare quotes)."""

    model_config = ConfigDict(json_schema_extra=_required("type", "kind", "speaker", "cue"))

    type: Literal["quote"] = Field(default="quote", description="quote")
    kind: Literal["direct", "reported", "other_quoted"] = Field(
        description="direct (in quotation marks, attributed), reported (after a reporting cue, no marks), other_quoted (marks around anything else)")
    speaker: Speaker | None = Field(default=None, description="who said it; null for other_quoted and unattributed quotes")
    cue: str | None = Field(default=None, description="the reporting verb as written (表示, 分析 ...), or null")


Fact = Annotated[Union[MoneyFact, DateFact, QuoteFact], Field(discriminator="type")]


class FactRef(BaseModel):
    """A pointer to a fact of the same file by its evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["money", "date", "quote"] = Field(description="the fact's type")
    text: str = Field(description="the fact's text")
    start: int = Field(ge=0, description="the fact's start")
    end: int = Field(ge=0, description="the fact's end")


class PriceTier(BaseModel):
    """One offer of a price list: its amount, what it buys (a duration) and the per-unit price the
    text states for it, with the arithmetic checked (399元365天 ... 约合1.093元一天: 399/365 = 1.0932 ✓).

    An addition beyond the labels (FACTS.md, "Beyond the labels"): it never changes a fact."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: FactRef = Field(description="the money fact of the offer's price (399元)")
    duration: FactRef = Field(description="the date fact of what it buys (365天)")
    per_unit: FactRef | None = Field(default=None, description="the stated per-unit price, when the text gives one")
    per: str = Field(description="the unit the duration is counted in (天, 月, 年 ...)")
    units: Number = Field(description="the duration in that unit (365)")
    computed: Number = Field(description="amount / units, to 4 decimal places")
    stated: Number | None = Field(default=None, description="the per-unit figure the text states (1.093), or null")
    check: Literal["ok", "rounded", "truncated", "mismatch"] | None = Field(
        default=None, description="ok: stated equals computed as written; rounded/truncated: the stated figure is the computed one rounded or cut to its decimals; mismatch otherwise")
