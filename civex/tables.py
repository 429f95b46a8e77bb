"""Tables printed as text: a header line, then rows of a label and numbers in columns.

Statistics bulletins print some of their data as tables; OCR keeps them as lines whose cells
are set apart by runs of spaces::

    指标名称            绝对值（万吨）   比上年增长%
    粮食                    38.62          2.3
      其中：小麦            16.94          1.8
    原煤（万吨）            312.5         -2.8

A number in a cell has no unit after it: its unit is the column's (绝对值（万吨）, 比上年增长%)
or, where the column names none, the row's (原煤（万吨）). What a table header looks like is
data (``[tables]`` in ``lexicon/layout.toml``); this module finds the tables of a page
(:func:`find_tables`, read by the layout to keep their lines out of paragraphs) and turns
their cells into figures (:func:`table_figures`), each with the action and object its column
and row give.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, compile_pattern, literal_pattern, load_lexicon

# cells are set apart by two or more spaces or an ideographic space; one space is an OCR gap
# inside a number (1 036)
_CELL_GAP = re.compile(r"(?:[ \t]{2,}|\u3000)[ \t\u3000]*")
_NUMBER = re.compile(r"[-−－]?\d+(?: ?\d{3})*(?:\.\d+)?")
_BRACKET_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]\s*$")


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


@dataclass(frozen=True)
class _TableRules:
    header: re.Pattern      # (with % also written full-width: the page is read before folding)
    growth_words: tuple
    caption: re.Pattern | None
    caption_time: re.Pattern | None


@lru_cache(maxsize=8)
def _rules(lx: Lexicon) -> _TableRules | None:
    t = lx.raw["layout"].get("tables", {})
    if not t.get("header_words"):
        return None
    words = tuple(dict.fromkeys(w2 for w in t["header_words"] for w2 in (w, w.replace("%", "％"))))
    return _TableRules(literal_pattern(words), tuple(t.get("growth_words", [])),
                       compile_pattern(t["caption"]) if t.get("caption") else None,
                       compile_pattern(t["caption_time"]) if t.get("caption_time") else None)


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the line text[start:end], split at runs of spaces."""
    cells, pos = [], start
    for gap in _CELL_GAP.finditer(text, start, end):
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
    if rules is None or rules.header.search(text) is None:
        return []   # (most pages print no table)
    lines = _line_spans(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        header = _cells(text, *lines[i])
        if len(header) < 2 or not rules.header.search(text, *lines[i]) or any(
                _NUMBER.fullmatch(c.text) for c in header):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines):
            cells = _cells(text, *lines[j])
            numbers = cells[1:]
            if (len(cells) < 2 or len(numbers) > len(header) - 1 or _NUMBER.fullmatch(cells[0].text)
                    or not all(_NUMBER.fullmatch(c.text) for c in numbers)):
                break
            rows.append((cells[0], numbers))
            j += 1
        if rows:
            tables.append(Table(lines[i:j], [c.text for c in header], rows,
                                _caption_time(text, lines[i - 1] if i else None, rules)))
        i = max(j, i + 1)
    return tables


def _caption_time(text: str, line: tuple[int, int] | None, rules: _TableRules) -> str:
    """The period named by the caption on the line before a table's header (表1　2023年主要农产品
    产量及其增长速度: 2023年), or ""."""
    if line is None or rules.caption is None or rules.caption_time is None:
        return ""
    caption = "".join(text[line[0]:line[1]].split())
    if not rules.caption.match(caption):
        return ""
    m = rules.caption_time.search(caption)
    return m.group() if m else ""


def _column_unit(header_cell: str, label: str, lx: Lexicon):
    """(unit, kind, factor) of a column's numbers: the unit in the header cell's brackets, %
    in it, or else the unit in the row label's brackets; None where none is named."""
    from .quantities import parse_quantity   # (read late, as numerals in table_cells)

    if "%" in header_cell or "％" in header_cell:
        return "%", "percent", 1.0
    for source in (header_cell, label):
        m = _BRACKET_UNIT.search(source)
        if m:
            fig = parse_quantity("1" + m.group(1), lx)
            if fig is not None and fig.value_max is None:
                return fig.unit, fig.kind, fig.value
    return None


def _row_name(label: str) -> str:
    """粮食 from 其中：粮食 / 原煤（万吨）: the row's name without its breakdown mark and unit."""
    label = _BRACKET_UNIT.sub("", label).strip()
    return re.sub(r"^(?:其中|#)[:：]?", "", label).strip()


def table_cells(text: str, lexicon: Lexicon | None = None):
    """Every number of the page's text tables that has a unit: (cell, value, unit, kind,
    action, object, time), in page order. The action is the column's growth word (增长) for a
    growth column, else ""; the object the row's name (with the column's words for a growth
    column: 粮食(比上年增长)); the time the period the table's caption names."""
    from .numerals import clean_float   # (numerals -> normalize -> segment -> tables: read late)

    lx = lexicon or load_lexicon()
    rules = _rules(lx)
    out = []
    for table in find_tables(text, lx):
        for label, numbers in table.rows:
            name = _row_name(label.text)
            for k, cell in enumerate(numbers):
                header_cell = table.header[k + 1] if k + 1 < len(table.header) else ""
                unit = _column_unit(header_cell, label.text, lx)
                if unit is None or not name:
                    continue
                value = float(re.sub(r"[ ]", "", cell.text).replace("−", "-").replace("－", "-"))
                growth = next((w for w in rules.growth_words if w in header_cell), "")
                obj = f"{name}（{header_cell.rstrip('%％')}）" if growth else name
                out.append((cell, clean_float(value * unit[2]), unit[0], unit[1], growth, obj, table.time))
    return out


def table_figures(norm, lexicon: Lexicon | None = None) -> list:
    """The numbers of the page's text tables as figures (clean-text spans), each with the
    (action, object, time) its column, row and caption give in ``Figure.table``."""
    from .quantities import Figure   # (read late, as numerals in table_cells)

    figures = []
    for cell, value, unit, kind, action, obj, time in table_cells(norm.original, lexicon):
        start, end = norm.to_clean(cell.start), norm.to_clean(cell.end - 1) + 1
        figures.append(Figure(start, end, cell.text, value, None, "exact", unit, kind, start, end,
                              table=(action, obj, time)))
    return figures
