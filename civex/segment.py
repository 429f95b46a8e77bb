"""Page layout: lines into blocks (paragraphs, headlines, captions), text into sentences.

OCR pages come in two layouts that matter here:

* hard-wrapped columns (a line break every 10-20 characters, blank lines between
  lines), where headlines are short runs of lines that stand *after* the body they
  belong to, right before the next dateline (``本报讯…``);
* one paragraph per line, with headlines (``## …`` or short lines) *before* the body.

A block is a paragraph (``body``), a headline line (``headline``) or a markdown
heading (``heading``). Whether a run of lines is a headline is decided from the
page's own layout: the line lengths and what follows the run.
"""
from __future__ import annotations

import re
from functools import lru_cache
from statistics import median
from typing import NamedTuple

from .lexicon import compile_pattern
from .tables import find_tables


class Block(NamedTuple):   # a tuple: cheap to make, and a page has hundreds
    start: int          # offsets into the original text
    end: int
    kind: str           # body | item (of a list: ■ 完成投资 36.8亿元) | headline | heading | section (一、… in a report) | table (a text table's line) | masthead (a page header, part of no article)
    dateline: bool = False   # the block opens an article (本报讯…)


class Line(NamedTuple):   # a tuple: a page has thousands of lines
    start: int
    end: int
    clean: str          # white space removed, full-width folded
    marked: bool = False   # a blank line before it, or indented: how some pages mark a paragraph start


_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH_CHAR = re.compile("[\uff01-\uff5e]")


def _fold_fullwidth(text: str) -> str:
    """text.translate(_FULLWIDTH), several times faster on CJK text: str.translate looks
    up every character, while a page holds only a handful of distinct full-width ones."""
    for ch in set(_FULLWIDTH_CHAR.findall(text)):
        text = text.replace(ch, chr(ord(ch) - 0xFEE0))
    return text


def _lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    blank_before = False
    # Folding is one character to one and touches neither white space nor line breaks,
    # so the folded text splits into the same lines at the same offsets.
    for raw in _fold_fullwidth(text).splitlines(keepends=True):
        stripped = raw.strip()   # line ends are white space too
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            indent = raw[:start - pos]   # (a lone space is an OCR gap: 6 4 8| 0个)
            lines.append(Line(start, start + len(stripped), "".join(stripped.split()),
                              blank_before or len(indent) >= 2 or "\u3000" in indent))
            blank_before = False
        else:
            blank_before = True
        pos += len(raw)
    return lines


def _marks_paragraphs(lines: list[Line], ends: list[bool], body_line) -> bool:
    """Whether the page marks its paragraph starts (a blank line before, or an indent) on some
    lines but not on most: wrapped columns set one paragraph's lines one under the other, so
    there a line that ends a sentence may still be inside its paragraph. (Pages with a blank
    line after every line, or one paragraph per line, mark nearly every line.) Marks that fall
    inside a sentence more often than after one (…同比增长21.4%。其中，县级赛事38|(blank)|场、…: a
    scan's column or page break after a line of body text) mark no paragraphs."""
    marked = [i for i in range(1, len(lines)) if lines[i].marked]
    if not (len(lines) >= 8 and 0 < len(marked) <= 0.5 * (len(lines) - 1)):
        return False
    after_end = sum(ends[i - 1] for i in marked)
    inside = sum(not ends[i - 1] and body_line(lines[i - 1].clean) for i in marked)
    return inside <= after_end


