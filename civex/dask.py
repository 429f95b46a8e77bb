"""civex on Dask: lazy claim DataFrames over many files, and the ``--engine dask`` run.

Needs ``pip install 'civex[dask]'`` (dask's DataFrame support, distributed, pyarrow).
Nothing here is imported by ``import civex``.

* :func:`read_claims` -- a lazy ``dask.dataframe.DataFrame`` of claim records, one
  partition per ``files_per_partition`` files, ``meta`` from the schema
  (:func:`civex.frames.empty_frame`).
* :func:`read_results` -- the same claims plus a lazy frame of the files that
  failed (``path``, ``reason``), computed from the same tasks.
* :func:`extract_to_parquet` -- the CLI's ``civex extract --engine dask``: a
  Parquet dataset (one file per partition) and an ``errors`` CSV beside it.

Only file *names* are listed on the client (local paths with civex's own rules,
other URLs with fsspec); the bytes are read on the workers, decoded with
:func:`civex.read.read_bytes_document` and extracted with
:func:`civex.extract.extract_text`, exactly as a local run does. A local path gets
the same document name as ``civex extract`` gives it, so claim ids and records
are identical. A file that cannot be read, decoded or extracted never fails the
job: it becomes an error row.
"""
from __future__ import annotations

import glob as _glob
import math
import os
import sys
import time
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple

from .read import TEXT_SUFFIXES, ReadError, expand_paths, read_bytes_document, read_document

FILES_PER_PARTITION = 200
ERROR_COLUMN = "_error"          # internal: set on the one row that stands for a failed file
MISSING_DASK = "--engine dask needs dask and distributed: pip install 'civex[dask]'"
_GLOB_CHARS = ("*", "?", "[")
DATASET_EXTRAS = ("_metadata", "_common_metadata", "_SUCCESS")


class Input(NamedTuple):
    name: str   # document name: as a local run names it, or the full URL
    url: str    # what the worker opens: an absolute local path or an fsspec URL


def _require_dask():
    try:
        import dask.dataframe  # noqa: F401
    except ImportError:
        from .parquet import MissingDependency

        raise MissingDependency(MISSING_DASK) from None


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


# --------------------------------------------------------------------------- listing (client)

