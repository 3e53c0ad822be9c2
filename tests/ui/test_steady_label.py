"""SteadyLabel: QLabel's own height for a width, asked once; no repaint for a question."""

from __future__ import annotations

import pytest
from event_counts import EventCount
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from wxdesk.ui.app import get_qapp
from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.unbroken_label import UnbrokenLabel

pytestmark = pytest.mark.gui

TEXTS = st.text(st.sampled_from("ab cd efg 公众号（原订阅号） ¥1.2M\n"), max_size=80)


class _Reference(QLabel):
    """QLabel asked afresh each time, holding what the SteadyLabel lays out (its text with figures and
    names kept whole, see UnbrokenLabel): the answer the SteadyLabel must give from memory."""

    def twin(self, steady: SteadyLabel) -> _Reference:
        if self.textFormat() != steady.textFormat():  # (a SteadyLabel starts as plain text, QLabel guessing)
            QLabel.setTextFormat(self, steady.textFormat())
        if QLabel.text(self) != QLabel.text(steady):
            QLabel.setText(self, QLabel.text(steady))
        return self

    def fresh(self, steady: SteadyLabel) -> _Reference:
        """The twin with its size hints measured afresh: QLabel keeps them over some changes of setting
        (becoming selectable, say), which the SteadyLabel, measuring again, follows."""
        self.twin(steady)
        QLabel.setWordWrap(self, self.wordWrap())  # (QLabel measures again after any setWordWrap)
        return self


def _pair(text: str, rich: bool, selectable: bool) -> tuple[_Reference, SteadyLabel]:
    labels = (_Reference(), SteadyLabel())
    for label in labels:
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(text)
    return labels


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, rich=st.booleans(), selectable=st.booleans(),
       widths=st.lists(st.integers(1, 600), min_size=1, max_size=25), later=TEXTS, points=st.sampled_from([8, 11, 17]))
def test_the_height_for_a_width_is_qlabels_own(text, rich, selectable, widths, later, points):
    get_qapp()
    plain, steady = _pair(text, rich, selectable)
    for width in widths + widths[::-1]:  # asked again: remembered, and still QLabel's answer
        assert steady.heightForWidth(width) == plain.twin(steady).heightForWidth(width)
    # Another text, then another font: the answer follows each.
    for label in (plain, steady):
        label.setText(later)
    assert [steady.heightForWidth(w) for w in widths] == [plain.twin(steady).heightForWidth(w) for w in widths]
    for label in (plain, steady):
        font = QFont(label.font())
        font.setPointSize(points)
        label.setFont(font)
    assert [steady.heightForWidth(w) for w in widths] == [plain.twin(steady).heightForWidth(w) for w in widths]
    # New margins change the room for the text.
    for label in (plain, steady):
        label.setContentsMargins(7, 3, 11, 2)
    assert [steady.heightForWidth(w) for w in widths] == [plain.twin(steady).heightForWidth(w) for w in widths]


CHANGES = st.sampled_from(["text", "same text", "number", "clear", "format", "wrap", "margin", "indent", "selectable",
                           "buddy"])
# Texts that wrap at most of the widths asked: a change of setting then shows in the height.
SENTENCES = st.sampled_from(["Official Account (formerly Subscription Account) + Mini Program + WeCom",
                             "&First-year budget for the Official Account && the Mini Program",
                             "公众号（原订阅号） + 小程序 + 企业微信：首年约 ¥120万",
                             "<b>Native app</b> or Mini Program? The Mini Program, at a third of the cost"])


def _change(label: QLabel, change: str, text: str, number: float, amount: int, buddy: QLabel) -> None:
    if change == "text":
        label.setText(text)
    elif change == "same text":
        label.setText(label.text())
    elif change == "number":
        label.setNum(number)
    elif change == "clear":
        label.clear()
    elif change == "format":
        rich = label.textFormat() != Qt.TextFormat.RichText
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    elif change == "wrap":
        label.setWordWrap(not label.wordWrap())
    elif change == "margin":
        label.setMargin(amount)
    elif change == "indent":
        label.setIndent(amount)
    elif change == "selectable":
        selectable = label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction if selectable
                                      else Qt.TextInteractionFlag.TextSelectableByMouse)
    else:
        label.setBuddy(None if label.buddy() else buddy)


# Twelve widths across what a panel's label gets, all remembered at once (fewer than REMEMBERED_WIDTHS).
SPREAD_WIDTHS = st.integers(0, 29).map(lambda offset: [20 + offset + 30 * k for k in range(12)])


@settings(max_examples=60, deadline=None)
@given(text=SENTENCES, widths=SPREAD_WIDTHS,
       changes=st.lists(st.tuples(CHANGES, SENTENCES | TEXTS, st.floats(-1e9, 1e9), st.integers(0, 40)),
                        min_size=1, max_size=8))
