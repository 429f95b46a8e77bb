"""Parquet output: records streamed into row groups, schema from ``CLAIM_FIELDS``.

Needs pyarrow (``pip install 'civex[parquet]'``). Memory stays flat: at most one
batch of ``batch_size`` records is held at a time, and each batch becomes one
row group of the file.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .schema import CLAIM_FIELDS

BATCH_SIZE = 10_000
MISSING_PYARROW = "Parquet output needs pyarrow: pip install 'civex[parquet]'"


class MissingDependency(RuntimeError):
    """An optional dependency is not installed; the message says what to install."""


def require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependency(MISSING_PYARROW) from None
    return pq


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for r in records:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(records: Iterable[dict], path: str | os.PathLike, *, batch_size: int = BATCH_SIZE,
                  fields=CLAIM_FIELDS, compression: str = "zstd") -> int:
    """Write records to a Parquet file, one row group per ``batch_size`` records.

    Returns the number of records written. The file carries pandas metadata, so
    ``pandas.read_parquet(path)`` gives back :func:`civex.frames.pandas_dtypes`
    (list cells come back as numpy arrays). An empty input gives a valid file
    with the schema and no rows.
    """
    pq = require_pyarrow()
    from .frames import arrow_table, parquet_schema

    schema = parquet_schema(fields)
    n = 0
    with pq.ParquetWriter(os.fspath(path), schema, compression=compression) as writer:
        for batch in _batches(records, batch_size):
            writer.write_table(arrow_table(batch, schema, fields), row_group_size=len(batch))
            n += len(batch)
    return n
