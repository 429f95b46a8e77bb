"""The library functions behind the CLI: files and paths in, records out."""
from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from .checks import DuplicateTracker
from .extract import extract_text
from .lexicon import load_lexicon
from .read import Document, ReadError, expand_paths, read_document, read_inputs, read_item


def extract_file(path: str | os.PathLike, *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                 derived: bool = False) -> list[dict]:
    """Claims of one file. Raises ValueError naming the file when it cannot be read."""
    doc = read_document(path)
    if isinstance(doc, ReadError):
        raise ValueError(str(doc))
    return extract_document(doc, lexicon_files, year, derived)


def extract_document(doc: Document, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                     derived: bool = False) -> list[dict]:
    """Claims of a decoded document; ``derived`` adds the computed rate records."""
    return extract_text(doc.text, doc.name, lexicon=load_lexicon(tuple(lexicon_files)), year=year, derived=derived)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _result(item: str | Document | ReadError, lexicon_files: tuple[str, ...],
            year: int | None, derived: bool = False) -> tuple[str, list[dict] | ReadError]:
    """(name, claims or ReadError) of one item of expand_paths (or a Document). Never raises
    for one bad page: an unexpected failure of the extractor becomes that input's error."""
    doc = item if isinstance(item, Document) else read_item(item)
    if isinstance(doc, ReadError):
        return doc.name, doc
    try:
        return doc.name, extract_document(doc, lexicon_files, year, derived)
    except Exception as e:  # noqa: BLE001 - one odd page must not stop a year of pages
        detail = " ".join(str(e).split())[:200]
        return doc.name, ReadError(doc.name, f"extraction failed: {type(e).__name__}" + (f": {detail}" if detail else ""))


def _results_of_chunk(chunk: list, lexicon_files: tuple[str, ...], year: int | None, derived: bool) -> list:
    return [_result(item, lexicon_files, year, derived) for item in chunk]


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        chunk = items[i:i + size]
        # standard input can only be read here, in the parent
        yield [read_item(it) if it == "-" else it for it in chunk]


def _iter_parallel(items: list, jobs: int, lexicon_files: tuple[str, ...], year: int | None,
                   chunksize: int | None, derived: bool = False) -> Iterator[tuple[str, list[dict] | ReadError]]:
    """Chunks of inputs on a process pool; results in input order. At most a few chunks per
    worker are in flight, so memory stays flat however many files there are (and however
    slowly the caller writes). A worker that dies (killed, out of memory) breaks the pool:
    the chunk at the head is then run again alone on a fresh pool, and only if it breaks
    that one too do its inputs get an error each; the run goes on."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if chunksize is None:
        chunksize = max(1, min(16, len(items) // (jobs * 4)))
    chunks = _chunks(items, chunksize)
    window = jobs * 3
    pool = ProcessPoolExecutor(max_workers=jobs)

    def submit(chunk):
        try:
            return pool.submit(_results_of_chunk, chunk, lexicon_files, year, derived)
        except BrokenProcessPool as broken:
            # (a worker of a later chunk died after the head's result came: the chunk waits
            # its turn in the queue, where the head's handling gives it a fresh pool)
            failed: Future = Future()
            failed.set_exception(broken)
            return failed

    def fresh_pool():
        nonlocal pool
        pool.shutdown(wait=True, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=jobs)

    try:
        pending = deque((c, submit(c)) for c in islice(chunks, window))
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                fresh_pool()
                try:
                    results = submit(chunk).result()
                except BrokenProcessPool:
                    results = [(_name_of(it), ReadError(_name_of(it), "worker process died (out of memory?)"))
                               for it in chunk]
                    fresh_pool()
                pending = deque((c, submit(c)) for c, _f in pending)
            for c in islice(chunks, 1):
                pending.append((c, submit(c)))
            yield from results
    finally:
        # wait=True: a pool left to the interpreter's exit hooks can print an OSError traceback
        pool.shutdown(wait=True, cancel_futures=True)


def _name_of(item) -> str:
    from .read import display_name

    return item.name if isinstance(item, (Document, ReadError)) else display_name(str(item))


def iter_results(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                 jobs: int = 1, chunksize: int | None = None,
                 derived: bool = False) -> Iterator[tuple[str, list[dict] | ReadError]]:
    """(name, claims or ReadError) for each input, in input order.

    ``jobs`` > 1 reads and extracts the files on that many worker processes (0: one per
    core); the results, errors included, are the same and in the same order as with
    ``jobs=1``. An input the extractor fails on is reported as its error, not raised."""
    lexicon_files = tuple(lexicon_files)
    jobs = default_jobs() if jobs is None or jobs <= 0 else jobs
    if jobs > 1:
        items = list(expand_paths(paths))
        if len(items) > 1:
            yield from _iter_parallel(items, min(jobs, len(items)), lexicon_files, year, chunksize, derived)
            return
    else:
        items = expand_paths(paths)
    for item in items:
        yield _result(item, lexicon_files, year, derived)


def iter_claims(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                errors: list | None = None, tracker=None, jobs: int = 1, derived: bool = False) -> Iterator[dict]:
    """Claims of every input, streamed in input order. Unreadable inputs are appended to
    ``errors`` (a list of ReadError) when given, else skipped. A figure repeating one of an
    earlier input is flagged ``duplicate`` (``tracker``: a checks.DuplicateTracker, made
    here when not given; pass ``False`` to skip the cross-file check). ``jobs``: worker
    processes, as for :func:`iter_results`."""
    if tracker is None:
        tracker = DuplicateTracker()
    for _name, result in iter_results(paths, lexicon_files=lexicon_files, year=year, jobs=jobs, derived=derived):
        if isinstance(result, ReadError):
            if errors is not None:
                errors.append(result)
            continue
        yield from (tracker.mark(result) if tracker else result)


def iter_documents(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                   tracker=None, derived: bool = False) -> Iterator[tuple[Document | ReadError, list[dict]]]:
    """(Document, its claims) for each input in input order, (ReadError, []) for an unreadable
    one: for exports that also need the text (articles, document hashes)."""
    if tracker is None:
        tracker = DuplicateTracker()
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            yield item, []
        else:
            claims = extract_document(item, lexicon_files, year, derived)
            yield item, (tracker.mark(claims) if tracker else claims)


def to_dataframe(claims: Iterable[dict]):
    """A pandas DataFrame with the schema's columns and dtypes."""
    from .frames import claims_frame

    return claims_frame(claims)


def iter_articles(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                  errors: list | None = None) -> Iterator[dict]:
    """Article records (schema.ARTICLE_FIELDS) of every input, with their claim counts."""
    from .articles import articles_of

    lexicon = load_lexicon(tuple(lexicon_files))
    for doc, claims in iter_documents(paths, lexicon_files=lexicon_files, year=year, tracker=False):
        if isinstance(doc, ReadError):
            if errors is not None:
                errors.append(doc)
            continue
        yield from articles_of(doc.text, doc.name, lexicon=lexicon, year=year, claims=claims)

