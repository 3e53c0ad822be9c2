"""A recovered autosave the model cannot compute is restored and shown as it is, with no answer on screen.

Reviewed in session 53: restoring such an autosave at the start loaded it into the document, but the controls
and the answer kept showing the previous scenario's (only an answer tells the views), and Save wrote figures the
screen did not show. Refusing it would lose the user's work: it is shown, with no answer of other figures beside
it, the exports wait, and an edit that makes it computable brings the answer back.
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from wxdesk.engine import load_preset, scenario_from_dict
from wxdesk.ui import recovery
from wxdesk.ui.autosave import RECOVERY_FORMAT
from wxdesk.ui.recovery_folder import recovery_dir

pytestmark = pytest.mark.gui

BROKEN = {"install_conversion": 1e-300, "first_open_rate": 1e-300}


def write_autosave(scenario_data: dict) -> None:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    record = {"format": RECOVERY_FORMAT, "scenario": scenario_data, "path": None, "saved_at": time.time() - 60}
    (folder / "crashed-session.json").write_text(json.dumps(record), encoding="utf-8")


def uncomputable_work() -> dict:
    data = load_preset("car_brand").to_dict()
    data.update(client="EV maker", budget_cny=2_345_000, audience=321_000, overrides=BROKEN)
    return data


@pytest.fixture
def restored(window, monkeypatch):
    """The window after the user restored an uncomputable autosave at the start, the bank example shown before."""
    assert window.features.file_actions.open_preset("bank_care")
    window.show()
    window.build_chart()
    before = window.document.evaluation
    write_autosave(uncomputable_work())
    monkeypatch.setattr(recovery, "ask_recovery", lambda parent, works: (recovery.RESTORE, works[0]))
    assert recovery.offer_recovery(window)
    QApplication.processEvents()
    return window, before


def visible_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def test_the_restored_work_is_shown_in_the_controls_and_the_title(restored):
    window, _before = restored
    document = window.document
    assert document.scenario == scenario_from_dict(uncomputable_work(), document.pack.figures)
    assert document.answer is None and document.problem
    controls = window.controls
    assert controls.client.text() == "EV maker"
    assert controls.budget_slider.isVisible()
    shown = controls._scenario
    assert shown == document.scenario, "the controls show the restored figures"
    assert window.windowTitle().startswith("EV maker · ")


def test_no_answer_of_other_figures_is_on_screen(restored):
    window, before = restored
    for view in (window.plan_area, window.panel_grid, window.chart_slot, window.variant_column,
                 window.recommendation_label, window.chart, *window.features.flip_labels.labels.values()):
        assert not view.isVisible()
    texts = visible_texts(window)
    old_plan_name = window.plan_area.summary.name_label.text()
    old_score = window.plan_area.summary.score_label.text()
    assert old_plan_name not in texts and old_score not in texts
    assert before.scenario.client not in " ".join(texts)
    notice = window.no_answer_notice
    assert notice.isVisible() and "cannot compute" in notice.text() and "undo" in notice.text()
    assert "last one it could compute" not in notice.text()


def test_exports_are_refused_while_there_is_no_answer(restored):
    window, _before = restored
    features = window.features
    for action in (window.copy_summary_action, features.report_export.action, features.chart_export.export_action,
                   features.chart_export.copy_action, features.share.share_action, features.share.copy_action):
        assert not action.isEnabled(), action.objectName()
    clipboard = QApplication.clipboard()
    clipboard.setText("mine")
    window.copy_summary()
    assert clipboard.text() == "mine"
    assert "no answer" in window.statusBar().currentMessage()


def test_an_edit_that_makes_it_computable_brings_the_answer_back(restored):
    window, before = restored
    window.document.update(overrides={})
    QApplication.processEvents()
    assert window.document.answer is not None and window.document.problem is None
    assert not window.no_answer_notice.isVisible()
    for view in (window.plan_area, window.panel_grid, window.chart_slot, window.variant_column,
                 *window.features.flip_labels.labels.values()):
        assert view.isVisible()
    assert window.features.report_export.action.isEnabled() and window.copy_summary_action.isEnabled()
    assert window.document.evaluation.scenario.client == "EV maker" != before.scenario.client
    assert "EV maker" in window.summary_text()


def test_save_writes_what_the_controls_show(restored, tmp_path):
    window, _before = restored
    path = tmp_path / "recovered.json"
    assert window.features.file_actions.save_to(path)
    saved = scenario_from_dict(json.loads(path.read_text(encoding="utf-8")), window.document.pack.figures)
    def figures(scenario):  # (the pack's date is written at a save)
        return {key: value for key, value in scenario.to_dict().items() if key != "saved_with_pack"}
    assert figures(saved) == figures(window.controls._scenario) == figures(window.document.scenario)
    assert saved.budget_cny == 2_345_000 and saved.client == window.controls.client.text()


def test_an_undo_into_an_uncomputable_edit_shows_its_figures_and_no_answer(window):
    """The same rule for an edit: the answer of the figures before it is not shown beside its figures."""
    document = window.document
    document.update(overrides=BROKEN)
    document.update(client="After")
    document.undo_stack.undo()
    assert document.problem and window.controls.client.text() == ""
    assert window.no_answer_notice.isVisibleTo(window) and not window.plan_area.isVisibleTo(window)
    document.undo_stack.undo()  # back before the figures
    assert document.problem is None and window.plan_area.isVisibleTo(window)
    assert not window.no_answer_notice.isVisibleTo(window)


def test_exports_called_directly_write_nothing_while_there_is_no_answer(restored, tmp_path):
    """The menus grey out; an export asked for otherwise (a shortcut queued before, a script) writes nothing either:
    the handout, chart and image would show the last answer found, of other figures."""
    window, _before = restored
    features = window.features
    report, chart, image = tmp_path / "r.pdf", tmp_path / "c.png", tmp_path / "i.png"
    assert features.report_export.export_to(report) is None
    assert features.chart_export.export_to(chart) is None
    assert features.share.save_to(image) is None
    assert features.share.copy() is None
    assert not report.exists() and not chart.exists() and not image.exists()
    assert window.statusBar().currentMessage() == window.no_answer_message()


def test_the_sensitivity_chart_shows_no_bars_of_other_figures(restored):
    window, _before = restored
    from wxdesk.ui.tornado import SensitivityView
    window.features.sensitivity.action.setChecked(True)
    QApplication.processEvents()
    view = window.findChild(SensitivityView)
    assert view is not None and not view.isVisible()
    window.document.update(overrides={})  # computable again: the chart is back
    QApplication.processEvents()
    assert view.isVisible()
