"""Hostile input: whatever is in a folder of pages, civex reports it in one line or processes
it, never with a traceback or a hang, and goes on with the other files.

Exit status: 0 when every input was processed, 1 when any failed, 2 for bad usage.
"""
import codecs
import json
import os
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from civex import extract_text
from civex.api import iter_claims, iter_results
from civex.cli import app
from civex.read import ReadError, decode, read_document
from conftest import ROOT, SEEDS

runner = CliRunner()   # keeps stderr apart from stdout: result.stdout / result.stderr
PAGE = "本报讯 7月以来，该区共清理店外经营、占道经营、流动摊贩300余处，发放宣传资料1.2万份。\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run(*args):
    r = runner.invoke(app, ["extract", *[str(a) for a in args]])
    # typer/click turn an exception into r.exception; SystemExit is the normal exit
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.stderr
    return r


def error_lines(r):
    lines = r.stderr.splitlines()
    for line in lines:
        assert line.startswith("civex: "), line
    return lines


def records(r):
    return [json.loads(line) for line in r.stdout.splitlines()]


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def one_error_for(r, path, *words):
    lines = error_lines(r)
    mine = [line for line in lines if line.startswith(f"civex: {path}: ")]
    assert len(mine) == 1, lines
    assert any(w in mine[0] for w in words), mine[0]


# ------------------------------------------------------------------ files that are processed

