"""The command line: a thin typer layer that parses options and calls the library."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .api import iter_articles, iter_results
from .checks import DuplicateTracker
from .read import ReadError
from .schema import ARTICLE_FIELD_NAMES, ARTICLE_FIELDS
from .write import FORMATS, describe_fields, write_csv, write_json, write_jsonl, write_table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="civex: figures in Chinese local newspaper pages as claim records.")
err = Console(stderr=True, highlight=False)

SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".txt": "table"}
SUFFIX_FORMATS[".parquet"] = "parquet"   # civex/parquet.py (needs pyarrow)
SUFFIX_FORMATS.update({".xlsx": "xlsx", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"})  # civex/export.py

EXTRACT_HELP = f"""Extract quantified claims from newspaper pages.

PATHS are files, directories (searched for *.txt and *.md) or - for standard input.
Output is a table on a terminal and JSON Lines when piped; -o picks the format from
the file suffix (.jsonl .json .csv .xlsx .sqlite .parquet). A CSV file gets a UTF-8 BOM
(for Excel) unless --no-bom; a .sqlite database is updated in place without duplicates.

Example:  civex extract seeds/ --format jsonl | jq .value

\b
Record fields:
{escape(describe_fields())}
"""


def _report(error: ReadError) -> None:
    err.print(f"civex: {error.name}: {error.reason}", markup=False, soft_wrap=True)


def _paragraphs(text: str) -> str:
    """Help text with each paragraph on one line, so the terminal wraps it; a block after a
    line holding only \\b (field lists, examples) keeps its lines."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("\b") or block.lstrip().startswith(("Example", "$", "civex ")):
            out.append(block)
        else:
            out.append(" ".join(line.strip() for line in block.splitlines()))
    return "\n\n".join(out)


def _lexicon_files(lexicon) -> tuple[str, ...]:
    """The --lexicon files, checked once here: a bad file is a usage error (exit 2), not one
    failure per page."""
    files = tuple(str(p) for p in lexicon)
    if files:
        from .lexicon import load_lexicon

        try:
            load_lexicon(files)
        except (OSError, ValueError) as e:   # tomllib.TOMLDecodeError is a ValueError
            raise typer.BadParameter(f"{e.filename or ''} {e.strerror}".strip() if isinstance(e, OSError) else str(e),
                                     param_hint="--lexicon")
    return files


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


@app.command("extract", help=_paragraphs(EXTRACT_HELP))
def extract_cmd(
    paths: List[str] = typer.Argument(..., help="files, directories or - (stdin)"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table | jsonl | json | csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write to FILE (format from its suffix)"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
    year: Optional[int] = typer.Option(None, "--year", help="year of the pages, for ISO dates"),
    engine: str = typer.Option("local", "--engine", help="local | dask: a Parquet dataset (-o DIR) on a Dask cluster"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)"),
    no_bom: bool = typer.Option(False, "--no-bom", help="CSV file without the UTF-8 byte order mark"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="worker processes (default: one per core)"),
    derived: bool = typer.Option(False, "--derived", help="add computed records: rates from a total and its part (derived: true)"),
) -> None:
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r} (choose local or dask)", param_hint="--engine")
    if engine == "dask":  # civex/dask.py: a Parquet dataset at -o, errors beside it, summary on stderr
        if output is None:
            raise typer.BadParameter("--engine dask writes a Parquet dataset: give -o DIR or -o FILE.parquet", param_hint="--output")
        if derived:
            raise typer.BadParameter("--derived is not available with --engine dask", param_hint="--derived")
        from .dask import cli_extract
        raise typer.Exit(cli_extract(paths, str(output), scheduler=scheduler, lexicon_files=_lexicon_files(lexicon),
                                     year=year, report=_report))
    fmt = _pick_format(fmt, output)
    lexicon_files = _lexicon_files(lexicon)
    failed = 0
    if fmt in ("csv", "xlsx", "sqlite") and output is not None:  # civex/export.py
        raise typer.Exit(_export_files(paths, output, fmt, lexicon_files, year, bom=not no_bom, derived=derived))
    if fmt in ("xlsx", "sqlite"):
        raise typer.BadParameter(f"{fmt} output needs a file: -o FILE.{fmt}", param_hint="--format")
    tracker = DuplicateTracker()  # flags a figure repeated from an earlier input
    progress = _Progress(paths)

    def records():
        nonlocal failed
        with progress:
            for _name, result in progress.wrap(iter_results(paths, lexicon_files=lexicon_files, year=year, jobs=jobs or 0,
                                                            derived=derived)):
                if isinstance(result, ReadError):
                    failed += 1
                    _report(result)
                    continue
                yield from tracker.mark(result)

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


