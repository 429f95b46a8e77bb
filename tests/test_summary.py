"""civex.summary: counts and sums per group, units never mixed, bounds marked."""
import pytest

from civex import extract_text
from civex.summary import bound_of, month_of, parse_by, summarize


def rec(value, unit, approx="exact", **kw):
    r = {"value": value, "unit": unit, "approx": approx, "kind": kw.pop("kind", "count"), "flags": [],
         "derived": False, "value_max": None, "actor": "", "category": "", "doc": "d", "article": 0}
    r.update(kw)
    return r


def test_units_are_never_added():
    rows = summarize([rec(300, "处"), rec(150, "处"), rec(5, "个")], by=[])
    assert {r["unit"]: r["sum"] for r in rows} == {"处": 450, "个": 5}
    assert all("unit" in r for r in rows)


def test_unit_is_always_a_key_even_when_asked():
    assert parse_by("actor,unit,category") == ["actor", "category"]
    rows = summarize([rec(1, "元", kind="money"), rec(2, "人")], by="unit")
    assert len(rows) == 2


def test_approximate_values_are_lower_bounds():
    rows = summarize([rec(300, "处", "more_than")], by=[])
    assert rows[0]["total"] == "≥ 300" and rows[0]["bound"] == "≥"
    rows = summarize([rec(300, "处", "more_than"), rec(20, "处")], by=[])
    assert rows[0]["total"] == "≥ 320"
    assert summarize([rec(3, "个", value_max=5)], by=[])[0]["bound"] == "≥"


def test_bounds():
    assert bound_of({"exact"}, False) == "="
    assert bound_of({"exact", "nearly"}, False) == "≤"
    assert bound_of({"about"}, False) == "≈"
    assert bound_of({"more_than", "less_than"}, False) == "≈"


def test_groups_by_actor_and_category():
    records = [rec(10, "户", actor="石龙区", category="人居环境"), rec(5, "户", actor="石龙区", category="人居环境"),
               rec(7, "户", actor="卫东区", category="人居环境")]
    rows = summarize(records, by="actor,category")
    got = {(r["actor"], r["category"], r["unit"]): (r["claims"], r["sum"]) for r in rows}
    assert got == {("石龙区", "人居环境", "户"): (2, 15), ("卫东区", "人居环境", "户"): (1, 7)}


def test_duplicates_derived_and_percentages():
    records = [rec(10, "户"), rec(10, "户", flags=["duplicate"]), rec(98.7, "%", kind="percent", derived=True),
               rec(5.5, "%", kind="percent"), rec(3.0, "%", kind="percent")]
    rows = {r["unit"]: r for r in summarize(records, by=[])}
    assert (rows["户"]["claims"], rows["户"]["duplicates"], rows["户"]["sum"]) == (1, 1, 10)
    assert rows["%"]["claims"] == 2 and rows["%"]["sum"] is None and rows["%"]["total"] == ""


def test_month():
    assert month_of({"period_start": "2023-07-01", "period_end": "2023-09-30"}) == "2023-09"
    assert month_of({"period_start": "2023-07-01", "period_end": None}) == "2023-07"
    assert month_of({"doc": "d", "article": 1}, {("d", 1): "2023-08-25"}) == "2023-08"
    assert month_of({"doc": "d", "article": 1}) == ""
    rows = summarize([rec(1, "个", period_end="2023-09-30"), rec(2, "个")], by="month")
    assert {r["month"]: r["sum"] for r in rows} == {"2023-09": 1, "": 2}


def test_unknown_field_is_an_error():
    with pytest.raises(ValueError):
        parse_by("nonsense")


def test_on_a_page():
    page = "7月以来，该区共清理店外经营、占道经营、流动摊贩300余处，清理门店乱扯乱挂等150余处，暂扣灯箱广告100余个。\n"
    rows = {r["unit"]: r for r in summarize(extract_text(page, "p"), by=[])}
    assert rows["处"]["total"] == "≥ 450" and rows["处"]["claims"] == 2
    assert rows["个"]["total"] == "≥ 100"
