"""The desk driven like a user would: sliders, keys, boxes; assertions on the data shown."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSlider

from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.datapack import PRESENCES
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
    """Every label text of every presence panel and variant card."""
    panels = {**win.presence_panels, **win.variant_cards}
    return {key: tuple(label.text() for label in panel.findChildren(QLabel)) for key, panel in panels.items()}


def slider(win, name: str) -> QSlider:
    found = win.findChild(QSlider, name)
    assert found is not None, name
    return found


def test_constructible_with_no_arguments_and_shows_the_default_scenario(window):
    evaluation = window.document.evaluation
    assert window.document.scenario == type(window.document.scenario)()
    assert list(window.presence_panels) == list(PRESENCES)
    assert window.recommendation_label.text() == text.render_reason(
        evaluation.app_or_mini_program.reason, window.document.pack)
    for presence in evaluation.presences:
        assert window.presence_panels[presence.id].meter.number.text() == str(round(presence.fit))
    likely = [b.likely for b in evaluation.app_or_mini_program.variants["native_app"].cumulative]
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
    before_budget = window.plan_area.summary.budget_label.text()
    # Far ends: low enough that a budget falls short of a build, long sessions, a huge audience.
    knob.setValue(knob.minimum() if name == "budgetSlider" else knob.maximum())
    after = window.document.scenario
    assert getattr(after, field) != before_value
    assert panel_texts(window) != before_panels
    if name == "budgetSlider":
        # The budget costs nothing itself: it moves the plan's score and the budget sentence.
        assert window.plan_area.summary.budget_label.text() != before_budget
    else:
        assert window.chart.snapshot() != before_chart
    # What the chart and panels show is the engine's answer for the new scenario, nothing of their own.
    expected = evaluate(after, window.document.pack)
    variants = expected.app_or_mini_program.variants
    for variant, curve in window.chart.curves.items():
        likely = [b.likely for b in variants[variant].cumulative]
        assert list(curve.getData()[1]) == pytest.approx([0, *likely])
        high = [b.high for b in variants[variant].cumulative]
        assert list(window.chart.bands[variant].high) == pytest.approx([0, *high])
        low = [b.low for b in variants[variant].cumulative]
        assert list(window.chart.bands[variant].low) == pytest.approx([0, *low])
    # The fit bars are the presences' own fits, the numbers on their panels.
    # Drawn to the whole number the panels read, so that bar and number can never disagree.
    fits = [round(expected.presence("native_app").fit), round(expected.presence("mini_program").fit)]
    assert list(window.chart.fit_bars.opts["width"]) == fits
    for presence in ("native_app", "mini_program"):
        assert window.presence_panels[presence].meter.number.text() == str(round(expected.presence(presence).fit))


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


def test_the_plan_matches_the_engine(window):
    for preset in ("car_brand", "fitness_coaching", "bank_care"):
        scenario = load_preset(preset)
        window.document.set_scenario(scenario)
        plan = evaluate(scenario, window.document.pack).plan.presences
        highlighted = {a for a, panel in window.presence_panels.items() if panel.highlighted}
        badged = {a for a, panel in window.presence_panels.items() if panel.status.is_badge}
        assert highlighted == badged == set(plan)
        assert window.plan_area.summary.name_label.text() == "The plan: " + text.plan_name(plan)


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
    assert seen[:5] == [controls.budget.spin, controls.audience_slider, controls.audience.spin,
                        controls.interaction_slider, controls.interaction.spin]


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
    assert window.presence_panels["service"].meter.number.text() != ""
    controls.china_share.slider.setValue(40)
    assert window.document.scenario.china_share == pytest.approx(0.4)
    controls.goal_boxes["relationship"].setChecked(True)
    controls.goal_boxes["video"].setChecked(True)
    assert {"relationship", "video"} <= set(window.document.scenario.goals)
    controls.paid_share.slider.setValue(35)
    assert window.document.scenario.paid_share == pytest.approx(0.35)
    assert controls.paid_note.text()  # what "bought through ads" means is on screen, not only in a tooltip
    controls.live_by_check.setChecked(True)
    assert window.document.scenario.live_by == controls.live_by.date().toString(Qt.DateFormat.ISODate)
    controls.live_by_check.setChecked(False)
    assert window.document.scenario.live_by == ""


def test_client_name_is_kept_in_the_scenario_and_shown_in_the_title_bar(window, qtbot):
    client = window.controls.client
    client.setFocus()
    qtbot.keyClicks(client, "Acme Motors")
    qtbot.keyClick(client, Qt.Key.Key_Return)
    assert window.document.scenario.client == "Acme Motors"
    assert window.windowTitle().startswith("Acme Motors")
    window.document.undo_stack.undo()
    assert window.document.scenario.client == "" and client.text() == ""
    assert "Acme" not in window.windowTitle()


def test_controls_follow_the_document(window):
    scenario = load_preset("fitness_coaching")
    window.document.set_scenario(scenario)
    controls = window.controls
    assert controls.budget.spin.value() == scenario.budget_cny
    assert controls.interaction.spin.value() == scenario.interaction_minutes
    assert controls.audience_slider.value() == AUDIENCE_SCALE.position(scenario.audience)
    assert controls.horizon.value() == scenario.horizon_years
    assert {g for g, box in controls.goal_boxes.items() if box.isChecked()} == set(scenario.goals)
    assert controls.paid_share.spin.value() == round(scenario.paid_share * 100)
    assert controls.client.text() == scenario.client


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
    # The offscreen screen is only 800×800, so restoring clamps width and position; the height shows it.
    from wxdesk.ui import MainWindow
    for height in (651, 702):
        window.resize(window.minimumWidth(), height)
        window.close()
        assert QSettings().value("mainWindow/geometry") is not None
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.height() == height


def _after_a_session_left_maximized(qtbot):
    """A new user's window (maximized on the offscreen 800×800 screen, as run_gui shows it) closed, and the
    next start's window, not yet shown: it restores what the user left rather than choosing again."""
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.starts_maximized
    first.showMaximized()
    qtbot.waitExposed(first)
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.starts_maximized
    return again


