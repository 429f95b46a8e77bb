"""Claim context: article, headline, actor, time scope, category.

Filled in by the context stage; for now it gives each claim the neutral values
of the schema and strips obvious subjects from objects.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_SUBJECT = regex.compile(r"^(?:该|全|我|本)(?:区|县|市|镇|乡|街道|村|局|委|社区)")


@dataclass
class ClaimContext:
    article: int | None = None
    headline: str = ""
    actor: str = ""
    time: str = ""
    period_start: str | None = None
    period_end: str | None = None
    category: str = ""


class DocumentContext:
    def __init__(self, norm, doc, lexicon, year=None):
        self.norm = norm
        self.doc = doc
        self.lexicon = lexicon
        self.year = year

    def strip_subject(self, s: str) -> str:
        return _SUBJECT.sub("", s)

    def describe(self, fig, sent_start: int, sent_end: int) -> ClaimContext:
        return ClaimContext()