# ---------------------------------------------------------------- exports, progress, analyst commands
# (civex/export.py, summary.py, explain.py, evaluate.py hold the logic; these only dispatch)

PROGRESS_MIN_FILES = 4   # a progress bar on stderr from this many input files, on a terminal only


def _count_inputs(paths) -> int:
    from .read import expand_paths

    return sum(1 for _ in expand_paths(paths))


class _Progress:
    """A rich progress bar on stderr when it is a terminal and there are enough files; else nothing."""

    def __init__(self, paths, label: str = "pages"):
        self.bar = None
        if not err.is_terminal or "-" in paths:
            return
        total = _count_inputs(paths)
        if total < PROGRESS_MIN_FILES:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=err, transient=True)
        self.task = self.bar.add_task(label, total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def advance(self) -> None:
        if self.bar:
            self.bar.advance(self.task)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()
        return False

    def wrap(self, iterable):
        for item in iterable:
            yield item
            self.advance()


def _cell(value) -> str:
    from .write import csv_cell

    return csv_cell(value)


def _fail(message: str, code: int = 1) -> "typer.Exit":
    err.print(f"civex: {message}", markup=False, soft_wrap=True)
    return typer.Exit(code)


def _export_files(paths, output: Path, fmt: str, lexicon_files, year, bom: bool, derived: bool = False) -> int:
    """extract -o FILE.csv/.xlsx/.sqlite: streamed through civex.export; exit status."""
    from .api import iter_documents
    from .export import ExportError, open_exporter
    from .lexicon import load_lexicon

    failed = 0
    try:
        exporter = open_exporter(output, fmt, bom=bom, lexicon=load_lexicon(lexicon_files))
        with exporter, _Progress(paths) as progress:
            for item, claims in progress.wrap(iter_documents(paths, lexicon_files=lexicon_files, year=year,
                                                             derived=derived)):
                if isinstance(item, ReadError):
                    failed += 1
                    _report(item)
                    continue
                exporter.add(item.name, claims, item.text)
    except ExportError as e:
        raise _fail(str(e), e.code) from None
    except OSError as e:
        raise _fail(f"{output}: {e.strerror or e}") from None
    return 1 if failed else 0


SUMMARY_HELP = """Count claims and add up their values per group.

Groups are the --by fields (any record field, or month: YYYY-MM of the claim's period or
its article's date) and always the unit, so different units are never added. The sum is
marked "≥" when some values are lower bounds (300余处 → ≥ 300), "≤" for upper bounds
(近, 不足), "≈" for approximations (约, 左右). Repeated figures (flag duplicate) and
derived rates are left out; percentages and ranks are counted, not summed.

PATHS are pages (files, directories, -) or civex output (.jsonl / .json) to tabulate again.
A table on a terminal; -o FILE.csv / .json / .xlsx.

Example:  civex summary seeds/ --by doc,kind
"""


@app.command("summary", help=_paragraphs(SUMMARY_HELP))
def summary_cmd(
    paths: List[str] = typer.Argument(..., help="pages, directories, - or civex .jsonl/.json output"),
    by: str = typer.Option("category", "--by", help="comma-separated record fields (unit is always added)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write to FILE.csv / .json / .xlsx"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
    year: Optional[int] = typer.Option(None, "--year", help="year of the pages, for ISO dates"),
    no_bom: bool = typer.Option(False, "--no-bom", help="CSV without the UTF-8 byte order mark"),
) -> None:
    import json

    from .summary import summarize, summary_columns

    try:
        columns = summary_columns(by)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--by") from None
    suffix = output.suffix.lower() if output else None
    if suffix not in (None, ".csv", ".json", ".xlsx"):
        raise typer.BadParameter(f"cannot write a summary to {output.name!r}: use .csv, .json or .xlsx", param_hint="--output")
    lexicon_files = _lexicon_files(lexicon)
    records, articles, failed = [], [], 0
    pages = [p for p in paths if not p.lower().endswith((".jsonl", ".json"))]
    for p in paths:
        if p not in pages:
            try:
                text = Path(p).read_text(encoding="utf-8-sig")
                records += (json.loads(text) if p.lower().endswith(".json")
                            else [json.loads(line) for line in text.splitlines() if line.strip()])
            except (OSError, ValueError) as e:
                failed += 1
                err.print(f"civex: {p}: {getattr(e, 'strerror', None) or e}", markup=False, soft_wrap=True)
    if pages:
        from .api import iter_documents
        from .articles import articles_of
        from .lexicon import load_lexicon

        lx = load_lexicon(lexicon_files)
        with _Progress(pages) as progress:
            for item, claims in progress.wrap(iter_documents(pages, lexicon_files=lexicon_files, year=year)):
                if isinstance(item, ReadError):
                    failed += 1
                    _report(item)
                    continue
                records += claims
                articles += articles_of(item.text, item.name, lexicon=lx, year=year, claims=claims)
    rows = summarize(records, by, articles=articles)
    if output is None:
        from rich.table import Table

        shown = [c for c in columns if c not in ("sum", "bound")]  # total = bound + sum
        table = Table(header_style="bold")
        for c in shown:
            numeric = c in ("claims", "duplicates", "total")
            table.add_column(c, justify="right" if numeric else "left", no_wrap=numeric, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)).rsplit("/", 1)[-1] if c == "doc" else _cell(r.get(c)) for c in shown])
        Console().print(table)
    elif suffix == ".csv":
        from .write import write_csv

        with open(output, "w", encoding="utf-8" if no_bom else "utf-8-sig", newline="") as f:
            write_csv(rows, f, fields=columns)
    elif suffix == ".json":
        from .write import write_json

        with open(output, "w", encoding="utf-8") as f:
            write_json(rows, f, fields=columns)
    else:
        from .export import ExportError, require_openpyxl

        try:
            openpyxl = require_openpyxl()
        except ExportError as e:
            raise _fail(str(e), 2) from None
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "summary"
        ws.append(columns)
        for r in rows:
            ws.append([r.get(c) for c in columns])
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        wb.save(output)
    if failed:
        raise typer.Exit(1)


