"""Claim context: article and headline, actor (anaphora resolved), time scope, category.

* **time**: the time-scope phrase nearest before the figure in its sentence
  (``7月以来``, ``截至目前``; past a semicolon only one that heads its clause); when the
  sentence has none, a phrase that heads a clause earlier in the same paragraph
  (``今年以来，``), bare years and days excepted. ``period_start``/``period_end`` turn
  it into ISO dates when the article's date and the year are known.
* **actor**: the name that opens the figure's clause, or an earlier clause of the
  sentence, or an earlier sentence of the paragraph; else the article's own actor (the
  subject of its lead, or the district it names most). ``该区``/``全区``/``该街道``/
  ``该局`` … are replaced by the name of that level the article mentions most before
  them.
* **category**: keyword rules, the category with most hits in the sentence, else in
  the headline; ``""`` when nothing matches.

Patterns and word lists: ``lexicon/context.toml``.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex

from .articles import Article, page_year, split_articles
from .claims import tokens, verb_at
from .lexicon import Lexicon, alternation, compile_pattern, literal_pattern, required_texts
from .segment import clause_spans, clause_start, sentence_spans

def _leftmost(patterns, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of several patterns in text[start:end], leftmost first, earlier
    pattern on a tie: what one alternation of them would find. ``patterns``: (compiled
    pattern, texts of which every match holds one) pairs; a pattern none of whose texts is
    there is not run."""
    end = len(text) if end is None else end
    found = []
    for k, (p, needed) in enumerate(patterns):
        for x in needed:
            if text.find(x, start, end) >= 0:
                break
        else:
            if needed:
                continue   # none of its texts is there
        found += [(m.start(), k, m.end(), m.group()) for m in p.finditer(text, start, end)]
    found.sort()
    out, taken_to = [], -1
    for a, _k, b, group in found:
        if a >= taken_to and b > a:
            out.append((a, b, group))
            taken_to = b
    return out


_QUOTES_OPEN, _QUOTES_CLOSE = set("“‘「『"), set("”’」』")
# (clause marks, folded as the clean text has them: a quotation that holds one is speech)
_SPEECH_MARKS = (",", ";", "。", "!", "?")
_QUOTE_REACH = 400   # characters: about a long paragraph
# 栗坪镇　　教学点14个　学员1320人 …: a line's opening words set apart as a table's first cell
# (an ideographic space or two spaces, as between a text table's cells in tables.py; one space
# is an OCR gap)
_WIDE_GAP = re.compile(r"\u3000|[ \t]{2}")
_GAP_LEAD = re.compile(r"([^\s\d]{2,12}?)(?:" + _WIDE_GAP.pattern + ")")
_CLAUSE_OPENERS = set(",，;；:：。!?\n)】")   # ) : 本报讯(记者 …)前三季度，…; 】: 【数据】截至10月底，…
_SENTENCE_OPENERS = set("。!?\n")
_SENTENCE_ENDS = ("。", "!", "?", ";")   # (a line over a table that holds one is prose; the clean text folds ！？；)


@dataclass
class ClaimContext:
    article: int | None = None
    headline: str = ""
    actor: str = ""
    time: str = ""
    period_start: str | None = None
    period_end: str | None = None
    category: str = ""


@dataclass(frozen=True)
class _Patterns:
    scope: tuple
    point: tuple
    suffix: regex.Pattern
    other_word: re.Pattern
    suffixes: tuple
    not_places: tuple
    site_bodies: tuple   # (保护区|管理局: the body that runs a site named by a not-place word)
    not_places_longest_first: tuple
    one_character_bodies: frozenset    # (城镇, 山区: with one character before them, a place: 麦城镇, 岚山区)
    not_actors: frozenset
    sites_at_a_place: tuple   # (沙河镇|冷链物流园项目总投资: a site at the place, not the place's figure)
    positions_in_a_place: tuple   # (二道河村|东侧约80亩)
    event_endings: tuple
    agencies: tuple
    stops: frozenset
    anaphora: dict
    level_bodies: dict
    name_openers: re.Pattern | None    # (name_openers and name_leads: where a place name may start)
    name_leads: re.Pattern | None      # (where any name may start)
    organizer: re.Pattern | None
    not_place_word: re.Pattern
    carry_reach: int
    organizer_words: re.Pattern
    opener_reach: int
    anaphor_re: regex.Pattern
    connectors: regex.Pattern
    categories: tuple
    category_order: dict
    category_words: regex.Pattern
    word_categories: dict
    not_carried: regex.Pattern
    carried_alone: regex.Pattern
    carried_before_subject: regex.Pattern
    end_point: regex.Pattern
    year_inside_end: regex.Pattern
    framing_clause: re.Pattern | None   # (为让…，/ …方面，: clauses that frame the sentence before its subject)
    place_suffixes: frozenset
    place_figure_never: str
    person_role: regex.Pattern
    predicate_adverbs: tuple   # (新: 石桥镇新开工项目9个, a word before the verb of a predicate)
    subject_prepositions: str   # (区财政局对…, 柏庄镇以…为抓手: a name before one is a subject)
    subject_preposition_never_before: dict   # (以上, 以来: no preposition)
    rank_lead: regex.Pattern   # (第一名|泊川县(92.6分): a rank before a place in a ranking)
    person_subject: re.Pattern | None
    person_verbs: re.Pattern | None
    person_name: regex.Pattern | None   # (网格员陈秀英: a title, then a name that opens with a surname)
    person_after_title_end: re.Pattern | None   # (安检员李振宇: a title's last character, then a name)
    person_pronouns: frozenset
    not_person_titles: tuple
    not_person_names: frozenset         # (单位 of 成员单位: a word of the lists is no one's name)
    person_pronoun_never_before: frozenset
    person_name_final_stops: str     # (年 of 唐颂年: a stop character that may end a repeated name)
    person_speech: regex.Pattern | None
    person_answer: regex.Pattern | None
    interview_mark: str
    interviewee_title_heads: tuple[str, ...]
    interviewee_never_ends: tuple[str, ...]
    person_ceremony: regex.Pattern | None
    capacity_verbs: tuple
    place_body_never_ends: tuple
    place_body_never_holds: tuple
    place_body_never_opens: str
    place_body_starts_after: str
    outside_after: str
    outside_not_after: str
    paragraph_place_openers: tuple[str, ...]
    paragraph_place_followers: str
    project_owner: re.Pattern | None
    project_openers: tuple
    min_body: dict
    firm_suffixes: frozenset
    firm_short_suffixes: tuple
    short_body_never: frozenset
    stop_exempt: dict                 # stop character -> ((word, its offset in the word), …)
    area_totals: frozenset
    headline_areas: dict    # (全市, 我市 … -> the levels of the area a headline speaks of)
    paper_name: regex.Pattern | None   # (岚州日报 in a page's header: the paper's place)
    caption_time: regex.Pattern | None   # (a year or months in a table's caption or a box's title)
    total_rows: tuple         # (合计: a table row of totals, layout.toml [tables])
    labeled_item: regex.Pattern | None   # (市住建局：… a paragraph of a list under an intro line)
    item_lead: regex.Pattern | None      # (▲436处——|市城管局：… an item's lead figure)
    list_intro_end: regex.Pattern | None   # (…情况如下： the line that opens such a list)
    point_item: regex.Pattern | None   # (一是…: a paragraph of a list of points under such a line)
    paper_levels: dict                 # (日报 -> 市: a paper's level by its kind)
    paper_written_levels: tuple        # (青川省: levels above the places, written after a paper's name)
    area_base_before: str              # (居全市第一: 全市 as the base of a comparison or ranking)
    area_base_after: tuple
    level_bodies_not_words: tuple      # (市政府: a body, though 市政 is in not_places)
    party_government: tuple            # (委, 政府: 县委、县政府 share one place)
    own_areas: tuple                   # (我市: the paper's own place)
    local_committees: tuple             # (党支部, 党委 …: a village's or town's own committee)
    local_levels: tuple
    hotline: regex.Pattern | None       # (市12345政务服务便民热线)
    hotline_word: str                   # (热线: in every hotline's name)
    short_form: regex.Pattern | None     # （以下简称县人居办）: a short form the page declares
    short_form_word: str
    zone_forms: tuple                  # ((经开区, 经济技术开发区), (经开区, 经济开发区) …): a zone's short and long forms
    parent_bodies: tuple               # (公安局: 县交警大队 is 云岭县公安局交警大队 where the page says so)
    document_title: re.Pattern | None  # (关于…的通报: a headline that names a document)
    breakdown_levels: tuple            # (其中岱南县2.1万人: the levels whose places a breakdown lists)
    breakdown_leads: tuple             # (…and what stands before an item of one)
    article_levels: tuple              # (区, 县 … 开发区: the places an article as a whole may be about)
    comparison_marks: frozenset
    modifier_marks: frozenset
    state_time_ends: str
    object_anaphor: regex.Pattern | None   # (该项目, 这座中转站: an object that refers back)


def _organizer_pattern(a: dict):
    """由(names)(联合)?主办 | 承办: see `organizer_verbs` in context.toml."""
    if not a.get("organizer_verbs") or len(a.get("organizer_by", "")) != 1:
        return None   # (the word before the names is one character: it also ends them)
    by = regex.escape(a["organizer_by"])
    joiners = alternation(a.get("organizer_joiners", [])) or "(?!)"
    hosts = alternation(a.get("host_verbs", [])) or "(?!)"
    # (or a preposition after the names: 由县人居办从…抽调人员组成5个暗访组)
    before = alternation(a.get("organizer_prepositions", [])) or "(?!)"
    return compile_pattern(f"{by}(?P<names>[^,，。;；{by}]{{2,30}}?)(?:{joiners})?"
                           f"(?:{alternation(a['organizer_verbs'])}|(?={before}))|(?P<host>{hosts})")


def _project_owner_pattern(a: dict):
    """(在)<firm>(的)<…>项目 at a clause's start: see project_owners in context.toml."""
    owners = a.get("project_owners", {})
    if not owners.get("suffixes") or not owners.get("projects"):
        return None
    located = f"(?P<where>(?:{alternation(owners['located'])})[^,，。;；:：的]{{2,12}}的)?" if owners.get("located") else ""
    return compile_pattern(f"(?P<opener>{alternation(owners.get('openers', []))})?{located}[^,，。;；:：]{{2,30}}?"
                           f"(?P<suffix>{alternation(owners['suffixes'])})的?[^,，。;；:：]{{0,24}}?"
                           f"(?:{alternation(owners['projects'])})")


def _surname_start(a: dict) -> str:
    """[王李张…][一-龥]: a surname, then a character of the given name (`surnames`); "" with none."""
    surnames = "".join(a.get("surnames", "").split())
    return f"[{re.escape(surnames)}][\u4e00-\u9fff]" if surnames else ""


def _person_subject_pattern(a: dict):
    """副局长(彭占伟)获得: a role, a name that opens with a surname, then a verb of winning."""
    name = _surname_start(a)
    if not (a.get("person_roles") and name and a.get("person_subject_verbs")):
        return None
    return compile_pattern(f"(?:{alternation(a['person_roles'])})(?P<name>{name}{{1,2}}?)"
                           f"(?:{alternation(a['person_subject_verbs'])})")


def _person_name_pattern(a: dict):
    """网格员(陈秀英), 返乡青年(罗志军): a title, then a surname and one or two characters."""
    name = _surname_start(a)
    titles = list(a.get("person_roles", [])) + list(a.get("person_titles", []))
    if not (titles and name and a.get("person_pronouns")):
        return None
    return compile_pattern(f"(?:{alternation(titles)})(?P<name>{name}{{1,2}})")


def _person_after_title_end_pattern(a: dict):
    """安检员(李振宇): the last character of a title (`person_title_ends`), then a name. (A pattern
    of its own: one alternation with the titles would have no literal to scan for and run ~20x
    slower.)"""
    name = _surname_start(a)
    if not (a.get("person_title_ends") and name):
        return None
    return re.compile(f"[{re.escape(a['person_title_ends'])}](?P<name>{name}{{1,2}})")


