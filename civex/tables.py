"""Tables printed as text: a header line, then rows of a label and numbers in columns.

Statistics bulletins print some of their data as tables; OCR keeps them as lines whose cells
are set apart by runs of spaces::

    指标名称            绝对值（万吨）   比上年增长%
    粮食                    38.62          2.3
      其中：小麦            16.94          1.8
    原煤（万吨）            312.5         -2.8

Reports such as a government-information annual report print their tables with bars between
the cells, often under a heading that names the unit of them all::

    二、主动公开政府信息情况（单位：件）
    信息内容｜本年制发件数｜本年废止件数｜现行有效件数
    规章｜2｜0｜27

A number in a cell has no unit after it: its unit is the column's (绝对值（万吨）, 比上年增长%,
本年收费金额（单位：万元）), or, where the column names none, the row's (原煤（万吨）), or the one
the heading over a barred table names (（单位：件）). What a table header looks like is data
(``[tables]`` in ``lexicon/layout.toml``); this module finds the tables of a page
(:func:`find_tables`, read by the layout to keep their lines out of paragraphs) and turns
their cells into figures (:func:`table_figures`), each with the action and object its column
and row give.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, compile_pattern, literal_pattern, load_lexicon

# cells are set apart by two or more spaces or an ideographic space (one space is an OCR gap
# inside a number: 1 036), or by a bar
_CELL_GAP = re.compile(r"(?:[ \t]{2,}|\u3000)[ \t\u3000]*|[ \t\u3000]*[｜|][ \t\u3000]*")
_BARS = "｜|"
_RULE = re.compile(r"[-:—－ ]+")
_NUMBER = re.compile(r"[-−－]?\d+(?: ?\d{3})*(?:\.\d+)?")
# a cell that holds no figure: a placeholder (表中“—”表示该指标不公布总量), a date (整改时限 11月20日)
_PLACEHOLDER = re.compile(r"[—－–-]{1,2}|…+|\d{1,2}月(?:\d{1,2}日)?前?")
# a number cell may carry its own percent sign (整改率 60.4%)
_NUMBER_CELL = re.compile(_NUMBER.pattern + r"[%％]?")
# under a header of bodies, a cell may print its unit (乡镇 | 培训人数 …|岚桥镇 | 312人 | 41.3万元)
_UNIT_CELL = re.compile(r"\d+(?:\.\d+)?[万亿]?[^\s\d%％.]{1,3}")
_ANY_GAP = re.compile(r"[ \t\u3000]+")
_BRACKET_UNIT = re.compile(r"[(（](?:单位[:：])?([^()（）:：]{1,8})[)）]\s*$")
_CAPTION_UNIT = re.compile(r"[(（]单位[:：][^()（）:：]{1,8}[)）][ \t\u3000]*$", re.M)   # (…结果（单位：批次）)


def _caption_unit(text: str, start: int, end: int) -> str:
    """二、主动公开政府信息情况（单位：件）: the unit a line's closing bracket names after 单位, or ""."""
    m = _BRACKET_UNIT.search(text, start, end)
    return m.group(1) if m and "单位" in m.group() else ""


@dataclass
class Cell:
    start: int      # offsets into the original text
    end: int
    text: str


@dataclass
class Table:
    lines: list[tuple[int, int]]          # (start, end) of the header and every row, original offsets
    header: list[str]                     # the header's cells (the first names the rows)
    rows: list[tuple[Cell, list[Cell]]]   # (label, numbers) of each row
    time: str = ""                        # the period its caption names (表1　2023年主要…: 2023年)
    unit: str = ""                        # the unit(s) the heading over the table names (（单位：件）, 单位：亿元、%)
    unit_column: int | None = None        # the header's column of units (指标名称  单位  1—10月), if any
    topic: str = ""                       # what its caption says it is about (表：各乡镇（街道）5G基站建设进度: 5G基站)