def test_a_new_user_on_a_small_screen_gets_the_whole_screen(qtbot):
    """The offscreen screen (800×800) is smaller than the window wants: the app shows it maximized
    (run_gui), where a window a little smaller than the screen cut the panels' first reasons."""
    again = _after_a_session_left_maximized(qtbot)
    again.show()
    qtbot.waitExposed(again)
    assert again.isMaximized()


def _first_paint_and_settled(window, qtbot):
    """The window's size, its desk's split and how often the window was resized, as its first frame showed
    them, and the size and split once the chart is in and the event loop has come round many times."""
    from PySide6.QtCore import QEvent, QObject

    seen: dict[str, object] = {"resizes": 0}

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Resize and "first" not in seen:
                seen["resizes"] += 1
            elif event.type() == QEvent.Type.Paint and "first" not in seen:
                seen["first"] = (window.size(), window.desk_splitter.sizes())
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.open_on_screen()
    qtbot.waitUntil(lambda: "first" in seen and window.built_chart is not None, timeout=20000)
    for _ in range(20):
        QApplication.processEvents()
    window.removeEventFilter(watch)
    return seen, (window.size(), window.desk_splitter.sizes())


def test_a_window_opened_maximized_is_laid_out_once_at_the_size_it_opens_at(qtbot):
    """The first frame is the window as it stays: laid out at its maximized size from the start, rather
    than at its normal size first, split there, and resized before it paints (the split it then showed
    was corrected only after the first frame). Taken out of maximized, it has its normal size again."""
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    window = MainWindow()
    qtbot.addWidget(window)
    normal = window.size()
    assert window.starts_maximized  # the offscreen screen is smaller than the window wants
    seen, settled = _first_paint_and_settled(window, qtbot)
    assert window.isMaximized()
    assert seen["resizes"] == 1
    assert seen["first"] == settled
    available = window.screen().availableGeometry()
    assert window.frameGeometry().size() == available.size()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    qtbot.waitUntil(lambda: window.size() == normal)


