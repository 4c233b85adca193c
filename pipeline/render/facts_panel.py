"""The facts panel of the learner's page: facts and price tiers as the lines the panel shows,
each with the offsets of its evidence (which the page marks in the text when it is clicked)."""
from __future__ import annotations

_FACT_LABELS = {"money": "Prices and amounts", "date": "Dates and durations", "quote": "Quotes"}

#: Checks of a price tier that mean the stated figure agrees with the arithmetic.
_CHECKS_OK = ("exact", "rounded", "truncated", "ok", "matches")

#: Characters of a fact's text shown in the panel (longer quotes end in …).
FACT_TEXT = 60


def _num(value) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


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


def _short(text: str) -> str:
    return text if len(text) <= FACT_TEXT else text[:FACT_TEXT - 1] + "…"


def _fact_view(fact: dict) -> dict:
    kind = (fact.get("kind") or "").replace("_", " ")
    view = {"text": _short(fact.get("text", "")), "kind": kind, "ev": [[fact["start"], fact["end"]]], "speaker_ev": [],
            "detail": ""}
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
        "check": check, "ok": check in _CHECKS_OK, "ev": ev,
    }


def facts_view(facts: dict | None) -> dict | None:
    """The facts panel: groups of facts (with their evidence ranges) and the price tiers; None
    when no facts were extracted.

    >>> facts_view({"facts": [{"type": "money", "kind": "amount", "text": "9.99元", "start": 5, "end": 10,
    ...                        "value": 9.99, "currency": "CNY"}]})["groups"][0]["items"][0]["detail"]
    '9.99 CNY'
    """
    if not facts:
        return None
    groups = []
    for kind, label in _FACT_LABELS.items():
        items = [_fact_view(f) for f in facts.get("facts") or [] if f.get("type") == kind]
        if items:
            groups.append({"type": kind, "label": label, "items": items})
    tiers = [_tier_view(t) for t in facts.get("price_tiers") or []]
    return {"groups": groups, "tiers": tiers, "reference_date": facts.get("reference_date")}
