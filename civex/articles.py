"""Articles of a page: span, headline, reporter, date. (Filled in by the context stage.)"""
from __future__ import annotations

from .lexicon import Lexicon, load_lexicon
from .schema import ARTICLE_FIELD_NAMES


def articles_of(text: str, doc: str = "-", *, lexicon: Lexicon | None = None, year: int | None = None,
                claims: list[dict] | None = None) -> list[dict]:
    """One record per article (fields: schema.ARTICLE_FIELDS). ``claims`` (the document's
    claim records) fills the per-article claim count."""
    lexicon = lexicon or load_lexicon()
    rec = dict.fromkeys(ARTICLE_FIELD_NAMES)
    rec.update(doc=doc, article=0, headline="", reporter="", start=0, end=len(text),
               claims=len(claims) if claims is not None else 0)
    return [rec]
