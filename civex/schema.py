"""The claim record: one schema, defined here once.

Every output (table, JSON Lines, JSON, CSV, xlsx, SQLite, Parquet, the Dask
``meta``) derives its columns, order and types from ``CLAIM_FIELDS``.
"""
from __future__ import annotations

from dataclasses import dataclass

# (name, type, nullable, description). Types: str, int, float, bool, list (of str).
CLAIM_FIELDS: list[tuple[str, str, bool, str]] = [
    ("id", "str", False, "stable claim id: hash of the document's text and the offsets"),
    ("doc", "str", False, "document name (file path as given, or '-' for standard input)"),
    ("article", "int", True, "index of the article within the document (0-based)"),
    ("headline", "str", False, "headline of the article (main / sub), '' when none"),
    ("start", "int", False, "start offset of the quantity in the original decoded text"),
    ("end", "int", False, "end offset (exclusive): text == original[start:end]"),
    ("text", "str", False, "the quantity as printed, spaces and line breaks included"),
    ("value", "float", False, "the number, fully expanded (1.28亿元 -> 128000000)"),
    ("value_max", "float", True, "upper bound of a range (3至5个), else null"),
    ("approx", "str", False, "exact | more_than | about | nearly | at_most | less_than"),
    ("unit", "str", False, "canonical unit or classifier (处, 元, %, 平方米 …)"),
    ("kind", "str", False, "count | money | percent | area | length | weight | rank | other"),
    ("action", "str", False, "the verb that governs the quantity, '' when none"),
    ("object", "str", False, "what is counted"),
    ("actor", "str", False, "who the claim is attributed to (该区 resolved), '' when unknown"),
    ("time", "str", False, "time scope as written (7月以来, 截至目前), '' when none"),
    ("period_start", "str", True, "ISO date the time scope starts, when known"),
    ("period_end", "str", True, "ISO date the time scope ends, when known"),
    ("category", "str", False, "campaign domain from the category rules, '' when unknown"),
    ("sentence", "str", False, "the sentence, normalized (hard wraps and OCR spaces removed)"),
    ("flags", "list", False, "data-quality flags: duplicate, unit_suspect, part_exceeds_total"),
    ("duplicate_of", "str", True, "id of the first claim this one repeats"),
    ("derived", "bool", False, "true for records computed from others (rates)"),
]

FIELD_NAMES = [f[0] for f in CLAIM_FIELDS]

ARTICLE_FIELDS: list[tuple[str, str, bool, str]] = [
    ("doc", "str", False, "document name"),
    ("article", "int", False, "index within the document (0-based)"),
    ("headline", "str", False, "main headline / sub headline"),
    ("reporter", "str", False, "reporter name(s), comma separated"),
    ("date", "str", True, "first date in the body as MM-DD"),
    ("iso_date", "str", True, "full ISO date when the year is known"),
    ("start", "int", False, "start offset of the article in the original text"),
    ("end", "int", False, "end offset (exclusive)"),
    ("claims", "int", False, "number of claims in the article"),
]
ARTICLE_FIELD_NAMES = [f[0] for f in ARTICLE_FIELDS]


@dataclass
class Claim:
    id: str
    doc: str
    article: int | None
    headline: str
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    approx: str
    unit: str
    kind: str
    action: str
    object: str
    actor: str
    time: str
    period_start: str | None
    period_end: str | None
    category: str
    sentence: str
    flags: list
    duplicate_of: str | None
    derived: bool

    def to_dict(self) -> dict:
        # the instance dict holds exactly the fields, in field order (checked below)
        return dict(self.__dict__)


assert list(Claim.__dataclass_fields__) == FIELD_NAMES, "Claim and CLAIM_FIELDS disagree"
assert list(vars(Claim(*FIELD_NAMES))) == FIELD_NAMES, "Claim instances hold other attributes"
