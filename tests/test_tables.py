"""Text tables (civex/tables.py): a header line, then rows of a label and numbers in columns.

The examples are written in the layout of statistics bulletins as OCR keeps them (cells set
apart by runs of spaces); expected values were read off the tables by hand.
"""
import pytest

from civex import extract_text
from civex.tables import find_tables, table_cells

BULLETIN = """二、农业
全年粮食总产量38.62万吨，增长2.3%。
表1　2023年主要农产品产量及其增长速度
指标名称　　　　　　绝对值（万吨）　比上年增长%
粮食                    38.62          2.3
  其中：小麦            16.94          1.8
油料                     2.47         -4.6
三、工业
表2　2023年规模以上工业主要产品产量
产品名称　　　　　　　　　　绝对值　　比上年增长%
原煤（万吨）                 312.5        -2.8
发电量（亿千瓦时）            18.64         6.1
服装（万件）                1 036         15.7
全年建筑业增加值21.46亿元，增长4.9%。
"""

# (cell as printed, value, unit, kind, action, object)
CELLS = [
    ("38.62", 386200, "吨", "weight", "", "粮食"),               # unit and scale from the column
    ("2.3", 2.3, "%", "percent", "增长", "粮食（比上年增长）"),       # a growth column
    ("16.94", 169400, "吨", "weight", "", "小麦"),                # (其中： is no part of the name)
    ("-4.6", -4.6, "%", "percent", "增长", "油料（比上年增长）"),     # a fall printed as a negative growth
    ("312.5", 3125000, "吨", "weight", "", "原煤"),               # unit from the row's label
    ("18.64", 1864000000, "千瓦时", "other", "", "发电量"),
    ("1 036", 10360000, "件", "count", "", "服装"),               # an OCR space inside the number
]


def test_tables_are_found_with_their_rows():
    tables = find_tables(BULLETIN)
    assert [t.header[0] for t in tables] == ["指标名称", "产品名称"]
    assert [len(t.rows) for t in tables] == [3, 3]


@pytest.mark.parametrize("printed, value, unit, kind, action, obj", CELLS)
def test_table_cells(printed, value, unit, kind, action, obj):
    cells = {c[0].text: c[1:6] for c in table_cells(BULLETIN)}
    assert cells[printed] == (pytest.approx(value), unit, kind, action, obj)


@pytest.mark.parametrize("printed, value, unit, kind, action, obj", CELLS)
def test_table_cells_are_claims_with_offsets_into_the_original(printed, value, unit, kind, action, obj):
    claims = [c for c in extract_text(BULLETIN, "bulletin.txt") if c["text"] == printed]
    assert len(claims) == 1
    c = claims[0]
    assert BULLETIN[c["start"]:c["end"]] == printed
    assert (c["value"], c["unit"], c["kind"], c["action"], c["object"]) == (pytest.approx(value), unit, kind,
                                                                            action, obj)


def test_the_prose_around_a_table_is_read_as_before():
    claims = {c["text"]: c for c in extract_text(BULLETIN, "bulletin.txt")}
    assert claims["38.62万吨"]["object"] == "粮食总产量" and claims["38.62万吨"]["time"] == "全年"
    assert claims["21.46亿元"]["value"] == 2146000000
    assert claims["4.9%"]["action"] == "增长"


@pytest.mark.parametrize("text", [
    # no header word: spaced numbers in prose or a list are no table
    "全县共清理垃圾  300吨\n其中  城区  120\n乡镇  180\n",
    # OCR spaces inside numbers (one space) are no column gaps
    "比上年增长%的指标有：\n新建公厕 6 4 8 0个。\n",
    # a header with no row under it
    "指标名称　　绝对值　　比上年增长%\n全年粮食总产量38.62万吨。\n",
    # a row whose cells are not all numbers ends the table before it starts
    "指标名称　　绝对值　　比上年增长%\n粮食　　三十八万吨　　2.3\n",
])
def test_no_table(text):
    assert find_tables(text) == []
    assert table_cells(text) == []


def test_explain_shows_table_cells_as_claims():
    from civex.explain import explain

    verdicts = {it.text: it.status for it in explain(BULLETIN).items}
    assert verdicts["38.62"] == "claim" and verdicts["-4.6"] == "claim"


def test_a_table_takes_the_period_its_caption_names():
    claims = {c["text"]: c for c in extract_text(BULLETIN, "bulletin.txt")}
    assert claims["38.62"]["time"] == "2023年" and claims["-2.8"]["time"] == "2023年"
    assert claims["38.62"]["period_start"] == "2023-01-01"


