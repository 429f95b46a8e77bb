"""DataFrames and Parquet: columns, order and dtypes come from CLAIM_FIELDS."""
import json
import math
import subprocess
import sys

import pandas as pd
import pytest

import civex
from civex.frames import arrow_schema, claims_frame, empty_frame, pandas_dtypes
from civex.schema import CLAIM_FIELDS, FIELD_NAMES
from conftest import ROOT, SEEDS

EXPECTED = {"str": "string", "int": "int64", "float": "float64", "bool": "bool", "list": "object"}


def _expected_dtype(ftype, nullable):
    return "Int64" if (ftype, nullable) == ("int", True) else EXPECTED[ftype]


@pytest.fixture(scope="module")
def seed_claims():
    return list(civex.iter_claims([str(SEEDS)]))


def test_pandas_dtypes_follow_schema():
    dtypes = pandas_dtypes()
    assert list(dtypes) == FIELD_NAMES
    for name, ftype, nullable, _ in CLAIM_FIELDS:
        assert dtypes[name] == _expected_dtype(ftype, nullable), name


def test_empty_frame_is_the_meta():
    meta = empty_frame()
    assert list(meta.columns) == FIELD_NAMES and len(meta) == 0
    assert {c: str(t) for c, t in meta.dtypes.items()} == pandas_dtypes()


def test_to_dataframe_columns_dtypes_and_values(seed_claims):
    df = civex.to_dataframe(seed_claims)
    assert list(df.columns) == FIELD_NAMES
    assert {c: str(t) for c, t in df.dtypes.items()} == pandas_dtypes()
    assert len(df) == len(seed_claims) > 0
    for i in (0, len(df) - 1):
        row, rec = df.iloc[i], seed_claims[i]
        for name, ftype, _nullable, _ in CLAIM_FIELDS:
            got, want = row[name], rec[name]
            if want is None:
                assert pd.isna(got) if ftype != "list" else got == [], name
            elif ftype == "list":
                assert isinstance(got, list) and got == list(want), name
            else:
                assert got == want, name


def test_nulls_are_na():
    rec = {"id": "x", "doc": "d", "start": 0, "end": 1, "text": "1", "value": 1.0, "flags": None,
           "derived": False}
    df = claims_frame([rec])
    assert pd.isna(df.loc[0, "article"]) and df.loc[0, "article"] is pd.NA
    assert math.isnan(df.loc[0, "value_max"])
    assert df.loc[0, "duplicate_of"] is pd.NA
    assert df.loc[0, "flags"] == []


def test_arrow_schema_follows_schema():
    pa = pytest.importorskip("pyarrow")
    schema = arrow_schema()
    assert schema.names == FIELD_NAMES
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string())}
    for (name, ftype, nullable, _), f in zip(CLAIM_FIELDS, schema):
        assert f.type == types[ftype] and f.nullable == nullable, name


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-c", "from civex.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=ROOT, **kw)


def test_parquet_round_trip_same_rows_as_jsonl(tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "claims.parquet"
    r = _cli("extract", "seeds/", "-o", str(out))
    assert r.returncode == 0, r.stderr
    jl = _cli("extract", "seeds/", "--format", "jsonl")
    assert jl.returncode == 0, jl.stderr
    want = [json.loads(line) for line in jl.stdout.splitlines()]
    back = pd.read_parquet(out)
    assert list(back.columns) == FIELD_NAMES
    assert {c: str(t) for c, t in back.dtypes.items()} == pandas_dtypes()
    got = back.astype(object).where(back.notna(), None).to_dict("records")
    assert len(got) == len(want)
    for g, w in zip(got, want):
        g["flags"] = list(g["flags"])
        assert g == w


def test_parquet_streams_row_groups(tmp_path, seed_claims):
    pq = pytest.importorskip("pyarrow.parquet")
    from civex.parquet import write_parquet

    path = tmp_path / "x.parquet"
    assert write_parquet(iter(seed_claims), path, batch_size=50) == len(seed_claims)
    meta = pq.ParquetFile(path).metadata
    assert meta.num_row_groups == math.ceil(len(seed_claims) / 50)
    assert meta.num_rows == len(seed_claims)
    assert pq.read_schema(path).remove_metadata() == arrow_schema()
    empty = tmp_path / "empty.parquet"
    assert write_parquet([], empty) == 0
    assert pd.read_parquet(empty).shape == (0, len(FIELD_NAMES))


def test_parquet_without_pyarrow_is_one_clear_line(tmp_path, monkeypatch):
    import civex.parquet as cp

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(cp.MissingDependency, match=r"pip install 'civex\[parquet\]'"):
        cp.write_parquet([], tmp_path / "x.parquet")


def test_cli_parquet_without_pyarrow(tmp_path):
    out = tmp_path / "x.parquet"
    r = subprocess.run([sys.executable, "-c",
                        "import sys; sys.modules['pyarrow'] = None; from civex.cli import main; main()",
                        "extract", "seeds/", "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2
    assert r.stderr.strip() == "civex: Parquet output needs pyarrow: pip install 'civex[parquet]'"
    assert not out.exists()


def test_core_import_stays_light():
    code = ("import sys, civex, civex.cli, civex.frames, civex.parquet; "
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pyarrow'}); "
            "print(heavy)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