def _exempt_spans(words: list[str], stops: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """交通 -> {通: ((交通, 1),)}: for each stop character, the exempt words that hold it and where."""
    spans: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        for offset, ch in enumerate(word):
            if ch in stops:
                spans.setdefault(ch, []).append((word, offset))
    return {ch: tuple(found) for ch, found in spans.items()}


@lru_cache(maxsize=8)
def _patterns(lx: Lexicon) -> _Patterns:
    ctx = lx.raw["context"]
    t, a = ctx["time"], ctx["actor"]
    # One pattern at a time: a single alternation of them is ~40x slower (no literal prefilter);
    # each with the text its matches hold, so a paragraph without it is not scanned.
    scope = tuple((regex.compile(p), required_texts(p)) for p in t["scopes"])
    point = tuple((regex.compile(p), required_texts(p)) for p in t["dates"])
    suffixes = tuple(sorted(a["org_suffixes"], key=len, reverse=True))
    cats = tuple((name, tuple(words)) for name, words in ctx.get("categories", {}).items())
    word_categories: dict[str, list[str]] = {}
    for name, words in cats:
        for w in words:
            word_categories.setdefault(w, []).append(name)
    suffix = literal_pattern(suffixes)
    # a suffix where a not-place (区域, 市场 …) or a role (局长) starts is no name's end: there
    # the suffix starts another word
    other_word = literal_pattern(list(a["not_places"]) + list(a.get("person_roles", [])))
    return _Patterns(
        scope=scope, point=point, suffix=suffix, other_word=other_word,
        suffixes=suffixes, not_places=tuple(a["not_places"]), not_actors=frozenset(a["not_actors"]),
        site_bodies=tuple(a.get("site_bodies", [])),
        sites_at_a_place=tuple(a.get("sites_at_a_place", [])),
        positions_in_a_place=tuple(a.get("positions_in_a_place", [])),
        not_places_longest_first=tuple(sorted(a["not_places"], key=len, reverse=True)),
        one_character_bodies=frozenset(a.get("one_character_bodies", [])),
        event_endings=tuple(a.get("event_endings", [])),
        agencies=tuple(a.get("agency_suffixes", [])),
        stops=frozenset(a["name_stops"]), anaphora=dict(a.get("anaphora", {})),
        name_openers=literal_pattern(a.get("name_openers", []) + a.get("name_leads", []))
        if a.get("name_openers") or a.get("name_leads") else None,
        name_leads=literal_pattern(a["name_leads"]) if a.get("name_leads") else None,
        organizer=_organizer_pattern(a),
        not_place_word=literal_pattern(list(a["not_places"])),
        carry_reach=int(a.get("carry_reach", 1_000_000)),
        organizer_words=literal_pattern([a.get("organizer_by", "")] + list(a.get("host_verbs", []))),
        opener_reach=max((len(w) - 1 for w in a.get("name_openers", []) + a.get("name_leads", [])), default=0),
        # longest opening first (团县委 before 县)
        level_bodies=dict(sorted(a.get("level_bodies", {}).items(), key=lambda kv: -len(kv[0]))),
        anaphor_re=compile_pattern(f"^(?:{alternation(a.get('anaphora', {}))})"), categories=cats,
        category_order={name: k for k, (name, _w) in enumerate(cats)},
        connectors=compile_pattern("^(?:" + "|".join([alternation(a.get("connectors", []))]
                                                  + [a["connector_pattern"]] * bool(a.get("connector_pattern"))) + ")+"),
        category_words=literal_pattern(word_categories), word_categories=word_categories,
        not_carried=compile_pattern(t.get("not_carried", "(?!)")),
        carried_alone=compile_pattern(t.get("carried_when_alone", "(?!)")),
        carried_before_subject=compile_pattern(t.get("carried_before_subject", "(?!)")),
        end_point=compile_pattern(t.get("end_point", "(?!)")),
        year_inside_end=compile_pattern(t.get("year_inside_end", "(?!)")),
        framing_clause=compile_pattern(t["framing_clause"]) if t.get("framing_clause") else None,
        place_suffixes=frozenset(a.get("place_suffixes", ["区", "县", "市", "镇", "乡", "村", "街道"])),
        place_figure_never=a.get("place_figure_never", ""),
        person_role=compile_pattern(alternation(a.get("person_roles", []))) if a.get("person_roles") else regex.compile("(?!)"),
        predicate_adverbs=tuple(a.get("predicate_adverbs", [])),
        subject_prepositions=a.get("subject_prepositions", ""),
        subject_preposition_never_before=dict(a.get("subject_preposition_never_before", {})),
        rank_lead=compile_pattern(a.get("rank_lead", "(?!)")),
        person_subject=_person_subject_pattern(a),
        person_name=_person_name_pattern(a),
        person_after_title_end=_person_after_title_end_pattern(a),
        person_pronouns=frozenset(a.get("person_pronouns", [])),
        not_person_titles=tuple(a.get("not_person_titles", [])),
        not_person_names=frozenset(suffixes) | frozenset(a["not_actors"]) | frozenset(a["not_places"]),
        person_pronoun_never_before=frozenset(a.get("person_pronoun_never_before", "")),
        person_name_final_stops=a.get("person_name_final_stops", ""),
        person_speech=compile_pattern(a["person_speech"]) if a.get("person_speech") else None,
        person_answer=compile_pattern(a["person_answer"]) if a.get("person_answer") else None,
        interview_mark=a.get("interview_mark", ""),
        interviewee_title_heads=tuple(a.get("interviewee_title_heads", [])),
        interviewee_never_ends=tuple(a.get("interviewee_never_ends", [])),
        person_ceremony=compile_pattern(a["person_ceremony"]) if a.get("person_ceremony") else None,
        capacity_verbs=tuple(lx.raw["verbs"].get("capacity_verbs", [])),
        place_body_never_ends=tuple(a.get("place_body_never_ends", [])),
        place_body_never_holds=tuple(a.get("place_body_never_holds", [])),
        place_body_never_opens=a.get("place_body_never_opens", ""),
        place_body_starts_after=a.get("place_body_starts_after", ""),
        outside_after=a.get("outside_after", ""), outside_not_after=a.get("outside_not_after", ""),
        paragraph_place_openers=tuple(a.get("paragraph_place_openers", [])),
        paragraph_place_followers=a.get("paragraph_place_followers", ""),
        project_owner=_project_owner_pattern(a),
        project_openers=tuple(a.get("project_owners", {}).get("openers", [])),
        person_verbs=literal_pattern(a["person_subject_verbs"]) if a.get("person_subject_verbs") else None,
        min_body={suf: 1 for suf in a.get("short_name_suffixes", [])},
        firm_suffixes=frozenset(a.get("firm_suffixes", [])),
        firm_short_suffixes=tuple(a.get("firm_short_suffixes", [])),
        short_body_never=frozenset(a.get("short_body_never", "")),
        stop_exempt=_exempt_spans(a.get("stop_exempt", []), a["name_stops"]),
        area_totals=frozenset(a.get("area_totals", [])),
        headline_areas={w: list(levels) for w, levels in a.get("headline_areas", {}).items()},
        paper_name=compile_pattern(a["paper_name"]) if a.get("paper_name") else None,
        caption_time=compile_pattern(lx.raw["layout"]["tables"]["caption_time"])
        if lx.raw["layout"].get("tables", {}).get("caption_time") else None,
        total_rows=tuple(lx.raw["layout"].get("tables", {}).get("total_rows", [])),
        labeled_item=compile_pattern(lx.raw["layout"]["labeled_item"]) if lx.raw["layout"].get("labeled_item") else None,
        item_lead=compile_pattern(lx.raw["layout"]["item_lead"]) if lx.raw["layout"].get("item_lead") else None,
        list_intro_end=compile_pattern(lx.raw["layout"]["list_intro_end"]) if lx.raw["layout"].get("list_intro_end") else None,
        point_item=compile_pattern(lx.raw["layout"]["point_item"]) if lx.raw["layout"].get("point_item") else None,
        paper_levels=dict(a.get("paper_levels", {})),
        paper_written_levels=tuple(a.get("paper_written_levels", [])),
        area_base_before=a.get("area_base_before", ""), area_base_after=tuple(a.get("area_base_after", [])),
        level_bodies_not_words=tuple(a.get("level_bodies_not_words", [])),
        party_government=tuple(a.get("party_government", [])),
        own_areas=tuple(a.get("own_areas", [])),
        local_committees=tuple(sorted(a.get("local_committees", []), key=len, reverse=True)),
        local_levels=tuple(a.get("local_levels", [])),
        hotline=compile_pattern(a["hotline"]) if a.get("hotline") else None,
        hotline_word=a.get("hotline_word", ""),
        short_form=compile_pattern(a["short_form_declaration"]) if a.get("short_form_declaration") else None,
        short_form_word=a.get("short_form_word", ""),
        zone_forms=tuple((short, full) for short, fulls in a.get("zone_forms", {}).items()
                         for full in ([fulls] if isinstance(fulls, str) else fulls)),
        parent_bodies=tuple(a.get("parent_bodies", [])),
        document_title=compile_pattern(a["document_title"]) if a.get("document_title") else None,
        breakdown_levels=tuple(a.get("breakdown_levels", [])), breakdown_leads=tuple(a.get("breakdown_leads", [])),
        article_levels=tuple(a.get("article_levels", ["区", "县", "市", "镇", "乡", "街道"])),
        comparison_marks=frozenset(t.get("comparison_marks", "")),
        modifier_marks=frozenset(t.get("modifier_marks", "")),
        state_time_ends=t.get("state_time_ends", ""),
        object_anaphor=regex.compile(a["object_anaphor"]) if a.get("object_anaphor") else None,
    )


@dataclass
class _Tally:
    """Name counts over the hits [start:upto] of one level list (see _dominant_name)."""
    upto: int
    counts: dict = field(default_factory=dict)
    last: dict = field(default_factory=dict)


@dataclass
class _BlockTimes:
    """The time phrases of one paragraph."""
    scopes: list[tuple[int, int, str]]    # time scopes (7月以来), in order
    sorted: list[tuple[int, int, str]]    # scopes and dates (8月30日), by start
    starts: list[int]                     # their starts
    end_of: dict[int, int]                # start -> end (a scope wins over a date)


class DocumentContext:
    """Context for the claims of one document (built once per document)."""

    def __init__(self, norm, doc: str, lexicon: Lexicon, year: int | None = None):
        self.norm = norm
        self.clean = norm.clean
        self.lx = lexicon
        self.p = _patterns(lexicon)
        self.articles: list[Article] = split_articles(norm, lexicon, year=year, doc=doc)
        self.article_starts = [a.clean_start for a in self.articles]
        self.year = page_year(norm, doc, year)
        self.sentences = sentence_spans(self.clean)
        self.sentence_starts = [s for s, _ in self.sentences]
        self._block_times: dict[int, _BlockTimes] = {}
        self._opened_by: dict[tuple[int, int], tuple[str, str]] = {}   # (an end point's span -> the year it closes, the end point)
        self._subjects: dict[tuple[int, int], str] = {}
        # per sentence: clause starts, clause spans, running subjects of the clauses read so far
        self._running: dict[tuple[int, int], tuple[list[int], tuple, list[str]]] = {}
        self._carry: dict[int, str] = {}
        self._categories: dict[tuple[int, int, str], str] = {}
        self._suffix_hits: tuple[list[int], list[tuple[int, int, str]]] | None = None
        self._name_cache: dict[tuple[int, str], str] = {}
        self._names_by_text: dict[tuple[str, str, bool], str] = {}
        self._level_hits: dict[tuple, tuple[list[int], list[tuple[int, int, str]]]] = {}
        self._tallies: dict[tuple, _Tally] = {}
        self._article_actor: dict[int, str] = {}
        self._paper: str | None = None   # the paper's place (see _paper_place), found once
        self._own_area_said: dict[tuple, bool] = {}   # (article, levels) -> it says 我市
        self._list_times: dict[int, tuple[int, int, str] | None] = {}   # block -> its list's period
        self._page_name_counts: dict[tuple, dict[str, int]] = {}
        self._outside: dict[str, bool] = {}   # (see _lies_outside)
        self._long_forms: dict[str, list[tuple[int, str]]] = {}
        self._declared: dict[str, list[tuple[int, str]]] | None = None   # (see _declared_short_forms)
        self._printed_twice: dict[str, bool] = {}   # (see place_opening: one scan of the page per name)
        self._hits_by_last: dict[str, list[tuple[int, int, str]]] | None = None
        self._place_ends = tuple(sorted(self.p.place_suffixes, key=len, reverse=True))   # (longest first)
        self._subheads: tuple[list[int], list[str]] | None = None   # (see _subhead_of)
        self._persons: dict[int, list[tuple[int, str]]] = {}   # article -> its titled people (_persons_of)
        self._person_marks: list[int] | None = None   # (see _find_person_marks)
        self._parents: tuple[str, ...] | None = None   # (see _page_parents)
        self._hotlines = bool(self.p.hotline_word) and self.p.hotline_word in self.clean   # (most pages name none)

    # -- helpers -------------------------------------------------------------------------
    def strip_subject(self, s: str, before_verb: bool = False, at: int | None = None) -> str:
        """An object found before the verb may start with the actor or a time phrase: drop
        them (``before_verb``: the verb comes right after ``s``, so a name that ends ``s`` is
        followed by it; ``at``: where ``s`` starts in the page, to find its time phrases)."""
        if at is None:
            return self._strip_subject(s, before_verb)
        pos = at + self._time_at(at, len(s))   # 全年计划完成投资…: 全年 is the time, not the topic
        s = s[pos - at:]
        rest = self._strip_subject(s, before_verb, pos)
        if len(rest) == len(s):
            return rest
        pos += len(s) - len(rest)              # 该镇今年发展…: and after the subject
        return rest[self._time_at(pos, len(rest)):]

    def time_spans(self, sent_start: int, sent_end: int) -> list[tuple[int, int]]:
        """[start, end) of the time phrases in the sentence (改造前小区绿化率不足10%: a verb inside
        one governs nothing)."""
        times = self._times_of_block(sent_start)
        lo, hi = bisect_left(times.starts, sent_start), bisect_left(times.starts, sent_end)
        return [(a, b) for a, b, _t in times.sorted[lo:hi]]

    def _time_at(self, pos: int, length: int) -> int:
        """Length of the time phrase that starts at ``pos`` and fits in ``length``, or 0."""
        end = self._times_of_block(pos).end_of.get(pos)
        return end - pos if end is not None and end - pos <= length else 0

    def _strip_subject(self, s: str, before_verb: bool, at: int | None = None) -> str:
        subj = self._subject_prefix(s, at=at)
        if not subj and before_verb:
            # a name that ends right before the verb is its subject if it names its place
            # (区教育局投资…, 雾溪县今年投资…); 5G基站新建…, 厕所改造… are topics that end like a name
            subj = self._subject_prefix(s, verb_follows=True, at=at)
            if (not any(place in subj[:-1] for place in self.p.place_suffixes) and not subj.endswith(self.p.agencies)
                    and not subj.endswith(self._place_ends)):   # (青石县|投入…: a place acts too)
                subj = ""   # (消防救援大队接警…: an agency acts whether or not it names its place)
        if subj:
            m = self.p.anaphor_re.match(subj)
            if m and m.group() in self.p.area_totals and len(subj) > m.end():
                return s[m.end():]   # (全镇规上工业企业|达到23家: the area is the actor, the group what is counted)
            return s[len(subj):]
        rest = self._after_connectors(s)
        m = self.p.anaphor_re.match(rest)
        return rest[m.end():] if m else s

    def _after_connectors(self, s: str) -> str:
        """s without the connectors that open it (同时, 其中, 今年以来 …)."""
        m = self.p.connectors.match(s)   # anchored: one match at the start, if any
        return s[m.end():] if m else s

    def resolve_object(self, obj: str, pos: int) -> str:
        """该项目 -> 苗木种植项目, 这座中转站 -> 双庙镇垃圾中转站: the nearest earlier name in the
        article that ends with the noun (`object_anaphor` in context.toml)."""
        anaphor = self.p.object_anaphor
        m = anaphor.fullmatch(obj) if anaphor is not None else None
        if anaphor is None or not m:
            return obj
        noun = m.group(1)
        art = self._article_of(pos)
        lo = art.clean_start if art else 0
        end = self.clean.rfind(noun, lo, pos)
        while end >= 0:
            # (not an anaphor itself: 该站, 这座中转站)
            if not any(anaphor.fullmatch(self.clean, j, end + len(noun)) for j in (end - 1, end - 2) if j >= lo):
                name = self._name_ending_at(end + len(noun), noun, cut_verbs=False)
                if name:
                    return name
            end = self.clean.rfind(noun, lo, end)
        return obj

    def _article_of(self, pos: int) -> Article | None:
        i = bisect_right(self.article_starts, pos) - 1
        return self.articles[i] if i >= 0 else (self.articles[0] if self.articles else None)

    def _block_of(self, pos: int) -> tuple[int, int]:
        starts = self.norm.block_starts
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return 0, len(self.clean)
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.clean)
        return starts[i], end

    def _subhead_of(self, pos: int) -> tuple[int, str] | None:
        """梅坑镇：“老表议事会”化解身边事|梅坑镇在全镇21个村…|该镇…: the sub-head (a section block
        that names a body before its colon) over ``pos`` in its article: (its clean start, the name)."""
        if self._subheads is None:
            starts, names = [], []
            labeled = self.p.labeled_item
            for k, block in enumerate(self.norm.blocks):
                m = labeled.match(self.clean, self.norm.block_starts[k]) if block.kind == "section" and labeled else None
                if m:
                    starts.append(m.start())
                    # (a topic's sub-head, ■学科建设：…, ends the one before and names nobody)
                    names.append(m.group("name") if self._is_name(m.group("name")) else "")
            self._subheads = (starts, names)
        starts, names = self._subheads
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return None
        art = self._article_of(pos)
        return (starts[i], names[i]) if names[i] and (art is None or starts[i] >= art.clean_start) else None

    # -- time ----------------------------------------------------------------------------
    def _times_of_block(self, pos: int) -> _BlockTimes:
        """The time phrases of the paragraph (block) that holds ``pos``, found when first
        asked for: a time scope never reaches past its paragraph, and most paragraphs of a
        page hold no figure."""
        i = bisect_right(self.norm.block_starts, pos) - 1
        got = self._block_times.get(i)
        if got is None:
            lo, hi = self._block_of(pos)
            # (较二季度减少46件: the base of a comparison is no scope)
            scopes = [t for t in _leftmost(self.p.scope, self.clean, lo, hi)
                      if self.clean[t[0] - 1:t[0]] not in self.p.comparison_marks]
            points = _leftmost(self.p.point, self.clean, lo, hi)
            both = sorted(points + scopes)
            got = self._block_times[i] = _BlockTimes(
                scopes=scopes, sorted=both, starts=[a for a, _b, _t in both],
                end_of={a: b for a, b, _t in reversed(points + scopes)})
        return got

    def _time(self, fig_start: int, sent_start: int) -> tuple[int, int, str] | None:
        """The time phrase (clean start, end, text) that governs the figure at ``fig_start``."""
        best = None
        times = self._times_of_block(fig_start)
        # the phrases that start inside the sentence and before the figure
        lo = bisect_left(times.starts, sent_start)
        hi = bisect_left(times.starts, fig_start)
        for a, b, text in times.sorted[lo:hi]:
            if self.clean[b:b + 1] == "的" and fig_start > b + 1 and (
                    self.clean[b - 1] in self.p.state_time_ends or not (a == 0 or self.clean[a - 1] in _CLAUSE_OPENERS)):
                # 由去年的18%提高到27%: 去年的 names only the figure right after it; 治理后的河道… names
                # a thing's state (but 今年的整治累计投入…, at the head of its clause, dates the clause)
                continue
            if b <= fig_start and (best is None or b > best[1] or (b == best[1] and a < best[0])):
                if self._inside_closed_bracket(a, b, fig_start):
                    continue   # (…186家（其中今年新建43家）、老年助餐点472个: a bracket's time is its own)
                # past a semicolon only a phrase that heads its clause still governs (前三季度该院执结…；
                # 将1176名…), a bare year only where it stands alone (今年已开展…；…72家: no)
                if ";" in self.clean[b:fig_start] and not (
                        self._opens_clause(a, b) or self._opens_sentence(a, b)
                        or self._heads_clause(a, b) and not self.p.not_carried.match(text)
                        or self._follows_sentence_subject(a)):
                    continue
                best = (a, b, text)
        if best:
            return self._end_over_year(best, times.sorted, lo) or best
        if self._in_speech(fig_start, sent_start):
            return None   # (…共接待游客3万人次。“入园后，一个作坊每年能省下1万多元。”: a speaker's own words)
        for a, b, text in reversed(times.scopes):
            # (it heads its clause; a bare year only standing alone there, 今年，…, or before a subject
            # that speaks for the whole area, 今年全县…)
            if b <= sent_start and self._heads_clause(a, b) and not self._after_semicolon(a) and (
                    not self.p.not_carried.match(text)
                    or self.p.carried_alone.match(text) and (
                        self._opens_clause(a, b) or self.p.carried_before_subject.match(self.clean, b))):
                return a, b, text
        return self._time_of_list(fig_start)

    def _time_over_table(self, header: int) -> tuple[int, int, str] | None:
        """The time of a text table whose caption names no period recognised there: the one that
        governs the end of the line over its header, where that line is a title (附表：雁埭县各乡镇
        今年秋季学期课后服务开展情况) or a paragraph that announces the table (截至9月底，已完成
        治理22处…。各乡镇治理进展如下：)."""
        k = bisect_right(self.norm.block_starts, header) - 1
        if k < 1:
            return None
        a = self.norm.block_starts[k - 1]
        line = self.clean[a:header].rstrip()
        if not line.endswith((":", "：")) and any(ch in line for ch in _SENTENCE_ENDS):
            return None   # (prose that ends as prose: the table is not its continuation)
        end = a + len(line)
        si = bisect_right(self.sentence_starts, end - 1) - 1
        return self._time(end, self.sentences[si][0]) if si >= 0 else None

    def _inside_closed_bracket(self, a: int, b: int, pos: int) -> bool:
        """Whether the phrase [a, b) dates a figure of its own inside a bracket that closes before
        ``pos`` (（其中今年新建43家）; not a scope's end point in brackets: （截至1月8日）)."""
        close = self.clean.find(")", b, pos)
        return (close >= 0 and self.clean.rfind("(", 0, a) > self.clean.rfind(")", 0, a)
                and any(ch.isdigit() for ch in self.clean[b:close]))

    def _end_over_year(self, year: tuple[int, int, str], phrases: list[tuple[int, int, str]],
                       lo: int) -> tuple[int, int, str] | None:
        """截至10月底，云渡县今年已消化…: a bare year after the end point of the sentence's scope
        (with no figure between; ``phrases[lo:]`` are the sentence's time phrases, by start) is
        the scope's start; the end point is the time printed."""
        if not self.p.year_inside_end.match(year[2]):
            return None
        end: tuple[int, int, str] | None = None
        for k in range(lo, len(phrases)):   # (the last phrase that ends before the year)
            if phrases[k][0] >= year[0]:
                break
            if phrases[k][1] <= year[0]:
                end = phrases[k]
        if end is None or not self.p.end_point.match(end[2]):
            return None
        gap = self.clean[end[1]:year[0]]
        if any(ch.isdigit() or ch in ";；。" for ch in gap):
            return None
        phrase = end
        if not gap.strip(",，"):
            # (截至目前，今年全区新增…: printed together, the two are one phrase, as seed 002's gold has it)
            phrase = (end[0], year[1], self.clean[end[0]:year[1]])
        self._opened_by[phrase[:2]] = (year[2], end[2])
        return phrase

    def _printed(self, a: int, b: int) -> str:
        """The clean span [a, b) as the page prints it, white space removed (截至９月底: the
        guideline's time is the phrase as written; the clean text folds full-width digits)."""
        start, end = self.norm.span_to_original(a, b)
        return "".join(self.norm.original[start:end].split())

    def _time_of_list(self, pos: int) -> tuple[int, int, str] | None:
        """数读（截至11月26日）|■ 反馈问题38个|■ 完成整改31个: an item of a list with no time phrase
        of its own takes the period the line before the list names. Found once a block; a
        block of a list takes the answer of the block before it in the list (a page may hold
        thousands of items: no walk back to the list's head for each)."""
        i = bisect_right(self.norm.block_starts, pos) - 1
        if i not in self._list_times:
            self._list_times[i] = self._find_time_of_list(i)
        return self._list_times[i]

    def _find_time_of_list(self, i: int) -> tuple[int, int, str] | None:
        blocks, starts = self.norm.blocks, self.norm.block_starts
        if i >= 1 and blocks[i].kind == "body":
            return self._time_of_labeled_list(i)
        if i < 1 or blocks[i].kind != "item":
            return None
        while i > 0 and blocks[i - 1].kind == "item":
            i -= 1
            if i in self._list_times:
                return self._list_times[i]
        if blocks[i - 1].kind == "masthead":
            return None
        title = self._times_of_block(starts[i - 1])
        if title.scopes:
            return title.scopes[-1]
        # ■图解·2024年成绩单: a year (or months) in the title names the box's period, as in a
        # table's caption (caption_time in layout.toml)
        caption_time = self.p.caption_time
        end = starts[i]
        m = caption_time.search(self.clean, starts[i - 1], end) if caption_time is not None else None
        return (m.start(), m.end(), m.group()) if m else None

    def _time_of_labeled_list(self, i: int) -> tuple[int, int, str] | None:
        """3月份…办理情况如下：|市住建局：受理工单1256件…|市城管局：…: paragraphs that open with a
        name and a colon, under a line that ends with a colon, take the period that line names."""
        labeled, intro_end = self.p.labeled_item, self.p.list_intro_end
        if labeled is None or intro_end is None:
            return None
        blocks, starts, clean = self.norm.blocks, self.norm.block_starts, self.clean
        point = self.p.point_item
        while i >= 1 and blocks[i].kind == "body" and (labeled.match(clean, starts[i])
                                                      or point is not None and point.match(clean, starts[i])):
            if i in self._list_times:
                return self._list_times[i]
            i -= 1
            # (the intro line may be short enough to look like a headline)
            if blocks[i].kind in ("body", "headline") and intro_end.search(clean, starts[i], self._block_of(starts[i])[1]):
                title = self._times_of_block(starts[i])
                return title.scopes[-1] if title.scopes else None
            if point is not None and blocks[i].kind == "body":
                # (the intro runs on into the first point: 过去一年，街道…五个方面工作：一是抓招商…)
                colon = next((k for k in self._colons_in(starts[i], self._block_of(starts[i])[1])
                              if point.match(clean, k + 1)), None)
                if colon is not None:
                    before = [scope for scope in self._times_of_block(starts[i]).scopes if scope[1] <= colon]
                    return before[-1] if before else None
        return None

    def _in_speech(self, fig_start: int, sent_start: int) -> bool:
        """The figure stands inside a quotation that holds a clause mark: someone's words, not a
        name in quotes (“三清一改”行动清理…). A speaker's words keep their own time; the scope of the
        report around them does not reach in."""
        clean = self.clean
        opened = clean.rfind("“", sent_start, fig_start)
        if opened < 0 or clean.rfind("”", opened, fig_start) >= 0:
            return False
        # (an unclosed quotation is read to its close or a paragraph's length: _QUOTE_REACH)
        closed = clean.find("”", fig_start, fig_start + _QUOTE_REACH)
        end = closed if closed >= 0 else min(len(clean), fig_start + _QUOTE_REACH)
        return any(clean.find(mark, opened, end) >= 0 for mark in _SPEECH_MARKS)

    def _colons_in(self, a: int, b: int):
        """Where the clean text [a, b) holds a colon (folded: ：is :)."""
        k = self.clean.find(":", a, b)
        while k >= 0:
            yield k
            k = self.clean.find(":", k + 1, b)

    def _heads_clause(self, a: int, b: int) -> bool:
        """今年以来，… / 收入方面，前三季度全县…: the phrase opens its clause, so later sentences
        of the paragraph inherit it; but not where it modifies a noun (2023年一季度“比贡献”擂台赛,
        改造前的人文路)."""
        return (a == 0 or self.clean[a - 1] in _CLAUSE_OPENERS) and self.clean[b:b + 1] not in self.p.modifier_marks

    def _after_semicolon(self, a: int) -> bool:
        """…240万元；今年以来，…: the phrase heads a clause after a semicolon, so it governs only
        the rest of its sentence, not the sentences after it."""
        i = bisect_right(self.sentence_starts, a) - 1
        return i >= 0 and ";" in self.clean[self.sentences[i][0]:a]

    def _follows_sentence_subject(self, a: int) -> bool:
        """柳溪镇今年新改造…；新建…: the phrase stands right after the name that opens the first
        clause of its sentence, so it governs the whole sentence as one that opens it would."""
        i = bisect_right(self.sentence_starts, a) - 1
        if i < 0:
            return False
        s_start = self.sentences[i][0]
        c_start = clause_start(self.clean, s_start, a)
        if c_start > s_start:
            # (为让巡堤人员…，|双桥镇今年…: only clauses that frame the sentence may stand before)
            framing = self.p.framing_clause
            lead = self.clean[s_start:c_start - 1]
            if framing is None or any(ch in _SENTENCE_OPENERS for ch in lead) or not all(
                    framing.search(part) for part in re.split("[,，;；:：]", lead)):
                return False
        clause_end = next((k for k in range(a, self.sentences[i][1]) if self.clean[k] in _CLAUSE_OPENERS), self.sentences[i][1])
        subj = self._subject_prefix(self.clean[c_start:clause_end], at=c_start)
        return bool(subj) and c_start + len(subj) == a

    def _opens_sentence(self, a: int, b: int) -> bool:
        """。今年桐川区启动…；新建…: the phrase heads its sentence, so it governs all its clauses
        (but …培训，今年已开展…；…72家: a phrase inside the sentence stops at the semicolon)."""
        return (a == 0 or self.clean[a - 1] in _SENTENCE_OPENERS) and self.clean[b:b + 1] not in self.p.modifier_marks

    def _opens_clause(self, a: int, b: int) -> bool:
        """今年以来, …: the phrase stands alone at the head of its clause."""
        return self._heads_clause(a, b) and self.clean[b:b + 1] in (",", "，", ":", "：")

    # -- actor ---------------------------------------------------------------------------
    def _subject_prefix(self, s: str, verb_follows: bool = False, at: int | None = None) -> str:
        """The name that opens ``s`` (区金融工作局 in 区金融工作局联合…走访), or ''.

        A subject is the longest opening run that ends with an organisation or place
        suffix and is followed by a predicate (a verb, adverb, co-verb, preposition, 在/于,
        or a person's role: 区财政局|局长王斐介绍说), also after a time phrase (县图书馆|前三季度|接待,
        where ``at``, the page position of ``s``, is given). It holds no stop character, except
        after an anaphor (该区各单位)."""
        s2 = self._after_connectors(s)
        lead = len(s) - len(s2)
        at2 = None if at is None else at + lead
        if self.p.hotline is not None and s2.find(self.p.hotline_word, 0, 24) >= 0:
            line = self.p.hotline.match(s2)   # (市12345政务服务便民热线: a name that holds digits)
            if line and self._predicate_follows(s2, line.end(), verb_follows, at2):
                return s[:lead + line.end()]
        anaphor = self.p.anaphor_re.match(s2)
        if not anaphor and not self.p.suffix.search(s2, 0, 18):
            return ""   # no name can end within reach: most clauses
        floor = anaphor.end() if anaphor else 0
        # 该院门急诊量达到…: the clause is about that hospital even with no verb right after it;
        # 全区一般公共预算收入…: a whole-area total says nothing of who reports it
        best = floor if anaphor and (self._predicate_follows(s2, floor, verb_follows, at2)
                                     or anaphor.group() not in self.p.area_totals) else 0
        window = min(len(s2), 18)
        if (not anaphor and s2.startswith(self.p.not_places) and not self._suffix_across_opening(s2)
                and not self._runs_a_site(s2)):
            return ""   # 辖区庭院…
        if not anaphor and verb_at(s2, 0, window, self.lx):
            return ""   # 帮助企业… / 又组建…: a clause that opens with a verb has no subject
        toks = None   # the verbs of the window, read only once a suffix has a predicate after it
        adverb_verb = window   # where the window's first adverb meets its verb (平台共|受理…), read with toks
        for m in self.p.suffix.finditer(s2, 0, window):
            e = m.end()
            if e <= best:
                continue
            predicate = self._predicate_follows(s2, e, verb_follows, at2)
            if not (predicate or not anaphor and m.group() in self.p.place_suffixes and self._place_and_figure(s2, e)):
                continue
            if self._suffix_opens_a_word(s2, m):
                continue   # (安置点|所在社区…)
            if toks is None:
                toks = tokens(s2, 0, window, self.lx)
                strong_starts = {t.start for t in toks if t.cls == "strong"}
                adverb_verb = next((t.end for t in toks if t.cls == "adverb" and t.end in strong_starts), window)
            if any(t.start < e < t.end for t in toks):
                continue
            if not predicate and any(t.cls == "strong" and len(t.word) > 1 and t.end <= e for t in toks):
                continue   # 市政府新闻办召开汀梧市|2023年…: a place before a figure holds no verb
            if any(t.cls in ("weak", "coverb") and len(t.word) > 1 and t.end <= e for t in toks):
                break   # 舞钢市民政局扎实做好社会… / 区人社局会同区法院…: a name holds no predicate
            if adverb_verb < e:
                break   # 平台共受理企业复核申请…: an adverb and its verb are a predicate, no part of a name
            if anaphor and any(t.cls == "strong" and len(t.word) > 1 and floor <= t.start and t.end <= e for t in toks):
                break   # 该所|完成低压台区改造…: an anaphor's tail holds no verb (该区各单位 holds none)
            if self.p.person_role.match(s2, e) and any(t.cls == "strong" and len(t.word) > 1 and t.end <= e for t in toks):
                continue   # 街道抽调机关|干部: before a role only a name with no verb inside names a body
            head = s2[floor:e].lstrip("各")
            if self._stop_or_digit_in(head[:len(head) - len(m.group())]) and not (
                    self._joint_names(head) and not any(t.cls in ("strong", "weak", "coverb") and t.end <= e for t in toks)):
                continue   # …深入87所: a suffix after a number is its classifier (市委统战部、市侨联 act together)
            if self._ends_not_place(head) or head.endswith(self.p.event_endings):
                continue   # 全县城镇新增就业…: 城镇 is no name, after an anaphor either; a meeting is no actor
            if not anaphor:
                if len(head) < 2 or head in self.p.not_actors:
                    continue
                if len(head) == len(m.group()) + 1 and head[0] in self.p.short_body_never:
                    continue   # 入会|办理…: a verb before a suffix names nothing
                if m.group() in self.p.place_suffixes and len(head) < len(m.group()) + self.p.min_body.get(m.group(), 2):
                    continue   # 街道 / 村 alone is a level, not a name (but 郏县 is one)
            best = e
        return s[:lead + best] if best else ""

    def _ends_not_place(self, name: str) -> bool:
        """全县城镇, 辖区: ``name`` ends with a word that is no place (`not_places`); but one character
        before 城镇 or 山区 is a place's body (麦城镇 = 麦城 + 镇, 岚山区: `one_character_bodies`)."""
        if not name.endswith(self.p.not_places):
            return False
        word = next(w for w in self.p.not_places_longest_first if name.endswith(w))
        body = name[:-len(word)]
        if len(body) == 1 and word in self.p.one_character_bodies:
            return body in self.p.stops or bool(self.p.anaphor_re.match(name))   # (but 老小区, 该城镇)
        # (凤鸣社区: a word that is a suffix too names a body after a name's own body; not after a
        # whole area, a level or another such word: 全区社区, 城乡社区)
        return not (word in self.p.suffixes and len(body) >= 2 and not self._stop_or_digit_in(body)
                    and not body.endswith(self.p.not_places) and not self.p.anaphor_re.match(body)
                    and not any(body.endswith(level) for level in self._place_ends))

    def _joint_names(self, head: str) -> bool:
        """市委统战部、市侨联: names joined by 、, each a name of its own, act together."""
        parts = head.split("、")
        return len(parts) > 1 and all(self._is_name(part) for part in parts)

    def _is_name(self, part: str) -> bool:
        """``part`` is a body (no stop character or digit) and a name suffix after it."""
        ends = [m.start() for m in self.p.suffix.finditer(part) if m.end() == len(part)]
        # (a suffix of three characters or more is a name by itself: 团市委)
        return (bool(ends) and (ends[0] > 0 or len(part) >= 3) and part not in self.p.not_actors
                and not self._stop_or_digit_in(part[:ends[0]]))

    def _stop_or_digit_in(self, body: str) -> bool:
        """A name's body holds a stop character (outside a word of `stop_exempt`: 区交通运输局) or a digit."""
        stops, exempt = self.p.stops, self.p.stop_exempt
        return any((ch in stops and not (ch in exempt and self._exempt_at(body, k))) or ch.isdigit()
                   for k, ch in enumerate(body))

    def _exempt_at(self, text: str, i: int) -> bool:
        """The stop character text[i] is inside a word of `stop_exempt` (交通, 经开)."""
        return any(text.startswith(word, i - offset) for word, offset in self.p.stop_exempt.get(text[i], ())
                   if i >= offset)

    def _suffix_across_opening(self, s: str) -> bool:
        """A name suffix starts inside the not-place word that opens ``s`` and runs past it:
        市政法委 is 市|政法委, not 市政|法委."""
        opening = self.p.not_place_word.match(s)   # (the longest; the caller saw s open with one)
        if opening is None:
            return False
        word = opening.group()
        return any((m := self.p.suffix.match(s, i)) and m.end() > len(word) for i in range(1, len(word)))

    def _runs_a_site(self, s: str) -> bool:
        """保护区管理局, 景区管理处: the not-place word that opens ``s`` is the site the body after
        it runs (`site_bodies`)."""
        opening = self.p.not_place_word.match(s)
        return opening is not None and s.startswith(self.p.site_bodies, opening.end())

    def _place_and_figure(self, s: str, e: int) -> bool:
        """穗川县|2.6万亩新建任务已全部完成: a place's name right before a figure that opens its
        clause is what the clause is about (not an item of a list, 岱南县2.1万人、石屿县1.6万人)."""
        if not s[e:e + 1].isdigit() or "、" in s[e:]:
            return False
        k = e
        while k < len(s) and (s[k].isdigit() or s[k] == "."):
            k += 1
        return s[k:k + 1] not in self.p.place_figure_never   # (黑箐镇高坡村73岁的村民: an age, no figure)

    def _predicate_follows(self, s: str, e: int, verb_follows: bool = False, at: int | None = None) -> bool:
        if e >= len(s):
            return verb_follows
        if self._predicate_at(s, e):
            return True
        if at is not None:
            end = self._times_of_block(at + e).end_of.get(at + e)
            if end is not None and end - at < len(s):
                return self._predicate_at(s, end - at)   # 县图书馆|前三季度|接待读者: a time phrase between
            if end is not None and end - at == len(s):
                return verb_follows   # (雾溪县|今年|投资…: the time ends where the verb begins)
        return False

    def _predicate_at(self, s: str, e: int) -> bool:
        ch = s[e]
        if ch in self.p.subject_prepositions:
            never, nxt = self.p.subject_preposition_never_before.get(ch, ""), s[e + 1:e + 2]
            if not (never and nxt and nxt in never):
                return True
        if self.p.person_role.match(s, e):
            return True
        tok = verb_at(s, e, min(len(s), e + 6), self.lx)
        if tok is None:
            adverb = next((w for w in self.p.predicate_adverbs if s.startswith(w, e)), "")
            if adverb:   # (石桥镇新开工项目9个)
                tok = verb_at(s, e + len(adverb), min(len(s), e + len(adverb) + 6), self.lx)
        # (督察组交办的1286件…: a name before a verb and 的 modifies the topic; it is no subject)
        return tok is not None and s[tok.end:tok.end + 1] != "的"

    def _resolve(self, name: str, pos: int) -> str:
        """该区各单位 -> 石龙区各单位: replace an anaphor by the nearest name of its level; 区公安局 ->
        石龙区公安局, 团县委 -> 共青团桐溪县委: write in the place of a body named by its level."""
        m = self.p.anaphor_re.match(name)
        if not m:
            # (市委统战部、市侨联: each name of a joint subject on its own, but the government
            # paired with the party body before it shares its place: 澄源县委、县政府)
            parts = name.split("、")
            return "、".join(part if k and self._pairs(parts[k - 1], part) else self._place_body(part, pos)
                            for k, part in enumerate(parts))
        levels = self.p.anaphora[m.group()]
        # (a roundup's paragraph that opens with its place and a colon is about that place:
        # 望湖街道：…该街道探索…, as its 全镇 is)
        target = ((m.group() in self.p.area_totals or all(lv in self.p.place_suffixes for lv in levels))
                  and self._paragraph_place(levels, pos) or self._nearest_name(levels, pos, anywhere=True))
        # (该大队 -> 区公安局交警大队 -> 石龙区公安局交警大队: a body named by its level gets its place too)
        if not target:
            # 全县 on a page that names no county, 园区企业 where it names no zone: nobody named;
            # 该馆 where the page names it only by its level (县图书馆): the subject carried before
            return ""
        return self._place_body(target, pos) + name[m.end():]

    def _paragraph_place(self, levels: list[str], pos: int) -> str:
        """青山乡：春茶飘香采摘忙。…全乡已采摘…: the place of one of ``levels`` that opens the
        paragraph with a colon (a roundup of several places), or ""."""
        a = self._block_of(pos)[0]
        m = self.p.labeled_item.match(self.clean, a) if self.p.labeled_item is not None else None
        if m is None:
            sub = self._subhead_of(pos)   # (or under a sub-head that names it: 梅坑镇：…|…全镇21个村)
            if sub is None:
                return self._paragraph_opening_place(levels, a, pos)
            name, at = sub[1], sub[0]
        else:
            name, at = m.group("name"), m.start("name")
        return name if name.endswith(tuple(levels)) and self.place_name(name, at) == name else ""

    def _paragraph_opening_place(self, levels: list[str], a: int, pos: int) -> str:
        """在石峪县，…。今年以来，该县… / 石坪县是我市重要的煤炭产区。去年，该县…: the place of one of
        ``levels`` that opens the paragraph at ``a`` (after 在 or not), before ``pos``, or ""."""
        si = bisect_right(self.sentence_starts, pos) - 1
        if si >= 0 and self.sentences[si][0] > a and self._dominant_name(levels, self.sentences[si][0], pos):
            return ""   # (…。云岫县介绍，今年以来该县…: the place its own sentence names comes first)
        start = a + 1 if self.clean.startswith(self.p.paragraph_place_openers, a) else a
        text = self.clean[start:min(pos, start + 12)]
        place = self.place_opening(text, start)[0]
        if not place:
            # (a place the page prints once is one where a comma or 是 follows it: 在石峪县，…)
            place = next((name for k in range(len(text) - 1, 1, -1) if text[k] in self.p.paragraph_place_followers
                          and text.endswith(tuple(levels), 0, k) for name in (self.place_name(text[:k], start),) if name), "")
        return place if place.endswith(tuple(levels)) else ""

    def _pairs(self, party: str, part: str) -> bool:
        """县委 and 县政府, 市委督查室 and 市政府督查室: a party body and its government counterpart."""
        if len(self.p.party_government) != 2 or len(party) < 2:
            return False
        committee, government = self.p.party_government
        return party[1:].startswith(committee) and part == party[0] + government + party[1 + len(committee):]

    def _place_body(self, name: str, pos: int) -> str:
        opening = next((k for k in self.p.level_bodies if name.startswith(k)), None)
        if opening is None or name.startswith(self.p.not_places) and not name.startswith(self.p.level_bodies_not_words):
            return name   # (市政道路 is no body of the city; 市政府新闻办 is)
        level, template = self.p.level_bodies[opening]
        if name == opening and template == "{}":
            return name   # 区 alone is a level, not a body
        # (宁溪县是全省优质烟叶基地县。近年来，县气象局…: the place the paragraph opens with, before
        # the one its article names most)
        place = self._paragraph_subject(level, pos) or self._nearest_name([level], pos)
        return template.format(place) + name[len(opening):] if place else name

    def _paragraph_subject(self, level: str, pos: int) -> str:
        """The place of ``level`` that is the subject of the paragraph's first clause, before
        ``pos``, or ""."""
        a = self._block_of(pos)[0]
        si = bisect_right(self.sentence_starts, a) - 1
        if si < 0 or self.sentences[si][1] <= a:
            return ""
        first = next(iter(clause_spans(self.clean, a, self.sentences[si][1])), None)
        if first is None or first[1] > pos:
            return ""
        subject = self._clause_subject(*first)
        return subject if subject.endswith(level) and self.place_name(subject, first[0]) == subject else ""

    def _nearest_name(self, levels: list[str], pos: int, anywhere: bool = False) -> str:
        """The name of that level the article mentions most before ``pos`` (ties: the
        latest), or its headline names; else the paper's place (where the article says 我市:
        first); else the page's; else the first after ``pos`` in the article (pages that print
        the headline after the body); with ``anywhere`` (an anaphor: 全区), else the first after
        ``pos`` on the page."""
        art = self._article_of(pos)
        lo = art.clean_start if art else 0
        paper = self._paper_place(levels)
        if art and paper and self._says_own_area(art, levels):
            return paper   # (an article that says 我市 is about the paper's city)
        if anywhere and any(lv in self.p.place_suffixes for lv in levels):
            # 黄梅乡乡长庞立军坦言，四季度全乡将…: the place its own sentence named first (one the
            # page prints again, not a word that ends like one: 外出务工返乡)
            si = bisect_right(self.sentence_starts, pos) - 1
            found = self._dominant_name(levels, max(lo, self.sentences[si][0]), pos) if si >= 0 else ""
            if found and self._printed_twice_on_page(found):
                return found
        scopes = [(lo, pos)]
        sub = self._subhead_of(pos)
        if sub is not None:
            scopes.insert(0, (sub[0], pos))   # (a roundup's item under its sub-head: the item's place first)
        if art and art.headline_blocks:
            # the article's own headline, also where it is printed after the body, before the page
            scopes.append(self._headline_span(art))
        if not any(lv in self.p.place_suffixes for lv in levels):
            # a body (该局, 该中心) is the last subject of its level earlier in the paragraph
            # (区税务局积极落实…。上半年，该局…), not the one the article names most; a place
            # is the one the article is about
            found = self._last_subject(tuple(levels), self._block_of(pos)[0], pos)
            if not found and art:
                # (…or in the article's lead: 记者从区医疗保障局获悉，该局…联合…公安分局…。|截至10月中旬，该局…)
                lead = next((b for b in art.blocks if self.norm.blocks[b].dateline), None)
                if lead is not None:
                    a = self.norm.block_starts[lead]
                    if a < pos:
                        found = self._last_subject(tuple(levels), a, min(pos, self._block_of(a)[1]))
            if found:
                return found
        for scope_lo, scope_hi in scopes:
            found = self._dominant_name(levels, scope_lo, scope_hi)
            if found:
                return found
        # (an article that names no place of the level is about the paper's own, not the one
        # another article of the page names: 市商务局 in 青岚日报 is 青岚市商务局)
        found = paper or self._dominant_name(levels, 0, pos) or (
            self._dominant_name(levels, pos, art.clean_end, ahead=True) if art else "")
        if not found and anywhere:
            found = self._dominant_name(levels, pos, len(self.clean), ahead=True)   # (a page's index: 全区 before any article names it)
        return found

    def _says_own_area(self, art: Article, levels: list[str]) -> bool:
        """The article speaks of the paper's own place of one of ``levels`` (我市)."""
        key = (art.index, tuple(levels))
        said = self._own_area_said.get(key)
        if said is None:
            said = self._own_area_said[key] = any(w[-1] in levels and self.clean.find(w, art.clean_start, art.clean_end) >= 0
                                                  for w in self.p.own_areas)
        return said

    def _area_or_place(self, lo: int, hi: int) -> str:
        """The place clean[lo:hi] names most; or, where it speaks of its whole area (全市, 我市 …)
        more often than it names that place, the area, named (1—11月全市社会消费品零售总额…)."""
        place = self._dominant_name(self.p.article_levels, lo, hi)
        spoken = self._area_spoken_most(lo, hi)
        if spoken and spoken[1] >= (self.clean.count(place, lo, hi) if place else 1):
            return self._paper_place(spoken[0]) or self._dominant_name(spoken[0], 0, len(self.clean)) or place
        return place

    def _area_spoken_most(self, lo: int, hi: int) -> tuple[list[str], int] | None:
        """The levels of the whole area that clean[lo:hi] speaks of most (全市, 我市 -> 市), and
        how often; None where it speaks of none."""
        counts: dict[tuple[str, ...], int] = {}
        clean, before, after = self.clean, self.p.area_base_before, self.p.area_base_after
        for word, levels in self.p.headline_areas.items():
            i = clean.find(word, lo, hi)
            while i >= 0:
                if not (i > 0 and clean[i - 1] in before or clean.startswith(after, i + len(word))):
                    counts[tuple(levels)] = counts.get(tuple(levels), 0) + 1
                i = clean.find(word, i + len(word), hi)
        if not counts:
            return None
        best = max(counts, key=lambda levels: counts[levels])
        return list(best), counts[best]

    def _paper_place(self, levels: list[str]) -> str:
        """岚州日报 2023年10月12日… -> 岚州市: the place of the paper its header names, if of one of
        ``levels`` (`paper_name` in context.toml); asked for where the page names no place of them."""
        if self._paper is None:
            self._paper = self._find_paper_place()
        return self._paper if self._paper and self._paper.endswith(tuple(levels)) else ""

    def _find_paper_place(self) -> str:
        if self.p.paper_name is None:
            return ""
        starts, clean = self.norm.block_starts, self.clean
        mastheads = [i for i, b in enumerate(self.norm.blocks) if b.kind == "masthead"]
        m = next((m for i in mastheads if (m := self.p.paper_name.match(clean, starts[i])) is not None), None)
        if m is None:
            # (桐川报 on a line of its own above the date line: the name alone, with its kind)
            m = next((m for i in mastheads if i > 0 and (m := self.p.paper_name.match(clean, starts[i - 1])) is not None
                      and m.group("kind") and clean.startswith("\n", m.end())), None)
        if m is None:
            return ""
        place = m.group("place")
        # the level the page writes after the name (江川市第二十一中学), else the kind of paper's
        written = {level: self.clean.count(place + level) for level in (*self.p.place_suffixes, *self.p.paper_written_levels)}
        level = max(written, key=lambda lv: written[lv])
        if not written[level]:
            level = self.p.paper_levels.get(m.group("kind"), "")
        if not level:
            # (桐川报 …, 我市招商引资…: the level the page speaks of as its own)
            own = {w[-1]: self.clean.count(w) for w in self.p.own_areas}
            level = max(own, key=lambda lv: own[lv]) if any(own.values()) else ""
        return place + level if level else ""

    def _headline_span(self, art: Article) -> tuple[int, int]:
        """Clean [start, end) of an article's headline lines (before or after its body): their
        first run of blocks (a page-end line given to an article that had its headline is
        not what it is about, and the span must not take in the body between them)."""
        starts, blocks = self.norm.block_starts, sorted(art.headline_blocks)
        last = blocks[0]
        for b in blocks[1:]:
            if b != last + 1:
                break
            last = b
        return starts[blocks[0]], self._block_of(starts[last])[1]

    def _last_subject(self, levels: tuple, lo: int, hi: int) -> str:
        """The subject of the last clause in [lo, hi) whose subject ends with one of ``levels``."""
        i = bisect_right(self.sentence_starts, hi) - 1
        while i >= 0 and self.sentences[i][1] > lo:
            s_start, s_end = self.sentences[i]
            for a, b in reversed(clause_spans(self.clean, max(s_start, lo), min(s_end, hi))):
                if b <= a or a >= hi:
                    continue
                subj = self._clause_subject(a, b)
                if subj.endswith(levels):
                    return subj
            i -= 1
        return ""

    def _page_suffix_hits(self) -> tuple[list[int], list[tuple[int, int, str]]]:
        """(start, end, suffix) of every name suffix on the page, and their starts (once)."""
        if self._suffix_hits is None:
            hits = [(m.start(), m.end(), m.group()) for m in self.p.suffix.finditer(self.clean)
                    if not self._suffix_opens_a_word(self.clean, m)]
            self._suffix_hits = ([h[0] for h in hits], hits)
        return self._suffix_hits

    def _suffix_opens_a_word(self, text: str, m) -> bool:
        """A longer word that starts with the suffix ``m`` found in ``text`` ends no name there:
        区|域, 局|长, 所|在 (a not-place word or a role), or with its last character (红十字会|员);
        the suffix as a word of its own, 社区, may end one (凤鸣社区)."""
        o = self.p.other_word.match(text, m.start())
        if o is None and m.end() - m.start() > 1:
            o = self.p.other_word.match(text, m.end() - 1)   # (红十字会|员: its last character opens 会员)
        return o is not None and o.end() > m.end()

    def _hits_of(self, levels: tuple, named: bool = False) -> tuple[list[int], list[tuple[int, int, str]]]:
        """The suffix hits of these levels on the page (start, end, suffix), and their starts;
        with ``named``, only those that end a name."""
        got = self._level_hits.get((levels, named))
        if got is None:
            hits = [h for h in self._page_suffix_hits()[1] if h[2] in levels
                    and (not named or self._name_at(h[1], h[2]))]
            got = self._level_hits[(levels, named)] = ([h[0] for h in hits], hits)
        return got

    def _name_at(self, end: int, suffix: str) -> str:
        key = (end, suffix)
        if key not in self._name_cache:
            self._name_cache[key] = self._name_ending_at(end, suffix)
        return self._name_cache[key]

    def _dominant_name(self, levels, lo, hi, ahead: bool = False) -> str:
        """Most mentioned in [lo, hi); ties go to the one the whole page mentions most,
        then to the latest (a one-off like 进一步做好区… loses to the page's district).

        The counts are kept per start and extended as ``hi`` grows (the figures of a page
        come in order), so a page with thousands of figures is not counted over and over;
        names are read only where counted. ``ahead``: [lo, hi) lies ahead of a figure, so lo
        moves with each figure and every call counts afresh: only the hits that end a name are
        walked (a page of thousands of 市住建局 and no 市 of a name is not walked for each)."""
        key = tuple(levels)
        starts, hits = self._hits_of(key, named=ahead)
        i, j = bisect_left(starts, lo), bisect_left(starts, hi)
        tally = self._tallies.get((key, ahead, i))
        if tally is None:
            tally = self._tallies[(key, ahead, i)] = _Tally(upto=i)
        elif j < tally.upto:
            # (a shorter range from the same start, a headline's: counted on its own, so the
            # longer count kept for the figures that come next is not thrown away)
            tally = _Tally(upto=i)
        for start, end, suffix in hits[tally.upto:j]:
            name = self._name_at(end, suffix)
            if name and not self._lies_outside(name):
                tally.counts[name] = tally.counts.get(name, 0) + 1
                tally.last[name] = start
        tally.upto = j
        counts = tally.counts
        if not counts:
            return ""
        top = max(counts.values())
        tied = [n for n in counts if counts[n] == top]
        if len(tied) == 1:
            return tied[0]
        page = self._page_counts(key)   # the whole page's names: only for a tie
        return max(tied, key=lambda n: (page.get(n, 0), tally.last[n]))

    def _page_counts(self, levels: tuple) -> dict[str, int]:
        if levels not in self._page_name_counts:
            counts: dict[str, int] = {}
            for _start, end, suffix in self._hits_of(levels)[1]:
                name = self._name_at(end, suffix)
                if name and not self._lies_outside(name):
                    counts[name] = counts.get(name, 0) + 1
            self._page_name_counts[levels] = counts
        return self._page_name_counts[levels]

    def _lies_outside(self, name: str) -> bool:
        """在广东省濠湾市…: a place the page writes after a named province (`outside_after`) lies
        outside the paper's area, so no 全市, 我市 or 市住建局 of the page stands for it, and it is
        not what an article is about (it still acts where a clause names it)."""
        if not self.p.outside_after:
            return False
        got = self._outside.get(name)
        if got is None:
            mark, clean = self.p.outside_after + name, self.clean
            i = clean.find(mark)
            while i > 0 and clean[i - 1] in self.p.outside_not_after:
                i = clean.find(mark, i + 1)
            got = self._outside[name] = i > 0
        return got

    def _name_start(self, start: int, limit: int) -> int:
        """Where a name's body that ends at ``start`` begins: up to ``limit`` characters back,
        never across a stop character, a line break or a digit."""
        k = start
        clean, stops, exempt = self.clean, self.p.stops, self.p.stop_exempt
        while k > 0 and start - k < limit:
            ch = clean[k - 1]
            if ch in stops and not (ch in exempt and self._exempt_at(clean, k - 1)) or ch == "\n" or ch.isdigit():
                break
            k -= 1
        if k > 0 and k < start and clean[k - 1].isdigit():
            k += 1   # (公厕15座|城区…: the figure's classifier is no part of a name)
        return k

    def _name_ending_at(self, end: int, suffix: str, cut_verbs: bool = True) -> str:
        """The name that ends with ``suffix`` at ``end``: up to 4 characters before a place
        suffix (区 县 镇 乡 村 街道), up to 8 before an organisation's, never across a stop
        character, a verb or another place suffix."""
        start = end - len(suffix)
        place = suffix in self.p.place_suffixes
        limit = 4 if place else 8
        k = self._name_start(start, limit)
        if not place and start - k == limit and k > 0:
            # 湄江区公安分局交警大队: where the body runs to its limit inside a place name, the
            # whole place name opens it (not 江区公安分局交警大队)
            m = self.p.suffix.search(self.clean, k, k + 4)
            if m and m.group() in self.p.place_suffixes:
                k = self._name_start(k, 4)
        openers = self.p.name_openers if place else self.p.name_leads
        if openers is not None:
            # (one search: most names hold none)
            for m in openers.finditer(self.clean, max(0, k - self.p.opener_reach), start):
                k = max(k, m.end())
        body = self.clean[k:start]
        min_body = self.p.min_body.get(suffix, 2)
        if len(body) < min_body:
            return ""   # (most suffixes: 全市, ，县): cutting verbs would only shorten it
        if self.clean[k - 1:k] in _QUOTES_OPEN and self.clean[end:end + 1] in _QUOTES_CLOSE:
            return ""   # (“生态立县”战略: a slogan in quotes names no place)
        # the body scanned on its own, with its suffix after it as context: a name is judged
        # by itself, so a page's many mentions of one name are read once
        near = self.clean[k:end]
        key = (near, suffix, cut_verbs)
        name = self._names_by_text.get(key)
        if name is None:
            name = self._names_by_text[key] = self._name_of(near, start - k, suffix, place, min_body, cut_verbs)
        return name

    def _name_of(self, near: str, body_end: int, suffix: str, place: bool, min_body: int, cut_verbs: bool) -> str:
        """The name in ``near`` (a body, then ``suffix`` from ``body_end``): without the verbs
        and, for a place, the other names it holds."""
        body = near[:body_end]
        toks = [t for t in tokens(near, 0, body_end, self.lx)
                if t.cls in ("strong", "weak", "coverb") and len(t.word) > 1] if cut_verbs else []
        ends = {t.end for t in toks}
        firm = suffix in self.p.firm_suffixes
        for t in reversed(toks):
            level = t.start - 1   # 市|投资促进中心 (走访|市|投资促进中心): a body named after its level holds verbs
            if not place and level >= 0 and near[level] in self.p.place_suffixes and (level == 0 or level in ends):
                continue
            if firm and body_end - t.end < 2:
                continue   # (岚江市宜居物业服务|有限公司: a firm's name says what it does; 走访|…公司 is cut)
            body = near[t.end:body_end]
            if len(body) < 2:
                return ""   # 构建起|县、乡、村: one character left after a verb is its complement, no name (郏县 stands alone)
            break
        if place:
            # 帮扶单位区(财政局): a place name holds no other name inside
            last = None
            for last in self.p.suffix.finditer(body):
                pass
            if last is not None:
                body = body[last.end():]
        if place and self.p.place_body_never_opens:
            body = body.lstrip(self.p.place_body_never_opens)   # (访|湄江区)
        if place and self.p.place_body_starts_after:
            cut = max(body.rfind(ch) for ch in self.p.place_body_starts_after)
            body = body[cut + 1:]   # (农工党|青溪区)
        name = body + suffix
        if (len(body) < min_body or self._ends_not_place(name) or name in self.p.not_actors
                or name.endswith(self.p.event_endings) or place and (body.endswith(self.p.place_body_never_ends)
                                                                    or any(w in body for w in self.p.place_body_never_holds))
                or len(body) == 1 and body in self.p.short_body_never):
            return ""   # (受|县人民政府委托: 受 is a verb, not a county like 郏县)
        return name

    def _article_actor_of(self, art: Article | None) -> str:
        if art is None:
            return ""
        if art.index in self._article_actor:
            return self._article_actor[art.index]
        actor = ""
        document = False
        if art.headline_blocks:
            # 前三季度全市纪检监察机关立案1037件: the subject the headline gives the article
            h_start, h_end = self._headline_span(art)
            # (a document's title names its issuer, who reports the figures of others)
            document = self.p.document_title is not None and self.p.document_title.search(self.clean, h_start, h_end) is not None
            spans = [] if document else clause_spans(self.clean, h_start, h_end)
            # (——访枫林县人社局局长周立新: an interview's subtitle names whom it asks, and the
            # answers speak for that body)
            actor = next((self._interviewee_body(a, b) for a, b in spans if self.clean.startswith("—", a)), "")
            for a, b in ([] if actor else spans):
                if self.clean.startswith("—", a):
                    break
                subj = self._clause_subject(a, b)
                if self._names_a_place(subj):
                    actor = subj   # (a name with its place: not 两家企业)
                break
        body_blocks = [i for i in art.blocks if i not in art.headline_blocks]
        if body_blocks and not actor:
            bs = self.norm.block_starts[body_blocks[0]]
            si = bisect_right(self.sentence_starts, bs) - 1
            if 0 <= si < len(self.sentences):
                s_start, s_end = self.sentences[si]
                for a, b in clause_spans(self.clean, s_start, s_end):
                    subj = self._clause_subject(a, b)
                    if subj:
                        actor = subj
                        break
        if not actor and art.headline_blocks:
            # 榆泉市市容秩序整治“百日行动”收官: a place its headline names, before those its body counts
            h_start, h_end = self._headline_span(art)
            actor = self._dominant_name(self.p.article_levels, h_start, h_end)
            # 11月份全市12345热线受理诉求8.62万件: the whole area the headline speaks of: the
            # paper's place, else the place of its level the page names (not the counties its
            # body lists, nor a foreign city: …开通至胡志明市的航线). It comes first where the
            # headline speaks of it before it names a place (9月份全县…评比结果出炉 / 柳营镇前杨村
            # 等5村上“红榜”: the town is one of the results).
            first_name = self.clean.find(actor, h_start, h_end) if actor else h_end
            area = min(((i, w) for w in self.p.headline_areas
                        if (i := self.clean.find(w, h_start, first_name)) >= 0), default=None)
            if area:
                levels = self.p.headline_areas[area[1]]
                actor = self._paper_place(levels) or self._dominant_name(levels, 0, len(self.clean)) or actor
        if not actor:
            actor = self._area_or_place(art.clean_start, art.clean_end)
        if not actor:
            # (记者从区信访局获悉，全区…: an article that names no place is about the page's)
            actor = self._area_or_place(0, len(self.clean))
        self._article_actor[art.index] = actor
        return actor

    def _interviewee_body(self, a: int, b: int) -> str:
        """——访岚川热力集团有限公司党委书记、董事长罗振宇: the body an interview's subtitle at
        [a, b) names before the first title of the person it asks (the longest name there), where
        it is no office of a place; "" otherwise. A place's bureau (市水利局, 枫林县人社局) speaks
        of its place's work, which the article's place already stands for."""
        if not self.p.interview_mark or self.clean.find(self.p.interview_mark, a, a + 3) < 0:
            return ""
        end = self.clean.find("、", a, b)
        end = b if end < 0 else end
        body, body_end, place_end = "", 0, 0
        for m in self.p.suffix.finditer(self.clean, a, end):
            if self.clean.startswith(self.p.interviewee_title_heads, m.end()):
                continue   # (局|长, 站|长: the head of a title, not a body's suffix)
            name = self._name_ending_at(m.end(), m.group(), cut_verbs=False)
            if not name:
                continue
            if m.group() in self.p.place_suffixes and not place_end:
                place_end = m.end()
            if body and body_end - len(body) < m.end() - len(name) < body_end:
                continue   # (市人民检察院|第九检察部 read from 民检察院…: a name cut inside the one before)
            if not name.endswith(self.p.interviewee_never_ends) and len(name) > len(body):
                body, body_end = name, m.end()   # (岚川热力集团 -> 岚川热力集团有限公司)
        if not body or body.startswith(tuple(self.p.level_bodies)) or 0 < place_end < body_end:
            return ""
        return body

    def _clause_subject(self, a: int, b: int) -> str:
        key = (a, b)
        if key not in self._subjects:
            self._subjects[key] = self._find_clause_subject(a, b)
        return self._subjects[key]

    def _find_clause_subject(self, a: int, b: int) -> str:
        # most clauses name nobody: no name suffix and no 该/全 near their start
        starts = self._page_suffix_hits()[0]
        i = bisect_left(starts, a)
        head = self.clean[a:min(b, a + 12)]
        if ((i == len(starts) or starts[i] >= min(b, a + 26)) and "该" not in head and "全" not in head
                and not (self._hotlines and self.clean.find(self.p.hotline_word, a, min(b, a + 24)) >= 0)):
            return self._person_subject(a, b) or ""   # (a hotline's name ends with no suffix: 12319城管服务热线)
        named = self._person_subject(a, b)
        if named is not None:
            return named
        # a time phrase may open the clause: 7月以来区金融工作局…
        e = self._times_of_block(a).end_of.get(a)
        if e is not None and e < b:
            a = e
        # (the role and name stand near the clause's start, after the body: 区委组织部部务委员陈红坡获得…;
        # the verb is looked for first: most clauses have none)
        if (self.p.person_subject is not None and self.p.person_verbs is not None
                and self.p.person_verbs.search(self.clean, a, min(b, a + 30))):
            person = self.p.person_subject.search(self.clean, a, min(b, a + 30))
            if person and not any(ch in self.p.stops for ch in self.clean[a:person.start()]):
                return person.group("name")
        # (本报讯(记者郑航)|走进…公司…项目: after the dateline)
        owner = self._project_owner(b - len(self._after_connectors(self.clean[a:b])), b)
        if owner:
            return owner
        if self.clean[b:b + 1] in (":", "：") and (self._block_of(a)[0] == a or self.clean[a - 1:a] in (";", "；")):
            # 梅岭市：全市新改建农村户厕…: a name and a colon open the paragraph that is about it
            # (or an item of a list run together with semicolons: …第6名；市城管局：受理工单1108件…)
            # (▲436处——市城管局：…: after an item's lead figure and dash)
            lead = self.p.item_lead.match(self.clean, a, b) if self.p.item_lead is not None else None
            k = lead.end() if lead else a
            named = self._subject_prefix(self.clean[k:b], verb_follows=True)
            if named and len(named) == b - k and self._names_a_place(named):
                return self._resolve(named, k)   # (a name with its place: not 庭院：…)
        organizers = self._organizers(a, b)
        if organizers is not None:
            return self._resolve(organizers, a) if organizers else ""
        subj = self._subject_prefix(self.clean[a:b], at=a)
        if not subj:
            return ""
        if (self.p.person_ceremony is not None and self.p.person_role.match(self.clean, a + len(subj))
                and self.p.person_ceremony.search(self.clean, a + len(subj), b)):
            return ""   # (县委书记罗廷江致辞: one who takes part in a ceremony)
        subj = self._after_connectors(subj)
        return self._resolve(subj, a)

    def _gap_lead(self, a: int, b: int) -> str:
        """栗坪镇　　教学点14个　学员1320人 …, 三合乡　截至4月15日，…: a place's name that opens its
        line set apart by a wide gap, as a table row's first cell or a roundup's lead is, is
        what the line is about; "" where the line opens otherwise."""
        m = _GAP_LEAD.match(self.norm.original, self.norm.to_original(a))
        if m is None:
            return ""
        label = m.group(1)
        if a + len(label) >= b or not self.clean.startswith(label, a):
            return ""
        named = self._subject_prefix(label, verb_follows=True)
        return named if named == label and self._names_a_place(named) else ""

    def _total_row(self, a: int) -> bool:
        """合　计　　21期　　1053人 …: the line at ``a`` is a table's row of totals, set apart as
        its first cell; its figures are not those of the row above it."""
        word = next((w for w in self.p.total_rows if self.clean.startswith(w, a)), None)
        if word is None:
            return False
        return _WIDE_GAP.match(self.norm.original, self.norm.to_original(a + len(word) - 1) + 1) is not None

    def _person_subject(self, a: int, b: int) -> str | None:
        """陈秀英前后上门11次, (7年多来)她累计入户走访…: a clause that opens with the bare name of a
        person the article names after a title, or with 他/她 after such a name, is that person's
        ("" where they speak: 陈秀英笑着说); None where it opens with neither."""
        marks = self._person_marks if self._person_marks is not None else self._find_person_marks()
        i = bisect_left(marks, a)
        if i == len(marks) or marks[i] >= min(b, a + 12):
            return None   # (one lookup: most clauses hold no name of a person nor a pronoun near their start)
        persons = self._persons_of(self._article_of(a))
        found = self._person_at(a, persons) if marks[i] == a else None
        if found is None:
            e = self._times_of_block(a).end_of.get(a)   # (今年他流转土地850亩: after a time phrase)
            if e is None or e >= b:
                return None
            a = e
            found = self._person_at(a, persons)
            if found is None:
                return None
        name = found[1]
        if ((self.p.person_answer is not None and self.p.person_answer.match(self.clean, a + len(name)))
                or (self.p.person_speech is not None and self.p.person_speech.search(self.clean, a, b))):
            # (周立新答：… an interview's answer speaks for a body, as 他介绍 does: the figures are
            # the body's or the place's the answer names, not the person's)
            return ""
        return name

    def _person_at(self, a: int, persons: list[tuple[int, str]]) -> tuple[int, str] | None:
        """The person whose bare name stands at ``a`` (named before it), or the last one named
        before ``a`` where 他 or 她 stands there."""
        if self.clean[a:a + 1] in self.p.person_pronouns:
            if self.clean[a + 1:a + 2] in self.p.person_pronoun_never_before:
                return None
            return next((p for p in reversed(persons) if p[0] < a), None)
        return next((p for p in persons if p[0] <= a and self.clean.startswith(p[1], a)), None)

    def _find_person_marks(self) -> list[int]:
        """Where the page holds a pronoun or the first character of a person's name, inside the
        articles that name people after a title (see _persons_of)."""
        marks: list[int] = []
        for art in self.articles:
            persons = self._persons_of(art)
            if persons:
                # (a find per character: a pattern of them would be compiled anew for each page)
                for ch in self.p.person_pronouns | {name[0] for _s, name in persons}:
                    k = self.clean.find(ch, art.clean_start, art.clean_end)
                    while k >= 0:
                        marks.append(k)
                        k = self.clean.find(ch, k + 1, art.clean_end)
        marks.sort()
        self._person_marks = marks
        return marks

    def _persons_of(self, art: Article | None) -> list[tuple[int, str]]:
        """(start, name) of each person the article names after a title (网格员陈秀英), in page
        order; for a feature's section under a sub-head that names no one (## 一本台账记下老人冷暖|
        …她就挨家挨户…), those of the section before it."""
        if art is None or self.p.person_name is None:
            return []
        got = self._persons.get(art.index)
        if got is None:
            # (read in page order from the first article not read yet: a page of thousands of
            # sections is read once, and no section reads back through all before it)
            k = art.index
            while k > 0 and k - 1 not in self._persons:
                k -= 1
            for i in range(k, art.index + 1):
                section = self.articles[i]
                own = self._named_persons(section)
                if not own and i > 0 and section.headline_blocks and (
                        all(self.norm.blocks[b].kind == "heading" for b in section.headline_blocks)
                        or not any(self.norm.blocks[b].dateline for b in section.blocks)
                        and self._mentions_any(section, self._persons[i - 1])):
                    # (a section under a sub-head, or a part of a feature with no dateline of its
                    # own that speaks of its person again: …|“活地图”是这样炼成的|…贺明远带领队员…)
                    own = self._persons[i - 1]
                self._persons[i] = own
            got = self._persons[art.index]
        return got

    def _mentions_any(self, art: Article, persons: list[tuple[int, str]]) -> bool:
        """The article names one of ``persons`` or holds a personal pronoun."""
        text = self.clean[art.clean_start:art.clean_end]
        return any(name in text for _s, name in persons) or any(ch in text for ch in self.p.person_pronouns)

    def _named_persons(self, art: Article) -> list[tuple[int, str]]:
        """(start, name) of each person the article itself names after a title."""
        got: list[tuple[int, str]] = []
        if self.p.person_name is None:
            return got
        text = self.clean[art.clean_start:art.clean_end]
        ends: dict[str, bool] = {}
        counts: dict[str, int] = {}   # (each candidate counted once: a long page repeats them)
        starts = set()
        m = self.p.person_name.search(self.clean, art.clean_start, art.clean_end)
        while m is not None:
            # (matches may overlap: 45岁的董事|长…, then 董事长郑启航: each read from the next character)
            starts.add(m.start("name"))
            m = self.p.person_name.search(self.clean, m.start() + 1, art.clean_end)
        if self.p.person_after_title_end is not None:
            starts.update(m.start("name") for m in
                          self.p.person_after_title_end.finditer(self.clean, art.clean_start, art.clean_end))
        for start in sorted(starts):
            if self.clean.endswith(self.p.not_person_titles, art.clean_start, start):
                continue   # (通讯员黄伟: the paper's own people)
            name = self._person_name_at(start, text, counts)
            if name not in ends:
                # (a word is no name: 成员|单位, 人员|王…: not a suffix, a not-actor or a not-place)
                ends[name] = (name not in self.p.not_person_names
                              and self._ends_somewhere(name, art.clean_start, art.clean_end))
            if ends[name]:
                got.append((start, name))
        return got

    def _ends_somewhere(self, name: str, a: int, b: int) -> bool:
        """A name is followed by a mark, a stop character or a verb somewhere in the article
        (陈秀英，… 马占山：…); a word that only opens a longer one is none (教师周转宿舍)."""
        i = self.clean.find(name, a, b)
        while i >= 0:
            e = i + len(name)
            ch = self.clean[e:e + 1]
            if (not ch or not "\u4e00" <= ch <= "\u9fff" or ch in self.p.stops
                    or verb_at(self.clean, e, min(b, e + 4), self.lx) is not None
                    or (self.p.person_speech is not None and self.p.person_speech.match(self.clean, e))):
                return True
            i = self.clean.find(name, e, b)
        return False

    def _person_name_at(self, s: int, article_text: str, counts: dict[str, int]) -> str:
        """陈秀英 or 王强 (of 王强说): two characters or three, the form the article repeats; a name
        said once ends before a stop character or a verb."""
        two, three = self.clean[s:s + 2], self.clean[s:s + 3]
        if len(three) < 3 or not "\u4e00" <= three[2] <= "\u9fff":
            return two
        if three[2] in self.p.stops:
            # (唐颂年, repeated: 年 ends the name; 王强在…: 在 does not)
            return three if three[2] in self.p.person_name_final_stops and article_text.count(three) >= 2 else two
        for form in (three, two):
            if form not in counts:
                counts[form] = article_text.count(form)
        if counts[three] >= 2:
            return three
        if counts[two] >= 2 or verb_at(self.clean, s + 2, s + 6, self.lx) is not None:
            return two
        return three

    def _project_owner(self, a: int, b: int) -> str:
        """(在)平顶山广润种植养殖农民专业合作社的苗木种植项目…: a clause that opens with a firm's
        project is about that firm (the figures of the project that follow are its)."""
        if self.p.project_owner is None:
            return ""
        m = self.p.project_owner.match(self.clean, a, b)
        if m is None:
            return ""
        # the firm opens the clause: no list, no verb before it (并打造…、叶营花椒合作社等…项目), and
        # no opener inside (观摩组一行来到…公司…项目: the firm is where the visitors went)
        body_start = m.end("opener") if m.group("opener") else m.start()
        if m.groupdict().get("where"):
            body_start = m.end("where")   # (走进|位于桐溪区的|…公司: where the firm is, then the firm)
        body = self.clean[body_start:m.end("suffix")]
        if ("、" in body or any(w in body for w in self.p.project_openers)
                or verb_at(self.clean, body_start, m.end("suffix"), self.lx) is not None):
            return ""
        name = self._name_at(m.end("suffix"), m.group("suffix"))
        if name and body.endswith(name) and not any(ch in self.p.stops for ch in body):
            name = body   # (the firm runs from the opener: 澜州华川新能源材料有限公司 is longer than a name's reach)
        return self._resolve(name, m.start("suffix")) if name else ""

    def _organizers(self, a: int, b: int) -> str | None:
        """本次比赛由区教体局、区科协主办: the organisers; 中鸿小学承办: "" (a host is no actor);
        None where the clause says neither."""
        if self.p.organizer is None or self.p.organizer_words.search(self.clean, a, b) is None:
            return None   # (one scan for 由 or a host verb: most clauses hold neither)
        m = self.p.organizer.search(self.clean, a, b)
        if m is None:
            return None
        if m.group("host"):
            return "" if m.end() == b else None
        names = m.group("names")
        return names if all(self._is_name(part) for part in names.split("、")) else None

    def _actor(self, fig_start: int, sent_start: int, sent_end: int) -> str:
        return self._place_of_its_committee(self._find_actor(fig_start, sent_start, sent_end))

    def _find_actor(self, fig_start: int, sent_start: int, sent_end: int) -> str:
        owner = self._capacity_owner(fig_start)
        if owner:
            return self._spelled_out(owner, fig_start)
        subject = self._running_subject(sent_start, sent_end, fig_start)
        if subject:
            return self._spelled_out(subject, fig_start)
        si = bisect_right(self.sentence_starts, sent_start) - 1
        if self._block_of(sent_start)[0] == sent_start:
            lead = self._gap_lead(sent_start, sent_end)
            if lead:
                return self._spelled_out(self._resolve(lead, sent_start), fig_start)
            if self._total_row(sent_start):
                return self._spelled_out(self._article_actor_of(self._article_of(fig_start)), fig_start)
        carried = self._carried_subject(si - 1, self._block_of(fig_start)[0]) or self._subhead_actor(fig_start)
        return self._spelled_out(carried or self._article_actor_of(self._article_of(fig_start)), fig_start)

    def _place_of_its_committee(self, actor: str) -> str:
        """后营村党支部 -> 后营村, 双河镇党委 -> 双河镇: a village's or town's own committee acts for
        it (`local_committees` of `local_levels` in context.toml; 县委 stays)."""
        if not actor.endswith(self.p.local_committees) or "、" in actor:
            return actor
        for committee in self.p.local_committees:   # (longest first: 河口镇|村干部, 后营村|两委)
            place = actor[:-len(committee)] if actor.endswith(committee) else ""
            if place.endswith(self.p.local_levels) and place not in self.p.local_levels:   # (not 街道 alone)
                return place
        return actor

    def _subhead_actor(self, pos: int) -> str:
        """白湾镇：“小网格”撬动“大治理”|白湾镇地处县境东部，辖18个村…: a figure whose paragraph names
        no subject before it is of the body its sub-head names."""
        sub = self._subhead_of(pos)
        return self._resolve(sub[1], sub[0]) if sub is not None else ""   # (_subhead_of gives names only)

    def place_name(self, text: str, pos: int) -> str:
        """``text`` (at clean ``pos``) if it is a place's name (柘阳县, 白沙洲镇), with its place
        written in (县 -> …), else ''."""
        if not text.endswith(self._place_ends):
            return ""
        name = self._place_ending_at(pos + len(text))
        return self._resolve(name, pos) if name == text else ""

    def place_opening(self, text: str, pos: int) -> tuple[str, int]:
        """澄阳市|全社会用电量 (``text`` at clean ``pos``): the longest place that opens ``text``,
        written in full, and its length in ``text``; ('', 0) if none. Not 东关农贸市|场 (a word
        goes on), 填补县|域 (a verb before it), 草畜平衡区 (a not-place word)."""
        for k in range(len(text) - 2, 1, -1):
            suffix = next((x for x in self._place_ends if text.endswith(x, 0, k)), None)
            if suffix is None:
                continue
            other = self.p.other_word.match(text, k - len(suffix))
            if other is not None and other.end() > k:
                continue
            place = self.place_name(text[:k], pos)
            # (a place the page names once only may be words that end like one: 反映城区, 快递进村)
            if place and self.place_chain(text[:k], pos) and self._printed_twice_on_page(text[:k]):
                return self._spelled_out(place, pos), k
        return "", 0

    def _printed_twice_on_page(self, name: str) -> bool:
        twice = self._printed_twice.get(name)
        if twice is None:
            first = self.clean.find(name)
            twice = self._printed_twice[name] = first >= 0 and self.clean.find(name, first + 1) >= 0
        return twice

    def holds_a_name(self, text: str) -> bool:
        """``text`` holds a body's or a place's name suffix (供电公司…), a site (冷链物流园项目…:
        `sites_at_a_place`), or opens with an anaphor (全村1260户) or a position (东侧…:
        `positions_in_a_place`): it names someone or somewhere of its own."""
        return (any(not self._ends_not_place(text[:m.end()]) and not self._suffix_opens_a_word(text, m)
                    for m in self.p.suffix.finditer(text))   # (not 全社|会: a word that ends like a name)
                or self.p.anaphor_re.match(text) is not None
                or any(site in text for site in self.p.sites_at_a_place)
                or text.startswith(self.p.positions_in_a_place))

    def place_chain(self, text: str, pos: int) -> str:
        """``text`` (at clean ``pos``) if it is one name that holds a place (龙溪镇下洋村,
        东湖街道书院社区), written in full, without a rank before it (第一名|泊川县); else ''."""
        rank = self.p.rank_lead.match(text)
        if rank:
            text, pos = text[rank.end():], pos + rank.end()
        named = self._subject_prefix(text, verb_follows=True)
        return self._resolve(named, pos) if named == text and self._names_a_place(named) else ""

    def listed_place(self, name: str, pos: int) -> str:
        """岱南县 in 其中|岱南县2.1万人、石屿县1.6万人 (``name`` at clean ``pos``, right before its figure):
        a place of a level a breakdown lists (`breakdown_levels`: a village's figures stay its
        town's), one to three characters before its level, after a lead of a list item
        (`breakdown_leads`), written in full; else ''. 示范社区, 草畜平衡区 are no places of these."""
        level = next((x for x in self.p.breakdown_levels if name.endswith(x)), "")
        if (not level or not 1 <= len(name) - len(level) <= 3 or name.endswith(self.p.not_places)
                or not self.clean.endswith(self.p.breakdown_leads, 0, pos)):
            return ""
        return self.place_name(name, pos)

    def place_ending_at(self, end: int) -> str:
        """The place whose name ends at clean ``end`` (…分别是凤岗乡|(99.2%)), written in full, or ''."""
        name = self._place_ending_at(end)
        return self._resolve(name, end - len(name)) if name else ""

    def _place_ending_at(self, end: int) -> str:
        """The name that ends at clean ``end`` with a place suffix (the longest), as printed, or ''."""
        suffix = next((s for s in self._place_ends if self.clean.endswith(s, 0, end)), None)
        return self._name_at(end, suffix) if suffix is not None else ""

    def _names_a_place(self, name: str) -> bool:
        """江川市纪检监察机关, 梅岭市: the name holds a place (not 两家企业, 庭院)."""
        return any(place in name for place in self.p.place_suffixes)

    def _spelled_out(self, name: str, pos: int) -> str:
        """市城管局 -> 榆泉市城市管理局: the full name the page gave earlier for a short form of it."""
        short_forms = self._declared_short_forms()
        declared = short_forms.get(name)
        if not declared and short_forms and len(name) >= 3 and not name.endswith(self._place_ends):
            # (榆川农村商业银行股份有限公司（以下简称“榆川农商银行”）…该行/农商银行: the declared
            # short form written without its place, where only one declared form ends so)
            # (or the full name cut before its firm's suffix: 榆川农村商业银行|股份有限公司)
            matches = [item for short, items in short_forms.items() for item in items
                       if short.endswith(name) or item[1].startswith(name)]
            if len({full for _, full in matches}) == 1:
                declared = matches
        if declared:
            full = next((full for end, full in reversed(declared) if end <= pos), None)
            if full:
                return full
        forms = self._long_forms.get(name)
        if forms is None:
            forms = self._long_forms[name] = []
            zone = self._zone_long_form(name)
            if zone != name:
                forms.append((0, zone))
                return zone
            if len(name) < 3 or "、" in name or name.endswith(self._place_ends):
                return name   # (a place has no short form)
            hotline = self._hotline_long_form(name)
            if hotline is not None:
                forms.append(hotline)
            for parent in self._page_parents():
                for k in range(1, len(name) - 2):
                    full = name[:k] + parent + name[k:]
                    i = self.clean.find(full)
                    if i >= 0:
                        forms.append((i + len(full), full))
                        break
            firm = self._firm_long_form(name)
            if firm:
                forms.append(firm)
            tail = name[-min(len(name), 4):]   # (城管局, 管执法局: the end of the short form)
            clean = self.clean
            if self._hits_by_last is None:
                self._hits_by_last = {}
                for hit in self._page_suffix_hits()[1]:
                    self._hits_by_last.setdefault(clean[hit[1] - 1], []).append(hit)
            for start, end, suffix in self._hits_by_last.get(name[-1], ()):
                # (a name that ends as the short form does is the short form again; a long form
                # holds the short form's characters before its last two: 城[市]管[理]局, 城[市]管[理综合行政]执法局)
                if clean.endswith(tail, 0, end) or clean.find(tail[0], max(0, end - 16), end - 2) < 0:
                    continue
                full = self._name_at(end, suffix)
                # (the page may print the long form without its place: 市城市管理局 for 榆泉市城管局)
                if full and len(full) >= 3 and any(_abbreviates(name[k:], full) for k in range(len(name) - 2)
                                                    if name[k] == full[0]):
                    full = self._place_body(full, start)
                    if _abbreviates(name, full):
                        forms.append((end, full))
        return next((full for end, full in forms if end <= pos), name)

    def _hotline_long_form(self, name: str) -> tuple[int, str] | None:
        """12345热线 -> 澄州市12345政务服务便民热线: a hotline called by its number alone is the one the
        page named with its place and that number (the first, where it ends); None where it names none."""
        if self.p.hotline is None or not name.endswith(self.p.hotline_word) or not name[:1].isdigit():
            return None   # (市12345热线 is written in as printed)
        number = "".join(ch for ch in name if ch.isdigit())   # (never empty: the name opens with a digit)
        k = self.clean.find(number)
        while k >= 0:
            m = self.p.hotline.search(self.clean, max(0, k - 8), k + 24)
            if m and m.start() < k and len(m.group()) > len(name) and number in m.group():   # (with its place)
                full = m.group()
                return m.end(), full[max(full.rfind(ch, 0, k - m.start()) for ch in self.p.stops) + 1:]   # (记者从|县…)
            k = self.clean.find(number, k + len(number))
        return None

    def _firm_long_form(self, name: str) -> tuple[int, str] | None:
        """鑫源公司 -> 鹤岭县鑫源冷链食品有限公司: a firm called by its trade name and 公司 or 集团
        (`firm_short_suffixes`) is the firm of the first legal name (`firm_suffixes`, the longest
        there) the page prints with the trade name in it: (where that name ends, the name), or None."""
        short = next((x for x in self.p.firm_short_suffixes if name.endswith(x)), None)
        if short is None or not 2 <= len(name) - len(short) <= 4:
            return None
        trade, clean = name[:-len(short)], self.clean
        i = clean.find(trade)
        while i >= 0:
            after = i + len(trade)
            # (the longest legal name: 远航物流集团有限公司, not 远航物流集团)
            ends = []
            for x in self.p.firm_suffixes:
                j = clean.find(x, after, after + 8)
                if j >= 0:
                    ends.append((j + len(x), x))
            ends.sort(reverse=True)
            for end, suffix in ends:
                if not any(ch in self.p.stops for ch in clean[after:end - len(suffix)]):
                    full = self._name_at(end, suffix)
                    if full and trade in full and len(full) > len(name):
                        return end, full
            i = clean.find(trade, after)
        return None

    def _declared_short_forms(self) -> dict[str, list[tuple[int, str]]]:
        """县农村人居环境整治工作领导小组办公室（以下简称县人居办）: the short forms the page declares
        (`short_form_declaration` in context.toml), each with where it is declared and the name
        before it, written in full."""
        if self._declared is None:
            self._declared = {}
            if self.p.short_form is not None and self.p.short_form_word in self.clean:
                for m in self.p.short_form.finditer(self.clean):
                    end = m.start()
                    suffix = self._suffix_ending_at(end)
                    # (a declaration follows a full name, which may be longer than a name's reach:
                    # the name runs back to the stop before it)
                    k = self._name_start(end - len(suffix), 24) if suffix else end
                    name = self.clean[k:end] if end - len(suffix or "") - k >= 2 else ""
                    if name:
                        full = self._place_body(name, end - len(name))
                        short = m.group("short")
                        # (县人居办 is met written in as 鹿鸣县人居办, as a subject is)
                        for form in {short, self._place_body(short, m.start("short"))}:
                            self._declared.setdefault(form, []).append((m.end(), full))
        return self._declared

    def _page_parents(self) -> tuple[str, ...]:
        """The `parent_bodies` the page prints (most pages none: no search per name then)."""
        if self._parents is None:
            self._parents = tuple(p for p in self.p.parent_bodies if p in self.clean)
        return self._parents

    def _zone_long_form(self, name: str) -> str:
        """澜州经开区 -> 澜州经济技术开发区, 综保区 -> 澜州综合保税区: a zone's long form where the page
        prints it (`zone_forms` in context.toml), else ``name``."""
        for short, full in self.p.zone_forms:   # (the long forms of a short one in their order)
            if not name.endswith(short):
                continue
            body = name[:-len(short)]
            if body:
                if self.clean.find(body + full) >= 0:
                    return body + full
                continue
            i = self.clean.find(full)
            if i < 0:
                continue
            k = self._name_start(i, 4)
            # (国家税务总局|澜州经济技术开发区: a body's name before it is none of its place)
            k = max([k] + [m.end() for m in self.p.suffix.finditer(self.clean, k, i)])
            if i - k >= 2:
                return self.clean[k:i] + full
        return name

    def _suffix_ending_at(self, end: int) -> str | None:
        """The name suffix (`suffixes`, in their order) that ends at clean ``end``, or None."""
        return next((x for x in self.p.suffixes if self.clean.endswith(x, 0, end)), None)

    def _capacity_owner(self, fig_start: int) -> str:
        """观摩组来到市永峰化工科技有限公司年产40万吨甲醛建设项目: the plant named right before a
        capacity verb (capacity_verbs in verbs.toml) is whose capacity the figure is."""
        if not self.clean.endswith(self.p.capacity_verbs, 0, fig_start):
            return ""   # (one test: most figures follow none)
        verb = next(v for v in self.p.capacity_verbs if self.clean.endswith(v, 0, fig_start))
        end = fig_start - len(verb)
        suffix = self._suffix_ending_at(end)
        name = self._name_at(end, suffix) if suffix and suffix not in self.p.place_suffixes else ""
        return self._resolve(name, end) if name else ""

    def _running_subject(self, s_start: int, s_end: int, pos: int | None = None) -> str:
        """The subject of the clause of the sentence that holds ``pos`` (None: the last
        clause), or of the nearest clause before it that has one. Clauses are read left
        to right and only as far as asked (the figures of a sentence come in order)."""
        key = (s_start, s_end)
        state = self._running.get(key)
        if state is None:
            spans = clause_spans(self.clean, s_start, s_end)
            state = self._running[key] = ([a for a, _b in spans], spans, [])
        starts, spans, running = state
        i = len(spans) - 1 if pos is None else bisect_right(starts, pos) - 1
        if i < 0:
            return ""
        while len(running) <= i:
            a, b = spans[len(running)]
            running.append(self._clause_subject(a, b) or (running[-1] if running else ""))
        return running[i]

    def _carried_subject(self, si: int, block_start: int) -> str:
        """The last subject named in sentences si, si-1, … of the paragraph, at most
        `carry_reach` sentences back (a page of one endless paragraph is not read back whole
        for each of its figures)."""
        pending = []
        found = ""
        k = si
        while k >= 0 and self.sentences[k][0] >= block_start and si - k < self.p.carry_reach:
            if k in self._carry:
                found = self._carry[k]
                break
            last = self._running_subject(*self.sentences[k])
            if last:
                found = last
                self._carry[k] = found
                break
            pending.append(k)
            k -= 1
        for k in pending:
            self._carry[k] = found
        return found

    # -- category ------------------------------------------------------------------------
    def _category(self, sent_start: int, sent_end: int, headline: str) -> str:
        key = (sent_start, sent_end, headline)
        got = self._categories.get(key)
        if got is None:
            got = self._categories[key] = self._find_category(self.clean[sent_start:sent_end], headline)
        return got

    def _find_category(self, sentence: str, headline: str) -> str:
        order = self.p.category_order
        for text in (sentence, headline):
            hits: dict[str, int] = {}
            for m in self.p.category_words.finditer(text):
                for name in self.p.word_categories[m.group()]:
                    hits[name] = hits.get(name, 0) + 1
            if hits:
                return max(hits, key=lambda name: (hits[name], -order[name]))
        return ""

    # -- per claim -----------------------------------------------------------------------
    def describe(self, fig, sent_start: int, sent_end: int) -> ClaimContext:
        art = self._article_of(fig.start)
        # (a text table's cell takes the period its caption names: civex/tables.py)
        phrase = None
        if fig.table is not None and fig.table[2]:
            time = clean_time = fig.table[2]   # (a text table's caption)
        else:
            phrase = self._time(fig.qualifier_start, sent_start)
            if phrase is None and fig.table is not None:
                phrase = self._time_over_table(fig.table[4])
            clean_time = phrase[2] if phrase else ""
            time = self._printed(phrase[0], phrase[1]) if phrase else ""
        start, end = period(clean_time, art.page_date() if art else None, self.year)
        if phrase and phrase[:2] in self._opened_by:
            # (截至10月底，…今年…: the year the end point closes opens the period)
            year, end_point = self._opened_by[phrase[:2]]
            page = art.page_date() if art else None
            start, end = period(year, page, self.year)[0], period(end_point, page, self.year)[1]
        return ClaimContext(
            article=art.index if art else None,
            headline=art.headline if art else "",
            actor=(fig.table[3] if fig.table is not None and fig.table[3]   # (a table's row that names a body)
                   else self._actor(fig.qualifier_start, sent_start, sent_end)),
            time=time,
            period_start=start,
            period_end=end,
            category=self._category(sent_start, sent_end, art.headline if art else ""),
        )


