"""Assembling claims: the governing verb and the counted object of each figure.

Within a clause (the text between commas, semicolons and colons; a long bracket is a
clause of its own), a figure is governed by

1. the verb before it (``清理店外经营、占道经营、流动摊贩300余处``); the object is
   what lies between the verb and the figure, or else what follows the figure
   (``组建4个专业督导组``), or else the topic before the verb
   (``一般公共预算收入完成41374万元``);
2. a verb after it when a preposition stands before it (``为72家企业发放…``,
   ``对辖区59所学校食堂…检查``) or when no verb precedes (``8家乡村文化合作社成立``);
3. the verb of the previous figure in the same sentence, for list items
   (``清理乱堆乱放240余次、乱搭乱建50余次``) and continuation clauses (``其中…6个``).

A verb is skipped where it modifies a noun (银企对接活动, 推进缓慢的3个村) and a
later verb wins where it opens a new predicate (发现问题并整改20余个). For counts the
noun right after the classifier is what is counted; a long list before 等 is named by
what its items share. Which words are verbs, co-verbs, adverbs, prepositions and
nominal heads is data (``lexicon/verbs.toml``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import regex

from .lexicon import Lexicon, alternation, compile_pattern, literal_pattern
from .quantities import Figure
from .segment import CLAUSE_MARKS, SENTENCE_END, clause_spans, clause_start, sentence_spans

_OPEN_CLOSE = {"“": "”", "‘": "’", "(": ")", "《": "》", "「": "」", "【": "】", "[": "]"}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    word: str
    cls: str    # strong | weak | coverb | adverb | prep | not_verb


@lru_cache(maxsize=8)
def _verb_pattern(lx: Lexicon):
    return literal_pattern(lx.verb_class)


@lru_cache(maxsize=8)
def _nominal_heads(lx: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lx.raw["verbs"].get("nominal_heads", []), key=len, reverse=True))


@dataclass(frozen=True)
class _VerbRules:
    """What tokens() needs of a lexicon, gathered once."""
    pattern: Any            # (re.Pattern of the verb trie)
    classes: dict
    heads: tuple
    subject_ends: str
    bound_heads: tuple
    topic_predicates: tuple
    not_bound: tuple
    noun_determiners: frozenset
    manner_adverbs: tuple
    share_verbs: frozenset
    person_roles: tuple     # (from context.toml: a role, then a surname, opens a person's name)
    surnames: frozenset
    complements: tuple      # (调解成功率: a complement between a verb and a bound head)
    document_verbs: frozenset   # (签订|责任书: a verb that governs a document noun)
    state_verbs: frozenset      # (受灾, 受损: verbs only before a number or a clause's end)
    state_verb_followers: frozenset   # (what may follow a state verb that acts)
    event_base_opens: str   # (较整改前: the verb names a comparison's base)
    event_base_closes: str


@lru_cache(maxsize=8)
def _verb_rules(lx: Lexicon) -> _VerbRules:
    v = lx.raw["verbs"]
    people = lx.raw["context"]["actor"]
    return _VerbRules(_verb_pattern(lx), lx.verb_class, _nominal_heads(lx), v.get("subject_ends", ""),
                      tuple(v.get("bound_heads", [])), tuple(v.get("topic_predicates", [])),
                      tuple(v.get("not_bound", [])), frozenset(v.get("noun_determiners", [])),
                      tuple(v.get("manner_adverbs", [])), frozenset(v.get("share_verbs", [])),
                      tuple(people.get("person_roles", [])), frozenset("".join(people.get("surnames", "").split())),
                      tuple(sorted(v.get("complements", []), key=len, reverse=True)),
                      frozenset(v.get("document_verbs", [])), frozenset(v.get("state_verbs", [])),
                      frozenset(v.get("state_verb_followers", "")),
                      v.get("event_base_opens", ""), v.get("event_base_closes", ""))


def tokens(clean: str, start: int, end: int, lx: Lexicon) -> list[Token]:
    """Verb-ish words in clean[start:end], leftmost-longest, not_verbs removed.

    A verb used as a noun modifier is dropped: 银企对接活动 / 法律援助中心 (a noun before
    it and a nominal head after it), 大排查 (大 before it), 申报的项目 (的 after it)."""
    out: list[Token] = []
    rules = _verb_rules(lx)
    n = len(clean)
    if n > 256:
        matches = _page_verbs(clean, lx).between(start, end)
    else:   # a short phrase: cheaper to scan than to cache
        matches = _scan_verbs(rules, clean, start, end)
    for a, b, word, cls in matches:
        if b > end:
            break
        if cls != "not_verb" and _keeps(clean, n, start, a, b, cls, out[-1] if out else None, rules):
            out.append(Token(a, b, word, cls))
    return out


def _scan_verbs(rules: _VerbRules, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, class) of the verb-ish words in text[start:end], leftmost-longest."""
    classes = rules.classes
    return [(*m.span(), w, classes[w]) for m in rules.pattern.finditer(text, start, end)
            for w in (m.group(),)]


def verb_at(clean: str, pos: int, end: int, lx: Lexicon) -> Token | None:
    """The token that tokens(clean, pos, end, lx) would give first, if it starts at ``pos``
    (one match instead of a scan: is a predicate right here?)."""
    rules = _verb_rules(lx)
    m = rules.pattern.match(clean, pos, end)
    if not m:
        return None
    word = m.group()
    cls = rules.classes[word]
    if cls == "not_verb" or not _keeps(clean, len(clean), pos, pos, m.end(), cls, None, rules):
        return None
    return Token(pos, m.end(), word, cls)


def _word_starts(clean: str, pos: int, end: int, lx: Lexicon) -> bool:
    """A word of the verb lists (a noun that hides one too) of two characters or more starts at ``pos``."""
    m = _verb_rules(lx).pattern.match(clean, pos, end)
    return m is not None and m.end() - pos > 1


def opening_verb(text: str, lx: Lexicon) -> str:
    """受理 of 受理量, 签约 of 签约项目: the verb ``text`` opens with, also where it modifies the
    noun after it (which verb_at would not count as a predicate), or ""."""
    rules = _verb_rules(lx)
    m = rules.pattern.match(text)
    return m.group() if m and rules.classes[m.group()] in ("strong", "weak") else ""


def _verb_starts_head(clean: str, b: int, rules: _VerbRules) -> bool:
    """调处化解: the bound head (化) begins a longer verb (化解), so it makes no noun."""
    head = max((h for h in rules.bound_heads if clean.startswith(h, b)), key=len)
    m = rules.pattern.match(clean, b)
    return bool(m) and m.end() - b > len(head) and rules.classes[m.group()] in ("strong", "weak", "coverb")


def _bound_noun(clean: str, b: int, rules: _VerbRules) -> bool:
    """A bound head (率, 性, 通知书 …) follows the word that ends at ``b``, or its complement
    (调解|成功|率, 整改|到位|率): they make a noun."""
    if clean.startswith(rules.complements, b):
        b += next(len(w) for w in rules.complements if clean.startswith(w, b))
    return (clean.startswith(rules.bound_heads, b) and not clean.startswith(rules.not_bound, b)
            and not _verb_starts_head(clean, b, rules))


def _keeps(clean: str, n: int, start: int, a: int, b: int, cls: str, prev: Token | None,
           rules: _VerbRules) -> bool:
    """Whether the word clean[a:b] of class ``cls`` is a verb here, not part of a noun
    (``start``: where the range asked about begins; ``prev``: the token kept before it)."""
    if cls == "coverb":
        # 利用率 / 通过率 / 组织化: a co-verb before a bound head is part of a noun too
        return not _bound_noun(clean, b, rules)
    if cls != "strong" and cls != "weak":
        return True
    after = clean[b] if b < n else ""
    before = clean[a - 1] if a > start else ""
    if after == "的" and not (b + 1 < n and clean[b + 1].isdigit()):
        return False
    if (rules.state_verbs and after and not after.isdigit() and after not in rules.state_verb_followers
            and clean[a:b] in rules.state_verbs):
        return False   # 受灾群众 / 受损房屋: a state that names the noun (受灾12.4万亩, …11.3万人受灾。 act)
    if before and after and before in rules.event_base_opens and after in rules.event_base_closes:
        return False   # 次均住院费用较整改前下降11.3%: the base compared with, no act
    if after and after in "、等" and _is_han(before):
        return False   # 场地支持、税费减免等: an item of a list of nouns
    if before == "大" or a - start >= 2 and clean[a - 2:a] in rules.noun_determiners:
        return False   # 大排查 / 各类生产安全事故: a modifier of the noun
    if before in rules.surnames and clean.endswith(rules.person_roles, start, a - 1):
        return False   # 区环保局副局长彭占伟获得…: 占 is in a person's name
    if _bound_noun(clean, b, rules) and clean[a:b] not in rules.share_verbs and not (
            clean[a:b] in rules.document_verbs and any(len(h) > 1 and clean.startswith(h, b) for h in rules.bound_heads)):
        # 整改率 / 保障性 / 整改通知书: the verb is part of a noun (but 占总额的42.4%, 签订责任书)
        return False
    if _is_han(before) and before not in rules.subject_ends and (
            clean.startswith(rules.heads, b) or cls == "strong" and clean.startswith(rules.topic_predicates, b)
    ) and not clean.endswith(rules.manner_adverbs, start, a):
        # 民生支出完成 / 就业支出分别为: a verb between a noun and a predicate is part of the
        # topic too (not a modal: 全年计划完成); but 组织开展活动, 已整改完成: after a co-verb
        # or adverb it is the predicate, and after a manner word (成功拦截资金)
        return bool(prev and prev.end == a and prev.cls != "strong")
    return True


