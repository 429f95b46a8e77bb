"""Assembling claims: the governing verb and the counted object of each figure.

Within a clause (the text between commas, semicolons, colons and brackets), a
figure is governed by

1. the verb before it (``清理店外经营、占道经营、流动摊贩300余处``); the object is
   what lies between the verb and the figure, or else what follows the figure
   (``组建4个专业督导组``), or else the topic before the verb
   (``一般公共预算收入完成41374万元``);
2. a verb after it when a preposition stands before it (``为72家企业发放…``,
   ``对辖区59所学校食堂…检查``) or when no verb precedes (``8家乡村文化合作社成立``);
3. the verb of the previous figure in the same sentence, for list items
   (``清理乱堆乱放240余次、乱搭乱建50余次``) and continuation clauses (``其中…6个``).

Which words are verbs, co-verbs, adverbs and prepositions is data
(``lexicon/verbs.toml``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import Lexicon, alternation
from .quantities import Figure
from .segment import clause_spans

# Characters trimmed from the ends of an object.
_TRIM = "、,，;；:：的和及与以等了着在"
_OPEN_CLOSE = {"“": "”", "‘": "’", "(": ")", "《": "》", "「": "」"}


@dataclass
class Token:
    start: int
    end: int
    word: str
    cls: str    # strong | weak | coverb | adverb | prep | not_verb


@lru_cache(maxsize=8)
def _verb_pattern(lx: Lexicon) -> regex.Pattern:
    return regex.compile(alternation(lx.verb_class))


def tokens(clean: str, start: int, end: int, lx: Lexicon) -> list[Token]:
    """Verb-ish words in clean[start:end], leftmost-longest, not_verbs removed."""
    out = []
    for m in _verb_pattern(lx).finditer(clean, start, end):
        cls = lx.verb_class[m.group()]
        if cls != "not_verb":
            out.append(Token(m.start(), m.end(), m.group(), cls))
    return out


def _is_verb(t: Token) -> bool:
    return t.cls in ("strong", "weak", "coverb")


def _verb_run(toks: list[Token], i: int) -> tuple[int, int]:
    """Extend token i over adjacent verbs (暂扣销毁, 组织开展): token index range."""
    a = b = i
    while a > 0 and toks[a - 1].end == toks[a].start and _is_verb(toks[a - 1]):
        a -= 1
    while b + 1 < len(toks) and toks[b + 1].start == toks[b].end and _is_verb(toks[b + 1]):
        b += 1
    return a, b


def _pick_verb_before(toks: list[Token]) -> int | None:
    """Index of the governing verb among tokens before a figure."""
    verbs = [i for i, t in enumerate(toks) if _is_verb(t)]
    if not verbs:
        return None
    strong = [i for i in verbs if toks[i].cls == "strong"]
    if strong:
        i = strong[0]
        # the first strong verb, but a verb right after it or after only a co-verb wins
        # (一般公共预算支出完成…: 支出 is the topic, 完成 the verb)
        a, b = _verb_run(toks, i)
        return b
    coverbs = [i for i in verbs if toks[i].cls == "coverb"]
    if coverbs:
        return coverbs[-1]
    return verbs[-1]


def trim_object(s: str, lx: Lexicon) -> str:
    """Strip function words, adverbs and unbalanced brackets from the ends of an object."""
    prev = None
    adverbs = tuple(sorted((w for w, c in lx.verb_class.items() if c == "adverb"), key=len, reverse=True))
    while s != prev:
        prev = s
        s = s.strip(_TRIM)
        for w in adverbs:
            if s.startswith(w) and len(s) > len(w):
                s = s[len(w):]
                break
        for opener, closer in _OPEN_CLOSE.items():
            if s.endswith(opener):
                s = s[:-1]
            if s.startswith(closer):
                s = s[1:]
            if s.count(opener) > s.count(closer) and s.startswith(opener):
                s = s[1:]
            if s.count(closer) > s.count(opener) and s.endswith(closer):
                s = s[:-1]
    return s


@dataclass
class Governed:
    action: str
    object: str


def assemble(clean: str, sent_start: int, sent_end: int, figures: list[Figure], lx: Lexicon,
             strip_subject=None) -> list[Governed]:
    """Action and object for each figure of one sentence (figures in order)."""
    results: list[Governed] = []
    clauses = clause_spans(clean, sent_start, sent_end)
    prev_in_sentence: Governed | None = None
    prev_fig_end_in_clause: dict[int, int] = {}
    for k, fig in enumerate(figures):
        ci = next((i for i, (a, b) in enumerate(clauses) if a <= fig.start < b), None)
        if ci is None:
            results.append(Governed("", ""))
            continue
        c_start, c_end = clauses[ci]
        seg_start = prev_fig_end_in_clause.get(ci, c_start)
        is_list_item = ci in prev_fig_end_in_clause
        next_fig_start = c_end
        if k + 1 < len(figures) and figures[k + 1].qualifier_start < c_end:
            next_fig_start = figures[k + 1].qualifier_start
        before = tokens(clean, seg_start, fig.qualifier_start, lx)
        after = tokens(clean, fig.qualifier_end, next_fig_start, lx)
        prev_fig_end_in_clause[ci] = fig.qualifier_end

        vi = _pick_verb_before(before)
        prep_after_verb = [t for t in before if t.cls == "prep" and (vi is None or t.start >= before[vi].end)]
        after_verbs = [i for i, t in enumerate(after) if t.cls in ("strong", "weak")]
        action, obj = "", ""
        use_after = after_verbs and (prep_after_verb or vi is None or before[vi].cls == "weak")
        if use_after:
            ai = after_verbs[0]
            a, b = _verb_run(after, ai)
            action = clean[after[a].start:after[b].end]
            obj = clean[fig.qualifier_end:after[a].start]
            if prep_after_verb:
                lead = clean[prep_after_verb[-1].end:fig.qualifier_start]
                obj = trim_object(lead, lx) + obj if not obj else obj
        elif vi is not None:
            a, b = _verb_run(before, vi)
            action = clean[before[a].start:before[b].end]
            obj = clean[before[b].end:fig.qualifier_start]
            if not trim_object(obj, lx):
                stop = after[0].start if after else next_fig_start
                obj = clean[fig.qualifier_end:stop]
            if not trim_object(obj, lx):
                obj = clean[seg_start:before[a].start]
                if strip_subject is not None:
                    obj = strip_subject(obj)
        else:
            # no verb in reach: a list item or a continuation clause shares the previous verb
            obj = clean[seg_start:fig.qualifier_start]
            if not trim_object(obj, lx):
                stop = after[0].start if after else next_fig_start
                obj = clean[fig.qualifier_end:stop]
            if prev_in_sentence is not None:
                action = prev_in_sentence.action
            if strip_subject is not None:
                obj = strip_subject(obj)
        obj = trim_object(obj, lx)
        if not obj and prev_in_sentence is not None and (is_list_item or vi is not None):
            obj = prev_in_sentence.object
        g = Governed(action, obj)
        results.append(g)
        prev_in_sentence = g
    # A figure with no object of its own right before another (对11类31个改革事项): share it.
    for k in range(len(results) - 1, -1, -1):
        if not results[k].object and k + 1 < len(results):
            if figures[k + 1].qualifier_start - figures[k].qualifier_end <= 1:
                results[k].object = results[k + 1].object
                results[k].action = results[k].action or results[k + 1].action
    return results
