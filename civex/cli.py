"""The command line: a thin typer layer that parses options and calls the library."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import __version__
from .api import iter_results
from .read import ReadError
from .write import FORMATS, describe_fields, write_csv, write_json, write_jsonl, write_table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="civex: figures in Chinese local newspaper pages as claim records.")
err = Console(stderr=True, highlight=False)

SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".txt": "table"}
SUFFIX_FORMATS[".parquet"] = "parquet"   # civex/parquet.py (needs pyarrow)

EXTRACT_HELP = f"""Extract quantified claims from newspaper pages.

PATHS are files, directories (searched for *.txt and *.md) or - for standard input.
Output is a table on a terminal and JSON Lines when piped; -o picks the format from
the file suffix (.jsonl .json .csv).

Example:  civex extract seeds/ --format jsonl | jq .value

\b
Record fields:
{describe_fields()}
"""


def _report(error: ReadError) -> None:
    err.print(f"civex: {error.name}: {error.reason}", markup=False, soft_wrap=True)


def _pick_format(fmt: Optional[str], output: Optional[Path]) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise typer.BadParameter(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})", param_hint="--format")
        return fmt
    if output is not None:
        suffix = output.suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise typer.BadParameter(f"cannot tell the format from {output.name!r}; use --format", param_hint="--output")
        return SUFFIX_FORMATS[suffix]
    return "table" if sys.stdout.isatty() else "jsonl"


@app.command("extract", help=EXTRACT_HELP)
def extract_cmd(
    paths: List[str] = typer.Argument(..., help="files, directories or - (stdin)"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table | jsonl | json | csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write to FILE (format from its suffix)"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
    year: Optional[int] = typer.Option(None, "--year", help="year of the pages, for ISO dates"),
    engine: str = typer.Option("local", "--engine", help="local | dask: a Parquet dataset (-o DIR) on a Dask cluster"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)"),
) -> None:
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r} (choose local or dask)", param_hint="--engine")
    if engine == "dask":  # civex/dask.py: a Parquet dataset at -o, errors beside it, summary on stderr
        if output is None:
            raise typer.BadParameter("--engine dask writes a Parquet dataset: give -o DIR or -o FILE.parquet", param_hint="--output")
        from .dask import cli_extract
        raise typer.Exit(cli_extract(paths, str(output), scheduler=scheduler, lexicon_files=tuple(str(p) for p in lexicon),
                                     year=year, report=_report))
    fmt = _pick_format(fmt, output)
    lexicon_files = tuple(str(p) for p in lexicon)
    failed = 0

    def records():
        nonlocal failed
        for _name, result in iter_results(paths, lexicon_files=lexicon_files, year=year):
            if isinstance(result, ReadError):
                failed += 1
                _report(result)
                continue
            yield from result

    out = open(output, "w", encoding="utf-8", newline="") if output and fmt != "parquet" else sys.stdout
    try:
        if fmt == "jsonl":
            write_jsonl(records(), out)
        elif fmt == "json":
            write_json(records(), out)
        elif fmt == "csv":
            write_csv(records(), out)
        elif fmt == "parquet":
            from .parquet import write_parquet
            write_parquet(records(), output)
        else:
            console = Console(file=out) if output else Console()
            write_table(records(), console)
    finally:
        if output and fmt != "parquet":
            out.close()
    if failed:
        raise typer.Exit(1)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", help="print the version and exit")) -> None:
    if version:
        typer.echo(f"civex {__version__}")
        raise typer.Exit()


def main() -> None:
    from .parquet import MissingDependency

    try:
        app()
    except MissingDependency as e:  # an optional extra is not installed: one line, no traceback
        err.print(f"civex: {e}", markup=False, soft_wrap=True)
        sys.exit(2)