class _PageVerbs:
    """The verb-ish words of a page, found sentence by sentence when first asked for.

    A page is asked about many ranges, but only in the sentences that hold a figure or
    name a subject (about a third of its text). No word spans a sentence end, so a
    sentence scanned alone gives the matches a scan of the whole page would."""

    def __init__(self, clean: str, lx: Lexicon):
        self.clean = clean
        self.rules = _verb_rules(lx)
        self.sentences = sentence_spans(clean)
        self.sentence_starts = [a for a, _b in self.sentences]
        # sentence index -> (match starts, matches)
        self.found: dict[int, tuple[list[int], list[tuple[int, int, str, str]]]] = {}

    def _sentence(self, i: int) -> tuple[list[int], list[tuple[int, int, str, str]]]:
        got = self.found.get(i)
        if got is None:
            matches = _scan_verbs(self.rules, self.clean, *self.sentences[i])
            got = self.found[i] = ([t[0] for t in matches], matches)
        return got

    def between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The matches that start in [start, end) (the last may run past ``end``)."""
        i = max(0, bisect_right(self.sentence_starts, start) - 1)
        starts, matches = self._sentence(i)
        out = matches[bisect_left(starts, start):bisect_left(starts, end)]
        while i + 1 < len(self.sentences) and self.sentences[i + 1][0] < end:
            i += 1
            starts, matches = self._sentence(i)
            out += matches[:bisect_left(starts, end)]
        return out


@lru_cache(maxsize=8)
def _page_verbs(clean: str, lx: Lexicon) -> _PageVerbs:
    return _PageVerbs(clean, lx)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"   # False for ""


def _is_verb(t: Token) -> bool:
    return t.cls in ("strong", "weak", "coverb")


def _joined(toks: list[Token], j: int, clean: str, joiners: str) -> bool:
    """Tokens j and j+1 are one action: adjacent verbs, or two strong verbs with one of
    ``joiners`` (the list marks, :func:`_list_marks`) between them."""
    t, u = toks[j], toks[j + 1]
    if u.start == t.end:
        return _is_verb(t) and _is_verb(u)
    return (u.start == t.end + 1 and t.cls == "strong" and u.cls == "strong"
            and clean[t.end] in joiners)


def _verb_run(toks: list[Token], i: int, clean: str, joiners: str) -> tuple[int, int]:
    """Extend token i over adjacent or joined verbs (暂扣销毁, 组织开展, 新建和改造): token
    index range."""
    a = b = i
    while a > 0 and _joined(toks, a - 1, clean, joiners):
        a -= 1
    while b + 1 < len(toks) and _joined(toks, b, clean, joiners):
        b += 1
    return a, b


@lru_cache(maxsize=8)
def _change_before(lx: Lexicon) -> tuple[re.Pattern | regex.Pattern | None, frozenset]:
    """A change verb, with a comparison word before it or not, right before a figure
    (…同比增长|6.8%, …同比分别下降|12.5%, …增长了|9%): `change_verbs` in verbs.toml; and the
    characters such a phrase may end with (a test that spares most figures the search)."""
    v = lx.raw["verbs"]
    if not v.get("change_verbs"):
        return None, frozenset()
    pattern = compile_pattern(f"(?P<cmp>{_comparisons(lx)})?(?:分别)?(?P<verb>{alternation(v['change_verbs'])})了?$")
    return pattern, frozenset(w[-1] for w in v["change_verbs"]) | {"了"}


def rate_of_change(clean: str, lo: int, fig_start: int, lx: Lexicon) -> str:
    """同比增长 of …收入8.62亿元，同比增长6.8% (clean[fig_start:] is the figure; the phrase starts
    at ``lo`` or later): the change and its comparison that the figure measures, or ""."""
    pattern, ends = _change_before(lx)
    if pattern is None or clean[fig_start - 1:fig_start] not in ends:
        return ""
    m = pattern.search(clean, max(lo, fig_start - 12), fig_start)
    return (m.group("cmp") or "") + m.group("verb") if m else ""


def _topic_gap(gap: str, comparison_end, quantity_nouns: tuple[str, ...]) -> bool:
    """The text between two verbs ends with a comparison (固定资产投资|同比|增长, 新增|信访事项
    较二季度|减少) or with a noun of quantity (注册志愿者|人数|达到): the later verb is the
    predicate, the earlier one part of its topic. ``comparison_end``: :func:`comparison_end`."""
    return bool(comparison_end.search(gap)) or gap.endswith(quantity_nouns)


def _comparisons(lx: Lexicon) -> str:
    """The comparison words and bases as one alternation (同比, 较上年, 较二季度 …), or ""."""
    v = lx.raw["verbs"]
    return "|".join(p for p in (alternation(v.get("comparisons", [])), v.get("comparison_tail", "")) if p)


@lru_cache(maxsize=8)
def comparison_end(lx: Lexicon):
    """A comparison word or base at the end of a text (…同比, …较二季度)."""
    return compile_pattern(f"(?:{_comparisons(lx) or '(?!)'})$")


def _pick_verb_before(toks: list[Token], clean: str, fig_start: int, counted_after: bool,
                      comparison_end, quantity_nouns: tuple[str, ...], joiners: str,
                      causatives: frozenset = frozenset(), motion_verbs: frozenset = frozenset(),
                      level_nouns: tuple[str, ...] = (), level_verb_tails: str = "") -> int | None:
    """Index of the governing verb among tokens before a figure.

    The first strong verb (共清理店外经营、占道经营…: later verbs sit inside the object),
    extended over adjacent verbs (组织开展; 一般公共预算支出完成: 支出 is the topic), unless
    a later strong verb opens a new predicate: after 并 (发现问题并整改20余个), right
    after an adverb or co-verb (…动态、微信公众号累计发布…90余条), after a comparison
    (固定资产投资同比增长9.5%: 投资 is part of the topic) or after a noun of quantity
    (注册志愿者人数达到42.6万人; after a noun of a level only where the later verb stands right
    before the figure: 日处理能力|提高到|100吨, not 能力|提升|班8期, ``level_nouns``), or after a
    causative (洪灾造成白鹭乡茶园受损3200余亩) or a verb of going (走进机关、学校开展急救培训186场:
    ``motion_verbs``); ``comparison_end``: :func:`comparison_end`. A verb inside a 的-modifier of
    the counted noun (向推进缓慢的3个村…) governs nothing here."""
    verbs = [i for i, t in enumerate(toks) if _is_verb(t)]
    # drop verbs inside a relative clause that ends right before the figure (…缓慢的3个)
    if counted_after and clean[fig_start - 1:fig_start] == "的":
        verbs = [i for i in verbs if not _inside_modifier(toks[i], clean, fig_start - 1)]
    if not verbs:
        return None
    # (按照“属地管理、分级负责”原则派发至7个: a verb inside a quoted name governs nothing outside it)
    outside = [i for i in verbs if not _inside_quotes(clean, toks[i], fig_start)]
    verbs = outside or verbs
    strong = [i for i in verbs if toks[i].cls == "strong"]
    if strong:
        pick = strong[0]
        for i in strong[1:]:
            t = toks[i]
            prev = toks[i - 1] if i > 0 else None
            opens = (clean[t.start - 1:t.start] == "并" or toks[pick].word in causatives
                     or toks[pick].word in motion_verbs) or prev is not None and (
                prev.end == t.start and prev.cls in ("adverb", "coverb")
                or _topic_gap(clean[prev.end:t.start], comparison_end, quantity_nouns)
                and not _loose_level(clean[prev.end:t.start], t, clean, fig_start, level_nouns, level_verb_tails))
            if opens and toks[_verb_run(toks, pick, clean, joiners)[1]].end < t.start:
                pick = i
        # a weak verb after a noun of quantity is the predicate too (培训合格率达92%)
        for i in verbs:
            t = toks[i]
            if (t.cls == "weak" and i > pick and toks[_verb_run(toks, pick, clean, joiners)[1]].end < t.start
                    and clean[toks[i - 1].end:t.start].endswith(quantity_nouns)
                    and not _loose_level(clean[toks[i - 1].end:t.start], t, clean, fig_start, level_nouns, level_verb_tails)):
                pick = i
        return _verb_run(toks, pick, clean, joiners)[1]
    coverbs = [i for i in verbs if toks[i].cls == "coverb"]
    if coverbs and not (toks[verbs[-1]].cls == "weak" and verbs[-1] > coverbs[-1]):
        return coverbs[-1]
    return verbs[-1]   # (累计已有3860家…: 有 after the co-verb, so the predicate may follow the figure)


def _modifier_act(clean: str, seg_start: int, host_start: int, time_spans: Sequence[tuple[int, int]],
                  r: "_AssemblyRules", lx: Lexicon) -> str:
    """The last work verb of the 的-modifier that ends at most ``r.modifier_noun_max`` characters
    before ``host_start`` (…长期入住的老人|有), or "". A bound (超过50万元的村, 达到100%的), a verb that
    makes a noun (完成率, 种植面积) and a part of a whole (已销号的问题中有) name no act."""
    de = clean.rfind("的", seg_start, host_start)
    if de < 0 or host_start - de - 1 > r.modifier_noun_max or clean.endswith(r.among_mark, de + 1, host_start):
        return ""
    rules = _verb_rules(lx)
    verbs = [w for a, b, w, cls in _scan_verbs(rules, clean, seg_start, de)
             if cls == "strong" and w not in r.base_verbs and not clean[b:b + 1].isdigit()
             and not _bound_noun(clean, b, rules) and not any(ta <= a < tb for ta, tb in time_spans)]
    return verbs[-1] if verbs else ""


def _change_against_a_base(clean: str, seg_start: int, fig_start: int, action: str, comparison_end) -> bool:
    """比上年|增加|3家: the act right before the figure follows a comparison (``comparison_end``)."""
    return (clean.endswith(action, seg_start, fig_start)
            and comparison_end.search(clean, seg_start, fig_start - len(action)) is not None)


def _loose_level(gap: str, t: Token, clean: str, fig_start: int, level_nouns: tuple[str, ...],
                 tails: str) -> bool:
    """``gap`` ends with a noun of a level but the verb ``t`` after it does not stand right before
    the figure, or before one of ``tails`` (到, 至, 了) and the figure (能力|提升|班8期: a class's
    name, not a capacity that rose)."""
    return gap.endswith(level_nouns) and bool(clean[t.end:fig_start].lstrip(tails))


def _inside_quotes(clean: str, t: Token, end: int) -> bool:
    """``t`` stands inside “…” that closes before ``end`` (a quoted name is short: the opening
    quote is looked for within 40 characters, not back through the page)."""
    opened = clean.rfind("“", max(0, t.start - 40), t.start)
    return opened >= 0 and clean.rfind("”", opened, t.start) < 0 and 0 <= clean.find("”", t.end, end)


def _share_copula(before: list[Token], clean: str, fig_start: int, copulas: frozenset) -> list[Token]:
    """收入完成18.63亿元，为年初预算的76.4%: a copula (为) before a base and 的, with no verb after
    it, says a share as 占 does: it becomes the verb."""
    for i in range(len(before) - 1, -1, -1):
        t = before[i]
        if t.cls in ("strong", "weak", "coverb"):
            return before
        if t.word in copulas and "," not in clean[t.end:fig_start] and "，" not in clean[t.end:fig_start]:
            return before[:i] + [Token(t.start, t.end, t.word, "strong")] + before[i + 1:]
    return before


def _is_modifier_gap(text: str) -> bool:
    """A short run of Chinese characters (质量安全 in 组织质量安全检查): a noun, no clause or list."""
    return 0 < len(text) <= 8 and all(_is_han(ch) for ch in text)


def _cut_before(obj: str, ends: tuple[str, ...]) -> str:
    """obj up to the first of ``ends`` it holds after its start (甲醛建设项目 -> 甲醛)."""
    for end in ends:
        i = obj.find(end, 1)
        if i > 0:
            return obj[:i]
    return obj


def _inside_modifier(t: Token, clean: str, de: int) -> bool:
    """Is the verb t between the previous clause mark or 、 and the 的 at ``de``?"""
    return t.end <= de and not any(ch in "、,;:" for ch in clean[t.end:de])


@lru_cache(maxsize=4096)
def trim_object(s: str, lx: Lexicon) -> str:
    """Strip function words, adverbs, qualifier words and unbalanced brackets from the ends
    of an object."""
    lead, tail, lone = _trim_patterns(lx)
    kept = _kept_words(lx)   # 总产, 亩均: nouns that begin or end like a filler
    prev = None
    while s != prev:
        prev = s
        if not s.startswith(kept):
            s = lead.sub("", s, count=1)
        if len(s) > 1 and not s.endswith(kept):
            s = tail.sub("", s, count=1)   # 个人最高(可贷20万元)
        for opener, closer in _OPEN_CLOSE.items():
            if opener not in s and closer not in s:
                continue
            if s.endswith(opener):
                s = s[:-1]
            if s.startswith(closer):
                s = s[1:]
            if s.count(opener) > s.count(closer) and s.startswith(opener):
                s = s[1:]
            if s.count(closer) > s.count(opener) and s.endswith(closer):
                s = s[:-1]
    # (其中已整改68个 / 就地化解421起: an adverb alone names nothing counted)
    return "" if s in lone else s


@lru_cache(maxsize=8)
def _kept_words(lx: Lexicon) -> tuple[str, ...]:
    return tuple(lx.raw["verbs"].get("kept_words", []))


@lru_cache(maxsize=8)
def _trim_patterns(lx: Lexicon) -> tuple[regex.Pattern, regex.Pattern, frozenset]:
    chars = regex.escape(lx.raw["verbs"].get("object_trim_chars", ""))
    marks = lx.raw["verbs"].get("object_item_marks", "")
    # (one filler at a time, so that a kept word after fillers stays whole: 其中|有机茶园, 、|总长)
    lead = compile_pattern(f"^(?:[{chars}]|{alternation(_fillers(lx))}" + (f"|{marks}" if marks else "") + ")")
    # 信访总量同比(下降23.5%), 群众达(1.5万人次), 案件共(155起); single-character prepositions
    # are not cut from the end (就业意向)
    tail_words = [w for w in lx.raw["verbs"].get("object_fillers", []) if len(w) > 1]
    tail_words += lx.raw["verbs"].get("object_tail_words", [])
    comparison = lx.raw["verbs"].get("comparison_tail", "")   # 信访事项(较二季度)
    tail = compile_pattern(f"(?:[{chars}]|{alternation(list(_qualifier_words(lx)) + tail_words)}"
                           + (f"|{comparison}" if comparison else "") + ")$")   # (one at a time: 平均|为 keeps 平均)
    lone = frozenset(lx.raw["verbs"].get("adverbs", [])) | frozenset(lx.raw["verbs"].get("object_tail_words", []))
    return lead, tail, lone


@lru_cache(maxsize=8)
def _qualifier_words(lx: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lx.prefix_qualifiers, key=len, reverse=True))


@lru_cache(maxsize=8)
def _fillers(lx: Lexicon) -> tuple[str, ...]:
    words = [w for w, c in lx.verb_class.items() if c == "adverb"]
    words += lx.raw["verbs"].get("object_fillers", [])
    words += lx.raw["verbs"].get("comparisons", [])   # 较去年底(净增4200人)
    return tuple(sorted(set(words), key=len, reverse=True))


# An enumeration up to this long stays whole (竹子、桂花、樱花、紫薇等绿植); a longer one is
# named by its category after 等 (“传薪火”理论宣讲、…等区级项目 -> 区级项目).
LONG_LIST = 24


def _category_head(obj: str) -> str:
    i = obj.rfind("等")
    if 0 <= i < len(obj) - 1 and len(obj) > LONG_LIST:
        return obj[i + 1:]
    return obj


def _cut_at_de(s: str) -> str:
    """59个单位的主要负责人: the counted noun ends at 的 (20多人的戏剧团 keeps 戏剧团)."""
    j = s.find("的", 1)
    return s[:j] if j > 0 else s


@lru_cache(maxsize=8)
def _event_units(lx: Lexicon) -> frozenset:
    return frozenset(lx.raw["units"].get("classes", {}).get("event", []))


@dataclass(frozen=True)
class _AssemblyRules:
    """The lexicon's lists that claim assembly reads (see verbs.toml and units.toml)."""
    self_named: dict
    comparison_end: Any
    joiners: str
    quantity_nouns: tuple
    level_nouns: tuple
    level_verb_tails: str
    result_complements: str
    complements: tuple
    light_verbs: frozenset
    light_verbs_kept_after: frozenset   # (为1.6万名老人提供…服务: 提供 stays the act after a figure)
    measure_ends: str
    manner_adverbs: tuple
    share_verbs: frozenset
    base_verbs: frozenset
    breakdown_marks: tuple
    event_units: frozenset
    ratio_units: frozenset
    bare_measures: frozenset
    bare_measures_longest: tuple
    level_words: tuple
    remainder_words: tuple
    level_bounds: tuple
    rate_heads: tuple
    rate_act_max: int
    share_nouns: tuple
    score_nouns: tuple
    score_units: frozenset
    score_plain_acts: frozenset
    capacity_verbs: tuple
    capacity_object_ends: tuple
    capacity_nouns: tuple
    capacity_periods: tuple
    share_copulas: frozenset
    frame: Any   # (从投资规模看: a clause that frames the breakdown after it), or None
    among: Any   # (此次签约的项目中: a clause that names the whole counted among), or None
    among_mark: str
    project: Any   # (…改造工程: the first project a sentence names), or None
    project_sums: tuple   # (总投资: a project's sum)
    project_subject_ends: tuple   # (由, 位于: where the subject of a clause about the thing built ends)
    perfect_gaps: frozenset   # (已: 改造|已|完成2147户, a verb before it is part of the topic)
    running_totals: frozenset   # (累计: alone before a word the lexicon lacks, that word is the act)
    running_total_act_max: int
    act_markers: frozenset   # (已, 共: alone before a word the lexicon lacks, where no verb is in reach, that word is the act)
    fund_nouns: frozenset   # (资金: money spent on what the clause after it does)
    fund_verbs: tuple   # (投入)
    purpose_max: int
    not_purposes: tuple   # (惠及: who gained, not what the money paid for)
    modifier_hosts: frozenset   # (有: 长期入住的老人有320人 counts a group its 的-modifier's verb defines)
    modifier_noun_max: int
    rank_tail: Any   # (…隐患占比最高，达31.5%: the clause before names what the figure measures), or None
    rank_links: str   # (达, 为, 分别为: all that may stand between that clause and the figure)
    label_max: int   # (固定资产投资：112.4亿元: the longest label of a data line)
    name_ends: tuple   # (区 县 局 公司 …: a label that ends with one names whose figures follow)
    base_prepositions: frozenset   # (由, 从: before a change's base told by 的, 由去年同期的52.3%…)
    causatives: frozenset   # (造成, 导致: the act is the verb after the figure, where one follows)
    motion_verbs: frozenset   # (走进…开展急救培训186场: a later verb is the act)


