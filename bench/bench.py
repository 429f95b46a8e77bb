"""Throughput of civex on a corpus of at least 10 MB built from seeds/ (run by hand).

    .venv/bin/python bench/bench.py [--size-mb 10] [--runs 5] [--jobs N]

It measures the civex that Python has installed: the plain build of `pip install -e .`, or the
compiled one (setup.py: CIVEX_COMPILE=1), as its first lines say.

Prints, for one process on one core:
  * civex:  characters per second through ``civex.api.iter_results`` (read, decode,
    extract: the library path of ``civex extract``), median of --runs runs;
  * floor:  the same for a bare pass that only reads, decodes and finds every numeral
    with one regex (no extractor can beat it);
  * the ratio between them;
  * peak memory: ru_maxrss of this process, and the tracemalloc peak of one civex pass;
and, for information, the wall-clock rate with --jobs worker processes (default: all cores).
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import civex.context   # the civex this Python has installed: plain (pip install -e) or compiled
except ImportError:        # (not installed: the source tree beside this script)
    sys.path.insert(0, str(ROOT))
    import civex.context

from civex.api import default_jobs, iter_results  # noqa: E402
from civex.read import decode, expand_paths  # noqa: E402

BUILD = "compiled with mypyc" if civex.context.__file__.endswith((".so", ".pyd")) else "plain Python"

NUMERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def build_corpus(dest: Path, size_mb: float) -> tuple[list[str], int]:
    """Copies of the seed pages under dest until the corpus holds size_mb MB; (files, chars).

    Each round of copies has its ASCII digits permuted, so no two copies of a page are the
    same text: per-page caches cannot make a repeated page look fast."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(8)
    total = chars = 0
    i = 0
    table = None
    while total < size_mb * 1_000_000:
        if i % len(seeds) == 0:
            perm = list("0123456789")
            rng.shuffle(perm)
            table = str.maketrans("0123456789", "".join(perm))
        data = seeds[i % len(seeds)].translate(table).encode("utf-8")
        sub = dest / f"{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page_{i:06d}.txt").write_bytes(data)
        total += len(data)
        chars += len(data.decode("utf-8"))
        i += 1
    return [str(dest)], chars


def civex_pass(paths, jobs=1) -> int:
    n = 0
    for _name, result in iter_results(paths, jobs=jobs):
        if isinstance(result, list):
            n += len(result)
    return n


def bare_pass(paths) -> int:
    n = 0
    for p in expand_paths(paths):
        text, _enc = decode(Path(p).read_bytes())
        n += len(NUMERAL.findall(text))
    return n


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=10)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="civex-bench-"))
    try:
        paths, chars = build_corpus(tmp, args.size_mb)
        nbytes = sum(os.path.getsize(p) for p in expand_paths(paths))
        nfiles = sum(1 for _ in expand_paths(paths))
        print(f"corpus: {nfiles} files, {nbytes / 1e6:.1f} MB, {chars:,} characters ({tmp})")
        print(f"civex build: {BUILD} ({Path(civex.context.__file__).parent})")
        claims = civex_pass(paths)          # warm-up: lexicon, compiled patterns, page cache
        bare_pass(paths)
        civex_t = [timed(civex_pass, paths) for _ in range(args.runs)]
        bare_t = [timed(bare_pass, paths) for _ in range(args.runs)]
        civex_rate = chars / statistics.median(civex_t)
        bare_rate = chars / statistics.median(bare_t)
        print(f"civex (1 process): {civex_rate:>12,.0f} chars/s  median of {args.runs} "
              f"[{', '.join(f'{t:.2f}' for t in civex_t)} s]  {claims:,} claims")
        # on a shared machine other tenants only ever add time: the best run is the steadiest
        print(f"civex best run:    {chars / min(civex_t):>12,.0f} chars/s  "
              f"(ratio to the best floor run {min(civex_t) / min(bare_t):.1f}x)")
        print(f"floor (read+decode+numeral regex): {bare_rate:>12,.0f} chars/s  median of {args.runs} "
              f"[{', '.join(f'{t:.2f}' for t in bare_t)} s]")
        print(f"ratio floor/civex: {bare_rate / civex_rate:.1f}x")
        tracemalloc.start()
        civex_pass(paths)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: tracemalloc {peak / 1e6:.1f} MB during a civex pass; max RSS {rss:.0f} MB")
        if args.jobs > 1:
            t = timed(civex_pass, paths, args.jobs)
            print(f"civex --jobs {args.jobs}: {chars / t:>12,.0f} chars/s wall clock")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