@dataclass(frozen=True)
class _TableRules:
    header: re.Pattern      # (with % also written full-width: the page is read before folding)
    growth_words: tuple
    caption: re.Pattern | None
    caption_time: re.Pattern | None
    row_marks: re.Pattern | None
    column_time: re.Pattern | None
    unit_columns: tuple     # (单位, 计量单位: a header cell over the units of the rows)
    cell_time: re.Pattern | None
    growth_action: str
    body_columns: tuple     # (单位, 街道 …: a first header cell over rows that name bodies)
    name_columns: tuple     # (项目名称: one over rows that name projects, whose cells may print units)
    body_header: re.Pattern | None   # (a line that opens with one of them, then a space)
    total_rows: tuple       # (合计: a row of totals names no body)
    no_act_ends: tuple      # (整改率: a rate column names no act)
    unit_heading: re.Pattern | None   # (单位：亿元、%: a line over a table naming its units)
    unit_heading_line: re.Pattern | None   # (the same, as a line of a page)
    percent_columns: tuple  # (完成预算, 比重: the percent column of such a table)
    growth_nouns: tuple     # (增速: a growth word that is no act)
    change_cell: re.Pattern | None   # (增长11.2%: a cell that states a change in words)
    measure_ends: tuple     # (金额, 人数: a row's name that ends so is a measure, not an act's object)
    rank_columns: tuple     # (名次, 序号: a first header cell over the rows' ranks, before their names)
    header_counts: str      # (数 of 件数: a header that counts a unit names it)
    act_prefixes: str       # (已, 累计, 新: before a header's act, 新开通)
    caption_topic: re.Pattern | None   # (表：各乡镇（街道）5G基站建设进度（截至6月30日）: 5G基站), or None
    rank_cell: re.Pattern | None       # (第1名 under 季度排名: a rank in a row, no figure)


@lru_cache(maxsize=8)
def _rules(lx: Lexicon) -> _TableRules | None:
    t = lx.raw["layout"].get("tables", {})
    if not t.get("header_words"):
        return None
    words = tuple(dict.fromkeys(w2 for w in t["header_words"] for w2 in (w, w.replace("%", "％"))))
    return _TableRules(literal_pattern(words), tuple(t.get("growth_words", [])),
                       compile_pattern(t["caption"]) if t.get("caption") else None,
                       compile_pattern(t["caption_time"]) if t.get("caption_time") else None,
                       compile_pattern(t["row_marks"]) if t.get("row_marks") else None,
                       compile_pattern(t["column_time"]) if t.get("column_time") else None,
                       tuple(t.get("unit_columns", [])),
                       compile_pattern(t["cell_time"]) if t.get("cell_time") else None,
                       t.get("growth_action", ""), tuple(t.get("body_columns", [])),
                       tuple(t.get("name_columns", [])),
                       # (乡　镇: a two-character word may be printed spaced out; the line may be
                       # indented as a paragraph is, 　　县（区）　　监测工程 …)
                       re.compile("^[ \t\u3000]*(?:" + "|".join("[ \u3000]?".join(map(re.escape, w)) for w in t["body_columns"])
                                  + r")(?:[(（][^()（）\n]{1,8}[)）])?[ \t\u3000]", re.M)
                       if t.get("body_columns") else None,
                       tuple(t.get("total_rows", [])), tuple(t.get("no_act_ends", [])),
                       compile_pattern(t["unit_heading"]) if t.get("unit_heading") else None,
                       re.compile(r"^[ \t\u3000]*(?:" + t["unit_heading"] + r")[ \t\u3000]*$", re.M)
                       if t.get("unit_heading") else None,
                       tuple(t.get("percent_columns", [])),
                       tuple(t.get("growth_nouns", [])),
                       re.compile("(?P<word>" + "|".join(map(re.escape, t["change_cell_words"])) + ")(?=" + _NUMBER_CELL.pattern + "$)")
                       if t.get("change_cell_words") else None,
                       tuple(t.get("measure_ends", [])), tuple(t.get("rank_columns", [])),
                       t.get("header_counts", ""), t.get("act_prefixes", ""),
                       compile_pattern(t["caption_topic"]) if t.get("caption_topic") else None,
                       re.compile(t["rank_cell"]) if t.get("rank_cell") else None)


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the line text[start:end], split at runs of spaces or at bars (a bar that
    opens or closes the line, | a | b |, sets no cell apart)."""
    while start < end and (text[start] in _BARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _BARS or text[end - 1].isspace()):
        end -= 1
    return _split_at(_CELL_GAP, text, start, end)


def _spaced_words_joined(text: str, cells: list[Cell]) -> list[Cell]:
    """项　目 / 指　标: a header's first word printed with one space between its characters is
    one cell, not two."""
    if (len(cells) >= 3 and len(cells[0].text) == 1 and len(cells[1].text) == 1
            and cells[1].start - cells[0].end == 1 and not cells[0].text.isdigit()):
        return [Cell(cells[0].start, cells[1].end, cells[0].text + cells[1].text)] + cells[2:]
    return cells


def _split(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a line whose cells are set apart by single spaces (单位 问题数（个） 已整改（个）)."""
    return _split_at(_ANY_GAP, text, start, end)


