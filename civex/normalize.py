"""OCR clean-up for matching, with a map back to the original text.

A page is normalized into ``clean`` text: white space dropped (hard wraps, OCR
spaces inside numbers and names), full-width forms folded to ASCII, a few
traditional characters folded to simplified, and paragraphs/headlines (the
blocks found by :mod:`civex.segment`) separated by ``\\n``. ``to_original(i)`` is the
position in the original text of ``clean[i]`` (``to_clean`` goes back), so any span
found in the clean text maps back to the original: ``original[span_to_original(a, b)]``.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .segment import Block, find_blocks

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII; ideographic space handled as white space.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Letterlike and traditional forms that matter for numbers and units; one char -> one char
# so the offset map stays one-to-one.
_FOLD.update({ord(a): ord(b) for a, b in zip("萬億兩個臺點餘約佔﹪．〜～﹐﹔﹕﹖﹗", "万亿两个台点余约占%.~~,;:?!")})
# Traditional financial digits, 負 (minus), 幾, 倆 and the minus sign, for numerals.
_FOLD.update({ord(a): ord(b) for a, b in zip("貳參陸負幾倆−", "贰叁陆负几俩-")})


# Brackets in the names and nouns civex writes out (村（社区）, 各县（市、区）): the clean text
# folds them to ASCII, the page and the gold print them full-width.
_CJK_BRACKETS = str.maketrans("()", "（）")


def cjk_brackets(text: str) -> str:
    """村(社区) -> 村（社区）: the full-width brackets of Chinese text, for a record's fields."""
    return text.translate(_CJK_BRACKETS) if "(" in text or ")" in text else text


def fold_char(ch: str) -> str:
    return chr(_FOLD.get(ord(ch), ord(ch)))


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass
class Normalized:
    original: str
    clean: str
    # The map from clean to original positions, as runs: clean[run_clean[r]:run_clean[r+1]]
    # is original[run_original[r]:…] character for character (white space only falls between
    # runs). A page has one run per line or OCR gap, not one entry per character, so the
    # map stays small on a 50 MB page and costs nothing to build.
    run_clean: array
    run_original: array
    blocks: list[Block]         # in document order
    block_starts: list[int]     # clean index where each block starts

    def to_original(self, i: int) -> int:
        """Original position of clean[i]; ``len(clean)`` maps to ``len(original)``."""
        if i >= len(self.clean):
            return len(self.original)
        r = bisect_right(self.run_clean, i) - 1
        return self.run_original[r] + (i - self.run_clean[r])

    def to_clean(self, pos: int) -> int:
        """The first clean position whose original position is ``pos`` or later."""
        r = bisect_right(self.run_original, pos) - 1
        if r < 0:
            return 0
        run_end = self.run_clean[r + 1] if r + 1 < len(self.run_clean) else len(self.clean)
        # inside run r, or in the white space after it: the next run's start
        return min(self.run_clean[r] + (pos - self.run_original[r]), run_end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the clean span [start, end) (end > start)."""
        return self.to_original(start), self.to_original(end - 1) + 1


# Runs of non-white-space characters. For str patterns ``re``'s \\s is exactly
# str.isspace(), so the runs are what a per-character isspace() loop would see.
_RUN = re.compile(r"\S+")
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]")
# fold() replaces one character at a time; that equals a single translate() pass only while
# no folded character is itself foldable (else fall back to translate()).
_FOLD_CHAINS = any(v in _FOLD for v in _FOLD.values())


def fold(text: str) -> str:
    """Every character of ``text`` folded (:func:`fold_char`), one to one.

    Same as ``text.translate(_FOLD)`` but several times faster on CJK text: a page holds
    only a handful of distinct foldable characters, each replaced in one pass.
    """
    if _FOLD_CHAINS:
        return text.translate(_FOLD)
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, chr(_FOLD[ord(ch)]))
    return text


def clean_span(text: str, start: int, end: int, out: list[str], runs: tuple[array, array], *,
               folded: bool = False) -> None:
    """Append the cleaned form of text[start:end] to ``out`` and its runs to ``runs``.

    ``out`` collects non-empty strings (runs, not single characters): its join is the
    clean text. ``runs`` is (clean start, original start) of each run. Folding is one
    character to one and never touches white space, so a run of text[a:b] maps to the
    original offsets a..b-1.
    ``folded=True`` says ``text`` is already :func:`fold`-ed.
    """
    run_clean, run_original = runs
    length = _length(out, run_clean)
    gap_from = start        # where the white space before the next run would start
    for m in _RUN.finditer(text, start, end):
        a, b = m.span()
        run = m.group() if folded else fold(m.group())
        if a > gap_from:
            # Keep one space only between two Latin letters (English words); everywhere
            # else a space is an OCR artefact (8 月 30 日, 150 余处, 记 者 闫 增 旗).
            if out and _is_ascii_word(out[-1][-1]) and _is_ascii_word(run[0]):
                out.append(" ")
                run_clean.append(length)
                run_original.append(gap_from)
                length += 1
        out.append(run)
        run_clean.append(length)
        run_original.append(a)
        length += b - a
        gap_from = b


def _length(out: list[str], run_clean: array) -> int:
    """Length of the clean text built so far: its last run starts at run_clean[-1]."""
    return run_clean[-1] + len(out[-1]) if out else 0


# The same page is often normalized twice in a row (its claims, then its articles for an
# export): keep the last two. A Normalized is never changed after it is made.
@lru_cache(maxsize=2)
def normalize(text: str, lexicon=None) -> Normalized:
    blocks = find_blocks(text, lexicon)
    folded = fold(text)
    out: list[str] = []
    runs = (array("q"), array("q"))
    starts: list[int] = []
    for n, block in enumerate(blocks):
        if n:
            # the break after the previous block, at its end in the original
            runs[0].append(_length(out, runs[0]))
            runs[1].append(blocks[n - 1].end)
            out.append("\n")
        starts.append(_length(out, runs[0]))
        start = block.start
        if block.kind == "heading":
            while start < block.end - 1 and (text[start] == "#" or text[start].isspace()):
                start += 1  # markdown "## " is layout, not text
        clean_span(folded, start, block.end, out, runs, folded=True)
    return Normalized(text, "".join(out), runs[0], runs[1], blocks, starts)
