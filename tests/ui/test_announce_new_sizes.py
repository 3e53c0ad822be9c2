"""announce_new_sizes tells the layouts above a card whose contents changed, and passes over a hidden one."""

from __future__ import annotations

import pytest
from event_counts import EventCount
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from wxdesk.ui.app import get_qapp
from wxdesk.ui.settle import announce_new_sizes

pytestmark = pytest.mark.gui


def _desk(qtbot):
    """A desk of two cards, the second hidden (as the best plans are, folded on the compact desk)."""
    get_qapp()
    top = QWidget()
    qtbot.addWidget(top)
    column = QVBoxLayout(top)
    cards = []
    for i in range(2):
        card = QWidget()
        QVBoxLayout(card).addWidget(QLabel(f"card {i}"))
        column.addWidget(card)
        cards.append(card)
    cards[1].hide()
    top.resize(200, 200)
    top.show()
    qtbot.waitExposed(top)
    QApplication.processEvents()
    return top, cards


def test_a_hidden_card_lays_nothing_out(qtbot):
    """A hidden card's layout has no geometry (it is never laid out while hidden), whatever changed in it; it
    takes no room, so nothing above it is told: the desk was measured and laid out again at nearly every
    slider move for the folded best plans."""
    top, cards = _desk(qtbot)
    cards[1].layout().itemAt(0).widget().setText("card 1, a new text")
    assert cards[1].layout().geometry().isNull()
    requests = EventCount([top], QEvent.Type.LayoutRequest)
    assert not announce_new_sizes(cards, top)
    QApplication.processEvents()
    assert requests.count == 0


def test_a_shown_card_that_changed_is_announced_and_laid_out_as_qt_lays_it_out(qtbot):
    top, cards = _desk(qtbot)
    cards[0].layout().itemAt(0).widget().setText("card 0\non two lines")
    assert announce_new_sizes(cards, top)
    QApplication.processEvents()
    label = cards[0].layout().itemAt(0).widget()
    assert label.height() >= label.sizeHint().height()
    assert cards[0].height() >= cards[0].layout().totalSizeHint().height()


def test_on_the_compact_desk_a_drag_leaves_every_widget_where_a_fresh_window_puts_it(shown_window, qtbot):
    """The best plans folded away (a desk too short for them: the window at 1280×800), a drag over the audience
    slider lays the desk out only for what shows; after it, every widget of the desk is where a window opened on
    the scenario it ends at puts it, showing the same texts."""
    from PySide6.QtWidgets import QSlider

    from wxdesk.ui import MainWindow
    from wxdesk.ui.document import ScenarioDocument
    from wxdesk.ui.main_window import _widgets_under
    window = shown_window
    window.resize(1280, 800)
    for _ in range(3):
        QApplication.processEvents()
    assert not window.plan_area.best_plans.isVisible()  # folded: the case laid out at every move before
    slider = window.findChild(QSlider, "audienceSlider")
    steps = [slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 20) for i in range(21)]
    for position in steps + steps[-2::-1][:9]:
        slider.setValue(position)
        QApplication.processEvents()
    qtbot.wait(300)  # the drag's pause: the cards fit their texts again
    fresh = MainWindow(ScenarioDocument(window.document.scenario, pack=window.document.pack))
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    qtbot.waitUntil(lambda: fresh.built_chart is not None)
    fresh.resize(window.size())  # (after its show, which restores the size the settings keep)
    qtbot.wait(300)

    def shown(w):
        accounts = w.desk_splitter.widget(0).widget()
        return [(widget.objectName(), type(widget).__name__, widget.geometry().getRect(),
                 widget.text() if isinstance(widget, QLabel) else None)
                for widget in _widgets_under(accounts) if widget.isVisibleTo(accounts)]
    assert shown(window) == shown(fresh)