# A government-information annual report's tables: cells set apart by bars, the unit named by
# the heading over them, rows numbered (一、 （一） 1.), short lines that group rows, a period in
# a column's header; and a markdown table with its rule.
REPORT = """二、主动公开政府信息情况（单位：件）
信息内容｜本年制发件数｜本年废止件数｜现行有效件数
规章｜2｜0｜27
行政规范性文件｜31｜12｜186
信息内容｜本年收费金额（单位：万元）
行政事业性收费｜3861.27
三、收到和处理政府信息公开申请情况（单位：件）
一、本年新收政府信息公开申请数量｜418
（三）不予公开
1.属于国家秘密｜2
"""

MARKDOWN = """| 项目 | 完成投资（亿元） |
|---|---|
| 城市更新 | 12.5 |
"""

BARRED_CELLS = [
    # (cell's line, cell as printed, value, unit, object, time)
    ("规章｜2｜0｜27", "27", 27, "件", "规章", ""),                       # unit from the heading
    ("行政规范性文件｜31｜12｜186", "31", 31, "件", "行政规范性文件", "本年"),   # period from the column
    ("行政事业性收费｜3861.27", "3861.27", 38612700, "元", "行政事业性收费", "本年"),  # (单位：万元) in the column
    ("一、本年新收政府信息公开申请数量｜418", "418", 418, "件", "本年新收政府信息公开申请数量", ""),
    ("1.属于国家秘密｜2", "2", 2, "件", "属于国家秘密", ""),                # across the group line
]


@pytest.mark.parametrize("line, printed, value, unit, obj, time", BARRED_CELLS)
def test_barred_table_cells(line, printed, value, unit, obj, time):
    start = REPORT.index(line)
    cells = {c[0].start: c for c in table_cells(REPORT)}
    cell = cells[start + line.rindex(printed)]
    assert (cell[1], cell[2], cell[5], cell[6]) == (pytest.approx(value), unit, obj, time)


def test_barred_table_cells_are_claims_and_the_heading_stays_prose():
    claims = extract_text(REPORT, "report.txt")
    assert len([c for c in claims if c["unit"] == "件"]) == 8
    assert all(REPORT[c["start"]:c["end"]] == c["text"] for c in claims)


def test_a_markdown_table_keeps_its_header_over_its_rule():
    cells = table_cells(MARKDOWN)
    assert [(c[0].text, c[1], c[2], c[5]) for c in cells] == [("12.5", 1250000000, "元", "城市更新")]



# A district's monthly indicators: a column of units, placeholders (—), a period in a column's
# header and in a row's label; then a table over rows of streets with single spaces between
# cells, a percent sign in a cell and a date column.
INDICATORS = """汀西区2024年1—10月主要经济指标
指标名称                     单位        1—10月       同比增长（%）
地区生产总值（1—9月）        亿元        212.36       6.2
规模以上工业增加值           %           —            7.6
一般公共预算收入             万元        158642       4.7

各街道（镇）1—10月主要指标完成情况
单位            规上工业总产值（亿元）    增速（%）
柳湾街道        21.36                     5.1

附：各街道问题整改进度（截至11月10日）
单位 问题数（个） 已整改（个） 整改率 整改时限
柳湾街道 48 29 60.4% 11月20日
望江街道 35 27 77.1% 11月25日
"""

INDICATOR_CELLS = [
    # (cell as printed, value, unit, action, object, time, actor)
    ("212.36", 21236000000, "元", "", "地区生产总值", "1—9月", ""),       # unit from its row, period from its label
    ("7.6", 7.6, "%", "增长", "规模以上工业增加值（同比增长）", "2024年1—10月", ""),   # (— holds no figure)
    ("158642", 1586420000, "元", "", "一般公共预算收入", "1—10月", ""),     # period from its column
    ("21.36", 2136000000, "元", "", "规上工业总产值", "1—10月", "柳湾街道"),  # rows of bodies: the row acts
    ("5.1", 5.1, "%", "增长", "规上工业总产值增速", "1—10月", "柳湾街道"),   # a bare 增速 of the column before
    ("29", 29, "个", "整改", "已整改", "截至11月10日", "柳湾街道"),                    # single spaces between cells; the act
    ("77.1%", 77.1, "%", "", "整改率", "截至11月10日", "望江街道"),    # its header opens with; % in the cell (a rate: no act)
]


def _claims_by_text(page, fields=("action", "object", "actor", "time")):
    """{figure as printed: its claim's fields} of a page's claims (cells and prose alike)."""
    return {c["text"]: tuple(c[f] for f in fields) for c in extract_text(page, "t.txt")}


def _cell(page, printed):
    """The reading of the table cell printed so (value, unit, kind, action, object, time, actor after it)."""
    return {c[0].text: c for c in table_cells(page)}[printed]


