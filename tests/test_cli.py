"""The CLI through typer's CliRunner: formats, exports, analyst commands, help, bad usage."""
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from civex.cli import app
from conftest import ROOT, SEEDS

runner = CliRunner()
GOLD = ROOT / "evaluation" / "gold"


def run(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def test_extract_jsonl_lines_parse():
    r = run("extract", SEEDS, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(lines) > 100
    for c in lines:
        assert c["doc"].startswith(str(SEEDS))
        text = open(c["doc"], encoding="utf-8").read()
        assert text[c["start"]:c["end"]] == c["text"]


@pytest.mark.parametrize("cmd", ["extract", "summary", "explain", "eval"])
def test_help_has_an_example(cmd):
    r = run(cmd, "--help")
    assert r.exit_code == 0
    assert "Example:" in r.stdout and f"civex {cmd}" in r.stdout


def test_top_level_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("extract", "summary", "explain", "eval"):
        assert cmd in r.stdout


@pytest.mark.parametrize("args", [
    ["extract"],                                          # no paths
    ["extract", SEEDS, "--format", "docx"],               # unknown format
    ["extract", SEEDS, "-o", "claims.unknown"],           # unknown suffix
    ["extract", SEEDS, "--format", "sqlite"],             # sqlite needs a file
    ["summary", SEEDS, "--by", "nonsense"],               # unknown field
    ["explain"],                                          # neither TEXT nor --file
    ["explain", "--line", "3", "共3家"],                   # --line without --file
    ["eval", "--docs", SEEDS],                            # no --gold
    ["extract", SEEDS, "--no-such-option"],
])
def test_bad_usage_exits_2(args, tmp_path):
    r = run(*args)
    assert r.exit_code == 2, r.output


def test_csv_file_has_bom_and_no_bom(tmp_path):
    out = tmp_path / "c.csv"
    assert run("extract", SEEDS, "-o", out).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("extract", SEEDS, "-o", out, "--no-bom").exit_code == 0
    assert out.read_bytes().startswith(b"id,")
    r = run("extract", SEEDS, "--format", "csv")
    assert r.stdout.startswith("id,")


def test_sqlite_twice_same_rows(tmp_path):
    out = tmp_path / "c.sqlite"
    jsonl = run("extract", SEEDS, "--format", "jsonl").stdout.splitlines()
    for _ in range(2):
        r = run("extract", SEEDS, "-o", out)
        assert r.exit_code == 0, r.output
        assert sqlite3.connect(out).execute("SELECT count(*) FROM claims").fetchone()[0] == len(jsonl)


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "c.xlsx"
    assert run("extract", SEEDS, "-o", out).exit_code == 0
    assert openpyxl.load_workbook(out).sheetnames == ["claims", "articles", "summary"]


def test_unreadable_input_is_one_line_and_exit_1(tmp_path):
    out = tmp_path / "c.sqlite"
    r = run("extract", SEEDS / "000_a23e845ea027e80a.txt", tmp_path / "missing.txt", "-o", out)
    assert r.exit_code == 1
    assert "missing.txt" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.output
    assert sqlite3.connect(out).execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_summary_table_csv_json(tmp_path):
    r = run("summary", SEEDS, "--by", "kind")
    assert r.exit_code == 0 and "unit" in r.stdout and "claims" in r.stdout
    out = tmp_path / "s.json"
    assert run("summary", SEEDS, "--by", "kind", "-o", out).exit_code == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    jsonl = [json.loads(x) for x in run("extract", SEEDS, "--format", "jsonl").stdout.splitlines()]
    assert sum(r["claims"] + r["duplicates"] for r in rows) == sum(1 for c in jsonl if not c["derived"])
    assert len({(r["kind"], r["unit"]) for r in rows}) == len(rows)  # one row per group
    # a summary of the JSON Lines output equals the summary of the pages
    jl = tmp_path / "c.jsonl"
    run("extract", SEEDS, "-o", jl)
    out2 = tmp_path / "s2.json"
    assert run("summary", jl, "--by", "kind", "-o", out2).exit_code == 0
    assert json.loads(out2.read_text(encoding="utf-8")) == rows
    csv_out = tmp_path / "s.csv"
    assert run("summary", SEEDS, "--by", "kind", "-o", csv_out).exit_code == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfkind,unit,claims")


def test_explain_text_and_file():
    r = run("explain", "7月以来，该区共清理店外经营、占道经营、流动摊贩300余处，组建第八个督导组。")
    assert r.exit_code == 0
    assert "300余处" in r.stdout and "ordinal" in r.stdout and "清理" in r.stdout
    r = run("explain", "--file", SEEDS / "000_a23e845ea027e80a.txt", "--line", "411", "--json")
    assert r.exit_code == 0, r.output
    items = [json.loads(x) for x in r.stdout.splitlines()]
    assert {"155起", "153起"} <= {i["text"] for i in items}
    r = run("explain", "--file", SEEDS / "000_a23e845ea027e80a.txt", "--line", "100000")
    assert r.exit_code == 2


def test_eval_runs_and_matches_json(tmp_path):
    r = run("eval", "--gold", GOLD, "--docs", SEEDS, "--json")
    assert r.exit_code == 0, r.output
    figures = json.loads(r.stdout)
    assert 0 <= figures["f1"] <= 1 and figures["gold_required"] > 0
    pred = tmp_path / "p.jsonl"
    run("extract", SEEDS, "-o", pred)
    r2 = run("eval", pred, "--gold", GOLD, "--docs", SEEDS, "--json")
    assert json.loads(r2.stdout) == figures
    r3 = run("eval", pred, "--gold", GOLD, "--docs", SEEDS, "--show", "3")
    assert r3.stdout.startswith("gold ") and "precision" in r3.stdout


def test_eval_bad_gold_is_one_line(tmp_path):
    r = run("eval", "--gold", tmp_path / "nope", "--docs", SEEDS)
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output


def test_no_progress_bar_when_not_a_terminal():
    r = run("extract", SEEDS, "--format", "jsonl")
    assert r.stderr == ""


def test_derived_rates_only_on_request():
    page = "上级交办重复信访案件共155起，化解153起。"
    plain = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=page)
    assert plain.exit_code == 0
    assert [json.loads(x)["derived"] for x in plain.stdout.splitlines()] == [False, False]
    asked = runner.invoke(app, ["extract", "-", "--format", "jsonl", "--derived"], input=page)
    rows = [json.loads(x) for x in asked.stdout.splitlines()]
    rates = [r for r in rows if r["derived"]]
    assert len(rates) == 1
    assert rates[0]["unit"] == "%" and rates[0]["value"] == pytest.approx(98.7, abs=0.05)   # 153/155
    assert page[rates[0]["start"]:rates[0]["end"]] == rates[0]["text"]


def test_articles_command():
    r = runner.invoke(app, ["articles", str(SEEDS / "000_a23e845ea027e80a.txt"), "--format", "jsonl"])
    assert r.exit_code == 0
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 10 and rows[0]["headline"].endswith("石龙区确保创文任务落地落实")
    # the photo story (▶8月22日上午…) is an article of its own, with the headline printed after it
    assert rows[-1]["headline"] == "项目建设促乡村振兴" and rows[-2]["headline"].endswith("困难学子拿到补助金")
    assert sum(a["claims"] for a in rows) == len(
        runner.invoke(app, ["extract", str(SEEDS / "000_a23e845ea027e80a.txt"), "--format", "jsonl"]).stdout.splitlines())
    missing = runner.invoke(app, ["articles", "no/such/page.txt", "--format", "jsonl"])
    assert missing.exit_code == 1


@pytest.mark.parametrize("content, says", [("x = [\n", "not valid TOML"), ("[foo]\nx = 1\n", "unknown lexicon table")])
def test_bad_lexicon_file_is_a_usage_error(tmp_path, content, says):
    bad = tmp_path / "mine.toml"
    bad.write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(SEEDS), "--lexicon", str(bad), "--format", "jsonl"])
    assert r.exit_code == 2
    flat = "".join(ch for ch in r.output if not ch.isspace() and ch not in "│╭╮╰╯─")   # rich wraps the box
    assert says.replace(" ", "") in flat and '"doc"' not in r.output   # no page was processed