EXPLAIN_HELP = """Show how civex reads a sentence: every recognised quantity with its action, object,
actor and time highlighted, and for every other number the rule that excluded it.

Give the text as an argument, or a page with --file and the line to look at with --line
(the sentences that touch that line are explained).

Example:  civex explain "7月以来，该区共清理店外经营、占道经营、流动摊贩300余处"
"""


@app.command("explain", help=_paragraphs(EXPLAIN_HELP))
def explain_cmd(
    text: Optional[str] = typer.Argument(None, help="the text to explain"),
    file: Optional[Path] = typer.Option(None, "--file", help="a page to explain instead of TEXT"),
    line: Optional[int] = typer.Option(None, "--line", help="with --file: explain the sentences on this line (1-based)"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
    as_json: bool = typer.Option(False, "--json", help="print the verdicts as JSON Lines"),
) -> None:
    import json

    from .explain import explain, line_span, render
    from .lexicon import load_lexicon
    from .read import read_document

    if (text is None) == (file is None):
        raise typer.BadParameter("give either TEXT or --file FILE", param_hint="TEXT / --file")
    if line is not None and file is None:
        raise typer.BadParameter("--line needs --file", param_hint="--line")
    span = None
    if file is not None:
        doc = read_document(file)
        if isinstance(doc, ReadError):
            _report(doc)
            raise typer.Exit(1)
        text = doc.text
        if line is not None:
            try:
                span = line_span(text, line)
            except ValueError as e:
                raise typer.BadParameter(str(e), param_hint="--line") from None
    result = explain(text, lexicon=load_lexicon(_lexicon_files(lexicon)), span=span)
    if as_json:
        for it in result.items:
            typer.echo(json.dumps(it.to_dict(), ensure_ascii=False))
    else:
        render(result, Console(highlight=False))


EVAL_HELP = """Score claims against gold files (the format of evaluation/gold/, see its GUIDELINE.md):
precision, recall, F1, full-tuple recall and per-field accuracy on matched claims, then
the misses, false alarms and field errors.

Without PRED (a civex .jsonl output) civex runs itself on --docs. Derived records are
left out (they are computed, not printed).

Example:  civex eval --gold evaluation/gold --docs seeds
"""


@app.command("eval", help=_paragraphs(EVAL_HELP))
def eval_cmd(
    pred: Optional[Path] = typer.Argument(None, help="predicted claims (.jsonl); default: run civex on --docs"),
    gold: Path = typer.Option(..., "--gold", help="gold directory (*.jsonl) or file"),
    docs: Path = typer.Option(..., "--docs", help="directory of the documents the gold refers to"),
    show: int = typer.Option(20, "--show", help="list up to N misses, false alarms and field errors (0: none)"),
    kinds: Optional[str] = typer.Option(None, "--kinds", help="score only these kinds, e.g. money,percent"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as one JSON object"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
) -> None:
    import json

    from .evaluate import GoldError, evaluate, field_errors, load_jsonl, public

    try:
        preds = load_jsonl(pred) if pred is not None else None
        r = evaluate(gold, docs, preds, kinds=kinds.split(",") if kinds else None,
                     lexicon_files=_lexicon_files(lexicon))
    except GoldError as e:
        raise _fail(str(e)) from None
    except OSError as e:
        raise _fail(f"{e.filename or pred}: {e.strerror or e}") from None
    out = public(r)
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    typer.echo(f"gold {out['gold_required']} required, predicted {out['predicted']}, matched {out['matched']}")
    typer.echo(f"precision {out['precision']:.3f}  recall {out['recall']:.3f}  F1 {out['f1']:.3f}  "
               f"full-tuple recall {out['full_tuple_recall']:.3f}")
    typer.echo("fields on matched: " + ", ".join(f"{k} {v:.3f}" if v is not None else f"{k} n/a"
                                                 for k, v in out["fields"].items()))
    if show:
        for g, near in r["_missed"][:show]:
            extra = f"   (overlapping prediction: value={near.get('value')} unit={near.get('unit')})" if near else ""
            typer.echo(f"MISS  {g['doc']}: {g['context']} -> {g['value']} {g['unit']}{extra}")
        for p in r["_spurious"][:show]:
            typer.echo(f"FALSE {p.get('doc')}@{p.get('start')}: {p.get('value')} {p.get('unit')} "
                       f"{' '.join(str(p.get('text', p.get('quote', ''))).split())}")
        for g, p, bad in field_errors(r)[:show]:
            typer.echo(f"FIELD {g['doc']}: {g['context']}: " +
                       "; ".join(f"{n}: gold={g.get(n)!r} got={p.get(n)!r}" for n in bad))


ARTICLES_HELP = f"""List the articles of newspaper pages: headline, reporter, date, span, claims.

A page is split at its datelines (本报讯…) and headlines; whether a page prints its
headlines before or after the body is read from the page itself. Output as for extract
(table on a terminal, JSON Lines when piped, --format, -o .jsonl/.json/.csv).

Example:  civex articles seeds/ --year 2022 --format csv -o articles.csv

\b
Article fields:
{escape(describe_fields(ARTICLE_FIELDS))}
"""


@app.command("articles", help=_paragraphs(ARTICLES_HELP))
def articles_cmd(
    paths: List[str] = typer.Argument(..., help="files, directories or - (stdin)"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table | jsonl | json | csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write to FILE (.jsonl .json .csv)"),
    lexicon: List[Path] = typer.Option([], "--lexicon", help="extra TOML word lists (repeatable)"),
    year: Optional[int] = typer.Option(None, "--year", help="year of the pages, for ISO dates"),
) -> None:
    fmt = _pick_format(fmt, output)
    if fmt not in ("table", "jsonl", "json", "csv"):
        raise typer.BadParameter("articles are written as table, jsonl, json or csv", param_hint="--output")
    errors: list = []
    failed = 0

    def records():
        nonlocal failed
        for rec in iter_articles(paths, lexicon_files=_lexicon_files(lexicon), year=year, errors=errors):
            failed += len(errors)
            while errors:
                _report(errors.pop(0))   # in input order, before the next document's articles
            yield rec
        failed += len(errors)
        while errors:
            _report(errors.pop(0))

    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as e:
        raise _fail(f"civex: {output}: {e.strerror or e}")
    try:
        if fmt == "jsonl":
            write_jsonl(records(), out, ARTICLE_FIELD_NAMES)
        elif fmt == "json":
            write_json(records(), out, ARTICLE_FIELD_NAMES)
        elif fmt == "csv":
            write_csv(records(), out, ARTICLE_FIELD_NAMES)
        else:
            console = Console(file=out) if output else Console()
            write_table(records(), console, columns=["doc", "article", "headline", "reporter", "date", "claims"])
    finally:
        if output:
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
