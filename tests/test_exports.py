"""Every export read back (pandas, sqlite3, openpyxl) agrees with the JSON Lines output."""
import io
import json
import sqlite3

import pandas as pd
import pytest

from civex.api import iter_claims
from civex.export import ExportError, SqliteExporter, export_documents, export_paths, open_exporter
from civex.schema import ARTICLE_FIELD_NAMES, FIELD_NAMES
from conftest import SEEDS


@pytest.fixture(scope="module")
def reference():
    """The JSON Lines output of the seeds, parsed."""
    buf = io.StringIO()
    ex = open_exporter(None, "jsonl", stdout=buf)
    with ex:
        for c in iter_claims([str(SEEDS)]):
            ex.add(c["doc"], [c])
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def _export(tmp_path, suffix, **kw):
    path = tmp_path / f"claims{suffix}"
    n = export_paths([str(SEEDS)], path, **kw)
    return path, n


def test_reference_is_not_empty(reference):
    assert len(reference) > 100
    assert list(reference[0]) == FIELD_NAMES


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".csv", ".xlsx", ".sqlite"])
def test_pandas_reads_back_every_claim(tmp_path, reference, suffix):
    path, n = _export(tmp_path, suffix)
    assert n == len(reference)
    if suffix == ".jsonl":
        df = pd.read_json(path, lines=True, dtype=False)
    elif suffix == ".json":
        df = pd.read_json(path, dtype=False)
    elif suffix == ".csv":
        df = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    elif suffix == ".xlsx":
        df = pd.read_excel(path, sheet_name="claims")
    else:
        with sqlite3.connect(path) as con:
            df = pd.read_sql("SELECT * FROM claims ORDER BY doc, start, end", con)
    assert len(df) == len(reference)
    assert list(df.columns)[: len(FIELD_NAMES)] == FIELD_NAMES
    assert sorted(df["id"]) == sorted(r["id"] for r in reference)
    want = {r["id"]: r for r in reference}
    for _, row in df.iterrows():
        r = want[row["id"]]
        assert float(row["value"]) == pytest.approx(float(r["value"]))
        assert row["unit"] == r["unit"] and int(row["start"]) == r["start"]
        assert str(row["text"]) == r["text"]


def test_csv_bom_and_no_bom(tmp_path, reference):
    with_bom, _ = _export(tmp_path, ".csv")
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfid,")
    plain = tmp_path / "plain.csv"
    export_paths([str(SEEDS)], plain, bom=False)
    assert plain.read_bytes().startswith(b"id,")
    assert plain.read_bytes() == with_bom.read_bytes()[3:]


def test_csv_lists_are_semicolon_joined():
    buf = io.StringIO()
    rec = dict.fromkeys(FIELD_NAMES, "")
    rec.update(flags=["duplicate", "unit_suspect"], value=3.0, derived=False)
    ex = open_exporter(None, "csv", stdout=buf)
    with ex:
        ex.add("x", [rec])
    df = pd.read_csv(io.StringIO(buf.getvalue()), keep_default_na=False)
    assert df.loc[0, "flags"] == "duplicate;unit_suspect"
    assert not buf.getvalue().startswith("\ufeff")  # never a BOM on a stream


def test_xlsx_layout(tmp_path, reference):
    openpyxl = pytest.importorskip("openpyxl")
    path, _ = _export(tmp_path, ".xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["claims", "articles", "summary"]
    ws = wb["claims"]
    assert [c.value for c in ws[1]] == FIELD_NAMES
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:W{len(reference) + 1}"
    col = {name: i for i, name in enumerate(FIELD_NAMES)}
    row = [c.value for c in ws[2]]
    assert isinstance(row[col["value"]], (int, float)) and isinstance(row[col["start"]], int)
    assert isinstance(row[col["derived"]], bool)
    assert 5 <= ws.column_dimensions["A"].width <= 60
    assert [c.value for c in wb["articles"][1]] == ARTICLE_FIELD_NAMES
    summary = wb["summary"]
    header = [c.value for c in summary[1]]
    assert "unit" in header and "claims" in header
    counted = sum(r[header.index("claims")] + r[header.index("duplicates")]
                  for r in summary.iter_rows(min_row=2, values_only=True))
    assert counted == sum(1 for r in reference if not r["derived"])


def test_sqlite_tables_and_keys(tmp_path, reference):
    path, _ = _export(tmp_path, ".sqlite")
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "articles", "claims"} <= tables
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(list(SEEDS.glob("*.txt")))
    # every claim belongs to a document, every document's claim count is right
    assert con.execute("SELECT count(*) FROM claims c LEFT JOIN documents d USING (doc_hash) "
                       "WHERE d.doc_hash IS NULL").fetchone()[0] == 0
    for h, n in con.execute("SELECT doc_hash, claims FROM documents"):
        assert con.execute("SELECT count(*) FROM claims WHERE doc_hash = ?", (h,)).fetchone()[0] == n
    flags = con.execute("SELECT flags FROM claims").fetchall()
    assert all(isinstance(json.loads(f), list) for (f,) in flags)
    pk = [r[1] for r in con.execute("PRAGMA table_info(claims)") if r[5]]
    assert pk == ["id"]


def test_sqlite_rerun_keeps_row_counts(tmp_path):
    path, n = _export(tmp_path, ".sqlite")
    count = lambda: [sqlite3.connect(path).execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("documents", "articles", "claims")]
    before = count()
    assert before[2] == n
    export_paths([str(SEEDS)], path)
    assert count() == before


def test_sqlite_failed_run_leaves_db_unchanged(tmp_path):
    path, _ = _export(tmp_path, ".sqlite")
    snapshot = sqlite3.connect(path).execute("SELECT id, doc, value FROM claims ORDER BY id").fetchall()
    pages = sorted(SEEDS.glob("*.txt"))

    def documents():
        # a changed first page is written, then the run dies before the end
        from civex import extract_text

        text = pages[0].read_text(encoding="utf-8") + "\n另讯 该区新建公厕12座。\n"
        yield "changed.txt", text, extract_text(text, "changed.txt")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export_documents(path, documents())
    assert sqlite3.connect(path).execute("SELECT id, doc, value FROM claims ORDER BY id").fetchall() == snapshot


def test_unknown_suffix_is_one_line_error(tmp_path):
    with pytest.raises(ExportError) as e:
        open_exporter(tmp_path / "claims.docx")
    assert "\n" not in str(e.value)


def test_xlsx_needs_a_file():
    with pytest.raises(ExportError):
        open_exporter(None, "xlsx")


def test_missing_openpyxl_is_one_line(monkeypatch, tmp_path):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **kw):
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError("no openpyxl")
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ExportError) as e:
        open_exporter(tmp_path / "x.xlsx")
    assert str(e.value) == "xlsx output needs openpyxl: pip install 'civex[xlsx]'"


def test_sqlite_same_document_under_two_names_is_one_document(tmp_path):
    text = "该区共清理占道经营300余处，下发通报27期。\n"
    path = tmp_path / "d.sqlite"
    from civex import extract_text

    export_documents(path, [("a.txt", text, extract_text(text, "a.txt")), ("b.txt", text, extract_text(text, "b.txt"))])
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    assert SqliteExporter  # the class is public