@pytest.mark.parametrize("printed, value, unit, action, obj, time, actor", INDICATOR_CELLS)
def test_indicator_table_cells(printed, value, unit, action, obj, time, actor):
    cell = _cell(INDICATORS, printed)
    assert (cell[1], cell[2], cell[4], cell[5], cell[6], cell[7]) == (pytest.approx(value), unit, action, obj, time, actor)


def test_a_table_row_that_names_a_body_is_the_claims_actor():
    claims = {c["text"]: c for c in extract_text(INDICATORS, "indicators.txt")}
    assert claims["48"]["actor"] == "柳湾街道" and claims["35"]["actor"] == "望江街道"
    dates = [INDICATORS.index("11月20日"), INDICATORS.index("11月25日")]
    assert not [c for c in claims.values() if any(c["start"] <= d < c["end"] for d in dates)]


def test_a_table_indented_as_a_paragraph_is_a_table():
    # (each line opens with the paragraph indent 　　, the header of bodies too)
    page = ("本报讯 1—9月，全市共采集检测水样2540份。\n\n"
            "　　2024年1—9月各县（区）农村饮用水水质监测情况\n"
            "　　县（区）　　监测工程　　合格水样　　合格率\n"
            "　　临澄区　　　38处　　　401份　　　97.3%\n"
            "　　青岚县　　　76处　　　798份　　　95.5%\n")
    got = {c["text"]: c for c in extract_text(page, "t.txt")}
    assert (got["798份"]["actor"], got["798份"]["object"], got["798份"]["time"]) == ("青岚县", "合格水样", "2024年1—9月")


@pytest.mark.parametrize("total", ["合计", "全县合计"])
def test_a_row_of_totals_is_the_articles_not_a_body(total):
    # (全县合计 names the county, no body of that name: the figures are the article's place's)
    page = ("桐岭县清四乱攻坚有力\n\n本报讯 截至10月底，桐岭县各乡镇整治情况如下。\n\n"
            f"乡　镇　　　排查问题　　已整改\n松坪镇　　　68处　　　　68处\n梅垄乡　　　52处　　　　49处\n{total}　　120处　　　117处\n")
    got = {c["text"]: c for c in extract_text(page, "t.txt")}
    assert (got["117处"]["actor"], got["49处"]["actor"]) == ("桐岭县", "梅垄乡")


def test_a_barred_table_of_bodies_with_a_total_row():
    page = ("附：第四轮巡察整改情况统计\n单位｜反馈问题（个）｜已整改（个）｜整改率\n县住建局｜38｜36｜94.7%\n"
            "合计｜183｜171｜93.4%\n")
    cells = {c[0].text: c for c in table_cells(page)}
    # (已整改 is an act alone: it counts what the column before names after its act, 问题)
    assert (cells["36"][4], cells["36"][5], cells["36"][7]) == ("整改", "问题", "县住建局")
    assert (cells["94.7%"][4], cells["94.7%"][5]) == ("", "整改率")
    assert cells["171"][7] == ""   # (a row of totals names no body: the article's actor)



def test_a_ranked_table_of_bodies_reads_the_rank_as_no_figure():
    page = ("经综合评定，第三季度全区9个街道平均得分88.5分。具体得分及排名如下：\n\n"
            "名次　　街道　　　　得分　　　发现问题（个）　　整改率（%）\n"
            "1　　　文昌街道　　96.5　　　9　　　　　　　　100\n"
            "2　　　南湖街道　　94.2　　　11　　　　　　　 100\n\n三、存在的问题\n")
    cells = {(c[7], c[2]): c for c in table_cells(page)}
    assert (cells[("南湖街道", "个")][0].text, cells[("南湖街道", "个")][4]) == ("11", "发现")
    assert cells[("文昌街道", "%")][1] == 100
    assert not [c for c in table_cells(page) if c[0].text in ("1", "2")]   # (the ranks)


def test_a_barred_table_with_a_header_word_is_read_once():
    page = "指标名称｜绝对值（万吨）｜比上年增长%\n粮食｜38.62｜2.3\n"
    assert [c[0].text for c in table_cells(page)] == ["38.62", "2.3"]
    assert [c["text"] for c in extract_text(page)] == ["38.62", "2.3"]


# A budget report's table under a line of its own that names its units (单位：万元、%): no header
# word, so that line marks the table; the growth and budget-share columns are the percent ones.
BUDGET = """苍岭县2024年1—9月财政收支情况
                              单位：万元、%
项目                年初预算     1—9月完成     完成预算     同比增减
一般公共预算收入       86500        61230          70.8        5.2
  其中：税收收入       52100        38760          74.4       -2.1
"""