class _Layout:
    def __init__(self, lexicon):
        lay = lexicon.raw["layout"]
        self.terminal = tuple(lay["terminal"])
        self.closers = tuple(lay["closers"])
        self.credit_tail = compile_pattern(lay["credit_tail"]) if lay.get("credit_tail") else None
        self.dateline = compile_pattern("|".join(f"(?:{p})" for p in lay["datelines"]))
        self.byline = compile_pattern(lay["byline"]) if lay.get("byline") else None
        self.not_headline = compile_pattern(lay["not_headline"]) if lay.get("not_headline") else None
        self.section_heading = compile_pattern(lay["section_heading"]) if lay.get("section_heading") else None
        self.masthead = compile_pattern(lay["masthead"]) if lay.get("masthead") else None
        self.masthead_long = compile_pattern(lay["masthead_long"]) if lay.get("masthead_long") else None
        self.paper_header = compile_pattern(lay["paper_header"]) if lay.get("paper_header") else None
        self.list_item = compile_pattern(lay["list_item"]) if lay.get("list_item") else None
        self.data_line = compile_pattern(lay["data_line"]) if lay.get("data_line") else None
        caption = lay.get("tables", {}).get("caption")   # (one pattern for tables.py and here)
        self.caption = compile_pattern(caption) if caption else None
        self.max_headline = int(lay.get("headline_max_chars", 36))
        self.paragraph_closing_share = float(lay.get("paragraph_closing_share", 0.4))
        self.paragraph_median_chars = int(lay.get("paragraph_median_chars", 24))
        self.paragraph_closing_chars = int(lay.get("paragraph_closing_chars", 40))
        self.subhead = None
        if lay.get("subhead"):
            # (a name ends with one of the actor suffixes of context.toml: one list for both)
            ends = sorted(lexicon.raw["context"]["actor"]["org_suffixes"], key=len, reverse=True)
            self.subhead = compile_pattern(lay["subhead"].replace("{name_ends}", "|".join(map(re.escape, ends))))
        self.subhead_name_within = int(lay.get("subhead_name_within", 12))
        self.topic_subhead = compile_pattern(lay["topic_subhead"]) if lay.get("topic_subhead") else None
        # (org_suffixes holds the places' suffixes too: 镇, 村, 社区 …)
        self.name_ends = tuple(lexicon.raw["context"]["actor"]["org_suffixes"])
        self.inner_stops = set(lay.get("headline_never_contains", "。!?;"))
        self.commas = set(lay.get("headline_strict_never_contains", ",，"))

    def is_data_line(self, text: str, ln: "Line") -> bool:
        """地区生产总值　1391.6亿元　增长5.5%: a line of a data box (read as printed: the clean text
        has lost its gap; the pattern runs only where a wide gap is there)."""
        return (self.data_line is not None
                and (text.find("\u3000", ln.start, ln.end) >= 0 or text.find("  ", ln.start, ln.end) >= 0)
                and self.data_line.match(text, ln.start, ln.end) is not None)

    def ends_paragraph(self, s: str) -> bool:
        if s.endswith(self.terminal):
            return True
        if len(s) > 1 and s.endswith(self.closers) and s[:-1].endswith(self.terminal):
            return True
        return s.endswith(")") and self.credit_tail is not None and self.credit_tail.search(s) is not None

    def headline_shape(self, s: str, strict: bool = False) -> bool:
        """Short, no sentence inside; strict (a short line followed by body text): no commas
        and at most one 、 either, since a wrapped body line looks the same otherwise."""
        if len(s) > self.max_headline or not self.inner_stops.isdisjoint(s):
            return False
        if self.not_headline is not None and self.not_headline.search(s):
            return False
        if strict:
            return self.commas.isdisjoint(s) and s.count("、") <= 1
        return True

    def is_topic_subhead(self, s: str) -> bool:
        """■人才队伍：既要引得进，更要留得住: a feature's sub-head (a topic, not a body's name)."""
        m = self.topic_subhead.match(s) if self.topic_subhead is not None else None
        return m is not None and not m.group("topic").endswith(self.name_ends)

    def is_dateline(self, s: str) -> bool:
        return bool(self.dateline.match(s)) or self.is_byline(s)

    def is_byline(self, s: str) -> bool:
        return bool(self.byline and self.byline.match(s))


@lru_cache(maxsize=8)
def _layout(lexicon) -> _Layout:
    return _Layout(lexicon)


