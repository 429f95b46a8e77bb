"""civex.explain: every numeral of a sentence and what became of it."""
from rich.console import Console

from civex.explain import NO_UNIT, explain, line_span, render


def _by_text(expl):
    return {it.text: it for it in expl.items}


def test_claim_with_its_parts():
    e = _by_text(explain("7月以来，该区共清理店外经营、占道经营、流动摊贩300余处。"))
    it = e["300余处"]
    assert it.status == "claim"
    assert it.claim["value"] == 300 and it.claim["unit"] == "处" and it.claim["action"] == "清理"
    assert e["7"].status == "no_unit" and e["7"].why.startswith(NO_UNIT)


def test_excluded_numerals_name_their_rule():
    e = _by_text(explain("组建第八个督导组，项目占地35亩（1亩≈666.67平方米）。"))
    assert e["35亩"].status == "claim"
    assert e["八个"].status == "excluded" and e["八个"].rule == "ordinal"
    assert e["666.67平方米"].status == "excluded" and e["666.67平方米"].rule.startswith("unit_conversion")
    assert all(it.why for it in e.values() if it.status != "claim")


def test_bare_number_has_no_unit():
    e = _by_text(explain("热线电话为12345，欢迎来电。"))
    assert e["12345"].status == "no_unit" and e["12345"].why == NO_UNIT


def test_every_item_lies_in_its_sentence():
    text = "该区发放补贴5000元，8月30日上午召开会议。共有3家企业参加，其中第一名获奖。"
    expl = explain(text)
    for s in expl.sentences:
        for it in s.items:
            assert s.start <= it.start < it.end <= s.end
            assert expl.clean[it.start:it.end] == it.text


def test_render_highlights(tmp_path):
    console = Console(record=True, width=120, color_system="truecolor")
    render(explain("7月以来，该区共清理店外经营300余处，组建第八个督导组。"), console)
    out = console.export_text(clear=False)
    assert "300余处" in out and "ordinal" in out and "清理" in out
    html = console.export_html(inline_styles=True)
    assert "font-weight: bold" in html


def test_line_span():
    text = "会议召开。\n\n该区新建公厕100座。\n\n该区新增企业5家。\n"
    a, b = line_span(text, 3)
    assert text[a:b] == "该区新建公厕100座。\n"
    e = explain(text, span=(a, b))
    assert [it.text for it in e.items] == ["100座"]