BUDGET_CELLS = [
    # (cell as printed, value, unit, action, object, time)
    ("86500", 865000000, "元", "", "一般公共预算收入", "2024年1—9月"),    # the first unit; the title's period
    ("61230", 612300000, "元", "完成", "一般公共预算收入", "1—9月"),       # the act after the column's period
    ("70.8", 70.8, "%", "完成", "一般公共预算收入", "2024年1—9月"),       # a budget-share column: %
    ("-2.1", -2.1, "%", "增减", "税收收入（同比增减）", "2024年1—9月"),     # a growth column's own growth verb
]


@pytest.mark.parametrize("printed, value, unit, action, obj, time", BUDGET_CELLS)
def test_a_table_under_a_unit_heading(printed, value, unit, action, obj, time):
    cell = _cell(BUDGET, printed)
    assert (cell[1], cell[2], cell[4], cell[5], cell[6]) == (pytest.approx(value), unit, action, obj, time)


def test_a_unit_heading_with_no_table_under_it_is_prose():
    page = "单位：万元\n今年以来，全县完成固定资产投资86500万元，同比增长5.2%。\n"
    assert table_cells(page) == []
    assert [c["text"] for c in extract_text(page)] == ["86500万元", "5.2%"]


# A monthly report's table: a header whose first word is spaced out (项　目), a column that states
# each change in words (增长11.2%, 下降13.3%), and rows whose names open with the act
# (检查生产经营单位（家次）) — written in the layout of aq06 of the held-out pages.
MONTHLY = """表：2024年10月全市应急管理系统监管执法情况
项　目　　　　　　　　　　　10月　　　1—10月累计　　累计同比
检查生产经营单位（家次）　　2416　　　21853　　　　增长11.2%
发现重大事故隐患（项）　　　6　　　　 52　　　　　 下降13.3%
罚款金额（万元）　　　　　　246.5　　 2186.4　　　 增长31.5%
已整改隐患（处）　　　　　　5105　　　44627　　　　——
"""

MONTHLY_CELLS = [
    # (cell as printed, value, unit, action, object, time)
    ("2416", 2416, "家次", "检查", "生产经营单位", "10月"),          # the act the row's name opens with
    ("21853", 21853, "家次", "检查", "生产经营单位", "1—10月"),      # the period of its own column
    ("11.2%", 11.2, "%", "增长", "检查生产经营单位（累计同比）", "1—10月"),   # the word is the act; the
    ("13.3%", 13.3, "%", "下降", "发现重大事故隐患（累计同比）", "1—10月"),   # period of the column before
    ("2186.4", 21864000, "元", "罚款", "罚款金额", "1—10月"),         # (a measure is named whole)
    ("44627", 44627, "处", "整改", "隐患", "1—10月"),                # (已 is no part of the act; — no figure)
]


@pytest.mark.parametrize("printed, value, unit, action, obj, time", MONTHLY_CELLS)
def test_a_table_with_a_spaced_header_and_changes_in_words(printed, value, unit, action, obj, time):
    cell = _cell(MONTHLY, printed)
    assert (cell[1], cell[2], cell[4], cell[5], cell[6]) == (pytest.approx(value), unit, action, obj, time)


def test_the_figures_of_a_table_with_a_spaced_header_are_claims_once():
    claims = extract_text(MONTHLY)
    assert sorted(c["text"] for c in claims) == sorted(c[0] for c in MONTHLY_CELLS + [
        ("5105",), ("6",), ("52",), ("246.5",), ("31.5%",)])


def test_a_header_that_is_a_unit_or_counts_one_names_its_columns_unit():
    # (人次, 件数: no brackets and no unit heading over the table; 批 in brackets as before)
    text = ("鹤泉县召开会议。\n\n表2  1—9月矛盾纠纷类型\n类型 | 件数 | 占比（%）\n婚姻家庭 | 318 | 18.0\n邻里纠纷 | 287 | 16.3\n\n"
            "表3  接访情况\n季度 | 接访（批） | 人次\n一季度 | 128 | 392\n二季度 | 141 | 436\n")
    got = {(c["text"], c["unit"]) for c in extract_text(text, "t.txt")}
    assert {("318", "件"), ("287", "件"), ("392", "人次"), ("436", "人次"), ("128", "批")} <= got


