"""Exports: one schema (civex/schema.py), every format.

An exporter receives the inputs one document at a time — ``add(name, claims, text)`` —
and is finished with ``close()`` (or ``abort()`` when the run fails):

=========  ==============================================================================
suffix     what is written
=========  ==============================================================================
.jsonl     one claim per line (streamed)
.json      one array (streamed)
.csv       header + one claim per row (streamed); UTF-8 with BOM by default so that Excel
           reads the Chinese text (``bom=False`` to drop it); lists ``;``-joined
.xlsx      sheets ``claims``, ``articles``, ``summary`` (needs openpyxl:
           ``pip install 'civex[xlsx]'``); header frozen, autofilter, numbers as numbers
.sqlite    tables ``documents``, ``articles``, ``claims``; a document's rows are replaced
           when it is seen again, so a re-run does not duplicate rows; one transaction per
           run, so a run that fails leaves the database as it was; lists as JSON text
=========  ==============================================================================

The columns of every format are ``CLAIM_FIELDS`` / ``ARTICLE_FIELDS``, in order.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable

from .schema import ARTICLE_FIELDS, CLAIM_FIELDS
from .write import _jsonable, csv_cell, write_csv, write_json, write_jsonl  # noqa: F401

MISSING_OPENPYXL = "xlsx output needs openpyxl: pip install 'civex[xlsx]'"
EXPORT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
                   ".xlsx": "xlsx", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}


class ExportError(RuntimeError):
    """A one-line, user-facing reason an export cannot be written. ``code`` is the exit
    status the CLI uses: 2 for usage (unknown suffix, missing extra), 1 for I/O."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def doc_hash(text: str) -> str:
    """The content hash that keys a document (the same hash the claim ids derive from)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def format_of(path: str | os.PathLike) -> str | None:
    return EXPORT_SUFFIXES.get(Path(path).suffix.lower())


def _articles(name: str, text: str | None, claims: list[dict], lexicon=None) -> list[dict]:
    from .articles import articles_of

    if text is None:
        return []
    arts = articles_of(text, name, lexicon=lexicon, claims=claims)
    return [dict(a, doc=a.get("doc") or name) for a in arts]


class Exporter:
    """Base: receives documents, writes on close."""
    needs_text = False     # True: add() must be given the document text (articles, hashes)

    def add(self, name: str, claims: list[dict], text: str | None = None) -> None:
        raise NotImplementedError

    def add_records(self, records: Iterable[dict]) -> None:
        """Claims without their documents (e.g. read back from JSON Lines)."""
        for r in records:
            self.add(r.get("doc") or "-", [r])

    def close(self) -> None:
        pass

    def abort(self) -> None:
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self.abort()
        return False

    @property
    def count(self) -> int:
        return self._n


# ---------------------------------------------------------------- streamed text formats

class _StreamExporter(Exporter):
    def __init__(self, out: IO[str], owns: bool):
        self.out, self.owns, self._n = out, owns, 0

    def close(self) -> None:
        self._finish()
        if self.owns:
            self.out.close()
        else:
            self.out.flush()

    def _finish(self) -> None:
        pass


class JsonlExporter(_StreamExporter):
    def add(self, name, claims, text=None):
        self._n += write_jsonl(claims, self.out)


class JsonExporter(_StreamExporter):
    def __init__(self, out, owns):
        super().__init__(out, owns)
        self.out.write("[")

    def add(self, name, claims, text=None):
        from .write import record_json

        for r in claims:
            self.out.write(("\n" if self._n == 0 else ",\n") + record_json(r))
            self._n += 1

    def _finish(self):
        self.out.write("\n]\n" if self._n else "]\n")


class CsvExporter(_StreamExporter):
    def __init__(self, out, owns):
        super().__init__(out, owns)
        import csv

        from .schema import FIELD_NAMES

        self.fields = FIELD_NAMES
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(FIELD_NAMES)

    def add(self, name, claims, text=None):
        for r in claims:
            self.writer.writerow([csv_cell(r.get(k)) for k in self.fields])
            self._n += 1


# ---------------------------------------------------------------- xlsx

def require_openpyxl():
    try:
        import openpyxl
    except ImportError:
        raise ExportError(MISSING_OPENPYXL) from None
    return openpyxl


def _xlsx_cell(value, ftype: str):
    if value is None:
        return None
    if ftype == "list":
        return ";".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
    if ftype == "bool":
        return bool(value)
    if ftype == "int":
        return int(value)
    if ftype == "float":
        v = float(value)
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    return _clean_xml(str(value))


_ILLEGAL = {c: None for c in range(32) if c not in (9, 10, 13)}


def _clean_xml(s: str) -> str:
    return s.translate(_ILLEGAL)


def _display_width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


class XlsxExporter(Exporter):
    """Collects claims, articles and the per-document summary; writes the workbook on close
    (to a temporary file renamed into place, so a failed run leaves no half file)."""
    needs_text = True
    MAX_WIDTH = 60

    def __init__(self, path: str | os.PathLike, lexicon=None, summary_by=("doc",)):
        self.openpyxl = require_openpyxl()
        self.path = Path(path)
        self.lexicon = lexicon
        self.summary_by = summary_by
        self.claims: list[dict] = []
        self.articles: list[dict] = []
        self._n = 0

    def add(self, name, claims, text=None):
        self.claims.extend(claims)
        self.articles.extend(_articles(name, text, claims, self.lexicon))
        self._n += len(claims)

    def _sheet(self, wb, title: str, fields: list[tuple], rows: list[dict]):
        ws = wb.create_sheet(title)
        names = [f[0] for f in fields]
        ws.append(names)
        widths = [_display_width(n) for n in names]
        for i, r in enumerate(rows):
            cells = [_xlsx_cell(r.get(n), t) for n, t, *_ in fields]
            ws.append(cells)
            if i < 500:
                for j, c in enumerate(cells):
                    if c is not None:
                        widths[j] = max(widths[j], _display_width(str(c)))
        from openpyxl.utils import get_column_letter

        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = min(self.MAX_WIDTH, w + 2)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(rows) + 1}"
        return ws

    def close(self):
        from .summary import summarize, summary_columns

        wb = self.openpyxl.Workbook()
        wb.remove(wb.active)
        self._sheet(wb, "claims", CLAIM_FIELDS, self.claims)
        self._sheet(wb, "articles", ARTICLE_FIELDS, self.articles)
        cols = summary_columns(self.summary_by)
        types = {"claims": "int", "duplicates": "int", "sum": "float"}
        self._sheet(wb, "summary", [(c, types.get(c, "str")) for c in cols],
                    summarize(self.claims, self.summary_by, articles=self.articles))
        _atomic_save(self.path, wb.save)

    def abort(self):
        self.claims, self.articles = [], []


def _atomic_save(path: Path, save) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    try:
        save(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# ---------------------------------------------------------------- SQLite

SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "list": "TEXT"}


def _sql_columns(fields) -> str:
    return ", ".join(f'"{n}" {SQL_TYPES[t]}{"" if nullable else " NOT NULL"}' for n, t, nullable, _ in fields)


def sqlite_schema() -> list[str]:
    return [
        "CREATE TABLE IF NOT EXISTS documents (doc_hash TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "chars INTEGER, claims INTEGER NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS articles (doc_hash TEXT NOT NULL REFERENCES documents(doc_hash), "
        f"{_sql_columns(ARTICLE_FIELDS)}, PRIMARY KEY (doc_hash, article))",
        f"CREATE TABLE IF NOT EXISTS claims ({_sql_columns(CLAIM_FIELDS)}, "
        f"doc_hash TEXT REFERENCES documents(doc_hash), PRIMARY KEY (id))",
        "CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_hash)",
    ]


def _sql_value(value, ftype: str):
    if value is None:
        return None
    if ftype == "list":
        return json.dumps(list(value), ensure_ascii=False)
    if ftype == "bool":
        return int(bool(value))
    if ftype == "int":
        return int(value)
    if ftype == "float":
        return float(value)
    return str(value)


class SqliteExporter(Exporter):
    """All inputs of a run in one transaction: committed by close(), rolled back by abort()
    (or when the process dies), so a failed run leaves the database as it was. A document
    already in the database (same content hash) has its articles and claims replaced."""
    needs_text = True

    def __init__(self, path: str | os.PathLike, lexicon=None):
        self.path = str(path)
        self.lexicon = lexicon
        self._n = 0
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("BEGIN IMMEDIATE")
            for stmt in sqlite_schema():
                self.conn.execute(stmt)
        except sqlite3.Error as e:
            raise ExportError(f"{self.path}: {e}", code=1) from None
        cf = [f[0] for f in CLAIM_FIELDS]
        af = [f[0] for f in ARTICLE_FIELDS]
        self._claim_sql = (f"INSERT OR REPLACE INTO claims ({', '.join(chr(34) + n + chr(34) for n in cf)}, doc_hash) "
                           f"VALUES ({', '.join('?' * (len(cf) + 1))})")
        self._article_sql = (f"INSERT OR REPLACE INTO articles (doc_hash, {', '.join(chr(34) + n + chr(34) for n in af)}) "
                             f"VALUES ({', '.join('?' * (len(af) + 1))})")

    def add(self, name, claims, text=None):
        h = doc_hash(text) if text is not None else None
        c = self.conn
        if h is not None:
            c.execute("DELETE FROM claims WHERE doc_hash = ?", (h,))
            c.execute("DELETE FROM articles WHERE doc_hash = ?", (h,))
            c.execute("INSERT OR REPLACE INTO documents (doc_hash, name, chars, claims) VALUES (?, ?, ?, ?)",
                      (h, name, len(text), len(claims)))
            for a in _articles(name, text, claims, self.lexicon):
                c.execute(self._article_sql, [h] + [_sql_value(a.get(n), t) for n, t, *_ in ARTICLE_FIELDS])
        c.executemany(self._claim_sql, ([_sql_value(r.get(n), t) for n, t, *_ in CLAIM_FIELDS] + [h]
                                        for r in claims))
        self._n += len(claims)

    def close(self):
        if self.conn is not None:
            self.conn.execute("COMMIT")
            self.conn.close()
            self.conn = None

    def abort(self):
        if self.conn is not None:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.conn.close()
            self.conn = None


# ---------------------------------------------------------------- dispatch

def open_exporter(path: str | os.PathLike | None, fmt: str | None = None, *, bom: bool = True,
                  lexicon=None, stdout: IO[str] | None = None) -> Exporter:
    """The exporter for ``path`` (format from its suffix unless ``fmt`` is given), or for
    standard output when ``path`` is None (jsonl/json/csv only; CSV without BOM there)."""
    fmt = fmt or (format_of(path) if path is not None else "jsonl")
    if fmt is None:
        raise ExportError(f"cannot tell the format from {Path(path).name!r} "
                          f"(known suffixes: {', '.join(sorted(EXPORT_SUFFIXES))})")
    if fmt in ("xlsx", "sqlite") and path is None:
        raise ExportError(f"{fmt} output needs a file: use -o FILE.{fmt}")
    if fmt == "xlsx":
        return XlsxExporter(path, lexicon=lexicon)
    if fmt == "sqlite":
        return SqliteExporter(path, lexicon=lexicon)
    if fmt not in ("jsonl", "json", "csv"):
        raise ExportError(f"unknown export format {fmt!r}")
    if path is None:
        out, owns = (stdout or sys.stdout), False
    else:
        encoding = "utf-8-sig" if (fmt == "csv" and bom) else "utf-8"
        out, owns = open(path, "w", encoding=encoding, newline=""), True  # OSError: the caller reports it
    return {"jsonl": JsonlExporter, "json": JsonExporter, "csv": CsvExporter}[fmt](out, owns)


def export_documents(path, documents: Iterable[tuple[str, str | None, list[dict]]], *, fmt: str | None = None,
                     bom: bool = True, lexicon=None) -> int:
    """Write (name, text, claims) triples to ``path``; returns the number of claims."""
    ex = open_exporter(path, fmt, bom=bom, lexicon=lexicon)
    with ex:
        for name, text, claims in documents:
            ex.add(name, claims, text)
    return ex.count


def export_paths(paths: Iterable[str], output, *, fmt: str | None = None, bom: bool = True,
                 lexicon_files: tuple[str, ...] = (), year: int | None = None, errors: list | None = None,
                 derived: bool = False) -> int:
    """Extract ``paths`` and export every claim to ``output``."""
    from .api import iter_documents
    from .lexicon import load_lexicon
    from .read import ReadError

    def docs():
        for item, claims in iter_documents(paths, lexicon_files=lexicon_files, year=year, derived=derived):
            if isinstance(item, ReadError):
                if errors is not None:
                    errors.append(item)
                continue
            yield item.name, item.text, claims

    return export_documents(output, docs(), fmt=fmt, bom=bom, lexicon=load_lexicon(tuple(lexicon_files)))