@lru_cache(maxsize=8)
def _assembly_rules(lx: Lexicon) -> _AssemblyRules:
    v, units = lx.raw["verbs"], lx.raw["units"]
    bare = frozenset(v.get("bare_measures", []))
    return _AssemblyRules(
        self_named=units.get("classes", {}).get("self_named", {}), comparison_end=comparison_end(lx),
        joiners=_list_marks(lx), quantity_nouns=tuple(v.get("quantity_nouns", [])),
        level_nouns=tuple(v.get("level_nouns", [])), level_verb_tails=v.get("level_verb_tails", ""),
        result_complements=v.get("result_complements", ""), complements=tuple(v.get("complements", [])),
        light_verbs=frozenset(v.get("light_verbs", [])), measure_ends=v.get("measure_ends", ""),
        light_verbs_kept_after=frozenset(v.get("light_verbs_kept_after", [])),
        manner_adverbs=tuple(v.get("manner_adverbs", [])),
        share_verbs=frozenset(v.get("share_verbs", []) + v.get("share_copulas", [])),
        base_verbs=frozenset(v.get("base_verbs", [])), breakdown_marks=tuple(v.get("breakdown_marks", [])),
        event_units=_event_units(lx),
        ratio_units=frozenset(units.get("ratios", {}).get("symbols", {"100": "%"}).values()),
        bare_measures=bare, bare_measures_longest=tuple(sorted(bare, key=len, reverse=True)),
        level_words=tuple(sorted(v.get("level_words", []), key=len, reverse=True)),
        remainder_words=tuple(v.get("remainder_words", [])),
        level_bounds=tuple(v.get("level_bounds", [])),
        rate_heads=tuple(v.get("rate_heads", [])), rate_act_max=int(v.get("rate_act_max", 0)),
        share_nouns=tuple(v.get("share_nouns", [])),
        score_nouns=tuple(v.get("score_nouns", [])), score_units=frozenset(v.get("score_units", [])),
        score_plain_acts=frozenset(v.get("score_plain_acts", [])),
        capacity_verbs=tuple(v.get("capacity_verbs", [])), capacity_object_ends=tuple(v.get("capacity_object_ends", [])),
        capacity_nouns=tuple(v.get("capacity_nouns", [])), capacity_periods=tuple(v.get("capacity_periods", [])),
        share_copulas=frozenset(v.get("share_copulas", [])),
        frame=compile_pattern(v["frame_clause"]) if v.get("frame_clause") else None,
        among=compile_pattern(v["among_clause"]) if v.get("among_clause") else None,
        among_mark=v.get("among_mark", ""),
        project=re.compile("[^%s]{2,24}?(?:%s)" % (re.escape(v.get("project_stops", "")),
                                                 "|".join(map(re.escape, v["project_heads"]))))
        if v.get("project_heads") else None,
        project_sums=tuple(v.get("project_sums", [])),
        project_subject_ends=tuple(v.get("project_subject_ends", [])) + tuple(v.get("project_sums", [])),
        perfect_gaps=frozenset(v.get("perfect_gaps", [])),
        running_totals=frozenset(v.get("running_totals", [])),
        running_total_act_max=int(v.get("running_total_act_max", 4)),
        act_markers=frozenset(v.get("act_markers", [])),
        fund_nouns=frozenset(v.get("fund_nouns", [])), fund_verbs=tuple(v.get("fund_verbs", [])),
        purpose_max=int(v.get("purpose_max_chars", 0)), not_purposes=tuple(v.get("not_purposes", [])),
        modifier_hosts=frozenset(v.get("modifier_hosts", [])), modifier_noun_max=int(v.get("modifier_noun_max_chars", 0)),
        rank_tail=compile_pattern(v["rank_tail"]) if v.get("rank_tail") else None,
        rank_links=v.get("rank_links", ""),
        label_max=int(v.get("label_max_chars", 0)),
        name_ends=tuple(lx.raw["context"]["actor"].get("place_suffixes", []) + lx.raw["context"]["actor"].get("org_suffixes", [])),
        base_prepositions=frozenset(v.get("base_prepositions", [])),
        causatives=frozenset(v.get("causatives", [])),
        motion_verbs=frozenset(v.get("motion_verbs", [])))