def list_inputs(paths: Iterable[str] | str, storage_options: dict | None = None) -> tuple[list[Input], list[ReadError]]:
    """The files named by ``paths`` (files, directories, globs; local or fsspec URLs),
    without reading them. Directories are searched recursively for *.txt / *.md, sorted.
    Local names are exactly those of ``civex extract`` (see :func:`civex.read.expand_paths`)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    inputs: list[Input] = []
    errors: list[ReadError] = []
    for p in map(os.fspath, paths):
        if p == "-":
            errors.append(ReadError("-", "standard input cannot be read by Dask workers; give files"))
        elif _is_url(p):
            _list_url(p, storage_options or {}, inputs, errors)
        else:
            if p.startswith("file://"):
                p = p[len("file://"):]
            if any(c in p for c in _GLOB_CHARS) and not os.path.exists(p):
                matched = sorted(_glob.glob(p))
                if not matched:
                    errors.append(ReadError(p, "no such file or directory"))
                given = matched
            else:
                given = [p]
            for item in expand_paths(given):
                if isinstance(item, ReadError):
                    errors.append(item)
                else:
                    inputs.append(Input(item, os.path.abspath(item)))
    return inputs, errors


def _list_url(url: str, storage_options: dict, inputs: list[Input], errors: list[ReadError]) -> None:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url, **storage_options)

    def found(path: str) -> None:
        full = fs.unstrip_protocol(path)
        inputs.append(Input(full, full))

    def walk(path: str) -> None:
        for f in sorted(fs.find(path)):
            if f.lower().endswith(TEXT_SUFFIXES):
                found(f)

    if any(c in root for c in _GLOB_CHARS):
        matched = sorted(fs.glob(root))
        if not matched:
            errors.append(ReadError(url, "no such file or directory"))
        for m in matched:
            walk(m) if fs.isdir(m) else found(m)
    elif fs.isdir(root):
        walk(root)
    elif fs.exists(root):
        inputs.append(Input(url, url))
    else:
        errors.append(ReadError(url, "no such file or directory"))


class _Listed(NamedTuple):
    inputs: list[Input]
    errors: list[ReadError]


def auto_files_per_partition(n_files: int, n_threads: int, cap: int = FILES_PER_PARTITION) -> int:
    """Files per partition for a run: at most ``cap``, and small enough that every
    worker thread gets about four partitions (load balance on small inputs)."""
    return max(1, min(cap, math.ceil(n_files / max(1, 4 * n_threads))))


def _batches(items: list, size: int) -> list[list]:
    size = max(1, int(size))
    return [items[i:i + size] for i in range(0, len(items), size)]


# --------------------------------------------------------------------------- extraction (workers)

def _read_input(item: Input, storage_options: dict | None):
    """Document or ReadError for one input, named ``item.name``."""
    if "://" not in item.url:
        doc = read_document(item.url)
        doc.name = item.name
        return doc
    import fsspec

    try:
        with fsspec.open(item.url, "rb", **(storage_options or {})) as f:
            data = f.read()
    except FileNotFoundError:
        return ReadError(item.name, "no such file")
    except IsADirectoryError:
        return ReadError(item.name, "is a directory")
    except PermissionError:
        return ReadError(item.name, "permission denied")
    except Exception as e:  # network, auth, ... : this file fails, the job goes on
        return ReadError(item.name, f"{type(e).__name__}: {e}" if str(e) else type(e).__name__)
    return read_bytes_document(item.name, data)


def _failure(name: str, e: Exception) -> ReadError:
    detail = " ".join(str(e).split())[:200]
    return ReadError(name, f"extraction failed: {type(e).__name__}" + (f": {detail}" if detail else ""))


def extract_batch(batch: list[Input], first_file: int = 0, storage_options: dict | None = None,
                  lexicon_files: tuple = (), year: int | None = None):
    """One partition: the claims of a batch of files, in file order, plus one row per
    failed file carrying its reason in the ``_error`` column (NA on claim rows).

    Hidden columns for the cross-file duplicate pass: ``_file`` (the file's index in the
    whole input), ``_key`` and ``_role``: 1 for a claim the local run's
    :class:`civex.checks.DuplicateTracker` remembers (``_key`` its digest), 2 for a claim
    whose ``duplicate_of`` points at such a claim of the same page (``_key`` that claim's
    digest), 0 otherwise."""
    import pandas as pd

    from .checks import DuplicateTracker
    from .extract import extract_text
    from .frames import claims_frame
    from .lexicon import load_lexicon
    from .read import display_name

    lexicon = load_lexicon(tuple(lexicon_files))
    min_sentence = DuplicateTracker().min_sentence   # the CLI's tracker: default lexicon
    records: list[dict] = []
    files: list[int] = []
    keys: list = []
    roles: list[int] = []
    failed: list[tuple[int, ReadError]] = []
    for i, item in enumerate(batch, start=first_file):
        item = Input(*item)
        doc = _read_input(item, storage_options)
        doc.name = display_name(item.name)
        if isinstance(doc, ReadError):
            failed.append((i, doc))
            continue
        try:
            recs = extract_text(doc.text, doc.name, lexicon=lexicon, year=year)
        except Exception as e:  # a bug on one page must not lose a whole job
            failed.append((i, _failure(doc.name, e)))
            continue
        # a fresh tracker sees nothing earlier, so it changes nothing, and what it
        # remembers is exactly the page's claims that a later page can repeat
        tracker = DuplicateTracker(min_sentence=min_sentence)
        tracker.mark(recs)
        key_of = {cid: key for key, cid in tracker.seen.items()}
        for r in recs:
            if r["id"] in key_of:
                keys.append(key_of[r["id"]]); roles.append(1)
            elif r.get("duplicate_of") in key_of:
                keys.append(key_of[r["duplicate_of"]]); roles.append(2)
            else:
                keys.append(None); roles.append(0)
        records.extend(recs)
        files.extend([i] * len(recs))
    frame = claims_frame(records)
    frame[ERROR_COLUMN] = pd.Series([pd.NA] * len(frame), dtype="string")
    frame["_file"] = pd.Series(files, dtype="int64")
    frame["_key"] = pd.Series(keys, dtype="string")
    frame["_role"] = pd.Series(roles, dtype="int8")
    if failed:
        err = claims_frame([{"id": "", "doc": e.name, "start": 0, "end": 0, "value": float("nan")} for _i, e in failed])
        err[ERROR_COLUMN] = pd.Series([e.reason for _i, e in failed], dtype="string")
        err["_file"] = pd.Series([i for i, _e in failed], dtype="int64")
        err["_key"] = pd.Series([None] * len(failed), dtype="string")
        err["_role"] = pd.Series([0] * len(failed), dtype="int8")
        frame = pd.concat([frame, err], ignore_index=True)
    # the index is the row's place in the whole input: (file << ROW_BITS) + row of the
    # file, so partitions have known divisions and marks can be joined back by index
    file_ = frame["_file"].to_numpy().astype("int64", copy=True)
    row = frame.groupby("_file", sort=False).cumcount().to_numpy().astype("int64", copy=True)
    row[frame[ERROR_COLUMN].notna().to_numpy()] = (1 << ROW_BITS) - 1
    frame.index = pd.Index((file_ << ROW_BITS) + row, dtype="int64", name="_order")
    return frame.sort_index()


HIDDEN = ("_file", "_key", "_role")
ROW_BITS = 24   # up to 16M claims per page, 2**39 pages


def _meta():
    import pandas as pd

    from .frames import empty_frame

    meta = empty_frame()
    meta[ERROR_COLUMN] = pd.Series([], dtype="string")
    meta["_file"] = pd.Series([], dtype="int64")
    meta["_key"] = pd.Series([], dtype="string")
    meta["_role"] = pd.Series([], dtype="int8")
    meta.index = pd.Index([], dtype="int64", name="_order")
    return meta


def _firsts(part):
    """(_key, _rank) of the claims a later page can repeat; _rank sorts by input order."""
    import pandas as pd

    own = part[part["_role"] == 1]
    rank = own["_file"].map("{:012d}".format).astype("string") + own["id"]
    return pd.DataFrame({"_key": own["_key"].astype("string"), "_rank": rank.astype("string")})


def _later_copies(part):
    """The rows of a join (claim, first occurrence of its key) whose first occurrence is on
    an earlier page: the rows the local run's DuplicateTracker changes."""
    first_file = part["_rank"].str.slice(0, 12).astype("int64")
    return part[first_file < part["_file"]]


