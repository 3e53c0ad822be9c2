"""Once shown, the desk's cards give size hints measured at the width they are shown at (shown_size): new texts
are laid out at no width the window does not show, and the hint keeps Qt's width and the card's real height."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from wxdesk.ui.shown_size import SizedWhereShown, SpanningWhereShown
from wxdesk.ui.steady_label import SteadyLabel

pytestmark = pytest.mark.gui

SENTENCES = ("The plan: Mini Program + Native app + WeCom", "Likely cost: ¥1.39M over 3 years, first year ¥620k",
             "− Not in the plan: adding it would lower the plan's score by 5 points.", "Plan score: 65 out of 100",
             "方案：小程序 + 原生应用 + 企业微信", "预计成本：三年 ¥139万，首年约 ¥62万")


class _Card(SizedWhereShown, QWidget):
    """A card as the desk's are (PlanSummary, a presence's panel): wrapping labels one under another."""

    def __init__(self, texts: list[str]):
        super().__init__()
        layout = QVBoxLayout(self)
        self.labels = []
        for line in texts:
            label = SteadyLabel(line)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
            self.labels.append(label)


class _Spanning(SpanningWhereShown, QWidget):
    """A part across the accounts' column (the plan, the panels' grid) holding two cards."""

    def __init__(self, cards: list[_Card]):
        super().__init__()
        layout = QVBoxLayout(self)
        for card in cards:
            layout.addWidget(card)


def _desk(texts: list[str]) -> tuple[QScrollArea, list[_Card]]:
    """The accounts' column as the window makes it: a resizable scroll area's plain widget holding the part."""
    cards = [_Card(texts), _Card(texts[::-1])]
    accounts = QWidget()
    QVBoxLayout(accounts).addWidget(_Spanning(cards))
    scroll = QScrollArea()
    scroll.setWidget(accounts)
    scroll.setWidgetResizable(True)
    # (A scroll bar that comes or goes gives the texts a second width they may be shown at: not the case here.)
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.resize(420, 300)
    scroll.show()
    QApplication.processEvents()
    return scroll, cards


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4),
       new=st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4))
def test_new_texts_are_measured_only_at_the_widths_shown(texts, new):
    """A shown card given new texts (a slider move) has them laid out where they show, and at no other width:
    Qt's hints would lay each out at the width of its widest line too, for hints no layout uses."""
    scroll, cards = _desk(texts)
    ours = {id(label) for card in cards for label in card.labels}
    measured: list[tuple[SteadyLabel, int]] = []
    qt_height = SteadyLabel._qt_height

    def counted(label: SteadyLabel, width: int) -> int:
        # Only this desk's labels count: a window an earlier test in this worker left open may lay out its own
        # labels in the same processEvents, at widths that are none of this test's business.
        if id(label) in ours:
            measured.append((label, width))
        return qt_height(label, width)

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(SteadyLabel, "_qt_height", counted)
            for card in cards:
                for label, line in zip(card.labels, new + texts):
                    label.setText(f"{line} ¥{len(measured)}{id(label)}")  # a text no label has measured yet
            QApplication.processEvents()
        assert measured
        assert all(width == label.width() for label, width in measured), [(w, label.width()) for label, w in measured]
    finally:
        scroll.close()


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), width=st.integers(160, 700))
def test_the_hint_is_qts_width_and_the_height_shown(texts, width):
    """Shown, a card's hint is as wide as Qt's and as high as the card at its width; not shown, it is Qt's."""
    card = _Card(texts)
    qt_hint = QWidget.sizeHint(card)
    assert card.sizeHint() == qt_hint  # (not shown)
    card.resize(width, 400)
    card.show()
    QApplication.processEvents()
    assert card.sizeHint() == QSize(QWidget.sizeHint(card).width(), card.heightForWidth(card.width()))
    spanning = _Spanning([_Card(texts)])
    spanning.resize(width, 400)
    spanning.show()
    QApplication.processEvents()
    assert spanning.sizeHint() == QSize(spanning.width(), spanning.heightForWidth(spanning.width()))
    card.close()
    spanning.close()
