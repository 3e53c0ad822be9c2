"""A label drawing its text from the layout it keeps (wxdesk.ui.label_paint) paints QLabel's own pixels:
for any text, width, alignment, state and setting, and after whatever changes since its last paint."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QWidget

from wxdesk.ui.app import get_qapp
from wxdesk.ui.steady_label import SteadyLabel, WidthSizedLabel
from wxdesk.ui.unbroken_label import UnbrokenLabel
from wxdesk.words.line_breaks import keep_together

pytestmark = pytest.mark.gui

# Words the desk shows, in both languages: figures with their units, product names, full-width punctuation,
# line feeds, runs of spaces, a word longer than most widths.
WORDS = ["Official", "Account", "(formerly", "Subscription", "Account)", "+", "Mini", "Program", "¥1.2M", "¥312k",
         "over", "3", "years", "–", "first-year", "budget;", "covers", "59.6", "out of 100", "WeCom\n", "a", "fit",
         "公众号（原订阅号）", "小程序", "企业微信", "：首年约", "¥120万", "，", "。", "预计成本", "\n", "   ",
         "x" * 40]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)
KEPT_TEXTS = TEXTS | TEXTS.map(keep_together)
_A = Qt.AlignmentFlag
# The window's alignments first (left and top, left and centred down, right and centred down), then the rest.
ALIGNMENTS = st.sampled_from([_A.AlignLeft | _A.AlignTop, _A.AlignLeft | _A.AlignVCenter,
                              _A.AlignRight | _A.AlignVCenter, _A.AlignHCenter | _A.AlignVCenter,
                              _A.AlignRight | _A.AlignTop, _A.AlignHCenter | _A.AlignBottom,
                              _A.AlignLeft | _A.AlignBottom])
CLASSES = st.sampled_from([UnbrokenLabel, SteadyLabel, WidthSizedLabel])
SIZES = st.tuples(st.integers(1, 600), st.integers(1, 160))


def _font(points: float, bold: bool) -> QFont:
    font = QFont(QLabel().font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Pair:
    """A label of ours and a plain QLabel set alike, holding what ours shows (its text with figures and names
    kept whole where they fit), each in a parent of its own (for a style sheet)."""

    def __init__(self, cls: type[UnbrokenLabel]):
        self.parents = (QWidget(), QWidget())
        self.ours = cls(self.parents[0])
        self.plain = QLabel(self.parents[1])
        self.plain.setTextFormat(Qt.TextFormat.PlainText)

    def both(self, method: str, *args) -> None:
        for label in (self.ours, self.plain):
            getattr(label, method)(*args)

    def grabs(self):
        """Both labels' pixels (ours first: a resize may change the text it shows)."""
        ours = self.ours.grab().toImage()
        if QLabel.text(self.plain) != QLabel.text(self.ours):
            QLabel.setText(self.plain, QLabel.text(self.ours))
            ours = self.ours.grab().toImage()
        return ours, self.plain.grab().toImage()

    def assert_alike(self) -> None:
        """Alike at this paint and the next (a text painted before the label laid it out is drawn by QLabel
        the first time, from the label's layout after)."""
        for _ in range(2):
            ours, plain = self.grabs()
            assert ours == plain

    def drawn_from_its_layout(self) -> bool:
        drawing = self.ours._drawing
        return self.ours._paint_setting not in (None, False) and drawing is not None and drawing.laid_out is not None

    def close(self) -> None:
        for parent in self.parents:
            parent.deleteLater()


@settings(max_examples=150, deadline=None)
@given(cls=CLASSES, text=KEPT_TEXTS, wrap=st.booleans(), alignment=ALIGNMENTS, size=SIZES,
       points=st.sampled_from([7.0, 9.0, 10.5, 13.0]), bold=st.booleans(), enabled=st.booleans(),
       dimmed=st.booleans(), margin=st.integers(0, 6), margins=st.integers(0, 5),
       measured=st.lists(st.integers(1, 700), max_size=4), resized=SIZES)