def _apply_marks(part, marks):
    """Mark the claims of a partition as the local run's DuplicateTracker would: a claim
    the tracker remembers (role 1) repeated from an earlier page gets the ``duplicate``
    flag and that page's id; a within-page repeat of it (role 2) points there too."""
    import pandas as pd

    from .checks import DUPLICATE
    from .schema import FIELD_NAMES

    part = part.copy()
    if len(marks):
        pos = part.index.get_indexer(marks.index)
        flags = part["flags"].tolist()
        dup_of = part["duplicate_of"].astype(object).where(part["duplicate_of"].notna(), None).tolist()
        for j, rank, role in zip(pos, marks["_rank"], marks["_role"]):
            if j < 0:
                continue
            if role == 1:
                flags[j] = list(flags[j]) + [DUPLICATE]
            dup_of[j] = rank[12:]
        part["flags"] = pd.Series(flags, index=part.index, dtype="object")
        part["duplicate_of"] = pd.Series(dup_of, index=part.index, dtype="string")
    return part[FIELD_NAMES].reset_index(drop=True)


# --------------------------------------------------------------------------- lazy frames

@dataclass
class Results:
    """Lazy outputs of one read: ``claims`` (schema columns) and ``errors`` (``path``,
    ``reason``: files that failed on the workers), both from the same tasks, plus the
    inputs listed on the client and the paths that failed while listing."""
    claims: object
    errors: object
    inputs: list[Input]
    listing_errors: list[ReadError] = field(default_factory=list)