def test_every_setting_that_moves_the_height_is_followed(text, widths, changes):
    """Asked between any of QLabel's setters (it remembers by width, not by text or setting), still QLabel's answer."""
    get_qapp()
    plain, steady = _pair(text, rich=False, selectable=False)
    buddies = {label: QLabel(label) for label in (plain, steady)}  # a widget to give each as its buddy
    assert [steady.heightForWidth(w) for w in widths] == [plain.twin(steady).heightForWidth(w) for w in widths]
    for change, later, number, amount in changes:
        for label in (plain, steady):
            if label is plain and change in ("text", "same text", "number"):
                continue  # the twin is given the text the SteadyLabel shows, below, and nothing else: QLabel
                # reads a text again at each setText (with a buddy gone, its ampersand shows again)
            _change(label, change, later, number, amount, buddies[label])
        expected = [plain.twin(steady).heightForWidth(w) for w in widths]
        assert [steady.heightForWidth(w) for w in widths] == expected, change
        assert steady.sizeHint() == plain.fresh(steady).sizeHint(), change


def _setup(label: QLabel, setting: str, value: int) -> None:
    if setting == "font":
        font = QFont(label.font())
        font.setPointSize(6 + value)
        label.setFont(font)
    elif setting == "margins":
        label.setContentsMargins(value, 1, value // 2, 0)
    elif setting == "margin":
        label.setMargin(value)
    elif setting == "indent":
        label.setIndent(value)
    elif setting == "frame":
        label.setFrameShape(QFrame.Shape.Box)
        label.setLineWidth(1 + value % 3)
    elif setting == "alignment":
        label.setAlignment(Qt.AlignmentFlag.AlignRight if value % 2 else Qt.AlignmentFlag.AlignHCenter)
    elif setting == "largest":
        label.setMaximumWidth(40 + 10 * value)
    elif setting == "least":  # QLabel measures a text at no less than the label's least width
        label.setMinimumWidth(40 + 10 * value)
    elif setting == "least_height":
        label.setMinimumHeight(5 + 3 * value)
    elif setting == "selectable":
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    elif setting == "rich":
        label.setTextFormat(Qt.TextFormat.RichText)


SETTINGS = st.sampled_from(["font", "margins", "margin", "indent", "frame", "alignment", "largest", "least",
                            "least_height", "selectable", "rich", "none"])


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(SENTENCES | TEXTS, min_size=1, max_size=4), widths=SPREAD_WIDTHS,
       setups=st.lists(st.tuples(SETTINGS, st.integers(0, 20)), min_size=2, max_size=5))
def test_labels_set_apart_showing_the_same_text_each_give_their_own_sizes(texts, widths, setups):
    """What one label measured, another showing the same text reuses only where it is set the same way:
    each answers as QLabel (and UnbrokenLabel, for the least width that keeps figures whole) itself does."""
    get_qapp()
    labels = []
    for setting, value in setups:
        reference, steady, unbroken = _Reference(), SteadyLabel(), UnbrokenLabel()
        for label in (reference, steady, unbroken):
            label.setWordWrap(True)
            _setup(label, setting, value)
        labels.append((reference, steady, unbroken))
    for text in texts + texts[::-1]:  # shown again: answered from what was measured before
        for reference, steady, unbroken in labels:
            for label in (steady, unbroken):
                label.setText(text)
            twin = reference.fresh(steady)
            assert [steady.heightForWidth(w) for w in widths] == [twin.heightForWidth(w) for w in widths]
            assert steady.sizeHint() == twin.sizeHint()
            assert steady.minimumSizeHint() == unbroken.minimumSizeHint()


@pytest.mark.parametrize("make, paints_again", [(QLabel, True), (SteadyLabel, False)], ids=["QLabel", "SteadyLabel"])
def test_a_selectable_label_asked_its_height_is_not_repainted(qtbot, make, paints_again):
    """Why SteadyLabel exists: QLabel lays a selectable (or rich) text out again for each question and
    repaints itself, its text unchanged. The QLabel case pins the Qt behaviour this works around."""
    get_qapp()
    label = make("The plan: Official Account (formerly Subscription Account) + Mini Program")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    qtbot.addWidget(label)
    label.resize(220, 60)
    label.show()
    qtbot.waitExposed(label)
    for width in (150, 220, 300):
        label.heightForWidth(width)  # the first questions: QLabel's own answers
    QApplication.processEvents()
    paints = EventCount([label], QEvent.Type.Paint)
    for _round in range(3):
        for width in (150, 220, 300):
            label.heightForWidth(width)
        QApplication.processEvents()
    assert (paints.count > 0) == paints_again
