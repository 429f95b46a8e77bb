"""End to end on the seed pages, scored against the hand-made gold (evaluation/gold) with
civex's own scorer (equal to the reference score.py: tests/test_evaluate.py checks that).

The thresholds are the acceptance figures of the core issue (quantities) and of the
context issue (fields on matched claims, full-tuple recall)."""
import pytest

from civex import extract_text
from civex.evaluate import evaluate, field_errors, public
from conftest import ROOT, SEEDS

GOLD = ROOT / "evaluation" / "gold"


@pytest.fixture(scope="module")
def seed_result():
    preds = []
    for p in sorted(SEEDS.glob("*.txt")):
        preds += extract_text(p.read_text(encoding="utf-8"), doc=p.name)
    return evaluate(GOLD, SEEDS, preds)


@pytest.fixture(scope="module")
def scores(seed_result):
    return public(seed_result)


# The seed gold lines whose field civex does not give as the annotator did, each with the reason.
# Every other matched seed line must keep every field: a rule that moves one of them is a
# regression however small the change in the overall figures (a time carried one sentence too
# far moved seed time from 0.996 to 0.992 and passed the floors above).
KNOWN_SEED_DISAGREEMENTS = {
    ("000", "工作人员手中接过5000元", "actor"): "the payer (保险公司) is named only as the giver of 接过",
    ("000", "领取一次性补助金5000元", "object"): "the annotator names the allowance of the sentence before",
    ("000", "融资需求金额2000余万元", "actor"): "企业 alone is no body's name (on other papers' pages it is a topic,"
                                          " 企业职工…, far more often than a subject)",
    ("001", "落实我市创建全国文明城市十项", "actor"): "示范区 is read as the article's place",
    ("001", "‘二星’支部11个", "object"): "the list's noun comes after its figures",
    ("002", "在内的120余名", "action"): "吸引 stands before a long 包括…在内的 phrase; civex takes 发展 from before it",
    ("002", "专项债券需求35亿元", "object"): "the annotator adds the projects named before",
    ("003", "重点工作指标设定为总分100分", "action"): "设定为 is read inside the object's clause",
    ("003", "重点工作指标设定为总分100分", "object"): "the annotator describes the score",
    ("003", "向基础薄弱、推进缓慢的3个", "object"): "the noun after the figure runs on into 负责人",
    ("003", "改造工程施工现场,10余名", "action"): "the verbs come after the figure, past the noun",
    ("003", "督查专班工作人员对街道所属的7个", "object"): "the annotator keeps the modifier before the figure",
    ("003", "与宝丰交界处,全长7公里", "object"): "the project is named two clauses before",
    ("003", "全长7公里,总投资1.28亿元", "object"): "the project is named two clauses before",
    ("004", "以“六大工程”、19个", "action"): "以…为载体 frames the figure (no act); civex takes 发展 from the clause",
    ("004", "明确四大班子领导和58个", "action"): "the coordinated verb 联系 comes after the figure",
    ("004", "专场。整场活动有6000余人", "object"): "the annotator describes who (进入直播间的人)",
    ("004", "个人最高可贷20万元", "object"): "the annotator describes the loan",
    ("004", "212条,现已整改175条", "time"): "the gold gives 截至目前 here and 现 elsewhere (see the note)",
    ("004", "开展村庄清洁行动,24支", "action"): "the teams' verb 集中整治 comes after them",
    ("004", "的街道、村,区级匹配100%", "object"): "the annotator describes the award",
    ("004", "区级匹配100%和50%", "object"): "the annotator describes the award",
}


def test_seed_lines_keep_their_fields(seed_result):
    wrong = {(g["doc"][:3], g["context"], field) for g, _p, bad in field_errors(seed_result) for field in bad}
    assert wrong <= set(KNOWN_SEED_DISAGREEMENTS), sorted(wrong - set(KNOWN_SEED_DISAGREEMENTS))


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
    # floors a little under the figures in evaluation/heldout/README.md (stops 14 to 26 added
    # batches whose first runs scored lower than the older pages, b01–b06, f01–f06, ac01–ac06,
    # af01–af06, ag01–ag06 and am01–am06 far lower: the floors follow the set)
    s = heldout_scores
    assert s["f1"] >= 0.98, s
    assert s["full_tuple_recall"] >= 0.574, s
    floors = {"approx": 0.98, "kind": 0.98, "action": 0.81, "object": 0.80, "actor": 0.84, "time": 0.88}
    for field, floor in floors.items():
        assert s["fields"][field] >= floor, (field, s["fields"])
