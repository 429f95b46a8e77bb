"""Claim records as pandas / Arrow tables, with dtypes derived from the schema.

Everything here is computed from :data:`civex.schema.CLAIM_FIELDS`, so the
DataFrame of :func:`claims_frame`, the Parquet files, and the Dask ``meta``
(:func:`empty_frame`) always agree with JSON Lines and CSV.

Column types (schema type -> pandas dtype -> Arrow type):

====== ========== ============================== ===================
schema nullable   pandas                         Arrow
====== ========== ============================== ===================
str    no / yes   ``"string"`` (missing: ``NA``) ``string``
int    no         ``int64``                      ``int64``
int    yes        ``"Int64"`` (missing: ``NA``)  ``int64``
float  no / yes   ``float64`` (missing: ``NaN``) ``double``
bool   no         ``bool``                       ``bool``
list   no         ``object`` (Python lists)      ``list<string>``
====== ========== ============================== ===================

Strings use pandas' nullable ``"string"`` dtype (``pd.StringDtype()``), never
``object``: a missing string is ``pd.NA``, the same on pandas 2 and 3 and
in Dask. pyarrow is imported only by :func:`arrow_schema` and friends.
"""
from __future__ import annotations

from typing import Iterable

from .schema import CLAIM_FIELDS

STRING_DTYPE = "string"


def _pandas_dtype(ftype: str, nullable: bool) -> str:
    if ftype == "str":
        return STRING_DTYPE
    if ftype == "int":
        return "Int64" if nullable else "int64"
    if ftype == "float":
        return "float64"
    if ftype == "bool":
        return "bool"
    if ftype == "list":
        return "object"
    raise ValueError(f"unknown schema type {ftype!r}")


def pandas_dtypes(fields=CLAIM_FIELDS) -> dict[str, str]:
    """{column: pandas dtype} in schema order."""
    return {name: _pandas_dtype(ftype, nullable) for name, ftype, nullable, _ in fields}


def empty_frame(fields=CLAIM_FIELDS):
    """An empty DataFrame with the schema's columns and dtypes (the Dask ``meta``)."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in pandas_dtypes(fields).items()})


def _list_cell(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def claims_frame(claims: Iterable[dict], fields=CLAIM_FIELDS):
    """A DataFrame of claim records: the schema's columns, in order, with its dtypes.

    Missing keys and ``None`` become NA (``NaN`` for floats); list cells are Python lists.
    """
    import pandas as pd

    rows = claims if isinstance(claims, list) else list(claims)
    dtypes = pandas_dtypes(fields)
    data = {}
    for name, ftype, _nullable, _ in fields:
        values = [r.get(name) for r in rows]
        if ftype == "list":
            col = pd.Series([_list_cell(v) for v in values], dtype="object")
        elif ftype == "float":
            col = pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")
        elif ftype == "bool":
            col = pd.Series([bool(v) for v in values], dtype="bool")
        else:
            col = pd.Series(values, dtype=dtypes[name])
        data[name] = col
    return pd.DataFrame(data, columns=list(dtypes))


def _arrow_type(ftype: str):
    import pyarrow as pa

    return {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }[ftype]


def arrow_schema(fields=CLAIM_FIELDS):
    """The pyarrow schema of the records: schema order, types and nullability.

    Requires pyarrow (``pip install 'civex[parquet]'``)."""
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(ftype), nullable=nullable)
                      for name, ftype, nullable, _ in fields])


def parquet_schema(fields=CLAIM_FIELDS):
    """:func:`arrow_schema` plus the pandas metadata that makes ``pd.read_parquet``
    give back :func:`pandas_dtypes` (``Int64``, ``string``)."""
    import pyarrow as pa

    return pa.Table.from_pandas(empty_frame(fields), schema=arrow_schema(fields), preserve_index=False).schema


def arrow_table(claims: Iterable[dict], schema=None, fields=CLAIM_FIELDS):
    """A pyarrow Table of records (dicts), checked against the schema."""
    import pyarrow as pa

    schema = schema if schema is not None else parquet_schema(fields)
    rows = claims if isinstance(claims, list) else list(claims)
    columns = []
    for name, ftype, _nullable, _ in fields:
        values = [r.get(name) for r in rows]
        if ftype == "list":
            values = [_list_cell(v) for v in values]
        elif ftype == "float":
            values = [None if v is None else float(v) for v in values]
        columns.append(pa.array(values, type=schema.field(name).type))
    return pa.Table.from_arrays(columns, schema=schema)