@dataclass
class Governed:
    action: str
    object: str


# Counts name what they count after the classifier (组建4个专业督导组); measures and
# money name it before (一般公共预算收入完成41374万元).
_COUNTED_AFTER = {"count"}


def _common_suffix(items: list[str]) -> str:
    suffix = items[0]
    for it in items[1:]:
        n = 0
        while n < min(len(suffix), len(it)) and suffix[-1 - n] == it[-1 - n]:
            n += 1
        suffix = suffix[len(suffix) - n:] if n else ""
    return suffix


def _project_subject(clean: str, clauses: Sequence[tuple[int, int]], fig_start: int, ends: tuple, lx: Lexicon) -> str:
    """The thing a project's sum is of, where the sentence names no project (该项目由…投资建设，
    总投资18.5亿元 -> 该项目; 新馆位于县城文昌路，总投资… -> 新馆): the words before the first
    subject end of the first clause that holds one (据了解，|该公园由…: past a clause that holds
    none), after their last 的; "" where they are no short noun."""
    for a, b in clauses:
        if a >= fig_start:
            break
        text = clean[a:min(b, fig_start)]
        cut = min((i for i in (text.find(w) for w in ends) if i >= 0), default=-1)
        if cut < 0:
            continue
        subject = trim_object(text[:cut][text.rfind("的", 0, cut) + 1:], lx)
        return subject if 2 <= len(subject) <= 20 and not any(ch.isdigit() for ch in subject) else ""
    return ""


def _name_long_list(obj: str) -> str:
    """A long enumeration ending in 等 is named by what its items share
    (…“天使白”医疗卫生志愿服务项目、“红绿灯”道路安全志愿服务项目等 -> 志愿服务项目)."""
    body = obj[:-1] if obj.endswith("等") else obj
    if len(body) <= LONG_LIST or "、" not in body:
        return obj
    common = _common_suffix(body.split("、"))
    return common if len(common) >= 2 else obj


