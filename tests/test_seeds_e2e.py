"""End to end on the seed pages, scored against the hand-made gold (evaluation/gold) with
civex's own scorer (equal to the reference score.py: tests/test_evaluate.py checks that).

The thresholds are the acceptance figures of the core issue (quantities) and of the
context issue (fields on matched claims, full-tuple recall)."""
import pytest

from civex import extract_text
from civex.evaluate import evaluate, public
from conftest import ROOT, SEEDS

GOLD = ROOT / "evaluation" / "gold"


@pytest.fixture(scope="module")
def scores():
    preds = []
    for p in sorted(SEEDS.glob("*.txt")):
        preds += extract_text(p.read_text(encoding="utf-8"), doc=p.name)
    return public(evaluate(GOLD, SEEDS, preds))


def test_quantity_f1(scores):
    assert scores["f1"] >= 0.95, scores


def test_approx_and_kind_on_matched(scores):
    assert scores["fields"]["approx"] >= 0.98
    assert scores["fields"]["kind"] >= 0.98


@pytest.mark.parametrize("field", ["action", "object", "actor", "time"])
def test_context_fields_on_matched(scores, field):
    assert scores["fields"][field] >= 0.92, scores["fields"]


def test_full_tuple_recall(scores):
    assert scores["full_tuple_recall"] >= 0.90, scores


def test_offsets_slice_original(seed_paths):
    for p in seed_paths:
        text = p.read_text(encoding="utf-8")
        for c in extract_text(text, doc=p.name):
            assert text[c["start"]:c["end"]] == c["text"]
            assert c["start"] < c["end"]


HELDOUT = ROOT / "evaluation" / "heldout"


@pytest.fixture(scope="module")
def heldout_scores():
    preds = []
    for p in sorted((HELDOUT / "pages").glob("*.txt")):
        preds += extract_text(p.read_text(encoding="utf-8"), doc=p.name)
    return public(evaluate(HELDOUT / "gold", HELDOUT / "pages", preds))


def test_heldout_pages_do_not_regress(heldout_scores):
    # floors a little under the figures in evaluation/heldout/README.md (stops 14 to 21 added
    # batches whose first runs scored lower than the older pages, b01–b06, f01–f06, ac01–ac06,
    # af01–af06, ag01–ag06 and am01–am06 far lower: the floors follow the set)
    s = heldout_scores
    assert s["f1"] >= 0.98, s
    assert s["full_tuple_recall"] >= 0.568, s
    floors = {"approx": 0.98, "kind": 0.98, "action": 0.80, "object": 0.80, "actor": 0.83, "time": 0.87}
    for field, floor in floors.items():
        assert s["fields"][field] >= floor, (field, s["fields"])
