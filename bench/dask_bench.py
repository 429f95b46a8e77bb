"""Throughput of civex: local runs (--jobs 1, 2) next to Dask runs (1 and 2 workers).

    .venv/bin/python bench/dask_bench.py --mb 50 --work /tmp/civex_bench

Builds a corpus of at least ``--mb`` MB from the seed pages (each copy's ASCII digits
permuted, so figures differ from copy to copy while some sentences repeat, as reprints
do), then times each command end to end (process start, cluster connection, listing,
extraction, writing) and prints one line per run and a 1 TB estimate from the best
per-worker rate. Dask workers are single-threaded processes (extraction is pure Python).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from civex.cli import main; main()"]


def build_corpus(dest: Path, mb: float) -> tuple[int, int]:
    seeds = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if dest.exists():
        files = sorted(dest.rglob("*.txt"))
        size = sum(p.stat().st_size for p in files)
        if size >= mb * 1e6:
            return len(files), size
        shutil.rmtree(dest)
    rng = random.Random(8)
    n = size = 0
    while size < mb * 1e6:
        perm = list("0123456789")
        rng.shuffle(perm)
        table = str.maketrans("0123456789", "".join(perm))
        for k, text in enumerate(seeds):
            sub = dest / f"{n // 500:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            data = text.translate(table).encode("utf-8")
            (sub / f"{n:06d}_{k}.txt").write_bytes(data)
            n += 1
            size += len(data)
    return n, size


def timed(cmd: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    return dt, r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--work", type=Path, default=Path("/tmp/civex_bench"))
    ap.add_argument("--runs", default="local1,local2,dask1,dask2")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / "corpus"
    n_files, size = build_corpus(corpus, args.mb)
    mb = size / 1e6
    print(f"corpus: {n_files} files, {mb:.1f} MB ({corpus}); {os.cpu_count()} cores", flush=True)
    results = {}
    for run in args.runs.split(","):
        if run.startswith("local"):
            jobs = int(run[5:])
            out = args.work / f"{run}.jsonl"
            cmd = [*CLI, "extract", str(corpus), "--jobs", str(jobs), "-o", str(out)]
            dt, _r = timed(cmd, ROOT)
            claims = sum(1 for _ in open(out, encoding="utf-8"))
        else:
            from distributed import LocalCluster

            workers = int(run[4:])
            out = args.work / f"{run}.parquet"
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=":0", memory_limit="1.5GiB") as cluster:
                cmd = [*CLI, "extract", str(corpus), "--engine", "dask", "--scheduler",
                       cluster.scheduler_address, "-o", str(out)]
                dt, r = timed(cmd, ROOT)
            import pandas as pd

            claims = len(pd.read_parquet(out, columns=["id"]))
            print("   ", r.stderr.strip().splitlines()[-1], flush=True)
        results[run] = {"seconds": round(dt, 1), "MB/s": round(mb / dt, 3), "claims": claims,
                        "command": " ".join(cmd[3:])}
        print(f"{run:7s} {dt:8.1f} s  {mb / dt:6.3f} MB/s  {claims} claims   civex {' '.join(cmd[3:])}", flush=True)
    per_worker = max((v["MB/s"] / int(k[-1]) for k, v in results.items() if k.startswith("dask")), default=None)
    if per_worker:
        core_hours = 1e6 / per_worker / 3600
        print(f"1 TB at {per_worker:.3f} MB/s per worker: {core_hours:,.0f} worker-hours; "
              f"e.g. {core_hours / 24:,.0f} workers for 24 h, {core_hours / 8:,.0f} workers for 8 h", flush=True)
    (args.work / "results.json").write_text(json.dumps({"files": n_files, "MB": mb, "runs": results}, indent=1))


if __name__ == "__main__":
    main()
