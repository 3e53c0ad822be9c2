"""The desk driven like a user would: sliders, keys, boxes; assertions on the data shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSlider

from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.datapack import ACCOUNT_IDS
from wxdesk.ui import text
from wxdesk.ui.controls import AUDIENCE_SCALE, BUDGET_SCALE, MINUTES_SCALE, LogScale

pytestmark = pytest.mark.gui

SLIDERS = {"budgetSlider": "budget_cny", "interactionSlider": "interaction_minutes", "audienceSlider": "audience"}


@pytest.fixture
def window(shown_window):
    # Amounts read in yuan: tests/ui/conftest.py resets the display currency around every test.
    shown_window.resize(1280, 720)
    return shown_window


def panel_texts(win) -> dict[str, tuple[str, ...]]:
    """Every label text of every account and option panel."""
    panels = {**win.account_panels, **win.option_panels}
    return {key: tuple(label.text() for label in panel.findChildren(QLabel)) for key, panel in panels.items()}


def slider(win, name: str) -> QSlider:
    found = win.findChild(QSlider, name)
    assert found is not None, name
    return found


def test_constructible_with_no_arguments_and_shows_the_default_scenario(window):
    evaluation = window.document.evaluation
    assert window.document.scenario == type(window.document.scenario)()
    assert set(window.account_panels) == set(ACCOUNT_IDS)
    assert window.recommendation_label.text() == text.render_reason(
        evaluation.app_vs_mini_program.recommendation, window.document.pack)
    for account in evaluation.accounts:
        assert window.account_panels[account.id].meter.number.text() == str(round(account.fit))
    likely = [b.likely for b in evaluation.app_vs_mini_program.native_app.cumulative]
    # The cumulative curve starts from nothing at launch (year 0).
    assert list(window.chart.app_curve.getData()[1]) == pytest.approx([0, *likely])


def test_menus_toolbar_and_status_bar_exist(window):
    titles = [m.title().replace("&", "") for m in (window.file_menu, window.edit_menu, window.view_menu,
                                                   window.help_menu)]
    assert titles == ["File", "Edit", "View", "Help"]
    assert window.file_menu.actions()[-1] is window.quit_action
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.toolbar.isVisible()
    assert window.statusBar().isVisible()
    assert window.minimumWidth() <= 1280 and window.minimumHeight() <= 720


@pytest.mark.parametrize("name", list(SLIDERS))
def test_each_slider_changes_the_scenario_panels_and_chart(window, name):
    field = SLIDERS[name]
    knob = slider(window, name)
    before_value = getattr(window.document.scenario, field)
    before_panels = panel_texts(window)
    before_chart = window.chart.snapshot()
    # Far ends: low enough that a budget falls short of a build, long sessions, a huge audience.
    knob.setValue(knob.minimum() if name == "budgetSlider" else knob.maximum())
    after = window.document.scenario
    assert getattr(after, field) != before_value
    assert panel_texts(window) != before_panels
    assert window.chart.snapshot() != before_chart
    # What the chart and panels show is the engine's answer for the new scenario, nothing of their own.
    expected = evaluate(after, window.document.pack)
    mp_likely = [b.likely for b in expected.app_vs_mini_program.mini_program.cumulative]
    assert list(window.chart.mp_curve.getData()[1]) == pytest.approx([0, *mp_likely])
    mp_high = [b.high for b in expected.app_vs_mini_program.mini_program.cumulative]
    assert list(window.chart.mp_high.getData()[1]) == pytest.approx([0, *mp_high])
    fits = [expected.app_vs_mini_program.native_app.fit, expected.app_vs_mini_program.mini_program.fit]
    assert list(window.chart.fit_bars.opts["width"]) == pytest.approx(fits)
    app_panel = window.option_panels["native_app"]
    assert app_panel.fit.text() == str(round(expected.app_vs_mini_program.native_app.fit))


def test_slider_and_exact_box_agree(window):
    controls = window.controls
    controls.audience.spin.setValue(123_456)
    assert window.document.scenario.audience == 123_456
    assert controls.audience_slider.value() == AUDIENCE_SCALE.position(123_456)
    controls.budget_slider.setValue(BUDGET_SCALE.position(2_000_000))
    assert controls.budget.spin.value() == window.document.scenario.budget_cny == pytest.approx(2_000_000, rel=0.01)


def test_values_beyond_the_slider_range_are_kept_exactly(window):
    window.controls.budget.spin.setValue(500_000_000)  # above the slider's ¥100M end
    assert window.document.scenario.budget_cny == 500_000_000
    assert window.controls.budget_slider.value() == window.controls.budget_slider.maximum()
    assert window.controls.budget.spin.value() == 500_000_000


def test_best_setup_matches_the_engine(window):
    for preset in ("car_brand", "fitness_coaching", "bank_care"):
        scenario = load_preset(preset)
        window.document.set_scenario(scenario)
        best = evaluate(scenario, window.document.pack).best_setup
        highlighted = {a for a, panel in window.account_panels.items() if panel.highlighted}
        badged = {a for a, panel in window.account_panels.items() if panel.badge.isVisibleTo(panel)}
        assert highlighted == badged == set(best)
        names = [text.account_name(window.document.pack, a) for a in best]
        assert window.best_setup_label.text() == " + ".join(names)


def test_keyboard_moves_sliders(window, qtbot):
    knob = window.controls.budget_slider
    knob.setFocus()
    qtbot.waitUntil(knob.hasFocus)
    start_position = knob.value()
    start_budget = window.document.scenario.budget_cny
    qtbot.keyClick(knob, Qt.Key.Key_Right)
    assert knob.value() == start_position + knob.singleStep()
    assert window.document.scenario.budget_cny > start_budget
    qtbot.keyClick(knob, Qt.Key.Key_PageDown)
    assert knob.value() == start_position + knob.singleStep() - knob.pageStep()
    qtbot.keyClick(knob, Qt.Key.Key_Home)
    assert window.document.scenario.budget_cny == BUDGET_SCALE.low


def test_tab_order_runs_through_the_sliders(window, qtbot):
    controls = window.controls
    controls.budget_slider.setFocus()
    qtbot.waitUntil(controls.budget_slider.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:5] == [controls.budget.spin, controls.audience_slider, controls.audience.spin, controls.interaction_slider,
                        controls.interaction.spin]


def test_shortcuts_focus_the_sliders(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.controls.audience_slider


def test_other_scenario_fields_have_controls(window):
    controls = window.controls
    controls.goal_boxes["news"].setChecked(True)
    assert "news" in window.document.scenario.goals
    controls.need_boxes["payments"].setChecked(True)
    assert window.document.scenario.needs == ("payments",)
    controls.horizon.setValue(7)
    assert window.document.scenario.horizon_years == 7
    assert list(window.chart.app_curve.getData()[0]) == list(range(8))  # launch and 7 year ends
    controls.pushes.setValue(12)
    assert window.document.scenario.pushes_per_month == 12
    controls.entity.setCurrentIndex(controls.entity.findData("individual"))
    assert window.document.scenario.entity == "individual"
    assert not window.account_panels["service"].meter.number.text() == ""
    controls.china_share.slider.setValue(40)
    assert window.document.scenario.china_share == pytest.approx(0.4)


def test_controls_follow_the_document(window):
    scenario = load_preset("fitness_coaching")
    window.document.set_scenario(scenario)
    controls = window.controls
    assert controls.budget.spin.value() == scenario.budget_cny
    assert controls.interaction.spin.value() == scenario.interaction_minutes
    assert controls.audience_slider.value() == AUDIENCE_SCALE.position(scenario.audience)
    assert controls.horizon.value() == scenario.horizon_years
    assert {g for g, box in controls.goal_boxes.items() if box.isChecked()} == set(scenario.goals)


def test_slider_drag_is_reported_to_a_document_that_tracks_drags(window, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(window.document, "begin_drag", lambda field: calls.append(("begin", field)), raising=False)
    monkeypatch.setattr(window.document, "end_drag", lambda: calls.append(("end",)), raising=False)
    knob = window.controls.interaction_slider
    knob.sliderPressed.emit()
    knob.setValue(knob.value() + 50)
    knob.sliderReleased.emit()
    assert calls == [("begin", "interaction_minutes"), ("end",)]


def test_geometry_is_remembered(window, qtbot):
    # The offscreen screen is only 800×600, so restoring clamps width and position; the height shows it.
    from wxdesk.ui import MainWindow
    for height in (651, 702):
        window.resize(window.minimumWidth(), height)
        window.close()
        assert QSettings().value("mainWindow/geometry") is not None
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.height() == height


def test_accessible_names_on_the_main_sliders(window):
    for name in SLIDERS:
        assert slider(window, name).accessibleName()


def test_fact_tooltips_name_their_source(window):
    pack = window.document.pack
    panel = window.account_panels["service"]
    fact = pack.accounts["service"].facts[0]
    assert pack.figures[fact.figure].source in panel.fact_labels[0].toolTip()


def test_money_axis_reads_like_money(window):
    axis = window.chart.cost_plot.getAxis("left")
    assert axis.tickStrings([0, 500_000, 1_200_000], 1.0, 500_000) == ["¥0", "¥500k", "¥1.2M"]


def test_log_scale_round_trips():
    for scale in (BUDGET_SCALE, AUDIENCE_SCALE, MINUTES_SCALE):
        for position in (0, 137, 500, 999, 1000):
            value = scale.value(position)
            assert scale.low * 0.99 <= value <= scale.high * 1.01
            # The knob put back for a value shows that same value, so showing never edits.
            assert scale.value(scale.position(value)) == value
    assert LogScale(1, 100).value(500) == 10


def test_dark_palette_redraws_the_chart(window):
    from PySide6.QtGui import QColor, QPalette
    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    window.setPalette(palette)
    QApplication.processEvents()
    assert window.chart.plot_widget.backgroundBrush().color() == QColor("#202124")


def test_switching_language_redraws_names_and_money(window):
    from wxdesk.ui import i18n
    pack = window.document.pack
    try:
        i18n.set_language("zh_CN")
        QApplication.processEvents()
        assert window.account_panels["service"].title.text() == pack.accounts["service"].name_zh
        assert window.best_setup_label.text() == " + ".join(pack.accounts[a].name_zh
                                                            for a in window.document.evaluation.best_setup)
        assert window.controls.budget.value_label.text() == "¥50万"
        assert "万" in window.option_panels["native_app"].cost.text()
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
    assert window.account_panels["service"].title.text() == pack.accounts["service"].name
    assert window.controls.budget.value_label.text() == "¥500k"


def test_break_even_is_marked_where_the_cost_lines_cross(window):
    # A factory of 30k staff over 5 years: the app costs more at first, the Mini Program later.
    scenario = load_preset("factory_staff").with_changes(audience=30_000, horizon_years=5)
    window.document.set_scenario(scenario)
    avm = evaluate(scenario, window.document.pack).app_vs_mini_program
    gap = [a.likely - m.likely for a, m in zip(avm.native_app.cumulative, avm.mini_program.cumulative)]
    year_after = next(i for i, g in enumerate(gap) if g < 0)  # 0-based: the crossing is in year year_after + 1
    xs, ys = window.chart.break_even_marker.getData()
    assert len(xs) == 1
    assert year_after < xs[0] < year_after + 1
    assert window.chart.break_even_text.toPlainText() == "break-even"
    # The audience at which the cheaper option changes is the engine's, stated under the chart.
    assert f"about {text.count(avm.break_even_audience)} users a month" in window.chart.break_even_label.text()

    window.document.set_scenario(load_preset("car_brand"))  # the Mini Program is cheaper all along
    assert len(window.chart.break_even_marker.getData()[0]) == 0
    assert window.chart.break_even_text.toPlainText() == ""


def test_example_chooser_opens_a_preset(window):
    combo = window.examples_combo
    index = combo.findData("car_brand")
    combo.activated.emit(index)
    assert window.document.scenario == load_preset("car_brand")
    assert combo.currentIndex() == 0  # ready for the next choice
    assert getattr(window.document, "path", None) is None  # a new, unsaved scenario: Save asks where