def read_results(paths_or_globs, files_per_partition: int = FILES_PER_PARTITION,
                 storage_options: dict | None = None, *, lexicon_files: Iterable[str] = (),
                 year: int | None = None, duplicates: bool = True) -> Results:
    """Claims and per-file errors as two lazy Dask DataFrames (see :func:`read_claims`)."""
    _require_dask()
    import dask
    import dask.dataframe as dd

    from .frames import empty_frame

    if isinstance(paths_or_globs, _Listed):
        inputs, listing_errors = paths_or_globs
    else:
        inputs, listing_errors = list_inputs(paths_or_globs, storage_options)
    meta = _meta()
    # our meta already has string dtypes; dask's automatic conversion would turn
    # the list column ``flags`` (object) into strings
    with dask.config.set({"dataframe.convert-string": False}):
        if inputs:
            batches = _batches([tuple(i) for i in inputs], files_per_partition)
            starts = [sum(len(b) for b in batches[:k]) for k in range(len(batches))]
            divisions = tuple(st << ROW_BITS for st in starts) + ((len(inputs) << ROW_BITS) - 1,)
            both = dd.from_map(extract_batch, batches, starts,
                               args=(storage_options, tuple(lexicon_files), year), meta=meta,
                               divisions=divisions, label="civex-extract", enforce_metadata=False)
        else:
            both = dd.from_pandas(meta, npartitions=1)
        is_claim = both[ERROR_COLUMN].isna()
        hidden = both[is_claim].drop(columns=[ERROR_COLUMN])
        errors = both[~is_claim][["doc", ERROR_COLUMN]].rename(columns={"doc": "path", ERROR_COLUMN: "reason"}).reset_index(drop=True)
        if duplicates and len(inputs) > 1:
            # The local run flags a figure repeated from an earlier page. Distributed:
            # (1) the first page of every digest on more than one page (a shuffle of
            # digests), (2) the claims on later pages joined to it (a shuffle of the
            # digest columns only), (3) those marks sent to their partition by index
            # (known divisions) and applied there. The claims themselves never move.
            firsts = hidden.map_partitions(_firsts, meta={"_key": "string", "_rank": "string"})
            agg = firsts.groupby("_key")["_rank"].agg(["min", "count"], split_out=True, shuffle_method="tasks")
            repeats = agg[agg["count"] > 1][["min"]].rename(columns={"min": "_rank"}).reset_index()
            keyed = hidden[hidden["_role"] > 0][["_key", "_file", "_role"]].reset_index()
            joined = keyed.merge(repeats, on="_key", how="inner", shuffle_method="tasks")
            marks = joined.map_partitions(_later_copies, meta=joined._meta)[["_order", "_rank", "_role"]]
            marks = marks.set_index("_order", divisions=hidden.divisions, shuffle_method="tasks")
            claims = hidden.map_partitions(_apply_marks, marks, meta=empty_frame(),
                                           enforce_metadata=False, clear_divisions=True)
        else:
            claims = hidden.drop(columns=list(HIDDEN))
    return Results(claims, errors, inputs, listing_errors)


def read_claims(paths_or_globs, files_per_partition: int = FILES_PER_PARTITION,
                storage_options: dict | None = None, *, lexicon_files: Iterable[str] = (),
                year: int | None = None, duplicates: bool = True):
    """A lazy ``dask.dataframe.DataFrame`` of the claims of every file.

    ``paths_or_globs``: a path, URL or glob, or a list of them -- local paths,
    directories (searched for *.txt / *.md) or any fsspec URL (``s3://``, ``gs://``,
    ``hdfs://`` ... with its fsspec package installed on client and workers).
    ``storage_options`` go to fsspec. Only names are listed here; files are read on
    the workers. Files that cannot be read are left out (use :func:`read_results`
    to get them). Columns and dtypes: :func:`civex.frames.pandas_dtypes`.

    ``duplicates``: flag a figure repeated from an earlier file (in input order) as
    ``duplicate``, as ``civex extract`` does. This needs one small aggregation over
    every claim's digest before a partition is final; ``False`` makes the frame a pure
    map over files (each partition independent), with only the within-page flags.
    """
    return read_results(paths_or_globs, files_per_partition, storage_options,
                        lexicon_files=lexicon_files, year=year, duplicates=duplicates).claims


# --------------------------------------------------------------------------- the CLI run

@dataclass
class Summary:
    files: int
    claims: int
    failed: list[ReadError]
    seconds: float
    output: str
    errors_file: str

    def line(self) -> str:
        return (f"civex: {self.files} files, {self.claims} claims, {len(self.failed)} failed files, "
                f"{self.seconds:.1f} s -> {self.output}")


def errors_path(output: str) -> str:
    """Where the errors CSV of a dataset goes: beside it, ``claims.parquet`` ->
    ``claims.errors.csv``, ``out/`` -> ``out.errors.csv``."""
    base = output.rstrip("/\\") or output
    if base.lower().endswith(".parquet"):
        base = base[: -len(".parquet")]
    return base + ".errors.csv"


def _check_output(output: str) -> None:
    """Refuse to overwrite a directory that holds anything but a Parquet dataset."""
    if _is_url(output) or not os.path.isdir(output):
        if os.path.exists(output) and not os.path.isdir(output):
            raise FileExistsError(f"{output}: exists and is not a directory (the Dask run writes a dataset directory)")
        return
    for entry in os.listdir(output):
        if not (entry.endswith(".parquet") or entry in DATASET_EXTRAS):
            raise FileExistsError(f"{output}: directory holds files other than a Parquet dataset ({entry}); "
                                  "give an empty or new directory")


