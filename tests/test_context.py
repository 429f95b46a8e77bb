"""Articles and claim context: layouts, actors with anaphora, time scopes, categories.

Expected values were read off the pages by hand (seeds/ and the pages written here),
not copied from a run of the program.
"""
from datetime import date

import pytest

from civex import extract_text
from civex.articles import articles_of
from civex.context import period
from civex.segment import find_blocks
from conftest import SEEDS


def _seed(name_prefix):
    path = next(SEEDS.glob(f"{name_prefix}*.txt"))
    return path.name, path.read_text(encoding="utf-8")


def _claim(claims, text):
    found = [c for c in claims if "".join(c["text"].split()) == text]
    assert found, f"no claim {text!r}"
    return found[0]


# -- article splitting --------------------------------------------------------------------

def test_hard_wrapped_page_headlines_follow_their_article():
    """seeds/000: hard-wrapped columns, each headline printed after its body."""
    name, text = _seed("000")
    arts = articles_of(text, name)
    assert len(arts) == 10
    assert arts[0]["headline"] == "聚焦工作难点 建立激励机制 / 石龙区确保创文任务落地落实"
    assert arts[2]["headline"] == "区公安局赠送爱心头盔 / 主要送给环卫工人、军人家属等"
    # a photo story (▶8 月 22 日上午…) opens an article of its own after 困难学子拿到补助金
    assert arts[8]["headline"] == "政府出资购买保险 / 困难学子拿到补助金"
    assert arts[9]["headline"] == "项目建设促乡村振兴"
    assert all(a["reporter"] == "闫增旗" for a in arts)
    assert arts[0]["date"] == "08-30" and arts[2]["date"] == "08-25"
    # the article spans tile the page in order
    assert all(a["end"] <= b["start"] for a, b in zip(arts, arts[1:]))
    assert text[arts[1]["start"]:arts[1]["start"] + 3] == "本报讯"


# Wrapped columns set one paragraph's lines one under the other and mark a paragraph start
# with a blank line or an indent; a line that happens to end with 。 is then no paragraph end.
SINGLE_SPACED = (
    "本报讯 （记者 孟然）本次大赛由市文明办主办，\n"
    "共征集志愿服务项目216个。\n"
    "\n"
    "今年以来，全市新建“志愿驿站”\n"
    "150个，设置文明劝导岗320余个。\n"
    "志愿者参与文明交通劝导4.2万人次，清\n"
    "理卫生死角2.7万余处。\n"
    "\n"
    "市文明办负责人说，下一步将继续\n"
    "做好志愿服务。\n"
)
INDENTED = (
    "\u3000\u3000本报讯 （记者 赵敏）今年以来，该区投入教育\n"
    "资金3.6亿元，新增学位6 4 8\n"
    " 0个。\n"
    "新增校舍面积8.7万平方米。\n"
    "\u3000\u3000同时，该区补充教师326名。\n"
    "投入3.6亿元 新增学位6480个\n"
    "云台区全力办好人民满意的教育\n"
    "\u3000\u3000本报讯 （记者 赵敏）近日，全区开展安全检查\n"
    "120次。\n"
)


