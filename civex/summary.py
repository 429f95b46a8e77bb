"""Tabulating claims: counts and sums per group, never adding different units.

``summarize(records, by=["actor", "category"])`` groups claim records by the given
fields (any record field, plus ``month``) and always by ``unit`` too, so 元 are never
added to 人. Each row has the number of claims and the sum of their values, with a
``bound`` saying how exact that sum is:

========  =====================================================================
``=``     every value is exact
``≥``     some are lower bounds (``300余``, ``超过``, ``以上``, ranges ``3至5个``)
``≤``     some are upper bounds (``近``, ``最高``, ``不足``)
``≈``     some are approximate (``约``, ``左右``) or lower and upper bounds mix
========  =====================================================================

``total`` is the sum as text with that mark (``≥ 300``). Left out of counts and sums:
derived records (rates computed by civex.checks) and claims flagged ``duplicate`` (the
same figure printed again; counted in ``duplicates``). Percentages and ranks are counted
but not summed (their sum is empty).

``month`` is ``YYYY-MM`` of the claim's ``period_end`` (else ``period_start``), else of
its article's ``iso_date`` when ``articles`` are given, else ``""``.
"""
from __future__ import annotations

from typing import Iterable

from .schema import FIELD_NAMES

LOWER = {"more_than"}
UPPER = {"nearly", "at_most", "less_than"}
NOT_SUMMED_KINDS = {"percent", "rank"}
DERIVED_FIELDS = ("month",)
SUMMARY_COLUMNS = ["claims", "duplicates", "sum", "bound", "total"]


def parse_by(by: str | Iterable[str] | None) -> list[str]:
    """``"actor,category"`` -> ["actor", "category"]; checks every name; drops ``unit``
    (always grouped on, last)."""
    if by is None:
        return []
    names = [b.strip() for b in (by.split(",") if isinstance(by, str) else by) if b.strip()]
    known = set(FIELD_NAMES) | set(DERIVED_FIELDS)
    for n in names:
        if n not in known:
            raise ValueError(f"cannot group by {n!r}: not a record field (fields: {', '.join(FIELD_NAMES)}, month)")
    return [n for n in dict.fromkeys(names) if n != "unit"]


def month_of(record: dict, article_dates: dict | None = None) -> str:
    for f in ("period_end", "period_start"):
        v = record.get(f)
        if v and len(str(v)) >= 7:
            return str(v)[:7]
    if article_dates:
        v = article_dates.get((record.get("doc"), record.get("article")))
        if v and len(str(v)) >= 7:
            return str(v)[:7]
    return ""


def _key_value(record: dict, name: str, article_dates) -> object:
    if name == "month":
        return month_of(record, article_dates)
    v = record.get(name)
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return "" if v is None else v


def _fmt_number(x: float) -> str:
    if float(x).is_integer() and abs(x) < 2**53:
        return f"{int(x)}"
    return f"{x:.6g}" if abs(x) < 1e15 else f"{x:.6e}"


def bound_of(approxes: set[str], ranged: bool) -> str:
    lower = bool(approxes & LOWER) or ranged
    upper = bool(approxes & UPPER)
    if "about" in approxes or (lower and upper):
        return "≈"
    if lower:
        return "≥"
    if upper:
        return "≤"
    return "="


def summarize(records: Iterable[dict], by: str | Iterable[str] | None = None,
              articles: Iterable[dict] | None = None) -> list[dict]:
    """One row per group (the ``by`` fields, then ``unit``), sorted by group."""
    by = parse_by(by)
    article_dates = None
    if articles is not None:
        article_dates = {(a.get("doc"), a.get("article")): a.get("iso_date") for a in articles}
    groups: dict[tuple, dict] = {}
    for r in records:
        if r.get("derived"):
            continue
        key = tuple(_key_value(r, n, article_dates) for n in by) + (r.get("unit") or "",)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"claims": 0, "duplicates": 0, "sum": 0.0, "approx": set(), "ranged": False,
                               "summed": r.get("kind") not in NOT_SUMMED_KINDS}
        if "duplicate" in (r.get("flags") or []):
            g["duplicates"] += 1
            continue
        g["claims"] += 1
        value = r.get("value")
        if value is not None:
            g["sum"] += float(value)
        g["approx"].add(r.get("approx") or "exact")
        g["ranged"] = g["ranged"] or r.get("value_max") is not None
        if r.get("kind") in NOT_SUMMED_KINDS:
            g["summed"] = False
    rows = []
    for key in sorted(groups, key=lambda k: tuple(str(x) for x in k)):
        g = groups[key]
        row = dict(zip(by + ["unit"], key))
        bound = bound_of(g["approx"], g["ranged"]) if g["claims"] else "="
        total = g["sum"] if g["summed"] and g["claims"] else None
        row.update(claims=g["claims"], duplicates=g["duplicates"], sum=total,
                   bound=bound if total is not None else "",
                   total=("" if total is None else (_fmt_number(total) if bound == "=" else f"{bound} {_fmt_number(total)}")))
        rows.append(row)
    return rows


def summary_columns(by: str | Iterable[str] | None) -> list[str]:
    return parse_by(by) + ["unit"] + SUMMARY_COLUMNS