def _split_at(gaps: re.Pattern, text: str, start: int, end: int) -> list[Cell]:
    cells, pos = [], start
    for gap in gaps.finditer(text, start, end):
        if gap.start() > pos:
            cells.append(Cell(pos, gap.start(), text[pos:gap.start()]))
        pos = gap.end()
    if pos < end:
        cells.append(Cell(pos, end, text[pos:end]))
    return cells


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's text without its leading and trailing white space."""
    spans, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.strip()
        if body:
            lead = len(raw) - len(raw.lstrip())
            spans.append((pos + lead, pos + lead + len(body)))
        pos += len(raw)
    return spans


def find_tables(text: str, lexicon: Lexicon | None = None) -> list[Table]:
    """The text tables of a page: a header line of two or more cells that holds a header word
    (绝对值, 增长% …), then one or more rows of a label and as many numbers as the header has
    columns after its first."""
    return _find_tables(text, lexicon or load_lexicon())


# The layout reads a page's tables, then the extraction its cells: keep the last two pages'.
# A Table is never changed after it is made.
@lru_cache(maxsize=2)
def _find_tables(text: str, lx: Lexicon) -> list[Table]:
    rules = _rules(lx)
    barred = "｜" in text or "|" in text
    if rules is None or not _spaced_header_word(text, rules) and not barred and (
            rules.unit_heading_line is None or rules.unit_heading_line.search(text) is None) and (
            rules.body_header is None or rules.body_header.search(text) is None) and _CAPTION_UNIT.search(text) is None:
        return []   # (most pages print no table)
    lines = _line_spans(text)
    if barred:
        return _barred_tables(text, lines, rules) + _spaced_tables(text, lines, rules)
    return _spaced_tables(text, lines, rules)


def _spaced_header_word(text: str, rules: _TableRules) -> bool:
    """A header word stands on a line whose cells are set apart (名次 in prose, 上升3个名次, is no header)."""
    for m in rules.header.finditer(text):
        # (within a header's reach of the word: a page may be one long line)
        lo, hi = max(0, m.start() - 120), min(len(text), m.end() + 120)
        start, end = text.rfind("\n", lo, m.start()) + 1 or lo, text.find("\n", m.end(), hi)
        if _CELL_GAP.search(text, start, hi if end < 0 else end):
            return True
    return False


