"""A fold toggle's new line lays the plan area out again only where it takes another height."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from wxdesk.engine import load_datapack
from wxdesk.ui.app import get_qapp
from wxdesk.ui.plan_view import PlanArea

pytestmark = pytest.mark.gui

NAMES = ["Service Account + Mini Program", "Mini Program + WeCom + Native app",
         "Official Account (formerly Subscription Account) + Mini Program"]


@pytest.fixture
def area(qtbot):
    get_qapp()
    area = PlanArea(load_datapack())
    qtbot.addWidget(area)
    area.set_compact(True)  # the best plans folded behind their toggle, as on a laptop
    area.resize(900, 300)
    area.show()
    qtbot.waitExposed(area)
    area.best_plans_toggle.set_line("Next best: " + NAMES[0])
    QApplication.processEvents()
    assert area.best_plans_toggle.isVisible() and not area.layout().geometry().isNull()
    return area


def test_a_new_line_of_the_same_height_leaves_the_plan_area_laid_out(area):
    toggle = area.best_plans_toggle
    height, before = toggle.height(), toggle.geometry()
    toggle.set_line("Next best: " + NAMES[1])
    assert toggle.text() == "Next best: " + NAMES[1]
    assert toggle.sizeHint().height() == height
    assert not area.layout().geometry().isNull()  # not told: nothing above it is measured again
    QApplication.processEvents()
    assert toggle.geometry() == before


def test_a_new_line_of_another_height_lays_the_plan_area_out_again(area):
    toggle = area.best_plans_toggle
    toggle.set_most_lines(2)
    QApplication.processEvents()
    one_line = toggle.height()
    # Too wide for one line at this width: the toggle takes two, and the plan area gives it their height.
    toggle.set_line("Next best: " + "; ".join(NAMES * 2), ["Next best: " + "; ".join((NAMES * 2)[:count])
                                                          for count in range(1, 7)])
    assert "\n" in toggle.text()
    assert area.layout().geometry().isNull()  # told, as QToolButton.setText tells it
    QApplication.processEvents()
    assert toggle.height() == toggle.sizeHint().height() > one_line
