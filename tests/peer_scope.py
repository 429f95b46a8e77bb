"""What of the Recognizers-Text Chinese specs civex is *not* meant to read, and why.

This is the one place where spec results are set aside. ``classify(model, result)``
looks at the *shape* of a result (its text and its resolution), never at a list of
spec strings, and returns a category of ``OUT_OF_SCOPE`` or None when civex should
read the result. Every result that is in scope must pass or be an xfail with a
reason in ``tests/test_peer_recognizers.py``.

Also here: the mapping from the spec's units (ISO currency codes, English unit names)
to civex's canonical units.
"""
from __future__ import annotations

import json
import pathlib
import re

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "recognizers-text"
MODELS = ("NumberModel", "PercentModel", "CurrencyModel", "DimensionModel")

OUT_OF_SCOPE = {
    "discount_zhe": "折 is a shop discount (七五折 = pay 75 %), not a share; newspapers' claims use 成 and %",
    "currency_not_modelled": "currencies other than 元/美元/港元/欧元/日元 (瑞士法郎, 台币, 奈拉, 比特币, bare $) are not civex units",
    "currency_without_number": "a currency name alone (人民币, 美元) is not a figure",
    "currency_subunits": "compound amounts with sub-units (五元三毛, 两美元又三美分, 日本銭) are shop prices, not page figures",
    "currency_symbol_prefix": "a currency symbol before the number (￥300, $20): civex reads the unit printed after the number",
    "bare_kuai": "a bare 块 is a classifier (三块牌子); civex reads money only in 块钱",
    "unit_not_modelled": "units civex does not model: data (比特, 字节), frequency (赫兹), energy (千卡), 微克, 两 (tael), 位 (bit)",
    "dozen": "打 (dozen) is a classifier, not a numeral",
    "zhao": "兆 is ambiguous: 10^6 in mainland usage (兆瓦, 兆字节), 10^12 in Taiwan/Japan",
    "scientific": "scientific and power notation (2e5, 2^5) is not printed on newspaper pages",
    "slash_fraction": "slash forms (3/5, 1 3/5) are dates, scores or ratios on a page; civex reads 分之 fractions",
    "latin_magnitude": "Latin magnitude suffixes (40k, 2.5 m = million): on a Chinese page k/m are units (km, m)",
}

# spec unit -> civex canonical unit
CURRENCY = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "JPY": "日元"}
DIMENSION = {
    "Mu": "亩", "Kilogram": "公斤", "Centimeter": "厘米", "Ton": "吨", "Meter": "米",
    "Kilometer": "公里", "Gram": "克", "Jin": "斤", "Kilowatt": "千瓦",
    "Millimeter": "毫米", "Square meter": "平方米", "Square kilometer": "平方公里", "Hectare": "公顷",
}

_SCIENTIFIC = re.compile(r"\d\s*(?:[eE][-+]?\d|\^)")
_SLASH = re.compile(r"\d\s*/\s*\d")
_LATIN_MAGNITUDE = re.compile(r"\d\s*[kKmM](?![a-zA-Z])")
_SUBUNITS = re.compile(r"[角毛銭]|美分|元.*分|又")


def load(model: str) -> list[dict]:
    return json.loads((FIXTURES / f"{model}.json").read_text(encoding="utf-8-sig"))


def cases(model: str):
    """(case_index, result_index, case, result) for every result of a spec file."""
    for i, case in enumerate(load(model)):
        for j, result in enumerate(case.get("Results", [])):
            yield i, j, case, result


def not_in_python(case: dict) -> bool:
    """The Python port of Recognizers-Text never passed this case."""
    return "python" in (case.get("NotSupported") or "").lower()


def expected(model: str, result: dict) -> tuple[float | None, str | None]:
    """(value, civex unit) the spec asks for; unit None for bare numbers and unmapped units."""
    res = result.get("Resolution") or {}
    raw = res.get("value")
    if model == "NumberModel":
        return (float(raw) if raw is not None else None), None
    if model == "PercentModel":
        return float(raw.rstrip("%")), "%"
    value = float(raw) if raw is not None else None
    if model == "CurrencyModel":
        return value, CURRENCY.get(res.get("isoCurrency", ""))
    return value, DIMENSION.get(res.get("unit", ""))


def classify(model: str, result: dict) -> str | None:
    """The OUT_OF_SCOPE category of a spec result, or None when civex should read it."""
    text = result["Text"]
    res = result.get("Resolution") or {}
    if _SCIENTIFIC.search(text):
        return "scientific"
    if _SLASH.search(text):
        return "slash_fraction"
    if "兆" in text:
        return "zhao"
    if model in ("NumberModel", "PercentModel"):
        if _LATIN_MAGNITUDE.search(text):
            return "latin_magnitude"
        if "打" in text:
            return "dozen"
    if model == "PercentModel" and "折" in text:
        return "discount_zhe"
    if model == "CurrencyModel":
        if res.get("value") is None:
            return "currency_without_number"
        if res.get("isoCurrency") not in CURRENCY:
            return "currency_not_modelled"
        if _SUBUNITS.search(text):
            return "currency_subunits"
        if text.strip()[:1] in "$￥¥":
            return "currency_symbol_prefix"
        if "块" in text and "钱" not in text:
            return "bare_kuai"
    if model == "DimensionModel" and res.get("unit") not in DIMENSION:
        return "unit_not_modelled"
    return None