def _client(scheduler: str | None, stack):
    from distributed import Client, LocalCluster

    if scheduler:
        return stack.enter_context(Client(scheduler))
    from .api import default_jobs

    cluster = stack.enter_context(LocalCluster(n_workers=default_jobs(), threads_per_worker=1,
                                               processes=True, dashboard_address=":0"))
    return stack.enter_context(Client(cluster))


def _part_name(i: int) -> str:
    return f"part.{i:06d}.parquet"   # zero-padded: a directory listing is in input order


def extract_to_parquet(paths, output: str | os.PathLike, *, scheduler: str | None = None,
                       files_per_partition: int | None = None, storage_options: dict | None = None,
                       lexicon_files: Iterable[str] = (), year: int | None = None,
                       progress: bool | None = None, report: Callable[[ReadError], None] | None = None) -> Summary:
    """Extract every file on a Dask cluster into a Parquet dataset at ``output`` (a
    directory, e.g. ``claims.parquet/``, one ``part.NNNNNN.parquet`` per partition, in input
    order), and the
    failed files to :func:`errors_path` (CSV: ``path,reason``; written even when empty).

    ``files_per_partition``: ``None`` picks :func:`auto_files_per_partition` from the
    cluster's thread count. ``scheduler``: address of a running scheduler (``tcp://host:8786``); ``None``
    starts a LocalCluster with one single-threaded worker process per core.
    ``progress``: Dask's progress bar on stderr (default: when stderr is a terminal).
    ``report`` is called with each failed file (listing failures first).
    """
    _require_dask()
    import csv
    from contextlib import ExitStack

    import fsspec

    from .frames import parquet_schema

    output = os.fspath(output)
    _check_output(output)
    t0 = time.perf_counter()
    if progress is None:
        progress = sys.stderr.isatty()
    with ExitStack() as stack:
        client = _client(scheduler, stack)
        listed = _Listed(*list_inputs(paths, storage_options))
        if files_per_partition is None:
            threads = sum(client.nthreads().values())
            files_per_partition = auto_files_per_partition(len(listed.inputs), threads)
        res = read_results(listed, files_per_partition, storage_options, lexicon_files=lexicon_files, year=year)
        write = res.claims.to_parquet(output, write_index=False, compute=False,
                                      overwrite=not _is_url(output) and os.path.isdir(output),
                                      schema=parquet_schema(), storage_options=storage_options,
                                      compression="zstd", name_function=_part_name)
        count = res.claims.shape[0]
        futures = client.compute([write, count, res.errors])
        if progress:
            from distributed.diagnostics.progressbar import progress as progress_bar

            with redirect_stdout(sys.stderr):
                progress_bar(futures)
        _written, n_claims, errors_frame = client.gather(futures)
    failed = list(res.listing_errors) + [ReadError(str(p), str(r)) for p, r in
                                         zip(errors_frame["path"], errors_frame["reason"])]
    epath = errors_path(output)
    with fsspec.open(epath, "w", encoding="utf-8", newline="", **(storage_options or {})) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "reason"])
        for e in failed:
            w.writerow([e.name, e.reason])
    if report:
        for e in failed:
            report(e)
    return Summary(len(res.inputs) + len(res.listing_errors), int(n_claims), failed,
                   time.perf_counter() - t0, output, epath)


def cli_extract(paths, output, *, scheduler: str | None = None, lexicon_files: Iterable[str] = (),
                year: int | None = None, files_per_partition: int | None = None,
                report: Callable[[ReadError], None] | None = None,
                echo: Callable[[str], None] | None = None) -> int:
    """``civex extract --engine dask``: run :func:`extract_to_parquet`, report each failed
    file with ``report``, print the one-line summary with ``echo`` (default: stderr).
    Returns the exit status: 0, or 1 when a file failed."""
    if echo is None:
        def echo(line: str) -> None:
            print(line, file=sys.stderr)
    if output is None:
        raise ValueError("--engine dask writes a Parquet dataset: give -o DIR or -o FILE.parquet")
    try:
        summary = extract_to_parquet(paths, output, scheduler=scheduler, lexicon_files=lexicon_files, year=year,
                                     files_per_partition=files_per_partition, report=report)
    except (FileExistsError, OSError) as e:   # an output we must not overwrite, a scheduler we cannot reach
        echo(f"civex: {e}")
        return 2
    echo(summary.line())
    return 1 if summary.failed else 0
