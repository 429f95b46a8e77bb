"""Table-driven tests of ``civex.numerals.parse_number`` (price-parser style).

Each list is a table of ``Example(text, value)`` rows, grouped by where the rows came
from; ``value`` None means "not a number". ``BUGS_CAUGHT`` holds the forms an earlier
parser got wrong, so they stay fixed.
"""
from __future__ import annotations

from typing import NamedTuple

import pytest

from hypothesis import given
from hypothesis import strategies as st

from civex.numerals import _parse_general, clean_float, parse_number
from civex.quantities import parse_quantity


class Example(NamedTuple):
    text: str
    value: float | None


# Forms printed on the seed pages and in local newspapers generally (hand-written).
NEWSPAPER = [
    # Arabic, with thousands separators and decimals
    Example("300", 300),
    Example("1,200", 1200),
    Example("1,050,000,000", 1_050_000_000),
    Example("1,234.5", 1234.5),
    Example("70.5", 70.5),
    Example(".5", 0.5),
    Example("0.4", 0.4),
    # full-width digits and separators (OCR and typeset pages)
    Example("１２３", 123),
    Example("１，２００", 1200),
    Example("３．５", 3.5),
    # Chinese numerals
    Example("两", 2),
    Example("十", 10),
    Example("十五", 15),
    Example("二十", 20),
    Example("三百", 300),
    Example("一千零五", 1005),
    Example("四千零五万", 40_050_000),
    Example("十五万", 150_000),
    Example("一万三", 13_000),
    Example("四百五", 450),
    # mixed Arabic + scale
    Example("1.28亿", 128_000_000),
    Example("23万", 230_000),
    Example("3千", 3000),
    Example("2.3万", 23_000),
    Example("4.78万亿", 4_780_000_000_000),
    # not numbers: plan names, holidays, years, digit runs
    Example("十四五", None),
    Example("五一", None),
    Example("二〇二二", None),
    Example("三八", None),
    Example("万", None),
    Example("", None),
    Example("元", None),
]

# Microsoft Recognizers-Text, Specs/Number/Chinese/NumberModel.json (MIT; vendored in
# tests/fixtures/recognizers-text/): a sample of the forms its spec pins down.
RECOGNIZERS_TEXT = [
    Example("两千四百五", 2450),
    Example("一百零一万一千", 1_011_000),
    Example("五亿零六", 500_000_006),
    Example("肆佰陸拾", 460),
    Example("倆千两百贰拾二", 2222),
    Example("九百万零四百", 9_000_400),
    Example("四亿五千六百四十二万零一十五", 456_420_015),
    Example("四万万", 400_000_000),
    Example("一万五千亿", 1_500_000_000_000),
    Example("二十一万亿", 21_000_000_000_000),
    Example("7 万5 千4 百", 75_400),
    Example("3万4000", 34_000),
    Example("1千零20", 1020),
    Example("百三", 130),
    Example("半百", 50),
    Example("负三十二", -32),
    Example("-10000", -10_000),
    Example("負四十五億零四百零四萬", -4_504_040_000),
    Example("十五点七", 15.7),
    Example("四百亿点零五零", 40_000_000_000.05),
    Example("五分之一", 0.2),
    Example("二分之一", 0.5),
    Example("三百五又三分之一", 350 + 1 / 3),
    Example("负一又二分之一", -1.5),
    Example("十多万", 100_000),
    Example("五百 余万", 5_000_000),
    Example("二十几万", 200_000),
]

# JioNLP, test/test_money_parser.py (Apache-2.0; vendored in tests/fixtures/jionlp-money/):
# the numerals of its money phrases.
JIONLP = [
    Example("82，225.00", 82_225),
    Example("233,333，333,434.344", 233_333_333_434.344),
    Example("壹万二千三百四十五", 12_345),
    Example("肆佰叁拾萬", 4_300_000),
    Example("3千万亿", 3_000_000_000_000_000),
    Example("六十四万零一百四十三", 640_143),
]

# Forms the cn2an-based parser returned None for (issue 6).
BUGS_CAUGHT = [
    Example("四万万", 400_000_000),       # 万万 = 亿
    Example("一百零十万", 1_100_000),     # 零十 inside a numeral
    Example("零十", 10),
    Example("千三", 1300),                # leading scale without a digit
    Example("3万4000", 34_000),           # Arabic after a Chinese scale
    Example("25万6千", 256_000),
    Example("5万4千6百", 54_600),
    Example("负三十二", -32),             # negatives
    Example("-10000", -10_000),
    Example("十五点七", 15.7),            # Chinese decimals
    Example("三点五亿", 350_000_000),
    Example("三分之一", 1 / 3),           # fractions
    Example("貳拾", 20),                  # traditional financial digit
    Example("半百", 50),
]

# parse_quantity regressions: (text, value, unit), value None = no figure.
QUANTITY_BUGS_CAUGHT = [
    ("十多万人", 100_000, "人"),         # a qualifier between a Chinese numeral and its scale
    ("二十几万元", 200_000, "元"),
    ("12千米", 12, "公里"),               # 千米 is a unit, not 千 + 米 (was 12000 米)
    ("一百千瓦", 100, "千瓦"),            # was no figure
    ("百分之百", 100, "%"),
    ("千分之三", 3, "‰"),
    ("万分之三", 0.03, "%"),
    ("负3.9%", -3.9, "%"),
    ("同比-3.2%", -3.2, "%"),
    ("两米半", 2.5, "米"),
    ("三成半", 35, "%"),
    ("300美圆", 300, "美元"),
    ("168cm", 168, "厘米"),
    ("250m", 250, "米"),
]


def _close(a, b):
    return a == b or (a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b)))


@pytest.mark.parametrize("example", NEWSPAPER + RECOGNIZERS_TEXT + JIONLP + BUGS_CAUGHT,
                         ids=lambda e: e.text or "<empty>")
def test_parse_number(example):
    assert _close(parse_number(example.text), example.value), (example.text, parse_number(example.text))


@pytest.mark.parametrize("text,value,unit", QUANTITY_BUGS_CAUGHT, ids=lambda x: str(x))
def test_parse_quantity_regressions(text, value, unit):
    fig = parse_quantity(text)
    assert fig is not None, text
    assert _close(fig.value, value) and fig.unit == unit, (text, fig)


@pytest.mark.parametrize("text", ["1万元-5万元", "1万(含)-5万元", "2023-04"])
def test_dash_after_a_figure_is_not_a_minus(text):
    fig = parse_quantity(text)
    assert fig is None or fig.value >= 0


# parse_number reads plain Arabic numerals (300, 1.28万) on a fast path; it must give what
# the general walk gives for every such numeral.
_SCALES = "十百千万亿"


@given(st.from_regex(r"[0-9]{1,20}(?:\.[0-9]{1,8})?", fullmatch=True), st.sampled_from(["", *_SCALES]))
def test_fast_path_agrees_with_the_general_walk(digits, scale):
    text = digits + scale
    assert parse_number(text) == _parse_general(text), text


@given(st.one_of(st.integers(min_value=-10**13, max_value=10**13).map(float),
                 st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)))
def test_clean_float_keeps_twelve_significant_digits(value):
    assert clean_float(value) == float(f"{value:.12g}")