def test_a_label_paints_qlabels_pixels(cls, text, wrap, alignment, size, points, bold, enabled, dimmed, margin,
                                       margins, measured, resized):
    get_qapp()
    pair = _Pair(cls)
    try:
        pair.both("setWordWrap", wrap)
        pair.both("setAlignment", alignment)
        pair.both("setFont", _font(points, bold))
        pair.both("setEnabled", enabled)
        if dimmed:  # (as the window's notes: a placeholder's colour)
            pair.both("setForegroundRole", QPalette.ColorRole.PlaceholderText)
        pair.both("setMargin", margin)
        pair.both("setContentsMargins", margins, margins // 2, margins, 2 * margins)
        pair.ours.setText(text)
        pair.both("resize", *size)
        pair.assert_alike()
        assert pair.drawn_from_its_layout()
        # Measured at other widths (its layout holds one set of lines), painted again; then at another size.
        for width in measured:
            pair.ours.heightForWidth(width)
        pair.assert_alike()
        pair.both("resize", *resized)
        pair.assert_alike()
        assert pair.drawn_from_its_layout()
    finally:
        pair.close()


def _sheet(pair: _Pair) -> None:
    for parent in pair.parents:
        parent.setStyleSheet("QLabel { color: #b3261e; }")


def _frame(pair: _Pair) -> None:
    pair.both("setFrameShape", QFrame.Shape.Box)


def _indent(pair: _Pair) -> None:
    pair.both("setIndent", 7)


def _selectable(pair: _Pair) -> None:
    pair.both("setTextInteractionFlags", Qt.TextInteractionFlag.TextSelectableByMouse)


def _justified(pair: _Pair) -> None:
    pair.both("setAlignment", _A.AlignJustify | _A.AlignTop)


def _underlined(pair: _Pair) -> None:
    font = QFont(pair.ours.font())
    font.setUnderline(True)
    pair.both("setFont", font)


def _rich(pair: _Pair) -> None:
    pair.both("setTextFormat", Qt.TextFormat.RichText)


def _buddy(pair: _Pair) -> None:
    for label, parent in zip((pair.ours, pair.plain), pair.parents):
        label.setBuddy(QLineEdit(parent))


def _wider(pair: _Pair) -> None:
    pair.both("resize", pair.ours.width() + 37, pair.ours.height() + 5)


def _aligned(pair: _Pair) -> None:
    pair.both("setAlignment", _A.AlignRight | _A.AlignBottom)


def _unwrapped(pair: _Pair) -> None:
    pair.both("setWordWrap", not pair.ours.wordWrap())


def _margin(pair: _Pair) -> None:
    pair.both("setMargin", 3)
    pair.both("setContentsMargins", 4, 1, 2, 0)


def _bigger_font(pair: _Pair) -> None:
    pair.both("setFont", _font(12.5, True))


def _disabled(pair: _Pair) -> None:
    pair.both("setEnabled", False)


# Settings QLabel draws otherwise (the label leaves it to QLabel), and changes a drawing must follow.
QLABELS_OWN = {"style sheet": _sheet, "frame": _frame, "indent": _indent, "selectable": _selectable,
               "justified": _justified, "underlined": _underlined, "rich": _rich, "buddy": _buddy}
CHANGES = {"size": _wider, "alignment": _aligned, "wrap": _unwrapped, "margins": _margin, "font": _bigger_font,
           "disabled": _disabled, **QLABELS_OWN}


@settings(max_examples=80, deadline=None)
@given(cls=CLASSES, texts=st.lists(KEPT_TEXTS.map(lambda text: text + " &Save"), min_size=1, max_size=3),
       changes=st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=4), size=SIZES)
def test_a_drawing_follows_every_change_of_text_and_setting(cls, texts, changes, size):
    """Painted, then changed (a new text, a setting, a style sheet): painted as QLabel paints it now, drawn
    from its layout where QLabel draws a plain text, and by QLabel where QLabel draws it otherwise."""
    get_qapp()
    pair = _Pair(cls)
    try:
        pair.both("setWordWrap", True)
        pair.both("resize", *size)
        pair.ours.setText(texts[0])
        pair.assert_alike()
        for i, change in enumerate(changes):
            CHANGES[change](pair)
            if i + 1 < len(texts):
                pair.ours.setText(texts[i + 1])
            pair.assert_alike()
        qlabels_own = set(changes) & (QLABELS_OWN.keys() - {"justified"})
        last = {change: i for i, change in enumerate(changes)}
        if last.get("justified", -1) > last.get("alignment", -1):  # (a later alignment is no longer justified)
            qlabels_own.add("justified")
        assert pair.drawn_from_its_layout() == (not qlabels_own)
    finally:
        pair.close()
