"""The library functions behind the CLI: files and paths in, records out."""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .checks import DuplicateTracker
from .extract import extract_text
from .lexicon import load_lexicon
from .read import Document, ReadError, read_document, read_inputs


def extract_file(path: str | os.PathLike, *, lexicon_files: tuple[str, ...] = (), year: int | None = None) -> list[dict]:
    """Claims of one file. Raises ValueError naming the file when it cannot be read."""
    doc = read_document(path)
    if isinstance(doc, ReadError):
        raise ValueError(str(doc))
    return extract_text(doc.text, doc.name, lexicon=load_lexicon(tuple(lexicon_files)), year=year)


def extract_document(doc: Document, lexicon_files: tuple[str, ...] = (), year: int | None = None) -> list[dict]:
    return extract_text(doc.text, doc.name, lexicon=load_lexicon(tuple(lexicon_files)), year=year)


def iter_results(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (),
                 year: int | None = None) -> Iterator[tuple[str, list[dict] | ReadError]]:
    """(name, claims or ReadError) for each input, in input order."""
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            yield item.name, item
        else:
            yield item.name, extract_document(item, lexicon_files, year)


def iter_claims(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                errors: list | None = None, tracker=None) -> Iterator[dict]:
    """Claims of every input, streamed in input order. Unreadable inputs are appended to
    ``errors`` (a list of ReadError) when given, else skipped. A figure repeating one of an
    earlier input is flagged ``duplicate`` (``tracker``: a checks.DuplicateTracker, made
    here when not given; pass ``False`` to skip the cross-file check)."""
    if tracker is None:
        tracker = DuplicateTracker()
    for _name, result in iter_results(paths, lexicon_files=lexicon_files, year=year):
        if isinstance(result, ReadError):
            if errors is not None:
                errors.append(result)
            continue
        yield from (tracker.mark(result) if tracker else result)


def iter_documents(paths: Iterable[str], *, lexicon_files: tuple[str, ...] = (), year: int | None = None,
                   tracker=None) -> Iterator[tuple[Document | ReadError, list[dict]]]:
    """(Document, its claims) for each input in input order, (ReadError, []) for an unreadable
    one: for exports that also need the text (articles, document hashes)."""
    if tracker is None:
        tracker = DuplicateTracker()
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            yield item, []
        else:
            claims = extract_document(item, lexicon_files, year)
            yield item, (tracker.mark(claims) if tracker else claims)


def to_dataframe(claims: Iterable[dict]):
    """A pandas DataFrame with the schema's columns and dtypes."""
    from .frames import claims_frame

    return claims_frame(claims)
