"""Data-quality flags and derived rates, on small pages written for the purpose."""
import json

from civex import extract_text
from civex.api import iter_claims
from civex.checks import DuplicateTracker
from civex.lexicon import load_lexicon

PARA = "7月以来，该区共清理店外经营、占道经营、流动摊贩300余处，下发督导通报27期。"


def _by_text(claims):
    out = {}
    for c in claims:
        out.setdefault(c["text"], []).append(c)
    return out


def test_duplicate_on_the_same_page():
    page = f"{PARA}\n\n{PARA}\n"
    claims = extract_text(page, "p")
    assert [c["text"] for c in claims] == ["300余处", "27期", "300余处", "27期"]
    first, second = claims[:2], claims[2:]
    for a, b in zip(first, second):
        assert "duplicate" not in a["flags"] and a["duplicate_of"] is None
        assert b["flags"] == ["duplicate"] and b["duplicate_of"] == a["id"]


def test_same_figure_in_a_different_sentence_is_not_a_duplicate():
    page = f"{PARA}\n\n此前，该区共清理店外经营300余处。\n"
    assert all(not c["flags"] for c in extract_text(page, "p"))


def test_duplicate_across_files(tmp_path):
    (tmp_path / "a.txt").write_text(f"{PARA}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"另据报道，区里召开会议。\n\n{PARA}\n", encoding="utf-8")
    claims = list(iter_claims([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    a = [c for c in claims if c["doc"].endswith("a.txt")]
    b = [c for c in claims if c["doc"].endswith("b.txt")]
    assert len(a) == len(b) == 2
    assert all(not c["flags"] for c in a)
    assert [c["duplicate_of"] for c in b] == [c["id"] for c in a]
    assert all(c["flags"] == ["duplicate"] for c in b)
    # without a tracker nothing crosses files
    plain = list(iter_claims([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tracker=False))
    assert all(not c["flags"] for c in plain)


def test_tracker_points_page_repeats_at_the_first_file():
    t = DuplicateTracker()
    first = extract_text(f"{PARA}\n", "a")
    again = extract_text(f"{PARA}\n\n{PARA}\n", "b")
    t.mark(first)
    t.mark(again)
    assert [c["duplicate_of"] for c in again] == [first[0]["id"], first[1]["id"]] * 2


def test_unit_suspect():
    page = "今年前9个月，全区一般公共预算支出完成36271元，较上年同期增支1894万元，同比增长5.5%。其中，民生支出24536万元。\n"
    claims = _by_text(extract_text(page, "p"))
    assert claims["36271元"][0]["flags"] == ["unit_suspect"]
    for t in ("1894万元", "5.5%", "24536万元"):
        assert claims[t][0]["flags"] == []


def test_no_unit_suspect_among_plain_figures():
    page = "该区发放补贴5000元，另拨付奖金2000元，总投资1.28亿元。\n"
    assert all(not c["flags"] for c in extract_text(page, "p"))


def test_part_and_total_give_a_rate():
    page = "上级交办重复信访案件共155起，化解153起，总体化解率居全市第二。\n"
    plain = extract_text(page, "p")
    assert all(not c["derived"] and not c["flags"] for c in plain)
    claims = extract_text(page, "p", derived=True)
    rates = [c for c in claims if c["derived"]]
    assert len(rates) == 1
    r = rates[0]
    assert (r["value"], r["unit"], r["kind"], r["approx"]) == (98.7, "%", "percent", "exact")  # 153/155
    assert page[r["start"]:r["end"]] == r["text"] == "155起，化解153起"
    assert r["action"] == "化解" and r["id"] not in {c["id"] for c in plain}


def test_part_exceeds_total():
    page = "上级交办重复信访案件共153起，化解155起。\n"
    claims = _by_text(extract_text(page, "p", derived=True))
    assert claims["155起"][0]["flags"] == ["part_exceeds_total"]
    assert claims["153起"][0]["flags"] == []
    assert not any(c["derived"] for cs in claims.values() for c in cs)


def test_parts_of_different_units_are_not_compared():
    page = "全区共投入资金155万元，化解矛盾纠纷1530起。\n"
    claims = extract_text(page, "p", derived=True)
    assert not any(c["flags"] or c["derived"] for c in claims)


def test_cue_words_are_data():
    raw = load_lexicon().raw["checks"]
    assert "其中" in raw["part"]["cues"] and "累计" in raw["total"]["cues"]


def test_extra_lexicon_extends_cues(tmp_path):
    extra = tmp_path / "more.toml"
    extra.write_text('[checks.part]\ncues = ["摘帽"]\n', encoding="utf-8")
    page = "全县共有贫困村40个，已摘帽38个。\n"
    base = extract_text(page, "p", derived=True)
    more = extract_text(page, "p", derived=True, lexicon=load_lexicon((str(extra),)))
    assert not any(c["derived"] for c in base)
    rates = [c for c in more if c["derived"]]
    assert [r["value"] for r in rates] == [95.0]


def test_derived_records_slice_the_original_on_seeds(seed_paths):
    n = 0
    for p in seed_paths:
        text = p.read_text(encoding="utf-8")
        for c in extract_text(text, p.name, derived=True):
            assert text[c["start"]:c["end"]] == c["text"]
            if c["derived"]:
                n += 1
                assert c["unit"] == "%" and 0 <= c["value"] <= 100
        json.dumps(c, ensure_ascii=False)
    assert n >= 1
