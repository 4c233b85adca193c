"""Price tiers: an amount, the time it buys and its stated per-unit price, linked and checked.

``399元365天的最高档位约合1.093元一天`` -> amount 399元, duration 365天, per_unit 1.093元一天 (per 天);
399 / 365 = 1.0932, which the text states rounded to 1.093: ``check`` is ``rounded``. Links never change
the facts they point at.
"""
from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from pipeline.models import DateFact, FactRef, MoneyFact, PriceTier

# ISO duration unit -> the per-unit words it is counted in.
_UNIT_WORDS = {"D": ("天", "日"), "W": ("周", "星期"), "M": ("月",), "Y": ("年",)}
_ISO = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
# How far (characters) a duration may stand from its amount, and a per-unit price from the duration.
_NEAR_DURATION = 2
_NEAR_PER_UNIT = 30


def _ref(fact) -> FactRef:
    return FactRef(type=fact.type, text=fact.text, start=fact.start, end=fact.end)


def link_price_tiers(facts: list, text: str) -> list[PriceTier]:
    """Link each ``amount`` money fact directly followed by a duration (399元365天, 99元/93天) to the
    next per-unit price in the clause whose unit is the duration's (约合1.093元一天).

    ``facts`` are sorted by start and index ``text`` (the document text).
    """
    tiers = []
    for n, amount in enumerate(facts):
        if not (isinstance(amount, MoneyFact) and amount.kind == "amount" and amount.value is not None):
            continue
        duration = next((f for f in facts[n + 1 : n + 3] if isinstance(f, DateFact) and f.kind == "duration"), None)
        if duration is None or duration.value is None or duration.start - amount.end > _NEAR_DURATION:
            continue
        if re.search(r"[，。；！？,;!?\n]", text[amount.end : duration.start]):
            continue
        m = _ISO.match(duration.value)
        if not m:
            continue
        units, code = Decimal(m.group(1)), m.group(2)
        if units == 0:
            continue
        words = _UNIT_WORDS[code]
        per_unit = None
        for f in facts[facts.index(duration) + 1 :]:
            if f.start - duration.end > _NEAR_PER_UNIT or re.search(r"[。；！？;!?\n]", text[duration.end : f.start]):
                break
            if isinstance(f, MoneyFact) and f.kind == "amount" and f.value is not None:
                break  # the next tier begins
            if isinstance(f, MoneyFact) and f.kind == "per_unit" and f.per in words and f.currency == amount.currency:
                per_unit = f
                break
        computed = Decimal(amount.value) / units
        stated = Decimal(per_unit.value) if per_unit is not None and per_unit.value is not None else None
        tiers.append(
            PriceTier(
                amount=_ref(amount), duration=_ref(duration), per_unit=_ref(per_unit) if per_unit else None,
                per=words[0], units=units, computed=computed.quantize(Decimal("0.0001"), ROUND_HALF_UP),
                stated=stated, check=_check(computed, stated),
            )
        )
    return tiers


def _check(computed: Decimal, stated: Decimal | None) -> str | None:
    """How the stated figure relates to the computed one at the stated number of decimals."""
    if stated is None:
        return None
    places = Decimal(1).scaleb(stated.as_tuple().exponent) if stated.as_tuple().exponent < 0 else Decimal(1)
    if computed == stated:
        return "ok"
    if computed.quantize(places, ROUND_HALF_UP) == stated:
        return "rounded"
    if computed.quantize(places, ROUND_DOWN) == stated:
        return "truncated"
    return "mismatch"