def test_a_barred_tables_caption_names_its_period_and_a_quarters_row_its_own():
    # (表1 1—9月…: the period after the caption's mark, not 11—9月; a row 一季度 keeps its quarter)
    text = ("鹤泉县召开会议。\n\n表1 1—9月各乡镇矛盾纠纷受理化解情况（单位：件）\n\n乡镇 | 受理 | 化解\n\n"
            "鹤泉镇 | 412 | 391\n\n表3 1—9月接访情况（单位：批）\n季度 | 接访\n一季度 | 128\n二季度 | 141\n")
    got = {c["text"]: c["time"] for c in extract_text(text, "t.txt")}
    assert (got["412"], got["391"], got["128"], got["141"]) == ("1—9月", "1—9月", "一季度", "二季度")


def test_a_barred_table_under_a_unit_heading_with_no_brackets():
    # (单位：万元、% on a line of its own over a barred table: 万元 for the amounts, % for 同比)
    text = ("表：禾川县2024年10月份财政收支情况\n\n单位：万元、%\n\n项目 | 本月 | 累计 | 同比\n"
            "一般公共预算收入 | 5126 | 58640 | 6.3\n　其中：税收收入 | 3618 | 40212 | 8.9\n")
    got = {c["text"]: (c["value"], c["unit"]) for c in extract_text(text, "t.txt")}
    assert got["58640"] == (586400000, "元") and got["6.3"] == (6.3, "%")


def test_a_spaced_table_of_projects_under_a_bracketed_date_and_unit():
    # (项目名称 heads the rows; （截至10月31日  单位：亿元） names the unit with the date)
    text = ("东川区重点调度项目进展情况一览表\n（截至10月31日  单位：亿元）\n项目名称  总投资  年度计划  1—10月完成  完成率\n"
            "恒锐新材料年产12万吨铝合金板带项目  36.0  8.5  7.96  93.6%\n城市更新（一期）项目  24.8  6.2  5.47  88.2%\n")
    got = {c["text"]: (c["value"], c["unit"]) for c in extract_text(text, "t.txt")}
    assert got["36.0"] == (3600000000, "元") and got["5.47"] == (547000000, "元") and got["88.2%"] == (88.2, "%")


def test_a_tables_period_named_in_its_unit_heading_or_the_sentence_that_announces_it():
    # (（截至10月31日　单位：只）: the unit heading names the period of every cell; …检查情况如下
    # （截至10月底）：, the last sentence of the paragraph before the header, names it too)
    text = ("【各乡镇秋季犬只免疫情况】\n（截至10月31日　单位：只）\n乡镇　　应免数　　已免数\n"
            "柳渡镇　　4260　　4105\n杏坪镇　　3870　　3702\n\n"
            "该局开展拉网式排查。各市场监管所检查情况如下（截至10月底）：\n\n"
            "单位　　　　　　检查经营主体　抽检批次\n苇荡市场监管所　　86家　　　　64批次\n桐舍市场监管所　　72家　　　　51批次\n")
    got = {c["text"]: (c["actor"], c["time"]) for c in extract_text(text, "t.txt")}
    assert got["4105"] == ("柳渡镇", "截至10月31日")
    assert got["51批次"] == ("桐舍市场监管所", "截至10月底")


# (text, a cell, its time): a table whose caption names no period a caption pattern knows takes
# the time that governs the end of the line over its header, a title or a paragraph that
# announces the table with a colon; not that of prose that ends as prose
TIME_OVER_A_TABLE = [
    ("截至9月底，全县已完成治理22处。各乡镇治理进展如下：\n\n乡镇　　清单内水体　　已完成治理\n"
     "柳汀镇　　6处　　6处\n荷渡镇　　5处　　4处\n", "4处", "截至9月底"),
    ("附表：雁埭县各乡镇今年秋季学期课后服务开展情况\n\n乡镇　　开展学校　　参加学生\n"
     "雁埭镇　　9所　　7830人\n鹭滩镇　　6所　　3960人\n", "3960人", "今年秋季学期"),
    ("第三季度，全区开展测评4轮。具体得分如下：\n\n街道　　得分　　发现问题（个）\n"
     "南湖街道　　93.6　　12\n北塘街道　　85.1　　20\n", "20", "第三季度"),
    # guard: the paragraph before the table ends as prose
    ("1—9月，全县完成投资5亿元。\n\n乡镇　　完成投资（万元）　　项目（个）\n柳汀镇　　1200　　5\n荷渡镇　　980　　4\n",
     "980", ""),
]


@pytest.mark.parametrize("text, printed, time", TIME_OVER_A_TABLE, ids=lambda x: x[:12] if isinstance(x, str) else "")
def test_the_time_over_a_table(text, printed, time):
    got = {c["text"]: c["time"] for c in extract_text(text, "t.txt")}
    assert got[printed] == time