@pytest.mark.parametrize("text, figure, time", [
    (SINGLE_SPACED, "4.2万人次", "今年以来"),     # after 320余个。 at a line's end, same paragraph
    (SINGLE_SPACED, "216个", ""),                # the scope of the next paragraph does not reach back
    (INDENTED, "8.7万平方米", "今年以来"),        # (a lone space before 0个 is an OCR gap, no indent)
])
def test_a_paragraph_runs_on_past_a_line_that_ends_a_sentence(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time


SUBHEADED = (
    "\u3000\u3000本报讯 （记者 赵敏）近年来，该县持续推进农\n"
    "村垃圾分类，实现“户分类、村收集、镇转\n"
    "运、县处理”。\n"
    "设施配套 收运体系全覆盖\n"
    "\u3000\u3000截至今年3月底，全县已有142\n"
    "个行政村推行垃圾分类；累计为农户发放分类\n"
    "垃圾桶5.8万个。\n"
    "\u3000\u3000同时，该县新建乡镇转运站13座。\n"
)


# A wrapped column whose only blank lines fall inside sentences (a scan's column or page breaks,
# …县级赛事38|(blank)|场…): they mark no paragraphs, so its lines that end a sentence still end one
# (the speaker named in the lead is no subject of the answers' figures).
SCAN_BREAKS = (
    "近日，记者专访了县文广体旅局局长梁振宇。采访中，梁振宇用一组组数\n"
    "据，勾勒出我县体育事业发展的新图景。\n"
    "记者：今年以来，我县全民健身工作有哪些亮点？\n"
    "梁振宇：今年以来，我们始终把全民健身作为保障\n"
    "和改善民生的重要内容来抓。\n"
    "一是场地设施更加完善。截至10月底，全县新建\n"
    "村级健身广场28个、多功能运动场12片。\n"
    "二是赛事活动更加丰富。１—９月，全县共举办\n"
    "各类群众性体育赛事活动286场次，其中县级赛事38\n"
    "\n"
    "场、乡镇级赛事97场、村级赛事151场。\n"
    "三是组织网络更加健全。目前，全县共有体育社\n"
    "会组织62家，组建运动项目协会15个。\n"
)


@pytest.mark.parametrize("figure, actor, time", [
    ("28个", "", "截至10月底"),
    ("286场次", "", "１—９月"),
    ("97场", "", "１—９月"),
    ("62家", "", "目前"),
])
def test_blank_lines_inside_sentences_mark_no_paragraphs(figure, actor, time):
    claim = _claim(extract_text(SCAN_BREAKS), figure)
    assert (claim["actor"], claim["time"]) == (actor, time)


def test_blank_lines_after_headlines_and_sentences_still_mark_paragraphs():
    # (the blank lines here follow a headline and a sentence's end: 截至今年3月底 governs its whole
    # marked paragraph, past the line that ends a sentence inside it)
    text = ("农村垃圾分类全覆盖\n\n本报讯 近年来，该县持续推进农村\n垃圾分类，实现“户分类、村收集、镇转\n运、县处理”。\n\n"
            "截至今年3月底，全县已有142个行政村推行\n垃圾分类。累计为农户发放分类\n垃圾桶5.8万个。\n"
            "投放点位1.2万个。\n\n同时，该县新建乡镇转运站13座，配\n备保洁员860名。\n")
    claims = extract_text(text)
    assert _claim(claims, "5.8万个")["time"] == _claim(claims, "1.2万个")["time"] == "截至今年3月底"
    assert _claim(claims, "13座")["time"] == ""


def test_a_short_line_between_a_sentence_and_a_marked_paragraph_is_a_sub_head():
    # (the sub-head no longer runs into the paragraph after it, so 截至今年3月底 heads that paragraph
    # and governs past its semicolon)
    assert _claim(extract_text(SUBHEADED), "5.8万个")["time"] == "截至今年3月底"
    assert [b.kind for b in find_blocks(SUBHEADED)].count("section") == 1


def test_headlines_after_the_body_still_end_a_marked_paragraph():
    arts = articles_of(INDENTED, "-")
    assert arts[0]["headline"] == "投入3.6亿元 新增学位6480个 / 云台区全力办好人民满意的教育"
    assert len(arts) == 2


def test_list_items_are_no_headlines():
    """A run of short bulleted or numbered lines with figures is a list in the body, not the
    headline of the next article; a lone one (a brief's title) still is a headline."""
    from civex.segment import find_blocks
    text = ("民生实事交出答卷\n\n本报讯（记者 刘畅）江川市民生实事进展顺利。\n\n数读\n"
            "■ 完成投资　36.8亿元\n■ 新增学位　1.26万个\n\n1．教育工程：新增学位1.26万个\n2．养老工程：新增床位1280张\n")
    kinds = {text[b.start:b.end]: b.kind for b in find_blocks(text)}
    assert kinds["■ 完成投资　36.8亿元"] == kinds["■ 新增学位　1.26万个"] == "item"
    assert kinds["1．教育工程：新增学位1.26万个"] == kinds["2．养老工程：新增床位1280张"] == "item"
    brief = "■市图书馆新增４家城市书房\n\n本报讯 近日，市图书馆新增４家城市书房。\n"
    assert find_blocks(brief)[0].kind == "headline"
    assert _claim(extract_text(text), "1280张")["object"] == "床位"   # (no item number in it)


def test_an_item_of_a_list_takes_the_period_its_title_names():
    text = ("督察整改取得成效\n\n本报讯 江川市推进督察整改。\n\n数读（截至11月26日）\n"
            "■ 反馈问题　38个\n■ 完成整改　31个\n")
    claims = extract_text(text)
    assert _claim(claims, "38个")["time"] == _claim(claims, "31个")["time"] == "截至11月26日"


def test_this_place_in_a_paragraph_that_opens_with_a_place_and_a_colon_is_that_place():
    # 该街道 is the street the paragraph is about, not the one the article names most
    text = ("各街道亮出养老服务新招\n\n东岚区召开养老服务推进会。新华街道作了交流发言。\n\n"
            "新华街道：该街道依托闲置的老粮站改建长者食堂3个。\n\n"
            "望湖街道：今年新建社区助餐点9个。该街道探索“党建+物业+助餐”模式，由7家物业企业参与助餐点日常管理。\n")
    assert [c["actor"] for c in extract_text(text)] == ["新华街道", "望湖街道", "望湖街道"]


def test_paragraphs_that_open_with_a_name_and_a_colon_take_the_period_of_their_intro():
    text = ("热线办理情况通报\n\n本报讯 市政务服务中心发布通报。\n\n3月份受理量较大的部分承办单位办理情况如下：\n\n"
            "市住建局：受理工单1256件，按时办结率99.2%。\n\n市城管局：受理工单1108件，满意率92.3%。\n\n"
            "另据统计，全市新增网格员120名。\n")
    claims = extract_text(text)
    assert _claim(claims, "1256件")["time"] == _claim(claims, "92.3%")["time"] == "3月份"
    assert _claim(claims, "120名")["time"] == ""   # (a paragraph with no name and colon is no item)


def test_paragraph_page_headlines_precede_and_trailing_headline_goes_back():
    """seeds/001: '## ' headings before articles; the headline printed at the very end
    belongs to the one article printed without a headline."""
    name, text = _seed("001")
    arts = articles_of(text, name)
    by_headline = {a["headline"]: a for a in arts}
    assert "应滨街道创文工作落地落实" in by_headline
    zhaoshang = [a for a in arts if "招商引资" in a["headline"]]
    assert len(zhaoshang) == 1
    assert "示范区以高质量招商引资推动高质量发展" in zhaoshang[0]["headline"]
    body = text[zhaoshang[0]["start"]:zhaoshang[0]["end"]]
    assert "招商融资促进局" in body
    assert not any(a["headline"].startswith("#") for a in arts)


def test_a_page_end_line_given_to_an_article_with_a_headline_is_no_scope_over_its_body():
    # the trailing line joins the headline of the last article, which had one (■ 上半年数据速览):
    # the names between them are the body's, not the headline's (区商务局 is named once, late)
    text = ("文旅融合添活力\n\n泓阳区文化广电和旅游局上半年工作交出亮眼成绩单\n\n"
            "本报讯（记者 林晚舟）7月12日，记者从泓阳区文化广电和旅游局获悉，今年上半年，该局主要指标实现双过半。\n\n"
            "■ 上半年数据速览\n\n"
            "今年以来，该局赴周边城市开展文旅推介会8场。\n\n"
            "该局联合区商务局举办文旅消费季活动，发放文旅消费券500万元。\n\n"
            "（泓阳区文旅咨询服务电话：0797-8216688）\n")
    assert [c["actor"] for c in extract_text(text)] == ["泓阳区文化广电和旅游局"] * 2


def test_reporters_with_intern_and_correspondent():
    name, text = _seed("004")
    reporters = {a["reporter"] for a in articles_of(text, name)}
    assert "朱江森, 李曼琪" in reporters      # (记者朱江森 实习生李曼琪)
    assert "朱江森, 李鹤" in reporters        # (记者朱江森 通讯员李鹤)


HEADLINE_FIRST_PAGE = """城东区开展环境卫生集中整治

城东区近日组织各街道清理垃圾300余吨，拆除违章建筑20处。

该区还新建公厕12座。

新河镇推进道路硬化工程

今年以来，该镇硬化道路5公里，新装路灯80盏。
"""


def test_headline_first_page_without_datelines():
    arts = articles_of(HEADLINE_FIRST_PAGE, "page.txt")
    assert [a["headline"] for a in arts] == ["城东区开展环境卫生集中整治", "新河镇推进道路硬化工程"]
    assert all(a["reporter"] == "" for a in arts)
    claims = extract_text(HEADLINE_FIRST_PAGE, "page.txt")
    assert {c["article"] for c in claims} == {0, 1}
    assert _claim(claims, "300余吨")["headline"] == "城东区开展环境卫生集中整治"



def test_a_column_label_above_the_first_headline_opens_no_article_of_its_own():
    # (【民生访谈】 over an interview: the page still puts its headlines first)
    text = ("【民生访谈】\n\n“让山里娃在家门口上好学”\n——访渠北县红柳乡九年一贯制学校校长马占山\n\n本报记者 杨海霞\n\n"
            "红柳乡地处渠北县西南部山区。\n\n记者：现在学校的情况怎么样？\n\n马占山：现在学校有教学班18个，学生1160名。\n")
    arts = articles_of(text, "page.txt")
    assert len(arts) == 1 and arts[0]["headline"].startswith("“让山里娃在家门口上好学”")



PAPER_NAME_PAGE = ("鹭川日报\n2023年5月22日　星期一　第3版　青槐新闻\n责任编辑：邵雯　版式：林一舟\n\n"
                   "本报讯（记者 葛岚）5月18日，北槐街道老粮站片区共有36户居民签订征收补偿协议。\n\n"
                   "老粮站片区签约率达87.5%\n北槐街道征收工作赢得群众支持\n\n"
                   "本报讯（记者 葛岚）5月20日，青槐区柳塘安置小区二期首批520套安置房交付被征收群众。\n\n"
                   "青槐区520套安置房集中交付\n")
# Page headers (a paper's name, the date and page, the editors, the sponsor): part of no article,
# so the headlines of the page's articles are read as the page prints them.
# (page, its articles' headlines)
PAGE_HEADERS = [
    # (白桦日报 … 第A3版 … 责任编辑：…: the page's header, so the first headline opens the first article)
    ("白桦日报　2024年10月16日　星期三　第A3版　城建·民生　责任编辑：孙丽娜　美术编辑：高原\n\n"
     "松涛区老旧小区改造惠及居民1.36万户\n\n本报讯（记者周宏宇）10月14日，松涛区老旧小区改造现场会召开。\n\n"
     "建设街道：“小区议事会”议出改造“最大公约数”\n\n本报讯 建设街道今年有11个小区纳入改造计划。\n",
     ["松涛区老旧小区改造惠及居民1.36万户", "建设街道：“小区议事会”议出改造“最大公约数”"]),
    # (鹭川日报|date|editors, then briefs whose headlines follow their bodies: the paper's name
    # on a line of its own is no headline, so the page does not read as headlines-first and each
    # headline closes the brief before it)
    (PAPER_NAME_PAGE, ["老粮站片区签约率达87.5% / 北槐街道征收工作赢得群众支持", "青槐区520套安置房集中交付"]),
    # (the paper's sponsor on a line of its own: 中共哈达图县委主办 …)
    ("哈达图报\n2024年6月14日 星期五 第4127期\n中共哈达图县委主办 内部资料准印证号：沙新出〔2022〕第06号\n\n"
     "全县420万亩草原禁牧\n\n本报讯（记者 苏日娜）6月12日，哈达图县420万亩草原全面禁牧。\n",
     ["全县420万亩草原禁牧"]),
    # (本版编辑：…　美编：… under the date line opens no article: the page opens with a dateline,
    # so its headlines follow their articles)
    ("A5　县区传真　　2023年10月26日　星期四\n本版编辑：魏红梅　美编：朱丹\n\n"
     "本报讯（记者　程晓晖）昨日，全市人居环境整治推进会召开。1—9月，我市新改建农村户厕2.16万户。\n\n"
     "我市新改建农村户厕2.16万户\n\n"
     "本报讯（通讯员　邹立平）连日来，竹川县开展村庄清洁行动。行动开展以来，该县共出动干部群众5.6万人次。\n\n"
     "竹川县打响村庄清洁攻坚战\n\n",
     ["我市新改建农村户厕2.16万户", "竹川县打响村庄清洁攻坚战"]),
]


@pytest.mark.parametrize("text, headlines", PAGE_HEADERS, ids=lambda x: x[:8] if isinstance(x, str) else "")
def test_a_page_header_is_part_of_no_article(text, headlines):
    assert [a["headline"] for a in articles_of(text, "page.txt")] == headlines


def test_a_brief_after_a_paper_name_keeps_its_place():
    # (the headline 青槐区520套安置房集中交付 closes its own brief, whose figures are the district's)
    assert _claim(extract_text(PAPER_NAME_PAGE), "520套")["actor"] == "青槐区"


def test_a_post_of_long_paragraphs_among_many_short_lines_keeps_its_paragraphs():
    # (a WeChat post: its 01, section titles and ▲ captions are short lines that close no
    # sentence, but its paragraphs are long lines: no hard-wrapped column to join up)
    para = "今年以来，街道紧扣巩固全国文明城市创建成果目标，以老旧街巷改造为切入点，推动城市管理向精细化转变，群众满意度明显提升。"
    text = ("桂园街道：绣花功夫治小巷\n\n原创　桂园微家园　2024年11月08日\n\n点击上方蓝字 关注我们\n\n" + para + "\n\n"
            "01\n党建引领 凝聚治理合力\n\n" + para + "\n\n▲ 桂香社区党委组织居民召开院落议事会\n\n"
            "02\n微改造 让老街巷“颜值”提升\n\n街道争取区级财政资金1860万元，撬动社会资本投入420万元，对辖区12条背街小巷实施微改造，群众拍手称好。\n\n"
            "▲ 改造后的井坊街\n\n" + para + "\n")
    claim = _claim(extract_text(text), "1860万元")
    assert (claim["action"], claim["object"]) == ("争取", "区级财政资金")


def test_a_tables_caption_and_barred_header_open_no_article():
    # (表1 …|乡镇 | 受理 | 化解: the table is part of the article that refers to it)
    text = ("鹤川县前三季度矛盾纠纷化解率达94.3%\n\n"
            "本报讯（记者孙晓冬）1—9月，鹤川县共受理矛盾纠纷1766件，化解1666件，化解率94.3%，各乡镇情况见表1，群众满意度明显提升。\n\n"
            "表1　1—9月各乡镇矛盾纠纷受理化解情况（单位：件）\n乡镇 | 受理 | 化解\n东岗镇 | 175 | 162\n双榆镇 | 198 | 190\n\n"
            "从纠纷类型看，土地承包及流转纠纷仍是“大头”，占29%，婚姻家庭纠纷占18%，邻里纠纷占16.3%，其他纠纷占比较小。\n")
    assert len(articles_of(text, "page.txt")) == 1
    assert _claim(extract_text(text), "29%")["actor"] == "鹤川县"


def test_a_page_header_with_the_papers_latin_name_and_numbers_names_the_papers_place():
    # (临溪报 LINXI DAILY … 国内统一连续出版物号 …: a header, and 全市 is the paper's city, not the
    # prefecture the page names more often)
    text = ("临溪报 LINXI DAILY 2024年11月29日 星期五 农历甲辰年十月廿九 第3126期 今日8版 国内统一连续出版物号 "
            "CN43-0088 邮发代号 41-23 本版责编 周敏 新闻热线 0739-5213366\n\n全市红白理事会为群众节约资金2300余万元\n\n"
            "本报讯 澄川市移风易俗工作现场会在临溪市召开后，澄川市各县市区加快推进。今年以来，全市红白理事会"
            "监督操办红白事412起，节约资金约620万元。\n")
    assert _claim(extract_text(text, "page.txt"), "412起")["actor"] == "临溪市红白理事会"


def test_a_documents_issuer_in_its_title_is_no_subject_of_the_article():
    # (中共云台县委巡察工作领导小组办公室|关于…的通报: the office reports the figures of the inspection)
    text = ("云台日报　2024年12月20日　第3版　清风云台\n\n中共云台县委巡察工作领导小组办公室\n"
            "关于十五届县委第四轮巡察反馈问题整改进展情况的通报\n云巡办〔2024〕31号\n\n"
            "根据县委巡察工作统一部署，2024年4月至6月，十五届\n县委第四轮巡察对县住房和城乡建设局、县农业农村局、县医\n"
            "疗保障局、县教育体育局、城关镇、石门乡等6个单位党组织\n开展了常规巡察，巡察期间，4个巡察组共与干部群众个别谈\n"
            "话612人次，受理群众来信来电来访274件，下沉走访群\n众1 350户，并于7月下旬完成巡察反馈。")
    assert _claim(extract_text(text, "page.txt"), "274件")["actor"] == "云台县"


def test_a_body_that_hears_a_report_in_the_headline_is_no_subject_of_the_article():
    # (市人大常委会听取审议…报告: the figures are the report's, not the committee's)
    text = ("桐州日报　2024年7月26日　星期五　第2版　要闻\n\n市人大常委会听取审议民生实事推进情况报告\n\n"
            "本报讯（记者周晓岚）7月25日，桐州市第十七届人大常委会第二十一次会议举行。报告显示，今年计划新建学校18所。\n")
    assert _claim(extract_text(text, "page.txt"), "18所")["actor"] == "桐州市"


# -- actors and anaphora ------------------------------------------------------------------

def test_anaphora_across_paragraphs():
    claims = extract_text(HEADLINE_FIRST_PAGE, "page.txt")
    assert _claim(claims, "12座")["actor"] == "城东区"        # 该区, named a paragraph before
    assert _claim(claims, "5公里")["actor"] == "新河镇"       # 该镇 in its own article
    assert _claim(claims, "80盏")["actor"] == "新河镇"


@pytest.mark.parametrize("text, figure, actor", [
    # 该公司 is the firm named before, whatever its legal form (有限公司, 集团)
    ("岚江市宜居物业服务有限公司负责城区小区物业。今年以来，该公司投入80余万元。", "80余万元", "岚江市宜居物业服务有限公司"),
    ("记者从岚江市公共交通集团有限公司获悉，该公司新增公交线路3条。", "3条", "岚江市公共交通集团有限公司"),
    ("岚江公交集团今年更新车辆60辆。该公司新增公交线路3条。", "3条", "岚江公交集团"),
    # …and so is a bare 公司 that opens a clause after the firm was named
    ("泊川精工五金制品有限公司位于开发区。公司现有员工386人。", "386人", "泊川精工五金制品有限公司"),
    # a firm's legal name may end with what it does (物业服务); a verb before it is no part of it
    ("工作人员走访岚江市宜居物业服务有限公司，该公司投入80余万元。", "80余万元", "岚江市宜居物业服务有限公司"),
    # a park named without 区 (产业园, 工业园) is a body too, and 园区 is that park
    ("记者走进岚溪预制菜产业园。截至10月底，园区已入驻企业58家。", "58家", "岚溪预制菜产业园"),
    ("石桥工业园今年新建标准厂房4栋。", "4栋", "石桥工业园"),
])
def test_this_company_is_the_firm_named_before(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


def test_a_profiles_parts_under_plain_sub_heads_keep_its_person():
    # the sub-heads print like headlines, but the parts have no dateline and speak of him again
    text = ("逆火而行十六载\n——记东津区消防救援大队滨河路消防救援站站长贺明远\n\n本报记者 林书扬\n\n"
            "凌晨两点，东津区滨河路消防救援站的警铃骤然响起。站长贺明远已经带着首批队员出发。\n\n"
            "“活地图”是这样炼成的\n\n"
            "为了把辖区“装进脑子里”，贺明远带领队员逐栋逐户“踩点”，标注市政消火栓312个。\n\n"
            "把消防安全送到群众身边\n\n"
            "近年来，他先后获得国家实用新型专利2项。\n")
    assert [c["actor"] for c in extract_text(text)] == ["贺明远", "贺明远"]


@pytest.mark.parametrize("text, actor", [
    # a profile's age before the name names the person as a title does (今年46岁的韩德顺)
    ("“新农人”的丰收账\n\n本报记者 孙静\n\n今年46岁的韩德顺，是沃河县小有名气的种粮大户。今年，他流转土地1200亩。\n",
     "韩德顺"),
    # …and a role between them is no name (45岁的董事长郑启航: not 董事)
    ("凤还巢记\n\n本报记者 孙静\n\n今年45岁的董事长郑启航一边查看订单一边介绍。2019年，郑启航投资1.5亿元在鹤鸣县建厂。\n",
     "郑启航"),
])
def test_a_person_named_after_their_age_is_the_profiles_person(text, actor):
    assert [c["actor"] for c in extract_text(text)] == [actor]


def test_this_bureau_in_a_later_paragraph_is_the_subject_of_the_articles_lead():
    # not the bureau it worked with, which the article names last
    text = ("澄湖区医保基金监管织密扎牢\n\n本报讯（记者 苏晚晴）记者10月18日从澄湖区医疗保障局获悉，今年以来，该局聚焦欺诈骗保问题，"
            "联合区卫健委、区市场监管局、公安澄湖分局开展医保基金使用专项整治。\n\n截至10月中旬，该局共检查定点医药机构308家。\n")
    assert [c["actor"] for c in extract_text(text)] == ["澄湖区医疗保障局"]


def test_a_subject_is_carried_back_no_further_than_carry_reach_sentences():
    # (a page of one endless paragraph is not read back whole for each figure: hostile input)
    from civex.lexicon import load_lexicon

    reach = load_lexicon().raw["context"]["actor"]["carry_reach"]
    filler = "市容环境明显改善。"
    near = "石桥镇召开会议。城管中队召开会议。" + filler * (reach - 2) + "共清理店外经营300余处。"
    far = "石桥镇召开会议。城管中队召开会议。" + filler * reach + "共清理店外经营300余处。"
    assert [c["actor"] for c in extract_text(near)] == ["城管中队"]   # (carried)
    assert [c["actor"] for c in extract_text(far)] == ["石桥镇"]      # (the article's place)


def test_a_meeting_speaker_who_proposes_the_work_ahead_is_not_its_actor():
    text = ("丰渠县召开农村人居环境整治推进会\n\n本报讯（记者 宋晓岚）10月27日，丰渠县召开推进会。县长赵振华在讲话中通报了进展。\n\n"
            "针对下一步工作，赵振华提出，从11月起开展冬春村庄清洁行动，清理沟渠300条。\n")
    assert [c["actor"] for c in extract_text(text)] == ["丰渠县"]


def test_sentence_actor_wins_over_article_actor():
    name, text = _seed("000")
    claims = extract_text(text, name)
    assert _claim(claims, "38家")["actor"] == "石龙区金融工作局"   # 区金融工作局联合各金融机构走访企业38家 (the seed gold writes the district in)
    assert _claim(claims, "300余处")["actor"] == "石龙区"      # 该区共清理…
    assert _claim(claims, "1000余顶")["actor"] == "石龙区公安局交警大队"


def test_anaphor_with_a_tail_keeps_the_tail():
    text = "石龙区开展国家安全宣传。\n\n此次活动该区各单位共出动工作人员100余人。"
    c = _claim(extract_text(text), "100余人")
    assert c["actor"] == "石龙区各单位"


def test_office_named_before_its_head():
    text = "区财政局局长王斐介绍说，今年以来，该局完成专项债券申报12个。"
    assert _claim(extract_text(text), "12个")["actor"] == "区财政局"


SHORT_FORMS = [
    # (text, figure, actor): a short form of a name the page spelled out before is that name
    ("记者从市城市管理局获悉，整治行动全面铺开。市城管局还规范店招店牌168块。", "168块", "市城市管理局"),
    ("桐川县人力资源和社会保障局召开会议。会后，县人社局组织招聘会12场。", "12场", "桐川县人力资源和社会保障局"),
    ("青崖县林业和草原局召开会议。县林草局今年抽检苗木121批次。", "121批次", "青崖县林业和草原局"),
    # (…also where the short form keeps the long form's last two characters: 职教[育]中心)
    ("渠北县职业教育中心召开会议。县职教中心今年招收新生1150人。", "1150人", "渠北县职业教育中心"),
    # a unit named without the body it belongs to is the unit the page printed with it (parent_bodies)
    ("区公安分局交警大队召开会议。区交警大队走进辖区34所中小学。", "34所", "区公安分局交警大队"),
    ("记者从云岭县公安局交警大队获悉。县交警大队查处酒驾326起。", "326起", "云岭县公安局交警大队"),
    # (…and where one run of two or more is left out before the last character: 职[业技术学]院, 市[烟草专卖]局)
    ("柳岸职业技术学院举行欢送会。柳岸职院今年输送大学生士兵37名。", "37名", "柳岸职业技术学院"),
    ("岚州市烟草专卖局召开会议。岚州市局今年查处涉烟案件58起。", "58起", "岚州市烟草专卖局"),
    # (…and a run of two: 供销[合作]社, 交通[运输]局)
    ("鹭川县供销合作社召开会议。今年以来，县供销社新建村级综合服务社37个。", "37个", "鹭川县供销合作社"),
    ("青禾县交通运输局召开会议。县交通局今年改造农村公路126公里。", "126公里", "青禾县交通运输局"),
    # (guard: one character left out makes another body: 公安[分]局)
    ("青禾县公安分局召开会议。县公安局今年破获案件126起。", "126起", "青禾县公安局"),
    # (guard: not a run left out before the last two: 急救[指挥调度]中心 is another unit)
    ("县急救指挥调度中心召开会议。县急救中心共受理呼救电话4.86万个。", "4.86万个", "县急救中心"),
    # other runs left out make a shorter name, not a short form (区纪委 of 区纪委监委)
    ("区纪委监委召开会议。区纪委立案审查12件。", "12件", "区纪委"),
    # the full name only counts before
    ("市城管局规范店招店牌168块。市城市管理局表示将持续整治。", "168块", "市城管局"),
    # a short form the page declares (以下简称县人居办) is the name before the declaration, in full
    ("鹿鸣县召开会议。11月5日，县农村人居环境整治工作领导小组办公室（以下简称县人居办）通报了结果。"
     "县人居办已督促整改问题36个。", "36个", "鹿鸣县农村人居环境整治工作领导小组办公室"),
    # who acts after 由 where a preposition opens the act (由县人居办从…抽调人员组成5个暗访组)
    ("鹿鸣县召开会议。11月5日，县农村人居环境整治工作领导小组办公室（以下简称县人居办）通报了结果。"
     "评比每月开展一次，由县人居办从县住建局等单位抽调人员组成5个暗访组。", "5个", "鹿鸣县农村人居环境整治工作领导小组办公室"),
    # the declared short form written without its place, or the anaphor that finds it so, is the
    # full name (…（以下简称“桐溪农商银行”）…农商银行/该行); so is the full name cut before its firm's suffix
    ("桐溪农村商业银行股份有限公司（以下简称“桐溪农商银行”）召开会议。“服务好是农商银行的优势。”"
     "今年以来，该行发放贷款1200笔。", "1200笔", "桐溪农村商业银行股份有限公司"),
    ("记者从桐溪农村商业银行股份有限公司（以下简称“桐溪农商银行”）获悉，该行各项存款余额86.3亿元。",
     "86.3亿元", "桐溪农村商业银行股份有限公司"),
    # (a place is no short form: 桐溪县 stays itself after a body of it declares one)
    ("桐溪县农村人居环境整治工作领导小组办公室（以下简称县人居办）召开会议。桐溪县新建户厕1200户。",
     "1200户", "桐溪县"),
]


@pytest.mark.parametrize("text, figure, actor", SHORT_FORMS, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_a_short_form_is_the_name_spelled_out_before(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


ROWS_LED_BY_A_PLACE = [
    # (text, figure, actor): a line that opens with a place set apart by a wide gap (an
    # ideographic space, or two spaces) is that place's row, though no verb follows its name
    ("桐溪县召开会议。\n\n附：各乡镇进展情况\n青石镇\u3000\u3000网点12个\u3000服务群众3200人次\n"
     "白沙乡\u3000\u3000网点8个\u3000服务群众2100人次\n", "8个", "白沙乡"),
    ("桐溪县召开会议。\n\n附：各乡镇进展情况\n青石镇  网点12个  服务群众3200人次\n"
     "白沙乡  网点8个  服务群众2100人次\n", "3200人次", "青石镇"),
    # a row of totals is the article's place's, not the row's above it
    ("桐溪县召开会议。\n\n附：各乡镇进展情况\n青石镇\u3000\u3000网点12个\u3000服务群众3200人次\n"
     "合\u3000计\u3000\u3000网点20个\u3000服务群众5300人次\n", "20个", "桐溪县"),
    # (guard: one space is an OCR gap, and words that name no place lead no row)
    ("桐溪县召开会议。\n\n附：各乡镇进展情况\n服务网点\u3000\u3000新建12个\n", "12个", "桐溪县"),
]


@pytest.mark.parametrize("text, figure, actor", ROWS_LED_BY_A_PLACE, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_a_row_led_by_a_place_is_that_places(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


PLACE_BEFORE_ITS_FIGURE = [
    # (text, figure, actor): a place's name right before a figure that opens its clause is what
    # the clause is about, though no verb follows the name
    ("澜丰市召开现场推进会。从各县进度看，截至目前，穗川县2.6万亩新建任务已全部完成，完成率100%。", "2.6万亩", "穗川县"),
    ("澜丰市召开现场推进会。从各县进度看，截至目前，穗川县2.6万亩新建任务已全部完成，完成率100%。", "100%", "穗川县"),
    # (guards: a list of places and figures is a breakdown, and an age is no figure of the place)
    ("澜州市召开会议。全市累计转移群众5.8万人，其中岱南县2.1万人、石屿县1.6万人，开放避灾安置点412个。", "412个", "澜州市"),
    ("雾溪县交通运输局开行赶场专线23条。“黑箐镇高坡村73岁的村民杨老三说，班车开进了村，共开行3400余班次。", "3400余班次", "雾溪县交通运输局"),
    # (guard: a name before a figure holds no verb: 市政府新闻办召开汀梧市 is no place)
    ("汀梧日报\n\n上半年河湖长制成绩单出炉\n\n本报讯（记者林思远）7月20日上午，市政府新闻办召开汀梧市2023年上半年河湖长制工作新闻发布会。"
     "\n\n韩卫东表示，入汛以来，全市水利部门共排查河道行洪障碍物217处。", "217处", "汀梧市"),
]


@pytest.mark.parametrize("text, figure, actor", PLACE_BEFORE_ITS_FIGURE, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_a_place_right_before_its_figure_is_its_subject(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


BODIES_OF_A_PLACE = [
    # a body named by its level is of the place its paragraph opens with, before the one its
    # article names most
    ("槐阳县气象服务\n本报讯 槐阳县气象局今年建成观测站8个，槐阳县共有站点30个。\n\n"
     "宁溪县是全省优质烟叶生产基地县。近年来，县气象局在烟区建成农田小气候观测站11个。", "11个", "宁溪县气象局"),
    # a development zone is a body of its own; 园区 and 开发区 in its article are that zone
    ("桐川经济开发区5月份项目建设月报出炉。截至5月底，开发区共入驻企业318家。园区新开工项目6个。", "6个", "桐川经济开发区"),
    ("桐川经济开发区5月份项目建设月报出炉。截至5月底，开发区共入驻企业318家。", "318家", "桐川经济开发区"),
    # …and so is a section of its page under a sub-head that names no place (a zone is a place
    # an article may be about), while a county that the page names more keeps its sections
    ("青禾报　2024年6月5日　星期三　第3版\n\n青禾经济开发区一季度项目建设情况通报\n\n本报讯（记者 方航）截至3月底，"
     "开发区共入驻企业218家。\n\n新开工：5个项目集中破土\n\n同月开工的还有4个项目，总投资合计16.4亿元。\n",
     "16.4亿元", "青禾经济开发区"),
    ("柘阳报　2024年6月5日　星期三　第3版\n\n柘阳县一季度经济运行平稳\n\n本报讯（记者 方航）一季度，柘阳县地区生产总值"
     "增长6.1%，柘阳县经济开发区完成投资8.7亿元。\n\n新开工：5个项目集中破土\n\n同月开工的还有4个项目，总投资合计16.4亿元。\n",
     "16.4亿元", "柘阳县"),
    # a slogan in quotes that ends like a place (“生态立县”) names none
    ("青崖新闻\n\n县林业和草原局上半年各项工作稳中有进\n\n本报讯 7月10日，青崖县林业和草原局召开会议。今年以来，该局"
     "紧紧围绕县委、县政府“生态立县”战略部署推进工作。\n\n国土绿化提质增量。今年上半年，全县完成营造林8.6万亩。\n",
     "8.6万亩", "青崖县"),
    # the body that runs a site named by its kind is a subject (保护区|管理局), though the site's
    # kind alone is no place (辖区庭院…)
    ("本报讯 苍岭县的苍岭山国家级自然保护区管理局今年开展巡护。\n\n今年以来，保护区管理局投入资金1860万元，"
     "新建视频监控点位64个。", "64个", "保护区管理局"),
    ("本报讯 青崖县推进庭院整治。\n\n辖区庭院改造320户。", "320户", "青崖县"),
    # …and 园区企业 where the page names no zone is nobody named (not 园区企业)
    ("柳林镇返乡创业园建成投用。园区企业实现产值2.3亿元。", "2.3亿元", "柳林镇"),
    # a paragraph that opens with a place (after 在 or not) is about it: its 该县 is that county,
    # not the one the article names most; but a place its own sentence names comes first
    ("白河县推进货运。白河县开行班列8列。\n\n石坪县是我市重要的煤炭产区。去年，该县投资1.2亿元建成集运站。",
     "1.2亿元", "石坪县"),
    ("榆台县建成湿地2处。榆台县水利局局长孙卫国说：“好。”\n\n在石峪县，沙峪河专项行动持续推进。今年以来，该县共清理河道垃圾3200余吨。",
     "3200余吨", "石峪县"),
    ("青篁县在发言中介绍，该县竹农入股合作社2.1万户。云岫县介绍，今年以来该县新建笋用林基地1.2万亩。", "1.2万亩", "云岫县"),
    # …nor 企业 alone, a word of the topic (企业职工基本养老保险), not a body
    ("本报讯 今年以来，云岫市社保工作稳步推进。企业职工基本养老保险参保人数净增1.6万人。", "1.6万人", "云岫市"),
    # a paper's name on a line of its own above the date line; 我市 gives its level (a 报 may be a
    # county's or a city's), before a prefecture the article names in a ranking
    ("桐川报\n2024年6月21日 星期五 第4版 专访\n\n今年以来，我市招商引资持续发力，保持全荆原市前列。1—5月我市新签约亿元以上项目47个。",
     "47个", "桐川市"),
    # a career (2021年起任|市投资促进局局长) and a list number (5.|杨集镇) are no part of a name
    ("桐川报\n2024年6月21日 星期五\n\n陈静怡2021年起任市投资促进局局长。我市新签约项目47个。", "47个", "桐川市"),
    ("桐川市项目建设大比武排名。\n5.杨集镇 新开工项目6个。", "6个", "杨集镇"),
    # 新 may stand between a subject and its verb (新开工, 新签约): the town is the subject
    ("桐川市委召开会议。上半年，石桥镇新开工亿元以上项目9个，完成固定资产投资12.5亿元。", "12.5亿元", "石桥镇"),
    ("桐川市委召开会议。上半年，石桥镇新签约项目9个。", "9个", "石桥镇"),
    # an item of a figures column that leads with its figure and a dash is its body's
    ("崧阳晚报 2024年11月21日\n\n▲436处——市城管局：上周，全市城管系统清理占道经营摊点436处。\n\n"
     "▲9处——市住建局：上周全市拆除违法建设9处。", "436处", "崧阳市城管局"),
    ("崧阳晚报 2024年11月21日\n\n▲436处——市城管局：上周，全市城管系统清理占道经营摊点436处。\n\n"
     "▲9处——市住建局：上周全市拆除违法建设9处。", "9处", "崧阳市住建局"),
    # 全市 + a body names the bodies of the city; 全市 alone before a verb names the city the page
    # names (江川市第二十一中学 names it too), not the district the article names most
    ("江川市召开会议。今年，全市纪检监察机关共接收信访举报3862件次。", "3862件次", "江川市纪检监察机关"),
    ("北湖区的江川市第二十一中学投用。北湖区实验小学扩建。今年，全市新建中小学23所。", "23所", "江川市"),
    # a page's header names its paper: a city's 日报 is where 全市 and 市市场监管局 are, where the
    # page names no city; a county's 报 or a province's 日报 names no city
    ("岚州日报 2023年10月12日 星期四 第5版\n\n## 全市农村人居环境整治推进会召开\n\n本报讯 会议在柘阳县召开。"
     "今年以来，全市完成户厕改造4.6万户。柘阳县将继续推进。", "4.6万户", "岚州市"),
    ("岚州日报 2023年10月11日 星期三 第7版\n\n本报讯 柘阳县召开会议。市市场监管局抽检食品3000批次。", "3000批次", "岚州市市场监管局"),
    ("青岚报 2024年5月1日 星期三\n\n本报讯 今年以来，全市共清理垃圾300吨。", "300吨", ""),
    ("青川日报 2024年12月3日 星期二\n\n本报讯 青川省召开会议。今年以来，全市共清理垃圾300吨。", "300吨", ""),
    # …also a paper named 今日X or X时讯, or after its party committee (中共X县委机关报 X报), where
    # the page writes X with its level; and an article that names no place of a level is about the
    # paper's own, not the one another article of the page names (沣台市 is a county-level city)
    ("今日桐川　2024年4月19日　星期五　第2版\n\n本报讯 沣台市召开会议。沣台市新建公园3个。\n\n本报讯 我市召开会议。"
     "市创建办组建12个暗访督查组。\n\n本报讯 发放《桐川市文明行为促进条例》1万册。\n", "12个", "桐川市创建办"),
    ("北岭时讯　2024年11月29日　星期五　第2版\n\n本报讯 南湖区召开会议。南湖区新建公园3个。\n\n本报讯 今年以来，"
     "全区新增市场主体3200户。\n\n本报讯 北岭区召开会议。\n", "3200户", "北岭区"),
    ("中共桐川县委机关报  桐川报  2024年3月15日\n\n本报讯 桐川县召开会议。\n\n本报讯 梅溪县召开会议。梅溪县新建公园3个。"
     "\n\n本报讯 县农业农村局储备化肥1.2万吨。\n", "1.2万吨", "桐川县农业农村局"),
    ("青岚日报　2024年11月6日　星期三　第6版\n\n本报讯 记者从市商务局获悉，全市发放消费券3000万元。"
     "\n\n本报讯 沣台市召开会议。沣台市商务局统计，沣台市城区3家综合体实现销售额8650万元。\n", "3000万元", "青岚市"),
    ("澜州日报　2024年11月22日　星期五　第3版\n\n前10月我市外贸进出口812.6亿元\n\n本报讯 今年1—10月，我市外贸进出口"
     "总值812.6亿元。综保区开通至胡志明市的全货机航线两条。\n", "812.6亿元", "澜州市"),
    # an article that says 我市 is about the paper's city, also where it names another (its prefecture)
    ("今日桐川　2024年4月16日　星期二　第3版\n\n本报讯 市委常委会传达学习澜州市委全会精神，研究部署我市工作。"
     "一季度，全市实现地区生产总值68.7亿元，增速居澜州市各县（市、区）第二位。\n\n本报讯 发放《桐川市条例》1万册。\n",
     "68.7亿元", "桐川市"),
    # in a roundup whose paragraphs open with a place and a colon, 全乡 is the paragraph's place
    ("本报讯 各乡镇抓春耕。\n\n枫林镇：乡村旅游春意浓。枫林镇景区接待游客4.2万人次，枫林镇民宿满房。\n\n"
     "青山乡：春茶飘香采摘忙。截至4月20日，全乡已采摘春茶鲜叶860吨。\n", "860吨", "青山乡"),
    # items of a list run together with semicolons, each opening with a body and a colon
    ("湄川市召开会议。\n\n市住建局：受理工单1256件，按时办结率99.2%；市城管局：受理工单1108件，按时办结率98.5%；\n", "1108件",
     "湄川市城管局"),
    # a zone's short form names it by the long form the page prints (经开区 -> 经济技术开发区), a bare
    # one too; where the page prints no long form, the short one stays
    ("本报讯 9月11日上午，澜州经济技术开发区举行签约仪式。今年以来，澜州经开区新签约项目32个。", "32个", "澜州经济技术开发区"),
    ("本报讯 8日，在澜州综合保税区，一批货物通关。今年以来，综保区跨境电商进出口12.6亿元。", "12.6亿元", "澜州综合保税区"),
    ("本报讯 今年以来，桐川经开区新签约项目32个。", "32个", "桐川经开区"),
    # (the long form may be printed without 技术)
    ("柘溪经济开发区召开会议。1—10月，柘溪经开区新签约项目12个。经开区新开工项目5个。", "5个", "柘溪经济开发区"),
    # (a body's name that runs into the long form is none of its place: 国家税务总局|澜州经济技术开发区;
    # 高新区 stays as printed, as annotators keep it)
    ("澜州经开报 2024年11月22日\n\n本报讯 记者从国家税务总局澜州经济技术开发区税务局获悉，前三季度全区共减免"
     "所得税6.3亿元。经开区今年新认定高企68家。\n", "68家", "澜州经济技术开发区"),
    ("澜州高新报 2024年11月22日\n\n本报讯 记者从国家税务总局澜州高新技术产业开发区税务局获悉，前三季度全区共减免"
     "所得税6.3亿元。高新区今年新认定高企68家。\n", "68家", "高新区"),
    # words that lead to a name are part of none (一季度|市12345热线, 距离|澜州市, 上游|梅溪县, 建议|区财政局)
    ("江川市召开会议。今年一季度市发展改革委审批项目45个。", "45个", "江川市发展改革委"),
    ("桐川县召开会议。桐川县普降暴雨，受上游梅溪县来水影响，县水利局转移群众2316人。", "2316人", "桐川县水利局"),
    # an article's actor is the subject its headline names (not the body's first subject)
    ("前三季度江川市纪检监察机关立案1037件\n\n本报讯（记者 杨柳）10月22日，市纪委监委通报有关情况。\n\n"
     "立案审查调查的人员中，县处级干部18人。", "18人", "江川市纪检监察机关"),
    # a headline about the whole city (全市…) makes the city (here its hotline) the article's actor,
    # not the most mentioned of the districts its body lists; 11月份|江川市: 份 ends a date, never
    # opens a name
    ("11月份全市12345热线受理诉求8.62万件\n\n本报讯（记者 陈思远）12月4日，有关部门发布11月份江川市热线运行情况。"
     "11月份，热线共受理诉求8.62万件。临溪区、北湖区诉求量居前，北湖区、临溪区分别受理1.83万件和1.57万件。",
     "8.62万件", "江川市12345热线"),
    # 我市 in the headline too; a name before a verb and 的 (督察组交办的…) is no subject
    ("督察整改取得阶段性成效\n我市反馈问题整改有序推进\n\n本报讯（记者 周文涛）截至目前，江川市已完成整改31个问题。\n\n"
     "督察组交办的1286件群众信访举报件已全部办结。", "1286件", "江川市"),
    ("我市督察整改取得阶段性成效\n\n本报讯（记者 周文涛）截至目前，已完成整改31个。南峪区、南峪区…\n\n"
     "江川市将持续推进整改。", "31个", "江川市"),
    # a one-character county is no verb (受|县人民政府委托) nor a verb's complement (构建起|县、乡、村)
    ("受县人民政府委托，现将报告如下。县财政局完成收入12.8亿元。青岚县将继续努力。", "12.8亿元", "青岚县财政局"),
    ("近年来，全县构建起县、乡、村三级调解网络。县司法局共调解纠纷４２１７起。青岚县司法局表示。", "４２１７起", "青岚县司法局"),
    # an anaphor in a page's index (●城管：全区…) finds the district the page names later; an
    # item of a list is one line, the headline after it is no part of it
    ("本版导读\n●卫健：家庭医生签约率达82.3%\n●城管：全区建成垃圾分类投放点2 468个\n区公安分局夏季治安打击整治行动战果丰硕\n\n"
     "本报讯 青溪区公安分局破获刑事案件126起。\n", "2468个", "青溪区"),
    # 经 stops a name (经审查…) but not where it begins a name's word (澄湖经开区, 区经信局)
    ("澄湖经开区上半年新引进项目27个\n\n本报讯 今年，经开区新引进产业项目27个。", "27个", "澄湖经开区"),
    # an article that names no place at all is about the place the page names most
    ("澄湖区化解信访积案196件\n\n本报讯 今年以来，澄湖区化解积案196件。\n\n“阳光信访”让群众少跑腿\n\n"
     "本报讯（记者 韩冬）记者从区信访局获悉，全区网上信访占信访总量的比重达72.4%。", "72.4%", "澄湖区"),
    # a firm whose project a clause opens with, after the dateline and where it is (位于…的), is
    # the project's actor, with its whole name
    ("本报讯（记者 郑航）走进位于桐溪区的澜州华川新能源材料有限公司年产10万吨正极材料项目现场，塔吊林立。"
     "该项目总投资45亿元。", "45亿元", "澜州华川新能源材料有限公司"),
    # an article that speaks of its whole area (全市) more often than it names any one place is
    # about that area (not where 全市 is a ranking's base: 居全市第一)
    ("岭澜日报 2024年12月31日 星期二\n\n这一年的答卷\n\n本报讯 1—11月全市一般公共预算收入96.7亿元。"
     "全市新增规模以上工业企业178家，澜湾区新增42家。全市高新技术企业总数达512家。", "96.7亿元", "岭澜市"),
    ("锦屏街道这一年\n\n本报讯 锦屏街道办结群众诉求1200件，满意率居全区第一、在全区各街道中…。"
     "新建口袋公园5个。", "5个", "锦屏街道"),
    # …also an item of such a page that names no place (数说2024: each item its own article)
    ("岭澜日报 2024年12月31日 星期二\n\n数说2024\n\n本报讯 全市一般公共预算收入96.7亿元，全市新增企业178家，"
     "全市新增就业4.2万人，澜湾区新增1.1万人。\n\n1386.2亿元\n地区生产总值，增长5.4%左右。", "1386.2亿元", "岭澜市"),
    # a verb or a count of people before 市/县 makes no place (一名市领导, 登录市纪委监委网站, 执行县人大…)
    ("青岚县召开会议。会议要求认真执行县人大批准的预算。县审计局共发现问题32个。", "32个", "青岚县审计局"),
    ("岭澜日报 2024年11月6日 星期三\n\n本报讯 实行“一个项目、一名市领导”机制，全市重点项目完成投资612.4亿元，"
     "澜湾区完成120亿元。全市新开工项目86个。", "612.4亿元", "岭澜市"),
    ("宁禾县召开会议。各乡镇要将整改情况报县人居办。县人居办共督办问题86个。", "86个", "宁禾县人居办"),
    ("宁禾县立足农业大县实际，今年新建高标准农田5万亩。", "5万亩", "宁禾县"),
    # (nor 强 a strong one, nor a slogan's 一 or a verb's 入 a place or body: 富民强县, 一县一业, 入会办理)
    ("青岫县召开大会。该县把茶产业作为富民强县的重要抓手。今年全县新发展茶园2.4万亩。", "2.4万亩", "青岫县"),
    ("青岫县召开大会。围绕“一县一业”目标，全县新发展中药材种植2.4万亩。", "2.4万亩", "青岫县"),
    ("岚川市总工会召开会议。入会办理、困难帮扶申请等20余项服务均可掌上办。", "20余项", "岚川市总工会"),
    # (as often as it names one place is enough: 澜湾区 twice, 全市 twice; 居全市第一 is no mention)
    ("岭澜日报 2024年12月31日 星期二\n\n民生实事进展顺利\n\n本报讯 全市公园绿地面积达到12万平方米。\n\n"
     "澜湾区完工9个，澜湾区新建公园3个。全市停车位新增5600个。", "12万平方米", "岭澜市"),
    ("岭澜日报 2024年12月31日 星期二\n\n民生实事进展顺利\n\n本报讯 全市公园绿地面积达到12万平方米。\n\n"
     "澜湾区完工9个，居全市第一，澜湾区新建公园3个。", "12万平方米", "澜湾区"),
    # 市政务… is a body of the city, though 市政 (市政道路) is no place; a press office only holds
    # the conference: the figures are not its
    ("岭澜日报 2024年11月6日 星期三\n\n本报讯 11月5日，全市召开民生工作会议。今年以来，市政府投入民生资金326万元。",
     "326万元", "岭澜市政府"),
    ("岭澜日报 2024年11月6日 星期三\n\n本报讯 11月5日，市政府新闻办举行新闻发布会，介绍全市营商环境情况。"
     "今年以来，新增经营主体5.2万户。", "5.2万户", "岭澜市"),
    # 至 (白沙至城区) and a table's bar end a name; 写入 lies in no place's name (写入区委)
    ("新开通白沙至城区公交专线。区政府新增公交车辆12辆。", "12辆", "区政府"),
    ("相关建议内容被写入区委、区政府文件。区政协共收到提案236件。", "236件", "区政协"),
    # a group named by its kind alone is the body's that formed it (县卫健委…组成4个检查组。检查组…)
    ("宁禾县召开会议。近日，县卫健委联合县市场监管局组成4个检查组开展控烟检查。检查组共检查公共场所128家。",
     "128家", "宁禾县卫健委"),
    # a party's name before a place is none of it (农工党|青溪区支部)
    ("农工党青溪区支部提出的提案被采纳。区政协共收到提案236件。", "236件", "青溪区政协"),
    # 省市 (省市重点项目) is two levels, no city
    ("今年，桐溪区共实施省市重点项目62个。", "62个", "桐溪区"),
    # 【】 ends a name (【省市重点项目领跑】 names no 【省市)
    ("【省市重点项目领跑】今年，澄源县共有14个项目列入省市重点项目。", "14个", "澄源县"),
    # a slogan is no place (小事不出村、大事不出镇: 不 is in no place name)
    ("努力做到“小事不出村、大事不出镇”。镇调委会共调解纠纷120起。", "120起", "镇调委会"),
    # 我代表县人民政府 (a verb, no county 代表县); 十五届县委 (届 ends an ordinal, no name)
    ("各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n过去一年，全县实施重点项目120个。\n\n", "120个", ""),
    ("云台县召开会议。\n\n十五届县委第四轮巡察发现问题56个。县审计局发现问题12个。", "12个", "云台县审计局"),
    # a paragraph that opens with a place and a colon is about it (a round-up of cities)
    ("全省人居环境整治推进会召开\n\n本报讯 各市扎实推进整治。\n\n梅岭市：全市新改建农村户厕1.2万户，河口市也在推进。\n\n",
     "1.2万户", "梅岭市"),
    # an interview's subtitle (——访湄江区财政局局长…): 访 opens no place name
    ("“过紧日子”要落到实处\n——访湄江区财政局局长林晓东\n\n本报记者 吴昊\n\n林晓东：今年以来，全区一般性支出较上年压减12%。"
     "湄江区财政局将继续努力。\n", "12%", "湄江区"),
    # after 分别 a place right before a figure is whose figure it is; the topic before 分别 is measured
    ("前三季度，全市投入整治资金5.2亿元，县级配套资金分别为：柘阳县0.9亿元、白石县0.7亿元、桐溪县0.6亿元。", "0.7亿元", "白石县"),
    # % ends a name as any symbol does (…完成率92.5%|青石县), and a place before its verb acts
    ("全市十件实事完成率92.5%\n青石县投入2.86亿元实施改造工程。", "2.86亿元", "青石县"),
    # an office (办公室, 督查室) is a body; a party body and its government counterpart named
    # together share one place (澄源县委督查室、县政府督查室), other joint bodies each get theirs
    ("湄川市召开会议。10月9日至18日，市委督查室、市政府督查室牵头，抽调市发展改革局等12个部门业务骨干。", "12个",
     "湄川市委督查室、市政府督查室"),
    ("湄川市召开会议。市政府办公室统筹全市58个市直单位开展政务公开。", "58个", "湄川市政府办公室"),
    ("柘阳县召开会议。县住建局、县应急局检查企业30家。", "30家", "柘阳县住建局、柘阳县应急局"),
    # 村医 (a village doctor) names a person's trade, no village: 村医…进村 is no village's name
    ("岔河镇：体检专车开进山村\n\n该镇组建体检小分队3支。\n\n龙岫乡：村医巡诊\n\n该乡为全乡21名村医每人配备电动巡诊车1辆。"
     "村医每周固定时间进村巡诊，今年以来已巡诊3800余户次。", "3800余户次", "龙岫乡"),
    # a visit's verb ends no place (游览县内景区: no county named 游览县)
    ("对“五星级志愿者”在游览县内景区等方面给予优待。全县注册志愿者达3.2万人。", "3.2万人", ""),
    # 以 after a name is a preposition too: the name is the subject (以…为抓手, 以96.5分位居第一)
    ("上午，在桃园镇杏花村村委会，村会计正把资产录入平台。今年以来，杏林镇以“三资”清理为抓手，组织12个行政村开展清查。",
     "12个", "杏林镇"),
    ("月度考评中，青杠镇以96.5分位居第一。", "96.5分", "青杠镇"),
    # …but 以上 after a name ends a count (县以上): no subject
    ("全市县以上医院开通绿色通道45条。", "45条", ""),
    # where a body is (位于X的) opens no subject: the body after it is the subject
    ("临澜县召开会议。位于潇浦区的渌川鑫渔水产食品有限公司是我市规模最大的水产品加工企业，拥有加工生产线12条。",
     "12条", "渌川鑫渔水产食品有限公司"),
    # 则 after a name marks the contrast's subject (青漪县则…), as 还 does; not inside 规则
    ("临澜县今年改造池塘1万亩。潇浦区则对沿江83家养殖场实行一场一档管理，关停养殖场14家。", "14家", "潇浦区"),
    # a co-verb before 物业 governs it (协调物业公司整改…: 物业 is no bound head like 物 of 废弃物)
    ("东门社区召开会议。网格员共排查纠纷56起，协调物业公司整改问题41个。", "41个", "东门社区"),
    # a part of a town is no place (城中村: no village named 城中村)
    ("今年以来，凤川区投入资金8600万元整治城中村。城中村拆除违章雨篷230余处。", "230余处", "凤川区"),
    # a verb of reporting ends no place (书面报告区人大常委会: no district named 书面报告区)
    ("柳川区人大常委会召开会议，要求区政府将整改情况书面报告区人大常委会。\n\n去年以来，区机关事务服务中心盘活闲置房产14处。",
     "14处", "柳川区机关事务服务中心"),
    # a duty is no place (对…的责任街道扣减经费: no street office named 责任街道), nor a courtyard (分楼院)
    ("县创文办每月暗访考评。今年以来，已对2条背街小巷的责任街道扣减工作经费共计4万元。", "4万元", ""),
    ("沙湾县召开会议。会后，分楼院建立整改台账，清理楼道堆物60余处。", "60余处", "沙湾县"),
    # 他们…着… holds no village (走村 is a walk from village to village)
    ("沙湾县召开会议。近年来，他们骑着电动车走村入户，开展宣讲120余场。", "120余场", "沙湾县"),
    # 该局 is a bureau whose official name holds 和 (a suffix of its own), named as the source
    ("记者从泓阳区文化广电和旅游局获悉，今年上半年，该局开展文旅推介会8场。", "8场", "泓阳区文化广电和旅游局"),
    ("岱川县图书馆举办读书月活动。今年上半年，该馆接待读者8万人次。", "8万人次", "岱川县图书馆"),
    # …and where the page names it only by its level (县图书馆), 该馆 is the subject carried before
    ("1至9月，县图书馆接待读者12万人次。目前，该馆在乡镇设立城市书房16家。", "16家", "县图书馆"),
    # a hotline's caller is no county (群众可拨打县…热线: no county named 众可拨打县)
    ("青峪县召开会议。\n\n防返贫监测\n\n群众可拨打县防返贫监测帮扶热线申报困难。今年以来，全县新识别监测对象386户。",
     "386户", "青峪县"),
    # 去 and 系 are verbs before a body (坐车去县人民医院: no hospital named 去县人民医院)
    ("岚溪县召开会议。过去群众做个检查要坐车去县人民医院，今年1—9月，县人民医院完成手术1.52万台。",
     "1.52万台", "岚溪县人民医院"),
    # a county's supply co-operative and farmers' school are bodies of their own
    ("沃河县召开会议。今年以来，县供销社新建农资配送中心3个。", "3个", "沃河县供销社"),
    ("今年以来，县农广校培训高素质农民1200人。", "1200人", "县农广校"),
    # a market and its opening are no city (非遗市集开市以来: no city named 非遗市 or 集开市)
    ("“松台夜巷”非遗市集开市以来，全市举办市集68期。", "68期", ""),
    # a neighbouring county is no county named 邻县
    ("梅岭乡召开会议。8月28日，专案组在邻县一处屠宰点抓获嫌疑人。今年以来，全乡发生耕牛被盗案件6起。",
     "6起", "梅岭乡"),
    # a word that opens with a suffix ends no subject (安置点所在社区: no body named 安置点所)
    ("今年以来，安置点所在社区建成扶贫车间3个。", "3个", ""),
    # an adverb and its verb are a predicate, no part of a name (平台|共受理|企业复核申请: no body
    # named 平台共受理企业), and 倒逼 is a verb (…，倒逼企业从…: no body named 倒逼企业)
    ("禾川市建成评价信息平台。今年，平台共受理企业复核申请43件。", "43件", "禾川市"),
    ("禾川市以亩均评价为抓手，推动要素集聚，倒逼企业从拼土地转向拼效益。规上工业亩均税收从19.6万元提高到28.7万元。",
     "28.7万元", "禾川市"),
    # 逐, one by one, opens no name (逐院排查: no body named 逐院)
    ("鹤渚县召开会议。\n贺立群：今年5月至7月，我们组织开展了“回头看”，逐院排查幸福院1126个。", "1126个", "鹤渚县"),
    # a town of a programme named by its rank in it is no town (no 试点镇 for 该镇 to stand for)
    ("沣源市在3个试点镇推行农村污水治理。其中石桥镇被列为首批试点镇，该镇投入资金1250万元。", "1250万元", "石桥镇"),
    # a part of a site or of a page is no district (儿童游乐区, 评论区)
    ("青禾县体育公园建成开放。园内建有网球场4片和儿童游乐区1处，配建停车位420个。", "420个", "青禾县"),
]


@pytest.mark.parametrize("text, figure, actor", BODIES_OF_A_PLACE, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_bodies_of_a_place_and_headline_subjects(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


# An interview's answers speak for the body its subtitle names (——访…公司董事长…), where that body
# is no office of a place; a place's bureau (湄江区财政局, 县信访局) reports its place's figures.
INTERVIEWS = [
    ("把暖气送进千家万户\n——访霁江热力集团有限公司党委书记、董事长周明川\n\n本报记者 胡蔚\n\n"
     "记者：今年夏天做了哪些检修？\n\n周明川：今年我们改造老旧管网48.6公里，新建换热站12座。\n", "48.6公里",
     "霁江热力集团有限公司"),
    ("让纠纷化解在家门口\n——访云汀仲裁委员会副主任、秘书长何清远\n\n本报记者 孙悦\n\n"
     "记者：今年的办案情况如何？\n\n何清远：前三季度，共受理仲裁案件860件，同比增长12.5%。\n", "860件",
     "云汀仲裁委员会"),
    # (a place's bureau: its place, as before; also one named by its level, not a name cut inside it:
    # 市人民检察院|第九检察部 is no body named 民检察院第九检察部)
    ("护航未成年人成长\n——访市人民检察院第九检察部主任沈静怡\n\n本报记者 孙悦\n\n"
     "记者：霁州市的未检工作有哪些做法？\n\n沈静怡：今年以来，共受理涉未成年人线索42条。\n", "42条", "霁州市"),
    ("信访路上暖民心\n——访青禾县信访局局长韩立成\n\n本报记者 孙悦\n\n"
     "记者：今年的工作有哪些亮点？\n\n韩立成：今年以来，共接待群众来访1260人次。\n", "1260人次", "青禾县"),
]


@pytest.mark.parametrize("text, figure, actor", INTERVIEWS, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_an_interviews_answers_speak_for_the_body_its_subtitle_names(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor, obj", [
    ("县级配套资金分别为：柘阳县0.9亿元、白石县0.7亿元。", "0.7亿元", "白石县", "县级配套资金"),
    # a ranking says 依次 as a list says 分别
    ("潮湾区召开会议。10个街道考核得分依次为：海晏街道96.42分、渔港街道95.87分、白鹭街道94.10分。", "95.87分",
     "渔港街道", "10个街道考核得分"),
    ("各乡镇得分依次为：青杠镇88.9分、岩门镇87.3分。", "87.3分", "岩门镇", "各乡镇得分"),
])
def test_a_place_after_respectively_is_no_object(text, figure, actor, obj):
    c = _claim(extract_text(text), figure)
    assert (c["actor"], c["object"]) == (actor, obj)


PLACES_LISTED_BEFORE_RESPECTIVELY = [
    # places listed before what is measured and 分别 are, in order, whom the figures are of
    ("哈达图县召开会议。分乡镇看，梁家滩镇、红泉镇税收收入分别为4860万元和3120万元，合计占全县的37.0%。",
     "3120万元", "红泉镇", "税收收入"),
    ("枫岚县召开会议。石门镇、落霞镇、鹿鸣乡民宿数量分别为86家、54家和29家。", "86家", "石门镇", "民宿数量"),
    ("枫岚县召开会议。石门镇、落霞镇、鹿鸣乡民宿数量分别为86家、54家和29家。", "29家", "鹿鸣乡", "民宿数量"),
    # (places that act are a joint actor split as before; items that are no places stay objects)
    ("枫岚县召开会议。石门镇、落霞镇分别新建民宿86家、54家。", "54家", "落霞镇", "民宿"),
    ("哈达图县召开会议。教育、卫生健康支出分别为4860万元和3120万元。", "3120万元", "哈达图县", "卫生健康支出"),
]


BREAKDOWNS_BY_PLACE = [
    # a breakdown's place right before a figure is whom the figure is of; it counts what the total counts
    ("澜州市召开会议。全市累计转移危险区域群众5.8万人，其中岱南县2.1万人、石屿县1.6万人、东渚县1.3万人。",
     "2.1万人", "岱南县", "危险区域群众"),
    ("澜州市召开会议。全市累计转移危险区域群众5.8万人，其中岱南县2.1万人、石屿县1.6万人、东渚县1.3万人。",
     "1.3万人", "东渚县", "危险区域群众"),
    ("澜州市召开会议。全市累计转移危险区域群众5.8万人，其中岱南县2.1万人、石屿县1.6万人。", "5.8万人", "澜州市", "危险区域群众"),
    # (a village's figures stay its town's; a kind of area or a model community is no place)
    ("柳塘镇召开会议。全镇评出示范户512户，其中上湾村86户、新埭村69户。", "86户", "柳塘镇", "上湾村"),
    ("澄阳市召开会议。全市创建示范单位120个，其中示范社区36个。", "36个", "澄阳市", "示范社区"),
    ("哈达图县召开会议。全县划定禁牧区350万亩、草畜平衡区192万亩。", "192万亩", "哈达图县", "草畜平衡区"),
    # (a river's mining zones are no districts: 可采区, 禁采区)
    ("桐岭县召开会议。全县划定可采区4个、禁采区12个。", "12个", "桐岭县", "禁采区"),
]


@pytest.mark.parametrize("text, figure, actor, obj", PLACES_LISTED_BEFORE_RESPECTIVELY + BREAKDOWNS_BY_PLACE)
def test_places_listed_before_their_figures_are_whom_the_figures_are_of(text, figure, actor, obj):
    # (before 分别, or in a breakdown: the two tables above, one test)
    c = _claim(extract_text(text), figure)
    assert (c["actor"], c["object"]) == (actor, obj)


def test_a_place_before_a_figure_in_brackets_after_respectively_is_whom_it_is_of():
    claims = extract_text("樟溪县召开会议。群众满意率排名前三的分别是凤岗乡(99.2%)、竹坪乡（98.8%）、梅坑镇(98.5%)。")
    assert [_claim(claims, f)["actor"] for f in ("99.2%", "98.8%", "98.5%")] == ["凤岗乡", "竹坪乡", "梅坑镇"]
    # (a place word that ends a noun, not a name, right before the figure is no one's: 城区124个)
    assert _claim(extract_text("青岚县召开会议。56个县直单位分别包保城区124个居民小区。"), "124个")["actor"] == "青岚县"


@pytest.mark.parametrize("text, figures, actors", [
    # a ranking's place before its figure in brackets is whose the figure is, written in full
    ("枫坪县召开会议。红榜：石桥镇上洋村（96.8分）、柳木镇茶园村（96.2分）；黑榜：沙湾乡河背村（70.2分）。",
     ("96.8分", "96.2分", "70.2分"), ["石桥镇上洋村", "柳木镇茶园村", "沙湾乡河背村"]),
    ("湘阳市召开会议。得分前两位的是东关街道书院社区(97.2分)、凤台街道桂苑社区(96.8分)。",
     ("97.2分", "96.8分"), ["东关街道书院社区", "凤台街道桂苑社区"]),
    # (a rank before the place is no part of its name)
    ("各县考评排名：第一名泊江县(92.6分)，第二名沣水市(89.3分)。", ("92.6分", "89.3分"), ["泊江县", "沣水市"]),
    # (a noun before a figure in brackets is no place)
    ("沙湾县召开会议。全县新建小区（3个）。", ("3个",), ["沙湾县"]),
])
def test_a_place_before_its_figure_in_brackets_is_whose_the_figure_is(text, figures, actors):
    claims = extract_text(text)
    assert [_claim(claims, f)["actor"] for f in figures] == actors


def test_whole_city_alone_is_the_city_named_or_no_one():
    assert _claim(extract_text("江川市召开会议。全市共清理垃圾300吨。"), "300吨")["actor"] == "江川市"
    assert _claim(extract_text("全市共清理垃圾300吨。"), "300吨")["actor"] == ""


@pytest.mark.parametrize("text, figure, actor", [
    ("——记雁湖县金穗粮油加工有限公司董事长王立。如今，金穗公司拥有生产线8条。", "8条", "雁湖县金穗粮油加工有限公司"),
    ("澄江远航物流集团有限公司落户园区。远航集团新增冷链车辆40台。", "40台", "澄江远航物流集团有限公司"),
    ("金穗公司拥有生产线8条。", "8条", "金穗公司"),   # (no legal name before: as printed)
])
def test_a_firm_by_its_trade_name_is_the_firm_named_before(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # a place's own speech for itself (村里, 镇里, 县里) is the place of that level named before
    ("柏岭镇地处青峦县东部，青峦县今年推进改厕，镇里抽调干部12人。", "12人", "柏岭镇"),
    ("柳溪镇今年推进人居环境整治。青石村是示范村，去年村里新修道路2条。", "2条", "青石村"),
])
def test_a_places_own_speech_for_itself_is_that_place(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # a city written after a named province lies outside the paper's area: 全市, 我市 and 市X局
    # do not stand for it (the page's own county does)
    ("7月以来，我市组建招商小分队12支，分赴沿海开展驻地招商。在福建省泉岚市，鹤溪县小分队先后拜访企业80家。"
     "该县还在泉岚市成立商会。", "12支", "鹤溪县"),
    ("市投资促进局梳理产业链图谱5张。在广东省濠湾市，鹤溪县小分队拜访企业40家。在濠湾市设立联络处。",
     "5张", "市投资促进局"),
    # …but where a clause names it as its subject, it acts
    ("浙江省东泽市人民医院派驻专家42人次。东泽市累计投入帮扶资金1280万元。", "1280万元", "东泽市"),
])
def test_a_city_after_a_named_province_is_no_city_of_the_paper(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


def test_a_place_before_its_verb_is_no_object():
    assert _claim(extract_text("青石县投入2.86亿元实施改造工程。"), "2.86亿元")["object"] != "青石县"


@pytest.mark.parametrize("text, figure, actor, obj", [
    # no verb is read between the place and the figure: the place acts, the rest is what is measured
    ("在全市营商环境评价中，东坪区综合得分88.4分，位列第一。", "88.4分", "东坪区", "综合得分"),
    ("槐山区一般公共预算收入完成18.6亿元。", "18.6亿元", "槐山区", "一般公共预算收入"),
    ("白鹭县前三季度新改建户厕3120户。", "3120户", "白鹭县", "新改建户厕"),   # (and the time after it)
    # …also where the article is another body's: a place opening its clause (after a time phrase)
    # before what is measured is whose the figure is
    ("国网桐溪供电公司全年完成电网投资12亿元。1—11月，桐溪市全社会用电量达86.4亿千瓦时。桐溪市工业经济向好。",
     "86.4亿千瓦时", "桐溪市", "全社会用电量"),
    ("桐溪县财政局通报了收支情况。前三季度，柳林镇税收同比增长14.2%，柳林镇位列第一。",
     "14.2%", "柳林镇", "税收（同比增长）"),
    # …but a site or a project there is where, not who (sites_at_a_place)
    ("宁禾县重点项目建设提速。沙河镇冷链物流园项目总投资5.6亿元，沙河镇将新增就业300人。",
     "5.6亿元", "宁禾县", "沙河镇冷链物流园项目"),
    # …nor a position in it (positions_in_a_place)
    ("燕阳市开展义务植树。二道河村东侧约80亩荒坡披上了新绿，二道河村群众积极参与。",
     "80亩", "燕阳市", "二道河村东侧"),
])
def test_the_actor_is_no_part_of_the_object(text, figure, actor, obj):
    claim = _claim(extract_text(text), figure)
    assert (claim["actor"], claim["object"]) == (actor, obj)


# -- time scopes --------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, page, year, expected", [
    ("7月以来", date(2022, 8, 30), 2022, ("2022-07-01", "2022-08-30")),
    ("9月份以来", date(2022, 10, 17), 2022, ("2022-09-01", "2022-10-17")),
    ("今年以来", date(2022, 8, 30), 2022, ("2022-01-01", "2022-08-30")),
    ("今年前9个月", date(2022, 10, 15), 2022, ("2022-01-01", "2022-09-30")),
    ("1-5月", date(2022, 6, 14), 2022, ("2022-01-01", "2022-05-31")),
    ("截至6月底", None, 2022, (None, "2022-06-30")),
    ("截至目前", date(2023, 4, 20), 2023, (None, "2023-04-20")),
    ("截至6月22日8时", date(2024, 6, 25), 2024, (None, "2024-06-22")),   # (up to the day it names)
    ("截至去年底", date(2024, 6, 25), 2024, (None, "2023-12-31")),
    ("一季度", None, 2023, ("2023-01-01", "2023-03-31")),
    ("今年前三季度", None, 2023, ("2023-01-01", "2023-09-30")),
    ("今年上半年", None, 2022, ("2022-01-01", "2022-06-30")),
    ("当天", date(2022, 8, 23), 2022, ("2022-08-23", "2022-08-23")),
    ("8月21日", None, 2022, ("2022-08-21", "2022-08-21")),
    # stretches of months and days, each end written out (into the next year where the end comes first)
    ("今年4月至9月", date(2023, 11, 2), 2023, ("2023-04-01", "2023-09-30")),
    ("8月份至9月份", None, 2023, ("2023-08-01", "2023-09-30")),
    ("9月25日至29日", None, 2023, ("2023-09-25", "2023-09-29")),
    ("7月29日至8月2日", None, 2023, ("2023-07-29", "2023-08-02")),
    ("12月30日至1月2日", None, 2023, ("2023-12-30", "2024-01-02")),
    ("近日", date(2022, 8, 30), 2022, (None, None)),
    ("2023年", None, None, ("2023-01-01", "2023-12-31")),   # the phrase names its year
    # no year known: no dates, never a guess
    ("7月以来", None, None, (None, None)),
    ("今年前9个月", None, None, (None, None)),
    ("", date(2022, 8, 30), 2022, (None, None)),
])
def test_period(phrase, page, year, expected):
    assert period(phrase, page, year) == expected


def test_time_scope_and_period_through_extraction():
    text = "本报讯（记者张三）8月30日上午，石龙区召开会议。\n\n7月以来，该区共清理占道经营300余处。"
    without_year = _claim(extract_text(text, "page.txt"), "300余处")
    assert without_year["time"] == "7月以来"
    assert without_year["period_start"] is None and without_year["period_end"] is None
    with_year = _claim(extract_text(text, "page.txt", year=2022), "300余处")
    assert (with_year["period_start"], with_year["period_end"]) == ("2022-07-01", "2022-08-30")
    from_name = _claim(extract_text(text, "pdsxw-2022-08-31.txt"), "300余处")
    assert from_name["period_start"] == "2022-07-01"


def test_the_time_is_the_phrase_as_printed():
    # (the guideline's time is written as the page prints it; the period is read all the same)
    (c,) = extract_text("2023年10月20日 星期五\n\n截至９月底，全县排查矛盾纠纷５３２０起。", "page.txt")
    assert c["time"] == "截至９月底"
    assert c["period_end"] == "2023-09-30"


# The time of a figure, one table of conventions (text, figure, time):
TIME_OF_A_FIGURE = [
    # scopes that run from an event named by its act (开办, 投产, 开学…以来) or over years not counted (几年来)
    ("“积分超市”开办以来，全村村民兑换商品1.48万件。", "1.48万件", "“积分超市”开办以来"),
    ("项目6月投产以来，已屠宰生猪7.6万头。", "7.6万头", "项目6月投产以来"),
    ("秋季学期开学以来，全县查处“三无”食品案件5件。", "5件", "秋季学期开学以来"),
    ("几年来，村里新发展党员6名。", "6名", "几年来"),
    ("今年以来，全县新建村级综合服务社37个。", "37个", "今年以来"),
    # the year of one end of a change (由去年底的46%提高到78%) dates that end only; a time inside a
    # bracket with a figure of its own (（其中今年新建43家）) dates nothing after the bracket; a year's
    # end dates its own sentence only, as a bare year does
    ("截至9月底，全县助餐服务覆盖率由去年底的46%提高到78%。", "46%", "去年底"),
    ("截至9月底，全县助餐服务覆盖率由去年底的46%提高到78%。", "78%", "截至9月底"),
    ("截至9月底，全市已建成长者食堂186家（其中今年新建43家）、老年助餐点472个。", "472个", "截至9月底"),
    ("去年底，该镇引进一家保洁公司。该公司投入保洁车辆26辆。", "26辆", ""),
    # a scope right after a bracketed label (【数据】截至10月底，…) heads its clause, and so governs past
    # a semicolon as a scope at the head of a sentence does
    ("【数据】截至10月底，苇川县累计整改问题图斑1537个；全县粮食播种面积达到132.5万亩。", "132.5万亩", "截至10月底"),
    ("【工作进展】1—10月，全县新增市场主体1312户；新签约项目17个。", "17个", "1—10月"),
]


@pytest.mark.parametrize("text, figure, time", TIME_OF_A_FIGURE, ids=lambda x: x[:10] if isinstance(x, str) else x)
def test_the_time_of_a_figure(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time


# A bare year after the end point of the sentence's scope, with no figure between, opens the
# period the end point closes: the end point is the time printed.
END_POINT_OVER_YEAR = [
    # (text, figure, time, period_start, period_end)
    ("本报讯 11月20日，县里召开会议。\n\n截至10月底，云渡县今年已消化批而未供土地2860亩。", "2860亩", "截至10月底",
     "2023-01-01", "2023-10-31"),
    ("本报讯 11月20日，县里召开会议。\n\n截至目前，今年全县共发放创业担保贷款1.36亿元。", "1.36亿元", "截至目前，今年",
     "2023-01-01", "2023-11-20"),
    # (a figure between them: the year is the later clause's own scope)
    ("本报讯 11月20日，市里召开会议。\n\n截至10月底，全市累计建成5G基站9862个，今年新建2650个。", "2650个", "今年",
     "2023-01-01", "2023-11-20"),
]


@pytest.mark.parametrize("text, figure, time, start, end", END_POINT_OVER_YEAR, ids=lambda x: x[:12] if isinstance(x, str) else x)
def test_a_year_after_an_end_point_opens_its_period(text, figure, time, start, end):
    c = _claim(extract_text(text, "paper-2023-11-20.txt"), figure)
    assert (c["time"], c["period_start"], c["period_end"]) == (time, start, end)


def test_a_scope_after_a_semicolon_governs_only_its_sentence():
    # (a scope that opens the sentence still governs the sentences after it)
    opens = extract_text("今年以来，累计发布红榜48个。全县签订责任书5.6万余份。")
    inside = extract_text("该县建立红黑榜制度；今年以来，累计发布红榜48个。全县签订责任书5.6万余份。")
    assert _claim(opens, "5.6万余份")["time"] == "今年以来"
    assert _claim(inside, "48个")["time"] == "今年以来"
    assert _claim(inside, "5.6万余份")["time"] == ""


def test_time_scope_does_not_leak_into_later_paragraphs():
    text = "今年以来，该镇新建公厕12座。\n\n该镇还将新建公厕20座。"
    claims = extract_text(text)
    assert _claim(claims, "12座")["time"] == "今年以来"
    assert _claim(claims, "20座")["time"] == ""


@pytest.mark.parametrize("pattern, needed", [
    (r"[^,，。]{2,14}?(?:开展|启动)以来", ("以来",)),
    (r"(?:今年|去年|\d{4}年)?(?:第?[一二三四]|前三)季度", ("季度",)),
    (r"近(?:\d{1,2}|[一二三])年(?:来|以来)?", ("近",)),
    (r"前\d{1,2}个?月", ("前",)),                 # 个 may be missing
    (r"以来?", ("以",)),
    (r"(?<=^|[,，])\p{Han}{2}以来", ("以来",)),     # \p{Han}{2} is no text
    (r"[]以]来", ("来",)),                         # a class that holds a ] (and 以)
    (r"(?:目前|当前)", ("目前", "当前")),           # one of the words of a group that must match
    (r"(?:国庆|春节)?(?:假期|长假)(?:期间)?", ("假期", "长假")),
    (r"(?:改造|整治)[前后]", ("改造", "整治")),
    (r"(?:目前|当前)?年", ("年",)),                 # (a literal run first)
    (r"(?:目前|当前)?", ()),                        # an optional group holds nothing for sure
    (r"(?:目前|a)", ()),                            # not plain words
    (r"今年|去年", ()),                             # an alternation at the top
])
def test_required_texts_of_a_pattern(pattern, needed):
    from civex.lexicon import required_texts

    assert required_texts(pattern) == needed


def test_every_time_pattern_match_holds_its_required_text():
    """The time scan skips a paragraph without a pattern's required text: that must never
    lose a match (checked on the seeds and the held-out pages)."""
    import regex

    from civex.lexicon import load_lexicon, required_texts

    time = load_lexicon().raw["context"]["time"]
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))
             + sorted((SEEDS.parent / "evaluation" / "heldout" / "pages").glob("*.txt"))]
    matched = 0
    for pattern in time["scopes"] + time["dates"]:
        needed = required_texts(pattern)
        for page in pages:
            for m in regex.finditer(pattern, "".join(page.split())):
                assert not needed or any(x in m.group() for x in needed), (pattern, m.group())
                matched += 1
    assert matched > 500


# -- categories ---------------------------------------------------------------------------

def test_category_from_keywords_and_unknown_stays_empty():
    claims = extract_text("区信访局化解信访积案15起。该村种下果树300棵。")
    assert _claim(claims, "15起")["category"] == "信访维稳"
    assert _claim(claims, "300棵")["category"] == ""


def test_category_lexicon_is_extensible(tmp_path):
    from civex.lexicon import load_lexicon

    extra = tmp_path / "mine.toml"
    extra.write_text('[context.categories]\n"林业生态" = ["果树", "造林"]\n', encoding="utf-8")
    claims = extract_text("该村种下果树300棵。", lexicon=load_lexicon((str(extra),)))
    assert _claim(claims, "300棵")["category"] == "林业生态"


def test_byline_on_its_own_line_opens_an_article():
    page = ("□本报记者 李华 通讯员 王明\n\n11月20日，记者从市住建局获悉，今年我市计划改造老旧小区86个。\n\n"
            "据介绍，今年以来，市住建局共检查在建工地320余个次。\n")
    (art,) = articles_of(page, "page.txt")
    assert art["reporter"] == "李华, 王明" and art["headline"] == "" and art["date"] == "11-20"
    claims = extract_text(page, "page.txt", year=2023)
    assert _claim(claims, "86个")["period_start"] == "2023-01-01"
    assert _claim(claims, "320余个次")["actor"] == "市住建局"


def test_comparison_base_is_not_a_time_scope():
    claims = extract_text("2023年，全乡特色产业总产值达2.6亿元，较去年增长18%。")
    assert _claim(claims, "18%")["time"] == "2023年"          # not 去年 of 较去年
    assert (_claim(claims, "2.6亿元")["period_start"], _claim(claims, "2.6亿元")["period_end"]) == (
        "2023-01-01", "2023-12-31")


def test_bare_dateline_is_not_part_of_the_actor():
    claims = extract_text("本报讯 石桥镇将全镇划分为42个网格。")
    assert _claim(claims, "42个")["actor"] == "石桥镇"


def test_district_named_like_an_urban_area():
    text = ("本报讯（记者 马丽）连日来，新城区组织干部开展环境卫生集中整治。\n\n"
            "截至11月底，该区已完成背街小巷改造27条。")
    assert _claim(extract_text(text), "27条")["actor"] == "新城区"


def test_a_subject_holds_no_predicate():
    text = "今年以来，舞钢市民政局扎实做好社会救助工作，累计发放低保金3860万元。"
    assert _claim(extract_text(text), "3860万元")["actor"] == "舞钢市民政局"


def test_a_county_level_city_is_the_article_actor():
    text = ("汝州市“四水同治”项目加快推进\n\n本报讯（记者 杨帆）汝州市紧紧围绕“四水同治”目标，统筹推进水资源节约。"
            "今年计划实施重点项目23个，总投资46.8亿元。\n")
    assert _claim(extract_text(text), "23个")["actor"] == "汝州市"


def test_each_verb_word_has_one_class():
    import itertools
    import tomllib
    from importlib import resources

    with resources.files("civex.lexicon").joinpath("verbs.toml").open("rb") as f:
        v = tomllib.load(f)
    lists = ["strong", "weak", "coverbs", "adverbs", "prepositions", "not_verbs"]
    for a, b in itertools.combinations(lists, 2):
        assert not set(v[a]) & set(v[b]), (a, b, set(v[a]) & set(v[b]))


def test_dominant_name_counts_match_a_recount_in_any_query_order():
    """_dominant_name keeps running counts per start; asked in any order (hi going down as
    well as up) it must name what a plain recount of [lo, hi) names."""
    import random

    from civex.context import DocumentContext
    from civex.lexicon import load_lexicon
    from civex.normalize import normalize

    lx = load_lexicon()
    text = "".join(f"{name}开展整治{k}次。" for k, name in enumerate(
        ["石龙区", "卫东区", "石龙区", "湛河区", "卫东区", "卫东区", "湛河区", "石龙区", "湛河区", "湛河区"]))
    levels = ("区",)
    fresh = DocumentContext(normalize(text, lx), "p", lx)
    mentions = [(start, fresh._name_at(end, suffix)) for start, end, suffix in fresh._hits_of(levels)[1]]
    assert [name for _pos, name in mentions][:2] == ["石龙区", "卫东区"] and len(mentions) == 10

    def count(pairs):
        counts = {}
        for _pos, name in pairs:
            counts[name] = counts.get(name, 0) + 1
        return counts

    page = count(mentions)

    def recount(lo, hi):
        inside = [(pos, name) for pos, name in mentions if lo <= pos < hi]
        counts = count(inside)
        last = {name: pos for pos, name in inside}
        return max(counts, key=lambda n: (counts[n], page[n], last[n])) if counts else ""

    ctx = DocumentContext(normalize(text, lx), "p", lx)
    rng = random.Random(1)
    cuts = [0] + [pos for pos, _n in mentions] + [len(text)]
    for _ in range(300):
        lo, hi = sorted(rng.choice(cuts) + rng.choice((0, 1)) for _ in range(2))
        assert ctx._dominant_name(levels, lo, hi) == recount(lo, hi), (lo, hi)


def test_an_administrative_level_is_no_place_name():
    # 其中县级: 县 here names a level (县级财政), so 中县 is no county
    text = ("本报讯 今年以来，全县投入整治资金1.86亿元，其中县级财政配套资金5400万元。\n\n"
            "截至10月底，全县清理村内沟渠1260公里。")
    actors = {c["actor"] for c in extract_text(text)}
    assert not any(a.endswith("中县") for a in actors), actors


def test_an_anaphor_opening_a_clause_is_its_actor():
    # 该院门急诊量…: no verb follows 该院, yet the clause is about the hospital
    text = ("## 县人民医院服务能力提升\n\n"
            "本报讯 近日，记者从县人民医院获悉，今年1至10月，该院门急诊量达到42.3万人次。")
    assert _claim(extract_text(text), "42.3万人次")["actor"] == "县人民医院"


def test_an_urban_area_after_an_anaphor_is_no_name():
    # 全县城镇新增就业: 城镇 (towns in general) is no name; the article's lead names the actor
    text = ("## 稳就业惠民生\n\n"
            "本报讯 今年以来，县人社局把稳就业作为头等大事来抓，全县城镇新增就业5230人。")
    assert _claim(extract_text(text), "5230人")["actor"] == "县人社局"


def test_a_figures_classifier_opens_no_name():
    # 公厕50座|城区…: no place 座城区 (a line that runs a headline into the next)
    actor = _claim(extract_text("今年新建改造公厕50座城区开放公厕达146座"), "146座")["actor"]
    assert not actor.startswith("座"), actor


def test_a_verb_is_no_part_of_a_place_name():
    # 走进大营镇黑木耳种植基地: 走进 is a verb, the town is 大营镇
    text = ("## 小木耳撑起致富大产业\n\n"
            "本报讯 走进大营镇黑木耳种植基地，一排排菌棒整齐摆放。该镇今年预计年产干木耳400吨。")
    assert _claim(extract_text(text), "400吨")["actor"] == "大营镇"


@pytest.mark.parametrize("text, figure", [
    ("## 国庆假期我县旅游市场持续火热\n\n本报讯 国庆假期，我县共接待游客86.5万人次。", "86.5万人次"),
    ("本报讯 假期期间，县文旅局组织开展文化旅游活动26场。", "26场"),
])
def test_a_word_that_begins_with_a_suffix_is_no_name(text, figure):
    # 旅游市场 is no city 旅游市; 县文旅局组织开展 holds no group 县文旅局组
    actor = _claim(extract_text(text), figure)["actor"]
    assert not actor.endswith(("旅游市", "局组")), actor


@pytest.mark.parametrize("text, word", [
    ("在主要栖息区安装摄像头16个。", "主要栖息区"),   # (a part of a reserve named by what happens there)
    ("矿渣粉尘飘得满村都是。", "飘得满村"),           # (the whole of a village)
    ("她跑了十几趟街道，终于建成了长者饭堂。", "十几趟街道"),   # (trips, then a level: 趟 stops a name)
    ("接警后，派出所立即联系县反诈中心紧急止付。", "联系县"),       # (系 of 联系: a verb before a body)
    ("专案组在邻县一处屠宰点抓获嫌疑人。", "邻县"),                 # (a neighbour, no county)
    ("网友在评论区为家乡代表团加油鼓劲。", "评论区"),               # (a part of a page or a site)
    ("园内建有儿童游乐区1处。", "儿童游乐区"),
])
def test_a_word_that_ends_like_a_place_is_no_place(text, word):
    from civex.context import DocumentContext
    from civex.lexicon import load_lexicon
    from civex.normalize import normalize

    lx = load_lexicon()
    ctx = DocumentContext(normalize(text, lx), "p", lx)
    end = text.find(word) + len(word)
    assert (ctx.place_name(word, end - len(word)), ctx._name_at(end, word[-1])) == ("", "")


@pytest.mark.parametrize("text, time", [
    ("项目现已完成总工程量的60%。", "现"),          # (现 after its subject, not only at a clause's start)
    ("合作社现存栏肉牛320头。", "现"),
    ("督查发现已整改问题3个。", ""),               # (the 现 of 发现 is no time)
    ("成效主要体现在新建健身广场28个。", ""),      # (…nor the 现在 of 体现在)
])
def test_now_before_already_is_a_time_scope(text, time):
    (c,) = extract_text(text)
    assert c["time"] == time


@pytest.mark.parametrize("text, figure, time", [
    # two holidays joined are one scope
    ("据统计，中秋国庆假期，全市共接待游客512.6万人次。", "512.6万人次", "中秋国庆假期"),
    # a holiday with the dates it spans in brackets is one scope, not the day that opens it
    ("据初步统计，春节假期（2月10日至17日），全县实现社会消费品零售总额4.36亿元。", "4.36亿元", "春节假期（2月10日至17日）"),
    # the days before a festival, at the head of a clause
    ("节前，县应急管理局开展安全培训2期。", "2期", "节前"),
    ("今年全县在外务工人员约11.3万人，春节前返乡约7.8万人。", "7.8万人", "春节前"),
    ("春运期间，全县发送旅客12.6万人次。", "12.6万人次", "春运期间"),
    ("年前，628名农民工拿回工钱1126万元。", "1126万元", "年前"),
    ("三年前这里还有荒地120亩。", "120亩", ""),      # (a date of the past, no scope)
])
def test_holiday_and_festival_scopes(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time


def test_near_n_years_is_a_time_scope():
    (c,) = extract_text("近三年来，全区累计引进项目186个。")
    assert c["time"] == "近三年来"


@pytest.mark.parametrize("text, figure, actor", [
    # a suffix after a number is its classifier, not the end of a name
    ("县消防救援大队深入87所中小学开展消防安全宣传，发放资料2万份。", "2万份", "县消防救援大队"),
    # 市政法委 is 市|政法委, though 市政 (municipal) opens no name
    ("据介绍，市政法委共接到群众举报线索1760条。", "1760条", "市政法委"),
    # a body named after its level holds verbs (投资, 促进); 走访 before it is cut off
    ("今天，工作组走访市投资促进中心，该中心今年开展驻点招商40余次。", "40余次", "市投资促进中心"),
    # an official name that holds 和
    ("假期期间，市文化广电和旅游局联合公安等部门组成8个联合检查组。", "8个", "市文化广电和旅游局"),
    # the Youth League: 团县委 is no county named 团县, and 共青团 opens with no adverb 共
    ("## 寒冬送温暖\n\n本报讯 团县委组织120余名志愿者走进城关镇8个村。", "8个", "团县委"),
    ("本报讯（记者 韩雪）11月5日，共青团桐溪县委组织120余名青年志愿者走进城关镇8个社区。", "8个", "共青团桐溪县委"),
    ("区政协围绕中心工作，组织委员开展专题调研9次。", "9次", "区政协"),
    # a body before a verb of its own (简化) is the subject of the clauses after it
    ("雁鸣区召开会议。\n\n同时，市住房维修资金管理中心简化维修资金使用流程，今年以来共审批使用维修资金46次。", "46次",
     "市住房维修资金管理中心"),
    # the whole of a village is no place (…飘得满村都是 before a site the article does not name)
    ("北沟废弃矿山变身景区\n\n本报讯 石门镇对北沟等地12处废弃矿山开展集中治理。\n\n“以前一刮风，矿渣粉尘飘得满村都是，"
     "现在空气好了。”北沟村村民李桂兰说。据了解，修复区今年“五一”假期接待游客3000余人次。\n", "3000余人次", "石门镇"),
])
def test_name_boundaries(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


def test_a_municipal_word_still_opens_no_name():
    # 市政设施维修队…: 市政 is no city, and no suffix crosses it
    (c,) = extract_text("市政设施维修队修复路灯30盏。")
    assert c["actor"] == ""


def test_a_scope_that_heads_its_clause_carries_to_the_next_sentence():
    # 前三季度 opens its clause without a comma after it: later sentences inherit it
    text = "收入方面，前三季度全县一般公共预算收入完成12.36亿元。其中，税收收入完成9.05亿元。"
    assert _claim(extract_text(text), "9.05亿元")["time"] == "前三季度"


def test_a_time_that_names_an_event_is_not_carried():
    # 2023年一季度“比贡献”擂台赛: the quarter is part of the event's name
    text = "经过激烈比拼，2023年一季度“比贡献”擂台赛落下帷幕。共有48名干部参赛。"
    assert _claim(extract_text(text), "48名")["time"] == ""


@pytest.mark.parametrize("text, figure, time", [
    ("第三季度，全区新增信访事项较二季度减少46件。", "46件", "第三季度"),
    # the year a share is of (完成全年目标任务的…, 占全年任务的…) is no scope
    ("1—11月，全县城镇新增就业5860人，完成全年目标任务的103.2%。", "103.2%", "1—11月"),
    ("截至4月底，全市完成造林5.3万亩，占全年任务的44.2%。", "44.2%", "截至4月底"),
    # …nor is a year that names the work (作为全年工作的“头号工程”)
    ("今年，该公司把主网建设作为全年工作的“头号工程”，建成投运输变电工程14项。", "14项", "今年"),
    # (a year's total stays one: 全年接待游客650万人次)
    ("今年以来，该县旅游持续升温，全年接待游客650万人次。", "650万人次", "全年"),
])
def test_the_base_of_a_comparison_is_no_time_scope(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time


def test_a_meeting_is_no_actor():
    text = ("## 农村人居环境整治现场推进会召开\n\n"
            "本报讯 11月8日，全县农村人居环境整治现场推进会在桐柏镇召开。与会人员观摩了石门村等4个村。")
    assert not _claim(extract_text(text), "4个")["actor"].endswith("推进会")


@pytest.mark.parametrize("text, figure, actor", [
    # a meeting that reports figures is none of their actors (讲评会通报，…青岚县新签约…)
    ("10月16日，青岚县召开三季度项目建设讲评会。讲评会通报，三季度，新签约亿元以上项目31个。", "31个", "青岚县"),
    # 县里, 村里 speak of a level, they end no name (向明远多次跑县里: no county 远多次跑县)
    ("污水治理上，向明远多次跑县里、跑部门，争取项目资金140万元。", "140万元", ""),
    # a region no body acts for names no district (粤港澳大湾区); 云湾区 stays a district
    ("今年以来，澄阳市主要领导带队赴长三角、粤港澳大湾区等地开展招商活动136批次。", "136批次", "澄阳市"),
    ("云湾区召开会议。会上，全区新签约项目12个。", "12个", "云湾区"),
    # (nor does a page header's day of the week before 县区新闻)
    ("澄州日报\n\n2023年11月8日 星期三 县区新闻 A5\n\n本报讯 活动现场共发放宣传单6000份。", "6000份", ""),
    # the property market is no city (稳楼市: 楼市)
    ("本报讯 鹤川市出台政策稳楼市。10月，市自然资源和规划局出让住宅用地31宗。", "31宗", "鹤川市自然资源和规划局"),
])
def test_words_that_end_like_a_name_but_name_no_actor(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # a village's or town's own committee acts for it (local_committees); 县委 stays
    ("后营村党支部书记王大山介绍，村里今年清理垃圾30吨。", "30吨", "后营村"),
    ("双河镇党委组织党员清理河道12公里。", "12公里", "双河镇"),
    ("青山县委组织干部走访农户1200户。", "1200户", "青山县委"),
    ("望江街道召开会议。街道干部分成6个小组上门宣传。", "6个", "望江街道"),   # (its cadres too)
    ("后营村两委组织村民清理垃圾30吨。", "30吨", "后营村"),   # (the longest ending is not always the committee)
    # a hotline is named by its number, a name that holds digits
    ("桐川市召开会议。11月份，全市12345热线受理诉求8.62万件。", "8.62万件", "桐川市12345热线"),
    ("记者从市政务服务和大数据管理局获悉，今年1—9月，市12345政务服务便民热线共受理群众诉求68.4万件。",
     "68.4万件", "市12345政务服务便民热线"),
    # (…also with no place before it and the service in its name)
    ("岚川市召开会议。本周，12319城管服务热线共受理群众诉求412件。", "412件", "12319城管服务热线"),
    # (a hotline called by its number alone is the one the page named with its place and that number)
    ("本报讯 记者从县12345政务服务便民热线获悉，12345热线今年受理诉求4.26万件。", "4.26万件", "县12345政务服务便民热线"),
    ("桐川市召开会议。今年，桐川市12345热线受理诉求1.8万件。12345政务服务便民热线还受理建议320件。", "320件",
     "12345政务服务便民热线"),
])
def test_a_local_body_acts_for_its_place_and_a_hotline_for_itself(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, time", [
    ("汛期以来，全县共转移受威胁群众1260余户。其中溪口镇转移群众420户。", "420户", "汛期以来"),
    ("本报讯 10月8日，记者从市文旅局获悉，国庆假期，我市共接待游客186.4万人次。", "186.4万人次", "国庆假期"),
    ("春节期间，全区共接待游客9.6万人次。", "9.6万人次", "春节期间"),
    ("7月19日以来，全县共转移群众3850人。", "3850人", "7月19日以来"),
    ("9月份，规模以上工业增加值增长8.2%。", "8.2%", "9月份"),
    ("9月末，各项存款余额3412.6亿元。", "3412.6亿元", "9月末"),
    # after a dateline's bracket the phrase heads its clause and carries on
    ("本报讯(记者 陈可馨)前三季度，全市减税降费31.6亿元。其中，小微企业享受减免13.4亿元。", "13.4亿元", "前三季度"),
    ("秋收以来，全县组建禁烧巡查队46支。", "46支", "秋收以来"),          # an event of two characters
    # a clause opens after a quoted sentence too
    ("县领导先后3次登门拜访。“家乡的诚意打动了我。”2019年3月，他带着3条生产线回乡。", "3条", "2019年3月"),
    ("创文迎检以来，全市新增志愿服务岗12个。", "12个", "创文迎检以来"),    # …or of three or four
    ("伏季休渔以来，该县共出动执法人员860人次。", "860人次", "伏季休渔以来"),
    ("本届以来，共评选优秀提案30件。", "30件", "本届以来"),
    ("该局今年以来查处案件36起。", "36起", "今年以来"),     # (a subject and its time: not one event)
    ("近三年，全县累计投入平安建设资金1.2亿元。", "1.2亿元", "近三年"),
    ("11月中旬，县消防救援大队对全县62家人员密集场所开展夜查。", "62家", "11月中旬"),
    ("“十四五”以来，全县累计投入文化惠民资金1.2亿元。", "1.2亿元", "“十四五”以来"),   # a plan period
    ("“十三五”时期，全县累计搬迁群众1.2万人。", "1.2万人", "“十三五”时期"),
    ("去年冬春以来，全县共开展巡护3200次。", "3200次", "去年冬春以来"),          # a season
    ("本周，全区新增在谈项目5个，新签约项目3个。", "3个", "本周"),             # a weekly report
    ("截至本周，该项目累计到位资金3.8亿元。", "3.8亿元", "截至本周"),
    ("该小区建成于1996年，此次改造涉及楼栋14栋。", "14栋", ""),                  # a past act's date
    ("改造过程中，同步更换老旧管网约68公里。", "68公里", "改造过程中"),
    ("防火期以来，全县组建专业扑火队9支。", "9支", "防火期以来"),        # a season named by its work
    ("全县汛期以来转移群众120人。", "120人", "汛期以来"),              # (全县 is no part of it)
    ("国庆前后，全区共设置临时检查点11个。", "11个", "国庆前后"),
    ("春节、“八一”期间，全县走访慰问困难退役军人3400余户。", "3400余户", "春节、“八一”期间"),
    ("市十七届人大三次会议期间，代表共提出建议236件。", "236件", "市十七届人大三次会议期间"),   # an event, then 期间
    ("防火期前，县林业局投入资金680万元。", "680万元", "防火期前"),
    ("至此，全区高新技术企业达到213家。", "213家", "至此"),
    ("同期，全县农产品网络零售额达6.8亿元。", "6.8亿元", "同期"),   # (but 较去年同期 is a comparison)
    # a stretch counted from a start, with or without the act that started it
    ("该中心运行两个月来，共代办群众事项1200件。", "1200件", "运行两个月来"),
    ("半年来，该局查处案件36起。", "36起", "半年来"),
    ("近两个月来，该镇清理垃圾300吨。", "300吨", "近两个月来"),
    ("2019年来，全县新建公厕45座。", "45座", ""),     # (a year, not a count of years)
    ("明年，计划再改造老旧小区38个。", "38个", "明年"),
    ("入汛前，岑水县已储备编织袋5万条。", "5万条", "入汛前"),
    ("百日攻坚以来，全区开展文明餐桌宣传120场。", "120场", "百日攻坚以来"),
    ("过去一年，全县地区生产总值完成312.6亿元。", "312.6亿元", "过去一年"),
    ("对2021年以来的43个政府投资项目开展审计。", "43个", "2021年以来"),
    ("今年以来，县农业农村局对2018年以来改建的2.1万户户厕逐户排查。", "2.1万户", "今年以来"),
    ("全年粮食总产量38.62万吨。年末全县户籍人口58.62万人。", "58.62万人", "年末"),
    ("截至9月底，全县参保职工7.9万人，较去年底净增4200人。", "4200人", "截至9月底"),   # (a comparison's base)
    ("柳渡县白渠镇开展村庄清洁行动“秋季战役”以来，清理农村生活垃圾1860吨。", "1860吨",
     "开展村庄清洁行动“秋季战役”以来"),   # the act first, then what it started
    ("8月份，全县新建公厕20座。当月完成卫生厕所改造612户。", "612户", "当月"),   # the nearer phrase
    ("推介会上，北汀区签约项目7个。会后，区招商团队又走访了当地14家重点企业。", "14家", "会后"),
    ("预计明年6月投产，达产后年产值可达30亿元。", "30亿元", "达产后"),   # (at a clause's head too)
    ("老街区“微更新”完成后，新开业商铺27家。", "27家", "老街区“微更新”完成后"),
    # an event, then 后 and a comma, heads its clause (not the adverbs 最后, 然后), and governs only its sentence
    ("灾情发生后，市财政紧急下拨救灾资金3000万元，调拨帐篷500顶。", "500顶", "灾情发生后"),
    ("洪水退去后，全镇清理淤泥5.3万立方米。", "5.3万立方米", "洪水退去后"),
    ("灾后，镇里组织党员干部清理淤泥1.2万立方米。", "1.2万立方米", "灾后"),
    ("最后，全镇清理垃圾12吨。", "12吨", ""),
    # a school year, a new season at the head of its clause, the year's start as a start
    ("2021—2022学年全县中小学生体质健康测试优良率达52.8%。", "52.8%", "2021—2022学年"),
    ("新赛季共有12支村队参加联赛，比赛86场。", "86场", "新赛季"),
    ("该站从年初开始轮换调查样本户420户。", "420户", "从年初开始"),
    # a plan period at the head of its clause (not one a copula ranks something in)
    ("“十四五”以来，全县累计新建农村公路860公里。", "860公里", "“十四五”以来"),
    ("机场改扩建工程是省重点项目，也是我市“十四五”期间投资规模最大的交通项目，总投资28.6亿元。", "28.6亿元", ""),
    # a part of a month since which, and a winter with the spring after it at the head of a clause
    ("10月下旬以来，县水利局共排查渠系建筑物问题96条。", "96条", "10月下旬以来"),
    ("根据部署，今冬明春全县计划新打机井320眼。", "320眼", "今冬明春"),
    ("针对今冬明春安全生产形势，辛集乡配备灭火器680具。", "680具", ""),
    # a stretch since a system, a platform or a body started (启用, 上线, 成立 … 以来)
    ("平台上线以来，累计处置问题3390条。", "3390条", "平台上线以来"),
    ("调解中心成立以来，共接待群众2316批。", "2316批", "调解中心成立以来"),
    # a year right before the whole area it speaks of (not a date of the past: 建成于2013年)
    ("据统计，2023年全区全社会研发经费投入48.6亿元，同比增长14.2%。", "48.6亿元", "2023年"),
    # 截至 a date, an hour of it, last year's end, or an event and 时 (not 截至 alone)
    ("截至6月22日8时，全县累计转移群众3200人。", "3200人", "截至6月22日8时"),
    ("截至去年底，全区每千人拥有婴幼儿托位3.4个。", "3.4个", "截至去年底"),
    ("考核组发现各类问题153个，截至通报印发时已整改126个。", "126个", "截至通报印发时"),
    # the plans that follow 下一步 at the head of a clause
    ("下一步，县里将新建公厕12座。", "12座", "下一步"),
    # that year of the year named before, or a month of it
    ("2020年9月，园区一期建成投产，当年即实现产值1.2亿元。", "1.2亿元", "当年"),
    ("当年10月，他决定回乡投资，首期投资2.3亿元。", "2.3亿元", "当年10月"),
    ("凡是当年考入大学的学生，可领取一次性补助金3000元。", "3000元", ""),   # (a condition's year)
    # the ends of a change each with its year
    ("渠北县第三中学在校生从2018年的1900人增加到去年的2860人。", "1900人", "2018年"),
    ("渠北县第三中学在校生从2018年的1900人增加到去年的2860人。", "2860人", "去年"),
    ("全县垃圾分类覆盖率由年初的61.5%提高到82%。", "61.5%", "年初"),
    # the start of the year at the head of a clause (not the base of a comparison)
    ("年初，该县抽调部门骨干开展梳理，共排查出信访积案136件。", "136件", "年初"),
    ("各项贷款余额较年初增加6.8亿元。", "6.8亿元", ""),
    # an event, then 前, at the head of a clause dates it (not 三年前, a count of years before now)
    ("会前，区政协组成调研组，走访快递企业12家。", "12家", "会前"),
    ("台风来临前，市海洋与渔业局加固渔排网箱2.3万口。", "2.3万口", "台风来临前"),
    ("三年前，村里只有合作社2家。", "2家", ""),
    # the start of what a clause reports: at its head before a comma, or after 从 or 自
    ("2021年起，该村先后关停沿河养殖场7家。", "7家", "2021年起"),
    ("10月起，该县开展专项行动，排查隐患320处。", "320处", "10月起"),
    ("记者了解到，该县自2019年起推行垃圾收运市场化，覆盖12个乡镇。", "12个", "自2019年起"),
    ("从12日下午起，镇里组织120余名党员干部挨家挨户劝离。", "120余名", "从12日下午起"),
    # a season entered (进入采暖季以来) and a season named by its work (本榨季, 本赛季)
    ("进入采暖季以来，该县检查供热站点46个。", "46个", "进入采暖季以来"),
    ("本榨季，全县入榨原料蔗236.5万吨。", "236.5万吨", "本榨季"),
    ("与上赛季相比，本赛季球队新增队员8名。", "8名", "本赛季"),
    # a quoted season of farm work or a quoted drive at the head of a clause, carried on (“三夏”以来)
    ("“三夏”以来，该区成立督查组6个。区公安分局查处焚烧秸秆案件3起。", "3起", "“三夏”以来"),
    ("“双抢”期间，全县出动农机1.2万台次。", "1.2万台次", "“双抢”期间"),
    # now (现在, 如今, 目前) dates the state its sentence describes, and only that sentence
    ("现在学校有1到9年级18个教学班。", "18个", "现在"),
    ("如今，全村有民宿26家。村里新修道路2条。", "26家", "如今"),
    ("如今，全村有民宿26家。村里新修道路2条。", "2条", ""),
    # (目前 and 当前 too: the next sentence reports work done, not the state now)
    ("目前，全镇已完成旱厕改造2860户。该镇还组织28名电工志愿者上门巡检。", "2860户", "目前"),
    ("目前，全镇已完成旱厕改造2860户。该镇还组织28名电工志愿者上门巡检。", "28名", ""),
    ("当前，园区入驻企业43家。园区今年新引进项目9个。", "9个", "今年"),
    # a speaker's words keep their own time: the report's scope does not reach into a quotation
    # that holds a clause mark (a name in quotes, “三清一改”行动, is no quotation)
    ("今年以来，全县新建食品产业园3个。“入园后，一个作坊每年能省下房租1万多元，产品还能进超市。”", "1万多元", ""),
    ("截至10月底，全镇建成老年食堂12个。村民王秀英说：“我们村食堂有4名厨师，天天有热饭。”", "4名", ""),
    ("1—9月，全市农村人居环境持续改善。“三清一改”行动累计清理农村生活垃圾4.6万吨。", "4.6万吨", "1—9月"),
    ("项目签约后，与会人员观摩了项目现场。产业园内已建成厂房4栋。", "4栋", ""),
    # a year that heads its sentence governs it past a semicolon (one inside the sentence does not)
    ("城市更新同步推进。今年桐川区启动城市更新项目6个；新建改造城市道路14条。", "14条", "今年"),
    # …and so does one right after the name that opens the sentence (not after a clause before it)
    ("柳溪镇今年新改造农村户厕1264户；新建村级污水处理站7座。", "7座", "今年"),
    ("区政府今年完成老旧小区改造43个，惠及居民6820户；新建中小学5所。", "5所", "今年"),
    ("城市更新同步推进，桐川区今年启动城市更新项目6个；新建改造城市道路14条。", "14条", ""),
    # (…but after clauses that only frame the sentence, for a purpose or a topic, it does)
    ("为让巡堤人员看得出险情，双桥镇今年开展培训4场次；在沿河6个村设置防汛物资储备点8个。", "8个", "今年"),
    ("在厕所革命方面，柳溪镇今年新改造农村户厕1264户；新建村级污水处理站7座。", "7座", "今年"),
    # (…or that report it: 据了解，| 报告列举，| 记者从…获悉，)
    ("报告列举，结合代表建议，区政府今年完成老旧小区改造43个；新建、改扩建中小学5所。", "5所", "今年"),
    ("据了解，双河镇今年新建村级污水处理站7座；改造农村户厕1264户。", "1264户", "今年"),
    ("记者从县信访局获悉，该局今年化解信访积案36件；办结初信初访412件。", "412件", "今年"),
    ("城市更新同步推进，据悉桐川区今年启动城市更新项目6个；新建改造城市道路14条。", "14条", ""),
    # past a semicolon a scope that heads its clause still governs; a bare year only standing alone
    ("执行工作方面，前三季度该院执结案件3402件；将1176名失信被执行人纳入失信名单。", "1176名", "前三季度"),
    ("开展返乡创业培训，今年已开展创业培训16期；已累计为72家返乡创业企业发放创业贷款。", "72家", ""),
    # a bare year carries only where it stands alone at the head of its clause
    ("今年，全县粮食播种面积稳定在126.8万亩。粮食总产达到57.6万吨。", "57.6万吨", "今年"),
    ("今年初，区政府增加了升学补助金保险。录取的学生可领取一次性补助金5000元。", "5000元", ""),
    # …or right before a subject that speaks for the whole area (我们, 全县, 我市)
    ("今年我们对上年度的违法图斑实行清单管理。全县共下发疑似违法图斑820个。", "820个", "今年"),
    ("今年全县新建高标准农田3.2万亩。其中，新建机耕路46公里。", "46公里", "今年"),
    ("今年区政府新建公厕12座。录取的学生可领取一次性补助金5000元。", "5000元", ""),
    # a year since which a sum runs (2021年以来累计投入…), and a school term
    ("近年来，岫川县学龄人口持续增加。为此，该县2021年以来累计投入校舍建设资金6.4亿元。", "6.4亿元", "2021年以来"),
    ("2018年以来改建的户厕有3200户。", "3200户", ""),
    ("本学期，全县参加课后服务的学生达5.2万人。", "5.2万人", "本学期"),
    # a phrase of the form …开展以来 stops at the dateline's bracket
    ("本报讯（记者 张三）专项行动开展以来，全县共清理垃圾300吨。", "300吨", "专项行动开展以来"),
    # and at a headline break: the headline is no part of it
    ("## 全区环境整治\n\n行动开展以来，共清理垃圾300吨。", "300吨", "行动开展以来"),
    # an event then 期间 at the head of a clause is a scope, a subject and a preposition before it no part of one
    ("市十七届人大三次会议期间，代表们提出建议120件。", "120件", "市十七届人大三次会议期间"),
    ("针对部分民宿节会期间哄抬房价，约谈民宿经营者19家。", "19家", ""),
    # (a subject and a verb before 在 are no part of it; after 在 inside a clause the event is one)
    ("各地还主动为考生做好服务。凤栖区协调6家商砼企业在考试期间调整作业时间，减少运输车辆约600车次。", "600车次", "考试期间"),
    ("云阜县组织12家石材企业在考试期间全部停产，涉及工人1800余人。", "1800余人", "考试期间"),
    # a month alone at the head of its clause is a monthly report's scope (with its year too)
    ("近日，樟溪县发布通报。9月，县12345热线共受理群众诉求4862件。", "4862件", "9月"),
    ("本报讯（通讯员温敏）9月，樟溪县信访局共举办宣讲活动28场。", "28场", "9月"),
    ("今年4月，县里新建公厕12座。", "12座", "今年4月"),
    ("2023年9月，县里新建公厕12座。", "12座", "2023年9月"),
    # …or before the whole area it speaks of (not inside its clause)
    ("网上信访方面，9月全县网上信访平台共受理群众网上投诉156件。", "156件", "9月"),
    ("从办理质效看，10月该区热线工单按时办结率98.7%。", "98.7%", "10月"),
    ("完成9月全县计划的85%。", "85%", ""),
    ("完成9月计划的85%，新建公厕12座。", "12座", ""),   # (inside its clause: no scope)
    # a stretch of months is a scope of its paragraph; a stretch of days dates its own sentence, as a day does
    ("今年4月至9月，市医保局开展专项检查。检查组共抽调业务骨干96名。", "96名", "今年4月至9月"),
    ("8月至9月，市医保局组成5个检查组。检查组对全市34家医院开展检查。", "34家", "8月至9月"),
    ("9月25日至29日，市医保局派出检查组，抽查定点医疗机构6家。", "6家", "9月25日至29日"),
    ("7月29日至8月2日，该县举办培训班。共培训村级防疫员120人。", "120人", ""),
    # an age is no year's scope (今年52岁的他)
    ("今年52岁的他，已经干了19年防疫员，负责全村8个村民小组。", "8个", ""),
    ("今年68岁的王大爷每天巡河，累计巡河300余次。", "300余次", ""),
])
def test_seasons_and_holidays_are_time_scopes(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time


@pytest.mark.parametrize("text, figure, actor", [
    # a body named by its level belongs to the place of that level the article names
    ("本报讯 今年以来，石龙区持续开展交通整治。区公安局交警大队共查处违法行为120起。", "120起", "石龙区公安局交警大队"),
    # a person named with a role who wins something is who the figure is about
    ("擂台赛落下帷幕。区环保局副局长彭占伟获得垂直管理部门组第一名。", "第一名", "彭占伟"),
    ("高庄街道办事处副主任陈玺获得街道组第一名。", "第一名", "陈玺"),
    # 会议上|区财政局: 上 closes a locative, so no district 议上区 is named here
    ("关于槐安区2023年1至9月预算执行情况的报告（摘要）\n——2023年10月26日在区第三届人大常委会第十四次会议上\n"
     "区财政局局长 戴文斌\n一、一般公共预算执行情况\n1至9月，全区一般公共预算收入完成18.\n63亿元，为年初预算的\n"
     "76.4%，同比增长8.7%。", "76.4%", "槐安区"),
    # a shantytown (棚户区) is no district
    ("本报讯 今年，我市下达棚户区改造新开工计划3260套。截至10月底，全市已开工3412套。", "3412套", ""),
    # a clause that opens with a firm's project is about the firm, and so is what follows
    ("本报讯 8月22日上午，在龙兴街道赵岭村，平顶山广润种植养殖农民专业合作社的苗木种植项目建设有序推进。"
     "该项目占地35亩，总投资395万元。", "395万元", "农民专业合作社"),
    ("本报讯 观摩团来到北汀区。在汀安新能源科技有限公司汽车零部件产业园项目现场，4栋标准化厂房主体已封顶。",
     "4栋", "汀安新能源科技有限公司"),
    # but not where the firm is only where visitors went, or an item of a list
    ("本报讯 石龙区举行观摩活动。观摩组一行先后来到市永峰化工科技有限公司甲醛建设项目等6个重点项目。",
     "6个", "石龙区"),
    ("本报讯 示范区着力打造产业融合示范带，并打造西渑应滨书苑、叶营花椒合作社等返乡创业项目，带动就业4200余人次。",
     "4200余人次", "示范区"),
    # the plant named right before a capacity verb owns the capacity
    ("本报讯 8月30日，石龙区举行重点项目观摩活动。观摩组来到市永峰化工科技有限公司年产40万吨甲醛建设项目。",
     "40万吨", "市永峰化工科技有限公司"),
    # but a person who reports figures speaks for the body
    ("本报讯 今年以来，石龙区持续开展交通整治。区公安局交警大队队长王强介绍，该大队共查处违法行为120起。",
     "120起", "石龙区公安局交警大队"),
    # a street's, town's or village's body named by its level gets its place the same way (its own
    # committee then acts for the place: local_committees)
    ("本报讯 白塔街道持续推进人居环境整治。街道党工委组织党员干部清理垃圾120吨。", "120吨", "白塔街道"),
    ("本报讯 今年以来，大柏村推进厕所革命。村党支部带领群众改造户厕204户。", "204户", "大柏村"),
    ("本报讯 白塔街道持续推进人居环境整治。街道综治中心受理诉求120件。", "120件", "白塔街道综治中心"),
    # 团县委 is the county's Youth League committee; 共青团 opens a name, so the county is 桐溪县
    ("本报讯 11月5日，共青团桐溪县委举办青年招聘会。今年以来，团县委累计新增注册志愿者1.6万人。", "1.6万人", "共青团桐溪县委"),
])
def test_a_body_named_by_its_level_gets_its_place(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


# a hard-wrapped page: each headline follows its article, so 该街道 meets its name only after
HEADLINE_AFTER = """本报讯（记者 苏嘉禾）8月以来，文昌街
道开展创文行动，共清理垃圾30吨，
整治背街小巷12条。
文昌街道创文见成效
本报讯（记者 苏嘉禾）9月16日，在纺
机小区，居民汤秀英说。该街道辖区内
共有老旧小区43个。8月以来，街道抽
调机关干部56名下沉到小区。
白鹭湖街道老旧小区换新颜
本报讯（记者 李明）近日，该区召开
会议，部署下一阶段工作。
"""

HEADLINE_FIRST = """榆泉市市容秩序整治“百日行动”收官

本报讯（记者 伍嘉言）11月20日，记者从市城市管理局获悉，全市市容秩序整治“百日行动”日前收官。\
行动期间，全市城管系统累计出动执法人员3.2万人次。槐安区还清理小广告8000余处。
"""


@pytest.mark.parametrize("figure, actor", [
    ("30吨", "文昌街道"),
    ("43个", "白鹭湖街道"),     # the article's own headline, before the page's other streets
    ("56名", "白鹭湖街道"),     # (街道抽调机关|干部 is no body: a verb inside, a role after)
])
def test_an_anaphor_finds_the_name_in_its_articles_headline(figure, actor):
    assert _claim(extract_text(HEADLINE_AFTER), figure)["actor"] == actor


def test_an_article_with_no_subject_first_is_about_the_place_its_headline_names():
    claims = extract_text(HEADLINE_FIRST.replace("\\\n", ""))
    assert _claim(claims, "3.2万人次")["actor"] == "榆泉市"   # (not 槐安区, which the body names later)
    assert _claim(claims, "8000余处")["actor"] == "槐安区"


# a report's abstract, hard-wrapped, with numbered section headings
REPORT = """关于槐安区2023年1至9月预算执行情况的报告（摘要）
区财政局局长 戴文斌
一、一般公共预算执行情况
1至9月，全区一般公共预算收入完成18.
63亿元，同比增长8.7%。其中，税收收
入完成14.12亿元，同比增长10.3%。
二、政府性基金预算执行情况
1至9月，全区政府性基金收入完成6.
2亿元，同比下降12.4%。
"""


# a column of short items, each with its title and a credit in brackets after its last sentence
COLUMN = """创文进行时

编者按：当前，岱北区全国文明城市创建工作进入迎检冲刺阶段。本栏目集中刊发各街道、各部门创建动态。

◆柳荫街道：老旧小区换“新颜”
今年，柳荫街道投入资金1 150万元，对辖区１２个老旧小区实施改造。（通讯员　王蕾）

◆区市场监管局：农贸市场提档升级
区市场监管局对全区7个农贸市场开展“文明市场”创建，督促更换标准化摊位台面412个。（通讯员　钱鑫）

◆区卫健委：“文明餐桌”进万家
区卫健委在全区320家餐饮门店推广“公筷公勺”，发放宣传桌牌1.2万个。（通讯员　陈曦）
"""


@pytest.mark.parametrize("figure, actor", [
    ("１２个", "柳荫街道"),
    # (the item's title is a headline: 农贸市场提档升级|区市场监管局 is no district's bureau)
    ("412个", "岱北区市场监管局"),
    ("1.2万个", "岱北区卫健委"),
])
def test_a_line_that_ends_with_a_credit_after_a_sentence_ends_its_paragraph(figure, actor):
    assert _claim(extract_text(COLUMN), figure)["actor"] == actor


# a page of bulletins, each under its body's sub-head and closed by a contributor's credit in
# brackets: the credit closes the paragraph, so the next body's sub-head heads its own items
BULLETINS = ("基层党建·工作动态\n\n"
             "柳湾街道：“红色物业”破解小区治理难题\n\n"
             "今年以来，柳湾街道坚持党建引领，推动辖区27个住宅小区全部成立党支部。\n\n"
             "一是强化考核激励。对连续两次排名末位的物业企业进行约谈，今年已约谈3家。（柳湾街道党工委供稿）\n\n"
             "松岭镇：抓实组织生活　提升组织力\n\n"
             "松岭镇以规范党支部组织生活为切入点，推动基层党组织全面进步。\n\n"
             "一是建强阵地。投入资金126万元，新建党建文化长廊9处。（松岭镇党委供稿）\n\n"
             "区民政局：党建引领社会组织规范发展\n\n"
             "区民政局坚持以党建引领社会组织健康有序发展。\n\n"
             "一是抓等级评估。今年评定3A以上社会组织41家。（区民政局供稿）\n")


@pytest.mark.parametrize("figure, actor", [
    ("27个", "柳湾街道"),
    ("3家", "柳湾街道"),
    ("126万元", "松岭镇"),
    ("9处", "松岭镇"),
    ("41家", "区民政局"),
])
def test_a_contributors_credit_after_a_sentence_ends_its_paragraph(figure, actor):
    assert _claim(extract_text(BULLETINS), figure)["actor"] == actor


def test_a_numbered_section_heading_is_a_block_of_its_own_in_one_article():
    claims = extract_text(REPORT)
    # (the heading 一、… no longer runs into the paragraph, so 1至9月 heads it and carries on)
    assert _claim(claims, "14.12亿元")["time"] == "1至9月"
    assert _claim(claims, "6.2亿元")["time"] == "1至9月"
    assert {c["article"] for c in claims} == {0}      # sections are parts of the report
    assert {c["actor"] for c in claims} == {"槐安区"}


@pytest.mark.parametrize("heading, obj", [
    # a numbered heading of two phrases paired by a comma is a line of its own, not the start of
    # the paragraph under it
    ("一、下沉服务重心，打通金融服务“最后一公里”", "营业网点"),
    ("二、盘活资源，拓宽增收路子", "营业网点"),
])
def test_a_numbered_heading_of_two_phrases_is_a_line_of_its_own(heading, obj):
    text = ("榆川农商银行：做实普惠金融\n\n本报讯 截至9月末，榆川农商银行各项存款余额186.3亿元。\n\n"
            f"{heading}\n\n该行现有营业网点47个，其中乡镇网点39个。")
    assert _claim(extract_text(text), "47个")["object"] == obj


def test_a_bracketed_section_heading_on_its_own_line_is_part_of_the_article():
    text = ("青崖区“双招双引”跑出加速度\n\n本报讯（记者 钟思远）今年以来，青崖区坚持把“双招双引”作为“一号工程”。\n\n"
            "【项目签约】\n\n前三季度，全区新签约亿元以上项目47个。从产业分布看，新签约项目中新能源项目14个。")
    claims = extract_text(text)
    assert {c["article"] for c in claims} == {0}
    assert _claim(claims, "14个")["time"] == "前三季度"      # (the period opens the section's paragraph)
    assert _claim(claims, "14个")["actor"] == "青崖区"


# A roundup of towns in a wrapped column: each sub-head (梅坑镇：“…”…) on a line of its own, with no
# blank line around it, after a sentence's end; the paragraph under it names the town again.
ROUNDUP = ("本报讯（记者钟晓岚）今年以来，樟溪县深入推进“枫桥式”基层治理。1—10月，全\n"
           "县各级人民调解组织共排查矛盾纠纷34\n62件，调解成功3357件。全县\n"
           "各地涌现出一批调解品牌。\n"
           "梅坑镇：“老表议事会”化解身边事\n"
           "梅坑镇在全镇21个村成立“老表议事会\n”，吸纳老党员等130余人担任议事员。今\n"
           "年以来，全镇共调处矛盾纠纷312件。\n"
           "白沙岭镇：“茶山调解室”建到茶园边\n"
           "白沙岭镇是全县茶叶主产区，茶园面积达4.2\n万亩。该镇在6个茶叶专业村建起“茶山调解室”。\n"           "柘溪乡：“夜访”化解积案17件\n"
           "柘溪乡地处偏远山区，辖14个村。\n"
           "\n“枫桥式”调解扎根樟溪山乡\n")


@pytest.mark.parametrize("figure, actor, time", [
    ("3462件", "樟溪县", "1—10月"),
    ("21个", "梅坑镇", ""),            # (the county's period stays in its paragraph)
    ("130余人", "梅坑镇", ""),
    ("312件", "梅坑镇", "今年以来"),     # (全镇: the town of the sub-head over it)
    ("4.2万亩", "白沙岭镇", ""),
    ("6个", "白沙岭镇", ""),            # (该镇: the sub-head's town, not the one the article names most)
    ("17件", "柘溪乡", ""),             # (a sub-head may hold a figure)
    ("14个", "柘溪乡", ""),             # (a paragraph that names no subject: the sub-head's body)
])
def test_a_sub_head_in_a_wrapped_column_heads_its_paragraphs(figure, actor, time):
    claims = extract_text(ROUNDUP)
    assert {c["article"] for c in claims} == {0}    # (a sub-head ends no article)
    assert (_claim(claims, figure)["actor"], _claim(claims, figure)["time"]) == (actor, time)


@pytest.mark.parametrize("text", [
    # a headline over a dateline stays the next article's headline
    "全县完成调解3357件。\n梅坑镇：“老表议事会”化解身边事\n本报讯（通讯员曾慧）梅坑镇成立议事会21个。",
    # a wrapped line that opens a labelled paragraph: the next line does not name the town again
    "全县完成调解3357件。\n梅坑镇：坚持“美丽庭院”创建与村庄清\n洁行动同步推进，清理垃圾120吨。",
])
def test_a_line_like_a_sub_head_that_is_none(text):
    from civex.segment import find_blocks
    assert all(b.kind != "section" for b in find_blocks(text))


# A feature's marked sub-heads (■topic：title) are parts of one article: 该院 in a later part is
# still the body the feature is about, not a kind of hospital that part names (智慧医院).
FEATURE = ("一家乡镇卫生院的蝶变\n——记岩溪县花桥镇卫生院\n\n本报记者 李青\n\n"
           "花桥镇卫生院始建于1958年，服务群众4.2万人。花桥镇卫生院是全县首批“群众满意卫生院”。"
           "今年以来，该院门诊量达3.1万人次。\n\n"
           "■专科建设：小病不出镇，大病早发现\n\n去年以来，该院与县人民医院组建专科联盟，引进专家5名。\n\n"
           "■数字服务：群众少跑腿、数据多跑路\n\n今年，该院投入资金80万元实施智慧医院改造。"
           "该院建成远程会诊室2个，累计会诊660人次。\n\n"
           "■人才队伍：既要引得进，更要留得住\n\n近三年，该院招聘本科毕业生26名。\n")


@pytest.mark.parametrize("figure", ["3.1万人次", "5名", "80万元", "660人次", "26名"])
def test_a_features_topic_sub_heads_end_no_article(figure):
    claims = extract_text(FEATURE)
    assert {c["article"] for c in claims} == {0}
    assert _claim(claims, figure)["actor"] == "花桥镇卫生院"


@pytest.mark.parametrize("text, is_section", [
    ("花桥镇卫生院门诊量达3.1万人次。\n■人才队伍：既要引得进，更要留得住\n近三年，该院招聘本科毕业生26名。", True),
    ("◆ 看亮点：“头马”是怎样跑出来的\n今年以来，凤岭镇新签约项目7个。", True),
    # a label that ends like a body's name titles a brief (the next line does not name it again)
    ("全县新建网格12个。\n■文昌社区：“红马甲”巡楼守平安\n今年以来，社区组建巡楼队伍12支。", False),
    # a figure in the title: an item of a figures list
    ("全市立案138起。\n■ 市容秩序：规范占道经营1185处\n本周，各区城管部门清理摊点320个。", False),
])
def test_a_topic_sub_head_is_a_section(text, is_section):
    line = next(ln for ln in text.split("\n") if ln.lstrip().startswith(("■", "◆")))
    start = text.index(line)
    kinds = [b.kind for b in find_blocks(text) if b.start == start]
    assert (kinds == ["section"]) is is_section


@pytest.mark.parametrize("text, figure, actor", [
    # a headline that speaks of the whole county before it names a town: the town is one of
    # the results, the figures are the county's
    ("10月份全县村庄清洁行动考评结果公布\n石湾镇等4个镇获评先进\n\n本报讯（记者王芳）10月8日，岩溪县"
     "村庄清洁行动领导小组办公室（以下简称县村清办）通报考评结果。\n"
     "从考评结果看，全县96个村平均得分为86.5分，得分90分以上的村有21个。\n", "86.5分", "岩溪县"),
    ("10月份全县村庄清洁行动考评结果公布\n石湾镇等4个镇获评先进\n\n本报讯（记者王芳）10月8日，岩溪县"
     "村庄清洁行动领导小组办公室（以下简称县村清办）通报考评结果。\n"
     "从考评结果看，全县96个村平均得分为86.5分，得分90分以上的村有21个。\n", "21个", "岩溪县"),
    # 全乡 in a sentence that names its town first: that town, not the one the article names most
    ("凤岭镇新签约项目7个，凤岭镇完成投资9.6亿元，凤岭镇排名第一。排名末位的梅溪乡作表态发言。"
     "梅溪乡乡长张力表示，四季度全乡将新开工项目3个。", "3个", "梅溪乡"),
    # (a word that only ends like a place is none: 返乡)
    ("凤岭镇新签约项目7个，凤岭镇排名第一。近年来，外出务工返乡人员在全镇创办企业12家。", "12家", "凤岭镇"),
])
def test_the_area_a_headline_or_a_sentence_speaks_of(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor, obj", [
    # a place's kind of body before a verb of reaching and a count of bodies: what is counted
    ("青陂镇位于城区西部。今年，青陂镇高新技术企业增至14家。", "14家", "青陂镇", "高新技术企业"),
    ("石湾区地处沿海。石湾区规上工业企业突破200家。", "200家", "石湾区", "规上工业企业"),
])
def test_bodies_counted_in_the_subject(text, figure, actor, obj):
    claim = _claim(extract_text(text), figure)
    assert (claim["actor"], claim["object"]) == (actor, obj)


def test_a_body_named_inside_the_subject_keeps_its_figure():
    # 石湾区供电公司|充电站增至46个: the company's stations, not the district's
    claim = _claim(extract_text("石湾区地处沿海。石湾区供电公司充电站增至46个。"), "46个")
    assert claim["actor"].startswith("石湾区供电公司")


@pytest.mark.parametrize("text, figure, actor", [
    # a verb or a time before a level's body is no part of a place name (汇总后交|区政府, 两会期间|区…;
    # short texts may pass without the rule, where no other name competes: on a page the wrong one won)
    ("临潮区召开会议。据大会秘书处统计，提出意见建议260余条，将由大会秘书处汇总后交区政府研究。",
     "260余条", "临潮区"),
    ("临潮区两会闭幕。两会期间区融媒体中心推出报道156篇。", "156篇", "临潮区融媒体中心"),
    ("鹤溪区召开会议。会议听取了区审计局局长沈佩瑶受区人民政府委托所作的报告。区城投集团新增隐性债务1600万元。",
     "1600万元", "鹤溪区城投集团"),
    ("临潮区两会闭幕。盐仓镇出席区第十九届人民代表大会的代表共选举产生23名。", "23名", "盐仓镇"),
    # a column label run into the line under it: its dot ends a name (临潮两会·履职|区政协…)
    ("瀛江日报　2025年1月9日　第A5版　临潮两会·履职\n区政协提案工作报告（摘要）\n"
     "十届三次会议以来，临潮区政协共收到委员提案231件，区政协立案206件。", "206件", "临潮区政协"),
    # a part of a site is no place (码头候船区)
    ("临潮区客运码头候船区新增座椅120个。", "120个", "临潮区"),
    # 给 and 居 stop a name (委派给|市…委员会, 数量居|岚州市…), not in 给水 or 人居
    ("榆川市法院受理商标纠纷后，将案件委派给市知识产权纠纷人民调解委员会进行诉前调解。今年以来，"
     "市知识产权纠纷人民调解委员会共调解纠纷64件。", "64件", "榆川市知识产权纠纷人民调解委员会"),
    ("今年以来，榆川县给水公司新铺设供水管网12公里。", "12公里", "榆川县给水公司"),
    ("榆川县人居办暗访村庄36个。", "36个", "榆川县人居办"),
    # nor do 往 and 季 (运往|县…中心, 春季|县供销社), nor 再 in 再生
    ("麦川县再生资源分拣中心占地45亩。各回收点的废品统一运往县再生资源分拣中心，年分拣处理15万吨。",
     "15万吨", "麦川县再生资源分拣中心"),
    ("麦川县供销社成立于1952年。春季县供销社开展科技下乡活动30场。", "30场", "麦川县供销社"),
    # (所有 opens no name: 覆盖所有|县（区）, and the page names no city)
    ("目前，全市已建成零工驿站21个，覆盖所有县（区）和重点乡镇。", "21个", ""),
    # a campaign for the whole county names the county (整县推进), village by village none (整村推进)
    ("桐川县是养殖大县。该县坚持种养结合，整县推进畜禽粪污资源化利用，建成有机肥加工厂3家。", "3家", "桐川县"),
    ("今年，桐川县整村推进改厕，石门村完成改厕384户。", "384户", "石门村"),
    # a decision on a body ends no place (会议同意|县人民政府…, 责成|县住建局: no county 议同意县)
    ("禾丰县人大常委会召开会议。会议同意县人民政府提出的预算调整方案。县人大常委会组成人员24人出席会议。",
     "24人", "禾丰县人大常委会"),
    ("禾丰县人大常委会召开会议。会议责成县住建局限期整改。县人大常委会副主任郭秀兰接待群众11人次。",
     "11人次", "禾丰县人大常委会"),
    # a word that ends with 局 names no bureau (科学布局: no body named 科学布局)
    ("岐水县烟草专卖局召开会议。\n\n科学布局 市场更有序\n\n该局坚持布局合理原则，将全县划分为37个许可布局单元。",
     "37个", "岐水县烟草专卖局"),
    # a kind of village is no village's name (中国传统村落: no village named 中国传统村)
    ("东陵县召开会议。上杨村入选中国传统村落名录。今年以来，该村引进文旅企业投资2800万元。", "2800万元", "上杨村"),
    # parts of a site are no district (a canteen's 原料区, a bus station's 发车区)
    ("鹤川县召开会议。改造后，食堂原料区新增货架12个。", "12个", "鹤川县"),
    ("鹤川县召开会议。春运期间，客运站发车区增设护栏120米。", "120米", "鹤川县"),
])
def test_no_place_name_runs_over_a_verb_or_a_mark(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # one character before 城镇 or 山区 is a place's body (one_character_bodies)
    ("麦城镇已收购大豆160吨。", "160吨", "麦城镇"),
    ("岚山区新建公厕3座。", "3座", "岚山区"),
    ("西林区新建公厕3座。全区清理垃圾300吨。", "300吨", "西林区"),
    ("城郊区拆除违章建筑1.8万平方米。", "1.8万平方米", "城郊区"),
    ("国有林区新建管护站12座。", "12座", ""),
    # (a part of a market or a zone of duty is no place: 水产区, 责任区)
    ("在渔港路菜市场水产区新建摊位16个。", "16个", ""),
    ("城南街道网格责任区新建摊位16个。", "16个", "城南街道"),
    ("樟树坪村发展庭院经济，养殖土鸡2.6万羽。", "2.6万羽", "樟树坪村"),   # (庭院 is a courtyard)
    # a name's own body before 社区 names a body (社区 is no place alone)
    ("溪北街道凤鸣社区新建口袋公园3个。", "3个", "溪北街道凤鸣社区"),
    ("凤鸣社区新建口袋公园3个。", "3个", "凤鸣社区"),          # (社区 is a word and a suffix: it may end a name)
    # words that lead to a name are no part of it, nor is a set phrase a place
    ("麦城镇秋收顺利。镇农业服务中心主任符国庆说，下一步镇里将新建烘干塔3座。", "3座", "麦城镇农业服务中心"),
    ("一个网格员的“民情日记”\n——记溪北街道文昌社区网格员陈秀英\n本报讯 溪北街道文昌社区共有网格员12名。",
     "12名", "溪北街道文昌社区"),
    ("白沙镇已收购大豆160吨，“十里八乡的豆腐坊都来订货”。全镇新增豆腐坊12家。", "12家", "白沙镇"),
    # guards: a whole area's towns, an old compound and a mountain area are no places
    ("全县城镇新增就业1200人。", "1200人", ""),
    ("老小区改造完成12个。", "12个", ""),
    ("全县深山区群众搬迁120户。", "120户", ""),
    ("社区工作者新增30名。", "30名", ""),
])
def test_place_names_around_words_that_are_no_place(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # bureaus whose names hold a stop character inside a word (通 of 通过, 合 of 联合, 就, 自, 全)
    ("区交通运输局投资260万元，对城区主干道54个公交站台进行提升改造。", "54个", "区交通运输局"),
    ("县综合行政执法局共拆除违建32处。", "32处", "县综合行政执法局"),
    ("渠北县红柳乡九年一贯制学校新建学生宿舍楼2栋。", "2栋", "渠北县红柳乡九年一贯制学校"),   # (年)
    ("县就业服务中心举办招聘会15场。", "15场", "县就业服务中心"),
    ("县自然资源局查处违法用地案件12件。", "12件", "县自然资源局"),
    ("县安全生产委员会办公室组织检查组8个。", "8个", "县安全生产委员会办公室"),
    # (the stop still cuts a name outside those words: 通过 is no part of one)
    ("通过县公安局侦破案件16起。", "16起", ""),
])
def test_a_stop_character_inside_a_word_of_a_name(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


POINTS = ("本报讯（通讯员 林佳）1月3日，望澜街道召开议政代表会议。\n\n"
          "过去一年，街道重点抓了五个方面工作：\n\n"
          "一是抓招商稳企业。组建3支驻点招商小分队，开展招商活动47次。\n\n"
          "二是抓更新美城区。完成6个老旧小区改造，惠及居民2186户。\n\n"
          "三是抓民生保障。新增绿地8500平方米。\n\n"
          "今年，街道计划新建停车位300个。")


@pytest.mark.parametrize("figure, time", [
    ("47次", "过去一年"),
    ("2186户", "过去一年"),     # (a later point: the intro ran on into the first one)
    ("8500平方米", "过去一年"),
    ("300个", "今年"),          # (a paragraph that is no point keeps its own)
])
def test_numbered_points_take_the_period_of_their_intro(figure, time):
    assert _claim(extract_text(POINTS), figure)["time"] == time


def test_a_bullet_is_no_part_of_a_name():
    text = "■市图书馆新增４家城市书房\n\n本报讯 日前，鹤泉市图书馆新建的４家城市书房正式开放。"
    assert not _claim(extract_text(text), "４家")["actor"].startswith("■")


@pytest.mark.parametrize("text, figure, actor", [
    # a library is an organisation; a time phrase may stand between a subject and its verb
    ("本报讯 今年以来，青岚县持续推进全民阅读。县图书馆前三季度接待读者28.6万人次。", "28.6万人次", "青岚县图书馆"),
])
def test_a_subject_before_a_time_phrase(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, actor", [
    # a name that runs to its limit inside a place name opens with the whole place name
    ("本报讯 今年以来，湄江区公安分局交警大队开展酒驾整治。国庆前后，该大队设置临时检查点11个。", "11个",
     "湄江区公安分局交警大队"),
    # the federations of returned overseas Chinese, the disabled, artists, industry and commerce
    ("本报讯 今年以来，市侨联协助引进侨资项目9个。", "9个", "市侨联"),
    # names joined by 、 act together, each with its place written in (as the seed gold writes
    # 石龙区教体局、石龙区科协); a part that holds a verb is no name (梅溪县推动县人民医院)
    ("本报讯 青岭县持续开展救灾。县红十字会、县慈善总会向受灾群众发放大米200袋。", "200袋", "青岭县红十字会、青岭县慈善总会"),
    ("本报讯 梅溪县持续推进医养结合。梅溪县推动县人民医院、县中医院建立健康档案3400余份。", "3400余份", "梅溪县"),
    # 连续 is an adverb: the name before it is the subject
    ("本报讯 国庆期间，区城管局连续7天开展节日市容保障，累计清运垃圾850吨。", "850吨", "区城管局"),
    # a name holds no co-verb: 会同 joins two actors, the first is the subject
    ("本报讯 东湖区持续开展欠薪治理。区人社局会同区法院追回工资2680余万元。", "2680余万元", "东湖区人社局"),
    # the organisers of an event are its actor, not its host (seed 003: 由区教体局、区科协主办，中鸿小学承办)
    ("本次比赛由区教体局、区科协主办，中鸿小学承办。大赛共有4所小学的50支参赛队伍参加。", "50支", "区教体局、区科协"),
    # 全村 / 全乡 / 全街道 resolve as 全镇 does
    ("本报讯 柳溪县桃源镇石门坎村大力发展产业。近年来，全村新建水泥路12公里。", "12公里", "石门坎村"),
    # an adverb after a name opens its predicate (县农业农村局|同时在…开展)
    ("本报讯 今年以来，柳渡县投入资金6850万元。县农业农村局同时在白渠镇、柳河镇等3个乡镇的45个村开展垃圾分类试点。",
     "45个", "柳渡县农业农村局"),
    # 该局 is the last bureau the paragraph made a subject, not the one the article names most
    ("本报讯 今年以来，云渡区财政局加强预算管理，区财政局下达资金5.36亿元。区税务局积极落实组合式税费支持政策。"
     "上半年，该局累计为辖区纳税人办理退税缓费1.68亿元。", "1.68亿元", "云渡区税务局"),
    # (a bureau named as a partner is no subject: 该局联合县人社局…。该局还…)
    ("本报讯 鹿鸣县退役军人事务局建成服务站12个。今年以来，该局联合县人社局举办专场招聘会6场。"
     "该局还为128名退役军人办理创业担保贷款。", "128名", "鹿鸣县退役军人事务局"),
    # names joined by 、 before 分别 act one by one on the figures after it, in order
    ("本报讯 今年以来，砚溪区、槐安区分别拆除违规广告牌412块和376块。", "376块", "槐安区"),
    ("本报讯 潭溪县召开推进会。城东街道、城西街道作为创文主战场，分别完成老旧小区改造12个、9个，"
     "惠及居民2680户、1940户。", "1940户", "城西街道"),
    # markdown bold (**…**) is no part of a name
    ("## 榆溪区创文“百日攻坚”累计整治问题1.2万余处\n\n本报讯（记者 韩书亭）今年3月10日，榆溪区启动创文行动。\n\n"
     "**聚焦店外经营，还路于民。**区城管局实行三班巡查，累计规范店外经营3200余处。", "3200余处", "榆溪区城管局"),
    # a place name never starts inside a word that leads to it
    ("家住鹤鸣区的居民王某说，今年该区新建公厕3座。", "3座", "鹤鸣区"),
    # so is who invests in a project
    ("该项目总投资25亿元，由浙江华拓集团投资建设，一期建设标准化厂房12栋。", "12栋", "浙江华拓集团"),
    ("■新能源汽车电池壳体项目：由宁远新能源科技股份有限公司投资，总投资12.6亿元，占地150亩。", "150亩",
     "宁远新能源科技股份有限公司"),
    ("澄湖区老旧小区改造项目：由区城投集团实施，总投资21.3亿元，改造老旧住宅楼64栋。", "64栋", "澄湖区城投集团"),
    ("本次大赛由市文明办、团市委、市民政局联合主办，自8月启动以来，共征集项目216个。", "216个", "市文明办、团市委、市民政局"),
    # an anaphor's tail holds no verb: 该所|完成低压台区改造 (not a body 该所完成低压台区)
    ("本报讯 柘岭县供电公司石桥铺供电所加强管理。今年以来，该所完成低压台区改造28个。", "28个",
     "柘岭县供电公司石桥铺供电所"),
    # 该会 is the association named before; a member (红十字会|员) ends no name
    ("本报讯 今年以来，宁川县红十字会开展救助。目前，全县共有红十字会员2.1万名。该会投入资金46万元。",
     "46万元", "宁川县红十字会"),
])
def test_name_boundaries_of_bodies(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


def test_this_centre_resolves_to_a_public_service_centre():
    # 公共 is a word, not 公 + the adverb 共: 服务 stays inside the centre's name
    text = ("## 直播带货助农增收\n\n本报讯 杉川县电子商务公共服务中心今年以来开展直播培训。"
            "该中心组织32名主播开展直播带货活动。")
    # (a name's body is read up to 8 characters back, so the county may fall outside it)
    assert _claim(extract_text(text), "32名")["actor"].endswith("电子商务公共服务中心")


def test_this_station_resolves_to_a_police_station():
    text = ("## 东关派出所：“警格+网格”把矛盾化解在基层\n\n"
            "本报讯 东关派出所辖区流动人口多。今年以来，该所共化解矛盾纠纷367起。")
    assert _claim(extract_text(text), "367起")["actor"] == "东关派出所"


def test_a_time_that_modifies_a_noun_is_not_carried():
    text = "改造前的人文路，年久失修。如今，改造施工长度约500米。"
    assert _claim(extract_text(text), "500米")["time"] != "改造前"


def test_a_photo_caption_is_not_part_of_the_article_before_it():
    # the caption names 青岭县; the city's article above it must not count it as its own
    text = ("## 国庆假期我市文旅市场持续火热\n\n"
            "本报讯 国庆假期，我市共接待游客186.4万人次。\n\n"
            "▶10月3日，游客在青岭县溪口镇古村落游览，当天接待游客1.2万人次。本报记者 马骏 摄")
    arts = articles_of(text, "-")
    assert len(arts) == 2 and text[arts[1]["start"]] == "▶"
    assert _claim(extract_text(text), "186.4万人次")["actor"] != "青岭县"


@pytest.mark.parametrize("text, figure, time", [
    # inside its clause, a time before 的 names only the figure right after it
    ("香菇加工转化率由去年的18%提高到27%。", "18%", "去年"),
    ("香菇加工转化率由去年的18%提高到27%。", "27%", ""),
    # the past at the start of a change is a time of its own (过去, 最初)
    ("几年来，竹林亩均收入由过去的600多元提高到1500元左右。", "600多元", "过去"),
    ("村书屋藏书从最初的不足800册增加到3100余册。", "800册", "最初"),
    # at the head of its clause it dates the clause (今年的整治…: this year's campaign)
    ("今年的整治累计投入资金9400万元，重修路面4.2万平方米。", "4.2万平方米", "今年"),
    ("今年的培训首次采用线上预约方式，报名人数达1.4万人。", "1.4万人", "今年"),
    # …but a state after an act names the thing, not a period (治理后的河道…)
    ("治理后的河道新增绿化面积1.5万平方米。", "1.5万平方米", ""),
])
def test_a_time_before_de(text, figure, time):
    assert _claim(extract_text(text), figure)["time"] == time



def test_actor_sub_tables_hold_only_their_own_entries():
    # a key written after a [actor.…] header belongs to that table, not to [actor]: the tables that
    # map words to levels must hold nothing else (area_base_* once sat in paper_levels unread)
    from civex.lexicon import load_lexicon

    a = load_lexicon().raw["context"]["actor"]
    levels = {"区", "县", "市", "镇", "乡", "村", "街道"}
    assert all(isinstance(v, list) and set(v) <= levels for v in a["headline_areas"].values())
    assert all(isinstance(v, list) and v and all(isinstance(x, str) for x in v) for v in a["anaphora"].values())
    assert all(isinstance(v, list) and len(v) == 2 and v[0] in levels for v in a["level_bodies"].values())
    assert all(v in levels for v in a["paper_levels"].values())

def test_a_data_box_is_a_list_whose_title_names_its_period():
    # a box of lines each a label, a wide gap and its figures: items, not headlines; the year in
    # its title (■图解·2024年成绩单) dates them
    page = ("过去一年，全市经济运行稳中有进。\n\n■图解·2024年成绩单\n地区生产总值\u30001391.6亿元\u3000增长5.5%\n"
            "外贸进出口总额\u3000416.3亿元\u3000增长8.7%\n\n■报告关键词\n")
    c = _claim(extract_text(page), "416.3亿元")
    assert (c["object"], c["time"]) == ("外贸进出口总额", "2024年")


def test_a_tables_bar_is_in_no_name():
    page = "序号｜项目｜责任单位\n1｜城区道路改造｜区住建局\n区住建局完成改造道路12条。"
    assert "|" not in _claim(extract_text(page), "12条")["actor"]


def test_an_issue_title_opens_a_bulletin():
    # 白沙街道工作简报（第15期）: a bulletin opens under its title; the headline printed after the
    # bulletin before it belongs to that one
    page = ("新桥街道工作简报（第9期）\n\n10月份，新桥街道扎实推进网格治理。\n\n一是网格巡查常态化。累计巡查"
            "1200余次。\n\n新桥街道：网格“绣花针”绣出治理新图景\n\n白沙街道工作简报（第15期）\n\n10月份，白沙街道"
            "围绕“稳企业”工作重点推进各项工作。\n\n一是助企纾困见实效。走访辖区规上企业31家。\n\n"
            "白沙街道：帮企解难题 服务暖人心\n")
    assert _claim(extract_text(page), "31家")["actor"] == "白沙街道"


@pytest.mark.parametrize("text, figure, actor", [
    # a profile credits the figures to the person the article names after a title, in clauses
    # that open with the bare name or with 他/她 (person_titles, person_pronouns in context.toml)
    ("溪口镇文昌社区网格员林秀兰负责的网格有住户300户。“谁家几口人，我心里都有本账。”林秀兰说。"
     "去年夏天，两户居民因漏水起了纠纷，林秀兰前后上门12次。", "12次", "林秀兰"),
    ("溪口镇文昌社区网格员林秀兰，今年48岁。7年多来，她累计调解邻里纠纷136起。", "136起", "林秀兰"),
    ("返乡青年罗建军：种好860亩良心田\n双河镇返乡青年罗建军2016年回到家乡。罗建军流转土地60亩，常年雇用村民12人。",
     "12人", "罗建军"),
    # any word that ends with 员 or 师 is a title (安检员, 兽医师), but for the paper's own people
    ("临江服务站安检员李振宇准时出门。“多的时候要跑50多户。”李振宇说。今年以来，他一个人就入户检查了4600余户。",
     "4600余户", "李振宇"),
    ("梅坑镇调解员谢桂英，今年58岁。本报通讯员黄伟跟随采访。她累计调解纠纷630余起。", "630余起", "谢桂英"),
    # a feature's sections under sub-heads speak of the person the feature named first
    ("“社区就是我的第二个家”\n——记柳堤社区社工陈晓岚\n\n清晨7点，陈晓岚已经走进了后厨。\n\n## 一本台账记下老人冷暖\n\n"
     "9年来，她累计入户走访老人1.6万余人次。\n", "1.6万余人次", "陈晓岚"),
    # a two-character name: the form the article repeats (王强说 … 王强今年…)
    ("双河镇大棚种植户王强说，今年收成好。王强今年新建大棚8个。", "8个", "王强"),
    # guards: one who speaks, an interview's answer
    ("溪口镇网格员林秀兰在文昌社区工作。林秀兰说，今年排查隐患86处。", "86处", "溪口镇"),
    ("临江区召开新闻发布会，区委政法委书记杜明远出席。杜明远通报了十件实事完成情况，累计投入资金6850万元。",
     "6850万元", "临江区"),
    ("——访溪口镇镇长林国华\n记者：今年有哪些民生实事？\n林国华答：今年溪口镇新建公厕12座，改造道路5条。", "5条", "溪口镇"),
    ("溪口镇网格员林秀兰在文昌社区工作。他们今年新建口袋公园3个。", "3个", "溪口镇"),
    # a title before a word that only looks like a name (教师|周转宿舍: 周转宿 is never followed by a mark)
    ("溪口镇新建教师周转宿舍24套。周转宿舍新配家具120套。", "120套", "溪口镇"),
])
def test_a_person_named_after_a_title_is_the_actor_of_the_clauses_that_open_with_them(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


@pytest.mark.parametrize("text, figure, person", [
    # her family's garden is a topic; one who orders others does not do it
    ("石门坎村村民张桂兰笑着说。她家门前的小菜园是村里统一规划的，全村像这样的小菜园已建成152个。", "152个", "张桂兰"),
    ("云岭市市长周振华来到市信访接待中心接访。周振华当即要求市人社局督促企业支付拖欠工资18.6万元。", "18.6万元", "周振华"),
])
def test_a_person_who_is_no_subject_is_no_actor(text, figure, person):
    assert _claim(extract_text(text), figure)["actor"] != person


@pytest.mark.parametrize("text, figure, actor", [
    # a body named by its kind alone is no name: the school the article named is meant
    ("渠北县第三中学今年扩建完工。学校在校生从1900人增加到2860人。", "2860人", "渠北县第三中学"),
    # a site reports as a body of its own
    ("枫岚县国庆黄金周旅游火爆。云雾山景区接待游客14.2万人次。", "14.2万人次", "云雾山景区"),
    ("雪松镇冰雪旅游升温。雪松岭滑雪场接待滑雪爱好者3.2万人次。", "3.2万人次", "雪松岭滑雪场"),
    ("澄州市民航业回暖。春运期间，凤岭机场共运送旅客14.2万人次。", "14.2万人次", "凤岭机场"),
    # a county of a programme is no county's name, and the owner of a project is no name at all
    ("云岫县生态建设提速。我们将力争建成国家生态文明建设示范县，森林覆盖率稳定在76%以上。", "76%", "云岫县"),
    ("业主单位累计完成投资3.2亿元。", "3.2亿元", ""),
    ("近年来，国家统计局青溪调查队选聘记账户320户。", "320户", "国家统计局青溪调查队"),
    ("凤岭机场今年累计巡视飞行区1.5万余公里。", "1.5万余公里", "凤岭机场"),   # (飞行区 is a part of it)
    ("澄江区外贸回升。今年以来，澄江海关为企业减免税款1.2亿元。", "1.2亿元", "澄江海关"),   # (customs is a body)
    # (a railway's section is a body)
    ("岚州市召开会议。9月以来，岚州工务段组织干部职工2100余人次开展线路集中修，累计更换钢轨18.6公里。",
     "18.6公里", "岚州工务段"),
    # one who only takes part in a ceremony is no subject of the figures after it (person_ceremony)
    ("枫岚县苗年节开幕。县委书记罗廷江致辞，来自全县的18支巡游方阵参加巡游。", "18支", "枫岚县"),
    # guard: an official who reports the figures gives them their body
    ("区财政局局长王斐介绍，今年以来全区压减一般性支出12%。", "12%", "区财政局"),
])
def test_a_kind_alone_or_a_ceremony_names_no_actor(text, figure, actor):
    assert _claim(extract_text(text), figure)["actor"] == actor


def test_a_name_that_ends_with_a_stop_character_is_read_whole_where_repeated():
    # (唐颂年: 年 is a stop character, but the interview repeats the name: the answers are said for
    # the county he speaks for, not for a person 唐颂)
    text = ("让“鹤汀香米”香飘四方\n——访鹤汀县农业农村局局长唐颂年\n\n本报记者 林晓棠\n\n"
            "记者：品牌建设取得了哪些成效？\n\n唐颂年：目前，全县优质稻种植面积稳定在32万亩左右。\n\n"
            "记者：下一步有什么打算？\n\n唐颂年：我们今年培训高素质农民820人。\n")
    for figure in ("32万亩", "820人"):
        assert _claim(extract_text(text), figure)["actor"].startswith("鹤汀县")