def _spaced_tables(text: str, lines: list[tuple[int, int]], rules: _TableRules) -> list[Table]:
    """Tables whose cells are set apart by spaces, under a header that holds a header word; or,
    set apart by single spaces, under a header of three or more cells over rows of bodies
    (单位 在谈项目（个） 签约项目（个）), with rows of exactly as many cells (a single space is
    otherwise an OCR gap inside a number: 1 036)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if _has_bar(text, *lines[i]):
            i += 1   # (a barred line is the barred reader's)
            continue
        header = _spaced_words_joined(text, _cells(text, *lines[i]))
        cells_of = _cells
        if len(header) < 2:
            single = _split(text, *lines[i])
            if len(single) >= 3 and _body_column(single[0].text, rules):
                header, cells_of = single, _split
        # (单位：亿元、%: a line of its own over the header names the table's units)
        units = rules.unit_heading.fullmatch(text, *lines[i - 1]) if i and rules.unit_heading is not None else None
        unit = units.group("units") if units else ""
        if i and not unit:
            unit = _caption_unit(text, *lines[i - 1])   # (表2 1—9月产品质量抽查结果（单位：批次）)
        if len(header) < 2 or not (cells_of is _split or unit or rules.header.search(text, *lines[i])
                                   or _body_column(header[0].text, rules)) or any(
                _NUMBER.fullmatch(c.text) for c in header):
            i += 1
            continue
        # (名次  街道  得分 …|1  文昌街道  96.5 …: the ranks before the rows' names are no figures)
        ranked = header[0].text in rules.rank_columns
        if ranked:
            header = header[1:]
        by_body = _body_column(header[0].text, rules)
        units_printed = by_body or header[0].text in rules.name_columns   # (cells that may print their units: 312人)
        # a column of units (指标名称  单位  1—10月 …): each row names its own
        unit_column = next((k for k, c in enumerate(header) if k and c.text in rules.unit_columns), None)
        # (乡镇（街道）  村  得分 …|柳营镇  前杨村  97.5 …: under a header of bodies, the rows' leading
        # word cells name each row's body together: 柳营镇前杨村)
        names = 1
        rows = []
        j = i + 1
        while j < len(lines):
            cells = cells_of(text, *lines[j])
            if len(cells) > 2 and cells[0].text + cells[1].text in rules.total_rows:
                # 合　计　　213000 …: a row of totals spaces its name out to the first column's width
                cells = [Cell(cells[0].start, cells[1].end, cells[0].text + cells[1].text)] + cells[2:]
            if ranked and len(cells) > 1 and _NUMBER.fullmatch(cells[0].text):
                cells = cells[1:]
            if not rows and cells_of is _cells and by_body:
                while (names < len(cells) - 1 and names < len(header) - 1 and names != unit_column
                       and not _figure_cell(cells[names].text, units_printed) and not _NUMBER_CELL.fullmatch(cells[0].text)):
                    names += 1
            if names > 1 and len(cells) > names:
                cells = [Cell(cells[0].start, cells[names - 1].end, "".join(c.text for c in cells[:names]))] + cells[names:]
            numbers = cells[1:]
            if (len(cells) < 2 or len(numbers) > len(header) - 1 or _NUMBER.fullmatch(cells[0].text)
                    or _has_bar(text, *lines[j])
                    or cells_of is _split and len(cells) != len(header)
                    or not all(_figure_cell(c.text, units_printed) or _PLACEHOLDER.fullmatch(c.text) or k + 1 == unit_column
                               or rules.rank_cell is not None and rules.rank_cell.fullmatch(c.text)
                               or rules.change_cell is not None and rules.change_cell.match(c.text)
                               for k, c in enumerate(numbers))
                    or not any(_figure_cell(c.text, units_printed) for c in numbers)):
                break
            rows.append((cells[0], numbers))
            j += 1
        if rows:
            caption = i - 2 if units else i - 1   # (the title over the unit heading)
            head = [c.text for c in header]
            if names > 1:
                head = head[:1] + head[names:]   # (the first names the rows: 乡镇（街道）, over 柳营镇前杨村)
            # (（截至10月31日　单位：只）: a unit heading may name the period too)
            period = _period(units.group(), rules) if units else ""
            tables.append(Table(lines[i:j], head, rows,
                                period or _caption_time(text, lines[caption] if caption >= 0 else None, rules),
                                unit=unit, unit_column=unit_column,
                                topic=_caption_topic(text, lines[caption] if caption >= 0 else None, rules)))
        i = max(j, i + 1)
    return tables


def _barred_tables(text: str, lines: list[tuple[int, int]], rules: _TableRules) -> list[Table]:
    """Runs of lines whose cells are set apart by bars: a line of words is the header of the rows
    under it (信息内容｜本年制发件数｜…), a line of a label and numbers a row (规章｜2｜0｜27); a short
    line with no bar between them only groups the rows ((三)不予公开). The unit is the one the
    line before the run names (二、主动公开政府信息情况（单位：件）)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if not _has_bar(text, *lines[i]):
            i += 1
            continue
        unit = _caption_unit(text, *lines[i - 1]) if i else ""
        heading = rules.unit_heading.fullmatch(text, *lines[i - 1]) if i and not unit and rules.unit_heading is not None else None
        if heading:
            unit = heading.group("units")   # (单位：万元、% on a line of its own, no brackets)
        # (表1 1—9月各乡镇矛盾纠纷受理化解情况（单位：件）: the caption's period too)
        period = _caption_time(text, lines[i - 1], rules) if i and not _has_bar(text, *lines[i - 1]) else ""
        topic = _caption_topic(text, lines[i - 1], rules) if i and not _has_bar(text, *lines[i - 1]) else ""
        header: list[str] = []
        table: Table | None = None
        j = i
        while j < len(lines):
            start, end = lines[j]
            if not _has_bar(text, start, end):
                if j + 1 < len(lines) and _has_bar(text, *lines[j + 1]) and end - start <= 30 \
                        and not any(ch.isdigit() for ch in text[start:end]) and "单位" not in text[start:end]:
                    j += 1   # ((三)不予公开: a group of the rows; a heading that names a unit opens a table)
                    continue
                break
            cells = _cells(text, start, end)
            numbers = cells[1:]
            if all(_RULE.fullmatch(c.text) for c in cells):
                j += 1   # (|---|---|: a markdown table's rule under its header)
                continue
            if len(cells) >= 2 and numbers and all(_NUMBER_CELL.fullmatch(c.text) for c in numbers) \
                    and not _NUMBER.fullmatch(cells[0].text):
                if table is None:
                    table = Table([], header or [""] * len(cells), [], time=period, unit=unit, topic=topic)
                    tables.append(table)
                table.rows.append((cells[0], numbers))
                table.lines.append((start, end))
            elif not any(_NUMBER_CELL.fullmatch(c.text) for c in cells):
                header, table = [c.text for c in cells], None   # a header for the rows under it
            else:
                break
            j += 1
        i = max(j, i + 1)
    return tables