def assemble(clean: str, sent_start: int, sent_end: int, figures: list[Figure], lx: Lexicon,
             strip_subject=None, totals: dict[str, str] | None = None,
             time_spans: Sequence[tuple[int, int]] = (), bounds: Sequence[tuple[int, int]] = ()) -> list[Governed]:
    """Action and object for each figure of one sentence (figures in order). ``totals``: the
    action of the first figure of each unit in the last sentence before it in the paragraph that
    has one, for a sentence that opens with the breakdown of a total (…收入完成12.36亿元。其中，税收收入9.05亿元).
    ``time_spans``: the sentence's time phrases, where a verb is no verb (改造前). ``bounds``: the
    figures that define a group another figure counts (投资10亿元以上的项目14个): the bound and the
    verb right before it are part of the group's name, no act of the count."""
    results: list[Governed] = []
    clauses = clause_spans(clean, sent_start, sent_end)
    clause_starts = [a for a, _b in clauses]
    prev_fig_end_in_clause: dict[int, int] = {}
    strip = strip_subject or (lambda text, before_verb=False, at=None: text)
    r = _assembly_rules(lx)   # (read from the lexicon once, not per sentence)
    self_named, comparison_end, joiners, quantity_nouns = r.self_named, r.comparison_end, r.joiners, r.quantity_nouns
    result_complements, complements, light_verbs = r.result_complements, r.complements, r.light_verbs
    measure_ends, manner_adverbs, share_verbs, base_verbs = r.measure_ends, r.manner_adverbs, r.share_verbs, r.base_verbs
    breakdown_marks, event_units, ratio_units = r.breakdown_marks, r.event_units, r.ratio_units
    bare_measures, bare_measures_longest = r.bare_measures, r.bare_measures_longest
    frame = r.frame.match(clean, sent_start, sent_end) if r.frame is not None else None
    verbs_from = frame.end() if frame else sent_start   # (a framing clause names no act)
    among = (r.among.match(clean, sent_start, sent_end)
             if r.among is not None and clean.find(r.among_mark, sent_start, sent_end) >= 0 else None)   # (one test)
    # (the act modifies the whole: 签约的项目, which tokens() reads as no act)
    among_act = next((word for _a, _b, word, cls in _scan_verbs(_verb_rules(lx), clean, among.start(), among.end())
                      if cls == "strong"), "") if among else ""
    # running memory of earlier figures (a sentence may hold thousands of them)
    last_action_by_unit: dict[str, str] = {}
    # (共有博物馆36家，比上年增加3家，其中国有博物馆21家: the items of a breakdown share the total's
    # act, not that of a change against a base)
    total_action_by_unit: dict[str, str] = {}
    last_action = ""
    last_count_action = ""   # the last action of a figure that is no percentage
    last_cause = ""          # the causative the last figure's act came after (造成…受灾)
    last_topic = None        # Governed of the nearest earlier figure that is not a share
    last_by_unit: dict[str, Governed] = {}
    capacities: list[tuple[int, Governed]] = []   # (figure, its capacity verb and product)
    for k, fig in enumerate(figures):
        # the last earlier figure of this sentence that counted things in the same unit
        counted_before = last_by_unit.get(fig.unit) if fig.kind in _COUNTED_AFTER else None
        ci = bisect_left(clause_starts, fig.start + 1) - 1
        if ci < 0 or not clauses[ci][0] <= fig.start < clauses[ci][1]:
            results.append(Governed("", ""))
            continue
        c_start, c_end = clauses[ci]
        seg_start = prev_fig_end_in_clause.get(ci, c_start)
        is_list_item = ci in prev_fig_end_in_clause
        next_fig_start = c_end
        if k + 1 < len(figures) and figures[k + 1].qualifier_start < c_end:
            next_fig_start = figures[k + 1].qualifier_start
        # what follows the figure up to the next list item (、) belongs to it; a verb after
        # it may lie beyond the next figure (4所小学的50支参赛队伍100名参赛选手参加)
        item_end = _list_mark(clean, fig.qualifier_end, next_fig_start)
        reach_end = _list_mark(clean, fig.qualifier_end, c_end)
        before = tokens(clean, seg_start, fig.qualifier_start, lx)
        if fig.kind == "percent" and clean[fig.qualifier_start - 1:fig.qualifier_start] == "的":
            before = _share_copula(before, clean, fig.qualifier_start, r.share_copulas)
        after = tokens(clean, fig.qualifier_end, reach_end, lx)
        if time_spans:
            # (a word that starts inside a time phrase is read with it: 截至目前|已 holds the adverb 目前已)
            before = [t for t in before if not any(a <= t.start < b for a, b in time_spans)]
        if bounds:
            before = [t for t in before if not any(a <= t.end <= b for a, b in bounds)]
        if is_list_item and before and before[0].start == seg_start and clean.startswith("、", before[0].end):
            # 造成1人死亡、2人受伤: the verb right after the last item's figure is that item's
            before = before[1:]
        prev_fig_end_in_clause[ci] = fig.qualifier_end
        if (is_list_item and before and "、" in clean[seg_start:before[0].start]
                and trim_object(clean[seg_start:before[0].start], lx)):
            # 、农村劳动力转移就业2308人 / …、刘庄搬迁安置项目、…等6个: a verb inside a list item
            # is part of its noun (but 68个省市重点项目完成投资156.3亿元 is no list: no 、 before
            # the verb; and in 8个国控、省控断面水质优良比例达100% the verb follows the last item)
            last_item = seg_start if clean.startswith("、", seg_start) else clean.rfind("、", seg_start, fig.qualifier_start)
            before = [t for t in before if t.cls == "prep" or t.start > last_item > seg_start]

        post = _noun_after(clean, fig.qualifier_end, item_end, after, lx)
        if post in manner_adverbs or len(post) <= 3 and not trim_object(post, lx):
            post = ""   # 问题共78件|全部纳入 / 其中8条|已转化: an adverb of the act after the figure, no noun
        vi = _pick_verb_before(before, clean, fig.qualifier_start, bool(post) and fig.kind in _COUNTED_AFTER,
                               comparison_end, quantity_nouns, joiners, r.causatives, r.motion_verbs, r.level_nouns,
                               r.level_verb_tails)
        prep_after_verb = [t for t in before if t.cls == "prep" and (vi is None or t.start >= before[vi].end)]
        # (辖区9个村已有7个达到: a verb right before the next figure is that figure's)
        after_verbs = [i for i, t in enumerate(after) if t.cls in ("strong", "weak")
                       and not (k + 1 < len(figures) and t.end == figures[k + 1].qualifier_start)]
        action, obj = "", ""
        direct = False   # the object is what stands between the verb and the figure
        act = ""   # the last verb of the action (核查办结 -> 办结): the act whose amount the figure is
        use_after = after_verbs and (prep_after_verb or vi is None or before[vi].cls == "weak"
                                     or before[vi].word in r.causatives)
        cause = ""   # (洪灾造成…11.3万人受灾: the causative, which clauses after it with no verb share)
        if use_after:
            if vi is not None and before[vi].word in r.causatives:
                cause = before[vi].word
            elif vi is None and is_list_item:
                cause = last_cause   # (…14个乡镇11.3万人受灾: an item of the list the causative opened)
            ai = after_verbs[0]
            a, b = _verb_run(after, ai, clean, joiners)
            action = clean[after[a].start:after[b].end]
            act = after[b].word
            if a == b and act in light_verbs and act not in r.light_verbs_kept_after:
                # 对全县62家人员密集场所开展冬季火灾防控夜查: what is done to the figure is the act
                # the light verb takes, the last verb of what follows it in the clause
                event = [t for t in after[b + 1:] if t.cls == "strong" and t.end <= reach_end]
                if event and not clean[event[-1].end:reach_end].strip("。，,;；!！?？"):
                    action = act = event[-1].word
            obj = post or _cut_at_de(clean[fig.qualifier_end:min(after[a].start, item_end)])
            if trim_object(obj, lx) in manner_adverbs:
                # 将排查出的重复信访积案和信访突出问题共78件全部纳入: 全部 is the manner; what is
                # counted is named before the figure (after its last 的)
                after_de = clean.rfind("的", seg_start, fig.qualifier_start) + 1 or seg_start
                obj = strip(clean[after_de:fig.qualifier_start], at=after_de)
            if prep_after_verb and not trim_object(obj, lx):
                prep = prep_after_verb[-1]
                obj = strip(clean[prep.end:fig.qualifier_start], at=prep.end)
                base = prep.word in r.base_prepositions and clean.endswith("的", 0, fig.qualifier_start)
                if (base or not trim_object(obj, lx)) and prep.start > seg_start:
                    # 转化率由去年的18%提高到27%: only a time between the preposition and the
                    # figure; the topic is before the preposition
                    obj = strip(clean[seg_start:prep.start], at=seg_start)
            if not trim_object(obj, lx) and fig.unit in event_units:
                # 分两场举办了…擂台赛: the event is what the verb after the figure names
                obj = clean[after[b].end:reach_end]
        elif vi is not None:
            a, b = _verb_run(before, vi, clean, joiners)
            if b > a and before[b].word in share_verbs:
                # 合计占38.5%, 完成投资占全年的85%: a share is said by 占 alone (not where a copula
                # says it: …占全部投资的比重为71.2%); before a count, 占 opens a noun (清理占道经营300余处)
                if fig.kind != "percent":
                    b -= 1
                elif clean.endswith("的", before[b].end, fig.qualifier_start) or before[b].end == fig.qualifier_start:
                    a = vi = b
            verb_end = before[b].end
            if (verb_end < fig.qualifier_start and clean[verb_end] in result_complements
                    and not _word_starts(clean, verb_end, fig.qualifier_start, lx)):
                # 提高到67% / 梳理出信访积案126件: the complement belongs to the verb (not the
                # first character of a word: 实现|出口额)
                verb_end += 1
            action = clean[before[a].start:verb_end]
            act = before[b].word
            topic_end = _before_copula(before, clean, fig.qualifier_start, verb_end, measure_ends)
            obj_start = verb_end
            for ta, tb in time_spans:
                if ta == verb_end and tb < topic_end:
                    obj_start = tb + (clean[tb] == "的")   # (增加到去年的2860人: a time, then 的, is no object)
            obj = trim_object(clean[obj_start:topic_end], lx)
            if obj in r.capacity_nouns and obj_start == verb_end == before[b].end:
                # 日处理能力800吨, 年屠宰加工能力: the acts name the capacity, no act done (but
                # 新增|处理能力, with no period before the acts: the first is)
                period = next((w for w in r.capacity_periods if clean.endswith(w, seg_start, before[a].start)), "")
                first = a if period or b == a else b
                obj = clean[before[first].start - len(period):verb_end] + obj
                action = clean[before[a].start:before[first - 1].end] if first > a else ""
            direct = bool(obj) and before[b].word not in light_verbs   # (实现产值8.7亿元: the topic's)
            if obj in complements and topic_end == fig.qualifier_start:
                # 调解成功2608起: a complement after the verb belongs to it; what is counted is named before
                action, obj = action + obj, ""
            if post and fig.kind in _COUNTED_AFTER:
                # the noun after the classifier is what is counted, unless a plain noun before
                # the figure names it and what follows is a long phrase
                if not obj or obj.endswith("等") or "、" in obj or len(post) <= 12:
                    obj = post
            elif not obj:
                obj = post
            # the text before the verb without its subject and time (read only where no object yet)
            lead = "" if obj else trim_object(strip(clean[seg_start:before[a].start], before_verb=True, at=seg_start), lx)
            if (not obj and b > a and before[a].cls == "strong" and before[a].word in light_verbs
                    and before[b].word not in complements
                    and (fig.unit in event_units or not is_list_item) and not lead):
                # 开展督导3次 / 编发督导通报14期 / 实现授信11800万元: the first verb is the
                # action, the rest what was done (but 背街小巷216条，已完成整治189条: a count of
                # things already named is of those things)
                if fig.unit not in event_units and counted_before is not None and counted_before.object:
                    obj = counted_before.object
                else:
                    action = before[a].word
                    obj = clean[before[a].end:before[b].end]
            if (not obj and not lead and counted_before is not None and counted_before.object
                    and (comparison_end.search(clean[seg_start:before[a].start])
                         or clean[verb_end - 1] in result_complements)):
                # (在校生从1900人增加到2860人: the end of a change counts what its start counted)
                # 参保7.9万人，较去年底净增4200人: a change against a base counts what the last
                # figure of its unit counted
                obj = counted_before.object
            if not obj and fig.unit in self_named and before[b].cls == "strong" and not lead:
                # 培训844人次 after 创业培训16期: the people of that event; 走访40余户: 户
                # (after a topic the topic is what is counted: 受教育群众达3万余人,
                # 门急诊量达到42.3万人次)
                prev = results[-1].object if results else ""
                obj = prev if prev and before[b].word in prev else (
                    _verb_led_noun(clean, fig.qualifier_end, item_end, after, lx) or self_named[fig.unit])
            if not obj and fig.unit in event_units and verb_end == fig.qualifier_start:
                # 河长累计巡河3.2万余次 / 帮办代办283次: a count of occasions right after its verb
                # counts the act itself
                obj = clean[before[b].start:verb_end]
            if not obj:
                # the topic before the verb; after an earlier verb, only what it governs
                # (发现问题并整改20余个 -> 问题)
                # (a verb right before a comparison or a noun of quantity is part of the topic:
                # 固定资产投资|同比增长, 注册志愿者人数|达到)
                lead_start = max([seg_start] + [t.end for t in before[:a] if t.cls in ("strong", "weak")
                                                and not _topic_gap(clean[t.end:before[a].start],
                                                                   comparison_end, quantity_nouns)
                                                and clean[t.end:before[a].start] not in r.perfect_gaps])
                topic_end = before[a].start
                kept = _kept_words(lx)
                for t in reversed(before[:a]):   # 产量可达 / 全区共有 / 经审查: adverbs and prepositions are no topic
                    if (t.cls not in ("adverb", "prep") or t.end != topic_end or t.start < lead_start
                            or clean[lead_start:t.end].endswith(kept) and t.word not in kept):
                        break   # (亩均投入: 均 ends the noun 亩均; but 按期 alone is the adverb)
                    topic_end = t.start
                obj = strip(clean[lead_start:topic_end], before_verb=True, at=lead_start)
                if trim_object(obj, lx) in manner_adverbs:
                    obj = ""   # 成功调解1792起: the manner, not the object
            if not trim_object(obj, lx) and after:
                # 投资5000万元建设冷链物流中心: what the money is for follows it
                obj = clean[after[0].start:min(reach_end, next_fig_start)]
            if fig.unit in event_units and verb_end == fig.qualifier_start:
                # 组织质量安全检查126次 (as 开展督导3次): the light verb is the act, the event it
                # holds (a noun, then the act) is what it held; also past manner words before the
                # act (开展现场培训86场次, 开展联合检查46次)
                light = a - 1
                while light >= 0 and before[light].cls in ("adverb", "coverb") and before[light].word not in light_verbs:
                    light -= 1
                if (light >= 0 and all(t.cls in ("adverb", "coverb") for t in before[a:b])
                        and before[light].word in light_verbs and before[light].cls in ("strong", "coverb")
                        and _is_modifier_gap(clean[before[light].end:before[b].start])):
                    action, obj = before[light].word, clean[before[light].end:verb_end]
        elif is_list_item and seg_start == fig.qualifier_start and results:
            # 386户612人: a figure right after another measures the same thing
            action, obj = results[-1].action, results[-1].object
        else:
            # no verb in reach: a list item or a continuation clause shares a previous verb
            topic_end = _before_copula(before, clean, fig.qualifier_start, seg_start, measure_ends)
            obj = strip(clean[seg_start:topic_end], at=seg_start)
            if post and (fig.kind in _COUNTED_AFTER or not trim_object(obj, lx)):
                obj = post   # “4”指1个实践中心 / 4所小学的50支参赛队伍 / 2000余亩香菇大棚
            # (按期办结率95.8% / 优良天数比例74.7%: a measure stated shares no act; 构建…工作体系
            # (“4”指1个实践中心…): else the sentence's verb before this clause)
            if not trim_object(obj, lx).endswith(quantity_nouns):
                # (a count shares no verb that governed only a percentage: 税收收入…，同比增长10.2%；
                # 非税收入3.31亿元)
                action = (total_action_by_unit if _in_breakdown(clean, c_start, breakdown_marks)
                          else last_action_by_unit).get(fig.unit, "")
                if not action and among_act and fig.kind != "percent":
                    action = among_act   # (此次签约的项目中，…项目2个: 签约)
                if not action and totals and (frame and fig.kind != "percent" or _in_breakdown(clean, sent_start, breakdown_marks)):
                    # (其中，投资10亿元以上的项目14个: the total's act in this unit, before the act of
                    # a figure in another unit)
                    action = totals.get(fig.unit, "")
                if not action:
                    action = last_action if fig.kind == "percent" else last_count_action
                if not action and (fig.kind == "percent" or not last_action):
                    action = _last_strong_verb(clean, verbs_from, c_start, lx)
                if not action and reach_end < c_end and clean.startswith("、", reach_end):
                    # 卫东区400万吨建筑垃圾再生项目、…等一批重点项目陆续开工: an item of a list takes
                    # the predicate that follows the list
                    later = [t for t in tokens(clean, reach_end, c_end, lx) if t.cls == "strong"]
                    if later:
                        action, obj = later[0].word, post or obj
        if not obj and seg_start == fig.qualifier_start and clean[fig.qualifier_start - 1:fig.qualifier_start] in (":", "："):
            # 固定资产投资：112.4亿元 (a data line): the label before the colon is what is measured
            colon = fig.qualifier_start - 1
            label_start = clause_start(clean, sent_start, colon)
            if k and figures[k - 1].qualifier_end > label_start:
                label_start = figures[k - 1].qualifier_end   # (a data box's lines run together: 3.1%|发放…：)
            label = trim_object(strip(clean[label_start:colon], at=label_start), lx)
            if 1 < len(label) <= r.label_max and not label.endswith(r.name_ends):
                obj = label
        if obj != post:   # a noun read after the classifier is trimmed already (集中整治项目… keeps 集中)
            obj = trim_object(_category_head(_name_long_list(trim_object(obj, lx))), lx)
        if (not obj and seg_start == c_start and ci > 0 and clauses[ci - 1][1] == c_start - 1
                and clean[c_start - 1] == ")" and not clean[c_start:fig.qualifier_start].strip()):
            # 一级古树（树龄500年以上）412株: a long bracket between a noun and its figure is a
            # note on the noun (a clause of its own); what is counted stands before it
            opened = clean.rfind("(", sent_start, c_start - 1)
            if opened > sent_start:
                # (…47株、二级古树（…）215株: the noun starts after the item before it)
                noun_start = max(clause_start(clean, sent_start, opened),
                                 figures[k - 1].qualifier_end if k and figures[k - 1].qualifier_end < opened else 0)
                obj = trim_object(strip(clean[noun_start:opened], at=noun_start), lx)
        if not obj and results:
            # 开工82个 after 改造老旧小区86个: a count shares the noun of the last count in
            # its unit; 同比增长6.3% / 总投资28亿元: the topic of the nearest figure that is
            # not a share
            same = counted_before
            if fig.kind == "percent" and is_list_item and figures[k - 1].kind == "percent":
                same = results[-1]   # 由82%提高到96.5%: the same measure, not the last count's topic
            elif fig.kind == "percent" and fig.unit not in ratio_units:
                # 持证率达96.5%，较去年提高4.3个百分点: points measure a change of the last rate
                same = _last_rate(results, figures, k, ratio_units) or same
            obj = (same or last_topic or results[-1]).object
        if not obj and fig.unit in self_named:
            obj = _verb_led_noun(clean, fig.qualifier_end, item_end, after, lx) or self_named[fig.unit]
        if (not obj and act and not results and r.project is not None
                and clean.endswith(r.project_sums, sent_start, fig.qualifier_start)):
            # 城北热源厂扩能改造工程是…，总投资2.3亿元: the project the sentence names first
            named = r.project.search(clean, sent_start, fig.qualifier_start)
            if named:
                # (今年|实施|退化草原生态修复治理项目: past a time phrase and a verb that open it)
                start = max([b for a, b in time_spans if a <= named.start() < b], default=named.start())
                start += len(opening_verb(clean[start:named.end()], lx))
                obj = trim_object(clean[start:named.end()], lx)
            else:
                obj = _project_subject(clean, clauses, fig.qualifier_start, r.project_subject_ends, lx)
        if not obj and act and fig.kind != "percent":
            obj = act   # 其中，出口121.8亿元: nothing names what is measured but the act (出口额)
        if (not action and obj and not (fig.kind == "percent" and obj.endswith(quantity_nouns))
                and not obj.endswith(r.capacity_nouns)):
            # 民生支出24536万元 / 点赞数量超过10000次: with no verb governing the figure, the act
            # is the one its noun names (but a rate stated, 开工率100%, is no act: no verb governs it;
            # nor a capacity, 日处理能力)
            action = _verb_in_noun(obj, lx)
        if (fig.kind == "percent" and fig.unit not in ratio_units and action in base_verbs
                and vi is not None and not use_after):
            # 增速达18.5%，高于全市平均水平5.2个百分点: what follows 高于 is the base; the points
            # measure the last rate
            rate = _last_rate(results, figures, k, ratio_units)
            if rate is not None and rate.object:
                obj = rate.object
        own_act = r.share_nouns if fig.kind == "percent" else r.score_nouns if fig.unit in r.score_units else ()
        if (own_act and (vi is None and not use_after or not action) and obj.endswith(own_act)
                and clean.endswith(obj, seg_start, _before_copula(before, clean, fig.qualifier_start, seg_start, measure_ends))):
            # 工业项目9个，占比75%; 综合得分(为)92.6分: the share or the score is the act (no verb of
            # its own: not the sentence's)
            action = next(w for w in own_act if obj.endswith(w))
        if (fig.unit in r.score_units and r.score_nouns and action in r.score_plain_acts
                and not (obj and obj[-1] in measure_ends)):
            # 凤鸣街道93.2分, 紧随其后的是云台镇93.1分: a score with no act of its own is scored
            # (but 群众满意度为86.5分, 总分90分 say what the score measures: no act)
            action = r.score_nouns[0]
        if (not post and counted_before is not None and counted_before.object
                and clean.endswith(r.remainder_words, 0, fig.qualifier_start)):
            # 已整改58处，对其余6处挂牌督办: the rest of what the last count named
            obj = counted_before.object
        elif obj in r.level_words and counted_before is not None:
            # 国家级非遗代表性项目2项、省级9项: a kind, by level, of what the last count in its unit named
            owner = counted_before.object
            own_level = next((w for w in r.level_words if w in owner), "")
            kind_noun = owner[owner.index(own_level) + len(own_level):] if own_level else owner
            kind_noun = next((kind_noun[len(w):] for w in r.level_bounds if kind_noun.startswith(w)), kind_noun)
            if kind_noun and kind_noun != obj:
                obj += kind_noun
        elif obj in bare_measures and last_topic is not None and not direct:
            # 城市道路17条，总长约43公里: 城市道路总长; 香菇产量…，产值…: 香菇产值
            owner = last_topic.object
            owner = next((owner[:-len(m)] for m in bare_measures_longest if owner.endswith(m)), owner)
            if owner:
                obj = owner + obj
        elif (obj in bare_measures and direct and action and vi is not None and before[vi].cls == "strong"
              and clean.endswith(action + obj, seg_start, fig.qualifier_start)):
            # 授信金额5.92亿元, 投资金额3.4亿元: the measure of the work right before it (not of a
            # weak verb: 涉及金额 measures the cases before it)
            obj = action + obj
        elif (fig.kind == "percent" and last_topic is not None and not direct
              and obj.endswith(r.rate_heads) and clean.startswith(obj, c_start)):
            # 已化解信访积案157件，化解率96.3%: the rate of what the last figure counted (not where
            # that names the act again, 开工82个，开工率…, or only a classifier, 户 人)
            act = obj[:-len(next(h for h in r.rate_heads if obj.endswith(h)))]
            owner = last_topic.object
            if (len(act) <= r.rate_act_max and len(owner) > 1 and not (act and act in owner)
                    and not any(ch.isdigit() for ch in owner)):
                obj = owner + obj
        if action in share_verbs and fig.kind == "percent" and obj and vi is not None and not use_after:
            # 收入完成41374万元，占年初预算的70.5%: the share of the topic in the base
            topic = trim_object(strip(clean[seg_start:before[vi].start], before_verb=True, at=seg_start), lx)
            topic = topic or (last_topic.object if last_topic else "")
            if len(topic) > 1 and topic != obj:   # (约占保费总额的八成: 约 is no topic)
                obj = topic + action + obj
        if (vi is not None and not use_after and before[vi].end == fig.qualifier_start
                and action not in share_verbs and _in_breakdown(clean, c_start, breakdown_marks)):
            # 办理不动产登记10.3万件，其中首次登记1.2万件、转移登记4.6万件: an item of a breakdown
            # named by its own act is a kind of what the total's verb did (but 其中已整改68个:
            # after an adverb the verb is the item's predicate)
            a, b = _verb_run(before, vi, clean, joiners)
            total = _total_before(results, figures, k, c_start)
            dated = total is not None and any(tb == before[a].start and ta >= seg_start for ta, tb in time_spans)
            if total is not None and dated and total.object and fig.kind != "percent":
                # 累计建成幸福院62家，其中今年新建41家: after a time the verb is the item's predicate, of
                # what the total counted
                obj = total.object
            elif total is not None and not (a > 0 and before[a - 1].cls == "adverb" and before[a - 1].end == before[a].start):
                item = trim_object(clean[seg_start:fig.qualifier_start], lx)
                if item and item != before[b].word:   # (、总投资28亿元: the bare act names no kind)
                    action, obj = total.action, item
        if (before and before[-1].end == fig.qualifier_start
                and clean.endswith(r.capacity_verbs, seg_start, fig.qualifier_start)):
            # 来到…公司年产40万吨甲醛建设项目: the capacity is the figure's own verb and the product its
            # object, set once the sentence is read (the figures after it share the clause's verb)
            a, b = _verb_run(before, len(before) - 1, clean, joiners)
            capacities.append((k, Governed(clean[before[a].start:before[b].end],
                                           _cut_before(post or obj, r.capacity_object_ends))))
        if (action in r.running_totals and vi is not None and not use_after and obj and clean.startswith(obj, before[vi].end)
                and _names_an_unknown_act(obj, quantity_nouns)):
            # 累计发电5.6亿千瓦时, 累计巡山3200公里, 累计使用封签…: the co-verb of a running total
            # alone, right before a word the lexicon does not know as a verb: that word is the act
            # (a long one opens with it: 使用|封签; but 累计服务时长 totals a quantity: no act of its own)
            action = obj if len(obj) <= r.running_total_act_max else _opening_act(obj, lx)
        if (not action and vi is None and not use_after and len(obj) > 1 and before
                and before[-1].cls == "adverb" and before[-1].word in r.act_markers
                and before[-1].end == fig.qualifier_start - len(obj)
                and clean.endswith(obj, seg_start, fig.qualifier_start) and _names_an_unknown_act(obj, quantity_nouns)):
            # 全镇已烘干玉米2.6万吨, 共辞退不合格网格员12名: no verb the lexicon knows, but after
            # 已 or 共 a verb comes: the object opens with the act (a two-character one alone: 已结业326人)
            action = _opening_act(obj, lx)
            obj = obj[len(action):] or obj
        if (act in r.modifier_hosts and action == act and vi is not None and not use_after
                and before[vi].end == fig.qualifier_start):
            # 在幸福院长期入住的老人有320人 / 通过劳务经纪人输出的有3200人: 有 counts a group; what its
            # members did is the act (the group, with its modifier, stays the object)
            action = _modifier_act(clean, seg_start, before[vi].start, time_spans, r, lx) or action
        if (not obj and r.rank_tail is not None and ci > 0 and clauses[ci - 1][1] == c_start - 1
                and not clean[c_start:fig.qualifier_start].strip(r.rank_links)):
            # 消防安全类隐患占比最高，达31.5% / …的矛盾纠纷数量居全县前三位，分别为86件: the clause
            # before ranks what the figure measures; it names it, after its last 的
            rank_start, rank_end = clauses[ci - 1]
            tail = r.rank_tail.search(clean, rank_start, rank_end)
            if tail is not None:
                head = clean.rfind("的", rank_start, tail.start()) + 1 or rank_start
                obj = trim_object(strip(clean[head:tail.start()], at=head), lx)
        if obj in r.fund_nouns and fig.kind == "money" and action.endswith(r.fund_verbs):
            # 投入资金1280万元，对沿江17处险工险段进行应急加固: the money is named by what it paid for
            purpose = _purpose_after(clean, fig.qualifier_end, sent_end, r.purpose_max, lx)
            if purpose and not purpose.startswith(r.not_purposes):
                obj = f"{obj}（{purpose}）"
        g = Governed(action, obj)
        results.append(g)
        last_cause = cause
        if action and clean.rfind("(", sent_start, fig.qualifier_start) <= clean.rfind(")", sent_start, fig.qualifier_start):
            # (…11.3万人受灾，直接经济损失18.6亿元: the loss is what the flood caused, not what suffered)
            # (not a figure in brackets: 长者食堂186家（其中今年新建43家）、老年助餐点472个 shares 建成)
            last_action_by_unit[fig.unit] = last_action = cause or action
            if fig.kind == "percent" or not _change_against_a_base(clean, seg_start, fig.qualifier_start, action,
                                                                   comparison_end):
                total_action_by_unit[fig.unit] = cause or action
            if fig.kind != "percent":
                last_count_action = cause or action
        if fig.kind != "percent":
            last_topic = g
        if obj:
            last_by_unit[fig.unit] = g
    # A figure with no object of its own right before another (对11类31个改革事项): share it.
    for k in range(len(results) - 1, -1, -1):
        if k + 1 < len(results) and figures[k + 1].qualifier_start - figures[k].qualifier_end <= 1:
            listed = clean[figures[k].qualifier_start - 1:figures[k].qualifier_start] == "等"
            own = results[k].object and not results[k].action.endswith(results[k].object)   # (出口121.8亿元: the act only)
            if not own or results[k].object == results[k + 1].object or listed:
                # 税费减免等7大类56条返乡创业政策内容: the list before 等 exemplifies the noun
                results[k].object = results[k + 1].object
                results[k].action = results[k].action or results[k + 1].action
    _pair_respectively(clean, clauses, figures, results, lx, strip)
    for k, g in capacities:
        results[k] = g
    return results


