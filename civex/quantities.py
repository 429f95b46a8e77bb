"""Finding figures in clean text: numeral + qualifier + unit, and the exclusions.

A *figure* is a number with a unit or classifier (``300余处``, ``1.28亿元``,
``70.5%``, ``两个``). Its span is the quantity as printed, without a prefix
qualifier (``约``) or a suffix one (``以上``), which only set ``approx``. Each
figure is checked against the exclusion rules of ``lexicon/exclusions.toml``;
an excluded figure keeps the rule that excluded it, so ``civex explain`` can say
why it is not a claim.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import Lexicon, alternation, compile_pattern, literal_pattern, load_lexicon
from .numerals import (ARABIC_NUMERAL, clean_float, CN_BIG_CHARS, CN_DIGIT_CHARS, CN_HUNDRED_CHARS, CN_POINT, CN_SCALE_CHARS,
                       CN_TEN_CHARS, MINUS_WORDS, SCALE_CHARS, numeral_kind, parse_number)

RANGE_SEPARATORS = ["至", "到", "-", "~", "—", "——", "－", "～", "－"]
WINDOW = 16   # characters of context the exclusion rules see on each side


@dataclass
class Figure:
    start: int              # clean-text span of the quantity as printed (number .. unit)
    end: int
    numeral: str            # the first number as printed, qualifiers stripped (23万, 二十)
    value: float
    value_max: float | None
    approx: str
    unit: str
    kind: str
    qualifier_start: int    # where a prefix qualifier starts (== start when none)
    qualifier_end: int      # where a suffix qualifier ends (== end when none)
    excluded_by: str = ""   # name of the exclusion rule, "" for a claim
    why: str = ""
    printed_unit: str = ""  # the unit as printed (个百分点), "" for a percentage written 百分之…
    # (action, object, time, actor, clean start of its header line) of a text table's cell (civex/tables.py)
    table: tuple[str, str, str, str, int] | None = None

    @property
    def is_claim(self) -> bool:
        return not self.excluded_by


class _Matcher:
    """The compiled patterns of one lexicon."""

    def __init__(self, lx: Lexicon):
        self.lx = lx
        infix = alternation(lx.infix_qualifiers)
        units = alternation(lx.unit_spellings())
        # the unit group as a trie: regex would try hundreds of spellings one by one at each figure
        unit_trie = literal_pattern(lx.unit_spellings()).pattern
        seps = alternation(RANGE_SEPARATORS)
        # A scale character is not a scale where a unit starts with it (12千米, 一百千瓦).
        scale_units = [u for u in lx.unit_spellings() if u[:1] in SCALE_CHARS]
        guard = f"(?!{alternation(scale_units)})" if scale_units else ""
        digits, scales = regex.escape(CN_DIGIT_CHARS), regex.escape(CN_SCALE_CHARS)
        cn = (f"[{digits}{regex.escape(CN_TEN_CHARS)}](?:[{digits}]|{guard}[{scales}])*"
              f"(?:(?:{CN_POINT})[{digits}]+(?:{guard}[{scales}])*)?")
        num = f"(?:{ARABIC_NUMERAL}|{cn})"
        scale = f"(?:{guard}[{regex.escape(SCALE_CHARS)}])+"
        ratios = lx.raw["units"].get("ratios", {})
        self.ratio_marker = ratios.get("marker", "分之")
        self.ratio_symbols = {float(k): v for k, v in ratios.get("symbols", {"100": "%"}).items()}
        # 负3.9%; an ASCII "-" only where it cannot be a dash after a figure (1万元-5万元)
        not_after = lx.raw["units"].get("numerals", {}).get("minus_not_after", "")
        minus = "".join((f"(?<![{regex.escape(not_after)}])" if not_after else "") + f"{regex.escape(w)}|"
                        for w in MINUS_WORDS)
        hundred = regex.escape(CN_HUNDRED_CHARS)  # 百分之百
        half = lx.raw["units"].get("half", {})
        half_word = regex.escape(half.get("word", "半"))
        not_half = f"(?!{alternation(half['not_before'])})" if half.get("not_before") else ""
        # a scale alone, read as one of it, where a qualifier says so: 百余家, 千余人, 近万人
        lone_scales = lx.raw["units"].get("lone_scales", {})
        self.lone_scales = {k: float(v) for k, v in lone_scales.get("values", {}).items()}
        lone_chars = regex.escape("".join(self.lone_scales))
        lone_before = alternation(lone_scales.get("after_prefix", []))
        lone = (f"(?:[{lone_chars}](?=(?:{infix})(?!{alternation(CN_DIGIT_CHARS)}))"
                + (f"|(?<={lone_before})[{lone_chars}]" if lone_before else "") + ")") if self.lone_scales else "(?!)"
        self.figure = regex.compile(
            rf"""
            (?P<pct>[{scales}]+{regex.escape(self.ratio_marker)})?
            (?P<neg>{minus}(?<!{units}|[\d{scales}A-Za-z.\-)）%‰])-)?
            (?P<n1>{num}|(?<={regex.escape(self.ratio_marker)})[{hundred}]|{lone})
            (?P<q1>{infix})?
            (?P<s1>{scale})?
            (?P<q2>{infix})?
            (?:(?P<sep>{seps})(?P<n2>{num})(?P<s2>{scale})?(?P<q3>{infix})?)?
            (?P<big>大(?=[类项批]))?
            (?P<unit>(?:{unit_trie})(?!(?<=[A-Za-z])[A-Za-z]))?
            (?P<half>{half_word}{not_half})?
            """,
            regex.VERBOSE,
        )
        number_to_name = {i: name for name, i in self.figure.groupindex.items()}
        names = [number_to_name.get(i, "_") for i in range(1, self.figure.groups + 1)]
        self.groups = namedtuple("FigureGroups", names, rename=True)._make  # type: ignore[attr-defined]  # unnamed: _1, _2 …
        # group numbers: regex's lookups by name are slow
        self.unit_group, self.pct_group = self.figure.groupindex["unit"], self.figure.groupindex["pct"]
        self.n1_group, self.half_group = self.figure.groupindex["n1"], self.figure.groupindex["half"]
        bridge = lx.raw["qualifiers"].get("bridge", "")
        self.prefix = compile_pattern(
            f"(?P<q>{alternation(lx.prefix_qualifiers)})(?P<bridge>{bridge})?$" if bridge
            else f"(?P<q>{alternation(lx.prefix_qualifiers)})$") if lx.prefix_qualifiers else None
        self.not_prefix = compile_pattern(f"(?:{alternation(lx.not_qualifier)})$") if lx.not_qualifier else None
        self.suffix = compile_pattern(f"(?:{alternation(lx.suffix_qualifiers)})") if lx.suffix_qualifiers else None
        self.phrases = literal_pattern(lx.phrases) if lx.phrases else None
        self._rules: dict[tuple[str, str], tuple] = {}
        rank = lx.raw["units"].get("rank", {})
        self.rank_units = frozenset(rank.get("units", []))
        self.rank_unit = rank.get("unit", "名")
        self.rank_before = compile_pattern(rank["before"]) if rank.get("before") else None
        measured = lx.raw["units"].get("measured", {})
        self.measured_units = frozenset(measured.get("units", {}))
        self.measured_before = compile_pattern(measured["before"]) if measured.get("before") else None
        self.measured_why = measured.get("why", "")
        self.list_marks = frozenset(lx.raw["units"].get("lists", {}).get("marks", []))
        self.verb_qualifiers = frozenset(lx.raw["qualifiers"].get("verb_qualifiers", []))

    def rules_for(self, unit: str, kind: str) -> tuple:
        """The exclusion rules that can apply to a figure of this unit and numeral kind,
        in lexicon order (the unit and numeral tests of each rule, done once)."""
        key = (unit, kind)
        rules = self._rules.get(key)
        if rules is None:
            rules = self._rules[key] = tuple(
                r for r in self.lx.exclusion_rules
                if not (r.units and unit not in r.units) and unit not in r.not_units
                and not (r.numeral and r.numeral != kind))
        return rules


@lru_cache(maxsize=8)
def _matcher(lx: Lexicon) -> _Matcher:
    return _Matcher(lx)


@lru_cache(maxsize=8192)
def _value(numeral: str, scale: str | None) -> float | None:
    return parse_number(numeral + (scale or ""))


def find_figures(clean: str, lexicon: Lexicon | None = None, *, keep_excluded: bool = False,
                 keep_rules: frozenset = frozenset()) -> list[Figure]:
    """Every figure in ``clean``, in order. Excluded ones only with ``keep_excluded``, or those
    excluded by one of ``keep_rules`` (names of exclusion rules)."""
    lx = lexicon or load_lexicon()
    m = _matcher(lx)
    phrase_spans = [(p.start(), p.end()) for p in m.phrases.finditer(clean)] if m.phrases else []
    figures: list[Figure] = []
    listed: list = []   # bare numbers of a list, waiting for the unit after the last (30、40和50人)
    # A match is never empty (a numeral is required), so finditer visits the same matches
    # as searching on from each match's end.
    for match in m.figure.finditer(clean):
        listed_before = listed if listed and clean[listed[-1][0].end():match.start()] in m.list_marks else []
        if not match.group(m.unit_group) and not match.group(m.pct_group):
            # a bare number (most of them) is no figure, unless a list gives it a unit
            if clean[match.end():match.end() + 1] in m.list_marks and not match.group("n2"):
                listed = listed_before + [(match, m.groups(match.groups()))]
            else:
                listed = []
            continue
        listed = []
        # the groups as a named tuple: regex's groupdict() and group(name) are slow
        g = m.groups(match.groups())
        fig = _figure(clean, match, g, lx, m, phrase_spans)
        if fig is None:
            continue
        if g.unit:
            for bare, bare_groups in listed_before:
                if numeral_kind(bare_groups.n1) == numeral_kind(g.n1):
                    shared = _figure(clean, bare, bare_groups, lx, m, phrase_spans, shared_unit=g.unit)
                    if shared is not None and (shared.is_claim or keep_excluded or shared.excluded_by in keep_rules):
                        figures.append(shared)
            # 1.3个和2.1个百分点, 11个、9.6个和16.2个百分点: 个 begins the unit printed after the
            # last number, for every number of the list before it
            k, after = len(figures) - 1, match.start()
            while k >= 0:
                prev = figures[k]
                if not (prev.printed_unit and g.unit.startswith(prev.printed_unit)
                        and len(g.unit) > len(prev.printed_unit) and prev.value_max is None
                        and clean[prev.qualifier_end:after] in m.list_marks):
                    break
                prev.unit, prev.kind, factor = lx.canonical_unit(g.unit)
                prev.value = clean_float(prev.value * factor / lx.canonical_unit(prev.printed_unit)[2])
                prev.printed_unit = g.unit
                k, after = k - 1, prev.qualifier_start
        if fig.is_claim or keep_excluded or fig.excluded_by in keep_rules:
            figures.append(fig)
    return _join_ranges(clean, figures)


def _join_ranges(clean: str, figures: list[Figure]) -> list[Figure]:
    """1万元至3万元: two figures of one unit joined by a range separator are one range."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if (prev is not None and prev.is_claim and fig.is_claim and prev.value_max is None
                and fig.value_max is None and prev.unit == fig.unit and prev.kind == fig.kind
                and prev.qualifier_end == prev.end and clean[prev.end:fig.qualifier_start] in RANGE_SEPARATORS
                and fig.value > prev.value):
            prev.end, prev.qualifier_end, prev.value_max = fig.end, fig.qualifier_end, fig.value
            if fig.approx != "exact" and prev.approx == "exact":
                prev.approx = fig.approx
            continue
        out.append(fig)
    return out


