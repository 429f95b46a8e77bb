"""Data-quality flags and derived figures.

Per document (called once at the end of :func:`civex.extract.extract_claims`):

- ``duplicate``: the same sentence and figure printed again on the page; the copy gets
  ``duplicate_of`` = id of the first one.
- ``unit_suspect``: a figure printed without 万/亿 among neighbours in the same unit that
  all carry one, and orders of magnitude smaller (``支出完成36271元`` next to ``1894万元``).
- ``part_exceeds_total``: a part larger than its total (same sentence, same unit).
- derived rates: a total and a part given together (``共155起，化解153起``) add a
  record with ``derived: true``, value ``part / total * 100`` rounded to one decimal,
  unit ``%``, kind ``percent``, spanning both source figures.

Across documents, :class:`DuplicateTracker` (used by :func:`civex.api.iter_claims` and the
CLI) flags a sentence and figure already seen in an earlier input. The cue words and
thresholds are data: ``civex/lexicon/checks.toml``.
"""
from __future__ import annotations

import math

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import Lexicon, compile_pattern, load_lexicon
from .normalize import fold
from .segment import sentence_spans

DUPLICATE = "duplicate"
UNIT_SUSPECT = "unit_suspect"
PART_EXCEEDS_TOTAL = "part_exceeds_total"


@dataclass(frozen=True)
class _Rules:
    total: regex.Pattern | None
    part: regex.Pattern | None
    skip_rate_units: frozenset
    decimals: int
    scale_chars: frozenset
    ratio: float
    window: int
    min_sentence: int


