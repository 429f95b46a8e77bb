"""Claim assembly: the governing verb and the counted object, as a table of examples.

SEED_FORMS are shapes printed on the seed pages (used while developing the rules);
OTHER_FORMS are sentences in other papers' wording that the seeds do not contain. The
expected action must be contained in the one found (组织开展 ⊇ 开展), the object equal.
"""
import pytest

from civex import extract_text

SEED_FORMS = [
    ("该区共清理店外经营、占道经营、流动摊贩300余处。", "300余处", "清理", "店外经营、占道经营、流动摊贩"),
    ("组建4个专业督导组深入辖区。", "4个", "组建", "专业督导组"),
    ("区金融工作局联合各金融机构走访企业38家。", "38家", "走访", "企业"),
    ("清理乱堆乱放240余次、乱搭乱建50余次。", "50余次", "清理", "乱搭乱建"),
    ("一般公共预算收入完成41374万元，同比增长6.3%。", "6.3%", "增长", "一般公共预算收入"),
    ("累计为72家返乡创业企业发放创业贷款1181万元。", "72家", "发放", "返乡创业企业"),
    ("上级交办重复信访案件共155起，化解153起。", "153起", "化解", "重复信访案件"),
    ("当天，石龙区首批共有8家乡村文化合作社成立。", "8家", "成立", "乡村文化合作社"),
    ("今年已开展创业培训16期，培训844人次。", "16期", "开展", "创业培训"),
    ("发现问题并整改20余个。", "20余个", "整改", "问题"),
]

OTHER_FORMS = [
    ("全市信访总量同比下降23.5%。", "23.5%", "下降", "全市信访总量"),
    ("市财政局安排资金2亿元，比上年增加3000万元。", "3000万元", "增加", "资金"),
    ("镇纪委对12个村开展专项督查。", "12个", "开展", "村"),
    ("组织各类招聘会36场。", "36场", "组织", "各类招聘会"),
    ("整改率达93.2%。", "93.2%", "达", "整改率"),
    ("发现问题73个，已整改到位68个。", "68个", "整改到位", "问题"),
    ("受理群众来信来访分别为1200件、860批次。", "860批次", "受理", "群众来信来访"),
    ("向困难群众发放慰问金12万元。", "12万元", "发放", "慰问金"),
    ("全县建成村级综合服务中心320个。", "320个", "建成", "村级综合服务中心"),
    ("下达整改通知书156份。", "156份", "下达", "整改通知书"),
    ("召开会议3次。", "3次", "召开", "会议"),
    ("新开工保障性租赁住房2300套。", "2300套", "开工", "保障性租赁住房"),
    ("检查在建工地320余个次。", "320余个次", "检查", "在建工地"),
    ("今年计划改造老旧小区86个，目前已开工82个。", "82个", "开工", "老旧小区"),
    ("涉及居民1.2万户。", "1.2万户", "涉及", "居民"),
    ("清理占道经营摊点430余个，规范店外经营商户210家。", "210家", "规范", "店外经营商户"),
]


@pytest.mark.parametrize("sentence, text, action, obj", SEED_FORMS + OTHER_FORMS, ids=lambda x: x[:16] if isinstance(x, str) else x)
def test_action_and_object(sentence, text, action, obj):
    found = [c for c in extract_text(sentence) if "".join(c["text"].split()) == text]
    assert found, [c["text"] for c in extract_text(sentence)]
    c = found[0]
    assert action in c["action"], c["action"]
    assert c["object"] == obj