def test_a_table_whose_rows_are_named_by_two_cells_joins_them():
    # (序号  乡镇（街道）  村  得分  发现问题（处）: the town and the village name the row, its body;
    # a header of bodies needs no header word: 乡镇（街道）  交办问题（处）  已整改（处）)
    text = ("丰川县召开会议。\n\n表一：9月份“红榜”村\n序号　乡镇（街道）　村　　　　得分　　发现问题（处）\n"
            "1　　柳营镇　　　　前杨村　　　97.5　　3\n2　　北桑镇　　　　后王庄村　　96.8　　4\n\n"
            "表三：整改情况\n乡镇（街道）　交办问题（处）　已整改（处）\n柳营镇　52　　52\n北桑镇　61　　60\n")
    got = {(c["text"], c["unit"]): c["actor"] for c in extract_text(text, "t.txt")}
    assert got[("4", "处")] == "北桑镇后王庄村" and got[("3", "处")] == "柳营镇前杨村"
    assert got[("60", "处")] == "北桑镇"


def test_a_spaced_table_under_a_caption_that_names_its_unit_in_brackets():
    # (表　…抽查结果（单位：批次）, then a header with no header word: the caption's bracket names
    # the unit, and the cells are four figures, not one run of digits 6261198.4%)
    text = ("表　2023年1—9月县级产品质量监督抽查结果（单位：批次）\n\n"
            "产品类别              抽查批次    合格批次    不合格批次    批次合格率\n"
            "阀门管件                 62          61           1          98.4%\n"
            "电线电缆                 46          43           3          93.5%\n")
    got = {c["text"]: (c["value"], c["unit"]) for c in extract_text(text, "t.txt")}
    assert got["62"] == (62, "批次") and got["1"] == (1, "批次") and got["93.5%"] == (93.5, "%")


# A table of bodies whose cells print their own units (岚桥镇　　6期　　312人　　41.3万元), under a
# caption that names the period; the header's first word may be spaced out (乡　镇).
# (cell, value, unit, action, object, time, actor)
UNIT_CELLS = [
    ("6期", 6, "期", "培训", "培训期数", "1—10月", "岚桥镇"),
    ("41.3万元", 413000, "元", "发放", "发放补贴", "1—10月", "岚桥镇"),
    ("98人", 98, "人", "取证", "取证人数", "1—10月", "蒿湾乡"),
    ("2.06万千瓦", 20600, "千瓦", "装机", "装机容量", "截至10月底", "蒲岭镇"),
    ("98.7%", 98.7, "%", "", "并网率", "截至10月底", "蒲岭镇"),
]
UNIT_CELL_PAGE = (
    "麓岗县召开会议。\n\n【各乡镇1—10月家政类培训情况】\n\n"
    "乡镇　　　培训期数　培训人数　取证人数　发放补贴\n"
    "岚桥镇　　6期　　　312人　　268人　　41.3万元\n"
    "蒿湾乡　　3期　　　126人　　98人　　 14.9万元\n\n"
    "【各乡镇户用光伏推进情况（截至10月底）】\n\n"
    "乡　镇　　　安装户数　　装机容量　　　并网率\n"
    "芹塘镇　　　1326户　　　2.81万千瓦　　99.2%\n"
    "蒲岭镇　　　986户　　　 2.06万千瓦　　98.7%\n"
)


@pytest.mark.parametrize("printed, value, unit, action, obj, time, actor", UNIT_CELLS)
def test_a_table_of_bodies_whose_cells_print_their_units(printed, value, unit, action, obj, time, actor):
    got = [c for c in extract_text(UNIT_CELL_PAGE, "t.txt") if c["text"] == printed]
    assert len(got) == 1
    c = got[0]
    assert (c["value"], c["unit"], c["action"], c["object"], c["time"], c["actor"]) == (value, unit, action, obj, time, actor)


def test_a_unit_cell_that_prose_would_not_count_is_no_figure():
    # (整改用时 5天: a length of time, excluded in prose, is no figure in a cell either)
    text = "附：整改情况\n乡镇　　　问题数　　整改用时\n岚桥镇　　12个　　　5天\n蒿湾乡　　8个　　　 7天\n"
    got = [(c["text"], c["actor"]) for c in extract_text(text, "t.txt")]
    assert got == [("12个", "岚桥镇"), ("8个", "蒿湾乡")]


def test_unit_cells_make_no_table_without_a_header_of_bodies():
    # (指标  绝对值 …: a row of figures with units under another header stays prose)
    text = "项目进展\n\n新建网点　　12个　　15个\n"
    assert find_tables(text) == []


