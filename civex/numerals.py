"""Numerals as printed -> numbers.

``parse_number`` reads Arabic numerals (``1,200``, ``1.28``), Chinese numerals
(``两``, ``二十``, ``四千零五万``, financial ``壹仟``) through cn2an, and mixed forms
(``1.28亿``, ``23万``, ``3千``). Qualifiers (余, 多, 约) and units are not its
business: :mod:`civex.quantities` strips them first.
"""
from __future__ import annotations

import math
from functools import lru_cache

import cn2an
import regex

# Characters of a Chinese numeral. A numeral must start with a digit or 十
# (so 万人/千家/百姓 are not numbers).
CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖幺"
CN_SCALES = "十拾百佰千仟万萬亿億"
CN_NUMERAL = f"[{CN_DIGITS}十拾][{CN_DIGITS}{CN_SCALES}]*"
ARABIC_NUMERAL = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
SCALE_CHARS = "十百千万亿"

_SCALE = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
          "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ARABIC = regex.compile(rf"({ARABIC_NUMERAL})([{SCALE_CHARS}拾佰仟萬億]*)")
_CN_FOR_CN2AN = str.maketrans({"〇": "零", "幺": "一", "萬": "万", "億": "亿"})


def _arabic(digits: str) -> float:
    return float(digits.replace(",", ""))


@lru_cache(maxsize=4096)
def _chinese(s: str) -> float | None:
    try:
        value = cn2an.cn2an(s.translate(_CN_FOR_CN2AN), "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


def parse_number(s: str) -> float | None:
    """The value of a numeral as printed, or None when it is not one.

    >>> parse_number("1.28亿"), parse_number("两"), parse_number("1,200")
    (128000000.0, 2.0, 1200.0)
    """
    s = s.strip()
    if not s:
        return None
    m = _ARABIC.fullmatch(s)
    if m:
        value = _arabic(m.group(1))
        for ch in m.group(2):
            value *= _SCALE[ch]
        return value if math.isfinite(value) else None
    if regex.fullmatch(CN_NUMERAL, s):
        if len(s) > 1 and not any(ch in _SCALE for ch in s):
            # 二〇二二 / 五一 / 三五: digit by digit is a year, a name or "three or five"
            return None
        return _chinese(s)
    return None


def numeral_kind(s: str) -> str:
    """'arabic' when the numeral starts with a digit, else 'chinese'."""
    return "arabic" if s[:1].isdigit() or s[:1] == "." else "chinese"
