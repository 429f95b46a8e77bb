"""Numerals as printed -> numbers.

``parse_number`` reads Arabic numerals (``1,200``, ``1.28``, ``.5``, full-width
``１２``), Chinese numerals (``两``, ``二十``, ``四千零五万``, financial ``壹仟``,
traditional ``萬``, colloquial ``一万三`` = 13000, ``四万万`` = 4 亿), mixed forms
(``1.28亿``, ``23万``, ``3万4000``, ``1千零20``), Chinese decimals (``十五点七``),
negatives (``负三十二``, ``-10000``) and fractions (``三分之一``, ``三又二分之一``).
A run of digits without a scale (``二〇二二``, ``五一``, ``十四五``) is a year, a
name or "four or five", not a number: None.

The characters (digits, scales, minus signs, the fraction words) are data, in the
``[numerals]`` table of ``lexicon/units.toml``. Approximation words inside a
numeral (``十多万``, ``五百余万``) are skipped here (the value is the round number);
:mod:`civex.quantities` turns them into ``approx``.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import cn2an
import regex

from .lexicon import load_lexicon
from .normalize import fold_char

_DATA = load_lexicon().raw["units"]["numerals"]
_DIGITS: dict[str, float] = dict(_DATA["digits"])
_HALF: dict[str, float] = dict(_DATA.get("half", {}))
_SMALL: dict[str, int] = dict(_DATA["small_scales"])
_BIG: dict[str, int] = dict(_DATA["big_scales"])
_MINUS = tuple(_DATA["minus"])
_POINTS = tuple(_DATA["decimal_point"])
_FRACTION = _DATA["fraction"]
_MIXED = _DATA["mixed_fraction"]
_INFIX = tuple(sorted(load_lexicon().infix_qualifiers, key=len, reverse=True))


def _cls(chars) -> str:
    return "".join(regex.escape(c) for c in chars)


# Character classes for the figure regex of civex.quantities.
CN_DIGIT_CHARS = "".join(_DIGITS)
CN_SCALE_CHARS = "".join(_SMALL) + "".join(_BIG)
CN_BIG_CHARS = "".join(_BIG)
CN_HUNDRED_CHARS = "".join(c for c, v in _SMALL.items() if v == 100)
# Minus words other than the ASCII sign (负); the sign itself needs context, see quantities
MINUS_WORDS = tuple(w for w in _MINUS if w != "-")
CN_TEN_CHARS = "".join(c for c, v in _SMALL.items() if v == 10)
CN_POINT = "|".join(regex.escape(p) for p in _POINTS)
# A Chinese numeral must start with a digit or 十 (so 万人/千家/百姓 are not numbers);
# an optional decimal part follows 点 (十五点七, 三点五亿).
CN_NUMERAL = (f"[{_cls(CN_DIGIT_CHARS + CN_TEN_CHARS)}][{_cls(CN_DIGIT_CHARS + CN_SCALE_CHARS)}]*"
              f"(?:(?:{CN_POINT})[{_cls(CN_DIGIT_CHARS)}]+[{_cls(_BIG)}]*)?")
ARABIC_NUMERAL = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# Scale characters that may follow an Arabic numeral (23万, 1.28亿, 3千)
SCALE_CHARS = CN_SCALE_CHARS

_TOKEN = regex.compile(rf"(?P<arabic>{ARABIC_NUMERAL})|(?P<ch>.)", regex.DOTALL)


def _clean(s: str) -> str:
    """White space dropped, full-width and traditional forms folded (as civex.normalize does)."""
    return "".join(fold_char(ch) for ch in s if not ch.isspace())


def _strip_infix(s: str) -> str:
    """十多万 -> 十万, 五百余万 -> 五百万: approximation words inside a numeral."""
    if not _INFIX:
        return s
    out, i = [], 0
    while i < len(s):
        for w in _INFIX:
            if i > 0 and s.startswith(w, i):
                i += len(w)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


_CN2AN_INPUT = str.maketrans({"〇": "零", "萬": "万", "億": "亿", "兩": "两"})


def _integer(s: str) -> float | None:
    """An integer-part numeral: digits, scales, 零, Arabic runs (四千零五万, 3万4000, 一万三).

    The section walk below checks the shape (digit runs like 二〇二二 / 五一 are not
    numbers) and reads what cn2an rejects (千三, 四万万, 一百零十万) and mixed Arabic and
    Chinese (3万4000); a well-formed Chinese numeral's value comes from cn2an."""
    value = _sections(s)
    if value is None or not s or s[0].isdigit() or any(ch.isdigit() for ch in s):
        return value
    try:
        return float(cn2an.cn2an(s.translate(_CN2AN_INPUT), "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return value


def _sections(s: str) -> float | None:
    if not s:
        return None
    total = 0.0
    section = 0.0
    cur: float | None = None
    cur_chinese = False
    last_small: int | None = None   # scales must fall within a section (一百千 is not a number)
    last_big: int | None = None
    last_scale: int | None = None   # for 一万三 = 13000: the scale just before a trailing digit
    prev = ""                       # "num", "scale" or "zero"
    seen = False
    for m in _TOKEN.finditer(s):
        if m.group("arabic"):
            if cur is not None:
                return None
            cur, cur_chinese, prev = float(m.group("arabic").replace(",", "")), False, "num"
            seen = True
            continue
        ch = m.group("ch")
        if ch in _DIGITS and _DIGITS[ch] == 0:
            if cur is not None:
                return None        # 二〇二二: a digit run
            prev, seen = "zero", True
            continue
        if ch in _DIGITS or ch in _HALF:
            if cur is not None:
                return None        # 五一, 十四五: digits side by side
            if ch in _HALF and m.start() != 0:
                return None
            cur, cur_chinese, prev = float(_DIGITS[ch] if ch in _DIGITS else _HALF[ch]), True, "num"
            seen = True
            continue
        if ch in _SMALL:
            v = _SMALL[ch]
            if last_small is not None and v >= last_small:
                return None
            section += (cur if cur is not None else 1) * v
            cur, last_small, last_scale, prev, seen = None, v, v, "scale", True
            continue
        if ch in _BIG:
            v = _BIG[ch]
            value = section + (cur or 0)
            if value == 0 and total == 0:
                return None        # 万 with nothing before it
            if last_big is None or v >= last_big:
                total = (total + value) * v    # 四万万, 一万五千亿
            else:
                total += value * v             # 四亿五千万
            section, cur, last_small, last_big, last_scale, prev = 0.0, None, None, v, v, "scale"
            continue
        return None
    if not seen:
        return None
    if cur is not None:
        if cur_chinese and prev == "num" and last_scale is not None and last_scale >= 100 and _prev_was_scale(s):
            cur *= last_scale // 10             # 一万三 = 13000, 四百五 = 450
        section += cur
    return total + section


def _prev_was_scale(s: str) -> bool:
    """The trailing digit of s follows a scale character directly (四百五, not 四百零五)."""
    return len(s) >= 2 and (s[-2] in _SMALL or s[-2] in _BIG)


def _decimal(s: str) -> float | None:
    """Integer part, optional Chinese decimal part (十五点七, 三点五亿)."""
    for p in _POINTS:
        if p in s:
            head, _, tail = s.partition(p)
            scales = ""
            while tail and tail[-1] in _BIG:
                scales, tail = tail[-1] + scales, tail[:-1]
            if not tail or not all(c in _DIGITS or c.isdigit() for c in tail):
                return None
            whole = _integer(head)
            if whole is None:
                return None
            frac = float("0." + "".join(str(int(_DIGITS[c])) if c in _DIGITS else c for c in tail))
            value = whole + frac
            if scales:
                if any(c in _SMALL or c in _BIG for c in head):
                    return None
                factor = _integer("一" + scales) if "一" in _DIGITS else None
                if factor is None:
                    return None
                value *= factor
            return value
    return _integer(s)


def _signed(s: str) -> float | None:
    neg = False
    for mark in _MINUS:
        if s.startswith(mark) and len(s) > len(mark):
            neg, s = True, s[len(mark):]
            break
    value = _decimal(s)
    if value is None:
        return None
    return -value if neg else value


def _fraction(s: str) -> float | None:
    """A分之B = B / A; W又A分之B = W + B / A."""
    whole = 0.0
    neg = False
    if _MIXED in s:
        head, _, s = s.partition(_MIXED)
        w = _signed(head)
        if w is None:
            return None
        neg, whole = w < 0, abs(w)
    den_s, _, num_s = s.partition(_FRACTION)
    den, num = _signed(den_s), _signed(num_s)
    if den is None or num is None or den == 0:
        return None
    value = whole + num / den
    return -value if neg else value


_PLAIN_ARABIC = re.compile(f"([0-9]+(?:\\.[0-9]+)?)([{_cls(CN_SCALE_CHARS)}])?")


@lru_cache(maxsize=4096)
def parse_number(s: str) -> float | None:
    """The value of a numeral as printed, or None when it is not one.

    >>> parse_number("1.28亿"), parse_number("两"), parse_number("1,200"), parse_number("二分之一")
    (128000000.0, 2.0, 1200.0, 0.5)
    """
    plain = _PLAIN_ARABIC.fullmatch(s)
    if plain:   # 300, 1.28万: most figures; the same value as _parse_general's
        value = float(plain.group(1))
        scale = plain.group(2)
        if scale and value == 0:
            return _parse_general(s)   # 0万: the walk has its own say
        if scale:
            value *= _SMALL.get(scale) or _BIG[scale]
        return clean_float(value) if math.isfinite(value) else None
    return _parse_general(s)


def _parse_general(s: str) -> float | None:
    s = _strip_infix(_clean(s))
    if not s:
        return None
    value = _fraction(s) if _FRACTION in s else _signed(s)
    if value is None or not math.isfinite(value):
        return None
    return clean_float(value)


def clean_float(value: float) -> float:
    """21.4 x 10^8 is 2139999999.9999998 in binary floating point: round off that noise
    (12 significant digits are more than any printed figure has)."""
    if value == 0 or not math.isfinite(value):
        return float(value)
    if abs(value) < 1e12 and value == int(value):
        return float(value)   # a whole number of up to 12 digits is printed as it is
    return float(f"{value:.12g}")


def numeral_kind(s: str) -> str:
    """'arabic' when the numeral starts with a digit, else 'chinese'."""
    s = s.lstrip("".join(_MINUS))
    return "arabic" if s[:1].isdigit() or s[:1] == "." else "chinese"