def _figure(clean: str, mt, g, lx: Lexicon, m: _Matcher, phrase_spans, shared_unit: str = "") -> Figure | None:
    """The figure of one match of the figure pattern (``g``: its groups by name), or None.
    ``shared_unit``: the unit printed after a list that this bare number belongs to."""
    unit_text, pct, n2 = g.unit or shared_unit, g.pct, g.n2
    if not unit_text and not pct:
        return None
    if n2 and not unit_text:
        return None
    s1, n1 = g.s1, g.n1
    n1_kind = numeral_kind(n1)
    lone = m.lone_scales.get(n1)
    if s1 and n1_kind == "chinese" and not g.q1 and lone is None:
        return None  # 二十万 is read whole by the numeral; a split here is a malformed run (not 超千|万元)
    value = lone if lone is not None else _value(n1, s1)   # 千余人: 1000
    if value is None:
        return None
    if lone is not None and s1:
        value *= _value("一", s1) or 1   # 百余万元
    value_max = None
    if n2:
        s2 = g.s2
        value_max = _value(n2, s2)
        if value_max is None:
            return None
        # 3万至5万元 / 3至5万元 / 两到三万 / 十八至三十万: a scale printed only on the upper
        # bound applies to both, when the lower bound is below the upper one without it
        # (从8500到3万: 8500 stays 8500).
        tail, base2 = s2 or "", None
        if s2:
            base2 = _value(n2, None)
        elif numeral_kind(n2) == "chinese":
            tail = n2[len(n2.rstrip(CN_BIG_CHARS)):]
            if tail and len(tail) < len(n2):
                base2 = _value(n2[:-len(tail)], None)
        n1_scaled = bool(s1) or any(c in CN_BIG_CHARS for c in n1)
        if tail and not n1_scaled and base2 is not None and value < base2:
            value = _value(n1, tail) or value
        if value_max < value:
            return None  # 2023-04: not a range
    if g.neg:
        value = -value
    half = 0.5 if g.half and not n2 else 0
    if pct:
        den = parse_number("一" + pct[: -len(m.ratio_marker)])
        if not den:
            return None
        unit = m.ratio_symbols.get(den, "%")
        kind, factor = "percent", (1 if den in m.ratio_symbols else 100 / den)
        end = mt.end("n2") if n2 else (mt.end("q2") if g.q2 else mt.end("s1") if s1 else mt.end("n1"))
    else:
        unit, kind, factor = lx.canonical_unit(unit_text)
        if kind == "count":
            half = 0  # 两个半小时: the half belongs to the next word
        end = mt.end(m.half_group) if half else (mt.end(m.unit_group) if g.unit else mt.end())
        value += half if value >= 0 else -half
    value = clean_float(value * factor)
    if value_max is not None:
        value_max = clean_float(value_max * factor)
    start = mt.start()
    approx = "exact"
    for q in (g.q1, g.q2, g.q3):
        if q:
            approx = lx.infix_qualifiers[q]
    qualifier_start, qualifier_end = start, end
    if m.prefix is not None:
        before = clean[max(0, start - 10):start]
        pm = m.prefix.search(before)
        if pm and not (m.not_prefix and m.not_prefix.search(before[:pm.end("q")])):
            approx = lx.prefix_qualifiers[pm.group("q")]
            if (("bridge" not in m.prefix.groupindex or not pm.group("bridge"))
                    and pm.group("q") not in m.verb_qualifiers):
                qualifier_start = start - len(pm.group())   # 最高可贷20万元: 可贷 stays the verb
    if m.suffix is not None:
        sm = m.suffix.match(clean, end, min(len(clean), end + 4))
        if sm:
            approx = lx.suffix_qualifiers[sm.group()]
            qualifier_end = sm.end()
    fig = Figure(start, end, n1, value, value_max, approx, unit, kind, qualifier_start, qualifier_end,
                 printed_unit=unit_text or "")
    _apply_exclusions(fig, clean, lx, n1_kind, phrase_spans, mt.start(m.n1_group), m)
    return fig