def test_the_first_split_lays_the_accounts_out_only_at_widths_the_desk_shows(qtbot):
    """The desk is split as the window is shown, before the layouts' own requests run: these laid the full
    desk out first (on this short screen wider than its room, with scroll bars) only for the split to
    choose the compact desk and lay it all out again, every text measured at widths never shown."""
    from PySide6.QtCore import QEvent, QObject
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    window = MainWindow()
    qtbot.addWidget(window)
    accounts = window.desk_splitter.widget(0)
    sizes: list[tuple[int, int]] = []
    painted = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Resize and watched is accounts.widget() and not painted:
                sizes.append((event.size().width(), accounts.viewport().width()))
            elif event.type() == QEvent.Type.Paint and watched is window:
                painted.append(True)
            return False

    watch = Watch()
    accounts.widget().installEventFilter(watch)
    window.installEventFilter(watch)
    window.open_on_screen()
    qtbot.waitUntil(lambda: bool(painted))
    accounts.widget().removeEventFilter(watch)
    window.removeEventFilter(watch)
    assert window.desk_compact  # the short screen's desk
    assert all(width <= viewport for width, viewport in sizes), sizes
    assert len(sizes) <= 2, sizes  # at the window's size as shown, then with the split's scroll bar


def test_a_window_the_user_left_maximized_opens_maximized_laid_out_once(qtbot):
    again = _after_a_session_left_maximized(qtbot)
    seen, settled = _first_paint_and_settled(again, qtbot)
    assert again.isMaximized()
    assert seen["resizes"] == 1
    assert seen["first"] == settled


def test_a_window_the_user_left_at_a_size_opens_at_it(qtbot):
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(first.minimumWidth() + 20, first.minimumHeight() + 10)
    first.show()
    qtbot.waitExposed(first)
    left = first.size()
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    seen, settled = _first_paint_and_settled(again, qtbot)
    assert not again.isMaximized()
    assert again.size() == left
    assert seen["first"] == settled


def test_the_desk_divide_is_kept_only_where_the_user_moved_it(window, qtbot):
    """A divide the window chose for one session's texts, kept, would hold every later start there
    (the panels' first reasons then ran out of view): only the user's own divide is remembered."""
    from wxdesk.ui import MainWindow
    window.close()
    assert QSettings().value("mainWindow/deskSplitter") is None
    chosen = MainWindow()
    qtbot.addWidget(chosen)
    assert chosen._auto_split
    chosen.resize(1280, 720)
    chosen.show()
    qtbot.waitExposed(chosen)
    qtbot.waitUntil(lambda: chosen._painted_split)
    chosen.desk_splitter.moveSplitter(300, 1)  # as a drag of the divide does
    assert not chosen._auto_split
    moved = chosen.desk_splitter.sizes()
    chosen.close()
    assert QSettings().value("mainWindow/deskSplitter") is not None
    kept = MainWindow()
    qtbot.addWidget(kept)
    assert not kept._auto_split
    kept.show()
    qtbot.waitExposed(kept)
    assert kept.desk_splitter.sizes() == moved


def test_a_returning_users_desk_is_laid_out_once_at_its_final_width(window, qtbot):
    """A user who moved the divide starts with the whole desk, as they left it: the accounts are laid out at
    their final width from the first show on, not first at the plan's minimum from before its texts were set
    (all of the plan and the panels laid out there, and again at the right width before the first paint)."""
    from PySide6.QtCore import QEvent, QObject

    from wxdesk.ui import MainWindow
    window.resize(800, 600)
    window.desk_splitter.moveSplitter(240, 1)  # as a drag of the divide does
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again._auto_split
    accounts = again.desk_splitter.widget(0).widget()
    widths: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Resize:
                widths.append(event.size().width())
            return False

    watch = Watch()
    accounts.installEventFilter(watch)
    again.open_on_screen()
    qtbot.waitExposed(again)
    for _ in range(20):
        QApplication.processEvents()
    accounts.removeEventFilter(watch)
    assert widths and set(widths) == {accounts.width()}


def test_accessible_names_on_the_main_sliders(window):
    for name in SLIDERS:
        assert slider(window, name).accessibleName()


def test_fact_tooltips_name_their_source(window):
    pack = window.document.pack
    panel = window.presence_panels["service"]
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
        assert window.presence_panels["service"].title.text() == pack.accounts["service"].name_zh
        title = window.presence_panels["subscription"].title.text()
        assert title.startswith("公众号") and "（原订阅号）" in title
        plan = window.document.evaluation.plan.presences
        assert window.plan_area.summary.name_label.text().endswith(" + ".join(text.presence_name(p) for p in plan))
        assert "小程序" in window.plan_area.summary.name_label.text()
        assert window.controls.budget.value_label.text() == "¥50万"
        assert "万" in window.variant_cards["native_app"].cost.text()
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
    assert window.presence_panels["service"].title.text() == pack.accounts["service"].name
    assert window.controls.budget.value_label.text() == "¥500k"


