"""Invariants of money ranges (Hypothesis): no range runs downwards, and the scale word of the second
bound reaches the first only where the first has none of its own (``money.shared_scale``)."""
from decimal import Decimal

import cn2an
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotate.segment import shared_nlp
from pipeline.extract.money import extract_money
from pipeline.extract.numbers import SCALES, parse_numeral

SEPARATORS = ["到", "至", "-", "－", "—", "——", "~", "～", "–", "〜"]
SECTION = ("万", "亿")


@st.composite
def bound(draw, scales):
    """A numeral as news writes it: 300, 1.5, 三百, 两千, with or without a scale word."""
    n = draw(st.integers(1, 9999))
    if draw(st.booleans()):
        text = str(n) if draw(st.booleans()) else f"{n / 10:g}"
        return text + draw(st.sampled_from(scales))
    # A Chinese numeral takes only 万 and 亿 after it (三千万, never 三千千).
    return cn2an.an2cn(n) + draw(st.sampled_from(scales)).lstrip("十百千")


RANGE = st.tuples(
    bound(["", "", "千", "万", "亿"]),
    st.sampled_from(SEPARATORS),
    bound(["", "千", "万", "亿", "十万", "百万", "千万", "千亿", "万亿"]),
    st.sampled_from(["元", "美元", "港元", "块"]),
)


def _facts(text):
    return extract_money(shared_nlp()(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RANGE)
def test_ranges_run_upwards_and_share_the_scale_only_where_it_fits(parts):
    low, sep, high, cur = parts
    text = f"价格为{low}{sep}{high}{cur}。"
    facts = _facts(text)
    for fact in facts:
        if fact.low is not None and fact.high is not None:
            assert fact.low <= fact.high, (text, fact)
    written_low = parse_numeral(low).value
    for fact in facts:
        if fact.kind != "range" or fact.low is None or not fact.text.startswith(low):
            continue
        if any(word in low for word in SECTION):
            assert fact.low == written_low, (text, fact)  # the first bound has its own 万/亿
        elif fact.low != written_low:
            # The shared factor is a product of the second bound's closing scale words, and the
            # low bound with it is below the high bound.
            factor = fact.low / written_low
            closing = high.rstrip("多余")
            products = {Decimal(1)}
            product = Decimal(1)
            for ch in reversed(closing):
                if ch not in SCALES:
                    break
                product *= SCALES[ch]
                products.add(product)
            assert factor in products, (text, fact)
            assert fact.low < fact.high, (text, fact)


MONEYISH = st.lists(
    st.sampled_from(list("0123456789一二两三五七八九十百千万亿壹贰叁伍拾佰仟萬億个多几元块美港到至-－—～~，,. 从由和")),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MONEYISH)
def test_no_range_runs_downwards_in_any_text(text):
    for fact in _facts(text):
        if fact.low is not None and fact.high is not None:
            assert fact.low <= fact.high, (text, fact)
        assert text[fact.start : fact.end] == fact.text