def _body_column(cell: str, rules: _TableRules) -> bool:
    """乡镇, 乡镇（单位）: a first header cell over rows that name bodies (one of ``body_columns``,
    also with a bracket that names other kinds of rows)."""
    return cell in rules.body_columns or _BRACKET_UNIT.sub("", cell) in rules.body_columns


def _figure_cell(cell: str, units_printed: bool) -> bool:
    """A cell that holds a figure: a number (with its %), or under a header of bodies or of
    names a number with its unit (312人, 41.3万元)."""
    return _NUMBER_CELL.fullmatch(cell) is not None or units_printed and _UNIT_CELL.fullmatch(cell) is not None


def _has_bar(text: str, start: int, end: int) -> bool:
    return any(text.find(bar, start, end) >= 0 for bar in _BARS)


def _caption_time(text: str, line: tuple[int, int] | None, rules: _TableRules) -> str:
    """The period named by the caption on the line before a table's header (表1　2023年主要农产品
    产量及其增长速度: 2023年), or ""."""
    if line is None or rules.caption is None or rules.caption_time is None:
        return ""
    raw = text[line[0]:line[1]].strip()
    caption = "".join(raw.split())
    if rules.caption.match(caption):
        # (after the caption's mark where a space ends it: 表1 1—9月…, not 11—9月)
        head = re.match(r"\S+\s+", raw)
        m = rules.caption_time.search("".join(raw[head.end():].split()) if head else caption)
        return m.group() if m else ""
    if caption.endswith((":", "：")):
        # (a paragraph that ends by announcing the table: …。各市场监管所检查情况如下（截至10月底）：
        # its last sentence is the caption)
        caption = re.split("[。；;]", caption)[-1]
    # (a title line with no 表N: 各街道（镇、园区）1—10月主要指标完成情况)
    if len(caption) > 40 or any(ch in caption for ch in "。；;"):
        return ""
    # (第三季度考核结果如下（表内为截至9月底数据）: a bracket that dates the data dates the cells)
    for inside in re.findall(r"[(（]([^()（）]+)[)）]", caption):
        if _period(inside, rules):
            return _period(inside, rules)
    return _period(caption, rules)


def _caption_topic(text: str, line: tuple[int, int] | None, rules: _TableRules) -> str:
    """What the caption on the line before a table's header says the table is about (表1　1—9月各乡镇
    矛盾纠纷受理化解情况（单位：件）: 矛盾纠纷受理化解), or ""."""
    if line is None or rules.caption_topic is None:
        return ""
    caption = "".join(text[line[0]:line[1]].split())
    if len(caption) > 40 or any(ch in caption for ch in "。；;，,"):
        return ""   # (a sentence, not a caption)
    m = rules.caption_topic.fullmatch(caption)
    return m.group("topic") if m else ""