# A column's header that ends with its act (肉牛存栏) names what it counts before it; one that ends
# with no verb (规模养殖场) is what it counts, with no act.
# (cell, action, object, actor)
CLOSING_ACT_CELLS = [
    ("1.86万头", "存栏", "肉牛", "槐岔镇"),
    ("8.2万只", "存栏", "肉羊", "槐岔镇"),
    ("47个", "", "规模养殖场", "槐岔镇"),
    ("1.52万头", "存栏", "肉牛", "芦汀镇"),
]
CLOSING_ACT_PAGE = (
    "附：梁泽县主要乡镇牛羊养殖情况（截至9月底）\n\n"
    "乡镇　　肉牛存栏　　肉羊存栏　　规模养殖场\n"
    "槐岔镇　　1.86万头　　8.2万只　　47个\n"
    "芦汀镇　　1.52万头　　10.6万只　　39个\n"
)


@pytest.mark.parametrize("printed, action, obj, actor", CLOSING_ACT_CELLS)
def test_a_header_that_ends_with_its_act(printed, action, obj, actor):
    got = [c for c in extract_text(CLOSING_ACT_PAGE, "t.txt") if c["text"] == printed]
    assert len(got) == 1
    assert (got[0]["action"], got[0]["object"], got[0]["actor"], got[0]["time"]) == (action, obj, actor, "截至9月底")


def test_a_table_of_projects_whose_cells_print_their_units():
    # (项目名称 over rows of projects: the cells' units are their own, the header's act theirs, a
    # rate column names no act; a project is no body, so the article's place is the actor)
    text = ("宁垣县征收工作推进有力。\n\n【重点项目进展一览】（截至6月30日）\n\n"
            "项目名称　　　　涉及户数　　已签约　　签约率　　已拆除\n"
            "县城东扩片区　　　518户　　　505户　　　97.5%　　　472户\n"
            "城关老街改造　　　285户　　　241户　　　84.6%　　　198户\n")
    got = _claims_by_text(text)
    assert got["518户"] == ("涉及", "县城东扩片区", "宁垣县", "截至6月30日")
    assert got["505户"] == ("签约", "县城东扩片区", "宁垣县", "截至6月30日")
    assert got["97.5%"] == ("", "县城东扩片区", "宁垣县", "截至6月30日")
    assert got["198户"] == ("拆除", "城关老街改造", "宁垣县", "截至6月30日")


def test_a_header_that_is_only_its_act_counts_what_the_caption_names():
    # (新开通, 累计 over rows of towns: the caption says what they count; a column that is only its
    # act after one that names the thing counted keeps its own words: 问题数（个）  已整改（个）)
    text = ("上半年，该县新开通5G基站218个。\n\n表：各乡镇（街道）5G基站建设进度（截至6月30日）\n\n"
            "乡镇（街道）　　新开通　　累计\n鹤鸣街道　　　　46个　　　182个\n栖云镇　　　　　31个　　　96个\n\n"
            "附：各街道问题整改进度（截至11月10日）\n\n街道　　问题数（个）　　已整改（个）\n"
            "柳湾街道　　48　　29\n望江街道　　35　　27\n")
    got = _claims_by_text(text)
    assert got["46个"] == ("开通", "5G基站", "鹤鸣街道", "截至6月30日")
    assert got["182个"] == ("累计", "5G基站", "鹤鸣街道", "截至6月30日")
    assert got["29"][:3] == ("整改", "已整改", "柳湾街道")


def test_a_change_column_of_bodies_brackets_the_column_before():
    # (诊疗量  同比增长: the change is of the column before it, written as prose writes it)
    text = ("表：各镇村卫生室运行情况（1—9月）\n\n"
            "乡镇　　村卫生室　　诊疗量　　　同比增长\n湄畔镇　　28所　　7.6万人次　　18.4%\n苎溪镇　　24所　　6.9万人次　　15.1%\n")
    got = _claims_by_text(text, ("action", "object", "actor"))
    assert got["18.4%"] == ("增长", "诊疗量（同比增长）", "湄畔镇")


