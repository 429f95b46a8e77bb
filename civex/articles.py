"""Articles of a page: which blocks, which headline, reporter and date.

The page's own layout decides where headlines belong: a page that opens with a
headline puts headlines *before* their articles (a trailing headline at the page
end still goes to the last article); a page that opens with a dateline
(``本报讯…``) prints them *after* the body, as hard-wrapped OCR columns do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex

from .lexicon import Lexicon, load_lexicon
from .normalize import Normalized, normalize
from .schema import ARTICLE_FIELD_NAMES

_Date = date   # (inside Article, ``date`` is the field of that name)

_MONTH_DAY = regex.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")
_FULL_DATE = regex.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号]")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass
class Article:
    index: int
    blocks: list[int] = field(default_factory=list)        # block indices, body and headline
    headline_blocks: list[int] = field(default_factory=list)
    headline: str = ""
    reporter: str = ""
    date: str | None = None          # MM-DD
    iso_date: str | None = None
    start: int = 0                   # original offsets
    end: int = 0
    clean_start: int = 0             # clean offsets
    clean_end: int = 0

    def page_date(self) -> _Date | None:
        return date.fromisoformat(self.iso_date) if self.iso_date else None


def _group(norm: Normalized) -> list[tuple[str, list[int]]]:
    """Consecutive headline/heading blocks as one ('headline', [...]) item; bodies one by one."""
    items: list[tuple[str, list[int]]] = []
    for i, b in enumerate(norm.blocks):
        if b.kind == "masthead":
            continue   # the page's header belongs to no article
        if b.kind in ("headline", "heading"):
            if items and items[-1][0] == "headline":
                items[-1][1].append(i)
            else:
                items.append(("headline", [i]))
        else:
            items.append(("body", [i]))
    return items


def split_articles(norm: Normalized, lexicon: Lexicon | None = None, *, year: int | None = None,
                   doc: str = "") -> list[Article]:
    lexicon = lexicon or load_lexicon()
    items = _group(norm)
    if not items:
        return []
    # (a column's label may stand above the first headline: 【民生访谈】|“让山里娃…”|——访…)
    headlines_first = next((kind for kind, idx in items
                            if not (kind == "body" and norm.blocks[idx[0]].kind == "section")), "") == "headline"
    articles: list[Article] = []
    cur: Article | None = None
    closed = False   # headlines-after layout: the current article got its headline

    def new() -> Article:
        a = Article(index=len(articles))
        articles.append(a)
        return a

    def has_body(a: Article | None) -> bool:
        return a is not None and any(norm.blocks[i].kind in ("body", "item") for i in a.blocks)

    for pos, (kind, idx) in enumerate(items):
        if kind == "headline":
            if headlines_first:
                last = pos == len(items) - 1
                if last and cur is not None:
                    # a headline at the page end: the last article printed without one
                    owner = next((a for a in reversed(articles) if not a.headline_blocks), cur)
                    owner.blocks += idx
                    owner.headline_blocks += idx
                    continue
                if has_body(cur) or cur is None:
                    cur = new()
                cur.blocks += idx
                cur.headline_blocks += idx
            else:
                if cur is None:
                    cur = new()
                cur.blocks += idx
                cur.headline_blocks += idx
                closed = True
            continue
        block = norm.blocks[idx[0]]
        if cur is None or (block.dateline and has_body(cur)) or (not headlines_first and closed):
            cur = new()
            closed = False
        cur.blocks += idx

    page_year = year or _year_from_name(doc) or _year_from_page(norm.clean)
    for a in articles:
        a.blocks.sort()
        first, last = a.blocks[0], a.blocks[-1]
        a.start, a.end = norm.blocks[first].start, norm.blocks[last].end
        a.clean_start = norm.block_starts[first]
        a.clean_end = _block_clean_end(norm, last)
        a.headline = " / ".join(_headline_text(norm, i) for i in a.headline_blocks)
        body = [i for i in a.blocks if i not in a.headline_blocks]
        a.reporter = _reporter(norm, body, lexicon)
        for i in body:
            m = _MONTH_DAY.search(norm.clean, norm.block_starts[i], _block_clean_end(norm, i))
            if m:
                month, day = int(m.group(1)), int(m.group(2))
                if 1 <= month <= 12 and 1 <= day <= 31:
                    a.date = f"{month:02d}-{day:02d}"
                    if page_year:
                        try:
                            a.iso_date = date(page_year, month, day).isoformat()
                        except ValueError:
                            pass
                break
    return articles


def _block_clean_end(norm: Normalized, i: int) -> int:
    return norm.block_starts[i + 1] - 1 if i + 1 < len(norm.blocks) else len(norm.clean)


def _headline_text(norm: Normalized, i: int) -> str:
    b = norm.blocks[i]
    raw = norm.original[b.start:b.end].lstrip("#")
    return " ".join(raw.split())


_PAREN = regex.compile(r"\(([^()]{2,40})\)")
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=8)
def _credit_patterns(lexicon: Lexicon) -> tuple:
    lay = lexicon.raw["layout"]
    return (regex.compile(lay["reporter"]), regex.compile(lay["caption_credit"]),
            regex.compile(lay["byline"]) if lay.get("byline") else None)


def _reporter(norm: Normalized, body: list[int], lexicon: Lexicon) -> str:
    pattern, credit, byline = _credit_patterns(lexicon)
    names: list[str] = []
    for i in body:
        b = norm.blocks[i]
        text = norm.clean[norm.block_starts[i]:_block_clean_end(norm, i)]
        if b.dateline:
            paren = _PAREN.search(text[:60])
            head = paren.group(1) if paren else (text if byline and byline.match(text) else "")
            for m in pattern.finditer(head):
                for name in _SPACES.split(m.group(1).strip()):
                    if name and name not in names:
                        names.append(name)
            if names:
                break
        if not names:
            m = credit.search(text)
            if m:
                names.append(m.group(1))
    return ", ".join(names)


def _year_from_name(doc: str) -> int | None:
    m = _YEAR_IN_NAME.search(doc.rsplit("/", 1)[-1]) if doc else None
    return int(m.group(1)) if m else None


def _year_from_page(clean: str) -> int | None:
    m = _FULL_DATE.search(clean)
    return int(m.group(1)) if m else None


def page_year(norm: Normalized, doc: str = "", year: int | None = None) -> int | None:
    return year or _year_from_name(doc) or _year_from_page(norm.clean)


def articles_of(text: str, doc: str = "-", *, lexicon: Lexicon | None = None, year: int | None = None,
                claims: list[dict] | None = None) -> list[dict]:
    """One record per article (fields: schema.ARTICLE_FIELDS). ``claims`` (the document's
    claim records) fills the per-article claim count."""
    lexicon = lexicon or load_lexicon()
    norm = normalize(text, lexicon)
    counts: dict[int, int] = {}
    for c in claims or []:
        if c.get("article") is not None and not c.get("derived"):
            counts[c["article"]] = counts.get(c["article"], 0) + 1
    out = []
    for a in split_articles(norm, lexicon, year=year, doc=doc):
        rec = dict.fromkeys(ARTICLE_FIELD_NAMES)
        rec.update(doc=doc, article=a.index, headline=a.headline, reporter=a.reporter, date=a.date,
                   iso_date=a.iso_date, start=a.start, end=a.end, claims=counts.get(a.index, 0))
        out.append(rec)
    return out