def find_blocks(text: str, lexicon=None) -> list[Block]:
    if lexicon is None:
        from .lexicon import load_lexicon
        lexicon = load_lexicon()
    lay = _layout(lexicon)
    lines = _lines(text)
    if not lines:
        return []
    # each line's shape, once
    found = find_tables(text, lexicon)
    tables = {start for table in found for start, _end in table.lines}
    # (a barred table's header line stands right before its first row: 乡镇 | 受理 | 化解)
    first_rows = {table.lines[0][0]: table.header[0] for table in found if table.lines and table.header}
    for k in range(len(lines) - 1 if first_rows else 0):   # (most pages print no table)
        first_cell = first_rows.get(lines[k + 1].start)
        if first_cell and lines[k].start not in tables and text.startswith(first_cell, lines[k].start):
            tables.add(lines[k].start)
    markdown = [text[ln.start] == "#" for ln in lines]
    headings = [md or bool(lay.section_heading and lay.section_heading.match(ln.clean))
                for md, ln in zip(markdown, lines)]
    ends = [lay.ends_paragraph(ln.clean) for ln in lines]
    bylines = [lay.is_byline(ln.clean) for ln in lines]
    # (items come in runs: a line of its own that looks like one is a brief's title, ■市图书馆新增４家城市书房)
    item_shaped = [bool(lay.list_item and lay.list_item.match(ln.clean)) or lay.is_data_line(text, ln)
                   for ln in lines] + [False]   # (+ a guard)
    items = [shaped and (k > 0 and item_shaped[k - 1] or item_shaped[k + 1]) for k, shaped in enumerate(item_shaped[:-1])]
    ends = [e or item for e, item in zip(ends, items)]   # (an item is one line: ●城管：…2 468个|区公安分局…)
    opens = [by or bool(lay.dateline.match(ln.clean)) for ln, by in zip(lines, bylines)]
    # A page whose lines are long holds one paragraph per line; a short line that does
    # not close a sentence is then a headline even when body text follows it.
    # Hard-wrapped columns close a sentence on few lines (000: 15 %); pages with one
    # paragraph per line on most (60-70 %). A page of paragraphs among many short lines
    # (a WeChat post's 01, titles and ▲ captions) still closes its sentences on long lines,
    # which a column never holds.
    closing = sum(ends) / len(lines)
    paragraph_layout = (closing >= lay.paragraph_closing_share
                        or median(len(ln.clean) for ln in lines) >= lay.paragraph_median_chars
                        or any(ends) and median(len(ln.clean) for ln, e in zip(lines, ends) if e) >= lay.paragraph_closing_chars)
    n = len(lines)

    def headline_run_end(i: int) -> int:
        """Where the run of up to 4 headline-shaped lines from line i that close no sentence ends."""
        j = i
        while (j < n and j - i < 4 and not headings[j] and not opens[j] and not ends[j] and lines[j].start not in tables
               and not items[j] and lay.headline_shape(lines[j].clean)):
            j += 1
        return j

    def breaks_at(j: int) -> bool:
        return j == n or headings[j] or opens[j]

    sentence_ends = ends
    # (a body line: not headline-shaped, and not a bracketed note of its own, (数据来源：县创文办))
    marks = _marks_paragraphs(lines, ends, lambda s: not lay.headline_shape(s, strict=True)
                              and not (s.startswith("(") and s.endswith(")")))
    if marks:
        # 公园广场设置文明劝导岗320余个。|志愿者参与…: a sentence ends at the line's end, the
        # paragraph only where the next line is marked, opens an article, or starts the
        # headlines printed after it
        ends = [e and (lines[i + 1].marked or breaks_at(i + 1) or breaks_at(headline_run_end(i + 1)))
                if i + 1 < n else e for i, e in enumerate(ends)]

    def _is_subhead(line: str, next_line: str) -> bool:
        m = lay.subhead.match(line)
        return m is not None and next_line.find(m.group("name"), 0, len(m.group("name")) + lay.subhead_name_within) >= 0

    blocks: list[Block] = []
    cur_start: int | None = None   # original offset where the open paragraph started
    cur_end = 0
    cur_dateline = False
    cur_item = False        # the open paragraph is an item of a list (■ 完成投资 36.8亿元)

    def close():
        nonlocal cur_start, cur_dateline, cur_item
        if cur_start is not None:
            blocks.append(Block(cur_start, cur_end, "item" if cur_item else "body", cur_dateline))
        cur_start, cur_dateline, cur_item = None, False, False

    i = 0
    while i < n:
        ln = lines[i]
        if ln.start in tables:
            # a table's header or row (指标名称  绝对值（万吨）…): a block of its own
            close()
            blocks.append(Block(ln.start, ln.end, "table"))
            i += 1
            continue
        if headings[i] or (lay.caption is not None and lay.caption.match(ln.clean) and (i == 0 or ends[i - 1])
                           and lay.headline_shape(ln.clean, strict=True)):
            # a markdown heading (## …) heads an article; a report's numbered section (一、…) a
            # part of one, as a table's caption on a line of its own (表1 1—9月各乡镇…) does (not a
            # wrapped line: …三级人大代|表23人，…)
            close()
            blocks.append(Block(ln.start, ln.end, "heading" if markdown[i] else "section"))
            i += 1
            continue
        if ((lay.masthead is not None and len(ln.clean) <= lay.max_headline and lay.masthead.search(ln.clean))
                or (lay.masthead_long is not None and lay.masthead_long.match(ln.clean))
                or (not blocks and cur_start is None and lay.paper_header is not None and lay.paper_header.match(ln.clean))):
            close()
            blocks.append(Block(ln.start, ln.end, "masthead"))
            i += 1
            continue
        if bylines[i]:
            # □本报记者 李华 通讯员 王明: a line of its own that opens an article
            close()
            blocks.append(Block(ln.start, ln.end, "body", True))
            i += 1
            continue
        dateline = opens[i]
        if dateline or items[i]:
            close()   # (a list item opens a paragraph of its own)
        if (lay.subhead is not None and not dateline and not ends[i] and (i == 0 or sentence_ends[i - 1])
                and i + 1 < n and not breaks_at(i + 1) and _is_subhead(ln.clean, lines[i + 1].clean)):
            # 梅坑镇：“老表议事会”化解身边事: a sub-head inside an article, on a line of its own after
            # a sentence's end (in a wrapped column, also where no blank line marks it)
            close()
            blocks.append(Block(ln.start, ln.end, "section"))
            i += 1
            continue
        if (not dateline and not ends[i] and (i == 0 or sentence_ends[i - 1]) and i + 1 < n
                and not breaks_at(i + 1) and lay.is_topic_subhead(ln.clean)):
            # ■人才队伍：既要引得进，更要留得住|人才是县级医院最稀缺的资源。: a part of the article,
            # not a new one (and not the first line of the paragraph under it)
            close()
            blocks.append(Block(ln.start, ln.end, "section"))
            i += 1
            continue
        if (marks and not dateline and not sentence_ends[i] and i > 0 and sentence_ends[i - 1] and not items[i - 1]
                and i + 1 < n and lines[i + 1].marked and not lines[i].marked
                and lay.headline_shape(ln.clean, strict=True)):
            # …镇转运、县处理”。|设施配套 收运体系全覆盖|　　截至今年3月底，…: on a page that marks its
            # paragraphs, a short line between a sentence's end and a marked line is a sub-head
            close()
            blocks.append(Block(ln.start, ln.end, "section"))
            i += 1
            continue
        if cur_start is None and not dateline and not ends[i]:
            # A run of lines that close no sentence, at a paragraph start.
            j = headline_run_end(i)
            followed_by_break = breaks_at(j)
            if j > i and (followed_by_break or (paragraph_layout and lay.headline_shape(ln.clean, strict=True))):
                # Headline lines: in hard-wrapped pages only when a dateline, a heading
                # or the page end follows; in paragraph pages any short open line.
                last = j if followed_by_break else i + 1
                for k in range(i, last):
                    blocks.append(Block(lines[k].start, lines[k].end, "headline"))
                i = last
                continue
        if cur_start is None:
            cur_start, cur_dateline, cur_item = ln.start, dateline, items[i]
        cur_end = ln.end
        if ends[i]:
            close()
        i += 1
    close()
    return blocks