def _abbreviates(short: str, full: str) -> bool:
    """城管局 is a short form of 城市管理局 (人社局 of 人力资源和社会保障局): the same first and last
    character, and the others in order, with characters left out in two places or more (城[市]管[理]局),
    or in one run of two or more just before the last (供销[合作]社);
    not 公安局 of 公安分局, 区纪委 of 区纪委监委 or 交警大队 of 公安分局交警大队 (one short run left out: a
    shorter name, not a short form; a unit without the body it belongs to is `parent_bodies`')."""
    if len(full) < len(short) + 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    i, gaps = 0, 0
    for ch in short[:-1]:
        j = full.find(ch, i, len(full) - 1)
        if j < 0:
            return False
        gaps += j > i
        i = j + 1
    if gaps == 0 and len(full) - 1 - i >= 2 and short[-1] not in full[i:-1]:
        return True   # 柳岸职[业技术学]院, 供销[合作]社: a run of two or more left out before the last character
    return gaps + (i < len(full) - 1) >= 2


# -- time scopes as dates -------------------------------------------------------------------
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_CN_SMALL["两"] = 2


def _small_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_SMALL.get(s[1], 0)
    return _CN_SMALL.get(s)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_YEAR = regex.compile(r"((?:19|20)\d{2})年(?:度)?")
