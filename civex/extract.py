"""The pipeline: text in, claim records out.

``extract_text(text, doc=...)`` is a pure function of the document name and its
text (plus the lexicon, which is data): normalize -> segment -> find figures (and the
numbers of text tables) -> assemble claims -> add context. Everything else (files, CLI,
exports, Dask) calls it.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right

from .checks import check_document
from .claims import Governed, assemble, rate_of_change, trim_object
from .context import DocumentContext
from .lexicon import Lexicon, load_lexicon
from .normalize import cjk_brackets, normalize
from .numerals import CN_DIGIT_CHARS
from .quantities import Figure, find_figures
from .schema import Claim
from .segment import CLAUSE_MARKS, clause_start, sentence_spans
from .tables import table_figures


def claim_id(doc_hash: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc_hash}:{start}:{end}".encode()).hexdigest()[:16]


def _with_table_figures(figures: list[Figure], table_figs: list[Figure]) -> list[Figure]:
    """The figures found in the prose plus the numbers of the page's text tables (a cell's
    number has no unit of its own, so the prose pattern never takes it; one it did take is
    dropped for the cell's reading)."""
    taken = [(f.start, f.end) for f in table_figs]
    kept = [f for f in figures if not any(a < f.end and f.start < b for a, b in taken)]
    return sorted(kept + table_figs, key=lambda f: f.start)


