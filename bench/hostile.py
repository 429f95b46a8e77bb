"""Big hostile inputs, by hand: a 50 MB page on one line, and the same with claims.

    .venv/bin/python bench/hostile.py [--size-mb 50]

Runs ``civex extract FILE --format jsonl`` in a subprocess on (1) one line of prose with
numbers that are no figures, (2) a line of the same size with a claim every ~100 KB, and
reports the time, the exit status and the peak RSS (the tests do the 5 MB version).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FILLER = "各部门持续推进2023年度重点工作，Working Group meeting 2024，编号3.5。"
CLAIM = "该区共清理占道经营300余处，"


def run(path: Path) -> None:
    civex = str(Path(sys.executable).parent / "civex")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run([civex, "extract", str(path), "--format", "jsonl", "--jobs", "1"],
                         capture_output=True, text=True)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{path.name}: {path.stat().st_size / 1e6:.0f} MB, exit {out.returncode}, "
          f"{len(out.stdout.splitlines())} claims, {wall:.1f} s, peak RSS {max(peak, before) / 1024:.0f} MB"
          + (f", stderr: {out.stderr.strip()[:200]}" if out.stderr else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=50)
    args = ap.parse_args()
    reps = int(args.size_mb * 1e6 / len(FILLER.encode("utf-8")))
    with tempfile.TemporaryDirectory(prefix="civex-hostile-") as tmp:
        plain = Path(tmp) / "one-line.txt"
        plain.write_text(FILLER * reps, encoding="utf-8")
        run(plain)
        every = max(1, 100_000 // len(FILLER.encode("utf-8")))
        claims = Path(tmp) / "one-line-claims.txt"
        claims.write_text("".join(CLAIM + FILLER * every for _ in range(reps // every)), encoding="utf-8")
        run(claims)


if __name__ == "__main__":
    main()
