"""The fade at a scroll area's lower edge: shown only where more lies below, over the edge itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from wxdesk.ui.app import get_qapp
from wxdesk.ui.scroll_fade import OPAQUE_FROM, ScrollFade

pytestmark = pytest.mark.gui


def _area(qtbot, lines: int) -> QScrollArea:
    get_qapp()
    content = QWidget()
    layout = QVBoxLayout(content)
    for i in range(lines):
        layout.addWidget(QLabel(f"Line {i}"))
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    QApplication.processEvents()
    return area


def test_the_edge_fades_where_more_lies_below_and_not_at_the_end(qtbot):
    area = _area(qtbot, 40)
    fade = ScrollFade(area)
    QApplication.processEvents()
    viewport = area.viewport()
    assert fade.isVisible()
    assert fade.geometry().bottom() == viewport.rect().bottom() and fade.width() == viewport.width()
    assert fade.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    # What lies under the fade is what a click there reaches.
    under = viewport.childAt(QPoint(10, viewport.height() - 2))
    assert under is not fade
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert not fade.isVisible()
    area.verticalScrollBar().setValue(0)
    area.resize(320, 260)
    QApplication.processEvents()
    assert fade.isVisible() and fade.geometry().bottom() == area.viewport().rect().bottom()


def test_nothing_fades_where_everything_fits(qtbot):
    area = _area(qtbot, 2)
    fade = ScrollFade(area)
    QApplication.processEvents()
    assert not fade.isVisible()



def test_the_fade_paints_from_clear_to_the_content_s_colour(qtbot):
    """The gradient (its Qt class made as the fade first paints) hides the content whole over its lower part."""
    area = _area(qtbot, 40)
    fade = ScrollFade(area)
    QApplication.processEvents()
    assert fade.isVisible()
    base = area.widget().palette().color(area.widget().backgroundRole()).rgb()
    top = fade.y() + round(fade.height() * OPAQUE_FROM) + 1
    rows = range(top, fade.geometry().bottom() + 1)

    def lower_part() -> set[int]:
        image = area.viewport().grab().toImage()
        return {image.pixel(x, y) for y in rows for x in range(image.width())}

    assert lower_part() == {base}
    fade.hide()  # what the fade covers there: text (else this test would show nothing)
    assert lower_part() != {base}


def test_the_edge_fades_where_what_must_be_read_whole_runs_past_it(qtbot):
    """Kept clear of the content above `keep_clear`, the fade shortens; where that content runs past the edge (the
    split held mid-drag), the edge cuts it anyway, and the full fade covers the cut rather than none."""
    area = _area(qtbot, 40)
    fade = ScrollFade(area)
    QApplication.processEvents()
    full = fade.height()
    viewport = area.viewport().height()
    fade.keep_clear(viewport - full // 2)  # the line to keep clear inside the fade's room: a shorter fade
    assert fade.isVisible() and fade.y() == viewport - full // 2
    fade.keep_clear(viewport + 30)  # past the edge: the full fade over the cut
    assert fade.isVisible() and fade.height() == full and fade.geometry().bottom() == area.viewport().rect().bottom()