def _column_unit(header_cell: str, label: str, lx: Lexicon, rules: _TableRules, table_unit: str = ""):
    """(unit, kind, factor) of a column's numbers: the unit in the header cell's brackets, %
    in it, or else the unit in the row label's brackets, or else the table's; None where none
    is named."""
    from .quantities import parse_quantity   # (read late, as numerals in table_cells)

    if "%" in header_cell or "％" in header_cell:
        return "%", "percent", 1.0
    sources = [m.group(1) for m in (_BRACKET_UNIT.search(header_cell), _BRACKET_UNIT.search(label)) if m]
    # (a header that is a unit, or counts one: 人次, 件数, 户数)
    count_of = rules.header_counts
    named = header_cell[:-len(count_of)] if count_of and header_cell.endswith(count_of) else header_cell
    if not sources and named in lx.unit_kind and lx.unit_kind[named] == "count":
        sources.append(named)
    for source in sources + [table_unit] * bool(table_unit):
        fig = parse_quantity("1" + source, lx)
        if fig is not None and fig.value_max is None:
            return fig.unit, fig.kind, fig.value
    return None


def _heading_unit(units: str, header_cell: str, growth: str, rules: _TableRules) -> str:
    """The unit a unit heading gives a column: its only one; of several (单位：亿元、%), % for a
    growth or percent column (同比增减, 完成预算), else the first other."""
    names = [u for u in re.split(r"[、,，/]", units) if u]
    if len(names) <= 1:
        return units
    percent = next((u for u in names if u in ("%", "％")), "")
    if percent and (growth or any(w in header_cell for w in rules.percent_columns)):
        return percent
    return next((u for u in names if u not in ("%", "％")), "")


def _row_name(label: str, rules: _TableRules) -> str:
    """粮食 from 其中：粮食 / 原煤（万吨） / 1.属于国家秘密: the row's name without its breakdown
    mark, number and unit."""
    label = _BRACKET_UNIT.sub("", label).strip()
    if rules.row_marks is not None:
        label = rules.row_marks.sub("", label)
    return re.sub(r"^(?:其中|#)[:：]?", "", label).strip()


