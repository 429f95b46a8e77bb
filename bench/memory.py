"""Peak memory of ``civex extract DIR --format jsonl -o FILE`` on a large directory (run by hand).

    .venv/bin/python bench/memory.py [--size-mb 200] [--format jsonl] [--jobs N] [--keep]

Builds DIR (copies of seeds/ pages, default 200 MB) under /tmp, runs civex in a subprocess
and reports: the peak RSS of the largest process (resource.getrusage(RUSAGE_CHILDREN), which
covers the worker processes too), the peak of the sum over the whole process tree (sampled
from /proc every 0.1 s), wall time and throughput. Output is streamed, so neither should
grow with the size of the directory.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dest: Path, size_mb: float) -> tuple[int, int]:
    pages = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dest.mkdir(parents=True, exist_ok=True)
    total = files = 0
    while total < size_mb * 1_000_000:
        sub = dest / f"{files // 1000:03d}"
        sub.mkdir(exist_ok=True)
        data = pages[files % len(pages)]
        (sub / f"page_{files:06d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return files, total


def tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over pid and its descendants (Linux /proc), 0 elsewhere."""
    try:
        children: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(d))
                except (OSError, ValueError, IndexError):
                    pass
        total, todo = 0, [pid]
        while todo:
            p = todo.pop()
            todo.extend(children.get(p, []))
            try:
                with open(f"/proc/{p}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1])
            except OSError:
                pass
        return total
    except OSError:
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "json"])
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--dir", default="/tmp/civex-memory-corpus")
    ap.add_argument("--keep", action="store_true", help="keep the corpus directory")
    args = ap.parse_args()

    corpus = Path(args.dir)
    if corpus.exists():
        shutil.rmtree(corpus)
    files, nbytes = build(corpus, args.size_mb)
    out = Path(f"/tmp/civex-memory-out.{args.format}")
    cmd = [str(Path(sys.executable).parent / "civex"), "extract", str(corpus), "--format", args.format, "-o", str(out)]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    print(f"corpus: {files} files, {nbytes / 1e6:.0f} MB in {corpus}")
    print("running:", " ".join(cmd))
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    tree_peak = 0
    while proc.poll() is None:
        tree_peak = max(tree_peak, tree_rss_kb(proc.pid))
        time.sleep(0.1)
    err = proc.stderr.read()
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"exit status {proc.returncode}; {len(err.splitlines())} stderr lines")
    print(f"output: {out.stat().st_size / 1e6:.0f} MB, {sum(1 for _ in out.open(encoding='utf-8'))} lines")
    print(f"wall {wall:.0f} s, {nbytes / 1e6 / wall:.2f} MB/s")
    print(f"peak RSS, largest process (RUSAGE_CHILDREN): {peak:.0f} MB")
    print(f"peak RSS, whole process tree (sampled):     {tree_peak / 1024:.0f} MB")
    out.unlink()
    if not args.keep:
        shutil.rmtree(corpus)


if __name__ == "__main__":
    main()