@pytest.mark.parametrize("content", [b"", b" \n\t\r\n\xe3\x80\x80 \n"], ids=["empty", "white-space"])
def test_empty_and_blank_files_are_processed(tmp_path, good, content):
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    r = run(p, good, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    assert {c["doc"] for c in records(r)} == {str(good)}


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                          ("gbk", b""), ("gb18030", b""), ("utf-8", codecs.BOM_UTF8)])
def test_encodings_give_the_same_claims(tmp_path, good, encoding, bom):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(bom + PAGE.encode(encoding))
    r = run(p, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    got = [(c["text"], c["value"], c["start"], c["end"]) for c in records(r)]
    want = [(c["text"], c["value"], c["start"], c["end"]) for c in extract_text(PAGE)]
    assert got == want and got


def test_truncated_utf8_keeps_the_complete_text(tmp_path):
    data = PAGE.encode("utf-8") + "清理".encode("utf-8")[:-1]   # cut inside the last character
    p = tmp_path / "cut.txt"
    p.write_bytes(data)
    doc = read_document(p)
    assert not isinstance(doc, ReadError)
    assert doc.text == PAGE + "清"
    r = run(p, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0 and len(records(r)) == len(extract_text(PAGE))


def test_utf8_broken_in_the_middle_is_not_mojibake_claims(tmp_path):
    # invalid UTF-8 inside the page: either an error line or GB18030 text; never a crash
    p = tmp_path / "bad.txt"
    p.write_bytes(PAGE.encode("utf-8")[:10] + b"\xff\xfe\xfd" + PAGE.encode("utf-8")[10:])
    r = run(p, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code in (0, 1)
    error_lines(r)


FILLER = "各部门持续推进2023年度重点工作，Working Group meeting 2024，编号3.5。"


def test_a_5mb_line_without_a_break(tmp_path):
    # One 5 MB line of prose with numbers that are no figures: read, normalize, segment and
    # the figure scan see all of it. (The 50 MB case is in bench/hostile.py.)
    text = FILLER * (5_000_000 // len(FILLER.encode("utf-8")) + 1)
    p = tmp_path / "long.txt"
    p.write_text(text, encoding="utf-8")
    assert p.stat().st_size > 5_000_000 and "\n" not in text
    r = run(p, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    assert records(r) == []


def test_a_long_line_with_claims_at_both_ends(tmp_path):
    body = FILLER * (300_000 // len(FILLER.encode("utf-8")))
    text = "该区共清理占道经营300余处，" + body + "发放宣传资料1.2万份。"
    p = tmp_path / "long.txt"
    p.write_text(text, encoding="utf-8")
    r = run(p, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    got = records(r)
    assert [c["text"] for c in got] == ["300余处", "1.2万份"]
    for c in got:
        assert text[c["start"]:c["end"]] == c["text"]


LONG_LINE_SCRIPT = textwrap.dedent("""
    import sys
    from civex import extract_text
    unit = {"sentences": "7月以来，该区共清理占道经营300余处，发放宣传资料1.2万份。",
            "sentence": "该区共清理占道经营300余处，"}[sys.argv[1]]
    text = unit * (45_000 // len(unit))   # 45,000 characters on one line
    print(len(extract_text(text)))
""")


def _run_long_line(kind: str, timeout: float) -> int:
    try:
        out = subprocess.run([sys.executable, "-c", LONG_LINE_SCRIPT, kind], capture_output=True, text=True,
                             timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"45,000 characters on one line ({kind}) took more than {timeout} s")
    assert out.returncode == 0, out.stderr
    return int(out.stdout)


# The timeouts catch work that grows with the square of a sentence (minutes here), not
# speed: a run takes about 1 s, and a loaded CI machine must not fail it.
def test_a_long_line_of_sentences_full_of_claims():
    assert _run_long_line("sentences", timeout=30) >= 2500


def test_one_sentence_of_45000_characters_full_of_claims():
    assert _run_long_line("sentence", timeout=30) >= 2500


def test_a_thousand_small_files(tmp_path):
    d = tmp_path / "many"
    for i in range(1000):
        sub = d / f"{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:04d}.txt").write_text(f"该区共清理占道经营{i + 1}处。\n", encoding="utf-8")
    r = run(d, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    got = records(r)
    assert [c["value"] for c in got] == [float(i + 1) for i in range(1000)]   # in file order


# ------------------------------------------------------------------ files that fail, one line each

def test_binary_file_renamed_txt(tmp_path, good):
    p = tmp_path / "image.txt"
    p.write_bytes(PNG + bytes(range(256)) * 4)
    r = run(p, good, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, p, "binary")
    assert {c["doc"] for c in records(r)} == {str(good)}


def test_undecodable_bytes(tmp_path, good):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes([0x81, 0x20, 0xFF, 0x41]) * 50)   # neither UTF-8 nor GB18030
    r = run(p, good, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, p, "not UTF-8")
    assert len(records(r)) == len(extract_text(PAGE))


def test_utf16_with_bom_but_odd_length(tmp_path, good):
    p = tmp_path / "odd.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le") + b"\x00\xd8\x41")
    r = run(p, good, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, p, "UTF-16")


def test_missing_file_and_directory(tmp_path, good):
    r = run(tmp_path / "nope.txt", good, tmp_path / "nodir", "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "nope.txt", "no such file")
    one_error_for(r, tmp_path / "nodir", "no such file")
    assert len(records(r)) == len(extract_text(PAGE))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode (CI runs as root); "
                                              "test_permission_denied_simulated covers this path")
def test_unreadable_file_chmod_000(tmp_path, good):
    p = tmp_path / "secret.txt"
    p.write_text(PAGE, encoding="utf-8")
    p.chmod(0)
    try:
        r = run(p, good, "--format", "jsonl", "--jobs", "1")
    finally:
        p.chmod(0o644)
    assert r.exit_code == 1
    one_error_for(r, p, "permission denied")


def test_permission_denied_simulated(tmp_path, good, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(PAGE, encoding="utf-8")
    real = type(p).read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(type(p), "read_bytes", read_bytes)
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, p, "permission denied")
    assert {c["doc"] for c in records(r)} == {str(good)}


def test_unlistable_directory_simulated(tmp_path, good, monkeypatch):
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "locked", "permission denied")
    assert {c["doc"] for c in records(r)} == {str(good)}


def test_symlink_loops(tmp_path, good):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)              # a directory loop
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")   # a link to itself
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "self.txt", "symbolic link loop")
    one_error_for(r, tmp_path / "dangling.txt", "no such file")
    assert len(error_lines(r)) == 2
    assert {c["doc"] for c in records(r)} == {str(good)}   # good.txt once, not again through sub/up
    r = run(tmp_path / "self.txt", "--format", "jsonl")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "self.txt", "symbolic link loop")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_txt_does_not_hang(tmp_path, good):
    os.mkfifo(tmp_path / "pipe.txt")
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "pipe.txt", "not a regular file")


def test_undecodable_file_name(tmp_path, good):
    raw = os.fsencode(str(tmp_path)) + b"/\xd6\xd0\xce\xc4.txt"     # GBK bytes of 中文 in the name
    with open(raw, "wb") as f:
        f.write(PAGE.encode("utf-8"))
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 0, r.stderr
    docs = {c["doc"] for c in records(r)}
    assert str(good) in docs and any(d.endswith("\\xd6\\xd0\\xce\\xc4.txt") for d in docs)


