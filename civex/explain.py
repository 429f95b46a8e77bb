"""Why a number is (not) a claim: the library behind ``civex explain``.

``explain(text)`` looks at every numeral of the text and says what became of it:

- ``claim``: a recognised quantity, with its value, unit, action, object, actor and time;
- ``excluded``: a number with a unit that an exclusion rule of ``lexicon/exclusions.toml``
  (or a set phrase) ruled out, with the rule's name and its reason;
- ``no_unit``: a number that no unit or classifier follows (dates and durations among
  them: 年/月/日/天 are not units).

``render(explanation, console)`` prints each sentence with the parts highlighted
(rich) and a table of the numerals.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from .extract import extract_text
from .lexicon import Lexicon, load_lexicon
from .normalize import normalize
from .numerals import ARABIC_NUMERAL, CN_NUMERAL
from .quantities import find_figures
from .tables import table_figures
from .segment import sentence_spans

NO_UNIT = "no unit or classifier follows"
DATE_AFTER = regex.compile(r"(?:年|月|日|号|时|点|分钟|小时|天|周|岁|世纪)")
# Single Chinese characters that are numerals only by accident far more often than not.
_LONE_SKIP = set("一万千百亿两")

STYLES = {"quantity": "bold green", "action": "bold cyan", "object": "yellow", "actor": "bold blue",
          "time": "magenta", "excluded": "red strike", "no_unit": "dim underline"}


@dataclass
class Item:
    start: int                # clean-text span
    end: int
    text: str                 # as in the clean text
    status: str               # claim | excluded | no_unit
    rule: str = ""            # exclusion rule name (excluded), "" otherwise
    why: str = ""
    claim: dict | None = None  # the claim record (claim)

    def to_dict(self) -> dict:
        d = {"text": self.text, "status": self.status, "rule": self.rule, "why": self.why}
        if self.claim:
            d.update({k: self.claim.get(k) for k in ("value", "unit", "approx", "action", "object", "actor", "time")})
        return d


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Explanation:
    clean: str
    sentences: list[Sentence]

    @property
    def items(self) -> list[Item]:
        return [i for s in self.sentences for i in s.items]


def _numerals() -> regex.Pattern:
    return regex.compile(f"(?:{ARABIC_NUMERAL})|(?:{CN_NUMERAL})")


def explain(text: str, *, lexicon: Lexicon | None = None, year: int | None = None,
            span: tuple[int, int] | None = None) -> Explanation:
    """Every numeral of ``text`` with what became of it, sentence by sentence. ``span``
    (original offsets) keeps only the sentences that overlap it."""
    lx = lexicon or load_lexicon()
    norm = normalize(text, lx)
    clean = norm.clean
    claims = {(c["start"], c["end"]): c for c in extract_text(text, "-", lexicon=lx, year=year)}
    items: list[Item] = []
    covered: list[tuple[int, int]] = []
    for fig in find_figures(clean, lx, keep_excluded=True) + table_figures(norm, lx):
        covered.append((fig.start, fig.end))
        if fig.is_claim:
            rec = claims.get(norm.span_to_original(fig.start, fig.end))
            items.append(Item(fig.start, fig.end, clean[fig.start:fig.end], "claim", claim=rec))
        else:
            items.append(Item(fig.start, fig.end, clean[fig.start:fig.end], "excluded", fig.excluded_by, fig.why))
    covered.sort()
    starts = [a for a, _ in covered]
    for m in _numerals().finditer(clean):
        a, b = m.span()
        i = bisect_right(starts, a) - 1
        if i >= 0 and covered[i][1] > a or (i + 1 < len(covered) and covered[i + 1][0] < b):
            continue
        s = m.group()
        if len(s) == 1 and s in _LONE_SKIP:
            continue
        why = NO_UNIT
        if clean[a - 1:a] == "第":
            why = f"{NO_UNIT} (第N is an ordinal)"
        elif DATE_AFTER.match(clean, b):
            why = f"{NO_UNIT} (a date, time or duration: {clean[b]} is not a unit)"
        items.append(Item(a, b, s, "no_unit", "no_unit", why))
    items.sort(key=lambda it: it.start)
    sentences = []
    bounds = sentence_spans(clean)
    sent_starts = [a for a, _ in bounds]
    for a, b in bounds:
        sentences.append(Sentence(a, b, clean[a:b]))
    for it in items:
        si = bisect_right(sent_starts, it.start) - 1
        if si >= 0:
            sentences[si].items.append(it)
    kept = [s for s in sentences if s.items]
    if span is not None:
        lo, hi = span
        kept = [s for s in kept
                if norm.to_original(s.start) < hi and norm.to_original(max(s.start, s.end - 1)) >= lo]
    return Explanation(clean, kept)


def line_span(text: str, line: int) -> tuple[int, int]:
    """Original offsets of 1-based line ``line``; ValueError when out of range."""
    lines = text.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        raise ValueError(f"line {line} is out of range (the file has {len(lines)} lines)")
    start = sum(len(x) for x in lines[:line - 1])
    return start, start + len(lines[line - 1])


def _highlights(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, style) relative to the sentence, non-overlapping, quantities first."""
    marks: list[tuple[int, int, str]] = []
    text = sentence.text

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y, _ in marks)

    for it in sentence.items:
        a, b = it.start - sentence.start, it.end - sentence.start
        style = STYLES["quantity"] if it.status == "claim" else STYLES[it.status]
        marks.append((a, b, style))
    for it in sentence.items:
        if it.status != "claim" or not it.claim:
            continue
        qa = it.start - sentence.start
        for name in ("action", "object", "time", "actor"):
            word = (it.claim.get(name) or "").strip()
            if not word:
                continue
            # the nearest occurrence before the quantity, else the first after it
            at = text.rfind(word, 0, qa)
            if at < 0:
                at = text.find(word, qa)
            if at >= 0 and free(at, at + len(word)):
                marks.append((at, at + len(word), STYLES[name]))
    return sorted(marks)


def render(expl: Explanation, console) -> None:
    from rich.table import Table
    from rich.text import Text

    if not expl.sentences:
        console.print("no numbers found")
        return
    legend = Text("legend: ")
    for name in ("quantity", "action", "object", "actor", "time", "excluded", "no_unit"):
        legend.append(name.replace("_", " "), style=STYLES[name])
        legend.append("  ")
    console.print(legend)
    for n, s in enumerate(expl.sentences):
        if n:
            console.print()
        t = Text()
        pos = 0
        for a, b, style in _highlights(s):
            t.append(s.text[pos:a])
            t.append(s.text[a:b], style=style)
            pos = b
        t.append(s.text[pos:])
        console.print(t)
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
        table.add_column("number", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("details", overflow="fold")
        for it in s.items:
            if it.status == "claim":
                c = it.claim or {}
                v = c.get("value")
                v = "" if v is None else (str(int(v)) if float(v).is_integer() else str(v))
                details = Text(f"{v} {c.get('unit', '')}")
                if c.get("approx") and c.get("approx") != "exact":
                    details.append(f" ({c['approx']})")
                for name in ("action", "object", "actor", "time"):
                    if c.get(name):
                        details.append(f"  {name} ")
                        details.append(str(c[name]), style=STYLES[name])
                table.add_row(it.text, Text("claim", style="green"), details)
            else:
                label = f"excluded: {it.rule}" if it.status == "excluded" else "not a claim"
                table.add_row(it.text, Text(label, style="red" if it.status == "excluded" else "dim"), it.why)
        console.print(table)