def table_cells(text: str, lexicon: Lexicon | None = None):
    """Every number of the page's text tables that has a unit: (cell, value, unit, kind,
    action, object, time, actor, header), in page order; ``header`` is where the table's header
    line starts. The action is 增长 for a growth column, else "";
    the object the row's name (with the column's words for a growth column: 粮食(比上年增长)), or
    the column's measure where the rows name bodies (单位 | 规上工业总产值（亿元）: the row's body
    is the actor, else ""); the time the period the row's label, the column's header or the
    table's caption names."""
    from .numerals import clean_float   # (numerals -> normalize -> segment -> tables: read late)

    lx = lexicon or load_lexicon()
    rules = _rules(lx)
    out = []
    sums = lx.raw["verbs"].get("bare_measures", ())   # (完成投资: 投资 is a sum, no act of the items)
    for table in find_tables(text, lx):
        unit_column = table.unit_column
        by_body = _body_column(table.header[0], rules)   # (rows that name bodies: their actors)
        units_printed = by_body or table.header[0] in rules.name_columns
        for label, numbers in table.rows:
            name = _row_name(label.text, rules)
            # the row's own unit (亿元 in its 单位 cell), and the period its label names (地区生产总值（1—9月）)
            row_unit = numbers[unit_column - 1].text if unit_column is not None and unit_column <= len(numbers) else ""
            row_time = _period(label.text, rules)
            for k, cell in enumerate(numbers):
                change = rules.change_cell.match(cell.text) if rules.change_cell is not None else None
                own = None if change or _NUMBER_CELL.fullmatch(cell.text) else _own_unit(cell.text, units_printed, lx)
                if k + 1 == unit_column or not (change or _NUMBER_CELL.fullmatch(cell.text) or own):
                    continue   # (the unit cell, a placeholder —, a date)
                header_cell = table.header[k + 1] if k + 1 < len(table.header) else ""
                if change:
                    # 增长11.2% under 累计同比: the word is the cell's act, the number after it its figure
                    word = change.group("word")
                    cell = Cell(cell.start + len(word), cell.end, cell.text[len(word):])
                percent = cell.text.endswith(("%", "％"))
                growth = change.group("word") if change else next((w for w in rules.growth_words if w in header_cell), "")
                unit = own[1] if own else ("%", "percent", 1.0) if percent else _column_unit(
                    header_cell, label.text, lx, rules, row_unit or _heading_unit(table.unit, header_cell, growth, rules))
                if unit is None or not name:
                    continue
                value = own[0] if own else float(re.sub(r"[ %％]", "", cell.text).replace("−", "-").replace("－", "-"))
                measure = re.sub(r"[(（]?[%％][)）]?", "", header_cell)
                when = rules.column_time.match(header_cell) if rules.column_time is not None else None
                act = ""
                if by_body:
                    # 单位 | 规上工业总产值（亿元） | 增速（%）: the column's measure (a bare 增速 that of
                    # the column before it), of the row's body; a header that opens with an act
                    # (签约项目（个）, 已整改（个）) gives it
                    measure = _BRACKET_UNIT.sub("", measure).strip()
                    if growth and measure == growth and k:
                        measure = _BRACKET_UNIT.sub("", table.header[k]).strip() + growth
                    elif growth and k and _compares_only(measure.replace(growth, "", 1), lx):
                        # (诊疗量  同比增长（%）: the change of the column before, bracketed as in prose)
                        measure = f"{_BRACKET_UNIT.sub('', table.header[k]).strip()}（{measure}）"
                    obj = measure
                    act = "" if measure.endswith(rules.no_act_ends) else _opening_act(measure, lx)
                    if (act and not growth and len(measure) - len(act) > 1 and measure.startswith(act)
                            and not measure.endswith(rules.measure_ends) and not _only_act(measure[len(act):], lx, rules)):
                        # (建成收集点: the act, then what it counts; but 治理面积, a measure, and
                        # 纳入整改, two acts, are named whole)
                        obj = measure[len(act):]
                    unprefixed = measure.lstrip(rules.act_prefixes)   # (已整改: 整改)
                    if table.topic and not growth and _only_act(measure, lx, rules) and (
                            not k or _only_act(_BRACKET_UNIT.sub("", table.header[k]).strip(), lx, rules)):
                        # (新开通, 受理（件）, 累计: a header that is only its act counts what the caption
                        # names, unless the column before names it: 问题数（个）  已整改（个）)
                        act, obj = act or _opening_act(unprefixed, lx) or measure, table.topic
                    elif (act and k and not growth and unprefixed.startswith(act)
                          and _only_act(unprefixed[len(act):], lx, rules) and unprefixed[len(act):] not in sums):
                        # (排查隐患（处）  完成整改（处） / 已整改（处）: acts alone count what the
                        # column before names after its act; not 完成投资, a sum, or after 新增装机,
                        # two acts)
                        before = _BRACKET_UNIT.sub("", table.header[k]).strip()
                        before_act = _opening_act(before, lx)
                        rest = before[len(before_act):]
                        if (before_act and len(rest) > 1 and before.startswith(before_act)
                                and not before.endswith(rules.measure_ends) and not _opening_act(rest, lx)):
                            act, obj = unprefixed, rest
                    if not act and not growth:
                        # (肉牛存栏: a header that ends with its act names what it counts before it)
                        act, obj = _closing_act(measure, lx) or ("", measure)
                elif growth:
                    obj = f"{name}（{measure}）"
                else:
                    obj = name
                    # 1—10月完成, 本年制发件数: the act the column's header names after its period
                    words = _BRACKET_UNIT.sub("", measure).strip()
                    for named in (_period(words, rules), when.group() if when else ""):
                        words = words.replace(named, "", 1).strip() if named else words
                    # (签约率: a rate column names no act, as under a header of bodies)
                    act = "" if words.endswith(rules.no_act_ends) else _opening_act(words, lx)
                    if not act and not words.endswith(rules.no_act_ends):
                        # 检查生产经营单位（家次）| 2416: else the act the row's name opens with
                        act = _opening_act(name, lx)
                        rest = name[name.find(act) + len(act):] if act else ""
                        # (罚款金额, 死亡人数: a measure of the act, named whole)
                        obj = rest if rest and not rest.endswith(rules.measure_ends) else name
                if growth:
                    # (同比增减: its own growth verb; 增速, a noun: growth_action)
                    act = growth if growth not in rules.growth_nouns else rules.growth_action
                period = when.group() if when else _period(header_cell, rules)
                if growth and not period and k:
                    # (累计同比 after 1—10月累计: a change compares the column before it, unless the
                    # caption names that period with its year: 2024年1—10月)
                    before = _period(table.header[k], rules)
                    period = "" if before and table.time.endswith(before) else before
                out.append((cell, clean_float(value * unit[2]), unit[0], unit[1], act, obj,
                            row_time or period or table.time,
                            name if by_body and name not in rules.total_rows else "", table.lines[0][0]))
    return out