def test_errors_in_input_order_with_jobs(tmp_path):
    names = []
    for i in range(12):
        p = tmp_path / f"{i:02d}.txt"
        if i % 3 == 1:
            p.write_bytes(PNG)
        else:
            p.write_text(PAGE.replace("300", str(100 + i)), encoding="utf-8")
        names.append(p)
    names.insert(5, tmp_path / "missing.txt")
    one = run(*names, "--format", "jsonl", "--jobs", "1")
    two = run(*names, "--format", "jsonl", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert len(error_lines(one)) == 5
    order = [str(p) for p in names]
    reported = [line.split(": ")[1] for line in error_lines(one)]
    assert reported == sorted(reported, key=order.index)
    assert [n for n, _r in iter_results(names, jobs=2)] == [n for n, _r in iter_results(names, jobs=1)]


def test_iter_claims_jobs_matches_serial():
    serial = list(iter_claims([SEEDS], jobs=1))
    parallel = list(iter_claims([SEEDS], jobs=2))
    assert serial == parallel and serial


def test_an_extractor_failure_is_one_input_error(tmp_path, good, monkeypatch):
    import civex.api

    real = civex.api.extract_document

    def flaky(doc, *a, **kw):
        if doc.name.endswith("bad.txt"):
            raise RuntimeError("boom\nsecond line")
        return real(doc, *a, **kw)

    monkeypatch.setattr(civex.api, "extract_document", flaky)
    (tmp_path / "bad.txt").write_text(PAGE, encoding="utf-8")
    r = run(tmp_path, "--format", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    one_error_for(r, tmp_path / "bad.txt", "extraction failed: RuntimeError: boom second line")
    assert {c["doc"] for c in records(r)} == {str(good)}


# ------------------------------------------------------------------ exit status and usage

def test_exit_status_0_when_all_good(good):
    r = run(good, "--format", "jsonl")
    assert r.exit_code == 0 and r.stderr == ""


@pytest.mark.parametrize("args", [["--bogus"], ["--format", "yaml"], ["--jobs", "0"], ["--jobs", "x"], []])
def test_bad_usage_is_exit_2(good, args):
    r = runner.invoke(app, ["extract", *([str(good)] if args else []), *args])
    assert r.exit_code == 2
    assert "Traceback" not in r.stderr


def test_cli_subprocess_stderr_and_status(tmp_path, good):
    bad = tmp_path / "image.txt"
    bad.write_bytes(PNG)
    out = subprocess.run([sys.executable, "-m", "civex", "extract", str(bad), str(good), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 1
    assert out.stderr == f"civex: {bad}: binary file, not text\n"
    assert len(out.stdout.splitlines()) == len(extract_text(PAGE))


# ------------------------------------------------------------------ numbers that are not claims

@pytest.mark.parametrize("text", [
    "咨询电话：0375-1234567。",
    "联系人：王先生，13812345678。",
    "身份证号码410102199001011234，",
    "会议于2023-04-20召开。",
    "时间：15:30，地点：区政府。",
    "No.5",
    "版本3.5.1已发布。",
    "1" * 300,
    "编号" + "9" * 300 + "。",
    "0" * 1000 + "." + "5" * 1000,
])
def test_numbers_that_are_not_claims(text):
    assert extract_text(text) == []


def test_decode_never_raises_other_errors():
    for data in (b"", b"\xef\xbb\xbf", codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE + b"\x00", PNG, b"\x80" * 10):
        try:
            decode(data)
        except ValueError:
            pass


def _pages_with_one_that_kills_its_worker(tmp_path, monkeypatch, count: int, dying: int,
                                          delay: float = 0.0) -> list[str]:
    """``count`` pages; the worker that reads page ``dying`` exits after ``delay`` seconds, like
    the kernel's out-of-memory killer (no exception, no cleanup)."""
    import time

    import civex.api

    real = civex.api.extract_document

    def dies(doc, *a, **kw):
        if doc.name.endswith("die.txt"):
            time.sleep(delay)
            os._exit(3)
        return real(doc, *a, **kw)

    monkeypatch.setattr(civex.api, "extract_document", dies)   # workers are forked: they see it
    names = []
    for i in range(count):
        p = tmp_path / (f"{i}die.txt" if i == dying else f"{i}.txt")
        p.write_text(PAGE.replace("300", str(100 + i)), encoding="utf-8")
        names.append(str(p))
    return names


@pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                    reason="the patched extractor reaches the workers only when they are forked")
def test_a_worker_that_dies_costs_only_its_input(tmp_path, monkeypatch):
    names = _pages_with_one_that_kills_its_worker(tmp_path, monkeypatch, 8, 3)
    got = list(iter_results(names, jobs=2, chunksize=1))
    assert [n for n, _r in got] == names
    failed = [n for n, r in got if isinstance(r, ReadError)]
    assert failed == [names[3]]
    assert "worker process died" in got[3][1].reason


@pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                    reason="the patched extractor reaches the workers only when they are forked")
def test_a_worker_that_dies_while_the_caller_waits_costs_only_its_input(tmp_path, monkeypatch):
    # (the pool breaks after the chunk at the head has its result and before the next chunk is
    # sent: sending must not raise; that chunk is run again when its turn comes)
    import time

    names = _pages_with_one_that_kills_its_worker(tmp_path, monkeypatch, 10, 2, delay=0.3)
    results = iter_results(names, jobs=2, chunksize=1)
    got = [next(results)]
    time.sleep(1.5)   # (a slow writer: meanwhile the third input's worker dies)
    got += list(results)
    assert [n for n, _r in got] == names
    assert [n for n, r in got if isinstance(r, ReadError)] == [names[2]]
