"""The Dask engine gives exactly the records of a local run, and failures stay per file."""
import csv
import json
import math
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from civex.frames import pandas_dtypes  # noqa: E402
from civex.schema import FIELD_NAMES  # noqa: E402
from conftest import ROOT  # noqa: E402

CLI = [sys.executable, "-c", "from civex.cli import main; main()"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="600MiB",
                                  dashboard_address=":0") as c, distributed.Client(c) as client:
        yield c, client


def _norm(value):
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) or hasattr(value, "dtype") and getattr(value, "ndim", 1) == 0:
        return float(value)
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return tuple(value.tolist() if hasattr(value, "tolist") else value)
    return value


def _record_set(records):
    rows = [tuple((k, _norm(r[k])) for k in FIELD_NAMES) for r in records]
    assert len(set(rows)) == len(rows), "duplicate records"
    return set(rows)


def _frame_records(df):
    assert list(df.columns) == FIELD_NAMES
    return df.to_dict("records")


def _local(paths, cwd):
    r = subprocess.run([*CLI, "extract", *paths, "--format", "jsonl"], capture_output=True, text=True, cwd=cwd)
    return r, [json.loads(line) for line in r.stdout.splitlines()]


def _dask_cli(paths, out, address, cwd):
    return subprocess.run([*CLI, "extract", *paths, "--engine", "dask", "--scheduler", address, "-o", str(out)],
                          capture_output=True, text=True, cwd=cwd)


def test_cli_dask_equals_local_jsonl(cluster, tmp_path):
    c, _client = cluster
    local, want = _local(["seeds/"], ROOT)
    assert local.returncode == 0 and want
    out = tmp_path / "claims.parquet"
    r = _dask_cli(["seeds/"], out, c.scheduler_address, ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().startswith(f"civex: 5 files, {len(want)} claims, 0 failed files, ")
    assert sorted(p.name for p in out.glob("*.parquet")) and len(list(out.glob("*.parquet"))) >= 1
    got = pd.read_parquet(out)
    assert {c: str(t) for c, t in got.dtypes.items()} == pandas_dtypes()
    assert _record_set(_frame_records(got)) == _record_set(want)
    with open(tmp_path / "claims.errors.csv", newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["path", "reason"]]


def test_read_claims_equals_local(cluster, monkeypatch):
    import civex.dask

    _c, client = cluster
    _local_run, want = _local(["seeds/"], ROOT)
    monkeypatch.chdir(ROOT)
    ddf = civex.dask.read_claims("seeds/", files_per_partition=2)
    assert ddf.npartitions == 3
    assert {c: str(t) for c, t in ddf.dtypes.items()} == pandas_dtypes()
    got = client.compute(ddf).result()
    assert _record_set(_frame_records(got)) == _record_set(want)
    # a glob names files as the shell would: same records
    got = client.compute(civex.dask.read_claims(["seeds/*.txt"], files_per_partition=4)).result()
    assert _record_set(_frame_records(got)) == _record_set(want)


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for p in seeds[:3]:
        shutil.copy(p, folder / p.name)
    shutil.copy(seeds[0], folder / "009_reprint.txt")  # a page printed twice: cross-file duplicates
    (folder / "001b_binary.txt").write_bytes(b"\x00\x01\x02 not a page \x00" * 50)
    (folder / "002b_bad_bom.txt").write_bytes(b"\xef\xbb\xbf" + "页面".encode("utf-8") + b"\xff\xfe\xfa")
    return folder


def test_undecodable_files_fail_alone(cluster, tmp_path, mixed_folder):
    import civex.dask

    c, client = cluster
    local, want = _local(["in"], tmp_path)
    assert local.returncode == 1 and want
    assert any("duplicate" in w["flags"] and w["doc"] == "in/009_reprint.txt" for w in want)
    local_errors = sorted(line for line in local.stderr.splitlines() if line.startswith("civex: "))
    assert len(local_errors) == 2 and all(line.startswith("civex: in/") for line in local_errors)

    out = tmp_path / "out"
    r = _dask_cli(["in"], out, c.scheduler_address, tmp_path)
    assert r.returncode == 1
    lines = [line for line in r.stderr.splitlines() if line.startswith("civex: ")]
    assert sorted(lines[:-1]) == local_errors
    assert lines[-1].startswith(f"civex: 6 files, {len(want)} claims, 2 failed files, ")
    got = pd.read_parquet(out)
    assert _record_set(_frame_records(got)) == _record_set(want)
    assert list(got["id"]) == [w["id"] for w in want]  # and in input order
    with open(tmp_path / "out.errors.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["path", "reason"]
    assert sorted(f"civex: {p}: {reason}" for p, reason in rows[1:]) == local_errors

    res = civex.dask.read_results([str(mixed_folder)], files_per_partition=2)
    claims, errors = client.compute([res.claims, res.errors], sync=True)
    assert len(claims) == len(want)
    assert sorted(errors["path"].str.rsplit("/", n=1).str[-1]) == ["001b_binary.txt", "002b_bad_bom.txt"]


def test_fsspec_url_inputs_are_read_on_workers(cluster):
    """An fsspec URL (here the local filesystem spelled as one) is listed with fsspec and
    read on the workers; documents are named by their URL, the rest is the local run."""
    import civex.dask

    _c, client = cluster
    _local_run, want = _local(["seeds/"], ROOT)
    got = client.compute(civex.dask.read_claims(f"local://{ROOT}/seeds", files_per_partition=2)).result()
    recs = _frame_records(got)
    assert all(r["doc"].startswith("file://") for r in recs)
    for r in recs:
        r["doc"] = "seeds/" + r["doc"].rsplit("/", 1)[-1]
    assert _record_set(recs) == _record_set(want)
