"""Writing records: JSON Lines, JSON, CSV and a rich table, all from the schema.

Writers take an iterable of records and stream them (one record in memory at a
time) except the table, which a person reads on a terminal anyway.
"""
from __future__ import annotations

import csv
import json
import math
from typing import IO, Iterable

from .schema import CLAIM_FIELDS, FIELD_NAMES

FORMATS = ("table", "jsonl", "json", "csv", "xlsx", "sqlite")   # xlsx, sqlite: files only (civex/export.py)


def _jsonable(value):
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def record_json(record: dict, fields=FIELD_NAMES) -> str:
    return json.dumps({k: _jsonable(record.get(k)) for k in fields}, ensure_ascii=False)


def write_jsonl(records: Iterable[dict], out: IO[str], fields=FIELD_NAMES) -> int:
    n = 0
    for r in records:
        out.write(record_json(r, fields) + "\n")
        n += 1
    return n


def write_json(records: Iterable[dict], out: IO[str], fields=FIELD_NAMES) -> int:
    """One JSON array, written record by record."""
    n = 0
    out.write("[")
    for r in records:
        out.write(("\n" if n == 0 else ",\n") + record_json(r, fields))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    value = _jsonable(value)
    return str(value)


def write_csv(records: Iterable[dict], out: IO[str], fields=FIELD_NAMES) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(fields)
    n = 0
    for r in records:
        w.writerow([csv_cell(r.get(k)) for k in fields])
        n += 1
    return n


TABLE_COLUMNS = ["doc", "text", "value", "approx", "unit", "kind", "action", "object", "actor", "time"]
# on a terminal narrower than WIDE_TERMINAL the table keeps only these
NARROW_COLUMNS = ["text", "value", "unit", "action", "object", "actor", "time"]
WIDE_TERMINAL = 120


# share of the width each column gets, and the least it gets: the columns fill the terminal
# in these proportions and wrap within them
_RATIO = {"doc": 2, "text": 2, "value": 2, "approx": 2, "unit": 2, "kind": 2, "action": 2, "object": 4,
          "actor": 3, "time": 2, "headline": 5, "reporter": 2, "article": 1, "date": 1, "claims": 1}
_MIN_WIDTH = {"unit": 3, "action": 4, "object": 6, "actor": 4, "time": 4, "approx": 5, "kind": 5}


def write_table(records: Iterable[dict], console, columns=None, title: str | None = None) -> int:
    from rich.table import Table

    if columns is None:
        columns = TABLE_COLUMNS if console.width >= WIDE_TERMINAL else NARROW_COLUMNS
    table = Table(title=title, show_lines=False, header_style="bold", expand=True)
    for c in columns:
        table.add_column(c, overflow="fold", ratio=_RATIO.get(c, 2), min_width=_MIN_WIDTH.get(c),
                         justify="right" if c in ("value", "article", "claims") else "left")
    n = 0
    for r in records:
        row = []
        for c in columns:
            v = r.get(c)
            if c == "doc":
                v = str(v).rsplit("/", 1)[-1].rsplit(".", 1)[0]
            elif c == "text":
                v = " ".join(str(v).split())
            row.append(csv_cell(v))
        table.add_row(*row)
        n += 1
    console.print(table)
    return n


def describe_fields(fields=CLAIM_FIELDS) -> str:
    return "\n".join(f"  {name:<13}{desc}" for name, _t, _n, desc in fields)
