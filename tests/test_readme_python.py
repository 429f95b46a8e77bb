"""The "Use from Python" example of README.md runs as written."""
import re

import pytest

from conftest import ROOT


def _python_block(section: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"README has no section {section!r}"
    code = re.search(r"```python\n(.*?)```", m.group(1), re.S)
    assert code, f"no python block in {section!r}"
    return code.group(1)


def test_use_from_python_example_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pyarrow")
    pytest.importorskip("dask.dataframe")
    import pandas as pd

    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    ns: dict = {}
    exec(compile(_python_block("Use from Python"), "README.md", "exec"), ns)
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "300.0 more_than 处 清理"
    assert ns["claims"][0]["value"] == 300.0
    df = ns["df"]
    assert len(df) > 0 and df["doc"].str.startswith("seeds/").all()
    back = pd.read_parquet(tmp_path / "claims.parquet")
    assert len(back) == len(df) and list(back["id"]) == list(df["id"])
    assert int(ns["ddf"].shape[0].compute()) == len(df)
