"""The Compare window writes each plan's score as the main window writes it for the same scenario.

Its score row read "84.1", "73.5" and "78" for food_ordering, bank_care and yoga_teacher: "78" is yoga_teacher's
78.27 written whole, as its own window, handout and JSON write it (no plan that lost is within a point of it, so its
score needs no tenth: score_digits), not a whole 78.0 written without its decimal."""

from __future__ import annotations

import re

import pytest

from wxdesk.engine import load_preset, preset_ids
from wxdesk.ui.compare_dialog import open_compare
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _score_cells(dialog) -> list[str]:
    row = [key for key, _differs in dialog._row_kinds].index("plan_score")
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_a_score_reads_in_compare_as_in_the_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    presets = sorted(preset_ids())
    dialog = open_compare(window)
    dialog.add_preset(presets[0])
    seen = []
    for preset in presets:
        window.document.set_scenario(load_preset(preset, "en"))
        qtbot.waitUntil(lambda: dialog.entries[0][1] == window.document.evaluation.scenario)
        shown = re.fullmatch(r"Plan score: (\S+) out of 100", window.plan_area.summary.score_label.text())
        assert shown is not None, window.plan_area.summary.score_label.text()
        assert _score_cells(dialog)[0] == shown.group(1), preset
        # A score written whole is its own number rounded, never a tenth dropped from one that needs it.
        evaluation = window.document.evaluation
        written = shown.group(1)
        assert float(written) == pytest.approx(evaluation.plan.score, abs=0.5 if "." not in written else 0.05)
        seen.append(written)
    assert any("." in s for s in seen) and any("." not in s for s in seen), seen
    dialog.close()