def _figures_and_bounds(clean: str, lx: Lexicon) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures that are claims, and the spans of those a ``modifier`` exclusion rule left out
    (超过50万元的村有9个: the bound's 超过 is no act of the count)."""
    modifiers = frozenset(rule.name for rule in lx.exclusion_rules if rule.modifier)
    if not modifiers:
        return find_figures(clean, lx), []
    every = find_figures(clean, lx, keep_rules=modifiers)   # (not every excluded one: a page may hold millions)
    bounds = [(f.qualifier_start, f.qualifier_end) for f in every if f.excluded_by in modifiers]
    return [f for f in every if f.is_claim], bounds


def extract_text(text: str, doc: str = "-", *, lexicon: Lexicon | None = None, year: int | None = None,
                 derived: bool = False) -> list[dict]:
    """All claims in ``text`` as records (dicts in schema order). ``derived=True`` adds the
    computed records (rates from a total and its part), marked ``derived: true``."""
    return [c.to_dict() for c in extract_claims(text, doc, lexicon=lexicon, year=year)
            if derived or not c.derived]


def extract_claims(text: str, doc: str = "-", *, lexicon: Lexicon | None = None, year: int | None = None) -> list[Claim]:
    lx = lexicon or load_lexicon()
    norm = normalize(text, lx)
    clean = norm.clean
    table_figs = table_figures(norm, lx)
    found, bounds = _figures_and_bounds(clean, lx)
    figures = _with_table_figures(found, table_figs) if table_figs else found
    if not figures:
        return []
    doc_hash = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    ctx = DocumentContext(norm, doc, lx, year=year)
    sentences = sentence_spans(clean)
    sent_starts = [s for s, _ in sentences]
    by_sentence: dict[int, list] = {}
    for fig in figures:
        si = bisect_right(sent_starts, fig.start) - 1
        if si < 0 or fig.start >= sentences[si][1]:
            continue  # cannot happen: sentences tile the clean text
        by_sentence.setdefault(si, []).append(fig)
    claims: list[Claim] = []
    totals: dict[str, str] = {}   # unit -> action of its first figure in the paragraph's last sentence with one
    counted: dict[str, str] = {}  # unit -> what the paragraph's last count in it counted
    paragraph = -1
    for si, figs in by_sentence.items():
        s_start, s_end = sentences[si]
        block = bisect_right(norm.block_starts, s_start)
        if block != paragraph:
            totals, counted, paragraph = {}, {}, block
        prose = [f for f in figs if f.table is None] if table_figs else figs
        times = ctx.time_spans(s_start, s_end)
        governed = assemble(clean, s_start, s_end, prose, lx, strip_subject=ctx.strip_subject, totals=totals,
                            time_spans=times,
                            bounds=[span for span in bounds if s_start <= span[0] < s_end] if bounds else ()) if prose else []
        if len(prose) < len(figs):
            # a table's cell takes its action and object from its column and row
            by_prose = iter(governed)
            governed = [Governed(*f.table[:2]) if f.table is not None else next(by_prose) for f in figs]
        firsts: dict[str, str] = {}   # (the total comes first: 收入完成12.36亿元，同比增收0.96亿元)
        for fig, gov in zip(figs, governed):
            if gov.action:
                firsts.setdefault(fig.unit, gov.action)
            if fig.kind == "count" and gov.object:
                names_only_its_act = gov.action.endswith(gov.object)   # (整改销号82个: 销号)
                if names_only_its_act and fig.unit in counted:
                    # 收到代表建议186件。目前已办结171件: a count that names only its act counts
                    # what the paragraph's last count in its unit counted
                    gov.object = counted[fig.unit]
                elif not names_only_its_act:
                    counted[fig.unit] = gov.object
        totals.update(firsts)
        sentence = clean[s_start:s_end].strip()
        made = len(claims)
        for fig, gov in zip(figs, governed):
            start, end = norm.span_to_original(fig.start, fig.end)
            c = ctx.describe(fig, s_start, s_end)
            claims.append(Claim(
                id=claim_id(doc_hash, start, end), doc=doc, article=c.article, headline=c.headline,
                start=start, end=end, text=text[start:end], value=fig.value, value_max=fig.value_max,
                approx=fig.approx, unit=fig.unit, kind=fig.kind, action=gov.action,
                object=cjk_brackets(ctx.resolve_object(gov.object, fig.start)),
                actor=cjk_brackets(c.actor), time=c.time, period_start=c.period_start, period_end=c.period_end,
                category=c.category, sentence=sentence, flags=[], duplicate_of=None, derived=False,
            ))
        respectively = next((w for w in lx.respectively if w in sentence), "")
        if respectively:
            _distribute_joint_actors(claims[made:], figs, clean, s_start, s_end, respectively)
            _places_after_respectively(claims[made:], figs, clean, s_start, s_end, respectively, ctx, lx)
            _places_listed_before_respectively(claims[made:], figs, clean, s_start, s_end, respectively, ctx, lx)
        _places_before_their_figures(claims[made:], figs, clean, ctx)
        _actor_out_of_object(claims[made:], figs, clean, s_start, ctx)
        _place_opening_its_topic(claims[made:], figs, clean, s_start, times, ctx)
        _bodies_counted_in_the_subject(claims[made:], figs, clean, s_start, ctx, lx)
        _change_in_object(claims[made:], figs, clean, s_start, lx)   # (last: the steps above read the bare object)
    claims.sort(key=lambda c: c.start)
    return check_document(claims, norm, lx)


def _change_in_object(made: list[Claim], figs: list[Figure], clean: str, s_start: int, lx: Lexicon) -> None:
    """一般公共预算收入8.62亿元，同比增长6.8%: a figure right after a change verb (and the comparison
    before it) names that change after its object, in brackets (一般公共预算收入（同比增长）,
    资金（比上年增加） of 比上年增加3000万元; `change_verbs` in verbs.toml)."""
    for claim, fig in zip(made, figs):
        if not claim.object or claim.object.endswith("）"):
            continue
        change = rate_of_change(clean, s_start, fig.start, lx)   # (the phrase holds no clause mark)
        if change:
            claim.object = f"{claim.object}（{change}）"


def _places_before_their_figures(made: list[Claim], figs: list[Figure], clean: str, ctx: DocumentContext) -> None:
    """转移群众5.8万人，其中岱南县2.1万人、石屿县1.6万人: a place right before a figure, with no
    verb between (the figure's object came out as the place), is whom the figure is of; what it
    counts is what the sentence's figure before it in that unit counts. A ranking's place before
    its figure in brackets (红榜：桐木镇茶园村(96.2分)、白鹭乡塘湾村(95.4分)) is whose the figure is."""
    places = [ctx.listed_place(claim.object, fig.qualifier_start - len(claim.object))
              if claim.object and clean.endswith(claim.object, 0, fig.qualifier_start) else ""
              for fig, claim in zip(figs, made)]
    for k, (fig, claim) in enumerate(zip(figs, made)):
        if not places[k]:
            end = fig.qualifier_start - 1
            if claim.object and clean[end:end + 1] == "(" and clean.endswith(claim.object, 0, end):
                place = ctx.place_chain(claim.object, end - len(claim.object))
                if place:
                    claim.actor = place
            continue
        total = next((made[i].object for i in range(k - 1, -1, -1) if figs[i].unit == fig.unit and not places[i]), "")
        claim.actor = places[k]
        if total:
            claim.object = total


def _actor_out_of_object(made: list[Claim], figs: list[Figure], clean: str, s_start: int, ctx: DocumentContext) -> None:
    """鹿鸣县前三季度新改建户厕4862户, 北岭区综合得分89.6分: an object that opens with the place that
    is the claim's actor (and a time phrase after it) is what follows them: the place acts, it is
    not part of what is counted."""
    for fig, claim in zip(figs, made):
        obj, actor = claim.object, claim.actor
        if not actor or len(obj) < len(actor) + 2 or not obj.startswith(actor):
            continue
        pos = clean.rfind(obj, s_start, fig.start)
        if pos < 0 or not ctx.place_name(actor, pos):
            continue
        rest = ctx.strip_subject(obj[len(actor):], at=pos + len(actor))
        if len(rest) >= 2:
            claim.object = rest


def _place_opening_its_topic(made: list[Claim], figs: list[Figure], clean: str, s_start: int,
                             times: list[tuple[int, int]], ctx: DocumentContext) -> None:
    """1—11月，澄阳市全社会用电量达186.4亿千瓦时: a place that opens its clause (after a time
    phrase) with what is measured after it, and no verb between, is whose the figure is; what is
    measured is the rest (not 澄阳市供电公司…, 沙河镇冷链物流园项目…: a body or a site named after
    the place is a name of its own). ``times``: the sentence's time phrases."""
    for fig, claim in zip(figs, made):
        obj = claim.object
        if len(obj) < 4 or obj.startswith(claim.actor or "\0"):
            continue
        pos = clean.rfind(obj, s_start, fig.start)
        if pos < 0:
            continue
        head = clause_start(clean, s_start, pos)
        if head < pos and not any(a == head and b == pos for a, b in times):
            continue   # (only a time phrase may stand before the place)
        place, k = ctx.place_opening(obj, pos)
        rest = obj[k:]
        # (what is measured opens with a word: not 梅溪县|一家砖瓦企业…, 石门乡|、白沙乡…)
        if place and "\u4e00" <= rest[0] <= "\u9fff" and rest[0] not in CN_DIGIT_CHARS and not ctx.holds_a_name(rest):
            claim.actor, claim.object = place, rest


def _bodies_counted_in_the_subject(made: list[Claim], figs: list[Figure], clean: str, s_start: int,
                                   ctx: DocumentContext, lx: Lexicon) -> None:
    """白沙渡镇省级专精特新企业增至9家: a subject that is a place and a kind of body, right before a
    verb of reaching and a count of bodies, is the place's figure of that kind (the object came
    out as the verb alone: the whole subject was read as one body's name)."""
    for fig, claim in zip(figs, made):
        act = claim.action
        if (act != claim.object or act not in lx.counted_subject_verbs or fig.unit not in lx.counted_subject_units
                or not claim.actor):
            continue
        at = clean.rfind(act, s_start, fig.start)
        head = clause_start(clean, s_start, at) if at > s_start else s_start
        subject = clean[head:at]
        if not subject or not claim.actor.endswith(subject[-2:]):
            continue
        place, k = ctx.place_opening(subject, head)
        # (not where a body is named inside: 石湾区供电公司|充电站增至46个 is the company's)
        if place and len(subject) - k >= 2 and not ctx.holds_a_name(subject[k:-1]):
            claim.actor, claim.object = place, subject[k:]


def _places_after_respectively(made: list[Claim], figs: list[Figure], clean: str, s_start: int, s_end: int,
                               word: str, ctx: DocumentContext, lx: Lexicon) -> None:
    """县级配套资金分别为：柘阳县0.9亿元、白石县0.7亿元: after 分别 a place right before a figure is
    who the figure is of; what is measured is the topic before 分别 (its clause up to the word)."""
    j = clean.find(word, s_start, s_end)
    if j < 0:
        return
    topic_start = clause_start(clean, s_start, j)
    topic = trim_object(clean[topic_start:j], lx)
    for fig, claim in zip(figs, made):
        # (凤岗乡(99.2%)、竹坪乡(98.8%): the figure may stand in brackets after its place)
        end = fig.qualifier_start - 1 if clean[fig.qualifier_start - 1:fig.qualifier_start] == "(" else fig.qualifier_start
        if fig.start <= j or not claim.object:
            continue
        place = ctx.place_name(claim.object, end - len(claim.object)) if clean.endswith(claim.object, 0, end) else ""
        if not place and end < fig.qualifier_start:
            place = ctx.place_ending_at(end)
        if place:
            claim.actor, claim.object = place, cjk_brackets(topic) or claim.object


def _places_listed_before_respectively(made: list[Claim], figs: list[Figure], clean: str, s_start: int, s_end: int,
                                       word: str, ctx: DocumentContext, lx: Lexicon) -> None:
    """梁家滩镇、红泉镇税收收入分别为4860万元和3120万元: places listed before what is measured and
    分别 are, in order, whom the figures after it are of; the noun after the last place is what
    they measure (where the places act, 石门镇、落霞镇分别新建…, the joint actor is split instead)."""
    j = clean.find(word, s_start, s_end)
    if j < 0:
        return
    clause_end = min((k for k in (clean.find(mark, j, s_end) for mark in CLAUSE_MARKS) if k >= 0), default=s_end)
    after = [claim for fig, claim in zip(figs, made) if j < fig.start < clause_end]
    topic_start = clause_start(clean, s_start, j)
    items = clean[topic_start:j].split("、")
    if len(items) < 2 or len(items) != len(after):
        return
    places, pos = [], topic_start
    for item in items[:-1]:
        place = ctx.place_name(item, pos)
        if not place:
            return
        places.append(place)
        pos += len(item) + 1
    last = items[-1]
    # (the longest opening of the last item that is a place, with a noun of two characters or more after it)
    for k in range(len(last) - 2, 1, -1):
        place = ctx.place_name(last[:k], pos)
        if place:
            noun = cjk_brackets(trim_object(last[k:], lx))
            if len(noun) < 2:
                return
            for claim, name in zip(after, places + [place]):
                claim.actor, claim.object = name, noun
            return


def _distribute_joint_actors(made: list[Claim], figs: list[Figure], clean: str, s_start: int, s_end: int,
                             word: str) -> None:
    """城东街道、城西街道…分别完成老旧小区改造12个、9个: the names of a joint actor are paired, in
    order, with the figures of each unit after 分别 (``respectively`` in verbs.toml)."""
    j = clean.find(word, s_start, s_end)
    if j < 0:
        return
    groups: dict[tuple[str, str], list[Claim]] = {}
    for fig, claim in zip(figs, made):
        if fig.start > j and "、" in claim.actor:
            groups.setdefault((fig.unit, claim.actor), []).append(claim)
    for (_unit, actor), group in groups.items():
        parts = actor.split("、")
        if len(parts) == len(group):
            for claim, part in zip(group, parts):
                claim.actor = part
