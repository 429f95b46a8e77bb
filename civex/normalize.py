"""OCR clean-up for matching, with a map back to the original text.

A page is normalized into ``clean`` text: white space dropped (hard wraps, OCR
spaces inside numbers and names), full-width forms folded to ASCII, a few
traditional characters folded to simplified, and paragraphs/headlines (the
blocks found by :mod:`civex.segment`) separated by ``\\n``. ``offsets[i]`` is the
position in the original text of ``clean[i]``, so any span found in the clean
text maps back to the original: ``original[span_to_original(a, b)]``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .segment import Block, find_blocks

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII; ideographic space handled as white space.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Letterlike and traditional forms that matter for numbers and units; one char -> one char
# so the offset map stays one-to-one.
_FOLD.update({ord(a): ord(b) for a, b in zip("萬億兩個臺點餘約佔﹪．〜～﹐﹔﹕﹖﹗", "万亿两个台点余约占%.~~,;:?!")})


def fold_char(ch: str) -> str:
    return chr(_FOLD.get(ord(ch), ord(ch)))


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass
class Normalized:
    original: str
    clean: str
    offsets: list[int]          # clean index -> original index; one extra entry = len(original)
    blocks: list[Block]         # in document order
    block_starts: list[int]     # clean index where each block starts

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the clean span [start, end) (end > start)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def clean_span(text: str, start: int, end: int, out: list[str], offsets: list[int]) -> None:
    """Append the cleaned form of text[start:end] to out/offsets."""
    pending_space = -1
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if pending_space < 0:
                pending_space = i
            continue
        ch = fold_char(ch)
        if pending_space >= 0:
            # Keep one space only between two Latin letters (English words); everywhere
            # else a space is an OCR artefact (8 月 30 日, 150 余处, 记 者 闫 增 旗).
            if out and _is_ascii_word(out[-1]) and _is_ascii_word(ch):
                out.append(" ")
                offsets.append(pending_space)
            pending_space = -1
        out.append(ch)
        offsets.append(i)


def normalize(text: str, lexicon=None) -> Normalized:
    blocks = find_blocks(text, lexicon)
    out: list[str] = []
    offsets: list[int] = []
    starts: list[int] = []
    for n, block in enumerate(blocks):
        if n:
            out.append("\n")
            offsets.append(blocks[n - 1].end)  # the break after the previous block
        starts.append(len(out))
        clean_span(text, block.start, block.end, out, offsets)
    offsets.append(len(text))
    return Normalized(text, "".join(out), offsets, blocks, starts)
