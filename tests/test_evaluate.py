"""civex.evaluate: the same figures as the reference scorer, and hand-checked small cases."""
import copy
import importlib.util
import json

import pytest

from civex import extract_text
from civex.evaluate import GoldError, evaluate, field_ok, gold_rows, locate_gold, score, strip_map
from conftest import ROOT, SEEDS, SHARED

GOLD = ROOT / "evaluation" / "gold"


def _reference():
    path = SHARED / "gold" / "score.py"
    if not path.exists():
        pytest.skip("shared/gold/score.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _seed_predictions():
    preds = []
    for p in sorted(SEEDS.glob("*.txt")):
        preds += extract_text(p.read_text(encoding="utf-8"), doc=p.name)
    return json.loads(json.dumps(preds))


def _public(r):
    return {k: v for k, v in r.items() if not k.startswith("_")}


def _perturbed(preds):
    """Predictions with misses, false alarms and wrong fields, so every branch counts."""
    out = copy.deepcopy(preds)
    del out[::7]                              # misses
    for p in out[::5]:
        p["value"] = p["value"] + 1           # value errors: miss + false alarm
    for p in out[1::6]:
        p["action"], p["object"] = "", "某某"  # field errors
    out.append(dict(out[0], start=0, end=3, value=42))  # a spurious claim at the top of a page
    return out


@pytest.mark.parametrize("perturb", [False, True])
def test_same_figures_as_reference(perturb):
    ref = _reference()
    preds = _seed_predictions()
    if perturb:
        preds = _perturbed(preds)
    g1 = ref.gold_rows(str(GOLD))
    assert not ref.locate_gold(g1, SEEDS)
    want = ref.score(SEEDS, g1, copy.deepcopy(preds))
    g2 = gold_rows(GOLD)
    assert not locate_gold(g2, SEEDS)
    got = score(SEEDS, g2, copy.deepcopy(preds))
    assert _public(got) == _public(want)
    assert len(got["_missed"]) == len(want["_missed"])
    assert len(got["_spurious"]) == len(want["_spurious"])
    # and through the high-level entry point
    assert _public(evaluate(GOLD, SEEDS, copy.deepcopy(preds))) == _public(want)


def test_without_predictions_runs_civex():
    r = evaluate(GOLD, SEEDS)
    assert r["predicted"] > 0 and 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1


def _tiny(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "该区共清理占道经营 300 余处，发放补贴5000元，新建公厕12座。\n"
    (docs / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "a.txt", "context": "共清理占道经营300余处", "quote": "300余处", "value": 300, "approx": "more_than",
         "unit": "处", "kind": "count", "action": "清理", "object": "占道经营", "actor": "", "time": ""},
        {"doc": "a.txt", "context": "发放补贴5000元", "quote": "5000元", "value": 5000, "approx": "exact",
         "unit": "元", "kind": "money", "action": "发放", "object": "补贴", "actor": "", "time": "", "optional": True},
        {"doc": "a.txt", "context": "新建公厕12座", "quote": "12座", "value": 12, "approx": "exact",
         "unit": "座", "kind": "count", "action": "新建", "object": "公厕", "actor": "", "time": ""},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return text, docs, gold


def test_hand_checked_small_case(tmp_path):
    text, docs, gold = _tiny(tmp_path)
    at = text.index("300")
    preds = [
        {"doc": "a.txt", "start": at, "end": text.index("处") + 1, "value": 300, "unit": "处",
         "approx": "more_than", "kind": "count", "action": "清理", "object": "占道经营"},      # match
        {"doc": "a.txt", "start": text.index("5000"), "end": text.index("元") + 1, "value": 5000,
         "unit": "元"},                                                                   # optional: excused
        {"doc": "a.txt", "start": 0, "end": 2, "value": 1, "unit": "个"},                  # false alarm
    ]
    r = evaluate(gold, docs, preds)
    # 2 required gold lines, one matched (300余处); the 5000元 match is optional
    assert r["gold_required"] == 2 and r["matched"] == 2
    assert r["recall"] == pytest.approx(1 / 2)
    assert r["precision"] == pytest.approx(2 / 3)
    assert [g["quote"] for g, _ in r["_missed"]] == ["12座"]
    assert [p["value"] for p in r["_spurious"]] == [1]
    assert r["fields"]["action"] == pytest.approx(1 / 2)  # 发放 missing on the 5000元 pair


def test_derived_records_are_not_scored(tmp_path):
    text, docs, gold = _tiny(tmp_path)
    derived = {"doc": "a.txt", "start": 0, "end": 5, "value": 98.7, "unit": "%", "derived": True}
    assert evaluate(gold, docs, [derived])["predicted"] == 0


def test_field_rules():
    assert field_ok("object", {"object": "店外经营、占道经营"}, {"object": "占道经营"})
    assert not field_ok("object", {"object": "公厕"}, {"object": "企业"})
    assert field_ok("time", {"time": ""}, {"time": ""}) and not field_ok("time", {"time": ""}, {"time": "当天"})
    assert field_ok("actor", {"actor": "石龙区"}, {"actor": "石龙区公安局"})


def test_strip_map():
    s, m = strip_map("a b\nc")
    assert s == "abc" and m == [0, 1, 1, 2, 2, 3]


def test_gold_that_does_not_locate(tmp_path):
    _text, docs, gold = _tiny(tmp_path)
    gold.write_text(json.dumps({"doc": "a.txt", "context": "不存在的上下文", "quote": "1个", "value": 1,
                                "unit": "个"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GoldError):
        evaluate(gold, docs, [])