@pytest.mark.parametrize("first_cell", ["镇（乡）", "乡（镇）", "县（市、区）", "镇街"])
def test_a_header_of_bodies_in_other_words(first_cell):
    # (a first header cell that names towns or counties with the others in brackets: its rows
    # are bodies and their cells figures in the column's unit, with no header word)
    text = ("该县抓好秋冬管护。\n\n表：各地油茶生产情况（截至10月底）\n\n"
            f"{first_cell}      种植面积（亩）   鲜果产量（吨）\n"
            "栗坪          41300            52600\n石门          28700            30100\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert (got["41300"]["unit"], got["41300"]["actor"], got["41300"]["object"]) == ("亩", "栗坪", "种植面积")
    assert (got["30100"]["unit"], got["30100"]["time"]) == ("吨", "截至10月底")


def test_a_total_row_whose_name_is_spaced_out():
    # (合　计: a row of totals spaces its name out to the first column's width; it is still the
    # total row, its cells figures of the table, not a row named 合 with a cell 计)
    text = ("该县抓好秋冬管护。\n\n表：各镇油茶生产情况（截至10月底）\n\n"
            "乡镇          种植面积（亩）   鲜果产量（吨）\n"
            "栗坪镇        41300            52600\n石门镇        28700            30100\n"
            "合　计        70000            82700\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert (got["70000"]["unit"], got["70000"]["object"], got["70000"]["time"]) == ("亩", "种植面积", "截至10月底")
    assert (got["82700"]["unit"], got["82700"]["object"]) == ("吨", "鲜果产量")


def test_a_rank_column_written_in_words_does_not_end_the_rows():
    # (季度排名|第1名: a rank in words is no figure, but the row is still a row of the table)
    text = ("该县每季度对各乡镇开展考核。第三季度考核结果如下：\n\n"
            "乡镇　　建成收集点　覆盖农户　　分类准确率　季度排名\n"
            "鹤汀镇　126个　　　1.26万户　　86.5%　　　第1名\n"
            "苇岗镇　98个　　　 9870户　　　83.2%　　　第2名\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert (got["98个"]["actor"], got["98个"]["action"], got["98个"]["object"]) == ("苇岗镇", "建成", "收集点")
    assert (got["83.2%"]["actor"], got["83.2%"]["object"]) == ("苇岗镇", "分类准确率")
    assert "第1名" not in got and "1名" not in got


@pytest.mark.parametrize("header, cell, action, obj", [
    ("建成收集点", "126个", "建成", "收集点"),     # the act, then what it counts
    ("覆盖农户", "1.26万户", "覆盖", "农户"),
    ("治理面积", "41300亩", "治理", "治理面积"),   # a measure is named whole
    ("纳入整改", "9座", "纳入", "纳入整改"),       # two acts: named whole
])
def test_a_header_of_bodies_that_opens_with_its_act(header, cell, action, obj):
    text = ("该县抓好农村人居环境整治。\n\n表：各乡镇推进情况（截至9月底）\n\n"
            f"乡镇　　　{header}　　　得分\n鹤汀镇　　{cell}　　　96.5\n苇岗镇　　{cell}　　　95.1\n")
    got = [c for c in extract_text(text, "t.txt") if c["text"] == cell]
    assert got and (got[0]["action"], got[0]["object"]) == (action, obj)


def test_a_bracket_that_dates_the_data_dates_the_cells():
    # (第三季度考核结果如下（表内为截至9月底数据）: the bracket says when the figures stand)
    text = ("该县每季度对各乡镇开展考核。第三季度考核结果如下（表内为截至9月底数据）：\n\n"
            "乡镇　　建成收集点　覆盖农户\n鹤汀镇　126个　　　1.26万户\n苇岗镇　98个　　　 9870户\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert got["126个"]["time"] == "截至9月底"


def test_a_header_of_bodies_with_a_bracket_naming_other_rows():
    # (乡镇（单位）: towns and other units are the rows' bodies, as under 乡镇)
    text = ("【各乡镇（单位）完成情况】\n1—10月桐溪县无偿献血任务完成情况一览\n"
            "乡镇（单位）　年度任务　　完成人次　　献血量\n"
            "杏垣镇　　　　520人次　　486人次　　15.1万毫升\n"
            "县直单位　　　3090人次　 3267人次　 100.8万毫升\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert (got["486人次"]["actor"], got["486人次"]["action"], got["486人次"]["time"]) == ("杏垣镇", "完成", "1—10月")


@pytest.mark.parametrize("second, action, obj", [
    ("完成整改（处）", "完成整改", "隐患"),   # acts alone: what the column before names after its act
    ("已整改（处）", "整改", "隐患"),         # (after 已 too: the act without the adverb)
    ("完成投资（万元）", "完成", "完成投资"),  # (guard: 投资 is a sum, named whole, not an act of the items)
])
def test_a_header_of_acts_counts_what_the_column_before_names(second, action, obj):
    text = ("县森防指组织开展隐患排查。\n\n截至10月底各乡镇隐患排查整治情况\n\n"
            f"乡镇      排查隐患（处）   {second}\n峦城镇        46              41\n松岙镇       128             120\n")
    got = {c["text"]: c for c in extract_text(text, "t.txt")}
    assert (got["120"]["action"], got["120"]["object"], got["120"]["actor"]) == (action, obj, "松岙镇")
