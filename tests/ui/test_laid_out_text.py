"""QLabel's sizes of a wrapping plain text, measured with the text shaped once (unbroken_label.LaidOutText,
UnbrokenLabel.qt_sizes): every answer is QLabel's own, for any text, width and setting."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel

from wxdesk.ui.app import get_qapp
from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.unbroken_label import LaidOutText, UnbrokenLabel
from wxdesk.words.line_breaks import keep_together

pytestmark = pytest.mark.gui

# Words the desk shows, in both languages, with what lays them out differently: line feeds, runs kept
# whole (joiners, no-break spaces), long words, full-width brackets and colons, figures.
WORDS = ["Official", "Account", "(formerly", "Subscription", "Account)", "+", "Mini", "Program", "¥1.2M", "¥312k",
         "over", "3", "years", "–", "first-year", "budget;", "covers", "59.6", "out of 100", "WeCom\n", "a",
         "公众号（原订阅号）", "小程序", "企业微信", "：首年约", "¥120万", "，", "。", "预计成本", "\n", "x" * 30]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=24).map(" ".join)
KEPT_TEXTS = TEXTS | TEXTS.map(keep_together)
POINTS = st.sampled_from([7.0, 9.0, 10.5, 13.0])


def _font(points: float, bold: bool) -> QFont:
    font = QFont(QLabel().font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@settings(max_examples=80, deadline=None)
@given(text=KEPT_TEXTS, points=POINTS, bold=st.booleans(), widths=st.lists(st.integers(-5, 900), max_size=12))
def test_the_size_at_a_width_is_the_font_metrics_own(text, points, bold, widths):
    """At every width (and at each side of the width where the text needs no wrap at all, where it keeps
    its unwrapped lines), the size QFontMetrics.boundingRect gives with word wrap, as QLabel asks it."""
    get_qapp()
    font = _font(points, bold)
    metrics = QFontMetrics(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    laid_out = LaidOutText(text, font)
    unwrapped = laid_out.size_at(16777215)[0]
    for width in [*widths, math.floor(unwrapped) - 1, math.floor(unwrapped), math.ceil(unwrapped),
                  math.ceil(unwrapped) + 1, 16777215, *widths[::-1]]:
        if width <= 0:
            continue  # (QLabel asks no width of none of this: see UnbrokenLabel._text_size)
        expected = metrics.boundingRect(0, 0, width, 2000, flags, text)
        found = laid_out.size_at(width)
        assert (math.ceil(found[0]), math.ceil(found[1])) == (expected.width(), expected.height()), width


def _set(label: QLabel, setting: str, value: int) -> None:
    if setting == "margins":
        label.setContentsMargins(value, 1, value // 2, 3)
    elif setting == "margin":
        label.setMargin(value)
    elif setting == "alignment":
        label.setAlignment(Qt.AlignmentFlag.AlignRight if value % 2 else Qt.AlignmentFlag.AlignHCenter)
    elif setting == "largest":
        label.setMaximumWidth(40 + 10 * value)
    elif setting == "least":
        label.setMinimumWidth(10 * value)
    elif setting == "frame":  # a frame without an indent (an indent is QLabel's to measure)
        label.setFrameShape(QFrame.Shape.Box)
        label.setIndent(0)


SETTINGS = st.lists(st.tuples(st.sampled_from(["margins", "margin", "alignment", "largest", "least", "frame"]),
                              st.integers(0, 30)), max_size=4)


@settings(max_examples=80, deadline=None)
@given(texts=st.lists(KEPT_TEXTS, min_size=1, max_size=3), points=POINTS, bold=st.booleans(), setup=SETTINGS,
       widths=st.lists(st.integers(0, 900), min_size=1, max_size=10))
def test_a_labels_sizes_are_qlabels_own(texts, points, bold, setup, widths):
    """UnbrokenLabel.qt_sizes and qt_height_for_width give what QLabel gives for the text the label shows,
    however it is set, through new texts."""
    get_qapp()
    reference, label = QLabel(), UnbrokenLabel()
    for each in (reference, label):
        each.setWordWrap(True)
        each.setTextFormat(Qt.TextFormat.PlainText)
        each.setFont(_font(points, bold))
        for setting, value in setup:
            _set(each, setting, value)
    for text in texts:
        label.setText(text)
        QLabel.setText(reference, QLabel.text(label))
        QLabel.setWordWrap(reference, True)  # (QLabel measures its hints afresh after any setWordWrap)
        sizes = label.qt_sizes()
        assert sizes is not None
        assert sizes == (reference.sizeHint(), reference.minimumSizeHint())
        assert [label.qt_height_for_width(w) for w in widths] == [reference.heightForWidth(w) for w in widths]


@pytest.mark.parametrize("setting", ["rich", "selectable", "indent", "buddy", "no wrap", "right to left"])
def test_what_qlabel_lays_out_otherwise_is_left_to_qlabel(setting):
    """A text in a document (rich or selectable), with an indent or a shortcut, unwrapped or right to left:
    QLabel measures it its own way, and the label asks QLabel (and answers as QLabel does)."""
    get_qapp()
    label = SteadyLabel()
    label.setWordWrap(setting != "no wrap")
    text = "Official Account + Mini Program: ¥1.2M over 3 years"
    if setting == "rich":
        label.setTextFormat(Qt.TextFormat.RichText)
        text = f"<b>{text}</b>"
    elif setting == "selectable":
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    elif setting == "indent":
        label.setIndent(12)
    elif setting == "buddy":
        label.setBuddy(QLabel())
        text = "&" + text
    elif setting == "right to left":
        text = "שלום " + text
    label.setText(text)
    assert label.qt_sizes() is None
    assert label.qt_height_for_width(150) is None
    reference = QLabel()
    for each in (reference,):
        each.setWordWrap(label.wordWrap())
        each.setTextFormat(label.textFormat())
        each.setTextInteractionFlags(label.textInteractionFlags())
        each.setIndent(label.indent())
        if label.buddy() is not None:
            each.setBuddy(QLabel())
    reference.setText(QLabel.text(label))
    assert label.sizeHint() == reference.sizeHint()
    if label.wordWrap():
        assert label.heightForWidth(150) == reference.heightForWidth(150)


def test_a_new_font_is_measured_anew():
    """The text shaped once is the text in the label's font: another font (presenting, Preferences) shapes
    it again, and every size follows QLabel's in the new font."""
    get_qapp()
    reference, label = QLabel(), UnbrokenLabel()
    text = "Likely cost: ¥1.2M over 3 years (¥900k – ¥1.6M); first year ¥312k (¥190k – ¥478k)."
    for each in (reference, label):
        each.setWordWrap(True)
    label.setText(text)
    QLabel.setText(reference, QLabel.text(label))
    before = label.qt_height_for_width(180)
    assert before == reference.heightForWidth(180)
    for each in (reference, label):
        each.setFont(_font(17.0, True))
    QLabel.setText(reference, QLabel.text(label))
    assert label.qt_height_for_width(180) == reference.heightForWidth(180) > before
    assert label.qt_sizes() == (reference.sizeHint(), reference.minimumSizeHint())