# Sentences end at these (after folding); a block break also ends one.
SENTENCE_END = "。!?\n"
# Clauses: the parts of a sentence between these marks (、 separates list items, not clauses).
# Brackets are not clause marks: 垃圾堆(带)等10204处, 村(社区)负责人 stay whole.
CLAUSE_MARKS = ",;:，；："


def clause_start(clean: str, lo: int, pos: int) -> int:
    """Where the clause that holds ``pos`` starts: after the last clause mark in clean[lo:pos], else ``lo``."""
    return max(clean.rfind(mark, lo, pos) for mark in CLAUSE_MARKS) + 1 or lo


_SENTENCE = re.compile(r"[^。!?\n]*(?:[。!?\n][”’」』)]*|$)")


@lru_cache(maxsize=4)
def sentence_spans(clean: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each sentence of the clean text, end marks (and a closing quote right
    after them: 。”) included; empty or blank sentences left out."""
    return tuple(m.span() for m in _SENTENCE.finditer(clean) if m.end() > m.start() and m.group().strip())


# A bracket longer than this holds a clause of its own ((1亩≈666.67平方米), (“4”指…)).
LONG_BRACKET = 6


_CLAUSE_CUT = re.compile(f"[{re.escape(CLAUSE_MARKS + SENTENCE_END)}()]")


@lru_cache(maxsize=4096)
def clause_spans(clean: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """[start, end) of each clause of clean[start:end] (split at the marks, and at a long bracket)."""
    spans = []
    s = start
    for m in _CLAUSE_CUT.finditer(clean, start, end):
        i = m.start()
        ch = clean[i]
        cut = True
        if ch == "(":
            close = clean.find(")", i, end)
            inner = (close if close >= 0 else end) - i - 1
            cut = inner > LONG_BRACKET
        elif ch == ")":
            open_ = clean.rfind("(", start, i)
            cut = open_ < 0 or i - open_ - 1 > LONG_BRACKET
        if cut:
            if i > s:
                spans.append((s, i))
            s = i + 1
    if end > s:
        spans.append((s, end))
    return tuple(spans)
