"""Property tests: for any text, every record points at its own text in the original,
numbers are finite, and extraction is deterministic."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civex import extract_text

# Text where figures actually occur: digits (ASCII and full-width), Chinese numerals, units,
# qualifiers, range marks, punctuation, OCR spaces and line breaks, a few plain characters.
ALPHABET = list(
    "0123456789０１２３４５６７８９.,．，-~至到"
    "一二两三四五六七八九十百千万亿零〇半"
    "个处家人户元美元%％平方米亩公里吨次件名项起"
    "余多约近超过以上左右不足第共清理发放整治该区年月日以来截至"
    "。！？；：、（）“”《》 \u3000\t\n\r#abAB"
)
RICH = st.text(alphabet=st.sampled_from(ALPHABET), max_size=200)
WORDS = st.lists(st.sampled_from(["该区共清理", "占道经营", "300余处", "1.28亿元", "约", "3至5个", "百分之五十",
                                  "70.5%", "第八个", "2023-04-20", "15:30", "，", "。", "\n", " ", "两个半",
                                  "１２０ 万 元", "0375-1234567", "近", "以上", "7月以来", "No.5"]),
                 max_size=40).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    first = extract_text(text, doc="p")
    for r in first:
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"]:r["end"]] == r["text"], r
        assert isinstance(r["value"], float) and math.isfinite(r["value"]), r
        if r["value_max"] is not None:
            assert isinstance(r["value_max"], float) and math.isfinite(r["value_max"]), r
    assert extract_text(text, doc="p") == first


@SETTINGS
@given(st.text(max_size=300))
def test_any_text(text):
    check(text)


@SETTINGS
@given(RICH)
def test_text_with_numbers_units_and_punctuation(text):
    check(text)


@SETTINGS
@given(WORDS)
def test_text_made_of_claim_parts(text):
    check(text)


def test_the_alphabet_does_produce_claims():
    assert extract_text("该区共清理占道经营300余处。")


def check_offset_map(text: str) -> None:
    """normalize's run map: each clean character comes from the original character it maps
    to (folded), positions rise strictly, and to_clean inverts to_original."""
    from bisect import bisect_left

    from civex.normalize import fold_char, normalize

    norm = normalize(text)
    clean = norm.clean
    where = [norm.to_original(i) for i in range(len(clean))]
    assert all(a < b for a, b in zip(where, where[1:])), where
    assert norm.to_original(len(clean)) == len(text)
    for i, pos in enumerate(where):
        if clean[i] == "\n" or (clean[i] == " " and text[pos].isspace()):
            continue   # a block break or the space kept between two Latin words
        assert clean[i] == fold_char(text[pos]), (i, clean[i], text[pos])
    for pos in range(len(text) + 1):
        assert norm.to_clean(pos) == bisect_left(where, pos), pos


@SETTINGS
@given(RICH)
def test_offset_map_of_any_layout(text):
    check_offset_map(text)


@SETTINGS
@given(st.text(max_size=200))
def test_offset_map_of_any_text(text):
    check_offset_map(text)
