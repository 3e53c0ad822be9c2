"""The window says which data-pack figures the scenario sets for itself, in the sentence the handout, the long image
and the copied summary say it in ("Figures set for this scenario: …"), under the plan's budget sentence.

A reviewer opened a bank's scenario whose cost per app install was its own: the plan moved from WeCom + Native app
to Mini Program + WeCom, and nothing in the window said that a figure was not the pack's (the status bar named the
pack alone). The line is hidden where the scenario sets none, follows every edit, undo, file and language, is set
only when the overrides change (a slider move writes nothing), fits the compact desk at 1366×768 and presenting,
and a click on it shows those figures in the Assumptions dock.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wxdesk.engine import load_preset
from wxdesk.engine.scenario import with_override
from wxdesk.report.answer import build_answer
from wxdesk.ui import text
from wxdesk.words.own_figures import own_figures_sentence

pytestmark = pytest.mark.gui

FIGURE = "app_cost_per_install_cny"  # "Paid cost per app install in China"
OWN = {"low": 3, "likely": 20, "high": 34}


def bank_care_own():
    """bank_care with its cost per app install set for the scenario (its plan moves to Mini Program + WeCom)."""
    return with_override(load_preset("bank_care"), FIGURE, **OWN)


def line(window) -> str:
    """The line as shown: its text where it shows, else ""."""
    label = window.plan_area.summary.own_figures_label
    return label.text() if label.isVisibleTo(window) else ""


@pytest.fixture
def window(laptop_window):
    return laptop_window


def test_the_window_says_the_figures_the_scenario_sets_as_the_handout_and_the_summary_do(window, qtbot):
    window.document.load(bank_care_own())
    qtbot.wait(20)
    shown = line(window)
    assert shown == "Figures set for this scenario: Paid cost per app install in China."
    pack, evaluation = window.document.pack, window.document.evaluation
    words = text.words(pack)
    # One sentence: the words' own, the handout's and long image's (their Answer), the copied summary's.
    assert shown == own_figures_sentence(pack.with_overrides(evaluation.scenario.overrides), words)
    assert shown == build_answer(evaluation, pack, words).own_figures
    assert shown in window.summary_text().splitlines()
    # Under the budget's sentence, muted, with a tooltip that says where the figures are.
    summary = window.plan_area.summary
    assert summary.own_figures_label.y() > summary.budget_label.y()
    assert summary.own_figures_label.toolTip()


def test_hidden_where_the_scenario_sets_no_figure(window, qtbot):
    window.document.load(load_preset("bank_care"))
    qtbot.wait(20)
    assert line(window) == ""
    assert not window.plan_area.summary.own_figures_label.isVisibleTo(window)


def test_the_line_follows_edits_undo_redo_files_and_the_language(window, qtbot):
    document = window.document
    document.load(load_preset("bank_care"))
    qtbot.wait(20)
    assert line(window) == ""
    # An edit (as the Assumptions table makes one), which here moves the plan too.
    document.set_scenario(with_override(document.scenario, FIGURE, **OWN))
    assert line(window) == "Figures set for this scenario: Paid cost per app install in China."
    # A second figure that leaves the plan's figures as they were: the line still follows.
    plan = document.evaluation.plan
    copyright_fee = document.pack.figures["software_copyright_cny"]
    document.set_scenario(with_override(document.scenario, copyright_fee.id, copyright_fee.low,
                                        copyright_fee.likely, copyright_fee.high))
    assert document.evaluation.plan == plan
    assert line(window) == own_figures_sentence(document.pack.with_overrides(document.scenario.overrides),
                                                text.words(document.pack))
    assert copyright_fee.label in line(window) and "Paid cost per app install in China" in line(window)
    document.undo_stack.undo()
    assert line(window) == "Figures set for this scenario: Paid cost per app install in China."
    document.undo_stack.undo()
    assert line(window) == ""
    document.undo_stack.redo()
    assert line(window) == "Figures set for this scenario: Paid cost per app install in China."
    # Another file, which sets none.
    document.load(load_preset("car_brand"))
    assert line(window) == ""
    document.load(bank_care_own())
    from wxdesk.ui import i18n
    try:
        i18n.set_language("zh_CN")
        qtbot.wait(10)
        assert line(window) == "本场景单独设定的数据：中国应用每次安装的获客成本。"
        assert line(window) == own_figures_sentence(document.pack.with_overrides(document.scenario.overrides),
                                                    text.words(document.pack))
    finally:
        i18n.set_language("en")
    assert line(window) == "Figures set for this scenario: Paid cost per app install in China."


def test_a_slider_move_writes_no_sentence(window, qtbot, monkeypatch):
    """The sentence is written when the overrides change, not at each move of a drag (docs/performance.md)."""
    window.document.load(bank_care_own())
    qtbot.wait(20)
    label = window.plan_area.summary.own_figures_label
    written = []
    import wxdesk.words.own_figures as own_figures
    monkeypatch.setattr(own_figures, "own_figures_sentence", lambda *a: written.append(a) or "")
    original = label.setText
    monkeypatch.setattr(label, "setText", lambda t: (written.append(t), original(t)))
    document = window.document
    document.begin_drag("audience")
    for audience in (1.4e6, 1.3e6, 2e6, 5e5):
        document.update(audience=audience)
    document.end_drag()
    document.update(budget_cny=4_000_000)
    assert written == []
    assert line(window) == "Figures set for this scenario: Paid cost per app install in China."


def test_a_click_shows_the_changed_figures_in_the_assumptions_dock(window, qtbot):
    from wxdesk.ui.assumptions import SHOW_EDITED
    window.document.load(bank_care_own())
    qtbot.wait(20)
    QTest.mouseClick(window.plan_area.summary.own_figures_label, Qt.MouseButton.LeftButton)
    assumptions = window.features.assumptions
    assert assumptions.action.isChecked() and assumptions.dock.isVisible()
    panel = assumptions.dock.widget()
    assert panel.group.currentData() == SHOW_EDITED
    assert [panel.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            for row in range(panel.proxy.rowCount())] == ["✎ Paid cost per app install in China"]
    window.features.assumptions.action.setChecked(False)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("presenting", [False, True])
def test_the_line_fits_at_1366x768_and_presenting(language, presenting, chart_probes, tmp_path):
    """The compact desk at 1366×768, and presenting on such a projector: the line shows whole, and no text of the
    window is cut, nor the plan and the panels' first reasons out of view."""
    scenario = tmp_path / "bank_care_own.json"
    scenario.write_text(json.dumps(bank_care_own().to_dict()))
    result = chart_probes("1366x768", language, str(scenario), *([] if presenting else ["window"]))
    assert result["own_figures"].startswith("Figures set for this scenario" if language == "en" else "本场景单独设定")
    assert result["out_of_view"] == [] and result["comparison_cut"] == [] and result["problems"] == []
    assert result["texts_cut"] == []


def test_presenting_writes_the_line_in_the_type_and_colour_of_the_lines_around_it(window, qtbot):
    """The figures the scenario sets move the plan: read across a room they are no aside in small grey type, as the
    plan's score reasons are not. Leaving the presentation puts the aside back."""
    from PySide6.QtGui import QPalette
    window.document.load(bank_care_own())
    qtbot.wait(20)
    summary = window.plan_area.summary
    label = summary.own_figures_label
    muted_role, muted_points = label.foregroundRole(), label.font().pointSizeF()
    assert muted_role == QPalette.ColorRole.PlaceholderText
    assert muted_points < summary.budget_label.font().pointSizeF()
    window.features.presentation.action.setChecked(True)
    try:
        assert label.isVisibleTo(window)
        assert label.foregroundRole() == summary.budget_label.foregroundRole() == QPalette.ColorRole.WindowText
        assert label.font().pointSizeF() == pytest.approx(summary.budget_label.font().pointSizeF())
    finally:
        window.features.presentation.action.setChecked(False)
    assert label.foregroundRole() == muted_role
    assert label.font().pointSizeF() == pytest.approx(muted_points)