_M_SINCE = regex.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?以来")
_FIRST_N = regex.compile(r"前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月")
_M_RANGE = regex.compile(r"(\d{1,2})(?:月份?)?(?:-|—|~|至|到)(\d{1,2})月")   # 1—9月, 4月至9月
_BY_MONTH_END = regex.compile(r"截(?:至|止)(?:到)?(\d{1,2})月(?:底|末)")
_UNTIL_DAY = regex.compile(r"截(?:至|止)(?:到)?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日")
_DAY = regex.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日")
_DAY_RANGE = regex.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:-|—|~|至|到)(?:(\d{1,2})月)?(\d{1,2})日")
_QUARTER = {"一季度": 1, "第一季度": 1, "二季度": 2, "第二季度": 2, "三季度": 3, "第三季度": 3,
            "四季度": 4, "第四季度": 4}


def period(time: str, page: date | None, year: int | None) -> tuple[str | None, str | None]:
    """ISO (start, end) of a time scope, where the page date and year allow it.

    >>> period("7月以来", date(2022, 8, 30), 2022)
    ('2022-07-01', '2022-08-30')
    """
    if not time:
        return None, None
    m = _YEAR.fullmatch(time)
    if m:   # 2023年, …: that whole year, whatever the page's
        named = int(m.group(1))
        return date(named, 1, 1).isoformat(), date(named, 12, 31).isoformat()
    y = year or (page.year if page else None)
    if y is None:
        return None, None
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    page_iso = iso(page)
    try:
        m = _DAY_RANGE.match(time)
        if m:   # 9月25日至29日, 7月29日至8月2日: from the first day to the last
            first_year = int(m.group(1) or y)
            first = date(first_year, int(m.group(2)), int(m.group(3)))
            last = date(first_year, int(m.group(4) or m.group(2)), int(m.group(5)))
            if last < first:   # (12月30日至1月2日: into the next year)
                last = last.replace(year=first_year + 1)
            return first.isoformat(), last.isoformat()
        m = _DAY.fullmatch(time.rstrip("上午下午晚上早中"))
        if m or _DAY.match(time):
            m = m or _DAY.match(time)
            d = date(int(m.group(1) or y), int(m.group(2)), int(m.group(3)))
            return d.isoformat(), d.isoformat()
        if time in ("当天", "当日", "活动当天", "当晚"):
            return page_iso, page_iso

        m = _M_SINCE.search(time)
        if m:
            mon = _small_int(m.group(1))
            if mon and 1 <= mon <= 12:
                return date(y, mon, 1).isoformat(), page_iso
        m = _FIRST_N.search(time)
        if m:
            n = _small_int(m.group(1))
            if n and 1 <= n <= 12:
                return date(y, 1, 1).isoformat(), _month_end(y, n).isoformat()
        m = _M_RANGE.search(time)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if 1 <= a <= b <= 12:
                return date(y, a, 1).isoformat(), _month_end(y, b).isoformat()
        m = _UNTIL_DAY.match(time)
        if m:   # 截至6月22日(8时): up to that day
            return None, date(int(m.group(1) or y), int(m.group(2)), int(m.group(3))).isoformat()
        if time.startswith(("截至去年", "截止去年")) and time.endswith(("底", "末")):
            return None, date(y - 1, 12, 31).isoformat()
        m = _BY_MONTH_END.search(time)
        if m:
            mon = int(m.group(1))
            if 1 <= mon <= 12:
                return None, _month_end(y, mon).isoformat()
        if "前三季度" in time:   # before the quarters: 前三季度 holds 三季度
            return date(y, 1, 1).isoformat(), date(y, 9, 30).isoformat()
        for q, n in _QUARTER.items():
            if q in time:
                return date(y, 3 * n - 2, 1).isoformat(), _month_end(y, 3 * n).isoformat()
        if "上半年" in time:
            return date(y, 1, 1).isoformat(), date(y, 6, 30).isoformat()
        if "下半年" in time:
            return date(y, 7, 1).isoformat(), date(y, 12, 31).isoformat()
        if time.startswith(("今年", "年初", "本年")) or time in ("今年来",):
            return date(y, 1, 1).isoformat(), page_iso
        if time.startswith(("截至", "截止")) or time in ("目前", "当前", "现阶段", "现"):
            return None, page_iso
    except ValueError:
        return None, None
    return None, None
