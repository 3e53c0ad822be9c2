"""At rest, the window's search for flip points first finds the break-even audiences of every plan the sliders
may reach (wxdesk.engine.evaluator.prepare_break_evens): a drag that gives the plan other presences then finds
them ready, rather than searching for them in the move that is already among its dearest."""

from __future__ import annotations

import pytest
from break_even_searches import counting_searches
from PySide6.QtWidgets import QSlider

from wxdesk.engine import load_preset
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_drag_after_the_search_at_rest_searches_no_break_even(qtbot):
    clear_cost_cache()
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_scenario(load_preset("food_ordering"))
    window.features.flip_labels.flush()  # the search at rest, as 250 ms after the last change
    slider = window.findChild(QSlider, "audienceSlider")
    bases = set()
    with counting_searches() as searches:
        for position in range(slider.minimum(), slider.maximum() + 1, 25):
            slider.setValue(position)
            bases.add(tuple(p for p in window.document.evaluation.plan.presences
                            if p not in ("native_app", "mini_program")))
    assert len(bases) > 1  # the drag gives the plan other presences
    assert searches == []


def test_a_preparation_that_fails_leaves_the_search_for_flip_points_as_it_was(qtbot, monkeypatch):
    from wxdesk.engine import evaluator

    def fails(scenario, pack):
        raise FloatingPointError("a figure the model cannot use")

    monkeypatch.setattr(evaluator, "prepare_break_evens", fails)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_scenario(load_preset("food_ordering"))
    points = window.features.flip_labels.flush()
    assert points is not None and any(point is not None for point in points.values())