def _pair_respectively(clean: str, clauses, figures: list[Figure], results: list[Governed], lx: Lexicon,
                       strip) -> None:
    """收入、支出分别完成12.3亿元、25.6亿元: the items listed before 分别 (``respectively`` in
    verbs.toml) are the objects of the figures after it, in order. A clause whose own topic
    lists nothing (同比分别增长8.2%、5.1%) takes the items of the sentence's last such list, or
    else the objects of as many figures before it (产量达11.6万吨，产值8.7亿元，同比分别增长
    12.4%和15.8%)."""
    word = "" if not clauses else next(
        (w for w in lx.respectively if clean.find(w, clauses[0][0], clauses[-1][1]) >= 0), "")
    if not word:
        return   # (most sentences say no 分别)
    breakdown_marks = _assembly_rules(lx).breakdown_marks
    starts = [a for a, _b in clauses]
    by_clause: dict[int, list[int]] = {}
    for k, fig in enumerate(figures):
        ci = bisect_right(starts, fig.qualifier_start) - 1
        if ci >= 0:
            by_clause.setdefault(ci, []).append(k)
    items: list[str] = []
    for ci, ks in sorted(by_clause.items()):
        c_start = clauses[ci][0]
        j = clean.find(word, c_start, figures[ks[-1]].qualifier_start)
        if j < 0:
            continue
        counts = [k for k in ks if figures[k].end <= j]
        ks = [k for k in ks if figures[k].qualifier_start > j]
        if len(ks) < 2:
            continue
        topic_end, head = j, ""
        if counts:
            # 教育、社会保障和就业、卫生健康三项支出分别为…: the list's count, then the noun its
            # items share (教育支出, 社会保障和就业支出 …)
            topic_end = figures[counts[-1]].qualifier_start
            head = trim_object(clean[figures[counts[-1]].qualifier_end:j], lx)
        # (分别 and its verb follow the topic: names that open it are who acts, 砚溪区、槐安区分别拆除…)
        topic = trim_object(strip(clean[c_start:topic_end], before_verb=True, at=c_start), lx)
        listed = _list_items(topic, len(ks), _list_marks(lx))
        if listed:
            items = [item + head for item in listed]
        elif not items:
            earlier = [results[k].object for k in range(ks[0]) if figures[k].kind != "percent"]
            items = earlier[-len(ks):] if len(earlier) >= len(ks) and all(earlier[-len(ks):]) else []
        if len(items) != len(ks):
            continue
        for k, item in zip(ks, items):
            results[k].object = item
        if listed and _in_breakdown(clean, c_start, breakdown_marks):
            # 立案查处…案件286件，其中销售过期食品、…案件分别为103件…: kinds of what the total's
            # verb did (the verbs inside the items name the kinds)
            total = _total_before(results, figures, ks[0], c_start)
            if total is not None:
                for k in ks:
                    results[k].action = total.action