def _apply_exclusions(fig: Figure, clean: str, lx: Lexicon, kind: str, phrase_spans, num_start: int,
                      m: _Matcher | None = None) -> None:
    before = clean[max(0, num_start - WINDOW):num_start]
    after = clean[fig.end:fig.end + WINDOW]
    m = m or _matcher(lx)
    if m.rank_before is not None and fig.unit in m.rank_units and m.rank_before.search(before):
        # 获得党群机关组第一名: a place in a ranking; the figure as printed includes 第
        fig.kind, fig.unit = "rank", m.rank_unit
        fig.start = fig.qualifier_start = num_start - 1
        return
    if fig.unit in m.measured_units and not (m.measured_before is not None and m.measured_before.search(before)):
        fig.excluded_by, fig.why = "duration", m.measured_why   # 为期7天, but 优良天数达227天
        return
    for rule in m.rules_for(fig.unit, kind):
        if rule.text is not None and not rule.text.fullmatch(fig.numeral):
            continue
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.search(after):
            continue
        fig.excluded_by, fig.why = rule.name, rule.why
        return
    # the first set phrase that ends after the number starts (they do not overlap, so their
    # ends rise): found by bisection, not by a walk over all of a page's phrases per figure.
    # It must hold the number's first character: 十分重视, but not 积分12.6|万分
    k = bisect_right(phrase_spans, num_start, key=lambda span: span[1])
    if k < len(phrase_spans) and phrase_spans[k][0] <= num_start:
        a, b = phrase_spans[k]
        fig.excluded_by, fig.why = "phrase", f"part of the set phrase {clean[a:b]}"


def parse_quantity(s: str, lexicon: Lexicon | None = None) -> Figure | None:
    """The first figure in a short phrase (``1.28亿元``, ``百分之五十``), exclusions ignored."""
    from .normalize import normalize

    norm = normalize(s, lexicon)
    figs = find_figures(norm.clean, lexicon, keep_excluded=True)
    return figs[0] if figs else None
