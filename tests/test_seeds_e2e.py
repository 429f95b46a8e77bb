"""End to end on the seed pages, scored against the hand-made gold (evaluation/gold)."""
import importlib.util
import json

import pytest

from civex import extract_text
from conftest import ROOT, SEEDS, SHARED

GOLD = ROOT / "evaluation" / "gold"


def _scorer():
    path = SHARED / "gold" / "score.py"
    if not path.exists():
        pytest.skip("shared/gold/score.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scores():
    score = _scorer()
    preds = []
    for p in sorted(SEEDS.glob("*.txt")):
        preds += extract_text(p.read_text(encoding="utf-8"), doc=p.name)
    gold = score.gold_rows(str(GOLD))
    assert not score.locate_gold(gold, SEEDS)
    return score.score(SEEDS, gold, json.loads(json.dumps(preds)))


def test_quantity_f1(scores):
    assert scores["f1"] >= 0.95, scores


def test_approx_and_kind_on_matched(scores):
    assert scores["fields"]["approx"] >= 0.98
    assert scores["fields"]["kind"] >= 0.98


def test_offsets_slice_original(seed_paths):
    for p in seed_paths:
        text = p.read_text(encoding="utf-8")
        for c in extract_text(text, doc=p.name):
            assert text[c["start"]:c["end"]] == c["text"]
            assert c["start"] < c["end"]