@lru_cache(maxsize=8)
def _list_marks(lx: Lexicon) -> str:
    """The one-character marks between the items of a list (、和及与: units.toml ``[lists]``),
    which also join verbs into one action (新建和改造) and split a topic into items."""
    return "".join(m for m in lx.raw["units"].get("lists", {}).get("marks", []) if len(m) == 1)


def _list_items(topic: str, n: int, marks: str) -> list[str]:
    """The n items of a list (教育、卫生健康、社会保障和就业支出), split at 、 and, where that
    gives one item too few, also at the last other mark (和/及/与); [] when the topic lists
    nothing."""
    parts = [p for p in topic.split("、") if p]
    if len(parts) < 2:
        return []
    if len(parts) == n - 1:
        head, sep, tail = max((parts[-1].rpartition(c) for c in marks if c != "、"), key=lambda t: len(t[0]))
        if sep and head and tail:
            parts = parts[:-1] + [head, tail]
    return parts


_QUOTE_OPEN = re.compile("[“‘「『《(]")


def _last_rate(results: list[Governed], figures: list[Figure], k: int, ratio_units) -> Governed | None:
    """What the last figure before figure ``k`` that is a rate (a % or ‰) measures, or None."""
    return next((results[i] for i in range(k - 1, -1, -1) if figures[i].unit in ratio_units), None)