def _own_unit(cell: str, units_printed: bool, lx: Lexicon) -> tuple[float, tuple[str, str, float]] | None:
    """(value, (unit, kind, factor 1.0)) of a cell that prints its unit (41.3万元: 413000, 元),
    where the unit is one civex knows and the figure is a claim in prose too (not 5天, a
    length of time); else None."""
    from .quantities import parse_quantity   # (read late, as numerals in table_cells)

    if not (units_printed and _UNIT_CELL.fullmatch(cell)):
        return None
    fig = parse_quantity(cell, lx)
    if (fig is None or fig.excluded_by or fig.value_max is not None
            or (fig.start, fig.end) != (0, len(cell))):
        return None   # (an exclusion, a range, or a figure that is not the whole cell)
    return fig.value, (fig.unit, fig.kind, 1.0)


def _opening_act(header: str, lx: Lexicon) -> str:
    """签约 of 签约项目, 整改 of 已整改: the act a column's header opens with, or ""."""
    from .claims import opening_verb   # (claims reads tables' figures: read late)

    return opening_verb(header.lstrip("已累计"), lx)


def _closing_act(header: str, lx: Lexicon) -> tuple[str, str] | None:
    """(存栏, 肉牛) of 肉牛存栏: the act a column's header ends with and the noun before it, or
    None where it ends with no verb (规模养殖场) or leaves less than a noun before it."""
    from .claims import tokens   # (claims reads tables' figures: read late)

    toks = tokens(header, 0, len(header), lx)
    last = toks[-1] if toks else None
    if last is None or last.cls != "strong" or last.end != len(header) or last.start < 2:
        return None
    return last.word, header[:last.start]


def _compares_only(words: str, lx: Lexicon) -> bool:
    """同比, 比上年, 较上年: words that only name what a change is compared with."""
    from .claims import comparison_end   # (claims reads tables' figures: read late)

    m = comparison_end(lx).search(words)
    return m is not None and m.start() == 0


def _only_act(header: str, lx: Lexicon, rules: _TableRules) -> bool:
    """新开通, 已整改, 受理, 累计: a column's header that is only an act (after 已, 累计, 新:
    ``act_prefixes``)."""
    bare = header.lstrip(rules.act_prefixes)
    return not bare or _opening_act(bare, lx) == bare


def _period(cell: str, rules: _TableRules) -> str:
    """1—10月 in a column's header or a row's label (地区生产总值（1—9月）): the period it names, or ""."""
    m = rules.cell_time.search("".join(cell.split())) if rules.cell_time is not None else None
    return m.group() if m else ""


def table_figures(norm, lexicon: Lexicon | None = None) -> list:
    """The numbers of the page's text tables as figures (clean-text spans), each with the
    (action, object, time, actor) its column, row and caption give in ``Figure.table``."""
    from .quantities import Figure   # (read late, as numerals in table_cells)

    figures = []
    for cell, value, unit, kind, action, obj, time, actor, header in table_cells(norm.original, lexicon):
        start, end = norm.to_clean(cell.start), norm.to_clean(cell.end - 1) + 1
        figures.append(Figure(start, end, cell.text, value, None, "exact", unit, kind, start, end,
                              table=(action, obj, time, actor, norm.to_clean(header))))
    return figures
