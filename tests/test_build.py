"""The optional compiled build (setup.py, CIVEX_COMPILE=1): what a test run exercises.

CI runs the whole suite twice: on the plain install (pip install -e) and on the compiled one,
with CIVEX_EXPECT_COMPILED=1; these tests make sure each run tests the build it says it does.
"""
import ast
import importlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _compiled_list() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COMPILED" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py names no COMPILED modules")


def test_the_build_under_test_is_the_one_expected():
    expected = os.environ.get("CIVEX_EXPECT_COMPILED") == "1"
    for path in _compiled_list():
        module = importlib.import_module(path[:-3].replace("/", "."))
        compiled = module.__file__.endswith((".so", ".pyd"))
        assert compiled == expected, (module.__name__, module.__file__)


def test_every_compiled_module_exists_and_is_not_the_record_schema():
    # (civex/schema.py stays plain: Claim.to_dict reads the instance __dict__, which a
    # compiled class does not have)
    paths = _compiled_list()
    assert paths and all((ROOT / p).is_file() for p in paths)
    assert "civex/schema.py" not in paths