def _total_before(results: list[Governed], figures: list[Figure], k: int, c_start: int) -> Governed | None:
    """The total a breakdown clause (starting at ``c_start``) breaks down: the nearest figure
    before that clause in the unit of figure ``k`` that has an action."""
    return next((results[j] for j in range(k - 1, -1, -1)
                 if figures[j].unit == figures[k].unit and figures[j].end <= c_start and results[j].action), None)


def _in_breakdown(clean: str, c_start: int, marks: tuple[str, ...]) -> bool:
    """The clause that starts at ``c_start`` opens with 其中, or follows a clause that is only 其中."""
    if not marks:
        return False
    if clean.startswith(marks, c_start):
        return True
    prev_end = c_start - 1   # (其中，婚姻家庭纠纷612件: the clause before is only 其中)
    return any(clean.startswith(m, prev_end - len(m))
               and (prev_end == len(m) or not _is_han(clean[prev_end - len(m) - 1])) for m in marks)


def _before_copula(before: list[Token], clean: str, fig_start: int, lo: int, measure_ends: str) -> int:
    """Where the topic before a figure ends: before a preposition used as a copula right before
    it (平均浓度为36微克/立方米, 比重为71.2%), which follows a noun of measure (``measure_ends``);
    else at the figure (违法行为120起, 就业意向2900人: 为, 向 end a word)."""
    if before and before[-1].cls == "prep" and before[-1].end == fig_start:
        a = before[-1].start
        k = len(before) - 2
        while k >= 0 and before[k].cls == "adverb" and before[k].end == a:
            a = before[k].start   # (得分仅为71.5分, 得分均为…: the adverb goes with the copula)
            k -= 1
        if a > lo and clean[a - 1] in measure_ends:
            return a
    return fig_start


_CLAUSE_STOP = re.compile(f"[{re.escape(CLAUSE_MARKS + SENTENCE_END)}]")   # (the marks of segment.py)


def _purpose_after(clean: str, at: int, sent_end: int, max_chars: int, lx: Lexicon) -> str:
    """The clause right after a sum (after one comma, or none) where it opens with a work verb or
    a preposition (对…进行加固, 为…配齐, 改善…条件), to its end; else ""."""
    if clean.startswith((",", "，"), at):
        at += 1
    m = _CLAUSE_STOP.search(clean, at, sent_end)
    stop = m.start() if m else sent_end
    if not 1 < stop - at <= max_chars:
        return ""
    toks = tokens(clean, at, stop, lx)
    if not toks or toks[0].start != at or toks[0].cls not in ("strong", "prep"):
        return ""
    return clean[at:stop]


def _names_an_unknown_act(obj: str, quantity_nouns: tuple) -> bool:
    """Right after 累计 or 已, a run of Chinese that names no quantity (巡山, 烘干玉米; not 服务时长): a
    word the lexicon does not know as a verb, and what it was done to."""
    return all(_is_han(ch) for ch in obj) and not obj.endswith(quantity_nouns)


def _opening_act(noun: str, lx: Lexicon) -> str:
    """The act such a run opens with: the work verb in its first two characters, else those two
    (使用|封签, 晾晒|稻谷)."""
    return _verb_in_noun(noun[:2], lx) or noun[:2]


def _verb_in_noun(noun: str, lx: Lexicon) -> str:
    """The first work verb (strong) written inside a noun (开工率 -> 开工), or ""."""
    rules = _verb_rules(lx)
    return next((w for _a, _b, w, cls in _scan_verbs(rules, noun, 0, len(noun)) if cls == "strong"), "")


def _list_mark(clean: str, start: int, end: int) -> int:
    """The first 、 in clean[start:end] outside quotation marks and brackets (“比贡献、亮成绩”擂台赛,
    12个县(市、区)), else end."""
    j = clean.find("、", start, end)
    if j < 0:
        return end
    if not _QUOTE_OPEN.search(clean, start, j):
        return j   # the common case: no quotation before the mark
    depth = 0
    for i in range(start, end):
        ch = clean[i]
        if ch in "“‘「『《(":
            depth += 1
        elif ch in "”’」』》)":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            return i
    return end


_DIGIT = re.compile(r"(?<![A-Za-z0-9.])[0-9]")   # (G235线, 5G: a code is part of a name)


def _verb_led_noun(clean: str, start: int, item_end: int, after: list[Token], lx: Lexicon) -> str:
    """聘请3名|注册安全工程师, 对1200余名|改厕工匠…: a noun right after the classifier that opens
    with a verb (read where nothing else names what is counted: the verb is no predicate when a
    noun follows it at once), or ""."""
    if not after or after[0].start != start or after[0].cls != "strong" or not _is_han(clean[after[0].end:after[0].end + 1]):
        return ""
    if len(after) > 1 and after[1].start == after[0].end:
        return ""   # (41个|完成验收: a verb run is the predicate)
    rest = _noun_after(clean, after[0].end, item_end, after[1:], lx)
    return clean[start:after[0].end] + rest if rest else ""


def _noun_after(clean: str, start: int, item_end: int, after: list[Token], lx: Lexicon) -> str:
    """The noun right after a figure (组建4个|专业督导组|深入辖区): up to the first verb of
    two or more characters or preposition, a 、, 等, or 的 (not its first character)."""
    stop = item_end
    heads = _nominal_heads(lx)
    noun_openers = lx.raw["verbs"].get("noun_openers", [])
    if clean.startswith("(", start):
        close = clean.find(")", start, min(stop, start + 5))
        if close > 0:
            start = close + 1   # 1.2万台(套): the bracket names another unit, not the noun
    for i, t in enumerate(after):
        if t.start >= item_end:
            break
        if t.start == start and t.word in noun_openers:
            continue   # 8个|联合检查组: 联合 may open the noun (but 30名志愿者|深入…: 深入 opens a predicate)
        if t.cls in ("strong", "weak", "coverb") and len(t.word) > 1 and not clean.startswith(heads, t.end):
            stop = t.start   # 村|进行了专项督查; but 集中整治项目专项工作组 is one noun
            break
        if t.cls in ("prep", "adverb") and t.start > start and (
                t.cls == "prep" or len(t.word) == 1
                or i + 1 < len(after) and after[i + 1].start == t.end and after[i + 1].cls in ("strong", "weak", "coverb")):
            stop = t.start   # 56个项目|已全部开工 (but 集中整治项目: an adverb may open the noun, and
            break            # 62个市级重点项目: a two-character one before no verb modifies it)
    stop = _list_mark(clean, start, stop)   # a 、 in brackets or quotes ends no noun
    digit = _DIGIT.search(clean, start, stop)
    if digit:
        stop = digit.start()   # 项目21个|总投资93.7亿元 (a headline's two lines run together): no noun holds a figure
    for mark in ("等", "的", "在"):
        j = clean.find(mark, start + (mark == "的"), stop)
        while mark == "在" and j > start and clean[j - 1:j + 1] in _noun_zai_words(lx):
            j = clean.find(mark, j + 1, stop)   # 对2家存在重大隐患的企业: 存在 is no 在 of a place
        if j >= 0:
            stop = j
            if mark == "在" and j > start and clean[j - 1:j + 1] in _zai_adverbs(lx):
                stop = j - 1   # 剩余6件|正在加紧推进: the adverb opens the predicate
    manner = _verb_rules(lx).manner_adverbs
    if stop < item_end and clean.endswith(manner, start, stop):
        # 56个项目|全部|开工: the manner of the act that follows, not part of the noun
        stop -= len(next(m for m in manner if clean.endswith(m, start, stop)))
    return _trim_edges(clean[start:stop], lx)


@lru_cache(maxsize=8)
def _noun_zai_words(lx: Lexicon) -> frozenset:
    return frozenset(lx.raw["verbs"].get("noun_zai_words", []))


@lru_cache(maxsize=8)
def _zai_adverbs(lx: Lexicon) -> frozenset:
    return frozenset(w for w in lx.raw["verbs"].get("adverbs", []) if len(w) == 2 and w.endswith("在"))


def _trim_edges(s: str, lx: Lexicon) -> str:
    """Function characters off both ends (of a noun read after a classifier: its adverb-like
    first words, 集中整治…, belong to it)."""
    chars = lx.raw["verbs"].get("object_trim_chars", "")
    s = s.strip(chars)
    for w in lx.raw["verbs"].get("object_tail_words", []):
        if s.endswith(w) and len(s) > len(w) and not s.endswith(_kept_words(lx)):
            s = s[:-len(w)]   # (超过50万元的)村有(9个)
            break
    if s.count("“") < s.count("”") and s.endswith("”"):
        s = s[:-1]
    if s.count("“") > s.count("”") and s.startswith("“"):
        s = s[1:]
    return s


def _last_strong_verb(clean: str, lo: int, hi: int, lx: Lexicon) -> str:
    verbs = [t for t in tokens(clean, lo, hi, lx) if t.cls == "strong"]
    return verbs[-1].word if verbs else ""
