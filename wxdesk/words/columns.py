"""Plain-text tables for a terminal, in English and Chinese alike.

A terminal gives a Chinese character two columns, so columns are measured by display
width, not by len(). A cell too long for its column is wrapped between words (or
between two Chinese characters), never cut: a plan's or a goal's name reads whole,
as everywhere else in wxdesk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from wxdesk.words.line_breaks import pieces_kept_whole

# A line breaks between words or between any two Chinese characters, never before closing
# punctuation nor after opening punctuation.
_PIECES = re.compile(r"\s+|[^\s\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+|.")
_NO_LINE_START = set("，。；：、）」』！？,.;:)")
_NO_LINE_END = set("（「『(")
GAP = "  "


def display_width(text: str) -> int:
    """Columns a terminal gives the text: a Chinese character (wide or full-width) takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, align: str = "<") -> str:
    """`text` padded with spaces to `width` terminal columns, on the right ("<") or the left (">")."""
    fill = " " * max(0, width - display_width(text))
    return text + fill if align == "<" else fill + text


def _pieces(text: str) -> list[str]:
    """The text's unbreakable pieces, spaces kept as pieces of their own."""
    pieces: list[str] = []
    for piece in pieces_kept_whole(_PIECES, text):
        if pieces and not piece.isspace() and (piece[0] in _NO_LINE_START or pieces[-1][-1] in _NO_LINE_END):
            pieces[-1] += piece  # kept together with the piece before it
        else:
            pieces.append(piece)
    return pieces


def longest_piece(text: str) -> int:
    """The display width of the text's widest unbreakable piece: no column can be narrower."""
    return max((display_width(p) for p in _pieces(text) if not p.isspace()), default=0)


def wrap(text: str, width: int) -> list[str]:
    """The text in lines of at most `width` columns (a single piece wider than that stands alone); a line break in
    the text starts a new line (a cell's points to watch, one a line)."""
    if "\n" in text:
        return [line for paragraph in text.split("\n") for line in wrap(paragraph, width)]
    lines, line = [], ""
    for piece in _pieces(text):
        if piece.isspace():
            line += " " if line else ""
            continue
        if line.strip() and display_width(line + piece) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip())
    return lines


def column_width(cells: Sequence[str], most: int) -> int:
    """The width of a column: its widest cell, at most `most` unless one piece is wider."""
    widest = max((display_width(c) for c in cells), default=0)
    return max(min(widest, most), max((longest_piece(c) for c in cells), default=0))


def table_row(cells: Sequence[str], widths: Sequence[int], aligns: Sequence[str] = (), lead: str = "") -> list[str]:
    """One row of a table as lines: each cell wrapped within its column, `lead` before the first line only."""
    wrapped = [wrap(cell, width) for cell, width in zip(cells, widths, strict=True)]
    height = max((len(w) for w in wrapped), default=1)
    aligns = tuple(aligns) + ("<",) * (len(widths) - len(aligns))
    blank = " " * display_width(lead)
    lines = []
    for i in range(height):
        parts = [pad(w[i] if i < len(w) else "", width, align) for w, width, align in zip(wrapped, widths, aligns)]
        lines.append(((lead if i == 0 else blank) + GAP.join(parts)).rstrip())
    return lines