def test_break_even_is_marked_where_the_cost_lines_cross(window):
    # A car brand selling to 300k users, 30 % of them bought, 70 % on WeChat, in 8-minute sessions, 8 messages a
    # month: the app costs more at first, the Mini Program (paying Moments ads for the messages it cannot send) from
    # the third year.
    scenario = load_preset("car_brand").with_changes(goals=["sell"], audience=300_000, paid_share=0.3,
                                                    china_share=0.7, horizon_years=5, interaction_minutes=8,
                                                    pushes_per_month=8)
    window.document.set_scenario(scenario)
    avm = evaluate(scenario, window.document.pack).app_or_mini_program
    app, mp = avm.variants["native_app"].cumulative, avm.variants["mini_program"].cumulative
    gap = [a.likely - m.likely for a, m in zip(app, mp)]
    assert gap[0] > 0, "the app costs more in the first year"
    year_after = next(i for i, g in enumerate(gap) if g < 0)  # 0-based: the crossing is in year year_after + 1
    xs, ys = window.chart.break_even_marker.getData()
    assert len(xs) == 1
    assert year_after < xs[0] < year_after + 1
    assert window.chart.break_even_text.toPlainText() == "break-even"
    # The audience at which the cheaper of the two changes is the engine's, stated under the chart.
    note = window.chart.break_even_label.text()
    assert text.render_reason(avm.cost_note, window.document.pack) in note  # the handout's and the JSON's sentence
    assert f"about {text.count(avm.break_even_audience)} monthly users" in note

    window.document.set_scenario(load_preset("car_brand"))  # the Mini Program is cheaper all along
    assert len(window.chart.break_even_marker.getData()[0]) == 0
    assert "the plan with a Mini Program likely costs less than with a native app at every audience size" in \
        window.chart.break_even_label.text()  # it says which one
    assert window.chart.break_even_text.toPlainText() == ""

    # A plan with neither: the lines are the plan with one added, and the sentences say so (factory_staff's read
    # "the plan with a Mini Program costs less" under "The plan holds neither a native app nor a Mini Program").
    window.document.set_scenario(load_preset("factory_staff"))
    assert window.document.evaluation.app_or_mini_program.choice == "neither"
    note = window.chart.break_even_label.text()
    assert "Were the plan to add one, over 3 years a Mini Program would likely cost less than a native app" in note
    assert "Chance that, added to the plan, a Mini Program costs less than a native app over 3 years" in note
    # Every one of its samples agrees, and the chance says so without claiming a certainty the samples cannot show.
    assert window.document.evaluation.app_or_mini_program.probability_mp_cheaper == 1.0
    assert note.endswith("over 3 years: >99%.")
    assert "the plan with a Mini Program" not in note

    # No one on WeChat: the Mini Program is ruled out, and nothing weighs its cost against the app's.
    window.document.set_scenario(replace(load_preset("yoga_teacher"), china_share=0.0))
    avm = window.document.evaluation.app_or_mini_program
    assert not avm.admissible["mini_program"] and avm.admissible["native_app"]
    note = window.chart.break_even_label.text()
    # Both cards that hold a Mini Program are ruled out, and both are named.
    assert note == ("“This plan with a Mini Program instead” and “This plan with both” are ruled out, as their cards "
                    "say: their lines show what each would cost, for comparison only.")


def test_example_chooser_opens_a_preset(window):
    combo = window.examples_combo
    index = combo.findData("car_brand")
    combo.activated.emit(index)
    assert window.document.scenario == load_preset("car_brand")
    assert combo.currentIndex() == 0  # ready for the next choice
    assert getattr(window.document, "path", None) is None  # a new, unsaved scenario: Save asks where


@pytest.mark.parametrize(("audience", "said"), [(3_000, "3,000 人"), (300_000, "30万人"), (1, "1 人")])
def test_the_chinese_audience_label_spaces_digits_from_characters_but_not_after_wan(window, audience, said):
    """"3,000人" beside "30万人": Chinese sets a space between digits and characters, none after 万 or 亿."""
    from wxdesk.ui import i18n
    i18n.set_language("zh_CN")
    try:
        window.controls.audience.spin.setValue(audience)
        assert window.controls.audience.value_label.text() == said
    finally:
        i18n.set_language("en")