def _either(patterns) -> regex.Pattern | None:
    patterns = list(patterns)
    return compile_pattern("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@lru_cache(maxsize=8)
def rules(lexicon: Lexicon) -> _Rules:
    raw = lexicon.raw.get("checks", {})
    us = raw.get("unit_suspect", {})
    rate = raw.get("rate", {})
    return _Rules(
        total=_either(raw.get("total", {}).get("cues", [])),
        part=_either(raw.get("part", {}).get("cues", [])),
        skip_rate_units=frozenset(rate.get("skip_units", [])),
        decimals=int(rate.get("decimals", 1)),
        scale_chars=frozenset("".join(us.get("scale_chars", ["万", "亿"]))),
        ratio=float(us.get("ratio", 100)),
        window=int(us.get("window", 1)),
        min_sentence=int(raw.get("duplicate", {}).get("min_sentence", 8)),
    )


def clean_form(s: str) -> str:
    """A quantity as printed, compared without white space and with folded forms."""
    return fold("".join(s.split()))


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _add_flag(claim, flag: str) -> None:
    if flag not in claim.flags:
        claim.flags.append(flag)


# ---------------------------------------------------------------- per document

def check_document(claims: list, norm, lexicon: Lexicon | None = None) -> list:
    """Flag ``claims`` (schema.Claim objects of one document, sorted by start) in place and
    return them with the derived rate records added, sorted by start."""
    if not claims:
        return claims
    lx = lexicon or load_lexicon()
    r = rules(lx)
    clean = norm.clean
    sentences = sentence_spans(clean)
    sent_starts = [s for s, _ in sentences]
    # clean position of each claim, its sentence index and its printed form
    placed = []
    for c in claims:
        if c.derived:
            continue
        cs = norm.to_clean(c.start)
        ce = norm.to_clean(c.end - 1) + 1
        si = bisect_right(sent_starts, cs) - 1
        placed.append((c, cs, ce, si, clean_form(c.text)))
    _mark_duplicates(placed, r)
    _mark_unit_suspects(placed, r)
    derived = _parts_and_totals(placed, clean, sentences, norm.original, r)
    if derived:
        claims = sorted(claims + derived, key=lambda c: (c.start, c.end))
    return claims


def _mark_duplicates(placed, r: _Rules) -> None:
    seen: dict[tuple, str] = {}
    counts: dict[tuple, int] = {}
    for c, _cs, _ce, si, form in placed:
        if len(c.sentence) < r.min_sentence:
            continue
        k = counts[(si, form)] = counts.get((si, form), -1) + 1
        key = (c.sentence, form, k)
        if key in seen:
            _add_flag(c, DUPLICATE)
            c.duplicate_of = seen[key]
        else:
            seen[key] = c.id


def _scaled(form: str, r: _Rules) -> bool:
    return not r.scale_chars.isdisjoint(form)


def _mark_unit_suspects(placed, r: _Rules) -> None:
    # per (unit, sentence): how many figures, how many printed without 万/亿, and the
    # smallest value of those printed with one; a figure then asks its window in O(window)
    stats: dict[tuple, list] = {}
    scaled: dict[int, bool] = {}
    for c, _cs, _ce, si, form in placed:
        scaled[id(c)] = _scaled(form, r)
        st = stats.setdefault((c.unit, si), [0, 0, math.inf])
        st[0] += 1
        if scaled[id(c)]:
            st[2] = min(st[2], c.value)
        else:
            st[1] += 1
    for c, _cs, _ce, si, _form in placed:
        if c.kind in ("percent", "rank") or scaled[id(c)] or c.value <= 0:
            continue
        if stats[(c.unit, si)][0] < 2:
            continue   # no other figure of this unit in its own sentence
        window = [w for s in range(si - r.window, si + r.window + 1) if (w := stats.get((c.unit, s)))]
        if sum(w[1] for w in window) != 1:
            continue   # another figure nearby is printed without 万/亿 too
        if c.value * r.ratio <= min(w[2] for w in window):
            _add_flag(c, UNIT_SUSPECT)


def _lead(clean: str, sent_start: int, prev_end: int | None, start: int) -> str:
    return clean[max(sent_start, prev_end or 0):start]


def _parts_and_totals(placed, clean: str, sentences, original: str, r: _Rules) -> list:
    from .schema import Claim

    derived = []
    by_sentence: dict[int, list] = {}
    for item in placed:
        by_sentence.setdefault(item[3], []).append(item)
    for si, items in by_sentence.items():
        s_start = sentences[si][0]
        roles = []
        prev_end = None
        for c, cs, ce, _si, _form in items:
            lead = _lead(clean, s_start, prev_end, cs)
            if r.total is not None and r.total.search(lead):
                roles.append("total")
            elif r.part is not None and r.part.search(lead):
                roles.append("part")
            else:
                roles.append("")
            prev_end = ce
        for i, (part, _cs, _ce, _si, _form) in enumerate(items):
            if roles[i] != "part" or part.unit in r.skip_rate_units:
                continue
            total = None
            for j in range(i - 1, -1, -1):  # nearest cued total before it, same unit
                if roles[j] == "total" and items[j][0].unit == part.unit:
                    total = items[j][0]
                    break
            if total is None:  # else the nearest figure before it in that unit that is no part
                for j in range(i - 1, -1, -1):
                    if items[j][0].unit == part.unit and roles[j] != "part":
                        total = items[j][0]
                        break
            if total is None or total.value <= 0 or total.value_max is not None or part.value_max is not None:
                continue
            if part.value > total.value:
                _add_flag(part, PART_EXCEEDS_TOTAL)
                continue
            start, end = min(total.start, part.start), max(total.end, part.end)
            exact = total.approx == "exact" and part.approx == "exact"
            derived.append(Claim(
                id=_digest("rate", total.id, part.id)[:16], doc=part.doc, article=part.article,
                headline=part.headline, start=start, end=end, text=original[start:end],
                value=round(part.value / total.value * 100, r.decimals), value_max=None,
                approx="exact" if exact else "about", unit="%", kind="percent",
                action=part.action, object=part.object, actor=part.actor, time=part.time,
                period_start=part.period_start, period_end=part.period_end, category=part.category,
                sentence=part.sentence, flags=[], duplicate_of=None, derived=True,
            ))
    return derived


# ---------------------------------------------------------------- across documents

class DuplicateTracker:
    """Remembers the sentences and figures of the documents seen so far, so that a repeat
    in a later input file is flagged ``duplicate`` with ``duplicate_of`` the first id.

    Feed it each document's records, in input order: ``records = tracker.mark(records)``.
    It keeps one short digest per claim, not the records.
    """

    def __init__(self, min_sentence: int | None = None, lexicon: Lexicon | None = None):
        self.min_sentence = min_sentence if min_sentence is not None else rules(lexicon or load_lexicon()).min_sentence
        self.seen: dict[str, str] = {}

    def mark(self, records: list[dict]) -> list[dict]:
        counts: dict[tuple, int] = {}
        new: dict[str, str] = {}
        first_of: dict[str, str] = {}   # within-page first id -> earlier-file id
        for rec in records:
            if rec.get("derived") or len(rec.get("sentence") or "") < self.min_sentence:
                continue
            if DUPLICATE in (rec.get("flags") or []):
                continue  # a repeat on its own page; resolved below
            form = clean_form(rec.get("text") or "")
            k = counts[(rec["sentence"], form)] = counts.get((rec["sentence"], form), -1) + 1
            key = _digest(rec["sentence"], form, k)
            if key in self.seen:
                rec["flags"] = list(rec.get("flags") or []) + [DUPLICATE]
                rec["duplicate_of"] = self.seen[key]
                first_of[rec["id"]] = self.seen[key]
            else:
                new.setdefault(key, rec["id"])
        for rec in records:
            if rec.get("duplicate_of") in first_of:
                rec["duplicate_of"] = first_of[rec["duplicate_of"]]
        self.seen.update(new)
        return records


__all__ = ["check_document", "DuplicateTracker", "clean_form", "DUPLICATE", "UNIT_SUSPECT", "PART_EXCEEDS_TOTAL"]
